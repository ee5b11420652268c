# Alliance Player interface strings — Nederlands
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Nederlands
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Naar de inhoud
# In the header where the browser offers to install the player as an app.
install-app = App installeren
install-app-hint = Installeer Alliance Player op dit apparaat: je opent hem dan vanuit je apps, in een eigen venster, ook offline.
nav-catalog = Cursussen
loading = Laden…

## Languages
language-picker-label = Interfacetaal
language-picker-search = Talen zoeken
language-picker-none = Geen enkele taal komt overeen met je zoekopdracht.
content-language-label = Cursustaal
content-language-auto = Zelfde als de interface
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = Taal: { $language }

## Catalogue
catalog-heading = Cursuscatalogus
catalog-search-label = Cursussen zoeken
catalog-search-placeholder = Titel, onderwerp of aanbieder
catalog-more = Meer cursussen tonen
catalog-earlier = Eerdere cursussen tonen
catalog-loading-more = Meer cursussen doorzoeken…
catalog-language-label = Taal
catalog-language-any = Alle talen
catalog-count = { $count ->
    [0] Geen cursussen gevonden.
    [one] Eén cursus
   *[other] { $count } cursussen
}
catalog-empty = Geen enkele cursus komt overeen met je zoekopdracht. Probeer een ander woord of kies alle talen.
catalog-rejected = { $count ->
    [one] Eén cursus in deze catalogus kon niet worden weergegeven:
   *[other] { $count } cursussen in deze catalogus konden niet worden weergegeven:
}
catalog-source-notice = Er ontbreken enkele cursussen in deze lijst:
catalog-source-unreachable = { $source } is niet bereikbaar: de site ligt misschien plat, of staat deze speler niet toe de cursussen te lezen.
catalog-source-status = { $source } antwoordde met een fout (HTTP { $status }).
catalog-source-too-large = { $source } is groter dan { $limit }, het maximum dat deze speler voor een catalogus leest.
catalog-source-invalid = { $source } is geen cursuscatalogus die deze speler kan lezen: { $detail }
catalog-source-left-out = “{ $course }” van { $source } is weggelaten: een andere cursus heeft zijn adres al, /course/{ $id }.
course-provider = Aangeboden door { $provider }
course-languages = Talen: { $languages }
course-size = Downloadgrootte: { $size }
course-open = Cursus openen
course-continue = Verdergaan
course-progress = { $percent } voltooid

## Course
course-outline = Cursusoverzicht
outline-show-earlier = Eerdere onderdelen tonen ({ $count } verborgen)
outline-show-later = Latere onderdelen tonen ({ $count } verborgen)
course-start = Cursus starten
course-units = { $count ->
    [one] Eén onderdeel
   *[other] { $count } onderdelen
}
unit-ordinal = Onderdeel { $index } van { $total }
unit-state-not-started = Niet begonnen
unit-state-in-progress = Bezig
unit-state-completed = Voltooid
unit-state-passed = Behaald
unit-state-failed = Nog niet behaald
unit-kind-video = Video
unit-kind-audio = Audio
unit-kind-reading = Leestekst
unit-kind-quiz = Quiz
unit-kind-document = Document
unit-kind-interactive = Activiteit
unit-kind-unknown = Nieuw soort onderdeel
unit-previous = Vorige
unit-next = Volgende
unit-mark-done = Markeren als klaar
unit-done = Klaar
back-to-catalog = Alle cursussen
course-search-label = Zoeken in deze cursus
course-search-count = { $count ->
    [0] Geen resultaten
    [one] Eén resultaat
   *[other] { $count } resultaten
}
course-search-more = { $count ->
    [one] Alleen het eerste resultaat wordt getoond; voeg woorden toe om de zoekopdracht te verfijnen.
   *[other] Alleen de eerste { $count } resultaten worden getoond; voeg woorden toe om de zoekopdracht te verfijnen.
}
course-search-subtitles = Ook de ondertiteling wordt doorzocht…
course-search-incomplete = Sommige ondertitels konden niet worden doorzocht.
course-search-in-title = Titel
course-search-in-reading = Leestekst
course-search-in-transcript = Transcriptie
course-search-in-subtitle = Ondertiteling op { $time }
course-search-in-quiz = Quizvraag

## Media
media-speed = Snelheid
media-subtitles = Ondertiteling
media-subtitles-off = Uit
media-subtitles-second = Tweede ondertiteling
media-fullscreen = Volledig scherm
media-fullscreen-exit = Volledig scherm sluiten
media-shortcuts = Sneltoetsen
media-shortcuts-hint = Als de video- of audiospeler focus heeft:
# The name of the space bar key, as printed on keyboards.
media-key-space = Spatie
media-key-play = Afspelen of pauzeren
media-key-seek = 5 seconden terug of vooruit
media-key-speed = Langzamer of sneller
media-key-captions = Ondertiteling aan of uit
media-key-fullscreen = Volledig scherm aan of uit
media-transcript = Transcriptie
media-watched = { $percent } bekeken
media-unsupported = Je browser kan deze media niet afspelen. Probeer een andere browser of download het bestand:

## Reading and document
reading-end = Einde van de leestekst
document-download = Pdf downloaden ({ $size })
document-download-nosize = Pdf downloaden
document-fallback = Je browser kan hier geen pdf’s weergeven. Download het bestand om het te lezen.
document-not-pdf = { $file } is geen pdf-bestand. Een documenteenheid toont alleen pdf-bestanden, die beginnen met ‘%PDF-’.

## Quiz
quiz-passing = Je hebt { $percent } nodig om te slagen.
quiz-attempts-left = { $count ->
    [one] Nog één poging over
   *[other] Nog { $count } pogingen over
}
quiz-attempts-unlimited = Onbeperkt aantal pogingen
quiz-attempts-used = { $count ->
    [one] Je hebt je enige poging gebruikt.
   *[other] Je hebt alle { $count } pogingen gebruikt.
}
quiz-question = Vraag { $index }
quiz-true = Waar
quiz-false = Onwaar
quiz-answer-label = Je antwoord
quiz-submit = Antwoorden indienen
quiz-retry = Opnieuw proberen
quiz-score = Je score: { $score }
quiz-passed = Geslaagd – goed gedaan!
quiz-failed = Nog niet geslaagd.
quiz-best = Je beste score tot nu toe: { $score }
quiz-correct = Goed
quiz-incorrect = Fout
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Terugblik: bij elke vraag staat het juiste antwoord.
quiz-right-answer = Juiste antwoord

## Interactive
interactive-title = Interactieve activiteit: { $title }
interactive-hint = Voltooi de activiteit om dit onderdeel af te ronden.

## Storage
storage-quota = De opslag van deze browser voor de speler is vol, dus je laatste voortgang kon niet worden opgeslagen. Maak wat ruimte vrij (verwijder gedownloade cursussen of gegevens van andere websites in de browserinstellingen) en ga dan verder: niets wat eerder is opgeslagen, is verloren gegaan.
storage-unavailable = Deze browser staat niet toe dat de speler je voortgang opslaat, dus die blijft alleen bewaard tot je de pagina sluit. Privévensters blokkeren opslag vaak.
storage-write-failed = Je laatste voortgang kon nog niet worden opgeslagen. Die blijft op deze pagina bewaard en wordt bij je volgende stap opgeslagen.

## Transcript (the learner's record of progress)
nav-transcript = Mijn voortgang
transcript-heading = Mijn voortgang
transcript-empty = Je bent nog niet met een cursus begonnen.
transcript-unit-score = Score: { $score }
transcript-time-spent = Bestede tijd: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Downloaden als xAPI-statements (JSON)
transcript-export-csv = Downloaden als spreadsheet (CSV)
transcript-reset = Mijn voortgang in deze cursus wissen
transcript-reset-confirm = Al je voortgang in “{ $course }” wissen? Dit kan niet ongedaan worden gemaakt.

## Verzending naar de leerrecordopslag (LRS), getoond in de kopregel en op de instellingenpagina
nav-settings = Instellingen
sync-off = Opgeslagen op dit apparaat
sync-off-detail = Niet verbonden met een leerrecordopslag: je voortgang blijft in deze browser. Maak in de instellingen verbinding met een leerrecordopslag om je afgeronde onderdelen naar je organisatie te sturen.
sync-done = Alles verzonden
sync-pending = { $count ->
    [one] { $count } record wacht op verzending
   *[other] { $count } records wachten op verzending
}
sync-last-delivery = Laatst verzonden: { $date }
sync-error-offline = Je bent offline. Je records blijven bewaard en worden verzonden zodra de verbinding terug is.
sync-error-unreachable = De leerrecordopslag is niet bereikbaar. Zo meteen wordt het opnieuw geprobeerd; er gaat niets verloren.
sync-error-server = De leerrecordopslag heeft een probleem (HTTP { $status }). Zo meteen wordt het opnieuw geprobeerd; er gaat niets verloren.
sync-error-unauthorized = De leerrecordopslag heeft je inloggegevens geweigerd. Voer ze opnieuw in bij de instellingen; tot die tijd blijven je records bewaard.
sync-error-not-found = Op dit adres is geen leerrecordopslag te vinden. Controleer het adres in de instellingen; tot die tijd blijven je records bewaard.
sync-error-version = De leerrecordopslag gebruikt een andere versie van xAPI ({ $detail }). Vraag je organisatie om een adres dat xAPI 1.0.3 of 2.0.0 ondersteunt.
sync-error-storage = De records die op verzending wachten, konden niet uit de opslag van deze browser worden gelezen ({ $detail }).
sync-set-aside = { $count ->
    [one] { $count } record is geweigerd door de leerrecordopslag
   *[other] { $count } records zijn geweigerd door de leerrecordopslag
}
sync-set-aside-detail = Deze records blijven hier bewaard met het antwoord van de leerrecordopslag, zodat jij of je organisatie kan zien wat er verbeterd moet worden.
settings-heading = Instellingen
settings-lrs-heading = Leerrecordopslag
settings-lrs-intro = Je organisatie geeft je deze gegevens, zodat je afgeronde onderdelen en scores in haar administratie terechtkomen.
settings-lrs-endpoint = Adres (xAPI-endpoint)
settings-lrs-key = Sleutel of gebruikersnaam
settings-lrs-secret = Geheim of wachtwoord
settings-lrs-token = Of een toegangstoken
settings-lrs-name = Je naam
settings-lrs-email = Je e-mailadres
settings-lrs-connect = Verbinden
settings-lrs-disconnect = Verbinding verbreken
settings-lrs-connected = Verbonden met { $endpoint } als { $who }.
settings-lrs-invalid-endpoint = Voer het adres van de leerrecordopslag in, beginnend met https:// of http://.
settings-lrs-invalid-email = Voer je e-mailadres in, zodat je records onder jouw naam worden opgeslagen.
cmi5-unit-needs-worker = Voor deze activiteit moet de speler klaar zijn met installeren: laad de pagina opnieuw om haar te openen.
cmi5-exit = Afsluiten
cmi5-exiting = Opslaan en terugkeren…
cmi5-browse = Bekijken: niets van wat je hier doet wordt vastgelegd.
cmi5-review = Herhalen: niets van wat je hier doet wordt vastgelegd.
cmi5-ended = Deze sessie is beëindigd. Open de cursus opnieuw vanuit je leerplatform om meer vast te leggen.
settings-lrs-launch-failed = De cursus is geopend met een aanmelding die niet werkte ({ $detail }). Open de cursus opnieuw via de website van je organisatie.

sources-heading = Cursusbronnen
sources-intro = De cursuslijst brengt de onderstaande catalogi samen. Je kunt de catalogus van een andere universiteit of cursusaanbieder toevoegen via het adres ervan; die wordt voor jou bewaard, op dit apparaat.
sources-site = Gekozen door deze site
sources-remove = Verwijderen
sources-add-label = Een bron toevoegen: het adres van de catalogus
sources-check = Controleren
sources-preview = { $count ->
    [one] Eén cursus
   *[other] { $count } cursussen
}
sources-add-confirm = Deze bron toevoegen
sources-added = Toegevoegd: de cursussen ervan staan nu in de cursuslijst.
sources-removed = Verwijderd: de cursussen ervan staan niet meer in de cursuslijst.
sources-invalid-url = Voer een adres in dat begint met https:// (of een pad op deze site, zoals /courses/catalog.json).
sources-duplicate = Deze catalogus staat al in de lijst.
sources-full = Je lijst met bronnen is vol. Verwijder er een om een andere toe te voegen.

## Unsupported and errors
unit-needs-newer-player = Voor dit onderdeel is een nieuwere versie van de speler nodig
unit-needs-newer-player-detail = Het is een onderdeel van het type “{ $kind }”, dat deze versie van Alliance Player nog niet kent. De rest van de cursus werkt; neem contact op met de aanbieder van de cursus of werk de speler bij.
error-heading = Er is iets misgegaan
error-catalog = De cursuscatalogus kon niet worden geladen.
error-document = Dit document kan niet worden getoond.
error-course = Deze cursus kon niet worden geopend.
error-course-not-found = Er is geen cursus “{ $course }” in deze catalogus.
error-unit-not-found = Er is geen onderdeel “{ $unit }” in deze cursus.
error-page-not-found = Deze pagina bestaat niet.
error-retry = Opnieuw proberen
error-part-unavailable = Dit deel van de speler kon niet worden gedownload. Controleer je verbinding en probeer het dan opnieuw.
error-what-to-do = Blijft het probleem bestaan? Geef dan aan de aanbieder van de cursus door wat hierboven staat.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Offline
offline-indicator-detail = Je bent offline. Gedownloade cursussen werken gewoon; je voortgang wordt op dit apparaat opgeslagen en verzonden zodra je weer online bent.
update-ready = Er is een nieuwe versie van Alliance Player beschikbaar.
update-reload = Opnieuw laden om bij te werken
download-heading = Offline gebruik
download-course = Downloaden voor offline gebruik ({ $size })
download-resume = Download hervatten (nog { $size })
download-progress = { $done } van { $total } · { $units } van { $unitsTotal } onderdelen
download-cancel = Annuleren
download-done = Gedownload: deze cursus werkt offline ({ $size }).
download-remove = Download verwijderen
download-stored-partly = { $done } van { $total } staat al op dit apparaat.
download-failed = De download is gestopt: { $detail } Wat al is opgeslagen, blijft bewaard; druk op “Download hervatten” om verder te gaan.
download-file-mismatch = { $file } is niet intact aangekomen (verwacht: { $expected }, ontvangen: { $got }).
download-file-failed = { $file } kon niet worden gedownload ({ $detail }).
download-no-cors = { $host } staat deze speler niet toe zijn bestanden te lezen (het stuurt geen CORS-headers), dus ze kunnen niet worden gecontroleerd en opgeslagen. De beheerder ervan moet bij elk cursusbestand Access-Control-Allow-Origin meesturen.
download-quota = Er is op dit apparaat geen ruimte meer voor de cursus. Maak wat ruimte vrij of verwijder een andere download en hervat dan de download.
download-storage = Deze browser gebruikt { $used } van de { $available } die hij op dit apparaat mag gebruiken.
download-persistent = Downloads blijven bewaard tot je ze verwijdert.
download-not-persistent = De browser kan downloads verwijderen als het apparaat te weinig ruimte heeft.
download-needs-network = Je bent offline. Maak verbinding met internet om deze cursus te downloaden.
data-saver = Databesparing
data-saver-help = Media worden pas geladen als je op afspelen drukt, transcripties komen eerst en naast media staat hoe groot ze zijn.
media-size = { $size } te laden

## Notes and bookmarks
notes-heading = Mijn notities
notes-bookmark = Bladwijzer voor dit onderdeel
notes-bookmarked = Bladwijzer gezet
notes-bookmark-moment = Bladwijzer voor dit moment
notes-note-label = Je notitie bij dit onderdeel
notes-save = Notitie opslaan
notes-saved = Opgeslagen.
notes-delete = Verwijderen
# A moment of a video or audio, e.g. "At 1:05".
notes-at = Op { $time }
notes-empty = Nog geen notities of bladwijzers in deze cursus. Zet een bladwijzer bij een onderdeel of een moment in een video en schrijf er een notitie bij.
notes-where = Je notities blijven op dit apparaat en gaan naar je leerrecordopslag als er een verbonden is.
notes-too-long = Een notitie mag maximaal { $max } tekens bevatten.
notes-too-many = Deze cursus bevat al zoveel notities als er passen: verwijder er een om een nieuwe toe te voegen.

## Accessibility
unit-nav-label = Vorig en volgend onderdeel
captions-always = Ondertiteling altijd tonen als een video of audio die heeft (in je eigen taal als die er is, anders in de cursustaal)
caption-style = Ondertitelstijl
caption-size = Tekstgrootte
caption-colour = Tekstkleur
caption-background = Achtergrond
caption-colour-white = Wit
caption-colour-yellow = Geel
caption-colour-cyan = Cyaan
caption-colour-green = Groen
caption-colour-magenta = Magenta
caption-colour-black = Zwart
caption-background-black = Zwart, doorschijnend
caption-background-solid-black = Zwart
caption-background-white = Wit
caption-background-transparent = Geen
caption-background-blue = Blauw
caption-preview = Zo ziet de ondertiteling eruit.
caption-unreadable = Deze tekst is slecht leesbaar op deze achtergrond: kies een andere kleur of achtergrond.
launch-other = Deze link zou je leergegevens als { $who } naar { $endpoint } sturen. Je bent verbonden met { $current } als { $current_who }.
launch-switch = Overschakelen naar deze verbinding
launch-keep = Mijn verbinding houden

launch-other-learner = Deze link is voor { $who }. { $current_who } gebruikt de speler nu. Overschakelen naar { $who }?
launch-switch-learner = Andere leerling

## Learners
learners-heading = Leerlingen op dit apparaat
learners-locked = { $name } gebruikt de speler
learner-unnamed = Ik
learner-now = Gebruikt de speler nu
learner-switch = Naar deze leerling overschakelen
learner-rename = Naam wijzigen
learner-name = Naam
learner-save = Opslaan
learner-cancel = Annuleren
learner-remove = Verwijderen
learner-remove-ask = { $name } van dit apparaat verwijderen? De voortgang, wachtende records en instellingen van deze leerling op dit apparaat worden gewist. Gedownloade cursussen blijven staan.
learner-removed = { $name } is verwijderd.
learner-pin = Pincode (vier cijfers, optioneel)
learner-pin-label = Pincode
learner-pin-for = Pincode van { $name }
learner-pin-new = Nieuwe pincode (vier cijfers)
learner-pin-set = Pincode instellen
learner-pin-remove = Pincode verwijderen
learner-pin-open = Doorgaan
learner-pin-note = Een pincode houdt mensen die dit apparaat delen uit elkaars voortgang. Het is voor privacy, niet voor beveiliging.
learner-add-heading = Leerling toevoegen
learner-add = Toevoegen
learner-added = { $name } is toegevoegd.
learner-saved = Opgeslagen.
learner-error-empty = Vul een naam in.
learner-error-long = Deze naam is te lang.
learner-error-taken = Iemand op dit apparaat heet al { $name }.
learner-error-pin = Een pincode bestaat uit precies vier cijfers.
learner-error-full = Er passen geen leerlingen meer op dit apparaat. Verwijder er eerst een.
learner-error-unknown = De lijst met leerlingen kon niet worden gewijzigd. Laad de pagina opnieuw en probeer het nog eens.
learner-error-wrong-pin = Die pincode klopt niet.
signout-ask = { $count ->
    [one] Eén record is nog niet verzonden.
   *[other] { $count } records zijn nog niet verzonden.
}
signout-keep = { $count ->
    [one] Het wachtende record bewaren voor als ik weer verbinding maak
   *[other] De { $count } wachtende records bewaren voor als ik weer verbinding maak
}
signout-discard = { $count ->
    [one] Weggooien
   *[other] Weggooien
}
