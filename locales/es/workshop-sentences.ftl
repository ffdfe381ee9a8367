# The sentences the workshop's module writes: remarks for the facilitator, what a team
# changed, the ranking's rule and columns, the locks, and what is wrong with a typed
# code or a team added to the comparison. Written from the templates in Rust by
# `RELIEF_WRITE_CATALOGUE=1 cargo test -p relief-workshop --lib words`: edit them there.
# Translations keep every `{ $name }` and use no selectors or functions: the module
# puts the values in place itself, already written in the reader's digits.

workshop-list-separator = { ", " }
# Values: $init, $last
workshop-list-and = { $init } y { $last }
# Values: $text
workshop-quoted = «{ $text }»
workshop-lock-everything = Todas las medidas
workshop-lock-sanctioning = Solo las medidas de la parte sancionadora
workshop-lock-target = Solo las medidas del país sancionado
workshop-lock-confidence = Solo las medidas de fomento de la confianza
workshop-lock-everything-inline = todas las medidas
workshop-lock-sanctioning-inline = solo las medidas de la parte sancionadora
workshop-lock-target-inline = solo las medidas del país sancionado
workshop-lock-confidence-inline = solo las medidas de fomento de la confianza
workshop-lock-everything-description = Su equipo puede mover, añadir y eliminar cualquier medida. Los imprevistos los fija el facilitador.
workshop-lock-sanctioning-description = Su equipo representa a la parte sancionadora: puede mover, añadir y eliminar medidas de alivio, criterios públicos y cláusulas de reimposición automática. Todo lo demás es fijo.
workshop-lock-target-description = Su equipo representa al país sancionado: puede mover, añadir y eliminar medidas de cumplimiento, reformas políticas y acceso humanitario. Todo lo demás es fijo.
workshop-lock-confidence-description = Su equipo diseña el fomento de la confianza: puede mover, añadir y eliminar la vigilancia, las auditorías, los comités, las garantías y las demás medidas de fomento de la confianza. Todo lo demás es fijo.
workshop-changed-horizon = el horizonte
workshop-changed-scenario = el escenario de partida
workshop-changed-injects = las noticias
# Values: $team, $teams
workshop-remark-unknown-team = «{ $team }» no es ninguno de los equipos de este ejercicio ({ $teams }).
# Values: $months, $start
workshop-remark-changed-horizon = { $months } meses de proyección en lugar de { $start }
workshop-remark-changed-assumptions = otros supuestos
workshop-remark-changed-ensemble = otro conjunto de futuros simulados (número o semilla)
# Values: $changes
workshop-remark-changed-settings = Cambia lo que fijó el facilitador: { $changes }. Sus cifras no son comparables con las de los demás equipos.
# Values: $step, $month
workshop-remark-step-gone = «{ $step }» del mes { $month }: se movió, se modificó o se eliminó
# Values: $step, $month
workshop-remark-step-added = «{ $step }» del mes { $month }: se añadió
workshop-remark-step-separator = { "; " }
# Values: $lock, $changes
workshop-remark-locked-steps = Cambia medidas que la restricción del equipo («{ $lock }») deja fijas: { $changes }.
workshop-remark-shocks = Cambia los imprevistos, que solo fija el facilitador.
# Values: $step, $sender
workshop-change-step-sender = { $step } ({ $sender })
# Values: $shock
workshop-change-shock = El imprevisto «{ $shock }»
# Values: $shock, $sender
workshop-change-shock-sender = El imprevisto «{ $shock }» ({ $sender })
# Values: $sender
workshop-change-now-given-by = sancionador ahora: { $sender }
# Values: $from, $to
workshop-change-resized = su magnitud pasa de { $from } a { $to }
workshop-change-made-conditional = ahora espera al cumplimiento verificado
workshop-change-made-unconditional = ya no espera al cumplimiento verificado
workshop-change-now-published = ahora se anuncia con criterios públicos
workshop-change-no-longer-published = ya no se anuncia con criterios públicos
# Values: $months
workshop-change-now-lapses = ahora caduca al cabo de { $months } meses, salvo que el cumplimiento verificado lo renueve
workshop-change-no-longer-lapses = ya no caduca
# Values: $sender
workshop-change-now-walking-out = ahora se retira { $sender }
# Values: $item, $from, $to
workshop-change-moved = { $item }: se movió del mes { $from } al mes { $to }
# Values: $item, $from, $to, $changes
workshop-change-moved-and-changed = { $item }: se movió del mes { $from } al mes { $to }; { $changes }
# Values: $item, $month, $changes
workshop-change-changed = { $item } del mes { $month }: { $changes }
# Values: $item, $month
workshop-change-removed = { $item } del mes { $month }: se eliminó
# Values: $item, $month
workshop-change-added = { $item }: se añadió en el mes { $month }
# Values: $month
workshop-criterion-breakdown_risk = Riesgo de ruptura hasta el mes { $month }
# Values: $month
workshop-criterion-trust = Confianza en el mes { $month }
# Values: $month
workshop-criterion-economy = Recuperación económica en el mes { $month }
# Values: $month
workshop-criterion-leverage = Capacidad de presión conservada en el mes { $month }
workshop-criterion-breakdown_risk-short = Riesgo de ruptura
workshop-criterion-trust-short = Confianza
workshop-criterion-economy-short = Recuperación económica
workshop-criterion-leverage-short = Capacidad de presión conservada
workshop-criterion-breakdown_risk-inline = riesgo de ruptura
workshop-criterion-trust-inline = confianza
workshop-criterion-economy-inline = recuperación económica
workshop-criterion-leverage-inline = capacidad de presión conservada
# Values: $criterion, $weight
workshop-rule-weighted = { $criterion } × { $weight }
# Values: $weights, $total
workshop-rule = Clasificación según una puntuación sobre 100: cada una de las cuatro cifras se expresa como una proporción en la que más es mejor (1 − riesgo de ruptura; la confianza, la recuperación y la capacidad de presión, tal cual), se pondera ({ $weights }) y la suma se divide por el total de los pesos, { $total }. ± indica un error estándar del ruido de la simulación. Un equipo cuya puntuación queda a menos de dos errores estándar de la del equipo anterior no se puede distinguir de él y comparte su puesto, marcado con «=»: empate dentro del ruido.
# Values: $score, $error
workshop-score = { $score } ± { $error }
# Values: $size
workshop-sequence-size = magnitud { $size }
workshop-sequence-conditional = espera al cumplimiento verificado
workshop-sequence-transparent = criterios públicos
workshop-sequence-shock = Imprevisto
workshop-code-typo = este código tiene una errata o no es un código de equipo completo; revíselo con el equipo carácter por carácter
# Values: $character
workshop-code-character = «{ $character }» no puede figurar en un código de equipo, que solo contiene cifras y letras mayúsculas
workshop-code-newer = este código se generó con una versión más reciente de Relief Sequencer; abra en su lugar el enlace del equipo
workshop-code-other-exercise = este código corresponde a otro ejercicio, o a otra versión de este; añada en su lugar el enlace del equipo, que contiene su ejercicio
# Values: $team, $teams
workshop-code-no-such-team = este código indica el equipo n.º { $team }, pero el número de equipos del ejercicio es { $teams }
workshop-unnamed-team = Equipo sin nombre
workshop-what-exercise = el ejercicio
workshop-what-team = la secuencia del equipo
workshop-what-played = el ejercicio realizado
workshop-what-weights = los pesos de la clasificación
# Values: $what
workshop-error-not-written-as-json = no se pudo escribir en JSON { $what }
# Values: $what
workshop-error-not-json = se esperaba un objeto JSON, o su texto, para { $what }
workshop-starting-scenario = Escenario de partida
# Values: $max, $team
workshop-error-too-many-teams = una comparación admite como máximo { $max } equipos; quite uno antes de añadir «{ $team }»
workshop-error-team-without-name = cada equipo de una comparación necesita un nombre
# Values: $team
workshop-error-team-taken = ya hay en la comparación un equipo llamado «{ $team }»; quítelo primero para reemplazarlo
# Values: $team, $problems
workshop-error-played-unreadable = no se pudo leer el ejercicio con el que «{ $team }» entregó su secuencia: { $problems }
# Values: $title, $months, $horizon
workshop-error-other-exercise-horizon = el equipo trabajó con otro ejercicio, «{ $title }», de { $months } meses, y el ejercicio de esta comparación dura { $horizon } meses; compárelo en un dispositivo preparado para su propio ejercicio (abra allí su entrega) o pida al equipo que trabaje con el enlace de este ejercicio
# Values: $months, $horizon
workshop-error-other-horizon = proyecta { $months } meses, y esta comparación { $horizon }; todos los equipos deben compartir el horizonte del ejercicio
# Values: $team, $why
workshop-error-team-refused = «{ $team }»: { $why }
workshop-remark-unknown-version = Se entregó para otro ejercicio, o para una versión de este cuyos datos de entrada han cambiado desde entonces, y la entrega no contiene el ejercicio con el que se trabajó; se compara con este. Pida al equipo que abra el enlace de este ejercicio y vuelva a entregar su secuencia.
# Values: $changes
workshop-remark-earlier-version = El equipo trabajó con una versión anterior de este ejercicio; desde entonces hubo cambios en { $changes }. Sus cifras corresponden a la versión con la que trabajó.
workshop-remark-its-inputs = sus datos de entrada
# Values: $first, $second, $given
workshop-error-team-series = la línea de confianza de los equipos es { $first } o { $second }, no { $given }
# Values: $problems
workshop-error-weights = Los pesos de la clasificación: { $problems }
# Values: $chart
workshop-error-unknown-chart = gráfico desconocido: { $chart }
# Values: $index
workshop-error-no-such-team = no existe el equipo { $index }
