# Alliance Player interface strings — Bahasa Indonesia
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Bahasa Indonesia
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Langsung ke konten
# In the header where the browser offers to install the player as an app.
install-app = Pasang aplikasi
install-app-hint = Pasang Alliance Player di perangkat ini: pemutar dibuka dari daftar aplikasi Anda, di jendelanya sendiri, juga saat offline.
nav-catalog = Kursus
loading = Memuat…

## Languages
language-picker-label = Bahasa antarmuka
language-picker-search = Cari bahasa
language-picker-none = Tidak ada bahasa yang cocok dengan pencarian Anda.
content-language-label = Bahasa kursus
content-language-auto = Sama dengan bahasa antarmuka
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = Bahasa: { $language }

## Catalogue
catalog-heading = Katalog kursus
catalog-search-label = Cari kursus
catalog-search-placeholder = Judul, topik, atau penyelenggara
catalog-more = Tampilkan kursus lainnya
catalog-earlier = Tampilkan kursus sebelumnya
catalog-loading-more = Mencari di kursus lainnya…
catalog-language-label = Bahasa
catalog-language-any = Semua bahasa
catalog-count = { $count ->
    [0] Tidak ada kursus yang cocok.
   *[other] { $count } kursus
}
catalog-empty = Tidak ada kursus yang cocok dengan pencarian Anda. Coba kata lain atau pilih semua bahasa.
catalog-rejected = { $count ->
   *[other] { $count } kursus dalam katalog ini tidak dapat ditampilkan:
}
catalog-source-notice = Beberapa kursus tidak ada dalam daftar ini:
catalog-source-unreachable = { $source } tidak dapat dijangkau: situsnya mungkin sedang mati, atau tidak mengizinkan pemutar ini membaca kursusnya.
catalog-source-status = { $source } menjawab dengan galat (HTTP { $status }).
catalog-source-too-large = { $source } lebih besar dari { $limit }, batas terbesar yang dibaca pemutar ini untuk sebuah katalog.
catalog-source-invalid = { $source } bukan katalog kursus yang dapat dibaca pemutar ini: { $detail }
catalog-source-left-out = “{ $course }” dari { $source } tidak disertakan: kursus lain sudah memakai alamatnya, /course/{ $id }.
course-provider = Penyelenggara: { $provider }
course-languages = Bahasa: { $languages }
course-size = Ukuran unduhan: { $size }
course-open = Buka kursus
course-continue = Lanjutkan
course-progress = { $percent } selesai

## Course
course-outline = Garis besar kursus
outline-show-earlier = Tampilkan unit sebelumnya ({ $count } tersembunyi)
outline-show-later = Tampilkan unit berikutnya ({ $count } tersembunyi)
course-start = Mulai kursus
course-units = { $count ->
   *[other] { $count } unit
}
unit-ordinal = Unit { $index } dari { $total }
unit-state-not-started = Belum dimulai
unit-state-in-progress = Sedang berjalan
unit-state-completed = Selesai
unit-state-passed = Lulus
unit-state-failed = Belum lulus
unit-kind-video = Video
unit-kind-audio = Audio
unit-kind-reading = Bacaan
unit-kind-quiz = Kuis
unit-kind-document = Dokumen
unit-kind-interactive = Aktivitas
unit-kind-unknown = Jenis unit baru
unit-previous = Sebelumnya
unit-next = Berikutnya
unit-mark-done = Tandai selesai
unit-done = Selesai
back-to-catalog = Semua kursus
course-search-label = Cari di kursus ini
course-search-count = { $count ->
    [0] Tidak ada hasil
   *[other] { $count } hasil
}
course-search-more = { $count ->
   *[other] Hanya { $count } hasil pertama yang ditampilkan; tambahkan kata untuk mempersempit pencarian.
}
course-search-subtitles = Juga mencari di subtitel…
course-search-incomplete = Beberapa subtitel tidak dapat dicari.
course-search-in-title = Judul
course-search-in-reading = Bacaan
course-search-in-transcript = Transkrip
course-search-in-subtitle = Subtitel pada { $time }
course-search-in-quiz = Soal kuis

## Media
media-speed = Kecepatan
media-subtitles = Subtitel
media-subtitles-off = Nonaktif
media-subtitles-second = Subtitel kedua
media-fullscreen = Layar penuh
media-fullscreen-exit = Keluar dari layar penuh
media-shortcuts = Pintasan keyboard
media-shortcuts-hint = Saat pemutar video atau audio sedang dalam fokus:
# The name of the space bar key, as printed on keyboards.
media-key-space = Spasi
media-key-play = Putar atau jeda
media-key-seek = Mundur atau maju 5 detik
media-key-speed = Lebih lambat atau lebih cepat
media-key-captions = Aktifkan atau nonaktifkan subtitel
media-key-fullscreen = Aktifkan atau nonaktifkan layar penuh
media-transcript = Transkrip
media-watched = { $percent } ditonton
media-unsupported = Browser Anda tidak dapat memutar media ini. Coba browser lain, atau unduh filenya:

## Reading and document
reading-end = Akhir bacaan
document-download = Unduh PDF ({ $size })
document-download-nosize = Unduh PDF
document-fallback = Browser Anda tidak dapat menampilkan PDF di sini. Unduh file untuk membacanya.
document-not-pdf = { $file } bukan file PDF. Unit dokumen hanya menampilkan file PDF, yang diawali dengan “%PDF-”.

## Quiz
quiz-passing = Anda perlu mencapai { $percent } untuk lulus.
quiz-attempts-left = { $count ->
   *[other] Sisa { $count } kesempatan
}
quiz-attempts-unlimited = Kesempatan tidak terbatas
quiz-attempts-used = { $count ->
    [1] Anda telah menggunakan satu-satunya kesempatan Anda.
   *[other] Anda telah menggunakan semua { $count } kesempatan.
}
quiz-question = Soal { $index }
quiz-true = Benar
quiz-false = Salah
quiz-answer-label = Jawaban Anda
quiz-submit = Kirim jawaban
quiz-retry = Coba lagi
quiz-score = Nilai Anda: { $score }
quiz-passed = Lulus — kerja bagus!
quiz-failed = Belum lulus.
quiz-best = Nilai terbaik sejauh ini: { $score }
quiz-correct = Jawaban benar
quiz-incorrect = Jawaban salah
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Tinjauan: setiap pertanyaan menampilkan jawaban yang benar.
quiz-right-answer = Jawaban yang benar

## Interactive
interactive-title = Aktivitas interaktif: { $title }
interactive-hint = Selesaikan aktivitas ini untuk menuntaskan unit ini.

## Storage
storage-quota = Penyimpanan browser ini untuk pemutar sudah penuh, sehingga kemajuan terbaru Anda tidak dapat disimpan. Kosongkan sebagian ruang (hapus kursus yang diunduh atau data situs lain di pengaturan browser), lalu lanjutkan: tidak ada yang hilang dari data yang sudah tersimpan sebelumnya.
storage-unavailable = Browser ini tidak mengizinkan pemutar menyimpan kemajuan Anda, sehingga kemajuan Anda hanya disimpan sampai Anda menutup halaman ini. Jendela pribadi sering memblokir penyimpanan.
storage-write-failed = Kemajuan terbaru Anda belum dapat disimpan. Kemajuan tersebut tetap ada di halaman ini dan akan disimpan pada langkah Anda berikutnya.

## Transcript (the learner's record of progress)
nav-transcript = Kemajuan saya
transcript-heading = Kemajuan saya
transcript-empty = Anda belum memulai kursus apa pun.
transcript-unit-score = Nilai: { $score }
transcript-time-spent = Waktu belajar: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Unduh sebagai pernyataan xAPI (JSON)
transcript-export-csv = Unduh sebagai spreadsheet (CSV)
transcript-reset = Atur ulang kemajuan saya di kursus ini
transcript-reset-confirm = Atur ulang semua kemajuan Anda di “{ $course }”? Tindakan ini tidak dapat dibatalkan.

## Pengiriman ke penyimpanan catatan belajar (LRS), ditampilkan di header dan di halaman pengaturan
nav-settings = Pengaturan
sync-off = Tersimpan di perangkat ini
sync-off-detail = Tidak terhubung ke penyimpanan catatan belajar: kemajuan Anda tetap ada di browser ini. Hubungkan penyimpanan di pengaturan untuk mengirim materi yang Anda selesaikan ke institusi Anda.
sync-done = Semua terkirim
sync-pending = { $count ->
   *[other] { $count } catatan menunggu
}
sync-last-delivery = Terakhir dikirim: { $date }
sync-error-offline = Anda sedang offline. Catatan Anda tetap disimpan dan akan dikirim saat koneksi kembali.
sync-error-unreachable = Penyimpanan catatan belajar tidak dapat dijangkau. Sebentar lagi akan dicoba kembali; tidak ada yang hilang.
sync-error-server = Penyimpanan catatan belajar sedang bermasalah (HTTP { $status }). Sebentar lagi akan dicoba kembali; tidak ada yang hilang.
sync-error-unauthorized = Penyimpanan catatan belajar menolak kredensial Anda. Masukkan lagi di pengaturan; sampai saat itu catatan Anda tetap disimpan.
sync-error-not-found = Tidak ada penyimpanan catatan belajar di alamat ini. Periksa alamatnya di pengaturan; sampai saat itu catatan Anda tetap disimpan.
sync-error-version = Penyimpanan catatan belajar menggunakan versi xAPI yang berbeda ({ $detail }). Mintalah alamat yang mendukung xAPI 1.0.3 atau 2.0.0 kepada institusi Anda.
sync-error-storage = Catatan yang menunggu pengiriman tidak dapat dibaca dari penyimpanan browser ini ({ $detail }).
sync-set-aside = { $count ->
   *[other] { $count } catatan ditolak oleh penyimpanan catatan belajar
}
sync-set-aside-detail = Catatan ini disimpan di sini beserta jawaban dari penyimpanan catatan belajar, sehingga Anda atau institusi Anda dapat melihat apa yang perlu diperbaiki.
settings-heading = Pengaturan
settings-lrs-heading = Penyimpanan catatan belajar (LRS)
settings-lrs-intro = Institusi Anda memberikan detail ini agar materi yang Anda selesaikan dan nilai Anda masuk ke catatan mereka.
settings-lrs-endpoint = Alamat (endpoint xAPI)
settings-lrs-key = Kunci atau nama pengguna
settings-lrs-secret = Kunci rahasia atau kata sandi
settings-lrs-token = Atau token akses
settings-lrs-name = Nama Anda
settings-lrs-email = Alamat email Anda
settings-lrs-connect = Hubungkan
settings-lrs-disconnect = Putuskan
settings-lrs-connected = Terhubung ke { $endpoint } sebagai { $who }.
settings-lrs-invalid-endpoint = Masukkan alamat penyimpanan catatan belajar, yang diawali dengan https:// atau http://.
settings-lrs-invalid-email = Masukkan alamat email Anda agar catatan Anda tersimpan atas nama Anda.
cmi5-unit-needs-worker = Aktivitas ini memerlukan pemutar selesai dipasang: muat ulang halaman untuk membukanya.
cmi5-exit = Keluar
cmi5-exiting = Menyimpan dan kembali…
cmi5-browse = Menjelajah: apa pun yang Anda lakukan di sini tidak dicatat.
cmi5-review = Meninjau: apa pun yang Anda lakukan di sini tidak dicatat.
cmi5-ended = Sesi ini telah berakhir. Buka kembali kursus dari platform pembelajaran Anda untuk mencatat lebih lanjut.
settings-lrs-launch-failed = Kursus dibuka dengan proses masuk yang tidak berhasil ({ $detail }). Buka lagi kursus ini dari situs institusi Anda.

sources-heading = Sumber kursus
sources-intro = Daftar kursus menggabungkan katalog di bawah ini. Anda dapat menambahkan katalog universitas atau penyelenggara kursus lain melalui alamatnya; katalog itu disimpan untuk Anda di perangkat ini.
sources-site = Dipilih oleh situs ini
sources-remove = Hapus
sources-add-label = Tambahkan sumber: alamat katalognya
sources-check = Periksa
sources-preview = { $count ->
   *[other] { $count } kursus
}
sources-add-confirm = Tambahkan sumber ini
sources-added = Ditambahkan: kursusnya kini ada di daftar kursus.
sources-removed = Dihapus: kursusnya tidak lagi ada di daftar kursus.
sources-invalid-url = Masukkan alamat yang diawali dengan https:// (atau jalur di situs ini, seperti /courses/catalog.json).
sources-duplicate = Katalog ini sudah ada dalam daftar.
sources-full = Daftar sumber Anda sudah penuh. Hapus salah satu untuk menambahkan yang lain.

## Unsupported and errors
unit-needs-newer-player = Unit ini memerlukan versi pemutar yang lebih baru
unit-needs-newer-player-detail = Ini adalah unit jenis “{ $kind }”, yang belum dikenali oleh versi Alliance Player ini. Bagian lain kursus tetap berfungsi; hubungi penyelenggara kursus Anda atau perbarui pemutar.
error-heading = Terjadi kesalahan
error-catalog = Katalog kursus tidak dapat dimuat.
error-document = Dokumen ini tidak dapat ditampilkan.
error-course = Kursus ini tidak dapat dibuka.
error-course-not-found = Tidak ada kursus “{ $course }” dalam katalog ini.
error-unit-not-found = Tidak ada unit “{ $unit }” dalam kursus ini.
error-page-not-found = Halaman ini tidak ada.
error-retry = Coba lagi
error-part-unavailable = Bagian pemutar ini tidak dapat diunduh. Periksa koneksi Anda, lalu coba lagi.
error-what-to-do = Jika masalah berlanjut, beri tahu penyelenggara kursus tentang informasi yang ditampilkan di atas.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Offline
offline-indicator-detail = Anda sedang offline. Kursus yang sudah diunduh tetap dapat diputar seperti biasa; kemajuan Anda disimpan di perangkat ini dan akan dikirim saat Anda kembali online.
update-ready = Versi baru Alliance Player sudah siap.
update-reload = Muat ulang untuk memperbarui
download-heading = Penggunaan offline
download-course = Unduh untuk digunakan offline ({ $size })
download-resume = Lanjutkan unduhan (sisa { $size })
download-progress = { $done } dari { $total } · { $units } dari { $unitsTotal } unit
download-cancel = Batal
download-done = Sudah diunduh: kursus ini dapat digunakan secara offline ({ $size }).
download-remove = Hapus unduhan
download-stored-partly = { $done } dari { $total } sudah ada di perangkat ini.
download-failed = Unduhan terhenti: { $detail } Data yang sudah tersimpan tidak hilang; tekan “Lanjutkan unduhan” untuk melanjutkan.
download-file-mismatch = { $file } tidak diterima dengan utuh (seharusnya { $expected }, diterima { $got }).
download-file-failed = { $file } tidak dapat diunduh ({ $detail }).
download-no-cors = { $host } tidak mengizinkan pemutar ini membaca berkasnya (tidak mengirim header CORS), jadi berkas itu tidak dapat diperiksa dan disimpan. Administratornya harus mengirim Access-Control-Allow-Origin bersama setiap berkas kursus.
download-quota = Perangkat ini tidak punya ruang lagi untuk kursus ini. Kosongkan sebagian ruang atau hapus unduhan lain, lalu lanjutkan.
download-storage = Browser ini menggunakan { $used } dari { $available } yang boleh digunakannya di perangkat ini.
download-persistent = Unduhan tetap tersimpan sampai Anda menghapusnya.
download-not-persistent = Browser dapat menghapus unduhan jika ruang penyimpanan perangkat hampir habis.
download-needs-network = Anda sedang offline. Sambungkan ke internet untuk mengunduh kursus ini.
data-saver = Penghemat data
data-saver-help = Media hanya dimuat saat Anda menekan putar, transkrip ditampilkan lebih dulu, dan ukuran file ditampilkan di samping media.
media-size = { $size } akan dimuat

## Notes and bookmarks
notes-heading = Catatan saya
notes-bookmark = Bookmark unit ini
notes-bookmarked = Sudah di-bookmark
notes-bookmark-moment = Bookmark momen ini
notes-note-label = Catatan Anda untuk unit ini
notes-save = Simpan catatan
notes-saved = Tersimpan.
notes-delete = Hapus
# A moment of a video or audio, e.g. "At 1:05".
notes-at = Pada { $time }
notes-empty = Belum ada catatan atau bookmark di kursus ini. Bookmark sebuah unit atau momen dalam video, lalu tulis catatan untuknya.
notes-where = Catatan Anda tetap ada di perangkat ini, dan dikirim ke penyimpanan catatan belajar Anda jika sudah terhubung.
notes-too-long = Catatan maksimal { $max } karakter.
notes-too-many = Kursus ini sudah menampung catatan sebanyak mungkin: hapus salah satu untuk menambahkan yang lain.

## Accessibility
unit-nav-label = Unit sebelumnya dan berikutnya
captions-always = Tampilkan subtitel setiap kali video atau audio memilikinya (dalam bahasa Anda jika tersedia, jika tidak dalam bahasa kursus)
caption-style = Gaya subtitel
caption-size = Ukuran teks
caption-colour = Warna teks
caption-background = Latar belakang
caption-colour-white = Putih
caption-colour-yellow = Kuning
caption-colour-cyan = Sian
caption-colour-green = Hijau
caption-colour-magenta = Magenta
caption-colour-black = Hitam
caption-background-black = Hitam semi-transparan
caption-background-solid-black = Hitam
caption-background-white = Putih
caption-background-transparent = Tidak ada
caption-background-blue = Biru
caption-preview = Beginilah tampilan subtitel.
caption-unreadable = Teks ini sulit dibaca di latar belakang ini: pilih warna atau latar belakang lain.
launch-other = Tautan ini akan mengirim catatan belajar Anda ke { $endpoint } sebagai { $who }. Anda terhubung ke { $current } sebagai { $current_who }.
launch-switch = Beralih ke koneksi ini
launch-keep = Pertahankan koneksi saya

launch-other-learner = Tautan ini untuk { $who }. { $current_who } sedang memakai pemutar. Beralih ke { $who }?
launch-switch-learner = Ganti pelajar

## Learners
learners-heading = Pelajar di perangkat ini
learners-locked = { $name } sedang memakai pemutar
learner-unnamed = Saya
learner-now = Sedang memakai pemutar
learner-switch = Beralih ke pelajar ini
learner-rename = Ganti nama
learner-name = Nama
learner-save = Simpan
learner-cancel = Batal
learner-remove = Hapus
learner-remove-ask = Hapus { $name } dari perangkat ini? Kemajuan, catatan yang menunggu, dan pengaturannya di perangkat ini akan dihapus. Kursus yang sudah diunduh tetap ada.
learner-removed = { $name } telah dihapus.
learner-pin = PIN (empat angka, opsional)
learner-pin-label = PIN
learner-pin-for = PIN { $name }
learner-pin-new = PIN baru (empat angka)
learner-pin-set = Pasang PIN
learner-pin-remove = Hapus PIN
learner-pin-open = Lanjutkan
learner-pin-note = PIN mencegah orang yang berbagi perangkat ini masuk ke kemajuan orang lain. Ini untuk privasi, bukan keamanan.
learner-add-heading = Tambah pelajar
learner-add = Tambah
learner-added = { $name } telah ditambahkan.
learner-saved = Tersimpan.
learner-error-empty = Masukkan nama.
learner-error-long = Nama ini terlalu panjang.
learner-error-taken = Sudah ada yang bernama { $name } di perangkat ini.
learner-error-pin = PIN terdiri dari tepat empat angka.
learner-error-full = Perangkat ini tidak bisa menampung pelajar lagi. Hapus salah satu terlebih dahulu.
learner-error-unknown = Daftar pelajar tidak dapat diubah. Muat ulang halaman lalu coba lagi.
learner-error-wrong-pin = PIN itu salah.
signout-ask = { $count ->
   *[other] { $count } catatan belum terkirim.
}
signout-keep = { $count ->
   *[other] Simpan { $count } catatan yang menunggu untuk saat saya terhubung lagi
}
signout-discard = { $count ->
   *[other] Buang
}
