# The sentences the workshop's module writes: remarks for the facilitator, what a team
# changed, the ranking's rule and columns, the locks, and what is wrong with a typed
# code or a team added to the comparison. Written from the templates in Rust by
# `RELIEF_WRITE_CATALOGUE=1 cargo test -p relief-workshop --lib words`: edit them there.
# Translations keep every `{ $name }` and use no selectors or functions: the module
# puts the values in place itself, already written in the reader's digits.
# Russian: no verb agrees with a step's name (names differ in gender and number): a step
# stands in «» after «шаг», a change begins «Перенесено:», «Добавлено:» …, and a number of
# months is written «мес.».

workshop-list-separator = { ", " }
# Values: $init, $last
workshop-list-and = { $init } и { $last }
# Values: $text
workshop-quoted = «{ $text }»
workshop-lock-everything = Все шаги
workshop-lock-sanctioning = Только шаги инициатора санкций
workshop-lock-target = Только шаги объекта санкций
workshop-lock-confidence = Только меры укрепления доверия
workshop-lock-everything-inline = все шаги
workshop-lock-sanctioning-inline = только шаги инициатора санкций
workshop-lock-target-inline = только шаги объекта санкций
workshop-lock-confidence-inline = только меры укрепления доверия
workshop-lock-everything-description = Ваша команда может переносить, добавлять и удалять любые шаги. Шоки задаёт ведущий.
workshop-lock-sanctioning-description = Ваша команда играет за инициатора санкций: она может переносить, добавлять и удалять шаги по ослаблению санкций, опубликованные критерии и механизм snapback. Всё остальное закреплено.
workshop-lock-target-description = Ваша команда играет за объект санкций: она может переносить, добавлять и удалять шаги по выполнению обязательств, политические реформы и гуманитарный доступ. Всё остальное закреплено.
workshop-lock-confidence-description = Ваша команда отвечает за укрепление доверия: она может переносить, добавлять и удалять мониторинг, аудиты, комитеты, гарантии и другие меры укрепления доверия. Всё остальное закреплено.
workshop-changed-horizon = горизонт расчёта
workshop-changed-scenario = исходный сценарий
workshop-changed-injects = вводные
# Values: $team, $teams
workshop-remark-unknown-team = «{ $team }» нет среди команд этого упражнения ({ $teams }).
# Values: $months, $start
workshop-remark-changed-horizon = расчёт на { $months } мес. вместо { $start }
workshop-remark-changed-assumptions = другие допущения
workshop-remark-changed-ensemble = другой набор вариантов будущего (их число или начальное число)
# Values: $changes
workshop-remark-changed-settings = Последовательность меняет то, что задал ведущий: { $changes }. Её числа нельзя сравнивать с числами других команд.
# Values: $step, $month
workshop-remark-step-gone = шаг «{ $step }» (месяц { $month }) перенесён, изменён или удалён
# Values: $step, $month
workshop-remark-step-added = шаг «{ $step }» (месяц { $month }) добавлен
workshop-remark-step-separator = { "; " }
# Values: $lock, $changes
workshop-remark-locked-steps = Последовательность меняет шаги, закреплённые ограничением команды («{ $lock }»): { $changes }.
workshop-remark-shocks = Последовательность меняет шоки, а их задаёт только ведущий.
# Values: $step, $sender
workshop-change-step-sender = { $step } ({ $sender })
# Values: $shock
workshop-change-shock = шок «{ $shock }»
# Values: $shock, $sender
workshop-change-shock-sender = шок «{ $shock }» ({ $sender })
# Values: $sender
workshop-change-now-given-by = инициатор теперь — { $sender }
# Values: $from, $to
workshop-change-resized = размер изменён с { $from } на { $to }
workshop-change-made-conditional = теперь ждёт подтверждённого выполнения обязательств
workshop-change-made-unconditional = больше не ждёт подтверждённого выполнения обязательств
workshop-change-now-published = теперь объявляется с опубликованными критериями
workshop-change-no-longer-published = больше не объявляется с опубликованными критериями
# Values: $months
workshop-change-now-lapses = теперь истекает через { $months } мес., если подтверждённое выполнение обязательств не продлит срок
workshop-change-no-longer-lapses = больше не истекает
# Values: $sender
workshop-change-now-walking-out = из сделки теперь выходит инициатор { $sender }
# Values: $item, $from, $to
workshop-change-moved = Перенесено: { $item } — из месяца { $from } в месяц { $to }
# Values: $item, $from, $to, $changes
workshop-change-moved-and-changed = Перенесено и изменено: { $item } — из месяца { $from } в месяц { $to }, { $changes }
# Values: $item, $month, $changes
workshop-change-changed = Изменено: { $item } (месяц { $month }) — { $changes }
# Values: $item, $month
workshop-change-removed = Удалено: { $item } (месяц { $month })
# Values: $item, $month
workshop-change-added = Добавлено: { $item } (месяц { $month })
# Values: $month
workshop-criterion-breakdown_risk = Риск срыва к месяцу { $month }
# Values: $month
workshop-criterion-trust = Доверие в месяце { $month }
# Values: $month
workshop-criterion-economy = Восстановление экономики в месяце { $month }
# Values: $month
workshop-criterion-leverage = Оставшиеся рычаги давления в месяце { $month }
workshop-criterion-breakdown_risk-short = Риск срыва
workshop-criterion-trust-short = Доверие
workshop-criterion-economy-short = Восстановление экономики
workshop-criterion-leverage-short = Оставшиеся рычаги давления
workshop-criterion-breakdown_risk-inline = риск срыва
workshop-criterion-trust-inline = доверие
workshop-criterion-economy-inline = восстановление экономики
workshop-criterion-leverage-inline = оставшиеся рычаги давления
# Values: $criterion, $weight
workshop-rule-weighted = { $criterion } × { $weight }
# Values: $weights, $total
workshop-rule = Рейтинг строится по оценке до 100 баллов: каждое из четырёх чисел берётся как доля, где больше — лучше (1 − риск срыва; доверие, восстановление и рычаги давления — как есть), умножается на свой вес ({ $weights }), затем всё складывается и делится на сумму весов — { $total }. ± — одна стандартная ошибка, обусловленная случайным разбросом моделирования. Если баллы команды отличаются от баллов команды строкой выше меньше чем на две стандартные ошибки, эти команды неразличимы и делят место, помеченное знаком «=»: вровень в пределах случайного разброса.
# Values: $score, $error
workshop-score = { $score } ± { $error }
# Values: $size
workshop-sequence-size = размер { $size }
workshop-sequence-conditional = ждёт подтверждённого выполнения обязательств
workshop-sequence-transparent = опубликованные критерии
workshop-sequence-shock = Шок
workshop-code-typo = в этом коде опечатка или он введён не полностью; сверьте его с командой знак за знаком
# Values: $character
workshop-code-character = символа «{ $character }» не может быть в коде команды: в нём только цифры и заглавные латинские буквы
workshop-code-newer = этот код создан более новой версией Relief Sequencer; откройте вместо него ссылку команды
workshop-code-other-exercise = этот код относится к другому упражнению или к другой версии этого упражнения; добавьте вместо него ссылку команды: в ней есть её упражнение
# Values: $team, $teams
workshop-code-no-such-team = этот код указывает на команду { $team }, а в упражнении всего команд: { $teams }
workshop-unnamed-team = Команда без названия
workshop-what-exercise = упражнение
workshop-what-team = последовательность команды
workshop-what-played = упражнение, которое проходила команда
workshop-what-weights = веса рейтинга
# Values: $what
workshop-error-not-written-as-json = { $what }: не удалось записать в формате JSON
# Values: $what
workshop-error-not-json = { $what }: нужен объект JSON или его текст
workshop-starting-scenario = Исходный сценарий
# Values: $max, $team
workshop-error-too-many-teams = в сравнении может быть не больше { $max } команд; удалите одну, прежде чем добавить «{ $team }»
workshop-error-team-without-name = у каждой команды в сравнении должно быть название
# Values: $team
workshop-error-team-taken = «{ $team }» уже есть в сравнении; чтобы заменить эту команду, сначала удалите её
# Values: $team, $problems
workshop-error-played-unreadable = не удалось прочитать упражнение, с которым сдана последовательность «{ $team }»: { $problems }
# Values: $title, $months, $horizon
workshop-error-other-exercise-horizon = последовательность построена для другого упражнения, «{ $title }», на { $months } мес., а упражнение этого сравнения рассчитано на { $horizon } мес.; сравните её на устройстве, где подготовлено её собственное упражнение (откройте там сданную последовательность), или попросите команду пройти это упражнение по его ссылке
# Values: $months, $horizon
workshop-error-other-horizon = расчёт в ней — на { $months } мес., а в этом сравнении — на { $horizon } мес.; горизонт расчёта у всех команд должен совпадать с горизонтом упражнения
# Values: $team, $why
workshop-error-team-refused = «{ $team }»: { $why }
workshop-remark-unknown-version = Последовательность сдана для другого упражнения или для версии этого, исходные данные которой с тех пор изменились, а копии сыгранного упражнения в ней нет; она сравнивается с этим упражнением. Попросите команду открыть ссылку на это упражнение и сдать последовательность заново.
# Values: $changes
workshop-remark-earlier-version = Последовательность построена по более ранней версии этого упражнения; с тех пор изменено: { $changes }. Её числа относятся к той версии.
workshop-remark-its-inputs = исходные данные упражнения
# Values: $first, $second, $given
workshop-error-team-series = линия доверия команд — это { $first } или { $second }, а не { $given }
# Values: $problems
workshop-error-weights = Веса рейтинга: { $problems }
# Values: $chart
workshop-error-unknown-chart = неизвестный график { $chart }
# Values: $index
workshop-error-no-such-team = команды { $index } нет
