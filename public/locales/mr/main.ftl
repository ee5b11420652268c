# Alliance Player interface strings — मराठी
# अनुवादकांसाठी: प्रत्येक संदेश-ओळख आणि प्रत्येक { $variable } जसेच्या तसे ठेवा; फक्त मजकुराचा अनुवाद करा.
# $percent, $score आणि $size तयार मजकूर म्हणून येतात (उदा. "45 %" किंवा "1.4 MB").

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = मराठी
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = मुख्य मजकुराकडे जा
# In the header where the browser offers to install the player as an app.
install-app = ॲप इन्स्टॉल करा
install-app-hint = Alliance Player या डिव्हाइसवर इन्स्टॉल करा: तो तुमच्या ॲप्समधून, स्वतःच्या विंडोमध्ये उघडतो, ऑफलाइनसुद्धा.
nav-catalog = अभ्यासक्रम
loading = लोड होत आहे…

## भाषा
language-picker-label = इंटरफेसची भाषा
language-picker-search = भाषा शोधा
language-picker-none = तुमच्या शोधाशी जुळणारी कोणतीही भाषा नाही.
content-language-label = अभ्यासक्रमाची भाषा
content-language-auto = इंटरफेसच्या भाषेप्रमाणेच
# ज्या घटकाचा मजकूर विद्यार्थ्याच्या अभ्यासक्रम-भाषेत नाही त्याच्या शेजारी रूपरेषेत दाखवले जाते, उदा. "English भाषेत".
unit-in-language = { $language } भाषेत

## अभ्यासक्रमांची सूची
catalog-heading = अभ्यासक्रमांची सूची
catalog-search-label = अभ्यासक्रम शोधा
catalog-search-placeholder = शीर्षक, विषय किंवा प्रदाता
catalog-more = आणखी अभ्यासक्रम दाखवा
catalog-earlier = मागील अभ्यासक्रम दाखवा
catalog-loading-more = आणखी अभ्यासक्रम पाहत आहे…
catalog-language-label = भाषा
catalog-language-any = सर्व भाषा
catalog-count = { $count ->
    [0] जुळणारा कोणताही अभ्यासक्रम नाही.
    [one] एक अभ्यासक्रम
   *[other] { $count } अभ्यासक्रम
}
catalog-empty = तुमच्या शोधाशी जुळणारा कोणताही अभ्यासक्रम नाही. दुसरा शब्द वापरून पाहा किंवा सर्व भाषा निवडा.
catalog-rejected = { $count ->
    [one] या सूचीतील एक अभ्यासक्रम दाखवता आला नाही:
   *[other] या सूचीतील { $count } अभ्यासक्रम दाखवता आले नाहीत:
}
catalog-source-notice = या सूचीतून काही अभ्यासक्रम गहाळ आहेत:
catalog-source-unreachable = { $source } पर्यंत पोहोचता आले नाही: साइट बंद असू शकते, किंवा ती या प्लेअरला तिचे अभ्यासक्रम वाचू देत नाही.
catalog-source-status = { $source } ने त्रुटीसह उत्तर दिले (HTTP { $status }).
catalog-source-too-large = { $source } हे { $limit } पेक्षा मोठे आहे; हा प्लेअर एका कॅटलॉगसाठी यापेक्षा जास्त वाचत नाही.
catalog-source-invalid = { $source } हा अभ्यासक्रमांचा असा कॅटलॉग नाही जो हा प्लेअर वाचू शकेल: { $detail }
catalog-source-left-out = { $source } मधील “{ $course }” वगळला आहे: दुसऱ्या अभ्यासक्रमाकडे आधीच त्याचा पत्ता /course/{ $id } आहे.
course-provider = प्रदाता: { $provider }
course-languages = भाषा: { $languages }
course-size = डाउनलोड आकार: { $size }
course-open = अभ्यासक्रम उघडा
course-continue = पुढे सुरू ठेवा
course-progress = { $percent } पूर्ण

## अभ्यासक्रम
course-outline = अभ्यासक्रमाची रूपरेषा
outline-show-earlier = आधीचे घटक दाखवा ({ $count } लपवलेले)
outline-show-later = पुढील घटक दाखवा ({ $count } लपवलेले)
course-start = अभ्यासक्रम सुरू करा
course-units = { $count ->
    [one] एक घटक
   *[other] { $count } घटक
}
unit-ordinal = घटक { $index } ({ $total } पैकी)
unit-state-not-started = सुरू केलेले नाही
unit-state-in-progress = सुरू आहे
unit-state-completed = पूर्ण झाले
unit-state-passed = उत्तीर्ण
unit-state-failed = अद्याप उत्तीर्ण नाही
unit-kind-video = व्हिडिओ
unit-kind-audio = ऑडिओ
unit-kind-reading = वाचन
unit-kind-quiz = प्रश्नमंजूषा
unit-kind-document = दस्तऐवज
unit-kind-interactive = उपक्रम
unit-kind-unknown = नवीन प्रकारचा घटक
unit-previous = मागील
unit-next = पुढील
unit-mark-done = पूर्ण झाले म्हणून खूण करा
unit-done = पूर्ण झाले
back-to-catalog = सर्व अभ्यासक्रम
course-search-label = या अभ्यासक्रमात शोधा
course-search-count = { $count ->
    [0] कोणताही परिणाम नाही
    [one] एक परिणाम
   *[other] { $count } परिणाम
}
course-search-more = { $count ->
    [one] फक्त पहिला परिणाम दाखवला आहे; शोध मर्यादित करण्यासाठी आणखी शब्द जोडा.
   *[other] फक्त पहिले { $count } परिणाम दाखवले आहेत; शोध मर्यादित करण्यासाठी आणखी शब्द जोडा.
}
course-search-subtitles = उपशीर्षकांमध्येही शोधत आहे…
course-search-incomplete = काही उपशीर्षकांमध्ये शोधता आले नाही.
course-search-in-title = शीर्षक
course-search-in-reading = वाचन
course-search-in-transcript = प्रतिलेख
course-search-in-subtitle = उपशीर्षक, { $time } वर
course-search-in-quiz = प्रश्नमंजूषेतील प्रश्न

## माध्यम
media-speed = वेग
media-subtitles = उपशीर्षके
media-subtitles-off = बंद
media-subtitles-second = दुसरी उपशीर्षके
media-fullscreen = पूर्ण स्क्रीन
media-fullscreen-exit = पूर्ण स्क्रीनमधून बाहेर पडा
media-shortcuts = कीबोर्ड शॉर्टकट
media-shortcuts-hint = व्हिडिओ किंवा ऑडिओ प्लेअरवर फोकस असताना:
# The name of the space bar key, as printed on keyboards.
media-key-space = स्पेस
media-key-play = प्ले किंवा पॉज करा
media-key-seek = ५ सेकंद मागे किंवा पुढे
media-key-speed = हळू किंवा जलद
media-key-captions = उपशीर्षके चालू किंवा बंद
media-key-fullscreen = पूर्ण स्क्रीन चालू किंवा बंद
media-transcript = प्रतिलेख
media-watched = { $percent } पाहिले
media-unsupported = तुमचा ब्राउझर हे माध्यम चालवू शकत नाही. दुसरा ब्राउझर वापरून पाहा, किंवा ते डाउनलोड करा:

## वाचन आणि दस्तऐवज
reading-end = वाचनाचा शेवट
document-download = PDF डाउनलोड करा ({ $size })
document-download-nosize = PDF डाउनलोड करा
document-fallback = तुमचा ब्राउझर येथे PDF दाखवू शकत नाही. वाचण्यासाठी ती डाउनलोड करा.
document-not-pdf = { $file } ही PDF फाइल नाही. दस्तऐवज एकक फक्त PDF फाइल दाखवते, ज्या “%PDF-” ने सुरू होतात.

## प्रश्नमंजूषा
quiz-passing = उत्तीर्ण होण्यासाठी तुम्हाला { $percent } आवश्यक आहे.
quiz-attempts-left = { $count ->
    [one] एक प्रयत्न शिल्लक आहे
   *[other] { $count } प्रयत्न शिल्लक आहेत
}
quiz-attempts-unlimited = अमर्याद प्रयत्न
quiz-attempts-used = { $count ->
    [one] तुम्ही तुमचा एकमेव प्रयत्न वापरला आहे.
   *[other] तुम्ही सर्व { $count } प्रयत्न वापरले आहेत.
}
quiz-question = प्रश्न { $index }
quiz-true = सत्य
quiz-false = असत्य
quiz-answer-label = तुमचे उत्तर
quiz-submit = उत्तरे सादर करा
quiz-retry = पुन्हा प्रयत्न करा
quiz-score = तुमचे गुण: { $score }
quiz-passed = उत्तीर्ण — अभिनंदन!
quiz-failed = अद्याप उत्तीर्ण नाही.
quiz-best = आतापर्यंतचे सर्वोत्तम गुण: { $score }
quiz-correct = बरोबर
quiz-incorrect = चूक
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = पुनरावलोकन: प्रत्येक प्रश्नाचे बरोबर उत्तर दाखवले आहे.
quiz-right-answer = बरोबर उत्तर

## परस्परसंवादी
interactive-title = परस्परसंवादी उपक्रम: { $title }
interactive-hint = हा घटक पूर्ण करण्यासाठी उपक्रम पूर्ण करा.

## साठवण
storage-quota = या ब्राउझरमधील प्लेअरसाठीची साठवण भरली आहे, त्यामुळे तुमची अलीकडील प्रगती जतन करता आली नाही. थोडी जागा मोकळी करा (ब्राउझरच्या सेटिंग्जमध्ये डाउनलोड केलेले अभ्यासक्रम किंवा इतर साइट्सचा डेटा काढून टाका), मग पुढे सुरू ठेवा: आधी जतन केलेले काहीही गमावलेले नाही.
storage-unavailable = हा ब्राउझर प्लेअरला तुमची प्रगती साठवू देत नाही, त्यामुळे तुम्ही पान बंद करेपर्यंतच ती राखली जाते. खाजगी विंडो अनेकदा साठवण अवरोधित करतात.
storage-write-failed = तुमची अलीकडील प्रगती अद्याप जतन करता आली नाही. ती या पानात राखून ठेवली आहे आणि तुमच्या पुढील पायरीसोबत जतन केली जाईल.

## प्रगतीची नोंद
nav-transcript = माझी प्रगती
transcript-heading = माझी प्रगती
transcript-empty = तुम्ही अद्याप कोणताही अभ्यासक्रम सुरू केलेला नाही.
transcript-unit-score = गुण: { $score }
transcript-time-spent = घालवलेला वेळ: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = xAPI विधाने म्हणून डाउनलोड करा (JSON)
transcript-export-csv = स्प्रेडशीट म्हणून डाउनलोड करा (CSV)
transcript-reset = या अभ्यासक्रमातील माझी प्रगती रीसेट करा
transcript-reset-confirm = “{ $course }” मधील तुमची सर्व प्रगती रीसेट करायची? हे पूर्ववत करता येणार नाही.

## अध्ययन नोंद संग्रहाकडे (LRS) पाठवणी — शीर्षभागात आणि सेटिंग्ज पानावर दिसते
nav-settings = सेटिंग्ज
sync-off = या डिव्हाइसवर जतन केले
sync-off-detail = अध्ययन नोंद संग्रहाशी जोडलेले नाही: तुमची प्रगती या ब्राउझरमध्येच राहते. तुमच्या पूर्णत्वाच्या नोंदी तुमच्या संस्थेकडे पाठवण्यासाठी सेटिंग्जमध्ये संग्रह जोडा.
sync-done = सर्व पाठवले
sync-pending = { $count ->
    [one] { $count } नोंद पाठवायची बाकी
   *[other] { $count } नोंदी पाठवायच्या बाकी
}
sync-last-delivery = शेवटचे पाठवले: { $date }
sync-error-offline = तुम्ही ऑफलाइन आहात. तुमच्या नोंदी राखून ठेवल्या आहेत आणि कनेक्शन परत आल्यावर पाठवल्या जातील.
sync-error-unreachable = अध्ययन नोंद संग्रहापर्यंत पोहोचता आले नाही. थोड्याच वेळात पुन्हा प्रयत्न केला जाईल; काहीही गमावलेले नाही.
sync-error-server = अध्ययन नोंद संग्रहात समस्या आहे (HTTP { $status }). थोड्याच वेळात पुन्हा प्रयत्न केला जाईल; काहीही गमावलेले नाही.
sync-error-unauthorized = अध्ययन नोंद संग्रहाने तुमची लॉगिन माहिती नाकारली. ती सेटिंग्जमध्ये पुन्हा भरा; तोपर्यंत तुमच्या नोंदी राखून ठेवल्या जातील.
sync-error-not-found = या पत्त्यावर कोणताही अध्ययन नोंद संग्रह नाही. सेटिंग्जमधील पत्ता तपासा; तोपर्यंत तुमच्या नोंदी राखून ठेवल्या जातील.
sync-error-version = अध्ययन नोंद संग्रह xAPI ची वेगळी आवृत्ती वापरतो ({ $detail }). xAPI 1.0.3 किंवा 2.0.0 वापरणारा पत्ता तुमच्या संस्थेकडे मागा.
sync-error-storage = पाठवायच्या बाकी असलेल्या नोंदी या ब्राउझरच्या साठवणीतून वाचता आल्या नाहीत ({ $detail }).
sync-set-aside = { $count ->
    [one] अध्ययन नोंद संग्रहाने { $count } नोंद नाकारली
   *[other] अध्ययन नोंद संग्रहाने { $count } नोंदी नाकारल्या
}
sync-set-aside-detail = या नोंदी संग्रहाच्या उत्तरासह येथे राखून ठेवल्या आहेत, जेणेकरून काय दुरुस्त करायचे ते तुम्हाला किंवा तुमच्या संस्थेला पाहता येईल.
settings-heading = सेटिंग्ज
settings-lrs-heading = अध्ययन नोंद संग्रह
settings-lrs-intro = तुम्ही पूर्ण केलेले घटक आणि तुमचे गुण संस्थेच्या नोंदींपर्यंत पोहोचावेत म्हणून तुमची संस्था तुम्हाला हे तपशील देते.
settings-lrs-endpoint = पत्ता (xAPI endpoint)
settings-lrs-key = की किंवा वापरकर्तानाव
settings-lrs-secret = सीक्रेट किंवा पासवर्ड
settings-lrs-token = किंवा ॲक्सेस टोकन
settings-lrs-name = तुमचे नाव
settings-lrs-email = तुमचा ई-मेल पत्ता
settings-lrs-connect = जोडा
settings-lrs-disconnect = जोडणी काढा
settings-lrs-connected = { $endpoint } शी { $who } म्हणून जोडलेले.
settings-lrs-invalid-endpoint = https:// किंवा http:// ने सुरू होणारा अध्ययन नोंद संग्रहाचा पत्ता भरा.
settings-lrs-invalid-email = तुमच्या नोंदी तुमच्या नावाखाली जतन व्हाव्यात म्हणून तुमचा ई-मेल पत्ता भरा.
cmi5-unit-needs-worker = या उपक्रमासाठी प्लेअरचे इन्स्टॉलेशन पूर्ण होणे आवश्यक आहे: तो उघडण्यासाठी पेज पुन्हा लोड करा.
cmi5-exit = बाहेर पडा
cmi5-exiting = जतन करून परत जात आहे…
cmi5-browse = ब्राउझिंग: तुम्ही येथे जे करता त्यातील काहीही नोंदवले जात नाही.
cmi5-review = पुनरावलोकन: तुम्ही येथे जे करता त्यातील काहीही नोंदवले जात नाही.
cmi5-ended = हे सत्र संपले आहे. अधिक नोंदवण्यासाठी तुमच्या शिक्षण प्लॅटफॉर्मवरून कोर्स पुन्हा उघडा.
settings-lrs-launch-failed = अभ्यासक्रम न चाललेल्या साइन-इनने उघडला गेला ({ $detail }). तुमच्या संस्थेच्या साइटवरून तो पुन्हा उघडा.

sources-heading = अभ्यासक्रमांचे स्रोत
sources-intro = अभ्यासक्रमांची सूची खालील कॅटलॉग एकत्र आणते. तुम्ही दुसऱ्या विद्यापीठाचा किंवा अभ्यासक्रम प्रदात्याचा कॅटलॉग त्याच्या पत्त्याने जोडू शकता; तो या डिव्हाइसवर तुमच्यासाठी ठेवला जातो.
sources-site = या साइटने निवडलेले
sources-remove = काढा
sources-add-label = स्रोत जोडा: त्याच्या कॅटलॉगचा पत्ता
sources-check = तपासा
sources-preview = { $count ->
    [one] एक अभ्यासक्रम
   *[other] { $count } अभ्यासक्रम
}
sources-add-confirm = हा स्रोत जोडा
sources-added = जोडला: त्याचे अभ्यासक्रम आता अभ्यासक्रमांच्या सूचीत आहेत.
sources-removed = काढला: त्याचे अभ्यासक्रम आता अभ्यासक्रमांच्या सूचीत नाहीत.
sources-invalid-url = https:// ने सुरू होणारा पत्ता भरा (किंवा या साइटवरील मार्ग, उदा. /courses/catalog.json).
sources-duplicate = हा कॅटलॉग आधीच सूचीत आहे.
sources-full = तुमची स्रोतांची सूची भरली आहे. दुसरा जोडण्यासाठी एक काढा.

## असमर्थित आणि त्रुटी
unit-needs-newer-player = या घटकासाठी प्लेअरची नवीन आवृत्ती आवश्यक आहे
unit-needs-newer-player-detail = हा “{ $kind }” प्रकारचा घटक आहे, जो Alliance Player च्या या आवृत्तीला अद्याप माहीत नाही. अभ्यासक्रमाचा उर्वरित भाग चालतो; तुमच्या अभ्यासक्रम प्रदात्याला विचारा किंवा प्लेअर अपडेट करा.
error-heading = काहीतरी चुकले
error-catalog = अभ्यासक्रमांची सूची लोड करता आली नाही.
error-document = हा दस्तऐवज दाखवता येत नाही.
error-course = हा अभ्यासक्रम उघडता आला नाही.
error-course-not-found = या सूचीमध्ये “{ $course }” नावाचा अभ्यासक्रम नाही.
error-unit-not-found = या अभ्यासक्रमात “{ $unit }” नावाचा घटक नाही.
error-page-not-found = हे पान अस्तित्वात नाही.
error-retry = पुन्हा प्रयत्न करा
error-part-unavailable = प्लेअरचा हा भाग डाउनलोड करता आला नाही. तुमचे इंटरनेट कनेक्शन तपासा, मग पुन्हा प्रयत्न करा.
error-what-to-do = समस्या कायम राहिल्यास, वर दाखवलेली माहिती अभ्यासक्रम प्रदात्याला कळवा.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = ऑफलाइन
offline-indicator-detail = तुम्ही ऑफलाइन आहात. डाउनलोड केलेले अभ्यासक्रम नेहमीप्रमाणे चालतात; तुमची प्रगती या डिव्हाइसवर जतन केली जाते आणि तुम्ही पुन्हा ऑनलाइन आल्यावर पाठवली जाते.
update-ready = Alliance Player ची नवीन आवृत्ती तयार आहे.
update-reload = अपडेट करण्यासाठी रीलोड करा
download-heading = ऑफलाइन वापर
download-course = ऑफलाइन वापरासाठी डाउनलोड करा ({ $size })
download-resume = डाउनलोड पुन्हा सुरू करा ({ $size } बाकी)
download-progress = { $total } पैकी { $done } · { $unitsTotal } पैकी { $units } घटक
download-cancel = रद्द करा
download-done = डाउनलोड झाले: हा अभ्यासक्रम ऑफलाइन चालतो ({ $size }).
download-remove = डाउनलोड काढून टाका
download-stored-partly = { $total } पैकी { $done } आधीच या डिव्हाइसवर आहे.
download-failed = डाउनलोड थांबले: { $detail } आधीच साठवलेले राखून ठेवले आहे; पुढे सुरू ठेवण्यासाठी “डाउनलोड पुन्हा सुरू करा” दाबा.
download-file-mismatch = { $file } ही फाइल अखंड पोहोचली नाही (अपेक्षित: { $expected }, मिळाले: { $got }).
download-file-failed = { $file } ही फाइल डाउनलोड करता आली नाही ({ $detail }).
download-no-cors = { $host } या प्लेयरला आपल्या फाइल वाचू देत नाही (तो कोणतेही CORS हेडर पाठवत नाही), त्यामुळे त्या तपासता आणि साठवता येत नाहीत. त्याच्या प्रशासकाने अभ्यासक्रमाच्या प्रत्येक फाइलसोबत Access-Control-Allow-Origin पाठवणे आवश्यक आहे.
download-quota = या डिव्हाइसवर अभ्यासक्रमासाठी जागा उरलेली नाही. थोडी जागा मोकळी करा किंवा दुसरे डाउनलोड काढून टाका, मग पुन्हा सुरू करा.
download-storage = हा ब्राउझर या डिव्हाइसवर वापरू शकत असलेल्या { $available } पैकी { $used } वापरत आहे.
download-persistent = तुम्ही काढून टाकेपर्यंत डाउनलोड राहतात.
download-not-persistent = डिव्हाइसवर जागा कमी पडल्यास ब्राउझर डाउनलोड काढून टाकू शकतो.
download-needs-network = तुम्ही ऑफलाइन आहात. हा अभ्यासक्रम डाउनलोड करण्यासाठी इंटरनेटशी कनेक्ट व्हा.
data-saver = डेटा बचत
data-saver-help = तुम्ही प्ले दाबल्यावरच माध्यम लोड होते, प्रतिलेख आधी येतात आणि माध्यमाशेजारी त्याचा आकार दाखवला जातो.
media-size = { $size } लोड करावे लागेल

## Notes and bookmarks
notes-heading = माझ्या टिपा
notes-bookmark = हा घटक बुकमार्क करा
notes-bookmarked = बुकमार्क केले
notes-bookmark-moment = हा क्षण बुकमार्क करा
notes-note-label = या घटकावरील तुमची टीप
notes-save = टीप जतन करा
notes-saved = जतन केले.
notes-delete = हटवा
# A moment of a video or audio, e.g. "At 1:05".
notes-at = { $time } वर
notes-empty = या अभ्यासक्रमात अद्याप कोणत्याही टिपा किंवा बुकमार्क नाहीत. एखादा घटक किंवा व्हिडिओतील एखादा क्षण बुकमार्क करा, आणि त्यावर टीप लिहा.
notes-where = तुमच्या टिपा या डिव्हाइसवर राहतात, आणि अध्ययन नोंद संग्रह जोडलेला असताना तिथेही पोहोचतात.
notes-too-long = एका टिपेत जास्तीत जास्त { $max } अक्षरे असू शकतात.
notes-too-many = या अभ्यासक्रमात ठेवता येतील तितक्या टिपा झाल्या आहेत: दुसरी जोडण्यासाठी एक टीप हटवा.

## Accessibility
unit-nav-label = मागील आणि पुढील घटक
captions-always = व्हिडिओ किंवा ऑडिओमध्ये उपशीर्षके असतील तेव्हा ती नेहमी दाखवा (तुमच्या भाषेत असल्यास त्या भाषेत, नाहीतर अभ्यासक्रमाच्या भाषेत)
caption-style = उपशीर्षकांची शैली
caption-size = मजकुराचा आकार
caption-colour = मजकुराचा रंग
caption-background = पार्श्वभूमी
caption-colour-white = पांढरा
caption-colour-yellow = पिवळा
caption-colour-cyan = निळसर
caption-colour-green = हिरवा
caption-colour-magenta = किरमिजी
caption-colour-black = काळा
caption-background-black = काळा, अर्धपारदर्शक
caption-background-solid-black = काळा
caption-background-white = पांढरा
caption-background-transparent = काहीही नाही
caption-background-blue = निळा
caption-preview = उपशीर्षके अशी दिसतील.
caption-unreadable = या पार्श्वभूमीवर हा मजकूर वाचणे कठीण आहे: दुसरा रंग किंवा पार्श्वभूमी निवडा.
launch-other = ही लिंक तुमच्या शिकण्याच्या नोंदी { $who } म्हणून { $endpoint } वर पाठवेल. तुम्ही { $current } शी { $current_who } म्हणून जोडलेले आहात.
launch-switch = या जोडणीवर जा
launch-keep = माझी जोडणी ठेवा

launch-other-learner = ही लिंक { $who } साठी आहे. सध्या { $current_who } प्लेअर वापरत आहेत. { $who } वर जायचे?
launch-switch-learner = शिकणारे बदला

## Learners
learners-heading = या डिव्हाइसवरील शिकणारे
learners-locked = { $name } प्लेअर वापरत आहेत
learner-unnamed = मी
learner-now = सध्या प्लेअर वापरत आहेत
learner-switch = या शिकणाऱ्यावर जा
learner-rename = नाव बदला
learner-name = नाव
learner-save = जतन करा
learner-cancel = रद्द करा
learner-remove = काढा
learner-remove-ask = { $name } यांना या डिव्हाइसवरून काढायचे? या डिव्हाइसवरील त्यांची प्रगती, पाठवायच्या बाकी नोंदी आणि सेटिंग्ज हटवल्या जातील. डाउनलोड केलेले कोर्स राहतील.
learner-removed = { $name } यांना काढले.
learner-pin = पिन (चार अंक, ऐच्छिक)
learner-pin-label = पिन
learner-pin-for = { $name } यांचा पिन
learner-pin-new = नवीन पिन (चार अंक)
learner-pin-set = पिन ठेवा
learner-pin-remove = पिन काढा
learner-pin-open = पुढे चला
learner-pin-note = पिनमुळे हे डिव्हाइस एकत्र वापरणारे एकमेकांच्या प्रगतीत जात नाहीत. हे गोपनीयतेसाठी आहे, सुरक्षेसाठी नाही.
learner-add-heading = शिकणारे जोडा
learner-add = जोडा
learner-added = { $name } यांना जोडले.
learner-saved = जतन केले.
learner-error-empty = नाव लिहा.
learner-error-long = हे नाव खूप मोठे आहे.
learner-error-taken = या डिव्हाइसवर आधीच { $name } नावाचे कोणी आहे.
learner-error-pin = पिन बरोबर चार अंकांचा असतो.
learner-error-full = या डिव्हाइसवर आणखी शिकणाऱ्यांसाठी जागा नाही. आधी कोणाला तरी काढा.
learner-error-unknown = शिकणाऱ्यांची यादी बदलता आली नाही. पेज पुन्हा लोड करून पुन्हा प्रयत्न करा.
learner-error-wrong-pin = हा पिन बरोबर नाही.
signout-ask = { $count ->
    [one] { $count } नोंद अजून पाठवलेली नाही.
   *[other] { $count } नोंदी अजून पाठवलेल्या नाहीत.
}
signout-keep = { $count ->
    [one] बाकी नोंद पुढच्या जोडणीसाठी ठेवा
   *[other] बाकी { $count } नोंदी पुढच्या जोडणीसाठी ठेवा
}
signout-discard = { $count ->
    [one] ती टाकून द्या
   *[other] त्या टाकून द्या
}
