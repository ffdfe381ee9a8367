### The words the workshop page's scripts write: the page around the views, the set-up, a
### team's view, the live room, and what the views share (copying links, chart legends).

## The page around the views

# Shown in the alert box when something fails unexpectedly. $error is the reason, often in
# English from the browser.
ws-app-something-went-wrong = حدث خطأ: { $error }
# A clause set inside ws-app-could-not-start, so it starts in lower case. $status is the
# server's answer, a number such as 404.
ws-app-default-not-loaded = تعذّر تحميل السيناريو الافتراضي ({ $status })
# $error is the reason, which may be a clause such as ws-app-default-not-loaded.
ws-app-could-not-start = تعذّر تشغيل الورشة: { $error }. أعد تحميل الصفحة للمحاولة مجددًا.
# The address holds a link for the explorer (index.html), the site's main page.
ws-app-explorer-link = هذا رابط لسيناريو في المستكشف، لا لتمرين في الورشة: افتحه بصفحة index.html. وتُعرض الآن صفحة إعداد الورشة.
ws-app-unknown-address = لا يتضمن هذا العنوان تمرين ورشة ولا تسلسل فريق (ربما اقتُطع جزء منه عند النسخ). وتُعرض الآن صفحة إعداد الورشة.
# In the header, in place of an exercise that has no title.
ws-app-untitled = ورشة العمل
# The browser tab's title: the view shown, then the page. $view is the view's key.
ws-app-document-title =
    { $view ->
        [setup] الإعداد
        [compare] المقارنة
        [play] العرض
        [debrief] التقرير الختامي
        [received] تسلسل فريق
        [presenter] ملاحظات المقدّم
       *[team] فريقك
    } · ورشة العمل · { brand-name }
# Said to screen readers when the projector display is switched on or off.
ws-app-projector-on = وضع جهاز العرض: خط كبير وتباين عالٍ.
ws-app-projector-off = أُوقف وضع جهاز العرض.
# In the page's foot. $version is the site's version, such as 0.9.0.
ws-app-version = الإصدار { $version }.
# $error is the reason, in words from ws-live-… or from the browser.
ws-app-live-failed = تعذّر تشغيل الغرفة المباشرة: { $error }

## What the views share: choosing a sequence, copying links, places in a ranking, what the
## browser keeps, and the charts' legends

# The first choice in the lists of sequences to show, before the teams.
ws-common-starting-scenario = سيناريو البداية
# A button's word for a moment after its link was copied. Keep it short.
ws-common-copied = نُسخ
# Said to screen readers after a link was copied.
ws-common-copied-said = نُسخ إلى الحافظة.
# Said to screen readers when the browser would not copy and the link was selected instead.
ws-common-selected-said = حُدِّد الرابط: اضغط Ctrl+C، أو Cmd+C، لنسخه.
# A team's place in the ranking: 1st, 2nd, 3rd, 4th… Keep it short: it stands in a table's cell.
# $category is the language's ordinal category for $place (one, two, few, many or other, as the
# Unicode CLDR defines them for the language).
# Arabic has a single ordinal category (other); Arabic ranking tables show the bare number
# under the heading «المركز».
ws-common-ordinal =
    { $category ->
       *[other] { $place }
    }
# A clause set in brackets inside ws-common-stored-unreadable, so it starts in lower case.
ws-common-stored-shape = ليس على الشكل المتوقع
# $error is why, such as ws-common-stored-shape.
ws-common-stored-unreadable = تعذّرت قراءة ما احتفظ به هذا المتصفح من ورشة سابقة ({ $error })؛ وقد وُضع جانبًا، وتُعرض بداية جديدة.
# $problem is why, a clause such as “this browser's storage for the page is full” (storage-full).
ws-common-storage-refused = لن يحتفظ هذا المتصفح بعملك ({ $problem }). احتفظ بالروابط بدلًا من ذلك: ففيها كل شيء.
# The name a screen reader gives a chart: $title is the chart's title and $description a
# sentence describing it, both from the model.
ws-common-chart-label = { $title }: { $description }
# Said to screen readers when the facilitator chooses which trust line the teams' lines show
# (the two series, model-series-trust and model-series-target_trust, in lower case).
ws-common-team-series-changed =
    يرسم الرسم البياني للثقة الآن لكل فريق { $series ->
        [target_trust] ثقة الدولة المستهدفة
       *[trust] الثقة بالدولة المستهدفة
    }.
# A chart's legend, for a chart that draws three lines, each with its bands.
ws-common-legend-bands = الأشرطة: النصف الأوسط و٨ من كل ١٠ من المسارات
# At the head of a chart's legend: whose lines and bands follow. $name is a team's name, or
# ws-common-starting-scenario.
ws-common-legend-whose = { $name }:
# At the head of the teams' part of a legend.
ws-common-legend-teams = الفرق:
# The same on the trust chart: $series is the trust the teams' lines show (model-series-trust
# or model-series-target_trust).
ws-common-legend-teams-series = الفرق ({ $series }):

## The facilitator's workspace: the example exercise a first visit starts from, and the teams

# A team's name as the set-up gives it: $letter is A, B, C… (with a number after the 26th:
# A1, B1…). The facilitator may change it.
ws-workspace-team-name = الفريق { $letter }
# The example exercise's title; the facilitator may change it.
ws-workspace-example-title = تسلسل تخفيف العقوبات: تمرين ورشة عمل
# The example exercise's piece of news: its headline, shown full-screen to the room, and a
# text for the facilitator's notes.
ws-workspace-example-headline = تفجير عند معبر حدودي، ومتشددون يتبنّونه
ws-workspace-example-text = فصيل معارض للاتفاق يتبنى الهجوم. والحكومتان كلتاهما تدينانه، فيما يطالب سياسيون معارضون لدى الطرف الفارض للعقوبات بوقف تخفيف العقوبات.
# A clause set after a file's name and a colon, so it starts in lower case. $max is 8;
# $team is the name of the team that did not fit.
ws-workspace-full = الحد الأقصى لعدد الفرق في المقارنة { $max }؛ احذف فريقًا قبل إضافة «{ $team }»
# A team that cannot be compared: its name, then the model's reason.
ws-workspace-team-problem = { $team }: { $error }

## The example briefing for the teams, which follows the exercise's length

# The exercise's length when it is whole years: a word for the smaller numbers, figures beyond.
# Written as they stand after «على مدى» (over) in ws-brief-example.
ws-brief-horizon-years =
    { $years ->
        [1] سنة واحدة
        [2] سنتين
        [3] ثلاث سنوات
        [4] أربع سنوات
        [5] خمس سنوات
        [6] ست سنوات
        [7] سبع سنوات
        [8] ثماني سنوات
        [9] تسع سنوات
        [10] عشر سنوات
        [11] إحدى عشرة سنة
        [12] اثنتي عشرة سنة
       *[other] { $years } سنة
    }
# The exercise's length otherwise.
ws-brief-horizon-months =
    { $months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    }
# The briefing a new exercise starts with; the facilitator may change it. $horizon is the
# exercise's length (ws-brief-horizon-years or ws-brief-horizon-months).
ws-brief-example = يقترح كل فريق ترتيبًا لخطوات التخفيف والإصلاح وبناء الثقة على مدى { $horizon }. احرصوا على إبقاء خطر الانهيار منخفضًا فيما تتعافى الثقة والاقتصاد، واحتفظوا ببعض أوراق الضغط في أيديكم. وسلّموا تسلسلكم حين يتفق فريقكم عليه.

## Set up: the starting scenario

# The choices of the list of starting scenarios: the explorer's own, then the built-in
# scenarios in two groups.
ws-setup-preset-default = السيناريو الافتتاحي للمستكشف
ws-setup-preset-illustrative = توضيحية
ws-setup-preset-historical = من التاريخ
# A choice in the same list, for a scenario pasted as a link. $title is its title, as typed.
ws-setup-preset-link = من رابط ملصوق: { $title }
ws-setup-preset-link-untitled = من رابط ملصوق: بلا عنوان
# Under the list: the scenario every team starts from. $title is its title (or
# ws-setup-untitled-scenario); $runs is the number of simulated futures.
ws-setup-scenario-summary =
    { $title }: { $steps ->
        [zero] لا خطوات
        [one] خطوة واحدة
        [two] خطوتان
        [few] { $steps } خطوات
        [many] { $steps } خطوة
       *[other] { $steps } خطوة
    } و{ $shocks ->
        [zero] لا صدمات
        [one] صدمة واحدة
        [two] صدمتان
        [few] { $shocks } صدمات
        [many] { $shocks } صدمة
       *[other] { $shocks } صدمة
    } على مدى { $months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    }، ومسارات محاكاة عددها { $runs }.
# After ws-setup-scenario-summary.
ws-setup-scenario-shared = تبدأ منه كل الفرق.
ws-setup-untitled-scenario = سيناريو بلا عنوان
# Said to screen readers once a starting scenario is chosen. $title is its title.
ws-setup-start-from = تبدأ الفرق من: { $title }.
ws-setup-start-from-untitled = تبدأ الفرق من السيناريو المختار.
ws-setup-start-from-link = تبدأ الفرق من السيناريو الملصوق: { $title }.
ws-setup-start-from-link-untitled = تبدأ الفرق من السيناريو الملصوق: بلا عنوان.
# $error is the model's reason, a clause in lower case.
ws-setup-preset-failed = تعذّر فتح ذلك السيناريو: { $error }
ws-setup-link-failed = لا يمكن استخدام رابط السيناريو الملصوق: { $error }

## Set up: the teams and the news injects

# Labels over a team's two fields. $number counts the teams from 1.
ws-setup-team-label = الفريق { $number }
ws-setup-team-lock-label = يحق له تغيير
# A button on each team's and each inject's row. Keep it short.
ws-setup-remove = حذف
# What screen readers say for that button. $name is the team's name, as typed.
ws-setup-remove-team = حذف الفريق { $number }
ws-setup-remove-named-team = حذف الفريق { $number } ({ $name })
ws-setup-remove-inject = حذف الخبر الطارئ { $number }
# The heading of an inject's row, and its fields' labels.
ws-setup-inject-label = الخبر الطارئ { $number }
ws-setup-inject-month-label = الشهر
ws-setup-inject-kind-label = الصدمة في النموذج
ws-setup-inject-size-label = مدى شدتها
ws-setup-inject-headline-label = العنوان
ws-setup-inject-text-label = نص لملاحظاتك

## Set up: the problems listed before the exercise can be shared, and the briefing's check

# A problem in the set-up: where it is ($field, a link to the field: ws-setup-where-…), then the
# model's words for it, in lower case.
ws-setup-problem = { $field }: { $problem }
# Where a problem is: a part of the set-up, …
ws-setup-where-title = العنوان
ws-setup-where-briefing = الإحاطة
ws-setup-where-teams = الفرق
ws-setup-where-injects = الأخبار الطارئة
ws-setup-where-teams-see-injects = رؤية الفرق للأخبار الطارئة
# … the starting scenario, with the place in it ($path, such as /steps/2/month: keep it as it is), …
ws-setup-where-scenario = سيناريو البداية ({ $path })
# … a team or an inject ($number counts them from 1), or one of its fields ($field: ws-setup-field-…).
ws-setup-where-team = الفريق { $number }
ws-setup-where-team-field = الفريق { $number }، { $field }
ws-setup-where-inject = الخبر الطارئ { $number }
ws-setup-where-inject-field = الخبر الطارئ { $number }، { $field }
# The fields, in lower case after a comma.
ws-setup-field-name = الاسم
ws-setup-field-lock = ما يحق له تغييره
ws-setup-field-month = الشهر
ws-setup-field-kind = الصدمة
ws-setup-field-size = مدى الشدة
ws-setup-field-headline = العنوان
ws-setup-field-text = النص
# Under the briefing when it names another length than the exercise's. $phrase is the words
# the briefing uses (in English), $months the exercise's length and $horizon the same in words.
ws-setup-briefing-mismatch =
    تذكر الإحاطة «{ $phrase }»، لكن التمرين يمتد على مدى { $months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    } (أي { $horizon }).
# After ws-setup-briefing-mismatch.
ws-setup-briefing-mismatch-fix = عدّل الإحاطة، أو سيناريو البداية.

## Set up: sharing, and the teams that played an earlier version

# $reason is why there is none, in lower case.
ws-setup-no-qr = لا رمز QR: { $reason }.
ws-setup-link-length = عدد أحرف الرابط { $characters }، وهو يتضمن التمرين كله.
# Between the teams' names in ws-setup-versions-… ("Team A, Team B").
ws-setup-names-separator = { "، " }
# The teams whose hand-backs carry the earlier version they played. $teams names them and
# $count counts them (a language may need it to agree the verb).
ws-setup-versions-carried =
    { $count ->
        [one] خاض { $teams } إصدارًا سابقًا من هذا التمرين.
       *[other] خاضت الفرق التالية إصدارًا سابقًا من هذا التمرين: { $teams }.
    }
# After ws-setup-versions-carried.
ws-setup-versions-carried-how =
    { $count ->
        [one] وتواصل المقارنة قياسه على الإصدار الذي خاضه، وتنبّه إلى ذلك؛ ولمقارنته على هذا الإصدار، شارك الرابط الجديد واطلب تسليمًا جديدًا.
        [two] وتواصل المقارنة قياسهما على الإصدار الذي خاضاه، وتنبّه إلى ذلك؛ ولمقارنتهما على هذا الإصدار، شارك الرابط الجديد واطلب تسليمين جديدين.
       *[other] وتواصل المقارنة قياسها على الإصدار الذي خاضته، وتنبّه إلى ذلك؛ ولمقارنتها على هذا الإصدار، شارك الرابط الجديد واطلب تسليمات جديدة.
    }
# The teams whose hand-backs do not carry the version they played.
ws-setup-versions-bare =
    { $count ->
        [one] سلّم { $teams } تسلسله لإصدار سابق دون نسخة منه، لذا يُقارَن بهذا الإصدار، مع ملاحظة.
       *[other] سلّمت الفرق التالية تسلسلاتها لإصدار سابق دون نسخة منه، لذا تُقارَن بهذا الإصدار، مع ملاحظة: { $teams }.
    }
# Said to screen readers. $teams names the teams removed.
ws-setup-versions-removed = حُذفت من المقارنة: { $teams }.

## A team's view: opening the exercise

# $error is the model's reason, such as “this link cannot be read: …”, in lower case.
ws-team-link-unreadable = { $error }. اطلب رابط التمرين من الميسّر مجددًا؛ فالرابط الذي اقتُطع جزء منه عند النسخ لا يمكن فتحه.
# In place of an exercise that has no title.
ws-team-untitled = تمرين ورشة العمل
# Said to screen readers once the team is chosen. $team is its name.
ws-team-you-are = فريقك: { $team }.
# $error is why, in lower case.
ws-team-stored-unreadable = تعذّرت قراءة تسلسل فريقك المحفوظ على هذا الجهاز ({ $error })؛ وقد وُضع جانبًا، ويبدأ فريقك من جديد من سيناريو التمرين.
# The injects the team does not see on its timeline. $count counts them.
ws-team-news-sealed =
    { $count ->
        [one] لدى الميسّر خبر طارئ لوقت لاحق: ليس على الخط الزمني لفريقك، لكن المقارنة ستحتسبه.
        [two] لدى الميسّر خبران طارئان لوقت لاحق: ليسا على الخط الزمني لفريقك، لكن المقارنة ستحتسبهما.
        [few] لدى الميسّر { $count } أخبار طارئة لوقت لاحق: ليست على الخط الزمني لفريقك، لكن المقارنة ستحتسبها.
        [many] لدى الميسّر { $count } خبرًا طارئًا لوقت لاحق: ليست على الخط الزمني لفريقك، لكن المقارنة ستحتسبها.
       *[other] لدى الميسّر { $count } خبر طارئ لوقت لاحق: ليست على الخط الزمني لفريقك، لكن المقارنة ستحتسبها.
    }
# In the timeline's key, beside the hatching and padlock of a step the team may not change.
ws-team-key-locked = مقفلة أمام فريقك
ws-team-model-failed = تعذّر على النموذج تشغيل هذا التسلسل: { $error }
# A confirmation; OK starts again.
ws-team-start-over-confirm = البدء من جديد من سيناريو التمرين؟ ستضيع تغييرات فريقك.
ws-team-started-over = عاد تسلسلك إلى سيناريو البداية في التمرين.
# A confirmation; OK replaces the exercise on this device.
ws-team-facilitate-confirm = إدارة هذا التمرين من هذا الجهاز؟ سيحل محل التمرين الذي أُعدّ هنا من قبل؛ أما تسلسلات الفرق المضافة فتبقى.

## A team's view: the selected step

ws-team-editor-empty = حدّد خطوة على الخط الزمني لتغيير شهرها أو حجمها أو طريقة تنفيذها.
# After the step's name.
ws-team-editor-shock = (صدمة)
# After the step's name: who takes it ($actor, from the model: “sanctioning side”, “target”).
ws-team-editor-actor = ({ $actor })
ws-team-editor-shock-locked = الصدمات من شأن الميسّر: لا يستطيع فريقك تغييرها.
# A step the team's lock keeps fixed. $lock is the team's lock.
ws-team-editor-locked =
    مقفلة: { $lock ->
        [everything] كل الخطوات
        [sanctioning] خطوات الطرف الفارض للعقوبات وحدها
        [target] خطوات الدولة المستهدفة وحدها
       *[confidence] تدابير بناء الثقة وحدها
    } هي ما يحق لفريقك تغييره.
# A locked step's facts. $conditional and $transparent are “yes” or “no”.
ws-team-editor-facts =
    الشهر { $month }، الحجم { NUMBER($size, minimumFractionDigits: 2, maximumFractionDigits: 2) }{ $conditional ->
        [yes] ، تنتظر التحقق من الامتثال
       *[no] {""}
    }{ $transparent ->
        [yes] ، مصحوبة بمعايير معلنة
       *[no] {""}
    }.
ws-team-editor-month = الشهر
ws-team-editor-size = الحجم
# Two checkboxes, each followed by a note in lighter type.
ws-team-editor-conditional = مشروطة
ws-team-editor-conditional-note = — تنتظر التحقق من الامتثال
ws-team-editor-transparent = شفافة
ws-team-editor-transparent-note = — مصحوبة بمعايير معلنة
ws-team-editor-delete = حذف هذه الخطوة

## A team's view: handing back

ws-team-handback-failed = تعذّر تسليم تسلسلك: { $error }
# Said to screen readers.
ws-team-handback-ready = رابط فريقك وملفه ورمز QR الخاص به جاهزة.
ws-team-no-qr = لا رمز QR لهذا التسلسل: { $reason }
ws-team-downloading = جارٍ تنزيل الملف.
ws-team-file-failed = تعذّر إنشاء الملف: { $error }
# Under the team's short code. “Compare” is the facilitator's view (ws-page-nav-compare).
ws-team-code-note = لا سبيل لإرسال رابط إلى شاشة الميسّر؟ اكتب هذا الرمز هناك، تحت «المقارنة».
ws-team-no-code = لا رمز قصيرًا لهذا التسلسل (فتغييراته أكثر مما يحمله رمز، أو فيه حجم أدق من جزء من مئة): سلّم الرابط أو رمز QR أو الملف.

## A team's view in a live room

# In the heading while the team's device joins the room.
ws-team-live-joining = جارٍ الانضمام إلى الغرفة المباشرة…
ws-team-live-waiting = في انتظار نشر الميسّر للتمرين…
# $reason is why, from ws-live-refusal-…, in lower case.
ws-team-live-refused = رفضت الغرفة المباشرة هذا الجهاز: { $reason }. اطلب رابط فريقك من الميسّر مجددًا.
ws-team-live-failed = تعذّر الانضمام إلى الغرفة المباشرة: { $error }.
ws-team-live-exercise-unreadable = تتعذّر قراءة تمرين الميسّر: { $error }
# $number counts the teams from 1.
ws-team-live-no-team = لم يعد في هذا التمرين فريق رقمه { $number }: اطلب رابط فريقك من الميسّر مجددًا.
# A line at the top of the team's view: whether the device reaches the room.
ws-team-live-connected = مباشر: يظهر كل تغيير على أجهزة فريقك وعند الميسّر.
ws-team-live-connecting = مباشر: جارٍ الاتصال…
ws-team-live-no-answer = لا يجيب خادم الغرفة بعد: وتواصل هذه الصفحة المحاولة.
# $waiting counts the changes not sent yet.
ws-team-live-offline =
    { $waiting ->
        [0] غير متصل: واصل العمل؛ فتغييراتك تُرسَل حين تعود الغرفة إلى الاستجابة.
        [one] غير متصل: واصل العمل؛ فتغييراتك (تغيير واحد ينتظر) تُرسَل حين تعود الغرفة إلى الاستجابة.
        [two] غير متصل: واصل العمل؛ فتغييراتك (تغييران ينتظران) تُرسَل حين تعود الغرفة إلى الاستجابة.
        [few] غير متصل: واصل العمل؛ فتغييراتك ({ $waiting } تغييرات تنتظر) تُرسَل حين تعود الغرفة إلى الاستجابة.
        [many] غير متصل: واصل العمل؛ فتغييراتك ({ $waiting } تغييرًا ينتظر) تُرسَل حين تعود الغرفة إلى الاستجابة.
       *[other] غير متصل: واصل العمل؛ فتغييراتك ({ $waiting } تغيير ينتظر) تُرسَل حين تعود الغرفة إلى الاستجابة.
    }
# A piece of news the facilitator sent: $headline is its headline, in bold.
ws-team-news-item = خبر للشهر { $month }: { $headline }
# In place of a headline the facilitator left empty.
ws-team-news-untitled = خبر طارئ
# Said to screen readers. $headlines are the news' headlines, joined by ws-team-news-separator.
ws-team-news-said = أخبار من الميسّر: { $headlines }.
ws-team-news-separator = { "؛ " }

## The set-up's live room

# Clauses set after a colon, so they start in lower case: why the room could not open.
ws-live-no-server = لا تحدد هذه النسخة من الموقع أي خادم للغرفة
ws-live-key-missing = اكتب مفتاح خادم الغرفة أولًا
# $error is the browser's reason, in English.
ws-live-no-engine = تعذّر تحميل محرك الغرفة المباشرة ({ $error })؛ فقد بُنيت هذه النسخة من الموقع من دونه
# $server is the server's address. The command in brackets is typed as it is.
ws-live-server-silent = لا يجيب خادم الغرفة على العنوان { $server }: هل هو قيد التشغيل؟ (cargo xtask room)
ws-live-key-refused = رفض خادم الغرفة المفتاح: انسخه مجددًا من حيث شُغّل خادم الغرفة
# $reason is the server's word for it, in English.
ws-live-room-refused = تعذّر على خادم الغرفة فتح غرفة ({ $reason })
# $status is the server's answer, a number such as 500.
ws-live-room-refused-status = تعذّر على خادم الغرفة فتح غرفة (رمز الحالة { $status })
ws-live-answer-unreadable = تتعذّر قراءة جواب خادم الغرفة: هل هذا العنوان عنوان خادم غرفة لـ{ brand-name }؟
ws-live-link-unreadable = تتعذّر قراءة رابط الغرفة المباشرة هذا (ربما اقتُطع جزء منه عند النسخ)
# Why the room server refused a device, as clauses in lower case.
ws-live-refusal-missing-token = لا يحمل الرابط مفتاحًا للغرفة
ws-live-refusal-invalid-token = ليس الرابط مما أنشأه خادم الغرفة هذا (ربما عُدّل، أو اقتُطع جزء منه عند النسخ)
ws-live-refusal-another-room = الرابط يخص غرفة أخرى
ws-live-refusal-another-team = الرابط يخص فريقًا آخر
ws-live-refusal-too-large = تجاوز التسلسل الحجم الذي تحتفظ به الغرفة
ws-live-refusal-read-only = لا يحق لهذا الجهاز إلا قراءة ذلك الجزء من الغرفة
ws-live-refusal-unknown-document = لا يوجد في الغرفة جزء كهذا
# $reason is the server's own word for it, in English.
ws-live-refusal-other = ذكر خادم الغرفة السبب «{ $reason }»
ws-live-refusal-none = ذكر خادم الغرفة السبب «none» (لا سبب)
# $reason is from ws-live-refusal-….
ws-live-host-refused = رفض خادم الغرفة هذا الجهاز: { $reason }. افتح غرفة جديدة.
# $error is from the clauses above, or the browser's reason.
ws-live-unreachable = تعذّر الوصول إلى الغرفة المباشرة: { $error }.
ws-live-not-opened = لا غرفة مباشرة: { $error }.
# Said to screen readers.
ws-live-opened = الغرفة المباشرة مفتوحة: أعطِ كل فريق رابطه.
# A confirmation; OK closes the room. “Compare” is the facilitator's view (ws-page-nav-compare).
ws-live-close-confirm = إغلاق الغرفة المباشرة؟ ستتوقف أجهزة الفرق عن الإرسال؛ وتبقى تسلسلاتها حتى الآن في «المقارنة».
# Said to screen readers.
ws-live-closed = أُغلقت الغرفة المباشرة. وتبقى تسلسلات الفرق حتى الآن في «المقارنة».
# Each team's row: its name (or this, for a team with none), how many of its devices are in the
# room, its link, and two buttons. $team is the team's name.
ws-live-team-unnamed = الفريق { $number }
ws-live-devices =
    { $devices ->
        [0] لا أجهزة بعد
        [one] جهاز واحد
        [two] جهازان
        [few] { $devices } أجهزة
        [many] { $devices } جهازًا
       *[other] { $devices } جهاز
    }
# What screen readers say for the field holding the team's link.
ws-live-team-link = رابط { $team }
ws-live-copy-link = نسخ الرابط
# A button that shows the team's link as a QR code. Keep it short.
ws-live-qr = رمز QR
# What screen readers say for that button, and the QR code's description.
ws-live-qr-of = رمز QR لرابط { $team }
# The heading over a team's QR code shown to the room.
ws-live-qr-title = امسح الرمز للانضمام إلى { $team }
ws-live-no-qr = لا رمز QR: { $reason }.
# The list of the exercise's news, each with a button to send it.
ws-live-no-news = لا أخبار طارئة في هذا التمرين.
# $headline is the news' headline, in bold.
ws-live-news-item = الشهر { $month }: { $headline }
# In place of a headline the facilitator left empty.
ws-live-news-untitled = خبر طارئ
ws-live-news-send = إرسال إلى الفرق الآن
# The same button once the news is sent.
ws-live-news-sent = أُرسل
# Said to screen readers. $headline is the news' headline.
ws-live-news-said = أُرسل إلى كل الفرق: { $headline }.
ws-live-news-said-untitled = أُرسل الخبر إلى كل الفرق.
# A line under the room's heading: whether the facilitator's device reaches the room.
ws-live-status-connected = مباشر: تصل تغييرات الفرق إلى «المقارنة» و«العرض» أولًا بأول.
ws-live-status-connecting = مباشر: جارٍ الاتصال بخادم الغرفة…
# $waiting counts this device's changes not sent yet.
ws-live-status-silent =
    { $waiting ->
        [0] لا يجيب خادم الغرفة: تواصل الفرق العمل، وتصل تغييراتها حين يعود إلى الاستجابة.
        [one] لا يجيب خادم الغرفة: تواصل الفرق العمل، وتصل تغييراتها حين يعود إلى الاستجابة (ولديك تغيير واحد ينتظر الإرسال).
        [two] لا يجيب خادم الغرفة: تواصل الفرق العمل، وتصل تغييراتها حين يعود إلى الاستجابة (ولديك تغييران ينتظران الإرسال).
        [few] لا يجيب خادم الغرفة: تواصل الفرق العمل، وتصل تغييراتها حين يعود إلى الاستجابة (ولديك { $waiting } تغييرات تنتظر الإرسال).
        [many] لا يجيب خادم الغرفة: تواصل الفرق العمل، وتصل تغييراتها حين يعود إلى الاستجابة (ولديك { $waiting } تغييرًا ينتظر الإرسال).
       *[other] لا يجيب خادم الغرفة: تواصل الفرق العمل، وتصل تغييراتها حين يعود إلى الاستجابة (ولديك { $waiting } تغيير ينتظر الإرسال).
    }
