//! The first screen as `alliance-pack prerender` writes it into `index.html`: the header and the catalogue's
//! first courses, drawn by the app's own components so it is painted before the wasm has arrived (a slow link
//! takes seconds for it). The app takes over when its catalogue is drawn (`a11y::screen_shown`).

use std::sync::Arc;

use leptos::prelude::*;

use super::page::CatalogView;
use crate::app::Brand;
use crate::domain::package::Catalog;
use crate::i18n::t;
use crate::ui::state::CatalogPages;

/// The header, and `catalog` as the catalogue screen shows it with no search and no filter.
#[component]
pub fn FirstScreen(catalog: Arc<Catalog>) -> impl IntoView {
    view! {
        <header class="app-header" aria-label=t("app-title")>
            <Brand learner=String::new()/>
        </header>
        <main tabindex="-1" aria-label=t("app-title")>
            <section class="catalog-page">
                <CatalogView
                    catalog
                    pages=CatalogPages::new()
                    search=Signal::stored(String::new())
                    language=Signal::stored(String::new())
                    on_query=Callback::new(|_| {})
                />
            </section>
        </main>
    }
}
