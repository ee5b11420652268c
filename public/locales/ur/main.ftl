# Alliance Player interface strings — اردو
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

app-title = Alliance Player
skip-to-content = مواد پر جائیں
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
catalog-search-label = عنوان کے ذریعے کورسز تلاش کریں
catalog-search-placeholder = عنوان سے تلاش کریں
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
course-provider = { $provider } کی جانب سے
course-languages = زبانیں: { $languages }
course-size = ڈاؤن لوڈ کا سائز: { $size }
course-open = کورس کھولیں
course-continue = جاری رکھیں
course-progress = { $percent } مکمل

## Course
course-outline = کورس کا خاکہ
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

## Media
media-speed = رفتار
media-subtitles = سب ٹائٹلز
media-subtitles-off = بند
media-subtitles-second = دوسرے سب ٹائٹلز
media-transcript = ٹرانسکرپٹ
media-watched = { $percent } دیکھا گیا
media-unsupported = آپ کا براؤزر یہ میڈیا نہیں چلا سکتا۔ کوئی دوسرا براؤزر آزمائیں، یا اسے ڈاؤن لوڈ کریں:

## Reading and document
reading-end = مطالعے کا اختتام
document-download = PDF ڈاؤن لوڈ کریں ({ $size })
document-download-nosize = PDF ڈاؤن لوڈ کریں
document-fallback = آپ کا براؤزر یہاں PDF نہیں دکھا سکتا۔ اسے پڑھنے کے لیے ڈاؤن لوڈ کریں۔

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

## Unsupported and errors
unit-needs-newer-player = اس یونٹ کے لیے پلیئر کا نیا ورژن درکار ہے
unit-needs-newer-player-detail = یہ “{ $kind }” قسم کا یونٹ ہے، جسے Alliance Player کا یہ ورژن ابھی نہیں پہچانتا۔ کورس کا باقی حصہ کام کرتا ہے؛ اپنے کورس فراہم کنندہ سے پوچھیں یا پلیئر اپ ڈیٹ کریں۔
error-heading = کچھ غلط ہو گیا
error-catalog = کورسز کی فہرست لوڈ نہیں ہو سکی۔
error-course = یہ کورس کھولا نہیں جا سکا۔
error-course-not-found = اس فہرست میں “{ $course }” نام کا کوئی کورس نہیں ہے۔
error-unit-not-found = اس کورس میں “{ $unit }” نام کا کوئی یونٹ نہیں ہے۔
error-page-not-found = یہ صفحہ موجود نہیں ہے۔
error-retry = دوبارہ کوشش کریں
error-part-unavailable = پلیئر کا یہ حصہ ڈاؤن لوڈ نہیں ہو سکا۔ اپنا انٹرنیٹ کنکشن چیک کریں، پھر دوبارہ کوشش کریں۔
error-what-to-do = اگر مسئلہ برقرار رہے تو اوپر دکھائی گئی معلومات کورس فراہم کنندہ کو بتائیں۔
