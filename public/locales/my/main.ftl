# Alliance Player interface strings — မြန်မာ
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".
# Unicode Burmese (not Zawgyi). Burmese has no plural forms: selects use *[other], plus exact numbers where useful.
# "Course" is translated as "သင်တန်း" and "unit" as "သင်ခန်းစာ" throughout.

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = မြန်မာ
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = အကြောင်းအရာသို့ ကျော်သွားရန်
# In the header where the browser offers to install the player as an app.
install-app = အက်ပ် ထည့်သွင်းရန်
install-app-hint = Alliance Player ကို ဤစက်ပစ္စည်းတွင် ထည့်သွင်းပါ- သင့်အက်ပ်များထဲမှ ၎င်း၏ ကိုယ်ပိုင်ဝင်းဒိုးဖြင့် ပွင့်လာပြီး အော့ဖ်လိုင်းတွင်လည်း အသုံးပြုနိုင်သည်။
nav-catalog = သင်တန်းများ
loading = ဖွင့်နေသည်…

## Languages
language-picker-label = အင်တာဖေ့စ် ဘာသာစကား
language-picker-search = ဘာသာစကား ရှာရန်
language-picker-none = ရှာဖွေမှုနှင့် ကိုက်ညီသော ဘာသာစကား မရှိပါ။
content-language-label = သင်တန်း ဘာသာစကား
content-language-auto = အင်တာဖေ့စ်နှင့် အတူတူ
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = { $language } ဘာသာဖြင့်

## Catalogue
catalog-heading = သင်တန်းစာရင်း
catalog-search-label = သင်တန်းများ ရှာရန်
catalog-search-placeholder = ခေါင်းစဉ်၊ ဘာသာရပ် သို့မဟုတ် ပံ့ပိုးသူ
catalog-more = သင်တန်းများ ထပ်ပြရန်
catalog-earlier = ယခင်သင်တန်းများကို ပြပါ
catalog-loading-more = သင်တန်းများ ထပ်ရှာနေသည်…
catalog-language-label = ဘာသာစကား
catalog-language-any = ဘာသာစကား အားလုံး
catalog-count = { $count ->
    [0] ကိုက်ညီသော သင်တန်း မရှိပါ။
   *[other] သင်တန်း { $count } ခု
}
catalog-empty = ရှာဖွေမှုနှင့် ကိုက်ညီသော သင်တန်း မရှိပါ။ အခြားစကားလုံးဖြင့် ရှာကြည့်ပါ သို့မဟုတ် ဘာသာစကား အားလုံးကို ရွေးပါ။
catalog-rejected = { $count ->
   *[other] ဤသင်တန်းစာရင်းမှ သင်တန်း { $count } ခုကို ဖော်ပြ၍ မရပါ:
}
catalog-source-notice = ဤစာရင်းတွင် သင်တန်းအချို့ မပါဝင်ပါ-
catalog-source-unreachable = { $source } သို့ ဆက်သွယ်၍ မရပါ။ ဆိုက် ပျက်နေခြင်း သို့မဟုတ် ဤပလေယာကို ၎င်း၏ သင်တန်းများ ဖတ်ခွင့် မပေးခြင်း ဖြစ်နိုင်ပါသည်။
catalog-source-status = { $source } က အမှားဖြင့် တုံ့ပြန်ခဲ့ပါသည် (HTTP { $status })။
catalog-source-too-large = { $source } သည် { $limit } ထက် ကြီးပါသည်။ ဤပလေယာသည် ကက်တလောက်တစ်ခုအတွက် ထိုပမာဏထက် ပို၍ မဖတ်ပါ။
catalog-source-invalid = { $source } သည် ဤပလေယာ ဖတ်နိုင်သော သင်တန်းကက်တလောက် မဟုတ်ပါ- { $detail }
catalog-source-left-out = { $source } မှ “{ $course }” ကို ချန်လှပ်ထားပါသည်။ အခြားသင်တန်းတစ်ခုက ၎င်း၏လိပ်စာ /course/{ $id } ကို အသုံးပြုပြီး ဖြစ်နေပါသည်။
course-provider = သင်တန်းပေးသူ: { $provider }
course-languages = ဘာသာစကားများ: { $languages }
course-size = ဒေါင်းလုဒ် အရွယ်အစား: { $size }
course-open = သင်တန်းကို ဖွင့်ရန်
course-continue = ဆက်လုပ်ရန်
course-progress = ပြီးစီးမှု: { $percent }

## Course
course-outline = သင်တန်း အကြောင်းအရာများ
outline-show-earlier = ယခင်သင်ခန်းစာများကို ပြပါ (ဝှက်ထားသည် { $count } ခု)
outline-show-later = နောက်သင်ခန်းစာများကို ပြပါ (ဝှက်ထားသည် { $count } ခု)
course-start = သင်တန်းကို စတင်ရန်
course-units = { $count ->
   *[other] သင်ခန်းစာ { $count } ခု
}
unit-ordinal = သင်ခန်းစာ { $total } ခုအနက် အမှတ် { $index }
unit-state-not-started = မစတင်ရသေးပါ
unit-state-in-progress = လုပ်ဆောင်ဆဲ
unit-state-completed = ပြီးဆုံးပြီ
unit-state-passed = အောင်ပြီ
unit-state-failed = မအောင်သေးပါ
unit-kind-video = ဗီဒီယို
unit-kind-audio = အသံ
unit-kind-reading = ဖတ်စာ
unit-kind-quiz = စာမေးပွဲငယ်
unit-kind-document = စာရွက်စာတမ်း
unit-kind-interactive = လေ့ကျင့်ခန်း
unit-kind-unknown = သင်ခန်းစာ အမျိုးအစားသစ်
unit-previous = ယခင်
unit-next = နောက်တစ်ခု
unit-mark-done = ပြီးဆုံးကြောင်း မှတ်သားရန်
unit-done = ပြီးပါပြီ
back-to-catalog = သင်တန်းအားလုံး
course-search-label = ဤသင်တန်းထဲတွင် ရှာရန်
course-search-count = { $count ->
    [0] ရလဒ် မရှိပါ
   *[other] ရလဒ် { $count } ခု
}
course-search-more = { $count ->
   *[other] ပထမ ရလဒ် { $count } ခုကိုသာ ပြထားသည်။ ရှာဖွေမှုကို ကျဉ်းစေရန် စကားလုံးများ ထပ်ထည့်ပါ။
}
course-search-subtitles = စာတန်းထိုးများထဲတွင်လည်း ရှာနေသည်…
course-search-incomplete = စာတန်းထိုးအချို့ကို ရှာ၍ မရပါ။
course-search-in-title = ခေါင်းစဉ်
course-search-in-reading = ဖတ်စာ
course-search-in-transcript = စာသားမှတ်တမ်း
course-search-in-subtitle = စာတန်းထိုး၊ { $time }
course-search-in-quiz = စာမေးပွဲငယ် မေးခွန်း

## Media
media-speed = အမြန်နှုန်း
media-subtitles = စာတန်းထိုး
media-subtitles-off = ပိတ်ထားသည်
media-subtitles-second = ဒုတိယ စာတန်းထိုး
media-fullscreen = မျက်နှာပြင်အပြည့်
media-fullscreen-exit = မျက်နှာပြင်အပြည့်မှ ထွက်ရန်
media-shortcuts = ကီးဘုတ် ဖြတ်လမ်းများ
media-shortcuts-hint = ဗီဒီယို သို့မဟုတ် အသံ ပလေယာကို ရွေးထားစဉ်:
# The name of the space bar key, as printed on keyboards.
media-key-space = နေရာခြား
media-key-play = ဖွင့်ရန် သို့မဟုတ် ခဏရပ်ရန်
media-key-seek = ၅ စက္ကန့် နောက်သို့ သို့မဟုတ် ရှေ့သို့
media-key-speed = ပိုနှေးရန် သို့မဟုတ် ပိုမြန်ရန်
media-key-captions = စာတန်းထိုး ဖွင့်ရန် သို့မဟုတ် ပိတ်ရန်
media-key-fullscreen = မျက်နှာပြင်အပြည့် ဖွင့်ရန် သို့မဟုတ် ပိတ်ရန်
media-transcript = စာသားမှတ်တမ်း
media-watched = ကြည့်ပြီး: { $percent }
media-unsupported = သင့်ဘရောက်ဇာသည် ဤမီဒီယာကို ဖွင့်၍ မရပါ။ အခြားဘရောက်ဇာဖြင့် စမ်းကြည့်ပါ သို့မဟုတ် ဒေါင်းလုဒ်လုပ်ပါ:

## Reading and document
reading-end = ဖတ်စာ ပြီးဆုံးပါပြီ
document-download = PDF ကို ဒေါင်းလုဒ်လုပ်ရန် ({ $size })
document-download-nosize = PDF ကို ဒေါင်းလုဒ်လုပ်ရန်
document-fallback = သင့်ဘရောက်ဇာသည် PDF ကို ဤနေရာတွင် ပြသ၍ မရပါ။ ဖတ်ရှုရန် ဒေါင်းလုဒ်လုပ်ပါ။
document-not-pdf = { $file } သည် PDF ဖိုင် မဟုတ်ပါ။ စာရွက်စာတမ်း ယူနစ်သည် “%PDF-” ဖြင့် စတင်သော PDF ဖိုင်များကိုသာ ပြသသည်။

## Quiz
quiz-passing = အောင်ရန် { $percent } လိုအပ်ပါသည်။
quiz-attempts-left = { $count ->
   *[other] ဖြေဆိုခွင့် { $count } ကြိမ် ကျန်ပါသေးသည်
}
quiz-attempts-unlimited = ဖြေဆိုခွင့် အကန့်အသတ်မရှိ
quiz-attempts-used = { $count ->
    [1] သင်၏ တစ်ကြိမ်တည်းသော ဖြေဆိုခွင့်ကို အသုံးပြုပြီးပါပြီ။
   *[other] ဖြေဆိုခွင့် { $count } ကြိမ်လုံးကို အသုံးပြုပြီးပါပြီ။
}
quiz-question = မေးခွန်း { $index }
quiz-true = မှန်
quiz-false = မှား
quiz-answer-label = သင့်အဖြေ
quiz-submit = အဖြေများ တင်သွင်းရန်
quiz-retry = ထပ်မံဖြေဆိုရန်
quiz-score = သင့်ရမှတ်: { $score }
quiz-passed = အောင်မြင်ပါပြီ — တော်လိုက်တာ!
quiz-failed = မအောင်သေးပါ။
quiz-best = ယခုထိ အကောင်းဆုံး ရမှတ်: { $score }
quiz-correct = မှန်ပါသည်
quiz-incorrect = မှားပါသည်
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = ပြန်လည်သုံးသပ်ခြင်း- မေးခွန်းတိုင်းတွင် အဖြေမှန်ကို ပြထားသည်။
quiz-right-answer = အဖြေမှန်

## Interactive
interactive-title = အပြန်အလှန် လေ့ကျင့်ခန်း: { $title }
interactive-hint = ဤသင်ခန်းစာကို ပြီးဆုံးရန် လေ့ကျင့်ခန်းကို လုပ်ဆောင်ပါ။

## Storage
storage-quota = ဤဘရောက်ဇာတွင် ပလေယာအတွက် သိုလှောင်နေရာ ပြည့်နေသဖြင့် သင်၏ နောက်ဆုံး တိုးတက်မှုကို သိမ်းဆည်း၍ မရပါ။ နေရာအချို့ ရှင်းလင်းပါ (ဘရောက်ဇာ ဆက်တင်များတွင် ဒေါင်းလုဒ်လုပ်ထားသော သင်တန်းများ သို့မဟုတ် အခြားဝက်ဘ်ဆိုက်များ၏ ဒေတာကို ဖယ်ရှားပါ)၊ ထို့နောက် ဆက်လုပ်ပါ။ ယခင်က သိမ်းဆည်းထားသမျှ မပျောက်ဆုံးပါ။
storage-unavailable = ဤဘရောက်ဇာက ပလေယာကို သင်၏ တိုးတက်မှုကို သိမ်းဆည်းခွင့် မပြုသဖြင့် စာမျက်နှာကို ပိတ်သည်အထိသာ ထိန်းထားနိုင်ပါသည်။ သီးသန့် (private) ဝင်းဒိုးများသည် သိုလှောင်မှုကို မကြာခဏ ပိတ်ဆို့တတ်ပါသည်။
storage-write-failed = သင်၏ နောက်ဆုံး တိုးတက်မှုကို မသိမ်းဆည်းရသေးပါ။ ၎င်းကို ဤစာမျက်နှာတွင် ထိန်းထားပြီး သင်၏ နောက်တစ်ဆင့်တွင် သိမ်းဆည်းပါမည်။

## Transcript (the learner's record of progress)
nav-transcript = ကျွန်ုပ်၏ တိုးတက်မှု
transcript-heading = ကျွန်ုပ်၏ တိုးတက်မှု
transcript-empty = သင်တန်း တစ်ခုမျှ မစတင်ရသေးပါ။
transcript-unit-score = ရမှတ်: { $score }
transcript-time-spent = အသုံးပြုခဲ့သော အချိန်: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = xAPI ထုတ်ပြန်ချက်များအဖြစ် ဒေါင်းလုဒ်လုပ်ရန် (JSON)
transcript-export-csv = စာရင်းဇယားအဖြစ် ဒေါင်းလုဒ်လုပ်ရန် (CSV)
transcript-reset = ဤသင်တန်းရှိ ကျွန်ုပ်၏ တိုးတက်မှုကို ပြန်လည်သတ်မှတ်ရန်
transcript-reset-confirm = “{ $course }” သင်တန်းရှိ သင်၏ တိုးတက်မှု အားလုံးကို ပြန်လည်သတ်မှတ်မလား။ ဤလုပ်ဆောင်ချက်ကို နောက်ပြန်ပြင်၍ မရပါ။

## သင်ယူမှုမှတ်တမ်း သိုလှောင်ရာ (LRS) သို့ ပေးပို့ခြင်း၊ ခေါင်းစီးပိုင်းနှင့် ဆက်တင်စာမျက်နှာတွင် ပြသသည်
nav-settings = ဆက်တင်များ
sync-off = ဤစက်ပစ္စည်းတွင် သိမ်းဆည်းထားသည်
sync-off-detail = သင်ယူမှုမှတ်တမ်း သိုလှောင်ရာနှင့် ချိတ်ဆက်မထားပါ။ သင်၏ တိုးတက်မှုသည် ဤဘရောက်ဇာတွင်သာ ရှိနေပါသည်။ ပြီးဆုံးမှုများကို သင့်အဖွဲ့အစည်းထံ ပေးပို့ရန် ဆက်တင်များတွင် ချိတ်ဆက်ပါ။
sync-done = အားလုံး ပေးပို့ပြီးပါပြီ
sync-pending = { $count ->
   *[other] မှတ်တမ်း { $count } ခု ပေးပို့ရန် စောင့်ဆိုင်းနေသည်
}
sync-last-delivery = နောက်ဆုံး ပေးပို့ချိန်: { $date }
sync-error-offline = သင် အော့ဖ်လိုင်း ဖြစ်နေပါသည်။ သင်၏ မှတ်တမ်းများကို ထိန်းသိမ်းထားပြီး ချိတ်ဆက်မှု ပြန်ရလာသည့်အခါ ပေးပို့ပါမည်။
sync-error-unreachable = သင်ယူမှုမှတ်တမ်း သိုလှောင်ရာသို့ ဆက်သွယ်၍ မရပါ။ ခဏအကြာတွင် ထပ်မံကြိုးစားပါမည်။ မည်သည့်အရာမျှ မပျောက်ဆုံးပါ။
sync-error-server = သင်ယူမှုမှတ်တမ်း သိုလှောင်ရာတွင် ပြဿနာ ရှိနေပါသည် (HTTP { $status })။ ခဏအကြာတွင် ထပ်မံကြိုးစားပါမည်။ မည်သည့်အရာမျှ မပျောက်ဆုံးပါ။
sync-error-unauthorized = သင်ယူမှုမှတ်တမ်း သိုလှောင်ရာက သင်၏ ဝင်ရောက်ခွင့် အချက်အလက်များကို ငြင်းပယ်လိုက်ပါသည်။ ဆက်တင်များတွင် ထပ်မံထည့်သွင်းပါ။ ထိုအချိန်အထိ သင်၏ မှတ်တမ်းများကို ထိန်းသိမ်းထားပါမည်။
sync-error-not-found = ဤလိပ်စာတွင် သင်ယူမှုမှတ်တမ်း သိုလှောင်ရာ မရှိပါ။ ဆက်တင်များတွင် လိပ်စာကို စစ်ဆေးပါ။ ထိုအချိန်အထိ သင်၏ မှတ်တမ်းများကို ထိန်းသိမ်းထားပါမည်။
sync-error-version = သင်ယူမှုမှတ်တမ်း သိုလှောင်ရာသည် အခြား xAPI ဗားရှင်းကို အသုံးပြုနေပါသည် ({ $detail })။ xAPI 1.0.3 သို့မဟုတ် 2.0.0 ကို အသုံးပြုသော လိပ်စာတစ်ခုကို သင့်အဖွဲ့အစည်းထံ တောင်းပါ။
sync-error-storage = ပေးပို့ရန် စောင့်ဆိုင်းနေသော မှတ်တမ်းများကို ဤဘရောက်ဇာ၏ သိုလှောင်မှုမှ ဖတ်၍ မရပါ ({ $detail })။
sync-set-aside = { $count ->
   *[other] သင်ယူမှုမှတ်တမ်း သိုလှောင်ရာက မှတ်တမ်း { $count } ခုကို ငြင်းပယ်ခဲ့သည်
}
sync-set-aside-detail = ဤမှတ်တမ်းများကို သိုလှောင်ရာ၏ အဖြေနှင့်အတူ ဤနေရာတွင် ထိန်းသိမ်းထားသဖြင့် သင် သို့မဟုတ် သင့်အဖွဲ့အစည်းက ပြင်ဆင်ရမည့်အရာကို ကြည့်နိုင်ပါသည်။
settings-heading = ဆက်တင်များ
settings-lrs-heading = သင်ယူမှုမှတ်တမ်း သိုလှောင်ရာ
settings-lrs-intro = သင်၏ ပြီးဆုံးမှုများနှင့် ရမှတ်များ သင့်အဖွဲ့အစည်း၏ မှတ်တမ်းများသို့ ရောက်ရှိစေရန် ဤအချက်အလက်များကို သင့်အဖွဲ့အစည်းက ပေးပါသည်။
settings-lrs-endpoint = လိပ်စာ (xAPI endpoint)
settings-lrs-key = ကီး သို့မဟုတ် အသုံးပြုသူအမည်
settings-lrs-secret = လျှို့ဝှက်ကီး သို့မဟုတ် စကားဝှက်
settings-lrs-token = သို့မဟုတ် ဝင်ရောက်ခွင့် တိုကင်
settings-lrs-name = သင့်အမည်
settings-lrs-email = သင့်အီးမေးလ်လိပ်စာ
settings-lrs-connect = ချိတ်ဆက်ရန်
settings-lrs-disconnect = ချိတ်ဆက်မှု ဖြုတ်ရန်
settings-lrs-connected = { $endpoint } သို့ { $who } အဖြစ် ချိတ်ဆက်ထားသည်။
settings-lrs-invalid-endpoint = https:// သို့မဟုတ် http:// ဖြင့် စတင်သော သင်ယူမှုမှတ်တမ်း သိုလှောင်ရာ၏ လိပ်စာကို ထည့်ပါ။
settings-lrs-invalid-email = သင်၏ မှတ်တမ်းများကို သင့်အမည်ဖြင့် သိမ်းဆည်းနိုင်ရန် သင့်အီးမေးလ်လိပ်စာကို ထည့်ပါ။
cmi5-unit-needs-worker = ဤလုပ်ဆောင်ချက်အတွက် ပလေယာ ထည့်သွင်းမှု ပြီးဆုံးရန် လိုအပ်သည်- ဖွင့်ရန် စာမျက်နှာကို ပြန်ဖွင့်ပါ။
cmi5-exit = ထွက်ရန်
cmi5-exiting = သိမ်းဆည်းပြီး ပြန်သွားနေသည်…
cmi5-browse = ကြည့်ရှုခြင်း- ဤနေရာတွင် သင်လုပ်သမျှ မှတ်တမ်းမတင်ပါ။
cmi5-review = ပြန်လည်သုံးသပ်ခြင်း- ဤနေရာတွင် သင်လုပ်သမျှ မှတ်တမ်းမတင်ပါ။
cmi5-ended = ဤအစည်းအဝေးချိန် ပြီးဆုံးသွားပါပြီ။ ထပ်မံမှတ်တမ်းတင်ရန် သင်၏ သင်ယူမှုပလက်ဖောင်းမှ သင်တန်းကို ပြန်ဖွင့်ပါ။
settings-lrs-launch-failed = အလုပ်မလုပ်သော အကောင့်ဝင်ရောက်မှုဖြင့် ဤသင်တန်းကို ဖွင့်ခဲ့သည် ({ $detail })။ သင့်အဖွဲ့အစည်း၏ ဝက်ဘ်ဆိုက်မှ ပြန်ဖွင့်ပါ။

sources-heading = သင်တန်းရင်းမြစ်များ
sources-intro = သင်တန်းစာရင်းသည် အောက်ပါ ကက်တလောက်များကို စုစည်းပြသပါသည်။ အခြားတက္ကသိုလ် သို့မဟုတ် သင်တန်းပေးသူ၏ ကက်တလောက်ကို ၎င်း၏လိပ်စာဖြင့် ထည့်နိုင်ပါသည်။ ၎င်းကို ဤစက်ပေါ်တွင် သင့်အတွက် သိမ်းထားပါမည်။
sources-site = ဤဆိုက်က ရွေးချယ်ထားသည်
sources-remove = ဖယ်ရှားရန်
sources-add-label = ရင်းမြစ် ထည့်ရန်- ၎င်း၏ ကက်တလောက်လိပ်စာ
sources-check = စစ်ဆေးရန်
sources-preview = { $count ->
   *[other] သင်တန်း { $count } ခု
}
sources-add-confirm = ဤရင်းမြစ်ကို ထည့်ရန်
sources-added = ထည့်ပြီးပါပြီ။ ၎င်း၏ သင်တန်းများ ယခု သင်တန်းစာရင်းတွင် ရှိနေပါပြီ။
sources-removed = ဖယ်ရှားပြီးပါပြီ။ ၎င်း၏ သင်တန်းများ သင်တန်းစာရင်းတွင် မရှိတော့ပါ။
sources-invalid-url = https:// ဖြင့် စတင်သော လိပ်စာ (သို့မဟုတ် /courses/catalog.json ကဲ့သို့ ဤဆိုက်ပေါ်ရှိ လမ်းကြောင်း) ကို ထည့်ပါ။
sources-duplicate = ဤကက်တလောက်သည် စာရင်းတွင် ရှိပြီးသား ဖြစ်ပါသည်။
sources-full = သင်၏ ရင်းမြစ်စာရင်း ပြည့်နေပါပြီ။ အခြားတစ်ခု ထည့်ရန် တစ်ခုကို ဖယ်ရှားပါ။

## Unsupported and errors
unit-needs-newer-player = ဤသင်ခန်းစာအတွက် ပလေယာ ဗားရှင်းအသစ် လိုအပ်သည်
unit-needs-newer-player-detail = ဤသင်ခန်းစာသည် “{ $kind }” အမျိုးအစား ဖြစ်ပြီး Alliance Player ၏ ဤဗားရှင်းက ၎င်းကို မသိသေးပါ။ သင်တန်း၏ ကျန်အပိုင်းများ အလုပ်လုပ်ပါသည်။ သင်တန်းပေးသူထံ မေးမြန်းပါ သို့မဟုတ် ပလေယာကို အပ်ဒိတ်လုပ်ပါ။
error-heading = တစ်ခုခု မှားယွင်းသွားပါသည်
error-catalog = သင်တန်းစာရင်းကို ဖွင့်၍ မရပါ။
error-document = ဤစာရွက်စာတမ်းကို ပြသ၍ မရပါ။
error-course = ဤသင်တန်းကို ဖွင့်၍ မရပါ။
error-course-not-found = ဤသင်တန်းစာရင်းတွင် “{ $course }” သင်တန်း မရှိပါ။
error-unit-not-found = ဤသင်တန်းတွင် “{ $unit }” သင်ခန်းစာ မရှိပါ။
error-page-not-found = ဤစာမျက်နှာ မရှိပါ။
error-retry = ထပ်မံကြိုးစားရန်
error-part-unavailable = ပလေယာ၏ ဤအပိုင်းကို ဒေါင်းလုဒ်လုပ်၍ မရပါ။ သင့်အင်တာနက် ချိတ်ဆက်မှုကို စစ်ဆေးပြီးနောက် ထပ်မံကြိုးစားပါ။
error-what-to-do = ပြဿနာ ဆက်ဖြစ်နေပါက အထက်တွင် ပြထားသည့်အရာကို သင်တန်းပေးသူထံ အကြောင်းကြားပါ။

## Offline use: the player on this device, course downloads, data saver
offline-indicator = အော့ဖ်လိုင်း
offline-indicator-detail = သင် အော့ဖ်လိုင်း ဖြစ်နေပါသည်။ ဒေါင်းလုဒ်လုပ်ထားသော သင်တန်းများကို ပုံမှန်အတိုင်း ဖွင့်နိုင်ပါသည်။ သင်၏ တိုးတက်မှုကို ဤစက်ပစ္စည်းတွင် သိမ်းဆည်းထားပြီး အွန်လိုင်း ပြန်ဖြစ်သည့်အခါ ပေးပို့ပါမည်။
update-ready = Alliance Player ဗားရှင်းအသစ် အသင့်ဖြစ်ပါပြီ။
update-reload = ပြန်ဖွင့်၍ အပ်ဒိတ်လုပ်ရန်
download-heading = အော့ဖ်လိုင်း အသုံးပြုခြင်း
download-course = အော့ဖ်လိုင်းအတွက် ဒေါင်းလုဒ်လုပ်ရန် ({ $size })
download-resume = ဒေါင်းလုဒ် ဆက်လုပ်ရန် ({ $size } ကျန်သည်)
download-progress = { $total } အနက် { $done } · သင်ခန်းစာ { $unitsTotal } ခုအနက် { $units } ခု
download-cancel = ပယ်ဖျက်ရန်
download-done = ဒေါင်းလုဒ်လုပ်ပြီးပါပြီ: ဤသင်တန်းကို အော့ဖ်လိုင်း အသုံးပြုနိုင်ပါသည် ({ $size })။
download-remove = ဒေါင်းလုဒ်ကို ဖယ်ရှားရန်
download-stored-partly = { $total } အနက် { $done } ကို ဤစက်ပစ္စည်းတွင် သိမ်းဆည်းပြီး ဖြစ်ပါသည်။
download-failed = ဒေါင်းလုဒ် ရပ်သွားပါသည်: { $detail } သိမ်းဆည်းပြီးသမျှကို ထိန်းသိမ်းထားပါသည်။ ဆက်လုပ်ရန် “ဒေါင်းလုဒ် ဆက်လုပ်ရန်” ကို နှိပ်ပါ။
download-file-mismatch = { $file } ကို ပြည့်စုံမှန်ကန်စွာ မရရှိပါ (မျှော်မှန်းထားသည်မှာ { $expected }၊ ရရှိသည်မှာ { $got })။
download-file-failed = { $file } ကို ဒေါင်းလုဒ်လုပ်၍ မရပါ ({ $detail })။
download-no-cors = { $host } သည် ဤပလေယာကို ၎င်း၏ဖိုင်များ ဖတ်ခွင့်မပေးပါ (CORS header များ မပို့ပါ)၊ ထို့ကြောင့် ၎င်းတို့ကို စစ်ဆေး၍ သိမ်းဆည်း၍ မရပါ။ ၎င်း၏ စီမံခန့်ခွဲသူသည် သင်တန်းဖိုင်တိုင်းနှင့်အတူ Access-Control-Allow-Origin ကို ပို့ရပါမည်။
download-quota = ဤစက်ပစ္စည်းတွင် သင်တန်းအတွက် နေရာ မကျန်တော့ပါ။ နေရာအချို့ ရှင်းလင်းပါ သို့မဟုတ် အခြားဒေါင်းလုဒ်တစ်ခုကို ဖယ်ရှားပါ၊ ထို့နောက် ဆက်လုပ်ပါ။
download-storage = ဤဘရောက်ဇာသည် ဤစက်ပစ္စည်းတွင် အသုံးပြုခွင့်ရှိသော { $available } အနက် { $used } ကို အသုံးပြုထားပါသည်။
download-persistent = ဒေါင်းလုဒ်များကို သင် ဖယ်ရှားသည်အထိ ဆက်ရှိနေပါမည်။
download-not-persistent = စက်ပစ္စည်းတွင် နေရာ နည်းလာပါက ဘရောက်ဇာက ဒေါင်းလုဒ်များကို ဖယ်ရှားနိုင်ပါသည်။
download-needs-network = သင် အော့ဖ်လိုင်း ဖြစ်နေပါသည်။ ဤသင်တန်းကို ဒေါင်းလုဒ်လုပ်ရန် အင်တာနက်သို့ ချိတ်ဆက်ပါ။
data-saver = ဒေတာ ချွေတာမှု
data-saver-help = ဖွင့်ရန် ခလုတ်ကို နှိပ်မှသာ မီဒီယာကို ရယူပါမည်၊ စာသားမှတ်တမ်းများကို ဦးစွာ ပြသပြီး မီဒီယာဘေးတွင် ၎င်း၏ အရွယ်အစားကို ပြသပါမည်။
media-size = ရယူရမည့် အရွယ်အစား: { $size }

## Notes and bookmarks
notes-heading = ကျွန်ုပ်၏ မှတ်စုများ
notes-bookmark = ဤသင်ခန်းစာကို စာညှပ်ရန်
notes-bookmarked = စာညှပ်ထားသည်
notes-bookmark-moment = ဤအခိုက်အတန့်ကို စာညှပ်ရန်
notes-note-label = ဤသင်ခန်းစာအတွက် သင့်မှတ်စု
notes-save = မှတ်စု သိမ်းရန်
notes-saved = သိမ်းပြီးပါပြီ။
notes-delete = ဖျက်ရန်
# A moment of a video or audio, e.g. "At 1:05".
notes-at = { $time } တွင်
notes-empty = ဤသင်တန်းတွင် မှတ်စု သို့မဟုတ် စာညှပ် မရှိသေးပါ။ သင်ခန်းစာတစ်ခု သို့မဟုတ် ဗီဒီယို၏ အခိုက်အတန့်တစ်ခုကို စာညှပ်ပြီး ၎င်းအတွက် မှတ်စု ရေးပါ။
notes-where = သင့်မှတ်စုများသည် ဤစက်ပစ္စည်းတွင် ရှိနေပြီး သင်ယူမှုမှတ်တမ်း သိုလှောင်ရာနှင့် ချိတ်ဆက်ထားလျှင် ၎င်းထံသို့လည်း ရောက်ရှိပါမည်။
notes-too-long = မှတ်စုတစ်ခုတွင် စာလုံး အများဆုံး { $max } လုံး ရှိနိုင်သည်။
notes-too-many = ဤသင်တန်းတွင် မှတ်စု ထပ်ထည့်၍ မရတော့ပါ- အခြားတစ်ခု ထည့်ရန် တစ်ခုကို ဖျက်ပါ။

## Accessibility
unit-nav-label = ယခင် သင်ခန်းစာနှင့် နောက် သင်ခန်းစာ
captions-always = ဗီဒီယို သို့မဟုတ် အသံတွင် စာတန်းထိုး ပါရှိသည့်အခါတိုင်း ပြသရန် (သင့်ဘာသာစကားဖြင့် ရှိလျှင် ၎င်းဖြင့်၊ မရှိလျှင် သင်တန်း ဘာသာစကားဖြင့်)
caption-style = စာတန်းထိုး ပုံစံ
caption-size = စာလုံး အရွယ်အစား
caption-colour = စာလုံး အရောင်
caption-background = နောက်ခံ
caption-colour-white = အဖြူ
caption-colour-yellow = အဝါ
caption-colour-cyan = စိမ်းပြာ
caption-colour-green = အစိမ်း
caption-colour-magenta = ပန်းခရမ်း
caption-colour-black = အနက်
caption-background-black = အနက်၊ ဖောက်ထွင်းမြင်ရ
caption-background-solid-black = အနက်
caption-background-white = အဖြူ
caption-background-transparent = မရှိ
caption-background-blue = အပြာ
caption-preview = စာတန်းထိုးများ ဤသို့ ပေါ်ပါမည်။
caption-unreadable = ဤနောက်ခံပေါ်တွင် ဤစာသားကို ဖတ်ရခက်သည်- အခြားအရောင် သို့မဟုတ် နောက်ခံကို ရွေးပါ။
launch-other = ဤလင့်ခ်သည် သင်၏ သင်ယူမှုမှတ်တမ်းများကို { $who } အဖြစ် { $endpoint } သို့ ပို့ပါမည်။ သင်သည် { $current } နှင့် { $current_who } အဖြစ် ချိတ်ဆက်ထားပါသည်။
launch-switch = ဤချိတ်ဆက်မှုသို့ ပြောင်းရန်
launch-keep = ကျွန်ုပ်၏ ချိတ်ဆက်မှုကို ထားရန်

launch-other-learner = ဤလင့်ခ်သည် { $who } အတွက် ဖြစ်သည်။ ယခု { $current_who } က ပလေယာကို သုံးနေသည်။ { $who } သို့ ပြောင်းမလား။
launch-switch-learner = သင်ယူသူ ပြောင်းရန်

## Learners
learners-heading = ဤစက်ပေါ်ရှိ သင်ယူသူများ
learners-locked = { $name } က ပလေယာကို သုံးနေသည်
learner-unnamed = ကျွန်ုပ်
learner-now = ယခု ပလေယာကို သုံးနေသည်
learner-switch = ဤသင်ယူသူသို့ ပြောင်းရန်
learner-rename = အမည်ပြောင်းရန်
learner-name = အမည်
learner-save = သိမ်းရန်
learner-cancel = မလုပ်တော့ပါ
learner-remove = ဖယ်ရှားရန်
learner-remove-ask = { $name } ကို ဤစက်မှ ဖယ်ရှားမလား။ ဤစက်ပေါ်ရှိ ၎င်း၏ တိုးတက်မှု၊ ပို့ရန်စောင့်နေသော မှတ်တမ်းများနှင့် ဆက်တင်များကို ဖျက်ပါမည်။ ဒေါင်းလုဒ်လုပ်ထားသော သင်တန်းများ ကျန်ရှိနေမည်။
learner-removed = { $name } ကို ဖယ်ရှားပြီးပါပြီ။
learner-pin = PIN (ဂဏန်း လေးလုံး၊ မထည့်လည်းရ)
learner-pin-label = PIN
learner-pin-for = { $name } ၏ PIN
learner-pin-new = PIN အသစ် (ဂဏန်း လေးလုံး)
learner-pin-set = PIN သတ်မှတ်ရန်
learner-pin-remove = PIN ဖယ်ရန်
learner-pin-open = ဆက်လုပ်ရန်
learner-pin-note = PIN သည် ဤစက်ကို မျှသုံးသူများ တစ်ဦး၏ တိုးတက်မှုထဲသို့ တစ်ဦး မဝင်မိစေရန် ကာကွယ်သည်။ ၎င်းသည် ကိုယ်ရေးလုံခြုံမှုအတွက် ဖြစ်ပြီး လုံခြုံရေးအတွက် မဟုတ်ပါ။
learner-add-heading = သင်ယူသူ ထည့်ရန်
learner-add = ထည့်ရန်
learner-added = { $name } ကို ထည့်ပြီးပါပြီ။
learner-saved = သိမ်းပြီးပါပြီ။
learner-error-empty = အမည် ထည့်ပါ။
learner-error-long = ဤအမည်သည် ရှည်လွန်းသည်။
learner-error-taken = ဤစက်ပေါ်တွင် { $name } ဟု အမည်ရှိသူ ရှိပြီးသားဖြစ်သည်။
learner-error-pin = PIN သည် ဂဏန်း လေးလုံး အတိအကျ ဖြစ်ရမည်။
learner-error-full = ဤစက်တွင် သင်ယူသူ ထပ်မထည့်နိုင်တော့ပါ။ တစ်ဦးကို အရင်ဖယ်ရှားပါ။
learner-error-unknown = သင်ယူသူစာရင်းကို ပြောင်း၍ မရပါ။ စာမျက်နှာကို ပြန်ဖွင့်ပြီး ထပ်ကြိုးစားပါ။
learner-error-wrong-pin = ထို PIN မမှန်ပါ။
signout-ask = { $count ->
   *[other] မှတ်တမ်း { $count } ခု မပို့ရသေးပါ။
}
signout-keep = { $count ->
   *[other] စောင့်နေသော မှတ်တမ်း { $count } ခုကို နောက်တစ်ကြိမ် ချိတ်ဆက်ချိန်အတွက် ထားရန်
}
signout-discard = { $count ->
   *[other] ပစ်ရန်
}
