# Alliance Player interface strings — 中文（简体）
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

app-title = Alliance Player
skip-to-content = 跳到主要内容
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
catalog-search-label = 按标题搜索课程
catalog-search-placeholder = 按标题搜索
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
course-provider = 提供方：{ $provider }
course-languages = 语言：{ $languages }
course-size = 下载大小：{ $size }
course-open = 打开课程
course-continue = 继续学习
course-progress = 已完成 { $percent }

## Course
course-outline = 课程大纲
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

## Media
media-speed = 播放速度
media-subtitles = 字幕
media-subtitles-off = 关闭
media-subtitles-second = 第二字幕
media-transcript = 文字稿
media-watched = 已观看 { $percent }
media-unsupported = 您的浏览器无法播放此媒体。请换用其他浏览器，或下载文件：

## Reading and document
reading-end = 阅读材料到此结束
document-download = 下载 PDF（{ $size }）
document-download-nosize = 下载 PDF
document-fallback = 您的浏览器无法在此处显示 PDF。请下载后阅读。

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

## Unsupported and errors
unit-needs-newer-player = 此单元需要更新版本的播放器
unit-needs-newer-player-detail = 这是一个“{ $kind }”类型的单元，当前版本的 Alliance Player 尚不支持。课程的其余部分可以正常使用；请联系课程提供方，或更新播放器。
error-heading = 出错了
error-catalog = 无法加载课程目录。
error-course = 无法打开此课程。
error-course-not-found = 此目录中没有课程“{ $course }”。
error-unit-not-found = 此课程中没有单元“{ $unit }”。
error-page-not-found = 此页面不存在。
error-retry = 重试
error-part-unavailable = 无法下载播放器的这一部分。请检查网络连接，然后重试。
error-what-to-do = 如果问题仍然存在，请将上方显示的信息告知课程提供方。
