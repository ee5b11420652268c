# Alliance Player interface strings — ਪੰਜਾਬੀ
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = ਪੰਜਾਬੀ
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = ਸਿੱਧਾ ਸਮੱਗਰੀ ’ਤੇ ਜਾਓ
# In the header where the browser offers to install the player as an app.
install-app = ਐਪ ਇੰਸਟਾਲ ਕਰੋ
install-app-hint = Alliance Player ਨੂੰ ਇਸ ਡੀਵਾਈਸ ’ਤੇ ਇੰਸਟਾਲ ਕਰੋ: ਇਹ ਤੁਹਾਡੀਆਂ ਐਪਾਂ ਵਿੱਚੋਂ, ਆਪਣੀ ਵੱਖਰੀ ਵਿੰਡੋ ਵਿੱਚ, ਆਫ਼ਲਾਈਨ ਵੀ ਖੁੱਲ੍ਹਦਾ ਹੈ।
nav-catalog = ਕੋਰਸ
loading = ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ…

## Languages
language-picker-label = ਇੰਟਰਫ਼ੇਸ ਦੀ ਭਾਸ਼ਾ
language-picker-search = ਭਾਸ਼ਾਵਾਂ ਖੋਜੋ
language-picker-none = ਤੁਹਾਡੀ ਖੋਜ ਨਾਲ ਕੋਈ ਭਾਸ਼ਾ ਮੇਲ ਨਹੀਂ ਖਾਂਦੀ।
content-language-label = ਕੋਰਸ ਦੀ ਭਾਸ਼ਾ
content-language-auto = ਇੰਟਰਫ਼ੇਸ ਵਾਲੀ ਭਾਸ਼ਾ
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = { $language } ਵਿੱਚ

## Catalogue
catalog-heading = ਕੋਰਸ ਕੈਟਾਲਾਗ
catalog-search-label = ਕੋਰਸ ਖੋਜੋ
catalog-search-placeholder = ਸਿਰਲੇਖ, ਵਿਸ਼ਾ ਜਾਂ ਪ੍ਰਦਾਤਾ
catalog-more = ਹੋਰ ਕੋਰਸ ਦਿਖਾਓ
catalog-earlier = ਪਿਛਲੇ ਕੋਰਸ ਦਿਖਾਓ
catalog-loading-more = ਹੋਰ ਕੋਰਸ ਦੇਖੇ ਜਾ ਰਹੇ ਹਨ…
catalog-language-label = ਭਾਸ਼ਾ
catalog-language-any = ਸਾਰੀਆਂ ਭਾਸ਼ਾਵਾਂ
catalog-count = { $count ->
    [0] ਕੋਈ ਕੋਰਸ ਮੇਲ ਨਹੀਂ ਖਾਂਦਾ।
    [one] { $count } ਕੋਰਸ
   *[other] { $count } ਕੋਰਸ
}
catalog-empty = ਤੁਹਾਡੀ ਖੋਜ ਨਾਲ ਕੋਈ ਕੋਰਸ ਮੇਲ ਨਹੀਂ ਖਾਂਦਾ। ਕੋਈ ਹੋਰ ਸ਼ਬਦ ਅਜ਼ਮਾਓ ਜਾਂ ਸਾਰੀਆਂ ਭਾਸ਼ਾਵਾਂ ਚੁਣੋ।
catalog-rejected = { $count ->
    [one] ਇਸ ਕੈਟਾਲਾਗ ਦਾ { $count } ਕੋਰਸ ਸੂਚੀ ਵਿੱਚ ਨਹੀਂ ਦਿਖਾਇਆ ਜਾ ਸਕਿਆ:
   *[other] ਇਸ ਕੈਟਾਲਾਗ ਦੇ { $count } ਕੋਰਸ ਸੂਚੀ ਵਿੱਚ ਨਹੀਂ ਦਿਖਾਏ ਜਾ ਸਕੇ:
}
# A site's catalogue and the learner's own can be several; one that fails is named here, the others still show.
# $source is a catalogue's title or its address; $id is a course's short name, as in its address /course/{ $id }.
catalog-source-notice = ਇਸ ਸੂਚੀ ਵਿੱਚੋਂ ਕੁਝ ਕੋਰਸ ਗਾਇਬ ਹਨ:
catalog-source-unreachable = { $source } ਤੱਕ ਪਹੁੰਚ ਨਹੀਂ ਹੋ ਸਕੀ: ਹੋ ਸਕਦਾ ਹੈ ਸਾਈਟ ਬੰਦ ਹੋਵੇ, ਜਾਂ ਉਹ ਇਸ ਪਲੇਅਰ ਨੂੰ ਆਪਣੇ ਕੋਰਸ ਪੜ੍ਹਨ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ ਦਿੰਦੀ।
catalog-source-status = { $source } ਨੇ ਗ਼ਲਤੀ ਵਾਲਾ ਜਵਾਬ ਦਿੱਤਾ (HTTP { $status })।
catalog-source-too-large = { $source } { $limit } ਤੋਂ ਵੱਡਾ ਹੈ; ਇਹ ਪਲੇਅਰ ਕਿਸੇ ਕੈਟਾਲਾਗ ਲਈ ਇਸ ਤੋਂ ਵੱਧ ਨਹੀਂ ਪੜ੍ਹਦਾ।
catalog-source-invalid = { $source } ਅਜਿਹਾ ਕੋਰਸ ਕੈਟਾਲਾਗ ਨਹੀਂ ਹੈ ਜਿਸਨੂੰ ਇਹ ਪਲੇਅਰ ਪੜ੍ਹ ਸਕੇ: { $detail }
catalog-source-left-out = { $source } ਦਾ “{ $course }” ਛੱਡ ਦਿੱਤਾ ਗਿਆ ਹੈ: ਇਸਦਾ ਪਤਾ /course/{ $id } ਪਹਿਲਾਂ ਹੀ ਕਿਸੇ ਹੋਰ ਕੋਰਸ ਦਾ ਹੈ।
course-provider = ਪ੍ਰਦਾਤਾ: { $provider }
course-languages = ਭਾਸ਼ਾਵਾਂ: { $languages }
course-size = ਡਾਊਨਲੋਡ ਦਾ ਆਕਾਰ: { $size }
course-open = ਕੋਰਸ ਖੋਲ੍ਹੋ
course-continue = ਜਾਰੀ ਰੱਖੋ
course-progress = { $percent } ਪੂਰਾ

## Course
course-outline = ਕੋਰਸ ਦੀ ਰੂਪ-ਰੇਖਾ
outline-show-earlier = ਪਿਛਲੀਆਂ ਇਕਾਈਆਂ ਦਿਖਾਓ ({ $count } ਲੁਕੀਆਂ ਹੋਈਆਂ)
outline-show-later = ਅਗਲੀਆਂ ਇਕਾਈਆਂ ਦਿਖਾਓ ({ $count } ਲੁਕੀਆਂ ਹੋਈਆਂ)
course-start = ਕੋਰਸ ਸ਼ੁਰੂ ਕਰੋ
course-units = { $count ->
    [one] { $count } ਇਕਾਈ
   *[other] { $count } ਇਕਾਈਆਂ
}
unit-ordinal = { $total } ਵਿੱਚੋਂ ਇਕਾਈ { $index }
unit-state-not-started = ਸ਼ੁਰੂ ਨਹੀਂ ਹੋਈ
unit-state-in-progress = ਜਾਰੀ ਹੈ
unit-state-completed = ਪੂਰੀ ਹੋਈ
unit-state-passed = ਪਾਸ
unit-state-failed = ਅਜੇ ਪਾਸ ਨਹੀਂ
unit-kind-video = ਵੀਡੀਓ
unit-kind-audio = ਆਡੀਓ
unit-kind-reading = ਪੜ੍ਹਨ ਸਮੱਗਰੀ
unit-kind-quiz = ਕੁਇਜ਼
unit-kind-document = ਦਸਤਾਵੇਜ਼
unit-kind-interactive = ਗਤੀਵਿਧੀ
unit-kind-unknown = ਨਵੀਂ ਕਿਸਮ ਦੀ ਇਕਾਈ
unit-previous = ਪਿਛਲੀ
unit-next = ਅਗਲੀ
unit-mark-done = ਪੂਰੀ ਹੋਈ ਵਜੋਂ ਨਿਸ਼ਾਨ ਲਾਓ
unit-done = ਪੂਰੀ ਹੋਈ
back-to-catalog = ਸਾਰੇ ਕੋਰਸ
# Search inside the course, above the outline. $time is a position in a video or audio, e.g. "1:05".
course-search-label = ਇਸ ਕੋਰਸ ਵਿੱਚ ਖੋਜੋ
course-search-count = { $count ->
    [0] ਕੋਈ ਨਤੀਜਾ ਨਹੀਂ
    [one] { $count } ਨਤੀਜਾ
   *[other] { $count } ਨਤੀਜੇ
}
course-search-more = { $count ->
    [one] ਸਿਰਫ਼ ਪਹਿਲਾ ਨਤੀਜਾ ਦਿਖਾਇਆ ਗਿਆ ਹੈ; ਖੋਜ ਨੂੰ ਸੀਮਤ ਕਰਨ ਲਈ ਹੋਰ ਸ਼ਬਦ ਜੋੜੋ।
   *[other] ਸਿਰਫ਼ ਪਹਿਲੇ { $count } ਨਤੀਜੇ ਦਿਖਾਏ ਗਏ ਹਨ; ਖੋਜ ਨੂੰ ਸੀਮਤ ਕਰਨ ਲਈ ਹੋਰ ਸ਼ਬਦ ਜੋੜੋ।
}
course-search-subtitles = ਉਪਸਿਰਲੇਖਾਂ ਵਿੱਚ ਵੀ ਖੋਜਿਆ ਜਾ ਰਿਹਾ ਹੈ…
course-search-incomplete = ਕੁਝ ਉਪਸਿਰਲੇਖਾਂ ਵਿੱਚ ਖੋਜ ਨਹੀਂ ਹੋ ਸਕੀ।
course-search-in-title = ਸਿਰਲੇਖ
course-search-in-reading = ਪੜ੍ਹਨ ਸਮੱਗਰੀ
course-search-in-transcript = ਟ੍ਰਾਂਸਕ੍ਰਿਪਟ
course-search-in-subtitle = ਉਪਸਿਰਲੇਖ, { $time } ’ਤੇ
course-search-in-quiz = ਕੁਇਜ਼ ਦਾ ਸਵਾਲ

## Media
media-speed = ਰਫ਼ਤਾਰ
media-subtitles = ਉਪਸਿਰਲੇਖ
media-subtitles-off = ਬੰਦ
media-subtitles-second = ਦੂਜੇ ਉਪਸਿਰਲੇਖ
media-fullscreen = ਪੂਰੀ ਸਕਰੀਨ
media-fullscreen-exit = ਪੂਰੀ ਸਕਰੀਨ ਤੋਂ ਬਾਹਰ ਨਿਕਲੋ
media-shortcuts = ਕੀਬੋਰਡ ਸ਼ਾਰਟਕੱਟ
media-shortcuts-hint = ਜਦੋਂ ਵੀਡੀਓ ਜਾਂ ਆਡੀਓ ਪਲੇਅਰ ’ਤੇ ਫੋਕਸ ਹੋਵੇ:
# The name of the space bar key, as printed on keyboards.
media-key-space = ਸਪੇਸ
media-key-play = ਚਲਾਓ ਜਾਂ ਰੋਕੋ
media-key-seek = 5 ਸਕਿੰਟ ਪਿੱਛੇ ਜਾਂ ਅੱਗੇ
media-key-speed = ਹੌਲੀ ਜਾਂ ਤੇਜ਼
media-key-captions = ਉਪਸਿਰਲੇਖ ਚਾਲੂ ਜਾਂ ਬੰਦ
media-key-fullscreen = ਪੂਰੀ ਸਕਰੀਨ ਚਾਲੂ ਜਾਂ ਬੰਦ
media-transcript = ਟ੍ਰਾਂਸਕ੍ਰਿਪਟ
media-watched = { $percent } ਦੇਖਿਆ
media-unsupported = ਤੁਹਾਡਾ ਬ੍ਰਾਊਜ਼ਰ ਇਹ ਮੀਡੀਆ ਨਹੀਂ ਚਲਾ ਸਕਦਾ। ਕੋਈ ਹੋਰ ਬ੍ਰਾਊਜ਼ਰ ਅਜ਼ਮਾਓ, ਜਾਂ ਇਸਨੂੰ ਡਾਊਨਲੋਡ ਕਰੋ:

## Reading and document
reading-end = ਪੜ੍ਹਨ ਸਮੱਗਰੀ ਦਾ ਅੰਤ
document-download = PDF ਡਾਊਨਲੋਡ ਕਰੋ ({ $size })
document-download-nosize = PDF ਡਾਊਨਲੋਡ ਕਰੋ
document-fallback = ਤੁਹਾਡਾ ਬ੍ਰਾਊਜ਼ਰ ਇੱਥੇ PDF ਨਹੀਂ ਦਿਖਾ ਸਕਦਾ। ਇਸਨੂੰ ਪੜ੍ਹਨ ਲਈ ਡਾਊਨਲੋਡ ਕਰੋ।
document-not-pdf = { $file } PDF ਫ਼ਾਈਲ ਨਹੀਂ ਹੈ। ਦਸਤਾਵੇਜ਼ ਇਕਾਈ ਸਿਰਫ਼ PDF ਫ਼ਾਈਲਾਂ ਦਿਖਾਉਂਦੀ ਹੈ, ਜੋ “%PDF-” ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦੀਆਂ ਹਨ।

## Quiz
quiz-passing = ਪਾਸ ਹੋਣ ਲਈ ਤੁਹਾਨੂੰ { $percent } ਚਾਹੀਦੇ ਹਨ।
quiz-attempts-left = { $count ->
    [one] { $count } ਕੋਸ਼ਿਸ਼ ਬਾਕੀ ਹੈ
   *[other] { $count } ਕੋਸ਼ਿਸ਼ਾਂ ਬਾਕੀ ਹਨ
}
quiz-attempts-unlimited = ਅਸੀਮਤ ਕੋਸ਼ਿਸ਼ਾਂ
quiz-attempts-used = { $count ->
    [one] ਤੁਹਾਡੇ ਕੋਲ ਹੋਰ ਕੋਈ ਕੋਸ਼ਿਸ਼ ਬਾਕੀ ਨਹੀਂ ਹੈ।
   *[other] ਤੁਸੀਂ ਆਪਣੀਆਂ ਸਾਰੀਆਂ { $count } ਕੋਸ਼ਿਸ਼ਾਂ ਵਰਤ ਲਈਆਂ ਹਨ।
}
quiz-question = ਸਵਾਲ { $index }
quiz-true = ਸੱਚ
quiz-false = ਝੂਠ
quiz-answer-label = ਤੁਹਾਡਾ ਜਵਾਬ
quiz-submit = ਜਵਾਬ ਜਮ੍ਹਾਂ ਕਰੋ
quiz-retry = ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ
quiz-score = ਤੁਹਾਡੇ ਅੰਕ: { $score }
quiz-passed = ਪਾਸ — ਸ਼ਾਬਾਸ਼!
quiz-failed = ਅਜੇ ਪਾਸ ਨਹੀਂ ਹੋਏ।
quiz-best = ਹੁਣ ਤੱਕ ਦੇ ਸਭ ਤੋਂ ਵਧੀਆ ਅੰਕ: { $score }
quiz-correct = ਸਹੀ
quiz-incorrect = ਗ਼ਲਤ
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = ਸਮੀਖਿਆ: ਹਰ ਸਵਾਲ ਦਾ ਸਹੀ ਜਵਾਬ ਦਿਖਾਇਆ ਗਿਆ ਹੈ।
quiz-right-answer = ਸਹੀ ਜਵਾਬ

## Interactive
interactive-title = ਇੰਟਰਐਕਟਿਵ ਗਤੀਵਿਧੀ: { $title }
interactive-hint = ਇਹ ਇਕਾਈ ਪੂਰੀ ਕਰਨ ਲਈ ਗਤੀਵਿਧੀ ਪੂਰੀ ਕਰੋ।

## Storage
storage-quota = ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਪਲੇਅਰ ਲਈ ਸਟੋਰੇਜ ਭਰ ਗਈ ਹੈ, ਇਸ ਲਈ ਤੁਹਾਡੀ ਤਾਜ਼ਾ ਪ੍ਰਗਤੀ ਰੱਖਿਅਤ ਨਹੀਂ ਹੋ ਸਕੀ। ਕੁਝ ਥਾਂ ਖਾਲੀ ਕਰੋ (ਬ੍ਰਾਊਜ਼ਰ ਦੀਆਂ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਡਾਊਨਲੋਡ ਕੀਤੇ ਕੋਰਸ ਜਾਂ ਹੋਰ ਸਾਈਟਾਂ ਦਾ ਡਾਟਾ ਹਟਾਓ), ਫਿਰ ਜਾਰੀ ਰੱਖੋ: ਪਹਿਲਾਂ ਰੱਖਿਅਤ ਕੀਤਾ ਕੁਝ ਵੀ ਗੁੰਮ ਨਹੀਂ ਹੋਇਆ।
storage-unavailable = ਇਹ ਬ੍ਰਾਊਜ਼ਰ ਪਲੇਅਰ ਨੂੰ ਤੁਹਾਡੀ ਪ੍ਰਗਤੀ ਸਟੋਰ ਨਹੀਂ ਕਰਨ ਦਿੰਦਾ, ਇਸ ਲਈ ਇਹ ਸਿਰਫ਼ ਪੰਨਾ ਬੰਦ ਕਰਨ ਤੱਕ ਹੀ ਰਹਿੰਦੀ ਹੈ। ਪ੍ਰਾਈਵੇਟ ਵਿੰਡੋਆਂ ਅਕਸਰ ਸਟੋਰੇਜ ਨੂੰ ਬਲੌਕ ਕਰਦੀਆਂ ਹਨ।
storage-write-failed = ਤੁਹਾਡੀ ਤਾਜ਼ਾ ਪ੍ਰਗਤੀ ਅਜੇ ਰੱਖਿਅਤ ਨਹੀਂ ਹੋ ਸਕੀ। ਇਹ ਇਸ ਪੰਨੇ ਵਿੱਚ ਰੱਖੀ ਗਈ ਹੈ ਅਤੇ ਤੁਹਾਡੇ ਅਗਲੇ ਕਦਮ ਨਾਲ ਰੱਖਿਅਤ ਹੋ ਜਾਵੇਗੀ।

## Transcript (the learner's record of progress)
nav-transcript = ਮੇਰੀ ਪ੍ਰਗਤੀ
transcript-heading = ਮੇਰੀ ਪ੍ਰਗਤੀ
transcript-empty = ਤੁਸੀਂ ਅਜੇ ਕੋਈ ਕੋਰਸ ਸ਼ੁਰੂ ਨਹੀਂ ਕੀਤਾ।
transcript-unit-score = ਅੰਕ: { $score }
transcript-time-spent = ਲੱਗਿਆ ਸਮਾਂ: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = xAPI ਸਟੇਟਮੈਂਟਾਂ ਵਜੋਂ ਡਾਊਨਲੋਡ ਕਰੋ (JSON)
transcript-export-csv = ਸਪ੍ਰੈਡਸ਼ੀਟ ਵਜੋਂ ਡਾਊਨਲੋਡ ਕਰੋ (CSV)
transcript-reset = ਇਸ ਕੋਰਸ ਵਿੱਚ ਮੇਰੀ ਪ੍ਰਗਤੀ ਰੀਸੈੱਟ ਕਰੋ
transcript-reset-confirm = ਕੀ “{ $course }” ਵਿੱਚ ਤੁਹਾਡੀ ਸਾਰੀ ਪ੍ਰਗਤੀ ਰੀਸੈੱਟ ਕਰਨੀ ਹੈ? ਇਸਨੂੰ ਵਾਪਸ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਦਾ।

## Delivery to the learning record store (LRS), shown in the header and on the settings page
nav-settings = ਸੈਟਿੰਗਾਂ
sync-off = ਇਸ ਡੀਵਾਈਸ ’ਤੇ ਰੱਖਿਅਤ
sync-off-detail = ਕਿਸੇ ਲਰਨਿੰਗ ਰਿਕਾਰਡ ਸਟੋਰ ਨਾਲ ਕਨੈਕਟ ਨਹੀਂ: ਤੁਹਾਡੀ ਪ੍ਰਗਤੀ ਇਸੇ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਰਹਿੰਦੀ ਹੈ। ਪੂਰੇ ਕੀਤੇ ਕੰਮ ਆਪਣੀ ਸੰਸਥਾ ਨੂੰ ਭੇਜਣ ਲਈ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਕੋਈ ਸਟੋਰ ਕਨੈਕਟ ਕਰੋ।
sync-done = ਸਭ ਭੇਜ ਦਿੱਤਾ ਗਿਆ
sync-pending = { $count ->
    [one] { $count } ਰਿਕਾਰਡ ਭੇਜਣਾ ਬਾਕੀ ਹੈ
   *[other] { $count } ਰਿਕਾਰਡ ਭੇਜਣੇ ਬਾਕੀ ਹਨ
}
sync-last-delivery = ਆਖ਼ਰੀ ਵਾਰ ਭੇਜਿਆ: { $date }
sync-error-offline = ਤੁਸੀਂ ਆਫ਼ਲਾਈਨ ਹੋ। ਤੁਹਾਡੇ ਰਿਕਾਰਡ ਸੰਭਾਲੇ ਹੋਏ ਹਨ ਅਤੇ ਕਨੈਕਸ਼ਨ ਵਾਪਸ ਆਉਣ ’ਤੇ ਭੇਜ ਦਿੱਤੇ ਜਾਣਗੇ।
sync-error-unreachable = ਲਰਨਿੰਗ ਰਿਕਾਰਡ ਸਟੋਰ ਤੱਕ ਪਹੁੰਚ ਨਹੀਂ ਹੋ ਸਕੀ। ਥੋੜ੍ਹੀ ਦੇਰ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ ਜਾਵੇਗੀ; ਕੁਝ ਵੀ ਗੁੰਮ ਨਹੀਂ ਹੋਇਆ।
sync-error-server = ਲਰਨਿੰਗ ਰਿਕਾਰਡ ਸਟੋਰ ਵਿੱਚ ਕੋਈ ਸਮੱਸਿਆ ਹੈ (HTTP { $status })। ਥੋੜ੍ਹੀ ਦੇਰ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ ਜਾਵੇਗੀ; ਕੁਝ ਵੀ ਗੁੰਮ ਨਹੀਂ ਹੋਇਆ।
sync-error-unauthorized = ਲਰਨਿੰਗ ਰਿਕਾਰਡ ਸਟੋਰ ਨੇ ਤੁਹਾਡੇ ਲੌਗ-ਇਨ ਵੇਰਵੇ ਨਾਮਨਜ਼ੂਰ ਕਰ ਦਿੱਤੇ। ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਇਹਨਾਂ ਨੂੰ ਦੁਬਾਰਾ ਦਰਜ ਕਰੋ; ਉਦੋਂ ਤੱਕ ਤੁਹਾਡੇ ਰਿਕਾਰਡ ਸੰਭਾਲੇ ਰਹਿਣਗੇ।
sync-error-not-found = ਇਸ ਪਤੇ ’ਤੇ ਕੋਈ ਲਰਨਿੰਗ ਰਿਕਾਰਡ ਸਟੋਰ ਨਹੀਂ ਹੈ। ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਪਤਾ ਜਾਂਚੋ; ਉਦੋਂ ਤੱਕ ਤੁਹਾਡੇ ਰਿਕਾਰਡ ਸੰਭਾਲੇ ਰਹਿਣਗੇ।
sync-error-version = ਲਰਨਿੰਗ ਰਿਕਾਰਡ ਸਟੋਰ xAPI ਦਾ ਕੋਈ ਹੋਰ ਸੰਸਕਰਣ ਵਰਤਦਾ ਹੈ ({ $detail })। ਆਪਣੀ ਸੰਸਥਾ ਤੋਂ ਅਜਿਹਾ ਪਤਾ ਮੰਗੋ ਜੋ xAPI 1.0.3 ਜਾਂ 2.0.0 ਵਰਤਦਾ ਹੋਵੇ।
sync-error-storage = ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਕਰ ਰਹੇ ਰਿਕਾਰਡ ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਦੀ ਸਟੋਰੇਜ ਵਿੱਚੋਂ ਪੜ੍ਹੇ ਨਹੀਂ ਜਾ ਸਕੇ ({ $detail })।
sync-set-aside = { $count ->
    [one] ਲਰਨਿੰਗ ਰਿਕਾਰਡ ਸਟੋਰ ਨੇ { $count } ਰਿਕਾਰਡ ਨਾਮਨਜ਼ੂਰ ਕਰ ਦਿੱਤਾ
   *[other] ਲਰਨਿੰਗ ਰਿਕਾਰਡ ਸਟੋਰ ਨੇ { $count } ਰਿਕਾਰਡ ਨਾਮਨਜ਼ੂਰ ਕਰ ਦਿੱਤੇ
}
sync-set-aside-detail = ਇਹ ਰਿਕਾਰਡ ਸਟੋਰ ਦੇ ਜਵਾਬ ਸਮੇਤ ਇੱਥੇ ਰੱਖੇ ਗਏ ਹਨ, ਤਾਂ ਜੋ ਤੁਸੀਂ ਜਾਂ ਤੁਹਾਡੀ ਸੰਸਥਾ ਦੇਖ ਸਕੇ ਕਿ ਕੀ ਠੀਕ ਕਰਨਾ ਹੈ।
settings-heading = ਸੈਟਿੰਗਾਂ
settings-lrs-heading = ਲਰਨਿੰਗ ਰਿਕਾਰਡ ਸਟੋਰ
settings-lrs-intro = ਤੁਹਾਡੀ ਸੰਸਥਾ ਤੁਹਾਨੂੰ ਇਹ ਵੇਰਵੇ ਦਿੰਦੀ ਹੈ, ਤਾਂ ਜੋ ਤੁਹਾਡੇ ਪੂਰੇ ਕੀਤੇ ਕੰਮ ਅਤੇ ਅੰਕ ਉਸਦੇ ਰਿਕਾਰਡ ਤੱਕ ਪਹੁੰਚਣ।
settings-lrs-endpoint = ਪਤਾ (xAPI ਐਂਡਪੁਆਇੰਟ)
settings-lrs-key = ਕੁੰਜੀ ਜਾਂ ਵਰਤੋਂਕਾਰ ਨਾਂ
settings-lrs-secret = ਸੀਕ੍ਰੇਟ ਜਾਂ ਪਾਸਵਰਡ
settings-lrs-token = ਜਾਂ ਕੋਈ ਐਕਸੈਸ ਟੋਕਨ
settings-lrs-name = ਤੁਹਾਡਾ ਨਾਂ
settings-lrs-email = ਤੁਹਾਡਾ ਈਮੇਲ ਪਤਾ
settings-lrs-connect = ਕਨੈਕਟ ਕਰੋ
settings-lrs-disconnect = ਡਿਸਕਨੈਕਟ ਕਰੋ
settings-lrs-connected = { $endpoint } ਨਾਲ { $who } ਵਜੋਂ ਕਨੈਕਟ ਹੈ।
settings-lrs-invalid-endpoint = ਲਰਨਿੰਗ ਰਿਕਾਰਡ ਸਟੋਰ ਦਾ ਪਤਾ ਦਰਜ ਕਰੋ, ਜੋ https:// ਜਾਂ http:// ਨਾਲ ਸ਼ੁਰੂ ਹੋਵੇ।
settings-lrs-invalid-email = ਆਪਣਾ ਈਮੇਲ ਪਤਾ ਦਰਜ ਕਰੋ, ਤਾਂ ਜੋ ਤੁਹਾਡੇ ਰਿਕਾਰਡ ਤੁਹਾਡੇ ਨਾਂ ਹੇਠ ਦਰਜ ਹੋਣ।
cmi5-unit-needs-worker = ਇਸ ਗਤੀਵਿਧੀ ਲਈ ਪਲੇਅਰ ਦੀ ਇੰਸਟਾਲੇਸ਼ਨ ਪੂਰੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ: ਇਸਨੂੰ ਖੋਲ੍ਹਣ ਲਈ ਪੰਨਾ ਰੀਲੋਡ ਕਰੋ।
cmi5-exit = ਬਾਹਰ ਨਿਕਲੋ
cmi5-exiting = ਰੱਖਿਅਤ ਕਰਕੇ ਵਾਪਸ ਜਾ ਰਹੇ ਹਾਂ…
cmi5-browse = ਬ੍ਰਾਊਜ਼ਿੰਗ: ਇੱਥੇ ਤੁਸੀਂ ਜੋ ਵੀ ਕਰਦੇ ਹੋ, ਉਹ ਦਰਜ ਨਹੀਂ ਹੁੰਦਾ।
cmi5-review = ਸਮੀਖਿਆ: ਇੱਥੇ ਤੁਸੀਂ ਜੋ ਵੀ ਕਰਦੇ ਹੋ, ਉਹ ਦਰਜ ਨਹੀਂ ਹੁੰਦਾ।
cmi5-ended = ਇਹ ਸੈਸ਼ਨ ਖ਼ਤਮ ਹੋ ਗਿਆ ਹੈ। ਹੋਰ ਦਰਜ ਕਰਨ ਲਈ ਆਪਣੇ ਲਰਨਿੰਗ ਪਲੇਟਫ਼ਾਰਮ ਤੋਂ ਕੋਰਸ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ।
settings-lrs-launch-failed = ਕੋਰਸ ਅਜਿਹੇ ਸਾਈਨ-ਇਨ ਨਾਲ ਖੋਲ੍ਹਿਆ ਗਿਆ ਜਿਸਨੇ ਕੰਮ ਨਹੀਂ ਕੀਤਾ ({ $detail })। ਇਸਨੂੰ ਆਪਣੀ ਸੰਸਥਾ ਦੀ ਸਾਈਟ ਤੋਂ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ।

## Course sources (settings): the catalogues whose courses the course list shows
sources-heading = ਕੋਰਸ ਸਰੋਤ
sources-intro = ਕੋਰਸ ਸੂਚੀ ਹੇਠਾਂ ਦਿੱਤੇ ਕੈਟਾਲਾਗਾਂ ਨੂੰ ਇਕੱਠਾ ਦਿਖਾਉਂਦੀ ਹੈ। ਤੁਸੀਂ ਕਿਸੇ ਹੋਰ ਯੂਨੀਵਰਸਿਟੀ ਜਾਂ ਕੋਰਸ ਪ੍ਰਦਾਤਾ ਦਾ ਕੈਟਾਲਾਗ ਉਸਦੇ ਪਤੇ ਨਾਲ ਜੋੜ ਸਕਦੇ ਹੋ; ਇਹ ਇਸ ਡੀਵਾਈਸ ’ਤੇ ਤੁਹਾਡੇ ਲਈ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ।
sources-site = ਇਸ ਸਾਈਟ ਵੱਲੋਂ ਚੁਣਿਆ ਗਿਆ
sources-remove = ਹਟਾਓ
sources-add-label = ਸਰੋਤ ਜੋੜੋ: ਉਸਦੇ ਕੈਟਾਲਾਗ ਦਾ ਪਤਾ
sources-check = ਜਾਂਚੋ
# The number of courses in the catalogue the learner is about to add.
sources-preview = { $count ->
    [one] { $count } ਕੋਰਸ
   *[other] { $count } ਕੋਰਸ
}
sources-add-confirm = ਇਹ ਸਰੋਤ ਜੋੜੋ
sources-added = ਜੋੜ ਦਿੱਤਾ ਗਿਆ: ਇਸਦੇ ਕੋਰਸ ਹੁਣ ਕੋਰਸ ਸੂਚੀ ਵਿੱਚ ਹਨ।
sources-removed = ਹਟਾ ਦਿੱਤਾ ਗਿਆ: ਇਸਦੇ ਕੋਰਸ ਹੁਣ ਕੋਰਸ ਸੂਚੀ ਵਿੱਚ ਨਹੀਂ ਹਨ।
sources-invalid-url = https:// ਨਾਲ ਸ਼ੁਰੂ ਹੋਣ ਵਾਲਾ ਪਤਾ ਦਰਜ ਕਰੋ (ਜਾਂ ਇਸ ਸਾਈਟ ਦਾ ਕੋਈ ਪਾਥ, ਜਿਵੇਂ /courses/catalog.json)।
sources-duplicate = ਇਹ ਕੈਟਾਲਾਗ ਪਹਿਲਾਂ ਹੀ ਸੂਚੀ ਵਿੱਚ ਹੈ।
sources-full = ਤੁਹਾਡੀ ਸਰੋਤਾਂ ਦੀ ਸੂਚੀ ਭਰ ਗਈ ਹੈ। ਨਵਾਂ ਜੋੜਨ ਲਈ ਕੋਈ ਇੱਕ ਹਟਾਓ।

## Unsupported and errors
unit-needs-newer-player = ਇਸ ਇਕਾਈ ਲਈ ਪਲੇਅਰ ਦਾ ਨਵਾਂ ਸੰਸਕਰਣ ਚਾਹੀਦਾ ਹੈ
unit-needs-newer-player-detail = ਇਹ “{ $kind }” ਕਿਸਮ ਦੀ ਇਕਾਈ ਹੈ, ਜਿਸਨੂੰ Alliance Player ਦਾ ਇਹ ਸੰਸਕਰਣ ਅਜੇ ਨਹੀਂ ਪਛਾਣਦਾ। ਕੋਰਸ ਦਾ ਬਾਕੀ ਹਿੱਸਾ ਕੰਮ ਕਰਦਾ ਹੈ; ਆਪਣੇ ਕੋਰਸ ਪ੍ਰਦਾਤਾ ਨੂੰ ਪੁੱਛੋ ਜਾਂ ਪਲੇਅਰ ਅੱਪਡੇਟ ਕਰੋ।
error-heading = ਕੁਝ ਗ਼ਲਤ ਹੋ ਗਿਆ
error-catalog = ਕੋਰਸ ਕੈਟਾਲਾਗ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕਿਆ।
error-document = ਇਹ ਦਸਤਾਵੇਜ਼ ਦਿਖਾਇਆ ਨਹੀਂ ਜਾ ਸਕਦਾ।
error-course = ਇਹ ਕੋਰਸ ਖੋਲ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ।
error-course-not-found = ਇਸ ਕੈਟਾਲਾਗ ਵਿੱਚ “{ $course }” ਨਾਂ ਦਾ ਕੋਈ ਕੋਰਸ ਨਹੀਂ ਹੈ।
error-unit-not-found = ਇਸ ਕੋਰਸ ਵਿੱਚ “{ $unit }” ਨਾਂ ਦੀ ਕੋਈ ਇਕਾਈ ਨਹੀਂ ਹੈ।
error-page-not-found = ਇਹ ਪੰਨਾ ਮੌਜੂਦ ਨਹੀਂ ਹੈ।
error-retry = ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ
error-part-unavailable = ਪਲੇਅਰ ਦਾ ਇਹ ਹਿੱਸਾ ਡਾਊਨਲੋਡ ਨਹੀਂ ਹੋ ਸਕਿਆ। ਆਪਣਾ ਕਨੈਕਸ਼ਨ ਜਾਂਚੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-what-to-do = ਜੇ ਸਮੱਸਿਆ ਜਾਰੀ ਰਹੇ, ਤਾਂ ਉੱਪਰ ਦਿਖਾਈ ਗਈ ਜਾਣਕਾਰੀ ਕੋਰਸ ਪ੍ਰਦਾਤਾ ਨੂੰ ਦੱਸੋ।

## Offline use: the player on this device, course downloads, data saver
offline-indicator = ਆਫ਼ਲਾਈਨ
offline-indicator-detail = ਤੁਸੀਂ ਆਫ਼ਲਾਈਨ ਹੋ। ਡਾਊਨਲੋਡ ਕੀਤੇ ਕੋਰਸ ਆਮ ਵਾਂਗ ਚੱਲਦੇ ਹਨ; ਤੁਹਾਡੀ ਪ੍ਰਗਤੀ ਇਸ ਡੀਵਾਈਸ ’ਤੇ ਰੱਖਿਅਤ ਹੁੰਦੀ ਹੈ ਅਤੇ ਤੁਹਾਡੇ ਮੁੜ ਔਨਲਾਈਨ ਹੋਣ ’ਤੇ ਭੇਜ ਦਿੱਤੀ ਜਾਂਦੀ ਹੈ।
update-ready = Alliance Player ਦਾ ਨਵਾਂ ਸੰਸਕਰਣ ਤਿਆਰ ਹੈ।
update-reload = ਅੱਪਡੇਟ ਕਰਨ ਲਈ ਰੀਲੋਡ ਕਰੋ
download-heading = ਆਫ਼ਲਾਈਨ ਵਰਤੋਂ
download-course = ਆਫ਼ਲਾਈਨ ਵਰਤੋਂ ਲਈ ਡਾਊਨਲੋਡ ਕਰੋ ({ $size })
download-resume = ਡਾਊਨਲੋਡ ਮੁੜ ਸ਼ੁਰੂ ਕਰੋ ({ $size } ਬਾਕੀ)
download-progress = { $total } ਵਿੱਚੋਂ { $done } · { $unitsTotal } ਵਿੱਚੋਂ { $units } ਇਕਾਈਆਂ
download-cancel = ਰੱਦ ਕਰੋ
download-done = ਡਾਊਨਲੋਡ ਹੋ ਗਿਆ: ਇਹ ਕੋਰਸ ਆਫ਼ਲਾਈਨ ਕੰਮ ਕਰਦਾ ਹੈ ({ $size })।
download-remove = ਡਾਊਨਲੋਡ ਹਟਾਓ
download-stored-partly = { $total } ਵਿੱਚੋਂ { $done } ਪਹਿਲਾਂ ਹੀ ਇਸ ਡੀਵਾਈਸ ’ਤੇ ਹੈ।
download-failed = ਡਾਊਨਲੋਡ ਰੁਕ ਗਿਆ: { $detail } ਜੋ ਪਹਿਲਾਂ ਹੀ ਸਟੋਰ ਹੋ ਚੁੱਕਾ ਹੈ, ਉਹ ਰਹੇਗਾ; ਅੱਗੇ ਵਧਣ ਲਈ “ਡਾਊਨਲੋਡ ਮੁੜ ਸ਼ੁਰੂ ਕਰੋ” ਦਬਾਓ।
download-file-mismatch = { $file } ਠੀਕ-ਠਾਕ ਨਹੀਂ ਪਹੁੰਚੀ (ਉਮੀਦ: { $expected }, ਮਿਲਿਆ: { $got })।
download-file-failed = { $file } ਡਾਊਨਲੋਡ ਨਹੀਂ ਹੋ ਸਕੀ ({ $detail })।
download-no-cors = { $host } ਇਸ ਪਲੇਅਰ ਨੂੰ ਆਪਣੀਆਂ ਫ਼ਾਈਲਾਂ ਪੜ੍ਹਨ ਨਹੀਂ ਦਿੰਦਾ (ਇਹ ਕੋਈ CORS ਹੈਡਰ ਨਹੀਂ ਭੇਜਦਾ), ਇਸ ਲਈ ਉਹਨਾਂ ਨੂੰ ਜਾਂਚਿਆ ਅਤੇ ਸਟੋਰ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਦਾ। ਇਸਦੇ ਪ੍ਰਸ਼ਾਸਕ ਨੂੰ ਕੋਰਸ ਦੀ ਹਰ ਫ਼ਾਈਲ ਨਾਲ Access-Control-Allow-Origin ਭੇਜਣਾ ਪਵੇਗਾ।
download-quota = ਇਸ ਡੀਵਾਈਸ ’ਤੇ ਕੋਰਸ ਲਈ ਥਾਂ ਨਹੀਂ ਬਚੀ। ਕੁਝ ਥਾਂ ਖਾਲੀ ਕਰੋ ਜਾਂ ਕੋਈ ਹੋਰ ਡਾਊਨਲੋਡ ਹਟਾਓ, ਫਿਰ ਮੁੜ ਸ਼ੁਰੂ ਕਰੋ।
download-storage = ਇਹ ਬ੍ਰਾਊਜ਼ਰ ਇਸ ਡੀਵਾਈਸ ’ਤੇ ਮਿਲਣ ਵਾਲੀ { $available } ਥਾਂ ਵਿੱਚੋਂ { $used } ਵਰਤ ਰਿਹਾ ਹੈ।
download-persistent = ਡਾਊਨਲੋਡ ਉਦੋਂ ਤੱਕ ਰਹਿੰਦੇ ਹਨ ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਉਹਨਾਂ ਨੂੰ ਹਟਾਉਂਦੇ ਨਹੀਂ।
download-not-persistent = ਡੀਵਾਈਸ ਵਿੱਚ ਥਾਂ ਘੱਟ ਹੋਣ ’ਤੇ ਬ੍ਰਾਊਜ਼ਰ ਡਾਊਨਲੋਡ ਹਟਾ ਸਕਦਾ ਹੈ।
download-needs-network = ਤੁਸੀਂ ਆਫ਼ਲਾਈਨ ਹੋ। ਇਹ ਕੋਰਸ ਡਾਊਨਲੋਡ ਕਰਨ ਲਈ ਇੰਟਰਨੈੱਟ ਨਾਲ ਕਨੈਕਟ ਕਰੋ।
data-saver = ਡਾਟਾ ਸੇਵਰ
data-saver-help = ਮੀਡੀਆ ਸਿਰਫ਼ ਉਦੋਂ ਲੋਡ ਹੁੰਦਾ ਹੈ ਜਦੋਂ ਤੁਸੀਂ ਪਲੇ ਦਬਾਉਂਦੇ ਹੋ, ਟ੍ਰਾਂਸਕ੍ਰਿਪਟ ਪਹਿਲਾਂ ਆਉਂਦੇ ਹਨ, ਅਤੇ ਮੀਡੀਆ ਦੇ ਕੋਲ ਉਸਦਾ ਆਕਾਰ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ।
media-size = { $size } ਲੋਡ ਹੋਵੇਗਾ

## Notes and bookmarks
notes-heading = ਮੇਰੇ ਨੋਟ
notes-bookmark = ਇਸ ਇਕਾਈ ਨੂੰ ਬੁੱਕਮਾਰਕ ਕਰੋ
notes-bookmarked = ਬੁੱਕਮਾਰਕ ਕੀਤੀ ਗਈ
notes-bookmark-moment = ਇਸ ਪਲ ਨੂੰ ਬੁੱਕਮਾਰਕ ਕਰੋ
notes-note-label = ਇਸ ਇਕਾਈ ਬਾਰੇ ਤੁਹਾਡਾ ਨੋਟ
notes-save = ਨੋਟ ਰੱਖਿਅਤ ਕਰੋ
notes-saved = ਰੱਖਿਅਤ ਕੀਤਾ ਗਿਆ।
notes-delete = ਮਿਟਾਓ
# A moment of a video or audio, e.g. "At 1:05".
notes-at = { $time } ’ਤੇ
notes-empty = ਇਸ ਕੋਰਸ ਵਿੱਚ ਅਜੇ ਕੋਈ ਨੋਟ ਜਾਂ ਬੁੱਕਮਾਰਕ ਨਹੀਂ ਹੈ। ਕਿਸੇ ਇਕਾਈ ਜਾਂ ਵੀਡੀਓ ਦੇ ਕਿਸੇ ਪਲ ਨੂੰ ਬੁੱਕਮਾਰਕ ਕਰੋ, ਅਤੇ ਉਸ ’ਤੇ ਨੋਟ ਲਿਖੋ।
notes-where = ਤੁਹਾਡੇ ਨੋਟ ਇਸ ਡੀਵਾਈਸ ’ਤੇ ਰਹਿੰਦੇ ਹਨ, ਅਤੇ ਲਰਨਿੰਗ ਰਿਕਾਰਡ ਸਟੋਰ ਕਨੈਕਟ ਹੋਣ ’ਤੇ ਉਸ ਤੱਕ ਵੀ ਪਹੁੰਚਦੇ ਹਨ।
notes-too-long = ਇੱਕ ਨੋਟ ਵਿੱਚ ਵੱਧ ਤੋਂ ਵੱਧ { $max } ਅੱਖਰ ਹੋ ਸਕਦੇ ਹਨ।
notes-too-many = ਇਸ ਕੋਰਸ ਵਿੱਚ ਜਿੰਨੇ ਨੋਟ ਰੱਖੇ ਜਾ ਸਕਦੇ ਹਨ, ਓਨੇ ਹੋ ਗਏ ਹਨ: ਨਵਾਂ ਜੋੜਨ ਲਈ ਕੋਈ ਇੱਕ ਮਿਟਾਓ।

## Accessibility
unit-nav-label = ਪਿਛਲੀ ਅਤੇ ਅਗਲੀ ਇਕਾਈ
captions-always = ਜਦੋਂ ਵੀ ਕਿਸੇ ਵੀਡੀਓ ਜਾਂ ਆਡੀਓ ਵਿੱਚ ਉਪਸਿਰਲੇਖ ਹੋਣ, ਉਹਨਾਂ ਨੂੰ ਦਿਖਾਓ (ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਵਿੱਚ ਹੋਣ ਤਾਂ ਉਸ ਵਿੱਚ, ਨਹੀਂ ਤਾਂ ਕੋਰਸ ਦੀ ਭਾਸ਼ਾ ਵਿੱਚ)
caption-style = ਉਪਸਿਰਲੇਖ ਦੀ ਸ਼ੈਲੀ
caption-size = ਟੈਕਸਟ ਦਾ ਆਕਾਰ
caption-colour = ਟੈਕਸਟ ਦਾ ਰੰਗ
caption-background = ਪਿਛੋਕੜ
caption-colour-white = ਚਿੱਟਾ
caption-colour-yellow = ਪੀਲਾ
caption-colour-cyan = ਸਿਆਨ
caption-colour-green = ਹਰਾ
caption-colour-magenta = ਮੈਜੈਂਟਾ
caption-colour-black = ਕਾਲਾ
caption-background-black = ਕਾਲਾ, ਅਰਧ-ਪਾਰਦਰਸ਼ੀ
caption-background-solid-black = ਕਾਲਾ
caption-background-white = ਚਿੱਟਾ
caption-background-transparent = ਕੋਈ ਨਹੀਂ
caption-background-blue = ਨੀਲਾ
caption-preview = ਉਪਸਿਰਲੇਖ ਇਸ ਤਰ੍ਹਾਂ ਦਿਖਣਗੇ।
caption-unreadable = ਇਸ ਪਿਛੋਕੜ ’ਤੇ ਇਹ ਟੈਕਸਟ ਪੜ੍ਹਨਾ ਔਖਾ ਹੈ: ਕੋਈ ਹੋਰ ਰੰਗ ਜਾਂ ਪਿਛੋਕੜ ਚੁਣੋ।
launch-other = ਇਹ ਲਿੰਕ ਤੁਹਾਡੇ ਸਿੱਖਣ ਦੇ ਰਿਕਾਰਡ { $who } ਵਜੋਂ { $endpoint } ’ਤੇ ਭੇਜੇਗਾ। ਤੁਸੀਂ { $current } ਨਾਲ { $current_who } ਵਜੋਂ ਕਨੈਕਟ ਹੋ।
launch-switch = ਇਸ ਕਨੈਕਸ਼ਨ ’ਤੇ ਜਾਓ
launch-keep = ਮੇਰਾ ਕਨੈਕਸ਼ਨ ਰੱਖੋ
launch-other-learner = ਇਹ ਲਿੰਕ { $who } ਲਈ ਹੈ। ਇਸ ਵੇਲੇ { $current_who } ਪਲੇਅਰ ਵਰਤ ਰਹੇ ਹਨ। ਕੀ { $who } ’ਤੇ ਜਾਣਾ ਹੈ?
launch-switch-learner = ਸਿਖਿਆਰਥੀ ਬਦਲੋ

## Learners
learners-heading = ਇਸ ਡੀਵਾਈਸ ’ਤੇ ਸਿਖਿਆਰਥੀ
learners-locked = { $name } ਪਲੇਅਰ ਵਰਤ ਰਹੇ ਹਨ
learner-unnamed = ਮੈਂ
learner-now = ਇਸ ਵੇਲੇ ਪਲੇਅਰ ਵਰਤ ਰਹੇ ਹਨ
learner-switch = ਇਸ ਸਿਖਿਆਰਥੀ ’ਤੇ ਜਾਓ
learner-rename = ਨਾਂ ਬਦਲੋ
learner-name = ਨਾਂ
learner-save = ਰੱਖਿਅਤ ਕਰੋ
learner-cancel = ਰੱਦ ਕਰੋ
learner-remove = ਹਟਾਓ
learner-remove-ask = ਕੀ { $name } ਨੂੰ ਇਸ ਡੀਵਾਈਸ ਤੋਂ ਹਟਾਉਣਾ ਹੈ? ਇਸ ਡੀਵਾਈਸ ’ਤੇ ਉਹਨਾਂ ਦੀ ਪ੍ਰਗਤੀ, ਭੇਜਣ ਲਈ ਬਾਕੀ ਰਿਕਾਰਡ ਅਤੇ ਸੈਟਿੰਗਾਂ ਮਿਟਾ ਦਿੱਤੀਆਂ ਜਾਣਗੀਆਂ। ਡਾਊਨਲੋਡ ਕੀਤੇ ਕੋਰਸ ਰਹਿਣਗੇ।
learner-removed = { $name } ਨੂੰ ਹਟਾ ਦਿੱਤਾ ਗਿਆ।
learner-pin = PIN (ਚਾਰ ਅੰਕ, ਵਿਕਲਪਿਕ)
learner-pin-label = PIN
learner-pin-for = { $name } ਦਾ PIN
learner-pin-new = ਨਵਾਂ PIN (ਚਾਰ ਅੰਕ)
learner-pin-set = PIN ਸੈੱਟ ਕਰੋ
learner-pin-remove = PIN ਹਟਾਓ
learner-pin-open = ਜਾਰੀ ਰੱਖੋ
learner-pin-note = PIN ਇਸ ਡੀਵਾਈਸ ਨੂੰ ਸਾਂਝਾ ਕਰਨ ਵਾਲਿਆਂ ਨੂੰ ਇੱਕ-ਦੂਜੇ ਦੀ ਪ੍ਰਗਤੀ ਤੋਂ ਦੂਰ ਰੱਖਦਾ ਹੈ। ਇਹ ਨਿੱਜਤਾ ਲਈ ਹੈ, ਸੁਰੱਖਿਆ ਲਈ ਨਹੀਂ।
learner-add-heading = ਸਿਖਿਆਰਥੀ ਜੋੜੋ
learner-add = ਜੋੜੋ
learner-added = { $name } ਨੂੰ ਜੋੜ ਦਿੱਤਾ ਗਿਆ।
learner-saved = ਰੱਖਿਅਤ ਕੀਤਾ ਗਿਆ।
learner-error-empty = ਕੋਈ ਨਾਂ ਦਰਜ ਕਰੋ।
learner-error-long = ਇਹ ਨਾਂ ਬਹੁਤ ਲੰਮਾ ਹੈ।
learner-error-taken = ਇਸ ਡੀਵਾਈਸ ’ਤੇ ਪਹਿਲਾਂ ਹੀ ਕਿਸੇ ਦਾ ਨਾਂ { $name } ਹੈ।
learner-error-pin = PIN ਠੀਕ ਚਾਰ ਅੰਕਾਂ ਦਾ ਹੁੰਦਾ ਹੈ।
learner-error-full = ਇਸ ਡੀਵਾਈਸ ’ਤੇ ਹੋਰ ਸਿਖਿਆਰਥੀਆਂ ਲਈ ਥਾਂ ਨਹੀਂ ਹੈ। ਪਹਿਲਾਂ ਕਿਸੇ ਇੱਕ ਨੂੰ ਹਟਾਓ।
learner-error-unknown = ਸਿਖਿਆਰਥੀਆਂ ਦੀ ਸੂਚੀ ਬਦਲੀ ਨਹੀਂ ਜਾ ਸਕੀ। ਪੰਨਾ ਰੀਲੋਡ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
learner-error-wrong-pin = ਇਹ PIN ਸਹੀ ਨਹੀਂ ਹੈ।
signout-ask = { $count ->
    [one] { $count } ਰਿਕਾਰਡ ਅਜੇ ਭੇਜਿਆ ਨਹੀਂ ਗਿਆ।
   *[other] { $count } ਰਿਕਾਰਡ ਅਜੇ ਭੇਜੇ ਨਹੀਂ ਗਏ।
}
signout-keep = { $count ->
    [one] ਬਾਕੀ ਰਿਕਾਰਡ ਅਗਲੀ ਵਾਰ ਕਨੈਕਟ ਹੋਣ ਤੱਕ ਰੱਖੋ
   *[other] ਬਾਕੀ { $count } ਰਿਕਾਰਡ ਅਗਲੀ ਵਾਰ ਕਨੈਕਟ ਹੋਣ ਤੱਕ ਰੱਖੋ
}
signout-discard = { $count ->
    [one] ਇਸਨੂੰ ਮਿਟਾ ਦਿਓ
   *[other] ਇਹਨਾਂ ਨੂੰ ਮਿਟਾ ਦਿਓ
}
