//! "Course sources" on the settings page: the site's catalogues, the learner's own with Remove, and "Add a source"
//! by address — checked, fetched and previewed (title, providers, number of courses) before the learner confirms.
//! The site's catalogues cannot be removed: the site chose them for everyone who uses it. In the settings chunk.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::package::Catalog;
use crate::domain::sources::{learner_address, AddError};
use crate::edge::catalog::{learner_sources, load_catalog, set_learner_sources};
use crate::i18n::{t, t_args};
use crate::ui::catalog::{source_name, source_problem};
use crate::ui::state::{CatalogCtx, Languages};

#[component]
pub fn CourseSources() -> impl IntoView {
    let catalog = CatalogCtx::expect();
    let prefs = Languages::expect();
    let mine = RwSignal::new(learner_sources());
    let address = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let checking = RwSignal::new(false);
    let preview = RwSignal::new(None::<(String, Arc<Catalog>)>);
    let said = RwSignal::new(String::new());
    let site = move || -> Vec<String> {
        catalog
            .0
            .get_untracked()
            .map(|s| {
                s.sources
                    .iter()
                    .filter(|s| !s.learner)
                    .map(|s| s.url.clone())
                    .collect()
            })
            .unwrap_or_default()
    };
    let save = move |list: Vec<String>, message: &str| {
        set_learner_sources(&list);
        mine.set(list);
        said.set(t(message));
        catalog.0.refetch();
    };
    let check = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        preview.set(None);
        problem.set(None);
        said.set(String::new());
        match learner_address(&address.get_untracked(), &site(), &mine.get_untracked()) {
            Err(e) => problem.set(Some(t(match e {
                AddError::Invalid => "sources-invalid-url",
                AddError::Listed => "sources-duplicate",
                AddError::Full => "sources-full",
            }))),
            Ok(url) => {
                checking.set(true);
                leptos::task::spawn_local(async move {
                    match load_catalog(&url).await {
                        Ok(c) => preview.set(Some((url, Arc::new(c)))),
                        Err(e) => problem.set(Some(source_problem(&url, &e))),
                    }
                    checking.set(false);
                });
            }
        }
    };
    let confirm = move |_| {
        let Some((url, _)) = preview.get_untracked() else {
            return;
        };
        preview.set(None);
        address.set(String::new());
        let mut list = mine.get_untracked();
        list.push(url);
        save(list, "sources-added");
    };
    // One line per source: its name, whose it is or Remove, and why it could not be loaded.
    let items = move || {
        let loaded = catalog.0.get();
        let state = |url: &str, learner: bool| {
            loaded.as_ref().and_then(|s| {
                s.sources
                    .iter()
                    .find(|s| s.url == url && s.learner == learner)
                    .map(|s| {
                        (
                            source_name(&prefs, s),
                            s.error
                                .as_ref()
                                .map(|e| source_problem(&source_name(&prefs, s), e)),
                        )
                    })
            })
        };
        let site: Vec<(String, bool)> = loaded
            .as_ref()
            .map(|s| {
                s.sources
                    .iter()
                    .filter(|s| !s.learner)
                    .map(|s| (s.url.clone(), false))
                    .collect()
            })
            .unwrap_or_default();
        let own = mine.get().into_iter().map(|u| (u, true));
        site.into_iter()
            .chain(own)
            .enumerate()
            .map(|(i, (url, learner))| {
                let (name, error) = state(&url, learner).unwrap_or_else(|| (url.clone(), None));
                let id = format!("source-{i}");
                let remove = url.clone();
                let named = name != url;
                view! {
                    <li data-testid="source-item" data-source-url=url.clone() data-source=if learner { "learner" } else { "site" }>
                        <span id=id.clone() class="source-name" dir="auto">{name}</span>
                        " "
                        {if learner {
                            view! {
                                <button type="button" class="button" data-testid="source-remove" aria-describedby=id
                                    on:click=move |_| {
                                        let list = mine.get_untracked().into_iter().filter(|u| *u != remove).collect();
                                        save(list, "sources-removed");
                                    }>
                                    {t("sources-remove")}
                                </button>
                            }.into_any()
                        } else {
                            view! { <span class="source-site">{t("sources-site")}</span> }.into_any()
                        }}
                        {named.then(|| view! { <br/><code class="source-url" dir="ltr">{url.clone()}</code> })}
                        {error.map(|e| view! { <p class="source-error">{e}</p> })}
                    </li>
                }
            })
            .collect_view()
    };
    let shown = move || {
        preview.get().map(|(url, c)| {
            let title = c.title.as_ref().map(|title| prefs.pick(title, ""));
            let mut providers: Vec<String> = Vec::new();
            for e in &c.courses {
                let name = prefs.pick(&e.provider.name, e.languages.first().map_or("", |l| l)).text;
                if !providers.contains(&name) {
                    providers.push(name);
                }
            }
            let at = url.clone();
            view! {
                <div class="source-preview" data-testid="source-preview" data-source-url=at>
                    {match title {
                        Some(title) => view! { <p><strong lang=title.lang dir="auto">{title.text}</strong></p> }.into_any(),
                        None => view! { <p><code dir="ltr">{url}</code></p> }.into_any(),
                    }}
                    <p>{t_args("sources-preview", &[("count", c.courses.len().into())])}</p>
                    {(!providers.is_empty()).then(|| view! {
                        <p dir="auto">{t_args("course-provider", &[("provider", crate::i18n::own_names(&providers).into())])}</p>
                    })}
                    <button type="button" class="button primary" data-testid="source-add-confirm" on:click=confirm>
                        {t("sources-add-confirm")}
                    </button>
                </div>
            }
        })
    };
    view! {
        <div class="course-sources" data-testid="sources">
            <h2>{t("sources-heading")}</h2>
            <p>{t("sources-intro")}</p>
            <ul class="source-list">{items}</ul>
            <form class="lrs-form" novalidate=true on:submit=check>
                <label for="source-add-url">{t("sources-add-label")}</label>
                <input id="source-add-url" name="source-add-url" type="url" dir="ltr" autocomplete="url"
                    data-testid="source-add-url" placeholder="https://"
                    prop:value=move || address.get()
                    on:input=move |ev| address.set(event_target_value(&ev))/>
                {move || problem.get().map(|p| view! { <p class="notice error" role="alert">{p}</p> })}
                <button type="submit" class="button" data-testid="source-check" prop:disabled=move || checking.get()>
                    {t("sources-check")}
                </button>
            </form>
            // Live regions in place before their text changes.
            <div aria-live="polite">{shown}</div>
            <p role="status" class="source-said">{move || said.get()}</p>
        </div>
    }
}
