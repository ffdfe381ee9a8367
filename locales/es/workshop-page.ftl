## The workshop page's markup: its header, its views' headings, labels and hints, its dialogs
## and its footer. Words the scripts write are in workshop-setup.ftl and the views' own files.

# The browser tab's title before a view is shown; the scripts then name the view in front.
ws-page-title = Taller · { brand-name }
# The page's description for search engines and link previews; the reader does not see it on the page.
ws-page-meta-description =
    .content = Dirija un ejercicio de secuenciación con varios equipos en una sala: prepare todo el ejercicio en un solo enlace, compare las secuencias de los equipos, reproduzca la línea de tiempo en un proyector con noticias que irrumpen en el ejercicio e imprima un balance.
# A link that keyboard users meet first, which jumps past the header.
ws-page-skip-link = Ir al taller

## The header

# The page's name; the part of the site (“Workshop”) is shown lighter after it.
ws-page-heading = { brand-name } <span data-l10n-name="section">Taller</span>
ws-page-tagline = Una ilustración, no una predicción
# Read by screen readers before the exercise's title; keep the space at the end.
ws-page-exercise-label = Ejercicio:{ " " }
# Shown in place of the exercise's title until the page has started.
ws-page-exercise-loading = Cargando…
# A link back to the explorer, the site's main page.
ws-page-explorer-link = Explorador
# Shown only when the browser runs no scripts.
ws-page-noscript = El taller necesita JavaScript y WebAssembly para ejecutar el modelo en su navegador. No se envía nada a ningún sitio.
ws-page-loading = Cargando el modelo…

## The facilitator's steps through the exercise (a numbered row of tabs): keep them short

# The name of the row of tabs, for screen readers.
ws-page-nav =
    .aria-label = Pasos del facilitador
ws-page-nav-setup = Preparar
ws-page-nav-compare = Comparar
ws-page-nav-play = Reproducir
ws-page-nav-debrief = Balance
# A switch: large type and high contrast, for a projector.
ws-page-projector-toggle = Modo proyector

## Set up: the facilitator prepares the exercise

ws-page-setup-heading = Preparar un ejercicio
ws-page-setup-intro = Elija el punto de partida de los equipos, póngales nombre, indique qué puede cambiar cada uno y redacte las noticias con las que sorprenderá a la sala. Todo el ejercicio cabe en un solo enlace: cada equipo lo abre en su propio dispositivo. No se envía nada a ningún sitio; su configuración se guarda en este navegador.
ws-page-setup-about-heading = El ejercicio
# The exercise's title, which the teams see.
ws-page-setup-title-label = Título
ws-page-setup-briefing-label = Instrucciones para los equipos
ws-page-setup-briefing-help = Lo que leen los equipos antes de empezar: su papel y lo que deben intentar conseguir.
ws-page-setup-start-heading = Punto de partida de los equipos
# A list of the built-in scenarios.
ws-page-setup-preset-label = Escenario de partida
ws-page-setup-link-label = O pegue el enlace de un escenario del explorador
# The end of a link to a scenario, as an example in an empty field: keep it as it is.
ws-page-setup-link-input =
    .placeholder = …index.html#s1.…
ws-page-setup-link-use = Usar este escenario
ws-page-setup-teams-heading = Equipos
# A lock limits what a team may change (for instance only one side's steps).
ws-page-setup-teams-help = De dos a ocho equipos. Una restricción limita a un equipo a las medidas de una de las partes; los imprevistos, los supuestos y el horizonte quedan en sus manos.
ws-page-setup-add-team = Añadir un equipo
# An inject: a piece of news the facilitator springs on the room at a given month.
ws-page-setup-injects-heading = Noticias del ejercicio
ws-page-setup-injects-help = Cada noticia es un imprevisto que el modelo registra en su mes, con un titular que la sala ve a pantalla completa cuando la línea de tiempo llega a ella y un texto breve para sus notas.
# A checkbox.
ws-page-setup-see-injects = Los equipos ven las noticias en su línea de tiempo mientras planifican
ws-page-setup-add-inject = Añadir una noticia
ws-page-setup-share-heading = Compartir el ejercicio
# Above a list of problems in the set-up.
ws-page-setup-problems = Corrija lo siguiente antes de compartir:
# Shown under a note naming the teams that played an earlier version of the exercise.
ws-page-setup-versions-remove = Quitar sus secuencias de la comparación
ws-page-setup-link-heading = Enlace del ejercicio
# A button beside a link; it says “Copied” for a moment after a click.
ws-page-copy-link = Copiar enlace
ws-page-setup-qr =
    .alt = Código QR del enlace del ejercicio
ws-page-setup-qr-caption = Los equipos lo escanean para abrir el ejercicio en su propio dispositivo.
ws-page-setup-qr-large = Mostrar el código QR a la sala
ws-page-setup-open-team = Abrir la vista de equipo
ws-page-setup-next = Siguiente: comparar los equipos

## Set up: running the exercise in a live room (shown when the site has a room server)

ws-page-live-heading = Ejercicio en vivo
ws-page-live-help = En una sala en vivo, cada equipo trabaja en sus propios dispositivos (en varios a la vez, si quiere), y «Comparar» y «Reproducir» se actualizan a medida que trabajan. Usted puede enviar noticias a todos los equipos cuando lo decida. Sin sala, comparta el enlace anterior: no cambia nada más.
# A password-like key the room server prints when it starts.
ws-page-live-key-label = Clave del servidor de salas
# The command in the <code> is typed as it is: keep it in English.
ws-page-live-key-help = El servidor de salas la muestra al iniciarse (<code data-l10n-name="command">cargo xtask room</code>). No sale de este dispositivo.
ws-page-live-open = Abrir una sala en vivo
ws-page-live-teams-heading = Enlaces de los equipos
ws-page-live-teams-help = Cada equipo abre su propio enlace, con el código QR o copiándolo. Quien tenga el enlace de un equipo puede editar la secuencia de ese equipo, y nada más.
ws-page-live-news-heading = Noticias para los equipos
ws-page-live-close = Cerrar la sala en vivo

## A team's view: the team picks its name, then builds its sequence and hands it back

# Replaced by the exercise's title as soon as the exercise is read.
ws-page-team-heading = Ejercicio
ws-page-team-picker = ¿Cuál es su equipo?
# Followed by ws-page-team-facilitate, a button that reads like a link.
ws-page-team-running = ¿Es usted quien facilita este ejercicio?
ws-page-team-facilitate = Facilitarlo desde este dispositivo
# The team's name goes in the <strong>, which stays empty here.
ws-page-team-banner = Su equipo: <strong data-l10n-name="name"></strong>
ws-page-team-switch = Cambiar de equipo
# On a phone: jumps down to the hand-back panel.
ws-page-team-jump-handback = Entregar…
# The name of the list of news the facilitator sent, for screen readers.
ws-page-team-news =
    .aria-label = Noticias del facilitador
# The timeline's heading; the unit is shown smaller.
ws-page-team-timeline-heading = Su secuencia <span data-l10n-name="unit">(meses)</span>
# Enter and Delete are keys on the keyboard.
ws-page-team-timeline-hint = Arrastre una medida, o selecciónela y use las teclas de flecha. Enter la edita; Supr la elimina.
# Read by screen readers on a step the team's lock keeps fixed.
ws-page-team-locked-note = Bloqueada: su equipo no puede mover ni eliminar esta medida.
ws-page-team-warnings-heading = Revisión de la secuencia
# Opens a list of steps to add.
ws-page-team-palette = Añadir una medida
# Followed by a field holding a month number.
ws-page-team-add-month = Las nuevas medidas van en el mes
ws-page-team-charts-heading = Qué podría ocurrir
ws-page-team-bands = Bandas: la mitad central y 8 de cada 10 futuros simulados. La línea gris discontinua es el punto de partida de su equipo.
ws-page-team-editor-heading = Medida seleccionada
ws-page-team-handback-heading = Entrega
ws-page-team-handback-help = Cuando su equipo esté de acuerdo con su secuencia, entréguela al facilitador como enlace, archivo o código QR. Puede seguir cambiándola y volver a entregarla.
ws-page-team-handback = Entregar nuestra secuencia
ws-page-team-link-label = Enlace de su equipo
ws-page-team-download = Descargar como archivo
ws-page-team-qr =
    .alt = Código QR del enlace de su equipo, para que lo escanee el facilitador
ws-page-team-qr-caption = El facilitador puede escanearlo con un teléfono.
# A short code that stands for the team's sequence, typed where no link can be sent.
ws-page-team-code-label = Código de su equipo
ws-page-team-start-over = Volver a empezar desde el escenario del ejercicio

## A team's hand-back, opened by the facilitator

# Replaced by “<team> handed back its sequence” as soon as it is read.
ws-page-received-heading = Secuencia de un equipo
ws-page-received-code-label = Para añadirla en el dispositivo del proyector, escriba allí este código, en «Comparar»
ws-page-received-sequence = La secuencia
ws-page-received-add = Añadir a la comparación en este dispositivo
ws-page-received-open-compare = Abrir la comparación

## Compare: the teams' sequences side by side, and their ranking

ws-page-compare-heading = Comparar los equipos
ws-page-compare-intro = Pegue los enlaces que entregaron los equipos, elija sus archivos o suéltelos en cualquier parte de esta página. La línea de cada equipo tiene su propio color y su propio trazo.
ws-page-compare-add-heading = Añadir equipos
ws-page-compare-input-label = Enlaces o códigos de los equipos, uno por línea
# “…workshop.html#t2.” and “6FTW-G0G9-2H3P” are examples of what is typed: keep them as they are.
ws-page-compare-input-help = Un enlace de equipo empieza por …workshop.html#t2. También sirve el código corto de un equipo (como 6FTW-G0G9-2H3P), escrito en un dispositivo preparado con el mismo ejercicio, así como los enlaces y archivos de escenario del explorador.
# Adds what was pasted in the field above.
ws-page-compare-add = Añadir
ws-page-compare-files = Elegir archivos…
ws-page-compare-teams-heading = Equipos comparados
ws-page-compare-empty = Ningún equipo ha entregado todavía su secuencia. Los gráficos muestran el escenario de partida.
# Followed by a list: the starting scenario, then each team.
ws-page-compare-focus-label = Las bandas y las líneas continuas muestran
# Followed by a list of two kinds of trust; shown under Compare and Play.
ws-page-team-series-label = Línea de confianza de los equipos
# Read by screen readers only.
ws-page-compare-charts-heading = Proyecciones de los equipos
ws-page-ranking-heading = Clasificación
ws-page-ranking-weights = Qué pondera la puntuación
ws-page-ranking-weights-help = Cada equipo obtiene una puntuación sobre 100 a partir de sus cuatro cifras, cada una contada tantas veces como indique su peso (de 0 a 5; con 0 queda excluida). Acuérdelos con la sala antes de empezar.
ws-page-ranking-weights-reset = Restablecer los pesos predeterminados

## Play: the timeline played month by month to the room (also the presenter window's buttons)

ws-page-play-heading = Reproducir la línea de tiempo
# The name of the row of buttons, for screen readers.
ws-page-play-controls =
    .aria-label = Controles de reproducción
# Followed by a list: the starting scenario, then each team.
ws-page-play-focus-label = Secuencia
ws-page-play-restart = Reiniciar
ws-page-play-back = Mes anterior
ws-page-play-toggle = Reproducir
ws-page-play-forward = Mes siguiente
ws-page-play-speed-label = Velocidad
ws-page-play-speed-slow = Lenta
ws-page-play-speed-normal = Normal
ws-page-play-speed-fast = Rápida
# Opens a second window with the presenter's notes.
ws-page-play-presenter = Ventana del presentador
ws-page-play-fullscreen = Pantalla completa
# Space, the arrow keys and Home are keys on the keyboard.
ws-page-play-keys = La barra espaciadora reproduce o pausa; las teclas de flecha avanzan o retroceden un mes; Inicio vuelve al principio. La línea de tiempo se detiene en cada noticia.
# The month being played, large, as in “Month 12 of 48”: the month goes in the <span> named
# “month” and the last month in the one named “horizon” (leave both empty); “of …” is smaller.
ws-page-play-month = <span data-l10n-name="word">Mes</span> <span data-l10n-name="month"></span><span data-l10n-name="of"> de </span><span data-l10n-name="horizon"></span>
# Read by screen readers only.
ws-page-play-teams-heading = Medidas de cada equipo hasta el mes reproducido

## Debrief: the printable summary

ws-page-debrief-heading = Balance
ws-page-debrief-intro = Un resumen de todo el ejercicio y, después, una página por equipo con sus cifras clave, lo que cambió respecto al punto de partida, su secuencia con esos cambios marcados, sus gráficos y la revisión de la secuencia. Imprímalo en A4 o en tamaño carta (US Letter), una hoja por página, o guárdelo como PDF desde el cuadro de diálogo de impresión.
ws-page-debrief-print = Imprimir el balance

## The presenter's notes, in a second window

ws-page-presenter-heading = Notas del presentador
ws-page-presenter-waiting = Esperando a la ventana del proyector…
# What is on the projector now.
ws-page-presenter-now-heading = Ahora
# Replaced by the month being played; the dash stands for no month yet.
ws-page-presenter-month = Mes –
# The name of the row of buttons, for screen readers.
ws-page-presenter-controls =
    .aria-label = Controles de reproducción de la ventana del proyector
ws-page-presenter-continue = Continuar tras la noticia
# The news still to come.
ws-page-presenter-next-heading = Siguiente
ws-page-presenter-all-heading = Todas las noticias

## The news shown full-screen, the QR code shown to the room, and the page's foot

# Above a news headline shown full-screen on the projector.
ws-page-inject-kicker = Noticia
ws-page-inject-continue = Continuar
ws-page-inject-hint = Barra espaciadora, Enter o un clic para continuar.
ws-page-qr-dialog-title = Escanee para unirse al ejercicio
ws-page-qr-dialog-close = Cerrar
# Shown while files are dragged over the page.
ws-page-drop = Suelte los archivos de los equipos para compararlos
ws-page-footer = Todo se ejecuta en su navegador: el ejercicio, las secuencias de los equipos y la comparación solo viajan en los enlaces y archivos que usted comparta, o a través del servidor de una sala en vivo si abre una.
