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
        // To a learner, a cmi5 AU is an activity like an interactive page.
        "cmi5" => t("unit-kind-interactive"),
        _ => t("unit-kind-unknown"),
    }
}

/// A course with at most this many units lists them all; a larger one lists a window around the current unit
/// (rendering 10,000 links, each with its own reactive parts, takes seconds and slows every change after it).
const FULL_OUTLINE: usize = 400;
/// Units shown on each side of the current one in a large course.
const AROUND: usize = 100;
/// Units one press of "Earlier units" / "Later units" adds.
const MORE: usize = 200;

/// The window `[start, end)` of outline places shown first: all of a small course, else the units around `place`.
fn window_around(place: Option<usize>, total: usize) -> (usize, usize) {
    if total <= FULL_OUTLINE {
        return (0, total);
    }
    let p = place.unwrap_or(0).min(total.saturating_sub(1));
    let start = p.saturating_sub(AROUND);
    (start, (p + AROUND + 1).min(total))
}

#[component]
pub fn Outline(
    /// The course whose modules and units are listed.
    course: Arc<Course>,
) -> impl IntoView {
    let prefs = Languages::expect();
    let progress = Progress::expect();
    let params = use_params_map();
    let total = course.unit_count();
    // One copy of the course's progress per change, shared by every link (each reads its own state from it).
    let cid = course.id.clone();
    let states = Memo::new(move |_| progress.course(&cid));
    let current = Memo::new(move |_| params.read().get("unit"));
    let c = course.clone();
    let place = Memo::new(move |_| current.with(|u| u.as_deref().and_then(|u| c.position(u))));
    let window = RwSignal::new(window_around(place.get_untracked(), total));
    // Going to a unit outside the window (Next at its edge, a link, the address) moves the window there.
    Effect::new(move |_| {
        if let Some(p) = place.get() {
            let (start, end) = window.get_untracked();
            if p < start || p >= end {
                window.set(window_around(Some(p), total));
            }
        }
    });
    let preferred = prefs.chain().into_iter().next().unwrap_or_default();
    let c = course.clone();
    let list = move || {
        let (start, end) = window.get();
        let mut at = 0;
        c.modules
            .iter()
            .filter_map(|m| {
                let first = at;
                at += m.units.len();
                let (a, b) = (first.max(start), at.min(end));
                if a >= b {
                    return None;
                }
                let title = prefs.pick(&m.title, &c.default_language);
                let units = m.units[a - first..b - first]
                    .iter()
                    .map(|u| {
                        view! { <UnitLink course=c.clone() unit=u.clone() states current preferred=preferred.clone()/> }
                    })
                    .collect_view();
                Some(view! {
                    <li class="outline-module">
                        <h2 lang=title.lang dir="auto">{title.text}</h2>
                        <ol class="outline-units">{units}</ol>
                    </li>
                })
            })
            .collect_view()
    };
    // "Earlier units" / "Later units" widen the window and move focus to the first unit they brought in.
    let course = StoredValue::new(course);
    let show = move |earlier: bool| {
        let (start, end) = window.get_untracked();
        let (range, focus) = if earlier {
            let s = start.saturating_sub(MORE);
            ((s, end), s)
        } else {
            ((start, (end + MORE).min(total)), end)
        };
        window.set(range);
        if let Some(id) = course.with_value(|c| c.unit_at(focus).map(|u| u.id.clone())) {
            focus_link(id);
        }
    };
    let earlier = move || {
        let (start, _) = window.get();
        (start > 0).then(|| view! {
            <button type="button" class="button outline-more" data-testid="outline-earlier" on:click=move |_| show(true)>
                {t_args("outline-show-earlier", &[("count", start.into())])}
            </button>
        })
    };
    let later = move || {
        let (_, end) = window.get();
        (end < total).then(|| view! {
            <button type="button" class="button outline-more" data-testid="outline-later" on:click=move |_| show(false)>
                {t_args("outline-show-later", &[("count", (total - end).into())])}
            </button>
        })
    };
    view! {
        <nav class="outline" data-testid="course-outline" aria-label=t("course-outline")>
            {earlier}
            <ol class="outline-modules">{list}</ol>
            {later}
        </nav>
    }
}

/// Focuses the outline link of `unit` once the frame that shows it has been painted.
fn focus_link(unit: String) {
    crate::ui::a11y::focus_after_paint(format!(
        "[data-testid=unit-link][data-unit-id=\"{}\"]",
        unit.replace(['"', '\\'], "")
    ));
}

#[component]
fn UnitLink(
    course: Arc<Course>,
    unit: Unit,
    /// The course's progress, shared by all links.
    states: Memo<crate::domain::progress::CourseProgress>,
    /// The unit in the address.
    current: Memo<Option<String>>,
    /// The learner's first course language.
    preferred: String,
) -> impl IntoView {
    let prefs = Languages::expect();
    let title = prefs.pick(&unit.title, &course.default_language);
    let unit_id = unit.id.clone();
    let state = Memo::new(move |_| states.with(|p| p.state(&unit_id)));
    // How far an interactive page says the learner has got, while in progress; the best score when done.
    let uid2 = unit.id.clone();
    let detail = Memo::new(move |_| {
        states.with(|p| {
            let u = p.unit(&uid2);
            match (u.state, u.best_score) {
                (UnitState::InProgress, _) if u.reached > 0.0 => Some(format::percent(u.reached)),
                (UnitState::Completed | UnitState::Passed | UnitState::Failed, Some(score)) => {
                    Some(t_args(
                        "transcript-unit-score",
                        &[("score", format::percent(score).into())],
                    ))
                }
                _ => None,
            }
        })
    });
    let uid = unit.id.clone();
    let is_current = move || current.with(|c| c.as_deref() == Some(uid.as_str()));
    let kind = unit.body.kind().to_string();
    let length = match &unit.body {
        UnitBody::Video(m) | UnitBody::Audio(m) => Some(format::duration(m.duration)),
        _ => None,
    };
    // Say which language the unit is in when it is not the learner's course language.
    let other_language = (lang::base(&title.lang) != lang::base(&preferred)).then(|| {
        t_args(
            "unit-in-language",
            &[("language", crate::i18n::own_name(&title.lang).into())],
        )
    });
    view! {
        <li class="outline-unit">
            <a
                href=format!("/course/{}/unit/{}", course.id, unit.id)
                data-testid="unit-link"
                data-unit-id=unit.id.clone()
                data-state=move || state.get().as_str()
                aria-current=move || is_current().then_some("page")
            >
                <span class=move || format!("mark mark-{}", state.get().as_str()) aria-hidden="true">{move || mark(state.get())}</span>
                <span class="unit-title" lang=title.lang dir="auto">{title.text}</span>
                <span class="unit-meta">
                    {kind_label(&kind)}{length.map(|l| format!(" · {l}"))}" · "{move || state_label(state.get())}
                    {move || detail.get().map(|d| view! { " · " <span data-testid="unit-detail">{d}</span> })}
                    {other_language.map(|l| view! { " · " <span class="unit-language" data-testid="unit-language">{l}</span> })}
                </span>
            </a>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_outline_shows_a_window_around_the_current_unit() {
        assert_eq!(window_around(Some(5), 30), (0, 30), "a small course: all");
        assert_eq!(window_around(None, FULL_OUTLINE), (0, FULL_OUTLINE));
        assert_eq!(window_around(Some(9_990), 10_000), (9_890, 10_000));
        assert_eq!(window_around(Some(5_000), 10_000), (4_900, 5_101));
        assert_eq!(window_around(None, 10_000), (0, AROUND + 1));
        assert_eq!(window_around(Some(20_000), 10_000), (9_899, 10_000));
    }
}
