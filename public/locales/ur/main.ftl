# Alliance Player interface strings — اردو
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = اردو
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = rtl

app-title = Alliance Player
skip-to-content = مواد پر جائیں
# In the header where the browser offers to install the player as an app.
install-app = ایپ انسٹال کریں
install-app-hint = Alliance Player کو اس آلے پر انسٹال کریں: یہ آپ کی ایپس سے، اپنی الگ ونڈو میں کھلتا ہے، آف لائن بھی۔
nav-catalog = کورسز
loading = لوڈ ہو رہا ہے…

## Languages
language-picker-label = انٹرفیس کی زبان
language-picker-search = زبانیں تلاش کریں
language-picker-none = آپ کی تلاش سے کوئی زبان نہیں ملتی۔
content-language-label = کورس کی زبان
content-language-auto = وہی جو انٹرفیس کی زبان ہے
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = { $language } میں

## Catalogue
catalog-heading = کورسز کی فہرست
catalog-search-label = کورس تلاش کریں
catalog-search-placeholder = عنوان، موضوع یا فراہم کنندہ
catalog-more = مزید کورس دکھائیں
catalog-earlier = پچھلے کورسز دکھائیں
catalog-loading-more = مزید کورسز میں تلاش جاری ہے…
catalog-language-label = زبان
catalog-language-any = تمام زبانیں
catalog-count = { $count ->
    [0] کوئی کورس نہیں ملا۔
    [one] ایک کورس
   *[other] { $count } کورسز
}
catalog-empty = آپ کی تلاش سے کوئی کورس نہیں ملا۔ کوئی دوسرا لفظ آزمائیں یا تمام زبانیں منتخب کریں۔
catalog-rejected = { $count ->
    [one] اس فہرست کا ایک کورس دکھایا نہیں جا سکا:
   *[other] اس فہرست کے { $count } کورسز دکھائے نہیں جا سکے:
}
catalog-source-notice = اس فہرست میں کچھ کورسز شامل نہیں ہیں:
catalog-source-unreachable = { $source } تک رسائی نہیں ہو سکی: ہو سکتا ہے سائٹ بند ہو، یا وہ اس پلیئر کو اپنے کورسز پڑھنے کی اجازت نہیں دیتی۔
catalog-source-status = { $source } نے ایک خرابی کے ساتھ جواب دیا (HTTP { $status })۔
catalog-source-too-large = { $source } کا حجم { $limit } سے زیادہ ہے؛ یہ پلیئر کسی کیٹلاگ کے لیے اس سے زیادہ نہیں پڑھتا۔
catalog-source-invalid = { $source } ایسا کورس کیٹلاگ نہیں جسے یہ پلیئر پڑھ سکے: { $detail }
catalog-source-left-out = { $source } کا “{ $course }” شامل نہیں کیا گیا: کسی اور کورس کے پاس پہلے سے اس کا پتا /course/{ $id } ہے۔
course-provider = { $provider } کی جانب سے
course-languages = زبانیں: { $languages }
course-size = ڈاؤن لوڈ کا سائز: { $size }
course-open = کورس کھولیں
course-continue = جاری رکھیں
course-progress = { $percent } مکمل

## Course
course-outline = کورس کا خاکہ
outline-show-earlier = پچھلے یونٹ دکھائیں ({ $count } پوشیدہ)
outline-show-later = اگلے یونٹ دکھائیں ({ $count } پوشیدہ)
course-start = کورس شروع کریں
course-units = { $count ->
    [one] ایک یونٹ
   *[other] { $count } یونٹس
}
unit-ordinal = یونٹ { $index } از { $total }
unit-state-not-started = شروع نہیں کیا
unit-state-in-progress = جاری ہے
unit-state-completed = مکمل
unit-state-passed = کامیاب
unit-state-failed = ابھی کامیاب نہیں
unit-kind-video = ویڈیو
unit-kind-audio = آڈیو
unit-kind-reading = مطالعہ
unit-kind-quiz = کوئز
unit-kind-document = دستاویز
unit-kind-interactive = سرگرمی
unit-kind-unknown = نئی قسم کا یونٹ
unit-previous = پچھلا
unit-next = اگلا
unit-mark-done = مکمل کے طور پر نشان زد کریں
unit-done = مکمل
back-to-catalog = تمام کورسز
course-search-label = اس کورس میں تلاش کریں
course-search-count = { $count ->
    [0] کوئی نتیجہ نہیں ملا
    [one] ایک نتیجہ
   *[other] { $count } نتائج
}
course-search-more = { $count ->
    [one] صرف پہلا نتیجہ دکھایا گیا ہے؛ تلاش محدود کرنے کے لیے مزید الفاظ شامل کریں۔
   *[other] صرف پہلے { $count } نتائج دکھائے گئے ہیں؛ تلاش محدود کرنے کے لیے مزید الفاظ شامل کریں۔
}
course-search-subtitles = سب ٹائٹلز میں بھی تلاش جاری ہے…
course-search-incomplete = کچھ سب ٹائٹلز میں تلاش نہیں ہو سکی۔
course-search-in-title = عنوان
course-search-in-reading = مطالعہ
course-search-in-transcript = ٹرانسکرپٹ
course-search-in-subtitle = سب ٹائٹلز، { $time } پر
course-search-in-quiz = کوئز کا سوال

## Media
media-speed = رفتار
media-subtitles = سب ٹائٹلز
media-subtitles-off = بند
media-subtitles-second = دوسرے سب ٹائٹلز
media-fullscreen = فل اسکرین
media-fullscreen-exit = فل اسکرین سے باہر نکلیں
media-shortcuts = کی بورڈ شارٹ کٹس
media-shortcuts-hint = جب ویڈیو یا آڈیو پلیئر فوکس میں ہو:
# The name of the space bar key, as printed on keyboards.
media-key-space = اسپیس
media-key-play = چلائیں یا روکیں
media-key-seek = پانچ سیکنڈ پیچھے یا آگے
media-key-speed = آہستہ یا تیز
media-key-captions = سب ٹائٹلز آن یا آف
media-key-fullscreen = فل اسکرین آن یا آف
media-transcript = ٹرانسکرپٹ
media-watched = { $percent } دیکھا گیا
media-unsupported = آپ کا براؤزر یہ میڈیا نہیں چلا سکتا۔ کوئی دوسرا براؤزر آزمائیں، یا اسے ڈاؤن لوڈ کریں:

## Reading and document
reading-end = مطالعے کا اختتام
document-download = PDF ڈاؤن لوڈ کریں ({ $size })
document-download-nosize = PDF ڈاؤن لوڈ کریں
document-fallback = آپ کا براؤزر یہاں PDF نہیں دکھا سکتا۔ اسے پڑھنے کے لیے ڈاؤن لوڈ کریں۔
document-not-pdf = { $file } PDF فائل نہیں ہے۔ دستاویز اکائی صرف PDF فائلیں دکھاتی ہے، جو “%PDF-” سے شروع ہوتی ہیں۔

## Quiz
quiz-passing = کامیابی کے لیے آپ کو { $percent } درکار ہے۔
quiz-attempts-left = { $count ->
    [one] ایک کوشش باقی ہے
   *[other] { $count } کوششیں باقی ہیں
}
quiz-attempts-unlimited = لامحدود کوششیں
quiz-attempts-used = { $count ->
    [one] آپ اپنی واحد کوشش استعمال کر چکے ہیں۔
   *[other] آپ اپنی تمام { $count } کوششیں استعمال کر چکے ہیں۔
}
quiz-question = سوال { $index }
quiz-true = درست
quiz-false = غلط
quiz-answer-label = آپ کا جواب
quiz-submit = جوابات جمع کرائیں
quiz-retry = دوبارہ کوشش کریں
quiz-score = آپ کا اسکور: { $score }
quiz-passed = کامیاب — بہت خوب!
quiz-failed = ابھی کامیابی حاصل نہیں ہوئی۔
quiz-best = اب تک کا بہترین اسکور: { $score }
quiz-correct = صحیح جواب
quiz-incorrect = غلط جواب
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = جائزہ: ہر سوال کا صحیح جواب دکھایا گیا ہے۔
quiz-right-answer = صحیح جواب

## Interactive
interactive-title = انٹرایکٹو سرگرمی: { $title }
interactive-hint = یہ یونٹ مکمل کرنے کے لیے سرگرمی مکمل کریں۔

## Storage
storage-quota = اس براؤزر میں پلیئر کے لیے مخصوص اسٹوریج بھر چکی ہے، اس لیے آپ کی تازہ ترین پیش رفت محفوظ نہیں ہو سکی۔ کچھ جگہ خالی کریں (براؤزر کی ترتیبات میں ڈاؤن لوڈ کیے گئے کورسز یا دوسری سائٹس کا ڈیٹا ہٹائیں)، پھر جاری رکھیں: پہلے سے محفوظ کیا گیا کچھ بھی ضائع نہیں ہوا۔
storage-unavailable = یہ براؤزر پلیئر کو آپ کی پیش رفت محفوظ کرنے کی اجازت نہیں دیتا، اس لیے یہ صرف صفحہ بند کرنے تک برقرار رہتی ہے۔ پرائیویٹ ونڈوز اکثر اسٹوریج کو روک دیتی ہیں۔
storage-write-failed = آپ کی تازہ ترین پیش رفت ابھی محفوظ نہیں ہو سکی۔ یہ اس صفحے میں موجود ہے اور آپ کے اگلے قدم کے ساتھ محفوظ ہو جائے گی۔

## Transcript (the learner's record of progress)
nav-transcript = میری پیش رفت
transcript-heading = میری پیش رفت
transcript-empty = آپ نے ابھی تک کوئی کورس شروع نہیں کیا۔
transcript-unit-score = اسکور: { $score }
transcript-time-spent = صرف شدہ وقت: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = xAPI اسٹیٹمنٹس ڈاؤن لوڈ کریں (JSON)
transcript-export-csv = اسپریڈ شیٹ ڈاؤن لوڈ کریں (CSV)
transcript-reset = اس کورس میں میری پیش رفت ری سیٹ کریں
transcript-reset-confirm = کیا آپ “{ $course }” میں اپنی تمام پیش رفت ری سیٹ کرنا چاہتے ہیں؟ اسے واپس نہیں لیا جا سکتا۔

## لرننگ ریکارڈ اسٹور (LRS) کو ترسیل، جو ہیڈر میں اور ترتیبات کے صفحے پر دکھائی جاتی ہے
nav-settings = ترتیبات
sync-off = اس آلے پر محفوظ ہے
sync-off-detail = کسی لرننگ ریکارڈ اسٹور سے منسلک نہیں: آپ کی پیش رفت اسی براؤزر میں رہتی ہے۔ اپنے مکمل کردہ یونٹس کی معلومات اپنے ادارے کو بھیجنے کے لیے ترتیبات میں کوئی اسٹور منسلک کریں۔
sync-done = سب کچھ بھیج دیا گیا
sync-pending = { $count ->
    [one] ایک ریکارڈ بھیجے جانے کا منتظر ہے
   *[other] { $count } ریکارڈز بھیجے جانے کے منتظر ہیں
}
sync-last-delivery = آخری ترسیل: { $date }
sync-error-offline = آپ آف لائن ہیں۔ آپ کے ریکارڈز محفوظ ہیں اور کنکشن بحال ہونے پر بھیج دیے جائیں گے۔
sync-error-unreachable = لرننگ ریکارڈ اسٹور تک رسائی نہیں ہو سکی۔ تھوڑی دیر میں دوبارہ کوشش کی جائے گی؛ کچھ ضائع نہیں ہوگا۔
sync-error-server = لرننگ ریکارڈ اسٹور میں کوئی مسئلہ ہے (HTTP { $status })۔ تھوڑی دیر میں دوبارہ کوشش کی جائے گی؛ کچھ ضائع نہیں ہوگا۔
sync-error-unauthorized = لرننگ ریکارڈ اسٹور نے آپ کی لاگ اِن کی تفصیلات مسترد کر دیں۔ انہیں ترتیبات میں دوبارہ درج کریں؛ تب تک آپ کے ریکارڈز محفوظ رہیں گے۔
sync-error-not-found = اس پتے پر کوئی لرننگ ریکارڈ اسٹور موجود نہیں۔ ترتیبات میں پتا چیک کریں؛ تب تک آپ کے ریکارڈز محفوظ رہیں گے۔
sync-error-version = یہ لرننگ ریکارڈ اسٹور xAPI کا کوئی دوسرا ورژن استعمال کرتا ہے ({ $detail })۔ اپنے ادارے سے ایسا پتا مانگیں جو xAPI 1.0.3 یا 2.0.0 استعمال کرتا ہو۔
sync-error-storage = ترسیل کے منتظر ریکارڈز اس براؤزر کی اسٹوریج سے پڑھے نہیں جا سکے ({ $detail })۔
sync-set-aside = { $count ->
    [one] لرننگ ریکارڈ اسٹور نے ایک ریکارڈ مسترد کر دیا
   *[other] لرننگ ریکارڈ اسٹور نے { $count } ریکارڈز مسترد کر دیے
}
sync-set-aside-detail = یہ ریکارڈز اسٹور کے جواب کے ساتھ یہاں محفوظ ہیں، تاکہ آپ یا آپ کا ادارہ دیکھ سکے کہ کیا درست کرنا ہے۔
settings-heading = ترتیبات
settings-lrs-heading = لرننگ ریکارڈ اسٹور
settings-lrs-intro = آپ کا ادارہ آپ کو یہ تفصیلات دیتا ہے تاکہ آپ کے مکمل کردہ یونٹس اور اسکورز اس کے ریکارڈ تک پہنچ سکیں۔
settings-lrs-endpoint = پتا (xAPI اینڈ پوائنٹ)
settings-lrs-key = کلید یا صارف نام
settings-lrs-secret = خفیہ کلید یا پاس ورڈ
settings-lrs-token = یا رسائی ٹوکن
settings-lrs-name = آپ کا نام
settings-lrs-email = آپ کا ای میل پتا
settings-lrs-connect = منسلک کریں
settings-lrs-disconnect = منقطع کریں
settings-lrs-connected = آپ { $endpoint } سے { $who } کے طور پر منسلک ہیں۔
settings-lrs-invalid-endpoint = لرننگ ریکارڈ اسٹور کا پتا درج کریں، جو https:// یا http:// سے شروع ہو۔
settings-lrs-invalid-email = اپنا ای میل پتا درج کریں، تاکہ آپ کے ریکارڈز آپ کے نام سے محفوظ ہوں۔
cmi5-unit-needs-worker = اس سرگرمی کے لیے پلیئر کی تنصیب مکمل ہونا ضروری ہے: کھولنے کے لیے صفحہ دوبارہ لوڈ کریں۔
cmi5-exit = باہر نکلیں
cmi5-exiting = محفوظ کر کے واپس جا رہے ہیں…
cmi5-browse = براؤزنگ: یہاں آپ جو کچھ کرتے ہیں اس میں سے کچھ بھی ریکارڈ نہیں ہوتا۔
cmi5-review = جائزہ: یہاں آپ جو کچھ کرتے ہیں اس میں سے کچھ بھی ریکارڈ نہیں ہوتا۔
cmi5-ended = یہ سیشن ختم ہو گیا ہے۔ مزید ریکارڈ کرنے کے لیے اپنے تعلیمی پلیٹ فارم سے کورس دوبارہ کھولیں۔
settings-lrs-launch-failed = کورس ایسے سائن اِن کے ساتھ کھولا گیا جو کام نہیں کر سکا ({ $detail })۔ اسے اپنے ادارے کی سائٹ سے دوبارہ کھولیں۔

sources-heading = کورسز کے ذرائع
sources-intro = کورسز کی فہرست نیچے دیے گئے کیٹلاگز کو یکجا کرتی ہے۔ آپ کسی اور یونیورسٹی یا کورس فراہم کنندہ کا کیٹلاگ اس کے پتے سے شامل کر سکتے ہیں؛ یہ اس آلے پر آپ کے لیے محفوظ رہتا ہے۔
sources-site = اس سائٹ کا منتخب کردہ
sources-remove = ہٹائیں
sources-add-label = ذریعہ شامل کریں: اس کے کیٹلاگ کا پتا
sources-check = جانچیں
sources-preview = { $count ->
    [one] ایک کورس
   *[other] { $count } کورسز
}
sources-add-confirm = یہ ذریعہ شامل کریں
sources-added = شامل کر دیا گیا: اس کے کورسز اب کورسز کی فہرست میں ہیں۔
sources-removed = ہٹا دیا گیا: اس کے کورسز اب کورسز کی فہرست میں نہیں ہیں۔
sources-invalid-url = ایسا پتا درج کریں جو https:// سے شروع ہو (یا اس سائٹ کا کوئی راستہ، جیسے /courses/catalog.json)۔
sources-duplicate = یہ کیٹلاگ پہلے سے فہرست میں ہے۔
sources-full = آپ کے ذرائع کی فہرست بھر گئی ہے۔ دوسرا شامل کرنے کے لیے ایک ہٹائیں۔

## Unsupported and errors
unit-needs-newer-player = اس یونٹ کے لیے پلیئر کا نیا ورژن درکار ہے
unit-needs-newer-player-detail = یہ “{ $kind }” قسم کا یونٹ ہے، جسے Alliance Player کا یہ ورژن ابھی نہیں پہچانتا۔ کورس کا باقی حصہ کام کرتا ہے؛ اپنے کورس فراہم کنندہ سے پوچھیں یا پلیئر اپ ڈیٹ کریں۔
error-heading = کچھ غلط ہو گیا
error-catalog = کورسز کی فہرست لوڈ نہیں ہو سکی۔
error-document = یہ دستاویز دکھائی نہیں جا سکتی۔
error-course = یہ کورس کھولا نہیں جا سکا۔
error-course-not-found = اس فہرست میں “{ $course }” نام کا کوئی کورس نہیں ہے۔
error-unit-not-found = اس کورس میں “{ $unit }” نام کا کوئی یونٹ نہیں ہے۔
error-page-not-found = یہ صفحہ موجود نہیں ہے۔
error-retry = دوبارہ کوشش کریں
error-part-unavailable = پلیئر کا یہ حصہ ڈاؤن لوڈ نہیں ہو سکا۔ اپنا انٹرنیٹ کنکشن چیک کریں، پھر دوبارہ کوشش کریں۔
error-what-to-do = اگر مسئلہ برقرار رہے تو اوپر دکھائی گئی معلومات کورس فراہم کنندہ کو بتائیں۔

## Offline use: the player on this device, course downloads, data saver
offline-indicator = آف لائن
offline-indicator-detail = آپ آف لائن ہیں۔ ڈاؤن لوڈ کیے گئے کورسز معمول کے مطابق چلتے ہیں؛ آپ کی پیش رفت اس آلے پر محفوظ ہوتی ہے اور آپ کے دوبارہ آن لائن ہونے پر بھیج دی جاتی ہے۔
update-ready = Alliance Player کا نیا ورژن تیار ہے۔
update-reload = اپ ڈیٹ کے لیے دوبارہ لوڈ کریں
download-heading = آف لائن استعمال
download-course = آف لائن استعمال کے لیے ڈاؤن لوڈ کریں ({ $size })
download-resume = ڈاؤن لوڈ دوبارہ شروع کریں ({ $size } باقی)
download-progress = { $total } میں سے { $done } · { $unitsTotal } میں سے { $units } یونٹس
download-cancel = منسوخ کریں
download-done = ڈاؤن لوڈ ہو گیا: یہ کورس آف لائن کام کرتا ہے ({ $size })۔
download-remove = ڈاؤن لوڈ ہٹائیں
download-stored-partly = { $total } میں سے { $done } پہلے ہی اس آلے پر موجود ہے۔
download-failed = ڈاؤن لوڈ رک گیا: { $detail } جو کچھ پہلے سے محفوظ ہے وہ برقرار رہے گا؛ آگے بڑھنے کے لیے “ڈاؤن لوڈ دوبارہ شروع کریں” دبائیں۔
download-file-mismatch = { $file } مکمل حالت میں موصول نہیں ہوئی (متوقع: { $expected }، موصول: { $got })۔
download-file-failed = { $file } ڈاؤن لوڈ نہیں ہو سکی ({ $detail })۔
download-no-cors = { $host } اس پلیئر کو اپنی فائلیں پڑھنے نہیں دیتا (وہ کوئی CORS ہیڈر نہیں بھیجتا)، اس لیے انہیں جانچا اور محفوظ نہیں کیا جا سکتا۔ اس کے منتظم کو کورس کی ہر فائل کے ساتھ Access-Control-Allow-Origin بھیجنا ہوگا۔
download-quota = اس آلے پر کورس کے لیے جگہ باقی نہیں رہی۔ کچھ جگہ خالی کریں یا کوئی دوسرا ڈاؤن لوڈ ہٹائیں، پھر دوبارہ شروع کریں۔
download-storage = یہ براؤزر اس آلے پر اپنے لیے دستیاب { $available } میں سے { $used } استعمال کر رہا ہے۔
download-persistent = ڈاؤن لوڈز اس وقت تک رہتے ہیں جب تک آپ انہیں ہٹا نہ دیں۔
download-not-persistent = اگر آلے پر جگہ کم پڑ جائے تو براؤزر ڈاؤن لوڈز ہٹا سکتا ہے۔
download-needs-network = آپ آف لائن ہیں۔ یہ کورس ڈاؤن لوڈ کرنے کے لیے انٹرنیٹ سے منسلک ہوں۔
data-saver = ڈیٹا سیور
data-saver-help = میڈیا صرف اس وقت لوڈ ہوتا ہے جب آپ پلے دبائیں، ٹرانسکرپٹ پہلے آتے ہیں، اور میڈیا کے ساتھ اس کا سائز دکھایا جاتا ہے۔
media-size = { $size } لوڈ ہوگا

## Notes and bookmarks
notes-heading = میرے نوٹس
notes-bookmark = اس یونٹ کو بُک مارک کریں
notes-bookmarked = بُک مارک شدہ
notes-bookmark-moment = اس لمحے کو بُک مارک کریں
notes-note-label = اس یونٹ پر آپ کا نوٹ
notes-save = نوٹ محفوظ کریں
notes-saved = محفوظ ہو گیا۔
notes-delete = حذف کریں
# A moment of a video or audio, e.g. "At 1:05".
notes-at = { $time } پر
notes-empty = اس کورس میں ابھی کوئی نوٹ یا بُک مارک نہیں ہے۔ کسی یونٹ یا ویڈیو کے کسی لمحے کو بُک مارک کریں، اور اس پر نوٹ لکھیں۔
notes-where = آپ کے نوٹس اس آلے پر رہتے ہیں، اور جب کوئی لرننگ ریکارڈ اسٹور منسلک ہو تو اس تک پہنچ جاتے ہیں۔
notes-too-long = ایک نوٹ میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں۔
notes-too-many = اس کورس میں نوٹس کی گنجائش پوری ہو چکی ہے: نیا نوٹ شامل کرنے کے لیے کوئی ایک حذف کریں۔

## Accessibility
unit-nav-label = پچھلا اور اگلا یونٹ
captions-always = جب بھی کسی ویڈیو یا آڈیو میں سب ٹائٹلز ہوں تو انہیں دکھائیں (اگر آپ کی زبان میں ہوں تو اسی میں، ورنہ کورس کی زبان میں)
caption-style = سب ٹائٹلز کا انداز
caption-size = متن کا سائز
caption-colour = متن کا رنگ
caption-background = پس منظر
caption-colour-white = سفید
caption-colour-yellow = پیلا
caption-colour-cyan = فیروزی
caption-colour-green = سبز
caption-colour-magenta = میجنٹا
caption-colour-black = سیاہ
caption-background-black = سیاہ، نیم شفاف
caption-background-solid-black = سیاہ
caption-background-white = سفید
caption-background-transparent = کوئی نہیں
caption-background-blue = نیلا
caption-preview = سب ٹائٹلز ایسے دکھائی دیں گے۔
caption-unreadable = اس پس منظر پر یہ متن پڑھنا مشکل ہے: کوئی دوسرا رنگ یا پس منظر منتخب کریں۔
launch-other = یہ لنک آپ کے سیکھنے کے ریکارڈ { $who } کے طور پر { $endpoint } کو بھیجے گا۔ آپ اس وقت { $current } سے { $current_who } کے طور پر جڑے ہیں۔
launch-switch = اس کنکشن پر جائیں
launch-keep = میرا کنکشن رکھیں

launch-other-learner = یہ لنک { $who } کے لیے ہے۔ اس وقت { $current_who } پلیئر استعمال کر رہے ہیں۔ کیا { $who } پر جائیں؟
launch-switch-learner = سیکھنے والا بدلیں

## Learners
learners-heading = اس آلے پر سیکھنے والے
learners-locked = { $name } پلیئر استعمال کر رہے ہیں
learner-unnamed = میں
learner-now = اس وقت پلیئر استعمال کر رہے ہیں
learner-switch = اس سیکھنے والے پر جائیں
learner-rename = نام بدلیں
learner-name = نام
learner-save = محفوظ کریں
learner-cancel = منسوخ کریں
learner-remove = ہٹائیں
learner-remove-ask = کیا { $name } کو اس آلے سے ہٹا دیں؟ اس آلے پر ان کی پیش رفت، منتظر ریکارڈ اور ترتیبات حذف ہو جائیں گی۔ ڈاؤن لوڈ شدہ کورس باقی رہیں گے۔
learner-removed = { $name } کو ہٹا دیا گیا۔
learner-pin = پن (چار ہندسے، اختیاری)
learner-pin-label = پن
learner-pin-for = { $name } کا پن
learner-pin-new = نیا پن (چار ہندسے)
learner-pin-set = پن مقرر کریں
learner-pin-remove = پن ہٹائیں
learner-pin-open = جاری رکھیں
learner-pin-note = پن اس آلے کو مل کر استعمال کرنے والوں کو ایک دوسرے کی پیش رفت میں جانے سے روکتا ہے۔ یہ رازداری کے لیے ہے، حفاظت کے لیے نہیں۔
learner-add-heading = سیکھنے والا شامل کریں
learner-add = شامل کریں
learner-added = { $name } کو شامل کر دیا گیا۔
learner-saved = محفوظ ہو گیا۔
learner-error-empty = نام درج کریں۔
learner-error-long = یہ نام بہت لمبا ہے۔
learner-error-taken = اس آلے پر پہلے سے کوئی { $name } نام کا موجود ہے۔
learner-error-pin = پن ٹھیک چار ہندسوں کا ہوتا ہے۔
learner-error-full = اس آلے پر مزید سیکھنے والوں کی گنجائش نہیں۔ پہلے کسی کو ہٹائیں۔
learner-error-unknown = سیکھنے والوں کی فہرست تبدیل نہیں ہو سکی۔ صفحہ دوبارہ لوڈ کر کے پھر کوشش کریں۔
learner-error-wrong-pin = یہ پن درست نہیں۔
signout-ask = { $count ->
    [one] ایک ریکارڈ ابھی تک نہیں بھیجا گیا۔
   *[other] { $count } ریکارڈ ابھی تک نہیں بھیجے گئے۔
}
signout-keep = { $count ->
    [one] منتظر ریکارڈ اگلی بار جڑنے کے لیے رکھیں
   *[other] { $count } منتظر ریکارڈ اگلی بار جڑنے کے لیے رکھیں
}
signout-discard = { $count ->
    [one] اسے ضائع کریں
   *[other] انہیں ضائع کریں
}
