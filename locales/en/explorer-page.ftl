## The explorer's page: its header, its sections and their hints.

# The browser tab's title.
page-title = { brand-name }
# The page's description for search engines and link previews; the reader does not see it on the page.
page-meta-description = Drag sanctions-relief steps, reform steps, confidence-building measures and shocks along a timeline and see what might follow: trust on both sides, economic recovery and the risk of breakdown, across many simulated futures.
# A link that keyboard users meet first, which jumps past the header.
page-skip-link = Skip to the timeline

## The header

# Under the page's name on a wide screen.
page-tagline-long = Sequencing sanctions relief: an illustration, not a forecast
# Under the page's name on a phone, in place of page-tagline-long: keep it short.
page-tagline-short = An illustration, not a forecast
# Read by screen readers before the scenario's title; keep the space at the end.
page-scenario-label = Scenario:{ " " }
# Shown in place of the scenario's title until the page has started.
page-scenario-loading = Loading…
# Opens a menu of built-in scenarios.
page-presets-button = Presets
# Opens a dialog that explains the model.
page-how-button = How it works
# The name of the group holding Undo and Redo, for screen readers.
page-edit-history =
    .aria-label = Edit history
# On a phone only the icon shows; the word is read by screen readers.
page-undo = Undo
page-undo-button =
    .title = Undo (Ctrl+Z)
page-redo = Redo
page-redo-button =
    .title = Redo (Shift+Ctrl+Z)
page-share-button = Share
# On a phone the header's less used buttons fold under this one.
page-more-button = More
page-open-button = Open…
    .title = Open a scenario file (or drop one on the page)
# Opens a menu of files to download.
page-export-button = Export
page-embed-button = Embed
# Returns to the scenario the page opened with.
page-start-over = Start over
# A link to the page for running a workshop with a group.
page-workshop-link = Workshop
# Shown only when the browser runs no scripts.
page-noscript = { brand-name } needs JavaScript and WebAssembly to run its model in your browser. Nothing is sent anywhere.
# The page's opening sentence. $runs is how many simulated futures the charts summarise.
page-intro = In what order should sanctions be lifted? Drag the steps along the timeline; the charts show what might follow across <span data-l10n-name="runs">{ $runs }</span> simulated { $runs ->
        [one] future
       *[other] futures
    }.

## The timeline

# The timeline's heading; the unit is shown smaller.
timeline-heading = Timeline <span data-l10n-name="unit">(months)</span>
# Under the timeline's heading. Enter and Delete are keys on the keyboard.
timeline-hint = Drag the steps, or select one and use the arrow keys. Enter edits it; Delete removes it.
# The heading of the list of warnings about the order of the steps.
timeline-warnings-heading = Sequencing check

## Adding a step (a panel that folds open under the timeline)

palette-summary = Add a step
# Followed by a field holding a month number.
palette-month-label = New steps go in month

## "Suggest a better order" (a panel that folds open under the timeline)

suggest-summary = Suggest a better order
# “Risk and recovery together” is the first choice of suggest-aim-label's list (suggest-aim-score).
suggest-hint = The model tries other months for your steps, keeps the order that does best on your aim, then checks it on fresh simulated futures. It suggests nothing unless the gain is more than twice the noise. “Risk and recovery together” counts a point of economic recovery, averaged over the months, as half a point of risk.
# A list's label: what the search tries to do best on.
suggest-aim-label = Aim
suggest-aim-score = Risk and recovery together
suggest-aim-breakdown = Risk of breakdown alone
# Followed by a field holding a month number.
suggest-month-label = Risk of breakdown by month
# Followed by a field holding a month number.
suggest-not-before-label = Move no step before month
# Followed by a field holding a number of months.
suggest-gap-label = Months between relief steps, at least
# The label of a checkbox.
suggest-flags-label = It may also change whether a step waits for verified compliance, or is announced with published criteria
suggest-run-button = Search
suggest-cancel-button = Cancel

## The charts

# The charts' heading; charts-heading-futures follows it, smaller.
charts-heading = What might follow
# Follows charts-heading. $runs is how many simulated futures the charts summarise.
charts-heading-futures = in <span data-l10n-name="runs">{ $runs }</span> simulated { $runs ->
        [one] future
       *[other] futures
    }
# The legend of the lines drawn on every chart, for screen readers.
charts-shared-legend =
    .aria-label = Lines on every chart
# Keeps the charts' current lines as a dashed line to compare later changes with.
charts-pin-baseline = Pin as baseline
charts-matters-button = What matters most?
charts-doubt-legend =
    .aria-label = What model doubt adds to the charts
charts-loading = Loading the model…
# Shown when "Model doubt" is ticked. "The ranges" links to the model's documentation (in English).
charts-model-doubt-help = Model doubt runs every future again with the model's own numbers drawn from their plausible ranges. Dotted edges: where 8 in 10 futures fall then, luck and doubt together; the shaded range on the risk: how far the risk could move if the model's numbers are off. <a data-l10n-name="ranges">The ranges</a>.
charts-baseline-note = Bands: the middle half and 8 in 10 of the simulated futures; a figure in words comes with its middle half. The grey dashed line is the baseline: the scenario as the page opened. Pin the current one to compare later changes with it.
# A panel that folds open to show the charts' numbers as a table.
charts-table-summary = Table
charts-table-region =
    .aria-label = Table of the projection

## The selected step's editor

page-editor-heading = Selected step
page-editor-empty = Select a step on the timeline to change its month, its size, or how it is made.
page-editor-month-label = Month
page-editor-size-label = Size
page-editor-size-help = For relief: the share of all sanctions it lifts. For other steps: how far it goes.
# Which of the sanctioning parties (the "senders", e.g. US, EU) a step belongs to.
page-editor-sender-label = Sender
page-editor-sender-help = Which sanctioning party this is.
page-editor-expires-label = Expires after (months)
# Shown in the empty field: a step that never expires.
page-editor-expires-field =
    .placeholder = never
page-editor-expires-help = Empty: never. Otherwise the relief lapses that many months after it is given, unless verified compliance renews it.
# A checkbox's label: the word, then what it means in smaller, muted type.
page-editor-conditional = Conditional <span data-l10n-name="gloss">— waits until compliance has been verified</span>
# A checkbox's label: the word, then what it means in smaller, muted type.
page-editor-transparent = Transparent <span data-l10n-name="gloss">— announced with published criteria</span>
page-editor-delete = Delete this step

## Assumptions and the simulation's settings

page-assumptions-heading = Assumptions
page-assumptions-hint = What the simulated futures take for granted. Each is a number from 0 to 1.
# The sanctioning parties.
page-senders-legend = Senders
page-senders-help = Who imposes the sanctions. Leave empty for one sanctioning side. Name them to give each its own relief, e.g. US, EU, UN.
# The field where a reader types a new sender's name; the placeholder is an example of one.
page-new-sender =
    .placeholder = e.g. EU
    .aria-label = New sender
page-add-sender = Add sender
page-simulation-heading = Simulation
page-horizon-label = Months to project
page-horizon-help = Steps past the end move back to its last month.
page-runs-label = Simulated futures
page-runs-help = More futures give smoother bands but slower updates.
# The number that starts the random draws of the simulated futures.
page-seed-label = Seed
page-new-seed = New seed
page-seed-help = The same scenario and seed always give the same futures.
# A checkbox's label.
page-model-doubt-label = Model doubt
page-model-doubt-hint = Runs every future again with the model's own numbers drawn from their plausible ranges, to show how far the answer depends on them (twice the work).

## The footer

# The page's version (explorer-version) follows it.
page-footer = { brand-name } runs its model entirely in your browser; nothing you do here is sent anywhere. The numbers come from a simple model of trust, verification and breakdown, not from data about any real country.

## Dialogs and the editor as a sheet on a phone

# The button that closes a dialog.
dialog-close = Close
# On a phone the selected step's editor opens over the bottom of the screen; this button closes it.
sheet-done = Done
# The name screen readers give the editor while it covers the bottom of the screen.
sheet-label = Selected step, as a sheet over the page

## The first visit's invitation to drag a step (in place of timeline-hint)

# It should be about as long as timeline-hint.
invite-hint = New here? Drag the ringed step, or select it and use the arrow keys, and watch the charts.
# On a touch screen.
invite-hint-touch = New here? Drag the ringed step sideways with a finger, and watch the charts change.

## Limits: large scenarios, full lists and numbers out of range

# Under the charts' heading while a large scenario's futures are still being counted. $runs is how many there are in all.
limits-refining = Refining: counting all { $runs } simulated futures…
# $max is how many steps a scenario may have, $count how many this one has.
limits-steps-full = A scenario holds at most { $max } steps, and this one has { $count }. Remove one before adding another.
# $max is how many shocks a scenario may have, $count how many this one has.
limits-shocks-full = A scenario holds at most { $max } shocks, and this one has { $count }. Remove one before adding another.
# Under a number field whose entry was refused. $field is the field's name ("Simulated futures"); $min and $max the numbers allowed; $entry what the reader typed. $problem says what was wrong: "bad" (not a number), "empty" (nothing typed) or "out" (a number outside the range, or not whole).
limits-number-refused = { $problem ->
        [bad] { $field } must be a whole number from { $min } to { $max }; that is not a number.
        [empty] { $field } must be a whole number from { $min } to { $max }; it was left empty.
       *[out] { $field } must be a whole number from { $min } to { $max }; { $entry } is not.
    }
# As limits-number-refused, for a field that may be left empty. $empty says what an empty field means ("never").
limits-number-refused-optional = { $problem ->
        [bad] { $field } must be a whole number from { $min } to { $max }, or empty for { $empty }; that is not a number.
       *[out] { $field } must be a whole number from { $min } to { $max }, or empty for { $empty }; { $entry } is not.
    }
# Follows limits-number-refused: the field shows its last good number, $kept, again.
limits-number-kept = Kept { $kept }.
# Follows limits-number-refused-optional: the field is empty again. $empty says what that means ("never").
limits-number-kept-empty = Kept it empty ({ $empty }).

## When the model fails

# In the page's error box. The words between <strong> and </strong> are shown in bold; keep the tags. $detail is the browser's technical name for the failure (in English).
failure-model-stopped = <strong>The model stopped unexpectedly</strong> ({ $detail }). Your scenario is kept: reload the page to carry on from the last scenario that ran. The browser's console has a report for the project's issue tracker.
failure-reload = Reload

## A new version, installed while the page was open

offline-update-ready = A new version of { brand-name } is ready.
offline-update-reload = Reload to use it
