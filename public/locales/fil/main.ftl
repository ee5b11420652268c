# Alliance Player interface strings — Filipino
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".
# Note: in Filipino the CLDR [one] category covers 1, 2, 3, 5, 7, 8, 10… (only numbers ending in 4, 6, 9 are
# [other]), so every [one] variant shows { $count }; the exact [1] variant is the only one meaning "one".
# "Unit" is translated as "aralin" throughout.

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Filipino
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Lumaktaw sa nilalaman
# In the header where the browser offers to install the player as an app.
install-app = I-install ang app
install-app-hint = I-install ang Alliance Player sa device na ito: bubukas ito mula sa mga app mo, sa sarili nitong window, kahit offline.
nav-catalog = Mga kurso
loading = Naglo-load…

## Languages
language-picker-label = Wika ng interface
language-picker-search = Maghanap ng wika
language-picker-none = Walang wikang tumutugma sa hinahanap mo.
content-language-label = Wika ng kurso
content-language-auto = Kapareho ng interface
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = Nasa { $language }

## Catalogue
catalog-heading = Katalogo ng mga kurso
catalog-search-label = Maghanap ng mga kurso
catalog-search-placeholder = Pamagat, paksa o tagapagbigay
catalog-more = Magpakita ng higit pang kurso
catalog-earlier = Ipakita ang mga naunang kurso
catalog-loading-more = Naghahanap pa sa ibang mga kurso…
catalog-language-label = Wika
catalog-language-any = Lahat ng wika
catalog-count = { $count ->
    [0] Walang tumutugmang kurso.
    [one] { $count } kurso
   *[other] { $count } kurso
}
catalog-empty = Walang kursong tumutugma sa hinahanap mo. Sumubok ng ibang salita o piliin ang lahat ng wika.
catalog-rejected = { $count ->
    [one] Hindi mailista ang { $count } kurso sa katalogong ito:
   *[other] Hindi mailista ang { $count } kurso sa katalogong ito:
}
catalog-source-notice = May mga kursong wala sa listahang ito:
catalog-source-unreachable = Hindi maabot ang { $source }: maaaring sira ang site, o hindi nito pinapayagan ang player na ito na basahin ang mga kurso nito.
catalog-source-status = Sumagot ng error ang { $source } (HTTP { $status }).
catalog-source-too-large = Mas malaki ang { $source } kaysa { $limit }, ang pinakamalaking binabasa ng player na ito para sa isang katalogo.
catalog-source-invalid = Ang { $source } ay hindi katalogo ng mga kurso na mababasa ng player na ito: { $detail }
catalog-source-left-out = Hindi isinama ang “{ $course }” mula sa { $source }: may ibang kurso nang gumagamit ng address nito, /course/{ $id }.
course-provider = Mula sa { $provider }
course-languages = Mga wika: { $languages }
course-size = Laki ng download: { $size }
course-open = Buksan ang kurso
course-continue = Ituloy
course-progress = Natapos: { $percent }

## Course
course-outline = Balangkas ng kurso
outline-show-earlier = Ipakita ang mga naunang aralin ({ $count } nakatago)
outline-show-later = Ipakita ang mga susunod na aralin ({ $count } nakatago)
course-start = Simulan ang kurso
course-units = { $count ->
    [one] { $count } aralin
   *[other] { $count } aralin
}
unit-ordinal = Aralin { $index } ng { $total }
unit-state-not-started = Hindi pa nasisimulan
unit-state-in-progress = Kasalukuyang ginagawa
unit-state-completed = Tapos na
unit-state-passed = Pumasa
unit-state-failed = Hindi pa pumapasa
unit-kind-video = Video
unit-kind-audio = Audio
unit-kind-reading = Babasahin
unit-kind-quiz = Quiz
unit-kind-document = Dokumento
unit-kind-interactive = Aktibidad
unit-kind-unknown = Bagong uri ng aralin
unit-previous = Nakaraan
unit-next = Susunod
unit-mark-done = Markahan bilang tapos na
unit-done = Tapos na
back-to-catalog = Lahat ng kurso
course-search-label = Maghanap sa kursong ito
course-search-count = { $count ->
    [0] Walang resulta
    [one] { $count } resulta
   *[other] { $count } resulta
}
course-search-more = { $count ->
    [one] Ang unang { $count } resulta lang ang ipinapakita; magdagdag ng salita para paliitin ang paghahanap.
   *[other] Ang unang { $count } resulta lang ang ipinapakita; magdagdag ng salita para paliitin ang paghahanap.
}
course-search-subtitles = Hinahanap din sa mga subtitle…
course-search-incomplete = Hindi mahanapan ang ilang subtitle.
course-search-in-title = Pamagat
course-search-in-reading = Babasahin
course-search-in-transcript = Transcript
course-search-in-subtitle = Subtitle sa { $time }
course-search-in-quiz = Tanong sa quiz

## Media
media-speed = Bilis
media-subtitles = Subtitle
media-subtitles-off = Naka-off
media-subtitles-second = Pangalawang subtitle
media-fullscreen = Full screen
media-fullscreen-exit = Lumabas sa full screen
media-shortcuts = Mga keyboard shortcut
media-shortcuts-hint = Habang naka-focus ang video o audio player:
# The name of the space bar key, as printed on keyboards.
media-key-space = Space
media-key-play = I-play o i-pause
media-key-seek = Umatras o umabante nang 5 segundo
media-key-speed = Bagalan o bilisan
media-key-captions = I-on o i-off ang subtitle
media-key-fullscreen = I-on o i-off ang full screen
media-transcript = Transcript
media-watched = Napanood: { $percent }
media-unsupported = Hindi ma-play ng browser mo ang media na ito. Sumubok ng ibang browser, o i-download ito:

## Reading and document
reading-end = Katapusan ng babasahin
document-download = I-download ang PDF ({ $size })
document-download-nosize = I-download ang PDF
document-fallback = Hindi maipakita rito ng browser mo ang mga PDF. I-download ito para mabasa.
document-not-pdf = Hindi PDF file ang { $file }. PDF file lang ang ipinapakita ng isang unit na dokumento, na nagsisimula sa “%PDF-”.

## Quiz
quiz-passing = Kailangan mo ng { $percent } para pumasa.
quiz-attempts-left = { $count ->
    [one] { $count } pagsubok na lang ang natitira
   *[other] { $count } pagsubok na lang ang natitira
}
quiz-attempts-unlimited = Walang limitasyon ang pagsubok
quiz-attempts-used = { $count ->
    [1] Nagamit mo na ang nag-iisa mong pagsubok.
    [one] Nagamit mo na ang lahat ng { $count } pagsubok.
   *[other] Nagamit mo na ang lahat ng { $count } pagsubok.
}
quiz-question = Tanong { $index }
quiz-true = Tama
quiz-false = Mali
quiz-answer-label = Ang sagot mo
quiz-submit = Isumite ang mga sagot
quiz-retry = Subukan ulit
quiz-score = Ang score mo: { $score }
quiz-passed = Pumasa ka — magaling!
quiz-failed = Hindi ka pa pumapasa.
quiz-best = Pinakamataas na score sa ngayon: { $score }
quiz-correct = Tama ang sagot
quiz-incorrect = Mali ang sagot
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Pagrerepaso: ipinapakita ng bawat tanong ang tamang sagot.
quiz-right-answer = Tamang sagot

## Interactive
interactive-title = Interactive na aktibidad: { $title }
interactive-hint = Tapusin ang aktibidad para makumpleto ang araling ito.

## Storage
storage-quota = Puno na ang storage ng browser na ito para sa player, kaya hindi na-save ang pinakabago mong progreso. Magbakante ng kaunting espasyo (alisin ang mga na-download na kurso o ang data ng ibang site sa settings ng browser), saka ituloy: walang nawala sa mga na-save dati.
storage-unavailable = Hindi pinapayagan ng browser na ito ang player na i-save ang progreso mo, kaya nakatabi lang ito hanggang isara mo ang pahina. Madalas na bina-block ng mga private window ang storage.
storage-write-failed = Hindi pa na-save ang pinakabago mong progreso. Nakatabi ito sa pahinang ito at mase-save sa susunod mong hakbang.

## Transcript (the learner's record of progress)
nav-transcript = Ang progreso ko
transcript-heading = Ang progreso ko
transcript-empty = Hindi ka pa nagsisimula ng kahit anong kurso.
transcript-unit-score = Score: { $score }
transcript-time-spent = Oras na ginugol: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = I-download bilang mga xAPI statement (JSON)
transcript-export-csv = I-download bilang spreadsheet (CSV)
transcript-reset = I-reset ang progreso ko sa kursong ito
transcript-reset-confirm = I-reset ang lahat ng progreso mo sa “{ $course }”? Hindi na ito maibabalik.

## Pagpapadala sa learning record store (LRS), makikita sa header at sa pahina ng settings
nav-settings = Settings
sync-off = Naka-save sa device na ito
sync-off-detail = Hindi nakakonekta sa learning record store: nananatili sa browser na ito ang progreso mo. Magkonekta ng isa sa settings para maipadala sa institusyon mo ang mga natapos mo.
sync-done = Naipadala na lahat
sync-pending = { $count ->
    [one] { $count } record ang naghihintay
   *[other] { $count } record ang naghihintay
}
sync-last-delivery = Huling naipadala: { $date }
sync-error-offline = Offline ka. Nakatabi ang mga record mo at ipapadala ang mga ito kapag bumalik ang koneksyon.
sync-error-unreachable = Hindi maabot ang learning record store. Susubukan ulit maya-maya; walang nawawala.
sync-error-server = May problema ang learning record store (HTTP { $status }). Susubukan ulit maya-maya; walang nawawala.
sync-error-unauthorized = Tinanggihan ng learning record store ang mga credential mo. Ilagay ulit ang mga ito sa settings; nakatabi ang mga record mo hanggang doon.
sync-error-not-found = Walang learning record store sa address na ito. Tingnan ang address sa settings; nakatabi ang mga record mo hanggang doon.
sync-error-version = Ibang bersyon ng xAPI ang gamit ng learning record store ({ $detail }). Humingi sa institusyon mo ng address na gumagamit ng xAPI 1.0.3 o 2.0.0.
sync-error-storage = Hindi mabasa mula sa storage ng browser na ito ang mga record na naghihintay maipadala ({ $detail }).
sync-set-aside = { $count ->
    [one] { $count } record ang tinanggihan ng learning record store
   *[other] { $count } record ang tinanggihan ng learning record store
}
sync-set-aside-detail = Nakatabi rito ang mga record na ito kasama ang sagot ng store, para makita mo o ng institusyon mo kung ano ang dapat itama.
settings-heading = Settings
settings-lrs-heading = Learning record store (LRS)
settings-lrs-intro = Ibinibigay ng institusyon mo ang mga detalyeng ito para makarating sa mga record nila ang mga natapos mo at ang mga score mo.
settings-lrs-endpoint = Address (xAPI endpoint)
settings-lrs-key = Key o user name
settings-lrs-secret = Secret o password
settings-lrs-token = O isang access token
settings-lrs-name = Ang pangalan mo
settings-lrs-email = Ang e-mail address mo
settings-lrs-connect = Kumonekta
settings-lrs-disconnect = Idiskonekta
settings-lrs-connected = Nakakonekta sa { $endpoint } bilang { $who }.
settings-lrs-invalid-endpoint = Ilagay ang address ng learning record store, na nagsisimula sa https:// o http://.
settings-lrs-invalid-email = Ilagay ang e-mail address mo, para maitala sa pangalan mo ang mga record mo.
cmi5-unit-needs-worker = Kailangang matapos ang pag-install ng player para sa aktibidad na ito: i-reload ang page para mabuksan ito.
cmi5-exit = Lumabas
cmi5-exiting = Sine-save at bumabalik…
cmi5-browse = Pagba-browse: walang naitatala sa ginagawa mo rito.
cmi5-review = Pagrerepaso: walang naitatala sa ginagawa mo rito.
cmi5-ended = Natapos na ang session na ito. Buksan muli ang kurso mula sa iyong learning platform para makapagtala pa.
settings-lrs-launch-failed = Binuksan ang kurso gamit ang sign-in na hindi gumana ({ $detail }). Buksan itong muli mula sa site ng institusyon mo.

sources-heading = Mga pinagmulan ng kurso
sources-intro = Pinagsasama ng listahan ng mga kurso ang mga katalogo sa ibaba. Maaari kang magdagdag ng katalogo ng ibang unibersidad o provider ng kurso gamit ang address nito; itatabi ito para sa iyo, sa device na ito.
sources-site = Pinili ng site na ito
sources-remove = Alisin
sources-add-label = Magdagdag ng pinagmulan: ang address ng katalogo nito
sources-check = Suriin
sources-preview = { $count ->
    [one] { $count } kurso
   *[other] { $count } kurso
}
sources-add-confirm = Idagdag ang pinagmulang ito
sources-added = Naidagdag na: nasa listahan ng mga kurso na ang mga kurso nito.
sources-removed = Naalis na: wala na sa listahan ng mga kurso ang mga kurso nito.
sources-invalid-url = Maglagay ng address na nagsisimula sa https:// (o isang path sa site na ito, gaya ng /courses/catalog.json).
sources-duplicate = Nasa listahan na ang katalogong ito.
sources-full = Puno na ang listahan mo ng mga pinagmulan. Mag-alis ng isa para makapagdagdag ng iba.

## Unsupported and errors
unit-needs-newer-player = Kailangan ng araling ito ang mas bagong bersyon ng player
unit-needs-newer-player-detail = Isa itong araling “{ $kind }”, na hindi pa kilala ng bersyong ito ng Alliance Player. Gumagana ang natitirang bahagi ng kurso; magtanong sa nagbibigay ng kurso o i-update ang player.
error-heading = May nangyaring mali
error-catalog = Hindi ma-load ang katalogo ng mga kurso.
error-document = Hindi maipakita ang dokumentong ito.
error-course = Hindi mabuksan ang kursong ito.
error-course-not-found = Walang kursong “{ $course }” sa katalogong ito.
error-unit-not-found = Walang araling “{ $unit }” sa kursong ito.
error-page-not-found = Hindi umiiral ang pahinang ito.
error-retry = Subukan ulit
error-part-unavailable = Hindi ma-download ang bahaging ito ng player. Tingnan ang koneksyon mo, saka subukan ulit.
error-what-to-do = Kung magpapatuloy ang problema, ipaalam sa nagbibigay ng kurso ang nakikita sa itaas.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Offline
offline-indicator-detail = Offline ka. Gumagana pa rin gaya ng dati ang mga na-download na kurso; naka-save sa device na ito ang progreso mo at ipapadala ito kapag online ka na ulit.
update-ready = Handa na ang bagong bersyon ng Alliance Player.
update-reload = I-reload para mag-update
download-heading = Paggamit nang offline
download-course = I-download para magamit nang offline ({ $size })
download-resume = Ituloy ang pag-download ({ $size } pa ang natitira)
download-progress = { $done } ng { $total } · { $units } ng { $unitsTotal } aralin
download-cancel = Kanselahin
download-done = Na-download na: gumagana nang offline ang kursong ito ({ $size }).
download-remove = Alisin ang download
download-stored-partly = Nasa device na ito na ang { $done } ng { $total }.
download-failed = Huminto ang pag-download: { $detail } Nakatabi pa rin ang mga na-store na; pindutin ang “Ituloy ang pag-download” para magpatuloy.
download-file-mismatch = Hindi buo ang dumating na { $file } (inaasahan: { $expected }, natanggap: { $got }).
download-file-failed = Hindi ma-download ang { $file } ({ $detail }).
download-no-cors = Hindi pinapayagan ng { $host } ang player na ito na basahin ang mga file nito (wala itong ipinapadalang CORS header), kaya hindi masuri at maimbak ang mga ito. Dapat magpadala ang administrator nito ng Access-Control-Allow-Origin kasama ng bawat file ng kurso.
download-quota = Wala nang espasyo sa device na ito para sa kurso. Magbakante ng kaunting espasyo o mag-alis ng ibang download, saka ituloy.
download-storage = Gumagamit ang browser na ito ng { $used } sa { $available } na puwede nitong gamitin sa device na ito.
download-persistent = Mananatili ang mga download hanggang alisin mo ang mga ito.
download-not-persistent = Puwedeng alisin ng browser ang mga download kapag kinapos na sa espasyo ang device.
download-needs-network = Offline ka. Kumonekta sa internet para ma-download ang kursong ito.
data-saver = Data saver
data-saver-help = Naglo-load lang ang media kapag pinindot mo ang play, unang lumalabas ang mga transcript, at makikita ang laki sa tabi ng media.
media-size = { $size } ang ilo-load

## Notes and bookmarks
notes-heading = Mga tala ko
notes-bookmark = I-bookmark ang araling ito
notes-bookmarked = Naka-bookmark
notes-bookmark-moment = I-bookmark ang sandaling ito
notes-note-label = Ang tala mo sa araling ito
notes-save = I-save ang tala
notes-saved = Na-save.
notes-delete = Burahin
# A moment of a video or audio, e.g. "At 1:05".
notes-at = Sa { $time }
notes-empty = Wala pang tala o bookmark sa kursong ito. Mag-bookmark ng aralin o ng isang sandali sa video, at sumulat ng tala tungkol dito.
notes-where = Nananatili sa device na ito ang mga tala mo, at nakakarating ang mga ito sa learning record store mo kapag may nakakonekta.
notes-too-long = Hanggang { $max } character lang ang puwede sa isang tala.
notes-too-many = Puno na ng tala ang kursong ito: magbura ng isa para makapagdagdag ng iba.

## Accessibility
unit-nav-label = Nakaraan at susunod na aralin
captions-always = Ipakita ang subtitle tuwing mayroon nito ang video o audio (sa wika mo kung mayroon, kung wala ay sa wika ng kurso)
caption-style = Istilo ng subtitle
caption-size = Laki ng teksto
caption-colour = Kulay ng teksto
caption-background = Background
caption-colour-white = Puti
caption-colour-yellow = Dilaw
caption-colour-cyan = Cyan
caption-colour-green = Berde
caption-colour-magenta = Magenta
caption-colour-black = Itim
caption-background-black = Itim, medyo naaaninag
caption-background-solid-black = Itim
caption-background-white = Puti
caption-background-transparent = Wala
caption-background-blue = Asul
caption-preview = Ganito ang magiging hitsura ng mga subtitle.
caption-unreadable = Mahirap basahin ang tekstong ito sa background na ito: pumili ng ibang kulay o background.
launch-other = Ipapadala ng link na ito ang iyong mga tala ng pag-aaral sa { $endpoint } bilang { $who }. Nakakonekta ka sa { $current } bilang { $current_who }.
launch-switch = Lumipat sa koneksyong ito
launch-keep = Panatilihin ang aking koneksyon

launch-other-learner = Para kay { $who } ang link na ito. Si { $current_who } ang gumagamit ng player ngayon. Lumipat kay { $who }?
launch-switch-learner = Palitan ang mag-aaral

## Learners
learners-heading = Mga mag-aaral sa device na ito
learners-locked = Si { $name } ang gumagamit ng player
learner-unnamed = Ako
learner-now = Gumagamit ng player ngayon
learner-switch = Lumipat sa mag-aaral na ito
learner-rename = Palitan ang pangalan
learner-name = Pangalan
learner-save = I-save
learner-cancel = Kanselahin
learner-remove = Alisin
learner-remove-ask = Alisin si { $name } sa device na ito? Mabubura ang kanyang progreso, mga naghihintay na record at mga setting sa device na ito. Mananatili ang mga na-download na kurso.
learner-removed = Naalis na si { $name }.
learner-pin = PIN (apat na digit, opsyonal)
learner-pin-label = PIN
learner-pin-for = PIN ni { $name }
learner-pin-new = Bagong PIN (apat na digit)
learner-pin-set = Magtakda ng PIN
learner-pin-remove = Alisin ang PIN
learner-pin-open = Magpatuloy
learner-pin-note = Pinipigilan ng PIN ang mga naghahati sa device na ito na pumasok sa progreso ng isa’t isa. Para ito sa privacy, hindi sa seguridad.
learner-add-heading = Magdagdag ng mag-aaral
learner-add = Idagdag
learner-added = Naidagdag na si { $name }.
learner-saved = Na-save.
learner-error-empty = Maglagay ng pangalan.
learner-error-long = Masyadong mahaba ang pangalang ito.
learner-error-taken = May { $name } na sa device na ito.
learner-error-pin = Eksaktong apat na digit ang PIN.
learner-error-full = Wala nang puwang para sa mas maraming mag-aaral sa device na ito. Mag-alis muna ng isa.
learner-error-unknown = Hindi mabago ang listahan ng mga mag-aaral. I-reload ang page at subukang muli.
learner-error-wrong-pin = Mali ang PIN na iyan.
signout-ask = { $count ->
    [one] { $count } record ang hindi pa naipapadala.
   *[other] { $count } na record ang hindi pa naipapadala.
}
signout-keep = { $count ->
    [one] Itabi ang naghihintay na record para sa susunod kong pagkonekta
   *[other] Itabi ang { $count } na naghihintay na record para sa susunod kong pagkonekta
}
signout-discard = { $count ->
    [one] Itapon ito
   *[other] Itapon ang mga ito
}
