# Alliance Player interface strings — Türkçe
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Türkçe
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = İçeriğe geç
# In the header where the browser offers to install the player as an app.
install-app = Uygulamayı yükle
install-app-hint = Alliance Player'ı bu cihaza yükleyin: Uygulamalarınızın arasından, kendi penceresinde, çevrimdışıyken de açılır.
nav-catalog = Kurslar
loading = Yükleniyor…

## Languages
language-picker-label = Arayüz dili
language-picker-search = Dil ara
language-picker-none = Aramanızla eşleşen bir dil yok.
content-language-label = Kurs dili
content-language-auto = Arayüz diliyle aynı
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = Dil: { $language }

## Catalogue
catalog-heading = Kurs kataloğu
catalog-search-label = Kurs ara
catalog-search-placeholder = Başlık, konu veya sağlayıcı
catalog-more = Daha fazla kurs göster
catalog-earlier = Önceki kursları göster
catalog-loading-more = Diğer kurslar taranıyor…
catalog-language-label = Dil
catalog-language-any = Tüm diller
catalog-count = { $count ->
    [0] Eşleşen kurs yok.
    [one] Bir kurs
   *[other] { $count } kurs
}
catalog-empty = Aramanızla eşleşen kurs yok. Başka bir sözcük deneyin veya tüm dilleri seçin.
catalog-rejected = { $count ->
    [one] Bu katalogdaki bir kurs listelenemedi:
   *[other] Bu katalogdaki { $count } kurs listelenemedi:
}
catalog-source-notice = Bu listede bazı kurslar eksik:
catalog-source-unreachable = { $source } kaynağına ulaşılamadı: site çalışmıyor olabilir ya da bu oynatıcının kurslarını okumasına izin vermiyor.
catalog-source-status = { $source } kaynağı bir hatayla yanıt verdi (HTTP { $status }).
catalog-source-too-large = { $source } kaynağı { $limit } sınırını aşıyor; bu oynatıcı bir katalog için en fazla bu kadarını okur.
catalog-source-invalid = { $source } kaynağı bu oynatıcının okuyabileceği bir kurs kataloğu değil: { $detail }
catalog-source-left-out = { $source } kaynağındaki “{ $course }” kursu listeye alınmadı: /course/{ $id } adresi zaten başka bir kursa ait.
course-provider = Sağlayıcı: { $provider }
course-languages = Diller: { $languages }
course-size = İndirme boyutu: { $size }
course-open = Kursu aç
course-continue = Devam et
course-progress = { $percent } tamamlandı

## Course
course-outline = Kurs planı
outline-show-earlier = Önceki üniteleri göster ({ $count } gizli)
outline-show-later = Sonraki üniteleri göster ({ $count } gizli)
course-start = Kursa başla
course-units = { $count ->
    [one] Bir ünite
   *[other] { $count } ünite
}
unit-ordinal = Ünite { $index } / { $total }
unit-state-not-started = Başlanmadı
unit-state-in-progress = Devam ediyor
unit-state-completed = Tamamlandı
unit-state-passed = Geçildi
unit-state-failed = Henüz geçilmedi
unit-kind-video = Video
unit-kind-audio = Ses
unit-kind-reading = Okuma
unit-kind-quiz = Test
unit-kind-document = Belge
unit-kind-interactive = Etkinlik
unit-kind-unknown = Yeni bir ünite türü
unit-previous = Önceki
unit-next = Sonraki
unit-mark-done = Tamamlandı olarak işaretle
unit-done = Tamamlandı
back-to-catalog = Tüm kurslar
course-search-label = Bu kursta ara
course-search-count = { $count ->
    [0] Sonuç yok
    [one] Bir sonuç
   *[other] { $count } sonuç
}
course-search-more = { $count ->
    [one] Yalnızca ilk sonuç gösteriliyor; aramayı daraltmak için sözcük ekleyin.
   *[other] Yalnızca ilk { $count } sonuç gösteriliyor; aramayı daraltmak için sözcük ekleyin.
}
course-search-subtitles = Altyazılarda da aranıyor…
course-search-incomplete = Bazı altyazılarda arama yapılamadı.
course-search-in-title = Başlık
course-search-in-reading = Okuma
course-search-in-transcript = Metin dökümü
course-search-in-subtitle = Altyazı, { $time }
course-search-in-quiz = Test sorusu

## Media
media-speed = Hız
media-subtitles = Altyazılar
media-subtitles-off = Kapalı
media-subtitles-second = İkinci altyazı
media-fullscreen = Tam ekran
media-fullscreen-exit = Tam ekrandan çık
media-shortcuts = Klavye kısayolları
media-shortcuts-hint = Video veya ses oynatıcı odaktayken:
# The name of the space bar key, as printed on keyboards.
media-key-space = Boşluk
media-key-play = Oynat veya duraklat
media-key-seek = 5 saniye geri veya ileri
media-key-speed = Daha yavaş veya daha hızlı
media-key-captions = Altyazıları aç veya kapat
media-key-fullscreen = Tam ekranı aç veya kapat
media-transcript = Metin dökümü
media-watched = { $percent } izlendi
media-unsupported = Tarayıcınız bu medyayı oynatamıyor. Başka bir tarayıcı deneyin veya dosyayı indirin:

## Reading and document
reading-end = Okuma metninin sonu
document-download = PDF dosyasını indir ({ $size })
document-download-nosize = PDF dosyasını indir
document-fallback = Tarayıcınız PDF dosyalarını burada gösteremiyor. Okumak için dosyayı indirin.
document-not-pdf = { $file } bir PDF dosyası değil. Belge birimi yalnızca “%PDF-” ile başlayan PDF dosyalarını gösterir.

## Quiz
quiz-passing = Geçmek için { $percent } almanız gerekiyor.
quiz-attempts-left = { $count ->
    [one] Bir deneme hakkınız kaldı
   *[other] { $count } deneme hakkınız kaldı
}
quiz-attempts-unlimited = Sınırsız deneme hakkı
quiz-attempts-used = { $count ->
    [one] Tek deneme hakkınızı kullandınız.
   *[other] { $count } deneme hakkınızın tümünü kullandınız.
}
quiz-question = Soru { $index }
quiz-true = Doğru
quiz-false = Yanlış
quiz-answer-label = Yanıtınız
quiz-submit = Yanıtları gönder
quiz-retry = Tekrar dene
quiz-score = Puanınız: { $score }
quiz-passed = Geçtiniz — tebrikler!
quiz-failed = Henüz geçemediniz.
quiz-best = Şimdiye kadarki en iyi puanınız: { $score }
quiz-correct = Doğru yanıt
quiz-incorrect = Yanlış yanıt
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = İnceleme: Her sorunun doğru yanıtı gösteriliyor.
quiz-right-answer = Doğru yanıt

## Interactive
interactive-title = Etkileşimli etkinlik: { $title }
interactive-hint = Bu üniteyi bitirmek için etkinliği tamamlayın.

## Storage
storage-quota = Bu tarayıcının oynatıcıya ayırdığı depolama alanı dolu; bu nedenle son ilerlemeniz kaydedilemedi. Biraz yer açın (tarayıcı ayarlarından indirilen kursları veya diğer sitelerin verilerini kaldırın), ardından devam edin: Daha önce kaydedilenlerin hiçbiri kaybolmadı.
storage-unavailable = Bu tarayıcı, oynatıcının ilerlemenizi depolamasına izin vermiyor; bu nedenle ilerlemeniz yalnızca sayfayı kapatana kadar saklanır. Gizli pencereler depolamayı genellikle engeller.
storage-write-failed = Son ilerlemeniz henüz kaydedilemedi. İlerlemeniz bu sayfada tutuluyor ve bir sonraki adımınızda kaydedilecek.

## Transcript (the learner's record of progress)
nav-transcript = İlerlemem
transcript-heading = İlerlemem
transcript-empty = Henüz hiçbir kursa başlamadınız.
transcript-unit-score = Puan: { $score }
transcript-time-spent = Harcanan süre: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = xAPI ifadeleri olarak indir (JSON)
transcript-export-csv = Elektronik tablo olarak indir (CSV)
transcript-reset = Bu kurstaki ilerlememi sıfırla
transcript-reset-confirm = “{ $course }” kursundaki tüm ilerlemeniz sıfırlansın mı? Bu işlem geri alınamaz.

## Öğrenme kayıt deposuna (LRS) gönderim; üst bilgide ve ayarlar sayfasında gösterilir
nav-settings = Ayarlar
sync-off = Bu cihaza kaydedildi
sync-off-detail = Bir öğrenme kayıt deposuna bağlı değilsiniz: İlerlemeniz bu tarayıcıda kalır. Tamamladıklarınızı kurumunuza göndermek için ayarlardan bir depo bağlayın.
sync-done = Tümü gönderildi
sync-pending = { $count ->
    [one] Bir kayıt gönderilmeyi bekliyor
   *[other] { $count } kayıt gönderilmeyi bekliyor
}
sync-last-delivery = Son gönderim: { $date }
sync-error-offline = Çevrimdışısınız. Kayıtlarınız saklanıyor ve bağlantı geri geldiğinde gönderilecek.
sync-error-unreachable = Öğrenme kayıt deposuna ulaşılamadı. Birazdan yeniden denenecek; hiçbir şey kaybolmaz.
sync-error-server = Öğrenme kayıt deposunda bir sorun var (HTTP { $status }). Birazdan yeniden denenecek; hiçbir şey kaybolmaz.
sync-error-unauthorized = Öğrenme kayıt deposu kimlik bilgilerinizi reddetti. Bunları ayarlardan yeniden girin; o zamana kadar kayıtlarınız saklanır.
sync-error-not-found = Bu adreste bir öğrenme kayıt deposu yok. Ayarlardaki adresi kontrol edin; o zamana kadar kayıtlarınız saklanır.
sync-error-version = Öğrenme kayıt deposu farklı bir xAPI sürümü kullanıyor ({ $detail }). Kurumunuzdan xAPI 1.0.3 veya 2.0.0 destekleyen bir adres isteyin.
sync-error-storage = Gönderilmeyi bekleyen kayıtlar bu tarayıcının depolama alanından okunamadı ({ $detail }).
sync-set-aside = { $count ->
    [one] Bir kayıt öğrenme kayıt deposu tarafından reddedildi
   *[other] { $count } kayıt öğrenme kayıt deposu tarafından reddedildi
}
sync-set-aside-detail = Bu kayıtlar, deponun yanıtıyla birlikte burada saklanır; böylece siz veya kurumunuz neyin düzeltilmesi gerektiğini görebilirsiniz.
settings-heading = Ayarlar
settings-lrs-heading = Öğrenme kayıt deposu
settings-lrs-intro = Tamamladıklarınızın ve puanlarınızın kurumunuzun kayıtlarına ulaşması için bu bilgiler size kurumunuz tarafından verilir.
settings-lrs-endpoint = Adres (xAPI uç noktası)
settings-lrs-key = Anahtar veya kullanıcı adı
settings-lrs-secret = Gizli anahtar veya parola
settings-lrs-token = Ya da erişim belirteci
settings-lrs-name = Adınız
settings-lrs-email = E-posta adresiniz
settings-lrs-connect = Bağlan
settings-lrs-disconnect = Bağlantıyı kes
settings-lrs-connected = { $endpoint } adresine { $who } olarak bağlandınız.
settings-lrs-invalid-endpoint = Öğrenme kayıt deposunun https:// veya http:// ile başlayan adresini girin.
settings-lrs-invalid-email = Kayıtlarınızın adınıza işlenmesi için e-posta adresinizi girin.
cmi5-unit-needs-worker = Bu etkinlik için oynatıcının kurulumu bitmelidir: açmak için sayfayı yeniden yükleyin.
cmi5-exit = Çık
cmi5-exiting = Kaydediliyor ve dönülüyor…
cmi5-browse = Göz atma: Burada yaptıklarınızın hiçbiri kaydedilmez.
cmi5-review = Gözden geçirme: Burada yaptıklarınızın hiçbiri kaydedilmez.
cmi5-ended = Bu oturum sona erdi. Daha fazla kayıt için kursu öğrenme platformunuzdan yeniden açın.
settings-lrs-launch-failed = Kurs, çalışmayan bir oturum açma bilgisiyle açıldı ({ $detail }). Kursu kurumunuzun sitesinden yeniden açın.

sources-heading = Kurs kaynakları
sources-intro = Kurs listesi aşağıdaki katalogları bir araya getirir. Başka bir üniversitenin veya kurs sağlayıcının kataloğunu adresiyle ekleyebilirsiniz; bu katalog sizin için bu cihazda saklanır.
sources-site = Bu site tarafından seçildi
sources-remove = Kaldır
sources-add-label = Kaynak ekleyin: kataloğunun adresi
sources-check = Denetle
sources-preview = { $count ->
    [one] Bir kurs
   *[other] { $count } kurs
}
sources-add-confirm = Bu kaynağı ekle
sources-added = Eklendi: kaynağın kursları artık kurs listesinde.
sources-removed = Kaldırıldı: kaynağın kursları artık kurs listesinde değil.
sources-invalid-url = https:// ile başlayan bir adres girin (ya da bu sitedeki bir yol, örneğin /courses/catalog.json).
sources-duplicate = Bu katalog zaten listede.
sources-full = Kaynak listeniz dolu. Başka bir kaynak eklemek için birini kaldırın.

## Unsupported and errors
unit-needs-newer-player = Bu ünite, oynatıcının daha yeni bir sürümünü gerektiriyor
unit-needs-newer-player-detail = Bu, Alliance Player'ın bu sürümünün henüz tanımadığı “{ $kind }” türünde bir ünite. Kursun geri kalanı çalışıyor; kurs sağlayıcınıza danışın veya oynatıcıyı güncelleyin.
error-heading = Bir sorun oluştu
error-catalog = Kurs kataloğu yüklenemedi.
error-document = Bu belge gösterilemiyor.
error-course = Bu kurs açılamadı.
error-course-not-found = Bu katalogda “{ $course }” adlı bir kurs yok.
error-unit-not-found = Bu kursta “{ $unit }” adlı bir ünite yok.
error-page-not-found = Bu sayfa mevcut değil.
error-retry = Tekrar dene
error-part-unavailable = Oynatıcının bu bölümü indirilemedi. Bağlantınızı kontrol edip tekrar deneyin.
error-what-to-do = Sorun devam ederse yukarıda gösterilenleri kurs sağlayıcısına bildirin.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Çevrimdışı
offline-indicator-detail = Çevrimdışısınız. İndirilen kurslar her zamanki gibi oynatılır; ilerlemeniz bu cihaza kaydedilir ve yeniden çevrimiçi olduğunuzda gönderilir.
update-ready = Alliance Player'ın yeni bir sürümü hazır.
update-reload = Güncellemek için yeniden yükle
download-heading = Çevrimdışı kullanım
download-course = Çevrimdışı kullanım için indir ({ $size })
download-resume = İndirmeye devam et ({ $size } kaldı)
download-progress = { $done } / { $total } · { $units } / { $unitsTotal } ünite
download-cancel = İptal
download-done = İndirildi: Bu kurs çevrimdışı çalışır ({ $size }).
download-remove = İndirmeyi kaldır
download-stored-partly = { $done } / { $total } zaten bu cihazda.
download-failed = İndirme durdu: { $detail } Zaten depolananlar korunur; devam etmek için “İndirmeye devam et” düğmesine basın.
download-file-mismatch = { $file } eksiksiz ulaşmadı (beklenen: { $expected }, alınan: { $got }).
download-file-failed = { $file } indirilemedi ({ $detail }).
download-no-cors = { $host } bu oynatıcının dosyalarını okumasına izin vermiyor (CORS üst bilgisi göndermiyor), bu yüzden dosyalar denetlenip saklanamıyor. Yöneticisi her kurs dosyasıyla birlikte Access-Control-Allow-Origin göndermelidir.
download-quota = Bu cihazda kurs için yer kalmadı. Biraz yer açın veya başka bir indirmeyi kaldırın, ardından indirmeye devam edin.
download-storage = Bu tarayıcı, bu cihazda kullanabileceği { $available } alanın { $used } kadarını kullanıyor.
download-persistent = İndirilenler, siz kaldırana kadar cihazda kalır.
download-not-persistent = Cihazda yer azalırsa tarayıcı indirilenleri kaldırabilir.
download-needs-network = Çevrimdışısınız. Bu kursu indirmek için internete bağlanın.
data-saver = Veri tasarrufu
data-saver-help = Medya yalnızca oynat düğmesine bastığınızda yüklenir, önce metin dökümleri gösterilir ve medyanın yanında boyutu belirtilir.
media-size = Yüklenecek: { $size }

## Notes and bookmarks
notes-heading = Notlarım
notes-bookmark = Bu üniteye yer işareti koy
notes-bookmarked = Yer işareti konuldu
notes-bookmark-moment = Bu ana yer işareti koy
notes-note-label = Bu üniteyle ilgili notunuz
notes-save = Notu kaydet
notes-saved = Kaydedildi.
notes-delete = Sil
# A moment of a video or audio, e.g. "At 1:05".
notes-at = Zaman: { $time }
notes-empty = Bu kursta henüz not veya yer işareti yok. Bir üniteye veya bir videonun bir anına yer işareti koyun ve onunla ilgili bir not yazın.
notes-where = Notlarınız bu cihazda kalır ve bir öğrenme kayıt deposu bağlı olduğunda ona da ulaşır.
notes-too-long = Bir not en fazla { $max } karakter olabilir.
notes-too-many = Bu kurs alabileceği en fazla nota ulaştı: Yeni bir not eklemek için birini silin.

## Accessibility
unit-nav-label = Önceki ve sonraki ünite
captions-always = Video veya seste altyazı bulunduğunda her zaman göster (varsa kendi dilinizde, yoksa kurs dilinde)
caption-style = Altyazı stili
caption-size = Metin boyutu
caption-colour = Metin rengi
caption-background = Arka plan
caption-colour-white = Beyaz
caption-colour-yellow = Sarı
caption-colour-cyan = Camgöbeği
caption-colour-green = Yeşil
caption-colour-magenta = Eflatun
caption-colour-black = Siyah
caption-background-black = Siyah, yarı saydam
caption-background-solid-black = Siyah
caption-background-white = Beyaz
caption-background-transparent = Yok
caption-background-blue = Mavi
caption-preview = Altyazılar böyle görünecek.
caption-unreadable = Bu metin bu arka planda zor okunuyor: Başka bir renk veya arka plan seçin.
launch-other = Bu bağlantı öğrenme kayıtlarınızı { $who } olarak { $endpoint } adresine gönderecek. Şu anda { $current } adresine { $current_who } olarak bağlısınız.
launch-switch = Bu bağlantıya geç
launch-keep = Bağlantımı koru

launch-other-learner = Bu bağlantı { $who } için. Oynatıcıyı şu anda { $current_who } kullanıyor. { $who } kullanıcısına geçilsin mi?
launch-switch-learner = Öğrenciyi değiştir

## Learners
learners-heading = Bu cihazdaki öğrenciler
learners-locked = Oynatıcıyı { $name } kullanıyor
learner-unnamed = Ben
learner-now = Oynatıcıyı şu anda kullanıyor
learner-switch = Bu öğrenciye geç
learner-rename = Yeniden adlandır
learner-name = Ad
learner-save = Kaydet
learner-cancel = İptal
learner-remove = Kaldır
learner-remove-ask = { $name } bu cihazdan kaldırılsın mı? Bu kişinin bu cihazdaki ilerlemesi, bekleyen kayıtları ve ayarları silinir. İndirilen kurslar kalır.
learner-removed = { $name } kaldırıldı.
learner-pin = PIN (dört rakam, isteğe bağlı)
learner-pin-label = PIN
learner-pin-for = { $name } için PIN
learner-pin-new = Yeni PIN (dört rakam)
learner-pin-set = PIN belirle
learner-pin-remove = PIN’i kaldır
learner-pin-open = Devam
learner-pin-note = PIN, bu cihazı paylaşanların birbirinin ilerlemesine girmesini önler. Güvenlik için değil, gizlilik içindir.
learner-add-heading = Öğrenci ekle
learner-add = Ekle
learner-added = { $name } eklendi.
learner-saved = Kaydedildi.
learner-error-empty = Bir ad girin.
learner-error-long = Bu ad çok uzun.
learner-error-taken = Bu cihazda zaten { $name } adında biri var.
learner-error-pin = PIN tam olarak dört rakamdan oluşur.
learner-error-full = Bu cihaza daha fazla öğrenci eklenemez. Önce birini kaldırın.
learner-error-unknown = Öğrenci listesi değiştirilemedi. Sayfayı yeniden yükleyip tekrar deneyin.
learner-error-wrong-pin = Bu PIN doğru değil.
signout-ask = { $count ->
    [one] Bir kayıt henüz gönderilmedi.
   *[other] { $count } kayıt henüz gönderilmedi.
}
signout-keep = { $count ->
    [one] Bekleyen kaydı yeniden bağlandığımda göndermek üzere sakla
   *[other] Bekleyen { $count } kaydı yeniden bağlandığımda göndermek üzere sakla
}
signout-discard = { $count ->
    [one] Sil
   *[other] Sil
}
