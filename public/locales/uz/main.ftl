# Alliance Player interface strings — Oʻzbekcha
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".
# Latin script; oʻ and gʻ are written with U+02BB. "Unit" is translated as "dars" throughout.

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Oʻzbekcha
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Asosiy mazmunga oʻtish
# In the header where the browser offers to install the player as an app.
install-app = Ilovani oʻrnatish
install-app-hint = Alliance Player pleyerini shu qurilmaga oʻrnating: u ilovalaringiz orasidan alohida oynada ochiladi va oflayn ham ishlaydi.
nav-catalog = Kurslar
loading = Yuklanmoqda…

## Languages
language-picker-label = Interfeys tili
language-picker-search = Tilni qidirish
language-picker-none = Qidiruvingizga mos til topilmadi.
content-language-label = Kurs tili
content-language-auto = Interfeys tili bilan bir xil
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
# $language is the language's own name (e.g. "English"), so no suffix is attached to it.
unit-in-language = Tili: { $language }

## Catalogue
catalog-heading = Kurslar katalogi
catalog-search-label = Kurslarni qidirish
catalog-search-placeholder = Nomi, mavzusi yoki taqdim etuvchi
catalog-more = Yana kurslarni ko‘rsatish
catalog-earlier = Oldingi kurslarni ko‘rsatish
catalog-loading-more = Boshqa kurslar ichidan qidirilmoqda…
catalog-language-label = Til
catalog-language-any = Barcha tillar
catalog-count = { $count ->
    [0] Mos kurs topilmadi.
    [one] Bitta kurs
   *[other] { $count } ta kurs
}
catalog-empty = Qidiruvingizga mos kurs topilmadi. Boshqa soʻz bilan qidirib koʻring yoki barcha tillarni tanlang.
catalog-rejected = { $count ->
    [one] Ushbu katalogdagi bitta kursni roʻyxatga kiritib boʻlmadi:
   *[other] Ushbu katalogdagi { $count } ta kursni roʻyxatga kiritib boʻlmadi:
}
catalog-source-notice = Bu roʻyxatda ayrim kurslar yoʻq:
catalog-source-unreachable = { $source } manbasiga ulanib boʻlmadi: sayt ishlamayotgan boʻlishi yoki bu pleyerga kurslarini oʻqishga ruxsat bermasligi mumkin.
catalog-source-status = { $source } manbasi xato bilan javob berdi (HTTP { $status }).
catalog-source-too-large = { $source } manbasi { $limit } dan katta; bu pleyer bitta katalog uchun bundan ortigʻini oʻqimaydi.
catalog-source-invalid = { $source } manbasi bu pleyer oʻqiy oladigan kurslar katalogi emas: { $detail }
catalog-source-left-out = { $source } manbasidagi «{ $course }» kursi koʻrsatilmadi: uning /course/{ $id } manzili allaqachon boshqa kursga tegishli.
course-provider = Tashkilotchi: { $provider }
course-languages = Tillar: { $languages }
course-size = Yuklab olish hajmi: { $size }
course-open = Kursni ochish
course-continue = Davom etish
course-progress = Bajarildi: { $percent }

## Course
course-outline = Kurs mundarijasi
outline-show-earlier = Oldingi darslarni ko‘rsatish ({ $count } ta yashirin)
outline-show-later = Keyingi darslarni ko‘rsatish ({ $count } ta yashirin)
course-start = Kursni boshlash
course-units = { $count ->
    [one] Bitta dars
   *[other] { $count } ta dars
}
unit-ordinal = { $index }-dars, jami { $total } ta
unit-state-not-started = Boshlanmagan
unit-state-in-progress = Jarayonda
unit-state-completed = Yakunlangan
unit-state-passed = Muvaffaqiyatli
unit-state-failed = Hali oʻtilmagan
unit-kind-video = Video
unit-kind-audio = Audio
unit-kind-reading = Oʻqish materiali
unit-kind-quiz = Test
unit-kind-document = Hujjat
unit-kind-interactive = Topshiriq
unit-kind-unknown = Darsning yangi turi
unit-previous = Oldingi
unit-next = Keyingi
unit-mark-done = Bajarildi deb belgilash
unit-done = Bajarildi
back-to-catalog = Barcha kurslar
course-search-label = Shu kursdan qidirish
course-search-count = { $count ->
    [0] Natija topilmadi
    [one] Bitta natija
   *[other] { $count } ta natija
}
course-search-more = { $count ->
    [one] Faqat birinchi natija koʻrsatilgan; qidiruvni aniqlashtirish uchun soʻz qoʻshing.
   *[other] Faqat birinchi { $count } ta natija koʻrsatilgan; qidiruvni aniqlashtirish uchun soʻz qoʻshing.
}
course-search-subtitles = Subtitrlardan ham qidirilmoqda…
course-search-incomplete = Ayrim subtitrlardan qidirib boʻlmadi.
course-search-in-title = Sarlavha
course-search-in-reading = Oʻqish materiali
course-search-in-transcript = Matnli variant
course-search-in-subtitle = Subtitr, { $time }
course-search-in-quiz = Test savoli

## Media
media-speed = Tezlik
media-subtitles = Subtitrlar
media-subtitles-off = Oʻchiq
media-subtitles-second = Ikkinchi subtitrlar
media-fullscreen = Butun ekran
media-fullscreen-exit = Butun ekrandan chiqish
media-shortcuts = Tezkor tugmalar
media-shortcuts-hint = Video yoki audio pleyer faol boʻlganda:
# The name of the space bar key, as printed on keyboards.
media-key-space = Boʻshliq
media-key-play = Ijro etish yoki pauza
media-key-seek = 5 soniya orqaga yoki oldinga
media-key-speed = Sekinroq yoki tezroq
media-key-captions = Subtitrlarni yoqish yoki oʻchirish
media-key-fullscreen = Butun ekranni yoqish yoki oʻchirish
media-transcript = Matnli variant
media-watched = Koʻrildi: { $percent }
media-unsupported = Brauzeringiz bu faylni ijro eta olmaydi. Boshqa brauzerda urinib koʻring yoki faylni yuklab oling:

## Reading and document
reading-end = Material oxiri
document-download = PDF faylni yuklab olish ({ $size })
document-download-nosize = PDF faylni yuklab olish
document-fallback = Brauzeringiz PDF fayllarni bu yerda koʻrsata olmaydi. Oʻqish uchun faylni yuklab oling.
document-not-pdf = { $file } PDF fayl emas. Hujjat bo‘limi faqat “%PDF-” bilan boshlanadigan PDF fayllarni ko‘rsatadi.

## Quiz
quiz-passing = Testdan oʻtish uchun { $percent } toʻplashingiz kerak.
quiz-attempts-left = { $count ->
    [one] Bitta urinish qoldi
   *[other] { $count } ta urinish qoldi
}
quiz-attempts-unlimited = Urinishlar soni cheklanmagan
quiz-attempts-used = { $count ->
    [one] Siz yagona urinishingizdan foydalandingiz.
   *[other] Siz barcha { $count } ta urinishingizdan foydalandingiz.
}
quiz-question = { $index }-savol
quiz-true = Toʻgʻri
quiz-false = Notoʻgʻri
quiz-answer-label = Javobingiz
quiz-submit = Javoblarni yuborish
quiz-retry = Qayta topshirish
quiz-score = Natijangiz: { $score }
quiz-passed = Testdan oʻtdingiz — barakalla!
quiz-failed = Hali testdan oʻtmadingiz.
quiz-best = Eng yaxshi natija: { $score }
quiz-correct = Toʻgʻri javob
quiz-incorrect = Notoʻgʻri javob
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Tahlil: har bir savolning toʻgʻri javobi koʻrsatilgan.
quiz-right-answer = Toʻgʻri javob

## Interactive
interactive-title = Interaktiv topshiriq: { $title }
interactive-hint = Ushbu darsni yakunlash uchun topshiriqni bajaring.

## Storage
storage-quota = Ushbu brauzerda pleyer uchun ajratilgan xotira toʻlgan, shuning uchun soʻnggi oʻquv natijalaringizni saqlab boʻlmadi. Biroz joy boʻshating (brauzer sozlamalarida yuklab olingan kurslarni yoki boshqa saytlar maʼlumotlarini oʻchiring), soʻng davom eting: avval saqlangan hech narsa yoʻqolmadi.
storage-unavailable = Bu brauzer pleyerga oʻquv natijalaringizni saqlashga ruxsat bermaydi, shuning uchun ular faqat sahifani yopguningizcha saqlanib turadi. Maxfiy (inkognito) oynalar koʻpincha maʼlumot saqlashni bloklaydi.
storage-write-failed = Soʻnggi oʻquv natijalaringiz hali saqlanmadi. Ular shu sahifada turibdi va keyingi qadamingizda saqlanadi.

## Transcript (the learner's record of progress)
nav-transcript = Oʻquv natijalarim
transcript-heading = Oʻquv natijalarim
transcript-empty = Siz hali birorta kursni boshlamagansiz.
transcript-unit-score = Natija: { $score }
transcript-time-spent = Sarflangan vaqt: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = xAPI bayonotlari sifatida yuklab olish (JSON)
transcript-export-csv = Elektron jadval sifatida yuklab olish (CSV)
transcript-reset = Ushbu kursdagi natijalarimni nolga qaytarish
transcript-reset-confirm = «{ $course }» kursidagi barcha oʻquv natijalaringiz nolga qaytarilsinmi? Bu amalni bekor qilib boʻlmaydi.

## Oʻquv yozuvlari omboriga (LRS) yuborish; sarlavha qismida va sozlamalar sahifasida koʻrsatiladi
nav-settings = Sozlamalar
sync-off = Shu qurilmada saqlangan
sync-off-detail = Oʻquv yozuvlari omboriga ulanmagan: oʻquv natijalaringiz shu brauzerda qoladi. Tugatgan darslaringizni tashkilotingizga yuborish uchun sozlamalarda omborni ulang.
sync-done = Hammasi yuborildi
sync-pending = { $count ->
    [one] Bitta yozuv yuborilishini kutmoqda
   *[other] { $count } ta yozuv yuborilishini kutmoqda
}
sync-last-delivery = Oxirgi marta yuborilgan: { $date }
sync-error-offline = Siz oflaynsiz. Yozuvlaringiz saqlanadi va aloqa tiklanganda yuboriladi.
sync-error-unreachable = Oʻquv yozuvlari omboriga ulanib boʻlmadi. Birozdan soʻng qayta urinib koʻriladi; hech narsa yoʻqolmaydi.
sync-error-server = Oʻquv yozuvlari omborida muammo bor (HTTP { $status }). Birozdan soʻng qayta urinib koʻriladi; hech narsa yoʻqolmaydi.
sync-error-unauthorized = Oʻquv yozuvlari ombori kirish maʼlumotlaringizni rad etdi. Ularni sozlamalarda qayta kiriting; shu vaqtgacha yozuvlaringiz saqlanadi.
sync-error-not-found = Bu manzilda oʻquv yozuvlari ombori yoʻq. Sozlamalardagi manzilni tekshiring; shu vaqtgacha yozuvlaringiz saqlanadi.
sync-error-version = Oʻquv yozuvlari ombori boshqa xAPI versiyasida ishlaydi ({ $detail }). Tashkilotingizdan xAPI 1.0.3 yoki 2.0.0 versiyasida ishlaydigan manzilni soʻrang.
sync-error-storage = Yuborilishini kutayotgan yozuvlarni ushbu brauzer xotirasidan oʻqib boʻlmadi ({ $detail }).
sync-set-aside = { $count ->
    [one] Bitta yozuv oʻquv yozuvlari ombori tomonidan rad etildi
   *[other] { $count } ta yozuv oʻquv yozuvlari ombori tomonidan rad etildi
}
sync-set-aside-detail = Bu yozuvlar ombor javobi bilan birga shu yerda saqlanadi, shunda siz yoki tashkilotingiz nimani tuzatish kerakligini koʻra oladi.
settings-heading = Sozlamalar
settings-lrs-heading = Oʻquv yozuvlari ombori
settings-lrs-intro = Tugatgan darslaringiz va natijalaringiz tashkilotingiz yozuvlariga yetib borishi uchun bu maʼlumotlarni sizga tashkilotingiz beradi.
settings-lrs-endpoint = Manzil (xAPI endpoint)
settings-lrs-key = Kalit yoki foydalanuvchi nomi
settings-lrs-secret = Maxfiy kalit yoki parol
settings-lrs-token = Yoki kirish tokeni
settings-lrs-name = Ismingiz
settings-lrs-email = Elektron pochta manzilingiz
settings-lrs-connect = Ulash
settings-lrs-disconnect = Uzish
settings-lrs-connected = { $endpoint } manziliga { $who } sifatida ulangansiz.
settings-lrs-invalid-endpoint = Oʻquv yozuvlari ombori manzilini kiriting: u https:// yoki http:// bilan boshlanishi kerak.
settings-lrs-invalid-email = Yozuvlaringiz ismingiz bilan saqlanishi uchun elektron pochta manzilingizni kiriting.
cmi5-unit-needs-worker = Bu mashg‘ulot uchun pleyer o‘rnatilishi tugashi kerak: ochish uchun sahifani qayta yuklang.
cmi5-exit = Chiqish
cmi5-exiting = Saqlanmoqda va qaytilmoqda…
cmi5-browse = Ko‘rib chiqish: bu yerda qilganlaringizning hech biri yozib olinmaydi.
cmi5-review = Takrorlash: bu yerda qilganlaringizning hech biri yozib olinmaydi.
cmi5-ended = Bu seans tugadi. Ko‘proq yozib olish uchun kursni o‘quv platformangizdan qayta oching.
settings-lrs-launch-failed = Kurs ishlamagan kirish maʼlumotlari bilan ochildi ({ $detail }). Uni tashkilotingiz saytidan qayta oching.

sources-heading = Kurs manbalari
sources-intro = Kurslar roʻyxati quyidagi kataloglarni birlashtiradi. Boshqa universitet yoki kurs tashkilotchisining katalogini manzili orqali qoʻshishingiz mumkin; u siz uchun shu qurilmada saqlanadi.
sources-site = Bu sayt tanlagan
sources-remove = Oʻchirish
sources-add-label = Manba qoʻshish: uning katalogi manzili
sources-check = Tekshirish
sources-preview = { $count ->
    [one] Bitta kurs
   *[other] { $count } ta kurs
}
sources-add-confirm = Bu manbani qoʻshish
sources-added = Qoʻshildi: uning kurslari endi kurslar roʻyxatida.
sources-removed = Oʻchirildi: uning kurslari endi kurslar roʻyxatida yoʻq.
sources-invalid-url = https:// bilan boshlanadigan manzilni kiriting (yoki shu saytdagi yoʻlni, masalan /courses/catalog.json).
sources-duplicate = Bu katalog roʻyxatda allaqachon bor.
sources-full = Manbalar roʻyxatingiz toʻldi. Boshqasini qoʻshish uchun bittasini oʻchiring.

## Unsupported and errors
unit-needs-newer-player = Bu dars uchun pleyerning yangiroq versiyasi kerak
unit-needs-newer-player-detail = Bu «{ $kind }» turidagi dars boʻlib, Alliance Player pleyerining ushbu versiyasi uni hali tanimaydi. Kursning qolgan qismi ishlaydi; kurs tashkilotchisiga murojaat qiling yoki pleyerni yangilang.
error-heading = Xatolik yuz berdi
error-catalog = Kurslar katalogini yuklab boʻlmadi.
error-document = Bu hujjatni ko‘rsatib bo‘lmaydi.
error-course = Bu kursni ochib boʻlmadi.
error-course-not-found = Bu katalogda «{ $course }» kursi yoʻq.
error-unit-not-found = Bu kursda «{ $unit }» darsi yoʻq.
error-page-not-found = Bunday sahifa mavjud emas.
error-retry = Qayta urinish
error-part-unavailable = Pleyerning bu qismini yuklab boʻlmadi. Internet aloqangizni tekshiring, soʻng qayta urinib koʻring.
error-what-to-do = Muammo takrorlansa, yuqorida koʻrsatilgan matnni kurs tashkilotchisiga yuboring.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Oflayn
offline-indicator-detail = Siz oflaynsiz. Yuklab olingan kurslar odatdagidek ishlaydi; oʻquv natijalaringiz shu qurilmada saqlanadi va internetga qayta ulanganingizda yuboriladi.
update-ready = Alliance Player pleyerining yangi versiyasi tayyor.
update-reload = Yangilash uchun qayta yuklash
download-heading = Oflayn foydalanish
download-course = Oflayn foydalanish uchun yuklab olish ({ $size })
download-resume = Yuklab olishni davom ettirish ({ $size } qoldi)
download-progress = { $done } / { $total } · darslar: { $units } / { $unitsTotal }
download-cancel = Bekor qilish
download-done = Yuklab olindi: bu kurs oflayn ishlaydi ({ $size }).
download-remove = Yuklab olinganni oʻchirish
download-stored-partly = Shu qurilmada allaqachon bor: { $done } / { $total }.
download-failed = Yuklab olish toʻxtadi: { $detail } Allaqachon saqlangan qism oʻchirilmaydi; davom etish uchun «Yuklab olishni davom ettirish» tugmasini bosing.
download-file-mismatch = { $file } fayli butun holda yetib kelmadi (kutilgan: { $expected }, olingan: { $got }).
download-file-failed = { $file } faylini yuklab boʻlmadi ({ $detail }).
download-no-cors = { $host } bu pleyerga oʻz fayllarini oʻqishga ruxsat bermaydi (CORS sarlavhalarini yubormaydi), shuning uchun ularni tekshirib, saqlab boʻlmaydi. Uning administratori kursning har bir fayli bilan Access-Control-Allow-Origin yuborishi kerak.
download-quota = Bu qurilmada kurs uchun joy qolmadi. Biroz joy boʻshating yoki yuklab olingan boshqa kursni oʻchiring, soʻng yuklab olishni davom ettiring.
download-storage = Bu brauzer shu qurilmada foydalanishi mumkin boʻlgan { $available } joydan { $used } joyni egallagan.
download-persistent = Yuklab olinganlar siz oʻchirmaguningizcha saqlanadi.
download-not-persistent = Qurilmada joy yetishmay qolsa, brauzer yuklab olinganlarni oʻchirib yuborishi mumkin.
download-needs-network = Siz oflaynsiz. Bu kursni yuklab olish uchun internetga ulaning.
data-saver = Trafikni tejash
data-saver-help = Media fayllar faqat ijro tugmasini bosganingizda yuklanadi, avval matnli variantlar chiqadi, media yonida esa uning hajmi koʻrsatiladi.
media-size = Yuklanadigan hajm: { $size }

## Notes and bookmarks
notes-heading = Qaydlarim
notes-bookmark = Bu darsni xatchoʻpga qoʻshish
notes-bookmarked = Xatchoʻpga qoʻshildi
notes-bookmark-moment = Shu lahzani xatchoʻpga qoʻshish
notes-note-label = Bu dars haqidagi qaydingiz
notes-save = Qaydni saqlash
notes-saved = Saqlandi.
notes-delete = Oʻchirish
# A moment of a video or audio, e.g. "At 1:05".
notes-at = { $time } da
notes-empty = Bu kursda hali qaydlar yoki xatchoʻplar yoʻq. Darsni yoki videoning biror lahzasini xatchoʻpga qoʻshing va unga qayd yozing.
notes-where = Qaydlaringiz shu qurilmada qoladi va oʻquv yozuvlari ombori ulanganda unga ham yuboriladi.
notes-too-long = Qayd koʻpi bilan { $max } ta belgidan iborat boʻlishi mumkin.
notes-too-many = Bu kursga boshqa qayd sigʻmaydi: yangisini qoʻshish uchun bittasini oʻchiring.

## Accessibility
unit-nav-label = Oldingi va keyingi dars
captions-always = Video yoki audioda subtitrlar boʻlsa, ularni doim koʻrsatish (oʻz tilingizda boʻlsa, shu tilda, aks holda kurs tilida)
caption-style = Subtitr uslubi
caption-size = Matn oʻlchami
caption-colour = Matn rangi
caption-background = Fon
caption-colour-white = Oq
caption-colour-yellow = Sariq
caption-colour-cyan = Havorang
caption-colour-green = Yashil
caption-colour-magenta = Binafsha
caption-colour-black = Qora
caption-background-black = Qora, yarim shaffof
caption-background-solid-black = Qora
caption-background-white = Oq
caption-background-transparent = Yoʻq
caption-background-blue = Koʻk
caption-preview = Subtitrlar shunday koʻrinadi.
caption-unreadable = Bu matnni shu fonda oʻqish qiyin: boshqa rang yoki fon tanlang.
launch-other = Bu havola o‘quv yozuvlaringizni { $who } nomidan { $endpoint } manziliga yuboradi. Siz hozir { $current } manziliga { $current_who } sifatida ulangansiz.
launch-switch = Bu ulanishga o‘tish
launch-keep = Ulanishimni saqlash

launch-other-learner = Bu havola { $who } uchun. Hozir pleyerdan { $current_who } foydalanmoqda. { $who } ga o‘tilsinmi?
launch-switch-learner = O‘quvchini almashtirish

## Learners
learners-heading = Shu qurilmadagi o‘quvchilar
learners-locked = Pleyerdan { $name } foydalanmoqda
learner-unnamed = Men
learner-now = Hozir pleyerdan foydalanmoqda
learner-switch = Shu o‘quvchiga o‘tish
learner-rename = Nomini o‘zgartirish
learner-name = Ism
learner-save = Saqlash
learner-cancel = Bekor qilish
learner-remove = O‘chirish
learner-remove-ask = { $name } shu qurilmadan o‘chirilsinmi? Uning shu qurilmadagi o‘zlashtirishi, yuborilishini kutayotgan yozuvlari va sozlamalari o‘chiriladi. Yuklab olingan kurslar qoladi.
learner-removed = { $name } o‘chirildi.
learner-pin = PIN (to‘rt raqam, ixtiyoriy)
learner-pin-label = PIN
learner-pin-for = { $name } PIN kodi
learner-pin-new = Yangi PIN (to‘rt raqam)
learner-pin-set = PIN o‘rnatish
learner-pin-remove = PIN ni olib tashlash
learner-pin-open = Davom etish
learner-pin-note = PIN shu qurilmadan birga foydalanadiganlarning bir-birining o‘zlashtirishiga kirishiga yo‘l qo‘ymaydi. U xavfsizlik uchun emas, shaxsiy daxlsizlik uchun.
learner-add-heading = O‘quvchi qo‘shish
learner-add = Qo‘shish
learner-added = { $name } qo‘shildi.
learner-saved = Saqlandi.
learner-error-empty = Ism kiriting.
learner-error-long = Bu ism juda uzun.
learner-error-taken = Bu qurilmada { $name } ismli kishi allaqachon bor.
learner-error-pin = PIN aynan to‘rt raqamdan iborat.
learner-error-full = Bu qurilmaga boshqa o‘quvchi qo‘shib bo‘lmaydi. Avval birini o‘chiring.
learner-error-unknown = O‘quvchilar ro‘yxatini o‘zgartirib bo‘lmadi. Sahifani qayta yuklang va yana urinib ko‘ring.
learner-error-wrong-pin = Bu PIN noto‘g‘ri.
signout-ask = { $count ->
    [one] Bitta yozuv hali yuborilmagan.
   *[other] { $count } ta yozuv hali yuborilmagan.
}
signout-keep = { $count ->
    [one] Kutayotgan yozuvni keyingi ulanishgacha saqlash
   *[other] Kutayotgan { $count } ta yozuvni keyingi ulanishgacha saqlash
}
signout-discard = { $count ->
    [one] Uni tashlab yuborish
   *[other] Ularni tashlab yuborish
}
