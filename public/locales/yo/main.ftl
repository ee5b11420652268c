# Alliance Player interface strings — Èdè Yorùbá
# Fún àwọn atúmọ̀: ẹ má ṣe yí orúkọ ọ̀rọ̀ kankan tàbí { $variable } kankan padà; ọ̀rọ̀ nìkan ni kí ẹ túmọ̀.
# $percent, $score àti $size máa ń dé gẹ́gẹ́ bí ọ̀rọ̀ tí a ti ṣètò tán (bí àpẹẹrẹ "45 %" tàbí "1.4 MB").
# Yorùbá kò ní ọ̀nà ọ̀pọ̀ (plural) nínú CLDR: *[other] nìkan ni a lò.

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Yorùbá
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Fò lọ sí àkóónú
# In the header where the browser offers to install the player as an app.
install-app = Fi ètò sórí ẹ̀rọ
install-app-hint = Fi Alliance Player sórí ẹ̀rọ yìí: yóò máa ṣí láti inú àwọn ètò yín, ní fèrèsé tirẹ̀, àní láìsí ayélujára.
nav-catalog = Àwọn ẹ̀kọ́
loading = Ẹ dúró díẹ̀…

## Àwọn èdè
language-picker-label = Èdè ìṣàfihàn
language-picker-search = Wá èdè
language-picker-none = Kò sí èdè tó bá ìwákiri yín mu.
content-language-label = Èdè ẹ̀kọ́
content-language-auto = Bí èdè ìṣàfihàn
# A máa ń fi hàn nínú ìlapa ẹ̀kọ́ lẹ́gbẹ̀ẹ́ apá tí ọ̀rọ̀ rẹ̀ kò sí ní èdè ẹ̀kọ́ akẹ́kọ̀ọ́, bí àpẹẹrẹ "Ní èdè English".
unit-in-language = Ní èdè { $language }

## Àkójọ ẹ̀kọ́
catalog-heading = Àkójọ ẹ̀kọ́
catalog-search-label = Wá àwọn ẹ̀kọ́
catalog-search-placeholder = Àkọlé, kókó-ọ̀rọ̀ tàbí olùpèsè
catalog-more = Fi àwọn ẹ̀kọ́ míì hàn
catalog-earlier = Ṣàfihàn àwọn ẹ̀kọ́ ìṣáájú
catalog-loading-more = À ń wá nínú àwọn ẹ̀kọ́ míì…
catalog-language-label = Èdè
catalog-language-any = Gbogbo èdè
catalog-count = { $count ->
    [0] Kò sí ẹ̀kọ́ tó bá a mu.
   *[other] Ẹ̀kọ́ { $count } ló wà
}
catalog-empty = Kò sí ẹ̀kọ́ tó bá ìwákiri yín mu. Ẹ gbìyànjú ọ̀rọ̀ mìíràn tàbí kí ẹ yan gbogbo èdè.
catalog-rejected = { $count ->
   *[other] A kò lè ṣàfihàn ẹ̀kọ́ { $count } láti inú àkójọ yìí:
}
catalog-source-notice = Àwọn ẹ̀kọ́ kan kò sí nínú àkójọ yìí:
catalog-source-unreachable = A kò lè dé { $source }: ó lè jẹ́ pé ojú òpó náà kò ṣiṣẹ́, tàbí kò gba ètò yìí láàyè láti ka àwọn ẹ̀kọ́ rẹ̀.
catalog-source-status = { $source } fèsì pẹ̀lú àṣìṣe (HTTP { $status }).
catalog-source-too-large = { $source } tóbi ju { $limit } lọ, èyí tó pọ̀ jù tí ètò yìí ń kà fún àkójọ kan.
catalog-source-invalid = { $source } kì í ṣe àkójọ ẹ̀kọ́ tí ètò yìí lè kà: { $detail }
catalog-source-left-out = A fi “{ $course }” láti { $source } sílẹ̀: ẹ̀kọ́ mìíràn ti ní àdírẹ́sì rẹ̀ tẹ́lẹ̀, /course/{ $id }.
course-provider = Láti ọwọ́ { $provider }
course-languages = Àwọn èdè: { $languages }
course-size = Ìwọ̀n ìgbàsílẹ̀: { $size }
course-open = Ṣí ẹ̀kọ́
course-continue = Tẹ̀síwájú
course-progress = { $percent } ti parí

## Ẹ̀kọ́
course-outline = Ìlapa ẹ̀kọ́
outline-show-earlier = Fi àwọn apá ìṣáájú hàn ({ $count } tí a fi pamọ́)
outline-show-later = Fi àwọn apá tó tẹ̀lé e hàn ({ $count } tí a fi pamọ́)
course-start = Bẹ̀rẹ̀ ẹ̀kọ́ náà
course-units = { $count ->
   *[other] Ó ní apá { $count }
}
unit-ordinal = Apá { $index } nínú { $total }
unit-state-not-started = Kò tíì bẹ̀rẹ̀
unit-state-in-progress = Ó ń lọ lọ́wọ́
unit-state-completed = Ó ti parí
unit-state-passed = Ẹ ti yege
unit-state-failed = Ẹ kò tíì yege
unit-kind-video = Fídíò
unit-kind-audio = Ohùn
unit-kind-reading = Kíkà
unit-kind-quiz = Ìdánwò
unit-kind-document = Ìwé
unit-kind-interactive = Iṣẹ́ ṣíṣe
unit-kind-unknown = Irú apá tuntun
unit-previous = Èyí tó ṣáájú
unit-next = Èyí tó kàn
unit-mark-done = Sàmì sí i pé ó ti parí
unit-done = Ó ti parí
back-to-catalog = Gbogbo ẹ̀kọ́
course-search-label = Wá nínú ẹ̀kọ́ yìí
course-search-count = { $count ->
    [0] Kò sí àbájáde
   *[other] Àbájáde { $count }
}
course-search-more = { $count ->
   *[other] Àbájáde { $count } àkọ́kọ́ nìkan ló hàn; fi ọ̀rọ̀ kún un láti dín ìwádìí kù.
}
course-search-subtitles = À ń wá nínú àkọsílẹ̀ ìsàlẹ̀ pẹ̀lú…
course-search-incomplete = A kò lè wá nínú àwọn àkọsílẹ̀ ìsàlẹ̀ kan.
course-search-in-title = Àkọlé
course-search-in-reading = Kíkà
course-search-in-transcript = Àkọsílẹ̀ ọ̀rọ̀
course-search-in-subtitle = Àkọsílẹ̀ ìsàlẹ̀ ní { $time }
course-search-in-quiz = Ìbéèrè ìdánwò

## Ohùn àti fídíò
media-speed = Ìyára
media-subtitles = Àkọsílẹ̀ ìsàlẹ̀
media-subtitles-off = Kò sí
media-subtitles-second = Àkọsílẹ̀ ìsàlẹ̀ kejì
media-fullscreen = Ojú ìbòjú kíkún
media-fullscreen-exit = Jáde kúrò ní ojú ìbòjú kíkún
media-shortcuts = Àwọn ọ̀nà àbùjá bọ́tìnnì
media-shortcuts-hint = Nígbà tí a bá ti yan ẹ̀rọ ìṣeré fídíò tàbí ohùn:
# The name of the space bar key, as printed on keyboards.
media-key-space = Àlàfo
media-key-play = Ṣeré tàbí dánudúró
media-key-seek = Padà sẹ́yìn tàbí lọ síwájú ìṣẹ́jú-àáyá 5
media-key-speed = Lọ́ra tàbí yára
media-key-captions = Tan tàbí pa àkọsílẹ̀ ìsàlẹ̀
media-key-fullscreen = Tan tàbí pa ojú ìbòjú kíkún
media-transcript = Àkọsílẹ̀ ọ̀rọ̀
media-watched = Ẹ ti wo { $percent }
media-unsupported = Aṣàwákiri yín kò lè ṣí fáìlì ohùn tàbí fídíò yìí. Ẹ gbìyànjú aṣàwákiri mìíràn, tàbí kí ẹ gbà á sílẹ̀:

## Kíkà àti ìwé
reading-end = Òpin kíkà
document-download = Gba PDF sílẹ̀ ({ $size })
document-download-nosize = Gba PDF sílẹ̀
document-fallback = Aṣàwákiri yín kò lè ṣàfihàn PDF níbí. Ẹ gbà á sílẹ̀ láti kà á.
document-not-pdf = { $file } kì í ṣe fáìlì PDF. Apá ìwé máa ń fi fáìlì PDF nìkan hàn, tí ó bẹ̀rẹ̀ pẹ̀lú “%PDF-”.

## Ìdánwò
quiz-passing = Ẹ nílò { $percent } láti yege.
quiz-attempts-left = { $count ->
   *[other] Ìgbìyànjú { $count } ló kù
}
quiz-attempts-unlimited = Ìgbìyànjú láìlópin
quiz-attempts-used = { $count ->
   *[other] Ẹ ti lo gbogbo ìgbìyànjú { $count } tí ẹ ní.
}
quiz-question = Ìbéèrè { $index }
quiz-true = Òótọ́
quiz-false = Irọ́
quiz-answer-label = Ìdáhùn yín
quiz-submit = Fi àwọn ìdáhùn ránṣẹ́
quiz-retry = Ẹ tún gbìyànjú
quiz-score = Máàkì yín: { $score }
quiz-passed = Ẹ ti yege — ẹ kú iṣẹ́!
quiz-failed = Ẹ kò tíì yege.
quiz-best = Máàkì tó ga jù lọ títí di báyìí: { $score }
quiz-correct = Ó tọ̀nà
quiz-incorrect = Kò tọ̀nà
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Àtúnyẹ̀wò: ìbéèrè kọ̀ọ̀kan ń fi ìdáhùn tó tọ̀nà hàn.
quiz-right-answer = Ìdáhùn tó tọ̀nà

## Iṣẹ́ ìbáṣepọ̀
interactive-title = Iṣẹ́ ìbáṣepọ̀: { $title }
interactive-hint = Ẹ parí iṣẹ́ náà láti parí apá yìí.

## Ibi ìpamọ́
storage-quota = Ibi ìpamọ́ aṣàwákiri yìí fún ètò náà ti kún, nítorí náà a kò lè fi ìtẹ̀síwájú yín tó kẹ́yìn pamọ́. Ẹ ṣe àyè díẹ̀ (ẹ yọ àwọn ẹ̀kọ́ tí ẹ ti gbà sílẹ̀ tàbí dátà àwọn ojú-òpó mìíràn kúrò nínú ààtò aṣàwákiri), lẹ́yìn náà ẹ tẹ̀síwájú: kò sí ohun tí a ti fi pamọ́ tẹ́lẹ̀ tó sọnù.
storage-unavailable = Aṣàwákiri yìí kò gba ètò náà láàyè láti tọ́jú ìtẹ̀síwájú yín, nítorí náà yóò wà títí ẹ ó fi pa ojú-ìwé náà dé nìkan. Àwọn fèrèsé àdáni sábà máa ń dí ìpamọ́ lọ́wọ́.
storage-write-failed = A kò tíì lè fi ìtẹ̀síwájú yín tó kẹ́yìn pamọ́. Ó wà ní ojú-ìwé yìí, a ó sì fi í pamọ́ nígbà ìgbésẹ̀ yín tó kàn.

## Àkọsílẹ̀ ìtẹ̀síwájú
nav-transcript = Ìtẹ̀síwájú mi
transcript-heading = Ìtẹ̀síwájú mi
transcript-empty = Ẹ kò tíì bẹ̀rẹ̀ ẹ̀kọ́ kankan.
transcript-unit-score = Máàkì: { $score }
transcript-time-spent = Àkókò tí ẹ lò: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Gba sílẹ̀ gẹ́gẹ́ bí àwọn gbólóhùn xAPI (JSON)
transcript-export-csv = Gba sílẹ̀ gẹ́gẹ́ bí tábìlì ìṣirò (CSV)
transcript-reset = Pa ìtẹ̀síwájú mi nínú ẹ̀kọ́ yìí rẹ́
transcript-reset-confirm = Ṣé kí a pa gbogbo ìtẹ̀síwájú yín nínú “{ $course }” rẹ́? A kò ní lè dá èyí padà.

## Fífi ránṣẹ́ sí ibi ìpamọ́ àkọsílẹ̀ ẹ̀kọ́ (LRS), tí a ń fihàn ní òkè ojú-ìwé àti ní ojú-ìwé ààtò
nav-settings = Ààtò
sync-off = A ti fi pamọ́ sórí ẹ̀rọ yìí
sync-off-detail = Kò sí ìsopọ̀ mọ́ ibi ìpamọ́ àkọsílẹ̀ ẹ̀kọ́ kankan: ìtẹ̀síwájú yín wà nínú aṣàwákiri yìí nìkan. Ẹ so ọ̀kan pọ̀ nínú ààtò láti fi àwọn ohun tí ẹ ti parí ránṣẹ́ sí àjọ yín.
sync-done = A ti fi gbogbo rẹ̀ ránṣẹ́
sync-pending = { $count ->
   *[other] Àkọsílẹ̀ { $count } ló ń dúró de ìfiránṣẹ́
}
sync-last-delivery = Ìfiránṣẹ́ tó kẹ́yìn: { $date }
sync-error-offline = Ẹ kò sí lórí ayélujára. A ń tọ́jú àwọn àkọsílẹ̀ yín, a ó sì fi wọ́n ránṣẹ́ nígbà tí ìsopọ̀ bá padà.
sync-error-unreachable = A kò lè dé ibi ìpamọ́ àkọsílẹ̀ ẹ̀kọ́. A ó tún gbìyànjú láìpẹ́; kò sí ohun tí yóò sọnù.
sync-error-server = Ibi ìpamọ́ àkọsílẹ̀ ẹ̀kọ́ ní ìṣòro (HTTP { $status }). A ó tún gbìyànjú láìpẹ́; kò sí ohun tí yóò sọnù.
sync-error-unauthorized = Ibi ìpamọ́ àkọsílẹ̀ ẹ̀kọ́ kọ̀ àwọn àlàyé ìwọlé yín. Ẹ tún tẹ̀ wọ́n sínú ààtò; a ó tọ́jú àwọn àkọsílẹ̀ yín títí di ìgbà náà.
sync-error-not-found = Kò sí ibi ìpamọ́ àkọsílẹ̀ ẹ̀kọ́ ní àdírẹ́sì yìí. Ẹ ṣàyẹ̀wò àdírẹ́sì náà nínú ààtò; a ó tọ́jú àwọn àkọsílẹ̀ yín títí di ìgbà náà.
sync-error-version = Ibi ìpamọ́ àkọsílẹ̀ ẹ̀kọ́ yìí ń lo ẹ̀dà xAPI mìíràn ({ $detail }). Ẹ bi àjọ yín léèrè fún àdírẹ́sì tó ń lo xAPI 1.0.3 tàbí 2.0.0.
sync-error-storage = A kò lè ka àwọn àkọsílẹ̀ tó ń dúró de ìfiránṣẹ́ láti inú ibi ìpamọ́ aṣàwákiri yìí ({ $detail }).
sync-set-aside = { $count ->
   *[other] Ibi ìpamọ́ àkọsílẹ̀ ẹ̀kọ́ kọ̀ àkọsílẹ̀ { $count }
}
sync-set-aside-detail = A tọ́jú àwọn àkọsílẹ̀ wọ̀nyí síbí pẹ̀lú èsì ibi ìpamọ́ náà, kí ẹ̀yin tàbí àjọ yín lè rí ohun tó yẹ láti ṣàtúnṣe.
settings-heading = Ààtò
settings-lrs-heading = Ibi ìpamọ́ àkọsílẹ̀ ẹ̀kọ́
settings-lrs-intro = Àjọ yín ló ń fún yín ní àwọn àlàyé wọ̀nyí, kí àwọn ohun tí ẹ ti parí àti máàkì yín lè dé inú àkọsílẹ̀ wọn.
settings-lrs-endpoint = Àdírẹ́sì (xAPI endpoint)
settings-lrs-key = Kọ́kọ́rọ́ tàbí orúkọ oníṣe
settings-lrs-secret = Kọ́kọ́rọ́ àṣírí tàbí ọ̀rọ̀ aṣínà
settings-lrs-token = Tàbí àmì ìwọlé (token)
settings-lrs-name = Orúkọ yín
settings-lrs-email = Àdírẹ́sì ímeèlì yín
settings-lrs-connect = Sopọ̀
settings-lrs-disconnect = Já ìsopọ̀
settings-lrs-connected = A ti so yín pọ̀ mọ́ { $endpoint } gẹ́gẹ́ bí { $who }.
settings-lrs-invalid-endpoint = Ẹ tẹ̀ àdírẹ́sì ibi ìpamọ́ àkọsílẹ̀ ẹ̀kọ́ sí i, èyí tó bẹ̀rẹ̀ pẹ̀lú https:// tàbí http://.
settings-lrs-invalid-email = Ẹ tẹ̀ àdírẹ́sì ímeèlì yín sí i, kí a lè fi àwọn àkọsílẹ̀ yín pamọ́ sábẹ́ orúkọ yín.
cmi5-unit-needs-worker = Iṣẹ́ yìí nílò kí ẹ̀rọ ìṣeré parí fífi sori ẹ̀rọ: tún ojú-ìwé náà gbé láti ṣí i.
cmi5-exit = Jáde
cmi5-exiting = Ó ń fipamọ́, ó sì ń padà…
cmi5-browse = Ìwòkiri: kò sí ohun tí o ṣe níbí tí a ń kọ sílẹ̀.
cmi5-review = Àtúnyẹ̀wò: kò sí ohun tí o ṣe níbí tí a ń kọ sílẹ̀.
cmi5-ended = Ìpàdé yìí ti parí. Ṣí ẹ̀kọ́ náà lẹ́ẹ̀kan sí i láti orí pèpéle ẹ̀kọ́ rẹ láti kọ sílẹ̀ sí i.
settings-lrs-launch-failed = A ṣí ẹ̀kọ́ náà pẹ̀lú ìwọlé tí kò ṣiṣẹ́ ({ $detail }). Ẹ tún ṣí i láti ojú-òpó àjọ yín.

sources-heading = Orísun ẹ̀kọ́
sources-intro = Àkójọ ẹ̀kọ́ ń kó àwọn àkójọ ìsàlẹ̀ yìí papọ̀. Ẹ lè fi àkójọ yunifásítì mìíràn tàbí olùpèsè ẹ̀kọ́ mìíràn kún un nípasẹ̀ àdírẹ́sì rẹ̀; a ó pa á mọ́ fún yín lórí ẹ̀rọ yìí.
sources-site = Ojú òpó yìí ló yàn án
sources-remove = Yọ kúrò
sources-add-label = Fi orísun kún un: àdírẹ́sì àkójọ rẹ̀
sources-check = Ṣàyẹ̀wò
sources-preview = { $count ->
   *[other] Ẹ̀kọ́ { $count } ló wà
}
sources-add-confirm = Fi orísun yìí kún un
sources-added = A ti fi kún un: àwọn ẹ̀kọ́ rẹ̀ ti wà nínú àkójọ ẹ̀kọ́ báyìí.
sources-removed = A ti yọ ọ́ kúrò: àwọn ẹ̀kọ́ rẹ̀ kò sí nínú àkójọ ẹ̀kọ́ mọ́.
sources-invalid-url = Ẹ tẹ àdírẹ́sì tó bẹ̀rẹ̀ pẹ̀lú https:// (tàbí ọ̀nà kan lórí ojú òpó yìí, bí /courses/catalog.json).
sources-duplicate = Àkójọ yìí ti wà nínú àtòjọ náà tẹ́lẹ̀.
sources-full = Àtòjọ orísun yín ti kún. Ẹ yọ ọ̀kan kúrò láti fi òmíràn kún un.

## Ohun tí a kò tíì ṣe àtìlẹ́yìn fún àti àṣìṣe
unit-needs-newer-player = Apá yìí nílò ẹ̀dà ètò tó túbọ̀ jẹ́ tuntun
unit-needs-newer-player-detail = Apá irú “{ $kind }” ni, èyí tí ẹ̀dà Alliance Player yìí kò tíì mọ̀. Ìyókù ẹ̀kọ́ náà ń ṣiṣẹ́; ẹ bi olùpèsè ẹ̀kọ́ yín léèrè tàbí kí ẹ ṣe ìmúdójúìwọ̀n ètò náà.
error-heading = Nǹkan kan ò lọ dáadáa
error-catalog = A kò lè gbé àkójọ ẹ̀kọ́ wọlé.
error-document = A kò lè fi ìwé yìí hàn.
error-course = A kò lè ṣí ẹ̀kọ́ yìí.
error-course-not-found = Kò sí ẹ̀kọ́ “{ $course }” nínú àkójọ yìí.
error-unit-not-found = Kò sí apá “{ $unit }” nínú ẹ̀kọ́ yìí.
error-page-not-found = Ojú-ìwé yìí kò sí.
error-retry = Ẹ tún gbìyànjú
error-part-unavailable = A kò lè gba ẹ̀ka yìí nínú ètò náà sílẹ̀. Ẹ ṣàyẹ̀wò ìsopọ̀ íńtánẹ́ẹ̀tì yín, lẹ́yìn náà ẹ tún gbìyànjú.
error-what-to-do = Bí ìṣòro náà bá ń bá a lọ, ẹ sọ ohun tí ó hàn lókè fún olùpèsè ẹ̀kọ́ náà.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Kò sí lórí ayélujára
offline-indicator-detail = Ẹ kò sí lórí ayélujára. Àwọn ẹ̀kọ́ tí ẹ ti gbà sílẹ̀ ń ṣiṣẹ́ bí i ti tẹ́lẹ̀; a ń fi ìtẹ̀síwájú yín pamọ́ sórí ẹ̀rọ yìí, a ó sì fi í ránṣẹ́ nígbà tí ẹ bá padà sórí ayélujára.
update-ready = Ẹ̀dà tuntun Alliance Player ti ṣetán.
update-reload = Tún gbé wọlé láti ṣe ìmúdójúìwọ̀n
download-heading = Lílò láìsí ayélujára
download-course = Gba sílẹ̀ fún lílò láìsí ayélujára ({ $size })
download-resume = Tẹ̀síwájú ìgbàsílẹ̀ ({ $size } ló kù)
download-progress = { $done } nínú { $total } · apá { $units } nínú { $unitsTotal }
download-cancel = Fagilé
download-done = A ti gbà á sílẹ̀: ẹ̀kọ́ yìí ń ṣiṣẹ́ láìsí ayélujára ({ $size }).
download-remove = Yọ ìgbàsílẹ̀ kúrò
download-stored-partly = { $done } nínú { $total } ti wà lórí ẹ̀rọ yìí tẹ́lẹ̀.
download-failed = Ìgbàsílẹ̀ náà dúró: { $detail } A ó tọ́jú ohun tí a ti fi pamọ́ tẹ́lẹ̀; ẹ tẹ “Tẹ̀síwájú ìgbàsílẹ̀” láti máa bá a lọ.
download-file-mismatch = { $file } kò dé ní pípé (a retí { $expected }, a gbà { $got }).
download-file-failed = A kò lè gba { $file } sílẹ̀ ({ $detail }).
download-no-cors = { $host } kò jẹ́ kí ẹ̀rọ ìṣeré yìí ka àwọn fáìlì rẹ̀ (kò fi àwọn àkọlé CORS ránṣẹ́), nítorí náà a kò lè ṣàyẹ̀wò wọn kí a sì tọ́jú wọn. Alábòójútó rẹ̀ gbọ́dọ̀ fi Access-Control-Allow-Origin ránṣẹ́ pẹ̀lú gbogbo fáìlì ẹ̀kọ́ náà.
download-quota = Kò sí àyè mọ́ lórí ẹ̀rọ yìí fún ẹ̀kọ́ náà. Ẹ ṣe àyè díẹ̀ tàbí kí ẹ yọ ìgbàsílẹ̀ mìíràn kúrò, lẹ́yìn náà ẹ tẹ̀síwájú.
download-storage = Aṣàwákiri yìí ń lo { $used } nínú { $available } tí ó lè lò lórí ẹ̀rọ yìí.
download-persistent = Àwọn ìgbàsílẹ̀ yóò wà títí ẹ ó fi yọ wọ́n kúrò.
download-not-persistent = Aṣàwákiri lè yọ àwọn ìgbàsílẹ̀ kúrò bí àyè bá ń tán lórí ẹ̀rọ náà.
download-needs-network = Ẹ kò sí lórí ayélujára. Ẹ sopọ̀ mọ́ íńtánẹ́ẹ̀tì láti gba ẹ̀kọ́ yìí sílẹ̀.
data-saver = Ìdínkù lílo dátà
data-saver-help = Fáìlì ohùn àti fídíò kì í wọlé àfi tí ẹ bá tẹ bọ́tìnnì ìṣeré, àkọsílẹ̀ ọ̀rọ̀ ló máa ń kọ́kọ́ hàn, a sì máa ń fi ìwọ̀n hàn lẹ́gbẹ̀ẹ́ fáìlì ohùn àti fídíò.
media-size = Ìwọ̀n tí yóò wọlé: { $size }

## Notes and bookmarks
notes-heading = Àwọn àkíyèsí mi
notes-bookmark = Fi àmì ìrántí sí apá yìí
notes-bookmarked = A ti fi àmì ìrántí sí i
notes-bookmark-moment = Fi àmì ìrántí sí àkókò yìí
notes-note-label = Àkíyèsí yín lórí apá yìí
notes-save = Fi àkíyèsí pamọ́
notes-saved = A ti fi pamọ́.
notes-delete = Pa rẹ́
# A moment of a video or audio, e.g. "At 1:05".
notes-at = Ní { $time }
notes-empty = Kò tíì sí àkíyèsí tàbí àmì ìrántí kankan nínú ẹ̀kọ́ yìí. Ẹ fi àmì ìrántí sí apá kan tàbí àkókò kan nínú fídíò, kí ẹ sì kọ àkíyèsí lé e lórí.
notes-where = Àwọn àkíyèsí yín máa ń wà lórí ẹ̀rọ yìí, wọ́n sì máa ń dé ibi ìpamọ́ àkọsílẹ̀ ẹ̀kọ́ yín nígbà tí ẹ bá ti so ọ̀kan pọ̀.
notes-too-long = Àkíyèsí kan kò lè ju lẹ́tà { $max } lọ.
notes-too-many = Ẹ̀kọ́ yìí ti gba iye àkíyèsí tó lè gbà tán: ẹ pa ọ̀kan rẹ́ láti fi òmíràn kún un.

## Accessibility
unit-nav-label = Apá tó ṣáájú àti apá tó kàn
captions-always = Máa fi àkọsílẹ̀ ìsàlẹ̀ hàn nígbàkúgbà tí fídíò tàbí ohùn bá ní àkọsílẹ̀ (ní èdè yín bí ó bá wà, bí kò bá sí, ní èdè ẹ̀kọ́)
caption-style = Ìrísí àkọsílẹ̀ ìsàlẹ̀
caption-size = Ìtóbi ọ̀rọ̀
caption-colour = Àwọ̀ ọ̀rọ̀
caption-background = Àwọ̀ ẹ̀yìn
caption-colour-white = Funfun
caption-colour-yellow = Ìyeyè
caption-colour-cyan = Búlúù fẹ́ẹ́rẹ́
caption-colour-green = Àwọ̀ ewé
caption-colour-magenta = Àlùkò
caption-colour-black = Dúdú
caption-background-black = Dúdú, tí a lè rí kọjá
caption-background-solid-black = Dúdú
caption-background-white = Funfun
caption-background-transparent = Kò sí
caption-background-blue = Búlúù
caption-preview = Báyìí ni àkọsílẹ̀ ìsàlẹ̀ yóò ṣe rí.
caption-unreadable = Ọ̀rọ̀ yìí ṣòro láti kà lórí àwọ̀ ẹ̀yìn yìí: ẹ yan àwọ̀ mìíràn tàbí àwọ̀ ẹ̀yìn mìíràn.
launch-other = Ìjápọ̀ yìí yóò fi àkọsílẹ̀ ẹ̀kọ́ rẹ ránṣẹ́ sí { $endpoint } gẹ́gẹ́ bí { $who }. O ti sopọ̀ mọ́ { $current } gẹ́gẹ́ bí { $current_who }.
launch-switch = Yí padà sí ìsopọ̀ yìí
launch-keep = Pa ìsopọ̀ mi mọ́

launch-other-learner = Ìjápọ̀ yìí wà fún { $who }. { $current_who } ló ń lo ẹ̀rọ ìgbéjáde báyìí. Ṣé kí a yí padà sí { $who }?
launch-switch-learner = Yí akẹ́kọ̀ọ́ padà

## Learners
learners-heading = Àwọn akẹ́kọ̀ọ́ lórí ẹ̀rọ yìí
learners-locked = { $name } ló ń lo ẹ̀rọ ìgbéjáde
learner-unnamed = Èmi
learner-now = Ó ń lo ẹ̀rọ ìgbéjáde báyìí
learner-switch = Yí padà sí akẹ́kọ̀ọ́ yìí
learner-rename = Yí orúkọ padà
learner-name = Orúkọ
learner-save = Fi pamọ́
learner-cancel = Fagilé
learner-remove = Yọ kúrò
learner-remove-ask = Ṣé kí a yọ { $name } kúrò lórí ẹ̀rọ yìí? A ó pa ìtẹ̀síwájú rẹ̀, àwọn àkọsílẹ̀ tó ń dúró àti ètò rẹ̀ rẹ́ lórí ẹ̀rọ yìí. Àwọn ẹ̀kọ́ tí a ti gbà sílẹ̀ yóò wà níbẹ̀.
learner-removed = A ti yọ { $name } kúrò.
learner-pin = PIN (nọ́mbà mẹ́rin, kò pọndandan)
learner-pin-label = PIN
learner-pin-for = PIN { $name }
learner-pin-new = PIN tuntun (nọ́mbà mẹ́rin)
learner-pin-set = Ṣètò PIN
learner-pin-remove = Yọ PIN kúrò
learner-pin-open = Tẹ̀síwájú
learner-pin-note = PIN kì í jẹ́ kí àwọn tó ń pín ẹ̀rọ yìí wọ inú ìtẹ̀síwájú ara wọn. Ó wà fún àṣírí, kì í ṣe fún ààbò.
learner-add-heading = Fi akẹ́kọ̀ọ́ kún un
learner-add = Fi kún un
learner-added = A ti fi { $name } kún un.
learner-saved = A ti fi pamọ́.
learner-error-empty = Kọ orúkọ kan.
learner-error-long = Orúkọ yìí ti gùn jù.
learner-error-taken = Ẹnì kan lórí ẹ̀rọ yìí ti ń jẹ́ { $name } tẹ́lẹ̀.
learner-error-pin = PIN gbọ́dọ̀ jẹ́ nọ́mbà mẹ́rin gẹ́lẹ́.
learner-error-full = Ẹ̀rọ yìí kò lè gba akẹ́kọ̀ọ́ mìíràn mọ́. Kọ́kọ́ yọ ẹnì kan kúrò.
learner-error-unknown = A kò lè yí àkójọ àwọn akẹ́kọ̀ọ́ padà. Tún ojú-ìwé náà gbé, kí o sì gbìyànjú lẹ́ẹ̀kan sí i.
learner-error-wrong-pin = PIN yẹn kò tọ̀nà.
signout-ask = { $count ->
   *[other] Àkọsílẹ̀ { $count } kò tíì lọ.
}
signout-keep = { $count ->
   *[other] Pa àkọsílẹ̀ { $count } tó ń dúró mọ́ fún ìgbà tí mo bá tún sopọ̀
}
signout-discard = { $count ->
   *[other] Sọ wọ́n nù
}
