//! Delivery to the learner's LRS, as the learner sees it: the sync status in the header (always visible) and the
//! settings page (the LRS connection, what waits, what was refused); also the question a launch for another learner
//! asks. The status and the question are in the `sync_status` split chunk, loaded right after the first screen; the
//! settings page is the `settings_screen` chunk.

use leptos::prelude::*;
use serde_json::json;

use crate::domain::xapi::Learner;
use crate::edge::launch;
use crate::edge::lrs::{self, LrsConfig};
use crate::edge::store::idb::Queued;
use crate::edge::sync::{self, SyncError, SyncState};
use crate::i18n::{t, t_args};
use crate::ui::state::{page_lived, Progress};

thread_local! {
    /// The page's one sync state, shared by the status and the settings page (it lives as long as the page:
    /// the header is rebuilt on a language switch, the state is not).
    static STATE: std::cell::OnceCell<RwSignal<SyncState>> = const { std::cell::OnceCell::new() };
}

/// The sync state as the learner is told it: the learning events that happened but are not yet stored count as
/// waiting (a save commits a moment after the learner sees the unit done; nothing is "delivered" before that).
fn shown_state(progress: Progress) -> Signal<SyncState> {
    let state = sync_state();
    Signal::derive(move || {
        let mut s = state.get();
        s.pending += progress.unsaved.get();
        s
    })
}

fn sync_state() -> RwSignal<SyncState> {
    let (state, new) = STATE.with(|cell| {
        let new = cell.get().is_none();
        let state = *cell.get_or_init(|| page_lived(|| RwSignal::new(SyncState::default())));
        (state, new)
    });
    if new {
        sync::watch(move |s| state.set(s));
    }
    state
}

thread_local! {
    /// A launch waiting for the learner's answer (see `edge::launch`); lives as long as the page.
    static QUESTION: std::cell::OnceCell<RwSignal<Option<launch::Question>>> = const { std::cell::OnceCell::new() };
}

/// A launch for another LRS or another learner than the current connection: nothing changes until the learner
/// chooses (docs/security.md §2).
#[component]
pub fn LaunchPrompt() -> impl IntoView {
    let question = QUESTION.with(|cell| {
        *cell.get_or_init(|| {
            let q = page_lived(|| RwSignal::new(launch::question()));
            launch::on_question(move || q.set(launch::question()));
            q
        })
    });
    let answer = move |switch: bool| {
        question.set(None);
        leptos::task::spawn_local(async move {
            let _ = launch::answer(switch).await;
        });
    };
    view! {
        <Show when=move || question.with(Option::is_some)>
            <div class="update-banner launch-prompt" data-testid="launch-confirm" role="alert">
                <span>{move || question.get().map(|q| t_args(
                    if q.other_learner { "launch-other-learner" } else { "launch-other" },
                    &[
                        ("endpoint", q.endpoint.into()), ("who", q.who.into()),
                        ("current", q.current.into()), ("current_who", q.current_who.into()),
                    ],
                ))}</span>
                <button type="button" class="button primary" data-testid="launch-switch" on:click=move |_| answer(true)>
                    {move || t(if question.with(|q| q.as_ref().is_some_and(|q| q.other_learner)) {
                        "launch-switch-learner"
                    } else {
                        "launch-switch"
                    })}
                </button>
                <button type="button" class="button" data-testid="launch-keep" on:click=move |_| answer(false)>
                    {t("launch-keep")}
                </button>
            </div>
        </Show>
    }
}

/// A date and time in the interface language (`27 Nov 2026, 14:05`).
fn date_time(ms: f64) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    js_sys::Date::new(&ms.into())
        .to_locale_string(&crate::i18n::locale(), &options)
        .into()
}

/// The current problem, in the learner's words.
fn error_text(e: &SyncError) -> String {
    match e {
        SyncError::Offline => t("sync-error-offline"),
        SyncError::Unreachable => t("sync-error-unreachable"),
        SyncError::Server(status) => t_args(
            "sync-error-server",
            &[("status", status.to_string().into())],
        ),
        SyncError::Unauthorized => t("sync-error-unauthorized"),
        SyncError::NotFound => t("sync-error-not-found"),
        SyncError::Version(d) => t_args("sync-error-version", &[("detail", d.clone().into())]),
        SyncError::Storage(e) => t_args("sync-error-storage", &[("detail", e.to_string().into())]),
    }
}

/// `ok` (all delivered), `pending`, `error` (waiting on a problem), `checking` (the outbox not counted yet: nothing
/// is said delivered before it is known) or `off` (no LRS).
fn state_name(s: &SyncState) -> &'static str {
    if !s.configured {
        "off"
    } else if s.error.is_some() {
        "error"
    } else if s.pending > 0 {
        "pending"
    } else if !s.counted {
        "checking"
    } else {
        "ok"
    }
}

/// The header's sync status: how many records wait, the current problem, a link to the settings. Starts the
/// flusher: now, when the network returns, and after every save that queued statements.
#[component]
pub fn SyncStatus() -> impl IntoView {
    let progress = Progress::expect();
    let state = shown_state(progress);
    // A cmi5 session (docs/cmi5.md): its mode, "Exit" back to the LMS; a launch that failed, said here.
    let session = RwSignal::new(None::<crate::domain::cmi5::Session>);
    let launch_failed = RwSignal::new(None::<String>);
    let langs = crate::ui::state::Languages::expect();
    leptos::task::spawn_local(async move {
        let _ = launch::settle().await;
        session.set(crate::edge::cmi5::session());
        launch_failed.set(launch::error());
        if let Some(wanted) = crate::edge::cmi5::take_languages() {
            apply_preferred(langs, &wanted).await;
        }
        sync::refresh_counts().await;
        sync::flush_all();
    });
    let leaving = window_event_listener(leptos::ev::pagehide, move |_| {
        if let Some((course, terminated)) = crate::edge::cmi5::leaving() {
            progress.record_with(&course, "", |_| None, vec![terminated]);
        }
    });
    on_cleanup(move || leaving.remove());
    let online = window_event_listener(leptos::ev::online, |_| sync::flush_all());
    let offline = window_event_listener(leptos::ev::offline, move |_| {
        sync_state().update(|s| s.error = Some(SyncError::Offline))
    });
    on_cleanup(move || {
        online.remove();
        offline.remove();
    });
    // Every save: the course's progress goes to the LRS's State too (for the learner's other devices).
    let cache = crate::ui::state::CourseCache::expect();
    Effect::new(move |_| {
        let Some(course_id) = progress.saved.get() else {
            return;
        };
        let Some(course) = cache.get(&course_id) else {
            return;
        };
        let id = course_id.clone();
        sync::push_state_soon(
            course,
            move || progress.course_untracked(&id),
            move |merged| progress.merge_in(&course_id, merged),
        );
    });
    // A save that queued statements: deliver them (and count them). Without an LRS nothing was queued.
    Effect::new(move |prev: Option<u32>| {
        let n = progress.recorded.get();
        if prev.is_some_and(|p| p != n) && crate::edge::lrs::config().is_some() {
            leptos::task::spawn_local(async {
                sync::refresh_counts().await;
                sync::flush_soon();
            });
        }
        n
    });
    let label = move || {
        let s = state.get();
        match (state_name(&s), &s.error) {
            ("off", _) => t("sync-off"),
            ("checking", _) => t("loading"),
            (_, Some(e)) if s.pending > 0 => format!(
                "{} · {}",
                t_args("sync-pending", &[("count", s.pending.into())]),
                short_error(e)
            ),
            (_, Some(e)) => short_error(e),
            ("pending", _) => t_args("sync-pending", &[("count", s.pending.into())]),
            _ => t("sync-done"),
        }
    };
    // The live region stays in place while its text changes (a region inserted with its text is often not read).
    view! {
        <Cmi5Bar session launch_failed/>
        <span role="status" class="sync-status-region">
        <a
            href="/settings"
            class="sync-status"
            data-testid="sync-status"
            data-pending=move || state.with(|s| s.pending.to_string())
            data-state=move || state.with(state_name)
            title=move || state.with(|s| s.error.as_ref().map(error_text).unwrap_or_default())
        >
            {label}
        </a>
        </span>
    }
}

/// The learner's languages from their cmi5 preferences (§11): the first the interface speaks becomes the
/// interface language; the first one, when the interface cannot speak it, the course language (course text
/// otherwise follows the interface, as always).
async fn apply_preferred(langs: crate::ui::state::Languages, wanted: &[String]) {
    use crate::domain::lang::base;
    let locale = crate::i18n::with_locales(|l| l.negotiate(wanted));
    if wanted.iter().any(|w| base(w) == base(&locale)) {
        langs.switch_ui(locale.clone()).await;
    }
    if let Some(first) = wanted.first().filter(|f| base(f) != base(&locale)) {
        langs.set_content(Some(first.clone()));
    }
}

/// A cmi5 session's bar: a launch for no credit says so, an ended session says how to go on, and "Exit" ends the
/// session and returns to the LMS (`returnURL`). A launch that failed says why, on every screen.
#[component]
fn Cmi5Bar(
    session: RwSignal<Option<crate::domain::cmi5::Session>>,
    launch_failed: RwSignal<Option<String>>,
) -> impl IntoView {
    use crate::domain::cmi5::LaunchMode;
    let exiting = RwSignal::new(false);
    let exit = move |_| {
        exiting.set(true);
        leptos::task::spawn_local(async move {
            if let Err(e) = crate::edge::cmi5::exit().await {
                web_sys::console::warn_1(&e.into());
            }
            session.set(crate::edge::cmi5::session());
            exiting.set(false);
        });
    };
    view! {
        {move || launch_failed.get().map(|d| view! {
            <p class="notice error cmi5-notice" role="alert" data-testid="launch-failed">
                {t_args("settings-lrs-launch-failed", &[("detail", d.into())])}
            </p>
        })}
        {move || session.get().map(|s| {
            let note = if s.ended {
                Some(t("cmi5-ended"))
            } else {
                match s.launch.launch_mode {
                    LaunchMode::Normal => None,
                    LaunchMode::Browse => Some(t("cmi5-browse")),
                    LaunchMode::Review => Some(t("cmi5-review")),
                }
            };
            view! {
                {note.map(|n| view! { <span class="cmi5-notice" data-testid="cmi5-mode">{n}</span> })}
                {s.launch.return_url.is_some().then(|| view! {
                    <button type="button" class="cmi5-exit" data-testid="exit" on:click=exit disabled=move || exiting.get()>
                        {move || if exiting.get() { t("cmi5-exiting") } else { t("cmi5-exit") }}
                    </button>
                })}
            }
        })}
    }
}

fn short_error(e: &SyncError) -> String {
    // The full sentence is on the settings page and in the title; the header says it in few words.
    let full = error_text(e);
    full.split_inclusive(['.', '。', '।', '۔', '።'])
        .next()
        .unwrap_or(&full)
        .trim()
        .to_string()
}

/// The settings page: the LRS connection, and the delivery state in full.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let state = shown_state(Progress::expect());
    crate::ui::a11y::screen_shown(&[t("settings-heading")], None);
    let config = RwSignal::new(lrs::config());
    let refused = LocalResource::new(move || {
        state.with(|s| s.set_aside);
        sync::set_aside()
    });
    // Signing out with records waiting asks first: keep them for the next connection, or discard them.
    let signout = RwSignal::new(None::<u32>);
    let signout_error = RwSignal::new(None::<String>);
    let sign_out = move |discard: bool| async move {
        signout.set(None);
        config.set(None);
        if let Err(e) = sync::sign_out(discard).await {
            signout_error.set(Some(e.to_string()));
        }
    };
    view! {
        <section class="settings" data-testid="settings">
            <h1 tabindex="-1" data-heading="">{t("settings-heading")}</h1>
            <h2>{t("settings-lrs-heading")}</h2>
            <div data-testid="sync-detail" class="sync-detail" aria-live="polite">
                {move || {
                    let s = state.get();
                    let mut lines = vec![];
                    if !s.configured {
                        lines.push(t("sync-off-detail"));
                    } else if s.pending > 0 {
                        lines.push(t_args("sync-pending", &[("count", s.pending.into())]));
                    } else if !s.counted {
                        lines.push(t("loading"));
                    } else {
                        lines.push(t("sync-done"));
                    }
                    if let Some(at) = s.last_delivery {
                        lines.push(t_args("sync-last-delivery", &[("date", date_time(at).into())]));
                    }
                    if let Some(e) = &s.error {
                        lines.push(error_text(e));
                    }
                    lines.into_iter().map(|l| view! { <p>{l}</p> }).collect_view()
                }}
            </div>
            {move || config.get().map(|c| {
                let who = c.learner.actor.get("name").and_then(|n| n.as_str()).map(str::to_string)
                    .or_else(|| c.learner.actor.get("mbox").and_then(|m| m.as_str()).map(|m| m.trim_start_matches("mailto:").to_string()))
                    .unwrap_or_default();
                view! {
                    <p data-testid="lrs-connected">{t_args("settings-lrs-connected", &[("endpoint", c.endpoint.clone().into()), ("who", who.into())])}</p>
                    <button type="button" class="button" data-testid="lrs-disconnect" on:click=move |_| {
                        leptos::task::spawn_local(async move {
                            match sync::waiting_for_current().await {
                                0 => sign_out(false).await,
                                n => signout.set(Some(n)),
                            }
                        });
                    }>{t("settings-lrs-disconnect")}</button>
                }
            })}
            {move || signout.get().map(|n| view! {
                <div class="signout-ask" role="group" aria-labelledby="signout-ask">
                    <p id="signout-ask">{t_args("signout-ask", &[("count", n.into())])}</p>
                    <button type="button" class="button" data-testid="signout-keep"
                        on:click=move |_| leptos::task::spawn_local(sign_out(false))>
                        {t_args("signout-keep", &[("count", n.into())])}
                    </button>
                    <button type="button" class="button danger" data-testid="signout-discard"
                        on:click=move |_| leptos::task::spawn_local(sign_out(true))>
                        {t_args("signout-discard", &[("count", n.into())])}
                    </button>
                    <button type="button" class="button" data-testid="signout-cancel" on:click=move |_| signout.set(None)>
                        {t("learner-cancel")}
                    </button>
                </div>
            })}
            {move || signout_error.get().map(|d| view! {
                <p class="notice error" role="alert">{t_args("sync-error-storage", &[("detail", d.into())])}</p>
            })}
            {move || config.get().is_none().then(|| view! { <LrsForm config/> })}
            <crate::ui::settings::CourseSources/>
            <h2>{t("data-saver")}</h2>
            <label class="field inline checkbox">
                <input type="checkbox" data-testid="data-saver" prop:checked=crate::edge::settings::data_saver()
                    on:change=move |ev| crate::edge::settings::set_data_saver(event_target_checked(&ev))/>
                <span>{t("data-saver-help")}</span>
            </label>
            <h2>{t("media-subtitles")}</h2>
            <label class="field inline checkbox">
                <input type="checkbox" data-testid="captions-always" prop:checked=crate::edge::settings::captions() == Some(true)
                    on:change=move |ev| crate::edge::settings::set_captions(event_target_checked(&ev).then_some(true))/>
                <span>{t("captions-always")}</span>
            </label>
            <crate::ui::settings::CaptionStyleSettings/>
            <Suspense>
                {move || Suspend::new(async move {
                    let refused = refused.await;
                    (!refused.is_empty()).then(|| view! { <Refused items=refused/> })
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn Refused(items: Vec<Queued>) -> impl IntoView {
    view! {
        <div class="set-aside" data-testid="set-aside">
            <h2>{t_args("sync-set-aside", &[("count", (items.len() as u32).into())])}</h2>
            <p>{t("sync-set-aside-detail")}</p>
            <ul>
                {items.into_iter().map(|q| {
                    let what = format!(
                        "{} — {}",
                        q.statement["verb"]["display"]["en-US"].as_str().unwrap_or_default(),
                        q.statement["object"]["id"].as_str().unwrap_or_default()
                    );
                    view! {
                        <li data-statement-id=q.id.clone()>
                            <span dir="auto">{what}</span>
                            <br/>
                            <code dir="ltr">{q.message.unwrap_or_default()}</code>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}

/// Base64 of `text` (for Basic credentials; `btoa` takes Latin-1 only, so UTF-8 bytes go through it).
fn base64(text: &str) -> String {
    let latin1: String = text.bytes().map(char::from).collect();
    web_sys::window()
        .and_then(|w| w.btoa(&latin1).ok())
        .unwrap_or_default()
}

#[component]
fn LrsForm(config: RwSignal<Option<LrsConfig>>) -> impl IntoView {
    let (endpoint, key, secret, token, name, email) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let problem = RwSignal::new(None::<String>);
    let submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let e = endpoint.get_untracked().trim().to_string();
        if !(e.starts_with("https://") || e.starts_with("http://")) {
            return problem.set(Some(t("settings-lrs-invalid-endpoint")));
        }
        let mail = email.get_untracked().trim().to_string();
        if !mail.contains('@') {
            return problem.set(Some(t("settings-lrs-invalid-email")));
        }
        let tok = token.get_untracked().trim().to_string();
        let authorization = if tok.is_empty() {
            format!(
                "Basic {}",
                base64(&format!(
                    "{}:{}",
                    key.get_untracked().trim(),
                    secret.get_untracked()
                ))
            )
        } else {
            format!("Bearer {tok}")
        };
        let mut actor = json!({ "objectType": "Agent", "mbox": format!("mailto:{mail}") });
        let n = name.get_untracked().trim().to_string();
        if !n.is_empty() {
            actor["name"] = json!(n);
        }
        let c = LrsConfig {
            endpoint: e.trim_end_matches('/').to_string(),
            authorization,
            learner: Learner {
                actor,
                registration: None,
            },
            activity_id: None,
            cmi5: None,
        };
        lrs::set_config(Some(&c));
        problem.set(None);
        config.set(Some(c));
        sync::reconfigured();
    };
    let field = move |id: &'static str,
                      label: &'static str,
                      kind: &'static str,
                      value: RwSignal<String>,
                      auto: &'static str| {
        view! {
            <label for=id>{t(label)}</label>
            <input id=id name=id type=kind autocomplete=auto dir="ltr"
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))/>
        }
    };
    view! {
        <form class="lrs-form" data-testid="lrs-form" novalidate=true on:submit=submit>
            <p>{t("settings-lrs-intro")}</p>
            {field("lrs-endpoint", "settings-lrs-endpoint", "url", endpoint, "url")}
            {field("lrs-key", "settings-lrs-key", "text", key, "username")}
            {field("lrs-secret", "settings-lrs-secret", "password", secret, "current-password")}
            {field("lrs-token", "settings-lrs-token", "password", token, "off")}
            {field("lrs-name", "settings-lrs-name", "text", name, "name")}
            {field("lrs-email", "settings-lrs-email", "email", email, "email")}
            {move || problem.get().map(|p| view! { <p class="notice error" role="alert">{p}</p> })}
            <button type="submit" class="button" data-testid="lrs-connect">{t("settings-lrs-connect")}</button>
        </form>
    }
}
