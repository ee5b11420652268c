//! A reading: Markdown rendered without raw HTML; completed when the end of the text comes into view or with
//! "Mark as done".

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;

use super::mark_done::MarkDone;
use crate::domain::lang::Localized;
use crate::domain::markdown::render;
use crate::domain::package::Course;
use crate::i18n::t;
use crate::ui::state::{now, Languages, Progress};

#[component]
pub fn ReadingUnit(
    /// The course (for its default language and the base of relative links).
    course: Arc<Course>,
    /// The unit being read.
    unit_id: String,
    /// The Markdown text in each language.
    body: Localized,
) -> impl IntoView {
    let prefs = Languages::expect();
    let progress = Progress::expect();
    let text = prefs.pick(&body, &course.default_language);
    let html = render(&text.text, &course.url);
    let end = NodeRef::<Div>::new();
    let prose = NodeRef::<Div>::new();
    // The reading position: how far down the text the top of the window is (0–1), kept while scrolling and
    // restored when the learner comes back.
    let fraction = move |el: &web_sys::HtmlElement| {
        let rect = el.get_bounding_client_rect();
        let height = rect.height();
        (height > 0.0).then(|| (-rect.top() / height).clamp(0.0, 1.0))
    };
    let saved = progress.course(&course.id).unit(&unit_id).position;
    prose.on_load(move |el| {
        let el: web_sys::HtmlElement = el.unchecked_into();
        if saved > 0.02 && saved < 1.0 {
            if let Some(w) = web_sys::window() {
                let top = el.get_bounding_client_rect().top() + w.scroll_y().unwrap_or(0.0);
                w.scroll_to_with_x_and_y(0.0, top + saved * el.offset_height() as f64);
            }
        }
    });
    let (c0, u0) = (course.id.clone(), unit_id.clone());
    let last_saved = StoredValue::new(0.0f64);
    let on_scroll = window_event_listener(leptos::ev::scroll, move |_| {
        let Some(el) = prose.get_untracked() else {
            return;
        };
        let el: web_sys::HtmlElement = el.unchecked_into();
        let t = now();
        // At most twice a second.
        if t - last_saved.get_value() < 500.0 {
            return;
        }
        last_saved.set_value(t);
        if let Some(f) = fraction(&el) {
            progress.update(&c0, |p| p.set_position(&u0, f, t));
        }
    });
    on_cleanup(move || on_scroll.remove());
    let (c1, uid) = (course.clone(), unit_id.clone());
    let language = Languages::expect().studied_in(&course, &unit_id);
    // Reaching the end of the text completes the reading.
    end.on_load(move |el| {
        let on_seen = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let seen = entries.iter().any(|e| {
                e.unchecked_into::<web_sys::IntersectionObserverEntry>()
                    .is_intersecting()
            });
            if seen {
                progress.record(&c1, &language, |p| p.complete(&uid, now()));
            }
        });
        if let Ok(observer) = web_sys::IntersectionObserver::new(on_seen.as_ref().unchecked_ref()) {
            observer.observe(&el);
            let keep = SendWrapper::new((observer, on_seen));
            on_cleanup(move || keep.take().0.disconnect());
        }
    });
    view! {
        <div class="reading">
            <div node_ref=prose class="prose" lang=text.lang dir="auto" inner_html=html></div>
            <div node_ref=end class="reading-end" aria-hidden="true">{t("reading-end")}</div>
            <MarkDone course=course.clone() unit_id=unit_id/>
        </div>
    }
}
