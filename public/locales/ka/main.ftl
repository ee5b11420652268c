# Alliance Player interface strings — ქართული
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = ქართული
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = შინაარსზე გადასვლა
# In the header where the browser offers to install the player as an app.
install-app = აპის ინსტალაცია
install-app-hint = დააინსტალირეთ Alliance Player ამ მოწყობილობაზე: ის თქვენი აპებიდან, საკუთარ ფანჯარაში გაიხსნება, ხაზგარეშეც.
nav-catalog = კურსები
loading = იტვირთება…

## Languages
language-picker-label = ინტერფეისის ენა
language-picker-search = ენის ძიება
language-picker-none = თქვენს ძიებას არცერთი ენა არ შეესაბამება.
content-language-label = კურსის ენა
content-language-auto = როგორც ინტერფეისში
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = ენა: { $language }

## Catalogue
catalog-heading = კურსების კატალოგი
catalog-search-label = კურსების ძიება
catalog-search-placeholder = სათაური, თემა ან ორგანიზატორი
catalog-more = მეტი კურსის ჩვენება
catalog-earlier = წინა კურსების ჩვენება
catalog-loading-more = ვეძებთ სხვა კურსებშიც…
catalog-language-label = ენა
catalog-language-any = ყველა ენა
catalog-count = { $count ->
    [0] შესაბამისი კურსი არ მოიძებნა.
    [one] ერთი კურსი
   *[other] { $count } კურსი
}
catalog-empty = თქვენს ძიებას არცერთი კურსი არ შეესაბამება. სცადეთ სხვა სიტყვა ან აირჩიეთ ყველა ენა.
catalog-rejected = { $count ->
    [one] ამ კატალოგის ერთი კურსის ჩვენება ვერ მოხერხდა:
   *[other] ამ კატალოგის { $count } კურსის ჩვენება ვერ მოხერხდა:
}
# A site's catalogue and the learner's own can be several; one that fails is named here, the others still show.
# $source is a catalogue's title or its address; $id is a course's short name, as in its address /course/{ $id }.
catalog-source-notice = ამ სიას ზოგიერთი კურსი აკლია:
catalog-source-unreachable = წყარო { $source } მიუწვდომელია: შესაძლოა, საიტი არ მუშაობს ან ამ ფლეერს თავისი კურსების წაკითხვის უფლებას არ აძლევს.
catalog-source-status = წყარომ { $source } შეცდომით უპასუხა (HTTP { $status }).
catalog-source-too-large = წყარო { $source } აღემატება ზღვარს ({ $limit }) — ეს არის მაქსიმუმი, რასაც ეს ფლეერი ერთი კატალოგიდან კითხულობს.
catalog-source-invalid = წყარო { $source } არ არის კურსების კატალოგი, რომლის წაკითხვაც ამ ფლეერს შეუძლია: { $detail }
catalog-source-left-out = კურსი „{ $course }“ წყაროდან { $source } გამოტოვებულია: მისი მისამართი, /course/{ $id }, უკვე სხვა კურსს აქვს.
course-provider = ორგანიზატორი: { $provider }
course-languages = ენები: { $languages }
course-size = ჩამოტვირთვის ზომა: { $size }
course-open = კურსის გახსნა
course-continue = გაგრძელება
course-progress = შესრულებულია: { $percent }

## Course
course-outline = კურსის შინაარსი
outline-show-earlier = წინა გაკვეთილების ჩვენება (დამალულია: { $count })
outline-show-later = შემდეგი გაკვეთილების ჩვენება (დამალულია: { $count })
course-start = კურსის დაწყება
course-units = { $count ->
    [one] ერთი გაკვეთილი
   *[other] { $count } გაკვეთილი
}
unit-ordinal = გაკვეთილი { $index } / { $total }
unit-state-not-started = არ დაწყებულა
unit-state-in-progress = მიმდინარეობს
unit-state-completed = დასრულებულია
unit-state-passed = ჩაბარებულია
unit-state-failed = ჯერ არ ჩაბარებულა
unit-kind-video = ვიდეო
unit-kind-audio = აუდიო
unit-kind-reading = საკითხავი
unit-kind-quiz = ტესტი
unit-kind-document = დოკუმენტი
unit-kind-interactive = აქტივობა
unit-kind-unknown = ახალი ტიპის გაკვეთილი
unit-previous = წინა
unit-next = შემდეგი
unit-mark-done = შესრულებულად მონიშვნა
unit-done = შესრულებულია
back-to-catalog = ყველა კურსი
# Search inside the course, above the outline. $time is a position in a video or audio, e.g. "1:05".
course-search-label = ძიება ამ კურსში
course-search-count = { $count ->
    [0] შედეგები არ არის
    [one] ერთი შედეგი
   *[other] { $count } შედეგი
}
course-search-more = { $count ->
    [one] ნაჩვენებია მხოლოდ პირველი შედეგი; ძიების დასაზუსტებლად დაამატეთ სიტყვები.
   *[other] ნაჩვენებია მხოლოდ პირველი { $count } შედეგი; ძიების დასაზუსტებლად დაამატეთ სიტყვები.
}
course-search-subtitles = ვეძებთ სუბტიტრებშიც…
course-search-incomplete = ზოგიერთ სუბტიტრში ძიება ვერ მოხერხდა.
course-search-in-title = სათაური
course-search-in-reading = საკითხავი
course-search-in-transcript = ტრანსკრიპტი
course-search-in-subtitle = სუბტიტრები, { $time }
course-search-in-quiz = ტესტის კითხვა

## Media
media-speed = სიჩქარე
media-subtitles = სუბტიტრები
media-subtitles-off = გამორთული
media-subtitles-second = მეორე სუბტიტრები
media-fullscreen = სრული ეკრანი
media-fullscreen-exit = სრული ეკრანიდან გასვლა
media-shortcuts = კლავიატურის მალსახმობები
media-shortcuts-hint = როცა ვიდეო- ან აუდიოფლეერი არჩეულია:
# The name of the space bar key, as printed on keyboards.
media-key-space = ჰარი
media-key-play = დაკვრა ან პაუზა
media-key-seek = 5 წამით უკან ან წინ
media-key-speed = უფრო ნელა ან უფრო სწრაფად
media-key-captions = სუბტიტრების ჩართვა ან გამორთვა
media-key-fullscreen = სრული ეკრანის ჩართვა ან გამორთვა
media-transcript = ტრანსკრიპტი
media-watched = ნანახია: { $percent }
media-unsupported = თქვენი ბრაუზერი ამ ფაილს ვერ უკრავს. სცადეთ სხვა ბრაუზერი ან ჩამოტვირთეთ ფაილი:

## Reading and document
reading-end = საკითხავის დასასრული
document-download = PDF-ის ჩამოტვირთვა ({ $size })
document-download-nosize = PDF-ის ჩამოტვირთვა
document-fallback = თქვენი ბრაუზერი აქ PDF-ს ვერ აჩვენებს. წასაკითხად ჩამოტვირთეთ ფაილი.
document-not-pdf = { $file } არ არის PDF ფაილი. დოკუმენტის გაკვეთილი მხოლოდ PDF ფაილებს აჩვენებს, რომლებიც „%PDF-“-ით იწყება.

## Quiz
quiz-passing = ჩასაბარებლად საჭიროა { $percent }.
quiz-attempts-left = { $count ->
    [one] დარჩა ერთი მცდელობა
   *[other] დარჩა { $count } მცდელობა
}
quiz-attempts-unlimited = მცდელობების რაოდენობა შეუზღუდავია
quiz-attempts-used = { $count ->
    [one] თქვენ უკვე გამოიყენეთ ერთადერთი მცდელობა.
   *[other] თქვენ უკვე გამოიყენეთ ყველა { $count } მცდელობა.
}
quiz-question = კითხვა { $index }
quiz-true = ჭეშმარიტი
quiz-false = მცდარი
quiz-answer-label = თქვენი პასუხი
quiz-submit = პასუხების გაგზავნა
quiz-retry = ხელახლა ცდა
quiz-score = თქვენი შედეგი: { $score }
quiz-passed = ჩაბარებულია — ყოჩაღ!
quiz-failed = ჯერ არ ჩაბარებულა.
quiz-best = საუკეთესო შედეგი: { $score }
quiz-correct = სწორია
quiz-incorrect = არასწორია
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = გადახედვა: ყველა კითხვასთან ნაჩვენებია სწორი პასუხი.
quiz-right-answer = სწორი პასუხი

## Interactive
interactive-title = ინტერაქტიული აქტივობა: { $title }
interactive-hint = გაკვეთილის დასასრულებლად შეასრულეთ აქტივობა.

## Storage
storage-quota = ბრაუზერში ფლეერისთვის გამოყოფილი მეხსიერება სავსეა, ამიტომ თქვენი ბოლო პროგრესი ვერ შეინახა. გაათავისუფლეთ ადგილი (ბრაუზერის პარამეტრებში წაშალეთ ჩამოტვირთული კურსები ან სხვა საიტების მონაცემები) და განაგრძეთ: ადრე შენახული არაფერი დაკარგულა.
storage-unavailable = ეს ბრაუზერი ფლეერს თქვენი პროგრესის შენახვის საშუალებას არ აძლევს, ამიტომ ის მხოლოდ გვერდის დახურვამდე ინახება. პირად ფანჯრებში მონაცემების შენახვა ხშირად დაბლოკილია.
storage-write-failed = თქვენი ბოლო პროგრესი ჯერ ვერ შეინახა. ის ამ გვერდზეა და თქვენს შემდეგ ნაბიჯზე შეინახება.

## Transcript (the learner's record of progress)
nav-transcript = ჩემი პროგრესი
transcript-heading = ჩემი პროგრესი
transcript-empty = ჯერ არცერთი კურსი არ დაგიწყიათ.
transcript-unit-score = შედეგი: { $score }
transcript-time-spent = დახარჯული დრო: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = ჩამოტვირთვა xAPI განცხადებების სახით (JSON)
transcript-export-csv = ჩამოტვირთვა ცხრილის სახით (CSV)
transcript-reset = ჩემი პროგრესის განულება ამ კურსში
transcript-reset-confirm = განულდეს თქვენი მთელი პროგრესი კურსში „{ $course }“? ამის გაუქმება შეუძლებელია.

## Delivery to the learning record store (LRS), shown in the header and on the settings page
nav-settings = პარამეტრები
sync-off = შენახულია ამ მოწყობილობაზე
sync-off-detail = სასწავლო ჩანაწერების საცავი დაკავშირებული არ არის: თქვენი პროგრესი ამ ბრაუზერში რჩება. დააკავშირეთ საცავი პარამეტრებში, რომ თქვენმა დაწესებულებამ მიიღოს ინფორმაცია თქვენ მიერ დასრულებულის შესახებ.
sync-done = ყველაფერი გაგზავნილია
sync-pending = { $count ->
    [one] 1 ჩანაწერი ელოდება გაგზავნას
   *[other] { $count } ჩანაწერი ელოდება გაგზავნას
}
sync-last-delivery = ბოლო გაგზავნა: { $date }
sync-error-offline = ინტერნეტთან კავშირი არ არის. თქვენი ჩანაწერები შენახულია და გაიგზავნება, როცა კავშირი აღდგება.
sync-error-unreachable = სასწავლო ჩანაწერების საცავთან დაკავშირება ვერ მოხერხდა. მალე ხელახლა ვცდით; არაფერი დაკარგულა.
sync-error-server = სასწავლო ჩანაწერების საცავს პრობლემა აქვს (HTTP { $status }). მალე ხელახლა ვცდით; არაფერი დაკარგულა.
sync-error-unauthorized = სასწავლო ჩანაწერების საცავმა თქვენი შესვლის მონაცემები არ მიიღო. ხელახლა შეიყვანეთ ისინი პარამეტრებში; მანამდე თქვენი ჩანაწერები შენახული იქნება.
sync-error-not-found = ამ მისამართზე სასწავლო ჩანაწერების საცავი არ არის. შეამოწმეთ მისამართი პარამეტრებში; მანამდე თქვენი ჩანაწერები შენახული იქნება.
sync-error-version = სასწავლო ჩანაწერების საცავი xAPI-ის სხვა ვერსიას იყენებს ({ $detail }). სთხოვეთ თქვენს დაწესებულებას მისამართი, რომელიც xAPI 1.0.3-ს ან 2.0.0-ს უჭერს მხარს.
sync-error-storage = გაგზავნის მომლოდინე ჩანაწერების წაკითხვა ამ ბრაუზერის მეხსიერებიდან ვერ მოხერხდა ({ $detail }).
sync-set-aside = { $count ->
    [one] სასწავლო ჩანაწერების საცავმა 1 ჩანაწერი უარყო
   *[other] სასწავლო ჩანაწერების საცავმა { $count } ჩანაწერი უარყო
}
sync-set-aside-detail = ეს ჩანაწერები აქ ინახება საცავის პასუხთან ერთად, რომ თქვენ ან თქვენმა დაწესებულებამ ნახოთ, რა უნდა გასწორდეს.
settings-heading = პარამეტრები
settings-lrs-heading = სასწავლო ჩანაწერების საცავი
settings-lrs-intro = ამ მონაცემებს თქვენი დაწესებულება გაძლევთ, რომ თქვენი დასრულებული აქტივობები და შედეგები მის ჩანაწერებში მოხვდეს.
settings-lrs-endpoint = მისამართი (xAPI endpoint)
settings-lrs-key = გასაღები ან მომხმარებლის სახელი
settings-lrs-secret = საიდუმლო გასაღები ან პაროლი
settings-lrs-token = ან წვდომის ტოკენი
settings-lrs-name = თქვენი სახელი
settings-lrs-email = თქვენი ელფოსტის მისამართი
settings-lrs-connect = დაკავშირება
settings-lrs-disconnect = გათიშვა
settings-lrs-connected = დაკავშირებულია მისამართთან { $endpoint }, როგორც { $who }.
settings-lrs-invalid-endpoint = შეიყვანეთ სასწავლო ჩანაწერების საცავის მისამართი, რომელიც იწყება https://-ით ან http://-ით.
settings-lrs-invalid-email = შეიყვანეთ თქვენი ელფოსტის მისამართი, რომ ჩანაწერები თქვენი სახელით შეინახოს.
cmi5-unit-needs-worker = ამ აქტივობისთვის ფლეერმა ინსტალაცია უნდა დაასრულოს: მის გასახსნელად ხელახლა ჩატვირთეთ გვერდი.
cmi5-exit = გასვლა
cmi5-exiting = ვინახავთ და ვბრუნდებით…
cmi5-browse = დათვალიერება: აქ თქვენი მოქმედებები არ ჩაიწერება.
cmi5-review = გადახედვა: აქ თქვენი მოქმედებები არ ჩაიწერება.
cmi5-ended = ეს სესია დასრულდა. მეტის ჩასაწერად კურსი ხელახლა გახსენით თქვენი სასწავლო პლატფორმიდან.
settings-lrs-launch-failed = კურსი გაიხსნა ავტორიზაციით, რომელმაც არ იმუშავა ({ $detail }). ხელახლა გახსენით ის თქვენი დაწესებულების საიტიდან.

## Course sources (settings): the catalogues whose courses the course list shows
sources-heading = კურსების წყაროები
sources-intro = კურსების სიაში გაერთიანებულია ქვემოთ მოცემული კატალოგები. შეგიძლიათ დაამატოთ სხვა უნივერსიტეტის ან კურსების ორგანიზატორის კატალოგი მისი მისამართით; ის თქვენთვის შეინახება ამ მოწყობილობაზე.
sources-site = არჩეულია ამ საიტის მიერ
sources-remove = წაშლა
sources-add-label = წყაროს დამატება: მისი კატალოგის მისამართი
sources-check = შემოწმება
# The number of courses in the catalogue the learner is about to add.
sources-preview = { $count ->
    [one] ერთი კურსი
   *[other] { $count } კურსი
}
sources-add-confirm = ამ წყაროს დამატება
sources-added = დაემატა: მისი კურსები ახლა კურსების სიაშია.
sources-removed = წაიშალა: მისი კურსები აღარ არის კურსების სიაში.
sources-invalid-url = შეიყვანეთ მისამართი, რომელიც იწყება https://-ით (ან ამ საიტზე არსებული გზა, მაგალითად /courses/catalog.json).
sources-duplicate = ეს კატალოგი უკვე სიაშია.
sources-full = თქვენი წყაროების სია სავსეა. ახლის დასამატებლად ჯერ ერთი წაშალეთ.

## Unsupported and errors
unit-needs-newer-player = ამ გაკვეთილს ფლეერის უფრო ახალი ვერსია სჭირდება
unit-needs-newer-player-detail = ეს „{ $kind }“ ტიპის გაკვეთილია, რომელსაც Alliance Player-ის ეს ვერსია ჯერ არ იცნობს. კურსის დანარჩენი ნაწილი მუშაობს; მიმართეთ კურსის ორგანიზატორს ან განაახლეთ ფლეერი.
error-heading = რაღაც შეცდომა მოხდა
error-catalog = კურსების კატალოგის ჩატვირთვა ვერ მოხერხდა.
error-document = ამ დოკუმენტის ჩვენება შეუძლებელია.
error-course = ამ კურსის გახსნა ვერ მოხერხდა.
error-course-not-found = ამ კატალოგში კურსი „{ $course }“ არ არის.
error-unit-not-found = ამ კურსში გაკვეთილი „{ $unit }“ არ არის.
error-page-not-found = ეს გვერდი არ არსებობს.
error-retry = ხელახლა ცდა
error-part-unavailable = ფლეერის ამ ნაწილის ჩამოტვირთვა ვერ მოხერხდა. შეამოწმეთ კავშირი და სცადეთ ხელახლა.
error-what-to-do = თუ პრობლემა არ მოგვარდა, კურსის ორგანიზატორს აცნობეთ ზემოთ ნაჩვენები ტექსტი.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = ხაზგარეშე
offline-indicator-detail = ინტერნეტთან კავშირი არ არის. ჩამოტვირთული კურსები ჩვეულებრივ მუშაობს; თქვენი პროგრესი ამ მოწყობილობაზე ინახება და გაიგზავნება, როცა კავშირი აღდგება.
update-ready = Alliance Player-ის ახალი ვერსია მზადაა.
update-reload = გადატვირთვა და განახლება
download-heading = ხაზგარეშე გამოყენება
download-course = ჩამოტვირთვა ხაზგარეშე გამოსაყენებლად ({ $size })
download-resume = ჩამოტვირთვის გაგრძელება (დარჩა { $size })
download-progress = { $done } / { $total } · გაკვეთილები: { $units } / { $unitsTotal }
download-cancel = გაუქმება
download-done = ჩამოტვირთულია: ეს კურსი ხაზგარეშე მუშაობს ({ $size }).
download-remove = ჩამოტვირთულის წაშლა
download-stored-partly = { $done } / { $total } უკვე ამ მოწყობილობაზეა.
download-failed = ჩამოტვირთვა შეწყდა: { $detail } უკვე შენახული ნაწილი არ დაიკარგება; გასაგრძელებლად დააჭირეთ ღილაკს „ჩამოტვირთვის გაგრძელება“.
download-file-mismatch = ფაილი { $file } დაზიანებული ჩამოვიდა (მოსალოდნელი იყო { $expected }, მიღებულია { $got }).
download-file-failed = ფაილის { $file } ჩამოტვირთვა ვერ მოხერხდა ({ $detail }).
download-no-cors = სერვერი { $host } ამ ფლეერს თავისი ფაილების წაკითხვის საშუალებას არ აძლევს (CORS სათაურებს არ აგზავნის), ამიტომ მათი შემოწმება და შენახვა შეუძლებელია. მისმა ადმინისტრატორმა კურსის ყველა ფაილთან ერთად უნდა გააგზავნოს Access-Control-Allow-Origin.
download-quota = ამ მოწყობილობაზე კურსისთვის ადგილი აღარ არის. გაათავისუფლეთ ადგილი ან წაშალეთ სხვა ჩამოტვირთული კურსი, შემდეგ განაგრძეთ.
download-storage = ამ ბრაუზერს ამ მოწყობილობაზე შეუძლია გამოიყენოს { $available }; დაკავებულია { $used }.
download-persistent = ჩამოტვირთული კურსები რჩება, სანამ თავად არ წაშლით.
download-not-persistent = თუ მოწყობილობას ადგილი შემოაკლდება, ბრაუზერმა შეიძლება ჩამოტვირთული კურსები წაშალოს.
download-needs-network = ინტერნეტთან კავშირი არ არის. ამ კურსის ჩამოსატვირთად დაუკავშირდით ინტერნეტს.
data-saver = მონაცემების დაზოგვა
data-saver-help = მედიაფაილები მხოლოდ დაკვრის ღილაკზე დაჭერისას იტვირთება, ჯერ ტრანსკრიპტები ჩანს, ხოლო მედიაფაილების გვერდით მათი ზომაა მითითებული.
media-size = ჩასატვირთი: { $size }

## Notes and bookmarks
notes-heading = ჩემი ჩანიშვნები
notes-bookmark = ამ გაკვეთილის სანიშნეებში დამატება
notes-bookmarked = სანიშნეებშია
notes-bookmark-moment = ამ მომენტის სანიშნეებში დამატება
notes-note-label = თქვენი ჩანიშვნა ამ გაკვეთილზე
notes-save = ჩანიშვნის შენახვა
notes-saved = შენახულია.
notes-delete = წაშლა
# A moment of a video or audio, e.g. "At 1:05".
notes-at = დრო: { $time }
notes-empty = ამ კურსში ჯერ ჩანიშვნები და სანიშნეები არ არის. დაამატეთ სანიშნეებში გაკვეთილი ან ვიდეოს მომენტი და დაწერეთ მასზე ჩანიშვნა.
notes-where = თქვენი ჩანიშვნები ამ მოწყობილობაზე ინახება და თქვენს სასწავლო ჩანაწერების საცავს მიაღწევს, როცა ის დაკავშირებულია.
notes-too-long = ჩანიშვნა შეიძლება შეიცავდეს მაქსიმუმ { $max } სიმბოლოს.
notes-too-many = ამ კურსში ჩანიშვნების მაქსიმალური რაოდენობაა: ახლის დასამატებლად ჯერ ერთი წაშალეთ.

## Accessibility
unit-nav-label = წინა და შემდეგი გაკვეთილი
captions-always = სუბტიტრების ჩვენება ყოველთვის, როცა ვიდეოს ან აუდიოს აქვს ისინი (თქვენს ენაზე, თუ არსებობს, თორემ — კურსის ენაზე)
caption-style = სუბტიტრების სტილი
caption-size = ტექსტის ზომა
caption-colour = ტექსტის ფერი
caption-background = ფონი
caption-colour-white = თეთრი
caption-colour-yellow = ყვითელი
caption-colour-cyan = ცისფერი
caption-colour-green = მწვანე
caption-colour-magenta = მეწამული
caption-colour-black = შავი
caption-background-black = შავი, ნახევრად გამჭვირვალე
caption-background-solid-black = შავი
caption-background-white = თეთრი
caption-background-transparent = ფონის გარეშე
caption-background-blue = ლურჯი
caption-preview = სუბტიტრები ასე გამოჩნდება.
caption-unreadable = ამ ფონზე ტექსტი ძნელად იკითხება: აირჩიეთ სხვა ფერი ან ფონი.
launch-other = ეს ბმული თქვენს სასწავლო ჩანაწერებს გააგზავნის მისამართზე { $endpoint }, როგორც { $who }. ამჟამად დაკავშირებული ხართ მისამართთან { $current }, როგორც { $current_who }.
launch-switch = ამ კავშირზე გადართვა
launch-keep = ჩემი კავშირის შენარჩუნება
launch-other-learner = ეს ბმული განკუთვნილია მსმენელისთვის: { $who }. ამჟამად ფლეერს იყენებს { $current_who }. გადავერთოთ მსმენელზე { $who }?
launch-switch-learner = მსმენელის შეცვლა

## Learners
learners-heading = მსმენელები ამ მოწყობილობაზე
learners-locked = ფლეერს იყენებს { $name }
learner-unnamed = მე
learner-now = ახლა იყენებს ფლეერს
learner-switch = ამ მსმენელზე გადართვა
learner-rename = გადარქმევა
learner-name = სახელი
learner-save = შენახვა
learner-cancel = გაუქმება
learner-remove = წაშლა
learner-remove-ask = წაიშალოს { $name } ამ მოწყობილობიდან? ამ მოწყობილობაზე წაიშლება მისი პროგრესი, გაგზავნის მომლოდინე ჩანაწერები და პარამეტრები. ჩამოტვირთული კურსები დარჩება.
learner-removed = { $name } წაიშალა.
learner-pin = PIN-კოდი (ოთხი ციფრი, არასავალდებულო)
learner-pin-label = PIN-კოდი
learner-pin-for = PIN-კოდი: { $name }
learner-pin-new = ახალი PIN-კოდი (ოთხი ციფრი)
learner-pin-set = PIN-კოდის დაყენება
learner-pin-remove = PIN-კოდის წაშლა
learner-pin-open = გაგრძელება
learner-pin-note = PIN-კოდი ხელს უშლის ამ მოწყობილობის მომხმარებლებს, ნახონ ერთმანეთის პროგრესი. ის კონფიდენციალურობისთვისაა და არა დაცვისთვის.
learner-add-heading = მსმენელის დამატება
learner-add = დამატება
learner-added = { $name } დაემატა.
learner-saved = შენახულია.
learner-error-empty = შეიყვანეთ სახელი.
learner-error-long = ეს სახელი ძალიან გრძელია.
learner-error-taken = ამ მოწყობილობაზე უკვე არის მსმენელი სახელით { $name }.
learner-error-pin = PIN-კოდი ზუსტად ოთხი ციფრისგან შედგება.
learner-error-full = ამ მოწყობილობაზე მსმენელების მაქსიმალური რაოდენობაა. ჯერ ერთი წაშალეთ.
learner-error-unknown = მსმენელების სიის შეცვლა ვერ მოხერხდა. ხელახლა ჩატვირთეთ გვერდი და სცადეთ თავიდან.
learner-error-wrong-pin = PIN-კოდი არასწორია.
signout-ask = { $count ->
    [one] ერთი ჩანაწერი ჯერ არ გაგზავნილა.
   *[other] { $count } ჩანაწერი ჯერ არ გაგზავნილა.
}
signout-keep = { $count ->
    [one] მომლოდინე ჩანაწერის შენახვა შემდეგ დაკავშირებამდე
   *[other] { $count } მომლოდინე ჩანაწერის შენახვა შემდეგ დაკავშირებამდე
}
signout-discard = { $count ->
    [one] მისი წაშლა
   *[other] მათი წაშლა
}
