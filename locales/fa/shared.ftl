### The words the scripts both pages share make: the charts, the timeline, the view around them, the alert box.
# Persian terms follow locales/fa/glossary.md.

## The charts: their captions, legends, the readout of every value at a month, and the table.

# The name a screen reader gives each chart. $title is the chart's title and $description a
# sentence describing it, both from the model.
chart-canvas =
    .aria-label = نمودار { $title }. { $description } برای خواندن ماه‌به‌ماه آن از کلیدهای جهت‌نما استفاده کنید.
# The caption under each chart: how to read it, in a sentence a newcomer follows.
chart-note-trust = اعتماد بر اساس اینکه کشور هدف واقعاً صادق است یا نه تفکیک شده است؛ چیزی که طرف تحریم‌کننده نمی‌تواند ببیند.
chart-note-economy = چه مقدار از تولید ازدست‌رفته بر اثر تحریم‌ها بازگشته است، از هیچ تا همه آن.
chart-note-risk = خط: سهم آینده‌هایی که روند در آن‌ها تا آن زمان شکست خورده است. ستون‌ها: شکست‌های هر ماه، در میان آینده‌هایی که هنوز پابرجایند.
chart-note-leverage = فشاری که طرف تحریم‌کننده هنوز در اختیار دارد، از ۰ تا ۱.
chart-note-legitimacy = حمایت عمومی از روند در جامعه کشور هدف، از ۰ تا ۱.
chart-note-outcomes = هر آینده شبیه‌سازی‌شده در هر ماه در یکی از این چهار وضعیت است؛ روی هم ۱۰۰٪ می‌شوند.
# The legends' entries. The line is the median of the simulated futures; the two bands around
# it hold the middle half of them and 8 in 10 of them. Keep them short.
chart-legend-median = میانه
chart-legend-middle-half = نیمه میانی
chart-legend-eight-in-ten = ۸ از ۱۰
# The dashed line of the scenario the reader pinned to compare with.
chart-legend-baseline = مبنا
# The faded line of the curves as they were before the change being made.
chart-legend-before-change = پیش از این تغییر
# The readout's heading: the month being read, or the scenario's end when none is.
chart-readout-end = در پایان، ماه { $month }
chart-readout-month = ماه { $month }
# After the heading, set off by a middle dot: what the figures in brackets are.
chart-readout-range = داخل پرانتز: نیمه میانی آینده‌ها
# After the heading at the end, set off by a middle dot.
chart-readout-point = برای خواندن ماهی دیگر، نشانگر را روی نمودار ببرید
# After a value, set off by a middle dot: the same value in the baseline. $value is a figure
# already written out ("42%", "0.61").
chart-readout-baseline = مبنا { $value }
# The name a screen reader gives the readout's list of the four outcomes.
chart-readout-outcomes =
    .aria-label = پیامدها
# The caption of the table that stands in for the charts: a row every $stride months.
chart-table-caption =
    { $stride ->
        [one] هر ماه: میانه و، داخل پرانتز، بازه‌ای که ۸ آینده شبیه‌سازی‌شده از هر ۱۰ در آن قرار می‌گیرند.
       *[other] هر { $stride } ماه: میانه و، داخل پرانتز، بازه‌ای که ۸ آینده شبیه‌سازی‌شده از هر ۱۰ در آن قرار می‌گیرند.
    }

## The timeline: months along the top, a lane for each actor, each step or shock a chip.

# Over the lane names, beside the months along the top (read "Month 0 … 48").
timeline-axis-label = ماه
# A suggested order's dashed outline where steps would go: $steps names them (joined by " + "),
# $month is where they would go. Keep it short.
# Persian: the arrow points left, from the steps to the month, in a right-to-left line.
timeline-ghost = { $steps } ← { $month }
# The name a screen reader gives a chip: the step's name from the model ($label), and who takes
# the step ($actor, from the model: "sanctioning side", "target").
timeline-chip-step = { $label } ({ $actor })
timeline-chip-shock = { $label } (شوک)
# What a screen reader hears as a chip's value: its name, then the parts below, joined by
# timeline-chip-separator: "Sectoral easing, month 14, by EU, expires after 6 months, conditional, transparent".
timeline-chip-month = ماه { $month }
# $sender is the name of a sanctioning party, as the reader typed it.
timeline-chip-sender = از سوی { $sender }
timeline-chip-expires = انقضا پس از { $months } ماه
# The step waits for verified compliance.
timeline-chip-conditional = مشروط
# The step is announced with published criteria.
timeline-chip-transparent = شفاف
timeline-chip-separator = { "، " }
# A small tag on a chip for relief that lapses after $months months. Keep it very short.
timeline-chip-expiry-tag = { $months } ماه

## The explorer's view, on both pages: what a change did, the sequencing check, and the timeline's key.

# At the head of the readout under the charts, before what the last change did to each chart
# (sentences from the model, joined by view-change-separator).
view-last-change = آخرین تغییر:
# Said to screen readers once a change settles: $changes is what it did to each chart, in the
# model's words ("trust by month 48: 0.52 → 0.61 (+0.09); …").
view-change-said = تغییر: { $changes }.
view-change-separator = { "؛ " }
# The sequencing check, when it finds nothing to warn of.
view-no-warnings = مشکلی در ترتیب گام‌ها دیده نشد.
# The timeline's key: the colour of each kind of step, and the hourglass of a conditional step.
view-key-relief = کاهش تحریم
view-key-reform = اصلاحات یا پایبندی
view-key-confidence = اعتمادسازی
view-key-shock = شوک
view-key-conditional = منتظر پایبندیِ راستی‌آزمایی‌شده

## The page's alert box, on both pages.

# The button that closes the alert box. Keep it short.
dom-dismiss = بستن

## Why the browser would not keep the reader's work between visits. Each is a clause set inside
## another sentence, after a colon or in brackets, so it starts in lower case and has no full
## stop: "Your changes cannot be kept in this browser: this browser's storage for the page is full."

storage-not-allowed = این مرورگر اجازه نمی‌دهد صفحه چیزی را میان بازدیدها نگه دارد
storage-full = فضای ذخیره‌سازی این مرورگر برای این صفحه پر شده است

## The language switcher, in both pages' headers.

# Read by screen readers for the menu of languages (beside a globe icon).
language-label = زبان

## The product's name, in every page's header and title.

brand-name = Relief Sequencer
