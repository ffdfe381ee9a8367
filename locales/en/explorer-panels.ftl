### The panels beside the timeline and the dialogs that explain the charts: the words their scripts make.

## The "Add a step" palette beside the timeline.

# The field's name at the start of a sentence that refuses a bad value:
# "The month for new steps must be a whole number from 0 to 47; -3 is not. Kept 0."
palette-month-field = The month for new steps

## The editor of the selected step or shock ("Selected step").

# The month field's name at the start of a sentence that refuses a bad value:
# "Month must be a whole number from 0 to 47; 60 is not. Kept 6."
editor-month-field = Month
# The expiry field's name at the start of a sentence that refuses a bad value:
# "Expires after (months) must be a whole number from 1 to …, or empty for never; …"
editor-expires-field = Expires after (months)
# What leaving the expiry empty means, placed in "…, or empty for never; …" and "Kept it empty (never)".
editor-expires-empty = never
# Beside the selected item's name, when it is a shock.
editor-actor-shock = (shock)
# Beside the selected step's name: who takes it. $actor is the actor's name from the model
# ("sanctioning side", "target").
editor-actor = ({ $actor })
# Under the sender menu, for a step of relief.
editor-sender-help-relief = Which sanctioning party gives this relief.
# Under the sender menu, for the shock in which a sender walks out of the deal.
editor-sender-help-withdrawal = Which sanctioning party walks out.
editor-delete-step = Delete this step
editor-delete-shock = Delete this shock

## The assumptions: the model's settings, the simulation, and the scenario's senders.

# Beside the horizon slider. $months is the number of months the scenario runs.
assumptions-horizon-value =
    { $months ->
        [one] { $months } month
       *[other] { $months } months
    }
# The field's name at the start of a sentence that refuses a bad value:
# "Simulated futures must be a whole number from 1 to 100,000; 0 is not. Kept 1,000."
assumptions-runs-field = Simulated futures
# The random seed's field name, at the start of a sentence that refuses a bad value:
# "Seed must be a whole number from 0 to …; -4 is not. Kept 7."
assumptions-seed-field = Seed
# The name a screen reader gives each sender's text field. $number counts from 1.
assumptions-sender-field = Sender { $number }
# The button beside each sender. Its aria-label names the sender the reader typed ($name).
assumptions-sender-remove = Remove
    .aria-label = Remove { $name }
assumptions-senders-too-many = A scenario has at most { $max } senders; remove one before adding another.
# "EU" is an example of a short name for a sanctioning party.
assumptions-sender-name-empty = A sender needs a name, such as “EU”.
# $max is the longest a name may be; $count is the length of the name typed.
assumptions-sender-name-too-long = A sender’s name has at most { $max } characters, and that one has { $count }.
# $name is the name the reader typed.
assumptions-sender-name-taken = “{ $name }” is already a sender; give each sender its own name.
# Follows a refused new name for a sender: the old name ($name) stays.
assumptions-sender-kept = Kept “{ $name }”.
# A sender cannot be removed while steps name it. $users lists them (see the next messages).
assumptions-sender-still-used = “{ $name }” is still the sender of { $users }.
# One step or shock in that list: its name from the model, and its month.
assumptions-sender-user = { $step } (month { $month })
# The end of a long list, in place of the rest: "Sectoral easing (month 6), Travel easing (month 9), Asset unfreezing (month 12) and 3 more".
assumptions-sender-users-more = { $count } more
# The list's last two parts: $first is the earlier items joined by the separator below.
assumptions-sender-users = { $first } and { $last }
# Between the items of a list, before the last two.
assumptions-list-separator = { ", " }
# Said when removing the first of several senders: steps naming no sender belong to it.
assumptions-sender-implied = A step that names no sender is the first sender’s.
# "Selected step" is the name of the panel where a step's sender is chosen.
assumptions-sender-choose-another = Choose another sender for them under Selected step, then remove it.

## "Why?": the dialog that ranks what moved a series at a month, and the buttons that open it.

# The name of the breakdown risk in the dialog's menu of series (the other names come from the model).
why-series-backsliding-risk = Risk of breakdown
why-dialog-title = Why?
# The dialog's two fields read as a phrase: "Explain [Trust in the target] at month [30]".
why-series-label = Explain
why-month-label = at month
why-result =
    .aria-label = The explanation
# The legend of the bars, beside their two colours: what a step or shock did to the value.
why-legend-down = lowered it
why-legend-up = raised it
# The button under each chart. Its full name, heard by screen readers, is made of this message,
# then the month it would explain (one of the next two), then why-button-explain:
# "Why? month 30: explain trust in the target". Keep it short: it sits in a chart's caption.
why-button = Why?
why-button-at-end = end
why-button-at-month = month { $month }
# Heard only by screen readers, after the words on the button. $series is a series' name from
# the model, in lower case ("trust in the target"), or "these values".
why-button-explain = : explain { $series }
# $horizon is the last month of the scenario; $month is the month kept.
why-month-error = Month must be a whole number from 0 to { $horizon }; kept month { $month }.
# The explanation's first sentence, when the month is the scenario's end. $series is the
# series' name from the model ("Trust in the target"); $value and $bare are figures already
# written out ("42%", "0.61"): with every step and shock, and with none.
why-lead-at-end = { $series } at the end (month { $month }) is { $value } on average across the simulated futures; with no steps and no shocks at all it would be { $bare }.
# The same, at any other month.
why-lead-at-month = { $series } at month { $month } is { $value } on average across the simulated futures; with no steps and no shocks at all it would be { $bare }.
# Introduces the ranked list below it.
why-lead-ranking = What moved it, largest effect first:
# In place of the list, at month 0 or when the scenario has no steps and no shocks.
why-none-yet = Nothing yet: no step or shock had moved it noticeably by then.
why-none = No step or shock moved it noticeably by then.
# A change in percentage points; $change is a signed figure already written out ("+3.1", "−0.25").
why-points = { $change } points
# The note under the list. $runs is how many simulated futures were run.
why-note-method = Each bar is what one step or shock did: it was taken out and the same { $runs } futures run again without it.
# $change is a signed figure ("+0.12", "−3.1 points"); $bare and $value as in the first sentence.
why-note-together = All the steps and shocks together moved it by { $change }, from { $bare } with none of them to { $value }.
why-note-adds-up = Steps work together, so the bars need not add up to the whole: here they do.
# $sum is what the bars add up to and $rest the remainder, both signed figures ("+0.12", "−3.1 points").
why-note-interaction = Steps work together, so the bars need not add up to the whole: here they come to { $sum }, and the other { $rest } comes from steps acting on one another.
# When the scenario is large, fewer futures are run: $runs of its $total.
why-note-estimate = To answer quickly it used { $runs } of the scenario's { $total } futures, so the figures are a close estimate.

## "How the model works": the dialog with a paragraph on each mechanism behind the charts,
## each linking to its section of the model document (model.html, in English).

how-dialog-title = How the model works
how-lead = A simple model of trust, verification and breakdown, drawn from the research on sanctions and cooperation. Each part in a paragraph:
# A link to the whole model document, which is in English; the next message follows it in the same sentence.
how-doc-link = Read the whole model document
# Follows the link above: "Read the whole model document (equations, parameters and sources)."
how-doc-link-contents = (equations, parameters and sources).
# A link at the end of each paragraph to its section of the model document. Its aria-label
# names the paragraph: $title is the paragraph's title.
how-more = More in the model document
    .aria-label = { $title }: more in the model document
# A small button in each chart's caption that opens this dialog at the chart's mechanism. Keep it
# short. Its aria-label names the chart: $chart is the chart's title from the model.
how-chart-button = How it works
    .aria-label = How it works: { $chart }

## The mechanisms, in the order the dialog shows them: a title, then one paragraph.

# Each paragraph below explains one mechanism of the model in plain words, under its title.
# The model document it links to is in English. "8 in 10" and "the middle half" name the
# bands drawn around each chart's line.
how-futures-title = Many possible futures, not one forecast
how-futures = Each chart shows what happens across many simulated futures (1,000 unless you change it). In every one, the target is secretly either a reformer that means to comply or a spoiler that does not, and nobody in the model can see which. Month by month, chance decides whether the target breaks a promise, whether monitors notice, and whether the process survives. The line is the middle future; the bands hold the middle half and 8 in 10 of them. It is an illustration of how sequences tend to play out under the assumptions you set, not a forecast of any real case.

how-trust-title = Trust is a belief, updated by evidence
how-trust = Trust in the target is the sanctioning side's belief that the target is a reformer. Every month it weighs what it saw, a flag from the monitors or a clean month, by how likely that would be from a reformer and from a spoiler (Bayes' rule). A clean month under good verification raises trust a little; a flag lowers it. Without verification, flags are just rumours, as likely after good behaviour as bad, so nothing is learned and trust stays where it started.

how-verification-title = Verification is signal detection
how-verification = Monitors catch a real violation only some of the time (the hit rate) and sometimes raise a flag when nothing happened (a false alarm). Independent monitoring raises how much verifiers see; audits, joint committees, published criteria and information exchange weed out false alarms. Better verification does two things: it makes clean months count as evidence, and it makes a spoiler's violations likely to be seen.

how-signals-title = Costly steps are signals
how-signals = A target that does not mean it will fake a promised step when faking is cheap and the step unlocks relief, and skip it when a fake is likely to be exposed. A sincere target takes it. So a step moves trust only as far as it could have been exposed: a costly step under verification, or announced openly where the press can check it, separates the two kinds of target; a gesture nobody can check buys almost nothing.

how-strategy-title = A target that does not mean it plays for the relief
how-strategy = A target that does not mean to comply still behaves while relief is promised and leverage is held, and cheats more once the last tranche is out (the end-game). Verification it believes in, and a reimposition it expects, hold it back. Cheating nobody sees may still come to light later, through audits, monitors or watchdogs.

# "reneging at home" is the name of an assumption the reader sets (its label comes from the model).
how-party-title = The sanctioning side has its own politics
how-party = The sanctioning side takes relief back at its own discretion when its trust falls low, and a new government or legislature may walk out (the "reneging at home" assumption), likelier when the deal has cost it support. With several senders, one walking out takes back only its own relief, and its secondary sanctions chill the others'. Relief that expires lapses unless verified compliance renews it.

how-outcomes-title = Four ways a future can turn out
how-outcomes = Each month every simulated future is in one of four states: the deal holds; a target that does not mean it keeps relief while its cheating goes unseen; its cheating was caught and relief reimposed or held back (verification doing its job); or the deal collapsed without cheating being proven. The trust chart splits the same futures by whether the target means it.

how-noise-title = Noise and forgiveness
how-noise = When a flag goes up, the sanctioning side reacts with a probability that depends on how strict it is (the generosity assumption) and on how likely it thinks the flag is real. Reacting to a false alarm punishes a target that did nothing, which costs the target's trust in the process. Some forgiveness keeps honest errors and false alarms from unravelling a deal, as in Axelrod's work on cooperation under noise; too much lets a spoiler get away with violations.

how-conditional-title = Conditional steps and review periods
how-conditional = A conditional step waits, at or after its month, until the sanctioning side has seen a review period of verified clean months in a row: four, or two when published criteria say what counts. Any flag restarts the count. Each release opens a new review period for the next stage. With no verification step at all, conditional relief never comes; relief that is held back after it was earned slowly wears down the target's trust.

how-target-trust-title = The target's trust
how-target-trust = The target, too, has to believe that relief, once promised, will come and stay. Its trust grows when relief arrives on time, more when it is announced openly or backed by a guarantor, and falls when earned relief is withheld, when it is punished for a violation it did not commit, when leadership changes on the sanctioning side, and when the process breaks down. A target that expects relief to be taken back anyway has less reason to comply.

how-leverage-title = Leverage
how-leverage = Leverage is the pressure not yet relieved, plus the part of the relief already given that a credible snapback could take back. Every step of relief spends some of it, so front-loading relief spends it early. A snapback clause keeps some leverage only as far as verification could detect the violation that would trigger it. Leverage matters because it deters a spoiler whose economy depends on the sanctioned channels.

how-economy-title = The economy: fast and slow channels
how-economy = Each kind of relief opens an economic channel. Fast channels, such as a reopened export sector or released assets, pay off within months. The slow channel, banking and payments, pays off over years, at a speed set by investors' confidence: published criteria, the target's trust, guarantees and the sanctioning side's political room raise it; a snapback with no published criteria and any breakdown lower it. Humanitarian relief and travel bring visible everyday benefits.

how-legitimacy-title = Legitimacy
how-legitimacy = Public support for the process in the target society drifts each month towards a level set by what people can see: humanitarian relief and access, reforms, grievance redress, civil society's voice and economic recovery raise it; strong hardliners, hardship, announced relief that has not come, tension and breakdown lower it, and so do outside sponsors so heavily involved that their role reads as paternalism.

# “Tactical theater” quotes the phrase critics of unverified relief use; keep it in quotation marks.
how-capital-title = Political capital and “tactical theater”
how-capital = The sanctioning side needs room at home to keep going. Verified compliance builds it. Relief given where nothing verifies it reads at home as tactical theater, and the cost grows faster than the amount: a little is tolerated, a lot is not. As verified clean months pile up, that unverified relief stops counting against it. Low political capital raises the risk of breakdown and makes investors more cautious.

how-hazard-title = The risk of breakdown
how-hazard = Each month an intact process may break down: a walk-out, a reversal, the collapse of the deal. The monthly chance rises with distrust on both sides, with spoilers (hardliners facing a public that does not support the process, amplified by neighbours and by uncertainty about the target), with lost political capital and with recent shocks, and falls with guarantees. A snapback that fires, proven cheating while relief is in force, or relief lapsing with none left also end it. Talks may resume later, with the trust that is left. The risk chart shows the share of futures broken down at least once so far, and the bars the chance of a first breakdown in each month.

how-shocks-title = Shocks
how-shocks = Shocks strike in their month: a spoiler attack raises tension and costs support and political capital; a leadership change on the sanctioning side cuts the target's trust and political capital; a regional crisis raises tension, more where neighbours react strongly; an economic shock knocks recovery and support back for a while. Tension fades over a month or two, but a breakdown it triggers does not.

# “Model doubt” is the label of a tick box in the "Simulation" section of the page; use the
# same words as that box and that section.
how-doubt-title = How sure is the model of itself?
how-doubt = The bands show luck: how one sequence plays out across many futures. The model's own numbers, how often monitors miss a violation or how fast trust moves, are judgment within ranges the model document gives. Tick “Model doubt” under Simulation and every future is run again with those numbers drawn from their ranges: dotted lines mark where 8 in 10 futures then fall, and a shaded range on the risk of breakdown shows how far the risk could move if the numbers are off. Luck usually moves a single future more than the model's doubt does; the risk of breakdown is where the doubt shows.

## "Suggest a better order": the search for better months for the steps, and its answer.

# The three fields' names, each at the start of a sentence that refuses a bad value
# (suggest-field-invalid, suggest-field-empty).
suggest-field-month = The month the risk is read at
suggest-field-not-before = The month no step moves before
suggest-field-gap = The months between relief steps
# $field is one of the names above; $horizon the scenario's last month; $value what was typed.
suggest-field-invalid = { $field } must be a whole number from 0 to { $horizon }; { $value } is not.
suggest-field-empty = { $field } must be a whole number from 0 to { $horizon }; it was left empty.
# $reason says what went wrong, in words from the model.
suggest-failed = No suggestion could be made: { $reason }
suggest-failed-unexpectedly = No suggestion could be made: the search stopped unexpectedly.
# Said to screen readers when the reader cancels the search.
suggest-cancelled = Search cancelled.
# The search's progress, before any order has been tried, then with $count orders tried so far.
suggest-searching = Searching…
suggest-searching-tried =
    { $count ->
        [one] Searching: { $count } order tried…
       *[other] Searching: { $count } orders tried…
    }
# Over the list of moves the suggestion makes; the timeline shows each as a dashed outline.
suggest-changes-heading = What it changes (dashed on the timeline):
# Over the list of what the suggestion does to three outcomes, on simulated futures not used in the search.
suggest-outcomes-heading = On the same fresh futures:
# Buttons: apply the suggested order to the scenario, or dismiss it.
suggest-use = Use this order
suggest-keep = Keep mine
# Said to screen readers after "Keep mine".
suggest-kept = Kept your order.
# Said to screen readers when a suggestion is shown: $result is the model's sentence on the
# suggestion, and $moves the moves it makes, joined by the separator below.
suggest-announce = { $result } { $moves }.
suggest-move-separator = { "; " }
# Said to screen readers after "Use this order".
suggest-used = Used the suggested order. Undo takes it back.
# Said to screen readers when a change to the scenario stops a search under way.
suggest-stopped = The search stopped: the scenario changed.

## "What matters most?": the dialog that ranks the factors an outcome depends on, as a tornado chart.

analysis-dialog-title = What matters most?
analysis-intro = Each assumption, and each step's month and size, is swung across its whole range with everything else as written, on the same simulated futures. The longer its bar, the more the outcome depends on it.
# The fields read as a phrase: "Outcome [Risk of breakdown by month] month [48]".
analysis-outcome-label = Outcome
analysis-outcome-breakdown = Risk of breakdown by month
analysis-outcome-trust = Trust in the target at the end
analysis-outcome-recovery = Economic recovery at the end
analysis-month-label = month
# Buttons. "Run again" replaces "Run" once it has run.
analysis-run = Run
analysis-run-again = Run again
analysis-cancel = Cancel
# The progress bar's label.
analysis-progress-label = Swinging the factors
analysis-download-svg = Download SVG
analysis-download-png = Download PNG
# Opens the table under the chart.
analysis-table-summary = Table of every bar
# The name a screen reader gives the table's scrolling box.
analysis-table-region = Table of what matters most
# The status line after Cancel.
analysis-cancelled = Cancelled.
# $horizon is the scenario's last month.
analysis-month-error = Month: must be a whole number from 0 to { $horizon }, the scenario's horizon.
analysis-running = Running…
# $done of the $total factors have been swung so far.
analysis-progress = { $done } of { $total } factors swung…
# $reason says what went wrong (from the model, or analysis-worker-failed).
analysis-failed = What matters most could not be worked out: { $reason }
analysis-worker-failed = the worker failed
# The summary under the dialog's chart, in sentences. First the outcome as the scenario is
# written: $outcome is the model's description of it, capitalised ("The risk of breakdown by
# month 48"), and $value a figure already written out ("12.5%", "0.61").
analysis-summary-as-written = { $outcome } is { $value } as written.
# One of the factors that matter most: $factor is its name from the model; $low and $high the
# outcome with the factor at either end of its range ("12.5%"). Used in the next messages.
analysis-summary-factor = { $factor } ({ $low } at its low end, { $high } at its high end)
analysis-summary-none = No factor moves it by more than the noise of the simulated futures.
# $first is one factor (analysis-summary-factor).
analysis-summary-one = What matters most is { $first }.
# $first is the top factor and $rest the next one or two, joined by analysis-summary-separator.
analysis-summary-many = What matters most is { $first }; then { $rest }.
analysis-summary-separator = { ", and " }
# $noise of the $total factors move the outcome less than chance does.
analysis-summary-noise = { $noise } of the { $total } factors are within noise, drawn faded below the rest.
# Added when the scenario has changed since the ranking was run.
analysis-summary-changed = (This is the scenario as it was when you ran it; run again for the one now.)
# The status line once done; $count factors were ranked.
analysis-done = Done: { $count } factors ranked.
# Said to screen readers once done.
analysis-done-announce = What matters most: ranked { $count } factors.
# The chart's legend: the colours of a bar's two ends, and of factors within noise.
analysis-legend-low = at the low end of its range
analysis-legend-high = at the high end
analysis-legend-noise = within noise (faded, hatched)
# The chart's name for screen readers. $outcome is the model's description of the outcome
# ("the risk of breakdown by month 48").
analysis-canvas-label = What matters most for { $outcome }: a bar a factor, described below the chart
# The table's caption. $outcome as above; $value the outcome as written ("12.5%").
analysis-table-caption = What matters most for { $outcome }, as written { $value }
# The table's column headings: the factor, the two ends of its range, the outcome at each
# end, its effect with its standard error, and whether it is within noise.
analysis-column-factor = Factor
analysis-column-low = Low end
analysis-column-high = High end
analysis-column-at-low = Outcome at low
analysis-column-at-high = Outcome at high
analysis-column-effect = Effect ± s.e.
analysis-column-noise = Within noise
# A step's month at one end of its range, in the table.
analysis-month = month { $month }
# A factor's effect ($effect, signed) and its standard error ($error), in the table: "+3.1 points ± 0.4 points".
analysis-effect = { $effect } ± { $error }
# A difference in percentage points; $size is a figure already written out ("3.1", "+3.1").
analysis-points = { $size } points
# Whether a factor is within noise, in the table's last column.
analysis-noise-yes = yes
analysis-noise-no = no
# Said to screen readers after a download; $file is the file's name.
analysis-saved = Saved { $file }.
# $reason says what went wrong, from the browser.
analysis-save-failed = The figure could not be saved: { $reason }
