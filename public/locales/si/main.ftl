# Alliance Player interface strings — සිංහල
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = සිංහල
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = අන්තර්ගතයට යන්න
# In the header where the browser offers to install the player as an app.
install-app = යෙදුම ස්ථාපනය කරන්න
install-app-hint = Alliance Player මෙම උපාංගයේ ස්ථාපනය කරන්න: එය ඔබේ යෙදුම් අතරින්, තමන්ගේම කවුළුවක විවෘත වේ, නොබැඳිවද.
nav-catalog = පාඨමාලා
loading = පූරණය වෙමින්…

## Languages
language-picker-label = අතුරු මුහුණතේ භාෂාව
language-picker-search = භාෂා සොයන්න
language-picker-none = ඔබේ සෙවුමට ගැළපෙන භාෂාවක් නැත.
content-language-label = පාඨමාලා භාෂාව
content-language-auto = අතුරු මුහුණතේ භාෂාවම
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = { $language } භාෂාවෙන්

## Catalogue
catalog-heading = පාඨමාලා නාමාවලිය
catalog-search-label = පාඨමාලා සොයන්න
catalog-search-placeholder = මාතෘකාව, විෂයය හෝ සපයන්නා
catalog-more = තවත් පාඨමාලා පෙන්වන්න
catalog-earlier = පෙර පාඨමාලා පෙන්වන්න
catalog-loading-more = තවත් පාඨමාලා පරීක්ෂා කරමින්…
catalog-language-label = භාෂාව
catalog-language-any = සියලු භාෂා
catalog-count = { $count ->
    [0] ගැළපෙන පාඨමාලා නැත.
    [one] පාඨමාලා { $count }
   *[other] පාඨමාලා { $count }
}
catalog-empty = ඔබේ සෙවුමට ගැළපෙන පාඨමාලාවක් නැත. වෙනත් වචනයක් උත්සාහ කරන්න, නැතහොත් සියලු භාෂා තෝරන්න.
catalog-rejected = { $count ->
    [one] මෙම නාමාවලියේ පාඨමාලා { $count }ක් ලැයිස්තුගත කළ නොහැකි විය:
   *[other] මෙම නාමාවලියේ පාඨමාලා { $count }ක් ලැයිස්තුගත කළ නොහැකි විය:
}
# A site's catalogue and the learner's own can be several; one that fails is named here, the others still show.
# $source is a catalogue's title or its address; $id is a course's short name, as in its address /course/{ $id }.
catalog-source-notice = මෙම ලැයිස්තුවේ සමහර පාඨමාලා නැත:
catalog-source-unreachable = { $source } වෙත ළඟා විය නොහැකි විය: අඩවිය ක්‍රියා විරහිත විය හැක, නැතහොත් එහි පාඨමාලා කියවීමට එය මෙම ප්ලේයරයට ඉඩ නොදේ.
catalog-source-status = { $source } දෝෂයක් සමඟ ප්‍රතිචාර දැක්වීය (HTTP { $status }).
catalog-source-too-large = { $source } { $limit } ට වඩා විශාලය; නාමාවලියක් සඳහා මෙම ප්ලේයරය කියවන උපරිමය එයයි.
catalog-source-invalid = { $source } මෙම ප්ලේයරයට කියවිය හැකි පාඨමාලා නාමාවලියක් නොවේ: { $detail }
catalog-source-left-out = { $source } හි “{ $course }” ඉවත් කර ඇත: එහි ලිපිනය වන /course/{ $id } දැනටමත් වෙනත් පාඨමාලාවකට ඇත.
course-provider = සපයන්නා: { $provider }
course-languages = භාෂා: { $languages }
course-size = බාගැනීමේ ප්‍රමාණය: { $size }
course-open = පාඨමාලාව විවෘත කරන්න
course-continue = දිගටම කරන්න
course-progress = { $percent } සම්පූර්ණයි

## Course
course-outline = පාඨමාලා දළ සටහන
outline-show-earlier = පෙර ඒකක පෙන්වන්න ({ $count }ක් සඟවා ඇත)
outline-show-later = පසු ඒකක පෙන්වන්න ({ $count }ක් සඟවා ඇත)
course-start = පාඨමාලාව අරඹන්න
course-units = { $count ->
    [one] ඒකක { $count }
   *[other] ඒකක { $count }
}
unit-ordinal = ඒකකය { $index } / { $total }
unit-state-not-started = ආරම්භ කර නැත
unit-state-in-progress = සිදු වෙමින් පවතී
unit-state-completed = සම්පූර්ණයි
unit-state-passed = සමත්
unit-state-failed = තවම සමත් නැත
unit-kind-video = වීඩියෝව
unit-kind-audio = ශ්‍රව්‍ය
unit-kind-reading = කියවීම
unit-kind-quiz = ප්‍රශ්නාවලිය
unit-kind-document = ලේඛනය
unit-kind-interactive = ක්‍රියාකාරකම
unit-kind-unknown = නව වර්ගයේ ඒකකයක්
unit-previous = පෙර
unit-next = ඊළඟ
unit-mark-done = සම්පූර්ණ ලෙස සලකුණු කරන්න
unit-done = සම්පූර්ණයි
back-to-catalog = සියලු පාඨමාලා
# Search inside the course, above the outline. $time is a position in a video or audio, e.g. "1:05".
course-search-label = මෙම පාඨමාලාවේ සොයන්න
course-search-count = { $count ->
    [0] ප්‍රතිඵල නැත
    [one] ප්‍රතිඵල { $count }
   *[other] ප්‍රතිඵල { $count }
}
course-search-more = { $count ->
    [one] පෙන්වන්නේ පළමු ප්‍රතිඵලය පමණි; සෙවුම පටු කිරීමට තවත් වචන එක් කරන්න.
   *[other] පෙන්වන්නේ පළමු ප්‍රතිඵල { $count } පමණි; සෙවුම පටු කිරීමට තවත් වචන එක් කරන්න.
}
course-search-subtitles = උපසිරැසිවලද සොයමින්…
course-search-incomplete = සමහර උපසිරැසිවල සෙවිය නොහැකි විය.
course-search-in-title = මාතෘකාව
course-search-in-reading = කියවීම
course-search-in-transcript = ලිඛිත පිටපත
course-search-in-subtitle = උපසිරැසි, { $time }
course-search-in-quiz = ප්‍රශ්නාවලි ප්‍රශ්නය

## Media
media-speed = වේගය
media-subtitles = උපසිරැසි
media-subtitles-off = අක්‍රිය
media-subtitles-second = දෙවන උපසිරැසි
media-fullscreen = පූර්ණ තිරය
media-fullscreen-exit = පූර්ණ තිරයෙන් ඉවත් වන්න
media-shortcuts = යතුරුපුවරු කෙටිමං
media-shortcuts-hint = වීඩියෝ හෝ ශ්‍රව්‍ය ප්ලේයරය නාභිගත වී ඇති විට:
# The name of the space bar key, as printed on keyboards.
media-key-space = හිඩස
media-key-play = වාදනය හෝ විරාමය
media-key-seek = තත්පර 5ක් පසුපසට හෝ ඉදිරියට
media-key-speed = සෙමින් හෝ වේගයෙන්
media-key-captions = උපසිරැසි සක්‍රිය හෝ අක්‍රිය
media-key-fullscreen = පූර්ණ තිරය සක්‍රිය හෝ අක්‍රිය
media-transcript = ලිඛිත පිටපත
media-watched = { $percent } නරඹා ඇත
media-unsupported = ඔබේ බ්‍රව්සරයට මෙම මාධ්‍ය වාදනය කළ නොහැක. වෙනත් බ්‍රව්සරයක් උත්සාහ කරන්න, නැතහොත් එය බාගන්න:

## Reading and document
reading-end = කියවීමේ අවසානය
document-download = PDF බාගන්න ({ $size })
document-download-nosize = PDF බාගන්න
document-fallback = ඔබේ බ්‍රව්සරයට PDF මෙහි පෙන්විය නොහැක. කියවීමට එය බාගන්න.
document-not-pdf = { $file } PDF ගොනුවක් නොවේ. ලේඛන ඒකකයක් පෙන්වන්නේ “%PDF-” වලින් ආරම්භ වන PDF ගොනු පමණි.

## Quiz
quiz-passing = සමත් වීමට ඔබට { $percent } අවශ්‍යයි.
quiz-attempts-left = { $count ->
    [one] තව උත්සාහ { $count }ක් ඉතිරියි
   *[other] තව උත්සාහ { $count }ක් ඉතිරියි
}
quiz-attempts-unlimited = අසීමිත උත්සාහ
quiz-attempts-used = { $count ->
    [one] ඔබට තවත් උත්සාහ ඉතිරි නැත.
   *[other] ඔබ උත්සාහ { $count }ම භාවිත කර ඇත.
}
quiz-question = ප්‍රශ්නය { $index }
quiz-true = සත්‍ය
quiz-false = අසත්‍ය
quiz-answer-label = ඔබේ පිළිතුර
quiz-submit = පිළිතුරු යොමු කරන්න
quiz-retry = නැවත උත්සාහ කරන්න
quiz-score = ඔබේ ලකුණු: { $score }
quiz-passed = සමත් — ඉතා හොඳයි!
quiz-failed = තවම සමත් නැත.
quiz-best = මෙතෙක් හොඳම ලකුණු: { $score }
quiz-correct = නිවැරදියි
quiz-incorrect = වැරදියි
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = සමාලෝචනය: සෑම ප්‍රශ්නයකම නිවැරදි පිළිතුර පෙන්වා ඇත.
quiz-right-answer = නිවැරදි පිළිතුර

## Interactive
interactive-title = අන්තර්ක්‍රියාකාරී ක්‍රියාකාරකම: { $title }
interactive-hint = මෙම ඒකකය අවසන් කිරීමට ක්‍රියාකාරකම සම්පූර්ණ කරන්න.

## Storage
storage-quota = මෙම බ්‍රව්සරයේ ප්ලේයරය සඳහා ඇති ආචයනය පිරී ඇති නිසා ඔබේ නවතම ප්‍රගතිය සුරැකිය නොහැකි විය. ඉඩ ටිකක් නිදහස් කරන්න (බ්‍රව්සර සැකසීම්වලින් බාගත් පාඨමාලා හෝ වෙනත් අඩවිවල දත්ත ඉවත් කරන්න), ඉන්පසු දිගටම කරන්න: කලින් සුරැකූ කිසිවක් නැති වී නැත.
storage-unavailable = ඔබේ ප්‍රගතිය ගබඩා කිරීමට මෙම බ්‍රව්සරය ප්ලේයරයට ඉඩ නොදෙන නිසා, එය තබා ගන්නේ ඔබ පිටුව වසන තෙක් පමණි. පුද්ගලික කවුළු බොහෝ විට ආචයනය අවහිර කරයි.
storage-write-failed = ඔබේ නවතම ප්‍රගතිය තවම සුරැකිය නොහැකි විය. එය මෙම පිටුවේ තබා ඇති අතර ඔබේ ඊළඟ පියවර සමඟ සුරැකෙනු ඇත.

## Transcript (the learner's record of progress)
nav-transcript = මගේ ප්‍රගතිය
transcript-heading = මගේ ප්‍රගතිය
transcript-empty = ඔබ තවම කිසිදු පාඨමාලාවක් ආරම්භ කර නැත.
transcript-unit-score = ලකුණු: { $score }
transcript-time-spent = ගත කළ කාලය: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = xAPI ප්‍රකාශ ලෙස බාගන්න (JSON)
transcript-export-csv = පැතුරුම්පතක් ලෙස බාගන්න (CSV)
transcript-reset = මෙම පාඨමාලාවේ මගේ ප්‍රගතිය යළි සකසන්න
transcript-reset-confirm = “{ $course }” හි ඔබේ සියලු ප්‍රගතිය යළි සකසන්නද? මෙය අහෝසි කළ නොහැක.

## Delivery to the learning record store (LRS), shown in the header and on the settings page
nav-settings = සැකසීම්
sync-off = මෙම උපාංගයේ සුරැකී ඇත
sync-off-detail = ඉගෙනුම් වාර්තා ගබඩාවකට සම්බන්ධ කර නැත: ඔබේ ප්‍රගතිය මෙම බ්‍රව්සරයේම රැඳේ. ඔබ සම්පූර්ණ කළ දේ ඔබේ ආයතනයට යැවීමට, සැකසීම්වලදී ගබඩාවක් සම්බන්ධ කරන්න.
sync-done = සියල්ල යවා ඇත
sync-pending = { $count ->
    [one] වාර්තා { $count }ක් යැවීමට රැඳී ඇත
   *[other] වාර්තා { $count }ක් යැවීමට රැඳී ඇත
}
sync-last-delivery = අවසන් වරට යැවූයේ: { $date }
sync-error-offline = ඔබ නොබැඳිව සිටී. ඔබේ වාර්තා තබා ඇති අතර සම්බන්ධතාව නැවත ලැබුණු විට යවනු ඇත.
sync-error-unreachable = ඉගෙනුම් වාර්තා ගබඩාවට ළඟා විය නොහැකි විය. මොහොතකින් නැවත උත්සාහ කරනු ඇත; කිසිවක් නැති වී නැත.
sync-error-server = ඉගෙනුම් වාර්තා ගබඩාවේ ගැටලුවක් ඇත (HTTP { $status }). මොහොතකින් නැවත උත්සාහ කරනු ඇත; කිසිවක් නැති වී නැත.
sync-error-unauthorized = ඉගෙනුම් වාර්තා ගබඩාව ඔබේ පිවිසුම් තොරතුරු ප්‍රතික්ෂේප කළේය. සැකසීම්වලදී ඒවා නැවත ඇතුළත් කරන්න; එතෙක් ඔබේ වාර්තා තබා ගනු ලැබේ.
sync-error-not-found = මෙම ලිපිනයේ ඉගෙනුම් වාර්තා ගබඩාවක් නැත. සැකසීම්වලදී ලිපිනය පරීක්ෂා කරන්න; එතෙක් ඔබේ වාර්තා තබා ගනු ලැබේ.
sync-error-version = ඉගෙනුම් වාර්තා ගබඩාව xAPI හි වෙනත් අනුවාදයක් භාවිත කරයි ({ $detail }). xAPI 1.0.3 හෝ 2.0.0 සහාය දක්වන ලිපිනයක් ඔබේ ආයතනයෙන් ඉල්ලන්න.
sync-error-storage = යැවීමට රැඳී ඇති වාර්තා මෙම බ්‍රව්සරයේ ආචයනයෙන් කියවිය නොහැකි විය ({ $detail }).
sync-set-aside = { $count ->
    [one] ඉගෙනුම් වාර්තා ගබඩාව වාර්තා { $count }ක් ප්‍රතික්ෂේප කළේය
   *[other] ඉගෙනුම් වාර්තා ගබඩාව වාර්තා { $count }ක් ප්‍රතික්ෂේප කළේය
}
sync-set-aside-detail = නිවැරදි කළ යුත්තේ කුමක්දැයි ඔබට හෝ ඔබේ ආයතනයට දැකිය හැකි වන පරිදි, මෙම වාර්තා ගබඩාවේ පිළිතුර සමඟ මෙහි තබා ඇත.
settings-heading = සැකසීම්
settings-lrs-heading = ඉගෙනුම් වාර්තා ගබඩාව
settings-lrs-intro = ඔබ සම්පූර්ණ කළ දේ සහ ඔබේ ලකුණු ඔබේ ආයතනයේ වාර්තාවලට ළඟා වීම සඳහා, ආයතනය ඔබට මෙම විස්තර ලබා දෙයි.
settings-lrs-endpoint = ලිපිනය (xAPI අන්ත ලක්ෂ්‍යය)
settings-lrs-key = යතුර හෝ පරිශීලක නාමය
settings-lrs-secret = රහස හෝ මුරපදය
settings-lrs-token = නැතහොත් ප්‍රවේශ ටෝකනයක්
settings-lrs-name = ඔබේ නම
settings-lrs-email = ඔබේ ඊමේල් ලිපිනය
settings-lrs-connect = සම්බන්ධ කරන්න
settings-lrs-disconnect = විසන්ධි කරන්න
settings-lrs-connected = { $endpoint } වෙත { $who } ලෙස සම්බන්ධ වී ඇත.
settings-lrs-invalid-endpoint = https:// හෝ http:// වලින් ආරම්භ වන ඉගෙනුම් වාර්තා ගබඩාවේ ලිපිනය ඇතුළත් කරන්න.
settings-lrs-invalid-email = ඔබේ වාර්තා ඔබේ නමින් ගොනු වීමට, ඔබේ ඊමේල් ලිපිනය ඇතුළත් කරන්න.
cmi5-unit-needs-worker = මෙම ක්‍රියාකාරකමට ප්ලේයරයේ ස්ථාපනය අවසන් විය යුතුය: එය විවෘත කිරීමට පිටුව නැවත පූරණය කරන්න.
cmi5-exit = පිටවන්න
cmi5-exiting = සුරකිමින් ආපසු යමින්…
cmi5-browse = පිරික්සීම: ඔබ මෙහි කරන කිසිවක් වාර්තා නොවේ.
cmi5-review = සමාලෝචනය: ඔබ මෙහි කරන කිසිවක් වාර්තා නොවේ.
cmi5-ended = මෙම සැසිය අවසන් විය. තවත් වාර්තා කිරීමට ඔබේ ඉගෙනුම් වේදිකාවෙන් පාඨමාලාව නැවත විවෘත කරන්න.
settings-lrs-launch-failed = පාඨමාලාව විවෘත කළේ ක්‍රියා නොකළ පිවිසුමකිනි ({ $detail }). ඔබේ ආයතනයේ අඩවියෙන් එය නැවත විවෘත කරන්න.

## Course sources (settings): the catalogues whose courses the course list shows
sources-heading = පාඨමාලා මූලාශ්‍ර
sources-intro = පාඨමාලා ලැයිස්තුව පහත නාමාවලි එකට එක් කරයි. වෙනත් විශ්වවිද්‍යාලයක හෝ පාඨමාලා සපයන්නෙකුගේ නාමාවලිය එහි ලිපිනයෙන් ඔබට එක් කළ හැක; එය මෙම උපාංගයේ ඔබ වෙනුවෙන් තබා ගනී.
sources-site = මෙම අඩවිය තෝරා ඇත
sources-remove = ඉවත් කරන්න
sources-add-label = මූලාශ්‍රයක් එක් කරන්න: එහි නාමාවලියේ ලිපිනය
sources-check = පරීක්ෂා කරන්න
# The number of courses in the catalogue the learner is about to add.
sources-preview = { $count ->
    [one] පාඨමාලා { $count }
   *[other] පාඨමාලා { $count }
}
sources-add-confirm = මෙම මූලාශ්‍රය එක් කරන්න
sources-added = එක් කළා: එහි පාඨමාලා දැන් පාඨමාලා ලැයිස්තුවේ ඇත.
sources-removed = ඉවත් කළා: එහි පාඨමාලා තවදුරටත් පාඨමාලා ලැයිස්තුවේ නැත.
sources-invalid-url = https:// වලින් ආරම්භ වන ලිපිනයක් ඇතුළත් කරන්න (නැතහොත් මෙම අඩවියේ මාර්ගයක්, උදා. /courses/catalog.json).
sources-duplicate = මෙම නාමාවලිය දැනටමත් ලැයිස්තුවේ ඇත.
sources-full = ඔබේ මූලාශ්‍ර ලැයිස්තුව පිරී ඇත. තවත් එකක් එක් කිරීමට එකක් ඉවත් කරන්න.

## Unsupported and errors
unit-needs-newer-player = මෙම ඒකකයට ප්ලේයරයේ නවතම අනුවාදයක් අවශ්‍යයි
unit-needs-newer-player-detail = මෙය “{ $kind }” වර්ගයේ ඒකකයකි; Alliance Player හි මෙම අනුවාදය එය තවම නොදනී. පාඨමාලාවේ ඉතිරි කොටස ක්‍රියා කරයි; ඔබේ පාඨමාලා සපයන්නාගෙන් විමසන්න හෝ ප්ලේයරය යාවත්කාලීන කරන්න.
error-heading = යම් දෙයක් වැරදී ගියා
error-catalog = පාඨමාලා නාමාවලිය පූරණය කළ නොහැකි විය.
error-document = මෙම ලේඛනය පෙන්විය නොහැක.
error-course = මෙම පාඨමාලාව විවෘත කළ නොහැකි විය.
error-course-not-found = මෙම නාමාවලියේ “{ $course }” නමින් පාඨමාලාවක් නැත.
error-unit-not-found = මෙම පාඨමාලාවේ “{ $unit }” නමින් ඒකකයක් නැත.
error-page-not-found = මෙම පිටුව නොපවතී.
error-retry = නැවත උත්සාහ කරන්න
error-part-unavailable = ප්ලේයරයේ මෙම කොටස බාගත කළ නොහැකි විය. ඔබේ සම්බන්ධතාව පරීක්ෂා කර, නැවත උත්සාහ කරන්න.
error-what-to-do = ගැටලුව දිගටම පවතී නම්, ඉහත පෙන්වා ඇති දේ පාඨමාලා සපයන්නාට දන්වන්න.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = නොබැඳි
offline-indicator-detail = ඔබ නොබැඳිව සිටී. බාගත් පාඨමාලා සුපුරුදු පරිදි වාදනය වේ; ඔබේ ප්‍රගතිය මෙම උපාංගයේ සුරැකෙන අතර ඔබ නැවත සබැඳි වූ විට යවනු ලැබේ.
update-ready = Alliance Player හි නව අනුවාදයක් සූදානම්.
update-reload = යාවත්කාලීන කිරීමට නැවත පූරණය කරන්න
download-heading = නොබැඳි භාවිතය
download-course = නොබැඳි භාවිතය සඳහා බාගන්න ({ $size })
download-resume = බාගැනීම නැවත අරඹන්න ({ $size } ඉතිරියි)
download-progress = { $done } / { $total } · ඒකක { $units } / { $unitsTotal }
download-cancel = අවලංගු කරන්න
download-done = බාගත්තා: මෙම පාඨමාලාව නොබැඳිව ක්‍රියා කරයි ({ $size }).
download-remove = බාගැනීම ඉවත් කරන්න
download-stored-partly = { $total } න් { $done } දැනටමත් මෙම උපාංගයේ ඇත.
download-failed = බාගැනීම නතර විය: { $detail } දැනටමත් ගබඩා කළ දේ තබා ගනී; ඉදිරියට යාමට “බාගැනීම නැවත අරඹන්න” ඔබන්න.
download-file-mismatch = { $file } නිසි ලෙස නොලැබුණි (අපේක්ෂිත { $expected }, ලැබුණේ { $got }).
download-file-failed = { $file } බාගත කළ නොහැකි විය ({ $detail }).
download-no-cors = { $host } එහි ගොනු කියවීමට මෙම ප්ලේයරයට ඉඩ නොදේ (එය CORS ශීර්ෂ නොයවයි), එබැවින් ඒවා පරීක්ෂා කර ගබඩා කළ නොහැක. එහි පරිපාලක සෑම පාඨමාලා ගොනුවක් සමඟම Access-Control-Allow-Origin යැවිය යුතුය.
download-quota = මෙම උපාංගයේ පාඨමාලාවට ඉඩ ඉතිරි නැත. ඉඩ ටිකක් නිදහස් කරන්න හෝ වෙනත් බාගැනීමක් ඉවත් කරන්න, ඉන්පසු නැවත අරඹන්න.
download-storage = මෙම උපාංගයේ මෙම බ්‍රව්සරයට භාවිත කළ හැකි { $available } න් { $used } භාවිත කරයි.
download-persistent = ඔබ ඉවත් කරන තුරු බාගැනීම් රැඳේ.
download-not-persistent = උපාංගයේ ඉඩ අඩු වුවහොත් බ්‍රව්සරය බාගැනීම් ඉවත් කළ හැක.
download-needs-network = ඔබ නොබැඳිව සිටී. මෙම පාඨමාලාව බාගැනීමට අන්තර්ජාලයට සම්බන්ධ වන්න.
data-saver = දත්ත ඉතිරිකරණය
data-saver-help = මාධ්‍ය පූරණය වන්නේ ඔබ වාදනය ඔබන විට පමණි, ලිඛිත පිටපත් මුලින් පැමිණේ, සහ මාධ්‍ය අසල ප්‍රමාණය පෙන්වයි.
media-size = පූරණය කිරීමට { $size }

## Notes and bookmarks
notes-heading = මගේ සටහන්
notes-bookmark = මෙම ඒකකය පිටු සලකුණු කරන්න
notes-bookmarked = පිටු සලකුණු කර ඇත
notes-bookmark-moment = මෙම මොහොත පිටු සලකුණු කරන්න
notes-note-label = මෙම ඒකකය පිළිබඳ ඔබේ සටහන
notes-save = සටහන සුරකින්න
notes-saved = සුරැකිණි.
notes-delete = මකන්න
# A moment of a video or audio, e.g. "At 1:05".
notes-at = { $time } දී
notes-empty = මෙම පාඨමාලාවේ තවම සටහන් හෝ පිටු සලකුණු නැත. ඒකකයක් හෝ වීඩියෝවක මොහොතක් පිටු සලකුණු කර, ඒ පිළිබඳ සටහනක් ලියන්න.
notes-where = ඔබේ සටහන් මෙම උපාංගයේ රැඳෙන අතර, ඉගෙනුම් වාර්තා ගබඩාවක් සම්බන්ධ කර ඇති විට එයටද ළඟා වේ.
notes-too-long = සටහනකට උපරිම අක්ෂර { $max }ක් තිබිය හැක.
notes-too-many = මෙම පාඨමාලාවේ තවත් සටහන් සඳහා ඉඩ නැත: තවත් එකක් එක් කිරීමට එකක් මකන්න.

## Accessibility
unit-nav-label = පෙර සහ ඊළඟ ඒකකය
captions-always = වීඩියෝවක හෝ ශ්‍රව්‍යයක උපසිරැසි ඇති සෑම විටම ඒවා පෙන්වන්න (ඔබේ භාෂාවෙන් ඇත්නම් එයින්, නැතහොත් පාඨමාලාවේ භාෂාවෙන්)
caption-style = උපසිරැසි විලාසය
caption-size = පෙළ ප්‍රමාණය
caption-colour = පෙළ වර්ණය
caption-background = පසුබිම
caption-colour-white = සුදු
caption-colour-yellow = කහ
caption-colour-cyan = සයන්
caption-colour-green = කොළ
caption-colour-magenta = මැජෙන්ටා
caption-colour-black = කළු
caption-background-black = කළු, අර්ධ විනිවිද
caption-background-solid-black = කළු
caption-background-white = සුදු
caption-background-transparent = කිසිවක් නැත
caption-background-blue = නිල්
caption-preview = උපසිරැසි පෙනෙන්නේ මෙලෙසයි.
caption-unreadable = මෙම පසුබිම මත මෙම පෙළ කියවීමට අපහසුයි: වෙනත් වර්ණයක් හෝ පසුබිමක් තෝරන්න.
launch-other = මෙම සබැඳිය ඔබේ ඉගෙනුම් වාර්තා { $who } ලෙස { $endpoint } වෙත යවනු ඇත. ඔබ දැනට { $current } වෙත { $current_who } ලෙස සම්බන්ධ වී ඇත.
launch-switch = මෙම සම්බන්ධතාවට මාරු වන්න
launch-keep = මගේ සම්බන්ධතාව තබා ගන්න
launch-other-learner = මෙම සබැඳිය { $who } සඳහායි. දැන් ප්ලේයරය භාවිත කරන්නේ { $current_who }. { $who } වෙත මාරු වන්නද?
launch-switch-learner = ඉගෙනුම්කරු මාරු කරන්න

## Learners
learners-heading = මෙම උපාංගයේ ඉගෙනුම්කරුවන්
learners-locked = { $name } ප්ලේයරය භාවිත කරමින් සිටී
learner-unnamed = මම
learner-now = දැන් ප්ලේයරය භාවිත කරමින් සිටී
learner-switch = මෙම ඉගෙනුම්කරුට මාරු වන්න
learner-rename = නම වෙනස් කරන්න
learner-name = නම
learner-save = සුරකින්න
learner-cancel = අවලංගු කරන්න
learner-remove = ඉවත් කරන්න
learner-remove-ask = { $name } මෙම උපාංගයෙන් ඉවත් කරන්නද? මෙම උපාංගයේ ඇති ඔවුන්ගේ ප්‍රගතිය, යැවීමට රැඳී ඇති වාර්තා සහ සැකසීම් මැකෙනු ඇත. බාගත් පාඨමාලා ඉතිරි වේ.
learner-removed = { $name } ඉවත් කළා.
learner-pin = PIN (ඉලක්කම් හතරක්, අත්‍යවශ්‍ය නොවේ)
learner-pin-label = PIN
learner-pin-for = { $name } ගේ PIN
learner-pin-new = නව PIN (ඉලක්කම් හතරක්)
learner-pin-set = PIN සකසන්න
learner-pin-remove = PIN ඉවත් කරන්න
learner-pin-open = දිගටම
learner-pin-note = PIN එකක් මෙම උපාංගය බෙදා ගන්නා අය එකිනෙකාගේ ප්‍රගතියට ඇතුළු වීම වළක්වයි. එය පෞද්ගලිකත්වය සඳහායි, ආරක්ෂාව සඳහා නොවේ.
learner-add-heading = ඉගෙනුම්කරුවෙකු එක් කරන්න
learner-add = එක් කරන්න
learner-added = { $name } එක් කළා.
learner-saved = සුරැකිණි.
learner-error-empty = නමක් ඇතුළත් කරන්න.
learner-error-long = මෙම නම දිග වැඩියි.
learner-error-taken = මෙම උපාංගයේ දැනටමත් { $name } නමින් කෙනෙක් සිටී.
learner-error-pin = PIN එකක් හරියටම ඉලක්කම් හතරකි.
learner-error-full = මෙම උපාංගයට තවත් ඉගෙනුම්කරුවන්ට ඉඩ නැත. පළමුව එක් අයෙකු ඉවත් කරන්න.
learner-error-unknown = ඉගෙනුම්කරුවන්ගේ ලැයිස්තුව වෙනස් කළ නොහැකි විය. පිටුව නැවත පූරණය කර නැවත උත්සාහ කරන්න.
learner-error-wrong-pin = එම PIN නිවැරදි නැත.
signout-ask = { $count ->
    [one] වාර්තා { $count }ක් තවම යවා නැත.
   *[other] වාර්තා { $count }ක් තවම යවා නැත.
}
signout-keep = { $count ->
    [one] රැඳී ඇති වාර්තාව මා නැවත සම්බන්ධ වන තෙක් තබා ගන්න
   *[other] රැඳී ඇති වාර්තා { $count } මා නැවත සම්බන්ධ වන තෙක් තබා ගන්න
}
signout-discard = { $count ->
    [one] එය ඉවතලන්න
   *[other] ඒවා ඉවතලන්න
}
