# Alliance Player interface strings — Српски
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".
# Serbian in Cyrillic script, ekavian. Terms: unit = лекција, quiz = тест, attempt = покушај, learner = полазник,
# learning record store = складиште записа о учењу, download = преузимање. [1] variants cover exactly one; [one] also covers 21, 31…

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Српски
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Пређи на садржај
# In the header where the browser offers to install the player as an app.
install-app = Инсталирај апликацију
install-app-hint = Инсталирајте Alliance Player на овај уређај: отвараће се из ваших апликација, у засебном прозору, и ван мреже.
nav-catalog = Курсеви
loading = Учитавање…

## Languages
language-picker-label = Језик интерфејса
language-picker-search = Претражи језике
language-picker-none = Ниједан језик не одговара претрази.
content-language-label = Језик курса
content-language-auto = Исти као интерфејс
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
# $language is the language's own name (e.g. "English", "Deutsch"), so it is not declined.
unit-in-language = Језик: { $language }

## Catalogue
catalog-heading = Каталог курсева
catalog-search-label = Претражи курсеве
catalog-search-placeholder = Наслов, тема или организатор
catalog-more = Прикажи још курсева
catalog-earlier = Прикажи раније курсеве
catalog-loading-more = Претражују се остали курсеви…
catalog-language-label = Језик
catalog-language-any = Сви језици
catalog-count = { $count ->
    [0] Нема одговарајућих курсева.
    [one] { $count } курс
    [few] { $count } курса
   *[other] { $count } курсева
}
catalog-empty = Ниједан курс не одговара претрази. Пробајте другу реч или изаберите све језике.
catalog-rejected = { $count ->
    [one] { $count } курс из овог каталога није могао да се прикаже:
    [few] { $count } курса из овог каталога нису могла да се прикажу:
   *[other] { $count } курсева из овог каталога није могло да се прикаже:
}
# A site's catalogue and the learner's own can be several; one that fails is named here, the others still show.
# $source is a catalogue's title or its address; $id is a course's short name, as in its address /course/{ $id }.
catalog-source-notice = Неки курсеви недостају на овој листи:
catalog-source-unreachable = Извор { $source } није доступан: сајт можда не ради или не дозвољава овом плејеру да чита његове курсеве.
catalog-source-status = Извор { $source } је одговорио грешком (HTTP { $status }).
catalog-source-too-large = Извор { $source } је већи од { $limit }, што је највише што овај плејер чита за један каталог.
catalog-source-invalid = Извор { $source } није каталог курсева који овај плејер може да прочита: { $detail }
catalog-source-left-out = Курс „{ $course }“ из извора { $source } је изостављен: други курс већ има његову адресу, /course/{ $id }.
course-provider = Организатор: { $provider }
course-languages = Језици: { $languages }
course-size = Величина за преузимање: { $size }
course-open = Отвори курс
course-continue = Настави
course-progress = Завршено: { $percent }

## Course
course-outline = Садржај курса
outline-show-earlier = Прикажи претходне лекције (скривено: { $count })
outline-show-later = Прикажи следеће лекције (скривено: { $count })
course-start = Започни курс
course-units = { $count ->
    [one] { $count } лекција
    [few] { $count } лекције
   *[other] { $count } лекција
}
unit-ordinal = Лекција { $index } од { $total }
unit-state-not-started = Није започето
unit-state-in-progress = У току
unit-state-completed = Завршено
unit-state-passed = Положено
unit-state-failed = Још није положено
unit-kind-video = Видео
unit-kind-audio = Аудио
unit-kind-reading = Текст
unit-kind-quiz = Тест
unit-kind-document = Документ
unit-kind-interactive = Активност
unit-kind-unknown = Нова врста лекције
unit-previous = Претходна
unit-next = Следећа
unit-mark-done = Означи као завршено
unit-done = Завршено
back-to-catalog = Сви курсеви
# Search inside the course, above the outline. $time is a position in a video or audio, e.g. "1:05".
course-search-label = Претражи овај курс
course-search-count = { $count ->
    [0] Нема резултата
    [one] { $count } резултат
    [few] { $count } резултата
   *[other] { $count } резултата
}
course-search-more = { $count ->
    [1] Приказан је само први резултат; додајте речи да бисте сузили претрагу.
    [one] Приказани су само први резултати ({ $count }); додајте речи да бисте сузили претрагу.
    [few] Приказана су само прва { $count } резултата; додајте речи да бисте сузили претрагу.
   *[other] Приказано је само првих { $count } резултата; додајте речи да бисте сузили претрагу.
}
course-search-subtitles = Претражују се и титлови…
course-search-incomplete = Неки титлови нису могли да се претраже.
course-search-in-title = Наслов
course-search-in-reading = Текст
course-search-in-transcript = Транскрипт
course-search-in-subtitle = Титлови на { $time }
course-search-in-quiz = Питање из теста

## Media
media-speed = Брзина
media-subtitles = Титлови
media-subtitles-off = Искључено
media-subtitles-second = Други титлови
media-fullscreen = Цео екран
media-fullscreen-exit = Изађи из целог екрана
media-shortcuts = Пречице на тастатури
media-shortcuts-hint = Док је видео или аудио плејер у фокусу:
# The name of the space bar key, as printed on keyboards.
media-key-space = Размакница
media-key-play = Пусти или паузирај
media-key-seek = 5 секунди уназад или унапред
media-key-speed = Спорије или брже
media-key-captions = Укључи или искључи титлове
media-key-fullscreen = Укључи или искључи цео екран
media-transcript = Транскрипт
media-watched = Одгледано: { $percent }
media-unsupported = Ваш прегледач не може да репродукује овај садржај. Пробајте други прегледач или га преузмите:

## Reading and document
reading-end = Крај текста
document-download = Преузми PDF ({ $size })
document-download-nosize = Преузми PDF
document-fallback = Ваш прегледач не може овде да прикаже PDF датотеке. Преузмите датотеку да бисте је прочитали.
document-not-pdf = { $file } није PDF датотека. Лекција типа „документ“ приказује само PDF датотеке, које почињу са „%PDF-“.

## Quiz
quiz-passing = За пролаз вам је потребно { $percent }.
quiz-attempts-left = { $count ->
    [one] Још { $count } покушај
    [few] Још { $count } покушаја
   *[other] Још { $count } покушаја
}
quiz-attempts-unlimited = Неограничен број покушаја
quiz-attempts-used = { $count ->
    [1] Искористили сте свој једини покушај.
    [one] Искористили сте све покушаје ({ $count }).
    [few] Искористили сте сва { $count } покушаја.
   *[other] Искористили сте свих { $count } покушаја.
}
quiz-question = Питање { $index }
quiz-true = Тачно
quiz-false = Нетачно
quiz-answer-label = Ваш одговор
quiz-submit = Пошаљи одговоре
quiz-retry = Покушај поново
quiz-score = Ваш резултат: { $score }
quiz-passed = Положено – браво!
quiz-failed = Још није положено.
quiz-best = Најбољи резултат до сада: { $score }
quiz-correct = Тачно
quiz-incorrect = Нетачно
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Преглед: уз свако питање приказан је тачан одговор.
quiz-right-answer = Тачан одговор

## Interactive
interactive-title = Интерактивна активност: { $title }
interactive-hint = Завршите активност да бисте завршили ову лекцију.

## Storage
storage-quota = Простор овог прегледача за плејер је пун, па ваш најновији напредак није могао да се сачува. Ослободите мало простора (уклоните преузете курсеве или податке других сајтова у подешавањима прегледача), па наставите: ништа од раније сачуваног није изгубљено.
storage-unavailable = Овај прегледач не дозвољава плејеру да чува ваш напредак, па се он чува само док не затворите страницу. Приватни прозори често блокирају чување података.
storage-write-failed = Ваш најновији напредак још није сачуван. Чува се на овој страници и биће сачуван при вашем следећем кораку.

## Transcript (the learner's record of progress)
nav-transcript = Мој напредак
transcript-heading = Мој напредак
transcript-empty = Још нисте започели ниједан курс.
transcript-unit-score = Резултат: { $score }
transcript-time-spent = Утрошено време: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Преузми као xAPI изјаве (JSON)
transcript-export-csv = Преузми као табелу (CSV)
transcript-reset = Поништи мој напредак у овом курсу
transcript-reset-confirm = Поништити сав ваш напредак у курсу „{ $course }“? Ово не може да се опозове.

## Delivery to the learning record store (LRS), shown in the header and on the settings page
nav-settings = Подешавања
sync-off = Сачувано на овом уређају
sync-off-detail = Нисте повезани са складиштем записа о учењу: ваш напредак остаје у овом прегледачу. Повежите складиште у подешавањима да бисте својој институцији слали податке о завршеним лекцијама.
sync-done = Све је послато
sync-pending = { $count ->
    [one] { $count } запис чека на слање
    [few] { $count } записа чекају на слање
   *[other] { $count } записа чека на слање
}
sync-last-delivery = Последње слање: { $date }
sync-error-offline = Нисте на мрежи. Ваши записи се чувају и биће послати када се веза врати.
sync-error-unreachable = Складиште записа о учењу није доступно. Ускоро ћемо покушати поново; ништа није изгубљено.
sync-error-server = Складиште записа о учењу има проблем (HTTP { $status }). Ускоро ћемо покушати поново; ништа није изгубљено.
sync-error-unauthorized = Складиште записа о учењу је одбило ваше податке за пријаву. Поново их унесите у подешавањима; дотле се ваши записи чувају.
sync-error-not-found = На овој адреси нема складишта записа о учењу. Проверите адресу у подешавањима; дотле се ваши записи чувају.
sync-error-version = Складиште записа о учењу користи другу верзију xAPI-ја ({ $detail }). Затражите од своје институције адресу која подржава xAPI 1.0.3 или 2.0.0.
sync-error-storage = Записи који чекају на слање нису могли да се прочитају из складишта овог прегледача ({ $detail }).
sync-set-aside = { $count ->
    [one] Складиште записа о учењу је одбило { $count } запис
    [few] Складиште записа о учењу је одбило { $count } записа
   *[other] Складиште записа о учењу је одбило { $count } записа
}
sync-set-aside-detail = Ови записи се чувају овде заједно са одговором складишта, како бисте ви или ваша институција видели шта треба исправити.
settings-heading = Подешавања
settings-lrs-heading = Складиште записа о учењу
settings-lrs-intro = Ове податке добијате од своје институције, како би подаци о завршеним лекцијама и ваши резултати стигли у њену евиденцију.
settings-lrs-endpoint = Адреса (xAPI крајња тачка)
settings-lrs-key = Кључ или корисничко име
settings-lrs-secret = Тајни кључ или лозинка
settings-lrs-token = Или приступни токен
settings-lrs-name = Ваше име
settings-lrs-email = Ваша адреса е-поште
settings-lrs-connect = Повежи
settings-lrs-disconnect = Прекини везу
settings-lrs-connected = Повезано са { $endpoint } као { $who }.
settings-lrs-invalid-endpoint = Унесите адресу складишта записа о учењу која почиње са https:// или http://.
settings-lrs-invalid-email = Унесите своју адресу е-поште, како би се записи водили на ваше име.
cmi5-unit-needs-worker = За ову активност плејер мора да заврши инсталацију: поново учитајте страницу да бисте је отворили.
cmi5-exit = Изађи
cmi5-exiting = Чување и повратак…
cmi5-browse = Разгледање: ништа што овде радите се не бележи.
cmi5-review = Поновни преглед: ништа што овде радите се не бележи.
cmi5-ended = Ова сесија је завршена. Поново отворите курс са своје платформе за учење да бисте наставили бележење.
settings-lrs-launch-failed = Курс је отворен са пријавом која није успела ({ $detail }). Поново га отворите са сајта своје институције.

## Course sources (settings): the catalogues whose courses the course list shows
sources-heading = Извори курсева
sources-intro = Листа курсева обједињује каталоге у наставку. Можете да додате каталог другог универзитета или организатора курсева преко његове адресе; чува се за вас, на овом уређају.
sources-site = Изабрао овај сајт
sources-remove = Уклони
sources-add-label = Додај извор: адреса његовог каталога
sources-check = Провери
# The number of courses in the catalogue the learner is about to add.
sources-preview = { $count ->
    [one] { $count } курс
    [few] { $count } курса
   *[other] { $count } курсева
}
sources-add-confirm = Додај овај извор
sources-added = Додато: његови курсеви су сада на листи курсева.
sources-removed = Уклоњено: његови курсеви више нису на листи курсева.
sources-invalid-url = Унесите адресу која почиње са https:// (или путању на овом сајту, нпр. /courses/catalog.json).
sources-duplicate = Овај каталог је већ на листи.
sources-full = Ваша листа извора је пуна. Уклоните један да бисте додали други.

## Unsupported and errors
unit-needs-newer-player = За ову лекцију потребан је новији плејер
unit-needs-newer-player-detail = Ово је лекција типа „{ $kind }“, који ова верзија плејера Alliance Player још не познаје. Остатак курса ради; обратите се организатору курса или ажурирајте плејер.
error-heading = Нешто није у реду
error-catalog = Каталог курсева није могао да се учита.
error-document = Овај документ не може да се прикаже.
error-course = Овај курс није могао да се отвори.
error-course-not-found = У овом каталогу нема курса „{ $course }“.
error-unit-not-found = У овом курсу нема лекције „{ $unit }“.
error-page-not-found = Ова страница не постоји.
error-retry = Покушај поново
error-part-unavailable = Овај део плејера није могао да се преузме. Проверите везу, па покушајте поново.
error-what-to-do = Ако се проблем понови, пренесите организатору курса оно што пише изнад.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Ван мреже
offline-indicator-detail = Нисте на мрежи. Преузети курсеви раде као и обично; ваш напредак се чува на овом уређају и биће послат када се поново повежете.
update-ready = Спремна је нова верзија плејера Alliance Player.
update-reload = Учитај поново и ажурирај
download-heading = Коришћење ван мреже
download-course = Преузми за коришћење ван мреже ({ $size })
download-resume = Настави преузимање (преостало: { $size })
download-progress = { $done } од { $total } · лекције: { $units } од { $unitsTotal }
download-cancel = Откажи
download-done = Преузето: овај курс ради ван мреже ({ $size }).
download-remove = Уклони преузимање
download-stored-partly = { $done } од { $total } је већ на овом уређају.
download-failed = Преузимање је прекинуто: { $detail } Оно што је већ сачувано остаје; притисните „Настави преузимање“ да бисте наставили.
download-file-mismatch = Датотека { $file } није стигла неоштећена (очекивано: { $expected }, примљено: { $got }).
download-file-failed = Датотека { $file } није могла да се преузме ({ $detail }).
download-no-cors = { $host } не дозвољава овом плејеру да чита његове датотеке (не шаље CORS заглавља), па оне не могу да се провере и сачувају. Његов администратор мора да шаље Access-Control-Allow-Origin уз сваку датотеку курса.
download-quota = На овом уређају нема више места за курс. Ослободите мало простора или уклоните друго преузимање, па наставите.
download-storage = Овај прегледач користи { $used } од { $available } колико му је дозвољено на овом уређају.
download-persistent = Преузимања остају док их не уклоните.
download-not-persistent = Прегледач може да уклони преузимања ако на уређају понестане простора.
download-needs-network = Нисте на мрежи. Повежите се на интернет да бисте преузели овај курс.
data-saver = Уштеда података
data-saver-help = Медији се учитавају тек када притиснете дугме за репродукцију, транскрипти се приказују први, а поред медија се приказује њихова величина.
media-size = За учитавање: { $size }

## Notes and bookmarks
notes-heading = Моје белешке
notes-bookmark = Обележи ову лекцију
notes-bookmarked = Обележено
notes-bookmark-moment = Обележи овај тренутак
notes-note-label = Ваша белешка уз ову лекцију
notes-save = Сачувај белешку
notes-saved = Сачувано.
notes-delete = Обриши
# A moment of a video or audio, e.g. "At 1:05".
notes-at = На { $time }
notes-empty = У овом курсу још нема белешки ни обележивача. Обележите лекцију или тренутак у видеу и напишите белешку уз то.
notes-where = Ваше белешке остају на овом уређају и стижу у складиште записа о учењу када је оно повезано.
notes-too-long = Белешка је предугачка: највећи дозвољени број знакова је { $max }.
notes-too-many = Овај курс већ има највећи могући број белешки: обришите једну да бисте додали нову.

## Accessibility
unit-nav-label = Претходна и следећа лекција
captions-always = Приказуј титлове кад год их видео или аудио има (на вашем језику ако постоје, иначе на језику курса)
caption-style = Стил титлова
caption-size = Величина текста
caption-colour = Боја текста
caption-background = Позадина
caption-colour-white = Бела
caption-colour-yellow = Жута
caption-colour-cyan = Цијан
caption-colour-green = Зелена
caption-colour-magenta = Магента
caption-colour-black = Црна
caption-background-black = Црна, полупровидна
caption-background-solid-black = Црна
caption-background-white = Бела
caption-background-transparent = Без позадине
caption-background-blue = Плава
caption-preview = Овако ће изгледати титлови.
caption-unreadable = Овај текст се тешко чита на овој позадини: изаберите другу боју или позадину.
launch-other = Овај линк би слао ваше записе о учењу на { $endpoint } као { $who }. Повезани сте са { $current } као { $current_who }.
launch-switch = Пређи на ову везу
launch-keep = Задржи моју везу
launch-other-learner = Овај линк је намењен полазнику { $who }. Плејер тренутно користи { $current_who }. Прећи на полазника { $who }?
launch-switch-learner = Промени полазника

## Learners
learners-heading = Полазници на овом уређају
learners-locked = Плејер користи { $name }
learner-unnamed = Ја
learner-now = Тренутно користи плејер
learner-switch = Пређи на овог полазника
learner-rename = Преименуј
learner-name = Име
learner-save = Сачувај
learner-cancel = Откажи
learner-remove = Уклони
learner-remove-ask = Уклонити полазника { $name } са овог уређаја? Напредак, записи на чекању и подешавања овог полазника на овом уређају биће обрисани. Преузети курсеви остају.
learner-removed = Полазник { $name } је уклоњен.
learner-pin = ПИН (четири цифре, није обавезно)
learner-pin-label = ПИН
learner-pin-for = ПИН полазника { $name }
learner-pin-new = Нови ПИН (четири цифре)
learner-pin-set = Постави ПИН
learner-pin-remove = Уклони ПИН
learner-pin-open = Настави
learner-pin-note = ПИН спречава оне који деле овај уређај да виде туђи напредак. Служи за приватност, а не за безбедност.
learner-add-heading = Додај полазника
learner-add = Додај
learner-added = Полазник { $name } је додат.
learner-saved = Сачувано.
learner-error-empty = Унесите име.
learner-error-long = Ово име је предугачко.
learner-error-taken = На овом уређају већ постоји полазник са именом { $name }.
learner-error-pin = ПИН има тачно четири цифре.
learner-error-full = На овом уређају нема места за још полазника. Прво уклоните некога.
learner-error-unknown = Листа полазника није могла да се измени. Поново учитајте страницу и покушајте поново.
learner-error-wrong-pin = Тај ПИН није тачан.
signout-ask = { $count ->
    [one] { $count } запис још није послат.
    [few] { $count } записа још нису послата.
   *[other] { $count } записа још није послато.
}
signout-keep = { $count ->
    [1] Задржи запис на чекању до следећег повезивања
    [one] Задржи { $count } запис на чекању до следећег повезивања
    [few] Задржи { $count } записа на чекању до следећег повезивања
   *[other] Задржи { $count } записа на чекању до следећег повезивања
}
signout-discard = { $count ->
    [1] Одбаци га
    [one] Одбаци их
    [few] Одбаци их
   *[other] Одбаци их
}
