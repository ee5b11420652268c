//! Previous / Next links between units, in outline order.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::package::Course;
use crate::domain::sequence::{next, previous};
use crate::i18n::t;

#[component]
pub fn UnitNav(
    /// The course being played.
    course: Arc<Course>,
    /// The unit shown now.
    unit_id: String,
) -> impl IntoView {
    let href = |u: &str| format!("/course/{}/unit/{u}", course.id);
    let prev = previous(&course, &unit_id).map(href);
    let nxt = next(&course, &unit_id).map(href);
    view! {
        <nav class="unit-nav" aria-label=t("unit-nav-label")>
            {prev.map(|h| view! { <a class="button" rel="prev" href=h data-testid="prev-unit"><span class="arrow" aria-hidden="true">"←"</span>" "{t("unit-previous")}</a> })}
            <span class="spacer"></span>
            {nxt.map(|h| view! { <a class="button primary" rel="next" href=h data-testid="next-unit">{t("unit-next")}" "<span class="arrow" aria-hidden="true">"→"</span></a> })}
        </nav>
    }
}
