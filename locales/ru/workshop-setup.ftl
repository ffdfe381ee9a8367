### The words the workshop page's scripts write: the page around the views, the set-up, a
### team's view, the live room, and what the views share (copying links, chart legends).

## The page around the views

# Shown in the alert box when something fails unexpectedly. $error is the reason, often in
# English from the browser.
ws-app-something-went-wrong = Что-то пошло не так: { $error }
# A clause set inside ws-app-could-not-start, so it starts in lower case. $status is the
# server's answer, a number such as 404.
ws-app-default-not-loaded = не удалось загрузить сценарий по умолчанию ({ $status })
# $error is the reason, which may be a clause such as ws-app-default-not-loaded.
ws-app-could-not-start = Не удалось запустить семинар: { $error }. Перезагрузите страницу, чтобы попробовать снова.
# The address holds a link for the explorer (index.html), the site's main page.
ws-app-explorer-link = Это ссылка на сценарий для конструктора, а не на упражнение семинара: откройте её на странице index.html. Показана подготовка семинара.
ws-app-unknown-address = По этому адресу нет ни упражнения семинара, ни последовательности команды (возможно, адрес обрезался при копировании). Показана подготовка семинара.
# In the header, in place of an exercise that has no title.
ws-app-untitled = Семинар
# The browser tab's title: the view shown, then the page. $view is the view's key.
ws-app-document-title =
    { $view ->
        [setup] Подготовка
        [compare] Сравнение
        [play] Показ
        [debrief] Разбор
        [received] Последовательность команды
        [presenter] Заметки ведущего
       *[team] Ваша команда
    } · Семинар · { brand-name }
# Said to screen readers when the projector display is switched on or off.
ws-app-projector-on = Режим проектора: крупный шрифт, высокий контраст.
ws-app-projector-off = Режим проектора выключен.
# In the page's foot. $version is the site's version, such as 0.9.0.
ws-app-version = Версия { $version }.
# $error is the reason, in words from ws-live-… or from the browser.
ws-app-live-failed = Не удалось запустить онлайн-комнату: { $error }

## What the views share: choosing a sequence, copying links, places in a ranking, what the
## browser keeps, and the charts' legends

# The first choice in the lists of sequences to show, before the teams.
ws-common-starting-scenario = Исходный сценарий
# A button's word for a moment after its link was copied. Keep it short.
ws-common-copied = Скопировано
# Said to screen readers after a link was copied.
ws-common-copied-said = Скопировано в буфер обмена.
# Said to screen readers when the browser would not copy and the link was selected instead.
ws-common-selected-said = Ссылка выделена: нажмите Ctrl+C или Cmd+C, чтобы скопировать её.
# A team's place in the ranking: 1st, 2nd, 3rd, 4th… Keep it short: it stands in a table's cell.
# $category is the language's ordinal category for $place (one, two, few, many or other, as the
# Unicode CLDR defines them for the language).
# Russian has a single ordinal category (other): «1-е», «2-е» (место).
ws-common-ordinal = { $place }-е
# A clause set in brackets inside ws-common-stored-unreadable, so it starts in lower case.
ws-common-stored-shape = данные имеют не тот формат, который ожидается
# $error is why, such as ws-common-stored-shape.
ws-common-stored-unreadable = Не удалось прочитать то, что этот браузер сохранил с прошлого семинара ({ $error }); эти данные отложены, и всё начинается с чистого листа.
# $problem is why, a clause such as “this browser's storage for the page is full” (storage-full).
ws-common-storage-refused = Этот браузер не сохраняет вашу работу ({ $problem }). Сохраните вместо этого ссылки: в них содержится всё.
# The name a screen reader gives a chart: $title is the chart's title and $description a
# sentence describing it, both from the model.
ws-common-chart-label = { $title }: { $description }
# Said to screen readers when the facilitator chooses which trust line the teams' lines show
# (the two series, model-series-trust and model-series-target_trust, in lower case).
ws-common-team-series-changed =
    Теперь на графике доверия для каждой команды показано { $series ->
        [target_trust] доверие объекта санкций
       *[trust] доверие к объекту санкций
    }.
# A chart's legend, for a chart that draws three lines, each with its bands.
ws-common-legend-bands = Полосы: средняя половина и 8 из 10 вариантов будущего
# At the head of a chart's legend: whose lines and bands follow. $name is a team's name, or
# ws-common-starting-scenario.
ws-common-legend-whose = { $name }:
# At the head of the teams' part of a legend.
ws-common-legend-teams = Команды:
# The same on the trust chart: $series is the trust the teams' lines show (model-series-trust
# or model-series-target_trust).
ws-common-legend-teams-series = Команды ({ $series }):

## The facilitator's workspace: the example exercise a first visit starts from, and the teams

# A team's name as the set-up gives it: $letter is A, B, C… (with a number after the 26th:
# A1, B1…). The facilitator may change it.
ws-workspace-team-name = Команда { $letter }
# The example exercise's title; the facilitator may change it.
ws-workspace-example-title = Очерёдность ослабления санкций: учебное упражнение
# The example exercise's piece of news: its headline, shown full-screen to the room, and a
# text for the facilitator's notes.
ws-workspace-example-headline = Взрыв на пограничном переходе: ответственность взяли сторонники жёсткой линии
ws-workspace-example-text = Ответственность за нападение взяла группировка, выступающая против сделки. Оба правительства его осудили, а оппозиционные политики на стороне инициатора санкций призывают приостановить ослабление санкций.
# A clause set after a file's name and a colon, so it starts in lower case. $max is 8;
# $team is the name of the team that did not fit.
ws-workspace-full = в сравнении может быть не больше { $max } команд; удалите одну, прежде чем добавить «{ $team }»
# A team that cannot be compared: its name, then the model's reason.
ws-workspace-team-problem = { $team }: { $error }

## The example briefing for the teams, which follows the exercise's length

# The exercise's length when it is whole years: a word for the smaller numbers, figures beyond.
# Russian: the form after «на» («на четыре года вперёд»), which is the nominative.
ws-brief-horizon-years =
    { $years ->
        [1] один год
        [2] два года
        [3] три года
        [4] четыре года
        [5] пять лет
        [6] шесть лет
        [7] семь лет
        [8] восемь лет
        [9] девять лет
        [10] десять лет
        [11] одиннадцать лет
        [12] двенадцать лет
       *[other]
            { $years ->
                [one] { $years } год
                [few] { $years } года
               *[other] { $years } лет
            }
    }
# The exercise's length otherwise.
ws-brief-horizon-months =
    { $months ->
        [one] { $months } месяц
        [few] { $months } месяца
       *[other] { $months } месяцев
    }
# The briefing a new exercise starts with; the facilitator may change it. $horizon is the
# exercise's length (ws-brief-horizon-years or ws-brief-horizon-months).
ws-brief-example = Каждая команда предлагает, в каком порядке на { $horizon } вперёд делать шаги по ослаблению санкций, проводить реформы и принимать меры укрепления доверия. Постарайтесь удержать риск срыва на низком уровне, пока восстанавливаются доверие и экономика, и сохранить часть рычагов давления. Сдайте последовательность, когда команда о ней договорится.

## Set up: the starting scenario

# The choices of the list of starting scenarios: the explorer's own, then the built-in
# scenarios in two groups.
ws-setup-preset-default = Начальный сценарий конструктора
ws-setup-preset-illustrative = Иллюстративные
ws-setup-preset-historical = Из истории
# A choice in the same list, for a scenario pasted as a link. $title is its title, as typed.
ws-setup-preset-link = Из вставленной ссылки: { $title }
ws-setup-preset-link-untitled = Из вставленной ссылки: без названия
# Under the list: the scenario every team starts from. $title is its title (or
# ws-setup-untitled-scenario); $runs is the number of simulated futures.
ws-setup-scenario-summary =
    { $title }: { $steps ->
        [one] { $steps } шаг
        [few] { $steps } шага
       *[other] { $steps } шагов
    } и { $shocks ->
        [one] { $shocks } шок
        [few] { $shocks } шока
       *[other] { $shocks } шоков
    } на { $months ->
        [one] { $months } месяц
        [few] { $months } месяца
       *[other] { $months } месяцев
    }, { $runs } { $runs ->
        [one] смоделированный вариант
        [few] смоделированных варианта
       *[other] смоделированных вариантов
    } будущего.
# After ws-setup-scenario-summary.
ws-setup-scenario-shared = С него начинает каждая команда.
ws-setup-untitled-scenario = Сценарий без названия
# Said to screen readers once a starting scenario is chosen. $title is its title.
ws-setup-start-from = Команды начинают со сценария «{ $title }».
ws-setup-start-from-untitled = Команды начинают с выбранного сценария.
ws-setup-start-from-link = Команды начинают со вставленного сценария «{ $title }».
ws-setup-start-from-link-untitled = Команды начинают со вставленного сценария без названия.
# $error is the model's reason, a clause in lower case.
ws-setup-preset-failed = Не удалось открыть этот сценарий: { $error }
ws-setup-link-failed = Вставленную ссылку на сценарий нельзя использовать: { $error }

## Set up: the teams and the news injects

# Labels over a team's two fields. $number counts the teams from 1.
ws-setup-team-label = Команда { $number }
ws-setup-team-lock-label = Может менять
# A button on each team's and each inject's row. Keep it short.
ws-setup-remove = Удалить
# What screen readers say for that button. $name is the team's name, as typed.
ws-setup-remove-team = Удалить команду { $number }
ws-setup-remove-named-team = Удалить команду { $number } ({ $name })
ws-setup-remove-inject = Удалить вводную { $number }
# The heading of an inject's row, and its fields' labels.
ws-setup-inject-label = Вводная { $number }
ws-setup-inject-month-label = Месяц
ws-setup-inject-kind-label = Шок в модели
ws-setup-inject-size-label = Сила удара
ws-setup-inject-headline-label = Заголовок
ws-setup-inject-text-label = Текст для ваших заметок

## Set up: the problems listed before the exercise can be shared, and the briefing's check

# A problem in the set-up: where it is ($field, a link to the field: ws-setup-where-…), then the
# model's words for it, in lower case.
ws-setup-problem = { $field }: { $problem }
# Where a problem is: a part of the set-up, …
ws-setup-where-title = Название
ws-setup-where-briefing = Задание
ws-setup-where-teams = Команды
ws-setup-where-injects = Вводные
ws-setup-where-teams-see-injects = Команды видят вводные
# … the starting scenario, with the place in it ($path, such as /steps/2/month: keep it as it is), …
ws-setup-where-scenario = Исходный сценарий ({ $path })
# … a team or an inject ($number counts them from 1), or one of its fields ($field: ws-setup-field-…).
ws-setup-where-team = Команда { $number }
ws-setup-where-team-field = Команда { $number }, { $field }
ws-setup-where-inject = Вводная { $number }
ws-setup-where-inject-field = Вводная { $number }, { $field }
# The fields, in lower case after a comma.
ws-setup-field-name = название
ws-setup-field-lock = что может менять
ws-setup-field-month = месяц
ws-setup-field-kind = шок
ws-setup-field-size = сила удара
ws-setup-field-headline = заголовок
ws-setup-field-text = текст
# Under the briefing when it names another length than the exercise's. $phrase is the words
# the briefing uses (in English), $months the exercise's length and $horizon the same in words.
ws-setup-briefing-mismatch =
    В задании сказано «{ $phrase }», а упражнение рассчитано на { $months ->
        [one] { $months } месяц
        [few] { $months } месяца
       *[other] { $months } месяцев
    } ({ $horizon }).
# After ws-setup-briefing-mismatch.
ws-setup-briefing-mismatch-fix = Измените задание или исходный сценарий.

## Set up: sharing, and the teams that played an earlier version

# $reason is why there is none, in lower case.
ws-setup-no-qr = QR-кода нет: { $reason }.
ws-setup-link-length =
    Длина ссылки — { $characters } { $characters ->
        [one] символ
        [few] символа
       *[other] символов
    }; в ней содержится всё упражнение.
# Between the teams' names in ws-setup-versions-… ("Team A, Team B").
ws-setup-names-separator = {", "}
# The teams whose hand-backs carry the earlier version they played. $teams names them and
# $count counts them (a language may need it to agree the verb).
ws-setup-versions-carried =
    { $count ->
        [one] { $teams }: последовательность построена по более ранней версии этого упражнения.
       *[other] { $teams }: последовательности построены по более ранней версии этого упражнения.
    }
# After ws-setup-versions-carried.
ws-setup-versions-carried-how =
    { $count ->
        [one] В сравнении она по-прежнему сопоставляется с той версией, по которой построена, и это отмечается; чтобы сравнить её по этой версии, поделитесь новой ссылкой и попросите сдать последовательность заново.
       *[other] В сравнении они по-прежнему сопоставляются с той версией, по которой построены, и это отмечается; чтобы сравнить их по этой версии, поделитесь новой ссылкой и попросите сдать последовательности заново.
    }
# The teams whose hand-backs do not carry the version they played.
ws-setup-versions-bare =
    { $count ->
        [one] { $teams }: последовательность сдана для более ранней версии, но без её копии, поэтому сравнивается по этой версии, с пометкой.
       *[other] { $teams }: последовательности сданы для более ранней версии, но без её копии, поэтому сравниваются по этой версии, с пометкой.
    }
# Said to screen readers. $teams names the teams removed.
ws-setup-versions-removed = Убраны из сравнения: { $teams }.

## A team's view: opening the exercise

# $error is the model's reason, such as “this link cannot be read: …”, in lower case.
ws-team-link-unreadable = { $error }. Попросите у ведущего ссылку на упражнение ещё раз: ссылку, обрезанную при копировании, открыть нельзя.
# In place of an exercise that has no title.
ws-team-untitled = Упражнение семинара
# Said to screen readers once the team is chosen. $team is its name.
ws-team-you-are = Вы — { $team }.
# $error is why, in lower case.
ws-team-stored-unreadable = Не удалось прочитать последовательность вашей команды, сохранённую на этом устройстве ({ $error }); она отложена, и команда начинает заново с исходного сценария упражнения.
# The injects the team does not see on its timeline. $count counts them.
ws-team-news-sealed =
    { $count ->
        [one] У ведущего есть новость на потом: на вашей временной шкале её нет, но в сравнении она будет учтена.
        [few] У ведущего есть { $count } новости на потом: на вашей временной шкале их нет, но в сравнении они будут учтены.
       *[other] У ведущего есть { $count } новостей на потом: на вашей временной шкале их нет, но в сравнении они будут учтены.
    }
# In the timeline's key, beside the hatching and padlock of a step the team may not change.
ws-team-key-locked = закреплён для вашей команды
ws-team-model-failed = Модели не удалось рассчитать эту последовательность: { $error }
# A confirmation; OK starts again.
ws-team-start-over-confirm = Начать заново с исходного сценария упражнения? Изменения вашей команды будут потеряны.
ws-team-started-over = Ваша последовательность возвращена к исходному сценарию упражнения.
# A confirmation; OK replaces the exercise on this device.
ws-team-facilitate-confirm = Вести это упражнение на этом устройстве? Оно заменит упражнение, подготовленное здесь раньше; уже добавленные последовательности команд сохранятся.

## A team's view: the selected step

ws-team-editor-empty = Выберите шаг на временной шкале, чтобы изменить его месяц, размер или условия.
# After the step's name.
ws-team-editor-shock = (шок)
# After the step's name: who takes it ($actor, from the model: “sanctioning side”, “target”).
ws-team-editor-actor = ({ $actor })
ws-team-editor-shock-locked = Шоки задаёт ведущий: ваша команда не может их менять.
# A step the team's lock keeps fixed. $lock is the team's lock.
ws-team-editor-locked =
    Закреплён: ваша команда может менять { $lock ->
        [everything] все шаги
        [sanctioning] только шаги инициатора санкций
        [target] только шаги объекта санкций
       *[confidence] только меры укрепления доверия
    }.
# A locked step's facts. $conditional and $transparent are “yes” or “no”.
ws-team-editor-facts =
    Месяц { $month }, размер { NUMBER($size, minimumFractionDigits: 2, maximumFractionDigits: 2) }{ $conditional ->
        [yes] , ждёт подтверждённого выполнения обязательств
       *[no] {""}
    }{ $transparent ->
        [yes] , опубликованные критерии
       *[no] {""}
    }.
ws-team-editor-month = Месяц
ws-team-editor-size = Размер
# Two checkboxes, each followed by a note in lighter type.
ws-team-editor-conditional = Условный
ws-team-editor-conditional-note = — ждёт подтверждённого выполнения обязательств
ws-team-editor-transparent = Прозрачный
ws-team-editor-transparent-note = — объявлен с опубликованными критериями
ws-team-editor-delete = Удалить шаг

## A team's view: handing back

ws-team-handback-failed = Не удалось сдать вашу последовательность: { $error }
# Said to screen readers.
ws-team-handback-ready = Ссылка, файл и QR-код вашей команды готовы.
ws-team-no-qr = Для этой последовательности QR-кода нет: { $reason }
ws-team-downloading = Файл скачивается.
ws-team-file-failed = Не удалось создать файл: { $error }
# Under the team's short code. “Compare” is the facilitator's view (ws-page-nav-compare).
ws-team-code-note = Нельзя отправить ссылку на экран ведущего? Введите там этот код в разделе «Сравнение».
ws-team-no-code = У этой последовательности нет короткого кода (изменений больше, чем вмещает код, или задан размер точнее сотых): сдайте ссылку, QR-код или файл.

## A team's view in a live room

# In the heading while the team's device joins the room.
ws-team-live-joining = Подключение к онлайн-комнате…
ws-team-live-waiting = Ждём, пока ведущий опубликует упражнение…
# $reason is why, from ws-live-refusal-…, in lower case.
ws-team-live-refused = Онлайн-комната не приняла это устройство: { $reason }. Попросите у ведущего ссылку вашей команды ещё раз.
ws-team-live-failed = Не удалось подключиться к онлайн-комнате: { $error }.
ws-team-live-exercise-unreadable = Не удаётся прочитать упражнение ведущего: { $error }
# $number counts the teams from 1.
ws-team-live-no-team = В этом упражнении больше нет команды { $number }: попросите у ведущего ссылку вашей команды ещё раз.
# A line at the top of the team's view: whether the device reaches the room.
ws-team-live-connected = Онлайн: устройства вашей команды и ведущий видят каждое изменение.
ws-team-live-connecting = Онлайн: подключение…
ws-team-live-no-answer = Сервер комнат пока не отвечает: страница продолжает попытки.
# $waiting counts the changes not sent yet.
ws-team-live-offline =
    { $waiting ->
        [0] Нет связи: продолжайте работать; изменения будут отправлены, когда комната снова ответит.
       *[other] Нет связи: продолжайте работать; изменения (ждут отправки: { $waiting }) будут отправлены, когда комната снова ответит.
    }
# A piece of news the facilitator sent: $headline is its headline, in bold.
ws-team-news-item = Месяц { $month }, новость: { $headline }
# In place of a headline the facilitator left empty.
ws-team-news-untitled = новость
# Said to screen readers. $headlines are the news' headlines, joined by ws-team-news-separator.
ws-team-news-said = Новости от ведущего: { $headlines }.
ws-team-news-separator = {"; "}

## The set-up's live room

# Clauses set after a colon, so they start in lower case: why the room could not open.
ws-live-no-server = в этой копии сайта не указан сервер комнат
ws-live-key-missing = сначала введите ключ сервера комнат
# $error is the browser's reason, in English.
ws-live-no-engine = не удалось загрузить модуль онлайн-комнаты ({ $error }); эта копия сайта собрана без него
# $server is the server's address. The command in brackets is typed as it is.
ws-live-server-silent = сервер комнат по адресу { $server } не отвечает: он запущен? (cargo xtask room)
ws-live-key-refused = сервер комнат не принял ключ: скопируйте его ещё раз оттуда, где запускали сервер комнат
# $reason is the server's word for it, in English.
ws-live-room-refused = сервер комнат не смог открыть комнату ({ $reason })
# $status is the server's answer, a number such as 500.
ws-live-room-refused-status = сервер комнат не смог открыть комнату (код { $status })
ws-live-answer-unreadable = не удаётся прочитать ответ сервера комнат: это точно адрес сервера комнат { brand-name }?
ws-live-link-unreadable = не удаётся прочитать эту ссылку на онлайн-комнату (возможно, она обрезалась при копировании)
# Why the room server refused a device, as clauses in lower case.
ws-live-refusal-missing-token = в ссылке нет ключа к комнате
ws-live-refusal-invalid-token = эту ссылку создал не этот сервер комнат (возможно, её изменили или она обрезалась при копировании)
ws-live-refusal-another-room = ссылка относится к другой комнате
ws-live-refusal-another-team = это ссылка другой команды
ws-live-refusal-too-large = последовательность стала больше, чем может хранить комната
ws-live-refusal-read-only = этому устройству разрешено только читать эту часть комнаты
ws-live-refusal-unknown-document = в комнате нет такой части
# $reason is the server's own word for it, in English.
ws-live-refusal-other = сервер комнат указал причину «{ $reason }»
ws-live-refusal-none = сервер комнат указал причину «none»
# $reason is from ws-live-refusal-….
ws-live-host-refused = Сервер комнат не принял это устройство: { $reason }. Откройте новую комнату.
# $error is from the clauses above, or the browser's reason.
ws-live-unreachable = Не удаётся связаться с онлайн-комнатой: { $error }.
ws-live-not-opened = Онлайн-комнаты нет: { $error }.
# Said to screen readers.
ws-live-opened = Онлайн-комната открыта: дайте каждой команде её ссылку.
# A confirmation; OK closes the room. “Compare” is the facilitator's view (ws-page-nav-compare).
ws-live-close-confirm = Закрыть онлайн-комнату? Устройства команд перестанут отправлять изменения; их последовательности на этот момент останутся в разделе «Сравнение».
# Said to screen readers.
ws-live-closed = Онлайн-комната закрыта. Последовательности команд на этот момент остаются в разделе «Сравнение».
# Each team's row: its name (or this, for a team with none), how many of its devices are in the
# room, its link, and two buttons. $team is the team's name.
ws-live-team-unnamed = Команда { $number }
ws-live-devices =
    { $devices ->
        [0] устройств пока нет
        [one] { $devices } устройство
        [few] { $devices } устройства
       *[other] { $devices } устройств
    }
# What screen readers say for the field holding the team's link.
ws-live-team-link = { $team }: ссылка
ws-live-copy-link = Копировать ссылку
# A button that shows the team's link as a QR code. Keep it short.
ws-live-qr = QR-код
# What screen readers say for that button, and the QR code's description.
ws-live-qr-of = { $team }: QR-код ссылки
# The heading over a team's QR code shown to the room.
ws-live-qr-title = Отсканируйте, чтобы войти как { $team }
ws-live-no-qr = QR-кода нет: { $reason }.
# The list of the exercise's news, each with a button to send it.
ws-live-no-news = В упражнении нет новостных вводных.
# $headline is the news' headline, in bold.
ws-live-news-item = Месяц { $month }: { $headline }
# In place of a headline the facilitator left empty.
ws-live-news-untitled = Новость
ws-live-news-send = Отправить командам
# The same button once the news is sent.
ws-live-news-sent = Отправлено
# Said to screen readers. $headline is the news' headline.
ws-live-news-said = Отправлено всем командам: { $headline }.
ws-live-news-said-untitled = Новость отправлена всем командам.
# A line under the room's heading: whether the facilitator's device reaches the room.
ws-live-status-connected = Онлайн: изменения команд попадают в «Сравнение» и «Показ» по мере работы.
ws-live-status-connecting = Онлайн: подключение к серверу комнат…
# $waiting counts this device's changes not sent yet.
ws-live-status-silent =
    { $waiting ->
        [0] Сервер комнат не отвечает: команды продолжают работать, и их изменения придут, когда он снова ответит.
       *[other] Сервер комнат не отвечает: команды продолжают работать, и их изменения придут, когда он снова ответит (ваших изменений ждут отправки: { $waiting }).
    }
