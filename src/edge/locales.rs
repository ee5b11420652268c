//! Fetching an interface locale's Fluent file (`/locales/<tag>/main.ftl`) when the learner chooses it.

use super::http::{get_text, FetchError};
use crate::domain::limits::Input;

/// The messages of `locale`, as FTL text.
pub async fn load_ftl(locale: &str) -> Result<String, FetchError> {
    get_text(&format!("/locales/{locale}/main.ftl"), Input::Locale).await
}

thread_local! {
    /// The fetch of every source message under way, if any.
    static SOURCE: std::cell::RefCell<Option<js_sys::Promise>> = const { std::cell::RefCell::new(None) };
}

/// Resolves once the interface has every message of its locale: on an English page, the first time, it fetches the
/// source messages the first load left out (`i18n::FIRST_FTL`). Every split-off screen awaits it beside its code.
/// A failed fetch resolves too (the screen shows message ids where text is missing) and the next call tries again.
/// The fetch starts when this is called, not when the future is first polled.
pub fn source_complete() -> wasm_bindgen_futures::JsFuture {
    use crate::i18n;
    if i18n::locale() != i18n::SOURCE_LOCALE || i18n::source_complete() {
        return wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(
            &wasm_bindgen::JsValue::UNDEFINED,
        ));
    }
    let promise = SOURCE.with(|s| s.borrow().clone()).unwrap_or_else(|| {
        let p = wasm_bindgen_futures::future_to_promise(async {
            match load_ftl(i18n::SOURCE_LOCALE).await {
                Ok(ftl) => {
                    if let Err(e) = i18n::complete_source(ftl) {
                        web_sys::console::warn_1(&e.into());
                    }
                }
                Err(e) => web_sys::console::warn_1(&e.to_string().into()),
            }
            SOURCE.with(|s| *s.borrow_mut() = None);
            Ok(wasm_bindgen::JsValue::UNDEFINED)
        });
        SOURCE.with(|s| *s.borrow_mut() = Some(p.clone()));
        p
    });
    wasm_bindgen_futures::JsFuture::from(promise)
}
