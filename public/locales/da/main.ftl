# Alliance Player interface strings — Dansk
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Dansk
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Gå til indhold
# In the header where the browser offers to install the player as an app.
install-app = Installér app
install-app-hint = Installér Alliance Player på denne enhed: Den åbnes fra dine apps, i sit eget vindue, også offline.
nav-catalog = Kurser
loading = Indlæser…

## Languages
language-picker-label = Sprog i brugerfladen
language-picker-search = Søg efter sprog
language-picker-none = Intet sprog matcher din søgning.
content-language-label = Kursussprog
content-language-auto = Samme som brugerfladen
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = Sprog: { $language }

## Catalogue
catalog-heading = Kursuskatalog
catalog-search-label = Søg i kurser
catalog-search-placeholder = Titel, emne eller udbyder
catalog-more = Vis flere kurser
catalog-earlier = Vis tidligere kurser
catalog-loading-more = Gennemsøger flere kurser…
catalog-language-label = Sprog
catalog-language-any = Alle sprog
catalog-count = { $count ->
    [0] Ingen kurser matcher.
    [one] Ét kursus
   *[other] { $count } kurser
}
catalog-empty = Intet kursus matcher din søgning. Prøv et andet ord, eller vælg alle sprog.
catalog-rejected = { $count ->
    [one] Ét kursus i dette katalog kunne ikke vises:
   *[other] { $count } kurser i dette katalog kunne ikke vises:
}
# A site's catalogue and the learner's own can be several; one that fails is named here, the others still show.
# $source is a catalogue's title or its address; $id is a course's short name, as in its address /course/{ $id }.
catalog-source-notice = Nogle kurser mangler på denne liste:
catalog-source-unreachable = { $source } kunne ikke nås: Webstedet er måske nede, eller det tillader ikke denne afspiller at læse sine kurser.
catalog-source-status = { $source } svarede med en fejl (HTTP { $status }).
catalog-source-too-large = { $source } er større end { $limit }, som er det maksimale, denne afspiller læser for et katalog.
catalog-source-invalid = { $source } er ikke et kursuskatalog, som denne afspiller kan læse: { $detail }
catalog-source-left-out = »{ $course }« fra { $source } er udeladt: Et andet kursus har allerede adressen /course/{ $id }.
course-provider = Fra { $provider }
course-languages = Sprog: { $languages }
course-size = Downloadstørrelse: { $size }
course-open = Åbn kursus
course-continue = Fortsæt
course-progress = { $percent } gennemført

## Course
course-outline = Kursusoversigt
outline-show-earlier = Vis tidligere moduler ({ $count } skjult)
outline-show-later = Vis senere moduler ({ $count } skjult)
course-start = Start kurset
course-units = { $count ->
    [one] Ét modul
   *[other] { $count } moduler
}
unit-ordinal = Modul { $index } af { $total }
unit-state-not-started = Ikke startet
unit-state-in-progress = I gang
unit-state-completed = Gennemført
unit-state-passed = Bestået
unit-state-failed = Ikke bestået endnu
unit-kind-video = Video
unit-kind-audio = Lyd
unit-kind-reading = Tekst
unit-kind-quiz = Quiz
unit-kind-document = Dokument
unit-kind-interactive = Aktivitet
unit-kind-unknown = Ny modultype
unit-previous = Forrige
unit-next = Næste
unit-mark-done = Markér som færdig
unit-done = Færdig
back-to-catalog = Alle kurser
# Search inside the course, above the outline. $time is a position in a video or audio, e.g. "1:05".
course-search-label = Søg i dette kursus
course-search-count = { $count ->
    [0] Ingen resultater
    [one] Ét resultat
   *[other] { $count } resultater
}
course-search-more = { $count ->
    [one] Kun det første resultat vises. Tilføj flere ord for at indsnævre søgningen.
   *[other] Kun de første { $count } resultater vises. Tilføj flere ord for at indsnævre søgningen.
}
course-search-subtitles = Søger også i underteksterne…
course-search-incomplete = Nogle undertekster kunne ikke gennemsøges.
course-search-in-title = Titel
course-search-in-reading = Tekst
course-search-in-transcript = Transskription
course-search-in-subtitle = Undertekster ved { $time }
course-search-in-quiz = Quizspørgsmål

## Media
media-speed = Hastighed
media-subtitles = Undertekster
media-subtitles-off = Fra
media-subtitles-second = Ekstra undertekster
media-fullscreen = Fuld skærm
media-fullscreen-exit = Afslut fuld skærm
media-shortcuts = Tastaturgenveje
media-shortcuts-hint = Når video- eller lydafspilleren har fokus:
# The name of the space bar key, as printed on keyboards.
media-key-space = Mellemrum
media-key-play = Afspil eller pause
media-key-seek = 5 sekunder tilbage eller frem
media-key-speed = Langsommere eller hurtigere
media-key-captions = Undertekster til eller fra
media-key-fullscreen = Fuld skærm til eller fra
media-transcript = Transskription
media-watched = { $percent } set
media-unsupported = Din browser kan ikke afspille dette medie. Prøv en anden browser, eller download filen:

## Reading and document
reading-end = Slut på teksten
document-download = Download PDF-filen ({ $size })
document-download-nosize = Download PDF-filen
document-fallback = Din browser kan ikke vise PDF-filer her. Download filen for at læse den.
document-not-pdf = { $file } er ikke en PDF-fil. Et dokumentmodul viser kun PDF-filer, som begynder med »%PDF-«.

## Quiz
quiz-passing = Du skal have { $percent } for at bestå.
quiz-attempts-left = { $count ->
    [one] Ét forsøg tilbage
   *[other] { $count } forsøg tilbage
}
quiz-attempts-unlimited = Ubegrænset antal forsøg
quiz-attempts-used = { $count ->
    [one] Du har brugt dit eneste forsøg.
   *[other] Du har brugt alle { $count } forsøg.
}
quiz-question = Spørgsmål { $index }
quiz-true = Sandt
quiz-false = Falsk
quiz-answer-label = Dit svar
quiz-submit = Send svar
quiz-retry = Prøv igen
quiz-score = Dit resultat: { $score }
quiz-passed = Bestået – godt gået!
quiz-failed = Ikke bestået endnu.
quiz-best = Bedste resultat indtil nu: { $score }
quiz-correct = Rigtigt
quiz-incorrect = Forkert
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Gennemgang: Hvert spørgsmål viser det rigtige svar.
quiz-right-answer = Rigtigt svar

## Interactive
interactive-title = Interaktiv aktivitet: { $title }
interactive-hint = Gennemfør aktiviteten for at afslutte dette modul.

## Storage
storage-quota = Browserens lagerplads til afspilleren er fuld, så dine seneste fremskridt kunne ikke gemmes. Frigør noget plads (fjern downloadede kurser eller andre websteders data i browserens indstillinger), og fortsæt derefter: Intet af det, der allerede var gemt, er gået tabt.
storage-unavailable = Denne browser tillader ikke afspilleren at gemme dine fremskridt, så de bevares kun, indtil du lukker siden. Private vinduer blokerer ofte lagring.
storage-write-failed = Dine seneste fremskridt kunne ikke gemmes endnu. De bevares på denne side og gemmes ved dit næste skridt.

## Transcript (the learner's record of progress)
nav-transcript = Mine fremskridt
transcript-heading = Mine fremskridt
transcript-empty = Du er ikke begyndt på et kursus endnu.
transcript-unit-score = Resultat: { $score }
transcript-time-spent = Tidsforbrug: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Download som xAPI-statements (JSON)
transcript-export-csv = Download som regneark (CSV)
transcript-reset = Nulstil mine fremskridt i dette kursus
transcript-reset-confirm = Vil du nulstille alle dine fremskridt i »{ $course }«? Det kan ikke fortrydes.

## Delivery to the learning record store (LRS), shown in the header and on the settings page
nav-settings = Indstillinger
sync-off = Gemt på denne enhed
sync-off-detail = Ikke forbundet til et læringsdatalager: Dine fremskridt bliver i denne browser. Forbind et i indstillingerne for at sende det, du gennemfører, til din organisation.
sync-done = Alt er sendt
sync-pending = { $count ->
    [one] 1 registrering venter
   *[other] { $count } registreringer venter
}
sync-last-delivery = Senest sendt: { $date }
sync-error-offline = Du er offline. Dine registreringer bevares og sendes, når forbindelsen er tilbage.
sync-error-unreachable = Læringsdatalageret kunne ikke nås. Der prøves igen om et øjeblik; intet går tabt.
sync-error-server = Læringsdatalageret har et problem (HTTP { $status }). Der prøves igen om et øjeblik; intet går tabt.
sync-error-unauthorized = Læringsdatalageret afviste dine loginoplysninger. Indtast dem igen i indstillingerne; dine registreringer bevares indtil da.
sync-error-not-found = Der er intet læringsdatalager på denne adresse. Tjek adressen i indstillingerne; dine registreringer bevares indtil da.
sync-error-version = Læringsdatalageret bruger en anden version af xAPI ({ $detail }). Bed din organisation om en adresse, der understøtter xAPI 1.0.3 eller 2.0.0.
sync-error-storage = De registreringer, der venter på at blive sendt, kunne ikke læses fra browserens lager ({ $detail }).
sync-set-aside = { $count ->
    [one] 1 registrering blev afvist af læringsdatalageret
   *[other] { $count } registreringer blev afvist af læringsdatalageret
}
sync-set-aside-detail = Disse registreringer gemmes her sammen med lagerets svar, så du eller din organisation kan se, hvad der skal rettes.
settings-heading = Indstillinger
settings-lrs-heading = Læringsdatalager (LRS)
settings-lrs-intro = Du får disse oplysninger af din organisation, så det, du gennemfører, og dine resultater bliver registreret hos den.
settings-lrs-endpoint = Adresse (xAPI-endpoint)
settings-lrs-key = Nøgle eller brugernavn
settings-lrs-secret = Hemmelig nøgle eller adgangskode
settings-lrs-token = Eller et adgangstoken
settings-lrs-name = Dit navn
settings-lrs-email = Din e-mailadresse
settings-lrs-connect = Forbind
settings-lrs-disconnect = Afbryd forbindelsen
settings-lrs-connected = Forbundet til { $endpoint } som { $who }.
settings-lrs-invalid-endpoint = Indtast læringsdatalagerets adresse. Den skal begynde med https:// eller http://.
settings-lrs-invalid-email = Indtast din e-mailadresse, så dine registreringer gemmes under dit navn.
cmi5-unit-needs-worker = Afspilleren skal være færdiginstalleret til denne aktivitet: Genindlæs siden for at åbne den.
cmi5-exit = Afslut
cmi5-exiting = Gemmer og vender tilbage…
cmi5-browse = Gennemsyn: Intet, du gør her, bliver registreret.
cmi5-review = Gennemgang: Intet, du gør her, bliver registreret.
cmi5-ended = Denne session er afsluttet. Åbn kurset igen fra din læringsplatform for at registrere mere.
settings-lrs-launch-failed = Kurset blev åbnet med et login, der ikke virkede ({ $detail }). Åbn det igen fra din organisations websted.

## Course sources (settings): the catalogues whose courses the course list shows
sources-heading = Kursuskilder
sources-intro = Kursuslisten samler katalogerne nedenfor. Du kan tilføje kataloget fra et andet universitet eller en anden kursusudbyder via dets adresse; det gemmes til dig på denne enhed.
sources-site = Valgt af dette websted
sources-remove = Fjern
sources-add-label = Tilføj en kilde: adressen på dens katalog
sources-check = Tjek
# The number of courses in the catalogue the learner is about to add.
sources-preview = { $count ->
    [one] Ét kursus
   *[other] { $count } kurser
}
sources-add-confirm = Tilføj kilden
sources-added = Tilføjet: Kildens kurser er nu på kursuslisten.
sources-removed = Fjernet: Kildens kurser er ikke længere på kursuslisten.
sources-invalid-url = Indtast en adresse, der begynder med https:// (eller en sti på dette websted, f.eks. /courses/catalog.json).
sources-duplicate = Dette katalog er allerede på listen.
sources-full = Din liste over kilder er fuld. Fjern en for at tilføje en anden.

## Unsupported and errors
unit-needs-newer-player = Dette modul kræver en nyere version af afspilleren
unit-needs-newer-player-detail = Det er et modul af typen »{ $kind }«, som denne version af Alliance Player ikke kender endnu. Resten af kurset virker; kontakt kursusudbyderen, eller opdater afspilleren.
error-heading = Noget gik galt
error-catalog = Kursuskataloget kunne ikke indlæses.
error-document = Dette dokument kan ikke vises.
error-course = Dette kursus kunne ikke åbnes.
error-course-not-found = Der er intet kursus »{ $course }« i dette katalog.
error-unit-not-found = Der er intet modul »{ $unit }« i dette kursus.
error-page-not-found = Denne side findes ikke.
error-retry = Prøv igen
error-part-unavailable = Denne del af afspilleren kunne ikke downloades. Tjek din forbindelse, og prøv derefter igen.
error-what-to-do = Hvis problemet fortsætter, så fortæl kursusudbyderen, hvad der vises ovenfor.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Offline
offline-indicator-detail = Du er offline. Downloadede kurser afspilles som normalt; dine fremskridt gemmes på denne enhed og sendes, når du er online igen.
update-ready = En ny version af Alliance Player er klar.
update-reload = Genindlæs for at opdatere
download-heading = Offlinebrug
download-course = Download til offlinebrug ({ $size })
download-resume = Genoptag download ({ $size } tilbage)
download-progress = { $done } af { $total } · { $units } af { $unitsTotal } moduler
download-cancel = Annuller
download-done = Downloadet: Dette kursus virker offline ({ $size }).
download-remove = Fjern download
download-stored-partly = { $done } af { $total } er allerede på denne enhed.
download-failed = Downloaden stoppede: { $detail } Det, der allerede er gemt, bevares; tryk på »Genoptag download« for at fortsætte.
download-file-mismatch = { $file } kom ikke ubeskadiget frem (forventede { $expected }, modtog { $got }).
download-file-failed = { $file } kunne ikke downloades ({ $detail }).
download-no-cors = { $host } tillader ikke denne afspiller at læse sine filer (der sendes ingen CORS-headere), så de kan ikke kontrolleres og gemmes. Serverens administrator skal sende Access-Control-Allow-Origin med hver kursusfil.
download-quota = Der er ikke plads til kurset på denne enhed. Frigør noget plads, eller fjern en anden download, og genoptag derefter.
download-storage = Denne browser bruger { $used } af de { $available }, den må bruge på denne enhed.
download-persistent = Downloads bliver liggende, indtil du fjerner dem.
download-not-persistent = Browseren kan fjerne downloads, hvis enheden mangler plads.
download-needs-network = Du er offline. Opret forbindelse til internettet for at downloade dette kursus.
data-saver = Datasparetilstand
data-saver-help = Medier indlæses kun, når du trykker på Afspil, transskriptioner vises først, og størrelsen vises ved siden af hver mediefil.
media-size = { $size } at indlæse

## Notes and bookmarks
notes-heading = Mine noter
notes-bookmark = Bogmærk dette modul
notes-bookmarked = Bogmærket
notes-bookmark-moment = Bogmærk dette øjeblik
notes-note-label = Din note til dette modul
notes-save = Gem note
notes-saved = Gemt.
notes-delete = Slet
# A moment of a video or audio, e.g. "At 1:05".
notes-at = Ved { $time }
notes-empty = Ingen noter eller bogmærker i dette kursus endnu. Bogmærk et modul eller et øjeblik i en video, og skriv en note til det.
notes-where = Dine noter bliver på denne enhed og når frem til dit læringsdatalager, når et er forbundet.
notes-too-long = En note må højst have { $max } tegn.
notes-too-many = Dette kursus kan ikke rumme flere noter: Slet en for at tilføje en ny.

## Accessibility
unit-nav-label = Forrige og næste modul
captions-always = Vis altid undertekster, når en video eller lydfil har dem (på dit sprog, hvis det findes, ellers på kursets sprog)
caption-style = Undertekststil
caption-size = Tekststørrelse
caption-colour = Tekstfarve
caption-background = Baggrund
caption-colour-white = Hvid
caption-colour-yellow = Gul
caption-colour-cyan = Cyan
caption-colour-green = Grøn
caption-colour-magenta = Magenta
caption-colour-black = Sort
caption-background-black = Sort, gennemsigtig
caption-background-solid-black = Sort
caption-background-white = Hvid
caption-background-transparent = Ingen
caption-background-blue = Blå
caption-preview = Sådan kommer underteksterne til at se ud.
caption-unreadable = Denne tekst er svær at læse på denne baggrund: Vælg en anden farve eller baggrund.
launch-other = Dette link ville sende dine registreringer til { $endpoint } som { $who }. Du er forbundet til { $current } som { $current_who }.
launch-switch = Skift til denne forbindelse
launch-keep = Behold min forbindelse
launch-other-learner = Dette link er til { $who }. { $current_who } bruger afspilleren nu. Vil du skifte til { $who }?
launch-switch-learner = Skift kursist

## Learners
learners-heading = Kursister på denne enhed
learners-locked = { $name } bruger afspilleren
learner-unnamed = Mig
learner-now = Bruger afspilleren nu
learner-switch = Skift til denne kursist
learner-rename = Omdøb
learner-name = Navn
learner-save = Gem
learner-cancel = Annuller
learner-remove = Fjern
learner-remove-ask = Vil du fjerne { $name } fra denne enhed? Personens fremskridt, ventende registreringer og indstillinger på denne enhed slettes. Downloadede kurser bliver liggende.
learner-removed = { $name } er fjernet.
learner-pin = Pinkode (fire cifre, valgfri)
learner-pin-label = Pinkode
learner-pin-for = Pinkode for { $name }
learner-pin-new = Ny pinkode (fire cifre)
learner-pin-set = Vælg en pinkode
learner-pin-remove = Fjern pinkode
learner-pin-open = Fortsæt
learner-pin-note = En pinkode forhindrer personer, der deler denne enhed, i at se hinandens fremskridt. Den beskytter privatlivet, men giver ingen sikkerhed.
learner-add-heading = Tilføj en kursist
learner-add = Tilføj
learner-added = { $name } er tilføjet.
learner-saved = Gemt.
learner-error-empty = Indtast et navn.
learner-error-long = Navnet er for langt.
learner-error-taken = Der er allerede en på denne enhed, der hedder { $name }.
learner-error-pin = En pinkode består af præcis fire cifre.
learner-error-full = Der er ikke plads til flere kursister på denne enhed. Fjern en først.
learner-error-unknown = Listen over kursister kunne ikke ændres. Genindlæs siden, og prøv igen.
learner-error-wrong-pin = Forkert pinkode.
signout-ask = { $count ->
    [one] Én registrering er ikke sendt endnu.
   *[other] { $count } registreringer er ikke sendt endnu.
}
signout-keep = { $count ->
    [one] Behold den ventende registrering, til jeg forbinder igen
   *[other] Behold de { $count } ventende registreringer, til jeg forbinder igen
}
signout-discard = { $count ->
    [one] Kassér den
   *[other] Kassér dem
}
