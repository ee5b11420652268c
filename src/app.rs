//! The app: context providers and routes, nothing else.

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::edge::store::MemoryStore;
use crate::i18n::t;
use crate::ui::catalog::CatalogPage;
use crate::ui::error_view::ErrorView;
use crate::ui::state::{CatalogCtx, CourseCache, Prefs, Progress};

/// Loads a screen whose code is split into its own wasm chunk (fetched the first time it is needed).
pub type LoadScreen = fn() -> Pin<Box<dyn Future<Output = AnyView> + Send>>;

#[component]
pub fn App(
    /// The course screens (outline and player), loaded on first use so the catalogue loads fast.
    course_screen: LoadScreen,
) -> impl IntoView {
    Prefs::provide();
    Progress::provide(Rc::new(MemoryStore::default()));
    CatalogCtx::provide();
    CourseCache::provide();
    let course = move || view! { <LazyScreen load=course_screen/> };
    view! {
        <Router>
            <a class="skip-link" href="#main">{t("skip-to-content")}</a>
            <header class="app-header">
                <a class="brand" href="/">{t("app-title")}</a>
                <nav><a href="/">{t("nav-catalog")}</a></nav>
            </header>
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <ErrorView title=t("error-page-not-found") detail=window().location().pathname().unwrap_or_default()/> }>
                    <Route path=path!("/") view=CatalogPage/>
                    <Route path=path!("/course/:course") view=course/>
                    <Route path=path!("/course/:course/unit/:unit") view=course/>
                </Routes>
            </main>
        </Router>
    }
}

/// Shows a split-off screen once its chunk has loaded.
#[component]
fn LazyScreen(load: LoadScreen) -> impl IntoView {
    view! {
        <Suspense fallback=|| view! { <p class="loading">{t("loading")}</p> }>
            {move || Suspend::new(load())}
        </Suspense>
    }
}
