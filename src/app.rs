//! The app: context providers and routes, nothing else.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::path;

use crate::edge::store::StoreCall;
use crate::i18n::t;
use crate::ui::a11y::Announcer;
use crate::ui::catalog::CatalogPage;
use crate::ui::error_view::ErrorView;
use crate::ui::settings::LanguagePicker;
use crate::ui::state::{CatalogCtx, CatalogPages, CourseCache, Languages, Progress};

/// Loads a view whose code is split into its own wasm chunk (fetched the first time it is needed).
pub type LoadScreen = fn() -> Pin<Box<dyn Future<Output = AnyView> + Send>>;

/// A split-off part's wasm chunk could not be fetched (the learner is offline, or the server failed).
#[derive(Debug, Clone, Copy)]
pub struct ChunkUnavailable;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkUnavailable {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkUnavailable
    }
}

/// What the learner sees instead of a part of the player that could not be downloaded.
pub fn part_unavailable() -> AnyView {
    view! { <ErrorView title=t("error-part-unavailable") detail=t("error-retry")/> }.into_any()
}

/// The split-off parts of the interface (declared with `#[lazy]` in `main.rs`), provided to whoever shows them.
#[derive(Clone, Copy)]
pub struct Lazy {
    /// The course screens: outline and player.
    pub course_screen: LoadScreen,
    /// The language picker's panel.
    pub language_panel: LoadScreen,
    /// The durable progress store (IndexedDB).
    pub store: StoreCall,
    /// The transcript screen.
    pub transcript: LoadScreen,
    /// The header's sync status, with the flusher that delivers statements to the LRS.
    pub sync_status: LoadScreen,
    /// The settings screen (the LRS connection).
    pub settings: LoadScreen,
    /// The bridge to an embedding host page (nothing when the player is not framed).
    pub embed: LoadScreen,
    /// The learners screen (also the lock, when this page's learner has a PIN not given in this tab).
    pub learners: LoadScreen,
}

impl Lazy {
    pub fn expect() -> Self {
        expect_context()
    }
}

/// The header's brand and navigation, `learner` the name of whom the page is for (also in the first screen
/// `alliance-pack prerender` writes, with the device's first learner).
#[component]
pub fn Brand(learner: String) -> impl IntoView {
    view! {
        <a class="brand" href="/">{t("app-title")}</a>
        <nav>
            <a href="/">{t("nav-catalog")}</a>
            <a href="/transcript" data-testid="nav-transcript">{t("nav-transcript")}</a>
            <a href="/settings" data-testid="nav-settings">{t("nav-settings")}</a>
            <a href="/learners" data-testid="learner-current" dir="auto" title=t("learners-heading")>
                {crate::ui::learners::shown(learner)}
            </a>
        </nav>
    }
}

#[component]
pub fn App(
    /// The split-off parts, loaded on first use so the catalogue loads fast.
    lazy: Lazy,
    /// The interface locale the page starts in (its messages already loaded; see `Languages::start`).
    locale: String,
    /// Why the wanted locale could not be loaded, if it could not.
    #[prop(optional_no_strip)]
    locale_error: Option<String>,
) -> impl IntoView {
    Languages::provide(locale, locale_error);
    provide_context(lazy);
    // The store's code is a split chunk: it loads, and opens the database, on the first read or write.
    Progress::provide(lazy.store, None);
    CatalogCtx::provide();
    CatalogPages::provide();
    CourseCache::provide();
    let langs = Languages::expect();
    // <html lang dir> follow the interface language.
    Effect::new(move |_| {
        let locale = langs.ui.get();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", &locale);
            let rtl = crate::i18n::with_locales(|l| l.is_rtl(&locale));
            let _ = html.set_attribute("dir", if rtl { "rtl" } else { "ltr" });
        }
    });
    let course = move || view! { <LazyScreen load=lazy.course_screen/> };
    // A learner with a PIN not given in this tab sees only the learners screen (their PIN, or someone else).
    let locked = crate::edge::learners::locked();
    // The interface is rebuilt when a language changes: every string and every course text is then in the new
    // language, with no per-string subscriptions. What the learner did lives in Progress and the URL, above this.
    let screens = move || {
        langs.ui.track();
        langs.content.track();
        view! {
            <a class="skip-link" href="#main" on:click=skip_to_main>{t("skip-to-content")}</a>
            <header class="app-header" aria-label=t("app-title")>
                <Brand learner=crate::edge::learners::name()/>
                <Suspense>{move || Suspend::new((lazy.sync_status)())}</Suspense>
                <Suspense>{move || Suspend::new((lazy.embed)())}</Suspense>
                <crate::ui::install::InstallButton/>
                <LanguagePicker/>
            </header>
            <main id="main" tabindex="-1" aria-label=t("app-title")>
                <FlatRoutes fallback=|| view! { <ErrorView title=t("error-page-not-found") detail=window().location().pathname().unwrap_or_default()/> }>
                    <Route path=path!("/") view=CatalogPage/>
                    <Route path=path!("/transcript") view=move || view! { <LazyScreen load=lazy.transcript/> }/>
                    <Route path=path!("/settings") view=move || view! { <LazyScreen load=lazy.settings/> }/>
                    <Route path=path!("/learners") view=move || view! { <LazyScreen load=lazy.learners/> }/>
                    <Route path=path!("/course/:course") view=course/>
                    <Route path=path!("/course/:course/unit/:unit") view=course/>
                    <Route path=path!("/course/:course/notes") view=course/>
                </FlatRoutes>
            </main>
        }
    };
    let shown = if locked {
        leptos::either::Either::Left(
            view! { <main id="main" tabindex="-1"><LazyScreen load=lazy.learners/></main> },
        )
    } else {
        leptos::either::Either::Right(view! { <Router>{screens}</Router> })
    };
    view! { <Announcer/>{shown} }
}

/// The skip link moves focus (not only the view) to the main content; the router would otherwise treat `#main` as a
/// navigation.
fn skip_to_main(ev: web_sys::MouseEvent) {
    ev.prevent_default();
    if let Some(main) = document()
        .get_element_by_id("main")
        .and_then(|m| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(m).ok())
    {
        let _ = main.focus();
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
