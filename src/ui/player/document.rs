//! A PDF document: shown in the browser's own viewer, with a download link; completed with "Mark as done".
//!
//! Only a real PDF is shown (docs/security.md §1): the player fetches the file (offline the service worker answers
//! from the downloaded course), checks that its first bytes are `%PDF-`, and hands the viewer a `blob:` of type
//! `application/pdf` made from those very bytes. Whatever the file's name, its `Content-Type` or the host's headers,
//! an HTML page given as a "PDF" is never rendered as a document of the player's origin: it is refused with an error
//! naming the file. (The blob also lets the viewer show a downloaded PDF offline: `<object>` loads bypass service
//! workers.)

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::mark_done::MarkDone;
use crate::domain::package::Course;
use crate::edge::http::FetchError;
use crate::i18n::{format, t, t_args};
use crate::ui::error_view::ErrorView;

/// The first bytes of every PDF file (ISO 32000-1 §7.5.2, the file header).
pub const PDF_MAGIC: &[u8] = b"%PDF-";

/// Whether a file's bytes start as a PDF's do.
pub fn is_pdf(bytes: &[u8]) -> bool {
    bytes.starts_with(PDF_MAGIC)
}

/// Why a document is not shown.
#[derive(Clone, Debug)]
enum Refused {
    /// The file could not be fetched (the message names it).
    Fetch(String),
    /// The file is there but is not a PDF.
    NotPdf,
}

/// Fetches `src`, checks it is a PDF, and returns a `blob:` URL of type `application/pdf` holding its bytes.
async fn checked_pdf(src: &str) -> Result<String, Refused> {
    let network = |e: wasm_bindgen::JsValue| {
        Refused::Fetch(
            FetchError::Network {
                url: src.to_string(),
                detail: e
                    .dyn_ref::<js_sys::Error>()
                    .map(|e| String::from(e.message()))
                    .unwrap_or_else(|| "network error".into()),
            }
            .to_string(),
        )
    };
    let window = web_sys::window().ok_or_else(|| network("no window".into()))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(src))
        .await
        .map_err(network)?
        .unchecked_into();
    if !response.ok() {
        return Err(Refused::Fetch(
            FetchError::Status {
                url: src.to_string(),
                status: response.status(),
                status_text: response.status_text(),
            }
            .to_string(),
        ));
    }
    let buffer: js_sys::ArrayBuffer = JsFuture::from(response.array_buffer().map_err(network)?)
        .await
        .map_err(network)?
        .unchecked_into();
    let head = js_sys::Uint8Array::new_with_byte_offset_and_length(
        &buffer,
        0,
        buffer.byte_length().min(PDF_MAGIC.len() as u32),
    )
    .to_vec();
    if !is_pdf(&head) {
        return Err(Refused::NotPdf);
    }
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/pdf");
    let blob = web_sys::Blob::new_with_buffer_source_sequence_and_options(
        &js_sys::Array::of1(&buffer),
        &options,
    )
    .map_err(network)?;
    web_sys::Url::create_object_url_with_blob(&blob).map_err(network)
}

#[component]
pub fn DocumentUnit(
    /// The course of the unit.
    course: Arc<Course>,
    /// The unit shown.
    unit_id: String,
    /// The unit's title, which names the embedded viewer.
    title: String,
    /// URL of the PDF.
    src: String,
    /// Its size in bytes, if the package says.
    size: Option<u64>,
) -> impl IntoView {
    let download = match size {
        Some(s) => t_args("document-download", &[("size", format::size(s).into())]),
        None => t("document-download-nosize"),
    };
    let checked = LocalResource::new({
        let src = src.clone();
        move || {
            let src = src.clone();
            async move { checked_pdf(&src).await }
        }
    });
    on_cleanup(move || {
        if let Some(Ok(url)) = checked.get_untracked() {
            let _ = web_sys::Url::revoke_object_url(&url);
        }
    });
    let file = crate::domain::package::file_name(&src).to_string();
    view! {
        <div class="document">
            <Suspense>
                {move || checked.get().map(|result| match result {
                    Ok(blob) => view! {
                        <object class="pdf" data=blob type="application/pdf" aria-label=title.clone()>
                            <p>{t("document-fallback")}</p>
                        </object>
                        <p class="document-actions">
                            <a class="button" href=src.clone() download="" data-testid="document-download">{download.clone()}</a>
                            <MarkDone course=course.clone() unit_id=unit_id.clone()/>
                        </p>
                    }
                    .into_any(),
                    Err(Refused::NotPdf) => view! {
                        <ErrorView
                            title=t("error-document")
                            detail=t_args("document-not-pdf", &[("file", file.clone().into())])
                        />
                    }
                    .into_any(),
                    Err(Refused::Fetch(detail)) => view! { <ErrorView title=t("error-document") detail/> }.into_any(),
                })}
            </Suspense>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::is_pdf;

    #[test]
    fn only_bytes_that_start_as_a_pdf_are_a_pdf() {
        assert!(is_pdf(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"));
        assert!(!is_pdf(b"<!doctype html><script>alert(1)</script>"));
        assert!(!is_pdf(b" %PDF-1.7"), "a PDF starts with its header");
        assert!(
            !is_pdf(b"\xef\xbb\xbf%PDF-1.7"),
            "not after a byte order mark"
        );
        assert!(!is_pdf(b"%PDF"), "too short");
        assert!(!is_pdf(b""));
    }
}
