# Alliance Player interface strings — ગુજરાતી
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = ગુજરાતી
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = સીધા સામગ્રી પર જાઓ
# In the header where the browser offers to install the player as an app.
install-app = ઍપ ઇન્સ્ટોલ કરો
install-app-hint = આ ડિવાઇસ પર Alliance Player ઇન્સ્ટોલ કરો: તે તમારી ઍપમાંથી, પોતાની અલગ વિન્ડોમાં, ઑફલાઇન પણ ખૂલે છે.
nav-catalog = કોર્સ
loading = લોડ થઈ રહ્યું છે…

## Languages
language-picker-label = ઇન્ટરફેસની ભાષા
language-picker-search = ભાષાઓ શોધો
language-picker-none = તમારી શોધ સાથે કોઈ ભાષા મેળ ખાતી નથી.
content-language-label = કોર્સની ભાષા
content-language-auto = ઇન્ટરફેસની ભાષા જેવી જ
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = ભાષા: { $language }

## Catalogue
catalog-heading = કોર્સ કેટલોગ
catalog-search-label = કોર્સ શોધો
catalog-search-placeholder = શીર્ષક, વિષય અથવા પ્રદાતા
catalog-more = વધુ કોર્સ બતાવો
catalog-earlier = અગાઉના કોર્સ બતાવો
catalog-loading-more = વધુ કોર્સ જોઈ રહ્યા છીએ…
catalog-language-label = ભાષા
catalog-language-any = બધી ભાષાઓ
catalog-count = { $count ->
    [0] કોઈ કોર્સ મળ્યો નથી.
    [one] { $count } કોર્સ
   *[other] { $count } કોર્સ
}
catalog-empty = તમારી શોધ સાથે કોઈ કોર્સ મેળ ખાતો નથી. બીજો શબ્દ અજમાવો અથવા બધી ભાષાઓ પસંદ કરો.
catalog-rejected = { $count ->
    [one] આ કેટલોગનો { $count } કોર્સ સૂચિમાં બતાવી શકાયો નથી:
   *[other] આ કેટલોગના { $count } કોર્સ સૂચિમાં બતાવી શકાયા નથી:
}
# A site's catalogue and the learner's own can be several; one that fails is named here, the others still show.
# $source is a catalogue's title or its address; $id is a course's short name, as in its address /course/{ $id }.
catalog-source-notice = આ સૂચિમાંથી કેટલાક કોર્સ ખૂટે છે:
catalog-source-unreachable = { $source } સુધી પહોંચી શકાયું નથી: સાઇટ બંધ હોઈ શકે છે, અથવા તે આ પ્લેયરને તેના કોર્સ વાંચવા દેતી નથી.
catalog-source-status = { $source } તરફથી ભૂલ સાથે જવાબ આવ્યો (HTTP { $status }).
catalog-source-too-large = { $source } { $limit } કરતાં મોટું છે; આ પ્લેયર કોઈ કેટલોગ માટે વધુમાં વધુ આટલું જ વાંચે છે.
catalog-source-invalid = { $source } એ આ પ્લેયર વાંચી શકે તેવું કોર્સ કેટલોગ નથી: { $detail }
catalog-source-left-out = { $source } માંથી “{ $course }” છોડી દેવાયો છે: બીજા કોર્સ પાસે પહેલેથી તેનું સરનામું /course/{ $id } છે.
course-provider = પ્રદાતા: { $provider }
course-languages = ભાષાઓ: { $languages }
course-size = ડાઉનલોડનું કદ: { $size }
course-open = કોર્સ ખોલો
course-continue = ચાલુ રાખો
course-progress = { $percent } પૂર્ણ

## Course
course-outline = કોર્સની રૂપરેખા
outline-show-earlier = અગાઉના એકમો બતાવો ({ $count } છુપાયેલા)
outline-show-later = પછીના એકમો બતાવો ({ $count } છુપાયેલા)
course-start = કોર્સ શરૂ કરો
course-units = { $count ->
    [one] { $count } એકમ
   *[other] { $count } એકમો
}
unit-ordinal = { $total } માંથી એકમ { $index }
unit-state-not-started = શરૂ નથી કર્યું
unit-state-in-progress = ચાલુ છે
unit-state-completed = પૂર્ણ
unit-state-passed = પાસ
unit-state-failed = હજી પાસ નથી
unit-kind-video = વીડિયો
unit-kind-audio = ઑડિયો
unit-kind-reading = વાંચન
unit-kind-quiz = ક્વિઝ
unit-kind-document = દસ્તાવેજ
unit-kind-interactive = પ્રવૃત્તિ
unit-kind-unknown = નવા પ્રકારનું એકમ
unit-previous = પાછલું
unit-next = આગલું
unit-mark-done = પૂર્ણ તરીકે ચિહ્નિત કરો
unit-done = પૂર્ણ
back-to-catalog = બધા કોર્સ
# Search inside the course, above the outline. $time is a position in a video or audio, e.g. "1:05".
course-search-label = આ કોર્સમાં શોધો
course-search-count = { $count ->
    [0] કોઈ પરિણામ નથી
    [one] { $count } પરિણામ
   *[other] { $count } પરિણામો
}
course-search-more = { $count ->
    [one] ફક્ત પહેલું પરિણામ બતાવ્યું છે; શોધ સાંકડી કરવા વધુ શબ્દો ઉમેરો.
   *[other] ફક્ત પહેલાં { $count } પરિણામો બતાવ્યાં છે; શોધ સાંકડી કરવા વધુ શબ્દો ઉમેરો.
}
course-search-subtitles = સબટાઇટલમાં પણ શોધી રહ્યા છીએ…
course-search-incomplete = કેટલાક સબટાઇટલમાં શોધી શકાયું નથી.
course-search-in-title = શીર્ષક
course-search-in-reading = વાંચન
course-search-in-transcript = ટ્રાન્સક્રિપ્ટ
course-search-in-subtitle = સબટાઇટલ, { $time } પર
course-search-in-quiz = ક્વિઝનો પ્રશ્ન

## Media
media-speed = ઝડપ
media-subtitles = સબટાઇટલ
media-subtitles-off = બંધ
media-subtitles-second = બીજા સબટાઇટલ
media-fullscreen = પૂર્ણ સ્ક્રીન
media-fullscreen-exit = પૂર્ણ સ્ક્રીનમાંથી બહાર નીકળો
media-shortcuts = કીબોર્ડ શૉર્ટકટ
media-shortcuts-hint = વીડિયો કે ઑડિયો પ્લેયર પર ફોકસ હોય ત્યારે:
# The name of the space bar key, as printed on keyboards.
media-key-space = સ્પેસ
media-key-play = ચલાવો કે થોભાવો
media-key-seek = 5 સેકન્ડ પાછળ કે આગળ
media-key-speed = ધીમું કે ઝડપી
media-key-captions = સબટાઇટલ ચાલુ કે બંધ
media-key-fullscreen = પૂર્ણ સ્ક્રીન ચાલુ કે બંધ
media-transcript = ટ્રાન્સક્રિપ્ટ
media-watched = { $percent } જોયું
media-unsupported = તમારું બ્રાઉઝર આ મીડિયા ચલાવી શકતું નથી. બીજું બ્રાઉઝર અજમાવો, અથવા તેને ડાઉનલોડ કરો:

## Reading and document
reading-end = વાંચન સમાપ્ત
document-download = PDF ડાઉનલોડ કરો ({ $size })
document-download-nosize = PDF ડાઉનલોડ કરો
document-fallback = તમારું બ્રાઉઝર અહીં PDF બતાવી શકતું નથી. વાંચવા માટે તેને ડાઉનલોડ કરો.
document-not-pdf = { $file } PDF ફાઇલ નથી. દસ્તાવેજ એકમ ફક્ત “%PDF-” થી શરૂ થતી PDF ફાઇલો જ બતાવે છે.

## Quiz
quiz-passing = પાસ થવા માટે તમારે { $percent } જોઈએ.
quiz-attempts-left = { $count ->
    [one] { $count } પ્રયાસ બાકી છે
   *[other] { $count } પ્રયાસ બાકી છે
}
quiz-attempts-unlimited = અમર્યાદિત પ્રયાસ
quiz-attempts-used = { $count ->
    [one] તમારી પાસે હવે કોઈ પ્રયાસ બાકી નથી.
   *[other] તમે તમારા બધા { $count } પ્રયાસ વાપરી લીધા છે.
}
quiz-question = પ્રશ્ન { $index }
quiz-true = સાચું
quiz-false = ખોટું
quiz-answer-label = તમારો જવાબ
quiz-submit = જવાબ સબમિટ કરો
quiz-retry = ફરી પ્રયાસ કરો
quiz-score = તમારો સ્કોર: { $score }
quiz-passed = પાસ — ખૂબ સરસ!
quiz-failed = હજી પાસ થયા નથી.
quiz-best = અત્યાર સુધીનો શ્રેષ્ઠ સ્કોર: { $score }
quiz-correct = સાચો જવાબ
quiz-incorrect = ખોટો જવાબ
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = સમીક્ષા: દરેક પ્રશ્નનો સાચો જવાબ બતાવ્યો છે.
quiz-right-answer = યોગ્ય જવાબ

## Interactive
interactive-title = ઇન્ટરેક્ટિવ પ્રવૃત્તિ: { $title }
interactive-hint = આ એકમ પૂર્ણ કરવા માટે પ્રવૃત્તિ પૂર્ણ કરો.

## Storage
storage-quota = આ બ્રાઉઝરમાં પ્લેયર માટેનો સ્ટોરેજ ભરાઈ ગયો છે, તેથી તમારી છેલ્લી પ્રગતિ સાચવી શકાઈ નથી. થોડી જગ્યા ખાલી કરો (બ્રાઉઝરના સેટિંગ્સમાં જઈને ડાઉનલોડ કરેલા કોર્સ અથવા બીજી સાઇટ્સનો ડેટા દૂર કરો), પછી ચાલુ રાખો: પહેલાં સાચવેલું કશું ગુમાવાયું નથી.
storage-unavailable = આ બ્રાઉઝર પ્લેયરને તમારી પ્રગતિ સાચવવા દેતું નથી, તેથી તમે પેજ બંધ ન કરો ત્યાં સુધી જ તે રહે છે. પ્રાઇવેટ વિન્ડો ઘણી વાર સ્ટોરેજ અવરોધે છે.
storage-write-failed = તમારી છેલ્લી પ્રગતિ હજી સાચવી શકાઈ નથી. તે આ પેજમાં રાખવામાં આવી છે અને તમારા આગલા પગલા સાથે સચવાઈ જશે.

## Transcript (the learner's record of progress)
nav-transcript = મારી પ્રગતિ
transcript-heading = મારી પ્રગતિ
transcript-empty = તમે હજી કોઈ કોર્સ શરૂ કર્યો નથી.
transcript-unit-score = સ્કોર: { $score }
transcript-time-spent = વિતાવેલો સમય: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = xAPI સ્ટેટમેન્ટ તરીકે ડાઉનલોડ કરો (JSON)
transcript-export-csv = સ્પ્રેડશીટ તરીકે ડાઉનલોડ કરો (CSV)
transcript-reset = આ કોર્સમાં મારી પ્રગતિ રીસેટ કરો
transcript-reset-confirm = “{ $course }” માં તમારી બધી પ્રગતિ રીસેટ કરવી છે? આ પાછું ફેરવી શકાશે નહીં.

## Delivery to the learning record store (LRS), shown in the header and on the settings page
nav-settings = સેટિંગ્સ
sync-off = આ ડિવાઇસ પર સાચવેલું
sync-off-detail = કોઈ લર્નિંગ રેકોર્ડ સ્ટોર સાથે કનેક્ટ નથી: તમારી પ્રગતિ આ બ્રાઉઝરમાં જ રહે છે. તમે પૂર્ણ કરેલી બાબતો તમારી સંસ્થાને મોકલવા માટે સેટિંગ્સમાં કોઈ સ્ટોર કનેક્ટ કરો.
sync-done = બધું મોકલાઈ ગયું
sync-pending = { $count ->
    [one] { $count } રેકોર્ડ મોકલવાનો બાકી છે
   *[other] { $count } રેકોર્ડ મોકલવાના બાકી છે
}
sync-last-delivery = છેલ્લે મોકલ્યું: { $date }
sync-error-offline = તમે ઑફલાઇન છો. તમારા રેકોર્ડ સાચવી રાખવામાં આવ્યા છે અને કનેક્શન પાછું આવતાં જ મોકલવામાં આવશે.
sync-error-unreachable = લર્નિંગ રેકોર્ડ સ્ટોર સુધી પહોંચી શકાયું નથી. થોડી વારમાં ફરી પ્રયાસ કરાશે; કશું ગુમાવાયું નથી.
sync-error-server = લર્નિંગ રેકોર્ડ સ્ટોરમાં સમસ્યા છે (HTTP { $status }). થોડી વારમાં ફરી પ્રયાસ કરાશે; કશું ગુમાવાયું નથી.
sync-error-unauthorized = લર્નિંગ રેકોર્ડ સ્ટોરે તમારી લૉગિન વિગતો નકારી. સેટિંગ્સમાં તે ફરી દાખલ કરો; ત્યાં સુધી તમારા રેકોર્ડ સાચવી રાખવામાં આવશે.
sync-error-not-found = આ સરનામે કોઈ લર્નિંગ રેકોર્ડ સ્ટોર નથી. સેટિંગ્સમાં સરનામું તપાસો; ત્યાં સુધી તમારા રેકોર્ડ સાચવી રાખવામાં આવશે.
sync-error-version = લર્નિંગ રેકોર્ડ સ્ટોર xAPIનું બીજું સંસ્કરણ વાપરે છે ({ $detail }). તમારી સંસ્થા પાસેથી xAPI 1.0.3 અથવા 2.0.0 ને સપોર્ટ કરતું સરનામું માગો.
sync-error-storage = મોકલવાની રાહ જોઈ રહેલા રેકોર્ડ આ બ્રાઉઝરના સ્ટોરેજમાંથી વાંચી શકાયા નથી ({ $detail }).
sync-set-aside = { $count ->
    [one] લર્નિંગ રેકોર્ડ સ્ટોરે { $count } રેકોર્ડ નકાર્યો
   *[other] લર્નિંગ રેકોર્ડ સ્ટોરે { $count } રેકોર્ડ નકાર્યા
}
sync-set-aside-detail = આ રેકોર્ડ સ્ટોરના જવાબ સાથે અહીં રાખવામાં આવ્યા છે, જેથી તમે કે તમારી સંસ્થા જોઈ શકો કે શું સુધારવાનું છે.
settings-heading = સેટિંગ્સ
settings-lrs-heading = લર્નિંગ રેકોર્ડ સ્ટોર
settings-lrs-intro = તમારી સંસ્થા તમને આ વિગતો આપે છે, જેથી તમે પૂર્ણ કરેલાં કાર્યો અને તમારા સ્કોર તેના રેકોર્ડ સુધી પહોંચે.
settings-lrs-endpoint = સરનામું (xAPI એન્ડપૉઇન્ટ)
settings-lrs-key = કી અથવા યુઝરનેમ
settings-lrs-secret = સિક્રેટ અથવા પાસવર્ડ
settings-lrs-token = અથવા ઍક્સેસ ટોકન
settings-lrs-name = તમારું નામ
settings-lrs-email = તમારું ઇમેઇલ સરનામું
settings-lrs-connect = કનેક્ટ કરો
settings-lrs-disconnect = ડિસ્કનેક્ટ કરો
settings-lrs-connected = { $endpoint } સાથે { $who } તરીકે કનેક્ટેડ.
settings-lrs-invalid-endpoint = લર્નિંગ રેકોર્ડ સ્ટોરનું સરનામું દાખલ કરો, જે https:// અથવા http:// થી શરૂ થતું હોય.
settings-lrs-invalid-email = તમારું ઇમેઇલ સરનામું દાખલ કરો, જેથી તમારા રેકોર્ડ તમારા નામે નોંધાય.
cmi5-unit-needs-worker = આ પ્રવૃત્તિ માટે પ્લેયરનું ઇન્સ્ટોલેશન પૂરું થવું જરૂરી છે: તેને ખોલવા માટે પેજ ફરી લોડ કરો.
cmi5-exit = બહાર નીકળો
cmi5-exiting = સાચવીને પાછા જઈ રહ્યા છીએ…
cmi5-browse = બ્રાઉઝિંગ: અહીં તમે જે કંઈ કરો તે નોંધાતું નથી.
cmi5-review = સમીક્ષા: અહીં તમે જે કંઈ કરો તે નોંધાતું નથી.
cmi5-ended = આ સત્ર સમાપ્ત થઈ ગયું છે. વધુ નોંધવા માટે તમારા લર્નિંગ પ્લેટફોર્મ પરથી કોર્સ ફરી ખોલો.
settings-lrs-launch-failed = જે સાઇન-ઇનથી કોર્સ ખોલવામાં આવ્યો હતો તે કામ કરતું ન હતું ({ $detail }). તેને તમારી સંસ્થાની સાઇટ પરથી ફરી ખોલો.

## Course sources (settings): the catalogues whose courses the course list shows
sources-heading = કોર્સના સ્રોત
sources-intro = કોર્સની સૂચિ નીચેના કેટલોગને એકસાથે લાવે છે. તમે બીજી યુનિવર્સિટી કે કોર્સ પ્રદાતાનું કેટલોગ તેના સરનામા દ્વારા ઉમેરી શકો છો; તે તમારા માટે આ ડિવાઇસ પર રાખવામાં આવે છે.
sources-site = આ સાઇટે પસંદ કરેલું
sources-remove = દૂર કરો
sources-add-label = સ્રોત ઉમેરો: તેના કેટલોગનું સરનામું
sources-check = તપાસો
# The number of courses in the catalogue the learner is about to add.
sources-preview = { $count ->
    [one] { $count } કોર્સ
   *[other] { $count } કોર્સ
}
sources-add-confirm = આ સ્રોત ઉમેરો
sources-added = ઉમેરાયું: તેના કોર્સ હવે કોર્સની સૂચિમાં છે.
sources-removed = દૂર કરાયું: તેના કોર્સ હવે કોર્સની સૂચિમાં નથી.
sources-invalid-url = https:// થી શરૂ થતું સરનામું દાખલ કરો (અથવા આ સાઇટ પરનો પાથ, જેમ કે /courses/catalog.json).
sources-duplicate = આ કેટલોગ પહેલેથી સૂચિમાં છે.
sources-full = તમારી સ્રોતોની સૂચિ ભરાઈ ગઈ છે. બીજો ઉમેરવા માટે કોઈ એક દૂર કરો.

## Unsupported and errors
unit-needs-newer-player = આ એકમ માટે પ્લેયરનું નવું સંસ્કરણ જોઈએ
unit-needs-newer-player-detail = આ “{ $kind }” પ્રકારનું એકમ છે, જેને Alliance Playerનું આ સંસ્કરણ હજી ઓળખતું નથી. કોર્સનો બાકીનો ભાગ કામ કરે છે; તમારા કોર્સ પ્રદાતાને પૂછો અથવા પ્લેયર અપડેટ કરો.
error-heading = કંઈક ખોટું થયું
error-catalog = કોર્સ કેટલોગ લોડ થઈ શક્યું નથી.
error-document = આ દસ્તાવેજ બતાવી શકાતો નથી.
error-course = આ કોર્સ ખોલી શકાયો નથી.
error-course-not-found = આ કેટલોગમાં “{ $course }” નામનો કોઈ કોર્સ નથી.
error-unit-not-found = આ કોર્સમાં “{ $unit }” નામનું કોઈ એકમ નથી.
error-page-not-found = આ પેજ અસ્તિત્વમાં નથી.
error-retry = ફરી પ્રયાસ કરો
error-part-unavailable = પ્લેયરનો આ ભાગ ડાઉનલોડ થઈ શક્યો નથી. તમારું કનેક્શન તપાસો, પછી ફરી પ્રયાસ કરો.
error-what-to-do = જો સમસ્યા ચાલુ રહે, તો ઉપર બતાવેલી માહિતી કોર્સ પ્રદાતાને જણાવો.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = ઑફલાઇન
offline-indicator-detail = તમે ઑફલાઇન છો. ડાઉનલોડ કરેલા કોર્સ હંમેશની જેમ ચાલે છે; તમારી પ્રગતિ આ ડિવાઇસ પર સચવાય છે અને તમે ફરી ઑનલાઇન થશો ત્યારે મોકલવામાં આવશે.
update-ready = Alliance Playerનું નવું સંસ્કરણ તૈયાર છે.
update-reload = અપડેટ કરવા ફરી લોડ કરો
download-heading = ઑફલાઇન ઉપયોગ
download-course = ઑફલાઇન ઉપયોગ માટે ડાઉનલોડ કરો ({ $size })
download-resume = ડાઉનલોડ ફરી શરૂ કરો ({ $size } બાકી)
download-progress = { $total } માંથી { $done } · { $unitsTotal } માંથી { $units } એકમ
download-cancel = રદ કરો
download-done = ડાઉનલોડ થઈ ગયું: આ કોર્સ ઑફલાઇન ચાલે છે ({ $size }).
download-remove = ડાઉનલોડ દૂર કરો
download-stored-partly = { $total } માંથી { $done } પહેલેથી આ ડિવાઇસ પર છે.
download-failed = ડાઉનલોડ અટકી ગયું: { $detail } જે પહેલેથી સચવાયું છે તે રહેશે; આગળ વધવા માટે “ડાઉનલોડ ફરી શરૂ કરો” દબાવો.
download-file-mismatch = { $file } પૂરેપૂરી સાચી પહોંચી નથી (અપેક્ષિત: { $expected }, મળ્યું: { $got }).
download-file-failed = { $file } ડાઉનલોડ થઈ શકી નથી ({ $detail }).
download-no-cors = { $host } આ પ્લેયરને તેની ફાઇલો વાંચવા દેતું નથી (તે કોઈ CORS હેડર મોકલતું નથી), તેથી તેને તપાસી અને સાચવી શકાતી નથી. તેના એડમિનિસ્ટ્રેટરે દરેક કોર્સ ફાઇલ સાથે Access-Control-Allow-Origin મોકલવું જરૂરી છે.
download-quota = આ ડિવાઇસમાં કોર્સ માટે જગ્યા બાકી નથી. થોડી જગ્યા ખાલી કરો અથવા બીજું ડાઉનલોડ દૂર કરો, પછી ડાઉનલોડ ફરી શરૂ કરો.
download-storage = આ બ્રાઉઝર આ ડિવાઇસ પર વાપરી શકે તેવી { $available } જગ્યામાંથી { $used } વાપરે છે.
download-persistent = તમે દૂર ન કરો ત્યાં સુધી ડાઉનલોડ રહે છે.
download-not-persistent = ડિવાઇસમાં જગ્યા ઓછી પડે તો બ્રાઉઝર ડાઉનલોડ દૂર કરી શકે છે.
download-needs-network = તમે ઑફલાઇન છો. આ કોર્સ ડાઉનલોડ કરવા ઇન્ટરનેટ સાથે કનેક્ટ થાઓ.
data-saver = ડેટા સેવર
data-saver-help = તમે પ્લે દબાવો ત્યારે જ મીડિયા લોડ થાય છે, ટ્રાન્સક્રિપ્ટ પહેલાં આવે છે, અને મીડિયાની બાજુમાં તેનું કદ બતાવવામાં આવે છે.
media-size = { $size } લોડ થશે

## Notes and bookmarks
notes-heading = મારી નોંધો
notes-bookmark = આ એકમ બુકમાર્ક કરો
notes-bookmarked = બુકમાર્ક કર્યું
notes-bookmark-moment = આ ક્ષણ બુકમાર્ક કરો
notes-note-label = આ એકમ પર તમારી નોંધ
notes-save = નોંધ સાચવો
notes-saved = સાચવ્યું.
notes-delete = કાઢી નાખો
# A moment of a video or audio, e.g. "At 1:05".
notes-at = { $time } પર
notes-empty = આ કોર્સમાં હજી કોઈ નોંધ કે બુકમાર્ક નથી. કોઈ એકમ કે વીડિયોની કોઈ ક્ષણ બુકમાર્ક કરો, અને તેના પર નોંધ લખો.
notes-where = તમારી નોંધો આ ડિવાઇસ પર રહે છે, અને લર્નિંગ રેકોર્ડ સ્ટોર કનેક્ટ હોય ત્યારે તેમાં પણ પહોંચે છે.
notes-too-long = નોંધમાં વધુમાં વધુ { $max } અક્ષરો હોઈ શકે છે.
notes-too-many = આ કોર્સમાં રાખી શકાય તેટલી નોંધો થઈ ગઈ છે: બીજી ઉમેરવા માટે એક કાઢી નાખો.

## Accessibility
unit-nav-label = પાછલું અને આગલું એકમ
captions-always = વીડિયો કે ઑડિયોમાં સબટાઇટલ હોય ત્યારે હંમેશાં બતાવો (તમારી ભાષામાં હોય તો તેમાં, નહીં તો કોર્સની ભાષામાં)
caption-style = સબટાઇટલની શૈલી
caption-size = ટેક્સ્ટનું કદ
caption-colour = ટેક્સ્ટનો રંગ
caption-background = પૃષ્ઠભૂમિ
caption-colour-white = સફેદ
caption-colour-yellow = પીળો
caption-colour-cyan = સ્યાન
caption-colour-green = લીલો
caption-colour-magenta = મજેન્ટા
caption-colour-black = કાળો
caption-background-black = કાળો, અર્ધપારદર્શક
caption-background-solid-black = કાળો
caption-background-white = સફેદ
caption-background-transparent = કોઈ નહીં
caption-background-blue = વાદળી
caption-preview = સબટાઇટલ આવા દેખાશે.
caption-unreadable = આ પૃષ્ઠભૂમિ પર આ ટેક્સ્ટ વાંચવું મુશ્કેલ છે: બીજો રંગ કે પૃષ્ઠભૂમિ પસંદ કરો.
launch-other = આ લિંક તમારા શીખવાના રેકોર્ડ { $who } તરીકે { $endpoint } પર મોકલશે. તમે { $current } સાથે { $current_who } તરીકે કનેક્ટેડ છો.
launch-switch = આ કનેક્શન પર સ્વિચ કરો
launch-keep = મારું કનેક્શન રાખો
launch-other-learner = આ લિંક { $who } માટે છે. અત્યારે { $current_who } પ્લેયર વાપરી રહ્યા છે. { $who } પર સ્વિચ કરવું છે?
launch-switch-learner = શીખનાર બદલો

## Learners
learners-heading = આ ડિવાઇસ પરના શીખનારા
learners-locked = { $name } પ્લેયર વાપરી રહ્યા છે
learner-unnamed = હું
learner-now = અત્યારે પ્લેયર વાપરી રહ્યા છે
learner-switch = આ શીખનાર પર સ્વિચ કરો
learner-rename = નામ બદલો
learner-name = નામ
learner-save = સાચવો
learner-cancel = રદ કરો
learner-remove = દૂર કરો
learner-remove-ask = { $name }ને આ ડિવાઇસ પરથી દૂર કરવા છે? આ ડિવાઇસ પરની તેમની પ્રગતિ, બાકી રેકોર્ડ અને સેટિંગ્સ કાઢી નાખવામાં આવશે. ડાઉનલોડ કરેલા કોર્સ રહેશે.
learner-removed = { $name }ને દૂર કરવામાં આવ્યા.
learner-pin = પિન (ચાર અંક, વૈકલ્પિક)
learner-pin-label = પિન
learner-pin-for = { $name }નો પિન
learner-pin-new = નવો પિન (ચાર અંક)
learner-pin-set = પિન સેટ કરો
learner-pin-remove = પિન દૂર કરો
learner-pin-open = ચાલુ રાખો
learner-pin-note = પિન આ ડિવાઇસ શેર કરનારાઓને એકબીજાની પ્રગતિમાં જતા અટકાવે છે. તે ગોપનીયતા માટે છે, સુરક્ષા માટે નહીં.
learner-add-heading = શીખનાર ઉમેરો
learner-add = ઉમેરો
learner-added = { $name }ને ઉમેરવામાં આવ્યા.
learner-saved = સાચવ્યું.
learner-error-empty = નામ દાખલ કરો.
learner-error-long = આ નામ ખૂબ લાંબું છે.
learner-error-taken = આ ડિવાઇસ પર પહેલેથી કોઈનું નામ { $name } છે.
learner-error-pin = પિન બરાબર ચાર અંકનો હોય છે.
learner-error-full = આ ડિવાઇસ પર વધુ શીખનારા માટે જગ્યા નથી. પહેલાં કોઈ એકને દૂર કરો.
learner-error-unknown = શીખનારાઓની સૂચિ બદલી શકાઈ નથી. પેજ ફરી લોડ કરીને ફરી પ્રયાસ કરો.
learner-error-wrong-pin = આ પિન સાચો નથી.
signout-ask = { $count ->
    [one] { $count } રેકોર્ડ હજી મોકલાયો નથી.
   *[other] { $count } રેકોર્ડ હજી મોકલાયા નથી.
}
signout-keep = { $count ->
    [one] બાકી રેકોર્ડ હું ફરી કનેક્ટ થાઉં ત્યારે માટે રાખો
   *[other] બાકી { $count } રેકોર્ડ હું ફરી કનેક્ટ થાઉં ત્યારે માટે રાખો
}
signout-discard = { $count ->
    [one] તેને કાઢી નાખો
   *[other] તે બધા કાઢી નાખો
}
