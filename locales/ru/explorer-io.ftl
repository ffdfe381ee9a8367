## Ways in and out of the explorer: links, the scenario saved in this browser, undo and redo.

# Undo's and Redo's tooltips on a Mac, whose shortcut key is ⌘.
io-undo-title-mac = Отменить (⌘Z)
io-redo-title-mac = Повторить (Shift+⌘Z)
# Said by screen readers after Undo or Redo.
io-undone = Отменено.
io-redone = Повторено.
# Said by screen readers once a file has been downloaded. $name is the file's name.
io-file-saved = Сохранён файл { $name }.

# A scenario link that cannot be decoded. $reason says why, in the model's words.
io-link-damaged = Эту ссылку не удаётся прочитать: { $reason }.
# A scenario link whose scenario has errors. $reason lists them, in the model's words ("/steps/3/month: …").
io-link-invalid = Эту ссылку не удаётся прочитать: в сценарии, который она содержит, есть ошибка: { $reason }.
# Follows io-link-damaged or io-link-invalid when the reader went Back or Forward to the link.
io-link-kept = На странице остаётся прежний сценарий.
# The address asked for a built-in scenario by a name that has none. $reason is the model's words.
io-start-no-preset = Эта ссылка ведёт к несуществующему готовому сценарию: { $reason }.
# Follows a sentence saying what could not be opened.
io-start-saved-instead = Вместо него показан ваш последний сохранённый сценарий.
# Follows a sentence saying what could not be opened.
io-start-default-instead = Вместо него показан сценарий по умолчанию.
# Follows io-start-default-instead.
io-start-saved-kept = Всё, что вы сохранили в этом браузере, не потеряно.
# $reason lists what is wrong with the saved text, in the model's words.
io-saved-unreadable = Не удалось прочитать сценарий, сохранённый в этом браузере: { $reason }. Он отложен отдельно, так что ничего не потеряно.
# A button that downloads the saved text that could not be read.
io-saved-download = Скачать сохранённый текст
# The reader's own saved scenario is still there after a link opened another. $opened is "preset" (the link opened a built-in scenario) or "link" (someone's shared scenario).
io-saved-still-there = На этой странице открыт { $opened ->
        [preset] готовый сценарий
       *[link] сценарий, которым с вами поделились
    }. Ваш собственный последний сценарий по-прежнему сохранён в этом браузере.
io-saved-open = Открыть мой сценарий
io-saved-dismiss = Закрыть
# Said by screen readers once the saved scenario is open again. $opened as in io-saved-still-there.
io-saved-opened = Ваш сохранённый сценарий открыт. Кнопка «Отменить» вернёт { $opened ->
        [preset] готовый сценарий
       *[link] сценарий, которым с вами поделились
    }.
# The browser refuses to keep the scenario. $reason says why. "Share" and "Export" are the header's buttons.
io-storage-failed = Ваши изменения не удаётся сохранить в этом браузере: { $reason }. Чтобы не потерять работу, скопируйте ссылку кнопкой «{ page-share-button }» или сохраните сценарий в файл кнопкой «{ page-export-button }».

## Opening a scenario file (the header's "Open…", or a file dropped on the page)

# A file's name, where the browser gives none.
files-unnamed = файл
# The first line of the error; each problem follows on a line of its own. $name is the file's name.
files-cannot-open = Не удаётся открыть { $name }; на странице остаётся прежний сценарий.
# A problem with a file: $size and $max are in kilobytes.
files-too-large = размер сценария — { $size } КБ, а допускается не больше { $max } КБ
# A problem with a file.
files-not-utf8 = это не текст в кодировке UTF-8, а сценарий должен быть файлом JSON
# A problem with a file. $reason is the browser's explanation (often in English).
files-unreadable = файл не удалось прочитать ({ $reason })
# The hidden file field's name, for screen readers.
files-input-label = Файл сценария, который нужно открыть
# Said by screen readers. $name is the file's name.
files-opened = Открыт файл { $name }.
# Shown over the page while a file is dragged over it.
files-drop-hint = Отпустите файл сценария (.json), чтобы открыть его
# $count is how many files were dropped at once (never 1).
files-drop-one = Перетаскивайте файлы сценариев по одному (сейчас перетащено файлов: { $count }); на странице остаётся прежний сценарий.

## The Export menu, and each chart's download button

export-menu-scenario = Сценарий (файл JSON, чтобы открыть его снова)
export-menu-csv = Расчёт в формате CSV (для таблиц)
export-menu-json = Расчёт в формате JSON
export-menu-chart = График в формате PNG или SVG…
# The download button beside each chart's title (an icon). $chart is the chart's title.
export-chart-button = Скачать график «{ $chart }»
export-chart-png = Изображение PNG
export-chart-svg = Изображение SVG
# $what is what could not be exported: "scenario", "projection" or "chart" ($chart is then the chart's title). $reason says why.
export-failed = { $what ->
        [scenario] Не удалось экспортировать сценарий: { $reason }
        [projection] Не удалось экспортировать расчёт: { $reason }
       *[chart] Не удалось экспортировать график «{ $chart }»: { $reason }
    }
# Reasons an export may fail, shown in export-failed.
export-image-no-size = у изображения нет размера
export-image-failed = не удалось создать изображение

## The Share dialog

share-dialog-title = Поделиться сценарием
# $reason says why (share-scenario-invalid, or an unexpected error).
share-cannot-share = Этим сценарием пока нельзя поделиться: { $reason }
share-scenario-invalid = в сценарии есть ошибка, и поделиться им можно будет только после её исправления
share-link-label = Ссылка на этот сценарий
share-copy-link = Копировать ссылку
share-link-help = Весь сценарий содержится в самой ссылке: тот, кто её откроет, увидит ровно то же, что вы видите сейчас. Ничего никуда не загружается.
# Shown beside a Copy button. $what is what was copied: "link", "embed-code", "iframe-code" or "script".
share-copied = { $what ->
        [link] Ссылка скопирована.
        [embed-code] Код для встраивания скопирован.
        [iframe-code] Код iframe скопирован.
       *[script] Скрипт скопирован.
    }
# Shown when the browser would not copy by itself: the text is selected instead. $keys is the shortcut ("Ctrl+C" or "⌘C"). $what as in share-copied.
share-copy-selected = { $what ->
        [link] Ссылка выделена: нажмите { $keys }, чтобы скопировать её.
        [embed-code] Код для встраивания выделен: нажмите { $keys }, чтобы скопировать его.
        [iframe-code] Код iframe выделен: нажмите { $keys }, чтобы скопировать его.
       *[script] Скрипт выделен: нажмите { $keys }, чтобы скопировать его.
    }
share-qr-heading = QR-код для аудитории
share-qr-image = QR-код ссылки на этот сценарий
share-qr-full-screen = На весь экран
share-qr-download = Скачать QR-код
share-qr-note = Наведите на него камеру телефона, чтобы открыть этот сценарий. На весь экран код можно считать даже с другого конца зала.
share-qr-dense = Сценарий длинный, поэтому код получился плотным: покажите его на весь экран через проектор или сканируйте с более близкого расстояния.
share-qr-no-full-screen = Этот браузер не разрешает здесь полноэкранный режим; увеличьте масштаб.
share-embed-heading = Встроить в веб-страницу
# A checkbox's label.
share-embed-lock = Запретить изменения (читатели могут смотреть графики, но не двигать шаги)
share-embed-caption-label = Подпись (необязательно)
share-embed-caption-placeholder = Показывается над временной шкалой
share-embed-code-label = Код для встраивания
share-copy-embed = Копировать код
# A link that opens the embed in a new tab.
share-embed-preview = Предпросмотр встроенной версии
# height="{ $height }" is HTML code the reader may change: keep it as it is.
share-embed-help = Вставьте его в статью или на страницу учебного курса. Код подходит для любого фрейма размером от 320 × 400 пикселей; при необходимости измените height="{ $height }". Встроенная версия не обращается ни к каким другим сайтам и сообщает вашей странице, когда она готова и когда меняется сценарий (см. документацию по встраиванию).

## The explorer embedded in an article

# The frame's name for screen readers in the article that embeds it, part of the code the Embed dialog makes. $title is the scenario's title.
embed-iframe-title = { brand-name }: { $title }
embed-iframe-title-untitled = { brand-name }
# A link from the embed to the full page.
embed-open-link = Открыть в { brand-name }
# Read by screen readers after embed-open-link.
embed-new-tab = (откроется в новой вкладке)
# Above the embedded timeline, beside embed-open-link: keep it short.
embed-nature = Иллюстрация, а не прогноз
# In place of timeline-hint when the article's author locked the steps.
embed-locked-hint = Этот сценарий нельзя изменить. Чтобы прочитать значения по месяцам, наведите указатель на график или выберите его и используйте клавиши со стрелками.

## A story in an embed: frames with captions, stepped through

# The story's name for screen readers.
story-region =
    .aria-label = Сюжет
story-previous = Назад
    .aria-label = Предыдущий кадр
story-next = Далее
    .aria-label = Следующий кадр
# Between Previous and Next: the frame shown, and how many there are.
story-where = { $frame } из { $count }
    .aria-label = Кадр { $frame } из { $count }
# Explains a dashed line on the charts, drawn beside a swatch of it.
story-compare = Пунктир — предыдущий кадр
# The title of the scenario a story's frame shows (on the full page and in downloads). $title is the story's or the scenario's own title.
story-frame-title = { $title } (кадр { $frame } из { $count })
# $reason says why, in the model's words.
story-cannot-show = Этот сюжет не удаётся показать: { $reason }.
# Reasons a story cannot be shown (in story-cannot-show).
story-none-named = в адресе не указан сюжет
# $path is the file's address on the site, $status the server's answer (a number such as 404).
story-file-unavailable = не удалось загрузить файл сюжета { $path } ({ $status })

## The Embed dialog: how the embed looks

embed-dialog-title = Встроить в статью
embed-look-heading = Внешний вид
embed-readers-can = Читатели могут
# A choice under embed-readers-can.
embed-mode-readonly = Только смотреть: шаги остаются там, где вы их поставили
# A choice under embed-readers-can.
embed-mode-interactive = Двигать шаги и смотреть, что последует
embed-charts-legend = Графики
embed-charts-hint = Если не отмечен ни один график или отмечены все, встроенная версия показывает три основных графика в узком фрейме и все пять — в широком.
embed-theme-legend = Тема
embed-theme-reader = Как в настройках читателя
embed-theme-light = Светлая
embed-theme-dark = Тёмная
embed-theme-high-contrast = Высокий контраст
embed-caption-label = Подпись (необязательно)
embed-caption-field =
    .placeholder = Показывается над временной шкалой
# $max is the most characters a caption may have.
embed-caption-help = Не более { $max } { $max ->
        [one] символа
       *[other] символов
    }; показывается как обычный текст.

## The Embed dialog: the story's frames

embed-story-heading = Сюжет
embed-story-help = Сюжет проводит читателей по сценарию кадр за кадром, и у каждого кадра есть подпись. Расставьте шаги на странице и добавьте кадр; затем закройте это окно, передвиньте шаги и добавьте следующий. Кадры хранятся, пока открыта эта вкладка.
embed-frames-empty = Кадров пока нет: код встраивает сценарий в его нынешнем виде.
embed-add-frame = Добавить кадр
# $max is the most frames a story may have.
embed-frames-full = Кадров в сюжете может быть не больше { $max }.
# The heading of a frame in the list.
embed-frame-heading = Кадр { $frame }
# A frame in a few words: its steps. $steps is how many.
embed-frame-steps = { $steps ->
        [one] { $steps } шаг.
        [few] { $steps } шага.
       *[other] { $steps } шагов.
    }
# As embed-frame-steps, for a frame whose steps are those of the frame before, $before.
embed-frame-steps-same = { $steps ->
        [one] { $steps } шаг, тот же, что в кадре { $before }.
        [few] { $steps } шага, те же, что в кадре { $before }.
       *[other] { $steps } шагов, те же, что в кадре { $before }.
    }
# As embed-frame-steps, when $differ of the steps differ from those of the frame before, $before.
embed-frame-steps-differ = { $steps ->
        [one] { $steps } шаг
        [few] { $steps } шага
       *[other] { $steps } шагов
    }, из них { $differ } { $differ ->
        [one] отличается
       *[other] отличаются
    } от кадра { $before }.
# A frame's description with the title of the scenario it was taken from. $about is embed-frame-steps or one of its variants.
embed-frame-about-titled = { $title }: { $about }
embed-frame-caption-label = Подпись
embed-frame-caption-placeholder = Что читатель должен заметить в этом кадре
# "Highlight [a series] at month [a number]": the labels of a list and of a field that follows it on the same line.
embed-frame-series-label = Выделить
# The list's first choice: no series highlighted.
embed-frame-series-none = ничего
# See embed-frame-series-label.
embed-frame-month-label = в месяце
# A checkbox's label.
embed-frame-compare = Сравнить с предыдущим кадром
# A checkbox's label, on the first frame, where it is disabled.
embed-frame-compare-first = Сравнить с предыдущим кадром (недоступно для первого)
# Buttons on each frame; their names for screen readers say which frame.
embed-frame-up = Выше
    .aria-label = Переместить выше: кадр { $frame }
embed-frame-down = Ниже
    .aria-label = Переместить ниже: кадр { $frame }
embed-frame-remove = Удалить
    .aria-label = Удалить: кадр { $frame }
# Said by screen readers.
embed-frame-added = Кадр { $frame } добавлен: в нём сценарий в его нынешнем виде. Напишите к нему подпись.
# Said by screen readers. $place is the frame's new place, $count how many frames there are.
embed-frame-moved = Кадр перемещён на место { $place } из { $count }.
# Said by screen readers. $left is how many frames are left.
embed-frame-removed = Кадр { $frame } удалён. { $left ->
        [0] Кадров не осталось: код встраивает сценарий.
       *[other] Осталось кадров: { $left }.
    }
# The title a story gets when its scenario has none.
embed-untitled-story = Сюжет без названия
# Under a frame whose settings a story cannot keep. $differences lists them (embed-differs-…).
embed-note-frame-differs = В кадре { $frame } иначе, чем в последнем кадре, заданы: { $differences }. Сюжет хранит только один набор этих настроек — из последнего кадра, поэтому кадр { $frame } покажет их такими же, как в последнем.
# In embed-note-frame-differs. $names lists the assumptions.
embed-differs-assumptions = допущения ({ $names })
# In embed-note-frame-differs. $months is the frame's horizon, $base the latest frame's.
embed-differs-horizon = горизонт расчёта ({ $months } мес., а не { $base })
# In embed-note-frame-differs.
embed-differs-shocks = шоки
# In embed-note-frame-differs.
embed-differs-senders = инициаторы санкций
# Between the items of a short list.
embed-list-separator = { ", " }
# A problem with a frame. $problem is the model's words.
embed-story-problem = Кадр { $frame }: { $problem }.
# A problem with a field of a frame. $field names it (embed-field…), $problem is the model's words.
embed-story-problem-field = Кадр { $frame } ({ $field }): { $problem }.
# Parts of embed-story-problem-field.
embed-field-added-step = добавленный шаг { $step }
embed-field-shown-step = показанный шаг { $step }
# A field of a story's frame. $name is its name in the story's format; $words the same with spaces.
embed-field = { $name ->
        [caption] подпись
        [highlight] выделение
        [series] величина
        [month] месяц
        [compare_previous] сравнение с предыдущим кадром
        [kind] вид
        [size] размер
        [conditional] условный
        [transparent] прозрачный
        [sender] инициатор
        [expires_after] срок действия
       *[other] { $words }
    }
embed-scenario-invalid = В сценарии есть ошибка, поэтому встроить его можно будет только после её исправления.
embed-no-stories = Эта версия страницы не умеет создавать сюжеты: удалите кадры, чтобы встроить сценарий.
embed-frame-no-caption = У кадра { $frame } пока нет подписи: каждому кадру нужна подпись о том, что должен заметить читатель.
embed-frame-no-month = В кадре { $frame } выделена величина, но не выбран месяц: выберите месяц, который нужно выделить.

## The Embed dialog: the code for the article

embed-code-heading = Код для вашей статьи
# What the code makes, ending the summary above the code. $mode is "readonly" or "interactive"; $charts is embed-charts-usual or embed-charts-chosen; $theme is "reader", "light", "dark" or "high-contrast".
embed-look = { $mode ->
        [readonly] Только просмотр
       *[interactive] Интерактивная версия
    }, { $charts }, тема: { $theme ->
        [light] светлая
        [dark] тёмная
        [high-contrast] высокий контраст
       *[reader] как в настройках читателя
    }.
# In embed-look.
embed-charts-usual = обычный набор графиков
# In embed-look. $charts lists the charts' titles, $count how many there are.
embed-charts-chosen = { $count ->
        [one] график { $charts }
       *[other] графики { $charts }
    }
embed-summary-problem = В сюжете есть ошибка (см. выше): исправьте её, чтобы получить код.
# Followed by embed-look.
embed-summary-scenario = Код встраивает сценарий в его нынешнем виде.
# Followed by embed-look. $count is how many frames, $length how many characters the address has.
embed-summary-link = Код встраивает сюжет из { $count } { $count ->
        [one] кадра
       *[other] кадров
    }, целиком записанный в адресе ({ $length } { $length ->
        [one] символ
        [few] символа
       *[other] символов
    }).
# Followed by embed-look. $length is how many characters the address would have, $max the most that travels safely.
embed-summary-file = Этот сюжет из { $count } { $count ->
        [one] кадра
       *[other] кадров
    } слишком длинный для ссылки (в адресе было бы { $length } { $length ->
        [one] символ
        [few] символа
       *[other] символов
    }, а надёжно передаётся не больше примерно { $max }). Храните его в файле рядом со статьёй: скачайте файл сюжета, положите его рядом со страницей статьи и добавьте приведённый ниже скрипт после кода iframe.
embed-code-label = Код iframe
embed-copy-code = Копировать код iframe
# $pixels is the frame's height; height="{ $height }" is HTML code the author may change: keep it as it is.
embed-code-help-scenario = Вставьте его в статью. Высота фрейма — { $pixels } { $pixels ->
        [one] пиксель
        [few] пикселя
       *[other] пикселей
    }; код подходит для любого фрейма размером от 320 × 400 пикселей; при необходимости измените height="{ $height }".
# $pixels is the frame's first height; height="{ $height }" is HTML code the author may change: keep it as it is. The guide to embedding is in English.
embed-code-help-story = Вставьте его в статью. Начальная высота фрейма — { $pixels } { $pixels ->
        [one] пиксель
        [few] пикселя
       *[other] пикселей
    }. Чтобы высота следовала за содержимым, добавьте короткий скрипт из раздела «Fitting the article» руководства по встраиванию (docs/embedding.md#fitting-the-article, на английском) или при необходимости измените height="{ $height }".
# A button; story.json is the file's name and stays as it is.
embed-download-story = Скачать файл сюжета
embed-download-story-hint = story.json — положите его рядом со страницей статьи.
embed-host-label = Скрипт для статьи (после кода iframe)
embed-copy-host = Копировать скрипт
embed-host-help = Когда фрейм будет готов, скрипт прочитает файл story.json, лежащий рядом со статьёй, и передаст сюжет во фрейм. Фрейм ни к каким другим сайтам не обращается.

## The Embed dialog: the preview

embed-preview-heading = Предпросмотр
embed-update-preview = Обновить предпросмотр
embed-preview-status-idle = Показывает результат кода на телефоне и на компьютере рядом.
embed-preview-status-now = Предпросмотр показывает код в его нынешнем виде.
embed-preview-status-stale = Предпросмотр показывает прежнюю версию: обновите его, чтобы увидеть изменения.
# $width is in CSS pixels.
embed-preview-phone = Телефон, ширина { $width } { $width ->
        [one] пиксель
        [few] пикселя
       *[other] пикселей
    }
embed-preview-desktop = Компьютер, ширина { $width } { $width ->
        [one] пиксель
        [few] пикселя
       *[other] пикселей
    }
# A preview frame's name for screen readers. $device is "phone" or "desktop"; $width is in CSS pixels.
embed-preview-frame = { $device ->
        [phone] Предпросмотр встроенной версии на телефоне шириной { $width } { $width ->
            [one] пиксель
            [few] пикселя
           *[other] пикселей
        }
       *[desktop] Предпросмотр встроенной версии на компьютере шириной { $width } { $width ->
            [one] пиксель
            [few] пикселя
           *[other] пикселей
        }
    }
