//! The app: context providers and routes, nothing else.

use std::rc::Rc;

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

use crate::edge::store::MemoryStore;
use crate::i18n::t;
use crate::ui::catalog::CatalogPage;
use crate::ui::course::{CourseHome, CoursePage};
use crate::ui::error_view::ErrorView;
use crate::ui::player::UnitPage;
use crate::ui::state::{CatalogCtx, Prefs, Progress};

#[component]
pub fn App() -> impl IntoView {
    Prefs::provide();
    Progress::provide(Rc::new(MemoryStore::default()));
    CatalogCtx::provide();
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
                    <ParentRoute path=path!("/course/:course") view=CoursePage>
                        <Route path=path!("") view=CourseHome/>
                        <Route path=path!("unit/:unit") view=UnitPage/>
                    </ParentRoute>
                </Routes>
            </main>
        </Router>
    }
}
