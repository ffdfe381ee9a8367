## The explorer's page: its header, its sections and their hints.

# The browser tab's title.
page-title = { brand-name }
# The page's description for search engines and link previews; the reader does not see it on the page.
page-meta-description = Перетаскивайте по временной шкале шаги по ослаблению санкций, реформы, меры укрепления доверия и шоки и смотрите, что может последовать: доверие обеих сторон, восстановление экономики и риск срыва во множестве смоделированных вариантов будущего.
# A link that keyboard users meet first, which jumps past the header.
page-skip-link = Перейти к временной шкале

## The header

# Under the page's name on a wide screen.
page-tagline-long = Очерёдность ослабления санкций: иллюстрация, а не прогноз
# Under the page's name on a phone, in place of page-tagline-long: keep it short.
page-tagline-short = Иллюстрация, а не прогноз
# Read by screen readers before the scenario's title; keep the space at the end.
page-scenario-label = Сценарий:{ " " }
# Shown in place of the scenario's title until the page has started.
page-scenario-loading = Загрузка…
# Opens a menu of built-in scenarios.
page-presets-button = Сценарии
# Opens a dialog that explains the model.
page-how-button = Как это работает
# The name of the group holding Undo and Redo, for screen readers.
page-edit-history =
    .aria-label = История правок
# On a phone only the icon shows; the word is read by screen readers.
page-undo = Отменить
page-undo-button =
    .title = Отменить (Ctrl+Z)
page-redo = Повторить
page-redo-button =
    .title = Повторить (Shift+Ctrl+Z)
page-share-button = Поделиться
# On a phone the header's less used buttons fold under this one.
page-more-button = Ещё
page-open-button = Открыть…
    .title = Открыть файл сценария (или перетащите его на страницу)
# Opens a menu of files to download.
page-export-button = Экспорт
page-embed-button = Встроить
# Returns to the scenario the page opened with.
page-start-over = Начать заново
# A link to the page for running a workshop with a group.
page-workshop-link = Семинар
# Shown only when the browser runs no scripts.
page-noscript = Для работы { brand-name } нужны JavaScript и WebAssembly: модель рассчитывается прямо в вашем браузере. Никакие данные никуда не отправляются.
# The page's opening sentence. $runs is how many simulated futures the charts summarise.
page-intro = В каком порядке снимать санкции? Перетаскивайте шаги по временной шкале: графики покажут, что может последовать, в <span data-l10n-name="runs">{ $runs }</span> { $runs ->
        [one] смоделированном варианте
       *[other] смоделированных вариантах
    } будущего.

## The timeline

# The timeline's heading; the unit is shown smaller.
timeline-heading = Временная шкала <span data-l10n-name="unit">(месяцы)</span>
# Under the timeline's heading. Enter and Delete are keys on the keyboard.
timeline-hint = Перетаскивайте шаги или выберите шаг и двигайте его клавишами со стрелками. Enter — изменить шаг, Delete — удалить.
# The heading of the list of warnings about the order of the steps.
timeline-warnings-heading = Замечания к очерёдности шагов

## Adding a step (a panel that folds open under the timeline)

palette-summary = Добавить шаг
# Followed by a field holding a month number.
palette-month-label = Новые шаги ставятся в месяц

## "Suggest a better order" (a panel that folds open under the timeline)

suggest-summary = Предложить лучший порядок
# “Risk and recovery together” is the first choice of suggest-aim-label's list (suggest-aim-score).
suggest-hint = Модель пробует для ваших шагов другие месяцы, оставляет порядок, который лучше всего отвечает выбранной цели, а затем испытывает его на новых смоделированных вариантах будущего. Она ничего не предлагает, если выигрыш не превышает случайный разброс более чем вдвое. Цель «Риск и восстановление вместе» приравнивает пункт восстановления экономики, усреднённого по месяцам, к половине пункта риска.
# A list's label: what the search tries to do best on.
suggest-aim-label = Цель
suggest-aim-score = Риск и восстановление вместе
suggest-aim-breakdown = Только риск срыва
# Followed by a field holding a month number.
suggest-month-label = Риск срыва к месяцу
# Followed by a field holding a month number.
suggest-not-before-label = Не переносить шаги раньше месяца
# Followed by a field holding a number of months.
suggest-gap-label = Месяцев между шагами ослабления санкций, не меньше
# The label of a checkbox.
suggest-flags-label = Можно также менять, ждёт ли шаг подтверждённого выполнения обязательств и объявляется ли он с опубликованными критериями
suggest-run-button = Искать
suggest-cancel-button = Отмена

## The charts

# The charts' heading; charts-heading-futures follows it, smaller.
charts-heading = Что может последовать
# Follows charts-heading. $runs is how many simulated futures the charts summarise.
charts-heading-futures = в <span data-l10n-name="runs">{ $runs }</span> { $runs ->
        [one] смоделированном варианте
       *[other] смоделированных вариантах
    } будущего
# The legend of the lines drawn on every chart, for screen readers.
charts-shared-legend =
    .aria-label = Линии на всех графиках
# Keeps the charts' current lines as a dashed line to compare later changes with.
charts-pin-baseline = Закрепить как базовый
charts-matters-button = Что важнее всего?
charts-doubt-legend =
    .aria-label = Что добавляет к графикам неопределённость модели
charts-loading = Загрузка модели…
# Shown when "Model doubt" is ticked. "The ranges" links to the model's documentation (in English).
charts-model-doubt-help = Когда отмечена «Неопределённость модели», каждый вариант будущего рассчитывается ещё раз, а собственные параметры модели берутся из их правдоподобных диапазонов. Точечные границы — где тогда оказываются 8 из 10 вариантов будущего с учётом и случайности, и неопределённости; затенённый диапазон на графике риска — насколько может измениться риск, если параметры модели неточны. <a data-l10n-name="ranges">Диапазоны параметров</a> (на английском).
charts-baseline-note = Полосы: средняя половина и 8 из 10 смоделированных вариантов будущего; каждое число в тексте дано вместе со своей средней половиной. Серая пунктирная линия — базовый сценарий: сценарий в том виде, в каком открылась страница. Закрепите текущий сценарий, чтобы сравнивать с ним дальнейшие изменения.
# A panel that folds open to show the charts' numbers as a table.
charts-table-summary = Таблица
charts-table-region =
    .aria-label = Таблица расчёта

## The selected step's editor

page-editor-heading = Выбранный шаг
page-editor-empty = Выберите шаг на временной шкале, чтобы изменить его месяц, размер или условия.
page-editor-month-label = Месяц
page-editor-size-label = Размер
page-editor-size-help = Для ослабления санкций — доля всех санкций, которую снимает шаг. Для остальных шагов — насколько далеко он заходит.
# Which of the sanctioning parties (the "senders", e.g. US, EU) a step belongs to.
page-editor-sender-label = Инициатор
page-editor-sender-help = Какой из инициаторов санкций делает этот шаг.
page-editor-expires-label = Срок действия (месяцев)
# Shown in the empty field: a step that never expires.
page-editor-expires-field =
    .placeholder = бессрочно
page-editor-expires-help = Пусто — бессрочно. Иначе ослабление санкций прекращается через указанное число месяцев после предоставления, если подтверждённое выполнение обязательств его не продлит.
# A checkbox's label: the word, then what it means in smaller, muted type.
page-editor-conditional = Условный <span data-l10n-name="gloss">— ждёт подтверждённого выполнения обязательств</span>
# A checkbox's label: the word, then what it means in smaller, muted type.
page-editor-transparent = Прозрачный <span data-l10n-name="gloss">— объявлен с опубликованными критериями</span>
page-editor-delete = Удалить шаг

## Assumptions and the simulation's settings

page-assumptions-heading = Допущения
page-assumptions-hint = Что смоделированные варианты будущего принимают как данность. Каждое допущение — число от 0 до 1.
# The sanctioning parties.
page-senders-legend = Инициаторы санкций
page-senders-help = Кто вводит санкции. Если инициатор один, оставьте список пустым. Назовите инициаторов, чтобы у каждого было своё ослабление санкций, например США, ЕС, ООН.
# The field where a reader types a new sender's name; the placeholder is an example of one.
page-new-sender =
    .placeholder = например, ЕС
    .aria-label = Новый инициатор санкций
page-add-sender = Добавить инициатора
page-simulation-heading = Моделирование
page-horizon-label = Горизонт расчёта
page-horizon-help = Шаги за пределами горизонта переносятся на его последний месяц.
page-runs-label = Число вариантов будущего
page-runs-help = Чем больше вариантов, тем глаже полосы, но тем медленнее обновление.
# The number that starts the random draws of the simulated futures.
page-seed-label = Начальное число
page-new-seed = Новое число
page-seed-help = Один и тот же сценарий с одним и тем же начальным числом всегда даёт одни и те же варианты будущего.
# A checkbox's label.
page-model-doubt-label = Неопределённость модели
page-model-doubt-hint = Каждый вариант будущего рассчитывается ещё раз, а собственные параметры модели берутся из их правдоподобных диапазонов: так видно, насколько ответ от них зависит (вдвое больше вычислений).

## The footer

# The page's version (explorer-version) follows it.
page-footer = { brand-name } рассчитывает модель целиком в вашем браузере; ничто из того, что вы здесь делаете, никуда не отправляется. Числа получены из простой модели доверия, проверки и срыва, а не из данных о какой-либо реальной стране.

## Dialogs and the editor as a sheet on a phone

# The button that closes a dialog.
dialog-close = Закрыть
# On a phone the selected step's editor opens over the bottom of the screen; this button closes it.
sheet-done = Готово
# The name screen readers give the editor while it covers the bottom of the screen.
sheet-label = Выбранный шаг (панель поверх страницы)

## The first visit's invitation to drag a step (in place of timeline-hint)

# It should be about as long as timeline-hint.
invite-hint = Впервые здесь? Перетащите шаг, обведённый кольцом, или выберите его и двигайте клавишами со стрелками — и следите за графиками.
# On a touch screen.
invite-hint-touch = Впервые здесь? Перетащите пальцем в сторону шаг, обведённый кольцом, и следите, как меняются графики.

## Limits: large scenarios, full lists and numbers out of range

# Under the charts' heading while a large scenario's futures are still being counted. $runs is how many there are in all.
limits-refining = Уточнение: рассчитываются все { $runs } { $runs ->
        [one] смоделированный вариант
        [few] смоделированных варианта
       *[other] смоделированных вариантов
    } будущего…
# $max is how many steps a scenario may have, $count how many this one has.
limits-steps-full = Шагов в сценарии может быть не больше { $max }, а в этом их { $count }. Удалите один шаг, прежде чем добавить новый.
# $max is how many shocks a scenario may have, $count how many this one has.
limits-shocks-full = Шоков в сценарии может быть не больше { $max }, а в этом их { $count }. Удалите один шок, прежде чем добавить новый.
# Under a number field whose entry was refused. $field is the field's name ("Simulated futures"); $min and $max the numbers allowed; $entry what the reader typed. $problem says what was wrong: "bad" (not a number), "empty" (nothing typed) or "out" (a number outside the range, or not whole).
limits-number-refused = { $problem ->
        [bad] { $field }: нужно целое число от { $min } до { $max }, а введено не число.
        [empty] { $field }: нужно целое число от { $min } до { $max }, а поле осталось пустым.
       *[out] { $field }: нужно целое число от { $min } до { $max }, а { $entry } не подходит.
    }
# As limits-number-refused, for a field that may be left empty. $empty says what an empty field means ("never").
limits-number-refused-optional = { $problem ->
        [bad] { $field }: нужно целое число от { $min } до { $max } или пустое поле ({ $empty }), а введено не число.
       *[out] { $field }: нужно целое число от { $min } до { $max } или пустое поле ({ $empty }), а { $entry } не подходит.
    }
# Follows limits-number-refused: the field shows its last good number, $kept, again.
limits-number-kept = Оставлено прежнее значение: { $kept }.
# Follows limits-number-refused-optional: the field is empty again. $empty says what that means ("never").
limits-number-kept-empty = Поле снова пустое ({ $empty }).

## When the model fails

# In the page's error box. The words between <strong> and </strong> are shown in bold; keep the tags. $detail is the browser's technical name for the failure (in English).
failure-model-stopped = <strong>Модель неожиданно остановилась</strong> ({ $detail }). Ваш сценарий сохранён: перезагрузите страницу, чтобы продолжить с последнего рассчитанного сценария. В консоли браузера есть отчёт для трекера ошибок проекта.
failure-reload = Перезагрузить

## A new version, installed while the page was open

offline-update-ready = Готова новая версия { brand-name }.
offline-update-reload = Перезагрузите страницу, чтобы перейти на неё
