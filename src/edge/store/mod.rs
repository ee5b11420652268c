//! Where progress is kept: IndexedDB (`idb`), reached through `SplitStore` (the `ProgressStore` trait and its
//! in-memory twin are in `service::progress`). The versioned on-disk shapes are `domain::record`.

pub mod idb;

pub use crate::domain::storage_error::StorageError;

use std::future::Future;
use std::pin::Pin;

use crate::domain::progress::CourseProgress;
pub use crate::service::progress::{Earned, MemoryStore, ProgressStore, StoreFuture};

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
