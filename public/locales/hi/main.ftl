# Alliance Player interface strings — हिन्दी
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = हिन्दी
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = सीधे सामग्री पर जाएँ
# In the header where the browser offers to install the player as an app.
install-app = ऐप इंस्टॉल करें
install-app-hint = Alliance Player को इस डिवाइस पर इंस्टॉल करें: यह आपके ऐप्स से, अपनी अलग विंडो में खुलता है, ऑफ़लाइन भी।
nav-catalog = कोर्स
loading = लोड हो रहा है…

## Languages
language-picker-label = इंटरफ़ेस की भाषा
language-picker-search = भाषाएँ खोजें
language-picker-none = आपकी खोज से कोई भाषा मेल नहीं खाती।
content-language-label = कोर्स की भाषा
content-language-auto = इंटरफ़ेस की भाषा जैसी
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = { $language } में

## Catalogue
catalog-heading = कोर्स सूची
catalog-search-label = पाठ्यक्रम खोजें
catalog-search-placeholder = शीर्षक, विषय या प्रदाता
catalog-more = और पाठ्यक्रम दिखाएँ
catalog-earlier = पिछले पाठ्यक्रम दिखाएँ
catalog-loading-more = और पाठ्यक्रम देखे जा रहे हैं…
catalog-language-label = भाषा
catalog-language-any = सभी भाषाएँ
catalog-count = { $count ->
    [0] कोई कोर्स नहीं मिला।
    [one] { $count } कोर्स
   *[other] { $count } कोर्स
}
catalog-empty = आपकी खोज से कोई कोर्स मेल नहीं खाता। कोई दूसरा शब्द आज़माएँ या सभी भाषाएँ चुनें।
catalog-rejected = { $count ->
    [one] इस सूची का { $count } कोर्स दिखाया नहीं जा सका:
   *[other] इस सूची के { $count } कोर्स दिखाए नहीं जा सके:
}
catalog-source-notice = इस सूची से कुछ कोर्स छूट गए हैं:
catalog-source-unreachable = { $source } तक नहीं पहुँचा जा सका: हो सकता है साइट बंद हो, या वह इस प्लेयर को अपने कोर्स पढ़ने की अनुमति नहीं देती।
catalog-source-status = { $source } ने एक त्रुटि के साथ जवाब दिया (HTTP { $status })।
catalog-source-too-large = { $source } { $limit } से बड़ा है; यह प्लेयर किसी कैटलॉग के लिए इससे अधिक नहीं पढ़ता।
catalog-source-invalid = { $source } ऐसा कोर्स कैटलॉग नहीं है जिसे यह प्लेयर पढ़ सके: { $detail }
catalog-source-left-out = { $source } का “{ $course }” छोड़ दिया गया है: किसी दूसरे कोर्स के पास पहले से इसका पता /course/{ $id } है।
course-provider = { $provider } द्वारा प्रस्तुत
course-languages = भाषाएँ: { $languages }
course-size = डाउनलोड का आकार: { $size }
course-open = कोर्स खोलें
course-continue = जारी रखें
course-progress = { $percent } पूरा

## Course
course-outline = कोर्स की रूपरेखा
outline-show-earlier = पिछली इकाइयाँ दिखाएँ ({ $count } छिपी हुई)
outline-show-later = आगे की इकाइयाँ दिखाएँ ({ $count } छिपी हुई)
course-start = कोर्स शुरू करें
course-units = { $count ->
    [one] { $count } इकाई
   *[other] { $count } इकाइयाँ
}
unit-ordinal = { $total } में से इकाई { $index }
unit-state-not-started = शुरू नहीं हुई
unit-state-in-progress = जारी है
unit-state-completed = पूरी हुई
unit-state-passed = उत्तीर्ण
unit-state-failed = अभी उत्तीर्ण नहीं
unit-kind-video = वीडियो
unit-kind-audio = ऑडियो
unit-kind-reading = पठन सामग्री
unit-kind-quiz = क्विज़
unit-kind-document = दस्तावेज़
unit-kind-interactive = गतिविधि
unit-kind-unknown = नई तरह की इकाई
unit-previous = पिछला
unit-next = अगला
unit-mark-done = पूरा हुआ चिह्नित करें
unit-done = पूरा हुआ
back-to-catalog = सभी कोर्स
course-search-label = इस कोर्स में खोजें
course-search-count = { $count ->
    [0] कोई परिणाम नहीं
    [one] { $count } परिणाम
   *[other] { $count } परिणाम
}
course-search-more = { $count ->
    [one] केवल पहला { $count } परिणाम दिखाया गया है; खोज को सीमित करने के लिए और शब्द जोड़ें।
   *[other] केवल पहले { $count } परिणाम दिखाए गए हैं; खोज को सीमित करने के लिए और शब्द जोड़ें।
}
course-search-subtitles = उपशीर्षकों में भी खोजा जा रहा है…
course-search-incomplete = कुछ उपशीर्षकों में खोजा नहीं जा सका।
course-search-in-title = शीर्षक
course-search-in-reading = पठन सामग्री
course-search-in-transcript = ट्रांसक्रिप्ट
course-search-in-subtitle = उपशीर्षक, { $time } पर
course-search-in-quiz = क्विज़ प्रश्न

## Media
media-speed = गति
media-subtitles = उपशीर्षक
media-subtitles-off = बंद
media-subtitles-second = दूसरे उपशीर्षक
media-fullscreen = पूर्ण स्क्रीन
media-fullscreen-exit = पूर्ण स्क्रीन से बाहर निकलें
media-shortcuts = कीबोर्ड शॉर्टकट
media-shortcuts-hint = जब वीडियो या ऑडियो प्लेयर पर फ़ोकस हो:
# The name of the space bar key, as printed on keyboards.
media-key-space = स्पेस
media-key-play = चलाएँ या रोकें
media-key-seek = 5 सेकंड पीछे या आगे
media-key-speed = धीमा या तेज़
media-key-captions = उपशीर्षक चालू या बंद
media-key-fullscreen = पूर्ण स्क्रीन चालू या बंद
media-transcript = ट्रांसक्रिप्ट
media-watched = { $percent } देखा गया
media-unsupported = आपका ब्राउज़र यह मीडिया नहीं चला सकता। कोई दूसरा ब्राउज़र आज़माएँ, या इसे डाउनलोड करें:

## Reading and document
reading-end = पठन सामग्री समाप्त
document-download = PDF डाउनलोड करें ({ $size })
document-download-nosize = PDF डाउनलोड करें
document-fallback = आपका ब्राउज़र यहाँ PDF नहीं दिखा सकता। इसे पढ़ने के लिए डाउनलोड करें।
document-not-pdf = { $file } PDF फ़ाइल नहीं है। दस्तावेज़ इकाई केवल PDF फ़ाइलें दिखाती है, जो “%PDF-” से शुरू होती हैं।

## Quiz
quiz-passing = उत्तीर्ण होने के लिए आपको { $percent } चाहिए।
quiz-attempts-left = { $count ->
    [one] { $count } प्रयास बाकी है
   *[other] { $count } प्रयास बाकी हैं
}
quiz-attempts-unlimited = असीमित प्रयास
quiz-attempts-used = { $count ->
    [one] आपके पास अब कोई प्रयास बाकी नहीं है।
   *[other] आप अपने सभी { $count } प्रयास इस्तेमाल कर चुके हैं।
}
quiz-question = प्रश्न { $index }
quiz-true = सत्य
quiz-false = असत्य
quiz-answer-label = आपका उत्तर
quiz-submit = उत्तर सबमिट करें
quiz-retry = फिर से कोशिश करें
quiz-score = आपका स्कोर: { $score }
quiz-passed = उत्तीर्ण — बहुत बढ़िया!
quiz-failed = अभी उत्तीर्ण नहीं हुए।
quiz-best = अब तक का सबसे अच्छा स्कोर: { $score }
quiz-correct = सही
quiz-incorrect = गलत
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = समीक्षा: हर प्रश्न का सही उत्तर दिखाया गया है।
quiz-right-answer = सही उत्तर

## Interactive
interactive-title = इंटरैक्टिव गतिविधि: { $title }
interactive-hint = यह इकाई पूरी करने के लिए गतिविधि पूरी करें।

## Storage
storage-quota = इस ब्राउज़र में प्लेयर के लिए रखा गया स्टोरेज भर गया है, इसलिए आपकी हाल की प्रगति सेव नहीं हो सकी। थोड़ी जगह खाली करें (ब्राउज़र की सेटिंग में जाकर डाउनलोड किए गए कोर्स या दूसरी साइटों का डेटा हटाएँ), फिर जारी रखें: पहले सेव की गई कोई भी चीज़ खोई नहीं है।
storage-unavailable = यह ब्राउज़र प्लेयर को आपकी प्रगति सेव करने की अनुमति नहीं देता, इसलिए प्रगति केवल तब तक रखी जाती है जब तक आप पेज बंद नहीं करते। प्राइवेट विंडो अक्सर स्टोरेज को ब्लॉक कर देती हैं।
storage-write-failed = आपकी हाल की प्रगति अभी सेव नहीं हो सकी। यह इस पेज में रखी गई है और आपके अगले कदम के साथ सेव हो जाएगी।

## Transcript (the learner's record of progress)
nav-transcript = मेरी प्रगति
transcript-heading = मेरी प्रगति
transcript-empty = आपने अभी तक कोई कोर्स शुरू नहीं किया है।
transcript-unit-score = स्कोर: { $score }
transcript-time-spent = लगा समय: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = xAPI स्टेटमेंट के रूप में डाउनलोड करें (JSON)
transcript-export-csv = स्प्रेडशीट के रूप में डाउनलोड करें (CSV)
transcript-reset = इस कोर्स में मेरी प्रगति रीसेट करें
transcript-reset-confirm = क्या आप “{ $course }” कोर्स में अपनी सारी प्रगति रीसेट करना चाहते हैं? इसे पहले जैसा नहीं किया जा सकता।

## लर्निंग रिकॉर्ड स्टोर (LRS) को भेजना, हेडर और सेटिंग्स पेज पर दिखाया जाता है
nav-settings = सेटिंग्स
sync-off = इस डिवाइस पर सेव है
sync-off-detail = किसी लर्निंग रिकॉर्ड स्टोर से कनेक्ट नहीं है: आपकी प्रगति इसी ब्राउज़र में रहती है। पूरे किए गए काम की जानकारी अपने संस्थान को भेजने के लिए सेटिंग्स में कोई स्टोर कनेक्ट करें।
sync-done = सब भेज दिया गया
sync-pending = { $count ->
    [one] { $count } रिकॉर्ड भेजा जाना बाकी है
   *[other] { $count } रिकॉर्ड भेजे जाने बाकी हैं
}
sync-last-delivery = पिछली बार भेजा गया: { $date }
sync-error-offline = आप ऑफ़लाइन हैं। आपके रिकॉर्ड सुरक्षित रखे गए हैं और कनेक्शन लौटने पर भेज दिए जाएँगे।
sync-error-unreachable = लर्निंग रिकॉर्ड स्टोर तक नहीं पहुँचा जा सका। थोड़ी देर में फिर से कोशिश की जाएगी; कुछ भी खोया नहीं है।
sync-error-server = लर्निंग रिकॉर्ड स्टोर में कोई समस्या है (HTTP { $status })। थोड़ी देर में फिर से कोशिश की जाएगी; कुछ भी खोया नहीं है।
sync-error-unauthorized = लर्निंग रिकॉर्ड स्टोर ने आपकी लॉग-इन जानकारी अस्वीकार कर दी। सेटिंग्स में इसे फिर से दर्ज करें; तब तक आपके रिकॉर्ड सुरक्षित रखे जाएँगे।
sync-error-not-found = इस पते पर कोई लर्निंग रिकॉर्ड स्टोर नहीं है। सेटिंग्स में पता जाँचें; तब तक आपके रिकॉर्ड सुरक्षित रखे जाएँगे।
sync-error-version = लर्निंग रिकॉर्ड स्टोर xAPI का कोई दूसरा संस्करण इस्तेमाल करता है ({ $detail })। अपने संस्थान से ऐसा पता माँगें जो xAPI 1.0.3 या 2.0.0 का समर्थन करता हो।
sync-error-storage = भेजे जाने की प्रतीक्षा कर रहे रिकॉर्ड इस ब्राउज़र के स्टोरेज से पढ़े नहीं जा सके ({ $detail })।
sync-set-aside = { $count ->
    [one] लर्निंग रिकॉर्ड स्टोर ने { $count } रिकॉर्ड अस्वीकार कर दिया
   *[other] लर्निंग रिकॉर्ड स्टोर ने { $count } रिकॉर्ड अस्वीकार कर दिए
}
sync-set-aside-detail = ये रिकॉर्ड स्टोर के जवाब के साथ यहाँ रखे गए हैं, ताकि आप या आपका संस्थान देख सके कि क्या ठीक करना है।
settings-heading = सेटिंग्स
settings-lrs-heading = लर्निंग रिकॉर्ड स्टोर (LRS)
settings-lrs-intro = आपका संस्थान आपको ये जानकारी देता है, ताकि आपके पूरे किए गए काम और स्कोर उसके रिकॉर्ड तक पहुँचें।
settings-lrs-endpoint = पता (xAPI एंडपॉइंट)
settings-lrs-key = की या यूज़रनेम
settings-lrs-secret = सीक्रेट या पासवर्ड
settings-lrs-token = या कोई एक्सेस टोकन
settings-lrs-name = आपका नाम
settings-lrs-email = आपका ईमेल पता
settings-lrs-connect = कनेक्ट करें
settings-lrs-disconnect = डिस्कनेक्ट करें
settings-lrs-connected = { $endpoint } से { $who } के रूप में कनेक्ट है।
settings-lrs-invalid-endpoint = लर्निंग रिकॉर्ड स्टोर का पता दर्ज करें, जो https:// या http:// से शुरू हो।
settings-lrs-invalid-email = अपना ईमेल पता दर्ज करें, ताकि आपके रिकॉर्ड आपके नाम से दर्ज हों।
cmi5-unit-needs-worker = इस गतिविधि के लिए प्लेयर का इंस्टॉल पूरा होना ज़रूरी है: इसे खोलने के लिए पेज फिर से लोड करें।
cmi5-exit = बाहर निकलें
cmi5-exiting = सहेजा जा रहा है और लौट रहे हैं…
cmi5-browse = ब्राउज़िंग: यहाँ आप जो भी करते हैं, वह दर्ज नहीं होता।
cmi5-review = समीक्षा: यहाँ आप जो भी करते हैं, वह दर्ज नहीं होता।
cmi5-ended = यह सत्र समाप्त हो गया है। और दर्ज करने के लिए अपने लर्निंग प्लेटफ़ॉर्म से कोर्स फिर से खोलें।
settings-lrs-launch-failed = कोर्स ऐसे साइन-इन के साथ खोला गया जिसने काम नहीं किया ({ $detail })। इसे अपने संस्थान की साइट से फिर से खोलें।

sources-heading = कोर्स के स्रोत
sources-intro = कोर्स सूची नीचे दिए गए कैटलॉग के कोर्स एक साथ दिखाती है। आप किसी दूसरे विश्वविद्यालय या कोर्स प्रदाता का कैटलॉग उसके पते से जोड़ सकते हैं; यह इस डिवाइस पर आपके लिए रखा जाता है।
sources-site = इस साइट द्वारा चुना गया
sources-remove = हटाएँ
sources-add-label = स्रोत जोड़ें: उसके कैटलॉग का पता
sources-check = जाँचें
sources-preview = { $count ->
    [one] { $count } कोर्स
   *[other] { $count } कोर्स
}
sources-add-confirm = यह स्रोत जोड़ें
sources-added = जोड़ दिया गया: इसके कोर्स अब कोर्स सूची में हैं।
sources-removed = हटा दिया गया: इसके कोर्स अब कोर्स सूची में नहीं हैं।
sources-invalid-url = https:// से शुरू होने वाला पता दर्ज करें (या इस साइट का कोई पथ, जैसे /courses/catalog.json)।
sources-duplicate = यह कैटलॉग पहले से सूची में है।
sources-full = आपकी स्रोतों की सूची भर गई है। दूसरा जोड़ने के लिए कोई एक हटाएँ।

## Unsupported and errors
unit-needs-newer-player = इस इकाई के लिए प्लेयर का नया संस्करण चाहिए
unit-needs-newer-player-detail = यह “{ $kind }” प्रकार की इकाई है, जिसे Alliance Player का यह संस्करण अभी नहीं पहचानता। कोर्स का बाकी हिस्सा ठीक से काम करता है; अपने कोर्स प्रदाता से पूछें या प्लेयर अपडेट करें।
error-heading = कुछ गड़बड़ हो गई
error-catalog = कोर्स सूची लोड नहीं हो सकी।
error-document = यह दस्तावेज़ दिखाया नहीं जा सकता।
error-course = यह कोर्स खोला नहीं जा सका।
error-course-not-found = इस सूची में “{ $course }” नाम का कोई कोर्स नहीं है।
error-unit-not-found = इस कोर्स में “{ $unit }” नाम की कोई इकाई नहीं है।
error-page-not-found = यह पेज मौजूद नहीं है।
error-retry = फिर से कोशिश करें
error-part-unavailable = प्लेयर का यह हिस्सा डाउनलोड नहीं हो सका। अपना इंटरनेट कनेक्शन जाँचें, फिर से कोशिश करें।
error-what-to-do = अगर समस्या बनी रहे, तो ऊपर दिखाई गई जानकारी कोर्स प्रदाता को बताएँ।

## Offline use: the player on this device, course downloads, data saver
offline-indicator = ऑफ़लाइन
offline-indicator-detail = आप ऑफ़लाइन हैं। डाउनलोड किए गए कोर्स हमेशा की तरह चलते हैं; आपकी प्रगति इस डिवाइस पर सेव होती है और आपके फिर से ऑनलाइन होने पर भेज दी जाती है।
update-ready = Alliance Player का नया संस्करण तैयार है।
update-reload = अपडेट करने के लिए रीलोड करें
download-heading = ऑफ़लाइन इस्तेमाल
download-course = ऑफ़लाइन इस्तेमाल के लिए डाउनलोड करें ({ $size })
download-resume = डाउनलोड फिर से शुरू करें ({ $size } बाकी)
download-progress = { $total } में से { $done } · { $unitsTotal } में से { $units } इकाइयाँ
download-cancel = रद्द करें
download-done = डाउनलोड हो गया: यह कोर्स ऑफ़लाइन काम करता है ({ $size })।
download-remove = डाउनलोड हटाएँ
download-stored-partly = { $total } में से { $done } पहले से इस डिवाइस पर है।
download-failed = डाउनलोड रुक गया: { $detail } जो पहले से सेव है, वह सुरक्षित रहेगा; आगे बढ़ने के लिए “डाउनलोड फिर से शुरू करें” दबाएँ।
download-file-mismatch = { $file } पूरी तरह सही नहीं पहुँची (अपेक्षित: { $expected }, मिली: { $got })।
download-file-failed = { $file } डाउनलोड नहीं हो सकी ({ $detail })।
download-no-cors = { $host } इस प्लेयर को अपनी फ़ाइलें पढ़ने नहीं देता (वह कोई CORS हेडर नहीं भेजता), इसलिए उन्हें जाँचा और सहेजा नहीं जा सकता। उसके व्यवस्थापक को कोर्स की हर फ़ाइल के साथ Access-Control-Allow-Origin भेजना होगा।
download-quota = इस डिवाइस पर कोर्स के लिए जगह नहीं बची है। थोड़ी जगह खाली करें या कोई दूसरा डाउनलोड हटाएँ, फिर डाउनलोड फिर से शुरू करें।
download-storage = यह ब्राउज़र इस डिवाइस पर मिलने वाली { $available } जगह में से { $used } इस्तेमाल कर रहा है।
download-persistent = डाउनलोड तब तक रहते हैं जब तक आप उन्हें हटा नहीं देते।
download-not-persistent = डिवाइस में जगह कम पड़ने पर ब्राउज़र डाउनलोड हटा सकता है।
download-needs-network = आप ऑफ़लाइन हैं। यह कोर्स डाउनलोड करने के लिए इंटरनेट से कनेक्ट करें।
data-saver = डेटा सेवर
data-saver-help = मीडिया तभी लोड होता है जब आप प्ले दबाते हैं, ट्रांसक्रिप्ट पहले आते हैं, और मीडिया के पास उसका आकार दिखाया जाता है।
media-size = { $size } लोड होगा

## Notes and bookmarks
notes-heading = मेरे नोट्स
notes-bookmark = इस इकाई को बुकमार्क करें
notes-bookmarked = बुकमार्क किया गया
notes-bookmark-moment = इस पल को बुकमार्क करें
notes-note-label = इस इकाई पर आपका नोट
notes-save = नोट सहेजें
notes-saved = सहेजा गया।
notes-delete = मिटाएँ
# A moment of a video or audio, e.g. "At 1:05".
notes-at = { $time } पर
notes-empty = इस कोर्स में अभी कोई नोट या बुकमार्क नहीं है। किसी इकाई या वीडियो के किसी पल को बुकमार्क करें, और उस पर नोट लिखें।
notes-where = आपके नोट इस डिवाइस पर रहते हैं, और लर्निंग रिकॉर्ड स्टोर कनेक्ट होने पर उस तक भी पहुँचते हैं।
notes-too-long = कोई नोट अधिक से अधिक { $max } अक्षरों का हो सकता है।
notes-too-many = इस कोर्स में जितने नोट रखे जा सकते हैं, उतने हो चुके हैं: नया जोड़ने के लिए कोई एक मिटाएँ।

## Accessibility
unit-nav-label = पिछली और अगली इकाई
captions-always = जब भी किसी वीडियो या ऑडियो में उपशीर्षक हों, उन्हें दिखाएँ (आपकी भाषा में हों तो उसमें, नहीं तो कोर्स की भाषा में)
caption-style = उपशीर्षक की शैली
caption-size = टेक्स्ट का आकार
caption-colour = टेक्स्ट का रंग
caption-background = पृष्ठभूमि
caption-colour-white = सफ़ेद
caption-colour-yellow = पीला
caption-colour-cyan = सियान
caption-colour-green = हरा
caption-colour-magenta = मैजेंटा
caption-colour-black = काला
caption-background-black = काला, अर्ध-पारदर्शी
caption-background-solid-black = काला
caption-background-white = सफ़ेद
caption-background-transparent = कोई नहीं
caption-background-blue = नीला
caption-preview = उपशीर्षक ऐसे दिखेंगे।
caption-unreadable = इस पृष्ठभूमि पर यह टेक्स्ट पढ़ना कठिन है: कोई दूसरा रंग या पृष्ठभूमि चुनें।
launch-other = यह लिंक आपके सीखने के रिकॉर्ड { $who } के रूप में { $endpoint } पर भेजेगा। आप { $current } से { $current_who } के रूप में जुड़े हैं।
launch-switch = इस कनेक्शन पर जाएँ
launch-keep = मेरा कनेक्शन रखें

launch-other-learner = यह लिंक { $who } के लिए है। अभी { $current_who } प्लेयर इस्तेमाल कर रहे हैं। क्या { $who } पर जाएँ?
launch-switch-learner = शिक्षार्थी बदलें

## Learners
learners-heading = इस डिवाइस पर शिक्षार्थी
learners-locked = { $name } प्लेयर इस्तेमाल कर रहे हैं
learner-unnamed = मैं
learner-now = अभी प्लेयर इस्तेमाल कर रहे हैं
learner-switch = इस शिक्षार्थी पर जाएँ
learner-rename = नाम बदलें
learner-name = नाम
learner-save = सहेजें
learner-cancel = रद्द करें
learner-remove = हटाएँ
learner-remove-ask = क्या { $name } को इस डिवाइस से हटाना है? इस डिवाइस पर उनकी प्रगति, भेजे जाने को बाकी रिकॉर्ड और सेटिंग्स मिटा दी जाएँगी। डाउनलोड किए गए कोर्स बने रहेंगे।
learner-removed = { $name } को हटा दिया गया।
learner-pin = पिन (चार अंक, वैकल्पिक)
learner-pin-label = पिन
learner-pin-for = { $name } का पिन
learner-pin-new = नया पिन (चार अंक)
learner-pin-set = पिन सेट करें
learner-pin-remove = पिन हटाएँ
learner-pin-open = जारी रखें
learner-pin-note = पिन इस डिवाइस को साझा करने वालों को एक-दूसरे की प्रगति में जाने से रोकता है। यह निजता के लिए है, सुरक्षा के लिए नहीं।
learner-add-heading = शिक्षार्थी जोड़ें
learner-add = जोड़ें
learner-added = { $name } को जोड़ दिया गया।
learner-saved = सहेजा गया।
learner-error-empty = नाम लिखें।
learner-error-long = यह नाम बहुत लंबा है।
learner-error-taken = इस डिवाइस पर पहले से किसी का नाम { $name } है।
learner-error-pin = पिन ठीक चार अंकों का होता है।
learner-error-full = इस डिवाइस पर और शिक्षार्थियों की जगह नहीं है। पहले किसी को हटाएँ।
learner-error-unknown = शिक्षार्थियों की सूची नहीं बदली जा सकी। पेज दोबारा लोड करके फिर कोशिश करें।
learner-error-wrong-pin = यह पिन सही नहीं है।
signout-ask = { $count ->
    [one] { $count } रिकॉर्ड अभी भेजा नहीं गया है।
   *[other] { $count } रिकॉर्ड अभी भेजे नहीं गए हैं।
}
signout-keep = { $count ->
    [one] बाकी रिकॉर्ड अगली बार जुड़ने के लिए रखें
   *[other] बाकी { $count } रिकॉर्ड अगली बार जुड़ने के लिए रखें
}
signout-discard = { $count ->
    [one] इसे हटा दें
   *[other] इन्हें हटा दें
}
