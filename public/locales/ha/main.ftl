# Alliance Player interface strings — Hausa
# Ga masu fassara: kada a canza sunan kowane saƙo ko kowane { $variable }; a fassara rubutun kawai.
# $percent, $score da $size suna zuwa a matsayin cikakken rubutu (misali "45 %" ko "1.4 MB").

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Hausa
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Tsallaka zuwa abin da ke ciki
# In the header where the browser offers to install the player as an app.
install-app = Girka manhaja
install-app-hint = Girka Alliance Player a wannan na'ura: za ta riƙa buɗewa daga cikin manhajojinku, a tagarta ta kanta, har ma ba tare da intanet ba.
nav-catalog = Kwasa-kwasai
loading = Ana lodawa…

## Harsuna
language-picker-label = Harshen manhaja
language-picker-search = Nemi harsuna
language-picker-none = Babu harshen da ya dace da bincikenku.
content-language-label = Harshen kwas
content-language-auto = Daidai da harshen manhaja
# Ana nuna shi a tsarin kwas kusa da sashen da rubutunsa ba ya cikin harshen kwas na ɗalibi, misali "Da Turanci".
unit-in-language = Da { $language }

## Kundin kwasa-kwasai
catalog-heading = Kundin kwasa-kwasai
catalog-search-label = Nemi kwasa-kwasai
catalog-search-placeholder = Take, batu ko mai bayarwa
catalog-more = Nuna ƙarin kwasa-kwasai
catalog-earlier = Nuna darussan da suka gabata
catalog-loading-more = Ana duba ƙarin kwasa-kwasai…
catalog-language-label = Harshe
catalog-language-any = Duk harsuna
catalog-count = { $count ->
    [0] Babu kwas da ya dace.
    [one] Kwas ɗaya
   *[other] Kwasa-kwasai { $count }
}
catalog-empty = Babu kwas da ya dace da bincikenku. Ku gwada wata kalma ko ku zaɓi duk harsuna.
catalog-rejected = { $count ->
    [one] Ba a iya jera kwas ɗaya daga wannan kundi ba:
   *[other] Ba a iya jera kwasa-kwasai { $count } daga wannan kundi ba:
}
catalog-source-notice = Wasu kwasa-kwasai ba sa cikin wannan jerin:
catalog-source-unreachable = Ba a iya isa ga { $source } ba: watakila shafin ya tsaya, ko kuma bai ba wannan manhaja izinin karanta kwasa-kwasansa ba.
catalog-source-status = { $source } ya amsa da kuskure (HTTP { $status }).
catalog-source-too-large = { $source } ya fi { $limit } girma, wato mafi yawan abin da wannan manhaja ke karantawa ga kundi ɗaya.
catalog-source-invalid = { $source } ba kundin kwasa-kwasai ba ne da wannan manhaja za ta iya karantawa: { $detail }
catalog-source-left-out = An bar “{ $course }” daga { $source }: wani kwas ya riga ya mallaki adireshinsa, /course/{ $id }.
course-provider = Daga { $provider }
course-languages = Harsuna: { $languages }
course-size = Girman saukewa: { $size }
course-open = Buɗe kwas
course-continue = Ci gaba
course-progress = An kammala { $percent }

## Kwas
course-outline = Tsarin kwas
outline-show-earlier = Nuna sassan da suka gabata ({ $count } a ɓoye)
outline-show-later = Nuna sassan da ke gaba ({ $count } a ɓoye)
course-start = Fara kwas ɗin
course-units = { $count ->
    [one] Sashe ɗaya
   *[other] Sassa { $count }
}
unit-ordinal = Sashe na { $index } cikin { $total }
unit-state-not-started = Ba a fara ba
unit-state-in-progress = Ana ci gaba
unit-state-completed = An kammala
unit-state-passed = An yi nasara
unit-state-failed = Ba a yi nasara ba tukuna
unit-kind-video = Bidiyo
unit-kind-audio = Sauti
unit-kind-reading = Karatu
unit-kind-quiz = Jarrabawa
unit-kind-document = Takarda
unit-kind-interactive = Aiki
unit-kind-unknown = Sabon nau'in sashe
unit-previous = Na baya
unit-next = Na gaba
unit-mark-done = Yi alamar an kammala
unit-done = An kammala
back-to-catalog = Duk kwasa-kwasai
course-search-label = Nemi a cikin wannan kwas
course-search-count = { $count ->
    [0] Babu sakamako
    [one] Sakamako ɗaya
   *[other] Sakamako { $count }
}
course-search-more = { $count ->
    [one] Sakamakon farko kaɗai ake nunawa; ƙara kalmomi don taƙaita binciken.
   *[other] Sakamako { $count } na farko kaɗai ake nunawa; ƙara kalmomi don taƙaita binciken.
}
course-search-subtitles = Ana kuma bincika rubutun ƙasa…
course-search-incomplete = Ba a iya bincika wasu rubutun ƙasa ba.
course-search-in-title = Take
course-search-in-reading = Karatu
course-search-in-transcript = Rubutun magana
course-search-in-subtitle = Rubutun ƙasa a { $time }
course-search-in-quiz = Tambayar jarrabawa

## Sauti da bidiyo
media-speed = Gudu
media-subtitles = Rubutun ƙasa
media-subtitles-off = A kashe
media-subtitles-second = Rubutun ƙasa na biyu
media-fullscreen = Cikakken allo
media-fullscreen-exit = Fita daga cikakken allo
media-shortcuts = Gajerun hanyoyin madannai
media-shortcuts-hint = Yayin da aka zaɓi na'urar kunna bidiyo ko sauti:
# The name of the space bar key, as printed on keyboards.
media-key-space = Sarari
media-key-play = Kunna ko dakatar
media-key-seek = Baya ko gaba da daƙiƙa 5
media-key-speed = A hankali ko da sauri
media-key-captions = Kunna ko kashe rubutun ƙasa
media-key-fullscreen = Kunna ko kashe cikakken allo
media-transcript = Rubutun magana
media-watched = An kalli { $percent }
media-unsupported = Burauzarku ba za ta iya kunna wannan sauti ko bidiyo ba. Ku gwada wata burauza, ko ku sauke shi:

## Karatu da takarda
reading-end = Ƙarshen karatu
document-download = Sauke PDF ({ $size })
document-download-nosize = Sauke PDF
document-fallback = Burauzarku ba za ta iya nuna PDF a nan ba. Ku sauke shi don ku karanta.
document-not-pdf = { $file } ba fayil ɗin PDF ba ne. Sashen takarda yana nuna fayilolin PDF kaɗai, waɗanda ke farawa da “%PDF-”.

## Jarrabawa
quiz-passing = Kuna buƙatar { $percent } don ku ci nasara.
quiz-attempts-left = { $count ->
    [one] Saura dama ɗaya
   *[other] Saura dama { $count }
}
quiz-attempts-unlimited = Dama marar iyaka
quiz-attempts-used = { $count ->
    [one] Kun yi amfani da damarku guda ɗaya tilo.
   *[other] Kun yi amfani da dukkan damarku { $count }.
}
quiz-question = Tambaya ta { $index }
quiz-true = Gaskiya
quiz-false = Ƙarya
quiz-answer-label = Amsarku
quiz-submit = Miƙa amsoshi
quiz-retry = Sake gwadawa
quiz-score = Makinku: { $score }
quiz-passed = Kun ci nasara — madalla!
quiz-failed = Ba ku ci nasara ba tukuna.
quiz-best = Maki mafi girma zuwa yanzu: { $score }
quiz-correct = Daidai
quiz-incorrect = Ba daidai ba
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Sake dubawa: kowace tambaya tana nuna amsar da ta dace.
quiz-right-answer = Amsar da ta dace

## Aiki mai mu'amala
interactive-title = Aiki mai mu'amala: { $title }
interactive-hint = Ku kammala aikin don gama wannan sashe.

## Ma'ajiya
storage-quota = Ma'ajiyar wannan burauza da aka ware wa manhajar ta cika, don haka ba a iya adana sabon ci gaban karatunku ba. Ku samar da ɗan wuri (ku cire kwasa-kwasan da kuka sauke ko bayanan wasu shafukan yanar gizo a cikin saitunan burauza), sannan ku ci gaba: babu abin da aka adana a baya da ya ɓace.
storage-unavailable = Wannan burauza ba ta barin manhajar ta adana ci gaban karatunku, don haka ana riƙe shi ne kawai har sai kun rufe shafin. Tagogin sirri sukan hana adana bayanai.
storage-write-failed = Ba a iya adana sabon ci gaban karatunku ba tukuna. Ana riƙe shi a wannan shafi, kuma za a adana shi idan kun ɗauki mataki na gaba.

## Bayanan ci gaban karatu
nav-transcript = Ci gaban karatuna
transcript-heading = Ci gaban karatuna
transcript-empty = Ba ku fara wani kwas ba tukuna.
transcript-unit-score = Maki: { $score }
transcript-time-spent = Lokacin da kuka ɗauka: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Sauke a matsayin bayanan xAPI (JSON)
transcript-export-csv = Sauke a matsayin maƙunsar bayanai (CSV)
transcript-reset = Sake saita ci gaban karatuna a wannan kwas
transcript-reset-confirm = Kuna so ku sake saita duk ci gaban karatunku a cikin “{ $course }”? Ba za a iya soke wannan ba.

## Aikawa zuwa ma'ajiyar bayanan karatu (LRS), ana nuna shi a saman shafi da kuma shafin saituna
nav-settings = Saituna
sync-off = An adana a wannan na'ura
sync-off-detail = Ba a haɗa da ma'ajiyar bayanan karatu ba: ci gaban karatunku yana nan a wannan burauza. Ku haɗa ɗaya a cikin saituna don aika abubuwan da kuka kammala zuwa cibiyarku.
sync-done = An aika duka
sync-pending = { $count ->
    [one] Bayani ɗaya yana jira
   *[other] Bayanai { $count } suna jira
}
sync-last-delivery = Aikawa ta ƙarshe: { $date }
sync-error-offline = Ba ku da haɗin intanet. Ana riƙe bayananku, kuma za a aika su idan haɗin ya dawo.
sync-error-unreachable = Ba a iya isa ga ma'ajiyar bayanan karatu ba. Za a sake gwadawa nan ba da jimawa ba; babu abin da ya ɓace.
sync-error-server = Ma'ajiyar bayanan karatu tana da matsala (HTTP { $status }). Za a sake gwadawa nan ba da jimawa ba; babu abin da ya ɓace.
sync-error-unauthorized = Ma'ajiyar bayanan karatu ta ƙi bayanan shigarku. Ku sake shigar da su a cikin saituna; ana riƙe bayananku har zuwa lokacin.
sync-error-not-found = Babu ma'ajiyar bayanan karatu a wannan adireshi. Ku duba adireshin a cikin saituna; ana riƙe bayananku har zuwa lokacin.
sync-error-version = Ma'ajiyar bayanan karatu tana amfani da wata sigar xAPI ({ $detail }). Ku nemi adireshin da ke amfani da xAPI 1.0.3 ko 2.0.0 daga cibiyarku.
sync-error-storage = Ba a iya karanta bayanan da ke jiran aikawa daga ma'ajiyar wannan burauza ba ({ $detail }).
sync-set-aside = { $count ->
    [one] Ma'ajiyar bayanan karatu ta ƙi bayani ɗaya
   *[other] Ma'ajiyar bayanan karatu ta ƙi bayanai { $count }
}
sync-set-aside-detail = Ana riƙe waɗannan bayanai a nan tare da amsar ma'ajiyar, domin ku ko cibiyarku ku ga abin da ya kamata a gyara.
settings-heading = Saituna
settings-lrs-heading = Ma'ajiyar bayanan karatu (LRS)
settings-lrs-intro = Cibiyarku ce ke ba ku waɗannan bayanai domin abubuwan da kuka kammala da makinku su isa cikin bayananta.
settings-lrs-endpoint = Adireshi (xAPI endpoint)
settings-lrs-key = Maɓalli ko sunan mai amfani
settings-lrs-secret = Sirri ko kalmar sirri
settings-lrs-token = Ko alamar shiga (access token)
settings-lrs-name = Sunanku
settings-lrs-email = Adireshin imel ɗinku
settings-lrs-connect = Haɗa
settings-lrs-disconnect = Cire haɗi
settings-lrs-connected = An haɗa da { $endpoint } a matsayin { $who }.
settings-lrs-invalid-endpoint = Ku shigar da adireshin ma'ajiyar bayanan karatu, wanda zai fara da https:// ko http://.
settings-lrs-invalid-email = Ku shigar da adireshin imel ɗinku, domin a adana bayananku da sunanku.
cmi5-unit-needs-worker = Wannan aiki yana buƙatar na'urar kunnawa ta gama girkuwa: sake loda shafin don buɗe shi.
cmi5-exit = Fita
cmi5-exiting = Ana adanawa da komawa…
cmi5-browse = Dubawa: babu abin da kake yi a nan da ake rubutawa.
cmi5-review = Sake dubawa: babu abin da kake yi a nan da ake rubutawa.
cmi5-ended = Wannan zaman ya ƙare. Sake buɗe kwas ɗin daga dandalin koyonka don ƙara rubutawa.
settings-lrs-launch-failed = An buɗe kwas ɗin da shiga wadda ba ta yi aiki ba ({ $detail }). Ku sake buɗe shi daga shafin cibiyarku.

sources-heading = Tushen kwasa-kwasai
sources-intro = Jerin kwasa-kwasai yana haɗa kundayen da ke ƙasa. Kuna iya ƙara kundin wata jami’a ko wani mai samar da kwasa-kwasai ta hanyar adireshinsa; za a ajiye muku shi a wannan na’ura.
sources-site = Wannan shafin ne ya zaɓa
sources-remove = Cire
sources-add-label = Ƙara tushe: adireshin kundinsa
sources-check = Duba
sources-preview = { $count ->
    [one] Kwas ɗaya
   *[other] Kwasa-kwasai { $count }
}
sources-add-confirm = Ƙara wannan tushen
sources-added = An ƙara: kwasa-kwasansa suna cikin jerin kwasa-kwasai yanzu.
sources-removed = An cire: kwasa-kwasansa ba sa cikin jerin kwasa-kwasai kuma.
sources-invalid-url = Ku shigar da adireshin da ya fara da https:// (ko hanya a wannan shafin, kamar /courses/catalog.json).
sources-duplicate = Wannan kundin yana cikin jerin tun tuni.
sources-full = Jerin tushenku ya cika. Ku cire ɗaya domin ƙara wani.

## Abubuwan da ba a tallafa wa ba da kurakurai
unit-needs-newer-player = Wannan sashe yana buƙatar sabuwar sigar manhajar
unit-needs-newer-player-detail = Sashe ne na nau'in “{ $kind }”, wanda wannan sigar Alliance Player ba ta san shi ba tukuna. Sauran kwas ɗin yana aiki; ku tambayi mai bayar da kwas ɗinku ko ku sabunta manhajar.
error-heading = An sami matsala
error-catalog = Ba a iya loda kundin kwasa-kwasai ba.
error-document = Ba za a iya nuna wannan takarda ba.
error-course = Ba a iya buɗe wannan kwas ba.
error-course-not-found = Babu kwas mai suna “{ $course }” a cikin wannan kundi.
error-unit-not-found = Babu sashe mai suna “{ $unit }” a cikin wannan kwas.
error-page-not-found = Wannan shafi ba ya nan.
error-retry = Sake gwadawa
error-part-unavailable = Ba a iya sauke wannan ɓangaren manhajar ba. Ku duba haɗin intanet ɗinku, sannan ku sake gwadawa.
error-what-to-do = Idan matsalar ta ci gaba, ku sanar da mai bayar da kwas abin da aka nuna a sama.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Babu haɗin intanet
offline-indicator-detail = Ba ku da haɗin intanet. Kwasa-kwasan da kuka sauke suna aiki kamar yadda aka saba; ana adana ci gaban karatunku a wannan na'ura, kuma za a aika shi idan kun sake samun haɗin intanet.
update-ready = Sabuwar sigar Alliance Player ta shirya.
update-reload = Sake lodawa don sabuntawa
download-heading = Amfani ba tare da intanet ba
download-course = Sauke don amfani ba tare da intanet ba ({ $size })
download-resume = Ci gaba da saukewa (saura { $size })
download-progress = { $done } cikin { $total } · sassa { $units } cikin { $unitsTotal }
download-cancel = Soke
download-done = An sauke: wannan kwas yana aiki ba tare da intanet ba ({ $size }).
download-remove = Cire abin da aka sauke
download-stored-partly = { $done } cikin { $total } yana kan wannan na'ura tuni.
download-failed = Saukewar ta tsaya: { $detail } Abin da aka riga aka adana yana nan; ku danna “Ci gaba da saukewa” don ku ci gaba.
download-file-mismatch = { $file } bai iso cikakke ba (ana tsammanin { $expected }, an karɓi { $got }).
download-file-failed = Ba a iya sauke { $file } ba ({ $detail }).
download-no-cors = { $host } ba ya barin wannan na'urar kunnawa ta karanta fayilolinsa (ba ya aika kanun CORS), don haka ba za a iya duba su da adana su ba. Dole mai kula da shi ya aika Access-Control-Allow-Origin tare da kowane fayil na kwas.
download-quota = Babu sauran wuri a wannan na'ura don kwas ɗin. Ku samar da ɗan wuri ko ku cire wani abin da aka sauke, sannan ku ci gaba.
download-storage = Wannan burauza tana amfani da { $used } daga cikin { $available } da aka ba ta damar amfani da shi a wannan na'ura.
download-persistent = Abubuwan da aka sauke za su kasance har sai kun cire su.
download-not-persistent = Burauza na iya cire abubuwan da aka sauke idan wurin ajiya ya yi ƙaranci a na'urar.
download-needs-network = Ba ku da haɗin intanet. Ku haɗa da intanet don sauke wannan kwas.
data-saver = Rage amfani da data
data-saver-help = Sauti da bidiyo suna lodawa ne kawai idan kun danna kunnawa, rubutun magana yana zuwa da farko, kuma ana nuna girmansu kusa da su.
media-size = Za a loda { $size }

## Notes and bookmarks
notes-heading = Bayanan kulana
notes-bookmark = Yi wa wannan sashe alama
notes-bookmarked = An yi masa alama
notes-bookmark-moment = Yi wa wannan lokaci alama
notes-note-label = Bayanin kularku kan wannan sashe
notes-save = Ajiye bayanin kula
notes-saved = An ajiye.
notes-delete = Goge
# A moment of a video or audio, e.g. "At 1:05".
notes-at = A { $time }
notes-empty = Babu bayanin kula ko alama a wannan kwas tukuna. Ku yi wa sashe ko wani lokaci na bidiyo alama, sannan ku rubuta bayanin kula a kai.
notes-where = Bayanan kularku suna zama a wannan na'ura, kuma suna isa ma'ajiyar bayanan karatunku idan an haɗa ɗaya.
notes-too-long = Bayanin kula ɗaya ba zai wuce haruffa { $max } ba.
notes-too-many = Wannan kwas ya ɗauki iyakar bayanan kula da zai iya ɗauka: ku goge ɗaya don ƙara wani.

## Accessibility
unit-nav-label = Sashe na baya da na gaba
captions-always = Koyaushe nuna rubutun ƙasa idan bidiyo ko sauti yana da shi (a harshenku idan akwai, idan babu kuma a harshen kwas)
caption-style = Salon rubutun ƙasa
caption-size = Girman rubutu
caption-colour = Launin rubutu
caption-background = Bango
caption-colour-white = Fari
caption-colour-yellow = Rawaya
caption-colour-cyan = Shuɗi mai haske
caption-colour-green = Kore
caption-colour-magenta = Ruwan hoda
caption-colour-black = Baƙi
caption-background-black = Baƙi, rabin bayyane
caption-background-solid-black = Baƙi
caption-background-white = Fari
caption-background-transparent = Babu
caption-background-blue = Shuɗi
caption-preview = Haka rubutun ƙasa zai bayyana.
caption-unreadable = Wannan rubutu yana da wuyar karantawa a kan wannan bango: ku zaɓi wani launi ko wani bango.
launch-other = Wannan mahaɗin zai aika bayanan karatunka zuwa { $endpoint } a matsayin { $who }. Kana haɗe da { $current } a matsayin { $current_who }.
launch-switch = Koma zuwa wannan haɗin
launch-keep = Ci gaba da haɗina

launch-other-learner = Wannan mahaɗin na { $who } ne. Yanzu { $current_who } ne ke amfani da na’urar kunnawa. A koma zuwa { $who }?
launch-switch-learner = Canza ɗalibi

## Learners
learners-heading = Ɗalibai a wannan na’ura
learners-locked = { $name } ne ke amfani da na’urar kunnawa
learner-unnamed = Ni
learner-now = Yana amfani da na’urar kunnawa yanzu
learner-switch = Koma zuwa wannan ɗalibi
learner-rename = Canza suna
learner-name = Suna
learner-save = Ajiye
learner-cancel = Soke
learner-remove = Cire
learner-remove-ask = A cire { $name } daga wannan na’ura? Za a goge ci gabansa, bayanansa da ke jira da saitunansa a wannan na’ura. Kwasa-kwasan da aka sauke za su zauna.
learner-removed = An cire { $name }.
learner-pin = PIN (lambobi huɗu, ba dole ba)
learner-pin-label = PIN
learner-pin-for = PIN na { $name }
learner-pin-new = Sabon PIN (lambobi huɗu)
learner-pin-set = Saita PIN
learner-pin-remove = Cire PIN
learner-pin-open = Ci gaba
learner-pin-note = PIN yana hana masu raba wannan na’ura shiga ci gaban juna. Don sirri ne, ba don tsaro ba.
learner-add-heading = Ƙara ɗalibi
learner-add = Ƙara
learner-added = An ƙara { $name }.
learner-saved = An ajiye.
learner-error-empty = Shigar da suna.
learner-error-long = Wannan suna ya yi tsawo da yawa.
learner-error-taken = Akwai wani mai suna { $name } a wannan na’ura tuni.
learner-error-pin = PIN lambobi huɗu ne daidai.
learner-error-full = Wannan na’ura ba za ta ɗauki ƙarin ɗalibai ba. Cire ɗaya tukuna.
learner-error-unknown = Ba a iya canza jerin ɗalibai ba. Sake loda shafin ka sake gwadawa.
learner-error-wrong-pin = Wannan PIN ba daidai ba ne.
signout-ask = { $count ->
    [one] Bayani ɗaya bai tafi ba tukuna.
   *[other] Bayanai { $count } ba su tafi ba tukuna.
}
signout-keep = { $count ->
    [one] Ajiye bayanin da ke jira har sai na sake haɗawa
   *[other] Ajiye bayanai { $count } da ke jira har sai na sake haɗawa
}
signout-discard = { $count ->
    [one] Jefar da shi
   *[other] Jefar da su
}
