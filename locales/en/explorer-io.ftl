## Ways in and out of the explorer: links, the scenario saved in this browser, undo and redo.

# Undo's and Redo's tooltips on a Mac, whose shortcut key is ⌘.
io-undo-title-mac = Undo (⌘Z)
io-redo-title-mac = Redo (Shift+⌘Z)
# Said by screen readers after Undo or Redo.
io-undone = Undone.
io-redone = Redone.
# Said by screen readers once a file has been downloaded. $name is the file's name.
io-file-saved = Saved { $name }.

# A scenario link that cannot be decoded. $reason says why, in the model's words.
io-link-damaged = This link cannot be read: { $reason }.
# A scenario link whose scenario has errors. $reason lists them, in the model's words ("/steps/3/month: …").
io-link-invalid = This link cannot be read: the scenario in it has a problem: { $reason }.
# Follows io-link-damaged or io-link-invalid when the reader went Back or Forward to the link.
io-link-kept = The scenario you had is still shown.
# The address asked for a built-in scenario by a name that has none. $reason is the model's words.
io-start-no-preset = This link asks for a built-in scenario that does not exist: { $reason }.
# Follows a sentence saying what could not be opened.
io-start-saved-instead = Your last saved scenario is shown instead.
# Follows a sentence saying what could not be opened.
io-start-default-instead = The default scenario is shown instead.
# Follows io-start-default-instead.
io-start-saved-kept = Anything you saved in this browser is kept.
# $reason lists what is wrong with the saved text, in the model's words.
io-saved-unreadable = The scenario saved in this browser could not be read: { $reason }. It is kept aside, so nothing is lost.
# A button that downloads the saved text that could not be read.
io-saved-download = Download the saved text
# The reader's own saved scenario is still there after a link opened another. $opened is "preset" (the link opened a built-in scenario) or "link" (someone's shared scenario).
io-saved-still-there = This page opened { $opened ->
        [preset] a built-in scenario
       *[link] a shared scenario
    }. Your own last scenario is still saved in this browser.
io-saved-open = Open my saved scenario
io-saved-dismiss = Dismiss
# Said by screen readers once the saved scenario is open again. $opened as in io-saved-still-there.
io-saved-opened = Your saved scenario is open. Undo returns to { $opened ->
        [preset] a built-in scenario
       *[link] a shared scenario
    }.
# The browser refuses to keep the scenario. $reason says why. "Share" and "Export" are the header's buttons.
io-storage-failed = Your changes cannot be kept in this browser: { $reason }. Use { page-share-button } to copy a link, or { page-export-button } to save the scenario as a file, to keep your work.

## Opening a scenario file (the header's "Open…", or a file dropped on the page)

# A file's name, where the browser gives none.
files-unnamed = the file
# The first line of the error; each problem follows on a line of its own. $name is the file's name.
files-cannot-open = { $name } cannot be opened; the scenario you had is still shown.
# A problem with a file: $size and $max are in kilobytes.
files-too-large = the scenario is { $size } KB; the most a scenario may be is { $max } KB
# A problem with a file.
files-not-utf8 = not UTF-8 text; a scenario is a JSON file
# A problem with a file. $reason is the browser's explanation (often in English).
files-unreadable = the file could not be read ({ $reason })
# The hidden file field's name, for screen readers.
files-input-label = Scenario file to open
# Said by screen readers. $name is the file's name.
files-opened = Opened { $name }.
# Shown over the page while a file is dragged over it.
files-drop-hint = Drop a scenario file (.json) to open it
# $count is how many files were dropped at once (never 1).
files-drop-one = Drop one scenario file at a time ({ $count ->
        [one] { $count } was dropped
       *[other] { $count } were dropped
    }); the scenario you had is still shown.

## The Export menu, and each chart's download button

export-menu-scenario = Scenario (JSON file to open again)
export-menu-csv = Projection as CSV (spreadsheet)
export-menu-json = Projection as JSON
export-menu-chart = A chart as PNG or SVG…
# The download button beside each chart's title (an icon). $chart is the chart's title.
export-chart-button = Download the { $chart } chart
export-chart-png = As PNG image
export-chart-svg = As SVG image
# $what is what could not be exported: "scenario", "projection" or "chart" ($chart is then the chart's title). $reason says why.
export-failed = { $what ->
        [scenario] The scenario could not be exported: { $reason }
        [projection] The projection could not be exported: { $reason }
       *[chart] The { $chart } chart could not be exported: { $reason }
    }
# Reasons an export may fail, shown in export-failed.
export-image-no-size = the image has no size
export-image-failed = the image could not be made

## The Share dialog

share-dialog-title = Share this scenario
# $reason says why (share-scenario-invalid, or an unexpected error).
share-cannot-share = This scenario cannot be shared yet: { $reason }
share-scenario-invalid = this scenario has a problem, so it cannot be shared until it is fixed
share-link-label = Link to this scenario
share-copy-link = Copy link
share-link-help = The whole scenario is in the link itself: whoever opens it sees exactly what you see now. Nothing is uploaded.
# Shown beside a Copy button. $what is what was copied: "link", "embed-code", "iframe-code" or "script".
share-copied = { $what ->
        [link] Link copied.
        [embed-code] Embed code copied.
        [iframe-code] Iframe code copied.
       *[script] Script copied.
    }
# Shown when the browser would not copy by itself: the text is selected instead. $keys is the shortcut ("Ctrl+C" or "⌘C"). $what as in share-copied.
share-copy-selected = { $what ->
        [link] Link selected: press { $keys } to copy it.
        [embed-code] Embed code selected: press { $keys } to copy it.
        [iframe-code] Iframe code selected: press { $keys } to copy it.
       *[script] Script selected: press { $keys } to copy it.
    }
share-qr-heading = QR code for a room
share-qr-image = QR code of the link to this scenario
share-qr-full-screen = Show full screen
share-qr-download = Download QR code
share-qr-note = Point a phone's camera at it to open this scenario. Full screen makes it readable from across a room.
share-qr-dense = This scenario is long, so its code is dense: show it full screen on the projector, or scan it from nearer.
share-qr-no-full-screen = This browser does not allow full screen here; zoom in instead.
share-embed-heading = Embed in a web page
# A checkbox's label.
share-embed-lock = Lock editing (readers can read the charts but not move steps)
share-embed-caption-label = Caption (optional)
share-embed-caption-placeholder = Shown above the timeline
share-embed-code-label = Embed code
share-copy-embed = Copy embed code
# A link that opens the embed in a new tab.
share-embed-preview = Preview the embed
# height="{ $height }" is HTML code the reader may change: keep it as it is.
share-embed-help = Paste it into an article or a course page. It fits any frame from 320 × 400 pixels up; change height="{ $height }" to suit. The embedded explorer makes no request to any other site, and tells your page when it is ready and when the scenario changes (see the documentation on embedding).

## The explorer embedded in an article

# The frame's name for screen readers in the article that embeds it, part of the code the Embed dialog makes. $title is the scenario's title.
embed-iframe-title = { brand-name }: { $title }
embed-iframe-title-untitled = { brand-name }
# A link from the embed to the full page.
embed-open-link = Open in { brand-name }
# Read by screen readers after embed-open-link.
embed-new-tab = (opens in a new tab)
# Above the embedded timeline, beside embed-open-link: keep it short.
embed-nature = An illustration, not a forecast
# In place of timeline-hint when the article's author locked the steps.
embed-locked-hint = This scenario is locked. Point at a chart, or focus it and use the arrow keys, to read each month.

## A story in an embed: frames with captions, stepped through

# The story's name for screen readers.
story-region =
    .aria-label = Story
story-previous = Previous
    .aria-label = Previous frame
story-next = Next
    .aria-label = Next frame
# Between Previous and Next: the frame shown, and how many there are.
story-where = { $frame } of { $count }
    .aria-label = Frame { $frame } of { $count }
# Explains a dashed line on the charts, drawn beside a swatch of it.
story-compare = Dashed: the frame before
# The title of the scenario a story's frame shows (on the full page and in downloads). $title is the story's or the scenario's own title.
story-frame-title = { $title } (frame { $frame } of { $count })
# $reason says why, in the model's words.
story-cannot-show = This story cannot be shown: { $reason }.
# Reasons a story cannot be shown (in story-cannot-show).
story-none-named = the address names no story
# $path is the file's address on the site, $status the server's answer (a number such as 404).
story-file-unavailable = the story file { $path } could not be loaded ({ $status })

## The Embed dialog: how the embed looks

embed-dialog-title = Embed in an article
embed-look-heading = How it looks
embed-readers-can = Readers can
# A choice under embed-readers-can.
embed-mode-readonly = Read it only: the steps stay where you put them
# A choice under embed-readers-can.
embed-mode-interactive = Move the steps and see what follows
embed-charts-legend = Charts
embed-charts-hint = None ticked, or all: the embed shows the three main charts in a narrow frame and all five in a large one.
embed-theme-legend = Theme
embed-theme-reader = Follow the reader's settings
embed-theme-light = Light
embed-theme-dark = Dark
embed-theme-high-contrast = High contrast
embed-caption-label = Caption (optional)
embed-caption-field =
    .placeholder = Shown above the timeline
# $max is the most characters a caption may have.
embed-caption-help = At most { $max } characters, shown as plain text.

## The Embed dialog: the story's frames

embed-story-heading = Story
embed-story-help = A story walks readers through the scenario frame by frame, each with its caption. Arrange the steps on the page, then add a frame; close this dialog, move steps, and add the next. Your frames are kept while this tab is open.
embed-frames-empty = No frames yet: the code embeds the scenario as it is now.
embed-add-frame = Add frame
# $max is the most frames a story may have.
embed-frames-full = A story has at most { $max } frames.
# The heading of a frame in the list.
embed-frame-heading = Frame { $frame }
# A frame in a few words: its steps. $steps is how many.
embed-frame-steps = { $steps ->
        [one] { $steps } step.
       *[other] { $steps } steps.
    }
# As embed-frame-steps, for a frame whose steps are those of the frame before, $before.
embed-frame-steps-same = { $steps ->
        [one] { $steps } step, the same steps as frame { $before }.
       *[other] { $steps } steps, the same steps as frame { $before }.
    }
# As embed-frame-steps, when $differ of the steps differ from those of the frame before, $before.
embed-frame-steps-differ = { $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    }, { $differ ->
        [one] { $differ } of them differs
       *[other] { $differ } of them differ
    } from frame { $before }.
# A frame's description with the title of the scenario it was taken from. $about is embed-frame-steps or one of its variants.
embed-frame-about-titled = { $title }: { $about }
embed-frame-caption-label = Caption
embed-frame-caption-placeholder = What the reader should notice in this frame
# "Highlight [a series] at month [a number]": the labels of a list and of a field that follows it on the same line.
embed-frame-series-label = Highlight
# The list's first choice: no series highlighted.
embed-frame-series-none = nothing
# See embed-frame-series-label.
embed-frame-month-label = at month
# A checkbox's label.
embed-frame-compare = Compare with the previous frame
# A checkbox's label, on the first frame, where it is disabled.
embed-frame-compare-first = Compare with the previous frame (not for the first)
# Buttons on each frame; their names for screen readers say which frame.
embed-frame-up = Move up
    .aria-label = Move up: frame { $frame }
embed-frame-down = Move down
    .aria-label = Move down: frame { $frame }
embed-frame-remove = Remove
    .aria-label = Remove: frame { $frame }
# Said by screen readers.
embed-frame-added = Frame { $frame } added from the scenario as it is now. Write its caption.
# Said by screen readers. $place is the frame's new place, $count how many frames there are.
embed-frame-moved = Frame moved to place { $place } of { $count }.
# Said by screen readers. $left is how many frames are left.
embed-frame-removed = Frame { $frame } removed. { $left ->
        [0] No frames left: the code embeds the scenario.
       *[other] { $left } left.
    }
# The title a story gets when its scenario has none.
embed-untitled-story = Untitled story
# Under a frame whose settings a story cannot keep. $differences lists them (embed-differs-…).
embed-note-frame-differs = Frame { $frame } has { $differences } other than the latest frame's; a story keeps one set, the latest frame's, so frame { $frame } will show them as the latest frame does.
# In embed-note-frame-differs. $names lists the assumptions.
embed-differs-assumptions = assumptions ({ $names })
# In embed-note-frame-differs. $months is the frame's horizon, $base the latest frame's.
embed-differs-horizon = a horizon ({ $months } months, not { $base })
# In embed-note-frame-differs.
embed-differs-shocks = shocks
# In embed-note-frame-differs.
embed-differs-senders = senders
# Between the items of a short list.
embed-list-separator = { ", " }
# A problem with a frame. $problem is the model's words.
embed-story-problem = Frame { $frame }: { $problem }.
# A problem with a field of a frame. $field names it (embed-field…), $problem is the model's words.
embed-story-problem-field = Frame { $frame } ({ $field }): { $problem }.
# Parts of embed-story-problem-field.
embed-field-added-step = added step { $step }
embed-field-shown-step = shown step { $step }
# A field of a story's frame. $name is its name in the story's format; $words the same with spaces.
embed-field = { $name ->
        [caption] caption
        [highlight] highlight
        [series] series
        [month] month
        [compare_previous] compare with the previous frame
        [kind] kind
        [size] size
        [conditional] conditional
        [transparent] transparent
        [sender] sender
        [expires_after] expires after
       *[other] { $words }
    }
embed-scenario-invalid = This scenario has a problem, so it cannot be embedded until it is fixed.
embed-no-stories = This version of the page cannot make stories: remove the frames to embed the scenario.
embed-frame-no-caption = Frame { $frame } has no caption yet: each frame needs one, saying what the reader should notice.
embed-frame-no-month = Frame { $frame } highlights a series but no month: choose the month to highlight.

## The Embed dialog: the code for the article

embed-code-heading = Code for your article
# What the code makes, ending the summary above the code. $mode is "readonly" or "interactive"; $charts is embed-charts-usual or embed-charts-chosen; $theme is "reader", "light", "dark" or "high-contrast".
embed-look = { $mode ->
        [readonly] Read-only
       *[interactive] Interactive
    }, { $charts }, theme { $theme ->
        [light] light
        [dark] dark
        [high-contrast] high contrast
       *[reader] follows the reader
    }.
# In embed-look.
embed-charts-usual = the embed's usual charts
# In embed-look. $charts lists the charts' titles, $count how many there are.
embed-charts-chosen = { $count ->
        [one] the chart { $charts }
       *[other] the charts { $charts }
    }
embed-summary-problem = The story has a problem (above): fix it to get its code.
# Followed by embed-look.
embed-summary-scenario = The code embeds the scenario as it is now.
# Followed by embed-look. $count is how many frames, $length how many characters the address has.
embed-summary-link = The code embeds a story of { $count ->
        [one] { $count } frame
       *[other] { $count } frames
    }, all in its address ({ $length } characters).
# Followed by embed-look. $length is how many characters the address would have, $max the most that travels safely.
embed-summary-file = This story of { $count ->
        [one] { $count } frame
       *[other] { $count } frames
    } is too long for a link ({ $length } characters; about { $max } is the most that travels safely). Keep it in a file next to your article: download the story file, put it beside the article's page, and add the script below after the iframe code.
embed-code-label = Iframe code
embed-copy-code = Copy iframe code
# $pixels is the frame's height; height="{ $height }" is HTML code the author may change: keep it as it is.
embed-code-help-scenario = Paste it into the article. The frame is { $pixels } pixels high and fits any frame from 320 × 400 pixels up; change height="{ $height }" to suit.
# $pixels is the frame's first height; height="{ $height }" is HTML code the author may change: keep it as it is. The guide to embedding is in English.
embed-code-help-story = Paste it into the article. The frame starts { $pixels } pixels high; to let it follow its content's height, add the short script under “Fitting the article” in the guide to embedding (docs/embedding.md#fitting-the-article), or change height="{ $height }" to suit.
# A button; story.json is the file's name and stays as it is.
embed-download-story = Download story file
embed-download-story-hint = story.json, to put next to the article's page.
embed-host-label = Script for the article, after the iframe code
embed-copy-host = Copy script
embed-host-help = Once the frame is ready, the script reads story.json from beside the article and sends the story to the frame. The frame asks no other site for anything.

## The Embed dialog: the preview

embed-preview-heading = Preview
embed-update-preview = Update preview
embed-preview-status-idle = Shows the code on a phone and on a desktop, side by side.
embed-preview-status-now = The preview shows the code as it is now.
embed-preview-status-stale = The preview shows an earlier version: update it to see your changes.
# $width is in CSS pixels.
embed-preview-phone = Phone, { $width } pixels wide
embed-preview-desktop = Desktop, { $width } pixels wide
# A preview frame's name for screen readers. $device is "phone" or "desktop"; $width is in CSS pixels.
embed-preview-frame = { $device ->
        [phone] Preview of the embed on a phone, { $width } pixels wide
       *[desktop] Preview of the embed on a desktop, { $width } pixels wide
    }
