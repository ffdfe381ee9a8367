## The workshop page's markup: its header, its views' headings, labels and hints, its dialogs
## and its footer. Words the scripts write are in workshop-setup.ftl and the views' own files.

# The browser tab's title before a view is shown; the scripts then name the view in front.
ws-page-title = ورشة العمل · { brand-name }
# The page's description for search engines and link previews; the reader does not see it on the page.
ws-page-meta-description =
    .content = أدِر تمرينًا على تسلسل تخفيف العقوبات لفرق مجتمعة في قاعة واحدة: أعدّ التمرين كله في رابط واحد، وقارن تسلسلات الفرق، واعرض الخط الزمني على جهاز العرض مع أخبار طارئة، واطبع تقريرًا ختاميًا.
# A link that keyboard users meet first, which jumps past the header.
ws-page-skip-link = الانتقال إلى الورشة

## The header

# The page's name; the part of the site (“Workshop”) is shown lighter after it.
ws-page-heading = { brand-name } <span data-l10n-name="section">ورشة العمل</span>
ws-page-tagline = مثال توضيحي، لا تنبؤ
# Read by screen readers before the exercise's title; keep the space at the end.
ws-page-exercise-label = التمرين:{ " " }
# Shown in place of the exercise's title until the page has started.
ws-page-exercise-loading = جارٍ التحميل…
# A link back to the explorer, the site's main page.
ws-page-explorer-link = المستكشف
# Shown only when the browser runs no scripts.
ws-page-noscript = تحتاج الورشة إلى JavaScript وWebAssembly لتشغيل نموذجها في متصفحك. ولا يُرسَل أي شيء إلى أي جهة.
ws-page-loading = جارٍ تحميل النموذج…

## The facilitator's steps through the exercise (a numbered row of tabs): keep them short

# The name of the row of tabs, for screen readers.
ws-page-nav =
    .aria-label = الميسّر
ws-page-nav-setup = الإعداد
ws-page-nav-compare = المقارنة
ws-page-nav-play = العرض
ws-page-nav-debrief = التقرير الختامي
# A switch: large type and high contrast, for a projector.
ws-page-projector-toggle = وضع جهاز العرض

## Set up: the facilitator prepares the exercise

ws-page-setup-heading = إعداد تمرين
ws-page-setup-intro = اختر نقطة انطلاق الفرق، وسمِّ الفرق وحدّد ما يحق لكل منها تغييره، واكتب الأخبار الطارئة التي ستفاجئ بها الحاضرين. والتمرين كله رابط واحد يفتحه كل فريق على جهازه. ولا يُرسَل أي شيء إلى أي جهة؛ ويُحفظ إعدادك في هذا المتصفح.
ws-page-setup-about-heading = التمرين
# The exercise's title, which the teams see.
ws-page-setup-title-label = العنوان
ws-page-setup-briefing-label = إحاطة للفرق
ws-page-setup-briefing-help = ما تقرؤه الفرق قبل أن تبدأ: أدوارها وما ينبغي أن تسعى إليه.
ws-page-setup-start-heading = نقطة انطلاق الفرق
# A list of the built-in scenarios.
ws-page-setup-preset-label = سيناريو البداية
ws-page-setup-link-label = أو الصق رابط سيناريو من المستكشف
# The end of a link to a scenario, as an example in an empty field: keep it as it is.
ws-page-setup-link-input =
    .placeholder = …index.html#s1.…
ws-page-setup-link-use = استخدام هذا السيناريو
ws-page-setup-teams-heading = الفرق
# A lock limits what a team may change (for instance only one side's steps).
ws-page-setup-teams-help = من فريقين إلى ثمانية فرق. ويحصر القيد فريقًا في خطوات طرف واحد؛ أما الصدمات والافتراضات والأفق الزمني فتبقى بيدك.
ws-page-setup-add-team = إضافة فريق
# An inject: a piece of news the facilitator springs on the room at a given month.
ws-page-setup-injects-heading = الأخبار الطارئة
ws-page-setup-injects-help = كل خبر طارئ صدمة يحتسبها النموذج في شهرها، ولها عنوان يراه الحاضرون بملء الشاشة حين يبلغ الخط الزمني ذلك الشهر، ونص قصير لملاحظاتك.
# A checkbox.
ws-page-setup-see-injects = ترى الفرق الأخبار الطارئة على خطوطها الزمنية أثناء التخطيط
ws-page-setup-add-inject = إضافة خبر طارئ
ws-page-setup-share-heading = مشاركة التمرين
# Above a list of problems in the set-up.
ws-page-setup-problems = أصلح ما يلي قبل المشاركة:
# Shown under a note naming the teams that played an earlier version of the exercise.
ws-page-setup-versions-remove = حذف تسلسلاتها من المقارنة
ws-page-setup-link-heading = رابط التمرين
# A button beside a link; it says “Copied” for a moment after a click.
ws-page-copy-link = نسخ الرابط
ws-page-setup-qr =
    .alt = رمز QR لرابط التمرين
ws-page-setup-qr-caption = تمسح الفرق هذا الرمز لفتح التمرين كلٌّ على جهازه.
ws-page-setup-qr-large = عرض رمز QR على الحاضرين
ws-page-setup-open-team = فتح واجهة الفريق
ws-page-setup-next = التالي: مقارنة الفرق

## Set up: running the exercise in a live room (shown when the site has a room server)

ws-page-live-heading = التشغيل المباشر
ws-page-live-help = في الغرفة المباشرة يعمل كل فريق على أجهزته (على عدة أجهزة في آن واحد إن شاء)، وتتابع «المقارنة» و«العرض» عمل الفرق أولًا بأول. ويمكنك إرسال الأخبار إلى كل الفرق متى شئت. ومن دون غرفة، شارك الرابط أعلاه: لا يتغير شيء آخر.
# A password-like key the room server prints when it starts.
ws-page-live-key-label = مفتاح خادم الغرفة
# The command in the <code> is typed as it is: keep it in English.
ws-page-live-key-help = يطبعه خادم الغرفة عند تشغيله (<code data-l10n-name="command">cargo xtask room</code>). ويبقى على هذا الجهاز.
ws-page-live-open = فتح غرفة مباشرة
ws-page-live-teams-heading = روابط الفرق
ws-page-live-teams-help = يفتح كل فريق رابطه الخاص، بمسح رمز QR أو بنسخ الرابط. ومن يملك رابط فريق يعدّل تسلسل ذلك الفريق، ولا شيء غيره.
ws-page-live-news-heading = أخبار للفرق
ws-page-live-close = إغلاق الغرفة المباشرة

## A team's view: the team picks its name, then builds its sequence and hands it back

# Replaced by the exercise's title as soon as the exercise is read.
ws-page-team-heading = التمرين
ws-page-team-picker = ما فريقك؟
# Followed by ws-page-team-facilitate, a button that reads like a link.
ws-page-team-running = هل تدير هذا التمرين؟
ws-page-team-facilitate = أدِره من هذا الجهاز
# The team's name goes in the <strong>, which stays empty here.
ws-page-team-banner = فريقك: <strong data-l10n-name="name"></strong>
ws-page-team-switch = تغيير الفريق
# On a phone: jumps down to the hand-back panel.
ws-page-team-jump-handback = التسليم…
# The name of the list of news the facilitator sent, for screen readers.
ws-page-team-news =
    .aria-label = أخبار من الميسّر
# The timeline's heading; the unit is shown smaller.
ws-page-team-timeline-heading = تسلسل فريقك <span data-l10n-name="unit">(بالأشهر)</span>
# Enter and Delete are keys on the keyboard.
ws-page-team-timeline-hint = اسحب الخطوة، أو حدّدها واستخدم مفاتيح الأسهم. مفتاح Enter لتعديلها، وDelete لحذفها.
# Read by screen readers on a step the team's lock keeps fixed.
ws-page-team-locked-note = مقفلة: لا يحق لفريقك نقل هذه الخطوة أو حذفها.
ws-page-team-warnings-heading = فحص التسلسل
# Opens a list of steps to add.
ws-page-team-palette = إضافة خطوة
# Followed by a field holding a month number.
ws-page-team-add-month = تُضاف الخطوات الجديدة في الشهر
ws-page-team-charts-heading = ما قد يترتب على ذلك
ws-page-team-bands = الأشرطة: النصف الأوسط و٨ من كل ١٠ من المسارات المحاكاة. والخط الرمادي المتقطع هو نقطة انطلاق فريقك.
ws-page-team-editor-heading = الخطوة المحددة
ws-page-team-handback-heading = التسليم
ws-page-team-handback-help = حين يتفق فريقك على تسلسله، سلّمه إلى الميسّر رابطًا أو ملفًا أو رمز QR. ويمكنك مواصلة تعديله وتسليمه من جديد.
ws-page-team-handback = تسليم تسلسلنا
ws-page-team-link-label = رابط فريقك
ws-page-team-download = تنزيل ملف
ws-page-team-qr =
    .alt = رمز QR لرابط فريقك، ليمسحه الميسّر
ws-page-team-qr-caption = يستطيع الميسّر مسح هذا الرمز بهاتفه.
# A short code that stands for the team's sequence, typed where no link can be sent.
ws-page-team-code-label = رمز فريقك
ws-page-team-start-over = البدء من جديد من سيناريو التمرين

## A team's hand-back, opened by the facilitator

# Replaced by “<team> handed back its sequence” as soon as it is read.
ws-page-received-heading = تسلسل فريق
ws-page-received-code-label = لإضافته على جهاز العرض، اكتب هذا الرمز هناك تحت «المقارنة»
ws-page-received-sequence = التسلسل
ws-page-received-add = إضافته إلى المقارنة على هذا الجهاز
ws-page-received-open-compare = فتح المقارنة

## Compare: the teams' sequences side by side, and their ranking

ws-page-compare-heading = مقارنة الفرق
ws-page-compare-intro = الصق الروابط التي سلّمتها الفرق، أو اختر ملفاتها، أو أفلت الملفات في أي مكان من هذه الصفحة. ولخط كل فريق لونه ونمط تقطّعه الخاصان به.
ws-page-compare-add-heading = إضافة فرق
ws-page-compare-input-label = روابط الفرق أو رموزها، واحد في كل سطر
# “…workshop.html#t2.” and “6FTW-G0G9-2H3P” are examples of what is typed: keep them as they are.
ws-page-compare-input-help = يبدأ رابط الفريق بـ …workshop.html#t2. ويصلح أيضًا الرمز القصير للفريق (مثل 6FTW-G0G9-2H3P) إذا كُتب على جهاز أُعدّ عليه التمرين نفسه، وكذلك روابط السيناريوهات وملفاتها من المستكشف.
# Adds what was pasted in the field above.
ws-page-compare-add = إضافة
ws-page-compare-files = اختيار ملفات…
ws-page-compare-teams-heading = الفرق المقارَنة
ws-page-compare-empty = لم يسلّم أي فريق تسلسله بعد. وتعرض الرسوم البيانية سيناريو البداية.
# Followed by a list: the starting scenario, then each team.
ws-page-compare-focus-label = الأشرطة والخطوط المتصلة تعرض
# Followed by a list of two kinds of trust; shown under Compare and Play.
ws-page-team-series-label = خط الثقة للفرق
# Read by screen readers only.
ws-page-compare-charts-heading = توقعات النموذج للفرق
ws-page-ranking-heading = التصنيف
ws-page-ranking-weights = ما تزنه الدرجة
ws-page-ranking-weights-help = ينال كل فريق درجة من ١٠٠ تُحسب من أرقامه الأربعة، ويُحتسب كل رقم بقدر وزنه (من ٠ إلى ٥؛ والصفر يستبعده). اتفق عليها مع الحاضرين قبل العرض.
ws-page-ranking-weights-reset = استعادة القيم الافتراضية

## Play: the timeline played month by month to the room (also the presenter window's buttons)

ws-page-play-heading = عرض الخط الزمني
# The name of the row of buttons, for screen readers.
ws-page-play-controls =
    .aria-label = أزرار التحكم في العرض
# Followed by a list: the starting scenario, then each team.
ws-page-play-focus-label = التسلسل
ws-page-play-restart = من البداية
ws-page-play-back = شهر إلى الوراء
ws-page-play-toggle = تشغيل
ws-page-play-forward = الشهر التالي
ws-page-play-speed-label = السرعة
ws-page-play-speed-slow = بطيئة
ws-page-play-speed-normal = عادية
ws-page-play-speed-fast = سريعة
# Opens a second window with the presenter's notes.
ws-page-play-presenter = نافذة المقدّم
ws-page-play-fullscreen = ملء الشاشة
# Space, the arrow keys and Home are keys on the keyboard.
ws-page-play-keys = مفتاح المسافة للتشغيل أو الإيقاف المؤقت، ومفاتيح الأسهم للتقدم أو الرجوع شهرًا، وHome للبدء من جديد. ويتوقف الخط الزمني عند كل خبر طارئ.
# The month being played, large, as in “Month 12 of 48”: the month goes in the <span> named
# “month” and the last month in the one named “horizon” (leave both empty); “of …” is smaller.
ws-page-play-month = <span data-l10n-name="word">الشهر</span> <span data-l10n-name="month"></span><span data-l10n-name="of"> من </span><span data-l10n-name="horizon"></span>
# Read by screen readers only.
ws-page-play-teams-heading = خطوات كل فريق حتى الشهر المعروض

## Debrief: the printable summary

ws-page-debrief-heading = التقرير الختامي
ws-page-debrief-intro = ملخص للتمرين كله، ثم صفحة لكل فريق تتضمن أرقامه الرئيسية، وما غيّره عن نقطة البداية، وتسلسله مع تمييز تلك التغييرات، ورسومه البيانية، وفحص التسلسل. اطبعه على ورق A4 أو Letter الأمريكي، ورقةً لكل صفحة، أو احفظه بصيغة PDF من نافذة الطباعة.
ws-page-debrief-print = طباعة التقرير الختامي

## The presenter's notes, in a second window

ws-page-presenter-heading = ملاحظات المقدّم
ws-page-presenter-waiting = في انتظار نافذة جهاز العرض…
# What is on the projector now.
ws-page-presenter-now-heading = الآن
# Replaced by the month being played; the dash stands for no month yet.
ws-page-presenter-month = الشهر –
# The name of the row of buttons, for screen readers.
ws-page-presenter-controls =
    .aria-label = أزرار التحكم في نافذة جهاز العرض
ws-page-presenter-continue = المتابعة بعد الخبر
# The news still to come.
ws-page-presenter-next-heading = التالي
ws-page-presenter-all-heading = كل الأخبار الطارئة

## The news shown full-screen, the QR code shown to the room, and the page's foot

# Above a news headline shown full-screen on the projector.
ws-page-inject-kicker = خبر طارئ
ws-page-inject-continue = متابعة
ws-page-inject-hint = مفتاح المسافة أو Enter أو نقرة للمتابعة.
ws-page-qr-dialog-title = امسح الرمز للانضمام إلى التمرين
ws-page-qr-dialog-close = إغلاق
# Shown while files are dragged over the page.
ws-page-drop = أفلت ملفات الفرق لمقارنتها
ws-page-footer = كل شيء يجري في متصفحك: لا ينتقل التمرين وتسلسلات الفرق والمقارنة إلا عبر الروابط والملفات التي تشاركها، أو عبر خادم الغرفة المباشرة حين تفتح غرفة.
