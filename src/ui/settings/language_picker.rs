//! The interface-language picker in the header of every screen: a button with the current language's name; its
//! panel (every locale named in its own script and in the current interface language, searchable) is a split
//! point, loaded the first time the learner opens it.

use leptos::prelude::*;

use crate::app::Lazy;
use crate::i18n::{format, lowercase, own_name, t, with_locales};
use crate::ui::state::Languages;

/// Does `query` find `tag`? Matched against the tag, its own name and its name in the interface language.
pub fn matches(query: &str, tag: &str, own_name: &str, local_name: &str) -> bool {
    let q = lowercase(query.trim());
    q.is_empty()
        || [tag, own_name, local_name]
            .iter()
            .any(|s| lowercase(s).contains(&q))
}

#[component]
pub fn LanguagePicker() -> impl IntoView {
    let langs = Languages::expect();
    let lazy = Lazy::expect();
    let opened = RwSignal::new(false);
    let current = langs.ui.get_untracked();
    view! {
        <details class="language-picker" data-testid="language-picker" on:toggle=move |_| opened.set(true)>
            <summary>
                <span class="visually-hidden">{t("language-picker-label")}": "</span>
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" width="18" height="18">
                    <path fill="none" stroke="currentColor" stroke-width="1.8"
                        d="M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M3 12h18M12 3c2.5 2.7 3.7 5.7 3.7 9s-1.2 6.3-3.7 9M12 3c-2.5 2.7-3.7 5.7-3.7 9s1.2 6.3 3.7 9"/>
                </svg>
                <span lang=current.clone()>{own_name(&current)}</span>
            </summary>
            {move || opened.get().then(|| view! {
                <Suspense fallback=|| view! { <p class="loading">{t("loading")}</p> }>
                    {Suspend::new((lazy.language_panel)())}
                </Suspense>
            })}
        </details>
    }
}

/// The panel of the picker: search and the list of languages.
#[component]
pub fn LanguagePanel() -> impl IntoView {
    let langs = Languages::expect();
    let query = RwSignal::new(String::new());
    let current = langs.ui.get_untracked();
    // (tag, own name, name in the interface language), computed once per interface language.
    let options: Vec<(String, String, String)> = with_locales(|locales| {
        locales
            .iter()
            .map(|l| (l.tag.clone(), l.name.clone(), format::language_name(&l.tag)))
            .collect()
    });
    let choose = move |ev: web_sys::MouseEvent| {
        let target = event_target::<web_sys::Element>(&ev);
        let Some(button) = target.closest("button[data-lang]").ok().flatten() else {
            return;
        };
        if let Some(tag) = button.get_attribute("data-lang") {
            if let Some(details) = button.closest("details").ok().flatten() {
                let _ = details.remove_attribute("open");
            }
            leptos::task::spawn_local(async move { langs.switch_ui(tag).await });
        }
    };
    let visible = move || {
        let q = query.get();
        options
            .iter()
            .filter(|(tag, own, local)| matches(&q, tag, own, local))
            .map(|(tag, own, local)| {
                let local = (!local.is_empty() && local != own).then(|| local.clone());
                view! {
                    <li>
                        <button type="button" data-lang=tag.clone() lang=tag.clone() aria-current=(*tag == current).then_some("true")>
                            <span class="own-name">{own.clone()}</span>
                            {local.map(|l| view! { <span class="local-name">{l}</span> })}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="language-panel">
            <input type="search" data-testid="language-search" placeholder=t("language-picker-search")
                aria-label=t("language-picker-search") prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))/>
            <ul class="language-list" on:click=choose>{visible}</ul>
            {move || langs.error.get().map(|e| view! { <p class="language-error" role="alert">{e}</p> })}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn search_by_tag_own_name_or_local_name() {
        assert!(matches("", "ar", "العربية", "Arabic"));
        assert!(matches("arab", "ar", "العربية", "Arabic"));
        assert!(matches("العر", "ar", "العربية", "Arabic"));
        assert!(matches(
            "ZH-tw",
            "zh-TW",
            "中文（繁體）",
            "Chinese (Taiwan)"
        ));
        assert!(matches("  中文 ", "zh-CN", "中文（简体）", ""));
        assert!(!matches("french", "ar", "العربية", "Arabic"));
    }
}
