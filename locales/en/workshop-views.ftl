### The workshop page's facilitator views: a team's hand-back received, Compare and its
### ranking, Play and its presenter window, and the debrief with the model's own suggestion.
### Step, shock and chart names, the checker's remarks, the numbers' readings and the
### ranking's rule come from the model and arrive already in the reader's language.

## A team's hand-back, opened from its link on any device

# The page's title when the hand-back does not name its exercise.
ws-received-untitled = Workshop exercise
# The view's heading. $team is the team's name, as the team typed it.
ws-received-heading = { $team } handed back its sequence
# $reason says what is wrong with the link, in a sentence with no full stop.
ws-received-link-failed = { $reason }. Ask the team for its link again.
# The first sentence under the heading. $title is the exercise's title, as its author typed it.
ws-received-for = For the exercise “{ $title }”.
# After ws-received-for, when this device has no teams yet: adding the team sets its exercise up.
ws-received-adopt = This device has no teams yet: adding the sequence sets the exercise up here, from the copy its link carries.
# After ws-received-for, when this device compares the teams of another exercise.
ws-received-other = This device compares another exercise; the sequence is compared against the exercise it played, which its link carries.
# After ws-received-for, when the link does not say which exercise the team played.
ws-received-unknown = Its link does not carry its exercise, and this device has another one set up (or none), so it is compared without the exercise's injects.
# The view's main button, when adding the team also sets its exercise up on this device.
ws-received-add-adopt = Set up this exercise here and add the sequence
ws-received-add = Add to the comparison on this device
# $reason is the model's explanation.
ws-received-project-failed = This sequence could not be projected: { $reason }
# Said to screen readers once the team is added. $title is the exercise's title.
ws-received-now-facilitates = This device now facilitates “{ $title }”.
ws-received-added = { $team } was added to the comparison.
ws-received-replaced = { $team }'s earlier sequence was replaced.
# $reason is the model's explanation.
ws-received-add-failed = { $team } could not be added: { $reason }

## A team's sequence as a list, on the hand-back, in the debrief and in the model's suggestion:
## "Month 6 Sectoral easing (sanctioning side), conditional — news: “Elections…”"

ws-received-month = Month { $month }
# After the step's name (from the model). $who is who takes it (from the model, or the name
# of a sanctioning party as the reader typed it), $detail how it is taken (from the model).
ws-received-item-detail = { " " }({ $who }), { $detail }
# After a shock that is a piece of news. $headline is the news as the exercise's author typed it.
ws-received-item-news = { " " }— news: “{ $headline }”
# Tags before a step or shock a team changed from the exercise's start; they print in black
# and white, so the word carries the meaning. Keep them very short.
ws-received-tag-moved = Moved
ws-received-tag-added = Added
ws-received-tag-changed = Changed

## Compare: the teams' hand-backs, their charts over each other, and the ranking

# The name a screen reader gives each chart. $title and $description come from the model.
ws-compare-chart = { $title } of every team compared. { $description } The ranking table below gives the numbers.
# Whose lines the legend names first, when no sequence is in focus.
ws-compare-starting-scenario = Starting scenario
# $reason is the browser's or the model's explanation.
ws-compare-draw-failed = The charts could not be drawn: { $reason }
# Beside a team in the list of teams compared.
ws-compare-cannot-compare = cannot be compared
# Beside a team in the list of teams compared: how many remarks the sequencing check made.
ws-compare-remarks =
    { $count ->
        [one] { $count } remark
       *[other] { $count } remarks
    }
# Read by screen readers for a team's short code. $code is spelled out a character at a time
# ("6 F T W - G 0 G 9").
ws-compare-team-code = { $team }'s code: { $code }
# The button beside each team; the screen readers' name says which team it removes.
ws-compare-remove = Remove
    .aria-label = Remove { $team } from the comparison
ws-compare-removed = { $team } was removed from the comparison.
# $problem is the model's first line about the set-up's problems.
ws-compare-setup-problems = The exercise's set-up has problems, so the teams are compared without its starting scenario and injects: { $problem }
# A line pasted into the box that could not be read. $reason is the model's explanation.
ws-compare-line-problem = Line { $line }: { $reason }
# A file that could not be read. $file is its name; $reason the browser's or the model's explanation.
ws-compare-file-problem = { $file }: { $reason }
# $size is the file's size in kilobytes.
ws-compare-file-too-big = { $file }: it is { $size } KB; a team's file is a few KB
# Said to screen readers. $teams are the teams' names, joined by ws-compare-name-separator.
ws-compare-added = Added to the comparison: { $teams }.
ws-compare-name-separator = { ", " }

## Compare: the ranking's weights

# Said to screen readers when the facilitator restores the default weights.
ws-compare-weights-reset-done = The weights are back to their defaults.
# $criterion is one of the four numbers' names, from the model; $max is the largest weight.
ws-compare-weight-invalid = { $criterion }: give a weight from 0 to { $max }.
ws-compare-weights-all-zero = Every weight is 0: give at least one of the four numbers a weight above 0.
# Said to screen readers when a weight changes, before ws-compare-ranking-first.
ws-compare-ranking-follows = The ranking follows the new weights.
# Said to screen readers: the teams now first ($teams, joined by ws-compare-name-separator);
# $count is how many share the first place.
ws-compare-ranking-first =
    { $count ->
        [one] First: { $teams }.
       *[other] First: { $teams }, tied within noise.
    }
# $reason is the model's explanation of why the weights kept could not be read.
ws-compare-weights-unreadable = { $reason } The default weights are used instead.

## Compare: the ranking table (also on the debrief's summary)

ws-compare-ranking-empty = The ranking appears once teams have handed back their sequences.
# A place in the ranking: 1st, 2nd, 3rd, 4th… $ordinal is the place's category among the
# language's ordinals (one, two, few, many or other, by the Unicode plural rules for ordinals;
# English: 1st one, 2nd two, 3rd few, 4th other); use the categories your language has.
ws-compare-place =
    { $ordinal ->
        [one] { $place }st
        [two] { $place }nd
        [few] { $place }rd
       *[other] { $place }th
    }
# A place shared with other teams whose scores are within the noise of the simulation: "=2nd".
# $place is the place as ws-compare-place writes it.
ws-compare-place-tied = ={ $place }
# What a screen reader hears in place of "=2nd". $place is as ws-compare-place writes it.
ws-compare-place-tied-spoken = { $place }, tied within noise
# After one of a team's four numbers: its place on that number ($place, as ws-compare-place
# writes it), in brackets.
ws-compare-number-place = { " " }({ $place })
# The table's caption. $rule is the model's sentence on how the score is made.
ws-compare-ranking-caption =
    { $count ->
        [one] { $count } team.
       *[other] { $count } teams.
    } { $rule } Each of the four numbers is the median of the simulated futures (the share of them, for breakdown risk); the team's place on it is in brackets.
# The table's column headings.
ws-compare-col-place = Place
ws-compare-col-team = Team
ws-compare-col-score = Score out of 100 (± one standard error)
# A column of one of the four numbers. $criterion is its name, from the model; $weight the
# weight the facilitator gave it.
ws-compare-col-criterion =
    { $better ->
        [lower] { $criterion } (lower is better; weight { $weight })
       *[higher] { $criterion } (higher is better; weight { $weight })
    }
ws-compare-col-check = Sequencing check

## Play: the teams' sequences unrolled month by month in front of the room

# The name a screen reader gives each chart. $title and $description come from the model.
ws-play-chart = { $title }, drawn up to the month being played. { $description }
# The full-screen button. Keep them short.
ws-play-fullscreen = Full screen
ws-play-leave-fullscreen = Leave full screen
ws-play-nothing = There is nothing to play yet: fix the exercise's set-up or add a team's sequence.
# $reason is the browser's or the model's explanation.
ws-play-draw-failed = The charts could not be drawn: { $reason }
# Under the month being played.
ws-play-next-news = Next news: month { $month }
ws-play-end = The end of the timeline
ws-play-no-more-news = No more news
# The play button. Keep them short.
ws-play-play = Play
ws-play-pause = Pause
ws-play-again = Play again
# The name a screen reader gives a team's row of steps. $team is the team's name.
ws-play-team-steps =
    .aria-label = { $team }: steps taken so far
# A step's mark on a team's row: its tooltip. $step is the step's name, from the model.
ws-play-step = Month { $month }: { $step }
# Read by screen readers before the step's name on its mark; keep the space at the end.
ws-play-step-month = Month { $month }:{ " " }
# On the row of a team that takes no steps.
ws-play-no-steps = No steps
# Said to screen readers at the end of the timeline. $summary is the model's sentence on the
# numbers then.
ws-play-ended = The end: month { $month }. { $summary }
# Above the headline of a piece of news, on the full screen that shows it.
ws-play-inject-kicker = Month { $month } · News
# Under the headline: what the news does in the model. $shock is the shock's name (from the
# model, in lower case), $size its size from 0 to 1, $explanation the model's explanation.
ws-play-inject-shock = In the model: { $shock }, size { NUMBER($size, minimumFractionDigits: 2, maximumFractionDigits: 2) }. { $explanation }
ws-play-popup-blocked = The browser blocked the presenter window. Allow pop-ups for this site, or open workshop.html#presenter in another window on this computer.
# Said to screen readers.
ws-play-presenter-open = The presenter window is open; it follows this one.
# $reason is the browser's explanation.
ws-play-fullscreen-failed = Full screen is not available here: { $reason }

## The presenter window: the facilitator's notes beside the projector

# The page's title in the presenter window, alone or with the exercise's title ($title).
ws-presenter-title = Presenter notes
ws-presenter-title-of = Presenter notes: { $title }
ws-presenter-no-channel = This browser cannot link two windows (no BroadcastChannel); use the play view's own buttons.
ws-presenter-no-answer = No projector window answered. Open the workshop's Play view in another window on this computer; this window follows it.
# What the projector window is doing.
ws-presenter-following =
    { $state ->
        [playing] Following the projector window: playing.
        [showing] Following the projector window: showing news.
       *[paused] Following the projector window: paused.
    }
ws-presenter-elsewhere = The projector window is open but not on its Play view.
ws-presenter-month = Month { $month } of { $horizon }
# $sequence is the name of the sequence played: a team's, or the starting scenario.
ws-presenter-playing = Playing: { $sequence }
# The play button. Keep them short.
ws-presenter-play = Play
ws-presenter-pause = Pause
# Above the news the projector shows now.
ws-presenter-on-screen = On screen now
ws-presenter-no-text = (No text for this inject.)
ws-presenter-news-shown = The news of this month has been shown.
ws-presenter-no-news = No news this month.
# Above the next piece of news: its month, and how many months away it is.
ws-presenter-next-month =
    { $months ->
        [one] Month { $month } (in { $months } month)
       *[other] Month { $month } (in { $months } months)
    }
# Under the next piece of news: how many more follow it.
ws-presenter-then-more = Then { $count } more.
ws-presenter-ended = The timeline has ended: time for the debrief.
ws-presenter-no-more = No more news before the end.
# In the list of every piece of news.
ws-presenter-inject-month = Month { $month }
# After a piece of news in the list: whether the room has seen it.
ws-presenter-inject-state =
    { $state ->
        [past] { " " }(shown)
        [showing] { " " }(on screen now)
       *[upcoming] { " " }(to come)
    }
ws-presenter-no-injects = This exercise has no news injects.

## The debrief: a summary page, then a printable page per team

# $reason is the model's explanation.
ws-debrief-failed = The debrief could not be made: { $reason }
# A chart's description for screen readers. $title and $description come from the model;
# $team is a team's name.
ws-debrief-chart-team = { $title } for { $team }. { $description }
ws-debrief-chart-all = { $title } for every team. { $description }
# The summary's title. $title is the exercise's title.
ws-debrief-summary-title = Summary of “{ $title }”
ws-debrief-summary-untitled = Summary of “the workshop exercise”
# Under the summary's title. $date is today's date, written out.
ws-debrief-date = Debrief of { $date }.
ws-debrief-teams-compared =
    { $count ->
        [one] { $count } team compared.
       *[other] { $count } teams compared.
    }
ws-debrief-disclaimer = An illustration, not a forecast: the numbers come from a simple model of trust, verification and breakdown.
ws-debrief-news-heading = The news the teams faced
# A piece of news. $headline is as the exercise's author typed it.
ws-debrief-inject = Month { $month }: { $headline }
ws-debrief-no-injects = No news injects.
ws-debrief-ranking-heading = Ranking
# In the summary's ranking, in place of a team's remarks.
ws-debrief-remarks-elsewhere =
    { $count ->
        [one] { $count } remark: see the team's page.
       *[other] { $count } remarks: see the team's page.
    }
ws-debrief-no-teams = No team has handed back a sequence yet: add them in Compare.
ws-debrief-overview-heading = Every team over the starting scenario
# Under a team's name: what its lock let it change. $lock comes from the model, in lower case.
ws-debrief-could-change = Could change: { $lock }.
ws-debrief-overall-place = Overall place
# $place is the team's place as the ranking shows it ("=2nd"); $count is how many teams.
ws-debrief-place-of = { $place } of { $count }
ws-debrief-check-heading = Sequencing check
ws-debrief-sequence-heading = The sequence
ws-debrief-changes-key = Steps and shocks the team changed are marked “{ ws-received-tag-moved }”, “{ ws-received-tag-added }” or “{ ws-received-tag-changed }”.
ws-debrief-changes-heading = What this team changed from the start
ws-debrief-unchanged = Nothing: this team kept every step and shock where the exercise started it.
# One of the team's changes. $change is the model's description of it.
ws-debrief-change = { $change }.

## The debrief's "What the model would have suggested"

ws-suggest-heading = What the model would have suggested
# The two sequences the suggestion compares, in its table.
ws-suggest-start = The starting scenario
ws-suggest-suggested = The model's suggestion
ws-suggest-unavailable = The exercise's set-up has problems, so there is nothing to search yet: fix them in Set up.
# What the search aims at, when the ranking weighs breakdown risk alone.
ws-suggest-about-risk = The model tries other months for the starting scenario's steps, with the exercise's news, aiming at the risk of breakdown by month { $month }, which is all the ranking weighs.
# What the search aims at otherwise: breakdown risk less $ratio times the recovery. $weighed is
# "yes" when the ranking weighs both, at $economy to $risk. $left names the numbers the ranking
# weighs that the search cannot aim at: "none", "trust", "leverage" or "both".
ws-suggest-about-score =
    The model tries other months for the starting scenario's steps, with the exercise's news, aiming at the risk of breakdown by month { $month } less { $ratio } times the economic recovery averaged over the months{ $weighed ->
        [yes] { " " }(the ranking weighs recovery { $economy } to risk's { $risk })
       *[no] { "" }
    }{ $left ->
        [trust] ; the ranking also weighs trust, which the search cannot aim at
        [leverage] ; the ranking also weighs leverage, which the search cannot aim at
        [both] ; the ranking also weighs trust and leverage, which the search cannot aim at
       *[none] { "" }
    }.
ws-suggest-about-check = It checks the best order it finds on fresh simulated futures and suggests nothing unless the gain is more than twice the noise.
# Which steps the search may move. $teams names the teams (see ws-suggest-list-last).
ws-suggest-held-none = Every step may move, as the teams could move every step.
ws-suggest-held-all = No step may move: { $teams } could change none of the starting scenario's steps.
# $fixed of the scenario's $total steps stay put; $lock is what the teams could change, from
# the model, in lower case.
ws-suggest-held-some = { $fixed } of the { $total } steps stay where the exercise put them, since { $teams } could change { $lock }.
# Stands for the teams when there are none to name.
ws-suggest-the-teams = the teams
# Names joined into a list: "A, B and C".
ws-suggest-list-separator = { ", " }
ws-suggest-list-last = { $rest } and { $last }
# The buttons. Keep them short.
ws-suggest-run = Suggest an order
ws-suggest-cancel = Cancel
# Beside the search's progress bar.
ws-suggest-searching = Searching
ws-suggest-tried =
    { $count ->
        [one] { $count } order tried…
       *[other] { $count } orders tried…
    }
ws-suggest-starting = starting…
# A list's label: the teams whose lock the search keeps to, when the teams' locks differ.
ws-suggest-lock-label = Move only what these teams could change
# A choice in that list. $lock comes from the model; $teams names the teams, joined by
# ws-suggest-list-separator.
ws-suggest-lock-option = { $lock } ({ $teams })
# Said to screen readers.
ws-suggest-stopped = The search stopped: what it was for changed (the exercise, a team's lock or the ranking's weights).
ws-suggest-started = Searching for a better order of the starting scenario…
ws-suggest-cancelled = Search cancelled.
# $reason is the browser's explanation.
ws-suggest-failed-start = No suggestion could be made: the search could not start ({ $reason }).
# $reason is the model's explanation, with no full stop.
ws-suggest-failed = No suggestion could be made: { $reason }.
ws-suggest-failed-silent = No suggestion could be made: the search gave no reason.
ws-suggest-failed-unexpectedly = No suggestion could be made: the search stopped unexpectedly.
# $reason is the browser's explanation.
ws-suggest-failed-unexpectedly-why = No suggestion could be made: the search stopped unexpectedly ({ $reason }).
ws-suggest-unreadable = No suggestion could be made: the search's answer could not be read.
# $reason is one of the ws-suggest-answer- clauses below.
ws-suggest-unusable = The search's answer could not be used: { $reason }.
# Why an answer could not be used: clauses set after a colon, in lower case, with no full stop.
ws-suggest-answer-none = there was no answer
ws-suggest-answer-silent = it says nothing
ws-suggest-answer-shape = it is not in the expected shape
ws-suggest-answer-steps = its sequence does not have the starting scenario's steps
ws-suggest-answer-no-moves = it does not say what it changes
ws-suggest-answer-no-words = its outcomes are not in words
# $step is the step's number in the scenario, $kind its name from the model, in lower case.
ws-suggest-answer-locked = it moved a step the teams could not change (step { $step }, { $kind })
# Said to screen readers: the model's verdict ($result), then what it changes ($moves, joined
# by ws-suggest-move-separator), both from the model.
ws-suggest-announce = { $result } { $moves }.
ws-suggest-move-separator = { "; " }
# Under a verdict of no clear improvement: the model's sentence speaks of "yours".
ws-suggest-note = The order it compares with is the exercise's starting scenario, where every team began.
ws-suggest-changes-heading = What it changes
ws-suggest-outcomes-heading = On the fresh futures it was checked on (the start → the suggestion)
# $reason is the model's explanation, with no full stop.
ws-suggest-beside-failed = The suggestion could not be set beside the teams: { $reason }.
ws-suggest-beside-heading = Beside the teams
ws-suggest-beside-caption = Every sequence measured as the ranking measures the teams: on the exercise's own simulated futures, with its news, and scored with the ranking's weights (lower breakdown risk is better, and more of the rest).
ws-suggest-beside-caption-note = The numbers above come from other, fresh futures, so they differ a little.
ws-suggest-col-sequence = Sequence
ws-suggest-sequence-heading = The suggested sequence
ws-suggest-changes-key = Steps the model moved from where the exercise started them are marked “{ ws-received-tag-moved }” (or “{ ws-received-tag-changed }”).
