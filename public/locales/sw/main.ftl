# Alliance Player interface strings — Kiswahili
# Kwa watafsiri: kila kitambulisho cha ujumbe na kila { $variable } vibaki kama vilivyo; tafsiri maandishi tu.
# $percent, $score na $size hufika yakiwa maandishi kamili (kwa mfano "45 %" au "1.4 MB").

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Kiswahili
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Ruka hadi maudhui
# In the header where the browser offers to install the player as an app.
install-app = Sakinisha programu
install-app-hint = Sakinisha Alliance Player kwenye kifaa hiki: itafunguka kutoka kwenye programu zako, katika dirisha lake lenyewe, hata nje ya mtandao.
nav-catalog = Kozi
loading = Inapakia…

## Lugha
language-picker-label = Lugha ya kiolesura
language-picker-search = Tafuta lugha
language-picker-none = Hakuna lugha inayolingana na utafutaji wako.
content-language-label = Lugha ya kozi
content-language-auto = Sawa na kiolesura
# Huonyeshwa kwenye muhtasari kando ya sehemu ambayo maandishi yake hayako katika lugha ya kozi ya mwanafunzi, k.m. "Kwa Kiingereza".
unit-in-language = Kwa { $language }

## Orodha ya kozi
catalog-heading = Orodha ya kozi
catalog-search-label = Tafuta kozi
catalog-search-placeholder = Kichwa, mada au mtoaji
catalog-more = Onyesha kozi zaidi
catalog-earlier = Onyesha kozi zilizotangulia
catalog-loading-more = Inatafuta katika kozi zaidi…
catalog-language-label = Lugha
catalog-language-any = Lugha zote
catalog-count = { $count ->
    [0] Hakuna kozi inayolingana.
    [one] Kozi moja
   *[other] Kozi { $count }
}
catalog-empty = Hakuna kozi inayolingana na utafutaji wako. Jaribu neno jingine au chagua lugha zote.
catalog-rejected = { $count ->
    [one] Kozi moja katika orodha hii haikuweza kuorodheshwa:
   *[other] Kozi { $count } katika orodha hii hazikuweza kuorodheshwa:
}
catalog-source-notice = Baadhi ya kozi hazipo kwenye orodha hii:
catalog-source-unreachable = { $source } haikuweza kufikiwa: huenda tovuti haifanyi kazi, au hairuhusu kichezaji hiki kusoma kozi zake.
catalog-source-status = { $source } ilijibu kwa hitilafu (HTTP { $status }).
catalog-source-too-large = { $source } ni kubwa kuliko { $limit }, kiwango cha juu kabisa ambacho kichezaji hiki husoma kwa katalogi moja.
catalog-source-invalid = { $source } si katalogi ya kozi ambayo kichezaji hiki kinaweza kusoma: { $detail }
catalog-source-left-out = “{ $course }” kutoka { $source } imeachwa: kozi nyingine tayari ina anwani yake, /course/{ $id }.
course-provider = Kutoka kwa { $provider }
course-languages = Lugha: { $languages }
course-size = Ukubwa wa kupakua: { $size }
course-open = Fungua kozi
course-continue = Endelea
course-progress = { $percent } imekamilika

## Kozi
course-outline = Muhtasari wa kozi
outline-show-earlier = Onyesha sehemu zilizotangulia ({ $count } zimefichwa)
outline-show-later = Onyesha sehemu zinazofuata ({ $count } zimefichwa)
course-start = Anza kozi
course-units = { $count ->
    [one] Sehemu moja
   *[other] Sehemu { $count }
}
unit-ordinal = Sehemu { $index } kati ya { $total }
unit-state-not-started = Haijaanzwa
unit-state-in-progress = Inaendelea
unit-state-completed = Imekamilika
unit-state-passed = Umefaulu
unit-state-failed = Bado hujafaulu
unit-kind-video = Video
unit-kind-audio = Sauti
unit-kind-reading = Usomaji
unit-kind-quiz = Jaribio
unit-kind-document = Hati
unit-kind-interactive = Shughuli
unit-kind-unknown = Aina mpya ya sehemu
unit-previous = Iliyotangulia
unit-next = Inayofuata
unit-mark-done = Weka kuwa imekamilika
unit-done = Imekamilika
back-to-catalog = Kozi zote
course-search-label = Tafuta ndani ya kozi hii
course-search-count = { $count ->
    [0] Hakuna matokeo
    [one] Tokeo moja
   *[other] Matokeo { $count }
}
course-search-more = { $count ->
    [one] Tokeo la kwanza pekee ndilo linaloonyeshwa; ongeza maneno ili kupunguza utafutaji.
   *[other] Matokeo { $count } ya kwanza pekee ndiyo yanayoonyeshwa; ongeza maneno ili kupunguza utafutaji.
}
course-search-subtitles = Inatafuta pia kwenye manukuu…
course-search-incomplete = Baadhi ya manukuu hayakuweza kutafutwa.
course-search-in-title = Kichwa
course-search-in-reading = Usomaji
course-search-in-transcript = Nakala ya maneno
course-search-in-subtitle = Manukuu katika { $time }
course-search-in-quiz = Swali la jaribio

## Sauti na video
media-speed = Kasi
media-subtitles = Manukuu
media-subtitles-off = Yamezimwa
media-subtitles-second = Manukuu ya pili
media-fullscreen = Skrini nzima
media-fullscreen-exit = Toka kwenye skrini nzima
media-shortcuts = Mikato ya kibodi
media-shortcuts-hint = Kichezaji cha video au sauti kikiwa kimechaguliwa:
# The name of the space bar key, as printed on keyboards.
media-key-space = Nafasi
media-key-play = Cheza au sitisha
media-key-seek = Rudi nyuma au songa mbele sekunde 5
media-key-speed = Polepole au haraka zaidi
media-key-captions = Washa au zima manukuu
media-key-fullscreen = Washa au zima skrini nzima
media-transcript = Nakala ya maneno
media-watched = { $percent } imetazamwa
media-unsupported = Kivinjari chako hakiwezi kucheza maudhui haya. Jaribu kivinjari kingine, au uyapakue:

## Usomaji na hati
reading-end = Mwisho wa usomaji
document-download = Pakua PDF ({ $size })
document-download-nosize = Pakua PDF
document-fallback = Kivinjari chako hakiwezi kuonyesha PDF hapa. Ipakue ili uisome.
document-not-pdf = { $file } si faili la PDF. Sehemu ya hati huonyesha faili za PDF pekee, ambazo huanza na “%PDF-”.

## Jaribio
quiz-passing = Unahitaji { $percent } ili kufaulu.
quiz-attempts-left = { $count ->
    [one] Imebaki nafasi moja ya kujaribu
   *[other] Zimebaki nafasi { $count } za kujaribu
}
quiz-attempts-unlimited = Nafasi za kujaribu hazina kikomo
quiz-attempts-used = { $count ->
    [one] Umetumia nafasi yako pekee ya kujaribu.
   *[other] Umetumia nafasi zako zote { $count } za kujaribu.
}
quiz-question = Swali { $index }
quiz-true = Kweli
quiz-false = Si kweli
quiz-answer-label = Jibu lako
quiz-submit = Wasilisha majibu
quiz-retry = Jaribu tena
quiz-score = Alama zako: { $score }
quiz-passed = Umefaulu — hongera!
quiz-failed = Bado hujafaulu.
quiz-best = Alama zako bora hadi sasa: { $score }
quiz-correct = Sahihi
quiz-incorrect = Si sahihi
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Mapitio: kila swali linaonyesha jibu sahihi.
quiz-right-answer = Jibu sahihi

## Shughuli shirikishi
interactive-title = Shughuli shirikishi: { $title }
interactive-hint = Kamilisha shughuli hii ili kumaliza sehemu hii.

## Hifadhi
storage-quota = Hifadhi ya kivinjari hiki kwa ajili ya kichezaji imejaa, kwa hivyo maendeleo yako ya hivi karibuni hayakuweza kuhifadhiwa. Ongeza nafasi (ondoa kozi ulizopakua au data ya tovuti nyingine katika mipangilio ya kivinjari), kisha endelea: hakuna kilichohifadhiwa awali kilichopotea.
storage-unavailable = Kivinjari hiki hakiruhusu kichezaji kuhifadhi maendeleo yako, kwa hivyo yanatunzwa tu hadi utakapofunga ukurasa. Mara nyingi madirisha ya faragha huzuia uhifadhi.
storage-write-failed = Maendeleo yako ya hivi karibuni bado hayajahifadhiwa. Yanatunzwa katika ukurasa huu na yatahifadhiwa utakapochukua hatua inayofuata.

## Rekodi ya maendeleo
nav-transcript = Maendeleo yangu
transcript-heading = Maendeleo yangu
transcript-empty = Bado hujaanza kozi yoyote.
transcript-unit-score = Alama: { $score }
transcript-time-spent = Muda uliotumia: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Pakua kama taarifa za xAPI (JSON)
transcript-export-csv = Pakua kama lahajedwali (CSV)
transcript-reset = Weka upya maendeleo yangu katika kozi hii
transcript-reset-confirm = Ungependa kuweka upya maendeleo yako yote katika “{ $course }”? Hatua hii haiwezi kutenduliwa.

## Uwasilishaji kwenye hifadhi ya rekodi za ujifunzaji (LRS), huonyeshwa kwenye sehemu ya juu na kwenye ukurasa wa mipangilio
nav-settings = Mipangilio
sync-off = Imehifadhiwa kwenye kifaa hiki
sync-off-detail = Hujaunganishwa na hifadhi ya rekodi za ujifunzaji: maendeleo yako yanabaki kwenye kivinjari hiki. Unganisha hifadhi katika mipangilio ili kutuma sehemu ulizokamilisha kwa taasisi yako.
sync-done = Zote zimewasilishwa
sync-pending = { $count ->
    [one] Rekodi moja inasubiri kuwasilishwa
   *[other] Rekodi { $count } zinasubiri kuwasilishwa
}
sync-last-delivery = Uwasilishaji wa mwisho: { $date }
sync-error-offline = Huko mtandaoni. Rekodi zako zimetunzwa na zitawasilishwa muunganisho utakaporejea.
sync-error-unreachable = Hifadhi ya rekodi za ujifunzaji haikuweza kufikiwa. Tutajaribu tena hivi punde; hakuna kitakachopotea.
sync-error-server = Hifadhi ya rekodi za ujifunzaji ina tatizo (HTTP { $status }). Tutajaribu tena hivi punde; hakuna kitakachopotea.
sync-error-unauthorized = Hifadhi ya rekodi za ujifunzaji imekataa taarifa zako za kuingia. Ziweke tena katika mipangilio; rekodi zako zinatunzwa hadi wakati huo.
sync-error-not-found = Hakuna hifadhi ya rekodi za ujifunzaji kwenye anwani hii. Kagua anwani katika mipangilio; rekodi zako zinatunzwa hadi wakati huo.
sync-error-version = Hifadhi ya rekodi za ujifunzaji inatumia toleo jingine la xAPI ({ $detail }). Omba taasisi yako ikupe anwani inayotumia xAPI 1.0.3 au 2.0.0.
sync-error-storage = Rekodi zinazosubiri kuwasilishwa hazikuweza kusomwa kutoka kwenye hifadhi ya kivinjari hiki ({ $detail }).
sync-set-aside = { $count ->
    [one] Rekodi moja ilikataliwa na hifadhi ya rekodi za ujifunzaji
   *[other] Rekodi { $count } zilikataliwa na hifadhi ya rekodi za ujifunzaji
}
sync-set-aside-detail = Rekodi hizi zinatunzwa hapa pamoja na jibu la hifadhi, ili wewe au taasisi yako mweze kuona kinachohitaji kusahihishwa.
settings-heading = Mipangilio
settings-lrs-heading = Hifadhi ya rekodi za ujifunzaji
settings-lrs-intro = Taasisi yako inakupa maelezo haya ili sehemu ulizokamilisha na alama zako zifike kwenye rekodi zake.
settings-lrs-endpoint = Anwani (endpoint ya xAPI)
settings-lrs-key = Ufunguo au jina la mtumiaji
settings-lrs-secret = Ufunguo wa siri au nenosiri
settings-lrs-token = Au tokeni ya ufikiaji
settings-lrs-name = Jina lako
settings-lrs-email = Anwani yako ya barua pepe
settings-lrs-connect = Unganisha
settings-lrs-disconnect = Tenganisha
settings-lrs-connected = Umeunganishwa na { $endpoint } kama { $who }.
settings-lrs-invalid-endpoint = Weka anwani ya hifadhi ya rekodi za ujifunzaji, inayoanza na https:// au http://.
settings-lrs-invalid-email = Weka anwani yako ya barua pepe, ili rekodi zako zihifadhiwe kwa jina lako.
cmi5-unit-needs-worker = Shughuli hii inahitaji kicheza kimalize kusakinishwa: pakia upya ukurasa ili kuifungua.
cmi5-exit = Toka
cmi5-exiting = Inahifadhi na kurudi…
cmi5-browse = Kuvinjari: hakuna unachofanya hapa kinachorekodiwa.
cmi5-review = Kupitia upya: hakuna unachofanya hapa kinachorekodiwa.
cmi5-ended = Kipindi hiki kimeisha. Fungua kozi tena kutoka kwenye jukwaa lako la kujifunzia ili kurekodi zaidi.
settings-lrs-launch-failed = Kozi ilifunguliwa kwa maelezo ya kuingia ambayo hayakufanya kazi ({ $detail }). Ifungue tena kutoka kwenye tovuti ya taasisi yako.

sources-heading = Vyanzo vya kozi
sources-intro = Orodha ya kozi inaleta pamoja katalogi zilizo hapa chini. Unaweza kuongeza katalogi ya chuo kikuu kingine au mtoa kozi mwingine kwa anwani yake; itahifadhiwa kwa ajili yako, kwenye kifaa hiki.
sources-site = Imechaguliwa na tovuti hii
sources-remove = Ondoa
sources-add-label = Ongeza chanzo: anwani ya katalogi yake
sources-check = Kagua
sources-preview = { $count ->
    [one] Kozi moja
   *[other] Kozi { $count }
}
sources-add-confirm = Ongeza chanzo hiki
sources-added = Kimeongezwa: kozi zake sasa ziko kwenye orodha ya kozi.
sources-removed = Kimeondolewa: kozi zake haziko tena kwenye orodha ya kozi.
sources-invalid-url = Weka anwani inayoanza na https:// (au njia kwenye tovuti hii, kama /courses/catalog.json).
sources-duplicate = Katalogi hii tayari iko kwenye orodha.
sources-full = Orodha yako ya vyanzo imejaa. Ondoa kimoja ili kuongeza kingine.

## Zisizotumika na hitilafu
unit-needs-newer-player = Sehemu hii inahitaji toleo jipya zaidi la kichezaji
unit-needs-newer-player-detail = Hii ni sehemu ya aina “{ $kind }”, ambayo toleo hili la Alliance Player bado halijaitambua. Sehemu nyingine za kozi zinafanya kazi; muulize mtoaji wa kozi yako au sasisha kichezaji.
error-heading = Hitilafu imetokea
error-catalog = Orodha ya kozi haikuweza kupakiwa.
error-document = Hati hii haiwezi kuonyeshwa.
error-course = Kozi hii haikuweza kufunguliwa.
error-course-not-found = Hakuna kozi “{ $course }” katika orodha hii.
error-unit-not-found = Hakuna sehemu “{ $unit }” katika kozi hii.
error-page-not-found = Ukurasa huu haupo.
error-retry = Jaribu tena
error-part-unavailable = Kipengele hiki cha kichezaji hakikuweza kupakuliwa. Angalia muunganisho wako wa intaneti, kisha jaribu tena.
error-what-to-do = Tatizo likiendelea, mjulishe mtoaji wa kozi kile kinachoonyeshwa hapo juu.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Nje ya mtandao
offline-indicator-detail = Huko mtandaoni. Kozi ulizopakua zinacheza kama kawaida; maendeleo yako yanahifadhiwa kwenye kifaa hiki na yatatumwa utakaporudi mtandaoni.
update-ready = Toleo jipya la Alliance Player liko tayari.
update-reload = Pakia upya ili kusasisha
download-heading = Matumizi nje ya mtandao
download-course = Pakua kwa matumizi nje ya mtandao ({ $size })
download-resume = Endelea kupakua (zimebaki { $size })
download-progress = { $done } kati ya { $total } · sehemu { $units } kati ya { $unitsTotal }
download-cancel = Ghairi
download-done = Imepakuliwa: kozi hii inafanya kazi nje ya mtandao ({ $size }).
download-remove = Ondoa kilichopakuliwa
download-stored-partly = Tayari { $done } kati ya { $total } zimehifadhiwa kwenye kifaa hiki.
download-failed = Upakuaji umesimama: { $detail } Kilichohifadhiwa tayari kinatunzwa; bonyeza “Endelea kupakua” ili kuendelea.
download-file-mismatch = { $file } haikufika ikiwa kamili (ilitarajiwa { $expected }, imepokelewa { $got }).
download-file-failed = { $file } haikuweza kupakuliwa ({ $detail }).
download-no-cors = { $host } hairuhusu kicheza hiki kusoma faili zake (haitumi vichwa vya CORS), kwa hiyo haziwezi kukaguliwa na kuhifadhiwa. Msimamizi wake lazima atume Access-Control-Allow-Origin pamoja na kila faili la kozi.
download-quota = Kifaa hiki hakina nafasi iliyobaki kwa ajili ya kozi hii. Ongeza nafasi au ondoa kozi nyingine uliyopakua, kisha uendelee.
download-storage = Kivinjari hiki kinatumia { $used } kati ya { $available } ambazo kinaruhusiwa kutumia kwenye kifaa hiki.
download-persistent = Vipakuliwa hubaki hadi utakapoviondoa.
download-not-persistent = Kivinjari kinaweza kuondoa vipakuliwa ikiwa nafasi kwenye kifaa itapungua.
download-needs-network = Huko mtandaoni. Unganisha kwenye intaneti ili upakue kozi hii.
data-saver = Kiokoa data
data-saver-help = Maudhui ya sauti na video hupakiwa tu unapobonyeza kucheza, nakala za maneno huja kwanza, na ukubwa huonyeshwa kando ya sauti na video.
media-size = Ukubwa wa kupakia: { $size }

## Notes and bookmarks
notes-heading = Madokezo yangu
notes-bookmark = Alamisha sehemu hii
notes-bookmarked = Imealamishwa
notes-bookmark-moment = Alamisha wakati huu
notes-note-label = Dokezo lako kuhusu sehemu hii
notes-save = Hifadhi dokezo
notes-saved = Imehifadhiwa.
notes-delete = Futa
# A moment of a video or audio, e.g. "At 1:05".
notes-at = Katika { $time }
notes-empty = Bado hakuna madokezo wala alamisho katika kozi hii. Alamisha sehemu au wakati fulani wa video, kisha uandike dokezo juu yake.
notes-where = Madokezo yako hubaki kwenye kifaa hiki, na hufika kwenye hifadhi yako ya rekodi za ujifunzaji inapokuwa imeunganishwa.
notes-too-long = Dokezo haliwezi kuzidi herufi { $max }.
notes-too-many = Kozi hii imefikia idadi ya juu ya madokezo: futa moja ili uongeze jingine.

## Accessibility
unit-nav-label = Sehemu iliyotangulia na inayofuata
captions-always = Onyesha manukuu kila video au sauti inapokuwa nayo (kwa lugha yako ikiwa yapo, vinginevyo kwa lugha ya kozi)
caption-style = Mtindo wa manukuu
caption-size = Ukubwa wa maandishi
caption-colour = Rangi ya maandishi
caption-background = Mandharinyuma
caption-colour-white = Nyeupe
caption-colour-yellow = Njano
caption-colour-cyan = Samawati
caption-colour-green = Kijani
caption-colour-magenta = Majenta
caption-colour-black = Nyeusi
caption-background-black = Nyeusi, nusu angavu
caption-background-solid-black = Nyeusi
caption-background-white = Nyeupe
caption-background-transparent = Hakuna
caption-background-blue = Buluu
caption-preview = Hivi ndivyo manukuu yatakavyoonekana.
caption-unreadable = Maandishi haya ni magumu kusoma kwenye mandharinyuma haya: chagua rangi au mandharinyuma mengine.
launch-other = Kiungo hiki kingetuma kumbukumbu zako za masomo kwa { $endpoint } kama { $who }. Umeunganishwa na { $current } kama { $current_who }.
launch-switch = Badili kwenda muunganisho huu
launch-keep = Baki na muunganisho wangu

launch-other-learner = Kiungo hiki ni cha { $who }. { $current_who } anatumia kicheza sasa. Ubadilishe kwenda kwa { $who }?
launch-switch-learner = Badilisha mwanafunzi

## Learners
learners-heading = Wanafunzi kwenye kifaa hiki
learners-locked = { $name } anatumia kicheza
learner-unnamed = Mimi
learner-now = Anatumia kicheza sasa
learner-switch = Badili kwenda kwa mwanafunzi huyu
learner-rename = Badilisha jina
learner-name = Jina
learner-save = Hifadhi
learner-cancel = Ghairi
learner-remove = Ondoa
learner-remove-ask = Ungependa kumwondoa { $name } kwenye kifaa hiki? Maendeleo yake, rekodi zinazosubiri na mipangilio yake kwenye kifaa hiki vitafutwa. Kozi zilizopakuliwa zinabaki.
learner-removed = { $name } ameondolewa.
learner-pin = PIN (tarakimu nne, si lazima)
learner-pin-label = PIN
learner-pin-for = PIN ya { $name }
learner-pin-new = PIN mpya (tarakimu nne)
learner-pin-set = Weka PIN
learner-pin-remove = Ondoa PIN
learner-pin-open = Endelea
learner-pin-note = PIN huwazuia wanaoshiriki kifaa hiki kuingia kwenye maendeleo ya wengine. Ni kwa faragha, si kwa usalama.
learner-add-heading = Ongeza mwanafunzi
learner-add = Ongeza
learner-added = { $name } ameongezwa.
learner-saved = Imehifadhiwa.
learner-error-empty = Andika jina.
learner-error-long = Jina hili ni refu mno.
learner-error-taken = Kuna mtu kwenye kifaa hiki tayari anaitwa { $name }.
learner-error-pin = PIN ina tarakimu nne hasa.
learner-error-full = Kifaa hiki hakiwezi kuongeza wanafunzi zaidi. Ondoa mmoja kwanza.
learner-error-unknown = Orodha ya wanafunzi haikuweza kubadilishwa. Pakia upya ukurasa kisha ujaribu tena.
learner-error-wrong-pin = PIN hiyo si sahihi.
signout-ask = { $count ->
    [one] Rekodi moja bado haijatumwa.
   *[other] Rekodi { $count } bado hazijatumwa.
}
signout-keep = { $count ->
    [one] Hifadhi rekodi inayosubiri hadi nitakapounganisha tena
   *[other] Hifadhi rekodi { $count } zinazosubiri hadi nitakapounganisha tena
}
signout-discard = { $count ->
    [one] Itupe
   *[other] Zitupe
}
