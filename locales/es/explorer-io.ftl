## Ways in and out of the explorer: links, the scenario saved in this browser, undo and redo.

# Undo's and Redo's tooltips on a Mac, whose shortcut key is ⌘.
io-undo-title-mac = Deshacer (⌘Z)
io-redo-title-mac = Rehacer (Mayús+⌘Z)
# Said by screen readers after Undo or Redo.
io-undone = Cambio deshecho.
io-redone = Cambio rehecho.
# Said by screen readers once a file has been downloaded. $name is the file's name.
io-file-saved = Se guardó { $name }.

# A scenario link that cannot be decoded. $reason says why, in the model's words.
io-link-damaged = No se puede leer este enlace: { $reason }.
# A scenario link whose scenario has errors. $reason lists them, in the model's words ("/steps/3/month: …").
io-link-invalid = No se puede leer este enlace: el escenario que contiene tiene un problema: { $reason }.
# Follows io-link-damaged or io-link-invalid when the reader went Back or Forward to the link.
io-link-kept = Se sigue mostrando el escenario que tenía.
# The address asked for a built-in scenario by a name that has none. $reason is the model's words.
io-start-no-preset = Este enlace pide un escenario predefinido que no existe: { $reason }.
# Follows a sentence saying what could not be opened.
io-start-saved-instead = En su lugar se muestra su último escenario guardado.
# Follows a sentence saying what could not be opened.
io-start-default-instead = En su lugar se muestra el escenario predeterminado.
# Follows io-start-default-instead.
io-start-saved-kept = Todo lo que guardó en este navegador se conserva.
# $reason lists what is wrong with the saved text, in the model's words.
io-saved-unreadable = No se pudo leer el escenario guardado en este navegador: { $reason }. Se ha guardado aparte, así que no se pierde nada.
# A button that downloads the saved text that could not be read.
io-saved-download = Descargar el texto guardado
# The reader's own saved scenario is still there after a link opened another. $opened is "preset" (the link opened a built-in scenario) or "link" (someone's shared scenario).
io-saved-still-there = Esta página abrió { $opened ->
        [preset] un escenario predefinido
       *[link] un escenario compartido
    }. Su último escenario sigue guardado en este navegador.
io-saved-open = Abrir mi escenario guardado
io-saved-dismiss = Descartar
# Said by screen readers once the saved scenario is open again. $opened as in io-saved-still-there.
io-saved-opened = Su escenario guardado está abierto. «Deshacer» vuelve { $opened ->
        [preset] al escenario predefinido
       *[link] al escenario compartido
    }.
# The browser refuses to keep the scenario. $reason says why. "Share" and "Export" are the header's buttons.
io-storage-failed = Sus cambios no se pueden conservar en este navegador: { $reason }. Para no perder su trabajo, use «{ page-share-button }» para copiar un enlace o «{ page-export-button }» para guardar el escenario en un archivo.

## Opening a scenario file (the header's "Open…", or a file dropped on the page)

# A file's name, where the browser gives none.
files-unnamed = el archivo
# The first line of the error; each problem follows on a line of its own. $name is the file's name.
files-cannot-open = No se puede abrir { $name }; se sigue mostrando el escenario que tenía.
# A problem with a file: $size and $max are in kilobytes.
files-too-large = el escenario ocupa { $size } KB; el máximo permitido es { $max } KB
# A problem with a file.
files-not-utf8 = no es texto UTF-8; un escenario es un archivo JSON
# A problem with a file. $reason is the browser's explanation (often in English).
files-unreadable = no se pudo leer el archivo ({ $reason })
# The hidden file field's name, for screen readers.
files-input-label = Archivo de escenario que se abrirá
# Said by screen readers. $name is the file's name.
files-opened = Se abrió { $name }.
# Shown over the page while a file is dragged over it.
files-drop-hint = Suelte un archivo de escenario (.json) para abrirlo
# $count is how many files were dropped at once (never 1).
files-drop-one = Suelte un solo archivo de escenario cada vez ({ $count ->
        [one] se soltó { $count }
       *[other] se soltaron { $count }
    }); se sigue mostrando el escenario que tenía.

## The Export menu, and each chart's download button

export-menu-scenario = Escenario (archivo JSON para volver a abrirlo)
export-menu-csv = Proyección en CSV (hoja de cálculo)
export-menu-json = Proyección en JSON
export-menu-chart = Un gráfico en PNG o SVG…
# The download button beside each chart's title (an icon). $chart is the chart's title.
export-chart-button = Descargar el gráfico «{ $chart }»
export-chart-png = Como imagen PNG
export-chart-svg = Como imagen SVG
# $what is what could not be exported: "scenario", "projection" or "chart" ($chart is then the chart's title). $reason says why.
export-failed = { $what ->
        [scenario] No se pudo exportar el escenario: { $reason }
        [projection] No se pudo exportar la proyección: { $reason }
       *[chart] No se pudo exportar el gráfico «{ $chart }»: { $reason }
    }
# Reasons an export may fail, shown in export-failed.
export-image-no-size = la imagen no tiene tamaño
export-image-failed = no se pudo crear la imagen

## The Share dialog

share-dialog-title = Compartir este escenario
# $reason says why (share-scenario-invalid, or an unexpected error).
share-cannot-share = Todavía no se puede compartir este escenario: { $reason }
share-scenario-invalid = este escenario tiene un problema y no se podrá compartir hasta que se corrija
share-link-label = Enlace a este escenario
share-copy-link = Copiar enlace
share-link-help = Todo el escenario va en el propio enlace: quien lo abra verá exactamente lo que usted ve ahora. No se sube nada a ningún servidor.
# Shown beside a Copy button. $what is what was copied: "link", "embed-code", "iframe-code" or "script".
share-copied = { $what ->
        [link] Enlace copiado.
        [embed-code] Código de inserción copiado.
        [iframe-code] Código del iframe copiado.
       *[script] Script copiado.
    }
# Shown when the browser would not copy by itself: the text is selected instead. $keys is the shortcut ("Ctrl+C" or "⌘C"). $what as in share-copied.
share-copy-selected = { $what ->
        [link] Enlace seleccionado: pulse { $keys } para copiarlo.
        [embed-code] Código de inserción seleccionado: pulse { $keys } para copiarlo.
        [iframe-code] Código del iframe seleccionado: pulse { $keys } para copiarlo.
       *[script] Script seleccionado: pulse { $keys } para copiarlo.
    }
share-qr-heading = Código QR para una sala
share-qr-image = Código QR del enlace a este escenario
share-qr-full-screen = Pantalla completa
share-qr-download = Descargar código QR
share-qr-note = Apunte hacia él la cámara de un teléfono para abrir este escenario. En pantalla completa se puede leer desde el otro extremo de una sala.
share-qr-dense = Este escenario es largo, así que su código es denso: muéstrelo en pantalla completa en el proyector o escanéelo desde más cerca.
share-qr-no-full-screen = Este navegador no permite aquí la pantalla completa; amplíe la imagen con el zoom.
share-embed-heading = Insertar en una página web
# A checkbox's label.
share-embed-lock = Bloquear la edición (los lectores pueden leer los gráficos, pero no mover las medidas)
share-embed-caption-label = Comentario (opcional)
share-embed-caption-placeholder = Se muestra encima de la línea de tiempo
share-embed-code-label = Código de inserción
share-copy-embed = Copiar código
# A link that opens the embed in a new tab.
share-embed-preview = Ver la vista previa
# height="{ $height }" is HTML code the reader may change: keep it as it is.
share-embed-help = Péguelo en un artículo o en la página de un curso. Funciona en cualquier marco a partir de 320 × 400 píxeles; cambie height="{ $height }" según convenga. La herramienta insertada no hace ninguna solicitud a otros sitios, y avisa a su página cuando está lista y cuando cambia el escenario (véase la documentación sobre la inserción).

## The explorer embedded in an article

# The frame's name for screen readers in the article that embeds it, part of the code the Embed dialog makes. $title is the scenario's title.
embed-iframe-title = { brand-name }: { $title }
embed-iframe-title-untitled = { brand-name }
# A link from the embed to the full page.
embed-open-link = Abrir en { brand-name }
# Read by screen readers after embed-open-link.
embed-new-tab = (se abre en una pestaña nueva)
# Above the embedded timeline, beside embed-open-link: keep it short.
embed-nature = Una ilustración, no una predicción
# In place of timeline-hint when the article's author locked the steps.
embed-locked-hint = Este escenario está bloqueado. Señale un gráfico, o selecciónelo y use las teclas de flecha, para leer cada mes.

## A story in an embed: frames with captions, stepped through

# The story's name for screen readers.
story-region =
    .aria-label = Relato
story-previous = Anterior
    .aria-label = Escena anterior
story-next = Siguiente
    .aria-label = Escena siguiente
# Between Previous and Next: the frame shown, and how many there are.
story-where = { $frame } de { $count }
    .aria-label = Escena { $frame } de { $count }
# Explains a dashed line on the charts, drawn beside a swatch of it.
story-compare = Discontinua: la escena anterior
# The title of the scenario a story's frame shows (on the full page and in downloads). $title is the story's or the scenario's own title.
story-frame-title = { $title } (escena { $frame } de { $count })
# $reason says why, in the model's words.
story-cannot-show = No se puede mostrar este relato: { $reason }.
# Reasons a story cannot be shown (in story-cannot-show).
story-none-named = la dirección no indica ningún relato
# $path is the file's address on the site, $status the server's answer (a number such as 404).
story-file-unavailable = no se pudo cargar el archivo del relato { $path } ({ $status })

## The Embed dialog: how the embed looks

embed-dialog-title = Insertar en un artículo
embed-look-heading = Aspecto
embed-readers-can = Los lectores pueden
# A choice under embed-readers-can.
embed-mode-readonly = Solo leerlo: las medidas se quedan donde usted las puso
# A choice under embed-readers-can.
embed-mode-interactive = Mover las medidas y ver qué ocurre
embed-charts-legend = Gráficos
embed-charts-hint = Si no marca ninguno, o si los marca todos, la inserción muestra los tres gráficos principales en un marco estrecho y los cinco en uno grande.
embed-theme-legend = Tema
embed-theme-reader = Según la configuración del lector
embed-theme-light = Claro
embed-theme-dark = Oscuro
embed-theme-high-contrast = Alto contraste
embed-caption-label = Comentario (opcional)
embed-caption-field =
    .placeholder = Se muestra encima de la línea de tiempo
# $max is the most characters a caption may have.
embed-caption-help = Como máximo { $max } caracteres, en texto sin formato.

## The Embed dialog: the story's frames

embed-story-heading = Relato
embed-story-help = Un relato guía a los lectores por el escenario escena a escena, cada una con su comentario. Disponga las medidas en la página y añada una escena; cierre este cuadro de diálogo, mueva las medidas y añada la siguiente. Sus escenas se conservan mientras esta pestaña siga abierta.
embed-frames-empty = Aún no hay escenas: el código inserta el escenario tal como está ahora.
embed-add-frame = Añadir escena
# $max is the most frames a story may have.
embed-frames-full = Un relato tiene como máximo { $max } escenas.
# The heading of a frame in the list.
embed-frame-heading = Escena { $frame }
# A frame in a few words: its steps. $steps is how many.
embed-frame-steps = { $steps ->
        [one] { $steps } medida.
       *[other] { $steps } medidas.
    }
# As embed-frame-steps, for a frame whose steps are those of the frame before, $before.
embed-frame-steps-same = { $steps ->
        [one] { $steps } medida, la misma que en la escena { $before }.
       *[other] { $steps } medidas, las mismas que en la escena { $before }.
    }
# As embed-frame-steps, when $differ of the steps differ from those of the frame before, $before.
embed-frame-steps-differ = { $steps ->
        [one] { $steps } medida
       *[other] { $steps } medidas
    }; { $differ ->
        [one] { $differ } distinta
       *[other] { $differ } distintas
    } de las de la escena { $before }.
# A frame's description with the title of the scenario it was taken from. $about is embed-frame-steps or one of its variants.
embed-frame-about-titled = { $title }: { $about }
embed-frame-caption-label = Comentario
embed-frame-caption-placeholder = Lo que el lector debe observar en esta escena
# "Highlight [a series] at month [a number]": the labels of a list and of a field that follows it on the same line.
embed-frame-series-label = Resaltar
# The list's first choice: no series highlighted.
embed-frame-series-none = nada
# See embed-frame-series-label.
embed-frame-month-label = en el mes
# A checkbox's label.
embed-frame-compare = Comparar con la escena anterior
# A checkbox's label, on the first frame, where it is disabled.
embed-frame-compare-first = Comparar con la escena anterior (no en la primera)
# Buttons on each frame; their names for screen readers say which frame.
embed-frame-up = Subir
    .aria-label = Subir: escena { $frame }
embed-frame-down = Bajar
    .aria-label = Bajar: escena { $frame }
embed-frame-remove = Quitar
    .aria-label = Quitar: escena { $frame }
# Said by screen readers.
embed-frame-added = Escena { $frame } añadida a partir del escenario tal como está ahora. Escriba su comentario.
# Said by screen readers. $place is the frame's new place, $count how many frames there are.
embed-frame-moved = Escena movida al lugar { $place } de { $count }.
# Said by screen readers. $left is how many frames are left.
embed-frame-removed = Escena { $frame } eliminada. { $left ->
        [0] No quedan escenas: el código inserta el escenario.
        [one] Queda { $left }.
       *[other] Quedan { $left }.
    }
# The title a story gets when its scenario has none.
embed-untitled-story = Relato sin título
# Under a frame whose settings a story cannot keep. $differences lists them (embed-differs-…).
embed-note-frame-differs = La escena { $frame } no coincide con la última escena en { $differences }. Un relato conserva un solo conjunto de ajustes, el de la última escena, así que la escena { $frame } se mostrará con los de la última.
# In embed-note-frame-differs. $names lists the assumptions.
embed-differs-assumptions = los supuestos ({ $names })
# In embed-note-frame-differs. $months is the frame's horizon, $base the latest frame's.
embed-differs-horizon = el horizonte ({ $months } meses, no { $base })
# In embed-note-frame-differs.
embed-differs-shocks = los imprevistos
# In embed-note-frame-differs.
embed-differs-senders = los sancionadores
# Between the items of a short list.
embed-list-separator = { ", " }
# A problem with a frame. $problem is the model's words.
embed-story-problem = Escena { $frame }: { $problem }.
# A problem with a field of a frame. $field names it (embed-field…), $problem is the model's words.
embed-story-problem-field = Escena { $frame } ({ $field }): { $problem }.
# Parts of embed-story-problem-field.
embed-field-added-step = medida añadida { $step }
embed-field-shown-step = medida mostrada { $step }
# A field of a story's frame. $name is its name in the story's format; $words the same with spaces.
embed-field = { $name ->
        [caption] comentario
        [highlight] resaltado
        [series] serie
        [month] mes
        [compare_previous] comparar con la escena anterior
        [kind] tipo
        [size] magnitud
        [conditional] condicional
        [transparent] transparente
        [sender] sancionador
        [expires_after] caducidad
       *[other] { $words }
    }
embed-scenario-invalid = Este escenario tiene un problema y no se podrá insertar hasta que se corrija.
embed-no-stories = Esta versión de la página no puede crear relatos: quite las escenas para insertar el escenario.
embed-frame-no-caption = La escena { $frame } aún no tiene comentario: cada escena necesita uno que diga qué debe observar el lector.
embed-frame-no-month = La escena { $frame } resalta una serie, pero ningún mes: elija el mes que quiere resaltar.

## The Embed dialog: the code for the article

embed-code-heading = Código para su artículo
# What the code makes, ending the summary above the code. $mode is "readonly" or "interactive"; $charts is embed-charts-usual or embed-charts-chosen; $theme is "reader", "light", "dark" or "high-contrast".
embed-look = { $mode ->
        [readonly] Solo lectura
       *[interactive] Interactivo
    }, { $charts }, tema { $theme ->
        [light] claro
        [dark] oscuro
        [high-contrast] de alto contraste
       *[reader] según el lector
    }.
# In embed-look.
embed-charts-usual = los gráficos habituales de la inserción
# In embed-look. $charts lists the charts' titles, $count how many there are.
embed-charts-chosen = { $count ->
        [one] el gráfico { $charts }
       *[other] los gráficos { $charts }
    }
embed-summary-problem = El relato tiene un problema (véase arriba): corríjalo para obtener su código.
# Followed by embed-look.
embed-summary-scenario = El código inserta el escenario tal como está ahora.
# Followed by embed-look. $count is how many frames, $length how many characters the address has.
embed-summary-link = El código inserta un relato de { $count ->
        [one] { $count } escena
       *[other] { $count } escenas
    }, íntegramente en su dirección ({ $length } caracteres).
# Followed by embed-look. $length is how many characters the address would have, $max the most that travels safely.
embed-summary-file = Este relato de { $count ->
        [one] { $count } escena
       *[other] { $count } escenas
    } es demasiado largo para un enlace ({ $length } caracteres; el máximo que se transmite sin problemas ronda los { $max }). Guárdelo en un archivo junto a su artículo: descargue el archivo del relato, colóquelo junto a la página del artículo y añada el script de abajo después del código del iframe.
embed-code-label = Código del iframe
embed-copy-code = Copiar código del iframe
# $pixels is the frame's height; height="{ $height }" is HTML code the author may change: keep it as it is.
embed-code-help-scenario = Péguelo en el artículo. El marco mide { $pixels } píxeles de alto y funciona en cualquier tamaño a partir de 320 × 400 píxeles; cambie height="{ $height }" según convenga.
# $pixels is the frame's first height; height="{ $height }" is HTML code the author may change: keep it as it is. The guide to embedding is in English.
embed-code-help-story = Péguelo en el artículo. El marco empieza con { $pixels } píxeles de alto; para que se ajuste a la altura de su contenido, añada el breve script del apartado «Fitting the article» de la guía de inserción, en inglés (docs/embedding.md#fitting-the-article), o cambie height="{ $height }" según convenga.
# A button; story.json is the file's name and stays as it is.
embed-download-story = Descargar archivo del relato
embed-download-story-hint = story.json, para colocarlo junto a la página del artículo.
embed-host-label = Script para el artículo, después del código del iframe
embed-copy-host = Copiar script
embed-host-help = Cuando el marco está listo, el script lee el archivo story.json situado junto al artículo y envía el relato al marco. El marco no pide nada a ningún otro sitio.

## The Embed dialog: the preview

embed-preview-heading = Vista previa
embed-update-preview = Actualizar vista previa
embed-preview-status-idle = Muestra el código en un teléfono y en un equipo de escritorio, uno al lado del otro.
embed-preview-status-now = La vista previa muestra el código tal como está ahora.
embed-preview-status-stale = La vista previa muestra una versión anterior: actualícela para ver sus cambios.
# $width is in CSS pixels.
embed-preview-phone = Teléfono, { $width } píxeles de ancho
embed-preview-desktop = Escritorio, { $width } píxeles de ancho
# A preview frame's name for screen readers. $device is "phone" or "desktop"; $width is in CSS pixels.
embed-preview-frame = { $device ->
        [phone] Vista previa de la inserción en un teléfono, { $width } píxeles de ancho
       *[desktop] Vista previa de la inserción en un equipo de escritorio, { $width } píxeles de ancho
    }
