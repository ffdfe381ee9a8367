## The Presets menu in the header, and "About this scenario" beside the timeline. The presets'
## own titles and texts come from the model's catalogue.

# The headings of the Presets menu's two groups of built-in scenarios.
presets-kind-illustrative = Illustrative
presets-kind-historical = From history

# The heading of the panel that tells the reader about the scenario shown.
presets-about-heading = About this scenario
# Shown in place of a scenario's title when it has none.
presets-untitled-scenario = Untitled scenario
# What kind of scenario the panel is about.
presets-about-kind-illustrative = An illustrative preset
presets-about-kind-historical = A preset from history
# Follows presets-about-kind-… once the reader has changed the preset.
presets-about-changed = changed from the preset: the notes below describe the preset as published

presets-outcome-heading = What happened next
presets-assumptions-heading = The assumptions chosen, and why
presets-sources-heading = Sources
# Shown for a source that has neither a title nor an address.
presets-untitled-source = Untitled source
# A source whose address cannot be followed as a link is shown with it in brackets.
presets-source-with-address = { $title } ({ $url })

## The milestones of a preset from history: a table

presets-milestones-heading = Milestones
# The table's caption, for screen readers.
presets-milestones-caption = Milestones: the month on the timeline, the date, and what happened
# The table's column headings.
presets-milestones-month = Month
presets-milestones-date = Date
presets-milestones-event = Event
# A button showing a month number on the timeline; it reads the charts at that month.
presets-milestone-month = { $month }
    .aria-label = Month { $month }: show it on the charts

## The note under "About this scenario"

# Shown in bold; presets-note-historical or presets-note-illustrative follows it.
presets-note-lead = An illustration, not a forecast.
# Quotes the heading presets-outcome-heading.
presets-note-historical = The model replays this sequence under the assumptions above to show how such a sequence tends to play out; it does not reproduce or predict what happened. What did happen is under “{ presets-outcome-heading }”.
presets-note-illustrative = The model shows how a sequence like this tends to play out under its assumptions; it predicts no real case.
