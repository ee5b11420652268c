# Alliance Player interface strings — Azərbaycanca
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Azərbaycanca
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Məzmuna keç
# In the header where the browser offers to install the player as an app.
install-app = Tətbiqi quraşdır
install-app-hint = Alliance Player-i bu cihazda quraşdırın: o, tətbiqlərinizdən, öz pəncərəsində, hətta oflayn açılacaq.
nav-catalog = Kurslar
loading = Yüklənir…

## Languages
language-picker-label = İnterfeys dili
language-picker-search = Dil axtar
language-picker-none = Axtarışınıza uyğun dil yoxdur.
content-language-label = Kurs dili
content-language-auto = İnterfeys dili ilə eyni
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = Dil: { $language }

## Catalogue
catalog-heading = Kurs kataloqu
catalog-search-label = Kurs axtar
catalog-search-placeholder = Ad, mövzu və ya təminatçı
catalog-more = Daha çox kurs göstər
catalog-earlier = Əvvəlki kursları göstər
catalog-loading-more = Digər kurslara baxılır…
catalog-language-label = Dil
catalog-language-any = Bütün dillər
catalog-count = { $count ->
    [0] Uyğun kurs yoxdur.
    [one] Bir kurs
   *[other] { $count } kurs
}
catalog-empty = Axtarışınıza uyğun kurs yoxdur. Başqa söz yoxlayın və ya bütün dilləri seçin.
catalog-rejected = { $count ->
    [one] Bu kataloqdakı bir kurs siyahıya əlavə edilə bilmədi:
   *[other] Bu kataloqdakı { $count } kurs siyahıya əlavə edilə bilmədi:
}
# A site's catalogue and the learner's own can be several; one that fails is named here, the others still show.
# $source is a catalogue's title or its address; $id is a course's short name, as in its address /course/{ $id }.
catalog-source-notice = Bu siyahıda bəzi kurslar yoxdur:
catalog-source-unreachable = { $source } mənbəyinə qoşulmaq mümkün olmadı: sayt işləmir və ya bu pleyerə kurslarını oxumağa icazə vermir.
catalog-source-status = { $source } mənbəyi xəta ilə cavab verdi (HTTP { $status }).
catalog-source-too-large = { $source } mənbəyi { $limit } həddini aşır; bu pleyer bir kataloq üçün ən çoxu bu qədər oxuyur.
catalog-source-invalid = { $source } bu pleyerin oxuya biləcəyi kurs kataloqu deyil: { $detail }
catalog-source-left-out = { $source } mənbəyindəki “{ $course }” kursu siyahıya daxil edilmədi: /course/{ $id } ünvanı artıq başqa kursa məxsusdur.
course-provider = Təminatçı: { $provider }
course-languages = Dillər: { $languages }
course-size = Endirmə həcmi: { $size }
course-open = Kursu aç
course-continue = Davam et
course-progress = { $percent } tamamlanıb

## Course
course-outline = Kursun planı
outline-show-earlier = Əvvəlki bölmələri göstər ({ $count } gizlidir)
outline-show-later = Sonrakı bölmələri göstər ({ $count } gizlidir)
course-start = Kursa başla
course-units = { $count ->
    [one] Bir bölmə
   *[other] { $count } bölmə
}
unit-ordinal = Bölmə { $index } / { $total }
unit-state-not-started = Başlanmayıb
unit-state-in-progress = Davam edir
unit-state-completed = Tamamlanıb
unit-state-passed = Keçilib
unit-state-failed = Hələ keçilməyib
unit-kind-video = Video
unit-kind-audio = Audio
unit-kind-reading = Oxu materialı
unit-kind-quiz = Test
unit-kind-document = Sənəd
unit-kind-interactive = Fəaliyyət
unit-kind-unknown = Yeni bölmə növü
unit-previous = Əvvəlki
unit-next = Növbəti
unit-mark-done = Tamamlandı kimi qeyd et
unit-done = Tamamlandı
back-to-catalog = Bütün kurslar
# Search inside the course, above the outline. $time is a position in a video or audio, e.g. "1:05".
course-search-label = Bu kursda axtar
course-search-count = { $count ->
    [0] Nəticə yoxdur
    [one] Bir nəticə
   *[other] { $count } nəticə
}
course-search-more = { $count ->
    [one] Yalnız ilk nəticə göstərilir; axtarışı daraltmaq üçün söz əlavə edin.
   *[other] Yalnız ilk { $count } nəticə göstərilir; axtarışı daraltmaq üçün söz əlavə edin.
}
course-search-subtitles = Subtitrlərdə də axtarılır…
course-search-incomplete = Bəzi subtitrlərdə axtarış aparmaq mümkün olmadı.
course-search-in-title = Ad
course-search-in-reading = Oxu materialı
course-search-in-transcript = Transkript
course-search-in-subtitle = Subtitr, { $time }
course-search-in-quiz = Test sualı

## Media
media-speed = Sürət
media-subtitles = Subtitrlər
media-subtitles-off = Söndürülüb
media-subtitles-second = İkinci subtitr
media-fullscreen = Tam ekran
media-fullscreen-exit = Tam ekrandan çıx
media-shortcuts = Klaviatura qısayolları
media-shortcuts-hint = Video və ya audio pleyer seçili olanda:
# The name of the space bar key, as printed on keyboards.
media-key-space = Boşluq
media-key-play = Oxut və ya fasilə ver
media-key-seek = 5 saniyə geri və ya irəli
media-key-speed = Daha yavaş və ya daha sürətli
media-key-captions = Subtitrləri aç və ya bağla
media-key-fullscreen = Tam ekranı aç və ya bağla
media-transcript = Transkript
media-watched = { $percent } baxılıb
media-unsupported = Brauzeriniz bu medianı oxuda bilmir. Başqa brauzer yoxlayın və ya faylı endirin:

## Reading and document
reading-end = Oxu materialının sonu
document-download = PDF-i endir ({ $size })
document-download-nosize = PDF-i endir
document-fallback = Brauzeriniz PDF fayllarını burada göstərə bilmir. Oxumaq üçün faylı endirin.
document-not-pdf = { $file } PDF faylı deyil. Sənəd bölməsi yalnız “%PDF-” ilə başlayan PDF fayllarını göstərir.

## Quiz
quiz-passing = Keçmək üçün { $percent } toplamalısınız.
quiz-attempts-left = { $count ->
    [one] Bir cəhdiniz qalıb
   *[other] { $count } cəhdiniz qalıb
}
quiz-attempts-unlimited = Limitsiz cəhd
quiz-attempts-used = { $count ->
    [one] Yeganə cəhdinizdən istifadə etmisiniz.
   *[other] Bütün { $count } cəhdinizdən istifadə etmisiniz.
}
quiz-question = Sual { $index }
quiz-true = Doğru
quiz-false = Yanlış
quiz-answer-label = Cavabınız
quiz-submit = Cavabları göndər
quiz-retry = Yenidən cəhd et
quiz-score = Nəticəniz: { $score }
quiz-passed = Keçdiniz — əla!
quiz-failed = Hələ keçməmisiniz.
quiz-best = İndiyədək ən yaxşı nəticə: { $score }
quiz-correct = Düzdür
quiz-incorrect = Səhvdir
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Təkrar baxış: hər sualda düzgün cavab göstərilir.
quiz-right-answer = Düzgün cavab

## Interactive
interactive-title = İnteraktiv fəaliyyət: { $title }
interactive-hint = Bu bölməni bitirmək üçün fəaliyyəti tamamlayın.

## Storage
storage-quota = Bu brauzerin pleyer üçün ayırdığı yaddaş doludur, ona görə də son irəliləyişiniz yadda saxlanılmadı. Bir az yer boşaldın (brauzer ayarlarında endirilmiş kursları və ya digər saytların məlumatlarını silin), sonra davam edin: əvvəl yadda saxlanılanların heç biri itməyib.
storage-unavailable = Bu brauzer pleyerə irəliləyişinizi yadda saxlamağa icazə vermir, ona görə də o, yalnız səhifəni bağlayana qədər saxlanılır. Məxfi pəncərələr çox vaxt yaddaşa girişi bloklayır.
storage-write-failed = Son irəliləyişiniz hələ yadda saxlanılmadı. O, bu səhifədə saxlanılır və növbəti addımınızla birlikdə yadda saxlanılacaq.

## Transcript (the learner's record of progress)
nav-transcript = İrəliləyişim
transcript-heading = İrəliləyişim
transcript-empty = Hələ heç bir kursa başlamamısınız.
transcript-unit-score = Nəticə: { $score }
transcript-time-spent = Sərf olunan vaxt: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = xAPI ifadələri kimi endir (JSON)
transcript-export-csv = Cədvəl kimi endir (CSV)
transcript-reset = Bu kursdakı irəliləyişimi sıfırla
transcript-reset-confirm = “{ $course }” kursundakı bütün irəliləyişiniz sıfırlansın? Bu əməliyyatı geri qaytarmaq olmaz.

## Delivery to the learning record store (LRS), shown in the header and on the settings page
nav-settings = Ayarlar
sync-off = Bu cihazda saxlanılıb
sync-off-detail = Təlim qeydləri anbarına qoşulmamısınız: irəliləyişiniz bu brauzerdə qalır. Tamamladıqlarınızı təşkilatınıza göndərmək üçün ayarlarda anbar qoşun.
sync-done = Hamısı göndərilib
sync-pending = { $count ->
    [one] 1 qeyd göndərilməyi gözləyir
   *[other] { $count } qeyd göndərilməyi gözləyir
}
sync-last-delivery = Son göndərmə: { $date }
sync-error-offline = Oflayndasınız. Qeydləriniz saxlanılır və bağlantı bərpa olunanda göndəriləcək.
sync-error-unreachable = Təlim qeydləri anbarına qoşulmaq mümkün olmadı. Bir azdan yenidən cəhd ediləcək; heç nə itmir.
sync-error-server = Təlim qeydləri anbarında problem var (HTTP { $status }). Bir azdan yenidən cəhd ediləcək; heç nə itmir.
sync-error-unauthorized = Təlim qeydləri anbarı giriş məlumatlarınızı qəbul etmədi. Onları ayarlarda yenidən daxil edin; o vaxta qədər qeydləriniz saxlanılır.
sync-error-not-found = Bu ünvanda təlim qeydləri anbarı yoxdur. Ayarlarda ünvanı yoxlayın; o vaxta qədər qeydləriniz saxlanılır.
sync-error-version = Təlim qeydləri anbarı xAPI-nin başqa versiyasını işlədir ({ $detail }). Təşkilatınızdan xAPI 1.0.3 və ya 2.0.0 dəstəkləyən ünvan istəyin.
sync-error-storage = Göndərilməyi gözləyən qeydlər bu brauzerin yaddaşından oxuna bilmədi ({ $detail }).
sync-set-aside = { $count ->
    [one] 1 qeyd təlim qeydləri anbarı tərəfindən rədd edildi
   *[other] { $count } qeyd təlim qeydləri anbarı tərəfindən rədd edildi
}
sync-set-aside-detail = Bu qeydlər anbarın cavabı ilə birlikdə burada saxlanılır ki, siz və ya təşkilatınız nəyin düzəldilməli olduğunu görə biləsiniz.
settings-heading = Ayarlar
settings-lrs-heading = Təlim qeydləri anbarı
settings-lrs-intro = Bu məlumatları sizə təşkilatınız verir ki, tamamladıqlarınız və nəticələriniz onun qeydlərinə çatsın.
settings-lrs-endpoint = Ünvan (xAPI endpoint)
settings-lrs-key = Açar və ya istifadəçi adı
settings-lrs-secret = Gizli açar və ya parol
settings-lrs-token = Və ya giriş tokeni
settings-lrs-name = Adınız
settings-lrs-email = E-poçt ünvanınız
settings-lrs-connect = Qoşul
settings-lrs-disconnect = Ayrıl
settings-lrs-connected = { $endpoint } ünvanına { $who } kimi qoşulmusunuz.
settings-lrs-invalid-endpoint = Təlim qeydləri anbarının https:// və ya http:// ilə başlayan ünvanını daxil edin.
settings-lrs-invalid-email = Qeydlərinizin adınıza yazılması üçün e-poçt ünvanınızı daxil edin.
cmi5-unit-needs-worker = Bu fəaliyyət üçün pleyerin quraşdırılması başa çatmalıdır: açmaq üçün səhifəni yeniləyin.
cmi5-exit = Çıx
cmi5-exiting = Yadda saxlanılır və geri qayıdılır…
cmi5-browse = Baxış rejimi: burada etdiklərinizin heç biri qeydə alınmır.
cmi5-review = Təkrar baxış: burada etdiklərinizin heç biri qeydə alınmır.
cmi5-ended = Bu sessiya başa çatıb. Daha çox qeydə almaq üçün kursu təlim platformanızdan yenidən açın.
settings-lrs-launch-failed = Kurs işləməyən giriş məlumatları ilə açıldı ({ $detail }). Onu təşkilatınızın saytından yenidən açın.

## Course sources (settings): the catalogues whose courses the course list shows
sources-heading = Kurs mənbələri
sources-intro = Kurs siyahısı aşağıdakı kataloqları bir yerə toplayır. Başqa universitetin və ya kurs təminatçısının kataloqunu ünvanı ilə əlavə edə bilərsiniz; o, sizin üçün bu cihazda saxlanılır.
sources-site = Bu sayt tərəfindən seçilib
sources-remove = Sil
sources-add-label = Mənbə əlavə edin: onun kataloqunun ünvanı
sources-check = Yoxla
# The number of courses in the catalogue the learner is about to add.
sources-preview = { $count ->
    [one] Bir kurs
   *[other] { $count } kurs
}
sources-add-confirm = Bu mənbəni əlavə et
sources-added = Əlavə edildi: onun kursları artıq kurs siyahısındadır.
sources-removed = Silindi: onun kursları artıq kurs siyahısında deyil.
sources-invalid-url = https:// ilə başlayan ünvan daxil edin (və ya bu saytdakı yol, məsələn, /courses/catalog.json).
sources-duplicate = Bu kataloq artıq siyahıdadır.
sources-full = Mənbə siyahınız doludur. Yenisini əlavə etmək üçün birini silin.

## Unsupported and errors
unit-needs-newer-player = Bu bölmə üçün pleyerin daha yeni versiyası lazımdır
unit-needs-newer-player-detail = Bu, Alliance Player-in bu versiyasının hələ tanımadığı “{ $kind }” növlü bölmədir. Kursun qalan hissəsi işləyir; kurs təminatçınıza müraciət edin və ya pleyeri yeniləyin.
error-heading = Xəta baş verdi
error-catalog = Kurs kataloqu yüklənə bilmədi.
error-document = Bu sənədi göstərmək mümkün deyil.
error-course = Bu kursu açmaq mümkün olmadı.
error-course-not-found = Bu kataloqda “{ $course }” adlı kurs yoxdur.
error-unit-not-found = Bu kursda “{ $unit }” adlı bölmə yoxdur.
error-page-not-found = Bu səhifə mövcud deyil.
error-retry = Yenidən cəhd et
error-part-unavailable = Pleyerin bu hissəsi endirilə bilmədi. Bağlantınızı yoxlayın və yenidən cəhd edin.
error-what-to-do = Problem davam edərsə, yuxarıda göstərilənləri kurs təminatçısına bildirin.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Oflayn
offline-indicator-detail = Oflayndasınız. Endirilmiş kurslar həmişəki kimi işləyir; irəliləyişiniz bu cihazda saxlanılır və yenidən onlayn olduğunuzda göndərilir.
update-ready = Alliance Player-in yeni versiyası hazırdır.
update-reload = Yeniləmək üçün yenidən yüklə
download-heading = Oflayn istifadə
download-course = Oflayn istifadə üçün endir ({ $size })
download-resume = Endirməyə davam et ({ $size } qalıb)
download-progress = { $done } / { $total } · { $units } / { $unitsTotal } bölmə
download-cancel = Ləğv et
download-done = Endirildi: bu kurs oflayn işləyir ({ $size }).
download-remove = Endirilənləri sil
download-stored-partly = { $done } / { $total } artıq bu cihazdadır.
download-failed = Endirmə dayandı: { $detail } Artıq saxlanılanlar qalır; davam etmək üçün “Endirməyə davam et” düyməsini basın.
download-file-mismatch = { $file } tam çatmadı (gözlənilən: { $expected }, alınan: { $got }).
download-file-failed = { $file } endirilə bilmədi ({ $detail }).
download-no-cors = { $host } bu pleyerə fayllarını oxumağa icazə vermir (CORS başlıqları göndərmir), ona görə də onları yoxlamaq və saxlamaq mümkün deyil. Onun administratoru hər kurs faylı ilə Access-Control-Allow-Origin göndərməlidir.
download-quota = Bu cihazda kurs üçün yer qalmayıb. Bir az yer boşaldın və ya başqa endirməni silin, sonra davam edin.
download-storage = Bu brauzer bu cihazda istifadə edə biləcəyi { $available } həcmindən { $used } istifadə edir.
download-persistent = Endirilənlər siz silənə qədər qalır.
download-not-persistent = Cihazda yer azalarsa, brauzer endirilənləri silə bilər.
download-needs-network = Oflayndasınız. Bu kursu endirmək üçün internetə qoşulun.
data-saver = Trafikə qənaət
data-saver-help = Media yalnız oxutma düyməsini basanda yüklənir, əvvəlcə transkriptlər göstərilir və medianın yanında həcmi yazılır.
media-size = Yüklənəcək: { $size }

## Notes and bookmarks
notes-heading = Notlarım
notes-bookmark = Bu bölməni əlfəcinlərə əlavə et
notes-bookmarked = Əlfəcinlərdədir
notes-bookmark-moment = Bu anı əlfəcinlərə əlavə et
notes-note-label = Bu bölmə üzrə notunuz
notes-save = Notu yadda saxla
notes-saved = Yadda saxlanıldı.
notes-delete = Sil
# A moment of a video or audio, e.g. "At 1:05".
notes-at = Vaxt: { $time }
notes-empty = Bu kursda hələ not və ya əlfəcin yoxdur. Bölməni və ya videonun bir anını əlfəcinlərə əlavə edin və ona not yazın.
notes-where = Notlarınız bu cihazda qalır və təlim qeydləri anbarı qoşulanda ona da çatdırılır.
notes-too-long = Not ən çoxu { $max } simvoldan ibarət ola bilər.
notes-too-many = Bu kursda ola biləcək qədər not var: yenisini əlavə etmək üçün birini silin.

## Accessibility
unit-nav-label = Əvvəlki və növbəti bölmə
captions-always = Video və ya audionun subtitrləri olanda onları həmişə göstər (varsa, sizin dilinizdə, yoxdursa, kursun dilində)
caption-style = Subtitr üslubu
caption-size = Mətn ölçüsü
caption-colour = Mətn rəngi
caption-background = Fon
caption-colour-white = Ağ
caption-colour-yellow = Sarı
caption-colour-cyan = Firuzəyi
caption-colour-green = Yaşıl
caption-colour-magenta = Bənövşəyi
caption-colour-black = Qara
caption-background-black = Qara, yarımşəffaf
caption-background-solid-black = Qara
caption-background-white = Ağ
caption-background-transparent = Fonsuz
caption-background-blue = Göy
caption-preview = Subtitrlər belə görünəcək.
caption-unreadable = Bu mətni bu fonda oxumaq çətindir: başqa rəng və ya fon seçin.
launch-other = Bu keçid təlim qeydlərinizi { $who } kimi { $endpoint } ünvanına göndərəcək. Siz hazırda { $current } ünvanına { $current_who } kimi qoşulmusunuz.
launch-switch = Bu bağlantıya keç
launch-keep = Bağlantımı saxla
launch-other-learner = Bu keçid { $who } üçündür. Pleyerdən hazırda { $current_who } istifadə edir. { $who } adlı tələbəyə keçilsin?
launch-switch-learner = Tələbəni dəyiş

## Learners
learners-heading = Bu cihazdakı tələbələr
learners-locked = Pleyerdən { $name } istifadə edir
learner-unnamed = Mən
learner-now = Hazırda pleyerdən istifadə edir
learner-switch = Bu tələbəyə keç
learner-rename = Adını dəyiş
learner-name = Ad
learner-save = Yadda saxla
learner-cancel = Ləğv et
learner-remove = Sil
learner-remove-ask = { $name } bu cihazdan silinsin? Onun bu cihazdakı irəliləyişi, gözləyən qeydləri və ayarları silinəcək. Endirilmiş kurslar qalır.
learner-removed = { $name } silindi.
learner-pin = PIN (dörd rəqəm, istəyə bağlı)
learner-pin-label = PIN
learner-pin-for = { $name } üçün PIN
learner-pin-new = Yeni PIN (dörd rəqəm)
learner-pin-set = PIN təyin et
learner-pin-remove = PIN-i sil
learner-pin-open = Davam et
learner-pin-note = PIN bu cihazı paylaşanların bir-birinin irəliləyişinə baxmasının qarşısını alır. O, təhlükəsizlik üçün deyil, məxfilik üçündür.
learner-add-heading = Tələbə əlavə et
learner-add = Əlavə et
learner-added = { $name } əlavə edildi.
learner-saved = Yadda saxlanıldı.
learner-error-empty = Ad daxil edin.
learner-error-long = Bu ad çox uzundur.
learner-error-taken = Bu cihazda artıq { $name } adlı biri var.
learner-error-pin = PIN düz dörd rəqəmdən ibarət olmalıdır.
learner-error-full = Bu cihaza daha çox tələbə əlavə etmək olmaz. Əvvəlcə birini silin.
learner-error-unknown = Tələbə siyahısını dəyişmək mümkün olmadı. Səhifəni yeniləyin və yenidən cəhd edin.
learner-error-wrong-pin = PIN yanlışdır.
signout-ask = { $count ->
    [one] Bir qeyd hələ göndərilməyib.
   *[other] { $count } qeyd hələ göndərilməyib.
}
signout-keep = { $count ->
    [one] Gözləyən qeydi yenidən qoşulanda göndərmək üçün saxla
   *[other] Gözləyən { $count } qeydi yenidən qoşulanda göndərmək üçün saxla
}
signout-discard = { $count ->
    [one] Onu sil
   *[other] Onları sil
}
