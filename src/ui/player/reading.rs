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
    let (course_id, uid) = (course.id.clone(), unit_id.clone());
    // Reaching the end of the text completes the reading.
    end.on_load(move |el| {
        let on_seen = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let seen = entries.iter().any(|e| {
                e.unchecked_into::<web_sys::IntersectionObserverEntry>()
                    .is_intersecting()
            });
            if seen {
                progress.update(&course_id, |p| p.complete(&uid, now()));
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
            <div class="prose" lang=text.lang dir="auto" inner_html=html></div>
            <div node_ref=end class="reading-end" aria-hidden="true">{t("reading-end")}</div>
            <MarkDone course_id=course.id.clone() unit_id=unit_id/>
        </div>
    }
}
