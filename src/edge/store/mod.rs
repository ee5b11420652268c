//! Where progress is kept: the `ProgressStore` boundary, its IndexedDB implementation (`idb`) and an in-memory
//! twin for logic tests; `record` holds the versioned on-disk shapes.

pub mod idb;
pub mod record;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;

use crate::domain::progress::CourseProgress;

/// A storage failure, with what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    #[error("This browser's storage for the player is full, so your latest progress could not be saved. Free some space (remove downloaded courses or other sites' data in the browser settings), then continue: nothing saved before was lost.")]
    Quota,
    #[error("Progress cannot be stored in this browser ({0}); it is kept only until you close the page. Private windows often block storage.")]
    Unavailable(String),
    #[error("Progress could not be saved ({0}); it is kept in this page and will be saved with your next step.")]
    Write(String),
    #[error("Saved progress could not be read ({0}).")]
    Read(String),
}

pub type StoreFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, StorageError>> + 'a>>;

/// Durable progress per course. Implementations merge on save, so a stale write never undoes progress.
pub trait ProgressStore {
    fn load<'a>(&'a self, course: &'a str) -> StoreFuture<'a, CourseProgress>;
    fn save<'a>(&'a self, course: &'a str, progress: &'a CourseProgress) -> StoreFuture<'a, ()>;
    /// Every course with stored progress (the transcript).
    fn load_all(&self) -> StoreFuture<'_, Vec<(String, CourseProgress)>>;
    /// Forgets everything stored for `course`.
    fn reset<'a>(&'a self, course: &'a str) -> StoreFuture<'a, ()>;
}

/// Progress kept for the life of the page.
#[derive(Default)]
pub struct MemoryStore {
    courses: RefCell<BTreeMap<String, CourseProgress>>,
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

    fn save<'a>(&'a self, course: &'a str, progress: &'a CourseProgress) -> StoreFuture<'a, ()> {
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
    Save(String, CourseProgress),
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

    fn save<'a>(&'a self, course: &'a str, progress: &'a CourseProgress) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            match (self.0)(StoreOp::Save(course.to_string(), progress.clone())).await {
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
