//! The only code that talks to the outside world: HTTP for course packages and locale files, the progress
//! store, and the learner's settings.
//! Components call these functions; they never call `fetch` or storage APIs themselves.

pub mod app_update;
pub mod broadcast;
pub mod catalog;
pub mod download;
pub mod embed;
pub mod http;
pub mod locales;
pub mod lrs;
pub mod offline;
pub mod settings;
pub mod store;
pub mod sync;

/// Both futures' outputs, polled together (e.g. two requests in flight at once).
pub(crate) async fn join2<A: std::future::Future, B: std::future::Future>(
    a: A,
    b: B,
) -> (A::Output, B::Output) {
    use std::task::Poll;
    let (mut a, mut b) = (Box::pin(a), Box::pin(b));
    let (mut ra, mut rb) = (None, None);
    std::future::poll_fn(|cx| {
        if ra.is_none() {
            if let Poll::Ready(v) = a.as_mut().poll(cx) {
                ra = Some(v);
            }
        }
        if rb.is_none() {
            if let Poll::Ready(v) = b.as_mut().poll(cx) {
                rb = Some(v);
            }
        }
        if ra.is_some() && rb.is_some() {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    })
    .await;
    match (ra, rb) {
        (Some(a), Some(b)) => (a, b),
        _ => unreachable!("both are ready"),
    }
}

/// A member of `navigator` that browsers may leave out (`serviceWorker`, `storage`: absent in insecure contexts,
/// some private modes and old browsers), typed.
pub(crate) fn navigator_member<T: wasm_bindgen::JsCast>(name: &str) -> Option<T> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::get(&navigator, &name.into())
        .ok()
        .filter(|m| !m.is_undefined())
        .map(wasm_bindgen::JsCast::unchecked_into)
}
