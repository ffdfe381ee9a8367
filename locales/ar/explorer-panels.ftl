### The panels beside the timeline and the dialogs that explain the charts: the words their scripts make.

## The "Add a step" palette beside the timeline.

# The field's name at the start of a sentence that refuses a bad value:
# "The month for new steps must be a whole number from 0 to 47; -3 is not. Kept 0."
palette-month-field = شهر الخطوات الجديدة

## The editor of the selected step or shock ("Selected step").

# The month field's name at the start of a sentence that refuses a bad value:
# "Month must be a whole number from 0 to 47; 60 is not. Kept 6."
editor-month-field = الشهر
# The expiry field's name at the start of a sentence that refuses a bad value:
# "Expires after (months) must be a whole number from 1 to …, or empty for never; …"
editor-expires-field = مدة السريان (بالأشهر)
# What leaving the expiry empty means, placed in "…, or empty for never; …" and "Kept it empty (never)".
editor-expires-empty = بلا انقضاء
# Beside the selected item's name, when it is a shock.
editor-actor-shock = (صدمة)
# Beside the selected step's name: who takes it. $actor is the actor's name from the model
# ("sanctioning side", "target").
editor-actor = ({ $actor })
# Under the sender menu, for a step of relief.
editor-sender-help-relief = الطرف الفارض للعقوبات الذي يقدّم هذا التخفيف.
# Under the sender menu, for the shock in which a sender walks out of the deal.
editor-sender-help-withdrawal = الطرف الفارض للعقوبات الذي ينسحب من الاتفاق.
editor-delete-step = حذف هذه الخطوة
editor-delete-shock = حذف هذه الصدمة

## The assumptions: the model's settings, the simulation, and the scenario's senders.

# Beside the horizon slider. $months is the number of months the scenario runs.
assumptions-horizon-value =
    { $months ->
        [one] شهر واحد
        [two] شهران
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    }
# The field's name at the start of a sentence that refuses a bad value:
# "Simulated futures must be a whole number from 1 to 100,000; 0 is not. Kept 1,000."
assumptions-runs-field = عدد المسارات المحاكاة
# The random seed's field name, at the start of a sentence that refuses a bad value:
# "Seed must be a whole number from 0 to …; -4 is not. Kept 7."
assumptions-seed-field = البذرة العشوائية
# The name a screen reader gives each sender's text field. $number counts from 1.
assumptions-sender-field = الطرف الفارض { $number }
# The button beside each sender. Its aria-label names the sender the reader typed ($name).
assumptions-sender-remove = إزالة
    .aria-label = إزالة { $name }
assumptions-senders-too-many = الحد الأقصى لعدد الأطراف الفارضة في السيناريو { $max }؛ أزل طرفًا قبل إضافة آخر.
# "EU" is an example of a short name for a sanctioning party.
assumptions-sender-name-empty = يحتاج كل طرف فارض إلى اسم، مثل «الاتحاد الأوروبي».
# $max is the longest a name may be; $count is the length of the name typed.
assumptions-sender-name-too-long = الحد الأقصى لعدد أحرف اسم الطرف الفارض { $max }، وعدد أحرف هذا الاسم { $count }.
# $name is the name the reader typed.
assumptions-sender-name-taken = «{ $name }» طرف فارض موجود بالفعل؛ امنح كل طرف اسمًا خاصًا به.
# Follows a refused new name for a sender: the old name ($name) stays.
assumptions-sender-kept = أُبقي على «{ $name }».
# A sender cannot be removed while steps name it. $users lists them (see the next messages).
assumptions-sender-still-used = لا يزال «{ $name }» الطرفَ الفارض في { $users }.
# One step or shock in that list: its name from the model, and its month.
assumptions-sender-user = { $step } (الشهر { $month })
# The end of a long list, in place of the rest: "Sectoral easing (month 6), Travel easing (month 9), Asset unfreezing (month 12) and 3 more".
assumptions-sender-users-more = { $count } غيرها
# The list's last two parts: $first is the earlier items joined by the separator below.
assumptions-sender-users = { $first } و{ $last }
# Between the items of a list, before the last two.
assumptions-list-separator = { "، " }
# Said when removing the first of several senders: steps naming no sender belong to it.
assumptions-sender-implied = الخطوة التي لا تسمّي طرفًا فارضًا تُنسب إلى الطرف الفارض الأول.
# "Selected step" is the name of the panel where a step's sender is chosen.
assumptions-sender-choose-another = اختر لها طرفًا فارضًا آخر في «الخطوة المحددة»، ثم احذف هذا الطرف.

## "Why?": the dialog that ranks what moved a series at a month, and the buttons that open it.

# The name of the breakdown risk in the dialog's menu of series (the other names come from the model).
why-series-backsliding-risk = خطر الانهيار
why-dialog-title = لماذا؟
# The dialog's two fields read as a phrase: "Explain [Trust in the target] at month [30]".
why-series-label = تفسير
why-month-label = في الشهر
why-result =
    .aria-label = التفسير
# The legend of the bars, beside their two colours: what a step or shock did to the value.
why-legend-down = خفّضتها
why-legend-up = رفعتها
# The button under each chart. Its full name, heard by screen readers, is made of this message,
# then the month it would explain (one of the next two), then why-button-explain:
# "Why? month 30: explain trust in the target". Keep it short: it sits in a chart's caption.
why-button = لماذا؟
why-button-at-end = النهاية
why-button-at-month = الشهر { $month }
# Heard only by screen readers, after the words on the button. $series is a series' name from
# the model, in lower case ("trust in the target"), or "these values".
why-button-explain = : تفسير { $series }
# $horizon is the last month of the scenario; $month is the month kept.
why-month-error = يجب أن يكون الشهر عددًا صحيحًا من ٠ إلى { $horizon }؛ أُبقي على الشهر { $month }.
# The explanation's first sentence, when the month is the scenario's end. $series is the
# series' name from the model ("Trust in the target"); $value and $bare are figures already
# written out ("42%", "0.61"): with every step and shock, and with none.
why-lead-at-end = تبلغ قيمة { $series } في النهاية (الشهر { $month }) { $value } في المتوسط عبر المسارات المحاكاة؛ ولو لم تكن هناك أي خطوات أو صدمات على الإطلاق لبلغت { $bare }.
# The same, at any other month.
why-lead-at-month = تبلغ قيمة { $series } في الشهر { $month } { $value } في المتوسط عبر المسارات المحاكاة؛ ولو لم تكن هناك أي خطوات أو صدمات على الإطلاق لبلغت { $bare }.
# Introduces the ranked list below it.
why-lead-ranking = ما الذي حرّكها، بدءًا بالأكبر أثرًا:
# In place of the list, at month 0 or when the scenario has no steps and no shocks.
why-none-yet = لا شيء بعد: لم تكن أي خطوة أو صدمة قد حرّكتها على نحو ملحوظ حتى ذلك الحين.
why-none = لم تحرّكها أي خطوة أو صدمة على نحو ملحوظ حتى ذلك الحين.
# A change in percentage points; $change is a signed figure already written out ("+3.1", "−0.25").
why-points = { $change } نقطة
# The note under the list. $runs is how many simulated futures were run.
why-note-method = يمثّل كل شريط أثر خطوة أو صدمة واحدة: إذ حُذفت، ثم أُعيد تشغيل المسارات نفسها، وعددها { $runs }، من دونها.
# $change is a signed figure ("+0.12", "−3.1 points"); $bare and $value as in the first sentence.
why-note-together = حرّكت الخطوات والصدمات مجتمعةً هذه القيمة بمقدار { $change }، من { $bare } من دونها جميعًا إلى { $value }.
why-note-adds-up = الخطوات تعمل معًا، لذا لا يلزم أن يساوي مجموع الأشرطة الأثر الكلي: وهنا يساويه.
# $sum is what the bars add up to and $rest the remainder, both signed figures ("+0.12", "−3.1 points").
why-note-interaction = الخطوات تعمل معًا، لذا لا يلزم أن يساوي مجموع الأشرطة الأثر الكلي: وهنا يبلغ مجموعها { $sum }، ويأتي الباقي ({ $rest }) من تفاعل الخطوات فيما بينها.
# When the scenario is large, fewer futures are run: $runs of its $total.
why-note-estimate = للإجابة بسرعة، استُخدم { $runs } فقط من مسارات السيناريو البالغ عددها { $total }، لذا فالأرقام تقدير قريب.

## "How the model works": the dialog with a paragraph on each mechanism behind the charts,
## each linking to its section of the model document (model.html, in English).

how-dialog-title = كيف يعمل النموذج
how-lead = نموذج بسيط للثقة والتحقق والانهيار، مستمد من الأبحاث في العقوبات والتعاون. ولكل جزء منه فقرة:
# A link to the whole model document, which is in English; the next message follows it in the same sentence.
how-doc-link = اقرأ وثيقة النموذج كاملة
# Follows the link above: "Read the whole model document (equations, parameters and sources)."
how-doc-link-contents = (المعادلات والمعاملات والمصادر، بالإنجليزية).
# A link at the end of each paragraph to its section of the model document. Its aria-label
# names the paragraph: $title is the paragraph's title.
how-more = المزيد في وثيقة النموذج
    .aria-label = { $title }: المزيد في وثيقة النموذج
# A small button in each chart's caption that opens this dialog at the chart's mechanism. Keep it
# short. Its aria-label names the chart: $chart is the chart's title from the model.
how-chart-button = كيف يعمل
    .aria-label = كيف يعمل: { $chart }

## The mechanisms, in the order the dialog shows them: a title, then one paragraph.

# Each paragraph below explains one mechanism of the model in plain words, under its title.
# The model document it links to is in English. "8 in 10" and "the middle half" name the
# bands drawn around each chart's line.
how-futures-title = مسارات ممكنة كثيرة، لا تنبؤ واحد
how-futures = يُظهر كل رسم بياني ما يحدث عبر عدد كبير من المسارات المحاكاة (ألف مسار ما لم تغيّر ذلك). وفي كل مسار منها تكون الدولة المستهدفة، سرًّا، إما جادة، أي ساعية إلى الإصلاح وعازمة على الامتثال، وإما غير جادة، أي معرقلة لا تنوي الامتثال، ولا أحد في النموذج يستطيع أن يعرف أيهما. وشهرًا بعد شهر، تقرر المصادفة هل تُخلّ الدولة المستهدفة بوعد، وهل يلاحظ المراقبون ذلك، وهل تصمد العملية. الخط هو المسار الأوسط، والأشرطة تضم النصف الأوسط من المسارات و٨ من كل ١٠ منها. إنه مثال توضيحي لكيفية سير التسلسلات عادةً في ظل الافتراضات التي تحددها، لا تنبؤ بأي حالة حقيقية.

how-trust-title = الثقة اعتقاد تُحدّثه الأدلة
how-trust = الثقة بالدولة المستهدفة هي اعتقاد الطرف الفارض للعقوبات بأن الدولة المستهدفة جادة. وفي كل شهر يزن هذا الطرف ما رآه، سواء أكان إنذارًا من المراقبين أم شهرًا خاليًا من الإنذارات، بحسب احتمال صدوره عن دولة جادة وعن دولة غير جادة (قاعدة بايز). والشهر الخالي من الإنذارات في ظل تحقق جيد يرفع الثقة قليلًا، والإنذار يخفضها. ومن دون تحقق، لا تعدو الإنذارات أن تكون شائعات، محتملةً بعد حسن السلوك احتمالها بعد سوئه، فلا يُستفاد منها شيء وتبقى الثقة حيث بدأت.

how-verification-title = التحقق بوصفه كشفًا للإشارات
how-verification = لا يكشف المراقبون الانتهاك الفعلي إلا في بعض الحالات (معدل الكشف)، وقد يُطلقون إنذارًا أحيانًا دون أن يحدث شيء (إنذار كاذب). وترفع المراقبة المستقلة قدر ما تراه جهات التحقق، بينما يستبعد التدقيق واللجان المشتركة والمعايير المعلنة وتبادل المعلومات الإنذاراتِ الكاذبة. والتحقق الأفضل يفعل أمرين: يجعل الأشهر الخالية من الإنذارات دليلًا يُعتدّ به، ويجعل انتهاكات الدولة غير الجادة مرجّحة الانكشاف.

how-signals-title = الخطوات المكلفة إشارات
how-signals = الدولة المستهدفة غير الجادة تتظاهر بتنفيذ الخطوة الموعودة حين يكون التظاهر قليل الكلفة والخطوة تفتح باب التخفيف، وتتخطاها حين يُرجَّح انكشاف التظاهر. أما الدولة الجادة فتنفذها. لذا لا تحرّك الخطوة الثقة إلا بقدر ما كان يمكن أن ينكشف زيفها: فالخطوة المكلفة الخاضعة للتحقق، أو المعلنة على الملأ حيث تستطيع الصحافة التثبت منها، تميّز بين نوعي الدولة المستهدفة؛ أما البادرة التي لا يستطيع أحد التثبت منها فلا تكاد تكسب شيئًا.

how-strategy-title = الدولة غير الجادة تناور من أجل التخفيف
how-strategy = الدولة المستهدفة غير العازمة على الامتثال تُحسن السلوك ما دام التخفيف موعودًا وأوراق الضغط باقية في يد الطرف الآخر، ثم يزداد غشها بعد صرف آخر شريحة من التخفيف (أثر نهاية اللعبة). ويكبحها تحققٌ تصدّق فاعليته، وإعادةُ فرضٍ للعقوبات تتوقعها. والغش الذي لا يراه أحد قد ينكشف لاحقًا، عبر التدقيق أو المراقبين أو هيئات الرقابة.

# "reneging at home" is the name of an assumption the reader sets (its label comes from the model).
how-party-title = للطرف الفارض للعقوبات حساباته السياسية الخاصة
how-party = يستعيد الطرف الفارض للعقوبات ما قدّمه من تخفيف بتقدير منه حين تتراجع ثقته كثيرًا، وقد تنسحب حكومة أو هيئة تشريعية جديدة من الاتفاق (افتراض «التنصّل الداخلي»)، ويزداد ذلك احتمالًا حين يكون الاتفاق قد كلّف هذا الطرف من التأييد الداخلي. ومع تعدد الأطراف الفارضة، لا يستعيد الطرف المنسحب إلا تخفيفه هو، لكن عقوباته الثانوية تُثبّط أثر تخفيف الآخرين. والتخفيف المحدد المدة ينقضي ما لم يجدّده الامتثال المتحقَّق منه.

how-outcomes-title = أربعة مآلات ممكنة لكل مسار
how-outcomes = في كل شهر يكون كل مسار محاكى في إحدى أربع حالات: صمود الاتفاق؛ أو دولة مستهدفة غير جادة تحتفظ بالتخفيف بينما يبقى غشها غير مكشوف؛ أو كشف غشها وإعادة فرض العقوبات أو حجب التخفيف (أي أن التحقق أدى دوره)؛ أو انهيار الاتفاق دون أن يثبت أي غش. ويقسم الرسم البياني للثقة المسارات نفسها بحسب ما إذا كانت الدولة المستهدفة جادة.

how-noise-title = الأخطاء العارضة والتسامح
how-noise = حين يُطلق إنذار، يردّ الطرف الفارض للعقوبات باحتمال يتوقف على مدى تشدده (افتراض «التسامح») وعلى مدى ترجيحه أن الإنذار حقيقي. والرد على إنذار كاذب يعاقب دولة مستهدفة لم تفعل شيئًا، فيُضعف ثقتها بالعملية. وقدرٌ من التسامح يمنع الأخطاء غير المقصودة والإنذارات الكاذبة من تقويض الاتفاق، كما في أعمال روبرت أكسلرود عن التعاون في ظل الأخطاء العارضة؛ لكن الإفراط فيه يتيح للدولة غير الجادة الإفلات بانتهاكاتها.

how-conditional-title = الخطوات المشروطة وفترات المراجعة
how-conditional = تنتظر الخطوة المشروطة، في شهرها أو بعده، حتى يشهد الطرف الفارض للعقوبات فترة مراجعة من الأشهر المتتالية الخالية من الإنذارات والمتحقَّق منها: أربعة أشهر، أو شهرين حين تحدد معايير معلنة ما يُحتسب. وأي إنذار يعيد العدّ من البداية. وكل إطلاق لمرحلة من التخفيف يفتح فترة مراجعة جديدة للمرحلة التالية. ومن دون أي خطوة للتحقق على الإطلاق، لا يأتي التخفيف المشروط أبدًا؛ والتخفيف الذي يُحجب بعد استحقاقه يُضعف ثقة الدولة المستهدفة تدريجيًا.

how-target-trust-title = ثقة الدولة المستهدفة
how-target-trust = على الدولة المستهدفة أيضًا أن تصدّق أن التخفيف، متى وُعدت به، سيأتي ويدوم. وتنمو ثقتها حين يصل التخفيف في موعده، وتنمو أكثر حين يُعلن على الملأ أو يسنده ضامن، وتتراجع حين يُحجب تخفيف استحقته، وحين تُعاقب على انتهاك لم ترتكبه، وحين تتغير القيادة لدى الطرف الفارض للعقوبات، وحين تنهار العملية. والدولة المستهدفة التي تتوقع أن يُسحب التخفيف على أي حال لديها دافع أقل إلى الامتثال.

how-leverage-title = أوراق الضغط
how-leverage = أوراق الضغط هي الضغط الذي لم يُخفَّف بعد، مضافًا إليه الجزء من التخفيف المقدَّم الذي يمكن لآلية زناد ذات مصداقية أن تستعيده. وكل خطوة تخفيف تستنفد جزءًا منها، لذا فتقديم التخفيف في البداية يستنفدها مبكرًا. ولا تحفظ آلية الزناد شيئًا من أوراق الضغط إلا بقدر ما يستطيع التحقق رصد الانتهاك الذي يُفعّلها. وتكمن أهمية أوراق الضغط في أنها تردع الدولة غير الجادة التي يعتمد اقتصادها على القنوات الخاضعة للعقوبات.

how-economy-title = الاقتصاد: قنوات سريعة وأخرى بطيئة
how-economy = يفتح كل نوع من التخفيف قناة اقتصادية. فالقنوات السريعة، كإعادة فتح قطاع تصديري أو الإفراج عن الأصول، تؤتي ثمارها في غضون أشهر. أما القناة البطيئة، أي المصارف والمدفوعات، فتؤتي ثمارها على مدى سنوات، بسرعة تحددها ثقة المستثمرين: ترفعها المعايير المعلنة وثقة الدولة المستهدفة والضمانات وهامش المناورة السياسية لدى الطرف الفارض للعقوبات، وتخفضها آلية زناد بلا معايير معلنة وأي انهيار. ويحمل التخفيف الإنساني وتخفيف قيود السفر منافع يومية ملموسة.

how-legitimacy-title = الشرعية
how-legitimacy = يتجه التأييد الشعبي للعملية في مجتمع الدولة المستهدفة كل شهر تدريجيًا نحو مستوى يحدده ما يستطيع الناس رؤيته: يرفعه التخفيف الإنساني ووصول المساعدات، والإصلاحات، ومعالجة المظالم، وإسماع صوت المجتمع المدني، والتعافي الاقتصادي؛ ويخفضه قوة المتشددين، والضائقة، والتخفيف المعلن الذي لم يأتِ، والتوتر، والانهيار، وكذلك الرعاة الخارجيون حين يبلغ انخراطهم حدًّا يبدو معه دورهم وصاية.

# “Tactical theater” quotes the phrase critics of unverified relief use; keep it in quotation marks.
how-capital-title = الرصيد السياسي و«الاستعراض التكتيكي»
how-capital = يحتاج الطرف الفارض للعقوبات إلى هامش داخلي كي يمضي قدمًا، والامتثال المتحقَّق منه يبني هذا الهامش. أما التخفيف المقدَّم حيث لا شيء يتحقق منه فيبدو في الداخل «استعراضًا تكتيكيًا»، وتنمو كلفته أسرع من حجمه: القليل منه يُحتمل، والكثير لا يُحتمل. ومع تراكم الأشهر الخالية من الإنذارات والمتحقَّق منها، يكفّ هذا التخفيف غير المتحقَّق منه عن أن يُحسب عليه. وانخفاض الرصيد السياسي يرفع خطر الانهيار ويزيد حذر المستثمرين.

how-hazard-title = خطر الانهيار
how-hazard = في كل شهر قد تنهار العملية القائمة: بانسحاب، أو تراجع، أو انهيار الاتفاق. ويرتفع الاحتمال الشهري مع انعدام الثقة لدى الطرفين، ومع المعرقلين (متشددون يواجهون رأيًا عامًا لا يؤيد العملية، وتضخّم دورَهم دولُ الجوار وعدمُ اليقين بشأن الدولة المستهدفة)، ومع تآكل الرصيد السياسي، ومع الصدمات الحديثة، وينخفض مع الضمانات. وتنتهي العملية كذلك بتفعيل آلية الزناد، أو بثبوت الغش والتخفيف سارٍ، أو بانقضاء التخفيف دون أن يبقى منه شيء. وقد تُستأنف المحادثات لاحقًا، بما تبقى من ثقة. ويُظهر الرسم البياني للخطر حصة المسارات التي انهارت فيها العملية مرة واحدة على الأقل حتى ذلك الحين، وتُظهر الأعمدة احتمال وقوع الانهيار الأول في كل شهر.

how-shocks-title = الصدمات
how-shocks = تقع الصدمات في شهرها: هجوم المعرقلين يرفع التوتر ويكلّف التأييد والرصيد السياسي؛ وتغيّر القيادة لدى الطرف الفارض للعقوبات يقلّص ثقة الدولة المستهدفة والرصيد السياسي؛ والأزمة الإقليمية ترفع التوتر، ويشتد ذلك حين تردّ دول الجوار بقوة؛ والصدمة الاقتصادية تعيد التعافي والتأييد إلى الوراء لفترة. ويتلاشى التوتر في غضون شهر أو شهرين، لكن الانهيار الذي يتسبب فيه لا يزول.

# “Model doubt” is the label of a tick box in the "Simulation" section of the page; use the
# same words as that box and that section.
how-doubt-title = ما مدى يقين النموذج بنفسه؟
how-doubt = تُظهر الأشرطة أثر المصادفة: كيف يجري تسلسل واحد عبر مسارات كثيرة. أما أرقام النموذج نفسه، مثل عدد المرات التي يُخفق فيها المراقبون في رصد انتهاك أو سرعة تحرك الثقة، فهي تقديرات ضمن نطاقات تحددها وثيقة النموذج. فعّل خانة «الشك في النموذج» في قسم «المحاكاة»، فيُعاد تشغيل كل مسار بتلك الأرقام مسحوبةً من نطاقاتها: تبيّن الخطوط المنقّطة حيث تقع ٨ من كل ١٠ مسارات عندئذٍ، ويُظهر نطاق مظلَّل على خطر الانهيار إلى أي حد قد يتغير الخطر إن كانت الأرقام غير دقيقة. وعادةً ما تحرّك المصادفة المسار الواحد أكثر مما يحرّكه الشك في النموذج؛ وخطر الانهيار هو حيث يظهر أثر الشك.

## "Suggest a better order": the search for better months for the steps, and its answer.

# The three fields' names, each at the start of a sentence that refuses a bad value
# (suggest-field-invalid, suggest-field-empty).
suggest-field-month = الشهر الذي يُقرأ فيه الخطر
suggest-field-not-before = الشهر الذي لا تُنقل أي خطوة إلى ما قبله
suggest-field-gap = عدد الأشهر بين خطوات التخفيف
# $field is one of the names above; $horizon the scenario's last month; $value what was typed.
suggest-field-invalid = يجب أن تكون قيمة «{ $field }» عددًا صحيحًا من ٠ إلى { $horizon }؛ و{ $value } ليس كذلك.
suggest-field-empty = يجب أن تكون قيمة «{ $field }» عددًا صحيحًا من ٠ إلى { $horizon }؛ وقد تُرك الحقل فارغًا.
# $reason says what went wrong, in words from the model.
suggest-failed = تعذّر تقديم اقتراح: { $reason }
suggest-failed-unexpectedly = تعذّر تقديم اقتراح: توقف البحث على نحو غير متوقع.
# Said to screen readers when the reader cancels the search.
suggest-cancelled = أُلغي البحث.
# The search's progress, before any order has been tried, then with $count orders tried so far.
suggest-searching = جارٍ البحث…
suggest-searching-tried =
    { $count ->
        [one] جارٍ البحث: جُرّب ترتيب واحد…
        [two] جارٍ البحث: جُرّب ترتيبان…
        [few] جارٍ البحث: جُرّبت { $count } ترتيبات…
        [many] جارٍ البحث: جُرّب { $count } ترتيبًا…
       *[other] جارٍ البحث: جُرّب { $count } ترتيب…
    }
# Over the list of moves the suggestion makes; the timeline shows each as a dashed outline.
suggest-changes-heading = ما يغيّره (بخط متقطع على الخط الزمني):
# Over the list of what the suggestion does to three outcomes, on simulated futures not used in the search.
suggest-outcomes-heading = على المسارات الجديدة نفسها:
# Buttons: apply the suggested order to the scenario, or dismiss it.
suggest-use = اعتماد هذا الترتيب
suggest-keep = الإبقاء على ترتيبي
# Said to screen readers after "Keep mine".
suggest-kept = أُبقي على ترتيبك.
# Said to screen readers when a suggestion is shown: $result is the model's sentence on the
# suggestion, and $moves the moves it makes, joined by the separator below.
suggest-announce = { $result } { $moves }.
suggest-move-separator = { "؛ " }
# Said to screen readers after "Use this order".
suggest-used = اعتُمد الترتيب المقترح. ويمكن التراجع عنه بزر «تراجع».
# Said to screen readers when a change to the scenario stops a search under way.
suggest-stopped = توقف البحث: تغيّر السيناريو.

## "What matters most?": the dialog that ranks the factors an outcome depends on, as a tornado chart.

analysis-dialog-title = ما الأهم؟
analysis-intro = يُحرَّك كل افتراض، وشهر كل خطوة وحجمها، عبر نطاقه كاملًا مع إبقاء كل ما عداه على حاله في السيناريو، وعلى المسارات المحاكاة نفسها. وكلما طال شريط العامل، زاد اعتماد النتيجة عليه.
# The fields read as a phrase: "Outcome [Risk of breakdown by month] month [48]".
analysis-outcome-label = النتيجة
analysis-outcome-breakdown = خطر الانهيار بحلول الشهر
analysis-outcome-trust = الثقة بالدولة المستهدفة في النهاية
analysis-outcome-recovery = التعافي الاقتصادي في النهاية
analysis-month-label = الشهر
# Buttons. "Run again" replaces "Run" once it has run.
analysis-run = تشغيل
analysis-run-again = إعادة التشغيل
analysis-cancel = إلغاء
# The progress bar's label.
analysis-progress-label = تحريك العوامل عبر نطاقاتها
analysis-download-svg = تنزيل SVG
analysis-download-png = تنزيل PNG
# Opens the table under the chart.
analysis-table-summary = جدول بكل الأشرطة
# The name a screen reader gives the table's scrolling box.
analysis-table-region = جدول «ما الأهم؟»
# The status line after Cancel.
analysis-cancelled = أُلغي.
# $horizon is the scenario's last month.
analysis-month-error = الشهر: يجب أن يكون عددًا صحيحًا من ٠ إلى { $horizon }، وهو الأفق الزمني للسيناريو.
analysis-running = جارٍ التشغيل…
# $done of the $total factors have been swung so far.
analysis-progress = جرى تحريك { $done } من أصل { $total } من العوامل…
# $reason says what went wrong (from the model, or analysis-worker-failed).
analysis-failed = تعذّر تحديد ما الأهم: { $reason }
analysis-worker-failed = تعطّلت العملية الخلفية
# The summary under the dialog's chart, in sentences. First the outcome as the scenario is
# written: $outcome is the model's description of it, capitalised ("The risk of breakdown by
# month 48"), and $value a figure already written out ("12.5%", "0.61").
analysis-summary-as-written = { $outcome }: { $value } في السيناريو كما هو.
# One of the factors that matter most: $factor is its name from the model; $low and $high the
# outcome with the factor at either end of its range ("12.5%"). Used in the next messages.
analysis-summary-factor = { $factor } ({ $low } عند الطرف الأدنى من نطاقه، و{ $high } عند الطرف الأعلى)
analysis-summary-none = لا يحرّكها أي عامل بأكثر من التذبذب العشوائي بين المسارات المحاكاة.
# $first is one factor (analysis-summary-factor).
analysis-summary-one = العامل الأهم هو { $first }.
# $first is the top factor and $rest the next one or two, joined by analysis-summary-separator.
analysis-summary-many = العامل الأهم هو { $first }؛ ثم { $rest }.
analysis-summary-separator = { "، ثم " }
# $noise of the $total factors move the outcome less than chance does.
analysis-summary-noise = من بين العوامل البالغ عددها { $total }، يقع { $noise } ضمن حدود التذبذب العشوائي، وتظهر باهتة أسفل البقية.
# Added when the scenario has changed since the ranking was run.
analysis-summary-changed = (هذا هو السيناريو كما كان حين شغّلت التحليل؛ أعد التشغيل للسيناريو الحالي.)
# The status line once done; $count factors were ranked.
analysis-done = اكتمل: رُتّبت العوامل، وعددها { $count }.
# Said to screen readers once done.
analysis-done-announce = ما الأهم: رُتّبت العوامل، وعددها { $count }.
# The chart's legend: the colours of a bar's two ends, and of factors within noise.
analysis-legend-low = عند الطرف الأدنى من نطاقه
analysis-legend-high = عند الطرف الأعلى
analysis-legend-noise = ضمن التذبذب العشوائي (باهت ومخطّط)
# The chart's name for screen readers. $outcome is the model's description of the outcome
# ("the risk of breakdown by month 48").
analysis-canvas-label = ما الأهم بالنسبة إلى { $outcome }: شريط لكل عامل، مع وصف أسفل الرسم البياني
# The table's caption. $outcome as above; $value the outcome as written ("12.5%").
analysis-table-caption = ما الأهم بالنسبة إلى { $outcome }، والقيمة في السيناريو كما هو { $value }
# The table's column headings: the factor, the two ends of its range, the outcome at each
# end, its effect with its standard error, and whether it is within noise.
analysis-column-factor = العامل
analysis-column-low = الطرف الأدنى
analysis-column-high = الطرف الأعلى
analysis-column-at-low = النتيجة عند الأدنى
analysis-column-at-high = النتيجة عند الأعلى
analysis-column-effect = الأثر ± الخطأ المعياري
analysis-column-noise = ضمن التذبذب
# A step's month at one end of its range, in the table.
analysis-month = الشهر { $month }
# A factor's effect ($effect, signed) and its standard error ($error), in the table: "+3.1 points ± 0.4 points".
analysis-effect = { $effect } ± { $error }
# A difference in percentage points; $size is a figure already written out ("3.1", "+3.1").
analysis-points = { $size } نقطة
# Whether a factor is within noise, in the table's last column.
analysis-noise-yes = نعم
analysis-noise-no = لا
# Said to screen readers after a download; $file is the file's name.
analysis-saved = حُفظ { $file }.
# $reason says what went wrong, from the browser.
analysis-save-failed = تعذّر حفظ الشكل: { $reason }
