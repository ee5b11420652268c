# Alliance Player interface strings — മലയാളം
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = മലയാളം
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = ഉള്ളടക്കത്തിലേക്ക് പോകുക
# In the header where the browser offers to install the player as an app.
install-app = ആപ്പ് ഇൻസ്റ്റാൾ ചെയ്യുക
install-app-hint = Alliance Player ഈ ഉപകരണത്തിൽ ഇൻസ്റ്റാൾ ചെയ്യുക: ഇത് നിങ്ങളുടെ ആപ്പുകളിൽ നിന്ന് സ്വന്തം വിൻഡോയിൽ തുറക്കും, ഓഫ്‌ലൈനിലും.
nav-catalog = കോഴ്‌സുകൾ
loading = ലോഡ് ചെയ്യുന്നു…

## Languages
language-picker-label = ഇന്റർഫേസ് ഭാഷ
language-picker-search = ഭാഷകൾ തിരയുക
language-picker-none = നിങ്ങളുടെ തിരയലുമായി പൊരുത്തപ്പെടുന്ന ഭാഷയൊന്നുമില്ല.
content-language-label = കോഴ്‌സിന്റെ ഭാഷ
content-language-auto = ഇന്റർഫേസ് ഭാഷ തന്നെ
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = { $language } ഭാഷയിൽ

## Catalogue
catalog-heading = കോഴ്‌സ് കാറ്റലോഗ്
catalog-search-label = കോഴ്‌സുകൾ തിരയുക
catalog-search-placeholder = തലക്കെട്ട്, വിഷയം അല്ലെങ്കിൽ ദാതാവ്
catalog-more = കൂടുതൽ കോഴ്‌സുകൾ കാണിക്കുക
catalog-earlier = മുമ്പത്തെ കോഴ്‌സുകൾ കാണിക്കുക
catalog-loading-more = കൂടുതൽ കോഴ്‌സുകൾ പരിശോധിക്കുന്നു…
catalog-language-label = ഭാഷ
catalog-language-any = എല്ലാ ഭാഷകളും
catalog-count = { $count ->
    [0] പൊരുത്തപ്പെടുന്ന കോഴ്‌സുകളൊന്നുമില്ല.
    [one] ഒരു കോഴ്‌സ്
   *[other] { $count } കോഴ്‌സുകൾ
}
catalog-empty = നിങ്ങളുടെ തിരയലുമായി പൊരുത്തപ്പെടുന്ന കോഴ്‌സൊന്നുമില്ല. മറ്റൊരു വാക്ക് പരീക്ഷിക്കുക, അല്ലെങ്കിൽ എല്ലാ ഭാഷകളും തിരഞ്ഞെടുക്കുക.
catalog-rejected = { $count ->
    [one] ഈ കാറ്റലോഗിലെ ഒരു കോഴ്‌സ് പട്ടികയിൽ ഉൾപ്പെടുത്താനായില്ല:
   *[other] ഈ കാറ്റലോഗിലെ { $count } കോഴ്‌സുകൾ പട്ടികയിൽ ഉൾപ്പെടുത്താനായില്ല:
}
# A site's catalogue and the learner's own can be several; one that fails is named here, the others still show.
# $source is a catalogue's title or its address; $id is a course's short name, as in its address /course/{ $id }.
catalog-source-notice = ഈ പട്ടികയിൽ ചില കോഴ്‌സുകൾ കാണുന്നില്ല:
catalog-source-unreachable = { $source } എന്നതിലേക്ക് എത്താനായില്ല: സൈറ്റ് പ്രവർത്തനരഹിതമായിരിക്കാം, അല്ലെങ്കിൽ അതിലെ കോഴ്‌സുകൾ വായിക്കാൻ ഈ പ്ലേയറിനെ അത് അനുവദിക്കുന്നില്ല.
catalog-source-status = { $source } ഒരു പിശകോടെ മറുപടി നൽകി (HTTP { $status }).
catalog-source-too-large = { $source } { $limit } എന്നതിനേക്കാൾ വലുതാണ്; ഒരു കാറ്റലോഗിനായി ഈ പ്ലേയർ വായിക്കുന്ന പരമാവധി വലുപ്പം അതാണ്.
catalog-source-invalid = { $source } ഈ പ്ലേയറിന് വായിക്കാനാകുന്ന ഒരു കോഴ്‌സ് കാറ്റലോഗ് അല്ല: { $detail }
catalog-source-left-out = { $source } എന്നതിലെ “{ $course }” ഒഴിവാക്കി: /course/{ $id } എന്ന വിലാസം ഇതിനകം മറ്റൊരു കോഴ്‌സിനുണ്ട്.
course-provider = ദാതാവ്: { $provider }
course-languages = ഭാഷകൾ: { $languages }
course-size = ഡൗൺലോഡ് വലുപ്പം: { $size }
course-open = കോഴ്‌സ് തുറക്കുക
course-continue = തുടരുക
course-progress = { $percent } പൂർത്തിയായി

## Course
course-outline = കോഴ്‌സ് രൂപരേഖ
outline-show-earlier = മുമ്പത്തെ യൂണിറ്റുകൾ കാണിക്കുക ({ $count } എണ്ണം മറച്ചിരിക്കുന്നു)
outline-show-later = തുടർന്നുള്ള യൂണിറ്റുകൾ കാണിക്കുക ({ $count } എണ്ണം മറച്ചിരിക്കുന്നു)
course-start = കോഴ്‌സ് ആരംഭിക്കുക
course-units = { $count ->
    [one] ഒരു യൂണിറ്റ്
   *[other] { $count } യൂണിറ്റുകൾ
}
unit-ordinal = യൂണിറ്റ് { $index } / { $total }
unit-state-not-started = ആരംഭിച്ചിട്ടില്ല
unit-state-in-progress = പുരോഗമിക്കുന്നു
unit-state-completed = പൂർത്തിയായി
unit-state-passed = വിജയിച്ചു
unit-state-failed = ഇതുവരെ വിജയിച്ചിട്ടില്ല
unit-kind-video = വീഡിയോ
unit-kind-audio = ഓഡിയോ
unit-kind-reading = വായന
unit-kind-quiz = ക്വിസ്
unit-kind-document = ഡോക്യുമെന്റ്
unit-kind-interactive = പ്രവർത്തനം
unit-kind-unknown = പുതിയ തരം യൂണിറ്റ്
unit-previous = മുമ്പത്തേത്
unit-next = അടുത്തത്
unit-mark-done = പൂർത്തിയായതായി അടയാളപ്പെടുത്തുക
unit-done = പൂർത്തിയായി
back-to-catalog = എല്ലാ കോഴ്‌സുകളും
# Search inside the course, above the outline. $time is a position in a video or audio, e.g. "1:05".
course-search-label = ഈ കോഴ്‌സിൽ തിരയുക
course-search-count = { $count ->
    [0] ഫലങ്ങളൊന്നുമില്ല
    [one] ഒരു ഫലം
   *[other] { $count } ഫലങ്ങൾ
}
course-search-more = { $count ->
    [one] ആദ്യ ഫലം മാത്രമേ കാണിക്കുന്നുള്ളൂ; തിരയൽ ചുരുക്കാൻ കൂടുതൽ വാക്കുകൾ ചേർക്കുക.
   *[other] ആദ്യത്തെ { $count } ഫലങ്ങൾ മാത്രമേ കാണിക്കുന്നുള്ളൂ; തിരയൽ ചുരുക്കാൻ കൂടുതൽ വാക്കുകൾ ചേർക്കുക.
}
course-search-subtitles = സബ്‌ടൈറ്റിലുകളിലും തിരയുന്നു…
course-search-incomplete = ചില സബ്‌ടൈറ്റിലുകളിൽ തിരയാനായില്ല.
course-search-in-title = തലക്കെട്ട്
course-search-in-reading = വായന
course-search-in-transcript = ട്രാൻസ്‌ക്രിപ്റ്റ്
course-search-in-subtitle = സബ്‌ടൈറ്റിൽ, { $time }
course-search-in-quiz = ക്വിസ് ചോദ്യം

## Media
media-speed = വേഗം
media-subtitles = സബ്‌ടൈറ്റിലുകൾ
media-subtitles-off = ഓഫ്
media-subtitles-second = രണ്ടാമത്തെ സബ്‌ടൈറ്റിലുകൾ
media-fullscreen = പൂർണ്ണ സ്‌ക്രീൻ
media-fullscreen-exit = പൂർണ്ണ സ്‌ക്രീനിൽ നിന്ന് പുറത്തുകടക്കുക
media-shortcuts = കീബോർഡ് കുറുക്കുവഴികൾ
media-shortcuts-hint = വീഡിയോ അല്ലെങ്കിൽ ഓഡിയോ പ്ലേയറിൽ ഫോക്കസ് ഉള്ളപ്പോൾ:
# The name of the space bar key, as printed on keyboards.
media-key-space = സ്‌പെയ്‌സ്
media-key-play = പ്ലേ ചെയ്യുക അല്ലെങ്കിൽ താൽക്കാലികമായി നിർത്തുക
media-key-seek = 5 സെക്കൻഡ് പിന്നോട്ട് അല്ലെങ്കിൽ മുന്നോട്ട്
media-key-speed = വേഗം കുറയ്ക്കുക അല്ലെങ്കിൽ കൂട്ടുക
media-key-captions = സബ്‌ടൈറ്റിലുകൾ ഓൺ അല്ലെങ്കിൽ ഓഫ്
media-key-fullscreen = പൂർണ്ണ സ്‌ക്രീൻ ഓൺ അല്ലെങ്കിൽ ഓഫ്
media-transcript = ട്രാൻസ്‌ക്രിപ്റ്റ്
media-watched = { $percent } കണ്ടു
media-unsupported = നിങ്ങളുടെ ബ്രൗസറിന് ഈ മീഡിയ പ്ലേ ചെയ്യാനാകില്ല. മറ്റൊരു ബ്രൗസർ പരീക്ഷിക്കുക, അല്ലെങ്കിൽ ഇത് ഡൗൺലോഡ് ചെയ്യുക:

## Reading and document
reading-end = വായന അവസാനിച്ചു
document-download = PDF ഡൗൺലോഡ് ചെയ്യുക ({ $size })
document-download-nosize = PDF ഡൗൺലോഡ് ചെയ്യുക
document-fallback = നിങ്ങളുടെ ബ്രൗസറിന് PDF-കൾ ഇവിടെ കാണിക്കാനാകില്ല. വായിക്കാൻ ഇത് ഡൗൺലോഡ് ചെയ്യുക.
document-not-pdf = { $file } ഒരു PDF ഫയൽ അല്ല. ഡോക്യുമെന്റ് യൂണിറ്റ് “%PDF-” എന്ന് ആരംഭിക്കുന്ന PDF ഫയലുകൾ മാത്രമേ കാണിക്കൂ.

## Quiz
quiz-passing = വിജയിക്കാൻ { $percent } വേണം.
quiz-attempts-left = { $count ->
    [one] ഒരു ശ്രമം കൂടി ബാക്കിയുണ്ട്
   *[other] { $count } ശ്രമങ്ങൾ കൂടി ബാക്കിയുണ്ട്
}
quiz-attempts-unlimited = പരിധിയില്ലാത്ത ശ്രമങ്ങൾ
quiz-attempts-used = { $count ->
    [one] നിങ്ങളുടെ ഒരേയൊരു ശ്രമം ഉപയോഗിച്ചുകഴിഞ്ഞു.
   *[other] നിങ്ങളുടെ { $count } ശ്രമങ്ങളും ഉപയോഗിച്ചുകഴിഞ്ഞു.
}
quiz-question = ചോദ്യം { $index }
quiz-true = ശരി
quiz-false = തെറ്റ്
quiz-answer-label = നിങ്ങളുടെ ഉത്തരം
quiz-submit = ഉത്തരങ്ങൾ സമർപ്പിക്കുക
quiz-retry = വീണ്ടും ശ്രമിക്കുക
quiz-score = നിങ്ങളുടെ സ്കോർ: { $score }
quiz-passed = വിജയിച്ചു — അഭിനന്ദനങ്ങൾ!
quiz-failed = ഇതുവരെ വിജയിച്ചിട്ടില്ല.
quiz-best = ഇതുവരെയുള്ള മികച്ച സ്കോർ: { $score }
quiz-correct = ശരിയാണ്
quiz-incorrect = തെറ്റാണ്
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = അവലോകനം: ഓരോ ചോദ്യത്തിന്റെയും ശരിയായ ഉത്തരം കാണിച്ചിരിക്കുന്നു.
quiz-right-answer = ശരിയായ ഉത്തരം

## Interactive
interactive-title = ഇന്ററാക്ടീവ് പ്രവർത്തനം: { $title }
interactive-hint = ഈ യൂണിറ്റ് പൂർത്തിയാക്കാൻ പ്രവർത്തനം പൂർത്തിയാക്കുക.

## Storage
storage-quota = ഈ ബ്രൗസറിൽ പ്ലേയറിനുള്ള സ്റ്റോറേജ് നിറഞ്ഞതിനാൽ നിങ്ങളുടെ പുതിയ പുരോഗതി സംരക്ഷിക്കാനായില്ല. കുറച്ച് സ്ഥലം ഒഴിപ്പിക്കുക (ബ്രൗസർ ക്രമീകരണങ്ങളിൽ ഡൗൺലോഡ് ചെയ്ത കോഴ്‌സുകളോ മറ്റ് സൈറ്റുകളുടെ ഡാറ്റയോ നീക്കം ചെയ്യുക), തുടർന്ന് തുടരുക: മുമ്പ് സംരക്ഷിച്ചതൊന്നും നഷ്ടപ്പെട്ടിട്ടില്ല.
storage-unavailable = നിങ്ങളുടെ പുരോഗതി സംഭരിക്കാൻ ഈ ബ്രൗസർ പ്ലേയറിനെ അനുവദിക്കുന്നില്ല, അതിനാൽ പേജ് അടയ്ക്കുന്നതുവരെ മാത്രമേ അത് സൂക്ഷിക്കൂ. സ്വകാര്യ വിൻഡോകൾ പലപ്പോഴും സ്റ്റോറേജ് തടയാറുണ്ട്.
storage-write-failed = നിങ്ങളുടെ പുതിയ പുരോഗതി ഇതുവരെ സംരക്ഷിക്കാനായില്ല. അത് ഈ പേജിൽ സൂക്ഷിച്ചിട്ടുണ്ട്, നിങ്ങളുടെ അടുത്ത ഘട്ടത്തോടൊപ്പം സംരക്ഷിക്കപ്പെടും.

## Transcript (the learner's record of progress)
nav-transcript = എന്റെ പുരോഗതി
transcript-heading = എന്റെ പുരോഗതി
transcript-empty = നിങ്ങൾ ഇതുവരെ ഒരു കോഴ്‌സും ആരംഭിച്ചിട്ടില്ല.
transcript-unit-score = സ്കോർ: { $score }
transcript-time-spent = ചെലവഴിച്ച സമയം: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = xAPI സ്റ്റേറ്റ്‌മെന്റുകളായി ഡൗൺലോഡ് ചെയ്യുക (JSON)
transcript-export-csv = സ്പ്രെഡ്‌ഷീറ്റായി ഡൗൺലോഡ് ചെയ്യുക (CSV)
transcript-reset = ഈ കോഴ്‌സിലെ എന്റെ പുരോഗതി റീസെറ്റ് ചെയ്യുക
transcript-reset-confirm = “{ $course }” എന്ന കോഴ്‌സിലെ നിങ്ങളുടെ മുഴുവൻ പുരോഗതിയും റീസെറ്റ് ചെയ്യണോ? ഇത് പഴയപടിയാക്കാനാകില്ല.

## Delivery to the learning record store (LRS), shown in the header and on the settings page
nav-settings = ക്രമീകരണങ്ങൾ
sync-off = ഈ ഉപകരണത്തിൽ സംരക്ഷിച്ചിരിക്കുന്നു
sync-off-detail = ഒരു ലേണിംഗ് റെക്കോർഡ് സ്റ്റോറുമായും ബന്ധിപ്പിച്ചിട്ടില്ല: നിങ്ങളുടെ പുരോഗതി ഈ ബ്രൗസറിൽ മാത്രമായിരിക്കും. നിങ്ങൾ പൂർത്തിയാക്കിയവ നിങ്ങളുടെ സ്ഥാപനത്തിലേക്ക് അയയ്ക്കാൻ ക്രമീകരണങ്ങളിൽ ഒരു സ്റ്റോർ ബന്ധിപ്പിക്കുക.
sync-done = എല്ലാം അയച്ചു
sync-pending = { $count ->
    [one] { $count } റെക്കോർഡ് അയയ്ക്കാനുണ്ട്
   *[other] { $count } റെക്കോർഡുകൾ അയയ്ക്കാനുണ്ട്
}
sync-last-delivery = അവസാനം അയച്ചത്: { $date }
sync-error-offline = നിങ്ങൾ ഓഫ്‌ലൈനാണ്. നിങ്ങളുടെ റെക്കോർഡുകൾ സൂക്ഷിച്ചിട്ടുണ്ട്, കണക്ഷൻ തിരികെ വരുമ്പോൾ അയയ്ക്കും.
sync-error-unreachable = ലേണിംഗ് റെക്കോർഡ് സ്റ്റോറിലേക്ക് എത്താനായില്ല. അൽപ്പസമയത്തിനകം വീണ്ടും ശ്രമിക്കും; ഒന്നും നഷ്ടപ്പെട്ടിട്ടില്ല.
sync-error-server = ലേണിംഗ് റെക്കോർഡ് സ്റ്റോറിൽ ഒരു പ്രശ്നമുണ്ട് (HTTP { $status }). അൽപ്പസമയത്തിനകം വീണ്ടും ശ്രമിക്കും; ഒന്നും നഷ്ടപ്പെട്ടിട്ടില്ല.
sync-error-unauthorized = ലേണിംഗ് റെക്കോർഡ് സ്റ്റോർ നിങ്ങളുടെ ലോഗിൻ വിവരങ്ങൾ നിരസിച്ചു. ക്രമീകരണങ്ങളിൽ അവ വീണ്ടും നൽകുക; അതുവരെ നിങ്ങളുടെ റെക്കോർഡുകൾ സൂക്ഷിക്കും.
sync-error-not-found = ഈ വിലാസത്തിൽ ലേണിംഗ് റെക്കോർഡ് സ്റ്റോർ ഒന്നുമില്ല. ക്രമീകരണങ്ങളിൽ വിലാസം പരിശോധിക്കുക; അതുവരെ നിങ്ങളുടെ റെക്കോർഡുകൾ സൂക്ഷിക്കും.
sync-error-version = ലേണിംഗ് റെക്കോർഡ് സ്റ്റോർ xAPI-യുടെ മറ്റൊരു പതിപ്പാണ് ഉപയോഗിക്കുന്നത് ({ $detail }). xAPI 1.0.3 അല്ലെങ്കിൽ 2.0.0 പിന്തുണയ്ക്കുന്ന ഒരു വിലാസം നിങ്ങളുടെ സ്ഥാപനത്തോട് ചോദിക്കുക.
sync-error-storage = അയയ്ക്കാൻ കാത്തിരിക്കുന്ന റെക്കോർഡുകൾ ഈ ബ്രൗസറിന്റെ സ്റ്റോറേജിൽ നിന്ന് വായിക്കാനായില്ല ({ $detail }).
sync-set-aside = { $count ->
    [one] ലേണിംഗ് റെക്കോർഡ് സ്റ്റോർ { $count } റെക്കോർഡ് നിരസിച്ചു
   *[other] ലേണിംഗ് റെക്കോർഡ് സ്റ്റോർ { $count } റെക്കോർഡുകൾ നിരസിച്ചു
}
sync-set-aside-detail = ഈ റെക്കോർഡുകൾ സ്റ്റോറിന്റെ മറുപടിയോടൊപ്പം ഇവിടെ സൂക്ഷിച്ചിട്ടുണ്ട്, എന്താണ് തിരുത്തേണ്ടതെന്ന് നിങ്ങൾക്കോ നിങ്ങളുടെ സ്ഥാപനത്തിനോ കാണാനാകും.
settings-heading = ക്രമീകരണങ്ങൾ
settings-lrs-heading = ലേണിംഗ് റെക്കോർഡ് സ്റ്റോർ
settings-lrs-intro = നിങ്ങൾ പൂർത്തിയാക്കിയവയും സ്കോറുകളും സ്ഥാപനത്തിന്റെ രേഖകളിൽ എത്തുന്നതിനായി നിങ്ങളുടെ സ്ഥാപനം നൽകുന്ന വിവരങ്ങളാണിവ.
settings-lrs-endpoint = വിലാസം (xAPI എൻഡ്‌പോയിന്റ്)
settings-lrs-key = കീ അല്ലെങ്കിൽ ഉപയോക്തൃനാമം
settings-lrs-secret = സീക്രട്ട് അല്ലെങ്കിൽ പാസ്‌വേഡ്
settings-lrs-token = അല്ലെങ്കിൽ ഒരു ആക്‌സസ് ടോക്കൺ
settings-lrs-name = നിങ്ങളുടെ പേര്
settings-lrs-email = നിങ്ങളുടെ ഇമെയിൽ വിലാസം
settings-lrs-connect = ബന്ധിപ്പിക്കുക
settings-lrs-disconnect = വിച്ഛേദിക്കുക
settings-lrs-connected = { $endpoint } എന്നതുമായി { $who } ആയി ബന്ധിപ്പിച്ചിരിക്കുന്നു.
settings-lrs-invalid-endpoint = https:// അല്ലെങ്കിൽ http:// എന്ന് ആരംഭിക്കുന്ന ലേണിംഗ് റെക്കോർഡ് സ്റ്റോർ വിലാസം നൽകുക.
settings-lrs-invalid-email = നിങ്ങളുടെ റെക്കോർഡുകൾ നിങ്ങളുടെ പേരിൽ രേഖപ്പെടുത്താൻ ഇമെയിൽ വിലാസം നൽകുക.
cmi5-unit-needs-worker = ഈ പ്രവർത്തനത്തിന് പ്ലേയറിന്റെ ഇൻസ്റ്റാളേഷൻ പൂർത്തിയാകണം: ഇത് തുറക്കാൻ പേജ് റീലോഡ് ചെയ്യുക.
cmi5-exit = പുറത്തുകടക്കുക
cmi5-exiting = സംരക്ഷിച്ച് മടങ്ങുന്നു…
cmi5-browse = ബ്രൗസിംഗ്: ഇവിടെ നിങ്ങൾ ചെയ്യുന്നതൊന്നും രേഖപ്പെടുത്തില്ല.
cmi5-review = അവലോകനം: ഇവിടെ നിങ്ങൾ ചെയ്യുന്നതൊന്നും രേഖപ്പെടുത്തില്ല.
cmi5-ended = ഈ സെഷൻ അവസാനിച്ചു. കൂടുതൽ രേഖപ്പെടുത്താൻ നിങ്ങളുടെ ലേണിംഗ് പ്ലാറ്റ്‌ഫോമിൽ നിന്ന് കോഴ്‌സ് വീണ്ടും തുറക്കുക.
settings-lrs-launch-failed = പ്രവർത്തിക്കാത്ത ഒരു സൈൻ-ഇൻ ഉപയോഗിച്ചാണ് കോഴ്‌സ് തുറന്നത് ({ $detail }). നിങ്ങളുടെ സ്ഥാപനത്തിന്റെ സൈറ്റിൽ നിന്ന് ഇത് വീണ്ടും തുറക്കുക.

## Course sources (settings): the catalogues whose courses the course list shows
sources-heading = കോഴ്‌സ് ഉറവിടങ്ങൾ
sources-intro = താഴെയുള്ള കാറ്റലോഗുകൾ ഒരുമിച്ചു ചേർത്താണ് കോഴ്‌സ് പട്ടിക കാണിക്കുന്നത്. മറ്റൊരു സർവകലാശാലയുടെയോ കോഴ്‌സ് ദാതാവിന്റെയോ കാറ്റലോഗ് അതിന്റെ വിലാസം നൽകി ചേർക്കാം; അത് ഈ ഉപകരണത്തിൽ നിങ്ങൾക്കായി സൂക്ഷിക്കും.
sources-site = ഈ സൈറ്റ് തിരഞ്ഞെടുത്തത്
sources-remove = നീക്കം ചെയ്യുക
sources-add-label = ഒരു ഉറവിടം ചേർക്കുക: അതിന്റെ കാറ്റലോഗിന്റെ വിലാസം
sources-check = പരിശോധിക്കുക
# The number of courses in the catalogue the learner is about to add.
sources-preview = { $count ->
    [one] ഒരു കോഴ്‌സ്
   *[other] { $count } കോഴ്‌സുകൾ
}
sources-add-confirm = ഈ ഉറവിടം ചേർക്കുക
sources-added = ചേർത്തു: ഇതിലെ കോഴ്‌സുകൾ ഇപ്പോൾ കോഴ്‌സ് പട്ടികയിലുണ്ട്.
sources-removed = നീക്കം ചെയ്തു: ഇതിലെ കോഴ്‌സുകൾ ഇനി കോഴ്‌സ് പട്ടികയിൽ ഉണ്ടാകില്ല.
sources-invalid-url = https:// എന്ന് ആരംഭിക്കുന്ന ഒരു വിലാസം നൽകുക (അല്ലെങ്കിൽ ഈ സൈറ്റിലെ ഒരു പാത്ത്, ഉദാ. /courses/catalog.json).
sources-duplicate = ഈ കാറ്റലോഗ് ഇതിനകം പട്ടികയിലുണ്ട്.
sources-full = നിങ്ങളുടെ ഉറവിടങ്ങളുടെ പട്ടിക നിറഞ്ഞു. മറ്റൊന്ന് ചേർക്കാൻ ഒരെണ്ണം നീക്കം ചെയ്യുക.

## Unsupported and errors
unit-needs-newer-player = ഈ യൂണിറ്റിന് പ്ലേയറിന്റെ പുതിയ പതിപ്പ് ആവശ്യമാണ്
unit-needs-newer-player-detail = ഇത് “{ $kind }” തരത്തിലുള്ള യൂണിറ്റാണ്, Alliance Player-ന്റെ ഈ പതിപ്പിന് ഇത് ഇതുവരെ അറിയില്ല. കോഴ്‌സിന്റെ ബാക്കി ഭാഗം പ്രവർത്തിക്കും; നിങ്ങളുടെ കോഴ്‌സ് ദാതാവിനോട് ചോദിക്കുക അല്ലെങ്കിൽ പ്ലേയർ അപ്‌ഡേറ്റ് ചെയ്യുക.
error-heading = എന്തോ പിശക് സംഭവിച്ചു
error-catalog = കോഴ്‌സ് കാറ്റലോഗ് ലോഡ് ചെയ്യാനായില്ല.
error-document = ഈ ഡോക്യുമെന്റ് കാണിക്കാനാകില്ല.
error-course = ഈ കോഴ്‌സ് തുറക്കാനായില്ല.
error-course-not-found = ഈ കാറ്റലോഗിൽ “{ $course }” എന്ന കോഴ്‌സ് ഇല്ല.
error-unit-not-found = ഈ കോഴ്‌സിൽ “{ $unit }” എന്ന യൂണിറ്റ് ഇല്ല.
error-page-not-found = ഈ പേജ് നിലവിലില്ല.
error-retry = വീണ്ടും ശ്രമിക്കുക
error-part-unavailable = പ്ലേയറിന്റെ ഈ ഭാഗം ഡൗൺലോഡ് ചെയ്യാനായില്ല. നിങ്ങളുടെ കണക്ഷൻ പരിശോധിച്ച് വീണ്ടും ശ്രമിക്കുക.
error-what-to-do = പ്രശ്നം തുടരുകയാണെങ്കിൽ, മുകളിൽ കാണിച്ചിരിക്കുന്നത് കോഴ്‌സ് ദാതാവിനെ അറിയിക്കുക.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = ഓഫ്‌ലൈൻ
offline-indicator-detail = നിങ്ങൾ ഓഫ്‌ലൈനാണ്. ഡൗൺലോഡ് ചെയ്ത കോഴ്‌സുകൾ പതിവുപോലെ പ്ലേ ചെയ്യും; നിങ്ങളുടെ പുരോഗതി ഈ ഉപകരണത്തിൽ സംരക്ഷിക്കുകയും നിങ്ങൾ വീണ്ടും ഓൺലൈനാകുമ്പോൾ അയയ്ക്കുകയും ചെയ്യും.
update-ready = Alliance Player-ന്റെ പുതിയ പതിപ്പ് തയ്യാറാണ്.
update-reload = അപ്‌ഡേറ്റ് ചെയ്യാൻ റീലോഡ് ചെയ്യുക
download-heading = ഓഫ്‌ലൈൻ ഉപയോഗം
download-course = ഓഫ്‌ലൈൻ ഉപയോഗത്തിനായി ഡൗൺലോഡ് ചെയ്യുക ({ $size })
download-resume = ഡൗൺലോഡ് തുടരുക ({ $size } ബാക്കി)
download-progress = { $done } / { $total } · യൂണിറ്റുകൾ { $units } / { $unitsTotal }
download-cancel = റദ്ദാക്കുക
download-done = ഡൗൺലോഡ് ചെയ്തു: ഈ കോഴ്‌സ് ഓഫ്‌ലൈനായി പ്രവർത്തിക്കും ({ $size }).
download-remove = ഡൗൺലോഡ് നീക്കം ചെയ്യുക
download-stored-partly = { $done } / { $total } ഇതിനകം ഈ ഉപകരണത്തിലുണ്ട്.
download-failed = ഡൗൺലോഡ് നിലച്ചു: { $detail } ഇതിനകം സംഭരിച്ചവ നഷ്ടപ്പെടില്ല; തുടരാൻ “ഡൗൺലോഡ് തുടരുക” അമർത്തുക.
download-file-mismatch = { $file } കേടുകൂടാതെ എത്തിയില്ല (പ്രതീക്ഷിച്ചത് { $expected }, ലഭിച്ചത് { $got }).
download-file-failed = { $file } ഡൗൺലോഡ് ചെയ്യാനായില്ല ({ $detail }).
download-no-cors = { $host } അതിലെ ഫയലുകൾ വായിക്കാൻ ഈ പ്ലേയറിനെ അനുവദിക്കുന്നില്ല (അത് CORS ഹെഡറുകൾ അയയ്ക്കുന്നില്ല), അതിനാൽ അവ പരിശോധിക്കാനും സംഭരിക്കാനും കഴിയില്ല. അതിന്റെ അഡ്‌മിനിസ്‌ട്രേറ്റർ ഓരോ കോഴ്‌സ് ഫയലിനൊപ്പവും Access-Control-Allow-Origin അയയ്ക്കണം.
download-quota = ഈ ഉപകരണത്തിൽ കോഴ്‌സിന് ഇടമില്ല. കുറച്ച് സ്ഥലം ഒഴിപ്പിക്കുകയോ മറ്റൊരു ഡൗൺലോഡ് നീക്കം ചെയ്യുകയോ ചെയ്ത ശേഷം ഡൗൺലോഡ് തുടരുക.
download-storage = ഈ ഉപകരണത്തിൽ ഈ ബ്രൗസറിന് ഉപയോഗിക്കാവുന്ന { $available }-ൽ { $used } ഉപയോഗത്തിലാണ്.
download-persistent = നിങ്ങൾ നീക്കം ചെയ്യുന്നതുവരെ ഡൗൺലോഡുകൾ നിലനിൽക്കും.
download-not-persistent = ഉപകരണത്തിൽ സ്ഥലം കുറഞ്ഞാൽ ബ്രൗസർ ഡൗൺലോഡുകൾ നീക്കം ചെയ്‌തേക്കാം.
download-needs-network = നിങ്ങൾ ഓഫ്‌ലൈനാണ്. ഈ കോഴ്‌സ് ഡൗൺലോഡ് ചെയ്യാൻ ഇന്റർനെറ്റുമായി ബന്ധിപ്പിക്കുക.
data-saver = ഡാറ്റ സേവർ
data-saver-help = പ്ലേ അമർത്തുമ്പോൾ മാത്രമേ മീഡിയ ലോഡ് ചെയ്യൂ, ട്രാൻസ്‌ക്രിപ്റ്റുകൾ ആദ്യം വരും, മീഡിയയ്ക്കരികിൽ അതിന്റെ വലുപ്പം കാണിക്കും.
media-size = ലോഡ് ചെയ്യാൻ { $size }

## Notes and bookmarks
notes-heading = എന്റെ കുറിപ്പുകൾ
notes-bookmark = ഈ യൂണിറ്റ് ബുക്ക്‌മാർക്ക് ചെയ്യുക
notes-bookmarked = ബുക്ക്‌മാർക്ക് ചെയ്തു
notes-bookmark-moment = ഈ നിമിഷം ബുക്ക്‌മാർക്ക് ചെയ്യുക
notes-note-label = ഈ യൂണിറ്റിനെക്കുറിച്ചുള്ള നിങ്ങളുടെ കുറിപ്പ്
notes-save = കുറിപ്പ് സംരക്ഷിക്കുക
notes-saved = സംരക്ഷിച്ചു.
notes-delete = ഇല്ലാതാക്കുക
# A moment of a video or audio, e.g. "At 1:05".
notes-at = { $time }-ന്
notes-empty = ഈ കോഴ്‌സിൽ ഇതുവരെ കുറിപ്പുകളോ ബുക്ക്‌മാർക്കുകളോ ഇല്ല. ഒരു യൂണിറ്റോ വീഡിയോയിലെ ഒരു നിമിഷമോ ബുക്ക്‌മാർക്ക് ചെയ്ത് അതിൽ ഒരു കുറിപ്പ് എഴുതുക.
notes-where = നിങ്ങളുടെ കുറിപ്പുകൾ ഈ ഉപകരണത്തിൽ നിലനിൽക്കും, ഒരു ലേണിംഗ് റെക്കോർഡ് സ്റ്റോർ ബന്ധിപ്പിച്ചിട്ടുണ്ടെങ്കിൽ അതിലേക്കും എത്തും.
notes-too-long = ഒരു കുറിപ്പിൽ പരമാവധി { $max } പ്രതീകങ്ങൾ ഉണ്ടാകാം.
notes-too-many = ഈ കോഴ്‌സിൽ ഇനി കുറിപ്പുകൾക്ക് ഇടമില്ല: മറ്റൊന്ന് ചേർക്കാൻ ഒരെണ്ണം ഇല്ലാതാക്കുക.

## Accessibility
unit-nav-label = മുമ്പത്തെയും അടുത്തതുമായ യൂണിറ്റ്
captions-always = വീഡിയോയിലോ ഓഡിയോയിലോ സബ്‌ടൈറ്റിലുകൾ ഉള്ളപ്പോഴെല്ലാം അവ കാണിക്കുക (നിങ്ങളുടെ ഭാഷയിൽ ഉണ്ടെങ്കിൽ അതിൽ, ഇല്ലെങ്കിൽ കോഴ്‌സിന്റെ ഭാഷയിൽ)
caption-style = സബ്‌ടൈറ്റിൽ ശൈലി
caption-size = ടെക്‌സ്‌റ്റ് വലുപ്പം
caption-colour = ടെക്‌സ്‌റ്റ് നിറം
caption-background = പശ്ചാത്തലം
caption-colour-white = വെള്ള
caption-colour-yellow = മഞ്ഞ
caption-colour-cyan = സിയാൻ
caption-colour-green = പച്ച
caption-colour-magenta = മജന്ത
caption-colour-black = കറുപ്പ്
caption-background-black = കറുപ്പ്, അർദ്ധസുതാര്യം
caption-background-solid-black = കറുപ്പ്
caption-background-white = വെള്ള
caption-background-transparent = ഒന്നുമില്ല
caption-background-blue = നീല
caption-preview = സബ്‌ടൈറ്റിലുകൾ ഇങ്ങനെ കാണപ്പെടും.
caption-unreadable = ഈ പശ്ചാത്തലത്തിൽ ഈ ടെക്‌സ്‌റ്റ് വായിക്കാൻ പ്രയാസമാണ്: മറ്റൊരു നിറമോ പശ്ചാത്തലമോ തിരഞ്ഞെടുക്കുക.
launch-other = ഈ ലിങ്ക് നിങ്ങളുടെ പഠന റെക്കോർഡുകൾ { $who } ആയി { $endpoint } എന്നതിലേക്ക് അയയ്ക്കും. നിങ്ങൾ ഇപ്പോൾ { $current } എന്നതുമായി { $current_who } ആയി ബന്ധിപ്പിച്ചിരിക്കുന്നു.
launch-switch = ഈ കണക്ഷനിലേക്ക് മാറുക
launch-keep = എന്റെ കണക്ഷൻ നിലനിർത്തുക
launch-other-learner = ഈ ലിങ്ക് { $who } എന്നയാൾക്കുള്ളതാണ്. ഇപ്പോൾ { $current_who } ആണ് പ്ലേയർ ഉപയോഗിക്കുന്നത്. { $who } എന്നയാളിലേക്ക് മാറണോ?
launch-switch-learner = പഠിതാവിനെ മാറ്റുക

## Learners
learners-heading = ഈ ഉപകരണത്തിലെ പഠിതാക്കൾ
learners-locked = { $name } ആണ് പ്ലേയർ ഉപയോഗിക്കുന്നത്
learner-unnamed = ഞാൻ
learner-now = ഇപ്പോൾ പ്ലേയർ ഉപയോഗിക്കുന്നു
learner-switch = ഈ പഠിതാവിലേക്ക് മാറുക
learner-rename = പേര് മാറ്റുക
learner-name = പേര്
learner-save = സംരക്ഷിക്കുക
learner-cancel = റദ്ദാക്കുക
learner-remove = നീക്കം ചെയ്യുക
learner-remove-ask = { $name } എന്നയാളെ ഈ ഉപകരണത്തിൽ നിന്ന് നീക്കം ചെയ്യണോ? ഈ ഉപകരണത്തിലെ അവരുടെ പുരോഗതിയും അയയ്ക്കാനുള്ള റെക്കോർഡുകളും ക്രമീകരണങ്ങളും ഇല്ലാതാകും. ഡൗൺലോഡ് ചെയ്ത കോഴ്‌സുകൾ നിലനിൽക്കും.
learner-removed = { $name } എന്നയാളെ നീക്കം ചെയ്തു.
learner-pin = PIN (നാല് അക്കം, നിർബന്ധമില്ല)
learner-pin-label = PIN
learner-pin-for = { $name } എന്നയാളുടെ PIN
learner-pin-new = പുതിയ PIN (നാല് അക്കം)
learner-pin-set = PIN സജ്ജമാക്കുക
learner-pin-remove = PIN നീക്കം ചെയ്യുക
learner-pin-open = തുടരുക
learner-pin-note = ഈ ഉപകരണം പങ്കിടുന്നവർ പരസ്പരം പുരോഗതിയിൽ കടക്കാതിരിക്കാൻ PIN സഹായിക്കുന്നു. ഇത് സ്വകാര്യതയ്ക്കുള്ളതാണ്, സുരക്ഷയ്ക്കുള്ളതല്ല.
learner-add-heading = ഒരു പഠിതാവിനെ ചേർക്കുക
learner-add = ചേർക്കുക
learner-added = { $name } എന്നയാളെ ചേർത്തു.
learner-saved = സംരക്ഷിച്ചു.
learner-error-empty = ഒരു പേര് നൽകുക.
learner-error-long = ഈ പേര് വളരെ നീളമുള്ളതാണ്.
learner-error-taken = ഈ ഉപകരണത്തിൽ { $name } എന്ന പേരിൽ ഇതിനകം ഒരാളുണ്ട്.
learner-error-pin = PIN കൃത്യം നാല് അക്കങ്ങളായിരിക്കണം.
learner-error-full = ഈ ഉപകരണത്തിൽ ഇനി പഠിതാക്കളെ ചേർക്കാൻ ഇടമില്ല. ആദ്യം ഒരാളെ നീക്കം ചെയ്യുക.
learner-error-unknown = പഠിതാക്കളുടെ പട്ടിക മാറ്റാനായില്ല. പേജ് റീലോഡ് ചെയ്ത് വീണ്ടും ശ്രമിക്കുക.
learner-error-wrong-pin = ആ PIN ശരിയല്ല.
signout-ask = { $count ->
    [one] ഒരു റെക്കോർഡ് ഇതുവരെ അയച്ചിട്ടില്ല.
   *[other] { $count } റെക്കോർഡുകൾ ഇതുവരെ അയച്ചിട്ടില്ല.
}
signout-keep = { $count ->
    [one] കാത്തിരിക്കുന്ന റെക്കോർഡ് വീണ്ടും കണക്റ്റ് ചെയ്യുമ്പോൾ അയയ്ക്കാനായി സൂക്ഷിക്കുക
   *[other] കാത്തിരിക്കുന്ന { $count } റെക്കോർഡുകൾ വീണ്ടും കണക്റ്റ് ചെയ്യുമ്പോൾ അയയ്ക്കാനായി സൂക്ഷിക്കുക
}
signout-discard = { $count ->
    [one] അത് ഉപേക്ഷിക്കുക
   *[other] അവ ഉപേക്ഷിക്കുക
}
