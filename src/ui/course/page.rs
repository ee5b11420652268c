//! `/course/{course}` and `/course/{course}/unit/{unit}`: loads the manifest named by the catalogue (once per
//! page life, see [`CourseCache`]), shows the outline, and beside it the course home or the unit.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::home::CourseHome;
use super::outline::Outline;
use super::search::CourseSearch;
use crate::domain::package::Course;
use crate::edge::catalog::LoadError;
use crate::edge::store::StorageError;
use crate::i18n::{format, t, t_args};
use crate::ui::error_view::ErrorView;
use crate::ui::offline::DownloadCourse;
use crate::ui::player::UnitPage;
use crate::ui::settings::ContentLanguage;
use crate::ui::state::{CatalogCtx, CatalogPages, CourseCache, Languages, Progress};

/// Why a course page cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CourseError {
    NotFound(String),
    Load(LoadError),
}

/// The course being shown, for the child routes.
#[derive(Clone)]
pub struct CourseCtx(pub Arc<Course>);

impl CourseCtx {
    pub fn expect() -> Self {
        expect_context()
    }
}

#[component]
pub fn CoursePage() -> impl IntoView {
    let params = use_params_map();
    let course_id = Memo::new(move |_| params.read().get("course").unwrap_or_default());
    let catalog = CatalogCtx::expect();
    let progress = Progress::expect();
    let cache = CourseCache::expect();
    let pages = CatalogPages::expect();
    let course = LocalResource::new(move || {
        let id = course_id.get();
        async move {
            let sources = catalog.catalog().await.map_err(CourseError::Load)?;
            // A course of a catalogue in pages may be on a page not loaded yet.
            let entry = pages
                .find(&sources.catalog, &id)
                .await
                .ok_or_else(|| CourseError::NotFound(id.clone()))?;
            let course = cache.load(&entry).await.map_err(CourseError::Load)?;
            Ok::<_, CourseError>(progress.open(course).await)
        }
    });
    view! {
        <Suspense fallback=|| view! { <p class="loading">{t("loading")}</p> }>
            {move || course.get().map(|result| match result {
                Ok(c) => view! { <CourseLayout course=c/> }.into_any(),
                Err(CourseError::NotFound(id)) => view! {
                    <ErrorView title=t("error-course") detail=t_args("error-course-not-found", &[("course", id.into())])/>
                }.into_any(),
                Err(CourseError::Load(e)) => view! { <ErrorView title=t("error-course") detail=e.to_string()/> }.into_any(),
            })}
        </Suspense>
    }
}

/// What a storage failure means for the learner, in their language.
fn storage_message(e: &StorageError) -> String {
    t(match e {
        StorageError::Quota => "storage-quota",
        StorageError::Unavailable(_) => "storage-unavailable",
        StorageError::Write(_) | StorageError::Read(_) => "storage-write-failed",
    })
}

#[component]
fn CourseLayout(course: Arc<Course>) -> impl IntoView {
    provide_context(CourseCtx(course.clone()));
    crate::ui::notes::NotesCtx::provide(course.clone());
    Progress::expect().follow_other_tabs();
    let prefs = Languages::expect();
    let progress = Progress::expect();
    let title = prefs.pick(&course.title, &course.default_language);
    let c = course.clone();
    let params = use_params_map();
    let has_unit = Memo::new(move |_| params.read().get("unit").is_some());
    let location = leptos_router::hooks::use_location();
    let notes_view = Memo::new(move |_| location.pathname.read().ends_with("/notes"));
    let c2 = course.clone();
    let done = Memo::new(move |_| progress.course(&c.id).completion(&c));
    // The unit comes first in the document and the outline after it: on a phone the learner sees the unit at once,
    // with the outline below; on a wider screen the grid puts the outline in the first column.
    view! {
        <div class="course-layout">
            <div class="course-main">
                {move || progress.error.get().map(|e| view! {
                    <p class="storage-error" role="alert" data-testid="storage-error">{storage_message(&e)}</p>
                })}
                {move || if has_unit.get() {
                    view! { <UnitPage/> }.into_any()
                } else if notes_view.get() {
                    view! { <crate::ui::notes::NotesView course=c2.clone()/> }.into_any()
                } else {
                    view! { <CourseHome/> }.into_any()
                }}
            </div>
            <aside class="course-sidebar">
                <p class="breadcrumb"><a href="/">{t("back-to-catalog")}</a></p>
                <h1 class="course-title" tabindex="-1" data-heading=""><a href=format!("/course/{}", course.id) lang=title.lang dir="auto">{title.text}</a></h1>
                <div class="course-progress">
                    <progress max="1" value=move || done.get().to_string()></progress>
                    <span>{move || t_args("course-progress", &[("percent", format::percent(done.get()).into())])}</span>
                </div>
                <ContentLanguage languages=course.languages.clone()/>
                <CourseSearch course=course.clone()/>
                <Outline course=course.clone()/>
                <DownloadCourse course=course.clone()/>
            </aside>
        </div>
    }
}
