# The sentences the workshop's module writes: remarks for the facilitator, what a team
# changed, the ranking's rule and columns, the locks, and what is wrong with a typed
# code or a team added to the comparison. Written from the templates in Rust by
# `RELIEF_WRITE_CATALOGUE=1 cargo test -p relief-workshop --lib words`: edit them there.
# Translations keep every `{ $name }` and use no selectors or functions: the module
# puts the values in place itself, already written in the reader's digits.

workshop-list-separator = { "، " }
# Values: $init, $last
workshop-list-and = { $init } و{ $last }
# Values: $text
workshop-quoted = «{ $text }»
workshop-lock-everything = كل الخطوات
workshop-lock-sanctioning = خطوات الطرف الفارض للعقوبات فقط
workshop-lock-target = خطوات الدولة المستهدفة فقط
workshop-lock-confidence = تدابير بناء الثقة فقط
workshop-lock-everything-inline = كل الخطوات
workshop-lock-sanctioning-inline = خطوات الطرف الفارض للعقوبات فقط
workshop-lock-target-inline = خطوات الدولة المستهدفة فقط
workshop-lock-confidence-inline = تدابير بناء الثقة فقط
workshop-lock-everything-description = يحق لفريقك نقل أي خطوة وإضافتها وحذفها. أما الصدمات فمن شأن الميسّر.
workshop-lock-sanctioning-description = يؤدي فريقك دور الطرف الفارض للعقوبات: يحق له نقل خطوات التخفيف والمعايير المعلنة وآليات الزناد وإضافتها وحذفها. وكل ما عدا ذلك ثابت.
workshop-lock-target-description = يؤدي فريقك دور الدولة المستهدفة: يحق له نقل خطوات الامتثال والإصلاحات السياسية ووصول المساعدات وإضافتها وحذفها. وكل ما عدا ذلك ثابت.
workshop-lock-confidence-description = يصمّم فريقك تدابير بناء الثقة: يحق له نقل المراقبة والتدقيق واللجان والضمانات وسائر تدابير بناء الثقة وإضافتها وحذفها. وكل ما عدا ذلك ثابت.
workshop-changed-horizon = الأفق الزمني
workshop-changed-scenario = سيناريو البداية
workshop-changed-injects = الأخبار الطارئة
# Values: $team, $teams
workshop-remark-unknown-team = ليس «{ $team }» من فرق هذا التمرين ({ $teams }).
# Values: $months, $start
workshop-remark-changed-horizon = عدد أشهر التوقع { $months } بدلًا من { $start }
workshop-remark-changed-assumptions = افتراضات مختلفة
workshop-remark-changed-ensemble = مجموعة مختلفة من المسارات المحاكاة (عددها أو البذرة العشوائية)
# Values: $changes
workshop-remark-changed-settings = يغيّر هذا التسلسل ما حدده الميسّر: { $changes }. لذا لا تُقارَن أرقامه بأرقام الفرق الأخرى.
# Values: $step, $month
workshop-remark-step-gone = خطوة «{ $step }» في الشهر { $month } نُقلت أو عُدّلت أو حُذفت
# Values: $step, $month
workshop-remark-step-added = أُضيفت خطوة «{ $step }» في الشهر { $month }
workshop-remark-step-separator = { "؛ " }
# Values: $lock, $changes
workshop-remark-locked-steps = يغيّر خطواتٍ يثبّتها قيد الفريق («{ $lock }»): { $changes }.
workshop-remark-shocks = يغيّر الصدمات، وهي مما يحدده الميسّر وحده.
# Values: $step, $sender
workshop-change-step-sender = { $step } ({ $sender })
# Values: $shock
workshop-change-shock = صدمة «{ $shock }»
# Values: $shock, $sender
workshop-change-shock-sender = صدمة «{ $shock }» ({ $sender })
# Values: $sender
workshop-change-now-given-by = تغيير الطرف الفارض إلى { $sender }
# Values: $from, $to
workshop-change-resized = تغيير الحجم من { $from } إلى { $to }
workshop-change-made-conditional = اشتراط التحقق من الامتثال
workshop-change-made-unconditional = إسقاط شرط التحقق من الامتثال
workshop-change-now-published = إرفاق معايير معلنة
workshop-change-no-longer-published = إسقاط المعايير المعلنة
# Values: $months
workshop-change-now-lapses = جعل التخفيف ينقضي بعد عدد من الأشهر قدره { $months }، ما لم يجدّده الامتثال المتحقَّق منه
workshop-change-no-longer-lapses = جعل التخفيف بلا انقضاء
# Values: $sender
workshop-change-now-walking-out = تغيير الطرف المنسحب إلى { $sender }
# Values: $item, $from, $to
workshop-change-moved = نقل { $item } من الشهر { $from } إلى الشهر { $to }
# Values: $item, $from, $to, $changes
workshop-change-moved-and-changed = نقل { $item } من الشهر { $from } إلى الشهر { $to }، مع { $changes }
# Values: $item, $month, $changes
workshop-change-changed = { $item } في الشهر { $month }: { $changes }
# Values: $item, $month
workshop-change-removed = حذف { $item } في الشهر { $month }
# Values: $item, $month
workshop-change-added = إضافة { $item } في الشهر { $month }
# Values: $month
workshop-criterion-breakdown_risk = خطر الانهيار بحلول الشهر { $month }
# Values: $month
workshop-criterion-trust = الثقة في الشهر { $month }
# Values: $month
workshop-criterion-economy = التعافي الاقتصادي في الشهر { $month }
# Values: $month
workshop-criterion-leverage = أوراق الضغط المتبقية في الشهر { $month }
workshop-criterion-breakdown_risk-short = خطر الانهيار
workshop-criterion-trust-short = الثقة
workshop-criterion-economy-short = التعافي الاقتصادي
workshop-criterion-leverage-short = أوراق الضغط المتبقية
workshop-criterion-breakdown_risk-inline = خطر الانهيار
workshop-criterion-trust-inline = الثقة
workshop-criterion-economy-inline = التعافي الاقتصادي
workshop-criterion-leverage-inline = أوراق الضغط المتبقية
# Values: $criterion, $weight
workshop-rule-weighted = { $criterion } × { $weight }
# Values: $weights, $total
workshop-rule = التصنيف بحسب درجة من ١٠٠: يُحوَّل كل رقم من الأرقام الأربعة إلى حصة يكون الأكثر فيها أفضل (١ − خطر الانهيار؛ والثقة والتعافي وأوراق الضغط كما هي)، ويُرجَّح كلٌّ منها على النحو التالي: { $weights }، ثم تُجمع وتُقسم على مجموع الأوزان البالغ { $total }. وتمثل علامة ± خطأً معياريًا واحدًا للتذبذب العشوائي في المحاكاة. والفريق الذي تقع درجته ضمن خطأين معياريين من درجة الفريق الذي يسبقه لا يمكن تمييزه عنه، فيشاركه مركزه مع العلامة «=»: تعادل ضمن التذبذب العشوائي.
# Values: $score, $error
workshop-score = { $score } ± { $error }
# Values: $size
workshop-sequence-size = الحجم { $size }
workshop-sequence-conditional = تنتظر التحقق من الامتثال
workshop-sequence-transparent = معايير معلنة
workshop-sequence-shock = صدمة
workshop-code-typo = في هذا الرمز خطأ مطبعي، أو أنه ليس رمز فريق كاملًا؛ راجعه مع الفريق حرفًا حرفًا
# Values: $character
workshop-code-character = لا يرد «{ $character }» في رموز الفرق، فهي لا تتضمن إلا أرقامًا وحروفًا لاتينية كبيرة
workshop-code-newer = أنشأ هذا الرمزَ إصدارٌ أحدث من Relief Sequencer؛ افتح رابط الفريق بدلًا منه
workshop-code-other-exercise = هذا الرمز لتمرين آخر، أو لإصدار آخر من هذا التمرين؛ أضف رابط الفريق بدلًا منه، فهو يحمل تمرينه
# Values: $team, $teams
workshop-code-no-such-team = يشير هذا الرمز إلى الفريق { $team }، لكن عدد فرق التمرين { $teams }
workshop-unnamed-team = فريق بلا اسم
workshop-what-exercise = التمرين
workshop-what-team = تسلسل الفريق
workshop-what-played = التمرين الذي خاضه الفريق
workshop-what-weights = أوزان التصنيف
# Values: $what
workshop-error-not-written-as-json = تعذّرت كتابة { $what } بصيغة JSON
# Values: $what
workshop-error-not-json = { $what }: المطلوب كائن JSON أو نصه
workshop-starting-scenario = سيناريو البداية
# Values: $max, $team
workshop-error-too-many-teams = الحد الأقصى لعدد الفرق في المقارنة { $max }؛ احذف فريقًا قبل إضافة «{ $team }»
workshop-error-team-without-name = يحتاج كل فريق في المقارنة إلى اسم
# Values: $team
workshop-error-team-taken = في المقارنة بالفعل فريق اسمه «{ $team }»؛ احذفه أولًا لتستبدل به غيره
# Values: $team, $problems
workshop-error-played-unreadable = تعذّرت قراءة التمرين الذي سلّم «{ $team }» تسلسله معه: { $problems }
# Values: $title, $months, $horizon
workshop-error-other-exercise-horizon = خاض الفريق تمرينًا آخر، «{ $title }»، عدد أشهره { $months }، بينما عدد أشهر تمرين هذه المقارنة { $horizon }؛ قارنه على جهاز أُعدّ لتمرينه (افتح تسليمه هناك)، أو اطلب من الفريق خوض هذا التمرين عبر رابطه
# Values: $months, $horizon
workshop-error-other-horizon = عدد أشهر التوقع فيه { $months }، وفي هذه المقارنة { $horizon }؛ ويجب أن تشترك الفرق كلها في الأفق الزمني للتمرين
# Values: $team, $why
workshop-error-team-refused = «{ $team }»: { $why }
workshop-remark-unknown-version = سُلِّم هذا التسلسل لتمرين آخر، أو لإصدار من هذا التمرين تغيّرت مدخلاته منذ ذلك الحين، ولا يحمل التسليم التمرين الذي خاضه الفريق؛ لذا يُقارَن بهذا التمرين. اطلب من الفريق فتح رابط هذا التمرين والتسليم من جديد.
# Values: $changes
workshop-remark-earlier-version = خاض الفريق إصدارًا سابقًا من هذا التمرين، وقد تغيّر منذ ذلك الحين: { $changes }. وأرقامه مستمدة من الإصدار الذي خاضه.
workshop-remark-its-inputs = مدخلاته
# Values: $first, $second, $given
workshop-error-team-series = خط الثقة للفرق إما { $first } وإما { $second }، لا { $given }
# Values: $problems
workshop-error-weights = أوزان التصنيف: { $problems }
# Values: $chart
workshop-error-unknown-chart = رسم بياني غير معروف: { $chart }
# Values: $index
workshop-error-no-such-team = لا يوجد فريق رقمه { $index }
