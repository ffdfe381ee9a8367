## Ways in and out of the explorer: links, the scenario saved in this browser, undo and redo.
# Persian terms follow locales/fa/glossary.md. A story's frame is «صحنه»; the embedded
# page's iframe is «قاب»; a caption is «شرح».

# Undo's and Redo's tooltips on a Mac, whose shortcut key is ⌘.
io-undo-title-mac = واگرد (⌘Z)
io-redo-title-mac = ازنو (Shift+⌘Z)
# Said by screen readers after Undo or Redo.
io-undone = آخرین تغییر برگردانده شد.
io-redone = تغییر دوباره اعمال شد.
# Said by screen readers once a file has been downloaded. $name is the file's name.
io-file-saved = { $name } ذخیره شد.

# A scenario link that cannot be decoded. $reason says why, in the model's words.
io-link-damaged = این پیوند خوانده نمی‌شود: { $reason }.
# A scenario link whose scenario has errors. $reason lists them, in the model's words ("/steps/3/month: …").
io-link-invalid = این پیوند خوانده نمی‌شود: سناریوی درون آن مشکلی دارد: { $reason }.
# Follows io-link-damaged or io-link-invalid when the reader went Back or Forward to the link.
io-link-kept = سناریویی که داشتید همچنان نمایش داده می‌شود.
# The address asked for a built-in scenario by a name that has none. $reason is the model's words.
io-start-no-preset = این پیوند سناریوی آماده‌ای را می‌خواهد که وجود ندارد: { $reason }.
# Follows a sentence saying what could not be opened.
io-start-saved-instead = به جای آن، آخرین سناریوی ذخیره‌شده شما نمایش داده می‌شود.
# Follows a sentence saying what could not be opened.
io-start-default-instead = به جای آن، سناریوی پیش‌فرض نمایش داده می‌شود.
# Follows io-start-default-instead.
io-start-saved-kept = هر چه در این مرورگر ذخیره کرده‌اید حفظ شده است.
# $reason lists what is wrong with the saved text, in the model's words.
io-saved-unreadable = سناریوی ذخیره‌شده در این مرورگر خوانده نشد: { $reason }. این متن جداگانه نگه داشته شده است، پس چیزی از دست نمی‌رود.
# A button that downloads the saved text that could not be read.
io-saved-download = دانلود متن ذخیره‌شده
# The reader's own saved scenario is still there after a link opened another. $opened is "preset" (the link opened a built-in scenario) or "link" (someone's shared scenario).
io-saved-still-there = این صفحه { $opened ->
        [preset] یک سناریوی آماده
       *[link] سناریویی که با شما به اشتراک گذاشته شده
    } را باز کرد. آخرین سناریوی خود شما همچنان در این مرورگر ذخیره است.
io-saved-open = باز کردن سناریوی ذخیره‌شده من
io-saved-dismiss = بستن
# Said by screen readers once the saved scenario is open again. $opened as in io-saved-still-there.
io-saved-opened = سناریوی ذخیره‌شده شما باز است. «واگرد» به { $opened ->
        [preset] سناریوی آماده
       *[link] سناریوی به‌اشتراک‌گذاشته‌شده
    } بازمی‌گردد.
# The browser refuses to keep the scenario. $reason says why. "Share" and "Export" are the header's buttons.
io-storage-failed = تغییرات شما در این مرورگر نگه داشته نمی‌شود: { $reason }. برای حفظ کارتان، با «{ page-share-button }» پیوندی کپی کنید، یا با «{ page-export-button }» سناریو را در قالب فایل ذخیره کنید.

## Opening a scenario file (the header's "Open…", or a file dropped on the page)

# A file's name, where the browser gives none.
files-unnamed = فایل
# The first line of the error; each problem follows on a line of its own. $name is the file's name.
files-cannot-open = { $name } باز نمی‌شود؛ سناریویی که داشتید همچنان نمایش داده می‌شود.
# A problem with a file: $size and $max are in kilobytes.
files-too-large = حجم این سناریو { $size } کیلوبایت است؛ حجم یک سناریو حداکثر { $max } کیلوبایت است
# A problem with a file.
files-not-utf8 = متن UTF-8 نیست؛ سناریو یک فایل JSON است
# A problem with a file. $reason is the browser's explanation (often in English).
files-unreadable = فایل خوانده نشد ({ $reason })
# The hidden file field's name, for screen readers.
files-input-label = فایل سناریو برای باز کردن
# Said by screen readers. $name is the file's name.
files-opened = { $name } باز شد.
# Shown over the page while a file is dragged over it.
files-drop-hint = برای باز کردن یک فایل سناریو (.json)، آن را اینجا رها کنید
# $count is how many files were dropped at once (never 1).
files-drop-one = هر بار فقط یک فایل سناریو رها کنید ({ $count } فایل رها شد)؛ سناریویی که داشتید همچنان نمایش داده می‌شود.

## The Export menu, and each chart's download button

export-menu-scenario = سناریو (فایل JSON برای باز کردن دوباره)
export-menu-csv = برآورد در قالب CSV (صفحه‌گسترده)
export-menu-json = برآورد در قالب JSON
export-menu-chart = یک نمودار در قالب PNG یا SVG…
# The download button beside each chart's title (an icon). $chart is the chart's title.
export-chart-button = دانلود نمودار { $chart }
export-chart-png = تصویر PNG
export-chart-svg = تصویر SVG
# $what is what could not be exported: "scenario", "projection" or "chart" ($chart is then the chart's title). $reason says why.
export-failed = { $what ->
        [scenario] خروجی سناریو گرفته نشد: { $reason }
        [projection] خروجی برآورد گرفته نشد: { $reason }
       *[chart] خروجی نمودار { $chart } گرفته نشد: { $reason }
    }
# Reasons an export may fail, shown in export-failed.
export-image-no-size = تصویر اندازه‌ای ندارد
export-image-failed = تصویر ساخته نشد

## The Share dialog

share-dialog-title = اشتراک‌گذاری این سناریو
# $reason says why (share-scenario-invalid, or an unexpected error).
share-cannot-share = این سناریو هنوز قابل اشتراک‌گذاری نیست: { $reason }
share-scenario-invalid = این سناریو مشکلی دارد و تا رفع نشود نمی‌توان آن را به اشتراک گذاشت
share-link-label = پیوند این سناریو
share-copy-link = کپی پیوند
share-link-help = کل سناریو درون خود پیوند است: هر کس آن را باز کند دقیقاً همان چیزی را می‌بیند که اکنون شما می‌بینید. چیزی بارگذاری نمی‌شود.
# Shown beside a Copy button. $what is what was copied: "link", "embed-code", "iframe-code" or "script".
share-copied = { $what ->
        [link] پیوند کپی شد.
        [embed-code] کد جاسازی کپی شد.
        [iframe-code] کد iframe کپی شد.
       *[script] اسکریپت کپی شد.
    }
# Shown when the browser would not copy by itself: the text is selected instead. $keys is the shortcut ("Ctrl+C" or "⌘C"). $what as in share-copied.
share-copy-selected = { $what ->
        [link] پیوند انتخاب شد: برای کپی کردن، { $keys } را بزنید.
        [embed-code] کد جاسازی انتخاب شد: برای کپی کردن، { $keys } را بزنید.
        [iframe-code] کد iframe انتخاب شد: برای کپی کردن، { $keys } را بزنید.
       *[script] اسکریپت انتخاب شد: برای کپی کردن، { $keys } را بزنید.
    }
share-qr-heading = کد QR برای نمایش در جمع
share-qr-image = کد QR پیوند این سناریو
share-qr-full-screen = نمایش تمام‌صفحه
share-qr-download = دانلود کد QR
share-qr-note = دوربین گوشی را به سوی آن بگیرید تا این سناریو باز شود. در حالت تمام‌صفحه، از آن سوی یک اتاق هم خوانده می‌شود.
share-qr-dense = این سناریو طولانی است و کد آن فشرده است: آن را تمام‌صفحه روی پروژکتور نمایش دهید، یا از نزدیک‌تر اسکن کنید.
share-qr-no-full-screen = این مرورگر اینجا اجازه نمایش تمام‌صفحه نمی‌دهد؛ به جای آن بزرگ‌نمایی کنید.
share-embed-heading = جاسازی در یک صفحه وب
# A checkbox's label.
share-embed-lock = قفل کردن ویرایش (خوانندگان نمودارها را می‌خوانند اما نمی‌توانند گام‌ها را جابه‌جا کنند)
share-embed-caption-label = شرح (اختیاری)
share-embed-caption-placeholder = بالای خط زمانی نمایش داده می‌شود
share-embed-code-label = کد جاسازی
share-copy-embed = کپی کد جاسازی
# A link that opens the embed in a new tab.
share-embed-preview = پیش‌نمایش جاسازی
# height="{ $height }" is HTML code the reader may change: keep it as it is.
share-embed-help = آن را در یک مقاله یا صفحه درسی قرار دهید. در هر قابی از ۳۲۰ × ۴۰۰ پیکسل به بالا جا می‌شود؛ برای تنظیم، height="{ $height }" را تغییر دهید. نسخه جاسازی‌شده هیچ درخواستی به سایت دیگری نمی‌فرستد، و به صفحه شما خبر می‌دهد که کی آماده است و کی سناریو تغییر می‌کند (نگاه کنید به راهنمای جاسازی).

## The explorer embedded in an article

# The frame's name for screen readers in the article that embeds it, part of the code the Embed dialog makes. $title is the scenario's title.
embed-iframe-title = { brand-name }: { $title }
embed-iframe-title-untitled = { brand-name }
# A link from the embed to the full page.
embed-open-link = باز کردن در { brand-name }
# Read by screen readers after embed-open-link.
embed-new-tab = (در زبانه‌ای تازه باز می‌شود)
# Above the embedded timeline, beside embed-open-link: keep it short.
embed-nature = تصویری فرضی، نه پیش‌بینی
# In place of timeline-hint when the article's author locked the steps.
embed-locked-hint = این سناریو قفل است. برای خواندن هر ماه، نشانگر را روی یک نمودار ببرید، یا روی آن تمرکز کنید و از کلیدهای جهت‌نما استفاده کنید.

## A story in an embed: frames with captions, stepped through

# The story's name for screen readers.
story-region =
    .aria-label = روایت
story-previous = قبلی
    .aria-label = صحنه قبلی
story-next = بعدی
    .aria-label = صحنه بعدی
# Between Previous and Next: the frame shown, and how many there are.
story-where = { $frame } از { $count }
    .aria-label = صحنه { $frame } از { $count }
# Explains a dashed line on the charts, drawn beside a swatch of it.
story-compare = خط‌چین: صحنه قبلی
# The title of the scenario a story's frame shows (on the full page and in downloads). $title is the story's or the scenario's own title.
story-frame-title = { $title } (صحنه { $frame } از { $count })
# $reason says why, in the model's words.
story-cannot-show = این روایت نمایش داده نمی‌شود: { $reason }.
# Reasons a story cannot be shown (in story-cannot-show).
story-none-named = در نشانی، نام هیچ روایتی نیامده است
# $path is the file's address on the site, $status the server's answer (a number such as 404).
story-file-unavailable = فایل روایت { $path } بارگذاری نشد ({ $status })

## The Embed dialog: how the embed looks

embed-dialog-title = جاسازی در یک مقاله
embed-look-heading = ظاهر
embed-readers-can = خوانندگان می‌توانند
# A choice under embed-readers-can.
embed-mode-readonly = فقط آن را بخوانند: گام‌ها همان‌جا که گذاشته‌اید می‌مانند
# A choice under embed-readers-can.
embed-mode-interactive = گام‌ها را جابه‌جا کنند و نتیجه را ببینند
embed-charts-legend = نمودارها
embed-charts-hint = اگر هیچ‌کدام یا همه تیک خورده باشند: نسخه جاسازی‌شده در قاب باریک سه نمودار اصلی و در قاب بزرگ هر پنج نمودار را نشان می‌دهد.
embed-theme-legend = پوسته
embed-theme-reader = پیروی از تنظیمات خواننده
embed-theme-light = روشن
embed-theme-dark = تیره
embed-theme-high-contrast = کنتراست بالا
embed-caption-label = شرح (اختیاری)
embed-caption-field =
    .placeholder = بالای خط زمانی نمایش داده می‌شود
# $max is the most characters a caption may have.
embed-caption-help = حداکثر { $max } نویسه، که به‌صورت متن ساده نمایش داده می‌شود.

## The Embed dialog: the story's frames

embed-story-heading = روایت
embed-story-help = روایت، خوانندگان را صحنه‌به‌صحنه در سناریو پیش می‌برد و هر صحنه شرح خود را دارد. گام‌ها را روی صفحه بچینید و سپس یک صحنه بیفزایید؛ این پنجره را ببندید، گام‌ها را جابه‌جا کنید و صحنه بعدی را بیفزایید. صحنه‌های شما تا وقتی این زبانه باز است نگه داشته می‌شوند.
embed-frames-empty = هنوز صحنه‌ای نیست: کد، سناریو را همان‌گونه که اکنون هست جاسازی می‌کند.
embed-add-frame = افزودن صحنه
# $max is the most frames a story may have.
embed-frames-full = هر روایت حداکثر { $max } صحنه دارد.
# The heading of a frame in the list.
embed-frame-heading = صحنه { $frame }
# A frame in a few words: its steps. $steps is how many.
embed-frame-steps = { $steps } گام.
# As embed-frame-steps, for a frame whose steps are those of the frame before, $before.
embed-frame-steps-same = { $steps } گام، همان گام‌های صحنه { $before }.
# As embed-frame-steps, when $differ of the steps differ from those of the frame before, $before.
embed-frame-steps-differ = { $steps } گام، که { $differ } گام از آن‌ها با صحنه { $before } فرق دارد.
# A frame's description with the title of the scenario it was taken from. $about is embed-frame-steps or one of its variants.
embed-frame-about-titled = { $title }: { $about }
embed-frame-caption-label = شرح
embed-frame-caption-placeholder = آنچه خواننده باید در این صحنه به آن توجه کند
# "Highlight [a series] at month [a number]": the labels of a list and of a field that follows it on the same line.
embed-frame-series-label = برجسته کردن
# The list's first choice: no series highlighted.
embed-frame-series-none = هیچ
# See embed-frame-series-label.
embed-frame-month-label = در ماه
# A checkbox's label.
embed-frame-compare = مقایسه با صحنه قبلی
# A checkbox's label, on the first frame, where it is disabled.
embed-frame-compare-first = مقایسه با صحنه قبلی (نه برای نخستین صحنه)
# Buttons on each frame; their names for screen readers say which frame.
embed-frame-up = بالا بردن
    .aria-label = بالا بردن: صحنه { $frame }
embed-frame-down = پایین بردن
    .aria-label = پایین بردن: صحنه { $frame }
embed-frame-remove = حذف
    .aria-label = حذف: صحنه { $frame }
# Said by screen readers.
embed-frame-added = صحنه { $frame } از سناریو، همان‌گونه که اکنون هست، افزوده شد. شرح آن را بنویسید.
# Said by screen readers. $place is the frame's new place, $count how many frames there are.
embed-frame-moved = صحنه به جایگاه { $place } از { $count } منتقل شد.
# Said by screen readers. $left is how many frames are left.
embed-frame-removed = صحنه { $frame } حذف شد. { $left ->
        [0] صحنه‌ای باقی نمانده است: کد، سناریو را جاسازی می‌کند.
       *[other] { $left } صحنه باقی مانده است.
    }
# The title a story gets when its scenario has none.
embed-untitled-story = روایت بی‌عنوان
# Under a frame whose settings a story cannot keep. $differences lists them (embed-differs-…).
embed-note-frame-differs = صحنه { $frame } در این موارد با آخرین صحنه فرق دارد: { $differences }. هر روایت فقط یک مجموعه تنظیمات، یعنی تنظیمات آخرین صحنه، را نگه می‌دارد، پس صحنه { $frame } آن‌ها را همان‌گونه نشان خواهد داد که آخرین صحنه نشان می‌دهد.
# In embed-note-frame-differs. $names lists the assumptions.
embed-differs-assumptions = فرض‌ها ({ $names })
# In embed-note-frame-differs. $months is the frame's horizon, $base the latest frame's.
embed-differs-horizon = افق زمانی ({ $months } ماه، نه { $base } ماه)
# In embed-note-frame-differs.
embed-differs-shocks = شوک‌ها
# In embed-note-frame-differs.
embed-differs-senders = تحریم‌کنندگان
# Between the items of a short list.
embed-list-separator = { "، " }
# A problem with a frame. $problem is the model's words.
embed-story-problem = صحنه { $frame }: { $problem }.
# A problem with a field of a frame. $field names it (embed-field…), $problem is the model's words.
embed-story-problem-field = صحنه { $frame } ({ $field }): { $problem }.
# Parts of embed-story-problem-field.
embed-field-added-step = گام افزوده‌شده { $step }
embed-field-shown-step = گام نمایش‌داده‌شده { $step }
# A field of a story's frame. $name is its name in the story's format; $words the same with spaces.
embed-field = { $name ->
        [caption] شرح
        [highlight] برجسته‌سازی
        [series] شاخص
        [month] ماه
        [compare_previous] مقایسه با صحنه قبلی
        [kind] نوع
        [size] اندازه
        [conditional] مشروط
        [transparent] شفاف
        [sender] تحریم‌کننده
        [expires_after] انقضا پس از
       *[other] { $words }
    }
embed-scenario-invalid = این سناریو مشکلی دارد و تا رفع نشود نمی‌توان آن را جاسازی کرد.
embed-no-stories = این نسخه از صفحه نمی‌تواند روایت بسازد: برای جاسازی سناریو، صحنه‌ها را حذف کنید.
embed-frame-no-caption = صحنه { $frame } هنوز شرحی ندارد: هر صحنه به شرحی نیاز دارد که بگوید خواننده باید به چه توجه کند.
embed-frame-no-month = صحنه { $frame } یک شاخص را برجسته می‌کند اما ماهی برای آن تعیین نشده است: ماهی را که باید برجسته شود انتخاب کنید.

## The Embed dialog: the code for the article

embed-code-heading = کد برای مقاله شما
# What the code makes, ending the summary above the code. $mode is "readonly" or "interactive"; $charts is embed-charts-usual or embed-charts-chosen; $theme is "reader", "light", "dark" or "high-contrast".
embed-look = { $mode ->
        [readonly] فقط خواندنی
       *[interactive] تعاملی
    }، { $charts }، پوسته { $theme ->
        [light] روشن
        [dark] تیره
        [high-contrast] کنتراست بالا
       *[reader] مطابق تنظیمات خواننده
    }.
# In embed-look.
embed-charts-usual = نمودارهای معمول نسخه جاسازی‌شده
# In embed-look. $charts lists the charts' titles, $count how many there are.
embed-charts-chosen = { $count ->
        [one] نمودار { $charts }
       *[other] نمودارهای { $charts }
    }
embed-summary-problem = روایت مشکلی دارد (بالاتر را ببینید): برای گرفتن کد آن، مشکل را رفع کنید.
# Followed by embed-look.
embed-summary-scenario = کد، سناریو را همان‌گونه که اکنون هست جاسازی می‌کند.
# Followed by embed-look. $count is how many frames, $length how many characters the address has.
embed-summary-link = کد، روایتی با { $count } صحنه را جاسازی می‌کند که تمامش در نشانی آن است ({ $length } نویسه).
# Followed by embed-look. $length is how many characters the address would have, $max the most that travels safely.
embed-summary-file = این روایت با { $count } صحنه برای یک پیوند بیش از حد طولانی است ({ $length } نویسه؛ حداکثری که با اطمینان منتقل می‌شود حدود { $max } نویسه است). آن را در فایلی کنار مقاله‌تان نگه دارید: فایل روایت را دانلود کنید، کنار صفحه مقاله قرار دهید و اسکریپت زیر را پس از کد iframe بیفزایید.
embed-code-label = کد iframe
embed-copy-code = کپی کد iframe
# $pixels is the frame's height; height="{ $height }" is HTML code the author may change: keep it as it is.
embed-code-help-scenario = آن را در مقاله قرار دهید. ارتفاع قاب { $pixels } پیکسل است و در هر قابی از ۳۲۰ × ۴۰۰ پیکسل به بالا جا می‌شود؛ برای تنظیم، height="{ $height }" را تغییر دهید.
# $pixels is the frame's first height; height="{ $height }" is HTML code the author may change: keep it as it is. The guide to embedding is in English.
embed-code-help-story = آن را در مقاله قرار دهید. ارتفاع قاب در آغاز { $pixels } پیکسل است؛ برای آنکه ارتفاعش با محتوا تغییر کند، اسکریپت کوتاهی را که در راهنمای جاسازی (به انگلیسی) زیر عنوان «Fitting the article» آمده است بیفزایید (docs/embedding.md#fitting-the-article)، یا برای تنظیم، height="{ $height }" را تغییر دهید.
# A button; story.json is the file's name and stays as it is.
embed-download-story = دانلود فایل روایت
embed-download-story-hint = story.json، برای قرار دادن کنار صفحه مقاله.
embed-host-label = اسکریپت برای مقاله، پس از کد iframe
embed-copy-host = کپی اسکریپت
embed-host-help = وقتی قاب آماده شد، اسکریپت فایل story.json را از کنار مقاله می‌خواند و روایت را به قاب می‌فرستد. قاب از هیچ سایت دیگری چیزی درخواست نمی‌کند.

## The Embed dialog: the preview

embed-preview-heading = پیش‌نمایش
embed-update-preview = به‌روزرسانی پیش‌نمایش
embed-preview-status-idle = کد را روی گوشی و رایانه رومیزی، کنار هم، نشان می‌دهد.
embed-preview-status-now = پیش‌نمایش، کد را همان‌گونه که اکنون هست نشان می‌دهد.
embed-preview-status-stale = پیش‌نمایش نسخه‌ای قدیمی‌تر را نشان می‌دهد: برای دیدن تغییراتتان آن را به‌روز کنید.
# $width is in CSS pixels.
embed-preview-phone = گوشی، با عرض { $width } پیکسل
embed-preview-desktop = رایانه رومیزی، با عرض { $width } پیکسل
# A preview frame's name for screen readers. $device is "phone" or "desktop"; $width is in CSS pixels.
embed-preview-frame = { $device ->
        [phone] پیش‌نمایش نسخه جاسازی‌شده روی گوشی، با عرض { $width } پیکسل
       *[desktop] پیش‌نمایش نسخه جاسازی‌شده روی رایانه رومیزی، با عرض { $width } پیکسل
    }
