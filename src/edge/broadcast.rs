//! Telling the player's other tabs that a course's progress changed (BroadcastChannel), so they merge it in.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

const CHANNEL: &str = "alliance-player-progress";

thread_local! {
    /// One channel per learner: a tab hears only of its own learner's progress.
    static CHANNEL_HANDLE: Option<web_sys::BroadcastChannel> =
        web_sys::BroadcastChannel::new(&format!("{CHANNEL}@{}", crate::edge::learners::id())).ok();
    static LISTENING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Announces that `course`'s stored progress changed.
pub fn announce(course: &str) {
    CHANNEL_HANDLE.with(|c| {
        if let Some(c) = c {
            let _ = c.post_message(&JsValue::from_str(course));
        }
    });
}

/// Calls `on_change(course)` whenever another tab announces a change, for the life of the page (the first
/// listener only: later calls do nothing).
pub fn listen(on_change: impl Fn(String) + 'static) {
    if LISTENING.with(|l| l.replace(true)) {
        return;
    }
    CHANNEL_HANDLE.with(|c| {
        if let Some(c) = c {
            let cb =
                Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                    if let Some(course) = e.data().as_string() {
                        on_change(course);
                    }
                });
            c.set_onmessage(Some(cb.as_ref().unchecked_ref()));
            // The listener lives as long as the page.
            cb.forget();
        }
    });
}
