//! The browser's side of delivery (`service::delivery` holds its rules): the LRS connection over `fetch`
//! ([`WebLrs`], the one function that makes requests to an LRS), the IndexedDB outbox, timers that a new save or
//! the `online` event cut short, and one flusher at a time per browser (a Web Lock; other tabs wait their turn and
//! then find the outbox empty). Also the State API for cross-device resume (its rules: `service::state_sync`).
//!
//! Flushes start when the app starts, after a save that queued statements, on the `online` event, and when the
//! connection changes (settings, a launch, "Disconnect": then requests in flight are aborted). The outbox itself
//! lives in IndexedDB (`store::idb`), written with the progress.

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::limits::Input;
use crate::domain::package::Course;
use crate::domain::progress::CourseProgress;
use crate::edge::lrs::{self, LrsConfig};
use crate::edge::store::idb::{connection, connection_of, Queued};
use crate::edge::store::StorageError;
use crate::service::delivery::{Clock, Delivery, Lrs, NoAnswer, Outbox, Reply, Request};
pub use crate::service::delivery::{SyncError, SyncState, BATCH};
use crate::service::state_sync::{StateDocument, StateSync};

const LOCK: &str = "alliance-player-outbox";

/// A connection to the configured LRS over the browser's `fetch`. [`Lrs::cancel`] aborts every request of it.
pub struct WebLrs {
    config: LrsConfig,
    abort: Option<web_sys::AbortController>,
}

impl WebLrs {
    pub fn new(config: LrsConfig) -> Self {
        WebLrs {
            config,
            abort: web_sys::AbortController::new().ok(),
        }
    }

    pub fn config(&self) -> &LrsConfig {
        &self.config
    }

    fn url(&self, req: &Request) -> String {
        let mut url = self.config.url(req.resource);
        for (i, (k, v)) in req.query.iter().enumerate() {
            url.push(if i == 0 { '?' } else { '&' });
            url.push_str(k);
            url.push('=');
            url.push_str(&String::from(js_sys::encode_uri_component(v)));
        }
        url
    }
}

impl Lrs for WebLrs {
    fn endpoint(&self) -> &str {
        &self.config.endpoint
    }

    fn actor(&self) -> &Value {
        &self.config.learner.actor
    }

    fn registration(&self) -> Option<&str> {
        self.config.learner.registration.as_deref()
    }

    async fn request(&self, req: Request) -> Result<Reply, NoAnswer> {
        let init = web_sys::RequestInit::new();
        init.set_method(req.method);
        init.set_cache(web_sys::RequestCache::NoStore);
        if let Some(a) = &self.abort {
            init.set_signal(Some(&a.signal()));
        }
        let headers = web_sys::Headers::new().map_err(|_| NoAnswer)?;
        let _ = headers.set("Authorization", &self.config.authorization);
        if let Some(v) = req.version {
            let _ = headers.set("X-Experience-API-Version", v);
        }
        for (k, v) in &req.headers {
            let _ = headers.set(k, v);
        }
        if let Some(b) = &req.body {
            let _ = headers.set("Content-Type", "application/json");
            init.set_body(&JsValue::from_str(b));
        }
        init.set_headers(&headers);
        let window = web_sys::window().ok_or(NoAnswer)?;
        let response: web_sys::Response =
            JsFuture::from(window.fetch_with_str_and_init(&self.url(&req), &init))
                .await
                .map_err(|_| NoAnswer)?
                .unchecked_into();
        let header = |name: &str| response.headers().get(name).ok().flatten();
        let (retry_after, etag) = (header("Retry-After"), header("ETag"));
        // Every answer is read at most to the State document's limit (the largest an LRS has reason to send). An
        // answer cut off while it is read (the page going away, the request cancelled) is no answer: what it was
        // about stays as it was, to be asked again — a refusal is never recorded without the LRS's words.
        let url = self.url(&req);
        let body = match crate::edge::http::read_text(&url, &response, Input::State).await {
            Ok(body) => body,
            Err(crate::edge::http::FetchError::Network { .. }) => return Err(NoAnswer),
            Err(e) => {
                web_sys::console::warn_1(&e.to_string().into());
                String::new()
            }
        };
        Ok(Reply {
            status: response.status(),
            retry_after,
            etag,
            body,
        })
    }

    fn online(&self) -> bool {
        online()
    }

    fn cancel(&self) {
        if let Some(a) = &self.abort {
            a.abort();
        }
    }
}

/// A learner's outbox in IndexedDB (their owner key's database).
pub struct IdbOutbox {
    owner: String,
}

impl Outbox for IdbOutbox {
    async fn oldest(&self, endpoint: &str, limit: u32) -> Result<Vec<Queued>, StorageError> {
        connection_of(&self.owner)
            .await?
            .outbox_oldest(endpoint, limit)
            .await
    }
    async fn settle(&self, delivered: &[String], refused: &[Queued]) -> Result<(), StorageError> {
        connection_of(&self.owner)
            .await?
            .outbox_settle(delivered, refused)
            .await
    }
    async fn counts(&self) -> Result<(u32, u32), StorageError> {
        connection_of(&self.owner).await?.outbox_counts().await
    }
}

/// Timers that [`Clock::wake`] ends early.
#[derive(Default)]
pub struct WebClock {
    sleeping: RefCell<Vec<js_sys::Function>>,
}

impl Clock for WebClock {
    fn now(&self) -> f64 {
        js_sys::Date::now()
    }
    fn random(&self) -> f64 {
        js_sys::Math::random()
    }
    async fn sleep(&self, ms: f64) {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                    &resolve,
                    ms.clamp(0.0, i32::MAX as f64) as i32,
                );
            }
            self.sleeping.borrow_mut().push(resolve);
        });
        let _ = JsFuture::from(promise).await;
    }
    fn wake(&self) {
        for resolve in std::mem::take(&mut *self.sleeping.borrow_mut()) {
            let _ = resolve.call0(&JsValue::NULL);
        }
    }
}

type WebDelivery = Delivery<WebLrs, IdbOutbox, WebClock>;

/// One learner's delivery: their outbox, their connection, and whether a flush is running or asked for again.
struct Flusher {
    owner: String,
    delivery: Rc<WebDelivery>,
    running: Cell<bool>,
    again: Cell<bool>,
}

thread_local! {
    /// This page's learner's flusher.
    static DELIVERY: OnceCell<Rc<Flusher>> = const { OnceCell::new() };
    /// The flushers of the device's other learners with a connection of their own (by learner id).
    static OTHERS: RefCell<std::collections::BTreeMap<String, Rc<Flusher>>> =
        const { RefCell::new(std::collections::BTreeMap::new()) };
}

fn flusher(owner: String, config: Option<LrsConfig>) -> Rc<Flusher> {
    let d = Delivery::new(
        IdbOutbox {
            owner: owner.clone(),
        },
        WebClock::default(),
    );
    d.connect(config.map(WebLrs::new));
    Rc::new(Flusher {
        owner,
        delivery: Rc::new(d),
        running: Cell::new(false),
        again: Cell::new(false),
    })
}

fn this_page() -> Rc<Flusher> {
    DELIVERY.with(|d| {
        d.get_or_init(|| {
            follow_other_tabs();
            crate::edge::learners::follow_other_tabs();
            flusher(crate::edge::learners::owner(), lrs::config())
        })
        .clone()
    })
}

/// This page's learner's delivery, connected to their LRS.
fn delivery() -> Rc<WebDelivery> {
    this_page().delivery.clone()
}

/// A connection made or forgotten in another tab ("Disconnect" there, a new connection in its settings) applies
/// here at once: requests with the old credentials are aborted — for this page's learner and for the others whose
/// statements this page delivers. (A launch's connection belongs to its own tab and is not shared.)
fn follow_other_tabs() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener = Closure::<dyn Fn(web_sys::StorageEvent)>::new(|e: web_sys::StorageEvent| {
        let Some(key) = e.key() else {
            return;
        };
        if key == lrs::storage_key() {
            let current = delivery().connection().map(|c| c.config().clone());
            if current != lrs::config() {
                reconfigured();
            }
        }
        let others: Vec<(String, Rc<Flusher>)> = OTHERS.with(|o| {
            o.borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        });
        for (id, f) in others {
            let now = lrs::config_of(&id);
            if f.delivery.connection().map(|c| c.config().clone()) != now {
                f.delivery.connect(now.map(WebLrs::new));
            }
        }
    });
    let _ = window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    listener.forget(); // for the page's lifetime
}

/// Calls `on_change` with the sync state whenever it changes (one listener: the sync status).
pub fn watch(on_change: impl Fn(SyncState) + 'static) {
    delivery().watch(move |s| on_change(s.clone()));
}

/// Re-reads the outbox counts for the status.
pub async fn refresh_counts() {
    delivery().refresh_counts().await
}

/// The statements the LRS refused, with its messages.
pub async fn set_aside() -> Vec<Queued> {
    match connection().await {
        Ok(db) => db.set_aside().await.unwrap_or_default(),
        Err(_) => vec![],
    }
}

/// Starts a flush of this page's learner's outbox unless one is running in this page: then a waiting one tries
/// again at once, and a busy one runs once more when it ends.
pub fn flush_soon() {
    run(this_page());
}

/// Flushes this page's learner's outbox and those of the device's other learners (when the app starts and when the
/// network returns: only this page's learner queues statements meanwhile).
pub fn flush_all() {
    flush_soon();
    flush_others();
}

fn run(f: Rc<Flusher>) {
    if f.running.replace(true) {
        f.again.set(true);
        f.delivery.wake();
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        loop {
            f.again.set(false);
            let work = f.delivery.clone();
            with_lock(&f.owner, async move { work.flush().await }).await;
            f.delivery.refresh_counts().await;
            if !f.again.get() {
                break;
            }
        }
        f.running.set(false);
    });
}

/// Delivers the statements of the device's other learners, each to the LRS they were made for with that learner's
/// own connection (made in their settings), while someone else uses the player.
fn flush_others() {
    let me = crate::edge::learners::id();
    for learner in crate::edge::learners::roster().learners {
        if learner.id == me {
            continue;
        }
        let Some(config) = lrs::config_of(&learner.id) else {
            continue;
        };
        let f = OTHERS.with(|o| {
            o.borrow_mut()
                .entry(learner.id.clone())
                .or_insert_with(|| flusher(learner.id.clone(), Some(config)))
                .clone()
        });
        run(f);
    }
}

/// The connection changed (settings, a launch, "Disconnect"): requests of the old one are aborted, a running flush
/// stops, and delivery starts again with the new one.
pub fn reconfigured() {
    delivery().connect(lrs::config().map(WebLrs::new));
    flush_soon();
}

/// Signs this page's learner out of their LRS: the connection is forgotten (requests in flight aborted, in every
/// tab) and the statements waiting for that LRS are kept for when they connect again, or with `discard` forgotten.
/// Returns how many were discarded.
pub async fn sign_out(discard: bool) -> Result<u32, StorageError> {
    let endpoint = lrs::config().map(|c| c.endpoint);
    lrs::set_config(None);
    reconfigured();
    match endpoint {
        Some(e) if discard => connection().await?.outbox_discard(&e).await,
        _ => Ok(0),
    }
}

/// How many statements wait for this page's learner's LRS (what signing out would keep or discard).
pub async fn waiting_for_current() -> u32 {
    let Some(c) = lrs::config() else {
        return 0;
    };
    match connection().await {
        Ok(db) => db.outbox_count_for(&c.endpoint).await.unwrap_or(0),
        Err(_) => 0,
    }
}

#[wasm_bindgen]
extern "C" {
    type LockManager;
    #[wasm_bindgen(method)]
    fn request(this: &LockManager, name: &str, callback: &js_sys::Function) -> js_sys::Promise;
}

/// Runs `work` holding the browser-wide lock on `owner`'s outbox (Web Locks), so one tab at a time delivers it;
/// without Web Locks (old browsers) it runs as is: the LRS then sees at worst a repeated statement, which it stores
/// once.
async fn with_lock(owner: &str, work: impl std::future::Future<Output = ()> + 'static) {
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
    let name = format!("{LOCK}@{owner}");
    let _ = JsFuture::from(locks.request(&name, callback.unchecked_ref())).await;
}

fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// Resolves after `ms` milliseconds.
pub async fn sleep(ms: f64) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32);
        }
    });
    let _ = JsFuture::from(promise).await;
}

// ---------------------------------------------------------------------------------------------------------------
// Cross-device resume: the course's progress as an xAPI State document; the rules are `service::state_sync`.

thread_local! {
    /// This page's ETags and endpoints without a State API.
    static STATE: Rc<StateSync> = Rc::new(StateSync::new(|m| web_sys::console::warn_1(&m.into())));
}

fn state() -> Rc<StateSync> {
    STATE.with(Rc::clone)
}

/// The current connection, if its State API is worth asking (not found missing this page).
fn state_connection(state: &StateSync) -> Option<Rc<WebLrs>> {
    delivery().connection().filter(|l| state.asks(&**l))
}

/// The course's progress as the LRS keeps it, with only the claims that carry their evidence
/// (`record::remote_document`; docs/security.md, "Remote claims"): `None` when there is no document yet, no LRS, or
/// the document was refused whole. Dropped claims and refusals are console warnings.
pub async fn pull_state(course: &Course) -> Result<Option<CourseProgress>, SyncError> {
    let state = state();
    let Some(lrs) = state_connection(&state) else {
        return Ok(None);
    };
    let v = delivery().version(&lrs).await?;
    state.pull(&*lrs, v, course, js_sys::Date::now()).await
}

/// What the learner's other devices did in `course`, as the LRS keeps it ([`pull_state`]), if it answers within
/// 1.5 s; a launch in the address configures the LRS first.
pub async fn progress_elsewhere(course: &Course) -> Option<CourseProgress> {
    let _ = crate::edge::launch::settle().await;
    crate::edge::lrs::config()?;
    within(1500, pull_state(course)).await?.ok().flatten()
}

/// Writes the course's progress (or notes: any [`StateDocument`]) to the LRS, merged with what it holds: returns
/// what was written (the merge), which the caller merges into the page.
pub async fn push_state<D: StateDocument>(course: &Course, progress: &D) -> Result<D, SyncError> {
    let state = state();
    let Some(lrs) = state_connection(&state) else {
        return Ok(progress.clone());
    };
    let v = delivery().version(&lrs).await?;
    state
        .push(&*lrs, v, course, progress, js_sys::Date::now())
        .await
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
    static STATE_WRITTEN: RefCell<std::collections::BTreeMap<String, CourseProgress>> = const { RefCell::new(std::collections::BTreeMap::new()) };
}

/// Writes `course`'s progress to the LRS's State 2 s after its last save (a playing video saves every few seconds:
/// one write covers them), unless it is what was last written. `current` reads the page's progress then;
/// `merge_in` takes back what the LRS had on top.
pub fn push_state_soon(
    course: std::sync::Arc<Course>,
    current: impl Fn() -> CourseProgress + 'static,
    merge_in: impl Fn(&CourseProgress) + 'static,
) {
    let course_id = course.id.clone();
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
        if let Ok(merged) = push_state(&course, &progress).await {
            STATE_WRITTEN.with(|w| w.borrow_mut().insert(course_id.clone(), merged.clone()));
            if merged != progress {
                merge_in(&merged);
            }
        }
    });
}
