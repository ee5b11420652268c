//! Browser tests (wasm-bindgen-test in headless Chromium): components rendered into a real DOM.

#![cfg(target_arch = "wasm32")]

use std::rc::Rc;
use std::sync::Arc;

use alliance_player::domain::package::{parse_course, Course, UnitBody};
use alliance_player::domain::progress::UnitState;
use alliance_player::edge::store::{StoreOp, StoreReply};
use alliance_player::service::progress::MemoryStore;
use alliance_player::ui::player::{QuizUnit, ReadingUnit, UnitView};
use alliance_player::ui::state::{Languages, Progress};
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

const COURSE: &str = r##"{
  "format": "alliance-course-package", "version": "1.4", "id": "demo", "iri": "https://x.org/demo",
  "title": {"en": "Demo"}, "languages": ["en"], "defaultLanguage": "en",
  "modules": [{"id": "m", "title": {"en": "M"}, "units": [
    {"id": "read", "iri": "https://x.org/demo/read", "kind": "reading", "title": {"en": "Read"},
     "body": {"en": "# Heading\n\nSome *text* with <script>window.hacked = 1</script> and [a bad link](javascript:alert(1)) and [a good one](notes.pdf).\n\n| a | b |\n|---|---|\n| 1 | 2 |"}},
    {"id": "quiz", "iri": "https://x.org/demo/quiz", "kind": "quiz", "title": {"en": "Quiz"},
     "passingScore": 0.75, "maxAttempts": 2, "questions": [
       {"id": "q1", "type": "single-choice", "prompt": {"en": "Pick B"},
        "choices": [{"id": "a", "text": {"en": "A"}}, {"id": "b", "text": {"en": "B"}}], "answer": "b",
        "feedback": {"correct": {"en": "Right, B."}, "incorrect": {"en": "No, it was B."}}},
       {"id": "q2", "type": "multiple-choice", "prompt": {"en": "Pick A and C"},
        "choices": [{"id": "a", "text": {"en": "A"}}, {"id": "b", "text": {"en": "B"}}, {"id": "c", "text": {"en": "C"}}],
        "answers": ["a", "c"]},
       {"id": "q3", "type": "true-false", "prompt": {"en": "Water is wet"}, "answer": true},
       {"id": "q4", "type": "numeric", "prompt": {"en": "Pi to two places"}, "answer": 3.14, "tolerance": 0.005}
     ]},
    {"id": "future", "iri": "https://x.org/demo/future", "kind": "hologram", "title": {"en": "Future"}}
  ]}]
}"##;

fn course() -> Arc<Course> {
    Arc::new(parse_course("/courses/demo/course.json", COURSE).expect("test course is valid"))
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(p).await.unwrap();
}

/// Waits up to a second for the progress of unit `read` of the demo course to be `state`.
async fn until_state(progress: &Progress, state: UnitState) {
    for _ in 0..50 {
        if progress.course("demo").state("read") == state {
            return;
        }
        sleep(20).await;
    }
}

/// A fresh container in the page, plus the app's contexts under a new owner.
fn setup() -> (HtmlElement, Progress, Owner) {
    let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    let owner = Owner::new();
    owner.set();
    // Components of split-off screens: the page has every English message by the time they run (the first load
    // carries only the first screen's; `edge::locales::source_complete`).
    alliance_player::i18n::complete_source(alliance_player::i18n::SOURCE_FTL.to_string()).unwrap();
    Languages::provide("en".into(), None);
    Progress::provide(memory_store, None);
    (root, Progress::expect(), owner)
}

thread_local!(static MEMORY: Rc<MemoryStore> = Rc::new(MemoryStore::default()));

/// The store the components under test save to: the in-memory twin, behind the split store's call.
fn memory_store(op: StoreOp) -> std::pin::Pin<Box<dyn std::future::Future<Output = StoreReply>>> {
    let store = MEMORY.with(Rc::clone);
    Box::pin(async move {
        match op {
            StoreOp::Load(c) => StoreReply::Loaded(store.load(&c).await),
            StoreOp::Save(c, p, e) => StoreReply::Done(store.save(&c, &p, &e).await),
            StoreOp::LoadAll => StoreReply::All(store.load_all().await),
            StoreOp::Reset(c) => StoreReply::Done(store.reset(&c).await),
        }
    })
}

fn q(root: &HtmlElement, selector: &str) -> Option<web_sys::Element> {
    root.query_selector(selector).unwrap()
}

fn click(root: &HtmlElement, selector: &str) {
    q(root, selector)
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into::<HtmlElement>()
        .click();
}

#[wasm_bindgen_test]
async fn reading_renders_markdown_without_raw_html_and_completes() {
    let (root, progress, _owner) = setup();
    let c = course();
    let UnitBody::Reading { body } = c.unit("read").unwrap().body.clone() else {
        panic!()
    };
    let cc = c.clone();
    let _mounted = mount_to(
        root.clone(),
        move || view! { <ReadingUnit course=cc unit_id="read".to_string() body/> },
    );
    let prose = q(&root, ".prose").expect("prose rendered");
    assert_eq!(
        q(&root, ".prose h1").unwrap().text_content().unwrap(),
        "Heading"
    );
    assert!(q(&root, ".prose table").is_some(), "tables render");
    assert!(
        q(&root, ".prose script").is_none(),
        "raw HTML is never interpreted"
    );
    assert!(
        prose.text_content().unwrap().contains("<script>"),
        "raw HTML shows as text"
    );
    let links: Vec<String> = (0..prose.query_selector_all("a").unwrap().length())
        .map(|i| {
            prose
                .query_selector_all("a")
                .unwrap()
                .get(i)
                .unwrap()
                .unchecked_into::<web_sys::Element>()
                .get_attribute("href")
                .unwrap()
        })
        .collect();
    assert_eq!(
        links,
        ["/courses/demo/notes.pdf"],
        "javascript: link dropped, relative link resolved"
    );
    assert!(
        js_sys::Reflect::get(&web_sys::window().unwrap(), &"hacked".into())
            .unwrap()
            .is_undefined()
    );
    // The end of a short text is in view: the reading completes by itself.
    until_state(&progress, UnitState::Completed).await;
    assert_eq!(progress.course("demo").state("read"), UnitState::Completed);
    root.remove();
}

fn answer_quiz(root: &HtmlElement, single: &str, multi: &[&str], tf: &str, number: &str) {
    click(root, &format!("input[name=q-q1][value={single}]"));
    for m in multi {
        click(root, &format!("input[name=q-q2][value={m}]"));
    }
    click(root, &format!("input[name=q-q3][value={tf}]"));
    let input: HtmlInputElement = q(root, "input[name=q-q4]").unwrap().unchecked_into();
    input.set_value(number);
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn quiz_scores_gives_feedback_and_limits_attempts() {
    let (root, progress, _owner) = setup();
    let c = course();
    let UnitBody::Quiz(quiz) = c.unit("quiz").unwrap().body.clone() else {
        panic!()
    };
    let cc = c.clone();
    let _mounted = mount_to(
        root.clone(),
        move || view! { <QuizUnit course=cc unit_id="quiz".to_string() quiz/> },
    );
    assert_eq!(
        root.query_selector_all("[data-testid=quiz-question]")
            .unwrap()
            .length(),
        4
    );

    // Attempt 1: two of four right (q1 wrong, q2 wrong) → 50 % < 75 % → failed.
    answer_quiz(&root, "a", &["a"], "true", "3,14");
    click(&root, "[data-testid=quiz-submit]");
    sleep(0).await;
    let result = q(&root, "[data-testid=quiz-result]").expect("result shown");
    assert_eq!(
        result.get_attribute("data-passed").as_deref(),
        Some("false")
    );
    assert!(
        result.text_content().unwrap().contains("50"),
        "{}",
        result.text_content().unwrap()
    );
    let feedback = q(
        &root,
        "[data-question-id=q1] [data-testid=question-feedback]",
    )
    .unwrap();
    assert_eq!(
        feedback.get_attribute("data-correct").as_deref(),
        Some("false")
    );
    assert!(feedback.text_content().unwrap().contains("No, it was B."));
    assert_eq!(progress.course("demo").state("quiz"), UnitState::Failed);

    // Attempt 2: all right → passed; the attempts are now used up.
    click(&root, "[data-testid=quiz-retry]");
    sleep(0).await;
    answer_quiz(&root, "b", &["a", "c"], "true", "3.14");
    click(&root, "[data-testid=quiz-submit]");
    sleep(0).await;
    let result = q(&root, "[data-testid=quiz-result]").unwrap();
    assert_eq!(result.get_attribute("data-passed").as_deref(), Some("true"));
    let record = progress.course("demo").unit("quiz");
    assert_eq!(
        (record.state, record.attempts, record.best_score),
        (UnitState::Passed, 2, Some(1.0))
    );
    assert!(
        q(&root, "[data-testid=quiz-retry]").is_none(),
        "no retry after passing with no attempts left"
    );
    assert!(q(&root, "[data-testid=quiz-attempts]")
        .unwrap()
        .text_content()
        .unwrap()
        .contains("used all"));
    root.remove();
}

#[wasm_bindgen_test]
async fn unknown_kind_from_newer_version_says_it_needs_a_newer_player() {
    let (root, _progress, _owner) = setup();
    let c = course();
    let unit = c.unit("future").unwrap().clone();
    let cc = c.clone();
    let _mounted = mount_to(
        root.clone(),
        move || view! { <leptos_router::components::Router><UnitView course=cc unit/></leptos_router::components::Router> },
    );
    let view = q(&root, "[data-testid=unit-view]").expect("unit view");
    assert_eq!(
        view.get_attribute("data-unit-kind").as_deref(),
        Some("hologram")
    );
    assert!(view
        .text_content()
        .unwrap()
        .contains("needs a newer player"));
    assert!(q(&root, "[data-testid=prev-unit]").is_some());
    assert!(
        q(&root, "[data-testid=next-unit]").is_none(),
        "last unit has no Next"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn interactive_unit_completes_only_from_its_own_frame() {
    let (root, progress, _owner) = setup();
    let mut c = (*course()).clone();
    // A page that reports when asked, to control the timing: "half" sends its progress (and malformed reports a
    // careless or hostile page might send), anything else its completion with a score.
    let page = "data:text/html,<script>onmessage=(e)=>{const p=(m)=>parent.postMessage(m,'*');\
if(e.data==='half'){p({type:'alliance:progress',value:0.5});p({type:'alliance:progress',value:'0.9'});\
p({type:'alliance:progress',value:7});p(null);p([1]);p({type:'alliance:completed',score:'1'}.type)}\
else p({type:'alliance:completed',score:0.6})}</script>";
    c.modules[0].units[0].body = UnitBody::Interactive {
        src: page.into(),
        height: 100,
    };
    let unit = c.modules[0].units[0].clone();
    let c = Arc::new(c);
    let _mounted = mount_to(
        root.clone(),
        move || view! { <leptos_router::components::Router><UnitView course=c.clone() unit/></leptos_router::components::Router> },
    );
    // The frame appears once the player has looked for a downloaded copy of the page (there is none).
    sleep(300).await;
    let frame: web_sys::HtmlIFrameElement = q(&root, "iframe").unwrap().unchecked_into();
    assert_eq!(
        frame.get_attribute("sandbox").as_deref(),
        Some("allow-scripts"),
        "never allow-same-origin"
    );
    assert_eq!(frame.get_attribute("srcdoc"), None);
    // A forged message from another window (here: the page itself) is ignored.
    let forged = js_sys::JSON::parse(r#"{"type":"alliance:completed"}"#).unwrap();
    web_sys::window()
        .unwrap()
        .post_message(&forged, "*")
        .unwrap();
    sleep(100).await;
    assert!(
        !progress.course("demo").state("read").is_done(),
        "a message from outside the frame must not complete the unit"
    );
    // The frame's own progress counts; its malformed reports are ignored.
    let to_frame = |m: &str| {
        frame
            .content_window()
            .unwrap()
            .post_message(&JsValue::from_str(m), "*")
            .unwrap()
    };
    to_frame("half");
    until_state(&progress, UnitState::InProgress).await;
    sleep(100).await;
    let u = progress.course("demo").unit("read");
    assert_eq!(
        (u.state, u.reached, u.best_score),
        (UnitState::InProgress, 0.5, None)
    );
    // Its completion, with a score: the unit's result.
    to_frame("go");
    until_state(&progress, UnitState::Completed).await;
    let u = progress.course("demo").unit("read");
    assert_eq!((u.state, u.best_score), (UnitState::Completed, Some(0.6)));
    root.remove();
}

// ---------------------------------------------------------------------------------------------------------------
// Progress in a real IndexedDB.

use alliance_player::domain::progress::CourseProgress;
use alliance_player::edge::store::idb::{storage_error, IdbStore};
use alliance_player::edge::store::{ProgressStore, StorageError};

async fn fresh_db(name: &str) -> IdbStore {
    let _ = indexed_db_futures::database::Database::delete_by_name(name)
        .unwrap()
        .await;
    IdbStore::open_named(name).await.expect("IndexedDB opens")
}

#[wasm_bindgen_test]
async fn idb_keeps_progress_per_course() {
    let db = fresh_db("test-per-course").await;
    let mut a = CourseProgress::default();
    a.visit("v", 1.0);
    a.played("v", 0.0, 1.0, 10.0, 2.0);
    a.complete("r", 3.0);
    let mut b = CourseProgress::default();
    b.complete("x", 4.0);
    db.save("course-a", &a, &[]).await.unwrap();
    db.save("course-b", &b, &[]).await.unwrap();
    let back = db.load("course-a").await.unwrap();
    assert_eq!(back, a, "everything of course A, nothing of course B");
    assert_eq!(
        db.load("course-b").await.unwrap().state("x"),
        UnitState::Completed
    );
    assert_eq!(
        db.load("nothing-here").await.unwrap(),
        CourseProgress::default()
    );
    db.close();
}

#[wasm_bindgen_test]
async fn concurrent_writes_from_two_tabs_merge() {
    let name = "test-concurrent";
    let first = fresh_db(name).await;
    let second = IdbStore::open_named(name).await.unwrap();
    let mut tab1 = CourseProgress::default();
    tab1.complete("reading", 1.0);
    tab1.quiz_attempt(
        "quiz",
        &alliance_player::domain::quiz::Outcome {
            correct: vec![],
            scaled: 0.9,
            raw: 0.9,
            max: 1.0,
            passed: true,
        },
        2.0,
    );
    let mut tab2 = CourseProgress::default();
    tab2.quiz_attempt(
        "quiz",
        &alliance_player::domain::quiz::Outcome {
            correct: vec![],
            scaled: 0.2,
            raw: 0.2,
            max: 1.0,
            passed: false,
        },
        3.0,
    );
    tab2.visit("video", 4.0);
    // Both transactions in flight at once, on two connections.
    let (r1, r2) = futures_join(first.save("c", &tab1, &[]), second.save("c", &tab2, &[])).await;
    r1.unwrap();
    r2.unwrap();
    let merged = first.load("c").await.unwrap();
    assert_eq!(merged.state("reading"), UnitState::Completed);
    assert_eq!(
        merged.state("quiz"),
        UnitState::Passed,
        "a stale failed attempt never undoes a pass"
    );
    assert_eq!(merged.unit("quiz").best_score, Some(0.9));
    assert_eq!(merged.last_unit.as_deref(), Some("video"));
    first.close();
    second.close();
}

/// Polls two futures together (the test runner is single-threaded; both IndexedDB requests are in flight).
async fn futures_join<A: std::future::Future, B: std::future::Future>(
    a: A,
    b: B,
) -> (A::Output, B::Output) {
    let mut a = Box::pin(a);
    let mut b = Box::pin(b);
    let mut ra = None;
    let mut rb = None;
    std::future::poll_fn(|cx| {
        if ra.is_none() {
            if let std::task::Poll::Ready(v) = a.as_mut().poll(cx) {
                ra = Some(v);
            }
        }
        if rb.is_none() {
            if let std::task::Poll::Ready(v) = b.as_mut().poll(cx) {
                rb = Some(v);
            }
        }
        if ra.is_some() && rb.is_some() {
            std::task::Poll::Ready(())
        } else {
            std::task::Poll::Pending
        }
    })
    .await;
    (ra.unwrap(), rb.unwrap())
}

#[wasm_bindgen_test]
async fn records_written_by_an_older_player_are_read_intact() {
    let db = fresh_db("test-v1-fixture").await;
    // The fixture: version-1 records as the first durable player wrote them (no `v` on one of them).
    for json in [
        r#"{"v":1,"id":"stats\u001fquiz","course":"stats","unit":"quiz","state":"passed","position":0,"watched":[],"attempts":2,"best_score":0.9,"last_score":0.4,"updated_at":1700000000000}"#,
        r#"{"id":"stats\u001fvideo","course":"stats","unit":"video","state":"in-progress","position":42.5,"watched":[0,1,2,3],"attempts":0,"best_score":null,"last_score":null,"updated_at":1700000000500}"#,
    ] {
        db.put_raw_unit(json).await.unwrap();
    }
    let p = db.load("stats").await.unwrap();
    assert_eq!(p.state("quiz"), UnitState::Passed);
    assert_eq!(
        (p.unit("quiz").attempts, p.unit("quiz").best_score),
        (2, Some(0.9))
    );
    assert_eq!(p.unit("video").position, 42.5);
    assert_eq!(p.unit("video").watched.count(), 4);
    // Saving rewrites them in the current schema, still intact.
    db.save("stats", &p, &[]).await.unwrap();
    assert_eq!(db.load("stats").await.unwrap(), p);
    db.close();
}

#[wasm_bindgen::prelude::wasm_bindgen(inline_js = r#"
export function make_version_1_database(name, records) {
  return new Promise((resolve, reject) => {
    const del = indexedDB.deleteDatabase(name);
    del.onerror = () => reject(del.error);
    del.onsuccess = () => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => {
        const units = open.result.createObjectStore('units', { keyPath: 'id' });
        units.createIndex('course', 'course');
        units.createIndex('unit', 'unit');
        units.createIndex('updated_at', 'updated_at');
        open.result.createObjectStore('courses', { keyPath: 'course' }).put({ v: 1, course: 'stats', last_unit: 'video', last_visit_at: 1700000000500 });
        for (const r of JSON.parse(records)) units.put(r);
      };
      open.onsuccess = () => { open.result.close(); resolve(); };
      open.onerror = () => reject(open.error);
    };
  });
}
"#)]
extern "C" {
    /// The fixture: a database exactly as the first durable player (database version 1) left it.
    fn make_version_1_database(name: &str, records: &str) -> js_sys::Promise;
}

#[wasm_bindgen_test]
async fn a_version_1_database_is_upgraded_in_place_with_every_record_intact() {
    let name = "test-upgrade-from-v1";
    let records = r#"[
      {"v":1,"id":"stats\u001fquiz","course":"stats","unit":"quiz","state":"passed","position":0,"watched":[],"attempts":2,"best_score":0.9,"last_score":0.4,"updated_at":1700000000000},
      {"id":"stats\u001fvideo","course":"stats","unit":"video","state":"in-progress","position":42.5,"watched":[0,1,2,3],"attempts":0,"best_score":null,"last_score":null,"updated_at":1700000000500},
      {"v":2,"id":"other\u001fr","course":"other","unit":"r","state":"completed","position":0,"position_at":0,"watched":[],"attempts":0,"best_score":null,"last_score":null,"last_score_at":0,"time_spent_ms":1500,"first_at":1,"updated_at":2}
    ]"#;
    wasm_bindgen_futures::JsFuture::from(make_version_1_database(name, records))
        .await
        .expect("fixture database written");
    let db = IdbStore::open_named(name).await.expect("upgrade runs");
    // On disk, every record is now in the current record schema, with its facts intact.
    for (id, course) in [
        ("stats\u{1f}quiz", "stats"),
        ("stats\u{1f}video", "stats"),
        ("other\u{1f}r", "other"),
    ] {
        let raw = db.raw_unit(id).await.unwrap().expect("record kept");
        let value: serde_json::Value = serde_json::from_str(&raw).unwrap();
        assert_eq!(value["v"], 2, "{id} rewritten in schema 2: {raw}");
        assert_eq!(value["course"], course);
    }
    let quiz = db.raw_unit("stats\u{1f}quiz").await.unwrap().unwrap();
    assert!(
        quiz.contains(r#""state":"passed""#)
            && quiz.contains(r#""attempts":2"#)
            && quiz.contains("0.9"),
        "{quiz}"
    );
    let p = db.load("stats").await.unwrap();
    assert_eq!(p.state("quiz"), UnitState::Passed);
    assert_eq!(
        (p.unit("quiz").best_score, p.unit("quiz").last_score),
        (Some(0.9), Some(0.4))
    );
    assert_eq!(p.unit("video").position, 42.5);
    assert_eq!(p.unit("video").watched.count(), 4);
    assert_eq!(
        p.last_unit.as_deref(),
        Some("video"),
        "the course record is kept"
    );
    assert_eq!(
        db.load("other").await.unwrap().unit("r").time_spent_ms,
        1500.0
    );
    db.close();
}

#[wasm_bindgen_test]
fn a_full_disk_maps_to_the_quota_error() {
    let quota = web_sys::DomException::new_with_message_and_name(
        "The quota has been exceeded.",
        "QuotaExceededError",
    )
    .unwrap();
    let e = indexed_db_futures::error::Error::from(JsValue::from(quota));
    assert_eq!(storage_error(e, true), StorageError::Quota);
    let other = web_sys::DomException::new_with_message_and_name("broken", "UnknownError").unwrap();
    let e = indexed_db_futures::error::Error::from(JsValue::from(other));
    assert!(matches!(storage_error(e, true), StorageError::Write(_)));
}

#[wasm_bindgen_test]
fn the_browsers_lowercase_is_rusts() {
    // i18n::lowercase is String.prototype.toLowerCase in the browser (no Unicode case tables in the wasm); search and
    // fill-in answers rely on it mapping like str::to_lowercase, final sigma and dotted İ included.
    for s in [
        "Statistics for Everyone",
        "ÉCOLE ÇA",
        "ΟΔΥΣΣΕΥΣ",
        "İstanbul",
        "ДОБРЫЙ ДЕНЬ",
        "Ǆ ǅ ǆ",
        "中文（简体） العربية",
        "",
    ] {
        assert_eq!(alliance_player::i18n::lowercase(s), s.to_lowercase(), "{s}");
    }
}

#[wasm_bindgen_test]
async fn a_completion_and_its_statement_are_stored_in_one_transaction() {
    use alliance_player::edge::lrs::{set_config, LrsConfig};
    use alliance_player::edge::store::Earned;
    let db = fresh_db("test-outbox").await;
    let course = course();
    set_config(Some(&LrsConfig {
        endpoint: "https://lrs.example.org/xapi".into(),
        authorization: "Basic c2VjcmV0".into(),
        learner: alliance_player::domain::xapi::Learner {
            actor: serde_json::json!({"objectType": "Agent", "mbox": "mailto:ada@example.org"}),
            registration: None,
        },
        activity_id: None,
        cmi5: None,
    }));
    let unit = course.units().next().unwrap().id.clone();
    let mut p = CourseProgress::default();
    let happened = p
        .complete(&unit, 5.0)
        .expect("a first completion is a learning record");
    let earned = Earned {
        id: "0b6f6c1e-2c1a-4d5e-9f00-1a2b3c4d5e6f".into(),
        at: 5.0,
        course: course.clone(),
        happened: Some(happened),
        time_spent_ms: 1000.0,
        language: "en".into(),
        statements: vec![],
    };
    db.save(&course.id, &p, std::slice::from_ref(&earned))
        .await
        .unwrap();
    let queued = db
        .outbox_oldest("https://lrs.example.org/xapi", 50)
        .await
        .unwrap();
    assert_eq!(queued.len(), 1);
    assert_eq!(queued[0].id, earned.id);
    assert_eq!(
        queued[0].statement["actor"]["mbox"],
        "mailto:ada@example.org"
    );
    assert!(
        !queued[0].statement.to_string().contains("c2VjcmV0"),
        "no credentials in a statement"
    );
    assert_eq!(
        db.load(&course.id).await.unwrap().state(&unit),
        UnitState::Completed
    );
    assert_eq!(db.outbox_counts().await.unwrap(), (1, 0));
    // Delivered: gone from the outbox; refused: set aside with the LRS's message.
    let mut refused = queued[0].clone();
    refused.message = Some("HTTP 400: bad".into());
    db.outbox_settle(&[], &[refused]).await.unwrap();
    assert_eq!(db.outbox_counts().await.unwrap(), (0, 1));
    assert_eq!(
        db.set_aside().await.unwrap()[0].message.as_deref(),
        Some("HTTP 400: bad")
    );
    // Without an LRS, progress is saved and no statement is queued.
    set_config(None);
    let mut more = p.clone();
    let happened = more.complete("another-unit", 6.0).unwrap();
    db.save(
        &course.id,
        &more,
        &[Earned {
            happened: Some(happened),
            ..earned
        }],
    )
    .await
    .unwrap();
    assert_eq!(db.outbox_counts().await.unwrap(), (0, 1));
    db.close();
}

#[wasm_bindgen_test]
async fn a_downloaded_interactive_page_keeps_its_sandbox_attribute_when_no_service_worker_answers()
{
    // The attribute is left off a downloaded page's first navigation only when the service worker controls the
    // page (it then sandboxes the answer by its header: docs/security.md §1). Here no worker does: the frame must
    // keep `sandbox="allow-scripts"` and load the page by its address (never as `srcdoc`, which would run it under
    // the player's own policy).
    let (root, _progress, _owner) = setup();
    let origin = web_sys::window().unwrap().location().origin().unwrap();
    let url = format!("{origin}/courses/demo/exercise.html");
    let caches = web_sys::window().unwrap().caches().unwrap();
    let cache: web_sys::Cache = JsFuture::from(caches.open("alliance-player-course-demo"))
        .await
        .unwrap()
        .unchecked_into();
    let html = "<!doctype html><html><body><script>parent.postMessage({type:'alliance:completed'},'*')</script></body></html>";
    let response = web_sys::Response::new_with_opt_str(Some(html)).unwrap();
    JsFuture::from(cache.put_with_str(&url, &response))
        .await
        .unwrap();
    let mut c = (*course()).clone();
    c.modules[0].units[0].body = UnitBody::Interactive {
        src: "/courses/demo/exercise.html".into(),
        height: 100,
    };
    let unit = c.modules[0].units[0].clone();
    let c = Arc::new(c);
    let _mounted = mount_to(
        root.clone(),
        move || view! { <leptos_router::components::Router><UnitView course=c.clone() unit/></leptos_router::components::Router> },
    );
    sleep(300).await;
    let frame: web_sys::HtmlIFrameElement = q(&root, "iframe").unwrap().unchecked_into();
    assert_eq!(
        frame.get_attribute("sandbox").as_deref(),
        Some("allow-scripts")
    );
    assert_eq!(
        frame.get_attribute("src").as_deref(),
        Some("/courses/demo/exercise.html")
    );
    assert_eq!(frame.get_attribute("srcdoc"), None);
    JsFuture::from(caches.delete("alliance-player-course-demo"))
        .await
        .unwrap();
    root.remove();
}

// ---------------------------------------------------------------------------------------------------------------
// Learners on one device: database version 3, one database per owner.

#[wasm_bindgen::prelude::wasm_bindgen(inline_js = r#"
export function make_version_2_database(name, units, courses, outbox, setAside) {
  return new Promise((resolve, reject) => {
    const del = indexedDB.deleteDatabase(name);
    del.onerror = () => reject(del.error);
    del.onsuccess = () => {
      const open = indexedDB.open(name, 2);
      open.onupgradeneeded = () => {
        const db = open.result;
        const u = db.createObjectStore('units', { keyPath: 'id' });
        u.createIndex('course', 'course');
        u.createIndex('unit', 'unit');
        u.createIndex('updated_at', 'updated_at');
        const c = db.createObjectStore('courses', { keyPath: 'course' });
        const o = db.createObjectStore('outbox', { keyPath: 'id' });
        o.createIndex('queued_at', 'queued_at');
        const s = db.createObjectStore('set_aside', { keyPath: 'id' });
        for (const r of JSON.parse(units)) u.put(r);
        for (const r of JSON.parse(courses)) c.put(r);
        for (const r of JSON.parse(outbox)) o.put(r);
        for (const r of JSON.parse(setAside)) s.put(r);
      };
      open.onsuccess = () => { open.result.close(); resolve(); };
      open.onerror = () => reject(open.error);
    };
  });
}

export function raw_records(name, store) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => {
      const db = open.result;
      const req = db.transaction(store).objectStore(store).getAll();
      req.onsuccess = () => { db.close(); resolve(JSON.stringify(req.result)); };
      req.onerror = () => { db.close(); reject(req.error); };
    };
    open.onerror = () => reject(open.error);
  });
}

export function database_version(name) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => { const v = open.result.version; open.result.close(); resolve(v); };
    open.onerror = () => reject(open.error);
  });
}
"#)]
extern "C" {
    /// The fixture: a database exactly as the player before learners (database version 2) left it.
    fn make_version_2_database(
        name: &str,
        units: &str,
        courses: &str,
        outbox: &str,
        set_aside: &str,
    ) -> js_sys::Promise;
    /// Every record of `store` in database `name`, as a JSON array (read by plain JS, not the player's code).
    fn raw_records(name: &str, store: &str) -> js_sys::Promise;
    fn database_version(name: &str) -> js_sys::Promise;
}

async fn raw(name: &str, store: &str) -> Vec<serde_json::Value> {
    let json = JsFuture::from(raw_records(name, store))
        .await
        .expect("records read")
        .as_string()
        .unwrap();
    serde_json::from_str(&json).unwrap()
}

/// A statement of the version-2 player: no `endpoint`.
fn v2_statement(id: &str, at: f64, mbox: &str) -> serde_json::Value {
    serde_json::json!({
        "v": 1, "id": id, "queued_at": at,
        "statement": {"id": id, "actor": {"objectType": "Agent", "mbox": mbox},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
            "object": {"objectType": "Activity", "id": "https://x.org/stats/read"}},
        "message": null
    })
}

#[wasm_bindgen_test]
async fn a_version_2_database_is_upgraded_to_3_keeping_every_record_and_queued_statement() {
    let name = "test-upgrade-from-v2";
    let units = serde_json::json!([
        {"v":2,"id":"stats\u{1f}quiz","course":"stats","unit":"quiz","state":"passed","position":0,"position_at":0,"watched":[],"attempts":2,"best_score":0.9,"last_score":0.4,"last_score_at":5,"time_spent_ms":2500,"first_at":1,"updated_at":1700000000000_u64},
        {"v":2,"id":"stats\u{1f}video","course":"stats","unit":"video","state":"in-progress","position":42.5,"position_at":7,"watched":[15],"attempts":0,"best_score":null,"last_score":null,"last_score_at":0,"time_spent_ms":900,"first_at":2,"updated_at":1700000000500_u64},
        {"v":2,"id":"other\u{1f}r","course":"other","unit":"r","state":"completed","position":0,"position_at":0,"watched":[],"attempts":0,"best_score":null,"last_score":null,"last_score_at":0,"time_spent_ms":1500,"first_at":1,"updated_at":2}
    ]);
    let courses = serde_json::json!([
        {"v":2,"course":"stats","last_unit":"video","last_visit_at":1700000000500_u64},
        {"v":2,"course":"other","last_unit":"r","last_visit_at":2}
    ]);
    let waiting = v2_statement(
        "11111111-1111-4111-8111-111111111111",
        1700000000000.0,
        "mailto:ada@example.org",
    );
    let mut refused = v2_statement(
        "22222222-2222-4222-8222-222222222222",
        1600000000000.0,
        "mailto:ada@example.org",
    );
    refused["message"] = "HTTP 400: bad verb".into();
    JsFuture::from(make_version_2_database(
        name,
        &units.to_string(),
        &courses.to_string(),
        &serde_json::json!([waiting]).to_string(),
        &serde_json::json!([refused]).to_string(),
    ))
    .await
    .expect("fixture database written");

    let db = IdbStore::open_named(name).await.expect("upgrade runs");
    assert_eq!(
        JsFuture::from(database_version(name))
            .await
            .unwrap()
            .as_f64(),
        Some(3.0)
    );
    // Every unit and course record is on disk exactly as before (schema 2 is current: nothing to rewrite).
    let mut on_disk = raw(name, "units").await;
    on_disk.sort_by_key(|r| r["id"].as_str().unwrap().to_string());
    let mut expected = units.as_array().unwrap().clone();
    expected.sort_by_key(|r| r["id"].as_str().unwrap().to_string());
    assert_eq!(on_disk, expected);
    let mut on_disk = raw(name, "courses").await;
    on_disk.sort_by_key(|r| r["course"].as_str().unwrap().to_string());
    let mut expected = courses.as_array().unwrap().clone();
    expected.sort_by_key(|r| r["course"].as_str().unwrap().to_string());
    assert_eq!(on_disk, expected);
    // And read through the store, intact.
    let p = db.load("stats").await.unwrap();
    assert_eq!(p.state("quiz"), UnitState::Passed);
    assert_eq!(
        (p.unit("quiz").attempts, p.unit("quiz").best_score),
        (2, Some(0.9))
    );
    assert_eq!(p.unit("video").position, 42.5);
    assert_eq!(p.last_unit.as_deref(), Some("video"));
    assert_eq!(
        db.load("other").await.unwrap().state("r"),
        UnitState::Completed
    );

    // The waiting statement is kept, given an empty endpoint, and goes to whichever LRS its learner is connected to.
    let outbox = raw(name, "outbox").await;
    assert_eq!(outbox.len(), 1);
    assert_eq!(outbox[0]["endpoint"], "", "{}", outbox[0]);
    assert_eq!(outbox[0]["statement"], waiting["statement"]);
    let oldest = db
        .outbox_oldest("https://any.example/xapi", 50)
        .await
        .unwrap();
    assert_eq!(oldest.len(), 1);
    assert_eq!(oldest[0].id, "11111111-1111-4111-8111-111111111111");
    assert_eq!(oldest[0].endpoint, "");
    assert_eq!(oldest[0].statement, waiting["statement"]);
    // The set-aside one is kept with the LRS's message.
    let aside = db.set_aside().await.unwrap();
    assert_eq!(aside.len(), 1);
    assert_eq!(aside[0].id, "22222222-2222-4222-8222-222222222222");
    assert_eq!(aside[0].message.as_deref(), Some("HTTP 400: bad verb"));
    assert_eq!(db.outbox_counts().await.unwrap(), (1, 1));
    db.close();

    // Opening again (version 3 already) changes nothing.
    let db = IdbStore::open_named(name).await.unwrap();
    assert_eq!(db.outbox_counts().await.unwrap(), (1, 1));
    assert_eq!(db.load("stats").await.unwrap(), p);
    db.close();
}

async fn fresh_owner(owner: &str) -> IdbStore {
    let name = alliance_player::domain::learner::database(owner, "alliance-player");
    let _ = indexed_db_futures::database::Database::delete_by_name(&name)
        .unwrap()
        .await;
    IdbStore::open(owner).await.expect("IndexedDB opens")
}

#[wasm_bindgen_test]
async fn two_learners_databases_never_see_each_others_records() {
    use alliance_player::edge::lrs::{set_config, LrsConfig};
    use alliance_player::edge::store::Earned;
    let (ada, bob) = ("test-ada", "test-bob");
    let a = fresh_owner(ada).await;
    let b = fresh_owner(bob).await;
    let course = course();
    set_config(Some(&LrsConfig {
        endpoint: "https://lrs.example.org/xapi".into(),
        authorization: "Basic c2VjcmV0".into(),
        learner: alliance_player::domain::xapi::Learner {
            actor: serde_json::json!({"objectType": "Agent", "mbox": "mailto:ada@example.org"}),
            registration: None,
        },
        activity_id: None,
        cmi5: None,
    }));
    let mut p = CourseProgress::default();
    let happened = p.complete("read", 5.0).unwrap();
    let earned = Earned {
        id: "33333333-3333-4333-8333-333333333333".into(),
        at: 5.0,
        course: course.clone(),
        happened: Some(happened),
        time_spent_ms: 1000.0,
        language: "en".into(),
        statements: vec![],
    };
    a.save(&course.id, &p, std::slice::from_ref(&earned))
        .await
        .unwrap();
    set_config(None);
    assert_eq!(
        a.outbox_counts().await.unwrap(),
        (1, 0),
        "the statement is queued"
    );
    assert_eq!(
        a.load(&course.id).await.unwrap().state("read"),
        UnitState::Completed
    );

    assert_eq!(b.load(&course.id).await.unwrap(), CourseProgress::default());
    assert!(b.load_all().await.unwrap().is_empty());
    assert_eq!(b.outbox_counts().await.unwrap(), (0, 0));
    for endpoint in ["https://lrs.example.org/xapi", ""] {
        assert!(b.outbox_oldest(endpoint, 50).await.unwrap().is_empty());
    }
    // Nor the other way round.
    let mut q = CourseProgress::default();
    q.complete("quiz", 6.0);
    b.save(&course.id, &q, &[]).await.unwrap();
    let back = a.load(&course.id).await.unwrap();
    assert_eq!(back.state("quiz"), UnitState::NotStarted, "{back:?}");
    assert_eq!(a.load_all().await.unwrap().len(), 1);
    a.close();
    b.close();
}

#[wasm_bindgen_test]
async fn a_journal_is_replayed_only_into_its_own_learners_database() {
    use alliance_player::domain::record::StoredUnit;
    use alliance_player::edge::store::idb::{connection_of, journal_prefix};
    // One owner's key is a prefix of the other's.
    let (short, long) = ("first@https://uni.example", "first@https://uni.example.org");
    fresh_owner(short).await.close();
    fresh_owner(long).await.close();
    let mut p = CourseProgress::default();
    p.complete("read", 7.0);
    let mut record = StoredUnit::from_domain("demo", "read", &p.units["read"]);
    record.id = format!("{}\u{1f}44444444", record.id);
    let statement = v2_statement(
        "44444444-4444-4444-8444-444444444444",
        7.0,
        "mailto:long@example.org",
    );
    let mut queued = statement.clone();
    queued["endpoint"] = "https://long.example/xapi".into();
    let entry = serde_json::json!({"units": [record], "queued": [queued]}).to_string();
    let key = format!(
        "{}44444444-4444-4444-8444-444444444444",
        journal_prefix(long)
    );
    assert!(
        key.starts_with(&journal_prefix(short)),
        "the collision is real"
    );
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.set_item(&key, &entry).unwrap();

    // The shorter owner's connection leaves the longer one's journal alone.
    let s = connection_of(short).await.unwrap();
    assert_eq!(s.load("demo").await.unwrap(), CourseProgress::default());
    assert_eq!(s.outbox_counts().await.unwrap(), (0, 0));
    assert_eq!(
        storage.get_item(&key).unwrap().as_deref(),
        Some(entry.as_str()),
        "still waiting for its own learner"
    );
    // Its own learner's connection replays it, and forgets it.
    let l = connection_of(long).await.unwrap();
    assert_eq!(
        l.load("demo").await.unwrap().state("read"),
        UnitState::Completed
    );
    let waiting = l
        .outbox_oldest("https://long.example/xapi", 50)
        .await
        .unwrap();
    assert_eq!(waiting.len(), 1);
    assert_eq!(waiting[0].statement, statement["statement"]);
    assert_eq!(storage.get_item(&key).unwrap(), None);
    assert_eq!(s.outbox_counts().await.unwrap(), (0, 0));
}
