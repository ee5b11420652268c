# Alliance Player interface strings — አማርኛ
# ለተርጓሚዎች፦ እያንዳንዱን የመልእክት መለያ እና እያንዳንዱን { $variable } እንዳለ ይተዉ፤ ጽሑፉን ብቻ ይተርጉሙ።
# $percent፣ $score እና $size የተዘጋጀ ጽሑፍ ሆነው ይመጣሉ (ለምሳሌ "45 %" ወይም "1.4 MB")።
# በአማርኛ የ[one] ቅጽ 0ንና 1ን ይሸፍናል፤ 0 ሊደርስባቸው በሚችሉ መልእክቶች ውስጥ [one] ቁጥሩን ({ $count }) ይጠቀማል።

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = አማርኛ
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = ወደ ይዘቱ ይዝለሉ
# In the header where the browser offers to install the player as an app.
install-app = መተግበሪያውን ይጫኑ
install-app-hint = Alliance Playerን በዚህ መሣሪያ ላይ ይጫኑ፦ ከመተግበሪያዎችዎ፣ በራሱ መስኮት፣ ከመስመር ውጭም ጭምር ይከፈታል።
nav-catalog = ኮርሶች
loading = በመጫን ላይ…

## ቋንቋዎች
language-picker-label = የበይነገጽ ቋንቋ
language-picker-search = ቋንቋዎችን ይፈልጉ
language-picker-none = ከፍለጋዎ ጋር የሚዛመድ ቋንቋ የለም።
content-language-label = የኮርስ ቋንቋ
content-language-auto = ከበይነገጹ ጋር ተመሳሳይ
# ጽሑፉ በተማሪው የኮርስ ቋንቋ ያልሆነ ክፍል አጠገብ በማውጫው ውስጥ ይታያል፤ ለምሳሌ "በእንግሊዝኛ"።
unit-in-language = በ{ $language }

## የኮርሶች ካታሎግ
catalog-heading = የኮርሶች ካታሎግ
catalog-search-label = ኮርሶችን ይፈልጉ
catalog-search-placeholder = ርዕስ፣ ርዕሰ ጉዳይ ወይም አቅራቢ
catalog-more = ተጨማሪ ኮርሶችን አሳይ
catalog-earlier = ቀደም ያሉ ኮርሶችን አሳይ
catalog-loading-more = ተጨማሪ ኮርሶችን በመፈለግ ላይ…
catalog-language-label = ቋንቋ
catalog-language-any = ሁሉም ቋንቋዎች
catalog-count = { $count ->
    [0] የሚዛመድ ኮርስ የለም።
    [one] አንድ ኮርስ
   *[other] { $count } ኮርሶች
}
catalog-empty = ከፍለጋዎ ጋር የሚዛመድ ኮርስ የለም። ሌላ ቃል ይሞክሩ ወይም ሁሉንም ቋንቋዎች ይምረጡ።
catalog-rejected = { $count ->
    [one] በዚህ ካታሎግ ውስጥ ያለ { $count } ኮርስ ሊዘረዘር አልቻለም፦
   *[other] በዚህ ካታሎግ ውስጥ ያሉ { $count } ኮርሶች ሊዘረዘሩ አልቻሉም፦
}
catalog-source-notice = አንዳንድ ኮርሶች ከዚህ ዝርዝር ውስጥ የሉም፦
catalog-source-unreachable = { $source }ን ማግኘት አልተቻለም፤ ድረ-ገጹ ሥራ አቁሞ ሊሆን ይችላል፣ ወይም ይህ ማጫወቻ ኮርሶቹን እንዲያነብ አይፈቅድም።
catalog-source-status = { $source } በስህተት መልስ ሰጥቷል (HTTP { $status })።
catalog-source-too-large = { $source } ከ{ $limit } ይበልጣል፤ ይህ ማጫወቻ ለአንድ ካታሎግ ከዚህ በላይ አያነብም።
catalog-source-invalid = { $source } ይህ ማጫወቻ ሊያነበው የሚችል የኮርሶች ካታሎግ አይደለም፦ { $detail }
catalog-source-left-out = ከ{ $source } የመጣው “{ $course }” አልተካተተም፤ ሌላ ኮርስ አድራሻውን /course/{ $id } አስቀድሞ ይዞታል።
course-provider = አቅራቢ፦ { $provider }
course-languages = ቋንቋዎች፦ { $languages }
course-size = የማውረጃ መጠን፦ { $size }
course-open = ኮርሱን ይክፈቱ
course-continue = ይቀጥሉ
course-progress = { $percent } ተጠናቋል

## ኮርስ
course-outline = የኮርሱ ማውጫ
outline-show-earlier = ቀደምት ክፍሎችን አሳይ ({ $count } የተደበቁ)
outline-show-later = ቀጣይ ክፍሎችን አሳይ ({ $count } የተደበቁ)
course-start = ኮርሱን ይጀምሩ
course-units = { $count ->
    [one] { $count } ክፍል
   *[other] { $count } ክፍሎች
}
unit-ordinal = ክፍል { $index } ከ{ $total }
unit-state-not-started = አልተጀመረም
unit-state-in-progress = በሂደት ላይ
unit-state-completed = ተጠናቋል
unit-state-passed = አልፈዋል
unit-state-failed = ገና አላለፉም
unit-kind-video = ቪዲዮ
unit-kind-audio = ድምፅ
unit-kind-reading = ንባብ
unit-kind-quiz = ፈተና
unit-kind-document = ሰነድ
unit-kind-interactive = እንቅስቃሴ
unit-kind-unknown = አዲስ ዓይነት ክፍል
unit-previous = ቀዳሚ
unit-next = ቀጣይ
unit-mark-done = እንደተጠናቀቀ ምልክት ያድርጉ
unit-done = ተጠናቋል
back-to-catalog = ሁሉም ኮርሶች
course-search-label = በዚህ ኮርስ ውስጥ ይፈልጉ
course-search-count = { $count ->
    [0] ምንም ውጤት የለም
    [one] አንድ ውጤት
   *[other] { $count } ውጤቶች
}
course-search-more = { $count ->
    [one] የመጀመሪያው ውጤት ብቻ ነው የሚታየው፤ ፍለጋውን ለማጥበብ ቃላት ያክሉ።
   *[other] የመጀመሪያዎቹ { $count } ውጤቶች ብቻ ናቸው የሚታዩት፤ ፍለጋውን ለማጥበብ ቃላት ያክሉ።
}
course-search-subtitles = የግርጌ ጽሑፎችም እየተፈለጉ ነው…
course-search-incomplete = አንዳንድ የግርጌ ጽሑፎች ውስጥ መፈለግ አልተቻለም።
course-search-in-title = ርዕስ
course-search-in-reading = ንባብ
course-search-in-transcript = የንግግሩ ጽሑፍ
course-search-in-subtitle = የግርጌ ጽሑፍ በ{ $time }
course-search-in-quiz = የፈተና ጥያቄ

## ሚዲያ
media-speed = ፍጥነት
media-subtitles = የግርጌ ጽሑፍ
media-subtitles-off = ጠፍቷል
media-subtitles-second = ሁለተኛ የግርጌ ጽሑፍ
media-fullscreen = ሙሉ ማያ ገጽ
media-fullscreen-exit = ከሙሉ ማያ ገጽ ውጣ
media-shortcuts = የቁልፍ ሰሌዳ አቋራጮች
media-shortcuts-hint = የቪዲዮ ወይም የድምፅ ማጫወቻው ሲመረጥ፦
# The name of the space bar key, as printed on keyboards.
media-key-space = ክፍተት
media-key-play = አጫውት ወይም ለአፍታ አቁም
media-key-seek = 5 ሰከንድ ወደ ኋላ ወይም ወደ ፊት
media-key-speed = ቀስ ወይም ፈጠን
media-key-captions = የግርጌ ጽሑፍ አብራ ወይም አጥፋ
media-key-fullscreen = ሙሉ ማያ ገጽ አብራ ወይም አጥፋ
media-transcript = የንግግሩ ጽሑፍ
media-watched = { $percent } ታይቷል
media-unsupported = አሳሽዎ ይህን ሚዲያ ማጫወት አይችልም። ሌላ አሳሽ ይሞክሩ፣ ወይም ያውርዱት፦

## ንባብ እና ሰነድ
reading-end = የንባቡ መጨረሻ
document-download = PDFውን ያውርዱ ({ $size })
document-download-nosize = PDFውን ያውርዱ
document-fallback = አሳሽዎ PDF እዚህ ማሳየት አይችልም። ለማንበብ ያውርዱት።
document-not-pdf = { $file } የPDF ፋይል አይደለም። የሰነድ ክፍል የሚያሳየው በ“%PDF-” የሚጀምሩ የPDF ፋይሎችን ብቻ ነው።

## ፈተና
quiz-passing = ለማለፍ { $percent } ያስፈልግዎታል።
quiz-attempts-left = { $count ->
    [one] አንድ ሙከራ ቀርቷል
   *[other] { $count } ሙከራዎች ቀርተዋል
}
quiz-attempts-unlimited = ያልተገደበ ሙከራ
quiz-attempts-used = { $count ->
    [one] ያለዎትን ብቸኛ ሙከራ ተጠቅመዋል።
   *[other] ሁሉንም { $count } ሙከራዎች ተጠቅመዋል።
}
quiz-question = ጥያቄ { $index }
quiz-true = እውነት
quiz-false = ሐሰት
quiz-answer-label = የእርስዎ መልስ
quiz-submit = መልሶችን ያስገቡ
quiz-retry = እንደገና ይሞክሩ
quiz-score = የእርስዎ ውጤት፦ { $score }
quiz-passed = አልፈዋል — እንኳን ደስ አለዎት!
quiz-failed = ገና አላለፉም።
quiz-best = እስካሁን ያገኙት ከፍተኛ ውጤት፦ { $score }
quiz-correct = ትክክል
quiz-incorrect = ትክክል አይደለም
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = ክለሳ፦ እያንዳንዱ ጥያቄ ትክክለኛውን መልስ ያሳያል።
quiz-right-answer = ትክክለኛው መልስ

## በይነተገናኝ
interactive-title = በይነተገናኝ እንቅስቃሴ፦ { $title }
interactive-hint = ይህን ክፍል ለመጨረስ እንቅስቃሴውን ያጠናቅቁ።

## ማከማቻ
storage-quota = በዚህ አሳሽ ውስጥ ለማጫወቻው የተመደበው ማከማቻ ሞልቷል፤ ስለዚህ የቅርብ ጊዜ እድገትዎ ሊቀመጥ አልቻለም። የተወሰነ ቦታ ያስለቅቁ (በአሳሹ ቅንብሮች ውስጥ የወረዱ ኮርሶችን ወይም የሌሎች ድረ-ገጾችን ውሂብ ያስወግዱ)፣ ከዚያ ይቀጥሉ፦ ከዚህ በፊት የተቀመጠ ምንም ነገር አልጠፋም።
storage-unavailable = ይህ አሳሽ ማጫወቻው እድገትዎን እንዲያስቀምጥ አይፈቅድም፤ ስለዚህ እድገትዎ የሚቆየው ገጹን እስኪዘጉ ድረስ ብቻ ነው። የግል መስኮቶች ብዙ ጊዜ ማከማቻን ያግዳሉ።
storage-write-failed = የቅርብ ጊዜ እድገትዎ ገና ሊቀመጥ አልቻለም። በዚህ ገጽ ውስጥ ተይዟል፤ በሚቀጥለው እርምጃዎ ይቀመጣል።

## የትምህርት እድገት መዝገብ
nav-transcript = የእኔ እድገት
transcript-heading = የእኔ እድገት
transcript-empty = እስካሁን ምንም ኮርስ አልጀመሩም።
transcript-unit-score = ውጤት፦ { $score }
transcript-time-spent = ያጠፉት ጊዜ፦ { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = እንደ xAPI መግለጫዎች ያውርዱ (JSON)
transcript-export-csv = እንደ ተመን ሉህ ያውርዱ (CSV)
transcript-reset = በዚህ ኮርስ ውስጥ ያለዎትን እድገት ዳግም ያስጀምሩ
transcript-reset-confirm = በ“{ $course }” ውስጥ ያለዎትን እድገት በሙሉ ዳግም ማስጀመር ይፈልጋሉ? ይህ ሊቀለበስ አይችልም።

## ወደ ትምህርት መዝገብ ማከማቻ (LRS) መላክ፤ በራስጌው እና በቅንብሮች ገጽ ላይ ይታያል
nav-settings = ቅንብሮች
sync-off = በዚህ መሣሪያ ላይ ተቀምጧል
sync-off-detail = ከትምህርት መዝገብ ማከማቻ ጋር አልተገናኙም፦ እድገትዎ በዚህ አሳሽ ውስጥ ብቻ ይቆያል። ያጠናቀቋቸውን ክፍሎች ወደ ተቋምዎ ለመላክ በቅንብሮች ውስጥ ማከማቻ ያገናኙ።
sync-done = ሁሉም ተልኳል
sync-pending = { $count ->
    [one] { $count } መዝገብ ለመላክ እየጠበቀ ነው
   *[other] { $count } መዝገቦች ለመላክ እየጠበቁ ናቸው
}
sync-last-delivery = ለመጨረሻ ጊዜ የተላከው፦ { $date }
sync-error-offline = ከመስመር ውጭ ነዎት። መዝገቦችዎ ተጠብቀው ይቆያሉ፤ ግንኙነቱ ሲመለስ ይላካሉ።
sync-error-unreachable = የትምህርት መዝገብ ማከማቻውን ማግኘት አልተቻለም። በቅርቡ እንደገና ይሞከራል፤ ምንም ነገር አይጠፋም።
sync-error-server = የትምህርት መዝገብ ማከማቻው ችግር አጋጥሞታል (HTTP { $status })። በቅርቡ እንደገና ይሞከራል፤ ምንም ነገር አይጠፋም።
sync-error-unauthorized = የትምህርት መዝገብ ማከማቻው የመግቢያ መረጃዎን አልተቀበለም። በቅንብሮች ውስጥ እንደገና ያስገቡት፤ እስከዚያው መዝገቦችዎ ተጠብቀው ይቆያሉ።
sync-error-not-found = በዚህ አድራሻ ምንም የትምህርት መዝገብ ማከማቻ የለም። በቅንብሮች ውስጥ አድራሻውን ያረጋግጡ፤ እስከዚያው መዝገቦችዎ ተጠብቀው ይቆያሉ።
sync-error-version = የትምህርት መዝገብ ማከማቻው ሌላ የxAPI ስሪት ይጠቀማል ({ $detail })። xAPI 1.0.3 ወይም 2.0.0 የሚጠቀም አድራሻ እንዲሰጥዎ ተቋምዎን ይጠይቁ።
sync-error-storage = ለመላክ የሚጠባበቁትን መዝገቦች ከዚህ አሳሽ ማከማቻ ማንበብ አልተቻለም ({ $detail })።
sync-set-aside = { $count ->
    [one] { $count } መዝገብ በትምህርት መዝገብ ማከማቻው ተቀባይነት አላገኘም
   *[other] { $count } መዝገቦች በትምህርት መዝገብ ማከማቻው ተቀባይነት አላገኙም
}
sync-set-aside-detail = እነዚህ መዝገቦች ከማከማቻው ምላሽ ጋር እዚህ ተቀምጠዋል፤ ስለዚህ እርስዎ ወይም ተቋምዎ ምን መስተካከል እንዳለበት ማየት ይችላሉ።
settings-heading = ቅንብሮች
settings-lrs-heading = የትምህርት መዝገብ ማከማቻ
settings-lrs-intro = ያጠናቀቋቸው ክፍሎች እና ውጤቶችዎ ወደ ተቋምዎ መዝገቦች እንዲደርሱ ተቋምዎ እነዚህን ዝርዝሮች ይሰጥዎታል።
settings-lrs-endpoint = አድራሻ (xAPI endpoint)
settings-lrs-key = ቁልፍ ወይም የተጠቃሚ ስም
settings-lrs-secret = ሚስጥራዊ ቁልፍ ወይም የይለፍ ቃል
settings-lrs-token = ወይም የመዳረሻ ቶክን
settings-lrs-name = ስምዎ
settings-lrs-email = የኢሜይል አድራሻዎ
settings-lrs-connect = ያገናኙ
settings-lrs-disconnect = ግንኙነቱን ያቋርጡ
settings-lrs-connected = ከ{ $endpoint } ጋር እንደ { $who } ተገናኝተዋል።
settings-lrs-invalid-endpoint = በhttps:// ወይም በhttp:// የሚጀምር የትምህርት መዝገብ ማከማቻ አድራሻ ያስገቡ።
settings-lrs-invalid-email = መዝገቦችዎ በስምዎ እንዲቀመጡ የኢሜይል አድራሻዎን ያስገቡ።
cmi5-unit-needs-worker = ይህ እንቅስቃሴ ማጫወቻው መጫኑን እንዲጨርስ ይፈልጋል፦ ለመክፈት ገጹን እንደገና ይጫኑ።
cmi5-exit = ውጣ
cmi5-exiting = በማስቀመጥ ላይ እና በመመለስ ላይ…
cmi5-browse = በማሰስ ላይ፦ እዚህ የሚያደርጉት ምንም አይመዘገብም።
cmi5-review = በመከለስ ላይ፦ እዚህ የሚያደርጉት ምንም አይመዘገብም።
cmi5-ended = ይህ ክፍለ ጊዜ አብቅቷል። ተጨማሪ ለመመዝገብ ኮርሱን ከመማሪያ መድረክዎ እንደገና ይክፈቱ።
settings-lrs-launch-failed = ኮርሱ የተከፈተው ያልሠራ የመግቢያ መረጃ ይዞ ነው ({ $detail })። ከተቋምዎ ድረ-ገጽ እንደገና ይክፈቱት።

sources-heading = የኮርስ ምንጮች
sources-intro = የኮርሶቹ ዝርዝር ከታች ያሉትን ካታሎጎች ያሰባስባል። የሌላ ዩኒቨርሲቲ ወይም የኮርስ አቅራቢ ካታሎግን በአድራሻው ማከል ይችላሉ፤ ለእርስዎ በዚህ መሣሪያ ላይ ይቀመጣል።
sources-site = በዚህ ድረ-ገጽ የተመረጠ
sources-remove = አስወግድ
sources-add-label = ምንጭ ያክሉ፦ የካታሎጉ አድራሻ
sources-check = አረጋግጥ
sources-preview = { $count ->
    [one] አንድ ኮርስ
   *[other] { $count } ኮርሶች
}
sources-add-confirm = ይህን ምንጭ አክል
sources-added = ታክሏል፤ ኮርሶቹ አሁን በኮርሶች ዝርዝር ውስጥ አሉ።
sources-removed = ተወግዷል፤ ኮርሶቹ ከእንግዲህ በኮርሶች ዝርዝር ውስጥ የሉም።
sources-invalid-url = በhttps:// የሚጀምር አድራሻ ያስገቡ (ወይም በዚህ ድረ-ገጽ ላይ ያለ መንገድ፣ ለምሳሌ /courses/catalog.json)።
sources-duplicate = ይህ ካታሎግ አስቀድሞ በዝርዝሩ ውስጥ አለ።
sources-full = የምንጮች ዝርዝርዎ ሞልቷል። ሌላ ለማከል አንዱን ያስወግዱ።

## ያልተደገፉ እና ስህተቶች
unit-needs-newer-player = ይህ ክፍል አዲስ የማጫወቻ ስሪት ይፈልጋል
unit-needs-newer-player-detail = ይህ የ“{ $kind }” ዓይነት ክፍል ነው፤ ይህ የAlliance Player ስሪት ገና አያውቀውም። የተቀረው የኮርሱ ክፍል ይሠራል፤ የኮርስዎን አቅራቢ ይጠይቁ ወይም ማጫወቻውን ያዘምኑ።
error-heading = የሆነ ችግር ተፈጥሯል
error-catalog = የኮርሶች ካታሎግ ሊጫን አልቻለም።
error-document = ይህ ሰነድ ሊታይ አይችልም።
error-course = ይህ ኮርስ ሊከፈት አልቻለም።
error-course-not-found = በዚህ ካታሎግ ውስጥ “{ $course }” የሚባል ኮርስ የለም።
error-unit-not-found = በዚህ ኮርስ ውስጥ “{ $unit }” የሚባል ክፍል የለም።
error-page-not-found = ይህ ገጽ የለም።
error-retry = እንደገና ይሞክሩ
error-part-unavailable = ይህ የማጫወቻው አካል ሊወርድ አልቻለም። የኢንተርኔት ግንኙነትዎን ያረጋግጡ፣ ከዚያ እንደገና ይሞክሩ።
error-what-to-do = ችግሩ ከቀጠለ፣ ከላይ የሚታየውን ለኮርሱ አቅራቢ ያሳውቁ።

## Offline use: the player on this device, course downloads, data saver
offline-indicator = ከመስመር ውጭ
offline-indicator-detail = ከመስመር ውጭ ነዎት። የወረዱ ኮርሶች እንደተለመደው ይጫወታሉ፤ እድገትዎ በዚህ መሣሪያ ላይ ይቀመጣል፤ ወደ መስመር ሲመለሱም ይላካል።
update-ready = አዲስ የAlliance Player ስሪት ዝግጁ ነው።
update-reload = ለማዘመን እንደገና ይጫኑ
download-heading = ከመስመር ውጭ አጠቃቀም
download-course = ከመስመር ውጭ ለመጠቀም ያውርዱ ({ $size })
download-resume = ማውረዱን ይቀጥሉ ({ $size } ቀርቷል)
download-progress = { $done } ከ{ $total } · { $units } ከ{ $unitsTotal } ክፍሎች
download-cancel = ይቅር
download-done = ወርዷል፦ ይህ ኮርስ ከመስመር ውጭ ይሠራል ({ $size })።
download-remove = የወረደውን ያስወግዱ
download-stored-partly = ከ{ $total } ውስጥ { $done } አስቀድሞ በዚህ መሣሪያ ላይ አለ።
download-failed = ማውረዱ ቆሟል፦ { $detail } አስቀድሞ የተቀመጠው ይቆያል፤ ለመቀጠል “ማውረዱን ይቀጥሉ” የሚለውን ይጫኑ።
download-file-mismatch = { $file } ተሟልቶ አልደረሰም (የሚጠበቀው፦ { $expected }፣ የደረሰው፦ { $got })።
download-file-failed = { $file } ሊወርድ አልቻለም ({ $detail })።
download-no-cors = { $host } ይህ ማጫወቻ ፋይሎቹን እንዲያነብ አይፈቅድም (የCORS ራስጌዎችን አይልክም)፣ ስለዚህ ሊረጋገጡና ሊቀመጡ አይችሉም። አስተዳዳሪው ከእያንዳንዱ የኮርስ ፋይል ጋር Access-Control-Allow-Origin መላክ አለበት።
download-quota = በዚህ መሣሪያ ላይ ለኮርሱ የቀረ ቦታ የለም። የተወሰነ ቦታ ያስለቅቁ ወይም ሌላ የወረደ ኮርስ ያስወግዱ፣ ከዚያ ማውረዱን ይቀጥሉ።
download-storage = ይህ አሳሽ በዚህ መሣሪያ ላይ ሊጠቀምበት ከሚችለው { $available } ውስጥ { $used } እየተጠቀመ ነው።
download-persistent = የወረዱት እርስዎ እስኪያስወግዷቸው ድረስ ይቆያሉ።
download-not-persistent = መሣሪያው የቦታ እጥረት ካጋጠመው አሳሹ የወረዱትን ሊያስወግድ ይችላል።
download-needs-network = ከመስመር ውጭ ነዎት። ይህን ኮርስ ለማውረድ ከኢንተርኔት ጋር ይገናኙ።
data-saver = ውሂብ ቆጣቢ
data-saver-help = ሚዲያ የሚጫነው ለማጫወት ሲጫኑ ብቻ ነው፤ የንግግሩ ጽሑፍ ቀድሞ ይመጣል፤ መጠኖችም ከሚዲያው አጠገብ ይታያሉ።
media-size = የሚጫነው፦ { $size }

## Notes and bookmarks
notes-heading = የእኔ ማስታወሻዎች
notes-bookmark = ይህን ክፍል ዕልባት አድርግ
notes-bookmarked = ዕልባት ተደርጓል
notes-bookmark-moment = ይህን ቅጽበት ዕልባት አድርግ
notes-note-label = በዚህ ክፍል ላይ ያለዎት ማስታወሻ
notes-save = ማስታወሻውን አስቀምጥ
notes-saved = ተቀምጧል።
notes-delete = ሰርዝ
# A moment of a video or audio, e.g. "At 1:05".
notes-at = በ{ $time }
notes-empty = በዚህ ኮርስ ውስጥ እስካሁን ምንም ማስታወሻ ወይም ዕልባት የለም። አንድን ክፍል ወይም የቪዲዮ ቅጽበት ዕልባት ያድርጉ፣ በእሱ ላይም ማስታወሻ ይጻፉ።
notes-where = ማስታወሻዎችዎ በዚህ መሣሪያ ላይ ይቆያሉ፤ የትምህርት መዝገብ ማከማቻ ሲገናኝም ወደ እሱ ይደርሳሉ።
notes-too-long = አንድ ማስታወሻ ቢበዛ { $max } ቁምፊዎች ሊኖሩት ይችላል።
notes-too-many = ይህ ኮርስ ሊይዝ የሚችለውን ያህል ማስታወሻ ይዟል፦ ሌላ ለማከል አንዱን ይሰርዙ።

## Accessibility
unit-nav-label = ቀዳሚ እና ቀጣይ ክፍል
captions-always = ቪዲዮ ወይም ድምፅ የግርጌ ጽሑፍ ካለው ሁልጊዜ ይታይ (በእርስዎ ቋንቋ ካለ በእሱ፣ ካልሆነ በኮርሱ ቋንቋ)
caption-style = የግርጌ ጽሑፍ ዘይቤ
caption-size = የጽሑፍ መጠን
caption-colour = የጽሑፍ ቀለም
caption-background = ዳራ
caption-colour-white = ነጭ
caption-colour-yellow = ቢጫ
caption-colour-cyan = ሳያን
caption-colour-green = አረንጓዴ
caption-colour-magenta = ማጀንታ
caption-colour-black = ጥቁር
caption-background-black = ጥቁር፣ ግማሽ ግልጽ
caption-background-solid-black = ጥቁር
caption-background-white = ነጭ
caption-background-transparent = ምንም
caption-background-blue = ሰማያዊ
caption-preview = የግርጌ ጽሑፎች እንዲህ ሆነው ይታያሉ።
caption-unreadable = ይህ ጽሑፍ በዚህ ዳራ ላይ ለማንበብ አስቸጋሪ ነው፦ ሌላ ቀለም ወይም ዳራ ይምረጡ።
launch-other = ይህ አገናኝ የትምህርት መዝገቦችዎን ወደ { $endpoint } እንደ { $who } ይልካል። አሁን ከ{ $current } ጋር እንደ { $current_who } ተገናኝተዋል።
launch-switch = ወደዚህ ግንኙነት ቀይር
launch-keep = ግንኙነቴን አቆይ

launch-other-learner = ይህ አገናኝ ለ{ $who } ነው። አሁን ማጫወቻውን እየተጠቀመ ያለው { $current_who } ነው። ወደ { $who } ይቀየር?
launch-switch-learner = ተማሪ ቀይር

## Learners
learners-heading = በዚህ መሣሪያ ላይ ያሉ ተማሪዎች
learners-locked = { $name } ማጫወቻውን እየተጠቀመ ነው
learner-unnamed = እኔ
learner-now = አሁን ማጫወቻውን እየተጠቀመ ነው
learner-switch = ወደዚህ ተማሪ ቀይር
learner-rename = ስም ቀይር
learner-name = ስም
learner-save = አስቀምጥ
learner-cancel = ይቅር
learner-remove = አስወግድ
learner-remove-ask = { $name } ከዚህ መሣሪያ ይወገድ? በዚህ መሣሪያ ላይ ያለው እድገቱ፣ እየጠበቁ ያሉ መዝገቦቹ እና ቅንብሮቹ ይሰረዛሉ። የወረዱ ኮርሶች ይቀራሉ።
learner-removed = { $name } ተወግዷል።
learner-pin = ፒን (አራት አሃዞች፣ አማራጭ)
learner-pin-label = ፒን
learner-pin-for = የ{ $name } ፒን
learner-pin-new = አዲስ ፒን (አራት አሃዞች)
learner-pin-set = ፒን አዘጋጅ
learner-pin-remove = ፒን አስወግድ
learner-pin-open = ቀጥል
learner-pin-note = ፒን ይህን መሣሪያ የሚጋሩ ሰዎች አንዳቸው ወደ ሌላው እድገት እንዳይገቡ ያደርጋል። ለግላዊነት ነው እንጂ ለደህንነት አይደለም።
learner-add-heading = ተማሪ አክል
learner-add = አክል
learner-added = { $name } ታክሏል።
learner-saved = ተቀምጧል።
learner-error-empty = ስም ያስገቡ።
learner-error-long = ይህ ስም በጣም ረጅም ነው።
learner-error-taken = በዚህ መሣሪያ ላይ { $name } የሚባል ሰው አስቀድሞ አለ።
learner-error-pin = ፒን በትክክል አራት አሃዞች ነው።
learner-error-full = ይህ መሣሪያ ተጨማሪ ተማሪዎችን መያዝ አይችልም። መጀመሪያ አንዱን ያስወግዱ።
learner-error-unknown = የተማሪዎች ዝርዝር ሊቀየር አልቻለም። ገጹን እንደገና ይጫኑና ደግመው ይሞክሩ።
learner-error-wrong-pin = ያ ፒን ትክክል አይደለም።
signout-ask = { $count ->
    [one] { $count } መዝገብ ገና አልተላከም።
   *[other] { $count } መዝገቦች ገና አልተላኩም።
}
signout-keep = { $count ->
    [one] እየጠበቀ ያለውን መዝገብ እንደገና ስገናኝ እንዲላክ አቆይ
   *[other] እየጠበቁ ያሉትን { $count } መዝገቦች እንደገና ስገናኝ እንዲላኩ አቆይ
}
signout-discard = { $count ->
    [one] ጣለው
   *[other] ጣላቸው
}
