# The model's names and explanations, as the page shows them. Written from the model by
# `RELIEF_WRITE_CATALOGUE=1 cargo test -p relief-web --lib words`: edit the model's
# words in Rust, never here. Translations live in the other languages' model.ftl.

## Steps a side can take, on the timeline

model-step-humanitarian_exemption = Exención humanitaria
    .explanation = Alivio para el comercio de medicamentos, alimentos y bienes humanitarios: beneficios cotidianos visibles que apenas restan capacidad de presión.
model-step-sectoral_easing = Flexibilización sectorial
    .explanation = Reapertura de un sector, como las exportaciones de petróleo: un canal económico rápido que da frutos en pocos meses.
model-step-financial_channels = Canales financieros
    .explanation = Restablecimiento de los canales bancarios y de pago: un canal lento que da frutos a lo largo de los años, a medida que los inversores ganan confianza.
model-step-travel_easing = Flexibilización de viajes
    .explanation = Se flexibilizan las restricciones de viaje: una medida pequeña, visible y fácil de revertir.
model-step-asset_unfreezing = Descongelación de activos
    .explanation = Liberación de activos congelados: dinero rápido para el país sancionado, difícil de recuperar después.
model-step-full_lifting = Levantamiento total
    .explanation = Se levantan todas las sanciones restantes (su magnitud es la proporción de lo que queda).
model-step-compliance_step = Medida de cumplimiento
    .explanation = Una medida costosa y verificable para atender lo exigido, como un desmantelamiento o una entrega.
model-step-political_reform = Reforma política
    .explanation = Liberación de presos, celebración de elecciones, restablecimiento de derechos.
model-step-humanitarian_access = Acceso humanitario
    .explanation = Se permite la entrada de las organizaciones de ayuda: un beneficio visible para la población.
model-step-independent_monitoring = Vigilancia independiente
    .explanation = Vigilancia continua a cargo de un tercero: es mucho más probable que una infracción real se detecte.
model-step-independent_audit = Auditoría independiente
    .explanation = Auditorías periódicas: menos falsas alarmas y menos infracciones que pasan inadvertidas.
model-step-joint_committee = Comité conjunto
    .explanation = Un comité de investigación conjunto examina las alarmas antes de que nadie reaccione.
model-step-information_exchange = Intercambio de información
    .explanation = Acceso recíproco a la información: cada parte ve más de lo que hace la otra.
model-step-published_criteria = Criterios públicos
    .explanation = Criterios explícitos y públicos sobre qué se considera cumplimiento, quién lo verifica y cómo se resuelven las controversias.
model-step-snapback_clause = Reimposición automática
    .explanation = El alivio se revierte automáticamente ante una infracción confirmada: una disuasión que conserva la capacidad de presión.
model-step-sponsor_guarantee = Garantía de terceros
    .explanation = Una garantía neutral de un organismo multilateral o de un aliado de confianza.
model-step-grievance_redress = Quejas y reparación
    .explanation = Canales de quejas y reparación, gestionados con el país sancionado y la sociedad civil.
model-step-civil_society_forum = Foro de la sociedad civil
    .explanation = Participan organizaciones de control ciudadano y se escucha a las comunidades.
model-step-technical_cooperation = Cooperación técnica
    .explanation = Proyectos técnicos conjuntos que crean lazos de trabajo.
model-step-regional_coordination = Coordinación regional
    .explanation = Los países vecinos coordinan sus mensajes, comparten datos y acuerdan normas comunes.

## Who takes a step

model-actor-sanctioning_side = Parte sancionadora
model-actor-target = País sancionado
model-actor-third_party = Terceros
model-actor-both = Ambas partes
model-actor-civil_society = Sociedad civil
model-actor-neighbours = Países vecinos

## Shocks: events nobody chose

model-shock-spoiler_attack = Sabotaje
    .explanation = Los saboteadores atacan para descarrilar el proceso: el apoyo cae y la ruptura se vuelve más probable.
model-shock-leadership_change = Cambio de liderazgo
    .explanation = Nuevos dirigentes en la parte sancionadora: el país sancionado duda de que se cumplan las promesas.
model-shock-regional_crisis = Crisis regional
    .explanation = Una crisis en la vecindad: los países vecinos y los saboteadores aprovechan la incertidumbre.
model-shock-economic_shock = Choque económico
    .explanation = Un golpe a la economía del país sancionado, ajeno al proceso: las penurias erosionan el apoyo.
model-shock-sender_withdrawal = Retirada de un sancionador
    .explanation = Una de las partes sancionadoras se retira y vuelve a imponer sus sanciones; su magnitud indica hasta dónde alcanzan sus sanciones secundarias al alivio concedido por las demás.

## The model's assumptions, which the reader can change

model-assumption-good_faith = Buena fe
    .explanation = Probabilidad de que el país sancionado tenga de verdad la intención de cumplir. Cada simulación sortea la respuesta en secreto.
model-assumption-initial_trust = Confianza inicial en el país sancionado
    .explanation = Cuánto cree la parte sancionadora, al principio, en la buena fe del país sancionado.
model-assumption-target_trust = Confianza inicial del país sancionado
    .explanation = Cuánto cree el país sancionado, al principio, que el alivio prometido llegará y se mantendrá.
model-assumption-hardliners = Línea dura
    .explanation = Fuerza de los saboteadores y de los sectores de línea dura, en ambas partes.
model-assumption-dependence = Dependencia
    .explanation = Qué parte de la producción perdida del país sancionado pasa por canales sancionados: el efecto real de la presión.
model-assumption-sponsors = Garantes
    .explanation = Grado de implicación de los garantes neutrales (organismos multilaterales, aliados de confianza) desde el principio.
model-assumption-regional_spillover = Contagio regional
    .explanation = Con qué fuerza reaccionan los países vecinos ante el proceso, lo amplifican o lo aprovechan.
model-assumption-generosity = Generosidad
    .explanation = Con qué frecuencia la parte sancionadora perdona una infracción señalada en lugar de reaccionar (0: nunca).
model-assumption-reneging = Marcha atrás interna
    .explanation = Probabilidad de que la propia política interna de la parte sancionadora se vuelva contra el acuerdo en un plazo de cuatro años: un nuevo gobierno o un nuevo parlamento lo abandona.

## The timeline's lanes

model-lane-sanctioning = Parte sancionadora
model-lane-target = País sancionado
model-lane-others = Terceros y sociedad civil
model-lane-shocks = Imprevistos

## What the model projects, month by month

model-series-trust = Confianza en el país sancionado
    .explanation = Grado en que la parte sancionadora cree que el país sancionado actúa de buena fe.
model-series-target_trust = Confianza del país sancionado
    .explanation = Grado en que el país sancionado cree que el alivio llegará y se mantendrá.
model-series-economy = Recuperación económica
    .explanation = Proporción recuperada de la producción perdida por las sanciones.
model-series-leverage = Capacidad de presión
    .explanation = Presión que aún conserva la parte sancionadora.
model-series-legitimacy = Legitimidad
    .explanation = Apoyo público al proceso en la sociedad del país sancionado.

## The charts: a title, and a description screen readers announce

model-chart-trust = Confianza
    .description = Confianza de ambas partes por mes, de 0 a 1: el grado en que la parte sancionadora cree que el país sancionado actúa de buena fe, mostrado por separado para los futuros en que este actúa de buena fe y para aquellos en que no, y el grado en que el país sancionado cree que el alivio llegará y se mantendrá; cada uno, como una línea de mediana con bandas que contienen la mitad central y el 80 % central de las simulaciones.
model-chart-economy = Recuperación económica
    .description = Recuperación económica por mes, como proporción recuperada de la producción perdida por las sanciones, representada con una línea de mediana y bandas que contienen la mitad central y el 80 % central de las simulaciones.
model-chart-risk = Riesgo de ruptura
    .description = Riesgo de ruptura por mes: una línea con la proporción de simulaciones en las que el proceso ya se ha roto en ese momento, sobre barras con las rupturas de cada mes, como proporción de las simulaciones que seguían intactas.
model-chart-leverage = Capacidad de presión
    .description = Capacidad de presión por mes, de 0 a 1: la presión que aún conserva la parte sancionadora, representada con una línea de mediana y bandas que contienen la mitad central y el 80 % central de las simulaciones.
model-chart-legitimacy = Legitimidad
    .description = Legitimidad por mes, de 0 a 1: el apoyo público al proceso en la sociedad del país sancionado, representado con una línea de mediana y bandas que contienen la mitad central y el 80 % central de las simulaciones.
model-chart-outcomes = Desenlaces
    .description = Desenlaces por mes, como proporciones de todas las simulaciones apiladas hasta el 100 %: de arriba abajo, el acuerdo se mantiene, el incumplimiento pasa inadvertido, el incumplimiento se detecta y se vuelven a imponer las sanciones, o el acuerdo se ha roto por otro motivo.

## The two kinds of target the model draws: one means its commitments, one does not

model-target-trust_if_sincere = Confianza si el país sancionado actúa de buena fe
    .short = Si actúa de buena fe
model-target-trust_if_insincere = Confianza si no actúa de buena fe
    .short = Si no actúa de buena fe

## How a future ends

model-outcome-sustained = Acuerdo vigente
    .explanation = El proceso se mantiene y nadie se aprovecha de él.
model-outcome-exploited = Incumplimiento no detectado
    .explanation = Un país sancionado que no actúa de buena fe conserva el alivio mientras su incumplimiento pasa inadvertido.
model-outcome-caught = Incumplimiento detectado
    .explanation = Se verificó el incumplimiento y se volvieron a imponer las sanciones: la verificación cumplió su función.
model-outcome-collapsed = Acuerdo roto
    .explanation = El proceso se rompió sin que se demostrara ningún incumplimiento: por la línea dura, una alarma mal interpretada, un descuido o la propia política interna de la parte sancionadora.

## The breakdown charts' two quantities, and the model's doubt

model-breakdown-risk = Riesgo de ruptura
model-breakdown-hazard = Rupturas de cada mes
model-doubt-edges = 8 de cada 10 con la incertidumbre del modelo
model-doubt-range = Intervalo con la incertidumbre del modelo
