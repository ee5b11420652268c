# Alliance Player interface strings — Български
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".
# Terms: unit = урок, quiz = тест, attempt = опит, learner = учащ, learning record store = хранилище за учебни записи.
# After numbers masculine nouns take the count form (2 курса, 5 урока, 3 опита, 10 записа).

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Български
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Към съдържанието
# In the header where the browser offers to install the player as an app.
install-app = Инсталирай приложението
install-app-hint = Инсталирайте Alliance Player на това устройство: ще се отваря от приложенията ви, в собствен прозорец, включително офлайн.
nav-catalog = Курсове
loading = Зареждане…

## Languages
language-picker-label = Език на интерфейса
language-picker-search = Търсене на език
language-picker-none = Няма език, който да отговаря на търсенето.
content-language-label = Език на курса
content-language-auto = Като на интерфейса
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
# $language is the language's own name (e.g. "English", "Deutsch").
unit-in-language = Език: { $language }

## Catalogue
catalog-heading = Каталог с курсове
catalog-search-label = Търсене на курсове
catalog-search-placeholder = Заглавие, тема или доставчик
catalog-more = Още курсове
catalog-earlier = Предишни курсове
catalog-loading-more = Търсене сред още курсове…
catalog-language-label = Език
catalog-language-any = Всички езици
catalog-count = { $count ->
    [0] Няма подходящи курсове.
    [one] Един курс
   *[other] { $count } курса
}
catalog-empty = Няма курс, който да отговаря на търсенето. Опитайте с друга дума или изберете всички езици.
catalog-rejected = { $count ->
    [one] Един курс от този каталог не можа да бъде показан:
   *[other] { $count } курса от този каталог не можаха да бъдат показани:
}
# A site's catalogue and the learner's own can be several; one that fails is named here, the others still show.
# $source is a catalogue's title or its address; $id is a course's short name, as in its address /course/{ $id }.
catalog-source-notice = Някои курсове липсват в този списък:
catalog-source-unreachable = Няма връзка с { $source }: сайтът може да не работи или не позволява на този плейър да чете курсовете му.
catalog-source-status = { $source } отговори с грешка (HTTP { $status }).
catalog-source-too-large = { $source } е по-голям от { $limit } – максимума, който този плейър чете за един каталог.
catalog-source-invalid = { $source } не е каталог с курсове, който този плейър може да прочете: { $detail }
catalog-source-left-out = Курсът „{ $course }“ от { $source } е пропуснат: друг курс вече използва адреса му, /course/{ $id }.
course-provider = Доставчик: { $provider }
course-languages = Езици: { $languages }
course-size = Размер за изтегляне: { $size }
course-open = Отвори курса
course-continue = Продължи
course-progress = Завършено: { $percent }

## Course
course-outline = Съдържание на курса
outline-show-earlier = Покажи предишните уроци (скрити: { $count })
outline-show-later = Покажи следващите уроци (скрити: { $count })
course-start = Започни курса
course-units = { $count ->
    [one] Един урок
   *[other] { $count } урока
}
unit-ordinal = Урок { $index } от { $total }
unit-state-not-started = Не е започнат
unit-state-in-progress = В процес
unit-state-completed = Завършен
unit-state-passed = Издържан
unit-state-failed = Още не е издържан
unit-kind-video = Видео
unit-kind-audio = Аудио
unit-kind-reading = Четиво
unit-kind-quiz = Тест
unit-kind-document = Документ
unit-kind-interactive = Упражнение
unit-kind-unknown = Нов вид урок
unit-previous = Назад
unit-next = Напред
unit-mark-done = Отбележи като завършен
unit-done = Завършен
back-to-catalog = Всички курсове
# Search inside the course, above the outline. $time is a position in a video or audio, e.g. "1:05".
course-search-label = Търсене в този курс
course-search-count = { $count ->
    [0] Няма резултати
    [one] Един резултат
   *[other] { $count } резултата
}
course-search-more = { $count ->
    [one] Показан е само първият резултат; добавете думи, за да стесните търсенето.
   *[other] Показани са само първите { $count } резултата; добавете думи, за да стесните търсенето.
}
course-search-subtitles = Търсене и в субтитрите…
course-search-incomplete = Търсенето в някои субтитри не беше възможно.
course-search-in-title = Заглавие
course-search-in-reading = Четиво
course-search-in-transcript = Транскрипция
course-search-in-subtitle = Субтитри при { $time }
course-search-in-quiz = Въпрос от тест

## Media
media-speed = Скорост
media-subtitles = Субтитри
media-subtitles-off = Изкл.
media-subtitles-second = Втори субтитри
media-fullscreen = Цял екран
media-fullscreen-exit = Изход от цял екран
media-shortcuts = Клавишни комбинации
media-shortcuts-hint = Когато видео- или аудиоплейърът е във фокус:
# The name of the space bar key, as printed on keyboards.
media-key-space = Интервал
media-key-play = Пускане или пауза
media-key-seek = 5 секунди назад или напред
media-key-speed = По-бавно или по-бързо
media-key-captions = Включване или изключване на субтитрите
media-key-fullscreen = Включване или изключване на цял екран
media-transcript = Транскрипция
media-watched = Изгледано: { $percent }
media-unsupported = Браузърът ви не може да възпроизведе този файл. Опитайте с друг браузър или го изтеглете:

## Reading and document
reading-end = Край на четивото
document-download = Изтегли PDF файла ({ $size })
document-download-nosize = Изтегли PDF файла
document-fallback = Браузърът ви не може да показва PDF файлове тук. Изтеглете файла, за да го прочетете.
document-not-pdf = { $file } не е PDF файл. Урок от вид „Документ“ показва само PDF файлове, които започват с „%PDF-“.

## Quiz
quiz-passing = За да издържите теста, трябва да съберете { $percent }.
quiz-attempts-left = { $count ->
    [one] Остава един опит
   *[other] Остават { $count } опита
}
quiz-attempts-unlimited = Неограничен брой опити
quiz-attempts-used = { $count ->
    [one] Използвахте единствения си опит.
   *[other] Използвахте всичките { $count } опита.
}
quiz-question = Въпрос { $index }
quiz-true = Вярно
quiz-false = Невярно
quiz-answer-label = Вашият отговор
quiz-submit = Изпрати отговорите
quiz-retry = Опитай отново
quiz-score = Вашият резултат: { $score }
quiz-passed = Тестът е издържан – браво!
quiz-failed = Тестът още не е издържан.
quiz-best = Най-добър резултат досега: { $score }
quiz-correct = Вярно
quiz-incorrect = Грешно
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Преглед: при всеки въпрос е показан верният отговор.
quiz-right-answer = Верен отговор

## Interactive
interactive-title = Интерактивно упражнение: { $title }
interactive-hint = Изпълнете упражнението, за да завършите този урок.

## Storage
storage-quota = Хранилището на този браузър за плейъра е пълно, затова последният ви напредък не можа да бъде запазен. Освободете място (премахнете изтеглени курсове или данни на други сайтове от настройките на браузъра) и продължете: нищо запазено преди това не е загубено.
storage-unavailable = Този браузър не позволява на плейъра да запазва напредъка ви, затова той се пази само докато не затворите страницата. Частните прозорци често блокират съхраняването на данни.
storage-write-failed = Последният ви напредък все още не е запазен. Той се пази в тази страница и ще бъде запазен при следващата ви стъпка.

## Transcript (the learner's record of progress)
nav-transcript = Моят напредък
transcript-heading = Моят напредък
transcript-empty = Все още не сте започнали курс.
transcript-unit-score = Резултат: { $score }
transcript-time-spent = Отделено време: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Изтегли като xAPI изявления (JSON)
transcript-export-csv = Изтегли като таблица (CSV)
transcript-reset = Нулирай напредъка ми в този курс
transcript-reset-confirm = Да се нулира ли целият ви напредък в „{ $course }“? Това действие е необратимо.

## Delivery to the learning record store (LRS), shown in the header and on the settings page
nav-settings = Настройки
sync-off = Запазено на това устройство
sync-off-detail = Няма връзка с хранилище за учебни записи: напредъкът ви остава в този браузър. Свържете хранилище от настройките, за да изпращате напредъка си на вашата организация.
sync-done = Всичко е изпратено
sync-pending = { $count ->
    [one] 1 запис чака изпращане
   *[other] { $count } записа чакат изпращане
}
sync-last-delivery = Последно изпращане: { $date }
sync-error-offline = Нямате връзка с интернет. Записите ви се пазят и ще бъдат изпратени, когато връзката се възстанови.
sync-error-unreachable = Няма връзка с хранилището за учебни записи. След малко ще опитаме отново; нищо не е загубено.
sync-error-server = Хранилището за учебни записи има проблем (HTTP { $status }). След малко ще опитаме отново; нищо не е загубено.
sync-error-unauthorized = Хранилището за учебни записи отхвърли данните ви за вход. Въведете ги отново в настройките; дотогава записите ви се пазят.
sync-error-not-found = На този адрес няма хранилище за учебни записи. Проверете адреса в настройките; дотогава записите ви се пазят.
sync-error-version = Хранилището за учебни записи използва друга версия на xAPI ({ $detail }). Поискайте от вашата организация адрес, който поддържа xAPI 1.0.3 или 2.0.0.
sync-error-storage = Записите, чакащи изпращане, не можаха да бъдат прочетени от хранилището на този браузър ({ $detail }).
sync-set-aside = { $count ->
    [one] 1 запис беше отхвърлен от хранилището за учебни записи
   *[other] { $count } записа бяха отхвърлени от хранилището за учебни записи
}
sync-set-aside-detail = Тези записи се пазят тук заедно с отговора на хранилището, за да можете вие или вашата организация да видите какво трябва да се поправи.
settings-heading = Настройки
settings-lrs-heading = Хранилище за учебни записи
settings-lrs-intro = Вашата организация ви дава тези данни, за да стигат данните за завършеното и резултатите ви до нейните регистри.
settings-lrs-endpoint = Адрес (крайна точка на xAPI)
settings-lrs-key = Ключ или потребителско име
settings-lrs-secret = Таен ключ или парола
settings-lrs-token = Или токен за достъп
settings-lrs-name = Вашето име
settings-lrs-email = Вашият имейл адрес
settings-lrs-connect = Свържи
settings-lrs-disconnect = Прекъсни връзката
settings-lrs-connected = Свързано с { $endpoint } като { $who }.
settings-lrs-invalid-endpoint = Въведете адреса на хранилището за учебни записи, започващ с https:// или http://.
settings-lrs-invalid-email = Въведете имейл адреса си, за да се водят записите на ваше име.
cmi5-unit-needs-worker = За това упражнение плейърът трябва да завърши инсталирането си: презаредете страницата, за да го отворите.
cmi5-exit = Изход
cmi5-exiting = Запазване и връщане…
cmi5-browse = Разглеждане: нищо от това, което правите тук, не се записва.
cmi5-review = Преглед: нищо от това, което правите тук, не се записва.
cmi5-ended = Тази сесия приключи. Отворете курса отново от учебната си платформа, за да продължи записването.
settings-lrs-launch-failed = Курсът беше отворен с данни за вход, които не сработиха ({ $detail }). Отворете го отново от сайта на вашата организация.

## Course sources (settings): the catalogues whose courses the course list shows
sources-heading = Източници на курсове
sources-intro = Списъкът с курсове обединява каталозите по-долу. Можете да добавите каталога на друг университет или доставчик на курсове по адреса му; той се пази за вас на това устройство.
sources-site = Избран от този сайт
sources-remove = Премахни
sources-add-label = Добавяне на източник: адресът на каталога му
sources-check = Провери
# The number of courses in the catalogue the learner is about to add.
sources-preview = { $count ->
    [one] Един курс
   *[other] { $count } курса
}
sources-add-confirm = Добави този източник
sources-added = Добавено: курсовете от източника вече са в списъка с курсове.
sources-removed = Премахнато: курсовете от източника вече не са в списъка с курсове.
sources-invalid-url = Въведете адрес, който започва с https:// (или път в този сайт, например /courses/catalog.json).
sources-duplicate = Този каталог вече е в списъка.
sources-full = Списъкът с източници е пълен. Премахнете един, за да добавите друг.

## Unsupported and errors
unit-needs-newer-player = За този урок е нужна по-нова версия на плейъра
unit-needs-newer-player-detail = Това е урок от вид „{ $kind }“, който тази версия на Alliance Player още не познава. Останалата част от курса работи; обърнете се към доставчика на курса или обновете плейъра.
error-heading = Нещо се обърка
error-catalog = Каталогът с курсове не можа да бъде зареден.
error-document = Този документ не може да бъде показан.
error-course = Този курс не можа да бъде отворен.
error-course-not-found = В този каталог няма курс „{ $course }“.
error-unit-not-found = В този курс няма урок „{ $unit }“.
error-page-not-found = Тази страница не съществува.
error-retry = Опитай отново
error-part-unavailable = Тази част от плейъра не можа да бъде изтеглена. Проверете връзката си и опитайте отново.
error-what-to-do = Ако проблемът продължава, съобщете на доставчика на курса какво е показано по-горе.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Офлайн
offline-indicator-detail = Нямате връзка с интернет. Изтеглените курсове работят както обикновено; напредъкът ви се запазва на това устройство и ще бъде изпратен, когато отново сте онлайн.
update-ready = Има нова версия на Alliance Player.
update-reload = Презареди за обновяване
download-heading = Работа офлайн
download-course = Изтегли за работа офлайн ({ $size })
download-resume = Продължи изтеглянето (остават { $size })
download-progress = { $done } от { $total } · { $units } от { $unitsTotal } урока
download-cancel = Отказ
download-done = Изтеглено: този курс работи офлайн ({ $size }).
download-remove = Премахни изтеглянето
download-stored-partly = { $done } от { $total } вече са на това устройство.
download-failed = Изтеглянето спря: { $detail } Вече запазеното се пази; натиснете „Продължи изтеглянето“, за да продължите.
download-file-mismatch = { $file } не пристигна невредим (очаквано: { $expected }, получено: { $got }).
download-file-failed = { $file } не можа да бъде изтеглен ({ $detail }).
download-no-cors = { $host } не позволява на този плейър да чете файловете му (не изпраща CORS заглавки), затова те не могат да бъдат проверени и запазени. Администраторът му трябва да изпраща Access-Control-Allow-Origin с всеки файл на курса.
download-quota = На това устройство няма място за курса. Освободете място или премахнете друго изтегляне и продължете.
download-storage = Този браузър използва { $used } от { $available }, които може да използва на това устройство.
download-persistent = Изтеглените курсове остават, докато не ги премахнете.
download-not-persistent = Браузърът може да премахне изтеглените курсове, ако на устройството не достига място.
download-needs-network = Нямате връзка с интернет. Свържете се с интернет, за да изтеглите този курс.
data-saver = Икономия на данни
data-saver-help = Медийните файлове се зареждат едва когато натиснете бутона за възпроизвеждане, транскрипциите се показват първи, а до всеки медиен файл е показан размерът му.
media-size = За зареждане: { $size }

## Notes and bookmarks
notes-heading = Моите бележки
notes-bookmark = Добави урока към отметките
notes-bookmarked = В отметките
notes-bookmark-moment = Добави този момент към отметките
notes-note-label = Вашата бележка към този урок
notes-save = Запази бележката
notes-saved = Запазено.
notes-delete = Изтрий
# A moment of a video or audio, e.g. "At 1:05".
notes-at = При { $time }
notes-empty = В този курс още няма бележки и отметки. Добавете към отметките урок или момент от видео и напишете бележка към него.
notes-where = Бележките ви остават на това устройство и стигат до хранилището за учебни записи, когато сте свързани с такова.
notes-too-long = Бележката е твърде дълга: максималният брой знаци е { $max }.
notes-too-many = В този курс вече има максималния брой бележки: изтрийте една, за да добавите друга.

## Accessibility
unit-nav-label = Предишен и следващ урок
captions-always = Показвай субтитри винаги когато видеото или аудиото има такива (на вашия език, ако ги има, иначе на езика на курса)
caption-style = Стил на субтитрите
caption-size = Размер на текста
caption-colour = Цвят на текста
caption-background = Фон
caption-colour-white = Бял
caption-colour-yellow = Жълт
caption-colour-cyan = Циан
caption-colour-green = Зелен
caption-colour-magenta = Пурпурен
caption-colour-black = Черен
caption-background-black = Черен полупрозрачен
caption-background-solid-black = Черен
caption-background-white = Бял
caption-background-transparent = Без фон
caption-background-blue = Син
caption-preview = Така ще изглеждат субтитрите.
caption-unreadable = Този текст се чете трудно на този фон: изберете друг цвят или фон.
launch-other = Тази връзка би изпращала учебните ви записи до { $endpoint } като { $who }. В момента сте свързани с { $current } като { $current_who }.
launch-switch = Премини към тази връзка
launch-keep = Запази моята връзка
launch-other-learner = Тази връзка е за { $who }. В момента { $current_who } използва плейъра. Да се превключи ли към { $who }?
launch-switch-learner = Смени учащия

## Learners
learners-heading = Учащи на това устройство
learners-locked = { $name } използва плейъра
learner-unnamed = Аз
learner-now = Използва плейъра в момента
learner-switch = Превключи към този учащ
learner-rename = Преименувай
learner-name = Име
learner-save = Запази
learner-cancel = Отказ
learner-remove = Премахни
learner-remove-ask = Да се премахне ли { $name } от това устройство? Напредъкът, чакащите записи и настройките на този учащ на устройството ще бъдат изтрити. Изтеглените курсове остават.
learner-removed = Премахнат учащ: { $name }.
learner-pin = ПИН код (четири цифри, по избор)
learner-pin-label = ПИН код
learner-pin-for = ПИН код на { $name }
learner-pin-new = Нов ПИН код (четири цифри)
learner-pin-set = Задай ПИН код
learner-pin-remove = Премахни ПИН кода
learner-pin-open = Продължи
learner-pin-note = ПИН кодът пречи на хората, които ползват това устройство заедно, да виждат напредъка един на друг. Той е за поверителност, не за сигурност.
learner-add-heading = Добавяне на учащ
learner-add = Добави
learner-added = Добавен учащ: { $name }.
learner-saved = Запазено.
learner-error-empty = Въведете име.
learner-error-long = Това име е твърде дълго.
learner-error-taken = На това устройство вече има учащ с името { $name }.
learner-error-pin = ПИН кодът е точно четири цифри.
learner-error-full = На това устройство няма място за още учащи. Първо премахнете някого.
learner-error-unknown = Списъкът с учащи не можа да бъде променен. Презаредете страницата и опитайте отново.
learner-error-wrong-pin = Грешен ПИН код.
signout-ask = { $count ->
    [one] Един запис все още не е изпратен.
   *[other] { $count } записа все още не са изпратени.
}
signout-keep = { $count ->
    [one] Запази чакащия запис за следващото свързване
   *[other] Запази чакащите записи ({ $count }) за следващото свързване
}
signout-discard = { $count ->
    [one] Изтрий го
   *[other] Изтрий ги
}
