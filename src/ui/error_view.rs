//! The error view: what failed, the cause (file and field for package errors), and what to do.

use leptos::prelude::*;

use crate::i18n::t;

/// Shows an error with `data-testid="error"`.
#[component]
pub fn ErrorView(
    /// What failed, in the learner's words (a message id is resolved by the caller).
    #[prop(into)]
    title: String,
    /// The cause, e.g. `course.json: /modules/0/units/2/title: missing required field`.
    #[prop(into)]
    detail: String,
) -> impl IntoView {
    // An error is a screen of its own too: a first screen written into the page gives way to it.
    crate::ui::a11y::app_drawn();
    view! {
        <div class="error-view" role="alert" data-testid="error">
            <h2>{title}</h2>
            <p class="error-detail"><code dir="auto">{detail}</code></p>
            <p>{t("error-what-to-do")}</p>
            <p><a href="/" class="button">{t("back-to-catalog")}</a></p>
        </div>
    }
}
