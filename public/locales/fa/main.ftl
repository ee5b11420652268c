# Alliance Player interface strings — فارسی
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = فارسی
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = rtl

app-title = Alliance Player
skip-to-content = رفتن به محتوا
# In the header where the browser offers to install the player as an app.
install-app = نصب برنامه
install-app-hint = Alliance Player را روی این دستگاه نصب کنید: از میان برنامه‌هایتان، در پنجرهٔ خودش و حتی به‌صورت آفلاین باز می‌شود.
nav-catalog = دوره‌ها
loading = در حال بارگذاری…

## Languages
language-picker-label = زبان رابط کاربری
language-picker-search = جست‌وجوی زبان‌ها
language-picker-none = هیچ زبانی با جست‌وجوی شما مطابقت ندارد.
content-language-label = زبان دوره
content-language-auto = همان زبان رابط کاربری
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = به زبان { $language }

## Catalogue
catalog-heading = فهرست دوره‌ها
catalog-search-label = جست‌وجوی دوره‌ها
catalog-search-placeholder = عنوان، موضوع یا ارائه‌دهنده
catalog-more = نمایش دوره‌های بیشتر
catalog-earlier = نمایش دوره‌های قبلی
catalog-loading-more = در حال جست‌وجو در دوره‌های بیشتر…
catalog-language-label = زبان
catalog-language-any = همهٔ زبان‌ها
catalog-count = { $count ->
    [0] هیچ دوره‌ای پیدا نشد.
    [one] { $count } دوره
   *[other] { $count } دوره
}
catalog-empty = هیچ دوره‌ای با جست‌وجوی شما مطابقت ندارد. واژهٔ دیگری را امتحان کنید یا همهٔ زبان‌ها را انتخاب کنید.
catalog-rejected = { $count ->
    [one] نمایش { $count } دوره از این فهرست ممکن نبود:
   *[other] نمایش { $count } دوره از این فهرست ممکن نبود:
}
catalog-source-notice = برخی از دوره‌ها در این فهرست نیستند:
catalog-source-unreachable = دسترسی به { $source } ممکن نشد: شاید سایت از کار افتاده باشد، یا به این پخش‌کننده اجازه‌ی خواندن دوره‌هایش را نمی‌دهد.
catalog-source-status = { $source } با خطا پاسخ داد (HTTP { $status }).
catalog-source-too-large = حجم { $source } بیش از { $limit } است؛ این پخش‌کننده برای یک کاتالوگ بیش از این نمی‌خواند.
catalog-source-invalid = { $source } کاتالوگ دوره‌ای نیست که این پخش‌کننده بتواند بخواند: { $detail }
catalog-source-left-out = «{ $course }» از { $source } کنار گذاشته شد: دوره‌ی دیگری از پیش نشانی آن، /course/{ $id }، را دارد.
course-provider = ارائه‌دهنده: { $provider }
course-languages = زبان‌ها: { $languages }
course-size = حجم دانلود: { $size }
course-open = باز کردن دوره
course-continue = ادامه
course-progress = { $percent } تکمیل شده

## Course
course-outline = سرفصل‌های دوره
outline-show-earlier = نمایش بخش‌های قبلی ({ $count } پنهان)
outline-show-later = نمایش بخش‌های بعدی ({ $count } پنهان)
course-start = شروع دوره
course-units = { $count ->
    [one] { $count } بخش
   *[other] { $count } بخش
}
unit-ordinal = بخش { $index } از { $total }
unit-state-not-started = شروع نشده
unit-state-in-progress = در حال انجام
unit-state-completed = تکمیل‌شده
unit-state-passed = قبول‌شده
unit-state-failed = هنوز قبول نشده
unit-kind-video = ویدیو
unit-kind-audio = صوت
unit-kind-reading = مطالعه
unit-kind-quiz = آزمونک
unit-kind-document = سند
unit-kind-interactive = فعالیت
unit-kind-unknown = نوع جدیدی از بخش
unit-previous = قبلی
unit-next = بعدی
unit-mark-done = علامت‌گذاری به‌عنوان انجام‌شده
unit-done = انجام شد
back-to-catalog = همهٔ دوره‌ها
course-search-label = جست‌وجو در این دوره
course-search-count = { $count ->
    [0] نتیجه‌ای پیدا نشد
    [one] { $count } نتیجه
   *[other] { $count } نتیجه
}
course-search-more = { $count ->
    [one] فقط { $count } نتیجهٔ نخست نمایش داده می‌شود؛ برای محدود کردن جست‌وجو واژه‌های بیشتری بیفزایید.
   *[other] فقط { $count } نتیجهٔ نخست نمایش داده می‌شود؛ برای محدود کردن جست‌وجو واژه‌های بیشتری بیفزایید.
}
course-search-subtitles = جست‌وجو در زیرنویس‌ها هم در جریان است…
course-search-incomplete = جست‌وجو در برخی زیرنویس‌ها ممکن نبود.
course-search-in-title = عنوان
course-search-in-reading = مطالعه
course-search-in-transcript = رونوشت
course-search-in-subtitle = زیرنویس در { $time }
course-search-in-quiz = پرسش آزمونک

## Media
media-speed = سرعت
media-subtitles = زیرنویس
media-subtitles-off = خاموش
media-subtitles-second = زیرنویس دوم
media-fullscreen = تمام‌صفحه
media-fullscreen-exit = خروج از تمام‌صفحه
media-shortcuts = میان‌برهای صفحه‌کلید
media-shortcuts-hint = وقتی پخش‌کنندهٔ ویدیو یا صوت فعال است:
# The name of the space bar key, as printed on keyboards.
media-key-space = فاصله
media-key-play = پخش یا مکث
media-key-seek = پنج ثانیه عقب یا جلو
media-key-speed = آهسته‌تر یا سریع‌تر
media-key-captions = روشن یا خاموش کردن زیرنویس
media-key-fullscreen = ورود به تمام‌صفحه یا خروج از آن
media-transcript = رونوشت
media-watched = { $percent } تماشا شده
media-unsupported = مرورگر شما نمی‌تواند این رسانه را پخش کند. مرورگر دیگری را امتحان کنید یا آن را دانلود کنید:

## Reading and document
reading-end = پایان متن
document-download = دانلود فایل PDF ({ $size })
document-download-nosize = دانلود فایل PDF
document-fallback = مرورگر شما نمی‌تواند فایل‌های PDF را اینجا نمایش دهد. برای خواندن، آن را دانلود کنید.
document-not-pdf = { $file } یک فایل PDF نیست. واحد سند فقط فایل‌های PDF را نشان می‌دهد که با «%PDF-» آغاز می‌شوند.

## Quiz
quiz-passing = برای قبولی به { $percent } نیاز دارید.
quiz-attempts-left = { $count ->
    [one] { $count } فرصت باقی مانده است
   *[other] { $count } فرصت باقی مانده است
}
quiz-attempts-unlimited = تعداد فرصت‌ها نامحدود است
quiz-attempts-used = { $count ->
    [one] دیگر فرصتی برای شما باقی نمانده است.
   *[other] از همهٔ { $count } فرصت خود استفاده کرده‌اید.
}
quiz-question = پرسش { $index }
quiz-true = درست
quiz-false = نادرست
quiz-answer-label = پاسخ شما
quiz-submit = ارسال پاسخ‌ها
quiz-retry = تلاش دوباره
quiz-score = نمرهٔ شما: { $score }
quiz-passed = قبول شدید — آفرین!
quiz-failed = هنوز قبول نشده‌اید.
quiz-best = بهترین نمره تاکنون: { $score }
quiz-correct = پاسخ درست
quiz-incorrect = پاسخ نادرست
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = مرور: پاسخ درست هر پرسش نشان داده می‌شود.
quiz-right-answer = پاسخ درست

## Interactive
interactive-title = فعالیت تعاملی: { $title }
interactive-hint = برای به پایان رساندن این بخش، فعالیت را کامل کنید.

## Storage
storage-quota = فضای ذخیره‌سازی این مرورگر برای پخش‌کننده پر شده است، بنابراین آخرین پیشرفت شما ذخیره نشد. مقداری فضا آزاد کنید (در تنظیمات مرورگر، دوره‌های دانلودشده یا داده‌های سایت‌های دیگر را حذف کنید) و سپس ادامه دهید: هیچ‌یک از مواردی که پیش‌تر ذخیره شده بود از بین نرفته است.
storage-unavailable = این مرورگر به پخش‌کننده اجازه نمی‌دهد پیشرفت شما را ذخیره کند، بنابراین پیشرفت شما فقط تا وقتی که صفحه را ببندید نگه داشته می‌شود. پنجره‌های خصوصی اغلب جلوی ذخیره‌سازی را می‌گیرند.
storage-write-failed = آخرین پیشرفت شما هنوز ذخیره نشده است. این پیشرفت در همین صفحه نگه داشته شده و با گام بعدی شما ذخیره می‌شود.

## Transcript (the learner's record of progress)
nav-transcript = پیشرفت من
transcript-heading = پیشرفت من
transcript-empty = هنوز هیچ دوره‌ای را شروع نکرده‌اید.
transcript-unit-score = نمره: { $score }
transcript-time-spent = زمان صرف‌شده: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = دانلود به‌صورت گزاره‌های xAPI (JSON)
transcript-export-csv = دانلود به‌صورت صفحه‌گسترده (CSV)
transcript-reset = بازنشانی پیشرفت من در این دوره
transcript-reset-confirm = همهٔ پیشرفت شما در «{ $course }» بازنشانی شود؟ این کار برگشت‌پذیر نیست.

## ارسال به مخزن سوابق یادگیری (LRS)، نمایش‌داده‌شده در سرصفحه و صفحهٔ تنظیمات
nav-settings = تنظیمات
sync-off = ذخیره‌شده در این دستگاه
sync-off-detail = به هیچ مخزن سوابق یادگیری متصل نیستید: پیشرفت شما در همین مرورگر می‌ماند. برای ارسال موارد تکمیل‌شده به مؤسسهٔ خود، در تنظیمات یک مخزن را متصل کنید.
sync-done = همه ارسال شد
sync-pending = { $count ->
    [one] { $count } رکورد در انتظار ارسال
   *[other] { $count } رکورد در انتظار ارسال
}
sync-last-delivery = آخرین ارسال: { $date }
sync-error-offline = شما آفلاین هستید. رکوردهای شما نگه داشته می‌شوند و پس از برقراری دوبارهٔ اتصال ارسال خواهند شد.
sync-error-unreachable = دسترسی به مخزن سوابق یادگیری ممکن نشد. تا لحظاتی دیگر دوباره تلاش می‌شود؛ چیزی از دست نمی‌رود.
sync-error-server = مخزن سوابق یادگیری با مشکل روبه‌رو است (HTTP { $status }). تا لحظاتی دیگر دوباره تلاش می‌شود؛ چیزی از دست نمی‌رود.
sync-error-unauthorized = مخزن سوابق یادگیری اطلاعات ورود شما را نپذیرفت. آن‌ها را دوباره در تنظیمات وارد کنید؛ تا آن زمان رکوردهای شما نگه داشته می‌شوند.
sync-error-not-found = در این نشانی هیچ مخزن سوابق یادگیری وجود ندارد. نشانی را در تنظیمات بررسی کنید؛ تا آن زمان رکوردهای شما نگه داشته می‌شوند.
sync-error-version = مخزن سوابق یادگیری از نسخهٔ دیگری از xAPI استفاده می‌کند ({ $detail }). از مؤسسهٔ خود نشانی‌ای بخواهید که از xAPI 1.0.3 یا 2.0.0 پشتیبانی کند.
sync-error-storage = رکوردهای در انتظار ارسال از فضای ذخیره‌سازی این مرورگر خوانده نشدند ({ $detail }).
sync-set-aside = { $count ->
    [one] مخزن سوابق یادگیری { $count } رکورد را نپذیرفت
   *[other] مخزن سوابق یادگیری { $count } رکورد را نپذیرفت
}
sync-set-aside-detail = این رکوردها همراه با پاسخ مخزن در اینجا نگه داشته می‌شوند تا شما یا مؤسسه‌تان ببینید چه چیزی باید اصلاح شود.
settings-heading = تنظیمات
settings-lrs-heading = مخزن سوابق یادگیری (LRS)
settings-lrs-intro = مؤسسهٔ شما این اطلاعات را در اختیارتان می‌گذارد تا موارد تکمیل‌شده و نمره‌های شما در سوابق آن ثبت شود.
settings-lrs-endpoint = نشانی (نقطهٔ پایانی xAPI)
settings-lrs-key = کلید یا نام کاربری
settings-lrs-secret = رمز محرمانه یا گذرواژه
settings-lrs-token = یا یک توکن دسترسی
settings-lrs-name = نام شما
settings-lrs-email = نشانی ایمیل شما
settings-lrs-connect = اتصال
settings-lrs-disconnect = قطع اتصال
settings-lrs-connected = با نام { $who } به { $endpoint } متصل هستید.
settings-lrs-invalid-endpoint = نشانی مخزن سوابق یادگیری را وارد کنید؛ این نشانی باید با https:// یا http:// شروع شود.
settings-lrs-invalid-email = نشانی ایمیل خود را وارد کنید تا رکوردهای شما به نام خودتان ثبت شوند.
cmi5-unit-needs-worker = این فعالیت نیاز دارد نصب پخش‌کننده کامل شود: برای باز کردن آن، صفحه را دوباره بارگیری کنید.
cmi5-exit = خروج
cmi5-exiting = در حال ذخیره و بازگشت…
cmi5-browse = مرور آزاد: هیچ‌یک از کارهای شما در اینجا ثبت نمی‌شود.
cmi5-review = بازبینی: هیچ‌یک از کارهای شما در اینجا ثبت نمی‌شود.
cmi5-ended = این جلسه به پایان رسیده است. برای ثبت بیشتر، دوره را دوباره از سامانهٔ آموزشی خود باز کنید.
settings-lrs-launch-failed = دوره با یک ورود ناموفق باز شد ({ $detail }). آن را دوباره از سایت مؤسسهٔ خود باز کنید.

sources-heading = منابع دوره
sources-intro = فهرست دوره‌ها دوره‌های کاتالوگ‌های زیر را گرد هم می‌آورد. می‌توانید کاتالوگ دانشگاه یا ارائه‌دهنده‌ی دیگری را با نشانی‌اش اضافه کنید؛ این کاتالوگ برای شما روی همین دستگاه نگه داشته می‌شود.
sources-site = انتخاب‌شده توسط این سایت
sources-remove = حذف
sources-add-label = افزودن منبع: نشانی کاتالوگ آن
sources-check = بررسی
sources-preview = { $count ->
    [one] { $count } دوره
   *[other] { $count } دوره
}
sources-add-confirm = افزودن این منبع
sources-added = اضافه شد: دوره‌های آن اکنون در فهرست دوره‌ها هستند.
sources-removed = حذف شد: دوره‌های آن دیگر در فهرست دوره‌ها نیستند.
sources-invalid-url = نشانی‌ای وارد کنید که با https:// شروع شود (یا مسیری در همین سایت، مانند /courses/catalog.json).
sources-duplicate = این کاتالوگ از قبل در فهرست هست.
sources-full = فهرست منابع شما پر است. برای افزودن منبعی دیگر، یکی را حذف کنید.

## Unsupported and errors
unit-needs-newer-player = این بخش به نسخهٔ جدیدتری از پخش‌کننده نیاز دارد
unit-needs-newer-player-detail = این بخشی از نوع «{ $kind }» است که این نسخه از Alliance Player هنوز آن را نمی‌شناسد. بقیهٔ دوره کار می‌کند؛ از ارائه‌دهندهٔ دوره بپرسید یا پخش‌کننده را به‌روز کنید.
error-heading = مشکلی پیش آمد
error-catalog = فهرست دوره‌ها بارگذاری نشد.
error-document = این سند را نمی‌توان نمایش داد.
error-course = این دوره باز نشد.
error-course-not-found = دوره‌ای با نام «{ $course }» در این فهرست وجود ندارد.
error-unit-not-found = بخشی با نام «{ $unit }» در این دوره وجود ندارد.
error-page-not-found = این صفحه وجود ندارد.
error-retry = تلاش دوباره
error-part-unavailable = این قسمت از پخش‌کننده دانلود نشد. اتصال اینترنت خود را بررسی کنید و سپس دوباره تلاش کنید.
error-what-to-do = اگر مشکل ادامه داشت، آنچه را در بالا نمایش داده شده است به ارائه‌دهندهٔ دوره اطلاع دهید.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = آفلاین
offline-indicator-detail = شما آفلاین هستید. دوره‌های دانلودشده مثل همیشه پخش می‌شوند؛ پیشرفت شما در این دستگاه ذخیره می‌شود و وقتی دوباره آنلاین شدید ارسال خواهد شد.
update-ready = نسخهٔ جدیدی از Alliance Player آماده است.
update-reload = بارگذاری دوباره برای به‌روزرسانی
download-heading = استفادهٔ آفلاین
download-course = دانلود برای استفادهٔ آفلاین ({ $size })
download-resume = ادامهٔ دانلود ({ $size } باقی مانده)
download-progress = { $done } از { $total } · { $units } از { $unitsTotal } بخش
download-cancel = لغو
download-done = دانلود شد: این دوره به‌صورت آفلاین کار می‌کند ({ $size }).
download-remove = حذف دانلود
download-stored-partly = { $done } از { $total } از قبل در این دستگاه موجود است.
download-failed = دانلود متوقف شد: { $detail } آنچه تاکنون ذخیره شده است حفظ می‌شود؛ برای ادامه، «ادامهٔ دانلود» را بزنید.
download-file-mismatch = { $file } سالم نرسید ({ $expected } انتظار می‌رفت، { $got } دریافت شد).
download-file-failed = دانلود { $file } ممکن نشد ({ $detail }).
download-no-cors = { $host } اجازه نمی‌دهد این پخش‌کننده فایل‌هایش را بخواند (هیچ سرآیند CORS نمی‌فرستد)، پس نمی‌توان آن‌ها را بررسی و ذخیره کرد. مدیر آن باید با هر فایل دوره Access-Control-Allow-Origin را بفرستد.
download-quota = این دستگاه دیگر جایی برای این دوره ندارد. مقداری فضا آزاد کنید یا دانلود دیگری را حذف کنید و سپس دانلود را ادامه دهید.
download-storage = این مرورگر از { $available } فضایی که در این دستگاه می‌تواند استفاده کند، { $used } را به کار برده است.
download-persistent = دانلودها تا زمانی که خودتان حذفشان کنید باقی می‌مانند.
download-not-persistent = اگر فضای دستگاه کم شود، ممکن است مرورگر دانلودها را حذف کند.
download-needs-network = شما آفلاین هستید. برای دانلود این دوره به اینترنت وصل شوید.
data-saver = صرفه‌جویی در مصرف داده
data-saver-help = رسانه‌ها فقط وقتی بارگذاری می‌شوند که دکمهٔ پخش را بزنید، رونوشت‌ها اول نمایش داده می‌شوند و حجم هر رسانه کنار آن نشان داده می‌شود.
media-size = { $size } برای بارگذاری

## Notes and bookmarks
notes-heading = یادداشت‌های من
notes-bookmark = نشانه‌گذاری این بخش
notes-bookmarked = نشانه‌گذاری‌شده
notes-bookmark-moment = نشانه‌گذاری این لحظه
notes-note-label = یادداشت شما دربارهٔ این بخش
notes-save = ذخیرهٔ یادداشت
notes-saved = ذخیره شد.
notes-delete = حذف
# A moment of a video or audio, e.g. "At 1:05".
notes-at = در { $time }
notes-empty = هنوز هیچ یادداشت یا نشانه‌ای در این دوره نیست. یک بخش یا لحظه‌ای از یک ویدیو را نشانه‌گذاری کنید و برایش یادداشتی بنویسید.
notes-where = یادداشت‌های شما در این دستگاه می‌مانند و وقتی به مخزن سوابق یادگیری متصل باشید، به آن می‌رسند.
notes-too-long = یادداشت حداکثر می‌تواند { $max } نویسه داشته باشد.
notes-too-many = این دوره بیشترین تعداد یادداشت ممکن را دارد: برای افزودن یادداشتی دیگر، یکی را حذف کنید.

## Accessibility
unit-nav-label = بخش قبلی و بعدی
captions-always = نمایش زیرنویس برای هر ویدیو یا صوتی که زیرنویس دارد (به زبان شما اگر موجود باشد، وگرنه به زبان دوره)
caption-style = سبک زیرنویس
caption-size = اندازهٔ متن
caption-colour = رنگ متن
caption-background = پس‌زمینه
caption-colour-white = سفید
caption-colour-yellow = زرد
caption-colour-cyan = فیروزه‌ای
caption-colour-green = سبز
caption-colour-magenta = سرخابی
caption-colour-black = سیاه
caption-background-black = سیاه، نیمه‌شفاف
caption-background-solid-black = سیاه
caption-background-white = سفید
caption-background-transparent = هیچ
caption-background-blue = آبی
caption-preview = زیرنویس‌ها این‌گونه دیده می‌شوند.
caption-unreadable = خواندن این متن روی این پس‌زمینه دشوار است: رنگ یا پس‌زمینهٔ دیگری انتخاب کنید.
launch-other = این پیوند سوابق یادگیری شما را با نام { $who } به { $endpoint } می‌فرستد. شما اکنون با نام { $current_who } به { $current } وصل هستید.
launch-switch = رفتن به این اتصال
launch-keep = نگه داشتن اتصال من

launch-other-learner = این پیوند برای { $who } است. اکنون { $current_who } از پخش‌کننده استفاده می‌کند. به { $who } تغییر کند؟
launch-switch-learner = تغییر یادگیرنده

## Learners
learners-heading = یادگیرندگان این دستگاه
learners-locked = { $name } از پخش‌کننده استفاده می‌کند
learner-unnamed = من
learner-now = اکنون از پخش‌کننده استفاده می‌کند
learner-switch = رفتن به این یادگیرنده
learner-rename = تغییر نام
learner-name = نام
learner-save = ذخیره
learner-cancel = لغو
learner-remove = حذف
learner-remove-ask = { $name } از این دستگاه حذف شود؟ پیشرفت، سوابق در انتظار و تنظیمات او در این دستگاه پاک می‌شود. دوره‌های بارگیری‌شده می‌مانند.
learner-removed = { $name } حذف شد.
learner-pin = پین (چهار رقم، اختیاری)
learner-pin-label = پین
learner-pin-for = پین { $name }
learner-pin-new = پین جدید (چهار رقم)
learner-pin-set = تعیین پین
learner-pin-remove = حذف پین
learner-pin-open = ادامه
learner-pin-note = پین نمی‌گذارد کسانی که این دستگاه را با هم به کار می‌برند وارد پیشرفت یکدیگر شوند. برای حریم خصوصی است، نه امنیت.
learner-add-heading = افزودن یادگیرنده
learner-add = افزودن
learner-added = { $name } افزوده شد.
learner-saved = ذخیره شد.
learner-error-empty = یک نام وارد کنید.
learner-error-long = این نام خیلی بلند است.
learner-error-taken = در این دستگاه کسی با نام { $name } وجود دارد.
learner-error-pin = پین دقیقاً چهار رقم است.
learner-error-full = این دستگاه جای یادگیرنده‌ی بیشتری ندارد. ابتدا یکی را حذف کنید.
learner-error-unknown = فهرست یادگیرندگان تغییر نکرد. صفحه را دوباره بارگیری کنید و دوباره امتحان کنید.
learner-error-wrong-pin = این پین درست نیست.
signout-ask = { $count ->
    [one] { $count } رکورد هنوز فرستاده نشده است.
   *[other] { $count } رکورد هنوز فرستاده نشده‌اند.
}
signout-keep = { $count ->
    [one] نگه داشتن رکورد در انتظار برای اتصال بعدی
   *[other] نگه داشتن { $count } رکورد در انتظار برای اتصال بعدی
}
signout-discard = { $count ->
    [one] دور انداختن آن
   *[other] دور انداختن آن‌ها
}
