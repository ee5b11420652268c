//! The only code that talks to the outside world: HTTP for course packages and locale files, the progress
//! store, and the learner's settings.
//! Components call these functions; they never call `fetch` or storage APIs themselves.

pub mod app_update;
pub mod broadcast;
pub mod catalog;
pub mod download;
pub mod http;
pub mod locales;
pub mod lrs;
pub mod offline;
pub mod settings;
pub mod store;
pub mod sync;
