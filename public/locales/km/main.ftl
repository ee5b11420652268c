# Alliance Player interface strings — ខ្មែរ
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".
# Khmer has no plural forms: selects use *[other], plus exact numbers where useful.
# "Course" is translated as "វគ្គសិក្សា" and "unit" as "មេរៀន" throughout.

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = ខ្មែរ
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = រំលងទៅខ្លឹមសារ
# In the header where the browser offers to install the player as an app.
install-app = ដំឡើងកម្មវិធី
install-app-hint = ដំឡើង Alliance Player នៅលើឧបករណ៍នេះ៖ វាបើកពីបញ្ជីកម្មវិធីរបស់អ្នក ក្នុងផ្ទាំងវីនដូផ្ទាល់ខ្លួន ហើយប្រើបានទាំងក្រៅបណ្ដាញ។
nav-catalog = វគ្គសិក្សា
loading = កំពុងផ្ទុក…

## Languages
language-picker-label = ភាសាចំណុចប្រទាក់
language-picker-search = ស្វែងរកភាសា
language-picker-none = គ្មានភាសាដែលត្រូវនឹងការស្វែងរករបស់អ្នកទេ។
content-language-label = ភាសាវគ្គសិក្សា
content-language-auto = ដូចភាសាចំណុចប្រទាក់
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = ជាភាសា { $language }

## Catalogue
catalog-heading = បញ្ជីវគ្គសិក្សា
catalog-search-label = ស្វែងរកវគ្គសិក្សា
catalog-search-placeholder = ចំណងជើង ប្រធានបទ ឬអ្នកផ្ដល់
catalog-more = បង្ហាញវគ្គសិក្សាបន្ថែម
catalog-earlier = បង្ហាញវគ្គសិក្សាមុនៗ
catalog-loading-more = កំពុងរកមើលវគ្គសិក្សាបន្ថែម…
catalog-language-label = ភាសា
catalog-language-any = គ្រប់ភាសា
catalog-count = { $count ->
    [0] គ្មានវគ្គសិក្សាដែលត្រូវគ្នាទេ។
   *[other] វគ្គសិក្សាចំនួន { $count }
}
catalog-empty = គ្មានវគ្គសិក្សាដែលត្រូវនឹងការស្វែងរករបស់អ្នកទេ។ សូមសាកល្បងពាក្យផ្សេង ឬជ្រើសរើសគ្រប់ភាសា។
catalog-rejected = { $count ->
   *[other] មិនអាចបង្ហាញវគ្គសិក្សាចំនួន { $count } ក្នុងបញ្ជីនេះបានទេ៖
}
catalog-source-notice = វគ្គសិក្សាមួយចំនួនបាត់ពីបញ្ជីនេះ៖
catalog-source-unreachable = មិនអាចទាក់ទង { $source } បានទេ៖ គេហទំព័រនេះប្រហែលជាមិនដំណើរការ ឬវាមិនអនុញ្ញាតឱ្យកម្មវិធីចាក់នេះអានវគ្គសិក្សារបស់វាទេ។
catalog-source-status = { $source } បានឆ្លើយតបដោយកំហុស (HTTP { $status })។
catalog-source-too-large = { $source } ធំជាង { $limit } ដែលជាទំហំអតិបរមាដែលកម្មវិធីចាក់នេះអានសម្រាប់កាតាឡុកមួយ។
catalog-source-invalid = { $source } មិនមែនជាកាតាឡុកវគ្គសិក្សាដែលកម្មវិធីចាក់នេះអាចអានបានទេ៖ { $detail }
catalog-source-left-out = «{ $course }» ពី { $source } មិនត្រូវបានដាក់បញ្ចូលទេ៖ វគ្គសិក្សាមួយទៀតកំពុងប្រើអាសយដ្ឋានរបស់វា /course/{ $id } រួចហើយ។
course-provider = ផ្ដល់ដោយ { $provider }
course-languages = ភាសា៖ { $languages }
course-size = ទំហំទាញយក៖ { $size }
course-open = បើកវគ្គសិក្សា
course-continue = បន្ត
course-progress = បានបញ្ចប់ { $percent }

## Course
course-outline = គ្រោងវគ្គសិក្សា
outline-show-earlier = បង្ហាញមេរៀនមុនៗ (បានលាក់ { $count })
outline-show-later = បង្ហាញមេរៀនបន្ទាប់ៗ (បានលាក់ { $count })
course-start = ចាប់ផ្ដើមវគ្គសិក្សា
course-units = { $count ->
   *[other] មេរៀនចំនួន { $count }
}
unit-ordinal = មេរៀនទី { $index } នៃ { $total }
unit-state-not-started = មិនទាន់ចាប់ផ្ដើម
unit-state-in-progress = កំពុងសិក្សា
unit-state-completed = បានបញ្ចប់
unit-state-passed = បានជាប់
unit-state-failed = មិនទាន់ជាប់
unit-kind-video = វីដេអូ
unit-kind-audio = សំឡេង
unit-kind-reading = អត្ថបទអាន
unit-kind-quiz = កម្រងសំណួរ
unit-kind-document = ឯកសារ
unit-kind-interactive = សកម្មភាព
unit-kind-unknown = ប្រភេទមេរៀនថ្មី
unit-previous = មុន
unit-next = បន្ទាប់
unit-mark-done = សម្គាល់ថាបានបញ្ចប់
unit-done = បានបញ្ចប់
back-to-catalog = វគ្គសិក្សាទាំងអស់
course-search-label = ស្វែងរកក្នុងវគ្គសិក្សានេះ
course-search-count = { $count ->
    [0] គ្មានលទ្ធផលទេ
   *[other] លទ្ធផលចំនួន { $count }
}
course-search-more = { $count ->
   *[other] បង្ហាញតែលទ្ធផល { $count } ដំបូងប៉ុណ្ណោះ។ សូមបន្ថែមពាក្យដើម្បីបង្រួមការស្វែងរក។
}
course-search-subtitles = កំពុងស្វែងរកក្នុងអក្សររត់ផងដែរ…
course-search-incomplete = មិនអាចស្វែងរកក្នុងអក្សររត់មួយចំនួនបានទេ។
course-search-in-title = ចំណងជើង
course-search-in-reading = អត្ថបទអាន
course-search-in-transcript = ប្រតិចារិក
course-search-in-subtitle = អក្សររត់ នៅ { $time }
course-search-in-quiz = សំណួរកម្រងសំណួរ

## Media
media-speed = ល្បឿន
media-subtitles = អក្សររត់
media-subtitles-off = បិទ
media-subtitles-second = អក្សររត់ទីពីរ
media-fullscreen = ពេញអេក្រង់
media-fullscreen-exit = ចាកចេញពីពេញអេក្រង់
media-shortcuts = ផ្លូវកាត់ក្ដារចុច
media-shortcuts-hint = នៅពេលកម្មវិធីចាក់វីដេអូ ឬសំឡេងកំពុងត្រូវបានផ្ដោត៖
# The name of the space bar key, as printed on keyboards.
media-key-space = ដកឃ្លា
media-key-play = ចាក់ ឬផ្អាក
media-key-seek = ថយក្រោយ ឬទៅមុខ 5 វិនាទី
media-key-speed = យឺតជាង ឬលឿនជាង
media-key-captions = បើក ឬបិទអក្សររត់
media-key-fullscreen = បើក ឬបិទពេញអេក្រង់
media-transcript = ប្រតិចារិក
media-watched = បានមើល { $percent }
media-unsupported = កម្មវិធីរុករករបស់អ្នកមិនអាចចាក់មេឌៀនេះបានទេ។ សូមសាកល្បងកម្មវិធីរុករកផ្សេង ឬទាញយកវា៖

## Reading and document
reading-end = ចប់អត្ថបទអាន
document-download = ទាញយក PDF ({ $size })
document-download-nosize = ទាញយក PDF
document-fallback = កម្មវិធីរុករករបស់អ្នកមិនអាចបង្ហាញ PDF នៅទីនេះបានទេ។ សូមទាញយកវាដើម្បីអាន។
document-not-pdf = { $file } មិនមែនជាឯកសារ PDF ទេ។ ផ្នែកឯកសារបង្ហាញតែឯកសារ PDF ដែលចាប់ផ្ដើមដោយ “%PDF-” ប៉ុណ្ណោះ។

## Quiz
quiz-passing = អ្នកត្រូវការ { $percent } ដើម្បីជាប់។
quiz-attempts-left = { $count ->
   *[other] នៅសល់ការសាកល្បង { $count } ដង
}
quiz-attempts-unlimited = សាកល្បងបានមិនកំណត់ចំនួនដង
quiz-attempts-used = { $count ->
    [1] អ្នកបានប្រើការសាកល្បងតែមួយគត់របស់អ្នករួចហើយ។
   *[other] អ្នកបានប្រើការសាកល្បងទាំង { $count } ដងរួចហើយ។
}
quiz-question = សំណួរទី { $index }
quiz-true = ពិត
quiz-false = មិនពិត
quiz-answer-label = ចម្លើយរបស់អ្នក
quiz-submit = ដាក់ស្នើចម្លើយ
quiz-retry = សាកល្បងម្ដងទៀត
quiz-score = ពិន្ទុរបស់អ្នក៖ { $score }
quiz-passed = ជាប់ហើយ — ល្អណាស់!
quiz-failed = មិនទាន់ជាប់ទេ។
quiz-best = ពិន្ទុល្អបំផុតរហូតមកដល់ពេលនេះ៖ { $score }
quiz-correct = ត្រឹមត្រូវ
quiz-incorrect = មិនត្រឹមត្រូវ
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = ការពិនិត្យឡើងវិញ៖ សំណួរនីមួយៗបង្ហាញចម្លើយត្រឹមត្រូវ។
quiz-right-answer = ចម្លើយត្រឹមត្រូវ

## Interactive
interactive-title = សកម្មភាពអន្តរកម្ម៖ { $title }
interactive-hint = សូមបំពេញសកម្មភាពនេះ ដើម្បីបញ្ចប់មេរៀននេះ។

## Storage
storage-quota = ទំហំផ្ទុករបស់កម្មវិធីរុករកនេះសម្រាប់កម្មវិធីចាក់បានពេញហើយ ដូច្នេះមិនអាចរក្សាទុកវឌ្ឍនភាពចុងក្រោយរបស់អ្នកបានទេ។ សូមសម្អាតទំហំផ្ទុកខ្លះ (លុបវគ្គសិក្សាដែលបានទាញយក ឬទិន្នន័យរបស់គេហទំព័រផ្សេងទៀតនៅក្នុងការកំណត់កម្មវិធីរុករក) រួចបន្ត៖ អ្វីៗដែលបានរក្សាទុកពីមុនមិនបានបាត់បង់ទេ។
storage-unavailable = កម្មវិធីរុករកនេះមិនអនុញ្ញាតឱ្យកម្មវិធីចាក់រក្សាទុកវឌ្ឍនភាពរបស់អ្នកទេ ដូច្នេះវានៅមានតែរហូតដល់អ្នកបិទទំព័រនេះប៉ុណ្ណោះ។ បង្អួចឯកជនច្រើនតែរារាំងការរក្សាទុកទិន្នន័យ។
storage-write-failed = មិនទាន់អាចរក្សាទុកវឌ្ឍនភាពចុងក្រោយរបស់អ្នកបាននៅឡើយទេ។ វានៅតែមានក្នុងទំព័រនេះ ហើយនឹងត្រូវរក្សាទុកនៅពេលអ្នកធ្វើជំហានបន្ទាប់។

## Transcript (the learner's record of progress)
nav-transcript = វឌ្ឍនភាពរបស់ខ្ញុំ
transcript-heading = វឌ្ឍនភាពរបស់ខ្ញុំ
transcript-empty = អ្នកមិនទាន់បានចាប់ផ្ដើមវគ្គសិក្សាណាមួយនៅឡើយទេ។
transcript-unit-score = ពិន្ទុ៖ { $score }
transcript-time-spent = រយៈពេលដែលបានចំណាយ៖ { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = ទាញយកជាសេចក្ដីថ្លែងការណ៍ xAPI (JSON)
transcript-export-csv = ទាញយកជាតារាងទិន្នន័យ (CSV)
transcript-reset = កំណត់វឌ្ឍនភាពរបស់ខ្ញុំក្នុងវគ្គសិក្សានេះឡើងវិញ
transcript-reset-confirm = កំណត់វឌ្ឍនភាពទាំងអស់របស់អ្នកក្នុងវគ្គសិក្សា «{ $course }» ឡើងវិញឬ? សកម្មភាពនេះមិនអាចត្រឡប់វិញបានទេ។

## ការបញ្ជូនទៅឃ្លាំងកំណត់ត្រាការសិក្សា (LRS) ដែលបង្ហាញនៅក្បាលទំព័រ និងនៅទំព័រការកំណត់
nav-settings = ការកំណត់
sync-off = បានរក្សាទុកនៅលើឧបករណ៍នេះ
sync-off-detail = មិនបានភ្ជាប់ទៅឃ្លាំងកំណត់ត្រាការសិក្សាទេ៖ វឌ្ឍនភាពរបស់អ្នកនៅតែក្នុងកម្មវិធីរុករកនេះ។ សូមភ្ជាប់ឃ្លាំងមួយនៅក្នុងការកំណត់ ដើម្បីផ្ញើលទ្ធផលនៃការបញ្ចប់ការសិក្សារបស់អ្នកទៅស្ថាប័នរបស់អ្នក។
sync-done = បានបញ្ជូនទាំងអស់ហើយ
sync-pending = { $count ->
   *[other] កំណត់ត្រាចំនួន { $count } កំពុងរង់ចាំការបញ្ជូន
}
sync-last-delivery = បានបញ្ជូនចុងក្រោយ៖ { $date }
sync-error-offline = អ្នកមិនមានការតភ្ជាប់អ៊ីនធឺណិតទេ។ កំណត់ត្រារបស់អ្នកត្រូវបានរក្សាទុក ហើយនឹងត្រូវបញ្ជូននៅពេលការតភ្ជាប់ត្រឡប់មកវិញ។
sync-error-unreachable = មិនអាចទាក់ទងឃ្លាំងកំណត់ត្រាការសិក្សាបានទេ។ នឹងព្យាយាមម្ដងទៀតក្នុងពេលបន្តិចទៀតនេះ គ្មានអ្វីបាត់បង់ទេ។
sync-error-server = ឃ្លាំងកំណត់ត្រាការសិក្សាមានបញ្ហា (HTTP { $status })។ នឹងព្យាយាមម្ដងទៀតក្នុងពេលបន្តិចទៀតនេះ គ្មានអ្វីបាត់បង់ទេ។
sync-error-unauthorized = ឃ្លាំងកំណត់ត្រាការសិក្សាបានបដិសេធព័ត៌មានចូលគណនីរបស់អ្នក។ សូមបញ្ចូលវាម្ដងទៀតនៅក្នុងការកំណត់។ កំណត់ត្រារបស់អ្នកត្រូវបានរក្សាទុករហូតដល់ពេលនោះ។
sync-error-not-found = គ្មានឃ្លាំងកំណត់ត្រាការសិក្សានៅអាសយដ្ឋាននេះទេ។ សូមពិនិត្យអាសយដ្ឋាននៅក្នុងការកំណត់។ កំណត់ត្រារបស់អ្នកត្រូវបានរក្សាទុករហូតដល់ពេលនោះ។
sync-error-version = ឃ្លាំងកំណត់ត្រាការសិក្សាប្រើ xAPI កំណែផ្សេង ({ $detail })។ សូមសុំអាសយដ្ឋានដែលគាំទ្រ xAPI 1.0.3 ឬ 2.0.0 ពីស្ថាប័នរបស់អ្នក។
sync-error-storage = មិនអាចអានកំណត់ត្រាដែលកំពុងរង់ចាំការបញ្ជូនពីទំហំផ្ទុករបស់កម្មវិធីរុករកនេះបានទេ ({ $detail })។
sync-set-aside = { $count ->
   *[other] ឃ្លាំងកំណត់ត្រាការសិក្សាបានបដិសេធកំណត់ត្រាចំនួន { $count }
}
sync-set-aside-detail = កំណត់ត្រាទាំងនេះត្រូវបានរក្សាទុកនៅទីនេះ រួមជាមួយចម្លើយរបស់ឃ្លាំង ដើម្បីឱ្យអ្នក ឬស្ថាប័នរបស់អ្នកអាចមើលឃើញថាត្រូវកែអ្វីខ្លះ។
settings-heading = ការកំណត់
settings-lrs-heading = ឃ្លាំងកំណត់ត្រាការសិក្សា
settings-lrs-intro = ស្ថាប័នរបស់អ្នកផ្ដល់ព័ត៌មានទាំងនេះឱ្យអ្នក ដើម្បីឱ្យការបញ្ចប់ការសិក្សា និងពិន្ទុរបស់អ្នកទៅដល់កំណត់ត្រារបស់ស្ថាប័ន។
settings-lrs-endpoint = អាសយដ្ឋាន (xAPI endpoint)
settings-lrs-key = កូនសោ ឬឈ្មោះអ្នកប្រើ
settings-lrs-secret = កូនសោសម្ងាត់ ឬពាក្យសម្ងាត់
settings-lrs-token = ឬថូខឹនចូលប្រើ
settings-lrs-name = ឈ្មោះរបស់អ្នក
settings-lrs-email = អាសយដ្ឋានអ៊ីមែលរបស់អ្នក
settings-lrs-connect = ភ្ជាប់
settings-lrs-disconnect = ផ្ដាច់
settings-lrs-connected = បានភ្ជាប់ទៅ { $endpoint } ជា { $who }។
settings-lrs-invalid-endpoint = សូមបញ្ចូលអាសយដ្ឋានរបស់ឃ្លាំងកំណត់ត្រាការសិក្សា ដែលចាប់ផ្ដើមដោយ https:// ឬ http://។
settings-lrs-invalid-email = សូមបញ្ចូលអាសយដ្ឋានអ៊ីមែលរបស់អ្នក ដើម្បីឱ្យកំណត់ត្រារបស់អ្នកត្រូវបានរក្សាទុកក្រោមឈ្មោះរបស់អ្នក។
cmi5-unit-needs-worker = សកម្មភាពនេះត្រូវការឲ្យកម្មវិធីចាក់ដំឡើងរួចរាល់៖ សូមផ្ទុកទំព័រឡើងវិញដើម្បីបើកវា។
cmi5-exit = ចាកចេញ
cmi5-exiting = កំពុងរក្សាទុក និងត្រឡប់…
cmi5-browse = ការរុករក៖ គ្មានអ្វីដែលអ្នកធ្វើនៅទីនេះត្រូវបានកត់ត្រាទេ។
cmi5-review = ការពិនិត្យឡើងវិញ៖ គ្មានអ្វីដែលអ្នកធ្វើនៅទីនេះត្រូវបានកត់ត្រាទេ។
cmi5-ended = វគ្គនេះបានបញ្ចប់ហើយ។ សូមបើកវគ្គសិក្សាម្ដងទៀតពីវេទិកាសិក្សារបស់អ្នក ដើម្បីកត់ត្រាបន្ថែម។
settings-lrs-launch-failed = វគ្គសិក្សានេះត្រូវបានបើកដោយការចូលគណនីដែលមិនដំណើរការ ({ $detail })។ សូមបើកវាម្ដងទៀតពីគេហទំព័ររបស់ស្ថាប័នអ្នក។

sources-heading = ប្រភពវគ្គសិក្សា
sources-intro = បញ្ជីវគ្គសិក្សាប្រមូលផ្ដុំកាតាឡុកខាងក្រោម។ អ្នកអាចបន្ថែមកាតាឡុករបស់សាកលវិទ្យាល័យ ឬអ្នកផ្ដល់វគ្គសិក្សាផ្សេងទៀត តាមរយៈអាសយដ្ឋានរបស់វា ហើយវានឹងត្រូវបានរក្សាទុកសម្រាប់អ្នកនៅលើឧបករណ៍នេះ។
sources-site = ជ្រើសរើសដោយគេហទំព័រនេះ
sources-remove = ដកចេញ
sources-add-label = បន្ថែមប្រភព៖ អាសយដ្ឋាននៃកាតាឡុករបស់វា
sources-check = ពិនិត្យ
sources-preview = { $count ->
   *[other] វគ្គសិក្សាចំនួន { $count }
}
sources-add-confirm = បន្ថែមប្រភពនេះ
sources-added = បានបន្ថែម៖ វគ្គសិក្សារបស់វាមាននៅក្នុងបញ្ជីវគ្គសិក្សាហើយ។
sources-removed = បានដកចេញ៖ វគ្គសិក្សារបស់វាលែងមាននៅក្នុងបញ្ជីវគ្គសិក្សាទៀតហើយ។
sources-invalid-url = សូមបញ្ចូលអាសយដ្ឋានដែលចាប់ផ្ដើមដោយ https:// (ឬផ្លូវនៅលើគេហទំព័រនេះ ដូចជា /courses/catalog.json)។
sources-duplicate = កាតាឡុកនេះមាននៅក្នុងបញ្ជីរួចហើយ។
sources-full = បញ្ជីប្រភពរបស់អ្នកពេញហើយ។ សូមដកមួយចេញ ដើម្បីបន្ថែមមួយទៀត។

## Unsupported and errors
unit-needs-newer-player = មេរៀននេះត្រូវការកម្មវិធីចាក់កំណែថ្មីជាងនេះ
unit-needs-newer-player-detail = នេះជាមេរៀនប្រភេទ «{ $kind }» ដែលកំណែនេះរបស់ Alliance Player មិនទាន់ស្គាល់នៅឡើយ។ ផ្នែកផ្សេងទៀតនៃវគ្គសិក្សានៅតែដំណើរការ។ សូមសួរអ្នកផ្ដល់វគ្គសិក្សា ឬធ្វើបច្ចុប្បន្នភាពកម្មវិធីចាក់។
error-heading = មានបញ្ហាអ្វីមួយកើតឡើង
error-catalog = មិនអាចផ្ទុកបញ្ជីវគ្គសិក្សាបានទេ។
error-document = មិនអាចបង្ហាញឯកសារនេះបានទេ។
error-course = មិនអាចបើកវគ្គសិក្សានេះបានទេ។
error-course-not-found = គ្មានវគ្គសិក្សា «{ $course }» នៅក្នុងបញ្ជីនេះទេ។
error-unit-not-found = គ្មានមេរៀន «{ $unit }» នៅក្នុងវគ្គសិក្សានេះទេ។
error-page-not-found = ទំព័រនេះមិនមានទេ។
error-retry = ព្យាយាមម្ដងទៀត
error-part-unavailable = មិនអាចទាញយកផ្នែកនេះនៃកម្មវិធីចាក់បានទេ។ សូមពិនិត្យការតភ្ជាប់អ៊ីនធឺណិតរបស់អ្នក រួចព្យាយាមម្ដងទៀត។
error-what-to-do = ប្រសិនបើបញ្ហានៅតែកើតមាន សូមប្រាប់អ្នកផ្ដល់វគ្គសិក្សាអំពីអ្វីដែលបង្ហាញខាងលើ។

## Offline use: the player on this device, course downloads, data saver
offline-indicator = ក្រៅបណ្ដាញ
offline-indicator-detail = អ្នកមិនមានការតភ្ជាប់អ៊ីនធឺណិតទេ។ វគ្គសិក្សាដែលបានទាញយកនៅតែចាក់បានដូចធម្មតា។ វឌ្ឍនភាពរបស់អ្នកត្រូវបានរក្សាទុកនៅលើឧបករណ៍នេះ ហើយនឹងត្រូវផ្ញើនៅពេលអ្នកមានការតភ្ជាប់អ៊ីនធឺណិតវិញ។
update-ready = កំណែថ្មីរបស់ Alliance Player រួចរាល់ហើយ។
update-reload = ផ្ទុកឡើងវិញដើម្បីធ្វើបច្ចុប្បន្នភាព
download-heading = ការប្រើក្រៅបណ្ដាញ
download-course = ទាញយកសម្រាប់ប្រើក្រៅបណ្ដាញ ({ $size })
download-resume = បន្តការទាញយក (នៅសល់ { $size })
download-progress = { $done } នៃ { $total } · មេរៀន { $units } នៃ { $unitsTotal }
download-cancel = បោះបង់
download-done = បានទាញយករួច៖ វគ្គសិក្សានេះអាចប្រើក្រៅបណ្ដាញបាន ({ $size })។
download-remove = លុបការទាញយក
download-stored-partly = { $done } នៃ { $total } មាននៅលើឧបករណ៍នេះរួចហើយ។
download-failed = ការទាញយកបានឈប់៖ { $detail } អ្វីដែលបានរក្សាទុករួចហើយនៅតែមាន។ សូមចុច «បន្តការទាញយក» ដើម្បីបន្ត។
download-file-mismatch = { $file } មកដល់មិនពេញលេញទេ (រំពឹងថា { $expected } ប៉ុន្តែទទួលបាន { $got })។
download-file-failed = មិនអាចទាញយក { $file } បានទេ ({ $detail })។
download-no-cors = { $host } មិនអនុញ្ញាតឱ្យកម្មវិធីចាក់នេះអានឯកសាររបស់វាទេ (វាមិនផ្ញើក្បាល CORS ទេ) ដូច្នេះមិនអាចពិនិត្យ និងរក្សាទុកឯកសារទាំងនោះបានទេ។ អ្នកគ្រប់គ្រងរបស់វាត្រូវផ្ញើ Access-Control-Allow-Origin ជាមួយឯកសារវគ្គសិក្សានីមួយៗ។
download-quota = ឧបករណ៍នេះលែងមានទំហំផ្ទុកសម្រាប់វគ្គសិក្សានេះទៀតហើយ។ សូមសម្អាតទំហំផ្ទុកខ្លះ ឬលុបការទាញយកផ្សេងទៀត រួចបន្ត។
download-storage = កម្មវិធីរុករកនេះប្រើ { $used } នៃ { $available } ដែលវាអាចប្រើបាននៅលើឧបករណ៍នេះ។
download-persistent = ការទាញយកនៅតែមានរហូតដល់អ្នកលុបវា។
download-not-persistent = កម្មវិធីរុករកអាចលុបការទាញយក ប្រសិនបើឧបករណ៍ខ្វះទំហំផ្ទុក។
download-needs-network = អ្នកមិនមានការតភ្ជាប់អ៊ីនធឺណិតទេ។ សូមភ្ជាប់អ៊ីនធឺណិត ដើម្បីទាញយកវគ្គសិក្សានេះ។
data-saver = សន្សំទិន្នន័យ
data-saver-help = មេឌៀផ្ទុកតែនៅពេលអ្នកចុចចាក់ប៉ុណ្ណោះ ប្រតិចារិកបង្ហាញមុនគេ ហើយទំហំត្រូវបានបង្ហាញនៅក្បែរមេឌៀ។
media-size = ត្រូវផ្ទុក { $size }

## Notes and bookmarks
notes-heading = កំណត់ចំណាំរបស់ខ្ញុំ
notes-bookmark = ដាក់ចំណាំមេរៀននេះ
notes-bookmarked = បានដាក់ចំណាំ
notes-bookmark-moment = ដាក់ចំណាំខណៈនេះ
notes-note-label = កំណត់ចំណាំរបស់អ្នកអំពីមេរៀននេះ
notes-save = រក្សាទុកកំណត់ចំណាំ
notes-saved = បានរក្សាទុក។
notes-delete = លុប
# A moment of a video or audio, e.g. "At 1:05".
notes-at = នៅ { $time }
notes-empty = មិនទាន់មានកំណត់ចំណាំ ឬចំណាំនៅក្នុងវគ្គសិក្សានេះនៅឡើយទេ។ សូមដាក់ចំណាំមេរៀនមួយ ឬខណៈមួយនៃវីដេអូ ហើយសរសេរកំណត់ចំណាំលើវា។
notes-where = កំណត់ចំណាំរបស់អ្នកនៅលើឧបករណ៍នេះ ហើយទៅដល់ឃ្លាំងកំណត់ត្រាការសិក្សារបស់អ្នក នៅពេលបានភ្ជាប់ឃ្លាំងមួយ។
notes-too-long = កំណត់ចំណាំមួយអាចមានយ៉ាងច្រើន { $max } តួអក្សរ។
notes-too-many = វគ្គសិក្សានេះមានកំណត់ចំណាំច្រើនបំផុតតាមដែលអាចផ្ទុកបានហើយ៖ សូមលុបមួយ ដើម្បីបន្ថែមមួយទៀត។

## Accessibility
unit-nav-label = មេរៀនមុន និងមេរៀនបន្ទាប់
captions-always = បង្ហាញអក្សររត់ជានិច្ច នៅពេលវីដេអូ ឬសំឡេងមានអក្សររត់ (ជាភាសារបស់អ្នក បើមាន បើមិនដូច្នោះទេ ជាភាសាវគ្គសិក្សា)
caption-style = រចនាប័ទ្មអក្សររត់
caption-size = ទំហំអក្សរ
caption-colour = ពណ៌អក្សរ
caption-background = ផ្ទៃខាងក្រោយ
caption-colour-white = ស
caption-colour-yellow = លឿង
caption-colour-cyan = ខៀវខ្ចី
caption-colour-green = បៃតង
caption-colour-magenta = ស្វាយក្រហម
caption-colour-black = ខ្មៅ
caption-background-black = ខ្មៅ ថ្លាពាក់កណ្ដាល
caption-background-solid-black = ខ្មៅ
caption-background-white = ស
caption-background-transparent = គ្មាន
caption-background-blue = ខៀវ
caption-preview = អក្សររត់នឹងមើលទៅដូចនេះ។
caption-unreadable = អត្ថបទនេះពិបាកអាននៅលើផ្ទៃខាងក្រោយនេះ៖ សូមជ្រើសរើសពណ៌ ឬផ្ទៃខាងក្រោយផ្សេង។
launch-other = តំណនេះនឹងផ្ញើកំណត់ត្រាការសិក្សារបស់អ្នកទៅ { $endpoint } ជា { $who }។ អ្នកកំពុងភ្ជាប់ទៅ { $current } ជា { $current_who }។
launch-switch = ប្ដូរទៅការភ្ជាប់នេះ
launch-keep = រក្សាការភ្ជាប់របស់ខ្ញុំ

launch-other-learner = តំណនេះសម្រាប់ { $who }។ ឥឡូវនេះ { $current_who } កំពុងប្រើកម្មវិធីចាក់។ ប្ដូរទៅ { $who } ឬ?
launch-switch-learner = ប្ដូរអ្នកសិក្សា

## Learners
learners-heading = អ្នកសិក្សានៅលើឧបករណ៍នេះ
learners-locked = { $name } កំពុងប្រើកម្មវិធីចាក់
learner-unnamed = ខ្ញុំ
learner-now = កំពុងប្រើកម្មវិធីចាក់
learner-switch = ប្ដូរទៅអ្នកសិក្សានេះ
learner-rename = ប្ដូរឈ្មោះ
learner-name = ឈ្មោះ
learner-save = រក្សាទុក
learner-cancel = បោះបង់
learner-remove = ដកចេញ
learner-remove-ask = ដក { $name } ចេញពីឧបករណ៍នេះឬ? វឌ្ឍនភាព កំណត់ត្រាដែលកំពុងរង់ចាំ និងការកំណត់របស់គាត់នៅលើឧបករណ៍នេះនឹងត្រូវលុប។ វគ្គសិក្សាដែលបានទាញយកនៅដដែល។
learner-removed = បានដក { $name } ចេញហើយ។
learner-pin = PIN (លេខបួនខ្ទង់ មិនបង្ខំ)
learner-pin-label = PIN
learner-pin-for = PIN របស់ { $name }
learner-pin-new = PIN ថ្មី (លេខបួនខ្ទង់)
learner-pin-set = កំណត់ PIN
learner-pin-remove = ដក PIN ចេញ
learner-pin-open = បន្ត
learner-pin-note = PIN រារាំងអ្នកដែលប្រើឧបករណ៍នេះរួមគ្នាពីការចូលទៅក្នុងវឌ្ឍនភាពរបស់គ្នាទៅវិញទៅមក។ វាសម្រាប់ឯកជនភាព មិនមែនសុវត្ថិភាពទេ។
learner-add-heading = បន្ថែមអ្នកសិក្សា
learner-add = បន្ថែម
learner-added = បានបន្ថែម { $name } ហើយ។
learner-saved = បានរក្សាទុក។
learner-error-empty = សូមបញ្ចូលឈ្មោះ។
learner-error-long = ឈ្មោះនេះវែងពេក។
learner-error-taken = មានអ្នកឈ្មោះ { $name } នៅលើឧបករណ៍នេះរួចហើយ។
learner-error-pin = PIN ត្រូវមានលេខបួនខ្ទង់គត់។
learner-error-full = ឧបករណ៍នេះមិនអាចបន្ថែមអ្នកសិក្សាទៀតបានទេ។ សូមដកម្នាក់ចេញសិន។
learner-error-unknown = មិនអាចប្ដូរបញ្ជីអ្នកសិក្សាបានទេ។ សូមផ្ទុកទំព័រឡើងវិញ ហើយព្យាយាមម្ដងទៀត។
learner-error-wrong-pin = PIN នោះមិនត្រឹមត្រូវទេ។
signout-ask = { $count ->
   *[other] កំណត់ត្រាចំនួន { $count } មិនទាន់បានបញ្ជូននៅឡើយ។
}
signout-keep = { $count ->
   *[other] រក្សាកំណត់ត្រាចំនួន { $count } ដែលកំពុងរង់ចាំ សម្រាប់ពេលខ្ញុំភ្ជាប់ម្ដងទៀត
}
signout-discard = { $count ->
   *[other] បោះចោល
}
