# Alliance Player interface strings — தமிழ்
# மொழிபெயர்ப்பாளர்களுக்கு: ஒவ்வொரு செய்தி அடையாளத்தையும் ஒவ்வொரு { $variable }-ஐயும் மாற்ற வேண்டாம்; உரையை மட்டும் மொழிபெயர்க்கவும்.
# $percent, $score, $size ஆகியவை முழுமையான உரையாக வரும் (எ.கா. "45 %" அல்லது "1.4 MB").

app-title = Alliance Player
skip-to-content = உள்ளடக்கத்திற்குச் செல்லவும்
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
catalog-search-label = தலைப்பின்படி பாடநெறிகளைத் தேடுக
catalog-search-placeholder = தலைப்பின்படி தேடுக
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
course-provider = வழங்குநர்: { $provider }
course-languages = மொழிகள்: { $languages }
course-size = பதிவிறக்க அளவு: { $size }
course-open = பாடநெறியைத் திறக்கவும்
course-continue = தொடரவும்
course-progress = { $percent } முடிந்தது

## பாடநெறி
course-outline = பாடநெறி உள்ளடக்கம்
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

## ஊடகம்
media-speed = வேகம்
media-subtitles = வசனவரிகள்
media-subtitles-off = முடக்கப்பட்டது
media-subtitles-second = இரண்டாவது வசனவரிகள்
media-transcript = எழுத்துப்படி
media-watched = { $percent } பார்க்கப்பட்டது
media-unsupported = உங்கள் உலாவியால் இந்த ஊடகத்தை இயக்க முடியாது. வேறு உலாவியை முயலுங்கள் அல்லது இதைப் பதிவிறக்குங்கள்:

## வாசிப்பும் ஆவணமும்
reading-end = வாசிப்பின் முடிவு
document-download = PDF-ஐப் பதிவிறக்கவும் ({ $size })
document-download-nosize = PDF-ஐப் பதிவிறக்கவும்
document-fallback = உங்கள் உலாவியால் PDF-களை இங்கே காட்ட முடியாது. படிக்க அதைப் பதிவிறக்குங்கள்.

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

## ஆதரிக்கப்படாதவையும் பிழைகளும்
unit-needs-newer-player = இந்த அலகுக்கு இயக்கியின் புதிய பதிப்பு தேவை
unit-needs-newer-player-detail = இது “{ $kind }” வகை அலகு; Alliance Player-இன் இந்தப் பதிப்புக்கு இந்த வகை இன்னும் தெரியாது. பாடநெறியின் மற்ற பகுதிகள் இயங்கும்; உங்கள் பாடநெறி வழங்குநரிடம் கேளுங்கள் அல்லது இயக்கியைப் புதுப்பியுங்கள்.
error-heading = ஏதோ தவறு நடந்துவிட்டது
error-catalog = பாடநெறிப் பட்டியலை ஏற்ற முடியவில்லை.
error-course = இந்தப் பாடநெறியைத் திறக்க முடியவில்லை.
error-course-not-found = இந்தப் பட்டியலில் “{ $course }” என்ற பாடநெறி இல்லை.
error-unit-not-found = இந்தப் பாடநெறியில் “{ $unit }” என்ற அலகு இல்லை.
error-page-not-found = இந்தப் பக்கம் இல்லை.
error-retry = மீண்டும் முயலவும்
error-part-unavailable = இயக்கியின் இந்தப் பகுதியைப் பதிவிறக்க முடியவில்லை. உங்கள் இணைய இணைப்பைச் சரிபார்த்து, பிறகு மீண்டும் முயலவும்.
error-what-to-do = சிக்கல் தொடர்ந்தால், மேலே காட்டப்பட்டுள்ளதைப் பாடநெறி வழங்குநரிடம் தெரிவியுங்கள்.
