## The explorer's page: its header, its sections and their hints.

# The browser tab's title.
page-title = { brand-name }
# The page's description for search engines and link previews; the reader does not see it on the page.
page-meta-description = Arrastre a lo largo de una línea de tiempo medidas de alivio de las sanciones, reformas, medidas de fomento de la confianza e imprevistos, y vea qué podría ocurrir después: la confianza de ambas partes, la recuperación económica y el riesgo de ruptura, en muchos futuros simulados.
# A link that keyboard users meet first, which jumps past the header.
page-skip-link = Ir a la línea de tiempo

## The header

# Under the page's name on a wide screen.
page-tagline-long = Secuenciar el alivio de las sanciones: una ilustración, no una predicción
# Under the page's name on a phone, in place of page-tagline-long: keep it short.
page-tagline-short = Una ilustración, no una predicción
# Read by screen readers before the scenario's title; keep the space at the end.
page-scenario-label = Escenario:{ " " }
# Shown in place of the scenario's title until the page has started.
page-scenario-loading = Cargando…
# Opens a menu of built-in scenarios.
page-presets-button = Escenarios
# Opens a dialog that explains the model.
page-how-button = Cómo funciona
# The name of the group holding Undo and Redo, for screen readers.
page-edit-history =
    .aria-label = Historial de cambios
# On a phone only the icon shows; the word is read by screen readers.
page-undo = Deshacer
page-undo-button =
    .title = Deshacer (Ctrl+Z)
page-redo = Rehacer
page-redo-button =
    .title = Rehacer (Mayús+Ctrl+Z)
page-share-button = Compartir
# On a phone the header's less used buttons fold under this one.
page-more-button = Más
page-open-button = Abrir…
    .title = Abrir un archivo de escenario (o soltarlo sobre la página)
# Opens a menu of files to download.
page-export-button = Exportar
page-embed-button = Insertar
# Returns to the scenario the page opened with.
page-start-over = Empezar de nuevo
# A link to the page for running a workshop with a group.
page-workshop-link = Taller
# Shown only when the browser runs no scripts.
page-noscript = { brand-name } necesita JavaScript y WebAssembly para ejecutar el modelo en su navegador. No se envía nada a ningún sitio.
# The page's opening sentence. $runs is how many simulated futures the charts summarise.
page-intro = ¿En qué orden deberían levantarse las sanciones? Arrastre las medidas a lo largo de la línea de tiempo; los gráficos muestran lo que podría ocurrir después en <span data-l10n-name="runs">{ $runs }</span> { $runs ->
        [one] futuro simulado
       *[other] futuros simulados
    }.

## The timeline

# The timeline's heading; the unit is shown smaller.
timeline-heading = Línea de tiempo <span data-l10n-name="unit">(meses)</span>
# Under the timeline's heading. Enter and Delete are keys on the keyboard.
timeline-hint = Arrastre las medidas, o seleccione una y use las teclas de flecha. Enter la edita; Supr la elimina.
# The heading of the list of warnings about the order of the steps.
timeline-warnings-heading = Revisión de la secuencia

## Adding a step (a panel that folds open under the timeline)

palette-summary = Añadir una medida
# Followed by a field holding a month number.
palette-month-label = Las nuevas medidas van en el mes

## "Suggest a better order" (a panel that folds open under the timeline)

suggest-summary = Sugerir un orden mejor
# “Risk and recovery together” is the first choice of suggest-aim-label's list (suggest-aim-score).
suggest-hint = El modelo prueba otros meses para sus medidas, conserva el orden que mejor cumple su objetivo y después lo comprueba en futuros simulados nuevos. No sugiere nada si la mejora no supera el doble del ruido. «Riesgo y recuperación juntos» cuenta un punto de recuperación económica, promediado a lo largo de los meses, como medio punto de riesgo.
# A list's label: what the search tries to do best on.
suggest-aim-label = Objetivo
suggest-aim-score = Riesgo y recuperación juntos
suggest-aim-breakdown = Solo el riesgo de ruptura
# Followed by a field holding a month number.
suggest-month-label = Riesgo de ruptura hasta el mes
# Followed by a field holding a month number.
suggest-not-before-label = No mover ninguna medida antes del mes
# Followed by a field holding a number of months.
suggest-gap-label = Meses entre medidas de alivio, como mínimo
# The label of a checkbox.
suggest-flags-label = También puede cambiar si una medida espera al cumplimiento verificado o si se anuncia con criterios públicos
suggest-run-button = Buscar
suggest-cancel-button = Cancelar

## The charts

# The charts' heading; charts-heading-futures follows it, smaller.
charts-heading = Qué podría ocurrir
# Follows charts-heading. $runs is how many simulated futures the charts summarise.
charts-heading-futures = en <span data-l10n-name="runs">{ $runs }</span> { $runs ->
        [one] futuro simulado
       *[other] futuros simulados
    }
# The legend of the lines drawn on every chart, for screen readers.
charts-shared-legend =
    .aria-label = Líneas de todos los gráficos
# Keeps the charts' current lines as a dashed line to compare later changes with.
charts-pin-baseline = Fijar como referencia
charts-matters-button = ¿Qué influye más?
charts-doubt-legend =
    .aria-label = Lo que la incertidumbre del modelo añade a los gráficos
charts-loading = Cargando el modelo…
# Shown when "Model doubt" is ticked. "The ranges" links to the model's documentation (in English).
charts-model-doubt-help = Con la incertidumbre del modelo, cada futuro se vuelve a simular con las cifras propias del modelo tomadas al azar dentro de sus márgenes plausibles. Bordes punteados: dónde se sitúan entonces 8 de cada 10 futuros, con el azar y la incertidumbre juntos; franja sombreada en el riesgo: cuánto podría variar el riesgo si las cifras del modelo no son exactas. <a data-l10n-name="ranges">Los márgenes</a> (en inglés).
charts-baseline-note = Bandas: la mitad central y 8 de cada 10 futuros simulados; cada cifra del texto va acompañada de su mitad central. La línea gris discontinua es la referencia: el escenario tal como se abrió la página. Fije el escenario actual como referencia para comparar con él los cambios posteriores.
# A panel that folds open to show the charts' numbers as a table.
charts-table-summary = Tabla
charts-table-region =
    .aria-label = Tabla de la proyección

## The selected step's editor

page-editor-heading = Medida seleccionada
page-editor-empty = Seleccione una medida en la línea de tiempo para cambiar su mes, su magnitud o la forma en que se aplica.
page-editor-month-label = Mes
page-editor-size-label = Magnitud
page-editor-size-help = Para el alivio: la proporción de todas las sanciones que levanta. Para las demás medidas: hasta dónde llega.
# Which of the sanctioning parties (the "senders", e.g. US, EU) a step belongs to.
page-editor-sender-label = Sancionador
page-editor-sender-help = La parte sancionadora a la que corresponde.
page-editor-expires-label = Caducidad (meses)
# Shown in the empty field: a step that never expires.
page-editor-expires-field =
    .placeholder = sin caducidad
page-editor-expires-help = Vacío: sin caducidad. Si no, el alivio caduca ese número de meses después de concederse, salvo que el cumplimiento verificado lo renueve.
# A checkbox's label: the word, then what it means in smaller, muted type.
page-editor-conditional = Condicional <span data-l10n-name="gloss">— espera a que se verifique el cumplimiento</span>
# A checkbox's label: the word, then what it means in smaller, muted type.
page-editor-transparent = Transparente <span data-l10n-name="gloss">— se anuncia con criterios públicos</span>
page-editor-delete = Eliminar esta medida

## Assumptions and the simulation's settings

page-assumptions-heading = Supuestos
page-assumptions-hint = Lo que los futuros simulados dan por sentado. Cada supuesto es un número de 0 a 1.
# The sanctioning parties.
page-senders-legend = Sancionadores
page-senders-help = Quién impone las sanciones. Déjelo vacío si hay una sola parte sancionadora. Deles nombre para que cada una tenga su propio alivio; p. ej., EE. UU., UE, ONU.
# The field where a reader types a new sender's name; the placeholder is an example of one.
page-new-sender =
    .placeholder = p. ej., UE
    .aria-label = Nuevo sancionador
page-add-sender = Añadir sancionador
page-simulation-heading = Simulación
page-horizon-label = Meses de proyección
page-horizon-help = Las medidas que quedan después del final pasan a su último mes.
page-runs-label = Futuros simulados
page-runs-help = Con más futuros, las bandas son más suaves, pero la actualización es más lenta.
# The number that starts the random draws of the simulated futures.
page-seed-label = Semilla
page-new-seed = Nueva semilla
page-seed-help = El mismo escenario con la misma semilla da siempre los mismos futuros.
# A checkbox's label.
page-model-doubt-label = Incertidumbre del modelo
page-model-doubt-hint = Vuelve a simular cada futuro con las cifras propias del modelo tomadas al azar dentro de sus márgenes plausibles, para mostrar cuánto depende de ellas la respuesta (el doble de trabajo).

## The footer

# The page's version (explorer-version) follows it.
page-footer = { brand-name } ejecuta el modelo íntegramente en su navegador; nada de lo que haga aquí se envía a ningún sitio. Las cifras proceden de un modelo sencillo de confianza, verificación y ruptura, no de datos sobre ningún país real.

## Dialogs and the editor as a sheet on a phone

# The button that closes a dialog.
dialog-close = Cerrar
# On a phone the selected step's editor opens over the bottom of the screen; this button closes it.
sheet-done = Listo
# The name screen readers give the editor while it covers the bottom of the screen.
sheet-label = Medida seleccionada, en un panel sobre la página

## The first visit's invitation to drag a step (in place of timeline-hint)

# It should be about as long as timeline-hint.
invite-hint = ¿Primera visita? Arrastre la medida rodeada por un círculo, o selecciónela y use las teclas de flecha, y observe los gráficos.
# On a touch screen.
invite-hint-touch = ¿Primera visita? Arrastre con el dedo hacia un lado la medida rodeada por un círculo y observe cómo cambian los gráficos.

## Limits: large scenarios, full lists and numbers out of range

# Under the charts' heading while a large scenario's futures are still being counted. $runs is how many there are in all.
limits-refining = Afinando: se están calculando los { $runs } futuros simulados…
# $max is how many steps a scenario may have, $count how many this one has.
limits-steps-full = Un escenario admite como máximo { $max } medidas, y este tiene { $count }. Elimine una antes de añadir otra.
# $max is how many shocks a scenario may have, $count how many this one has.
limits-shocks-full = Un escenario admite como máximo { $max } imprevistos, y este tiene { $count }. Elimine uno antes de añadir otro.
# Under a number field whose entry was refused. $field is the field's name ("Simulated futures"); $min and $max the numbers allowed; $entry what the reader typed. $problem says what was wrong: "bad" (not a number), "empty" (nothing typed) or "out" (a number outside the range, or not whole).
limits-number-refused = { $problem ->
        [bad] { $field }: debe ser un número entero de { $min } a { $max }; lo introducido no es un número.
        [empty] { $field }: debe ser un número entero de { $min } a { $max }; se dejó vacío.
       *[out] { $field }: debe ser un número entero de { $min } a { $max }; { $entry } no lo es.
    }
# As limits-number-refused, for a field that may be left empty. $empty says what an empty field means ("never").
limits-number-refused-optional = { $problem ->
        [bad] { $field }: debe ser un número entero de { $min } a { $max }, o quedar vacío ({ $empty }); lo introducido no es un número.
       *[out] { $field }: debe ser un número entero de { $min } a { $max }, o quedar vacío ({ $empty }); { $entry } no lo es.
    }
# Follows limits-number-refused: the field shows its last good number, $kept, again.
limits-number-kept = Se mantiene { $kept }.
# Follows limits-number-refused-optional: the field is empty again. $empty says what that means ("never").
limits-number-kept-empty = Se mantiene vacío ({ $empty }).

## When the model fails

# In the page's error box. The words between <strong> and </strong> are shown in bold; keep the tags. $detail is the browser's technical name for the failure (in English).
failure-model-stopped = <strong>El modelo se detuvo de forma inesperada</strong> ({ $detail }). Su escenario se conserva: vuelva a cargar la página para continuar desde el último escenario que se ejecutó. La consola del navegador contiene un informe para el registro de incidencias del proyecto.
failure-reload = Recargar

## A new version, installed while the page was open

offline-update-ready = Hay una nueva versión de { brand-name } disponible.
offline-update-reload = Recargar para usarla
