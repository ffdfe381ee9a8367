### The words the scripts both pages share make: the charts, the timeline, the view around them, the alert box.

## The charts: their captions, legends, the readout of every value at a month, and the table.

# The name a screen reader gives each chart. $title is the chart's title and $description a
# sentence describing it, both from the model.
chart-canvas =
    .aria-label = { $title } chart. { $description } Use the arrow keys to read it month by month.
# The caption under each chart: how to read it, in a sentence a newcomer follows.
chart-note-trust = Trust is split by whether the target truly means it, which the sanctioning side cannot see.
chart-note-economy = How much of the output lost to sanctions has come back, from none to all of it.
chart-note-risk = The line: the share of futures in which the process has broken down by then. The bars: the breakdowns each month, among the futures still intact.
chart-note-leverage = The pressure the sanctioning side still holds, from 0 to 1.
chart-note-legitimacy = Public support for the process in the target's society, from 0 to 1.
chart-note-outcomes = Every simulated future is in one of these four states each month; together they make 100%.
# The legends' entries. The line is the median of the simulated futures; the two bands around
# it hold the middle half of them and 8 in 10 of them. Keep them short.
chart-legend-median = Median
chart-legend-middle-half = Middle half
chart-legend-eight-in-ten = 8 in 10
# The dashed line of the scenario the reader pinned to compare with.
chart-legend-baseline = Baseline
# The faded line of the curves as they were before the change being made.
chart-legend-before-change = Before this change
# The readout's heading: the month being read, or the scenario's end when none is.
chart-readout-end = At the end, month { $month }
chart-readout-month = Month { $month }
# After the heading, set off by a middle dot: what the figures in brackets are.
chart-readout-range = in brackets, the middle half of the futures
# After the heading at the end, set off by a middle dot.
chart-readout-point = point at a chart to read another month
# After a value, set off by a middle dot: the same value in the baseline. $value is a figure
# already written out ("42%", "0.61").
chart-readout-baseline = baseline { $value }
# The name a screen reader gives the readout's list of the four outcomes.
chart-readout-outcomes =
    .aria-label = Outcomes
# The caption of the table that stands in for the charts: a row every $stride months.
chart-table-caption =
    { $stride ->
        [one] Every month: the median and, in brackets, the range that holds 8 in 10 simulated futures.
       *[other] Every { $stride } months: the median and, in brackets, the range that holds 8 in 10 simulated futures.
    }

## The timeline: months along the top, a lane for each actor, each step or shock a chip.

# Over the lane names, beside the months along the top (read "Month 0 … 48").
timeline-axis-label = Month
# A suggested order's dashed outline where steps would go: $steps names them (joined by " + "),
# $month is where they would go. Keep it short.
timeline-ghost = { $steps } → { $month }
# The name a screen reader gives a chip: the step's name from the model ($label), and who takes
# the step ($actor, from the model: "sanctioning side", "target").
timeline-chip-step = { $label } ({ $actor })
timeline-chip-shock = { $label } (shock)
# What a screen reader hears as a chip's value: its name, then the parts below, joined by
# timeline-chip-separator: "Sectoral easing, month 14, by EU, expires after 6 months, conditional, transparent".
timeline-chip-month = month { $month }
# $sender is the name of a sanctioning party, as the reader typed it.
timeline-chip-sender = by { $sender }
timeline-chip-expires =
    { $months ->
        [one] expires after { $months } month
       *[other] expires after { $months } months
    }
# The step waits for verified compliance.
timeline-chip-conditional = conditional
# The step is announced with published criteria.
timeline-chip-transparent = transparent
timeline-chip-separator = { ", " }
# A small tag on a chip for relief that lapses after $months months. Keep it very short.
timeline-chip-expiry-tag = { $months } mo

## The explorer's view, on both pages: what a change did, the sequencing check, and the timeline's key.

# At the head of the readout under the charts, before what the last change did to each chart
# (sentences from the model, joined by view-change-separator).
view-last-change = The last change:
# Said to screen readers once a change settles: $changes is what it did to each chart, in the
# model's words ("trust by month 48: 0.52 → 0.61 (+0.09); …").
view-change-said = The change: { $changes }.
view-change-separator = { "; " }
# The sequencing check, when it finds nothing to warn of.
view-no-warnings = No sequencing problems found.
# The timeline's key: the colour of each kind of step, and the hourglass of a conditional step.
view-key-relief = relief
view-key-reform = reform or compliance
view-key-confidence = confidence building
view-key-shock = shock
view-key-conditional = waits for verified compliance

## The page's alert box, on both pages.

# The button that closes the alert box. Keep it short.
dom-dismiss = Dismiss

## Why the browser would not keep the reader's work between visits. Each is a clause set inside
## another sentence, after a colon or in brackets, so it starts in lower case and has no full
## stop: "Your changes cannot be kept in this browser: this browser's storage for the page is full."

storage-not-allowed = this browser does not let the page keep anything between visits
storage-full = this browser's storage for the page is full

## The language switcher, in both pages' headers.

# Read by screen readers for the menu of languages (beside a globe icon).
language-label = Language

## The product's name, in every page's header and title.

brand-name = Relief Sequencer
