# Alliance Player interface strings — English (the source locale, built into the app as the fallback).
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = English
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Skip to content
# In the header where the browser offers to install the player as an app.
install-app = Install app
install-app-hint = Install Alliance Player on this device: it opens from your apps, in its own window, also offline.
nav-catalog = Courses
loading = Loading…

## Languages
language-picker-label = Interface language
language-picker-search = Search languages
language-picker-none = No language matches your search.
content-language-label = Course language
content-language-auto = Same as the interface
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = In { $language }

## Catalogue
catalog-heading = Course catalogue
catalog-search-label = Search courses
catalog-search-placeholder = Title, subject or provider
catalog-more = Show more courses
catalog-earlier = Show earlier courses
catalog-loading-more = Looking through more courses…
catalog-language-label = Language
catalog-language-any = All languages
catalog-count = { $count ->
    [0] No courses match.
    [one] One course
   *[other] { $count } courses
}
catalog-empty = No course matches your search. Try another word or choose all languages.
catalog-rejected = { $count ->
    [one] One course in this catalogue could not be listed:
   *[other] { $count } courses in this catalogue could not be listed:
}
# A site's catalogue and the learner's own can be several; one that fails is named here, the others still show.
# $source is a catalogue's title or its address; $id is a course's short name, as in its address /course/{ $id }.
catalog-source-notice = Some courses are missing from this list:
catalog-source-unreachable = { $source } could not be reached: the site may be down, or it does not let this player read its courses.
catalog-source-status = { $source } answered with an error (HTTP { $status }).
catalog-source-too-large = { $source } is larger than { $limit }, the most this player reads for a catalogue.
catalog-source-invalid = { $source } is not a catalogue of courses this player can read: { $detail }
catalog-source-left-out = “{ $course }” from { $source } is left out: another course already has its address, /course/{ $id }.
course-provider = From { $provider }
course-languages = Languages: { $languages }
course-size = Download size: { $size }
course-open = Open course
course-continue = Continue
course-progress = { $percent } done

## Course
course-outline = Course outline
outline-show-earlier = Show earlier units ({ $count } hidden)
outline-show-later = Show later units ({ $count } hidden)
course-start = Start the course
course-units = { $count ->
    [one] One unit
   *[other] { $count } units
}
unit-ordinal = Unit { $index } of { $total }
unit-state-not-started = Not started
unit-state-in-progress = In progress
unit-state-completed = Completed
unit-state-passed = Passed
unit-state-failed = Not passed yet
unit-kind-video = Video
unit-kind-audio = Audio
unit-kind-reading = Reading
unit-kind-quiz = Quiz
unit-kind-document = Document
unit-kind-interactive = Activity
unit-kind-unknown = New kind of unit
unit-previous = Previous
unit-next = Next
unit-mark-done = Mark as done
unit-done = Done
back-to-catalog = All courses
# Search inside the course, above the outline. $time is a position in a video or audio, e.g. "1:05".
course-search-label = Search in this course
course-search-count = { $count ->
    [0] No results
    [one] One result
   *[other] { $count } results
}
course-search-more = { $count ->
    [one] Only the first result is shown; add words to narrow the search.
   *[other] Only the first { $count } results are shown; add words to narrow the search.
}
course-search-subtitles = Searching the subtitles too…
course-search-incomplete = Some subtitles could not be searched.
course-search-in-title = Title
course-search-in-reading = Reading
course-search-in-transcript = Transcript
course-search-in-subtitle = Subtitles at { $time }
course-search-in-quiz = Quiz question

## Media
media-speed = Speed
media-subtitles = Subtitles
media-subtitles-off = Off
media-subtitles-second = Second subtitles
media-fullscreen = Full screen
media-fullscreen-exit = Exit full screen
media-shortcuts = Keyboard shortcuts
media-shortcuts-hint = While the video or audio player has focus:
# The name of the space bar key, as printed on keyboards.
media-key-space = Space
media-key-play = Play or pause
media-key-seek = Back or forward 5 seconds
media-key-speed = Slower or faster
media-key-captions = Subtitles on or off
media-key-fullscreen = Full screen on or off
media-transcript = Transcript
media-watched = { $percent } watched
media-unsupported = Your browser cannot play this media. Try another browser, or download it:

## Reading and document
reading-end = End of the reading
document-download = Download the PDF ({ $size })
document-download-nosize = Download the PDF
document-fallback = Your browser cannot show PDFs here. Download it to read it.
document-not-pdf = { $file } is not a PDF file. A document unit shows only PDF files, which begin with “%PDF-”.

## Quiz
quiz-passing = You need { $percent } to pass.
quiz-attempts-left = { $count ->
    [one] One attempt left
   *[other] { $count } attempts left
}
quiz-attempts-unlimited = Unlimited attempts
quiz-attempts-used = { $count ->
    [one] You have used your only attempt.
   *[other] You have used all { $count } attempts.
}
quiz-question = Question { $index }
quiz-true = True
quiz-false = False
quiz-answer-label = Your answer
quiz-submit = Submit answers
quiz-retry = Try again
quiz-score = Your score: { $score }
quiz-passed = Passed — well done!
quiz-failed = Not passed yet.
quiz-best = Best score so far: { $score }
quiz-correct = Correct
quiz-incorrect = Incorrect
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Review: each question shows the right answer.
quiz-right-answer = Right answer

## Interactive
interactive-title = Interactive activity: { $title }
interactive-hint = Complete the activity to finish this unit.

## Storage
storage-quota = This browser's storage for the player is full, so your latest progress could not be saved. Free some space (remove downloaded courses or other sites' data in the browser settings), then continue: nothing saved before was lost.
storage-unavailable = This browser does not let the player store your progress, so it is kept only until you close the page. Private windows often block storage.
storage-write-failed = Your latest progress could not be saved yet. It is kept in this page and will be saved with your next step.

## Transcript (the learner's record of progress)
nav-transcript = My progress
transcript-heading = My progress
transcript-empty = You have not started a course yet.
transcript-unit-score = Score: { $score }
transcript-time-spent = Time spent: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Download as xAPI statements (JSON)
transcript-export-csv = Download as a spreadsheet (CSV)
transcript-reset = Reset my progress in this course
transcript-reset-confirm = Reset all your progress in “{ $course }”? This cannot be undone.

## Delivery to the learning record store (LRS), shown in the header and on the settings page
nav-settings = Settings
sync-off = Saved on this device
sync-off-detail = Not connected to a learning record store: your progress stays in this browser. Connect one in the settings to send your completions to your institution.
sync-done = All delivered
sync-pending = { $count ->
    [one] 1 record waiting
   *[other] { $count } records waiting
}
sync-last-delivery = Last delivered { $date }
sync-error-offline = You are offline. Your records are kept and will be delivered when the connection returns.
sync-error-unreachable = The learning record store could not be reached. Trying again in a moment; nothing is lost.
sync-error-server = The learning record store has a problem (HTTP { $status }). Trying again in a moment; nothing is lost.
sync-error-unauthorized = The learning record store refused your credentials. Enter them again in the settings; your records are kept until then.
sync-error-not-found = There is no learning record store at this address. Check the address in the settings; your records are kept until then.
sync-error-version = The learning record store speaks another version of xAPI ({ $detail }). Ask your institution for an address that speaks xAPI 1.0.3 or 2.0.0.
sync-error-storage = The records waiting for delivery could not be read from this browser's storage ({ $detail }).
sync-set-aside = { $count ->
    [one] 1 record was refused by the learning record store
   *[other] { $count } records were refused by the learning record store
}
sync-set-aside-detail = These records are kept here with the store's answer, so you or your institution can see what to correct.
settings-heading = Settings
settings-lrs-heading = Learning record store
settings-lrs-intro = Your institution gives you these details so your completions and scores reach its records.
settings-lrs-endpoint = Address (xAPI endpoint)
settings-lrs-key = Key or user name
settings-lrs-secret = Secret or password
settings-lrs-token = Or an access token
settings-lrs-name = Your name
settings-lrs-email = Your e-mail address
settings-lrs-connect = Connect
settings-lrs-disconnect = Disconnect
settings-lrs-connected = Connected to { $endpoint } as { $who }.
settings-lrs-invalid-endpoint = Enter the address of the learning record store, starting with https:// or http://.
settings-lrs-invalid-email = Enter your e-mail address, so your records are filed under your name.
cmi5-unit-needs-worker = This activity needs the player to finish installing: reload the page to open it.
cmi5-exit = Exit
cmi5-exiting = Saving and returning…
cmi5-browse = Browsing: nothing you do here is recorded.
cmi5-review = Reviewing: nothing you do here is recorded.
cmi5-ended = This session has ended. Open the course again from your learning platform to record more.
settings-lrs-launch-failed = The course was opened with a sign-in that did not work ({ $detail }). Open it again from your institution's site.

## Course sources (settings): the catalogues whose courses the course list shows
sources-heading = Course sources
sources-intro = The course list brings together the catalogues below. You can add the catalogue of another university or course provider by its address; it is kept for you, on this device.
sources-site = Chosen by this site
sources-remove = Remove
sources-add-label = Add a source: the address of its catalogue
sources-check = Check
# The number of courses in the catalogue the learner is about to add.
sources-preview = { $count ->
    [one] One course
   *[other] { $count } courses
}
sources-add-confirm = Add this source
sources-added = Added: its courses are in the course list now.
sources-removed = Removed: its courses are no longer in the course list.
sources-invalid-url = Enter an address that starts with https:// (or a path on this site, such as /courses/catalog.json).
sources-duplicate = This catalogue is already in the list.
sources-full = Your list of sources is full. Remove one to add another.

## Unsupported and errors
unit-needs-newer-player = This unit needs a newer player
unit-needs-newer-player-detail = It is a “{ $kind }” unit, which this version of Alliance Player does not know yet. The rest of the course works; ask your course provider or update the player.
error-heading = Something went wrong
error-catalog = The course catalogue could not be loaded.
error-document = This document cannot be shown.
error-course = This course could not be opened.
error-course-not-found = There is no course “{ $course }” in this catalogue.
error-unit-not-found = There is no unit “{ $unit }” in this course.
error-page-not-found = This page does not exist.
error-retry = Try again
error-part-unavailable = This part of the player could not be downloaded. Check your connection, then try again.
error-what-to-do = If the problem continues, tell the course provider what is shown above.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Offline
offline-indicator-detail = You are offline. Downloaded courses play as usual; your progress is saved on this device and sent when you are back online.
update-ready = A new version of Alliance Player is ready.
update-reload = Reload to update
download-heading = Offline use
download-course = Download for offline use ({ $size })
download-resume = Resume download ({ $size } left)
download-progress = { $done } of { $total } · { $units } of { $unitsTotal } units
download-cancel = Cancel
download-done = Downloaded: this course works offline ({ $size }).
download-remove = Remove download
download-stored-partly = { $done } of { $total } is already on this device.
download-failed = The download stopped: { $detail } What is already stored is kept; press “Resume download” to go on.
download-file-mismatch = { $file } did not arrive intact (expected { $expected }, received { $got }).
download-file-failed = { $file } could not be downloaded ({ $detail }).
download-no-cors = { $host } does not let this player read its files (it sends no CORS headers), so they cannot be checked and stored. Its administrator must send Access-Control-Allow-Origin with every course file.
download-quota = This device has no room left for the course. Free some space or remove another download, then resume.
download-storage = This browser uses { $used } of the { $available } it may use on this device.
download-persistent = Downloads stay until you remove them.
download-not-persistent = The browser may remove downloads if the device runs short of space.
download-needs-network = You are offline. Connect to the internet to download this course.
data-saver = Data saver
data-saver-help = Media load only when you press play, transcripts come first, and sizes are shown next to media.
media-size = { $size } to load

## Notes and bookmarks
notes-heading = My notes
notes-bookmark = Bookmark this unit
notes-bookmarked = Bookmarked
notes-bookmark-moment = Bookmark this moment
notes-note-label = Your note on this unit
notes-save = Save note
notes-saved = Saved.
notes-delete = Delete
# A moment of a video or audio, e.g. "At 1:05".
notes-at = At { $time }
notes-empty = No notes or bookmarks in this course yet. Bookmark a unit or a moment of a video, and write a note on it.
notes-where = Your notes stay on this device, and reach your learning record store when one is connected.
notes-too-long = A note can have at most { $max } characters.
notes-too-many = This course holds as many notes as it can: delete one to add another.

## Accessibility
unit-nav-label = Previous and next unit
captions-always = Show subtitles whenever a video or audio has them (in your language if it has one, else in the course’s)
caption-style = Subtitle style
caption-size = Text size
caption-colour = Text colour
caption-background = Background
caption-colour-white = White
caption-colour-yellow = Yellow
caption-colour-cyan = Cyan
caption-colour-green = Green
caption-colour-magenta = Magenta
caption-colour-black = Black
caption-background-black = Black, see-through
caption-background-solid-black = Black
caption-background-white = White
caption-background-transparent = None
caption-background-blue = Blue
caption-preview = This is how subtitles will look.
caption-unreadable = This text is hard to read on this background: choose another colour or background.
launch-other = This link would send your learning records to { $endpoint } as { $who }. You are connected to { $current } as { $current_who }.
launch-switch = Switch to this connection
launch-keep = Keep my connection
launch-other-learner = This link is for { $who }. { $current_who } is using the player now. Switch to { $who }?
launch-switch-learner = Switch learner

## Learners
learners-heading = Learners on this device
learners-locked = { $name } is using the player
learner-unnamed = Me
learner-now = Using the player now
learner-switch = Switch to this learner
learner-rename = Rename
learner-name = Name
learner-save = Save
learner-cancel = Cancel
learner-remove = Remove
learner-remove-ask = Remove { $name } from this device? Their progress, waiting records and settings on this device are deleted. Downloaded courses stay.
learner-removed = { $name } was removed.
learner-pin = PIN (four digits, optional)
learner-pin-label = PIN
learner-pin-for = PIN of { $name }
learner-pin-new = New PIN (four digits)
learner-pin-set = Set a PIN
learner-pin-remove = Remove PIN
learner-pin-open = Continue
learner-pin-note = A PIN keeps people who share this device out of each other’s progress. It is for privacy, not security.
learner-add-heading = Add a learner
learner-add = Add
learner-added = { $name } was added.
learner-saved = Saved.
learner-error-empty = Enter a name.
learner-error-long = This name is too long.
learner-error-taken = Someone on this device is already called { $name }.
learner-error-pin = A PIN is exactly four digits.
learner-error-full = This device has as many learners as it can hold. Remove one first.
learner-error-unknown = The list of learners could not be changed. Reload the page and try again.
learner-error-wrong-pin = That PIN is not right.
signout-ask = { $count ->
    [one] One record has not been sent yet.
   *[other] { $count } records have not been sent yet.
}
signout-keep = { $count ->
    [one] Keep the waiting record for when I connect again
   *[other] Keep the { $count } waiting records for when I connect again
}
signout-discard = { $count ->
    [one] Discard it
   *[other] Discard them
}
