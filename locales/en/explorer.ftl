## The explorer's own messages: errors, notes and announcements its start-up and its panels make.

# The note under the charts once the reader has pinned a baseline.
explorer-baseline-note-pinned = Bands: the middle half and 8 in 10 of the simulated futures; a figure in words comes with its middle half. The grey dashed line is the baseline you pinned; pin again to compare later changes with the current scenario.
# The note under the charts while the baseline is the scenario as it was opened.
explorer-baseline-note-opened = Bands: the middle half and 8 in 10 of the simulated futures; a figure in words comes with its middle half. The grey dashed line is the baseline: the scenario as you opened it. Pin the current one to compare later changes with it.
# $what is one of the explorer-could-not-… messages below; $error the reason, often in English.
explorer-failed-to = { $what }: { $error }
explorer-could-not-run = The model could not run this scenario
explorer-could-not-explain = The explanation could not be made
explorer-could-not-set-up-embed = The Embed dialog could not be set up
# $error: what went wrong, as the browser says it.
explorer-something-went-wrong = Something went wrong: { $error }
# Sent to an article that embeds the page when the model fails.
explorer-model-stopped = The model stopped unexpectedly: { $error }
explorer-could-not-start = Relief Sequencer could not start: { $error }. Reload the page to try again.
# $status: the HTTP status code.
explorer-default-not-loaded = the default scenario could not be loaded ({ $status })
# The timeline's hint on a touch screen (phones, tablets).
explorer-touch-hint = Drag a step sideways to move it; tap it to choose it and edit it further down.
# In the timeline's key, beside the icon of a step announced with published criteria.
explorer-key-published-criteria = published criteria
# The scenario's title when it has none.
explorer-untitled-scenario = Untitled scenario
# The "Why?" button beside the readout of every value at a month.
explorer-why-these-values = these values
# Announced to screen readers when a preset opens. $title: the preset's title.
explorer-preset-opened = Opened “{ $title }”. About this scenario is below the timeline.
# In the footer. $version: a version number such as 0.4.0.
explorer-version = Version { $version }.
