//! GET requests through the browser's `fetch`.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::limits::{self, Input};

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
    #[error("{file} is larger than {limit}, the most this player reads for such a file, so it was not read. Tell the course provider (or the host) that the file must stay within {limit}.")]
    TooLarge {
        url: String,
        /// The file's name, e.g. `course.json`.
        file: String,
        /// The limit, e.g. "4 MiB".
        limit: String,
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

/// Fetches `url` and returns its body as text, at most `input`'s byte limit: a `Content-Length` over it is refused
/// before the body is read, and the body is streamed and counted, so a server that omits or understates the length
/// is cut off at the limit too.
pub async fn get_text(url: &str, input: Input) -> Result<String, FetchError> {
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
    read_text(url, &response, input).await
}

/// Reads `response`'s body (from `url`) as text, at most `input`'s byte limit: a `Content-Length` over it is refused
/// before the body is read, and the body is counted as it streams in and cut off at the limit. For every body the
/// player reads from elsewhere (the LRS's State document too: `Input::State`).
pub async fn read_text(
    url: &str,
    response: &web_sys::Response,
    input: Input,
) -> Result<String, FetchError> {
    let network = |e: wasm_bindgen::JsValue| FetchError::Network {
        url: url.to_string(),
        detail: describe(&e),
    };
    let too_large = || FetchError::TooLarge {
        url: url.to_string(),
        file: crate::domain::package::file_name(url).to_string(),
        limit: limits::human_bytes(input.max_bytes()),
    };
    let announced = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|l| l.trim().parse::<u64>().ok());
    if let Some(n) = announced {
        limits::check_size(input, n).map_err(|_| too_large())?;
    }
    // The chunks stay in JavaScript; only their lengths are counted here.
    let parts = js_sys::Array::new();
    let mut got: u64 = 0;
    if let Some(body) = response.body() {
        let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
        loop {
            let chunk = JsFuture::from(reader.read()).await.map_err(network)?;
            let done = js_sys::Reflect::get(&chunk, &"done".into())
                .map(|d| d.is_truthy())
                .unwrap_or(true);
            if done {
                break;
            }
            let part: js_sys::Uint8Array = js_sys::Reflect::get(&chunk, &"value".into())
                .map_err(network)?
                .unchecked_into();
            got += part.length() as u64;
            if limits::check_size(input, got).is_err() {
                let _ = reader.cancel();
                return Err(too_large());
            }
            parts.push(&part);
        }
    }
    // Decoded by the browser as `Response.text()` would (UTF-8, a byte-order mark dropped).
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).map_err(network)?;
    JsFuture::from(blob.text())
        .await
        .map_err(network)?
        .as_string()
        .ok_or_else(|| network("the body is not text".into()))
}
