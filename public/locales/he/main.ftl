# Alliance Player interface strings — עברית
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = עברית
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = rtl

app-title = Alliance Player
skip-to-content = דילוג לתוכן
# In the header where the browser offers to install the player as an app.
install-app = התקנת האפליקציה
install-app-hint = אפשר להתקין את Alliance Player במכשיר הזה: הוא ייפתח מתוך האפליקציות שלך, בחלון משלו, גם ללא חיבור לאינטרנט.
nav-catalog = קורסים
loading = בטעינה…

## Languages
language-picker-label = שפת הממשק
language-picker-search = חיפוש שפות
language-picker-none = אין שפה שתואמת לחיפוש.
content-language-label = שפת הקורס
content-language-auto = כמו שפת הממשק
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = שפה: { $language }

## Catalogue
catalog-heading = קטלוג הקורסים
catalog-search-label = חיפוש קורסים
catalog-search-placeholder = כותרת, נושא או מוסד
catalog-more = הצגת קורסים נוספים
catalog-earlier = הצגת הקורסים הקודמים
catalog-loading-more = מחפשים בקורסים נוספים…
catalog-language-label = שפה
catalog-language-any = כל השפות
catalog-count = { $count ->
    [0] לא נמצאו קורסים תואמים.
    [one] קורס אחד
    [two] שני קורסים
    [many] { $count } קורסים
   *[other] { $count } קורסים
}
catalog-empty = אין קורס שתואם לחיפוש. כדאי לנסות מילה אחרת או לבחור בכל השפות.
catalog-rejected = { $count ->
    [one] לא ניתן היה להציג קורס אחד מהקטלוג הזה:
    [two] לא ניתן היה להציג שני קורסים מהקטלוג הזה:
    [many] לא ניתן היה להציג { $count } קורסים מהקטלוג הזה:
   *[other] לא ניתן היה להציג { $count } קורסים מהקטלוג הזה:
}
catalog-source-notice = חלק מהקורסים חסרים ברשימה הזו:
catalog-source-unreachable = לא ניתן היה להתחבר אל { $source }: ייתכן שהאתר מושבת, או שהוא אינו מרשה לנגן הזה לקרוא את הקורסים שלו.
catalog-source-status = { $source } השיב בשגיאה (HTTP { $status }).
catalog-source-too-large = { $source } גדול מ-{ $limit }, המקסימום שהנגן הזה קורא עבור קטלוג.
catalog-source-invalid = { $source } אינו קטלוג קורסים שהנגן הזה יכול לקרוא: { $detail }
catalog-source-left-out = הקורס "{ $course }" מתוך { $source } לא נכלל: לקורס אחר כבר יש את הכתובת שלו, /course/{ $id }.
course-provider = מאת { $provider }
course-languages = שפות: { $languages }
course-size = גודל ההורדה: { $size }
course-open = פתיחת הקורס
course-continue = המשך
course-progress = התקדמות: { $percent }

## Course
course-outline = מבנה הקורס
outline-show-earlier = הצגת היחידות הקודמות (מוסתרות: { $count })
outline-show-later = הצגת היחידות הבאות (מוסתרות: { $count })
course-start = התחלת הקורס
course-units = { $count ->
    [one] יחידה אחת
    [two] שתי יחידות
    [many] { $count } יחידות
   *[other] { $count } יחידות
}
unit-ordinal = יחידה { $index } מתוך { $total }
unit-state-not-started = טרם התחלת
unit-state-in-progress = בתהליך
unit-state-completed = הושלמה
unit-state-passed = עברת
unit-state-failed = עדיין לא עברת
unit-kind-video = סרטון
unit-kind-audio = שמע
unit-kind-reading = קריאה
unit-kind-quiz = בוחן
unit-kind-document = מסמך
unit-kind-interactive = פעילות
unit-kind-unknown = סוג יחידה חדש
unit-previous = הקודם
unit-next = הבא
unit-mark-done = סימון כהושלם
unit-done = הושלם
back-to-catalog = כל הקורסים
course-search-label = חיפוש בקורס הזה
course-search-count = { $count ->
    [0] אין תוצאות
    [one] תוצאה אחת
    [two] שתי תוצאות
    [many] { $count } תוצאות
   *[other] { $count } תוצאות
}
course-search-more = { $count ->
    [one] מוצגת רק התוצאה הראשונה; כדאי להוסיף מילים כדי לצמצם את החיפוש.
    [two] מוצגות רק שתי התוצאות הראשונות; כדאי להוסיף מילים כדי לצמצם את החיפוש.
    [many] מוצגות רק { $count } התוצאות הראשונות; כדאי להוסיף מילים כדי לצמצם את החיפוש.
   *[other] מוצגות רק { $count } התוצאות הראשונות; כדאי להוסיף מילים כדי לצמצם את החיפוש.
}
course-search-subtitles = מתבצע חיפוש גם בכתוביות…
course-search-incomplete = לא ניתן היה לחפש בחלק מהכתוביות.
course-search-in-title = שם
course-search-in-reading = קריאה
course-search-in-transcript = תמליל
course-search-in-subtitle = כתוביות ב־{ $time }
course-search-in-quiz = שאלת בוחן

## Media
media-speed = מהירות
media-subtitles = כתוביות
media-subtitles-off = כבוי
media-subtitles-second = כתוביות משניות
media-fullscreen = מסך מלא
media-fullscreen-exit = יציאה ממסך מלא
media-shortcuts = קיצורי מקלדת
media-shortcuts-hint = כשהמיקוד נמצא בנגן הסרטון או השמע:
# The name of the space bar key, as printed on keyboards.
media-key-space = רווח
media-key-play = הפעלה או השהיה
media-key-seek = 5 שניות אחורה או קדימה
media-key-speed = לאט יותר או מהר יותר
media-key-captions = הפעלה או כיבוי של הכתוביות
media-key-fullscreen = כניסה למסך מלא או יציאה ממנו
media-transcript = תמליל
media-watched = נצפו { $percent }
media-unsupported = הדפדפן שלך לא יכול להפעיל את המדיה הזו. אפשר לנסות דפדפן אחר, או להוריד אותה:

## Reading and document
reading-end = סוף הקריאה
document-download = הורדת קובץ PDF ({ $size })
document-download-nosize = הורדת קובץ PDF
document-fallback = הדפדפן שלך לא יכול להציג כאן קובצי PDF. אפשר להוריד את הקובץ כדי לקרוא אותו.
document-not-pdf = { $file } אינו קובץ PDF. יחידת מסמך מציגה רק קובצי PDF, שמתחילים ב־“%PDF-”.

## Quiz
quiz-passing = כדי לעבור נדרש ציון של { $percent }.
quiz-attempts-left = { $count ->
    [one] נותר ניסיון אחד
    [two] נותרו שני ניסיונות
    [many] נותרו { $count } ניסיונות
   *[other] נותרו { $count } ניסיונות
}
quiz-attempts-unlimited = מספר ניסיונות בלתי מוגבל
quiz-attempts-used = { $count ->
    [one] ניצלת את הניסיון היחיד שלך.
    [two] ניצלת את שני הניסיונות שלך.
    [many] ניצלת את כל { $count } הניסיונות שלך.
   *[other] ניצלת את כל { $count } הניסיונות שלך.
}
quiz-question = שאלה { $index }
quiz-true = נכון
quiz-false = לא נכון
quiz-answer-label = התשובה שלך
quiz-submit = שליחת התשובות
quiz-retry = ניסיון נוסף
quiz-score = הציון שלך: { $score }
quiz-passed = עברת — כל הכבוד!
quiz-failed = עדיין לא עברת.
quiz-best = הציון הטוב ביותר עד כה: { $score }
quiz-correct = תשובה נכונה
quiz-incorrect = תשובה שגויה
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = סקירה: בכל שאלה מוצגת התשובה הנכונה.
quiz-right-answer = התשובה הנכונה

## Interactive
interactive-title = פעילות אינטראקטיבית: { $title }
interactive-hint = כדי לסיים את היחידה הזו יש להשלים את הפעילות.

## Storage
storage-quota = נפח האחסון של הנגן בדפדפן הזה מלא, ולכן לא ניתן היה לשמור את ההתקדמות האחרונה שלך. יש לפנות מקום (להסיר קורסים שהורדו או נתונים של אתרים אחרים בהגדרות הדפדפן) ואז להמשיך: שום דבר ממה שנשמר קודם לא אבד.
storage-unavailable = הדפדפן הזה לא מאפשר לנגן לשמור את ההתקדמות שלך, ולכן היא נשמרת רק עד לסגירת הדף. חלונות פרטיים חוסמים לעיתים קרובות את האחסון.
storage-write-failed = עדיין לא ניתן היה לשמור את ההתקדמות האחרונה שלך. היא שמורה בדף הזה ותישמר בצעד הבא שלך.

## Transcript (the learner's record of progress)
nav-transcript = ההתקדמות שלי
transcript-heading = ההתקדמות שלי
transcript-empty = עדיין לא התחלת אף קורס.
transcript-unit-score = ציון: { $score }
transcript-time-spent = זמן שהושקע: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = הורדה כהצהרות xAPI (JSON)
transcript-export-csv = הורדה כגיליון אלקטרוני (CSV)
transcript-reset = איפוס ההתקדמות שלי בקורס הזה
transcript-reset-confirm = לאפס את כל ההתקדמות שלך בקורס "{ $course }"? אי אפשר לבטל את הפעולה הזו.

## שליחה למאגר רשומות הלמידה (LRS), מוצגת בכותרת העליונה ובדף ההגדרות
nav-settings = הגדרות
sync-off = נשמר במכשיר הזה
sync-off-detail = אין חיבור למאגר רשומות למידה: ההתקדמות שלך נשמרת בדפדפן הזה. אפשר לחבר מאגר בהגדרות כדי לשלוח למוסד שלך את מה שהשלמת.
sync-done = הכול נשלח
sync-pending = { $count ->
    [one] רשומה אחת ממתינה
    [two] שתי רשומות ממתינות
    [many] { $count } רשומות ממתינות
   *[other] { $count } רשומות ממתינות
}
sync-last-delivery = נשלח לאחרונה: { $date }
sync-error-offline = אין חיבור לאינטרנט. הרשומות שלך שמורות ויישלחו כשהחיבור יחזור.
sync-error-unreachable = לא ניתן היה להתחבר למאגר רשומות הלמידה. ניסיון נוסף יתבצע בעוד רגע; שום דבר לא אבד.
sync-error-server = יש בעיה במאגר רשומות הלמידה (HTTP { $status }). ניסיון נוסף יתבצע בעוד רגע; שום דבר לא אבד.
sync-error-unauthorized = מאגר רשומות הלמידה דחה את פרטי הגישה שלך. יש להזין אותם שוב בהגדרות; עד אז הרשומות שלך נשמרות.
sync-error-not-found = אין מאגר רשומות למידה בכתובת הזו. יש לבדוק את הכתובת בהגדרות; עד אז הרשומות שלך נשמרות.
sync-error-version = מאגר רשומות הלמידה משתמש בגרסה אחרת של xAPI ({ $detail }). אפשר לבקש מהמוסד שלך כתובת שתומכת ב-xAPI 1.0.3 או 2.0.0.
sync-error-storage = לא ניתן היה לקרוא מהאחסון של הדפדפן הזה את הרשומות שממתינות לשליחה ({ $detail }).
sync-set-aside = { $count ->
    [one] מאגר רשומות הלמידה דחה רשומה אחת
    [two] מאגר רשומות הלמידה דחה שתי רשומות
    [many] מאגר רשומות הלמידה דחה { $count } רשומות
   *[other] מאגר רשומות הלמידה דחה { $count } רשומות
}
sync-set-aside-detail = הרשומות האלה שמורות כאן יחד עם התשובה של המאגר, כדי שאפשר יהיה לראות, אצלך או במוסד שלך, מה צריך לתקן.
settings-heading = הגדרות
settings-lrs-heading = מאגר רשומות למידה (LRS)
settings-lrs-intro = המוסד שלך מספק את הפרטים האלה כדי שההשלמות והציונים שלך יגיעו לרשומות שלו.
settings-lrs-endpoint = כתובת (נקודת קצה של xAPI)
settings-lrs-key = מפתח או שם משתמש
settings-lrs-secret = מפתח סודי או סיסמה
settings-lrs-token = או אסימון גישה
settings-lrs-name = השם שלך
settings-lrs-email = כתובת האימייל שלך
settings-lrs-connect = התחברות
settings-lrs-disconnect = התנתקות
settings-lrs-connected = יש חיבור אל { $endpoint } בתור { $who }.
settings-lrs-invalid-endpoint = יש להזין את הכתובת של מאגר רשומות הלמידה, שמתחילה ב-https:// או ב-http://.
settings-lrs-invalid-email = יש להזין את כתובת האימייל שלך, כדי שהרשומות שלך יתויקו על שמך.
cmi5-unit-needs-worker = הפעילות הזו דורשת שהנגן יסיים להתקין: טענו מחדש את הדף כדי לפתוח אותה.
cmi5-exit = יציאה
cmi5-exiting = שומר וחוזר…
cmi5-browse = עיון: שום דבר ממה שתעשו כאן לא נרשם.
cmi5-review = חזרה: שום דבר ממה שתעשו כאן לא נרשם.
cmi5-ended = ההפעלה הזו הסתיימה. פתחו את הקורס שוב מפלטפורמת הלמידה כדי להמשיך לרשום.
settings-lrs-launch-failed = הקורס נפתח עם כניסה שלא הצליחה ({ $detail }). יש לפתוח אותו שוב מהאתר של המוסד שלך.

sources-heading = מקורות קורסים
sources-intro = רשימת הקורסים מאגדת את הקטלוגים שלהלן. אפשר להוסיף קטלוג של אוניברסיטה אחרת או של ספק קורסים אחר לפי הכתובת שלו; הוא נשמר עבורך במכשיר הזה.
sources-site = נבחר על ידי האתר הזה
sources-remove = הסרה
sources-add-label = הוספת מקור: הכתובת של הקטלוג שלו
sources-check = בדיקה
sources-preview = { $count ->
    [one] קורס אחד
    [two] שני קורסים
    [many] { $count } קורסים
   *[other] { $count } קורסים
}
sources-add-confirm = הוספת המקור הזה
sources-added = המקור נוסף: הקורסים שלו מופיעים עכשיו ברשימת הקורסים.
sources-removed = המקור הוסר: הקורסים שלו כבר לא מופיעים ברשימת הקורסים.
sources-invalid-url = יש להזין כתובת שמתחילה ב-https:// (או נתיב באתר הזה, כמו /courses/catalog.json).
sources-duplicate = הקטלוג הזה כבר נמצא ברשימה.
sources-full = רשימת המקורות שלך מלאה. יש להסיר מקור אחד כדי להוסיף אחר.

## Unsupported and errors
unit-needs-newer-player = ליחידה הזו נדרשת גרסה חדשה יותר של הנגן
unit-needs-newer-player-detail = זו יחידה מסוג "{ $kind }", שהגרסה הזו של Alliance Player עדיין לא מכירה. שאר הקורס פועל כרגיל; אפשר לפנות לספק הקורס או לעדכן את הנגן.
error-heading = משהו השתבש
error-catalog = לא ניתן היה לטעון את קטלוג הקורסים.
error-document = לא ניתן להציג את המסמך הזה.
error-course = לא ניתן היה לפתוח את הקורס הזה.
error-course-not-found = אין בקטלוג הזה קורס בשם "{ $course }".
error-unit-not-found = אין בקורס הזה יחידה בשם "{ $unit }".
error-page-not-found = הדף הזה לא קיים.
error-retry = ניסיון נוסף
error-part-unavailable = לא ניתן היה להוריד את החלק הזה של הנגן. יש לבדוק את החיבור לאינטרנט ולנסות שוב.
error-what-to-do = אם הבעיה נמשכת, כדאי למסור לספק הקורס את מה שמוצג למעלה.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = ללא חיבור
offline-indicator-detail = אין חיבור לאינטרנט. קורסים שהורדו פועלים כרגיל; ההתקדמות שלך נשמרת במכשיר הזה ותישלח כשהחיבור יחזור.
update-ready = גרסה חדשה של Alliance Player מוכנה.
update-reload = טעינה מחדש לעדכון
download-heading = שימוש ללא חיבור
download-course = הורדה לשימוש ללא חיבור ({ $size })
download-resume = המשך ההורדה (נותרו { $size })
download-progress = { $done } מתוך { $total } · { $units } מתוך { $unitsTotal } יחידות
download-cancel = ביטול
download-done = ההורדה הושלמה: הקורס הזה פועל גם ללא חיבור לאינטרנט ({ $size }).
download-remove = הסרת ההורדה
download-stored-partly = { $done } מתוך { $total } כבר נמצאים במכשיר הזה.
download-failed = ההורדה נעצרה: { $detail } מה שכבר נשמר לא יאבד; כדי להמשיך יש ללחוץ על "המשך ההורדה".
download-file-mismatch = הקובץ { $file } לא הגיע בשלמותו (צפוי: { $expected }, התקבל: { $got }).
download-file-failed = לא ניתן היה להוריד את הקובץ { $file } ({ $detail }).
download-no-cors = { $host } אינו מאפשר לנגן הזה לקרוא את הקבצים שלו (הוא אינו שולח כותרות CORS), ולכן אי אפשר לבדוק ולשמור אותם. על מנהל השרת לשלוח Access-Control-Allow-Origin עם כל קובץ של הקורס.
download-quota = לא נשאר במכשיר הזה מקום לקורס. יש לפנות מקום או להסיר הורדה אחרת, ואז להמשיך את ההורדה.
download-storage = הדפדפן הזה משתמש ב-{ $used } מתוך { $available } שמותר לו להשתמש בהם במכשיר הזה.
download-persistent = ההורדות נשארות עד שמסירים אותן.
download-not-persistent = הדפדפן עלול להסיר הורדות אם יחסר מקום במכשיר.
download-needs-network = אין חיבור לאינטרנט. כדי להוריד את הקורס הזה יש להתחבר לאינטרנט.
data-saver = חיסכון בנתונים
data-saver-help = המדיה נטענת רק כשלוחצים על הפעלה, התמלילים מוצגים קודם, והגודל מוצג ליד כל פריט מדיה.
media-size = { $size } לטעינה

## Notes and bookmarks
notes-heading = ההערות שלי
notes-bookmark = הוספת היחידה הזו לסימניות
notes-bookmarked = בסימניות
notes-bookmark-moment = הוספת הרגע הזה לסימניות
notes-note-label = ההערה שלך על היחידה הזו
notes-save = שמירת ההערה
notes-saved = נשמרה.
notes-delete = מחיקה
# A moment of a video or audio, e.g. "At 1:05".
notes-at = ב־{ $time }
notes-empty = עדיין אין הערות או סימניות בקורס הזה. אפשר להוסיף לסימניות יחידה או רגע בסרטון, ולכתוב עליהם הערה.
notes-where = ההערות שלך נשמרות במכשיר הזה, ומגיעות למאגר רשומות הלמידה שלך כשיש חיבור למאגר.
notes-too-long = הערה יכולה להכיל עד { $max } תווים.
notes-too-many = בקורס הזה כבר יש את המספר המרבי של הערות: יש למחוק הערה כדי להוסיף אחרת.

## Accessibility
unit-nav-label = היחידה הקודמת והיחידה הבאה
captions-always = הצגת כתוביות בכל סרטון או קטע שמע שיש בו כתוביות (בשפה שלך אם יש, אחרת בשפת הקורס)
caption-style = סגנון הכתוביות
caption-size = גודל הטקסט
caption-colour = צבע הטקסט
caption-background = רקע
caption-colour-white = לבן
caption-colour-yellow = צהוב
caption-colour-cyan = ציאן
caption-colour-green = ירוק
caption-colour-magenta = מג׳נטה
caption-colour-black = שחור
caption-background-black = שחור, שקוף למחצה
caption-background-solid-black = שחור
caption-background-white = לבן
caption-background-transparent = ללא
caption-background-blue = כחול
caption-preview = כך ייראו הכתוביות.
caption-unreadable = קשה לקרוא את הטקסט הזה על הרקע הזה: כדאי לבחור צבע או רקע אחרים.
launch-other = קישור זה ישלח את רשומות הלמידה שלך אל { $endpoint } בתור { $who }. את/ה מחובר/ת אל { $current } בתור { $current_who }.
launch-switch = מעבר לחיבור הזה
launch-keep = שמירה על החיבור שלי

launch-other-learner = הקישור הזה מיועד ל{ $who }. { $current_who } משתמש/ת בנגן עכשיו. לעבור ל{ $who }?
launch-switch-learner = החלפת לומד/ת

## Learners
learners-heading = הלומדים במכשיר הזה
learners-locked = { $name } משתמש/ת בנגן
learner-unnamed = אני
learner-now = משתמש/ת בנגן עכשיו
learner-switch = מעבר ללומד/ת הזה/ו
learner-rename = שינוי שם
learner-name = שם
learner-save = שמירה
learner-cancel = ביטול
learner-remove = הסרה
learner-remove-ask = להסיר את { $name } מהמכשיר הזה? ההתקדמות, הרשומות הממתינות וההגדרות שלו/ה במכשיר הזה יימחקו. הקורסים שהורדו יישארו.
learner-removed = { $name } הוסר/ה.
learner-pin = קוד PIN (ארבע ספרות, לא חובה)
learner-pin-label = קוד PIN
learner-pin-for = קוד ה-PIN של { $name }
learner-pin-new = קוד PIN חדש (ארבע ספרות)
learner-pin-set = הגדרת קוד PIN
learner-pin-remove = הסרת קוד ה-PIN
learner-pin-open = המשך
learner-pin-note = קוד PIN מונע מאנשים שחולקים את המכשיר הזה להיכנס להתקדמות של האחרים. הוא נועד לפרטיות, לא לאבטחה.
learner-add-heading = הוספת לומד/ת
learner-add = הוספה
learner-added = { $name } נוסף/ה.
learner-saved = נשמר.
learner-error-empty = יש להזין שם.
learner-error-long = השם הזה ארוך מדי.
learner-error-taken = כבר יש במכשיר הזה מישהו בשם { $name }.
learner-error-pin = קוד PIN הוא בדיוק ארבע ספרות.
learner-error-full = אין במכשיר הזה מקום ללומדים נוספים. יש להסיר מישהו קודם.
learner-error-unknown = לא ניתן היה לשנות את רשימת הלומדים. יש לטעון מחדש את הדף ולנסות שוב.
learner-error-wrong-pin = קוד ה-PIN הזה שגוי.
signout-ask = { $count ->
    [one] רשומה אחת עדיין לא נשלחה.
    [two] שתי רשומות עדיין לא נשלחו.
    [many] { $count } רשומות עדיין לא נשלחו.
   *[other] { $count } רשומות עדיין לא נשלחו.
}
signout-keep = { $count ->
    [one] לשמור את הרשומה הממתינה לחיבור הבא
    [two] לשמור את שתי הרשומות הממתינות לחיבור הבא
    [many] לשמור את { $count } הרשומות הממתינות לחיבור הבא
   *[other] לשמור את { $count } הרשומות הממתינות לחיבור הבא
}
signout-discard = { $count ->
    [one] למחוק אותה
    [two] למחוק אותן
    [many] למחוק אותן
   *[other] למחוק אותן
}
