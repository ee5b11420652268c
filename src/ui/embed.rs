//! The bridge to an embedding host page (the `embed` split chunk, loaded only when the player is framed): applies
//! the host's look, tells the host what happens (`ready`, `unit-changed`, `progress`, `completed`, `resize`,
//! `error`) and obeys its commands (`navigate`, `set-language`). Renders nothing.

use std::cell::Cell;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use serde_json::json;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::embed::Command;
use crate::domain::progress::Happened;
use crate::edge::embed;
use crate::ui::state::{CourseCache, Languages, Progress};

thread_local! {
    static READY: Cell<bool> = const { Cell::new(false) };
    static WATCHING: Cell<bool> = const { Cell::new(false) };
}

/// An id as course packages write them (letters, digits, `-`, `_`), so a command cannot smuggle a path in.
fn plain_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// `(course, unit)` of a player path.
fn course_and_unit(path: &str) -> (Option<String>, Option<String>) {
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    match parts.as_slice() {
        ["course", c] => (Some(c.to_string()), None),
        ["course", c, "unit", u] => (Some(c.to_string()), Some(u.to_string())),
        _ => (None, None),
    }
}

/// Page-long observers: the document's height (for `resize`) and error views appearing (for `error`).
fn watch_page() {
    if WATCHING.with(|w| w.replace(true)) {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // The content's height, not the frame's: the body's box (the document's would never shrink below the frame).
    let height = || {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
            .map_or(0, |b| b.get_bounding_client_rect().height().ceil() as i32)
    };
    let last = Cell::new(-1);
    let on_resize = Closure::<dyn Fn()>::new(move || {
        let h = height();
        if h != last.replace(h) {
            embed::post("resize", json!({ "height": h }));
        }
    });
    if let (Ok(observer), Some(body)) = (
        web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()),
        document.body(),
    ) {
        observer.observe(&body);
        std::mem::forget(observer);
    }
    on_resize.forget();
    let on_change = Closure::<dyn Fn()>::new(move || {
        let error = web_sys::window().and_then(|w| w.document()).and_then(|d| {
            d.query_selector("[data-testid=error]:not([data-reported])")
                .ok()
                .flatten()
        });
        if let Some(e) = error {
            let _ = e.set_attribute("data-reported", "");
            let text = e.text_content().unwrap_or_default();
            embed::post("error", json!({ "message": text.trim() }));
        }
    });
    if let (Ok(observer), Some(body)) = (
        web_sys::MutationObserver::new(on_change.as_ref().unchecked_ref()),
        document.body(),
    ) {
        let options = web_sys::MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(true);
        let _ = observer.observe_with_options(&body, &options);
        std::mem::forget(observer);
    }
    on_change.forget();
}

#[component]
pub fn EmbedBridge() -> impl IntoView {
    let cfg = embed::config();
    embed::apply_look(&cfg);
    watch_page();
    let location = use_location();
    let progress = Progress::expect();
    let cache = CourseCache::expect();
    let langs = Languages::expect();

    // Where the learner is.
    Effect::new(move |_| {
        let (course, unit) = course_and_unit(&location.pathname.get());
        embed::post("unit-changed", json!({ "course": course, "unit": unit }));
    });
    // How far the current course is.
    Effect::new(move |prev: Option<Option<(String, u64)>>| {
        let (course, unit) = course_and_unit(&location.pathname.get());
        let course = course?;
        // Tracked before the course is looked up: it is loaded (and its progress read) after the route changes.
        let p = progress.course(&course);
        let c = cache.get(&course)?;
        let done = p.completion(&c);
        let key = (course.clone(), (done * 1000.0).round() as u64);
        if prev.flatten().as_ref() != Some(&key) {
            embed::post(
                "progress",
                json!({ "course": course, "unit": unit, "completion": done }),
            );
        }
        Some(key)
    });
    // What the learner achieved — from now on: the bridge is rebuilt on a language switch, and the event it would
    // find on its first run was told already.
    Effect::new(move |first: Option<()>| {
        let latest = progress.happened.get();
        if first.is_none() {
            return;
        }
        let Some((course, happened)) = latest else {
            return;
        };
        let fields = match &happened {
            Happened::Completed(unit) => {
                json!({ "course": course, "unit": unit, "verb": "completed" })
            }
            Happened::Scored { unit, scaled } => {
                json!({ "course": course, "unit": unit, "verb": "completed", "score": scaled })
            }
            Happened::Attempted {
                unit,
                scaled,
                passed,
                ..
            } => json!({
                "course": course, "unit": unit, "verb": if *passed { "passed" } else { "failed" },
                "score": scaled, "success": passed,
            }),
        };
        embed::post("completed", fields);
    });

    let navigate = use_navigate();
    let listener = embed::listen(move |command| match command {
        Command::Navigate { course, unit } => {
            if !plain_id(&course) || unit.as_deref().is_some_and(|u| !plain_id(u)) {
                return;
            }
            let path = match unit {
                Some(u) => format!("/course/{course}/unit/{u}"),
                None => format!("/course/{course}"),
            };
            navigate(&path, Default::default());
        }
        Command::SetLanguage { lang: wanted } => {
            let locale = crate::i18n::with_locales(|l| l.negotiate(&[wanted]));
            leptos::task::spawn_local(async move { langs.switch_ui(locale).await });
        }
    });
    let listener = send_wrapper::SendWrapper::new(listener);
    on_cleanup(move || drop(listener));

    if !READY.with(|r| r.replace(true)) {
        let (course, unit) = course_and_unit(&location.pathname.get_untracked());
        embed::post(
            "ready",
            json!({ "course": course, "unit": unit, "lang": langs.ui.get_untracked() }),
        );
    }
}
