# Alliance Player interface strings — தமிழ்
# மொழிபெயர்ப்பாளர்களுக்கு: ஒவ்வொரு செய்தி அடையாளத்தையும் ஒவ்வொரு { $variable }-ஐயும் மாற்ற வேண்டாம்; உரையை மட்டும் மொழிபெயர்க்கவும்.
# $percent, $score, $size ஆகியவை முழுமையான உரையாக வரும் (எ.கா. "45 %" அல்லது "1.4 MB").

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = தமிழ்
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = உள்ளடக்கத்திற்குச் செல்லவும்
# In the header where the browser offers to install the player as an app.
install-app = செயலியை நிறுவு
install-app-hint = Alliance Player-ஐ இந்தச் சாதனத்தில் நிறுவுங்கள்: இது உங்கள் செயலிகளிலிருந்து, தனிச் சாளரத்தில், ஆஃப்லைனிலும் திறக்கும்.
nav-catalog = பாடநெறிகள்
loading = ஏற்றுகிறது…

## மொழிகள்
language-picker-label = இடைமுக மொழி
language-picker-search = மொழிகளைத் தேடுக
language-picker-none = நீங்கள் தேடியதற்குப் பொருந்தும் மொழி எதுவும் இல்லை.
content-language-label = பாடநெறி மொழி
content-language-auto = இடைமுக மொழியே
# கற்பவரின் பாடநெறி மொழியில் உரை இல்லாத அலகின் அருகே உள்ளடக்கப் பட்டியலில் காட்டப்படும், எ.கா. "English மொழியில்".
unit-in-language = { $language } மொழியில்

## பாடநெறிப் பட்டியல்
catalog-heading = பாடநெறிப் பட்டியல்
catalog-search-label = படிப்புகளைத் தேடுக
catalog-search-placeholder = தலைப்பு, பாடம் அல்லது வழங்குநர்
catalog-more = மேலும் படிப்புகளைக் காட்டு
catalog-earlier = முந்தைய பாடநெறிகளைக் காட்டு
catalog-loading-more = மேலும் படிப்புகளில் தேடுகிறது…
catalog-language-label = மொழி
catalog-language-any = அனைத்து மொழிகளும்
catalog-count = { $count ->
    [0] பொருந்தும் பாடநெறி எதுவும் இல்லை.
    [one] ஒரு பாடநெறி
   *[other] { $count } பாடநெறிகள்
}
catalog-empty = நீங்கள் தேடியதற்குப் பொருந்தும் பாடநெறி எதுவும் இல்லை. வேறு சொல்லை முயலுங்கள் அல்லது அனைத்து மொழிகளையும் தேர்ந்தெடுங்கள்.
catalog-rejected = { $count ->
    [one] இந்தப் பட்டியலில் உள்ள ஒரு பாடநெறியைக் காட்ட முடியவில்லை:
   *[other] இந்தப் பட்டியலில் உள்ள { $count } பாடநெறிகளைக் காட்ட முடியவில்லை:
}
catalog-source-notice = இந்தப் பட்டியலில் சில பாடநெறிகள் இல்லை:
catalog-source-unreachable = { $source } ஐ அணுக முடியவில்லை: தளம் இயங்காமல் இருக்கலாம், அல்லது அது இந்த இயக்கியைத் தன் பாடநெறிகளைப் படிக்க அனுமதிக்காமல் இருக்கலாம்.
catalog-source-status = { $source } ஒரு பிழையுடன் பதிலளித்தது (HTTP { $status }).
catalog-source-too-large = { $source } { $limit } ஐ விடப் பெரியது; ஒரு பட்டியலுக்கு இந்த இயக்கி இதற்கு மேல் படிக்காது.
catalog-source-invalid = { $source } இந்த இயக்கி படிக்கக்கூடிய பாடநெறிப் பட்டியல் அல்ல: { $detail }
catalog-source-left-out = { $source } இலிருந்து “{ $course }” விடுபட்டது: வேறொரு பாடநெறி ஏற்கெனவே அதன் முகவரியான /course/{ $id } ஐக் கொண்டுள்ளது.
course-provider = வழங்குநர்: { $provider }
course-languages = மொழிகள்: { $languages }
course-size = பதிவிறக்க அளவு: { $size }
course-open = பாடநெறியைத் திறக்கவும்
course-continue = தொடரவும்
course-progress = { $percent } முடிந்தது

## பாடநெறி
course-outline = பாடநெறி உள்ளடக்கம்
outline-show-earlier = முந்தைய அலகுகளைக் காட்டு ({ $count } மறைக்கப்பட்டவை)
outline-show-later = அடுத்த அலகுகளைக் காட்டு ({ $count } மறைக்கப்பட்டவை)
course-start = பாடநெறியைத் தொடங்கவும்
course-units = { $count ->
    [one] ஒரு அலகு
   *[other] { $count } அலகுகள்
}
unit-ordinal = அலகு { $index } (மொத்தம் { $total })
unit-state-not-started = தொடங்கவில்லை
unit-state-in-progress = நடைபெறுகிறது
unit-state-completed = முடிந்தது
unit-state-passed = தேர்ச்சி பெற்றீர்கள்
unit-state-failed = இன்னும் தேர்ச்சி பெறவில்லை
unit-kind-video = காணொளி
unit-kind-audio = ஒலி
unit-kind-reading = வாசிப்பு
unit-kind-quiz = வினாடி வினா
unit-kind-document = ஆவணம்
unit-kind-interactive = செயல்பாடு
unit-kind-unknown = புதிய வகை அலகு
unit-previous = முந்தையது
unit-next = அடுத்தது
unit-mark-done = முடிந்ததாகக் குறிக்கவும்
unit-done = முடிந்தது
back-to-catalog = அனைத்துப் பாடநெறிகளும்
course-search-label = இந்தப் பாடநெறியில் தேடுக
course-search-count = { $count ->
    [0] முடிவுகள் இல்லை
    [one] ஒரு முடிவு
   *[other] { $count } முடிவுகள்
}
course-search-more = { $count ->
    [one] முதல் முடிவு மட்டுமே காட்டப்படுகிறது; தேடலைக் குறைக்கச் சொற்களைச் சேர்க்கவும்.
   *[other] முதல் { $count } முடிவுகள் மட்டுமே காட்டப்படுகின்றன; தேடலைக் குறைக்கச் சொற்களைச் சேர்க்கவும்.
}
course-search-subtitles = வசனவரிகளிலும் தேடுகிறது…
course-search-incomplete = சில வசனவரிகளில் தேட முடியவில்லை.
course-search-in-title = தலைப்பு
course-search-in-reading = வாசிப்பு
course-search-in-transcript = எழுத்துப்படி
course-search-in-subtitle = வசனவரி, { $time }
course-search-in-quiz = வினாடி வினா கேள்வி

## ஊடகம்
media-speed = வேகம்
media-subtitles = வசனவரிகள்
media-subtitles-off = முடக்கப்பட்டது
media-subtitles-second = இரண்டாவது வசனவரிகள்
media-fullscreen = முழுத்திரை
media-fullscreen-exit = முழுத்திரையிலிருந்து வெளியேறு
media-shortcuts = விசைப்பலகைக் குறுக்குவழிகள்
media-shortcuts-hint = காணொளி அல்லது ஒலி இயக்கி ஃபோகஸில் இருக்கும்போது:
# The name of the space bar key, as printed on keyboards.
media-key-space = ஸ்பேஸ்
media-key-play = இயக்கு அல்லது இடைநிறுத்து
media-key-seek = 5 வினாடிகள் பின்னோக்கி அல்லது முன்னோக்கி
media-key-speed = மெதுவாக அல்லது வேகமாக
media-key-captions = வசனவரிகளை இயக்கு அல்லது முடக்கு
media-key-fullscreen = முழுத்திரையை இயக்கு அல்லது முடக்கு
media-transcript = எழுத்துப்படி
media-watched = { $percent } பார்க்கப்பட்டது
media-unsupported = உங்கள் உலாவியால் இந்த ஊடகத்தை இயக்க முடியாது. வேறு உலாவியை முயலுங்கள் அல்லது இதைப் பதிவிறக்குங்கள்:

## வாசிப்பும் ஆவணமும்
reading-end = வாசிப்பின் முடிவு
document-download = PDF-ஐப் பதிவிறக்கவும் ({ $size })
document-download-nosize = PDF-ஐப் பதிவிறக்கவும்
document-fallback = உங்கள் உலாவியால் PDF-களை இங்கே காட்ட முடியாது. படிக்க அதைப் பதிவிறக்குங்கள்.
document-not-pdf = { $file } ஒரு PDF கோப்பு அல்ல. ஆவண அலகு “%PDF-” என்று தொடங்கும் PDF கோப்புகளை மட்டுமே காட்டும்.

## வினாடி வினா
quiz-passing = தேர்ச்சி பெற உங்களுக்கு { $percent } தேவை.
quiz-attempts-left = { $count ->
    [one] இன்னும் ஒரு முயற்சி உள்ளது
   *[other] இன்னும் { $count } முயற்சிகள் உள்ளன
}
quiz-attempts-unlimited = வரம்பற்ற முயற்சிகள்
quiz-attempts-used = { $count ->
    [one] உங்களுக்கு இருந்த ஒரே முயற்சியைப் பயன்படுத்திவிட்டீர்கள்.
   *[other] உங்கள் { $count } முயற்சிகளையும் பயன்படுத்திவிட்டீர்கள்.
}
quiz-question = கேள்வி { $index }
quiz-true = உண்மை
quiz-false = பொய்
quiz-answer-label = உங்கள் பதில்
quiz-submit = பதில்களைச் சமர்ப்பிக்கவும்
quiz-retry = மீண்டும் முயலவும்
quiz-score = உங்கள் மதிப்பெண்: { $score }
quiz-passed = தேர்ச்சி பெற்றீர்கள் — வாழ்த்துகள்!
quiz-failed = இன்னும் தேர்ச்சி பெறவில்லை.
quiz-best = இதுவரையிலான சிறந்த மதிப்பெண்: { $score }
quiz-correct = சரி
quiz-incorrect = தவறு
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = மீள்பார்வை: ஒவ்வொரு கேள்விக்கும் சரியான பதில் காட்டப்பட்டுள்ளது.
quiz-right-answer = சரியான பதில்

## ஊடாடும் செயல்பாடு
interactive-title = ஊடாடும் செயல்பாடு: { $title }
interactive-hint = இந்த அலகை நிறைவுசெய்ய, செயல்பாட்டை முடிக்கவும்.

## சேமிப்பகம்
storage-quota = இந்த உலாவியில் இயக்கிக்கான சேமிப்பகம் நிரம்பிவிட்டதால், உங்கள் சமீபத்திய முன்னேற்றத்தைச் சேமிக்க முடியவில்லை. சிறிது இடத்தைக் காலியாக்குங்கள் (உலாவி அமைப்புகளில் பதிவிறக்கிய பாடநெறிகளையோ பிற தளங்களின் தரவையோ அகற்றுங்கள்), பிறகு தொடருங்கள்: முன்பு சேமித்த எதுவும் இழக்கப்படவில்லை.
storage-unavailable = உங்கள் முன்னேற்றத்தைச் சேமிக்க இந்த உலாவி இயக்கியை அனுமதிக்கவில்லை; எனவே நீங்கள் பக்கத்தை மூடும் வரை மட்டுமே அது வைத்திருக்கப்படும். தனிப்பட்ட சாளரங்கள் பெரும்பாலும் சேமிப்பகத்தைத் தடுக்கின்றன.
storage-write-failed = உங்கள் சமீபத்திய முன்னேற்றத்தை இன்னும் சேமிக்க முடியவில்லை. அது இந்தப் பக்கத்தில் வைக்கப்பட்டுள்ளது; உங்கள் அடுத்த படியின்போது சேமிக்கப்படும்.

## கற்றல் முன்னேற்றப் பதிவு
nav-transcript = எனது முன்னேற்றம்
transcript-heading = எனது முன்னேற்றம்
transcript-empty = நீங்கள் இன்னும் எந்தப் பாடநெறியையும் தொடங்கவில்லை.
transcript-unit-score = மதிப்பெண்: { $score }
transcript-time-spent = செலவிட்ட நேரம்: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = xAPI கூற்றுகளாகப் பதிவிறக்கவும் (JSON)
transcript-export-csv = விரிதாளாகப் பதிவிறக்கவும் (CSV)
transcript-reset = இந்தப் பாடநெறியில் எனது முன்னேற்றத்தை மீட்டமைக்கவும்
transcript-reset-confirm = “{ $course }” பாடநெறியில் உங்கள் முன்னேற்றம் முழுவதையும் மீட்டமைக்கவா? இதைச் செயல்தவிர்க்க முடியாது.

## கற்றல் பதிவுக் களஞ்சியத்திற்கு (LRS) அனுப்புதல்; தலைப்புப் பட்டையிலும் அமைப்புகள் பக்கத்திலும் காட்டப்படும்
nav-settings = அமைப்புகள்
sync-off = இந்தச் சாதனத்தில் சேமிக்கப்பட்டது
sync-off-detail = கற்றல் பதிவுக் களஞ்சியம் எதனுடனும் இணைக்கப்படவில்லை: உங்கள் முன்னேற்றம் இந்த உலாவியிலேயே இருக்கும். நீங்கள் நிறைவுசெய்தவற்றை உங்கள் நிறுவனத்திற்கு அனுப்ப, அமைப்புகளில் ஒரு களஞ்சியத்தை இணையுங்கள்.
sync-done = அனைத்தும் அனுப்பப்பட்டன
sync-pending = { $count ->
    [one] ஒரு பதிவு அனுப்பக் காத்திருக்கிறது
   *[other] { $count } பதிவுகள் அனுப்பக் காத்திருக்கின்றன
}
sync-last-delivery = கடைசியாக அனுப்பியது: { $date }
sync-error-offline = நீங்கள் ஆஃப்லைனில் உள்ளீர்கள். உங்கள் பதிவுகள் வைத்திருக்கப்படும்; இணைப்பு மீண்டதும் அனுப்பப்படும்.
sync-error-unreachable = கற்றல் பதிவுக் களஞ்சியத்தை அணுக முடியவில்லை. சிறிது நேரத்தில் மீண்டும் முயல்வோம்; எதுவும் இழக்கப்படாது.
sync-error-server = கற்றல் பதிவுக் களஞ்சியத்தில் சிக்கல் உள்ளது (HTTP { $status }). சிறிது நேரத்தில் மீண்டும் முயல்வோம்; எதுவும் இழக்கப்படாது.
sync-error-unauthorized = கற்றல் பதிவுக் களஞ்சியம் உங்கள் உள்நுழைவு விவரங்களை ஏற்கவில்லை. அமைப்புகளில் அவற்றை மீண்டும் உள்ளிடுங்கள்; அதுவரை உங்கள் பதிவுகள் வைத்திருக்கப்படும்.
sync-error-not-found = இந்த முகவரியில் கற்றல் பதிவுக் களஞ்சியம் எதுவும் இல்லை. அமைப்புகளில் முகவரியைச் சரிபாருங்கள்; அதுவரை உங்கள் பதிவுகள் வைத்திருக்கப்படும்.
sync-error-version = கற்றல் பதிவுக் களஞ்சியம் xAPI-இன் வேறொரு பதிப்பைப் பயன்படுத்துகிறது ({ $detail }). xAPI 1.0.3 அல்லது 2.0.0-ஐப் பயன்படுத்தும் முகவரியை உங்கள் நிறுவனத்திடம் கேளுங்கள்.
sync-error-storage = அனுப்பக் காத்திருக்கும் பதிவுகளை இந்த உலாவியின் சேமிப்பகத்திலிருந்து படிக்க முடியவில்லை ({ $detail }).
sync-set-aside = { $count ->
    [one] ஒரு பதிவைக் கற்றல் பதிவுக் களஞ்சியம் நிராகரித்தது
   *[other] { $count } பதிவுகளைக் கற்றல் பதிவுக் களஞ்சியம் நிராகரித்தது
}
sync-set-aside-detail = இந்தப் பதிவுகள் களஞ்சியத்தின் பதிலுடன் இங்கே வைக்கப்பட்டுள்ளன; எதைத் திருத்த வேண்டும் என்பதை நீங்களோ உங்கள் நிறுவனமோ பார்க்கலாம்.
settings-heading = அமைப்புகள்
settings-lrs-heading = கற்றல் பதிவுக் களஞ்சியம்
settings-lrs-intro = நீங்கள் நிறைவுசெய்தவையும் உங்கள் மதிப்பெண்களும் உங்கள் நிறுவனத்தின் பதிவுகளைச் சென்றடைய, அந்த நிறுவனம் இந்த விவரங்களை உங்களுக்கு வழங்குகிறது.
settings-lrs-endpoint = முகவரி (xAPI முனையம்)
settings-lrs-key = விசை அல்லது பயனர்பெயர்
settings-lrs-secret = ரகசிய விசை அல்லது கடவுச்சொல்
settings-lrs-token = அல்லது அணுகல் டோக்கன்
settings-lrs-name = உங்கள் பெயர்
settings-lrs-email = உங்கள் மின்னஞ்சல் முகவரி
settings-lrs-connect = இணைக்கவும்
settings-lrs-disconnect = இணைப்பைத் துண்டிக்கவும்
settings-lrs-connected = { $endpoint } உடன் { $who } ஆக இணைக்கப்பட்டுள்ளீர்கள்.
settings-lrs-invalid-endpoint = https:// அல்லது http:// எனத் தொடங்கும் கற்றல் பதிவுக் களஞ்சிய முகவரியை உள்ளிடுங்கள்.
settings-lrs-invalid-email = உங்கள் பதிவுகள் உங்கள் பெயரில் சேமிக்கப்பட, உங்கள் மின்னஞ்சல் முகவரியை உள்ளிடுங்கள்.
cmi5-unit-needs-worker = இந்தச் செயல்பாட்டிற்கு பிளேயர் நிறுவல் முடிய வேண்டும்: திறக்கப் பக்கத்தை மீண்டும் ஏற்றவும்.
cmi5-exit = வெளியேறு
cmi5-exiting = சேமித்துத் திரும்புகிறது…
cmi5-browse = உலாவல்: இங்கே நீங்கள் செய்யும் எதுவும் பதிவு செய்யப்படாது.
cmi5-review = மீள்பார்வை: இங்கே நீங்கள் செய்யும் எதுவும் பதிவு செய்யப்படாது.
cmi5-ended = இந்த அமர்வு முடிந்தது. மேலும் பதிவு செய்ய உங்கள் கற்றல் தளத்திலிருந்து பாடநெறியை மீண்டும் திறக்கவும்.
settings-lrs-launch-failed = வேலை செய்யாத உள்நுழைவுடன் பாடநெறி திறக்கப்பட்டது ({ $detail }). உங்கள் நிறுவனத்தின் தளத்திலிருந்து அதை மீண்டும் திறவுங்கள்.

sources-heading = பாடநெறி மூலங்கள்
sources-intro = பாடநெறிப் பட்டியல் கீழே உள்ள பட்டியல்களை ஒன்றிணைக்கிறது. வேறொரு பல்கலைக்கழகம் அல்லது பாடநெறி வழங்குநரின் பட்டியலை அதன் முகவரி மூலம் சேர்க்கலாம்; அது இந்தச் சாதனத்தில் உங்களுக்காக வைக்கப்படும்.
sources-site = இந்தத் தளம் தேர்ந்தெடுத்தது
sources-remove = அகற்று
sources-add-label = மூலத்தைச் சேர்: அதன் பட்டியலின் முகவரி
sources-check = சரிபார்
sources-preview = { $count ->
    [one] ஒரு பாடநெறி
   *[other] { $count } பாடநெறிகள்
}
sources-add-confirm = இந்த மூலத்தைச் சேர்
sources-added = சேர்க்கப்பட்டது: அதன் பாடநெறிகள் இப்போது பாடநெறிப் பட்டியலில் உள்ளன.
sources-removed = அகற்றப்பட்டது: அதன் பாடநெறிகள் இனி பாடநெறிப் பட்டியலில் இல்லை.
sources-invalid-url = https:// எனத் தொடங்கும் முகவரியை உள்ளிடுங்கள் (அல்லது இந்தத் தளத்தில் உள்ள ஒரு பாதை, எ.கா. /courses/catalog.json).
sources-duplicate = இந்தப் பட்டியல் ஏற்கெனவே உள்ளது.
sources-full = உங்கள் மூலங்களின் பட்டியல் நிரம்பிவிட்டது. வேறொன்றைச் சேர்க்க ஒன்றை அகற்றுங்கள்.

## ஆதரிக்கப்படாதவையும் பிழைகளும்
unit-needs-newer-player = இந்த அலகுக்கு இயக்கியின் புதிய பதிப்பு தேவை
unit-needs-newer-player-detail = இது “{ $kind }” வகை அலகு; Alliance Player-இன் இந்தப் பதிப்புக்கு இந்த வகை இன்னும் தெரியாது. பாடநெறியின் மற்ற பகுதிகள் இயங்கும்; உங்கள் பாடநெறி வழங்குநரிடம் கேளுங்கள் அல்லது இயக்கியைப் புதுப்பியுங்கள்.
error-heading = ஏதோ தவறு நடந்துவிட்டது
error-catalog = பாடநெறிப் பட்டியலை ஏற்ற முடியவில்லை.
error-document = இந்த ஆவணத்தைக் காட்ட முடியாது.
error-course = இந்தப் பாடநெறியைத் திறக்க முடியவில்லை.
error-course-not-found = இந்தப் பட்டியலில் “{ $course }” என்ற பாடநெறி இல்லை.
error-unit-not-found = இந்தப் பாடநெறியில் “{ $unit }” என்ற அலகு இல்லை.
error-page-not-found = இந்தப் பக்கம் இல்லை.
error-retry = மீண்டும் முயலவும்
error-part-unavailable = இயக்கியின் இந்தப் பகுதியைப் பதிவிறக்க முடியவில்லை. உங்கள் இணைய இணைப்பைச் சரிபார்த்து, பிறகு மீண்டும் முயலவும்.
error-what-to-do = சிக்கல் தொடர்ந்தால், மேலே காட்டப்பட்டுள்ளதைப் பாடநெறி வழங்குநரிடம் தெரிவியுங்கள்.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = ஆஃப்லைன்
offline-indicator-detail = நீங்கள் ஆஃப்லைனில் உள்ளீர்கள். பதிவிறக்கிய பாடநெறிகள் வழக்கம்போல் இயங்கும்; உங்கள் முன்னேற்றம் இந்தச் சாதனத்தில் சேமிக்கப்பட்டு, நீங்கள் மீண்டும் ஆன்லைனுக்கு வந்ததும் அனுப்பப்படும்.
update-ready = Alliance Player-இன் புதிய பதிப்பு தயாராக உள்ளது.
update-reload = புதுப்பிக்க மீண்டும் ஏற்றவும்
download-heading = ஆஃப்லைன் பயன்பாடு
download-course = ஆஃப்லைனில் பயன்படுத்தப் பதிவிறக்கவும் ({ $size })
download-resume = பதிவிறக்கத்தைத் தொடரவும் ({ $size } மீதம்)
download-progress = { $done } / { $total } · அலகுகள்: { $units } / { $unitsTotal }
download-cancel = ரத்துசெய்யவும்
download-done = பதிவிறக்கப்பட்டது: இந்தப் பாடநெறி ஆஃப்லைனில் இயங்கும் ({ $size }).
download-remove = பதிவிறக்கத்தை அகற்றவும்
download-stored-partly = ஏற்கெனவே இந்தச் சாதனத்தில் உள்ளது: { $done } / { $total }.
download-failed = பதிவிறக்கம் நின்றுவிட்டது: { $detail } ஏற்கெனவே சேமிக்கப்பட்டவை வைத்திருக்கப்படும்; தொடர “பதிவிறக்கத்தைத் தொடரவும்” என்பதை அழுத்தவும்.
download-file-mismatch = { $file } கோப்பு முழுமையாக வந்து சேரவில்லை (எதிர்பார்த்தது: { $expected }, பெற்றது: { $got }).
download-file-failed = { $file } கோப்பைப் பதிவிறக்க முடியவில்லை ({ $detail }).
download-no-cors = { $host } இந்தப் பிளேயரை அதன் கோப்புகளைப் படிக்க அனுமதிப்பதில்லை (அது CORS தலைப்புகளை அனுப்புவதில்லை), எனவே அவற்றைச் சரிபார்த்துச் சேமிக்க முடியாது. அதன் நிர்வாகி பாடநெறியின் ஒவ்வொரு கோப்புடனும் Access-Control-Allow-Origin ஐ அனுப்ப வேண்டும்.
download-quota = இந்தச் சாதனத்தில் பாடநெறிக்கு இடம் இல்லை. சிறிது இடத்தைக் காலியாக்குங்கள் அல்லது வேறொரு பதிவிறக்கத்தை அகற்றுங்கள், பிறகு பதிவிறக்கத்தைத் தொடருங்கள்.
download-storage = இந்தச் சாதனத்தில் இந்த உலாவி பயன்படுத்தக்கூடிய { $available } இடத்தில் { $used } பயன்படுத்தப்படுகிறது.
download-persistent = நீங்கள் அகற்றும் வரை பதிவிறக்கங்கள் இருக்கும்.
download-not-persistent = சாதனத்தில் இடம் குறைந்தால் உலாவி பதிவிறக்கங்களை அகற்றக்கூடும்.
download-needs-network = நீங்கள் ஆஃப்லைனில் உள்ளீர்கள். இந்தப் பாடநெறியைப் பதிவிறக்க இணையத்துடன் இணையுங்கள்.
data-saver = தரவுச் சேமிப்பான்
data-saver-help = நீங்கள் இயக்கு பொத்தானை அழுத்தும்போது மட்டுமே ஊடகம் ஏற்றப்படும்; எழுத்துப்படிகள் முதலில் வரும்; ஊடகத்தின் அருகே அதன் அளவு காட்டப்படும்.
media-size = ஏற்ற வேண்டிய அளவு: { $size }

## Notes and bookmarks
notes-heading = எனது குறிப்புகள்
notes-bookmark = இந்த அலகைப் புக்மார்க் செய்
notes-bookmarked = புக்மார்க் செய்யப்பட்டது
notes-bookmark-moment = இந்தத் தருணத்தைப் புக்மார்க் செய்
notes-note-label = இந்த அலகு குறித்த உங்கள் குறிப்பு
notes-save = குறிப்பைச் சேமி
notes-saved = சேமிக்கப்பட்டது.
notes-delete = நீக்கு
# A moment of a video or audio, e.g. "At 1:05".
notes-at = { $time }-இல்
notes-empty = இந்தப் பாடநெறியில் இன்னும் குறிப்புகளோ புக்மார்க்குகளோ இல்லை. ஓர் அலகையோ காணொளியின் ஒரு தருணத்தையோ புக்மார்க் செய்து, அதில் ஒரு குறிப்பை எழுதுங்கள்.
notes-where = உங்கள் குறிப்புகள் இந்தச் சாதனத்தில் இருக்கும்; கற்றல் பதிவுக் களஞ்சியம் இணைக்கப்பட்டிருக்கும்போது அதையும் சென்றடையும்.
notes-too-long = ஒரு குறிப்பில் அதிகபட்சம் { $max } எழுத்துகள் இருக்கலாம்.
notes-too-many = இந்தப் பாடநெறியில் வைக்கக்கூடிய அளவு குறிப்புகள் நிறைந்துவிட்டன: புதியதைச் சேர்க்க ஒன்றை நீக்குங்கள்.

## Accessibility
unit-nav-label = முந்தைய மற்றும் அடுத்த அலகு
captions-always = காணொளி அல்லது ஒலியில் வசனவரிகள் இருக்கும்போதெல்லாம் அவற்றைக் காட்டவும் (உங்கள் மொழியில் இருந்தால் அதில், இல்லையெனில் பாடநெறி மொழியில்)
caption-style = வசனவரி பாணி
caption-size = எழுத்து அளவு
caption-colour = எழுத்து நிறம்
caption-background = பின்னணி
caption-colour-white = வெள்ளை
caption-colour-yellow = மஞ்சள்
caption-colour-cyan = சியான்
caption-colour-green = பச்சை
caption-colour-magenta = மெஜந்தா
caption-colour-black = கருப்பு
caption-background-black = கருப்பு, அரை ஒளிபுகும்
caption-background-solid-black = கருப்பு
caption-background-white = வெள்ளை
caption-background-transparent = ஏதுமில்லை
caption-background-blue = நீலம்
caption-preview = வசனவரிகள் இப்படித் தோன்றும்.
caption-unreadable = இந்தப் பின்னணியில் இந்த எழுத்தைப் படிப்பது கடினம்: வேறு நிறத்தையோ பின்னணியையோ தேர்ந்தெடுங்கள்.
launch-other = இந்த இணைப்பு உங்கள் கற்றல் பதிவுகளை { $who } ஆக { $endpoint }-க்கு அனுப்பும். நீங்கள் { $current }-உடன் { $current_who } ஆக இணைக்கப்பட்டுள்ளீர்கள்.
launch-switch = இந்த இணைப்புக்கு மாறு
launch-keep = என் இணைப்பை வைத்திரு

launch-other-learner = இந்த இணைப்பு { $who } அவர்களுக்கானது. இப்போது { $current_who } பிளேயரைப் பயன்படுத்துகிறார். { $who } அவர்களுக்கு மாறவா?
launch-switch-learner = கற்பவரை மாற்று

## Learners
learners-heading = இந்தச் சாதனத்தில் உள்ள கற்பவர்கள்
learners-locked = { $name } பிளேயரைப் பயன்படுத்துகிறார்
learner-unnamed = நான்
learner-now = இப்போது பிளேயரைப் பயன்படுத்துகிறார்
learner-switch = இந்தக் கற்பவருக்கு மாறு
learner-rename = பெயரை மாற்று
learner-name = பெயர்
learner-save = சேமி
learner-cancel = ரத்துசெய்
learner-remove = அகற்று
learner-remove-ask = { $name } அவர்களை இந்தச் சாதனத்திலிருந்து அகற்றவா? இந்தச் சாதனத்தில் உள்ள அவரின் முன்னேற்றம், அனுப்பக் காத்திருக்கும் பதிவுகள், அமைப்புகள் நீக்கப்படும். பதிவிறக்கிய பாடநெறிகள் அப்படியே இருக்கும்.
learner-removed = { $name } அகற்றப்பட்டார்.
learner-pin = PIN (நான்கு இலக்கங்கள், விருப்பத்தேர்வு)
learner-pin-label = PIN
learner-pin-for = { $name } அவர்களின் PIN
learner-pin-new = புதிய PIN (நான்கு இலக்கங்கள்)
learner-pin-set = PIN அமை
learner-pin-remove = PIN-ஐ அகற்று
learner-pin-open = தொடர்
learner-pin-note = இந்தச் சாதனத்தைப் பகிர்ந்து பயன்படுத்துபவர்கள் ஒருவர் முன்னேற்றத்தில் மற்றவர் நுழையாமல் PIN தடுக்கிறது. இது தனியுரிமைக்கானது, பாதுகாப்புக்கானது அல்ல.
learner-add-heading = கற்பவரைச் சேர்
learner-add = சேர்
learner-added = { $name } சேர்க்கப்பட்டார்.
learner-saved = சேமிக்கப்பட்டது.
learner-error-empty = ஒரு பெயரை உள்ளிடவும்.
learner-error-long = இந்தப் பெயர் மிக நீளமாக உள்ளது.
learner-error-taken = இந்தச் சாதனத்தில் ஏற்கெனவே { $name } என்ற பெயரில் ஒருவர் இருக்கிறார்.
learner-error-pin = PIN சரியாக நான்கு இலக்கங்கள் கொண்டது.
learner-error-full = இந்தச் சாதனத்தில் மேலும் கற்பவர்களுக்கு இடமில்லை. முதலில் ஒருவரை அகற்றவும்.
learner-error-unknown = கற்பவர்களின் பட்டியலை மாற்ற முடியவில்லை. பக்கத்தை மீண்டும் ஏற்றி மறுபடி முயலவும்.
learner-error-wrong-pin = அந்த PIN சரியில்லை.
signout-ask = { $count ->
    [one] ஒரு பதிவு இன்னும் அனுப்பப்படவில்லை.
   *[other] { $count } பதிவுகள் இன்னும் அனுப்பப்படவில்லை.
}
signout-keep = { $count ->
    [one] காத்திருக்கும் பதிவை அடுத்த இணைப்புக்காக வைத்திரு
   *[other] காத்திருக்கும் { $count } பதிவுகளை அடுத்த இணைப்புக்காக வைத்திரு
}
signout-discard = { $count ->
    [one] அதை நீக்கு
   *[other] அவற்றை நீக்கு
}
