# Alliance Player interface strings — العربية
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = العربية
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = rtl

app-title = Alliance Player
skip-to-content = انتقل إلى المحتوى
# In the header where the browser offers to install the player as an app.
install-app = تثبيت التطبيق
install-app-hint = ثبّت Alliance Player على هذا الجهاز: يُفتح من بين تطبيقاتك، في نافذته الخاصة، حتى دون اتصال.
nav-catalog = الدورات
loading = جارٍ التحميل…

## Languages
language-picker-label = لغة الواجهة
language-picker-search = البحث عن لغة
language-picker-none = لا توجد لغة تطابق بحثك.
content-language-label = لغة الدورة
content-language-auto = مثل لغة الواجهة
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = باللغة { $language }

## Catalogue
catalog-heading = فهرس الدورات
catalog-search-label = البحث في الدورات
catalog-search-placeholder = العنوان أو الموضوع أو الجهة المقدِّمة
catalog-more = عرض مزيد من الدورات
catalog-earlier = عرض الدورات السابقة
catalog-loading-more = جارٍ البحث في مزيد من الدورات…
catalog-language-label = اللغة
catalog-language-any = كل اللغات
catalog-count = { $count ->
    [0] لا توجد دورات مطابقة.
    [zero] لا توجد دورات مطابقة.
    [one] دورة واحدة
    [two] دورتان
    [few] { $count } دورات
    [many] { $count } دورة
   *[other] { $count } دورة
}
catalog-empty = لا توجد دورة تطابق بحثك. جرّب كلمة أخرى أو اختر كل اللغات.
catalog-rejected = { $count ->
    [zero] لا توجد في هذا الفهرس دورات تعذّر عرضها.
    [one] تعذّر عرض دورة واحدة من هذا الفهرس:
    [two] تعذّر عرض دورتين من هذا الفهرس:
    [few] تعذّر عرض { $count } دورات من هذا الفهرس:
    [many] تعذّر عرض { $count } دورة من هذا الفهرس:
   *[other] تعذّر عرض { $count } دورة من هذا الفهرس:
}
catalog-source-notice = بعض الدورات غير موجودة في هذه القائمة:
catalog-source-unreachable = تعذّر الوصول إلى { $source }: ربما يكون الموقع متوقفًا، أو أنه لا يسمح لهذا المشغّل بقراءة دوراته.
catalog-source-status = ردّ { $source } بخطأ (HTTP { $status }).
catalog-source-too-large = حجم { $source } أكبر من { $limit }، وهو أقصى ما يقرؤه هذا المشغّل لفهرس واحد.
catalog-source-invalid = { $source } ليس فهرس دورات يستطيع هذا المشغّل قراءته: { $detail }
catalog-source-left-out = استُبعدت «{ $course }» من { $source }: دورة أخرى تستخدم عنوانها بالفعل، /course/{ $id }.
course-provider = من تقديم { $provider }
course-languages = اللغات: { $languages }
course-size = حجم التنزيل: { $size }
course-open = فتح الدورة
course-continue = متابعة
course-progress = اكتمل { $percent }

## Course
course-outline = مخطط الدورة
outline-show-earlier = إظهار الوحدات السابقة (المخفية: { $count })
outline-show-later = إظهار الوحدات اللاحقة (المخفية: { $count })
course-start = ابدأ الدورة
course-units = { $count ->
    [zero] لا توجد وحدات
    [one] وحدة واحدة
    [two] وحدتان
    [few] { $count } وحدات
    [many] { $count } وحدة
   *[other] { $count } وحدة
}
unit-ordinal = الوحدة { $index } من { $total }
unit-state-not-started = لم تبدأ
unit-state-in-progress = قيد التقدم
unit-state-completed = مكتملة
unit-state-passed = تم اجتيازها
unit-state-failed = لم يتم اجتيازها بعد
unit-kind-video = فيديو
unit-kind-audio = صوت
unit-kind-reading = قراءة
unit-kind-quiz = اختبار قصير
unit-kind-document = مستند
unit-kind-interactive = نشاط
unit-kind-unknown = نوع جديد من الوحدات
unit-previous = السابق
unit-next = التالي
unit-mark-done = وضع علامة «مكتملة»
unit-done = مكتملة
back-to-catalog = كل الدورات
course-search-label = البحث في هذه الدورة
course-search-count = { $count ->
    [0] لا توجد نتائج
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
course-search-more = { $count ->
    [zero] تُعرض أول { $count } نتيجة فقط؛ أضف كلمات لتضييق البحث.
    [one] تُعرض النتيجة الأولى فقط؛ أضف كلمات لتضييق البحث.
    [two] تُعرض أول نتيجتين فقط؛ أضف كلمات لتضييق البحث.
    [few] تُعرض أول { $count } نتائج فقط؛ أضف كلمات لتضييق البحث.
    [many] تُعرض أول { $count } نتيجة فقط؛ أضف كلمات لتضييق البحث.
   *[other] تُعرض أول { $count } نتيجة فقط؛ أضف كلمات لتضييق البحث.
}
course-search-subtitles = جارٍ البحث في الترجمة أيضًا…
course-search-incomplete = تعذّر البحث في بعض ملفات الترجمة.
course-search-in-title = العنوان
course-search-in-reading = قراءة
course-search-in-transcript = النص المكتوب
course-search-in-subtitle = الترجمة عند { $time }
course-search-in-quiz = سؤال اختبار

## Media
media-speed = السرعة
media-subtitles = الترجمة
media-subtitles-off = إيقاف
media-subtitles-second = ترجمة ثانية
media-fullscreen = ملء الشاشة
media-fullscreen-exit = الخروج من ملء الشاشة
media-shortcuts = اختصارات لوحة المفاتيح
media-shortcuts-hint = عندما يكون التركيز على مشغّل الفيديو أو الصوت:
# The name of the space bar key, as printed on keyboards.
media-key-space = مسافة
media-key-play = تشغيل أو إيقاف مؤقت
media-key-seek = رجوع أو تقديم خمس ثوانٍ
media-key-speed = أبطأ أو أسرع
media-key-captions = تشغيل الترجمة أو إيقافها
media-key-fullscreen = الدخول إلى ملء الشاشة أو الخروج منه
media-transcript = النص المكتوب
media-watched = تمت مشاهدة { $percent }
media-unsupported = لا يستطيع متصفحك تشغيل هذه الوسائط. جرّب متصفحًا آخر، أو نزّلها:

## Reading and document
reading-end = نهاية القراءة
document-download = تنزيل ملف PDF ({ $size })
document-download-nosize = تنزيل ملف PDF
document-fallback = لا يستطيع متصفحك عرض ملفات PDF هنا. نزّل الملف لقراءته.
document-not-pdf = { $file } ليس ملف PDF. تعرض وحدة المستند ملفات PDF فقط، وهي تبدأ بـ “%PDF-”.

## Quiz
quiz-passing = يلزم الحصول على { $percent } للنجاح.
quiz-attempts-left = { $count ->
    [zero] لا توجد محاولات متبقية
    [one] محاولة واحدة متبقية
    [two] محاولتان متبقيتان
    [few] { $count } محاولات متبقية
    [many] { $count } محاولة متبقية
   *[other] { $count } محاولة متبقية
}
quiz-attempts-unlimited = عدد غير محدود من المحاولات
quiz-attempts-used = { $count ->
    [zero] لا توجد محاولات متاحة.
    [one] لقد استخدمت محاولتك الوحيدة.
    [two] لقد استخدمت محاولتيك كلتيهما.
    [few] لقد استخدمت محاولاتك كلها ({ $count } محاولات).
    [many] لقد استخدمت محاولاتك كلها ({ $count } محاولة).
   *[other] لقد استخدمت محاولاتك كلها ({ $count } محاولة).
}
quiz-question = السؤال { $index }
quiz-true = صواب
quiz-false = خطأ
quiz-answer-label = إجابتك
quiz-submit = إرسال الإجابات
quiz-retry = إعادة المحاولة
quiz-score = نتيجتك: { $score }
quiz-passed = نجحت — أحسنت!
quiz-failed = لم تجتز الاختبار بعد.
quiz-best = أفضل نتيجة حتى الآن: { $score }
quiz-correct = إجابة صحيحة
quiz-incorrect = إجابة خاطئة
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = مراجعة: تظهر الإجابة الصحيحة لكل سؤال.
quiz-right-answer = الإجابة الصحيحة

## Interactive
interactive-title = نشاط تفاعلي: { $title }
interactive-hint = أكمل النشاط لإنهاء هذه الوحدة.

## Storage
storage-quota = امتلأت مساحة التخزين المخصّصة للمشغّل في هذا المتصفح، لذلك تعذّر حفظ آخر تقدّم أحرزته. أفرِغ بعض المساحة (احذف الدورات التي نزّلتها أو بيانات المواقع الأخرى من إعدادات المتصفح)، ثم تابع: لم يُفقد شيء مما حُفظ من قبل.
storage-unavailable = لا يسمح هذا المتصفح للمشغّل بتخزين تقدّمك، لذلك لا يُحتفظ به إلا إلى أن تغلق الصفحة. كثيرًا ما تمنع النوافذ الخاصة التخزين.
storage-write-failed = لم يُحفظ آخر تقدّم أحرزته بعد. إنه محفوظ مؤقتًا في هذه الصفحة وسيُحفظ مع خطوتك التالية.

## Transcript (the learner's record of progress)
nav-transcript = تقدّمي
transcript-heading = تقدّمي
transcript-empty = لم تبدأ أي دورة بعد.
transcript-unit-score = النتيجة: { $score }
transcript-time-spent = الوقت المستغرق: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = تنزيل كعبارات xAPI (JSON)
transcript-export-csv = تنزيل كجدول بيانات (CSV)
transcript-reset = إعادة تعيين تقدّمي في هذه الدورة
transcript-reset-confirm = هل تريد إعادة تعيين كل تقدّمك في «{ $course }»؟ لا يمكن التراجع عن ذلك.

## الإرسال إلى مستودع سجلات التعلّم (LRS)، يظهر في الترويسة وفي صفحة الإعدادات
nav-settings = الإعدادات
sync-off = محفوظ على هذا الجهاز
sync-off-detail = غير متصل بمستودع لسجلات التعلّم: يبقى تقدّمك في هذا المتصفح. اربط مستودعًا من الإعدادات لإرسال ما تُكمله إلى مؤسستك.
sync-done = تم إرسال كل شيء
sync-pending = { $count ->
    [zero] لا توجد سجلات بانتظار الإرسال
    [one] سجل واحد بانتظار الإرسال
    [two] سجلان بانتظار الإرسال
    [few] { $count } سجلات بانتظار الإرسال
    [many] { $count } سجلًا بانتظار الإرسال
   *[other] { $count } سجل بانتظار الإرسال
}
sync-last-delivery = آخر إرسال: { $date }
sync-error-offline = أنت غير متصل بالإنترنت. سجلاتك محفوظة وستُرسَل عند عودة الاتصال.
sync-error-unreachable = تعذّر الوصول إلى مستودع سجلات التعلّم. ستُعاد المحاولة بعد قليل؛ لم يُفقد شيء.
sync-error-server = يواجه مستودع سجلات التعلّم مشكلة (HTTP { $status }). ستُعاد المحاولة بعد قليل؛ لم يُفقد شيء.
sync-error-unauthorized = رفض مستودع سجلات التعلّم بيانات الدخول الخاصة بك. أدخِلها مرة أخرى في الإعدادات؛ ستبقى سجلاتك محفوظة حتى ذلك الحين.
sync-error-not-found = لا يوجد مستودع لسجلات التعلّم على هذا العنوان. تحقّق من العنوان في الإعدادات؛ ستبقى سجلاتك محفوظة حتى ذلك الحين.
sync-error-version = يستخدم مستودع سجلات التعلّم إصدارًا آخر من xAPI ({ $detail }). اطلب من مؤسستك عنوانًا يدعم xAPI 1.0.3 أو 2.0.0.
sync-error-storage = تعذّرت قراءة السجلات التي تنتظر الإرسال من مساحة تخزين هذا المتصفح ({ $detail }).
sync-set-aside = { $count ->
    [zero] لم يرفض مستودع سجلات التعلّم أي سجل
    [one] رفض مستودع سجلات التعلّم سجلًا واحدًا
    [two] رفض مستودع سجلات التعلّم سجلين
    [few] رفض مستودع سجلات التعلّم { $count } سجلات
    [many] رفض مستودع سجلات التعلّم { $count } سجلًا
   *[other] رفض مستودع سجلات التعلّم { $count } سجل
}
sync-set-aside-detail = هذه السجلات محفوظة هنا مع ردّ المستودع، حتى تتمكّن أنت أو مؤسستك من معرفة ما يجب تصحيحه.
settings-heading = الإعدادات
settings-lrs-heading = مستودع سجلات التعلّم (LRS)
settings-lrs-intro = تزوّدك مؤسستك بهذه البيانات لكي يصل ما تُكمله ونتائجك إلى سجلاتها.
settings-lrs-endpoint = العنوان (نقطة نهاية xAPI)
settings-lrs-key = المفتاح أو اسم المستخدم
settings-lrs-secret = الرمز السري أو كلمة المرور
settings-lrs-token = أو رمز وصول
settings-lrs-name = اسمك
settings-lrs-email = عنوان بريدك الإلكتروني
settings-lrs-connect = اتصال
settings-lrs-disconnect = قطع الاتصال
settings-lrs-connected = متصل بـ { $endpoint } باسم { $who }.
settings-lrs-invalid-endpoint = أدخِل عنوان مستودع سجلات التعلّم، على أن يبدأ بـ https:// أو http://.
settings-lrs-invalid-email = أدخِل عنوان بريدك الإلكتروني، لكي تُحفظ سجلاتك باسمك.
cmi5-unit-needs-worker = يحتاج هذا النشاط إلى اكتمال تثبيت المشغّل: أعد تحميل الصفحة لفتحه.
cmi5-exit = خروج
cmi5-exiting = جارٍ الحفظ والعودة…
cmi5-browse = تصفّح: لا يُسجَّل شيء مما تفعله هنا.
cmi5-review = مراجعة: لا يُسجَّل شيء مما تفعله هنا.
cmi5-ended = انتهت هذه الجلسة. افتح الدورة مرة أخرى من منصة التعلّم لتسجيل المزيد.
settings-lrs-launch-failed = فُتحت الدورة بتسجيل دخول لم ينجح ({ $detail }). افتحها مرة أخرى من موقع مؤسستك.

sources-heading = مصادر الدورات
sources-intro = تجمع قائمة الدورات الفهارس الواردة أدناه. يمكنك إضافة فهرس جامعة أخرى أو مقدّم دورات آخر بعنوانه؛ ويُحفظ لك على هذا الجهاز.
sources-site = اختاره هذا الموقع
sources-remove = إزالة
sources-add-label = إضافة مصدر: عنوان فهرسه
sources-check = تحقّق
sources-preview = { $count ->
    [zero] { $count } دورة
    [one] دورة واحدة
    [two] دورتان
    [few] { $count } دورات
    [many] { $count } دورة
   *[other] { $count } دورة
}
sources-add-confirm = أضِف هذا المصدر
sources-added = أُضيف المصدر: أصبحت دوراته في قائمة الدورات الآن.
sources-removed = أُزيل المصدر: لم تعد دوراته في قائمة الدورات.
sources-invalid-url = أدخِل عنوانًا يبدأ بـ https:// (أو مسارًا على هذا الموقع، مثل /courses/catalog.json).
sources-duplicate = هذا الفهرس موجود في القائمة بالفعل.
sources-full = قائمة مصادرك ممتلئة. أزِل مصدرًا لتضيف آخر.

## Unsupported and errors
unit-needs-newer-player = تحتاج هذه الوحدة إلى إصدار أحدث من المشغّل
unit-needs-newer-player-detail = هذه وحدة من نوع «{ $kind }»، وهو نوع لا يعرفه هذا الإصدار من Alliance Player بعد. بقية الدورة تعمل كالمعتاد؛ اسأل الجهة المقدّمة للدورة أو حدّث المشغّل.
error-heading = حدث خطأ ما
error-catalog = تعذّر تحميل فهرس الدورات.
error-document = لا يمكن عرض هذا المستند.
error-course = تعذّر فتح هذه الدورة.
error-course-not-found = لا توجد في هذا الفهرس دورة باسم «{ $course }».
error-unit-not-found = لا توجد في هذه الدورة وحدة باسم «{ $unit }».
error-page-not-found = هذه الصفحة غير موجودة.
error-retry = إعادة المحاولة
error-part-unavailable = تعذّر تنزيل هذا الجزء من المشغّل. تحقّق من اتصالك بالإنترنت، ثم أعِد المحاولة.
error-what-to-do = إذا استمرت المشكلة، فأخبر الجهة المقدّمة للدورة بما يظهر أعلاه.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = غير متصل
offline-indicator-detail = أنت غير متصل بالإنترنت. تعمل الدورات التي نزّلتها كالمعتاد؛ ويُحفظ تقدّمك على هذا الجهاز ويُرسَل عند عودتك إلى الاتصال.
update-ready = يتوفّر إصدار جديد من Alliance Player.
update-reload = إعادة التحميل للتحديث
download-heading = الاستخدام دون اتصال
download-course = تنزيل للاستخدام دون اتصال ({ $size })
download-resume = استئناف التنزيل (المتبقي { $size })
download-progress = { $done } من { $total } · الوحدات: { $units } من { $unitsTotal }
download-cancel = إلغاء
download-done = تم التنزيل: هذه الدورة تعمل دون اتصال ({ $size }).
download-remove = إزالة التنزيل
download-stored-partly = يوجد { $done } من { $total } على هذا الجهاز بالفعل.
download-failed = توقّف التنزيل: { $detail } ما خُزّن حتى الآن يبقى محفوظًا؛ اضغط «استئناف التنزيل» للمتابعة.
download-file-mismatch = لم يصل { $file } سليمًا (المتوقّع { $expected }، والمستلَم { $got }).
download-file-failed = تعذّر تنزيل { $file } ({ $detail }).
download-no-cors = لا يسمح { $host } لهذا المشغّل بقراءة ملفاته (لا يرسل ترويسات CORS)، لذا لا يمكن التحقق منها ولا تخزينها. على مسؤوله أن يرسل Access-Control-Allow-Origin مع كل ملف من ملفات الدورة.
download-quota = لم تعد على هذا الجهاز مساحة للدورة. أفرِغ بعض المساحة أو احذف تنزيلًا آخر، ثم استأنف التنزيل.
download-storage = يستخدم هذا المتصفح { $used } من أصل { $available } مسموح له باستخدامها على هذا الجهاز.
download-persistent = تبقى التنزيلات إلى أن تحذفها.
download-not-persistent = قد يحذف المتصفح التنزيلات إذا نفدت المساحة على الجهاز.
download-needs-network = أنت غير متصل بالإنترنت. اتصل بالإنترنت لتنزيل هذه الدورة.
data-saver = توفير البيانات
data-saver-help = لا تُحمَّل الوسائط إلا عندما تضغط على تشغيل، وتظهر النصوص المكتوبة أولًا، ويُعرض حجم الوسائط بجانبها.
media-size = { $size } للتحميل

## Notes and bookmarks
notes-heading = ملاحظاتي
notes-bookmark = إضافة إشارة مرجعية لهذه الوحدة
notes-bookmarked = عليها إشارة مرجعية
notes-bookmark-moment = إضافة إشارة مرجعية لهذه اللحظة
notes-note-label = ملاحظتك على هذه الوحدة
notes-save = حفظ الملاحظة
notes-saved = حُفظت.
notes-delete = حذف
# A moment of a video or audio, e.g. "At 1:05".
notes-at = عند { $time }
notes-empty = لا توجد ملاحظات أو إشارات مرجعية في هذه الدورة بعد. أضف إشارة مرجعية لوحدة أو للحظة من فيديو، واكتب عليها ملاحظة.
notes-where = تبقى ملاحظاتك على هذا الجهاز، وتصل إلى مستودع سجلات التعلّم عندما يكون مربوطًا.
notes-too-long = الحد الأقصى لطول الملاحظة { $max } من الأحرف.
notes-too-many = بلغت هذه الدورة الحد الأقصى من الملاحظات: احذف ملاحظة لتضيف أخرى.

## Accessibility
unit-nav-label = الوحدة السابقة والتالية
captions-always = عرض الترجمة كلما توفّرت في فيديو أو صوت (بلغتك إن وُجدت، وإلا فبلغة الدورة)
caption-style = نمط الترجمة
caption-size = حجم النص
caption-colour = لون النص
caption-background = الخلفية
caption-colour-white = أبيض
caption-colour-yellow = أصفر
caption-colour-cyan = سماوي
caption-colour-green = أخضر
caption-colour-magenta = أرجواني
caption-colour-black = أسود
caption-background-black = أسود شبه شفاف
caption-background-solid-black = أسود
caption-background-white = أبيض
caption-background-transparent = بلا خلفية
caption-background-blue = أزرق
caption-preview = هكذا ستبدو الترجمة.
caption-unreadable = يصعب قراءة هذا النص على هذه الخلفية: اختر لونًا آخر أو خلفية أخرى.
launch-other = سيرسل هذا الرابط سجلات تعلّمك إلى { $endpoint } باسم { $who }. أنت متصل الآن بـ { $current } باسم { $current_who }.
launch-switch = التبديل إلى هذا الاتصال
launch-keep = الإبقاء على اتصالي

launch-other-learner = هذا الرابط مخصص لـ { $who }. يستخدم { $current_who } المشغّل الآن. هل تريد التبديل إلى { $who }؟
launch-switch-learner = تبديل المتعلّم

## Learners
learners-heading = المتعلّمون على هذا الجهاز
learners-locked = يستخدم { $name } المشغّل
learner-unnamed = أنا
learner-now = يستخدم المشغّل الآن
learner-switch = التبديل إلى هذا المتعلّم
learner-rename = إعادة التسمية
learner-name = الاسم
learner-save = حفظ
learner-cancel = إلغاء
learner-remove = إزالة
learner-remove-ask = هل تريد إزالة { $name } من هذا الجهاز؟ سيُحذف تقدّمه وسجلاته المنتظرة وإعداداته على هذا الجهاز. تبقى الدورات التي نُزّلت.
learner-removed = أُزيل { $name }.
learner-pin = رمز PIN (أربعة أرقام، اختياري)
learner-pin-label = رمز PIN
learner-pin-for = رمز PIN الخاص بـ { $name }
learner-pin-new = رمز PIN جديد (أربعة أرقام)
learner-pin-set = تعيين رمز PIN
learner-pin-remove = إزالة رمز PIN
learner-pin-open = متابعة
learner-pin-note = يمنع رمز PIN من يتشاركون هذا الجهاز من دخول تقدّم بعضهم بعضًا. إنه للخصوصية، لا للأمان.
learner-add-heading = إضافة متعلّم
learner-add = إضافة
learner-added = أُضيف { $name }.
learner-saved = حُفظ.
learner-error-empty = أدخل اسمًا.
learner-error-long = هذا الاسم طويل جدًا.
learner-error-taken = يوجد على هذا الجهاز من اسمه { $name } بالفعل.
learner-error-pin = يتكوّن رمز PIN من أربعة أرقام بالضبط.
learner-error-full = لا يتّسع هذا الجهاز لمزيد من المتعلّمين. أزِل أحدهم أولًا.
learner-error-unknown = تعذّر تغيير قائمة المتعلّمين. أعد تحميل الصفحة وحاول مرة أخرى.
learner-error-wrong-pin = رمز PIN هذا غير صحيح.
signout-ask = { $count ->
    [zero] لا توجد سجلات لم تُرسل بعد.
    [one] سجل واحد لم يُرسل بعد.
    [two] سجلان لم يُرسلا بعد.
    [few] { $count } سجلات لم تُرسل بعد.
    [many] { $count } سجلًا لم يُرسل بعد.
   *[other] { $count } سجل لم يُرسل بعد.
}
signout-keep = { $count ->
    [zero] الاحتفاظ بالسجلات المنتظرة إلى أن أتصل مجددًا
    [one] الاحتفاظ بالسجل المنتظر إلى أن أتصل مجددًا
    [two] الاحتفاظ بالسجلين المنتظرين إلى أن أتصل مجددًا
    [few] الاحتفاظ بالسجلات المنتظرة ({ $count }) إلى أن أتصل مجددًا
    [many] الاحتفاظ بالسجلات المنتظرة ({ $count }) إلى أن أتصل مجددًا
   *[other] الاحتفاظ بالسجلات المنتظرة ({ $count }) إلى أن أتصل مجددًا
}
signout-discard = { $count ->
    [zero] تجاهلها
    [one] تجاهله
    [two] تجاهلهما
    [few] تجاهلها
    [many] تجاهلها
   *[other] تجاهلها
}
