### The workshop page's facilitator views: a team's hand-back received, Compare and its
### ranking, Play and its presenter window, and the debrief with the model's own suggestion.
### Step, shock and chart names, the checker's remarks, the numbers' readings and the
### ranking's rule come from the model and arrive already in the reader's language.

## A team's hand-back, opened from its link on any device

# The page's title when the hand-back does not name its exercise.
ws-received-untitled = تمرين ورشة العمل
# The view's heading. $team is the team's name, as the team typed it.
ws-received-heading = سلّم { $team } تسلسله
# $reason says what is wrong with the link, in a sentence with no full stop.
ws-received-link-failed = { $reason }. اطلب من الفريق رابطه مجددًا.
# The first sentence under the heading. $title is the exercise's title, as its author typed it.
ws-received-for = للتمرين «{ $title }».
# After ws-received-for, when this device has no teams yet: adding the team sets its exercise up.
ws-received-adopt = لا فرق على هذا الجهاز بعد: إضافة التسلسل تُعدّ التمرين هنا، من النسخة التي يحملها رابطه.
# After ws-received-for, when this device compares the teams of another exercise.
ws-received-other = يقارن هذا الجهاز فرق تمرين آخر؛ ويُقارَن هذا التسلسل بالتمرين الذي خاضه الفريق، والذي يحمله رابطه.
# After ws-received-for, when the link does not say which exercise the team played.
ws-received-unknown = لا يحمل رابطه تمرينه، وعلى هذا الجهاز تمرين آخر (أو لا تمرين على الإطلاق)، لذا يُقارَن دون الأخبار الطارئة للتمرين.
# The view's main button, when adding the team also sets its exercise up on this device.
ws-received-add-adopt = إعداد هذا التمرين هنا وإضافة التسلسل
ws-received-add = إضافته إلى المقارنة على هذا الجهاز
# $reason is the model's explanation.
ws-received-project-failed = تعذّر احتساب توقعات النموذج لهذا التسلسل: { $reason }
# Said to screen readers once the team is added. $title is the exercise's title.
ws-received-now-facilitates = يدير هذا الجهاز الآن التمرين «{ $title }».
ws-received-added = أُضيف { $team } إلى المقارنة.
ws-received-replaced = استُبدل التسلسل السابق لـ{ $team }.
# $reason is the model's explanation.
ws-received-add-failed = تعذّرت إضافة { $team }: { $reason }

## A team's sequence as a list, on the hand-back, in the debrief and in the model's suggestion:
## "Month 6 Sectoral easing (sanctioning side), conditional — news: “Elections…”"

ws-received-month = الشهر { $month }
# After the step's name (from the model). $who is who takes it (from the model, or the name
# of a sanctioning party as the reader typed it), $detail how it is taken (from the model).
ws-received-item-detail = { " " }({ $who })، { $detail }
# After a shock that is a piece of news. $headline is the news as the exercise's author typed it.
ws-received-item-news = { " " }— خبر طارئ: «{ $headline }»
# Tags before a step or shock a team changed from the exercise's start; they print in black
# and white, so the word carries the meaning. Keep them very short.
ws-received-tag-moved = منقولة
ws-received-tag-added = مضافة
ws-received-tag-changed = معدّلة

## Compare: the teams' hand-backs, their charts over each other, and the ranking

# The name a screen reader gives each chart. $title and $description come from the model.
ws-compare-chart = { $title } لكل الفرق المقارَنة. { $description } ويعرض جدول التصنيف أدناه الأرقام.
# Whose lines the legend names first, when no sequence is in focus.
ws-compare-starting-scenario = سيناريو البداية
# $reason is the browser's or the model's explanation.
ws-compare-draw-failed = تعذّر رسم الرسوم البيانية: { $reason }
# Beside a team in the list of teams compared.
ws-compare-cannot-compare = تتعذّر مقارنته
# Beside a team in the list of teams compared: how many remarks the sequencing check made.
ws-compare-remarks =
    { $count ->
        [zero] لا ملاحظات
        [one] ملاحظة واحدة
        [two] ملاحظتان
        [few] { $count } ملاحظات
        [many] { $count } ملاحظة
       *[other] { $count } ملاحظة
    }
# Read by screen readers for a team's short code. $code is spelled out a character at a time
# ("6 F T W - G 0 G 9").
ws-compare-team-code = رمز { $team }: { $code }
# The button beside each team; the screen readers' name says which team it removes.
ws-compare-remove = حذف
    .aria-label = حذف { $team } من المقارنة
ws-compare-removed = حُذف { $team } من المقارنة.
# $problem is the model's first line about the set-up's problems.
ws-compare-setup-problems = في إعداد التمرين مشكلات، لذا تُقارَن الفرق دون سيناريو البداية والأخبار الطارئة: { $problem }
# A line pasted into the box that could not be read. $reason is the model's explanation.
ws-compare-line-problem = السطر { $line }: { $reason }
# A file that could not be read. $file is its name; $reason the browser's or the model's explanation.
ws-compare-file-problem = { $file }: { $reason }
# $size is the file's size in kilobytes.
ws-compare-file-too-big = { $file }: حجمه { $size } كيلوبايت، بينما لا يتجاوز ملف الفريق بضعة كيلوبايتات
# Said to screen readers. $teams are the teams' names, joined by ws-compare-name-separator.
ws-compare-added = أُضيف إلى المقارنة: { $teams }.
ws-compare-name-separator = { "، " }

## Compare: the ranking's weights

# Said to screen readers when the facilitator restores the default weights.
ws-compare-weights-reset-done = عادت الأوزان إلى قيمها الافتراضية.
# $criterion is one of the four numbers' names, from the model; $max is the largest weight.
ws-compare-weight-invalid = { $criterion }: أعطِه وزنًا من ٠ إلى { $max }.
ws-compare-weights-all-zero = كل الأوزان صفر: أعطِ واحدًا على الأقل من الأرقام الأربعة وزنًا أكبر من ٠.
# Said to screen readers when a weight changes, before ws-compare-ranking-first.
ws-compare-ranking-follows = يتبع التصنيف الأوزان الجديدة.
# Said to screen readers: the teams now first ($teams, joined by ws-compare-name-separator);
# $count is how many share the first place.
ws-compare-ranking-first =
    { $count ->
        [one] في المركز الأول: { $teams }.
       *[other] في المركز الأول: { $teams }، بالتساوي ضمن التذبذب العشوائي.
    }
# $reason is the model's explanation of why the weights kept could not be read.
ws-compare-weights-unreadable = { $reason } وتُستخدم الأوزان الافتراضية بدلًا منها.

## Compare: the ranking table (also on the debrief's summary)

ws-compare-ranking-empty = يظهر التصنيف حين تسلّم الفرق تسلسلاتها.
# A place in the ranking: 1st, 2nd, 3rd, 4th… $ordinal is the place's category among the
# language's ordinals (one, two, few, many or other, by the Unicode plural rules for ordinals;
# English: 1st one, 2nd two, 3rd few, 4th other); use the categories your language has.
# Arabic has a single ordinal category (other); the column heading «المركز» carries the meaning.
ws-compare-place =
    { $ordinal ->
       *[other] { $place }
    }
# A place shared with other teams whose scores are within the noise of the simulation: "=2nd".
# $place is the place as ws-compare-place writes it.
ws-compare-place-tied = ={ $place }
# What a screen reader hears in place of "=2nd". $place is as ws-compare-place writes it.
ws-compare-place-tied-spoken = { $place }، بالتساوي ضمن التذبذب العشوائي
# After one of a team's four numbers: its place on that number ($place, as ws-compare-place
# writes it), in brackets.
ws-compare-number-place = { " " }({ $place })
# The table's caption. $rule is the model's sentence on how the score is made.
ws-compare-ranking-caption =
    { $count ->
        [one] فريق واحد.
        [two] فريقان.
        [few] { $count } فرق.
        [many] { $count } فريقًا.
       *[other] { $count } فريق.
    } { $rule } وكل رقم من الأرقام الأربعة هو الوسيط بين المسارات المحاكاة (وفي خطر الانهيار: حصة المسارات)؛ ومركز الفريق فيه بين قوسين.
# The table's column headings.
ws-compare-col-place = المركز
ws-compare-col-team = الفريق
ws-compare-col-score = الدرجة من ١٠٠ (± خطأ معياري واحد)
# A column of one of the four numbers. $criterion is its name, from the model; $weight the
# weight the facilitator gave it.
ws-compare-col-criterion =
    { $better ->
        [lower] { $criterion } (الأدنى أفضل؛ الوزن { $weight })
       *[higher] { $criterion } (الأعلى أفضل؛ الوزن { $weight })
    }
ws-compare-col-check = فحص التسلسل

## Play: the teams' sequences unrolled month by month in front of the room

# The name a screen reader gives each chart. $title and $description come from the model.
ws-play-chart = { $title }، مرسومًا حتى الشهر المعروض. { $description }
# The full-screen button. Keep them short.
ws-play-fullscreen = ملء الشاشة
ws-play-leave-fullscreen = إنهاء ملء الشاشة
ws-play-nothing = لا شيء للعرض بعد: أصلح إعداد التمرين أو أضف تسلسل فريق.
# $reason is the browser's or the model's explanation.
ws-play-draw-failed = تعذّر رسم الرسوم البيانية: { $reason }
# Under the month being played.
ws-play-next-news = الخبر التالي: الشهر { $month }
ws-play-end = نهاية الخط الزمني
ws-play-no-more-news = لا أخبار أخرى
# The play button. Keep them short.
ws-play-play = تشغيل
ws-play-pause = إيقاف مؤقت
ws-play-again = إعادة التشغيل
# The name a screen reader gives a team's row of steps. $team is the team's name.
ws-play-team-steps =
    .aria-label = { $team }: الخطوات المتخذة حتى الآن
# A step's mark on a team's row: its tooltip. $step is the step's name, from the model.
ws-play-step = الشهر { $month }: { $step }
# Read by screen readers before the step's name on its mark; keep the space at the end.
ws-play-step-month = الشهر { $month }:{ " " }
# On the row of a team that takes no steps.
ws-play-no-steps = لا خطوات
# Said to screen readers at the end of the timeline. $summary is the model's sentence on the
# numbers then.
ws-play-ended = النهاية: الشهر { $month }. { $summary }
# Above the headline of a piece of news, on the full screen that shows it.
ws-play-inject-kicker = الشهر { $month } · خبر طارئ
# Under the headline: what the news does in the model. $shock is the shock's name (from the
# model, in lower case), $size its size from 0 to 1, $explanation the model's explanation.
ws-play-inject-shock = في النموذج: { $shock }، بحجم { NUMBER($size, minimumFractionDigits: 2, maximumFractionDigits: 2) }. { $explanation }
ws-play-popup-blocked = منع المتصفح فتح نافذة المقدّم. اسمح بالنوافذ المنبثقة لهذا الموقع، أو افتح workshop.html#presenter في نافذة أخرى على هذا الحاسوب.
# Said to screen readers.
ws-play-presenter-open = نافذة المقدّم مفتوحة، وهي تتبع هذه النافذة.
# $reason is the browser's explanation.
ws-play-fullscreen-failed = ملء الشاشة غير متاح هنا: { $reason }

## The presenter window: the facilitator's notes beside the projector

# The page's title in the presenter window, alone or with the exercise's title ($title).
ws-presenter-title = ملاحظات المقدّم
ws-presenter-title-of = ملاحظات المقدّم: { $title }
ws-presenter-no-channel = لا يستطيع هذا المتصفح الربط بين نافذتين (لا يدعم BroadcastChannel)؛ استخدم أزرار واجهة العرض نفسها.
ws-presenter-no-answer = لم تستجب أي نافذة لجهاز العرض. افتح واجهة «العرض» في الورشة في نافذة أخرى على هذا الحاسوب؛ وستتبعها هذه النافذة.
# What the projector window is doing.
ws-presenter-following =
    { $state ->
        [playing] تتبع هذه النافذة نافذة جهاز العرض: التشغيل جارٍ.
        [showing] تتبع هذه النافذة نافذة جهاز العرض: يُعرض خبر طارئ.
       *[paused] تتبع هذه النافذة نافذة جهاز العرض: متوقفة مؤقتًا.
    }
ws-presenter-elsewhere = نافذة جهاز العرض مفتوحة، لكنها ليست على واجهة «العرض».
ws-presenter-month = الشهر { $month } من { $horizon }
# $sequence is the name of the sequence played: a team's, or the starting scenario.
ws-presenter-playing = يُعرض الآن: { $sequence }
# The play button. Keep them short.
ws-presenter-play = تشغيل
ws-presenter-pause = إيقاف مؤقت
# Above the news the projector shows now.
ws-presenter-on-screen = على الشاشة الآن
ws-presenter-no-text = (لا نص لهذا الخبر الطارئ.)
ws-presenter-news-shown = عُرض خبر هذا الشهر.
ws-presenter-no-news = لا أخبار هذا الشهر.
# Above the next piece of news: its month, and how many months away it is.
ws-presenter-next-month =
    { $months ->
        [one] الشهر { $month } (بعد شهر واحد)
        [two] الشهر { $month } (بعد شهرين)
        [few] الشهر { $month } (بعد { $months } أشهر)
        [many] الشهر { $month } (بعد { $months } شهرًا)
       *[other] الشهر { $month } (بعد { $months } شهر)
    }
# Under the next piece of news: how many more follow it.
ws-presenter-then-more = وبعده أخبار أخرى عددها { $count }.
ws-presenter-ended = انتهى الخط الزمني: حان وقت المناقشة الختامية.
ws-presenter-no-more = لا أخبار أخرى قبل النهاية.
# In the list of every piece of news.
ws-presenter-inject-month = الشهر { $month }
# After a piece of news in the list: whether the room has seen it.
ws-presenter-inject-state =
    { $state ->
        [past] { " " }(عُرض)
        [showing] { " " }(على الشاشة الآن)
       *[upcoming] { " " }(لم يُعرض بعد)
    }
ws-presenter-no-injects = لا أخبار طارئة في هذا التمرين.

## The debrief: a summary page, then a printable page per team

# $reason is the model's explanation.
ws-debrief-failed = تعذّر إعداد التقرير الختامي: { $reason }
# A chart's description for screen readers. $title and $description come from the model;
# $team is a team's name.
ws-debrief-chart-team = { $title }: { $team }. { $description }
ws-debrief-chart-all = { $title }: كل الفرق. { $description }
# The summary's title. $title is the exercise's title.
ws-debrief-summary-title = ملخص «{ $title }»
ws-debrief-summary-untitled = ملخص «تمرين ورشة العمل»
# Under the summary's title. $date is today's date, written out.
ws-debrief-date = التقرير الختامي بتاريخ { $date }.
ws-debrief-teams-compared =
    { $count ->
        [one] فريق واحد في المقارنة.
        [two] فريقان في المقارنة.
        [few] { $count } فرق في المقارنة.
        [many] { $count } فريقًا في المقارنة.
       *[other] { $count } فريق في المقارنة.
    }
ws-debrief-disclaimer = مثال توضيحي، لا تنبؤ: الأرقام مستمدة من نموذج بسيط للثقة والتحقق والانهيار.
ws-debrief-news-heading = الأخبار الطارئة التي واجهتها الفرق
# A piece of news. $headline is as the exercise's author typed it.
ws-debrief-inject = الشهر { $month }: { $headline }
ws-debrief-no-injects = لا أخبار طارئة.
ws-debrief-ranking-heading = التصنيف
# In the summary's ranking, in place of a team's remarks.
ws-debrief-remarks-elsewhere =
    { $count ->
        [one] ملاحظة واحدة: انظر صفحة الفريق.
        [two] ملاحظتان: انظر صفحة الفريق.
        [few] { $count } ملاحظات: انظر صفحة الفريق.
        [many] { $count } ملاحظة: انظر صفحة الفريق.
       *[other] { $count } ملاحظة: انظر صفحة الفريق.
    }
ws-debrief-no-teams = لم يسلّم أي فريق تسلسله بعد: أضف الفرق في «المقارنة».
ws-debrief-overview-heading = كل الفرق مقابل سيناريو البداية
# Under a team's name: what its lock let it change. $lock comes from the model, in lower case.
ws-debrief-could-change = كان بوسعه تغيير: { $lock }.
ws-debrief-overall-place = المركز العام
# $place is the team's place as the ranking shows it ("=2nd"); $count is how many teams.
ws-debrief-place-of = { $place } من { $count }
ws-debrief-check-heading = فحص التسلسل
ws-debrief-sequence-heading = التسلسل
ws-debrief-changes-key = الخطوات والصدمات التي غيّرها الفريق موسومة بـ«{ ws-received-tag-moved }» أو «{ ws-received-tag-added }» أو «{ ws-received-tag-changed }».
ws-debrief-changes-heading = ما غيّره هذا الفريق عن البداية
ws-debrief-unchanged = لا شيء: أبقى هذا الفريق كل خطوة وكل صدمة حيث وضعها التمرين في البداية.
# One of the team's changes. $change is the model's description of it.
ws-debrief-change = { $change }.

## The debrief's "What the model would have suggested"

ws-suggest-heading = ما كان النموذج سيقترحه
# The two sequences the suggestion compares, in its table.
ws-suggest-start = سيناريو البداية
ws-suggest-suggested = اقتراح النموذج
ws-suggest-unavailable = في إعداد التمرين مشكلات، فلا شيء يمكن البحث فيه بعد: أصلحها في «الإعداد».
# What the search aims at, when the ranking weighs breakdown risk alone.
ws-suggest-about-risk = يجرّب النموذج أشهرًا أخرى لخطوات سيناريو البداية، مع الأخبار الطارئة للتمرين، سعيًا إلى خفض خطر الانهيار بحلول الشهر { $month }، وهو كل ما يزنه التصنيف.
# What the search aims at otherwise: breakdown risk less $ratio times the recovery. $weighed is
# "yes" when the ranking weighs both, at $economy to $risk. $left names the numbers the ranking
# weighs that the search cannot aim at: "none", "trust", "leverage" or "both".
ws-suggest-about-score =
    يجرّب النموذج أشهرًا أخرى لخطوات سيناريو البداية، مع الأخبار الطارئة للتمرين، سعيًا إلى أدنى قيمة ممكنة لخطر الانهيار بحلول الشهر { $month } مطروحًا منه { $ratio } مضروبًا في متوسط التعافي الاقتصادي على الأشهر{ $weighed ->
        [yes] { " " }(إذ يعطي التصنيف التعافي وزن { $economy } مقابل { $risk } للخطر)
       *[no] { "" }
    }{ $left ->
        [trust] ؛ ويزن التصنيف الثقة أيضًا، وهي ما لا يستطيع البحث استهدافه
        [leverage] ؛ ويزن التصنيف أوراق الضغط أيضًا، وهي ما لا يستطيع البحث استهدافه
        [both] ؛ ويزن التصنيف الثقة وأوراق الضغط أيضًا، وهما ما لا يستطيع البحث استهدافه
       *[none] { "" }
    }.
ws-suggest-about-check = ويختبر أفضل ترتيب يجده على مسارات محاكاة جديدة، ولا يقترح شيئًا ما لم يتجاوز التحسّن ضعف التذبذب العشوائي.
# Which steps the search may move. $teams names the teams (see ws-suggest-list-last).
ws-suggest-held-none = يجوز نقل كل الخطوات، إذ كان بوسع الفرق نقل كل خطوة.
ws-suggest-held-all = لا يجوز نقل أي خطوة: لم يكن بوسع { $teams } تغيير أي من خطوات سيناريو البداية.
# $fixed of the scenario's $total steps stay put; $lock is what the teams could change, from
# the model, in lower case.
ws-suggest-held-some = يبقى { $fixed } من أصل { $total } من الخطوات حيث وضعها التمرين، إذ كان بوسع { $teams } تغيير { $lock }.
# Stands for the teams when there are none to name.
ws-suggest-the-teams = الفرق
# Names joined into a list: "A, B and C".
ws-suggest-list-separator = { "، " }
ws-suggest-list-last = { $rest } و{ $last }
# The buttons. Keep them short.
ws-suggest-run = اقتراح ترتيب
ws-suggest-cancel = إلغاء
# Beside the search's progress bar.
ws-suggest-searching = جارٍ البحث
ws-suggest-tried =
    { $count ->
        [one] جُرّب ترتيب واحد…
        [two] جُرّب ترتيبان…
        [few] جُرّبت { $count } ترتيبات…
        [many] جُرّب { $count } ترتيبًا…
       *[other] جُرّب { $count } ترتيب…
    }
ws-suggest-starting = جارٍ البدء…
# A list's label: the teams whose lock the search keeps to, when the teams' locks differ.
ws-suggest-lock-label = لا تُنقل إلا ما كان بوسع هذه الفرق تغييره
# A choice in that list. $lock comes from the model; $teams names the teams, joined by
# ws-suggest-list-separator.
ws-suggest-lock-option = { $lock } ({ $teams })
# Said to screen readers.
ws-suggest-stopped = توقف البحث: تغيّر ما كان يبحث من أجله (التمرين، أو قيد أحد الفرق، أو أوزان التصنيف).
ws-suggest-started = جارٍ البحث عن ترتيب أفضل لسيناريو البداية…
ws-suggest-cancelled = أُلغي البحث.
# $reason is the browser's explanation.
ws-suggest-failed-start = تعذّر تقديم اقتراح: تعذّر بدء البحث ({ $reason }).
# $reason is the model's explanation, with no full stop.
ws-suggest-failed = تعذّر تقديم اقتراح: { $reason }.
ws-suggest-failed-silent = تعذّر تقديم اقتراح: لم يذكر البحث أي سبب.
ws-suggest-failed-unexpectedly = تعذّر تقديم اقتراح: توقف البحث على نحو غير متوقع.
# $reason is the browser's explanation.
ws-suggest-failed-unexpectedly-why = تعذّر تقديم اقتراح: توقف البحث على نحو غير متوقع ({ $reason }).
ws-suggest-unreadable = تعذّر تقديم اقتراح: تتعذّر قراءة جواب البحث.
# $reason is one of the ws-suggest-answer- clauses below.
ws-suggest-unusable = تعذّر استخدام جواب البحث: { $reason }.
# Why an answer could not be used: clauses set after a colon, in lower case, with no full stop.
ws-suggest-answer-none = لم يكن هناك جواب
ws-suggest-answer-silent = لا يقول شيئًا
ws-suggest-answer-shape = ليس على الشكل المتوقع
ws-suggest-answer-steps = لا يتضمن تسلسله خطوات سيناريو البداية
ws-suggest-answer-no-moves = لا يذكر ما يغيّره
ws-suggest-answer-no-words = نتائجه ليست مكتوبة بالكلمات
# $step is the step's number in the scenario, $kind its name from the model, in lower case.
ws-suggest-answer-locked = نقلَ خطوة لم يكن بوسع الفرق تغييرها (الخطوة { $step }، { $kind })
# Said to screen readers: the model's verdict ($result), then what it changes ($moves, joined
# by ws-suggest-move-separator), both from the model.
ws-suggest-announce = { $result } { $moves }.
ws-suggest-move-separator = { "؛ " }
# Under a verdict of no clear improvement: the model's sentence speaks of "yours".
ws-suggest-note = الترتيب الذي يقارن به النموذج هو سيناريو البداية في التمرين، حيث بدأت كل الفرق.
ws-suggest-changes-heading = ما يغيّره
ws-suggest-outcomes-heading = على المسارات الجديدة التي اختُبر عليها (البداية ← الاقتراح)
# $reason is the model's explanation, with no full stop.
ws-suggest-beside-failed = تعذّر وضع الاقتراح إلى جانب الفرق: { $reason }.
ws-suggest-beside-heading = إلى جانب الفرق
ws-suggest-beside-caption = كل تسلسل مقيس كما يقيس التصنيف الفرق: على المسارات المحاكاة الخاصة بالتمرين، مع أخباره الطارئة، وبدرجة محسوبة بأوزان التصنيف (انخفاض خطر الانهيار أفضل، وارتفاع البقية أفضل).
ws-suggest-beside-caption-note = الأرقام أعلاه مستمدة من مسارات أخرى جديدة، لذا تختلف قليلًا.
ws-suggest-col-sequence = التسلسل
ws-suggest-sequence-heading = التسلسل المقترح
ws-suggest-changes-key = الخطوات التي نقلها النموذج من حيث وضعها التمرين موسومة بـ«{ ws-received-tag-moved }» (أو «{ ws-received-tag-changed }»).
