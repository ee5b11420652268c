# Alliance Player interface strings — Svenska
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Svenska
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Hoppa till innehållet
# In the header where the browser offers to install the player as an app.
install-app = Installera appen
install-app-hint = Installera Alliance Player på den här enheten: den öppnas från dina appar, i ett eget fönster, även offline.
nav-catalog = Kurser
loading = Läser in…

## Languages
language-picker-label = Gränssnittsspråk
language-picker-search = Sök språk
language-picker-none = Inget språk matchar din sökning.
content-language-label = Kursspråk
content-language-auto = Samma som gränssnittet
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = Språk: { $language }

## Catalogue
catalog-heading = Kurskatalog
catalog-search-label = Sök kurser
catalog-search-placeholder = Titel, ämne eller utbildningsanordnare
catalog-more = Visa fler kurser
catalog-earlier = Visa tidigare kurser
catalog-loading-more = Söker bland fler kurser…
catalog-language-label = Språk
catalog-language-any = Alla språk
catalog-count = { $count ->
    [0] Inga kurser matchar.
    [one] En kurs
   *[other] { $count } kurser
}
catalog-empty = Ingen kurs matchar din sökning. Prova ett annat ord eller välj alla språk.
catalog-rejected = { $count ->
    [one] En kurs i den här katalogen kunde inte visas:
   *[other] { $count } kurser i den här katalogen kunde inte visas:
}
# A site's catalogue and the learner's own can be several; one that fails is named here, the others still show.
# $source is a catalogue's title or its address; $id is a course's short name, as in its address /course/{ $id }.
catalog-source-notice = Några kurser saknas i den här listan:
catalog-source-unreachable = Det gick inte att nå { $source }: webbplatsen kan vara nere, eller så låter den inte den här spelaren läsa sina kurser.
catalog-source-status = { $source } svarade med ett fel (HTTP { $status }).
catalog-source-too-large = { $source } är större än { $limit }, vilket är det mesta den här spelaren läser in för en katalog.
catalog-source-invalid = { $source } är inte en kurskatalog som den här spelaren kan läsa: { $detail }
catalog-source-left-out = ”{ $course }” från { $source } har utelämnats: en annan kurs har redan adressen /course/{ $id }.
course-provider = Från { $provider }
course-languages = Språk: { $languages }
course-size = Nedladdningsstorlek: { $size }
course-open = Öppna kursen
course-continue = Fortsätt
course-progress = { $percent } klart

## Course
course-outline = Kursöversikt
outline-show-earlier = Visa tidigare avsnitt ({ $count } dolda)
outline-show-later = Visa senare avsnitt ({ $count } dolda)
course-start = Starta kursen
course-units = { $count ->
    [one] Ett avsnitt
   *[other] { $count } avsnitt
}
unit-ordinal = Avsnitt { $index } av { $total }
unit-state-not-started = Inte påbörjat
unit-state-in-progress = Pågår
unit-state-completed = Slutfört
unit-state-passed = Godkänt
unit-state-failed = Inte godkänt än
unit-kind-video = Video
unit-kind-audio = Ljud
unit-kind-reading = Text
unit-kind-quiz = Quiz
unit-kind-document = Dokument
unit-kind-interactive = Aktivitet
unit-kind-unknown = Ny typ av avsnitt
unit-previous = Föregående
unit-next = Nästa
unit-mark-done = Markera som klart
unit-done = Klart
back-to-catalog = Alla kurser
# Search inside the course, above the outline. $time is a position in a video or audio, e.g. "1:05".
course-search-label = Sök i den här kursen
course-search-count = { $count ->
    [0] Inga träffar
    [one] En träff
   *[other] { $count } träffar
}
course-search-more = { $count ->
    [one] Bara den första träffen visas. Lägg till fler ord för att begränsa sökningen.
   *[other] Bara de första { $count } träffarna visas. Lägg till fler ord för att begränsa sökningen.
}
course-search-subtitles = Söker även i undertexterna…
course-search-incomplete = Det gick inte att söka i vissa undertexter.
course-search-in-title = Titel
course-search-in-reading = Text
course-search-in-transcript = Transkription
course-search-in-subtitle = Undertexter vid { $time }
course-search-in-quiz = Quizfråga

## Media
media-speed = Hastighet
media-subtitles = Undertexter
media-subtitles-off = Av
media-subtitles-second = Andra undertexter
media-fullscreen = Helskärm
media-fullscreen-exit = Avsluta helskärm
media-shortcuts = Kortkommandon
media-shortcuts-hint = När video- eller ljudspelaren har fokus:
# The name of the space bar key, as printed on keyboards.
media-key-space = Mellanslag
media-key-play = Spela upp eller pausa
media-key-seek = 5 sekunder bakåt eller framåt
media-key-speed = Långsammare eller snabbare
media-key-captions = Undertexter på eller av
media-key-fullscreen = Helskärm på eller av
media-transcript = Transkription
media-watched = { $percent } sett
media-unsupported = Din webbläsare kan inte spela upp det här mediet. Prova en annan webbläsare eller ladda ned filen:

## Reading and document
reading-end = Slut på texten
document-download = Ladda ned PDF-filen ({ $size })
document-download-nosize = Ladda ned PDF-filen
document-fallback = Din webbläsare kan inte visa PDF-filer här. Ladda ned filen för att läsa den.
document-not-pdf = { $file } är inte en PDF-fil. Ett dokumentavsnitt visar bara PDF-filer, som börjar med ”%PDF-”.

## Quiz
quiz-passing = Du behöver { $percent } för att bli godkänd.
quiz-attempts-left = { $count ->
    [one] Ett försök kvar
   *[other] { $count } försök kvar
}
quiz-attempts-unlimited = Obegränsat antal försök
quiz-attempts-used = { $count ->
    [one] Du har använt ditt enda försök.
   *[other] Du har använt alla { $count } försök.
}
quiz-question = Fråga { $index }
quiz-true = Sant
quiz-false = Falskt
quiz-answer-label = Ditt svar
quiz-submit = Skicka svar
quiz-retry = Försök igen
quiz-score = Ditt resultat: { $score }
quiz-passed = Godkänt – bra jobbat!
quiz-failed = Inte godkänt än.
quiz-best = Bästa resultat hittills: { $score }
quiz-correct = Rätt
quiz-incorrect = Fel
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Genomgång: varje fråga visar rätt svar.
quiz-right-answer = Rätt svar

## Interactive
interactive-title = Interaktiv aktivitet: { $title }
interactive-hint = Slutför aktiviteten för att avsluta det här avsnittet.

## Storage
storage-quota = Webbläsarens lagringsutrymme för spelaren är fullt, så dina senaste framsteg kunde inte sparas. Frigör lite utrymme (ta bort nedladdade kurser eller andra webbplatsers data i webbläsarens inställningar) och fortsätt sedan: inget som sparats tidigare har gått förlorat.
storage-unavailable = Den här webbläsaren låter inte spelaren spara dina framsteg, så de finns bara kvar tills du stänger sidan. Privata fönster blockerar ofta lagring.
storage-write-failed = Dina senaste framsteg kunde inte sparas än. De finns kvar på den här sidan och sparas i ditt nästa steg.

## Transcript (the learner's record of progress)
nav-transcript = Mina framsteg
transcript-heading = Mina framsteg
transcript-empty = Du har inte påbörjat någon kurs än.
transcript-unit-score = Resultat: { $score }
transcript-time-spent = Tid: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Ladda ned som xAPI-satser (JSON)
transcript-export-csv = Ladda ned som kalkylblad (CSV)
transcript-reset = Återställ mina framsteg i den här kursen
transcript-reset-confirm = Vill du återställa alla dina framsteg i ”{ $course }”? Det går inte att ångra.

## Delivery to the learning record store (LRS), shown in the header and on the settings page
nav-settings = Inställningar
sync-off = Sparat på den här enheten
sync-off-detail = Inte ansluten till något lärandedatalager: dina framsteg stannar i den här webbläsaren. Anslut ett i inställningarna för att skicka det du slutför till din organisation.
sync-done = Allt skickat
sync-pending = { $count ->
    [one] 1 registrering väntar
   *[other] { $count } registreringar väntar
}
sync-last-delivery = Senast skickat: { $date }
sync-error-offline = Du är offline. Dina registreringar sparas och skickas när anslutningen är tillbaka.
sync-error-unreachable = Det gick inte att nå lärandedatalagret. Ett nytt försök görs strax; inget går förlorat.
sync-error-server = Lärandedatalagret har ett problem (HTTP { $status }). Ett nytt försök görs strax; inget går förlorat.
sync-error-unauthorized = Lärandedatalagret godkände inte dina inloggningsuppgifter. Ange dem igen i inställningarna; dina registreringar sparas tills dess.
sync-error-not-found = Det finns inget lärandedatalager på den här adressen. Kontrollera adressen i inställningarna; dina registreringar sparas tills dess.
sync-error-version = Lärandedatalagret använder en annan version av xAPI ({ $detail }). Be din organisation om en adress som använder xAPI 1.0.3 eller 2.0.0.
sync-error-storage = Registreringarna som väntar på att skickas kunde inte läsas från webbläsarens lagring ({ $detail }).
sync-set-aside = { $count ->
    [one] 1 registrering avvisades av lärandedatalagret
   *[other] { $count } registreringar avvisades av lärandedatalagret
}
sync-set-aside-detail = De här registreringarna sparas här tillsammans med lagrets svar, så att du eller din organisation kan se vad som behöver rättas.
settings-heading = Inställningar
settings-lrs-heading = Lärandedatalager (LRS)
settings-lrs-intro = Du får de här uppgifterna av din organisation, så att det du slutför och dina resultat hamnar i dess register.
settings-lrs-endpoint = Adress (xAPI-slutpunkt)
settings-lrs-key = Nyckel eller användarnamn
settings-lrs-secret = Hemlig nyckel eller lösenord
settings-lrs-token = Eller en åtkomsttoken
settings-lrs-name = Ditt namn
settings-lrs-email = Din e-postadress
settings-lrs-connect = Anslut
settings-lrs-disconnect = Koppla från
settings-lrs-connected = Ansluten till { $endpoint } som { $who }.
settings-lrs-invalid-endpoint = Ange lärandedatalagrets adress. Den ska börja med https:// eller http://.
settings-lrs-invalid-email = Ange din e-postadress, så att dina registreringar sparas under ditt namn.
cmi5-unit-needs-worker = Spelaren måste installeras klart för den här aktiviteten: läs in sidan igen för att öppna den.
cmi5-exit = Avsluta
cmi5-exiting = Sparar och går tillbaka…
cmi5-browse = Bläddringsläge: inget du gör här registreras.
cmi5-review = Granskningsläge: inget du gör här registreras.
cmi5-ended = Den här sessionen har avslutats. Öppna kursen igen från din lärplattform för att registrera mer.
settings-lrs-launch-failed = Kursen öppnades med en inloggning som inte fungerade ({ $detail }). Öppna den igen från din organisations webbplats.

## Course sources (settings): the catalogues whose courses the course list shows
sources-heading = Kurskällor
sources-intro = Kurslistan samlar katalogerna nedan. Du kan lägga till katalogen från ett annat lärosäte eller en annan utbildningsanordnare med dess adress; den sparas åt dig på den här enheten.
sources-site = Vald av den här webbplatsen
sources-remove = Ta bort
sources-add-label = Lägg till en källa: adressen till dess katalog
sources-check = Kontrollera
# The number of courses in the catalogue the learner is about to add.
sources-preview = { $count ->
    [one] En kurs
   *[other] { $count } kurser
}
sources-add-confirm = Lägg till källan
sources-added = Tillagd: källans kurser finns nu i kurslistan.
sources-removed = Borttagen: källans kurser finns inte längre i kurslistan.
sources-invalid-url = Ange en adress som börjar med https:// (eller en sökväg på den här webbplatsen, till exempel /courses/catalog.json).
sources-duplicate = Den här katalogen finns redan i listan.
sources-full = Din lista med källor är full. Ta bort en för att lägga till en annan.

## Unsupported and errors
unit-needs-newer-player = Det här avsnittet kräver en nyare version av spelaren
unit-needs-newer-player-detail = Det är ett avsnitt av typen ”{ $kind }”, som den här versionen av Alliance Player inte känner till än. Resten av kursen fungerar; kontakta utbildningsanordnaren eller uppdatera spelaren.
error-heading = Något gick fel
error-catalog = Det gick inte att läsa in kurskatalogen.
error-document = Det här dokumentet kan inte visas.
error-course = Det gick inte att öppna den här kursen.
error-course-not-found = Det finns ingen kurs ”{ $course }” i den här katalogen.
error-unit-not-found = Det finns inget avsnitt ”{ $unit }” i den här kursen.
error-page-not-found = Den här sidan finns inte.
error-retry = Försök igen
error-part-unavailable = Den här delen av spelaren kunde inte laddas ned. Kontrollera anslutningen och försök sedan igen.
error-what-to-do = Om problemet kvarstår, berätta för utbildningsanordnaren vad som visas ovan.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Offline
offline-indicator-detail = Du är offline. Nedladdade kurser spelas upp som vanligt; dina framsteg sparas på den här enheten och skickas när du är online igen.
update-ready = En ny version av Alliance Player är klar.
update-reload = Läs in igen för att uppdatera
download-heading = Offlineanvändning
download-course = Ladda ned för offlineanvändning ({ $size })
download-resume = Återuppta nedladdningen ({ $size } kvar)
download-progress = { $done } av { $total } · { $units } av { $unitsTotal } avsnitt
download-cancel = Avbryt
download-done = Nedladdad: den här kursen fungerar offline ({ $size }).
download-remove = Ta bort nedladdningen
download-stored-partly = { $done } av { $total } finns redan på den här enheten.
download-failed = Nedladdningen avbröts: { $detail } Det som redan har sparats finns kvar; tryck på ”Återuppta nedladdningen” för att fortsätta.
download-file-mismatch = { $file } kom inte fram oskadad (förväntade { $expected }, tog emot { $got }).
download-file-failed = { $file } kunde inte laddas ned ({ $detail }).
download-no-cors = { $host } låter inte den här spelaren läsa sina filer (inga CORS-huvuden skickas), så de kan inte kontrolleras och sparas. Serverns administratör måste skicka Access-Control-Allow-Origin med varje kursfil.
download-quota = Det finns inte plats för kursen på den här enheten. Frigör lite utrymme eller ta bort en annan nedladdning och återuppta sedan.
download-storage = Den här webbläsaren använder { $used } av de { $available } den får använda på den här enheten.
download-persistent = Nedladdningar finns kvar tills du tar bort dem.
download-not-persistent = Webbläsaren kan ta bort nedladdningar om det blir ont om utrymme på enheten.
download-needs-network = Du är offline. Anslut till internet för att ladda ned den här kursen.
data-saver = Databesparing
data-saver-help = Media läses bara in när du trycker på Spela upp, transkriptioner visas först och storleken visas bredvid varje mediefil.
media-size = { $size } att läsa in

## Notes and bookmarks
notes-heading = Mina anteckningar
notes-bookmark = Bokmärk det här avsnittet
notes-bookmarked = Bokmärkt
notes-bookmark-moment = Bokmärk det här ögonblicket
notes-note-label = Din anteckning om det här avsnittet
notes-save = Spara anteckningen
notes-saved = Sparat.
notes-delete = Ta bort
# A moment of a video or audio, e.g. "At 1:05".
notes-at = Vid { $time }
notes-empty = Inga anteckningar eller bokmärken i den här kursen än. Bokmärk ett avsnitt eller ett ögonblick i en video och skriv en anteckning om det.
notes-where = Dina anteckningar stannar på den här enheten och når ditt lärandedatalager när ett är anslutet.
notes-too-long = En anteckning får vara högst { $max } tecken lång.
notes-too-many = Den här kursen rymmer inte fler anteckningar: ta bort en för att lägga till en ny.

## Accessibility
unit-nav-label = Föregående och nästa avsnitt
captions-always = Visa alltid undertexter när en video eller ett ljud har sådana (på ditt språk om det finns, annars på kursens språk)
caption-style = Undertextstil
caption-size = Textstorlek
caption-colour = Textfärg
caption-background = Bakgrund
caption-colour-white = Vit
caption-colour-yellow = Gul
caption-colour-cyan = Cyan
caption-colour-green = Grön
caption-colour-magenta = Magenta
caption-colour-black = Svart
caption-background-black = Svart, genomskinlig
caption-background-solid-black = Svart
caption-background-white = Vit
caption-background-transparent = Ingen
caption-background-blue = Blå
caption-preview = Så här kommer undertexterna att se ut.
caption-unreadable = Den här texten är svår att läsa mot den här bakgrunden: välj en annan färg eller bakgrund.
launch-other = Den här länken skulle skicka dina registreringar till { $endpoint } som { $who }. Du är ansluten till { $current } som { $current_who }.
launch-switch = Byt till den här anslutningen
launch-keep = Behåll min anslutning
launch-other-learner = Den här länken är till för { $who }. { $current_who } använder spelaren nu. Vill du byta till { $who }?
launch-switch-learner = Byt deltagare

## Learners
learners-heading = Deltagare på den här enheten
learners-locked = { $name } använder spelaren
learner-unnamed = Jag
learner-now = Använder spelaren nu
learner-switch = Byt till den här deltagaren
learner-rename = Byt namn
learner-name = Namn
learner-save = Spara
learner-cancel = Avbryt
learner-remove = Ta bort
learner-remove-ask = Vill du ta bort { $name } från den här enheten? Personens framsteg, väntande registreringar och inställningar på den här enheten raderas. Nedladdade kurser finns kvar.
learner-removed = { $name } har tagits bort.
learner-pin = PIN-kod (fyra siffror, valfritt)
learner-pin-label = PIN-kod
learner-pin-for = PIN-kod för { $name }
learner-pin-new = Ny PIN-kod (fyra siffror)
learner-pin-set = Välj en PIN-kod
learner-pin-remove = Ta bort PIN-kod
learner-pin-open = Fortsätt
learner-pin-note = En PIN-kod hindrar personer som delar den här enheten från att se varandras framsteg. Den skyddar integriteten, men ger ingen säkerhet.
learner-add-heading = Lägg till en deltagare
learner-add = Lägg till
learner-added = { $name } har lagts till.
learner-saved = Sparat.
learner-error-empty = Ange ett namn.
learner-error-long = Namnet är för långt.
learner-error-taken = Någon på den här enheten heter redan { $name }.
learner-error-pin = En PIN-kod består av exakt fyra siffror.
learner-error-full = Den här enheten har redan så många deltagare som den rymmer. Ta bort någon först.
learner-error-unknown = Det gick inte att ändra listan med deltagare. Läs in sidan igen och försök på nytt.
learner-error-wrong-pin = Fel PIN-kod.
signout-ask = { $count ->
    [one] En registrering har inte skickats än.
   *[other] { $count } registreringar har inte skickats än.
}
signout-keep = { $count ->
    [one] Spara den väntande registreringen tills jag ansluter igen
   *[other] Spara de { $count } väntande registreringarna tills jag ansluter igen
}
signout-discard = { $count ->
    [one] Släng den
   *[other] Släng dem
}
