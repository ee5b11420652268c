# Alliance Player interface strings — Suomi
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Suomi
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Siirry sisältöön
# In the header where the browser offers to install the player as an app.
install-app = Asenna sovellus
install-app-hint = Asenna Alliance Player tälle laitteelle: se avautuu sovelluksistasi omaan ikkunaansa, myös offline-tilassa.
nav-catalog = Kurssit
loading = Ladataan…

## Languages
language-picker-label = Käyttöliittymän kieli
language-picker-search = Hae kieliä
language-picker-none = Hakuasi vastaavaa kieltä ei löytynyt.
content-language-label = Kurssien kieli
content-language-auto = Sama kuin käyttöliittymässä
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = Kieli: { $language }

## Catalogue
catalog-heading = Kurssiluettelo
catalog-search-label = Hae kursseja
catalog-search-placeholder = Nimi, aihe tai tarjoaja
catalog-more = Näytä lisää kursseja
catalog-earlier = Näytä aiemmat kurssit
catalog-loading-more = Käydään läpi lisää kursseja…
catalog-language-label = Kieli
catalog-language-any = Kaikki kielet
catalog-count = { $count ->
    [0] Ei vastaavia kursseja.
    [one] Yksi kurssi
   *[other] { $count } kurssia
}
catalog-empty = Hakuasi vastaavaa kurssia ei löytynyt. Kokeile toista sanaa tai valitse kaikki kielet.
catalog-rejected = { $count ->
    [one] Yhtä tämän luettelon kurssia ei voitu näyttää:
   *[other] Tämän luettelon { $count } kurssia ei voitu näyttää:
}
# A site's catalogue and the learner's own can be several; one that fails is named here, the others still show.
# $source is a catalogue's title or its address; $id is a course's short name, as in its address /course/{ $id }.
catalog-source-notice = Tästä luettelosta puuttuu kursseja:
catalog-source-unreachable = Lähteeseen { $source } ei saatu yhteyttä: sivusto voi olla poissa käytöstä, tai se ei salli tämän soittimen lukea kurssejaan.
catalog-source-status = Lähde { $source } vastasi virheellä (HTTP { $status }).
catalog-source-too-large = Lähde { $source } on suurempi kuin { $limit }, joka on tämän soittimen lukeman kurssiluettelon enimmäiskoko.
catalog-source-invalid = Lähde { $source } ei ole kurssiluettelo, jota tämä soitin osaa lukea: { $detail }
catalog-source-left-out = Kurssi ”{ $course }” lähteestä { $source } jätettiin pois: toisella kurssilla on jo sama osoite /course/{ $id }.
course-provider = Tarjoaja: { $provider }
course-languages = Kielet: { $languages }
course-size = Latauksen koko: { $size }
course-open = Avaa kurssi
course-continue = Jatka
course-progress = { $percent } suoritettu

## Course
course-outline = Kurssin sisältö
outline-show-earlier = Näytä aiemmat osiot ({ $count } piilotettu)
outline-show-later = Näytä myöhemmät osiot ({ $count } piilotettu)
course-start = Aloita kurssi
course-units = { $count ->
    [one] Yksi osio
   *[other] { $count } osiota
}
unit-ordinal = Osio { $index }/{ $total }
unit-state-not-started = Ei aloitettu
unit-state-in-progress = Kesken
unit-state-completed = Suoritettu
unit-state-passed = Hyväksytty
unit-state-failed = Ei vielä hyväksytty
unit-kind-video = Video
unit-kind-audio = Ääni
unit-kind-reading = Teksti
unit-kind-quiz = Tentti
unit-kind-document = Dokumentti
unit-kind-interactive = Tehtävä
unit-kind-unknown = Uudenlainen osio
unit-previous = Edellinen
unit-next = Seuraava
unit-mark-done = Merkitse valmiiksi
unit-done = Valmis
back-to-catalog = Kaikki kurssit
# Search inside the course, above the outline. $time is a position in a video or audio, e.g. "1:05".
course-search-label = Hae tältä kurssilta
course-search-count = { $count ->
    [0] Ei tuloksia
    [one] Yksi tulos
   *[other] { $count } tulosta
}
course-search-more = { $count ->
    [one] Vain ensimmäinen tulos näytetään. Tarkenna hakua lisäämällä sanoja.
   *[other] Vain { $count } ensimmäistä tulosta näytetään. Tarkenna hakua lisäämällä sanoja.
}
course-search-subtitles = Haetaan myös tekstityksistä…
course-search-incomplete = Joistakin tekstityksistä ei voitu hakea.
course-search-in-title = Nimi
course-search-in-reading = Teksti
course-search-in-transcript = Tekstivastine
course-search-in-subtitle = Tekstitys kohdassa { $time }
course-search-in-quiz = Tenttikysymys

## Media
media-speed = Nopeus
media-subtitles = Tekstitys
media-subtitles-off = Pois
media-subtitles-second = Toinen tekstitys
media-fullscreen = Koko näyttö
media-fullscreen-exit = Poistu koko näytön tilasta
media-shortcuts = Pikanäppäimet
media-shortcuts-hint = Kun video- tai äänisoitin on aktiivinen:
# The name of the space bar key, as printed on keyboards.
media-key-space = Välilyönti
media-key-play = Toista tai keskeytä
media-key-seek = 5 sekuntia taakse- tai eteenpäin
media-key-speed = Hitaammin tai nopeammin
media-key-captions = Tekstitys päälle tai pois
media-key-fullscreen = Koko näyttö päälle tai pois
media-transcript = Tekstivastine
media-watched = { $percent } katsottu
media-unsupported = Selaimesi ei pysty toistamaan tätä mediaa. Kokeile toista selainta tai lataa tiedosto:

## Reading and document
reading-end = Tekstin loppu
document-download = Lataa PDF ({ $size })
document-download-nosize = Lataa PDF
document-fallback = Selaimesi ei pysty näyttämään PDF-tiedostoja tässä. Lataa tiedosto lukeaksesi sen.
document-not-pdf = Tiedosto { $file } ei ole PDF-tiedosto. Dokumenttiosio näyttää vain PDF-tiedostoja, jotka alkavat merkeillä ”%PDF-”.

## Quiz
quiz-passing = Hyväksyttyyn suoritukseen tarvitset { $percent }.
quiz-attempts-left = { $count ->
    [one] Yksi yritys jäljellä
   *[other] { $count } yritystä jäljellä
}
quiz-attempts-unlimited = Rajaton määrä yrityksiä
quiz-attempts-used = { $count ->
    [one] Olet käyttänyt ainoan yrityksesi.
   *[other] Olet käyttänyt kaikki { $count } yritystäsi.
}
quiz-question = Kysymys { $index }
quiz-true = Tosi
quiz-false = Epätosi
quiz-answer-label = Vastauksesi
quiz-submit = Lähetä vastaukset
quiz-retry = Yritä uudelleen
quiz-score = Tuloksesi: { $score }
quiz-passed = Hyväksytty – hienoa!
quiz-failed = Ei vielä hyväksytty.
quiz-best = Paras tulos tähän mennessä: { $score }
quiz-correct = Oikein
quiz-incorrect = Väärin
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Läpikäynti: jokaisen kysymyksen kohdalla näkyy oikea vastaus.
quiz-right-answer = Oikea vastaus

## Interactive
interactive-title = Interaktiivinen tehtävä: { $title }
interactive-hint = Suorita tehtävä loppuun, niin osio on valmis.

## Storage
storage-quota = Selaimen tallennustila soittimelle on täynnä, joten viimeisintä edistymistäsi ei voitu tallentaa. Vapauta tilaa (poista ladattuja kursseja tai muiden sivustojen tietoja selaimen asetuksista) ja jatka sitten: aiemmin tallennettua ei ole menetetty.
storage-unavailable = Tämä selain ei salli soittimen tallentaa edistymistäsi, joten se säilyy vain siihen asti, kun suljet sivun. Yksityiset ikkunat estävät usein tallentamisen.
storage-write-failed = Viimeisintä edistymistäsi ei voitu vielä tallentaa. Se säilyy tällä sivulla ja tallennetaan seuraavan vaiheen yhteydessä.

## Transcript (the learner's record of progress)
nav-transcript = Oma edistyminen
transcript-heading = Oma edistyminen
transcript-empty = Et ole vielä aloittanut yhtään kurssia.
transcript-unit-score = Tulos: { $score }
transcript-time-spent = Käytetty aika: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Lataa xAPI-lausumina (JSON)
transcript-export-csv = Lataa taulukkona (CSV)
transcript-reset = Nollaa edistymiseni tällä kurssilla
transcript-reset-confirm = Nollataanko kaikki edistymisesi kurssilla ”{ $course }”? Tätä ei voi kumota.

## Delivery to the learning record store (LRS), shown in the header and on the settings page
nav-settings = Asetukset
sync-off = Tallennettu tälle laitteelle
sync-off-detail = Ei yhteyttä oppimistietovarastoon: edistymisesi pysyy tässä selaimessa. Yhdistä varasto asetuksissa, niin suorituksesi välittyvät organisaatiollesi.
sync-done = Kaikki lähetetty
sync-pending = { $count ->
    [one] 1 merkintä odottaa
   *[other] { $count } merkintää odottaa
}
sync-last-delivery = Lähetetty viimeksi: { $date }
sync-error-offline = Olet offline-tilassa. Merkintäsi säilyvät ja lähetetään, kun yhteys palaa.
sync-error-unreachable = Oppimistietovarastoon ei saatu yhteyttä. Yritetään hetken päästä uudelleen; mitään ei menetetä.
sync-error-server = Oppimistietovarastossa on ongelma (HTTP { $status }). Yritetään hetken päästä uudelleen; mitään ei menetetä.
sync-error-unauthorized = Oppimistietovarasto hylkäsi tunnuksesi. Anna ne uudelleen asetuksissa; merkintäsi säilyvät siihen asti.
sync-error-not-found = Tässä osoitteessa ei ole oppimistietovarastoa. Tarkista osoite asetuksista; merkintäsi säilyvät siihen asti.
sync-error-version = Oppimistietovarasto käyttää eri xAPI-versiota ({ $detail }). Pyydä organisaatioltasi osoite, joka tukee xAPI-versiota 1.0.3 tai 2.0.0.
sync-error-storage = Lähetystä odottavia merkintöjä ei voitu lukea selaimen tallennustilasta ({ $detail }).
sync-set-aside = { $count ->
    [one] Oppimistietovarasto hylkäsi 1 merkinnän
   *[other] Oppimistietovarasto hylkäsi { $count } merkintää
}
sync-set-aside-detail = Nämä merkinnät säilytetään täällä yhdessä varaston vastauksen kanssa, jotta näet tai organisaatiosi näkee, mitä pitää korjata.
settings-heading = Asetukset
settings-lrs-heading = Oppimistietovarasto (LRS)
settings-lrs-intro = Saat nämä tiedot organisaatioltasi, jotta suorituksesi ja tuloksesi tallentuvat sen järjestelmään.
settings-lrs-endpoint = Osoite (xAPI-päätepiste)
settings-lrs-key = Avain tai käyttäjätunnus
settings-lrs-secret = Salainen avain tai salasana
settings-lrs-token = Tai käyttöoikeustunnus
settings-lrs-name = Nimesi
settings-lrs-email = Sähköpostiosoitteesi
settings-lrs-connect = Yhdistä
settings-lrs-disconnect = Katkaise yhteys
settings-lrs-connected = Yhdistetty osoitteeseen { $endpoint } käyttäjänä { $who }.
settings-lrs-invalid-endpoint = Anna oppimistietovaraston osoite. Sen on alettava https:// tai http://.
settings-lrs-invalid-email = Anna sähköpostiosoitteesi, jotta merkintäsi tallentuvat nimelläsi.
cmi5-unit-needs-worker = Tämä tehtävä edellyttää, että soittimen asennus on valmis: avaa tehtävä lataamalla sivu uudelleen.
cmi5-exit = Lopeta
cmi5-exiting = Tallennetaan ja palataan…
cmi5-browse = Selaustila: mitään tekemääsi ei tallenneta.
cmi5-review = Tarkastelutila: mitään tekemääsi ei tallenneta.
cmi5-ended = Tämä istunto on päättynyt. Avaa kurssi uudelleen oppimisalustaltasi, jos haluat tallentaa lisää.
settings-lrs-launch-failed = Kurssi avattiin kirjautumisella, joka ei toiminut ({ $detail }). Avaa kurssi uudelleen organisaatiosi sivustolta.

## Course sources (settings): the catalogues whose courses the course list shows
sources-heading = Kurssilähteet
sources-intro = Kurssilista kokoaa yhteen alla olevat luettelot. Voit lisätä toisen yliopiston tai kurssien tarjoajan luettelon sen osoitteella; se säilytetään sinua varten tällä laitteella.
sources-site = Tämän sivuston valitsema
sources-remove = Poista
sources-add-label = Lisää lähde: sen kurssiluettelon osoite
sources-check = Tarkista
# The number of courses in the catalogue the learner is about to add.
sources-preview = { $count ->
    [one] Yksi kurssi
   *[other] { $count } kurssia
}
sources-add-confirm = Lisää tämä lähde
sources-added = Lisätty: lähteen kurssit ovat nyt kurssilistassa.
sources-removed = Poistettu: lähteen kurssit eivät ole enää kurssilistassa.
sources-invalid-url = Anna osoite, joka alkaa https:// (tai tämän sivuston polku, kuten /courses/catalog.json).
sources-duplicate = Tämä luettelo on jo listassa.
sources-full = Lähdelistasi on täynnä. Poista jokin lähde, jotta voit lisätä uuden.

## Unsupported and errors
unit-needs-newer-player = Tämä osio vaatii uudemman soittimen
unit-needs-newer-player-detail = Osion tyyppi on ”{ $kind }”, jota tämä Alliance Player -versio ei vielä tunne. Muu kurssi toimii; ota yhteyttä kurssin tarjoajaan tai päivitä soitin.
error-heading = Jokin meni vikaan
error-catalog = Kurssiluetteloa ei voitu ladata.
error-document = Tätä dokumenttia ei voi näyttää.
error-course = Tätä kurssia ei voitu avata.
error-course-not-found = Tässä luettelossa ei ole kurssia ”{ $course }”.
error-unit-not-found = Tällä kurssilla ei ole osiota ”{ $unit }”.
error-page-not-found = Tätä sivua ei ole olemassa.
error-retry = Yritä uudelleen
error-part-unavailable = Tätä soittimen osaa ei voitu ladata. Tarkista verkkoyhteys ja yritä sitten uudelleen.
error-what-to-do = Jos ongelma jatkuu, kerro kurssin tarjoajalle, mitä yllä näkyy.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Offline
offline-indicator-detail = Olet offline-tilassa. Ladatut kurssit toimivat tavalliseen tapaan; edistymisesi tallennetaan tälle laitteelle ja lähetetään, kun olet taas verkossa.
update-ready = Uusi Alliance Player -versio on valmis.
update-reload = Päivitä lataamalla uudelleen
download-heading = Offline-käyttö
download-course = Lataa offline-käyttöön ({ $size })
download-resume = Jatka latausta ({ $size } jäljellä)
download-progress = { $done }/{ $total } · { $units }/{ $unitsTotal } osiota
download-cancel = Peruuta
download-done = Ladattu: tämä kurssi toimii offline-tilassa ({ $size }).
download-remove = Poista lataus
download-stored-partly = Tällä laitteella on jo { $done }/{ $total }.
download-failed = Lataus keskeytyi: { $detail } Jo tallennettu säilyy; jatka valitsemalla ”Jatka latausta”.
download-file-mismatch = Tiedosto { $file } ei tullut perille ehjänä (odotettiin { $expected }, saatiin { $got }).
download-file-failed = Tiedostoa { $file } ei voitu ladata ({ $detail }).
download-no-cors = Palvelin { $host } ei salli tämän soittimen lukea tiedostojaan (se ei lähetä CORS-otsakkeita), joten niitä ei voi tarkistaa eikä tallentaa. Palvelimen ylläpitäjän on lähetettävä Access-Control-Allow-Origin jokaisen kurssitiedoston mukana.
download-quota = Tällä laitteella ei ole tilaa kurssille. Vapauta tilaa tai poista jokin toinen lataus ja jatka sitten.
download-storage = Tämä selain käyttää tällä laitteella { $used } (enintään { $available }).
download-persistent = Lataukset säilyvät, kunnes poistat ne.
download-not-persistent = Selain voi poistaa latauksia, jos laitteen tila käy vähiin.
download-needs-network = Olet offline-tilassa. Muodosta internetyhteys, jotta voit ladata tämän kurssin.
data-saver = Datansäästö
data-saver-help = Media ladataan vasta, kun painat toistopainiketta, tekstivastineet näytetään ensin ja koot näkyvät median vieressä.
media-size = Ladattavaa: { $size }

## Notes and bookmarks
notes-heading = Omat muistiinpanot
notes-bookmark = Lisää tämä osio kirjanmerkkeihin
notes-bookmarked = Lisätty kirjanmerkkeihin
notes-bookmark-moment = Lisää tämä kohta kirjanmerkkeihin
notes-note-label = Muistiinpanosi tästä osiosta
notes-save = Tallenna muistiinpano
notes-saved = Tallennettu.
notes-delete = Poista
# A moment of a video or audio, e.g. "At 1:05".
notes-at = Kohdassa { $time }
notes-empty = Tällä kurssilla ei ole vielä muistiinpanoja eikä kirjanmerkkejä. Lisää osio tai videon kohta kirjanmerkkeihin ja kirjoita siihen muistiinpano.
notes-where = Muistiinpanosi säilyvät tällä laitteella, ja ne välittyvät oppimistietovarastoosi, kun sellainen on yhdistetty.
notes-too-long = Muistiinpanossa voi olla enintään { $max } merkkiä.
notes-too-many = Tälle kurssille ei mahdu enempää muistiinpanoja: poista jokin, jotta voit lisätä uuden.

## Accessibility
unit-nav-label = Edellinen ja seuraava osio
captions-always = Näytä tekstitys aina, kun videossa tai äänitteessä on sellainen (omalla kielelläsi, jos se on saatavilla, muuten kurssin kielellä)
caption-style = Tekstityksen tyyli
caption-size = Tekstin koko
caption-colour = Tekstin väri
caption-background = Tausta
caption-colour-white = Valkoinen
caption-colour-yellow = Keltainen
caption-colour-cyan = Syaani
caption-colour-green = Vihreä
caption-colour-magenta = Magenta
caption-colour-black = Musta
caption-background-black = Musta, läpikuultava
caption-background-solid-black = Musta
caption-background-white = Valkoinen
caption-background-transparent = Ei taustaa
caption-background-blue = Sininen
caption-preview = Tältä tekstitys näyttää.
caption-unreadable = Tätä tekstiä on vaikea lukea tällä taustalla: valitse toinen väri tai tausta.
launch-other = Tämä linkki lähettäisi merkintäsi osoitteeseen { $endpoint } käyttäjänä { $who }. Olet nyt yhteydessä osoitteeseen { $current } käyttäjänä { $current_who }.
launch-switch = Vaihda tähän yhteyteen
launch-keep = Säilytä nykyinen yhteys
launch-other-learner = Tämä linkki on tarkoitettu oppijalle { $who }. Soitinta käyttää nyt { $current_who }. Vaihdetaanko oppijaan { $who }?
launch-switch-learner = Vaihda oppijaa

## Learners
learners-heading = Tämän laitteen oppijat
learners-locked = { $name } käyttää soitinta
learner-unnamed = Minä
learner-now = Käyttää soitinta nyt
learner-switch = Vaihda tähän oppijaan
learner-rename = Nimeä uudelleen
learner-name = Nimi
learner-save = Tallenna
learner-cancel = Peruuta
learner-remove = Poista
learner-remove-ask = Poistetaanko { $name } tältä laitteelta? Hänen edistymisensä, odottavat merkintänsä ja asetuksensa poistetaan tältä laitteelta. Ladatut kurssit säilyvät.
learner-removed = { $name } poistettiin.
learner-pin = PIN-koodi (neljä numeroa, valinnainen)
learner-pin-label = PIN-koodi
learner-pin-for = Oppijan { $name } PIN-koodi
learner-pin-new = Uusi PIN-koodi (neljä numeroa)
learner-pin-set = Aseta PIN-koodi
learner-pin-remove = Poista PIN-koodi
learner-pin-open = Jatka
learner-pin-note = PIN-koodi estää laitetta jakavia henkilöitä näkemästä toistensa edistymistä. Se suojaa yksityisyyttä, mutta ei takaa tietoturvaa.
learner-add-heading = Lisää oppija
learner-add = Lisää
learner-added = { $name } lisättiin.
learner-saved = Tallennettu.
learner-error-empty = Anna nimi.
learner-error-long = Nimi on liian pitkä.
learner-error-taken = Tällä laitteella on jo oppija nimeltä { $name }.
learner-error-pin = PIN-koodissa on tasan neljä numeroa.
learner-error-full = Tälle laitteelle ei mahdu enempää oppijoita. Poista ensin joku.
learner-error-unknown = Oppijaluetteloa ei voitu muuttaa. Lataa sivu uudelleen ja yritä uudestaan.
learner-error-wrong-pin = Väärä PIN-koodi.
signout-ask = { $count ->
    [one] Yksi merkintä on vielä lähettämättä.
   *[other] { $count } merkintää on vielä lähettämättä.
}
signout-keep = { $count ->
    [one] Säilytä odottava merkintä siihen asti, kun yhdistän uudelleen
   *[other] Säilytä { $count } odottavaa merkintää siihen asti, kun yhdistän uudelleen
}
signout-discard = { $count ->
    [one] Hylkää se
   *[other] Hylkää ne
}
