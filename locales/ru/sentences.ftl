# The sentences the model's module writes: the checker's warnings, the summary, the
# readout and what a change did. Written from the templates in Rust by
# `RELIEF_WRITE_CATALOGUE=1 cargo test -p relief-web --lib words`: edit them there.
# Translations keep every `{ $name }` and use no selectors or functions: the module
# puts the values in place itself, already written in the reader's digits.
# Russian: a step's or shock's name stands in «» after «Шаг»/«Шок», so that no verb has
# to agree with it (names differ in gender and number); months are written «месяц N».

# Values: $step, $month
check-relief-unverified = Шаг «{ $step }» (месяц { $month }) не сопровождается никакими шагами по проверке: ничто не покажет, выполняет ли объект санкций свои обязательства.
# Values: $step, $month, $first
check-relief-before-verification = Шаг «{ $step }» (месяц { $month }) предшествует всем шагам по проверке (первый из них — в месяце { $first }).
# Values: $step, $month
check-conditional-never-released = Шаг «{ $step }» (месяц { $month }) предоставляется только при выполнении обязательств, но проверять их выполнение некому: это ослабление санкций так и не наступит.
# Values: $share
check-relief-over-full = Шаги по ослаблению санкций в сумме охватывают { $share } всех санкций; всё, что сверх 100 %, ни на что не влияет.
# Values: $step, $month, $lifting
check-relief-after-lifting = Шаг «{ $step }» (месяц { $month }) следует за полным снятием санкций в месяце { $lifting }: ослаблять уже нечего.
# Values: $share
check-relief-front-loaded = В первые три месяца ослабляется { $share } всех санкций: на последующих этапах рычагов давления почти не остаётся.
# Values: $month
check-snapback-blind = Механизму snapback (месяц { $month }) нечем выявлять нарушения: он почти не сдерживает, а запустить его могут одни лишь слухи.
# Values: $month
check-snapback-false-alarms = У механизма snapback (месяц { $month }) нет ни аудита, ни совместного комитета, чтобы отсеивать ложные тревоги: из-за ложной тревоги ослабление санкций может быть отменено.
check-sponsors-paternalism = Сильная опора на внешних гарантов может восприниматься в стране — объекте санкций как патернализм и подорвать легитимность.
# Values: $step, $month
check-reform-waits-forever = Шаг «{ $step }» (месяц { $month }) ждёт ослабления санкций, но оно не запланировано: этот шаг так и не будет сделан.
check-no-everyday-benefit = Ни один шаг не даёт жителям страны — объекта санкций ни ощутимых повседневных выгод, ни права голоса (гуманитарное исключение или гуманитарный доступ, рассмотрение жалоб, гражданский форум): поддержка процесса может остаться слабой.
# Values: $step, $month
why-step-at-month = Шаг «{ $step }» (месяц { $month })
# Values: $shock, $month
why-shock-at-month = Шок «{ $shock }» (месяц { $month })
# Values: $what, $target, $amount
why-raised = { $what } повысил { $target } на { $amount }.
# Values: $what, $target, $amount
why-lowered = { $what } снизил { $target } на { $amount }.
# Values: $what, $target, $amount, $reason
why-raised-because = { $what } повысил { $target } на { $amount }: { $reason }
# Values: $what, $target, $amount, $reason
why-lowered-because = { $what } снизил { $target } на { $amount }: { $reason }
# Values: $amount
why-amount = { $amount }
# Values: $amount
why-amount-points = { $amount } процентного пункта
# Values: $amount
why-amount-recovery = { $amount } пункта
why-noun-trust = доверие к объекту санкций
why-noun-target_trust = доверие объекта санкций
why-noun-economy = уровень восстановления экономики
why-noun-leverage = запас рычагов давления
why-noun-legitimacy = легитимность
why-noun-backsliding_risk = риск срыва
# Values: $explanation
why-reason-shock = { $explanation }
why-reason-conditional = шаг был сделан только после подтверждённого выполнения обязательств, поэтому стал наградой, а не ставкой вслепую.
why-reason-unverified = шаг был сделан раньше любых шагов по проверке, поэтому выглядел как ослабление санкций ни за что.
why-reason-spends-pressure = ослабление санкций расходует давление, которое создают санкции.
why-reason-everyday-benefits = ощутимые повседневные выгоды укрепляют поддержку процесса при небольшой потере рычагов давления.
why-reason-delivered = ослабление санкций, предоставленное, как было обещано, укрепляет доверие объекта санкций и открывает его экономику.
why-reason-transparent = прозрачный и затратный шаг — сильный сигнал добросовестности.
why-reason-opaque = непрозрачный шаг виден лишь настолько, насколько позволяет проверка.
why-reason-verification = проверка позволяет инициатору санкций отличить выполнение обязательств от их нарушения.
why-reason-snapback = механизм snapback сдерживает нарушения, но, срабатывая, отменяет ослабление санкций.
why-reason-published-criteria = опубликованные критерии сокращают сроки рассмотрения и успокаивают инвесторов.
why-reason-guarantee = гарантия делает срыв дороже для обеих сторон.
why-reason-voice = право голоса для населения укрепляет поддержку процесса.
why-reason-neighbours = согласованные действия соседних стран оставляют противникам сделки меньше возможностей.
# Values: $month
measure-breakdown-by = риск срыва к месяцу { $month }
# Values: $month
measure-trust-at-end = доверие к объекту санкций в месяце { $month }
# Values: $month
measure-recovery-at-end = восстановление экономики в месяце { $month }
# Values: $month
measure-recovery-over-time = восстановление экономики в среднем за месяцы с 0 по { $month }
# Values: $name
factor-assumption = { $name }
# Values: $step, $month
factor-when = Когда: { $step } (месяц { $month })
# Values: $step, $month
factor-how-much = Размер: { $step } (месяц { $month })
# Values: $breakdown, $weight, $recovery
objective-weighted = показатель «{ $breakdown } минус { $weight } × { $recovery }»
# Values: $step, $changes
move = { $step }: { $changes }
# Values: $list, $next
move-and-then = { $list }; { $next }
# Values: $from, $to
move-month = месяц { $from } → { $to }
move-waits = ждёт подтверждённого выполнения обязательств
move-no-longer-waits = больше не ждёт подтверждённого выполнения обязательств
move-announced = объявляется с опубликованными критериями
move-no-longer-announced = больше не объявляется с опубликованными критериями
# Values: $median, $low, $high
say-middle-half = { $median } (средняя половина — от { $low } до { $high })
# Values: $median, $low, $high
say-middle-half-at-least-half = { $median } (средняя половина — от { $low } до { $high }; как минимум в половине вариантов будущего — ровно { $median })
# Values: $median, $low, $high
say-middle-half-quarter = { $median } (средняя половина — от { $low } до { $high }; как минимум в четверти вариантов будущего — ровно { $median })
# Values: $median, $low, $high
say-median-and-range = { $median } (от { $low } до { $high })
# Values: $median, $low, $high
say-median-and-range-many = { $median } (от { $low } до { $high }, во многих вариантах — ровно { $median })
# Values: $sincere, $insincere
say-trust-by-type = доверие к объекту санкций — { $sincere }, если он искренен, и { $insincere }, если нет
# Values: $value
say-trust-sincere-only = доверие к объекту санкций, который искренен во всех смоделированных вариантах будущего, — { $value }
# Values: $value
say-trust-insincere-only = доверие к объекту санкций, который неискренен во всех смоделированных вариантах будущего, — { $value }
# Values: $value
say-trust-one = доверие к объекту санкций — { $value }
# Values: $sustained, $exploited, $caught, $collapsed
say-outcomes = К этому моменту сделка сохраняется в { $sustained } вариантов будущего; обман остаётся нераскрытым в { $exploited } и раскрыт в { $caught }; сделка распалась в { $collapsed }.
say-no-change = без изменений
# Values: $change
say-change-points = { $change } п. п.
# Values: $change
say-change-one-point = { $change } п. п.
# Values: $before, $after, $change
say-before-after = { $before } → { $after } ({ $change })
# Values: $month, $sincere, $insincere
say-change-trust-by-type = доверие к месяцу { $month }, если объект санкций искренен: { $sincere }; если нет: { $insincere }
# Values: $sincere, $insincere
say-change-trust-by-type-short = искренен: { $sincere }; неискренен: { $insincere }
# Values: $month, $change
say-change-trust = доверие к объекту санкций к месяцу { $month }: { $change }
# Values: $month, $change
say-change-by-month = к месяцу { $month }: { $change }
# Values: $month, $change
say-change-recovery = восстановление к месяцу { $month }: { $change }
# Values: $month, $change
say-change-breakdown = риск срыва к месяцу { $month }: { $change }
# Values: $month, $trust, $target_trust, $recovered, $low, $high, $risk
say-summary = К месяцу { $month } { $trust }. Доверие объекта санкций — { $target_trust }; восстановлено { $recovered } экономических потерь (средняя половина — от { $low } до { $high }); риск срыва — { $risk }.
# Values: $month, $trust, $target_trust, $recovered, $low, $high, $risk, $baseline
say-summary-with-baseline = К месяцу { $month } { $trust }. Доверие объекта санкций — { $target_trust }; восстановлено { $recovered } экономических потерь (средняя половина — от { $low } до { $high }); риск срыва — { $risk } (в базовом сценарии — { $baseline }).
# Values: $range
say-summary-doubt = Если собственные параметры модели отклоняются от верных в пределах правдоподобных диапазонов, риск может составить { $range }.
say-summary-no-doubt = Если собственные параметры модели отклоняются от верных в пределах правдоподобных диапазонов, риск меняется меньше, чем позволяет различить случайный разброс при таком числе вариантов будущего.
# Values: $low, $high
say-risk-range = от { $low } до { $high }
# Values: $range
say-risk-range-note = { $range } с учётом неопределённости модели
say-no-risk-range-note = с учётом неопределённости модели чёткого диапазона нет
say-no-clear-range = чёткого диапазона нет
# Values: $risk, $note
say-risk-with-note = { $risk } ({ $note })
# Values: $month, $risk, $hazard
say-chart-risk = Месяц { $month }: риск срыва — { $risk }; срывы в этом месяце — { $hazard } вариантов будущего, где процесс ещё продолжался.
# Values: $month, $risk, $note, $hazard
say-chart-risk-doubt = Месяц { $month }: риск срыва — { $risk } ({ $note }); срывы в этом месяце — { $hazard } вариантов будущего, где процесс ещё продолжался.
# Values: $month, $values
say-chart-month = Месяц { $month }: { $values }.
# Values: $month
say-chart-no-outcomes = Месяц { $month }: в этом расчёте нет долей исходов.
# Values: $name, $value
say-named-value = { $name } — { $value }
say-list-separator = { "; " }
say-table-month = Месяц
say-inline-trust = доверие к объекту санкций
say-inline-target_trust = доверие объекта санкций
say-inline-economy = восстановление экономики
say-inline-leverage = оставшиеся рычаги давления
say-inline-legitimacy = легитимность
say-inline-trust_if_sincere = доверие (объект санкций искренен)
say-inline-trust_if_insincere = доверие (объект санкций неискренен)
say-inline-sustained = сделка в силе
say-inline-exploited = обман не раскрыт
say-inline-caught = обман раскрыт
say-inline-collapsed = сделка распалась
# Values: $objective, $before, $after, $improvement, $error
suggest-clear = Найден лучший порядок: на новых вариантах будущего он снижает { $objective } с { $before } до { $after } (на { $improvement } ± { $error }, одна стандартная ошибка).
# Values: $tried, $improvement, $error
suggest-none = Явного улучшения нет ({ $tried }): ни один порядок не превосходит ваш на новых вариантах будущего больше чем на удвоенный случайный разброс ({ $improvement } ± { $error }), поэтому ничего не предлагается.
suggest-one-order = испробован 1 вариант порядка
# Values: $count
suggest-orders = испробовано вариантов порядка: { $count }
suggest-outcome-breakdown = риск срыва к концу
suggest-outcome-trust = доверие к объекту санкций в конце
suggest-outcome-recovery = восстановление экономики в конце
# Values: $label, $before, $after, $change
suggest-outcome-change = { $label }: { $before } → { $after } ({ $change })
