//! Loading the catalogue and course manifests of an Alliance Course Package over HTTP.

use crate::domain::package::{parse_catalog, parse_course, Catalog, Course, PackageError};

use super::http::{get_text, FetchError};
use crate::domain::limits::Input;

/// Where the sample catalogue is served; a deployment may point `<meta name="alliance-catalog">` elsewhere.
pub const DEFAULT_CATALOG_URL: &str = "/courses/catalog.json";

/// Why a catalogue or course could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Fetch(#[from] FetchError),
    #[error("{0}")]
    Package(#[from] PackageError),
}

/// The catalogue URL of this deployment: `<meta name="alliance-catalog" content="…">` or the default.
pub fn catalog_url() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector("meta[name=alliance-catalog]")
                .ok()
                .flatten()
        })
        .and_then(|m| m.get_attribute("content"))
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| DEFAULT_CATALOG_URL.to_string())
}

pub async fn load_catalog(url: &str) -> Result<Catalog, LoadError> {
    let text = get_text(url, Input::Catalog).await?;
    Ok(parse_catalog(url, &text)?)
}

/// Loads the manifest at `url` and checks that it is the course the catalogue promised (`expected_id`).
pub async fn load_course(url: &str, expected_id: &str) -> Result<Course, LoadError> {
    let text = get_text(url, Input::Course).await?;
    let course = parse_course(url, &text)?;
    if course.id != expected_id {
        return Err(PackageError {
            file: crate::domain::package::file_name(url).to_string(),
            pointer: "/id".into(),
            message: format!("the manifest is for course \"{}\" but the catalogue links it as \"{expected_id}\"; fix one of them", course.id),
        }
        .into());
    }
    Ok(course)
}

/// One page of a catalogue in pages (format 1.2): its courses, and the errors of the entries that did not parse.
pub async fn load_page(
    url: &str,
) -> Result<(Vec<crate::domain::package::CatalogEntry>, Vec<PackageError>), LoadError> {
    let text = get_text(url, Input::Catalog).await?;
    Ok(crate::domain::package::parse_catalog_page(url, &text)?)
}

/// A course's WebVTT subtitle file as text, for search (a downloaded course's copy comes from the worker).
pub async fn load_subtitles(url: &str) -> Result<String, FetchError> {
    get_text(url, Input::Subtitles).await
}
