//! Loading the catalogues (the site's and the learner's) and course manifests of Alliance Course Packages over HTTP.

use std::cell::RefCell;

use crate::domain::package::{parse_catalog, parse_course, Catalog, Course, PackageError};
use crate::domain::sources::{self, merge, parse_config, Merged};

use super::http::{get_text, FetchError};
use crate::domain::limits::Input;

/// Where the sample catalogue is served; a deployment may point `<meta name="alliance-catalog">` elsewhere.
pub const DEFAULT_CATALOG_URL: &str = "/courses/catalog.json";
/// The site's list of catalogues, read at every start (docs/course-format.md, "Catalogues of a site").
pub const CONFIG_URL: &str = "/config.json";
/// The learner's own catalogues (a setting of theirs).
const LEARNER_KEY: &str = "catalog-sources";

/// Every catalogue's courses and what became of each catalogue.
pub type Sources = Merged<LoadError>;

/// Why a catalogue or course could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Fetch(#[from] FetchError),
    #[error("{0}")]
    Package(#[from] PackageError),
    /// Every catalogue failed: each one's error, a line each.
    #[error("{0}")]
    Every(String),
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

/// The catalogues the site's `config.json` lists; `None` when there is no such file (then the meta tag's).
async fn configured() -> Result<Option<Vec<String>>, LoadError> {
    match get_text(CONFIG_URL, Input::Config).await {
        Ok(text) => Ok(parse_config(CONFIG_URL, &text)?),
        Err(FetchError::Status {
            status: 404 | 410, ..
        }) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// The catalogues this page's learner added.
pub fn learner_sources() -> Vec<String> {
    super::settings::get(LEARNER_KEY)
        .map(|t| sources::read_stored(&t))
        .unwrap_or_default()
}

pub fn set_learner_sources(list: &[String]) {
    super::settings::set(
        LEARNER_KEY,
        (!list.is_empty())
            .then(|| sources::to_stored(list))
            .as_deref(),
    );
}

thread_local! {
    /// The files of this site that the last load read (`config.json`, catalogues): kept for offline use.
    static READ_HERE: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// The files of this site the catalogue was last built from.
pub fn read_here() -> Vec<String> {
    READ_HERE.with(|r| r.borrow().clone())
}

/// Loads every catalogue at once (the learner's while `config.json` is read) and merges them. A failing
/// `config.json` counts as a failed source of the site.
pub async fn load_all() -> Sources {
    let one = |url: String, learner: bool| async move {
        let result = load_catalog(&url).await;
        (url, learner, result)
    };
    let site = async {
        match configured().await {
            Ok(list) => {
                let urls = list.clone().unwrap_or_else(|| vec![catalog_url()]);
                let loaded =
                    crate::service::join_all(urls.into_iter().map(|u| one(u, false)).collect())
                        .await;
                (list.is_some(), loaded)
            }
            Err(e) => (false, vec![(CONFIG_URL.to_string(), false, Err(e))]),
        }
    };
    let mine = crate::service::join_all(
        learner_sources()
            .into_iter()
            .map(|u| one(u, true))
            .collect(),
    );
    let ((config_read, mut all), mine) = super::join2(site, mine).await;
    all.extend(mine);
    let mut here = Vec::new();
    if config_read {
        here.push(CONFIG_URL.to_string());
    }
    for (url, _, result) in &all {
        if result.is_ok() && url.starts_with('/') {
            here.push(url.clone());
        }
    }
    READ_HERE.with(|r| *r.borrow_mut() = here);
    merge(all)
}

/// The merged catalogue, or (every source failed) why: that source's error, or each one's.
pub fn usable(sources: &Sources) -> Result<&Catalog, LoadError> {
    if !sources.all_failed() {
        return Ok(&sources.catalog);
    }
    let errors: Vec<&LoadError> = sources
        .sources
        .iter()
        .filter_map(|s| s.error.as_ref())
        .collect();
    Err(match errors[..] {
        [one] => one.clone(),
        _ => LoadError::Every(
            errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n"),
        ),
    })
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

/// A course's search data (`search.json`), the learner's languages (`prefer`) first (a downloaded course's copy comes
/// from the worker).
pub async fn load_search_data(
    url: &str,
    prefer: &[String],
) -> Result<Vec<crate::domain::course_search::SubtitleText>, LoadError> {
    let text = get_text(url, Input::SearchData).await?;
    Ok(crate::domain::course_search::parse_search_data(
        crate::domain::package::file_name(url),
        &text,
        prefer,
    )?)
}

/// A course's WebVTT subtitle file as text, for search (a downloaded course's copy comes from the worker).
pub async fn load_subtitles(url: &str) -> Result<String, FetchError> {
    get_text(url, Input::Subtitles).await
}
