# Alliance Player interface strings — Қазақ тілі
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".
# "Unit" is translated as "сабақ" throughout.

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Қазақ тілі
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Негізгі мазмұнға өту
# In the header where the browser offers to install the player as an app.
install-app = Қолданбаны орнату
install-app-hint = Alliance Player ойнатқышын осы құрылғыға орнатыңыз: ол қолданбаларыңыздың арасынан өз терезесінде ашылады, офлайн режимде де жұмыс істейді.
nav-catalog = Курстар
loading = Жүктелуде…

## Languages
language-picker-label = Интерфейс тілі
language-picker-search = Тілді іздеу
language-picker-none = Іздеуіңізге сәйкес тіл табылмады.
content-language-label = Курс тілі
content-language-auto = Интерфейс тілімен бірдей
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
# $language is the language's own name (e.g. "English"), so no case suffix is attached to it.
unit-in-language = Тілі: { $language }

## Catalogue
catalog-heading = Курстар каталогы
catalog-search-label = Курстарды іздеу
catalog-search-placeholder = Атауы, тақырыбы немесе ұсынушысы
catalog-more = Тағы курстар көрсету
catalog-earlier = Алдыңғы курстарды көрсету
catalog-loading-more = Басқа курстар қаралуда…
catalog-language-label = Тіл
catalog-language-any = Барлық тілдер
catalog-count = { $count ->
    [0] Сәйкес курс жоқ.
    [one] Бір курс
   *[other] { $count } курс
}
catalog-empty = Іздеуіңізге сәйкес курс табылмады. Басқа сөзбен іздеп көріңіз немесе барлық тілдерді таңдаңыз.
catalog-rejected = { $count ->
    [one] Осы каталогтағы бір курсты тізімге қосу мүмкін болмады:
   *[other] Осы каталогтағы { $count } курсты тізімге қосу мүмкін болмады:
}
catalog-source-notice = Бұл тізімде кейбір курстар жоқ:
catalog-source-unreachable = { $source } қолжетімсіз: сайт жұмыс істемей тұрған болуы мүмкін, немесе ол бұл ойнатқышқа курстарын оқуға рұқсат бермейді.
catalog-source-status = { $source } қатемен жауап берді (HTTP { $status }).
catalog-source-too-large = { $source } көлемі { $limit } шегінен асады; бұл ойнатқыш бір каталог үшін одан артық оқымайды.
catalog-source-invalid = { $source } бұл ойнатқыш оқи алатын курстар каталогы емес: { $detail }
catalog-source-left-out = { $source } ішіндегі «{ $course }» курсы көрсетілмейді: оның /course/{ $id } мекенжайын басқа курс алып қойған.
course-provider = Ұйымдастырушы: { $provider }
course-languages = Тілдері: { $languages }
course-size = Жүктеп алу көлемі: { $size }
course-open = Курсты ашу
course-continue = Жалғастыру
course-progress = Орындалды: { $percent }

## Course
course-outline = Курс мазмұны
outline-show-earlier = Алдыңғы сабақтарды көрсету (жасырын: { $count })
outline-show-later = Келесі сабақтарды көрсету (жасырын: { $count })
course-start = Курсты бастау
course-units = { $count ->
    [one] Бір сабақ
   *[other] { $count } сабақ
}
unit-ordinal = { $index }-сабақ, барлығы { $total }
unit-state-not-started = Басталмаған
unit-state-in-progress = Орындалуда
unit-state-completed = Аяқталды
unit-state-passed = Сәтті өтті
unit-state-failed = Әлі өтпеді
unit-kind-video = Бейне
unit-kind-audio = Аудио
unit-kind-reading = Оқу материалы
unit-kind-quiz = Тест
unit-kind-document = Құжат
unit-kind-interactive = Тапсырма
unit-kind-unknown = Сабақтың жаңа түрі
unit-previous = Алдыңғы
unit-next = Келесі
unit-mark-done = Орындалды деп белгілеу
unit-done = Орындалды
back-to-catalog = Барлық курстар
course-search-label = Осы курстан іздеу
course-search-count = { $count ->
    [0] Нәтиже жоқ
    [one] Бір нәтиже
   *[other] { $count } нәтиже
}
course-search-more = { $count ->
    [one] Тек алғашқы нәтиже көрсетілген; іздеуді нақтылау үшін сөз қосыңыз.
   *[other] Тек алғашқы { $count } нәтиже көрсетілген; іздеуді нақтылау үшін сөз қосыңыз.
}
course-search-subtitles = Субтитрлерден де ізделуде…
course-search-incomplete = Кейбір субтитрлерден іздеу мүмкін болмады.
course-search-in-title = Атауы
course-search-in-reading = Оқу материалы
course-search-in-transcript = Мәтіндік нұсқасы
course-search-in-subtitle = Субтитр, { $time }
course-search-in-quiz = Тест сұрағы

## Media
media-speed = Жылдамдық
media-subtitles = Субтитрлер
media-subtitles-off = Өшірулі
media-subtitles-second = Екінші субтитрлер
media-fullscreen = Толық экран
media-fullscreen-exit = Толық экраннан шығу
media-shortcuts = Жылдам пернелер
media-shortcuts-hint = Бейне немесе аудио ойнатқыш фокуста тұрғанда:
# The name of the space bar key, as printed on keyboards.
media-key-space = Бос орын
media-key-play = Ойнату немесе кідірту
media-key-seek = 5 секунд артқа немесе алға
media-key-speed = Баяуырақ немесе жылдамырақ
media-key-captions = Субтитрлерді қосу немесе өшіру
media-key-fullscreen = Толық экранды қосу немесе өшіру
media-transcript = Мәтіндік нұсқасы
media-watched = Көрілді: { $percent }
media-unsupported = Браузеріңіз бұл файлды ойната алмайды. Басқа браузерді қолданып көріңіз немесе файлды жүктеп алыңыз:

## Reading and document
reading-end = Материалдың соңы
document-download = PDF жүктеп алу ({ $size })
document-download-nosize = PDF жүктеп алу
document-fallback = Браузеріңіз PDF файлын мұнда көрсете алмайды. Оқу үшін файлды жүктеп алыңыз.
document-not-pdf = { $file } PDF файлы емес. Құжат бөлімі тек «%PDF-» деп басталатын PDF файлдарын көрсетеді.

## Quiz
quiz-passing = Тесттен өту үшін { $percent } жинауыңыз керек.
quiz-attempts-left = { $count ->
    [one] Бір талпыныс қалды
   *[other] { $count } талпыныс қалды
}
quiz-attempts-unlimited = Талпыныс саны шектелмеген
quiz-attempts-used = { $count ->
    [one] Сіз жалғыз талпынысыңызды пайдаландыңыз.
   *[other] Сіз барлық { $count } талпынысыңызды пайдаландыңыз.
}
quiz-question = { $index }-сұрақ
quiz-true = Дұрыс
quiz-false = Бұрыс
quiz-answer-label = Сіздің жауабыңыз
quiz-submit = Жауаптарды жіберу
quiz-retry = Қайта тапсыру
quiz-score = Сіздің нәтижеңіз: { $score }
quiz-passed = Тесттен өттіңіз — жарайсыз!
quiz-failed = Тесттен әлі өтпедіңіз.
quiz-best = Ең жақсы нәтиже: { $score }
quiz-correct = Дұрыс жауап
quiz-incorrect = Қате жауап
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Шолу: әр сұрақтың дұрыс жауабы көрсетілген.
quiz-right-answer = Дұрыс жауап

## Interactive
interactive-title = Интерактивті тапсырма: { $title }
interactive-hint = Осы сабақты аяқтау үшін тапсырманы орындаңыз.

## Storage
storage-quota = Бұл браузерде ойнатқышқа бөлінген сақтау орны толып қалды, сондықтан соңғы оқу барысыңызды сақтау мүмкін болмады. Біраз орын босатыңыз (браузер параметрлерінде жүктеп алынған курстарды немесе басқа сайттардың деректерін жойыңыз), содан кейін жалғастырыңыз: бұрын сақталған ештеңе жоғалған жоқ.
storage-unavailable = Бұл браузер ойнатқышқа оқу барысыңызды сақтауға рұқсат бермейді, сондықтан ол бетті жапқанша ғана сақталады. Жасырын режимдегі терезелер деректерді сақтауды жиі бұғаттайды.
storage-write-failed = Соңғы оқу барысыңыз әзірге сақталмады. Ол осы бетте тұр және келесі қадамыңызда сақталады.

## Transcript (the learner's record of progress)
nav-transcript = Менің үлгерімім
transcript-heading = Менің үлгерімім
transcript-empty = Сіз әлі ешбір курсты бастаған жоқсыз.
transcript-unit-score = Нәтиже: { $score }
transcript-time-spent = Жұмсалған уақыт: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = xAPI мәлімдемелері ретінде жүктеп алу (JSON)
transcript-export-csv = Электрондық кесте ретінде жүктеп алу (CSV)
transcript-reset = Осы курстағы үлгерімімді нөлдеу
transcript-reset-confirm = «{ $course }» курсындағы бүкіл үлгеріміңізді нөлдеу керек пе? Бұл әрекетті кері қайтару мүмкін емес.

## Оқу жазбалары қоймасына (LRS) жіберу: тақырып жолағында және параметрлер бетінде көрсетіледі
nav-settings = Параметрлер
sync-off = Осы құрылғыда сақталды
sync-off-detail = Оқу жазбалары қоймасына қосылмаған: оқу барысыңыз осы браузерде қалады. Аяқтаған сабақтарыңыз туралы мәліметті ұйымыңызға жіберу үшін параметрлерде қойманы қосыңыз.
sync-done = Бәрі жіберілді
sync-pending = { $count ->
    [one] { $count } жазба жіберілуін күтіп тұр
   *[other] { $count } жазба жіберілуін күтіп тұр
}
sync-last-delivery = Соңғы рет жіберілді: { $date }
sync-error-offline = Интернет байланысы жоқ. Жазбаларыңыз сақталады және байланыс қалпына келгенде жіберіледі.
sync-error-unreachable = Оқу жазбалары қоймасымен байланысу мүмкін болмады. Біраздан кейін қайта әрекет жасалады; ештеңе жоғалған жоқ.
sync-error-server = Оқу жазбалары қоймасында ақау бар (HTTP { $status }). Біраздан кейін қайта әрекет жасалады; ештеңе жоғалған жоқ.
sync-error-unauthorized = Оқу жазбалары қоймасы кіру деректеріңізді қабылдамады. Оларды параметрлерде қайта енгізіңіз; оған дейін жазбаларыңыз сақталады.
sync-error-not-found = Бұл мекенжайда оқу жазбалары қоймасы жоқ. Параметрлердегі мекенжайды тексеріңіз; оған дейін жазбаларыңыз сақталады.
sync-error-version = Оқу жазбалары қоймасы xAPI-дің басқа нұсқасын қолданады ({ $detail }). Ұйымыңыздан xAPI 1.0.3 немесе 2.0.0 нұсқасын қолдайтын мекенжайды сұраңыз.
sync-error-storage = Жіберілуін күтіп тұрған жазбаларды осы браузердің сақтау орнынан оқу мүмкін болмады ({ $detail }).
sync-set-aside = { $count ->
    [one] Оқу жазбалары қоймасы { $count } жазбаны қабылдамады
   *[other] Оқу жазбалары қоймасы { $count } жазбаны қабылдамады
}
sync-set-aside-detail = Бұл жазбалар қойманың жауабымен бірге осында сақталады, сондықтан сіз немесе ұйымыңыз нені түзету керегін көре алады.
settings-heading = Параметрлер
settings-lrs-heading = Оқу жазбалары қоймасы
settings-lrs-intro = Аяқтаған сабақтарыңыз бен нәтижелеріңіз ұйымыңыздың есебіне түсуі үшін бұл деректерді сізге ұйымыңыз береді.
settings-lrs-endpoint = Мекенжай (xAPI endpoint)
settings-lrs-key = Кілт немесе пайдаланушы аты
settings-lrs-secret = Құпия кілт немесе құпиясөз
settings-lrs-token = Немесе қатынас токені
settings-lrs-name = Атыңыз
settings-lrs-email = Электрондық пошта мекенжайыңыз
settings-lrs-connect = Қосылу
settings-lrs-disconnect = Ажырату
settings-lrs-connected = { $endpoint } мекенжайына { $who } ретінде қосылды.
settings-lrs-invalid-endpoint = Оқу жазбалары қоймасының https:// немесе http:// деп басталатын мекенжайын енгізіңіз.
settings-lrs-invalid-email = Жазбаларыңыз сіздің атыңызбен сақталуы үшін электрондық пошта мекенжайыңызды енгізіңіз.
cmi5-unit-needs-worker = Бұл әрекет үшін ойнатқыш орнатылып бітуі керек: ашу үшін бетті қайта жүктеңіз.
cmi5-exit = Шығу
cmi5-exiting = Сақталып, қайтуда…
cmi5-browse = Шолу: мұнда істегеніңіз ешқайсысы жазылмайды.
cmi5-review = Қайталау: мұнда істегеніңіз ешқайсысы жазылмайды.
cmi5-ended = Бұл сеанс аяқталды. Тағы жазу үшін курсты оқу платформаңыздан қайта ашыңыз.
settings-lrs-launch-failed = Курс жарамсыз кіру деректерімен ашылды ({ $detail }). Оны ұйымыңыздың сайтынан қайта ашыңыз.

sources-heading = Курс көздері
sources-intro = Курстар тізімі төмендегі каталогтарды біріктіреді. Басқа университеттің немесе курс ұйымдастырушысының каталогын мекенжайы арқылы қоса аласыз; ол осы құрылғыда сіз үшін сақталады.
sources-site = Бұл сайт таңдаған
sources-remove = Жою
sources-add-label = Көз қосу: оның каталогының мекенжайы
sources-check = Тексеру
sources-preview = { $count ->
    [one] Бір курс
   *[other] { $count } курс
}
sources-add-confirm = Бұл көзді қосу
sources-added = Қосылды: оның курстары енді курстар тізімінде.
sources-removed = Жойылды: оның курстары енді курстар тізімінде жоқ.
sources-invalid-url = https:// деп басталатын мекенжайды енгізіңіз (немесе осы сайттағы жолды, мысалы /courses/catalog.json).
sources-duplicate = Бұл каталог тізімде бұрыннан бар.
sources-full = Көздер тізіміңіз толды. Басқасын қосу үшін біреуін жойыңыз.

## Unsupported and errors
unit-needs-newer-player = Бұл сабақты ашу үшін ойнатқыштың жаңарақ нұсқасы қажет
unit-needs-newer-player-detail = Бұл — «{ $kind }» түріндегі сабақ, ал Alliance Player ойнатқышының осы нұсқасы оны әлі танымайды. Курстың қалған бөлігі жұмыс істейді; курс ұйымдастырушысына хабарласыңыз немесе ойнатқышты жаңартыңыз.
error-heading = Бірдеңе дұрыс болмады
error-catalog = Курстар каталогын жүктеу мүмкін болмады.
error-document = Бұл құжатты көрсету мүмкін емес.
error-course = Бұл курсты ашу мүмкін болмады.
error-course-not-found = Бұл каталогта «{ $course }» курсы жоқ.
error-unit-not-found = Бұл курста «{ $unit }» сабағы жоқ.
error-page-not-found = Мұндай бет жоқ.
error-retry = Қайталап көру
error-part-unavailable = Ойнатқыштың бұл бөлігін жүктеп алу мүмкін болмады. Интернет байланысыңызды тексеріп, қайталап көріңіз.
error-what-to-do = Мәселе қайталана берсе, жоғарыда көрсетілген мәтінді курс ұйымдастырушысына жіберіңіз.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Офлайн
offline-indicator-detail = Интернет байланысы жоқ. Жүктеп алынған курстар әдеттегідей ойнатылады; оқу барысыңыз осы құрылғыда сақталады және байланыс қалпына келгенде жіберіледі.
update-ready = Alliance Player ойнатқышының жаңа нұсқасы дайын.
update-reload = Жаңарту үшін қайта жүктеу
download-heading = Офлайн пайдалану
download-course = Офлайн пайдалану үшін жүктеп алу ({ $size })
download-resume = Жүктеп алуды жалғастыру ({ $size } қалды)
download-progress = { $done } / { $total } · сабақтар: { $units } / { $unitsTotal }
download-cancel = Бас тарту
download-done = Жүктеп алынды: бұл курс офлайн жұмыс істейді ({ $size }).
download-remove = Жүктеп алынғанды жою
download-stored-partly = Осы құрылғыда { $total } ішінен { $done } сақталған.
download-failed = Жүктеп алу тоқтап қалды: { $detail } Сақталып үлгерген бөлігі жойылмайды; жалғастыру үшін «Жүктеп алуды жалғастыру» түймесін басыңыз.
download-file-mismatch = { $file } файлы бүтін күйінде келмеді (күтілгені: { $expected }, алынғаны: { $got }).
download-file-failed = { $file } файлын жүктеп алу мүмкін болмады ({ $detail }).
download-no-cors = { $host } бұл ойнатқышқа өз файлдарын оқуға рұқсат бермейді (CORS тақырыптарын жібермейді), сондықтан оларды тексеріп, сақтау мүмкін емес. Оның әкімшісі курстың әр файлымен бірге Access-Control-Allow-Origin жіберуі керек.
download-quota = Бұл құрылғыда курс үшін бос орын қалмады. Біраз орын босатыңыз немесе жүктеп алынған басқа курсты жойыңыз, содан кейін жалғастырыңыз.
download-storage = Бұл браузер осы құрылғыда өзіне рұқсат етілген { $available } ішінен { $used } пайдаланып отыр.
download-persistent = Жүктеп алынған курстар өзіңіз жойғанша сақталады.
download-not-persistent = Құрылғыда орын жетпей қалса, браузер жүктеп алынған курстарды жоюы мүмкін.
download-needs-network = Интернет байланысы жоқ. Бұл курсты жүктеп алу үшін интернетке қосылыңыз.
data-saver = Трафикті үнемдеу
data-saver-help = Медиафайлдар ойнату түймесін басқанда ғана жүктеледі, алдымен мәтіндік нұсқасы көрсетіледі, ал медиафайлдардың жанында олардың көлемі көрсетіледі.
media-size = Жүктелетін көлемі: { $size }

## Notes and bookmarks
notes-heading = Менің ескертпелерім
notes-bookmark = Бұл сабақты бетбелгіге қосу
notes-bookmarked = Бетбелгіге қосылды
notes-bookmark-moment = Осы сәтті бетбелгіге қосу
notes-note-label = Осы сабақ туралы ескертпеңіз
notes-save = Ескертпені сақтау
notes-saved = Сақталды.
notes-delete = Жою
# A moment of a video or audio, e.g. "At 1:05".
notes-at = { $time } сәтінде
notes-empty = Бұл курста әзірге ескертпелер мен бетбелгілер жоқ. Сабақты немесе бейненің бір сәтін бетбелгіге қосып, оған ескертпе жазыңыз.
notes-where = Ескертпелеріңіз осы құрылғыда сақталады, ал оқу жазбалары қоймасы қосылған кезде оған да жіберіледі.
notes-too-long = Ескертпеде ең көбі { $max } таңба болуы мүмкін.
notes-too-many = Бұл курсқа бұдан артық ескертпе сыймайды: басқасын қосу үшін біреуін жойыңыз.

## Accessibility
unit-nav-label = Алдыңғы және келесі сабақ
captions-always = Бейнеде немесе аудиода субтитрлер болса, әрдайым көрсету (бар болса — сіздің тіліңізде, әйтпесе курс тілінде)
caption-style = Субтитр стилі
caption-size = Мәтін өлшемі
caption-colour = Мәтін түсі
caption-background = Фон
caption-colour-white = Ақ
caption-colour-yellow = Сары
caption-colour-cyan = Көгілдір
caption-colour-green = Жасыл
caption-colour-magenta = Күлгін
caption-colour-black = Қара
caption-background-black = Қара, жартылай мөлдір
caption-background-solid-black = Қара
caption-background-white = Ақ
caption-background-transparent = Жоқ
caption-background-blue = Көк
caption-preview = Субтитрлер осылай көрінеді.
caption-unreadable = Бұл мәтінді осы фонда оқу қиын: басқа түсті немесе фонды таңдаңыз.
launch-other = Бұл сілтеме оқу жазбаларыңызды { $endpoint } мекенжайына { $who } ретінде жібереді. Сіз қазір { $current } мекенжайына { $current_who } ретінде қосылғансыз.
launch-switch = Осы қосылымға ауысу
launch-keep = Қосылымымды сақтау

launch-other-learner = Бұл сілтеме { $who } үшін. Қазір ойнатқышты { $current_who } пайдаланып отыр. { $who } пайдаланушысына ауысу керек пе?
launch-switch-learner = Оқушыны ауыстыру

## Learners
learners-heading = Осы құрылғыдағы оқушылар
learners-locked = Ойнатқышты { $name } пайдаланып отыр
learner-unnamed = Мен
learner-now = Қазір ойнатқышты пайдаланып отыр
learner-switch = Осы оқушыға ауысу
learner-rename = Атын өзгерту
learner-name = Аты
learner-save = Сақтау
learner-cancel = Бас тарту
learner-remove = Жою
learner-remove-ask = { $name } осы құрылғыдан жойылсын ба? Оның осы құрылғыдағы үлгерімі, жіберуді күтіп тұрған жазбалары мен параметрлері жойылады. Жүктелген курстар қалады.
learner-removed = { $name } жойылды.
learner-pin = PIN-код (төрт сан, міндетті емес)
learner-pin-label = PIN-код
learner-pin-for = { $name } PIN-коды
learner-pin-new = Жаңа PIN-код (төрт сан)
learner-pin-set = PIN-код орнату
learner-pin-remove = PIN-кодты алып тастау
learner-pin-open = Жалғастыру
learner-pin-note = PIN-код осы құрылғыны бірге пайдаланатындарды бір-бірінің үлгеріміне кіргізбейді. Ол қауіпсіздік үшін емес, жекелік үшін.
learner-add-heading = Оқушы қосу
learner-add = Қосу
learner-added = { $name } қосылды.
learner-saved = Сақталды.
learner-error-empty = Атын енгізіңіз.
learner-error-long = Бұл ат тым ұзын.
learner-error-taken = Бұл құрылғыда { $name } деген адам бар.
learner-error-pin = PIN-код дәл төрт саннан тұрады.
learner-error-full = Бұл құрылғыға бұдан артық оқушы қосылмайды. Алдымен біреуін жойыңыз.
learner-error-unknown = Оқушылар тізімін өзгерту мүмкін болмады. Бетті қайта жүктеп, әрекетті қайталаңыз.
learner-error-wrong-pin = PIN-код дұрыс емес.
signout-ask = { $count ->
    [one] { $count } жазба әлі жіберілген жоқ.
   *[other] { $count } жазба әлі жіберілген жоқ.
}
signout-keep = { $count ->
    [one] Күтіп тұрған жазбаны келесі қосылуға дейін сақтау
   *[other] Күтіп тұрған { $count } жазбаны келесі қосылуға дейін сақтау
}
signout-discard = { $count ->
    [one] Оны тастау
   *[other] Оларды тастау
}
