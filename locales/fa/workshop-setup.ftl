### The words the workshop page's scripts write: the page around the views, the set-up, a
### team's view, the live room, and what the views share (copying links, chart legends).
# Persian terms follow locales/fa/glossary.md. The live room is «اتاق آنلاین»; the people in the
# physical room are «حاضران».

## The page around the views

# Shown in the alert box when something fails unexpectedly. $error is the reason, often in
# English from the browser.
ws-app-something-went-wrong = مشکلی پیش آمد: { $error }
# A clause set inside ws-app-could-not-start, so it starts in lower case. $status is the
# server's answer, a number such as 404.
ws-app-default-not-loaded = سناریوی پیش‌فرض بارگذاری نشد ({ $status })
# $error is the reason, which may be a clause such as ws-app-default-not-loaded.
ws-app-could-not-start = کارگاه راه‌اندازی نشد: { $error }. برای تلاش دوباره، صفحه را دوباره بارگذاری کنید.
# The address holds a link for the explorer (index.html), the site's main page.
ws-app-explorer-link = این پیوندِ یک سناریو برای کاوشگر است، نه پیوند یک تمرین کارگاه: آن را با index.html باز کنید. بخش آماده‌سازی کارگاه نمایش داده شده است.
ws-app-unknown-address = این نشانی نه تمرینی از کارگاه را در بر دارد و نه ترتیب گام‌های یک تیم را (ممکن است هنگام کپی ناقص شده باشد). بخش آماده‌سازی کارگاه نمایش داده شده است.
# In the header, in place of an exercise that has no title.
ws-app-untitled = کارگاه
# The browser tab's title: the view shown, then the page. $view is the view's key.
ws-app-document-title =
    { $view ->
        [setup] آماده‌سازی
        [compare] مقایسه
        [play] پخش
        [debrief] جمع‌بندی
        [received] ترتیب گام‌های یک تیم
        [presenter] یادداشت‌های ارائه‌دهنده
       *[team] تیم شما
    } · کارگاه · { brand-name }
# Said to screen readers when the projector display is switched on or off.
ws-app-projector-on = حالت پروژکتور: حروف درشت، کنتراست بالا.
ws-app-projector-off = حالت پروژکتور خاموش شد.
# In the page's foot. $version is the site's version, such as 0.9.0.
ws-app-version = نسخه { $version }.
# $error is the reason, in words from ws-live-… or from the browser.
ws-app-live-failed = اتاق آنلاین راه‌اندازی نشد: { $error }

## What the views share: choosing a sequence, copying links, places in a ranking, what the
## browser keeps, and the charts' legends

# The first choice in the lists of sequences to show, before the teams.
ws-common-starting-scenario = سناریوی آغازین
# A button's word for a moment after its link was copied. Keep it short.
ws-common-copied = کپی شد
# Said to screen readers after a link was copied.
ws-common-copied-said = در کلیپ‌بورد کپی شد.
# Said to screen readers when the browser would not copy and the link was selected instead.
ws-common-selected-said = انتخاب شد: برای کپی کردن، Ctrl+C یا Cmd+C را بزنید.
# A team's place in the ranking: 1st, 2nd, 3rd, 4th… Keep it short: it stands in a table's cell.
# $category is the language's ordinal category for $place (one, two, few, many or other, as the
# Unicode CLDR defines them for the language).
# Persian has only the "other" ordinal category, so the words are chosen by the place itself
# (a comparison holds at most 8 teams); beyond, the figure takes the ordinal ending «ام».
ws-common-ordinal =
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
# A clause set in brackets inside ws-common-stored-unreadable, so it starts in lower case.
ws-common-stored-shape = ساختار مورد انتظار را ندارد
# $error is why, such as ws-common-stored-shape.
ws-common-stored-unreadable = آنچه این مرورگر از کارگاهی قبلی نگه داشته بود خوانده نشد ({ $error })؛ کنار گذاشته شد و کار از نو آغاز شده است.
# $problem is why, a clause such as “this browser's storage for the page is full” (storage-full).
ws-common-storage-refused = این مرورگر کار شما را نگه نمی‌دارد ({ $problem }). در عوض پیوندها را نگه دارید: همه چیز در آن‌هاست.
# The name a screen reader gives a chart: $title is the chart's title and $description a
# sentence describing it, both from the model.
ws-common-chart-label = { $title }: { $description }
# Said to screen readers when the facilitator chooses which trust line the teams' lines show
# (the two series, model-series-trust and model-series-target_trust, in lower case).
ws-common-team-series-changed =
    نمودار اعتماد اکنون برای هر تیم { $series ->
        [target_trust] اعتماد کشور هدف
       *[trust] اعتماد به کشور هدف
    } را نشان می‌دهد.
# A chart's legend, for a chart that draws three lines, each with its bands.
ws-common-legend-bands = نوارها: نیمه میانی و ۸ آینده از هر ۱۰
# At the head of a chart's legend: whose lines and bands follow. $name is a team's name, or
# ws-common-starting-scenario.
ws-common-legend-whose = { $name }:
# At the head of the teams' part of a legend.
ws-common-legend-teams = تیم‌ها:
# The same on the trust chart: $series is the trust the teams' lines show (model-series-trust
# or model-series-target_trust).
ws-common-legend-teams-series = تیم‌ها ({ $series }):

## The facilitator's workspace: the example exercise a first visit starts from, and the teams

# A team's name as the set-up gives it: $letter is A, B, C… (with a number after the 26th:
# A1, B1…). The facilitator may change it.
ws-workspace-team-name = تیم { $letter }
# The example exercise's title; the facilitator may change it.
ws-workspace-example-title = ترتیب کاهش تحریم‌ها: تمرینی کارگاهی
# The example exercise's piece of news: its headline, shown full-screen to the room, and a
# text for the facilitator's notes.
ws-workspace-example-headline = انفجار بمب در یک گذرگاه مرزی؛ تندروها مسئولیت آن را بر عهده گرفتند
ws-workspace-example-text = جناحی مخالف توافق مسئولیت این حمله را بر عهده گرفته است. هر دو دولت آن را محکوم کرده‌اند و سیاستمداران مخالف در طرف تحریم‌کننده خواستار توقف کاهش تحریم‌ها شده‌اند.
# A clause set after a file's name and a colon, so it starts in lower case. $max is 8;
# $team is the name of the team that did not fit.
ws-workspace-full = هر مقایسه حداکثر { $max } تیم را در بر می‌گیرد؛ پیش از افزودن «{ $team }» یکی را حذف کنید
# A team that cannot be compared: its name, then the model's reason.
ws-workspace-team-problem = { $team }: { $error }

## The example briefing for the teams, which follows the exercise's length

# The exercise's length when it is whole years: a word for the smaller numbers, figures beyond.
ws-brief-horizon-years =
    { $years ->
        [1] یک سال
        [2] دو سال
        [3] سه سال
        [4] چهار سال
        [5] پنج سال
        [6] شش سال
        [7] هفت سال
        [8] هشت سال
        [9] نه سال
        [10] ده سال
        [11] یازده سال
        [12] دوازده سال
       *[other] { $years } سال
    }
# The exercise's length otherwise.
# Persian: a noun after a number stays singular, so no plural selector is needed.
ws-brief-horizon-months = { $months } ماه
# The briefing a new exercise starts with; the facilitator may change it. $horizon is the
# exercise's length (ws-brief-horizon-years or ws-brief-horizon-months).
ws-brief-example = هر تیم ترتیب گام‌های کاهش تحریم، اصلاحات و اعتمادسازی را در طول { $horizon } پیشنهاد می‌کند. هدف این است که خطر شکست پایین بماند و در همان حال اعتماد و اقتصاد بهبود یابند، و بخشی از اهرم فشار هم در دست بماند. وقتی تیمتان بر سر ترتیب گام‌ها به توافق رسید، آن را تحویل دهید.

## Set up: the starting scenario

# The choices of the list of starting scenarios: the explorer's own, then the built-in
# scenarios in two groups.
ws-setup-preset-default = سناریوی پیش‌فرض کاوشگر
ws-setup-preset-illustrative = فرضی
ws-setup-preset-historical = برگرفته از تاریخ
# A choice in the same list, for a scenario pasted as a link. $title is its title, as typed.
ws-setup-preset-link = از پیوند چسبانده‌شده: { $title }
ws-setup-preset-link-untitled = از پیوند چسبانده‌شده: بی‌عنوان
# Under the list: the scenario every team starts from. $title is its title (or
# ws-setup-untitled-scenario); $runs is the number of simulated futures.
# Persian: a noun after a number stays singular, so no plural selectors are needed.
ws-setup-scenario-summary = { $title }: { $steps } گام و { $shocks } شوک در طول { $months } ماه، با { $runs } آینده شبیه‌سازی‌شده.
# After ws-setup-scenario-summary.
ws-setup-scenario-shared = همه تیم‌ها از همین سناریو شروع می‌کنند.
ws-setup-untitled-scenario = سناریوی بی‌عنوان
# Said to screen readers once a starting scenario is chosen. $title is its title.
ws-setup-start-from = نقطه شروع تیم‌ها: { $title }.
ws-setup-start-from-untitled = نقطه شروع تیم‌ها: سناریوی انتخاب‌شده.
ws-setup-start-from-link = نقطه شروع تیم‌ها: سناریوی چسبانده‌شده، { $title }.
ws-setup-start-from-link-untitled = نقطه شروع تیم‌ها: سناریوی چسبانده‌شده، بی‌عنوان.
# $error is the model's reason, a clause in lower case.
ws-setup-preset-failed = آن سناریو باز نشد: { $error }
ws-setup-link-failed = پیوند سناریوی چسبانده‌شده قابل استفاده نیست: { $error }

## Set up: the teams and the news injects

# Labels over a team's two fields. $number counts the teams from 1.
ws-setup-team-label = تیم { $number }
ws-setup-team-lock-label = مجاز به تغییر
# A button on each team's and each inject's row. Keep it short.
ws-setup-remove = حذف
# What screen readers say for that button. $name is the team's name, as typed.
ws-setup-remove-team = حذف تیم { $number }
ws-setup-remove-named-team = حذف تیم { $number } ({ $name })
ws-setup-remove-inject = حذف خبر { $number }
# The heading of an inject's row, and its fields' labels.
ws-setup-inject-label = خبر { $number }
ws-setup-inject-month-label = ماه
ws-setup-inject-kind-label = شوکی که در مدل رخ می‌دهد
ws-setup-inject-size-label = شدت اثر
ws-setup-inject-headline-label = تیتر
ws-setup-inject-text-label = متن برای یادداشت‌های شما

## Set up: the problems listed before the exercise can be shared, and the briefing's check

# A problem in the set-up: where it is ($field, a link to the field: ws-setup-where-…), then the
# model's words for it, in lower case.
ws-setup-problem = { $field }: { $problem }
# Where a problem is: a part of the set-up, …
ws-setup-where-title = عنوان
ws-setup-where-briefing = متن توجیهی
ws-setup-where-teams = تیم‌ها
ws-setup-where-injects = خبرها
ws-setup-where-teams-see-injects = دیدن خبرها از سوی تیم‌ها
# … the starting scenario, with the place in it ($path, such as /steps/2/month: keep it as it is), …
ws-setup-where-scenario = سناریوی آغازین ({ $path })
# … a team or an inject ($number counts them from 1), or one of its fields ($field: ws-setup-field-…).
ws-setup-where-team = تیم { $number }
ws-setup-where-team-field = تیم { $number }، { $field }
ws-setup-where-inject = خبر { $number }
ws-setup-where-inject-field = خبر { $number }، { $field }
# The fields, in lower case after a comma.
ws-setup-field-name = نام
ws-setup-field-lock = آنچه مجاز به تغییر آن است
ws-setup-field-month = ماه
ws-setup-field-kind = شوک
ws-setup-field-size = شدت اثر
ws-setup-field-headline = تیتر
ws-setup-field-text = متن
# Under the briefing when it names another length than the exercise's. $phrase is the words
# the briefing uses (in English), $months the exercise's length and $horizon the same in words.
ws-setup-briefing-mismatch = در متن توجیهی آمده است «{ $phrase }»، اما تمرین { $months } ماه ({ $horizon }) طول می‌کشد.
# After ws-setup-briefing-mismatch.
ws-setup-briefing-mismatch-fix = متن توجیهی یا سناریوی آغازین را تغییر دهید.

## Set up: sharing, and the teams that played an earlier version

# $reason is why there is none, in lower case.
ws-setup-no-qr = کد QR در دسترس نیست: { $reason }.
ws-setup-link-length = این پیوند { $characters } نویسه دارد و کل تمرین را در خود جای داده است.
# Between the teams' names in ws-setup-versions-… ("Team A, Team B").
ws-setup-names-separator = {"، "}
# The teams whose hand-backs carry the earlier version they played. $teams names them and
# $count counts them (a language may need it to agree the verb).
ws-setup-versions-carried =
    { $count ->
        [one] { $teams } نسخه‌ای قدیمی‌تر از این تمرین را انجام داده است.
       *[other] { $teams } نسخه‌ای قدیمی‌تر از این تمرین را انجام داده‌اند.
    }
# After ws-setup-versions-carried.
ws-setup-versions-carried-how =
    { $count ->
        [one] مقایسه همچنان این تیم را بر اساس همان نسخه‌ای که انجام داده می‌سنجد و این را ذکر می‌کند؛ برای مقایسه آن بر اساس این نسخه، پیوند تازه را به اشتراک بگذارید و بخواهید ترتیبش را دوباره تحویل دهد.
       *[other] مقایسه همچنان این تیم‌ها را بر اساس همان نسخه‌ای که انجام داده‌اند می‌سنجد و این را ذکر می‌کند؛ برای مقایسه آن‌ها بر اساس این نسخه، پیوند تازه را به اشتراک بگذارید و بخواهید ترتیب‌هایشان را دوباره تحویل دهند.
    }
# The teams whose hand-backs do not carry the version they played.
ws-setup-versions-bare =
    { $count ->
        [one] { $teams } ترتیبی را برای نسخه‌ای قدیمی‌تر تحویل داده، بی‌آنکه رونوشتی از آن نسخه همراهش باشد؛ پس با همین نسخه مقایسه می‌شود، همراه با یک تذکر.
       *[other] { $teams } ترتیب‌هایی را برای نسخه‌ای قدیمی‌تر تحویل داده‌اند، بی‌آنکه رونوشتی از آن نسخه همراهشان باشد؛ پس با همین نسخه مقایسه می‌شوند، همراه با یک تذکر.
    }
# Said to screen readers. $teams names the teams removed.
ws-setup-versions-removed = از مقایسه حذف شد: { $teams }.

## A team's view: opening the exercise

# $error is the model's reason, such as “this link cannot be read: …”, in lower case.
ws-team-link-unreadable = { $error }. پیوند تمرین را دوباره از گرداننده بگیرید؛ پیوندی که هنگام کپی ناقص شده باشد باز نمی‌شود.
# In place of an exercise that has no title.
ws-team-untitled = تمرین کارگاه
# Said to screen readers once the team is chosen. $team is its name.
ws-team-you-are = شما { $team } هستید.
# $error is why, in lower case.
ws-team-stored-unreadable = ترتیب گام‌های تیم شما که روی این دستگاه نگه داشته شده بود خوانده نشد ({ $error })؛ کنار گذاشته شد و تیم شما دوباره از سناریوی تمرین شروع می‌کند.
# The injects the team does not see on its timeline. $count counts them.
ws-team-news-sealed =
    { $count ->
        [one] گرداننده خبری برای بعد دارد: روی خط زمانی شما نیست، اما در مقایسه به حساب می‌آید.
       *[other] گرداننده { $count } خبر برای بعد دارد: روی خط زمانی شما نیستند، اما در مقایسه به حساب می‌آیند.
    }
# In the timeline's key, beside the hatching and padlock of a step the team may not change.
ws-team-key-locked = قفل‌شده برای تیم شما
ws-team-model-failed = مدل نتوانست این ترتیب را اجرا کند: { $error }
# A confirmation; OK starts again.
ws-team-start-over-confirm = دوباره از سناریوی تمرین شروع می‌کنید؟ تغییرات تیم شما از دست می‌رود.
ws-team-started-over = ترتیب گام‌های شما به سناریوی آغازین تمرین بازگشت.
# A confirmation; OK replaces the exercise on this device.
ws-team-facilitate-confirm = این تمرین را روی همین دستگاه اداره می‌کنید؟ جای تمرینی را می‌گیرد که پیش‌تر اینجا آماده شده بود؛ ترتیب‌هایی که از تیم‌ها افزوده شده‌اند حفظ می‌شوند.

## A team's view: the selected step

ws-team-editor-empty = گامی را روی خط زمانی انتخاب کنید تا ماه، اندازه یا شیوه برداشتنش را تغییر دهید.
# After the step's name.
ws-team-editor-shock = (شوک)
# After the step's name: who takes it ($actor, from the model: “sanctioning side”, “target”).
ws-team-editor-actor = ({ $actor })
ws-team-editor-shock-locked = شوک‌ها در اختیار گرداننده‌اند: تیم شما نمی‌تواند آن‌ها را تغییر دهد.
# A step the team's lock keeps fixed. $lock is the team's lock.
ws-team-editor-locked =
    قفل: { $lock ->
        [everything] تیم شما می‌تواند همه گام‌ها را تغییر دهد.
        [sanctioning] تیم شما فقط می‌تواند گام‌های طرف تحریم‌کننده را تغییر دهد.
        [target] تیم شما فقط می‌تواند گام‌های کشور هدف را تغییر دهد.
       *[confidence] تیم شما فقط می‌تواند اقدامات اعتمادساز را تغییر دهد.
    }
# A locked step's facts. $conditional and $transparent are “yes” or “no”.
ws-team-editor-facts =
    ماه { $month }، اندازه { NUMBER($size, minimumFractionDigits: 2, maximumFractionDigits: 2) }{ $conditional ->
        [yes] ، منتظر پایبندیِ راستی‌آزمایی‌شده
       *[no] {""}
    }{ $transparent ->
        [yes] ، همراه با معیارهای اعلام‌شده
       *[no] {""}
    }.
ws-team-editor-month = ماه
ws-team-editor-size = اندازه
# Two checkboxes, each followed by a note in lighter type.
ws-team-editor-conditional = مشروط
ws-team-editor-conditional-note = — منتظر می‌ماند تا پایبندی راستی‌آزمایی شود
ws-team-editor-transparent = شفاف
ws-team-editor-transparent-note = — همراه با معیارهای اعلام‌شده
ws-team-editor-delete = حذف این گام

## A team's view: handing back

ws-team-handback-failed = ترتیب گام‌های شما تحویل داده نشد: { $error }
# Said to screen readers.
ws-team-handback-ready = پیوند، فایل و کد QR تیم شما آماده است.
ws-team-no-qr = برای این ترتیب کد QR در دسترس نیست: { $reason }
ws-team-downloading = فایل در حال دانلود است.
ws-team-file-failed = فایل ساخته نشد: { $error }
# Under the team's short code. “Compare” is the facilitator's view (ws-page-nav-compare).
ws-team-code-note = راهی برای فرستادن پیوند به صفحه گرداننده ندارید؟ این کد را آنجا، در بخش «مقایسه»، وارد کنید.
ws-team-no-code = این ترتیب کد کوتاه ندارد (بیش از آنچه یک کد در خود جای می‌دهد تغییر کرده است، یا اندازه‌ای با بیش از دو رقم اعشار دارد): پیوند، کد QR یا فایل را تحویل دهید.

## A team's view in a live room

# In the heading while the team's device joins the room.
ws-team-live-joining = در حال پیوستن به اتاق آنلاین…
ws-team-live-waiting = در انتظار انتشار تمرین از سوی گرداننده…
# $reason is why, from ws-live-refusal-…, in lower case.
ws-team-live-refused = اتاق آنلاین این دستگاه را نپذیرفت: { $reason }. پیوند تیمتان را دوباره از گرداننده بگیرید.
ws-team-live-failed = پیوستن به اتاق آنلاین ممکن نشد: { $error }.
ws-team-live-exercise-unreadable = تمرین گرداننده خوانده نمی‌شود: { $error }
# $number counts the teams from 1.
ws-team-live-no-team = این تمرین دیگر تیم { $number } ندارد: پیوند تیمتان را دوباره از گرداننده بگیرید.
# A line at the top of the team's view: whether the device reaches the room.
ws-team-live-connected = آنلاین: دستگاه‌های تیم شما و گرداننده هر تغییری را می‌بینند.
ws-team-live-connecting = آنلاین: در حال اتصال…
ws-team-live-no-answer = سرور اتاق هنوز پاسخ نمی‌دهد: این صفحه همچنان تلاش می‌کند.
# $waiting counts the changes not sent yet.
ws-team-live-offline =
    { $waiting ->
        [0] آفلاین: به کار ادامه دهید؛ وقتی اتاق دوباره پاسخ دهد، تغییرات شما فرستاده می‌شود.
       *[other] آفلاین: به کار ادامه دهید؛ وقتی اتاق دوباره پاسخ دهد، تغییرات شما ({ $waiting } تغییر در انتظار) فرستاده می‌شود.
    }
# A piece of news the facilitator sent: $headline is its headline, in bold.
ws-team-news-item = خبر ماه { $month }: { $headline }
# In place of a headline the facilitator left empty.
ws-team-news-untitled = خبر
# Said to screen readers. $headlines are the news' headlines, joined by ws-team-news-separator.
ws-team-news-said = خبر از گرداننده: { $headlines }.
ws-team-news-separator = {"؛ "}

## The set-up's live room

# Clauses set after a colon, so they start in lower case: why the room could not open.
ws-live-no-server = این نسخه از سایت هیچ سرور اتاقی معرفی نمی‌کند
ws-live-key-missing = ابتدا کلید سرور اتاق را وارد کنید
# $error is the browser's reason, in English.
ws-live-no-engine = موتور اتاق آنلاین بارگذاری نشد ({ $error })؛ این نسخه از سایت بدون آن ساخته شده است
# $server is the server's address. The command in brackets is typed as it is.
ws-live-server-silent = سرور اتاق در { $server } پاسخ نمی‌دهد: آیا در حال اجراست؟ (cargo xtask room)
ws-live-key-refused = سرور اتاق کلید را نپذیرفت: آن را دوباره از جایی که سرور اتاق راه‌اندازی شد کپی کنید
# $reason is the server's word for it, in English.
ws-live-room-refused = سرور اتاق نتوانست اتاقی باز کند ({ $reason })
# $status is the server's answer, a number such as 500.
ws-live-room-refused-status = سرور اتاق نتوانست اتاقی باز کند (وضعیت { $status })
ws-live-answer-unreadable = پاسخ سرور اتاق خوانده نمی‌شود: آیا این نشانی متعلق به سرور اتاق { brand-name } است؟
ws-live-link-unreadable = این پیوند اتاق آنلاین خوانده نمی‌شود (ممکن است هنگام کپی ناقص شده باشد)
# Why the room server refused a device, as clauses in lower case.
ws-live-refusal-missing-token = پیوند هیچ کلیدی برای ورود به اتاق ندارد
ws-live-refusal-invalid-token = این پیوند را این سرور اتاق نساخته است (ممکن است تغییر کرده یا هنگام کپی ناقص شده باشد)
ws-live-refusal-another-room = پیوند متعلق به اتاق دیگری است
ws-live-refusal-another-team = پیوند متعلق به تیم دیگری است
ws-live-refusal-too-large = ترتیب گام‌ها از حدی که اتاق نگه می‌دارد بزرگ‌تر شده است
ws-live-refusal-read-only = این دستگاه فقط اجازه خواندن آن بخش از اتاق را دارد
ws-live-refusal-unknown-document = اتاق چنین بخشی ندارد
# $reason is the server's own word for it, in English.
ws-live-refusal-other = سرور اتاق این دلیل را ذکر کرد: «{ $reason }»
ws-live-refusal-none = سرور اتاق این دلیل را ذکر کرد: «none»
# $reason is from ws-live-refusal-….
ws-live-host-refused = سرور اتاق این دستگاه را نپذیرفت: { $reason }. اتاق تازه‌ای باز کنید.
# $error is from the clauses above, or the browser's reason.
ws-live-unreachable = دسترسی به اتاق آنلاین ممکن نشد: { $error }.
ws-live-not-opened = اتاق آنلاین باز نشد: { $error }.
# Said to screen readers.
ws-live-opened = اتاق آنلاین باز است: پیوند هر تیم را به آن بدهید.
# A confirmation; OK closes the room. “Compare” is the facilitator's view (ws-page-nav-compare).
ws-live-close-confirm = اتاق آنلاین بسته شود؟ دستگاه‌های تیم‌ها دیگر چیزی نمی‌فرستند؛ ترتیب‌هایی که تا این لحظه ساخته‌اند در بخش «مقایسه» می‌مانند.
# Said to screen readers.
ws-live-closed = اتاق آنلاین بسته شد. ترتیب‌های تیم‌ها تا این لحظه در بخش «مقایسه» می‌مانند.
# Each team's row: its name (or this, for a team with none), how many of its devices are in the
# room, its link, and two buttons. $team is the team's name.
ws-live-team-unnamed = تیم { $number }
ws-live-devices =
    { $devices ->
        [0] هنوز دستگاهی وصل نیست
       *[other] { $devices } دستگاه
    }
# What screen readers say for the field holding the team's link.
ws-live-team-link = پیوند { $team }
ws-live-copy-link = کپی پیوند
# A button that shows the team's link as a QR code. Keep it short.
ws-live-qr = کد QR
# What screen readers say for that button, and the QR code's description.
ws-live-qr-of = کد QR پیوند { $team }
# The heading over a team's QR code shown to the room.
ws-live-qr-title = برای پیوستن به‌عنوان { $team } اسکن کنید
ws-live-no-qr = کد QR در دسترس نیست: { $reason }.
# The list of the exercise's news, each with a button to send it.
ws-live-no-news = این تمرین هیچ خبری ندارد.
# $headline is the news' headline, in bold.
ws-live-news-item = ماه { $month }: { $headline }
# In place of a headline the facilitator left empty.
ws-live-news-untitled = خبر
ws-live-news-send = ارسال به تیم‌ها
# The same button once the news is sent.
ws-live-news-sent = ارسال شد
# Said to screen readers. $headline is the news' headline.
ws-live-news-said = برای همه تیم‌ها فرستاده شد: { $headline }.
ws-live-news-said-untitled = خبر برای همه تیم‌ها فرستاده شد.
# A line under the room's heading: whether the facilitator's device reaches the room.
ws-live-status-connected = آنلاین: تغییرات تیم‌ها همان لحظه به بخش‌های «مقایسه» و «پخش» می‌رسد.
ws-live-status-connecting = آنلاین: در حال اتصال به سرور اتاق…
# $waiting counts this device's changes not sent yet.
ws-live-status-silent =
    { $waiting ->
        [0] سرور اتاق پاسخ نمی‌دهد: تیم‌ها به کار ادامه می‌دهند و تغییراتشان وقتی سرور دوباره پاسخ دهد می‌رسد.
       *[other] سرور اتاق پاسخ نمی‌دهد: تیم‌ها به کار ادامه می‌دهند و تغییراتشان وقتی سرور دوباره پاسخ دهد می‌رسد ({ $waiting } تغییر از سوی شما در انتظار است).
    }
