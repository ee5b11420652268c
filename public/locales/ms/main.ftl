# Alliance Player interface strings — Bahasa Melayu
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Bahasa Melayu
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Langkau ke kandungan
# In the header where the browser offers to install the player as an app.
install-app = Pasang apl
install-app-hint = Pasang Alliance Player pada peranti ini: ia dibuka daripada apl anda, dalam tetingkapnya sendiri, juga di luar talian.
nav-catalog = Kursus
loading = Memuatkan…

## Languages
language-picker-label = Bahasa antara muka
language-picker-search = Cari bahasa
language-picker-none = Tiada bahasa yang sepadan dengan carian anda.
content-language-label = Bahasa kursus
content-language-auto = Sama seperti bahasa antara muka
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = Bahasa: { $language }

## Catalogue
catalog-heading = Katalog kursus
catalog-search-label = Cari kursus
catalog-search-placeholder = Tajuk, topik atau penyedia
catalog-more = Tunjukkan lebih banyak kursus
catalog-earlier = Tunjukkan kursus sebelumnya
catalog-loading-more = Mencari dalam lebih banyak kursus…
catalog-language-label = Bahasa
catalog-language-any = Semua bahasa
catalog-count = { $count ->
    [0] Tiada kursus yang sepadan.
   *[other] { $count } kursus
}
catalog-empty = Tiada kursus yang sepadan dengan carian anda. Cuba perkataan lain atau pilih semua bahasa.
catalog-rejected = { $count ->
   *[other] { $count } kursus dalam katalog ini tidak dapat disenaraikan:
}
catalog-source-notice = Sesetengah kursus tiada dalam senarai ini:
catalog-source-unreachable = { $source } tidak dapat dihubungi: laman itu mungkin tidak berfungsi, atau ia tidak membenarkan pemain ini membaca kursusnya.
catalog-source-status = { $source } menjawab dengan ralat (HTTP { $status }).
catalog-source-too-large = { $source } lebih besar daripada { $limit }, had paling besar yang dibaca oleh pemain ini untuk sesebuah katalog.
catalog-source-invalid = { $source } bukan katalog kursus yang boleh dibaca oleh pemain ini: { $detail }
catalog-source-left-out = “{ $course }” daripada { $source } tidak disertakan: kursus lain sudah menggunakan alamatnya, /course/{ $id }.
course-provider = Penyedia: { $provider }
course-languages = Bahasa: { $languages }
course-size = Saiz muat turun: { $size }
course-open = Buka kursus
course-continue = Teruskan
course-progress = { $percent } selesai

## Course
course-outline = Rangka kursus
outline-show-earlier = Tunjukkan unit sebelumnya ({ $count } tersembunyi)
outline-show-later = Tunjukkan unit seterusnya ({ $count } tersembunyi)
course-start = Mulakan kursus
course-units = { $count ->
   *[other] { $count } unit
}
unit-ordinal = Unit { $index } daripada { $total }
unit-state-not-started = Belum dimulakan
unit-state-in-progress = Sedang berjalan
unit-state-completed = Selesai
unit-state-passed = Lulus
unit-state-failed = Belum lulus
unit-kind-video = Video
unit-kind-audio = Audio
unit-kind-reading = Bacaan
unit-kind-quiz = Kuiz
unit-kind-document = Dokumen
unit-kind-interactive = Aktiviti
unit-kind-unknown = Jenis unit baharu
unit-previous = Sebelumnya
unit-next = Seterusnya
unit-mark-done = Tandakan sebagai selesai
unit-done = Selesai
back-to-catalog = Semua kursus
course-search-label = Cari dalam kursus ini
course-search-count = { $count ->
    [0] Tiada hasil
   *[other] { $count } hasil
}
course-search-more = { $count ->
   *[other] Hanya { $count } hasil pertama dipaparkan; tambah perkataan untuk mengecilkan carian.
}
course-search-subtitles = Turut mencari dalam sari kata…
course-search-incomplete = Sesetengah sari kata tidak dapat dicari.
course-search-in-title = Tajuk
course-search-in-reading = Bacaan
course-search-in-transcript = Transkrip
course-search-in-subtitle = Sari kata pada { $time }
course-search-in-quiz = Soalan kuiz

## Media
media-speed = Kelajuan
media-subtitles = Sari kata
media-subtitles-off = Mati
media-subtitles-second = Sari kata kedua
media-fullscreen = Skrin penuh
media-fullscreen-exit = Keluar dari skrin penuh
media-shortcuts = Pintasan papan kekunci
media-shortcuts-hint = Semasa pemain video atau audio dalam fokus:
# The name of the space bar key, as printed on keyboards.
media-key-space = Ruang
media-key-play = Main atau jeda
media-key-seek = Undur atau maju 5 saat
media-key-speed = Lebih perlahan atau lebih laju
media-key-captions = Hidupkan atau matikan sari kata
media-key-fullscreen = Hidupkan atau matikan skrin penuh
media-transcript = Transkrip
media-watched = { $percent } ditonton
media-unsupported = Pelayar anda tidak dapat memainkan media ini. Cuba pelayar lain, atau muat turun failnya:

## Reading and document
reading-end = Tamat bacaan
document-download = Muat turun PDF ({ $size })
document-download-nosize = Muat turun PDF
document-fallback = Pelayar anda tidak dapat memaparkan PDF di sini. Muat turun fail untuk membacanya.
document-not-pdf = { $file } bukan fail PDF. Unit dokumen hanya memaparkan fail PDF, yang bermula dengan “%PDF-”.

## Quiz
quiz-passing = Anda perlu mendapat { $percent } untuk lulus.
quiz-attempts-left = { $count ->
   *[other] Baki { $count } percubaan
}
quiz-attempts-unlimited = Percubaan tanpa had
quiz-attempts-used = { $count ->
    [1] Anda telah menggunakan satu-satunya percubaan anda.
   *[other] Anda telah menggunakan kesemua { $count } percubaan.
}
quiz-question = Soalan { $index }
quiz-true = Betul
quiz-false = Salah
quiz-answer-label = Jawapan anda
quiz-submit = Hantar jawapan
quiz-retry = Cuba lagi
quiz-score = Markah anda: { $score }
quiz-passed = Lulus — syabas!
quiz-failed = Belum lulus.
quiz-best = Markah terbaik setakat ini: { $score }
quiz-correct = Jawapan betul
quiz-incorrect = Jawapan salah
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Semakan: setiap soalan menunjukkan jawapan yang betul.
quiz-right-answer = Jawapan yang betul

## Interactive
interactive-title = Aktiviti interaktif: { $title }
interactive-hint = Lengkapkan aktiviti ini untuk menamatkan unit ini.

## Storage
storage-quota = Storan pelayar ini untuk pemain sudah penuh, jadi kemajuan terkini anda tidak dapat disimpan. Kosongkan sedikit ruang (buang kursus yang dimuat turun atau data laman web lain dalam tetapan pelayar), kemudian teruskan: tiada apa-apa yang disimpan sebelum ini telah hilang.
storage-unavailable = Pelayar ini tidak membenarkan pemain menyimpan kemajuan anda, jadi kemajuan anda hanya dikekalkan sehingga anda menutup halaman ini. Tetingkap peribadi sering menyekat storan.
storage-write-failed = Kemajuan terkini anda belum dapat disimpan. Kemajuan itu dikekalkan dalam halaman ini dan akan disimpan pada langkah anda yang seterusnya.

## Transcript (the learner's record of progress)
nav-transcript = Kemajuan saya
transcript-heading = Kemajuan saya
transcript-empty = Anda belum memulakan sebarang kursus.
transcript-unit-score = Markah: { $score }
transcript-time-spent = Masa yang digunakan: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Muat turun sebagai pernyataan xAPI (JSON)
transcript-export-csv = Muat turun sebagai hamparan (CSV)
transcript-reset = Tetapkan semula kemajuan saya dalam kursus ini
transcript-reset-confirm = Tetapkan semula semua kemajuan anda dalam “{ $course }”? Tindakan ini tidak boleh dibuat asal.

## Penghantaran ke stor rekod pembelajaran (LRS), dipaparkan dalam pengepala dan pada halaman tetapan
nav-settings = Tetapan
sync-off = Disimpan pada peranti ini
sync-off-detail = Tidak disambungkan ke stor rekod pembelajaran: kemajuan anda kekal dalam pelayar ini. Sambungkan satu dalam tetapan untuk menghantar rekod penyelesaian anda kepada institusi anda.
sync-done = Semua telah dihantar
sync-pending = { $count ->
   *[other] { $count } rekod menunggu penghantaran
}
sync-last-delivery = Kali terakhir dihantar: { $date }
sync-error-offline = Anda di luar talian. Rekod anda disimpan dan akan dihantar apabila sambungan pulih.
sync-error-unreachable = Stor rekod pembelajaran tidak dapat dihubungi. Akan dicuba semula sebentar lagi; tiada apa-apa yang hilang.
sync-error-server = Stor rekod pembelajaran menghadapi masalah (HTTP { $status }). Akan dicuba semula sebentar lagi; tiada apa-apa yang hilang.
sync-error-unauthorized = Stor rekod pembelajaran menolak bukti kelayakan anda. Masukkannya semula dalam tetapan; rekod anda disimpan sehingga itu.
sync-error-not-found = Tiada stor rekod pembelajaran di alamat ini. Semak alamat dalam tetapan; rekod anda disimpan sehingga itu.
sync-error-version = Stor rekod pembelajaran menggunakan versi xAPI yang lain ({ $detail }). Minta institusi anda memberikan alamat yang menyokong xAPI 1.0.3 atau 2.0.0.
sync-error-storage = Rekod yang menunggu penghantaran tidak dapat dibaca daripada storan pelayar ini ({ $detail }).
sync-set-aside = { $count ->
   *[other] { $count } rekod ditolak oleh stor rekod pembelajaran
}
sync-set-aside-detail = Rekod ini disimpan di sini bersama jawapan stor, supaya anda atau institusi anda dapat melihat apa yang perlu dibetulkan.
settings-heading = Tetapan
settings-lrs-heading = Stor rekod pembelajaran
settings-lrs-intro = Institusi anda memberikan butiran ini supaya penyelesaian dan markah anda sampai ke rekodnya.
settings-lrs-endpoint = Alamat (titik akhir xAPI)
settings-lrs-key = Kunci atau nama pengguna
settings-lrs-secret = Rahsia atau kata laluan
settings-lrs-token = Atau token akses
settings-lrs-name = Nama anda
settings-lrs-email = Alamat e-mel anda
settings-lrs-connect = Sambung
settings-lrs-disconnect = Putuskan sambungan
settings-lrs-connected = Disambungkan ke { $endpoint } sebagai { $who }.
settings-lrs-invalid-endpoint = Masukkan alamat stor rekod pembelajaran, bermula dengan https:// atau http://.
settings-lrs-invalid-email = Masukkan alamat e-mel anda supaya rekod anda difailkan di bawah nama anda.
cmi5-unit-needs-worker = Aktiviti ini memerlukan pemain selesai dipasang: muat semula halaman untuk membukanya.
cmi5-exit = Keluar
cmi5-exiting = Menyimpan dan kembali…
cmi5-browse = Melayari: apa sahaja yang anda lakukan di sini tidak direkodkan.
cmi5-review = Menyemak: apa sahaja yang anda lakukan di sini tidak direkodkan.
cmi5-ended = Sesi ini telah tamat. Buka semula kursus daripada platform pembelajaran anda untuk merekodkan lagi.
settings-lrs-launch-failed = Kursus ini dibuka dengan log masuk yang tidak berjaya ({ $detail }). Buka semula kursus ini daripada laman web institusi anda.

sources-heading = Sumber kursus
sources-intro = Senarai kursus menghimpunkan katalog di bawah. Anda boleh menambah katalog universiti atau penyedia kursus lain melalui alamatnya; ia disimpan untuk anda, pada peranti ini.
sources-site = Dipilih oleh laman ini
sources-remove = Alih keluar
sources-add-label = Tambah sumber: alamat katalognya
sources-check = Semak
sources-preview = { $count ->
   *[other] { $count } kursus
}
sources-add-confirm = Tambah sumber ini
sources-added = Ditambah: kursusnya kini ada dalam senarai kursus.
sources-removed = Dialih keluar: kursusnya tiada lagi dalam senarai kursus.
sources-invalid-url = Masukkan alamat yang bermula dengan https:// (atau laluan di laman ini, seperti /courses/catalog.json).
sources-duplicate = Katalog ini sudah ada dalam senarai.
sources-full = Senarai sumber anda sudah penuh. Alih keluar satu untuk menambah yang lain.

## Unsupported and errors
unit-needs-newer-player = Unit ini memerlukan versi pemain yang lebih baharu
unit-needs-newer-player-detail = Unit ini daripada jenis “{ $kind }”, yang belum dikenali oleh versi Alliance Player ini. Bahagian lain kursus masih berfungsi; hubungi penyedia kursus anda atau kemas kini pemain.
error-heading = Berlaku ralat
error-catalog = Katalog kursus tidak dapat dimuatkan.
error-document = Dokumen ini tidak dapat dipaparkan.
error-course = Kursus ini tidak dapat dibuka.
error-course-not-found = Tiada kursus “{ $course }” dalam katalog ini.
error-unit-not-found = Tiada unit “{ $unit }” dalam kursus ini.
error-page-not-found = Halaman ini tidak wujud.
error-retry = Cuba lagi
error-part-unavailable = Bahagian pemain ini tidak dapat dimuat turun. Semak sambungan internet anda, kemudian cuba lagi.
error-what-to-do = Jika masalah berterusan, maklumkan kepada penyedia kursus apa yang dipaparkan di atas.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Luar talian
offline-indicator-detail = Anda di luar talian. Kursus yang dimuat turun dimainkan seperti biasa; kemajuan anda disimpan pada peranti ini dan dihantar apabila anda kembali dalam talian.
update-ready = Versi baharu Alliance Player sudah sedia.
update-reload = Muat semula untuk mengemas kini
download-heading = Penggunaan luar talian
download-course = Muat turun untuk kegunaan luar talian ({ $size })
download-resume = Sambung semula muat turun (baki { $size })
download-progress = { $done } daripada { $total } · { $units } daripada { $unitsTotal } unit
download-cancel = Batal
download-done = Dimuat turun: kursus ini berfungsi di luar talian ({ $size }).
download-remove = Buang muat turun
download-stored-partly = { $done } daripada { $total } sudah ada pada peranti ini.
download-failed = Muat turun terhenti: { $detail } Apa-apa yang sudah disimpan dikekalkan; tekan “Sambung semula muat turun” untuk meneruskan.
download-file-mismatch = { $file } tidak diterima dengan sempurna (dijangka { $expected }, diterima { $got }).
download-file-failed = { $file } tidak dapat dimuat turun ({ $detail }).
download-no-cors = { $host } tidak membenarkan pemain ini membaca failnya (ia tidak menghantar pengepala CORS), jadi fail itu tidak dapat disemak dan disimpan. Pentadbirnya mesti menghantar Access-Control-Allow-Origin bersama setiap fail kursus.
download-quota = Peranti ini tiada ruang lagi untuk kursus ini. Kosongkan sedikit ruang atau buang muat turun lain, kemudian sambung semula muat turun.
download-storage = Pelayar ini menggunakan { $used } daripada { $available } yang dibenarkan untuknya pada peranti ini.
download-persistent = Muat turun kekal sehingga anda membuangnya.
download-not-persistent = Pelayar mungkin membuang muat turun jika peranti kehabisan ruang.
download-needs-network = Anda di luar talian. Sambung ke internet untuk memuat turun kursus ini.
data-saver = Penjimat data
data-saver-help = Media hanya dimuatkan apabila anda menekan main, transkrip dipaparkan dahulu, dan saiz ditunjukkan di sebelah media.
media-size = { $size } untuk dimuatkan

## Notes and bookmarks
notes-heading = Nota saya
notes-bookmark = Tanda buku unit ini
notes-bookmarked = Ditanda buku
notes-bookmark-moment = Tanda buku detik ini
notes-note-label = Nota anda tentang unit ini
notes-save = Simpan nota
notes-saved = Disimpan.
notes-delete = Padam
# A moment of a video or audio, e.g. "At 1:05".
notes-at = Pada { $time }
notes-empty = Belum ada nota atau tanda buku dalam kursus ini. Tanda buku satu unit atau satu detik dalam video, dan tulis nota padanya.
notes-where = Nota anda kekal pada peranti ini, dan sampai ke stor rekod pembelajaran anda apabila satu disambungkan.
notes-too-long = Nota boleh mempunyai paling banyak { $max } aksara.
notes-too-many = Kursus ini sudah menyimpan nota sebanyak yang boleh: padam satu untuk menambah yang lain.

## Accessibility
unit-nav-label = Unit sebelumnya dan seterusnya
captions-always = Paparkan sari kata setiap kali video atau audio mempunyainya (dalam bahasa anda jika ada, jika tidak, dalam bahasa kursus)
caption-style = Gaya sari kata
caption-size = Saiz teks
caption-colour = Warna teks
caption-background = Latar belakang
caption-colour-white = Putih
caption-colour-yellow = Kuning
caption-colour-cyan = Sian
caption-colour-green = Hijau
caption-colour-magenta = Magenta
caption-colour-black = Hitam
caption-background-black = Hitam separa lut sinar
caption-background-solid-black = Hitam
caption-background-white = Putih
caption-background-transparent = Tiada
caption-background-blue = Biru
caption-preview = Beginilah rupa sari kata.
caption-unreadable = Teks ini sukar dibaca pada latar belakang ini: pilih warna atau latar belakang lain.
launch-other = Pautan ini akan menghantar rekod pembelajaran anda ke { $endpoint } sebagai { $who }. Anda disambungkan ke { $current } sebagai { $current_who }.
launch-switch = Tukar kepada sambungan ini
launch-keep = Kekalkan sambungan saya

launch-other-learner = Pautan ini untuk { $who }. { $current_who } sedang menggunakan pemain sekarang. Tukar kepada { $who }?
launch-switch-learner = Tukar pelajar

## Learners
learners-heading = Pelajar pada peranti ini
learners-locked = { $name } sedang menggunakan pemain
learner-unnamed = Saya
learner-now = Sedang menggunakan pemain
learner-switch = Tukar kepada pelajar ini
learner-rename = Namakan semula
learner-name = Nama
learner-save = Simpan
learner-cancel = Batal
learner-remove = Alih keluar
learner-remove-ask = Alih keluar { $name } daripada peranti ini? Kemajuan, rekod yang menunggu dan tetapannya pada peranti ini akan dipadamkan. Kursus yang dimuat turun kekal.
learner-removed = { $name } telah dialih keluar.
learner-pin = PIN (empat digit, pilihan)
learner-pin-label = PIN
learner-pin-for = PIN { $name }
learner-pin-new = PIN baharu (empat digit)
learner-pin-set = Tetapkan PIN
learner-pin-remove = Alih keluar PIN
learner-pin-open = Teruskan
learner-pin-note = PIN menghalang orang yang berkongsi peranti ini daripada memasuki kemajuan orang lain. Ia untuk privasi, bukan keselamatan.
learner-add-heading = Tambah pelajar
learner-add = Tambah
learner-added = { $name } telah ditambah.
learner-saved = Disimpan.
learner-error-empty = Masukkan nama.
learner-error-long = Nama ini terlalu panjang.
learner-error-taken = Sudah ada orang bernama { $name } pada peranti ini.
learner-error-pin = PIN mesti tepat empat digit.
learner-error-full = Peranti ini tidak boleh menampung pelajar lagi. Alih keluar seorang dahulu.
learner-error-unknown = Senarai pelajar tidak dapat diubah. Muat semula halaman dan cuba lagi.
learner-error-wrong-pin = PIN itu tidak betul.
signout-ask = { $count ->
   *[other] { $count } rekod belum dihantar.
}
signout-keep = { $count ->
   *[other] Simpan { $count } rekod yang menunggu untuk apabila saya bersambung semula
}
signout-discard = { $count ->
   *[other] Buang
}
