# The sentences the model's module writes: the checker's warnings, the summary, the
# readout and what a change did. Written from the templates in Rust by
# `RELIEF_WRITE_CATALOGUE=1 cargo test -p relief-web --lib words`: edit them there.
# Translations keep every `{ $name }` and use no selectors or functions: the module
# puts the values in place itself, already written in the reader's digits.

# Values: $step, $month
check-relief-unverified = لا ترافق خطوةَ «{ $step }» في الشهر { $month } أيُّ خطوة للتحقق على الإطلاق: لا شيء يمكن أن يبيّن هل تمتثل الدولة المستهدفة.
# Values: $step, $month, $first
check-relief-before-verification = تأتي خطوة «{ $step }» في الشهر { $month } قبل أي خطوة للتحقق (أولى خطوات التحقق في الشهر { $first }).
# Values: $step, $month
check-conditional-never-released = خطوة «{ $step }» في الشهر { $month } مشروطة، لكن لا شيء يتحقق من الامتثال: لن تدخل حيّز التنفيذ أبدًا.
# Values: $share
check-relief-over-full = تبلغ خطوات التخفيف مجتمعةً { $share } من مجمل العقوبات؛ وما يتجاوز ١٠٠٪ لا أثر له.
# Values: $step, $month, $lifting
check-relief-after-lifting = تأتي خطوة «{ $step }» في الشهر { $month } بعد الرفع الكامل في الشهر { $lifting }: لم يبقَ ما يُخفَّف.
# Values: $share
check-relief-front-loaded = يُخفَّف { $share } من مجمل العقوبات في الأشهر الثلاثة الأولى: لا يبقى من أوراق الضغط إلا القليل للمراحل اللاحقة.
# Values: $month
check-snapback-blind = لا تملك آلية الزناد في الشهر { $month } أي وسيلة لرصد الانتهاكات: فهي بالكاد تردع، ويمكن أن تُفعّلها الشائعات وحدها.
# Values: $month
check-snapback-false-alarms = لا يرافق آليةَ الزناد في الشهر { $month } تدقيقٌ أو لجنة مشتركة لاستبعاد الإنذارات الكاذبة: قد يؤدي إنذار كاذب إلى إلغاء التخفيف.
check-sponsors-paternalism = الاعتماد الكبير على رعاة من الخارج قد يبدو وصايةً في نظر مجتمع الدولة المستهدفة، ويكلّف العملية من شرعيتها.
# Values: $step, $month
check-reform-waits-forever = تنتظر خطوة «{ $step }» في الشهر { $month } تخفيفًا للعقوبات، لكن لا تخفيف مقرّرًا: لن تتحقق أبدًا.
check-no-everyday-benefit = لا توجد خطوة تحمل منافع يومية لعامة الناس في الدولة المستهدفة أو تُسمع صوتهم (استثناء إنساني أو وصول المساعدات، أو معالجة المظالم، أو منتدى للمجتمع المدني): قد يبقى التأييد للعملية ضعيفًا.
# Values: $step, $month
why-step-at-month = { $step } في الشهر { $month }
# Values: $shock, $month
why-shock-at-month = { $shock } في الشهر { $month }
# Values: $what, $target, $amount
why-raised = { $what }: زيادة في { $target } بمقدار { $amount }.
# Values: $what, $target, $amount
why-lowered = { $what }: تراجع في { $target } بمقدار { $amount }.
# Values: $what, $target, $amount, $reason
why-raised-because = { $what }: زيادة في { $target } بمقدار { $amount }؛ { $reason }
# Values: $what, $target, $amount, $reason
why-lowered-because = { $what }: تراجع في { $target } بمقدار { $amount }؛ { $reason }
# Values: $amount
why-amount = { $amount }
# Values: $amount
why-amount-points = { $amount } نقطة مئوية
# Values: $amount
why-amount-recovery = { $amount } نقطة من نسبة التعافي
why-noun-trust = الثقة بالدولة المستهدفة
why-noun-target_trust = ثقة الدولة المستهدفة
why-noun-economy = التعافي الاقتصادي
why-noun-leverage = أوراق الضغط
why-noun-legitimacy = الشرعية
why-noun-backsliding_risk = خطر الانهيار
# Values: $explanation
why-reason-shock = { $explanation }
why-reason-conditional = إذ جاء التخفيف بعد التحقق من الامتثال، فبدا مكافأةً لا مجازفة.
why-reason-unverified = إذ جاء التخفيف قبل أي خطوة للتحقق، فبدا تخفيفًا بلا مقابل.
why-reason-spends-pressure = فالتخفيف يستنفد الضغط الذي تمارسه العقوبات.
why-reason-everyday-benefits = فالمنافع اليومية تبني التأييد للعملية بكلفة زهيدة من أوراق الضغط.
why-reason-delivered = فالتخفيف المنفَّذ كما وُعد به يبني ثقة الدولة المستهدفة ويعيد فتح اقتصادها.
why-reason-transparent = فالخطوة الشفافة والمكلفة إشارة قوية على حسن النية.
why-reason-opaque = فالخطوة غير الشفافة لا تُرى إلا بقدر ما يبلغه التحقق.
why-reason-verification = فالتحقق يتيح للطرف الفارض للعقوبات التمييز بين الامتثال والانتهاك.
why-reason-snapback = فآلية الزناد تردع الانتهاكات، لكنها تُلغي التخفيف حين تُفعَّل.
why-reason-published-criteria = فالمعايير المعلنة تختصر المراجعات وتطمئن المستثمرين.
why-reason-guarantee = فالضمانة تجعل الانهيار أكثر كلفة على الطرفين.
why-reason-voice = فإسماع صوت الناس يبني التأييد للعملية.
why-reason-neighbours = فتنسيق دول الجوار فيما بينها يترك للمعرقلين هامشًا أضيق للاستغلال.
# Values: $month
measure-breakdown-by = خطر الانهيار بحلول الشهر { $month }
# Values: $month
measure-trust-at-end = الثقة بالدولة المستهدفة في الشهر { $month }
# Values: $month
measure-recovery-at-end = التعافي الاقتصادي في الشهر { $month }
# Values: $month
measure-recovery-over-time = متوسط التعافي الاقتصادي من الشهر ٠ إلى الشهر { $month }
# Values: $name
factor-assumption = { $name }
# Values: $step, $month
factor-when = التوقيت: { $step } (الشهر { $month })
# Values: $step, $month
factor-how-much = الحجم: { $step } (الشهر { $month })
# Values: $breakdown, $weight, $recovery
objective-weighted = { $breakdown } مطروحًا منه { $weight } مضروبًا في { $recovery }
# Values: $step, $changes
move = { $step }: { $changes }
# Values: $list, $next
move-and-then = { $list }؛ { $next }
# Values: $from, $to
move-month = الشهر { $from } ← { $to }
move-waits = اشتراط التحقق من الامتثال
move-no-longer-waits = إسقاط شرط التحقق من الامتثال
move-announced = إرفاق معايير معلنة
move-no-longer-announced = إسقاط المعايير المعلنة
# Values: $median, $low, $high
say-middle-half = { $median } (النصف الأوسط من { $low } إلى { $high })
# Values: $median, $low, $high
say-middle-half-at-least-half = { $median } (النصف الأوسط من { $low } إلى { $high }؛ ونصف المسارات على الأقل عند { $median })
# Values: $median, $low, $high
say-middle-half-quarter = { $median } (النصف الأوسط من { $low } إلى { $high }؛ وربع المسارات أو أكثر عند { $median })
# Values: $median, $low, $high
say-median-and-range = { $median } (من { $low } إلى { $high })
# Values: $median, $low, $high
say-median-and-range-many = { $median } (من { $low } إلى { $high }، وكثير من المسارات عند { $median })
# Values: $sincere, $insincere
say-trust-by-type = إن كانت الدولة المستهدفة جادة، فالثقة بها { $sincere }؛ وإن لم تكن جادة، فهي { $insincere }
# Values: $value
say-trust-sincere-only = الثقة بالدولة المستهدفة، وهي جادة في كل المسارات المحاكاة، تبلغ { $value }
# Values: $value
say-trust-insincere-only = الثقة بالدولة المستهدفة، وهي غير جادة في كل المسارات المحاكاة، تبلغ { $value }
# Values: $value
say-trust-one = الثقة بالدولة المستهدفة تبلغ { $value }
# Values: $sustained, $exploited, $caught, $collapsed
say-outcomes = بحلول ذلك الشهر، يصمد الاتفاق في { $sustained } من المسارات؛ ويبقى الغش غير مكشوف في { $exploited }، ويُكشف في { $caught }؛ ويكون الاتفاق قد انهار في { $collapsed }.
say-no-change = لا تغيير
# Values: $change
say-change-points = { $change } نقطة
# Values: $change
say-change-one-point = { $change } نقطة
# Values: $before, $after, $change
say-before-after = { $before } ← { $after } ({ $change })
# Values: $month, $sincere, $insincere
say-change-trust-by-type = الثقة بحلول الشهر { $month }، إن كانت الدولة المستهدفة جادة: { $sincere }؛ وإن لم تكن جادة: { $insincere }
# Values: $sincere, $insincere
say-change-trust-by-type-short = جادة: { $sincere }؛ غير جادة: { $insincere }
# Values: $month, $change
say-change-trust = الثقة بالدولة المستهدفة بحلول الشهر { $month }: { $change }
# Values: $month, $change
say-change-by-month = بحلول الشهر { $month }: { $change }
# Values: $month, $change
say-change-recovery = التعافي بحلول الشهر { $month }: { $change }
# Values: $month, $change
say-change-breakdown = الانهيار بحلول الشهر { $month }: { $change }
# Values: $month, $trust, $target_trust, $recovered, $low, $high, $risk
say-summary = بحلول الشهر { $month }، { $trust }. وتبلغ ثقة الدولة المستهدفة { $target_trust }، واستُعيد { $recovered } من الخسارة الاقتصادية (النصف الأوسط من { $low } إلى { $high })؛ ويبلغ خطر الانهيار { $risk }.
# Values: $month, $trust, $target_trust, $recovered, $low, $high, $risk, $baseline
say-summary-with-baseline = بحلول الشهر { $month }، { $trust }. وتبلغ ثقة الدولة المستهدفة { $target_trust }، واستُعيد { $recovered } من الخسارة الاقتصادية (النصف الأوسط من { $low } إلى { $high })؛ ويبلغ خطر الانهيار { $risk } (مقابل { $baseline } في خط الأساس).
# Values: $range
say-summary-doubt = إذا كانت أرقام النموذج نفسه غير دقيقة ضمن نطاقاتها المعقولة، فقد يتراوح الخطر { $range }.
say-summary-no-doubt = إذا كانت أرقام النموذج نفسه غير دقيقة ضمن نطاقاتها المعقولة، فإن تغيّر الخطر أصغر من أن يتميّز عن أثر المصادفة في هذا العدد من المسارات.
# Values: $low, $high
say-risk-range = من { $low } إلى { $high }
# Values: $range
say-risk-range-note = { $range } مع الشك في النموذج
say-no-risk-range-note = لا نطاق واضحًا مع الشك في النموذج
say-no-clear-range = لا نطاق واضحًا
# Values: $risk, $note
say-risk-with-note = { $risk } ({ $note })
# Values: $month, $risk, $hazard
say-chart-risk = الشهر { $month }: خطر الانهيار { $risk }؛ وحالات الانهيار في هذا الشهر { $hazard } من المسارات التي لا تزال قائمة.
# Values: $month, $risk, $note, $hazard
say-chart-risk-doubt = الشهر { $month }: خطر الانهيار { $risk } ({ $note })؛ وحالات الانهيار في هذا الشهر { $hazard } من المسارات التي لا تزال قائمة.
# Values: $month, $values
say-chart-month = الشهر { $month }: { $values }.
# Values: $month
say-chart-no-outcomes = الشهر { $month }: لا تتضمن هذه التوقعات حصصًا للمآلات.
# Values: $name, $value
say-named-value = { $name } { $value }
say-list-separator = { "؛ " }
say-table-month = الشهر
say-inline-trust = الثقة بالدولة المستهدفة
say-inline-target_trust = ثقة الدولة المستهدفة
say-inline-economy = التعافي الاقتصادي
say-inline-leverage = أوراق الضغط المتبقية
say-inline-legitimacy = الشرعية
say-inline-trust_if_sincere = الثقة إن كانت الدولة المستهدفة جادة
say-inline-trust_if_insincere = الثقة إن لم تكن جادة
say-inline-sustained = صمود الاتفاق
say-inline-exploited = غش لم يُكشف
say-inline-caught = كشف الغش
say-inline-collapsed = انهيار الاتفاق
# Values: $objective, $before, $after, $improvement, $error
suggest-clear = ترتيب أفضل: على مسارات جديدة، يخفّض { $objective } من { $before } إلى { $after } (بفارق { $improvement } ± { $error }، أي خطأ معياري واحد).
# Values: $tried, $improvement, $error
suggest-none = لا تحسّن واضحًا: بعد تجربة { $tried }، لم يتفوق أي منها على ترتيبك في مسارات جديدة بما يبلغ ضعف التذبذب العشوائي ({ $improvement } ± { $error })، لذا لا يُقترح شيء.
suggest-one-order = ترتيب واحد
# Values: $count
suggest-orders = ترتيبات عددها { $count }
suggest-outcome-breakdown = خطر الانهيار في النهاية
suggest-outcome-trust = الثقة بالدولة المستهدفة في النهاية
suggest-outcome-recovery = التعافي الاقتصادي في النهاية
# Values: $label, $before, $after, $change
suggest-outcome-change = { $label }: { $before } ← { $after } ({ $change })
