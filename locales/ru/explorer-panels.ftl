### The panels beside the timeline and the dialogs that explain the charts: the words their scripts make.

## The "Add a step" palette beside the timeline.

# The field's name at the start of a sentence that refuses a bad value:
# "The month for new steps must be a whole number from 0 to 47; -3 is not. Kept 0."
palette-month-field = Месяц для новых шагов

## The editor of the selected step or shock ("Selected step").

# The month field's name at the start of a sentence that refuses a bad value:
# "Month must be a whole number from 0 to 47; 60 is not. Kept 6."
editor-month-field = Месяц
# The expiry field's name at the start of a sentence that refuses a bad value:
# "Expires after (months) must be a whole number from 1 to …, or empty for never; …"
editor-expires-field = Срок действия (месяцев)
# What leaving the expiry empty means, placed in "…, or empty for never; …" and "Kept it empty (never)".
editor-expires-empty = бессрочно
# Beside the selected item's name, when it is a shock.
editor-actor-shock = (шок)
# Beside the selected step's name: who takes it. $actor is the actor's name from the model
# ("sanctioning side", "target").
editor-actor = ({ $actor })
# Under the sender menu, for a step of relief.
editor-sender-help-relief = Какой из инициаторов санкций предоставляет это ослабление санкций.
# Under the sender menu, for the shock in which a sender walks out of the deal.
editor-sender-help-withdrawal = Какой из инициаторов санкций выходит из сделки.
editor-delete-step = Удалить шаг
editor-delete-shock = Удалить шок

## The assumptions: the model's settings, the simulation, and the scenario's senders.

# Beside the horizon slider. $months is the number of months the scenario runs.
assumptions-horizon-value =
    { $months ->
        [one] { $months } месяц
        [few] { $months } месяца
       *[other] { $months } месяцев
    }
# The field's name at the start of a sentence that refuses a bad value:
# "Simulated futures must be a whole number from 1 to 100,000; 0 is not. Kept 1,000."
assumptions-runs-field = Число вариантов будущего
# The random seed's field name, at the start of a sentence that refuses a bad value:
# "Seed must be a whole number from 0 to …; -4 is not. Kept 7."
assumptions-seed-field = Начальное число
# The name a screen reader gives each sender's text field. $number counts from 1.
assumptions-sender-field = Инициатор санкций { $number }
# The button beside each sender. Its aria-label names the sender the reader typed ($name).
assumptions-sender-remove = Удалить
    .aria-label = Удалить: { $name }
assumptions-senders-too-many = Инициаторов санкций в сценарии может быть не больше { $max }; удалите одного, прежде чем добавить нового.
# "EU" is an example of a short name for a sanctioning party.
assumptions-sender-name-empty = Инициатору санкций нужно название, например «ЕС».
# $max is the longest a name may be; $count is the length of the name typed.
assumptions-sender-name-too-long = Название инициатора санкций может быть не длиннее { $max } { $max ->
        [one] символа
       *[other] символов
    }, а в этом { $count }.
# $name is the name the reader typed.
assumptions-sender-name-taken = «{ $name }» уже есть среди инициаторов санкций; дайте каждому своё название.
# Follows a refused new name for a sender: the old name ($name) stays.
assumptions-sender-kept = Оставлено прежнее название: «{ $name }».
# A sender cannot be removed while steps name it. $users lists them (see the next messages).
assumptions-sender-still-used = «{ $name }» по-прежнему указан как инициатор у этих шагов: { $users }.
# One step or shock in that list: its name from the model, and its month.
assumptions-sender-user = { $step } (месяц { $month })
# The end of a long list, in place of the rest: "Sectoral easing (month 6), Travel easing (month 9), Asset unfreezing (month 12) and 3 more".
assumptions-sender-users-more = ещё { $count }
# The list's last two parts: $first is the earlier items joined by the separator below.
assumptions-sender-users = { $first } и { $last }
# Between the items of a list, before the last two.
assumptions-list-separator = { ", " }
# Said when removing the first of several senders: steps naming no sender belong to it.
assumptions-sender-implied = Шаг, у которого инициатор не указан, относится к первому инициатору санкций.
# "Selected step" is the name of the panel where a step's sender is chosen.
assumptions-sender-choose-another = Выберите для них другого инициатора в панели «Выбранный шаг», а затем удалите этого.

## "Why?": the dialog that ranks what moved a series at a month, and the buttons that open it.

# The name of the breakdown risk in the dialog's menu of series (the other names come from the model).
why-series-backsliding-risk = Риск срыва
why-dialog-title = Почему?
# The dialog's two fields read as a phrase: "Explain [Trust in the target] at month [30]".
why-series-label = Объяснить
why-month-label = в месяце
why-result =
    .aria-label = Объяснение
# The legend of the bars, beside their two colours: what a step or shock did to the value.
why-legend-down = снижает
why-legend-up = повышает
# The button under each chart. Its full name, heard by screen readers, is made of this message,
# then the month it would explain (one of the next two), then why-button-explain:
# "Why? month 30: explain trust in the target". Keep it short: it sits in a chart's caption.
why-button = Почему?
why-button-at-end = конец
why-button-at-month = месяц { $month }
# Heard only by screen readers, after the words on the button. $series is a series' name from
# the model, in lower case ("trust in the target"), or "these values".
why-button-explain = : объяснить { $series }
# $horizon is the last month of the scenario; $month is the month kept.
why-month-error = Месяц должен быть целым числом от 0 до { $horizon }; оставлен месяц { $month }.
# The explanation's first sentence, when the month is the scenario's end. $series is the
# series' name from the model ("Trust in the target"); $value and $bare are figures already
# written out ("42%", "0.61"): with every step and shock, and with none.
why-lead-at-end = { $series } в конце (месяц { $month }) в среднем по смоделированным вариантам будущего составляет { $value }; без единого шага и шока значение было бы { $bare }.
# The same, at any other month.
why-lead-at-month = { $series } в месяце { $month } в среднем по смоделированным вариантам будущего составляет { $value }; без единого шага и шока значение было бы { $bare }.
# Introduces the ranked list below it.
why-lead-ranking = Что на это повлияло (сначала самое сильное влияние):
# In place of the list, at month 0 or when the scenario has no steps and no shocks.
why-none-yet = Пока ничего: к этому моменту ни один шаг или шок ещё не повлиял на значение заметно.
why-none = К этому моменту ни один шаг или шок не повлиял на значение заметно.
# A change in percentage points; $change is a signed figure already written out ("+3.1", "−0.25").
why-points = { $change } п. п.
# The note under the list. $runs is how many simulated futures were run.
why-note-method = Каждая полоса — влияние одного шага или шока: его убирают и заново рассчитывают те же { $runs } { $runs ->
        [one] вариант
        [few] варианта
       *[other] вариантов
    } будущего без него.
# $change is a signed figure ("+0.12", "−3.1 points"); $bare and $value as in the first sentence.
why-note-together = Все шаги и шоки вместе изменили значение на { $change }: с { $bare } без них до { $value }.
why-note-adds-up = Шаги действуют совместно, поэтому полосы не обязаны складываться в общий итог; здесь они в него складываются.
# $sum is what the bars add up to and $rest the remainder, both signed figures ("+0.12", "−3.1 points").
why-note-interaction = Шаги действуют совместно, поэтому полосы не обязаны складываться в общий итог: здесь они в сумме дают { $sum }, а остальные { $rest } — результат взаимодействия шагов друг с другом.
# When the scenario is large, fewer futures are run: $runs of its $total.
why-note-estimate = Чтобы ответить быстро, использовано { $runs } из { $total } { $total ->
        [one] варианта
       *[other] вариантов
    } будущего этого сценария, поэтому цифры — близкая оценка.

## "How the model works": the dialog with a paragraph on each mechanism behind the charts,
## each linking to its section of the model document (model.html, in English).

how-dialog-title = Как устроена модель
how-lead = Простая модель доверия, проверки и срыва, основанная на исследованиях санкций и сотрудничества. О каждой её части — в отдельном абзаце:
# A link to the whole model document, which is in English; the next message follows it in the same sentence.
how-doc-link = Полное описание модели
# Follows the link above: "Read the whole model document (equations, parameters and sources)."
how-doc-link-contents = (формулы, параметры и источники; на английском).
# A link at the end of each paragraph to its section of the model document. Its aria-label
# names the paragraph: $title is the paragraph's title.
how-more = Подробнее в описании модели
    .aria-label = { $title }: подробнее в описании модели
# A small button in each chart's caption that opens this dialog at the chart's mechanism. Keep it
# short. Its aria-label names the chart: $chart is the chart's title from the model.
how-chart-button = Как это работает
    .aria-label = Как это работает: { $chart }

## The mechanisms, in the order the dialog shows them: a title, then one paragraph.

# Each paragraph below explains one mechanism of the model in plain words, under its title.
# The model document it links to is in English. "8 in 10" and "the middle half" name the
# bands drawn around each chart's line.
how-futures-title = Много возможных вариантов будущего, а не один прогноз
how-futures = Каждый график показывает, что происходит во множестве смоделированных вариантов будущего (1 000, если вы не измените это число). В каждом из них объект санкций втайне либо настроен на реформы и намерен выполнять обязательства, либо нет, и никто в модели не знает, какой из двух случаев верен. Месяц за месяцем случай решает, нарушит ли объект санкций обещание, заметят ли это наблюдатели и сохранится ли процесс. Линия — медианный вариант будущего; полосы охватывают среднюю половину вариантов и 8 из 10. Это иллюстрация того, как обычно разворачиваются последовательности шагов при заданных вами допущениях, а не прогноз для какого-либо реального случая.

how-trust-title = Доверие — это уверенность, которую меняют факты
how-trust = Доверие к объекту санкций — это уверенность инициатора санкций в том, что объект санкций искренне настроен на реформы. Каждый месяц инициатор санкций взвешивает то, что увидел, — сигнал тревоги от наблюдателей или месяц без сигналов — по тому, насколько вероятно такое наблюдение, если объект санкций искренен и если нет (формула Байеса). Месяц без сигналов тревоги при хорошей проверке немного повышает доверие; сигнал тревоги снижает его. Без проверки сигналы тревоги — просто слухи, одинаково вероятные и при хорошем, и при плохом поведении, поэтому ничего нового узнать нельзя и доверие остаётся на исходном уровне.

how-verification-title = Проверка — это обнаружение сигналов
how-verification = Наблюдатели замечают реальное нарушение лишь в части случаев (доля обнаружения) и иногда поднимают тревогу, когда ничего не произошло (ложная тревога). Независимый мониторинг расширяет то, что видят проверяющие; аудит, совместные комитеты, опубликованные критерии и обмен информацией отсеивают ложные тревоги. Более надёжная проверка даёт две вещи: месяцы без сигналов тревоги начинают служить доказательством, а нарушения неискреннего объекта санкций, скорее всего, будут замечены.

how-signals-title = Затратные шаги — это сигналы
how-signals = Объект санкций, который не намерен выполнять обязательства, имитирует обещанный шаг, когда имитация обходится дёшево, а шаг открывает путь к ослаблению санкций, и пропускает его, когда подделку, скорее всего, разоблачат. Искренний объект санкций делает этот шаг. Поэтому шаг влияет на доверие лишь настолько, насколько его можно было бы разоблачить: затратный шаг под проверкой или шаг, объявленный открыто, так что пресса может его проверить, позволяет различить два типа объекта санкций; жест, который никто не может проверить, почти ничего не даёт.

how-strategy-title = Неискренний объект санкций добивается ослабления санкций
how-strategy = Объект санкций, который не намерен выполнять обязательства, всё же ведёт себя как положено, пока ослабление санкций обещано, а рычаги давления сохраняются, и обманывает чаще, когда выдан последний транш (эндшпиль). Его сдерживают проверка, в действенность которой он верит, и восстановление санкций, которого он ожидает. Обман, которого никто не заметил, может всё же выйти наружу позже — благодаря аудиту, наблюдателям или общественному контролю.

# "reneging at home" is the name of an assumption the reader sets (its label comes from the model).
how-party-title = У инициатора санкций своя внутренняя политика
how-party = Инициатор санкций по собственному усмотрению отменяет ослабление санкций, когда его доверие падает слишком низко, а новое правительство или парламент может выйти из сделки (допущение «Внутриполитический разворот»); это вероятнее, если сделка стоила ему поддержки. Если инициаторов санкций несколько, вышедший из сделки отменяет только своё ослабление санкций, но его вторичные санкции подрывают ослабление, предоставленное остальными. Ослабление санкций с ограниченным сроком действия прекращается, если подтверждённое выполнение обязательств его не продлит.

how-outcomes-title = Четыре возможных исхода
how-outcomes = Каждый месяц каждый смоделированный вариант будущего находится в одном из четырёх состояний: сделка в силе; неискренний объект санкций пользуется ослаблением санкций, а его обман остаётся незамеченным; обман раскрыт, и санкции восстановлены или ослабление санкций придержано (проверка делает своё дело); или сделка распалась, хотя обман не доказан. График доверия делит те же варианты будущего по тому, искренен ли объект санкций.

how-noise-title = Шум и готовность прощать
how-noise = Когда поднимается тревога, инициатор санкций реагирует с вероятностью, которая зависит от его строгости (допущение «Готовность прощать») и от того, насколько реальным он считает сигнал. Ответ на ложную тревогу наказывает объект санкций, который ничего не сделал, и подрывает его доверие к процессу. Некоторая готовность прощать не даёт честным ошибкам и ложным тревогам разрушить сделку, как показал Роберт Аксельрод в работах о сотрудничестве в условиях шума; избыток снисходительности позволяет неискреннему объекту санкций безнаказанно нарушать обязательства.

how-conditional-title = Условные шаги и испытательный срок
how-conditional = Условный шаг ждёт — в свой месяц или позже, — пока инициатор санкций не убедится, что пройден испытательный срок: несколько месяцев подряд, в течение которых проверка подтверждала отсутствие нарушений (четыре или два, если опубликованные критерии определяют, что считается выполнением обязательств). Любой сигнал тревоги запускает отсчёт заново. Каждое предоставление ослабления санкций открывает новый испытательный срок для следующего этапа. Если шагов по проверке нет вовсе, условное ослабление санкций не наступает никогда; ослабление, которое придерживают уже после того, как оно заслужено, постепенно подрывает доверие объекта санкций.

how-target-trust-title = Доверие объекта санкций
how-target-trust = Объект санкций тоже должен верить, что обещанное ослабление санкций наступит и сохранится. Его доверие растёт, когда ослабление санкций приходит вовремя, — и сильнее, если оно объявлено открыто или подкреплено гарантом, — и падает, когда заслуженное ослабление придерживают, когда объект санкций наказывают за нарушение, которого он не совершал, когда у инициатора санкций меняется руководство и когда процесс срывается. У объекта санкций, который ждёт, что ослабление всё равно отберут, меньше причин выполнять обязательства.

how-leverage-title = Рычаги давления
how-leverage = Рычаги давления — это давление, которое ещё не ослаблено, плюс та часть уже предоставленного ослабления санкций, которую может отменить убедительный механизм snapback. Каждый шаг ослабления санкций расходует часть рычагов, поэтому ослабление, сосредоточенное в начале, расходует их рано. Механизм snapback сохраняет часть рычагов давления лишь настолько, насколько проверка способна обнаружить нарушение, которое должно его запустить. Рычаги давления важны потому, что сдерживают неискренний объект санкций, экономика которого зависит от каналов, находящихся под санкциями.

how-economy-title = Экономика: быстрые и медленные каналы
how-economy = Каждый вид ослабления санкций открывает экономический канал. Быстрые каналы, например вновь открытый для экспорта сектор или высвобожденные активы, окупаются за несколько месяцев. Медленный канал — банковские операции и платежи — окупается за годы со скоростью, которую задаёт уверенность инвесторов: её повышают опубликованные критерии, доверие объекта санкций, гарантии и свобода политического манёвра у инициатора санкций, а снижают механизм snapback без опубликованных критериев и любой срыв. Гуманитарное ослабление санкций и облегчение поездок приносят заметные повседневные выгоды.

how-legitimacy-title = Легитимность
how-legitimacy = Общественная поддержка процесса в стране — объекте санкций каждый месяц смещается к уровню, который определяется тем, что видят люди. Её повышают гуманитарное ослабление санкций и гуманитарный доступ, реформы, рассмотрение жалоб, голос гражданского общества и восстановление экономики. Её снижают сильные сторонники жёсткой линии, тяготы, объявленное, но так и не наступившее ослабление санкций, напряжённость и срыв, а также настолько активное участие внешних гарантов, что их роль воспринимается как патернализм.

# “Tactical theater” quotes the phrase critics of unverified relief use; keep it in quotation marks.
how-capital-title = Политический капитал и «тактический спектакль»
how-capital = Чтобы продолжать процесс, инициатору санкций нужна поддержка внутри страны. Подтверждённое выполнение обязательств укрепляет её. Ослабление санкций, которое ничем не проверяется, дома воспринимается как «тактический спектакль», и издержки растут быстрее, чем его объём: немногое терпят, многое — нет. По мере того как накапливаются месяцы, в которые проверка подтвердила отсутствие нарушений, такое непроверенное ослабление перестаёт ставиться инициатору в вину. Низкий политический капитал повышает риск срыва и делает инвесторов осторожнее.

how-hazard-title = Риск срыва
how-hazard = Каждый месяц продолжающийся процесс может сорваться: выход из сделки, разворот политики, распад соглашения. Вероятность срыва в данном месяце растёт с недоверием обеих сторон, с влиянием противников сделки (сторонников жёсткой линии в условиях, когда общество не поддерживает процесс; это влияние усиливают соседние страны и неясность намерений объекта санкций), с потерей политического капитала и с недавними шоками, а снижается благодаря гарантиям. Процесс прекращают также сработавший механизм snapback, доказанный обман в период действия ослабления санкций и истечение срока ослабления, если другого ослабления не осталось. Позже переговоры могут возобновиться — с тем доверием, которое осталось. График риска показывает долю вариантов будущего, в которых к этому моменту был хотя бы один срыв, а столбцы — вероятность первого срыва в каждом месяце.

how-shocks-title = Шоки
how-shocks = Шоки происходят в свой месяц: атака противников сделки повышает напряжённость и отнимает поддержку и политический капитал; смена руководства у инициатора санкций подрывает доверие объекта санкций и политический капитал; региональный кризис повышает напряжённость — тем сильнее, чем сильнее реагируют соседние страны; экономический шок на время отбрасывает назад восстановление экономики и поддержку процесса. Напряжённость спадает за месяц-два, но вызванный ею срыв — нет.

# “Model doubt” is the label of a tick box in the "Simulation" section of the page; use the
# same words as that box and that section.
how-doubt-title = Насколько модель уверена в себе?
how-doubt = Полосы показывают роль случая: как одна и та же последовательность разворачивается во множестве вариантов будущего. Собственные параметры модели — например, как часто наблюдатели пропускают нарушение или как быстро меняется доверие, — это экспертные оценки в пределах диапазонов, приведённых в описании модели. Отметьте «Неопределённость модели» в разделе «Моделирование», и каждый вариант будущего будет рассчитан ещё раз с этими параметрами, взятыми из их диапазонов: точечные линии покажут, где тогда оказываются 8 из 10 вариантов будущего, а затенённый диапазон на графике риска срыва — насколько может измениться риск, если параметры неточны. Обычно случай меняет отдельный вариант будущего сильнее, чем неопределённость модели; заметна она прежде всего в риске срыва.

## "Suggest a better order": the search for better months for the steps, and its answer.

# The three fields' names, each at the start of a sentence that refuses a bad value
# (suggest-field-invalid, suggest-field-empty).
suggest-field-month = Месяц, к которому оценивается риск
suggest-field-not-before = Месяц, раньше которого шаги не переносятся
suggest-field-gap = Число месяцев между шагами ослабления санкций
# $field is one of the names above; $horizon the scenario's last month; $value what was typed.
suggest-field-invalid = { $field }: нужно целое число от 0 до { $horizon }, а { $value } не подходит.
suggest-field-empty = { $field }: нужно целое число от 0 до { $horizon }, а поле осталось пустым.
# $reason says what went wrong, in words from the model.
suggest-failed = Не удалось ничего предложить: { $reason }
suggest-failed-unexpectedly = Не удалось ничего предложить: поиск неожиданно остановился.
# Said to screen readers when the reader cancels the search.
suggest-cancelled = Поиск отменён.
# The search's progress, before any order has been tried, then with $count orders tried so far.
suggest-searching = Поиск…
suggest-searching-tried =
    { $count ->
        [one] Поиск: испробован { $count } вариант порядка…
        [few] Поиск: испробовано { $count } варианта порядка…
       *[other] Поиск: испробовано { $count } вариантов порядка…
    }
# Over the list of moves the suggestion makes; the timeline shows each as a dashed outline.
suggest-changes-heading = Что меняется (пунктиром на временной шкале):
# Over the list of what the suggestion does to three outcomes, on simulated futures not used in the search.
suggest-outcomes-heading = На тех же новых вариантах будущего:
# Buttons: apply the suggested order to the scenario, or dismiss it.
suggest-use = Принять
suggest-keep = Оставить свой
# Said to screen readers after "Keep mine".
suggest-kept = Ваш порядок сохранён.
# Said to screen readers when a suggestion is shown: $result is the model's sentence on the
# suggestion, and $moves the moves it makes, joined by the separator below.
suggest-announce = { $result } { $moves }.
suggest-move-separator = { "; " }
# Said to screen readers after "Use this order".
suggest-used = Предложенный порядок принят. Кнопка «Отменить» вернёт прежний.
# Said to screen readers when a change to the scenario stops a search under way.
suggest-stopped = Поиск остановлен: сценарий изменился.

## "What matters most?": the dialog that ranks the factors an outcome depends on, as a tornado chart.

analysis-dialog-title = Что важнее всего?
analysis-intro = Каждое допущение, а также месяц и размер каждого шага по очереди проходят весь свой диапазон, а всё остальное остаётся таким, как задано в сценарии; расчёт ведётся на одних и тех же смоделированных вариантах будущего. Чем длиннее полоса, тем сильнее показатель зависит от этого фактора.
# The fields read as a phrase: "Outcome [Risk of breakdown by month] month [48]".
analysis-outcome-label = Показатель
analysis-outcome-breakdown = Риск срыва к месяцу
analysis-outcome-trust = Доверие к объекту санкций в конце
analysis-outcome-recovery = Восстановление экономики в конце
analysis-month-label = месяц
# Buttons. "Run again" replaces "Run" once it has run.
analysis-run = Запустить
analysis-run-again = Запустить снова
analysis-cancel = Отмена
# The progress bar's label.
analysis-progress-label = Перебор факторов
analysis-download-svg = Скачать SVG
analysis-download-png = Скачать PNG
# Opens the table under the chart.
analysis-table-summary = Таблица всех полос
# The name a screen reader gives the table's scrolling box.
analysis-table-region = Таблица «Что важнее всего»
# The status line after Cancel.
analysis-cancelled = Отменено.
# $horizon is the scenario's last month.
analysis-month-error = Месяц: нужно целое число от 0 до { $horizon } (горизонт сценария).
analysis-running = Расчёт…
# $done of the $total factors have been swung so far.
analysis-progress = Перебрано факторов: { $done } из { $total }…
# $reason says what went wrong (from the model, or analysis-worker-failed).
analysis-failed = Не удалось определить, что важнее всего: { $reason }
analysis-worker-failed = сбой фонового процесса
# The summary under the dialog's chart, in sentences. First the outcome as the scenario is
# written: $outcome is the model's description of it, capitalised ("The risk of breakdown by
# month 48"), and $value a figure already written out ("12.5%", "0.61").
analysis-summary-as-written = { $outcome } при сценарии в нынешнем виде — { $value }.
# One of the factors that matter most: $factor is its name from the model; $low and $high the
# outcome with the factor at either end of its range ("12.5%"). Used in the next messages.
analysis-summary-factor = { $factor } ({ $low } в нижней точке диапазона, { $high } в верхней)
analysis-summary-none = Ни один фактор не меняет показатель сильнее, чем случайный разброс смоделированных вариантов будущего.
# $first is one factor (analysis-summary-factor).
analysis-summary-one = Важнее всего — { $first }.
# $first is the top factor and $rest the next one or two, joined by analysis-summary-separator.
analysis-summary-many = Важнее всего — { $first }; затем — { $rest }.
analysis-summary-separator = { " и " }
# $noise of the $total factors move the outcome less than chance does.
analysis-summary-noise = Влияние { $noise } из { $total } { $total ->
        [one] фактора
       *[other] факторов
    } не выходит за пределы случайного разброса; они показаны ниже остальных, бледнее.
# Added when the scenario has changed since the ranking was run.
analysis-summary-changed = (Это результат для сценария в том виде, в каком он был при запуске; запустите снова, чтобы получить результат для текущего.)
# The status line once done; $count factors were ranked.
analysis-done = Готово: { $count } { $count ->
        [one] фактор
        [few] фактора
       *[other] факторов
    } по убыванию влияния.
# Said to screen readers once done.
analysis-done-announce = Что важнее всего: { $count } { $count ->
        [one] фактор
        [few] фактора
       *[other] факторов
    } по убыванию влияния.
# The chart's legend: the colours of a bar's two ends, and of factors within noise.
analysis-legend-low = в нижней точке диапазона
analysis-legend-high = в верхней точке
analysis-legend-noise = в пределах случайного разброса (бледные, со штриховкой)
# The chart's name for screen readers. $outcome is the model's description of the outcome
# ("the risk of breakdown by month 48").
analysis-canvas-label = Что сильнее всего влияет на { $outcome }: по одной полосе на фактор, описание — под графиком
# The table's caption. $outcome as above; $value the outcome as written ("12.5%").
analysis-table-caption = Что сильнее всего влияет на { $outcome } (при сценарии в нынешнем виде — { $value })
# The table's column headings: the factor, the two ends of its range, the outcome at each
# end, its effect with its standard error, and whether it is within noise.
analysis-column-factor = Фактор
analysis-column-low = Нижняя точка
analysis-column-high = Верхняя точка
analysis-column-at-low = Показатель в нижней точке
analysis-column-at-high = Показатель в верхней точке
analysis-column-effect = Влияние ± ст. ошибка
analysis-column-noise = В пределах разброса
# A step's month at one end of its range, in the table.
analysis-month = месяц { $month }
# A factor's effect ($effect, signed) and its standard error ($error), in the table: "+3.1 points ± 0.4 points".
analysis-effect = { $effect } ± { $error }
# A difference in percentage points; $size is a figure already written out ("3.1", "+3.1").
analysis-points = { $size } п. п.
# Whether a factor is within noise, in the table's last column.
analysis-noise-yes = да
analysis-noise-no = нет
# Said to screen readers after a download; $file is the file's name.
analysis-saved = Сохранён файл { $file }.
# $reason says what went wrong, from the browser.
analysis-save-failed = Не удалось сохранить изображение: { $reason }
