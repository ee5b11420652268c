//! Progress in IndexedDB. Database `alliance-player`, version 2:
//! - `units`: one record per unit ([`StoredUnit`], key `id` = course + U+001F + unit), indexes `course` (opening a
//!   course reads only its records), `unit` and `updated_at` (recent activity);
//! - `courses`: one record per course ([`StoredCourse`], key `course`): where it resumes;
//! - `outbox` (since version 2): statements waiting for the LRS ([`Queued`], key `id` = statement id, index
//!   `queued_at`: oldest first);
//! - `set_aside` (since version 2): statements the LRS refused (400), with its message, shown to the learner.
//!
//! Upgrades run in the database's versionchange transaction, one step per version: 0→1 creates the stores,
//! 1→2 rewrites every unit record in record schema 2 (see `record`) and adds the outbox. Every connection closes
//! itself when another tab asks for a newer version, so an upgrade is never left waiting on an old tab.
//!
//! A save reads the course's records and writes the merge of them and the page's progress in one readwrite
//! transaction, so two tabs writing at once both keep their progress (IndexedDB runs the transactions one after the
//! other; the second merges over the first).

use indexed_db_futures::database::Database;
use indexed_db_futures::internals::SystemRepr;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{Transaction, TransactionMode};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::record::{decode_unit, to_course_progress, StoredCourse, StoredUnit, VERSION};
use super::{Earned, ProgressStore, StorageError, StoreFuture};
use crate::domain::progress::CourseProgress;
use crate::domain::xapi::{event_statement, Event};

pub use crate::domain::xapi::Queued;

pub const DB_NAME: &str = "alliance-player";
const DB_VERSION: u32 = 2;
const UNITS: &str = "units";
const COURSES: &str = "courses";
pub const OUTBOX: &str = "outbox";
pub const SET_ASIDE: &str = "set_aside";

/// Rewrites every record of `units` in the current record schema, inside the versionchange transaction `tx` (a
/// cursor walks the store; each success event handles one record, so the transaction stays active throughout).
fn migrate_units(tx: &web_sys::IdbTransaction) -> Result<(), JsValue> {
    let request = tx.object_store(UNITS)?.open_cursor()?;
    let req = request.clone();
    let on_record = Closure::<dyn FnMut()>::new(move || {
        let Some(cursor) = req
            .result()
            .ok()
            .and_then(|r| r.dyn_into::<web_sys::IdbCursorWithValue>().ok())
        else {
            return; // the end of the store
        };
        if let Some(next) = cursor
            .value()
            .ok()
            .as_ref()
            .and_then(from_js)
            .and_then(upgrade_unit)
        {
            let _ = cursor.update(&js_sys::JSON::parse(&next).unwrap_or(JsValue::UNDEFINED));
        }
        let _ = cursor.continue_();
    });
    request.set_onsuccess(Some(on_record.as_ref().unchecked_ref()));
    // Called once per record of this one upgrade: kept for the page's life.
    on_record.forget();
    Ok(())
}

/// Closes `db` when another tab asks for a newer version, so that tab's upgrade never waits on this one.
fn close_on_versionchange(db: &web_sys::IdbDatabase) {
    let handle = db.clone();
    let close = Closure::<dyn FnMut()>::new(move || handle.close());
    db.set_onversionchange(Some(close.as_ref().unchecked_ref()));
    close.forget();
}

/// Resolves once the frame that shows the learner's action has been painted (after 50 ms in a hidden tab, which
/// paints no frames).
async fn after_paint() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        let late = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50)
            .unwrap_or(0);
        let w = window.clone();
        let painted = Closure::once_into_js(move || {
            w.clear_timeout_with_handle(late);
            let _ = w.set_timeout_with_callback(&resolve);
        });
        let _ = window.request_animation_frame(painted.unchecked_ref());
    });
    let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
}

/// Times a save as the User Timing measure "alliance-player:save" (visible in the browser's performance tools and
/// read by `make bench`); only the latest is kept, so the timeline never grows.
struct SaveTiming(Option<web_sys::Performance>);

impl SaveTiming {
    const MARK: &'static str = "alliance-player:save-start";
    const MEASURE: &'static str = "alliance-player:save";

    fn start() -> SaveTiming {
        let perf = web_sys::window().and_then(|w| w.performance());
        if let Some(p) = &perf {
            p.clear_marks_with_mark_name(Self::MARK);
            let _ = p.mark(Self::MARK);
        }
        SaveTiming(perf)
    }

    fn end(self) {
        if let Some(p) = self.0 {
            p.clear_measures_with_measure_name(Self::MEASURE);
            let _ = p.measure_with_start_mark(Self::MEASURE, Self::MARK);
        }
    }
}

/// The upgrade of one stored unit record to the current schema; `None` when it already is.
fn upgrade_unit(json: String) -> Option<String> {
    let v = serde_json::from_str::<serde_json::Value>(&json)
        .ok()?
        .get("v")
        .and_then(|v| v.as_u64());
    if v == Some(VERSION as u64) {
        return None;
    }
    decode_unit(&json)
        .ok()
        .and_then(|u| serde_json::to_string(&u).ok())
}

pub struct IdbStore {
    db: Database,
}

/// Maps an IndexedDB failure to what the learner can do about it (a full disk is told apart by its DOMException).
pub fn storage_error(e: impl std::fmt::Debug + std::fmt::Display, write: bool) -> StorageError {
    if format!("{e:?}").contains("QuotaExceeded") {
        StorageError::Quota
    } else if write {
        StorageError::Write(e.to_string())
    } else {
        StorageError::Read(e.to_string())
    }
}

type IdbResult<T> = Result<T, indexed_db_futures::error::Error>;

/// A record as a plain JS object (JSON of our own types always parses; `undefined` would make the put fail loudly).
fn to_js<T: serde::Serialize>(record: &T) -> JsValue {
    serde_json::to_string(record)
        .ok()
        .and_then(|j| js_sys::JSON::parse(&j).ok())
        .unwrap_or(JsValue::UNDEFINED)
}

fn from_js(value: &JsValue) -> Option<String> {
    js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
}

impl IdbStore {
    /// Opens (creating or upgrading) the database.
    pub async fn open() -> Result<IdbStore, StorageError> {
        Self::open_named(DB_NAME).await
    }

    /// Opens the database of another name (tests use their own).
    pub async fn open_named(name: &str) -> Result<IdbStore, StorageError> {
        let db = Database::open(name)
            .with_version(DB_VERSION)
            .with_on_upgrade_needed(|event, db| {
                let old = event.old_version() as u32;
                if old < 1 {
                    let units = db
                        .create_object_store(UNITS)
                        .with_key_path("id".into())
                        .build()?;
                    units.create_index("course", "course".into()).build()?;
                    units.create_index("unit", "unit".into()).build()?;
                    units
                        .create_index("updated_at", "updated_at".into())
                        .build()?;
                    db.create_object_store(COURSES)
                        .with_key_path("course".into())
                        .build()?;
                }
                if old < 2 {
                    let outbox = db
                        .create_object_store(OUTBOX)
                        .with_key_path("id".into())
                        .build()?;
                    outbox
                        .create_index("queued_at", "queued_at".into())
                        .build()?;
                    db.create_object_store(SET_ASIDE)
                        .with_key_path("id".into())
                        .build()?;
                    if old == 1 {
                        migrate_units(&outbox.as_sys().transaction())
                            .map_err(indexed_db_futures::error::Error::from)?;
                    }
                }
                Ok(())
            })
            .await
            .map_err(|e| StorageError::Unavailable(e.to_string()))?;
        close_on_versionchange(db.as_sys().unchecked_ref());
        Ok(IdbStore { db })
    }

    /// Writes a raw record into the `units` store, as an older player would have (tests of upgrades).
    pub async fn put_raw_unit(&self, json: &str) -> IdbResult<()> {
        let tx = self
            .db
            .transaction(UNITS)
            .with_mode(TransactionMode::Readwrite)
            .build()?;
        let value = js_sys::JSON::parse(json).unwrap_or(JsValue::UNDEFINED);
        tx.object_store(UNITS)?.put(value).primitive()?;
        tx.commit().await
    }

    /// A stored unit record exactly as it is on disk (tests of upgrades).
    pub async fn raw_unit(&self, id: &str) -> IdbResult<Option<String>> {
        let tx = self.db.transaction(UNITS).build()?;
        let value: Option<JsValue> = tx
            .object_store(UNITS)?
            .get(id.to_string())
            .primitive()?
            .await?;
        Ok(value.as_ref().and_then(from_js))
    }

    /// Closes the connection.
    pub fn close(self) {
        self.db.close();
    }

    /// A course's stored records, read inside `tx` (a read-only one, or the readwrite one of a save).
    async fn stored(
        tx: &Transaction<'_>,
        course: &str,
    ) -> IdbResult<(Option<StoredCourse>, Vec<StoredUnit>)> {
        // Both requests are in flight at once; the second usually answers while the first is read.
        let units = tx
            .object_store(UNITS)?
            .index("course")?
            .get_all()
            .with_query(course.to_string())
            .primitive()?;
        let record = tx
            .object_store(COURSES)?
            .get(course.to_string())
            .primitive()?;
        let units: Vec<JsValue> = units.await?.collect::<Result<_, _>>()?;
        let record: Option<JsValue> = record.await?;
        let units = units
            .iter()
            .filter_map(from_js)
            .filter_map(|j| decode_unit(&j).ok())
            .collect();
        let course = record
            .as_ref()
            .and_then(from_js)
            .and_then(|j| serde_json::from_str::<StoredCourse>(&j).ok());
        Ok((course, units))
    }

    async fn read(&self, course: &str) -> IdbResult<(Option<StoredCourse>, Vec<StoredUnit>)> {
        let tx = self.db.transaction([UNITS, COURSES]).build()?;
        Self::stored(&tx, course).await
    }

    /// Writes the merge of what is stored now (another tab may have written since this page read) and `progress`,
    /// in one readwrite transaction; only records that change are put.
    async fn write(
        &self,
        course: &str,
        progress: &CourseProgress,
        earned: &[Earned],
    ) -> IdbResult<()> {
        // The statements are built first: the transaction then only reads, merges and writes.
        let queued = queue(earned);
        let stores: &[&str] = if queued.is_empty() {
            &[UNITS, COURSES]
        } else {
            &[UNITS, COURSES, OUTBOX]
        };
        let tx = self
            .db
            .transaction(stores)
            .with_mode(TransactionMode::Readwrite)
            .build()?;
        if !queued.is_empty() {
            let outbox = tx.object_store(OUTBOX)?;
            for q in &queued {
                outbox.put(to_js(q)).primitive()?;
            }
        }
        let (stored_course, stored) = Self::stored(&tx, course).await?;
        let merged = to_course_progress(stored_course.as_ref(), &stored).merge(progress);
        let units = tx.object_store(UNITS)?;
        for (unit, p) in &merged.units {
            let record = StoredUnit::from_domain(course, unit, p);
            if !stored.contains(&record) {
                units.put(to_js(&record)).primitive()?;
            }
        }
        let record = StoredCourse {
            v: VERSION,
            course: course.to_string(),
            last_unit: merged.last_unit.clone(),
            last_visit_at: merged.last_visit_at,
        };
        if stored_course.as_ref() != Some(&record) {
            tx.object_store(COURSES)?.put(to_js(&record)).primitive()?;
        }
        tx.commit().await
    }
}

impl IdbStore {
    async fn read_all(
        &self,
    ) -> Result<Vec<(String, CourseProgress)>, indexed_db_futures::error::Error> {
        let tx = self.db.transaction([UNITS, COURSES]).build()?;
        let units: Vec<JsValue> = tx
            .object_store(UNITS)?
            .get_all()
            .primitive()?
            .await?
            .collect::<Result<_, _>>()?;
        let courses: Vec<JsValue> = tx
            .object_store(COURSES)?
            .get_all()
            .primitive()?
            .await?
            .collect::<Result<_, _>>()?;
        let units: Vec<StoredUnit> = units
            .iter()
            .filter_map(from_js)
            .filter_map(|j| decode_unit(&j).ok())
            .collect();
        let courses: Vec<StoredCourse> = courses
            .iter()
            .filter_map(from_js)
            .filter_map(|j| serde_json::from_str(&j).ok())
            .collect();
        let mut ids: Vec<String> = units
            .iter()
            .map(|u| u.course.clone())
            .chain(courses.iter().map(|c| c.course.clone()))
            .collect();
        ids.sort();
        ids.dedup();
        Ok(ids
            .into_iter()
            .map(|id| {
                let mine: Vec<StoredUnit> =
                    units.iter().filter(|u| u.course == id).cloned().collect();
                let c = courses.iter().find(|c| c.course == id);
                let p = to_course_progress(c, &mine);
                (id, p)
            })
            .collect())
    }

    async fn delete_course(&self, course: &str) -> Result<(), indexed_db_futures::error::Error> {
        let tx = self
            .db
            .transaction([UNITS, COURSES])
            .with_mode(TransactionMode::Readwrite)
            .build()?;
        let units = tx.object_store(UNITS)?;
        let keys: Vec<JsValue> = units
            .index("course")?
            .get_all_keys()
            .with_query(course.to_string())
            .primitive()?
            .await?
            .collect::<Result<_, _>>()?;
        for key in keys {
            units.delete(key).primitive()?;
        }
        tx.object_store(COURSES)?
            .delete(course.to_string())
            .primitive()?;
        tx.commit().await
    }
}

/// The statements of `earned` for the outbox, for the learner of the configured LRS (none without one).
fn queue(earned: &[Earned]) -> Vec<Queued> {
    let Some(learner) = (!earned.is_empty())
        .then(crate::edge::lrs::learner)
        .flatten()
    else {
        return vec![];
    };
    earned
        .iter()
        .filter_map(|e| {
            let event = Event {
                id: &e.id,
                at: e.at,
                happened: &e.happened,
                time_spent_ms: e.time_spent_ms,
                language: &e.language,
            };
            let statement = event_statement(&learner, &e.course, &event)?;
            Some(Queued {
                v: 1,
                id: e.id.clone(),
                queued_at: e.at,
                statement,
                message: None,
            })
        })
        .collect()
}

/// The outbox, for the one flusher (see `edge::sync`).
impl IdbStore {
    /// The oldest `limit` statements waiting for the LRS.
    pub async fn outbox_oldest(&self, limit: u32) -> Result<Vec<Queued>, StorageError> {
        self.queued(OUTBOX, Some(limit)).await
    }

    /// Statements of `store` (the outbox oldest first, or the set-aside ones), at most `limit`.
    async fn queued(&self, store: &str, limit: Option<u32>) -> Result<Vec<Queued>, StorageError> {
        let read = async {
            let tx = self.db.transaction(store).build()?;
            let values: Vec<JsValue> = match limit {
                Some(n) => tx
                    .object_store(store)?
                    .index("queued_at")?
                    .get_all()
                    .with_limit(n)
                    .primitive()?
                    .await?
                    .collect::<Result<_, _>>()?,
                None => tx
                    .object_store(store)?
                    .get_all()
                    .primitive()?
                    .await?
                    .collect::<Result<_, _>>()?,
            };
            IdbResult::Ok(values)
        };
        let values = read.await.map_err(|e| storage_error(e, false))?;
        Ok(values
            .iter()
            .filter_map(from_js)
            .filter_map(|j| serde_json::from_str(&j).ok())
            .collect())
    }

    /// How many statements are waiting, and how many the LRS refused.
    pub async fn outbox_counts(&self) -> Result<(u32, u32), StorageError> {
        let read = async {
            let tx = self.db.transaction([OUTBOX, SET_ASIDE]).build()?;
            let waiting = tx.object_store(OUTBOX)?.count().primitive()?;
            let refused = tx.object_store(SET_ASIDE)?.count().primitive()?;
            IdbResult::Ok((waiting.await?, refused.await?))
        };
        read.await.map_err(|e| storage_error(e, false))
    }

    /// The statements the LRS refused, with its messages.
    pub async fn set_aside(&self) -> Result<Vec<Queued>, StorageError> {
        self.queued(SET_ASIDE, None).await
    }

    /// Removes delivered statements from the outbox and moves refused ones (with the LRS's message) to
    /// `set_aside`, in one transaction.
    pub async fn outbox_settle(
        &self,
        delivered: &[String],
        refused: &[Queued],
    ) -> Result<(), StorageError> {
        let write = async {
            let tx = self
                .db
                .transaction([OUTBOX, SET_ASIDE])
                .with_mode(TransactionMode::Readwrite)
                .build()?;
            let outbox = tx.object_store(OUTBOX)?;
            for id in delivered {
                outbox.delete(id.clone()).primitive()?;
            }
            let aside = tx.object_store(SET_ASIDE)?;
            for q in refused {
                outbox.delete(q.id.clone()).primitive()?;
                aside.put(to_js(q)).primitive()?;
            }
            tx.commit().await
        };
        write.await.map_err(|e| storage_error(e, true))
    }
}

impl ProgressStore for IdbStore {
    fn load<'a>(&'a self, course: &'a str) -> StoreFuture<'a, CourseProgress> {
        Box::pin(async move {
            let (c, units) = self
                .read(course)
                .await
                .map_err(|e| storage_error(e, false))?;
            Ok(to_course_progress(c.as_ref(), &units))
        })
    }

    fn save<'a>(
        &'a self,
        course: &'a str,
        progress: &'a CourseProgress,
        earned: &'a [Earned],
    ) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            self.write(course, progress, earned)
                .await
                .map_err(|e| storage_error(e, true))
        })
    }

    fn load_all(&self) -> StoreFuture<'_, Vec<(String, CourseProgress)>> {
        Box::pin(async move { self.read_all().await.map_err(|e| storage_error(e, false)) })
    }

    fn reset<'a>(&'a self, course: &'a str) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            self.delete_course(course)
                .await
                .map_err(|e| storage_error(e, true))
        })
    }
}

/// Asks the browser to keep this site's storage under pressure (best effort; the answer is not needed).
pub fn request_persistence() {
    wasm_bindgen_futures::spawn_local(async {
        crate::edge::offline::persist().await;
    });
}

thread_local! {
    static OPEN: std::cell::RefCell<Option<std::rc::Rc<IdbStore>>> = const { std::cell::RefCell::new(None) };
}

/// The page's one IndexedDB connection (opened on the first request).
pub async fn connection() -> Result<std::rc::Rc<IdbStore>, StorageError> {
    if let Some(s) = OPEN.with(|o| o.borrow().clone()) {
        return Ok(s);
    }
    let s = std::rc::Rc::new(IdbStore::open().await?);
    request_persistence();
    OPEN.with(|o| *o.borrow_mut() = Some(s.clone()));
    Ok(s)
}

/// Serves a [`StoreOp`](super::StoreOp) from the page's connection.
pub async fn serve(op: super::StoreOp) -> super::StoreReply {
    use super::{StoreOp, StoreReply};
    let store = match connection().await {
        Ok(s) => s,
        Err(e) => return StoreReply::Done(Err(e)),
    };
    match op {
        StoreOp::Load(course) => StoreReply::Loaded(store.load(&course).await),
        StoreOp::Save(course, progress, earned) => {
            // The learner's action is shown first; the transaction then runs on an idle main thread.
            after_paint().await;
            let timing = SaveTiming::start();
            let done = store.save(&course, &progress, &earned).await;
            timing.end();
            StoreReply::Done(done)
        }
        StoreOp::LoadAll => StoreReply::All(store.load_all().await),
        StoreOp::Reset(course) => StoreReply::Done(store.reset(&course).await),
    }
}
