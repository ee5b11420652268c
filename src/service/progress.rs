//! The learner's progress as a page holds it, and the rules that keep it stored: a learning event (a completion,
//! a quiz attempt) is stored at once with the progress that earned it, in a transaction of its own; other changes
//! (a reading position, a playing video) are written one save per course at a time, changes made meanwhile going
//! together into the next round, so the store never falls behind; a failed save keeps its learning events, in
//! order, for the next one; leaving the page saves what is pending. Over a [`ProgressStore`] and a [`Page`] (time,
//! ids, tasks, and telling the interface), each with a twin for the host tests.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::Arc;

use crate::domain::package::Course;
use crate::domain::progress::{CourseProgress, Happened};
use crate::domain::storage_error::StorageError;

/// A learning event waiting to be stored with the progress that earned it. The store turns it into the statement
/// for the LRS and puts that in the outbox in the same transaction as the progress, so a completion and its
/// statement are stored together or not at all.
#[derive(Debug, Clone)]
pub struct Earned {
    /// The statement id, a random UUID made when it happened.
    pub id: String,
    /// When it happened (milliseconds since the epoch).
    pub at: f64,
    pub course: Arc<Course>,
    /// The event; `None` for statements of a cmi5 unit's AU that change no progress.
    pub happened: Option<Happened>,
    pub time_spent_ms: f64,
    /// The language the unit was studied in.
    pub language: String,
    /// Statements made elsewhere to queue with it, as they are: a cmi5 unit's AU reports for itself
    /// (`domain::cmi5_host`), already checked.
    pub statements: Vec<serde_json::Value>,
}

pub type StoreFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, StorageError>> + 'a>>;

/// Durable progress per course, of one learner. Implementations merge on save, so a stale write never undoes
/// progress.
pub trait ProgressStore {
    fn load<'a>(&'a self, course: &'a str) -> StoreFuture<'a, CourseProgress>;
    /// Merges `progress` into what is stored and queues the statements of `earned`, in one transaction.
    fn save<'a>(
        &'a self,
        course: &'a str,
        progress: &'a CourseProgress,
        earned: &'a [Earned],
    ) -> StoreFuture<'a, ()>;
    /// Every course with stored progress (the transcript).
    fn load_all(&self) -> StoreFuture<'_, Vec<(String, CourseProgress)>>;
    /// Forgets everything stored for `course`.
    fn reset<'a>(&'a self, course: &'a str) -> StoreFuture<'a, ()>;
}

impl<T: ProgressStore + ?Sized> ProgressStore for Rc<T> {
    fn load<'a>(&'a self, course: &'a str) -> StoreFuture<'a, CourseProgress> {
        (**self).load(course)
    }
    fn save<'a>(
        &'a self,
        course: &'a str,
        progress: &'a CourseProgress,
        earned: &'a [Earned],
    ) -> StoreFuture<'a, ()> {
        (**self).save(course, progress, earned)
    }
    fn load_all(&self) -> StoreFuture<'_, Vec<(String, CourseProgress)>> {
        (**self).load_all()
    }
    fn reset<'a>(&'a self, course: &'a str) -> StoreFuture<'a, ()> {
        (**self).reset(course)
    }
}

/// The store's in-memory twin: progress kept for the life of the page.
#[derive(Default)]
pub struct MemoryStore {
    courses: RefCell<BTreeMap<String, CourseProgress>>,
    /// The learning events saved, in order (the in-memory outbox).
    pub earned: RefCell<Vec<Earned>>,
}

impl ProgressStore for MemoryStore {
    fn load<'a>(&'a self, course: &'a str) -> StoreFuture<'a, CourseProgress> {
        let p = self
            .courses
            .borrow()
            .get(course)
            .cloned()
            .unwrap_or_default();
        Box::pin(async move { Ok(p) })
    }

    fn save<'a>(
        &'a self,
        course: &'a str,
        progress: &'a CourseProgress,
        earned: &'a [Earned],
    ) -> StoreFuture<'a, ()> {
        self.earned.borrow_mut().extend_from_slice(earned);
        let mut map = self.courses.borrow_mut();
        let merged = match map.get(course) {
            Some(old) => old.merge(progress),
            None => progress.clone(),
        };
        map.insert(course.to_string(), merged);
        Box::pin(async { Ok(()) })
    }

    fn load_all(&self) -> StoreFuture<'_, Vec<(String, CourseProgress)>> {
        let all = self
            .courses
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        Box::pin(async move { Ok(all) })
    }

    fn reset<'a>(&'a self, course: &'a str) -> StoreFuture<'a, ()> {
        self.courses.borrow_mut().remove(course);
        Box::pin(async { Ok(()) })
    }
}

/// The page around the progress: time, statement ids, running tasks, and what the interface is told.
pub trait Page: 'static {
    /// Milliseconds since the epoch.
    fn now(&self) -> f64;
    /// A new statement id (a random UUID).
    fn statement_id(&self) -> String;
    /// Runs `task` to its end, beside the caller.
    fn spawn(&self, task: impl Future<Output = ()> + 'static);
    /// The page's progress changed (what shows it is drawn again).
    fn changed(&self);
    /// A learning event happened in `course` (an embedding host is told), before it is stored.
    fn happened(&self, course: &str, happened: &Happened);
    /// A learning event of `course` is waiting to be stored (its statements for the outbox), in the turn it happened:
    /// until the save that carries it commits, the sync status counts it as waiting.
    fn earned(&self, course: &str);
    /// A save of `course` committed, carrying `events` learning events (the outbox has their statements).
    fn saved(&self, course: &str, events: usize);
    /// Forgetting `course` committed.
    fn forgotten(&self, course: &str);
    /// Storage failed (or works again: `None`); the learner is told.
    fn storage(&self, error: Option<StorageError>);
}

/// The progress of one learner in every course the page has opened, kept stored.
pub struct Progress<S, P> {
    inner: Rc<Inner<S, P>>,
}

impl<S, P> Clone for Progress<S, P> {
    fn clone(&self) -> Self {
        Progress {
            inner: self.inner.clone(),
        }
    }
}

struct Inner<S, P> {
    store: S,
    page: P,
    courses: RefCell<BTreeMap<String, CourseProgress>>,
    /// Courses with a save round under way, and whether they changed again since it started.
    saving: RefCell<BTreeMap<String, bool>>,
    /// Learning events waiting for the next save of their course (stored with it, in one transaction).
    earned: RefCell<BTreeMap<String, Vec<Earned>>>,
}

impl<S: ProgressStore + 'static, P: Page> Progress<S, P> {
    pub fn new(store: S, page: P) -> Self {
        Progress {
            inner: Rc::new(Inner {
                store,
                page,
                courses: RefCell::default(),
                saving: RefCell::default(),
                earned: RefCell::default(),
            }),
        }
    }

    pub fn page(&self) -> &P {
        &self.inner.page
    }

    /// The page's progress of `course`.
    pub fn course(&self, course: &str) -> CourseProgress {
        self.inner
            .courses
            .borrow()
            .get(course)
            .cloned()
            .unwrap_or_default()
    }

    /// Whether the page has opened `course`.
    pub fn has(&self, course: &str) -> bool {
        self.inner.courses.borrow().contains_key(course)
    }

    /// Reads `course` from the store and merges it into what the page already has.
    pub async fn load(&self, course: &str) {
        match self.inner.store.load(course).await {
            Ok(stored) => {
                self.merge_page(course, &stored);
                self.inner.page.changed();
            }
            Err(e) => self.inner.page.storage(Some(e)),
        }
    }

    fn merge_page(&self, course: &str, stored: &CourseProgress) {
        let mut m = self.inner.courses.borrow_mut();
        let merged = m
            .get(course)
            .map(|p| p.merge(stored))
            .unwrap_or_else(|| stored.clone());
        m.insert(course.to_string(), merged);
    }

    /// Applies a change that may earn a learning record (a completion, a quiz attempt): the record gets its
    /// statement id and time now, and is stored together with the progress that earned it — at once, in a
    /// transaction of its own: it never waits behind another save of the course, so leaving the page right after
    /// the learner saw it done loses nothing. `language` is the one the unit was studied in.
    pub fn record(
        &self,
        course: &Arc<Course>,
        language: &str,
        change: impl FnOnce(&mut CourseProgress) -> Option<Happened>,
    ) {
        self.record_with(course, language, change, vec![]);
    }

    /// [`record`](Self::record), with `statements` made elsewhere (a cmi5 unit's AU) stored and queued with it, in
    /// the same transaction — also when the change earns no event of the player's own.
    pub fn record_with(
        &self,
        course: &Arc<Course>,
        language: &str,
        change: impl FnOnce(&mut CourseProgress) -> Option<Happened>,
        statements: Vec<serde_json::Value>,
    ) {
        let mut happened = None;
        let changed = self.apply(&course.id, |p| happened = change(p));
        if happened.is_none() && statements.is_empty() {
            if changed {
                self.save_soon(&course.id);
            }
            return;
        }
        let page = &self.inner.page;
        let now = page.now();
        // Time of earlier visits, and of this one (added to the progress when the learner leaves the unit).
        let time_spent_ms = self
            .inner
            .courses
            .borrow()
            .get(&course.id)
            .zip(happened.as_ref())
            .map_or(0.0, |(p, happened)| {
                let this_visit = if p.last_unit.as_deref() == Some(happened.unit()) {
                    (now - p.last_visit_at).max(0.0)
                } else {
                    0.0
                };
                p.unit(happened.unit()).time_spent_ms + this_visit
            });
        if let Some(happened) = &happened {
            page.happened(&course.id, happened);
        }
        page.earned(&course.id);
        let earned = Earned {
            id: page.statement_id(),
            at: now,
            course: course.clone(),
            happened,
            time_spent_ms,
            language: language.to_string(),
            statements,
        };
        self.inner
            .earned
            .borrow_mut()
            .entry(course.id.clone())
            .or_default()
            .push(earned);
        self.save_now(&course.id);
    }

    /// Applies a change on the page only: nothing is stored and no learning record is made (a cmi5 launch in
    /// Browse or Review mode: the learner looks around without a trace).
    pub fn change_on_page(&self, course: &str, change: impl FnOnce(&mut CourseProgress)) {
        self.apply(course, change);
    }

    /// Saves `course` now (what the page has, merged with what is stored).
    pub fn save(&self, course: &str) {
        self.save_now(course);
    }

    /// Merges progress from elsewhere (another device, through the LRS) into `course`, and saves it.
    pub fn merge_in(&self, course: &str, other: &CourseProgress) {
        self.update(course, |p| *p = p.merge(other));
    }

    /// Applies a change to `course`'s progress and saves it soon. Changes only ever add progress.
    pub fn update(&self, course: &str, change: impl FnOnce(&mut CourseProgress)) {
        if self.apply(course, change) {
            self.save_soon(course);
        }
    }

    /// Applies a change to the page's progress of `course`; whether it changed anything.
    fn apply(&self, course: &str, change: impl FnOnce(&mut CourseProgress)) -> bool {
        let changed = {
            let mut m = self.inner.courses.borrow_mut();
            let p = m.entry(course.to_string()).or_default();
            let before = p.clone();
            change(p);
            *p != before
        };
        if changed {
            self.inner.page.changed();
        }
        changed
    }

    /// Saves `course` (its progress as the page has it, and its learning events waiting) right away, beside any
    /// save of it already under way: each save merges with what is stored inside its own transaction, so they can
    /// run in any order.
    fn save_now(&self, course: &str) {
        let this = self.clone();
        let course = course.to_string();
        self.inner
            .page
            .spawn(async move { this.save_once(&course).await });
    }

    /// Saves `course` soon. One such round per course at a time: changes made meanwhile (a playing video updates
    /// several times a second) are written together by the next round.
    fn save_soon(&self, course: &str) {
        {
            let mut saving = self.inner.saving.borrow_mut();
            if let Some(dirty) = saving.get_mut(course) {
                *dirty = true;
                return;
            }
            saving.insert(course.to_string(), false);
        }
        let this = self.clone();
        let course = course.to_string();
        self.inner.page.spawn(async move {
            loop {
                this.save_once(&course).await;
                let mut saving = this.inner.saving.borrow_mut();
                match saving.get_mut(&course) {
                    Some(dirty) if *dirty => *dirty = false,
                    _ => {
                        saving.remove(&course);
                        break;
                    }
                }
            }
        });
    }

    /// One save of `course`: its progress as the page has it now, with the learning events waiting for it. On
    /// failure the events are kept for the next save, in the order they happened, and the learner is told.
    async fn save_once(&self, course: &str) {
        let snapshot = self.course(course);
        let earned = self
            .inner
            .earned
            .borrow_mut()
            .remove(course)
            .unwrap_or_default();
        let done = self.inner.store.save(course, &snapshot, &earned).await;
        let page = &self.inner.page;
        match done {
            Ok(()) => {
                page.storage(None);
                page.saved(course, earned.len());
            }
            Err(e) => {
                if !earned.is_empty() {
                    let mut waiting = self.inner.earned.borrow_mut();
                    let later = waiting.remove(course).unwrap_or_default();
                    waiting.insert(
                        course.to_string(),
                        earned.into_iter().chain(later).collect(),
                    );
                }
                page.storage(Some(e));
            }
        }
    }

    /// Finishes what is pending, for when the page is hidden or left: every course changed since its round under
    /// way started, and every learning event kept after a failed save, is saved at once.
    pub fn flush(&self) {
        let mut courses: Vec<String> = {
            let mut saving = self.inner.saving.borrow_mut();
            saving
                .iter_mut()
                .filter(|(_, dirty)| **dirty)
                .map(|(c, dirty)| {
                    // The save started now covers those changes; the round under way need not repeat them.
                    *dirty = false;
                    c.clone()
                })
                .collect()
        };
        courses.extend(
            self.inner
                .earned
                .borrow()
                .iter()
                .filter(|(_, e)| !e.is_empty())
                .map(|(c, _)| c.clone()),
        );
        courses.sort();
        courses.dedup();
        for course in courses {
            self.save_now(&course);
        }
    }

    /// Every course with stored progress merged into what the page has, but those with none (the transcript).
    pub async fn load_all(&self) -> Vec<(String, CourseProgress)> {
        match self.inner.store.load_all().await {
            Ok(all) => {
                for (course, stored) in &all {
                    self.merge_page(course, stored);
                }
                self.inner.page.changed();
                self.inner
                    .courses
                    .borrow()
                    .iter()
                    .filter(|(_, p)| **p != CourseProgress::default())
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect()
            }
            Err(e) => {
                self.inner.page.storage(Some(e));
                vec![]
            }
        }
    }

    /// Forgets all progress in `course`, stored and on the page.
    pub async fn reset(&self, course: &str) {
        match self.inner.store.reset(course).await {
            Ok(()) => {
                self.inner.courses.borrow_mut().remove(course);
                self.inner.page.changed();
                self.inner.page.forgotten(course);
            }
            Err(e) => self.inner.page.storage(Some(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::package::parse_course;
    use std::cell::Cell;
    use std::task::{Context, Poll, Waker};

    /// A store twin whose saves wait until the test lets them finish (or fail), recording what each carried.
    #[derive(Default)]
    struct HeldStore {
        memory: MemoryStore,
        /// Each save as it started: course, snapshot, statement ids.
        started: RefCell<Vec<(String, CourseProgress, Vec<String>)>>,
        /// Saves let through so far; a save waits until its number is below this.
        released: Cell<usize>,
        /// Saves numbered here fail.
        failing: RefCell<Vec<usize>>,
    }

    impl ProgressStore for Rc<HeldStore> {
        fn load<'a>(&'a self, course: &'a str) -> StoreFuture<'a, CourseProgress> {
            self.memory.load(course)
        }
        fn save<'a>(
            &'a self,
            course: &'a str,
            progress: &'a CourseProgress,
            earned: &'a [Earned],
        ) -> StoreFuture<'a, ()> {
            let n = self.started.borrow().len();
            let ids = earned.iter().map(|e| e.id.clone()).collect();
            self.started
                .borrow_mut()
                .push((course.to_string(), progress.clone(), ids));
            Box::pin(async move {
                std::future::poll_fn(|_| {
                    if n < self.released.get() {
                        Poll::Ready(())
                    } else {
                        Poll::Pending
                    }
                })
                .await;
                if self.failing.borrow().contains(&n) {
                    return Err(StorageError::Write("the disk said no".into()));
                }
                self.memory.save(course, progress, earned).await
            })
        }
        fn load_all(&self) -> StoreFuture<'_, Vec<(String, CourseProgress)>> {
            self.memory.load_all()
        }
        fn reset<'a>(&'a self, course: &'a str) -> StoreFuture<'a, ()> {
            self.memory.reset(course)
        }
    }

    type Task = Pin<Box<dyn Future<Output = ()>>>;

    /// The page twin: a manual clock, counted ids, tasks run by [`TestPage::run`], and a log of what it was told.
    #[derive(Default)]
    struct TestPage {
        clock: Cell<f64>,
        ids: Cell<u32>,
        tasks: RefCell<Vec<Task>>,
        told: RefCell<Vec<String>>,
    }

    impl Page for Rc<TestPage> {
        fn now(&self) -> f64 {
            self.clock.get()
        }
        fn statement_id(&self) -> String {
            self.ids.set(self.ids.get() + 1);
            format!("s{}", self.ids.get())
        }
        fn spawn(&self, task: impl Future<Output = ()> + 'static) {
            self.tasks.borrow_mut().push(Box::pin(task));
        }
        fn changed(&self) {}
        fn happened(&self, course: &str, happened: &Happened) {
            self.told
                .borrow_mut()
                .push(format!("happened {course} {}", happened.unit()));
        }
        fn earned(&self, _: &str) {}
        fn saved(&self, course: &str, events: usize) {
            self.told
                .borrow_mut()
                .push(format!("saved {course} carried={}", events > 0));
        }
        fn forgotten(&self, course: &str) {
            self.told.borrow_mut().push(format!("forgotten {course}"));
        }
        fn storage(&self, error: Option<StorageError>) {
            if let Some(e) = error {
                self.told.borrow_mut().push(format!("error {e}"));
            }
        }
    }

    impl TestPage {
        /// Polls every task until none can go on; the number of tasks still waiting.
        fn run(&self) -> usize {
            let mut cx = Context::from_waker(Waker::noop());
            let mut waiting: Vec<Task> = vec![];
            loop {
                let mut ready: Vec<Task> = std::mem::take(&mut *self.tasks.borrow_mut());
                if ready.is_empty() {
                    break;
                }
                ready.append(&mut waiting);
                let before = ready.len();
                for mut t in ready {
                    if t.as_mut().poll(&mut cx).is_pending() {
                        waiting.push(t);
                    }
                }
                if self.tasks.borrow().is_empty() && waiting.len() == before {
                    break;
                }
            }
            let n = waiting.len();
            self.tasks.borrow_mut().extend(waiting);
            n
        }
    }

    fn course() -> Arc<Course> {
        let unit = |id: &str| serde_json::json!({"id": id, "iri": format!("https://x.org/{id}"), "kind": "reading", "title": {"en": id}, "body": {"en": "x"}});
        let doc = serde_json::json!({
            "format": "alliance-course-package", "version": "1.0", "id": "c", "iri": "https://x.org/c",
            "title": {"en": "C"}, "languages": ["en"], "defaultLanguage": "en",
            "modules": [{"id": "m", "title": {"en": "M"}, "units": [unit("u1"), unit("u2")]}]
        });
        Arc::new(
            parse_course("/c/course.json", &doc.to_string()).expect("the test course is valid"),
        )
    }

    type Tested = Progress<Rc<HeldStore>, Rc<TestPage>>;

    fn setup() -> (Tested, Rc<HeldStore>, Rc<TestPage>) {
        let store = Rc::new(HeldStore::default());
        let page = Rc::new(TestPage::default());
        page.clock.set(1_000.0);
        (Progress::new(store.clone(), page.clone()), store, page)
    }

    #[test]
    fn changes_made_during_a_save_go_together_into_one_more_round() {
        let (progress, store, page) = setup();
        progress.update("c", |p| p.set_position("u1", 1.0, 1_000.0));
        page.run();
        for s in 2..=50 {
            progress.update("c", |p| p.set_position("u1", s as f64, 1_000.0 + s as f64));
        }
        assert_eq!(page.run(), 1, "the first save is still under way");
        assert_eq!(store.started.borrow().len(), 1, "one save at a time");
        store.released.set(1);
        page.run();
        let started = store.started.borrow();
        assert_eq!(
            started.len(),
            2,
            "the 49 changes made meanwhile are one round"
        );
        assert_eq!(started[1].1.unit("u1").position, 50.0);
        drop(started);
        store.released.set(2);
        assert_eq!(page.run(), 0);
        assert_eq!(
            store.started.borrow().len(),
            2,
            "nothing changed since: no third round"
        );
        assert_eq!(progress.course("c").unit("u1").position, 50.0);
    }

    #[test]
    fn a_completion_is_stored_at_once_even_while_a_save_of_its_course_waits() {
        let (progress, store, page) = setup();
        let c = course();
        progress.update("c", |p| p.visit("u1", 1_000.0));
        page.run();
        page.clock.set(61_000.0);
        progress.record(&c, "en", |p| p.complete("u1", 61_000.0));
        page.run();
        let started = store.started.borrow();
        assert_eq!(
            started.len(),
            2,
            "the completion did not wait for the save under way"
        );
        assert_eq!(started[1].2, vec!["s1".to_string()]);
        assert!(started[1].1.state("u1").is_done());
        drop(started);
        store.released.set(2);
        page.run();
        let earned = store.memory.earned.borrow();
        assert_eq!(earned.len(), 1);
        assert_eq!(earned[0].at, 61_000.0);
        assert_eq!(
            earned[0].time_spent_ms, 60_000.0,
            "the visit under way counts"
        );
        assert_eq!(
            *page.told.borrow(),
            vec![
                "happened c u1",
                "saved c carried=false",
                "saved c carried=true"
            ]
        );
    }

    #[test]
    fn a_failed_save_keeps_its_learning_events_in_order_for_the_next() {
        let (progress, store, page) = setup();
        let c = course();
        store.failing.borrow_mut().push(0);
        store.released.set(10);
        progress.record(&c, "en", |p| p.complete("u1", 1_000.0));
        page.run();
        assert_eq!(store.memory.earned.borrow().len(), 0);
        assert!(page.told.borrow().iter().any(|t| t.starts_with("error")));
        // The next learning event's save carries both, the older first.
        progress.record(&c, "en", |p| p.complete("u2", 2_000.0));
        page.run();
        let ids: Vec<String> = store
            .memory
            .earned
            .borrow()
            .iter()
            .map(|e| e.id.clone())
            .collect();
        assert_eq!(ids, vec!["s1", "s2"]);
    }

    #[test]
    fn leaving_the_page_saves_what_changed_during_a_round_and_events_kept_after_a_failure() {
        let (progress, store, page) = setup();
        let c = course();
        progress.update("c", |p| p.set_position("u1", 1.0, 1_000.0));
        page.run();
        progress.update("c", |p| p.set_position("u1", 9.0, 1_001.0));
        store.failing.borrow_mut().push(1);
        progress.record(&c, "en", |p| p.complete("u2", 1_002.0));
        page.run();
        store.released.set(2);
        page.run();
        assert_eq!(
            store.memory.earned.borrow().len(),
            0,
            "the event's save failed"
        );
        let before = store.started.borrow().len();
        progress.flush();
        store.released.set(10);
        assert_eq!(page.run(), 0);
        let started = store.started.borrow();
        // One save for the course at once: the position and the kept event together.
        let flushed = &started[before..];
        assert!(flushed
            .iter()
            .any(|(_, p, ids)| p.unit("u1").position == 9.0 && ids == &["s1"]));
        assert_eq!(store.memory.earned.borrow().len(), 1);
        assert_eq!(progress.course("c").unit("u1").position, 9.0);
    }

    #[test]
    fn nothing_changed_means_nothing_saved() {
        let (progress, store, page) = setup();
        let c = course();
        store.released.set(10);
        progress.update("c", |p| p.visit("u1", 1_000.0));
        page.run();
        let n = store.started.borrow().len();
        progress.update("c", |_| {});
        progress.record(&c, "en", |p| p.complete("u1", 1_000.0));
        progress.record(&c, "en", |p| p.complete("u1", 1_000.0));
        page.run();
        assert_eq!(
            store.started.borrow().len(),
            n + 1,
            "a second completion of a unit is no event"
        );
        assert_eq!(store.memory.earned.borrow().len(), 1);
    }

    #[test]
    fn loading_merges_the_stored_record_with_the_pages() {
        let (progress, store, page) = setup();
        store.released.set(10);
        let mut stored = CourseProgress::default();
        stored.complete("u2", 500.0);
        crate::service::run_ready(store.memory.save("c", &stored, &[])).unwrap();
        progress.update("c", |p| p.set_position("u1", 3.0, 1_000.0));
        crate::service::run_ready(progress.load("c"));
        let p = progress.course("c");
        assert!(p.state("u2").is_done());
        assert_eq!(p.unit("u1").position, 3.0);
        page.run();
        crate::service::run_ready(progress.reset("c"));
        assert_eq!(progress.course("c"), CourseProgress::default());
        assert!(!progress.has("c"));
        assert_eq!(page.told.borrow().last().unwrap(), "forgotten c");
    }
}
