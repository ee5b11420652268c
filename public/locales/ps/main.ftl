# Alliance Player interface strings — پښتو
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = پښتو
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = rtl

app-title = Alliance Player
skip-to-content = منځپانګې ته ورشئ
# In the header where the browser offers to install the player as an app.
install-app = اپ نصب کړئ
install-app-hint = Alliance Player په دې وسیله کې نصب کړئ: ستاسو له اپونو څخه، په خپله جلا کړکۍ کې پرانیستل کېږي، آفلاین هم.
nav-catalog = کورسونه
loading = بارېږي…

## Languages
language-picker-label = د انټرفېس ژبه
language-picker-search = ژبې ولټوئ
language-picker-none = ستاسو له لټون سره هېڅ ژبه سمون نه خوري.
content-language-label = د کورس ژبه
content-language-auto = د انټرفېس د ژبې په څېر
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = په { $language }

## Catalogue
catalog-heading = د کورسونو کتلاګ
catalog-search-label = کورسونه ولټوئ
catalog-search-placeholder = سرلیک، موضوع یا وړاندې کوونکی
catalog-more = نور کورسونه وښایئ
catalog-earlier = پخواني کورسونه وښایئ
catalog-loading-more = په نورو کورسونو کې لټون روان دی…
catalog-language-label = ژبه
catalog-language-any = ټولې ژبې
catalog-count = { $count ->
    [0] هېڅ کورس سمون نه خوري.
    [one] یو کورس
   *[other] { $count } کورسونه
}
catalog-empty = ستاسو له لټون سره هېڅ کورس سمون نه خوري. بله کلمه وازمویئ یا ټولې ژبې وټاکئ.
catalog-rejected = { $count ->
    [one] د دې کتلاګ یو کورس په لېست کې نه شو ښودل کېدای:
   *[other] د دې کتلاګ { $count } کورسونه په لېست کې نه شول ښودل کېدای:
}
# A site's catalogue and the learner's own can be several; one that fails is named here, the others still show.
# $source is a catalogue's title or its address; $id is a course's short name, as in its address /course/{ $id }.
catalog-source-notice = ځینې کورسونه په دې لېست کې نشته:
catalog-source-unreachable = { $source } ته لاسرسی ونه شو: کېدای شي سایټ بند وي، یا دې پلېر ته د خپلو کورسونو د لوستلو اجازه نه ورکوي.
catalog-source-status = { $source } د تېروتنې ځواب ورکړ (HTTP { $status }).
catalog-source-too-large = { $source } له { $limit } څخه لوی دی؛ دا پلېر د یو کتلاګ لپاره تر دې ډېر نه لولي.
catalog-source-invalid = { $source } د کورسونو داسې کتلاګ نه دی چې دا پلېر یې ولوستلای شي: { $detail }
catalog-source-left-out = له { $source } څخه «{ $course }» پرېښودل شو: بل کورس دمخه همدا پته، /course/{ $id }، لري.
course-provider = وړاندې کوونکی: { $provider }
course-languages = ژبې: { $languages }
course-size = د ډاونلوډ اندازه: { $size }
course-open = کورس پرانیزئ
course-continue = دوام ورکړئ
course-progress = { $percent } بشپړ شوی

## Course
course-outline = د کورس جوړښت
outline-show-earlier = مخکینۍ برخې وښایئ ({ $count } پټې)
outline-show-later = راتلونکې برخې وښایئ ({ $count } پټې)
course-start = کورس پیل کړئ
course-units = { $count ->
    [one] یوه برخه
   *[other] { $count } برخې
}
unit-ordinal = برخه { $index } له { $total } څخه
unit-state-not-started = نه دی پیل شوی
unit-state-in-progress = روان دی
unit-state-completed = بشپړ شوی
unit-state-passed = بریالی
unit-state-failed = لا بریالی نه دی
unit-kind-video = ویډیو
unit-kind-audio = غږ
unit-kind-reading = لوست
unit-kind-quiz = ازموینه
unit-kind-document = سند
unit-kind-interactive = فعالیت
unit-kind-unknown = د برخې نوی ډول
unit-previous = مخکینۍ
unit-next = بله
unit-mark-done = بشپړه یې وګڼئ
unit-done = بشپړه شوه
back-to-catalog = ټول کورسونه
# Search inside the course, above the outline. $time is a position in a video or audio, e.g. "1:05".
course-search-label = په دې کورس کې لټون
course-search-count = { $count ->
    [0] هېڅ پایله نشته
    [one] یوه پایله
   *[other] { $count } پایلې
}
course-search-more = { $count ->
    [one] یوازې لومړۍ پایله ښودل کېږي؛ د لټون د محدودولو لپاره نورې کلمې ورزیاتې کړئ.
   *[other] یوازې لومړۍ { $count } پایلې ښودل کېږي؛ د لټون د محدودولو لپاره نورې کلمې ورزیاتې کړئ.
}
course-search-subtitles = په زیرنویسونو کې هم لټون کېږي…
course-search-incomplete = په ځینو زیرنویسونو کې لټون ونه شو.
course-search-in-title = سرلیک
course-search-in-reading = لوست
course-search-in-transcript = لیکلی متن
course-search-in-subtitle = زیرنویس په { $time } کې
course-search-in-quiz = د ازموینې پوښتنه

## Media
media-speed = سرعت
media-subtitles = زیرنویس
media-subtitles-off = بند
media-subtitles-second = دوهم زیرنویس
media-fullscreen = بشپړه پرده
media-fullscreen-exit = له بشپړې پردې ووځئ
media-shortcuts = د کیبورډ لنډلارې
media-shortcuts-hint = کله چې د ویډیو یا غږ پلېر فعال وي:
# The name of the space bar key, as printed on keyboards.
media-key-space = سپېس
media-key-play = چلول یا درول
media-key-seek = پنځه ثانیې شاته یا مخته
media-key-speed = ورو یا چټک
media-key-captions = زیرنویس چالانول یا بندول
media-key-fullscreen = بشپړه پرده چالانول یا بندول
media-transcript = لیکلی متن
media-watched = { $percent } کتل شوی
media-unsupported = ستاسو براوزر دا رسنۍ نه شي چلولای. بل براوزر وازمویئ، یا یې ډاونلوډ کړئ:

## Reading and document
reading-end = د لوست پای
document-download = PDF ډاونلوډ کړئ ({ $size })
document-download-nosize = PDF ډاونلوډ کړئ
document-fallback = ستاسو براوزر دلته PDF نه شي ښودلای. د لوستلو لپاره یې ډاونلوډ کړئ.
document-not-pdf = { $file } PDF فایل نه دی. د سند برخه یوازې PDF فایلونه ښيي، چې په «%PDF-» پیلېږي.

## Quiz
quiz-passing = د بریالیتوب لپاره { $percent } ته اړتیا لرئ.
quiz-attempts-left = { $count ->
    [one] یوه هڅه پاتې ده
   *[other] { $count } هڅې پاتې دي
}
quiz-attempts-unlimited = نامحدودې هڅې
quiz-attempts-used = { $count ->
    [one] تاسو خپله یوازینۍ هڅه کارولې ده.
   *[other] تاسو خپلې ټولې { $count } هڅې کارولې دي.
}
quiz-question = پوښتنه { $index }
quiz-true = سم
quiz-false = ناسم
quiz-answer-label = ستاسو ځواب
quiz-submit = ځوابونه ولېږئ
quiz-retry = بیا هڅه وکړئ
quiz-score = ستاسو نمره: { $score }
quiz-passed = بریالي شوئ — شاباس!
quiz-failed = لا بریالي شوي نه یاست.
quiz-best = تر اوسه غوره نمره: { $score }
quiz-correct = سم دی
quiz-incorrect = ناسم دی
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = بیا کتنه: هره پوښتنه خپل سم ځواب ښيي.
quiz-right-answer = سم ځواب

## Interactive
interactive-title = تعاملي فعالیت: { $title }
interactive-hint = د دې برخې د بشپړولو لپاره فعالیت بشپړ کړئ.

## Storage
storage-quota = په دې براوزر کې د پلېر زېرمه ډکه ده، نو ستاسو وروستی پرمختګ خوندي نه شو. یو څه ځای خالي کړئ (د براوزر په امستنو کې ډاونلوډ شوي کورسونه یا د نورو سایټونو معلومات لرې کړئ)، بیا دوام ورکړئ: هر څه چې مخکې خوندي شوي وو، له منځه نه دي تللي.
storage-unavailable = دا براوزر پلېر ته اجازه نه ورکوي چې ستاسو پرمختګ خوندي کړي، نو یوازې تر هغه وخته ساتل کېږي چې پاڼه وتړئ. شخصي کړکۍ اکثره د زېرمې مخه نیسي.
storage-write-failed = ستاسو وروستی پرمختګ لا خوندي نه شو. په دې پاڼه کې ساتل شوی دی او له بل ګام سره به خوندي شي.

## Transcript (the learner's record of progress)
nav-transcript = زما پرمختګ
transcript-heading = زما پرمختګ
transcript-empty = تاسو لا هېڅ کورس نه دی پیل کړی.
transcript-unit-score = نمره: { $score }
transcript-time-spent = لګېدلی وخت: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = د xAPI بیانونو په بڼه ډاونلوډ (JSON)
transcript-export-csv = د سپرېډشیټ په بڼه ډاونلوډ (CSV)
transcript-reset = په دې کورس کې زما پرمختګ له سره پیل کړئ
transcript-reset-confirm = په «{ $course }» کې ستاسو ټول پرمختګ له سره پیل شي؟ دا کار بېرته نه شي اړول کېدای.

## Delivery to the learning record store (LRS), shown in the header and on the settings page
nav-settings = امستنې
sync-off = په دې وسیله کې خوندي دی
sync-off-detail = د زده کړې د ریکارډونو له زېرمتون سره نه یاست نښلول شوي: ستاسو پرمختګ په همدې براوزر کې پاتې کېږي. په امستنو کې یو زېرمتون ونښلوئ، ترڅو بشپړ شوي کارونه مو خپلې ادارې ته ولېږل شي.
sync-done = ټول ورسول شول
sync-pending = { $count ->
    [one] یو ریکارډ په تمه دی
   *[other] { $count } ریکارډونه په تمه دي
}
sync-last-delivery = وروستی ځل ورسول شول: { $date }
sync-error-offline = تاسو آفلاین یاست. ستاسو ریکارډونه ساتل کېږي او کله چې اتصال بېرته راشي، ورسول به شي.
sync-error-unreachable = د زده کړې د ریکارډونو زېرمتون ته لاسرسی ونه شو. یوه شېبه وروسته بیا هڅه کېږي؛ هېڅ شی نه ورکېږي.
sync-error-server = د زده کړې د ریکارډونو زېرمتون ستونزه لري (HTTP { $status }). یوه شېبه وروسته بیا هڅه کېږي؛ هېڅ شی نه ورکېږي.
sync-error-unauthorized = د زده کړې د ریکارډونو زېرمتون ستاسو د ننوتو معلومات ونه منل. په امستنو کې یې بیا ولیکئ؛ تر هغه وخته ستاسو ریکارډونه ساتل کېږي.
sync-error-not-found = په دې پته د زده کړې د ریکارډونو هېڅ زېرمتون نشته. په امستنو کې پته وګورئ؛ تر هغه وخته ستاسو ریکارډونه ساتل کېږي.
sync-error-version = د زده کړې د ریکارډونو زېرمتون د xAPI بله نسخه کاروي ({ $detail }). له خپلې ادارې څخه داسې پته وغواړئ چې xAPI 1.0.3 یا 2.0.0 کاروي.
sync-error-storage = هغه ریکارډونه چې د رسولو په تمه دي، د دې براوزر له زېرمې څخه ونه لوستل شول ({ $detail }).
sync-set-aside = { $count ->
    [one] د زده کړې د ریکارډونو زېرمتون یو ریکارډ رد کړ
   *[other] د زده کړې د ریکارډونو زېرمتون { $count } ریکارډونه رد کړل
}
sync-set-aside-detail = دا ریکارډونه د زېرمتون له ځواب سره دلته ساتل کېږي، ترڅو تاسو یا ستاسو اداره وګوري چې څه باید سم شي.
settings-heading = امستنې
settings-lrs-heading = د زده کړې د ریکارډونو زېرمتون
settings-lrs-intro = ستاسو اداره دا معلومات تاسو ته درکوي، ترڅو ستاسو بشپړ شوي کارونه او نمرې د هغې ریکارډونو ته ورسېږي.
settings-lrs-endpoint = پته (xAPI endpoint)
settings-lrs-key = کیلي یا کارن نوم
settings-lrs-secret = راز یا پټنوم
settings-lrs-token = یا د لاسرسي ټوکن
settings-lrs-name = ستاسو نوم
settings-lrs-email = ستاسو برېښنالیک پته
settings-lrs-connect = ونښلوئ
settings-lrs-disconnect = اتصال پرې کړئ
settings-lrs-connected = د { $who } په توګه له { $endpoint } سره نښلول شوي یاست.
settings-lrs-invalid-endpoint = د زده کړې د ریکارډونو د زېرمتون پته ولیکئ، چې په https:// یا http:// پیل شي.
settings-lrs-invalid-email = خپله برېښنالیک پته ولیکئ، ترڅو ستاسو ریکارډونه ستاسو په نوم ثبت شي.
cmi5-unit-needs-worker = دا فعالیت اړتیا لري چې د پلېر نصب بشپړ شي: د پرانیستلو لپاره یې پاڼه بیا بار کړئ.
cmi5-exit = ووځئ
cmi5-exiting = خوندي کول او بېرته ستنېدل…
cmi5-browse = کتنه: هغه څه چې دلته یې کوئ، نه ثبتېږي.
cmi5-review = بیا کتنه: هغه څه چې دلته یې کوئ، نه ثبتېږي.
cmi5-ended = دا ناسته پای ته ورسېده. د نور ثبت لپاره کورس بیا د خپل زده کړې له پلاټفارم څخه پرانیزئ.
settings-lrs-launch-failed = کورس په داسې ننوتلو پرانیستل شو چې کار یې ونه کړ ({ $detail }). بیا یې د خپلې ادارې له سایټ څخه پرانیزئ.

## Course sources (settings): the catalogues whose courses the course list shows
sources-heading = د کورسونو سرچینې
sources-intro = د کورسونو لېست لاندې کتلاګونه سره راټولوي. تاسو کولای شئ د بل پوهنتون یا کورس وړاندې کوونکي کتلاګ د هغه په پته ورزیات کړئ؛ دا ستاسو لپاره په همدې وسیله کې ساتل کېږي.
sources-site = د دې سایټ له خوا ټاکل شوې
sources-remove = لرې کړئ
sources-add-label = سرچینه ورزیاته کړئ: د هغې د کتلاګ پته
sources-check = وګورئ
# The number of courses in the catalogue the learner is about to add.
sources-preview = { $count ->
    [one] یو کورس
   *[other] { $count } کورسونه
}
sources-add-confirm = دا سرچینه ورزیاته کړئ
sources-added = ورزیاته شوه: د هغې کورسونه اوس د کورسونو په لېست کې دي.
sources-removed = لرې شوه: د هغې کورسونه نور د کورسونو په لېست کې نشته.
sources-invalid-url = داسې پته ولیکئ چې په https:// پیل شي (یا په همدې سایټ کې یوه لاره، لکه /courses/catalog.json).
sources-duplicate = دا کتلاګ دمخه په لېست کې دی.
sources-full = ستاسو د سرچینو لېست ډک دی. د بلې سرچینې د ورزیاتولو لپاره یوه لرې کړئ.

## Unsupported and errors
unit-needs-newer-player = دې برخې ته د پلېر نوې نسخه پکار ده
unit-needs-newer-player-detail = دا د «{ $kind }» ډول برخه ده، چې د Alliance Player دا نسخه یې لا نه پېژني. پاتې کورس کار کوي؛ له خپل کورس وړاندې کوونکي وپوښتئ یا پلېر تازه کړئ.
error-heading = یوه ستونزه رامنځته شوه
error-catalog = د کورسونو کتلاګ بار نه شو.
error-document = دا سند نه شي ښودل کېدای.
error-course = دا کورس پرانیستل نه شو.
error-course-not-found = په دې کتلاګ کې «{ $course }» نومې کورس نشته.
error-unit-not-found = په دې کورس کې «{ $unit }» نومې برخه نشته.
error-page-not-found = دا پاڼه شتون نه لري.
error-retry = بیا هڅه وکړئ
error-part-unavailable = د پلېر دا برخه ډاونلوډ نه شوه. خپل اتصال وګورئ، بیا هڅه وکړئ.
error-what-to-do = که ستونزه دوام وکړي، هغه څه چې پورته ښودل شوي، کورس وړاندې کوونکي ته ووایئ.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = آفلاین
offline-indicator-detail = تاسو آفلاین یاست. ډاونلوډ شوي کورسونه د تل په څېر چلېږي؛ ستاسو پرمختګ په دې وسیله کې خوندي کېږي او کله چې بېرته آنلاین شئ، لېږل کېږي.
update-ready = د Alliance Player نوې نسخه چمتو ده.
update-reload = د تازه کولو لپاره بیا بار کړئ
download-heading = آفلاین کارونه
download-course = د آفلاین کارونې لپاره ډاونلوډ ({ $size })
download-resume = ډاونلوډ ته دوام ({ $size } پاتې)
download-progress = { $done } له { $total } څخه · { $units } له { $unitsTotal } برخو څخه
download-cancel = لغوه کړئ
download-done = ډاونلوډ شو: دا کورس آفلاین کار کوي ({ $size }).
download-remove = ډاونلوډ لرې کړئ
download-stored-partly = له { $total } څخه { $done } دمخه په دې وسیله کې دي.
download-failed = ډاونلوډ ودرېد: { $detail } څه چې دمخه زېرمه شوي، ساتل کېږي؛ د دوام لپاره «ډاونلوډ ته دوام» کېکاږئ.
download-file-mismatch = { $file } روغ ونه رسېد (تمه: { $expected }، ترلاسه شو: { $got }).
download-file-failed = { $file } ډاونلوډ نه شو ({ $detail }).
download-no-cors = { $host } دې پلېر ته د خپلو فایلونو د لوستلو اجازه نه ورکوي (CORS سرلیکونه نه لېږي)، نو نه کتل کېدای شي او نه زېرمه کېدای شي. د هغه مدیر باید له هر کورس فایل سره Access-Control-Allow-Origin ولېږي.
download-quota = په دې وسیله کې د کورس لپاره ځای پاتې نه دی. یو څه ځای خالي کړئ یا بل ډاونلوډ لرې کړئ، بیا دوام ورکړئ.
download-storage = دا براوزر له هغو { $available } څخه چې په دې وسیله کې یې کارولای شي، { $used } کاروي.
download-persistent = ډاونلوډونه تر هغه وخته پاتې کېږي چې تاسو یې لرې کړئ.
download-not-persistent = که د وسیلې ځای کم شي، براوزر ښايي ډاونلوډونه لرې کړي.
download-needs-network = تاسو آفلاین یاست. د دې کورس د ډاونلوډ لپاره له انټرنېټ سره ونښلئ.
data-saver = د ډېټا سپما
data-saver-help = رسنۍ یوازې هغه وخت بارېږي چې د چلولو تڼۍ کېکاږئ، لیکلي متنونه لومړی راځي، او د رسنیو اندازې ورسره ښودل کېږي.
media-size = { $size } د بارولو لپاره

## Notes and bookmarks
notes-heading = زما یادښتونه
notes-bookmark = دا برخه په نښه کړئ
notes-bookmarked = په نښه شوې
notes-bookmark-moment = دا شېبه په نښه کړئ
notes-note-label = په دې برخه ستاسو یادښت
notes-save = یادښت خوندي کړئ
notes-saved = خوندي شو.
notes-delete = ړنګ کړئ
# A moment of a video or audio, e.g. "At 1:05".
notes-at = په { $time } کې
notes-empty = په دې کورس کې لا هېڅ یادښت یا نښه نشته. یوه برخه یا د ویډیو یوه شېبه په نښه کړئ، او پرې یادښت ولیکئ.
notes-where = ستاسو یادښتونه په دې وسیله کې پاتې کېږي، او کله چې د زده کړې د ریکارډونو زېرمتون نښلول شوی وي، هغه ته رسېږي.
notes-too-long = یو یادښت تر { $max } تورو پورې لرلای شي.
notes-too-many = په دې کورس کې د یادښتونو ځای ډک دی: د بل د ورزیاتولو لپاره یو ړنګ کړئ.

## Accessibility
unit-nav-label = مخکینۍ او بله برخه
captions-always = هر کله چې ویډیو یا غږ زیرنویس ولري، هغه وښایئ (که ستاسو په ژبه وي، په هغې، که نه د کورس په ژبه)
caption-style = د زیرنویس بڼه
caption-size = د متن اندازه
caption-colour = د متن رنګ
caption-background = شالید
caption-colour-white = سپین
caption-colour-yellow = ژېړ
caption-colour-cyan = فیروزه‌يي
caption-colour-green = شین
caption-colour-magenta = ارغواني
caption-colour-black = تور
caption-background-black = تور، نیمه روڼ
caption-background-solid-black = تور
caption-background-white = سپین
caption-background-transparent = هېڅ
caption-background-blue = آبي
caption-preview = زیرنویس به داسې ښکاري.
caption-unreadable = دا متن په دې شالید لوستل ستونزمن دي: بل رنګ یا شالید وټاکئ.
launch-other = دا لینک به ستاسو د زده کړې ریکارډونه د { $who } په توګه { $endpoint } ته ولېږي. تاسو د { $current_who } په توګه له { $current } سره نښلول شوي یاست.
launch-switch = دې اتصال ته واوړئ
launch-keep = زما اتصال وساتئ
launch-other-learner = دا لینک د { $who } لپاره دی. اوس { $current_who } پلېر کاروي. { $who } ته واوړئ؟
launch-switch-learner = زده کوونکی بدل کړئ

## Learners
learners-heading = په دې وسیله کې زده کوونکي
learners-locked = { $name } پلېر کاروي
learner-unnamed = زه
learner-now = اوس پلېر کاروي
learner-switch = دې زده کوونکي ته واوړئ
learner-rename = نوم بدل کړئ
learner-name = نوم
learner-save = خوندي کړئ
learner-cancel = لغوه کړئ
learner-remove = لرې کړئ
learner-remove-ask = { $name } له دې وسیلې لرې شي؟ په دې وسیله کې یې پرمختګ، په تمه ریکارډونه او امستنې ړنګېږي. ډاونلوډ شوي کورسونه پاتې کېږي.
learner-removed = { $name } لرې شو.
learner-pin = PIN (څلور عددونه، اختیاري)
learner-pin-label = PIN
learner-pin-for = د { $name } PIN
learner-pin-new = نوی PIN (څلور عددونه)
learner-pin-set = PIN وټاکئ
learner-pin-remove = PIN لرې کړئ
learner-pin-open = دوام ورکړئ
learner-pin-note = PIN هغه کسان چې دا وسیله ګډه کاروي، د یو بل له پرمختګ څخه لرې ساتي. دا د محرمیت لپاره دی، نه د امنیت لپاره.
learner-add-heading = زده کوونکی ورزیات کړئ
learner-add = ورزیات کړئ
learner-added = { $name } ورزیات شو.
learner-saved = خوندي شو.
learner-error-empty = یو نوم ولیکئ.
learner-error-long = دا نوم ډېر اوږد دی.
learner-error-taken = په دې وسیله کې دمخه یو څوک د { $name } په نوم شته.
learner-error-pin = PIN باید دقیقاً څلور عددونه وي.
learner-error-full = په دې وسیله کې د زده کوونکو ظرفیت ډک دی. لومړی یو لرې کړئ.
learner-error-unknown = د زده کوونکو لېست بدل نه شو. پاڼه بیا بار کړئ او بیا هڅه وکړئ.
learner-error-wrong-pin = دا PIN سم نه دی.
signout-ask = { $count ->
    [one] یو ریکارډ لا نه دی لېږل شوی.
   *[other] { $count } ریکارډونه لا نه دي لېږل شوي.
}
signout-keep = { $count ->
    [one] په تمه ریکارډ تر بل اتصال پورې وساتئ
   *[other] { $count } په تمه ریکارډونه تر بل اتصال پورې وساتئ
}
signout-discard = { $count ->
    [one] ړنګ یې کړئ
   *[other] ړنګ یې کړئ
}
