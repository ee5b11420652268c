# Alliance Player interface strings — ئۇيغۇرچە
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = ئۇيغۇرچە
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = rtl

app-title = Alliance Player
skip-to-content = مەزمۇنغا ئۆتۈش
# In the header where the browser offers to install the player as an app.
install-app = ئەپ ئورنىتىش
install-app-hint = Alliance Player نى بۇ ئۈسكۈنىگە ئورنىتىڭ: ئۇ ئەپلىرىڭىز ئارىسىدىن، ئۆز كۆزنىكىدە، تورسىز ھالەتتىمۇ ئېچىلىدۇ.
nav-catalog = كۇرسلار
loading = يۈكلىنىۋاتىدۇ…

## Languages
language-picker-label = ئارايۈز تىلى
language-picker-search = تىل ئىزدەش
language-picker-none = ئىزدىگىنىڭىزگە ماس كېلىدىغان تىل يوق.
content-language-label = كۇرس تىلى
content-language-auto = ئارايۈز تىلى بىلەن ئوخشاش
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = { $language }

## Catalogue
catalog-heading = كۇرس كاتالوگى
catalog-search-label = كۇرس ئىزدەش
catalog-search-placeholder = ماۋزۇ، تېما ياكى تەمىنلىگۈچى
catalog-more = تېخىمۇ كۆپ كۇرس كۆرسىتىش
catalog-earlier = ئالدىنقى كۇرسلارنى كۆرسىتىش
catalog-loading-more = تېخىمۇ كۆپ كۇرس ئىزدەۋاتىدۇ…
catalog-language-label = تىل
catalog-language-any = بارلىق تىللار
catalog-count = { $count ->
    [0] ماس كېلىدىغان كۇرس يوق.
    [one] بىر كۇرس
   *[other] { $count } كۇرس
}
catalog-empty = ئىزدىگىنىڭىزگە ماس كېلىدىغان كۇرس يوق. باشقا سۆز بىلەن سىناپ بېقىڭ ياكى بارلىق تىللارنى تاللاڭ.
catalog-rejected = { $count ->
    [one] بۇ كاتالوگدىكى بىر كۇرسنى تىزىملىككە كىرگۈزگىلى بولمىدى:
   *[other] بۇ كاتالوگدىكى { $count } كۇرسنى تىزىملىككە كىرگۈزگىلى بولمىدى:
}
# A site's catalogue and the learner's own can be several; one that fails is named here, the others still show.
# $source is a catalogue's title or its address; $id is a course's short name, as in its address /course/{ $id }.
catalog-source-notice = بەزى كۇرسلار بۇ تىزىملىكتە يوق:
catalog-source-unreachable = { $source } بىلەن ئۇلانغىلى بولمىدى: تور بېكەت ئىشلىمەيۋاتقان، ياكى بۇ قويغۇچنىڭ كۇرسلىرىنى ئوقۇشىغا يول قويمايدىغان بولۇشى مۇمكىن.
catalog-source-status = { $source } خاتالىق بىلەن جاۋاب قايتۇردى (HTTP { $status }).
catalog-source-too-large = { $source } بەك چوڭ: بۇ قويغۇچ بىر كاتالوگ ئۈچۈن ئەڭ كۆپ بولغاندا { $limit } ئوقۇيدۇ.
catalog-source-invalid = { $source } بۇ قويغۇچ ئوقۇيالايدىغان كۇرس كاتالوگى ئەمەس: { $detail }
catalog-source-left-out = «{ $course }» (مەنبە: { $source }) قوشۇلمىدى: /course/{ $id } ئادرېسى ئاللىقاچان باشقا بىر كۇرسقا تەۋە.
course-provider = تەمىنلىگۈچى: { $provider }
course-languages = تىللار: { $languages }
course-size = چۈشۈرۈش چوڭلۇقى: { $size }
course-open = كۇرسنى ئېچىش
course-continue = داۋاملاشتۇرۇش
course-progress = { $percent } تاماملاندى

## Course
course-outline = كۇرس قۇرۇلمىسى
outline-show-earlier = ئالدىنقى بۆلەكلەرنى كۆرسىتىش ({ $count } يوشۇرۇن)
outline-show-later = كېيىنكى بۆلەكلەرنى كۆرسىتىش ({ $count } يوشۇرۇن)
course-start = كۇرسنى باشلاش
course-units = { $count ->
    [one] بىر بۆلەك
   *[other] { $count } بۆلەك
}
unit-ordinal = { $index }-بۆلەك (جەمئىي { $total })
unit-state-not-started = باشلانمىغان
unit-state-in-progress = داۋاملىشىۋاتىدۇ
unit-state-completed = تاماملانغان
unit-state-passed = ئۆتكەن
unit-state-failed = تېخى ئۆتمىگەن
unit-kind-video = سىن
unit-kind-audio = ئۈن
unit-kind-reading = ئوقۇش
unit-kind-quiz = سىناق
unit-kind-document = ھۆججەت
unit-kind-interactive = پائالىيەت
unit-kind-unknown = يېڭى تۈردىكى بۆلەك
unit-previous = ئالدىنقى
unit-next = كېيىنكى
unit-mark-done = تاماملاندى دەپ بەلگىلەش
unit-done = تاماملاندى
back-to-catalog = بارلىق كۇرسلار
# Search inside the course, above the outline. $time is a position in a video or audio, e.g. "1:05".
course-search-label = بۇ كۇرستىن ئىزدەش
course-search-count = { $count ->
    [0] نەتىجە يوق
    [one] بىر نەتىجە
   *[other] { $count } نەتىجە
}
course-search-more = { $count ->
    [one] پەقەت بىرىنچى نەتىجىلا كۆرسىتىلدى؛ ئىزدەش دائىرىسىنى تارايتىش ئۈچۈن سۆز قوشۇڭ.
   *[other] پەقەت ئالدىنقى { $count } نەتىجىلا كۆرسىتىلدى؛ ئىزدەش دائىرىسىنى تارايتىش ئۈچۈن سۆز قوشۇڭ.
}
course-search-subtitles = ئېكران خەتلىرىدىنمۇ ئىزدەۋاتىدۇ…
course-search-incomplete = بەزى ئېكران خەتلىرىدىن ئىزدىگىلى بولمىدى.
course-search-in-title = ماۋزۇ
course-search-in-reading = ئوقۇش
course-search-in-transcript = تېكىست
course-search-in-subtitle = ئېكران خېتى ({ $time })
course-search-in-quiz = سىناق سوئالى

## Media
media-speed = سۈرئەت
media-subtitles = ئېكران خېتى
media-subtitles-off = تاقاق
media-subtitles-second = ئىككىنچى ئېكران خېتى
media-fullscreen = پۈتۈن ئېكران
media-fullscreen-exit = پۈتۈن ئېكراندىن چېكىنىش
media-shortcuts = تېزلەتمە كۇنۇپكىلار
media-shortcuts-hint = سىن ياكى ئۈن قويغۇچ فوكۇستا بولغاندا:
# The name of the space bar key, as printed on keyboards.
media-key-space = بوشلۇق
media-key-play = قويۇش ياكى ۋاقىتلىق توختىتىش
media-key-seek = بەش سېكۇنت كەينىگە ياكى ئالدىغا
media-key-speed = ئاستىراق ياكى تېزراق
media-key-captions = ئېكران خېتىنى ئېچىش ياكى تاقاش
media-key-fullscreen = پۈتۈن ئېكراننى ئېچىش ياكى تاقاش
media-transcript = تېكىست
media-watched = { $percent } كۆرۈلدى
media-unsupported = توركۆرگۈڭىز بۇ مېدىيانى قويالمايدۇ. باشقا توركۆرگۈدە سىناپ بېقىڭ ياكى چۈشۈرۈۋېلىڭ:

## Reading and document
reading-end = ئوقۇش ماتېرىيالىنىڭ ئاخىرى
document-download = PDF نى چۈشۈرۈش ({ $size })
document-download-nosize = PDF نى چۈشۈرۈش
document-fallback = توركۆرگۈڭىز بۇ يەردە PDF نى كۆرسىتەلمەيدۇ. ئوقۇش ئۈچۈن ئۇنى چۈشۈرۈۋېلىڭ.
document-not-pdf = { $file } PDF ھۆججىتى ئەمەس. ھۆججەت بۆلىكى پەقەت «%PDF-» بىلەن باشلىنىدىغان PDF ھۆججەتلىرىنىلا كۆرسىتىدۇ.

## Quiz
quiz-passing = ئۆتۈش ئۈچۈن { $percent } كېرەك.
quiz-attempts-left = { $count ->
    [one] يەنە بىر قېتىم پۇرسەت بار
   *[other] يەنە { $count } قېتىم پۇرسەت بار
}
quiz-attempts-unlimited = چەكسىز پۇرسەت
quiz-attempts-used = { $count ->
    [one] بىردىنبىر پۇرسىتىڭىزنى ئىشلىتىپ بولدىڭىز.
   *[other] { $count } قېتىملىق پۇرسىتىڭىزنىڭ ھەممىسىنى ئىشلىتىپ بولدىڭىز.
}
quiz-question = { $index }-سوئال
quiz-true = توغرا
quiz-false = خاتا
quiz-answer-label = جاۋابىڭىز
quiz-submit = جاۋابلارنى يوللاش
quiz-retry = قايتا سىناش
quiz-score = نومۇرىڭىز: { $score }
quiz-passed = ئۆتتىڭىز — بارىكاللا!
quiz-failed = تېخى ئۆتمىدىڭىز.
quiz-best = ھازىرغىچە ئەڭ يۇقىرى نومۇر: { $score }
quiz-correct = توغرا
quiz-incorrect = خاتا
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = قايتا كۆرۈش: ھەر بىر سوئالنىڭ توغرا جاۋابى كۆرسىتىلىدۇ.
quiz-right-answer = توغرا جاۋاب

## Interactive
interactive-title = ئۆز-ئارا تەسىرلىك پائالىيەت: { $title }
interactive-hint = بۇ بۆلەكنى تاماملاش ئۈچۈن پائالىيەتنى تاماملاڭ.

## Storage
storage-quota = بۇ توركۆرگۈدە قويغۇچقا ئاجرىتىلغان ساقلاش بوشلۇقى توشۇپ كەتتى، شۇڭا ئەڭ يېڭى ئىلگىرىلىشىڭىز ساقلانمىدى. بىر قىسىم بوشلۇق بوشىتىڭ (توركۆرگۈ تەڭشەكلىرىدە چۈشۈرۈلگەن كۇرسلارنى ياكى باشقا تور بېكەتلەرنىڭ سانلىق مەلۇماتلىرىنى ئۆچۈرۈڭ)، ئاندىن داۋاملاشتۇرۇڭ: ئىلگىرى ساقلانغانلارنىڭ ھېچبىرى يوقالمىدى.
storage-unavailable = بۇ توركۆرگۈ قويغۇچنىڭ ئىلگىرىلىشىڭىزنى ساقلىشىغا يول قويمايدۇ، شۇڭا ئۇ پەقەت بەتنى تاقىغۇچە ساقلىنىدۇ. شەخسىي كۆزنەكلەر كۆپىنچە ساقلاشنى چەكلەيدۇ.
storage-write-failed = ئەڭ يېڭى ئىلگىرىلىشىڭىز تېخى ساقلانمىدى. ئۇ بۇ بەتتە ساقلىنىپ تۇرىدۇ ۋە كېيىنكى قەدىمىڭىزدە ساقلىنىدۇ.

## Transcript (the learner's record of progress)
nav-transcript = ئىلگىرىلىشىم
transcript-heading = مېنىڭ ئىلگىرىلىشىم
transcript-empty = سىز تېخى ھېچقانداق كۇرسنى باشلىمىدىڭىز.
transcript-unit-score = نومۇر: { $score }
transcript-time-spent = سەرپ قىلىنغان ۋاقىت: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = xAPI بايانلىرى سۈپىتىدە چۈشۈرۈش (JSON)
transcript-export-csv = ئېلېكترونلۇق جەدۋەل سۈپىتىدە چۈشۈرۈش (CSV)
transcript-reset = بۇ كۇرستىكى ئىلگىرىلىشىمنى نۆلگە قايتۇرۇش
transcript-reset-confirm = «{ $course }» كۇرسىدىكى بارلىق ئىلگىرىلىشىڭىز نۆلگە قايتۇرۇلسۇنمۇ؟ بۇنى ئەسلىگە كەلتۈرگىلى بولمايدۇ.

## Delivery to the learning record store (LRS), shown in the header and on the settings page
nav-settings = تەڭشەكلەر
sync-off = بۇ ئۈسكۈنىدە ساقلاندى
sync-off-detail = ئۆگىنىش خاتىرىسى ئامبىرىغا ئۇلانمىغان: ئىلگىرىلىشىڭىز مۇشۇ توركۆرگۈدە قالىدۇ. تاماملىغانلىرىڭىزنى مۇئەسسەسىڭىزگە يوللاش ئۈچۈن تەڭشەكلەردە بىر ئامبارغا ئۇلاڭ.
sync-done = ھەممىسى يەتكۈزۈلدى
sync-pending = { $count ->
    [one] بىر خاتىرە يوللىنىشنى كۈتۈۋاتىدۇ
   *[other] { $count } خاتىرە يوللىنىشنى كۈتۈۋاتىدۇ
}
sync-last-delivery = ئاخىرقى يەتكۈزۈلگەن ۋاقىت: { $date }
sync-error-offline = سىز تورسىز ھالەتتە. خاتىرىلىرىڭىز ساقلىنىدۇ ۋە تور ئەسلىگە كەلگەندە يەتكۈزۈلىدۇ.
sync-error-unreachable = ئۆگىنىش خاتىرىسى ئامبىرىغا ئۇلانغىلى بولمىدى. بىردەمدىن كېيىن قايتا سىنايدۇ؛ ھېچنېمە يوقالمايدۇ.
sync-error-server = ئۆگىنىش خاتىرىسى ئامبىرىدا مەسىلە بار (HTTP { $status }). بىردەمدىن كېيىن قايتا سىنايدۇ؛ ھېچنېمە يوقالمايدۇ.
sync-error-unauthorized = ئۆگىنىش خاتىرىسى ئامبىرى كىرىش ئۇچۇرىڭىزنى رەت قىلدى. تەڭشەكلەردە قايتا كىرگۈزۈڭ؛ ئۇنىڭغىچە خاتىرىلىرىڭىز ساقلىنىدۇ.
sync-error-not-found = بۇ ئادرېستا ئۆگىنىش خاتىرىسى ئامبىرى يوق. تەڭشەكلەردىكى ئادرېسنى تەكشۈرۈڭ؛ ئۇنىڭغىچە خاتىرىلىرىڭىز ساقلىنىدۇ.
sync-error-version = ئۆگىنىش خاتىرىسى ئامبىرى xAPI نىڭ باشقا نەشرىنى ئىشلىتىدۇ ({ $detail }). مۇئەسسەسىڭىزدىن xAPI 1.0.3 ياكى 2.0.0 نى قوللايدىغان ئادرېس سوراڭ.
sync-error-storage = يەتكۈزۈلۈشنى كۈتۈۋاتقان خاتىرىلەرنى بۇ توركۆرگۈنىڭ ساقلاش بوشلۇقىدىن ئوقۇغىلى بولمىدى ({ $detail }).
sync-set-aside = { $count ->
    [one] ئۆگىنىش خاتىرىسى ئامبىرى بىر خاتىرىنى رەت قىلدى
   *[other] ئۆگىنىش خاتىرىسى ئامبىرى { $count } خاتىرىنى رەت قىلدى
}
sync-set-aside-detail = بۇ خاتىرىلەر ئامبارنىڭ جاۋابى بىلەن بىللە بۇ يەردە ساقلىنىدۇ، شۇڭا سىز ياكى مۇئەسسەسىڭىز نېمىنى تۈزىتىش كېرەكلىكىنى كۆرەلەيسىز.
settings-heading = تەڭشەكلەر
settings-lrs-heading = ئۆگىنىش خاتىرىسى ئامبىرى
settings-lrs-intro = مۇئەسسەسىڭىز بۇ ئۇچۇرلارنى سىزگە بېرىدۇ، شۇنداق قىلىپ تاماملىغانلىرىڭىز ۋە نومۇرلىرىڭىز ئۇنىڭ خاتىرىسىگە يېتىپ بارىدۇ.
settings-lrs-endpoint = ئادرېس (xAPI ئۇلىنىش نۇقتىسى)
settings-lrs-key = ئاچقۇچ ياكى ئىشلەتكۈچى ئاتى
settings-lrs-secret = مەخپىي ئاچقۇچ ياكى ئىم
settings-lrs-token = ياكى زىيارەت توكىنى
settings-lrs-name = ئاتىڭىز
settings-lrs-email = ئېلخەت ئادرېسىڭىز
settings-lrs-connect = ئۇلاش
settings-lrs-disconnect = ئۈزۈش
settings-lrs-connected = ئۇلانغان ئادرېس: { $endpoint }؛ سالاھىيەت: { $who }.
settings-lrs-invalid-endpoint = ئۆگىنىش خاتىرىسى ئامبىرىنىڭ https:// ياكى http:// بىلەن باشلىنىدىغان ئادرېسىنى كىرگۈزۈڭ.
settings-lrs-invalid-email = ئېلخەت ئادرېسىڭىزنى كىرگۈزۈڭ، شۇندا خاتىرىلىرىڭىز ئۆز نامىڭىزدا تىزىملىنىدۇ.
cmi5-unit-needs-worker = بۇ پائالىيەت ئۈچۈن قويغۇچنىڭ ئورنىتىلىشى تاماملىنىشى كېرەك: ئۇنى ئېچىش ئۈچۈن بەتنى قايتا يۈكلەڭ.
cmi5-exit = چېكىنىش
cmi5-exiting = ساقلاپ قايتىۋاتىدۇ…
cmi5-browse = كۆرۈش ھالىتى: بۇ يەردە قىلغانلىرىڭىز خاتىرىلەنمەيدۇ.
cmi5-review = قايتا كۆرۈش ھالىتى: بۇ يەردە قىلغانلىرىڭىز خاتىرىلەنمەيدۇ.
cmi5-ended = بۇ قېتىملىق ئۆگىنىش ئاخىرلاشتى. تېخىمۇ كۆپ خاتىرىلەش ئۈچۈن كۇرسنى ئۆگىنىش سۇپىڭىزدىن قايتا ئېچىڭ.
settings-lrs-launch-failed = كۇرس ئىناۋەتسىز كىرىش ئۇچۇرى بىلەن ئېچىلدى ({ $detail }). ئۇنى مۇئەسسەسىڭىزنىڭ تور بېكىتىدىن قايتا ئېچىڭ.

## Course sources (settings): the catalogues whose courses the course list shows
sources-heading = كۇرس مەنبەلىرى
sources-intro = كۇرس تىزىملىكى تۆۋەندىكى كاتالوگلارنى بىرلەشتۈرىدۇ. باشقا بىر ئۇنىۋېرسىتېت ياكى كۇرس تەمىنلىگۈچىنىڭ كاتالوگىنى ئادرېسى ئارقىلىق قوشالايسىز؛ ئۇ سىز ئۈچۈن مۇشۇ ئۈسكۈنىدە ساقلىنىدۇ.
sources-site = بۇ تور بېكەت تاللىغان
sources-remove = چىقىرىۋېتىش
sources-add-label = مەنبە قوشۇش: ئۇنىڭ كاتالوگ ئادرېسى
sources-check = تەكشۈرۈش
# The number of courses in the catalogue the learner is about to add.
sources-preview = { $count ->
    [one] بىر كۇرس
   *[other] { $count } كۇرس
}
sources-add-confirm = بۇ مەنبەنى قوشۇش
sources-added = قوشۇلدى: ئۇنىڭ كۇرسلىرى ئەمدى كۇرس تىزىملىكىدە.
sources-removed = چىقىرىۋېتىلدى: ئۇنىڭ كۇرسلىرى ئەمدى كۇرس تىزىملىكىدە يوق.
sources-invalid-url = https:// بىلەن باشلىنىدىغان ئادرېس كىرگۈزۈڭ (ياكى بۇ تور بېكەتتىكى يول، مەسىلەن /courses/catalog.json).
sources-duplicate = بۇ كاتالوگ تىزىملىكتە بار.
sources-full = مەنبە تىزىملىكىڭىز توشتى. باشقىسىنى قوشۇش ئۈچۈن بىرىنى چىقىرىۋېتىڭ.

## Unsupported and errors
unit-needs-newer-player = بۇ بۆلەككە يېڭىراق قويغۇچ كېرەك
unit-needs-newer-player-detail = بۇ «{ $kind }» تۈرىدىكى بۆلەك، Alliance Player نىڭ بۇ نەشرى ئۇنى تېخى تونۇمايدۇ. كۇرسنىڭ قالغان قىسمى نورمال ئىشلەيدۇ؛ كۇرس تەمىنلىگۈچىڭىزدىن سوراڭ ياكى قويغۇچنى يېڭىلاڭ.
error-heading = خاتالىق كۆرۈلدى
error-catalog = كۇرس كاتالوگىنى يۈكلىگىلى بولمىدى.
error-document = بۇ ھۆججەتنى كۆرسەتكىلى بولمايدۇ.
error-course = بۇ كۇرسنى ئاچقىلى بولمىدى.
error-course-not-found = بۇ كاتالوگدا «{ $course }» ناملىق كۇرس يوق.
error-unit-not-found = بۇ كۇرستا «{ $unit }» ناملىق بۆلەك يوق.
error-page-not-found = بۇ بەت مەۋجۇت ئەمەس.
error-retry = قايتا سىناش
error-part-unavailable = قويغۇچنىڭ بۇ قىسمىنى چۈشۈرگىلى بولمىدى. تور ئۇلىنىشىڭىزنى تەكشۈرۈپ، قايتا سىناڭ.
error-what-to-do = مەسىلە داۋاملاشسا، يۇقىرىدا كۆرسىتىلگەنلەرنى كۇرس تەمىنلىگۈچىگە ئېيتىڭ.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = تورسىز
offline-indicator-detail = سىز تورسىز ھالەتتە. چۈشۈرۈلگەن كۇرسلار ئادەتتىكىدەك قويۇلىدۇ؛ ئىلگىرىلىشىڭىز بۇ ئۈسكۈنىدە ساقلىنىدۇ ۋە تورغا قايتا ئۇلانغاندا يوللىنىدۇ.
update-ready = Alliance Player نىڭ يېڭى نەشرى تەييار.
update-reload = قايتا يۈكلەپ يېڭىلاش
download-heading = تورسىز ئىشلىتىش
download-course = تورسىز ئىشلىتىش ئۈچۈن چۈشۈرۈش ({ $size })
download-resume = چۈشۈرۈشنى داۋاملاشتۇرۇش ({ $size } قالدى)
download-progress = { $done } / { $total } · { $units } / { $unitsTotal } بۆلەك
download-cancel = بىكار قىلىش
download-done = چۈشۈرۈلدى: بۇ كۇرس تورسىز ئىشلەيدۇ ({ $size }).
download-remove = چۈشۈرۈلگەننى ئۆچۈرۈش
download-stored-partly = بۇ ئۈسكۈنىگە ئاللىقاچان ساقلانغىنى: { $done } / { $total }.
download-failed = چۈشۈرۈش توختاپ قالدى: { $detail } ئاللىقاچان ساقلانغانلىرى يوقالمايدۇ؛ داۋاملاشتۇرۇش ئۈچۈن «چۈشۈرۈشنى داۋاملاشتۇرۇش» نى بېسىڭ.
download-file-mismatch = { $file } مۇكەممەل كەلمىدى (كۈتۈلگىنى { $expected }، تاپشۇرۇۋېلىنغىنى { $got }).
download-file-failed = { $file } نى چۈشۈرگىلى بولمىدى ({ $detail }).
download-no-cors = { $host } بۇ قويغۇچنىڭ ئۇنىڭدىكى ھۆججەتلەرنى ئوقۇشىغا يول قويمايدۇ (CORS بېشى ئەۋەتمەيدۇ)، شۇڭا ئۇلارنى تەكشۈرگىلى ۋە ساقلىغىلى بولمايدۇ. ئۇنىڭ باشقۇرغۇچىسى ھەر بىر كۇرس ھۆججىتى بىلەن Access-Control-Allow-Origin نى ئەۋەتىشى كېرەك.
download-quota = بۇ ئۈسكۈنىدە كۇرس ئۈچۈن بوشلۇق قالمىدى. بىر قىسىم بوشلۇق بوشىتىڭ ياكى باشقا بىر چۈشۈرۈلگەننى ئۆچۈرۈڭ، ئاندىن داۋاملاشتۇرۇڭ.
download-storage = بۇ توركۆرگۈ ئىشلەتكەن بوشلۇق: { $used }؛ ئۇنىڭ بۇ ئۈسكۈنىدە ئىشلىتەلەيدىغىنى: { $available }.
download-persistent = چۈشۈرۈلگەنلەر سىز ئۆچۈرمىگۈچە ساقلىنىدۇ.
download-not-persistent = ئۈسكۈنىنىڭ بوشلۇقى يېتىشمىسە، توركۆرگۈ چۈشۈرۈلگەنلەرنى ئۆچۈرۈۋېتىشى مۇمكىن.
download-needs-network = سىز تورسىز ھالەتتە. بۇ كۇرسنى چۈشۈرۈش ئۈچۈن تورغا ئۇلىنىڭ.
data-saver = سانلىق مەلۇمات تېجەش
data-saver-help = مېدىيا پەقەت قويۇش كۇنۇپكىسىنى باسقاندىلا يۈكلىنىدۇ، تېكىستلەر ئالدى بىلەن كۆرسىتىلىدۇ، مېدىيانىڭ چوڭلۇقى يېنىدا كۆرسىتىلىدۇ.
media-size = { $size } يۈكلىنىدۇ

## Notes and bookmarks
notes-heading = ئىزاھلىرىم
notes-bookmark = بۇ بۆلەكنى خەتكۈچكە قوشۇش
notes-bookmarked = خەتكۈچكە قوشۇلغان
notes-bookmark-moment = بۇ پەيتنى خەتكۈچكە قوشۇش
notes-note-label = بۇ بۆلەك ھەققىدىكى ئىزاھىڭىز
notes-save = ئىزاھنى ساقلاش
notes-saved = ساقلاندى.
notes-delete = ئۆچۈرۈش
# A moment of a video or audio, e.g. "At 1:05".
notes-at = ۋاقىت: { $time }
notes-empty = بۇ كۇرستا تېخى ئىزاھ ياكى خەتكۈچ يوق. بىر بۆلەكنى ياكى سىننىڭ بىر پەيتىنى خەتكۈچكە قوشۇپ، ئۇنىڭغا ئىزاھ يېزىڭ.
notes-where = ئىزاھلىرىڭىز بۇ ئۈسكۈنىدە ساقلىنىدۇ، ئۆگىنىش خاتىرىسى ئامبىرىغا ئۇلانغاندا ئۇنىڭغىمۇ يېتىپ بارىدۇ.
notes-too-long = بىر ئىزاھ ئەڭ كۆپ بولغاندا { $max } ھەرپ بولالايدۇ.
notes-too-many = بۇ كۇرسقا سىغىدىغان ئىزاھ سانى توشتى: يېڭىسىنى قوشۇش ئۈچۈن بىرىنى ئۆچۈرۈڭ.

## Accessibility
unit-nav-label = ئالدىنقى ۋە كېيىنكى بۆلەك
captions-always = سىن ياكى ئۈندە ئېكران خېتى بولسىلا كۆرسىتىش (تىلىڭىزدا بولسا شۇ تىلدا، بولمىسا كۇرس تىلىدا)
caption-style = ئېكران خېتى ئۇسلۇبى
caption-size = خەت چوڭلۇقى
caption-colour = خەت رەڭگى
caption-background = تەگلىك
caption-colour-white = ئاق
caption-colour-yellow = سېرىق
caption-colour-cyan = ھاۋارەڭ
caption-colour-green = يېشىل
caption-colour-magenta = سۆسۈن
caption-colour-black = قارا
caption-background-black = قارا، يېرىم سۈزۈك
caption-background-solid-black = قارا
caption-background-white = ئاق
caption-background-transparent = يوق
caption-background-blue = كۆك
caption-preview = ئېكران خېتى مۇشۇنداق كۆرۈنىدۇ.
caption-unreadable = بۇ خەتنى بۇ تەگلىكتە ئوقۇش تەس: باشقا رەڭ ياكى تەگلىك تاللاڭ.
launch-other = بۇ ئۇلانما ئۆگىنىش خاتىرىلىرىڭىزنى { $who } سالاھىيىتىدە { $endpoint } ئادرېسىغا ئەۋەتىدۇ. سىز ھازىر { $current_who } سالاھىيىتىدە { $current } ئادرېسىغا ئۇلانغان.
launch-switch = بۇ ئۇلىنىشقا ئالماشتۇرۇش
launch-keep = ئۇلىنىشىمنى ساقلاپ قېلىش
launch-other-learner = بۇ ئۇلانما { $who } ئۈچۈن. ھازىر قويغۇچنى { $current_who } ئىشلىتىۋاتىدۇ. ئۆگەنگۈچىنى { $who } قىلىپ ئالماشتۇرامسىز؟
launch-switch-learner = ئۆگەنگۈچى ئالماشتۇرۇش

## Learners
learners-heading = بۇ ئۈسكۈنىدىكى ئۆگەنگۈچىلەر
learners-locked = قويغۇچنى { $name } ئىشلىتىۋاتىدۇ
learner-unnamed = مەن
learner-now = ھازىر قويغۇچنى ئىشلىتىۋاتىدۇ
learner-switch = بۇ ئۆگەنگۈچىگە ئالماشتۇرۇش
learner-rename = ئات ئۆزگەرتىش
learner-name = ئاتى
learner-save = ساقلاش
learner-cancel = بىكار قىلىش
learner-remove = ئۆچۈرۈش
learner-remove-ask = { $name } بۇ ئۈسكۈنىدىن ئۆچۈرۈلسۇنمۇ؟ ئۇنىڭ بۇ ئۈسكۈنىدىكى ئىلگىرىلىشى، كۈتۈۋاتقان خاتىرىلىرى ۋە تەڭشەكلىرى ئۆچۈرۈلىدۇ. چۈشۈرۈلگەن كۇرسلار قالىدۇ.
learner-removed = { $name } ئۆچۈرۈلدى.
learner-pin = PIN (تۆت خانىلىق سان، ئىختىيارىي)
learner-pin-label = PIN
learner-pin-for = { $name } نىڭ PIN كودى
learner-pin-new = يېڭى PIN (تۆت خانىلىق سان)
learner-pin-set = PIN بەلگىلەش
learner-pin-remove = PIN نى ئۆچۈرۈش
learner-pin-open = داۋاملاشتۇرۇش
learner-pin-note = PIN بۇ ئۈسكۈنىنى ئورتاق ئىشلىتىدىغانلارنىڭ بىر-بىرىنىڭ ئىلگىرىلىشىنى كۆرۈشىنىڭ ئالدىنى ئالىدۇ. ئۇ بىخەتەرلىك ئۈچۈن ئەمەس، شەخسىي مەخپىيەتلىك ئۈچۈن.
learner-add-heading = ئۆگەنگۈچى قوشۇش
learner-add = قوشۇش
learner-added = { $name } قوشۇلدى.
learner-saved = ساقلاندى.
learner-error-empty = ئات كىرگۈزۈڭ.
learner-error-long = بۇ ئات بەك ئۇزۇن.
learner-error-taken = بۇ ئۈسكۈنىدە { $name } ناملىق ئۆگەنگۈچى ئاللىقاچان بار.
learner-error-pin = PIN چوقۇم تۆت خانىلىق سان بولۇشى كېرەك.
learner-error-full = بۇ ئۈسكۈنىگە سىغىدىغان ئۆگەنگۈچى سانى توشتى. ئالدى بىلەن بىرىنى ئۆچۈرۈڭ.
learner-error-unknown = ئۆگەنگۈچىلەر تىزىملىكىنى ئۆزگەرتكىلى بولمىدى. بەتنى قايتا يۈكلەپ، قايتا سىناڭ.
learner-error-wrong-pin = PIN خاتا.
signout-ask = { $count ->
    [one] بىر خاتىرە تېخى يوللانمىدى.
   *[other] { $count } خاتىرە تېخى يوللانمىدى.
}
signout-keep = { $count ->
    [one] كۈتۈۋاتقان خاتىرىنى قايتا ئۇلانغۇچە ساقلاپ قويۇش
   *[other] كۈتۈۋاتقان { $count } خاتىرىنى قايتا ئۇلانغۇچە ساقلاپ قويۇش
}
signout-discard = { $count ->
    [one] ئۇنى تاشلىۋېتىش
   *[other] ئۇلارنى تاشلىۋېتىش
}
