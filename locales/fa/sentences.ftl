# The sentences the model's module writes: the checker's warnings, the summary, the
# readout and what a change did. Written from the templates in Rust by
# `RELIEF_WRITE_CATALOGUE=1 cargo test -p relief-web --lib words`: edit them there.
# Translations keep every `{ $name }` and use no selectors or functions: the module
# puts the values in place itself, already written in the reader's digits.

# Values: $step, $month
check-relief-unverified = { $step } در ماه { $month } بدون هیچ گام راستی‌آزمایی است: هیچ چیز نشان نمی‌دهد که کشور هدف پایبند است یا نه.
# Values: $step, $month, $first
check-relief-before-verification = { $step } در ماه { $month } پیش از هر گام راستی‌آزمایی می‌آید (نخستین گام راستی‌آزمایی در ماه { $first } است).
# Values: $step, $month
check-conditional-never-released = { $step } در ماه { $month } مشروط است، اما هیچ چیز پایبندی را راستی‌آزمایی نمی‌کند: این گام هرگز اجرا نمی‌شود.
# Values: $share
check-relief-over-full = جمع گام‌های کاهش تحریم به { $share } کل تحریم‌ها می‌رسد؛ هر مقدار بیش از ۱۰۰٪ اثری ندارد.
# Values: $step, $month, $lifting
check-relief-after-lifting = { $step } در ماه { $month } پس از رفع کامل تحریم‌ها در ماه { $lifting } می‌آید: تحریمی باقی نمانده که کاهش یابد.
# Values: $share
check-relief-front-loaded = { $share } کل تحریم‌ها در سه ماه نخست کاهش می‌یابد: برای مراحل بعدی اهرم فشار چندانی باقی نمی‌ماند.
# Values: $month
check-snapback-blind = مکانیسم ماشه در ماه { $month } هیچ ابزاری برای کشف تخلف ندارد: بازدارندگی چندانی ندارد و حتی شایعه هم می‌تواند آن را فعال کند.
# Values: $month
check-snapback-false-alarms = مکانیسم ماشه در ماه { $month } حسابرسی یا کمیته مشترکی ندارد که هشدارهای نادرست را کنار بگذارد: یک هشدار نادرست ممکن است کاهش تحریم‌ها را برگرداند.
check-sponsors-paternalism = تکیه زیاد بر حامیان خارجی ممکن است در جامعه کشور هدف قیم‌مآبی تلقی شود و به مشروعیت آسیب بزند.
# Values: $step, $month
check-reform-waits-forever = { $step } در ماه { $month } منتظر کاهش تحریم‌هاست، اما هیچ کاهش تحریمی برنامه‌ریزی نشده است: این گام هرگز برداشته نمی‌شود.
check-no-everyday-benefit = هیچ گامی برای مردم کشور هدف منافع روزمره یا امکان اظهارنظر به همراه ندارد (کاهش تحریم‌ها یا دسترسی بشردوستانه، رسیدگی به شکایات، مجمع جامعه مدنی): حمایت از روند ممکن است ضعیف بماند.
# Values: $step, $month
why-step-at-month = { $step } در ماه { $month }
# Values: $shock, $month
why-shock-at-month = { $shock } در ماه { $month }
# Values: $what, $target, $amount
why-raised = { $what }، { $target } را { $amount } افزایش داد.
# Values: $what, $target, $amount
why-lowered = { $what }، { $target } را { $amount } کاهش داد.
# Values: $what, $target, $amount, $reason
why-raised-because = { $what }، { $target } را { $amount } افزایش داد: { $reason }
# Values: $what, $target, $amount, $reason
why-lowered-because = { $what }، { $target } را { $amount } کاهش داد: { $reason }
# Values: $amount
why-amount = { $amount }
# Values: $amount
why-amount-points = { $amount } واحد درصد
# Values: $amount
why-amount-recovery = { $amount } واحد درصد
why-noun-trust = اعتماد به کشور هدف
why-noun-target_trust = اعتماد کشور هدف
why-noun-economy = بهبود اقتصادی
why-noun-leverage = اهرم فشار
why-noun-legitimacy = مشروعیت
why-noun-backsliding_risk = خطر شکست
# Values: $explanation
why-reason-shock = { $explanation }
why-reason-conditional = منتظر پایبندیِ راستی‌آزمایی‌شده ماند، پس پاداش به شمار آمد، نه قمار.
why-reason-unverified = پیش از هر گام راستی‌آزمایی آمد، پس کاهش تحریمی بی‌مابه‌ازا تلقی شد.
why-reason-spends-pressure = کاهش تحریم‌ها فشاری را که تحریم‌ها ایجاد کرده‌اند مصرف می‌کند.
why-reason-everyday-benefits = منافع روزمره با هزینه اندک برای اهرم فشار، حمایت از روند را تقویت می‌کند.
why-reason-delivered = کاهش تحریمی که طبق وعده اجرا شود، اعتماد کشور هدف را بالا می‌برد و اقتصادش را دوباره باز می‌کند.
why-reason-transparent = گامی شفاف و پرهزینه نشانه‌ای قوی از حسن نیت است.
why-reason-opaque = گامی غیرشفاف تنها تا جایی دیده می‌شود که راستی‌آزمایی به آن برسد.
why-reason-verification = راستی‌آزمایی به طرف تحریم‌کننده امکان می‌دهد پایبندی را از تخلف تشخیص دهد.
why-reason-snapback = مکانیسم ماشه از تخلف بازمی‌دارد، اما اگر فعال شود کاهش تحریم‌ها را برمی‌گرداند.
why-reason-published-criteria = معیارهای اعلام‌شده بررسی‌ها را کوتاه‌تر و سرمایه‌گذاران را مطمئن‌تر می‌کند.
why-reason-guarantee = تضمین، شکست روند را برای هر دو طرف پرهزینه‌تر می‌کند.
why-reason-voice = شنیده شدن صدای مردم حمایت از روند را تقویت می‌کند.
why-reason-neighbours = همسایگانِ هماهنگ فرصت کمتری برای سوءاستفاده به اخلالگران می‌دهند.
# Values: $month
measure-breakdown-by = خطر شکست تا ماه { $month }
# Values: $month
measure-trust-at-end = اعتماد به کشور هدف در ماه { $month }
# Values: $month
measure-recovery-at-end = بهبود اقتصادی در ماه { $month }
# Values: $month
measure-recovery-over-time = میانگین بهبود اقتصادی از ماه ۰ تا ماه { $month }
# Values: $name
factor-assumption = { $name }
# Values: $step, $month
factor-when = زمان: { $step } (ماه { $month })
# Values: $step, $month
factor-how-much = اندازه: { $step } (ماه { $month })
# Values: $breakdown, $weight, $recovery
objective-weighted = { $breakdown } منهای { $weight } برابرِ { $recovery }
# Values: $step, $changes
move = { $step }: { $changes }
# Values: $list, $next
move-and-then = { $list }؛ { $next }
# Values: $from, $to
move-month = ماه { $from } ← { $to }
move-waits = منتظر پایبندیِ راستی‌آزمایی‌شده می‌ماند
move-no-longer-waits = دیگر منتظر پایبندیِ راستی‌آزمایی‌شده نمی‌ماند
move-announced = همراه با معیارهای اعلام‌شده
move-no-longer-announced = دیگر همراه با معیارهای اعلام‌شده نیست
# Values: $median, $low, $high
say-middle-half = { $median } (نیمه میانی: { $low } تا { $high })
# Values: $median, $low, $high
say-middle-half-at-least-half = { $median } (نیمه میانی: { $low } تا { $high }؛ دست‌کم در نیمی از آینده‌ها مقدار { $median } است)
# Values: $median, $low, $high
say-middle-half-quarter = { $median } (نیمه میانی: { $low } تا { $high }؛ دست‌کم در یک‌چهارم آینده‌ها مقدار { $median } است)
# Values: $median, $low, $high
say-median-and-range = { $median } ({ $low } تا { $high })
# Values: $median, $low, $high
say-median-and-range-many = { $median } ({ $low } تا { $high }، در بسیاری از آینده‌ها { $median })
# Values: $sincere, $insincere
say-trust-by-type = اگر کشور هدف صادق باشد، اعتماد به آن { $sincere } است؛ اگر صادق نباشد، { $insincere }
# Values: $value
say-trust-sincere-only = اعتماد به کشور هدف، که در همه آینده‌های شبیه‌سازی‌شده صادق است، { $value } است
# Values: $value
say-trust-insincere-only = اعتماد به کشور هدف، که در هیچ‌یک از آینده‌های شبیه‌سازی‌شده صادق نیست، { $value } است
# Values: $value
say-trust-one = اعتماد به کشور هدف { $value } است
# Values: $sustained, $exploited, $caught, $collapsed
say-outcomes = تا آن زمان، توافق در { $sustained } آینده‌ها پابرجاست؛ تقلب در { $exploited } دیده نمی‌شود و در { $caught } کشف می‌شود؛ و در { $collapsed } توافق فروپاشیده است.
say-no-change = بدون تغییر
# Values: $change
say-change-points = { $change } واحد درصد
# Values: $change
say-change-one-point = { $change } واحد درصد
# Values: $before, $after, $change
say-before-after = { $before } ← { $after } ({ $change })
# Values: $month, $sincere, $insincere
say-change-trust-by-type = اعتماد تا ماه { $month }، اگر کشور هدف صادق باشد: { $sincere }؛ اگر صادق نباشد: { $insincere }
# Values: $sincere, $insincere
say-change-trust-by-type-short = صادق: { $sincere }؛ غیرصادق: { $insincere }
# Values: $month, $change
say-change-trust = اعتماد به کشور هدف تا ماه { $month }: { $change }
# Values: $month, $change
say-change-by-month = تا ماه { $month }: { $change }
# Values: $month, $change
say-change-recovery = بهبود اقتصادی تا ماه { $month }: { $change }
# Values: $month, $change
say-change-breakdown = خطر شکست تا ماه { $month }: { $change }
# Values: $month, $trust, $target_trust, $recovered, $low, $high, $risk
say-summary = تا ماه { $month }، { $trust }. اعتماد کشور هدف { $target_trust } است و { $recovered } از زیان اقتصادی جبران شده است (نیمه میانی: { $low } تا { $high })؛ خطر شکست { $risk } است.
# Values: $month, $trust, $target_trust, $recovered, $low, $high, $risk, $baseline
say-summary-with-baseline = تا ماه { $month }، { $trust }. اعتماد کشور هدف { $target_trust } است و { $recovered } از زیان اقتصادی جبران شده است (نیمه میانی: { $low } تا { $high })؛ خطر شکست { $risk } است (در سناریوی مبنا { $baseline }).
# Values: $range
say-summary-doubt = اگر اعداد خودِ مدل در بازه‌های محتملشان خطا داشته باشند، خطر ممکن است { $range } باشد.
say-summary-no-doubt = اگر اعداد خودِ مدل در بازه‌های محتملشان خطا داشته باشند، خطر کمتر از آن تغییر می‌کند که شانس به‌تنهایی در این تعداد آینده بتواند نشان دهد.
# Values: $low, $high
say-risk-range = از { $low } تا { $high }
# Values: $range
say-risk-range-note = { $range } با تردید مدل
say-no-risk-range-note = بدون بازه روشن با تردید مدل
say-no-clear-range = بدون بازه روشن
# Values: $risk, $note
say-risk-with-note = { $risk } ({ $note })
# Values: $month, $risk, $hazard
say-chart-risk = ماه { $month }: خطر شکست { $risk }؛ شکست در این ماه: { $hazard } از آینده‌هایی که هنوز شکست نخورده‌اند.
# Values: $month, $risk, $note, $hazard
say-chart-risk-doubt = ماه { $month }: خطر شکست { $risk } ({ $note })؛ شکست در این ماه: { $hazard } از آینده‌هایی که هنوز شکست نخورده‌اند.
# Values: $month, $values
say-chart-month = ماه { $month }: { $values }.
# Values: $month
say-chart-no-outcomes = ماه { $month }: این برآورد سهم پیامدها را ندارد.
# Values: $name, $value
say-named-value = { $name } { $value }
say-list-separator = { "؛ " }
say-table-month = ماه
say-inline-trust = اعتماد به کشور هدف
say-inline-target_trust = اعتماد کشور هدف
say-inline-economy = بهبود اقتصادی
say-inline-leverage = اهرم فشار باقی‌مانده
say-inline-legitimacy = مشروعیت
say-inline-trust_if_sincere = اعتماد در صورت صادق بودن کشور هدف
say-inline-trust_if_insincere = اعتماد در صورت صادق نبودن کشور هدف
say-inline-sustained = پابرجایی توافق
say-inline-exploited = تقلب پنهان
say-inline-caught = تقلب کشف‌شده
say-inline-collapsed = فروپاشی توافق
# Values: $objective, $before, $after, $improvement, $error
suggest-clear = ترتیبی بهتر: در آینده‌های تازه، { $objective } را از { $before } به { $after } می‌رساند (کاهشی به اندازه { $improvement } ± { $error }، با یک خطای معیار).
# Values: $tried, $improvement, $error
suggest-none = بهبود روشنی یافت نشد: پس از آزمودن { $tried }، هیچ‌یک در آینده‌های تازه به اندازه دو برابر نوسان تصادفی از ترتیب شما بهتر نیست ({ $improvement } ± { $error })؛ پس پیشنهادی داده نمی‌شود.
suggest-one-order = یک ترتیب
# Values: $count
suggest-orders = { $count } ترتیب
suggest-outcome-breakdown = خطر شکست تا پایان
suggest-outcome-trust = اعتماد به کشور هدف در پایان
suggest-outcome-recovery = بهبود اقتصادی در پایان
# Values: $label, $before, $after, $change
suggest-outcome-change = { $label }: { $before } ← { $after } ({ $change })
