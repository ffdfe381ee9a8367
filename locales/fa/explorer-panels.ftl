### The panels beside the timeline and the dialogs that explain the charts: the words their scripts make.
# Persian terms follow locales/fa/glossary.md. A series (trust, recovery…) is «شاخص»; a
# factor is «عامل»; statistical noise is «نوسان تصادفی»; the bars of "Why?" and of
# "What matters most?" are «میله».

## The "Add a step" palette beside the timeline.

# The field's name at the start of a sentence that refuses a bad value:
# "The month for new steps must be a whole number from 0 to 47; -3 is not. Kept 0."
palette-month-field = ماه گام‌های تازه

## The editor of the selected step or shock ("Selected step").

# The month field's name at the start of a sentence that refuses a bad value:
# "Month must be a whole number from 0 to 47; 60 is not. Kept 6."
editor-month-field = ماه
# The expiry field's name at the start of a sentence that refuses a bad value:
# "Expires after (months) must be a whole number from 1 to …, or empty for never; …"
editor-expires-field = انقضا پس از (ماه)
# What leaving the expiry empty means, placed in "…, or empty for never; …" and "Kept it empty (never)".
editor-expires-empty = هرگز
# Beside the selected item's name, when it is a shock.
editor-actor-shock = (شوک)
# Beside the selected step's name: who takes it. $actor is the actor's name from the model
# ("sanctioning side", "target").
editor-actor = ({ $actor })
# Under the sender menu, for a step of relief.
editor-sender-help-relief = کدام طرف تحریم‌کننده این کاهش تحریم را اعطا می‌کند.
# Under the sender menu, for the shock in which a sender walks out of the deal.
editor-sender-help-withdrawal = کدام طرف تحریم‌کننده خارج می‌شود.
editor-delete-step = حذف این گام
editor-delete-shock = حذف این شوک

## The assumptions: the model's settings, the simulation, and the scenario's senders.

# Beside the horizon slider. $months is the number of months the scenario runs.
assumptions-horizon-value = { $months } ماه
# The field's name at the start of a sentence that refuses a bad value:
# "Simulated futures must be a whole number from 1 to 100,000; 0 is not. Kept 1,000."
assumptions-runs-field = تعداد آینده‌های شبیه‌سازی‌شده
# The random seed's field name, at the start of a sentence that refuses a bad value:
# "Seed must be a whole number from 0 to …; -4 is not. Kept 7."
assumptions-seed-field = بذر تصادفی
# The name a screen reader gives each sender's text field. $number counts from 1.
assumptions-sender-field = تحریم‌کننده { $number }
# The button beside each sender. Its aria-label names the sender the reader typed ($name).
assumptions-sender-remove = حذف
    .aria-label = حذف { $name }
assumptions-senders-too-many = هر سناریو حداکثر { $max } تحریم‌کننده دارد؛ پیش از افزودن تحریم‌کننده‌ای دیگر، یکی را حذف کنید.
# "EU" is an example of a short name for a sanctioning party.
assumptions-sender-name-empty = هر تحریم‌کننده به یک نام نیاز دارد، مانند «اتحادیه اروپا».
# $max is the longest a name may be; $count is the length of the name typed.
assumptions-sender-name-too-long = نام هر تحریم‌کننده حداکثر { $max } نویسه است و این نام { $count } نویسه دارد.
# $name is the name the reader typed.
assumptions-sender-name-taken = «{ $name }» از پیش یک تحریم‌کننده است؛ به هر تحریم‌کننده نامی جداگانه بدهید.
# Follows a refused new name for a sender: the old name ($name) stays.
assumptions-sender-kept = همان «{ $name }» حفظ شد.
# A sender cannot be removed while steps name it. $users lists them (see the next messages).
assumptions-sender-still-used = «{ $name }» هنوز تحریم‌کننده این موارد است: { $users }.
# One step or shock in that list: its name from the model, and its month.
assumptions-sender-user = { $step } (ماه { $month })
# The end of a long list, in place of the rest: "Sectoral easing (month 6), Travel easing (month 9), Asset unfreezing (month 12) and 3 more".
assumptions-sender-users-more = { $count } مورد دیگر
# The list's last two parts: $first is the earlier items joined by the separator below.
assumptions-sender-users = { $first } و { $last }
# Between the items of a list, before the last two.
assumptions-list-separator = { "، " }
# Said when removing the first of several senders: steps naming no sender belong to it.
assumptions-sender-implied = گامی که نام هیچ تحریم‌کننده‌ای را ندارد، از آنِ نخستین تحریم‌کننده است.
# "Selected step" is the name of the panel where a step's sender is chosen.
assumptions-sender-choose-another = برای آن‌ها در بخش «گام انتخاب‌شده» تحریم‌کننده دیگری برگزینید، سپس این یکی را حذف کنید.

## "Why?": the dialog that ranks what moved a series at a month, and the buttons that open it.

# The name of the breakdown risk in the dialog's menu of series (the other names come from the model).
why-series-backsliding-risk = خطر شکست
why-dialog-title = چرا؟
# The dialog's two fields read as a phrase: "Explain [Trust in the target] at month [30]".
why-series-label = توضیح
why-month-label = در ماه
why-result =
    .aria-label = توضیح
# The legend of the bars, beside their two colours: what a step or shock did to the value.
why-legend-down = کاهشش داد
why-legend-up = افزایشش داد
# The button under each chart. Its full name, heard by screen readers, is made of this message,
# then the month it would explain (one of the next two), then why-button-explain:
# "Why? month 30: explain trust in the target". Keep it short: it sits in a chart's caption.
why-button = چرا؟
why-button-at-end = پایان
why-button-at-month = ماه { $month }
# Heard only by screen readers, after the words on the button. $series is a series' name from
# the model, in lower case ("trust in the target"), or "these values".
why-button-explain = : توضیح { $series }
# $horizon is the last month of the scenario; $month is the month kept.
why-month-error = ماه باید عددی صحیح از ۰ تا { $horizon } باشد؛ ماه { $month } حفظ شد.
# The explanation's first sentence, when the month is the scenario's end. $series is the
# series' name from the model ("Trust in the target"); $value and $bare are figures already
# written out ("42%", "0.61"): with every step and shock, and with none.
why-lead-at-end = { $series } در پایان (ماه { $month }) به‌طور میانگین در آینده‌های شبیه‌سازی‌شده { $value } است؛ بدون هیچ گام و هیچ شوکی، { $bare } می‌بود.
# The same, at any other month.
why-lead-at-month = { $series } در ماه { $month } به‌طور میانگین در آینده‌های شبیه‌سازی‌شده { $value } است؛ بدون هیچ گام و هیچ شوکی، { $bare } می‌بود.
# Introduces the ranked list below it.
why-lead-ranking = آنچه آن را تغییر داد، به ترتیب از بزرگ‌ترین اثر:
# In place of the list, at month 0 or when the scenario has no steps and no shocks.
why-none-yet = هنوز هیچ: تا آن زمان هیچ گام یا شوکی آن را به‌طور محسوس تغییر نداده بود.
why-none = تا آن زمان هیچ گام یا شوکی آن را به‌طور محسوس تغییر نداد.
# A change in percentage points; $change is a signed figure already written out ("+3.1", "−0.25").
why-points = { $change } واحد درصد
# The note under the list. $runs is how many simulated futures were run.
why-note-method = هر میله اثر یک گام یا شوک است: آن گام یا شوک کنار گذاشته شد و همان { $runs } آینده بدون آن دوباره اجرا شد.
# $change is a signed figure ("+0.12", "−3.1 points"); $bare and $value as in the first sentence.
why-note-together = همه گام‌ها و شوک‌ها روی هم آن را به اندازه { $change } تغییر دادند: از { $bare } بدون هیچ‌یک از آن‌ها، به { $value }.
why-note-adds-up = گام‌ها بر هم اثر می‌گذارند، پس لازم نیست جمع میله‌ها با کل تغییر برابر باشد: اینجا برابر است.
# $sum is what the bars add up to and $rest the remainder, both signed figures ("+0.12", "−3.1 points").
why-note-interaction = گام‌ها بر هم اثر می‌گذارند، پس لازم نیست جمع میله‌ها با کل تغییر برابر باشد: اینجا جمع آن‌ها { $sum } است و { $rest } باقی‌مانده از اثر گام‌ها بر یکدیگر ناشی می‌شود.
# When the scenario is large, fewer futures are run: $runs of its $total.
why-note-estimate = برای پاسخ سریع، { $runs } آینده از { $total } آینده این سناریو به کار رفت؛ پس اعداد برآوردی نزدیک‌اند.

## "How the model works": the dialog with a paragraph on each mechanism behind the charts,
## each linking to its section of the model document (model.html, in English).

how-dialog-title = مدل چگونه کار می‌کند
how-lead = مدلی ساده از اعتماد، راستی‌آزمایی و شکست، برگرفته از پژوهش‌ها درباره تحریم و همکاری. هر بخش در یک بند:
# A link to the whole model document, which is in English; the next message follows it in the same sentence.
how-doc-link = متن کامل سند مدل را بخوانید
# Follows the link above: "Read the whole model document (equations, parameters and sources)."
how-doc-link-contents = (معادله‌ها، پارامترها و منابع؛ به زبان انگلیسی).
# A link at the end of each paragraph to its section of the model document. Its aria-label
# names the paragraph: $title is the paragraph's title.
how-more = بیشتر در سند مدل
    .aria-label = { $title }: بیشتر در سند مدل
# A small button in each chart's caption that opens this dialog at the chart's mechanism. Keep it
# short. Its aria-label names the chart: $chart is the chart's title from the model.
how-chart-button = طرز کار
    .aria-label = طرز کار: { $chart }

## The mechanisms, in the order the dialog shows them: a title, then one paragraph.

# Each paragraph below explains one mechanism of the model in plain words, under its title.
# The model document it links to is in English. "8 in 10" and "the middle half" name the
# bands drawn around each chart's line.
# Persian: "reformer" is «اصلاح‌گر», not «اصلاح‌طلب», which names an Iranian political camp.
how-futures-title = آینده‌های ممکنِ بسیار، نه یک پیش‌بینی
how-futures = هر نمودار نشان می‌دهد در شمار زیادی از آینده‌های شبیه‌سازی‌شده چه رخ می‌دهد (۱۰۰۰ آینده، مگر آنکه این عدد را تغییر دهید). در هر یک از آن‌ها، کشور هدف در پنهان یا اصلاح‌گری است که قصد پایبندی دارد، یا اخلالگری که چنین قصدی ندارد، و هیچ‌کس در مدل نمی‌تواند ببیند کدام است. ماه‌به‌ماه، شانس تعیین می‌کند که آیا کشور هدف وعده‌ای را زیر پا می‌گذارد، آیا ناظران متوجه می‌شوند، و آیا روند دوام می‌آورد. خط، آینده میانی را نشان می‌دهد؛ نوارها نیمه میانی آینده‌ها و ۸ آینده از هر ۱۰ را در بر می‌گیرند. این تصویری است از اینکه ترتیب‌های گوناگون گام‌ها، با فرض‌هایی که شما تعیین می‌کنید، معمولاً چگونه پیش می‌روند، نه پیش‌بینی هیچ مورد واقعی.

how-trust-title = اعتماد یک باور است که با شواهد به‌روز می‌شود
how-trust = اعتماد به کشور هدف، باور طرف تحریم‌کننده به این است که کشور هدف اصلاح‌گر است. این طرف هر ماه آنچه را دیده است، یعنی هشداری از سوی ناظران یا ماهی بی‌هشدار، می‌سنجد: چنین چیزی از یک اصلاح‌گر چقدر محتمل است و از یک اخلالگر چقدر (قاعده بیز). ماهی بی‌هشدار با راستی‌آزمایی خوب، اعتماد را اندکی بالا می‌برد؛ هشدار آن را پایین می‌آورد. بدون راستی‌آزمایی، هشدارها فقط شایعه‌اند و پس از رفتار خوب همان‌قدر محتمل‌اند که پس از رفتار بد؛ پس چیزی آموخته نمی‌شود و اعتماد همان‌جا که بود می‌ماند.

how-verification-title = راستی‌آزمایی یعنی آشکارسازی علامت
how-verification = ناظران تخلف واقعی را تنها در بخشی از موارد کشف می‌کنند (نرخ کشف) و گاهی بی‌آنکه چیزی رخ داده باشد هشدار می‌دهند (هشدار نادرست). نظارت مستقل میزان دید راستی‌آزمایان را بیشتر می‌کند؛ حسابرسی‌ها، کمیته‌های مشترک، معیارهای اعلام‌شده و تبادل اطلاعات هشدارهای نادرست را کنار می‌گذارند. راستی‌آزمایی بهتر دو کار می‌کند: ماه‌های بی‌هشدار را به شاهدی معتبر بدل می‌کند، و احتمال دیده شدن تخلف‌های یک اخلالگر را بالا می‌برد.

how-signals-title = گام‌های پرهزینه، علامت‌اند
how-signals = کشور هدفی که صادق نیست، وقتی ظاهرسازی ارزان است و آن گام کاهش تحریم‌ها را آزاد می‌کند، گام وعده‌داده‌شده را فقط در ظاهر برمی‌دارد؛ و وقتی احتمال افشای ظاهرسازی زیاد است، آن را اصلاً برنمی‌دارد. کشور هدفِ صادق آن گام را واقعاً برمی‌دارد. بنابراین یک گام فقط به اندازه‌ای که امکان افشای آن وجود داشته، اعتماد را تغییر می‌دهد: گامی پرهزینه که راستی‌آزمایی می‌شود، یا آشکارا اعلام می‌شود تا مطبوعات بتوانند آن را بررسی کنند، این دو نوع کشور هدف را از هم جدا می‌کند؛ ژستی که هیچ‌کس نتواند آن را بررسی کند تقریباً چیزی به دست نمی‌دهد.

how-strategy-title = کشور هدفی که صادق نیست، برای کاهش تحریم‌ها بازی می‌کند
how-strategy = کشور هدفی که قصد پایبندی ندارد، تا وقتی کاهش تحریم‌ها وعده داده شده و اهرم فشار هنوز در دست طرف مقابل است، خوش‌رفتاری می‌کند، و وقتی آخرین مرحله کاهش تحریم‌ها داده شد، بیشتر تقلب می‌کند (بازی پایانی). راستی‌آزمایی‌ای که آن را جدی می‌گیرد، و برقراری دوباره تحریم‌ها که انتظارش را دارد، مهارش می‌کند. تقلبی که کسی نمی‌بیند ممکن است بعدها، از راه حسابرسی‌ها، ناظران یا نهادهای دیده‌بان، آشکار شود.

# "reneging at home" is the name of an assumption the reader sets (its label comes from the model).
how-party-title = طرف تحریم‌کننده سیاست داخلی خودش را دارد
how-party = طرف تحریم‌کننده هرگاه اعتمادش بسیار کاهش یابد، به صلاحدید خود کاهش تحریم‌ها را پس می‌گیرد؛ و ممکن است دولت یا مجلس تازه‌ای از توافق خارج شود (فرض «عهدشکنی داخلی»)، که اگر توافق به حمایت داخلی از آن طرف لطمه زده باشد، محتمل‌تر است. وقتی چند تحریم‌کننده در کار است، تحریم‌کننده‌ای که خارج می‌شود فقط کاهش تحریم‌های خودش را پس می‌گیرد، اما تحریم‌های ثانویه‌اش از اثر کاهش تحریم‌های دیگران می‌کاهد. کاهش تحریمی که مهلت دارد، با پایان مهلت منقضی می‌شود، مگر آنکه پایبندیِ راستی‌آزمایی‌شده آن را تمدید کند.

how-outcomes-title = چهار سرانجام ممکن برای یک آینده
how-outcomes = هر ماه، هر آینده شبیه‌سازی‌شده در یکی از چهار وضعیت است: توافق پابرجاست؛ کشور هدفی که صادق نیست از کاهش تحریم‌ها بهره‌مند می‌ماند و تقلبش دیده نمی‌شود؛ تقلبش کشف شده و تحریم‌ها دوباره برقرار شده یا کاهش تحریم‌ها متوقف مانده است (راستی‌آزمایی کار خود را کرده است)؛ یا توافق بی‌آنکه تقلبی اثبات شود فروپاشیده است. نمودار اعتماد همین آینده‌ها را بر اساس صادق بودن یا نبودن کشور هدف از هم جدا می‌کند.

how-noise-title = خطا و گذشت
how-noise = وقتی هشداری داده می‌شود، طرف تحریم‌کننده با احتمالی واکنش نشان می‌دهد که به میزان سخت‌گیری‌اش (فرض «گذشت») و به اینکه هشدار را تا چه حد واقعی می‌داند بستگی دارد. واکنش به یک هشدار نادرست، کشور هدفی را که کاری نکرده مجازات می‌کند، و این به اعتماد کشور هدف به روند لطمه می‌زند. اندکی گذشت مانع می‌شود که خطاهای سهوی و هشدارهای نادرست توافقی را از هم بپاشند، همان‌گونه که پژوهش‌های اکسلرود درباره همکاری در حضور خطاهای تصادفی (نویز) نشان می‌دهد؛ گذشت بیش از حد به اخلالگر اجازه می‌دهد تخلف کند و پاسخی نگیرد.

how-conditional-title = گام‌های مشروط و دوره‌های بررسی
how-conditional = گام مشروط، در ماه خود یا پس از آن، منتظر می‌ماند تا طرف تحریم‌کننده یک دوره بررسی را پشت سر بگذارد: چند ماه پیاپی بی‌هشدار، با راستی‌آزمایی؛ چهار ماه، یا دو ماه اگر معیارهای اعلام‌شده روشن کرده باشند که چه چیزی پایبندی به شمار می‌آید. هر هشداری شمارش را از نو آغاز می‌کند. هر بار که یک گام مشروط اجرا می‌شود، دوره بررسی تازه‌ای برای مرحله بعد آغاز می‌شود. اگر هیچ گام راستی‌آزمایی در کار نباشد، کاهش تحریم مشروط هرگز فرانمی‌رسد؛ و کاهش تحریمی که کشور هدف به دست آورده اما دریغ می‌شود، به‌تدریج اعتماد آن را فرسوده می‌کند.

how-target-trust-title = اعتماد کشور هدف
how-target-trust = کشور هدف نیز باید باور کند که کاهش تحریم‌ها، وقتی وعده داده شد، محقق می‌شود و پایدار می‌ماند. اعتماد آن وقتی کاهش تحریم‌ها به‌موقع برسد افزایش می‌یابد، و اگر آشکارا اعلام شده باشد یا ضامنی پشتوانه‌اش باشد، بیشتر؛ و کاهش می‌یابد وقتی کاهش تحریمی که به دست آورده دریغ شود، وقتی برای تخلفی که مرتکب نشده مجازات شود، وقتی رهبری در طرف تحریم‌کننده تغییر کند، و وقتی روند شکست بخورد. کشور هدفی که انتظار دارد کاهش تحریم‌ها در هر حال پس گرفته شود، دلیل کمتری برای پایبندی دارد.

how-leverage-title = اهرم فشار
how-leverage = اهرم فشار، فشاری است که هنوز کاهش نیافته، به‌علاوه بخشی از کاهش تحریم‌های داده‌شده که یک مکانیسم ماشه باورپذیر بتواند آن را برگرداند. هر گام کاهش تحریم بخشی از آن را مصرف می‌کند، پس کاهش تحریم‌ها در همان آغاز، اهرم فشار را زود خرج می‌کند. مکانیسم ماشه تنها تا جایی اهرم فشار را حفظ می‌کند که راستی‌آزمایی بتواند تخلفی را که آن را فعال می‌کند کشف کند. اهمیت اهرم فشار در این است که اخلالگری را که اقتصادش به کانال‌های تحریم‌شده وابسته است بازمی‌دارد.

how-economy-title = اقتصاد: کانال‌های سریع و کُند
how-economy = هر نوع کاهش تحریم یک کانال اقتصادی را باز می‌کند. کانال‌های سریع، مانند بازگشایی یک بخش صادراتی یا آزادسازی دارایی‌ها، ظرف چند ماه نتیجه می‌دهند. کانال کُند، یعنی بانکداری و پرداخت‌ها، طی چند سال نتیجه می‌دهد، با سرعتی که اطمینان سرمایه‌گذاران تعیین می‌کند: معیارهای اعلام‌شده، اعتماد کشور هدف، تضمین‌ها و فضای سیاسی داخلی طرف تحریم‌کننده این سرعت را بالا می‌برند؛ مکانیسم ماشه بدون معیارهای اعلام‌شده، و هر شکستی، آن را پایین می‌آورد. کاهش تحریم‌های بشردوستانه و تسهیل سفر منافع روزمره و ملموس به همراه دارند.

how-legitimacy-title = مشروعیت
how-legitimacy = حمایت عمومی از روند در جامعه کشور هدف، هر ماه به سوی سطحی حرکت می‌کند که آنچه مردم می‌بینند تعیین می‌کند: کاهش تحریم‌های بشردوستانه و دسترسی بشردوستانه، اصلاحات، رسیدگی به شکایات، صدای جامعه مدنی و بهبود اقتصادی آن را بالا می‌برند؛ تندروهای قدرتمند، سختی معیشت، کاهش تحریمی که اعلام شده اما نرسیده، تنش و شکست آن را پایین می‌آورند، و همچنین حامیان خارجی‌ای که چنان درگیر روندند که نقششان قیم‌مآبی تلقی می‌شود.

# “Tactical theater” quotes the phrase critics of unverified relief use; keep it in quotation marks.
how-capital-title = سرمایه سیاسی و «نمایش تاکتیکی»
how-capital = طرف تحریم‌کننده برای ادامه راه به پشتوانه سیاسی در داخل نیاز دارد. پایبندیِ راستی‌آزمایی‌شده این پشتوانه را می‌سازد. کاهش تحریمی که هیچ چیز آن را راستی‌آزمایی نمی‌کند، در داخل «نمایش تاکتیکی» تلقی می‌شود، و هزینه‌اش سریع‌تر از مقدارش بالا می‌رود: اندکی از آن تحمل می‌شود، اما مقدار زیاد نه. با انباشته شدن ماه‌های بی‌هشدارِ راستی‌آزمایی‌شده، آن کاهش تحریمِ راستی‌آزمایی‌نشده دیگر به زیان این طرف شمرده نمی‌شود. سرمایه سیاسی اندک، خطر شکست را بالا می‌برد و سرمایه‌گذاران را محتاط‌تر می‌کند.

how-hazard-title = خطر شکست
how-hazard = هر ماه، روندی که هنوز پابرجاست ممکن است شکست بخورد: با خروج یک طرف، عقب‌نشینی از تعهدات، یا فروپاشی توافق. احتمال ماهانه آن با بی‌اعتمادی در هر دو طرف، با اخلالگران (تندروهایی که با افکار عمومیِ ناهمراه با روند روبه‌رو هستند، و همسایگان و نااطمینانی درباره کشور هدف نقششان را پررنگ‌تر می‌کنند)، با از دست رفتن سرمایه سیاسی و با شوک‌های اخیر بالا می‌رود، و با تضمین‌ها پایین می‌آید. فعال شدن مکانیسم ماشه، اثبات تقلب در حالی که کاهش تحریم‌ها برقرار است، یا منقضی شدن کاهش تحریم‌ها به گونه‌ای که هیچ کاهشی باقی نماند نیز به روند پایان می‌دهد. ممکن است مذاکرات بعدها، با اعتمادی که باقی مانده، از سر گرفته شود. نمودار خطر، سهم آینده‌هایی را نشان می‌دهد که تا آن زمان دست‌کم یک بار شکست خورده‌اند، و ستون‌ها احتمال نخستین شکست را در هر ماه.

how-shocks-title = شوک‌ها
how-shocks = شوک‌ها در ماه خود رخ می‌دهند: حمله اخلالگران تنش را بالا می‌برد و به حمایت عمومی و سرمایه سیاسی لطمه می‌زند؛ تغییر رهبری در طرف تحریم‌کننده اعتماد کشور هدف و سرمایه سیاسی را کاهش می‌دهد؛ بحران منطقه‌ای تنش را بالا می‌برد، و هرچه واکنش همسایگان شدیدتر باشد، بیشتر؛ شوک اقتصادی بهبود اقتصادی و حمایت عمومی را برای مدتی عقب می‌راند. تنش طی یکی دو ماه فروکش می‌کند، اما شکستی که به بار آورده باشد جبران نمی‌شود.

# “Model doubt” is the label of a tick box in the "Simulation" section of the page; use the
# same words as that box and that section.
how-doubt-title = مدل چقدر به خودش مطمئن است؟
how-doubt = نوارها نقش شانس را نشان می‌دهند: اینکه یک ترتیب معین در آینده‌های بسیار چگونه پیش می‌رود. اعداد خودِ مدل، مانند اینکه ناظران چند وقت یک بار تخلفی را نمی‌بینند یا اعتماد با چه سرعتی تغییر می‌کند، برآوردهایی کارشناسی‌اند در بازه‌هایی که سند مدل به دست می‌دهد. گزینه «تردید مدل» را در بخش «شبیه‌سازی» تیک بزنید تا هر آینده دوباره اجرا شود، با آن اعداد که از بازه‌هایشان قرعه‌کشی شده‌اند: خط‌های نقطه‌چین نشان می‌دهند ۸ آینده از هر ۱۰ در آن حالت کجا قرار می‌گیرند، و بازه‌ای سایه‌دار روی خطر شکست نشان می‌دهد که اگر اعداد مدل درست نباشند، خطر تا چه حد ممکن است جابه‌جا شود. شانس معمولاً یک آینده را بیش از تردید مدل جابه‌جا می‌کند؛ تردید مدل در خطر شکست است که خود را نشان می‌دهد.

## "Suggest a better order": the search for better months for the steps, and its answer.

# The three fields' names, each at the start of a sentence that refuses a bad value
# (suggest-field-invalid, suggest-field-empty).
suggest-field-month = ماهی که خطر در آن خوانده می‌شود
suggest-field-not-before = ماهی که هیچ گامی به پیش از آن منتقل نمی‌شود
suggest-field-gap = فاصله ماه‌ها میان گام‌های کاهش تحریم
# $field is one of the names above; $horizon the scenario's last month; $value what was typed.
suggest-field-invalid = { $field } باید عددی صحیح از ۰ تا { $horizon } باشد؛ { $value } پذیرفته نیست.
suggest-field-empty = { $field } باید عددی صحیح از ۰ تا { $horizon } باشد؛ خالی مانده است.
# $reason says what went wrong, in words from the model.
suggest-failed = پیشنهادی به دست نیامد: { $reason }
suggest-failed-unexpectedly = پیشنهادی به دست نیامد: جست‌وجو به‌طور غیرمنتظره متوقف شد.
# Said to screen readers when the reader cancels the search.
suggest-cancelled = جست‌وجو لغو شد.
# The search's progress, before any order has been tried, then with $count orders tried so far.
suggest-searching = در حال جست‌وجو…
suggest-searching-tried = در حال جست‌وجو: { $count } ترتیب آزموده شد…
# Over the list of moves the suggestion makes; the timeline shows each as a dashed outline.
suggest-changes-heading = آنچه تغییر می‌کند (با خط‌چین روی خط زمانی):
# Over the list of what the suggestion does to three outcomes, on simulated futures not used in the search.
suggest-outcomes-heading = در همان آینده‌های تازه:
# Buttons: apply the suggested order to the scenario, or dismiss it.
suggest-use = اعمال این ترتیب
suggest-keep = حفظ ترتیب من
# Said to screen readers after "Keep mine".
suggest-kept = ترتیب شما حفظ شد.
# Said to screen readers when a suggestion is shown: $result is the model's sentence on the
# suggestion, and $moves the moves it makes, joined by the separator below.
suggest-announce = { $result } { $moves }.
suggest-move-separator = { "؛ " }
# Said to screen readers after "Use this order".
suggest-used = ترتیب پیشنهادی اعمال شد. «واگرد» آن را برمی‌گرداند.
# Said to screen readers when a change to the scenario stops a search under way.
suggest-stopped = جست‌وجو متوقف شد: سناریو تغییر کرد.

## "What matters most?": the dialog that ranks the factors an outcome depends on, as a tornado chart.

analysis-dialog-title = چه چیزی بیشتر اهمیت دارد؟
analysis-intro = هر فرض، و ماه و اندازه هر گام، در کل بازه‌اش تغییر داده می‌شود، در حالی که همه چیزهای دیگر همان‌گونه که تنظیم شده‌اند می‌مانند، و این کار روی همان آینده‌های شبیه‌سازی‌شده انجام می‌شود. هرچه میله یک عامل بلندتر باشد، شاخص بیشتر به آن بستگی دارد.
# The fields read as a phrase: "Outcome [Risk of breakdown by month] month [48]".
analysis-outcome-label = شاخص
analysis-outcome-breakdown = خطر شکست تا ماه
analysis-outcome-trust = اعتماد به کشور هدف در پایان
analysis-outcome-recovery = بهبود اقتصادی در پایان
analysis-month-label = ماه
# Buttons. "Run again" replaces "Run" once it has run.
analysis-run = اجرا
analysis-run-again = اجرای دوباره
analysis-cancel = لغو
# The progress bar's label.
analysis-progress-label = تغییر دادن عامل‌ها
analysis-download-svg = دانلود SVG
analysis-download-png = دانلود PNG
# Opens the table under the chart.
analysis-table-summary = جدول همه میله‌ها
# The name a screen reader gives the table's scrolling box.
analysis-table-region = جدول مهم‌ترین عامل‌ها
# The status line after Cancel.
analysis-cancelled = لغو شد.
# $horizon is the scenario's last month.
analysis-month-error = ماه: باید عددی صحیح از ۰ تا { $horizon }، یعنی افق زمانی سناریو، باشد.
analysis-running = در حال اجرا…
# $done of the $total factors have been swung so far.
analysis-progress = { $done } عامل از { $total } عامل بررسی شد…
# $reason says what went wrong (from the model, or analysis-worker-failed).
analysis-failed = پاسخ «چه چیزی بیشتر اهمیت دارد؟» به دست نیامد: { $reason }
analysis-worker-failed = پردازش پس‌زمینه از کار افتاد
# The summary under the dialog's chart, in sentences. First the outcome as the scenario is
# written: $outcome is the model's description of it, capitalised ("The risk of breakdown by
# month 48"), and $value a figure already written out ("12.5%", "0.61").
analysis-summary-as-written = { $outcome } در سناریوی تنظیم‌شده { $value } است.
# One of the factors that matter most: $factor is its name from the model; $low and $high the
# outcome with the factor at either end of its range ("12.5%"). Used in the next messages.
analysis-summary-factor = { $factor } ({ $low } در کران پایین و { $high } در کران بالای آن)
analysis-summary-none = هیچ عاملی آن را بیش از نوسان تصادفی آینده‌های شبیه‌سازی‌شده تغییر نمی‌دهد.
# $first is one factor (analysis-summary-factor).
analysis-summary-one = بیشترین اهمیت را { $first } دارد.
# $first is the top factor and $rest the next one or two, joined by analysis-summary-separator.
analysis-summary-many = بیشترین اهمیت را { $first } دارد؛ سپس { $rest }.
analysis-summary-separator = { " و " }
# $noise of the $total factors move the outcome less than chance does.
analysis-summary-noise = { $noise } عامل از { $total } عامل در حد نوسان تصادفی‌اند و کم‌رنگ، پایین‌تر از بقیه، نشان داده شده‌اند.
# Added when the scenario has changed since the ranking was run.
analysis-summary-changed = (این نتیجه مربوط به سناریو در زمان اجراست؛ برای سناریوی کنونی دوباره اجرا کنید.)
# The status line once done; $count factors were ranked.
analysis-done = پایان: { $count } عامل رتبه‌بندی شد.
# Said to screen readers once done.
analysis-done-announce = چه چیزی بیشتر اهمیت دارد: { $count } عامل رتبه‌بندی شد.
# The chart's legend: the colours of a bar's two ends, and of factors within noise.
analysis-legend-low = در کران پایین بازه‌اش
analysis-legend-high = در کران بالا
analysis-legend-noise = در حد نوسان تصادفی (کم‌رنگ، هاشورخورده)
# The chart's name for screen readers. $outcome is the model's description of the outcome
# ("the risk of breakdown by month 48").
analysis-canvas-label = چه چیزی برای { $outcome } بیشتر اهمیت دارد: برای هر عامل یک میله، با توضیح زیر نمودار
# The table's caption. $outcome as above; $value the outcome as written ("12.5%").
analysis-table-caption = چه چیزی برای { $outcome } بیشتر اهمیت دارد؛ در سناریوی تنظیم‌شده: { $value }
# The table's column headings: the factor, the two ends of its range, the outcome at each
# end, its effect with its standard error, and whether it is within noise.
analysis-column-factor = عامل
analysis-column-low = کران پایین
analysis-column-high = کران بالا
analysis-column-at-low = شاخص در کران پایین
analysis-column-at-high = شاخص در کران بالا
analysis-column-effect = اثر ± خطای معیار
analysis-column-noise = در حد نوسان تصادفی
# A step's month at one end of its range, in the table.
analysis-month = ماه { $month }
# A factor's effect ($effect, signed) and its standard error ($error), in the table: "+3.1 points ± 0.4 points".
analysis-effect = { $effect } ± { $error }
# A difference in percentage points; $size is a figure already written out ("3.1", "+3.1").
analysis-points = { $size } واحد درصد
# Whether a factor is within noise, in the table's last column.
analysis-noise-yes = بله
analysis-noise-no = خیر
# Said to screen readers after a download; $file is the file's name.
analysis-saved = { $file } ذخیره شد.
# $reason says what went wrong, from the browser.
analysis-save-failed = تصویر ذخیره نشد: { $reason }
