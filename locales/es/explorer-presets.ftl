## The Presets menu in the header, and "About this scenario" beside the timeline. The presets'
## own titles and texts come from the model's catalogue.

# The headings of the Presets menu's two groups of built-in scenarios.
presets-kind-illustrative = Ilustrativos
presets-kind-historical = Históricos

# The heading of the panel that tells the reader about the scenario shown.
presets-about-heading = Acerca de este escenario
# Shown in place of a scenario's title when it has none.
presets-untitled-scenario = Escenario sin título
# What kind of scenario the panel is about.
presets-about-kind-illustrative = Un escenario predefinido ilustrativo
presets-about-kind-historical = Un escenario predefinido histórico
# Follows presets-about-kind-… once the reader has changed the preset.
presets-about-changed = modificado respecto al original: las notas siguientes describen el escenario predefinido tal como se publicó

presets-outcome-heading = Qué ocurrió después
presets-assumptions-heading = Los supuestos elegidos y por qué
presets-sources-heading = Fuentes
# Shown for a source that has neither a title nor an address.
presets-untitled-source = Fuente sin título
# A source whose address cannot be followed as a link is shown with it in brackets.
presets-source-with-address = { $title } ({ $url })

## The milestones of a preset from history: a table

presets-milestones-heading = Hitos
# The table's caption, for screen readers.
presets-milestones-caption = Hitos: el mes en la línea de tiempo, la fecha y lo que ocurrió
# The table's column headings.
presets-milestones-month = Mes
presets-milestones-date = Fecha
presets-milestones-event = Acontecimiento
# A button showing a month number on the timeline; it reads the charts at that month.
presets-milestone-month = { $month }
    .aria-label = Mes { $month }: mostrarlo en los gráficos

## The note under "About this scenario"

# Shown in bold; presets-note-historical or presets-note-illustrative follows it.
presets-note-lead = Una ilustración, no una predicción.
# Quotes the heading presets-outcome-heading.
presets-note-historical = El modelo simula esta secuencia con los supuestos anteriores para mostrar cómo suele desarrollarse una secuencia de este tipo; no reproduce ni predice lo que ocurrió. Lo que ocurrió en realidad figura en «{ presets-outcome-heading }».
presets-note-illustrative = El modelo muestra cómo suele desarrollarse una secuencia como esta con sus supuestos; no predice ningún caso real.
