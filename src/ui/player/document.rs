//! A PDF document: shown in the browser's own viewer, with a download link; completed with "Mark as done".

use std::sync::Arc;

use leptos::prelude::*;

use super::mark_done::MarkDone;
use crate::domain::package::Course;
use crate::i18n::{format, t, t_args};

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
    view! {
        <div class="document">
            <object class="pdf" data=src.clone() type="application/pdf" aria-label=title>
                <p>{t("document-fallback")}</p>
            </object>
            <p class="document-actions">
                <a class="button" href=src download="" data-testid="document-download">{download}</a>
                <MarkDone course unit_id/>
            </p>
        </div>
    }
}
