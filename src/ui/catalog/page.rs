//! The catalogue: every course of the alliance, searchable by title and filterable by language.
//! Search and filter live in the URL (`/?q=stat&in=zh-CN`) so a filtered list can be shared (`?lang=` is the
//! interface language).

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use super::course_card::CourseCard;
use super::notice::source_notice;
use crate::domain::lang::{autonym, base, pick};
use crate::domain::package::{Catalog, CatalogEntry};
use crate::edge::catalog::{usable, Sources};
use crate::i18n::{lowercase, t, t_args};
use crate::ui::error_view::ErrorView;
use crate::ui::state::{CatalogCtx, Languages};

/// Courses matching a title search and a language filter. Titles in every language are searched.
pub fn filter_courses<'a>(
    catalog: &'a Catalog,
    query: &str,
    language: &str,
) -> Vec<&'a CatalogEntry> {
    let q = lowercase(query.trim());
    catalog
        .courses
        .iter()
        .filter(|c| q.is_empty() || c.title.values().any(|title| lowercase(title).contains(&q)))
        .filter(|c| {
            language.is_empty()
                || c.languages
                    .iter()
                    .any(|l| l == language || base(l) == language)
        })
        .collect()
}

/// Every language any course is offered in, sorted by its name.
pub fn catalog_languages(catalog: &Catalog) -> Vec<String> {
    let mut langs: Vec<String> = catalog
        .courses
        .iter()
        .flat_map(|c| c.languages.iter().cloned())
        .collect();
    langs.sort();
    langs.dedup();
    langs.sort_by_key(|l| lowercase(autonym(l)));
    langs
}

#[component]
pub fn CatalogPage() -> impl IntoView {
    let catalog = CatalogCtx::expect();
    view! {
        <section class="catalog-page">
            <Suspense fallback=|| view! { <p class="loading">{t("loading")}</p> }>
                {move || catalog.0.get().map(|sources| match usable(&sources) {
                    Ok(_) => view! { <CatalogList sources/> }.into_any(),
                    Err(e) => view! { <ErrorView title=t("error-catalog") detail=e.to_string()/> }.into_any(),
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn CatalogList(sources: Arc<Sources>) -> impl IntoView {
    let catalog = &sources.catalog;
    let query = use_query_map();
    let navigate = use_navigate();
    let search = Memo::new(move |_| query.read().get("q").unwrap_or_default());
    let language = Memo::new(move |_| query.read().get("in").unwrap_or_default());
    let set_query = move |q: String, l: String| {
        let mut parts = vec![];
        if !q.is_empty() {
            parts.push(format!("q={}", js_sys::encode_uri_component(&q)));
        }
        if !l.is_empty() {
            parts.push(format!("in={}", js_sys::encode_uri_component(&l)));
        }
        let url = if parts.is_empty() {
            "/".to_string()
        } else {
            format!("/?{}", parts.join("&"))
        };
        navigate(
            &url,
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let set_query2 = set_query.clone();
    let prefs = Languages::expect();
    let heading = catalog.title.as_ref().and_then(|title| {
        pick(title, &prefs.chain(), "en").map(|(l, s)| (l.to_string(), s.to_string()))
    });
    let languages = catalog_languages(catalog);
    crate::ui::a11y::screen_shown(
        &[heading.as_ref().map(|(_, s)| s.clone()).unwrap_or_default()],
        None,
    );
    let rejected = catalog.rejected.clone();
    let notice = source_notice(&sources);
    let cat = sources.clone();
    let visible = Memo::new(move |_| {
        filter_courses(&cat.catalog, &search.get(), &language.get())
            .into_iter()
            .cloned()
            .collect::<Vec<_>>()
    });

    view! {
        <div data-testid="catalog" class="catalog">
            <h1 tabindex="-1" data-heading="">
                {match heading {
                    Some((l, s)) => view! { <span lang=l>{s}</span> }.into_any(),
                    None => t("catalog-heading").into_any(),
                }}
            </h1>
            <div class="catalog-filters" role="search">
                <label class="field">
                    <span>{t("catalog-search-label")}</span>
                    <input
                        type="search"
                        data-testid="catalog-search"
                        placeholder=t("catalog-search-placeholder")
                        prop:value=search
                        on:input=move |ev| set_query(event_target_value(&ev), language.get_untracked())
                    />
                </label>
                <label class="field">
                    <span>{t("catalog-language-label")}</span>
                    <select
                        data-testid="language-filter"
                        prop:value=language
                        on:change=move |ev| set_query2(search.get_untracked(), event_target_value(&ev))
                    >
                        <option value="">{t("catalog-language-any")}</option>
                        {languages
                            .into_iter()
                            .map(|l| view! { <option value=l.clone() lang=l.clone()>{autonym(&l).to_string()}</option> })
                            .collect_view()}
                    </select>
                </label>
            </div>
            <p class="catalog-count" aria-live="polite">
                {move || t_args("catalog-count", &[("count", visible.with(|v| v.len()).into())])}
            </p>
            {notice}
            <ul class="course-grid">
                // A plain list, rebuilt when the filter changes: a catalogue page is small, and a keyed list costs
                // every learner more wasm than it saves.
                {move || visible.get().into_iter().map(|entry| view! { <CourseCard entry/> }).collect_view()}
            </ul>
            {move || visible.with(|v| v.is_empty()).then(|| view! { <p class="catalog-empty">{t("catalog-empty")}</p> })}
            {(!rejected.is_empty()).then(|| view! {
                <div class="catalog-rejected" data-testid="catalog-rejected" role="note">
                    <p>{t_args("catalog-rejected", &[("count", rejected.len().into())])}</p>
                    <ul>{rejected.iter().map(|e| view! { <li><code>{e.to_string()}</code></li> }).collect_view()}</ul>
                </div>
            })}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::package::parse_catalog;
    use serde_json::json;

    fn catalog() -> Catalog {
        let entry = |id: &str, title: serde_json::Value, langs: &[&str]| {
            json!({
                "id": id, "iri": format!("https://x.org/{id}"), "title": title, "summary": {"en": "s"},
                "languages": langs, "provider": {"name": {"en": "U"}}, "size": 1, "manifest": format!("{id}/course.json")
            })
        };
        let v = json!({"format": "alliance-course-package", "version": "1.0", "courses": [
            entry("stats", json!({"en": "Statistics in Short", "zh-CN": "统计学简明教程"}), &["en", "zh-CN", "ar"]),
            entry("oer", json!({"en": "Introduction to Open Education"}), &["en", "fr"]),
            entry("zh", json!({"en": "A First Lesson in Mandarin", "es": "Primera lección"}), &["en", "es", "zh-CN"]),
        ]});
        parse_catalog("/courses/catalog.json", &v.to_string()).unwrap()
    }

    #[test]
    fn search_and_filter() {
        let c = catalog();
        let ids = |q: &str, l: &str| {
            filter_courses(&c, q, l)
                .iter()
                .map(|e| e.id.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids("", ""), ["stats", "oer", "zh"]);
        assert_eq!(ids("STAT", ""), ["stats"]);
        assert_eq!(ids("统计", ""), ["stats"]);
        assert_eq!(ids("lección", ""), ["zh"]);
        assert_eq!(ids("", "zh-CN"), ["stats", "zh"]);
        assert_eq!(ids("", "ar"), ["stats"]);
        assert_eq!(ids("open", "ar"), Vec::<&str>::new());
        // Sorted by name: English, Español, Français, العربية, 中文（简体）.
        assert_eq!(catalog_languages(&c), ["en", "es", "fr", "ar", "zh-CN"]);
    }
}
