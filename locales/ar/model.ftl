# The model's names and explanations, as the page shows them. Written from the model by
# `RELIEF_WRITE_CATALOGUE=1 cargo test -p relief-web --lib words`: edit the model's
# words in Rust, never here. Translations live in the other languages' model.ftl.

## Steps a side can take, on the timeline

model-step-humanitarian_exemption = استثناء إنساني
    .explanation = تخفيف يشمل الدواء والغذاء والتجارة الإنسانية: منافع يومية ملموسة بكلفة زهيدة من أوراق الضغط.
model-step-sectoral_easing = تخفيف قطاعي
    .explanation = إعادة فتح قطاع بعينه، كصادرات النفط: قناة اقتصادية سريعة تؤتي ثمارها في غضون أشهر.
model-step-financial_channels = فتح القنوات المالية
    .explanation = استعادة قنوات المصارف والمدفوعات: قناة بطيئة تؤتي ثمارها على مدى سنوات مع تنامي ثقة المستثمرين.
model-step-travel_easing = تخفيف قيود السفر
    .explanation = تخفيف القيود على السفر: خطوة صغيرة وملموسة، ويسهل التراجع عنها.
model-step-asset_unfreezing = الإفراج عن الأصول
    .explanation = الإفراج عن الأصول المجمدة: أموال سريعة للدولة المستهدفة، ويصعب استردادها.
model-step-full_lifting = رفع كامل
    .explanation = رفع كل ما تبقى من العقوبات (حجم الخطوة هو حصة ما تبقى منها).
model-step-compliance_step = خطوة امتثال
    .explanation = خطوة مكلفة يمكن التحقق منها نحو تلبية المطالب، كالتفكيك أو التسليم.
model-step-political_reform = إصلاح سياسي
    .explanation = الإفراج عن سجناء، وإجراء انتخابات، واستعادة الحقوق.
model-step-humanitarian_access = وصول المساعدات
    .explanation = السماح بدخول وكالات الإغاثة: منفعة ملموسة لعامة الناس.
model-step-independent_monitoring = مراقبة مستقلة
    .explanation = مراقبة متواصلة يتولاها طرف ثالث: يصبح رصد أي انتهاك فعلي أرجح بكثير.
model-step-independent_audit = تدقيق مستقل
    .explanation = تدقيق دوري: إنذارات كاذبة أقل، وانتهاكات أقل تفلت من الرصد.
model-step-joint_committee = لجنة مشتركة
    .explanation = لجنة تحقيق مشتركة تفحص الإنذارات قبل أن يتحرك أي طرف.
model-step-information_exchange = تبادل المعلومات
    .explanation = وصول متبادل إلى المعلومات: يرى كل طرف قدرًا أكبر مما يفعله الآخر.
model-step-published_criteria = معايير معلنة
    .explanation = معايير صريحة ومعلنة للامتثال، ولمن يتولى التحقق، ولكيفية تسوية النزاعات.
model-step-snapback_clause = آلية الزناد
    .explanation = يُعاد فرض العقوبات تلقائيًا عند ثبوت انتهاك: ردعٌ يُبقي أوراق الضغط في اليد.
model-step-sponsor_guarantee = ضمانة الرعاة
    .explanation = ضمانة محايدة تقدّمها هيئة متعددة الأطراف أو حليف موثوق.
model-step-grievance_redress = معالجة المظالم
    .explanation = قنوات لتلقي الشكاوى وإنصاف المتضررين، تُدار بالشراكة مع الدولة المستهدفة والمجتمع المدني.
model-step-civil_society_forum = منتدى المجتمع المدني
    .explanation = تشارك هيئات الرقابة الأهلية، ويُستمع إلى المجتمعات المحلية.
model-step-technical_cooperation = تعاون فني
    .explanation = مشروعات فنية مشتركة تبني علاقات عمل بين الطرفين.
model-step-regional_coordination = تنسيق إقليمي
    .explanation = تنسّق دول الجوار رسائلها، وتتبادل البيانات، وتتفق على معايير مشتركة.

## Who takes a step

model-actor-sanctioning_side = الطرف الفارض للعقوبات
model-actor-target = الدولة المستهدفة
model-actor-third_party = أطراف ثالثة
model-actor-both = الطرفان
model-actor-civil_society = المجتمع المدني
model-actor-neighbours = دول الجوار

## Shocks: events nobody chose

model-shock-spoiler_attack = هجوم المعرقلين
    .explanation = يضرب المعرقلون لإفشال العملية: يتراجع التأييد ويصبح الانهيار أرجح.
model-shock-leadership_change = تغيّر القيادة
    .explanation = قادة جدد لدى الطرف الفارض للعقوبات: تشكّ الدولة المستهدفة في أن الوعود ستُحترم.
model-shock-regional_crisis = أزمة إقليمية
    .explanation = أزمة في الجوار: تستغل دول الجوار والمعرقلون حالة عدم اليقين.
model-shock-economic_shock = صدمة اقتصادية
    .explanation = ضربة لاقتصاد الدولة المستهدفة من خارج العملية: الضائقة تُضعف التأييد.
model-shock-sender_withdrawal = انسحاب طرف من الاتفاق
    .explanation = ينسحب أحد الأطراف الفارضة للعقوبات ويعيد فرض عقوباته؛ وحجم الصدمة هو مدى ما تطاله عقوباته الثانوية من التخفيف الذي يقدّمه الآخرون.

## The model's assumptions, which the reader can change

model-assumption-good_faith = حسن النية
    .explanation = مدى احتمال أن تكون الدولة المستهدفة عازمة فعلًا على الامتثال. في كل مسار محاكى تُحدَّد الإجابة بالقرعة سرًّا.
model-assumption-initial_trust = الثقة بالدولة المستهدفة في البداية
    .explanation = إلى أي حد يصدّق الطرف الفارض للعقوبات حسن نية الدولة المستهدفة في البداية.
model-assumption-target_trust = ثقة الدولة المستهدفة في البداية
    .explanation = إلى أي حد تصدّق الدولة المستهدفة أن التخفيف الموعود سيأتي ويدوم.
model-assumption-hardliners = المتشددون
    .explanation = مدى قوة المعرقلين والمتشددين لدى الطرفين.
model-assumption-dependence = الاعتماد
    .explanation = أي قدر من الناتج الذي خسرته الدولة المستهدفة يمرّ عبر قنوات خاضعة للعقوبات: أي مدى وطأة الضغط.
model-assumption-sponsors = الرعاة
    .explanation = مدى انخراط الضامنين المحايدين (الهيئات متعددة الأطراف والحلفاء الموثوقون) منذ البداية.
model-assumption-regional_spillover = التداعيات الإقليمية
    .explanation = مدى قوة ردّ فعل دول الجوار على العملية، أو تضخيمها لها، أو استغلالها إياها.
model-assumption-generosity = التسامح
    .explanation = مدى تكرار صفح الطرف الفارض للعقوبات عن انتهاك مرصود بدلًا من الرد عليه (٠: لا يصفح أبدًا).
model-assumption-reneging = التنصّل الداخلي
    .explanation = مدى احتمال أن تنقلب السياسة الداخلية لدى الطرف الفارض للعقوبات على الاتفاق في غضون أربع سنوات: حكومة أو هيئة تشريعية جديدة تنسحب منه.

## The timeline's lanes

model-lane-sanctioning = الطرف الفارض للعقوبات
model-lane-target = الدولة المستهدفة
model-lane-others = أطراف ثالثة ومجتمع مدني
model-lane-shocks = الصدمات

## What the model projects, month by month

model-series-trust = الثقة بالدولة المستهدفة
    .explanation = اعتقاد الطرف الفارض للعقوبات بأن الدولة المستهدفة تتصرف بحسن نية.
model-series-target_trust = ثقة الدولة المستهدفة
    .explanation = اعتقاد الدولة المستهدفة بأن التخفيف سيُنفَّذ ويدوم.
model-series-economy = التعافي الاقتصادي
    .explanation = حصة ما استُعيد من الناتج الذي خُسر بسبب العقوبات.
model-series-leverage = أوراق الضغط المتبقية
    .explanation = الضغط الذي لا يزال في يد الطرف الفارض للعقوبات.
model-series-legitimacy = الشرعية
    .explanation = التأييد الشعبي للعملية في مجتمع الدولة المستهدفة.

## The charts: a title, and a description screen readers announce

model-chart-trust = الثقة
    .description = الثقة لدى الطرفين شهرًا بشهر، من ٠ إلى ١: اعتقاد الطرف الفارض للعقوبات بأن الدولة المستهدفة تتصرف بحسن نية، معروضًا على حدة في المسارات التي تكون فيها الدولة المستهدفة جادة وفي تلك التي لا تكون فيها جادة، واعتقاد الدولة المستهدفة بأن التخفيف سيُنفَّذ ويدوم؛ ويظهر كلٌّ منها خطًّا للوسيط مع شريطين يضمّان النصف الأوسط و٨٠٪ الوسطى من المسارات المحاكاة.
model-chart-economy = التعافي الاقتصادي
    .description = التعافي الاقتصادي شهرًا بشهر، بوصفه حصة ما استُعيد من الناتج الذي خُسر بسبب العقوبات، ويظهر خطًّا للوسيط مع شريطين يضمّان النصف الأوسط و٨٠٪ الوسطى من المسارات المحاكاة.
model-chart-risk = خطر الانهيار
    .description = خطر الانهيار شهرًا بشهر: خطٌّ يبيّن حصة المسارات التي انهارت فيها العملية حتى ذلك الشهر، فوق أعمدة تبيّن حالات الانهيار في كل شهر بوصفها حصة من المسارات التي لا تزال قائمة.
model-chart-leverage = أوراق الضغط المتبقية
    .description = أوراق الضغط المتبقية شهرًا بشهر، من ٠ إلى ١: الضغط الذي لا يزال في يد الطرف الفارض للعقوبات، ويظهر خطًّا للوسيط مع شريطين يضمّان النصف الأوسط و٨٠٪ الوسطى من المسارات المحاكاة.
model-chart-legitimacy = الشرعية
    .description = الشرعية شهرًا بشهر، من ٠ إلى ١: التأييد الشعبي للعملية في مجتمع الدولة المستهدفة، ويظهر خطًّا للوسيط مع شريطين يضمّان النصف الأوسط و٨٠٪ الوسطى من المسارات المحاكاة.
model-chart-outcomes = المآلات
    .description = المآلات شهرًا بشهر، بوصفها حصصًا من مجمل المسارات المحاكاة تتراكم حتى ١٠٠٪: من الأعلى، صمود الاتفاق، أو غش لم يُكشف، أو كشف الغش وإعادة فرض العقوبات، أو انهيار الاتفاق لسبب آخر.

## The two kinds of target the model draws: one means its commitments, one does not

model-target-trust_if_sincere = الثقة إن كانت الدولة المستهدفة جادة
    .short = إن كانت جادة
model-target-trust_if_insincere = الثقة إن لم تكن جادة
    .short = إن لم تكن جادة

## How a future ends

model-outcome-sustained = صمود الاتفاق
    .explanation = تصمد العملية ولا يستغلها أحد.
model-outcome-exploited = غش لم يُكشف
    .explanation = دولة مستهدفة غير جادة تحتفظ بالتخفيف بينما يبقى غشها بعيدًا عن الأنظار.
model-outcome-caught = كشف الغش
    .explanation = ثبت الغش بالتحقق وأُعيد فرض العقوبات: التحقق يؤدي دوره.
model-outcome-collapsed = انهيار الاتفاق
    .explanation = انهارت العملية دون أن يثبت أي غش: بفعل المتشددين، أو إنذار أُسيء فهمه، أو انقضاء أجل ترخيص لم يُجدَّد، أو السياسة الداخلية لدى الطرف الفارض للعقوبات.

## The breakdown charts' two quantities, and the model's doubt

model-breakdown-risk = خطر الانهيار
model-breakdown-hazard = حالات الانهيار في كل شهر
model-doubt-edges = ٨ من كل ١٠ مع الشك في النموذج
model-doubt-range = النطاق مع الشك في النموذج
