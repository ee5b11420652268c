//! `/course/{course}`: opens the unit the learner left off at; on a first visit shows the course summary and
//! "Start the course".

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use super::page::CourseCtx;
use crate::domain::sequence::resume_target;
use crate::i18n::{t, t_args};
use crate::ui::state::{Languages, Progress};

#[component]
pub fn CourseHome() -> impl IntoView {
    let CourseCtx(course) = CourseCtx::expect();
    let prefs = Languages::expect();
    let progress = Progress::expect();
    let navigate = use_navigate();
    let stored = progress.course(&course.id);
    // Coming back: go where the learner left off (replacing this entry, so Back leaves the course).
    if stored.last_unit.is_some() {
        if let Some(unit) = resume_target(&course, &stored) {
            let url = format!("/course/{}/unit/{unit}", course.id);
            request_animation_frame(move || {
                navigate(
                    &url,
                    NavigateOptions {
                        replace: true,
                        ..Default::default()
                    },
                )
            });
        }
    }
    let first = resume_target(&course, &stored).map(|u| format!("/course/{}/unit/{u}", course.id));
    let summary = course
        .summary
        .as_ref()
        .map(|s| prefs.pick(s, &course.default_language));
    let provider = course
        .provider
        .as_ref()
        .map(|p| prefs.pick(&p.name, &course.default_language));
    let langs = crate::i18n::own_names(&course.languages);
    crate::ui::a11y::screen_shown(
        &[prefs.pick(&course.title, &course.default_language).text],
        None,
    );
    view! {
        <section class="course-home">
            {summary.map(|s| view! { <p class="course-summary" lang=s.lang dir="auto">{s.text}</p> })}
            <ul class="course-facts">
                {provider.map(|p| view! { <li>{t_args("course-provider", &[("provider", p.text.into())])}</li> })}
                <li>{t_args("course-languages", &[("languages", langs.into())])}</li>
                <li>{t_args("course-units", &[("count", course.units().count().into())])}</li>
            </ul>
            {first.map(|href| view! { <a class="button primary" href=href data-testid="start-course">{t("course-start")}</a> })}
        </section>
    }
}
