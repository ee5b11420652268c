//! `/transcript`: every course with stored progress and its percentage; every completed, passed or failed unit
//! with score, time spent and date; export as xAPI statements (JSON) or CSV; reset one course after a confirmation.

use std::sync::Arc;

use leptos::prelude::*;
use serde_json::json;

use crate::domain::package::{Catalog, Course};
use crate::domain::progress::{CourseProgress, UnitState};
use crate::domain::xapi;
use crate::edge::download::save_file;
use crate::i18n::{format, t, t_args};
use crate::ui::course::state_label;
use crate::ui::state::{CatalogCtx, CatalogPages, CourseCache, Languages, Progress};

/// The learner as an xAPI actor: the one of their LRS connection (the actor only: no credentials go into an
/// export), else an account on this site.
fn local_actor() -> serde_json::Value {
    if let Some(c) = crate::edge::lrs::config() {
        return c.learner.actor;
    }
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    json!({ "objectType": "Agent", "account": { "homePage": origin, "name": "local-learner" } })
}

async fn rows(
    progress: Progress,
    catalog: CatalogCtx,
    pages: CatalogPages,
    cache: CourseCache,
) -> Vec<(Arc<Course>, CourseProgress)> {
    let all = progress.load_all().await;
    let Ok(sources) = catalog.catalog().await else {
        return vec![];
    };
    let mut out = Vec::new();
    for (id, p) in &all {
        // A course of a catalogue in pages may be on a page not loaded yet.
        let Some(entry) = pages.find(&sources.catalog, id).await else {
            continue;
        };
        // A course whose manifest cannot be loaded now is left out of the listing (its progress stays stored).
        let Ok(course) = cache.load(&entry).await else {
            continue;
        };
        out.push((
            catalog_position(&sources.catalog, pages, id),
            course,
            p.clone(),
        ));
    }
    // In catalogue order, as before.
    out.sort_by_key(|(at, _, _)| *at);
    out.into_iter().map(|(_, c, p)| (c, p)).collect()
}

/// Where course `id` is in the catalogue (its own courses, then its pages').
fn catalog_position(catalog: &Catalog, pages: CatalogPages, id: &str) -> usize {
    catalog
        .courses
        .iter()
        .position(|c| c.id == id)
        .or_else(|| {
            pages
                .courses
                .with_untracked(|p| p.iter().position(|c| c.id == id))
                .map(|i| i + catalog.courses.len())
        })
        .unwrap_or(usize::MAX)
}

#[component]
pub fn TranscriptPage() -> impl IntoView {
    let progress = Progress::expect();
    let catalog = CatalogCtx::expect();
    let cache = CourseCache::expect();
    let pages = CatalogPages::expect();
    let version = RwSignal::new(0u32);
    crate::ui::a11y::screen_shown(&[t("transcript-heading")], None);
    let data = LocalResource::new(move || {
        version.track();
        rows(progress, catalog, pages, cache)
    });
    let langs = Languages::expect();
    let export_json = move |_| {
        let Some(rows) = data.get() else { return };
        let actor = local_actor();
        let statements: Vec<_> = rows
            .iter()
            .flat_map(|(c, p)| xapi::course_statements(&actor, c, p))
            .collect();
        let text = serde_json::to_string_pretty(&statements).unwrap_or_default();
        let _ = save_file("alliance-player-statements.json", "application/json", &text);
    };
    let export_csv = move |_| {
        let Some(rows) = data.get() else { return };
        // The learner's notes and bookmarks go with their progress.
        let notes: Vec<_> = rows
            .iter()
            .map(|(c, _)| crate::edge::notes::load(c))
            .collect();
        let refs: Vec<_> = rows
            .iter()
            .zip(&notes)
            .map(|((c, p), n)| (c.as_ref(), p, n))
            .collect();
        let _ = save_file(
            "alliance-player-progress.csv",
            "text/csv",
            &xapi::csv(&refs, &langs.chain()),
        );
    };
    view! {
        <section class="transcript-page" data-testid="transcript">
            <h1 tabindex="-1" data-heading="">{t("transcript-heading")}</h1>
            <Suspense fallback=|| view! { <p class="loading">{t("loading")}</p> }>
                {move || data.get().map(|rows| if rows.is_empty() {
                    view! { <p>{t("transcript-empty")}</p> }.into_any()
                } else {
                    view! {
                        <p class="transcript-actions">
                            <button type="button" class="button" data-testid="export-xapi" on:click=export_json>{t("transcript-export-xapi")}</button>
                            <button type="button" class="button" data-testid="export-csv" on:click=export_csv>{t("transcript-export-csv")}</button>
                        </p>
                        {rows.into_iter().map(|(course, p)| view! { <CourseRecord course progress=p version/> }).collect_view()}
                    }.into_any()
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn CourseRecord(
    course: Arc<Course>,
    progress: CourseProgress,
    version: RwSignal<u32>,
) -> impl IntoView {
    let langs = Languages::expect();
    let store = Progress::expect();
    let title = langs.pick(&course.title, &course.default_language);
    let done = format::percent(progress.completion(&course));
    let id = course.id.clone();
    let confirm_text = t_args(
        "transcript-reset-confirm",
        &[("course", title.text.clone().into())],
    );
    let reset = move |_| {
        let ok = web_sys::window()
            .and_then(|w| w.confirm_with_message(&confirm_text).ok())
            .unwrap_or(false);
        if ok {
            let id = id.clone();
            leptos::task::spawn_local(async move {
                store.reset(&id).await;
                version.update(|v| *v += 1);
            });
        }
    };
    let units = course
        .units()
        .filter_map(|u| {
            let p = progress.unit(&u.id);
            matches!(p.state, UnitState::Completed | UnitState::Passed | UnitState::Failed).then(|| {
                let name = langs.pick(&u.title, &course.default_language);
                view! {
                    <tr data-testid="transcript-unit" data-unit-id=u.id.clone() data-state=p.state.as_str()>
                        <td lang=name.lang dir="auto">{name.text}</td>
                        <td>{state_label(p.state)}</td>
                        <td>{p.best_score.map(|s| t_args("transcript-unit-score", &[("score", format::percent(s).into())]))}</td>
                        <td>{(p.time_spent_ms >= 1000.0).then(|| t_args("transcript-time-spent", &[("duration", format::duration(p.time_spent_ms / 1000.0).into())]))}</td>
                        <td>{t_args("transcript-completed-on", &[("date", format::date(p.updated_at).into())])}</td>
                    </tr>
                }
            })
        })
        .collect_view();
    view! {
        <article class="transcript-course" data-testid="transcript-course" data-course-id=course.id.clone()>
            <h2><a href=format!("/course/{}", course.id) lang=title.lang dir="auto">{title.text.clone()}</a></h2>
            <p>{t_args("course-progress", &[("percent", done.into())])}</p>
            <table class="transcript-units"><tbody>{units}</tbody></table>
            <button type="button" class="button" data-testid="reset-course" on:click=reset>{t("transcript-reset")}</button>
        </article>
    }
}
