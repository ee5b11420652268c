# Alliance Player interface strings — বাংলা
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = বাংলা
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = সরাসরি মূল বিষয়বস্তুতে যান
# In the header where the browser offers to install the player as an app.
install-app = অ্যাপ ইনস্টল করুন
install-app-hint = এই ডিভাইসে Alliance Player ইনস্টল করুন: এটি আপনার অ্যাপগুলো থেকে, নিজস্ব উইন্ডোতে খোলে, অফলাইনেও।
nav-catalog = কোর্সসমূহ
loading = লোড হচ্ছে…

## Languages
language-picker-label = ইন্টারফেসের ভাষা
language-picker-search = ভাষা খুঁজুন
language-picker-none = আপনার অনুসন্ধানের সাথে মেলে এমন কোনো ভাষা নেই।
content-language-label = কোর্সের ভাষা
content-language-auto = ইন্টারফেসের ভাষার মতোই
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = { $language } ভাষায়

## Catalogue
catalog-heading = কোর্সের তালিকা
catalog-search-label = কোর্স খুঁজুন
catalog-search-placeholder = শিরোনাম, বিষয় বা প্রদানকারী
catalog-more = আরও কোর্স দেখান
catalog-earlier = আগের কোর্সগুলি দেখান
catalog-loading-more = আরও কোর্স দেখা হচ্ছে…
catalog-language-label = ভাষা
catalog-language-any = সব ভাষা
catalog-count = { $count ->
    [0] কোনো কোর্স মেলেনি।
    [one] { $count }টি কোর্স
   *[other] { $count }টি কোর্স
}
catalog-empty = আপনার অনুসন্ধানের সাথে কোনো কোর্স মেলেনি। অন্য কোনো শব্দ দিয়ে চেষ্টা করুন অথবা সব ভাষা বেছে নিন।
catalog-rejected = { $count ->
    [one] এই তালিকার { $count }টি কোর্স দেখানো যায়নি:
   *[other] এই তালিকার { $count }টি কোর্স দেখানো যায়নি:
}
catalog-source-notice = এই তালিকা থেকে কিছু কোর্স বাদ পড়েছে:
catalog-source-unreachable = { $source }-এ পৌঁছানো যায়নি: সাইটটি হয়তো বন্ধ আছে, অথবা এটি এই প্লেয়ারকে তার কোর্সগুলো পড়তে দেয় না।
catalog-source-status = { $source } একটি ত্রুটি দিয়ে উত্তর দিয়েছে (HTTP { $status })।
catalog-source-too-large = { $source } { $limit }-এর চেয়ে বড়; একটি ক্যাটালগের জন্য এই প্লেয়ার এর বেশি পড়ে না।
catalog-source-invalid = { $source } এমন কোনো কোর্স ক্যাটালগ নয় যা এই প্লেয়ার পড়তে পারে: { $detail }
catalog-source-left-out = { $source } থেকে “{ $course }” বাদ দেওয়া হয়েছে: অন্য একটি কোর্স আগে থেকেই এর ঠিকানা /course/{ $id } ব্যবহার করছে।
course-provider = প্রদানকারী: { $provider }
course-languages = ভাষা: { $languages }
course-size = ডাউনলোডের আকার: { $size }
course-open = কোর্স খুলুন
course-continue = চালিয়ে যান
course-progress = { $percent } সম্পন্ন

## Course
course-outline = কোর্সের রূপরেখা
outline-show-earlier = আগের ইউনিটগুলি দেখান ({ $count }টি লুকানো)
outline-show-later = পরের ইউনিটগুলি দেখান ({ $count }টি লুকানো)
course-start = কোর্স শুরু করুন
course-units = { $count ->
    [one] { $count }টি ইউনিট
   *[other] { $count }টি ইউনিট
}
unit-ordinal = { $total }টির মধ্যে ইউনিট { $index }
unit-state-not-started = শুরু হয়নি
unit-state-in-progress = চলছে
unit-state-completed = সম্পন্ন
unit-state-passed = উত্তীর্ণ
unit-state-failed = এখনও উত্তীর্ণ হয়নি
unit-kind-video = ভিডিও
unit-kind-audio = অডিও
unit-kind-reading = পাঠ
unit-kind-quiz = কুইজ
unit-kind-document = নথি
unit-kind-interactive = কার্যক্রম
unit-kind-unknown = নতুন ধরনের ইউনিট
unit-previous = আগের
unit-next = পরের
unit-mark-done = সম্পন্ন হিসেবে চিহ্নিত করুন
unit-done = সম্পন্ন
back-to-catalog = সব কোর্স
course-search-label = এই কোর্সে খুঁজুন
course-search-count = { $count ->
    [0] কোনো ফলাফল নেই
    [one] { $count }টি ফলাফল
   *[other] { $count }টি ফলাফল
}
course-search-more = { $count ->
    [one] শুধু প্রথম { $count }টি ফলাফল দেখানো হচ্ছে; অনুসন্ধান সংকীর্ণ করতে আরও শব্দ যোগ করুন।
   *[other] শুধু প্রথম { $count }টি ফলাফল দেখানো হচ্ছে; অনুসন্ধান সংকীর্ণ করতে আরও শব্দ যোগ করুন।
}
course-search-subtitles = সাবটাইটেলেও খোঁজা হচ্ছে…
course-search-incomplete = কিছু সাবটাইটেলে খোঁজা যায়নি।
course-search-in-title = শিরোনাম
course-search-in-reading = পাঠ
course-search-in-transcript = ট্রান্সক্রিপ্ট
course-search-in-subtitle = সাবটাইটেল, { $time }-এ
course-search-in-quiz = কুইজের প্রশ্ন

## Media
media-speed = গতি
media-subtitles = সাবটাইটেল
media-subtitles-off = বন্ধ
media-subtitles-second = দ্বিতীয় সাবটাইটেল
media-fullscreen = পূর্ণ স্ক্রিন
media-fullscreen-exit = পূর্ণ স্ক্রিন থেকে বেরিয়ে আসুন
media-shortcuts = কীবোর্ড শর্টকাট
media-shortcuts-hint = ভিডিও বা অডিও প্লেয়ারে ফোকাস থাকার সময়:
# The name of the space bar key, as printed on keyboards.
media-key-space = স্পেস
media-key-play = চালান বা থামান
media-key-seek = ৫ সেকেন্ড পিছনে বা সামনে
media-key-speed = ধীরে বা দ্রুত
media-key-captions = সাবটাইটেল চালু বা বন্ধ
media-key-fullscreen = পূর্ণ স্ক্রিন চালু বা বন্ধ
media-transcript = ট্রান্সক্রিপ্ট
media-watched = { $percent } দেখা হয়েছে
media-unsupported = আপনার ব্রাউজার এই মিডিয়া চালাতে পারছে না। অন্য কোনো ব্রাউজারে চেষ্টা করুন, অথবা এটি ডাউনলোড করুন:

## Reading and document
reading-end = পাঠের শেষ
document-download = PDF ডাউনলোড করুন ({ $size })
document-download-nosize = PDF ডাউনলোড করুন
document-fallback = আপনার ব্রাউজার এখানে PDF দেখাতে পারছে না। পড়ার জন্য এটি ডাউনলোড করুন।
document-not-pdf = { $file } কোনো PDF ফাইল নয়। নথি ইউনিট কেবল PDF ফাইল দেখায়, যা “%PDF-” দিয়ে শুরু হয়।

## Quiz
quiz-passing = উত্তীর্ণ হতে আপনার { $percent } প্রয়োজন।
quiz-attempts-left = { $count ->
    [one] আর { $count }টি প্রচেষ্টা বাকি আছে
   *[other] আর { $count }টি প্রচেষ্টা বাকি আছে
}
quiz-attempts-unlimited = সীমাহীন প্রচেষ্টা
quiz-attempts-used = { $count ->
    [one] আপনার আর কোনো প্রচেষ্টা বাকি নেই।
   *[other] আপনি আপনার সব { $count }টি প্রচেষ্টা ব্যবহার করেছেন।
}
quiz-question = প্রশ্ন { $index }
quiz-true = সত্য
quiz-false = মিথ্যা
quiz-answer-label = আপনার উত্তর
quiz-submit = উত্তর জমা দিন
quiz-retry = আবার চেষ্টা করুন
quiz-score = আপনার স্কোর: { $score }
quiz-passed = উত্তীর্ণ — খুব ভালো!
quiz-failed = এখনও উত্তীর্ণ হননি।
quiz-best = এ পর্যন্ত সেরা স্কোর: { $score }
quiz-correct = সঠিক
quiz-incorrect = ভুল
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = পর্যালোচনা: প্রতিটি প্রশ্নের সঠিক উত্তর দেখানো হয়েছে।
quiz-right-answer = সঠিক উত্তর

## Interactive
interactive-title = ইন্টারঅ্যাকটিভ কার্যক্রম: { $title }
interactive-hint = এই ইউনিটটি শেষ করতে কার্যক্রমটি সম্পন্ন করুন।

## Storage
storage-quota = এই ব্রাউজারে প্লেয়ারের জন্য বরাদ্দ স্টোরেজ পূর্ণ হয়ে গেছে, তাই আপনার সর্বশেষ অগ্রগতি সংরক্ষণ করা যায়নি। কিছু জায়গা খালি করুন (ব্রাউজারের সেটিংসে গিয়ে ডাউনলোড করা কোর্স বা অন্য সাইটের ডেটা মুছে ফেলুন), তারপর চালিয়ে যান: আগে সংরক্ষিত কোনো কিছুই হারায়নি।
storage-unavailable = এই ব্রাউজার প্লেয়ারকে আপনার অগ্রগতি সংরক্ষণ করতে দেয় না, তাই পৃষ্ঠাটি বন্ধ না করা পর্যন্তই অগ্রগতি রাখা হয়। প্রাইভেট উইন্ডো প্রায়ই স্টোরেজ আটকে দেয়।
storage-write-failed = আপনার সর্বশেষ অগ্রগতি এখনও সংরক্ষণ করা যায়নি। এটি এই পৃষ্ঠায় রাখা আছে এবং আপনার পরের ধাপে সংরক্ষিত হবে।

## Transcript (the learner's record of progress)
nav-transcript = আমার অগ্রগতি
transcript-heading = আমার অগ্রগতি
transcript-empty = আপনি এখনও কোনো কোর্স শুরু করেননি।
transcript-unit-score = স্কোর: { $score }
transcript-time-spent = ব্যয় করা সময়: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = xAPI স্টেটমেন্ট হিসেবে ডাউনলোড করুন (JSON)
transcript-export-csv = স্প্রেডশিট হিসেবে ডাউনলোড করুন (CSV)
transcript-reset = এই কোর্সে আমার অগ্রগতি রিসেট করুন
transcript-reset-confirm = “{ $course }” কোর্সে আপনার সব অগ্রগতি রিসেট করবেন? এটি আর ফিরিয়ে আনা যাবে না।

## লার্নিং রেকর্ড স্টোরে (LRS) পাঠানো, হেডারে ও সেটিংস পৃষ্ঠায় দেখানো হয়
nav-settings = সেটিংস
sync-off = এই ডিভাইসে সংরক্ষিত
sync-off-detail = কোনো লার্নিং রেকর্ড স্টোরের সাথে সংযুক্ত নয়: আপনার অগ্রগতি এই ব্রাউজারেই থাকবে। আপনার সম্পন্ন করা কাজ আপনার প্রতিষ্ঠানে পাঠাতে সেটিংসে একটি স্টোর সংযুক্ত করুন।
sync-done = সব পাঠানো হয়েছে
sync-pending = { $count ->
    [one] { $count }টি রেকর্ড পাঠানোর অপেক্ষায়
   *[other] { $count }টি রেকর্ড পাঠানোর অপেক্ষায়
}
sync-last-delivery = সর্বশেষ পাঠানো হয়েছে: { $date }
sync-error-offline = আপনি অফলাইনে আছেন। আপনার রেকর্ডগুলো রাখা আছে এবং সংযোগ ফিরে এলে পাঠানো হবে।
sync-error-unreachable = লার্নিং রেকর্ড স্টোরে পৌঁছানো যায়নি। একটু পরে আবার চেষ্টা করা হবে; কিছুই হারায়নি।
sync-error-server = লার্নিং রেকর্ড স্টোরে একটি সমস্যা হয়েছে (HTTP { $status })। একটু পরে আবার চেষ্টা করা হবে; কিছুই হারায়নি।
sync-error-unauthorized = লার্নিং রেকর্ড স্টোর আপনার লগইনের তথ্য গ্রহণ করেনি। সেটিংসে সেগুলো আবার লিখুন; ততক্ষণ আপনার রেকর্ডগুলো রাখা থাকবে।
sync-error-not-found = এই ঠিকানায় কোনো লার্নিং রেকর্ড স্টোর নেই। সেটিংসে ঠিকানাটি পরীক্ষা করুন; ততক্ষণ আপনার রেকর্ডগুলো রাখা থাকবে।
sync-error-version = লার্নিং রেকর্ড স্টোরটি xAPI-এর অন্য একটি সংস্করণ ব্যবহার করে ({ $detail })। আপনার প্রতিষ্ঠানের কাছে এমন একটি ঠিকানা চান, যা xAPI 1.0.3 বা 2.0.0 সমর্থন করে।
sync-error-storage = পাঠানোর অপেক্ষায় থাকা রেকর্ডগুলো এই ব্রাউজারের স্টোরেজ থেকে পড়া যায়নি ({ $detail })।
sync-set-aside = { $count ->
    [one] লার্নিং রেকর্ড স্টোর { $count }টি রেকর্ড প্রত্যাখ্যান করেছে
   *[other] লার্নিং রেকর্ড স্টোর { $count }টি রেকর্ড প্রত্যাখ্যান করেছে
}
sync-set-aside-detail = এই রেকর্ডগুলো স্টোরের উত্তরসহ এখানে রাখা আছে, যাতে আপনি বা আপনার প্রতিষ্ঠান দেখতে পারেন কী ঠিক করতে হবে।
settings-heading = সেটিংস
settings-lrs-heading = লার্নিং রেকর্ড স্টোর (LRS)
settings-lrs-intro = আপনার প্রতিষ্ঠান আপনাকে এই তথ্যগুলো দেয়, যাতে আপনার সম্পন্ন করা কাজ ও স্কোর তাদের রেকর্ডে পৌঁছায়।
settings-lrs-endpoint = ঠিকানা (xAPI এন্ডপয়েন্ট)
settings-lrs-key = কী বা ইউজারনেম
settings-lrs-secret = সিক্রেট বা পাসওয়ার্ড
settings-lrs-token = অথবা একটি অ্যাক্সেস টোকেন
settings-lrs-name = আপনার নাম
settings-lrs-email = আপনার ইমেইল ঠিকানা
settings-lrs-connect = সংযুক্ত করুন
settings-lrs-disconnect = সংযোগ বিচ্ছিন্ন করুন
settings-lrs-connected = { $who } হিসেবে { $endpoint }-এর সাথে সংযুক্ত।
settings-lrs-invalid-endpoint = লার্নিং রেকর্ড স্টোরের ঠিকানা লিখুন, যা https:// বা http:// দিয়ে শুরু হয়।
settings-lrs-invalid-email = আপনার ইমেইল ঠিকানা লিখুন, যাতে আপনার রেকর্ডগুলো আপনার নামে জমা থাকে।
cmi5-unit-needs-worker = এই কার্যকলাপের জন্য প্লেয়ারের ইনস্টল শেষ হওয়া দরকার: খুলতে পৃষ্ঠাটি আবার লোড করুন।
cmi5-exit = প্রস্থান
cmi5-exiting = সংরক্ষণ করে ফিরে যাওয়া হচ্ছে…
cmi5-browse = ব্রাউজ করা হচ্ছে: এখানে আপনি যা করেন তার কিছুই রেকর্ড হয় না।
cmi5-review = পর্যালোচনা: এখানে আপনি যা করেন তার কিছুই রেকর্ড হয় না।
cmi5-ended = এই সেশন শেষ হয়েছে। আরও রেকর্ড করতে আপনার শেখার প্ল্যাটফর্ম থেকে কোর্সটি আবার খুলুন।
settings-lrs-launch-failed = কোর্সটি এমন একটি সাইন-ইন দিয়ে খোলা হয়েছিল যা কাজ করেনি ({ $detail })। আপনার প্রতিষ্ঠানের সাইট থেকে এটি আবার খুলুন।

sources-heading = কোর্সের উৎস
sources-intro = কোর্সের তালিকায় নিচের ক্যাটালগগুলোর কোর্স একসঙ্গে দেখানো হয়। ঠিকানা দিয়ে আপনি অন্য কোনো বিশ্ববিদ্যালয় বা কোর্স প্রদানকারীর ক্যাটালগ যোগ করতে পারেন; এটি এই ডিভাইসে আপনার জন্য রাখা হয়।
sources-site = এই সাইট বেছে নিয়েছে
sources-remove = সরান
sources-add-label = উৎস যোগ করুন: এর ক্যাটালগের ঠিকানা
sources-check = যাচাই করুন
sources-preview = { $count ->
    [one] { $count }টি কোর্স
   *[other] { $count }টি কোর্স
}
sources-add-confirm = এই উৎস যোগ করুন
sources-added = যোগ করা হয়েছে: এর কোর্সগুলো এখন কোর্সের তালিকায় আছে।
sources-removed = সরানো হয়েছে: এর কোর্সগুলো আর কোর্সের তালিকায় নেই।
sources-invalid-url = https:// দিয়ে শুরু হওয়া একটি ঠিকানা লিখুন (অথবা এই সাইটের একটি পথ, যেমন /courses/catalog.json)।
sources-duplicate = এই ক্যাটালগটি আগে থেকেই তালিকায় আছে।
sources-full = আপনার উৎসের তালিকা পূর্ণ। আরেকটি যোগ করতে একটি সরান।

## Unsupported and errors
unit-needs-newer-player = এই ইউনিটের জন্য প্লেয়ারের নতুন সংস্করণ প্রয়োজন
unit-needs-newer-player-detail = এটি “{ $kind }” ধরনের একটি ইউনিট, যা Alliance Player-এর এই সংস্করণ এখনও চেনে না। কোর্সের বাকি অংশ ঠিকমতো কাজ করে; আপনার কোর্স প্রদানকারীকে জিজ্ঞাসা করুন অথবা প্লেয়ার আপডেট করুন।
error-heading = কিছু একটা সমস্যা হয়েছে
error-catalog = কোর্সের তালিকা লোড করা যায়নি।
error-document = এই নথিটি দেখানো যাচ্ছে না।
error-course = এই কোর্সটি খোলা যায়নি।
error-course-not-found = এই তালিকায় “{ $course }” নামে কোনো কোর্স নেই।
error-unit-not-found = এই কোর্সে “{ $unit }” নামে কোনো ইউনিট নেই।
error-page-not-found = এই পৃষ্ঠাটির কোনো অস্তিত্ব নেই।
error-retry = আবার চেষ্টা করুন
error-part-unavailable = প্লেয়ারের এই অংশটি ডাউনলোড করা যায়নি। আপনার ইন্টারনেট সংযোগ পরীক্ষা করুন, তারপর আবার চেষ্টা করুন।
error-what-to-do = সমস্যাটি থেকে গেলে, ওপরে যা দেখানো হয়েছে তা কোর্স প্রদানকারীকে জানান।

## Offline use: the player on this device, course downloads, data saver
offline-indicator = অফলাইন
offline-indicator-detail = আপনি অফলাইনে আছেন। ডাউনলোড করা কোর্সগুলো স্বাভাবিকভাবেই চলবে; আপনার অগ্রগতি এই ডিভাইসে সংরক্ষিত হবে এবং আপনি আবার অনলাইনে এলে পাঠানো হবে।
update-ready = Alliance Player-এর একটি নতুন সংস্করণ প্রস্তুত।
update-reload = আপডেট করতে পুনরায় লোড করুন
download-heading = অফলাইন ব্যবহার
download-course = অফলাইনে ব্যবহারের জন্য ডাউনলোড করুন ({ $size })
download-resume = ডাউনলোড চালিয়ে যান ({ $size } বাকি)
download-progress = { $total }-এর মধ্যে { $done } · { $unitsTotal }টির মধ্যে { $units }টি ইউনিট
download-cancel = বাতিল করুন
download-done = ডাউনলোড সম্পন্ন: এই কোর্সটি অফলাইনে কাজ করে ({ $size })।
download-remove = ডাউনলোড মুছে ফেলুন
download-stored-partly = { $total }-এর মধ্যে { $done } ইতিমধ্যে এই ডিভাইসে আছে।
download-failed = ডাউনলোড থেমে গেছে: { $detail } যা ইতিমধ্যে সংরক্ষিত হয়েছে তা রাখা আছে; বাকিটা ডাউনলোড করতে “ডাউনলোড চালিয়ে যান” চাপুন।
download-file-mismatch = { $file } অক্ষত অবস্থায় পৌঁছায়নি (প্রত্যাশিত { $expected }, পাওয়া গেছে { $got })।
download-file-failed = { $file } ডাউনলোড করা যায়নি ({ $detail })।
download-no-cors = { $host } এই প্লেয়ারকে তার ফাইল পড়তে দেয় না (সে কোনো CORS হেডার পাঠায় না), তাই সেগুলো যাচাই ও সংরক্ষণ করা যায় না। এর প্রশাসককে কোর্সের প্রতিটি ফাইলের সঙ্গে Access-Control-Allow-Origin পাঠাতে হবে।
download-quota = এই ডিভাইসে কোর্সটির জন্য আর জায়গা নেই। কিছু জায়গা খালি করুন বা অন্য কোনো ডাউনলোড মুছে ফেলুন, তারপর আবার চালিয়ে যান।
download-storage = এই ব্রাউজার এই ডিভাইসে ব্যবহারযোগ্য { $available }-এর মধ্যে { $used } ব্যবহার করছে।
download-persistent = আপনি মুছে না ফেলা পর্যন্ত ডাউনলোডগুলো থেকে যাবে।
download-not-persistent = ডিভাইসে জায়গা কমে গেলে ব্রাউজার ডাউনলোডগুলো মুছে ফেলতে পারে।
download-needs-network = আপনি অফলাইনে আছেন। এই কোর্সটি ডাউনলোড করতে ইন্টারনেটে সংযুক্ত হন।
data-saver = ডেটা সাশ্রয়
data-saver-help = আপনি প্লে চাপলে তবেই মিডিয়া লোড হয়, ট্রান্সক্রিপ্ট আগে আসে, এবং মিডিয়ার পাশে তার আকার দেখানো হয়।
media-size = { $size } লোড করতে হবে

## Notes and bookmarks
notes-heading = আমার নোট
notes-bookmark = এই ইউনিট বুকমার্ক করুন
notes-bookmarked = বুকমার্ক করা হয়েছে
notes-bookmark-moment = এই মুহূর্তটি বুকমার্ক করুন
notes-note-label = এই ইউনিটে আপনার নোট
notes-save = নোট সংরক্ষণ করুন
notes-saved = সংরক্ষিত।
notes-delete = মুছে ফেলুন
# A moment of a video or audio, e.g. "At 1:05".
notes-at = { $time }-এ
notes-empty = এই কোর্সে এখনও কোনো নোট বা বুকমার্ক নেই। একটি ইউনিট বা ভিডিওর কোনো মুহূর্ত বুকমার্ক করুন, আর তাতে একটি নোট লিখুন।
notes-where = আপনার নোটগুলো এই ডিভাইসে থাকে, এবং কোনো লার্নিং রেকর্ড স্টোর সংযুক্ত থাকলে সেখানেও পৌঁছায়।
notes-too-long = একটি নোটে সর্বোচ্চ { $max }টি অক্ষর থাকতে পারে।
notes-too-many = এই কোর্সে যত নোট রাখা যায়, ততগুলো হয়ে গেছে: আরেকটি যোগ করতে একটি মুছে ফেলুন।

## Accessibility
unit-nav-label = আগের ও পরের ইউনিট
captions-always = কোনো ভিডিও বা অডিওতে সাবটাইটেল থাকলে সবসময় তা দেখান (আপনার ভাষায় থাকলে সেই ভাষায়, না থাকলে কোর্সের ভাষায়)
caption-style = সাবটাইটেলের স্টাইল
caption-size = লেখার আকার
caption-colour = লেখার রং
caption-background = পটভূমি
caption-colour-white = সাদা
caption-colour-yellow = হলুদ
caption-colour-cyan = সায়ান
caption-colour-green = সবুজ
caption-colour-magenta = ম্যাজেন্টা
caption-colour-black = কালো
caption-background-black = কালো, অর্ধস্বচ্ছ
caption-background-solid-black = কালো
caption-background-white = সাদা
caption-background-transparent = কোনোটিই নয়
caption-background-blue = নীল
caption-preview = সাবটাইটেল এরকম দেখাবে।
caption-unreadable = এই পটভূমিতে এই লেখা পড়া কঠিন: অন্য রং বা পটভূমি বেছে নিন।
launch-other = এই লিংকটি আপনার শিক্ষার রেকর্ড { $endpoint }-এ { $who } হিসেবে পাঠাবে। আপনি এখন { $current }-এ { $current_who } হিসেবে সংযুক্ত আছেন।
launch-switch = এই সংযোগে যান
launch-keep = আমার সংযোগ রাখুন

launch-other-learner = এই লিংকটি { $who }-এর জন্য। এখন { $current_who } প্লেয়ার ব্যবহার করছেন। { $who }-এ যাবেন?
launch-switch-learner = শিক্ষার্থী বদলান

## Learners
learners-heading = এই ডিভাইসের শিক্ষার্থীরা
learners-locked = { $name } প্লেয়ার ব্যবহার করছেন
learner-unnamed = আমি
learner-now = এখন প্লেয়ার ব্যবহার করছেন
learner-switch = এই শিক্ষার্থীতে যান
learner-rename = নাম বদলান
learner-name = নাম
learner-save = সংরক্ষণ করুন
learner-cancel = বাতিল করুন
learner-remove = সরান
learner-remove-ask = { $name }-কে এই ডিভাইস থেকে সরাবেন? এই ডিভাইসে তাঁর অগ্রগতি, অপেক্ষমাণ রেকর্ড ও সেটিংস মুছে যাবে। ডাউনলোড করা কোর্সগুলো থেকে যাবে।
learner-removed = { $name }-কে সরানো হয়েছে।
learner-pin = পিন (চার অঙ্ক, ঐচ্ছিক)
learner-pin-label = পিন
learner-pin-for = { $name }-এর পিন
learner-pin-new = নতুন পিন (চার অঙ্ক)
learner-pin-set = পিন দিন
learner-pin-remove = পিন সরান
learner-pin-open = চালিয়ে যান
learner-pin-note = পিন এই ডিভাইস ভাগ করে ব্যবহারকারীদের একে অপরের অগ্রগতিতে ঢুকতে দেয় না। এটি গোপনীয়তার জন্য, নিরাপত্তার জন্য নয়।
learner-add-heading = শিক্ষার্থী যোগ করুন
learner-add = যোগ করুন
learner-added = { $name }-কে যোগ করা হয়েছে।
learner-saved = সংরক্ষিত।
learner-error-empty = একটি নাম লিখুন।
learner-error-long = নামটি খুব লম্বা।
learner-error-taken = এই ডিভাইসে ইতিমধ্যে { $name } নামে একজন আছেন।
learner-error-pin = পিন ঠিক চার অঙ্কের হয়।
learner-error-full = এই ডিভাইসে আর শিক্ষার্থী রাখার জায়গা নেই। আগে কাউকে সরান।
learner-error-unknown = শিক্ষার্থীদের তালিকা বদলানো গেল না। পেজটি আবার লোড করে আবার চেষ্টা করুন।
learner-error-wrong-pin = এই পিনটি সঠিক নয়।
signout-ask = { $count ->
    [one] { $count }টি রেকর্ড এখনো পাঠানো হয়নি।
   *[other] { $count }টি রেকর্ড এখনো পাঠানো হয়নি।
}
signout-keep = { $count ->
    [one] অপেক্ষমাণ রেকর্ডটি পরের সংযোগের জন্য রাখুন
   *[other] অপেক্ষমাণ { $count }টি রেকর্ড পরের সংযোগের জন্য রাখুন
}
signout-discard = { $count ->
    [one] এটি বাদ দিন
   *[other] এগুলো বাদ দিন
}
