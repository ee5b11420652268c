# Alliance Player interface strings — Norsk bokmål
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Norsk bokmål
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Gå til innholdet
# In the header where the browser offers to install the player as an app.
install-app = Installer appen
install-app-hint = Installer Alliance Player på denne enheten: Den åpnes fra appene dine, i sitt eget vindu, også når du er frakoblet.
nav-catalog = Kurs
loading = Laster inn…

## Languages
language-picker-label = Språk i grensesnittet
language-picker-search = Søk etter språk
language-picker-none = Ingen språk samsvarer med søket ditt.
content-language-label = Kursspråk
content-language-auto = Samme som grensesnittet
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = Språk: { $language }

## Catalogue
catalog-heading = Kurskatalog
catalog-search-label = Søk i kurs
catalog-search-placeholder = Tittel, emne eller tilbyder
catalog-more = Vis flere kurs
catalog-earlier = Vis tidligere kurs
catalog-loading-more = Søker gjennom flere kurs…
catalog-language-label = Språk
catalog-language-any = Alle språk
catalog-count = { $count ->
    [0] Ingen kurs samsvarer.
    [one] Ett kurs
   *[other] { $count } kurs
}
catalog-empty = Ingen kurs samsvarer med søket ditt. Prøv et annet ord, eller velg alle språk.
catalog-rejected = { $count ->
    [one] Ett kurs i denne katalogen kunne ikke vises:
   *[other] { $count } kurs i denne katalogen kunne ikke vises:
}
# A site's catalogue and the learner's own can be several; one that fails is named here, the others still show.
# $source is a catalogue's title or its address; $id is a course's short name, as in its address /course/{ $id }.
catalog-source-notice = Noen kurs mangler i denne listen:
catalog-source-unreachable = Fikk ikke kontakt med { $source }: Nettstedet kan være nede, eller det lar ikke denne spilleren lese kursene sine.
catalog-source-status = { $source } svarte med en feil (HTTP { $status }).
catalog-source-too-large = { $source } er større enn { $limit }, som er det meste denne spilleren leser for en katalog.
catalog-source-invalid = { $source } er ikke en kurskatalog som denne spilleren kan lese: { $detail }
catalog-source-left-out = «{ $course }» fra { $source } er utelatt: Et annet kurs har allerede adressen /course/{ $id }.
course-provider = Fra { $provider }
course-languages = Språk: { $languages }
course-size = Nedlastingsstørrelse: { $size }
course-open = Åpne kurset
course-continue = Fortsett
course-progress = { $percent } fullført

## Course
course-outline = Kursoversikt
outline-show-earlier = Vis tidligere moduler ({ $count } skjult)
outline-show-later = Vis senere moduler ({ $count } skjult)
course-start = Start kurset
course-units = { $count ->
    [one] Én modul
   *[other] { $count } moduler
}
unit-ordinal = Modul { $index } av { $total }
unit-state-not-started = Ikke startet
unit-state-in-progress = Pågår
unit-state-completed = Fullført
unit-state-passed = Bestått
unit-state-failed = Ikke bestått ennå
unit-kind-video = Video
unit-kind-audio = Lyd
unit-kind-reading = Tekst
unit-kind-quiz = Quiz
unit-kind-document = Dokument
unit-kind-interactive = Aktivitet
unit-kind-unknown = Ny modultype
unit-previous = Forrige
unit-next = Neste
unit-mark-done = Merk som ferdig
unit-done = Ferdig
back-to-catalog = Alle kurs
# Search inside the course, above the outline. $time is a position in a video or audio, e.g. "1:05".
course-search-label = Søk i dette kurset
course-search-count = { $count ->
    [0] Ingen treff
    [one] Ett treff
   *[other] { $count } treff
}
course-search-more = { $count ->
    [one] Bare det første treffet vises. Legg til flere ord for å snevre inn søket.
   *[other] Bare de første { $count } treffene vises. Legg til flere ord for å snevre inn søket.
}
course-search-subtitles = Søker også i undertekstene…
course-search-incomplete = Noen undertekster kunne ikke gjennomsøkes.
course-search-in-title = Tittel
course-search-in-reading = Tekst
course-search-in-transcript = Transkripsjon
course-search-in-subtitle = Undertekster ved { $time }
course-search-in-quiz = Quizspørsmål

## Media
media-speed = Hastighet
media-subtitles = Undertekster
media-subtitles-off = Av
media-subtitles-second = Ekstra undertekster
media-fullscreen = Fullskjerm
media-fullscreen-exit = Avslutt fullskjerm
media-shortcuts = Hurtigtaster
media-shortcuts-hint = Når video- eller lydspilleren har fokus:
# The name of the space bar key, as printed on keyboards.
media-key-space = Mellomrom
media-key-play = Spill av eller pause
media-key-seek = 5 sekunder tilbake eller fram
media-key-speed = Saktere eller raskere
media-key-captions = Undertekster på eller av
media-key-fullscreen = Fullskjerm på eller av
media-transcript = Transkripsjon
media-watched = { $percent } sett
media-unsupported = Nettleseren din kan ikke spille av dette mediet. Prøv en annen nettleser, eller last ned filen:

## Reading and document
reading-end = Slutten på teksten
document-download = Last ned PDF-filen ({ $size })
document-download-nosize = Last ned PDF-filen
document-fallback = Nettleseren din kan ikke vise PDF-filer her. Last ned filen for å lese den.
document-not-pdf = { $file } er ikke en PDF-fil. En dokumentmodul viser bare PDF-filer, som begynner med «%PDF-».

## Quiz
quiz-passing = Du trenger { $percent } for å bestå.
quiz-attempts-left = { $count ->
    [one] Ett forsøk igjen
   *[other] { $count } forsøk igjen
}
quiz-attempts-unlimited = Ubegrenset antall forsøk
quiz-attempts-used = { $count ->
    [one] Du har brukt ditt eneste forsøk.
   *[other] Du har brukt alle { $count } forsøkene.
}
quiz-question = Spørsmål { $index }
quiz-true = Sant
quiz-false = Usant
quiz-answer-label = Svaret ditt
quiz-submit = Send inn svar
quiz-retry = Prøv igjen
quiz-score = Resultatet ditt: { $score }
quiz-passed = Bestått – godt jobbet!
quiz-failed = Ikke bestått ennå.
quiz-best = Beste resultat så langt: { $score }
quiz-correct = Riktig
quiz-incorrect = Feil
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Gjennomgang: Hvert spørsmål viser riktig svar.
quiz-right-answer = Riktig svar

## Interactive
interactive-title = Interaktiv aktivitet: { $title }
interactive-hint = Fullfør aktiviteten for å avslutte denne modulen.

## Storage
storage-quota = Nettleserens lagringsplass for spilleren er full, så den siste fremdriften din kunne ikke lagres. Frigjør litt plass (fjern nedlastede kurs eller andre nettsteders data i nettleserinnstillingene), og fortsett deretter: Ingenting som allerede var lagret, har gått tapt.
storage-unavailable = Denne nettleseren lar ikke spilleren lagre fremdriften din, så den beholdes bare til du lukker siden. Private vinduer blokkerer ofte lagring.
storage-write-failed = Den siste fremdriften din kunne ikke lagres ennå. Den beholdes på denne siden og lagres ved neste steg.

## Transcript (the learner's record of progress)
nav-transcript = Min fremdrift
transcript-heading = Min fremdrift
transcript-empty = Du har ikke startet på noe kurs ennå.
transcript-unit-score = Resultat: { $score }
transcript-time-spent = Tidsbruk: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Last ned som xAPI-utsagn (JSON)
transcript-export-csv = Last ned som regneark (CSV)
transcript-reset = Tilbakestill fremdriften min i dette kurset
transcript-reset-confirm = Vil du tilbakestille all fremdriften din i «{ $course }»? Dette kan ikke angres.

## Delivery to the learning record store (LRS), shown in the header and on the settings page
nav-settings = Innstillinger
sync-off = Lagret på denne enheten
sync-off-detail = Ikke koblet til et læringsdatalager: Fremdriften din blir værende i denne nettleseren. Koble til et i innstillingene for å sende det du fullfører, til organisasjonen din.
sync-done = Alt er sendt
sync-pending = { $count ->
    [one] 1 registrering venter
   *[other] { $count } registreringer venter
}
sync-last-delivery = Sist sendt: { $date }
sync-error-offline = Du er frakoblet. Registreringene dine tas vare på og sendes når tilkoblingen er tilbake.
sync-error-unreachable = Fikk ikke kontakt med læringsdatalageret. Prøver igjen om et øyeblikk; ingenting går tapt.
sync-error-server = Læringsdatalageret har et problem (HTTP { $status }). Prøver igjen om et øyeblikk; ingenting går tapt.
sync-error-unauthorized = Læringsdatalageret avviste påloggingsopplysningene dine. Skriv dem inn på nytt i innstillingene; registreringene dine tas vare på til da.
sync-error-not-found = Det finnes ikke noe læringsdatalager på denne adressen. Sjekk adressen i innstillingene; registreringene dine tas vare på til da.
sync-error-version = Læringsdatalageret bruker en annen versjon av xAPI ({ $detail }). Be organisasjonen din om en adresse som støtter xAPI 1.0.3 eller 2.0.0.
sync-error-storage = Registreringene som venter på å bli sendt, kunne ikke leses fra nettleserens lagring ({ $detail }).
sync-set-aside = { $count ->
    [one] 1 registrering ble avvist av læringsdatalageret
   *[other] { $count } registreringer ble avvist av læringsdatalageret
}
sync-set-aside-detail = Disse registreringene tas vare på her sammen med svaret fra lageret, slik at du eller organisasjonen din kan se hva som må rettes.
settings-heading = Innstillinger
settings-lrs-heading = Læringsdatalager (LRS)
settings-lrs-intro = Du får disse opplysningene fra organisasjonen din, slik at det du fullfører og resultatene dine blir registrert der.
settings-lrs-endpoint = Adresse (xAPI-endepunkt)
settings-lrs-key = Nøkkel eller brukernavn
settings-lrs-secret = Hemmelig nøkkel eller passord
settings-lrs-token = Eller et tilgangstoken
settings-lrs-name = Navnet ditt
settings-lrs-email = E-postadressen din
settings-lrs-connect = Koble til
settings-lrs-disconnect = Koble fra
settings-lrs-connected = Koblet til { $endpoint } som { $who }.
settings-lrs-invalid-endpoint = Skriv inn adressen til læringsdatalageret. Den må begynne med https:// eller http://.
settings-lrs-invalid-email = Skriv inn e-postadressen din, slik at registreringene dine lagres under navnet ditt.
cmi5-unit-needs-worker = Spilleren må bli ferdig installert før denne aktiviteten kan brukes: Last inn siden på nytt for å åpne den.
cmi5-exit = Avslutt
cmi5-exiting = Lagrer og går tilbake…
cmi5-browse = Utforsking: Ingenting du gjør her, blir registrert.
cmi5-review = Gjennomgang: Ingenting du gjør her, blir registrert.
cmi5-ended = Denne økten er avsluttet. Åpne kurset på nytt fra læringsplattformen din for å registrere mer.
settings-lrs-launch-failed = Kurset ble åpnet med en pålogging som ikke virket ({ $detail }). Åpne det på nytt fra nettstedet til organisasjonen din.

## Course sources (settings): the catalogues whose courses the course list shows
sources-heading = Kurskilder
sources-intro = Kurslisten samler katalogene nedenfor. Du kan legge til katalogen fra et annet universitet eller en annen kurstilbyder med adressen til katalogen; den lagres for deg på denne enheten.
sources-site = Valgt av dette nettstedet
sources-remove = Fjern
sources-add-label = Legg til en kilde: adressen til katalogen
sources-check = Sjekk
# The number of courses in the catalogue the learner is about to add.
sources-preview = { $count ->
    [one] Ett kurs
   *[other] { $count } kurs
}
sources-add-confirm = Legg til kilden
sources-added = Lagt til: Kursene fra kilden står nå i kurslisten.
sources-removed = Fjernet: Kursene fra kilden står ikke lenger i kurslisten.
sources-invalid-url = Skriv inn en adresse som begynner med https:// (eller en sti på dette nettstedet, for eksempel /courses/catalog.json).
sources-duplicate = Denne katalogen står allerede i listen.
sources-full = Listen over kilder er full. Fjern en for å legge til en ny.

## Unsupported and errors
unit-needs-newer-player = Denne modulen krever en nyere versjon av spilleren
unit-needs-newer-player-detail = Dette er en modul av typen «{ $kind }», som denne versjonen av Alliance Player ikke kjenner til ennå. Resten av kurset fungerer; kontakt kurstilbyderen, eller oppdater spilleren.
error-heading = Noe gikk galt
error-catalog = Kurskatalogen kunne ikke lastes inn.
error-document = Dette dokumentet kan ikke vises.
error-course = Dette kurset kunne ikke åpnes.
error-course-not-found = Det finnes ikke noe kurs «{ $course }» i denne katalogen.
error-unit-not-found = Det finnes ingen modul «{ $unit }» i dette kurset.
error-page-not-found = Denne siden finnes ikke.
error-retry = Prøv igjen
error-part-unavailable = Denne delen av spilleren kunne ikke lastes ned. Sjekk tilkoblingen, og prøv deretter igjen.
error-what-to-do = Hvis problemet vedvarer, kan du fortelle kurstilbyderen hva som vises ovenfor.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Frakoblet
offline-indicator-detail = Du er frakoblet. Nedlastede kurs spilles av som vanlig; fremdriften din lagres på denne enheten og sendes når du er på nett igjen.
update-ready = En ny versjon av Alliance Player er klar.
update-reload = Last inn på nytt for å oppdatere
download-heading = Bruk uten nett
download-course = Last ned for bruk uten nett ({ $size })
download-resume = Fortsett nedlastingen ({ $size } igjen)
download-progress = { $done } av { $total } · { $units } av { $unitsTotal } moduler
download-cancel = Avbryt
download-done = Lastet ned: Dette kurset fungerer uten nett ({ $size }).
download-remove = Fjern nedlastingen
download-stored-partly = { $done } av { $total } ligger allerede på denne enheten.
download-failed = Nedlastingen stoppet: { $detail } Det som allerede er lagret, beholdes; trykk på «Fortsett nedlastingen» for å gå videre.
download-file-mismatch = { $file } kom ikke frem uskadd (forventet { $expected }, mottok { $got }).
download-file-failed = { $file } kunne ikke lastes ned ({ $detail }).
download-no-cors = { $host } lar ikke denne spilleren lese filene sine (den sender ingen CORS-hoder), så de kan ikke kontrolleres og lagres. Administratoren for serveren må sende Access-Control-Allow-Origin med hver kursfil.
download-quota = Det er ikke plass til kurset på denne enheten. Frigjør litt plass eller fjern en annen nedlasting, og fortsett deretter.
download-storage = Denne nettleseren bruker { $used } av de { $available } den kan bruke på denne enheten.
download-persistent = Nedlastinger blir liggende til du fjerner dem.
download-not-persistent = Nettleseren kan fjerne nedlastinger hvis det blir lite plass på enheten.
download-needs-network = Du er frakoblet. Koble til internett for å laste ned dette kurset.
data-saver = Datasparing
data-saver-help = Medier lastes bare inn når du trykker på Spill av, transkripsjoner vises først, og størrelsen vises ved siden av hver mediefil.
media-size = { $size } å laste inn

## Notes and bookmarks
notes-heading = Mine notater
notes-bookmark = Bokmerk denne modulen
notes-bookmarked = Bokmerket
notes-bookmark-moment = Bokmerk dette øyeblikket
notes-note-label = Notatet ditt om denne modulen
notes-save = Lagre notatet
notes-saved = Lagret.
notes-delete = Slett
# A moment of a video or audio, e.g. "At 1:05".
notes-at = Ved { $time }
notes-empty = Ingen notater eller bokmerker i dette kurset ennå. Bokmerk en modul eller et øyeblikk i en video, og skriv et notat til det.
notes-where = Notatene dine blir værende på denne enheten og når fram til læringsdatalageret ditt når et er tilkoblet.
notes-too-long = Et notat kan ha høyst { $max } tegn.
notes-too-many = Dette kurset har ikke plass til flere notater: Slett et for å legge til et nytt.

## Accessibility
unit-nav-label = Forrige og neste modul
captions-always = Vis alltid undertekster når en video eller lydfil har det (på ditt språk hvis det finnes, ellers på kursets språk)
caption-style = Undertekststil
caption-size = Tekststørrelse
caption-colour = Tekstfarge
caption-background = Bakgrunn
caption-colour-white = Hvit
caption-colour-yellow = Gul
caption-colour-cyan = Cyan
caption-colour-green = Grønn
caption-colour-magenta = Magenta
caption-colour-black = Svart
caption-background-black = Svart, gjennomsiktig
caption-background-solid-black = Svart
caption-background-white = Hvit
caption-background-transparent = Ingen
caption-background-blue = Blå
caption-preview = Slik kommer undertekstene til å se ut.
caption-unreadable = Denne teksten er vanskelig å lese på denne bakgrunnen: Velg en annen farge eller bakgrunn.
launch-other = Denne lenken ville sende registreringene dine til { $endpoint } som { $who }. Du er koblet til { $current } som { $current_who }.
launch-switch = Bytt til denne tilkoblingen
launch-keep = Behold tilkoblingen min
launch-other-learner = Denne lenken er for { $who }. { $current_who } bruker spilleren nå. Vil du bytte til { $who }?
launch-switch-learner = Bytt deltaker

## Learners
learners-heading = Deltakere på denne enheten
learners-locked = { $name } bruker spilleren
learner-unnamed = Meg
learner-now = Bruker spilleren nå
learner-switch = Bytt til denne deltakeren
learner-rename = Gi nytt navn
learner-name = Navn
learner-save = Lagre
learner-cancel = Avbryt
learner-remove = Fjern
learner-remove-ask = Vil du fjerne { $name } fra denne enheten? Fremdriften, ventende registreringer og innstillingene til personen på denne enheten slettes. Nedlastede kurs blir liggende.
learner-removed = { $name } er fjernet.
learner-pin = PIN-kode (fire sifre, valgfritt)
learner-pin-label = PIN-kode
learner-pin-for = PIN-kode for { $name }
learner-pin-new = Ny PIN-kode (fire sifre)
learner-pin-set = Velg en PIN-kode
learner-pin-remove = Fjern PIN-koden
learner-pin-open = Fortsett
learner-pin-note = En PIN-kode hindrer dem som deler denne enheten, i å se hverandres fremdrift. Den beskytter personvernet, men gir ingen sikkerhet.
learner-add-heading = Legg til en deltaker
learner-add = Legg til
learner-added = { $name } er lagt til.
learner-saved = Lagret.
learner-error-empty = Skriv inn et navn.
learner-error-long = Navnet er for langt.
learner-error-taken = Noen på denne enheten heter allerede { $name }.
learner-error-pin = En PIN-kode består av nøyaktig fire sifre.
learner-error-full = Det er ikke plass til flere deltakere på denne enheten. Fjern en først.
learner-error-unknown = Deltakerlisten kunne ikke endres. Last inn siden på nytt, og prøv igjen.
learner-error-wrong-pin = Feil PIN-kode.
signout-ask = { $count ->
    [one] Én registrering er ikke sendt ennå.
   *[other] { $count } registreringer er ikke sendt ennå.
}
signout-keep = { $count ->
    [one] Behold den ventende registreringen til jeg kobler til igjen
   *[other] Behold de { $count } ventende registreringene til jeg kobler til igjen
}
signout-discard = { $count ->
    [one] Forkast den
   *[other] Forkast dem
}
