### The workshop page's facilitator views: a team's hand-back received, Compare and its
### ranking, Play and its presenter window, and the debrief with the model's own suggestion.
### Step, shock and chart names, the checker's remarks, the numbers' readings and the
### ranking's rule come from the model and arrive already in the reader's language.

## A team's hand-back, opened from its link on any device

# The page's title when the hand-back does not name its exercise.
ws-received-untitled = Упражнение семинара
# The view's heading. $team is the team's name, as the team typed it.
ws-received-heading = { $team }: последовательность сдана
# $reason says what is wrong with the link, in a sentence with no full stop.
ws-received-link-failed = { $reason }. Попросите команду прислать ссылку ещё раз.
# The first sentence under the heading. $title is the exercise's title, as its author typed it.
ws-received-for = Для упражнения «{ $title }».
# After ws-received-for, when this device has no teams yet: adding the team sets its exercise up.
ws-received-adopt = На этом устройстве ещё нет команд: если добавить последовательность, упражнение будет подготовлено здесь по копии, которую содержит её ссылка.
# After ws-received-for, when this device compares the teams of another exercise.
ws-received-other = На этом устройстве сравниваются команды другого упражнения; последовательность будет сопоставлена с тем упражнением, которое проходила команда: его копию содержит её ссылка.
# After ws-received-for, when the link does not say which exercise the team played.
ws-received-unknown = Ссылка не содержит упражнения, а на этом устройстве подготовлено другое упражнение (или никакого), поэтому последовательность сравнивается без вводных упражнения.
# The view's main button, when adding the team also sets its exercise up on this device.
ws-received-add-adopt = Подготовить здесь это упражнение и добавить последовательность
ws-received-add = Добавить в сравнение на этом устройстве
# $reason is the model's explanation.
ws-received-project-failed = Не удалось рассчитать эту последовательность: { $reason }
# Said to screen readers once the team is added. $title is the exercise's title.
ws-received-now-facilitates = Теперь это устройство ведёт упражнение «{ $title }».
ws-received-added = Добавлено в сравнение: { $team }.
ws-received-replaced = Прежняя последовательность заменена: { $team }.
# $reason is the model's explanation.
ws-received-add-failed = { $team }: не удалось добавить — { $reason }

## A team's sequence as a list, on the hand-back, in the debrief and in the model's suggestion:
## "Month 6 Sectoral easing (sanctioning side), conditional — news: “Elections…”"

ws-received-month = Месяц { $month }
# After the step's name (from the model). $who is who takes it (from the model, or the name
# of a sanctioning party as the reader typed it), $detail how it is taken (from the model).
ws-received-item-detail = { " " }({ $who }), { $detail }
# After a shock that is a piece of news. $headline is the news as the exercise's author typed it.
ws-received-item-news = { " " }— новость: «{ $headline }»
# Tags before a step or shock a team changed from the exercise's start; they print in black
# and white, so the word carries the meaning. Keep them very short.
# Russian: «шаг» and «шок» are both masculine.
ws-received-tag-moved = Перенесён
ws-received-tag-added = Добавлен
ws-received-tag-changed = Изменён

## Compare: the teams' hand-backs, their charts over each other, and the ranking

# The name a screen reader gives each chart. $title and $description come from the model.
ws-compare-chart = { $title }: все команды в сравнении. { $description } Числа — в таблице рейтинга ниже.
# Whose lines the legend names first, when no sequence is in focus.
ws-compare-starting-scenario = Исходный сценарий
# $reason is the browser's or the model's explanation.
ws-compare-draw-failed = Не удалось построить графики: { $reason }
# Beside a team in the list of teams compared.
ws-compare-cannot-compare = сравнение невозможно
# Beside a team in the list of teams compared: how many remarks the sequencing check made.
ws-compare-remarks =
    { $count ->
        [one] { $count } замечание
        [few] { $count } замечания
       *[other] { $count } замечаний
    }
# Read by screen readers for a team's short code. $code is spelled out a character at a time
# ("6 F T W - G 0 G 9").
ws-compare-team-code = { $team }, код: { $code }
# The button beside each team; the screen readers' name says which team it removes.
ws-compare-remove = Убрать
    .aria-label = Убрать из сравнения: { $team }
ws-compare-removed = Убрано из сравнения: { $team }.
# $problem is the model's first line about the set-up's problems.
ws-compare-setup-problems = В подготовке упражнения есть ошибки, поэтому команды сравниваются без его исходного сценария и вводных: { $problem }
# A line pasted into the box that could not be read. $reason is the model's explanation.
ws-compare-line-problem = Строка { $line }: { $reason }
# A file that could not be read. $file is its name; $reason the browser's or the model's explanation.
ws-compare-file-problem = { $file }: { $reason }
# $size is the file's size in kilobytes.
ws-compare-file-too-big = { $file }: размер файла — { $size } КБ, а файл команды занимает всего несколько КБ
# Said to screen readers. $teams are the teams' names, joined by ws-compare-name-separator.
ws-compare-added = Добавлено в сравнение: { $teams }.
ws-compare-name-separator = { ", " }

## Compare: the ranking's weights

# Said to screen readers when the facilitator restores the default weights.
ws-compare-weights-reset-done = Веса возвращены к значениям по умолчанию.
# $criterion is one of the four numbers' names, from the model; $max is the largest weight.
ws-compare-weight-invalid = { $criterion }: укажите вес от 0 до { $max }.
ws-compare-weights-all-zero = Все веса равны 0: дайте хотя бы одному из четырёх чисел вес больше 0.
# Said to screen readers when a weight changes, before ws-compare-ranking-first.
ws-compare-ranking-follows = Рейтинг пересчитан по новым весам.
# Said to screen readers: the teams now first ($teams, joined by ws-compare-name-separator);
# $count is how many share the first place.
ws-compare-ranking-first =
    { $count ->
        [one] Первое место: { $teams }.
       *[other] Первое место: { $teams } — вровень в пределах случайного разброса.
    }
# $reason is the model's explanation of why the weights kept could not be read.
ws-compare-weights-unreadable = { $reason } Вместо них используются веса по умолчанию.

## Compare: the ranking table (also on the debrief's summary)

ws-compare-ranking-empty = Рейтинг появится, когда команды сдадут свои последовательности.
# A place in the ranking: 1st, 2nd, 3rd, 4th… $ordinal is the place's category among the
# language's ordinals (one, two, few, many or other, by the Unicode plural rules for ordinals;
# English: 1st one, 2nd two, 3rd few, 4th other); use the categories your language has.
# Russian has a single ordinal category (other): «1-е», «2-е» (место).
ws-compare-place = { $place }-е
# A place shared with other teams whose scores are within the noise of the simulation: "=2nd".
# $place is the place as ws-compare-place writes it.
ws-compare-place-tied = ={ $place }
# What a screen reader hears in place of "=2nd". $place is as ws-compare-place writes it.
ws-compare-place-tied-spoken = { $place } место, вровень с другими в пределах случайного разброса
# After one of a team's four numbers: its place on that number ($place, as ws-compare-place
# writes it), in brackets.
ws-compare-number-place = { " " }({ $place })
# The table's caption. $rule is the model's sentence on how the score is made.
ws-compare-ranking-caption =
    { $count ->
        [one] { $count } команда.
        [few] { $count } команды.
       *[other] { $count } команд.
    } { $rule } Каждое из четырёх чисел — медиана по смоделированным вариантам будущего (для риска срыва — их доля); место команды по этому числу указано в скобках.
# The table's column headings.
ws-compare-col-place = Место
ws-compare-col-team = Команда
ws-compare-col-score = Баллы из 100 (± одна стандартная ошибка)
# A column of one of the four numbers. $criterion is its name, from the model; $weight the
# weight the facilitator gave it.
ws-compare-col-criterion =
    { $better ->
        [lower] { $criterion } (чем меньше, тем лучше; вес { $weight })
       *[higher] { $criterion } (чем больше, тем лучше; вес { $weight })
    }
ws-compare-col-check = Замечания к очерёдности шагов

## Play: the teams' sequences unrolled month by month in front of the room

# The name a screen reader gives each chart. $title and $description come from the model.
ws-play-chart = { $title } до показываемого месяца. { $description }
# The full-screen button. Keep them short.
ws-play-fullscreen = На весь экран
ws-play-leave-fullscreen = Обычный экран
ws-play-nothing = Показывать пока нечего: исправьте подготовку упражнения или добавьте последовательность команды.
# $reason is the browser's or the model's explanation.
ws-play-draw-failed = Не удалось построить графики: { $reason }
# Under the month being played.
ws-play-next-news = Следующая новость: месяц { $month }
ws-play-end = Конец временной шкалы
ws-play-no-more-news = Новостей больше нет
# The play button. Keep them short.
ws-play-play = Пуск
ws-play-pause = Пауза
ws-play-again = Ещё раз
# The name a screen reader gives a team's row of steps. $team is the team's name.
ws-play-team-steps =
    .aria-label = { $team }: шаги, сделанные к этому месяцу
# A step's mark on a team's row: its tooltip. $step is the step's name, from the model.
ws-play-step = Месяц { $month }: { $step }
# Read by screen readers before the step's name on its mark; keep the space at the end.
ws-play-step-month = Месяц { $month }:{ " " }
# On the row of a team that takes no steps.
ws-play-no-steps = Шагов нет
# Said to screen readers at the end of the timeline. $summary is the model's sentence on the
# numbers then.
ws-play-ended = Конец: месяц { $month }. { $summary }
# Above the headline of a piece of news, on the full screen that shows it.
ws-play-inject-kicker = Месяц { $month } · Новость
# Under the headline: what the news does in the model. $shock is the shock's name (from the
# model, in lower case), $size its size from 0 to 1, $explanation the model's explanation.
ws-play-inject-shock = В модели: { $shock }, размер { NUMBER($size, minimumFractionDigits: 2, maximumFractionDigits: 2) }. { $explanation }
ws-play-popup-blocked = Браузер заблокировал окно ведущего. Разрешите всплывающие окна для этого сайта или откройте workshop.html#presenter в другом окне на этом компьютере.
# Said to screen readers.
ws-play-presenter-open = Окно ведущего открыто; оно следует за этим окном.
# $reason is the browser's explanation.
ws-play-fullscreen-failed = Полноэкранный режим здесь недоступен: { $reason }

## The presenter window: the facilitator's notes beside the projector

# The page's title in the presenter window, alone or with the exercise's title ($title).
ws-presenter-title = Заметки ведущего
ws-presenter-title-of = Заметки ведущего: { $title }
ws-presenter-no-channel = Этот браузер не может связать два окна (нет BroadcastChannel); пользуйтесь кнопками в самом разделе «Показ».
ws-presenter-no-answer = Окно проектора не отвечает. Откройте раздел «Показ» семинара в другом окне на этом компьютере; это окно будет следовать за ним.
# What the projector window is doing.
ws-presenter-following =
    { $state ->
        [playing] Следует за окном проектора: идёт показ.
        [showing] Следует за окном проектора: показана новость.
       *[paused] Следует за окном проектора: пауза.
    }
ws-presenter-elsewhere = Окно проектора открыто, но не в разделе «Показ».
ws-presenter-month = Месяц { $month } из { $horizon }
# $sequence is the name of the sequence played: a team's, or the starting scenario.
ws-presenter-playing = Показывается: { $sequence }
# The play button. Keep them short.
ws-presenter-play = Пуск
ws-presenter-pause = Пауза
# Above the news the projector shows now.
ws-presenter-on-screen = Сейчас на экране
ws-presenter-no-text = (У этой вводной нет текста.)
ws-presenter-news-shown = Новость этого месяца уже показана.
ws-presenter-no-news = В этом месяце новостей нет.
# Above the next piece of news: its month, and how many months away it is.
ws-presenter-next-month =
    { $months ->
        [one] Месяц { $month } (через { $months } месяц)
        [few] Месяц { $month } (через { $months } месяца)
       *[other] Месяц { $month } (через { $months } месяцев)
    }
# Under the next piece of news: how many more follow it.
ws-presenter-then-more = Затем ещё { $count }.
ws-presenter-ended = Временная шкала закончилась: пора переходить к разбору.
ws-presenter-no-more = До конца новостей больше нет.
# In the list of every piece of news.
ws-presenter-inject-month = Месяц { $month }
# After a piece of news in the list: whether the room has seen it.
ws-presenter-inject-state =
    { $state ->
        [past] { " " }(показана)
        [showing] { " " }(сейчас на экране)
       *[upcoming] { " " }(впереди)
    }
ws-presenter-no-injects = В этом упражнении нет новостных вводных.

## The debrief: a summary page, then a printable page per team

# $reason is the model's explanation.
ws-debrief-failed = Не удалось подготовить разбор: { $reason }
# A chart's description for screen readers. $title and $description come from the model;
# $team is a team's name.
ws-debrief-chart-team = { $title }: { $team }. { $description }
ws-debrief-chart-all = { $title }: все команды. { $description }
# The summary's title. $title is the exercise's title.
ws-debrief-summary-title = Итоги упражнения «{ $title }»
ws-debrief-summary-untitled = Итоги учебного упражнения
# Under the summary's title. $date is today's date, written out.
ws-debrief-date = Разбор от { $date }.
ws-debrief-teams-compared = Команд в сравнении: { $count }.
ws-debrief-disclaimer = Иллюстрация, а не прогноз: числа получены из простой модели доверия, проверки и срыва.
ws-debrief-news-heading = Новости, с которыми столкнулись команды
# A piece of news. $headline is as the exercise's author typed it.
ws-debrief-inject = Месяц { $month }: { $headline }
ws-debrief-no-injects = Новостных вводных нет.
ws-debrief-ranking-heading = Рейтинг
# In the summary's ranking, in place of a team's remarks.
ws-debrief-remarks-elsewhere =
    { $count ->
        [one] { $count } замечание: см. страницу команды.
        [few] { $count } замечания: см. страницу команды.
       *[other] { $count } замечаний: см. страницу команды.
    }
ws-debrief-no-teams = Ни одна команда ещё не сдала последовательность: добавьте их в разделе «Сравнение».
ws-debrief-overview-heading = Все команды на фоне исходного сценария
# Under a team's name: what its lock let it change. $lock comes from the model, in lower case.
ws-debrief-could-change = Разрешено менять: { $lock }.
ws-debrief-overall-place = Итоговое место
# $place is the team's place as the ranking shows it ("=2nd"); $count is how many teams.
ws-debrief-place-of = { $place } из { $count }
ws-debrief-check-heading = Замечания к очерёдности шагов
ws-debrief-sequence-heading = Последовательность
ws-debrief-changes-key = Шаги и шоки, которые команда изменила, помечены словами «{ ws-received-tag-moved }», «{ ws-received-tag-added }» или «{ ws-received-tag-changed }».
ws-debrief-changes-heading = Что эта команда изменила по сравнению с началом
ws-debrief-unchanged = Ничего: команда оставила все шаги и шоки там, где их поставило упражнение.
# One of the team's changes. $change is the model's description of it.
ws-debrief-change = { $change }.

## The debrief's "What the model would have suggested"

ws-suggest-heading = Что предложила бы модель
# The two sequences the suggestion compares, in its table.
ws-suggest-start = Исходный сценарий
ws-suggest-suggested = Предложение модели
ws-suggest-unavailable = В подготовке упражнения есть ошибки, поэтому искать пока нечего: исправьте их в разделе «Подготовка».
# What the search aims at, when the ranking weighs breakdown risk alone.
ws-suggest-about-risk = Модель пробует другие месяцы для шагов исходного сценария, с новостями упражнения, стремясь снизить риск срыва к месяцу { $month }: только его и учитывает рейтинг.
# What the search aims at otherwise: breakdown risk less $ratio times the recovery. $weighed is
# "yes" when the ranking weighs both, at $economy to $risk. $left names the numbers the ranking
# weighs that the search cannot aim at: "none", "trust", "leverage" or "both".
ws-suggest-about-score =
    Модель пробует другие месяцы для шагов исходного сценария, с новостями упражнения, стремясь снизить показатель «риск срыва к месяцу { $month } минус { $ratio } × восстановление экономики в среднем по месяцам»{ $weighed ->
        [yes] { " " }(в рейтинге вес восстановления — { $economy }, вес риска — { $risk })
       *[no] { "" }
    }{ $left ->
        [trust] ; рейтинг учитывает также доверие, но поиск не может на него ориентироваться
        [leverage] ; рейтинг учитывает также рычаги давления, но поиск не может на них ориентироваться
        [both] ; рейтинг учитывает также доверие и рычаги давления, но поиск не может на них ориентироваться
       *[none] { "" }
    }.
ws-suggest-about-check = Лучший найденный порядок проверяется на новых смоделированных вариантах будущего, и модель ничего не предлагает, если выигрыш не превышает случайный разброс более чем вдвое.
# Which steps the search may move. $teams names the teams (see ws-suggest-list-last).
ws-suggest-held-none = Переносить можно любой шаг: команды могли переносить все шаги.
ws-suggest-held-all = Переносить нельзя ни один шаг: ни один шаг исходного сценария менять не разрешалось (команды: { $teams }).
# $fixed of the scenario's $total steps stay put; $lock is what the teams could change, from
# the model, in lower case.
ws-suggest-held-some =
    { $fixed } из { $total ->
        [one] { $total } шага
       *[other] { $total } шагов
    } { $fixed ->
        [one] остаётся на месте, заданном упражнением
       *[other] остаются на местах, заданных упражнением
    }, так как разрешалось менять { $lock } (команды: { $teams }).
# Stands for the teams when there are none to name.
ws-suggest-the-teams = все
# Names joined into a list: "A, B and C".
ws-suggest-list-separator = { ", " }
ws-suggest-list-last = { $rest } и { $last }
# The buttons. Keep them short.
ws-suggest-run = Предложить порядок
ws-suggest-cancel = Отмена
# Beside the search's progress bar.
ws-suggest-searching = Поиск
ws-suggest-tried = Испробовано вариантов порядка: { $count }…
ws-suggest-starting = запуск…
# A list's label: the teams whose lock the search keeps to, when the teams' locks differ.
ws-suggest-lock-label = Переносить только то, что могли менять эти команды
# A choice in that list. $lock comes from the model; $teams names the teams, joined by
# ws-suggest-list-separator.
ws-suggest-lock-option = { $lock } ({ $teams })
# Said to screen readers.
ws-suggest-stopped = Поиск остановлен: изменилось то, для чего он вёлся (упражнение, ограничение команды или веса рейтинга).
ws-suggest-started = Поиск лучшего порядка для исходного сценария…
ws-suggest-cancelled = Поиск отменён.
# $reason is the browser's explanation.
ws-suggest-failed-start = Не удалось ничего предложить: поиск не запустился ({ $reason }).
# $reason is the model's explanation, with no full stop.
ws-suggest-failed = Не удалось ничего предложить: { $reason }.
ws-suggest-failed-silent = Не удалось ничего предложить: поиск не сообщил причину.
ws-suggest-failed-unexpectedly = Не удалось ничего предложить: поиск неожиданно остановился.
# $reason is the browser's explanation.
ws-suggest-failed-unexpectedly-why = Не удалось ничего предложить: поиск неожиданно остановился ({ $reason }).
ws-suggest-unreadable = Не удалось ничего предложить: не удаётся прочитать ответ поиска.
# $reason is one of the ws-suggest-answer- clauses below.
ws-suggest-unusable = Ответ поиска нельзя использовать: { $reason }.
# Why an answer could not be used: clauses set after a colon, in lower case, with no full stop.
ws-suggest-answer-none = ответа нет
ws-suggest-answer-silent = ответ пуст
ws-suggest-answer-shape = ответ имеет не тот формат, который ожидается
ws-suggest-answer-steps = в его последовательности не те шаги, что в исходном сценарии
ws-suggest-answer-no-moves = в нём не сказано, что меняется
ws-suggest-answer-no-words = исходы в нём не описаны словами
# $step is the step's number in the scenario, $kind its name from the model, in lower case.
ws-suggest-answer-locked = в нём перенесён шаг, который команды не могли менять (шаг { $step }, { $kind })
# Said to screen readers: the model's verdict ($result), then what it changes ($moves, joined
# by ws-suggest-move-separator), both from the model.
ws-suggest-announce = { $result } { $moves }.
ws-suggest-move-separator = { "; " }
# Under a verdict of no clear improvement: the model's sentence speaks of "yours".
ws-suggest-note = «Ваш» порядок здесь — исходный сценарий упражнения, с которого начинали все команды.
ws-suggest-changes-heading = Что меняется
ws-suggest-outcomes-heading = На новых вариантах будущего, на которых шла проверка (исходный → предложенный)
# $reason is the model's explanation, with no full stop.
ws-suggest-beside-failed = Не удалось поставить предложение рядом с командами: { $reason }.
ws-suggest-beside-heading = Рядом с командами
ws-suggest-beside-caption = Каждая последовательность измерена так же, как рейтинг измеряет команды: на смоделированных вариантах будущего самого упражнения, с его новостями, и оценена с весами рейтинга (чем ниже риск срыва, тем лучше; для остальных чисел — чем больше, тем лучше).
ws-suggest-beside-caption-note = Числа выше получены на других, новых вариантах будущего, поэтому немного отличаются.
ws-suggest-col-sequence = Последовательность
ws-suggest-sequence-heading = Предложенная последовательность
ws-suggest-changes-key = Шаги, которые модель перенесла с мест, заданных упражнением, помечены словом «{ ws-received-tag-moved }» (или «{ ws-received-tag-changed }»).
