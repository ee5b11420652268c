# Alliance Player interface strings — Українська
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".
# "Unit" is translated as "урок" throughout; unit states use neuter forms ("Завершено", "Зараховано") so they read as standalone labels.

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Українська
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Перейти до вмісту
# In the header where the browser offers to install the player as an app.
install-app = Встановити застосунок
install-app-hint = Встановіть Alliance Player на цей пристрій: він відкриватиметься з ваших застосунків в окремому вікні, зокрема й офлайн.
nav-catalog = Курси
loading = Завантаження…

## Languages
language-picker-label = Мова інтерфейсу
language-picker-search = Пошук мови
language-picker-none = За вашим запитом мов не знайдено.
content-language-label = Мова курсу
content-language-auto = Як в інтерфейсі
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
# $language is the language's own name (e.g. "English", "Deutsch"), so it is not declined.
unit-in-language = Мовою: { $language }

## Catalogue
catalog-heading = Каталог курсів
catalog-search-label = Пошук курсів
catalog-search-placeholder = Назва, тема або організатор
catalog-more = Показати ще курси
catalog-earlier = Показати попередні курси
catalog-loading-more = Шукаємо серед інших курсів…
catalog-language-label = Мова
catalog-language-any = Усі мови
catalog-count = { $count ->
    [0] Відповідних курсів немає.
    [one] { $count } курс
    [few] { $count } курси
    [many] { $count } курсів
   *[other] { $count } курсу
}
catalog-empty = За вашим запитом курсів не знайдено. Спробуйте інше слово або виберіть «Усі мови».
catalog-rejected = { $count ->
    [one] Не вдалося показати { $count } курс із цього каталогу:
    [few] Не вдалося показати { $count } курси з цього каталогу:
    [many] Не вдалося показати { $count } курсів із цього каталогу:
   *[other] Не вдалося показати { $count } курсу з цього каталогу:
}
catalog-source-notice = У цьому списку бракує деяких курсів:
catalog-source-unreachable = Джерело { $source } недоступне: можливо, сайт не працює або не дозволяє цьому плеєру читати свої курси.
catalog-source-status = Джерело { $source } відповіло помилкою (HTTP { $status }).
catalog-source-too-large = Джерело { $source } більше за { $limit } — це найбільше, що цей плеєр читає для одного каталогу.
catalog-source-invalid = Джерело { $source } — не каталог курсів, який може прочитати цей плеєр: { $detail }
catalog-source-left-out = Курс «{ $course }» із джерела { $source } не показано: його адресу, /course/{ $id }, уже має інший курс.
course-provider = Організатор: { $provider }
course-languages = Мови: { $languages }
course-size = Розмір для завантаження: { $size }
course-open = Відкрити курс
course-continue = Продовжити
course-progress = Пройдено: { $percent }

## Course
course-outline = Зміст курсу
outline-show-earlier = Показати попередні уроки (приховано: { $count })
outline-show-later = Показати наступні уроки (приховано: { $count })
course-start = Почати курс
course-units = { $count ->
    [one] { $count } урок
    [few] { $count } уроки
    [many] { $count } уроків
   *[other] { $count } уроку
}
unit-ordinal = Урок { $index } з { $total }
unit-state-not-started = Не розпочато
unit-state-in-progress = Триває
unit-state-completed = Завершено
unit-state-passed = Зараховано
unit-state-failed = Ще не зараховано
unit-kind-video = Відео
unit-kind-audio = Аудіо
unit-kind-reading = Читання
unit-kind-quiz = Тест
unit-kind-document = Документ
unit-kind-interactive = Завдання
unit-kind-unknown = Новий тип уроку
unit-previous = Назад
unit-next = Далі
unit-mark-done = Позначити як виконане
unit-done = Виконано
back-to-catalog = Усі курси
course-search-label = Пошук у курсі
course-search-count = { $count ->
    [0] Нічого не знайдено
    [one] { $count } результат
    [few] { $count } результати
    [many] { $count } результатів
   *[other] { $count } результату
}
course-search-more = { $count ->
    [one] Показано лише перший { $count } результат; додайте слова, щоб уточнити пошук.
    [few] Показано лише перші { $count } результати; додайте слова, щоб уточнити пошук.
    [many] Показано лише перші { $count } результатів; додайте слова, щоб уточнити пошук.
   *[other] Показано лише перші результати ({ $count }); додайте слова, щоб уточнити пошук.
}
course-search-subtitles = Триває пошук і в субтитрах…
course-search-incomplete = Не вдалося виконати пошук у деяких субтитрах.
course-search-in-title = Назва
course-search-in-reading = Читання
course-search-in-transcript = Розшифровка
course-search-in-subtitle = Субтитри, { $time }
course-search-in-quiz = Питання тесту

## Media
media-speed = Швидкість
media-subtitles = Субтитри
media-subtitles-off = Вимк.
media-subtitles-second = Другі субтитри
media-fullscreen = На весь екран
media-fullscreen-exit = Вийти з повноекранного режиму
media-shortcuts = Гарячі клавіші
media-shortcuts-hint = Коли фокус на відео- чи аудіоплеєрі:
# The name of the space bar key, as printed on keyboards.
media-key-space = Пробіл
media-key-play = Відтворення або пауза
media-key-seek = Назад або вперед на 5 секунд
media-key-speed = Повільніше або швидше
media-key-captions = Увімкнути або вимкнути субтитри
media-key-fullscreen = Увімкнути або вимкнути повноекранний режим
media-transcript = Розшифровка
media-watched = Переглянуто: { $percent }
media-unsupported = Ваш браузер не може відтворити цей файл. Спробуйте інший браузер або завантажте файл:

## Reading and document
reading-end = Кінець тексту
document-download = Завантажити PDF ({ $size })
document-download-nosize = Завантажити PDF
document-fallback = Ваш браузер не може показати PDF на цій сторінці. Завантажте файл, щоб прочитати його.
document-not-pdf = { $file } — не PDF-файл. Розділ-документ показує лише PDF-файли, які починаються з «%PDF-».

## Quiz
quiz-passing = Щоб скласти тест, потрібно набрати { $percent }.
quiz-attempts-left = { $count ->
    [one] Залишилася { $count } спроба
    [few] Залишилося { $count } спроби
    [many] Залишилося { $count } спроб
   *[other] Залишилося { $count } спроби
}
quiz-attempts-unlimited = Кількість спроб не обмежена
# [1] is exactly one attempt; [one] also covers 21, 31…
quiz-attempts-used = { $count ->
    [1] Ви використали свою єдину спробу.
    [one] Ви використали всі спроби ({ $count }).
    [few] Ви використали всі { $count } спроби.
    [many] Ви використали всі { $count } спроб.
   *[other] Ви використали всі спроби ({ $count }).
}
quiz-question = Питання { $index }
quiz-true = Правда
quiz-false = Неправда
quiz-answer-label = Ваша відповідь
quiz-submit = Надіслати відповіді
quiz-retry = Спробувати ще раз
quiz-score = Ваш результат: { $score }
quiz-passed = Тест складено — чудова робота!
quiz-failed = Тест ще не складено.
quiz-best = Найкращий результат: { $score }
quiz-correct = Правильно
quiz-incorrect = Неправильно
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Розбір: у кожному питанні показано правильну відповідь.
quiz-right-answer = Правильна відповідь

## Interactive
interactive-title = Інтерактивне завдання: { $title }
interactive-hint = Виконайте завдання, щоб завершити цей урок.

## Storage
storage-quota = Сховище браузера для плеєра заповнене, тому ваш останній прогрес не вдалося зберегти. Звільніть місце (видаліть завантажені курси або дані інших сайтів у налаштуваннях браузера) і продовжуйте: усе, що було збережено раніше, на місці.
storage-unavailable = Цей браузер не дозволяє плеєру зберігати ваш прогрес, тому він зберігається лише доти, доки ви не закриєте сторінку. Приватні вікна часто блокують збереження даних.
storage-write-failed = Ваш останній прогрес поки що не вдалося зберегти. Він зберігається на цій сторінці й буде збережений під час вашої наступної дії.

## Transcript (the learner's record of progress)
nav-transcript = Мій прогрес
transcript-heading = Мій прогрес
transcript-empty = Ви ще не розпочали жодного курсу.
transcript-unit-score = Результат: { $score }
transcript-time-spent = Витрачений час: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Завантажити як твердження xAPI (JSON)
transcript-export-csv = Завантажити як таблицю (CSV)
transcript-reset = Скинути мій прогрес у цьому курсі
transcript-reset-confirm = Скинути весь ваш прогрес у курсі «{ $course }»? Цю дію неможливо скасувати.

## Надсилання до сховища навчальних записів (LRS); показується в заголовку та на сторінці налаштувань
nav-settings = Налаштування
sync-off = Збережено на цьому пристрої
sync-off-detail = Не підключено до сховища навчальних записів: ваш прогрес залишається в цьому браузері. Підключіть сховище в налаштуваннях, щоб надсилати відомості про пройдені уроки вашій організації.
sync-done = Усе надіслано
sync-pending = { $count ->
    [one] { $count } запис очікує надсилання
    [few] { $count } записи очікують надсилання
    [many] { $count } записів очікують надсилання
   *[other] { $count } запису очікують надсилання
}
sync-last-delivery = Востаннє надіслано: { $date }
sync-error-offline = Ви офлайн. Ваші записи збережено, їх буде надіслано, щойно з’єднання відновиться.
sync-error-unreachable = Не вдалося зв’язатися зі сховищем навчальних записів. Незабаром спробуємо ще раз; нічого не втрачено.
sync-error-server = У сховищі навчальних записів сталася помилка (HTTP { $status }). Незабаром спробуємо ще раз; нічого не втрачено.
sync-error-unauthorized = Сховище навчальних записів відхилило ваші облікові дані. Введіть їх ще раз у налаштуваннях; доти ваші записи зберігатимуться.
sync-error-not-found = За цією адресою немає сховища навчальних записів. Перевірте адресу в налаштуваннях; доти ваші записи зберігатимуться.
sync-error-version = Сховище навчальних записів використовує іншу версію xAPI ({ $detail }). Попросіть у своєї організації адресу, що підтримує xAPI 1.0.3 або 2.0.0.
sync-error-storage = Не вдалося прочитати записи, що очікують надсилання, зі сховища цього браузера ({ $detail }).
sync-set-aside = { $count ->
    [one] Сховище навчальних записів відхилило { $count } запис
    [few] Сховище навчальних записів відхилило { $count } записи
    [many] Сховище навчальних записів відхилило { $count } записів
   *[other] Сховище навчальних записів відхилило { $count } запису
}
sync-set-aside-detail = Ці записи зберігаються тут разом із відповіддю сховища, щоб ви або ваша організація могли побачити, що потрібно виправити.
settings-heading = Налаштування
settings-lrs-heading = Сховище навчальних записів
settings-lrs-intro = Ці дані надає ваша організація, щоб відомості про пройдені уроки та ваші результати потрапляли до її записів.
settings-lrs-endpoint = Адреса (кінцева точка xAPI)
settings-lrs-key = Ключ або ім’я користувача
settings-lrs-secret = Секретний ключ або пароль
settings-lrs-token = Або токен доступу
settings-lrs-name = Ваше ім’я
settings-lrs-email = Ваша адреса електронної пошти
settings-lrs-connect = Підключити
settings-lrs-disconnect = Відключити
settings-lrs-connected = Підключено до { $endpoint } як { $who }.
settings-lrs-invalid-endpoint = Введіть адресу сховища навчальних записів, що починається з https:// або http://.
settings-lrs-invalid-email = Введіть свою адресу електронної пошти, щоб ваші записи зберігалися під вашим ім’ям.
cmi5-unit-needs-worker = Для цього завдання програвач має завершити встановлення: перезавантажте сторінку, щоб відкрити його.
cmi5-exit = Вийти
cmi5-exiting = Збереження та повернення…
cmi5-browse = Перегляд: нічого з того, що ви тут робите, не записується.
cmi5-review = Повторення: нічого з того, що ви тут робите, не записується.
cmi5-ended = Цей сеанс завершено. Щоб записувати далі, знову відкрийте курс на своїй навчальній платформі.
settings-lrs-launch-failed = Курс відкрито з даними для входу, які не спрацювали ({ $detail }). Відкрийте його ще раз із сайту вашої організації.

sources-heading = Джерела курсів
sources-intro = Список курсів об’єднує каталоги, наведені нижче. Ви можете додати каталог іншого університету чи організатора курсів за його адресою; його буде збережено для вас на цьому пристрої.
sources-site = Вибрано цим сайтом
sources-remove = Видалити
sources-add-label = Додати джерело: адреса його каталогу
sources-check = Перевірити
sources-preview = { $count ->
    [one] { $count } курс
    [few] { $count } курси
    [many] { $count } курсів
   *[other] { $count } курсу
}
sources-add-confirm = Додати це джерело
sources-added = Джерело додано: його курси тепер у списку курсів.
sources-removed = Джерело видалено: його курсів більше немає в списку курсів.
sources-invalid-url = Введіть адресу, що починається з https:// (або шлях на цьому сайті, наприклад /courses/catalog.json).
sources-duplicate = Цей каталог уже є в списку.
sources-full = Список джерел заповнено. Видаліть одне, щоб додати інше.

## Unsupported and errors
unit-needs-newer-player = Для цього уроку потрібна новіша версія плеєра
unit-needs-newer-player-detail = Це урок типу «{ $kind }»: ця версія Alliance Player його ще не підтримує. Решта курсу працює; зверніться до організатора курсу або оновіть плеєр.
error-heading = Щось пішло не так
error-catalog = Не вдалося завантажити каталог курсів.
error-document = Цей документ неможливо показати.
error-course = Не вдалося відкрити цей курс.
error-course-not-found = У цьому каталозі немає курсу «{ $course }».
error-unit-not-found = У цьому курсі немає уроку «{ $unit }».
error-page-not-found = Такої сторінки не існує.
error-retry = Спробувати знову
error-part-unavailable = Не вдалося завантажити цю частину плеєра. Перевірте підключення до інтернету й спробуйте знову.
error-what-to-do = Якщо проблема не зникне, передайте організаторові курсу текст, наведений вище.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Офлайн
offline-indicator-detail = Ви офлайн. Завантажені курси працюють як зазвичай; ваш прогрес зберігається на цьому пристрої й буде надісланий, щойно ви знову будете онлайн.
update-ready = Нова версія Alliance Player готова.
update-reload = Перезавантажити й оновити
download-heading = Використання офлайн
download-course = Завантажити для використання офлайн ({ $size })
download-resume = Продовжити завантаження (залишилося { $size })
download-progress = { $done } з { $total } · уроки: { $units } з { $unitsTotal }
download-cancel = Скасувати
download-done = Завантажено: цей курс працює офлайн ({ $size }).
download-remove = Видалити завантажене
download-stored-partly = { $done } з { $total } уже є на цьому пристрої.
download-failed = Завантаження зупинилося: { $detail } Те, що вже збережено, залишиться; натисніть «Продовжити завантаження», щоб завантажити решту.
download-file-mismatch = Файл { $file } надійшов пошкодженим (очікувалося { $expected }, отримано { $got }).
download-file-failed = Не вдалося завантажити файл { $file } ({ $detail }).
download-no-cors = { $host } не дозволяє цьому плеєру читати свої файли (не надсилає заголовків CORS), тому їх не можна перевірити й зберегти. Його адміністратор має надсилати Access-Control-Allow-Origin з кожним файлом курсу.
download-quota = На цьому пристрої не залишилося місця для курсу. Звільніть місце або видаліть інший завантажений курс, а тоді продовжте завантаження.
download-storage = Цей браузер використовує { $used } з { $available }, доступних йому на цьому пристрої.
download-persistent = Завантажені курси зберігаються, доки ви їх не видалите.
download-not-persistent = Браузер може видалити завантажені курси, якщо на пристрої забракне місця.
download-needs-network = Ви офлайн. Підключіться до інтернету, щоб завантажити цей курс.
data-saver = Економія трафіку
data-saver-help = Медіафайли завантажуються лише після натискання кнопки відтворення, спочатку показується розшифровка, а біля медіафайлів указано їхній розмір.
media-size = Обсяг завантаження: { $size }

## Notes and bookmarks
notes-heading = Мої нотатки
notes-bookmark = Додати урок до закладок
notes-bookmarked = У закладках
notes-bookmark-moment = Додати цей момент до закладок
notes-note-label = Ваша нотатка до цього уроку
notes-save = Зберегти нотатку
notes-saved = Збережено.
notes-delete = Видалити
# A moment of a video or audio, e.g. "At 1:05".
notes-at = На позначці { $time }
notes-empty = У цьому курсі ще немає нотаток і закладок. Додайте до закладок урок або момент відео й напишіть до нього нотатку.
notes-where = Ваші нотатки зберігаються на цьому пристрої та потрапляють до сховища навчальних записів, якщо його підключено.
notes-too-long = Нотатка задовга: максимальна кількість символів — { $max }.
notes-too-many = У цьому курсі вже максимальна кількість нотаток: видаліть одну, щоб додати нову.

## Accessibility
unit-nav-label = Попередній і наступний урок
captions-always = Показувати субтитри, якщо вони є у відео чи аудіо (вашою мовою, якщо є, інакше мовою курсу)
caption-style = Стиль субтитрів
caption-size = Розмір тексту
caption-colour = Колір тексту
caption-background = Фон
caption-colour-white = Білий
caption-colour-yellow = Жовтий
caption-colour-cyan = Блакитний
caption-colour-green = Зелений
caption-colour-magenta = Пурпуровий
caption-colour-black = Чорний
caption-background-black = Чорний напівпрозорий
caption-background-solid-black = Чорний
caption-background-white = Білий
caption-background-transparent = Без фону
caption-background-blue = Синій
caption-preview = Так виглядатимуть субтитри.
caption-unreadable = Цей текст важко читати на такому фоні: виберіть інший колір або фон.
launch-other = Це посилання надішле ваші навчальні записи на { $endpoint } від імені { $who }. Зараз ви підключені до { $current } як { $current_who }.
launch-switch = Перейти на це підключення
launch-keep = Залишити моє підключення

launch-other-learner = Це посилання для { $who }. Зараз плеєром користується { $current_who }. Перейти до { $who }?
launch-switch-learner = Змінити учня

## Learners
learners-heading = Учні на цьому пристрої
learners-locked = Плеєром користується { $name }
learner-unnamed = Я
learner-now = Зараз користується плеєром
learner-switch = Перейти до цього учня
learner-rename = Перейменувати
learner-name = Ім’я
learner-save = Зберегти
learner-cancel = Скасувати
learner-remove = Видалити
learner-remove-ask = Видалити { $name } з цього пристрою? Поступ, записи, що очікують надсилання, і налаштування цього учня на пристрої буде видалено. Завантажені курси залишаться.
learner-removed = { $name }: учня видалено.
learner-pin = PIN-код (чотири цифри, необов’язково)
learner-pin-label = PIN-код
learner-pin-for = PIN-код учня { $name }
learner-pin-new = Новий PIN-код (чотири цифри)
learner-pin-set = Установити PIN-код
learner-pin-remove = Прибрати PIN-код
learner-pin-open = Продовжити
learner-pin-note = PIN-код не дає тим, хто користується пристроєм разом, заходити в чужий поступ. Він для приватності, а не для захисту.
learner-add-heading = Додати учня
learner-add = Додати
learner-added = { $name }: учня додано.
learner-saved = Збережено.
learner-error-empty = Введіть ім’я.
learner-error-long = Ім’я задовге.
learner-error-taken = На цьому пристрої вже є учень з ім’ям { $name }.
learner-error-pin = PIN-код складається рівно з чотирьох цифр.
learner-error-full = На цьому пристрої більше немає місця для учнів. Спершу видаліть когось.
learner-error-unknown = Не вдалося змінити список учнів. Перезавантажте сторінку й спробуйте ще раз.
learner-error-wrong-pin = Неправильний PIN-код.
signout-ask = { $count ->
    [one] { $count } запис ще не надіслано.
    [few] { $count } записи ще не надіслано.
    [many] { $count } записів ще не надіслано.
   *[other] { $count } запису ще не надіслано.
}
signout-keep = { $count ->
    [one] Зберегти { $count } запис до наступного підключення
    [few] Зберегти { $count } записи до наступного підключення
    [many] Зберегти { $count } записів до наступного підключення
   *[other] Зберегти { $count } запису до наступного підключення
}
signout-discard = { $count ->
    [one] Видалити його
    [few] Видалити їх
    [many] Видалити їх
   *[other] Видалити їх
}
