# Alliance Player interface strings — 中文（台灣）
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = 中文（繁體）
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = 跳至主要內容
# In the header where the browser offers to install the player as an app.
install-app = 安裝應用程式
install-app-hint = 在這部裝置上安裝 Alliance Player：可從您的應用程式中開啟，在獨立視窗中執行，離線時也能使用。
nav-catalog = 課程
loading = 載入中…

## Languages
language-picker-label = 介面語言
language-picker-search = 搜尋語言
language-picker-none = 找不到符合搜尋條件的語言。
content-language-label = 課程語言
content-language-auto = 與介面語言相同
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = 語言：{ $language }

## Catalogue
catalog-heading = 課程目錄
catalog-search-label = 搜尋課程
catalog-search-placeholder = 標題、主題或提供單位
catalog-more = 顯示更多課程
catalog-earlier = 顯示前面的課程
catalog-loading-more = 正在搜尋更多課程…
catalog-language-label = 語言
catalog-language-any = 所有語言
catalog-count = { $count ->
    [0] 沒有符合的課程。
   *[other] 共 { $count } 門課程
}
catalog-empty = 沒有符合搜尋條件的課程。請試試其他關鍵字，或選擇「所有語言」。
catalog-rejected = { $count ->
   *[other] 此目錄中有 { $count } 門課程無法列出：
}
catalog-source-notice = 此清單中缺少部分課程：
catalog-source-unreachable = 無法連線至 { $source }：該網站可能暫時無法使用，或不允許本播放器讀取其課程。
catalog-source-status = { $source } 傳回錯誤（HTTP { $status }）。
catalog-source-too-large = { $source } 超過 { $limit }，這是本播放器讀取單一目錄的上限。
catalog-source-invalid = { $source } 不是本播放器能讀取的課程目錄：{ $detail }
catalog-source-left-out = 來自 { $source } 的「{ $course }」未列出：另一門課程已使用其網址 /course/{ $id }。
course-provider = 提供者：{ $provider }
course-languages = 語言：{ $languages }
course-size = 下載大小：{ $size }
course-open = 開啟課程
course-continue = 繼續學習
course-progress = 已完成 { $percent }

## Course
course-outline = 課程大綱
outline-show-earlier = 顯示前面的單元（已隱藏 { $count } 個）
outline-show-later = 顯示後面的單元（已隱藏 { $count } 個）
course-start = 開始學習
course-units = { $count ->
   *[other] { $count } 個單元
}
unit-ordinal = 第 { $index } 單元，共 { $total } 單元
unit-state-not-started = 尚未開始
unit-state-in-progress = 進行中
unit-state-completed = 已完成
unit-state-passed = 已通過
unit-state-failed = 尚未通過
unit-kind-video = 影片
unit-kind-audio = 音訊
unit-kind-reading = 閱讀
unit-kind-quiz = 測驗
unit-kind-document = 文件
unit-kind-interactive = 互動活動
unit-kind-unknown = 新類型的單元
unit-previous = 上一單元
unit-next = 下一單元
unit-mark-done = 標示為已完成
unit-done = 已完成
back-to-catalog = 所有課程
course-search-label = 在本課程中搜尋
course-search-count = { $count ->
    [0] 沒有結果
   *[other] 共 { $count } 個結果
}
course-search-more = { $count ->
   *[other] 僅顯示前 { $count } 個結果；請加入關鍵字縮小搜尋範圍。
}
course-search-subtitles = 正在一併搜尋字幕…
course-search-incomplete = 部分字幕無法搜尋。
course-search-in-title = 標題
course-search-in-reading = 閱讀
course-search-in-transcript = 逐字稿
course-search-in-subtitle = 字幕 { $time }
course-search-in-quiz = 測驗題

## Media
media-speed = 播放速度
media-subtitles = 字幕
media-subtitles-off = 關閉
media-subtitles-second = 第二字幕
media-fullscreen = 全螢幕
media-fullscreen-exit = 結束全螢幕
media-shortcuts = 鍵盤快速鍵
media-shortcuts-hint = 影片或音訊播放器取得焦點時：
# The name of the space bar key, as printed on keyboards.
media-key-space = 空白鍵
media-key-play = 播放或暫停
media-key-seek = 倒轉或快轉 5 秒
media-key-speed = 減速或加速
media-key-captions = 開啟或關閉字幕
media-key-fullscreen = 開啟或關閉全螢幕
media-transcript = 逐字稿
media-watched = 已觀看 { $percent }
media-unsupported = 您的瀏覽器無法播放此媒體。請改用其他瀏覽器，或下載檔案：

## Reading and document
reading-end = 閱讀內容到此結束
document-download = 下載 PDF（{ $size }）
document-download-nosize = 下載 PDF
document-fallback = 您的瀏覽器無法在此顯示 PDF，請下載後閱讀。
document-not-pdf = { $file } 不是 PDF 檔案。文件單元只顯示以「%PDF-」開頭的 PDF 檔案。

## Quiz
quiz-passing = 須達到 { $percent } 才能通過。
quiz-attempts-left = { $count ->
   *[other] 還剩 { $count } 次作答機會
}
quiz-attempts-unlimited = 作答次數不限
quiz-attempts-used = { $count ->
    [1] 您已用完唯一一次作答機會。
   *[other] 您已用完全部 { $count } 次作答機會。
}
quiz-question = 第 { $index } 題
quiz-true = 正確
quiz-false = 錯誤
quiz-answer-label = 您的答案
quiz-submit = 送出答案
quiz-retry = 重新作答
quiz-score = 您的分數：{ $score }
quiz-passed = 已通過，做得很好！
quiz-failed = 尚未通過。
quiz-best = 目前最高分：{ $score }
quiz-correct = 答對了
quiz-incorrect = 答錯了
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = 答案檢視：每一題都會顯示正確答案。
quiz-right-answer = 正確答案

## Interactive
interactive-title = 互動活動：{ $title }
interactive-hint = 完成此活動即可完成本單元。

## Storage
storage-quota = 此瀏覽器提供給播放器的儲存空間已滿，因此無法儲存您最新的學習進度。請釋出一些空間（在瀏覽器設定中移除已下載的課程或其他網站的資料），然後繼續學習：先前儲存的內容都沒有遺失。
storage-unavailable = 此瀏覽器不允許播放器儲存您的學習進度，因此進度只會保留到您關閉此頁面為止。無痕（私密）視窗通常會封鎖儲存功能。
storage-write-failed = 您最新的學習進度尚未儲存。進度已保留在此頁面中，並會在您進行下一步時儲存。

## Transcript (the learner's record of progress)
nav-transcript = 我的進度
transcript-heading = 我的進度
transcript-empty = 您尚未開始任何課程。
transcript-unit-score = 分數：{ $score }
transcript-time-spent = 學習時間：{ $duration }
transcript-completed-on = { $date }
transcript-export-xapi = 下載為 xAPI 陳述式（JSON）
transcript-export-csv = 下載為試算表（CSV）
transcript-reset = 重設我在此課程中的進度
transcript-reset-confirm = 要重設您在「{ $course }」中的所有進度嗎？此動作無法復原。

## 傳送至學習紀錄儲存庫（LRS），顯示在頁首與設定頁面
nav-settings = 設定
sync-off = 已儲存在此裝置上
sync-off-detail = 尚未連線至學習紀錄儲存庫：您的學習進度只會保留在此瀏覽器中。在設定中連線至學習紀錄儲存庫後，即可將您的完成紀錄傳送給您所屬的機構。
sync-done = 已全部傳送
sync-pending = { $count ->
   *[other] { $count } 筆紀錄等待傳送
}
sync-last-delivery = 上次傳送：{ $date }
sync-error-offline = 您目前處於離線狀態。您的紀錄會保留下來，並在恢復連線後傳送。
sync-error-unreachable = 無法連線至學習紀錄儲存庫。稍後將自動重試，不會遺失任何資料。
sync-error-server = 學習紀錄儲存庫發生問題（HTTP { $status }）。稍後將自動重試，不會遺失任何資料。
sync-error-unauthorized = 學習紀錄儲存庫拒絕了您的憑證。請在設定中重新輸入；在此之前，您的紀錄會一直保留。
sync-error-not-found = 此網址沒有學習紀錄儲存庫。請在設定中檢查網址；在此之前，您的紀錄會一直保留。
sync-error-version = 此學習紀錄儲存庫使用的是其他版本的 xAPI（{ $detail }）。請向您所屬的機構索取支援 xAPI 1.0.3 或 2.0.0 的網址。
sync-error-storage = 無法從此瀏覽器的儲存空間讀取等待傳送的紀錄（{ $detail }）。
sync-set-aside = { $count ->
   *[other] 有 { $count } 筆紀錄遭學習紀錄儲存庫拒絕
}
sync-set-aside-detail = 這些紀錄與儲存庫的回應一併保留在這裡，方便您或您所屬的機構查看需要修正的地方。
settings-heading = 設定
settings-lrs-heading = 學習紀錄儲存庫
settings-lrs-intro = 這些資訊由您所屬的機構提供，讓您的完成紀錄與分數能送達機構的紀錄中。
settings-lrs-endpoint = 網址（xAPI 端點）
settings-lrs-key = 金鑰或使用者名稱
settings-lrs-secret = 祕密金鑰或密碼
settings-lrs-token = 或使用存取權杖
settings-lrs-name = 您的姓名
settings-lrs-email = 您的電子郵件地址
settings-lrs-connect = 連線
settings-lrs-disconnect = 中斷連線
settings-lrs-connected = 已以 { $who } 的身分連線至 { $endpoint }。
settings-lrs-invalid-endpoint = 請輸入學習紀錄儲存庫的網址，開頭須為 https:// 或 http://。
settings-lrs-invalid-email = 請輸入您的電子郵件地址，讓您的紀錄歸入您的名下。
cmi5-unit-needs-worker = 此活動需要播放器完成安裝：請重新載入頁面後開啟。
cmi5-exit = 離開
cmi5-exiting = 正在儲存並返回…
cmi5-browse = 瀏覽模式：您在此處的操作不會被記錄。
cmi5-review = 複習模式：您在此處的操作不會被記錄。
cmi5-ended = 本次學習工作階段已結束。請從您的學習平台重新開啟課程以繼續記錄。
settings-lrs-launch-failed = 開啟此課程時使用的登入資訊無效（{ $detail }）。請從您所屬機構的網站重新開啟課程。

sources-heading = 課程來源
sources-intro = 課程目錄彙集了下列目錄中的課程。您可以透過網址新增其他大學或課程提供者的目錄；新增的目錄會為您儲存在這部裝置上。
sources-site = 由本網站選定
sources-remove = 移除
sources-add-label = 新增來源：其目錄的網址
sources-check = 檢查
sources-preview = { $count ->
   *[other] 共 { $count } 門課程
}
sources-add-confirm = 新增此來源
sources-added = 已新增：其課程現已列入課程目錄。
sources-removed = 已移除：其課程已不在課程目錄中。
sources-invalid-url = 請輸入以 https:// 開頭的網址（或本網站上的路徑，例如 /courses/catalog.json）。
sources-duplicate = 此目錄已在清單中。
sources-full = 您的來源清單已滿。請先移除一個，再新增其他來源。

## Unsupported and errors
unit-needs-newer-player = 此單元需要較新版本的播放器
unit-needs-newer-player-detail = 這是「{ $kind }」類型的單元，此版本的 Alliance Player 尚不支援。課程的其他部分仍可正常使用；請洽詢課程提供者，或更新播放器。
error-heading = 發生錯誤
error-catalog = 無法載入課程目錄。
error-document = 無法顯示此文件。
error-course = 無法開啟此課程。
error-course-not-found = 此目錄中沒有「{ $course }」這門課程。
error-unit-not-found = 此課程中沒有「{ $unit }」這個單元。
error-page-not-found = 此頁面不存在。
error-retry = 再試一次
error-part-unavailable = 無法下載播放器的這個部分。請檢查網路連線，然後再試一次。
error-what-to-do = 如果問題持續發生，請將上方顯示的訊息告知課程提供者。

## Offline use: the player on this device, course downloads, data saver
offline-indicator = 離線
offline-indicator-detail = 您目前處於離線狀態。已下載的課程仍可照常播放；您的學習進度會儲存在此裝置上，並在您恢復連線後傳送。
update-ready = Alliance Player 有新版本可供使用。
update-reload = 重新載入以更新
download-heading = 離線使用
download-course = 下載以供離線使用（{ $size }）
download-resume = 繼續下載（尚餘 { $size }）
download-progress = { $done } / { $total } · { $units } / { $unitsTotal } 個單元
download-cancel = 取消
download-done = 已下載：此課程可離線使用（{ $size }）。
download-remove = 移除下載內容
download-stored-partly = { $total } 中已有 { $done } 儲存在此裝置上。
download-failed = 下載已中斷：{ $detail }已儲存的內容會保留；請按「繼續下載」以接續下載。
download-file-mismatch = { $file } 未完整送達（預期為 { $expected }，實際收到 { $got }）。
download-file-failed = 無法下載 { $file }（{ $detail }）。
download-no-cors = { $host } 不允許本播放器讀取其檔案（它沒有傳送 CORS 標頭），因此無法驗證並儲存這些檔案。其管理員必須在每個課程檔案的回應中傳送 Access-Control-Allow-Origin。
download-quota = 此裝置已沒有空間可存放這門課程。請釋出一些空間或移除其他下載內容，然後繼續下載。
download-storage = 此瀏覽器在此裝置上最多可使用 { $available }，目前已使用 { $used }。
download-persistent = 下載內容會一直保留，直到您將其移除。
download-not-persistent = 若裝置儲存空間不足，瀏覽器可能會移除下載內容。
download-needs-network = 您目前處於離線狀態。請連上網路以下載此課程。
data-saver = 數據節省模式
data-saver-help = 媒體只會在您按下播放時才載入，逐字稿會優先顯示，媒體旁也會標示檔案大小。
media-size = 需載入 { $size }

## Notes and bookmarks
notes-heading = 我的筆記
notes-bookmark = 將此單元加入書籤
notes-bookmarked = 已加入書籤
notes-bookmark-moment = 將此時間點加入書籤
notes-note-label = 您對此單元的筆記
notes-save = 儲存筆記
notes-saved = 已儲存。
notes-delete = 刪除
# A moment of a video or audio, e.g. "At 1:05".
notes-at = 時間點 { $time }
notes-empty = 此課程中還沒有筆記或書籤。請為某個單元或影片中的某個時間點加入書籤，並寫下筆記。
notes-where = 您的筆記會保留在這部裝置上；連線至學習紀錄儲存庫後，也會傳送到該儲存庫。
notes-too-long = 每則筆記最多 { $max } 個字元。
notes-too-many = 此課程的筆記數量已達上限：請先刪除一則，再新增筆記。

## Accessibility
unit-nav-label = 上一單元與下一單元
captions-always = 影片或音訊有字幕時一律顯示字幕（若有您的語言則顯示該語言，否則顯示課程語言）
caption-style = 字幕樣式
caption-size = 文字大小
caption-colour = 文字顏色
caption-background = 背景
caption-colour-white = 白色
caption-colour-yellow = 黃色
caption-colour-cyan = 青色
caption-colour-green = 綠色
caption-colour-magenta = 洋紅色
caption-colour-black = 黑色
caption-background-black = 半透明黑色
caption-background-solid-black = 黑色
caption-background-white = 白色
caption-background-transparent = 無
caption-background-blue = 藍色
caption-preview = 字幕會以這個樣子顯示。
caption-unreadable = 此文字在這個背景上不易閱讀：請選擇其他顏色或背景。
launch-other = 此連結會以 { $who } 的身分把你的學習紀錄傳送到 { $endpoint }。你目前以 { $current_who } 的身分連線到 { $current }。
launch-switch = 切換到此連線
launch-keep = 保留我的連線

launch-other-learner = 這個連結是給 { $who } 的。目前正在使用播放器的是 { $current_who }。要切換到 { $who } 嗎？
launch-switch-learner = 切換學習者

## Learners
learners-heading = 這部裝置上的學習者
learners-locked = { $name } 正在使用播放器
learner-unnamed = 我
learner-now = 正在使用播放器
learner-switch = 切換到這位學習者
learner-rename = 重新命名
learner-name = 名字
learner-save = 儲存
learner-cancel = 取消
learner-remove = 移除
learner-remove-ask = 要從這部裝置移除 { $name } 嗎？其在這部裝置上的學習進度、待傳送的紀錄和設定都會被刪除。已下載的課程會保留。
learner-removed = 已移除 { $name }。
learner-pin = PIN 碼（四位數字，選填）
learner-pin-label = PIN 碼
learner-pin-for = { $name } 的 PIN 碼
learner-pin-new = 新 PIN 碼（四位數字）
learner-pin-set = 設定 PIN 碼
learner-pin-remove = 移除 PIN 碼
learner-pin-open = 繼續
learner-pin-note = PIN 碼能讓共用這部裝置的人不進入彼此的學習進度。它是為了隱私，而不是安全防護。
learner-add-heading = 新增學習者
learner-add = 新增
learner-added = 已新增 { $name }。
learner-saved = 已儲存。
learner-error-empty = 請輸入名字。
learner-error-long = 這個名字太長了。
learner-error-taken = 這部裝置上已經有人叫 { $name }。
learner-error-pin = PIN 碼必須剛好是四位數字。
learner-error-full = 這部裝置無法再新增學習者。請先移除一位。
learner-error-unknown = 無法變更學習者清單。請重新載入頁面後再試一次。
learner-error-wrong-pin = PIN 碼不正確。
signout-ask = { $count ->
   *[other] 還有 { $count } 筆紀錄尚未傳送。
}
signout-keep = { $count ->
   *[other] 保留這 { $count } 筆待傳送的紀錄，等我再次連線時傳送
}
signout-discard = { $count ->
   *[other] 捨棄
}
