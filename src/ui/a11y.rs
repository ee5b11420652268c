//! What every screen does for keyboard and screen-reader users when it is shown: the document's title names it
//! (WCAG 2.4.2), focus moves to its heading — the first element marked `data-heading` in `<main>` — so reading
//! starts at the new content and not on a control that is gone, and a short announcement goes to the page's one
//! polite live region (`#announcer`). Until the learner first goes to another address, the page keeps the browser's
//! own start (top of the page, skip link first; a screen drawn again in place changes nothing); a frame that does
//! not have focus never takes it from its host page.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::t;

thread_local! {
    /// The address the page was opened at, until the learner has gone elsewhere (then `None`).
    static OPENED_AT: RefCell<Option<Option<String>>> = const { RefCell::new(None) };
}

/// Whether the learner has moved from the address the page was opened at (remembered from the first call).
fn navigated() -> bool {
    let here = window().location().pathname().ok();
    OPENED_AT.with(|opened| {
        let mut opened = opened.borrow_mut();
        match opened.as_ref() {
            None => {
                *opened = Some(here);
                false
            }
            Some(Some(first)) if Some(first) == here.as_ref() => false,
            Some(_) => {
                // Once moved, every screen takes focus (coming back to the first address too).
                *opened = Some(None);
                true
            }
        }
    })
}

/// The live region every announcement goes to; rendered once by the app, outside the screens it rebuilds.
#[component]
pub fn Announcer() -> impl IntoView {
    view! { <div id="announcer" class="visually-hidden" role="status" aria-live="polite" data-testid="announcer"></div> }
}

/// A screen has been shown: `title` (most specific first) becomes the document's title, then, once the frame showing
/// the screen has been painted (focusing forces a style update, which must not delay that frame), its heading takes
/// focus and `announcement` is spoken.
pub fn screen_shown(title: &[String], announcement: Option<String>) {
    let mut parts: Vec<String> = title.iter().filter(|p| !p.is_empty()).cloned().collect();
    parts.push(t("app-title"));
    document().set_title(&parts.join(" · "));
    // After the screen is in the page, before anything is painted: never two catalogues, never none.
    queue_microtask(|| first_screen_done(0));
    after_paint(move || {
        let doc = document();
        // (Checked once drawn: by then the router has written the new address.)
        if !navigated() || !doc.has_focus().unwrap_or(false) {
            return;
        }
        let first = doc.query_selector("main [data-heading]").ok().flatten();
        if let Some(heading) = first.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = heading.focus_with_options(&options);
        }
        if let Some(text) = announcement {
            announce(text);
        }
    });
}

/// The app has drawn a screen without a heading of its own (an error): the first screen written into the page gives
/// way to it.
pub fn app_drawn() {
    queue_microtask(|| first_screen_done(30));
}

/// The app's first screen is drawn: the first screen written into `index.html` (`alliance-pack prerender`), if
/// still there, gives way to it in the same frame; a search typed into it carries over, and so does its focus.
fn first_screen_done(frames: u32) {
    let doc = document();
    let Some(first) = doc.get_element_by_id("first-screen") else {
        return;
    };
    // Not drawn yet (the screen's view is inserted after this turn): at the next frame, before it is painted (for
    // at most half a second: a screen that never shows its heading must not stay hidden).
    if frames < 30
        && doc
            .query_selector("body > main [data-heading]")
            .ok()
            .flatten()
            .is_none()
    {
        request_animation_frame(move || first_screen_done(frames + 1));
        return;
    }
    let search = |root: &str| {
        doc.query_selector(&format!("{root} input[type=search]"))
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    };
    let typed = search("#first-screen");
    let had_focus = typed.as_ref().is_some_and(|t| {
        doc.active_element()
            .is_some_and(|a| js_sys::Object::is(&a, t))
    });
    first.remove();
    if let Some(el) = doc.document_element() {
        let _ = el.remove_attribute("data-app");
    }
    let (Some(typed), Some(live)) = (typed, search("main")) else {
        return;
    };
    if !typed.value().is_empty() && live.value().is_empty() {
        live.set_value(&typed.value());
        if let Ok(event) = web_sys::Event::new_with_event_init_dict("input", &{
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            init
        }) {
            let _ = live.dispatch_event(&event);
        }
    }
    if had_focus {
        let _ = live.focus();
    }
}

/// Moves focus to the first element matching `selector` once the frame showing it has been painted (for a control
/// that replaced the one that had focus, such as a quiz's result).
pub fn focus_after_paint(selector: impl Into<String>) {
    let selector = selector.into();
    after_paint(move || {
        if let Some(el) = document()
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// Runs `f` after the next frame has been painted (a task queued from the frame's animation callback).
fn after_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}

/// Says `text` through the live region (emptied first, so the same words said twice are heard twice).
pub fn announce(text: String) {
    let Some(region) = document().get_element_by_id("announcer") else {
        return;
    };
    region.set_text_content(None);
    set_timeout(
        move || region.set_text_content(Some(&text)),
        std::time::Duration::from_millis(50),
    );
}
