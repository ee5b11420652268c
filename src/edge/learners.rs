//! The device's learners in `localStorage` (`alliance-player.learners`; the rules are `domain::learner`), and who
//! this page is for. A page serves one learner for its whole life: [`start`] reads the active learner before
//! anything else is read, every setting and record of the page is found under that learner's keys, and when another
//! tab makes someone else active this page reloads, so it never shows one learner's record to another.
//!
//! A learner with a PIN is asked for it when switching to them and once per tab session ([`locked`], [`unlock`]).

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::learner::{self, Learner, Roster, RosterError};

/// The `localStorage` key of the roster (device-wide).
pub const ROSTER_KEY: &str = "alliance-player.learners";
/// The `localStorage` key of the active learner as a page reads it at start, written with the roster:
/// `<id>␟<1 with a PIN, else 0>␟<name>` (reading the roster's JSON would put a parser into the first load).
pub const ACTIVE_KEY: &str = "alliance-player.learner";
/// The `sessionStorage` key naming the learner whose PIN was given in this tab.
const UNLOCKED_KEY: &str = "alliance-player.unlocked";

/// The learner this page is for, as read at start.
struct Page {
    id: String,
    name: String,
    pin: bool,
}

thread_local! {
    /// The learner this page is for (fixed at [`start`]).
    static PAGE: RefCell<Option<Page>> = const { RefCell::new(None) };
    static OWNER: RefCell<Option<String>> = const { RefCell::new(None) };
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// The roster as stored now (checked; a device without one has its first learner alone).
pub fn roster() -> Roster {
    local()
        .and_then(|s| s.get_item(ROSTER_KEY).ok().flatten())
        .map(|j| Roster::parse(&j))
        .unwrap_or_default()
}

fn save(roster: &Roster) -> Result<(), RosterError> {
    let json = serde_json::to_string(roster).unwrap_or_default();
    let active = roster.active();
    let line = format!(
        "{}\u{1f}{}\u{1f}{}",
        active.id,
        if active.pin.is_some() { 1 } else { 0 },
        active.name
    );
    match local().map(|s| (s.set_item(ROSTER_KEY, &json), s.set_item(ACTIVE_KEY, &line))) {
        Some((Ok(()), Ok(()))) => Ok(()),
        // Without storage the roster cannot outlive the page; the learner is told.
        _ => Err(RosterError::Unknown),
    }
}

/// Reads who this page is for; call first in `main` (settings are read per learner). A device without learners
/// (or a line that does not hold up) is its first learner's.
pub fn start() {
    let line = local()
        .and_then(|s| s.get_item(ACTIVE_KEY).ok().flatten())
        .unwrap_or_default();
    let mut parts = line.splitn(3, '\u{1f}');
    let page = match (parts.next(), parts.next(), parts.next()) {
        (Some(id), Some(pin), Some(name)) if learner::valid_id(id) => Page {
            id: id.to_string(),
            name: name.chars().take(learner::MAX_NAME_CHARS).collect(),
            pin: pin == "1",
        },
        _ => Page {
            id: learner::FIRST.to_string(),
            name: String::new(),
            pin: false,
        },
    };
    PAGE.with(|p| *p.borrow_mut() = Some(page));
}

fn page<T>(f: impl FnOnce(&Page) -> T) -> T {
    if PAGE.with(|p| p.borrow().is_none()) {
        start();
    }
    PAGE.with(|p| match p.borrow().as_ref() {
        Some(page) => f(page),
        None => unreachable!(),
    })
}

/// The id of the learner this page is for.
pub fn id() -> String {
    page(|p| p.id.clone())
}

/// The name of the learner this page is for (empty for an unnamed first learner).
pub fn name() -> String {
    page(|p| p.name.clone())
}

/// The learner this page is for, as the roster has them now.
pub fn current() -> Learner {
    let id = id();
    roster().get(&id).cloned().unwrap_or(Learner {
        id,
        name: String::new(),
        pin: None,
        actor: None,
    })
}

/// The key this page's records are kept under (`domain::learner::owner`): the learner, and the host page's origin
/// when the player is embedded.
pub fn owner() -> String {
    if let Some(o) = OWNER.with(|o| o.borrow().clone()) {
        return o;
    }
    let host = crate::edge::embed::framed()
        .then(|| crate::edge::embed::config().host)
        .flatten();
    let o = learner::owner(&id(), host.as_deref());
    OWNER.with(|x| *x.borrow_mut() = Some(o.clone()));
    o
}

/// Whether this page's learner has a PIN that was not given in this tab yet (then only the learner picker shows).
pub fn locked() -> bool {
    page(|me| {
        me.pin
            && session()
                .and_then(|s| s.get_item(UNLOCKED_KEY).ok().flatten())
                .as_deref()
                != Some(me.id.as_str())
    })
}

/// Opens this page's learner with their PIN for this tab's session.
pub fn unlock(pin: &str) -> Result<(), RosterError> {
    let me = id();
    roster().unlocks(&me, Some(pin))?;
    if let Some(s) = session() {
        let _ = s.set_item(UNLOCKED_KEY, &me);
    }
    Ok(())
}

/// Whether this page may change learner `id`: its own learner, or one without a PIN (a learner with a PIN is
/// renamed, given another PIN or removed only from their own page).
fn may_change(roster: &Roster, id: &str) -> Result<(), RosterError> {
    match roster.get(id) {
        None => Err(RosterError::Unknown),
        Some(l) if l.pin.is_some() && l.id != self::id() => Err(RosterError::WrongPin),
        Some(_) => Ok(()),
    }
}

fn random_u64() -> u64 {
    let hi = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    let lo = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    (hi << 32) | lo
}

/// Adds a learner (not switching to them); returns their id.
pub fn add(name: &str, pin: Option<&str>) -> Result<String, RosterError> {
    let mut r = roster();
    let id = r.add(name, pin, random_u64(), crate::i18n::lowercase)?;
    save(&r)?;
    Ok(id)
}

pub fn rename(id: &str, name: &str) -> Result<(), RosterError> {
    let mut r = roster();
    may_change(&r, id)?;
    r.rename(id, name, crate::i18n::lowercase)?;
    save(&r)?;
    // This page's learner is shown under their new name from now on.
    PAGE.with(|p| {
        if let Some(me) = p.borrow_mut().as_mut().filter(|me| me.id == id) {
            me.name = r.get(id).map(|l| l.name.clone()).unwrap_or_default();
        }
    });
    Ok(())
}

pub fn set_pin(id: &str, pin: Option<&str>) -> Result<(), RosterError> {
    let mut r = roster();
    may_change(&r, id)?;
    r.set_pin(id, pin)?;
    save(&r)?;
    if id == self::id() {
        if let Some(s) = session() {
            let _ = s.set_item(UNLOCKED_KEY, id);
        }
    }
    Ok(())
}

/// Makes `id` the learner using the player (their PIN, if they have one, must be given) and starts the player
/// again for them at `then` (every tab of the player follows).
pub fn switch_to(id: &str, pin: Option<&str>, then: &str) -> Result<(), RosterError> {
    let mut r = roster();
    r.switch(id, pin)?;
    activate(&r)?;
    restart(then);
    Ok(())
}

/// Keeps `r` (its active learner just chosen) and opens that learner for this tab's session.
fn activate(r: &Roster) -> Result<(), RosterError> {
    save(r)?;
    if let Some(s) = session() {
        let _ = s.set_item(UNLOCKED_KEY, &r.active);
    }
    Ok(())
}

/// Binds the LRS identity of a connection (settings or launch) to this page's learner.
pub fn bind_actor(identity: &str) {
    let mut r = roster();
    r.bind_actor(&id(), identity);
    let _ = save(&r);
}

/// The learner a launch for `identity` (with its `actor`) is for, added to the roster when new: `(id, added)`.
pub fn for_launch(identity: &str, actor: &serde_json::Value) -> Option<(String, bool)> {
    let mut r = roster();
    let found = r.for_launch(identity, actor, random_u64(), crate::i18n::lowercase)?;
    if found.1 {
        save(&r).ok()?;
    }
    Some(found)
}

/// Makes `id` active without a PIN (a launch picked them: the LMS signed them in) and starts again at `then`, in
/// place of the current history entry.
pub fn switch_for_launch(id: &str, then: &str) {
    let mut r = roster();
    if r.get(id).is_some() {
        r.active = id.to_string();
        let _ = activate(&r);
    }
    if let Some(w) = web_sys::window() {
        let _ = w.location().replace(then);
    }
}

/// Removes a learner and everything stored for them on this device: their settings and LRS connection, their
/// progress databases (also those of embedded players), their journal. Downloaded courses stay (they are shared).
/// Removing this page's learner starts the player again for the next one.
pub async fn remove(id: &str) -> Result<(), RosterError> {
    let mut r = roster();
    may_change(&r, id)?;
    r.remove(id)?;
    save(&r)?;
    forget_settings(id);
    crate::edge::store::idb::delete_learner(id).await;
    if id == self::id() {
        restart("/");
    }
    Ok(())
}

/// Removes the learner's settings from `localStorage` (the first learner's are the unprefixed ones).
fn forget_settings(id: &str) {
    let Some(s) = local() else {
        return;
    };
    let keys: Vec<String> = (0..s.length().unwrap_or(0))
        .filter_map(|i| s.key(i).ok().flatten())
        .collect();
    for key in keys {
        let Some(rest) = key.strip_prefix(crate::edge::settings::PREFIX) else {
            continue;
        };
        let mine = if id == learner::FIRST {
            // Unprefixed settings: no learner id before a dot (ids are `first` or `l` + hex digits).
            !rest
                .split_once('.')
                .is_some_and(|(head, _)| learner::valid_id(head))
                && !key.starts_with(ROSTER_KEY)
                && !key.starts_with("alliance-player.journal")
        } else {
            rest.starts_with(&format!("{id}."))
        };
        if mine {
            let _ = s.remove_item(&key);
        }
    }
}

/// Loads the player again at `path` (a clean page: nothing of the previous learner stays in memory).
fn restart(path: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().assign(path);
    }
}

/// Another tab made someone else active (or removed this page's learner): this page starts again for them.
/// Called once, when delivery starts (right after the first screen: this code stays out of the first load).
pub fn follow_other_tabs() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener = Closure::<dyn Fn(web_sys::StorageEvent)>::new(|e: web_sys::StorageEvent| {
        if e.key().as_deref() != Some(ROSTER_KEY) {
            return;
        }
        let now = roster();
        let mine = id();
        if now.active != mine || now.get(&mine).is_none() {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        }
    });
    let _ = window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    listener.forget(); // for the page's lifetime
}
