### The words the workshop page's scripts write: the page around the views, the set-up, a
### team's view, the live room, and what the views share (copying links, chart legends).

## The page around the views

# Shown in the alert box when something fails unexpectedly. $error is the reason, often in
# English from the browser.
ws-app-something-went-wrong = Something went wrong: { $error }
# A clause set inside ws-app-could-not-start, so it starts in lower case. $status is the
# server's answer, a number such as 404.
ws-app-default-not-loaded = the default scenario could not be loaded ({ $status })
# $error is the reason, which may be a clause such as ws-app-default-not-loaded.
ws-app-could-not-start = The workshop could not start: { $error }. Reload the page to try again.
# The address holds a link for the explorer (index.html), the site's main page.
ws-app-explorer-link = This is a link to a scenario for the explorer, not to a workshop exercise: open it with index.html instead. The workshop's set-up is shown.
ws-app-unknown-address = This address does not hold a workshop exercise or a team's sequence (it may have been cut short when copied). The workshop's set-up is shown.
# In the header, in place of an exercise that has no title.
ws-app-untitled = Workshop
# The browser tab's title: the view shown, then the page. $view is the view's key.
ws-app-document-title =
    { $view ->
        [setup] Set up
        [compare] Compare
        [play] Play
        [debrief] Debrief
        [received] A team's sequence
        [presenter] Presenter notes
       *[team] Your team
    } · Workshop · { brand-name }
# Said to screen readers when the projector display is switched on or off.
ws-app-projector-on = Projector display: large type, high contrast.
ws-app-projector-off = Projector display off.
# In the page's foot. $version is the site's version, such as 0.9.0.
ws-app-version = Version { $version }.
# $error is the reason, in words from ws-live-… or from the browser.
ws-app-live-failed = The live room could not start: { $error }

## What the views share: choosing a sequence, copying links, places in a ranking, what the
## browser keeps, and the charts' legends

# The first choice in the lists of sequences to show, before the teams.
ws-common-starting-scenario = The starting scenario
# A button's word for a moment after its link was copied. Keep it short.
ws-common-copied = Copied
# Said to screen readers after a link was copied.
ws-common-copied-said = Copied to the clipboard.
# Said to screen readers when the browser would not copy and the link was selected instead.
ws-common-selected-said = Selected: press Ctrl+C, or Cmd+C, to copy.
# A team's place in the ranking: 1st, 2nd, 3rd, 4th… Keep it short: it stands in a table's cell.
# $category is the language's ordinal category for $place (one, two, few, many or other, as the
# Unicode CLDR defines them for the language).
ws-common-ordinal =
    { $category ->
        [one] { $place }st
        [two] { $place }nd
        [few] { $place }rd
       *[other] { $place }th
    }
# A clause set in brackets inside ws-common-stored-unreadable, so it starts in lower case.
ws-common-stored-shape = it is not in the expected shape
# $error is why, such as ws-common-stored-shape.
ws-common-stored-unreadable = What this browser kept from an earlier workshop could not be read ({ $error }); it was set aside and a fresh start is shown.
# $problem is why, a clause such as “this browser's storage for the page is full” (storage-full).
ws-common-storage-refused = This browser will not keep your work ({ $problem }). Keep the links instead: they hold everything.
# The name a screen reader gives a chart: $title is the chart's title and $description a
# sentence describing it, both from the model.
ws-common-chart-label = { $title }: { $description }
# Said to screen readers when the facilitator chooses which trust line the teams' lines show
# (the two series, model-series-trust and model-series-target_trust, in lower case).
ws-common-team-series-changed =
    The trust chart now draws each team's { $series ->
        [target_trust] target's trust
       *[trust] trust in the target
    }.
# A chart's legend, for a chart that draws three lines, each with its bands.
ws-common-legend-bands = Bands: the middle half and 8 in 10 of the futures
# At the head of a chart's legend: whose lines and bands follow. $name is a team's name, or
# ws-common-starting-scenario.
ws-common-legend-whose = { $name }:
# At the head of the teams' part of a legend.
ws-common-legend-teams = Teams:
# The same on the trust chart: $series is the trust the teams' lines show (model-series-trust
# or model-series-target_trust).
ws-common-legend-teams-series = Teams ({ $series }):

## The facilitator's workspace: the example exercise a first visit starts from, and the teams

# A team's name as the set-up gives it: $letter is A, B, C… (with a number after the 26th:
# A1, B1…). The facilitator may change it.
ws-workspace-team-name = Team { $letter }
# The example exercise's title; the facilitator may change it.
ws-workspace-example-title = Sequencing relief: a workshop exercise
# The example exercise's piece of news: its headline, shown full-screen to the room, and a
# text for the facilitator's notes.
ws-workspace-example-headline = Bombing at a border crossing: hardliners claim it
ws-workspace-example-text = A faction opposed to the deal claims the attack. Both governments condemn it, and opposition politicians on the sanctioning side call for relief to be halted.
# A clause set after a file's name and a colon, so it starts in lower case. $max is 8;
# $team is the name of the team that did not fit.
ws-workspace-full = a comparison holds at most { $max } teams; remove one before adding “{ $team }”
# A team that cannot be compared: its name, then the model's reason.
ws-workspace-team-problem = { $team }: { $error }

## The example briefing for the teams, which follows the exercise's length

# The exercise's length when it is whole years: a word for the smaller numbers, figures beyond.
ws-brief-horizon-years =
    { $years ->
        [1] one year
        [2] two years
        [3] three years
        [4] four years
        [5] five years
        [6] six years
        [7] seven years
        [8] eight years
        [9] nine years
        [10] ten years
        [11] eleven years
        [12] twelve years
       *[other] { $years } years
    }
# The exercise's length otherwise.
ws-brief-horizon-months =
    { $months ->
        [one] { $months } month
       *[other] { $months } months
    }
# The briefing a new exercise starts with; the facilitator may change it. $horizon is the
# exercise's length (ws-brief-horizon-years or ws-brief-horizon-months).
ws-brief-example = Each team proposes the order of relief, reform and confidence-building steps over { $horizon }. Aim to keep the risk of breakdown low while trust and the economy recover, and keep some leverage in hand. Hand back your sequence when your team agrees on it.

## Set up: the starting scenario

# The choices of the list of starting scenarios: the explorer's own, then the built-in
# scenarios in two groups.
ws-setup-preset-default = The explorer's opening scenario
ws-setup-preset-illustrative = Illustrative
ws-setup-preset-historical = From history
# A choice in the same list, for a scenario pasted as a link. $title is its title, as typed.
ws-setup-preset-link = From a pasted link: { $title }
ws-setup-preset-link-untitled = From a pasted link: untitled
# Under the list: the scenario every team starts from. $title is its title (or
# ws-setup-untitled-scenario); $runs is the number of simulated futures.
ws-setup-scenario-summary =
    { $title }: { $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    } and { $shocks ->
        [one] { $shocks } shock
       *[other] { $shocks } shocks
    } over { $months ->
        [one] { $months } month
       *[other] { $months } months
    }, { $runs } simulated futures.
# After ws-setup-scenario-summary.
ws-setup-scenario-shared = Every team starts from it.
ws-setup-untitled-scenario = Untitled scenario
# Said to screen readers once a starting scenario is chosen. $title is its title.
ws-setup-start-from = Teams start from: { $title }.
ws-setup-start-from-untitled = Teams start from: the chosen scenario.
ws-setup-start-from-link = Teams start from the pasted scenario: { $title }.
ws-setup-start-from-link-untitled = Teams start from the pasted scenario: untitled.
# $error is the model's reason, a clause in lower case.
ws-setup-preset-failed = That scenario could not be opened: { $error }
ws-setup-link-failed = The pasted scenario link cannot be used: { $error }

## Set up: the teams and the news injects

# Labels over a team's two fields. $number counts the teams from 1.
ws-setup-team-label = Team { $number }
ws-setup-team-lock-label = May change
# A button on each team's and each inject's row. Keep it short.
ws-setup-remove = Remove
# What screen readers say for that button. $name is the team's name, as typed.
ws-setup-remove-team = Remove team { $number }
ws-setup-remove-named-team = Remove team { $number } ({ $name })
ws-setup-remove-inject = Remove inject { $number }
# The heading of an inject's row, and its fields' labels.
ws-setup-inject-label = Inject { $number }
ws-setup-inject-month-label = Month
ws-setup-inject-kind-label = Shock the model feels
ws-setup-inject-size-label = How hard it hits
ws-setup-inject-headline-label = Headline
ws-setup-inject-text-label = Text for your notes

## Set up: the problems listed before the exercise can be shared, and the briefing's check

# A problem in the set-up: where it is ($field, a link to the field: ws-setup-where-…), then the
# model's words for it, in lower case.
ws-setup-problem = { $field }: { $problem }
# Where a problem is: a part of the set-up, …
ws-setup-where-title = Title
ws-setup-where-briefing = Briefing
ws-setup-where-teams = Teams
ws-setup-where-injects = Injects
ws-setup-where-teams-see-injects = Teams see the injects
# … the starting scenario, with the place in it ($path, such as /steps/2/month: keep it as it is), …
ws-setup-where-scenario = Starting scenario ({ $path })
# … a team or an inject ($number counts them from 1), or one of its fields ($field: ws-setup-field-…).
ws-setup-where-team = Team { $number }
ws-setup-where-team-field = Team { $number }, { $field }
ws-setup-where-inject = Inject { $number }
ws-setup-where-inject-field = Inject { $number }, { $field }
# The fields, in lower case after a comma.
ws-setup-field-name = name
ws-setup-field-lock = what it may change
ws-setup-field-month = month
ws-setup-field-kind = shock
ws-setup-field-size = how hard it hits
ws-setup-field-headline = headline
ws-setup-field-text = text
# Under the briefing when it names another length than the exercise's. $phrase is the words
# the briefing uses (in English), $months the exercise's length and $horizon the same in words.
ws-setup-briefing-mismatch =
    The briefing says “{ $phrase }”, but the exercise runs { $months ->
        [one] { $months } month
       *[other] { $months } months
    } ({ $horizon }).
# After ws-setup-briefing-mismatch.
ws-setup-briefing-mismatch-fix = Change the briefing, or the starting scenario.

## Set up: sharing, and the teams that played an earlier version

# $reason is why there is none, in lower case.
ws-setup-no-qr = No QR code: { $reason }.
ws-setup-link-length = The link is { $characters } characters long and holds the whole exercise.
# Between the teams' names in ws-setup-versions-… ("Team A, Team B").
ws-setup-names-separator = {", "}
# The teams whose hand-backs carry the earlier version they played. $teams names them and
# $count counts them (a language may need it to agree the verb).
ws-setup-versions-carried =
    { $count ->
        [one] { $teams } played an earlier version of this exercise.
       *[other] { $teams } played an earlier version of this exercise.
    }
# After ws-setup-versions-carried.
ws-setup-versions-carried-how =
    { $count ->
        [one] The comparison keeps comparing it against the version it played, and says so; to compare it on this version, share the new link and ask for a new hand-back.
       *[other] The comparison keeps comparing them against the version they played, and says so; to compare them on this version, share the new link and ask for new hand-backs.
    }
# The teams whose hand-backs do not carry the version they played.
ws-setup-versions-bare =
    { $count ->
        [one] { $teams } handed back for an earlier version without a copy of it, so it is compared against this version, with a remark.
       *[other] { $teams } handed back for an earlier version without a copy of it, so they are compared against this version, with a remark.
    }
# Said to screen readers. $teams names the teams removed.
ws-setup-versions-removed = Removed from the comparison: { $teams }.

## A team's view: opening the exercise

# $error is the model's reason, such as “this link cannot be read: …”, in lower case.
ws-team-link-unreadable = { $error }. Ask the facilitator for the exercise link again; a link cut short when copied cannot be opened.
# In place of an exercise that has no title.
ws-team-untitled = Workshop exercise
# Said to screen readers once the team is chosen. $team is its name.
ws-team-you-are = You are { $team }.
# $error is why, in lower case.
ws-team-stored-unreadable = Your team's sequence kept on this device could not be read ({ $error }); it was set aside, and your team starts again from the exercise's scenario.
# The injects the team does not see on its timeline. $count counts them.
ws-team-news-sealed =
    { $count ->
        [one] The facilitator has a piece of news for later: not on your timeline, but the comparison will feel it.
       *[other] The facilitator has { $count } pieces of news for later: not on your timeline, but the comparison will feel them.
    }
# In the timeline's key, beside the hatching and padlock of a step the team may not change.
ws-team-key-locked = locked for your team
ws-team-model-failed = The model could not run this sequence: { $error }
# A confirmation; OK starts again.
ws-team-start-over-confirm = Start again from the exercise's scenario? Your team's changes will be lost.
ws-team-started-over = Your sequence is back to the exercise's starting scenario.
# A confirmation; OK replaces the exercise on this device.
ws-team-facilitate-confirm = Facilitate this exercise on this device? It replaces the exercise set up here before; the teams' sequences already added are kept.

## A team's view: the selected step

ws-team-editor-empty = Select a step on the timeline to change its month, its size, or how it is made.
# After the step's name.
ws-team-editor-shock = (shock)
# After the step's name: who takes it ($actor, from the model: “sanctioning side”, “target”).
ws-team-editor-actor = ({ $actor })
ws-team-editor-shock-locked = Shocks are the facilitator's: your team cannot change them.
# A step the team's lock keeps fixed. $lock is the team's lock.
ws-team-editor-locked =
    Locked: { $lock ->
        [everything] every step
        [sanctioning] only the sanctioning side's steps
        [target] only the target's steps
       *[confidence] only confidence-building measures
    } may be changed by your team.
# A locked step's facts. $conditional and $transparent are “yes” or “no”.
ws-team-editor-facts =
    Month { $month }, size { NUMBER($size, minimumFractionDigits: 2, maximumFractionDigits: 2) }{ $conditional ->
        [yes] , waits for verified compliance
       *[no] {""}
    }{ $transparent ->
        [yes] , published criteria
       *[no] {""}
    }.
ws-team-editor-month = Month
ws-team-editor-size = Size
# Two checkboxes, each followed by a note in lighter type.
ws-team-editor-conditional = Conditional
ws-team-editor-conditional-note = — waits until compliance has been verified
ws-team-editor-transparent = Transparent
ws-team-editor-transparent-note = — announced with published criteria
ws-team-editor-delete = Delete this step

## A team's view: handing back

ws-team-handback-failed = Your sequence could not be handed back: { $error }
# Said to screen readers.
ws-team-handback-ready = Your team's link, file and QR code are ready.
ws-team-no-qr = No QR code for this sequence: { $reason }
ws-team-downloading = The file is downloading.
ws-team-file-failed = The file could not be made: { $error }
# Under the team's short code. “Compare” is the facilitator's view (ws-page-nav-compare).
ws-team-code-note = No way to send a link to the facilitator's screen? Type this code there, under Compare.
ws-team-no-code = This sequence has no short code (it changes more than a code carries, or a size between hundredths): hand back the link, the QR code or the file.

## A team's view in a live room

# In the heading while the team's device joins the room.
ws-team-live-joining = Joining the live room…
ws-team-live-waiting = Waiting for the facilitator to publish the exercise…
# $reason is why, from ws-live-refusal-…, in lower case.
ws-team-live-refused = The live room refused this device: { $reason }. Ask the facilitator for your team's link again.
ws-team-live-failed = The live room could not be joined: { $error }.
ws-team-live-exercise-unreadable = The facilitator's exercise cannot be read: { $error }
# $number counts the teams from 1.
ws-team-live-no-team = This exercise has no team { $number } any more: ask the facilitator for your team's link again.
# A line at the top of the team's view: whether the device reaches the room.
ws-team-live-connected = Live: your team's devices and the facilitator see every change.
ws-team-live-connecting = Live: connecting…
ws-team-live-no-answer = The room server does not answer yet: this page keeps trying.
# $waiting counts the changes not sent yet.
ws-team-live-offline =
    { $waiting ->
        [0] Offline: keep working; your changes are sent when the room answers again.
       *[other] Offline: keep working; your changes ({ $waiting } waiting) are sent when the room answers again.
    }
# A piece of news the facilitator sent: $headline is its headline, in bold.
ws-team-news-item = News for month { $month }: { $headline }
# In place of a headline the facilitator left empty.
ws-team-news-untitled = news
# Said to screen readers. $headlines are the news' headlines, joined by ws-team-news-separator.
ws-team-news-said = News from the facilitator: { $headlines }.
ws-team-news-separator = {"; "}

## The set-up's live room

# Clauses set after a colon, so they start in lower case: why the room could not open.
ws-live-no-server = this copy of the site names no room server
ws-live-key-missing = type the room server's key first
# $error is the browser's reason, in English.
ws-live-no-engine = the live room engine could not be loaded ({ $error }); this copy of the site was built without it
# $server is the server's address. The command in brackets is typed as it is.
ws-live-server-silent = the room server at { $server } does not answer: is it running? (cargo xtask room)
ws-live-key-refused = the room server refused the key: copy it again from where the room server was started
# $reason is the server's word for it, in English.
ws-live-room-refused = the room server could not open a room ({ $reason })
# $status is the server's answer, a number such as 500.
ws-live-room-refused-status = the room server could not open a room (status { $status })
ws-live-answer-unreadable = the room server's answer cannot be read: is the address that of a { brand-name } room server?
ws-live-link-unreadable = this live room link cannot be read (it may have been cut short when copied)
# Why the room server refused a device, as clauses in lower case.
ws-live-refusal-missing-token = the link carries no key to the room
ws-live-refusal-invalid-token = the link is not one this room server made (it may have been changed, or cut short when copied)
ws-live-refusal-another-room = the link belongs to another room
ws-live-refusal-another-team = the link is another team's
ws-live-refusal-too-large = the sequence has grown past what the room keeps
ws-live-refusal-read-only = this device may only read that part of the room
ws-live-refusal-unknown-document = the room has no such part
# $reason is the server's own word for it, in English.
ws-live-refusal-other = the room server gave the reason “{ $reason }”
ws-live-refusal-none = the room server gave the reason “none”
# $reason is from ws-live-refusal-….
ws-live-host-refused = The room server refused this device: { $reason }. Open a new room.
# $error is from the clauses above, or the browser's reason.
ws-live-unreachable = The live room could not be reached: { $error }.
ws-live-not-opened = No live room: { $error }.
# Said to screen readers.
ws-live-opened = The live room is open: give each team its link.
# A confirmation; OK closes the room. “Compare” is the facilitator's view (ws-page-nav-compare).
ws-live-close-confirm = Close the live room? The teams' devices stop sending; their sequences so far stay in Compare.
# Said to screen readers.
ws-live-closed = The live room is closed. The teams' sequences so far stay in Compare.
# Each team's row: its name (or this, for a team with none), how many of its devices are in the
# room, its link, and two buttons. $team is the team's name.
ws-live-team-unnamed = Team { $number }
ws-live-devices =
    { $devices ->
        [0] no device yet
        [one] { $devices } device
       *[other] { $devices } devices
    }
# What screen readers say for the field holding the team's link.
ws-live-team-link = { $team }'s link
ws-live-copy-link = Copy link
# A button that shows the team's link as a QR code. Keep it short.
ws-live-qr = QR code
# What screen readers say for that button, and the QR code's description.
ws-live-qr-of = QR code of { $team }'s link
# The heading over a team's QR code shown to the room.
ws-live-qr-title = Scan to join as { $team }
ws-live-no-qr = No QR code: { $reason }.
# The list of the exercise's news, each with a button to send it.
ws-live-no-news = The exercise has no news injects.
# $headline is the news' headline, in bold.
ws-live-news-item = Month { $month }: { $headline }
# In place of a headline the facilitator left empty.
ws-live-news-untitled = News
ws-live-news-send = Send to the teams now
# The same button once the news is sent.
ws-live-news-sent = Sent
# Said to screen readers. $headline is the news' headline.
ws-live-news-said = Sent to every team: { $headline }.
ws-live-news-said-untitled = Sent to every team: the news.
# A line under the room's heading: whether the facilitator's device reaches the room.
ws-live-status-connected = Live: the teams' changes reach Compare and Play as they make them.
ws-live-status-connecting = Live: connecting to the room server…
# $waiting counts this device's changes not sent yet.
ws-live-status-silent =
    { $waiting ->
        [0] The room server does not answer: the teams keep working, and their changes arrive when it answers again.
       *[other] The room server does not answer: the teams keep working, and their changes arrive when it answers again ({ $waiting } of yours waiting).
    }
