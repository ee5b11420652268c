# Alliance Player interface strings — Монгол
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".
# "Course" is translated as "сургалт" and "unit" as "хичээл" throughout.

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Монгол
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Үндсэн агуулга руу шилжих
# In the header where the browser offers to install the player as an app.
install-app = Апп суулгах
install-app-hint = Alliance Player тоглуулагчийг энэ төхөөрөмжид суулгаарай: таны аппуудын дундаас өөрийн цонхонд нээгдэх бөгөөд офлайн ч ажиллана.
nav-catalog = Сургалтууд
loading = Ачаалж байна…

## Languages
language-picker-label = Интерфейсийн хэл
language-picker-search = Хэл хайх
language-picker-none = Таны хайлтад тохирох хэл олдсонгүй.
content-language-label = Сургалтын хэл
content-language-auto = Интерфейсийн хэлтэй ижил
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
# $language is the language's own name (e.g. "English"), so no case suffix is attached to it.
unit-in-language = Хэл: { $language }

## Catalogue
catalog-heading = Сургалтын каталог
catalog-search-label = Хичээл хайх
catalog-search-placeholder = Гарчиг, сэдэв эсвэл санал болгогч
catalog-more = Өөр хичээл харуулах
catalog-earlier = Өмнөх хичээлүүдийг харуулах
catalog-loading-more = Өөр хичээлүүдээс хайж байна…
catalog-language-label = Хэл
catalog-language-any = Бүх хэл
catalog-count = { $count ->
    [0] Тохирох сургалт алга.
    [one] Нэг сургалт
   *[other] { $count } сургалт
}
catalog-empty = Таны хайлтад тохирох сургалт олдсонгүй. Өөр үгээр хайх эсвэл бүх хэлийг сонгоно уу.
catalog-rejected = { $count ->
    [one] Энэ каталогийн нэг сургалтыг жагсаалтад оруулж чадсангүй:
   *[other] Энэ каталогийн { $count } сургалтыг жагсаалтад оруулж чадсангүй:
}
catalog-source-notice = Энэ жагсаалтад зарим сургалт алга байна:
catalog-source-unreachable = { $source }-д холбогдож чадсангүй: сайт ажиллахгүй байгаа, эсвэл энэ тоглуулагчид сургалтаа унших зөвшөөрөл өгөөгүй байж магадгүй.
catalog-source-status = { $source } алдаатай хариу өглөө (HTTP { $status }).
catalog-source-too-large = { $source } { $limit }-ээс том байна; энэ тоглуулагч нэг каталогийн хувьд үүнээс илүүг уншдаггүй.
catalog-source-invalid = { $source } нь энэ тоглуулагчийн уншиж чадах сургалтын каталог биш байна: { $detail }
catalog-source-left-out = { $source }-ийн «{ $course }» сургалтыг оруулаагүй: өөр сургалт түүний /course/{ $id } хаягийг аль хэдийн эзэлсэн байна.
course-provider = Зохион байгуулагч: { $provider }
course-languages = Хэл: { $languages }
course-size = Татаж авах хэмжээ: { $size }
course-open = Сургалтыг нээх
course-continue = Үргэлжлүүлэх
course-progress = Гүйцэтгэл: { $percent }

## Course
course-outline = Сургалтын агуулга
outline-show-earlier = Өмнөх хичээлүүдийг харуулах (нуусан: { $count })
outline-show-later = Дараагийн хичээлүүдийг харуулах (нуусан: { $count })
course-start = Сургалтыг эхлүүлэх
course-units = { $count ->
    [one] Нэг хичээл
   *[other] { $count } хичээл
}
unit-ordinal = Хичээл { $index } / { $total }
unit-state-not-started = Эхлээгүй
unit-state-in-progress = Үргэлжилж байна
unit-state-completed = Дууссан
unit-state-passed = Тэнцсэн
unit-state-failed = Одоогоор тэнцээгүй
unit-kind-video = Видео
unit-kind-audio = Аудио
unit-kind-reading = Унших материал
unit-kind-quiz = Сорил
unit-kind-document = Баримт бичиг
unit-kind-interactive = Даалгавар
unit-kind-unknown = Шинэ төрлийн хичээл
unit-previous = Өмнөх
unit-next = Дараах
unit-mark-done = Дууссан гэж тэмдэглэх
unit-done = Дууссан
back-to-catalog = Бүх сургалт
course-search-label = Энэ сургалтаас хайх
course-search-count = { $count ->
    [0] Илэрц алга
    [one] Нэг илэрц
   *[other] { $count } илэрц
}
course-search-more = { $count ->
    [one] Зөвхөн эхний илэрцийг харуулж байна; хайлтыг нарийсгахын тулд үг нэмнэ үү.
   *[other] Зөвхөн эхний { $count } илэрцийг харуулж байна; хайлтыг нарийсгахын тулд үг нэмнэ үү.
}
course-search-subtitles = Хадмалаас бас хайж байна…
course-search-incomplete = Зарим хадмалаас хайж чадсангүй.
course-search-in-title = Гарчиг
course-search-in-reading = Унших материал
course-search-in-transcript = Бичвэр
course-search-in-subtitle = Хадмал, { $time }
course-search-in-quiz = Сорилын асуулт

## Media
media-speed = Хурд
media-subtitles = Хадмал
media-subtitles-off = Унтраасан
media-subtitles-second = Хоёр дахь хадмал
media-fullscreen = Бүтэн дэлгэц
media-fullscreen-exit = Бүтэн дэлгэцээс гарах
media-shortcuts = Товчлуурын товчлол
media-shortcuts-hint = Видео эсвэл аудио тоглуулагч идэвхтэй байх үед:
# The name of the space bar key, as printed on keyboards.
media-key-space = Space
media-key-play = Тоглуулах эсвэл түр зогсоох
media-key-seek = 5 секунд ухраах эсвэл урагшлуулах
media-key-speed = Удаашруулах эсвэл хурдасгах
media-key-captions = Хадмал асаах эсвэл унтраах
media-key-fullscreen = Бүтэн дэлгэц асаах эсвэл унтраах
media-transcript = Бичвэр
media-watched = Үзсэн: { $percent }
media-unsupported = Таны хөтөч энэ файлыг тоглуулж чадахгүй байна. Өөр хөтөч ашиглаж үзэх эсвэл файлыг татаж авна уу:

## Reading and document
reading-end = Материалын төгсгөл
document-download = PDF татаж авах ({ $size })
document-download-nosize = PDF татаж авах
document-fallback = Таны хөтөч PDF файлыг энд харуулж чадахгүй байна. Уншихын тулд файлыг татаж авна уу.
document-not-pdf = { $file } нь PDF файл биш. Баримтын хэсэг зөвхөн «%PDF-»-ээр эхэлдэг PDF файлыг харуулна.

## Quiz
quiz-passing = Тэнцэхийн тулд { $percent } авах шаардлагатай.
quiz-attempts-left = { $count ->
    [one] Нэг оролдлого үлдсэн
   *[other] { $count } оролдлого үлдсэн
}
quiz-attempts-unlimited = Оролдлогын тоо хязгааргүй
quiz-attempts-used = { $count ->
    [one] Та цорын ганц оролдлогоо ашигласан.
   *[other] Та бүх { $count } оролдлогоо ашигласан.
}
quiz-question = Асуулт { $index }
quiz-true = Үнэн
quiz-false = Худал
quiz-answer-label = Таны хариулт
quiz-submit = Хариултаа илгээх
quiz-retry = Дахин оролдох
quiz-score = Таны оноо: { $score }
quiz-passed = Тэнцлээ — баяр хүргэе!
quiz-failed = Одоогоор тэнцээгүй байна.
quiz-best = Одоогийн хамгийн сайн оноо: { $score }
quiz-correct = Зөв
quiz-incorrect = Буруу
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Хариулт шалгах: асуулт бүрийн зөв хариулт харагдаж байна.
quiz-right-answer = Зөв хариулт

## Interactive
interactive-title = Интерактив даалгавар: { $title }
interactive-hint = Энэ хичээлийг дуусгахын тулд даалгаврыг гүйцэтгэнэ үү.

## Storage
storage-quota = Энэ хөтчийн тоглуулагчид зориулсан санах ой дүүрсэн тул таны сүүлийн ахицыг хадгалж чадсангүй. Хөтчийн тохиргооноос татаж авсан сургалтууд эсвэл бусад сайтын өгөгдлийг устгаж зай чөлөөлөөд үргэлжлүүлнэ үү: өмнө нь хадгалсан зүйл алга болоогүй.
storage-unavailable = Энэ хөтөч тоглуулагчид таны ахицыг хадгалахыг зөвшөөрдөггүй тул ахиц тань зөвхөн хуудсаа хаах хүртэл хадгалагдана. Нууцлалын горимын цонх ихэвчлэн өгөгдөл хадгалахыг хориглодог.
storage-write-failed = Таны сүүлийн ахицыг хараахан хадгалж чадаагүй байна. Энэ нь уг хуудсанд түр хадгалагдаж байгаа бөгөөд таны дараагийн алхмаар хадгалагдана.

## Transcript (the learner's record of progress)
nav-transcript = Миний ахиц
transcript-heading = Миний ахиц
transcript-empty = Та одоогоор ямар ч сургалт эхлээгүй байна.
transcript-unit-score = Оноо: { $score }
transcript-time-spent = Зарцуулсан хугацаа: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = xAPI мэдэгдэл хэлбэрээр татаж авах (JSON)
transcript-export-csv = Хүснэгт хэлбэрээр татаж авах (CSV)
transcript-reset = Энэ сургалт дахь ахицаа тэглэх
transcript-reset-confirm = «{ $course }» сургалт дахь бүх ахицаа тэглэх үү? Үүнийг буцаах боломжгүй.

## Сургалтын бүртгэлийн сан (LRS) руу илгээх: толгой хэсэг болон тохиргооны хуудсанд харагдана
nav-settings = Тохиргоо
sync-off = Энэ төхөөрөмжид хадгалсан
sync-off-detail = Сургалтын бүртгэлийн санд холбогдоогүй: таны ахиц энэ хөтөчид үлдэнэ. Дуусгасан хичээлүүдээ байгууллагадаа илгээхийн тулд тохиргооноос бүртгэлийн сан холбоно уу.
sync-done = Бүгдийг илгээсэн
sync-pending = { $count ->
    [one] { $count } бүртгэл илгээгдэхийг хүлээж байна
   *[other] { $count } бүртгэл илгээгдэхийг хүлээж байна
}
sync-last-delivery = Сүүлд илгээсэн: { $date }
sync-error-offline = Та интернэтэд холбогдоогүй байна. Таны бүртгэлүүд хадгалагдаж байгаа бөгөөд холболт сэргэмэгц илгээгдэнэ.
sync-error-unreachable = Сургалтын бүртгэлийн сантай холбогдож чадсангүй. Удахгүй дахин оролдоно; юу ч алга болоогүй.
sync-error-server = Сургалтын бүртгэлийн санд алдаа гарлаа (HTTP { $status }). Удахгүй дахин оролдоно; юу ч алга болоогүй.
sync-error-unauthorized = Сургалтын бүртгэлийн сан таны нэвтрэх мэдээллийг хүлээн авсангүй. Тохиргоонд дахин оруулна уу; тэр хүртэл таны бүртгэлүүд хадгалагдана.
sync-error-not-found = Энэ хаягт сургалтын бүртгэлийн сан байхгүй байна. Тохиргоон дахь хаягаа шалгана уу; тэр хүртэл таны бүртгэлүүд хадгалагдана.
sync-error-version = Сургалтын бүртгэлийн сан xAPI-ийн өөр хувилбар ашиглаж байна ({ $detail }). xAPI 1.0.3 эсвэл 2.0.0-ийг дэмждэг хаягийг байгууллагаасаа авна уу.
sync-error-storage = Илгээгдэхийг хүлээж буй бүртгэлүүдийг энэ хөтчийн санах ойгоос уншиж чадсангүй ({ $detail }).
sync-set-aside = { $count ->
    [one] Сургалтын бүртгэлийн сан { $count } бүртгэлийг хүлээн авсангүй
   *[other] Сургалтын бүртгэлийн сан { $count } бүртгэлийг хүлээн авсангүй
}
sync-set-aside-detail = Эдгээр бүртгэлийг сангийн хариуны хамт энд хадгалсан тул та эсвэл таны байгууллага юуг засах ёстойг харах боломжтой.
settings-heading = Тохиргоо
settings-lrs-heading = Сургалтын бүртгэлийн сан
settings-lrs-intro = Таны дуусгасан хичээл, оноо байгууллагын бүртгэлд очихын тулд эдгээр мэдээллийг танай байгууллага олгодог.
settings-lrs-endpoint = Хаяг (xAPI endpoint)
settings-lrs-key = Түлхүүр эсвэл хэрэглэгчийн нэр
settings-lrs-secret = Нууц түлхүүр эсвэл нууц үг
settings-lrs-token = Эсвэл хандалтын токен
settings-lrs-name = Таны нэр
settings-lrs-email = Таны имэйл хаяг
settings-lrs-connect = Холбох
settings-lrs-disconnect = Салгах
settings-lrs-connected = { $endpoint } хаягт { $who } нэрээр холбогдсон.
settings-lrs-invalid-endpoint = Сургалтын бүртгэлийн сангийн https:// эсвэл http://-ээр эхэлсэн хаягийг оруулна уу.
settings-lrs-invalid-email = Бүртгэлүүд тань таны нэр дээр хадгалагдахын тулд имэйл хаягаа оруулна уу.
cmi5-unit-needs-worker = Энэ үйл ажиллагаанд тоглуулагч суулгаж дуусах шаардлагатай: нээхийн тулд хуудсыг дахин ачаална уу.
cmi5-exit = Гарах
cmi5-exiting = Хадгалж, буцаж байна…
cmi5-browse = Үзэх горим: энд хийсэн зүйл тань бүртгэгдэхгүй.
cmi5-review = Давтах горим: энд хийсэн зүйл тань бүртгэгдэхгүй.
cmi5-ended = Энэ сесс дууссан. Цааш бүртгүүлэхийн тулд сургалтын платформоосоо хичээлийг дахин нээнэ үү.
settings-lrs-launch-failed = Сургалтыг ажиллахгүй нэвтрэлтээр нээсэн байна ({ $detail }). Байгууллагынхаа сайтаас дахин нээнэ үү.

sources-heading = Сургалтын эх сурвалж
sources-intro = Сургалтын жагсаалт доорх каталогуудыг нэгтгэдэг. Та өөр их сургууль эсвэл сургалт зохион байгуулагчийн каталогийг хаягаар нь нэмж болно; энэ нь танд зориулж энэ төхөөрөмж дээр хадгалагдана.
sources-site = Энэ сайтын сонгосон
sources-remove = Хасах
sources-add-label = Эх сурвалж нэмэх: түүний каталогийн хаяг
sources-check = Шалгах
sources-preview = { $count ->
    [one] Нэг сургалт
   *[other] { $count } сургалт
}
sources-add-confirm = Энэ эх сурвалжийг нэмэх
sources-added = Нэмэгдлээ: түүний сургалтууд одоо сургалтын жагсаалтад байна.
sources-removed = Хасагдлаа: түүний сургалтууд сургалтын жагсаалтад байхаа больсон.
sources-invalid-url = https://-ээр эхэлсэн хаяг оруулна уу (эсвэл энэ сайт дээрх зам, жишээ нь /courses/catalog.json).
sources-duplicate = Энэ каталог жагсаалтад аль хэдийн байна.
sources-full = Таны эх сурвалжийн жагсаалт дүүрсэн. Өөрийг нэмэхийн тулд нэгийг хасна уу.

## Unsupported and errors
unit-needs-newer-player = Энэ хичээлд тоглуулагчийн шинэ хувилбар шаардлагатай
unit-needs-newer-player-detail = Энэ бол «{ $kind }» төрлийн хичээл бөгөөд Alliance Player тоглуулагчийн энэ хувилбар үүнийг хараахан танихгүй байна. Сургалтын бусад хэсэг хэвийн ажиллана; сургалтын зохион байгуулагчид хандах эсвэл тоглуулагчаа шинэчилнэ үү.
error-heading = Алдаа гарлаа
error-catalog = Сургалтын каталогийг ачаалж чадсангүй.
error-document = Энэ баримтыг харуулах боломжгүй.
error-course = Энэ сургалтыг нээж чадсангүй.
error-course-not-found = Энэ каталогт «{ $course }» гэсэн сургалт байхгүй.
error-unit-not-found = Энэ сургалтад «{ $unit }» гэсэн хичээл байхгүй.
error-page-not-found = Ийм хуудас байхгүй байна.
error-retry = Дахин оролдох
error-part-unavailable = Тоглуулагчийн энэ хэсгийг татаж авч чадсангүй. Интернэт холболтоо шалгаад дахин оролдоно уу.
error-what-to-do = Асуудал давтагдвал дээр харуулсан мэдээллийг сургалтын зохион байгуулагчид илгээнэ үү.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Офлайн
offline-indicator-detail = Та интернэтэд холбогдоогүй байна. Татаж авсан сургалтууд ердийнхөөрөө тоглогдоно; таны ахиц энэ төхөөрөмжид хадгалагдаж, интернэтэд дахин холбогдмогц илгээгдэнэ.
update-ready = Alliance Player тоглуулагчийн шинэ хувилбар бэлэн боллоо.
update-reload = Шинэчлэхийн тулд дахин ачаалах
download-heading = Офлайн ашиглах
download-course = Офлайн ашиглахаар татаж авах ({ $size })
download-resume = Татаж авахыг үргэлжлүүлэх ({ $size } үлдсэн)
download-progress = { $done } / { $total } · хичээл { $units } / { $unitsTotal }
download-cancel = Цуцлах
download-done = Татаж авсан: энэ сургалт офлайн ажиллана ({ $size }).
download-remove = Татаж авсныг устгах
download-stored-partly = Энэ төхөөрөмжид аль хэдийн хадгалагдсан: { $done } / { $total }.
download-failed = Татаж авах явц зогслоо: { $detail } Аль хэдийн хадгалагдсан хэсэг хэвээр үлдэнэ; үргэлжлүүлэхийн тулд «Татаж авахыг үргэлжлүүлэх» дээр дарна уу.
download-file-mismatch = { $file } бүрэн бүтэн ирсэнгүй (хүлээгдэж байсан: { $expected }, хүлээн авсан: { $got }).
download-file-failed = { $file } файлыг татаж авч чадсангүй ({ $detail }).
download-no-cors = { $host } энэ тоглуулагчид өөрийн файлуудыг уншихыг зөвшөөрдөггүй (CORS толгой илгээдэггүй) тул тэдгээрийг шалгаж, хадгалах боломжгүй. Түүний администратор сургалтын файл бүртэй хамт Access-Control-Allow-Origin илгээх ёстой.
download-quota = Энэ төхөөрөмжид сургалтад зориулах зай үлдсэнгүй. Зай чөлөөлөх эсвэл татаж авсан өөр сургалтаа устгаад үргэлжлүүлнэ үү.
download-storage = Энэ хөтөч уг төхөөрөмжид ашиглаж болох { $available } хэмжээнээс { $used } хэмжээг ашиглаж байна.
download-persistent = Татаж авсан сургалтууд таныг устгах хүртэл хадгалагдана.
download-not-persistent = Төхөөрөмжийн зай багасвал хөтөч татаж авсан сургалтуудыг устгаж магадгүй.
download-needs-network = Та интернэтэд холбогдоогүй байна. Энэ сургалтыг татаж авахын тулд интернэтэд холбогдоно уу.
data-saver = Дата хэмнэх
data-saver-help = Медиа файл зөвхөн тоглуулах товч дарахад ачаалагдана, бичвэр нь эхэлж харагдах бөгөөд медиа бүрийн хажууд хэмжээ нь харагдана.
media-size = Ачаалах хэмжээ: { $size }

## Notes and bookmarks
notes-heading = Миний тэмдэглэл
notes-bookmark = Энэ хичээлийг хавчуургад нэмэх
notes-bookmarked = Хавчуургад нэмсэн
notes-bookmark-moment = Энэ мөчийг хавчуургад нэмэх
notes-note-label = Энэ хичээлийн талаарх таны тэмдэглэл
notes-save = Тэмдэглэл хадгалах
notes-saved = Хадгаллаа.
notes-delete = Устгах
# A moment of a video or audio, e.g. "At 1:05".
notes-at = { $time }-д
notes-empty = Энэ сургалтад одоогоор тэмдэглэл, хавчуурга алга. Хичээл эсвэл видеоны аль нэг мөчийг хавчуургад нэмээд, түүн дээр тэмдэглэл бичээрэй.
notes-where = Таны тэмдэглэл энэ төхөөрөмжид хадгалагдах бөгөөд сургалтын бүртгэлийн сан холбогдсон үед түүнд илгээгдэнэ.
notes-too-long = Тэмдэглэл хамгийн ихдээ { $max } тэмдэгттэй байж болно.
notes-too-many = Энэ сургалтад өөр тэмдэглэл нэмэх боломжгүй: шинийг нэмэхийн тулд нэгийг нь устгана уу.

## Accessibility
unit-nav-label = Өмнөх болон дараах хичээл
captions-always = Видео эсвэл аудиод хадмал байвал үргэлж харуулах (таны хэлээр байвал түүгээр, үгүй бол сургалтын хэлээр)
caption-style = Хадмалын загвар
caption-size = Текстийн хэмжээ
caption-colour = Текстийн өнгө
caption-background = Дэвсгэр
caption-colour-white = Цагаан
caption-colour-yellow = Шар
caption-colour-cyan = Цэнхэр
caption-colour-green = Ногоон
caption-colour-magenta = Нил ягаан
caption-colour-black = Хар
caption-background-black = Хар, хагас тунгалаг
caption-background-solid-black = Хар
caption-background-white = Цагаан
caption-background-transparent = Байхгүй
caption-background-blue = Хөх
caption-preview = Хадмал ийм харагдана.
caption-unreadable = Энэ дэвсгэр дээрх текстийг уншихад хэцүү байна: өөр өнгө эсвэл дэвсгэр сонгоно уу.
launch-other = Энэ холбоос таны сургалтын бүртгэлийг { $who } нэрээр { $endpoint } руу илгээнэ. Та одоо { $current }-д { $current_who } нэрээр холбогдсон байна.
launch-switch = Энэ холболт руу шилжих
launch-keep = Миний холболтыг хадгалах

launch-other-learner = Энэ холбоос { $who }-д зориулагдсан. Одоо тоглуулагчийг { $current_who } ашиглаж байна. { $who } руу шилжих үү?
launch-switch-learner = Суралцагч солих

## Learners
learners-heading = Энэ төхөөрөмж дээрх суралцагчид
learners-locked = Тоглуулагчийг { $name } ашиглаж байна
learner-unnamed = Би
learner-now = Одоо тоглуулагчийг ашиглаж байна
learner-switch = Энэ суралцагч руу шилжих
learner-rename = Нэр өөрчлөх
learner-name = Нэр
learner-save = Хадгалах
learner-cancel = Цуцлах
learner-remove = Хасах
learner-remove-ask = { $name }-г энэ төхөөрөмжөөс хасах уу? Энэ төхөөрөмж дээрх түүний ахиц, илгээгдэхийг хүлээж буй бүртгэл, тохиргоо устана. Татаж авсан сургалтууд үлдэнэ.
learner-removed = { $name }-г хаслаа.
learner-pin = ПИН (дөрвөн орон, заавал биш)
learner-pin-label = ПИН
learner-pin-for = { $name }-ийн ПИН
learner-pin-new = Шинэ ПИН (дөрвөн орон)
learner-pin-set = ПИН тохируулах
learner-pin-remove = ПИН хасах
learner-pin-open = Үргэлжлүүлэх
learner-pin-note = ПИН нь энэ төхөөрөмжийг хамт ашигладаг хүмүүсийг бие биеийнхээ ахицад орохоос сэргийлнэ. Энэ нь аюулгүй байдлын бус, хувийн нууцын төлөө.
learner-add-heading = Суралцагч нэмэх
learner-add = Нэмэх
learner-added = { $name }-г нэмлээ.
learner-saved = Хадгаллаа.
learner-error-empty = Нэр оруулна уу.
learner-error-long = Энэ нэр хэт урт байна.
learner-error-taken = Энэ төхөөрөмж дээр { $name } нэртэй хүн аль хэдийн байна.
learner-error-pin = ПИН яг дөрвөн оронтой байна.
learner-error-full = Энэ төхөөрөмжид өөр суралцагч нэмэх боломжгүй. Эхлээд нэгийг нь хасна уу.
learner-error-unknown = Суралцагчдын жагсаалтыг өөрчилж чадсангүй. Хуудсыг дахин ачаалаад дахин оролдоно уу.
learner-error-wrong-pin = ПИН буруу байна.
signout-ask = { $count ->
    [one] { $count } бүртгэл хараахан илгээгдээгүй байна.
   *[other] { $count } бүртгэл хараахан илгээгдээгүй байна.
}
signout-keep = { $count ->
    [one] Хүлээгдэж буй бүртгэлийг дараагийн холболт хүртэл хадгалах
   *[other] Хүлээгдэж буй { $count } бүртгэлийг дараагийн холболт хүртэл хадгалах
}
signout-discard = { $count ->
    [one] Үүнийг хаях
   *[other] Тэдгээрийг хаях
}
