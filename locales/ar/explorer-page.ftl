## The explorer's page: its header, its sections and their hints.

# The browser tab's title.
page-title = { brand-name }
# The page's description for search engines and link previews; the reader does not see it on the page.
page-meta-description = اسحب خطوات تخفيف العقوبات وخطوات الإصلاح وتدابير بناء الثقة والصدمات على خط زمني، وشاهد ما قد يترتب عليها عبر عدد كبير من المسارات المحاكاة: الثقة لدى الطرفين، والتعافي الاقتصادي، وخطر الانهيار.
# A link that keyboard users meet first, which jumps past the header.
page-skip-link = الانتقال إلى الخط الزمني

## The header

# Under the page's name on a wide screen.
page-tagline-long = تسلسل تخفيف العقوبات: مثال توضيحي، لا تنبؤ
# Under the page's name on a phone, in place of page-tagline-long: keep it short.
page-tagline-short = مثال توضيحي، لا تنبؤ
# Read by screen readers before the scenario's title; keep the space at the end.
page-scenario-label = السيناريو:{ " " }
# Shown in place of the scenario's title until the page has started.
page-scenario-loading = جارٍ التحميل…
# Opens a menu of built-in scenarios.
page-presets-button = سيناريوهات جاهزة
# Opens a dialog that explains the model.
page-how-button = كيف يعمل
# The name of the group holding Undo and Redo, for screen readers.
page-edit-history =
    .aria-label = سجل التعديلات
# On a phone only the icon shows; the word is read by screen readers.
page-undo = تراجع
page-undo-button =
    .title = تراجع (Ctrl+Z)
page-redo = إعادة
page-redo-button =
    .title = إعادة (Shift+Ctrl+Z)
page-share-button = مشاركة
# On a phone the header's less used buttons fold under this one.
page-more-button = المزيد
page-open-button = فتح…
    .title = فتح ملف سيناريو (أو إفلاته على الصفحة)
# Opens a menu of files to download.
page-export-button = تصدير
page-embed-button = تضمين
# Returns to the scenario the page opened with.
page-start-over = البدء من جديد
# A link to the page for running a workshop with a group.
page-workshop-link = ورشة عمل
# Shown only when the browser runs no scripts.
page-noscript = يحتاج { brand-name } إلى JavaScript وWebAssembly لتشغيل نموذجه في متصفحك. ولا يُرسَل أي شيء إلى أي جهة.
# The page's opening sentence. $runs is how many simulated futures the charts summarise.
page-intro = بأي ترتيب ينبغي رفع العقوبات؟ اسحب الخطوات على الخط الزمني؛ وستُظهر الرسوم البيانية ما قد يترتب عليها عبر مسارات محاكاة عددها <span data-l10n-name="runs">{ $runs }</span>.

## The timeline

# The timeline's heading; the unit is shown smaller.
timeline-heading = الخط الزمني <span data-l10n-name="unit">(بالأشهر)</span>
# Under the timeline's heading. Enter and Delete are keys on the keyboard.
timeline-hint = اسحب الخطوات، أو حدّد إحداها واستخدم مفاتيح الأسهم. مفتاح Enter لتعديلها، وDelete لحذفها.
# The heading of the list of warnings about the order of the steps.
timeline-warnings-heading = فحص التسلسل

## Adding a step (a panel that folds open under the timeline)

palette-summary = إضافة خطوة
# Followed by a field holding a month number.
palette-month-label = تُضاف الخطوات الجديدة في الشهر

## "Suggest a better order" (a panel that folds open under the timeline)

suggest-summary = اقتراح ترتيب أفضل
# “Risk and recovery together” is the first choice of suggest-aim-label's list (suggest-aim-score).
suggest-hint = يجرّب النموذج أشهرًا أخرى لخطواتك، ويحتفظ بالترتيب الذي يحقق هدفك على أفضل وجه، ثم يختبره على مسارات محاكاة جديدة. ولا يقترح شيئًا ما لم يتجاوز التحسّن ضعف التذبذب العشوائي. ويَعُدّ خيار «الخطر والتعافي معًا» كل نقطة من التعافي الاقتصادي، محسوبةً متوسطًا على الأشهر، مساويةً لنصف نقطة من الخطر.
# A list's label: what the search tries to do best on.
suggest-aim-label = الهدف
suggest-aim-score = الخطر والتعافي معًا
suggest-aim-breakdown = خطر الانهيار وحده
# Followed by a field holding a month number.
suggest-month-label = خطر الانهيار بحلول الشهر
# Followed by a field holding a month number.
suggest-not-before-label = لا تُنقل أي خطوة إلى ما قبل الشهر
# Followed by a field holding a number of months.
suggest-gap-label = الحد الأدنى للأشهر بين خطوات التخفيف
# The label of a checkbox.
suggest-flags-label = السماح له أيضًا بتغيير اشتراط التحقق من الامتثال في الخطوات، أو إرفاقها بمعايير معلنة
suggest-run-button = بحث
suggest-cancel-button = إلغاء

## The charts

# The charts' heading; charts-heading-futures follows it, smaller.
charts-heading = ما قد يترتب على ذلك
# Follows charts-heading. $runs is how many simulated futures the charts summarise.
charts-heading-futures = عبر مسارات محاكاة عددها <span data-l10n-name="runs">{ $runs }</span>
# The legend of the lines drawn on every chart, for screen readers.
charts-shared-legend =
    .aria-label = الخطوط في كل رسم بياني
# Keeps the charts' current lines as a dashed line to compare later changes with.
charts-pin-baseline = تثبيت كخط أساس
charts-matters-button = ما الأهم؟
charts-doubt-legend =
    .aria-label = ما يضيفه الشك في النموذج إلى الرسوم البيانية
charts-loading = جارٍ تحميل النموذج…
# Shown when "Model doubt" is ticked. "The ranges" links to the model's documentation (in English).
charts-model-doubt-help = يعيد خيار «الشك في النموذج» تشغيل كل مسار بأرقام النموذج نفسه مسحوبةً من نطاقاتها المعقولة. الحواف المنقّطة: حيث تقع ٨ من كل ١٠ مسارات عندئذٍ، بفعل المصادفة والشك معًا؛ والنطاق المظلَّل على خطر الانهيار: إلى أي حد قد يتغير الخطر إن كانت أرقام النموذج غير دقيقة. <a data-l10n-name="ranges">النطاقات</a> (بالإنجليزية).
charts-baseline-note = الأشرطة: النصف الأوسط و٨ من كل ١٠ من المسارات المحاكاة؛ وكل رقم يُذكر بالكلمات يُذكر معه نصفه الأوسط. الخط الرمادي المتقطع هو خط الأساس: السيناريو كما فُتحت به الصفحة. ثبّت السيناريو الحالي لمقارنة التغييرات اللاحقة به.
# A panel that folds open to show the charts' numbers as a table.
charts-table-summary = جدول
charts-table-region =
    .aria-label = جدول التوقعات

## The selected step's editor

page-editor-heading = الخطوة المحددة
page-editor-empty = حدّد خطوة على الخط الزمني لتغيير شهرها أو حجمها أو طريقة تنفيذها.
page-editor-month-label = الشهر
page-editor-size-label = الحجم
page-editor-size-help = في خطوات التخفيف: حصة ما ترفعه من مجمل العقوبات. وفي الخطوات الأخرى: مدى ما تذهب إليه.
# Which of the sanctioning parties (the "senders", e.g. US, EU) a step belongs to.
page-editor-sender-label = الطرف الفارض
page-editor-sender-help = أيّ الأطراف الفارضة للعقوبات يتخذ هذه الخطوة.
page-editor-expires-label = مدة السريان (بالأشهر)
# Shown in the empty field: a step that never expires.
page-editor-expires-field =
    .placeholder = بلا انقضاء
page-editor-expires-help = إن تُرك الحقل فارغًا فلا ينقضي التخفيف. وإلا فإنه ينقضي بعد هذا العدد من الأشهر من تقديمه، ما لم يجدّده الامتثال المتحقَّق منه.
# A checkbox's label: the word, then what it means in smaller, muted type.
page-editor-conditional = مشروطة <span data-l10n-name="gloss">— تنتظر التحقق من الامتثال</span>
# A checkbox's label: the word, then what it means in smaller, muted type.
page-editor-transparent = شفافة <span data-l10n-name="gloss">— مصحوبة بمعايير معلنة</span>
page-editor-delete = حذف هذه الخطوة

## Assumptions and the simulation's settings

page-assumptions-heading = الافتراضات
page-assumptions-hint = ما تفترضه المسارات المحاكاة مسبقًا. كل افتراض رقم من ٠ إلى ١.
# The sanctioning parties.
page-senders-legend = الأطراف الفارضة للعقوبات
page-senders-help = من يفرض العقوبات. اترك القائمة فارغة إن كان هناك طرف واحد يفرضها. سمِّ الأطراف لتمنح كلًّا منها تخفيفه الخاص، مثل الولايات المتحدة والاتحاد الأوروبي والأمم المتحدة.
# The field where a reader types a new sender's name; the placeholder is an example of one.
page-new-sender =
    .placeholder = مثلًا: الاتحاد الأوروبي
    .aria-label = طرف فارض جديد
page-add-sender = إضافة طرف
page-simulation-heading = المحاكاة
page-horizon-label = عدد أشهر التوقع
page-horizon-help = الخطوات الواقعة بعد النهاية تُنقل إلى الشهر الأخير.
page-runs-label = عدد المسارات المحاكاة
page-runs-help = كلما زادت المسارات صارت الأشرطة أنعم، لكن التحديث أبطأ.
# The number that starts the random draws of the simulated futures.
page-seed-label = البذرة العشوائية
page-new-seed = بذرة جديدة
page-seed-help = السيناريو نفسه مع البذرة نفسها يعطيان دائمًا المسارات نفسها.
# A checkbox's label.
page-model-doubt-label = الشك في النموذج
page-model-doubt-hint = يعيد تشغيل كل مسار بأرقام النموذج نفسه مسحوبةً من نطاقاتها المعقولة، لبيان مدى اعتماد النتيجة عليها (ضعف العمل الحسابي).

## The footer

# The page's version (explorer-version) follows it.
page-footer = يشغّل { brand-name } نموذجه بالكامل في متصفحك؛ ولا يُرسَل أي شيء تفعله هنا إلى أي جهة. والأرقام مستمدة من نموذج بسيط للثقة والتحقق والانهيار، لا من بيانات عن أي بلد حقيقي.

## Dialogs and the editor as a sheet on a phone

# The button that closes a dialog.
dialog-close = إغلاق
# On a phone the selected step's editor opens over the bottom of the screen; this button closes it.
sheet-done = تم
# The name screen readers give the editor while it covers the bottom of the screen.
sheet-label = الخطوة المحددة، في لوحة فوق الصفحة

## The first visit's invitation to drag a step (in place of timeline-hint)

# It should be about as long as timeline-hint.
invite-hint = أول زيارة لك؟ اسحب الخطوة المحاطة بدائرة، أو حدّدها واستخدم مفاتيح الأسهم، وراقب الرسوم البيانية.
# On a touch screen.
invite-hint-touch = أول زيارة لك؟ اسحب الخطوة المحاطة بدائرة أفقيًا بإصبعك، وراقب تغيّر الرسوم البيانية.

## Limits: large scenarios, full lists and numbers out of range

# Under the charts' heading while a large scenario's futures are still being counted. $runs is how many there are in all.
limits-refining = جارٍ التحسين: احتساب جميع المسارات المحاكاة، وعددها { $runs }…
# $max is how many steps a scenario may have, $count how many this one has.
limits-steps-full = الحد الأقصى لعدد الخطوات في السيناريو { $max }، وفي هذا السيناريو { $count }. احذف خطوة قبل إضافة أخرى.
# $max is how many shocks a scenario may have, $count how many this one has.
limits-shocks-full = الحد الأقصى لعدد الصدمات في السيناريو { $max }، وفي هذا السيناريو { $count }. احذف صدمة قبل إضافة أخرى.
# Under a number field whose entry was refused. $field is the field's name ("Simulated futures"); $min and $max the numbers allowed; $entry what the reader typed. $problem says what was wrong: "bad" (not a number), "empty" (nothing typed) or "out" (a number outside the range, or not whole).
limits-number-refused = { $problem ->
        [bad] يجب أن تكون قيمة «{ $field }» عددًا صحيحًا من { $min } إلى { $max }؛ وما كُتب ليس عددًا.
        [empty] يجب أن تكون قيمة «{ $field }» عددًا صحيحًا من { $min } إلى { $max }؛ وقد تُرك الحقل فارغًا.
       *[out] يجب أن تكون قيمة «{ $field }» عددًا صحيحًا من { $min } إلى { $max }؛ و{ $entry } ليس كذلك.
    }
# As limits-number-refused, for a field that may be left empty. $empty says what an empty field means ("never").
limits-number-refused-optional = { $problem ->
        [bad] يجب أن تكون قيمة «{ $field }» عددًا صحيحًا من { $min } إلى { $max }، أو أن يُترك الحقل فارغًا ({ $empty })؛ وما كُتب ليس عددًا.
       *[out] يجب أن تكون قيمة «{ $field }» عددًا صحيحًا من { $min } إلى { $max }، أو أن يُترك الحقل فارغًا ({ $empty })؛ و{ $entry } ليس كذلك.
    }
# Follows limits-number-refused: the field shows its last good number, $kept, again.
limits-number-kept = أُبقي على { $kept }.
# Follows limits-number-refused-optional: the field is empty again. $empty says what that means ("never").
limits-number-kept-empty = أُبقي الحقل فارغًا ({ $empty }).

## When the model fails

# In the page's error box. The words between <strong> and </strong> are shown in bold; keep the tags. $detail is the browser's technical name for the failure (in English).
failure-model-stopped = <strong>توقّف النموذج على نحو غير متوقع</strong> ({ $detail }). سيناريوك محفوظ: أعد تحميل الصفحة لتستأنف من آخر سيناريو جرى تشغيله. وفي وحدة التحكم بالمتصفح (Console) تقرير يمكن إرساله إلى متتبّع المشكلات الخاص بالمشروع.
failure-reload = إعادة التحميل

## A new version, installed while the page was open

offline-update-ready = إصدار جديد من { brand-name } جاهز.
offline-update-reload = أعد التحميل لاستخدامه
