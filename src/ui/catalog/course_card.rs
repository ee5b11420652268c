//! One course in the catalogue: title, summary, provider, languages, size and the learner's progress.

use leptos::prelude::*;

use crate::domain::package::CatalogEntry;
use crate::domain::progress::UnitState;
use crate::i18n::{format, t, t_args};
use crate::ui::state::{Languages, Progress};

#[component]
pub fn CourseCard(
    /// The catalogue entry to show.
    entry: CatalogEntry,
) -> impl IntoView {
    let prefs = Languages::expect();
    let progress = Progress::expect();
    let fallback = entry.languages.first().cloned().unwrap_or_default();
    let title = prefs.pick(&entry.title, &fallback);
    let summary = prefs.pick(&entry.summary, &fallback);
    let provider = prefs.pick(&entry.provider.name, &fallback);
    let href = format!("/course/{}", entry.id);
    let id = entry.id.clone();
    let started = move || {
        progress
            .course(&id)
            .units
            .values()
            .any(|u| u.state > UnitState::NotStarted)
    };
    let langs = crate::i18n::own_names(&entry.languages);
    view! {
        <li class="course-card" data-testid="course-card" data-course-id=entry.id.clone()>
            <h2 lang=title.lang dir="auto"><a href=href.clone() class="course-card-link">{title.text}</a></h2>
            <p class="course-summary" lang=summary.lang dir="auto">{summary.text}</p>
            <ul class="course-facts">
                <li>{t_args("course-provider", &[("provider", provider.text.into())])}</li>
                <li>{t_args("course-languages", &[("languages", langs.into())])}</li>
                <li>{t_args("course-size", &[("size", format::size(entry.size).into())])}</li>
            </ul>
            <a href=href class="button primary" tabindex="-1" aria-hidden="true">
                {move || if started() { t("course-continue") } else { t("course-open") }}
            </a>
        </li>
    }
}
