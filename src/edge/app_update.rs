//! The service worker (`/sw.js`, built by `scripts/build-sw.mjs`): registered once per page after the first screen,
//! and the one way a new version reaches the learner. A new worker waits until the learner chooses "Reload to
//! update"; the page then tells it to take over and reloads when it has. A page whose worker was replaced by another
//! tab's choice is told so too: its code is the old version, so it offers the same reload rather than go on half
//! updated.

use std::cell::Cell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const SCRIPT: &str = "/sw.js";

thread_local! {
    static REGISTERED: Cell<bool> = const { Cell::new(false) };
    static RELOADING: Cell<bool> = const { Cell::new(false) };
}

fn container() -> Option<web_sys::ServiceWorkerContainer> {
    super::navigator_member("serviceWorker")
}

/// Registers the service worker (once per page) and calls `update_ready` when a new version is installed and
/// waiting, or when another tab switched to it.
pub fn register(update_ready: impl Fn() + Clone + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    // Offline, the worker's script cannot be fetched: register when the network is back (the first time only:
    // `online` fires again each time the network returns).
    if !window.navigator().on_line() {
        let mut waiting = Some(update_ready);
        let again = Closure::<dyn FnMut()>::new(move || {
            if let Some(f) = waiting.take() {
                register(f);
            }
        });
        let _ = window.add_event_listener_with_callback("online", again.as_ref().unchecked_ref());
        again.forget();
        return;
    }
    if REGISTERED.with(|r| r.replace(true)) {
        return;
    }
    let Some(sw) = container() else {
        return;
    };
    let had_controller = sw.controller().is_some();
    let ready = update_ready.clone();
    let on_controller_change = Closure::<dyn Fn()>::new(move || {
        if RELOADING.with(Cell::get) {
            let _ = web_sys::window().map(|w| w.location().reload());
        } else if had_controller {
            ready();
        } else if let Some(w) = web_sys::window() {
            // The first install took this page: fetch the catalogue's files once more, now through the worker, so
            // it keeps a copy and the next visit opens on the catalogue with the network off.
            for url in crate::edge::catalog::read_here() {
                let _ = w.fetch_with_str(&url);
            }
        }
    });
    sw.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
    on_controller_change.forget();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = JsFuture::from(sw.register(SCRIPT)).await else {
            return;
        };
        let registration: web_sys::ServiceWorkerRegistration = registration.unchecked_into();
        // Only an update is news: the first install just makes the next visit work offline.
        if !had_controller {
            return;
        }
        // A new worker is news once installed: one waiting already, one installing now, or one found later.
        let watch = move |worker: web_sys::ServiceWorker| {
            if worker.state() == web_sys::ServiceWorkerState::Installed {
                update_ready();
                return;
            }
            let ready = update_ready.clone();
            let w = worker.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                if w.state() == web_sys::ServiceWorkerState::Installed {
                    ready();
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        };
        if let Some(worker) = registration.waiting().or_else(|| registration.installing()) {
            watch(worker);
        }
        let reg = registration.clone();
        let on_update_found = Closure::<dyn Fn()>::new(move || {
            if let Some(worker) = reg.installing() {
                watch(worker);
            }
        });
        registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
        on_update_found.forget();
        // Look for a new version whenever the learner comes back to the tab (browsers only look on navigations,
        // which a single-page app rarely makes).
        let on_visible = Closure::<dyn Fn()>::new(move || {
            let visible = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Visible);
            if visible {
                let _ = registration.update();
            }
        });
        if let Some(d) = web_sys::window().and_then(|w| w.document()) {
            let _ = d.add_event_listener_with_callback(
                "visibilitychange",
                on_visible.as_ref().unchecked_ref(),
            );
        }
        on_visible.forget();
    });
}

/// "Reload to update": the waiting worker takes over, then the page reloads (on `controllerchange`). Without a
/// waiting worker (another tab already switched) the page just reloads.
pub fn apply_update() {
    RELOADING.with(|r| r.set(true));
    let waiting = container().map(|sw| async move {
        let registration = JsFuture::from(sw.get_registration()).await.ok()?;
        let registration: web_sys::ServiceWorkerRegistration = registration.dyn_into().ok()?;
        registration.waiting()
    });
    wasm_bindgen_futures::spawn_local(async move {
        let worker = match waiting {
            Some(w) => w.await,
            None => None,
        };
        match worker {
            Some(worker) => {
                let message = js_sys::Object::new();
                let _ = js_sys::Reflect::set(
                    &message,
                    &"type".into(),
                    &JsValue::from_str("alliance-player:skip-waiting"),
                );
                let _ = worker.post_message(&message);
            }
            None => {
                let _ = web_sys::window().map(|w| w.location().reload());
            }
        }
    });
}
