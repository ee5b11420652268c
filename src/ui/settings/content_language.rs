//! The course-language choice: which of a course's languages its text is shown in, separately from the
//! interface language ("Same as the interface" by default).

use leptos::prelude::*;

use crate::i18n::t;
use crate::ui::state::Languages;

#[component]
pub fn ContentLanguage(
    /// The languages the course is available in.
    languages: Vec<String>,
) -> impl IntoView {
    let langs = Languages::expect();
    view! {
        <label class="field content-language">
            <span>{t("content-language-label")}</span>
            <select data-testid="content-language" prop:value=move || langs.content.get().unwrap_or_default()
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    langs.set_content((!v.is_empty()).then_some(v));
                }>
                <option value="">{t("content-language-auto")}</option>
                {languages.into_iter().map(|l| view! { <option value=l.clone() lang=l.clone()>{crate::i18n::own_name(&l)}</option> }).collect_view()}
            </select>
        </label>
    }
}
