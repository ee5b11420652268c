# Alliance Player interface strings — 한국어
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = 한국어
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = 본문으로 건너뛰기
# In the header where the browser offers to install the player as an app.
install-app = 앱 설치
install-app-hint = 이 기기에 Alliance Player를 설치하면 앱 목록에서 별도의 창으로 열 수 있으며, 오프라인에서도 사용할 수 있습니다.
nav-catalog = 강좌
loading = 불러오는 중…

## Languages
language-picker-label = 인터페이스 언어
language-picker-search = 언어 검색
language-picker-none = 검색어와 일치하는 언어가 없습니다.
content-language-label = 강좌 언어
content-language-auto = 인터페이스 언어와 동일
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = 언어: { $language }

## Catalogue
catalog-heading = 강좌 목록
catalog-search-label = 강좌 검색
catalog-search-placeholder = 제목, 주제 또는 제공 기관
catalog-more = 강좌 더 보기
catalog-earlier = 이전 강좌 보기
catalog-loading-more = 강좌를 더 찾고 있습니다…
catalog-language-label = 언어
catalog-language-any = 모든 언어
catalog-count = { $count ->
    [0] 일치하는 강좌가 없습니다.
   *[other] 강좌 { $count }개
}
catalog-empty = 검색어와 일치하는 강좌가 없습니다. 다른 단어로 검색하거나 ‘모든 언어’를 선택하십시오.
catalog-rejected = { $count ->
   *[other] 이 목록에 있는 강좌 중 { $count }개를 표시할 수 없습니다:
}
catalog-source-notice = 일부 강좌가 이 목록에 없습니다:
catalog-source-unreachable = { $source }에 연결할 수 없습니다. 사이트가 중단되었거나 이 플레이어가 강좌를 읽도록 허용하지 않을 수 있습니다.
catalog-source-status = { $source }에서 오류로 응답했습니다(HTTP { $status }).
catalog-source-too-large = { $source }의 크기가 { $limit }을(를) 넘습니다. 이 플레이어는 카탈로그 하나를 이 크기까지만 읽습니다.
catalog-source-invalid = { $source }은(는) 이 플레이어가 읽을 수 있는 강좌 카탈로그가 아닙니다: { $detail }
catalog-source-left-out = { $source }의 ‘{ $course }’ 강좌는 제외되었습니다. 다른 강좌가 이미 그 주소(/course/{ $id })를 사용하고 있습니다.
course-provider = 제공 기관: { $provider }
course-languages = 언어: { $languages }
course-size = 다운로드 크기: { $size }
course-open = 강좌 열기
course-continue = 이어서 학습하기
course-progress = { $percent } 완료

## Course
course-outline = 강좌 목차
outline-show-earlier = 이전 단원 보기 ({ $count }개 숨김)
outline-show-later = 이후 단원 보기 ({ $count }개 숨김)
course-start = 학습 시작하기
course-units = { $count ->
   *[other] 단원 { $count }개
}
unit-ordinal = 전체 { $total }개 단원 중 { $index }번째
unit-state-not-started = 시작 전
unit-state-in-progress = 진행 중
unit-state-completed = 완료
unit-state-passed = 통과
unit-state-failed = 미통과
unit-kind-video = 동영상
unit-kind-audio = 오디오
unit-kind-reading = 읽기 자료
unit-kind-quiz = 퀴즈
unit-kind-document = 문서
unit-kind-interactive = 활동
unit-kind-unknown = 새로운 유형의 단원
unit-previous = 이전
unit-next = 다음
unit-mark-done = 완료로 표시
unit-done = 완료
back-to-catalog = 전체 강좌
course-search-label = 이 강좌에서 검색
course-search-count = { $count ->
    [0] 결과 없음
   *[other] 결과 { $count }개
}
course-search-more = { $count ->
   *[other] 처음 { $count }개 결과만 표시됩니다. 검색 범위를 좁히려면 단어를 더 입력하십시오.
}
course-search-subtitles = 자막도 검색하는 중…
course-search-incomplete = 일부 자막은 검색할 수 없었습니다.
course-search-in-title = 제목
course-search-in-reading = 읽기 자료
course-search-in-transcript = 스크립트
course-search-in-subtitle = 자막 { $time }
course-search-in-quiz = 퀴즈 문제

## Media
media-speed = 재생 속도
media-subtitles = 자막
media-subtitles-off = 사용 안 함
media-subtitles-second = 두 번째 자막
media-fullscreen = 전체 화면
media-fullscreen-exit = 전체 화면 종료
media-shortcuts = 키보드 단축키
media-shortcuts-hint = 동영상 또는 오디오 플레이어에 포커스가 있을 때:
# The name of the space bar key, as printed on keyboards.
media-key-space = 스페이스바
media-key-play = 재생 또는 일시정지
media-key-seek = 5초 뒤로 또는 앞으로
media-key-speed = 느리게 또는 빠르게
media-key-captions = 자막 켜기 또는 끄기
media-key-fullscreen = 전체 화면 켜기 또는 끄기
media-transcript = 스크립트
media-watched = { $percent } 시청
media-unsupported = 사용 중인 브라우저에서 이 미디어를 재생할 수 없습니다. 다른 브라우저를 사용하거나 파일을 다운로드하십시오:

## Reading and document
reading-end = 읽기 자료 끝
document-download = PDF 다운로드 ({ $size })
document-download-nosize = PDF 다운로드
document-fallback = 사용 중인 브라우저에서는 이곳에 PDF를 표시할 수 없습니다. 파일을 다운로드하여 읽으십시오.
document-not-pdf = { $file }은(는) PDF 파일이 아닙니다. 문서 단원에는 “%PDF-”로 시작하는 PDF 파일만 표시됩니다.

## Quiz
quiz-passing = 통과하려면 { $percent } 이상이 필요합니다.
quiz-attempts-left = { $count ->
   *[other] 남은 응시 횟수: { $count }회
}
quiz-attempts-unlimited = 응시 횟수 제한 없음
quiz-attempts-used = { $count ->
    [1] 단 한 번의 응시 기회를 사용했습니다.
   *[other] 응시 기회 { $count }회를 모두 사용했습니다.
}
quiz-question = 문제 { $index }
quiz-true = 참
quiz-false = 거짓
quiz-answer-label = 답안
quiz-submit = 답안 제출
quiz-retry = 다시 풀기
quiz-score = 점수: { $score }
quiz-passed = 통과했습니다. 잘하셨습니다!
quiz-failed = 아직 통과하지 못했습니다.
quiz-best = 지금까지의 최고 점수: { $score }
quiz-correct = 정답
quiz-incorrect = 오답
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = 복습: 각 문제에 올바른 답이 표시됩니다.
quiz-right-answer = 올바른 답

## Interactive
interactive-title = 인터랙티브 활동: { $title }
interactive-hint = 이 단원을 마치려면 활동을 완료하십시오.

## Storage
storage-quota = 이 브라우저에서 플레이어가 사용할 수 있는 저장 공간이 가득 차서 최근 학습 진도를 저장하지 못했습니다. 저장 공간을 확보한 후(브라우저 설정에서 다운로드한 강좌나 다른 사이트의 데이터 삭제) 계속 학습하십시오. 이전에 저장된 내용은 손실되지 않았습니다.
storage-unavailable = 이 브라우저에서는 플레이어가 학습 진도를 저장할 수 없으므로, 진도는 이 페이지를 닫을 때까지만 유지됩니다. 시크릿 창이나 비공개 창에서는 저장이 차단되는 경우가 많습니다.
storage-write-failed = 최근 학습 진도를 아직 저장하지 못했습니다. 진도는 이 페이지에 보관되어 있으며 다음 단계로 진행할 때 저장됩니다.

## Transcript (the learner's record of progress)
nav-transcript = 내 학습 진도
transcript-heading = 내 학습 진도
transcript-empty = 아직 시작한 강좌가 없습니다.
transcript-unit-score = 점수: { $score }
transcript-time-spent = 학습 시간: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = xAPI 스테이트먼트(JSON)로 다운로드
transcript-export-csv = 스프레드시트(CSV)로 다운로드
transcript-reset = 이 강좌의 내 학습 진도 초기화
transcript-reset-confirm = ‘{ $course }’ 강좌의 학습 진도를 모두 초기화하시겠습니까? 이 작업은 되돌릴 수 없습니다.

## 학습 기록 저장소(LRS)로 전송 — 머리글과 설정 페이지에 표시
nav-settings = 설정
sync-off = 이 기기에 저장됨
sync-off-detail = 학습 기록 저장소에 연결되어 있지 않아 학습 진도가 이 브라우저에만 남습니다. 이수 기록을 소속 기관에 보내려면 설정에서 학습 기록 저장소를 연결하십시오.
sync-done = 모두 전송됨
sync-pending = { $count ->
   *[other] 기록 { $count }건 전송 대기 중
}
sync-last-delivery = 마지막 전송: { $date }
sync-error-offline = 오프라인 상태입니다. 기록은 보관되며 연결이 복구되면 전송됩니다.
sync-error-unreachable = 학습 기록 저장소에 연결할 수 없습니다. 잠시 후 다시 시도합니다. 손실된 내용은 없습니다.
sync-error-server = 학습 기록 저장소에 문제가 있습니다(HTTP { $status }). 잠시 후 다시 시도합니다. 손실된 내용은 없습니다.
sync-error-unauthorized = 학습 기록 저장소에서 인증 정보를 거부했습니다. 설정에서 다시 입력하십시오. 그때까지 기록은 보관됩니다.
sync-error-not-found = 이 주소에는 학습 기록 저장소가 없습니다. 설정에서 주소를 확인하십시오. 그때까지 기록은 보관됩니다.
sync-error-version = 학습 기록 저장소가 다른 버전의 xAPI를 사용합니다({ $detail }). 소속 기관에 xAPI 1.0.3 또는 2.0.0을 지원하는 주소를 요청하십시오.
sync-error-storage = 전송 대기 중인 기록을 이 브라우저의 저장 공간에서 읽을 수 없습니다({ $detail }).
sync-set-aside = { $count ->
   *[other] 학습 기록 저장소에서 기록 { $count }건을 거부했습니다
}
sync-set-aside-detail = 이 기록은 저장소의 응답과 함께 여기에 보관되므로, 본인이나 소속 기관에서 무엇을 수정해야 하는지 확인할 수 있습니다.
settings-heading = 설정
settings-lrs-heading = 학습 기록 저장소
settings-lrs-intro = 소속 기관에서 제공한 다음 정보를 입력하면 이수 현황과 점수가 기관의 기록에 반영됩니다.
settings-lrs-endpoint = 주소(xAPI 엔드포인트)
settings-lrs-key = 키 또는 사용자 이름
settings-lrs-secret = 비밀 키 또는 비밀번호
settings-lrs-token = 또는 액세스 토큰
settings-lrs-name = 이름
settings-lrs-email = 이메일 주소
settings-lrs-connect = 연결
settings-lrs-disconnect = 연결 해제
settings-lrs-connected = { $endpoint }에 { $who } 계정으로 연결되었습니다.
settings-lrs-invalid-endpoint = https:// 또는 http://로 시작하는 학습 기록 저장소 주소를 입력하십시오.
settings-lrs-invalid-email = 기록이 본인 이름으로 저장되도록 이메일 주소를 입력하십시오.
cmi5-unit-needs-worker = 이 활동을 열려면 플레이어 설치가 끝나야 합니다. 페이지를 새로 고치세요.
cmi5-exit = 나가기
cmi5-exiting = 저장하고 돌아가는 중…
cmi5-browse = 둘러보기: 여기서 하는 일은 기록되지 않습니다.
cmi5-review = 복습: 여기서 하는 일은 기록되지 않습니다.
cmi5-ended = 이 세션이 끝났습니다. 더 기록하려면 학습 플랫폼에서 과정을 다시 여세요.
settings-lrs-launch-failed = 강좌를 열 때 사용된 로그인 정보가 작동하지 않았습니다({ $detail }). 소속 기관 사이트에서 강좌를 다시 여십시오.

sources-heading = 강좌 출처
sources-intro = 강좌 목록에는 아래 카탈로그의 강좌가 모여 있습니다. 다른 대학이나 강좌 제공 기관의 카탈로그를 주소로 추가할 수 있으며, 추가한 카탈로그는 이 기기에 사용자 본인용으로 보관됩니다.
sources-site = 이 사이트에서 선택함
sources-remove = 삭제
sources-add-label = 출처 추가: 카탈로그 주소
sources-check = 확인
sources-preview = { $count ->
   *[other] 강좌 { $count }개
}
sources-add-confirm = 이 출처 추가
sources-added = 추가했습니다. 이제 해당 강좌가 강좌 목록에 표시됩니다.
sources-removed = 삭제했습니다. 해당 강좌는 더 이상 강좌 목록에 표시되지 않습니다.
sources-invalid-url = https://로 시작하는 주소(또는 이 사이트의 경로, 예: /courses/catalog.json)를 입력하십시오.
sources-duplicate = 이 카탈로그는 이미 목록에 있습니다.
sources-full = 출처 목록이 가득 찼습니다. 다른 출처를 추가하려면 하나를 삭제하십시오.

## Unsupported and errors
unit-needs-newer-player = 이 단원을 보려면 최신 버전의 플레이어가 필요합니다
unit-needs-newer-player-detail = ‘{ $kind }’ 유형의 단원으로, 현재 버전의 Alliance Player에서는 아직 지원하지 않습니다. 강좌의 나머지 부분은 정상적으로 이용할 수 있습니다. 강좌 제공 기관에 문의하거나 플레이어를 업데이트하십시오.
error-heading = 문제가 발생했습니다
error-catalog = 강좌 목록을 불러올 수 없습니다.
error-document = 이 문서를 표시할 수 없습니다.
error-course = 이 강좌를 열 수 없습니다.
error-course-not-found = 이 목록에 ‘{ $course }’ 강좌가 없습니다.
error-unit-not-found = 이 강좌에 ‘{ $unit }’ 단원이 없습니다.
error-page-not-found = 존재하지 않는 페이지입니다.
error-retry = 다시 시도
error-part-unavailable = 플레이어의 이 부분을 다운로드할 수 없습니다. 인터넷 연결을 확인한 후 다시 시도하십시오.
error-what-to-do = 문제가 계속되면 위에 표시된 내용을 강좌 제공 기관에 알려 주십시오.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = 오프라인
offline-indicator-detail = 오프라인 상태입니다. 다운로드한 강좌는 평소처럼 재생됩니다. 학습 진도는 이 기기에 저장되며 다시 온라인 상태가 되면 전송됩니다.
update-ready = 새 버전의 Alliance Player가 준비되었습니다.
update-reload = 새로고침하여 업데이트
download-heading = 오프라인 사용
download-course = 오프라인용으로 다운로드 ({ $size })
download-resume = 다운로드 재개 ({ $size } 남음)
download-progress = { $total } 중 { $done } · 단원 { $unitsTotal }개 중 { $units }개
download-cancel = 취소
download-done = 다운로드 완료: 이 강좌를 오프라인에서 이용할 수 있습니다({ $size }).
download-remove = 다운로드 삭제
download-stored-partly = 이 기기에 이미 저장됨: { $total } 중 { $done }
download-failed = 다운로드가 중단되었습니다: { $detail } 이미 저장된 내용은 유지됩니다. 계속하려면 ‘다운로드 재개’를 누르십시오.
download-file-mismatch = { $file } 파일이 온전하게 수신되지 않았습니다(예상: { $expected }, 수신: { $got }).
download-file-failed = { $file } 파일을 다운로드할 수 없습니다({ $detail }).
download-no-cors = { $host }이(가) 이 플레이어가 파일을 읽도록 허용하지 않아(CORS 헤더를 보내지 않음) 파일을 확인하고 저장할 수 없습니다. 해당 서버의 관리자가 모든 강좌 파일에 Access-Control-Allow-Origin을(를) 보내야 합니다.
download-quota = 이 기기에 강좌를 저장할 공간이 없습니다. 저장 공간을 확보하거나 다른 다운로드를 삭제한 후 다운로드를 재개하십시오.
download-storage = 이 브라우저는 이 기기에서 최대 { $available }까지 사용할 수 있으며, 현재 { $used } 사용 중입니다.
download-persistent = 다운로드한 항목은 직접 삭제할 때까지 유지됩니다.
download-not-persistent = 기기의 저장 공간이 부족하면 브라우저가 다운로드한 항목을 삭제할 수 있습니다.
download-needs-network = 오프라인 상태입니다. 이 강좌를 다운로드하려면 인터넷에 연결하십시오.
data-saver = 데이터 절약
data-saver-help = 미디어는 재생을 누를 때만 불러오고, 스크립트가 먼저 표시되며, 미디어 옆에 크기가 표시됩니다.
media-size = 불러올 크기: { $size }

## Notes and bookmarks
notes-heading = 내 메모
notes-bookmark = 이 단원 북마크
notes-bookmarked = 북마크됨
notes-bookmark-moment = 이 시점 북마크
notes-note-label = 이 단원에 대한 메모
notes-save = 메모 저장
notes-saved = 저장했습니다.
notes-delete = 삭제
# A moment of a video or audio, e.g. "At 1:05".
notes-at = { $time } 지점
notes-empty = 이 강좌에는 아직 메모나 북마크가 없습니다. 단원이나 동영상의 특정 시점을 북마크하고 메모를 남겨 보십시오.
notes-where = 메모는 이 기기에 저장되며, 학습 기록 저장소가 연결되어 있으면 그곳에도 전송됩니다.
notes-too-long = 메모는 최대 { $max }자까지 쓸 수 있습니다.
notes-too-many = 이 강좌에 저장할 수 있는 메모가 가득 찼습니다. 새로 추가하려면 하나를 삭제하십시오.

## Accessibility
unit-nav-label = 이전 및 다음 단원
captions-always = 동영상이나 오디오에 자막이 있으면 항상 표시(내 언어 자막이 있으면 그 언어로, 없으면 강좌 언어로)
caption-style = 자막 스타일
caption-size = 글자 크기
caption-colour = 글자 색
caption-background = 배경
caption-colour-white = 흰색
caption-colour-yellow = 노란색
caption-colour-cyan = 청록색
caption-colour-green = 녹색
caption-colour-magenta = 자홍색
caption-colour-black = 검은색
caption-background-black = 반투명 검은색
caption-background-solid-black = 검은색
caption-background-white = 흰색
caption-background-transparent = 없음
caption-background-blue = 파란색
caption-preview = 자막이 이렇게 표시됩니다.
caption-unreadable = 이 배경에서는 글자를 읽기 어렵습니다. 다른 색이나 배경을 선택하십시오.
launch-other = 이 링크는 학습 기록을 { $who }(으)로 { $endpoint }에 보냅니다. 지금은 { $current }에 { $current_who }(으)로 연결되어 있습니다.
launch-switch = 이 연결로 바꾸기
launch-keep = 지금 연결 유지

launch-other-learner = 이 링크는 { $who } 님을 위한 것입니다. 지금은 { $current_who } 님이 플레이어를 사용하고 있습니다. { $who } 님으로 바꿀까요?
launch-switch-learner = 학습자 바꾸기

## Learners
learners-heading = 이 기기의 학습자
learners-locked = { $name } 님이 플레이어를 사용하고 있습니다
learner-unnamed = 나
learner-now = 지금 플레이어 사용 중
learner-switch = 이 학습자로 바꾸기
learner-rename = 이름 바꾸기
learner-name = 이름
learner-save = 저장
learner-cancel = 취소
learner-remove = 삭제
learner-remove-ask = 이 기기에서 { $name } 님을 삭제할까요? 이 기기에 있는 진도, 전송 대기 중인 기록, 설정이 삭제됩니다. 내려받은 강좌는 남습니다.
learner-removed = { $name } 님을 삭제했습니다.
learner-pin = PIN(숫자 네 자리, 선택)
learner-pin-label = PIN
learner-pin-for = { $name } 님의 PIN
learner-pin-new = 새 PIN(숫자 네 자리)
learner-pin-set = PIN 설정
learner-pin-remove = PIN 해제
learner-pin-open = 계속
learner-pin-note = PIN이 있으면 이 기기를 함께 쓰는 사람들이 서로의 진도에 들어가지 않습니다. 보안이 아니라 사생활 보호를 위한 것입니다.
learner-add-heading = 학습자 추가
learner-add = 추가
learner-added = { $name } 님을 추가했습니다.
learner-saved = 저장했습니다.
learner-error-empty = 이름을 입력하세요.
learner-error-long = 이름이 너무 깁니다.
learner-error-taken = 이 기기에 이미 { $name }(이)라는 사람이 있습니다.
learner-error-pin = PIN은 정확히 숫자 네 자리입니다.
learner-error-full = 이 기기에는 학습자를 더 추가할 수 없습니다. 먼저 한 명을 삭제하세요.
learner-error-unknown = 학습자 목록을 바꾸지 못했습니다. 페이지를 새로 고친 뒤 다시 시도하세요.
learner-error-wrong-pin = PIN이 맞지 않습니다.
signout-ask = { $count ->
   *[other] 아직 보내지 않은 기록이 { $count }건 있습니다.
}
signout-keep = { $count ->
   *[other] 대기 중인 기록 { $count }건을 다음 연결 때까지 보관
}
signout-discard = { $count ->
   *[other] 버리기
}
