# Alliance Player interface strings — Magyar
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".
# Hungarian: variables are never followed by a case ending or preceded by "a/az", since their first sound is unknown.

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Magyar
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Ugrás a tartalomra
# In the header where the browser offers to install the player as an app.
install-app = Alkalmazás telepítése
install-app-hint = Telepítse az Alliance Player alkalmazást erre az eszközre: az alkalmazásai közül, saját ablakban nyílik meg, offline is.
nav-catalog = Kurzusok
loading = Betöltés…

## Languages
language-picker-label = A felület nyelve
language-picker-search = Nyelv keresése
language-picker-none = Egy nyelv sem felel meg a keresésnek.
content-language-label = A kurzus nyelve
content-language-auto = Ugyanaz, mint a felületé
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = Nyelv: { $language }

## Catalogue
catalog-heading = Kurzuskatalógus
catalog-search-label = Kurzusok keresése
catalog-search-placeholder = Cím, téma vagy szolgáltató
catalog-more = További kurzusok megjelenítése
catalog-earlier = Korábbi kurzusok megjelenítése
catalog-loading-more = További kurzusok keresése…
catalog-language-label = Nyelv
catalog-language-any = Minden nyelv
catalog-count = { $count ->
    [0] Nincs megfelelő kurzus.
    [one] Egy kurzus
   *[other] { $count } kurzus
}
catalog-empty = Egy kurzus sem felel meg a keresésnek. Próbálkozzon más szóval, vagy válassza a „Minden nyelv” lehetőséget.
catalog-rejected = { $count ->
    [one] Ebből a katalógusból egy kurzust nem sikerült megjeleníteni:
   *[other] Ebből a katalógusból { $count } kurzust nem sikerült megjeleníteni:
}
# A site's catalogue and the learner's own can be several; one that fails is named here, the others still show.
# $source is a catalogue's title or its address; $id is a course's short name, as in its address /course/{ $id }.
catalog-source-notice = Néhány kurzus hiányzik ebből a listából:
catalog-source-unreachable = { $source } nem érhető el: lehet, hogy a webhely nem működik, vagy nem engedi, hogy ez a lejátszó beolvassa a kurzusait.
catalog-source-status = { $source } hibával válaszolt (HTTP { $status }).
catalog-source-too-large = { $source } túl nagy: ez a lejátszó legfeljebb { $limit } méretű katalógust olvas be.
catalog-source-invalid = { $source } nem olyan kurzuskatalógus, amelyet ez a lejátszó be tud olvasni: { $detail }
catalog-source-left-out = „{ $course }” ({ $source }) kimaradt: a webcímét (/course/{ $id }) már egy másik kurzus használja.
course-provider = Szolgáltató: { $provider }
course-languages = Nyelvek: { $languages }
course-size = Letöltési méret: { $size }
course-open = Kurzus megnyitása
course-continue = Folytatás
course-progress = Haladás: { $percent }

## Course
course-outline = A kurzus felépítése
outline-show-earlier = Korábbi leckék megjelenítése ({ $count } rejtett)
outline-show-later = Későbbi leckék megjelenítése ({ $count } rejtett)
course-start = Kurzus indítása
course-units = { $count ->
    [one] Egy lecke
   *[other] { $count } lecke
}
unit-ordinal = { $index }. lecke (összesen { $total })
unit-state-not-started = Nincs elkezdve
unit-state-in-progress = Folyamatban
unit-state-completed = Befejezve
unit-state-passed = Sikeres
unit-state-failed = Még nem sikerült
unit-kind-video = Videó
unit-kind-audio = Hanganyag
unit-kind-reading = Olvasmány
unit-kind-quiz = Kvíz
unit-kind-document = Dokumentum
unit-kind-interactive = Feladat
unit-kind-unknown = Újfajta lecke
unit-previous = Előző
unit-next = Következő
unit-mark-done = Megjelölés késznek
unit-done = Kész
back-to-catalog = Összes kurzus
# Search inside the course, above the outline. $time is a position in a video or audio, e.g. "1:05".
course-search-label = Keresés a kurzusban
course-search-count = { $count ->
    [0] Nincs találat
    [one] Egy találat
   *[other] { $count } találat
}
course-search-more = { $count ->
    [one] Csak az első találat látható; a keresés szűkítéséhez adjon meg több szót.
   *[other] Csak az első { $count } találat látható; a keresés szűkítéséhez adjon meg több szót.
}
course-search-subtitles = Keresés a feliratokban is…
course-search-incomplete = Néhány feliratban nem sikerült keresni.
course-search-in-title = Cím
course-search-in-reading = Olvasmány
course-search-in-transcript = Átirat
course-search-in-subtitle = Felirat ({ $time })
course-search-in-quiz = Kvízkérdés

## Media
media-speed = Sebesség
media-subtitles = Felirat
media-subtitles-off = Kikapcsolva
media-subtitles-second = Második felirat
media-fullscreen = Teljes képernyő
media-fullscreen-exit = Kilépés a teljes képernyőből
media-shortcuts = Billentyűparancsok
media-shortcuts-hint = Amikor a videó- vagy hanglejátszó van fókuszban:
# The name of the space bar key, as printed on keyboards.
media-key-space = Szóköz
media-key-play = Lejátszás vagy szünet
media-key-seek = 5 másodperccel vissza vagy előre
media-key-speed = Lassabban vagy gyorsabban
media-key-captions = Felirat be- vagy kikapcsolása
media-key-fullscreen = Teljes képernyő be- vagy kikapcsolása
media-transcript = Átirat
media-watched = Megtekintve: { $percent }
media-unsupported = A böngészője nem tudja lejátszani ezt a fájlt. Próbálkozzon másik böngészővel, vagy töltse le a fájlt:

## Reading and document
reading-end = Az olvasmány vége
document-download = PDF letöltése ({ $size })
document-download-nosize = PDF letöltése
document-fallback = A böngészője itt nem tud PDF-et megjeleníteni. Töltse le a dokumentumot, hogy elolvashassa.
document-not-pdf = { $file } nem PDF-fájl. A dokumentum típusú lecke csak PDF-fájlokat jelenít meg, amelyek „%PDF-” karakterekkel kezdődnek.

## Quiz
quiz-passing = A sikeres teljesítéshez { $percent } szükséges.
quiz-attempts-left = { $count ->
    [one] Egy próbálkozás maradt
   *[other] { $count } próbálkozás maradt
}
quiz-attempts-unlimited = Korlátlan számú próbálkozás
quiz-attempts-used = { $count ->
    [one] Felhasználta az egyetlen próbálkozását.
   *[other] Felhasználta az összes próbálkozását ({ $count }).
}
quiz-question = { $index }. kérdés
quiz-true = Igaz
quiz-false = Hamis
quiz-answer-label = Az Ön válasza
quiz-submit = Válaszok beküldése
quiz-retry = Újrapróbálkozás
quiz-score = Az Ön eredménye: { $score }
quiz-passed = Sikerült – szép munka!
quiz-failed = Még nem sikerült.
quiz-best = Eddigi legjobb eredmény: { $score }
quiz-correct = Helyes
quiz-incorrect = Helytelen
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Áttekintés: minden kérdésnél látható a helyes válasz.
quiz-right-answer = Helyes válasz

## Interactive
interactive-title = Interaktív feladat: { $title }
interactive-hint = A lecke befejezéséhez végezze el a feladatot.

## Storage
storage-quota = A böngészőben a lejátszó számára fenntartott tárhely megtelt, ezért a legutóbbi haladását nem sikerült menteni. Szabadítson fel helyet (a böngésző beállításaiban távolítsa el a letöltött kurzusokat vagy más webhelyek adatait), majd folytassa: a korábban mentett adatok közül semmi sem veszett el.
storage-unavailable = Ez a böngésző nem engedi, hogy a lejátszó tárolja a haladását, ezért az csak az oldal bezárásáig marad meg. A privát ablakok gyakran tiltják az adattárolást.
storage-write-failed = A legutóbbi haladását még nem sikerült menteni. Ezen az oldalon megmarad, és a következő lépésnél elmentjük.

## Transcript (the learner's record of progress)
nav-transcript = Haladásom
transcript-heading = Haladásom
transcript-empty = Még nem kezdett el egy kurzust sem.
transcript-unit-score = Eredmény: { $score }
transcript-time-spent = Eltöltött idő: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Letöltés xAPI-állításokként (JSON)
transcript-export-csv = Letöltés táblázatként (CSV)
transcript-reset = Haladásom törlése ebben a kurzusban
transcript-reset-confirm = Törli a teljes haladását ebben a kurzusban: „{ $course }”? Ez nem vonható vissza.

## Delivery to the learning record store (LRS), shown in the header and on the settings page
nav-settings = Beállítások
sync-off = Mentve ezen az eszközön
sync-off-detail = Nincs kapcsolat tanulási adattárral: a haladása ebben a böngészőben marad. A beállításokban csatlakoztathat egyet, hogy a teljesítései eljussanak az intézményéhez.
sync-done = Minden elküldve
sync-pending = { $count ->
    [one] 1 bejegyzés küldésre vár
   *[other] { $count } bejegyzés küldésre vár
}
sync-last-delivery = Utolsó küldés: { $date }
sync-error-offline = Nincs internetkapcsolat. A bejegyzései megmaradnak, és a kapcsolat helyreállásakor elküldjük őket.
sync-error-unreachable = A tanulási adattár nem érhető el. Hamarosan újra próbálkozunk; semmi sem vész el.
sync-error-server = A tanulási adattárban hiba történt (HTTP { $status }). Hamarosan újra próbálkozunk; semmi sem vész el.
sync-error-unauthorized = A tanulási adattár elutasította a hitelesítő adatait. Adja meg őket újra a beállításokban; addig a bejegyzései megmaradnak.
sync-error-not-found = Ezen a címen nincs tanulási adattár. Ellenőrizze a címet a beállításokban; addig a bejegyzései megmaradnak.
sync-error-version = A tanulási adattár az xAPI egy másik verzióját használja ({ $detail }). Kérjen az intézményétől olyan címet, amely az xAPI 1.0.3-as vagy 2.0.0-s verzióját támogatja.
sync-error-storage = A küldésre váró bejegyzéseket nem sikerült beolvasni a böngésző tárhelyéről ({ $detail }).
sync-set-aside = { $count ->
    [one] A tanulási adattár 1 bejegyzést elutasított
   *[other] A tanulási adattár { $count } bejegyzést elutasított
}
sync-set-aside-detail = Ezeket a bejegyzéseket az adattár válaszával együtt itt őrizzük meg, hogy Ön vagy az intézménye láthassa, mit kell javítani.
settings-heading = Beállítások
settings-lrs-heading = Tanulási adattár
settings-lrs-intro = Ezeket az adatokat az intézménye adja meg, hogy a teljesítései és eredményei bekerüljenek a nyilvántartásába.
settings-lrs-endpoint = Cím (xAPI-végpont)
settings-lrs-key = Kulcs vagy felhasználónév
settings-lrs-secret = Titkos kulcs vagy jelszó
settings-lrs-token = Vagy hozzáférési token
settings-lrs-name = Az Ön neve
settings-lrs-email = Az Ön e-mail-címe
settings-lrs-connect = Csatlakozás
settings-lrs-disconnect = Kapcsolat bontása
settings-lrs-connected = Csatlakozva: { $endpoint } ({ $who } néven).
settings-lrs-invalid-endpoint = Adja meg a tanulási adattár címét, amely https:// vagy http:// előtaggal kezdődik.
settings-lrs-invalid-email = Adja meg az e-mail-címét, hogy a bejegyzései az Ön neve alatt legyenek nyilvántartva.
cmi5-unit-needs-worker = Ehhez a feladathoz a lejátszónak be kell fejeznie a telepítést: töltse be újra az oldalt, és nyissa meg a feladatot.
cmi5-exit = Kilépés
cmi5-exiting = Mentés és visszatérés…
cmi5-browse = Böngészés: amit itt tesz, azt nem rögzítjük.
cmi5-review = Áttekintés: amit itt tesz, azt nem rögzítjük.
cmi5-ended = Ez a munkamenet véget ért. A további rögzítéshez nyissa meg újra a kurzust a tanulási platformjáról.
settings-lrs-launch-failed = A kurzus olyan bejelentkezéssel nyílt meg, amely nem működött ({ $detail }). Nyissa meg újra az intézménye webhelyéről.

## Course sources (settings): the catalogues whose courses the course list shows
sources-heading = Kurzusforrások
sources-intro = A kurzuslista az alábbi katalógusokat fogja össze. Egy másik egyetem vagy kurzusszolgáltató katalógusát a címe alapján adhatja hozzá; ezen az eszközön megőrizzük az Ön számára.
sources-site = Ez a webhely választotta
sources-remove = Eltávolítás
sources-add-label = Forrás hozzáadása: a katalógus címe
sources-check = Ellenőrzés
# The number of courses in the catalogue the learner is about to add.
sources-preview = { $count ->
    [one] Egy kurzus
   *[other] { $count } kurzus
}
sources-add-confirm = Forrás hozzáadása
sources-added = Hozzáadva: a kurzusai már szerepelnek a kurzuslistában.
sources-removed = Eltávolítva: a kurzusai már nem szerepelnek a kurzuslistában.
sources-invalid-url = Adjon meg egy https:// kezdetű címet (vagy egy elérési utat ezen a webhelyen, például /courses/catalog.json).
sources-duplicate = Ez a katalógus már szerepel a listában.
sources-full = A forráslista megtelt. Új forrás hozzáadásához előbb távolítson el egyet.

## Unsupported and errors
unit-needs-newer-player = Ehhez a leckéhez újabb lejátszó kell
unit-needs-newer-player-detail = Ez egy „{ $kind }” típusú lecke, amelyet az Alliance Player jelen verziója még nem ismer. A kurzus többi része működik; forduljon a kurzus szolgáltatójához, vagy frissítse a lejátszót.
error-heading = Hiba történt
error-catalog = Nem sikerült betölteni a kurzuskatalógust.
error-document = Ez a dokumentum nem jeleníthető meg.
error-course = Nem sikerült megnyitni ezt a kurzust.
error-course-not-found = Ebben a katalógusban nincs ilyen kurzus: „{ $course }”.
error-unit-not-found = Ebben a kurzusban nincs ilyen lecke: „{ $unit }”.
error-page-not-found = Ez az oldal nem létezik.
error-retry = Újrapróbálkozás
error-part-unavailable = A lejátszó ezen részét nem sikerült letölteni. Ellenőrizze az internetkapcsolatot, majd próbálkozzon újra.
error-what-to-do = Ha a probléma továbbra is fennáll, jelezze a kurzus szolgáltatójának a fent látható információkat.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Offline
offline-indicator-detail = Nincs internetkapcsolat. A letöltött kurzusok a szokásos módon működnek; a haladását ezen az eszközön mentjük, és elküldjük, amint újra online lesz.
update-ready = Elkészült az Alliance Player új verziója.
update-reload = Újratöltés és frissítés
download-heading = Offline használat
download-course = Letöltés offline használatra ({ $size })
download-resume = Letöltés folytatása (hátravan: { $size })
download-progress = { $done } / { $total } · { $units } / { $unitsTotal } lecke
download-cancel = Mégse
download-done = Letöltve: ez a kurzus offline is működik ({ $size }).
download-remove = Letöltés eltávolítása
download-stored-partly = { $done } / { $total } már ezen az eszközön van.
download-failed = A letöltés megszakadt: { $detail } A már tárolt adatok megmaradnak; a folytatáshoz nyomja meg a „Letöltés folytatása” gombot.
download-file-mismatch = { $file } nem érkezett meg sértetlenül (várt: { $expected }, kapott: { $got }).
download-file-failed = { $file } letöltése nem sikerült ({ $detail }).
download-no-cors = { $host } nem engedi, hogy ez a lejátszó beolvassa a fájljait (nem küld CORS-fejléceket), ezért azok nem ellenőrizhetők és nem tárolhatók. A szerver üzemeltetőjének minden kurzusfájlhoz el kell küldenie az Access-Control-Allow-Origin fejlécet.
download-quota = Ezen az eszközön nincs több hely a kurzus számára. Szabadítson fel helyet, vagy távolítson el egy másik letöltést, majd folytassa a letöltést.
download-storage = Ez a böngésző ezen az eszközön { $available } tárhelyet használhat, ebből { $used } foglalt.
download-persistent = A letöltések addig megmaradnak, amíg el nem távolítja őket.
download-not-persistent = Ha az eszközön kevés a hely, a böngésző törölheti a letöltéseket.
download-needs-network = Nincs internetkapcsolat. A kurzus letöltéséhez csatlakozzon az internethez.
data-saver = Adattakarékos mód
data-saver-help = A médiafájlok csak a lejátszás indításakor töltődnek be, az átiratok jelennek meg először, és a médiafájlok mellett látható a méretük.
media-size = Betöltendő: { $size }

## Notes and bookmarks
notes-heading = Jegyzeteim
notes-bookmark = Lecke hozzáadása a könyvjelzőkhöz
notes-bookmarked = Könyvjelző hozzáadva
notes-bookmark-moment = Pillanat hozzáadása a könyvjelzőkhöz
notes-note-label = Az Ön jegyzete ehhez a leckéhez
notes-save = Jegyzet mentése
notes-saved = Mentve.
notes-delete = Törlés
# A moment of a video or audio, e.g. "At 1:05".
notes-at = Időpont: { $time }
notes-empty = Ebben a kurzusban még nincsenek jegyzetek vagy könyvjelzők. Adjon hozzá a könyvjelzőkhöz egy leckét vagy egy videó egy pillanatát, és írjon hozzá jegyzetet.
notes-where = A jegyzetei ezen az eszközön maradnak, és ha csatlakoztatott tanulási adattárat, oda is eljutnak.
notes-too-long = Egy jegyzet legfeljebb { $max } karakterből állhat.
notes-too-many = Ebben a kurzusban már a lehető legtöbb jegyzet szerepel: újhoz előbb töröljön egyet.

## Accessibility
unit-nav-label = Előző és következő lecke
captions-always = Felirat megjelenítése mindig, ha a videóhoz vagy hanganyaghoz van (az Ön nyelvén, ha van ilyen, egyébként a kurzus nyelvén)
caption-style = Feliratstílus
caption-size = Szövegméret
caption-colour = Szövegszín
caption-background = Háttér
caption-colour-white = Fehér
caption-colour-yellow = Sárga
caption-colour-cyan = Cián
caption-colour-green = Zöld
caption-colour-magenta = Bíbor
caption-colour-black = Fekete
caption-background-black = Fekete, áttetsző
caption-background-solid-black = Fekete
caption-background-white = Fehér
caption-background-transparent = Nincs
caption-background-blue = Kék
caption-preview = Így fog kinézni a felirat.
caption-unreadable = Ez a szöveg nehezen olvasható ezen a háttéren: válasszon másik színt vagy hátteret.
launch-other = Ez a link ide küldené a tanulási bejegyzéseit: { $endpoint } ({ $who } néven). Jelenleg ide csatlakozik: { $current } ({ $current_who } néven).
launch-switch = Váltás erre a kapcsolatra
launch-keep = Jelenlegi kapcsolat megtartása
launch-other-learner = Ez a link ennek a tanulónak szól: { $who }. Most { $current_who } használja a lejátszót. Átvált erre a tanulóra: { $who }?
launch-switch-learner = Tanuló váltása

## Learners
learners-heading = Tanulók ezen az eszközön
learners-locked = { $name } használja a lejátszót
learner-unnamed = Én
learner-now = Jelenleg ő használja a lejátszót
learner-switch = Váltás erre a tanulóra
learner-rename = Átnevezés
learner-name = Név
learner-save = Mentés
learner-cancel = Mégse
learner-remove = Eltávolítás
learner-remove-ask = Eltávolítja ezt a tanulót az eszközről: { $name }? A tanuló haladása, küldésre váró bejegyzései és beállításai törlődnek erről az eszközről. A letöltött kurzusok megmaradnak.
learner-removed = { $name } eltávolítva.
learner-pin = PIN-kód (négy számjegy, nem kötelező)
learner-pin-label = PIN-kód
learner-pin-for = { $name } PIN-kódja
learner-pin-new = Új PIN-kód (négy számjegy)
learner-pin-set = PIN-kód beállítása
learner-pin-remove = PIN-kód eltávolítása
learner-pin-open = Tovább
learner-pin-note = A PIN-kód megakadályozza, hogy az eszközt közösen használók egymás haladását lássák. Az adatvédelmet szolgálja, nem a biztonságot.
learner-add-heading = Tanuló hozzáadása
learner-add = Hozzáadás
learner-added = { $name } hozzáadva.
learner-saved = Mentve.
learner-error-empty = Adjon meg egy nevet.
learner-error-long = Ez a név túl hosszú.
learner-error-taken = Ezen az eszközön már van { $name } nevű tanuló.
learner-error-pin = A PIN-kód pontosan négy számjegyből áll.
learner-error-full = Ezen az eszközön már a lehető legtöbb tanuló szerepel. Előbb távolítson el egyet.
learner-error-unknown = Nem sikerült módosítani a tanulók listáját. Töltse be újra az oldalt, és próbálkozzon újra.
learner-error-wrong-pin = Ez a PIN-kód nem megfelelő.
signout-ask = { $count ->
    [one] Egy bejegyzés még nincs elküldve.
   *[other] { $count } bejegyzés még nincs elküldve.
}
signout-keep = { $count ->
    [one] Várakozó bejegyzés megtartása a következő csatlakozásig
   *[other] { $count } várakozó bejegyzés megtartása a következő csatlakozásig
}
signout-discard = { $count ->
    [one] Elvetés
   *[other] Összes elvetése
}
