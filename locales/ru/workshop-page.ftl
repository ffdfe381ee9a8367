## The workshop page's markup: its header, its views' headings, labels and hints, its dialogs
## and its footer. Words the scripts write are in workshop-setup.ftl and the views' own files.

# The browser tab's title before a view is shown; the scripts then name the view in front.
ws-page-title = Семинар · { brand-name }
# The page's description for search engines and link previews; the reader does not see it on the page.
ws-page-meta-description =
    .content = Проведите упражнение по очерёдности шагов для нескольких команд в одном зале: подготовьте упражнение в виде одной ссылки, сравните последовательности команд, покажите временную шкалу на проекторе с новостными вводными и распечатайте разбор.
# A link that keyboard users meet first, which jumps past the header.
ws-page-skip-link = Перейти к семинару

## The header

# The page's name; the part of the site (“Workshop”) is shown lighter after it.
ws-page-heading = { brand-name } <span data-l10n-name="section">Семинар</span>
ws-page-tagline = Иллюстрация, а не прогноз
# Read by screen readers before the exercise's title; keep the space at the end.
ws-page-exercise-label = Упражнение:{ " " }
# Shown in place of the exercise's title until the page has started.
ws-page-exercise-loading = Загрузка…
# A link back to the explorer, the site's main page.
ws-page-explorer-link = Конструктор
# Shown only when the browser runs no scripts.
ws-page-noscript = Для работы семинара нужны JavaScript и WebAssembly: модель рассчитывается прямо в вашем браузере. Никакие данные никуда не отправляются.
ws-page-loading = Загрузка модели…

## The facilitator's steps through the exercise (a numbered row of tabs): keep them short

# The name of the row of tabs, for screen readers.
ws-page-nav =
    .aria-label = Ведущий
ws-page-nav-setup = Подготовка
ws-page-nav-compare = Сравнение
ws-page-nav-play = Показ
ws-page-nav-debrief = Разбор
# A switch: large type and high contrast, for a projector.
ws-page-projector-toggle = Режим проектора

## Set up: the facilitator prepares the exercise

ws-page-setup-heading = Подготовка упражнения
ws-page-setup-intro = Выберите, с чего начинают команды, назовите команды и то, что каждая может менять, и напишите новости, которые вы по ходу упражнения неожиданно объявите залу. Всё упражнение — одна ссылка: каждая команда открывает её на своём устройстве. Ничто никуда не отправляется; подготовленное упражнение хранится в этом браузере.
ws-page-setup-about-heading = Упражнение
# The exercise's title, which the teams see.
ws-page-setup-title-label = Название
ws-page-setup-briefing-label = Задание для команд
ws-page-setup-briefing-help = Что команды прочтут перед началом: их роли и то, к чему им стремиться.
ws-page-setup-start-heading = С чего начинают команды
# A list of the built-in scenarios.
ws-page-setup-preset-label = Исходный сценарий
ws-page-setup-link-label = Или вставьте ссылку на сценарий из конструктора
# The end of a link to a scenario, as an example in an empty field: keep it as it is.
ws-page-setup-link-input =
    .placeholder = …index.html#s1.…
ws-page-setup-link-use = Взять этот сценарий
ws-page-setup-teams-heading = Команды
# A lock limits what a team may change (for instance only one side's steps).
ws-page-setup-teams-help = От двух до восьми команд. Ограничение оставляет команде шаги только одной стороны; шоки, допущения и горизонт расчёта остаются за вами.
ws-page-setup-add-team = Добавить команду
# An inject: a piece of news the facilitator springs on the room at a given month.
ws-page-setup-injects-heading = Новостные вводные
ws-page-setup-injects-help = Каждая вводная — это шок, который модель учитывает в заданный месяц, с заголовком, который зал увидит на весь экран, когда временная шкала дойдёт до этого месяца, и коротким текстом для ваших заметок.
# A checkbox.
ws-page-setup-see-injects = Команды видят вводные на своих временных шкалах, пока составляют план
ws-page-setup-add-inject = Добавить вводную
ws-page-setup-share-heading = Поделиться упражнением
# Above a list of problems in the set-up.
ws-page-setup-problems = Прежде чем делиться, исправьте:
# Shown under a note naming the teams that played an earlier version of the exercise.
ws-page-setup-versions-remove = Убрать их последовательности из сравнения
ws-page-setup-link-heading = Ссылка на упражнение
# A button beside a link; it says “Copied” for a moment after a click.
ws-page-copy-link = Копировать ссылку
ws-page-setup-qr =
    .alt = QR-код ссылки на упражнение
ws-page-setup-qr-caption = Команды сканируют его, чтобы открыть упражнение на своём устройстве.
ws-page-setup-qr-large = Показать QR-код залу
ws-page-setup-open-team = Открыть вид команды
ws-page-setup-next = Далее: сравнение команд

## Set up: running the exercise in a live room (shown when the site has a room server)

ws-page-live-heading = Провести онлайн
ws-page-live-help = В онлайн-комнате каждая команда работает на своих устройствах (если нужно, на нескольких сразу), а «Сравнение» и «Показ» обновляются по ходу работы. Вы можете в любой момент отправить новость всем командам. Без комнаты поделитесь ссылкой выше: больше ничего не меняется.
# A password-like key the room server prints when it starts.
ws-page-live-key-label = Ключ сервера комнат
# The command in the <code> is typed as it is: keep it in English.
ws-page-live-key-help = Сервер комнат выводит его при запуске (<code data-l10n-name="command">cargo xtask room</code>). Ключ остаётся на этом устройстве.
ws-page-live-open = Открыть онлайн-комнату
ws-page-live-teams-heading = Ссылки команд
ws-page-live-teams-help = Каждая команда открывает свою ссылку — по QR-коду или скопировав её. Тот, у кого есть ссылка команды, может менять последовательность этой команды, и ничего больше.
ws-page-live-news-heading = Новости для команд
ws-page-live-close = Закрыть онлайн-комнату

## A team's view: the team picks its name, then builds its sequence and hands it back

# Replaced by the exercise's title as soon as the exercise is read.
ws-page-team-heading = Упражнение
ws-page-team-picker = Какая вы команда?
# Followed by ws-page-team-facilitate, a button that reads like a link.
ws-page-team-running = Вы ведущий этого упражнения?
ws-page-team-facilitate = Вести его на этом устройстве
# The team's name goes in the <strong>, which stays empty here.
ws-page-team-banner = Ваша команда: <strong data-l10n-name="name"></strong>
ws-page-team-switch = Сменить команду
# On a phone: jumps down to the hand-back panel.
ws-page-team-jump-handback = Сдать…
# The name of the list of news the facilitator sent, for screen readers.
ws-page-team-news =
    .aria-label = Новости от ведущего
# The timeline's heading; the unit is shown smaller.
ws-page-team-timeline-heading = Ваша последовательность <span data-l10n-name="unit">(месяцы)</span>
# Enter and Delete are keys on the keyboard.
ws-page-team-timeline-hint = Перетаскивайте шаги или выберите шаг и двигайте его клавишами со стрелками. Enter — изменить шаг, Delete — удалить.
# Read by screen readers on a step the team's lock keeps fixed.
ws-page-team-locked-note = Закреплён: ваша команда не может переносить или удалять этот шаг.
ws-page-team-warnings-heading = Замечания к очерёдности шагов
# Opens a list of steps to add.
ws-page-team-palette = Добавить шаг
# Followed by a field holding a month number.
ws-page-team-add-month = Новые шаги ставятся в месяц
ws-page-team-charts-heading = Что может последовать
ws-page-team-bands = Полосы: средняя половина и 8 из 10 смоделированных вариантов будущего. Серая пунктирная линия — то, с чего начинала ваша команда.
ws-page-team-editor-heading = Выбранный шаг
ws-page-team-handback-heading = Сдать ведущему
ws-page-team-handback-help = Когда команда договорится о последовательности, передайте её ведущему ссылкой, файлом или QR-кодом. Её можно менять и дальше и сдать ещё раз.
ws-page-team-handback = Сдать последовательность
ws-page-team-link-label = Ссылка вашей команды
ws-page-team-download = Скачать файлом
ws-page-team-qr =
    .alt = QR-код ссылки вашей команды: ведущий может его отсканировать
ws-page-team-qr-caption = Ведущий может отсканировать его телефоном.
# A short code that stands for the team's sequence, typed where no link can be sent.
ws-page-team-code-label = Код вашей команды
ws-page-team-start-over = Начать заново с исходного сценария упражнения

## A team's hand-back, opened by the facilitator

# Replaced by “<team> handed back its sequence” as soon as it is read.
ws-page-received-heading = Последовательность команды
ws-page-received-code-label = Чтобы добавить её на компьютере с проектором, введите там этот код в разделе «Сравнение»
ws-page-received-sequence = Последовательность
ws-page-received-add = Добавить в сравнение на этом устройстве
ws-page-received-open-compare = Открыть сравнение

## Compare: the teams' sequences side by side, and their ranking

ws-page-compare-heading = Сравнение команд
ws-page-compare-intro = Вставьте ссылки, которые сдали команды, выберите их файлы или перетащите файлы в любое место страницы. У линии каждой команды свой цвет и свой пунктир.
ws-page-compare-add-heading = Добавить команды
ws-page-compare-input-label = Ссылки или коды команд, по одному в строке
# “…workshop.html#t2.” and “6FTW-G0G9-2H3P” are examples of what is typed: keep them as they are.
ws-page-compare-input-help = Ссылка команды начинается с …workshop.html#t2. Подойдёт и короткий код команды (например, 6FTW-G0G9-2H3P), если ввести его на устройстве, где подготовлено то же упражнение, а также ссылки на сценарии и файлы из конструктора.
# Adds what was pasted in the field above.
ws-page-compare-add = Добавить
ws-page-compare-files = Выбрать файлы…
ws-page-compare-teams-heading = Команды в сравнении
ws-page-compare-empty = Ни одна команда ещё не сдала последовательность. На графиках — исходный сценарий.
# Followed by a list: the starting scenario, then each team.
ws-page-compare-focus-label = Полосы и сплошные линии показывают
# Followed by a list of two kinds of trust; shown under Compare and Play.
ws-page-team-series-label = Линия доверия команд
# Read by screen readers only.
ws-page-compare-charts-heading = Расчёты команд
ws-page-ranking-heading = Рейтинг
ws-page-ranking-weights = Веса в оценке
ws-page-ranking-weights-help = Каждая команда получает оценку до 100 баллов по своим четырём числам; каждое учитывается столько раз, каков его вес (от 0 до 5; 0 — не учитывать). Согласуйте веса с залом до начала показа.
ws-page-ranking-weights-reset = Вернуть веса по умолчанию

## Play: the timeline played month by month to the room (also the presenter window's buttons)

ws-page-play-heading = Показ временной шкалы
# The name of the row of buttons, for screen readers.
ws-page-play-controls =
    .aria-label = Управление показом
# Followed by a list: the starting scenario, then each team.
ws-page-play-focus-label = Последовательность
ws-page-play-restart = С начала
ws-page-play-back = Месяц назад
ws-page-play-toggle = Пуск
ws-page-play-forward = Месяц вперёд
ws-page-play-speed-label = Скорость
ws-page-play-speed-slow = Медленно
ws-page-play-speed-normal = Обычно
ws-page-play-speed-fast = Быстро
# Opens a second window with the presenter's notes.
ws-page-play-presenter = Окно ведущего
ws-page-play-fullscreen = На весь экран
# Space, the arrow keys and Home are keys on the keyboard.
ws-page-play-keys = Space — пуск или пауза, клавиши со стрелками — на месяц вперёд или назад, Home — с начала. На каждой новостной вводной показ останавливается.
# The month being played, large, as in “Month 12 of 48”: the month goes in the <span> named
# “month” and the last month in the one named “horizon” (leave both empty); “of …” is smaller.
ws-page-play-month = <span data-l10n-name="word">Месяц</span> <span data-l10n-name="month"></span><span data-l10n-name="of"> из </span><span data-l10n-name="horizon"></span>
# Read by screen readers only.
ws-page-play-teams-heading = Шаги каждой команды до показываемого месяца

## Debrief: the printable summary

ws-page-debrief-heading = Разбор
ws-page-debrief-intro = Итоги всего упражнения, а затем по странице на каждую команду: её ключевые числа, что она изменила по сравнению с началом, её последовательность с отмеченными изменениями, её графики и замечания к очерёдности шагов. Распечатайте разбор на листах A4 или US Letter, по странице на лист, или сохраните в PDF из окна печати.
ws-page-debrief-print = Распечатать разбор

## The presenter's notes, in a second window

ws-page-presenter-heading = Заметки ведущего
ws-page-presenter-waiting = Ожидание окна проектора…
# What is on the projector now.
ws-page-presenter-now-heading = Сейчас
# Replaced by the month being played; the dash stands for no month yet.
ws-page-presenter-month = Месяц –
# The name of the row of buttons, for screen readers.
ws-page-presenter-controls =
    .aria-label = Управление показом в окне проектора
ws-page-presenter-continue = Продолжить после новости
# The news still to come.
ws-page-presenter-next-heading = Далее
ws-page-presenter-all-heading = Все новости

## The news shown full-screen, the QR code shown to the room, and the page's foot

# Above a news headline shown full-screen on the projector.
ws-page-inject-kicker = Новость
ws-page-inject-continue = Продолжить
ws-page-inject-hint = Чтобы продолжить, нажмите Space, Enter или щёлкните мышью.
ws-page-qr-dialog-title = Отсканируйте, чтобы присоединиться к упражнению
ws-page-qr-dialog-close = Закрыть
# Shown while files are dragged over the page.
ws-page-drop = Отпустите файлы команд, чтобы сравнить их
ws-page-footer = Всё работает в вашем браузере: упражнение, последовательности команд и сравнение передаются только в ссылках и файлах, которыми вы делитесь, или через сервер онлайн-комнаты, если вы её откроете.
