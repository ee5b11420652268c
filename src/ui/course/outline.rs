//! The course outline: modules and their units, each with its completion mark and a link of its own.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::domain::lang;
use crate::domain::package::{Course, Unit, UnitBody};
use crate::domain::progress::UnitState;
use crate::i18n::{format, t, t_args};
use crate::ui::state::{Languages, Progress};

/// The mark shown before a unit title, by state (the state is also spelled out for screen readers).
fn mark(state: UnitState) -> &'static str {
    match state {
        UnitState::NotStarted => "○",
        UnitState::InProgress => "◐",
        UnitState::Completed | UnitState::Passed => "✓",
        UnitState::Failed => "✗",
    }
}

pub fn state_label(state: UnitState) -> String {
    t(&format!("unit-state-{}", state.as_str()))
}

pub fn kind_label(kind: &str) -> String {
    match kind {
        "video" | "audio" | "reading" | "quiz" | "document" | "interactive" => {
            t(&format!("unit-kind-{kind}"))
        }
        _ => t("unit-kind-unknown"),
    }
}

#[component]
pub fn Outline(
    /// The course whose modules and units are listed.
    course: Arc<Course>,
) -> impl IntoView {
    let prefs = Languages::expect();
    view! {
        <nav class="outline" data-testid="course-outline" aria-label=t("course-outline")>
            <ol class="outline-modules">
                {course.modules.iter().map(|m| {
                    let title = prefs.pick(&m.title, &course.default_language);
                    view! {
                        <li class="outline-module">
                            <h2 lang=title.lang dir="auto">{title.text}</h2>
                            <ol class="outline-units">
                                {m.units.iter().map(|u| view! { <UnitLink course=course.clone() unit=u.clone()/> }).collect_view()}
                            </ol>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </nav>
    }
}

#[component]
fn UnitLink(course: Arc<Course>, unit: Unit) -> impl IntoView {
    let prefs = Languages::expect();
    let progress = Progress::expect();
    let params = use_params_map();
    let title = prefs.pick(&unit.title, &course.default_language);
    let (course_id, unit_id) = (course.id.clone(), unit.id.clone());
    let state = Memo::new(move |_| progress.course(&course_id).state(&unit_id));
    let uid = unit.id.clone();
    let current = move || params.read().get("unit").as_deref() == Some(uid.as_str());
    let kind = unit.body.kind().to_string();
    let length = match &unit.body {
        UnitBody::Video(m) | UnitBody::Audio(m) => Some(format::duration(m.duration)),
        _ => None,
    };
    // Say which language the unit is in when it is not the learner's course language.
    let preferred = prefs.chain().into_iter().next().unwrap_or_default();
    let other_language = (lang::base(&title.lang) != lang::base(&preferred)).then(|| {
        t_args(
            "unit-in-language",
            &[("language", lang::autonym(&title.lang).into())],
        )
    });
    view! {
        <li class="outline-unit">
            <a
                href=format!("/course/{}/unit/{}", course.id, unit.id)
                data-testid="unit-link"
                data-unit-id=unit.id.clone()
                data-state=move || state.get().as_str()
                aria-current=move || current().then_some("page")
            >
                <span class=move || format!("mark mark-{}", state.get().as_str()) aria-hidden="true">{move || mark(state.get())}</span>
                <span class="unit-title" lang=title.lang dir="auto">{title.text}</span>
                <span class="unit-meta">
                    {kind_label(&kind)}{length.map(|l| format!(" · {l}"))}" · "{move || state_label(state.get())}
                    {other_language.map(|l| view! { " · " <span class="unit-language" data-testid="unit-language">{l}</span> })}
                </span>
            </a>
        </li>
    }
}
