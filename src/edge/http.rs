//! GET requests through the browser's `fetch`.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A request that did not give us a body.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("{url} could not be reached ({detail}). Check your connection, then try again.")]
    Network { url: String, detail: String },
    #[error("{url} answered HTTP {status}{}. {}", if .status_text.is_empty() { String::new() } else { format!(" {}", .status_text) }, hint(*.status))]
    Status {
        url: String,
        status: u16,
        status_text: String,
    },
}

fn hint(status: u16) -> &'static str {
    match status {
        404 | 410 => "The file is missing from the course package: tell the course provider.",
        401 | 403 => "The server refused access to the file.",
        500..=599 => "The server has a problem; try again in a moment.",
        _ => "Try again later.",
    }
}

fn describe(e: &wasm_bindgen::JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "network error".into())
}

/// Fetches `url` and returns its body as text.
pub async fn get_text(url: &str) -> Result<String, FetchError> {
    let network = |e: wasm_bindgen::JsValue| FetchError::Network {
        url: url.to_string(),
        detail: describe(&e),
    };
    let window = web_sys::window().ok_or_else(|| network("no window".into()))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(network)?
        .dyn_into()
        .map_err(network)?;
    if !response.ok() {
        return Err(FetchError::Status {
            url: url.to_string(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let text = JsFuture::from(response.text().map_err(network)?)
        .await
        .map_err(network)?;
    text.as_string()
        .ok_or_else(|| network("the body is not text".into()))
}
