# Alliance Player interface strings — বাংলা
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

app-title = Alliance Player
skip-to-content = সরাসরি মূল বিষয়বস্তুতে যান
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
catalog-search-label = শিরোনাম দিয়ে কোর্স খুঁজুন
catalog-search-placeholder = শিরোনাম দিয়ে খুঁজুন
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
course-provider = প্রদানকারী: { $provider }
course-languages = ভাষা: { $languages }
course-size = ডাউনলোডের আকার: { $size }
course-open = কোর্স খুলুন
course-continue = চালিয়ে যান
course-progress = { $percent } সম্পন্ন

## Course
course-outline = কোর্সের রূপরেখা
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

## Media
media-speed = গতি
media-subtitles = সাবটাইটেল
media-subtitles-off = বন্ধ
media-subtitles-second = দ্বিতীয় সাবটাইটেল
media-transcript = ট্রান্সক্রিপ্ট
media-watched = { $percent } দেখা হয়েছে
media-unsupported = আপনার ব্রাউজার এই মিডিয়া চালাতে পারছে না। অন্য কোনো ব্রাউজারে চেষ্টা করুন, অথবা এটি ডাউনলোড করুন:

## Reading and document
reading-end = পাঠের শেষ
document-download = PDF ডাউনলোড করুন ({ $size })
document-download-nosize = PDF ডাউনলোড করুন
document-fallback = আপনার ব্রাউজার এখানে PDF দেখাতে পারছে না। পড়ার জন্য এটি ডাউনলোড করুন।

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

## Unsupported and errors
unit-needs-newer-player = এই ইউনিটের জন্য প্লেয়ারের নতুন সংস্করণ প্রয়োজন
unit-needs-newer-player-detail = এটি “{ $kind }” ধরনের একটি ইউনিট, যা Alliance Player-এর এই সংস্করণ এখনও চেনে না। কোর্সের বাকি অংশ ঠিকমতো কাজ করে; আপনার কোর্স প্রদানকারীকে জিজ্ঞাসা করুন অথবা প্লেয়ার আপডেট করুন।
error-heading = কিছু একটা সমস্যা হয়েছে
error-catalog = কোর্সের তালিকা লোড করা যায়নি।
error-course = এই কোর্সটি খোলা যায়নি।
error-course-not-found = এই তালিকায় “{ $course }” নামে কোনো কোর্স নেই।
error-unit-not-found = এই কোর্সে “{ $unit }” নামে কোনো ইউনিট নেই।
error-page-not-found = এই পৃষ্ঠাটির কোনো অস্তিত্ব নেই।
error-retry = আবার চেষ্টা করুন
error-part-unavailable = প্লেয়ারের এই অংশটি ডাউনলোড করা যায়নি। আপনার ইন্টারনেট সংযোগ পরীক্ষা করুন, তারপর আবার চেষ্টা করুন।
error-what-to-do = সমস্যাটি থেকে গেলে, ওপরে যা দেখানো হয়েছে তা কোর্স প্রদানকারীকে জানান।
