# The model's names and explanations, as the page shows them. Written from the model by
# `RELIEF_WRITE_CATALOGUE=1 cargo test -p relief-web --lib words`: edit the model's
# words in Rust, never here. Translations live in the other languages' model.ftl.
# Persian terms follow locales/fa/glossary.md.

## Steps a side can take, on the timeline

model-step-humanitarian_exemption = معافیت بشردوستانه
    .explanation = کاهش تحریم‌ها برای دارو، غذا و تجارت بشردوستانه: منافع روزمره و ملموس، با هزینه اندک برای اهرم فشار.
model-step-sectoral_easing = تسهیل تحریم‌های بخشی
    .explanation = بازگشایی یک بخش اقتصادی، مانند صادرات نفت: کانالی اقتصادی و سریع که ظرف چند ماه نتیجه می‌دهد.
model-step-financial_channels = کانال‌های مالی
    .explanation = برقراری دوباره کانال‌های بانکی و پرداخت: کانالی کُند که طی چند سال، با افزایش اطمینان سرمایه‌گذاران، نتیجه می‌دهد.
model-step-travel_easing = تسهیل سفر
    .explanation = کاهش محدودیت‌های سفر: کوچک، ملموس و به‌آسانی برگشت‌پذیر.
model-step-asset_unfreezing = آزادسازی دارایی‌ها
    .explanation = آزادسازی دارایی‌های مسدودشده: پولی سریع برای کشور هدف، که پس گرفتنش دشوار است.
model-step-full_lifting = رفع کامل تحریم‌ها
    .explanation = رفع همه تحریم‌های باقی‌مانده (اندازه این گام برابر سهم تحریم‌هایی است که باقی مانده‌اند).
model-step-compliance_step = گام پایبندی
    .explanation = گامی پرهزینه و راستی‌آزمایی‌پذیر در جهت خواسته‌ها، مانند برچیدن یا تحویل دادن.
model-step-political_reform = اصلاحات سیاسی
    .explanation = آزادی زندانیان، برگزاری انتخابات، بازگرداندن حقوق.
model-step-humanitarian_access = دسترسی بشردوستانه
    .explanation = اجازه ورود به سازمان‌های امدادی: منفعتی ملموس برای مردم عادی.
model-step-independent_monitoring = نظارت مستقل
    .explanation = نظارت مستمر یک طرف ثالث: احتمال دیده شدن یک تخلف واقعی بسیار بیشتر می‌شود.
model-step-independent_audit = حسابرسی مستقل
    .explanation = حسابرسی‌های دوره‌ای: هشدارهای نادرست کمتر و تخلف‌های ازنظرافتاده کمتر.
model-step-joint_committee = کمیته مشترک
    .explanation = یک کمیته مشترک تحقیق، هشدارها را پیش از هر واکنشی بررسی می‌کند.
model-step-information_exchange = تبادل اطلاعات
    .explanation = دسترسی متقابل به اطلاعات: هر طرف بیشتر می‌بیند که طرف دیگر چه می‌کند.
model-step-published_criteria = معیارهای اعلام‌شده
    .explanation = معیارهای صریح و اعلام‌شده درباره پایبندی، اینکه چه کسی راستی‌آزمایی می‌کند و اختلاف‌ها چگونه حل‌وفصل می‌شوند.
model-step-snapback_clause = مکانیسم ماشه
    .explanation = با تأیید یک تخلف، کاهش تحریم‌ها خودبه‌خود برگردانده می‌شود: بازدارندگی‌ای که اهرم فشار را حفظ می‌کند.
model-step-sponsor_guarantee = تضمین حامیان
    .explanation = تضمینی بی‌طرفانه از سوی یک نهاد چندجانبه یا متحدی مورد اعتماد.
model-step-grievance_redress = رسیدگی به شکایات
    .explanation = سازوکارهایی برای شکایت و جبران، که با مشارکت کشور هدف و جامعه مدنی اداره می‌شوند.
model-step-civil_society_forum = مجمع جامعه مدنی
    .explanation = نهادهای دیده‌بان مشارکت می‌کنند و صدای جوامع محلی شنیده می‌شود.
model-step-technical_cooperation = همکاری فنی
    .explanation = پروژه‌های فنی مشترکی که پیوندهای کاری می‌سازند.
model-step-regional_coordination = هماهنگی منطقه‌ای
    .explanation = همسایگان پیام‌هایشان را هماهنگ می‌کنند، داده‌ها را به اشتراک می‌گذارند و بر سر استانداردها توافق می‌کنند.

## Who takes a step

model-actor-sanctioning_side = طرف تحریم‌کننده
model-actor-target = کشور هدف
model-actor-third_party = طرف‌های ثالث
model-actor-both = هر دو طرف
model-actor-civil_society = جامعه مدنی
model-actor-neighbours = همسایگان

## Shocks: events nobody chose

model-shock-spoiler_attack = حمله اخلالگران
    .explanation = اخلالگران برای منحرف کردن روند دست به حمله می‌زنند: حمایت کاهش می‌یابد و احتمال شکست بیشتر می‌شود.
model-shock-leadership_change = تغییر رهبری
    .explanation = رهبرانی تازه در طرف تحریم‌کننده: کشور هدف تردید دارد که به وعده‌ها عمل شود.
model-shock-regional_crisis = بحران منطقه‌ای
    .explanation = بحرانی در همسایگی: همسایگان و اخلالگران از فضای نااطمینانی سوءاستفاده می‌کنند.
model-shock-economic_shock = شوک اقتصادی
    .explanation = ضربه‌ای به اقتصاد کشور هدف از بیرون روند: سختی معیشت حمایت از روند را فرسوده می‌کند.
model-shock-sender_withdrawal = خروج تحریم‌کننده
    .explanation = یکی از طرف‌های تحریم‌کننده خارج می‌شود و تحریم‌هایش را دوباره برقرار می‌کند؛ اندازه این شوک نشان می‌دهد تحریم‌های ثانویه آن تا چه حد به کاهش تحریم‌های طرف‌های دیگر می‌رسد.

## The model's assumptions, which the reader can change

model-assumption-good_faith = حسن نیت
    .explanation = احتمال اینکه کشور هدف واقعاً قصد پایبندی داشته باشد. در هر اجرا پاسخ پنهانی قرعه‌کشی می‌شود.
model-assumption-initial_trust = اعتماد به کشور هدف در آغاز
    .explanation = میزان باور طرف تحریم‌کننده به حسن نیت کشور هدف در آغاز.
model-assumption-target_trust = اعتماد کشور هدف در آغاز
    .explanation = میزان باور کشور هدف به اینکه کاهش تحریم‌های وعده‌داده‌شده محقق شود و پایدار بماند.
model-assumption-hardliners = تندروها
    .explanation = قدرت اخلالگران و تندروها در هر دو طرف.
model-assumption-dependence = وابستگی
    .explanation = چه سهمی از تولید ازدست‌رفته کشور هدف از کانال‌های تحریم‌شده می‌گذرد: میزان گزندگی فشار.
model-assumption-sponsors = حامیان
    .explanation = میزان مشارکت ضامنان بی‌طرف (نهادهای چندجانبه، متحدان مورد اعتماد) از همان آغاز.
model-assumption-regional_spillover = سرریز منطقه‌ای
    .explanation = شدت واکنش همسایگان به روند، و اینکه تا چه حد آن را تشدید می‌کنند یا از آن سوءاستفاده می‌کنند.
model-assumption-generosity = گذشت
    .explanation = اینکه طرف تحریم‌کننده هر چند وقت یک بار از تخلفی که گزارش شده چشم می‌پوشد، به جای آنکه واکنش نشان دهد (۰: هرگز).
model-assumption-reneging = عهدشکنی داخلی
    .explanation = احتمال اینکه سیاست داخلی خود طرف تحریم‌کننده ظرف چهار سال علیه توافق بچرخد: دولت یا مجلس تازه‌ای از توافق خارج شود.

## The timeline's lanes

model-lane-sanctioning = طرف تحریم‌کننده
model-lane-target = کشور هدف
model-lane-others = طرف‌های ثالث و جامعه مدنی
model-lane-shocks = شوک‌ها

## What the model projects, month by month

model-series-trust = اعتماد به کشور هدف
    .explanation = باور طرف تحریم‌کننده به اینکه کشور هدف با حسن نیت عمل می‌کند.
model-series-target_trust = اعتماد کشور هدف
    .explanation = باور کشور هدف به اینکه کاهش تحریم‌ها محقق شود و پایدار بماند.
model-series-economy = بهبود اقتصادی
    .explanation = سهمی از تولید ازدست‌رفته بر اثر تحریم‌ها که بازیابی شده است.
model-series-leverage = اهرم فشار باقی‌مانده
    .explanation = فشاری که طرف تحریم‌کننده هنوز در اختیار دارد.
model-series-legitimacy = مشروعیت
    .explanation = حمایت عمومی از روند در جامعه کشور هدف.

## The charts: a title, and a description screen readers announce

model-chart-trust = اعتماد
    .description = اعتماد در هر دو طرف به تفکیک ماه، از ۰ تا ۱: باور طرف تحریم‌کننده به اینکه کشور هدف با حسن نیت عمل می‌کند، جداگانه برای آینده‌هایی که کشور هدف در آن‌ها صادق است و آینده‌هایی که صادق نیست، و باور کشور هدف به اینکه کاهش تحریم‌ها محقق شود و پایدار بماند؛ هر یک به‌صورت خط میانه، با نوارهایی که نیمه میانی و ۸۰٪ میانی اجراها را در بر می‌گیرند.
model-chart-economy = بهبود اقتصادی
    .description = بهبود اقتصادی به تفکیک ماه، به‌صورت سهمی از تولید ازدست‌رفته بر اثر تحریم‌ها که بازیابی شده است؛ به‌صورت خط میانه، با نوارهایی که نیمه میانی و ۸۰٪ میانی اجراها را در بر می‌گیرند.
model-chart-risk = خطر شکست
    .description = خطر شکست به تفکیک ماه: خطی برای سهم اجراهایی که روند در آن‌ها تا آن زمان شکست خورده است، بر روی ستون‌هایی برای شکست‌های هر ماه، به‌صورت سهمی از اجراهایی که هنوز شکست نخورده‌اند.
model-chart-leverage = اهرم فشار باقی‌مانده
    .description = اهرم فشار باقی‌مانده به تفکیک ماه، از ۰ تا ۱: فشاری که طرف تحریم‌کننده هنوز در اختیار دارد؛ به‌صورت خط میانه، با نوارهایی که نیمه میانی و ۸۰٪ میانی اجراها را در بر می‌گیرند.
model-chart-legitimacy = مشروعیت
    .description = مشروعیت به تفکیک ماه، از ۰ تا ۱: حمایت عمومی از روند در جامعه کشور هدف؛ به‌صورت خط میانه، با نوارهایی که نیمه میانی و ۸۰٪ میانی اجراها را در بر می‌گیرند.
model-chart-outcomes = پیامدها
    .description = پیامدها به تفکیک ماه، به‌صورت سهم از همه اجراها که روی هم به ۱۰۰٪ می‌رسند: از بالا، توافق پابرجاست، تقلب دیده نمی‌شود، تقلب کشف می‌شود و تحریم‌ها بازمی‌گردند، یا توافق به دلیلی دیگر فروپاشیده است.

## The two kinds of target the model draws: one means its commitments, one does not

model-target-trust_if_sincere = اعتماد اگر کشور هدف صادق باشد
    .short = اگر کشور هدف صادق باشد
model-target-trust_if_insincere = اعتماد اگر صادق نباشد
    .short = اگر صادق نباشد

## How a future ends

model-outcome-sustained = توافق پابرجاست
    .explanation = روند پابرجا می‌ماند و کسی از آن سوءاستفاده نمی‌کند.
model-outcome-exploited = تقلب پنهان
    .explanation = کشور هدفی که صادق نیست از کاهش تحریم‌ها بهره‌مند می‌ماند و تقلبش دیده نمی‌شود.
model-outcome-caught = تقلب کشف‌شده
    .explanation = تقلب راستی‌آزمایی شد و تحریم‌ها دوباره برقرار شدند: راستی‌آزمایی کار خود را کرده است.
model-outcome-collapsed = فروپاشی توافق
    .explanation = روند بدون آنکه تقلبی اثبات شود شکست خورد: به دست تندروها، بر اثر هشداری که نادرست تفسیر شد، یک کوتاهی، یا سیاست داخلی خود طرف تحریم‌کننده.

## The breakdown charts' two quantities, and the model's doubt

model-breakdown-risk = خطر شکست
model-breakdown-hazard = شکست‌های هر ماه
model-doubt-edges = ۸ از ۱۰ با تردید مدل
model-doubt-range = بازه با تردید مدل
