//! "Mark as done": completes a reading or document unit by the learner's own word.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::package::Course;
use crate::i18n::t;
use crate::ui::state::{now, Languages, Progress};

#[component]
pub fn MarkDone(
    /// The course of the unit.
    course: Arc<Course>,
    /// The unit to complete.
    unit_id: String,
) -> impl IntoView {
    let progress = Progress::expect();
    let language = Languages::expect().studied_in(&course, &unit_id);
    let (c, u) = (course.id.clone(), unit_id.clone());
    let done = Memo::new(move |_| progress.course(&c).state(&u).is_done());
    view! {
        <button
            type="button"
            class="button mark-done"
            data-testid="mark-done"
            aria-pressed=move || done.get().to_string()
            disabled=move || done.get()
            on:click=move |_| progress.record(&course, &language, |p| p.complete(&unit_id, now()))
        >
            {move || if done.get() { format!("✓ {}", t("unit-done")) } else { t("unit-mark-done") }}
        </button>
    }
}
