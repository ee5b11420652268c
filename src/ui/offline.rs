//! Offline, as the learner sees it: the header's offline indicator and the "new version is ready" banner (in the
//! `sync_status` chunk, which also registers the service worker), and the course's "Download for offline use"
//! panel (`DownloadCourse`, in the course chunk). Download state lives as long as the page, per course, so a
//! download goes on while the learner moves between units or switches language.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::offline::{self, Mismatch, OfflineFile};
use crate::domain::package::Course;
use crate::edge::app_update;
use crate::edge::offline::{self as store, OfflineError};
use crate::i18n::{format, t, t_args};
use crate::ui::state::{page_lived, CatalogCtx};

thread_local! {
    static ONLINE: std::cell::OnceCell<RwSignal<bool>> = const { std::cell::OnceCell::new() };
    static UPDATE_READY: std::cell::OnceCell<RwSignal<bool>> = const { std::cell::OnceCell::new() };
    static DOWNLOADS: RefCell<HashMap<String, Download>> = RefCell::new(HashMap::new());
}

/// Whether the browser says it is online (`navigator.onLine`, `online`/`offline` events), for the page's life.
pub fn online() -> RwSignal<bool> {
    ONLINE.with(|cell| {
        *cell.get_or_init(|| {
            page_lived(|| {
                let now = window().navigator().on_line();
                let online = RwSignal::new(now);
                let up = window_event_listener(leptos::ev::online, move |_| online.set(true));
                let down = window_event_listener(leptos::ev::offline, move |_| online.set(false));
                // Page-long listeners.
                std::mem::forget((up, down));
                online
            })
        })
    })
}

/// "Offline" in the header while the browser has no network (`data-testid="offline-indicator"`).
#[component]
pub fn OfflineIndicator() -> impl IntoView {
    let online = online();
    view! {
        <span class="offline-indicator" data-testid="offline-indicator" role="status"
            hidden=move || online.get() title=t("offline-indicator-detail")>
            {t("offline-indicator")}
        </span>
    }
}

/// Registers the service worker and, when a new version is waiting, offers "Reload to update"
/// (`data-testid="update-ready"`). The learner chooses when: never in the middle of a lesson by surprise.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let ready = UPDATE_READY.with(|cell| *cell.get_or_init(|| page_lived(|| RwSignal::new(false))));
    app_update::register(move || ready.set(true));
    view! {
        <Show when=move || ready.get()>
            <div class="update-banner" data-testid="update-ready" role="status">
                <span>{t("update-ready")}</span>
                <button type="button" class="button primary" on:click=|_| app_update::apply_update()>
                    {t("update-reload")}
                </button>
            </div>
        </Show>
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// What is stored has not been looked at yet.
    Unchecked,
    /// What is stored is being looked at (once per page: a second look could run while the first removes a
    /// changed file, and find it merely missing).
    Checking,
    Idle,
    Downloading,
    Complete,
}

/// One course's download, shared by every view of it.
#[derive(Clone, Copy)]
struct Download {
    phase: RwSignal<Phase>,
    /// Stored size of each planned file.
    stored: RwSignal<Vec<Option<u64>>>,
    /// The files under way and their bytes so far.
    partial: RwSignal<Vec<(usize, u64)>>,
    error: RwSignal<Option<String>>,
    abort: RwSignal<Option<SendAbort>>,
    /// Stored files found changed in the current manifest (removed; fetched again by the next download).
    changed: RwSignal<usize>,
}

#[derive(Clone)]
struct SendAbort(send_wrapper::SendWrapper<web_sys::AbortController>);

fn download_state(course_id: &str) -> Download {
    DOWNLOADS.with(|d| {
        *d.borrow_mut()
            .entry(course_id.to_string())
            .or_insert_with(|| {
                page_lived(|| Download {
                    phase: RwSignal::new(Phase::Unchecked),
                    stored: RwSignal::new(Vec::new()),
                    partial: RwSignal::new(Vec::new()),
                    error: RwSignal::new(None),
                    abort: RwSignal::new(None),
                    changed: RwSignal::new(0),
                })
            })
    })
}

fn failure_text(e: &OfflineError) -> String {
    let detail = match e {
        OfflineError::Quota => return t("download-quota"),
        OfflineError::Mismatch { file, mismatch } => {
            let (expected, got) = match mismatch {
                Mismatch::Size { expected, got } => (format::size(*expected), format::size(*got)),
                Mismatch::Digest { expected, got } => (
                    format!("SHA-256 {}…", &expected[..12]),
                    format!("{}…", &got[..12.min(got.len())]),
                ),
            };
            t_args(
                "download-file-mismatch",
                &[
                    ("file", file.clone().into()),
                    ("expected", expected.into()),
                    ("got", got.into()),
                ],
            )
        }
        OfflineError::NoCors(host) => t_args("download-no-cors", &[("host", host.clone().into())]),
        OfflineError::Fetch { file, detail } => t_args(
            "download-file-failed",
            &[
                ("file", file.clone().into()),
                ("detail", detail.clone().into()),
            ],
        ),
        other => other.to_string(),
    };
    t_args("download-failed", &[("detail", detail.into())])
}

/// "Download for offline use" for one course (`data-testid="download-course"`, `data-state` = `not-downloaded` |
/// `downloading` | `downloaded`; `data-changed` = stored files found changed in the manifest): the size first, then a progress bar in bytes and units, Cancel, Resume (only what
/// is missing), Remove, and the browser's storage figures.
#[component]
pub fn DownloadCourse(course: Arc<Course>) -> impl IntoView {
    let files: Arc<Vec<OfflineFile>> = Arc::new(offline::plan(&course));
    let unit_count = course.units().count();
    let catalog_size = CatalogCtx::expect()
        .0
        .get_untracked()
        .and_then(|s| {
            s.catalog
                .courses
                .iter()
                .find(|e| e.id == course.id)
                .map(|e| e.size)
        })
        .unwrap_or(0);
    let state = download_state(&course.id);
    let online = online();
    let storage = RwSignal::new(None::<(f64, f64)>);
    let persistent = RwSignal::new(false);
    let refresh_storage = move || {
        leptos::task::spawn_local(async move {
            storage.set(store::estimate().await);
            persistent.set(store::persisted().await);
        })
    };
    if state.phase.get_untracked() == Phase::Unchecked {
        state.phase.set(Phase::Checking);
        let (id, files) = (course.id.clone(), files.clone());
        leptos::task::spawn_local(async move {
            // Checked against this manifest: a file that changed since it was downloaded is removed, and the
            // course shows as not fully downloaded until it is fetched again.
            let found = store::stored(&id, &files).await;
            let all = found.sizes.iter().all(Option::is_some);
            state.stored.set(found.sizes);
            state.changed.set(found.changed);
            state.phase.set(if found.complete && all {
                Phase::Complete
            } else {
                Phase::Idle
            });
        });
    }
    refresh_storage();

    let progress = {
        let files = files.clone();
        Memo::new(move |_| {
            let stored = state.stored.get();
            if stored.len() != files.len() {
                return offline::Progress {
                    total_bytes: catalog_size,
                    total_units: unit_count,
                    ..Default::default()
                };
            }
            let partial = state.partial.with(|p| p.iter().map(|(_, n)| n).sum());
            offline::progress(&files, &stored, partial, unit_count, catalog_size)
        })
    };

    let start = {
        let (id, files) = (course.id.clone(), files.clone());
        move |_| {
            let Ok(controller) = web_sys::AbortController::new() else {
                return;
            };
            let signal = controller.signal();
            state
                .abort
                .set(Some(SendAbort(send_wrapper::SendWrapper::new(controller))));
            state.error.set(None);
            state.phase.set(Phase::Downloading);
            let (id, files) = (id.clone(), files.clone());
            leptos::task::spawn_local(async move {
                store::persist().await;
                let stored = state.stored.get_untracked();
                let result = store::download(
                    &id,
                    &files,
                    &stored,
                    &signal,
                    &|i, n| {
                        state
                            .partial
                            .update(|p| match p.iter_mut().find(|(f, _)| *f == i) {
                                Some(entry) => entry.1 = n,
                                None => p.push((i, n)),
                            })
                    },
                    &|i, size| {
                        state.partial.update(|p| p.retain(|(f, _)| *f != i));
                        state.stored.update(|s| {
                            if let Some(slot) = s.get_mut(i) {
                                *slot = Some(size);
                            }
                        });
                    },
                )
                .await;
                state.partial.set(Vec::new());
                state.abort.set(None);
                match result {
                    Ok(()) => {
                        state.changed.set(0);
                        state.phase.set(Phase::Complete);
                    }
                    Err(OfflineError::Cancelled) => state.phase.set(Phase::Idle),
                    Err(e) => {
                        state.error.set(Some(failure_text(&e)));
                        state.phase.set(Phase::Idle);
                    }
                }
                refresh_storage();
            });
        }
    };
    let cancel = move |_| {
        if let Some(SendAbort(c)) = state.abort.get_untracked() {
            c.abort();
        }
    };
    let remove = {
        let (id, len) = (course.id.clone(), files.len());
        move |_| {
            let id = id.clone();
            leptos::task::spawn_local(async move {
                match store::remove(&id).await {
                    Ok(()) => {
                        state.stored.set(vec![None; len]);
                        state.phase.set(Phase::Idle);
                    }
                    Err(e) => state.error.set(Some(e.to_string())),
                }
                refresh_storage();
            });
        }
    };

    // No state until what is stored has been looked at.
    let data_state = move || match state.phase.get() {
        Phase::Unchecked | Phase::Checking => None,
        Phase::Idle => Some("not-downloaded"),
        Phase::Downloading => Some("downloading"),
        Phase::Complete => Some("downloaded"),
    };
    let body = move || {
        let p = progress.get();
        match state.phase.get() {
            Phase::Unchecked | Phase::Checking => ().into_any(),
            Phase::Downloading => view! {
                <progress max=p.total_bytes.max(1).to_string() value=p.bytes.to_string() data-testid="download-progress"></progress>
                <p class="download-figures" aria-live="polite">{t_args("download-progress", &[
                    ("done", format::size(p.bytes).into()), ("total", format::size(p.total_bytes).into()),
                    ("units", p.units.into()), ("unitsTotal", p.total_units.into()),
                ])}</p>
                <button type="button" class="button" data-testid="download-cancel" on:click=cancel>{t("download-cancel")}</button>
            }.into_any(),
            Phase::Complete => view! {
                <p class="download-done">{t_args("download-done", &[("size", format::size(p.total_bytes).into())])}</p>
                <button type="button" class="button" data-testid="download-remove" on:click=remove.clone()>{t("download-remove")}</button>
            }.into_any(),
            Phase::Idle => {
                let partly = p.bytes > 0;
                let label = if partly {
                    t_args("download-resume", &[("size", format::size(p.total_bytes - p.bytes).into())])
                } else {
                    t_args("download-course", &[("size", format::size(p.total_bytes).into())])
                };
                view! {
                    {partly.then(|| view! { <p>{t_args("download-stored-partly", &[
                        ("done", format::size(p.bytes).into()), ("total", format::size(p.total_bytes).into()),
                    ])}</p> })}
                    {move || (!online.get()).then(|| view! { <p class="download-note">{t("download-needs-network")}</p> })}
                    <button type="button" class="button primary" data-testid="download-start"
                        disabled=move || !online.get() on:click=start.clone()>{label}</button>
                }.into_any()
            }
        }
    };
    view! {
        <section class="download" data-testid="download-course" data-state=data_state
            data-changed=move || state.changed.get().to_string()
            data-bytes=move || progress.get().bytes.to_string()
            data-total=move || progress.get().total_bytes.to_string()>
            <h2>{t("download-heading")}</h2>
            {body}
            {move || state.error.get().map(|e| view! { <p class="download-error" role="alert">{e}</p> })}
            {move || storage.get().map(|(used, quota)| view! {
                <p class="download-storage" data-testid="download-storage">
                    {t_args("download-storage", &[("used", format::size(used as u64).into()), ("available", format::size(quota as u64).into())])}
                    " "
                    {if persistent.get() { t("download-persistent") } else { t("download-not-persistent") }}
                </p>
            })}
        </section>
    }
}
