# Alliance Player interface strings — Հայերեն
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Հայերեն
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Անցնել բովանդակությանը
# In the header where the browser offers to install the player as an app.
install-app = Տեղադրել հավելվածը
install-app-hint = Տեղադրեք Alliance Player-ն այս սարքում։ Այն կբացվի ձեր հավելվածներից՝ առանձին պատուհանում, նաև անցանց։
nav-catalog = Դասընթացներ
loading = Բեռնվում է…

## Languages
language-picker-label = Միջերեսի լեզուն
language-picker-search = Որոնել լեզու
language-picker-none = Ձեր որոնմանը համապատասխանող լեզու չկա։
content-language-label = Դասընթացի լեզուն
content-language-auto = Ինչպես միջերեսում
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = Լեզուն՝ { $language }

## Catalogue
catalog-heading = Դասընթացների կատալոգ
catalog-search-label = Որոնել դասընթացներ
catalog-search-placeholder = Անվանում, թեմա կամ կազմակերպիչ
catalog-more = Ցույց տալ ավելի շատ դասընթացներ
catalog-earlier = Ցույց տալ նախորդ դասընթացները
catalog-loading-more = Որոնում ենք այլ դասընթացների մեջ…
catalog-language-label = Լեզու
catalog-language-any = Բոլոր լեզուները
catalog-count = { $count ->
    [0] Համապատասխան դասընթաց չկա։
    [one] { $count } դասընթաց
   *[other] { $count } դասընթաց
}
catalog-empty = Ձեր որոնմանը համապատասխանող դասընթաց չկա։ Փորձեք այլ բառ կամ ընտրեք բոլոր լեզուները։
catalog-rejected = { $count ->
    [one] Այս կատալոգի { $count } դասընթաց հնարավոր չեղավ ցուցադրել՝
   *[other] Այս կատալոգի { $count } դասընթաց հնարավոր չեղավ ցուցադրել՝
}
# A site's catalogue and the learner's own can be several; one that fails is named here, the others still show.
# $source is a catalogue's title or its address; $id is a course's short name, as in its address /course/{ $id }.
catalog-source-notice = Այս ցանկում որոշ դասընթացներ բացակայում են՝
catalog-source-unreachable = { $source } աղբյուրը հասանելի չէ։ Հնարավոր է՝ կայքը չի աշխատում կամ թույլ չի տալիս այս նվագարկիչին կարդալ իր դասընթացները։
catalog-source-status = { $source } աղբյուրը պատասխանեց սխալով (HTTP { $status })։
catalog-source-too-large = { $source } աղբյուրի չափը գերազանցում է { $limit }-ը՝ առավելագույնը, որ այս նվագարկիչը կարդում է մեկ կատալոգի համար։
catalog-source-invalid = { $source } աղբյուրը դասընթացների այնպիսի կատալոգ չէ, որը այս նվագարկիչը կարող է կարդալ՝ { $detail }
catalog-source-left-out = «{ $course }» դասընթացը ({ $source }) ցուցադրված չէ։ Նրա հասցեն՝ /course/{ $id }, արդեն ունի մեկ այլ դասընթաց։
course-provider = Կազմակերպիչ՝ { $provider }
course-languages = Լեզուներ՝ { $languages }
course-size = Ներբեռնման չափը՝ { $size }
course-open = Բացել դասընթացը
course-continue = Շարունակել
course-progress = Կատարված է՝ { $percent }

## Course
course-outline = Դասընթացի բովանդակությունը
outline-show-earlier = Ցույց տալ նախորդ դասերը (թաքցված է՝ { $count })
outline-show-later = Ցույց տալ հաջորդ դասերը (թաքցված է՝ { $count })
course-start = Սկսել դասընթացը
course-units = { $count ->
    [one] { $count } դաս
   *[other] { $count } դաս
}
unit-ordinal = Դաս { $index } / { $total }
unit-state-not-started = Չսկսված
unit-state-in-progress = Ընթացքում
unit-state-completed = Ավարտված
unit-state-passed = Հանձնված
unit-state-failed = Դեռ չհանձնված
unit-kind-video = Տեսանյութ
unit-kind-audio = Ձայնագրություն
unit-kind-reading = Ընթերցանյութ
unit-kind-quiz = Թեստ
unit-kind-document = Փաստաթուղթ
unit-kind-interactive = Առաջադրանք
unit-kind-unknown = Դասի նոր տեսակ
unit-previous = Նախորդ
unit-next = Հաջորդ
unit-mark-done = Նշել որպես կատարված
unit-done = Կատարված է
back-to-catalog = Բոլոր դասընթացները
# Search inside the course, above the outline. $time is a position in a video or audio, e.g. "1:05".
course-search-label = Որոնել այս դասընթացում
course-search-count = { $count ->
    [0] Արդյունքներ չկան
    [one] { $count } արդյունք
   *[other] { $count } արդյունք
}
course-search-more = { $count ->
    [one] Ցուցադրված է միայն առաջին արդյունքը։ Որոնումը ճշգրտելու համար ավելացրեք բառեր։
   *[other] Ցուցադրված են միայն առաջին { $count } արդյունքները։ Որոնումը ճշգրտելու համար ավելացրեք բառեր։
}
course-search-subtitles = Որոնում ենք նաև ենթագրերում…
course-search-incomplete = Որոշ ենթագրերում հնարավոր չեղավ որոնել։
course-search-in-title = Անվանում
course-search-in-reading = Ընթերցանյութ
course-search-in-transcript = Տեքստային տարբերակ
course-search-in-subtitle = Ենթագրեր, { $time }
course-search-in-quiz = Թեստի հարց

## Media
media-speed = Արագություն
media-subtitles = Ենթագրեր
media-subtitles-off = Անջատված
media-subtitles-second = Երկրորդ ենթագրեր
media-fullscreen = Լիաէկրան
media-fullscreen-exit = Դուրս գալ լիաէկրանից
media-shortcuts = Ստեղնային դյուրանցումներ
media-shortcuts-hint = Երբ տեսա- կամ աուդիոնվագարկիչն ընտրված է՝
# The name of the space bar key, as printed on keyboards.
media-key-space = Բացատ
media-key-play = Նվագարկել կամ դադարեցնել
media-key-seek = 5 վայրկյան հետ կամ առաջ
media-key-speed = Ավելի դանդաղ կամ ավելի արագ
media-key-captions = Միացնել կամ անջատել ենթագրերը
media-key-fullscreen = Միացնել կամ անջատել լիաէկրանը
media-transcript = Տեքստային տարբերակ
media-watched = Դիտված է՝ { $percent }
media-unsupported = Ձեր դիտարկիչը չի կարող նվագարկել այս ֆայլը։ Փորձեք այլ դիտարկիչ կամ ներբեռնեք ֆայլը՝

## Reading and document
reading-end = Ընթերցանյութի ավարտ
document-download = Ներբեռնել PDF-ը ({ $size })
document-download-nosize = Ներբեռնել PDF-ը
document-fallback = Ձեր դիտարկիչը չի կարող այստեղ ցուցադրել PDF ֆայլեր։ Ներբեռնեք ֆայլը՝ այն կարդալու համար։
document-not-pdf = { $file } ֆայլը PDF չէ։ Փաստաթղթի դասը ցուցադրում է միայն PDF ֆայլեր, որոնց սկիզբը «%PDF-» է։

## Quiz
quiz-passing = Հանձնելու համար անհրաժեշտ է { $percent }։
quiz-attempts-left = { $count ->
    [one] Մնացել է { $count } փորձ
   *[other] Մնացել է { $count } փորձ
}
quiz-attempts-unlimited = Փորձերի քանակն անսահմանափակ է
quiz-attempts-used = { $count ->
    [one] Դուք օգտագործել եք ձեր միակ փորձը։
   *[other] Դուք օգտագործել եք բոլոր { $count } փորձերը։
}
quiz-question = Հարց { $index }
quiz-true = Ճիշտ
quiz-false = Սխալ
quiz-answer-label = Ձեր պատասխանը
quiz-submit = Ուղարկել պատասխանները
quiz-retry = Կրկին փորձել
quiz-score = Ձեր արդյունքը՝ { $score }
quiz-passed = Հանձնված է — ապրե՛ք։
quiz-failed = Դեռ հանձնված չէ։
quiz-best = Լավագույն արդյունքը՝ { $score }
quiz-correct = Ճիշտ պատասխան
quiz-incorrect = Սխալ պատասխան
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Վերանայում՝ յուրաքանչյուր հարցի մոտ ցուցադրված է ճիշտ պատասխանը։
quiz-right-answer = Ճիշտ պատասխանը

## Interactive
interactive-title = Ինտերակտիվ առաջադրանք՝ { $title }
interactive-hint = Կատարեք առաջադրանքը՝ այս դասն ավարտելու համար։

## Storage
storage-quota = Այս դիտարկիչում նվագարկիչի համար հատկացված պահոցը լցված է, ուստի ձեր վերջին առաջընթացը հնարավոր չեղավ պահել։ Ազատեք տեղ (դիտարկիչի կարգավորումներում ջնջեք ներբեռնված դասընթացները կամ այլ կայքերի տվյալները), ապա շարունակեք։ Նախկինում պահվածից ոչինչ չի կորել։
storage-unavailable = Այս դիտարկիչը թույլ չի տալիս նվագարկիչին պահել ձեր առաջընթացը, ուստի այն պահվում է միայն մինչև էջը փակելը։ Գաղտնի պատուհանները հաճախ արգելափակում են տվյալների պահումը։
storage-write-failed = Ձեր վերջին առաջընթացը դեռ չի պահվել։ Այն պահվում է այս էջում և կպահվի ձեր հաջորդ քայլի հետ։

## Transcript (the learner's record of progress)
nav-transcript = Իմ առաջընթացը
transcript-heading = Իմ առաջընթացը
transcript-empty = Դուք դեռ ոչ մի դասընթաց չեք սկսել։
transcript-unit-score = Արդյունք՝ { $score }
transcript-time-spent = Ծախսված ժամանակ՝ { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Ներբեռնել որպես xAPI հայտարարություններ (JSON)
transcript-export-csv = Ներբեռնել որպես աղյուսակ (CSV)
transcript-reset = Զրոյացնել իմ առաջընթացն այս դասընթացում
transcript-reset-confirm = Զրոյացնե՞լ ձեր ամբողջ առաջընթացը «{ $course }» դասընթացում։ Այս գործողությունը հնարավոր չէ հետարկել։

## Delivery to the learning record store (LRS), shown in the header and on the settings page
nav-settings = Կարգավորումներ
sync-off = Պահված է այս սարքում
sync-off-detail = Ուսումնական գրառումների պահոց միացված չէ, ուստի ձեր առաջընթացը մնում է այս դիտարկիչում։ Միացրեք այն կարգավորումներում, որպեսզի ձեր ավարտած դասերի մասին տեղեկությունները ուղարկվեն ձեր հաստատությանը։
sync-done = Ամեն ինչ ուղարկված է
sync-pending = { $count ->
    [one] { $count } գրառում սպասում է ուղարկման
   *[other] { $count } գրառում սպասում է ուղարկման
}
sync-last-delivery = Վերջին ուղարկումը՝ { $date }
sync-error-offline = Դուք անցանց եք։ Ձեր գրառումները պահված են և կուղարկվեն, երբ կապը վերականգնվի։
sync-error-unreachable = Հնարավոր չեղավ կապվել ուսումնական գրառումների պահոցի հետ։ Շուտով նորից կփորձենք, ոչինչ չի կորել։
sync-error-server = Ուսումնական գրառումների պահոցում խնդիր կա (HTTP { $status })։ Շուտով նորից կփորձենք, ոչինչ չի կորել։
sync-error-unauthorized = Ուսումնական գրառումների պահոցը մերժեց ձեր մուտքի տվյալները։ Կրկին մուտքագրեք դրանք կարգավորումներում։ Մինչ այդ ձեր գրառումները պահվում են։
sync-error-not-found = Այս հասցեում ուսումնական գրառումների պահոց չկա։ Ստուգեք հասցեն կարգավորումներում։ Մինչ այդ ձեր գրառումները պահվում են։
sync-error-version = Ուսումնական գրառումների պահոցն օգտագործում է xAPI-ի այլ տարբերակ ({ $detail })։ Խնդրեք ձեր հաստատությունից այնպիսի հասցե, որն աջակցում է xAPI 1.0.3 կամ 2.0.0 տարբերակը։
sync-error-storage = Ուղարկման սպասող գրառումները հնարավոր չեղավ կարդալ այս դիտարկիչի պահոցից ({ $detail })։
sync-set-aside = { $count ->
    [one] Ուսումնական գրառումների պահոցը մերժեց { $count } գրառում
   *[other] Ուսումնական գրառումների պահոցը մերժեց { $count } գրառում
}
sync-set-aside-detail = Այս գրառումները պահվում են այստեղ՝ պահոցի պատասխանի հետ միասին, որպեսզի դուք կամ ձեր հաստատությունը տեսնեք, թե ինչ պետք է ուղղել։
settings-heading = Կարգավորումներ
settings-lrs-heading = Ուսումնական գրառումների պահոց
settings-lrs-intro = Այս տվյալները ձեզ տրամադրում է ձեր հաստատությունը, որպեսզի ձեր ավարտած դասերն ու արդյունքները գրանցվեն նրա մոտ։
settings-lrs-endpoint = Հասցե (xAPI endpoint)
settings-lrs-key = Բանալի կամ օգտանուն
settings-lrs-secret = Գաղտնի բանալի կամ գաղտնաբառ
settings-lrs-token = Կամ մուտքի տոկեն
settings-lrs-name = Ձեր անունը
settings-lrs-email = Ձեր էլ. փոստի հասցեն
settings-lrs-connect = Միանալ
settings-lrs-disconnect = Անջատվել
settings-lrs-connected = Միացված է { $endpoint } հասցեին՝ որպես { $who }։
settings-lrs-invalid-endpoint = Մուտքագրեք ուսումնական գրառումների պահոցի հասցեն, որը սկսվում է https:// կամ http:// նախածանցով։
settings-lrs-invalid-email = Մուտքագրեք ձեր էլ. փոստի հասցեն, որպեսզի գրառումները պահվեն ձեր անունով։
cmi5-unit-needs-worker = Այս առաջադրանքի համար նվագարկիչը պետք է ավարտի տեղադրումը։ Վերաբեռնեք էջը՝ այն բացելու համար։
cmi5-exit = Ելք
cmi5-exiting = Պահում ենք և վերադառնում…
cmi5-browse = Դիտման ռեժիմ՝ այստեղ ձեր գործողությունները չեն գրանցվում։
cmi5-review = Վերանայման ռեժիմ՝ այստեղ ձեր գործողությունները չեն գրանցվում։
cmi5-ended = Այս աշխատաշրջանն ավարտվել է։ Ավելին գրանցելու համար կրկին բացեք դասընթացը ձեր ուսումնական հարթակից։
settings-lrs-launch-failed = Դասընթացը բացվել է մուտքի այնպիսի տվյալներով, որոնք չաշխատեցին ({ $detail })։ Կրկին բացեք այն ձեր հաստատության կայքից։

## Course sources (settings): the catalogues whose courses the course list shows
sources-heading = Դասընթացների աղբյուրներ
sources-intro = Դասընթացների ցանկը միավորում է ստորև նշված կատալոգները։ Կարող եք ավելացնել այլ համալսարանի կամ դասընթացների կազմակերպչի կատալոգ՝ նրա հասցեով։ Այն կպահվի ձեզ համար՝ այս սարքում։
sources-site = Ընտրված է այս կայքի կողմից
sources-remove = Հեռացնել
sources-add-label = Ավելացնել աղբյուր՝ նրա կատալոգի հասցեն
sources-check = Ստուգել
# The number of courses in the catalogue the learner is about to add.
sources-preview = { $count ->
    [one] { $count } դասընթաց
   *[other] { $count } դասընթաց
}
sources-add-confirm = Ավելացնել այս աղբյուրը
sources-added = Ավելացված է։ Նրա դասընթացներն այժմ դասընթացների ցանկում են։
sources-removed = Հեռացված է։ Նրա դասընթացներն այլևս դասընթացների ցանկում չեն։
sources-invalid-url = Մուտքագրեք https://-ով սկսվող հասցե (կամ այս կայքի ուղի, օրինակ՝ /courses/catalog.json)։
sources-duplicate = Այս կատալոգն արդեն ցանկում է։
sources-full = Ձեր աղբյուրների ցանկը լրացված է։ Նորն ավելացնելու համար հեռացրեք մեկը։

## Unsupported and errors
unit-needs-newer-player = Այս դասի համար անհրաժեշտ է նվագարկիչի ավելի նոր տարբերակ
unit-needs-newer-player-detail = Սա «{ $kind }» տեսակի դաս է, որը Alliance Player-ի այս տարբերակը դեռ չի ճանաչում։ Դասընթացի մնացած մասն աշխատում է։ Դիմեք դասընթացի կազմակերպչին կամ թարմացրեք նվագարկիչը։
error-heading = Ինչ-որ բան այնպես չգնաց
error-catalog = Հնարավոր չեղավ բեռնել դասընթացների կատալոգը։
error-document = Այս փաստաթուղթը հնարավոր չէ ցուցադրել։
error-course = Հնարավոր չեղավ բացել այս դասընթացը։
error-course-not-found = Այս կատալոգում «{ $course }» դասընթաց չկա։
error-unit-not-found = Այս դասընթացում «{ $unit }» դաս չկա։
error-page-not-found = Այս էջը գոյություն չունի։
error-retry = Կրկին փորձել
error-part-unavailable = Հնարավոր չեղավ ներբեռնել նվագարկիչի այս մասը։ Ստուգեք կապը և կրկին փորձեք։
error-what-to-do = Եթե խնդիրը շարունակվի, հայտնեք դասընթացի կազմակերպչին վերևում ցուցադրված տեքստը։

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Անցանց
offline-indicator-detail = Դուք անցանց եք։ Ներբեռնված դասընթացներն աշխատում են սովորականի պես, իսկ ձեր առաջընթացը պահվում է այս սարքում և կուղարկվի, երբ նորից առցանց լինեք։
update-ready = Alliance Player-ի նոր տարբերակը պատրաստ է։
update-reload = Վերաբեռնել և թարմացնել
download-heading = Անցանց օգտագործում
download-course = Ներբեռնել անցանց օգտագործման համար ({ $size })
download-resume = Շարունակել ներբեռնումը (մնացել է { $size })
download-progress = { $done } / { $total } · դասեր՝ { $units } / { $unitsTotal }
download-cancel = Չեղարկել
download-done = Ներբեռնված է։ Այս դասընթացն աշխատում է անցանց ({ $size })։
download-remove = Ջնջել ներբեռնվածը
download-stored-partly = Արդեն այս սարքում է՝ { $done } / { $total }։
download-failed = Ներբեռնումն ընդհատվեց՝ { $detail } Արդեն պահվածը կմնա։ Շարունակելու համար սեղմեք «Շարունակել ներբեռնումը»։
download-file-mismatch = { $file } ֆայլը վնասված է ստացվել (սպասվում էր { $expected }, ստացվել է { $got })։
download-file-failed = Հնարավոր չեղավ ներբեռնել { $file } ֆայլը ({ $detail })։
download-no-cors = { $host } կայքը թույլ չի տալիս այս նվագարկիչին կարդալ իր ֆայլերը (CORS վերնագրեր չի ուղարկում), ուստի դրանք հնարավոր չէ ստուգել և պահել։ Կայքի ադմինիստրատորը պետք է դասընթացի յուրաքանչյուր ֆայլի հետ ուղարկի Access-Control-Allow-Origin։
download-quota = Այս սարքում դասընթացի համար տեղ չի մնացել։ Ազատեք տեղ կամ ջնջեք մեկ այլ ներբեռնում, ապա շարունակեք։
download-storage = Այս սարքում դիտարկիչը կարող է օգտագործել { $available }, որից օգտագործված է { $used }։
download-persistent = Ներբեռնումները պահվում են, մինչև դուք դրանք ջնջեք։
download-not-persistent = Դիտարկիչը կարող է ջնջել ներբեռնումները, եթե սարքում տեղը չբավականացնի։
download-needs-network = Դուք անցանց եք։ Այս դասընթացը ներբեռնելու համար միացեք համացանցին։
data-saver = Տվյալների խնայում
data-saver-help = Մեդիաֆայլերը բեռնվում են միայն նվագարկումը սեղմելիս, տեքստային տարբերակները ցուցադրվում են առաջինը, իսկ մեդիաֆայլերի կողքին նշվում է դրանց չափը։
media-size = Բեռնման չափը՝ { $size }

## Notes and bookmarks
notes-heading = Իմ նշումները
notes-bookmark = Էջանշել այս դասը
notes-bookmarked = Էջանշված է
notes-bookmark-moment = Էջանշել այս պահը
notes-note-label = Ձեր նշումն այս դասի մասին
notes-save = Պահել նշումը
notes-saved = Պահված է։
notes-delete = Ջնջել
# A moment of a video or audio, e.g. "At 1:05".
notes-at = Պահը՝ { $time }
notes-empty = Այս դասընթացում դեռ նշումներ կամ էջանիշներ չկան։ Էջանշեք դասը կամ տեսանյութի որևէ պահ և գրեք նշում դրա մասին։
notes-where = Ձեր նշումները պահվում են այս սարքում և հասնում են ձեր ուսումնական գրառումների պահոցին, երբ այն միացված է։
notes-too-long = Նշումը կարող է պարունակել առավելագույնը { $max } նիշ։
notes-too-many = Այս դասընթացում նշումների քանակն առավելագույնն է։ Նորն ավելացնելու համար ջնջեք մեկը։

## Accessibility
unit-nav-label = Նախորդ և հաջորդ դաս
captions-always = Ցուցադրել ենթագրերը, երբ տեսանյութը կամ ձայնագրությունը դրանք ունի (ձեր լեզվով, եթե կա, այլապես՝ դասընթացի լեզվով)
caption-style = Ենթագրերի ոճը
caption-size = Տեքստի չափը
caption-colour = Տեքստի գույնը
caption-background = Ֆոն
caption-colour-white = Սպիտակ
caption-colour-yellow = Դեղին
caption-colour-cyan = Երկնագույն
caption-colour-green = Կանաչ
caption-colour-magenta = Մանուշակագույն
caption-colour-black = Սև
caption-background-black = Սև, կիսաթափանցիկ
caption-background-solid-black = Սև
caption-background-white = Սպիտակ
caption-background-transparent = Առանց ֆոնի
caption-background-blue = Կապույտ
caption-preview = Ենթագրերն այսպես կերևան։
caption-unreadable = Այս ֆոնի վրա տեքստը դժվար է կարդալ։ Ընտրեք այլ գույն կամ ֆոն։
launch-other = Այս հղումը ձեր ուսումնական գրառումները կուղարկի { $endpoint } հասցեին՝ որպես { $who }։ Դուք միացված եք { $current } հասցեին՝ որպես { $current_who }։
launch-switch = Անցնել այս միացմանը
launch-keep = Պահպանել իմ միացումը
launch-other-learner = Այս հղումը նախատեսված է { $who } սովորողի համար։ Այժմ նվագարկիչից օգտվում է { $current_who }։ Անցնե՞լ { $who } սովորողին։
launch-switch-learner = Փոխել սովորողին

## Learners
learners-heading = Սովորողներն այս սարքում
learners-locked = Նվագարկիչից օգտվում է { $name }
learner-unnamed = Ես
learner-now = Այժմ օգտվում է նվագարկիչից
learner-switch = Անցնել այս սովորողին
learner-rename = Վերանվանել
learner-name = Անուն
learner-save = Պահել
learner-cancel = Չեղարկել
learner-remove = Հեռացնել
learner-remove-ask = Հեռացնե՞լ { $name } սովորողին այս սարքից։ Այս սարքում կջնջվեն նրա առաջընթացը, ուղարկման սպասող գրառումները և կարգավորումները։ Ներբեռնված դասընթացները կմնան։
learner-removed = { $name } սովորողը հեռացված է։
learner-pin = PIN կոդ (չորս թվանշան, ըստ ցանկության)
learner-pin-label = PIN կոդ
learner-pin-for = { $name } սովորողի PIN կոդը
learner-pin-new = Նոր PIN կոդ (չորս թվանշան)
learner-pin-set = Սահմանել PIN կոդ
learner-pin-remove = Հեռացնել PIN կոդը
learner-pin-open = Շարունակել
learner-pin-note = PIN կոդը թույլ չի տալիս այս սարքից օգտվող մարդկանց տեսնել միմյանց առաջընթացը։ Այն գաղտնիության համար է, ոչ թե անվտանգության։
learner-add-heading = Ավելացնել սովորող
learner-add = Ավելացնել
learner-added = { $name } սովորողն ավելացված է։
learner-saved = Պահված է։
learner-error-empty = Մուտքագրեք անուն։
learner-error-long = Այս անունը չափազանց երկար է։
learner-error-taken = Այս սարքում արդեն կա { $name } անունով սովորող։
learner-error-pin = PIN կոդը պետք է բաղկացած լինի ուղիղ չորս թվանշանից։
learner-error-full = Այս սարքում արդեն առավելագույն թվով սովորողներ կան։ Նախ հեռացրեք մեկին։
learner-error-unknown = Հնարավոր չեղավ փոխել սովորողների ցանկը։ Վերաբեռնեք էջը և կրկին փորձեք։
learner-error-wrong-pin = PIN կոդը սխալ է։
signout-ask = { $count ->
    [one] { $count } գրառում դեռ չի ուղարկվել։
   *[other] { $count } գրառում դեռ չի ուղարկվել։
}
signout-keep = { $count ->
    [one] Պահել սպասող գրառումը մինչև հաջորդ միացումը
   *[other] Պահել սպասող { $count } գրառումները մինչև հաջորդ միացումը
}
signout-discard = { $count ->
    [one] Ջնջել այն
   *[other] Ջնջել դրանք
}
