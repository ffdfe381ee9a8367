### The workshop page's facilitator views: a team's hand-back received, Compare and its
### ranking, Play and its presenter window, and the debrief with the model's own suggestion.
### Step, shock and chart names, the checker's remarks, the numbers' readings and the
### ranking's rule come from the model and arrive already in the reader's language.
# Persian terms follow locales/fa/glossary.md. A place in the ranking is «رتبه», written as an
# ordinal word («اول»، «دوم»…), since Persian has a single ordinal category.

## A team's hand-back, opened from its link on any device

# The page's title when the hand-back does not name its exercise.
ws-received-untitled = تمرین کارگاه
# The view's heading. $team is the team's name, as the team typed it.
ws-received-heading = { $team } ترتیب گام‌هایش را تحویل داد
# $reason says what is wrong with the link, in a sentence with no full stop.
ws-received-link-failed = { $reason }. پیوند را دوباره از تیم بگیرید.
# The first sentence under the heading. $title is the exercise's title, as its author typed it.
ws-received-for = برای تمرین «{ $title }».
# After ws-received-for, when this device has no teams yet: adding the team sets its exercise up.
ws-received-adopt = این دستگاه هنوز هیچ تیمی ندارد: افزودن این ترتیب، تمرین را از روی رونوشتی که پیوندش همراه دارد، اینجا آماده می‌کند.
# After ws-received-for, when this device compares the teams of another exercise.
ws-received-other = این دستگاه تیم‌های تمرین دیگری را مقایسه می‌کند؛ این ترتیب با همان تمرینی سنجیده می‌شود که تیم انجام داده و پیوندش آن را همراه دارد.
# After ws-received-for, when the link does not say which exercise the team played.
ws-received-unknown = پیوند آن تمرینش را همراه ندارد و روی این دستگاه تمرین دیگری آماده شده است (یا هیچ تمرینی)، پس بدون خبرهای تمرین مقایسه می‌شود.
# The view's main button, when adding the team also sets its exercise up on this device.
ws-received-add-adopt = آماده‌سازی این تمرین در اینجا و افزودن ترتیب
ws-received-add = افزودن به مقایسه روی این دستگاه
# $reason is the model's explanation.
ws-received-project-failed = برآورد این ترتیب ممکن نشد: { $reason }
# Said to screen readers once the team is added. $title is the exercise's title.
ws-received-now-facilitates = تمرین «{ $title }» اکنون روی این دستگاه اداره می‌شود.
ws-received-added = { $team } به مقایسه افزوده شد.
ws-received-replaced = ترتیب قبلی { $team } جایگزین شد.
# $reason is the model's explanation.
ws-received-add-failed = { $team } افزوده نشد: { $reason }

## A team's sequence as a list, on the hand-back, in the debrief and in the model's suggestion:
## "Month 6 Sectoral easing (sanctioning side), conditional — news: “Elections…”"

ws-received-month = ماه { $month }
# After the step's name (from the model). $who is who takes it (from the model, or the name
# of a sanctioning party as the reader typed it), $detail how it is taken (from the model).
ws-received-item-detail = { " " }({ $who })، { $detail }
# After a shock that is a piece of news. $headline is the news as the exercise's author typed it.
ws-received-item-news = { " " }— خبر: «{ $headline }»
# Tags before a step or shock a team changed from the exercise's start; they print in black
# and white, so the word carries the meaning. Keep them very short.
ws-received-tag-moved = جابه‌جاشده
ws-received-tag-added = افزوده‌شده
ws-received-tag-changed = تغییریافته

## Compare: the teams' hand-backs, their charts over each other, and the ranking

# The name a screen reader gives each chart. $title and $description come from the model.
ws-compare-chart = { $title } برای همه تیم‌های مقایسه‌شده. { $description } جدول رتبه‌بندی در پایین، اعداد را به دست می‌دهد.
# Whose lines the legend names first, when no sequence is in focus.
ws-compare-starting-scenario = سناریوی آغازین
# $reason is the browser's or the model's explanation.
ws-compare-draw-failed = نمودارها رسم نشدند: { $reason }
# Beside a team in the list of teams compared.
ws-compare-cannot-compare = قابل مقایسه نیست
# Beside a team in the list of teams compared: how many remarks the sequencing check made.
# Persian: a noun after a number stays singular, so no plural selector is needed.
ws-compare-remarks = { $count } تذکر
# Read by screen readers for a team's short code. $code is spelled out a character at a time
# ("6 F T W - G 0 G 9").
ws-compare-team-code = کد { $team }: { $code }
# The button beside each team; the screen readers' name says which team it removes.
ws-compare-remove = حذف
    .aria-label = حذف { $team } از مقایسه
ws-compare-removed = { $team } از مقایسه حذف شد.
# $problem is the model's first line about the set-up's problems.
ws-compare-setup-problems = تنظیمات تمرین مشکلاتی دارد، پس تیم‌ها بدون سناریوی آغازین و خبرهای آن مقایسه می‌شوند: { $problem }
# A line pasted into the box that could not be read. $reason is the model's explanation.
ws-compare-line-problem = سطر { $line }: { $reason }
# A file that could not be read. $file is its name; $reason the browser's or the model's explanation.
ws-compare-file-problem = { $file }: { $reason }
# $size is the file's size in kilobytes.
ws-compare-file-too-big = { $file }: حجم آن { $size } کیلوبایت است، در حالی که فایل یک تیم فقط چند کیلوبایت است
# Said to screen readers. $teams are the teams' names, joined by ws-compare-name-separator.
ws-compare-added = به مقایسه افزوده شد: { $teams }.
ws-compare-name-separator = { "، " }

## Compare: the ranking's weights

# Said to screen readers when the facilitator restores the default weights.
ws-compare-weights-reset-done = وزن‌ها به مقادیر پیش‌فرض بازگشتند.
# $criterion is one of the four numbers' names, from the model; $max is the largest weight.
ws-compare-weight-invalid = { $criterion }: وزنی از ۰ تا { $max } تعیین کنید.
ws-compare-weights-all-zero = همه وزن‌ها ۰ است: دست‌کم به یکی از چهار شاخص وزنی بیشتر از ۰ بدهید.
# Said to screen readers when a weight changes, before ws-compare-ranking-first.
ws-compare-ranking-follows = رتبه‌بندی بر اساس وزن‌های تازه به‌روز شد.
# Said to screen readers: the teams now first ($teams, joined by ws-compare-name-separator);
# $count is how many share the first place.
ws-compare-ranking-first =
    { $count ->
        [one] رتبه اول: { $teams }.
       *[other] رتبه اول: { $teams }، هم‌رتبه در حد نوسان تصادفی.
    }
# $reason is the model's explanation of why the weights kept could not be read.
ws-compare-weights-unreadable = { $reason } به جای آن‌ها وزن‌های پیش‌فرض به کار می‌رود.

## Compare: the ranking table (also on the debrief's summary)

ws-compare-ranking-empty = رتبه‌بندی وقتی نمایش داده می‌شود که تیم‌ها ترتیب‌هایشان را تحویل داده باشند.
# A place in the ranking: 1st, 2nd, 3rd, 4th… $ordinal is the place's category among the
# language's ordinals (one, two, few, many or other, by the Unicode plural rules for ordinals;
# English: 1st one, 2nd two, 3rd few, 4th other); use the categories your language has.
# Persian has only the "other" ordinal category, so the words are chosen by the place itself
# (a comparison holds at most 8 teams); beyond, the figure takes the ordinal ending «ام».
ws-compare-place =
    { $place ->
        [1] اول
        [2] دوم
        [3] سوم
        [4] چهارم
        [5] پنجم
        [6] ششم
        [7] هفتم
        [8] هشتم
       *[other] { $place }ام
    }
# A place shared with other teams whose scores are within the noise of the simulation: "=2nd".
# $place is the place as ws-compare-place writes it.
ws-compare-place-tied = ={ $place }
# What a screen reader hears in place of "=2nd". $place is as ws-compare-place writes it.
ws-compare-place-tied-spoken = رتبه { $place }، مشترک در حد نوسان تصادفی
# After one of a team's four numbers: its place on that number ($place, as ws-compare-place
# writes it), in brackets.
ws-compare-number-place = { " " }({ $place })
# The table's caption. $rule is the model's sentence on how the score is made.
# Persian: a noun after a number stays singular, so no plural selector is needed.
ws-compare-ranking-caption = { $count } تیم. { $rule } هر یک از چهار شاخص، میانه آینده‌های شبیه‌سازی‌شده است (برای خطر شکست، سهمی از آن‌ها)؛ رتبه تیم در هر شاخص داخل پرانتز آمده است.
# The table's column headings.
ws-compare-col-place = رتبه
ws-compare-col-team = تیم
ws-compare-col-score = امتیاز از ۱۰۰ (± یک خطای معیار)
# A column of one of the four numbers. $criterion is its name, from the model; $weight the
# weight the facilitator gave it.
ws-compare-col-criterion =
    { $better ->
        [lower] { $criterion } (کمتر، بهتر؛ وزن { $weight })
       *[higher] { $criterion } (بیشتر، بهتر؛ وزن { $weight })
    }
ws-compare-col-check = بررسی ترتیب گام‌ها

## Play: the teams' sequences unrolled month by month in front of the room

# The name a screen reader gives each chart. $title and $description come from the model.
ws-play-chart = { $title }، رسم‌شده تا ماهی که پخش می‌شود. { $description }
# The full-screen button. Keep them short.
ws-play-fullscreen = تمام‌صفحه
ws-play-leave-fullscreen = خروج از تمام‌صفحه
ws-play-nothing = هنوز چیزی برای پخش نیست: تنظیمات تمرین را اصلاح کنید یا ترتیب گام‌های یک تیم را بیفزایید.
# $reason is the browser's or the model's explanation.
ws-play-draw-failed = نمودارها رسم نشدند: { $reason }
# Under the month being played.
ws-play-next-news = خبر بعدی: ماه { $month }
ws-play-end = پایان خط زمانی
ws-play-no-more-news = خبر دیگری نیست
# The play button. Keep them short.
ws-play-play = پخش
ws-play-pause = مکث
ws-play-again = پخش دوباره
# The name a screen reader gives a team's row of steps. $team is the team's name.
ws-play-team-steps =
    .aria-label = { $team }: گام‌های برداشته‌شده تا این لحظه
# A step's mark on a team's row: its tooltip. $step is the step's name, from the model.
ws-play-step = ماه { $month }: { $step }
# Read by screen readers before the step's name on its mark; keep the space at the end.
ws-play-step-month = ماه { $month }:{ " " }
# On the row of a team that takes no steps.
ws-play-no-steps = بدون گام
# Said to screen readers at the end of the timeline. $summary is the model's sentence on the
# numbers then.
ws-play-ended = پایان: ماه { $month }. { $summary }
# Above the headline of a piece of news, on the full screen that shows it.
ws-play-inject-kicker = ماه { $month } · خبر
# Under the headline: what the news does in the model. $shock is the shock's name (from the
# model, in lower case), $size its size from 0 to 1, $explanation the model's explanation.
ws-play-inject-shock = در مدل: { $shock }، با اندازه { NUMBER($size, minimumFractionDigits: 2, maximumFractionDigits: 2) }. { $explanation }
ws-play-popup-blocked = مرورگر پنجره ارائه‌دهنده را مسدود کرد. به پنجره‌های بازشو (pop-up) برای این سایت اجازه دهید، یا workshop.html#presenter را در پنجره‌ای دیگر روی همین رایانه باز کنید.
# Said to screen readers.
ws-play-presenter-open = پنجره ارائه‌دهنده باز است و با این پنجره همگام می‌شود.
# $reason is the browser's explanation.
ws-play-fullscreen-failed = حالت تمام‌صفحه اینجا در دسترس نیست: { $reason }

## The presenter window: the facilitator's notes beside the projector

# The page's title in the presenter window, alone or with the exercise's title ($title).
ws-presenter-title = یادداشت‌های ارائه‌دهنده
ws-presenter-title-of = یادداشت‌های ارائه‌دهنده: { $title }
ws-presenter-no-channel = این مرورگر نمی‌تواند دو پنجره را به هم پیوند دهد (BroadcastChannel ندارد)؛ از دکمه‌های خود نمای «پخش» استفاده کنید.
ws-presenter-no-answer = هیچ پنجره پروژکتوری پاسخ نداد. نمای «پخش» کارگاه را در پنجره‌ای دیگر روی همین رایانه باز کنید؛ این پنجره با آن همگام می‌شود.
# What the projector window is doing.
ws-presenter-following =
    { $state ->
        [playing] همگام با پنجره پروژکتور: در حال پخش.
        [showing] همگام با پنجره پروژکتور: در حال نمایش خبر.
       *[paused] همگام با پنجره پروژکتور: در حال مکث.
    }
ws-presenter-elsewhere = پنجره پروژکتور باز است، اما روی نمای «پخش» نیست.
ws-presenter-month = ماه { $month } از { $horizon }
# $sequence is the name of the sequence played: a team's, or the starting scenario.
ws-presenter-playing = در حال پخش: { $sequence }
# The play button. Keep them short.
ws-presenter-play = پخش
ws-presenter-pause = مکث
# Above the news the projector shows now.
ws-presenter-on-screen = اکنون روی صفحه
ws-presenter-no-text = (این خبر متنی ندارد.)
ws-presenter-news-shown = خبر این ماه نمایش داده شده است.
ws-presenter-no-news = این ماه خبری نیست.
# Above the next piece of news: its month, and how many months away it is.
# Persian: a noun after a number stays singular, so no plural selector is needed.
ws-presenter-next-month = ماه { $month } ({ $months } ماه دیگر)
# Under the next piece of news: how many more follow it.
ws-presenter-then-more = پس از آن، { $count } خبر دیگر.
ws-presenter-ended = خط زمانی به پایان رسید: وقت جمع‌بندی است.
ws-presenter-no-more = تا پایان، خبر دیگری نیست.
# In the list of every piece of news.
ws-presenter-inject-month = ماه { $month }
# After a piece of news in the list: whether the room has seen it.
ws-presenter-inject-state =
    { $state ->
        [past] { " " }(نمایش داده‌شده)
        [showing] { " " }(اکنون روی صفحه)
       *[upcoming] { " " }(در پیش)
    }
ws-presenter-no-injects = این تمرین هیچ خبری ندارد.

## The debrief: a summary page, then a printable page per team

# $reason is the model's explanation.
ws-debrief-failed = جمع‌بندی آماده نشد: { $reason }
# A chart's description for screen readers. $title and $description come from the model;
# $team is a team's name.
ws-debrief-chart-team = { $title } برای { $team }. { $description }
ws-debrief-chart-all = { $title } برای همه تیم‌ها. { $description }
# The summary's title. $title is the exercise's title.
ws-debrief-summary-title = خلاصه «{ $title }»
ws-debrief-summary-untitled = خلاصه «تمرین کارگاه»
# Under the summary's title. $date is today's date, written out.
ws-debrief-date = جمع‌بندی مورخ { $date }.
ws-debrief-teams-compared =
    { $count ->
        [one] { $count } تیم مقایسه شد.
       *[other] { $count } تیم مقایسه شدند.
    }
ws-debrief-disclaimer = تصویری فرضی، نه پیش‌بینی: اعداد از مدلی ساده از اعتماد، راستی‌آزمایی و شکست به دست می‌آیند.
ws-debrief-news-heading = خبرهایی که تیم‌ها با آن‌ها روبه‌رو شدند
# A piece of news. $headline is as the exercise's author typed it.
ws-debrief-inject = ماه { $month }: { $headline }
ws-debrief-no-injects = بدون خبر.
ws-debrief-ranking-heading = رتبه‌بندی
# In the summary's ranking, in place of a team's remarks.
# Persian: a noun after a number stays singular, so no plural selector is needed.
ws-debrief-remarks-elsewhere = { $count } تذکر: صفحه تیم را ببینید.
ws-debrief-no-teams = هنوز هیچ تیمی ترتیبی تحویل نداده است: ترتیب‌ها را در بخش «مقایسه» بیفزایید.
ws-debrief-overview-heading = همه تیم‌ها در مقایسه با سناریوی آغازین
# Under a team's name: what its lock let it change. $lock comes from the model, in lower case.
ws-debrief-could-change = مجاز به تغییر: { $lock }.
ws-debrief-overall-place = رتبه کلی
# $place is the team's place as the ranking shows it ("=2nd"); $count is how many teams.
ws-debrief-place-of = { $place } در میان { $count } تیم
ws-debrief-check-heading = بررسی ترتیب گام‌ها
ws-debrief-sequence-heading = ترتیب گام‌ها
ws-debrief-changes-key = گام‌ها و شوک‌هایی که تیم تغییر داده با «{ ws-received-tag-moved }»، «{ ws-received-tag-added }» یا «{ ws-received-tag-changed }» مشخص شده‌اند.
ws-debrief-changes-heading = آنچه این تیم نسبت به نقطه شروع تغییر داد
ws-debrief-unchanged = هیچ: این تیم همه گام‌ها و شوک‌ها را همان‌جا نگه داشت که در آغاز تمرین بودند.
# One of the team's changes. $change is the model's description of it.
ws-debrief-change = { $change }.

## The debrief's "What the model would have suggested"

ws-suggest-heading = آنچه مدل پیشنهاد می‌کرد
# The two sequences the suggestion compares, in its table.
ws-suggest-start = سناریوی آغازین
ws-suggest-suggested = پیشنهاد مدل
ws-suggest-unavailable = تنظیمات تمرین مشکلاتی دارد، پس هنوز چیزی برای جست‌وجو نیست: آن‌ها را در بخش «آماده‌سازی» اصلاح کنید.
# What the search aims at, when the ranking weighs breakdown risk alone.
ws-suggest-about-risk = مدل ماه‌های دیگری را برای گام‌های سناریوی آغازین، همراه با خبرهای تمرین، می‌آزماید و هدفش پایین آوردن خطر شکست تا ماه { $month } است، که تنها شاخصی است که رتبه‌بندی به آن وزن می‌دهد.
# What the search aims at otherwise: breakdown risk less $ratio times the recovery. $weighed is
# "yes" when the ranking weighs both, at $economy to $risk. $left names the numbers the ranking
# weighs that the search cannot aim at: "none", "trust", "leverage" or "both".
ws-suggest-about-score =
    مدل ماه‌های دیگری را برای گام‌های سناریوی آغازین، همراه با خبرهای تمرین، می‌آزماید و هدفش پایین آوردن این مقدار است: خطر شکست تا ماه { $month } منهای { $ratio } برابرِ میانگین بهبود اقتصادی در طول ماه‌ها{ $weighed ->
        [yes] { " " }(رتبه‌بندی به بهبود اقتصادی وزن { $economy } و به خطر شکست وزن { $risk } می‌دهد)
       *[no] { "" }
    }{ $left ->
        [trust] ؛ رتبه‌بندی به اعتماد هم وزن می‌دهد، که جست‌وجو نمی‌تواند آن را هدف بگیرد
        [leverage] ؛ رتبه‌بندی به اهرم فشار هم وزن می‌دهد، که جست‌وجو نمی‌تواند آن را هدف بگیرد
        [both] ؛ رتبه‌بندی به اعتماد و اهرم فشار هم وزن می‌دهد، که جست‌وجو نمی‌تواند آن‌ها را هدف بگیرد
       *[none] { "" }
    }.
ws-suggest-about-check = بهترین ترتیبی را که بیابد روی آینده‌های شبیه‌سازی‌شده تازه بررسی می‌کند و اگر بهبود بیش از دو برابر نوسان تصادفی نباشد، چیزی پیشنهاد نمی‌کند.
# Which steps the search may move. $teams names the teams (see ws-suggest-list-last).
ws-suggest-held-none = همه گام‌ها می‌توانند جابه‌جا شوند، چون تیم‌ها می‌توانستند همه گام‌ها را جابه‌جا کنند.
ws-suggest-held-all = هیچ گامی جابه‌جا نمی‌شود: هیچ‌یک از گام‌های سناریوی آغازین برای { $teams } قابل تغییر نبود.
# $fixed of the scenario's $total steps stay put; $lock is what the teams could change, from
# the model, in lower case.
ws-suggest-held-some = { $fixed } گام از { $total } گام همان‌جا می‌مانند که تمرین گذاشته بود، زیرا تغییرات مجاز برای { $teams } به این محدود بود: { $lock }.
# Stands for the teams when there are none to name.
ws-suggest-the-teams = تیم‌ها
# Names joined into a list: "A, B and C".
ws-suggest-list-separator = { "، " }
ws-suggest-list-last = { $rest } و { $last }
# The buttons. Keep them short.
ws-suggest-run = پیشنهاد ترتیب
ws-suggest-cancel = لغو
# Beside the search's progress bar.
ws-suggest-searching = در حال جست‌وجو
# Persian: a noun after a number stays singular, so no plural selector is needed.
ws-suggest-tried = { $count } ترتیب آزموده شد…
ws-suggest-starting = در حال شروع…
# A list's label: the teams whose lock the search keeps to, when the teams' locks differ.
ws-suggest-lock-label = فقط آنچه این تیم‌ها مجاز به تغییرش بودند جابه‌جا شود
# A choice in that list. $lock comes from the model; $teams names the teams, joined by
# ws-suggest-list-separator.
ws-suggest-lock-option = { $lock } ({ $teams })
# Said to screen readers.
ws-suggest-stopped = جست‌وجو متوقف شد: مبنای آن تغییر کرد (تمرین، قفل یک تیم یا وزن‌های رتبه‌بندی).
ws-suggest-started = در حال جست‌وجوی ترتیبی بهتر برای سناریوی آغازین…
ws-suggest-cancelled = جست‌وجو لغو شد.
# $reason is the browser's explanation.
ws-suggest-failed-start = پیشنهادی به دست نیامد: جست‌وجو آغاز نشد ({ $reason }).
# $reason is the model's explanation, with no full stop.
ws-suggest-failed = پیشنهادی به دست نیامد: { $reason }.
ws-suggest-failed-silent = پیشنهادی به دست نیامد: جست‌وجو دلیلی اعلام نکرد.
ws-suggest-failed-unexpectedly = پیشنهادی به دست نیامد: جست‌وجو به‌طور غیرمنتظره متوقف شد.
# $reason is the browser's explanation.
ws-suggest-failed-unexpectedly-why = پیشنهادی به دست نیامد: جست‌وجو به‌طور غیرمنتظره متوقف شد ({ $reason }).
ws-suggest-unreadable = پیشنهادی به دست نیامد: پاسخ جست‌وجو خوانده نشد.
# $reason is one of the ws-suggest-answer- clauses below.
ws-suggest-unusable = پاسخ جست‌وجو قابل استفاده نبود: { $reason }.
# Why an answer could not be used: clauses set after a colon, in lower case, with no full stop.
ws-suggest-answer-none = پاسخی نیامد
ws-suggest-answer-silent = چیزی در آن نیست
ws-suggest-answer-shape = ساختار مورد انتظار را ندارد
ws-suggest-answer-steps = ترتیبی که می‌دهد گام‌های سناریوی آغازین را ندارد
ws-suggest-answer-no-moves = نمی‌گوید چه چیزی را تغییر می‌دهد
ws-suggest-answer-no-words = پیامدهایش به‌صورت متن نیامده است
# $step is the step's number in the scenario, $kind its name from the model, in lower case.
ws-suggest-answer-locked = گامی را جابه‌جا کرده که تیم‌ها نمی‌توانستند تغییر دهند (گام { $step }، { $kind })
# Said to screen readers: the model's verdict ($result), then what it changes ($moves, joined
# by ws-suggest-move-separator), both from the model.
ws-suggest-announce = { $result } { $moves }.
ws-suggest-move-separator = { "؛ " }
# Under a verdict of no clear improvement: the model's sentence speaks of "yours".
ws-suggest-note = ترتیبی که با آن مقایسه می‌شود، سناریوی آغازین تمرین است که همه تیم‌ها از آن شروع کردند.
ws-suggest-changes-heading = آنچه تغییر می‌دهد
ws-suggest-outcomes-heading = در آینده‌های تازه‌ای که روی آن‌ها بررسی شد (سناریوی آغازین ← پیشنهاد)
# $reason is the model's explanation, with no full stop.
ws-suggest-beside-failed = پیشنهاد را نمی‌توان در کنار تیم‌ها قرار داد: { $reason }.
ws-suggest-beside-heading = در کنار تیم‌ها
ws-suggest-beside-caption = هر ترتیب همان‌گونه سنجیده شده که رتبه‌بندی تیم‌ها را می‌سنجد: روی آینده‌های شبیه‌سازی‌شده خود تمرین، با خبرهای آن، و با امتیازی بر اساس وزن‌های رتبه‌بندی (خطر شکست کمتر بهتر است، و در بقیه شاخص‌ها مقدار بیشتر).
ws-suggest-beside-caption-note = اعداد بالا از آینده‌های تازه و دیگری به دست آمده‌اند، پس اندکی متفاوت‌اند.
ws-suggest-col-sequence = ترتیب گام‌ها
ws-suggest-sequence-heading = ترتیب پیشنهادی
ws-suggest-changes-key = گام‌هایی که مدل از جای آغازینشان در تمرین جابه‌جا کرده با «{ ws-received-tag-moved }» (یا «{ ws-received-tag-changed }») مشخص شده‌اند.
