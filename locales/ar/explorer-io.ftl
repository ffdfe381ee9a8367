## Ways in and out of the explorer: links, the scenario saved in this browser, undo and redo.

# Undo's and Redo's tooltips on a Mac, whose shortcut key is ⌘.
io-undo-title-mac = تراجع (⌘Z)
io-redo-title-mac = إعادة (Shift+⌘Z)
# Said by screen readers after Undo or Redo.
io-undone = تم التراجع.
io-redone = تمت الإعادة.
# Said by screen readers once a file has been downloaded. $name is the file's name.
io-file-saved = حُفظ { $name }.

# A scenario link that cannot be decoded. $reason says why, in the model's words.
io-link-damaged = تتعذّر قراءة هذا الرابط: { $reason }.
# A scenario link whose scenario has errors. $reason lists them, in the model's words ("/steps/3/month: …").
io-link-invalid = تتعذّر قراءة هذا الرابط، ففي السيناريو الذي يتضمنه مشكلة: { $reason }.
# Follows io-link-damaged or io-link-invalid when the reader went Back or Forward to the link.
io-link-kept = لا يزال السيناريو الذي كان لديك معروضًا.
# The address asked for a built-in scenario by a name that has none. $reason is the model's words.
io-start-no-preset = يطلب هذا الرابط سيناريو جاهزًا غير موجود: { $reason }.
# Follows a sentence saying what could not be opened.
io-start-saved-instead = ويُعرض بدلًا منه آخر سيناريو حفظته.
# Follows a sentence saying what could not be opened.
io-start-default-instead = ويُعرض بدلًا منه السيناريو الافتراضي.
# Follows io-start-default-instead.
io-start-saved-kept = وكل ما حفظته في هذا المتصفح باقٍ.
# $reason lists what is wrong with the saved text, in the model's words.
io-saved-unreadable = تعذّرت قراءة السيناريو المحفوظ في هذا المتصفح: { $reason }. وقد وُضع جانبًا، فلم يضِع شيء.
# A button that downloads the saved text that could not be read.
io-saved-download = تنزيل النص المحفوظ
# The reader's own saved scenario is still there after a link opened another. $opened is "preset" (the link opened a built-in scenario) or "link" (someone's shared scenario).
io-saved-still-there = فتحت هذه الصفحة { $opened ->
        [preset] سيناريو جاهزًا
       *[link] سيناريو من رابط مشاركة
    }. وآخر سيناريو لك لا يزال محفوظًا في هذا المتصفح.
io-saved-open = فتح السيناريو المحفوظ
io-saved-dismiss = تجاهل
# Said by screen readers once the saved scenario is open again. $opened as in io-saved-still-there.
io-saved-opened = سيناريوك المحفوظ مفتوح الآن. ويعيدك «تراجع» إلى { $opened ->
        [preset] السيناريو الجاهز
       *[link] السيناريو الوارد في رابط المشاركة
    }.
# The browser refuses to keep the scenario. $reason says why. "Share" and "Export" are the header's buttons.
io-storage-failed = لا يمكن الاحتفاظ بتغييراتك في هذا المتصفح: { $reason }. للحفاظ على عملك، استخدم «{ page-share-button }» لنسخ رابط، أو «{ page-export-button }» لحفظ السيناريو في ملف.

## Opening a scenario file (the header's "Open…", or a file dropped on the page)

# A file's name, where the browser gives none.
files-unnamed = الملف
# The first line of the error; each problem follows on a line of its own. $name is the file's name.
files-cannot-open = يتعذّر فتح { $name }؛ ولا يزال السيناريو الذي كان لديك معروضًا.
# A problem with a file: $size and $max are in kilobytes.
files-too-large = حجم السيناريو { $size } كيلوبايت، والحد الأقصى لحجم السيناريو { $max } كيلوبايت
# A problem with a file.
files-not-utf8 = ليس نصًا بترميز UTF-8، والسيناريو ملف JSON
# A problem with a file. $reason is the browser's explanation (often in English).
files-unreadable = تعذّرت قراءة الملف ({ $reason })
# The hidden file field's name, for screen readers.
files-input-label = ملف السيناريو المراد فتحه
# Said by screen readers. $name is the file's name.
files-opened = فُتح { $name }.
# Shown over the page while a file is dragged over it.
files-drop-hint = أفلت ملف سيناريو (.json) لفتحه
# $count is how many files were dropped at once (never 1).
files-drop-one = أفلت ملف سيناريو واحدًا في كل مرة ({ $count ->
        [one] أُفلت ملف واحد
        [two] أُفلت ملفان
        [few] أُفلتت { $count } ملفات
        [many] أُفلت { $count } ملفًا
       *[other] أُفلت { $count } ملف
    })؛ ولا يزال السيناريو الذي كان لديك معروضًا.

## The Export menu, and each chart's download button

export-menu-scenario = السيناريو (ملف JSON لفتحه لاحقًا)
export-menu-csv = التوقعات بصيغة CSV (جدول بيانات)
export-menu-json = التوقعات بصيغة JSON
export-menu-chart = رسم بياني بصيغة PNG أو SVG…
# The download button beside each chart's title (an icon). $chart is the chart's title.
export-chart-button = تنزيل الرسم البياني «{ $chart }»
export-chart-png = صورة PNG
export-chart-svg = صورة SVG
# $what is what could not be exported: "scenario", "projection" or "chart" ($chart is then the chart's title). $reason says why.
export-failed = { $what ->
        [scenario] تعذّر تصدير السيناريو: { $reason }
        [projection] تعذّر تصدير التوقعات: { $reason }
       *[chart] تعذّر تصدير الرسم البياني «{ $chart }»: { $reason }
    }
# Reasons an export may fail, shown in export-failed.
export-image-no-size = الصورة بلا أبعاد
export-image-failed = تعذّر إنشاء الصورة

## The Share dialog

share-dialog-title = مشاركة هذا السيناريو
# $reason says why (share-scenario-invalid, or an unexpected error).
share-cannot-share = لا يمكن مشاركة هذا السيناريو بعد: { $reason }
share-scenario-invalid = في هذا السيناريو مشكلة، فلا يمكن مشاركته حتى تُصلَح
share-link-label = رابط هذا السيناريو
share-copy-link = نسخ الرابط
share-link-help = السيناريو كله موجود في الرابط نفسه: من يفتحه يرى بالضبط ما تراه الآن. ولا يُرفع أي شيء إلى أي خادم.
# Shown beside a Copy button. $what is what was copied: "link", "embed-code", "iframe-code" or "script".
share-copied = { $what ->
        [link] نُسخ الرابط.
        [embed-code] نُسخت شيفرة التضمين.
        [iframe-code] نُسخت شيفرة iframe.
       *[script] نُسخ النص البرمجي.
    }
# Shown when the browser would not copy by itself: the text is selected instead. $keys is the shortcut ("Ctrl+C" or "⌘C"). $what as in share-copied.
share-copy-selected = { $what ->
        [link] حُدِّد الرابط: اضغط { $keys } لنسخه.
        [embed-code] حُدِّدت شيفرة التضمين: اضغط { $keys } لنسخها.
        [iframe-code] حُدِّدت شيفرة iframe: اضغط { $keys } لنسخها.
       *[script] حُدِّد النص البرمجي: اضغط { $keys } لنسخه.
    }
share-qr-heading = رمز QR للعرض أمام الحضور
share-qr-image = رمز QR لرابط هذا السيناريو
share-qr-full-screen = عرض بملء الشاشة
share-qr-download = تنزيل رمز QR
share-qr-note = وجّه كاميرا الهاتف إليه لفتح هذا السيناريو. والعرض بملء الشاشة يجعله مقروءًا من أرجاء القاعة.
share-qr-dense = هذا السيناريو طويل، لذا فرمزه كثيف: اعرضه بملء الشاشة على جهاز العرض، أو امسحه من مسافة أقرب.
share-qr-no-full-screen = لا يتيح هذا المتصفح العرض بملء الشاشة هنا؛ كبّر الصفحة بدلًا من ذلك.
share-embed-heading = التضمين في صفحة ويب
# A checkbox's label.
share-embed-lock = قفل التحرير (يقرأ القراء الرسوم البيانية ولا يحرّكون الخطوات)
share-embed-caption-label = تعليق (اختياري)
share-embed-caption-placeholder = يظهر فوق الخط الزمني
share-embed-code-label = شيفرة التضمين
share-copy-embed = نسخ شيفرة التضمين
# A link that opens the embed in a new tab.
share-embed-preview = معاينة التضمين
# height="{ $height }" is HTML code the reader may change: keep it as it is.
share-embed-help = الصقها في مقال أو في صفحة مقرر دراسي. وهي تلائم أي إطار من ٣٢٠ × ٤٠٠ بكسل فما فوق؛ غيّر height="{ $height }" بما يناسبك. ولا ترسل الأداة المضمَّنة أي طلب إلى أي موقع آخر، وتُعلم صفحتك حين تصبح جاهزة وحين يتغير السيناريو (انظر توثيق التضمين، بالإنجليزية).

## The explorer embedded in an article

# The frame's name for screen readers in the article that embeds it, part of the code the Embed dialog makes. $title is the scenario's title.
embed-iframe-title = { brand-name }: { $title }
embed-iframe-title-untitled = { brand-name }
# A link from the embed to the full page.
embed-open-link = فتح في { brand-name }
# Read by screen readers after embed-open-link.
embed-new-tab = (يُفتح في علامة تبويب جديدة)
# Above the embedded timeline, beside embed-open-link: keep it short.
embed-nature = مثال توضيحي، لا تنبؤ
# In place of timeline-hint when the article's author locked the steps.
embed-locked-hint = هذا السيناريو مقفل. أشِر إلى رسم بياني، أو انتقل إليه بلوحة المفاتيح واستخدم مفاتيح الأسهم، لقراءة كل شهر.

## A story in an embed: frames with captions, stepped through

# The story's name for screen readers.
story-region =
    .aria-label = قصة
story-previous = السابق
    .aria-label = المشهد السابق
story-next = التالي
    .aria-label = المشهد التالي
# Between Previous and Next: the frame shown, and how many there are.
story-where = { $frame } من { $count }
    .aria-label = المشهد { $frame } من { $count }
# Explains a dashed line on the charts, drawn beside a swatch of it.
story-compare = المتقطع: المشهد السابق
# The title of the scenario a story's frame shows (on the full page and in downloads). $title is the story's or the scenario's own title.
story-frame-title = { $title } (المشهد { $frame } من { $count })
# $reason says why, in the model's words.
story-cannot-show = يتعذّر عرض هذه القصة: { $reason }.
# Reasons a story cannot be shown (in story-cannot-show).
story-none-named = لا يحدد العنوان أي قصة
# $path is the file's address on the site, $status the server's answer (a number such as 404).
story-file-unavailable = تعذّر تحميل ملف القصة { $path } ({ $status })

## The Embed dialog: how the embed looks

embed-dialog-title = التضمين في مقال
embed-look-heading = المظهر
embed-readers-can = يمكن للقراء
# A choice under embed-readers-can.
embed-mode-readonly = القراءة فقط: تبقى الخطوات حيث وضعتها
# A choice under embed-readers-can.
embed-mode-interactive = تحريك الخطوات ورؤية ما يترتب على ذلك
embed-charts-legend = الرسوم البيانية
embed-charts-hint = إن لم تحدد أيًّا منها أو حددتها كلها: يعرض التضمين الرسوم البيانية الرئيسية الثلاثة في الإطار الضيق، والخمسة كلها في الإطار الكبير.
embed-theme-legend = السمة
embed-theme-reader = اتباع إعدادات القارئ
embed-theme-light = فاتحة
embed-theme-dark = داكنة
embed-theme-high-contrast = تباين عالٍ
embed-caption-label = تعليق (اختياري)
embed-caption-field =
    .placeholder = يظهر فوق الخط الزمني
# $max is the most characters a caption may have.
embed-caption-help = الحد الأقصى لعدد الأحرف { $max }، ويُعرض التعليق نصًا عاديًا.

## The Embed dialog: the story's frames

embed-story-heading = القصة
embed-story-help = تأخذ القصة القراء عبر السيناريو مشهدًا بعد مشهد، ولكل مشهد تعليقه. رتّب الخطوات على الصفحة، ثم أضف مشهدًا؛ أغلق هذه النافذة، وحرّك الخطوات، ثم أضف المشهد التالي. وتبقى مشاهدك محفوظة ما دامت علامة التبويب هذه مفتوحة.
embed-frames-empty = لا مشاهد بعد: تضمّن الشيفرة السيناريو كما هو الآن.
embed-add-frame = إضافة مشهد
# $max is the most frames a story may have.
embed-frames-full = الحد الأقصى لعدد مشاهد القصة { $max }.
# The heading of a frame in the list.
embed-frame-heading = المشهد { $frame }
# A frame in a few words: its steps. $steps is how many.
embed-frame-steps = { $steps ->
        [zero] لا خطوات.
        [one] خطوة واحدة.
        [two] خطوتان.
        [few] { $steps } خطوات.
       *[other] { $steps } خطوة.
    }
# As embed-frame-steps, for a frame whose steps are those of the frame before, $before.
embed-frame-steps-same = { $steps ->
        [one] خطوة واحدة، هي نفسها في المشهد { $before }.
        [two] خطوتان، هما نفسهما في المشهد { $before }.
        [few] { $steps } خطوات، هي نفسها في المشهد { $before }.
       *[other] { $steps } خطوة، هي نفسها في المشهد { $before }.
    }
# As embed-frame-steps, when $differ of the steps differ from those of the frame before, $before.
embed-frame-steps-differ = { $steps ->
        [one] خطوة واحدة
        [two] خطوتان
        [few] { $steps } خطوات
       *[other] { $steps } خطوة
    }، { $differ ->
        [one] تختلف إحداها
        [two] تختلف اثنتان منها
       *[other] تختلف { $differ } منها
    } عن المشهد { $before }.
# A frame's description with the title of the scenario it was taken from. $about is embed-frame-steps or one of its variants.
embed-frame-about-titled = { $title }: { $about }
embed-frame-caption-label = التعليق
embed-frame-caption-placeholder = ما الذي ينبغي أن يلاحظه القارئ في هذا المشهد
# "Highlight [a series] at month [a number]": the labels of a list and of a field that follows it on the same line.
embed-frame-series-label = إبراز
# The list's first choice: no series highlighted.
embed-frame-series-none = لا شيء
# See embed-frame-series-label.
embed-frame-month-label = في الشهر
# A checkbox's label.
embed-frame-compare = المقارنة بالمشهد السابق
# A checkbox's label, on the first frame, where it is disabled.
embed-frame-compare-first = المقارنة بالمشهد السابق (لا تنطبق على المشهد الأول)
# Buttons on each frame; their names for screen readers say which frame.
embed-frame-up = إلى الأعلى
    .aria-label = نقل إلى الأعلى: المشهد { $frame }
embed-frame-down = إلى الأسفل
    .aria-label = نقل إلى الأسفل: المشهد { $frame }
embed-frame-remove = حذف
    .aria-label = حذف: المشهد { $frame }
# Said by screen readers.
embed-frame-added = أُضيف المشهد { $frame } من السيناريو كما هو الآن. اكتب تعليقه.
# Said by screen readers. $place is the frame's new place, $count how many frames there are.
embed-frame-moved = نُقل المشهد إلى الموضع { $place } من { $count }.
# Said by screen readers. $left is how many frames are left.
embed-frame-removed = حُذف المشهد { $frame }. { $left ->
        [0] لم يبقَ أي مشهد: تضمّن الشيفرة السيناريو.
        [one] بقي مشهد واحد.
        [two] بقي مشهدان.
        [few] بقيت { $left } مشاهد.
        [many] بقي { $left } مشهدًا.
       *[other] بقي { $left } مشهد.
    }
# The title a story gets when its scenario has none.
embed-untitled-story = قصة بلا عنوان
# Under a frame whose settings a story cannot keep. $differences lists them (embed-differs-…).
embed-note-frame-differs = يختلف المشهد { $frame } عن المشهد الأخير في { $differences }؛ والقصة تحتفظ بمجموعة واحدة من هذه الإعدادات، هي إعدادات المشهد الأخير، لذا سيعرضها المشهد { $frame } كما يعرضها المشهد الأخير.
# In embed-note-frame-differs. $names lists the assumptions.
embed-differs-assumptions = الافتراضات ({ $names })
# In embed-note-frame-differs. $months is the frame's horizon, $base the latest frame's.
embed-differs-horizon = الأفق الزمني (عدد الأشهر { $months } لا { $base })
# In embed-note-frame-differs.
embed-differs-shocks = الصدمات
# In embed-note-frame-differs.
embed-differs-senders = الأطراف الفارضة
# Between the items of a short list.
embed-list-separator = { "، " }
# A problem with a frame. $problem is the model's words.
embed-story-problem = المشهد { $frame }: { $problem }.
# A problem with a field of a frame. $field names it (embed-field…), $problem is the model's words.
embed-story-problem-field = المشهد { $frame } ({ $field }): { $problem }.
# Parts of embed-story-problem-field.
embed-field-added-step = الخطوة المضافة { $step }
embed-field-shown-step = الخطوة المعروضة { $step }
# A field of a story's frame. $name is its name in the story's format; $words the same with spaces.
embed-field = { $name ->
        [caption] التعليق
        [highlight] الإبراز
        [series] المؤشر
        [month] الشهر
        [compare_previous] المقارنة بالمشهد السابق
        [kind] النوع
        [size] الحجم
        [conditional] مشروطة
        [transparent] شفافة
        [sender] الطرف الفارض
        [expires_after] مدة السريان
       *[other] { $words }
    }
embed-scenario-invalid = في هذا السيناريو مشكلة، فلا يمكن تضمينه حتى تُصلَح.
embed-no-stories = لا يستطيع هذا الإصدار من الصفحة إنشاء قصص: احذف المشاهد لتضمين السيناريو.
embed-frame-no-caption = لا تعليق للمشهد { $frame } بعد: يحتاج كل مشهد إلى تعليق يقول ما ينبغي أن يلاحظه القارئ.
embed-frame-no-month = يُبرز المشهد { $frame } مؤشرًا دون تحديد شهر: اختر الشهر المراد إبرازه.

## The Embed dialog: the code for the article

embed-code-heading = الشيفرة لمقالك
# What the code makes, ending the summary above the code. $mode is "readonly" or "interactive"; $charts is embed-charts-usual or embed-charts-chosen; $theme is "reader", "light", "dark" or "high-contrast".
embed-look = { $mode ->
        [readonly] للقراءة فقط
       *[interactive] تفاعلي
    }، { $charts }، والسمة { $theme ->
        [light] فاتحة
        [dark] داكنة
        [high-contrast] عالية التباين
       *[reader] تتبع إعدادات القارئ
    }.
# In embed-look.
embed-charts-usual = الرسوم البيانية المعتادة للتضمين
# In embed-look. $charts lists the charts' titles, $count how many there are.
embed-charts-chosen = { $count ->
        [one] الرسم البياني { $charts }
       *[other] الرسوم البيانية { $charts }
    }
embed-summary-problem = في القصة مشكلة (أعلاه): أصلحها للحصول على شيفرتها.
# Followed by embed-look.
embed-summary-scenario = تضمّن الشيفرة السيناريو كما هو الآن.
# Followed by embed-look. $count is how many frames, $length how many characters the address has.
embed-summary-link = تضمّن الشيفرة قصة من { $count ->
        [one] مشهد واحد
        [two] مشهدين
        [few] { $count } مشاهد
        [many] { $count } مشهدًا
       *[other] { $count } مشهد
    }، كلها في عنوانها (عدد أحرفه { $length }).
# Followed by embed-look. $length is how many characters the address would have, $max the most that travels safely.
embed-summary-file = هذه القصة المؤلفة من { $count ->
        [one] مشهد واحد
        [two] مشهدين
        [few] { $count } مشاهد
        [many] { $count } مشهدًا
       *[other] { $count } مشهد
    } أطول من أن تُنقل في رابط (عدد أحرف العنوان { $length }، والحد الأقصى الذي يُنقل بأمان نحو { $max }). احفظها في ملف بجوار مقالك: نزّل ملف القصة، وضعه بجانب صفحة المقال، وأضف النص البرمجي أدناه بعد شيفرة iframe.
embed-code-label = شيفرة iframe
embed-copy-code = نسخ شيفرة iframe
# $pixels is the frame's height; height="{ $height }" is HTML code the author may change: keep it as it is.
embed-code-help-scenario = الصقها في المقال. ارتفاع الإطار { $pixels } بكسل، ويلائم أي إطار من ٣٢٠ × ٤٠٠ بكسل فما فوق؛ غيّر height="{ $height }" بما يناسبك.
# $pixels is the frame's first height; height="{ $height }" is HTML code the author may change: keep it as it is. The guide to embedding is in English.
embed-code-help-story = الصقها في المقال. يبدأ الإطار بارتفاع { $pixels } بكسل؛ ولجعله يتبع ارتفاع محتواه، أضف النص البرمجي القصير الوارد تحت «Fitting the article» في دليل التضمين (docs/embedding.md#fitting-the-article، بالإنجليزية)، أو غيّر height="{ $height }" بما يناسبك.
# A button; story.json is the file's name and stays as it is.
embed-download-story = تنزيل ملف القصة
embed-download-story-hint = story.json، لوضعه بجانب صفحة المقال.
embed-host-label = النص البرمجي للمقال، بعد شيفرة iframe
embed-copy-host = نسخ النص البرمجي
embed-host-help = حين يصبح الإطار جاهزًا، يقرأ النص البرمجي ملف story.json من جوار المقال ويرسل القصة إلى الإطار. ولا يطلب الإطار أي شيء من أي موقع آخر.

## The Embed dialog: the preview

embed-preview-heading = معاينة
embed-update-preview = تحديث المعاينة
embed-preview-status-idle = تعرض الشيفرة على هاتف وعلى حاسوب مكتبي، جنبًا إلى جنب.
embed-preview-status-now = تعرض المعاينة الشيفرة كما هي الآن.
embed-preview-status-stale = تعرض المعاينة نسخة سابقة: حدّثها لترى تغييراتك.
# $width is in CSS pixels.
embed-preview-phone = هاتف، بعرض { $width } بكسل
embed-preview-desktop = حاسوب مكتبي، بعرض { $width } بكسل
# A preview frame's name for screen readers. $device is "phone" or "desktop"; $width is in CSS pixels.
embed-preview-frame = { $device ->
        [phone] معاينة التضمين على هاتف، بعرض { $width } بكسل
       *[desktop] معاينة التضمين على حاسوب مكتبي، بعرض { $width } بكسل
    }
