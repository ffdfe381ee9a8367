## The explorer's page: its header, its sections and their hints.
# Persian terms follow locales/fa/glossary.md.

# The browser tab's title.
page-title = { brand-name }
# The page's description for search engines and link previews; the reader does not see it on the page.
page-meta-description = گام‌های کاهش تحریم، گام‌های اصلاحی، اقدامات اعتمادساز و شوک‌ها را در طول یک خط زمانی جابه‌جا کنید و ببینید چه ممکن است در پی بیاید: اعتماد در هر دو طرف، بهبود اقتصادی و خطر شکست، در شمار زیادی از آینده‌های شبیه‌سازی‌شده.
# A link that keyboard users meet first, which jumps past the header.
page-skip-link = رفتن به خط زمانی

## The header

# Under the page's name on a wide screen.
page-tagline-long = ترتیب کاهش تحریم‌ها: تصویری فرضی، نه پیش‌بینی
# Under the page's name on a phone, in place of page-tagline-long: keep it short.
page-tagline-short = تصویری فرضی، نه پیش‌بینی
# Read by screen readers before the scenario's title; keep the space at the end.
page-scenario-label = سناریو:{ " " }
# Shown in place of the scenario's title until the page has started.
page-scenario-loading = در حال بارگذاری…
# Opens a menu of built-in scenarios.
page-presets-button = سناریوهای آماده
# Opens a dialog that explains the model.
page-how-button = طرز کار
# The name of the group holding Undo and Redo, for screen readers.
page-edit-history =
    .aria-label = تاریخچه ویرایش
# On a phone only the icon shows; the word is read by screen readers.
page-undo = واگرد
page-undo-button =
    .title = واگرد (Ctrl+Z)
page-redo = ازنو
page-redo-button =
    .title = ازنو (Shift+Ctrl+Z)
page-share-button = اشتراک‌گذاری
# On a phone the header's less used buttons fold under this one.
page-more-button = بیشتر
page-open-button = باز کردن…
    .title = باز کردن فایل سناریو (یا رها کردن آن روی صفحه)
# Opens a menu of files to download.
page-export-button = خروجی
page-embed-button = جاسازی
# Returns to the scenario the page opened with.
page-start-over = شروع دوباره
# A link to the page for running a workshop with a group.
page-workshop-link = کارگاه
# Shown only when the browser runs no scripts.
page-noscript = برنامه { brand-name } برای اجرای مدلش در مرورگر شما به JavaScript و WebAssembly نیاز دارد. هیچ چیزی به جایی فرستاده نمی‌شود.
# The page's opening sentence. $runs is how many simulated futures the charts summarise.
# Persian: a noun after a number stays singular, so no plural selector is needed.
page-intro = تحریم‌ها را به چه ترتیبی باید رفع کرد؟ گام‌ها را در طول خط زمانی بکشید؛ نمودارها نشان می‌دهند در <span data-l10n-name="runs">{ $runs }</span> آینده شبیه‌سازی‌شده چه ممکن است در پی بیاید.

## The timeline

# The timeline's heading; the unit is shown smaller.
timeline-heading = خط زمانی <span data-l10n-name="unit">(ماه)</span>
# Under the timeline's heading. Enter and Delete are keys on the keyboard.
timeline-hint = گام‌ها را بکشید، یا یکی را انتخاب کنید و از کلیدهای جهت‌نما استفاده کنید. کلید Enter آن را ویرایش می‌کند و Delete حذفش می‌کند.
# The heading of the list of warnings about the order of the steps.
timeline-warnings-heading = بررسی ترتیب گام‌ها

## Adding a step (a panel that folds open under the timeline)

palette-summary = افزودن گام
# Followed by a field holding a month number.
palette-month-label = گام‌های تازه در ماه

## "Suggest a better order" (a panel that folds open under the timeline)

suggest-summary = پیشنهاد ترتیبی بهتر
# “Risk and recovery together” is the first choice of suggest-aim-label's list (suggest-aim-score).
suggest-hint = مدل ماه‌های دیگری را برای گام‌های شما می‌آزماید، ترتیبی را که بهترین نتیجه را برای هدف شما دارد نگه می‌دارد و سپس آن را روی آینده‌های شبیه‌سازی‌شده تازه بررسی می‌کند. اگر بهبود بیش از دو برابر نوسان تصادفی نباشد، چیزی پیشنهاد نمی‌کند. گزینه «خطر و بهبود با هم» هر واحد درصد بهبود اقتصادی را، به‌طور میانگین در طول ماه‌ها، هم‌ارز نیم واحد درصد خطر به حساب می‌آورد.
# A list's label: what the search tries to do best on.
suggest-aim-label = هدف
suggest-aim-score = خطر و بهبود با هم
suggest-aim-breakdown = فقط خطر شکست
# Followed by a field holding a month number.
suggest-month-label = خطر شکست تا ماه
# Followed by a field holding a month number.
suggest-not-before-label = بدون جابه‌جایی هیچ گامی به پیش از ماه
# Followed by a field holding a number of months.
suggest-gap-label = حداقل فاصله میان گام‌های کاهش تحریم (ماه)
# The label of a checkbox.
suggest-flags-label = این را هم می‌تواند تغییر دهد که گامی منتظر پایبندیِ راستی‌آزمایی‌شده بماند یا همراه با معیارهای اعلام‌شده باشد
suggest-run-button = جست‌وجو
suggest-cancel-button = لغو

## The charts

# The charts' heading; charts-heading-futures follows it, smaller.
charts-heading = آنچه ممکن است در پی بیاید
# Follows charts-heading. $runs is how many simulated futures the charts summarise.
charts-heading-futures = در <span data-l10n-name="runs">{ $runs }</span> آینده شبیه‌سازی‌شده
# The legend of the lines drawn on every chart, for screen readers.
charts-shared-legend =
    .aria-label = خط‌های همه نمودارها
# Keeps the charts' current lines as a dashed line to compare later changes with.
charts-pin-baseline = ثبت به‌عنوان مبنا
charts-matters-button = چه چیزی بیشتر اهمیت دارد؟
charts-doubt-legend =
    .aria-label = آنچه تردید مدل به نمودارها می‌افزاید
charts-loading = در حال بارگذاری مدل…
# Shown when "Model doubt" is ticked. "The ranges" links to the model's documentation (in English).
charts-model-doubt-help = «تردید مدل» هر آینده را دوباره اجرا می‌کند، با اعداد خودِ مدل که از بازه‌های محتملشان قرعه‌کشی می‌شوند. لبه‌های نقطه‌چین: جایی که در این حالت ۸ آینده از هر ۱۰ قرار می‌گیرند، با شانس و تردید روی هم؛ بازه سایه‌دار روی نمودار خطر: اینکه اگر اعداد مدل درست نباشند، خطر تا چه حد ممکن است جابه‌جا شود. <a data-l10n-name="ranges">بازه‌ها</a> (به انگلیسی).
charts-baseline-note = نوارها نیمه میانی آینده‌های شبیه‌سازی‌شده و ۸ آینده از هر ۱۰ را نشان می‌دهند؛ هر عددی که در متن آمده همراه با نیمه میانی آن است. خط‌چین خاکستری سناریوی مبناست: سناریو همان‌گونه که صفحه آن را باز کرد. سناریوی کنونی را به‌عنوان مبنا ثبت کنید تا تغییرات بعدی را با آن مقایسه کنید.
# A panel that folds open to show the charts' numbers as a table.
charts-table-summary = جدول
charts-table-region =
    .aria-label = جدول برآورد

## The selected step's editor

page-editor-heading = گام انتخاب‌شده
page-editor-empty = گامی را روی خط زمانی انتخاب کنید تا ماه، اندازه یا شیوه برداشتنش را تغییر دهید.
page-editor-month-label = ماه
page-editor-size-label = اندازه
page-editor-size-help = برای کاهش تحریم‌ها: سهمی از کل تحریم‌ها که رفع می‌کند. برای گام‌های دیگر: اینکه تا کجا پیش می‌رود.
# Which of the sanctioning parties (the "senders", e.g. US, EU) a step belongs to.
page-editor-sender-label = تحریم‌کننده
page-editor-sender-help = این گام از آنِ کدام طرف تحریم‌کننده است.
page-editor-expires-label = انقضا پس از (ماه)
# Shown in the empty field: a step that never expires.
page-editor-expires-field =
    .placeholder = هرگز
page-editor-expires-help = خالی: هرگز. در غیر این صورت، کاهش تحریم‌ها این تعداد ماه پس از اعطا منقضی می‌شود، مگر آنکه پایبندیِ راستی‌آزمایی‌شده آن را تمدید کند.
# A checkbox's label: the word, then what it means in smaller, muted type.
page-editor-conditional = مشروط <span data-l10n-name="gloss">— منتظر می‌ماند تا پایبندی راستی‌آزمایی شود</span>
# A checkbox's label: the word, then what it means in smaller, muted type.
page-editor-transparent = شفاف <span data-l10n-name="gloss">— همراه با معیارهای اعلام‌شده</span>
page-editor-delete = حذف این گام

## Assumptions and the simulation's settings

page-assumptions-heading = فرض‌ها
page-assumptions-hint = آنچه آینده‌های شبیه‌سازی‌شده مسلم می‌گیرند. هر یک عددی از ۰ تا ۱ است.
# The sanctioning parties.
page-senders-legend = تحریم‌کنندگان
page-senders-help = چه کسانی تحریم‌ها را اعمال می‌کنند. برای یک طرف تحریم‌کننده، خالی بگذارید. برای آنکه هر کدام کاهش تحریم‌های خود را داشته باشد، نامشان را بنویسید، مثلاً آمریکا، اتحادیه اروپا، سازمان ملل.
# The field where a reader types a new sender's name; the placeholder is an example of one.
page-new-sender =
    .placeholder = مثلاً اتحادیه اروپا
    .aria-label = تحریم‌کننده تازه
page-add-sender = افزودن تحریم‌کننده
page-simulation-heading = شبیه‌سازی
page-horizon-label = تعداد ماه‌های برآورد
page-horizon-help = گام‌هایی که پس از پایان قرار دارند به آخرین ماه منتقل می‌شوند.
page-runs-label = آینده‌های شبیه‌سازی‌شده
page-runs-help = آینده‌های بیشتر نوارهای هموارتری می‌دهند، اما به‌روزرسانی را کُندتر می‌کنند.
# The number that starts the random draws of the simulated futures.
page-seed-label = بذر تصادفی
page-new-seed = بذر تازه
page-seed-help = یک سناریو با یک بذر همیشه همان آینده‌ها را می‌دهد.
# A checkbox's label.
page-model-doubt-label = تردید مدل
page-model-doubt-hint = هر آینده را دوباره اجرا می‌کند، با اعداد خودِ مدل که از بازه‌های محتملشان قرعه‌کشی می‌شوند، تا نشان دهد پاسخ تا چه حد به این اعداد بستگی دارد (دو برابر محاسبه).

## The footer

# The page's version (explorer-version) follows it.
page-footer = برنامه { brand-name } مدل خود را به‌طور کامل در مرورگر شما اجرا می‌کند؛ هیچ چیزی از آنچه اینجا انجام می‌دهید به جایی فرستاده نمی‌شود. اعداد از مدلی ساده از اعتماد، راستی‌آزمایی و شکست به دست می‌آیند، نه از داده‌های مربوط به کشوری واقعی.

## Dialogs and the editor as a sheet on a phone

# The button that closes a dialog.
dialog-close = بستن
# On a phone the selected step's editor opens over the bottom of the screen; this button closes it.
sheet-done = تمام
# The name screen readers give the editor while it covers the bottom of the screen.
sheet-label = گام انتخاب‌شده، در برگه‌ای روی صفحه

## The first visit's invitation to drag a step (in place of timeline-hint)

# It should be about as long as timeline-hint.
invite-hint = تازه آمده‌اید؟ گامِ حلقه‌دار را بکشید، یا آن را انتخاب کنید و از کلیدهای جهت‌نما استفاده کنید، و نمودارها را تماشا کنید.
# On a touch screen.
invite-hint-touch = تازه آمده‌اید؟ گامِ حلقه‌دار را با انگشت به چپ یا راست بکشید و تغییر نمودارها را تماشا کنید.

## Limits: large scenarios, full lists and numbers out of range

# Under the charts' heading while a large scenario's futures are still being counted. $runs is how many there are in all.
limits-refining = در حال دقیق‌تر کردن: شمارش همه { $runs } آینده شبیه‌سازی‌شده…
# $max is how many steps a scenario may have, $count how many this one has.
limits-steps-full = هر سناریو حداکثر { $max } گام دارد و این سناریو { $count } گام دارد. پیش از افزودن گامی دیگر، یکی را حذف کنید.
# $max is how many shocks a scenario may have, $count how many this one has.
limits-shocks-full = هر سناریو حداکثر { $max } شوک دارد و این سناریو { $count } شوک دارد. پیش از افزودن شوکی دیگر، یکی را حذف کنید.
# Under a number field whose entry was refused. $field is the field's name ("Simulated futures"); $min and $max the numbers allowed; $entry what the reader typed. $problem says what was wrong: "bad" (not a number), "empty" (nothing typed) or "out" (a number outside the range, or not whole).
limits-number-refused = { $problem ->
        [bad] { $field } باید عددی صحیح از { $min } تا { $max } باشد؛ آنچه وارد شد عدد نیست.
        [empty] { $field } باید عددی صحیح از { $min } تا { $max } باشد؛ خالی مانده است.
       *[out] { $field } باید عددی صحیح از { $min } تا { $max } باشد؛ { $entry } پذیرفته نیست.
    }
# As limits-number-refused, for a field that may be left empty. $empty says what an empty field means ("never").
limits-number-refused-optional = { $problem ->
        [bad] { $field } باید عددی صحیح از { $min } تا { $max } باشد، یا خالی به معنای «{ $empty }»؛ آنچه وارد شد عدد نیست.
       *[out] { $field } باید عددی صحیح از { $min } تا { $max } باشد، یا خالی به معنای «{ $empty }»؛ { $entry } پذیرفته نیست.
    }
# Follows limits-number-refused: the field shows its last good number, $kept, again.
limits-number-kept = همان { $kept } حفظ شد.
# Follows limits-number-refused-optional: the field is empty again. $empty says what that means ("never").
limits-number-kept-empty = خالی ماند ({ $empty }).

## When the model fails

# In the page's error box. The words between <strong> and </strong> are shown in bold; keep the tags. $detail is the browser's technical name for the failure (in English).
failure-model-stopped = <strong>مدل به‌طور غیرمنتظره متوقف شد</strong> ({ $detail }). سناریوی شما حفظ شده است: صفحه را دوباره بارگذاری کنید تا از آخرین سناریویی که اجرا شد ادامه دهید. کنسول مرورگر گزارشی برای بخش پیگیری مشکلات پروژه دارد.
failure-reload = بارگذاری دوباره

## A new version, installed while the page was open

offline-update-ready = نسخه تازه‌ای از { brand-name } آماده است.
offline-update-reload = برای استفاده، صفحه را دوباره بارگذاری کنید
