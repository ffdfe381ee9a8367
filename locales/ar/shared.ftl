### The words the scripts both pages share make: the charts, the timeline, the view around them, the alert box.

## The charts: their captions, legends, the readout of every value at a month, and the table.

# The name a screen reader gives each chart. $title is the chart's title and $description a
# sentence describing it, both from the model.
chart-canvas =
    .aria-label = رسم بياني: { $title }. { $description } استخدم مفاتيح الأسهم لقراءته شهرًا بشهر.
# The caption under each chart: how to read it, in a sentence a newcomer follows.
chart-note-trust = تُعرض الثقة منفصلةً بحسب ما إذا كانت الدولة المستهدفة جادة فعلًا، وهو ما لا يستطيع الطرف الفارض للعقوبات رؤيته.
chart-note-economy = حصة ما عاد من الناتج الذي خُسر بسبب العقوبات، من لا شيء إلى كله.
chart-note-risk = الخط: حصة المسارات التي انهارت فيها العملية حتى ذلك الشهر. الأعمدة: حالات الانهيار في كل شهر، من بين المسارات التي لا تزال قائمة.
chart-note-leverage = الضغط الذي لا يزال في يد الطرف الفارض للعقوبات، من ٠ إلى ١.
chart-note-legitimacy = التأييد الشعبي للعملية في مجتمع الدولة المستهدفة، من ٠ إلى ١.
chart-note-outcomes = يكون كل مسار محاكى في كل شهر في إحدى هذه الحالات الأربع؛ ومجموعها ١٠٠٪.
# The legends' entries. The line is the median of the simulated futures; the two bands around
# it hold the middle half of them and 8 in 10 of them. Keep them short.
chart-legend-median = الوسيط
chart-legend-middle-half = النصف الأوسط
chart-legend-eight-in-ten = ٨ من كل ١٠
# The dashed line of the scenario the reader pinned to compare with.
chart-legend-baseline = خط الأساس
# The faded line of the curves as they were before the change being made.
chart-legend-before-change = قبل هذا التغيير
# The readout's heading: the month being read, or the scenario's end when none is.
chart-readout-end = في النهاية، الشهر { $month }
chart-readout-month = الشهر { $month }
# After the heading, set off by a middle dot: what the figures in brackets are.
chart-readout-range = بين قوسين: النصف الأوسط من المسارات
# After the heading at the end, set off by a middle dot.
chart-readout-point = أشِر إلى رسم بياني لقراءة شهر آخر
# After a value, set off by a middle dot: the same value in the baseline. $value is a figure
# already written out ("42%", "0.61").
chart-readout-baseline = خط الأساس { $value }
# The name a screen reader gives the readout's list of the four outcomes.
chart-readout-outcomes =
    .aria-label = المآلات
# The caption of the table that stands in for the charts: a row every $stride months.
chart-table-caption =
    { $stride ->
        [one] كل شهر: الوسيط، وبين قوسين النطاق الذي يضم ٨ من كل ١٠ من المسارات المحاكاة.
        [two] كل شهرين: الوسيط، وبين قوسين النطاق الذي يضم ٨ من كل ١٠ من المسارات المحاكاة.
        [few] كل { $stride } أشهر: الوسيط، وبين قوسين النطاق الذي يضم ٨ من كل ١٠ من المسارات المحاكاة.
        [many] كل { $stride } شهرًا: الوسيط، وبين قوسين النطاق الذي يضم ٨ من كل ١٠ من المسارات المحاكاة.
       *[other] كل { $stride } شهر: الوسيط، وبين قوسين النطاق الذي يضم ٨ من كل ١٠ من المسارات المحاكاة.
    }

## The timeline: months along the top, a lane for each actor, each step or shock a chip.

# Over the lane names, beside the months along the top (read "Month 0 … 48").
timeline-axis-label = الشهر
# A suggested order's dashed outline where steps would go: $steps names them (joined by " + "),
# $month is where they would go. Keep it short.
timeline-ghost = { $steps } ← { $month }
# The name a screen reader gives a chip: the step's name from the model ($label), and who takes
# the step ($actor, from the model: "sanctioning side", "target").
timeline-chip-step = { $label } ({ $actor })
timeline-chip-shock = { $label } (صدمة)
# What a screen reader hears as a chip's value: its name, then the parts below, joined by
# timeline-chip-separator: "Sectoral easing, month 14, by EU, expires after 6 months, conditional, transparent".
timeline-chip-month = الشهر { $month }
# $sender is the name of a sanctioning party, as the reader typed it.
timeline-chip-sender = من جانب { $sender }
timeline-chip-expires =
    { $months ->
        [one] مدة السريان شهر واحد
        [two] مدة السريان شهران
        [few] مدة السريان { $months } أشهر
        [many] مدة السريان { $months } شهرًا
       *[other] مدة السريان { $months } شهر
    }
# The step waits for verified compliance.
timeline-chip-conditional = مشروطة
# The step is announced with published criteria.
timeline-chip-transparent = شفافة
timeline-chip-separator = { "، " }
# A small tag on a chip for relief that lapses after $months months. Keep it very short.
timeline-chip-expiry-tag =
    { $months ->
        [one] شهر
        [two] شهران
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    }

## The explorer's view, on both pages: what a change did, the sequencing check, and the timeline's key.

# At the head of the readout under the charts, before what the last change did to each chart
# (sentences from the model, joined by view-change-separator).
view-last-change = التغيير الأخير:
# Said to screen readers once a change settles: $changes is what it did to each chart, in the
# model's words ("trust by month 48: 0.52 → 0.61 (+0.09); …").
view-change-said = التغيير: { $changes }.
view-change-separator = { "؛ " }
# The sequencing check, when it finds nothing to warn of.
view-no-warnings = لم يُعثر على مشكلات في التسلسل.
# The timeline's key: the colour of each kind of step, and the hourglass of a conditional step.
view-key-relief = تخفيف
view-key-reform = إصلاح أو امتثال
view-key-confidence = بناء الثقة
view-key-shock = صدمة
view-key-conditional = تنتظر التحقق من الامتثال

## The page's alert box, on both pages.

# The button that closes the alert box. Keep it short.
dom-dismiss = إغلاق

## Why the browser would not keep the reader's work between visits. Each is a clause set inside
## another sentence, after a colon or in brackets, so it starts in lower case and has no full
## stop: "Your changes cannot be kept in this browser: this browser's storage for the page is full."

storage-not-allowed = لا يسمح هذا المتصفح للصفحة بالاحتفاظ بأي شيء بين الزيارات
storage-full = مساحة التخزين المخصصة للصفحة في هذا المتصفح ممتلئة

## The language switcher, in both pages' headers.

# Read by screen readers for the menu of languages (beside a globe icon).
language-label = اللغة

## The product's name, in every page's header and title.

brand-name = Relief Sequencer
