## The workshop page's markup: its header, its views' headings, labels and hints, its dialogs
## and its footer. Words the scripts write are in workshop-setup.ftl and the views' own files.
# Persian terms follow locales/fa/glossary.md (workshop: کارگاه؛ facilitator: گرداننده؛
# team: تیم؛ inject: خبر؛ briefing: متن توجیهی؛ hand back: تحویل دادن؛ debrief: جمع‌بندی).

# The browser tab's title before a view is shown; the scripts then name the view in front.
ws-page-title = کارگاه · { brand-name }
# The page's description for search engines and link previews; the reader does not see it on the page.
ws-page-meta-description =
    .content = تمرینی درباره ترتیب گام‌ها را برای جمعی از تیم‌ها اجرا کنید: کل تمرین را در قالب یک پیوند آماده کنید، ترتیب‌های تیم‌ها را با هم مقایسه کنید، خط زمانی را همراه با خبرهای تمرین روی پروژکتور پخش کنید و جمع‌بندی را چاپ کنید.
# A link that keyboard users meet first, which jumps past the header.
ws-page-skip-link = رفتن به کارگاه

## The header

# The page's name; the part of the site (“Workshop”) is shown lighter after it.
ws-page-heading = { brand-name } <span data-l10n-name="section">کارگاه</span>
ws-page-tagline = تصویری فرضی، نه پیش‌بینی
# Read by screen readers before the exercise's title; keep the space at the end.
ws-page-exercise-label = تمرین:{ " " }
# Shown in place of the exercise's title until the page has started.
ws-page-exercise-loading = در حال بارگذاری…
# A link back to the explorer, the site's main page.
ws-page-explorer-link = کاوشگر
# Shown only when the browser runs no scripts.
ws-page-noscript = کارگاه برای اجرای مدلش در مرورگر شما به JavaScript و WebAssembly نیاز دارد. هیچ چیزی به جایی فرستاده نمی‌شود.
ws-page-loading = در حال بارگذاری مدل…

## The facilitator's steps through the exercise (a numbered row of tabs): keep them short

# The name of the row of tabs, for screen readers.
ws-page-nav =
    .aria-label = گرداننده
ws-page-nav-setup = آماده‌سازی
ws-page-nav-compare = مقایسه
ws-page-nav-play = پخش
ws-page-nav-debrief = جمع‌بندی
# A switch: large type and high contrast, for a projector.
ws-page-projector-toggle = حالت پروژکتور

## Set up: the facilitator prepares the exercise

ws-page-setup-heading = آماده‌سازی تمرین
ws-page-setup-intro = تعیین کنید تیم‌ها از کجا شروع کنند، تیم‌ها را نام‌گذاری کنید و مشخص کنید هر کدام چه چیزی را می‌تواند تغییر دهد، و خبرهایی را که در میانه کار برای حاضران اعلام خواهید کرد بنویسید. کل تمرین یک پیوند است: هر تیم آن را روی دستگاه خودش باز می‌کند. هیچ چیزی به جایی فرستاده نمی‌شود؛ تنظیمات شما در همین مرورگر نگه داشته می‌شود.
ws-page-setup-about-heading = تمرین
# The exercise's title, which the teams see.
ws-page-setup-title-label = عنوان
ws-page-setup-briefing-label = متن توجیهی برای تیم‌ها
ws-page-setup-briefing-help = آنچه تیم‌ها پیش از شروع می‌خوانند: نقش‌هایشان و هدفی که باید دنبال کنند.
ws-page-setup-start-heading = نقطه شروع تیم‌ها
# A list of the built-in scenarios.
ws-page-setup-preset-label = سناریوی آغازین
ws-page-setup-link-label = یا پیوند سناریویی از کاوشگر را اینجا بچسبانید
# The end of a link to a scenario, as an example in an empty field: keep it as it is.
ws-page-setup-link-input =
    .placeholder = …index.html#s1.…
ws-page-setup-link-use = استفاده از این سناریو
ws-page-setup-teams-heading = تیم‌ها
# A lock limits what a team may change (for instance only one side's steps).
ws-page-setup-teams-help = دو تا هشت تیم. قفل، تیم را به گام‌های یک طرف محدود می‌کند؛ شوک‌ها، فرض‌ها و افق زمانی در اختیار شما می‌مانند.
ws-page-setup-add-team = افزودن تیم
# An inject: a piece of news the facilitator springs on the room at a given month.
ws-page-setup-injects-heading = خبرهای تمرین
ws-page-setup-injects-help = هر خبر شوکی است که مدل در ماه خودش آن را حس می‌کند، با یک تیتر که وقتی خط زمانی به آن ماه می‌رسد به‌صورت تمام‌صفحه به حاضران نشان داده می‌شود، و متنی کوتاه برای یادداشت‌های شما.
# A checkbox.
ws-page-setup-see-injects = تیم‌ها هنگام برنامه‌ریزی، خبرها را روی خط زمانی خود ببینند
ws-page-setup-add-inject = افزودن خبر
ws-page-setup-share-heading = اشتراک‌گذاری تمرین
# Above a list of problems in the set-up.
ws-page-setup-problems = پیش از اشتراک‌گذاری، این موارد را اصلاح کنید:
# Shown under a note naming the teams that played an earlier version of the exercise.
ws-page-setup-versions-remove = حذف ترتیب‌های آن‌ها از مقایسه
ws-page-setup-link-heading = پیوند تمرین
# A button beside a link; it says “Copied” for a moment after a click.
ws-page-copy-link = کپی پیوند
ws-page-setup-qr =
    .alt = کد QR پیوند تمرین
ws-page-setup-qr-caption = تیم‌ها این کد را اسکن می‌کنند تا تمرین را روی دستگاه خودشان باز کنند.
ws-page-setup-qr-large = نمایش کد QR به حاضران
ws-page-setup-open-team = باز کردن نمای تیم
ws-page-setup-next = بعدی: مقایسه تیم‌ها

## Set up: running the exercise in a live room (shown when the site has a room server)

ws-page-live-heading = اجرای آنلاین
ws-page-live-help = در اتاق آنلاین، هر تیم روی دستگاه‌های خودش کار می‌کند (اگر بخواهد، روی چند دستگاه هم‌زمان) و بخش‌های «مقایسه» و «پخش» هم‌پای کار تیم‌ها به‌روز می‌شوند. هر وقت بخواهید می‌توانید خبری برای همه تیم‌ها بفرستید. بدون اتاق، پیوند بالا را به اشتراک بگذارید: چیز دیگری تغییر نمی‌کند.
# A password-like key the room server prints when it starts.
ws-page-live-key-label = کلید سرور اتاق
# The command in the <code> is typed as it is: keep it in English.
ws-page-live-key-help = سرور اتاق هنگام راه‌اندازی آن را چاپ می‌کند (<code data-l10n-name="command">cargo xtask room</code>). این کلید روی همین دستگاه می‌ماند.
ws-page-live-open = باز کردن اتاق آنلاین
ws-page-live-teams-heading = پیوندهای تیم‌ها
ws-page-live-teams-help = هر تیم پیوند خودش را باز می‌کند، با اسکن کد QR یا با کپی کردن پیوند. هر کس پیوند یک تیم را داشته باشد، ترتیب گام‌های همان تیم را ویرایش می‌کند و نه چیز دیگری.
ws-page-live-news-heading = خبر برای تیم‌ها
ws-page-live-close = بستن اتاق آنلاین

## A team's view: the team picks its name, then builds its sequence and hands it back

# Replaced by the exercise's title as soon as the exercise is read.
ws-page-team-heading = تمرین
ws-page-team-picker = کدام تیم هستید؟
# Followed by ws-page-team-facilitate, a button that reads like a link.
ws-page-team-running = گرداننده این تمرین هستید؟
ws-page-team-facilitate = آن را روی همین دستگاه اداره کنید
# The team's name goes in the <strong>, which stays empty here.
ws-page-team-banner = تیم شما: <strong data-l10n-name="name"></strong>
ws-page-team-switch = تغییر تیم
# On a phone: jumps down to the hand-back panel.
ws-page-team-jump-handback = تحویل…
# The name of the list of news the facilitator sent, for screen readers.
ws-page-team-news =
    .aria-label = خبرهای گرداننده
# The timeline's heading; the unit is shown smaller.
ws-page-team-timeline-heading = ترتیب گام‌های شما <span data-l10n-name="unit">(ماه)</span>
# Enter and Delete are keys on the keyboard.
ws-page-team-timeline-hint = گام‌ها را بکشید، یا یکی را انتخاب کنید و از کلیدهای جهت‌نما استفاده کنید. کلید Enter آن را ویرایش می‌کند و Delete حذفش می‌کند.
# Read by screen readers on a step the team's lock keeps fixed.
ws-page-team-locked-note = قفل: تیم شما نمی‌تواند این گام را جابه‌جا یا حذف کند.
ws-page-team-warnings-heading = بررسی ترتیب گام‌ها
# Opens a list of steps to add.
ws-page-team-palette = افزودن گام
# Followed by a field holding a month number.
ws-page-team-add-month = گام‌های تازه در ماه
ws-page-team-charts-heading = آنچه ممکن است در پی بیاید
ws-page-team-bands = نوارها: نیمه میانی آینده‌های شبیه‌سازی‌شده و ۸ آینده از هر ۱۰. خط‌چین خاکستری نقطه شروع تیم شماست.
ws-page-team-editor-heading = گام انتخاب‌شده
ws-page-team-handback-heading = تحویل
ws-page-team-handback-help = وقتی تیم شما بر سر ترتیب گام‌ها به توافق رسید، آن را در قالب پیوند، فایل یا کد QR به گرداننده تحویل دهید. می‌توانید باز هم آن را تغییر دهید و دوباره تحویل دهید.
ws-page-team-handback = تحویل ترتیب ما
ws-page-team-link-label = پیوند تیم شما
ws-page-team-download = دانلود در قالب فایل
ws-page-team-qr =
    .alt = کد QR پیوند تیم شما، برای اسکن گرداننده
ws-page-team-qr-caption = گرداننده می‌تواند این کد را با تلفن همراه اسکن کند.
# A short code that stands for the team's sequence, typed where no link can be sent.
ws-page-team-code-label = کد تیم شما
ws-page-team-start-over = شروع دوباره از سناریوی تمرین

## A team's hand-back, opened by the facilitator

# Replaced by “<team> handed back its sequence” as soon as it is read.
ws-page-received-heading = ترتیب گام‌های یک تیم
ws-page-received-code-label = برای افزودن آن روی دستگاه متصل به پروژکتور، این کد را آنجا در بخش «مقایسه» وارد کنید
ws-page-received-sequence = ترتیب گام‌ها
ws-page-received-add = افزودن به مقایسه روی این دستگاه
ws-page-received-open-compare = باز کردن مقایسه

## Compare: the teams' sequences side by side, and their ranking

ws-page-compare-heading = مقایسه تیم‌ها
ws-page-compare-intro = پیوندهایی را که تیم‌ها تحویل داده‌اند اینجا بچسبانید، فایل‌هایشان را انتخاب کنید، یا فایل‌ها را در هر جای این صفحه رها کنید. خط هر تیم رنگ و الگوی خط‌چین خودش را دارد.
ws-page-compare-add-heading = افزودن تیم‌ها
ws-page-compare-input-label = پیوندها یا کدهای تیم‌ها، هر کدام در یک سطر
# “…workshop.html#t2.” and “6FTW-G0G9-2H3P” are examples of what is typed: keep them as they are.
ws-page-compare-input-help = پیوند تیم با …workshop.html#t2. شروع می‌شود. کد کوتاه یک تیم (مانند 6FTW-G0G9-2H3P) هم پذیرفته می‌شود، به شرط آنکه روی دستگاهی وارد شود که همان تمرین روی آن آماده شده است؛ پیوندهای سناریو و فایل‌های کاوشگر هم پذیرفته می‌شوند.
# Adds what was pasted in the field above.
ws-page-compare-add = افزودن
ws-page-compare-files = انتخاب فایل‌ها…
ws-page-compare-teams-heading = تیم‌های مقایسه‌شده
ws-page-compare-empty = هنوز هیچ تیمی ترتیب گام‌هایش را تحویل نداده است. نمودارها سناریوی آغازین را نشان می‌دهند.
# Followed by a list: the starting scenario, then each team.
ws-page-compare-focus-label = نوارها و خط‌های ممتد برای
# Followed by a list of two kinds of trust; shown under Compare and Play.
ws-page-team-series-label = خط اعتماد تیم‌ها
# Read by screen readers only.
ws-page-compare-charts-heading = برآوردهای تیم‌ها
ws-page-ranking-heading = رتبه‌بندی
ws-page-ranking-weights = وزن‌های امتیاز
ws-page-ranking-weights-help = هر تیم بر اساس چهار شاخص خود امتیازی از ۱۰۰ می‌گیرد؛ هر شاخص به اندازه وزنش به حساب می‌آید (۰ تا ۵؛ ۰ آن را کنار می‌گذارد). پیش از پخش، بر سر وزن‌ها با حاضران به توافق برسید.
ws-page-ranking-weights-reset = بازگشت به وزن‌های پیش‌فرض

## Play: the timeline played month by month to the room (also the presenter window's buttons)

ws-page-play-heading = پخش خط زمانی
# The name of the row of buttons, for screen readers.
ws-page-play-controls =
    .aria-label = کنترل‌های پخش
# Followed by a list: the starting scenario, then each team.
ws-page-play-focus-label = ترتیب گام‌ها
ws-page-play-restart = از اول
ws-page-play-back = ماه قبل
ws-page-play-toggle = پخش
ws-page-play-forward = ماه بعد
ws-page-play-speed-label = سرعت
ws-page-play-speed-slow = کُند
ws-page-play-speed-normal = عادی
ws-page-play-speed-fast = تند
# Opens a second window with the presenter's notes.
ws-page-play-presenter = پنجره ارائه‌دهنده
ws-page-play-fullscreen = تمام‌صفحه
# Space, the arrow keys and Home are keys on the keyboard.
ws-page-play-keys = کلید Space پخش را آغاز می‌کند یا به حالت مکث می‌برد، کلیدهای جهت‌نما یک ماه جلو یا عقب می‌روند و Home از اول شروع می‌کند. خط زمانی در هر خبر می‌ایستد.
# The month being played, large, as in “Month 12 of 48”: the month goes in the <span> named
# “month” and the last month in the one named “horizon” (leave both empty); “of …” is smaller.
ws-page-play-month = <span data-l10n-name="word">ماه</span> <span data-l10n-name="month"></span><span data-l10n-name="of"> از </span><span data-l10n-name="horizon"></span>
# Read by screen readers only.
ws-page-play-teams-heading = گام‌های هر تیم، تا ماهی که پخش می‌شود

## Debrief: the printable summary

ws-page-debrief-heading = جمع‌بندی
ws-page-debrief-intro = خلاصه‌ای از کل تمرین، و سپس برای هر تیم یک صفحه: شاخص‌های اصلی آن، آنچه نسبت به نقطه شروع تغییر داده، ترتیب گام‌هایش با نشانه‌گذاری همان تغییرها، نمودارهایش و بررسی ترتیب گام‌ها. آن را روی کاغذ A4 یا US Letter، هر صفحه در یک برگ، چاپ کنید، یا از پنجره چاپ به‌صورت PDF ذخیره کنید.
ws-page-debrief-print = چاپ جمع‌بندی

## The presenter's notes, in a second window

ws-page-presenter-heading = یادداشت‌های ارائه‌دهنده
ws-page-presenter-waiting = در انتظار پنجره پروژکتور…
# What is on the projector now.
ws-page-presenter-now-heading = اکنون
# Replaced by the month being played; the dash stands for no month yet.
ws-page-presenter-month = ماه –
# The name of the row of buttons, for screen readers.
ws-page-presenter-controls =
    .aria-label = کنترل‌های پخش برای پنجره پروژکتور
ws-page-presenter-continue = ادامه پس از خبر
# The news still to come.
ws-page-presenter-next-heading = بعدی
ws-page-presenter-all-heading = همه خبرها

## The news shown full-screen, the QR code shown to the room, and the page's foot

# Above a news headline shown full-screen on the projector.
ws-page-inject-kicker = خبر
ws-page-inject-continue = ادامه
ws-page-inject-hint = با Space، Enter یا یک کلیک ادامه می‌یابد.
ws-page-qr-dialog-title = برای پیوستن به تمرین اسکن کنید
ws-page-qr-dialog-close = بستن
# Shown while files are dragged over the page.
ws-page-drop = فایل‌های تیم‌ها را رها کنید تا مقایسه شوند
ws-page-footer = همه چیز در مرورگر شما اجرا می‌شود: تمرین، ترتیب‌های تیم‌ها و مقایسه فقط از راه پیوندها و فایل‌هایی که به اشتراک می‌گذارید جابه‌جا می‌شوند، یا، اگر اتاق آنلاینی باز کنید، از راه سرور آن اتاق.
