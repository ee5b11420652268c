# Alliance Player interface strings — Slovenčina
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Slovenčina
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Preskočiť na obsah
# In the header where the browser offers to install the player as an app.
install-app = Nainštalovať aplikáciu
install-app-hint = Nainštalujte si Alliance Player do tohto zariadenia: bude sa otvárať z vašich aplikácií vo vlastnom okne, aj offline.
nav-catalog = Kurzy
loading = Načítava sa…

## Languages
language-picker-label = Jazyk rozhrania
language-picker-search = Hľadať jazyk
language-picker-none = Hľadaniu nezodpovedá žiadny jazyk.
content-language-label = Jazyk kurzu
content-language-auto = Rovnaký ako rozhranie
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = Jazyk: { $language }

## Catalogue
catalog-heading = Katalóg kurzov
catalog-search-label = Hľadať kurzy
catalog-search-placeholder = Názov, téma alebo poskytovateľ
catalog-more = Zobraziť ďalšie kurzy
catalog-earlier = Zobraziť predchádzajúce kurzy
catalog-loading-more = Prehľadávajú sa ďalšie kurzy…
catalog-language-label = Jazyk
catalog-language-any = Všetky jazyky
catalog-count = { $count ->
    [0] Žiadne zodpovedajúce kurzy.
    [one] Jeden kurz
    [few] { $count } kurzy
   *[other] { $count } kurzov
}
catalog-empty = Vášmu hľadaniu nezodpovedá žiadny kurz. Skúste iné slovo alebo vyberte všetky jazyky.
catalog-rejected = { $count ->
    [one] Z tohto katalógu sa nepodarilo zobraziť jeden kurz:
    [few] Z tohto katalógu sa nepodarilo zobraziť { $count } kurzy:
   *[other] Z tohto katalógu sa nepodarilo zobraziť { $count } kurzov:
}
# A site's catalogue and the learner's own can be several; one that fails is named here, the others still show.
# $source is a catalogue's title or its address; $id is a course's short name, as in its address /course/{ $id }.
catalog-source-notice = V tomto zozname chýbajú niektoré kurzy:
catalog-source-unreachable = Zdroj { $source } nie je dostupný: web môže byť mimo prevádzky alebo tomuto prehrávaču nedovoľuje čítať svoje kurzy.
catalog-source-status = Zdroj { $source } odpovedal chybou (HTTP { $status }).
catalog-source-too-large = Zdroj { $source } je väčší ako { $limit }, čo je najviac, koľko tento prehrávač pri katalógu načíta.
catalog-source-invalid = Zdroj { $source } nie je katalóg kurzov, ktorý by tento prehrávač dokázal prečítať: { $detail }
catalog-source-left-out = Kurz „{ $course }“ zo zdroja { $source } je vynechaný: jeho adresu /course/{ $id } už má iný kurz.
course-provider = Poskytovateľ: { $provider }
course-languages = Jazyky: { $languages }
course-size = Veľkosť na stiahnutie: { $size }
course-open = Otvoriť kurz
course-continue = Pokračovať
course-progress = Dokončené: { $percent }

## Course
course-outline = Osnova kurzu
outline-show-earlier = Zobraziť predchádzajúce lekcie (skryté: { $count })
outline-show-later = Zobraziť ďalšie lekcie (skryté: { $count })
course-start = Začať kurz
course-units = { $count ->
    [one] Jedna lekcia
    [few] { $count } lekcie
   *[other] { $count } lekcií
}
unit-ordinal = Lekcia { $index } z { $total }
unit-state-not-started = Nezačaté
unit-state-in-progress = Prebieha
unit-state-completed = Dokončené
unit-state-passed = Splnené
unit-state-failed = Zatiaľ nesplnené
unit-kind-video = Video
unit-kind-audio = Audio
unit-kind-reading = Čítanie
unit-kind-quiz = Kvíz
unit-kind-document = Dokument
unit-kind-interactive = Aktivita
unit-kind-unknown = Nový typ lekcie
unit-previous = Predchádzajúca
unit-next = Ďalšia
unit-mark-done = Označiť ako dokončené
unit-done = Dokončené
back-to-catalog = Všetky kurzy
# Search inside the course, above the outline. $time is a position in a video or audio, e.g. "1:05".
course-search-label = Hľadať v tomto kurze
course-search-count = { $count ->
    [0] Žiadne výsledky
    [one] Jeden výsledok
    [few] { $count } výsledky
   *[other] { $count } výsledkov
}
course-search-more = { $count ->
    [one] Zobrazuje sa len prvý výsledok; hľadanie zúžite pridaním ďalších slov.
    [few] Zobrazujú sa len prvé { $count } výsledky; hľadanie zúžite pridaním ďalších slov.
   *[other] Zobrazuje sa len prvých { $count } výsledkov; hľadanie zúžite pridaním ďalších slov.
}
course-search-subtitles = Prehľadávajú sa aj titulky…
course-search-incomplete = Niektoré titulky sa nepodarilo prehľadať.
course-search-in-title = Názov
course-search-in-reading = Čítanie
course-search-in-transcript = Prepis
course-search-in-subtitle = Titulky v čase { $time }
course-search-in-quiz = Otázka z kvízu

## Media
media-speed = Rýchlosť
media-subtitles = Titulky
media-subtitles-off = Vypnuté
media-subtitles-second = Druhé titulky
media-fullscreen = Celá obrazovka
media-fullscreen-exit = Ukončiť režim celej obrazovky
media-shortcuts = Klávesové skratky
media-shortcuts-hint = Keď je prehrávač videa alebo zvuku aktívny:
# The name of the space bar key, as printed on keyboards.
media-key-space = Medzerník
media-key-play = Prehrať alebo pozastaviť
media-key-seek = 5 sekúnd dozadu alebo dopredu
media-key-speed = Pomalšie alebo rýchlejšie
media-key-captions = Zapnúť alebo vypnúť titulky
media-key-fullscreen = Zapnúť alebo vypnúť celú obrazovku
media-transcript = Prepis
media-watched = Pozreté: { $percent }
media-unsupported = Váš prehliadač tento súbor nedokáže prehrať. Skúste iný prehliadač alebo si súbor stiahnite:

## Reading and document
reading-end = Koniec textu
document-download = Stiahnuť PDF ({ $size })
document-download-nosize = Stiahnuť PDF
document-fallback = Váš prehliadač tu nedokáže zobraziť PDF. Ak si dokument chcete prečítať, stiahnite si ho.
document-not-pdf = Súbor { $file } nie je vo formáte PDF. Lekcia typu dokument zobrazuje len súbory PDF, ktoré sa začínajú reťazcom „%PDF-“.

## Quiz
quiz-passing = Na splnenie potrebujete { $percent }.
quiz-attempts-left = { $count ->
    [one] Zostáva jeden pokus
    [few] Zostávajú { $count } pokusy
   *[other] Zostáva { $count } pokusov
}
quiz-attempts-unlimited = Neobmedzený počet pokusov
quiz-attempts-used = { $count ->
    [one] Jediný pokus je vyčerpaný.
    [few] Všetky { $count } pokusy sú vyčerpané.
   *[other] Všetkých { $count } pokusov je vyčerpaných.
}
quiz-question = Otázka { $index }
quiz-true = Pravda
quiz-false = Nepravda
quiz-answer-label = Vaša odpoveď
quiz-submit = Odoslať odpovede
quiz-retry = Skúsiť znova
quiz-score = Vaše skóre: { $score }
quiz-passed = Splnené – výborne!
quiz-failed = Zatiaľ nesplnené.
quiz-best = Doterajšie najlepšie skóre: { $score }
quiz-correct = Správne
quiz-incorrect = Nesprávne
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Prehľad: pri každej otázke je uvedená správna odpoveď.
quiz-right-answer = Správna odpoveď

## Interactive
interactive-title = Interaktívna aktivita: { $title }
interactive-hint = Lekciu dokončíte splnením aktivity.

## Storage
storage-quota = Úložisko tohto prehliadača pre prehrávač je plné, preto sa nepodarilo uložiť váš najnovší pokrok. Uvoľnite miesto (v nastaveniach prehliadača odstráňte stiahnuté kurzy alebo údaje iných webov) a potom pokračujte: nič z toho, čo bolo uložené predtým, sa nestratilo.
storage-unavailable = Tento prehliadač nedovoľuje prehrávaču ukladať váš pokrok, preto sa uchová len do zatvorenia stránky. Súkromné okná ukladanie často blokujú.
storage-write-failed = Váš najnovší pokrok sa zatiaľ nepodarilo uložiť. Je uchovaný na tejto stránke a uloží sa pri vašom ďalšom kroku.

## Transcript (the learner's record of progress)
nav-transcript = Môj pokrok
transcript-heading = Môj pokrok
transcript-empty = Zatiaľ nemáte začatý žiadny kurz.
transcript-unit-score = Skóre: { $score }
transcript-time-spent = Strávený čas: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Stiahnuť ako výroky xAPI (JSON)
transcript-export-csv = Stiahnuť ako tabuľku (CSV)
transcript-reset = Vynulovať môj pokrok v tomto kurze
transcript-reset-confirm = Vynulovať celý váš pokrok v kurze „{ $course }“? Túto akciu nemožno vrátiť späť.

## Delivery to the learning record store (LRS), shown in the header and on the settings page
nav-settings = Nastavenia
sync-off = Uložené v tomto zariadení
sync-off-detail = Nie je pripojené úložisko záznamov o učení: váš pokrok zostáva v tomto prehliadači. Ak chcete posielať informácie o dokončení svojej inštitúcii, pripojte ho v nastaveniach.
sync-done = Všetko doručené
sync-pending = { $count ->
    [one] 1 záznam čaká na odoslanie
    [few] { $count } záznamy čakajú na odoslanie
   *[other] { $count } záznamov čaká na odoslanie
}
sync-last-delivery = Naposledy doručené: { $date }
sync-error-offline = Ste offline. Vaše záznamy sú uchované a doručia sa, keď sa pripojenie obnoví.
sync-error-unreachable = Úložisko záznamov o učení nie je dostupné. O chvíľu to skúsime znova; nič sa nestratí.
sync-error-server = Úložisko záznamov o učení má problém (HTTP { $status }). O chvíľu to skúsime znova; nič sa nestratí.
sync-error-unauthorized = Úložisko záznamov o učení odmietlo vaše prihlasovacie údaje. Zadajte ich znova v nastaveniach; dovtedy zostanú vaše záznamy uchované.
sync-error-not-found = Na tejto adrese nie je žiadne úložisko záznamov o učení. Skontrolujte adresu v nastaveniach; dovtedy zostanú vaše záznamy uchované.
sync-error-version = Úložisko záznamov o učení používa inú verziu xAPI ({ $detail }). Požiadajte svoju inštitúciu o adresu, ktorá podporuje xAPI 1.0.3 alebo 2.0.0.
sync-error-storage = Záznamy čakajúce na doručenie sa nepodarilo načítať z úložiska tohto prehliadača ({ $detail }).
sync-set-aside = { $count ->
    [one] Úložisko záznamov o učení odmietlo 1 záznam
    [few] Úložisko záznamov o učení odmietlo { $count } záznamy
   *[other] Úložisko záznamov o učení odmietlo { $count } záznamov
}
sync-set-aside-detail = Tieto záznamy sú tu uchované spolu s odpoveďou úložiska, aby ste vy alebo vaša inštitúcia videli, čo treba opraviť.
settings-heading = Nastavenia
settings-lrs-heading = Úložisko záznamov o učení
settings-lrs-intro = Tieto údaje vám poskytne vaša inštitúcia, aby sa informácie o dokončení a vaše skóre dostali do jej záznamov.
settings-lrs-endpoint = Adresa (koncový bod xAPI)
settings-lrs-key = Kľúč alebo používateľské meno
settings-lrs-secret = Tajný kľúč alebo heslo
settings-lrs-token = Alebo prístupový token
settings-lrs-name = Vaše meno
settings-lrs-email = Vaša e-mailová adresa
settings-lrs-connect = Pripojiť
settings-lrs-disconnect = Odpojiť
settings-lrs-connected = Pripojené k { $endpoint } ako { $who }.
settings-lrs-invalid-endpoint = Zadajte adresu úložiska záznamov o učení, ktorá začína na https:// alebo http://.
settings-lrs-invalid-email = Zadajte svoju e-mailovú adresu, aby sa vaše záznamy ukladali pod vaším menom.
cmi5-unit-needs-worker = Táto aktivita potrebuje, aby prehrávač dokončil inštaláciu: znova načítajte stránku a otvorte ju.
cmi5-exit = Ukončiť
cmi5-exiting = Ukladanie a návrat…
cmi5-browse = Prehliadanie: nič, čo tu urobíte, sa nezaznamenáva.
cmi5-review = Opakovanie: nič, čo tu urobíte, sa nezaznamenáva.
cmi5-ended = Táto relácia sa skončila. Ak chcete zaznamenávať ďalej, otvorte kurz znova zo svojej vzdelávacej platformy.
settings-lrs-launch-failed = Kurz bol otvorený s prihlásením, ktoré nefungovalo ({ $detail }). Otvorte ho znova z webu svojej inštitúcie.

## Course sources (settings): the catalogues whose courses the course list shows
sources-heading = Zdroje kurzov
sources-intro = Zoznam kurzov spája katalógy uvedené nižšie. Katalóg inej univerzity alebo poskytovateľa kurzov môžete pridať podľa jeho adresy; uloží sa pre vás v tomto zariadení.
sources-site = Vybrané týmto webom
sources-remove = Odstrániť
sources-add-label = Pridať zdroj: adresa jeho katalógu
sources-check = Overiť
# The number of courses in the catalogue the learner is about to add.
sources-preview = { $count ->
    [one] Jeden kurz
    [few] { $count } kurzy
   *[other] { $count } kurzov
}
sources-add-confirm = Pridať tento zdroj
sources-added = Pridané: jeho kurzy sú teraz v zozname kurzov.
sources-removed = Odstránené: jeho kurzy už v zozname kurzov nie sú.
sources-invalid-url = Zadajte adresu, ktorá začína na https:// (alebo cestu na tomto webe, napríklad /courses/catalog.json).
sources-duplicate = Tento katalóg už v zozname je.
sources-full = Váš zoznam zdrojov je plný. Ak chcete pridať ďalší, niektorý odstráňte.

## Unsupported and errors
unit-needs-newer-player = Táto lekcia vyžaduje novší prehrávač
unit-needs-newer-player-detail = Ide o lekciu typu „{ $kind }“, ktorý táto verzia prehrávača Alliance Player zatiaľ nepozná. Zvyšok kurzu funguje; obráťte sa na poskytovateľa kurzu alebo prehrávač aktualizujte.
error-heading = Niečo sa pokazilo
error-catalog = Katalóg kurzov sa nepodarilo načítať.
error-document = Tento dokument nemožno zobraziť.
error-course = Tento kurz sa nepodarilo otvoriť.
error-course-not-found = Kurz „{ $course }“ v tomto katalógu nie je.
error-unit-not-found = Lekcia „{ $unit }“ v tomto kurze nie je.
error-page-not-found = Táto stránka neexistuje.
error-retry = Skúsiť znova
error-part-unavailable = Túto časť prehrávača sa nepodarilo stiahnuť. Skontrolujte pripojenie a skúste to znova.
error-what-to-do = Ak problém pretrváva, oznámte poskytovateľovi kurzu, čo je zobrazené vyššie.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Offline
offline-indicator-detail = Ste offline. Stiahnuté kurzy sa prehrávajú ako zvyčajne; váš pokrok sa ukladá v tomto zariadení a odošle sa, keď budete znova online.
update-ready = Je pripravená nová verzia prehrávača Alliance Player.
update-reload = Načítať znova a aktualizovať
download-heading = Používanie offline
download-course = Stiahnuť na používanie offline ({ $size })
download-resume = Pokračovať v sťahovaní (zostáva { $size })
download-progress = { $done } z { $total } · { $units } z { $unitsTotal } lekcií
download-cancel = Zrušiť
download-done = Stiahnuté: tento kurz funguje offline ({ $size }).
download-remove = Odstrániť stiahnuté
download-stored-partly = { $done } z { $total } už je v tomto zariadení.
download-failed = Sťahovanie sa zastavilo: { $detail } To, čo je už uložené, zostane zachované; ak chcete pokračovať, stlačte „Pokračovať v sťahovaní“.
download-file-mismatch = Súbor { $file } neprišiel v poriadku (očakávané { $expected }, prijaté { $got }).
download-file-failed = Súbor { $file } sa nepodarilo stiahnuť ({ $detail }).
download-no-cors = { $host } tomuto prehrávaču nedovoľuje čítať svoje súbory (neposiela hlavičky CORS), preto ich nemožno skontrolovať ani uložiť. Jeho správca musí s každým súborom kurzu posielať hlavičku Access-Control-Allow-Origin.
download-quota = V tomto zariadení už nie je miesto na kurz. Uvoľnite miesto alebo odstráňte iné stiahnuté kurzy a potom pokračujte v sťahovaní.
download-storage = Tento prehliadač využíva { $used } z { $available }, ktoré môže v tomto zariadení použiť.
download-persistent = Stiahnuté súbory zostanú, kým ich neodstránite.
download-not-persistent = Ak v zariadení dôjde miesto, prehliadač môže stiahnuté súbory odstrániť.
download-needs-network = Ste offline. Ak chcete tento kurz stiahnuť, pripojte sa na internet.
data-saver = Šetrenie dát
data-saver-help = Médiá sa načítajú až po spustení prehrávania, prepisy sa zobrazia ako prvé a pri médiách je uvedená ich veľkosť.
media-size = { $size } na načítanie

## Notes and bookmarks
notes-heading = Moje poznámky
notes-bookmark = Pridať lekciu do záložiek
notes-bookmarked = V záložkách
notes-bookmark-moment = Pridať tento okamih do záložiek
notes-note-label = Vaša poznámka k tejto lekcii
notes-save = Uložiť poznámku
notes-saved = Uložené.
notes-delete = Odstrániť
# A moment of a video or audio, e.g. "At 1:05".
notes-at = V čase { $time }
notes-empty = V tomto kurze zatiaľ nemáte poznámky ani záložky. Pridajte do záložiek lekciu alebo okamih videa a napíšte si k tomu poznámku.
notes-where = Vaše poznámky zostávajú v tomto zariadení a keď je pripojené úložisko záznamov o učení, dostanú sa aj doň.
notes-too-long = Poznámka je príliš dlhá: maximálny počet znakov je { $max }.
notes-too-many = Tento kurz už má maximálny počet poznámok: ak chcete pridať ďalšiu, jednu odstráňte.

## Accessibility
unit-nav-label = Predchádzajúca a ďalšia lekcia
captions-always = Zobrazovať titulky vždy, keď ich video alebo audio má (vo vašom jazyku, ak existujú, inak v jazyku kurzu)
caption-style = Štýl titulkov
caption-size = Veľkosť textu
caption-colour = Farba textu
caption-background = Pozadie
caption-colour-white = Biela
caption-colour-yellow = Žltá
caption-colour-cyan = Azúrová
caption-colour-green = Zelená
caption-colour-magenta = Purpurová
caption-colour-black = Čierna
caption-background-black = Čierne, priesvitné
caption-background-solid-black = Čierne
caption-background-white = Biele
caption-background-transparent = Žiadne
caption-background-blue = Modré
caption-preview = Takto budú titulky vyzerať.
caption-unreadable = Tento text sa na tomto pozadí ťažko číta: vyberte inú farbu alebo pozadie.
launch-other = Tento odkaz by posielal vaše záznamy o učení na { $endpoint } ako { $who }. Aktuálne pripojenie: { $current } ako { $current_who }.
launch-switch = Prepnúť na toto pripojenie
launch-keep = Ponechať moje pripojenie
launch-other-learner = Tento odkaz je určený pre: { $who }. Prehrávač teraz používa: { $current_who }. Prepnúť na: { $who }?
launch-switch-learner = Prepnúť študenta

## Learners
learners-heading = Študenti v tomto zariadení
learners-locked = Prehrávač používa: { $name }
learner-unnamed = Ja
learner-now = Práve používa prehrávač
learner-switch = Prepnúť na tohto študenta
learner-rename = Premenovať
learner-name = Meno
learner-save = Uložiť
learner-cancel = Zrušiť
learner-remove = Odstrániť
learner-remove-ask = Odstrániť študenta { $name } z tohto zariadenia? Pokrok, čakajúce záznamy a nastavenia tohto študenta v tomto zariadení sa vymažú. Stiahnuté kurzy zostanú.
learner-removed = Odstránené: { $name }.
learner-pin = PIN (štyri číslice, nepovinné)
learner-pin-label = PIN
learner-pin-for = PIN študenta { $name }
learner-pin-new = Nový PIN (štyri číslice)
learner-pin-set = Nastaviť PIN
learner-pin-remove = Odstrániť PIN
learner-pin-open = Pokračovať
learner-pin-note = PIN bráni ľuďom, ktorí zdieľajú toto zariadenie, nazerať do pokroku ostatných. Slúži na ochranu súkromia, nie na zabezpečenie.
learner-add-heading = Pridať študenta
learner-add = Pridať
learner-added = Pridané: { $name }.
learner-saved = Uložené.
learner-error-empty = Zadajte meno.
learner-error-long = Toto meno je príliš dlhé.
learner-error-taken = Niekto v tomto zariadení sa už volá { $name }.
learner-error-pin = PIN musí mať presne štyri číslice.
learner-error-full = V tomto zariadení je už maximálny počet študentov. Najprv niektorého odstráňte.
learner-error-unknown = Zoznam študentov sa nepodarilo zmeniť. Znova načítajte stránku a skúste to ešte raz.
learner-error-wrong-pin = Tento PIN nie je správny.
signout-ask = { $count ->
    [one] Jeden záznam ešte nebol odoslaný.
    [few] { $count } záznamy ešte neboli odoslané.
   *[other] { $count } záznamov ešte nebolo odoslaných.
}
signout-keep = { $count ->
    [one] Ponechať čakajúci záznam na ďalšie pripojenie
    [few] Ponechať { $count } čakajúce záznamy na ďalšie pripojenie
   *[other] Ponechať { $count } čakajúcich záznamov na ďalšie pripojenie
}
signout-discard = { $count ->
    [one] Zahodiť ho
    [few] Zahodiť ich
   *[other] Zahodiť ich
}
