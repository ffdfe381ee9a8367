### The words the workshop page's scripts write: the page around the views, the set-up, a
### team's view, the live room, and what the views share (copying links, chart legends).

## The page around the views

# Shown in the alert box when something fails unexpectedly. $error is the reason, often in
# English from the browser.
ws-app-something-went-wrong = Se produjo un error: { $error }
# A clause set inside ws-app-could-not-start, so it starts in lower case. $status is the
# server's answer, a number such as 404.
ws-app-default-not-loaded = no se pudo cargar el escenario predeterminado ({ $status })
# $error is the reason, which may be a clause such as ws-app-default-not-loaded.
ws-app-could-not-start = El taller no pudo iniciarse: { $error }. Vuelva a cargar la página para intentarlo de nuevo.
# The address holds a link for the explorer (index.html), the site's main page.
ws-app-explorer-link = Este es el enlace de un escenario para el explorador, no de un ejercicio del taller: ábralo con index.html. Se muestra la preparación del taller.
ws-app-unknown-address = Esta dirección no contiene ningún ejercicio del taller ni la secuencia de ningún equipo (puede que se cortara al copiarla). Se muestra la preparación del taller.
# In the header, in place of an exercise that has no title.
ws-app-untitled = Taller
# The browser tab's title: the view shown, then the page. $view is the view's key.
ws-app-document-title =
    { $view ->
        [setup] Preparar
        [compare] Comparar
        [play] Reproducir
        [debrief] Balance
        [received] Secuencia de un equipo
        [presenter] Notas del presentador
       *[team] Su equipo
    } · Taller · { brand-name }
# Said to screen readers when the projector display is switched on or off.
ws-app-projector-on = Modo proyector: letra grande y alto contraste.
ws-app-projector-off = Modo proyector desactivado.
# In the page's foot. $version is the site's version, such as 0.9.0.
ws-app-version = Versión { $version }.
# $error is the reason, in words from ws-live-… or from the browser.
ws-app-live-failed = No se pudo iniciar la sala en vivo: { $error }

## What the views share: choosing a sequence, copying links, places in a ranking, what the
## browser keeps, and the charts' legends

# The first choice in the lists of sequences to show, before the teams.
ws-common-starting-scenario = El escenario de partida
# A button's word for a moment after its link was copied. Keep it short.
ws-common-copied = Copiado
# Said to screen readers after a link was copied.
ws-common-copied-said = Copiado al portapapeles.
# Said to screen readers when the browser would not copy and the link was selected instead.
ws-common-selected-said = Seleccionado: pulse Ctrl+C, o Cmd+C, para copiarlo.
# A team's place in the ranking: 1st, 2nd, 3rd, 4th… Keep it short: it stands in a table's cell.
# $category is the language's ordinal category for $place (one, two, few, many or other, as the
# Unicode CLDR defines them for the language).
# Spanish has the single ordinal category "other": 1.º, 2.º, 3.º (the place, «puesto», is masculine).
ws-common-ordinal = { $place }.º
# A clause set in brackets inside ws-common-stored-unreadable, so it starts in lower case.
ws-common-stored-shape = no tiene el formato esperado
# $error is why, such as ws-common-stored-shape.
ws-common-stored-unreadable = No se pudo leer lo que este navegador había guardado de un taller anterior ({ $error }); se ha guardado aparte y se muestra un comienzo nuevo.
# $problem is why, a clause such as “this browser's storage for the page is full” (storage-full).
ws-common-storage-refused = Este navegador no conservará su trabajo ({ $problem }). Guarde los enlaces: contienen todo.
# The name a screen reader gives a chart: $title is the chart's title and $description a
# sentence describing it, both from the model.
ws-common-chart-label = { $title }: { $description }
# Said to screen readers when the facilitator chooses which trust line the teams' lines show
# (the two series, model-series-trust and model-series-target_trust, in lower case).
ws-common-team-series-changed =
    El gráfico de confianza muestra ahora, para cada equipo, la { $series ->
        [target_trust] confianza del país sancionado
       *[trust] confianza en el país sancionado
    }.
# A chart's legend, for a chart that draws three lines, each with its bands.
ws-common-legend-bands = Bandas: la mitad central y 8 de cada 10 futuros
# At the head of a chart's legend: whose lines and bands follow. $name is a team's name, or
# ws-common-starting-scenario.
ws-common-legend-whose = { $name }:
# At the head of the teams' part of a legend.
ws-common-legend-teams = Equipos:
# The same on the trust chart: $series is the trust the teams' lines show (model-series-trust
# or model-series-target_trust).
ws-common-legend-teams-series = Equipos ({ $series }):

## The facilitator's workspace: the example exercise a first visit starts from, and the teams

# A team's name as the set-up gives it: $letter is A, B, C… (with a number after the 26th:
# A1, B1…). The facilitator may change it.
ws-workspace-team-name = Equipo { $letter }
# The example exercise's title; the facilitator may change it.
ws-workspace-example-title = Secuenciar el alivio: un ejercicio de taller
# The example exercise's piece of news: its headline, shown full-screen to the room, and a
# text for the facilitator's notes.
ws-workspace-example-headline = Atentado con bomba en un paso fronterizo: sectores de línea dura lo reivindican
ws-workspace-example-text = Una facción contraria al acuerdo reivindica el ataque. Ambos gobiernos lo condenan, y políticos de la oposición de la parte sancionadora piden que se detenga el alivio.
# A clause set after a file's name and a colon, so it starts in lower case. $max is 8;
# $team is the name of the team that did not fit.
ws-workspace-full = una comparación admite como máximo { $max } equipos; quite uno antes de añadir «{ $team }»
# A team that cannot be compared: its name, then the model's reason.
ws-workspace-team-problem = { $team }: { $error }

## The example briefing for the teams, which follows the exercise's length

# The exercise's length when it is whole years: a word for the smaller numbers, figures beyond.
ws-brief-horizon-years =
    { $years ->
        [1] un año
        [2] dos años
        [3] tres años
        [4] cuatro años
        [5] cinco años
        [6] seis años
        [7] siete años
        [8] ocho años
        [9] nueve años
        [10] diez años
        [11] once años
        [12] doce años
       *[other] { $years } años
    }
# The exercise's length otherwise.
ws-brief-horizon-months =
    { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    }
# The briefing a new exercise starts with; the facilitator may change it. $horizon is the
# exercise's length (ws-brief-horizon-years or ws-brief-horizon-months).
ws-brief-example = Cada equipo propone el orden de las medidas de alivio, de reforma y de fomento de la confianza a lo largo de { $horizon }. El objetivo es mantener bajo el riesgo de ruptura mientras se recuperan la confianza y la economía, y conservar cierta capacidad de presión. Cada equipo entrega su secuencia cuando se ha puesto de acuerdo.

## Set up: the starting scenario

# The choices of the list of starting scenarios: the explorer's own, then the built-in
# scenarios in two groups.
ws-setup-preset-default = El escenario inicial del explorador
ws-setup-preset-illustrative = Ilustrativos
ws-setup-preset-historical = Históricos
# A choice in the same list, for a scenario pasted as a link. $title is its title, as typed.
ws-setup-preset-link = De un enlace pegado: { $title }
ws-setup-preset-link-untitled = De un enlace pegado: sin título
# Under the list: the scenario every team starts from. $title is its title (or
# ws-setup-untitled-scenario); $runs is the number of simulated futures.
ws-setup-scenario-summary =
    { $title }: { $steps ->
        [one] { $steps } medida
       *[other] { $steps } medidas
    } y { $shocks ->
        [one] { $shocks } imprevisto
       *[other] { $shocks } imprevistos
    } a lo largo de { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    }, { $runs } futuros simulados.
# After ws-setup-scenario-summary.
ws-setup-scenario-shared = Todos los equipos parten de él.
ws-setup-untitled-scenario = Escenario sin título
# Said to screen readers once a starting scenario is chosen. $title is its title.
ws-setup-start-from = Los equipos parten de: { $title }.
ws-setup-start-from-untitled = Los equipos parten del escenario elegido.
ws-setup-start-from-link = Los equipos parten del escenario pegado: { $title }.
ws-setup-start-from-link-untitled = Los equipos parten del escenario pegado, sin título.
# $error is the model's reason, a clause in lower case.
ws-setup-preset-failed = No se pudo abrir ese escenario: { $error }
ws-setup-link-failed = No se puede usar el enlace de escenario pegado: { $error }

## Set up: the teams and the news injects

# Labels over a team's two fields. $number counts the teams from 1.
ws-setup-team-label = Equipo { $number }
ws-setup-team-lock-label = Puede cambiar
# A button on each team's and each inject's row. Keep it short.
ws-setup-remove = Quitar
# What screen readers say for that button. $name is the team's name, as typed.
ws-setup-remove-team = Quitar el equipo { $number }
ws-setup-remove-named-team = Quitar el equipo { $number } ({ $name })
ws-setup-remove-inject = Quitar la noticia { $number }
# The heading of an inject's row, and its fields' labels.
ws-setup-inject-label = Noticia { $number }
ws-setup-inject-month-label = Mes
ws-setup-inject-kind-label = Imprevisto en el modelo
ws-setup-inject-size-label = Magnitud del golpe
ws-setup-inject-headline-label = Titular
ws-setup-inject-text-label = Texto para sus notas

## Set up: the problems listed before the exercise can be shared, and the briefing's check

# A problem in the set-up: where it is ($field, a link to the field: ws-setup-where-…), then the
# model's words for it, in lower case.
ws-setup-problem = { $field }: { $problem }
# Where a problem is: a part of the set-up, …
ws-setup-where-title = Título
ws-setup-where-briefing = Instrucciones
ws-setup-where-teams = Equipos
ws-setup-where-injects = Noticias
ws-setup-where-teams-see-injects = Los equipos ven las noticias
# … the starting scenario, with the place in it ($path, such as /steps/2/month: keep it as it is), …
ws-setup-where-scenario = Escenario de partida ({ $path })
# … a team or an inject ($number counts them from 1), or one of its fields ($field: ws-setup-field-…).
ws-setup-where-team = Equipo { $number }
ws-setup-where-team-field = Equipo { $number }, { $field }
ws-setup-where-inject = Noticia { $number }
ws-setup-where-inject-field = Noticia { $number }, { $field }
# The fields, in lower case after a comma.
ws-setup-field-name = nombre
ws-setup-field-lock = qué puede cambiar
ws-setup-field-month = mes
ws-setup-field-kind = imprevisto
ws-setup-field-size = magnitud del golpe
ws-setup-field-headline = titular
ws-setup-field-text = texto
# Under the briefing when it names another length than the exercise's. $phrase is the words
# the briefing uses (in English), $months the exercise's length and $horizon the same in words.
ws-setup-briefing-mismatch =
    Las instrucciones dicen «{ $phrase }», pero el ejercicio dura { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } ({ $horizon }).
# After ws-setup-briefing-mismatch.
ws-setup-briefing-mismatch-fix = Cambie las instrucciones o el escenario de partida.

## Set up: sharing, and the teams that played an earlier version

# $reason is why there is none, in lower case.
ws-setup-no-qr = Sin código QR: { $reason }.
ws-setup-link-length = El enlace tiene { $characters } caracteres y contiene todo el ejercicio.
# Between the teams' names in ws-setup-versions-… ("Team A, Team B").
ws-setup-names-separator = {", "}
# The teams whose hand-backs carry the earlier version they played. $teams names them and
# $count counts them (a language may need it to agree the verb).
ws-setup-versions-carried =
    { $count ->
        [one] { $teams } trabajó con una versión anterior de este ejercicio.
       *[other] { $teams } trabajaron con una versión anterior de este ejercicio.
    }
# After ws-setup-versions-carried.
ws-setup-versions-carried-how =
    { $count ->
        [one] La comparación lo sigue comparando con la versión con la que trabajó, y lo indica; para compararlo con esta versión, comparta el nuevo enlace y pida una nueva entrega.
       *[other] La comparación los sigue comparando con la versión con la que trabajaron, y lo indica; para compararlos con esta versión, comparta el nuevo enlace y pida nuevas entregas.
    }
# The teams whose hand-backs do not carry the version they played.
ws-setup-versions-bare =
    { $count ->
        [one] { $teams } entregó su secuencia para una versión anterior sin incluir una copia de ella, así que se compara con esta versión, con una observación.
       *[other] { $teams } entregaron sus secuencias para una versión anterior sin incluir una copia de ella, así que se comparan con esta versión, con una observación.
    }
# Said to screen readers. $teams names the teams removed.
ws-setup-versions-removed = Fuera de la comparación: { $teams }.

## A team's view: opening the exercise

# $error is the model's reason, such as “this link cannot be read: …”, in lower case.
ws-team-link-unreadable = { $error }. Pida de nuevo al facilitador el enlace del ejercicio; un enlace que se cortó al copiarlo no se puede abrir.
# In place of an exercise that has no title.
ws-team-untitled = Ejercicio del taller
# Said to screen readers once the team is chosen. $team is its name.
ws-team-you-are = Su equipo: { $team }.
# $error is why, in lower case.
ws-team-stored-unreadable = No se pudo leer la secuencia de su equipo guardada en este dispositivo ({ $error }); se ha guardado aparte, y su equipo vuelve a empezar desde el escenario del ejercicio.
# The injects the team does not see on its timeline. $count counts them.
ws-team-news-sealed =
    { $count ->
        [one] El facilitador tiene una noticia reservada para más adelante: no aparece en su línea de tiempo, pero la comparación la tendrá en cuenta.
       *[other] El facilitador tiene { $count } noticias reservadas para más adelante: no aparecen en su línea de tiempo, pero la comparación las tendrá en cuenta.
    }
# In the timeline's key, beside the hatching and padlock of a step the team may not change.
ws-team-key-locked = bloqueada para su equipo
ws-team-model-failed = El modelo no pudo ejecutar esta secuencia: { $error }
# A confirmation; OK starts again.
ws-team-start-over-confirm = ¿Volver a empezar desde el escenario del ejercicio? Se perderán los cambios de su equipo.
ws-team-started-over = Su secuencia ha vuelto al escenario de partida del ejercicio.
# A confirmation; OK replaces the exercise on this device.
ws-team-facilitate-confirm = ¿Facilitar este ejercicio desde este dispositivo? Sustituye al ejercicio que se preparó aquí antes; se conservan las secuencias de los equipos ya añadidas.

## A team's view: the selected step

ws-team-editor-empty = Seleccione una medida en la línea de tiempo para cambiar su mes, su magnitud o la forma en que se aplica.
# After the step's name.
ws-team-editor-shock = (imprevisto)
# After the step's name: who takes it ($actor, from the model: “sanctioning side”, “target”).
ws-team-editor-actor = ({ $actor })
ws-team-editor-shock-locked = Los imprevistos los fija el facilitador: su equipo no puede cambiarlos.
# A step the team's lock keeps fixed. $lock is the team's lock.
ws-team-editor-locked =
    Bloqueada: su equipo puede cambiar { $lock ->
        [everything] todas las medidas
        [sanctioning] solo las medidas de la parte sancionadora
        [target] solo las medidas del país sancionado
       *[confidence] solo las medidas de fomento de la confianza
    }.
# A locked step's facts. $conditional and $transparent are “yes” or “no”.
ws-team-editor-facts =
    Mes { $month }, magnitud { NUMBER($size, minimumFractionDigits: 2, maximumFractionDigits: 2) }{ $conditional ->
        [yes] , espera al cumplimiento verificado
       *[no] {""}
    }{ $transparent ->
        [yes] , criterios públicos
       *[no] {""}
    }.
ws-team-editor-month = Mes
ws-team-editor-size = Magnitud
# Two checkboxes, each followed by a note in lighter type.
ws-team-editor-conditional = Condicional
ws-team-editor-conditional-note = — espera a que se verifique el cumplimiento
ws-team-editor-transparent = Transparente
ws-team-editor-transparent-note = — se anuncia con criterios públicos
ws-team-editor-delete = Eliminar esta medida

## A team's view: handing back

ws-team-handback-failed = No se pudo entregar su secuencia: { $error }
# Said to screen readers.
ws-team-handback-ready = El enlace, el archivo y el código QR de su equipo están listos.
ws-team-no-qr = No hay código QR para esta secuencia: { $reason }
ws-team-downloading = Se está descargando el archivo.
ws-team-file-failed = No se pudo crear el archivo: { $error }
# Under the team's short code. “Compare” is the facilitator's view (ws-page-nav-compare).
ws-team-code-note = ¿No hay forma de enviar un enlace a la pantalla del facilitador? Escriba allí este código, en «{ ws-page-nav-compare }».
ws-team-no-code = Esta secuencia no tiene código corto (cambia más de lo que cabe en un código, o tiene una magnitud con más de dos decimales): entregue el enlace, el código QR o el archivo.

## A team's view in a live room

# In the heading while the team's device joins the room.
ws-team-live-joining = Entrando en la sala en vivo…
ws-team-live-waiting = Esperando a que el facilitador publique el ejercicio…
# $reason is why, from ws-live-refusal-…, in lower case.
ws-team-live-refused = La sala en vivo rechazó este dispositivo: { $reason }. Pida de nuevo al facilitador el enlace de su equipo.
ws-team-live-failed = No se pudo entrar en la sala en vivo: { $error }.
ws-team-live-exercise-unreadable = No se puede leer el ejercicio del facilitador: { $error }
# $number counts the teams from 1.
ws-team-live-no-team = Este ejercicio ya no tiene un equipo { $number }: pida de nuevo al facilitador el enlace de su equipo.
# A line at the top of the team's view: whether the device reaches the room.
ws-team-live-connected = En vivo: los dispositivos de su equipo y el facilitador ven cada cambio.
ws-team-live-connecting = En vivo: conectando…
ws-team-live-no-answer = El servidor de salas todavía no responde: esta página lo sigue intentando.
# $waiting counts the changes not sent yet.
ws-team-live-offline =
    { $waiting ->
        [0] Sin conexión: siga trabajando; sus cambios se enviarán cuando la sala vuelva a responder.
        [one] Sin conexión: siga trabajando; sus cambios ({ $waiting } pendiente) se enviarán cuando la sala vuelva a responder.
       *[other] Sin conexión: siga trabajando; sus cambios ({ $waiting } pendientes) se enviarán cuando la sala vuelva a responder.
    }
# A piece of news the facilitator sent: $headline is its headline, in bold.
ws-team-news-item = Noticia del mes { $month }: { $headline }
# In place of a headline the facilitator left empty.
ws-team-news-untitled = noticia
# Said to screen readers. $headlines are the news' headlines, joined by ws-team-news-separator.
ws-team-news-said = Noticias del facilitador: { $headlines }.
ws-team-news-separator = {"; "}

## The set-up's live room

# Clauses set after a colon, so they start in lower case: why the room could not open.
ws-live-no-server = esta copia del sitio no indica ningún servidor de salas
ws-live-key-missing = escriba primero la clave del servidor de salas
# $error is the browser's reason, in English.
ws-live-no-engine = no se pudo cargar el motor de la sala en vivo ({ $error }); esta copia del sitio se compiló sin él
# $server is the server's address. The command in brackets is typed as it is.
ws-live-server-silent = el servidor de salas de { $server } no responde: ¿está en marcha? (cargo xtask room)
ws-live-key-refused = el servidor de salas rechazó la clave: vuelva a copiarla de donde se inició el servidor de salas
# $reason is the server's word for it, in English.
ws-live-room-refused = el servidor de salas no pudo abrir una sala ({ $reason })
# $status is the server's answer, a number such as 500.
ws-live-room-refused-status = el servidor de salas no pudo abrir una sala (estado { $status })
ws-live-answer-unreadable = no se puede leer la respuesta del servidor de salas: ¿es esa la dirección de un servidor de salas de { brand-name }?
ws-live-link-unreadable = no se puede leer este enlace a la sala en vivo (puede que se cortara al copiarlo)
# Why the room server refused a device, as clauses in lower case.
ws-live-refusal-missing-token = el enlace no contiene ninguna clave de acceso a la sala
ws-live-refusal-invalid-token = el enlace no lo generó este servidor de salas (puede que se haya modificado o que se cortara al copiarlo)
ws-live-refusal-another-room = el enlace corresponde a otra sala
ws-live-refusal-another-team = el enlace es de otro equipo
ws-live-refusal-too-large = la secuencia supera el tamaño que admite la sala
ws-live-refusal-read-only = este dispositivo solo puede leer esa parte de la sala
ws-live-refusal-unknown-document = la sala no tiene esa parte
# $reason is the server's own word for it, in English.
ws-live-refusal-other = el servidor de salas dio como motivo «{ $reason }»
ws-live-refusal-none = el servidor de salas dio como motivo «none»
# $reason is from ws-live-refusal-….
ws-live-host-refused = El servidor de salas rechazó este dispositivo: { $reason }. Abra una sala nueva.
# $error is from the clauses above, or the browser's reason.
ws-live-unreachable = No se pudo acceder a la sala en vivo: { $error }.
ws-live-not-opened = No hay sala en vivo: { $error }.
# Said to screen readers.
ws-live-opened = La sala en vivo está abierta: dé a cada equipo su enlace.
# A confirmation; OK closes the room. “Compare” is the facilitator's view (ws-page-nav-compare).
ws-live-close-confirm = ¿Cerrar la sala en vivo? Los dispositivos de los equipos dejarán de enviar cambios; sus secuencias hasta ahora se quedan en «{ ws-page-nav-compare }».
# Said to screen readers.
ws-live-closed = La sala en vivo está cerrada. Las secuencias de los equipos hasta ahora se quedan en «{ ws-page-nav-compare }».
# Each team's row: its name (or this, for a team with none), how many of its devices are in the
# room, its link, and two buttons. $team is the team's name.
ws-live-team-unnamed = Equipo { $number }
ws-live-devices =
    { $devices ->
        [0] ningún dispositivo aún
        [one] { $devices } dispositivo
       *[other] { $devices } dispositivos
    }
# What screen readers say for the field holding the team's link.
ws-live-team-link = Enlace de { $team }
ws-live-copy-link = Copiar enlace
# A button that shows the team's link as a QR code. Keep it short.
ws-live-qr = Código QR
# What screen readers say for that button, and the QR code's description.
ws-live-qr-of = Código QR del enlace de { $team }
# The heading over a team's QR code shown to the room.
ws-live-qr-title = Escanee para unirse como { $team }
ws-live-no-qr = Sin código QR: { $reason }.
# The list of the exercise's news, each with a button to send it.
ws-live-no-news = El ejercicio no tiene noticias.
# $headline is the news' headline, in bold.
ws-live-news-item = Mes { $month }: { $headline }
# In place of a headline the facilitator left empty.
ws-live-news-untitled = Noticia
ws-live-news-send = Enviar ya a los equipos
# The same button once the news is sent.
ws-live-news-sent = Enviada
# Said to screen readers. $headline is the news' headline.
ws-live-news-said = Enviada a todos los equipos: { $headline }.
ws-live-news-said-untitled = Noticia enviada a todos los equipos.
# A line under the room's heading: whether the facilitator's device reaches the room.
ws-live-status-connected = En vivo: los cambios de los equipos llegan a «{ ws-page-nav-compare }» y «{ ws-page-nav-play }» a medida que los hacen.
ws-live-status-connecting = En vivo: conectando con el servidor de salas…
# $waiting counts this device's changes not sent yet.
ws-live-status-silent =
    { $waiting ->
        [0] El servidor de salas no responde: los equipos siguen trabajando, y sus cambios llegarán cuando vuelva a responder.
        [one] El servidor de salas no responde: los equipos siguen trabajando, y sus cambios llegarán cuando vuelva a responder ({ $waiting } cambio suyo pendiente).
       *[other] El servidor de salas no responde: los equipos siguen trabajando, y sus cambios llegarán cuando vuelva a responder ({ $waiting } cambios suyos pendientes).
    }
