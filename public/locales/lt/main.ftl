# Alliance Player interface strings — Lietuvių
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Lietuvių
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Pereiti prie turinio
# In the header where the browser offers to install the player as an app.
install-app = Įdiegti programėlę
install-app-hint = Įdiekite Alliance Player šiame įrenginyje: jis atsidarys iš jūsų programėlių atskirame lange ir veiks net be ryšio.
nav-catalog = Kursai
loading = Įkeliama…

## Languages
language-picker-label = Sąsajos kalba
language-picker-search = Ieškoti kalbos
language-picker-none = Pagal jūsų paiešką kalbų nerasta.
content-language-label = Kurso kalba
content-language-auto = Kaip sąsajos
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = Kalba: { $language }

## Catalogue
catalog-heading = Kursų katalogas
catalog-search-label = Ieškoti kursų
catalog-search-placeholder = Pavadinimas, tema arba teikėjas
catalog-more = Rodyti daugiau kursų
catalog-earlier = Rodyti ankstesnius kursus
catalog-loading-more = Ieškoma tarp kitų kursų…
catalog-language-label = Kalba
catalog-language-any = Visos kalbos
catalog-count = { $count ->
    [0] Tinkamų kursų nėra.
    [one] { $count } kursas
    [few] { $count } kursai
   *[other] { $count } kursų
}
catalog-empty = Pagal jūsų paiešką kursų nerasta. Pabandykite kitą žodį arba pasirinkite visas kalbas.
catalog-rejected = { $count ->
    [one] Nepavyko parodyti { $count } šio katalogo kurso:
    [few] Nepavyko parodyti { $count } šio katalogo kursų:
   *[other] Nepavyko parodyti { $count } šio katalogo kursų:
}
# A site's catalogue and the learner's own can be several; one that fails is named here, the others still show.
# $source is a catalogue's title or its address; $id is a course's short name, as in its address /course/{ $id }.
catalog-source-notice = Šiame sąraše trūksta kai kurių kursų:
catalog-source-unreachable = Nepavyko pasiekti šaltinio { $source }: galbūt svetainė neveikia arba neleidžia šiam grotuvui skaityti savo kursų.
catalog-source-status = Šaltinis { $source } grąžino klaidą (HTTP { $status }).
catalog-source-too-large = Šaltinis { $source } didesnis nei { $limit } – tiek daugiausia šis grotuvas nuskaito iš vieno katalogo.
catalog-source-invalid = Šaltinis { $source } nėra kursų katalogas, kurį šis grotuvas galėtų nuskaityti: { $detail }
catalog-source-left-out = Kursas „{ $course }“ iš šaltinio { $source } praleistas: jo adresą, /course/{ $id }, jau turi kitas kursas.
course-provider = Teikėjas: { $provider }
course-languages = Kalbos: { $languages }
course-size = Atsisiuntimo dydis: { $size }
course-open = Atidaryti kursą
course-continue = Tęsti
course-progress = Atlikta: { $percent }

## Course
course-outline = Kurso turinys
outline-show-earlier = Rodyti ankstesnes pamokas (paslėpta: { $count })
outline-show-later = Rodyti tolesnes pamokas (paslėpta: { $count })
course-start = Pradėti kursą
course-units = { $count ->
    [one] { $count } pamoka
    [few] { $count } pamokos
   *[other] { $count } pamokų
}
unit-ordinal = Pamoka { $index } iš { $total }
unit-state-not-started = Nepradėta
unit-state-in-progress = Vykdoma
unit-state-completed = Baigta
unit-state-passed = Išlaikyta
unit-state-failed = Dar neišlaikyta
unit-kind-video = Vaizdo įrašas
unit-kind-audio = Garso įrašas
unit-kind-reading = Skaitinys
unit-kind-quiz = Testas
unit-kind-document = Dokumentas
unit-kind-interactive = Užduotis
unit-kind-unknown = Naujo tipo pamoka
unit-previous = Ankstesnė
unit-next = Kita
unit-mark-done = Pažymėti kaip atliktą
unit-done = Atlikta
back-to-catalog = Visi kursai
# Search inside the course, above the outline. $time is a position in a video or audio, e.g. "1:05".
course-search-label = Ieškoti šiame kurse
course-search-count = { $count ->
    [0] Rezultatų nėra
    [one] { $count } rezultatas
    [few] { $count } rezultatai
   *[other] { $count } rezultatų
}
course-search-more = { $count ->
    [1] Rodomas tik pirmasis rezultatas; įveskite daugiau žodžių, kad susiaurintumėte paiešką.
    [one] Rodomas tik { $count } pirmasis rezultatas; įveskite daugiau žodžių, kad susiaurintumėte paiešką.
    [few] Rodomi tik { $count } pirmieji rezultatai; įveskite daugiau žodžių, kad susiaurintumėte paiešką.
   *[other] Rodoma tik { $count } pirmųjų rezultatų; įveskite daugiau žodžių, kad susiaurintumėte paiešką.
}
course-search-subtitles = Ieškoma ir subtitruose…
course-search-incomplete = Kai kuriuose subtitruose ieškoti nepavyko.
course-search-in-title = Pavadinimas
course-search-in-reading = Skaitinys
course-search-in-transcript = Transkripcija
course-search-in-subtitle = Subtitrai, { $time }
course-search-in-quiz = Testo klausimas

## Media
media-speed = Greitis
media-subtitles = Subtitrai
media-subtitles-off = Išjungti
media-subtitles-second = Antrieji subtitrai
media-fullscreen = Visas ekranas
media-fullscreen-exit = Išeiti iš viso ekrano režimo
media-shortcuts = Spartieji klavišai
media-shortcuts-hint = Kai vaizdo ar garso grotuvas yra aktyvus:
# The name of the space bar key, as printed on keyboards.
media-key-space = Tarpas
media-key-play = Leisti arba pristabdyti
media-key-seek = 5 sekundes atgal arba pirmyn
media-key-speed = Lėčiau arba greičiau
media-key-captions = Įjungti arba išjungti subtitrus
media-key-fullscreen = Įjungti arba išjungti viso ekrano režimą
media-transcript = Transkripcija
media-watched = Peržiūrėta: { $percent }
media-unsupported = Jūsų naršyklė negali paleisti šio failo. Išbandykite kitą naršyklę arba atsisiųskite failą:

## Reading and document
reading-end = Skaitinio pabaiga
document-download = Atsisiųsti PDF ({ $size })
document-download-nosize = Atsisiųsti PDF
document-fallback = Jūsų naršyklė čia negali rodyti PDF failų. Atsisiųskite failą, kad jį perskaitytumėte.
document-not-pdf = { $file } nėra PDF failas. Dokumento pamokoje rodomi tik PDF failai, kurie prasideda „%PDF-“.

## Quiz
quiz-passing = Kad išlaikytumėte, reikia surinkti { $percent }.
quiz-attempts-left = { $count ->
    [one] Liko { $count } bandymas
    [few] Liko { $count } bandymai
   *[other] Liko { $count } bandymų
}
quiz-attempts-unlimited = Bandymų skaičius neribojamas
quiz-attempts-used = { $count ->
    [1] Išnaudojote vienintelį bandymą.
    [one] Išnaudojote visus bandymus ({ $count }).
    [few] Išnaudojote visus { $count } bandymus.
   *[other] Išnaudojote visus { $count } bandymų.
}
quiz-question = Klausimas { $index }
quiz-true = Tiesa
quiz-false = Netiesa
quiz-answer-label = Jūsų atsakymas
quiz-submit = Pateikti atsakymus
quiz-retry = Bandyti dar kartą
quiz-score = Jūsų rezultatas: { $score }
quiz-passed = Išlaikyta – puiku!
quiz-failed = Dar neišlaikyta.
quiz-best = Geriausias rezultatas: { $score }
quiz-correct = Teisingai
quiz-incorrect = Neteisingai
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Peržiūra: prie kiekvieno klausimo rodomas teisingas atsakymas.
quiz-right-answer = Teisingas atsakymas

## Interactive
interactive-title = Interaktyvi užduotis: { $title }
interactive-hint = Atlikite užduotį, kad užbaigtumėte šią pamoką.

## Storage
storage-quota = Naršyklės saugykla, skirta grotuvui, pilna, todėl naujausios jūsų pažangos išsaugoti nepavyko. Atlaisvinkite vietos (naršyklės nustatymuose pašalinkite atsisiųstus kursus arba kitų svetainių duomenis) ir tęskite: tai, kas išsaugota anksčiau, neprarasta.
storage-unavailable = Ši naršyklė neleidžia grotuvui išsaugoti jūsų pažangos, todėl ji laikoma tik tol, kol uždarysite puslapį. Privačiuose languose duomenų saugoti dažnai neleidžiama.
storage-write-failed = Naujausios jūsų pažangos kol kas išsaugoti nepavyko. Ji laikoma šiame puslapyje ir bus išsaugota atlikus kitą veiksmą.

## Transcript (the learner's record of progress)
nav-transcript = Mano pažanga
transcript-heading = Mano pažanga
transcript-empty = Dar nepradėjote nė vieno kurso.
transcript-unit-score = Rezultatas: { $score }
transcript-time-spent = Sugaišta laiko: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Atsisiųsti kaip xAPI teiginius (JSON)
transcript-export-csv = Atsisiųsti kaip skaičiuoklę (CSV)
transcript-reset = Išvalyti mano pažangą šiame kurse
transcript-reset-confirm = Išvalyti visą jūsų pažangą kurse „{ $course }“? To nebus galima atšaukti.

## Delivery to the learning record store (LRS), shown in the header and on the settings page
nav-settings = Nustatymai
sync-off = Išsaugota šiame įrenginyje
sync-off-detail = Neprisijungta prie mokymosi įrašų saugyklos: jūsų pažanga lieka šioje naršyklėje. Prijunkite saugyklą nustatymuose, kad jūsų įstaiga gautų duomenis apie tai, ką baigėte.
sync-done = Viskas išsiųsta
sync-pending = { $count ->
    [one] { $count } įrašas laukia siuntimo
    [few] { $count } įrašai laukia siuntimo
   *[other] { $count } įrašų laukia siuntimo
}
sync-last-delivery = Paskutinis siuntimas: { $date }
sync-error-offline = Nėra interneto ryšio. Jūsų įrašai saugomi ir bus išsiųsti, kai ryšys atsikurs.
sync-error-unreachable = Nepavyko pasiekti mokymosi įrašų saugyklos. Netrukus bandysime dar kartą; niekas neprarasta.
sync-error-server = Mokymosi įrašų saugykloje kilo problema (HTTP { $status }). Netrukus bandysime dar kartą; niekas neprarasta.
sync-error-unauthorized = Mokymosi įrašų saugykla nepriėmė jūsų prisijungimo duomenų. Įveskite juos nustatymuose iš naujo; iki tol jūsų įrašai saugomi.
sync-error-not-found = Šiuo adresu mokymosi įrašų saugyklos nėra. Patikrinkite adresą nustatymuose; iki tol jūsų įrašai saugomi.
sync-error-version = Mokymosi įrašų saugykla naudoja kitą xAPI versiją ({ $detail }). Paprašykite savo įstaigos adreso, kuris palaiko xAPI 1.0.3 arba 2.0.0.
sync-error-storage = Nepavyko nuskaityti siuntimo laukiančių įrašų iš šios naršyklės saugyklos ({ $detail }).
sync-set-aside = { $count ->
    [one] Mokymosi įrašų saugykla atmetė { $count } įrašą
    [few] Mokymosi įrašų saugykla atmetė { $count } įrašus
   *[other] Mokymosi įrašų saugykla atmetė { $count } įrašų
}
sync-set-aside-detail = Šie įrašai laikomi čia kartu su saugyklos atsakymu, kad jūs arba jūsų įstaiga matytumėte, ką reikia pataisyti.
settings-heading = Nustatymai
settings-lrs-heading = Mokymosi įrašų saugykla
settings-lrs-intro = Šiuos duomenis jums suteikia jūsų įstaiga, kad jūsų baigtos veiklos ir rezultatai patektų į jos įrašus.
settings-lrs-endpoint = Adresas (xAPI galinis taškas)
settings-lrs-key = Raktas arba naudotojo vardas
settings-lrs-secret = Slaptasis raktas arba slaptažodis
settings-lrs-token = Arba prieigos žetonas
settings-lrs-name = Jūsų vardas
settings-lrs-email = Jūsų el. pašto adresas
settings-lrs-connect = Prijungti
settings-lrs-disconnect = Atjungti
settings-lrs-connected = Prijungta prie { $endpoint } kaip { $who }.
settings-lrs-invalid-endpoint = Įveskite mokymosi įrašų saugyklos adresą, prasidedantį https:// arba http://.
settings-lrs-invalid-email = Įveskite savo el. pašto adresą, kad įrašai būtų saugomi jūsų vardu.
cmi5-unit-needs-worker = Šiai užduočiai reikia, kad grotuvas baigtų diegtis: įkelkite puslapį iš naujo, kad ją atidarytumėte.
cmi5-exit = Išeiti
cmi5-exiting = Išsaugoma ir grįžtama…
cmi5-browse = Naršymas: niekas, ką čia darote, neįrašoma.
cmi5-review = Peržiūra: niekas, ką čia darote, neįrašoma.
cmi5-ended = Šis seansas baigėsi. Norėdami įrašyti daugiau, vėl atidarykite kursą savo mokymosi platformoje.
settings-lrs-launch-failed = Kursas buvo atidarytas su neveikiančiais prisijungimo duomenimis ({ $detail }). Atidarykite jį dar kartą iš savo įstaigos svetainės.

## Course sources (settings): the catalogues whose courses the course list shows
sources-heading = Kursų šaltiniai
sources-intro = Kursų sąraše sujungti toliau pateikti katalogai. Galite pridėti kito universiteto ar kursų teikėjo katalogą pagal jo adresą; jis bus išsaugotas jums, šiame įrenginyje.
sources-site = Pasirinkta šios svetainės
sources-remove = Pašalinti
sources-add-label = Pridėti šaltinį: jo katalogo adresas
sources-check = Patikrinti
# The number of courses in the catalogue the learner is about to add.
sources-preview = { $count ->
    [one] { $count } kursas
    [few] { $count } kursai
   *[other] { $count } kursų
}
sources-add-confirm = Pridėti šį šaltinį
sources-added = Pridėta: šio šaltinio kursai jau yra kursų sąraše.
sources-removed = Pašalinta: šio šaltinio kursai kursų sąraše nebebus rodomi.
sources-invalid-url = Įveskite adresą, prasidedantį https:// (arba kelią šioje svetainėje, pvz., /courses/catalog.json).
sources-duplicate = Šis katalogas jau yra sąraše.
sources-full = Jūsų šaltinių sąrašas pilnas. Pašalinkite vieną, kad galėtumėte pridėti kitą.

## Unsupported and errors
unit-needs-newer-player = Šiai pamokai reikia naujesnio grotuvo
unit-needs-newer-player-detail = Tai „{ $kind }“ tipo pamoka, kurios ši Alliance Player versija dar nepažįsta. Likusi kurso dalis veikia; kreipkitės į kurso teikėją arba atnaujinkite grotuvą.
error-heading = Kažkas nepavyko
error-catalog = Nepavyko įkelti kursų katalogo.
error-document = Šio dokumento parodyti negalima.
error-course = Nepavyko atidaryti šio kurso.
error-course-not-found = Šiame kataloge nėra kurso „{ $course }“.
error-unit-not-found = Šiame kurse nėra pamokos „{ $unit }“.
error-page-not-found = Tokio puslapio nėra.
error-retry = Bandyti dar kartą
error-part-unavailable = Nepavyko atsisiųsti šios grotuvo dalies. Patikrinkite ryšį ir bandykite dar kartą.
error-what-to-do = Jei problema kartojasi, praneškite kurso teikėjui, kas parodyta aukščiau.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Be ryšio
offline-indicator-detail = Nėra interneto ryšio. Atsisiųsti kursai veikia kaip įprastai; jūsų pažanga išsaugoma šiame įrenginyje ir bus išsiųsta, kai vėl prisijungsite.
update-ready = Parengta nauja Alliance Player versija.
update-reload = Įkelti iš naujo ir atnaujinti
download-heading = Naudojimas be ryšio
download-course = Atsisiųsti naudoti be ryšio ({ $size })
download-resume = Tęsti atsisiuntimą (liko { $size })
download-progress = { $done } iš { $total } · pamokos: { $units } iš { $unitsTotal }
download-cancel = Atšaukti
download-done = Atsisiųsta: šis kursas veikia be ryšio ({ $size }).
download-remove = Pašalinti atsisiuntimą
download-stored-partly = { $done } iš { $total } jau yra šiame įrenginyje.
download-failed = Atsisiuntimas nutrūko: { $detail } Tai, kas jau išsaugota, lieka; spustelėkite „Tęsti atsisiuntimą“, kad tęstumėte.
download-file-mismatch = Failas { $file } atsiųstas sugadintas (tikėtasi { $expected }, gauta { $got }).
download-file-failed = Nepavyko atsisiųsti failo { $file } ({ $detail }).
download-no-cors = { $host } neleidžia šiam grotuvui skaityti savo failų (nesiunčia CORS antraščių), todėl jų negalima patikrinti ir išsaugoti. Jo administratorius turi siųsti Access-Control-Allow-Origin su kiekvienu kurso failu.
download-quota = Šiame įrenginyje nebeliko vietos kursui. Atlaisvinkite vietos arba pašalinkite kitą atsisiuntimą, tada tęskite.
download-storage = Ši naršyklė naudoja { $used } iš { $available }, kiek jai leidžiama šiame įrenginyje.
download-persistent = Atsisiuntimai lieka, kol juos pašalinsite.
download-not-persistent = Naršyklė gali pašalinti atsisiuntimus, jei įrenginyje pritrūks vietos.
download-needs-network = Nėra interneto ryšio. Prisijunkite prie interneto, kad atsisiųstumėte šį kursą.
data-saver = Duomenų taupymas
data-saver-help = Medijos failai įkeliami tik paspaudus „Leisti“, pirmiausia rodomos transkripcijos, o šalia medijos failų nurodomas jų dydis.
media-size = Įkėlimo dydis: { $size }

## Notes and bookmarks
notes-heading = Mano užrašai
notes-bookmark = Pažymėti šią pamoką
notes-bookmarked = Pažymėta
notes-bookmark-moment = Pažymėti šią akimirką
notes-note-label = Jūsų užrašas apie šią pamoką
notes-save = Išsaugoti užrašą
notes-saved = Išsaugota.
notes-delete = Ištrinti
# A moment of a video or audio, e.g. "At 1:05".
notes-at = Laikas: { $time }
notes-empty = Šiame kurse dar nėra užrašų ar žymių. Pažymėkite pamoką arba vaizdo įrašo akimirką ir parašykite prie jos užrašą.
notes-where = Jūsų užrašai lieka šiame įrenginyje, o prijungus mokymosi įrašų saugyklą – patenka ir į ją.
notes-too-long = Užrašas per ilgas: didžiausias leistinas simbolių skaičius – { $max }.
notes-too-many = Šiame kurse jau tiek užrašų, kiek telpa: ištrinkite vieną, kad galėtumėte pridėti kitą.

## Accessibility
unit-nav-label = Ankstesnė ir kita pamoka
captions-always = Rodyti subtitrus, kai vaizdo ar garso įrašas jų turi (jūsų kalba, jei tokių yra, kitaip – kurso kalba)
caption-style = Subtitrų stilius
caption-size = Teksto dydis
caption-colour = Teksto spalva
caption-background = Fonas
caption-colour-white = Balta
caption-colour-yellow = Geltona
caption-colour-cyan = Žydra
caption-colour-green = Žalia
caption-colour-magenta = Purpurinė
caption-colour-black = Juoda
caption-background-black = Juodas, permatomas
caption-background-solid-black = Juodas
caption-background-white = Baltas
caption-background-transparent = Be fono
caption-background-blue = Mėlynas
caption-preview = Taip atrodys subtitrai.
caption-unreadable = Šį tekstą sunku įskaityti ant šio fono: pasirinkite kitą spalvą arba foną.
launch-other = Ši nuoroda siųstų jūsų mokymosi įrašus į { $endpoint } kaip { $who }. Dabar esate prisijungę prie { $current } kaip { $current_who }.
launch-switch = Pereiti prie šio ryšio
launch-keep = Palikti mano ryšį
launch-other-learner = Ši nuoroda skirta besimokančiajam { $who }. Dabar grotuvu naudojasi { $current_who }. Perjungti į besimokantįjį { $who }?
launch-switch-learner = Keisti besimokantįjį

## Learners
learners-heading = Besimokantieji šiame įrenginyje
learners-locked = Grotuvu naudojasi { $name }
learner-unnamed = Aš
learner-now = Dabar naudojasi grotuvu
learner-switch = Perjungti į šį besimokantįjį
learner-rename = Pervadinti
learner-name = Vardas
learner-save = Išsaugoti
learner-cancel = Atšaukti
learner-remove = Pašalinti
learner-remove-ask = Pašalinti { $name } iš šio įrenginio? Šio besimokančiojo pažanga, siuntimo laukiantys įrašai ir nustatymai šiame įrenginyje bus ištrinti. Atsisiųsti kursai liks.
learner-removed = Pašalinta: { $name }.
learner-pin = PIN kodas (keturi skaitmenys, neprivaloma)
learner-pin-label = PIN kodas
learner-pin-for = Besimokančiojo { $name } PIN kodas
learner-pin-new = Naujas PIN kodas (keturi skaitmenys)
learner-pin-set = Nustatyti PIN kodą
learner-pin-remove = Pašalinti PIN kodą
learner-pin-open = Tęsti
learner-pin-note = PIN kodas neleidžia šiuo įrenginiu besinaudojantiems žmonėms matyti vieni kitų pažangos. Jis skirtas privatumui, o ne saugumui.
learner-add-heading = Pridėti besimokantįjį
learner-add = Pridėti
learner-added = Pridėta: { $name }.
learner-saved = Išsaugota.
learner-error-empty = Įveskite vardą.
learner-error-long = Šis vardas per ilgas.
learner-error-taken = Šiame įrenginyje jau yra besimokantysis vardu { $name }.
learner-error-pin = PIN kodą sudaro lygiai keturi skaitmenys.
learner-error-full = Šiame įrenginyje jau tiek besimokančiųjų, kiek jame telpa. Pirmiausia pašalinkite vieną.
learner-error-unknown = Nepavyko pakeisti besimokančiųjų sąrašo. Įkelkite puslapį iš naujo ir bandykite dar kartą.
learner-error-wrong-pin = Neteisingas PIN kodas.
signout-ask = { $count ->
    [one] { $count } įrašas dar neišsiųstas.
    [few] { $count } įrašai dar neišsiųsti.
   *[other] { $count } įrašų dar neišsiųsta.
}
signout-keep = { $count ->
    [one] Palikti { $count } laukiantį įrašą iki kito prisijungimo
    [few] Palikti { $count } laukiančius įrašus iki kito prisijungimo
   *[other] Palikti { $count } laukiančių įrašų iki kito prisijungimo
}
signout-discard = { $count ->
    [1] Atmesti jį
    [one] Atmesti juos
    [few] Atmesti juos
   *[other] Atmesti juos
}
