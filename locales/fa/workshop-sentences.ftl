# The sentences the workshop's module writes: remarks for the facilitator, what a team
# changed, the ranking's rule and columns, the locks, and what is wrong with a typed
# code or a team added to the comparison. Written from the templates in Rust by
# `RELIEF_WRITE_CATALOGUE=1 cargo test -p relief-workshop --lib words`: edit them there.
# Translations keep every `{ $name }` and use no selectors or functions: the module
# puts the values in place itself, already written in the reader's digits.
# Persian terms follow locales/fa/glossary.md. The workshop-change-* clauses that follow an item
# (resized, made conditional…) are verb phrases, so they read after «… در ماه ۶:» and after
# «… منتقل شد،».

workshop-list-separator = { "، " }
# Values: $init, $last
workshop-list-and = { $init } و { $last }
# Values: $text
workshop-quoted = «{ $text }»
workshop-lock-everything = همه گام‌ها
workshop-lock-sanctioning = فقط گام‌های طرف تحریم‌کننده
workshop-lock-target = فقط گام‌های کشور هدف
workshop-lock-confidence = فقط اقدامات اعتمادساز
workshop-lock-everything-inline = همه گام‌ها
workshop-lock-sanctioning-inline = فقط گام‌های طرف تحریم‌کننده
workshop-lock-target-inline = فقط گام‌های کشور هدف
workshop-lock-confidence-inline = فقط اقدامات اعتمادساز
workshop-lock-everything-description = تیم شما می‌تواند هر گامی را جابه‌جا کند، بیفزاید یا حذف کند. شوک‌ها در اختیار گرداننده‌اند.
workshop-lock-sanctioning-description = تیم شما نقش طرف تحریم‌کننده را دارد: می‌تواند گام‌های کاهش تحریم، معیارهای اعلام‌شده و مکانیسم ماشه را جابه‌جا کند، بیفزاید یا حذف کند. همه چیزهای دیگر ثابت است.
workshop-lock-target-description = تیم شما نقش کشور هدف را دارد: می‌تواند گام‌های پایبندی، اصلاحات سیاسی و دسترسی بشردوستانه را جابه‌جا کند، بیفزاید یا حذف کند. همه چیزهای دیگر ثابت است.
workshop-lock-confidence-description = تیم شما اعتمادسازی را طراحی می‌کند: می‌تواند نظارت، حسابرسی‌ها، کمیته‌ها، تضمین‌ها و دیگر اقدامات اعتمادساز را جابه‌جا کند، بیفزاید یا حذف کند. همه چیزهای دیگر ثابت است.
workshop-changed-horizon = افق زمانی
workshop-changed-scenario = سناریوی آغازین
workshop-changed-injects = خبرها
# Values: $team, $teams
workshop-remark-unknown-team = «{ $team }» جزو تیم‌های این تمرین نیست ({ $teams }).
# Values: $months, $start
workshop-remark-changed-horizon = برآورد { $months } ماه به جای { $start } ماه
workshop-remark-changed-assumptions = فرض‌های متفاوت
workshop-remark-changed-ensemble = مجموعه متفاوتی از آینده‌های شبیه‌سازی‌شده (تعداد یا بذر تصادفی)
# Values: $changes
workshop-remark-changed-settings = آنچه را گرداننده تعیین کرده تغییر می‌دهد: { $changes }. اعداد آن با اعداد تیم‌های دیگر قابل مقایسه نیست.
# Values: $step, $month
workshop-remark-step-gone = { $step } در ماه { $month } جابه‌جا، تغییر یا حذف شده است
# Values: $step, $month
workshop-remark-step-added = { $step } در ماه { $month } افزوده شده است
workshop-remark-step-separator = { "؛ " }
# Values: $lock, $changes
workshop-remark-locked-steps = گام‌هایی را تغییر می‌دهد که قفل تیم («{ $lock }») ثابت نگه می‌دارد: { $changes }.
workshop-remark-shocks = شوک‌ها را تغییر می‌دهد، که فقط گرداننده تعیین می‌کند.
# Values: $step, $sender
workshop-change-step-sender = { $step } ({ $sender })
# Values: $shock
workshop-change-shock = شوک «{ $shock }»
# Values: $shock, $sender
workshop-change-shock-sender = شوک «{ $shock }» ({ $sender })
# Values: $sender
workshop-change-now-given-by = اکنون از سوی { $sender } اعطا می‌شود
# Values: $from, $to
workshop-change-resized = اندازه‌اش از { $from } به { $to } تغییر کرد
workshop-change-made-conditional = مشروط به پایبندیِ راستی‌آزمایی‌شده شد
workshop-change-made-unconditional = غیرمشروط شد
workshop-change-now-published = اکنون همراه با معیارهای اعلام‌شده اعلام می‌شود
workshop-change-no-longer-published = دیگر همراه با معیارهای اعلام‌شده اعلام نمی‌شود
# Values: $months
workshop-change-now-lapses = اکنون پس از { $months } ماه منقضی می‌شود، مگر آنکه پایبندیِ راستی‌آزمایی‌شده آن را تمدید کند
workshop-change-no-longer-lapses = دیگر منقضی نمی‌شود
# Values: $sender
workshop-change-now-walking-out = اکنون خروجِ { $sender } است
# Values: $item, $from, $to
workshop-change-moved = { $item } از ماه { $from } به ماه { $to } منتقل شد
# Values: $item, $from, $to, $changes
workshop-change-moved-and-changed = { $item } از ماه { $from } به ماه { $to } منتقل شد، { $changes }
# Values: $item, $month, $changes
workshop-change-changed = { $item } در ماه { $month }: { $changes }
# Values: $item, $month
workshop-change-removed = { $item } در ماه { $month } حذف شد
# Values: $item, $month
workshop-change-added = { $item } در ماه { $month } افزوده شد
# Values: $month
workshop-criterion-breakdown_risk = خطر شکست تا ماه { $month }
# Values: $month
workshop-criterion-trust = اعتماد در ماه { $month }
# Values: $month
workshop-criterion-economy = بهبود اقتصادی در ماه { $month }
# Values: $month
workshop-criterion-leverage = اهرم فشار باقی‌مانده در ماه { $month }
workshop-criterion-breakdown_risk-short = خطر شکست
workshop-criterion-trust-short = اعتماد
workshop-criterion-economy-short = بهبود اقتصادی
workshop-criterion-leverage-short = اهرم فشار باقی‌مانده
workshop-criterion-breakdown_risk-inline = خطر شکست
workshop-criterion-trust-inline = اعتماد
workshop-criterion-economy-inline = بهبود اقتصادی
workshop-criterion-leverage-inline = اهرم فشار باقی‌مانده
# Values: $criterion, $weight
workshop-rule-weighted = { $criterion } × { $weight }
# Values: $weights, $total
workshop-rule = رتبه‌بندی بر اساس امتیازی از ۱۰۰: هر یک از چهار شاخص به سهمی تبدیل می‌شود که بیشتر بودنش بهتر است (۱ منهای خطر شکست؛ اعتماد، بهبود اقتصادی و اهرم فشار همان‌گونه که هستند)؛ این سهم‌ها با وزن‌های { $weights } وزن‌دهی و با هم جمع می‌شوند و حاصل بر مجموع وزن‌ها، یعنی { $total }، تقسیم می‌شود. علامت ± یک خطای معیار نوسان تصادفی شبیه‌سازی است. تیمی که امتیازش کمتر از دو خطای معیار با تیم بالاتر فاصله دارد، از آن تمیزدادنی نیست و در رتبه‌اش شریک است، با علامت «=»: هم‌رتبه در حد نوسان تصادفی.
# Values: $score, $error
workshop-score = { $score } ± { $error }
# Values: $size
workshop-sequence-size = اندازه { $size }
workshop-sequence-conditional = منتظر پایبندیِ راستی‌آزمایی‌شده
workshop-sequence-transparent = معیارهای اعلام‌شده
workshop-sequence-shock = شوک
workshop-code-typo = این کد غلط تایپی دارد، یا کد کامل یک تیم نیست؛ آن را حرف‌به‌حرف با تیم بررسی کنید
# Values: $character
workshop-code-character = «{ $character }» در کد تیم به کار نمی‌رود؛ کد تیم فقط رقم و حروف بزرگ لاتین دارد
workshop-code-newer = این کد را نسخه تازه‌تری از Relief Sequencer ساخته است؛ به جای آن پیوند تیم را باز کنید
workshop-code-other-exercise = این کد برای تمرین دیگری است، یا برای نسخه دیگری از همین تمرین؛ به جای آن پیوند تیم را بیفزایید، که تمرینش را همراه دارد
# Values: $team, $teams
workshop-code-no-such-team = این کد تیم { $team } را نام می‌برد، اما تمرین { $teams } تیم دارد
workshop-unnamed-team = تیم بی‌نام
workshop-what-exercise = تمرین
workshop-what-team = ترتیب گام‌های تیم
workshop-what-played = تمرینی که انجام شده
workshop-what-weights = وزن‌های رتبه‌بندی
# Values: $what
workshop-error-not-written-as-json = { $what } را نمی‌توان به‌صورت JSON نوشت
# Values: $what
workshop-error-not-json = { $what } باید یک شیء JSON یا متن آن باشد
workshop-starting-scenario = سناریوی آغازین
# Values: $max, $team
workshop-error-too-many-teams = هر مقایسه حداکثر { $max } تیم را در بر می‌گیرد؛ پیش از افزودن «{ $team }» یکی را حذف کنید
workshop-error-team-without-name = هر تیم در مقایسه باید نامی داشته باشد
# Values: $team
workshop-error-team-taken = تیمی به نام «{ $team }» از قبل در مقایسه هست؛ برای جایگزین کردنش، ابتدا آن را حذف کنید
# Values: $team, $problems
workshop-error-played-unreadable = تمرینی که «{ $team }» همراه ترتیبش تحویل داد خوانده نشد: { $problems }
# Values: $title, $months, $horizon
workshop-error-other-exercise-horizon = این تیم تمرین دیگری را انجام داده است، «{ $title }»، در طول { $months } ماه، در حالی که تمرینِ این مقایسه { $horizon } ماه طول می‌کشد؛ آن را روی دستگاهی مقایسه کنید که برای تمرین خودش آماده شده است (ترتیب تحویلی‌اش را آنجا باز کنید)، یا از تیم بخواهید با پیوند همین تمرین کار کند
# Values: $months, $horizon
workshop-error-other-horizon = برآورد آن { $months } ماه است، اما برآورد این مقایسه { $horizon } ماه؛ افق زمانی همه تیم‌ها باید همان افق زمانی تمرین باشد
# Values: $team, $why
workshop-error-team-refused = «{ $team }»: { $why }
workshop-remark-unknown-version = این ترتیب برای تمرین دیگری تحویل داده شده، یا برای نسخه‌ای از همین تمرین که ورودی‌هایش از آن پس تغییر کرده‌اند، و تمرینی را که انجام داده همراه ندارد؛ پس با همین تمرین مقایسه می‌شود. از تیم بخواهید پیوند این تمرین را باز کند و دوباره تحویل دهد.
# Values: $changes
workshop-remark-earlier-version = این تیم نسخه قدیمی‌تری از این تمرین را انجام داده است: از آن پس { $changes } تغییر کرده است. اعداد آن مربوط به نسخه‌ای است که انجام داده.
workshop-remark-its-inputs = ورودی‌های آن
# Values: $first, $second, $given
workshop-error-team-series = خط اعتماد تیم‌ها { $first } یا { $second } است، نه { $given }
# Values: $problems
workshop-error-weights = وزن‌های رتبه‌بندی: { $problems }
# Values: $chart
workshop-error-unknown-chart = نمودار ناشناخته { $chart }
# Values: $index
workshop-error-no-such-team = تیم { $index } وجود ندارد
