# Alliance Player interface strings — नेपाली
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = नेपाली
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = सिधै सामग्रीमा जानुहोस्
# In the header where the browser offers to install the player as an app.
install-app = एप स्थापना गर्नुहोस्
install-app-hint = Alliance Player यो यन्त्रमा स्थापना गर्नुहोस्: यो तपाईंका एपहरूबाट, आफ्नै विन्डोमा, अफलाइनमा पनि खुल्छ।
nav-catalog = पाठ्यक्रमहरू
loading = लोड हुँदै छ…

## Languages
language-picker-label = इन्टरफेसको भाषा
language-picker-search = भाषाहरू खोज्नुहोस्
language-picker-none = तपाईंको खोजसँग मेल खाने कुनै भाषा छैन।
content-language-label = पाठ्यक्रमको भाषा
content-language-auto = इन्टरफेसकै भाषा
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = { $language } भाषामा

## Catalogue
catalog-heading = पाठ्यक्रम सूची
catalog-search-label = पाठ्यक्रमहरू खोज्नुहोस्
catalog-search-placeholder = शीर्षक, विषय वा प्रदायक
catalog-more = थप पाठ्यक्रमहरू देखाउनुहोस्
catalog-earlier = अघिल्ला पाठ्यक्रमहरू देखाउनुहोस्
catalog-loading-more = थप पाठ्यक्रमहरू हेर्दै…
catalog-language-label = भाषा
catalog-language-any = सबै भाषा
catalog-count = { $count ->
    [0] कुनै पाठ्यक्रम मेल खाएन।
    [one] एउटा पाठ्यक्रम
   *[other] { $count } वटा पाठ्यक्रम
}
catalog-empty = तपाईंको खोजसँग कुनै पाठ्यक्रम मेल खाएन। अर्को शब्द प्रयोग गरेर हेर्नुहोस् वा सबै भाषा छान्नुहोस्।
catalog-rejected = { $count ->
    [one] यो सूचीको एउटा पाठ्यक्रम देखाउन सकिएन:
   *[other] यो सूचीका { $count } वटा पाठ्यक्रम देखाउन सकिएन:
}
catalog-source-notice = यो सूचीबाट केही पाठ्यक्रमहरू छुटेका छन्:
catalog-source-unreachable = { $source } सम्म पुग्न सकिएन: साइट बन्द हुन सक्छ, वा यसले यो प्लेयरलाई आफ्ना पाठ्यक्रमहरू पढ्न दिँदैन।
catalog-source-status = { $source } ले त्रुटिसहित जवाफ दियो (HTTP { $status })।
catalog-source-too-large = { $source } { $limit } भन्दा ठूलो छ; यो प्लेयरले एउटा क्याटलगका लागि योभन्दा बढी पढ्दैन।
catalog-source-invalid = { $source } यो प्लेयरले पढ्न सक्ने पाठ्यक्रम क्याटलग होइन: { $detail }
catalog-source-left-out = { $source } को “{ $course }” छोडिएको छ: अर्को पाठ्यक्रमसँग पहिल्यै यसको ठेगाना /course/{ $id } छ।
course-provider = प्रदायक: { $provider }
course-languages = भाषाहरू: { $languages }
course-size = डाउनलोडको आकार: { $size }
course-open = पाठ्यक्रम खोल्नुहोस्
course-continue = जारी राख्नुहोस्
course-progress = { $percent } पूरा

## Course
course-outline = पाठ्यक्रमको रूपरेखा
outline-show-earlier = अघिल्ला एकाइहरू देखाउनुहोस् ({ $count } लुकाइएका)
outline-show-later = पछिल्ला एकाइहरू देखाउनुहोस् ({ $count } लुकाइएका)
course-start = पाठ्यक्रम सुरु गर्नुहोस्
course-units = { $count ->
    [one] एउटा एकाइ
   *[other] { $count } वटा एकाइ
}
unit-ordinal = { $total } मध्ये एकाइ { $index }
unit-state-not-started = सुरु गरिएको छैन
unit-state-in-progress = जारी छ
unit-state-completed = पूरा भयो
unit-state-passed = उत्तीर्ण
unit-state-failed = अझै उत्तीर्ण भएको छैन
unit-kind-video = भिडियो
unit-kind-audio = अडियो
unit-kind-reading = पठन सामग्री
unit-kind-quiz = क्विज
unit-kind-document = कागजात
unit-kind-interactive = क्रियाकलाप
unit-kind-unknown = नयाँ प्रकारको एकाइ
unit-previous = अघिल्लो
unit-next = अर्को
unit-mark-done = पूरा भएको चिन्ह लगाउनुहोस्
unit-done = पूरा भयो
back-to-catalog = सबै पाठ्यक्रम
course-search-label = यो पाठ्यक्रममा खोज्नुहोस्
course-search-count = { $count ->
    [0] कुनै नतिजा भेटिएन
    [one] एउटा नतिजा
   *[other] { $count } वटा नतिजा
}
course-search-more = { $count ->
    [one] पहिलो नतिजा मात्र देखाइएको छ; खोजलाई साँघुरो पार्न थप शब्दहरू थप्नुहोस्।
   *[other] पहिला { $count } वटा नतिजा मात्र देखाइएका छन्; खोजलाई साँघुरो पार्न थप शब्दहरू थप्नुहोस्।
}
course-search-subtitles = उपशीर्षकमा पनि खोजिँदै छ…
course-search-incomplete = केही उपशीर्षकमा खोज्न सकिएन।
course-search-in-title = शीर्षक
course-search-in-reading = पठन सामग्री
course-search-in-transcript = ट्रान्सक्रिप्ट
course-search-in-subtitle = उपशीर्षक, { $time } मा
course-search-in-quiz = क्विजको प्रश्न

## Media
media-speed = गति
media-subtitles = उपशीर्षक
media-subtitles-off = बन्द
media-subtitles-second = दोस्रो उपशीर्षक
media-fullscreen = पूरा स्क्रिन
media-fullscreen-exit = पूरा स्क्रिनबाट बाहिर निस्कनुहोस्
media-shortcuts = किबोर्ड सर्टकटहरू
media-shortcuts-hint = भिडियो वा अडियो प्लेयरमा फोकस हुँदा:
# The name of the space bar key, as printed on keyboards.
media-key-space = स्पेस
media-key-play = चलाउनुहोस् वा रोक्नुहोस्
media-key-seek = ५ सेकेन्ड पछाडि वा अगाडि
media-key-speed = ढिलो वा छिटो
media-key-captions = उपशीर्षक चालु वा बन्द
media-key-fullscreen = पूरा स्क्रिन चालु वा बन्द
media-transcript = ट्रान्सक्रिप्ट
media-watched = { $percent } हेरियो
media-unsupported = तपाईंको ब्राउजरले यो मिडिया चलाउन सक्दैन। अर्को ब्राउजर प्रयोग गरेर हेर्नुहोस्, वा यसलाई डाउनलोड गर्नुहोस्:

## Reading and document
reading-end = पठन सामग्रीको अन्त्य
document-download = PDF डाउनलोड गर्नुहोस् ({ $size })
document-download-nosize = PDF डाउनलोड गर्नुहोस्
document-fallback = तपाईंको ब्राउजरले यहाँ PDF देखाउन सक्दैन। पढ्नका लागि यसलाई डाउनलोड गर्नुहोस्।
document-not-pdf = { $file } PDF फाइल होइन। कागजात एकाइले “%PDF-” बाट सुरु हुने PDF फाइल मात्र देखाउँछ।

## Quiz
quiz-passing = उत्तीर्ण हुन तपाईंलाई { $percent } चाहिन्छ।
quiz-attempts-left = { $count ->
    [one] एउटा प्रयास बाँकी छ
   *[other] { $count } वटा प्रयास बाँकी छन्
}
quiz-attempts-unlimited = असीमित प्रयास
quiz-attempts-used = { $count ->
    [one] तपाईंले आफ्नो एकमात्र प्रयास प्रयोग गरिसक्नुभएको छ।
   *[other] तपाईंले आफ्ना सबै { $count } वटा प्रयास प्रयोग गरिसक्नुभएको छ।
}
quiz-question = प्रश्न { $index }
quiz-true = सत्य
quiz-false = असत्य
quiz-answer-label = तपाईंको उत्तर
quiz-submit = उत्तरहरू पेस गर्नुहोस्
quiz-retry = फेरि प्रयास गर्नुहोस्
quiz-score = तपाईंको अङ्क: { $score }
quiz-passed = उत्तीर्ण — धेरै राम्रो!
quiz-failed = अझै उत्तीर्ण हुनुभएको छैन।
quiz-best = अहिलेसम्मको उत्कृष्ट अङ्क: { $score }
quiz-correct = सही
quiz-incorrect = गलत
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = पुनरावलोकन: हरेक प्रश्नको सही उत्तर देखाइएको छ।
quiz-right-answer = सही उत्तर

## Interactive
interactive-title = अन्तर्क्रियात्मक क्रियाकलाप: { $title }
interactive-hint = यो एकाइ पूरा गर्न क्रियाकलाप पूरा गर्नुहोस्।

## Storage
storage-quota = यो ब्राउजरमा प्लेयरका लागि छुट्याइएको भण्डारण भरिएको छ, त्यसैले तपाईंको पछिल्लो प्रगति सुरक्षित गर्न सकिएन। केही ठाउँ खाली गर्नुहोस् (ब्राउजरको सेटिङमा गई डाउनलोड गरिएका पाठ्यक्रम वा अन्य साइटहरूको डेटा हटाउनुहोस्), अनि जारी राख्नुहोस्: पहिले सुरक्षित गरिएको केही पनि हराएको छैन।
storage-unavailable = यो ब्राउजरले प्लेयरलाई तपाईंको प्रगति भण्डारण गर्न दिँदैन, त्यसैले पृष्ठ बन्द नगरेसम्म मात्र प्रगति राखिन्छ। निजी विन्डोहरूले प्रायः भण्डारण रोक्छन्।
storage-write-failed = तपाईंको पछिल्लो प्रगति अझै सुरक्षित गर्न सकिएको छैन। यो यही पृष्ठमा राखिएको छ र तपाईंको अर्को चरणसँगै सुरक्षित हुनेछ।

## Transcript (the learner's record of progress)
nav-transcript = मेरो प्रगति
transcript-heading = मेरो प्रगति
transcript-empty = तपाईंले अहिलेसम्म कुनै पाठ्यक्रम सुरु गर्नुभएको छैन।
transcript-unit-score = अङ्क: { $score }
transcript-time-spent = लागेको समय: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = xAPI स्टेटमेन्टका रूपमा डाउनलोड गर्नुहोस् (JSON)
transcript-export-csv = स्प्रेडसिटका रूपमा डाउनलोड गर्नुहोस् (CSV)
transcript-reset = यो पाठ्यक्रममा मेरो प्रगति रिसेट गर्नुहोस्
transcript-reset-confirm = “{ $course }” पाठ्यक्रममा तपाईंको सबै प्रगति रिसेट गर्ने हो? यसलाई फेरि पहिलेजस्तो बनाउन सकिँदैन।

## सिकाइ अभिलेख भण्डार (LRS) मा पठाउने, हेडर र सेटिङ पृष्ठमा देखाइन्छ
nav-settings = सेटिङ
sync-off = यो यन्त्रमा सुरक्षित गरिएको
sync-off-detail = सिकाइ अभिलेख भण्डारसँग जोडिएको छैन: तपाईंको प्रगति यही ब्राउजरमा रहन्छ। आफूले पूरा गरेका कुराहरू आफ्नो संस्थामा पठाउन सेटिङमा भण्डार जोड्नुहोस्।
sync-done = सबै पठाइयो
sync-pending = { $count ->
    [one] { $count } वटा अभिलेख पठाउन बाँकी
   *[other] { $count } वटा अभिलेख पठाउन बाँकी
}
sync-last-delivery = पछिल्लो पटक पठाइएको: { $date }
sync-error-offline = तपाईं अफलाइन हुनुहुन्छ। तपाईंका अभिलेखहरू सुरक्षित छन् र जडान फर्केपछि पठाइनेछन्।
sync-error-unreachable = सिकाइ अभिलेख भण्डारमा पुग्न सकिएन। केही बेरमा फेरि प्रयास गरिनेछ; केही पनि हराएको छैन।
sync-error-server = सिकाइ अभिलेख भण्डारमा समस्या छ (HTTP { $status })। केही बेरमा फेरि प्रयास गरिनेछ; केही पनि हराएको छैन।
sync-error-unauthorized = सिकाइ अभिलेख भण्डारले तपाईंको लगइन विवरण स्वीकार गरेन। सेटिङमा फेरि प्रविष्ट गर्नुहोस्; त्यतिन्जेलसम्म तपाईंका अभिलेखहरू सुरक्षित राखिन्छन्।
sync-error-not-found = यो ठेगानामा कुनै सिकाइ अभिलेख भण्डार छैन। सेटिङमा ठेगाना जाँच गर्नुहोस्; त्यतिन्जेलसम्म तपाईंका अभिलेखहरू सुरक्षित राखिन्छन्।
sync-error-version = सिकाइ अभिलेख भण्डारले xAPI को अर्कै संस्करण प्रयोग गर्छ ({ $detail })। आफ्नो संस्थासँग xAPI 1.0.3 वा 2.0.0 प्रयोग गर्ने ठेगाना माग्नुहोस्।
sync-error-storage = पठाउन बाँकी अभिलेखहरू यो ब्राउजरको भण्डारणबाट पढ्न सकिएन ({ $detail })।
sync-set-aside = { $count ->
    [one] { $count } वटा अभिलेख सिकाइ अभिलेख भण्डारद्वारा अस्वीकार गरियो
   *[other] { $count } वटा अभिलेख सिकाइ अभिलेख भण्डारद्वारा अस्वीकार गरिए
}
sync-set-aside-detail = यी अभिलेखहरू भण्डारको जवाफसहित यहीँ राखिएका छन्, ताकि के सच्याउनुपर्छ भनेर तपाईं वा तपाईंको संस्थाले हेर्न सकोस्।
settings-heading = सेटिङ
settings-lrs-heading = सिकाइ अभिलेख भण्डार
settings-lrs-intro = तपाईंले पूरा गरेका कुरा र अङ्कहरू संस्थाको अभिलेखमा पुगून् भनेर तपाईंको संस्थाले यी विवरणहरू दिन्छ।
settings-lrs-endpoint = ठेगाना (xAPI endpoint)
settings-lrs-key = की वा प्रयोगकर्ता नाम
settings-lrs-secret = सिक्रेट वा पासवर्ड
settings-lrs-token = वा पहुँच टोकन
settings-lrs-name = तपाईंको नाम
settings-lrs-email = तपाईंको इमेल ठेगाना
settings-lrs-connect = जोड्नुहोस्
settings-lrs-disconnect = जडान हटाउनुहोस्
settings-lrs-connected = { $endpoint } मा { $who } का रूपमा जोडिएको छ।
settings-lrs-invalid-endpoint = https:// वा http:// बाट सुरु हुने सिकाइ अभिलेख भण्डारको ठेगाना प्रविष्ट गर्नुहोस्।
settings-lrs-invalid-email = अभिलेखहरू तपाईंकै नाममा राख्न आफ्नो इमेल ठेगाना प्रविष्ट गर्नुहोस्।
cmi5-unit-needs-worker = यो गतिविधिका लागि प्लेयरको स्थापना पूरा हुनुपर्छ: खोल्न पृष्ठ फेरि लोड गर्नुहोस्।
cmi5-exit = बाहिर निस्कनुहोस्
cmi5-exiting = सुरक्षित गर्दै फर्किँदै…
cmi5-browse = ब्राउज गर्दै: यहाँ तपाईंले गर्ने केही पनि रेकर्ड हुँदैन।
cmi5-review = पुनरावलोकन: यहाँ तपाईंले गर्ने केही पनि रेकर्ड हुँदैन।
cmi5-ended = यो सत्र सकियो। थप रेकर्ड गर्न आफ्नो सिकाइ प्लेटफर्मबाट कोर्स फेरि खोल्नुहोस्।
settings-lrs-launch-failed = पाठ्यक्रम काम नगरेको साइन-इनबाट खोलिएको थियो ({ $detail })। आफ्नो संस्थाको साइटबाट यसलाई फेरि खोल्नुहोस्।

sources-heading = पाठ्यक्रमका स्रोतहरू
sources-intro = पाठ्यक्रम सूचीले तलका क्याटलगहरूलाई एकै ठाउँमा ल्याउँछ। तपाईं अर्को विश्वविद्यालय वा पाठ्यक्रम प्रदायकको क्याटलग त्यसको ठेगानाबाट थप्न सक्नुहुन्छ; यो यही उपकरणमा तपाईंका लागि राखिन्छ।
sources-site = यो साइटले छानेको
sources-remove = हटाउनुहोस्
sources-add-label = स्रोत थप्नुहोस्: यसको क्याटलगको ठेगाना
sources-check = जाँच गर्नुहोस्
sources-preview = { $count ->
    [one] एउटा पाठ्यक्रम
   *[other] { $count } वटा पाठ्यक्रम
}
sources-add-confirm = यो स्रोत थप्नुहोस्
sources-added = थपियो: यसका पाठ्यक्रमहरू अब पाठ्यक्रम सूचीमा छन्।
sources-removed = हटाइयो: यसका पाठ्यक्रमहरू अब पाठ्यक्रम सूचीमा छैनन्।
sources-invalid-url = https:// बाट सुरु हुने ठेगाना प्रविष्ट गर्नुहोस् (वा यो साइटको कुनै मार्ग, जस्तै /courses/catalog.json)।
sources-duplicate = यो क्याटलग पहिल्यै सूचीमा छ।
sources-full = तपाईंको स्रोत सूची भरिएको छ। अर्को थप्न एउटा हटाउनुहोस्।

## Unsupported and errors
unit-needs-newer-player = यो एकाइका लागि प्लेयरको नयाँ संस्करण चाहिन्छ
unit-needs-newer-player-detail = यो “{ $kind }” प्रकारको एकाइ हो, जसलाई Alliance Player को यो संस्करणले अझै चिन्दैन। पाठ्यक्रमका बाँकी भागहरू ठीकसँग चल्छन्; आफ्नो पाठ्यक्रम प्रदायकलाई सोध्नुहोस् वा प्लेयर अद्यावधिक गर्नुहोस्।
error-heading = केही गडबड भयो
error-catalog = पाठ्यक्रम सूची लोड गर्न सकिएन।
error-document = यो कागजात देखाउन सकिँदैन।
error-course = यो पाठ्यक्रम खोल्न सकिएन।
error-course-not-found = यो सूचीमा “{ $course }” नामको कुनै पाठ्यक्रम छैन।
error-unit-not-found = यो पाठ्यक्रममा “{ $unit }” नामको कुनै एकाइ छैन।
error-page-not-found = यो पृष्ठ अवस्थित छैन।
error-retry = फेरि प्रयास गर्नुहोस्
error-part-unavailable = प्लेयरको यो भाग डाउनलोड गर्न सकिएन। आफ्नो इन्टरनेट जडान जाँच गर्नुहोस्, अनि फेरि प्रयास गर्नुहोस्।
error-what-to-do = समस्या कायमै रहेमा, माथि देखाइएको कुरा पाठ्यक्रम प्रदायकलाई बताउनुहोस्।

## Offline use: the player on this device, course downloads, data saver
offline-indicator = अफलाइन
offline-indicator-detail = तपाईं अफलाइन हुनुहुन्छ। डाउनलोड गरिएका पाठ्यक्रमहरू सधैँझैँ चल्छन्; तपाईंको प्रगति यो यन्त्रमा सुरक्षित हुन्छ र तपाईं फेरि अनलाइन भएपछि पठाइन्छ।
update-ready = Alliance Player को नयाँ संस्करण तयार छ।
update-reload = अद्यावधिक गर्न रिलोड गर्नुहोस्
download-heading = अफलाइन प्रयोग
download-course = अफलाइन प्रयोगका लागि डाउनलोड गर्नुहोस् ({ $size })
download-resume = डाउनलोड जारी राख्नुहोस् ({ $size } बाँकी)
download-progress = { $total } मध्ये { $done } · { $unitsTotal } मध्ये { $units } वटा एकाइ
download-cancel = रद्द गर्नुहोस्
download-done = डाउनलोड भयो: यो पाठ्यक्रम अफलाइन चल्छ ({ $size })।
download-remove = डाउनलोड हटाउनुहोस्
download-stored-partly = { $total } मध्ये { $done } यो यन्त्रमा पहिल्यै छ।
download-failed = डाउनलोड रोकियो: { $detail } पहिल्यै भण्डारण भइसकेको भाग सुरक्षित रहन्छ; अघि बढ्न “डाउनलोड जारी राख्नुहोस्” थिच्नुहोस्।
download-file-mismatch = { $file } पूर्ण रूपमा आइपुगेन (अपेक्षित: { $expected }, प्राप्त: { $got })।
download-file-failed = { $file } डाउनलोड गर्न सकिएन ({ $detail })।
download-no-cors = { $host } ले यो प्लेयरलाई आफ्ना फाइलहरू पढ्न दिँदैन (यसले कुनै CORS हेडर पठाउँदैन), त्यसैले तिनलाई जाँच्न र भण्डारण गर्न सकिँदैन। यसका प्रशासकले पाठ्यक्रमको हरेक फाइलसँग Access-Control-Allow-Origin पठाउनुपर्छ।
download-quota = यो यन्त्रमा पाठ्यक्रमका लागि ठाउँ बाँकी छैन। केही ठाउँ खाली गर्नुहोस् वा अर्को डाउनलोड हटाउनुहोस्, अनि फेरि जारी राख्नुहोस्।
download-storage = यो ब्राउजरले यो यन्त्रमा प्रयोग गर्न पाउने { $available } मध्ये { $used } प्रयोग गरिरहेको छ।
download-persistent = तपाईंले नहटाएसम्म डाउनलोडहरू रहिरहन्छन्।
download-not-persistent = यन्त्रमा ठाउँ कम भएमा ब्राउजरले डाउनलोडहरू हटाउन सक्छ।
download-needs-network = तपाईं अफलाइन हुनुहुन्छ। यो पाठ्यक्रम डाउनलोड गर्न इन्टरनेटमा जोडिनुहोस्।
data-saver = डेटा बचत
data-saver-help = तपाईंले प्ले थिचेपछि मात्र मिडिया लोड हुन्छ, ट्रान्सक्रिप्ट पहिले आउँछ, र मिडियाको छेउमा यसको आकार देखाइन्छ।
media-size = लोड गर्नुपर्ने: { $size }

## Notes and bookmarks
notes-heading = मेरा टिपोटहरू
notes-bookmark = यो एकाइ बुकमार्क गर्नुहोस्
notes-bookmarked = बुकमार्क गरियो
notes-bookmark-moment = यो क्षण बुकमार्क गर्नुहोस्
notes-note-label = यो एकाइबारे तपाईंको टिपोट
notes-save = टिपोट सुरक्षित गर्नुहोस्
notes-saved = सुरक्षित भयो।
notes-delete = मेटाउनुहोस्
# A moment of a video or audio, e.g. "At 1:05".
notes-at = { $time } मा
notes-empty = यो पाठ्यक्रममा अहिलेसम्म कुनै टिपोट वा बुकमार्क छैन। कुनै एकाइ वा भिडियोको कुनै क्षण बुकमार्क गर्नुहोस्, र त्यसमा टिपोट लेख्नुहोस्।
notes-where = तपाईंका टिपोटहरू यो यन्त्रमा रहन्छन्, र सिकाइ अभिलेख भण्डार जोडिएको बेला त्यहाँ पनि पुग्छन्।
notes-too-long = एउटा टिपोटमा बढीमा { $max } अक्षर हुन सक्छन्।
notes-too-many = यो पाठ्यक्रममा राख्न सकिने जति टिपोट भइसके: अर्को थप्न एउटा मेटाउनुहोस्।

## Accessibility
unit-nav-label = अघिल्लो र अर्को एकाइ
captions-always = भिडियो वा अडियोमा उपशीर्षक भएमा सधैँ देखाउनुहोस् (तपाईंको भाषामा भए त्यही भाषामा, नभए पाठ्यक्रमको भाषामा)
caption-style = उपशीर्षकको शैली
caption-size = अक्षरको आकार
caption-colour = अक्षरको रङ
caption-background = पृष्ठभूमि
caption-colour-white = सेतो
caption-colour-yellow = पहेँलो
caption-colour-cyan = सायन
caption-colour-green = हरियो
caption-colour-magenta = म्याजेन्टा
caption-colour-black = कालो
caption-background-black = कालो, अर्धपारदर्शी
caption-background-solid-black = कालो
caption-background-white = सेतो
caption-background-transparent = कुनै पनि होइन
caption-background-blue = निलो
caption-preview = उपशीर्षक यस्तो देखिनेछ।
caption-unreadable = यो पृष्ठभूमिमा यो अक्षर पढ्न गाह्रो छ: अर्को रङ वा पृष्ठभूमि छान्नुहोस्।
launch-other = यो लिङ्कले तपाईंका सिकाइ अभिलेखहरू { $who } को रूपमा { $endpoint } मा पठाउनेछ। तपाईं { $current } मा { $current_who } को रूपमा जोडिनुभएको छ।
launch-switch = यो जडानमा जानुहोस्
launch-keep = मेरो जडान राख्नुहोस्

launch-other-learner = यो लिङ्क { $who } का लागि हो। अहिले { $current_who } ले प्लेयर चलाइरहनुभएको छ। { $who } मा जाने?
launch-switch-learner = सिकारु बदल्नुहोस्

## Learners
learners-heading = यो उपकरणका सिकारुहरू
learners-locked = { $name } ले प्लेयर चलाइरहनुभएको छ
learner-unnamed = म
learner-now = अहिले प्लेयर चलाइरहनुभएको
learner-switch = यो सिकारुमा जानुहोस्
learner-rename = नाम बदल्नुहोस्
learner-name = नाम
learner-save = सुरक्षित गर्नुहोस्
learner-cancel = रद्द गर्नुहोस्
learner-remove = हटाउनुहोस्
learner-remove-ask = { $name } लाई यो उपकरणबाट हटाउने? यो उपकरणमा उहाँको प्रगति, पठाउन बाँकी अभिलेख र सेटिङ मेटिनेछन्। डाउनलोड गरिएका पाठ्यक्रम रहिरहनेछन्।
learner-removed = { $name } लाई हटाइयो।
learner-pin = पिन (चार अङ्क, ऐच्छिक)
learner-pin-label = पिन
learner-pin-for = { $name } को पिन
learner-pin-new = नयाँ पिन (चार अङ्क)
learner-pin-set = पिन राख्नुहोस्
learner-pin-remove = पिन हटाउनुहोस्
learner-pin-open = जारी राख्नुहोस्
learner-pin-note = पिनले यो उपकरण साझा गर्नेहरूलाई एकअर्काको प्रगतिमा पस्नबाट रोक्छ। यो गोपनीयताका लागि हो, सुरक्षाका लागि होइन।
learner-add-heading = सिकारु थप्नुहोस्
learner-add = थप्नुहोस्
learner-added = { $name } लाई थपियो।
learner-saved = सुरक्षित भयो।
learner-error-empty = नाम लेख्नुहोस्।
learner-error-long = यो नाम धेरै लामो छ।
learner-error-taken = यो उपकरणमा पहिले नै { $name } नाम गरेको कोही छ।
learner-error-pin = पिन ठ्याक्कै चार अङ्कको हुन्छ।
learner-error-full = यो उपकरणमा थप सिकारुका लागि ठाउँ छैन। पहिले कसैलाई हटाउनुहोस्।
learner-error-unknown = सिकारुहरूको सूची बदल्न सकिएन। पृष्ठ फेरि लोड गरेर पुनः प्रयास गर्नुहोस्।
learner-error-wrong-pin = यो पिन मिलेन।
signout-ask = { $count ->
    [one] { $count } वटा अभिलेख अझै पठाइएको छैन।
   *[other] { $count } वटा अभिलेख अझै पठाइएका छैनन्।
}
signout-keep = { $count ->
    [one] बाँकी अभिलेख अर्को जडानका लागि राख्नुहोस्
   *[other] बाँकी { $count } वटा अभिलेख अर्को जडानका लागि राख्नुहोस्
}
signout-discard = { $count ->
    [one] यसलाई फाल्नुहोस्
   *[other] तिनलाई फाल्नुहोस्
}
