//! A launch in the address the page was opened with (docs/security.md §2). [`take_from_address`] runs first in
//! `main`, before the router starts: it reads the launch parameters, removes them from the address at once (so no
//! token stays in the address bar or in session history, and no navigation can drop them), and keeps them in
//! memory (checked by `domain::launch` when the launch is carried out: that code stays out of the first load). Nothing else ever reads launch parameters: a link inside a course that carries them changes
//! nothing.
//!
//! [`settle`] carries the launch out, once, whoever asks first (the course page, which resumes from the LRS, or
//! the sync status): the token is fetched once (cmi5 `fetch`), and the connection is kept for the tab's session.
//! A launch is for the device's learner bound to its actor (`domain::learner`), or a new one: it never writes into
//! another learner's record. When that learner is not the one using this page, the page starts again for them (the
//! launch kept for the tab meanwhile, in `sessionStorage`); unless the page's learner is still nobody's (no name, no
//! connection), the learner is asked first. A launch for another LRS than the learner's current connection is
//! asked about too ([`question`], [`answer`]); until the answer nothing changes.

use std::cell::RefCell;

use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::launch::{self, Credentials, Decision, LaunchRequest};
use crate::domain::xapi::Learner;
use crate::edge::lrs::{self, LrsConfig};

/// The longest token answer read (cmi5's is `{"auth-token": "…"}`).
const MAX_TOKEN_ANSWER: usize = 16 * 1024;

type Raw = Vec<(&'static str, String)>;

/// The `sessionStorage` key of a launch carried over a restart for its learner.
const CARRIED: &str = "alliance-player.launch";

enum Taken {
    Nothing,
    /// The parameters as they were in the address, not checked yet (checking is left to the first `settle`, so
    /// its code stays out of the first load).
    Pending(Vec<(&'static str, String)>),
    /// Being carried out (the token is on its way); later callers wait.
    Running,
    /// For another LRS or learner: waiting for the learner's answer (with the raw parameters, kept if the page
    /// starts again for another learner, and that learner's id if they are on the device already).
    Asking(LaunchRequest, Raw, Option<String>),
    Done,
}

thread_local! {
    static TAKEN: RefCell<Taken> = const { RefCell::new(Taken::Nothing) };
    /// Why the launch did not work, if it did not (shown on the settings page).
    static ERROR: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Callers of `settle` waiting for a running launch.
    static WAITING: RefCell<Vec<js_sys::Function>> = const { RefCell::new(Vec::new()) };
    /// Told when a question appears or is answered.
    static ON_QUESTION: RefCell<Option<Box<dyn Fn()>>> = const { RefCell::new(None) };
    /// The page the launch opened (its address without the launch parameters: an embedded player's `lang`, `host`
    /// and look stay): where the page starts again for the launch's learner.
    static LAUNCH_PATH: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Reads the launch parameters from the page's address, removes them from it, and keeps the launch for
/// [`settle`]. Call once, first, before the router reads the address.
pub fn take_from_address() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return;
    };
    if !launch::PARAMS.iter().any(|p| params.has(p)) {
        take_carried();
        return;
    }
    let raw: Vec<(&'static str, String)> = launch::PARAMS
        .iter()
        .filter_map(|&p| params.get(p).map(|v| (p, v)))
        .collect();
    for p in launch::PARAMS {
        params.delete(p);
    }
    let rest = String::from(params.to_string());
    let clean = format!(
        "{}{}{}{}",
        location.pathname().unwrap_or_default(),
        if rest.is_empty() { "" } else { "?" },
        rest,
        location.hash().unwrap_or_default()
    );
    LAUNCH_PATH.with(|p| *p.borrow_mut() = Some(clean.clone()));
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&clean));
    }
    TAKEN.with(|t| *t.borrow_mut() = Taken::Pending(raw));
}

/// A launch the page was started again with, for its learner (see [`restart_for`]).
fn take_carried() {
    let Some(s) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) else {
        return;
    };
    let Some(query) = s.get_item(CARRIED).ok().flatten() else {
        return;
    };
    let _ = s.remove_item(CARRIED);
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&query) else {
        return;
    };
    let raw: Raw = launch::PARAMS
        .iter()
        .filter_map(|&p| params.get(p).map(|v| (p, v)))
        .collect();
    if !raw.is_empty() {
        // The page was started again at the launch's page (`restart_for`): that is the launch's path.
        let location = web_sys::window().map(|w| w.location());
        if let Some(l) = location {
            let path = format!(
                "{}{}",
                l.pathname().unwrap_or_default(),
                l.search().unwrap_or_default()
            );
            LAUNCH_PATH.with(|p| *p.borrow_mut() = Some(path));
        }
        TAKEN.with(|t| *t.borrow_mut() = Taken::Pending(raw));
    }
}

/// Starts the page again for learner `id` (added first when `None`), carrying the launch over.
fn restart_for(request: &LaunchRequest, raw: &Raw, id: Option<String>) -> Result<bool, String> {
    let id = match id {
        Some(id) => id,
        None => {
            let identity = launch::identity(&request.actor).unwrap_or_default();
            crate::edge::learners::for_launch(&identity, &request.actor)
                .ok_or("this device has no room for another learner: remove one first")?
                .0
        }
    };
    if let (Some(s), Ok(params)) = (
        web_sys::window().and_then(|w| w.session_storage().ok().flatten()),
        web_sys::UrlSearchParams::new(),
    ) {
        for (k, v) in raw {
            params.append(k, v);
        }
        let _ = s.set_item(CARRIED, &String::from(params.to_string()));
    }
    // The launch's page, not the one shown now (the current learner's page may have moved on, to where they left off).
    let here = LAUNCH_PATH
        .with(|p| p.borrow().clone())
        .or_else(|| {
            let l = web_sys::window()?.location();
            Some(format!("{}{}", l.pathname().ok()?, l.search().ok()?))
        })
        .unwrap_or_else(|| "/".into());
    crate::edge::learners::switch_for_launch(&id, &here);
    Ok(false)
}

/// Starts the page again at once when the launch in its address is for another learner of the device than this
/// page's, and nobody need be asked (`launch::decide` says `Restart`): before the app mounts, so nothing else is
/// started (or cut off mid-download) on a page about to go. `true` when the page is being started again; any other
/// case is left to [`settle`].
pub fn restart_early() -> bool {
    let raw = TAKEN.with(|t| match &*t.borrow() {
        Taken::Pending(raw) => Some(raw.clone()),
        _ => None,
    });
    let Some(raw) = raw else {
        return false;
    };
    let Ok(Some(request)) =
        launch::parse(|k| raw.iter().find(|(p, _)| *p == k).map(|(_, v)| v.clone()))
    else {
        return false;
    };
    let current = lrs::config();
    let decision = launch::decide(
        &crate::edge::learners::roster(),
        &crate::edge::learners::id(),
        current
            .as_ref()
            .map(|c| (c.endpoint.as_str(), &c.learner.actor)),
        &request,
    );
    match decision {
        Decision::Restart(theirs) => {
            let restarting = restart_for(&request, &raw, theirs).is_ok();
            if restarting {
                TAKEN.with(|t| *t.borrow_mut() = Taken::Done);
            }
            restarting
        }
        _ => false,
    }
}

/// Whether the page's address held a launch not looked at yet.
pub fn pending() -> bool {
    TAKEN.with(|t| matches!(*t.borrow(), Taken::Pending(_)))
}

/// Why the launch in the page's address failed, if it did.
pub fn error() -> Option<String> {
    ERROR.with(|e| e.borrow().clone())
}

/// Carries out the launch taken from the address, if there is one and it is not done yet; waits for one under
/// way. `Ok(true)` when this call connected the player; `Ok(false)` when there was nothing to do or the learner is
/// being asked; `Err` says why it failed (also kept for [`error`]).
pub async fn settle() -> Result<bool, String> {
    let request = TAKEN.with(|t| {
        let mut t = t.borrow_mut();
        match std::mem::replace(&mut *t, Taken::Done) {
            Taken::Pending(r) => {
                *t = Taken::Running;
                Some(r)
            }
            other => {
                *t = other;
                None
            }
        }
    });
    let Some(raw) = request else {
        if TAKEN.with(|t| matches!(*t.borrow(), Taken::Running)) {
            wait_for_running().await;
        }
        return Ok(false);
    };
    let request = match launch::parse(|k| raw.iter().find(|(p, _)| *p == k).map(|(_, v)| v.clone()))
    {
        Ok(Some(r)) => r,
        Ok(None) => {
            TAKEN.with(|t| *t.borrow_mut() = Taken::Done);
            release_waiting();
            return Ok(false);
        }
        Err(e) => {
            let e = e.to_string();
            ERROR.with(|x| *x.borrow_mut() = Some(e.clone()));
            TAKEN.with(|t| *t.borrow_mut() = Taken::Done);
            release_waiting();
            return Err(e);
        }
    };
    // Whose launch is it? The learner bound to its actor, or a new one.
    let me = crate::edge::learners::id();
    let current = lrs::config();
    let decision = launch::decide(
        &crate::edge::learners::roster(),
        &me,
        current
            .as_ref()
            .map(|c| (c.endpoint.as_str(), &c.learner.actor)),
        &request,
    );
    match decision {
        Decision::Connect => {}
        Decision::Restart(theirs) => {
            let result = restart_for(&request, &raw, theirs);
            TAKEN.with(|t| *t.borrow_mut() = Taken::Done);
            release_waiting();
            return result;
        }
        Decision::Ask { learner, .. } => {
            TAKEN.with(|t| *t.borrow_mut() = Taken::Asking(request, raw, learner));
            release_waiting();
            ON_QUESTION.with(|f| f.borrow().as_ref().map(|f| f()));
            return Ok(false);
        }
    }
    let result = carry_out(request).await;
    TAKEN.with(|t| *t.borrow_mut() = Taken::Done);
    release_waiting();
    result
}

/// A launch waiting for the learner, as the learner is asked.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// The LRS and learner the launch would connect to.
    pub endpoint: String,
    pub who: String,
    /// The current connection's (empty without one).
    pub current: String,
    /// Who is using the player now: the connection's learner, else the learner's name on this device.
    pub current_who: String,
    /// Whether answering "switch" starts the player for another learner of the device.
    pub other_learner: bool,
}

/// A launch waiting for the learner, if there is one.
pub fn question() -> Option<Question> {
    let current = lrs::config();
    TAKEN.with(|t| match &*t.borrow() {
        Taken::Asking(r, _, theirs) => {
            let me = crate::edge::learners::current();
            Some(Question {
                endpoint: r.endpoint.clone(),
                who: who(&r.actor),
                current: current
                    .as_ref()
                    .map(|c| c.endpoint.clone())
                    .unwrap_or_default(),
                current_who: current
                    .map(|c| who(&c.learner.actor))
                    .filter(|w| !w.is_empty())
                    .unwrap_or(me.name.clone()),
                other_learner: theirs.as_deref() != Some(me.id.as_str()),
            })
        }
        _ => None,
    })
}

/// Calls `f` when a question appears (one listener: the sync status).
pub fn on_question(f: impl Fn() + 'static) {
    ON_QUESTION.with(|q| *q.borrow_mut() = Some(Box::new(f)));
}

/// The learner's answer to [`question`]: `true` connects as the launch says, `false` keeps the current connection
/// and forgets the launch.
pub async fn answer(switch: bool) -> Result<bool, String> {
    let request = TAKEN.with(|t| {
        let mut t = t.borrow_mut();
        match std::mem::replace(&mut *t, Taken::Done) {
            Taken::Asking(r, raw, theirs) => Some((r, raw, theirs)),
            other => {
                *t = other;
                None
            }
        }
    });
    let me = crate::edge::learners::id();
    match request {
        Some((r, raw, theirs)) if switch && theirs.as_deref() != Some(me.as_str()) => {
            restart_for(&r, &raw, theirs)
        }
        Some((r, _, _)) if switch => carry_out(r).await,
        _ => Ok(false),
    }
}

/// The name (or address) of an actor, for the learner to recognise.
fn who(actor: &Value) -> String {
    actor
        .get("name")
        .and_then(Value::as_str)
        .map(str::to_string)
        .or_else(|| launch::identity(actor))
        .unwrap_or_default()
        .trim_start_matches("mailto:")
        .chars()
        .take(100)
        .collect()
}

async fn carry_out(request: LaunchRequest) -> Result<bool, String> {
    let result = connect(request).await;
    match &result {
        Ok(_) => {
            ERROR.with(|e| *e.borrow_mut() = None);
            crate::edge::sync::reconfigured();
        }
        Err(e) => ERROR.with(|x| *x.borrow_mut() = Some(e.clone())),
    }
    result
}

async fn connect(request: LaunchRequest) -> Result<bool, String> {
    let authorization = match &request.credentials {
        Credentials::Fetch(url) => format!("Basic {}", fetch_token(url).await?),
        Credentials::Auth(auth) => auth.clone(),
    };
    let cmi5_launch = matches!(request.credentials, Credentials::Fetch(_));
    let mut config = LrsConfig {
        endpoint: request.endpoint,
        authorization,
        learner: Learner {
            actor: request.actor,
            registration: request.registration,
        },
        activity_id: request.activity_id,
        cmi5: None,
    };
    // A cmi5 launch (a one-time token, a registration and the AU's activity): the session begins before the
    // connection is kept, so `initialized` is the session's first statement (§9.3.2) and nothing is sent for the
    // launch if it cannot begin.
    if let (true, Some(registration), Some(activity)) = (
        cmi5_launch,
        config.learner.registration.clone(),
        config.activity_id.clone(),
    ) {
        let path = LAUNCH_PATH.with(|p| p.borrow().clone()).unwrap_or_default();
        let scope = crate::domain::cmi5::Scope::of_path(&path).ok_or_else(|| {
            format!("the LMS launched the player at \"{path}\", which opens no course: its cmi5.xml must point at /course/<id>")
        })?;
        config.cmi5 =
            Some(crate::edge::cmi5::begin(&config, &activity, &registration, scope).await?);
    }
    lrs::set_session_config(&config);
    Ok(true)
}

/// cmi5's fetch URL: one POST, answered with `{"auth-token": "…"}` (or an error document).
async fn fetch_token(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_cache(web_sys::RequestCache::NoStore);
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| "the sign-in service could not be reached".to_string())?
        .unchecked_into();
    let body = JsFuture::from(
        response
            .text()
            .map_err(|_| "the sign-in service's answer")?,
    )
    .await
    .ok()
    .and_then(|t| t.as_string())
    .unwrap_or_default();
    if body.len() > MAX_TOKEN_ANSWER {
        return Err(format!(
            "the sign-in service's answer is larger than {MAX_TOKEN_ANSWER} bytes"
        ));
    }
    let doc = serde_json::from_str::<Value>(&body).unwrap_or(Value::Null);
    // cmi5 §8.2.3: an LMS answers 200 with an error document (`error-code`, `error-text`), e.g. "1" for a token
    // already given out.
    if let Some(code) = doc.get("error-code") {
        let code = code
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| code.to_string());
        let text = doc.get("error-text").and_then(Value::as_str).unwrap_or("");
        let why = match code.as_str() {
            "1" => {
                "this launch was used already or has expired: launch the course again from your LMS"
            }
            "2" => "the LMS refused the launch (security)",
            _ => "the LMS could not complete the launch",
        };
        return Err(format!(
            "{why} (error {}{})",
            code.chars().take(20).collect::<String>(),
            if text.is_empty() {
                String::new()
            } else {
                format!(": {}", text.chars().take(200).collect::<String>())
            }
        ));
    }
    if !response.ok() {
        let said = doc
            .get("error-text")
            .and_then(Value::as_str)
            .map(|t| format!(": {}", t.chars().take(200).collect::<String>()))
            .unwrap_or_default();
        return Err(format!(
            "the sign-in service answered HTTP {}{said}",
            response.status()
        ));
    }
    doc.get("auth-token")
        .and_then(Value::as_str)
        .filter(|t| !t.is_empty() && t.len() <= 4096 && !t.contains(['\r', '\n']))
        .map(str::to_string)
        .ok_or_else(|| "the sign-in service gave no auth-token".into())
}

async fn wait_for_running() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        WAITING.with(|w| w.borrow_mut().push(resolve));
    });
    let _ = JsFuture::from(promise).await;
}

fn release_waiting() {
    for resolve in WAITING.with(|w| std::mem::take(&mut *w.borrow_mut())) {
        let _ = resolve.call0(&JsValue::NULL);
    }
}
