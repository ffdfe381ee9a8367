# The sentences the workshop's module writes: remarks for the facilitator, what a team
# changed, the ranking's rule and columns, the locks, and what is wrong with a typed
# code or a team added to the comparison. Written from the templates in Rust by
# `RELIEF_WRITE_CATALOGUE=1 cargo test -p relief-workshop --lib words`: edit them there.
# Translations keep every `{ $name }` and use no selectors or functions: the module
# puts the values in place itself, already written in the reader's digits.

workshop-list-separator = { ", " }
# Values: $init, $last
workshop-list-and = { $init } and { $last }
# Values: $text
workshop-quoted = “{ $text }”
workshop-lock-everything = Every step
workshop-lock-sanctioning = Only the sanctioning side's steps
workshop-lock-target = Only the target's steps
workshop-lock-confidence = Only confidence-building measures
workshop-lock-everything-inline = every step
workshop-lock-sanctioning-inline = only the sanctioning side's steps
workshop-lock-target-inline = only the target's steps
workshop-lock-confidence-inline = only confidence-building measures
workshop-lock-everything-description = Your team may move, add and remove any step. The shocks are the facilitator's.
workshop-lock-sanctioning-description = Your team plays the sanctioning side: it may move, add and remove relief steps, published criteria and snapback clauses. Everything else is fixed.
workshop-lock-target-description = Your team plays the target: it may move, add and remove compliance steps, political reforms and humanitarian access. Everything else is fixed.
workshop-lock-confidence-description = Your team designs the confidence building: it may move, add and remove monitoring, audits, committees, guarantees and the other confidence-building measures. Everything else is fixed.
workshop-changed-horizon = the horizon
workshop-changed-scenario = the starting scenario
workshop-changed-injects = the injects
# Values: $team, $teams
workshop-remark-unknown-team = “{ $team }” is not one of this exercise's teams ({ $teams }).
# Values: $months, $start
workshop-remark-changed-horizon = { $months } months projected instead of { $start }
workshop-remark-changed-assumptions = different assumptions
workshop-remark-changed-ensemble = a different ensemble (runs or seed)
# Values: $changes
workshop-remark-changed-settings = It changes what the facilitator set: { $changes }. Its numbers are not comparable with the other teams'.
# Values: $step, $month
workshop-remark-step-gone = { $step } at month { $month } was moved, changed or removed
# Values: $step, $month
workshop-remark-step-added = { $step } at month { $month } was added
workshop-remark-step-separator = { "; " }
# Values: $lock, $changes
workshop-remark-locked-steps = It changes steps the team's lock (“{ $lock }”) keeps fixed: { $changes }.
workshop-remark-shocks = It changes the shocks, which only the facilitator sets.
# Values: $step, $sender
workshop-change-step-sender = { $step } ({ $sender })
# Values: $shock
workshop-change-shock = The shock “{ $shock }”
# Values: $shock, $sender
workshop-change-shock-sender = The shock “{ $shock }” ({ $sender })
# Values: $sender
workshop-change-now-given-by = now given by { $sender }
# Values: $from, $to
workshop-change-resized = resized from { $from } to { $to }
workshop-change-made-conditional = made conditional on verified compliance
workshop-change-made-unconditional = made unconditional
workshop-change-now-published = now announced with published criteria
workshop-change-no-longer-published = no longer announced with published criteria
# Values: $months
workshop-change-now-lapses = now lapses after { $months } months unless verified compliance renews it
workshop-change-no-longer-lapses = no longer lapses
# Values: $sender
workshop-change-now-walking-out = now { $sender } walking out
# Values: $item, $from, $to
workshop-change-moved = { $item } moved from month { $from } to month { $to }
# Values: $item, $from, $to, $changes
workshop-change-moved-and-changed = { $item } moved from month { $from } to month { $to }, { $changes }
# Values: $item, $month, $changes
workshop-change-changed = { $item } at month { $month } { $changes }
# Values: $item, $month
workshop-change-removed = { $item } at month { $month } removed
# Values: $item, $month
workshop-change-added = { $item } added at month { $month }
# Values: $month
workshop-criterion-breakdown_risk = Breakdown risk by month { $month }
# Values: $month
workshop-criterion-trust = Trust at month { $month }
# Values: $month
workshop-criterion-economy = Economic recovery at month { $month }
# Values: $month
workshop-criterion-leverage = Leverage kept at month { $month }
workshop-criterion-breakdown_risk-short = Breakdown risk
workshop-criterion-trust-short = Trust
workshop-criterion-economy-short = Economic recovery
workshop-criterion-leverage-short = Leverage kept
workshop-criterion-breakdown_risk-inline = breakdown risk
workshop-criterion-trust-inline = trust
workshop-criterion-economy-inline = economic recovery
workshop-criterion-leverage-inline = leverage kept
# Values: $criterion, $weight
workshop-rule-weighted = { $criterion } × { $weight }
# Values: $weights, $total
workshop-rule = Ranked by a score out of 100: each of the four numbers as a share where more is better (1 − breakdown risk; trust, recovery and leverage as they are), weighted { $weights }, added up and divided by the weights' total of { $total }. ± is one standard error of the simulation's noise. A team whose score is within two standard errors of the team above it cannot be told apart from it and shares its place, marked “=”: tied within noise.
# Values: $score, $error
workshop-score = { $score } ± { $error }
# Values: $size
workshop-sequence-size = size { $size }
workshop-sequence-conditional = waits for verified compliance
workshop-sequence-transparent = published criteria
workshop-sequence-shock = Shock
workshop-code-typo = this code has a typo, or is not a whole team code; check it letter by letter with the team
# Values: $character
workshop-code-character = “{ $character }” is not in a team code, which has only digits and capital letters
workshop-code-newer = this code was made by a newer version of Relief Sequencer; open the team's link instead
workshop-code-other-exercise = this code is for another exercise, or another version of this one; add the team's link instead, which carries its exercise
# Values: $team, $teams
workshop-code-no-such-team = this code names team { $team } but the exercise has { $teams }
workshop-unnamed-team = Unnamed team
workshop-what-exercise = the exercise
workshop-what-team = the team's sequence
workshop-what-played = the exercise played
workshop-what-weights = the ranking's weights
# Values: $what
workshop-error-not-written-as-json = { $what } could not be written as JSON
# Values: $what
workshop-error-not-json = { $what } must be a JSON object or its text
workshop-starting-scenario = Starting scenario
# Values: $max, $team
workshop-error-too-many-teams = a comparison holds at most { $max } teams; remove one before adding “{ $team }”
workshop-error-team-without-name = every team in a comparison needs a name
# Values: $team
workshop-error-team-taken = a team called “{ $team }” is already in the comparison; remove it first to replace it
# Values: $team, $problems
workshop-error-played-unreadable = the exercise “{ $team }” handed back with could not be read: { $problems }
# Values: $title, $months, $horizon
workshop-error-other-exercise-horizon = it played another exercise, “{ $title }”, over { $months } months, and this comparison's exercise runs { $horizon } months; compare it on a device set up for its own exercise (open its hand-back there), or ask the team to play this exercise's link
# Values: $months, $horizon
workshop-error-other-horizon = it projects { $months } months but this comparison { $horizon }; every team must share the exercise's horizon
# Values: $team, $why
workshop-error-team-refused = “{ $team }”: { $why }
workshop-remark-unknown-version = It was handed back for another exercise, or for a version of this one whose inputs have since changed, and its hand-back does not carry the exercise it played; it is compared against this one. Ask the team to open this exercise's link and hand back again.
# Values: $changes
workshop-remark-earlier-version = It played an earlier version of this exercise: { $changes } changed since. Its numbers are from the version it played.
workshop-remark-its-inputs = its inputs
# Values: $first, $second, $given
workshop-error-team-series = the teams' trust line is { $first } or { $second }, not { $given }
# Values: $problems
workshop-error-weights = The ranking's weights: { $problems }
# Values: $chart
workshop-error-unknown-chart = unknown chart { $chart }
# Values: $index
workshop-error-no-such-team = there is no team { $index }
