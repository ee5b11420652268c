//! App-wide state provided through context: the catalogue, the learner's progress, their language preferences.

use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::lang::{self, Localized};
use crate::domain::package::{Catalog, CatalogEntry, Course};
use crate::domain::progress::{CourseProgress, Happened};
use crate::edge::catalog::{catalog_url, load_catalog, LoadError};
use crate::edge::settings;
use crate::edge::store::{Earned, ProgressStore, StorageError};
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
    /// Learning events waiting for the next save of their course (they are stored with it, in one transaction).
    earned: StoredValue<std::collections::BTreeMap<String, Vec<Earned>>>,
    /// Counts the committed saves that carried learning events (the sync part watches it to deliver them).
    pub recorded: RwSignal<u32>,
    /// The course of the last committed save (the sync part writes it to the LRS's State for other devices).
    pub saved: RwSignal<Option<String>>,
    /// The latest learning event and its course, as it happens (an embedding host is told).
    pub happened: RwSignal<Option<(String, Happened)>>,
}

/// A statement id: a random (version 4) UUID, made from the browser's cryptographic random numbers.
pub fn new_statement_id() -> String {
    let mut bytes = [0u8; 16];
    if let Some(c) = web_sys::window().and_then(|w| w.crypto().ok()) {
        let _ = c.get_random_values_with_u8_array(&mut bytes);
    }
    if bytes == [0u8; 16] {
        // No crypto (never seen in a browser): time and Math.random still make a collision unthinkable.
        let t = js_sys::Date::now().to_bits().to_le_bytes();
        let r = js_sys::Math::random().to_bits().to_le_bytes();
        bytes[..8].copy_from_slice(&t);
        bytes[8..].copy_from_slice(&r);
    }
    uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .to_string()
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
            earned: StoredValue::new(Default::default()),
            recorded: RwSignal::new(0),
            happened: RwSignal::new(None),
            saved: RwSignal::new(None),
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

    /// The progress of `course`, without tracking.
    pub fn course_untracked(&self, course: &str) -> CourseProgress {
        self.courses
            .with_untracked(|m| m.get(course).cloned().unwrap_or_default())
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

    /// Applies a change that may earn a learning record (a completion, a quiz attempt): the record gets its
    /// statement id and time now, and is stored together with the progress that earned it — at once, in a
    /// transaction of its own: it never waits behind another save of the course (a reading position, a video's
    /// place) or for a painted frame, so leaving the page right after the learner saw it done loses nothing.
    pub fn record(
        &self,
        course: &Arc<Course>,
        language: &str,
        change: impl FnOnce(&mut CourseProgress) -> Option<Happened>,
    ) {
        let mut happened = None;
        let changed = self.apply(&course.id, |p| happened = change(p));
        let Some(happened) = happened else {
            if changed {
                self.save_soon(&course.id);
            }
            return;
        };
        // Time of earlier visits, and of this one (it is added to the progress when the learner leaves the unit).
        let time_spent_ms = self.courses.with_untracked(|m| {
            m.get(&course.id).map_or(0.0, |p| {
                let this_visit = if p.last_unit.as_deref() == Some(happened.unit()) {
                    (now() - p.last_visit_at).max(0.0)
                } else {
                    0.0
                };
                p.unit(happened.unit()).time_spent_ms + this_visit
            })
        });
        self.happened
            .set(Some((course.id.clone(), happened.clone())));
        let earned = Earned {
            id: new_statement_id(),
            at: now(),
            course: course.clone(),
            happened,
            time_spent_ms,
            language: language.to_string(),
        };
        self.earned.update_value(|m| {
            m.entry(course.id.clone()).or_default().push(earned);
        });
        self.save_now(&course.id);
    }

    /// Saves `course` (its progress as the page has it, and its learning events waiting) right away, beside any
    /// save of it already under way: each save merges with what is stored inside its own transaction, so they can
    /// run in any order. The store starts the transaction without waiting for a painted frame when the save
    /// carries learning events or the page is being hidden or left.
    fn save_now(&self, course: &str) {
        self.flush_on_leaving();
        let this = *self;
        let course = course.to_string();
        leptos::task::spawn_local(async move { this.save_once(&course).await });
    }

    /// One save of `course`: its progress as the page has it now, with the learning events waiting for it.
    async fn save_once(self, course: &str) {
        let snapshot = self.course_untracked(course);
        let earned = self
            .earned
            .try_update_value(|m| m.remove(course).unwrap_or_default())
            .unwrap_or_default();
        let done = self
            .store
            .get_value()
            .save(course, &snapshot, &earned)
            .await;
        self.settle(course, earned, done);
    }

    /// What follows a save of `course` that carried `earned`: announced when committed; on failure the events are
    /// kept for the next save, in the order they happened, and the learner is told.
    fn settle(&self, course: &str, earned: Vec<Earned>, done: Result<(), StorageError>) {
        match done {
            Ok(()) => {
                self.error.set(None);
                crate::edge::broadcast::announce(course);
                self.saved.set(Some(course.to_string()));
                if !earned.is_empty() {
                    self.recorded.update(|n| *n += 1);
                }
            }
            Err(e) => {
                if !earned.is_empty() {
                    self.earned.update_value(|m| {
                        let later = m.remove(course).unwrap_or_default();
                        m.insert(
                            course.to_string(),
                            earned.into_iter().chain(later).collect(),
                        );
                    });
                }
                self.error.set(Some(e));
            }
        }
    }

    /// Finishes what is pending when the page is hidden or left (`pagehide`, `visibilitychange` to hidden): every
    /// course changed since its save under way started, and every learning event kept after a failed save, is
    /// saved at once (a save waiting for a painted frame is started by the store itself).
    pub fn flush(&self) {
        let mut courses: Vec<String> = self
            .saving
            .try_update_value(|s| {
                let dirty: Vec<String> = s
                    .iter()
                    .filter(|(_, dirty)| **dirty)
                    .map(|(c, _)| c.clone())
                    .collect();
                // The save started now covers those changes; the round under way need not repeat them.
                for c in &dirty {
                    s.insert(c.clone(), false);
                }
                dirty
            })
            .unwrap_or_default();
        self.earned.with_value(|m| {
            courses.extend(
                m.iter()
                    .filter(|(_, e)| !e.is_empty())
                    .map(|(c, _)| c.clone()),
            )
        });
        courses.sort();
        courses.dedup();
        for course in courses {
            self.save_now(&course);
        }
    }

    /// Calls [`flush`](Self::flush) when the page is hidden or left, for the page's life.
    fn flush_on_leaving(&self) {
        use wasm_bindgen::JsCast;
        // Once per page, by the first save (nothing is pending before one): the saving code then stays out of the
        // first load, which only shows the catalogue.
        thread_local!(static LISTENING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
        if LISTENING.with(|l| l.replace(true)) {
            return;
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        let this = *self;
        let on_leave = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
            let hidden = web_sys::window()
                .and_then(|w| w.document())
                .is_none_or(|d| d.hidden());
            if hidden {
                this.flush();
            }
        });
        let f = on_leave.as_ref().unchecked_ref();
        let _ = window.add_event_listener_with_callback("pagehide", f);
        if let Some(document) = window.document() {
            let _ = document.add_event_listener_with_callback("visibilitychange", f);
        }
        // Listens as long as the page lives.
        on_leave.forget();
    }

    /// Merges progress from elsewhere (another device, through the LRS) into `course`, and saves it.
    pub fn merge_in(&self, course: &str, other: &CourseProgress) {
        self.update(course, |p| *p = p.merge(other));
    }

    /// Applies a change to `course`'s progress and saves it. Changes only ever add progress.
    pub fn update(&self, course: &str, change: impl FnOnce(&mut CourseProgress)) {
        if self.apply(course, change) {
            self.save_soon(course);
        }
    }

    /// Applies a change to the page's progress of `course`; whether it changed anything.
    fn apply(&self, course: &str, change: impl FnOnce(&mut CourseProgress)) -> bool {
        let mut changed = false;
        self.courses.update(|m| {
            let p = m.entry(course.to_string()).or_default();
            let before = p.clone();
            change(p);
            changed = *p != before;
        });
        changed
    }

    /// Saves `course` soon. One such save per course at a time: changes made meanwhile (a playing video updates
    /// several times a second) are written together by the next round, so the store never falls behind or fills
    /// up. (Learning events do not wait for this: see [`record`](Self::record).)
    fn save_soon(&self, course: &str) {
        self.flush_on_leaving();
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
                this.save_once(&course).await;
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
    /// The language `unit` of `course` is shown in to this learner (the language of its title as picked).
    pub fn studied_in(&self, course: &Course, unit: &str) -> String {
        let chain = self.chain();
        course
            .units()
            .find(|u| u.id == unit)
            .and_then(|u| lang::pick(&u.title, &chain, &course.default_language))
            .map_or_else(
                || course.default_language.clone(),
                |(tag, _)| tag.to_string(),
            )
    }

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

/// Runs `init` under a reactive owner of its own that lives as long as the page, and gives back what it made —
/// for state that outlives the components showing it (the interface is rebuilt on a language switch; a download or
/// the sync state goes on). The caller's owner is current again afterwards.
pub fn page_lived<T>(init: impl FnOnce() -> T) -> T {
    let current = Owner::current();
    // `new_root` makes itself the current owner.
    let owner = Owner::new_root(None);
    let made = owner.with(init);
    if let Some(c) = current {
        c.set();
    }
    // Never disposed: the page's lifetime.
    std::mem::forget(owner);
    made
}
