### The words the scripts both pages share make: the charts, the timeline, the view around them, the alert box.

## The charts: their captions, legends, the readout of every value at a month, and the table.

# The name a screen reader gives each chart. $title is the chart's title and $description a
# sentence describing it, both from the model.
chart-canvas =
    .aria-label = График «{ $title }». { $description } Чтобы прочитать его по месяцам, используйте клавиши со стрелками.
# The caption under each chart: how to read it, in a sentence a newcomer follows.
chart-note-trust = Доверие показано отдельно для случаев, когда объект санкций действительно искренен и когда нет; инициатор санкций этого не видит.
chart-note-economy = Доля производства, потерянного из-за санкций, которая уже восстановлена: от нуля до полного восстановления.
chart-note-risk = Линия — доля вариантов будущего, в которых процесс к этому моменту сорвался. Столбцы — срывы в каждом месяце среди вариантов, где процесс ещё продолжался.
chart-note-leverage = Давление, которое инициатор санкций ещё сохраняет, от 0 до 1.
chart-note-legitimacy = Общественная поддержка процесса в стране — объекте санкций, от 0 до 1.
chart-note-outcomes = Каждый смоделированный вариант будущего в каждом месяце находится в одном из этих четырёх состояний; вместе они составляют 100 %.
# The legends' entries. The line is the median of the simulated futures; the two bands around
# it hold the middle half of them and 8 in 10 of them. Keep them short.
chart-legend-median = Медиана
chart-legend-middle-half = Средняя половина
chart-legend-eight-in-ten = 8 из 10
# The dashed line of the scenario the reader pinned to compare with.
chart-legend-baseline = Базовый сценарий
# The faded line of the curves as they were before the change being made.
chart-legend-before-change = До изменения
# The readout's heading: the month being read, or the scenario's end when none is.
chart-readout-end = В конце, месяц { $month }
chart-readout-month = Месяц { $month }
# After the heading, set off by a middle dot: what the figures in brackets are.
chart-readout-range = в скобках — средняя половина вариантов будущего
# After the heading at the end, set off by a middle dot.
chart-readout-point = наведите указатель на график, чтобы увидеть другой месяц
# After a value, set off by a middle dot: the same value in the baseline. $value is a figure
# already written out ("42%", "0.61").
chart-readout-baseline = базовый сценарий: { $value }
# The name a screen reader gives the readout's list of the four outcomes.
chart-readout-outcomes =
    .aria-label = Исходы
# The caption of the table that stands in for the charts: a row every $stride months.
chart-table-caption =
    { $stride ->
        [1] Каждый месяц: медиана и в скобках — диапазон, в который попадают 8 из 10 смоделированных вариантов будущего.
        [one] Каждый { $stride } месяц: медиана и в скобках — диапазон, в который попадают 8 из 10 смоделированных вариантов будущего.
        [few] Каждые { $stride } месяца: медиана и в скобках — диапазон, в который попадают 8 из 10 смоделированных вариантов будущего.
       *[other] Каждые { $stride } месяцев: медиана и в скобках — диапазон, в который попадают 8 из 10 смоделированных вариантов будущего.
    }

## The timeline: months along the top, a lane for each actor, each step or shock a chip.

# Over the lane names, beside the months along the top (read "Month 0 … 48").
timeline-axis-label = Месяц
# A suggested order's dashed outline where steps would go: $steps names them (joined by " + "),
# $month is where they would go. Keep it short.
timeline-ghost = { $steps } → { $month }
# The name a screen reader gives a chip: the step's name from the model ($label), and who takes
# the step ($actor, from the model: "sanctioning side", "target").
timeline-chip-step = { $label } ({ $actor })
timeline-chip-shock = { $label } (шок)
# What a screen reader hears as a chip's value: its name, then the parts below, joined by
# timeline-chip-separator: "Sectoral easing, month 14, by EU, expires after 6 months, conditional, transparent".
timeline-chip-month = месяц { $month }
# $sender is the name of a sanctioning party, as the reader typed it.
timeline-chip-sender = инициатор: { $sender }
timeline-chip-expires =
    { $months ->
        [one] истекает через { $months } месяц
        [few] истекает через { $months } месяца
       *[other] истекает через { $months } месяцев
    }
# The step waits for verified compliance.
timeline-chip-conditional = условный
# The step is announced with published criteria.
timeline-chip-transparent = прозрачный
timeline-chip-separator = { ", " }
# A small tag on a chip for relief that lapses after $months months. Keep it very short.
timeline-chip-expiry-tag = { $months } мес.

## The explorer's view, on both pages: what a change did, the sequencing check, and the timeline's key.

# At the head of the readout under the charts, before what the last change did to each chart
# (sentences from the model, joined by view-change-separator).
view-last-change = Последнее изменение:
# Said to screen readers once a change settles: $changes is what it did to each chart, in the
# model's words ("trust by month 48: 0.52 → 0.61 (+0.09); …").
view-change-said = Изменение: { $changes }.
view-change-separator = { "; " }
# The sequencing check, when it finds nothing to warn of.
view-no-warnings = Замечаний к очерёдности шагов нет.
# The timeline's key: the colour of each kind of step, and the hourglass of a conditional step.
view-key-relief = ослабление санкций
view-key-reform = реформы и выполнение обязательств
view-key-confidence = укрепление доверия
view-key-shock = шок
view-key-conditional = ждёт подтверждённого выполнения обязательств

## The page's alert box, on both pages.

# The button that closes the alert box. Keep it short.
dom-dismiss = Закрыть

## Why the browser would not keep the reader's work between visits. Each is a clause set inside
## another sentence, after a colon or in brackets, so it starts in lower case and has no full
## stop: "Your changes cannot be kept in this browser: this browser's storage for the page is full."

storage-not-allowed = этот браузер не позволяет странице ничего сохранять между посещениями
storage-full = хранилище этого браузера для страницы заполнено

## The language switcher, in both pages' headers.

# Read by screen readers for the menu of languages (beside a globe icon).
language-label = Язык

## The product's name, in every page's header and title.

brand-name = Relief Sequencer
