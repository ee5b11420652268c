# Alliance Player interface strings — 中文（简体）
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = 中文（简体）
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = 跳到主要内容
# In the header where the browser offers to install the player as an app.
install-app = 安装应用
install-app-hint = 在此设备上安装 Alliance Player：可从您的应用中打开，在独立窗口中运行，离线时也能使用。
nav-catalog = 课程
loading = 正在加载…

## Languages
language-picker-label = 界面语言
language-picker-search = 搜索语言
language-picker-none = 没有与搜索内容匹配的语言。
content-language-label = 课程语言
content-language-auto = 与界面语言相同
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = 语言：{ $language }

## Catalogue
catalog-heading = 课程目录
catalog-search-label = 搜索课程
catalog-search-placeholder = 标题、主题或提供方
catalog-more = 显示更多课程
catalog-earlier = 显示前面的课程
catalog-loading-more = 正在查找更多课程…
catalog-language-label = 语言
catalog-language-any = 所有语言
catalog-count = { $count ->
    [0] 没有匹配的课程。
   *[other] 共 { $count } 门课程
}
catalog-empty = 没有与搜索内容匹配的课程。请换个关键词，或选择“所有语言”。
catalog-rejected = { $count ->
   *[other] 此目录中有 { $count } 门课程无法列出：
}
catalog-source-notice = 此列表中缺少部分课程：
catalog-source-unreachable = 无法连接到 { $source }：该网站可能暂时无法访问，或不允许本播放器读取其课程。
catalog-source-status = { $source } 返回了错误（HTTP { $status }）。
catalog-source-too-large = { $source } 超过 { $limit }，这是本播放器读取单个目录的上限。
catalog-source-invalid = { $source } 不是本播放器能读取的课程目录：{ $detail }
catalog-source-left-out = 来自 { $source } 的“{ $course }”未列出：另一门课程已使用其地址 /course/{ $id }。
course-provider = 提供方：{ $provider }
course-languages = 语言：{ $languages }
course-size = 下载大小：{ $size }
course-open = 打开课程
course-continue = 继续学习
course-progress = 已完成 { $percent }

## Course
course-outline = 课程大纲
outline-show-earlier = 显示前面的单元（已隐藏 { $count } 个）
outline-show-later = 显示后面的单元（已隐藏 { $count } 个）
course-start = 开始学习
course-units = { $count ->
   *[other] { $count } 个单元
}
unit-ordinal = 第 { $index } 单元，共 { $total } 单元
unit-state-not-started = 未开始
unit-state-in-progress = 进行中
unit-state-completed = 已完成
unit-state-passed = 已通过
unit-state-failed = 尚未通过
unit-kind-video = 视频
unit-kind-audio = 音频
unit-kind-reading = 阅读
unit-kind-quiz = 测验
unit-kind-document = 文档
unit-kind-interactive = 互动活动
unit-kind-unknown = 新类型的单元
unit-previous = 上一单元
unit-next = 下一单元
unit-mark-done = 标记为已完成
unit-done = 已完成
back-to-catalog = 全部课程
course-search-label = 在本课程中搜索
course-search-count = { $count ->
    [0] 没有结果
   *[other] 共 { $count } 个结果
}
course-search-more = { $count ->
   *[other] 仅显示前 { $count } 个结果；请添加关键词缩小搜索范围。
}
course-search-subtitles = 正在同时搜索字幕…
course-search-incomplete = 部分字幕无法搜索。
course-search-in-title = 标题
course-search-in-reading = 阅读
course-search-in-transcript = 文字稿
course-search-in-subtitle = 字幕 { $time }
course-search-in-quiz = 测验题

## Media
media-speed = 播放速度
media-subtitles = 字幕
media-subtitles-off = 关闭
media-subtitles-second = 第二字幕
media-fullscreen = 全屏
media-fullscreen-exit = 退出全屏
media-shortcuts = 键盘快捷键
media-shortcuts-hint = 视频或音频播放器获得焦点时：
# The name of the space bar key, as printed on keyboards.
media-key-space = 空格键
media-key-play = 播放或暂停
media-key-seek = 后退或前进 5 秒
media-key-speed = 减速或加速
media-key-captions = 开启或关闭字幕
media-key-fullscreen = 开启或关闭全屏
media-transcript = 文字稿
media-watched = 已观看 { $percent }
media-unsupported = 您的浏览器无法播放此媒体。请换用其他浏览器，或下载文件：

## Reading and document
reading-end = 阅读材料到此结束
document-download = 下载 PDF（{ $size }）
document-download-nosize = 下载 PDF
document-fallback = 您的浏览器无法在此处显示 PDF。请下载后阅读。
document-not-pdf = { $file } 不是 PDF 文件。文档单元只显示以“%PDF-”开头的 PDF 文件。

## Quiz
quiz-passing = 得分达到 { $percent } 即可通过。
quiz-attempts-left = { $count ->
   *[other] 还剩 { $count } 次作答机会
}
quiz-attempts-unlimited = 作答次数不限
quiz-attempts-used = { $count ->
    [1] 您已用完唯一一次作答机会。
   *[other] 您已用完全部 { $count } 次作答机会。
}
quiz-question = 第 { $index } 题
quiz-true = 正确
quiz-false = 错误
quiz-answer-label = 您的答案
quiz-submit = 提交答案
quiz-retry = 重新作答
quiz-score = 您的得分：{ $score }
quiz-passed = 已通过，做得好！
quiz-failed = 尚未通过。
quiz-best = 目前最高分：{ $score }
quiz-correct = 回答正确
quiz-incorrect = 回答错误
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = 答案回顾：每道题都会显示正确答案。
quiz-right-answer = 正确答案

## Interactive
interactive-title = 互动活动：{ $title }
interactive-hint = 完成此活动即可完成本单元。

## Storage
storage-quota = 此浏览器为播放器提供的存储空间已满，因此无法保存您的最新学习进度。请释放一些空间（在浏览器设置中删除已下载的课程或其他网站的数据），然后继续学习：之前保存的内容均未丢失。
storage-unavailable = 此浏览器不允许播放器存储您的学习进度，因此进度只会保留到您关闭此页面为止。无痕（隐私）浏览窗口通常会阻止存储。
storage-write-failed = 您的最新学习进度暂时未能保存。进度已保留在此页面中，并会在您进行下一步时保存。

## Transcript (the learner's record of progress)
nav-transcript = 我的进度
transcript-heading = 我的进度
transcript-empty = 您还没有开始学习任何课程。
transcript-unit-score = 得分：{ $score }
transcript-time-spent = 学习时长：{ $duration }
transcript-completed-on = { $date }
transcript-export-xapi = 下载为 xAPI 语句（JSON）
transcript-export-csv = 下载为电子表格（CSV）
transcript-reset = 重置我在此课程中的进度
transcript-reset-confirm = 要重置您在“{ $course }”中的全部进度吗？此操作无法撤销。

## 向学习记录存储库（LRS）发送数据，显示在页眉和设置页面中
nav-settings = 设置
sync-off = 已保存在此设备上
sync-off-detail = 未连接学习记录存储库：您的学习进度仅保留在此浏览器中。在设置中连接学习记录存储库后，即可将您的完成情况发送给您所在的机构。
sync-done = 已全部发送
sync-pending = { $count ->
   *[other] { $count } 条记录等待发送
}
sync-last-delivery = 上次发送：{ $date }
sync-error-offline = 您当前处于离线状态。您的记录会被保留，并在网络恢复后发送。
sync-error-unreachable = 无法连接到学习记录存储库。稍后将自动重试，不会丢失任何数据。
sync-error-server = 学习记录存储库出现问题（HTTP { $status }）。稍后将自动重试，不会丢失任何数据。
sync-error-unauthorized = 学习记录存储库拒绝了您的凭据。请在设置中重新输入；在此之前，您的记录会一直保留。
sync-error-not-found = 此地址上没有学习记录存储库。请在设置中检查地址；在此之前，您的记录会一直保留。
sync-error-version = 该学习记录存储库使用的是其他版本的 xAPI（{ $detail }）。请向您所在的机构索取支持 xAPI 1.0.3 或 2.0.0 的地址。
sync-error-storage = 无法从此浏览器的存储空间中读取等待发送的记录（{ $detail }）。
sync-set-aside = { $count ->
   *[other] 有 { $count } 条记录被学习记录存储库拒绝
}
sync-set-aside-detail = 这些记录连同存储库的响应一起保留在此处，以便您或您所在的机构查看需要更正的内容。
settings-heading = 设置
settings-lrs-heading = 学习记录存储库
settings-lrs-intro = 这些信息由您所在的机构提供，以便您的完成情况和成绩记入该机构的记录。
settings-lrs-endpoint = 地址（xAPI 端点）
settings-lrs-key = 密钥或用户名
settings-lrs-secret = 机密或密码
settings-lrs-token = 或使用访问令牌
settings-lrs-name = 您的姓名
settings-lrs-email = 您的电子邮件地址
settings-lrs-connect = 连接
settings-lrs-disconnect = 断开连接
settings-lrs-connected = 已以 { $who } 的身份连接到 { $endpoint }。
settings-lrs-invalid-endpoint = 请输入学习记录存储库的地址，以 https:// 或 http:// 开头。
settings-lrs-invalid-email = 请输入您的电子邮件地址，以便将您的记录归入您的名下。
cmi5-unit-needs-worker = 此活动需要播放器完成安装：请重新加载页面后打开。
cmi5-exit = 退出
cmi5-exiting = 正在保存并返回…
cmi5-browse = 浏览模式：您在此处的操作不会被记录。
cmi5-review = 复习模式：您在此处的操作不会被记录。
cmi5-ended = 本次学习会话已结束。请从您的学习平台重新打开课程以继续记录。
settings-lrs-launch-failed = 打开此课程时使用的登录信息无效（{ $detail }）。请从您所在机构的网站重新打开课程。

sources-heading = 课程来源
sources-intro = 课程目录汇集了下列目录中的课程。您可以通过地址添加其他大学或课程提供方的目录；添加的目录会为您保存在此设备上。
sources-site = 由本网站选定
sources-remove = 移除
sources-add-label = 添加来源：其目录的地址
sources-check = 检查
sources-preview = { $count ->
   *[other] 共 { $count } 门课程
}
sources-add-confirm = 添加此来源
sources-added = 已添加：其课程现已列入课程目录。
sources-removed = 已移除：其课程已不在课程目录中。
sources-invalid-url = 请输入以 https:// 开头的地址（或本网站上的路径，例如 /courses/catalog.json）。
sources-duplicate = 此目录已在列表中。
sources-full = 您的来源列表已满。请先移除一个，再添加其他来源。

## Unsupported and errors
unit-needs-newer-player = 此单元需要更新版本的播放器
unit-needs-newer-player-detail = 这是一个“{ $kind }”类型的单元，当前版本的 Alliance Player 尚不支持。课程的其余部分可以正常使用；请联系课程提供方，或更新播放器。
error-heading = 出错了
error-catalog = 无法加载课程目录。
error-document = 无法显示此文档。
error-course = 无法打开此课程。
error-course-not-found = 此目录中没有课程“{ $course }”。
error-unit-not-found = 此课程中没有单元“{ $unit }”。
error-page-not-found = 此页面不存在。
error-retry = 重试
error-part-unavailable = 无法下载播放器的这一部分。请检查网络连接，然后重试。
error-what-to-do = 如果问题仍然存在，请将上方显示的信息告知课程提供方。

## Offline use: the player on this device, course downloads, data saver
offline-indicator = 离线
offline-indicator-detail = 您当前处于离线状态。已下载的课程可照常播放；您的学习进度会保存在此设备上，并在您恢复联网后发送。
update-ready = Alliance Player 的新版本已准备就绪。
update-reload = 重新加载以更新
download-heading = 离线使用
download-course = 下载以供离线使用（{ $size }）
download-resume = 继续下载（剩余 { $size }）
download-progress = { $done } / { $total } · { $units } / { $unitsTotal } 个单元
download-cancel = 取消
download-done = 已下载：此课程可离线使用（{ $size }）。
download-remove = 删除下载内容
download-stored-partly = 此设备上已有 { $done }（共 { $total }）。
download-failed = 下载已停止：{ $detail } 已存储的内容会保留；点击“继续下载”即可继续。
download-file-mismatch = { $file } 未能完整送达（应为 { $expected }，实际收到 { $got }）。
download-file-failed = 无法下载 { $file }（{ $detail }）。
download-no-cors = { $host } 不允许本播放器读取其文件（它没有发送 CORS 标头），因此无法校验和存储这些文件。其管理员须在每个课程文件的响应中发送 Access-Control-Allow-Origin。
download-quota = 此设备已没有空间存放该课程。请释放一些空间或删除其他下载内容，然后继续下载。
download-storage = 此浏览器在此设备上最多可使用 { $available }，目前已使用 { $used }。
download-persistent = 下载内容会一直保留，直到您将其删除。
download-not-persistent = 如果设备存储空间不足，浏览器可能会删除下载内容。
download-needs-network = 您当前处于离线状态。请连接到互联网以下载此课程。
data-saver = 省流量模式
data-saver-help = 媒体仅在您点击播放时加载，文字稿优先显示，媒体旁会显示其大小。
media-size = 需加载 { $size }

## Notes and bookmarks
notes-heading = 我的笔记
notes-bookmark = 将此单元加入书签
notes-bookmarked = 已加入书签
notes-bookmark-moment = 将此时间点加入书签
notes-note-label = 您对此单元的笔记
notes-save = 保存笔记
notes-saved = 已保存。
notes-delete = 删除
# A moment of a video or audio, e.g. "At 1:05".
notes-at = 时间点 { $time }
notes-empty = 此课程中还没有笔记或书签。请为某个单元或视频中的某个时间点加入书签，并为其写下笔记。
notes-where = 您的笔记保存在此设备上；连接学习记录存储库后，也会发送到该存储库。
notes-too-long = 每条笔记最多 { $max } 个字符。
notes-too-many = 此课程的笔记数量已达上限：请先删除一条，再添加新的笔记。

## Accessibility
unit-nav-label = 上一单元和下一单元
captions-always = 视频或音频有字幕时始终显示（优先使用您的语言，没有则使用课程语言）
caption-style = 字幕样式
caption-size = 文字大小
caption-colour = 文字颜色
caption-background = 背景
caption-colour-white = 白色
caption-colour-yellow = 黄色
caption-colour-cyan = 青色
caption-colour-green = 绿色
caption-colour-magenta = 洋红色
caption-colour-black = 黑色
caption-background-black = 半透明黑色
caption-background-solid-black = 黑色
caption-background-white = 白色
caption-background-transparent = 无
caption-background-blue = 蓝色
caption-preview = 字幕将显示为这样。
caption-unreadable = 此文字在此背景上难以看清：请选择其他颜色或背景。
launch-other = 此链接会以 { $who } 的身份把你的学习记录发送到 { $endpoint }。你当前以 { $current_who } 的身份连接到 { $current }。
launch-switch = 切换到此连接
launch-keep = 保留我的连接

launch-other-learner = 此链接是给 { $who } 的。现在正在使用播放器的是 { $current_who }。要切换到 { $who } 吗？
launch-switch-learner = 切换学习者

## Learners
learners-heading = 此设备上的学习者
learners-locked = { $name } 正在使用播放器
learner-unnamed = 我
learner-now = 正在使用播放器
learner-switch = 切换到此学习者
learner-rename = 重命名
learner-name = 名字
learner-save = 保存
learner-cancel = 取消
learner-remove = 移除
learner-remove-ask = 要从此设备移除 { $name } 吗？其在此设备上的学习进度、待发送的记录和设置都会被删除。已下载的课程会保留。
learner-removed = 已移除 { $name }。
learner-pin = PIN 码（四位数字，可选）
learner-pin-label = PIN 码
learner-pin-for = { $name } 的 PIN 码
learner-pin-new = 新 PIN 码（四位数字）
learner-pin-set = 设置 PIN 码
learner-pin-remove = 移除 PIN 码
learner-pin-open = 继续
learner-pin-note = PIN 码可以让共用此设备的人不进入彼此的学习进度。它用于保护隐私，而不是安全防护。
learner-add-heading = 添加学习者
learner-add = 添加
learner-added = 已添加 { $name }。
learner-saved = 已保存。
learner-error-empty = 请输入名字。
learner-error-long = 这个名字太长了。
learner-error-taken = 此设备上已有名为 { $name } 的人。
learner-error-pin = PIN 码必须正好是四位数字。
learner-error-full = 此设备无法再添加学习者。请先移除一位。
learner-error-unknown = 无法更改学习者列表。请重新加载页面后再试。
learner-error-wrong-pin = PIN 码不正确。
signout-ask = { $count ->
   *[other] 还有 { $count } 条记录尚未发送。
}
signout-keep = { $count ->
   *[other] 保留这 { $count } 条待发送的记录，等我再次连接时发送
}
signout-discard = { $count ->
   *[other] 丢弃
}
