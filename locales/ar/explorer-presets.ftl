## The Presets menu in the header, and "About this scenario" beside the timeline. The presets'
## own titles and texts come from the model's catalogue.

# The headings of the Presets menu's two groups of built-in scenarios.
presets-kind-illustrative = توضيحية
presets-kind-historical = من التاريخ

# The heading of the panel that tells the reader about the scenario shown.
presets-about-heading = نبذة عن هذا السيناريو
# Shown in place of a scenario's title when it has none.
presets-untitled-scenario = سيناريو بلا عنوان
# What kind of scenario the panel is about.
presets-about-kind-illustrative = سيناريو جاهز توضيحي
presets-about-kind-historical = سيناريو جاهز من التاريخ
# Follows presets-about-kind-… once the reader has changed the preset.
presets-about-changed = عُدِّل عن صيغته الجاهزة: الملاحظات أدناه تصف السيناريو الجاهز كما نُشر

presets-outcome-heading = ما جرى بعد ذلك
presets-assumptions-heading = الافتراضات المختارة وأسباب اختيارها
presets-sources-heading = المصادر
# Shown for a source that has neither a title nor an address.
presets-untitled-source = مصدر بلا عنوان
# A source whose address cannot be followed as a link is shown with it in brackets.
presets-source-with-address = { $title } ({ $url })

## The milestones of a preset from history: a table

presets-milestones-heading = المحطات الرئيسية
# The table's caption, for screen readers.
presets-milestones-caption = المحطات الرئيسية: الشهر على الخط الزمني، والتاريخ، وما حدث
# The table's column headings.
presets-milestones-month = الشهر
presets-milestones-date = التاريخ
presets-milestones-event = الحدث
# A button showing a month number on the timeline; it reads the charts at that month.
presets-milestone-month = { $month }
    .aria-label = الشهر { $month }: اعرضه على الرسوم البيانية

## The note under "About this scenario"

# Shown in bold; presets-note-historical or presets-note-illustrative follows it.
presets-note-lead = مثال توضيحي، لا تنبؤ.
# Quotes the heading presets-outcome-heading.
presets-note-historical = يعيد النموذج تشغيل هذا التسلسل في ظل الافتراضات أعلاه ليُظهر كيف يميل تسلسل كهذا إلى أن يجري؛ فهو لا يستنسخ ما حدث ولا يتنبأ به. أما ما حدث فعلًا فتجده تحت «{ presets-outcome-heading }».
presets-note-illustrative = يُظهر النموذج كيف يميل تسلسل كهذا إلى أن يجري في ظل افتراضاته؛ ولا يتنبأ بأي حالة حقيقية.
