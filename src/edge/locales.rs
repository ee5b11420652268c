//! Fetching an interface locale's Fluent file (`/locales/<tag>/main.ftl`) when the learner chooses it.

use super::http::{get_text, FetchError};
use crate::domain::limits::Input;

/// The messages of `locale`, as FTL text.
pub async fn load_ftl(locale: &str) -> Result<String, FetchError> {
    get_text(&format!("/locales/{locale}/main.ftl"), Input::Locale).await
}

thread_local! {
    /// Whether the fetch of every source message is under way, and who waits for it.
    static LOADING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static WAITING: std::cell::RefCell<Vec<js_sys::Function>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Resolves once the interface has every message of its locale: on an English page, the first time, it fetches the
/// source messages the first load left out (`i18n::FIRST_FTL`). Every split-off screen awaits it beside its code.
/// A failed fetch resolves too (the screen shows message ids where text is missing) and the next call tries again.
/// The fetch starts when this is called, not when the future is first polled.
pub fn source_complete() -> wasm_bindgen_futures::JsFuture {
    use crate::i18n;
    let done = i18n::locale() != i18n::SOURCE_LOCALE || i18n::has_every_source_message();
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if done {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        } else {
            WAITING.with(|w| w.borrow_mut().push(resolve));
        }
    });
    if !done && !LOADING.with(|l| l.replace(true)) {
        wasm_bindgen_futures::spawn_local(async {
            match load_ftl(i18n::SOURCE_LOCALE).await {
                Ok(ftl) => {
                    if let Err(e) = i18n::complete_source(ftl) {
                        web_sys::console::warn_1(&e.into());
                    }
                }
                Err(e) => web_sys::console::warn_1(&e.to_string().into()),
            }
            LOADING.with(|l| l.set(false));
            for resolve in WAITING.with(|w| std::mem::take(&mut *w.borrow_mut())) {
                let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
            }
        });
    }
    wasm_bindgen_futures::JsFuture::from(promise)
}
