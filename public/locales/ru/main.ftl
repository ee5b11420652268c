# Alliance Player interface strings — Русский
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".
# "Unit" is translated as "урок" throughout; unit states use neuter forms ("Завершено", "Зачтено") so they read as standalone labels.

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Русский
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Перейти к содержимому
# In the header where the browser offers to install the player as an app.
install-app = Установить приложение
install-app-hint = Установите Alliance Player на это устройство: он будет открываться из ваших приложений в отдельном окне, в том числе офлайн.
nav-catalog = Курсы
loading = Загрузка…

## Languages
language-picker-label = Язык интерфейса
language-picker-search = Поиск языка
language-picker-none = По вашему запросу языков не найдено.
content-language-label = Язык курса
content-language-auto = Как в интерфейсе
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
# $language is the language's own name (e.g. "English", "Deutsch"), so it is not declined.
unit-in-language = На языке: { $language }

## Catalogue
catalog-heading = Каталог курсов
catalog-search-label = Поиск курсов
catalog-search-placeholder = Название, тема или организатор
catalog-more = Показать ещё курсы
catalog-earlier = Показать предыдущие курсы
catalog-loading-more = Ищем среди других курсов…
catalog-language-label = Язык
catalog-language-any = Все языки
catalog-count = { $count ->
    [0] Подходящих курсов нет.
    [one] { $count } курс
    [few] { $count } курса
    [many] { $count } курсов
   *[other] { $count } курса
}
catalog-empty = По вашему запросу курсов не найдено. Попробуйте другое слово или выберите «Все языки».
catalog-rejected = { $count ->
    [one] Не удалось показать { $count } курс из этого каталога:
    [few] Не удалось показать { $count } курса из этого каталога:
    [many] Не удалось показать { $count } курсов из этого каталога:
   *[other] Не удалось показать { $count } курса из этого каталога:
}
catalog-source-notice = В этом списке не хватает некоторых курсов:
catalog-source-unreachable = Источник { $source } недоступен: возможно, сайт не работает или не разрешает этому плееру читать свои курсы.
catalog-source-status = Источник { $source } ответил ошибкой (HTTP { $status }).
catalog-source-too-large = Источник { $source } больше { $limit } — это максимум, который этот плеер читает для одного каталога.
catalog-source-invalid = Источник { $source } — не каталог курсов, который может прочитать этот плеер: { $detail }
catalog-source-left-out = Курс «{ $course }» из источника { $source } не показан: его адрес, /course/{ $id }, уже занят другим курсом.
course-provider = Организатор: { $provider }
course-languages = Языки: { $languages }
course-size = Размер для скачивания: { $size }
course-open = Открыть курс
course-continue = Продолжить
course-progress = Пройдено: { $percent }

## Course
course-outline = Содержание курса
outline-show-earlier = Показать предыдущие уроки (скрыто: { $count })
outline-show-later = Показать следующие уроки (скрыто: { $count })
course-start = Начать курс
course-units = { $count ->
    [one] { $count } урок
    [few] { $count } урока
    [many] { $count } уроков
   *[other] { $count } урока
}
unit-ordinal = Урок { $index } из { $total }
unit-state-not-started = Не начато
unit-state-in-progress = В процессе
unit-state-completed = Завершено
unit-state-passed = Зачтено
unit-state-failed = Пока не зачтено
unit-kind-video = Видео
unit-kind-audio = Аудио
unit-kind-reading = Чтение
unit-kind-quiz = Тест
unit-kind-document = Документ
unit-kind-interactive = Задание
unit-kind-unknown = Новый тип урока
unit-previous = Назад
unit-next = Далее
unit-mark-done = Отметить как выполненное
unit-done = Выполнено
back-to-catalog = Все курсы
course-search-label = Поиск по курсу
course-search-count = { $count ->
    [0] Ничего не найдено
    [one] { $count } результат
    [few] { $count } результата
    [many] { $count } результатов
   *[other] { $count } результата
}
course-search-more = { $count ->
    [one] Показан только первый { $count } результат; добавьте слова, чтобы уточнить поиск.
    [few] Показаны только первые { $count } результата; добавьте слова, чтобы уточнить поиск.
    [many] Показаны только первые { $count } результатов; добавьте слова, чтобы уточнить поиск.
   *[other] Показаны только первые { $count } результата; добавьте слова, чтобы уточнить поиск.
}
course-search-subtitles = Идёт поиск и по субтитрам…
course-search-incomplete = Не удалось выполнить поиск по некоторым субтитрам.
course-search-in-title = Название
course-search-in-reading = Чтение
course-search-in-transcript = Расшифровка
course-search-in-subtitle = Субтитры, { $time }
course-search-in-quiz = Вопрос теста

## Media
media-speed = Скорость
media-subtitles = Субтитры
media-subtitles-off = Выкл.
media-subtitles-second = Вторые субтитры
media-fullscreen = Во весь экран
media-fullscreen-exit = Выйти из полноэкранного режима
media-shortcuts = Быстрые клавиши
media-shortcuts-hint = Когда фокус находится на видео- или аудиоплеере:
# The name of the space bar key, as printed on keyboards.
media-key-space = Пробел
media-key-play = Воспроизведение или пауза
media-key-seek = Назад или вперёд на 5 секунд
media-key-speed = Медленнее или быстрее
media-key-captions = Включить или выключить субтитры
media-key-fullscreen = Включить или выключить полноэкранный режим
media-transcript = Расшифровка
media-watched = Просмотрено: { $percent }
media-unsupported = Ваш браузер не может воспроизвести этот файл. Попробуйте другой браузер или скачайте файл:

## Reading and document
reading-end = Конец текста
document-download = Скачать PDF ({ $size })
document-download-nosize = Скачать PDF
document-fallback = Ваш браузер не может показать PDF на этой странице. Скачайте файл, чтобы прочитать его.
document-not-pdf = { $file } — не PDF-файл. Раздел-документ показывает только PDF-файлы, которые начинаются с «%PDF-».

## Quiz
quiz-passing = Чтобы сдать тест, нужно набрать { $percent }.
quiz-attempts-left = { $count ->
    [one] Осталась { $count } попытка
    [few] Осталось { $count } попытки
    [many] Осталось { $count } попыток
   *[other] Осталось { $count } попытки
}
quiz-attempts-unlimited = Число попыток не ограничено
# [1] is exactly one attempt; [one] also covers 21, 31…
quiz-attempts-used = { $count ->
    [1] Вы использовали свою единственную попытку.
    [one] Вы использовали все попытки ({ $count }).
    [few] Вы использовали все { $count } попытки.
    [many] Вы использовали все { $count } попыток.
   *[other] Вы использовали все попытки ({ $count }).
}
quiz-question = Вопрос { $index }
quiz-true = Верно
quiz-false = Неверно
quiz-answer-label = Ваш ответ
quiz-submit = Отправить ответы
quiz-retry = Попробовать ещё раз
quiz-score = Ваш результат: { $score }
quiz-passed = Тест сдан — отличная работа!
quiz-failed = Тест пока не сдан.
quiz-best = Лучший результат: { $score }
quiz-correct = Правильно
quiz-incorrect = Неправильно
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Разбор: у каждого вопроса показан правильный ответ.
quiz-right-answer = Правильный ответ

## Interactive
interactive-title = Интерактивное задание: { $title }
interactive-hint = Выполните задание, чтобы завершить этот урок.

## Storage
storage-quota = Хранилище браузера для плеера заполнено, поэтому ваш последний прогресс не удалось сохранить. Освободите место (удалите скачанные курсы или данные других сайтов в настройках браузера) и продолжайте: всё, что было сохранено раньше, на месте.
storage-unavailable = Этот браузер не позволяет плееру сохранять ваш прогресс, поэтому он хранится, только пока вы не закроете страницу. Приватные окна часто блокируют сохранение данных.
storage-write-failed = Ваш последний прогресс пока не удалось сохранить. Он хранится на этой странице и будет сохранён при вашем следующем действии.

## Transcript (the learner's record of progress)
nav-transcript = Мой прогресс
transcript-heading = Мой прогресс
transcript-empty = Вы ещё не начали ни одного курса.
transcript-unit-score = Результат: { $score }
transcript-time-spent = Затраченное время: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Скачать как утверждения xAPI (JSON)
transcript-export-csv = Скачать как таблицу (CSV)
transcript-reset = Сбросить мой прогресс в этом курсе
transcript-reset-confirm = Сбросить весь ваш прогресс в курсе «{ $course }»? Это действие нельзя отменить.

## Отправка в хранилище учебных записей (LRS): показывается в шапке и на странице настроек
nav-settings = Настройки
sync-off = Сохранено на этом устройстве
sync-off-detail = Хранилище учебных записей не подключено: ваш прогресс остаётся в этом браузере. Подключите его в настройках, чтобы отправлять сведения о пройденном вашей организации.
sync-done = Всё отправлено
sync-pending = { $count ->
    [one] { $count } запись ожидает отправки
    [few] { $count } записи ожидают отправки
    [many] { $count } записей ожидают отправки
   *[other] { $count } записи ожидают отправки
}
sync-last-delivery = Последняя отправка: { $date }
sync-error-offline = Нет подключения к интернету. Ваши записи сохранены и будут отправлены, когда связь восстановится.
sync-error-unreachable = Не удалось связаться с хранилищем учебных записей. Скоро попробуем снова; ничего не потеряно.
sync-error-server = В хранилище учебных записей произошла ошибка (HTTP { $status }). Скоро попробуем снова; ничего не потеряно.
sync-error-unauthorized = Хранилище учебных записей отклонило ваши учётные данные. Введите их заново в настройках; до тех пор ваши записи сохраняются.
sync-error-not-found = По этому адресу нет хранилища учебных записей. Проверьте адрес в настройках; до тех пор ваши записи сохраняются.
sync-error-version = Хранилище учебных записей использует другую версию xAPI ({ $detail }). Попросите у своей организации адрес, который поддерживает xAPI 1.0.3 или 2.0.0.
sync-error-storage = Не удалось прочитать из хранилища браузера записи, ожидающие отправки ({ $detail }).
sync-set-aside = { $count ->
    [one] Хранилище учебных записей отклонило { $count } запись
    [few] Хранилище учебных записей отклонило { $count } записи
    [many] Хранилище учебных записей отклонило { $count } записей
   *[other] Хранилище учебных записей отклонило { $count } записи
}
sync-set-aside-detail = Эти записи хранятся здесь вместе с ответом хранилища, чтобы вы или ваша организация могли увидеть, что нужно исправить.
settings-heading = Настройки
settings-lrs-heading = Хранилище учебных записей
settings-lrs-intro = Эти данные выдаёт ваша организация, чтобы сведения о пройденном и ваши результаты попадали в её учёт.
settings-lrs-endpoint = Адрес (конечная точка xAPI)
settings-lrs-key = Ключ или имя пользователя
settings-lrs-secret = Секретный ключ или пароль
settings-lrs-token = Или токен доступа
settings-lrs-name = Ваше имя
settings-lrs-email = Ваш адрес электронной почты
settings-lrs-connect = Подключить
settings-lrs-disconnect = Отключить
settings-lrs-connected = Подключено к { $endpoint } как { $who }.
settings-lrs-invalid-endpoint = Введите адрес хранилища учебных записей, начинающийся с https:// или http://.
settings-lrs-invalid-email = Введите свой адрес электронной почты, чтобы записи сохранялись под вашим именем.
cmi5-unit-needs-worker = Для этого задания плеер должен завершить установку: перезагрузите страницу, чтобы открыть его.
cmi5-exit = Выйти
cmi5-exiting = Сохранение и возврат…
cmi5-browse = Просмотр: ничего из того, что вы здесь делаете, не записывается.
cmi5-review = Повторение: ничего из того, что вы здесь делаете, не записывается.
cmi5-ended = Этот сеанс завершён. Чтобы продолжить запись, снова откройте курс на своей учебной платформе.
settings-lrs-launch-failed = Курс был открыт с данными для входа, которые не сработали ({ $detail }). Откройте его снова с сайта вашей организации.

sources-heading = Источники курсов
sources-intro = В списке курсов собраны курсы из каталогов ниже. Вы можете добавить каталог другого университета или организатора курсов по его адресу; он сохранится для вас на этом устройстве.
sources-site = Выбран этим сайтом
sources-remove = Удалить
sources-add-label = Добавить источник: адрес его каталога
sources-check = Проверить
sources-preview = { $count ->
    [one] { $count } курс
    [few] { $count } курса
    [many] { $count } курсов
   *[other] { $count } курса
}
sources-add-confirm = Добавить этот источник
sources-added = Источник добавлен: его курсы теперь в списке курсов.
sources-removed = Источник удалён: его курсов больше нет в списке курсов.
sources-invalid-url = Введите адрес, начинающийся с https:// (или путь на этом сайте, например /courses/catalog.json).
sources-duplicate = Этот каталог уже есть в списке.
sources-full = Список источников заполнен. Удалите один, чтобы добавить другой.

## Unsupported and errors
unit-needs-newer-player = Для этого урока нужна более новая версия плеера
unit-needs-newer-player-detail = Это урок типа «{ $kind }»: эта версия Alliance Player его пока не поддерживает. Остальная часть курса работает; обратитесь к организатору курса или обновите плеер.
error-heading = Что-то пошло не так
error-catalog = Не удалось загрузить каталог курсов.
error-document = Этот документ нельзя показать.
error-course = Не удалось открыть этот курс.
error-course-not-found = В этом каталоге нет курса «{ $course }».
error-unit-not-found = В этом курсе нет урока «{ $unit }».
error-page-not-found = Такой страницы не существует.
error-retry = Попробовать снова
error-part-unavailable = Не удалось загрузить эту часть плеера. Проверьте подключение к интернету и попробуйте снова.
error-what-to-do = Если проблема не исчезнет, передайте организатору курса текст, показанный выше.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Офлайн
offline-indicator-detail = Нет подключения к интернету. Скачанные курсы работают как обычно; ваш прогресс сохраняется на этом устройстве и будет отправлен, когда связь восстановится.
update-ready = Готова новая версия Alliance Player.
update-reload = Перезагрузить и обновить
download-heading = Работа офлайн
download-course = Скачать для работы офлайн ({ $size })
download-resume = Продолжить скачивание (осталось { $size })
download-progress = { $done } из { $total } · уроки: { $units } из { $unitsTotal }
download-cancel = Отмена
download-done = Скачано: этот курс работает офлайн ({ $size }).
download-remove = Удалить скачанное
download-stored-partly = { $done } из { $total } уже на этом устройстве.
download-failed = Скачивание прервано: { $detail } Уже сохранённое не пропадёт; нажмите «Продолжить скачивание», чтобы докачать остальное.
download-file-mismatch = Файл { $file } получен повреждённым (ожидалось { $expected }, получено { $got }).
download-file-failed = Не удалось скачать файл { $file } ({ $detail }).
download-no-cors = { $host } не разрешает этому плееру читать свои файлы (не отправляет заголовки CORS), поэтому их нельзя проверить и сохранить. Его администратор должен отправлять Access-Control-Allow-Origin с каждым файлом курса.
download-quota = На этом устройстве не осталось места для курса. Освободите место или удалите другой скачанный курс, затем продолжите скачивание.
download-storage = Этот браузер использует { $used } из { $available }, доступных ему на этом устройстве.
download-persistent = Скачанные курсы хранятся, пока вы их не удалите.
download-not-persistent = Браузер может удалить скачанные курсы, если на устройстве станет мало места.
download-needs-network = Нет подключения к интернету. Подключитесь к интернету, чтобы скачать этот курс.
data-saver = Экономия трафика
data-saver-help = Медиафайлы загружаются только после нажатия кнопки воспроизведения, сначала показывается расшифровка, а рядом с медиафайлами указан их размер.
media-size = Объём загрузки: { $size }

## Notes and bookmarks
notes-heading = Мои заметки
notes-bookmark = Добавить урок в закладки
notes-bookmarked = В закладках
notes-bookmark-moment = Добавить этот момент в закладки
notes-note-label = Ваша заметка к этому уроку
notes-save = Сохранить заметку
notes-saved = Сохранено.
notes-delete = Удалить
# A moment of a video or audio, e.g. "At 1:05".
notes-at = На отметке { $time }
notes-empty = В этом курсе пока нет заметок и закладок. Добавьте в закладки урок или момент видео и напишите к нему заметку.
notes-where = Ваши заметки хранятся на этом устройстве и передаются в хранилище учебных записей, если оно подключено.
notes-too-long = Заметка слишком длинная: максимальное число символов — { $max }.
notes-too-many = В этом курсе уже максимальное число заметок: удалите одну, чтобы добавить новую.

## Accessibility
unit-nav-label = Предыдущий и следующий урок
captions-always = Показывать субтитры, если они есть у видео или аудио (на вашем языке, если есть, иначе на языке курса)
caption-style = Стиль субтитров
caption-size = Размер текста
caption-colour = Цвет текста
caption-background = Фон
caption-colour-white = Белый
caption-colour-yellow = Жёлтый
caption-colour-cyan = Голубой
caption-colour-green = Зелёный
caption-colour-magenta = Пурпурный
caption-colour-black = Чёрный
caption-background-black = Чёрный полупрозрачный
caption-background-solid-black = Чёрный
caption-background-white = Белый
caption-background-transparent = Без фона
caption-background-blue = Синий
caption-preview = Так будут выглядеть субтитры.
caption-unreadable = Этот текст плохо читается на таком фоне: выберите другой цвет или фон.
launch-other = Эта ссылка отправит ваши учебные записи на { $endpoint } от имени { $who }. Сейчас вы подключены к { $current } как { $current_who }.
launch-switch = Перейти на это подключение
launch-keep = Оставить моё подключение

launch-other-learner = Эта ссылка для { $who }. Сейчас плеером пользуется { $current_who }. Переключиться на { $who }?
launch-switch-learner = Сменить ученика

## Learners
learners-heading = Ученики на этом устройстве
learners-locked = Плеером пользуется { $name }
learner-unnamed = Я
learner-now = Сейчас пользуется плеером
learner-switch = Переключиться на этого ученика
learner-rename = Переименовать
learner-name = Имя
learner-save = Сохранить
learner-cancel = Отмена
learner-remove = Удалить
learner-remove-ask = Удалить { $name } с этого устройства? Прогресс, ожидающие отправки записи и настройки этого ученика на устройстве будут удалены. Скачанные курсы останутся.
learner-removed = { $name }: ученик удалён.
learner-pin = PIN-код (четыре цифры, необязательно)
learner-pin-label = PIN-код
learner-pin-for = PIN-код ученика { $name }
learner-pin-new = Новый PIN-код (четыре цифры)
learner-pin-set = Задать PIN-код
learner-pin-remove = Убрать PIN-код
learner-pin-open = Продолжить
learner-pin-note = PIN-код не даёт тем, кто пользуется устройством вместе, заходить в чужой прогресс. Он для приватности, а не для защиты.
learner-add-heading = Добавить ученика
learner-add = Добавить
learner-added = { $name }: ученик добавлен.
learner-saved = Сохранено.
learner-error-empty = Введите имя.
learner-error-long = Имя слишком длинное.
learner-error-taken = На этом устройстве уже есть ученик с именем { $name }.
learner-error-pin = PIN-код состоит ровно из четырёх цифр.
learner-error-full = На этом устройстве больше нет места для учеников. Сначала удалите кого-нибудь.
learner-error-unknown = Не удалось изменить список учеников. Перезагрузите страницу и попробуйте снова.
learner-error-wrong-pin = Неверный PIN-код.
signout-ask = { $count ->
    [one] { $count } запись ещё не отправлена.
    [few] { $count } записи ещё не отправлены.
    [many] { $count } записей ещё не отправлены.
   *[other] { $count } записи ещё не отправлены.
}
signout-keep = { $count ->
    [one] Сохранить { $count } ожидающую запись до следующего подключения
    [few] Сохранить { $count } ожидающие записи до следующего подключения
    [many] Сохранить { $count } ожидающих записей до следующего подключения
   *[other] Сохранить { $count } ожидающей записи до следующего подключения
}
signout-discard = { $count ->
    [one] Удалить её
    [few] Удалить их
    [many] Удалить их
   *[other] Удалить их
}
