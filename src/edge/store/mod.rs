//! Where progress is kept: the `ProgressStore` boundary, its IndexedDB implementation (`idb`) and an in-memory
//! twin for logic tests. The versioned on-disk shapes are `domain::record`.

pub mod idb;

pub use crate::domain::storage_error::StorageError;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;

use std::sync::Arc;

use crate::domain::package::Course;
use crate::domain::progress::{CourseProgress, Happened};

/// A learning event waiting to be stored with the progress that earned it. The store turns it into the statement
/// for the LRS and puts that in the outbox in the same transaction as the progress (see `idb`), so a completion
/// and its statement are stored together or not at all.
#[derive(Debug, Clone)]
pub struct Earned {
    /// The statement id, a random UUID made when it happened.
    pub id: String,
    /// When it happened (milliseconds since the epoch).
    pub at: f64,
    pub course: Arc<Course>,
    pub happened: Happened,
    pub time_spent_ms: f64,
    /// The language the unit was studied in.
    pub language: String,
}

pub type StoreFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, StorageError>> + 'a>>;

/// Durable progress per course. Implementations merge on save, so a stale write never undoes progress.
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

/// Progress kept for the life of the page.
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

/// A request to a store whose code lives in a split wasm chunk (see `main.rs`): main-module code only holds this
/// enum and a function pointer, so no IndexedDB code is reachable from the first load.
pub enum StoreOp {
    Load(String),
    Save(String, CourseProgress, Vec<Earned>),
    LoadAll,
    Reset(String),
}

/// The answer to a [`StoreOp`].
pub enum StoreReply {
    Done(Result<(), StorageError>),
    Loaded(Result<CourseProgress, StorageError>),
    All(Result<Vec<(String, CourseProgress)>, StorageError>),
}

fn unexpected<T>() -> Result<T, StorageError> {
    Err(StorageError::Read(
        "unexpected answer from the store".into(),
    ))
}

/// Sends a [`StoreOp`] to the split-off store.
pub type StoreCall = fn(StoreOp) -> Pin<Box<dyn Future<Output = StoreReply>>>;

/// A [`ProgressStore`] that forwards to the split-off store, which opens the database on the first request (an
/// error then says why durable storage is unavailable; progress stays in the page meanwhile).
pub struct SplitStore(pub StoreCall);

impl ProgressStore for SplitStore {
    fn load<'a>(&'a self, course: &'a str) -> StoreFuture<'a, CourseProgress> {
        Box::pin(async move {
            match (self.0)(StoreOp::Load(course.to_string())).await {
                StoreReply::Loaded(r) => r,
                StoreReply::Done(Err(e)) => Err(e),
                _ => unexpected(),
            }
        })
    }

    fn save<'a>(
        &'a self,
        course: &'a str,
        progress: &'a CourseProgress,
        earned: &'a [Earned],
    ) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            let op = StoreOp::Save(course.to_string(), progress.clone(), earned.to_vec());
            match (self.0)(op).await {
                StoreReply::Done(r) => r,
                _ => unexpected(),
            }
        })
    }

    fn load_all(&self) -> StoreFuture<'_, Vec<(String, CourseProgress)>> {
        Box::pin(async move {
            match (self.0)(StoreOp::LoadAll).await {
                StoreReply::All(r) => r,
                StoreReply::Done(Err(e)) => Err(e),
                _ => unexpected(),
            }
        })
    }

    fn reset<'a>(&'a self, course: &'a str) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            match (self.0)(StoreOp::Reset(course.to_string())).await {
                StoreReply::Done(r) => r,
                _ => unexpected(),
            }
        })
    }
}
