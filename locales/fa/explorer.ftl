## The explorer's own messages: errors, notes and announcements its start-up and its panels make.

# The note under the charts once the reader has pinned a baseline.
explorer-baseline-note-pinned = نوارها نیمه میانی آینده‌های شبیه‌سازی‌شده و ۸ آینده از هر ۱۰ را نشان می‌دهند؛ هر عددی که در متن آمده همراه با نیمه میانی آن است. خط‌چین خاکستری سناریوی مبنایی است که شما ثبت کرده‌اید؛ برای مقایسه تغییرات بعدی با سناریوی کنونی، دوباره آن را به‌عنوان مبنا ثبت کنید.
# The note under the charts while the baseline is the scenario as it was opened.
explorer-baseline-note-opened = نوارها نیمه میانی آینده‌های شبیه‌سازی‌شده و ۸ آینده از هر ۱۰ را نشان می‌دهند؛ هر عددی که در متن آمده همراه با نیمه میانی آن است. خط‌چین خاکستری سناریوی مبناست: سناریو همان‌گونه که آن را باز کردید. سناریوی کنونی را به‌عنوان مبنا ثبت کنید تا تغییرات بعدی را با آن مقایسه کنید.
# $what is one of the explorer-could-not-… messages below; $error the reason, often in English.
explorer-failed-to = { $what }: { $error }
explorer-could-not-run = مدل نتوانست این سناریو را اجرا کند
explorer-could-not-explain = توضیح آماده نشد
explorer-could-not-set-up-embed = پنجره «جاسازی» راه‌اندازی نشد
# $error: what went wrong, as the browser says it.
explorer-something-went-wrong = مشکلی پیش آمد: { $error }
# Sent to an article that embeds the page when the model fails.
explorer-model-stopped = مدل به‌طور غیرمنتظره متوقف شد: { $error }
explorer-could-not-start = برنامه Relief Sequencer راه‌اندازی نشد: { $error }. برای تلاش دوباره، صفحه را دوباره بارگذاری کنید.
# $status: the HTTP status code.
explorer-default-not-loaded = سناریوی پیش‌فرض بارگذاری نشد ({ $status })
# The timeline's hint on a touch screen (phones, tablets).
explorer-touch-hint = برای جابه‌جا کردن یک گام، آن را به چپ یا راست بکشید؛ برای انتخاب آن و ویرایش بیشتر در پایین صفحه، روی آن ضربه بزنید.
# In the timeline's key, beside the icon of a step announced with published criteria.
explorer-key-published-criteria = معیارهای اعلام‌شده
# The scenario's title when it has none.
explorer-untitled-scenario = سناریوی بی‌عنوان
# The "Why?" button beside the readout of every value at a month.
explorer-why-these-values = این مقادیر
# Announced to screen readers when a preset opens. $title: the preset's title.
explorer-preset-opened = سناریوی «{ $title }» باز شد. بخش «درباره این سناریو» زیر خط زمانی است.
# In the footer. $version: a version number such as 0.4.0.
explorer-version = نسخه { $version }.
