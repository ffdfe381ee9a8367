## The Presets menu in the header, and "About this scenario" beside the timeline. The presets'
## own titles and texts come from the model's catalogue.
# Persian terms follow locales/fa/glossary.md.

# The headings of the Presets menu's two groups of built-in scenarios.
presets-kind-illustrative = فرضی
presets-kind-historical = برگرفته از تاریخ

# The heading of the panel that tells the reader about the scenario shown.
presets-about-heading = درباره این سناریو
# Shown in place of a scenario's title when it has none.
presets-untitled-scenario = سناریوی بی‌عنوان
# What kind of scenario the panel is about.
presets-about-kind-illustrative = یک سناریوی آماده فرضی
presets-about-kind-historical = یک سناریوی آماده برگرفته از تاریخ
# Follows presets-about-kind-… once the reader has changed the preset.
presets-about-changed = تغییریافته نسبت به سناریوی آماده: یادداشت‌های زیر، سناریوی آماده را همان‌گونه که منتشر شده توصیف می‌کنند

presets-outcome-heading = آنچه پس از آن رخ داد
presets-assumptions-heading = فرض‌های انتخاب‌شده و دلیل آن‌ها
presets-sources-heading = منابع
# Shown for a source that has neither a title nor an address.
presets-untitled-source = منبع بی‌عنوان
# A source whose address cannot be followed as a link is shown with it in brackets.
presets-source-with-address = { $title } ({ $url })

## The milestones of a preset from history: a table

presets-milestones-heading = رویدادهای مهم
# The table's caption, for screen readers.
presets-milestones-caption = رویدادهای مهم: ماه روی خط زمانی، تاریخ، و آنچه رخ داد
# The table's column headings.
presets-milestones-month = ماه
presets-milestones-date = تاریخ
presets-milestones-event = رویداد
# A button showing a month number on the timeline; it reads the charts at that month.
presets-milestone-month = { $month }
    .aria-label = ماه { $month }: نمایش آن روی نمودارها

## The note under "About this scenario"

# Shown in bold; presets-note-historical or presets-note-illustrative follows it.
presets-note-lead = تصویری فرضی، نه پیش‌بینی.
# Quotes the heading presets-outcome-heading.
presets-note-historical = مدل این ترتیب گام‌ها را با فرض‌های بالا دوباره اجرا می‌کند تا نشان دهد چنین ترتیبی معمولاً چگونه پیش می‌رود؛ آنچه را رخ داد بازسازی یا پیش‌بینی نمی‌کند. آنچه واقعاً رخ داد زیر عنوان «{ presets-outcome-heading }» آمده است.
presets-note-illustrative = مدل نشان می‌دهد ترتیبی مانند این، با فرض‌های مدل، معمولاً چگونه پیش می‌رود؛ هیچ مورد واقعی را پیش‌بینی نمی‌کند.
