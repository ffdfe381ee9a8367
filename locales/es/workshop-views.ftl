### The workshop page's facilitator views: a team's hand-back received, Compare and its
### ranking, Play and its presenter window, and the debrief with the model's own suggestion.
### Step, shock and chart names, the checker's remarks, the numbers' readings and the
### ranking's rule come from the model and arrive already in the reader's language.

## A team's hand-back, opened from its link on any device

# The page's title when the hand-back does not name its exercise.
ws-received-untitled = Ejercicio del taller
# The view's heading. $team is the team's name, as the team typed it.
ws-received-heading = { $team } entregó su secuencia
# $reason says what is wrong with the link, in a sentence with no full stop.
ws-received-link-failed = { $reason }. Pida de nuevo al equipo su enlace.
# The first sentence under the heading. $title is the exercise's title, as its author typed it.
ws-received-for = Para el ejercicio «{ $title }».
# After ws-received-for, when this device has no teams yet: adding the team sets its exercise up.
ws-received-adopt = Este dispositivo todavía no tiene equipos: al añadir la secuencia, el ejercicio se prepara aquí a partir de la copia que contiene su enlace.
# After ws-received-for, when this device compares the teams of another exercise.
ws-received-other = Este dispositivo compara otro ejercicio; la secuencia se compara con el ejercicio con el que trabajó el equipo, que contiene su enlace.
# After ws-received-for, when the link does not say which exercise the team played.
ws-received-unknown = Su enlace no contiene su ejercicio, y este dispositivo tiene preparado otro (o ninguno), así que se compara sin las noticias del ejercicio.
# The view's main button, when adding the team also sets its exercise up on this device.
ws-received-add-adopt = Preparar aquí este ejercicio y añadir la secuencia
ws-received-add = Añadir a la comparación en este dispositivo
# $reason is the model's explanation.
ws-received-project-failed = No se pudo proyectar esta secuencia: { $reason }
# Said to screen readers once the team is added. $title is the exercise's title.
ws-received-now-facilitates = Este dispositivo facilita ahora «{ $title }».
ws-received-added = Se añadió a la comparación: { $team }.
ws-received-replaced = Se reemplazó la secuencia anterior de { $team }.
# $reason is the model's explanation.
ws-received-add-failed = No se pudo añadir { $team }: { $reason }

## A team's sequence as a list, on the hand-back, in the debrief and in the model's suggestion:
## "Month 6 Sectoral easing (sanctioning side), conditional — news: “Elections…”"

ws-received-month = Mes { $month }
# After the step's name (from the model). $who is who takes it (from the model, or the name
# of a sanctioning party as the reader typed it), $detail how it is taken (from the model).
ws-received-item-detail = { " " }({ $who }), { $detail }
# After a shock that is a piece of news. $headline is the news as the exercise's author typed it.
ws-received-item-news = { " " }— noticia: «{ $headline }»
# Tags before a step or shock a team changed from the exercise's start; they print in black
# and white, so the word carries the meaning. Keep them very short.
ws-received-tag-moved = Se movió
ws-received-tag-added = Se añadió
ws-received-tag-changed = Se modificó

## Compare: the teams' hand-backs, their charts over each other, and the ranking

# The name a screen reader gives each chart. $title and $description come from the model.
ws-compare-chart = { $title } de todos los equipos comparados. { $description } La tabla de clasificación de abajo da las cifras.
# Whose lines the legend names first, when no sequence is in focus.
ws-compare-starting-scenario = Escenario de partida
# $reason is the browser's or the model's explanation.
ws-compare-draw-failed = No se pudieron dibujar los gráficos: { $reason }
# Beside a team in the list of teams compared.
ws-compare-cannot-compare = no se puede comparar
# Beside a team in the list of teams compared: how many remarks the sequencing check made.
ws-compare-remarks =
    { $count ->
        [one] { $count } observación
       *[other] { $count } observaciones
    }
# Read by screen readers for a team's short code. $code is spelled out a character at a time
# ("6 F T W - G 0 G 9").
ws-compare-team-code = Código de { $team }: { $code }
# The button beside each team; the screen readers' name says which team it removes.
ws-compare-remove = Quitar
    .aria-label = Quitar { $team } de la comparación
ws-compare-removed = { $team } ya no está en la comparación.
# $problem is the model's first line about the set-up's problems.
ws-compare-setup-problems = La configuración del ejercicio tiene problemas, así que los equipos se comparan sin su escenario de partida ni sus noticias: { $problem }
# A line pasted into the box that could not be read. $reason is the model's explanation.
ws-compare-line-problem = Línea { $line }: { $reason }
# A file that could not be read. $file is its name; $reason the browser's or the model's explanation.
ws-compare-file-problem = { $file }: { $reason }
# $size is the file's size in kilobytes.
ws-compare-file-too-big = { $file }: ocupa { $size } KB, y el archivo de un equipo ocupa unos pocos KB
# Said to screen readers. $teams are the teams' names, joined by ws-compare-name-separator.
ws-compare-added = Se añadió a la comparación: { $teams }.
ws-compare-name-separator = { ", " }

## Compare: the ranking's weights

# Said to screen readers when the facilitator restores the default weights.
ws-compare-weights-reset-done = Se restablecieron los pesos predeterminados.
# $criterion is one of the four numbers' names, from the model; $max is the largest weight.
ws-compare-weight-invalid = { $criterion }: indique un peso de 0 a { $max }.
ws-compare-weights-all-zero = Todos los pesos son 0: dé a al menos una de las cuatro cifras un peso mayor que 0.
# Said to screen readers when a weight changes, before ws-compare-ranking-first.
ws-compare-ranking-follows = La clasificación se actualiza con los nuevos pesos.
# Said to screen readers: the teams now first ($teams, joined by ws-compare-name-separator);
# $count is how many share the first place.
ws-compare-ranking-first =
    { $count ->
        [one] En primer lugar: { $teams }.
       *[other] En primer lugar: { $teams }, empatados dentro del ruido.
    }
# $reason is the model's explanation of why the weights kept could not be read.
ws-compare-weights-unreadable = { $reason } Se usan en su lugar los pesos predeterminados.

## Compare: the ranking table (also on the debrief's summary)

ws-compare-ranking-empty = La clasificación aparece cuando los equipos han entregado sus secuencias.
# A place in the ranking: 1st, 2nd, 3rd, 4th… $ordinal is the place's category among the
# language's ordinals (one, two, few, many or other, by the Unicode plural rules for ordinals;
# English: 1st one, 2nd two, 3rd few, 4th other); use the categories your language has.
# Spanish has the single ordinal category "other": 1.º, 2.º, 3.º (the place, «puesto», is masculine).
ws-compare-place = { $place }.º
# A place shared with other teams whose scores are within the noise of the simulation: "=2nd".
# $place is the place as ws-compare-place writes it.
ws-compare-place-tied = ={ $place }
# What a screen reader hears in place of "=2nd". $place is as ws-compare-place writes it.
ws-compare-place-tied-spoken = { $place }, empate dentro del ruido
# After one of a team's four numbers: its place on that number ($place, as ws-compare-place
# writes it), in brackets.
ws-compare-number-place = { " " }({ $place })
# The table's caption. $rule is the model's sentence on how the score is made.
ws-compare-ranking-caption =
    { $count ->
        [one] { $count } equipo.
       *[other] { $count } equipos.
    } { $rule } Cada una de las cuatro cifras es la mediana de los futuros simulados (la proporción de ellos, en el caso del riesgo de ruptura); el puesto del equipo en cada una figura entre paréntesis.
# The table's column headings.
ws-compare-col-place = Puesto
ws-compare-col-team = Equipo
ws-compare-col-score = Puntuación sobre 100 (± un error estándar)
# A column of one of the four numbers. $criterion is its name, from the model; $weight the
# weight the facilitator gave it.
ws-compare-col-criterion =
    { $better ->
        [lower] { $criterion } (cuanto menor, mejor; peso { $weight })
       *[higher] { $criterion } (cuanto mayor, mejor; peso { $weight })
    }
ws-compare-col-check = Revisión de la secuencia

## Play: the teams' sequences unrolled month by month in front of the room

# The name a screen reader gives each chart. $title and $description come from the model.
ws-play-chart = { $title }, hasta el mes que se está reproduciendo. { $description }
# The full-screen button. Keep them short.
ws-play-fullscreen = Pantalla completa
ws-play-leave-fullscreen = Salir de pantalla completa
ws-play-nothing = Todavía no hay nada que reproducir: corrija la configuración del ejercicio o añada la secuencia de un equipo.
# $reason is the browser's or the model's explanation.
ws-play-draw-failed = No se pudieron dibujar los gráficos: { $reason }
# Under the month being played.
ws-play-next-news = Próxima noticia: mes { $month }
ws-play-end = Fin de la línea de tiempo
ws-play-no-more-news = No hay más noticias
# The play button. Keep them short.
ws-play-play = Reproducir
ws-play-pause = Pausa
ws-play-again = Repetir
# The name a screen reader gives a team's row of steps. $team is the team's name.
ws-play-team-steps =
    .aria-label = { $team }: medidas tomadas hasta ahora
# A step's mark on a team's row: its tooltip. $step is the step's name, from the model.
ws-play-step = Mes { $month }: { $step }
# Read by screen readers before the step's name on its mark; keep the space at the end.
ws-play-step-month = Mes { $month }:{ " " }
# On the row of a team that takes no steps.
ws-play-no-steps = Ninguna medida
# Said to screen readers at the end of the timeline. $summary is the model's sentence on the
# numbers then.
ws-play-ended = Fin: mes { $month }. { $summary }
# Above the headline of a piece of news, on the full screen that shows it.
ws-play-inject-kicker = Mes { $month } · Noticia
# Under the headline: what the news does in the model. $shock is the shock's name (from the
# model, in lower case), $size its size from 0 to 1, $explanation the model's explanation.
ws-play-inject-shock = En el modelo: { $shock }, magnitud { NUMBER($size, minimumFractionDigits: 2, maximumFractionDigits: 2) }. { $explanation }
ws-play-popup-blocked = El navegador bloqueó la ventana del presentador. Permita las ventanas emergentes para este sitio, o abra workshop.html#presenter en otra ventana de este mismo dispositivo.
# Said to screen readers.
ws-play-presenter-open = La ventana del presentador está abierta; sigue a esta.
# $reason is the browser's explanation.
ws-play-fullscreen-failed = La pantalla completa no está disponible aquí: { $reason }

## The presenter window: the facilitator's notes beside the projector

# The page's title in the presenter window, alone or with the exercise's title ($title).
ws-presenter-title = Notas del presentador
ws-presenter-title-of = Notas del presentador: { $title }
ws-presenter-no-channel = Este navegador no puede vincular dos ventanas (no admite BroadcastChannel); use los botones de la propia vista «{ ws-page-nav-play }».
ws-presenter-no-answer = No respondió ninguna ventana del proyector. Abra la vista «{ ws-page-nav-play }» del taller en otra ventana de este mismo dispositivo; esta ventana la seguirá.
# What the projector window is doing.
ws-presenter-following =
    { $state ->
        [playing] Siguiendo la ventana del proyector: reproduciendo.
        [showing] Siguiendo la ventana del proyector: mostrando una noticia.
       *[paused] Siguiendo la ventana del proyector: en pausa.
    }
ws-presenter-elsewhere = La ventana del proyector está abierta, pero no en su vista «{ ws-page-nav-play }».
ws-presenter-month = Mes { $month } de { $horizon }
# $sequence is the name of the sequence played: a team's, or the starting scenario.
ws-presenter-playing = Reproduciendo: { $sequence }
# The play button. Keep them short.
ws-presenter-play = Reproducir
ws-presenter-pause = Pausa
# Above the news the projector shows now.
ws-presenter-on-screen = En pantalla ahora
ws-presenter-no-text = (Esta noticia no tiene texto.)
ws-presenter-news-shown = Ya se mostró la noticia de este mes.
ws-presenter-no-news = No hay noticias este mes.
# Above the next piece of news: its month, and how many months away it is.
ws-presenter-next-month =
    { $months ->
        [one] Mes { $month } (dentro de { $months } mes)
       *[other] Mes { $month } (dentro de { $months } meses)
    }
# Under the next piece of news: how many more follow it.
ws-presenter-then-more = Después, { $count } más.
ws-presenter-ended = La línea de tiempo ha terminado: es hora de hacer balance.
ws-presenter-no-more = No hay más noticias antes del final.
# In the list of every piece of news.
ws-presenter-inject-month = Mes { $month }
# After a piece of news in the list: whether the room has seen it.
ws-presenter-inject-state =
    { $state ->
        [past] { " " }(ya mostrada)
        [showing] { " " }(en pantalla ahora)
       *[upcoming] { " " }(pendiente)
    }
ws-presenter-no-injects = Este ejercicio no tiene noticias.

## The debrief: a summary page, then a printable page per team

# $reason is the model's explanation.
ws-debrief-failed = No se pudo elaborar el balance: { $reason }
# A chart's description for screen readers. $title and $description come from the model;
# $team is a team's name.
ws-debrief-chart-team = { $title } de { $team }. { $description }
ws-debrief-chart-all = { $title } de todos los equipos. { $description }
# The summary's title. $title is the exercise's title.
ws-debrief-summary-title = Resumen de «{ $title }»
ws-debrief-summary-untitled = Resumen del ejercicio del taller
# Under the summary's title. $date is today's date, written out.
ws-debrief-date = Balance del { $date }.
ws-debrief-teams-compared =
    { $count ->
        [one] { $count } equipo comparado.
       *[other] { $count } equipos comparados.
    }
ws-debrief-disclaimer = Una ilustración, no una predicción: las cifras proceden de un modelo sencillo de confianza, verificación y ruptura.
ws-debrief-news-heading = Las noticias a las que se enfrentaron los equipos
# A piece of news. $headline is as the exercise's author typed it.
ws-debrief-inject = Mes { $month }: { $headline }
ws-debrief-no-injects = Sin noticias.
ws-debrief-ranking-heading = Clasificación
# In the summary's ranking, in place of a team's remarks.
ws-debrief-remarks-elsewhere =
    { $count ->
        [one] { $count } observación: véase la página del equipo.
       *[other] { $count } observaciones: véase la página del equipo.
    }
ws-debrief-no-teams = Ningún equipo ha entregado todavía su secuencia: añádalas en «{ ws-page-nav-compare }».
ws-debrief-overview-heading = Todos los equipos frente al escenario de partida
# Under a team's name: what its lock let it change. $lock comes from the model, in lower case.
ws-debrief-could-change = Podía cambiar: { $lock }.
ws-debrief-overall-place = Puesto general
# $place is the team's place as the ranking shows it ("=2nd"); $count is how many teams.
ws-debrief-place-of = { $place } de { $count }
ws-debrief-check-heading = Revisión de la secuencia
ws-debrief-sequence-heading = La secuencia
ws-debrief-changes-key = Las medidas y los imprevistos que cambió el equipo llevan la marca «{ ws-received-tag-moved }», «{ ws-received-tag-added }» o «{ ws-received-tag-changed }».
ws-debrief-changes-heading = Lo que cambió este equipo respecto al punto de partida
ws-debrief-unchanged = Nada: este equipo dejó todas las medidas e imprevistos donde los situaba el ejercicio al principio.
# One of the team's changes. $change is the model's description of it.
ws-debrief-change = { $change }.

## The debrief's "What the model would have suggested"

ws-suggest-heading = Lo que habría sugerido el modelo
# The two sequences the suggestion compares, in its table.
ws-suggest-start = El escenario de partida
ws-suggest-suggested = La sugerencia del modelo
ws-suggest-unavailable = La configuración del ejercicio tiene problemas, así que todavía no hay nada que buscar: corríjalos en «{ ws-page-nav-setup }».
# What the search aims at, when the ranking weighs breakdown risk alone.
ws-suggest-about-risk = El modelo prueba otros meses para las medidas del escenario de partida, con las noticias del ejercicio, y busca reducir al mínimo el riesgo de ruptura hasta el mes { $month }, que es lo único que pondera la clasificación.
# What the search aims at otherwise: breakdown risk less $ratio times the recovery. $weighed is
# "yes" when the ranking weighs both, at $economy to $risk. $left names the numbers the ranking
# weighs that the search cannot aim at: "none", "trust", "leverage" or "both".
ws-suggest-about-score =
    El modelo prueba otros meses para las medidas del escenario de partida, con las noticias del ejercicio, y busca reducir al mínimo el riesgo de ruptura hasta el mes { $month } menos { $ratio } veces la recuperación económica media a lo largo de esos meses{ $weighed ->
        [yes] { " " }(la clasificación da a la recuperación un peso de { $economy } y al riesgo, de { $risk })
       *[no] { "" }
    }{ $left ->
        [trust] ; la clasificación pondera también la confianza, que la búsqueda no puede tomar como objetivo
        [leverage] ; la clasificación pondera también la capacidad de presión, que la búsqueda no puede tomar como objetivo
        [both] ; la clasificación pondera también la confianza y la capacidad de presión, que la búsqueda no puede tomar como objetivo
       *[none] { "" }
    }.
ws-suggest-about-check = Comprueba el mejor orden que encuentra en futuros simulados nuevos y no sugiere nada si la mejora no supera el doble del ruido.
# Which steps the search may move. $teams names the teams (see ws-suggest-list-last).
ws-suggest-held-none = Todas las medidas pueden moverse, ya que los equipos podían mover todas las medidas.
ws-suggest-held-all = Ninguna medida puede moverse: la restricción de { $teams } no permitía cambiar ninguna de las medidas del escenario de partida.
# $fixed of the scenario's $total steps stay put; $lock is what the teams could change, from
# the model, in lower case.
ws-suggest-held-some = { $fixed } de las { $total } medidas se quedan donde las colocó el ejercicio, ya que la restricción de { $teams } permitía cambiar { $lock }.
# Stands for the teams when there are none to name.
ws-suggest-the-teams = los equipos
# Names joined into a list: "A, B and C".
ws-suggest-list-separator = { ", " }
ws-suggest-list-last = { $rest } y { $last }
# The buttons. Keep them short.
ws-suggest-run = Sugerir un orden
ws-suggest-cancel = Cancelar
# Beside the search's progress bar.
ws-suggest-searching = Buscando
ws-suggest-tried =
    { $count ->
        [one] { $count } orden probado…
       *[other] { $count } órdenes probados…
    }
ws-suggest-starting = empezando…
# A list's label: the teams whose lock the search keeps to, when the teams' locks differ.
ws-suggest-lock-label = Mover solo lo que podían cambiar estos equipos
# A choice in that list. $lock comes from the model; $teams names the teams, joined by
# ws-suggest-list-separator.
ws-suggest-lock-option = { $lock } ({ $teams })
# Said to screen readers.
ws-suggest-stopped = La búsqueda se detuvo: cambió aquello para lo que se hacía (el ejercicio, la restricción de un equipo o los pesos de la clasificación).
ws-suggest-started = Buscando un orden mejor para el escenario de partida…
ws-suggest-cancelled = Búsqueda cancelada.
# $reason is the browser's explanation.
ws-suggest-failed-start = No se pudo hacer ninguna sugerencia: la búsqueda no pudo iniciarse ({ $reason }).
# $reason is the model's explanation, with no full stop.
ws-suggest-failed = No se pudo hacer ninguna sugerencia: { $reason }.
ws-suggest-failed-silent = No se pudo hacer ninguna sugerencia: la búsqueda no indicó ningún motivo.
ws-suggest-failed-unexpectedly = No se pudo hacer ninguna sugerencia: la búsqueda se detuvo de forma inesperada.
# $reason is the browser's explanation.
ws-suggest-failed-unexpectedly-why = No se pudo hacer ninguna sugerencia: la búsqueda se detuvo de forma inesperada ({ $reason }).
ws-suggest-unreadable = No se pudo hacer ninguna sugerencia: no se pudo leer la respuesta de la búsqueda.
# $reason is one of the ws-suggest-answer- clauses below.
ws-suggest-unusable = No se pudo usar la respuesta de la búsqueda: { $reason }.
# Why an answer could not be used: clauses set after a colon, in lower case, with no full stop.
ws-suggest-answer-none = no hubo respuesta
ws-suggest-answer-silent = no dice nada
ws-suggest-answer-shape = no tiene el formato esperado
ws-suggest-answer-steps = su secuencia no tiene las medidas del escenario de partida
ws-suggest-answer-no-moves = no indica qué cambia
ws-suggest-answer-no-words = no expresa sus resultados con palabras
# $step is the step's number in the scenario, $kind its name from the model, in lower case.
ws-suggest-answer-locked = movió una medida que los equipos no podían cambiar (medida n.º { $step }, { $kind })
# Said to screen readers: the model's verdict ($result), then what it changes ($moves, joined
# by ws-suggest-move-separator), both from the model.
ws-suggest-announce = { $result } { $moves }.
ws-suggest-move-separator = { "; " }
# Under a verdict of no clear improvement: the model's sentence speaks of "yours".
ws-suggest-note = El orden con el que se compara es el escenario de partida del ejercicio, del que partieron todos los equipos.
ws-suggest-changes-heading = Qué cambia
ws-suggest-outcomes-heading = En los futuros nuevos en los que se comprobó (punto de partida → sugerencia)
# $reason is the model's explanation, with no full stop.
ws-suggest-beside-failed = No se pudo situar la sugerencia junto a los equipos: { $reason }.
ws-suggest-beside-heading = Junto a los equipos
ws-suggest-beside-caption = Cada secuencia se mide como la clasificación mide a los equipos: en los propios futuros simulados del ejercicio, con sus noticias, y con la puntuación de los pesos de la clasificación (un riesgo de ruptura menor es mejor; en lo demás, más es mejor).
ws-suggest-beside-caption-note = Las cifras anteriores proceden de otros futuros nuevos, así que difieren un poco.
ws-suggest-col-sequence = Secuencia
ws-suggest-sequence-heading = La secuencia sugerida
ws-suggest-changes-key = Las medidas que el modelo movió respecto a donde las situaba el ejercicio llevan la marca «{ ws-received-tag-moved }» (o «{ ws-received-tag-changed }»).
