# Alliance Player interface strings — ไทย
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = ไทย
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = ข้ามไปยังเนื้อหา
# In the header where the browser offers to install the player as an app.
install-app = ติดตั้งแอป
install-app-hint = ติดตั้ง Alliance Player ในอุปกรณ์นี้ เพื่อเปิดจากแอปของคุณในหน้าต่างของตัวเอง และใช้งานแบบออฟไลน์ได้ด้วย
nav-catalog = รายวิชา
loading = กำลังโหลด…

## Languages
language-picker-label = ภาษาของอินเทอร์เฟซ
language-picker-search = ค้นหาภาษา
language-picker-none = ไม่พบภาษาที่ตรงกับคำค้นหา
content-language-label = ภาษาของรายวิชา
content-language-auto = ตามภาษาของอินเทอร์เฟซ
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = ภาษา: { $language }

## Catalogue
catalog-heading = แคตตาล็อกรายวิชา
catalog-search-label = ค้นหารายวิชา
catalog-search-placeholder = ชื่อ หัวข้อ หรือผู้จัด
catalog-more = แสดงรายวิชาเพิ่มเติม
catalog-earlier = แสดงหลักสูตรก่อนหน้า
catalog-loading-more = กำลังค้นหาในรายวิชาเพิ่มเติม…
catalog-language-label = ภาษา
catalog-language-any = ทุกภาษา
catalog-count = { $count ->
    [0] ไม่พบรายวิชาที่ตรงกัน
   *[other] { $count } รายวิชา
}
catalog-empty = ไม่พบรายวิชาที่ตรงกับคำค้นหา ลองใช้คำอื่น หรือเลือก “ทุกภาษา”
catalog-rejected = { $count ->
   *[other] มี { $count } รายวิชาในแคตตาล็อกนี้ที่แสดงในรายการไม่ได้:
}
catalog-source-notice = รายวิชาบางรายการไม่อยู่ในรายการนี้:
catalog-source-unreachable = ติดต่อ { $source } ไม่ได้ เว็บไซต์อาจล่มอยู่ หรือไม่อนุญาตให้โปรแกรมเล่นนี้อ่านรายวิชาของเว็บไซต์
catalog-source-status = { $source } ตอบกลับด้วยข้อผิดพลาด (HTTP { $status })
catalog-source-too-large = { $source } มีขนาดเกิน { $limit } ซึ่งเป็นขนาดสูงสุดที่โปรแกรมเล่นนี้อ่านสำหรับแคตตาล็อกหนึ่งรายการ
catalog-source-invalid = { $source } ไม่ใช่แคตตาล็อกรายวิชาที่โปรแกรมเล่นนี้อ่านได้: { $detail }
catalog-source-left-out = ไม่ได้แสดง “{ $course }” จาก { $source } เพราะมีรายวิชาอื่นใช้ที่อยู่ /course/{ $id } อยู่แล้ว
course-provider = จัดทำโดย { $provider }
course-languages = ภาษา: { $languages }
course-size = ขนาดไฟล์ดาวน์โหลด: { $size }
course-open = เปิดรายวิชา
course-continue = เรียนต่อ
course-progress = เรียนไปแล้ว { $percent }

## Course
course-outline = โครงสร้างรายวิชา
outline-show-earlier = แสดงบทเรียนก่อนหน้า (ซ่อนอยู่ { $count } บท)
outline-show-later = แสดงบทเรียนถัดไป (ซ่อนอยู่ { $count } บท)
course-start = เริ่มเรียน
course-units = { $count ->
   *[other] { $count } บทเรียน
}
unit-ordinal = บทเรียนที่ { $index } จาก { $total }
unit-state-not-started = ยังไม่เริ่ม
unit-state-in-progress = กำลังเรียน
unit-state-completed = เรียนจบแล้ว
unit-state-passed = ผ่าน
unit-state-failed = ยังไม่ผ่าน
unit-kind-video = วิดีโอ
unit-kind-audio = เสียง
unit-kind-reading = บทอ่าน
unit-kind-quiz = แบบทดสอบ
unit-kind-document = เอกสาร
unit-kind-interactive = กิจกรรม
unit-kind-unknown = บทเรียนประเภทใหม่
unit-previous = ก่อนหน้า
unit-next = ถัดไป
unit-mark-done = ทำเครื่องหมายว่าเสร็จแล้ว
unit-done = เสร็จแล้ว
back-to-catalog = รายวิชาทั้งหมด
course-search-label = ค้นหาในรายวิชานี้
course-search-count = { $count ->
    [0] ไม่พบผลลัพธ์
   *[other] { $count } ผลลัพธ์
}
course-search-more = { $count ->
   *[other] แสดงเฉพาะ { $count } ผลลัพธ์แรกเท่านั้น เพิ่มคำเพื่อจำกัดการค้นหาให้แคบลง
}
course-search-subtitles = กำลังค้นหาในคำบรรยายด้วย…
course-search-incomplete = ค้นหาในคำบรรยายบางรายการไม่ได้
course-search-in-title = ชื่อเรื่อง
course-search-in-reading = บทอ่าน
course-search-in-transcript = ข้อความถอดเสียง
course-search-in-subtitle = คำบรรยายที่ { $time }
course-search-in-quiz = คำถามในแบบทดสอบ

## Media
media-speed = ความเร็ว
media-subtitles = คำบรรยาย
media-subtitles-off = ปิด
media-subtitles-second = คำบรรยายชุดที่สอง
media-fullscreen = เต็มหน้าจอ
media-fullscreen-exit = ออกจากโหมดเต็มหน้าจอ
media-shortcuts = แป้นพิมพ์ลัด
media-shortcuts-hint = ขณะที่โปรแกรมเล่นวิดีโอหรือเสียงอยู่ในโฟกัส:
# The name of the space bar key, as printed on keyboards.
media-key-space = สเปซบาร์
media-key-play = เล่นหรือหยุดชั่วคราว
media-key-seek = ย้อนกลับหรือข้ามไปข้างหน้า 5 วินาที
media-key-speed = ช้าลงหรือเร็วขึ้น
media-key-captions = เปิดหรือปิดคำบรรยาย
media-key-fullscreen = เปิดหรือปิดโหมดเต็มหน้าจอ
media-transcript = ข้อความถอดเสียง
media-watched = ดูแล้ว { $percent }
media-unsupported = เบราว์เซอร์ของคุณเล่นสื่อนี้ไม่ได้ โปรดลองใช้เบราว์เซอร์อื่น หรือดาวน์โหลดไฟล์:

## Reading and document
reading-end = จบบทอ่าน
document-download = ดาวน์โหลด PDF ({ $size })
document-download-nosize = ดาวน์โหลด PDF
document-fallback = เบราว์เซอร์ของคุณแสดง PDF ในหน้านี้ไม่ได้ โปรดดาวน์โหลดไฟล์เพื่ออ่าน
document-not-pdf = { $file } ไม่ใช่ไฟล์ PDF หน่วยเอกสารแสดงได้เฉพาะไฟล์ PDF ซึ่งขึ้นต้นด้วย “%PDF-”

## Quiz
quiz-passing = ต้องได้คะแนนอย่างน้อย { $percent } จึงจะผ่าน
quiz-attempts-left = { $count ->
   *[other] ทำได้อีก { $count } ครั้ง
}
quiz-attempts-unlimited = ทำได้ไม่จำกัดจำนวนครั้ง
quiz-attempts-used = { $count ->
    [1] คุณใช้สิทธิ์ทำแบบทดสอบเพียงครั้งเดียวที่มีไปแล้ว
   *[other] คุณใช้สิทธิ์ทำแบบทดสอบครบทั้ง { $count } ครั้งแล้ว
}
quiz-question = ข้อที่ { $index }
quiz-true = ถูก
quiz-false = ผิด
quiz-answer-label = คำตอบของคุณ
quiz-submit = ส่งคำตอบ
quiz-retry = ทำอีกครั้ง
quiz-score = คะแนนของคุณ: { $score }
quiz-passed = ผ่านแล้ว เยี่ยมมาก!
quiz-failed = ยังไม่ผ่าน
quiz-best = คะแนนสูงสุดที่ทำได้: { $score }
quiz-correct = ถูกต้อง
quiz-incorrect = ไม่ถูกต้อง
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = ทบทวน: แต่ละคำถามจะแสดงคำตอบที่ถูกต้อง
quiz-right-answer = คำตอบที่ถูกต้อง

## Interactive
interactive-title = กิจกรรมเชิงโต้ตอบ: { $title }
interactive-hint = ทำกิจกรรมให้เสร็จเพื่อจบบทเรียนนี้

## Storage
storage-quota = พื้นที่จัดเก็บของเบราว์เซอร์นี้สำหรับโปรแกรมเล่นเต็มแล้ว จึงบันทึกความคืบหน้าล่าสุดของคุณไม่ได้ โปรดเพิ่มพื้นที่ว่าง (ลบรายวิชาที่ดาวน์โหลดไว้หรือข้อมูลของเว็บไซต์อื่นในการตั้งค่าเบราว์เซอร์) แล้วเรียนต่อ ข้อมูลที่บันทึกไว้ก่อนหน้านี้ไม่ได้สูญหายไป
storage-unavailable = เบราว์เซอร์นี้ไม่อนุญาตให้โปรแกรมเล่นจัดเก็บความคืบหน้าของคุณ ความคืบหน้าจึงจะเก็บไว้จนกว่าคุณจะปิดหน้านี้เท่านั้น หน้าต่างส่วนตัวมักบล็อกการจัดเก็บข้อมูล
storage-write-failed = ยังบันทึกความคืบหน้าล่าสุดของคุณไม่ได้ ความคืบหน้านี้ยังเก็บอยู่ในหน้านี้ และจะบันทึกเมื่อคุณทำขั้นตอนถัดไป

## Transcript (the learner's record of progress)
nav-transcript = ความคืบหน้าของฉัน
transcript-heading = ความคืบหน้าของฉัน
transcript-empty = คุณยังไม่ได้เริ่มเรียนรายวิชาใดเลย
transcript-unit-score = คะแนน: { $score }
transcript-time-spent = เวลาที่ใช้: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = ดาวน์โหลดเป็นรายการบันทึก xAPI (JSON)
transcript-export-csv = ดาวน์โหลดเป็นสเปรดชีต (CSV)
transcript-reset = รีเซ็ตความคืบหน้าของฉันในรายวิชานี้
transcript-reset-confirm = ต้องการรีเซ็ตความคืบหน้าทั้งหมดของคุณในรายวิชา “{ $course }” หรือไม่ การดำเนินการนี้ย้อนกลับไม่ได้

## การส่งข้อมูลไปยังระบบจัดเก็บบันทึกการเรียนรู้ (LRS) แสดงที่ส่วนหัวและในหน้าการตั้งค่า
nav-settings = การตั้งค่า
sync-off = บันทึกไว้ในอุปกรณ์นี้
sync-off-detail = ยังไม่ได้เชื่อมต่อกับระบบจัดเก็บบันทึกการเรียนรู้ ความคืบหน้าของคุณจึงอยู่ในเบราว์เซอร์นี้เท่านั้น เชื่อมต่อได้ในหน้าการตั้งค่า เพื่อส่งผลการเรียนที่ทำสำเร็จไปยังสถาบันของคุณ
sync-done = ส่งครบแล้ว
sync-pending = { $count ->
   *[other] มี { $count } รายการที่รอส่ง
}
sync-last-delivery = ส่งล่าสุดเมื่อ { $date }
sync-error-offline = คุณออฟไลน์อยู่ บันทึกของคุณจะยังเก็บไว้ และจะส่งเมื่อกลับมาเชื่อมต่อได้
sync-error-unreachable = ติดต่อระบบจัดเก็บบันทึกการเรียนรู้ไม่ได้ จะลองอีกครั้งในอีกสักครู่ ข้อมูลจะไม่สูญหาย
sync-error-server = ระบบจัดเก็บบันทึกการเรียนรู้มีปัญหา (HTTP { $status }) จะลองอีกครั้งในอีกสักครู่ ข้อมูลจะไม่สูญหาย
sync-error-unauthorized = ระบบจัดเก็บบันทึกการเรียนรู้ปฏิเสธข้อมูลเข้าสู่ระบบของคุณ โปรดป้อนข้อมูลอีกครั้งในหน้าการตั้งค่า ระหว่างนี้บันทึกของคุณจะยังเก็บไว้
sync-error-not-found = ไม่มีระบบจัดเก็บบันทึกการเรียนรู้ที่ที่อยู่นี้ โปรดตรวจสอบที่อยู่ในหน้าการตั้งค่า ระหว่างนี้บันทึกของคุณจะยังเก็บไว้
sync-error-version = ระบบจัดเก็บบันทึกการเรียนรู้นี้ใช้ xAPI เวอร์ชันอื่น ({ $detail }) โปรดขอที่อยู่ที่รองรับ xAPI 1.0.3 หรือ 2.0.0 จากสถาบันของคุณ
sync-error-storage = อ่านบันทึกที่รอส่งจากพื้นที่จัดเก็บของเบราว์เซอร์นี้ไม่ได้ ({ $detail })
sync-set-aside = { $count ->
   *[other] ระบบจัดเก็บบันทึกการเรียนรู้ปฏิเสธ { $count } รายการ
}
sync-set-aside-detail = บันทึกเหล่านี้เก็บไว้ที่นี่พร้อมคำตอบจากระบบจัดเก็บ เพื่อให้คุณหรือสถาบันของคุณดูได้ว่าต้องแก้ไขอะไร
settings-heading = การตั้งค่า
settings-lrs-heading = ระบบจัดเก็บบันทึกการเรียนรู้
settings-lrs-intro = สถาบันของคุณจะให้ข้อมูลเหล่านี้แก่คุณ เพื่อให้ผลการเรียนที่ทำสำเร็จและคะแนนของคุณไปถึงระบบบันทึกของสถาบัน
settings-lrs-endpoint = ที่อยู่ (เอนด์พอยต์ xAPI)
settings-lrs-key = คีย์หรือชื่อผู้ใช้
settings-lrs-secret = คีย์ลับหรือรหัสผ่าน
settings-lrs-token = หรือโทเค็นการเข้าถึง
settings-lrs-name = ชื่อของคุณ
settings-lrs-email = ที่อยู่อีเมลของคุณ
settings-lrs-connect = เชื่อมต่อ
settings-lrs-disconnect = ยกเลิกการเชื่อมต่อ
settings-lrs-connected = เชื่อมต่อกับ { $endpoint } ในชื่อ { $who } แล้ว
settings-lrs-invalid-endpoint = โปรดป้อนที่อยู่ของระบบจัดเก็บบันทึกการเรียนรู้ โดยขึ้นต้นด้วย https:// หรือ http://
settings-lrs-invalid-email = โปรดป้อนที่อยู่อีเมลของคุณ เพื่อให้บันทึกของคุณจัดเก็บไว้ภายใต้ชื่อของคุณ
cmi5-unit-needs-worker = กิจกรรมนี้ต้องให้ตัวเล่นติดตั้งเสร็จก่อน: โหลดหน้าใหม่เพื่อเปิด
cmi5-exit = ออก
cmi5-exiting = กำลังบันทึกและกลับ…
cmi5-browse = เรียกดู: สิ่งที่คุณทำที่นี่จะไม่ถูกบันทึก
cmi5-review = ทบทวน: สิ่งที่คุณทำที่นี่จะไม่ถูกบันทึก
cmi5-ended = เซสชันนี้สิ้นสุดแล้ว เปิดหลักสูตรอีกครั้งจากแพลตฟอร์มการเรียนรู้ของคุณเพื่อบันทึกต่อ
settings-lrs-launch-failed = รายวิชานี้เปิดขึ้นด้วยข้อมูลลงชื่อเข้าใช้ที่ใช้งานไม่ได้ ({ $detail }) โปรดเปิดอีกครั้งจากเว็บไซต์ของสถาบันของคุณ

sources-heading = แหล่งรายวิชา
sources-intro = รายการรายวิชารวบรวมรายวิชาจากแคตตาล็อกด้านล่าง คุณเพิ่มแคตตาล็อกของมหาวิทยาลัยหรือผู้จัดทำรายวิชาอื่นได้ด้วยที่อยู่ของแคตตาล็อกนั้น โดยจะเก็บไว้สำหรับคุณในอุปกรณ์นี้
sources-site = เลือกโดยเว็บไซต์นี้
sources-remove = ลบ
sources-add-label = เพิ่มแหล่ง: ที่อยู่ของแคตตาล็อก
sources-check = ตรวจสอบ
sources-preview = { $count ->
   *[other] { $count } รายวิชา
}
sources-add-confirm = เพิ่มแหล่งนี้
sources-added = เพิ่มแล้ว ตอนนี้รายวิชาของแหล่งนี้อยู่ในรายการรายวิชาแล้ว
sources-removed = ลบแล้ว รายวิชาของแหล่งนี้ไม่อยู่ในรายการรายวิชาอีกต่อไป
sources-invalid-url = โปรดป้อนที่อยู่ที่ขึ้นต้นด้วย https:// (หรือเส้นทางในเว็บไซต์นี้ เช่น /courses/catalog.json)
sources-duplicate = แคตตาล็อกนี้อยู่ในรายการแล้ว
sources-full = รายการแหล่งของคุณเต็มแล้ว โปรดลบออกหนึ่งรายการเพื่อเพิ่มรายการอื่น

## Unsupported and errors
unit-needs-newer-player = บทเรียนนี้ต้องใช้โปรแกรมเล่นเวอร์ชันที่ใหม่กว่า
unit-needs-newer-player-detail = บทเรียนนี้เป็นประเภท “{ $kind }” ซึ่ง Alliance Player เวอร์ชันนี้ยังไม่รองรับ ส่วนอื่น ๆ ของรายวิชายังใช้งานได้ตามปกติ โปรดติดต่อผู้จัดทำรายวิชา หรืออัปเดตโปรแกรมเล่น
error-heading = เกิดข้อผิดพลาด
error-catalog = โหลดแคตตาล็อกรายวิชาไม่ได้
error-document = ไม่สามารถแสดงเอกสารนี้ได้
error-course = เปิดรายวิชานี้ไม่ได้
error-course-not-found = ไม่มีรายวิชา “{ $course }” ในแคตตาล็อกนี้
error-unit-not-found = ไม่มีบทเรียน “{ $unit }” ในรายวิชานี้
error-page-not-found = ไม่พบหน้านี้
error-retry = ลองอีกครั้ง
error-part-unavailable = ดาวน์โหลดส่วนนี้ของโปรแกรมเล่นไม่ได้ โปรดตรวจสอบการเชื่อมต่ออินเทอร์เน็ต แล้วลองอีกครั้ง
error-what-to-do = หากยังพบปัญหาอยู่ โปรดแจ้งข้อความที่แสดงอยู่ด้านบนให้ผู้จัดทำรายวิชาทราบ

## Offline use: the player on this device, course downloads, data saver
offline-indicator = ออฟไลน์
offline-indicator-detail = คุณออฟไลน์อยู่ รายวิชาที่ดาวน์โหลดไว้ยังเล่นได้ตามปกติ ความคืบหน้าของคุณจะบันทึกไว้ในอุปกรณ์นี้ และจะส่งเมื่อคุณกลับมาออนไลน์
update-ready = Alliance Player เวอร์ชันใหม่พร้อมใช้งานแล้ว
update-reload = โหลดซ้ำเพื่ออัปเดต
download-heading = ใช้งานแบบออฟไลน์
download-course = ดาวน์โหลดไว้ใช้แบบออฟไลน์ ({ $size })
download-resume = ดาวน์โหลดต่อ (เหลืออีก { $size })
download-progress = { $done } จาก { $total } · { $units } จาก { $unitsTotal } บทเรียน
download-cancel = ยกเลิก
download-done = ดาวน์โหลดแล้ว: รายวิชานี้ใช้แบบออฟไลน์ได้ ({ $size })
download-remove = ลบรายการที่ดาวน์โหลดไว้
download-stored-partly = มี { $done } จาก { $total } อยู่ในอุปกรณ์นี้แล้ว
download-failed = การดาวน์โหลดหยุดลง: { $detail } ส่วนที่จัดเก็บไว้แล้วจะยังอยู่ กด “ดาวน์โหลดต่อ” เพื่อดำเนินการต่อ
download-file-mismatch = ได้รับ { $file } ไม่ครบถ้วน (ควรเป็น { $expected } แต่ได้รับ { $got })
download-file-failed = ดาวน์โหลด { $file } ไม่ได้ ({ $detail })
download-no-cors = { $host } ไม่อนุญาตให้เครื่องเล่นนี้อ่านไฟล์ของตน (ไม่ได้ส่งส่วนหัว CORS) จึงตรวจสอบและจัดเก็บไฟล์ไม่ได้ ผู้ดูแลระบบของเซิร์ฟเวอร์นั้นต้องส่ง Access-Control-Allow-Origin มากับไฟล์ของรายวิชาทุกไฟล์
download-quota = อุปกรณ์นี้ไม่มีพื้นที่เหลือสำหรับรายวิชานี้ โปรดเพิ่มพื้นที่ว่างหรือลบรายการที่ดาวน์โหลดไว้รายการอื่น แล้วดาวน์โหลดต่อ
download-storage = เบราว์เซอร์นี้ใช้พื้นที่ไป { $used } จาก { $available } ที่ใช้ได้ในอุปกรณ์นี้
download-persistent = รายการที่ดาวน์โหลดไว้จะยังอยู่จนกว่าคุณจะลบ
download-not-persistent = เบราว์เซอร์อาจลบรายการที่ดาวน์โหลดไว้หากพื้นที่ในอุปกรณ์ไม่พอ
download-needs-network = คุณออฟไลน์อยู่ โปรดเชื่อมต่ออินเทอร์เน็ตเพื่อดาวน์โหลดรายวิชานี้
data-saver = ประหยัดข้อมูล
data-saver-help = สื่อจะโหลดเมื่อคุณกดเล่นเท่านั้น ข้อความถอดเสียงจะแสดงก่อน และจะแสดงขนาดไว้ข้างสื่อ
media-size = ต้องโหลด { $size }

## Notes and bookmarks
notes-heading = โน้ตของฉัน
notes-bookmark = บุ๊กมาร์กบทเรียนนี้
notes-bookmarked = บุ๊กมาร์กแล้ว
notes-bookmark-moment = บุ๊กมาร์กช่วงเวลานี้
notes-note-label = โน้ตของคุณสำหรับบทเรียนนี้
notes-save = บันทึกโน้ต
notes-saved = บันทึกแล้ว
notes-delete = ลบ
# A moment of a video or audio, e.g. "At 1:05".
notes-at = ที่ { $time }
notes-empty = ยังไม่มีโน้ตหรือบุ๊กมาร์กในรายวิชานี้ ลองบุ๊กมาร์กบทเรียนหรือช่วงเวลาในวิดีโอ แล้วเขียนโน้ตกำกับไว้
notes-where = โน้ตของคุณจะเก็บไว้ในอุปกรณ์นี้ และจะส่งไปยังระบบจัดเก็บบันทึกการเรียนรู้เมื่อเชื่อมต่อแล้ว
notes-too-long = โน้ตหนึ่งรายการมีได้ไม่เกิน { $max } อักขระ
notes-too-many = รายวิชานี้มีโน้ตครบจำนวนสูงสุดแล้ว โปรดลบออกหนึ่งรายการเพื่อเพิ่มรายการใหม่

## Accessibility
unit-nav-label = บทเรียนก่อนหน้าและถัดไป
captions-always = แสดงคำบรรยายทุกครั้งที่วิดีโอหรือเสียงมีคำบรรยาย (เป็นภาษาของคุณหากมี หากไม่มีจะใช้ภาษาของรายวิชา)
caption-style = รูปแบบคำบรรยาย
caption-size = ขนาดตัวอักษร
caption-colour = สีตัวอักษร
caption-background = พื้นหลัง
caption-colour-white = ขาว
caption-colour-yellow = เหลือง
caption-colour-cyan = ฟ้า
caption-colour-green = เขียว
caption-colour-magenta = ม่วงแดง
caption-colour-black = ดำ
caption-background-black = ดำโปร่งแสง
caption-background-solid-black = ดำ
caption-background-white = ขาว
caption-background-transparent = ไม่มี
caption-background-blue = น้ำเงิน
caption-preview = คำบรรยายจะมีลักษณะแบบนี้
caption-unreadable = ตัวอักษรนี้อ่านยากบนพื้นหลังนี้ โปรดเลือกสีหรือพื้นหลังอื่น
launch-other = ลิงก์นี้จะส่งบันทึกการเรียนของคุณไปที่ { $endpoint } ในชื่อ { $who } ขณะนี้คุณเชื่อมต่อกับ { $current } ในชื่อ { $current_who }
launch-switch = เปลี่ยนไปใช้การเชื่อมต่อนี้
launch-keep = ใช้การเชื่อมต่อเดิม

launch-other-learner = ลิงก์นี้สำหรับ { $who } ขณะนี้ { $current_who } กำลังใช้เครื่องเล่น เปลี่ยนเป็น { $who } ไหม
launch-switch-learner = เปลี่ยนผู้เรียน

## Learners
learners-heading = ผู้เรียนในอุปกรณ์นี้
learners-locked = { $name } กำลังใช้เครื่องเล่น
learner-unnamed = ฉัน
learner-now = กำลังใช้เครื่องเล่นอยู่
learner-switch = เปลี่ยนเป็นผู้เรียนคนนี้
learner-rename = เปลี่ยนชื่อ
learner-name = ชื่อ
learner-save = บันทึก
learner-cancel = ยกเลิก
learner-remove = ลบ
learner-remove-ask = ลบ { $name } ออกจากอุปกรณ์นี้ไหม ความคืบหน้า บันทึกที่รอส่ง และการตั้งค่าของผู้เรียนคนนี้ในอุปกรณ์นี้จะถูกลบ คอร์สที่ดาวน์โหลดไว้ยังอยู่
learner-removed = ลบ { $name } แล้ว
learner-pin = PIN (ตัวเลขสี่หลัก ไม่บังคับ)
learner-pin-label = PIN
learner-pin-for = PIN ของ { $name }
learner-pin-new = PIN ใหม่ (ตัวเลขสี่หลัก)
learner-pin-set = ตั้ง PIN
learner-pin-remove = ลบ PIN
learner-pin-open = ดำเนินการต่อ
learner-pin-note = PIN ช่วยไม่ให้คนที่ใช้อุปกรณ์นี้ร่วมกันเข้าไปในความคืบหน้าของกันและกัน ใช้เพื่อความเป็นส่วนตัว ไม่ใช่เพื่อความปลอดภัย
learner-add-heading = เพิ่มผู้เรียน
learner-add = เพิ่ม
learner-added = เพิ่ม { $name } แล้ว
learner-saved = บันทึกแล้ว
learner-error-empty = ใส่ชื่อ
learner-error-long = ชื่อนี้ยาวเกินไป
learner-error-taken = ในอุปกรณ์นี้มีคนชื่อ { $name } อยู่แล้ว
learner-error-pin = PIN ต้องเป็นตัวเลขสี่หลักพอดี
learner-error-full = อุปกรณ์นี้เพิ่มผู้เรียนไม่ได้อีกแล้ว โปรดลบออกหนึ่งคนก่อน
learner-error-unknown = เปลี่ยนรายชื่อผู้เรียนไม่ได้ โหลดหน้านี้ใหม่แล้วลองอีกครั้ง
learner-error-wrong-pin = PIN ไม่ถูกต้อง
signout-ask = { $count ->
   *[other] มี { $count } รายการที่ยังไม่ได้ส่ง
}
signout-keep = { $count ->
   *[other] เก็บ { $count } รายการที่รอส่งไว้สำหรับการเชื่อมต่อครั้งหน้า
}
signout-discard = { $count ->
   *[other] ทิ้ง
}
