//! A `cmi5` unit: a third-party cmi5 AU (or plain xAPI content) with the player as its LMS (docs/cmi5.md, "Playing
//! cmi5 content"). The AU runs in a frame sandboxed into an opaque origin, like an interactive page; its first
//! navigation goes to the service worker (`/.alliance-player/au`), which answers with the AU's page and a script
//! that carries the page's requests to its xAPI `endpoint` here, by message. They are answered by
//! `domain::cmi5_host`; the statements it accepts are stored and queued for the learner's LRS with the progress
//! they earn (online or not), the AU's `completed`/`passed`/`failed` giving the unit its state.

use std::sync::Arc;

use leptos::ev;
use leptos::html::Iframe;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::cmi5_host::{AuHost, AuRequest, Verdict, FETCH_PATH};
use crate::domain::package::Course;
use crate::domain::quiz::Outcome;
use crate::i18n::{t, t_args};
use crate::ui::state::{now, Progress};

/// Where the worker answers an AU's page, and the endpoint the AU is given (never fetched: its page's script
/// carries those requests here).
pub const AU_PAGE: &str = "/.alliance-player/au";
pub const ENDPOINT: &str = "/.alliance-player/xapi/";

#[component]
pub fn Cmi5Unit(
    course: Arc<Course>,
    unit_id: String,
    title: String,
    /// URL of the AU's page.
    src: String,
    height: u32,
    mastery_score: Option<f64>,
    launch_parameters: Option<String>,
) -> impl IntoView {
    let progress = Progress::expect();
    let langs = crate::ui::state::Languages::expect();
    let language = langs.studied_in(&course, &unit_id);
    let iri = course
        .unit(&unit_id)
        .map(|u| u.iri.clone())
        .unwrap_or_default();
    let origin = window().location().origin().unwrap_or_default();
    let endpoint = format!("{origin}{ENDPOINT}");
    let launch = crate::edge::cmi5::au_launch(
        &course.id,
        &unit_id,
        &iri,
        mastery_score,
        launch_parameters,
        vec![langs.ui.get_untracked()],
    );
    let page_url =
        web_sys::Url::new_with_base(&src, &window().location().href().unwrap_or_default())
            .map(|u| u.href())
            .unwrap_or_default();
    let address = {
        let q = web_sys::UrlSearchParams::new().expect("URLSearchParams");
        q.append("src", &page_url);
        q.append("endpoint", &endpoint);
        q.append(
            "fetch",
            &format!("{endpoint}{}", crate::domain::cmi5_host::FETCH_PATH),
        );
        q.append("actor", &launch.actor.to_string());
        q.append("registration", &launch.registration);
        q.append("activityId", &launch.activity_id);
        format!("{AU_PAGE}?{}", String::from(q.to_string()))
    };
    let host = StoredValue::new_local(AuHost::new(launch));
    let frame = NodeRef::<Iframe>::new();
    let course_for_messages = course.clone();
    let handle = window_event_listener(ev::message, move |e: web_sys::MessageEvent| {
        let Some(win) = super::interactive::from_frame(frame, &e) else {
            return;
        };
        let Some((id, req)) = request_of(&e.data(), &endpoint) else {
            return;
        };
        let mut answered = None;
        let mut launched = None;
        host.update_value(|h| {
            // §9.3.1: `launched` is recorded when the AU takes its token: a launch that really started (not a
            // frame the page drew and dropped).
            let starting = req.path == FETCH_PATH && !h.started();
            answered = Some(h.answer(&req, &mut crate::edge::cmi5::new_id));
            if starting && h.started() {
                launched = Some(h.launched(&crate::edge::cmi5::new_id(), now(), &page_url));
            }
        });
        let Some((reply, mut statements, verdicts)) = answered else {
            return;
        };
        if let Some(l) = launched {
            statements.insert(0, l);
        }
        if !statements.is_empty() {
            let unit = unit_id.clone();
            progress.record_with(
                &course_for_messages,
                &language,
                move |p| {
                    let mut happened = None;
                    for v in &verdicts {
                        happened = apply(p, &unit, v).or(happened);
                    }
                    happened
                },
                statements,
            );
        }
        let answer = js_sys::Object::new();
        let set = |k: &str, v: JsValue| {
            let _ = js_sys::Reflect::set(&answer, &k.into(), &v);
        };
        set("type", "alliance:xapi-answer".into());
        set("id", id);
        set("status", reply.status.into());
        set("body", reply.body.into());
        // The frame's origin is opaque: it can only be named `*`; the message goes to that frame's window alone.
        let _ = win.post_message(&answer, "*");
    });
    on_cleanup(move || handle.remove());
    // The AU's page must come from the worker (it adds the script that carries the AU's requests here). The worker
    // controls the page once it is installed; without one (a browser without service workers) the unit says so.
    let ready = LocalResource::new(|| async { crate::edge::offline::worker_ready(5000).await });
    let on_load = super::interactive::keep_sandboxed(frame);
    let title = t_args("interactive-title", &[("title", title.into())]);
    view! {
        <div class="interactive cmi5-unit">
            <Suspense>
                {move || ready.get().map(|ready| if ready {
                    view! {
                        <iframe
                            node_ref=frame
                            src=address.clone()
                            on:load=on_load
                            referrerpolicy="no-referrer"
                            title=title.clone()
                            data-testid="cmi5-frame"
                            style=format!("block-size: {height}px")
                        ></iframe>
                    }.into_any()
                } else {
                    view! { <p class="notice" role="note">{t("cmi5-unit-needs-worker")}</p> }.into_any()
                })}
            </Suspense>
        </div>
    }
}

/// The AU's verdict as the unit's progress: `completed` completes it, `passed`/`failed` are an attempt with the
/// AU's score (a pass is never undone).
fn apply(
    p: &mut crate::domain::progress::CourseProgress,
    unit: &str,
    v: &Verdict,
) -> Option<crate::domain::progress::Happened> {
    let attempt = |scaled: Option<f64>, passed: bool| Outcome {
        correct: vec![],
        scaled: scaled.unwrap_or(if passed { 1.0 } else { 0.0 }),
        raw: (scaled.unwrap_or(if passed { 1.0 } else { 0.0 }) * 100.0).round(),
        max: 100.0,
        passed,
    };
    match v {
        Verdict::Completed => p.complete(unit, now()),
        Verdict::Passed(s) => p.quiz_attempt(unit, &attempt(*s, true), now()),
        Verdict::Failed(s) => p.quiz_attempt(unit, &attempt(*s, false), now()),
    }
}

/// A request of the AU's page (`{type: "alliance:xapi", id, method, url, authorization, body}`) to `endpoint`.
fn request_of(data: &JsValue, endpoint: &str) -> Option<(JsValue, AuRequest)> {
    let get = |k: &str| js_sys::Reflect::get(data, &k.into()).ok();
    if get("type")?.as_string()? != "alliance:xapi" {
        return None;
    }
    let id = get("id")?;
    let url = web_sys::Url::new(&get("url")?.as_string()?).ok()?;
    let href = url.href();
    let rest = href.strip_prefix(endpoint)?;
    let path = rest.split(['?', '#']).next().unwrap_or("").to_string();
    let mut query = vec![];
    let entries = js_sys::try_iter(&url.search_params()).ok()??;
    for entry in entries {
        let pair: js_sys::Array = entry.ok()?.dyn_into().ok()?;
        query.push((pair.get(0).as_string()?, pair.get(1).as_string()?));
    }
    Some((
        id,
        AuRequest {
            method: get("method")?.as_string()?.to_ascii_uppercase(),
            path,
            query,
            authorization: get("authorization").and_then(|a| a.as_string()),
            body: get("body").and_then(|b| b.as_string()).unwrap_or_default(),
        },
    ))
}
