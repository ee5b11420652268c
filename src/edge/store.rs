//! Where progress is kept: the `ProgressStore` boundary and its in-memory implementation.

use std::cell::RefCell;
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;

use crate::domain::progress::CourseProgress;

/// A storage failure, with what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    #[error("progress could not be saved: {0}")]
    Write(String),
    #[error("progress could not be read: {0}")]
    Read(String),
}

pub type StoreFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, StorageError>> + 'a>>;

/// Durable progress per course. Implementations merge on save, so a stale write never undoes progress.
pub trait ProgressStore {
    fn load<'a>(&'a self, course: &'a str) -> StoreFuture<'a, CourseProgress>;
    fn save<'a>(&'a self, course: &'a str, progress: &'a CourseProgress) -> StoreFuture<'a, ()>;
}

/// Progress kept for the life of the page.
#[derive(Default)]
pub struct MemoryStore {
    courses: RefCell<HashMap<String, CourseProgress>>,
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
}
