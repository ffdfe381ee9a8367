### The words the scripts both pages share make: the charts, the timeline, the view around them, the alert box.

## The charts: their captions, legends, the readout of every value at a month, and the table.

# The name a screen reader gives each chart. $title is the chart's title and $description a
# sentence describing it, both from the model.
chart-canvas =
    .aria-label = Gráfico «{ $title }». { $description } Use las teclas de flecha para leerlo mes a mes.
# The caption under each chart: how to read it, in a sentence a newcomer follows.
chart-note-trust = La confianza se divide según si el país sancionado actúa realmente de buena fe, algo que la parte sancionadora no puede ver.
chart-note-economy = Qué parte de la producción perdida por las sanciones se ha recuperado, desde nada hasta la totalidad.
chart-note-risk = La línea: la proporción de futuros en los que el proceso ya se ha roto en ese momento. Las barras: las rupturas de cada mes, entre los futuros que siguen intactos.
chart-note-leverage = La presión que aún conserva la parte sancionadora, de 0 a 1.
chart-note-legitimacy = El apoyo público al proceso en la sociedad del país sancionado, de 0 a 1.
chart-note-outcomes = Cada mes, cada futuro simulado está en uno de estos cuatro estados; juntos suman el 100 %.
# The legends' entries. The line is the median of the simulated futures; the two bands around
# it hold the middle half of them and 8 in 10 of them. Keep them short.
chart-legend-median = Mediana
chart-legend-middle-half = Mitad central
chart-legend-eight-in-ten = 8 de cada 10
# The dashed line of the scenario the reader pinned to compare with.
chart-legend-baseline = Referencia
# The faded line of the curves as they were before the change being made.
chart-legend-before-change = Antes de este cambio
# The readout's heading: the month being read, or the scenario's end when none is.
chart-readout-end = Al final, mes { $month }
chart-readout-month = Mes { $month }
# After the heading, set off by a middle dot: what the figures in brackets are.
chart-readout-range = entre paréntesis, la mitad central de los futuros
# After the heading at the end, set off by a middle dot.
chart-readout-point = señale un gráfico para leer otro mes
# After a value, set off by a middle dot: the same value in the baseline. $value is a figure
# already written out ("42%", "0.61").
chart-readout-baseline = referencia: { $value }
# The name a screen reader gives the readout's list of the four outcomes.
chart-readout-outcomes =
    .aria-label = Desenlaces
# The caption of the table that stands in for the charts: a row every $stride months.
chart-table-caption =
    { $stride ->
        [one] Cada mes: la mediana y, entre paréntesis, el intervalo que contiene 8 de cada 10 futuros simulados.
       *[other] Cada { $stride } meses: la mediana y, entre paréntesis, el intervalo que contiene 8 de cada 10 futuros simulados.
    }

## The timeline: months along the top, a lane for each actor, each step or shock a chip.

# Over the lane names, beside the months along the top (read "Month 0 … 48").
timeline-axis-label = Mes
# A suggested order's dashed outline where steps would go: $steps names them (joined by " + "),
# $month is where they would go. Keep it short.
timeline-ghost = { $steps } → { $month }
# The name a screen reader gives a chip: the step's name from the model ($label), and who takes
# the step ($actor, from the model: "sanctioning side", "target").
timeline-chip-step = { $label } ({ $actor })
timeline-chip-shock = { $label } (imprevisto)
# What a screen reader hears as a chip's value: its name, then the parts below, joined by
# timeline-chip-separator: "Sectoral easing, month 14, by EU, expires after 6 months, conditional, transparent".
timeline-chip-month = mes { $month }
# $sender is the name of a sanctioning party, as the reader typed it.
timeline-chip-sender = sancionador: { $sender }
timeline-chip-expires =
    { $months ->
        [one] caduca al cabo de { $months } mes
       *[other] caduca al cabo de { $months } meses
    }
# The step waits for verified compliance.
timeline-chip-conditional = condicional
# The step is announced with published criteria.
timeline-chip-transparent = transparente
timeline-chip-separator = { ", " }
# A small tag on a chip for relief that lapses after $months months. Keep it very short.
timeline-chip-expiry-tag = { $months } m

## The explorer's view, on both pages: what a change did, the sequencing check, and the timeline's key.

# At the head of the readout under the charts, before what the last change did to each chart
# (sentences from the model, joined by view-change-separator).
view-last-change = El último cambio:
# Said to screen readers once a change settles: $changes is what it did to each chart, in the
# model's words ("trust by month 48: 0.52 → 0.61 (+0.09); …").
view-change-said = El cambio: { $changes }.
view-change-separator = { "; " }
# The sequencing check, when it finds nothing to warn of.
view-no-warnings = No se detectó ningún problema en la secuencia.
# The timeline's key: the colour of each kind of step, and the hourglass of a conditional step.
view-key-relief = alivio
view-key-reform = reforma o cumplimiento
view-key-confidence = fomento de la confianza
view-key-shock = imprevisto
view-key-conditional = espera al cumplimiento verificado

## The page's alert box, on both pages.

# The button that closes the alert box. Keep it short.
dom-dismiss = Cerrar

## Why the browser would not keep the reader's work between visits. Each is a clause set inside
## another sentence, after a colon or in brackets, so it starts in lower case and has no full
## stop: "Your changes cannot be kept in this browser: this browser's storage for the page is full."

storage-not-allowed = este navegador no permite que la página conserve nada entre visitas
storage-full = el almacenamiento de este navegador para la página está lleno

## The language switcher, in both pages' headers.

# Read by screen readers for the menu of languages (beside a globe icon).
language-label = Idioma

## The product's name, in every page's header and title.

brand-name = Relief Sequencer
