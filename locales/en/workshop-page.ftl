## The workshop page's markup: its header, its views' headings, labels and hints, its dialogs
## and its footer. Words the scripts write are in workshop-setup.ftl and the views' own files.

# The browser tab's title before a view is shown; the scripts then name the view in front.
ws-page-title = Workshop · { brand-name }
# The page's description for search engines and link previews; the reader does not see it on the page.
ws-page-meta-description =
    .content = Run a sequencing exercise for a room of teams: set up the exercise as one link, compare the teams' sequences, play the timeline on a projector with news injects, and print a debrief.
# A link that keyboard users meet first, which jumps past the header.
ws-page-skip-link = Skip to the workshop

## The header

# The page's name; the part of the site (“Workshop”) is shown lighter after it.
ws-page-heading = { brand-name } <span data-l10n-name="section">Workshop</span>
ws-page-tagline = An illustration, not a forecast
# Read by screen readers before the exercise's title; keep the space at the end.
ws-page-exercise-label = Exercise:{ " " }
# Shown in place of the exercise's title until the page has started.
ws-page-exercise-loading = Loading…
# A link back to the explorer, the site's main page.
ws-page-explorer-link = Explorer
# Shown only when the browser runs no scripts.
ws-page-noscript = The workshop needs JavaScript and WebAssembly to run its model in your browser. Nothing is sent anywhere.
ws-page-loading = Loading the model…

## The facilitator's steps through the exercise (a numbered row of tabs): keep them short

# The name of the row of tabs, for screen readers.
ws-page-nav =
    .aria-label = Facilitator
ws-page-nav-setup = Set up
ws-page-nav-compare = Compare
ws-page-nav-play = Play
ws-page-nav-debrief = Debrief
# A switch: large type and high contrast, for a projector.
ws-page-projector-toggle = Projector display

## Set up: the facilitator prepares the exercise

ws-page-setup-heading = Set up an exercise
ws-page-setup-intro = Choose where the teams start, name the teams and what each may change, and write the news you will spring on the room. The whole exercise is one link: each team opens it on its own device. Nothing is sent anywhere; your set-up is kept in this browser.
ws-page-setup-about-heading = The exercise
# The exercise's title, which the teams see.
ws-page-setup-title-label = Title
ws-page-setup-briefing-label = Briefing for the teams
ws-page-setup-briefing-help = What the teams read before they start: their roles and what they should aim for.
ws-page-setup-start-heading = Where the teams start
# A list of the built-in scenarios.
ws-page-setup-preset-label = Starting scenario
ws-page-setup-link-label = Or paste a scenario link from the explorer
# The end of a link to a scenario, as an example in an empty field: keep it as it is.
ws-page-setup-link-input =
    .placeholder = …index.html#s1.…
ws-page-setup-link-use = Use this scenario
ws-page-setup-teams-heading = Teams
# A lock limits what a team may change (for instance only one side's steps).
ws-page-setup-teams-help = Two to eight teams. A lock keeps a team to one side's steps; shocks, assumptions and the horizon stay yours.
ws-page-setup-add-team = Add a team
# An inject: a piece of news the facilitator springs on the room at a given month.
ws-page-setup-injects-heading = News injects
ws-page-setup-injects-help = Each inject is a shock the model feels in its month, with a headline the room sees full-screen when the timeline reaches it and a short text for your notes.
# A checkbox.
ws-page-setup-see-injects = Teams see the injects on their timelines while they plan
ws-page-setup-add-inject = Add an inject
ws-page-setup-share-heading = Share the exercise
# Above a list of problems in the set-up.
ws-page-setup-problems = Fix these before sharing:
# Shown under a note naming the teams that played an earlier version of the exercise.
ws-page-setup-versions-remove = Remove their sequences from the comparison
ws-page-setup-link-heading = Exercise link
# A button beside a link; it says “Copied” for a moment after a click.
ws-page-copy-link = Copy link
ws-page-setup-qr =
    .alt = QR code of the exercise link
ws-page-setup-qr-caption = Teams scan this to open the exercise on their own device.
ws-page-setup-qr-large = Show the QR code to the room
ws-page-setup-open-team = Open the team view
ws-page-setup-next = Next: compare the teams

## Set up: running the exercise in a live room (shown when the site has a room server)

ws-page-live-heading = Run it live
ws-page-live-help = In a live room each team works on its own devices (several at once if it likes), and Compare and Play follow as they work. You can send news to every team when you choose. Without a room, share the link above: nothing else changes.
# A password-like key the room server prints when it starts.
ws-page-live-key-label = Room server key
# The command in the <code> is typed as it is: keep it in English.
ws-page-live-key-help = The room server prints it when it starts (<code data-l10n-name="command">cargo xtask room</code>). It stays on this device.
ws-page-live-open = Open a live room
ws-page-live-teams-heading = Teams' links
ws-page-live-teams-help = Each team opens its own link, by QR code or by copying it. Anyone with a team's link edits that team's sequence, and nothing else.
ws-page-live-news-heading = News for the teams
ws-page-live-close = Close the live room

## A team's view: the team picks its name, then builds its sequence and hands it back

# Replaced by the exercise's title as soon as the exercise is read.
ws-page-team-heading = Exercise
ws-page-team-picker = Which team are you?
# Followed by ws-page-team-facilitate, a button that reads like a link.
ws-page-team-running = Running this exercise?
ws-page-team-facilitate = Facilitate it on this device
# The team's name goes in the <strong>, which stays empty here.
ws-page-team-banner = Your team: <strong data-l10n-name="name"></strong>
ws-page-team-switch = Change team
# On a phone: jumps down to the hand-back panel.
ws-page-team-jump-handback = Hand back…
# The name of the list of news the facilitator sent, for screen readers.
ws-page-team-news =
    .aria-label = News from the facilitator
# The timeline's heading; the unit is shown smaller.
ws-page-team-timeline-heading = Your sequence <span data-l10n-name="unit">(months)</span>
# Enter and Delete are keys on the keyboard.
ws-page-team-timeline-hint = Drag a step, or select it and use the arrow keys. Enter edits it; Delete removes it.
# Read by screen readers on a step the team's lock keeps fixed.
ws-page-team-locked-note = Locked: your team may not move or remove this step.
ws-page-team-warnings-heading = Sequencing check
# Opens a list of steps to add.
ws-page-team-palette = Add a step
# Followed by a field holding a month number.
ws-page-team-add-month = New steps go in month
ws-page-team-charts-heading = What might follow
ws-page-team-bands = Bands: the middle half and 8 in 10 of the simulated futures. The grey dashed line is where your team started.
ws-page-team-editor-heading = Selected step
ws-page-team-handback-heading = Hand back
ws-page-team-handback-help = When your team agrees on its sequence, give it to the facilitator as a link, a file or a QR code. You can keep changing it and hand it back again.
ws-page-team-handback = Hand back our sequence
ws-page-team-link-label = Your team's link
ws-page-team-download = Download as a file
ws-page-team-qr =
    .alt = QR code of your team's link, for the facilitator to scan
ws-page-team-qr-caption = The facilitator can scan this from a phone.
# A short code that stands for the team's sequence, typed where no link can be sent.
ws-page-team-code-label = Your team's code
ws-page-team-start-over = Start again from the exercise's scenario

## A team's hand-back, opened by the facilitator

# Replaced by “<team> handed back its sequence” as soon as it is read.
ws-page-received-heading = A team's sequence
ws-page-received-code-label = To add it on the projector, type this code there under Compare
ws-page-received-sequence = The sequence
ws-page-received-add = Add to the comparison on this device
ws-page-received-open-compare = Open the comparison

## Compare: the teams' sequences side by side, and their ranking

ws-page-compare-heading = Compare the teams
ws-page-compare-intro = Paste the links the teams handed back, choose their files, or drop the files anywhere on this page. Each team's line has its own colour and dash pattern.
ws-page-compare-add-heading = Add teams
ws-page-compare-input-label = Team links or codes, one per line
# “…workshop.html#t2.” and “6FTW-G0G9-2H3P” are examples of what is typed: keep them as they are.
ws-page-compare-input-help = A team link starts with …workshop.html#t2. A team's short code (such as 6FTW-G0G9-2H3P) works too, typed on a device set up with the same exercise, and so do scenario links and files from the explorer.
# Adds what was pasted in the field above.
ws-page-compare-add = Add
ws-page-compare-files = Choose files…
ws-page-compare-teams-heading = Teams compared
ws-page-compare-empty = No team has handed back a sequence yet. The charts show the starting scenario.
# Followed by a list: the starting scenario, then each team.
ws-page-compare-focus-label = Bands and solid lines show
# Followed by a list of two kinds of trust; shown under Compare and Play.
ws-page-team-series-label = Teams' trust line
# Read by screen readers only.
ws-page-compare-charts-heading = The teams' projections
ws-page-ranking-heading = Ranking
ws-page-ranking-weights = What the score weighs
ws-page-ranking-weights-help = Each team gets a score out of 100 from its four numbers, each counted as many times as its weight (0 to 5; 0 leaves it out). Agree on them with the room before play.
ws-page-ranking-weights-reset = Reset to the defaults

## Play: the timeline played month by month to the room (also the presenter window's buttons)

ws-page-play-heading = Play the timeline
# The name of the row of buttons, for screen readers.
ws-page-play-controls =
    .aria-label = Play controls
# Followed by a list: the starting scenario, then each team.
ws-page-play-focus-label = Sequence
ws-page-play-restart = Restart
ws-page-play-back = Back a month
ws-page-play-toggle = Play
ws-page-play-forward = Next month
ws-page-play-speed-label = Speed
ws-page-play-speed-slow = Slow
ws-page-play-speed-normal = Normal
ws-page-play-speed-fast = Fast
# Opens a second window with the presenter's notes.
ws-page-play-presenter = Presenter window
ws-page-play-fullscreen = Full screen
# Space, the arrow keys and Home are keys on the keyboard.
ws-page-play-keys = Space plays or pauses, the arrow keys step a month, Home starts again. The timeline stops at each news inject.
# The month being played, large, as in “Month 12 of 48”: the month goes in the <span> named
# “month” and the last month in the one named “horizon” (leave both empty); “of …” is smaller.
ws-page-play-month = <span data-l10n-name="word">Month</span> <span data-l10n-name="month"></span><span data-l10n-name="of"> of </span><span data-l10n-name="horizon"></span>
# Read by screen readers only.
ws-page-play-teams-heading = Each team's steps, up to the month played

## Debrief: the printable summary

ws-page-debrief-heading = Debrief
ws-page-debrief-intro = A summary of the whole exercise, then one page per team with its key numbers, what it changed from the start, its sequence with those changes marked, its charts and the sequencing check. Print it on A4 or US Letter, one sheet a page, or save it as a PDF from the print dialog.
ws-page-debrief-print = Print the debrief

## The presenter's notes, in a second window

ws-page-presenter-heading = Presenter notes
ws-page-presenter-waiting = Waiting for the projector window…
# What is on the projector now.
ws-page-presenter-now-heading = Now
# Replaced by the month being played; the dash stands for no month yet.
ws-page-presenter-month = Month –
# The name of the row of buttons, for screen readers.
ws-page-presenter-controls =
    .aria-label = Play controls for the projector window
ws-page-presenter-continue = Continue past the news
# The news still to come.
ws-page-presenter-next-heading = Next
ws-page-presenter-all-heading = All the news

## The news shown full-screen, the QR code shown to the room, and the page's foot

# Above a news headline shown full-screen on the projector.
ws-page-inject-kicker = News
ws-page-inject-continue = Continue
ws-page-inject-hint = Space, Enter or a click continues.
ws-page-qr-dialog-title = Scan to join the exercise
ws-page-qr-dialog-close = Close
# Shown while files are dragged over the page.
ws-page-drop = Drop the teams' files to compare them
ws-page-footer = Everything runs in your browser: the exercise, the teams' sequences and the comparison travel only in links and files you share, or through a live room's server when you open one.
