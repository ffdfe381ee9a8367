## The explorer's own messages: errors, notes and announcements its start-up and its panels make.

# The note under the charts once the reader has pinned a baseline.
explorer-baseline-note-pinned = الأشرطة: النصف الأوسط و٨ من كل ١٠ من المسارات المحاكاة؛ وكل رقم يُذكر بالكلمات يُذكر معه نصفه الأوسط. الخط الرمادي المتقطع هو خط الأساس الذي ثبّتَّه؛ ثبّت من جديد لمقارنة التغييرات اللاحقة بالسيناريو الحالي.
# The note under the charts while the baseline is the scenario as it was opened.
explorer-baseline-note-opened = الأشرطة: النصف الأوسط و٨ من كل ١٠ من المسارات المحاكاة؛ وكل رقم يُذكر بالكلمات يُذكر معه نصفه الأوسط. الخط الرمادي المتقطع هو خط الأساس: السيناريو كما فتحته. ثبّت السيناريو الحالي لمقارنة التغييرات اللاحقة به.
# $what is one of the explorer-could-not-… messages below; $error the reason, often in English.
explorer-failed-to = { $what }: { $error }
explorer-could-not-run = تعذّر على النموذج تشغيل هذا السيناريو
explorer-could-not-explain = تعذّر إعداد التفسير
explorer-could-not-set-up-embed = تعذّر تجهيز نافذة التضمين
# $error: what went wrong, as the browser says it.
explorer-something-went-wrong = حدث خطأ: { $error }
# Sent to an article that embeds the page when the model fails.
explorer-model-stopped = توقّف النموذج على نحو غير متوقع: { $error }
explorer-could-not-start = تعذّر تشغيل Relief Sequencer: { $error }. أعد تحميل الصفحة للمحاولة مجددًا.
# $status: the HTTP status code.
explorer-default-not-loaded = تعذّر تحميل السيناريو الافتراضي ({ $status })
# The timeline's hint on a touch screen (phones, tablets).
explorer-touch-hint = اسحب الخطوة أفقيًا لتحريكها؛ وانقر عليها لاختيارها وتعديلها في الأسفل.
# In the timeline's key, beside the icon of a step announced with published criteria.
explorer-key-published-criteria = معايير معلنة
# The scenario's title when it has none.
explorer-untitled-scenario = سيناريو بلا عنوان
# The "Why?" button beside the readout of every value at a month.
explorer-why-these-values = هذه القيم
# Announced to screen readers when a preset opens. $title: the preset's title.
explorer-preset-opened = فُتح السيناريو الجاهز «{ $title }». نبذة عن هذا السيناريو أسفل الخط الزمني.
# In the footer. $version: a version number such as 0.4.0.
explorer-version = الإصدار { $version }.
