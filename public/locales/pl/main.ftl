# Alliance Player interface strings — Polski
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Polski
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Przejdź do treści
# In the header where the browser offers to install the player as an app.
install-app = Zainstaluj aplikację
install-app-hint = Zainstaluj Alliance Player na tym urządzeniu: będzie się otwierać z listy aplikacji, we własnym oknie, także bez połączenia z internetem.
nav-catalog = Kursy
loading = Wczytywanie…

## Languages
language-picker-label = Język interfejsu
language-picker-search = Szukaj języka
language-picker-none = Żaden język nie pasuje do wyszukiwania.
content-language-label = Język kursu
content-language-auto = Taki sam jak interfejs
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = Język: { $language }

## Catalogue
catalog-heading = Katalog kursów
catalog-search-label = Szukaj kursów
catalog-search-placeholder = Tytuł, temat lub organizator
catalog-more = Pokaż więcej kursów
catalog-earlier = Pokaż wcześniejsze kursy
catalog-loading-more = Przeszukiwanie kolejnych kursów…
catalog-language-label = Język
catalog-language-any = Wszystkie języki
catalog-count = { $count ->
    [0] Brak pasujących kursów.
    [one] Jeden kurs
    [few] { $count } kursy
    [many] { $count } kursów
   *[other] { $count } kursu
}
catalog-empty = Żaden kurs nie pasuje do wyszukiwania. Można wpisać inne słowo lub wybrać wszystkie języki.
catalog-rejected = { $count ->
    [one] Nie udało się wyświetlić jednego kursu z tego katalogu:
    [few] Nie udało się wyświetlić { $count } kursów z tego katalogu:
    [many] Nie udało się wyświetlić { $count } kursów z tego katalogu:
   *[other] Nie udało się wyświetlić { $count } kursu z tego katalogu:
}
catalog-source-notice = Na tej liście brakuje niektórych kursów:
catalog-source-unreachable = Źródło { $source } jest nieosiągalne: witryna może nie działać albo nie pozwala temu odtwarzaczowi odczytywać swoich kursów.
catalog-source-status = Źródło { $source } odpowiedziało błędem (HTTP { $status }).
catalog-source-too-large = Źródło { $source } jest większe niż { $limit } – to najwięcej, ile ten odtwarzacz odczytuje dla jednego katalogu.
catalog-source-invalid = Źródło { $source } nie jest katalogiem kursów, który ten odtwarzacz potrafi odczytać: { $detail }
catalog-source-left-out = Kurs „{ $course }” ze źródła { $source } został pominięty: inny kurs ma już jego adres, /course/{ $id }.
course-provider = Organizator: { $provider }
course-languages = Języki: { $languages }
course-size = Rozmiar do pobrania: { $size }
course-open = Otwórz kurs
course-continue = Kontynuuj
course-progress = Ukończono { $percent }

## Course
course-outline = Plan kursu
outline-show-earlier = Pokaż wcześniejsze lekcje (ukryte: { $count })
outline-show-later = Pokaż późniejsze lekcje (ukryte: { $count })
course-start = Rozpocznij kurs
course-units = { $count ->
    [one] Jedna lekcja
    [few] { $count } lekcje
    [many] { $count } lekcji
   *[other] { $count } lekcji
}
unit-ordinal = Lekcja { $index } z { $total }
unit-state-not-started = Nierozpoczęta
unit-state-in-progress = W toku
unit-state-completed = Ukończona
unit-state-passed = Zaliczona
unit-state-failed = Jeszcze niezaliczona
unit-kind-video = Wideo
unit-kind-audio = Audio
unit-kind-reading = Lektura
unit-kind-quiz = Quiz
unit-kind-document = Dokument
unit-kind-interactive = Ćwiczenie
unit-kind-unknown = Nowy rodzaj lekcji
unit-previous = Poprzednia
unit-next = Następna
unit-mark-done = Oznacz jako ukończoną
unit-done = Ukończona
back-to-catalog = Wszystkie kursy
course-search-label = Szukaj w tym kursie
course-search-count = { $count ->
    [0] Brak wyników
    [one] Jeden wynik
    [few] { $count } wyniki
    [many] { $count } wyników
   *[other] { $count } wyniku
}
course-search-more = { $count ->
    [one] Wyświetlany jest tylko pierwszy wynik; można dodać słowa, aby zawęzić wyszukiwanie.
    [few] Wyświetlane są tylko pierwsze { $count } wyniki; można dodać słowa, aby zawęzić wyszukiwanie.
    [many] Wyświetlanych jest tylko pierwszych { $count } wyników; można dodać słowa, aby zawęzić wyszukiwanie.
   *[other] Wyświetlono tylko pierwsze wyniki ({ $count }); można dodać słowa, aby zawęzić wyszukiwanie.
}
course-search-subtitles = Trwa przeszukiwanie także napisów…
course-search-incomplete = Nie udało się przeszukać niektórych napisów.
course-search-in-title = Tytuł
course-search-in-reading = Lektura
course-search-in-transcript = Transkrypcja
course-search-in-subtitle = Napisy w { $time }
course-search-in-quiz = Pytanie z quizu

## Media
media-speed = Szybkość
media-subtitles = Napisy
media-subtitles-off = Wyłączone
media-subtitles-second = Drugie napisy
media-fullscreen = Pełny ekran
media-fullscreen-exit = Zamknij pełny ekran
media-shortcuts = Skróty klawiszowe
media-shortcuts-hint = Gdy odtwarzacz wideo lub audio jest aktywny:
# The name of the space bar key, as printed on keyboards.
media-key-space = Spacja
media-key-play = Odtwórz lub wstrzymaj
media-key-seek = 5 sekund do tyłu lub do przodu
media-key-speed = Wolniej lub szybciej
media-key-captions = Włącz lub wyłącz napisy
media-key-fullscreen = Włącz lub wyłącz pełny ekran
media-transcript = Transkrypcja
media-watched = Obejrzano { $percent }
media-unsupported = Ta przeglądarka nie może odtworzyć tego materiału. Można użyć innej przeglądarki lub pobrać plik:

## Reading and document
reading-end = Koniec lektury
document-download = Pobierz PDF ({ $size })
document-download-nosize = Pobierz PDF
document-fallback = Ta przeglądarka nie może tu wyświetlać plików PDF. Aby przeczytać dokument, należy go pobrać.
document-not-pdf = { $file } nie jest plikiem PDF. Jednostka dokumentu wyświetla tylko pliki PDF, które zaczynają się od „%PDF-”.

## Quiz
quiz-passing = Do zaliczenia potrzeba { $percent }.
quiz-attempts-left = { $count ->
    [one] Pozostała jedna próba
    [few] Pozostały { $count } próby
    [many] Pozostało { $count } prób
   *[other] Pozostało { $count } próby
}
quiz-attempts-unlimited = Nieograniczona liczba prób
quiz-attempts-used = { $count ->
    [one] Wykorzystano jedyną próbę.
    [few] Wykorzystano wszystkie próby ({ $count }).
    [many] Wykorzystano wszystkie próby ({ $count }).
   *[other] Wykorzystano wszystkie próby ({ $count }).
}
quiz-question = Pytanie { $index }
quiz-true = Prawda
quiz-false = Fałsz
quiz-answer-label = Odpowiedź
quiz-submit = Wyślij odpowiedzi
quiz-retry = Spróbuj ponownie
quiz-score = Wynik: { $score }
quiz-passed = Zaliczono — gratulacje!
quiz-failed = Jeszcze nie zaliczono.
quiz-best = Najlepszy dotychczasowy wynik: { $score }
quiz-correct = Poprawnie
quiz-incorrect = Niepoprawnie
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Przegląd: przy każdym pytaniu widać poprawną odpowiedź.
quiz-right-answer = Poprawna odpowiedź

## Interactive
interactive-title = Ćwiczenie interaktywne: { $title }
interactive-hint = Aby ukończyć tę lekcję, należy wykonać ćwiczenie.

## Storage
storage-quota = Pamięć tej przeglądarki przeznaczona dla odtwarzacza jest pełna, więc nie udało się zapisać najnowszych postępów. Należy zwolnić trochę miejsca (usunąć pobrane kursy lub dane innych witryn w ustawieniach przeglądarki), a następnie kontynuować: nic z wcześniej zapisanych danych nie zostało utracone.
storage-unavailable = Ta przeglądarka nie pozwala odtwarzaczowi zapisywać postępów, więc są one przechowywane tylko do zamknięcia strony. Okna prywatne często blokują zapisywanie danych.
storage-write-failed = Nie udało się jeszcze zapisać najnowszych postępów. Są one przechowywane na tej stronie i zostaną zapisane przy następnym kroku.

## Transcript (the learner's record of progress)
nav-transcript = Moje postępy
transcript-heading = Moje postępy
transcript-empty = Nie rozpoczęto jeszcze żadnego kursu.
transcript-unit-score = Wynik: { $score }
transcript-time-spent = Poświęcony czas: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Pobierz jako instrukcje xAPI (JSON)
transcript-export-csv = Pobierz jako arkusz kalkulacyjny (CSV)
transcript-reset = Zresetuj moje postępy w tym kursie
transcript-reset-confirm = Zresetować wszystkie postępy w kursie „{ $course }”? Tej operacji nie można cofnąć.

## Przesyłanie do repozytorium danych o nauce (LRS), widoczne w nagłówku i na stronie ustawień
nav-settings = Ustawienia
sync-off = Zapisano na tym urządzeniu
sync-off-detail = Brak połączenia z repozytorium danych o nauce: postępy pozostają w tej przeglądarce. Połączenie można skonfigurować w ustawieniach, aby przesyłać informacje o ukończeniu do swojej instytucji.
sync-done = Wszystko przesłane
sync-pending = { $count ->
    [one] { $count } wpis czeka na przesłanie
    [few] { $count } wpisy czekają na przesłanie
    [many] { $count } wpisów czeka na przesłanie
   *[other] { $count } wpisu czeka na przesłanie
}
sync-last-delivery = Ostatnio przesłano: { $date }
sync-error-offline = Brak połączenia z internetem. Wpisy są przechowywane i zostaną przesłane po przywróceniu połączenia.
sync-error-unreachable = Nie udało się połączyć z repozytorium danych o nauce. Ponowna próba za chwilę; nic nie zostało utracone.
sync-error-server = Repozytorium danych o nauce zgłosiło problem (HTTP { $status }). Ponowna próba za chwilę; nic nie zostało utracone.
sync-error-unauthorized = Repozytorium danych o nauce odrzuciło dane logowania. Należy wprowadzić je ponownie w ustawieniach; do tego czasu wpisy są przechowywane.
sync-error-not-found = Pod tym adresem nie ma repozytorium danych o nauce. Należy sprawdzić adres w ustawieniach; do tego czasu wpisy są przechowywane.
sync-error-version = Repozytorium danych o nauce używa innej wersji xAPI ({ $detail }). Należy poprosić instytucję o adres obsługujący xAPI 1.0.3 lub 2.0.0.
sync-error-storage = Nie udało się odczytać z pamięci tej przeglądarki wpisów oczekujących na przesłanie ({ $detail }).
sync-set-aside = { $count ->
    [one] Repozytorium danych o nauce odrzuciło { $count } wpis
    [few] Repozytorium danych o nauce odrzuciło { $count } wpisy
    [many] Repozytorium danych o nauce odrzuciło { $count } wpisów
   *[other] Repozytorium danych o nauce odrzuciło { $count } wpisu
}
sync-set-aside-detail = Te wpisy są przechowywane tutaj razem z odpowiedzią repozytorium, aby było widać — również w instytucji — co trzeba poprawić.
settings-heading = Ustawienia
settings-lrs-heading = Repozytorium danych o nauce
settings-lrs-intro = Te dane przekazuje instytucja, aby informacje o ukończeniu i wyniki trafiały do jej rejestrów.
settings-lrs-endpoint = Adres (punkt końcowy xAPI)
settings-lrs-key = Klucz lub nazwa użytkownika
settings-lrs-secret = Klucz tajny lub hasło
settings-lrs-token = Lub token dostępu
settings-lrs-name = Imię i nazwisko
settings-lrs-email = Adres e-mail
settings-lrs-connect = Połącz
settings-lrs-disconnect = Rozłącz
settings-lrs-connected = Połączono z { $endpoint } jako { $who }.
settings-lrs-invalid-endpoint = Należy podać adres repozytorium danych o nauce zaczynający się od https:// lub http://.
settings-lrs-invalid-email = Należy podać adres e-mail, aby wpisy były przypisane do właściwej osoby.
cmi5-unit-needs-worker = Ta aktywność wymaga, by odtwarzacz skończył się instalować: odśwież stronę, aby ją otworzyć.
cmi5-exit = Wyjdź
cmi5-exiting = Zapisywanie i powrót…
cmi5-browse = Przeglądanie: nic z tego, co tu robisz, nie jest zapisywane.
cmi5-review = Powtórka: nic z tego, co tu robisz, nie jest zapisywane.
cmi5-ended = Ta sesja się zakończyła. Otwórz kurs ponownie na swojej platformie edukacyjnej, aby zapisywać dalej.
settings-lrs-launch-failed = Kurs otwarto z danymi logowania, które nie zadziałały ({ $detail }). Należy otworzyć go ponownie ze strony instytucji.

sources-heading = Źródła kursów
sources-intro = Lista kursów łączy poniższe katalogi. Można dodać katalog innej uczelni lub innego organizatora kursów, podając jego adres; zostanie on zapisany dla Ciebie na tym urządzeniu.
sources-site = Wybrane przez tę witrynę
sources-remove = Usuń
sources-add-label = Dodaj źródło: adres jego katalogu
sources-check = Sprawdź
sources-preview = { $count ->
    [one] Jeden kurs
    [few] { $count } kursy
    [many] { $count } kursów
   *[other] { $count } kursu
}
sources-add-confirm = Dodaj to źródło
sources-added = Dodano: kursy z tego źródła są teraz na liście kursów.
sources-removed = Usunięto: kursów z tego źródła nie ma już na liście kursów.
sources-invalid-url = Należy podać adres zaczynający się od https:// (lub ścieżkę w tej witrynie, np. /courses/catalog.json).
sources-duplicate = Ten katalog jest już na liście.
sources-full = Lista źródeł jest pełna. Aby dodać inne, najpierw usuń jedno.

## Unsupported and errors
unit-needs-newer-player = Ta lekcja wymaga nowszej wersji odtwarzacza
unit-needs-newer-player-detail = To lekcja typu „{ $kind }”, którego ta wersja Alliance Player jeszcze nie obsługuje. Pozostała część kursu działa; można skontaktować się z organizatorem kursu lub zaktualizować odtwarzacz.
error-heading = Wystąpił błąd
error-catalog = Nie udało się wczytać katalogu kursów.
error-document = Nie można wyświetlić tego dokumentu.
error-course = Nie udało się otworzyć tego kursu.
error-course-not-found = W tym katalogu nie ma kursu „{ $course }”.
error-unit-not-found = W tym kursie nie ma lekcji „{ $unit }”.
error-page-not-found = Ta strona nie istnieje.
error-retry = Spróbuj ponownie
error-part-unavailable = Nie udało się pobrać tej części odtwarzacza. Należy sprawdzić połączenie z internetem, a następnie spróbować ponownie.
error-what-to-do = Jeśli problem będzie się powtarzał, należy przekazać organizatorowi kursu informacje widoczne powyżej.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Offline
offline-indicator-detail = Brak połączenia z internetem. Pobrane kursy działają jak zwykle; postępy są zapisywane na tym urządzeniu i zostaną przesłane po przywróceniu połączenia.
update-ready = Nowa wersja Alliance Player jest gotowa.
update-reload = Odśwież, aby zaktualizować
download-heading = Korzystanie offline
download-course = Pobierz do użytku offline ({ $size })
download-resume = Wznów pobieranie (pozostało { $size })
download-progress = { $done } z { $total } · lekcje: { $units } z { $unitsTotal }
download-cancel = Anuluj
download-done = Pobrano: ten kurs działa offline ({ $size }).
download-remove = Usuń pobrane pliki
download-stored-partly = { $done } z { $total } jest już na tym urządzeniu.
download-failed = Pobieranie zostało przerwane: { $detail } To, co już zapisano, zostaje zachowane; aby kontynuować, należy nacisnąć „Wznów pobieranie”.
download-file-mismatch = Plik { $file } nie dotarł w nienaruszonym stanie (oczekiwano { $expected }, odebrano { $got }).
download-file-failed = Nie udało się pobrać pliku { $file } ({ $detail }).
download-no-cors = { $host } nie pozwala temu odtwarzaczowi odczytać swoich plików (nie wysyła nagłówków CORS), więc nie można ich sprawdzić ani zapisać. Jego administrator musi wysyłać Access-Control-Allow-Origin z każdym plikiem kursu.
download-quota = Na tym urządzeniu brakuje miejsca na ten kurs. Należy zwolnić trochę miejsca lub usunąć inne pobrane pliki, a następnie wznowić pobieranie.
download-storage = Ta przeglądarka używa { $used } z { $available } dostępnych dla niej na tym urządzeniu.
download-persistent = Pobrane pliki pozostaną na urządzeniu do czasu ich usunięcia.
download-not-persistent = Przeglądarka może usunąć pobrane pliki, jeśli na urządzeniu zabraknie miejsca.
download-needs-network = Brak połączenia z internetem. Aby pobrać ten kurs, należy połączyć się z internetem.
data-saver = Oszczędzanie danych
data-saver-help = Materiały multimedialne wczytują się dopiero po naciśnięciu przycisku odtwarzania, transkrypcje są wyświetlane najpierw, a obok materiałów widać ich rozmiar.
media-size = Do wczytania: { $size }

## Notes and bookmarks
notes-heading = Moje notatki
notes-bookmark = Dodaj zakładkę do tej lekcji
notes-bookmarked = Dodano zakładkę
notes-bookmark-moment = Dodaj zakładkę w tym miejscu
notes-note-label = Notatka do tej lekcji
notes-save = Zapisz notatkę
notes-saved = Zapisano.
notes-delete = Usuń
# A moment of a video or audio, e.g. "At 1:05".
notes-at = W { $time }
notes-empty = W tym kursie nie ma jeszcze notatek ani zakładek. Dodaj zakładkę do lekcji lub do miejsca w filmie i napisz do niej notatkę.
notes-where = Notatki pozostają na tym urządzeniu i trafiają do repozytorium danych o nauce, gdy jest ono połączone.
notes-too-long = Notatka może mieć maksymalnie { $max } znaków.
notes-too-many = Ten kurs ma już maksymalną liczbę notatek: aby dodać nową, usuń jedną z nich.

## Accessibility
unit-nav-label = Poprzednia i następna lekcja
captions-always = Zawsze wyświetlaj napisy, jeśli wideo lub audio je zawiera (we własnym języku, jeśli są dostępne, a jeśli nie – w języku kursu)
caption-style = Styl napisów
caption-size = Rozmiar tekstu
caption-colour = Kolor tekstu
caption-background = Tło
caption-colour-white = Biały
caption-colour-yellow = Żółty
caption-colour-cyan = Cyjan
caption-colour-green = Zielony
caption-colour-magenta = Purpurowy
caption-colour-black = Czarny
caption-background-black = Czarne, półprzezroczyste
caption-background-solid-black = Czarne
caption-background-white = Białe
caption-background-transparent = Brak
caption-background-blue = Niebieskie
caption-preview = Tak będą wyglądać napisy.
caption-unreadable = Ten tekst jest trudny do odczytania na tym tle: wybierz inny kolor lub tło.
launch-other = Ten link wysłałby Twoje dane o nauce do { $endpoint } jako { $who }. Masz połączenie z { $current } jako { $current_who }.
launch-switch = Przełącz na to połączenie
launch-keep = Zachowaj moje połączenie

launch-other-learner = Ten link jest dla: { $who }. Z odtwarzacza korzysta teraz: { $current_who }. Przełączyć na: { $who }?
launch-switch-learner = Zmień ucznia

## Learners
learners-heading = Uczniowie na tym urządzeniu
learners-locked = Z odtwarzacza korzysta: { $name }
learner-unnamed = Ja
learner-now = Korzysta teraz z odtwarzacza
learner-switch = Przełącz na tego ucznia
learner-rename = Zmień nazwę
learner-name = Imię
learner-save = Zapisz
learner-cancel = Anuluj
learner-remove = Usuń
learner-remove-ask = Usunąć ucznia { $name } z tego urządzenia? Jego postępy, oczekujące wpisy i ustawienia na tym urządzeniu zostaną usunięte. Pobrane kursy zostaną.
learner-removed = Usunięto: { $name }.
learner-pin = PIN (cztery cyfry, opcjonalnie)
learner-pin-label = PIN
learner-pin-for = PIN ucznia { $name }
learner-pin-new = Nowy PIN (cztery cyfry)
learner-pin-set = Ustaw PIN
learner-pin-remove = Usuń PIN
learner-pin-open = Dalej
learner-pin-note = PIN sprawia, że osoby dzielące to urządzenie nie zaglądają w cudze postępy. Służy prywatności, nie bezpieczeństwu.
learner-add-heading = Dodaj ucznia
learner-add = Dodaj
learner-added = Dodano: { $name }.
learner-saved = Zapisano.
learner-error-empty = Wpisz imię.
learner-error-long = To imię jest za długie.
learner-error-taken = Ktoś na tym urządzeniu nazywa się już { $name }.
learner-error-pin = PIN ma dokładnie cztery cyfry.
learner-error-full = Na tym urządzeniu nie zmieści się więcej uczniów. Najpierw usuń kogoś.
learner-error-unknown = Nie udało się zmienić listy uczniów. Odśwież stronę i spróbuj ponownie.
learner-error-wrong-pin = Ten PIN jest nieprawidłowy.
signout-ask = { $count ->
    [one] { $count } wpis nie został jeszcze przesłany.
    [few] { $count } wpisy nie zostały jeszcze przesłane.
    [many] { $count } wpisów nie zostało jeszcze przesłanych.
   *[other] { $count } wpisu nie przesłano jeszcze.
}
signout-keep = { $count ->
    [one] Zachowaj { $count } oczekujący wpis na następne połączenie
    [few] Zachowaj { $count } oczekujące wpisy na następne połączenie
    [many] Zachowaj { $count } oczekujących wpisów na następne połączenie
   *[other] Zachowaj { $count } oczekującego wpisu na następne połączenie
}
signout-discard = { $count ->
    [one] Odrzuć go
    [few] Odrzuć je
    [many] Odrzuć je
   *[other] Odrzuć je
}
