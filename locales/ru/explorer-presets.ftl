## The Presets menu in the header, and "About this scenario" beside the timeline. The presets'
## own titles and texts come from the model's catalogue.

# The headings of the Presets menu's two groups of built-in scenarios.
presets-kind-illustrative = Иллюстративные
presets-kind-historical = Из истории

# The heading of the panel that tells the reader about the scenario shown.
presets-about-heading = Об этом сценарии
# Shown in place of a scenario's title when it has none.
presets-untitled-scenario = Сценарий без названия
# What kind of scenario the panel is about.
presets-about-kind-illustrative = Иллюстративный готовый сценарий
presets-about-kind-historical = Готовый сценарий из истории
# Follows presets-about-kind-… once the reader has changed the preset.
presets-about-changed = изменён вами: примечания ниже описывают готовый сценарий в опубликованном виде

presets-outcome-heading = Что было дальше
presets-assumptions-heading = Выбранные допущения и их обоснование
presets-sources-heading = Источники
# Shown for a source that has neither a title nor an address.
presets-untitled-source = Источник без названия
# A source whose address cannot be followed as a link is shown with it in brackets.
presets-source-with-address = { $title } ({ $url })

## The milestones of a preset from history: a table

presets-milestones-heading = Ключевые события
# The table's caption, for screen readers.
presets-milestones-caption = Ключевые события: месяц на временной шкале, дата и что произошло
# The table's column headings.
presets-milestones-month = Месяц
presets-milestones-date = Дата
presets-milestones-event = Событие
# A button showing a month number on the timeline; it reads the charts at that month.
presets-milestone-month = { $month }
    .aria-label = Месяц { $month }: показать на графиках

## The note under "About this scenario"

# Shown in bold; presets-note-historical or presets-note-illustrative follows it.
presets-note-lead = Иллюстрация, а не прогноз.
# Quotes the heading presets-outcome-heading.
presets-note-historical = Модель прогоняет эту последовательность шагов при указанных выше допущениях, чтобы показать, как обычно разворачиваются подобные последовательности; она не воспроизводит и не предсказывает реальные события. Что произошло на самом деле, рассказано в разделе «{ presets-outcome-heading }».
presets-note-illustrative = Модель показывает, как подобная последовательность обычно разворачивается при её допущениях; никакого реального случая она не предсказывает.
