//! Delivers the outbox to the LRS, exactly once. One flusher at a time per browser (a Web Lock; other tabs wait
//! their turn and then find the outbox empty). It sends the oldest statements in batches of at most 50 and reads
//! the answer with `domain::xapi::classify`:
//! - 200/204: delivered, removed from the outbox;
//! - 409 or 400 for a batch: each statement is sent on its own to find which one; for one statement, 409 is
//!   delivered if the stored statement (`GET ?statementId=`) equals ours, else set aside like a 400, with the LRS's
//!   message (the learner sees it; the others go on);
//! - 401/403, 404, no common version: stop and say what to fix (nothing is removed);
//! - 429/503 (Retry-After honoured), other 5xx, no answer: wait (exponential backoff with jitter) and go on.
//!
//! Flushes start when the app starts, after a save that queued statements, on the `online` event, and when the
//! LRS settings change. The outbox itself lives in IndexedDB (`store::idb`), written with the progress.

use std::cell::{Cell, RefCell};

use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::xapi::{self, Answer};
use crate::edge::lrs::{self, LrsConfig};
use crate::edge::store::idb::{connection, Queued};
use crate::edge::store::StorageError;

/// At most this many statements per request.
pub const BATCH: u32 = 50;
const LOCK: &str = "alliance-player-outbox";

/// Why statements are not being delivered right now.
#[derive(Debug, Clone, PartialEq)]
pub enum SyncError {
    /// The browser is offline; delivery resumes when it is back.
    Offline,
    /// No answer from the LRS (connection refused, dropped); retrying.
    Unreachable,
    /// The LRS answered with a server error; retrying (in `retry_in_ms`).
    Server(u16),
    /// The credentials were refused: the learner must enter them again.
    Unauthorized,
    /// No LRS at the configured address.
    NotFound,
    /// No xAPI version in common.
    Version(String),
    /// The outbox could not be read or written.
    Storage(StorageError),
}

/// What the sync status shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SyncState {
    pub configured: bool,
    /// Statements waiting for the LRS.
    pub pending: u32,
    /// Statements the LRS refused (see [`set_aside`]).
    pub set_aside: u32,
    /// When the last statement was delivered (milliseconds since the epoch).
    pub last_delivery: Option<f64>,
    pub error: Option<SyncError>,
    /// Milliseconds until the next attempt, when waiting to retry.
    pub retry_in_ms: Option<f64>,
}

type Listener = Box<dyn Fn(SyncState)>;

thread_local! {
    static RUNNING: Cell<bool> = const { Cell::new(false) };
    static AGAIN: Cell<bool> = const { Cell::new(false) };
    static VERSION: RefCell<Option<(String, &'static str)>> = const { RefCell::new(None) };
    static LISTENER: RefCell<Option<Listener>> = const { RefCell::new(None) };
    static STATE: RefCell<SyncState> = RefCell::new(SyncState::default());
}

/// Calls `on_change` with the sync state whenever it changes (one listener: the sync status).
pub fn watch(on_change: impl Fn(SyncState) + 'static) {
    LISTENER.with(|l| *l.borrow_mut() = Some(Box::new(on_change)));
    publish(|_| {});
}

fn publish(change: impl FnOnce(&mut SyncState)) {
    let state = STATE.with(|s| {
        let mut s = s.borrow_mut();
        change(&mut s);
        s.clone()
    });
    LISTENER.with(|l| {
        if let Some(f) = l.borrow().as_ref() {
            f(state)
        }
    });
}

/// Re-reads the outbox counts for the status.
pub async fn refresh_counts() {
    let configured = lrs::config().is_some();
    match connection().await {
        Ok(db) => match db.outbox_counts().await {
            Ok((pending, set_aside)) => publish(|s| {
                s.configured = configured;
                s.pending = pending;
                s.set_aside = set_aside;
            }),
            Err(e) => publish(|s| s.error = Some(SyncError::Storage(e))),
        },
        Err(e) => publish(|s| s.error = Some(SyncError::Storage(e))),
    }
}

/// The statements the LRS refused, with its messages.
pub async fn set_aside() -> Vec<Queued> {
    match connection().await {
        Ok(db) => db.set_aside().await.unwrap_or_default(),
        Err(_) => vec![],
    }
}

/// Starts a flush unless one is running in this page (then it runs once more when it ends).
pub fn flush_soon() {
    if RUNNING.with(|r| r.replace(true)) {
        AGAIN.with(|a| a.set(true));
        return;
    }
    wasm_bindgen_futures::spawn_local(async {
        loop {
            AGAIN.with(|a| a.set(false));
            with_lock(flush()).await;
            refresh_counts().await;
            if !AGAIN.with(|a| a.get()) {
                break;
            }
        }
        RUNNING.with(|r| r.set(false));
    });
}

#[wasm_bindgen]
extern "C" {
    type LockManager;
    #[wasm_bindgen(method)]
    fn request(this: &LockManager, name: &str, callback: &js_sys::Function) -> js_sys::Promise;
}

/// Runs `work` holding the browser-wide outbox lock (Web Locks), so one tab at a time delivers; without Web Locks
/// (old browsers) it runs as is: the LRS then sees at worst a repeated statement, which it stores once.
async fn with_lock(work: impl std::future::Future<Output = ()> + 'static) {
    let locks = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"locks".into()).ok())
        .filter(|l| !l.is_undefined() && !l.is_null());
    let Some(locks) = locks else {
        work.await;
        return;
    };
    let mut work = Some(work);
    let callback = Closure::once_into_js(move |_lock: JsValue| -> js_sys::Promise {
        let work = work.take();
        wasm_bindgen_futures::future_to_promise(async move {
            if let Some(w) = work {
                w.await;
            }
            Ok(JsValue::UNDEFINED)
        })
    });
    let locks: LockManager = locks.unchecked_into();
    let _ = JsFuture::from(locks.request(LOCK, callback.unchecked_ref())).await;
}

fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

async fn sleep(ms: f64) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// One HTTP answer: status, `Retry-After`, `ETag`, body.
struct Reply {
    status: u16,
    retry_after: Option<String>,
    etag: Option<String>,
    body: String,
}

/// One request to the LRS, with its credentials, the xAPI version (when known) and `extra` headers (the State
/// API's preconditions). `Err` when there is no answer at all.
async fn request(
    config: &LrsConfig,
    method: &str,
    url: &str,
    version: Option<&str>,
    extra: &[(&str, &str)],
    body: Option<&str>,
) -> Result<Reply, SyncError> {
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    init.set_cache(web_sys::RequestCache::NoStore);
    let headers = web_sys::Headers::new().map_err(|_| SyncError::Unreachable)?;
    let _ = headers.set("Authorization", &config.authorization);
    if let Some(v) = version {
        let _ = headers.set("X-Experience-API-Version", v);
    }
    for (k, v) in extra {
        let _ = headers.set(k, v);
    }
    if let Some(b) = body {
        let _ = headers.set("Content-Type", "application/json");
        init.set_body(&JsValue::from_str(b));
    }
    init.set_headers(&headers);
    let window = web_sys::window().ok_or(SyncError::Unreachable)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| SyncError::Unreachable)?
        .unchecked_into();
    let header = |name: &str| response.headers().get(name).ok().flatten();
    let (retry_after, etag) = (header("Retry-After"), header("ETag"));
    let body = match response.text() {
        Ok(p) => JsFuture::from(p)
            .await
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default(),
        Err(_) => String::new(),
    };
    Ok(Reply {
        status: response.status(),
        retry_after,
        etag,
        body,
    })
}

/// The version to speak with the configured LRS (asked once per page and endpoint).
async fn version(config: &LrsConfig) -> Result<&'static str, SyncError> {
    if let Some(v) = VERSION.with(|v| {
        v.borrow()
            .as_ref()
            .filter(|(e, _)| *e == config.endpoint)
            .map(|(_, v)| *v)
    }) {
        return Ok(v);
    }
    let reply = request(config, "GET", &config.url("about"), None, &[], None).await?;
    match xapi::classify(reply.status) {
        Answer::Delivered => {}
        Answer::Unauthorized => return Err(SyncError::Unauthorized),
        Answer::NotFound => return Err(SyncError::NotFound),
        _ => return Err(SyncError::Server(reply.status)),
    }
    let about: Value = serde_json::from_str(&reply.body).unwrap_or(Value::Null);
    let v = xapi::negotiate_version(&about).map_err(SyncError::Version)?;
    VERSION.with(|c| *c.borrow_mut() = Some((config.endpoint.clone(), v)));
    Ok(v)
}

/// What became of one request's statements.
enum Sent {
    Settled {
        delivered: Vec<String>,
        refused: Vec<Queued>,
    },
    Stop(SyncError),
    Wait(SyncError, Option<f64>),
}

/// The LRS's own words about a refusal (its JSON `message`, else the body), kept short.
fn lrs_message(reply: &Reply) -> String {
    let text = serde_json::from_str::<Value>(&reply.body)
        .ok()
        .and_then(|v| v.get("message").and_then(Value::as_str).map(str::to_string))
        .unwrap_or_else(|| reply.body.clone());
    let text: String = text.chars().take(500).collect();
    format!("HTTP {}: {}", reply.status, text.trim())
}

fn wait_for(reply: &Reply) -> Sent {
    let after = reply
        .retry_after
        .as_deref()
        .and_then(|h| xapi::retry_after_ms(h, js_sys::Date::now()));
    Sent::Wait(SyncError::Server(reply.status), after)
}

/// Sends `batch` in one request.
async fn send(config: &LrsConfig, v: &str, batch: &[Queued]) -> Sent {
    let statements: Vec<&Value> = batch.iter().map(|q| &q.statement).collect();
    let body = serde_json::to_string(&statements).unwrap_or_default();
    let reply = match request(
        config,
        "POST",
        &config.url("statements"),
        Some(v),
        &[],
        Some(&body),
    )
    .await
    {
        Ok(r) => r,
        Err(_) => {
            let e = if online() {
                SyncError::Unreachable
            } else {
                SyncError::Offline
            };
            return Sent::Wait(e, None);
        }
    };
    match xapi::classify(reply.status) {
        Answer::Delivered => Sent::Settled {
            delivered: batch.iter().map(|q| q.id.clone()).collect(),
            refused: vec![],
        },
        Answer::Unauthorized => Sent::Stop(SyncError::Unauthorized),
        Answer::NotFound => Sent::Stop(SyncError::NotFound),
        Answer::Retry => wait_for(&reply),
        // Which statement? Each on its own says.
        Answer::Conflict | Answer::Rejected if batch.len() > 1 => {
            let mut delivered = vec![];
            let mut refused = vec![];
            for q in batch {
                match Box::pin(send(config, v, std::slice::from_ref(q))).await {
                    Sent::Settled {
                        delivered: d,
                        refused: r,
                    } => {
                        delivered.extend(d);
                        refused.extend(r);
                    }
                    other => {
                        // Keep what is known so far; the rest stays queued.
                        return if delivered.is_empty() && refused.is_empty() {
                            other
                        } else {
                            Sent::Settled { delivered, refused }
                        };
                    }
                }
            }
            Sent::Settled { delivered, refused }
        }
        Answer::Conflict => {
            let q = &batch[0];
            let url = format!(
                "{}?statementId={}",
                config.url("statements"),
                js_sys::encode_uri_component(&q.id)
            );
            match request(config, "GET", &url, Some(v), &[], None).await {
                Ok(stored) if stored.status == 200 => {
                    let theirs: Value = serde_json::from_str(&stored.body).unwrap_or(Value::Null);
                    if xapi::same_statement(&q.statement, &theirs) {
                        Sent::Settled {
                            delivered: vec![q.id.clone()],
                            refused: vec![],
                        }
                    } else {
                        let mut q = q.clone();
                        q.message = Some(format!(
                            "{} (the LRS holds a different statement with this id)",
                            lrs_message(&reply)
                        ));
                        Sent::Settled {
                            delivered: vec![],
                            refused: vec![q],
                        }
                    }
                }
                Ok(stored) => wait_for(&stored),
                Err(_) => Sent::Wait(SyncError::Unreachable, None),
            }
        }
        Answer::Rejected => {
            let mut q = batch[0].clone();
            q.message = Some(lrs_message(&reply));
            Sent::Settled {
                delivered: vec![],
                refused: vec![q],
            }
        }
    }
}

/// Delivers the outbox until it is empty, or stops at an error that needs the learner.
async fn flush() {
    let Some(config) = lrs::config() else {
        publish(|s| s.configured = false);
        return;
    };
    let db = match connection().await {
        Ok(db) => db,
        Err(e) => return publish(|s| s.error = Some(SyncError::Storage(e))),
    };
    let mut failures = 0u32;
    // The next batch, read while the current one was on its way (the outbox only grows meanwhile: only this
    // flusher, under the lock, removes from it).
    let mut lookahead: Option<Vec<Queued>> = None;
    loop {
        if !online() {
            return publish(|s| s.error = Some(SyncError::Offline));
        }
        let batch = match lookahead.take() {
            Some(b) if !b.is_empty() => b,
            _ => match db.outbox_oldest(BATCH).await {
                Ok(b) => b,
                Err(e) => return publish(|s| s.error = Some(SyncError::Storage(e))),
            },
        };
        if batch.is_empty() {
            return publish(|s| {
                s.error = None;
                s.retry_in_ms = None;
            });
        }
        let (outcome, next) = match version(&config).await {
            Ok(v) => super::join2(send(&config, v, &batch), db.outbox_oldest(2 * BATCH)).await,
            Err(e @ (SyncError::Unreachable | SyncError::Server(_))) => {
                (Sent::Wait(e, None), Ok(vec![]))
            }
            Err(e) => (Sent::Stop(e), Ok(vec![])),
        };
        match outcome {
            Sent::Settled { delivered, refused } => {
                if let Err(e) = db.outbox_settle(&delivered, &refused).await {
                    return publish(|s| s.error = Some(SyncError::Storage(e)));
                }
                let sent: std::collections::BTreeSet<&str> =
                    batch.iter().map(|q| q.id.as_str()).collect();
                // Statements of this batch not settled (a batch cut short) stay queued and are read again.
                if delivered.len() + refused.len() == batch.len() {
                    lookahead = next.ok().map(|n| {
                        n.into_iter()
                            .filter(|q| !sent.contains(q.id.as_str()))
                            .take(BATCH as usize)
                            .collect()
                    });
                }
                failures = 0;
                let now = js_sys::Date::now();
                publish(|s| {
                    s.error = None;
                    s.retry_in_ms = None;
                    s.pending = s
                        .pending
                        .saturating_sub((delivered.len() + refused.len()) as u32);
                    s.set_aside += refused.len() as u32;
                    if !delivered.is_empty() {
                        s.last_delivery = Some(now);
                    }
                });
            }
            Sent::Stop(e) => return publish(|s| s.error = Some(e)),
            Sent::Wait(e, after) => {
                let delay =
                    after.unwrap_or_else(|| xapi::retry_delay_ms(failures, js_sys::Math::random()));
                failures += 1;
                publish(|s| {
                    s.error = Some(e);
                    s.retry_in_ms = Some(delay);
                });
                sleep(delay).await;
                // The settings may have changed meanwhile: the next flush reads them again.
                if lrs::config().as_ref() != Some(&config) {
                    return;
                }
            }
        }
    }
}

/// The configuration changed: forget the negotiated version and deliver with the new one.
pub fn reconfigured() {
    VERSION.with(|v| *v.borrow_mut() = None);
    publish(|s| {
        s.error = None;
        s.configured = lrs::config().is_some();
    });
    flush_soon();
}

/// The launch parameters an LMS puts in the address (cmi5 style: `endpoint`, `fetch`, `actor`, `registration`,
/// `activityId`; or `auth` with the Authorization value). Read once, then removed from the address bar, so the
/// token is not left visible or in the history.
const LAUNCH_PARAMS: [&str; 6] = [
    "endpoint",
    "fetch",
    "actor",
    "registration",
    "activityId",
    "auth",
];

thread_local! {
    /// Why the launch in the address did not work, if it did not (shown on the settings page).
    static LAUNCH_ERROR: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Why the launch in the page's address failed, if it did.
pub fn launch_error() -> Option<String> {
    LAUNCH_ERROR.with(|e| e.borrow().clone())
}

/// Configures the LRS from a launch in the page's address, if there is one (whoever asks first: the course
/// page, so it can resume from the LRS, or the sync status), then starts delivery. `Err` says why it failed (a
/// refused token, a malformed actor; also kept for [`launch_error`]); the address is cleaned either way.
pub async fn launch_from_url() -> Result<bool, String> {
    let result = launch().await;
    match &result {
        Ok(true) => reconfigured(),
        Err(e) => LAUNCH_ERROR.with(|l| *l.borrow_mut() = Some(e.clone())),
        Ok(false) => {}
    }
    result
}

async fn launch() -> Result<bool, String> {
    let Some(window) = web_sys::window() else {
        return Ok(false);
    };
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let params = web_sys::UrlSearchParams::new_with_str(&search).map_err(|_| "address")?;
    let Some(endpoint) = params.get("endpoint").filter(|e| !e.is_empty()) else {
        return Ok(false);
    };
    let get = |k: &str| params.get(k).filter(|v| !v.is_empty());
    let (fetch, actor, registration, activity_id, auth) = (
        get("fetch"),
        get("actor"),
        get("registration"),
        get("activityId"),
        get("auth"),
    );
    for p in LAUNCH_PARAMS {
        params.delete(p);
    }
    let rest = String::from(params.to_string());
    let clean = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        if rest.is_empty() { "" } else { "?" },
        rest
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&clean));
    }

    let actor: Value = actor
        .as_deref()
        .map(serde_json::from_str)
        .transpose()
        .map_err(|e| format!("actor: {e}"))?
        .ok_or("the launch gave no actor")?;
    if actor.get("mbox").is_none() && actor.get("account").is_none() {
        return Err("the actor has neither an mbox nor an account".into());
    }
    let authorization = match (fetch, auth) {
        (Some(url), _) => {
            let init = web_sys::RequestInit::new();
            init.set_method("POST");
            let response: web_sys::Response =
                JsFuture::from(window.fetch_with_str_and_init(&url, &init))
                    .await
                    .map_err(|_| "the sign-in service could not be reached".to_string())?
                    .unchecked_into();
            if !response.ok() {
                return Err(format!(
                    "the sign-in service answered HTTP {}",
                    response.status()
                ));
            }
            let body = JsFuture::from(response.text().map_err(|_| "body")?)
                .await
                .ok()
                .and_then(|t| t.as_string())
                .unwrap_or_default();
            let token = serde_json::from_str::<Value>(&body)
                .ok()
                .and_then(|v| {
                    v.get("auth-token")
                        .and_then(Value::as_str)
                        .map(str::to_string)
                })
                .ok_or("the sign-in service gave no auth-token")?;
            format!("Basic {token}")
        }
        (None, Some(auth)) => auth,
        (None, None) => return Err("the launch gave no credentials".into()),
    };
    lrs::set_config(Some(&LrsConfig {
        endpoint: endpoint.trim_end_matches('/').to_string(),
        authorization,
        learner: xapi::Learner {
            actor,
            registration,
        },
        activity_id,
    }));
    Ok(true)
}

// ---------------------------------------------------------------------------------------------------------------
// Cross-device resume: the course's progress as an xAPI State document (`activities/state`, one per course,
// learner and registration, stateId `alliance-player-progress`). Read when a course opens and merged with the
// only-growing rules; written after saves with `If-Match` (or `If-None-Match: *` for a new document); on 412 the
// player reads it again, merges and retries.

const STATE_ID: &str = "alliance-player-progress";

thread_local! {
    /// Endpoints found without a usable State API this page (some LRSs keep statements only): not asked again.
    static NO_STATE_API: RefCell<std::collections::BTreeSet<String>> = const { RefCell::new(std::collections::BTreeSet::new()) };
    /// The ETag of each course's State document as last read or written.
    static ETAGS: RefCell<std::collections::BTreeMap<String, String>> = const { RefCell::new(std::collections::BTreeMap::new()) };
}

fn state_url(config: &LrsConfig, course_iri: &str) -> String {
    let enc = |s: &str| String::from(js_sys::encode_uri_component(s));
    let mut url = format!(
        "{}?activityId={}&agent={}&stateId={STATE_ID}",
        config.url("activities/state"),
        enc(course_iri),
        enc(&config.learner.actor.to_string())
    );
    if let Some(r) = &config.learner.registration {
        url += &format!("&registration={}", enc(r));
    }
    url
}

/// Whether the endpoint's State API is worth asking (not found missing this page).
fn state_api(config: &LrsConfig) -> bool {
    NO_STATE_API.with(|n| !n.borrow().contains(&config.endpoint))
}

/// The endpoint has no State API the player can use (no such resource, or its answers are blocked while the
/// browser is online): resume stays local to this browser for this page; delivery goes on.
fn no_state_api(config: &LrsConfig) {
    if online() {
        NO_STATE_API.with(|n| n.borrow_mut().insert(config.endpoint.clone()));
    }
}

/// The course's progress as the LRS keeps it (`None`: no document yet, or no LRS configured).
pub async fn pull_state(
    course_id: &str,
    course_iri: &str,
) -> Result<Option<crate::domain::progress::CourseProgress>, SyncError> {
    let Some(config) = lrs::config().filter(state_api) else {
        return Ok(None);
    };
    let v = version(&config).await?;
    let Reply {
        status, etag, body, ..
    } = request(
        &config,
        "GET",
        &state_url(&config, course_iri),
        Some(v),
        &[],
        None,
    )
    .await
    .inspect_err(|_| no_state_api(&config))?;
    match status {
        200 => {
            ETAGS.with(|e| match etag {
                Some(t) => e.borrow_mut().insert(course_id.to_string(), t),
                None => e.borrow_mut().remove(course_id),
            });
            let doc: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
            Ok(crate::edge::store::record::from_document(&doc))
        }
        404 => {
            ETAGS.with(|e| e.borrow_mut().remove(course_id));
            Ok(None)
        }
        401 | 403 => Err(SyncError::Unauthorized),
        s => Err(SyncError::Server(s)),
    }
}

/// Writes the course's progress to the LRS, merged with what it holds: returns what was written (the merge),
/// which the caller merges into the page.
pub async fn push_state(
    course_id: &str,
    course_iri: &str,
    progress: &crate::domain::progress::CourseProgress,
) -> Result<crate::domain::progress::CourseProgress, SyncError> {
    let Some(config) = lrs::config().filter(state_api) else {
        return Ok(progress.clone());
    };
    let v = version(&config).await?;
    let mut merged = progress.clone();
    // Without a known ETag, read first: a precondition-less write could replace another device's progress.
    if ETAGS.with(|e| !e.borrow().contains_key(course_id)) {
        if let Some(remote) = pull_state(course_id, course_iri).await? {
            merged = merged.merge(&remote);
        }
    }
    for _ in 0..4 {
        let body = crate::edge::store::record::to_document(course_id, &merged).to_string();
        let etag = ETAGS.with(|e| e.borrow().get(course_id).cloned());
        let precondition = match &etag {
            Some(t) => ("If-Match", t.as_str()),
            None => ("If-None-Match", "*"),
        };
        let reply = request(
            &config,
            "PUT",
            &state_url(&config, course_iri),
            Some(v),
            &[precondition],
            Some(&body),
        )
        .await
        .inspect_err(|_| no_state_api(&config))?;
        let (status, new_etag) = (reply.status, reply.etag);
        match status {
            200..=299 => {
                ETAGS.with(|e| match new_etag {
                    Some(t) => e.borrow_mut().insert(course_id.to_string(), t),
                    None => e.borrow_mut().remove(course_id),
                });
                return Ok(merged);
            }
            // Another device wrote meanwhile: read it, merge, try again.
            409 | 412 => {
                if let Some(remote) = pull_state(course_id, course_iri).await? {
                    merged = merged.merge(&remote);
                }
            }
            401 | 403 => return Err(SyncError::Unauthorized),
            404 | 405 | 501 => {
                no_state_api(&config);
                return Err(SyncError::NotFound);
            }
            s => return Err(SyncError::Server(s)),
        }
    }
    Err(SyncError::Server(412))
}

/// `fut`'s output, or `None` if it takes longer than `ms` milliseconds.
pub async fn within<T>(ms: i32, fut: impl std::future::Future<Output = T>) -> Option<T> {
    use std::future::Future;
    use std::task::Poll;
    let mut fut = Box::pin(fut);
    let mut timer = Box::pin(sleep(ms as f64));
    std::future::poll_fn(|cx| {
        if let Poll::Ready(v) = fut.as_mut().poll(cx) {
            return Poll::Ready(Some(v));
        }
        if timer.as_mut().poll(cx).is_ready() {
            return Poll::Ready(None);
        }
        Poll::Pending
    })
    .await
}

thread_local! {
    /// Courses waiting to be written to the LRS's State, and what was last written for each.
    static STATE_DUE: RefCell<std::collections::BTreeSet<String>> = const { RefCell::new(std::collections::BTreeSet::new()) };
    static STATE_WRITTEN: RefCell<std::collections::BTreeMap<String, crate::domain::progress::CourseProgress>> = const { RefCell::new(std::collections::BTreeMap::new()) };
}

/// Writes `course`'s progress to the LRS's State 2 s after its last save (a playing video saves every few seconds:
/// one write covers them), unless it is what was last written. `current` reads the page's progress then;
/// `merge_in` takes back what the LRS had on top.
pub fn push_state_soon(
    course_id: String,
    course_iri: String,
    current: impl Fn() -> crate::domain::progress::CourseProgress + 'static,
    merge_in: impl Fn(&crate::domain::progress::CourseProgress) + 'static,
) {
    if lrs::config().is_none() || !STATE_DUE.with(|d| d.borrow_mut().insert(course_id.clone())) {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        sleep(2000.0).await;
        STATE_DUE.with(|d| d.borrow_mut().remove(&course_id));
        let progress = current();
        if STATE_WRITTEN.with(|w| w.borrow().get(&course_id) == Some(&progress)) {
            return;
        }
        if let Ok(merged) = push_state(&course_id, &course_iri, &progress).await {
            STATE_WRITTEN.with(|w| w.borrow_mut().insert(course_id.clone(), merged.clone()));
            if merged != progress {
                merge_in(&merged);
            }
        }
    });
}
