# Alliance Player interface strings — 日本語
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = 日本語
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = 本文へスキップ
# In the header where the browser offers to install the player as an app.
install-app = アプリをインストール
install-app-hint = この端末に Alliance Player をインストールすると、アプリ一覧から専用のウィンドウで開けます。オフラインでも使えます。
nav-catalog = コース
loading = 読み込み中…

## Languages
language-picker-label = 表示言語
language-picker-search = 言語を検索
language-picker-none = 検索条件に一致する言語はありません。
content-language-label = コースの言語
content-language-auto = 表示言語と同じ
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = 言語：{ $language }

## Catalogue
catalog-heading = コース一覧
catalog-search-label = コースを検索
catalog-search-placeholder = タイトル、テーマ、提供者
catalog-more = さらにコースを表示
catalog-earlier = 前のコースを表示
catalog-loading-more = さらにコースを探しています…
catalog-language-label = 言語
catalog-language-any = すべての言語
catalog-count = { $count ->
    [0] 一致するコースはありません。
   *[other] { $count }件のコース
}
catalog-empty = 検索条件に一致するコースはありません。別のキーワードを試すか、「すべての言語」を選択してください。
catalog-rejected = { $count ->
   *[other] このコース一覧のうち、{ $count }件のコースを表示できませんでした：
}
catalog-source-notice = 一部のコースがこの一覧にありません：
catalog-source-unreachable = { $source } に接続できませんでした。サイトが停止しているか、このプレーヤーにコースの読み込みを許可していない可能性があります。
catalog-source-status = { $source } がエラーを返しました（HTTP { $status }）。
catalog-source-too-large = { $source } は { $limit } を超えています。このプレーヤーが 1 つのカタログとして読み込めるのはここまでです。
catalog-source-invalid = { $source } は、このプレーヤーが読み込めるコースカタログではありません：{ $detail }
catalog-source-left-out = { $source } の「{ $course }」は表示されません。別のコースがすでにそのアドレス /course/{ $id } を使っています。
course-provider = 提供：{ $provider }
course-languages = 言語：{ $languages }
course-size = ダウンロードサイズ：{ $size }
course-open = コースを開く
course-continue = 学習を続ける
course-progress = { $percent } 完了

## Course
course-outline = コースの構成
outline-show-earlier = 前のユニットを表示（非表示 { $count } 件）
outline-show-later = 後のユニットを表示（非表示 { $count } 件）
course-start = 学習を始める
course-units = { $count ->
   *[other] { $count }ユニット
}
unit-ordinal = 第{ $index }ユニット（全{ $total }ユニット）
unit-state-not-started = 未開始
unit-state-in-progress = 学習中
unit-state-completed = 完了
unit-state-passed = 合格
unit-state-failed = 未合格
unit-kind-video = 動画
unit-kind-audio = 音声
unit-kind-reading = 読み物
unit-kind-quiz = クイズ
unit-kind-document = 資料
unit-kind-interactive = アクティビティ
unit-kind-unknown = 新しい種類のユニット
unit-previous = 前へ
unit-next = 次へ
unit-mark-done = 完了にする
unit-done = 完了
back-to-catalog = すべてのコース
course-search-label = このコース内を検索
course-search-count = { $count ->
    [0] 結果はありません
   *[other] { $count }件の結果
}
course-search-more = { $count ->
   *[other] 最初の{ $count }件のみ表示しています。キーワードを追加して絞り込んでください。
}
course-search-subtitles = 字幕も検索しています…
course-search-incomplete = 一部の字幕を検索できませんでした。
course-search-in-title = タイトル
course-search-in-reading = 読み物
course-search-in-transcript = 文字起こし
course-search-in-subtitle = 字幕（{ $time }）
course-search-in-quiz = クイズの問題

## Media
media-speed = 再生速度
media-subtitles = 字幕
media-subtitles-off = オフ
media-subtitles-second = 第2字幕
media-fullscreen = 全画面表示
media-fullscreen-exit = 全画面表示を終了
media-shortcuts = キーボードショートカット
media-shortcuts-hint = 動画・音声プレーヤーにフォーカスがあるとき：
# The name of the space bar key, as printed on keyboards.
media-key-space = スペース
media-key-play = 再生／一時停止
media-key-seek = 5 秒戻る／5 秒進む
media-key-speed = 再生速度を下げる／上げる
media-key-captions = 字幕のオン／オフ
media-key-fullscreen = 全画面表示のオン／オフ
media-transcript = 文字起こし
media-watched = 視聴済み：{ $percent }
media-unsupported = お使いのブラウザーではこのメディアを再生できません。別のブラウザーをお試しいただくか、ファイルをダウンロードしてください：

## Reading and document
reading-end = 読み物はここまでです
document-download = PDF をダウンロード（{ $size }）
document-download-nosize = PDF をダウンロード
document-fallback = お使いのブラウザーでは、ここに PDF を表示できません。ダウンロードしてお読みください。
document-not-pdf = { $file } は PDF ファイルではありません。文書ユニットに表示できるのは、「%PDF-」で始まる PDF ファイルだけです。

## Quiz
quiz-passing = 合格するには { $percent } 以上が必要です。
quiz-attempts-left = { $count ->
   *[other] 残りの解答回数：{ $count }回
}
quiz-attempts-unlimited = 解答回数：無制限
quiz-attempts-used = { $count ->
    [1] 解答は1回のみで、その1回をすでに使いました。
   *[other] 解答できる{ $count }回をすべて使いました。
}
quiz-question = 第{ $index }問
quiz-true = 正しい
quiz-false = 誤り
quiz-answer-label = あなたの解答
quiz-submit = 解答を送信
quiz-retry = もう一度挑戦する
quiz-score = 得点：{ $score }
quiz-passed = 合格です。よくできました！
quiz-failed = まだ合格していません。
quiz-best = これまでの最高得点：{ $score }
quiz-correct = 正解
quiz-incorrect = 不正解
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = 振り返り：各問題に正しい解答が表示されます。
quiz-right-answer = 正しい解答

## Interactive
interactive-title = インタラクティブ アクティビティ：{ $title }
interactive-hint = アクティビティを最後まで行うと、このユニットが完了します。

## Storage
storage-quota = このブラウザーでプレーヤーが使える保存領域がいっぱいのため、最新の学習状況を保存できませんでした。空き容量を確保してから（ブラウザーの設定で、ダウンロードしたコースやほかのサイトのデータを削除してください）、学習を続けてください。これまでに保存された内容は失われていません。
storage-unavailable = このブラウザーではプレーヤーが学習状況を保存できないため、学習状況はこのページを閉じるまでしか保持されません。プライベートウィンドウでは、保存がブロックされることがよくあります。
storage-write-failed = 最新の学習状況はまだ保存されていません。このページ内に保持されており、次に操作したときに保存されます。

## Transcript (the learner's record of progress)
nav-transcript = 学習状況
transcript-heading = 学習状況
transcript-empty = まだコースを始めていません。
transcript-unit-score = 得点：{ $score }
transcript-time-spent = 学習時間：{ $duration }
transcript-completed-on = { $date }
transcript-export-xapi = xAPI ステートメント（JSON）としてダウンロード
transcript-export-csv = スプレッドシート（CSV）としてダウンロード
transcript-reset = このコースの学習状況をリセット
transcript-reset-confirm = 「{ $course }」の学習状況をすべてリセットしますか？この操作は元に戻せません。

## 学習記録ストア（LRS）への送信（ヘッダーと設定ページに表示）
nav-settings = 設定
sync-off = この端末に保存済み
sync-off-detail = 学習記録ストアに接続されていません。学習状況はこのブラウザー内に保存されます。修了した内容を所属機関に送信するには、設定で学習記録ストアに接続してください。
sync-done = すべて送信済み
sync-pending = { $count ->
   *[other] { $count }件の記録が送信待ち
}
sync-last-delivery = 最終送信：{ $date }
sync-error-offline = オフラインです。記録は保持されており、接続が回復すると送信されます。
sync-error-unreachable = 学習記録ストアに接続できませんでした。まもなく再試行します。記録は失われていません。
sync-error-server = 学習記録ストアで問題が発生しています（HTTP { $status }）。まもなく再試行します。記録は失われていません。
sync-error-unauthorized = 学習記録ストアで認証情報が拒否されました。設定で認証情報をもう一度入力してください。それまで記録は保持されます。
sync-error-not-found = このアドレスに学習記録ストアは見つかりません。設定でアドレスを確認してください。それまで記録は保持されます。
sync-error-version = この学習記録ストアは別のバージョンの xAPI を使用しています（{ $detail }）。xAPI 1.0.3 または 2.0.0 に対応したアドレスを所属機関にお問い合わせください。
sync-error-storage = 送信待ちの記録をこのブラウザーの保存領域から読み込めませんでした（{ $detail }）。
sync-set-aside = { $count ->
   *[other] { $count }件の記録が学習記録ストアに拒否されました
}
sync-set-aside-detail = これらの記録は、学習記録ストアからの応答とともにここに保持されています。あなたや所属機関が、修正すべき点を確認できます。
settings-heading = 設定
settings-lrs-heading = 学習記録ストア（LRS）
settings-lrs-intro = 以下の情報は所属機関から提供されます。これにより、修了状況や得点が所属機関の記録に届きます。
settings-lrs-endpoint = アドレス（xAPI エンドポイント）
settings-lrs-key = キーまたはユーザー名
settings-lrs-secret = シークレットまたはパスワード
settings-lrs-token = またはアクセストークン
settings-lrs-name = 名前
settings-lrs-email = メールアドレス
settings-lrs-connect = 接続
settings-lrs-disconnect = 切断
settings-lrs-connected = { $endpoint } に { $who } として接続しています。
settings-lrs-invalid-endpoint = 学習記録ストアのアドレスを、https:// または http:// で始まる形式で入力してください。
settings-lrs-invalid-email = 記録があなたの名前で登録されるよう、メールアドレスを入力してください。
cmi5-unit-needs-worker = このアクティビティを開くには、プレーヤーのインストールが完了している必要があります。ページを再読み込みしてください。
cmi5-exit = 終了
cmi5-exiting = 保存して戻っています…
cmi5-browse = 閲覧モード：ここでの操作は記録されません。
cmi5-review = 復習モード：ここでの操作は記録されません。
cmi5-ended = このセッションは終了しました。さらに記録するには、学習プラットフォームからコースをもう一度開いてください。
settings-lrs-launch-failed = コースを開く際のサインインが機能しませんでした（{ $detail }）。所属機関のサイトからもう一度開いてください。

sources-heading = コースの提供元
sources-intro = コース一覧には、下のカタログのコースがまとめて表示されます。ほかの大学やコース提供者のカタログを、アドレスを入力して追加できます。追加したカタログは、この端末にあなた用として保存されます。
sources-site = このサイトが選択
sources-remove = 削除
sources-add-label = 提供元を追加：カタログのアドレス
sources-check = 確認
sources-preview = { $count ->
   *[other] { $count }件のコース
}
sources-add-confirm = この提供元を追加
sources-added = 追加しました。その提供元のコースがコース一覧に表示されます。
sources-removed = 削除しました。その提供元のコースはコース一覧に表示されなくなりました。
sources-invalid-url = https:// で始まるアドレス（またはこのサイト内のパス、例：/courses/catalog.json）を入力してください。
sources-duplicate = このカタログはすでに一覧にあります。
sources-full = 提供元の一覧がいっぱいです。追加するには、先にどれかを削除してください。

## Unsupported and errors
unit-needs-newer-player = このユニットには新しいバージョンのプレーヤーが必要です
unit-needs-newer-player-detail = これは「{ $kind }」形式のユニットで、このバージョンの Alliance Player はまだ対応していません。コースのほかの部分は問題なく利用できます。コースの提供元にお問い合わせいただくか、プレーヤーを更新してください。
error-heading = 問題が発生しました
error-catalog = コース一覧を読み込めませんでした。
error-document = この文書は表示できません。
error-course = このコースを開けませんでした。
error-course-not-found = このコース一覧に「{ $course }」というコースはありません。
error-unit-not-found = このコースに「{ $unit }」というユニットはありません。
error-page-not-found = このページは存在しません。
error-retry = 再試行
error-part-unavailable = プレーヤーのこの部分をダウンロードできませんでした。インターネット接続を確認してから、再試行してください。
error-what-to-do = 問題が解決しない場合は、上に表示されている内容をコースの提供元にお知らせください。

## Offline use: the player on this device, course downloads, data saver
offline-indicator = オフライン
offline-indicator-detail = オフラインです。ダウンロードしたコースは通常どおり再生できます。学習状況はこの端末に保存され、オンラインに戻ったときに送信されます。
update-ready = Alliance Player の新しいバージョンの準備ができました。
update-reload = 再読み込みして更新
download-heading = オフラインで利用
download-course = オフライン用にダウンロード（{ $size }）
download-resume = ダウンロードを再開（残り { $size }）
download-progress = { $done } / { $total } · { $units } / { $unitsTotal } ユニット
download-cancel = キャンセル
download-done = ダウンロード済み：このコースはオフラインで利用できます（{ $size }）。
download-remove = ダウンロードを削除
download-stored-partly = { $total } のうち { $done } はすでにこの端末にあります。
download-failed = ダウンロードが停止しました：{ $detail } 保存済みの内容は保持されます。続けるには「ダウンロードを再開」を押してください。
download-file-mismatch = { $file } が正しく届きませんでした（想定：{ $expected }、受信：{ $got }）。
download-file-failed = { $file } をダウンロードできませんでした（{ $detail }）。
download-no-cors = { $host } はこのプレーヤーにファイルの読み取りを許可していません（CORS ヘッダーを送信していません）。そのため、ファイルを確認して保存できません。サーバーの管理者は、コースのすべてのファイルに Access-Control-Allow-Origin を付けて送信する必要があります。
download-quota = この端末にはコースを保存する空き容量がありません。空き容量を確保するか、ほかのダウンロードを削除してから、ダウンロードを再開してください。
download-storage = このブラウザーは、この端末で使用できる { $available } のうち { $used } を使用しています。
download-persistent = ダウンロードしたデータは、削除するまで保持されます。
download-not-persistent = 端末の空き容量が不足すると、ブラウザーがダウンロードしたデータを削除することがあります。
download-needs-network = オフラインです。このコースをダウンロードするには、インターネットに接続してください。
data-saver = データセーバー
data-saver-help = メディアは再生を押したときにだけ読み込まれます。文字起こしが先に表示され、メディアの横にはサイズが表示されます。
media-size = 読み込みサイズ：{ $size }

## Notes and bookmarks
notes-heading = 自分のメモ
notes-bookmark = このユニットをブックマーク
notes-bookmarked = ブックマーク済み
notes-bookmark-moment = この位置をブックマーク
notes-note-label = このユニットについてのメモ
notes-save = メモを保存
notes-saved = 保存しました。
notes-delete = 削除
# A moment of a video or audio, e.g. "At 1:05".
notes-at = { $time } の位置
notes-empty = このコースにはまだメモやブックマークがありません。ユニットや動画の特定の位置をブックマークして、メモを書き込みましょう。
notes-where = メモはこの端末に保存され、学習記録ストアに接続している場合はそちらにも送信されます。
notes-too-long = メモは { $max } 文字以内で入力してください。
notes-too-many = このコースに保存できるメモの数が上限に達しました。追加するには、先にどれかを削除してください。

## Accessibility
unit-nav-label = 前後のユニット
captions-always = 動画や音声に字幕があれば常に表示する（お使いの言語の字幕があればその言語、なければコースの言語）
caption-style = 字幕のスタイル
caption-size = 文字サイズ
caption-colour = 文字の色
caption-background = 背景
caption-colour-white = 白
caption-colour-yellow = 黄
caption-colour-cyan = シアン
caption-colour-green = 緑
caption-colour-magenta = マゼンタ
caption-colour-black = 黒
caption-background-black = 半透明の黒
caption-background-solid-black = 黒
caption-background-white = 白
caption-background-transparent = なし
caption-background-blue = 青
caption-preview = 字幕はこのように表示されます。
caption-unreadable = この背景ではこの文字は読みにくくなります。別の色か背景を選んでください。
launch-other = このリンクは、あなたの学習記録を { $who } として { $endpoint } に送ります。現在は { $current } に { $current_who } として接続しています。
launch-switch = この接続に切り替える
launch-keep = 今の接続のままにする

launch-other-learner = このリンクは { $who } さん用です。いまプレーヤーを使っているのは { $current_who } さんです。{ $who } さんに切り替えますか？
launch-switch-learner = 学習者を切り替える

## Learners
learners-heading = この端末の学習者
learners-locked = { $name } さんがプレーヤーを使用中です
learner-unnamed = 自分
learner-now = プレーヤーを使用中
learner-switch = この学習者に切り替える
learner-rename = 名前を変更
learner-name = 名前
learner-save = 保存
learner-cancel = キャンセル
learner-remove = 削除
learner-remove-ask = { $name } さんをこの端末から削除しますか？この端末にあるその人の進捗、送信待ちの記録、設定が削除されます。ダウンロード済みのコースは残ります。
learner-removed = { $name } さんを削除しました。
learner-pin = 暗証番号（4桁の数字、任意）
learner-pin-label = 暗証番号
learner-pin-for = { $name } さんの暗証番号
learner-pin-new = 新しい暗証番号（4桁の数字）
learner-pin-set = 暗証番号を設定
learner-pin-remove = 暗証番号を解除
learner-pin-open = 続ける
learner-pin-note = 暗証番号があると、この端末を共有する人同士がお互いの進捗に入らずに済みます。プライバシーのためのもので、セキュリティ対策ではありません。
learner-add-heading = 学習者を追加
learner-add = 追加
learner-added = { $name } さんを追加しました。
learner-saved = 保存しました。
learner-error-empty = 名前を入力してください。
learner-error-long = この名前は長すぎます。
learner-error-taken = この端末にはすでに { $name } という人がいます。
learner-error-pin = 暗証番号はちょうど4桁の数字です。
learner-error-full = この端末にはこれ以上学習者を追加できません。先にだれかを削除してください。
learner-error-unknown = 学習者の一覧を変更できませんでした。ページを再読み込みして、もう一度お試しください。
learner-error-wrong-pin = 暗証番号が違います。
signout-ask = { $count ->
   *[other] まだ送信されていない記録が { $count } 件あります。
}
signout-keep = { $count ->
   *[other] 送信待ちの { $count } 件の記録を次に接続するときのために残す
}
signout-discard = { $count ->
   *[other] 破棄する
}
