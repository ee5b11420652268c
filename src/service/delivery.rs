//! Delivers the outbox to the learner's LRS, exactly once, and never lets one statement or one LRS answer hold the
//! learner's record hostage. It sends the oldest statements in batches of at most [`BATCH`] and reads each answer
//! with [`xapi::classify`]:
//! - 200/204: delivered, removed from the outbox;
//! - 409 or 400 for a batch: each statement is sent on its own to find which one; for one statement, 409 is
//!   delivered if the stored statement (`GET ?statementId=`) equals ours, else set aside with the LRS's message.
//!   When the LRS will not show the stored statement (403, 404, nonsense), the statement waits while the others go
//!   on, and after [`CONFIRM_TRIES`] such answers it is set aside with the LRS's answer;
//! - 400 for one statement: set aside with the LRS's message (the learner sees it; the others go on);
//! - 401/403 on a POST, 404, no common version: stop and say what to fix (nothing is removed);
//! - 429/503 (after `Retry-After`, clamped to 1 s … 1 hour), other 5xx, no answer: wait (exponential backoff with
//!   jitter) and go on. A wait ends early when [`Delivery::wake`] is called (a new save, the `online` event).
//!
//! Statements are delivered only to the LRS they were made for, as the learner they were made for: the outbox is
//! read for the connection's endpoint, and one whose actor is not the connection's stays in the outbox. [`Delivery::connect`] replaces the connection: requests in flight are cancelled and a running
//! flush stops at its next step, so nothing leaves with the old credentials afterwards.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::rc::Rc;

use serde_json::Value;

use crate::domain::launch::identity;
use crate::domain::storage_error::StorageError;
use crate::domain::xapi::{self, Answer, Queued};

/// At most this many statements per request.
pub const BATCH: u32 = 50;
/// How many times a statement answered 409 is tried when the LRS will not show what it holds under its id.
pub const CONFIRM_TRIES: u32 = 3;

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
    /// The outbox has been counted since the page started (before that, `pending` is not known).
    pub counted: bool,
    /// Statements waiting for the LRS.
    pub pending: u32,
    /// Statements the LRS refused.
    pub set_aside: u32,
    /// When the last statement was delivered (milliseconds since the epoch).
    pub last_delivery: Option<f64>,
    pub error: Option<SyncError>,
    /// Milliseconds until the next attempt, when waiting to retry.
    pub retry_in_ms: Option<f64>,
}

/// One request to the LRS: a resource of its xAPI API (`statements`, `about`, `activities/state`) with query
/// parameters; the connection adds its address and credentials.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub method: &'static str,
    pub resource: &'static str,
    pub query: Vec<(&'static str, String)>,
    /// `X-Experience-API-Version`, once negotiated.
    pub version: Option<&'static str>,
    pub headers: Vec<(&'static str, String)>,
    /// A JSON body.
    pub body: Option<String>,
}

impl Request {
    pub fn new(method: &'static str, resource: &'static str) -> Self {
        Request {
            method,
            resource,
            query: vec![],
            version: None,
            headers: vec![],
            body: None,
        }
    }
    pub fn query(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.query.push((name, value.into()));
        self
    }
    pub fn version(mut self, v: &'static str) -> Self {
        self.version = Some(v);
        self
    }
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }
    pub fn body(mut self, json: String) -> Self {
        self.body = Some(json);
        self
    }
}

/// An LRS's answer: status, `Retry-After`, `ETag`, body (already bounded by the connection).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Reply {
    pub status: u16,
    pub retry_after: Option<String>,
    pub etag: Option<String>,
    pub body: String,
}

/// No answer at all: the network is down, the request was cancelled, or the browser blocked the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoAnswer;

/// A connection to one LRS as one learner (address, credentials, actor).
pub trait Lrs {
    fn endpoint(&self) -> &str;
    /// The xAPI Agent statements are delivered as.
    fn actor(&self) -> &Value;
    /// The launch's registration (cmi5), if any: the State document is kept per registration.
    fn registration(&self) -> Option<&str>;
    fn request(&self, req: Request) -> impl Future<Output = Result<Reply, NoAnswer>>;
    /// Whether the device has a network at all.
    fn online(&self) -> bool;
    /// Ends the requests in flight (they answer `NoAnswer`); the connection is not used again.
    fn cancel(&self);
}

/// The statements waiting for the LRS, and those it refused.
pub trait Outbox {
    /// The oldest `limit` statements waiting for the LRS at `endpoint` (and those queued before statements kept
    /// their LRS, whose `endpoint` is empty).
    fn oldest(
        &self,
        endpoint: &str,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<Queued>, StorageError>>;
    /// Removes delivered statements and moves refused ones (with their message) aside, in one step.
    fn settle(
        &self,
        delivered: &[String],
        refused: &[Queued],
    ) -> impl Future<Output = Result<(), StorageError>>;
    /// How many statements wait, and how many were refused.
    fn counts(&self) -> impl Future<Output = Result<(u32, u32), StorageError>>;
}

/// Time, chance and waiting.
pub trait Clock {
    /// Milliseconds since the epoch.
    fn now(&self) -> f64;
    /// A number in 0..1 (for jitter).
    fn random(&self) -> f64;
    /// Resolves after `ms` milliseconds, or at once when [`Clock::wake`] is called meanwhile.
    fn sleep(&self, ms: f64) -> impl Future<Output = ()>;
    fn wake(&self);
}

/// What became of one request's statements.
enum Sent {
    Settled {
        delivered: Vec<String>,
        refused: Vec<Queued>,
        /// Answered 409, but the LRS would not show what it holds: tried again after the others.
        unconfirmed: Vec<String>,
    },
    Stop(SyncError),
    Wait(SyncError, Option<f64>),
}

type Listener = Box<dyn Fn(&SyncState)>;

/// The flusher of one page: one connection at a time, the outbox, a clock, and the state the learner sees.
pub struct Delivery<L, O, C> {
    lrs: RefCell<Option<Rc<L>>>,
    /// Counts connections: a flush that sees it change stops.
    generation: Cell<u64>,
    outbox: O,
    clock: C,
    version: RefCell<Option<&'static str>>,
    /// Unconfirmed 409s per statement id, for this connection.
    tries: RefCell<BTreeMap<String, u32>>,
    state: RefCell<SyncState>,
    listener: RefCell<Option<Listener>>,
}

impl<L: Lrs, O: Outbox, C: Clock> Delivery<L, O, C> {
    pub fn new(outbox: O, clock: C) -> Self {
        Delivery {
            lrs: RefCell::new(None),
            generation: Cell::new(0),
            outbox,
            clock,
            version: RefCell::new(None),
            tries: RefCell::new(BTreeMap::new()),
            state: RefCell::new(SyncState::default()),
            listener: RefCell::new(None),
        }
    }

    /// Replaces the connection (`None`: no LRS). Requests of the old one are cancelled and a running flush stops at
    /// its next step; a waiting one wakes up to notice.
    pub fn connect(&self, lrs: Option<L>) {
        let configured = lrs.is_some();
        if let Some(old) = self.lrs.replace(lrs.map(Rc::new)) {
            old.cancel();
        }
        self.generation.set(self.generation.get() + 1);
        *self.version.borrow_mut() = None;
        self.tries.borrow_mut().clear();
        self.publish(|s| {
            s.configured = configured;
            s.error = None;
            s.retry_in_ms = None;
        });
        self.clock.wake();
    }

    /// The current connection.
    pub fn connection(&self) -> Option<Rc<L>> {
        self.lrs.borrow().clone()
    }

    /// Ends a wait at once (a new save, the network is back).
    pub fn wake(&self) {
        self.clock.wake();
    }

    /// Calls `on_change` with the state whenever it changes (one listener: the sync status).
    pub fn watch(&self, on_change: impl Fn(&SyncState) + 'static) {
        *self.listener.borrow_mut() = Some(Box::new(on_change));
        self.publish(|_| {});
    }

    pub fn state(&self) -> SyncState {
        self.state.borrow().clone()
    }

    fn publish(&self, change: impl FnOnce(&mut SyncState)) {
        let state = {
            let mut s = self.state.borrow_mut();
            change(&mut s);
            s.clone()
        };
        if let Some(f) = self.listener.borrow().as_ref() {
            f(&state)
        }
    }

    /// Re-reads the outbox counts for the status.
    pub async fn refresh_counts(&self) {
        let configured = self.lrs.borrow().is_some();
        match self.outbox.counts().await {
            Ok((pending, set_aside)) => self.publish(|s| {
                s.configured = configured;
                s.counted = true;
                s.pending = pending;
                s.set_aside = set_aside;
            }),
            Err(e) => self.publish(|s| s.error = Some(SyncError::Storage(e))),
        }
    }

    /// The xAPI version to speak with `lrs` (asked once per connection: `GET about`).
    pub async fn version(&self, lrs: &L) -> Result<&'static str, SyncError> {
        if let Some(v) = *self.version.borrow() {
            return Ok(v);
        }
        let generation = self.generation.get();
        let reply = lrs
            .request(Request::new("GET", "about"))
            .await
            .map_err(|_| self.no_answer(lrs))?;
        match xapi::classify(reply.status) {
            Answer::Delivered => {}
            Answer::Unauthorized => return Err(SyncError::Unauthorized),
            Answer::NotFound => return Err(SyncError::NotFound),
            _ => return Err(SyncError::Server(reply.status)),
        }
        let about: Value = serde_json::from_str(&reply.body).unwrap_or(Value::Null);
        let v = xapi::negotiate_version(&about).map_err(SyncError::Version)?;
        if self.generation.get() == generation {
            *self.version.borrow_mut() = Some(v);
        }
        Ok(v)
    }

    fn no_answer(&self, lrs: &L) -> SyncError {
        if lrs.online() {
            SyncError::Unreachable
        } else {
            SyncError::Offline
        }
    }

    /// Delivers the outbox until it is empty, or stops at an error that needs the learner, or when the connection
    /// changes.
    pub async fn flush(&self) {
        let Some(lrs) = self.connection() else {
            self.publish(|s| s.configured = false);
            return;
        };
        let generation = self.generation.get();
        let current = || self.generation.get() == generation;
        let me = identity(lrs.actor());
        let mut failures = 0u32;
        // Left for later in this flush: 409s waiting for a confirmation, and statements of another learner.
        let mut deferred: BTreeSet<String> = BTreeSet::new();
        let mut foreign: BTreeSet<String> = BTreeSet::new();
        // The next batch, read while the current one was on its way (only this flusher removes from the outbox).
        let mut lookahead: Option<Vec<Queued>> = None;
        loop {
            if !current() {
                return;
            }
            if !lrs.online() {
                return self.publish(|s| s.error = Some(SyncError::Offline));
            }
            let skip = (deferred.len() + foreign.len()) as u32;
            let (read, from_lookahead) = match lookahead.take() {
                Some(b) if !b.is_empty() => (b, true),
                _ => match self.outbox.oldest(lrs.endpoint(), BATCH + skip).await {
                    Ok(b) => (b, false),
                    Err(e) => return self.publish(|s| s.error = Some(SyncError::Storage(e))),
                },
            };
            let mut batch = Vec::with_capacity(read.len());
            for q in read {
                if deferred.contains(&q.id) || foreign.contains(&q.id) {
                    continue;
                }
                if identity(&q.statement["actor"]) != me {
                    foreign.insert(q.id);
                    continue;
                }
                if batch.len() < BATCH as usize {
                    batch.push(q);
                }
            }
            if batch.is_empty() && from_lookahead {
                continue; // the look-ahead held only statements left for later: read the outbox itself
            }
            if batch.is_empty() {
                if deferred.is_empty() {
                    return self.publish(|s| {
                        s.error = None;
                        s.retry_in_ms = None;
                    });
                }
                // Only statements waiting for a confirmation are left: give the LRS a moment, then try again.
                let delay = xapi::retry_delay_ms(failures, self.clock.random());
                failures += 1;
                self.publish(|s| s.retry_in_ms = Some(delay));
                self.clock.sleep(delay).await;
                deferred.clear();
                continue;
            }
            let outcome = match self.version(&lrs).await {
                Ok(v) if current() => {
                    let (outcome, next) = super::join2(
                        self.send(&lrs, v, &batch),
                        self.outbox.oldest(lrs.endpoint(), 2 * BATCH + skip),
                    )
                    .await;
                    if let (Sent::Settled { .. }, Ok(next)) = (&outcome, next) {
                        lookahead = Some(next);
                    }
                    outcome
                }
                Ok(_) => return,
                Err(e @ (SyncError::Unreachable | SyncError::Offline | SyncError::Server(_))) => {
                    Sent::Wait(e, None)
                }
                Err(e) => Sent::Stop(e),
            };
            match outcome {
                Sent::Settled {
                    delivered,
                    refused,
                    unconfirmed,
                } => {
                    // Settled even if the connection changed meanwhile: these were answered by the LRS they were for.
                    if let Err(e) = self.outbox.settle(&delivered, &refused).await {
                        return self.publish(|s| s.error = Some(SyncError::Storage(e)));
                    }
                    let sent: BTreeSet<&str> = batch.iter().map(|q| q.id.as_str()).collect();
                    let whole = delivered.len() + refused.len() + unconfirmed.len() == batch.len();
                    deferred.extend(unconfirmed);
                    // A batch cut short is read again from the outbox; else the next batch was read meanwhile.
                    lookahead = lookahead.take().filter(|_| whole).map(|n| {
                        n.into_iter()
                            .filter(|q| !sent.contains(q.id.as_str()))
                            .collect()
                    });
                    failures = 0;
                    let now = self.clock.now();
                    self.publish(|s| {
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
                Sent::Stop(e) => {
                    if current() {
                        self.publish(|s| s.error = Some(e));
                    }
                    return;
                }
                Sent::Wait(e, after) => {
                    if !current() {
                        return;
                    }
                    let delay = after
                        .unwrap_or_else(|| xapi::retry_delay_ms(failures, self.clock.random()));
                    failures += 1;
                    self.publish(|s| {
                        s.error = Some(e);
                        s.retry_in_ms = Some(delay);
                    });
                    self.clock.sleep(delay).await;
                }
            }
        }
    }

    /// Sends `batch` in one request.
    async fn send(&self, lrs: &L, v: &'static str, batch: &[Queued]) -> Sent {
        let statements: Vec<&Value> = batch.iter().map(|q| &q.statement).collect();
        let body = serde_json::to_string(&statements).unwrap_or_default();
        let req = Request::new("POST", "statements").version(v).body(body);
        let reply = match lrs.request(req).await {
            Ok(r) => r,
            Err(NoAnswer) => return Sent::Wait(self.no_answer(lrs), None),
        };
        match xapi::classify(reply.status) {
            Answer::Delivered => Sent::Settled {
                delivered: batch.iter().map(|q| q.id.clone()).collect(),
                refused: vec![],
                unconfirmed: vec![],
            },
            Answer::Unauthorized => Sent::Stop(SyncError::Unauthorized),
            Answer::NotFound => Sent::Stop(SyncError::NotFound),
            Answer::Retry => self.wait_for(&reply),
            // Which statement? Each on its own says.
            Answer::Conflict | Answer::Rejected if batch.len() > 1 => {
                let (mut delivered, mut refused, mut unconfirmed) = (vec![], vec![], vec![]);
                for q in batch {
                    match Box::pin(self.send(lrs, v, std::slice::from_ref(q))).await {
                        Sent::Settled {
                            delivered: d,
                            refused: r,
                            unconfirmed: u,
                        } => {
                            delivered.extend(d);
                            refused.extend(r);
                            unconfirmed.extend(u);
                        }
                        other => {
                            // Keep what is known so far; the rest stays queued.
                            return if delivered.is_empty()
                                && refused.is_empty()
                                && unconfirmed.is_empty()
                            {
                                other
                            } else {
                                Sent::Settled {
                                    delivered,
                                    refused,
                                    unconfirmed,
                                }
                            };
                        }
                    }
                }
                Sent::Settled {
                    delivered,
                    refused,
                    unconfirmed,
                }
            }
            Answer::Conflict => self.confirm(lrs, v, &batch[0], &reply).await,
            Answer::Rejected => {
                let mut q = batch[0].clone();
                q.message = Some(lrs_message(&reply));
                Sent::Settled {
                    delivered: vec![],
                    refused: vec![q],
                    unconfirmed: vec![],
                }
            }
        }
    }

    /// A 409 for `q`: delivered if what the LRS holds under its id is ours.
    async fn confirm(&self, lrs: &L, v: &'static str, q: &Queued, conflict: &Reply) -> Sent {
        let req = Request::new("GET", "statements")
            .query("statementId", q.id.clone())
            .version(v);
        let stored = match lrs.request(req).await {
            Ok(r) => r,
            Err(NoAnswer) => return Sent::Wait(self.no_answer(lrs), None),
        };
        let refuse = |why: String| {
            let mut q = q.clone();
            q.message = Some(why);
            Sent::Settled {
                delivered: vec![],
                refused: vec![q],
                unconfirmed: vec![],
            }
        };
        let theirs = (stored.status == 200)
            .then(|| serde_json::from_str::<Value>(&stored.body).ok())
            .flatten()
            .filter(Value::is_object);
        match (stored.status, theirs) {
            (_, Some(theirs)) if xapi::same_statement(&q.statement, &theirs) => Sent::Settled {
                delivered: vec![q.id.clone()],
                refused: vec![],
                unconfirmed: vec![],
            },
            (_, Some(_)) => refuse(format!(
                "{} (the LRS holds a different statement with this id)",
                lrs_message(conflict)
            )),
            (401, _) => Sent::Stop(SyncError::Unauthorized),
            (s, _) if xapi::classify(s) == Answer::Retry => self.wait_for(&stored),
            // 403 (a key that may write but not read), 404, a body that is no statement: cannot confirm.
            _ => {
                let tries = {
                    let mut t = self.tries.borrow_mut();
                    let n = t.entry(q.id.clone()).or_insert(0);
                    *n += 1;
                    *n
                };
                if tries < CONFIRM_TRIES {
                    Sent::Settled {
                        delivered: vec![],
                        refused: vec![],
                        unconfirmed: vec![q.id.clone()],
                    }
                } else {
                    self.tries.borrow_mut().remove(&q.id);
                    refuse(format!(
                        "{} (the LRS says it holds a statement with this id, but answered {} when asked for it, {tries} times)",
                        lrs_message(conflict),
                        lrs_message(&stored)
                    ))
                }
            }
        }
    }

    fn wait_for(&self, reply: &Reply) -> Sent {
        let after = reply
            .retry_after
            .as_deref()
            .and_then(|h| xapi::retry_after_ms(h, self.clock.now()));
        Sent::Wait(SyncError::Server(reply.status), after)
    }
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

/// In-memory twins of the traits, for the host tests of this layer.
#[cfg(test)]
pub mod twins {
    use super::*;
    use std::collections::VecDeque;

    type Responder = Box<dyn FnMut(&Request) -> Result<Reply, NoAnswer>>;

    /// An LRS that answers from a script (a function of the request) and logs every request.
    pub struct ScriptedLrs {
        pub actor: Value,
        pub registration: Option<String>,
        pub respond: RefCell<Responder>,
        pub log: Rc<RefCell<Vec<Request>>>,
        pub online: Cell<bool>,
        pub cancelled: Rc<Cell<bool>>,
    }

    impl ScriptedLrs {
        pub fn new(respond: impl FnMut(&Request) -> Result<Reply, NoAnswer> + 'static) -> Self {
            ScriptedLrs {
                actor: serde_json::json!({"mbox": "mailto:ada@example.org"}),
                registration: None,
                respond: RefCell::new(Box::new(respond)),
                log: Rc::default(),
                online: Cell::new(true),
                cancelled: Rc::default(),
            }
        }
    }

    impl Lrs for ScriptedLrs {
        fn endpoint(&self) -> &str {
            "https://lrs.example.org/xapi"
        }
        fn actor(&self) -> &Value {
            &self.actor
        }
        fn registration(&self) -> Option<&str> {
            self.registration.as_deref()
        }
        async fn request(&self, req: Request) -> Result<Reply, NoAnswer> {
            if self.cancelled.get() {
                return Err(NoAnswer);
            }
            self.log.borrow_mut().push(req.clone());
            (self.respond.borrow_mut())(&req)
        }
        fn online(&self) -> bool {
            self.online.get()
        }
        fn cancel(&self) {
            self.cancelled.set(true);
        }
    }

    /// The outbox as a sorted list, with what was settled.
    #[derive(Default)]
    pub struct MemoryOutbox {
        pub waiting: RefCell<VecDeque<Queued>>,
        pub aside: RefCell<Vec<Queued>>,
    }

    impl Outbox for MemoryOutbox {
        async fn oldest(&self, endpoint: &str, limit: u32) -> Result<Vec<Queued>, StorageError> {
            Ok(self
                .waiting
                .borrow()
                .iter()
                .filter(|q| q.endpoint == endpoint || q.endpoint.is_empty())
                .take(limit as usize)
                .cloned()
                .collect())
        }
        async fn settle(
            &self,
            delivered: &[String],
            refused: &[Queued],
        ) -> Result<(), StorageError> {
            let mut w = self.waiting.borrow_mut();
            w.retain(|q| !delivered.contains(&q.id) && !refused.iter().any(|r| r.id == q.id));
            self.aside.borrow_mut().extend(refused.iter().cloned());
            Ok(())
        }
        async fn counts(&self) -> Result<(u32, u32), StorageError> {
            Ok((
                self.waiting.borrow().len() as u32,
                self.aside.borrow().len() as u32,
            ))
        }
    }

    /// A clock whose sleeps return at once and are logged; `on_sleep` runs inside a sleep (e.g. the learner
    /// disconnects while the flusher waits).
    #[derive(Default)]
    pub struct ManualClock {
        pub now: Cell<f64>,
        pub sleeps: RefCell<Vec<f64>>,
        pub wakes: Cell<u32>,
        pub on_sleep: RefCell<Option<Box<dyn Fn()>>>,
    }

    impl Clock for ManualClock {
        fn now(&self) -> f64 {
            self.now.get()
        }
        fn random(&self) -> f64 {
            0.0
        }
        async fn sleep(&self, ms: f64) {
            self.sleeps.borrow_mut().push(ms);
            self.now.set(self.now.get() + ms);
            if let Some(f) = self.on_sleep.borrow().as_ref() {
                f()
            }
        }
        fn wake(&self) {
            self.wakes.set(self.wakes.get() + 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::twins::*;
    use super::*;
    use crate::service::run_ready;
    use serde_json::json;
    use std::collections::VecDeque;

    const ABOUT: &str = r#"{"version": ["1.0.3"]}"#;

    fn statement(id: &str, who: &str) -> Queued {
        Queued {
            v: 1,
            id: id.into(),
            queued_at: 0.0,
            statement: json!({"id": id, "actor": {"mbox": format!("mailto:{who}@example.org")},
                "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"}, "object": {"id": format!("https://x.org/{id}")},
                "timestamp": "2026-12-05T10:00:00.000Z"}),
            endpoint: "https://lrs.example.org/xapi".into(),
            message: None,
        }
    }

    fn reply(status: u16, body: &str) -> Result<Reply, NoAnswer> {
        Ok(Reply {
            status,
            body: body.into(),
            ..Reply::default()
        })
    }

    fn posted_ids(req: &Request) -> Vec<String> {
        let v: Value = serde_json::from_str(req.body.as_deref().unwrap_or("[]")).unwrap();
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| s["id"].as_str().unwrap().to_string())
            .collect()
    }

    type D = Delivery<ScriptedLrs, MemoryOutbox, ManualClock>;

    fn delivery(ids: &[&str], lrs: ScriptedLrs) -> Rc<D> {
        let outbox = MemoryOutbox::default();
        outbox
            .waiting
            .borrow_mut()
            .extend(ids.iter().map(|id| statement(id, "ada")));
        let d = Rc::new(Delivery::new(outbox, ManualClock::default()));
        d.connect(Some(lrs));
        d
    }

    fn waiting(d: &D) -> Vec<String> {
        d.outbox
            .waiting
            .borrow()
            .iter()
            .map(|q| q.id.clone())
            .collect()
    }

    #[test]
    fn retry_after_is_clamped_and_nonsense_falls_back_to_the_backoff() {
        for (header, expected) in [
            ("0", xapi::RETRY_AFTER_MIN_MS),
            ("-5", 500.0), // the first backoff step (jitter 0)
            ("31536000", xapi::RETRY_AFTER_MAX_MS),
            ("Thu, 01 Jan 1970 00:00:00 GMT", xapi::RETRY_AFTER_MIN_MS),
            ("whenever", 500.0),
            ("7", 7000.0),
        ] {
            let mut answered = false;
            let lrs = ScriptedLrs::new(move |req| match req.resource {
                "about" => reply(200, ABOUT),
                _ if !answered => {
                    answered = true;
                    Ok(Reply {
                        status: 503,
                        retry_after: Some(header.into()),
                        ..Reply::default()
                    })
                }
                _ => reply(200, "[]"),
            });
            let d = delivery(&["a"], lrs);
            run_ready(d.flush());
            assert_eq!(
                *d.clock.sleeps.borrow(),
                vec![expected],
                "Retry-After: {header}"
            );
            assert!(waiting(&d).is_empty());
        }
    }

    #[test]
    fn an_unconfirmable_409_never_blocks_the_statements_behind_it() {
        // The LRS holds something under `a` and will not show it (403: a key that may write but not read).
        let lrs = ScriptedLrs::new(|req| match (req.method, req.resource) {
            (_, "about") => reply(200, ABOUT),
            ("POST", _) if posted_ids(req).contains(&"a".to_string()) => {
                reply(409, r#"{"message": "conflict"}"#)
            }
            ("POST", _) => reply(200, "[]"),
            ("GET", _) => reply(403, r#"{"message": "read access denied"}"#),
            _ => unreachable!(),
        });
        let d = delivery(&["a", "b", "c"], lrs);
        run_ready(d.flush());
        assert!(waiting(&d).is_empty(), "b and c delivered, a set aside");
        let aside = d.outbox.aside.borrow();
        assert_eq!(aside.len(), 1);
        assert_eq!(aside[0].id, "a");
        let msg = aside[0].message.as_deref().unwrap();
        assert!(msg.contains("HTTP 403: read access denied"), "{msg}");
        assert!(msg.contains("3 times"), "{msg}");
        let d_state = d.state();
        assert_eq!(d_state.error, None);
        // b and c went out before a was tried the second time.
        let log = d.connection().unwrap().log.borrow().clone();
        let first_b = log
            .iter()
            .position(|r| r.method == "POST" && posted_ids(r) == ["b"]);
        let gets: Vec<usize> = (0..log.len())
            .filter(|&i| log[i].method == "GET" && log[i].resource == "statements")
            .collect();
        assert_eq!(gets.len(), CONFIRM_TRIES as usize);
        assert!(first_b.unwrap() < gets[1]);
    }

    #[test]
    fn a_401_on_the_confirming_get_stops_like_any_refused_credential() {
        let lrs = ScriptedLrs::new(|req| match (req.method, req.resource) {
            (_, "about") => reply(200, ABOUT),
            ("POST", _) => reply(409, ""),
            _ => reply(401, ""),
        });
        let d = delivery(&["a", "b"], lrs);
        run_ready(d.flush());
        assert_eq!(d.state().error, Some(SyncError::Unauthorized));
        assert_eq!(waiting(&d), ["a", "b"], "nothing removed");
    }

    #[test]
    fn a_confirmed_409_is_delivered_and_a_different_one_set_aside() {
        let lrs = ScriptedLrs::new(|req| match (req.method, req.resource) {
            (_, "about") => reply(200, ABOUT),
            ("POST", _) => reply(409, ""),
            ("GET", _) => {
                let id = &req.query[0].1;
                let mut s = statement(id, "ada").statement;
                if id == "b" {
                    s["verb"]["id"] = json!("http://adlnet.gov/expapi/verbs/failed");
                }
                reply(200, &s.to_string())
            }
            _ => unreachable!(),
        });
        let d = delivery(&["a", "b"], lrs);
        run_ready(d.flush());
        assert!(waiting(&d).is_empty());
        let aside = d.outbox.aside.borrow();
        assert_eq!(
            aside.iter().map(|q| q.id.as_str()).collect::<Vec<_>>(),
            ["b"]
        );
        assert!(aside[0]
            .message
            .as_deref()
            .unwrap()
            .contains("different statement"));
    }

    #[test]
    fn refused_credentials_stop_and_keep_everything() {
        for status in [401, 403] {
            let lrs = ScriptedLrs::new(move |req| match req.resource {
                "about" => reply(200, ABOUT),
                _ => reply(status, ""),
            });
            let d = delivery(&["a", "b"], lrs);
            run_ready(d.flush());
            assert_eq!(d.state().error, Some(SyncError::Unauthorized));
            assert_eq!(waiting(&d), ["a", "b"]);
            assert!(d.clock.sleeps.borrow().is_empty(), "no retry loop");
        }
    }

    #[test]
    fn disconnecting_while_waiting_stops_the_flush_and_nothing_leaves_afterwards() {
        let lrs = ScriptedLrs::new(|req| match req.resource {
            "about" => reply(200, ABOUT),
            _ => reply(503, ""),
        });
        let log = lrs.log.clone();
        let cancelled = lrs.cancelled.clone();
        let d = delivery(&["a"], lrs);
        let weak = Rc::downgrade(&d);
        *d.clock.on_sleep.borrow_mut() = Some(Box::new(move || {
            if let Some(d) = weak.upgrade() {
                d.connect(None);
            }
        }));
        run_ready(d.flush());
        assert!(
            cancelled.get(),
            "the old connection's requests are cancelled"
        );
        let posts = log.borrow().iter().filter(|r| r.method == "POST").count();
        assert_eq!(posts, 1, "no request after the disconnect");
        assert_eq!(d.clock.sleeps.borrow().len(), 1);
        assert_eq!(waiting(&d), ["a"], "kept for the learner");
        assert!(!d.state().configured);
    }

    #[test]
    fn statements_of_another_learner_stay_in_the_outbox() {
        let lrs = ScriptedLrs::new(|req| match req.resource {
            "about" => reply(200, ABOUT),
            _ => {
                assert!(
                    !posted_ids(req).contains(&"bob1".to_string()),
                    "bob's statement sent as ada"
                );
                reply(200, "[]")
            }
        });
        let d = delivery(&[], lrs);
        d.outbox
            .waiting
            .borrow_mut()
            .extend([statement("bob1", "bob"), statement("a", "ada")]);
        run_ready(d.flush());
        assert_eq!(waiting(&d), ["bob1"]);
        assert!(d.outbox.aside.borrow().is_empty());
    }

    #[test]
    fn statements_made_for_another_lrs_stay_for_it_and_old_ones_go_to_their_learner() {
        let lrs = ScriptedLrs::new(|req| match req.resource {
            "about" => reply(200, ABOUT),
            _ => {
                assert!(
                    !posted_ids(req).contains(&"elsewhere".to_string()),
                    "a statement sent to an LRS it was not made for"
                );
                reply(200, "[]")
            }
        });
        let d = delivery(&[], lrs);
        let mut elsewhere = statement("elsewhere", "ada");
        elsewhere.endpoint = "https://other-lrs.example.org/xapi".into();
        let mut before = statement("before", "ada");
        before.endpoint = String::new();
        d.outbox
            .waiting
            .borrow_mut()
            .extend([elsewhere, before, statement("a", "ada")]);
        run_ready(d.flush());
        assert_eq!(waiting(&d), ["elsewhere"]);
        assert!(d.outbox.aside.borrow().is_empty());
    }

    #[test]
    fn batches_of_fifty_and_a_400_sets_one_aside() {
        let ids: Vec<String> = (0..120).map(|i| format!("s{i:03}")).collect();
        let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
        let lrs = ScriptedLrs::new(|req| match req.resource {
            "about" => reply(200, ABOUT),
            _ if posted_ids(req).contains(&"s077".to_string()) => {
                reply(400, r#"{"message": "bad"}"#)
            }
            _ => reply(200, "[]"),
        });
        let d = delivery(&refs, lrs);
        run_ready(d.flush());
        assert!(waiting(&d).is_empty());
        assert_eq!(d.outbox.aside.borrow()[0].id, "s077");
        let log = d.connection().unwrap().log.borrow().clone();
        assert!(log
            .iter()
            .all(|r| posted_ids(r).len() <= BATCH as usize || r.method != "POST"));
    }

    #[test]
    fn offline_stops_without_retrying_and_no_answer_waits() {
        let lrs = ScriptedLrs::new(|_| Err(NoAnswer));
        lrs.online.set(false);
        let d = delivery(&["a"], lrs);
        run_ready(d.flush());
        assert_eq!(d.state().error, Some(SyncError::Offline));
        assert!(d.clock.sleeps.borrow().is_empty());

        let mut n = 0;
        let lrs = ScriptedLrs::new(move |req| {
            n += 1;
            match (req.resource, n) {
                ("about", _) => reply(200, ABOUT),
                (_, 2 | 3) => Err(NoAnswer),
                _ => reply(200, "[]"),
            }
        });
        let d = delivery(&["a"], lrs);
        run_ready(d.flush());
        assert_eq!(
            *d.clock.sleeps.borrow(),
            vec![500.0, 1000.0],
            "backoff 0.5 s, 1 s (jitter 0)"
        );
        assert!(waiting(&d).is_empty());
    }

    /// What the scripted LRS answers to the next POST or `GET ?statementId=` (`about` is always answered).
    #[derive(Debug, Clone, Copy)]
    enum Ans {
        Status(u16),
        RetryAfter(u16, &'static str),
        Silent,
        /// To the GET: the statement as queued (the LRS holds ours).
        Same,
        /// To the GET: another statement under that id.
        Different,
    }

    struct Row {
        name: &'static str,
        answers: Vec<Ans>,
        /// Statement ids; those starting with `bob` are another learner's.
        queued: Vec<String>,
        /// What the LRS came to hold from us, in order: POSTs answered 2xx, and 409s it showed to be ours.
        arrived: Vec<String>,
        aside: Vec<String>,
        remaining: Vec<String>,
        error: Option<SyncError>,
        sleeps: Vec<f64>,
    }

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn fault_table() {
        use Ans::*;
        let sixty: Vec<String> = (0..60).map(|i| format!("s{i:02}")).collect();
        let rows = vec![
            Row {
                name: "200 for the batch",
                answers: vec![Status(200)],
                queued: ids(&["a", "b", "c"]),
                arrived: ids(&["a", "b", "c"]),
                aside: vec![],
                remaining: vec![],
                error: None,
                sleeps: vec![],
            },
            Row {
                name: "409 for the batch: singles; one held equal, one different",
                answers: vec![
                    Status(409),
                    Status(200),
                    Status(409),
                    Same,
                    Status(409),
                    Different,
                ],
                queued: ids(&["a", "b", "c"]),
                arrived: ids(&["a", "b"]),
                aside: ids(&["c"]),
                remaining: vec![],
                error: None,
                sleeps: vec![],
            },
            Row {
                name: "400 for the batch: singles; the bad one set aside",
                answers: vec![Status(400), Status(200), Status(400), Status(200)],
                queued: ids(&["a", "b", "c"]),
                arrived: ids(&["a", "c"]),
                aside: ids(&["b"]),
                remaining: vec![],
                error: None,
                sleeps: vec![],
            },
            Row {
                name: "413 for the batch: split into singles",
                answers: vec![Status(413), Status(200), Status(200), Status(200)],
                queued: ids(&["a", "b", "c"]),
                arrived: ids(&["a", "b", "c"]),
                aside: vec![],
                remaining: vec![],
                error: None,
                sleeps: vec![],
            },
            Row {
                name: "429 with Retry-After, then 200",
                answers: vec![RetryAfter(429, "7"), Status(200)],
                queued: ids(&["a", "b"]),
                arrived: ids(&["a", "b"]),
                aside: vec![],
                remaining: vec![],
                error: None,
                sleeps: vec![7000.0],
            },
            Row {
                name: "503, then 200",
                answers: vec![Status(503), Status(200)],
                queued: ids(&["a", "b"]),
                arrived: ids(&["a", "b"]),
                aside: vec![],
                remaining: vec![],
                error: None,
                sleeps: vec![500.0],
            },
            Row {
                name: "no answer, then 200",
                answers: vec![Silent, Status(200)],
                queued: ids(&["a", "b"]),
                arrived: ids(&["a", "b"]),
                aside: vec![],
                remaining: vec![],
                error: None,
                sleeps: vec![500.0],
            },
            Row {
                name: "401 stops",
                answers: vec![Status(401)],
                queued: ids(&["a", "b"]),
                arrived: vec![],
                aside: vec![],
                remaining: ids(&["a", "b"]),
                error: Some(SyncError::Unauthorized),
                sleeps: vec![],
            },
            Row {
                name: "403 on the POST stops",
                answers: vec![Status(403)],
                queued: ids(&["a", "b"]),
                arrived: vec![],
                aside: vec![],
                remaining: ids(&["a", "b"]),
                error: Some(SyncError::Unauthorized),
                sleeps: vec![],
            },
            Row {
                name: "60 statements: two batches",
                answers: vec![Status(200), Status(200)],
                queued: sixty.clone(),
                arrived: sixty,
                aside: vec![],
                remaining: vec![],
                error: None,
                sleeps: vec![],
            },
            Row {
                name: "another learner's statement stays",
                answers: vec![Status(200)],
                queued: ids(&["a", "bob1", "b"]),
                arrived: ids(&["a", "b"]),
                aside: vec![],
                remaining: ids(&["bob1"]),
                error: None,
                sleeps: vec![],
            },
        ];
        for row in rows {
            let name = row.name;
            let script = Rc::new(RefCell::new(VecDeque::from(row.answers)));
            let arrived = Rc::new(RefCell::new(Vec::<String>::new()));
            let (s, a) = (script.clone(), arrived.clone());
            let lrs = ScriptedLrs::new(move |req| {
                if req.resource == "about" {
                    return reply(200, ABOUT);
                }
                let next = s.borrow_mut().pop_front();
                let next = next
                    .unwrap_or_else(|| panic!("{name}: unscripted {} {:?}", req.method, req.query));
                match (req.method, next) {
                    ("POST", Status(code)) => {
                        if (200..300).contains(&code) {
                            a.borrow_mut().extend(posted_ids(req));
                        }
                        reply(code, "")
                    }
                    ("POST", RetryAfter(code, after)) => Ok(Reply {
                        status: code,
                        retry_after: Some(after.into()),
                        ..Reply::default()
                    }),
                    ("POST", Silent) => Err(NoAnswer),
                    ("GET", Same | Different) => {
                        let id = &req.query[0].1;
                        let mut held = statement(id, "ada").statement;
                        if matches!(next, Same) {
                            a.borrow_mut().push(id.clone());
                        } else {
                            held["verb"]["id"] = json!("http://adlnet.gov/expapi/verbs/failed");
                        }
                        reply(200, &held.to_string())
                    }
                    (method, next) => panic!("{name}: {next:?} scripted for a {method}"),
                }
            });
            let d = delivery(&[], lrs);
            d.outbox.waiting.borrow_mut().extend(
                row.queued
                    .iter()
                    .map(|id| statement(id, if id.starts_with("bob") { "bob" } else { "ada" })),
            );
            run_ready(d.flush());
            let arrived = arrived.borrow().clone();
            let once: BTreeSet<&String> = arrived.iter().collect();
            assert_eq!(
                once.len(),
                arrived.len(),
                "{name}: a statement arrived twice: {arrived:?}"
            );
            assert_eq!(arrived, row.arrived, "{name}: arrived");
            let aside: Vec<String> = d
                .outbox
                .aside
                .borrow()
                .iter()
                .map(|q| q.id.clone())
                .collect();
            assert_eq!(aside, row.aside, "{name}: set aside");
            assert_eq!(waiting(&d), row.remaining, "{name}: remaining");
            assert_eq!(d.state().error, row.error, "{name}: error");
            assert_eq!(*d.clock.sleeps.borrow(), row.sleeps, "{name}: waits");
            assert!(
                script.borrow().is_empty(),
                "{name}: answers left: {:?}",
                script.borrow()
            );
        }
    }
}
