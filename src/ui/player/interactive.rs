//! An interactive HTML5 page in `<iframe sandbox="allow-scripts">` (never allow-same-origin). It completes the
//! unit by posting `{"type": "alliance:completed"}`; only messages whose source is this iframe are heard.

use leptos::ev;
use leptos::html::Iframe;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::i18n::{t, t_args};
use crate::ui::state::{now, Progress};

/// The completion message of the interactive protocol (docs/course-format.md), if `data` is one.
pub fn is_completion(data: &JsValue) -> bool {
    js_sys::Reflect::get(data, &JsValue::from_str("type"))
        .ok()
        .and_then(|t| t.as_string())
        .is_some_and(|t| t == "alliance:completed")
}

#[component]
pub fn InteractiveUnit(
    /// The course of the unit.
    course: std::sync::Arc<crate::domain::package::Course>,
    /// The unit shown.
    unit_id: String,
    /// The unit title, for the frame's accessible name.
    title: String,
    /// URL of the HTML page.
    src: String,
    /// Height of the frame in CSS pixels.
    height: u32,
) -> impl IntoView {
    let progress = Progress::expect();
    let language = crate::ui::state::Languages::expect().studied_in(&course, &unit_id);
    let frame = NodeRef::<Iframe>::new();
    let handle = window_event_listener(ev::message, move |e: web_sys::MessageEvent| {
        let Some(iframe) = frame.get_untracked() else {
            return;
        };
        let ours = match (e.source(), iframe.content_window()) {
            (Some(source), Some(win)) => js_sys::Object::is(&source, &win),
            _ => false,
        };
        if ours && is_completion(&e.data()) {
            progress.record(&course, &language, |p| p.complete(&unit_id, now()));
        }
    });
    on_cleanup(move || handle.remove());
    // A page of a downloaded course is given to the frame as its document (`srcdoc`, with a `<base>`): a service
    // worker may not answer a sandboxed frame's navigation, so `src` would fail offline.
    let downloaded = LocalResource::new({
        let src = src.clone();
        move || {
            let src = src.clone();
            async move {
                let absolute = web_sys::Url::new_with_base(&src, &window().location().href().ok()?)
                    .ok()?
                    .href();
                let html = crate::edge::offline::downloaded_text(&absolute).await?;
                Some(crate::domain::offline::with_base(&html, &absolute))
            }
        }
    });
    let title = t_args("interactive-title", &[("title", title.into())]);
    view! {
        <div class="interactive">
            <p class="hint">{t("interactive-hint")}</p>
            <Suspense>
                {move || downloaded.get().map(|doc| {
                    let (src, doc) = match doc {
                        Some(doc) => (None, Some(doc)),
                        None => (Some(src.clone()), None),
                    };
                    view! {
                        <iframe
                            node_ref=frame
                            src=src
                            srcdoc=doc
                            sandbox="allow-scripts"
                            referrerpolicy="no-referrer"
                            title=title.clone()
                            style=format!("block-size: {height}px")
                        ></iframe>
                    }
                })}
            </Suspense>
        </div>
    }
}
