### The panels beside the timeline and the dialogs that explain the charts: the words their scripts make.

## The "Add a step" palette beside the timeline.

# The field's name at the start of a sentence that refuses a bad value:
# "The month for new steps must be a whole number from 0 to 47; -3 is not. Kept 0."
palette-month-field = Mes de las nuevas medidas

## The editor of the selected step or shock ("Selected step").

# The month field's name at the start of a sentence that refuses a bad value:
# "Month must be a whole number from 0 to 47; 60 is not. Kept 6."
editor-month-field = Mes
# The expiry field's name at the start of a sentence that refuses a bad value:
# "Expires after (months) must be a whole number from 1 to …, or empty for never; …"
editor-expires-field = Caducidad (meses)
# What leaving the expiry empty means, placed in "…, or empty for never; …" and "Kept it empty (never)".
editor-expires-empty = sin caducidad
# Beside the selected item's name, when it is a shock.
editor-actor-shock = (imprevisto)
# Beside the selected step's name: who takes it. $actor is the actor's name from the model
# ("sanctioning side", "target").
editor-actor = ({ $actor })
# Under the sender menu, for a step of relief.
editor-sender-help-relief = Qué parte sancionadora concede este alivio.
# Under the sender menu, for the shock in which a sender walks out of the deal.
editor-sender-help-withdrawal = Qué parte sancionadora se retira.
editor-delete-step = Eliminar esta medida
editor-delete-shock = Eliminar este imprevisto

## The assumptions: the model's settings, the simulation, and the scenario's senders.

# Beside the horizon slider. $months is the number of months the scenario runs.
assumptions-horizon-value =
    { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    }
# The field's name at the start of a sentence that refuses a bad value:
# "Simulated futures must be a whole number from 1 to 100,000; 0 is not. Kept 1,000."
assumptions-runs-field = Futuros simulados
# The random seed's field name, at the start of a sentence that refuses a bad value:
# "Seed must be a whole number from 0 to …; -4 is not. Kept 7."
assumptions-seed-field = Semilla
# The name a screen reader gives each sender's text field. $number counts from 1.
assumptions-sender-field = Sancionador { $number }
# The button beside each sender. Its aria-label names the sender the reader typed ($name).
assumptions-sender-remove = Quitar
    .aria-label = Quitar { $name }
assumptions-senders-too-many = Un escenario tiene como máximo { $max } sancionadores; quite uno antes de añadir otro.
# "EU" is an example of a short name for a sanctioning party.
assumptions-sender-name-empty = Cada sancionador necesita un nombre, como «UE».
# $max is the longest a name may be; $count is the length of the name typed.
assumptions-sender-name-too-long = El nombre de un sancionador tiene como máximo { $max } caracteres, y ese tiene { $count }.
# $name is the name the reader typed.
assumptions-sender-name-taken = «{ $name }» ya es un sancionador; dé a cada sancionador un nombre distinto.
# Follows a refused new name for a sender: the old name ($name) stays.
assumptions-sender-kept = Se mantiene «{ $name }».
# A sender cannot be removed while steps name it. $users lists them (see the next messages).
assumptions-sender-still-used = «{ $name }» sigue siendo el sancionador de: { $users }.
# One step or shock in that list: its name from the model, and its month.
assumptions-sender-user = { $step } (mes { $month })
# The end of a long list, in place of the rest: "Sectoral easing (month 6), Travel easing (month 9), Asset unfreezing (month 12) and 3 more".
assumptions-sender-users-more = { $count } más
# The list's last two parts: $first is the earlier items joined by the separator below.
assumptions-sender-users = { $first } y { $last }
# Between the items of a list, before the last two.
assumptions-list-separator = { ", " }
# Said when removing the first of several senders: steps naming no sender belong to it.
assumptions-sender-implied = Una medida que no indica ningún sancionador corresponde al primero.
# "Selected step" is the name of the panel where a step's sender is chosen.
assumptions-sender-choose-another = Elija otro sancionador para cada una en «Medida seleccionada» y después quítelo.

## "Why?": the dialog that ranks what moved a series at a month, and the buttons that open it.

# The name of the breakdown risk in the dialog's menu of series (the other names come from the model).
why-series-backsliding-risk = Riesgo de ruptura
why-dialog-title = ¿Por qué?
# The dialog's two fields read as a phrase: "Explain [Trust in the target] at month [30]".
why-series-label = Explicar
why-month-label = en el mes
why-result =
    .aria-label = La explicación
# The legend of the bars, beside their two colours: what a step or shock did to the value.
why-legend-down = lo redujo
why-legend-up = lo aumentó
# The button under each chart. Its full name, heard by screen readers, is made of this message,
# then the month it would explain (one of the next two), then why-button-explain:
# "Why? month 30: explain trust in the target". Keep it short: it sits in a chart's caption.
why-button = ¿Por qué?
why-button-at-end = al final
why-button-at-month = en el mes { $month }
# Heard only by screen readers, after the words on the button. $series is a series' name from
# the model, in lower case ("trust in the target"), or "these values".
why-button-explain = : explicar { $series }
# $horizon is the last month of the scenario; $month is the month kept.
why-month-error = El mes debe ser un número entero de 0 a { $horizon }; se mantiene el mes { $month }.
# The explanation's first sentence, when the month is the scenario's end. $series is the
# series' name from the model ("Trust in the target"); $value and $bare are figures already
# written out ("42%", "0.61"): with every step and shock, and with none.
why-lead-at-end = { $series } al final (mes { $month }): { $value } de media en los futuros simulados; sin ninguna medida ni ningún imprevisto, sería { $bare }.
# The same, at any other month.
why-lead-at-month = { $series } en el mes { $month }: { $value } de media en los futuros simulados; sin ninguna medida ni ningún imprevisto, sería { $bare }.
# Introduces the ranked list below it.
why-lead-ranking = Lo que lo movió, de mayor a menor efecto:
# In place of the list, at month 0 or when the scenario has no steps and no shocks.
why-none-yet = Nada todavía: hasta ese momento, ninguna medida ni ningún imprevisto lo había movido de forma apreciable.
why-none = Hasta ese momento, ninguna medida ni ningún imprevisto lo movió de forma apreciable.
# A change in percentage points; $change is a signed figure already written out ("+3.1", "−0.25").
why-points = { $change } puntos
# The note under the list. $runs is how many simulated futures were run.
why-note-method = Cada barra muestra el efecto de una medida o de un imprevisto: se quitó del escenario y se volvieron a simular los mismos { $runs } futuros.
# $change is a signed figure ("+0.12", "−3.1 points"); $bare and $value as in the first sentence.
why-note-together = Todas las medidas y los imprevistos juntos lo movieron en { $change }: de { $bare } sin ninguno de ellos a { $value }.
why-note-adds-up = Las medidas actúan en conjunto, así que las barras no tienen por qué sumar el total: aquí sí lo suman.
# $sum is what the bars add up to and $rest the remainder, both signed figures ("+0.12", "−3.1 points").
why-note-interaction = Las medidas actúan en conjunto, así que las barras no tienen por qué sumar el total: aquí suman { $sum }, y el resto ({ $rest }) se debe a la influencia de unas medidas sobre otras.
# When the scenario is large, fewer futures are run: $runs of its $total.
why-note-estimate = Para responder rápido se usaron { $runs } de los { $total } futuros del escenario, así que las cifras son una buena aproximación.

## "How the model works": the dialog with a paragraph on each mechanism behind the charts,
## each linking to its section of the model document (model.html, in English).

how-dialog-title = Cómo funciona el modelo
how-lead = Un modelo sencillo de confianza, verificación y ruptura, basado en la investigación sobre sanciones y cooperación. Cada parte, en un párrafo:
# A link to the whole model document, which is in English; the next message follows it in the same sentence.
how-doc-link = Lea el documento completo del modelo
# Follows the link above: "Read the whole model document (equations, parameters and sources)."
how-doc-link-contents = (ecuaciones, parámetros y fuentes; en inglés).
# A link at the end of each paragraph to its section of the model document. Its aria-label
# names the paragraph: $title is the paragraph's title.
how-more = Más información en el documento del modelo
    .aria-label = { $title }: más información en el documento del modelo
# A small button in each chart's caption that opens this dialog at the chart's mechanism. Keep it
# short. Its aria-label names the chart: $chart is the chart's title from the model.
how-chart-button = Cómo funciona
    .aria-label = Cómo funciona: { $chart }

## The mechanisms, in the order the dialog shows them: a title, then one paragraph.

# Each paragraph below explains one mechanism of the model in plain words, under its title.
# The model document it links to is in English. "8 in 10" and "the middle half" name the
# bands drawn around each chart's line.
how-futures-title = Muchos futuros posibles, no una predicción
how-futures = Cada gráfico muestra lo que ocurre en muchos futuros simulados (1000, salvo que usted cambie la cifra). En cada uno de ellos, el país sancionado es en secreto o bien un reformista que tiene la intención de cumplir, o bien un saboteador que no la tiene, y nadie en el modelo puede saber cuál de los dos es. Mes a mes, el azar decide si el país sancionado incumple una promesa, si los observadores lo advierten y si el proceso sobrevive. La línea es el futuro situado en el medio (la mediana); las bandas contienen la mitad central y 8 de cada 10 futuros. Es una ilustración de cómo suelen desarrollarse las secuencias con los supuestos que usted fije, no una predicción de ningún caso real.

how-trust-title = La confianza es una creencia que se actualiza con los indicios
how-trust = La confianza en el país sancionado es el grado en que la parte sancionadora cree que este es reformista. Cada mes, la parte sancionadora pondera lo que observó (una alarma de los observadores o un mes sin incidencias) según la probabilidad de observarlo si el país sancionado fuera reformista y si fuera saboteador (la regla de Bayes). Un mes sin incidencias con una buena verificación aumenta un poco la confianza; una alarma la reduce. Sin verificación, las alarmas no son más que rumores, igual de probables tras un buen comportamiento que tras uno malo, así que no se aprende nada y la confianza se queda donde empezó.

how-verification-title = La verificación es detección de señales
how-verification = Los observadores solo detectan una infracción real una parte de las veces (la tasa de detección) y a veces dan la alarma cuando no ha ocurrido nada (una falsa alarma). La vigilancia independiente amplía lo que ven los verificadores; las auditorías, los comités conjuntos, los criterios públicos y el intercambio de información descartan las falsas alarmas. Una mejor verificación tiene dos efectos: hace que los meses sin incidencias cuenten como indicio, y hace probable que se detecten las infracciones de un saboteador.

how-signals-title = Las medidas costosas son señales
how-signals = Un país sancionado que no actúa de buena fe fingirá una medida prometida cuando fingir salga barato y la medida desbloquee alivio, y la omitirá cuando sea probable que el engaño quede al descubierto. Un país sancionado que actúa de buena fe la cumple. Por eso, una medida solo mueve la confianza hasta donde podría haber quedado al descubierto: una medida costosa bajo verificación, o anunciada abiertamente donde la prensa puede comprobarla, permite distinguir entre los dos tipos de país sancionado; un gesto que nadie puede comprobar apenas aporta nada.

how-strategy-title = Sin buena fe, el país sancionado juega a obtener el alivio
how-strategy = Un país sancionado que no tiene intención de cumplir se porta bien de todos modos mientras se le promete alivio y la parte sancionadora conserva su capacidad de presión, e incumple más una vez concedido el último tramo (la fase final). Lo frenan una verificación en la que cree y una reimposición que considera probable. Un incumplimiento que nadie ve puede salir a la luz más tarde, gracias a auditorías, observadores u organizaciones de control.

# "reneging at home" is the name of an assumption the reader sets (its label comes from the model).
how-party-title = La parte sancionadora tiene su propia política interna
how-party = La parte sancionadora revoca el alivio a su discreción cuando su confianza cae demasiado, y un nuevo gobierno o un nuevo parlamento puede abandonar el acuerdo (el supuesto «Marcha atrás interna»), algo más probable cuando el acuerdo le ha costado apoyos. Si hay varios sancionadores, el que se retira solo revoca su propio alivio, y sus sanciones secundarias restan efecto al de los demás. El alivio con caducidad vence, salvo que el cumplimiento verificado lo renueve.

how-outcomes-title = Cuatro desenlaces posibles de un futuro
how-outcomes = Cada mes, cada futuro simulado está en uno de cuatro estados: el acuerdo se mantiene; un país sancionado que no actúa de buena fe conserva el alivio mientras su incumplimiento pasa inadvertido; su incumplimiento se detectó y se volvieron a imponer las sanciones o se retuvo el alivio (la verificación cumplió su función); o el acuerdo se rompió sin que se demostrara ningún incumplimiento. El gráfico de confianza divide esos mismos futuros según si el país sancionado actúa de buena fe.

how-noise-title = Ruido y perdón
how-noise = Cuando salta una alarma, la parte sancionadora reacciona con una probabilidad que depende de su severidad (el supuesto «Generosidad») y de la probabilidad que atribuye a que la alarma sea real. Reaccionar ante una falsa alarma castiga a un país sancionado que no hizo nada, lo que le resta confianza en el proceso. Cierto grado de perdón evita que los errores involuntarios y las falsas alarmas deshagan un acuerdo, como en los trabajos de Axelrod sobre la cooperación en presencia de ruido; demasiado perdón permite que un saboteador quede impune por sus infracciones.

how-conditional-title = Medidas condicionales y periodos de revisión
how-conditional = Una medida condicional espera, en su mes o después, hasta que la parte sancionadora haya observado un periodo de revisión de meses seguidos sin incidencias verificados: cuatro, o dos cuando hay criterios públicos que definen qué se considera cumplimiento. Cualquier alarma reinicia la cuenta. Cada concesión abre un nuevo periodo de revisión para la etapa siguiente. Sin ninguna medida de verificación, el alivio condicional nunca llega; el alivio que se retiene después de haberse ganado va minando la confianza del país sancionado.

how-target-trust-title = La confianza del país sancionado
how-target-trust = El país sancionado también tiene que creer que el alivio, una vez prometido, llegará y se mantendrá. Su confianza crece cuando el alivio llega a tiempo, y más aún cuando se anuncia abiertamente o lo respalda un garante; y cae cuando se le niega un alivio ya ganado, cuando se le castiga por una infracción que no cometió, cuando cambia el liderazgo de la parte sancionadora y cuando el proceso se rompe. Un país sancionado que espera que el alivio se revierta de todos modos tiene menos motivos para cumplir.

how-leverage-title = Capacidad de presión
how-leverage = La capacidad de presión es la presión que aún no se ha aliviado, más la parte del alivio ya concedido que una reimposición automática creíble podría revertir. Cada medida de alivio gasta una parte, así que concentrar el alivio al principio la gasta pronto. Una cláusula de reimposición automática solo conserva capacidad de presión hasta donde la verificación pueda detectar la infracción que la activaría. La capacidad de presión importa porque disuade a un saboteador cuya economía depende de los canales sancionados.

how-economy-title = La economía: canales rápidos y lentos
how-economy = Cada tipo de alivio abre un canal económico. Los canales rápidos, como la reapertura de un sector exportador o la liberación de activos, dan frutos en pocos meses. El canal lento, el de la banca y los pagos, da frutos a lo largo de los años, a un ritmo que marca la confianza de los inversores: la aumentan los criterios públicos, la confianza del país sancionado, las garantías y el margen político de la parte sancionadora; la reducen una reimposición automática sin criterios públicos y cualquier ruptura. El alivio humanitario y la flexibilización de viajes aportan beneficios cotidianos visibles.

how-legitimacy-title = Legitimidad
how-legitimacy = El apoyo público al proceso en la sociedad del país sancionado tiende cada mes hacia un nivel que depende de lo que la gente puede ver: lo elevan el alivio y el acceso humanitarios, las reformas, los canales de quejas y reparación, la voz de la sociedad civil y la recuperación económica; lo reducen una línea dura fuerte, las penurias, el alivio anunciado que no ha llegado, la tensión y la ruptura, y también unos garantes externos tan implicados que su papel se percibe como paternalismo.

# “Tactical theater” quotes the phrase critics of unverified relief use; keep it in quotation marks.
how-capital-title = Capital político y «teatro táctico»
how-capital = La parte sancionadora necesita margen político interno para seguir adelante. El cumplimiento verificado se lo da. El alivio concedido sin que nada lo verifique se percibe en el frente interno como teatro táctico, y el coste crece más deprisa que la cantidad: un poco se tolera, mucho no. A medida que se acumulan meses sin incidencias verificados, ese alivio no verificado deja de pesar en su contra. Un capital político bajo aumenta el riesgo de ruptura y vuelve más cautos a los inversores.

how-hazard-title = El riesgo de ruptura
how-hazard = Cada mes, un proceso intacto puede romperse: una retirada, una marcha atrás, el colapso del acuerdo. La probabilidad mensual aumenta con la desconfianza de ambas partes, con los saboteadores (sectores de línea dura frente a una población que no apoya el proceso, amplificados por los países vecinos y por la incertidumbre sobre el país sancionado), con la pérdida de capital político y con los imprevistos recientes, y disminuye con las garantías. También le ponen fin una reimposición automática que se activa, un incumplimiento demostrado mientras el alivio está en vigor, o la caducidad del alivio cuando ya no queda ninguno vigente. Las negociaciones pueden reanudarse más tarde, con la confianza que quede. El gráfico de riesgo muestra la proporción de futuros que se han roto al menos una vez hasta ese momento, y las barras, la probabilidad de una primera ruptura en cada mes.

how-shocks-title = Imprevistos
how-shocks = Los imprevistos golpean en su mes: un sabotaje aumenta la tensión y resta apoyo y capital político; un cambio de liderazgo en la parte sancionadora reduce la confianza del país sancionado y el capital político; una crisis regional aumenta la tensión, más aún si los países vecinos reaccionan con fuerza; un choque económico hace retroceder durante un tiempo la recuperación y el apoyo. La tensión se disipa en uno o dos meses, pero no así la ruptura que haya provocado.

# “Model doubt” is the label of a tick box in the "Simulation" section of the page; use the
# same words as that box and that section.
how-doubt-title = ¿Hasta qué punto está seguro el modelo de sí mismo?
how-doubt = Las bandas muestran el azar: cómo se desarrolla una misma secuencia en muchos futuros. Las cifras propias del modelo, como la frecuencia con que los observadores pasan por alto una infracción o la rapidez con que cambia la confianza, son estimaciones dentro de los márgenes que indica el documento del modelo. Marque «Incertidumbre del modelo» en «Simulación» y cada futuro se volverá a simular con esas cifras tomadas al azar dentro de sus márgenes: las líneas punteadas indican dónde se sitúan entonces 8 de cada 10 futuros, y una franja sombreada en el riesgo de ruptura muestra cuánto podría variar el riesgo si las cifras no son exactas. Por lo general, el azar mueve un futuro concreto más que la incertidumbre del modelo; es en el riesgo de ruptura donde se nota la incertidumbre.

## "Suggest a better order": the search for better months for the steps, and its answer.

# The three fields' names, each at the start of a sentence that refuses a bad value
# (suggest-field-invalid, suggest-field-empty).
suggest-field-month = Mes en que se mide el riesgo
suggest-field-not-before = Mes antes del cual no se mueve ninguna medida
suggest-field-gap = Meses entre medidas de alivio
# $field is one of the names above; $horizon the scenario's last month; $value what was typed.
suggest-field-invalid = { $field }: debe ser un número entero de 0 a { $horizon }; { $value } no lo es.
suggest-field-empty = { $field }: debe ser un número entero de 0 a { $horizon }; se dejó vacío.
# $reason says what went wrong, in words from the model.
suggest-failed = No se pudo hacer ninguna sugerencia: { $reason }
suggest-failed-unexpectedly = No se pudo hacer ninguna sugerencia: la búsqueda se detuvo de forma inesperada.
# Said to screen readers when the reader cancels the search.
suggest-cancelled = Búsqueda cancelada.
# The search's progress, before any order has been tried, then with $count orders tried so far.
suggest-searching = Buscando…
suggest-searching-tried =
    { $count ->
        [one] Buscando: { $count } orden probado…
       *[other] Buscando: { $count } órdenes probados…
    }
# Over the list of moves the suggestion makes; the timeline shows each as a dashed outline.
suggest-changes-heading = Qué cambia (con contorno discontinuo en la línea de tiempo):
# Over the list of what the suggestion does to three outcomes, on simulated futures not used in the search.
suggest-outcomes-heading = En esos mismos futuros nuevos:
# Buttons: apply the suggested order to the scenario, or dismiss it.
suggest-use = Usar este orden
suggest-keep = Conservar el mío
# Said to screen readers after "Keep mine".
suggest-kept = Se mantuvo su orden.
# Said to screen readers when a suggestion is shown: $result is the model's sentence on the
# suggestion, and $moves the moves it makes, joined by the separator below.
suggest-announce = { $result } { $moves }.
suggest-move-separator = { "; " }
# Said to screen readers after "Use this order".
suggest-used = Se aplicó el orden sugerido. «Deshacer» lo revierte.
# Said to screen readers when a change to the scenario stops a search under way.
suggest-stopped = La búsqueda se detuvo: el escenario cambió.

## "What matters most?": the dialog that ranks the factors an outcome depends on, as a tornado chart.

analysis-dialog-title = ¿Qué influye más?
analysis-intro = Cada supuesto, y el mes y la magnitud de cada medida, se hace variar en todo su intervalo, con todo lo demás tal como está y en los mismos futuros simulados. Cuanto más larga es su barra, más depende de él el resultado.
# The fields read as a phrase: "Outcome [Risk of breakdown by month] month [48]".
analysis-outcome-label = Resultado
analysis-outcome-breakdown = Riesgo de ruptura hasta el mes
analysis-outcome-trust = Confianza en el país sancionado al final
analysis-outcome-recovery = Recuperación económica al final
analysis-month-label = mes
# Buttons. "Run again" replaces "Run" once it has run.
analysis-run = Calcular
analysis-run-again = Recalcular
analysis-cancel = Cancelar
# The progress bar's label.
analysis-progress-label = Variando los factores
analysis-download-svg = Descargar SVG
analysis-download-png = Descargar PNG
# Opens the table under the chart.
analysis-table-summary = Tabla de todas las barras
# The name a screen reader gives the table's scrolling box.
analysis-table-region = Tabla de lo que más influye
# The status line after Cancel.
analysis-cancelled = Cancelado.
# $horizon is the scenario's last month.
analysis-month-error = Mes: debe ser un número entero de 0 a { $horizon }, el horizonte del escenario.
analysis-running = Calculando…
# $done of the $total factors have been swung so far.
analysis-progress = { $done } de { $total } factores variados…
# $reason says what went wrong (from the model, or analysis-worker-failed).
analysis-failed = No se pudo calcular qué influye más: { $reason }
analysis-worker-failed = falló el proceso de cálculo en segundo plano
# The summary under the dialog's chart, in sentences. First the outcome as the scenario is
# written: $outcome is the model's description of it, capitalised ("The risk of breakdown by
# month 48"), and $value a figure already written out ("12.5%", "0.61").
analysis-summary-as-written = { $outcome }, con el escenario tal como está: { $value }.
# One of the factors that matter most: $factor is its name from the model; $low and $high the
# outcome with the factor at either end of its range ("12.5%"). Used in the next messages.
analysis-summary-factor = { $factor } ({ $low } en el extremo inferior, { $high } en el superior)
analysis-summary-none = Ningún factor lo mueve más que el ruido de los futuros simulados.
# $first is one factor (analysis-summary-factor).
analysis-summary-one = El factor que más influye: { $first }.
# $first is the top factor and $rest the next one or two, joined by analysis-summary-separator.
analysis-summary-many = El factor que más influye: { $first }; después, { $rest }.
analysis-summary-separator = { " y " }
# $noise of the $total factors move the outcome less than chance does.
analysis-summary-noise = { $noise } de los { $total } factores quedan dentro del ruido y se muestran atenuados, debajo de los demás.
# Added when the scenario has changed since the ranking was run.
analysis-summary-changed = (Corresponde al escenario tal como estaba cuando lo calculó; vuelva a calcular para el actual.)
# The status line once done; $count factors were ranked.
analysis-done = Listo: { $count } factores ordenados.
# Said to screen readers once done.
analysis-done-announce = Qué influye más: { $count } factores ordenados.
# The chart's legend: the colours of a bar's two ends, and of factors within noise.
analysis-legend-low = en el extremo inferior de su intervalo
analysis-legend-high = en el extremo superior
analysis-legend-noise = dentro del ruido (atenuado, rayado)
# The chart's name for screen readers. $outcome is the model's description of the outcome
# ("the risk of breakdown by month 48").
analysis-canvas-label = Qué influye más en { $outcome }: una barra por factor, descritas debajo del gráfico
# The table's caption. $outcome as above; $value the outcome as written ("12.5%").
analysis-table-caption = Qué influye más en { $outcome } (con el escenario tal como está: { $value })
# The table's column headings: the factor, the two ends of its range, the outcome at each
# end, its effect with its standard error, and whether it is within noise.
analysis-column-factor = Factor
analysis-column-low = Extremo inferior
analysis-column-high = Extremo superior
analysis-column-at-low = Resultado en el inferior
analysis-column-at-high = Resultado en el superior
analysis-column-effect = Efecto ± error est.
analysis-column-noise = Dentro del ruido
# A step's month at one end of its range, in the table.
analysis-month = mes { $month }
# A factor's effect ($effect, signed) and its standard error ($error), in the table: "+3.1 points ± 0.4 points".
analysis-effect = { $effect } ± { $error }
# A difference in percentage points; $size is a figure already written out ("3.1", "+3.1").
analysis-points = { $size } puntos
# Whether a factor is within noise, in the table's last column.
analysis-noise-yes = sí
analysis-noise-no = no
# Said to screen readers after a download; $file is the file's name.
analysis-saved = Se guardó { $file }.
# $reason says what went wrong, from the browser.
analysis-save-failed = No se pudo guardar la figura: { $reason }
