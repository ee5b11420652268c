//! App-wide state provided through context: the catalogue, the learner's progress, their language preferences.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::lang::{self, Localized};
use crate::domain::package::{Catalog, CatalogEntry, Course};
use crate::domain::progress::{CourseProgress, Happened};
use crate::edge::catalog::{load_all, usable, LoadError, Sources};
use crate::edge::settings;
use crate::edge::store::{SplitStore, StorageError, StoreCall};
use crate::i18n;
use crate::service::{self, progress::Page};

/// The catalogue: every source's courses, loaded at start-up (and again when the learner changes their sources).
#[derive(Clone, Copy)]
pub struct CatalogCtx(pub LocalResource<Arc<Sources>>);

impl CatalogCtx {
    pub fn provide() {
        provide_context(CatalogCtx(LocalResource::new(|| async {
            Arc::new(load_all().await)
        })));
    }

    /// The merged catalogue, or why there is none (every source failed).
    pub async fn catalog(self) -> Result<Arc<Sources>, LoadError> {
        let sources = self.0.await;
        usable(&sources)?;
        Ok(sources)
    }

    pub fn expect() -> Self {
        expect_context()
    }
}

/// The courses of a catalogue in pages (format 1.2) loaded so far, after the catalogue's own: a page is fetched
/// when the learner nears the end of the list, when they search or filter (a search covers every page), or when a
/// course of an unloaded page is opened by its address.
#[derive(Clone, Copy)]
pub struct CatalogPages {
    /// The pages' courses, in catalogue order (a course id seen before is left out).
    pub courses: RwSignal<Vec<CatalogEntry>>,
    /// How many pages are loaded (or failed).
    pub loaded: RwSignal<usize>,
    /// Pages that could not be loaded or entries that did not parse, in the learner's words.
    pub errors: RwSignal<Vec<String>>,
    /// A page is on its way (one at a time).
    busy: RwSignal<bool>,
}

impl CatalogPages {
    pub fn provide() {
        provide_context(Self::new());
    }

    pub fn new() -> Self {
        CatalogPages {
            courses: RwSignal::new(vec![]),
            loaded: RwSignal::new(0),
            errors: RwSignal::new(vec![]),
            busy: RwSignal::new(false),
        }
    }

    pub fn expect() -> Self {
        expect_context()
    }

    /// Whether `catalog` has pages not loaded yet.
    pub fn more(&self, catalog: &Catalog) -> bool {
        catalog
            .more
            .as_ref()
            .is_some_and(|m| self.loaded.get_untracked() < m.pages.len())
    }

    /// Whether a page is on its way (tracked).
    pub fn busy(&self) -> bool {
        self.busy.get()
    }

    /// Loads the next page of `catalog`, unless none is left or one is on its way; whether one was loaded.
    pub async fn load_next(&self, catalog: &Catalog) -> bool {
        let Some(more) = &catalog.more else {
            return false;
        };
        let n = self.loaded.get_untracked();
        if n >= more.pages.len() || self.busy.get_untracked() {
            return false;
        }
        self.busy.set(true);
        let url = &more.pages[n];
        let loaded = crate::edge::catalog::load_page(url).await;
        // A page of 500 courses is parsed in one turn and drawn into the list in the next: one frame each.
        crate::edge::sync::sleep(0.0).await;
        match loaded {
            Ok((entries, rejected)) => {
                let mut seen: std::collections::HashSet<String> =
                    catalog.courses.iter().map(|c| c.id.clone()).collect();
                self.courses
                    .with_untracked(|c| seen.extend(c.iter().map(|c| c.id.clone())));
                let (fresh, repeated): (Vec<_>, Vec<_>) =
                    entries.into_iter().partition(|e| !seen.contains(&e.id));
                self.courses.update(|c| c.extend(fresh));
                let mut errors: Vec<String> = rejected.iter().map(|e| e.to_string()).collect();
                errors.extend(repeated.iter().map(|e| {
                    format!(
                        "{}: /courses: course id \"{}\" is already in the catalogue; this one is left out",
                        crate::domain::package::file_name(url),
                        e.id
                    )
                }));
                if !errors.is_empty() {
                    self.errors.update(|e| e.extend(errors));
                }
            }
            Err(e) => self
                .errors
                .update(|errors| errors.push(format!("{url}: {e}"))),
        }
        self.loaded.set(n + 1);
        self.busy.set(false);
        true
    }

    /// Loads every page of `catalog` not loaded yet, one after another.
    pub async fn load_all(&self, catalog: &Catalog) {
        while self.more(catalog) {
            if !self.load_next(catalog).await {
                // Another caller's page is on its way: wait for it.
                crate::edge::sync::sleep(50.0).await;
            }
        }
    }

    /// The course `id` of `catalog`, from its own courses or its pages (loaded until it is found).
    pub async fn find(&self, catalog: &Catalog, id: &str) -> Option<CatalogEntry> {
        loop {
            let found = catalog
                .courses
                .iter()
                .find(|c| c.id == id)
                .cloned()
                .or_else(|| {
                    self.courses
                        .with_untracked(|c| c.iter().find(|c| c.id == id).cloned())
                });
            if found.is_some() || !self.more(catalog) {
                return found;
            }
            if !self.load_next(catalog).await {
                crate::edge::sync::sleep(50.0).await;
            }
        }
    }
}

impl Default for CatalogPages {
    fn default() -> Self {
        Self::new()
    }
}

/// The learner's progress in every course opened so far, kept stored: the learning core's
/// [`service::progress::Progress`] with signals for what the interface shows.
#[derive(Clone, Copy)]
pub struct Progress {
    core: StoredValue<Core, LocalStorage>,
    /// The page's progress changed.
    changed: Trigger,
    /// The last storage error, shown to the learner.
    pub error: RwSignal<Option<StorageError>>,
    /// Counts the committed saves that carried learning events (the sync part watches it to deliver them).
    pub recorded: RwSignal<u32>,
    /// Learning events that happened and are not yet in a committed save (the sync status counts them as waiting).
    pub unsaved: RwSignal<u32>,
    /// The course of the last committed save (the sync part writes it to the LRS's State for other devices).
    pub saved: RwSignal<Option<String>>,
    /// The latest learning event and its course, as it happens (an embedding host is told).
    pub happened: RwSignal<Option<(String, Happened)>>,
}

/// Concrete, not a trait object: the store's code is then reached only from the saving code, which the first load
/// (the catalogue) does not hold.
type Core = service::progress::Progress<SplitStore, Signals>;

/// The page the learning core's progress lives in: the browser's clock and random ids, Leptos tasks, signals.
#[derive(Clone, Copy)]
struct Signals {
    changed: Trigger,
    error: RwSignal<Option<StorageError>>,
    recorded: RwSignal<u32>,
    unsaved: RwSignal<u32>,
    saved: RwSignal<Option<String>>,
    happened: RwSignal<Option<(String, Happened)>>,
}

impl Page for Signals {
    fn now(&self) -> f64 {
        now()
    }
    fn statement_id(&self) -> String {
        new_statement_id()
    }
    fn spawn(&self, task: impl std::future::Future<Output = ()> + 'static) {
        leptos::task::spawn_local(task);
    }
    fn changed(&self) {
        self.changed.notify();
    }
    fn happened(&self, course: &str, happened: &Happened) {
        self.happened
            .set(Some((course.to_string(), happened.clone())));
    }
    fn earned(&self, _: &str) {
        self.unsaved.update(|n| *n += 1);
    }
    fn saved(&self, course: &str, events: usize) {
        crate::edge::broadcast::announce(course);
        self.saved.set(Some(course.to_string()));
        if events > 0 {
            self.unsaved
                .update(|n| *n = n.saturating_sub(events as u32));
            self.recorded.update(|n| *n += 1);
        }
    }
    fn forgotten(&self, course: &str) {
        crate::edge::broadcast::announce(course);
    }
    fn storage(&self, error: Option<StorageError>) {
        if error.is_some() || self.error.with_untracked(Option::is_some) {
            self.error.set(error);
        }
    }
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
    /// Provides progress kept by the split-off store `store`; `error` says why durable storage is unavailable, if it
    /// is.
    pub fn provide(store: StoreCall, error: Option<StorageError>) {
        let signals = Signals {
            changed: Trigger::new(),
            error: RwSignal::new(error),
            recorded: RwSignal::new(0),
            unsaved: RwSignal::new(0),
            saved: RwSignal::new(None),
            happened: RwSignal::new(None),
        };
        provide_context(Progress {
            core: StoredValue::new_local(Core::new(SplitStore(store), signals)),
            changed: signals.changed,
            error: signals.error,
            recorded: signals.recorded,
            unsaved: signals.unsaved,
            saved: signals.saved,
            happened: signals.happened,
        });
    }

    pub fn expect() -> Self {
        expect_context()
    }

    fn core(&self) -> Core {
        self.core.get_value()
    }

    /// The progress of `course` (tracked: re-runs the caller when it changes).
    pub fn course(&self, course: &str) -> CourseProgress {
        self.changed.track();
        self.course_untracked(course)
    }

    /// The progress of `course`, without tracking.
    pub fn course_untracked(&self, course: &str) -> CourseProgress {
        self.core().course(course)
    }

    /// Reads `course` from the store and merges it into what the page already has.
    pub async fn load(&self, course: &str) {
        self.core().load(course).await
    }

    /// Opens `course` for the learner: their stored progress, then what their other devices did, if an LRS keeps
    /// it (not waited for long: a slow or unreachable LRS never holds the course up; it is merged by the next
    /// write then). Only what carries its evidence comes back (docs/security.md, "Remote claims"); merging it
    /// records no learning event.
    /// Returns the course as the page plays it (a cmi5 launch may set a quiz's pass mark: `edge::cmi5::showing`).
    pub async fn open(&self, course: Arc<Course>) -> Arc<Course> {
        self.load(&course.id).await;
        if let Some(remote) = crate::edge::sync::progress_elsewhere(&course).await {
            self.merge_in(&course.id, &remote);
        }
        // The launch has settled (`progress_elsewhere`): a cmi5 session about this course judges it now.
        let course = crate::edge::cmi5::showing(course);
        if crate::edge::cmi5::reports_on(&course.id) {
            self.save(&course.id);
        }
        course
    }

    /// Applies a change that may earn a learning record (a completion, a quiz attempt); the record is stored at
    /// once with the progress that earned it (see [`service::progress::Progress::record`]).
    pub fn record(
        &self,
        course: &Arc<Course>,
        language: &str,
        change: impl FnOnce(&mut CourseProgress) -> Option<Happened>,
    ) {
        if crate::edge::cmi5::records_nothing() {
            return self.core().change_on_page(&course.id, |p| {
                change(p);
            });
        }
        self.flush_on_leaving();
        self.core().record(course, language, change);
    }

    /// [`record`](Self::record) with statements made elsewhere (a cmi5 unit's AU) stored and queued with it.
    pub fn record_with(
        &self,
        course: &Arc<Course>,
        language: &str,
        change: impl FnOnce(&mut CourseProgress) -> Option<Happened>,
        statements: Vec<serde_json::Value>,
    ) {
        if crate::edge::cmi5::records_nothing() {
            return self.core().change_on_page(&course.id, |p| {
                change(p);
            });
        }
        self.flush_on_leaving();
        self.core()
            .record_with(course, language, change, statements);
    }

    /// Merges progress from elsewhere (another device, through the LRS) into `course`, and saves it.
    pub fn merge_in(&self, course: &str, other: &CourseProgress) {
        if crate::edge::cmi5::records_nothing() {
            return self.core().change_on_page(course, |p| *p = p.merge(other));
        }
        self.flush_on_leaving();
        self.core().merge_in(course, other);
    }

    /// Applies a change to `course`'s progress and saves it soon. Changes only ever add progress.
    pub fn update(&self, course: &str, change: impl FnOnce(&mut CourseProgress)) {
        if crate::edge::cmi5::records_nothing() {
            return self.core().change_on_page(course, change);
        }
        self.flush_on_leaving();
        self.core().update(course, change);
    }

    /// Saves `course` now: in a cmi5 session, the AU's verdicts its progress already earned are queued (a course
    /// finished before the launch reports so at once).
    pub fn save(&self, course: &str) {
        if !crate::edge::cmi5::records_nothing() {
            self.core().save(course);
        }
    }

    /// Saves at once what is pending (the page is being hidden or left).
    pub fn flush(&self) {
        self.core().flush();
    }

    /// Calls [`flush`](Self::flush) when the page is hidden or left (`pagehide`, `visibilitychange` to hidden),
    /// for the page's life.
    fn flush_on_leaving(&self) {
        use wasm_bindgen::JsCast;
        // Once per page, by the first change (nothing is pending before one): the saving code then stays out of
        // the first load, which only shows the catalogue.
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

    /// Every course with stored progress, merged into what the page has (the transcript).
    pub async fn load_all(&self) -> Vec<(String, CourseProgress)> {
        self.core().load_all().await
    }

    /// Forgets all progress in `course`, stored and on screen.
    pub async fn reset(&self, course: &str) {
        self.core().reset(course).await
    }

    /// Merges in what other tabs save (they announce it on a BroadcastChannel).
    pub fn follow_other_tabs(&self) {
        let this = *self;
        crate::edge::broadcast::listen(move |course| {
            // Only courses this page shows; others are read when opened.
            if this.core().has(&course) {
                leptos::task::spawn_local(async move { this.load(&course).await });
            }
        });
    }
}

/// The learner's languages: the interface locale and the course-language choice. Both stick (settings) and
/// both re-render the interface when they change (see `App`).
#[derive(Clone, Copy)]
pub struct Languages {
    /// The interface locale, one of [`i18n::with_locales`].
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
        let locale = i18n::with_locales(|l| l.negotiate(&wanted));
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

    /// Provides languages given outright (`browser`: the browser's preferred languages), reading no setting: for
    /// rendering outside a browser (`alliance-pack prerender`).
    pub fn provide_for(ui: String, content: Option<String>, browser: Vec<String>) {
        provide_context(Languages {
            ui: RwSignal::new(ui),
            content: RwSignal::new(content),
            browser: StoredValue::new(browser),
            error: RwSignal::new(None),
        });
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
