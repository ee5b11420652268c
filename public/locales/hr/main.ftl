# Alliance Player interface strings — Hrvatski
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".
# Terms: course = tečaj, unit = lekcija, quiz = test, attempt = pokušaj, learner = polaznik, player = reproduktor,
# learning record store = spremište zapisa o učenju, download = preuzimanje. [1] variants cover exactly one; [one] also covers 21, 31…

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Hrvatski
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Prijeđi na sadržaj
# In the header where the browser offers to install the player as an app.
install-app = Instaliraj aplikaciju
install-app-hint = Instalirajte Alliance Player na ovaj uređaj: otvarat će se iz vaših aplikacija, u zasebnom prozoru, i izvan mreže.
nav-catalog = Tečajevi
loading = Učitavanje…

## Languages
language-picker-label = Jezik sučelja
language-picker-search = Pretraži jezike
language-picker-none = Nijedan jezik ne odgovara pretraživanju.
content-language-label = Jezik tečaja
content-language-auto = Isti kao sučelje
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
# $language is the language's own name (e.g. "English", "Deutsch"), so it is not declined.
unit-in-language = Jezik: { $language }

## Catalogue
catalog-heading = Katalog tečajeva
catalog-search-label = Pretraži tečajeve
catalog-search-placeholder = Naslov, tema ili organizator
catalog-more = Prikaži još tečajeva
catalog-earlier = Prikaži ranije tečajeve
catalog-loading-more = Pretražuju se ostali tečajevi…
catalog-language-label = Jezik
catalog-language-any = Svi jezici
catalog-count = { $count ->
    [0] Nema odgovarajućih tečajeva.
    [one] { $count } tečaj
    [few] { $count } tečaja
   *[other] { $count } tečajeva
}
catalog-empty = Nijedan tečaj ne odgovara pretraživanju. Pokušajte s drugom riječi ili odaberite sve jezike.
catalog-rejected = { $count ->
    [one] { $count } tečaj iz ovog kataloga nije se mogao prikazati:
    [few] { $count } tečaja iz ovog kataloga nisu se mogla prikazati:
   *[other] { $count } tečajeva iz ovog kataloga nije se moglo prikazati:
}
# A site's catalogue and the learner's own can be several; one that fails is named here, the others still show.
# $source is a catalogue's title or its address; $id is a course's short name, as in its address /course/{ $id }.
catalog-source-notice = Neki tečajevi nedostaju na ovom popisu:
catalog-source-unreachable = Izvor { $source } nije dostupan: web-mjesto možda ne radi ili ovom reproduktoru ne dopušta čitanje svojih tečajeva.
catalog-source-status = Izvor { $source } odgovorio je pogreškom (HTTP { $status }).
catalog-source-too-large = Izvor { $source } veći je od { $limit }, što je najviše što ovaj reproduktor čita za jedan katalog.
catalog-source-invalid = Izvor { $source } nije katalog tečajeva koji ovaj reproduktor može pročitati: { $detail }
catalog-source-left-out = Tečaj „{ $course }” iz izvora { $source } izostavljen je: drugi tečaj već ima njegovu adresu, /course/{ $id }.
course-provider = Organizator: { $provider }
course-languages = Jezici: { $languages }
course-size = Veličina za preuzimanje: { $size }
course-open = Otvori tečaj
course-continue = Nastavi
course-progress = Završeno: { $percent }

## Course
course-outline = Sadržaj tečaja
outline-show-earlier = Prikaži prethodne lekcije (skriveno: { $count })
outline-show-later = Prikaži sljedeće lekcije (skriveno: { $count })
course-start = Započni tečaj
course-units = { $count ->
    [one] { $count } lekcija
    [few] { $count } lekcije
   *[other] { $count } lekcija
}
unit-ordinal = Lekcija { $index } od { $total }
unit-state-not-started = Nije započeto
unit-state-in-progress = U tijeku
unit-state-completed = Završeno
unit-state-passed = Položeno
unit-state-failed = Još nije položeno
unit-kind-video = Videozapis
unit-kind-audio = Audiozapis
unit-kind-reading = Tekst
unit-kind-quiz = Test
unit-kind-document = Dokument
unit-kind-interactive = Aktivnost
unit-kind-unknown = Nova vrsta lekcije
unit-previous = Prethodna
unit-next = Sljedeća
unit-mark-done = Označi kao završeno
unit-done = Završeno
back-to-catalog = Svi tečajevi
# Search inside the course, above the outline. $time is a position in a video or audio, e.g. "1:05".
course-search-label = Pretraži ovaj tečaj
course-search-count = { $count ->
    [0] Nema rezultata
    [one] { $count } rezultat
    [few] { $count } rezultata
   *[other] { $count } rezultata
}
course-search-more = { $count ->
    [1] Prikazan je samo prvi rezultat; dodajte riječi kako biste suzili pretraživanje.
    [one] Prikazani su samo prvi rezultati ({ $count }); dodajte riječi kako biste suzili pretraživanje.
    [few] Prikazana su samo prva { $count } rezultata; dodajte riječi kako biste suzili pretraživanje.
   *[other] Prikazano je samo prvih { $count } rezultata; dodajte riječi kako biste suzili pretraživanje.
}
course-search-subtitles = Pretražuju se i titlovi…
course-search-incomplete = Neki titlovi nisu se mogli pretražiti.
course-search-in-title = Naslov
course-search-in-reading = Tekst
course-search-in-transcript = Transkript
course-search-in-subtitle = Titlovi na { $time }
course-search-in-quiz = Pitanje iz testa

## Media
media-speed = Brzina
media-subtitles = Titlovi
media-subtitles-off = Isključeno
media-subtitles-second = Drugi titlovi
media-fullscreen = Cijeli zaslon
media-fullscreen-exit = Izađi iz cijelog zaslona
media-shortcuts = Tipkovnički prečaci
media-shortcuts-hint = Dok je reproduktor videozapisa ili audiozapisa u fokusu:
# The name of the space bar key, as printed on keyboards.
media-key-space = Razmaknica
media-key-play = Reproduciraj ili pauziraj
media-key-seek = 5 sekundi unatrag ili unaprijed
media-key-speed = Sporije ili brže
media-key-captions = Uključi ili isključi titlove
media-key-fullscreen = Uključi ili isključi cijeli zaslon
media-transcript = Transkript
media-watched = Pogledano: { $percent }
media-unsupported = Vaš preglednik ne može reproducirati ovaj sadržaj. Pokušajte s drugim preglednikom ili ga preuzmite:

## Reading and document
reading-end = Kraj teksta
document-download = Preuzmi PDF ({ $size })
document-download-nosize = Preuzmi PDF
document-fallback = Vaš preglednik ovdje ne može prikazati PDF datoteke. Preuzmite datoteku kako biste je pročitali.
document-not-pdf = { $file } nije PDF datoteka. Lekcija vrste „dokument” prikazuje samo PDF datoteke, koje počinju s „%PDF-”.

## Quiz
quiz-passing = Za prolaz vam je potrebno { $percent }.
quiz-attempts-left = { $count ->
    [one] Još { $count } pokušaj
    [few] Još { $count } pokušaja
   *[other] Još { $count } pokušaja
}
quiz-attempts-unlimited = Neograničen broj pokušaja
quiz-attempts-used = { $count ->
    [1] Iskoristili ste svoj jedini pokušaj.
    [one] Iskoristili ste sve pokušaje ({ $count }).
    [few] Iskoristili ste sva { $count } pokušaja.
   *[other] Iskoristili ste svih { $count } pokušaja.
}
quiz-question = Pitanje { $index }
quiz-true = Točno
quiz-false = Netočno
quiz-answer-label = Vaš odgovor
quiz-submit = Pošalji odgovore
quiz-retry = Pokušaj ponovno
quiz-score = Vaš rezultat: { $score }
quiz-passed = Položeno – bravo!
quiz-failed = Još nije položeno.
quiz-best = Najbolji dosadašnji rezultat: { $score }
quiz-correct = Točno
quiz-incorrect = Netočno
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Pregled: uz svako pitanje prikazan je točan odgovor.
quiz-right-answer = Točan odgovor

## Interactive
interactive-title = Interaktivna aktivnost: { $title }
interactive-hint = Dovršite aktivnost kako biste završili ovu lekciju.

## Storage
storage-quota = Prostor ovog preglednika za reproduktor je pun pa vaš najnoviji napredak nije spremljen. Oslobodite malo prostora (uklonite preuzete tečajeve ili podatke drugih web-mjesta u postavkama preglednika), a zatim nastavite: ništa od prije spremljenoga nije izgubljeno.
storage-unavailable = Ovaj preglednik ne dopušta reproduktoru da sprema vaš napredak pa se on čuva samo dok ne zatvorite stranicu. Privatni prozori često blokiraju pohranu.
storage-write-failed = Vaš najnoviji napredak još nije spremljen. Čuva se na ovoj stranici i bit će spremljen pri vašem sljedećem koraku.

## Transcript (the learner's record of progress)
nav-transcript = Moj napredak
transcript-heading = Moj napredak
transcript-empty = Još niste započeli nijedan tečaj.
transcript-unit-score = Rezultat: { $score }
transcript-time-spent = Utrošeno vrijeme: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Preuzmi kao xAPI izjave (JSON)
transcript-export-csv = Preuzmi kao tablicu (CSV)
transcript-reset = Poništi moj napredak u ovom tečaju
transcript-reset-confirm = Poništiti sav vaš napredak u tečaju „{ $course }”? To se ne može poništiti.

## Delivery to the learning record store (LRS), shown in the header and on the settings page
nav-settings = Postavke
sync-off = Spremljeno na ovom uređaju
sync-off-detail = Niste povezani sa spremištem zapisa o učenju: vaš napredak ostaje u ovom pregledniku. Povežite spremište u postavkama kako biste svojoj ustanovi slali podatke o završenim lekcijama.
sync-done = Sve je poslano
sync-pending = { $count ->
    [one] { $count } zapis čeka na slanje
    [few] { $count } zapisa čekaju na slanje
   *[other] { $count } zapisa čeka na slanje
}
sync-last-delivery = Posljednje slanje: { $date }
sync-error-offline = Niste na mreži. Vaši se zapisi čuvaju i bit će poslani kada se veza vrati.
sync-error-unreachable = Spremište zapisa o učenju nije dostupno. Uskoro ćemo pokušati ponovno; ništa nije izgubljeno.
sync-error-server = Spremište zapisa o učenju ima problem (HTTP { $status }). Uskoro ćemo pokušati ponovno; ništa nije izgubljeno.
sync-error-unauthorized = Spremište zapisa o učenju odbilo je vaše podatke za prijavu. Ponovno ih unesite u postavkama; do tada se vaši zapisi čuvaju.
sync-error-not-found = Na ovoj adresi nema spremišta zapisa o učenju. Provjerite adresu u postavkama; do tada se vaši zapisi čuvaju.
sync-error-version = Spremište zapisa o učenju koristi drugu verziju xAPI-ja ({ $detail }). Zatražite od svoje ustanove adresu koja podržava xAPI 1.0.3 ili 2.0.0.
sync-error-storage = Zapisi koji čekaju na slanje nisu se mogli pročitati iz pohrane ovog preglednika ({ $detail }).
sync-set-aside = { $count ->
    [one] Spremište zapisa o učenju odbilo je { $count } zapis
    [few] Spremište zapisa o učenju odbilo je { $count } zapisa
   *[other] Spremište zapisa o učenju odbilo je { $count } zapisa
}
sync-set-aside-detail = Ti se zapisi čuvaju ovdje zajedno s odgovorom spremišta kako biste vi ili vaša ustanova vidjeli što treba ispraviti.
settings-heading = Postavke
settings-lrs-heading = Spremište zapisa o učenju
settings-lrs-intro = Ove podatke dobivate od svoje ustanove kako bi podaci o završenim lekcijama i vaši rezultati stigli u njezinu evidenciju.
settings-lrs-endpoint = Adresa (xAPI krajnja točka)
settings-lrs-key = Ključ ili korisničko ime
settings-lrs-secret = Tajni ključ ili lozinka
settings-lrs-token = Ili pristupni token
settings-lrs-name = Vaše ime
settings-lrs-email = Vaša adresa e-pošte
settings-lrs-connect = Poveži
settings-lrs-disconnect = Prekini vezu
settings-lrs-connected = Povezano s { $endpoint } kao { $who }.
settings-lrs-invalid-endpoint = Unesite adresu spremišta zapisa o učenju koja počinje s https:// ili http://.
settings-lrs-invalid-email = Unesite svoju adresu e-pošte kako bi se zapisi vodili pod vašim imenom.
cmi5-unit-needs-worker = Za ovu aktivnost reproduktor mora dovršiti instalaciju: ponovno učitajte stranicu kako biste je otvorili.
cmi5-exit = Izađi
cmi5-exiting = Spremanje i povratak…
cmi5-browse = Pregledavanje: ništa što ovdje radite ne bilježi se.
cmi5-review = Ponovni pregled: ništa što ovdje radite ne bilježi se.
cmi5-ended = Ova je sesija završila. Ponovno otvorite tečaj sa svoje platforme za učenje kako biste nastavili bilježenje.
settings-lrs-launch-failed = Tečaj je otvoren s prijavom koja nije uspjela ({ $detail }). Ponovno ga otvorite s web-mjesta svoje ustanove.

## Course sources (settings): the catalogues whose courses the course list shows
sources-heading = Izvori tečajeva
sources-intro = Popis tečajeva objedinjuje kataloge u nastavku. Možete dodati katalog drugog sveučilišta ili organizatora tečajeva putem njegove adrese; čuva se za vas, na ovom uređaju.
sources-site = Odabralo ovo web-mjesto
sources-remove = Ukloni
sources-add-label = Dodaj izvor: adresa njegova kataloga
sources-check = Provjeri
# The number of courses in the catalogue the learner is about to add.
sources-preview = { $count ->
    [one] { $count } tečaj
    [few] { $count } tečaja
   *[other] { $count } tečajeva
}
sources-add-confirm = Dodaj ovaj izvor
sources-added = Dodano: njegovi su tečajevi sada na popisu tečajeva.
sources-removed = Uklonjeno: njegovi tečajevi više nisu na popisu tečajeva.
sources-invalid-url = Unesite adresu koja počinje s https:// (ili putanju na ovom web-mjestu, npr. /courses/catalog.json).
sources-duplicate = Ovaj je katalog već na popisu.
sources-full = Vaš je popis izvora pun. Uklonite jedan kako biste dodali drugi.

## Unsupported and errors
unit-needs-newer-player = Za ovu lekciju potreban je noviji reproduktor
unit-needs-newer-player-detail = Ovo je lekcija vrste „{ $kind }”, koju ova verzija reproduktora Alliance Player još ne poznaje. Ostatak tečaja radi; obratite se organizatoru tečaja ili ažurirajte reproduktor.
error-heading = Nešto nije u redu
error-catalog = Katalog tečajeva nije se mogao učitati.
error-document = Ovaj se dokument ne može prikazati.
error-course = Ovaj se tečaj nije mogao otvoriti.
error-course-not-found = U ovom katalogu nema tečaja „{ $course }”.
error-unit-not-found = U ovom tečaju nema lekcije „{ $unit }”.
error-page-not-found = Ova stranica ne postoji.
error-retry = Pokušaj ponovno
error-part-unavailable = Ovaj dio reproduktora nije se mogao preuzeti. Provjerite vezu, a zatim pokušajte ponovno.
error-what-to-do = Ako se problem nastavi, javite organizatoru tečaja ono što piše iznad.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Izvan mreže
offline-indicator-detail = Niste na mreži. Preuzeti tečajevi rade kao i obično; vaš se napredak sprema na ovom uređaju i bit će poslan kada se ponovno povežete.
update-ready = Spremna je nova verzija reproduktora Alliance Player.
update-reload = Ponovno učitaj i ažuriraj
download-heading = Upotreba izvan mreže
download-course = Preuzmi za upotrebu izvan mreže ({ $size })
download-resume = Nastavi preuzimanje (preostalo: { $size })
download-progress = { $done } od { $total } · lekcije: { $units } od { $unitsTotal }
download-cancel = Odustani
download-done = Preuzeto: ovaj tečaj radi izvan mreže ({ $size }).
download-remove = Ukloni preuzimanje
download-stored-partly = { $done } od { $total } već je na ovom uređaju.
download-failed = Preuzimanje je prekinuto: { $detail } Ono što je već spremljeno ostaje; pritisnite „Nastavi preuzimanje” za nastavak.
download-file-mismatch = Datoteka { $file } nije stigla neoštećena (očekivano: { $expected }, primljeno: { $got }).
download-file-failed = Datoteka { $file } nije se mogla preuzeti ({ $detail }).
download-no-cors = { $host } ovom reproduktoru ne dopušta čitanje svojih datoteka (ne šalje zaglavlja CORS) pa se one ne mogu provjeriti ni spremiti. Njegov administrator mora slati Access-Control-Allow-Origin uz svaku datoteku tečaja.
download-quota = Na ovom uređaju nema više mjesta za tečaj. Oslobodite malo prostora ili uklonite neko drugo preuzimanje, a zatim nastavite.
download-storage = Ovaj preglednik koristi { $used } od { $available } koliko mu je dopušteno na ovom uređaju.
download-persistent = Preuzimanja ostaju dok ih ne uklonite.
download-not-persistent = Preglednik može ukloniti preuzimanja ako na uređaju ponestane prostora.
download-needs-network = Niste na mreži. Povežite se s internetom kako biste preuzeli ovaj tečaj.
data-saver = Ušteda podataka
data-saver-help = Medijski sadržaji učitavaju se tek kada pritisnete gumb za reprodukciju, transkripti se prikazuju prvi, a uz medijske sadržaje prikazuje se njihova veličina.
media-size = Za učitavanje: { $size }

## Notes and bookmarks
notes-heading = Moje bilješke
notes-bookmark = Označi ovu lekciju
notes-bookmarked = Označeno
notes-bookmark-moment = Označi ovaj trenutak
notes-note-label = Vaša bilješka uz ovu lekciju
notes-save = Spremi bilješku
notes-saved = Spremljeno.
notes-delete = Izbriši
# A moment of a video or audio, e.g. "At 1:05".
notes-at = Na { $time }
notes-empty = U ovom tečaju još nema bilješki ni oznaka. Označite lekciju ili trenutak videozapisa i napišite bilješku uz to.
notes-where = Vaše bilješke ostaju na ovom uređaju i stižu u spremište zapisa o učenju kada je ono povezano.
notes-too-long = Bilješka je preduga: najveći dopušteni broj znakova je { $max }.
notes-too-many = Ovaj tečaj već ima najveći mogući broj bilješki: izbrišite jednu kako biste dodali novu.

## Accessibility
unit-nav-label = Prethodna i sljedeća lekcija
captions-always = Prikazuj titlove kad god ih videozapis ili audiozapis ima (na vašem jeziku ako postoje, inače na jeziku tečaja)
caption-style = Stil titlova
caption-size = Veličina teksta
caption-colour = Boja teksta
caption-background = Pozadina
caption-colour-white = Bijela
caption-colour-yellow = Žuta
caption-colour-cyan = Cijan
caption-colour-green = Zelena
caption-colour-magenta = Magenta
caption-colour-black = Crna
caption-background-black = Crna, poluprozirna
caption-background-solid-black = Crna
caption-background-white = Bijela
caption-background-transparent = Bez pozadine
caption-background-blue = Plava
caption-preview = Ovako će izgledati titlovi.
caption-unreadable = Ovaj se tekst teško čita na ovoj pozadini: odaberite drugu boju ili pozadinu.
launch-other = Ova bi poveznica slala vaše zapise o učenju na { $endpoint } kao { $who }. Povezani ste s { $current } kao { $current_who }.
launch-switch = Prijeđi na ovu vezu
launch-keep = Zadrži moju vezu
launch-other-learner = Ova je poveznica namijenjena polazniku { $who }. Reproduktor trenutačno koristi { $current_who }. Prijeći na polaznika { $who }?
launch-switch-learner = Promijeni polaznika

## Learners
learners-heading = Polaznici na ovom uređaju
learners-locked = Reproduktor koristi { $name }
learner-unnamed = Ja
learner-now = Trenutačno koristi reproduktor
learner-switch = Prijeđi na ovog polaznika
learner-rename = Preimenuj
learner-name = Ime
learner-save = Spremi
learner-cancel = Odustani
learner-remove = Ukloni
learner-remove-ask = Ukloniti polaznika { $name } s ovog uređaja? Napredak, zapisi na čekanju i postavke tog polaznika na ovom uređaju bit će izbrisani. Preuzeti tečajevi ostaju.
learner-removed = Polaznik { $name } uklonjen je.
learner-pin = PIN (četiri znamenke, nije obavezno)
learner-pin-label = PIN
learner-pin-for = PIN polaznika { $name }
learner-pin-new = Novi PIN (četiri znamenke)
learner-pin-set = Postavi PIN
learner-pin-remove = Ukloni PIN
learner-pin-open = Nastavi
learner-pin-note = PIN sprječava one koji dijele ovaj uređaj da vide tuđi napredak. Služi privatnosti, a ne sigurnosti.
learner-add-heading = Dodaj polaznika
learner-add = Dodaj
learner-added = Polaznik { $name } dodan je.
learner-saved = Spremljeno.
learner-error-empty = Unesite ime.
learner-error-long = Ovo je ime predugo.
learner-error-taken = Na ovom uređaju već postoji polaznik s imenom { $name }.
learner-error-pin = PIN ima točno četiri znamenke.
learner-error-full = Na ovom uređaju nema mjesta za još polaznika. Najprije uklonite nekoga.
learner-error-unknown = Popis polaznika nije se mogao promijeniti. Ponovno učitajte stranicu i pokušajte ponovno.
learner-error-wrong-pin = Taj PIN nije točan.
signout-ask = { $count ->
    [one] { $count } zapis još nije poslan.
    [few] { $count } zapisa još nisu poslana.
   *[other] { $count } zapisa još nije poslano.
}
signout-keep = { $count ->
    [1] Zadrži zapis na čekanju do sljedećeg povezivanja
    [one] Zadrži { $count } zapis na čekanju do sljedećeg povezivanja
    [few] Zadrži { $count } zapisa na čekanju do sljedećeg povezivanja
   *[other] Zadrži { $count } zapisa na čekanju do sljedećeg povezivanja
}
signout-discard = { $count ->
    [1] Odbaci ga
    [one] Odbaci ih
    [few] Odbaci ih
   *[other] Odbaci ih
}
