//! App-wide state provided through context: the catalogue, the learner's progress, their language preferences.

use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::lang::{self, Localized};
use crate::domain::package::{Catalog, CatalogEntry, Course};
use crate::domain::progress::CourseProgress;
use crate::edge::catalog::{catalog_url, load_catalog, LoadError};
use crate::edge::settings;
use crate::edge::store::{ProgressStore, StorageError};
use crate::i18n;

/// The catalogue, loaded once at start-up.
#[derive(Clone, Copy)]
pub struct CatalogCtx(pub LocalResource<Result<Arc<Catalog>, LoadError>>);

impl CatalogCtx {
    pub fn provide() {
        let url = catalog_url();
        provide_context(CatalogCtx(LocalResource::new(move || {
            let url = url.clone();
            async move { load_catalog(&url).await.map(Arc::new) }
        })));
    }

    pub fn expect() -> Self {
        expect_context()
    }
}

/// The learner's progress in every course opened so far, backed by a [`ProgressStore`].
#[derive(Clone, Copy)]
pub struct Progress {
    courses: RwSignal<std::collections::BTreeMap<String, CourseProgress>>,
    store: StoredValue<Rc<dyn ProgressStore>, LocalStorage>,
    /// The last storage error, shown to the learner.
    pub error: RwSignal<Option<StorageError>>,
    /// Courses with a save under way, and whether they changed again since it started.
    saving: StoredValue<std::collections::BTreeMap<String, bool>>,
}

pub fn now() -> f64 {
    js_sys::Date::now()
}

impl Progress {
    /// Provides progress kept in `store`; `error` says why durable storage is unavailable, if it is.
    pub fn provide(store: Rc<dyn ProgressStore>, error: Option<StorageError>) {
        let progress = Progress {
            courses: RwSignal::new(Default::default()),
            store: StoredValue::new_local(store),
            error: RwSignal::new(error),
            saving: StoredValue::new(Default::default()),
        };
        provide_context(progress);
    }

    pub fn expect() -> Self {
        expect_context()
    }

    /// The progress of `course` (tracked: re-runs the caller when it changes).
    pub fn course(&self, course: &str) -> CourseProgress {
        self.courses
            .with(|m| m.get(course).cloned().unwrap_or_default())
    }

    /// Reads `course` from the store and merges it into what the page already has.
    pub async fn load(&self, course: &str) {
        let store = self.store.get_value();
        match store.load(course).await {
            Ok(stored) => self.courses.update(|m| {
                let merged = m.get(course).map(|p| p.merge(&stored)).unwrap_or(stored);
                m.insert(course.to_string(), merged);
            }),
            Err(e) => self.error.set(Some(e)),
        }
    }

    /// Applies a change to `course`'s progress and saves it. Changes only ever add progress.
    pub fn update(&self, course: &str, change: impl FnOnce(&mut CourseProgress)) {
        let mut changed = false;
        self.courses.update(|m| {
            let p = m.entry(course.to_string()).or_default();
            let before = p.clone();
            change(p);
            changed = *p != before;
        });
        if !changed {
            return;
        }
        // One save per course at a time: changes made meanwhile (a playing video updates several times a
        // second) are written together by the next round, so the store never falls behind or fills up.
        let course = course.to_string();
        let busy = self.saving.with_value(|s| s.contains_key(&course));
        self.saving.update_value(|s| {
            s.insert(course.clone(), busy);
        });
        if busy {
            return;
        }
        let this = *self;
        leptos::task::spawn_local(async move {
            loop {
                let snapshot = this
                    .courses
                    .with_untracked(|m| m.get(&course).cloned().unwrap_or_default());
                match this.store.get_value().save(&course, &snapshot).await {
                    Ok(()) => {
                        this.error.set(None);
                        crate::edge::broadcast::announce(&course);
                    }
                    Err(e) => this.error.set(Some(e)),
                }
                let again = this.saving.try_update_value(|s| {
                    let dirty = s.get(&course).copied().unwrap_or(false);
                    if dirty {
                        s.insert(course.clone(), false);
                    } else {
                        s.remove(&course);
                    }
                    dirty
                });
                if again != Some(true) {
                    break;
                }
            }
        });
    }

    /// Every course with stored progress, merged into what the page has (the transcript).
    pub async fn load_all(&self) -> Vec<(String, CourseProgress)> {
        let store = self.store.get_value();
        match store.load_all().await {
            Ok(all) => {
                self.courses.update(|m| {
                    for (course, stored) in &all {
                        let merged = m
                            .get(course)
                            .map(|p| p.merge(stored))
                            .unwrap_or_else(|| stored.clone());
                        m.insert(course.clone(), merged);
                    }
                });
                self.courses.with_untracked(|m| {
                    m.iter()
                        .filter(|(_, p)| **p != CourseProgress::default())
                        .map(|(k, v)| (k.clone(), v.clone()))
                        .collect()
                })
            }
            Err(e) => {
                self.error.set(Some(e));
                vec![]
            }
        }
    }

    /// Forgets all progress in `course`, stored and on screen.
    pub async fn reset(&self, course: &str) {
        match self.store.get_value().reset(course).await {
            Ok(()) => {
                self.courses.update(|m| {
                    m.remove(course);
                });
                crate::edge::broadcast::announce(course);
            }
            Err(e) => self.error.set(Some(e)),
        }
    }

    /// Merges in what other tabs save (they announce it on a BroadcastChannel).
    pub fn follow_other_tabs(&self) {
        let this = *self;
        crate::edge::broadcast::listen(move |course| {
            // Only courses this page shows; others are read when opened.
            if this.courses.with_untracked(|m| m.contains_key(&course)) {
                leptos::task::spawn_local(async move { this.load(&course).await });
            }
        });
    }
}

/// The learner's languages: the interface locale and the course-language choice. Both stick (settings) and
/// both re-render the interface when they change (see `App`).
#[derive(Clone, Copy)]
pub struct Languages {
    /// The interface locale, one of [`lang::LOCALES`].
    pub ui: RwSignal<String>,
    /// The course-language choice; `None` = same as the interface.
    pub content: RwSignal<Option<String>>,
    browser: StoredValue<Vec<String>>,
    /// Why the last language switch failed, in the learner's words.
    pub error: RwSignal<Option<String>>,
}

const UI_KEY: &str = "locale";
const CONTENT_KEY: &str = "content-language";

impl Languages {
    /// The interface locale to start with: `?lang=` (embedding hosts), else the stored choice, else negotiated
    /// from the browser's languages. Loads its messages; on failure starts in English and says why.
    pub async fn start() -> (String, Option<String>) {
        let browser = settings::browser_languages();
        let wanted = settings::query_param("lang")
            .or_else(|| settings::get(UI_KEY))
            .map(|l| vec![l])
            .unwrap_or(browser);
        let locale = lang::negotiate(&wanted, &lang::LOCALES).to_string();
        match load_locale(&locale).await {
            Ok(()) => (locale, None),
            Err(e) => (i18n::SOURCE_LOCALE.to_string(), Some(e)),
        }
    }

    pub fn provide(ui: String, error: Option<String>) {
        provide_context(Languages {
            ui: RwSignal::new(ui),
            content: RwSignal::new(settings::get(CONTENT_KEY)),
            browser: StoredValue::new(settings::browser_languages()),
            error: RwSignal::new(error),
        });
    }

    pub fn expect() -> Self {
        expect_context()
    }

    /// The order in which course text is looked for (not tracked).
    pub fn chain(&self) -> Vec<String> {
        let content = self.content.get_untracked();
        let ui = self.ui.get_untracked();
        self.browser
            .with_value(|b| lang::content_chain(content.as_deref(), &ui, b))
    }

    /// The best text of `text` for this learner, and its language; `fallback` is the course's default language.
    pub fn pick(&self, text: &Localized, fallback: &str) -> Text {
        match lang::pick(text, &self.chain(), fallback) {
            Some((l, s)) => Text {
                lang: l.to_string(),
                text: s.to_string(),
            },
            None => Text::default(),
        }
    }

    /// Switches the interface to `locale` (fetching its messages) and remembers the choice.
    pub async fn switch_ui(&self, locale: String) {
        if locale == self.ui.get_untracked() {
            return;
        }
        match load_locale(&locale).await {
            Ok(()) => {
                settings::set(UI_KEY, Some(&locale));
                self.error.set(None);
                self.ui.set(locale);
            }
            Err(e) => self.error.set(Some(e)),
        }
    }

    /// Sets the course-language choice (`None` = same as the interface) and remembers it.
    pub fn set_content(&self, choice: Option<String>) {
        settings::set(CONTENT_KEY, choice.as_deref());
        self.content.set(choice);
    }
}

/// Makes `locale` the interface language, fetching its Fluent file unless it is the built-in source locale.
async fn load_locale(locale: &str) -> Result<(), String> {
    let ftl = if locale == i18n::SOURCE_LOCALE {
        String::new()
    } else {
        crate::edge::locales::load_ftl(locale)
            .await
            .map_err(|e| e.to_string())?
    };
    i18n::set_locale(locale, &ftl)
}

/// A piece of course text with the language it is in (set as `lang` on the element that shows it).
#[derive(Clone, Default, Debug, PartialEq)]
pub struct Text {
    pub lang: String,
    pub text: String,
}

/// Courses already loaded in this page's life, so moving between a course's screens never refetches it.
#[derive(Clone, Copy)]
pub struct CourseCache(StoredValue<std::collections::BTreeMap<String, Arc<Course>>>);

impl CourseCache {
    pub fn provide() {
        provide_context(CourseCache(StoredValue::new(Default::default())));
    }

    pub fn expect() -> Self {
        expect_context()
    }

    pub fn get(&self, id: &str) -> Option<Arc<Course>> {
        self.0.with_value(|m| m.get(id).cloned())
    }

    /// The course of catalogue `entry`: from the cache, else loaded (and kept).
    pub async fn load(&self, entry: &CatalogEntry) -> Result<Arc<Course>, LoadError> {
        if let Some(c) = self.get(&entry.id) {
            return Ok(c);
        }
        let course = Arc::new(crate::edge::catalog::load_course(&entry.manifest, &entry.id).await?);
        self.insert(course.clone());
        Ok(course)
    }

    pub fn insert(&self, course: Arc<Course>) {
        self.0.update_value(|m| {
            m.insert(course.id.clone(), course);
        });
    }
}
