# The sentences the model's module writes: the checker's warnings, the summary, the
# readout and what a change did. Written from the templates in Rust by
# `RELIEF_WRITE_CATALOGUE=1 cargo test -p relief-web --lib words`: edit them there.
# Translations keep every `{ $name }` and use no selectors or functions: the module
# puts the values in place itself, already written in the reader's digits.

# Values: $step, $month
check-relief-unverified = { $step } at month { $month } comes with no verification step at all: nothing can show whether the target complies.
# Values: $step, $month, $first
check-relief-before-verification = { $step } at month { $month } comes before any verification step (the first is at month { $first }).
# Values: $step, $month
check-conditional-never-released = { $step } at month { $month } is conditional, but nothing verifies compliance: it will never be released.
# Values: $share
check-relief-over-full = Relief steps add up to { $share } of all sanctions; anything past 100% has no effect.
# Values: $step, $month, $lifting
check-relief-after-lifting = { $step } at month { $month } comes after full lifting at month { $lifting }: nothing is left to relieve.
# Values: $share
check-relief-front-loaded = { $share } of all sanctions are relieved in the first three months: little leverage is left for later stages.
# Values: $month
check-snapback-blind = The snapback clause at month { $month } has nothing to detect violations with: it barely deters, and rumours alone can trigger it.
# Values: $month
check-snapback-false-alarms = The snapback clause at month { $month } has no audit or joint committee to weed out false alarms: a false alarm could reverse relief.
check-sponsors-paternalism = Heavy reliance on outside sponsors can read as paternalism in the target society and cost legitimacy.
# Values: $step, $month
check-reform-waits-forever = { $step } at month { $month } waits for relief, but no relief is planned: it will never happen.
check-no-everyday-benefit = No step brings everyday benefits or a voice to the target's public (humanitarian relief or access, grievance redress, a civil society forum): support for the process may stay thin.
# Values: $step, $month
why-step-at-month = { $step } at month { $month }
# Values: $shock, $month
why-shock-at-month = { $shock } at month { $month }
# Values: $what, $target, $amount
why-raised = { $what } raised { $target } by { $amount }.
# Values: $what, $target, $amount
why-lowered = { $what } lowered { $target } by { $amount }.
# Values: $what, $target, $amount, $reason
why-raised-because = { $what } raised { $target } by { $amount }: { $reason }
# Values: $what, $target, $amount, $reason
why-lowered-because = { $what } lowered { $target } by { $amount }: { $reason }
# Values: $amount
why-amount = { $amount }
# Values: $amount
why-amount-points = { $amount } percentage points
# Values: $amount
why-amount-recovery = { $amount } points of recovery
why-noun-trust = trust in the target
why-noun-target_trust = the target's trust
why-noun-economy = economic recovery
why-noun-leverage = leverage
why-noun-legitimacy = legitimacy
why-noun-backsliding_risk = the risk of breakdown
# Values: $explanation
why-reason-shock = { $explanation }
why-reason-conditional = it waited for verified compliance, so it came as a reward rather than a gamble.
why-reason-unverified = it came before any verification step, so it read as relief for nothing.
why-reason-spends-pressure = relief spends the pressure that sanctions hold.
why-reason-everyday-benefits = everyday benefits build support for the process at little cost in leverage.
why-reason-delivered = relief delivered as promised builds the target's trust and reopens its economy.
why-reason-transparent = a transparent, costly step is a strong signal of good faith.
why-reason-opaque = an opaque step is only seen as far as verification reaches.
why-reason-verification = verification lets the sanctioning side tell compliance from violation.
why-reason-snapback = a snapback deters violations but reverses relief when it fires.
why-reason-published-criteria = published criteria shorten reviews and steady investors.
why-reason-guarantee = a guarantee makes breakdown costlier for both sides.
why-reason-voice = a voice for the public builds support for the process.
why-reason-neighbours = coordinated neighbours give spoilers less to exploit.
# Values: $month
measure-breakdown-by = the risk of breakdown by month { $month }
# Values: $month
measure-trust-at-end = trust in the target at month { $month }
# Values: $month
measure-recovery-at-end = economic recovery at month { $month }
# Values: $month
measure-recovery-over-time = economic recovery averaged over months 0 to { $month }
# Values: $name
factor-assumption = { $name }
# Values: $step, $month
factor-when = When: { $step } (month { $month })
# Values: $step, $month
factor-how-much = How much: { $step } (month { $month })
# Values: $breakdown, $weight, $recovery
objective-weighted = { $breakdown } less { $weight } times { $recovery }
# Values: $step, $changes
move = { $step }: { $changes }
# Values: $list, $next
move-and-then = { $list }; { $next }
# Values: $from, $to
move-month = month { $from } → { $to }
move-waits = waits for verified compliance
move-no-longer-waits = no longer waits for verified compliance
move-announced = announced with published criteria
move-no-longer-announced = no longer announced with published criteria
# Values: $median, $low, $high
say-middle-half = { $median } (middle half { $low } to { $high })
# Values: $median, $low, $high
say-middle-half-at-least-half = { $median } (middle half { $low } to { $high }; at least half the futures are at { $median })
# Values: $median, $low, $high
say-middle-half-quarter = { $median } (middle half { $low } to { $high }; a quarter or more of the futures are at { $median })
# Values: $median, $low, $high
say-median-and-range = { $median } ({ $low } to { $high })
# Values: $median, $low, $high
say-median-and-range-many = { $median } ({ $low } to { $high }, with many at { $median })
# Values: $sincere, $insincere
say-trust-by-type = if the target means it, trust in it is { $sincere }; if it doesn't, { $insincere }
# Values: $value
say-trust-sincere-only = trust in the target, which means it in every simulated future, is { $value }
# Values: $value
say-trust-insincere-only = trust in the target, which does not mean it in any simulated future, is { $value }
# Values: $value
say-trust-one = trust in the target is { $value }
# Values: $sustained, $exploited, $caught, $collapsed
say-outcomes = By then the deal holds in { $sustained } of the futures; cheating goes unseen in { $exploited } and is caught in { $caught }; the deal has collapsed in { $collapsed }.
say-no-change = no change
# Values: $change
say-change-points = { $change } points
# Values: $change
say-change-one-point = { $change } point
# Values: $before, $after, $change
say-before-after = { $before } → { $after } ({ $change })
# Values: $month, $sincere, $insincere
say-change-trust-by-type = trust by month { $month }, if the target means it: { $sincere }; if it doesn't: { $insincere }
# Values: $sincere, $insincere
say-change-trust-by-type-short = means it: { $sincere }; doesn't: { $insincere }
# Values: $month, $change
say-change-trust = trust in the target by month { $month }: { $change }
# Values: $month, $change
say-change-by-month = by month { $month }: { $change }
# Values: $month, $change
say-change-recovery = recovery by month { $month }: { $change }
# Values: $month, $change
say-change-breakdown = breakdown by month { $month }: { $change }
# Values: $month, $trust, $target_trust, $recovered, $low, $high, $risk
say-summary = By month { $month }, { $trust }. The target's trust is { $target_trust }, and { $recovered } of the economic loss is recovered (middle half { $low } to { $high }); the risk of breakdown is { $risk }.
# Values: $month, $trust, $target_trust, $recovered, $low, $high, $risk, $baseline
say-summary-with-baseline = By month { $month }, { $trust }. The target's trust is { $target_trust }, and { $recovered } of the economic loss is recovered (middle half { $low } to { $high }); the risk of breakdown is { $risk } ({ $baseline } in the baseline).
# Values: $range
say-summary-doubt = If the model's own numbers are off within their plausible ranges, the risk could be { $range }.
say-summary-no-doubt = If the model's own numbers are off within their plausible ranges, the risk moves by less than luck alone can show in this many futures.
# Values: $low, $high
say-risk-range = from { $low } to { $high }
# Values: $range
say-risk-range-note = { $range } with model doubt
say-no-risk-range-note = no clear range with model doubt
say-no-clear-range = no clear range
# Values: $risk, $note
say-risk-with-note = { $risk } ({ $note })
# Values: $month, $risk, $hazard
say-chart-risk = Month { $month }: risk of breakdown { $risk }; breakdowns this month { $hazard } of the futures still intact.
# Values: $month, $risk, $note, $hazard
say-chart-risk-doubt = Month { $month }: risk of breakdown { $risk } ({ $note }); breakdowns this month { $hazard } of the futures still intact.
# Values: $month, $values
say-chart-month = Month { $month }: { $values }.
# Values: $month
say-chart-no-outcomes = Month { $month }: this projection has no outcome shares.
# Values: $name, $value
say-named-value = { $name } { $value }
say-list-separator = { "; " }
say-table-month = Month
say-inline-trust = trust in the target
say-inline-target_trust = target's trust
say-inline-economy = economic recovery
say-inline-leverage = leverage held
say-inline-legitimacy = legitimacy
say-inline-trust_if_sincere = trust if the target means it
say-inline-trust_if_insincere = trust if it doesn't
say-inline-sustained = deal holds
say-inline-exploited = cheating unseen
say-inline-caught = cheating caught
say-inline-collapsed = deal collapsed
# Values: $objective, $before, $after, $improvement, $error
suggest-clear = A better order: on fresh futures it lowers { $objective } from { $before } to { $after } (by { $improvement } ± { $error }, one standard error).
# Values: $tried, $improvement, $error
suggest-none = No clear improvement: after { $tried } tried, none beats yours on fresh futures by twice the noise ({ $improvement } ± { $error }), so nothing is suggested.
suggest-one-order = 1 order
# Values: $count
suggest-orders = { $count } orders
suggest-outcome-breakdown = the risk of breakdown by the end
suggest-outcome-trust = trust in the target at the end
suggest-outcome-recovery = economic recovery at the end
# Values: $label, $before, $after, $change
suggest-outcome-change = { $label }: { $before } → { $after } ({ $change })
