//! Why progress or the outbox could not be stored or read: the error of the storage boundary, shared by the store
//! (`edge::store`) and the learning core (`service`).

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
