//! The only code that talks to the outside world: HTTP for course packages and the progress store.
//! Components call these functions; they never call `fetch` or storage APIs themselves.

pub mod catalog;
pub mod http;
pub mod store;
