# The sentences the model's module writes: the checker's warnings, the summary, the
# readout and what a change did. Written from the templates in Rust by
# `RELIEF_WRITE_CATALOGUE=1 cargo test -p relief-web --lib words`: edit them there.
# Translations keep every `{ $name }` and use no selectors or functions: the module
# puts the values in place itself, already written in the reader's digits.

# Values: $step, $month
check-relief-unverified = La medida «{ $step }» del mes { $month } no va acompañada de ninguna verificación: nada permite saber si el país sancionado cumple.
# Values: $step, $month, $first
check-relief-before-verification = La medida «{ $step }» del mes { $month } llega antes de cualquier medida de verificación (la primera está en el mes { $first }).
# Values: $step, $month
check-conditional-never-released = La medida «{ $step }» del mes { $month } es condicional, pero nada verifica el cumplimiento: nunca se hará efectiva.
# Values: $share
check-relief-over-full = Las medidas de alivio suman el { $share } de todas las sanciones; lo que supere el 100 % no tiene efecto.
# Values: $step, $month, $lifting
check-relief-after-lifting = La medida «{ $step }» del mes { $month } llega después del levantamiento total del mes { $lifting }: ya no queda nada que aliviar.
# Values: $share
check-relief-front-loaded = En los tres primeros meses se alivia el { $share } de todas las sanciones: queda poca capacidad de presión para las etapas posteriores.
# Values: $month
check-snapback-blind = La cláusula de reimposición automática del mes { $month } no tiene con qué detectar infracciones: apenas disuade, y bastan rumores para activarla.
# Values: $month
check-snapback-false-alarms = La cláusula de reimposición automática del mes { $month } no cuenta con una auditoría ni con un comité conjunto que descarten las falsas alarmas: una falsa alarma podría revertir el alivio.
check-sponsors-paternalism = Depender mucho de garantes externos puede percibirse como paternalismo en la sociedad del país sancionado y restar legitimidad.
# Values: $step, $month
check-reform-waits-forever = La medida «{ $step }» del mes { $month } espera un alivio, pero no hay ningún alivio previsto: nunca llegará a producirse.
check-no-everyday-benefit = Ninguna medida aporta beneficios cotidianos ni da voz a la población del país sancionado (alivio o acceso humanitario, quejas y reparación, un foro de la sociedad civil): el apoyo al proceso puede seguir siendo escaso.
# Values: $step, $month
why-step-at-month = La medida «{ $step }» del mes { $month }
# Values: $shock, $month
why-shock-at-month = El imprevisto «{ $shock }» del mes { $month }
# Values: $what, $target, $amount
why-raised = { $what } aumentó { $target } en { $amount }.
# Values: $what, $target, $amount
why-lowered = { $what } redujo { $target } en { $amount }.
# Values: $what, $target, $amount, $reason
why-raised-because = { $what } aumentó { $target } en { $amount }: { $reason }
# Values: $what, $target, $amount, $reason
why-lowered-because = { $what } redujo { $target } en { $amount }: { $reason }
# Values: $amount
why-amount = { $amount }
# Values: $amount
why-amount-points = { $amount } puntos porcentuales
# Values: $amount
why-amount-recovery = { $amount } puntos de recuperación
why-noun-trust = la confianza en el país sancionado
why-noun-target_trust = la confianza del país sancionado
why-noun-economy = la recuperación económica
why-noun-leverage = la capacidad de presión
why-noun-legitimacy = la legitimidad
why-noun-backsliding_risk = el riesgo de ruptura
# Values: $explanation
why-reason-shock = { $explanation }
why-reason-conditional = esperó a que se verificara el cumplimiento, así que llegó como recompensa y no como apuesta.
why-reason-unverified = llegó antes de cualquier medida de verificación, así que se percibió como un alivio a cambio de nada.
why-reason-spends-pressure = el alivio gasta la presión que ejercen las sanciones.
why-reason-everyday-benefits = los beneficios cotidianos generan apoyo al proceso y apenas restan capacidad de presión.
why-reason-delivered = el alivio concedido según lo prometido refuerza la confianza del país sancionado y reabre su economía.
why-reason-transparent = una medida transparente y costosa es una señal clara de buena fe.
why-reason-opaque = una medida opaca solo se ve hasta donde llega la verificación.
why-reason-verification = la verificación permite a la parte sancionadora distinguir el cumplimiento de la infracción.
why-reason-snapback = la reimposición automática disuade de las infracciones, pero revierte el alivio cuando se activa.
why-reason-published-criteria = los criterios públicos acortan las revisiones y tranquilizan a los inversores.
why-reason-guarantee = una garantía encarece la ruptura para ambas partes.
why-reason-voice = dar voz a la población genera apoyo al proceso.
why-reason-neighbours = unos países vecinos coordinados dejan menos margen a los saboteadores.
# Values: $month
measure-breakdown-by = el riesgo de ruptura hasta el mes { $month }
# Values: $month
measure-trust-at-end = la confianza en el país sancionado en el mes { $month }
# Values: $month
measure-recovery-at-end = la recuperación económica en el mes { $month }
# Values: $month
measure-recovery-over-time = la recuperación económica media de los meses 0 a { $month }
# Values: $name
factor-assumption = { $name }
# Values: $step, $month
factor-when = Cuándo: { $step } (mes { $month })
# Values: $step, $month
factor-how-much = Cuánto: { $step } (mes { $month })
# Values: $breakdown, $weight, $recovery
objective-weighted = { $breakdown } menos { $weight } por { $recovery }
# Values: $step, $changes
move = { $step }: { $changes }
# Values: $list, $next
move-and-then = { $list }; { $next }
# Values: $from, $to
move-month = mes { $from } → { $to }
move-waits = espera al cumplimiento verificado
move-no-longer-waits = ya no espera al cumplimiento verificado
move-announced = se anuncia con criterios públicos
move-no-longer-announced = ya no se anuncia con criterios públicos
# Values: $median, $low, $high
say-middle-half = { $median } (mitad central: de { $low } a { $high })
# Values: $median, $low, $high
say-middle-half-at-least-half = { $median } (mitad central: de { $low } a { $high }; al menos la mitad de los futuros se sitúan en { $median })
# Values: $median, $low, $high
say-middle-half-quarter = { $median } (mitad central: de { $low } a { $high }; una cuarta parte o más de los futuros se sitúan en { $median })
# Values: $median, $low, $high
say-median-and-range = { $median } (de { $low } a { $high })
# Values: $median, $low, $high
say-median-and-range-many = { $median } (de { $low } a { $high }, con muchos futuros en { $median })
# Values: $sincere, $insincere
say-trust-by-type = si el país sancionado actúa de buena fe, la confianza en él es de { $sincere }; si no, de { $insincere }
# Values: $value
say-trust-sincere-only = la confianza en el país sancionado, que actúa de buena fe en todos los futuros simulados, es de { $value }
# Values: $value
say-trust-insincere-only = la confianza en el país sancionado, que no actúa de buena fe en ninguno de los futuros simulados, es de { $value }
# Values: $value
say-trust-one = la confianza en el país sancionado es de { $value }
# Values: $sustained, $exploited, $caught, $collapsed
say-outcomes = Para entonces, el acuerdo se mantiene en el { $sustained } de los futuros; el incumplimiento pasa inadvertido en el { $exploited } y se detecta en el { $caught }; el acuerdo se ha roto en el { $collapsed }.
say-no-change = sin cambios
# Values: $change
say-change-points = { $change } puntos
# Values: $change
say-change-one-point = { $change } punto
# Values: $before, $after, $change
say-before-after = { $before } → { $after } ({ $change })
# Values: $month, $sincere, $insincere
say-change-trust-by-type = confianza en el mes { $month }, si el país sancionado actúa de buena fe: { $sincere }; si no: { $insincere }
# Values: $sincere, $insincere
say-change-trust-by-type-short = de buena fe: { $sincere }; sin buena fe: { $insincere }
# Values: $month, $change
say-change-trust = confianza en el país sancionado en el mes { $month }: { $change }
# Values: $month, $change
say-change-by-month = en el mes { $month }: { $change }
# Values: $month, $change
say-change-recovery = recuperación en el mes { $month }: { $change }
# Values: $month, $change
say-change-breakdown = ruptura hasta el mes { $month }: { $change }
# Values: $month, $trust, $target_trust, $recovered, $low, $high, $risk
say-summary = En el mes { $month }, { $trust }. La confianza del país sancionado es de { $target_trust }, y se ha recuperado el { $recovered } de la pérdida económica (mitad central: de { $low } a { $high }); el riesgo de ruptura es del { $risk }.
# Values: $month, $trust, $target_trust, $recovered, $low, $high, $risk, $baseline
say-summary-with-baseline = En el mes { $month }, { $trust }. La confianza del país sancionado es de { $target_trust }, y se ha recuperado el { $recovered } de la pérdida económica (mitad central: de { $low } a { $high }); el riesgo de ruptura es del { $risk } ({ $baseline } en la referencia).
# Values: $range
say-summary-doubt = Si las propias cifras del modelo se desvían dentro de sus márgenes plausibles, el riesgo podría situarse { $range }.
say-summary-no-doubt = Si las propias cifras del modelo se desvían dentro de sus márgenes plausibles, el riesgo cambia menos de lo que el azar por sí solo permite distinguir con este número de futuros.
# Values: $low, $high
say-risk-range = entre { $low } y { $high }
# Values: $range
say-risk-range-note = { $range } con la incertidumbre del modelo
say-no-risk-range-note = sin intervalo claro con la incertidumbre del modelo
say-no-clear-range = sin intervalo claro
# Values: $risk, $note
say-risk-with-note = { $risk } ({ $note })
# Values: $month, $risk, $hazard
say-chart-risk = Mes { $month }: riesgo de ruptura del { $risk }; rupturas en este mes: el { $hazard } de los futuros aún intactos.
# Values: $month, $risk, $note, $hazard
say-chart-risk-doubt = Mes { $month }: riesgo de ruptura del { $risk } ({ $note }); rupturas en este mes: el { $hazard } de los futuros aún intactos.
# Values: $month, $values
say-chart-month = Mes { $month }: { $values }.
# Values: $month
say-chart-no-outcomes = Mes { $month }: esta proyección no incluye la proporción de cada desenlace.
# Values: $name, $value
say-named-value = { $name } { $value }
say-list-separator = { "; " }
say-table-month = Mes
say-inline-trust = confianza en el país sancionado
say-inline-target_trust = confianza del país sancionado
say-inline-economy = recuperación económica
say-inline-leverage = capacidad de presión
say-inline-legitimacy = legitimidad
say-inline-trust_if_sincere = confianza si el país sancionado actúa de buena fe
say-inline-trust_if_insincere = confianza si no actúa de buena fe
say-inline-sustained = acuerdo vigente
say-inline-exploited = incumplimiento no detectado
say-inline-caught = incumplimiento detectado
say-inline-collapsed = acuerdo roto
# Values: $objective, $before, $after, $improvement, $error
suggest-clear = Un orden mejor: en futuros nuevos, reduce { $objective } de { $before } a { $after } (una mejora de { $improvement } ± { $error }, un error estándar).
# Values: $tried, $improvement, $error
suggest-none = Sin mejora clara: tras probar { $tried }, ninguno supera al suyo en futuros nuevos por más del doble del ruido ({ $improvement } ± { $error }), así que no se sugiere nada.
suggest-one-order = 1 orden
# Values: $count
suggest-orders = { $count } órdenes
suggest-outcome-breakdown = el riesgo de ruptura al final
suggest-outcome-trust = la confianza en el país sancionado al final
suggest-outcome-recovery = la recuperación económica al final
# Values: $label, $before, $after, $change
suggest-outcome-change = { $label }: { $before } → { $after } ({ $change })
