# Alliance Player interface strings — Tiếng Việt
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Tiếng Việt
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Chuyển đến nội dung chính
# In the header where the browser offers to install the player as an app.
install-app = Cài đặt ứng dụng
install-app-hint = Cài Alliance Player trên thiết bị này: trình phát sẽ mở từ danh sách ứng dụng của bạn, trong cửa sổ riêng, kể cả khi ngoại tuyến.
nav-catalog = Khóa học
loading = Đang tải…

## Languages
language-picker-label = Ngôn ngữ giao diện
language-picker-search = Tìm ngôn ngữ
language-picker-none = Không có ngôn ngữ nào khớp với nội dung tìm kiếm.
content-language-label = Ngôn ngữ khóa học
content-language-auto = Giống ngôn ngữ giao diện
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = Ngôn ngữ: { $language }

## Catalogue
catalog-heading = Danh mục khóa học
catalog-search-label = Tìm khóa học
catalog-search-placeholder = Tên, chủ đề hoặc đơn vị cung cấp
catalog-more = Hiện thêm khóa học
catalog-earlier = Hiện các khóa học trước
catalog-loading-more = Đang tìm trong thêm khóa học…
catalog-language-label = Ngôn ngữ
catalog-language-any = Tất cả ngôn ngữ
catalog-count = { $count ->
    [0] Không có khóa học nào phù hợp.
   *[other] { $count } khóa học
}
catalog-empty = Không có khóa học nào phù hợp với nội dung tìm kiếm. Hãy thử từ khóa khác hoặc chọn “Tất cả ngôn ngữ”.
catalog-rejected = { $count ->
   *[other] Không thể liệt kê { $count } khóa học trong danh mục này:
}
catalog-source-notice = Một số khóa học không có trong danh sách này:
catalog-source-unreachable = Không kết nối được với { $source }: trang có thể đang ngừng hoạt động, hoặc không cho phép trình phát này đọc các khóa học của nó.
catalog-source-status = { $source } đã trả về lỗi (HTTP { $status }).
catalog-source-too-large = { $source } lớn hơn { $limit }, mức tối đa mà trình phát này đọc cho một danh mục.
catalog-source-invalid = { $source } không phải là danh mục khóa học mà trình phát này đọc được: { $detail }
catalog-source-left-out = Đã bỏ qua “{ $course }” từ { $source }: một khóa học khác đã dùng địa chỉ của nó, /course/{ $id }.
course-provider = Đơn vị cung cấp: { $provider }
course-languages = Ngôn ngữ: { $languages }
course-size = Dung lượng tải xuống: { $size }
course-open = Mở khóa học
course-continue = Học tiếp
course-progress = Đã hoàn thành { $percent }

## Course
course-outline = Đề cương khóa học
outline-show-earlier = Hiện các bài trước ({ $count } bài đang ẩn)
outline-show-later = Hiện các bài sau ({ $count } bài đang ẩn)
course-start = Bắt đầu học
course-units = { $count ->
   *[other] { $count } bài học
}
unit-ordinal = Bài { $index }/{ $total }
unit-state-not-started = Chưa bắt đầu
unit-state-in-progress = Đang học
unit-state-completed = Đã hoàn thành
unit-state-passed = Đã đạt
unit-state-failed = Chưa đạt
unit-kind-video = Video
unit-kind-audio = Âm thanh
unit-kind-reading = Bài đọc
unit-kind-quiz = Bài kiểm tra
unit-kind-document = Tài liệu
unit-kind-interactive = Hoạt động
unit-kind-unknown = Loại bài học mới
unit-previous = Bài trước
unit-next = Bài tiếp theo
unit-mark-done = Đánh dấu là đã hoàn thành
unit-done = Đã hoàn thành
back-to-catalog = Tất cả khóa học
course-search-label = Tìm trong khóa học này
course-search-count = { $count ->
    [0] Không có kết quả
   *[other] { $count } kết quả
}
course-search-more = { $count ->
   *[other] Chỉ hiển thị { $count } kết quả đầu tiên; hãy thêm từ để thu hẹp tìm kiếm.
}
course-search-subtitles = Đang tìm cả trong phụ đề…
course-search-incomplete = Không thể tìm trong một số phụ đề.
course-search-in-title = Tiêu đề
course-search-in-reading = Bài đọc
course-search-in-transcript = Bản chép lời
course-search-in-subtitle = Phụ đề lúc { $time }
course-search-in-quiz = Câu hỏi kiểm tra

## Media
media-speed = Tốc độ
media-subtitles = Phụ đề
media-subtitles-off = Tắt
media-subtitles-second = Phụ đề thứ hai
media-fullscreen = Toàn màn hình
media-fullscreen-exit = Thoát toàn màn hình
media-shortcuts = Phím tắt
media-shortcuts-hint = Khi trình phát video hoặc âm thanh đang được chọn:
# The name of the space bar key, as printed on keyboards.
media-key-space = Phím cách
media-key-play = Phát hoặc tạm dừng
media-key-seek = Lùi hoặc tiến 5 giây
media-key-speed = Chậm hơn hoặc nhanh hơn
media-key-captions = Bật hoặc tắt phụ đề
media-key-fullscreen = Bật hoặc tắt toàn màn hình
media-transcript = Bản chép lời
media-watched = Đã xem { $percent }
media-unsupported = Trình duyệt của bạn không phát được nội dung này. Hãy thử trình duyệt khác hoặc tải tệp xuống:

## Reading and document
reading-end = Hết bài đọc
document-download = Tải xuống tệp PDF ({ $size })
document-download-nosize = Tải xuống tệp PDF
document-fallback = Trình duyệt của bạn không hiển thị được tệp PDF tại đây. Hãy tải tệp xuống để đọc.
document-not-pdf = { $file } không phải là tệp PDF. Phần tài liệu chỉ hiển thị tệp PDF, là các tệp bắt đầu bằng “%PDF-”.

## Quiz
quiz-passing = Bạn cần đạt { $percent } để qua bài.
quiz-attempts-left = { $count ->
   *[other] Còn { $count } lượt làm bài
}
quiz-attempts-unlimited = Không giới hạn số lượt làm bài
quiz-attempts-used = { $count ->
    [1] Bạn đã dùng lượt làm bài duy nhất của mình.
   *[other] Bạn đã dùng hết { $count } lượt làm bài.
}
quiz-question = Câu { $index }
quiz-true = Đúng
quiz-false = Sai
quiz-answer-label = Câu trả lời của bạn
quiz-submit = Nộp bài
quiz-retry = Làm lại
quiz-score = Điểm của bạn: { $score }
quiz-passed = Đã đạt — bạn làm tốt lắm!
quiz-failed = Chưa đạt.
quiz-best = Điểm cao nhất đến nay: { $score }
quiz-correct = Chính xác
quiz-incorrect = Không chính xác
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Xem lại: mỗi câu hỏi đều hiển thị đáp án đúng.
quiz-right-answer = Đáp án đúng

## Interactive
interactive-title = Hoạt động tương tác: { $title }
interactive-hint = Hoàn thành hoạt động để kết thúc bài học này.

## Storage
storage-quota = Bộ nhớ mà trình duyệt này dành cho trình phát đã đầy, nên không lưu được tiến độ học mới nhất của bạn. Hãy giải phóng bớt dung lượng (xóa các khóa học đã tải xuống hoặc dữ liệu của các trang web khác trong phần cài đặt của trình duyệt), rồi tiếp tục: không có dữ liệu nào đã lưu trước đó bị mất.
storage-unavailable = Trình duyệt này không cho phép trình phát lưu tiến độ học của bạn, nên tiến độ chỉ được giữ đến khi bạn đóng trang. Cửa sổ riêng tư (ẩn danh) thường chặn việc lưu trữ.
storage-write-failed = Chưa lưu được tiến độ học mới nhất của bạn. Tiến độ vẫn được giữ trong trang này và sẽ được lưu ở bước tiếp theo của bạn.

## Transcript (the learner's record of progress)
nav-transcript = Tiến độ của tôi
transcript-heading = Tiến độ của tôi
transcript-empty = Bạn chưa bắt đầu khóa học nào.
transcript-unit-score = Điểm: { $score }
transcript-time-spent = Thời gian học: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Tải xuống dưới dạng bản ghi xAPI (JSON)
transcript-export-csv = Tải xuống dưới dạng bảng tính (CSV)
transcript-reset = Đặt lại tiến độ của tôi trong khóa học này
transcript-reset-confirm = Đặt lại toàn bộ tiến độ của bạn trong khóa học “{ $course }”? Không thể hoàn tác thao tác này.

## Gửi dữ liệu đến kho lưu trữ hồ sơ học tập (LRS), hiển thị ở đầu trang và trên trang cài đặt
nav-settings = Cài đặt
sync-off = Đã lưu trên thiết bị này
sync-off-detail = Chưa kết nối với kho lưu trữ hồ sơ học tập: tiến độ học của bạn chỉ nằm trong trình duyệt này. Hãy kết nối trong phần cài đặt để gửi kết quả hoàn thành đến tổ chức của bạn.
sync-done = Đã gửi hết
sync-pending = { $count ->
   *[other] { $count } bản ghi đang chờ gửi
}
sync-last-delivery = Lần gửi gần nhất: { $date }
sync-error-offline = Bạn đang ngoại tuyến. Các bản ghi của bạn vẫn được giữ lại và sẽ được gửi khi có kết nối trở lại.
sync-error-unreachable = Không kết nối được với kho lưu trữ hồ sơ học tập. Sẽ thử lại sau giây lát; không có gì bị mất.
sync-error-server = Kho lưu trữ hồ sơ học tập đang gặp sự cố (HTTP { $status }). Sẽ thử lại sau giây lát; không có gì bị mất.
sync-error-unauthorized = Kho lưu trữ hồ sơ học tập đã từ chối thông tin đăng nhập của bạn. Hãy nhập lại trong phần cài đặt; trong lúc chờ, các bản ghi của bạn vẫn được giữ lại.
sync-error-not-found = Không có kho lưu trữ hồ sơ học tập nào ở địa chỉ này. Hãy kiểm tra địa chỉ trong phần cài đặt; trong lúc chờ, các bản ghi của bạn vẫn được giữ lại.
sync-error-version = Kho lưu trữ hồ sơ học tập này dùng một phiên bản xAPI khác ({ $detail }). Hãy đề nghị tổ chức của bạn cung cấp địa chỉ hỗ trợ xAPI 1.0.3 hoặc 2.0.0.
sync-error-storage = Không đọc được các bản ghi đang chờ gửi từ bộ nhớ của trình duyệt này ({ $detail }).
sync-set-aside = { $count ->
   *[other] { $count } bản ghi đã bị kho lưu trữ hồ sơ học tập từ chối
}
sync-set-aside-detail = Các bản ghi này được giữ tại đây cùng với phản hồi của kho lưu trữ, để bạn hoặc tổ chức của bạn biết cần sửa gì.
settings-heading = Cài đặt
settings-lrs-heading = Kho lưu trữ hồ sơ học tập
settings-lrs-intro = Tổ chức của bạn cung cấp các thông tin này để kết quả hoàn thành và điểm số của bạn được ghi vào hồ sơ của tổ chức.
settings-lrs-endpoint = Địa chỉ (điểm cuối xAPI)
settings-lrs-key = Khóa hoặc tên người dùng
settings-lrs-secret = Khóa bí mật hoặc mật khẩu
settings-lrs-token = Hoặc mã truy cập (token)
settings-lrs-name = Tên của bạn
settings-lrs-email = Địa chỉ email của bạn
settings-lrs-connect = Kết nối
settings-lrs-disconnect = Ngắt kết nối
settings-lrs-connected = Đã kết nối với { $endpoint } dưới tên { $who }.
settings-lrs-invalid-endpoint = Hãy nhập địa chỉ của kho lưu trữ hồ sơ học tập, bắt đầu bằng https:// hoặc http://.
settings-lrs-invalid-email = Hãy nhập địa chỉ email của bạn để các bản ghi được lưu dưới tên bạn.
cmi5-unit-needs-worker = Hoạt động này cần trình phát cài đặt xong: hãy tải lại trang để mở.
cmi5-exit = Thoát
cmi5-exiting = Đang lưu và quay lại…
cmi5-browse = Xem thử: mọi việc bạn làm ở đây đều không được ghi lại.
cmi5-review = Ôn tập: mọi việc bạn làm ở đây đều không được ghi lại.
cmi5-ended = Phiên này đã kết thúc. Hãy mở lại khóa học từ nền tảng học tập của bạn để ghi lại thêm.
settings-lrs-launch-failed = Khóa học được mở bằng thông tin đăng nhập không dùng được ({ $detail }). Hãy mở lại khóa học từ trang web của tổ chức bạn.

sources-heading = Nguồn khóa học
sources-intro = Danh sách khóa học tập hợp các danh mục bên dưới. Bạn có thể thêm danh mục của một trường đại học hoặc đơn vị cung cấp khóa học khác bằng địa chỉ của nó; danh mục đó được lưu cho bạn trên thiết bị này.
sources-site = Do trang này chọn
sources-remove = Xóa
sources-add-label = Thêm nguồn: địa chỉ danh mục của nguồn
sources-check = Kiểm tra
sources-preview = { $count ->
   *[other] { $count } khóa học
}
sources-add-confirm = Thêm nguồn này
sources-added = Đã thêm: các khóa học của nguồn này giờ đã có trong danh sách khóa học.
sources-removed = Đã xóa: các khóa học của nguồn này không còn trong danh sách khóa học.
sources-invalid-url = Hãy nhập địa chỉ bắt đầu bằng https:// (hoặc một đường dẫn trên trang này, như /courses/catalog.json).
sources-duplicate = Danh mục này đã có trong danh sách.
sources-full = Danh sách nguồn của bạn đã đầy. Hãy xóa một nguồn để thêm nguồn khác.

## Unsupported and errors
unit-needs-newer-player = Bài học này cần phiên bản trình phát mới hơn
unit-needs-newer-player-detail = Đây là bài học thuộc loại “{ $kind }” mà phiên bản Alliance Player này chưa hỗ trợ. Các phần khác của khóa học vẫn dùng được bình thường; hãy liên hệ đơn vị cung cấp khóa học hoặc cập nhật trình phát.
error-heading = Đã xảy ra lỗi
error-catalog = Không tải được danh mục khóa học.
error-document = Không thể hiển thị tài liệu này.
error-course = Không mở được khóa học này.
error-course-not-found = Danh mục này không có khóa học “{ $course }”.
error-unit-not-found = Khóa học này không có bài học “{ $unit }”.
error-page-not-found = Trang này không tồn tại.
error-retry = Thử lại
error-part-unavailable = Không tải xuống được phần này của trình phát. Hãy kiểm tra kết nối mạng rồi thử lại.
error-what-to-do = Nếu sự cố vẫn tiếp diễn, hãy gửi nội dung hiển thị ở trên cho đơn vị cung cấp khóa học.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Ngoại tuyến
offline-indicator-detail = Bạn đang ngoại tuyến. Các khóa học đã tải xuống vẫn phát bình thường; tiến độ học của bạn được lưu trên thiết bị này và sẽ được gửi khi bạn trực tuyến trở lại.
update-ready = Đã có phiên bản mới của Alliance Player.
update-reload = Tải lại để cập nhật
download-heading = Dùng ngoại tuyến
download-course = Tải xuống để dùng ngoại tuyến ({ $size })
download-resume = Tiếp tục tải xuống (còn { $size })
download-progress = { $done }/{ $total } · { $units }/{ $unitsTotal } bài học
download-cancel = Hủy
download-done = Đã tải xuống: khóa học này dùng được khi ngoại tuyến ({ $size }).
download-remove = Xóa bản tải xuống
download-stored-partly = Đã có { $done }/{ $total } trên thiết bị này.
download-failed = Quá trình tải xuống đã dừng: { $detail } Phần đã lưu vẫn được giữ lại; hãy nhấn “Tiếp tục tải xuống” để tải tiếp.
download-file-mismatch = Tệp { $file } nhận được không nguyên vẹn (dự kiến { $expected }, nhận được { $got }).
download-file-failed = Không tải xuống được tệp { $file } ({ $detail }).
download-no-cors = { $host } không cho trình phát này đọc các tệp của nó (không gửi tiêu đề CORS), nên không thể kiểm tra và lưu các tệp đó. Quản trị viên của máy chủ đó phải gửi Access-Control-Allow-Origin kèm theo mọi tệp của khóa học.
download-quota = Thiết bị này không còn chỗ cho khóa học. Hãy giải phóng bớt dung lượng hoặc xóa một bản tải xuống khác, rồi tiếp tục tải.
download-storage = Trình duyệt này đang dùng { $used } trong tổng số { $available } được phép dùng trên thiết bị này.
download-persistent = Các bản tải xuống sẽ được giữ cho đến khi bạn xóa.
download-not-persistent = Trình duyệt có thể xóa các bản tải xuống nếu thiết bị sắp hết dung lượng.
download-needs-network = Bạn đang ngoại tuyến. Hãy kết nối mạng để tải xuống khóa học này.
data-saver = Tiết kiệm dữ liệu
data-saver-help = Nội dung đa phương tiện chỉ được tải khi bạn nhấn phát, bản chép lời hiển thị trước và dung lượng được ghi bên cạnh từng nội dung.
media-size = Cần tải { $size }

## Notes and bookmarks
notes-heading = Ghi chú của tôi
notes-bookmark = Đánh dấu trang bài này
notes-bookmarked = Đã đánh dấu trang
notes-bookmark-moment = Đánh dấu trang thời điểm này
notes-note-label = Ghi chú của bạn về bài này
notes-save = Lưu ghi chú
notes-saved = Đã lưu.
notes-delete = Xóa
# A moment of a video or audio, e.g. "At 1:05".
notes-at = Lúc { $time }
notes-empty = Khóa học này chưa có ghi chú hay dấu trang nào. Hãy đánh dấu trang một bài hoặc một thời điểm trong video, rồi viết ghi chú cho nó.
notes-where = Ghi chú của bạn được lưu trên thiết bị này và được gửi đến kho lưu trữ hồ sơ học tập khi bạn đã kết nối.
notes-too-long = Mỗi ghi chú có tối đa { $max } ký tự.
notes-too-many = Khóa học này đã có số ghi chú tối đa: hãy xóa một ghi chú để thêm ghi chú khác.

## Accessibility
unit-nav-label = Bài trước và bài tiếp theo
captions-always = Luôn hiển thị phụ đề khi video hoặc âm thanh có phụ đề (bằng ngôn ngữ của bạn nếu có, nếu không thì bằng ngôn ngữ khóa học)
caption-style = Kiểu phụ đề
caption-size = Cỡ chữ
caption-colour = Màu chữ
caption-background = Nền
caption-colour-white = Trắng
caption-colour-yellow = Vàng
caption-colour-cyan = Lục lam
caption-colour-green = Xanh lá
caption-colour-magenta = Đỏ tươi
caption-colour-black = Đen
caption-background-black = Đen bán trong suốt
caption-background-solid-black = Đen
caption-background-white = Trắng
caption-background-transparent = Không có
caption-background-blue = Xanh dương
caption-preview = Phụ đề sẽ trông như thế này.
caption-unreadable = Chữ này khó đọc trên nền này: hãy chọn màu chữ hoặc màu nền khác.
launch-other = Liên kết này sẽ gửi hồ sơ học tập của bạn đến { $endpoint } với danh nghĩa { $who }. Bạn đang kết nối với { $current } với danh nghĩa { $current_who }.
launch-switch = Chuyển sang kết nối này
launch-keep = Giữ kết nối của tôi

launch-other-learner = Liên kết này dành cho { $who }. { $current_who } đang dùng trình phát. Chuyển sang { $who }?
launch-switch-learner = Đổi người học

## Learners
learners-heading = Người học trên thiết bị này
learners-locked = { $name } đang dùng trình phát
learner-unnamed = Tôi
learner-now = Đang dùng trình phát
learner-switch = Chuyển sang người học này
learner-rename = Đổi tên
learner-name = Tên
learner-save = Lưu
learner-cancel = Hủy
learner-remove = Xóa
learner-remove-ask = Xóa { $name } khỏi thiết bị này? Tiến độ, các bản ghi đang chờ và cài đặt của người này trên thiết bị sẽ bị xóa. Các khóa học đã tải xuống vẫn được giữ.
learner-removed = Đã xóa { $name }.
learner-pin = Mã PIN (bốn chữ số, không bắt buộc)
learner-pin-label = Mã PIN
learner-pin-for = Mã PIN của { $name }
learner-pin-new = Mã PIN mới (bốn chữ số)
learner-pin-set = Đặt mã PIN
learner-pin-remove = Bỏ mã PIN
learner-pin-open = Tiếp tục
learner-pin-note = Mã PIN giúp những người dùng chung thiết bị không vào tiến độ của nhau. Nó dành cho sự riêng tư, không phải bảo mật.
learner-add-heading = Thêm người học
learner-add = Thêm
learner-added = Đã thêm { $name }.
learner-saved = Đã lưu.
learner-error-empty = Hãy nhập tên.
learner-error-long = Tên này quá dài.
learner-error-taken = Đã có người tên { $name } trên thiết bị này.
learner-error-pin = Mã PIN gồm đúng bốn chữ số.
learner-error-full = Thiết bị này không thể thêm người học nữa. Hãy xóa bớt một người trước.
learner-error-unknown = Không thể thay đổi danh sách người học. Hãy tải lại trang và thử lại.
learner-error-wrong-pin = Mã PIN không đúng.
signout-ask = { $count ->
   *[other] { $count } bản ghi chưa được gửi.
}
signout-keep = { $count ->
   *[other] Giữ { $count } bản ghi đang chờ cho lần kết nối sau
}
signout-discard = { $count ->
   *[other] Bỏ chúng
}
