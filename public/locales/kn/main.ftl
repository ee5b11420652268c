# Alliance Player interface strings — ಕನ್ನಡ
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by scripts/locales.mjs, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = ಕನ್ನಡ
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = ನೇರವಾಗಿ ವಿಷಯಕ್ಕೆ ಹೋಗಿ
# In the header where the browser offers to install the player as an app.
install-app = ಆ್ಯಪ್ ಸ್ಥಾಪಿಸಿ
install-app-hint = Alliance Player ಅನ್ನು ಈ ಸಾಧನದಲ್ಲಿ ಸ್ಥಾಪಿಸಿ: ಇದು ನಿಮ್ಮ ಆ್ಯಪ್‌ಗಳಿಂದ ತನ್ನದೇ ವಿಂಡೋದಲ್ಲಿ ತೆರೆಯುತ್ತದೆ, ಆಫ್‌ಲೈನ್‌ನಲ್ಲೂ ಸಹ.
nav-catalog = ಕೋರ್ಸ್‌ಗಳು
loading = ಲೋಡ್ ಆಗುತ್ತಿದೆ…

## Languages
language-picker-label = ಇಂಟರ್‌ಫೇಸ್ ಭಾಷೆ
language-picker-search = ಭಾಷೆಗಳನ್ನು ಹುಡುಕಿ
language-picker-none = ನಿಮ್ಮ ಹುಡುಕಾಟಕ್ಕೆ ಹೊಂದುವ ಯಾವುದೇ ಭಾಷೆ ಇಲ್ಲ.
content-language-label = ಕೋರ್ಸ್ ಭಾಷೆ
content-language-auto = ಇಂಟರ್‌ಫೇಸ್ ಭಾಷೆಯಂತೆಯೇ
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = { $language } ಭಾಷೆಯಲ್ಲಿ

## Catalogue
catalog-heading = ಕೋರ್ಸ್ ಕ್ಯಾಟಲಾಗ್
catalog-search-label = ಕೋರ್ಸ್‌ಗಳನ್ನು ಹುಡುಕಿ
catalog-search-placeholder = ಶೀರ್ಷಿಕೆ, ವಿಷಯ ಅಥವಾ ಒದಗಿಸುವವರು
catalog-more = ಇನ್ನಷ್ಟು ಕೋರ್ಸ್‌ಗಳನ್ನು ತೋರಿಸಿ
catalog-earlier = ಹಿಂದಿನ ಕೋರ್ಸ್‌ಗಳನ್ನು ತೋರಿಸಿ
catalog-loading-more = ಇನ್ನಷ್ಟು ಕೋರ್ಸ್‌ಗಳನ್ನು ಹುಡುಕಲಾಗುತ್ತಿದೆ…
catalog-language-label = ಭಾಷೆ
catalog-language-any = ಎಲ್ಲಾ ಭಾಷೆಗಳು
catalog-count = { $count ->
    [0] ಹೊಂದುವ ಕೋರ್ಸ್‌ಗಳಿಲ್ಲ.
    [one] { $count } ಕೋರ್ಸ್
   *[other] { $count } ಕೋರ್ಸ್‌ಗಳು
}
catalog-empty = ನಿಮ್ಮ ಹುಡುಕಾಟಕ್ಕೆ ಹೊಂದುವ ಕೋರ್ಸ್ ಇಲ್ಲ. ಬೇರೆ ಪದವನ್ನು ಪ್ರಯತ್ನಿಸಿ ಅಥವಾ ಎಲ್ಲಾ ಭಾಷೆಗಳನ್ನು ಆಯ್ಕೆಮಾಡಿ.
catalog-rejected = { $count ->
    [one] ಈ ಕ್ಯಾಟಲಾಗ್‌ನ { $count } ಕೋರ್ಸ್ ಅನ್ನು ಪಟ್ಟಿಯಲ್ಲಿ ತೋರಿಸಲಾಗಲಿಲ್ಲ:
   *[other] ಈ ಕ್ಯಾಟಲಾಗ್‌ನ { $count } ಕೋರ್ಸ್‌ಗಳನ್ನು ಪಟ್ಟಿಯಲ್ಲಿ ತೋರಿಸಲಾಗಲಿಲ್ಲ:
}
# A site's catalogue and the learner's own can be several; one that fails is named here, the others still show.
# $source is a catalogue's title or its address; $id is a course's short name, as in its address /course/{ $id }.
catalog-source-notice = ಈ ಪಟ್ಟಿಯಲ್ಲಿ ಕೆಲವು ಕೋರ್ಸ್‌ಗಳು ಇಲ್ಲ:
catalog-source-unreachable = { $source } ಅನ್ನು ತಲುಪಲಾಗಲಿಲ್ಲ: ಸೈಟ್ ಕಾರ್ಯನಿರ್ವಹಿಸದೇ ಇರಬಹುದು, ಅಥವಾ ಅದು ತನ್ನ ಕೋರ್ಸ್‌ಗಳನ್ನು ಓದಲು ಈ ಪ್ಲೇಯರ್‌ಗೆ ಅನುಮತಿಸದೇ ಇರಬಹುದು.
catalog-source-status = { $source } ದೋಷದೊಂದಿಗೆ ಪ್ರತಿಕ್ರಿಯಿಸಿದೆ (HTTP { $status }).
catalog-source-too-large = { $source } ಗಾತ್ರ { $limit } ಮಿತಿಗಿಂತ ಹೆಚ್ಚಾಗಿದೆ; ಈ ಪ್ಲೇಯರ್ ಒಂದು ಕ್ಯಾಟಲಾಗ್‌ಗಾಗಿ ಇದಕ್ಕಿಂತ ಹೆಚ್ಚು ಓದುವುದಿಲ್ಲ.
catalog-source-invalid = { $source } ಈ ಪ್ಲೇಯರ್ ಓದಬಲ್ಲ ಕೋರ್ಸ್ ಕ್ಯಾಟಲಾಗ್ ಅಲ್ಲ: { $detail }
catalog-source-left-out = { $source } ಮೂಲದ “{ $course }” ಕೋರ್ಸ್ ಅನ್ನು ಬಿಡಲಾಗಿದೆ: ಅದರ ವಿಳಾಸ /course/{ $id } ಅನ್ನು ಈಗಾಗಲೇ ಇನ್ನೊಂದು ಕೋರ್ಸ್ ಬಳಸುತ್ತಿದೆ.
course-provider = ಒದಗಿಸುವವರು: { $provider }
course-languages = ಭಾಷೆಗಳು: { $languages }
course-size = ಡೌನ್‌ಲೋಡ್ ಗಾತ್ರ: { $size }
course-open = ಕೋರ್ಸ್ ತೆರೆಯಿರಿ
course-continue = ಮುಂದುವರಿಸಿ
course-progress = { $percent } ಪೂರ್ಣಗೊಂಡಿದೆ

## Course
course-outline = ಕೋರ್ಸ್ ರೂಪರೇಖೆ
outline-show-earlier = ಹಿಂದಿನ ಘಟಕಗಳನ್ನು ತೋರಿಸಿ ({ $count } ಮರೆಮಾಡಲಾಗಿದೆ)
outline-show-later = ಮುಂದಿನ ಘಟಕಗಳನ್ನು ತೋರಿಸಿ ({ $count } ಮರೆಮಾಡಲಾಗಿದೆ)
course-start = ಕೋರ್ಸ್ ಪ್ರಾರಂಭಿಸಿ
course-units = { $count ->
    [one] { $count } ಘಟಕ
   *[other] { $count } ಘಟಕಗಳು
}
unit-ordinal = ಘಟಕ { $index } (ಒಟ್ಟು { $total })
unit-state-not-started = ಪ್ರಾರಂಭಿಸಿಲ್ಲ
unit-state-in-progress = ಪ್ರಗತಿಯಲ್ಲಿದೆ
unit-state-completed = ಪೂರ್ಣಗೊಂಡಿದೆ
unit-state-passed = ಉತ್ತೀರ್ಣ
unit-state-failed = ಇನ್ನೂ ಉತ್ತೀರ್ಣವಾಗಿಲ್ಲ
unit-kind-video = ವೀಡಿಯೊ
unit-kind-audio = ಆಡಿಯೊ
unit-kind-reading = ಓದುವ ಸಾಮಗ್ರಿ
unit-kind-quiz = ಕ್ವಿಜ್
unit-kind-document = ಡಾಕ್ಯುಮೆಂಟ್
unit-kind-interactive = ಚಟುವಟಿಕೆ
unit-kind-unknown = ಹೊಸ ಬಗೆಯ ಘಟಕ
unit-previous = ಹಿಂದಿನದು
unit-next = ಮುಂದಿನದು
unit-mark-done = ಪೂರ್ಣಗೊಂಡಿದೆ ಎಂದು ಗುರುತಿಸಿ
unit-done = ಪೂರ್ಣಗೊಂಡಿದೆ
back-to-catalog = ಎಲ್ಲಾ ಕೋರ್ಸ್‌ಗಳು
# Search inside the course, above the outline. $time is a position in a video or audio, e.g. "1:05".
course-search-label = ಈ ಕೋರ್ಸ್‌ನಲ್ಲಿ ಹುಡುಕಿ
course-search-count = { $count ->
    [0] ಫಲಿತಾಂಶಗಳಿಲ್ಲ
    [one] { $count } ಫಲಿತಾಂಶ
   *[other] { $count } ಫಲಿತಾಂಶಗಳು
}
course-search-more = { $count ->
    [one] ಮೊದಲ ಫಲಿತಾಂಶವನ್ನು ಮಾತ್ರ ತೋರಿಸಲಾಗಿದೆ; ಹುಡುಕಾಟವನ್ನು ಸೀಮಿತಗೊಳಿಸಲು ಇನ್ನಷ್ಟು ಪದಗಳನ್ನು ಸೇರಿಸಿ.
   *[other] ಮೊದಲ { $count } ಫಲಿತಾಂಶಗಳನ್ನು ಮಾತ್ರ ತೋರಿಸಲಾಗಿದೆ; ಹುಡುಕಾಟವನ್ನು ಸೀಮಿತಗೊಳಿಸಲು ಇನ್ನಷ್ಟು ಪದಗಳನ್ನು ಸೇರಿಸಿ.
}
course-search-subtitles = ಉಪಶೀರ್ಷಿಕೆಗಳಲ್ಲೂ ಹುಡುಕಲಾಗುತ್ತಿದೆ…
course-search-incomplete = ಕೆಲವು ಉಪಶೀರ್ಷಿಕೆಗಳಲ್ಲಿ ಹುಡುಕಲಾಗಲಿಲ್ಲ.
course-search-in-title = ಶೀರ್ಷಿಕೆ
course-search-in-reading = ಓದುವ ಸಾಮಗ್ರಿ
course-search-in-transcript = ಪ್ರತಿಲೇಖನ
course-search-in-subtitle = ಉಪಶೀರ್ಷಿಕೆ, { $time }
course-search-in-quiz = ಕ್ವಿಜ್ ಪ್ರಶ್ನೆ

## Media
media-speed = ವೇಗ
media-subtitles = ಉಪಶೀರ್ಷಿಕೆಗಳು
media-subtitles-off = ಆಫ್
media-subtitles-second = ಎರಡನೇ ಉಪಶೀರ್ಷಿಕೆಗಳು
media-fullscreen = ಪೂರ್ಣ ಪರದೆ
media-fullscreen-exit = ಪೂರ್ಣ ಪರದೆಯಿಂದ ನಿರ್ಗಮಿಸಿ
media-shortcuts = ಕೀಬೋರ್ಡ್ ಶಾರ್ಟ್‌ಕಟ್‌ಗಳು
media-shortcuts-hint = ವೀಡಿಯೊ ಅಥವಾ ಆಡಿಯೊ ಪ್ಲೇಯರ್ ಫೋಕಸ್‌ನಲ್ಲಿರುವಾಗ:
# The name of the space bar key, as printed on keyboards.
media-key-space = ಸ್ಪೇಸ್
media-key-play = ಪ್ಲೇ ಅಥವಾ ವಿರಾಮ
media-key-seek = 5 ಸೆಕೆಂಡುಗಳು ಹಿಂದಕ್ಕೆ ಅಥವಾ ಮುಂದಕ್ಕೆ
media-key-speed = ನಿಧಾನವಾಗಿ ಅಥವಾ ವೇಗವಾಗಿ
media-key-captions = ಉಪಶೀರ್ಷಿಕೆಗಳು ಆನ್ ಅಥವಾ ಆಫ್
media-key-fullscreen = ಪೂರ್ಣ ಪರದೆ ಆನ್ ಅಥವಾ ಆಫ್
media-transcript = ಪ್ರತಿಲೇಖನ
media-watched = { $percent } ವೀಕ್ಷಿಸಲಾಗಿದೆ
media-unsupported = ನಿಮ್ಮ ಬ್ರೌಸರ್ ಈ ಮೀಡಿಯಾವನ್ನು ಪ್ಲೇ ಮಾಡಲು ಸಾಧ್ಯವಿಲ್ಲ. ಬೇರೆ ಬ್ರೌಸರ್ ಪ್ರಯತ್ನಿಸಿ, ಅಥವಾ ಇದನ್ನು ಡೌನ್‌ಲೋಡ್ ಮಾಡಿ:

## Reading and document
reading-end = ಓದುವ ಸಾಮಗ್ರಿಯ ಅಂತ್ಯ
document-download = PDF ಡೌನ್‌ಲೋಡ್ ಮಾಡಿ ({ $size })
document-download-nosize = PDF ಡೌನ್‌ಲೋಡ್ ಮಾಡಿ
document-fallback = ನಿಮ್ಮ ಬ್ರೌಸರ್ ಇಲ್ಲಿ PDF ಗಳನ್ನು ತೋರಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ. ಓದಲು ಇದನ್ನು ಡೌನ್‌ಲೋಡ್ ಮಾಡಿ.
document-not-pdf = { $file } PDF ಫೈಲ್ ಅಲ್ಲ. ಡಾಕ್ಯುಮೆಂಟ್ ಘಟಕವು “%PDF-” ನಿಂದ ಪ್ರಾರಂಭವಾಗುವ PDF ಫೈಲ್‌ಗಳನ್ನು ಮಾತ್ರ ತೋರಿಸುತ್ತದೆ.

## Quiz
quiz-passing = ಉತ್ತೀರ್ಣರಾಗಲು ನಿಮಗೆ { $percent } ಬೇಕು.
quiz-attempts-left = { $count ->
    [one] { $count } ಪ್ರಯತ್ನ ಉಳಿದಿದೆ
   *[other] { $count } ಪ್ರಯತ್ನಗಳು ಉಳಿದಿವೆ
}
quiz-attempts-unlimited = ಅನಿಯಮಿತ ಪ್ರಯತ್ನಗಳು
quiz-attempts-used = { $count ->
    [one] ನಿಮ್ಮ ಬಳಿ ಇನ್ನು ಯಾವುದೇ ಪ್ರಯತ್ನ ಉಳಿದಿಲ್ಲ.
   *[other] ನೀವು ನಿಮ್ಮ ಎಲ್ಲಾ { $count } ಪ್ರಯತ್ನಗಳನ್ನು ಬಳಸಿದ್ದೀರಿ.
}
quiz-question = ಪ್ರಶ್ನೆ { $index }
quiz-true = ಸರಿ
quiz-false = ತಪ್ಪು
quiz-answer-label = ನಿಮ್ಮ ಉತ್ತರ
quiz-submit = ಉತ್ತರಗಳನ್ನು ಸಲ್ಲಿಸಿ
quiz-retry = ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ
quiz-score = ನಿಮ್ಮ ಅಂಕ: { $score }
quiz-passed = ಉತ್ತೀರ್ಣರಾಗಿದ್ದೀರಿ — ಶಭಾಷ್!
quiz-failed = ಇನ್ನೂ ಉತ್ತೀರ್ಣರಾಗಿಲ್ಲ.
quiz-best = ಇದುವರೆಗಿನ ಅತ್ಯುತ್ತಮ ಅಂಕ: { $score }
quiz-correct = ಸರಿಯಾದ ಉತ್ತರ
quiz-incorrect = ತಪ್ಪು ಉತ್ತರ
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = ಪರಿಶೀಲನೆ: ಪ್ರತಿ ಪ್ರಶ್ನೆಗೆ ಸರಿಯಾದ ಉತ್ತರವನ್ನು ತೋರಿಸಲಾಗಿದೆ.
quiz-right-answer = ಸರಿಯಾದ ಉತ್ತರ

## Interactive
interactive-title = ಸಂವಾದಾತ್ಮಕ ಚಟುವಟಿಕೆ: { $title }
interactive-hint = ಈ ಘಟಕವನ್ನು ಮುಗಿಸಲು ಚಟುವಟಿಕೆಯನ್ನು ಪೂರ್ಣಗೊಳಿಸಿ.

## Storage
storage-quota = ಈ ಬ್ರೌಸರ್‌ನಲ್ಲಿ ಪ್ಲೇಯರ್‌ಗಾಗಿ ಇರುವ ಸಂಗ್ರಹಣೆ ತುಂಬಿದೆ, ಹಾಗಾಗಿ ನಿಮ್ಮ ಇತ್ತೀಚಿನ ಪ್ರಗತಿಯನ್ನು ಉಳಿಸಲಾಗಲಿಲ್ಲ. ಸ್ವಲ್ಪ ಸ್ಥಳವನ್ನು ಖಾಲಿ ಮಾಡಿ (ಬ್ರೌಸರ್ ಸೆಟ್ಟಿಂಗ್‌ಗಳಲ್ಲಿ ಡೌನ್‌ಲೋಡ್ ಮಾಡಿದ ಕೋರ್ಸ್‌ಗಳನ್ನು ಅಥವಾ ಇತರ ಸೈಟ್‌ಗಳ ಡೇಟಾವನ್ನು ತೆಗೆದುಹಾಕಿ), ನಂತರ ಮುಂದುವರಿಸಿ: ಹಿಂದೆ ಉಳಿಸಿದ ಯಾವುದೂ ಕಳೆದುಹೋಗಿಲ್ಲ.
storage-unavailable = ಈ ಬ್ರೌಸರ್ ನಿಮ್ಮ ಪ್ರಗತಿಯನ್ನು ಸಂಗ್ರಹಿಸಲು ಪ್ಲೇಯರ್‌ಗೆ ಅನುಮತಿಸುವುದಿಲ್ಲ, ಹಾಗಾಗಿ ನೀವು ಪುಟವನ್ನು ಮುಚ್ಚುವವರೆಗೆ ಮಾತ್ರ ಅದು ಉಳಿಯುತ್ತದೆ. ಖಾಸಗಿ ವಿಂಡೋಗಳು ಹೆಚ್ಚಾಗಿ ಸಂಗ್ರಹಣೆಯನ್ನು ನಿರ್ಬಂಧಿಸುತ್ತವೆ.
storage-write-failed = ನಿಮ್ಮ ಇತ್ತೀಚಿನ ಪ್ರಗತಿಯನ್ನು ಇನ್ನೂ ಉಳಿಸಲಾಗಿಲ್ಲ. ಅದನ್ನು ಈ ಪುಟದಲ್ಲಿ ಇರಿಸಲಾಗಿದೆ ಮತ್ತು ನಿಮ್ಮ ಮುಂದಿನ ಹಂತದೊಂದಿಗೆ ಉಳಿಸಲಾಗುತ್ತದೆ.

## Transcript (the learner's record of progress)
nav-transcript = ನನ್ನ ಪ್ರಗತಿ
transcript-heading = ನನ್ನ ಪ್ರಗತಿ
transcript-empty = ನೀವು ಇನ್ನೂ ಯಾವುದೇ ಕೋರ್ಸ್ ಪ್ರಾರಂಭಿಸಿಲ್ಲ.
transcript-unit-score = ಅಂಕ: { $score }
transcript-time-spent = ಕಳೆದ ಸಮಯ: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = xAPI ಹೇಳಿಕೆಗಳಾಗಿ ಡೌನ್‌ಲೋಡ್ ಮಾಡಿ (JSON)
transcript-export-csv = ಸ್ಪ್ರೆಡ್‌ಶೀಟ್ ಆಗಿ ಡೌನ್‌ಲೋಡ್ ಮಾಡಿ (CSV)
transcript-reset = ಈ ಕೋರ್ಸ್‌ನಲ್ಲಿ ನನ್ನ ಪ್ರಗತಿಯನ್ನು ಮರುಹೊಂದಿಸಿ
transcript-reset-confirm = “{ $course }” ಕೋರ್ಸ್‌ನಲ್ಲಿನ ನಿಮ್ಮ ಎಲ್ಲಾ ಪ್ರಗತಿಯನ್ನು ಮರುಹೊಂದಿಸಬೇಕೆ? ಇದನ್ನು ರದ್ದುಗೊಳಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.

## Delivery to the learning record store (LRS), shown in the header and on the settings page
nav-settings = ಸೆಟ್ಟಿಂಗ್‌ಗಳು
sync-off = ಈ ಸಾಧನದಲ್ಲಿ ಉಳಿಸಲಾಗಿದೆ
sync-off-detail = ಯಾವುದೇ ಕಲಿಕಾ ದಾಖಲೆ ಸಂಗ್ರಹಕ್ಕೆ ಸಂಪರ್ಕಗೊಂಡಿಲ್ಲ: ನಿಮ್ಮ ಪ್ರಗತಿ ಈ ಬ್ರೌಸರ್‌ನಲ್ಲೇ ಉಳಿಯುತ್ತದೆ. ನೀವು ಪೂರ್ಣಗೊಳಿಸಿದ್ದನ್ನು ನಿಮ್ಮ ಸಂಸ್ಥೆಗೆ ಕಳುಹಿಸಲು ಸೆಟ್ಟಿಂಗ್‌ಗಳಲ್ಲಿ ಒಂದು ಸಂಗ್ರಹವನ್ನು ಸಂಪರ್ಕಿಸಿ.
sync-done = ಎಲ್ಲವನ್ನೂ ಕಳುಹಿಸಲಾಗಿದೆ
sync-pending = { $count ->
    [one] { $count } ದಾಖಲೆ ಕಳುಹಿಸಲು ಬಾಕಿ ಇದೆ
   *[other] { $count } ದಾಖಲೆಗಳು ಕಳುಹಿಸಲು ಬಾಕಿ ಇವೆ
}
sync-last-delivery = ಕೊನೆಯದಾಗಿ ಕಳುಹಿಸಿದ್ದು: { $date }
sync-error-offline = ನೀವು ಆಫ್‌ಲೈನ್‌ನಲ್ಲಿದ್ದೀರಿ. ನಿಮ್ಮ ದಾಖಲೆಗಳನ್ನು ಇರಿಸಿಕೊಳ್ಳಲಾಗಿದೆ ಮತ್ತು ಸಂಪರ್ಕ ಮರಳಿದಾಗ ಕಳುಹಿಸಲಾಗುತ್ತದೆ.
sync-error-unreachable = ಕಲಿಕಾ ದಾಖಲೆ ಸಂಗ್ರಹವನ್ನು ತಲುಪಲಾಗಲಿಲ್ಲ. ಸ್ವಲ್ಪ ಸಮಯದಲ್ಲಿ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಲಾಗುತ್ತದೆ; ಏನೂ ಕಳೆದುಹೋಗಿಲ್ಲ.
sync-error-server = ಕಲಿಕಾ ದಾಖಲೆ ಸಂಗ್ರಹದಲ್ಲಿ ಸಮಸ್ಯೆ ಇದೆ (HTTP { $status }). ಸ್ವಲ್ಪ ಸಮಯದಲ್ಲಿ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಲಾಗುತ್ತದೆ; ಏನೂ ಕಳೆದುಹೋಗಿಲ್ಲ.
sync-error-unauthorized = ಕಲಿಕಾ ದಾಖಲೆ ಸಂಗ್ರಹವು ನಿಮ್ಮ ಲಾಗಿನ್ ವಿವರಗಳನ್ನು ತಿರಸ್ಕರಿಸಿದೆ. ಅವುಗಳನ್ನು ಸೆಟ್ಟಿಂಗ್‌ಗಳಲ್ಲಿ ಮತ್ತೆ ನಮೂದಿಸಿ; ಅಲ್ಲಿಯವರೆಗೆ ನಿಮ್ಮ ದಾಖಲೆಗಳನ್ನು ಇರಿಸಿಕೊಳ್ಳಲಾಗುತ್ತದೆ.
sync-error-not-found = ಈ ವಿಳಾಸದಲ್ಲಿ ಯಾವುದೇ ಕಲಿಕಾ ದಾಖಲೆ ಸಂಗ್ರಹ ಇಲ್ಲ. ಸೆಟ್ಟಿಂಗ್‌ಗಳಲ್ಲಿ ವಿಳಾಸವನ್ನು ಪರಿಶೀಲಿಸಿ; ಅಲ್ಲಿಯವರೆಗೆ ನಿಮ್ಮ ದಾಖಲೆಗಳನ್ನು ಇರಿಸಿಕೊಳ್ಳಲಾಗುತ್ತದೆ.
sync-error-version = ಕಲಿಕಾ ದಾಖಲೆ ಸಂಗ್ರಹವು xAPI ಯ ಬೇರೆ ಆವೃತ್ತಿಯನ್ನು ಬಳಸುತ್ತದೆ ({ $detail }). xAPI 1.0.3 ಅಥವಾ 2.0.0 ಅನ್ನು ಬೆಂಬಲಿಸುವ ವಿಳಾಸವನ್ನು ನಿಮ್ಮ ಸಂಸ್ಥೆಯಿಂದ ಕೇಳಿ.
sync-error-storage = ಕಳುಹಿಸಲು ಕಾಯುತ್ತಿರುವ ದಾಖಲೆಗಳನ್ನು ಈ ಬ್ರೌಸರ್‌ನ ಸಂಗ್ರಹಣೆಯಿಂದ ಓದಲಾಗಲಿಲ್ಲ ({ $detail }).
sync-set-aside = { $count ->
    [one] ಕಲಿಕಾ ದಾಖಲೆ ಸಂಗ್ರಹವು { $count } ದಾಖಲೆಯನ್ನು ತಿರಸ್ಕರಿಸಿದೆ
   *[other] ಕಲಿಕಾ ದಾಖಲೆ ಸಂಗ್ರಹವು { $count } ದಾಖಲೆಗಳನ್ನು ತಿರಸ್ಕರಿಸಿದೆ
}
sync-set-aside-detail = ಈ ದಾಖಲೆಗಳನ್ನು ಸಂಗ್ರಹದ ಉತ್ತರದೊಂದಿಗೆ ಇಲ್ಲಿ ಇರಿಸಲಾಗಿದೆ, ಇದರಿಂದ ಏನನ್ನು ಸರಿಪಡಿಸಬೇಕೆಂದು ನೀವು ಅಥವಾ ನಿಮ್ಮ ಸಂಸ್ಥೆ ನೋಡಬಹುದು.
settings-heading = ಸೆಟ್ಟಿಂಗ್‌ಗಳು
settings-lrs-heading = ಕಲಿಕಾ ದಾಖಲೆ ಸಂಗ್ರಹ (LRS)
settings-lrs-intro = ನೀವು ಪೂರ್ಣಗೊಳಿಸಿದ್ದು ಮತ್ತು ನಿಮ್ಮ ಅಂಕಗಳು ನಿಮ್ಮ ಸಂಸ್ಥೆಯ ದಾಖಲೆಗಳನ್ನು ತಲುಪಲೆಂದು ಸಂಸ್ಥೆಯು ಈ ವಿವರಗಳನ್ನು ನಿಮಗೆ ನೀಡುತ್ತದೆ.
settings-lrs-endpoint = ವಿಳಾಸ (xAPI ಎಂಡ್‌ಪಾಯಿಂಟ್)
settings-lrs-key = ಕೀ ಅಥವಾ ಬಳಕೆದಾರ ಹೆಸರು
settings-lrs-secret = ರಹಸ್ಯ ಕೀ ಅಥವಾ ಪಾಸ್‌ವರ್ಡ್
settings-lrs-token = ಅಥವಾ ಪ್ರವೇಶ ಟೋಕನ್
settings-lrs-name = ನಿಮ್ಮ ಹೆಸರು
settings-lrs-email = ನಿಮ್ಮ ಇಮೇಲ್ ವಿಳಾಸ
settings-lrs-connect = ಸಂಪರ್ಕಿಸಿ
settings-lrs-disconnect = ಸಂಪರ್ಕ ಕಡಿತಗೊಳಿಸಿ
settings-lrs-connected = { $endpoint } ವಿಳಾಸಕ್ಕೆ { $who } ಆಗಿ ಸಂಪರ್ಕಗೊಂಡಿದ್ದೀರಿ.
settings-lrs-invalid-endpoint = https:// ಅಥವಾ http:// ನಿಂದ ಪ್ರಾರಂಭವಾಗುವ ಕಲಿಕಾ ದಾಖಲೆ ಸಂಗ್ರಹದ ವಿಳಾಸವನ್ನು ನಮೂದಿಸಿ.
settings-lrs-invalid-email = ನಿಮ್ಮ ದಾಖಲೆಗಳು ನಿಮ್ಮ ಹೆಸರಿನಲ್ಲಿ ದಾಖಲಾಗುವಂತೆ ನಿಮ್ಮ ಇಮೇಲ್ ವಿಳಾಸವನ್ನು ನಮೂದಿಸಿ.
cmi5-unit-needs-worker = ಈ ಚಟುವಟಿಕೆಗೆ ಪ್ಲೇಯರ್‌ನ ಸ್ಥಾಪನೆ ಪೂರ್ಣಗೊಳ್ಳಬೇಕು: ಇದನ್ನು ತೆರೆಯಲು ಪುಟವನ್ನು ಮರುಲೋಡ್ ಮಾಡಿ.
cmi5-exit = ನಿರ್ಗಮಿಸಿ
cmi5-exiting = ಉಳಿಸಿ ಹಿಂತಿರುಗಲಾಗುತ್ತಿದೆ…
cmi5-browse = ವೀಕ್ಷಣೆ: ಇಲ್ಲಿ ನೀವು ಮಾಡುವ ಯಾವುದನ್ನೂ ದಾಖಲಿಸಲಾಗುವುದಿಲ್ಲ.
cmi5-review = ಪರಿಶೀಲನೆ: ಇಲ್ಲಿ ನೀವು ಮಾಡುವ ಯಾವುದನ್ನೂ ದಾಖಲಿಸಲಾಗುವುದಿಲ್ಲ.
cmi5-ended = ಈ ಸೆಷನ್ ಕೊನೆಗೊಂಡಿದೆ. ಇನ್ನಷ್ಟು ದಾಖಲಿಸಲು ನಿಮ್ಮ ಕಲಿಕಾ ಪ್ಲಾಟ್‌ಫಾರ್ಮ್‌ನಿಂದ ಕೋರ್ಸ್ ಅನ್ನು ಮತ್ತೆ ತೆರೆಯಿರಿ.
settings-lrs-launch-failed = ಕೆಲಸ ಮಾಡದ ಸೈನ್-ಇನ್‌ನೊಂದಿಗೆ ಕೋರ್ಸ್ ತೆರೆಯಲಾಗಿದೆ ({ $detail }). ನಿಮ್ಮ ಸಂಸ್ಥೆಯ ಸೈಟ್‌ನಿಂದ ಅದನ್ನು ಮತ್ತೆ ತೆರೆಯಿರಿ.

## Course sources (settings): the catalogues whose courses the course list shows
sources-heading = ಕೋರ್ಸ್ ಮೂಲಗಳು
sources-intro = ಕೋರ್ಸ್ ಪಟ್ಟಿಯು ಕೆಳಗಿನ ಕ್ಯಾಟಲಾಗ್‌ಗಳನ್ನು ಒಟ್ಟುಗೂಡಿಸುತ್ತದೆ. ಬೇರೊಂದು ವಿಶ್ವವಿದ್ಯಾಲಯ ಅಥವಾ ಕೋರ್ಸ್ ಒದಗಿಸುವವರ ಕ್ಯಾಟಲಾಗ್ ಅನ್ನು ಅದರ ವಿಳಾಸದ ಮೂಲಕ ನೀವು ಸೇರಿಸಬಹುದು; ಅದನ್ನು ನಿಮಗಾಗಿ ಈ ಸಾಧನದಲ್ಲಿ ಇರಿಸಲಾಗುತ್ತದೆ.
sources-site = ಈ ಸೈಟ್ ಆಯ್ಕೆ ಮಾಡಿದೆ
sources-remove = ತೆಗೆದುಹಾಕಿ
sources-add-label = ಮೂಲವನ್ನು ಸೇರಿಸಿ: ಅದರ ಕ್ಯಾಟಲಾಗ್‌ನ ವಿಳಾಸ
sources-check = ಪರಿಶೀಲಿಸಿ
# The number of courses in the catalogue the learner is about to add.
sources-preview = { $count ->
    [one] { $count } ಕೋರ್ಸ್
   *[other] { $count } ಕೋರ್ಸ್‌ಗಳು
}
sources-add-confirm = ಈ ಮೂಲವನ್ನು ಸೇರಿಸಿ
sources-added = ಸೇರಿಸಲಾಗಿದೆ: ಅದರ ಕೋರ್ಸ್‌ಗಳು ಈಗ ಕೋರ್ಸ್ ಪಟ್ಟಿಯಲ್ಲಿವೆ.
sources-removed = ತೆಗೆದುಹಾಕಲಾಗಿದೆ: ಅದರ ಕೋರ್ಸ್‌ಗಳು ಇನ್ನು ಕೋರ್ಸ್ ಪಟ್ಟಿಯಲ್ಲಿಲ್ಲ.
sources-invalid-url = https:// ನಿಂದ ಪ್ರಾರಂಭವಾಗುವ ವಿಳಾಸವನ್ನು ನಮೂದಿಸಿ (ಅಥವಾ ಈ ಸೈಟ್‌ನಲ್ಲಿನ ಪಾತ್, ಉದಾ. /courses/catalog.json).
sources-duplicate = ಈ ಕ್ಯಾಟಲಾಗ್ ಈಗಾಗಲೇ ಪಟ್ಟಿಯಲ್ಲಿದೆ.
sources-full = ನಿಮ್ಮ ಮೂಲಗಳ ಪಟ್ಟಿ ತುಂಬಿದೆ. ಇನ್ನೊಂದನ್ನು ಸೇರಿಸಲು ಒಂದನ್ನು ತೆಗೆದುಹಾಕಿ.

## Unsupported and errors
unit-needs-newer-player = ಈ ಘಟಕಕ್ಕೆ ಪ್ಲೇಯರ್‌ನ ಹೊಸ ಆವೃತ್ತಿ ಬೇಕು
unit-needs-newer-player-detail = ಇದು “{ $kind }” ಬಗೆಯ ಘಟಕ, ಇದನ್ನು Alliance Player ನ ಈ ಆವೃತ್ತಿ ಇನ್ನೂ ಗುರುತಿಸುವುದಿಲ್ಲ. ಕೋರ್ಸ್‌ನ ಉಳಿದ ಭಾಗ ಕಾರ್ಯನಿರ್ವಹಿಸುತ್ತದೆ; ನಿಮ್ಮ ಕೋರ್ಸ್ ಒದಗಿಸುವವರನ್ನು ಕೇಳಿ ಅಥವಾ ಪ್ಲೇಯರ್ ಅನ್ನು ಅಪ್‌ಡೇಟ್ ಮಾಡಿ.
error-heading = ಏನೋ ತಪ್ಪಾಗಿದೆ
error-catalog = ಕೋರ್ಸ್ ಕ್ಯಾಟಲಾಗ್ ಅನ್ನು ಲೋಡ್ ಮಾಡಲಾಗಲಿಲ್ಲ.
error-document = ಈ ಡಾಕ್ಯುಮೆಂಟ್ ಅನ್ನು ತೋರಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.
error-course = ಈ ಕೋರ್ಸ್ ಅನ್ನು ತೆರೆಯಲಾಗಲಿಲ್ಲ.
error-course-not-found = ಈ ಕ್ಯಾಟಲಾಗ್‌ನಲ್ಲಿ “{ $course }” ಎಂಬ ಕೋರ್ಸ್ ಇಲ್ಲ.
error-unit-not-found = ಈ ಕೋರ್ಸ್‌ನಲ್ಲಿ “{ $unit }” ಎಂಬ ಘಟಕ ಇಲ್ಲ.
error-page-not-found = ಈ ಪುಟ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ.
error-retry = ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ
error-part-unavailable = ಪ್ಲೇಯರ್‌ನ ಈ ಭಾಗವನ್ನು ಡೌನ್‌ಲೋಡ್ ಮಾಡಲಾಗಲಿಲ್ಲ. ನಿಮ್ಮ ಸಂಪರ್ಕವನ್ನು ಪರಿಶೀಲಿಸಿ, ನಂತರ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.
error-what-to-do = ಸಮಸ್ಯೆ ಮುಂದುವರಿದರೆ, ಮೇಲೆ ತೋರಿಸಿರುವುದನ್ನು ಕೋರ್ಸ್ ಒದಗಿಸುವವರಿಗೆ ತಿಳಿಸಿ.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = ಆಫ್‌ಲೈನ್
offline-indicator-detail = ನೀವು ಆಫ್‌ಲೈನ್‌ನಲ್ಲಿದ್ದೀರಿ. ಡೌನ್‌ಲೋಡ್ ಮಾಡಿದ ಕೋರ್ಸ್‌ಗಳು ಎಂದಿನಂತೆ ಪ್ಲೇ ಆಗುತ್ತವೆ; ನಿಮ್ಮ ಪ್ರಗತಿಯನ್ನು ಈ ಸಾಧನದಲ್ಲಿ ಉಳಿಸಲಾಗುತ್ತದೆ ಮತ್ತು ನೀವು ಮತ್ತೆ ಆನ್‌ಲೈನ್‌ಗೆ ಬಂದಾಗ ಕಳುಹಿಸಲಾಗುತ್ತದೆ.
update-ready = Alliance Player ನ ಹೊಸ ಆವೃತ್ತಿ ಸಿದ್ಧವಾಗಿದೆ.
update-reload = ಅಪ್‌ಡೇಟ್ ಮಾಡಲು ಮರುಲೋಡ್ ಮಾಡಿ
download-heading = ಆಫ್‌ಲೈನ್ ಬಳಕೆ
download-course = ಆಫ್‌ಲೈನ್ ಬಳಕೆಗಾಗಿ ಡೌನ್‌ಲೋಡ್ ಮಾಡಿ ({ $size })
download-resume = ಡೌನ್‌ಲೋಡ್ ಮುಂದುವರಿಸಿ ({ $size } ಬಾಕಿ)
download-progress = { $done } / { $total } · { $units } / { $unitsTotal } ಘಟಕಗಳು
download-cancel = ರದ್ದುಮಾಡಿ
download-done = ಡೌನ್‌ಲೋಡ್ ಆಗಿದೆ: ಈ ಕೋರ್ಸ್ ಆಫ್‌ಲೈನ್‌ನಲ್ಲಿ ಕಾರ್ಯನಿರ್ವಹಿಸುತ್ತದೆ ({ $size }).
download-remove = ಡೌನ್‌ಲೋಡ್ ತೆಗೆದುಹಾಕಿ
download-stored-partly = ಒಟ್ಟು { $total } ಪೈಕಿ { $done } ಈಗಾಗಲೇ ಈ ಸಾಧನದಲ್ಲಿದೆ.
download-failed = ಡೌನ್‌ಲೋಡ್ ನಿಂತುಹೋಯಿತು: { $detail } ಈಗಾಗಲೇ ಸಂಗ್ರಹಿಸಿರುವುದು ಉಳಿಯುತ್ತದೆ; ಮುಂದುವರಿಯಲು “ಡೌನ್‌ಲೋಡ್ ಮುಂದುವರಿಸಿ” ಒತ್ತಿ.
download-file-mismatch = { $file } ಸರಿಯಾಗಿ ಪೂರ್ತಿ ಬಂದಿಲ್ಲ (ನಿರೀಕ್ಷಿತ: { $expected }, ಬಂದದ್ದು: { $got }).
download-file-failed = { $file } ಅನ್ನು ಡೌನ್‌ಲೋಡ್ ಮಾಡಲಾಗಲಿಲ್ಲ ({ $detail }).
download-no-cors = { $host } ತನ್ನ ಫೈಲ್‌ಗಳನ್ನು ಓದಲು ಈ ಪ್ಲೇಯರ್‌ಗೆ ಅನುಮತಿಸುವುದಿಲ್ಲ (ಅದು ಯಾವುದೇ CORS ಹೆಡರ್‌ಗಳನ್ನು ಕಳುಹಿಸುವುದಿಲ್ಲ), ಹಾಗಾಗಿ ಅವುಗಳನ್ನು ಪರಿಶೀಲಿಸಿ ಸಂಗ್ರಹಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ. ಅದರ ನಿರ್ವಾಹಕರು ಪ್ರತಿ ಕೋರ್ಸ್ ಫೈಲ್‌ನೊಂದಿಗೆ Access-Control-Allow-Origin ಅನ್ನು ಕಳುಹಿಸಬೇಕು.
download-quota = ಈ ಸಾಧನದಲ್ಲಿ ಕೋರ್ಸ್‌ಗೆ ಸ್ಥಳ ಉಳಿದಿಲ್ಲ. ಸ್ವಲ್ಪ ಸ್ಥಳವನ್ನು ಖಾಲಿ ಮಾಡಿ ಅಥವಾ ಬೇರೊಂದು ಡೌನ್‌ಲೋಡ್ ತೆಗೆದುಹಾಕಿ, ನಂತರ ಮುಂದುವರಿಸಿ.
download-storage = ಈ ಬ್ರೌಸರ್ ಈ ಸಾಧನದಲ್ಲಿ ಬಳಸಬಹುದಾದ { $available } ಪೈಕಿ { $used } ಬಳಸುತ್ತಿದೆ.
download-persistent = ನೀವು ತೆಗೆದುಹಾಕುವವರೆಗೆ ಡೌನ್‌ಲೋಡ್‌ಗಳು ಉಳಿಯುತ್ತವೆ.
download-not-persistent = ಸಾಧನದಲ್ಲಿ ಸ್ಥಳ ಕಡಿಮೆಯಾದರೆ ಬ್ರೌಸರ್ ಡೌನ್‌ಲೋಡ್‌ಗಳನ್ನು ತೆಗೆದುಹಾಕಬಹುದು.
download-needs-network = ನೀವು ಆಫ್‌ಲೈನ್‌ನಲ್ಲಿದ್ದೀರಿ. ಈ ಕೋರ್ಸ್ ಡೌನ್‌ಲೋಡ್ ಮಾಡಲು ಇಂಟರ್ನೆಟ್‌ಗೆ ಸಂಪರ್ಕಿಸಿ.
data-saver = ಡೇಟಾ ಸೇವರ್
data-saver-help = ನೀವು ಪ್ಲೇ ಒತ್ತಿದಾಗ ಮಾತ್ರ ಮೀಡಿಯಾ ಲೋಡ್ ಆಗುತ್ತದೆ, ಪ್ರತಿಲೇಖನಗಳು ಮೊದಲು ಬರುತ್ತವೆ, ಮತ್ತು ಮೀಡಿಯಾದ ಪಕ್ಕದಲ್ಲಿ ಅದರ ಗಾತ್ರವನ್ನು ತೋರಿಸಲಾಗುತ್ತದೆ.
media-size = { $size } ಲೋಡ್ ಆಗಲಿದೆ

## Notes and bookmarks
notes-heading = ನನ್ನ ಟಿಪ್ಪಣಿಗಳು
notes-bookmark = ಈ ಘಟಕವನ್ನು ಬುಕ್‌ಮಾರ್ಕ್ ಮಾಡಿ
notes-bookmarked = ಬುಕ್‌ಮಾರ್ಕ್ ಮಾಡಲಾಗಿದೆ
notes-bookmark-moment = ಈ ಕ್ಷಣವನ್ನು ಬುಕ್‌ಮಾರ್ಕ್ ಮಾಡಿ
notes-note-label = ಈ ಘಟಕದ ಕುರಿತು ನಿಮ್ಮ ಟಿಪ್ಪಣಿ
notes-save = ಟಿಪ್ಪಣಿ ಉಳಿಸಿ
notes-saved = ಉಳಿಸಲಾಗಿದೆ.
notes-delete = ಅಳಿಸಿ
# A moment of a video or audio, e.g. "At 1:05".
notes-at = { $time } ಕ್ಕೆ
notes-empty = ಈ ಕೋರ್ಸ್‌ನಲ್ಲಿ ಇನ್ನೂ ಯಾವುದೇ ಟಿಪ್ಪಣಿಗಳು ಅಥವಾ ಬುಕ್‌ಮಾರ್ಕ್‌ಗಳಿಲ್ಲ. ಒಂದು ಘಟಕವನ್ನು ಅಥವಾ ವೀಡಿಯೊದ ಒಂದು ಕ್ಷಣವನ್ನು ಬುಕ್‌ಮಾರ್ಕ್ ಮಾಡಿ, ಮತ್ತು ಅದರ ಕುರಿತು ಟಿಪ್ಪಣಿ ಬರೆಯಿರಿ.
notes-where = ನಿಮ್ಮ ಟಿಪ್ಪಣಿಗಳು ಈ ಸಾಧನದಲ್ಲೇ ಉಳಿಯುತ್ತವೆ, ಮತ್ತು ಕಲಿಕಾ ದಾಖಲೆ ಸಂಗ್ರಹವನ್ನು ಸಂಪರ್ಕಿಸಿದ್ದರೆ ಅದನ್ನೂ ತಲುಪುತ್ತವೆ.
notes-too-long = ಒಂದು ಟಿಪ್ಪಣಿಯಲ್ಲಿ ಗರಿಷ್ಠ { $max } ಅಕ್ಷರಗಳು ಇರಬಹುದು.
notes-too-many = ಈ ಕೋರ್ಸ್‌ನಲ್ಲಿ ಇನ್ನಷ್ಟು ಟಿಪ್ಪಣಿಗಳಿಗೆ ಸ್ಥಳವಿಲ್ಲ: ಇನ್ನೊಂದನ್ನು ಸೇರಿಸಲು ಒಂದನ್ನು ಅಳಿಸಿ.

## Accessibility
unit-nav-label = ಹಿಂದಿನ ಮತ್ತು ಮುಂದಿನ ಘಟಕ
captions-always = ವೀಡಿಯೊ ಅಥವಾ ಆಡಿಯೊದಲ್ಲಿ ಉಪಶೀರ್ಷಿಕೆಗಳಿದ್ದಾಗಲೆಲ್ಲಾ ಅವುಗಳನ್ನು ತೋರಿಸಿ (ನಿಮ್ಮ ಭಾಷೆಯಲ್ಲಿದ್ದರೆ ಅದರಲ್ಲಿ, ಇಲ್ಲದಿದ್ದರೆ ಕೋರ್ಸ್‌ನ ಭಾಷೆಯಲ್ಲಿ)
caption-style = ಉಪಶೀರ್ಷಿಕೆ ಶೈಲಿ
caption-size = ಪಠ್ಯದ ಗಾತ್ರ
caption-colour = ಪಠ್ಯದ ಬಣ್ಣ
caption-background = ಹಿನ್ನೆಲೆ
caption-colour-white = ಬಿಳಿ
caption-colour-yellow = ಹಳದಿ
caption-colour-cyan = ಸಯಾನ್
caption-colour-green = ಹಸಿರು
caption-colour-magenta = ಮೆಜೆಂಟಾ
caption-colour-black = ಕಪ್ಪು
caption-background-black = ಕಪ್ಪು, ಅರೆಪಾರದರ್ಶಕ
caption-background-solid-black = ಕಪ್ಪು
caption-background-white = ಬಿಳಿ
caption-background-transparent = ಯಾವುದೂ ಇಲ್ಲ
caption-background-blue = ನೀಲಿ
caption-preview = ಉಪಶೀರ್ಷಿಕೆಗಳು ಹೀಗೆ ಕಾಣುತ್ತವೆ.
caption-unreadable = ಈ ಹಿನ್ನೆಲೆಯಲ್ಲಿ ಈ ಪಠ್ಯವನ್ನು ಓದುವುದು ಕಷ್ಟ: ಬೇರೆ ಬಣ್ಣ ಅಥವಾ ಹಿನ್ನೆಲೆಯನ್ನು ಆಯ್ಕೆಮಾಡಿ.
launch-other = ಈ ಲಿಂಕ್ ನಿಮ್ಮ ಕಲಿಕಾ ದಾಖಲೆಗಳನ್ನು { $who } ಆಗಿ { $endpoint } ವಿಳಾಸಕ್ಕೆ ಕಳುಹಿಸುತ್ತದೆ. ನೀವು ಈಗ { $current } ವಿಳಾಸಕ್ಕೆ { $current_who } ಆಗಿ ಸಂಪರ್ಕಗೊಂಡಿದ್ದೀರಿ.
launch-switch = ಈ ಸಂಪರ್ಕಕ್ಕೆ ಬದಲಿಸಿ
launch-keep = ನನ್ನ ಸಂಪರ್ಕವನ್ನು ಉಳಿಸಿಕೊಳ್ಳಿ
launch-other-learner = ಈ ಲಿಂಕ್ { $who } ಅವರಿಗಾಗಿ ಇದೆ. ಈಗ { $current_who } ಪ್ಲೇಯರ್ ಬಳಸುತ್ತಿದ್ದಾರೆ. { $who } ಅವರಿಗೆ ಬದಲಿಸಬೇಕೆ?
launch-switch-learner = ಕಲಿಕಾರ್ಥಿಯನ್ನು ಬದಲಿಸಿ

## Learners
learners-heading = ಈ ಸಾಧನದಲ್ಲಿರುವ ಕಲಿಕಾರ್ಥಿಗಳು
learners-locked = { $name } ಪ್ಲೇಯರ್ ಬಳಸುತ್ತಿದ್ದಾರೆ
learner-unnamed = ನಾನು
learner-now = ಈಗ ಪ್ಲೇಯರ್ ಬಳಸುತ್ತಿದ್ದಾರೆ
learner-switch = ಈ ಕಲಿಕಾರ್ಥಿಗೆ ಬದಲಿಸಿ
learner-rename = ಮರುಹೆಸರಿಸಿ
learner-name = ಹೆಸರು
learner-save = ಉಳಿಸಿ
learner-cancel = ರದ್ದುಮಾಡಿ
learner-remove = ತೆಗೆದುಹಾಕಿ
learner-remove-ask = { $name } ಅವರನ್ನು ಈ ಸಾಧನದಿಂದ ತೆಗೆದುಹಾಕಬೇಕೆ? ಈ ಸಾಧನದಲ್ಲಿರುವ ಅವರ ಪ್ರಗತಿ, ಬಾಕಿ ಇರುವ ದಾಖಲೆಗಳು ಮತ್ತು ಸೆಟ್ಟಿಂಗ್‌ಗಳನ್ನು ಅಳಿಸಲಾಗುತ್ತದೆ. ಡೌನ್‌ಲೋಡ್ ಮಾಡಿದ ಕೋರ್ಸ್‌ಗಳು ಉಳಿಯುತ್ತವೆ.
learner-removed = { $name } ಅವರನ್ನು ತೆಗೆದುಹಾಕಲಾಗಿದೆ.
learner-pin = ಪಿನ್ (ನಾಲ್ಕು ಅಂಕಿಗಳು, ಐಚ್ಛಿಕ)
learner-pin-label = ಪಿನ್
learner-pin-for = { $name } ಅವರ ಪಿನ್
learner-pin-new = ಹೊಸ ಪಿನ್ (ನಾಲ್ಕು ಅಂಕಿಗಳು)
learner-pin-set = ಪಿನ್ ಹೊಂದಿಸಿ
learner-pin-remove = ಪಿನ್ ತೆಗೆದುಹಾಕಿ
learner-pin-open = ಮುಂದುವರಿಸಿ
learner-pin-note = ಈ ಸಾಧನವನ್ನು ಹಂಚಿಕೊಳ್ಳುವವರು ಒಬ್ಬರ ಪ್ರಗತಿಯನ್ನು ಇನ್ನೊಬ್ಬರು ನೋಡದಂತೆ ಪಿನ್ ತಡೆಯುತ್ತದೆ. ಇದು ಗೌಪ್ಯತೆಗಾಗಿ, ಭದ್ರತೆಗಾಗಿ ಅಲ್ಲ.
learner-add-heading = ಕಲಿಕಾರ್ಥಿಯನ್ನು ಸೇರಿಸಿ
learner-add = ಸೇರಿಸಿ
learner-added = { $name } ಅವರನ್ನು ಸೇರಿಸಲಾಗಿದೆ.
learner-saved = ಉಳಿಸಲಾಗಿದೆ.
learner-error-empty = ಹೆಸರನ್ನು ನಮೂದಿಸಿ.
learner-error-long = ಈ ಹೆಸರು ತುಂಬಾ ಉದ್ದವಾಗಿದೆ.
learner-error-taken = ಈ ಸಾಧನದಲ್ಲಿ ಈಗಾಗಲೇ { $name } ಎಂಬ ಹೆಸರಿನವರು ಇದ್ದಾರೆ.
learner-error-pin = ಪಿನ್ ನಿಖರವಾಗಿ ನಾಲ್ಕು ಅಂಕಿಗಳದ್ದಾಗಿರಬೇಕು.
learner-error-full = ಈ ಸಾಧನದಲ್ಲಿ ಇನ್ನಷ್ಟು ಕಲಿಕಾರ್ಥಿಗಳಿಗೆ ಸ್ಥಳವಿಲ್ಲ. ಮೊದಲು ಒಬ್ಬರನ್ನು ತೆಗೆದುಹಾಕಿ.
learner-error-unknown = ಕಲಿಕಾರ್ಥಿಗಳ ಪಟ್ಟಿಯನ್ನು ಬದಲಿಸಲಾಗಲಿಲ್ಲ. ಪುಟವನ್ನು ಮರುಲೋಡ್ ಮಾಡಿ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.
learner-error-wrong-pin = ಆ ಪಿನ್ ಸರಿಯಿಲ್ಲ.
signout-ask = { $count ->
    [one] { $count } ದಾಖಲೆಯನ್ನು ಇನ್ನೂ ಕಳುಹಿಸಲಾಗಿಲ್ಲ.
   *[other] { $count } ದಾಖಲೆಗಳನ್ನು ಇನ್ನೂ ಕಳುಹಿಸಲಾಗಿಲ್ಲ.
}
signout-keep = { $count ->
    [one] ಬಾಕಿ ಇರುವ ದಾಖಲೆಯನ್ನು ನಾನು ಮತ್ತೆ ಸಂಪರ್ಕಿಸಿದಾಗ ಕಳುಹಿಸಲು ಇರಿಸಿಕೊಳ್ಳಿ
   *[other] ಬಾಕಿ ಇರುವ { $count } ದಾಖಲೆಗಳನ್ನು ನಾನು ಮತ್ತೆ ಸಂಪರ್ಕಿಸಿದಾಗ ಕಳುಹಿಸಲು ಇರಿಸಿಕೊಳ್ಳಿ
}
signout-discard = { $count ->
    [one] ಅದನ್ನು ತ್ಯಜಿಸಿ
   *[other] ಅವುಗಳನ್ನು ತ್ಯಜಿಸಿ
}
