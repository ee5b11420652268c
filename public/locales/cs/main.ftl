# Alliance Player interface strings — Čeština
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Čeština
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Přejít na obsah
# In the header where the browser offers to install the player as an app.
install-app = Nainstalovat aplikaci
install-app-hint = Nainstalujte si Alliance Player do tohoto zařízení: bude se otevírat z vašich aplikací ve vlastním okně, i offline.
nav-catalog = Kurzy
loading = Načítání…

## Languages
language-picker-label = Jazyk rozhraní
language-picker-search = Hledat jazyk
language-picker-none = Hledání neodpovídá žádný jazyk.
content-language-label = Jazyk kurzu
content-language-auto = Stejný jako rozhraní
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = Jazyk: { $language }

## Catalogue
catalog-heading = Katalog kurzů
catalog-search-label = Hledat kurzy
catalog-search-placeholder = Název, téma nebo poskytovatel
catalog-more = Zobrazit další kurzy
catalog-earlier = Zobrazit předchozí kurzy
catalog-loading-more = Prohledávání dalších kurzů…
catalog-language-label = Jazyk
catalog-language-any = Všechny jazyky
catalog-count = { $count ->
    [0] Žádné odpovídající kurzy.
    [one] Jeden kurz
    [few] { $count } kurzy
   *[other] { $count } kurzů
}
catalog-empty = Vašemu hledání neodpovídá žádný kurz. Zkuste jiné slovo nebo zvolte všechny jazyky.
catalog-rejected = { $count ->
    [one] Z tohoto katalogu nebylo možné zobrazit jeden kurz:
    [few] Z tohoto katalogu nebylo možné zobrazit { $count } kurzy:
   *[other] Z tohoto katalogu nebylo možné zobrazit { $count } kurzů:
}
# A site's catalogue and the learner's own can be several; one that fails is named here, the others still show.
# $source is a catalogue's title or its address; $id is a course's short name, as in its address /course/{ $id }.
catalog-source-notice = V tomto seznamu chybí některé kurzy:
catalog-source-unreachable = Zdroj { $source } není dostupný: web může být mimo provoz, nebo tomuto přehrávači nedovoluje číst své kurzy.
catalog-source-status = Zdroj { $source } odpověděl chybou (HTTP { $status }).
catalog-source-too-large = Zdroj { $source } je větší než { $limit }, což je nejvíc, kolik tento přehrávač u katalogu načte.
catalog-source-invalid = Zdroj { $source } není katalog kurzů, který by tento přehrávač uměl přečíst: { $detail }
catalog-source-left-out = Kurz „{ $course }“ ze zdroje { $source } je vynechán: jeho adresu /course/{ $id } už má jiný kurz.
course-provider = Poskytovatel: { $provider }
course-languages = Jazyky: { $languages }
course-size = Velikost ke stažení: { $size }
course-open = Otevřít kurz
course-continue = Pokračovat
course-progress = Dokončeno { $percent }

## Course
course-outline = Osnova kurzu
outline-show-earlier = Zobrazit předchozí lekce (skryto: { $count })
outline-show-later = Zobrazit další lekce (skryto: { $count })
course-start = Začít kurz
course-units = { $count ->
    [one] Jedna lekce
    [few] { $count } lekce
   *[other] { $count } lekcí
}
unit-ordinal = Lekce { $index } z { $total }
unit-state-not-started = Nezahájeno
unit-state-in-progress = Probíhá
unit-state-completed = Dokončeno
unit-state-passed = Splněno
unit-state-failed = Zatím nesplněno
unit-kind-video = Video
unit-kind-audio = Audio
unit-kind-reading = Čtení
unit-kind-quiz = Kvíz
unit-kind-document = Dokument
unit-kind-interactive = Aktivita
unit-kind-unknown = Nový typ lekce
unit-previous = Předchozí
unit-next = Další
unit-mark-done = Označit jako dokončené
unit-done = Dokončeno
back-to-catalog = Všechny kurzy
# Search inside the course, above the outline. $time is a position in a video or audio, e.g. "1:05".
course-search-label = Hledat v tomto kurzu
course-search-count = { $count ->
    [0] Žádné výsledky
    [one] Jeden výsledek
    [few] { $count } výsledky
   *[other] { $count } výsledků
}
course-search-more = { $count ->
    [one] Zobrazuje se jen první výsledek; hledání zúžíte přidáním dalších slov.
    [few] Zobrazují se jen první { $count } výsledky; hledání zúžíte přidáním dalších slov.
   *[other] Zobrazuje se jen prvních { $count } výsledků; hledání zúžíte přidáním dalších slov.
}
course-search-subtitles = Prohledávají se i titulky…
course-search-incomplete = Některé titulky nebylo možné prohledat.
course-search-in-title = Název
course-search-in-reading = Čtení
course-search-in-transcript = Přepis
course-search-in-subtitle = Titulky v čase { $time }
course-search-in-quiz = Otázka z kvízu

## Media
media-speed = Rychlost
media-subtitles = Titulky
media-subtitles-off = Vypnuto
media-subtitles-second = Druhé titulky
media-fullscreen = Celá obrazovka
media-fullscreen-exit = Ukončit režim celé obrazovky
media-shortcuts = Klávesové zkratky
media-shortcuts-hint = Když je aktivní přehrávač videa nebo zvuku:
# The name of the space bar key, as printed on keyboards.
media-key-space = Mezerník
media-key-play = Přehrát nebo pozastavit
media-key-seek = O 5 sekund zpět nebo vpřed
media-key-speed = Pomaleji nebo rychleji
media-key-captions = Zapnout nebo vypnout titulky
media-key-fullscreen = Zapnout nebo vypnout celou obrazovku
media-transcript = Přepis
media-watched = Zhlédnuto { $percent }
media-unsupported = Váš prohlížeč tento soubor neumí přehrát. Zkuste jiný prohlížeč, nebo si soubor stáhněte:

## Reading and document
reading-end = Konec textu
document-download = Stáhnout PDF ({ $size })
document-download-nosize = Stáhnout PDF
document-fallback = Váš prohlížeč tu neumí zobrazit PDF. Pro přečtení si dokument stáhněte.
document-not-pdf = Soubor { $file } není ve formátu PDF. Lekce typu dokument zobrazuje jen soubory PDF, které začínají řetězcem „%PDF-“.

## Quiz
quiz-passing = Ke splnění potřebujete { $percent }.
quiz-attempts-left = { $count ->
    [one] Zbývá jeden pokus
    [few] Zbývají { $count } pokusy
   *[other] Zbývá { $count } pokusů
}
quiz-attempts-unlimited = Neomezený počet pokusů
quiz-attempts-used = { $count ->
    [one] Jediný pokus je vyčerpán.
    [few] Všechny { $count } pokusy jsou vyčerpány.
   *[other] Všech { $count } pokusů je vyčerpáno.
}
quiz-question = Otázka { $index }
quiz-true = Pravda
quiz-false = Nepravda
quiz-answer-label = Vaše odpověď
quiz-submit = Odeslat odpovědi
quiz-retry = Zkusit znovu
quiz-score = Vaše skóre: { $score }
quiz-passed = Splněno – výborně!
quiz-failed = Zatím nesplněno.
quiz-best = Dosud nejlepší skóre: { $score }
quiz-correct = Správně
quiz-incorrect = Špatně
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Přehled: u každé otázky je uvedena správná odpověď.
quiz-right-answer = Správná odpověď

## Interactive
interactive-title = Interaktivní aktivita: { $title }
interactive-hint = Lekci dokončíte splněním aktivity.

## Storage
storage-quota = Úložiště tohoto prohlížeče pro přehrávač je plné, a proto se nepodařilo uložit váš poslední pokrok. Uvolněte místo (v nastavení prohlížeče odstraňte stažené kurzy nebo data jiných webů) a pak pokračujte: nic z dříve uloženého se neztratilo.
storage-unavailable = Tento prohlížeč přehrávači nedovoluje ukládat váš pokrok, takže se uchová jen do zavření stránky. Anonymní okna ukládání často blokují.
storage-write-failed = Váš poslední pokrok se zatím nepodařilo uložit. Je uchován na této stránce a uloží se při vašem dalším kroku.

## Transcript (the learner's record of progress)
nav-transcript = Můj pokrok
transcript-heading = Můj pokrok
transcript-empty = Zatím nemáte zahájený žádný kurz.
transcript-unit-score = Skóre: { $score }
transcript-time-spent = Strávený čas: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Stáhnout jako výroky xAPI (JSON)
transcript-export-csv = Stáhnout jako tabulku (CSV)
transcript-reset = Vynulovat můj pokrok v tomto kurzu
transcript-reset-confirm = Vynulovat veškerý váš pokrok v kurzu „{ $course }“? Tuto akci nelze vrátit zpět.

## Delivery to the learning record store (LRS), shown in the header and on the settings page
nav-settings = Nastavení
sync-off = Uloženo v tomto zařízení
sync-off-detail = Není připojeno úložiště záznamů o učení: váš pokrok zůstává v tomto prohlížeči. Chcete-li posílat informace o dokončení své instituci, připojte ho v nastavení.
sync-done = Vše doručeno
sync-pending = { $count ->
    [one] 1 záznam čeká na odeslání
    [few] { $count } záznamy čekají na odeslání
   *[other] { $count } záznamů čeká na odeslání
}
sync-last-delivery = Naposledy doručeno: { $date }
sync-error-offline = Jste offline. Vaše záznamy jsou uchovány a doručí se, až se připojení obnoví.
sync-error-unreachable = Úložiště záznamů o učení není dostupné. Za chvíli to zkusíme znovu; nic se neztratí.
sync-error-server = Úložiště záznamů o učení má potíže (HTTP { $status }). Za chvíli to zkusíme znovu; nic se neztratí.
sync-error-unauthorized = Úložiště záznamů o učení odmítlo vaše přihlašovací údaje. Zadejte je znovu v nastavení; do té doby zůstanou vaše záznamy uchovány.
sync-error-not-found = Na této adrese není žádné úložiště záznamů o učení. Zkontrolujte adresu v nastavení; do té doby zůstanou vaše záznamy uchovány.
sync-error-version = Úložiště záznamů o učení používá jinou verzi xAPI ({ $detail }). Požádejte svou instituci o adresu, která podporuje xAPI 1.0.3 nebo 2.0.0.
sync-error-storage = Záznamy čekající na doručení se nepodařilo načíst z úložiště tohoto prohlížeče ({ $detail }).
sync-set-aside = { $count ->
    [one] Úložiště záznamů o učení odmítlo 1 záznam
    [few] Úložiště záznamů o učení odmítlo { $count } záznamy
   *[other] Úložiště záznamů o učení odmítlo { $count } záznamů
}
sync-set-aside-detail = Tyto záznamy jsou tu uchovány spolu s odpovědí úložiště, abyste vy nebo vaše instituce viděli, co je třeba opravit.
settings-heading = Nastavení
settings-lrs-heading = Úložiště záznamů o učení
settings-lrs-intro = Tyto údaje vám poskytne vaše instituce, aby se informace o dokončení a vaše skóre dostaly do jejích záznamů.
settings-lrs-endpoint = Adresa (koncový bod xAPI)
settings-lrs-key = Klíč nebo uživatelské jméno
settings-lrs-secret = Tajný klíč nebo heslo
settings-lrs-token = Nebo přístupový token
settings-lrs-name = Vaše jméno
settings-lrs-email = Vaše e-mailová adresa
settings-lrs-connect = Připojit
settings-lrs-disconnect = Odpojit
settings-lrs-connected = Připojeno k { $endpoint } jako { $who }.
settings-lrs-invalid-endpoint = Zadejte adresu úložiště záznamů o učení začínající https:// nebo http://.
settings-lrs-invalid-email = Zadejte svou e-mailovou adresu, aby se vaše záznamy ukládaly pod vaším jménem.
cmi5-unit-needs-worker = Tato aktivita potřebuje, aby přehrávač dokončil instalaci: načtěte stránku znovu a otevřete ji.
cmi5-exit = Ukončit
cmi5-exiting = Ukládání a návrat…
cmi5-browse = Prohlížení: nic, co tu uděláte, se nezaznamenává.
cmi5-review = Opakování: nic, co tu uděláte, se nezaznamenává.
cmi5-ended = Tato relace skončila. Chcete-li zaznamenávat dál, otevřete kurz znovu ze své výukové platformy.
settings-lrs-launch-failed = Kurz byl otevřen s přihlášením, které nefungovalo ({ $detail }). Otevřete ho znovu z webu své instituce.

## Course sources (settings): the catalogues whose courses the course list shows
sources-heading = Zdroje kurzů
sources-intro = Seznam kurzů spojuje níže uvedené katalogy. Katalog jiné univerzity nebo poskytovatele kurzů můžete přidat podle jeho adresy; uloží se pro vás v tomto zařízení.
sources-site = Vybráno tímto webem
sources-remove = Odebrat
sources-add-label = Přidat zdroj: adresa jeho katalogu
sources-check = Ověřit
# The number of courses in the catalogue the learner is about to add.
sources-preview = { $count ->
    [one] Jeden kurz
    [few] { $count } kurzy
   *[other] { $count } kurzů
}
sources-add-confirm = Přidat tento zdroj
sources-added = Přidáno: jeho kurzy jsou teď v seznamu kurzů.
sources-removed = Odebráno: jeho kurzy už v seznamu kurzů nejsou.
sources-invalid-url = Zadejte adresu začínající https:// (nebo cestu na tomto webu, například /courses/catalog.json).
sources-duplicate = Tento katalog už v seznamu je.
sources-full = Váš seznam zdrojů je plný. Chcete-li přidat další, některý odeberte.

## Unsupported and errors
unit-needs-newer-player = Tato lekce vyžaduje novější přehrávač
unit-needs-newer-player-detail = Jde o lekci typu „{ $kind }“, který tato verze přehrávače Alliance Player zatím nezná. Zbytek kurzu funguje; obraťte se na poskytovatele kurzu, nebo přehrávač aktualizujte.
error-heading = Něco se pokazilo
error-catalog = Katalog kurzů se nepodařilo načíst.
error-document = Tento dokument nelze zobrazit.
error-course = Tento kurz se nepodařilo otevřít.
error-course-not-found = Kurz „{ $course }“ v tomto katalogu není.
error-unit-not-found = Lekce „{ $unit }“ v tomto kurzu není.
error-page-not-found = Tato stránka neexistuje.
error-retry = Zkusit znovu
error-part-unavailable = Tuto část přehrávače se nepodařilo stáhnout. Zkontrolujte připojení a zkuste to znovu.
error-what-to-do = Pokud problém přetrvává, sdělte poskytovateli kurzu, co je zobrazeno výše.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Offline
offline-indicator-detail = Jste offline. Stažené kurzy se přehrávají jako obvykle; váš pokrok se ukládá v tomto zařízení a odešle se, až budete znovu online.
update-ready = Je připravena nová verze přehrávače Alliance Player.
update-reload = Načíst znovu a aktualizovat
download-heading = Použití offline
download-course = Stáhnout pro použití offline ({ $size })
download-resume = Pokračovat ve stahování (zbývá { $size })
download-progress = { $done } z { $total } · { $units } z { $unitsTotal } lekcí
download-cancel = Zrušit
download-done = Staženo: tento kurz funguje offline ({ $size }).
download-remove = Odstranit stažené
download-stored-partly = { $done } z { $total } už je v tomto zařízení.
download-failed = Stahování se zastavilo: { $detail } Co už je uloženo, zůstane zachováno; pro pokračování stiskněte „Pokračovat ve stahování“.
download-file-mismatch = Soubor { $file } nedorazil v pořádku (očekáváno { $expected }, přijato { $got }).
download-file-failed = Soubor { $file } se nepodařilo stáhnout ({ $detail }).
download-no-cors = { $host } tomuto přehrávači nedovoluje číst své soubory (neposílá hlavičky CORS), takže je nelze zkontrolovat ani uložit. Jeho správce musí s každým souborem kurzu posílat hlavičku Access-Control-Allow-Origin.
download-quota = V tomto zařízení už pro kurz není místo. Uvolněte místo nebo odstraňte jiné stažené kurzy a pak pokračujte ve stahování.
download-storage = Tento prohlížeč využívá { $used } z { $available }, které smí v tomto zařízení použít.
download-persistent = Stažené soubory zůstanou, dokud je neodstraníte.
download-not-persistent = Pokud v zařízení dojde místo, prohlížeč může stažené soubory odstranit.
download-needs-network = Jste offline. Chcete-li tento kurz stáhnout, připojte se k internetu.
data-saver = Úspora dat
data-saver-help = Média se načtou, až když spustíte přehrávání, přepisy se zobrazí jako první a u médií je uvedena jejich velikost.
media-size = { $size } k načtení

## Notes and bookmarks
notes-heading = Moje poznámky
notes-bookmark = Přidat lekci do záložek
notes-bookmarked = V záložkách
notes-bookmark-moment = Přidat toto místo do záložek
notes-note-label = Vaše poznámka k této lekci
notes-save = Uložit poznámku
notes-saved = Uloženo.
notes-delete = Smazat
# A moment of a video or audio, e.g. "At 1:05".
notes-at = V čase { $time }
notes-empty = V tomto kurzu zatím nemáte žádné poznámky ani záložky. Přidejte do záložek lekci nebo místo ve videu a napište si k nim poznámku.
notes-where = Vaše poznámky zůstávají v tomto zařízení, a když je připojeno úložiště záznamů o učení, dostanou se i do něj.
notes-too-long = Poznámka může mít nejvýše { $max } znaků.
notes-too-many = V tomto kurzu už je maximální počet poznámek: chcete-li přidat další, některou smažte.

## Accessibility
unit-nav-label = Předchozí a další lekce
captions-always = Zobrazovat titulky vždy, když je video nebo audio má (ve vašem jazyce, pokud existují, jinak v jazyce kurzu)
caption-style = Styl titulků
caption-size = Velikost textu
caption-colour = Barva textu
caption-background = Pozadí
caption-colour-white = Bílá
caption-colour-yellow = Žlutá
caption-colour-cyan = Azurová
caption-colour-green = Zelená
caption-colour-magenta = Purpurová
caption-colour-black = Černá
caption-background-black = Černé, průsvitné
caption-background-solid-black = Černé
caption-background-white = Bílé
caption-background-transparent = Žádné
caption-background-blue = Modré
caption-preview = Takto budou titulky vypadat.
caption-unreadable = Tento text je na tomto pozadí špatně čitelný: zvolte jinou barvu nebo pozadí.
launch-other = Tento odkaz by posílal vaše záznamy o učení na { $endpoint } jako { $who }. Aktuální připojení: { $current } jako { $current_who }.
launch-switch = Přepnout na toto připojení
launch-keep = Ponechat moje připojení
launch-other-learner = Tento odkaz je určen pro: { $who }. Přehrávač teď používá: { $current_who }. Přepnout na: { $who }?
launch-switch-learner = Přepnout studenta

## Learners
learners-heading = Studenti v tomto zařízení
learners-locked = Přehrávač používá: { $name }
learner-unnamed = Já
learner-now = Právě používá přehrávač
learner-switch = Přepnout na tohoto studenta
learner-rename = Přejmenovat
learner-name = Jméno
learner-save = Uložit
learner-cancel = Zrušit
learner-remove = Odebrat
learner-remove-ask = Odebrat studenta { $name } z tohoto zařízení? Pokrok, čekající záznamy a nastavení tohoto studenta v tomto zařízení se smažou. Stažené kurzy zůstanou.
learner-removed = Odebráno: { $name }.
learner-pin = PIN (čtyři číslice, nepovinné)
learner-pin-label = PIN
learner-pin-for = PIN studenta { $name }
learner-pin-new = Nový PIN (čtyři číslice)
learner-pin-set = Nastavit PIN
learner-pin-remove = Odebrat PIN
learner-pin-open = Pokračovat
learner-pin-note = PIN brání lidem, kteří sdílejí toto zařízení, nahlížet do pokroku ostatních. Slouží k ochraně soukromí, ne k zabezpečení.
learner-add-heading = Přidat studenta
learner-add = Přidat
learner-added = Přidáno: { $name }.
learner-saved = Uloženo.
learner-error-empty = Zadejte jméno.
learner-error-long = Toto jméno je příliš dlouhé.
learner-error-taken = Někdo v tomto zařízení už má jméno { $name }.
learner-error-pin = PIN musí mít přesně čtyři číslice.
learner-error-full = V tomto zařízení už je maximální počet studentů. Nejprve některého odeberte.
learner-error-unknown = Seznam studentů se nepodařilo změnit. Načtěte stránku znovu a zkuste to ještě jednou.
learner-error-wrong-pin = Tento PIN není správný.
signout-ask = { $count ->
    [one] Jeden záznam ještě nebyl odeslán.
    [few] { $count } záznamy ještě nebyly odeslány.
   *[other] { $count } záznamů ještě nebylo odesláno.
}
signout-keep = { $count ->
    [one] Ponechat čekající záznam na příští připojení
    [few] Ponechat { $count } čekající záznamy na příští připojení
   *[other] Ponechat { $count } čekajících záznamů na příští připojení
}
signout-discard = { $count ->
    [one] Zahodit ho
    [few] Zahodit je
   *[other] Zahodit je
}
