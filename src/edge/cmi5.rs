//! The browser's side of a cmi5 session (docs/cmi5.md; the rules: `domain::cmi5`, the conversation:
//! `service::cmi5`). A launch with `fetch`, `registration` and `activityId` begins a session when it connects
//! (`edge::launch`); the session is kept with the launch's connection, for the tab. Between `initialized` and
//! `terminated`, the store (`edge::store::idb`) turns learning events into allowed statements of the session and
//! queues the AU's verdicts when they are due, with the progress that earned them. "Exit" ends the session and
//! returns to the LMS; leaving the page otherwise ends it with a best-effort `terminated`.

use std::cell::{Cell, RefCell};
use std::sync::Arc;

use serde_json::Value;
use wasm_bindgen::JsValue;

use crate::domain::cmi5::{self, Scope, Sent, Session};
use crate::domain::package::Course;
use crate::domain::progress::CourseProgress;
use crate::edge::lrs::{self, LrsConfig};
use crate::edge::sync::WebLrs;

thread_local! {
    /// The learner's languages from their cmi5 preferences, for the interface to take once.
    static LANGUAGES: RefCell<Option<Vec<String>>> = const { RefCell::new(None) };
    /// The course of the session's scope, as shown (its verdicts are judged on it).
    static COURSE: RefCell<Option<Arc<Course>>> = const { RefCell::new(None) };
    /// Whether this page records nothing (0 = not known yet, 1 = records, 2 = records nothing).
    static RECORDS: Cell<u8> = const { Cell::new(0) };
}

/// Begins the session of a launch (`config` is its connection, not stored yet): `LMS.LaunchData`, the learner's
/// preferences, the verdicts the LRS already holds, `initialized`.
pub async fn begin(
    config: &LrsConfig,
    activity_id: &str,
    registration: &str,
    scope: Scope,
) -> Result<Session, String> {
    let lrs = WebLrs::new(config.clone());
    let now = js_sys::Date::now();
    let begun = crate::service::cmi5::begin(&lrs, activity_id, registration, scope, &new_id(), now)
        .await
        .map_err(|e| e.to_string())?;
    let sent = sent_of(&begun.session).union(begun.sent);
    keep_sent(&begun.session, sent);
    if !begun.languages.is_empty() {
        LANGUAGES.with(|l| *l.borrow_mut() = Some(begun.languages));
    }
    RECORDS.with(|r| r.set(0));
    Ok(begun.session)
}

/// The learner's preferred languages of a session begun in this page, once.
pub fn take_languages() -> Option<Vec<String>> {
    LANGUAGES.with(|l| l.borrow_mut().take())
}

/// This tab's cmi5 session, if its launch began one.
pub fn session() -> Option<Session> {
    lrs::config()?.cmi5
}

/// Whether the page keeps nothing of what the learner does (a `Browse` or `Review` launch): progress then changes
/// on the page only, and no statement is queued.
pub fn records_nothing() -> bool {
    let known = RECORDS.with(Cell::get);
    if known != 0 {
        return known == 2;
    }
    let nothing = session().is_some_and(|s| s.keeps_nothing());
    RECORDS.with(|r| r.set(if nothing { 2 } else { 1 }));
    nothing
}

/// Whether media start muted (the learner's cmi5 audio preference is "off").
pub fn audio_off() -> bool {
    session().is_some_and(|s| s.audio == Some(false))
}

/// The course screen is about to show `course`: the course as the session's launch plays it (a unit AU's quiz
/// passed at the LMS's mastery score), kept to judge the session's verdicts on.
pub fn showing(course: Arc<Course>) -> Arc<Course> {
    let Some(session) = session().filter(|s| s.scope.course() == course.id) else {
        return course;
    };
    let course = session
        .course_as_launched(&course)
        .map(Arc::new)
        .unwrap_or(course);
    COURSE.with(|c| *c.borrow_mut() = Some(course.clone()));
    course
}

/// Whether `course` is the session's, in a session that still reports verdicts.
pub fn reports_on(course: &str) -> bool {
    session().is_some_and(|s| s.for_credit() && s.scope.course() == course)
}

fn sent_key(session: &Session) -> String {
    format!("cmi5-sent {} {}", session.registration, session.activity_id)
}

fn sent_of(session: &Session) -> Sent {
    crate::edge::settings::get(&sent_key(session))
        .and_then(|j| serde_json::from_str(&j).ok())
        .unwrap_or_default()
}

fn keep_sent(session: &Session, sent: Sent) {
    if let Ok(json) = serde_json::to_string(&sent) {
        crate::edge::settings::set(&sent_key(session), Some(&json));
    }
}

/// The statement to queue for one of the player's own: unchanged without a session, the session's allowed
/// statement in a session for credit, none otherwise (Browse, Review, or after `terminated`: §7.1.2, §10.2.2).
pub fn allowed(config: &LrsConfig, statement: Value) -> Option<Value> {
    match &config.cmi5 {
        Some(s) if s.for_credit() => Some(s.allowed(statement)),
        Some(_) => None,
        None => Some(statement),
    }
}

/// The verdict statements now due for `course` at `progress` (the course as the page has it, or as shown); marked
/// sent at once: they are queued in this turn, with the progress that earned them.
pub fn due(
    config: &LrsConfig,
    course: Option<&Arc<Course>>,
    progress: &CourseProgress,
) -> Vec<Value> {
    let Some(session) = &config.cmi5 else {
        return vec![];
    };
    let course = course
        .filter(|c| c.id == session.scope.course())
        .cloned()
        .or_else(|| COURSE.with(|c| c.borrow().clone()))
        .filter(|c| c.id == session.scope.course());
    let Some(course) = course else {
        return vec![];
    };
    let standing = cmi5::standing(
        &session.scope,
        &course,
        progress,
        session.launch.mastery_score,
    );
    let sent = sent_of(session);
    let due = cmi5::due(session, &standing, sent);
    if due.is_empty() {
        return vec![];
    }
    keep_sent(session, due.iter().fold(sent, |s, v| s.with(v)));
    let now = js_sys::Date::now();
    due.iter()
        .map(|v| session.verdict(&config.learner.actor, v, now))
        .collect()
}

/// "Exit" (§10.2.6): delivers what waits (up to 10 s), sends `terminated`, and takes the learner to the LMS's
/// `returnURL`. `Err` says why `terminated` could not be sent (the learner is still taken back).
pub async fn exit() -> Result<(), String> {
    let config = lrs::config().ok_or("no launch")?;
    let Some(session) = config.cmi5.clone() else {
        return Err("no cmi5 session".into());
    };
    crate::edge::sync::flush_all();
    for _ in 0..50 {
        if crate::edge::sync::waiting_for_current().await == 0 {
            break;
        }
        crate::edge::sync::sleep(200.0).await;
    }
    let result = if session.ended {
        Ok(())
    } else {
        let lrs = WebLrs::new(config.clone());
        crate::service::cmi5::end(&lrs, &session, &new_id(), js_sys::Date::now())
            .await
            .map_err(|e| e.to_string())
    };
    mark_ended(config);
    if let Some(url) = &session.launch.return_url {
        if let Some(w) = web_sys::window() {
            let _ = w.location().assign(url);
        }
    }
    result
}

/// The page is going away without "Exit": `terminated`, best effort (a request that outlives the page), and the
/// session marked ended (a reload of this tab sends nothing more in it). Returns the statement with the session's
/// course, for the caller to queue in the outbox too (the same id: the LRS keeps one), in case the request does not
/// get through: a later launch for the same LRS delivers it.
pub fn leaving() -> Option<(Arc<Course>, Value)> {
    let config = lrs::config()?;
    let session = config.cmi5.clone().filter(|s| !s.ended)?;
    let statement = session.terminated(&config.learner.actor, &new_id(), js_sys::Date::now());
    let init = web_sys::RequestInit::new();
    init.set_method("PUT");
    // `keepalive`: the request outlives the page (web-sys has no setter for it in this version).
    let _ = js_sys::Reflect::set(&init, &"keepalive".into(), &JsValue::TRUE);
    if let Ok(headers) = web_sys::Headers::new() {
        let _ = headers.set("Authorization", &config.authorization);
        let _ = headers.set("X-Experience-API-Version", &session.version);
        let _ = headers.set("Content-Type", "application/json");
        init.set_headers(&headers);
    }
    init.set_body(&JsValue::from_str(&statement.to_string()));
    let url = format!(
        "{}?statementId={}",
        config.url("statements"),
        statement["id"].as_str().unwrap_or_default()
    );
    if let Some(w) = web_sys::window() {
        let _ = w.fetch_with_str_and_init(&url, &init);
    }
    mark_ended(config);
    let course = COURSE.with(|c| c.borrow().clone())?;
    Some((course, statement))
}

fn mark_ended(mut config: LrsConfig) {
    if let Some(s) = config.cmi5.as_mut() {
        s.ended = true;
    }
    lrs::set_session_config(&config);
    RECORDS.with(|r| r.set(0));
}

/// The launch of a `cmi5` unit's AU for this page's learner (`domain::cmi5_host`): the learner's actor (their LRS
/// connection's, else one naming them on this device), a registration of theirs for the unit (kept: the same for
/// every launch of it), a new session and a new token.
pub fn au_launch(
    course: &str,
    unit: &str,
    iri: &str,
    mastery_score: Option<f64>,
    launch_parameters: Option<String>,
    languages: Vec<String>,
) -> crate::domain::cmi5_host::AuLaunch {
    let actor = lrs::config().map(|c| c.learner.actor).unwrap_or_else(|| {
        serde_json::json!({ "objectType": "Agent",
            "account": { "homePage": "https://alliance-player.org/learners", "name": crate::edge::learners::id() } })
    });
    let key = format!("cmi5-au-registration {course} {unit}");
    let registration = crate::edge::settings::get(&key).unwrap_or_else(|| {
        let r = new_id();
        crate::edge::settings::set(&key, Some(&r));
        r
    });
    crate::domain::cmi5_host::AuLaunch {
        actor,
        registration,
        activity_id: iri.to_string(),
        session_id: new_id(),
        token: new_id().replace('-', ""),
        mastery_score,
        launch_parameters,
        languages,
    }
}

/// A random UUID (statement ids, registrations, sessions, tokens).
pub fn new_id() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_default()
}
