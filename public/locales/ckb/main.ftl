# Alliance Player interface strings — کوردی
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = کوردی
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = rtl

app-title = Alliance Player
skip-to-content = بازدان بۆ ناوەڕۆک
# In the header where the browser offers to install the player as an app.
install-app = دامەزراندنی ئەپ
install-app-hint = Alliance Player لەسەر ئەم ئامێرە دابمەزرێنە: لە نێو ئەپەکانتەوە، لە پەنجەرەی خۆیدا دەکرێتەوە، تەنانەت بە ئۆفلاینیش.
nav-catalog = کۆرسەکان
loading = بار دەکرێت…

## Languages
language-picker-label = زمانی ڕووکار
language-picker-search = گەڕان بۆ زمان
language-picker-none = ھیچ زمانێک لەگەڵ گەڕانەکەتدا ناگونجێت.
content-language-label = زمانی کۆرس
content-language-auto = وەک زمانی ڕووکار
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = بە { $language }

## Catalogue
catalog-heading = کاتالۆگی کۆرسەکان
catalog-search-label = گەڕان بۆ کۆرس
catalog-search-placeholder = ناونیشان، بابەت یان دابینکەر
catalog-more = پیشاندانی کۆرسی زیاتر
catalog-earlier = پیشاندانی کۆرسە پێشووەکان
catalog-loading-more = گەڕان لە کۆرسی زیاتردا…
catalog-language-label = زمان
catalog-language-any = ھەموو زمانەکان
catalog-count = { $count ->
    [0] ھیچ کۆرسێک نەدۆزرایەوە.
    [one] یەک کۆرس
   *[other] { $count } کۆرس
}
catalog-empty = ھیچ کۆرسێک لەگەڵ گەڕانەکەتدا ناگونجێت. وشەیەکی تر تاقی بکەرەوە یان ھەموو زمانەکان ھەڵبژێرە.
catalog-rejected = { $count ->
    [one] یەک کۆرسی ئەم کاتالۆگە نەتوانرا پیشان بدرێت:
   *[other] { $count } کۆرسی ئەم کاتالۆگە نەتوانران پیشان بدرێن:
}
# A site's catalogue and the learner's own can be several; one that fails is named here, the others still show.
# $source is a catalogue's title or its address; $id is a course's short name, as in its address /course/{ $id }.
catalog-source-notice = ھەندێک کۆرس لەم لیستەدا نین:
catalog-source-unreachable = پەیوەندی لەگەڵ { $source } دروست نەبوو: لەوانەیە ماڵپەڕەکە لەکار کەوتبێت، یان ڕێگە نادات ئەم لێدەرە کۆرسەکانی بخوێنێتەوە.
catalog-source-status = { $source } بە ھەڵەیەک وەڵامی دایەوە (HTTP { $status }).
catalog-source-too-large = { $source } لە { $limit } گەورەترە، کە زۆرترین قەبارەیە ئەم لێدەرە بۆ کاتالۆگێک دەیخوێنێتەوە.
catalog-source-invalid = { $source } کاتالۆگێکی کۆرس نییە کە ئەم لێدەرە بتوانێت بیخوێنێتەوە: { $detail }
catalog-source-left-out = «{ $course }» لە { $source } دانەنرا: کۆرسێکی تر پێشتر ھەمان ناونیشانی ھەیە، /course/{ $id }.
course-provider = لەلایەن { $provider }
course-languages = زمانەکان: { $languages }
course-size = قەبارەی داگرتن: { $size }
course-open = کردنەوەی کۆرس
course-continue = بەردەوامبوون
course-progress = { $percent } تەواوکراوە

## Course
course-outline = پێڕستی کۆرس
outline-show-earlier = پیشاندانی بەشە پێشووەکان ({ $count } شاراوە)
outline-show-later = پیشاندانی بەشەکانی دواتر ({ $count } شاراوە)
course-start = دەستپێکردنی کۆرس
course-units = { $count ->
    [one] یەک بەش
   *[other] { $count } بەش
}
unit-ordinal = بەشی { $index } لە { $total }
unit-state-not-started = دەستی پێنەکراوە
unit-state-in-progress = بەردەوامە
unit-state-completed = تەواوکراوە
unit-state-passed = دەرچووە
unit-state-failed = ھێشتا دەرنەچووە
unit-kind-video = ڤیدیۆ
unit-kind-audio = دەنگ
unit-kind-reading = خوێندنەوە
unit-kind-quiz = تاقیکردنەوە
unit-kind-document = بەڵگەنامە
unit-kind-interactive = چالاکی
unit-kind-unknown = جۆرێکی نوێی بەش
unit-previous = پێشوو
unit-next = دواتر
unit-mark-done = نیشانکردن وەک تەواوکراو
unit-done = تەواو
back-to-catalog = ھەموو کۆرسەکان
# Search inside the course, above the outline. $time is a position in a video or audio, e.g. "1:05".
course-search-label = گەڕان لەم کۆرسەدا
course-search-count = { $count ->
    [0] ھیچ ئەنجامێک نییە
    [one] یەک ئەنجام
   *[other] { $count } ئەنجام
}
course-search-more = { $count ->
    [one] تەنیا یەکەم ئەنجام پیشان دەدرێت؛ بۆ تەسککردنەوەی گەڕان وشەی زیاتر زیاد بکە.
   *[other] تەنیا { $count } ئەنجامی یەکەم پیشان دەدرێن؛ بۆ تەسککردنەوەی گەڕان وشەی زیاتر زیاد بکە.
}
course-search-subtitles = گەڕان لە ژێرنووسەکانیشدا…
course-search-incomplete = نەتوانرا لە ھەندێک ژێرنووسدا بگەڕدرێت.
course-search-in-title = ناونیشان
course-search-in-reading = خوێندنەوە
course-search-in-transcript = دەقی نووسراو
course-search-in-subtitle = ژێرنووس لە { $time }
course-search-in-quiz = پرسیاری تاقیکردنەوە

## Media
media-speed = خێرایی
media-subtitles = ژێرنووس
media-subtitles-off = کوژاوە
media-subtitles-second = ژێرنووسی دووەم
media-fullscreen = پڕشاشە
media-fullscreen-exit = دەرچوون لە پڕشاشە
media-shortcuts = کورتەڕێکانی تەختەکلیل
media-shortcuts-hint = کاتێک لێدەری ڤیدیۆ یان دەنگ چالاکە:
# The name of the space bar key, as printed on keyboards.
media-key-space = بۆشایی
media-key-play = لێدان یان ڕاگرتن
media-key-seek = پێنج چرکە بۆ دواوە یان پێشەوە
media-key-speed = خاوتر یان خێراتر
media-key-captions = ھەڵکردن یان کوژاندنەوەی ژێرنووس
media-key-fullscreen = ھەڵکردن یان کوژاندنەوەی پڕشاشە
media-transcript = دەقی نووسراو
media-watched = { $percent } سەیرکراوە
media-unsupported = وێبگەڕەکەت ناتوانێت ئەم میدیایە لێبدات. وێبگەڕێکی تر تاقی بکەرەوە، یان دایبگرە:

## Reading and document
reading-end = کۆتایی خوێندنەوە
document-download = داگرتنی PDF ({ $size })
document-download-nosize = داگرتنی PDF
document-fallback = وێبگەڕەکەت ناتوانێت لێرەدا PDF پیشان بدات. دایبگرە بۆ ئەوەی بیخوێنیتەوە.
document-not-pdf = { $file } فایلی PDF نییە. بەشی بەڵگەنامە تەنیا فایلی PDF پیشان دەدات، کە بە «%PDF-» دەست پێ دەکەن.

## Quiz
quiz-passing = بۆ دەرچوون پێویستت بە { $percent } ھەیە.
quiz-attempts-left = { $count ->
    [one] یەک ھەوڵ ماوە
   *[other] { $count } ھەوڵ ماوە
}
quiz-attempts-unlimited = ھەوڵی بێسنوور
quiz-attempts-used = { $count ->
    [one] تاکە ھەوڵی خۆتت بەکارھێنا.
   *[other] ھەموو { $count } ھەوڵەکەی خۆتت بەکارھێنا.
}
quiz-question = پرسیاری { $index }
quiz-true = ڕاست
quiz-false = ھەڵە
quiz-answer-label = وەڵامەکەت
quiz-submit = ناردنی وەڵامەکان
quiz-retry = دووبارە ھەوڵ بدەرەوە
quiz-score = نمرەکەت: { $score }
quiz-passed = دەرچوویت — دەستخۆش!
quiz-failed = ھێشتا دەرنەچوویت.
quiz-best = باشترین نمرە تا ئێستا: { $score }
quiz-correct = ڕاستە
quiz-incorrect = ھەڵەیە
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = پێداچوونەوە: ھەر پرسیارێک وەڵامی ڕاستی خۆی پیشان دەدات.
quiz-right-answer = وەڵامی ڕاست

## Interactive
interactive-title = چالاکیی کارلێک: { $title }
interactive-hint = چالاکییەکە تەواو بکە بۆ ئەوەی ئەم بەشە کۆتایی پێ بێت.

## Storage
storage-quota = شوێنی پاشەکەوتی ئەم وێبگەڕە بۆ لێدەرەکە پڕ بووە، بۆیە دوایین پێشکەوتنت پاشەکەوت نەکرا. ھەندێک شوێن چۆڵ بکە (لە ڕێکخستنەکانی وێبگەڕدا کۆرسە داگیراوەکان یان داتای ماڵپەڕەکانی تر بسڕەوە)، پاشان بەردەوام بە: ھیچ شتێک کە پێشتر پاشەکەوت کرابوو لەدەست نەچووە.
storage-unavailable = ئەم وێبگەڕە ڕێگە نادات لێدەرەکە پێشکەوتنت پاشەکەوت بکات، بۆیە تەنیا تا داخستنی پەڕەکە دەمێنێتەوە. پەنجەرە تایبەتەکان زۆرجار ڕێگری لە پاشەکەوتکردن دەکەن.
storage-write-failed = دوایین پێشکەوتنت ھێشتا پاشەکەوت نەکراوە. لەم پەڕەیەدا ھەڵگیراوە و لەگەڵ ھەنگاوی داھاتووتدا پاشەکەوت دەکرێت.

## Transcript (the learner's record of progress)
nav-transcript = پێشکەوتنی من
transcript-heading = پێشکەوتنی من
transcript-empty = ھێشتا ھیچ کۆرسێکت دەست پێ نەکردووە.
transcript-unit-score = نمرە: { $score }
transcript-time-spent = کاتی بەسەربراو: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = داگرتن وەک ڕستەکانی xAPI (JSON)
transcript-export-csv = داگرتن وەک خشتە (CSV)
transcript-reset = سفرکردنەوەی پێشکەوتنم لەم کۆرسەدا
transcript-reset-confirm = ھەموو پێشکەوتنت لە «{ $course }» سفر بکرێتەوە؟ ئەم کارە ناگەڕێندرێتەوە.

## Delivery to the learning record store (LRS), shown in the header and on the settings page
nav-settings = ڕێکخستنەکان
sync-off = لەسەر ئەم ئامێرە پاشەکەوت کراوە
sync-off-detail = بە ھیچ کۆگایەکی تۆماری فێربوونەوە نەبەستراویتەوە: پێشکەوتنت لەم وێبگەڕەدا دەمێنێتەوە. لە ڕێکخستنەکاندا کۆگایەک ببەستەوە بۆ ئەوەی تەواوکردنەکانت بۆ دامەزراوەکەت بنێردرێن.
sync-done = ھەمووی گەیەندرا
sync-pending = { $count ->
    [one] یەک تۆمار چاوەڕێیە
   *[other] { $count } تۆمار چاوەڕێن
}
sync-last-delivery = دوایین گەیاندن: { $date }
sync-error-offline = تۆ ئۆفلاینیت. تۆمارەکانت ھەڵدەگیرێن و کاتێک پەیوەندی گەڕایەوە دەگەیەندرێن.
sync-error-unreachable = پەیوەندی لەگەڵ کۆگای تۆماری فێربوون دروست نەبوو. دوای کەمێک دووبارە ھەوڵ دەدرێتەوە؛ ھیچ شتێک لەدەست ناچێت.
sync-error-server = کۆگای تۆماری فێربوون کێشەیەکی ھەیە (HTTP { $status }). دوای کەمێک دووبارە ھەوڵ دەدرێتەوە؛ ھیچ شتێک لەدەست ناچێت.
sync-error-unauthorized = کۆگای تۆماری فێربوون زانیارییەکانی چوونەژوورەوەتی ڕەت کردەوە. لە ڕێکخستنەکاندا دووبارە بیاننووسەوە؛ تا ئەو کاتە تۆمارەکانت ھەڵدەگیرێن.
sync-error-not-found = لەم ناونیشانەدا ھیچ کۆگایەکی تۆماری فێربوون نییە. ناونیشانەکە لە ڕێکخستنەکاندا بپشکنە؛ تا ئەو کاتە تۆمارەکانت ھەڵدەگیرێن.
sync-error-version = کۆگای تۆماری فێربوون وەشانێکی تری xAPI بەکاردەھێنێت ({ $detail }). داوا لە دامەزراوەکەت بکە ناونیشانێکت بداتێ کە xAPI 1.0.3 یان 2.0.0 بەکاربھێنێت.
sync-error-storage = ئەو تۆمارانەی چاوەڕێی گەیاندنن نەتوانران لە شوێنی پاشەکەوتی ئەم وێبگەڕە بخوێنرێنەوە ({ $detail }).
sync-set-aside = { $count ->
    [one] یەک تۆمار لەلایەن کۆگای تۆماری فێربوونەوە ڕەت کرایەوە
   *[other] { $count } تۆمار لەلایەن کۆگای تۆماری فێربوونەوە ڕەت کرانەوە
}
sync-set-aside-detail = ئەم تۆمارانە لەگەڵ وەڵامی کۆگاکەدا لێرە ھەڵدەگیرێن، بۆ ئەوەی خۆت یان دامەزراوەکەت بزانن چی دەبێت ڕاست بکرێتەوە.
settings-heading = ڕێکخستنەکان
settings-lrs-heading = کۆگای تۆماری فێربوون
settings-lrs-intro = دامەزراوەکەت ئەم زانیارییانەت پێ دەدات بۆ ئەوەی تەواوکردن و نمرەکانت بگەنە تۆمارەکانی.
settings-lrs-endpoint = ناونیشان (xAPI endpoint)
settings-lrs-key = کلیل یان ناوی بەکارھێنەر
settings-lrs-secret = نھێنی یان وشەی نھێنی
settings-lrs-token = یان تۆکنی دەستگەیشتن
settings-lrs-name = ناوت
settings-lrs-email = ناونیشانی ئیمەیڵەکەت
settings-lrs-connect = بەستنەوە
settings-lrs-disconnect = پچڕاندن
settings-lrs-connected = وەک { $who } بەستراویتەوە بە { $endpoint }.
settings-lrs-invalid-endpoint = ناونیشانی کۆگای تۆماری فێربوون بنووسە، کە بە https:// یان http:// دەست پێ بکات.
settings-lrs-invalid-email = ناونیشانی ئیمەیڵەکەت بنووسە، بۆ ئەوەی تۆمارەکانت بە ناوی خۆتەوە ھەڵبگیرێن.
cmi5-unit-needs-worker = ئەم چالاکییە پێویستی بەوەیە دامەزراندنی لێدەرەکە تەواو بێت: بۆ کردنەوەی، پەڕەکە باربکەرەوە.
cmi5-exit = دەرچوون
cmi5-exiting = پاشەکەوتکردن و گەڕانەوە…
cmi5-browse = سەیرکردن: ھیچ شتێک کە لێرە دەیکەیت تۆمار ناکرێت.
cmi5-review = پێداچوونەوە: ھیچ شتێک کە لێرە دەیکەیت تۆمار ناکرێت.
cmi5-ended = ئەم دانیشتنە کۆتایی ھاتووە. بۆ تۆمارکردنی زیاتر، کۆرسەکە دووبارە لە پلاتفۆرمی فێربوونەکەتەوە بکەرەوە.
settings-lrs-launch-failed = کۆرسەکە بە چوونەژوورەوەیەک کرایەوە کە کاری نەکرد ({ $detail }). دووبارە لە ماڵپەڕی دامەزراوەکەتەوە بیکەرەوە.

## Course sources (settings): the catalogues whose courses the course list shows
sources-heading = سەرچاوەکانی کۆرس
sources-intro = لیستی کۆرسەکان ئەو کاتالۆگانەی خوارەوە کۆ دەکاتەوە. دەتوانیت کاتالۆگی زانکۆیەکی تر یان دابینکەرێکی تری کۆرس بە ناونیشانەکەیەوە زیاد بکەیت؛ بۆت ھەڵدەگیرێت، لەسەر ئەم ئامێرە.
sources-site = ھەڵبژێردراوی ئەم ماڵپەڕە
sources-remove = لابردن
sources-add-label = زیادکردنی سەرچاوە: ناونیشانی کاتالۆگەکەی
sources-check = پشکنین
# The number of courses in the catalogue the learner is about to add.
sources-preview = { $count ->
    [one] یەک کۆرس
   *[other] { $count } کۆرس
}
sources-add-confirm = زیادکردنی ئەم سەرچاوەیە
sources-added = زیاد کرا: ئێستا کۆرسەکانی لە لیستی کۆرسەکاندان.
sources-removed = لابرا: کۆرسەکانی چیتر لە لیستی کۆرسەکاندا نین.
sources-invalid-url = ناونیشانێک بنووسە کە بە https:// دەست پێ بکات (یان ڕێڕەوێک لەم ماڵپەڕەدا، وەک /courses/catalog.json).
sources-duplicate = ئەم کاتالۆگە پێشتر لە لیستەکەدایە.
sources-full = لیستی سەرچاوەکانت پڕە. یەکێک لاببە بۆ ئەوەی یەکێکی تر زیاد بکەیت.

## Unsupported and errors
unit-needs-newer-player = ئەم بەشە پێویستی بە لێدەرێکی نوێترە
unit-needs-newer-player-detail = ئەم بەشە لە جۆری «{ $kind }»ـە، کە ئەم وەشانەی Alliance Player ھێشتا نایناسێت. بەشەکانی تری کۆرسەکە کار دەکەن؛ پرسیار لە دابینکەری کۆرسەکەت بکە یان لێدەرەکە نوێ بکەرەوە.
error-heading = ھەڵەیەک ڕوویدا
error-catalog = کاتالۆگی کۆرسەکان بار نەکرا.
error-document = ئەم بەڵگەنامەیە ناتوانرێت پیشان بدرێت.
error-course = ئەم کۆرسە نەتوانرا بکرێتەوە.
error-course-not-found = لەم کاتالۆگەدا کۆرسێک بە ناوی «{ $course }» نییە.
error-unit-not-found = لەم کۆرسەدا بەشێک بە ناوی «{ $unit }» نییە.
error-page-not-found = ئەم پەڕەیە بوونی نییە.
error-retry = دووبارە ھەوڵ بدەرەوە
error-part-unavailable = ئەم پارچەیەی لێدەرەکە دانەگیرا. پەیوەندییەکەت بپشکنە، پاشان دووبارە ھەوڵ بدەرەوە.
error-what-to-do = ئەگەر کێشەکە بەردەوام بوو، ئەوەی لە سەرەوە پیشان دراوە بە دابینکەری کۆرسەکە بڵێ.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = ئۆفلاین
offline-indicator-detail = تۆ ئۆفلاینیت. کۆرسە داگیراوەکان وەک ھەمیشە کار دەکەن؛ پێشکەوتنت لەسەر ئەم ئامێرە پاشەکەوت دەکرێت و کاتێک گەڕایتەوە سەر ھێڵ دەنێردرێت.
update-ready = وەشانێکی نوێی Alliance Player ئامادەیە.
update-reload = بارکردنەوە بۆ نوێکردنەوە
download-heading = بەکارھێنانی ئۆفلاین
download-course = داگرتن بۆ بەکارھێنانی ئۆفلاین ({ $size })
download-resume = درێژەدان بە داگرتن ({ $size } ماوە)
download-progress = { $done } لە { $total } · { $units } لە { $unitsTotal } بەش
download-cancel = ھەڵوەشاندنەوە
download-done = داگیرا: ئەم کۆرسە بە ئۆفلاین کار دەکات ({ $size }).
download-remove = سڕینەوەی داگیراو
download-stored-partly = { $done } لە { $total } پێشتر لەسەر ئەم ئامێرەیە.
download-failed = داگرتن وەستا: { $detail } ئەوەی پێشتر ھەڵگیراوە دەمێنێتەوە؛ بۆ بەردەوامبوون کرتە لە «درێژەدان بە داگرتن» بکە.
download-file-mismatch = { $file } بە تەواوی نەگەیشت (چاوەڕوانکراو { $expected }، وەرگیراو { $got }).
download-file-failed = { $file } دانەگیرا ({ $detail }).
download-no-cors = { $host } ڕێگە نادات ئەم لێدەرە فایلەکانی بخوێنێتەوە (ھیچ سەردێڕێکی CORS نانێرێت)، بۆیە ناتوانرێن بپشکنرێن و ھەڵبگیرێن. بەڕێوەبەرەکەی دەبێت Access-Control-Allow-Origin لەگەڵ ھەموو فایلێکی کۆرسدا بنێرێت.
download-quota = ئەم ئامێرە شوێنی بۆ کۆرسەکە نەماوە. ھەندێک شوێن چۆڵ بکە یان داگیراوێکی تر بسڕەوە، پاشان درێژە بە داگرتن بدە.
download-storage = ئەم وێبگەڕە { $used } بەکار دەھێنێت لە کۆی ئەو { $available } کە بۆی ھەیە لەسەر ئەم ئامێرە بەکاری بھێنێت.
download-persistent = داگیراوەکان دەمێننەوە تا خۆت لایان دەبەیت.
download-not-persistent = ئەگەر شوێنی ئامێرەکە کەم بێت، لەوانەیە وێبگەڕەکە داگیراوەکان بسڕێتەوە.
download-needs-network = تۆ ئۆفلاینیت. بۆ داگرتنی ئەم کۆرسە پەیوەندی بە ئینتەرنێتەوە بکە.
data-saver = پاشەکەوتکەری داتا
data-saver-help = میدیا تەنیا کاتێک بار دەکرێت کە لێدان دادەگریت، دەقی نووسراو یەکەم دێت، و قەبارەکان لە تەنیشت میدیاکانەوە پیشان دەدرێن.
media-size = { $size } بۆ بارکردن

## Notes and bookmarks
notes-heading = تێبینییەکانم
notes-bookmark = نیشانەکردنی ئەم بەشە
notes-bookmarked = نیشانەکراوە
notes-bookmark-moment = نیشانەکردنی ئەم ساتە
notes-note-label = تێبینییەکەت لەسەر ئەم بەشە
notes-save = پاشەکەوتکردنی تێبینی
notes-saved = پاشەکەوت کرا.
notes-delete = سڕینەوە
# A moment of a video or audio, e.g. "At 1:05".
notes-at = لە { $time }
notes-empty = ھێشتا ھیچ تێبینی یان نیشانەیەک لەم کۆرسەدا نییە. بەشێک یان ساتێکی ڤیدیۆیەک نیشانە بکە، و تێبینییەکی لەسەر بنووسە.
notes-where = تێبینییەکانت لەسەر ئەم ئامێرە دەمێننەوە، و کاتێک کۆگای تۆماری فێربوون بەسترابێتەوە دەگەنە ئەویش.
notes-too-long = تێبینییەک دەتوانێت زۆرترین { $max } پیتی ھەبێت.
notes-too-many = ئەم کۆرسە ھێندەی توانای ھەیە تێبینی تێدایە: یەکێک بسڕەوە بۆ ئەوەی یەکێکی تر زیاد بکەیت.

## Accessibility
unit-nav-label = بەشی پێشوو و دواتر
captions-always = ھەمیشە ژێرنووس پیشان بدە کاتێک ڤیدیۆ یان دەنگێک ژێرنووسی ھەیە (بە زمانی خۆت ئەگەر ھەبێت، ئەگەرنا بە زمانی کۆرسەکە)
caption-style = شێوازی ژێرنووس
caption-size = قەبارەی دەق
caption-colour = ڕەنگی دەق
caption-background = باکگراوند
caption-colour-white = سپی
caption-colour-yellow = زەرد
caption-colour-cyan = شینی ئاسمانی
caption-colour-green = سەوز
caption-colour-magenta = ئەرخەوانی
caption-colour-black = ڕەش
caption-background-black = ڕەش، نیوە ڕوون
caption-background-solid-black = ڕەش
caption-background-white = سپی
caption-background-transparent = ھیچ
caption-background-blue = شین
caption-preview = ژێرنووس بەم شێوەیە دەردەکەوێت.
caption-unreadable = خوێندنەوەی ئەم دەقە لەسەر ئەم باکگراوندە قورسە: ڕەنگێکی تر یان باکگراوندێکی تر ھەڵبژێرە.
launch-other = ئەم بەستەرە تۆمارەکانی فێربوونت وەک { $who } دەنێرێت بۆ { $endpoint }. تۆ وەک { $current_who } بەستراویتەوە بە { $current }.
launch-switch = گۆڕین بۆ ئەم پەیوەندییە
launch-keep = ھێشتنەوەی پەیوەندییەکەم
launch-other-learner = ئەم بەستەرە تایبەتە بە { $who }. ئێستا { $current_who } لێدەرەکە بەکار دەھێنێت. بگۆڕدرێت بۆ { $who }؟
launch-switch-learner = گۆڕینی فێرخواز

## Learners
learners-heading = فێرخوازانی ئەم ئامێرە
learners-locked = { $name } لێدەرەکە بەکار دەھێنێت
learner-unnamed = من
learner-now = ئێستا لێدەرەکە بەکار دەھێنێت
learner-switch = گۆڕین بۆ ئەم فێرخوازە
learner-rename = گۆڕینی ناو
learner-name = ناو
learner-save = پاشەکەوتکردن
learner-cancel = ھەڵوەشاندنەوە
learner-remove = لابردن
learner-remove-ask = { $name } لەم ئامێرە لاببرێت؟ پێشکەوتن، تۆمارە چاوەڕوانەکان و ڕێکخستنەکانی لەسەر ئەم ئامێرە دەسڕدرێنەوە. کۆرسە داگیراوەکان دەمێننەوە.
learner-removed = { $name } لابرا.
learner-pin = PIN (چوار ژمارە، ئارەزوومەندانە)
learner-pin-label = PIN
learner-pin-for = PINی { $name }
learner-pin-new = PINی نوێ (چوار ژمارە)
learner-pin-set = دانانی PIN
learner-pin-remove = لابردنی PIN
learner-pin-open = بەردەوامبوون
learner-pin-note = PIN ئەو کەسانەی ئەم ئامێرە بەیەکەوە بەکار دەھێنن لە پێشکەوتنی یەکتر دوور دەخاتەوە. بۆ پاراستنی تایبەتێتییە، نەک بۆ ئاسایش.
learner-add-heading = زیادکردنی فێرخواز
learner-add = زیادکردن
learner-added = { $name } زیاد کرا.
learner-saved = پاشەکەوت کرا.
learner-error-empty = ناوێک بنووسە.
learner-error-long = ئەم ناوە زۆر درێژە.
learner-error-taken = پێشتر کەسێک بە ناوی { $name } لەسەر ئەم ئامێرە ھەیە.
learner-error-pin = PIN دەبێت ڕێک چوار ژمارە بێت.
learner-error-full = ئەم ئامێرە ھێندەی توانای ھەیە فێرخوازی تێدایە. سەرەتا یەکێک لاببە.
learner-error-unknown = لیستی فێرخوازان نەتوانرا بگۆڕدرێت. پەڕەکە باربکەرەوە و دووبارە ھەوڵ بدەرەوە.
learner-error-wrong-pin = PINەکە ھەڵەیە.
signout-ask = { $count ->
    [one] یەک تۆمار ھێشتا نەنێردراوە.
   *[other] { $count } تۆمار ھێشتا نەنێردراون.
}
signout-keep = { $count ->
    [one] ھێشتنەوەی تۆمارە چاوەڕوانەکە بۆ کاتێک دووبارە پەیوەندی دەکەمەوە
   *[other] ھێشتنەوەی { $count } تۆمارە چاوەڕوانەکە بۆ کاتێک دووبارە پەیوەندی دەکەمەوە
}
signout-discard = { $count ->
    [one] فڕێی بدە
   *[other] فڕێیان بدە
}
