//! The only code that talks to the outside world: HTTP for course packages and locale files, the progress
//! store, and the learner's settings.
//! Components call these functions; they never call `fetch` or storage APIs themselves.

pub mod app_update;
pub mod broadcast;
pub mod catalog;
pub mod cmi5;
pub mod download;
pub mod embed;
pub mod http;
pub mod launch;
pub mod learners;
pub mod locales;
pub mod lrs;
pub mod notes;
pub mod offline;
pub mod settings;
pub mod store;
pub mod sync;

pub(crate) use crate::service::join2;

/// A member of `navigator` that browsers may leave out (`serviceWorker`, `storage`: absent in insecure contexts,
/// some private modes and old browsers), typed.
pub(crate) fn navigator_member<T: wasm_bindgen::JsCast>(name: &str) -> Option<T> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::get(&navigator, &name.into())
        .ok()
        .filter(|m| !m.is_undefined())
        .map(wasm_bindgen::JsCast::unchecked_into)
}
