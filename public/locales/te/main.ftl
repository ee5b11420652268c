# Alliance Player interface strings — తెలుగు
# అనువాదకులకు: ప్రతి సందేశ ఐడీని, ప్రతి { $variable }ని యథాతథంగా ఉంచండి; పాఠ్యాన్ని మాత్రమే అనువదించండి.
# $percent, $score, $size సిద్ధమైన పాఠ్యంగా వస్తాయి (ఉదా. "45 %" లేదా "1.4 MB").

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = తెలుగు
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = కంటెంట్‌కు వెళ్లండి
# In the header where the browser offers to install the player as an app.
install-app = యాప్‌ను ఇన్‌స్టాల్ చేయండి
install-app-hint = Alliance Playerను ఈ పరికరంలో ఇన్‌స్టాల్ చేయండి: ఇది మీ యాప్‌ల నుండి, దాని సొంత విండోలో, ఆఫ్‌లైన్‌లో కూడా తెరుచుకుంటుంది.
nav-catalog = కోర్సులు
loading = లోడ్ అవుతోంది…

## భాషలు
language-picker-label = ఇంటర్‌ఫేస్ భాష
language-picker-search = భాషలను వెతకండి
language-picker-none = మీ శోధనకు సరిపోయే భాష ఏదీ లేదు.
content-language-label = కోర్సు భాష
content-language-auto = ఇంటర్‌ఫేస్ భాషే
# అభ్యాసకుడి కోర్సు భాషలో పాఠ్యం లేని విభాగం పక్కన విషయసూచికలో చూపబడుతుంది, ఉదా. "English భాషలో".
unit-in-language = { $language } భాషలో

## కోర్సుల జాబితా
catalog-heading = కోర్సుల జాబితా
catalog-search-label = కోర్సులను వెతకండి
catalog-search-placeholder = శీర్షిక, అంశం లేదా అందించే సంస్థ
catalog-more = మరిన్ని కోర్సులు చూపించు
catalog-earlier = మునుపటి కోర్సులను చూపు
catalog-loading-more = మరిన్ని కోర్సులలో వెతుకుతోంది…
catalog-language-label = భాష
catalog-language-any = అన్ని భాషలు
catalog-count = { $count ->
    [0] సరిపోయే కోర్సులు లేవు.
    [one] ఒక కోర్సు
   *[other] { $count } కోర్సులు
}
catalog-empty = మీ శోధనకు సరిపోయే కోర్సు ఏదీ లేదు. వేరే పదాన్ని ప్రయత్నించండి లేదా అన్ని భాషలను ఎంచుకోండి.
catalog-rejected = { $count ->
    [one] ఈ జాబితాలోని ఒక కోర్సును చూపించలేకపోయాము:
   *[other] ఈ జాబితాలోని { $count } కోర్సులను చూపించలేకపోయాము:
}
catalog-source-notice = ఈ జాబితాలో కొన్ని కోర్సులు లేవు:
catalog-source-unreachable = { $source }ను చేరుకోలేకపోయాము: సైట్ పనిచేయకపోవచ్చు, లేదా అది ఈ ప్లేయర్‌ను తన కోర్సులను చదవనివ్వకపోవచ్చు.
catalog-source-status = { $source } ఒక లోపంతో సమాధానమిచ్చింది (HTTP { $status }).
catalog-source-too-large = { $source } { $limit } కంటే పెద్దది; ఈ ప్లేయర్ ఒక కేటలాగ్ కోసం అంతకంటే ఎక్కువ చదవదు.
catalog-source-invalid = { $source } ఈ ప్లేయర్ చదవగలిగే కోర్సుల కేటలాగ్ కాదు: { $detail }
catalog-source-left-out = { $source } నుండి “{ $course }”ను వదిలివేశాము: మరొక కోర్సు ఇప్పటికే దాని చిరునామా /course/{ $id }ను ఉపయోగిస్తోంది.
course-provider = ప్రదాత: { $provider }
course-languages = భాషలు: { $languages }
course-size = డౌన్‌లోడ్ పరిమాణం: { $size }
course-open = కోర్సును తెరవండి
course-continue = కొనసాగించండి
course-progress = { $percent } పూర్తయింది

## కోర్సు
course-outline = కోర్సు విషయసూచిక
outline-show-earlier = మునుపటి విభాగాలను చూపించు ({ $count } దాచినవి)
outline-show-later = తరువాతి విభాగాలను చూపించు ({ $count } దాచినవి)
course-start = కోర్సును ప్రారంభించండి
course-units = { $count ->
    [one] ఒక విభాగం
   *[other] { $count } విభాగాలు
}
unit-ordinal = విభాగం { $index } (మొత్తం { $total })
unit-state-not-started = ప్రారంభించలేదు
unit-state-in-progress = కొనసాగుతోంది
unit-state-completed = పూర్తయింది
unit-state-passed = ఉత్తీర్ణులయ్యారు
unit-state-failed = ఇంకా ఉత్తీర్ణులు కాలేదు
unit-kind-video = వీడియో
unit-kind-audio = ఆడియో
unit-kind-reading = పఠనం
unit-kind-quiz = క్విజ్
unit-kind-document = పత్రం
unit-kind-interactive = కార్యాచరణ
unit-kind-unknown = కొత్త రకం విభాగం
unit-previous = మునుపటిది
unit-next = తదుపరి
unit-mark-done = పూర్తయినట్లు గుర్తించండి
unit-done = పూర్తయింది
back-to-catalog = అన్ని కోర్సులు
course-search-label = ఈ కోర్సులో వెతకండి
course-search-count = { $count ->
    [0] ఫలితాలు లేవు
    [one] ఒక ఫలితం
   *[other] { $count } ఫలితాలు
}
course-search-more = { $count ->
    [one] మొదటి ఫలితం మాత్రమే చూపబడింది; శోధనను కుదించడానికి మరిన్ని పదాలు జోడించండి.
   *[other] మొదటి { $count } ఫలితాలు మాత్రమే చూపబడ్డాయి; శోధనను కుదించడానికి మరిన్ని పదాలు జోడించండి.
}
course-search-subtitles = ఉపశీర్షికల్లో కూడా వెతుకుతోంది…
course-search-incomplete = కొన్ని ఉపశీర్షికల్లో వెతకలేకపోయాము.
course-search-in-title = శీర్షిక
course-search-in-reading = పఠనం
course-search-in-transcript = లిఖిత ప్రతి
course-search-in-subtitle = ఉపశీర్షిక, { $time } వద్ద
course-search-in-quiz = క్విజ్ ప్రశ్న

## మీడియా
media-speed = వేగం
media-subtitles = ఉపశీర్షికలు
media-subtitles-off = ఆఫ్
media-subtitles-second = రెండవ ఉపశీర్షికలు
media-fullscreen = పూర్తి స్క్రీన్
media-fullscreen-exit = పూర్తి స్క్రీన్ నుండి నిష్క్రమించండి
media-shortcuts = కీబోర్డ్ షార్ట్‌కట్‌లు
media-shortcuts-hint = వీడియో లేదా ఆడియో ప్లేయర్‌పై ఫోకస్ ఉన్నప్పుడు:
# The name of the space bar key, as printed on keyboards.
media-key-space = స్పేస్
media-key-play = ప్లే లేదా పాజ్
media-key-seek = 5 సెకన్లు వెనుకకు లేదా ముందుకు
media-key-speed = నెమ్మదిగా లేదా వేగంగా
media-key-captions = ఉపశీర్షికలు ఆన్ లేదా ఆఫ్
media-key-fullscreen = పూర్తి స్క్రీన్ ఆన్ లేదా ఆఫ్
media-transcript = లిఖిత ప్రతి
media-watched = { $percent } చూశారు
media-unsupported = మీ బ్రౌజర్ ఈ మీడియాను ప్లే చేయలేదు. వేరే బ్రౌజర్‌ను ప్రయత్నించండి, లేదా దీన్ని డౌన్‌లోడ్ చేసుకోండి:

## పఠనం మరియు పత్రం
reading-end = పఠనం ముగింపు
document-download = PDFను డౌన్‌లోడ్ చేయండి ({ $size })
document-download-nosize = PDFను డౌన్‌లోడ్ చేయండి
document-fallback = మీ బ్రౌజర్ ఇక్కడ PDFలను చూపించలేదు. చదవడానికి దీన్ని డౌన్‌లోడ్ చేసుకోండి.
document-not-pdf = { $file } PDF ఫైల్ కాదు. పత్రం యూనిట్ “%PDF-”తో మొదలయ్యే PDF ఫైల్‌లను మాత్రమే చూపిస్తుంది.

## క్విజ్
quiz-passing = ఉత్తీర్ణత సాధించడానికి మీకు { $percent } అవసరం.
quiz-attempts-left = { $count ->
    [one] ఇంకా ఒక ప్రయత్నం మిగిలి ఉంది
   *[other] ఇంకా { $count } ప్రయత్నాలు మిగిలి ఉన్నాయి
}
quiz-attempts-unlimited = అపరిమిత ప్రయత్నాలు
quiz-attempts-used = { $count ->
    [one] మీకున్న ఒక్క ప్రయత్నాన్నీ ఉపయోగించారు.
   *[other] మీ { $count } ప్రయత్నాలనూ ఉపయోగించారు.
}
quiz-question = ప్రశ్న { $index }
quiz-true = ఒప్పు
quiz-false = తప్పు
quiz-answer-label = మీ సమాధానం
quiz-submit = సమాధానాలను సమర్పించండి
quiz-retry = మళ్లీ ప్రయత్నించండి
quiz-score = మీ స్కోరు: { $score }
quiz-passed = ఉత్తీర్ణులయ్యారు — అభినందనలు!
quiz-failed = ఇంకా ఉత్తీర్ణులు కాలేదు.
quiz-best = ఇప్పటివరకు అత్యుత్తమ స్కోరు: { $score }
quiz-correct = సరైన సమాధానం
quiz-incorrect = సరికాని సమాధానం
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = సమీక్ష: ప్రతి ప్రశ్నకు సరైన సమాధానం చూపబడింది.
quiz-right-answer = సరైన జవాబు

## ఇంటరాక్టివ్
interactive-title = ఇంటరాక్టివ్ కార్యాచరణ: { $title }
interactive-hint = ఈ విభాగాన్ని ముగించడానికి కార్యాచరణను పూర్తి చేయండి.

## నిల్వ
storage-quota = ఈ బ్రౌజర్‌లో ప్లేయర్ కోసం ఉన్న నిల్వ నిండిపోయింది, అందువల్ల మీ తాజా పురోగతిని సేవ్ చేయలేకపోయాము. కొంత స్థలాన్ని ఖాళీ చేయండి (బ్రౌజర్ సెట్టింగ్‌లలో డౌన్‌లోడ్ చేసిన కోర్సులను లేదా ఇతర సైట్‌ల డేటాను తీసివేయండి), ఆపై కొనసాగించండి: ఇంతకు ముందు సేవ్ చేసినది ఏదీ పోలేదు.
storage-unavailable = మీ పురోగతిని నిల్వ చేయడానికి ఈ బ్రౌజర్ ప్లేయర్‌ను అనుమతించదు, కాబట్టి మీరు పేజీని మూసివేసే వరకు మాత్రమే అది ఉంటుంది. ప్రైవేట్ విండోలు తరచుగా నిల్వను నిరోధిస్తాయి.
storage-write-failed = మీ తాజా పురోగతిని ఇంకా సేవ్ చేయలేకపోయాము. అది ఈ పేజీలో ఉంచబడింది, మీ తదుపరి దశతో సేవ్ అవుతుంది.

## అభ్యాస పురోగతి రికార్డు
nav-transcript = నా పురోగతి
transcript-heading = నా పురోగతి
transcript-empty = మీరు ఇంకా ఏ కోర్సునూ ప్రారంభించలేదు.
transcript-unit-score = స్కోరు: { $score }
transcript-time-spent = వెచ్చించిన సమయం: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = xAPI స్టేట్‌మెంట్‌లుగా డౌన్‌లోడ్ చేయండి (JSON)
transcript-export-csv = స్ప్రెడ్‌షీట్‌గా డౌన్‌లోడ్ చేయండి (CSV)
transcript-reset = ఈ కోర్సులో నా పురోగతిని రీసెట్ చేయండి
transcript-reset-confirm = “{ $course }”లో మీ పురోగతి మొత్తాన్ని రీసెట్ చేయాలా? ఈ చర్యను రద్దు చేయడం సాధ్యం కాదు.

## లెర్నింగ్ రికార్డ్ స్టోర్ (LRS)కు పంపడం; హెడర్‌లో మరియు సెట్టింగ్‌ల పేజీలో చూపబడుతుంది
nav-settings = సెట్టింగ్‌లు
sync-off = ఈ పరికరంలో సేవ్ చేయబడింది
sync-off-detail = లెర్నింగ్ రికార్డ్ స్టోర్‌కు కనెక్ట్ కాలేదు: మీ పురోగతి ఈ బ్రౌజర్‌లోనే ఉంటుంది. మీరు పూర్తి చేసినవాటిని మీ సంస్థకు పంపడానికి, సెట్టింగ్‌లలో ఒక స్టోర్‌ను కనెక్ట్ చేయండి.
sync-done = అన్నీ పంపబడ్డాయి
sync-pending = { $count ->
    [one] ఒక రికార్డు పంపడానికి వేచి ఉంది
   *[other] { $count } రికార్డులు పంపడానికి వేచి ఉన్నాయి
}
sync-last-delivery = చివరిగా పంపినది: { $date }
sync-error-offline = మీరు ఆఫ్‌లైన్‌లో ఉన్నారు. మీ రికార్డులు భద్రంగా ఉంటాయి, కనెక్షన్ తిరిగి వచ్చినప్పుడు పంపబడతాయి.
sync-error-unreachable = లెర్నింగ్ రికార్డ్ స్టోర్‌ను చేరుకోలేకపోయాము. కొద్దిసేపట్లో మళ్లీ ప్రయత్నిస్తాము; ఏదీ పోదు.
sync-error-server = లెర్నింగ్ రికార్డ్ స్టోర్‌లో సమస్య ఉంది (HTTP { $status }). కొద్దిసేపట్లో మళ్లీ ప్రయత్నిస్తాము; ఏదీ పోదు.
sync-error-unauthorized = లెర్నింగ్ రికార్డ్ స్టోర్ మీ లాగిన్ వివరాలను తిరస్కరించింది. సెట్టింగ్‌లలో వాటిని మళ్లీ నమోదు చేయండి; అప్పటివరకు మీ రికార్డులు భద్రంగా ఉంటాయి.
sync-error-not-found = ఈ చిరునామాలో లెర్నింగ్ రికార్డ్ స్టోర్ ఏదీ లేదు. సెట్టింగ్‌లలో చిరునామాను తనిఖీ చేయండి; అప్పటివరకు మీ రికార్డులు భద్రంగా ఉంటాయి.
sync-error-version = ఈ లెర్నింగ్ రికార్డ్ స్టోర్ xAPI యొక్క వేరే వెర్షన్‌ను ఉపయోగిస్తోంది ({ $detail }). xAPI 1.0.3 లేదా 2.0.0ను ఉపయోగించే చిరునామా కోసం మీ సంస్థను అడగండి.
sync-error-storage = పంపడానికి వేచి ఉన్న రికార్డులను ఈ బ్రౌజర్ నిల్వ నుండి చదవలేకపోయాము ({ $detail }).
sync-set-aside = { $count ->
    [one] ఒక రికార్డును లెర్నింగ్ రికార్డ్ స్టోర్ తిరస్కరించింది
   *[other] { $count } రికార్డులను లెర్నింగ్ రికార్డ్ స్టోర్ తిరస్కరించింది
}
sync-set-aside-detail = ఈ రికార్డులు స్టోర్ ఇచ్చిన సమాధానంతో పాటు ఇక్కడ ఉంచబడ్డాయి, కాబట్టి ఏమి సరిచేయాలో మీరు లేదా మీ సంస్థ చూడవచ్చు.
settings-heading = సెట్టింగ్‌లు
settings-lrs-heading = లెర్నింగ్ రికార్డ్ స్టోర్
settings-lrs-intro = మీరు పూర్తి చేసినవి, మీ స్కోర్లు మీ సంస్థ రికార్డులకు చేరేలా మీ సంస్థ ఈ వివరాలను మీకు ఇస్తుంది.
settings-lrs-endpoint = చిరునామా (xAPI ఎండ్‌పాయింట్)
settings-lrs-key = కీ లేదా యూజర్ పేరు
settings-lrs-secret = సీక్రెట్ లేదా పాస్‌వర్డ్
settings-lrs-token = లేదా యాక్సెస్ టోకెన్
settings-lrs-name = మీ పేరు
settings-lrs-email = మీ ఈమెయిల్ చిరునామా
settings-lrs-connect = కనెక్ట్ చేయండి
settings-lrs-disconnect = డిస్‌కనెక్ట్ చేయండి
settings-lrs-connected = { $endpoint }కు { $who }గా కనెక్ట్ అయ్యారు.
settings-lrs-invalid-endpoint = https:// లేదా http://తో ప్రారంభమయ్యే లెర్నింగ్ రికార్డ్ స్టోర్ చిరునామాను నమోదు చేయండి.
settings-lrs-invalid-email = మీ రికార్డులు మీ పేరుతో నమోదు కావడానికి, మీ ఈమెయిల్ చిరునామాను నమోదు చేయండి.
cmi5-unit-needs-worker = ఈ కార్యకలాపానికి ప్లేయర్ ఇన్‌స్టాల్ పూర్తి కావాలి: తెరవడానికి పేజీని మళ్లీ లోడ్ చేయండి.
cmi5-exit = నిష్క్రమించు
cmi5-exiting = సేవ్ చేసి తిరిగి వెళ్తోంది…
cmi5-browse = బ్రౌజింగ్: ఇక్కడ మీరు చేసేది ఏదీ నమోదు కాదు.
cmi5-review = సమీక్ష: ఇక్కడ మీరు చేసేది ఏదీ నమోదు కాదు.
cmi5-ended = ఈ సెషన్ ముగిసింది. మరింత నమోదు చేయడానికి మీ అభ్యాస వేదిక నుండి కోర్సును మళ్లీ తెరవండి.
settings-lrs-launch-failed = పని చేయని సైన్-ఇన్‌తో కోర్సు తెరవబడింది ({ $detail }). మీ సంస్థ సైట్ నుండి దాన్ని మళ్లీ తెరవండి.

sources-heading = కోర్సుల మూలాలు
sources-intro = కోర్సుల జాబితా కింది కేటలాగ్‌లను ఒకచోట చేర్చుతుంది. మరొక విశ్వవిద్యాలయం లేదా కోర్సు ప్రదాత కేటలాగ్‌ను దాని చిరునామాతో జోడించవచ్చు; అది ఈ పరికరంలో మీ కోసం ఉంచబడుతుంది.
sources-site = ఈ సైట్ ఎంచుకుంది
sources-remove = తీసివేయండి
sources-add-label = మూలాన్ని జోడించండి: దాని కేటలాగ్ చిరునామా
sources-check = తనిఖీ చేయండి
sources-preview = { $count ->
    [one] ఒక కోర్సు
   *[other] { $count } కోర్సులు
}
sources-add-confirm = ఈ మూలాన్ని జోడించండి
sources-added = జోడించాము: దాని కోర్సులు ఇప్పుడు కోర్సుల జాబితాలో ఉన్నాయి.
sources-removed = తీసివేశాము: దాని కోర్సులు ఇకపై కోర్సుల జాబితాలో లేవు.
sources-invalid-url = https://తో ప్రారంభమయ్యే చిరునామాను నమోదు చేయండి (లేదా ఈ సైట్‌లోని ఒక పాత్, ఉదా. /courses/catalog.json).
sources-duplicate = ఈ కేటలాగ్ ఇప్పటికే జాబితాలో ఉంది.
sources-full = మీ మూలాల జాబితా నిండిపోయింది. మరొకటి జోడించడానికి ఒకదాన్ని తీసివేయండి.

## మద్దతు లేనివి మరియు లోపాలు
unit-needs-newer-player = ఈ విభాగానికి ప్లేయర్ యొక్క కొత్త వెర్షన్ అవసరం
unit-needs-newer-player-detail = ఇది “{ $kind }” రకం విభాగం, దీన్ని Alliance Player యొక్క ఈ వెర్షన్ ఇంకా గుర్తించదు. కోర్సులోని మిగతా భాగాలు పని చేస్తాయి; మీ కోర్సు ప్రదాతను అడగండి లేదా ప్లేయర్‌ను అప్‌డేట్ చేయండి.
error-heading = ఏదో పొరపాటు జరిగింది
error-catalog = కోర్సుల జాబితాను లోడ్ చేయలేకపోయాము.
error-document = ఈ పత్రాన్ని చూపించలేము.
error-course = ఈ కోర్సును తెరవలేకపోయాము.
error-course-not-found = ఈ జాబితాలో “{ $course }” అనే కోర్సు లేదు.
error-unit-not-found = ఈ కోర్సులో “{ $unit }” అనే విభాగం లేదు.
error-page-not-found = ఈ పేజీ ఉనికిలో లేదు.
error-retry = మళ్లీ ప్రయత్నించండి
error-part-unavailable = ప్లేయర్‌లోని ఈ భాగాన్ని డౌన్‌లోడ్ చేయలేకపోయాము. మీ ఇంటర్నెట్ కనెక్షన్‌ను తనిఖీ చేసి, ఆపై మళ్లీ ప్రయత్నించండి.
error-what-to-do = సమస్య కొనసాగితే, పైన చూపినదాన్ని కోర్సు ప్రదాతకు తెలియజేయండి.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = ఆఫ్‌లైన్
offline-indicator-detail = మీరు ఆఫ్‌లైన్‌లో ఉన్నారు. డౌన్‌లోడ్ చేసిన కోర్సులు ఎప్పటిలాగే ప్లే అవుతాయి; మీ పురోగతి ఈ పరికరంలో సేవ్ అవుతుంది, మీరు మళ్లీ ఆన్‌లైన్‌కు వచ్చినప్పుడు పంపబడుతుంది.
update-ready = Alliance Player యొక్క కొత్త వెర్షన్ సిద్ధంగా ఉంది.
update-reload = అప్‌డేట్ చేయడానికి రీలోడ్ చేయండి
download-heading = ఆఫ్‌లైన్ వినియోగం
download-course = ఆఫ్‌లైన్ వినియోగం కోసం డౌన్‌లోడ్ చేయండి ({ $size })
download-resume = డౌన్‌లోడ్‌ను కొనసాగించండి ({ $size } మిగిలి ఉంది)
download-progress = { $total }లో { $done } · { $unitsTotal } విభాగాల్లో { $units }
download-cancel = రద్దు చేయండి
download-done = డౌన్‌లోడ్ అయింది: ఈ కోర్సు ఆఫ్‌లైన్‌లో పని చేస్తుంది ({ $size }).
download-remove = డౌన్‌లోడ్‌ను తీసివేయండి
download-stored-partly = { $total }లో { $done } ఇప్పటికే ఈ పరికరంలో ఉంది.
download-failed = డౌన్‌లోడ్ ఆగిపోయింది: { $detail } ఇప్పటికే నిల్వ అయినది అలాగే ఉంటుంది; కొనసాగడానికి “డౌన్‌లోడ్‌ను కొనసాగించండి” నొక్కండి.
download-file-mismatch = { $file } చెక్కుచెదరకుండా అందలేదు (ఆశించినది { $expected }, అందినది { $got }).
download-file-failed = { $file }ను డౌన్‌లోడ్ చేయలేకపోయాము ({ $detail }).
download-no-cors = { $host } ఈ ప్లేయర్‌ను తన ఫైళ్లను చదవనివ్వదు (అది CORS హెడర్‌లను పంపదు), కాబట్టి వాటిని తనిఖీ చేసి నిల్వ చేయలేము. దాని నిర్వాహకులు కోర్సులోని ప్రతి ఫైల్‌తో Access-Control-Allow-Origin పంపాలి.
download-quota = ఈ పరికరంలో కోర్సు కోసం ఇక స్థలం లేదు. కొంత స్థలాన్ని ఖాళీ చేయండి లేదా మరో డౌన్‌లోడ్‌ను తీసివేయండి, ఆపై కొనసాగించండి.
download-storage = ఈ పరికరంలో ఈ బ్రౌజర్ ఉపయోగించుకోగల { $available }లో { $used } ఉపయోగిస్తోంది.
download-persistent = మీరు తీసివేసే వరకు డౌన్‌లోడ్‌లు అలాగే ఉంటాయి.
download-not-persistent = పరికరంలో స్థలం తక్కువైతే బ్రౌజర్ డౌన్‌లోడ్‌లను తీసివేయవచ్చు.
download-needs-network = మీరు ఆఫ్‌లైన్‌లో ఉన్నారు. ఈ కోర్సును డౌన్‌లోడ్ చేయడానికి ఇంటర్నెట్‌కు కనెక్ట్ అవ్వండి.
data-saver = డేటా సేవర్
data-saver-help = మీరు ప్లే నొక్కినప్పుడు మాత్రమే మీడియా లోడ్ అవుతుంది, లిఖిత ప్రతులు ముందుగా వస్తాయి, మీడియా పక్కన దాని పరిమాణం చూపబడుతుంది.
media-size = లోడ్ చేయాల్సిన పరిమాణం: { $size }

## Notes and bookmarks
notes-heading = నా గమనికలు
notes-bookmark = ఈ విభాగాన్ని బుక్‌మార్క్ చేయండి
notes-bookmarked = బుక్‌మార్క్ చేయబడింది
notes-bookmark-moment = ఈ క్షణాన్ని బుక్‌మార్క్ చేయండి
notes-note-label = ఈ విభాగంపై మీ గమనిక
notes-save = గమనికను సేవ్ చేయండి
notes-saved = సేవ్ అయింది.
notes-delete = తొలగించండి
# A moment of a video or audio, e.g. "At 1:05".
notes-at = { $time } వద్ద
notes-empty = ఈ కోర్సులో ఇంకా గమనికలు లేదా బుక్‌మార్క్‌లు లేవు. ఒక విభాగాన్ని లేదా వీడియోలోని ఒక క్షణాన్ని బుక్‌మార్క్ చేసి, దానిపై గమనిక రాయండి.
notes-where = మీ గమనికలు ఈ పరికరంలో ఉంటాయి, లెర్నింగ్ రికార్డ్ స్టోర్ కనెక్ట్ అయి ఉన్నప్పుడు దానికి కూడా చేరుతాయి.
notes-too-long = ఒక గమనికలో గరిష్టంగా { $max } అక్షరాలు ఉండవచ్చు.
notes-too-many = ఈ కోర్సులో ఉంచగలిగినన్ని గమనికలు ఇప్పటికే ఉన్నాయి: మరొకటి జోడించడానికి ఒకదాన్ని తొలగించండి.

## Accessibility
unit-nav-label = మునుపటి మరియు తదుపరి విభాగం
captions-always = వీడియో లేదా ఆడియోకు ఉపశీర్షికలు ఉన్నప్పుడల్లా వాటిని చూపించండి (మీ భాషలో ఉంటే ఆ భాషలో, లేకపోతే కోర్సు భాషలో)
caption-style = ఉపశీర్షికల శైలి
caption-size = టెక్స్ట్ పరిమాణం
caption-colour = టెక్స్ట్ రంగు
caption-background = నేపథ్యం
caption-colour-white = తెలుపు
caption-colour-yellow = పసుపు
caption-colour-cyan = సియాన్
caption-colour-green = ఆకుపచ్చ
caption-colour-magenta = మెజెంటా
caption-colour-black = నలుపు
caption-background-black = నలుపు, పాక్షిక పారదర్శకం
caption-background-solid-black = నలుపు
caption-background-white = తెలుపు
caption-background-transparent = ఏదీ లేదు
caption-background-blue = నీలం
caption-preview = ఉపశీర్షికలు ఇలా కనిపిస్తాయి.
caption-unreadable = ఈ నేపథ్యంపై ఈ టెక్స్ట్ చదవడం కష్టం: వేరే రంగును లేదా నేపథ్యాన్ని ఎంచుకోండి.
launch-other = ఈ లింక్ మీ అభ్యాస రికార్డులను { $who }గా { $endpoint }కు పంపుతుంది. మీరు ప్రస్తుతం { $current }కు { $current_who }గా అనుసంధానమై ఉన్నారు.
launch-switch = ఈ అనుసంధానానికి మారండి
launch-keep = నా అనుసంధానాన్ని ఉంచండి

launch-other-learner = ఈ లింక్ { $who } కోసం. ఇప్పుడు { $current_who } ప్లేయర్‌ను ఉపయోగిస్తున్నారు. { $who }కు మారాలా?
launch-switch-learner = అభ్యాసకుడిని మార్చండి

## Learners
learners-heading = ఈ పరికరంలోని అభ్యాసకులు
learners-locked = { $name } ప్లేయర్‌ను ఉపయోగిస్తున్నారు
learner-unnamed = నేను
learner-now = ఇప్పుడు ప్లేయర్‌ను ఉపయోగిస్తున్నారు
learner-switch = ఈ అభ్యాసకుడికి మారండి
learner-rename = పేరు మార్చండి
learner-name = పేరు
learner-save = సేవ్ చేయండి
learner-cancel = రద్దు చేయండి
learner-remove = తీసివేయండి
learner-remove-ask = { $name }ను ఈ పరికరం నుండి తీసివేయాలా? ఈ పరికరంలో వారి పురోగతి, పంపడానికి వేచి ఉన్న రికార్డులు, సెట్టింగ్‌లు తొలగించబడతాయి. డౌన్‌లోడ్ చేసిన కోర్సులు అలాగే ఉంటాయి.
learner-removed = { $name } తీసివేయబడ్డారు.
learner-pin = PIN (నాలుగు అంకెలు, ఐచ్ఛికం)
learner-pin-label = PIN
learner-pin-for = { $name } PIN
learner-pin-new = కొత్త PIN (నాలుగు అంకెలు)
learner-pin-set = PIN సెట్ చేయండి
learner-pin-remove = PIN తీసివేయండి
learner-pin-open = కొనసాగించండి
learner-pin-note = ఈ పరికరాన్ని పంచుకునేవారు ఒకరి పురోగతిలోకి మరొకరు వెళ్లకుండా PIN ఆపుతుంది. ఇది గోప్యత కోసం, భద్రత కోసం కాదు.
learner-add-heading = అభ్యాసకుడిని జోడించండి
learner-add = జోడించండి
learner-added = { $name } జోడించబడ్డారు.
learner-saved = సేవ్ అయింది.
learner-error-empty = పేరు నమోదు చేయండి.
learner-error-long = ఈ పేరు చాలా పొడవుగా ఉంది.
learner-error-taken = ఈ పరికరంలో ఇప్పటికే { $name } అనే పేరుతో ఒకరు ఉన్నారు.
learner-error-pin = PIN సరిగ్గా నాలుగు అంకెలు ఉండాలి.
learner-error-full = ఈ పరికరంలో మరిన్ని అభ్యాసకులకు చోటు లేదు. ముందు ఒకరిని తీసివేయండి.
learner-error-unknown = అభ్యాసకుల జాబితాను మార్చడం కుదరలేదు. పేజీని మళ్లీ లోడ్ చేసి మళ్లీ ప్రయత్నించండి.
learner-error-wrong-pin = ఆ PIN సరైనది కాదు.
signout-ask = { $count ->
    [one] ఒక రికార్డు ఇంకా పంపబడలేదు.
   *[other] { $count } రికార్డులు ఇంకా పంపబడలేదు.
}
signout-keep = { $count ->
    [one] వేచి ఉన్న రికార్డును మళ్లీ కనెక్ట్ అయ్యేవరకు ఉంచండి
   *[other] వేచి ఉన్న { $count } రికార్డులను మళ్లీ కనెక్ట్ అయ్యేవరకు ఉంచండి
}
signout-discard = { $count ->
    [one] దాన్ని విస్మరించండి
   *[other] వాటిని విస్మరించండి
}
