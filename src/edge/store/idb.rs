//! Progress in IndexedDB, one database per learner (owner key, `domain::learner::database`): `alliance-player` for
//! the device's first learner (the database kept before learners existed), `alliance-player@<owner>` for the
//! others. Version 3:
//! - `units`: one record per unit ([`StoredUnit`], key `id` = course + U+001F + unit), indexes `course` (opening a
//!   course reads only its records), `unit` and `updated_at` (recent activity);
//! - `courses`: one record per course ([`StoredCourse`], key `course`): where it resumes;
//! - `outbox` (since version 2): statements waiting for the LRS ([`Queued`], key `id` = statement id, index
//!   `queued_at`: oldest first; since version 3 index `endpoint` on `[endpoint, queued_at]`: one LRS's, oldest
//!   first);
//! - `set_aside` (since version 2): statements the LRS refused (400), with its message, shown to the learner;
//! - `meta` (since version 3): `owner`, whose record the database is.
//!
//! Upgrades run in the database's versionchange transaction, one step per version: 0→1 creates the stores,
//! 1→2 rewrites every unit record in record schema 2 (see `record`) and adds the outbox, 2→3 gives every queued
//! statement an `endpoint` (empty: made before statements kept their LRS) and indexes it. Every connection closes
//! itself when another tab asks for a newer version, so an upgrade is never left waiting on an old tab.
//!
//! A save reads the course's records and writes the merge of them and the page's progress in one readwrite
//! transaction, so two tabs (or two saves of one page) writing at once both keep their progress (IndexedDB runs the
//! transactions one after the other; the second merges over the first). Other saves wait for the next painted
//! frame, unless the page is hidden or being left.
//!
//! A save carrying a learning event first writes ahead, in the same turn as the learner's action: one readwrite
//! transaction, committed at once, that only puts — the changed unit as the page has it, under a journal key beside
//! the unit's own record (`<course>␟<unit>␟<statement id>`), and the event's statements in the outbox — so it is
//! durable even if the page is left the next moment (a transaction still waiting for a read when the page goes is
//! aborted). Readers merge every record of a unit (journal records included, with the only-growing rules); the
//! merging save that follows writes the unit's own record and deletes the journal records it merged.

use indexed_db_futures::database::Database;
use indexed_db_futures::internals::SystemRepr;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{Transaction, TransactionMode};
use indexed_db_futures::KeyRange;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::{Earned, ProgressStore, StorageError, StoreFuture};
use crate::domain::learner::{database, FIRST};
use crate::domain::progress::CourseProgress;
use crate::domain::record::{
    decode_unit, to_course_progress, unit_key, StoredCourse, StoredUnit, VERSION,
};
use crate::domain::xapi::{event_statement, Event};

pub use crate::domain::xapi::Queued;

pub const DB_NAME: &str = "alliance-player";
const DB_VERSION: u32 = 3;
const UNITS: &str = "units";
const COURSES: &str = "courses";
pub const OUTBOX: &str = "outbox";
pub const SET_ASIDE: &str = "set_aside";
/// Since version 3: whose record the database is (`owner` → the owner key).
const META: &str = "meta";
/// The outbox index on `[endpoint, queued_at]`.
const ENDPOINT_INDEX: &str = "endpoint";

/// Rewrites every record of `store` with `upgrade` (`None`: unchanged), inside the versionchange transaction `tx`
/// (a cursor walks the store; each success event handles one record, so the transaction stays active throughout).
fn migrate(
    tx: &web_sys::IdbTransaction,
    store: &str,
    upgrade: fn(String) -> Option<String>,
) -> Result<(), JsValue> {
    let request = tx.object_store(store)?.open_cursor()?;
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
            .and_then(upgrade)
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

thread_local! {
    /// The merging transactions under way, by ticket. Each waits on its reads, i.e. on this page going on; a
    /// learning event's write-ahead aborts them first, so it never queues behind one (see [`supersede_merges`]).
    static MERGING: std::cell::RefCell<Vec<(u32, web_sys::IdbTransaction)>> =
        const { std::cell::RefCell::new(Vec::new()) };
    /// The resolvers of the saves waiting for a painted frame (see [`after_paint`]), by ticket.
    static WAITING: std::cell::RefCell<std::collections::BTreeMap<u32, js_sys::Function>> =
        const { std::cell::RefCell::new(std::collections::BTreeMap::new()) };
    static TICKET: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

fn page_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden())
}

/// Resolves once the frame that shows the learner's action has been painted (after 50 ms in a hidden tab, which
/// paints no frames) — at once when the page is hidden or being left, so a pending position save is not lost.
async fn after_paint() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if page_hidden() {
        return;
    }
    let ticket = TICKET.with(|t| {
        let n = t.get().wrapping_add(1);
        t.set(n);
        n
    });
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        let late = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50)
            .unwrap_or(0);
        WAITING.with(|w| w.borrow_mut().insert(ticket, resolve.clone()));
        let w = window.clone();
        let painted = Closure::once_into_js(move || {
            w.clear_timeout_with_handle(late);
            let _ = w.set_timeout_with_callback(&resolve);
        });
        let _ = window.request_animation_frame(painted.unchecked_ref());
    });
    let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
    WAITING.with(|w| w.borrow_mut().remove(&ticket));
}

fn next_ticket() -> u32 {
    TICKET.with(|t| {
        let n = t.get().wrapping_add(1);
        t.set(n);
        n
    })
}

/// Aborts the merging transactions under way. A write-ahead would otherwise queue behind them, and they can finish
/// only if the page lives on until their reads are answered. What they would have written is in the page's progress,
/// which the learning event's own merge writes right after (a later save of another course writes that course's).
fn supersede_merges() {
    for (_, tx) in MERGING.with(|m| std::mem::take(&mut *m.borrow_mut())) {
        let _ = tx.abort();
    }
}

/// Starts every save waiting for a painted frame now: the page is being hidden or left (`visibilitychange`,
/// `pagehide`), and a hidden page paints nothing more.
fn hurry() {
    if !page_hidden() {
        return;
    }
    let waiting = WAITING.with(|w| std::mem::take(&mut *w.borrow_mut()));
    for resolve in waiting.values() {
        let _ = resolve.call0(&JsValue::NULL);
    }
}

/// Listens for the page being hidden or left, for the page's life (see [`hurry`]).
fn hurry_on_leaving() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_leave = Closure::<dyn Fn()>::new(hurry);
    let f = on_leave.as_ref().unchecked_ref();
    let _ = window.add_event_listener_with_callback("pagehide", f);
    if let Some(document) = window.document() {
        let _ = document.add_event_listener_with_callback("visibilitychange", f);
    }
    on_leave.forget();
}

/// Times the transaction that makes a save durable (a learning event's write-ahead, else the merge) as the User
/// Timing measure "alliance-player:save" (visible in the browser's performance tools and read by `make bench`); only
/// the latest is kept, so the timeline never grows. Each save has a start mark of its
/// own, so saves running side by side are each timed right.
struct SaveTiming(Option<(web_sys::Performance, String)>);

impl SaveTiming {
    const MARK: &'static str = "alliance-player:save-start-";
    const MEASURE: &'static str = "alliance-player:save";

    fn start() -> SaveTiming {
        SaveTiming(web_sys::window().and_then(|w| w.performance()).map(|p| {
            let mark = format!(
                "{}{}",
                Self::MARK,
                TICKET.with(|t| {
                    let n = t.get().wrapping_add(1);
                    t.set(n);
                    n
                })
            );
            let _ = p.mark(&mark);
            (p, mark)
        }))
    }

    fn end(self) {
        if let Some((p, mark)) = self.0 {
            p.clear_measures_with_measure_name(Self::MEASURE);
            let _ = p.measure_with_start_mark(Self::MEASURE, &mark);
            p.clear_marks_with_mark_name(&mark);
        }
    }
}

/// A queued statement of version 2, given an empty `endpoint` (made before statements kept their LRS).
fn upgrade_queued(json: String) -> Option<String> {
    let mut q: Queued = serde_json::from_str(&json).ok()?;
    q.endpoint.clear();
    serde_json::to_string(&q).ok()
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
    /// Whose record this is (`domain::learner::owner`): names the database and the journal entries.
    owner: String,
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
    /// Opens (creating or upgrading) the database of `owner`.
    pub async fn open(owner: &str) -> Result<IdbStore, StorageError> {
        Self::open_as(&database(owner, DB_NAME), owner).await
    }

    /// Opens the database of another name, as the first learner's (tests use their own).
    pub async fn open_named(name: &str) -> Result<IdbStore, StorageError> {
        Self::open_as(name, FIRST).await
    }

    async fn open_as(name: &str, owner: &str) -> Result<IdbStore, StorageError> {
        let owner = owner.to_string();
        let kept = owner.clone();
        let db = Database::open(name)
            .with_version(DB_VERSION)
            .with_on_upgrade_needed(move |event, db| {
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
                        migrate(&outbox.as_sys().transaction(), UNITS, upgrade_unit)
                            .map_err(indexed_db_futures::error::Error::from)?;
                    }
                }
                if old < 3 {
                    let meta = db.create_object_store(META).build()?;
                    let tx = meta.as_sys().transaction();
                    let upgrade = || -> Result<(), JsValue> {
                        tx.object_store(META)?
                            .put_with_key(&JsValue::from_str(&owner), &"owner".into())?;
                        let path = js_sys::Array::of2(&"endpoint".into(), &"queued_at".into());
                        tx.object_store(OUTBOX)?
                            .create_index_with_str_sequence(ENDPOINT_INDEX, &path)?;
                        if old == 2 {
                            migrate(&tx, OUTBOX, upgrade_queued)?;
                        }
                        Ok(())
                    };
                    upgrade().map_err(indexed_db_futures::error::Error::from)?;
                }
                Ok(())
            })
            .await
            .map_err(|e| StorageError::Unavailable(e.to_string()))?;
        close_on_versionchange(db.as_sys().unchecked_ref());
        Ok(IdbStore { db, owner: kept })
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

    /// Writes ahead the learning events `earned` (see the module's doc): each event's unit as `progress` has it,
    /// under its journal key, and the statements `queued`, in a readwrite transaction that makes no read and is
    /// committed before this returns to the event loop.
    async fn write_ahead(
        &self,
        course: &str,
        progress: &CourseProgress,
        earned: &[Earned],
        queued: &[Queued],
    ) -> IdbResult<()> {
        let stores: &[&str] = if queued.is_empty() {
            &[UNITS]
        } else {
            &[UNITS, OUTBOX]
        };
        let records: Vec<StoredUnit> = earned
            .iter()
            .filter_map(|e| {
                let unit = e.happened.as_ref()?.unit();
                let mut record = StoredUnit::from_domain(course, unit, progress.units.get(unit)?);
                record.id = journal_key(course, unit, &e.id);
                Some(record)
            })
            .collect();
        // First, synchronously, in this very turn: the same records in `localStorage`. An IndexedDB transaction
        // can wait behind another one (a merge already committing, a read of the outbox) and dies with the page;
        // the journal entry does not, and the next connection replays it (`replay_journal`).
        let entry = format!(
            "{}{}",
            journal_prefix(&self.owner),
            earned
                .first()
                .map(|e| e.id.as_str())
                .or(queued.first().map(|q| q.id.as_str()))
                .unwrap_or_default()
        );
        journal_keep(&entry, &records, queued);
        supersede_merges();
        let tx = self
            .db
            .transaction(stores)
            .with_mode(TransactionMode::Readwrite)
            .build()?;
        let units = tx.object_store(UNITS)?;
        for record in &records {
            units.put(to_js(record)).primitive()?;
        }
        if !queued.is_empty() {
            let outbox = tx.object_store(OUTBOX)?;
            for q in queued {
                outbox.put(to_js(q)).primitive()?;
            }
        }
        // `commit` asks IndexedDB to commit now, in this turn; the await only waits for it to be done.
        tx.commit().await?;
        journal_drop(&entry);
        Ok(())
    }

    /// Writes what the `localStorage` journal still holds (write-aheads whose transaction did not finish before
    /// their page went) into IndexedDB, then forgets it. Replaying is idempotent: journal records merge with the
    /// only-growing rules, and a statement is keyed by its id.
    async fn replay_journal(&self) -> IdbResult<()> {
        let entries = journal_entries(&self.owner);
        if entries.is_empty() {
            return Ok(());
        }
        let tx = self
            .db
            .transaction([UNITS, OUTBOX])
            .with_mode(TransactionMode::Readwrite)
            .build()?;
        let (units, outbox) = (tx.object_store(UNITS)?, tx.object_store(OUTBOX)?);
        for (_, journal) in &entries {
            for record in &journal.units {
                units.put(to_js(record)).primitive()?;
            }
            for q in &journal.queued {
                outbox.put(to_js(q)).primitive()?;
            }
        }
        tx.commit().await?;
        for (key, _) in entries {
            journal_drop(&key);
        }
        Ok(())
    }

    async fn read(&self, course: &str) -> IdbResult<(Option<StoredCourse>, Vec<StoredUnit>)> {
        let tx = self.db.transaction([UNITS, COURSES]).build()?;
        Self::stored(&tx, course).await
    }

    /// Writes ahead the learning events `earned` with their statements (see [`write_ahead`](Self::write_ahead)).
    async fn write_events(
        &self,
        course: &str,
        progress: &CourseProgress,
        earned: &[Earned],
    ) -> Result<(), StorageError> {
        // The statements are built first: the transaction then only puts.
        let queued = queue(course, progress, earned);
        if earned.is_empty() && queued.is_empty() {
            return Ok(());
        }
        self.write_ahead(course, progress, earned, &queued)
            .await
            .map_err(|e| storage_error(e, true))
    }

    /// Writes learning events ahead, then the merge (see [`merge`](Self::merge)).
    async fn write(
        &self,
        course: &str,
        progress: &CourseProgress,
        earned: &[Earned],
    ) -> Result<(), StorageError> {
        // Learning events, and the verdicts of a cmi5 session that the progress may have made due.
        if !earned.is_empty() || crate::edge::cmi5::reports_on(course) {
            self.write_events(course, progress, earned).await?;
        }
        self.merge(course, progress)
            .await
            .map_err(|e| storage_error(e, true))
    }

    /// Writes the merge of what is stored now (another tab may have written since this page read, and journal
    /// records of learning events written ahead) and `progress`, in one readwrite transaction; only records that
    /// change are put, and the journal records merged are deleted.
    /// A merge aborted by a learning event's write-ahead (see [`supersede_merges`]) counts as done: that event's own
    /// merge writes the page's progress.
    async fn merge(&self, course: &str, progress: &CourseProgress) -> IdbResult<()> {
        let tx = self
            .db
            .transaction([UNITS, COURSES])
            .with_mode(TransactionMode::Readwrite)
            .build()?;
        let ticket = next_ticket();
        let raw = tx.object_store(UNITS)?.as_sys().transaction();
        MERGING.with(|m| m.borrow_mut().push((ticket, raw)));
        let done = match self.merge_in(&tx, course, progress).await {
            Ok(()) => tx.commit().await,
            Err(e) => Err(e),
        };
        let superseded = MERGING.with(|m| {
            let mut m = m.borrow_mut();
            let before = m.len();
            m.retain(|(t, _)| *t != ticket);
            m.len() == before
        });
        match done {
            Err(_) if superseded => Ok(()),
            done => done,
        }
    }

    async fn merge_in(
        &self,
        tx: &Transaction<'_>,
        course: &str,
        progress: &CourseProgress,
    ) -> IdbResult<()> {
        let (stored_course, stored) = Self::stored(tx, course).await?;
        let merged = progress_of(stored_course.as_ref(), &stored).merge(progress);
        let units = tx.object_store(UNITS)?;
        for (unit, p) in &merged.units {
            let record = StoredUnit::from_domain(course, unit, p);
            if !stored.contains(&record) {
                units.put(to_js(&record)).primitive()?;
            }
        }
        // Journal records are merged now: the units' own records hold them.
        for record in stored.iter().filter(|r| r.id != unit_key(course, &r.unit)) {
            units.delete(record.id.clone()).primitive()?;
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
        Ok(())
    }
}

/// The keys of the outbox's `endpoint` index for statements made for `endpoint` (any time).
fn endpoint_range(endpoint: &str) -> KeyRange<JsValue> {
    KeyRange::Bound(
        js_sys::Array::of2(&endpoint.into(), &f64::NEG_INFINITY.into()).into(),
        false,
        js_sys::Array::of2(&endpoint.into(), &f64::INFINITY.into()).into(),
        false,
    )
}

/// The `localStorage` key prefix of the first learner's write-aheads not yet known to be in IndexedDB (one entry per
/// save, named by its first event's statement id); other owners' have [`journal_prefix`].
pub const JOURNAL_PREFIX: &str = "alliance-player.journal.";

/// The journal key prefix of `owner`'s write-aheads.
pub fn journal_prefix(owner: &str) -> String {
    if owner == FIRST {
        JOURNAL_PREFIX.to_string()
    } else {
        format!("alliance-player.journal@{owner}.")
    }
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Journal {
    units: Vec<StoredUnit>,
    queued: Vec<Queued>,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Keeps a write-ahead in `localStorage` (synchronous: it survives the page being left the next moment). Without
/// storage (a private mode, a full quota) the IndexedDB write-ahead alone remains.
fn journal_keep(key: &str, units: &[StoredUnit], queued: &[Queued]) {
    let journal = Journal {
        units: units.to_vec(),
        queued: queued.to_vec(),
    };
    if let (Some(storage), Ok(json)) = (local_storage(), serde_json::to_string(&journal)) {
        let _ = storage.set_item(key, &json);
    }
}

fn journal_drop(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// Every journal entry of `owner` with its full key; entries that cannot be read are dropped (nothing could
/// replay them).
fn journal_entries(owner: &str) -> Vec<(String, Journal)> {
    let Some(storage) = local_storage() else {
        return vec![];
    };
    let prefix = journal_prefix(owner);
    let keys: Vec<String> = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        // Exactly this owner's: after the prefix only the entry's id (an owner's key may be another's prefix).
        .filter(|k| k.strip_prefix(&prefix).is_some_and(|id| !id.contains('.')))
        .collect();
    keys.into_iter()
        .filter_map(|k| {
            let journal = storage
                .get_item(&k)
                .ok()
                .flatten()
                .and_then(|j| serde_json::from_str::<Journal>(&j).ok());
            if journal.is_none() {
                let _ = storage.remove_item(&k);
            }
            journal.map(|j| (k, j))
        })
        .collect()
}

/// The key of a learning event's journal record of `unit`: beside the unit's own record (same course and unit
/// fields, so the `course` index finds it), one per event.
fn journal_key(course: &str, unit: &str, event: &str) -> String {
    format!("{}\u{1f}{event}", unit_key(course, unit))
}

/// A course's progress from its stored records; a unit's own record and its journal records are merged.
fn progress_of(course: Option<&StoredCourse>, units: &[StoredUnit]) -> CourseProgress {
    let mut progress = to_course_progress(course, &[]);
    for record in units {
        let unit = record.to_domain();
        match progress.units.get_mut(&record.unit) {
            Some(p) => *p = p.merge(&unit),
            None => {
                progress.units.insert(record.unit.clone(), unit);
            }
        }
    }
    progress
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
                let p = progress_of(c, &mine);
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

/// The statements of `earned` for the outbox, for this page's learner's LRS connection (none without one); each
/// remembers the LRS it is for.
///
/// In a cmi5 session (docs/cmi5.md) they are the session's allowed statements, followed by the AU's verdicts that
/// `progress` of `course` makes due; in Browse or Review, or after `terminated`, none.
fn queue(course: &str, progress: &CourseProgress, earned: &[Earned]) -> Vec<Queued> {
    let in_session = crate::edge::cmi5::reports_on(course);
    let Some(config) = (!earned.is_empty() || in_session)
        .then(crate::edge::lrs::config)
        .flatten()
    else {
        return vec![];
    };
    let learner = &config.learner;
    let endpoint = config.endpoint.trim_end_matches('/').to_string();
    let mut queued: Vec<Queued> = Vec::with_capacity(earned.len());
    for e in earned {
        let own = e.happened.as_ref().and_then(|happened| {
            let event = Event {
                id: &e.id,
                at: e.at,
                happened,
                time_spent_ms: e.time_spent_ms,
                language: &e.language,
            };
            crate::edge::cmi5::allowed(&config, event_statement(learner, &e.course, &event)?)
        });
        queued.extend(own.map(|statement| Queued {
            v: 1,
            id: e.id.clone(),
            queued_at: e.at,
            statement,
            endpoint: endpoint.clone(),
            message: None,
        }));
        // A cmi5 unit's AU's own statements, in the order it sent them (checked by `domain::cmi5_host`: its
        // actor is this connection's learner).
        for (i, statement) in e.statements.iter().enumerate() {
            queued.push(Queued {
                v: 1,
                id: statement["id"].as_str().unwrap_or_default().to_string(),
                queued_at: e.at + (i as f64 + 1.0) * 0.001,
                statement: statement.clone(),
                endpoint: endpoint.clone(),
                message: None,
            });
        }
    }
    if in_session {
        let at = earned.last().map_or_else(js_sys::Date::now, |e| e.at);
        for statement in
            crate::edge::cmi5::due(&config, earned.first().map(|e| &e.course), progress)
        {
            queued.push(Queued {
                v: 1,
                id: statement["id"].as_str().unwrap_or_default().to_string(),
                // After the events that earned it, in the outbox's order.
                queued_at: at + 0.001,
                statement,
                endpoint: endpoint.clone(),
                message: None,
            });
        }
    }
    queued
}

/// The outbox, for the one flusher (see `edge::sync`).
impl IdbStore {
    /// The oldest `limit` statements waiting for the LRS at `endpoint`, with those queued before statements kept
    /// their LRS (empty `endpoint`).
    pub async fn outbox_oldest(
        &self,
        endpoint: &str,
        limit: u32,
    ) -> Result<Vec<Queued>, StorageError> {
        let endpoint = endpoint.trim_end_matches('/');
        let read = async {
            let tx = self.db.transaction(OUTBOX).build()?;
            let outbox = tx.object_store(OUTBOX)?;
            let index = outbox.index(ENDPOINT_INDEX)?;
            let mut values: Vec<JsValue> = vec![];
            for e in [endpoint, ""] {
                let found: Vec<JsValue> = index
                    .get_all()
                    .with_query::<JsValue, _>(endpoint_range(e))
                    .with_limit(limit)
                    .primitive()?
                    .await?
                    .collect::<Result<_, _>>()?;
                values.extend(found);
            }
            IdbResult::Ok(values)
        };
        let values = read.await.map_err(|e| storage_error(e, false))?;
        let mut queued: Vec<Queued> = values
            .iter()
            .filter_map(from_js)
            .filter_map(|j| serde_json::from_str(&j).ok())
            .collect();
        queued.sort_by(|a, b| a.queued_at.total_cmp(&b.queued_at));
        queued.truncate(limit as usize);
        Ok(queued)
    }

    /// How many statements wait for the LRS at `endpoint` (with those of unknown LRS), counted on the index.
    pub async fn outbox_count_for(&self, endpoint: &str) -> Result<u32, StorageError> {
        let endpoint = endpoint.trim_end_matches('/');
        let read = async {
            let tx = self.db.transaction(OUTBOX).build()?;
            let outbox = tx.object_store(OUTBOX)?;
            let index = outbox.index(ENDPOINT_INDEX)?;
            let mut n = 0;
            for e in [endpoint, ""] {
                n += index
                    .count()
                    .with_query::<JsValue, _>(endpoint_range(e))
                    .primitive()?
                    .await?;
            }
            IdbResult::Ok(n)
        };
        read.await.map_err(|e| storage_error(e, false))
    }

    /// Forgets the statements waiting for the LRS at `endpoint` (and those of unknown LRS): the learner signed out
    /// and chose not to keep them. Returns how many.
    pub async fn outbox_discard(&self, endpoint: &str) -> Result<u32, StorageError> {
        let mut n = 0;
        loop {
            let batch = self.outbox_oldest(endpoint, 500).await?;
            if batch.is_empty() {
                return Ok(n);
            }
            n += batch.len() as u32;
            let ids: Vec<String> = batch.into_iter().map(|q| q.id).collect();
            self.outbox_settle(&ids, &[]).await?;
        }
    }

    /// Statements of `store` (the outbox oldest first, or the set-aside ones), at most `limit`.
    pub async fn queued(
        &self,
        store: &str,
        limit: Option<u32>,
    ) -> Result<Vec<Queued>, StorageError> {
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
            Ok(progress_of(c.as_ref(), &units))
        })
    }

    fn save<'a>(
        &'a self,
        course: &'a str,
        progress: &'a CourseProgress,
        earned: &'a [Earned],
    ) -> StoreFuture<'a, ()> {
        Box::pin(async move { self.write(course, progress, earned).await })
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
    /// The page's connections, by owner: its learner's, and those of learners whose statements it delivers.
    static OPEN: std::cell::RefCell<std::collections::BTreeMap<String, std::rc::Rc<IdbStore>>> =
        const { std::cell::RefCell::new(std::collections::BTreeMap::new()) };
}

/// The connection to this page's learner's database (opened on the first request).
pub async fn connection() -> Result<std::rc::Rc<IdbStore>, StorageError> {
    connection_of(&crate::edge::learners::owner()).await
}

/// The connection to `owner`'s database (opened, and its journal replayed, on the first request).
pub async fn connection_of(owner: &str) -> Result<std::rc::Rc<IdbStore>, StorageError> {
    if let Some(s) = OPEN.with(|o| o.borrow().get(owner).cloned()) {
        return Ok(s);
    }
    let s = std::rc::Rc::new(IdbStore::open(owner).await?);
    if let Err(e) = s.replay_journal().await {
        web_sys::console::warn_1(
            &format!("the progress journal could not be replayed yet: {e}").into(),
        );
    }
    let first = OPEN.with(|o| o.borrow().is_empty());
    if first {
        request_persistence();
        hurry_on_leaving();
    }
    // Two first requests may have raced: keep the connection that was kept first.
    Ok(OPEN.with(|o| o.borrow_mut().entry(owner.to_string()).or_insert(s).clone()))
}

/// Deletes every database and journal entry of learner `id` (their own, and their embedded players').
pub async fn delete_learner(id: &str) {
    let Some(factory) = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()) else {
        return;
    };
    let mine = |owner: &str| owner == id || owner.starts_with(&format!("{id}@"));
    // Close this page's connections first, so the deletion is not blocked by them.
    let closing: Vec<std::rc::Rc<IdbStore>> = OPEN.with(|o| {
        let mut o = o.borrow_mut();
        let keys: Vec<String> = o.keys().filter(|k| mine(k)).cloned().collect();
        keys.iter().filter_map(|k| o.remove(k)).collect()
    });
    for c in closing {
        c.db.as_sys()
            .unchecked_ref::<web_sys::IdbDatabase>()
            .close();
    }
    let mut names = vec![database(id, DB_NAME)];
    // Embedded players' databases of this learner (`indexedDB.databases()`).
    if let Ok(list) = js_sys::Reflect::get(&factory, &"databases".into())
        .and_then(|f| f.dyn_into::<js_sys::Function>())
        .and_then(|f| f.call0(&factory))
    {
        if let Ok(list) = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(list)).await {
            for info in js_sys::Array::from(&list).iter() {
                let name = js_sys::Reflect::get(&info, &"name".into())
                    .ok()
                    .and_then(|n| n.as_string())
                    .unwrap_or_default();
                if let Some(owner) = name.strip_prefix(&format!("{DB_NAME}@")) {
                    if owner.starts_with(&format!("{id}@")) {
                        names.push(name.clone());
                    }
                }
            }
        }
    }
    for name in names {
        if let Ok(request) = factory.delete_database(&name) {
            let done = js_sys::Promise::new(&mut |resolve, _| {
                request.set_onsuccess(Some(&resolve));
                request.set_onerror(Some(&resolve));
                request.set_onblocked(Some(&resolve));
            });
            let _ = wasm_bindgen_futures::JsFuture::from(done).await;
        }
    }
    if let Some(storage) = local_storage() {
        let keys: Vec<String> = (0..storage.length().unwrap_or(0))
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| {
                k.strip_prefix("alliance-player.journal@")
                    .is_some_and(|rest| mine(rest.rsplit_once('.').map_or(rest, |(o, _)| o)))
                    || (id == FIRST && k.starts_with(JOURNAL_PREFIX))
            })
            .collect();
        for k in keys {
            let _ = storage.remove_item(&k);
        }
    }
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
            // A learning event is written ahead at once, in the turn of the learner's action: the learner has seen
            // it done and may leave the page the next moment. That transaction is what the save's timing measures.
            if !earned.is_empty() {
                let timing = SaveTiming::start();
                let ahead = store.write_events(&course, &progress, &earned).await;
                timing.end();
                if let Err(e) = ahead {
                    return StoreReply::Done(Err(e));
                }
            }
            // The merge lets the frame showing the learner's action be painted first, then runs on an idle main
            // thread (at once when the page is hidden or being left).
            after_paint().await;
            let timing = earned.is_empty().then(SaveTiming::start);
            let done = store
                .merge(&course, &progress)
                .await
                .map_err(|e| storage_error(e, true));
            if let Some(timing) = timing {
                timing.end();
            }
            StoreReply::Done(done)
        }
        StoreOp::LoadAll => StoreReply::All(store.load_all().await),
        StoreOp::Reset(course) => StoreReply::Done(store.reset(&course).await),
    }
}
