//! `/course/{course}/unit/{unit}`: the unit's heading, its player and Previous/Next.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::document::DocumentUnit;
use super::interactive::InteractiveUnit;
use super::media::MediaUnit;
use super::quiz::QuizUnit;
use super::reading::ReadingUnit;
use super::unit_nav::UnitNav;
use crate::domain::package::{Course, Unit, UnitBody};
use crate::domain::sequence::ordinal;
use crate::i18n::{t, t_args};
use crate::ui::course::CourseCtx;
use crate::ui::error_view::ErrorView;
use crate::ui::state::{now, Languages, Progress};

#[component]
pub fn UnitPage() -> impl IntoView {
    let CourseCtx(course) = CourseCtx::expect();
    let params = use_params_map();
    let unit_id = Memo::new(move |_| params.read().get("unit").unwrap_or_default());
    let progress = Progress::expect();
    move || {
        let id = unit_id.get();
        match course.unit(&id) {
            Some(unit) => {
                let course_id = course.id.clone();
                untrack(|| progress.update(&course_id, |p| p.visit(&id, now())));
                view! { <UnitView course=course.clone() unit=unit.clone()/> }.into_any()
            }
            None => view! {
                <ErrorView title=t("error-course") detail=t_args("error-unit-not-found", &[("unit", id.into())])/>
            }
            .into_any(),
        }
    }
}

/// A unit with its heading, the player for its kind, and Previous/Next.
#[component]
pub fn UnitView(
    /// The course the unit belongs to.
    course: Arc<Course>,
    /// The unit to play.
    unit: Unit,
) -> impl IntoView {
    let prefs = Languages::expect();
    let title = prefs.pick(&unit.title, &course.default_language);
    let description = unit
        .description
        .as_ref()
        .map(|d| prefs.pick(d, &course.default_language));
    let (index, total) = ordinal(&course, &unit.id).unwrap_or((1, 1));
    let ordinal_text = t_args(
        "unit-ordinal",
        &[("index", index.into()), ("total", total.into())],
    );
    let course_title = prefs.pick(&course.title, &course.default_language).text;
    crate::ui::a11y::screen_shown(
        &[title.text.clone(), course_title],
        Some(ordinal_text.clone()),
    );
    // Time spent in the unit, counted when the learner leaves it.
    let started = now();
    let (course_id, unit_id) = (course.id.clone(), unit.id.clone());
    let progress = Progress::expect();
    on_cleanup(move || progress.update(&course_id, |p| p.spend(&unit_id, now() - started, now())));
    let body = match unit.body.clone() {
        UnitBody::Video(m) => view! { <MediaUnit course=course.clone() unit=unit.clone() media=m video=true/> }.into_any(),
        UnitBody::Audio(m) => view! { <MediaUnit course=course.clone() unit=unit.clone() media=m video=false/> }.into_any(),
        UnitBody::Reading { body } => view! { <ReadingUnit course=course.clone() unit_id=unit.id.clone() body/> }.into_any(),
        UnitBody::Quiz(quiz) => view! { <QuizUnit course=course.clone() unit_id=unit.id.clone() quiz/> }.into_any(),
        UnitBody::Document { src, size } => {
            view! { <DocumentUnit course=course.clone() unit_id=unit.id.clone() title=title.text.clone() src size/> }.into_any()
        }
        UnitBody::Interactive { src, height } => view! {
            <InteractiveUnit course=course.clone() unit_id=unit.id.clone() title=title.text.clone() src height/>
        }
        .into_any(),
        UnitBody::Cmi5 { src, height, mastery_score, launch_parameters } => view! {
            <super::cmi5::Cmi5Unit course=course.clone() unit_id=unit.id.clone() title=title.text.clone() src height mastery_score launch_parameters/>
        }
        .into_any(),
        UnitBody::Unsupported { kind } => view! {
            <div class="unsupported" role="note">
                <h3>{t("unit-needs-newer-player")}</h3>
                <p>{t_args("unit-needs-newer-player-detail", &[("kind", kind.into())])}</p>
            </div>
        }
        .into_any(),
    };
    view! {
        <article class="unit-view" data-testid="unit-view" data-unit-kind=unit.body.kind().to_string() data-unit-id=unit.id.clone()>
            <header class="unit-header">
                <p class="unit-ordinal">{ordinal_text}</p>
                <h2 lang=title.lang dir="auto" tabindex="-1" data-heading="">{title.text.clone()}</h2>
                {description.map(|d| view! { <p class="unit-description" lang=d.lang dir="auto">{d.text}</p> })}
            </header>
            <div class="unit-body">{body}</div>
            <crate::ui::notes::UnitNotes course=course.clone() unit_id=unit.id.clone()
                media=matches!(unit.body, UnitBody::Video(_) | UnitBody::Audio(_))/>
            <UnitNav course=course.clone() unit_id=unit.id.clone()/>
        </article>
    }
}
