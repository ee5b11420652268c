# Alliance Player interface strings — Română
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Română
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Salt la conținut
# In the header where the browser offers to install the player as an app.
install-app = Instalați aplicația
install-app-hint = Instalați Alliance Player pe acest dispozitiv: se deschide din aplicațiile dumneavoastră, într-o fereastră proprie, chiar și offline.
nav-catalog = Cursuri
loading = Se încarcă…

## Languages
language-picker-label = Limba interfeței
language-picker-search = Căutați o limbă
language-picker-none = Nicio limbă nu corespunde căutării.
content-language-label = Limba cursului
content-language-auto = La fel ca interfața
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = Limba: { $language }

## Catalogue
catalog-heading = Catalogul de cursuri
catalog-search-label = Caută cursuri
catalog-search-placeholder = Titlu, subiect sau furnizor
catalog-more = Arată mai multe cursuri
catalog-earlier = Afișează cursurile anterioare
catalog-loading-more = Se caută printre alte cursuri…
catalog-language-label = Limba
catalog-language-any = Toate limbile
catalog-count = { $count ->
    [0] Niciun curs nu corespunde.
    [one] Un curs
    [few] { $count } cursuri
   *[other] { $count } de cursuri
}
catalog-empty = Niciun curs nu corespunde căutării. Încercați alt cuvânt sau alegeți toate limbile.
catalog-rejected = { $count ->
    [one] Un curs din acest catalog nu a putut fi afișat:
    [few] { $count } cursuri din acest catalog nu au putut fi afișate:
   *[other] { $count } de cursuri din acest catalog nu au putut fi afișate:
}
catalog-source-notice = Unele cursuri lipsesc din această listă:
catalog-source-unreachable = Sursa { $source } nu a putut fi contactată: site-ul poate fi căzut sau nu permite acestui player să îi citească cursurile.
catalog-source-status = Sursa { $source } a răspuns cu o eroare (HTTP { $status }).
catalog-source-too-large = Sursa { $source } depășește { $limit }, cel mai mult pe care acest player îl citește pentru un catalog.
catalog-source-invalid = Sursa { $source } nu este un catalog de cursuri pe care acest player să îl poată citi: { $detail }
catalog-source-left-out = „{ $course }” din { $source } a fost omis: alt curs are deja adresa lui, /course/{ $id }.
course-provider = Oferit de { $provider }
course-languages = Limbi: { $languages }
course-size = Dimensiunea descărcării: { $size }
course-open = Deschideți cursul
course-continue = Continuați
course-progress = { $percent } finalizat

## Course
course-outline = Structura cursului
outline-show-earlier = Afișează unitățile anterioare (ascunse: { $count })
outline-show-later = Afișează unitățile următoare (ascunse: { $count })
course-start = Începeți cursul
course-units = { $count ->
    [one] O unitate
    [few] { $count } unități
   *[other] { $count } de unități
}
unit-ordinal = Unitatea { $index } din { $total }
unit-state-not-started = Neîncepută
unit-state-in-progress = În curs
unit-state-completed = Finalizată
unit-state-passed = Promovată
unit-state-failed = Încă nepromovată
unit-kind-video = Videoclip
unit-kind-audio = Audio
unit-kind-reading = Lectură
unit-kind-quiz = Test
unit-kind-document = Document
unit-kind-interactive = Activitate
unit-kind-unknown = Tip nou de unitate
unit-previous = Anterioara
unit-next = Următoarea
unit-mark-done = Marcați ca finalizată
unit-done = Finalizată
back-to-catalog = Toate cursurile
course-search-label = Căutați în acest curs
course-search-count = { $count ->
    [0] Niciun rezultat
    [one] Un rezultat
    [few] { $count } rezultate
   *[other] { $count } de rezultate
}
course-search-more = { $count ->
    [one] Este afișat doar primul rezultat; adăugați cuvinte pentru a restrânge căutarea.
    [few] Sunt afișate doar primele { $count } rezultate; adăugați cuvinte pentru a restrânge căutarea.
   *[other] Sunt afișate doar primele { $count } de rezultate; adăugați cuvinte pentru a restrânge căutarea.
}
course-search-subtitles = Se caută și în subtitrări…
course-search-incomplete = Unele subtitrări nu au putut fi căutate.
course-search-in-title = Titlu
course-search-in-reading = Lectură
course-search-in-transcript = Transcriere
course-search-in-subtitle = Subtitrări la { $time }
course-search-in-quiz = Întrebare de test

## Media
media-speed = Viteză
media-subtitles = Subtitrări
media-subtitles-off = Dezactivate
media-subtitles-second = Subtitrare secundară
media-fullscreen = Ecran complet
media-fullscreen-exit = Ieșiți din ecranul complet
media-shortcuts = Comenzi rapide de la tastatură
media-shortcuts-hint = Când playerul video sau audio este activ:
# The name of the space bar key, as printed on keyboards.
media-key-space = Spațiu
media-key-play = Redare sau pauză
media-key-seek = Înapoi sau înainte cu 5 secunde
media-key-speed = Mai încet sau mai repede
media-key-captions = Activarea sau dezactivarea subtitrărilor
media-key-fullscreen = Activarea sau dezactivarea ecranului complet
media-transcript = Transcriere
media-watched = { $percent } vizionat
media-unsupported = Browserul dumneavoastră nu poate reda acest conținut media. Încercați alt browser sau descărcați fișierul:

## Reading and document
reading-end = Sfârșitul lecturii
document-download = Descărcați PDF-ul ({ $size })
document-download-nosize = Descărcați PDF-ul
document-fallback = Browserul dumneavoastră nu poate afișa aici fișiere PDF. Descărcați documentul pentru a-l citi.
document-not-pdf = { $file } nu este un fișier PDF. O unitate document afișează doar fișiere PDF, care încep cu „%PDF-”.

## Quiz
quiz-passing = Pentru a promova aveți nevoie de { $percent }.
quiz-attempts-left = { $count ->
    [one] A mai rămas o încercare
    [few] Au mai rămas { $count } încercări
   *[other] Au mai rămas { $count } de încercări
}
quiz-attempts-unlimited = Încercări nelimitate
quiz-attempts-used = { $count ->
    [one] Ați folosit singura încercare.
    [few] Ați folosit toate cele { $count } încercări.
   *[other] Ați folosit toate cele { $count } de încercări.
}
quiz-question = Întrebarea { $index }
quiz-true = Adevărat
quiz-false = Fals
quiz-answer-label = Răspunsul dumneavoastră
quiz-submit = Trimiteți răspunsurile
quiz-retry = Încercați din nou
quiz-score = Punctajul dumneavoastră: { $score }
quiz-passed = Promovat — felicitări!
quiz-failed = Încă nepromovat.
quiz-best = Cel mai bun punctaj de până acum: { $score }
quiz-correct = Corect
quiz-incorrect = Incorect
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Revizuire: la fiecare întrebare este afișat răspunsul corect.
quiz-right-answer = Răspuns corect

## Interactive
interactive-title = Activitate interactivă: { $title }
interactive-hint = Finalizați activitatea pentru a încheia această unitate.

## Storage
storage-quota = Spațiul de stocare al acestui browser pentru player este plin, așa că progresul dumneavoastră cel mai recent nu a putut fi salvat. Eliberați puțin spațiu (ștergeți cursurile descărcate sau datele altor site-uri din setările browserului), apoi continuați: nimic din ce a fost salvat înainte nu s-a pierdut.
storage-unavailable = Acest browser nu permite playerului să vă stocheze progresul, așa că acesta este păstrat doar până când închideți pagina. Ferestrele private blochează adesea stocarea.
storage-write-failed = Progresul dumneavoastră cel mai recent nu a putut fi salvat încă. Este păstrat în această pagină și va fi salvat la următorul pas.

## Transcript (the learner's record of progress)
nav-transcript = Progresul meu
transcript-heading = Progresul meu
transcript-empty = Nu ați început încă niciun curs.
transcript-unit-score = Punctaj: { $score }
transcript-time-spent = Timp petrecut: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Descărcați ca declarații xAPI (JSON)
transcript-export-csv = Descărcați ca foaie de calcul (CSV)
transcript-reset = Resetați progresul meu la acest curs
transcript-reset-confirm = Resetați tot progresul dumneavoastră la cursul „{ $course }”? Această acțiune nu poate fi anulată.

## Transmiterea către depozitul de înregistrări de învățare (LRS), afișată în antet și pe pagina de setări
nav-settings = Setări
sync-off = Salvat pe acest dispozitiv
sync-off-detail = Niciun depozit de înregistrări de învățare conectat: progresul dumneavoastră rămâne în acest browser. Conectați unul din setări pentru a transmite instituției dumneavoastră ce ați finalizat.
sync-done = Totul a fost transmis
sync-pending = { $count ->
    [one] { $count } înregistrare în așteptare
    [few] { $count } înregistrări în așteptare
   *[other] { $count } de înregistrări în așteptare
}
sync-last-delivery = Ultima transmitere: { $date }
sync-error-offline = Sunteți offline. Înregistrările dumneavoastră sunt păstrate și vor fi transmise când revine conexiunea.
sync-error-unreachable = Depozitul de înregistrări de învățare nu a putut fi contactat. Se reîncearcă în curând; nu se pierde nimic.
sync-error-server = Depozitul de înregistrări de învățare are o problemă (HTTP { $status }). Se reîncearcă în curând; nu se pierde nimic.
sync-error-unauthorized = Depozitul de înregistrări de învățare a refuzat datele dumneavoastră de autentificare. Introduceți-le din nou în setări; până atunci, înregistrările sunt păstrate.
sync-error-not-found = La această adresă nu există niciun depozit de înregistrări de învățare. Verificați adresa în setări; până atunci, înregistrările sunt păstrate.
sync-error-version = Depozitul de înregistrări de învățare folosește altă versiune de xAPI ({ $detail }). Cereți instituției dumneavoastră o adresă compatibilă cu xAPI 1.0.3 sau 2.0.0.
sync-error-storage = Înregistrările care așteaptă transmiterea nu au putut fi citite din spațiul de stocare al acestui browser ({ $detail }).
sync-set-aside = { $count ->
    [one] { $count } înregistrare a fost refuzată de depozitul de înregistrări de învățare
    [few] { $count } înregistrări au fost refuzate de depozitul de înregistrări de învățare
   *[other] { $count } de înregistrări au fost refuzate de depozitul de înregistrări de învățare
}
sync-set-aside-detail = Aceste înregistrări sunt păstrate aici împreună cu răspunsul depozitului, pentru ca dumneavoastră sau instituția dumneavoastră să puteți vedea ce trebuie corectat.
settings-heading = Setări
settings-lrs-heading = Depozit de înregistrări de învățare
settings-lrs-intro = Instituția dumneavoastră vă oferă aceste date pentru ca finalizările și punctajele dumneavoastră să ajungă în evidențele sale.
settings-lrs-endpoint = Adresă (endpoint xAPI)
settings-lrs-key = Cheie sau nume de utilizator
settings-lrs-secret = Secret sau parolă
settings-lrs-token = Sau un token de acces
settings-lrs-name = Numele dumneavoastră
settings-lrs-email = Adresa dumneavoastră de e-mail
settings-lrs-connect = Conectați
settings-lrs-disconnect = Deconectați
settings-lrs-connected = Conectat la { $endpoint } ca { $who }.
settings-lrs-invalid-endpoint = Introduceți adresa depozitului de înregistrări de învățare, care începe cu https:// sau http://.
settings-lrs-invalid-email = Introduceți adresa dumneavoastră de e-mail, pentru ca înregistrările să fie păstrate pe numele dumneavoastră.
cmi5-unit-needs-worker = Această activitate are nevoie ca playerul să termine instalarea: reîncărcați pagina pentru a o deschide.
cmi5-exit = Ieșire
cmi5-exiting = Se salvează și se revine…
cmi5-browse = Explorare: nimic din ce faceți aici nu se înregistrează.
cmi5-review = Recapitulare: nimic din ce faceți aici nu se înregistrează.
cmi5-ended = Această sesiune s-a încheiat. Deschideți din nou cursul din platforma de învățare pentru a înregistra mai mult.
settings-lrs-launch-failed = Cursul a fost deschis cu o autentificare care nu a funcționat ({ $detail }). Deschideți-l din nou de pe site-ul instituției dumneavoastră.

sources-heading = Surse de cursuri
sources-intro = Lista de cursuri reunește cataloagele de mai jos. Puteți adăuga catalogul altei universități sau al altui furnizor de cursuri prin adresa lui; acesta este păstrat pentru dumneavoastră, pe acest dispozitiv.
sources-site = Ales de acest site
sources-remove = Elimină
sources-add-label = Adăugați o sursă: adresa catalogului ei
sources-check = Verifică
sources-preview = { $count ->
    [one] Un curs
    [few] { $count } cursuri
   *[other] { $count } de cursuri
}
sources-add-confirm = Adaugă această sursă
sources-added = Adăugată: cursurile ei sunt acum în lista de cursuri.
sources-removed = Eliminată: cursurile ei nu mai sunt în lista de cursuri.
sources-invalid-url = Introduceți o adresă care începe cu https:// (sau o cale de pe acest site, de exemplu /courses/catalog.json).
sources-duplicate = Acest catalog este deja în listă.
sources-full = Lista de surse este plină. Eliminați una pentru a adăuga alta.

## Unsupported and errors
unit-needs-newer-player = Această unitate necesită o versiune mai nouă a playerului
unit-needs-newer-player-detail = Este o unitate de tip „{ $kind }”, pe care această versiune a Alliance Player nu o recunoaște încă. Restul cursului funcționează; contactați furnizorul cursului sau actualizați playerul.
error-heading = A apărut o eroare
error-catalog = Catalogul de cursuri nu a putut fi încărcat.
error-document = Acest document nu poate fi afișat.
error-course = Acest curs nu a putut fi deschis.
error-course-not-found = Nu există niciun curs „{ $course }” în acest catalog.
error-unit-not-found = Nu există nicio unitate „{ $unit }” în acest curs.
error-page-not-found = Această pagină nu există.
error-retry = Încercați din nou
error-part-unavailable = Această parte a playerului nu a putut fi descărcată. Verificați conexiunea la internet, apoi încercați din nou.
error-what-to-do = Dacă problema persistă, comunicați furnizorului cursului mesajul afișat mai sus.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Offline
offline-indicator-detail = Sunteți offline. Cursurile descărcate funcționează ca de obicei; progresul dumneavoastră este salvat pe acest dispozitiv și va fi transmis când reveniți online.
update-ready = Este disponibilă o versiune nouă a Alliance Player.
update-reload = Reîncărcați pentru actualizare
download-heading = Utilizare offline
download-course = Descărcați pentru utilizare offline ({ $size })
download-resume = Reluați descărcarea (mai rămân { $size })
download-progress = { $done } din { $total } · unități: { $units } din { $unitsTotal }
download-cancel = Anulați
download-done = Descărcat: acest curs funcționează offline ({ $size }).
download-remove = Ștergeți descărcarea
download-stored-partly = { $done } din { $total } se află deja pe acest dispozitiv.
download-failed = Descărcarea s-a oprit: { $detail } Ce a fost deja stocat se păstrează; apăsați „Reluați descărcarea” pentru a continua.
download-file-mismatch = { $file } nu a ajuns intact (se aștepta { $expected }, s-a primit { $got }).
download-file-failed = { $file } nu a putut fi descărcat ({ $detail }).
download-no-cors = { $host } nu permite acestui player să îi citească fișierele (nu trimite anteturi CORS), așa că ele nu pot fi verificate și stocate. Administratorul său trebuie să trimită Access-Control-Allow-Origin cu fiecare fișier al cursului.
download-quota = Pe acest dispozitiv nu mai este loc pentru curs. Eliberați puțin spațiu sau ștergeți altă descărcare, apoi reluați descărcarea.
download-storage = Acest browser folosește { $used } din spațiul de { $available } pe care îl poate folosi pe acest dispozitiv.
download-persistent = Descărcările rămân până când le ștergeți.
download-not-persistent = Browserul poate șterge descărcările dacă dispozitivul rămâne fără spațiu.
download-needs-network = Sunteți offline. Conectați-vă la internet pentru a descărca acest curs.
data-saver = Economizor de date
data-saver-help = Conținutul media se încarcă doar când apăsați redare, transcrierile apar primele, iar dimensiunea este afișată lângă fiecare conținut media.
media-size = { $size } de încărcat

## Notes and bookmarks
notes-heading = Notițele mele
notes-bookmark = Adăugați un marcaj la această unitate
notes-bookmarked = Marcaj adăugat
notes-bookmark-moment = Adăugați un marcaj în acest moment
notes-note-label = Notița dumneavoastră despre această unitate
notes-save = Salvați notița
notes-saved = Salvată.
notes-delete = Ștergeți
# A moment of a video or audio, e.g. "At 1:05".
notes-at = La { $time }
notes-empty = Încă nu există notițe sau marcaje în acest curs. Adăugați un marcaj la o unitate sau la un moment dintr-un videoclip și scrieți o notiță despre el.
notes-where = Notițele dumneavoastră rămân pe acest dispozitiv și ajung în depozitul de înregistrări de învățare atunci când este conectat unul.
notes-too-long = Numărul maxim de caractere pentru o notiță este { $max }.
notes-too-many = Acest curs are deja numărul maxim de notițe: ștergeți una pentru a adăuga alta.

## Accessibility
unit-nav-label = Unitatea anterioară și cea următoare
captions-always = Afișați subtitrările ori de câte ori un videoclip sau un material audio le are (în limba dumneavoastră, dacă există, altfel în limba cursului)
caption-style = Stilul subtitrărilor
caption-size = Dimensiunea textului
caption-colour = Culoarea textului
caption-background = Fundal
caption-colour-white = Alb
caption-colour-yellow = Galben
caption-colour-cyan = Cyan
caption-colour-green = Verde
caption-colour-magenta = Magenta
caption-colour-black = Negru
caption-background-black = Negru semitransparent
caption-background-solid-black = Negru
caption-background-white = Alb
caption-background-transparent = Fără
caption-background-blue = Albastru
caption-preview = Așa vor arăta subtitrările.
caption-unreadable = Acest text este greu de citit pe acest fundal: alegeți altă culoare sau alt fundal.
launch-other = Acest link ar trimite înregistrările tale de învățare la { $endpoint } ca { $who }. Ești conectat la { $current } ca { $current_who }.
launch-switch = Treci la această conexiune
launch-keep = Păstrează conexiunea mea

launch-other-learner = Acest link este pentru { $who }. Acum folosește playerul { $current_who }. Treci la { $who }?
launch-switch-learner = Schimbă cursantul

## Learners
learners-heading = Cursanți pe acest dispozitiv
learners-locked = { $name } folosește playerul
learner-unnamed = Eu
learner-now = Folosește playerul acum
learner-switch = Treci la acest cursant
learner-rename = Redenumește
learner-name = Nume
learner-save = Salvează
learner-cancel = Anulează
learner-remove = Elimină
learner-remove-ask = Elimini pe { $name } de pe acest dispozitiv? Progresul, înregistrările în așteptare și setările sale de pe acest dispozitiv vor fi șterse. Cursurile descărcate rămân.
learner-removed = { $name } a fost eliminat.
learner-pin = PIN (patru cifre, opțional)
learner-pin-label = PIN
learner-pin-for = PIN-ul lui { $name }
learner-pin-new = PIN nou (patru cifre)
learner-pin-set = Setează un PIN
learner-pin-remove = Elimină PIN-ul
learner-pin-open = Continuă
learner-pin-note = Un PIN îi ține pe cei care folosesc acest dispozitiv în comun departe de progresul celorlalți. Este pentru intimitate, nu pentru securitate.
learner-add-heading = Adaugă un cursant
learner-add = Adaugă
learner-added = { $name } a fost adăugat.
learner-saved = Salvat.
learner-error-empty = Introdu un nume.
learner-error-long = Acest nume este prea lung.
learner-error-taken = Cineva de pe acest dispozitiv se numește deja { $name }.
learner-error-pin = Un PIN are exact patru cifre.
learner-error-full = Acest dispozitiv nu mai are loc pentru alți cursanți. Elimină mai întâi pe cineva.
learner-error-unknown = Lista cursanților nu a putut fi modificată. Reîncarcă pagina și încearcă din nou.
learner-error-wrong-pin = PIN-ul nu este corect.
signout-ask = { $count ->
    [one] { $count } înregistrare nu a fost încă trimisă.
    [few] { $count } înregistrări nu au fost încă trimise.
   *[other] { $count } de înregistrări nu au fost încă trimise.
}
signout-keep = { $count ->
    [one] Păstrează înregistrarea în așteptare pentru următoarea conectare
    [few] Păstrează cele { $count } înregistrări în așteptare pentru următoarea conectare
   *[other] Păstrează cele { $count } de înregistrări în așteptare pentru următoarea conectare
}
signout-discard = { $count ->
    [one] Renunță la ea
    [few] Renunță la ele
   *[other] Renunță la ele
}
