//! An interactive HTML5 page in `<iframe sandbox="allow-scripts">` (never allow-same-origin; a downloaded page gets
//! the same sandbox from the service worker's header, see below), from the player's origin or another. It completes the unit by posting
//! `{"type": "alliance:completed", "score"?}` and says how far the learner has got with `{"type": "alliance:progress",
//! "value"}` (`domain::progress::PageReport`); only messages whose source is this iframe are heard.

use leptos::ev;
use leptos::html::Iframe;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::domain::progress::PageReport;
use crate::i18n::{t, t_args};
use crate::ui::state::{now, Progress};

/// The report of the interactive protocol (docs/course-format.md) in `data`, if it is one.
pub fn page_report(data: &JsValue) -> Option<PageReport> {
    if !data.is_object() {
        return None;
    }
    let get = |k: &str| js_sys::Reflect::get(data, &JsValue::from_str(k)).ok();
    PageReport::read(
        get("type").and_then(|t| t.as_string()).as_deref(),
        get("score").and_then(|s| s.as_f64()),
        get("value").and_then(|v| v.as_f64()),
    )
}

/// The window of `frame` when `e` comes from it (course pages are heard only from their own frame), else `None`.
pub fn from_frame(frame: NodeRef<Iframe>, e: &web_sys::MessageEvent) -> Option<web_sys::Window> {
    let win = frame.get_untracked()?.content_window()?;
    let source: JsValue = e.source()?.into();
    js_sys::Object::is(&source, &win).then_some(win)
}

/// Keeps a course page's `frame` sandboxed: the attribute is set as soon as the frame is in the page (any later
/// navigation of it is sandboxed), and the returned `load` handler empties a frame that loaded in the player's
/// origin all the same (the worker did not answer its first navigation).
pub fn keep_sandboxed(frame: NodeRef<Iframe>) -> impl Fn(web_sys::Event) + Copy + 'static {
    Effect::new(move || {
        if let Some(iframe) = frame.get() {
            let _ = iframe.set_attribute("sandbox", "allow-scripts");
        }
    });
    move |_| {
        if let Some(iframe) = frame.get_untracked() {
            if iframe.content_document().is_some() && iframe.src() != "about:blank" {
                leptos::logging::error!(
                    "course page {} loaded in the player's origin: not shown",
                    iframe.src()
                );
                let _ = iframe.set_attribute("sandbox", "allow-scripts");
                iframe.set_src("about:blank");
            }
        }
    }
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
        if from_frame(frame, &e).is_none() {
            return;
        }
        if let Some(report) = page_report(&e.data()) {
            progress.record(&course, &language, |p| {
                p.page_report(&unit_id, report, now())
            });
        }
    });
    on_cleanup(move || handle.remove());
    // How the page reaches its frame. Normally `<iframe sandbox="allow-scripts" src>`: an opaque origin whatever the
    // server sends. A page of a downloaded course must come from the service worker, but a worker never sees the
    // navigation of a frame sandboxed by its attribute, and a `srcdoc`/`blob:` page would inherit the player's CSP (no
    // inline script). So when the course is downloaded and the worker controls this page, the frame's first
    // navigation goes without the attribute, to the worker, which answers every course file with
    // `Content-Security-Policy: sandbox allow-scripts` — the same opaque origin and flags as the attribute. The
    // attribute is set as soon as the frame is in the page, so any later navigation of the frame is sandboxed by it
    // too, and a frame that loads same-origin all the same (the worker did not answer) is emptied at once.
    // A page of another origin is no navigation of the worker's: offline it is asked at the player's own address
    // (`offline::worker_page`); online it comes from its host, where its own files are.
    let via_worker = LocalResource::new({
        let src = src.clone();
        move || {
            let src = src.clone();
            async move {
                let controlled = window().navigator().service_worker().controller().is_some();
                if !controlled {
                    return None;
                }
                let here = window().location();
                let url = web_sys::Url::new_with_base(&src, &here.href().ok()?).ok()?;
                crate::edge::offline::downloaded_text(&url.href()).await?;
                if Some(url.origin()) == here.origin().ok() {
                    Some(src)
                } else {
                    (!window().navigator().on_line())
                        .then(|| crate::domain::offline::worker_page(&url.href()))
                }
            }
        }
    });
    let on_load = keep_sandboxed(frame);
    let title = t_args("interactive-title", &[("title", title.into())]);
    view! {
        <div class="interactive">
            <p class="hint">{t("interactive-hint")}</p>
            <Suspense>
                {move || via_worker.get().map(|via_worker| {
                    let sandbox = via_worker.is_none().then_some("allow-scripts");
                    view! {
                        <iframe
                            node_ref=frame
                            src=via_worker.unwrap_or_else(|| src.clone())
                            sandbox=sandbox
                            on:load=on_load
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
