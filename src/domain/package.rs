//! The Alliance Course Package model (catalogue → course → modules → units) and its parser/validator.
//!
//! Parsing is pure: text in, model or a [`PackageError`] naming file, JSON Pointer and expectation out.
//! The format is documented in `docs/course-format.md`.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use super::json::{At, Result};
use super::lang::{is_well_formed, Localized};
use super::limits::{self, Input};
use super::quiz::{Choice, Feedback, Question, QuestionKind, Quiz, Variation};
use super::url::resolve;

pub const FORMAT: &str = "alliance-course-package";
/// The newest format version this player reads fully.
pub const VERSION: Version = Version { major: 1, minor: 3 };
pub const UNIT_KINDS: [&str; 7] = [
    "video",
    "audio",
    "reading",
    "quiz",
    "document",
    "interactive",
    "cmi5",
];

/// A problem with a package file: which file, which field, what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageError {
    pub file: String,
    /// JSON Pointer of the field (`/modules/2/units/0/kind`), or a `line L column C` position for syntax errors.
    pub pointer: String,
    pub message: String,
}

impl std::fmt::Display for PackageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.pointer, self.message)
    }
}

impl std::error::Error for PackageError {}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version {
    pub major: u32,
    pub minor: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Provider {
    pub name: Localized,
    pub url: Option<String>,
}

/// The catalogue: the courses that parsed, and an error for each entry that did not.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    pub title: Option<Localized>,
    pub courses: Vec<CatalogEntry>,
    pub rejected: Vec<PackageError>,
    /// The courses of a large catalogue beyond `courses`, in pages (format 1.2).
    pub more: Option<More>,
}

/// The rest of a large catalogue (format 1.2): `catalog.json` holds the first courses (what the first screen
/// shows) and names pages holding the others, each a catalogue document with only `courses`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct More {
    /// How many courses the whole catalogue lists, its own and its pages'.
    pub count: u64,
    /// Every language of the whole catalogue (the language filter, before every page is loaded).
    pub languages: Vec<String>,
    /// The pages' URLs (resolved), in order.
    pub pages: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CatalogEntry {
    pub id: String,
    pub iri: String,
    pub title: Localized,
    pub summary: Localized,
    pub languages: Vec<String>,
    pub provider: Provider,
    pub size: u64,
    /// Resolved URL of the course manifest.
    pub manifest: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Course {
    /// Where the manifest was loaded from; relative links in Markdown resolve against it.
    pub url: String,
    pub version: Version,
    pub id: String,
    pub iri: String,
    pub title: Localized,
    pub summary: Option<Localized>,
    pub languages: Vec<String>,
    pub default_language: String,
    pub provider: Option<Provider>,
    pub modules: Vec<Module>,
    /// Every file of the course with its size and, optionally, its SHA-256 (format 1.1; empty when not given):
    /// what a download fetches and checks.
    pub files: Vec<PackageFile>,
    /// The course's search data (format 1.2, written by `alliance-pack build`; resolved): the cues of every subtitle
    /// file in one file, so a search fetches it instead of each subtitle file.
    pub search: Option<String>,
    /// Built once by the parser: finding a unit, its place and its neighbours costs no walk through the outline.
    index: UnitIndex,
}

/// The units in outline order as (module, unit) positions, and each unit id's place in that order.
#[derive(Debug, Clone, PartialEq, Default)]
struct UnitIndex {
    order: Vec<(u32, u32)>,
    by_id: HashMap<String, u32>,
}

impl UnitIndex {
    /// Indexes `modules`; the first duplicate unit id is returned as the error.
    fn build(modules: &[Module]) -> std::result::Result<UnitIndex, &str> {
        let mut index = UnitIndex::default();
        for (mi, m) in modules.iter().enumerate() {
            for (ui, u) in m.units.iter().enumerate() {
                let place = index.order.len() as u32;
                if index.by_id.insert(u.id.clone(), place).is_some() {
                    return Err(&u.id);
                }
                index.order.push((mi as u32, ui as u32));
            }
        }
        Ok(index)
    }
}

/// One file of a course package, as listed in the manifest's `files`.
#[derive(Debug, Clone, PartialEq)]
pub struct PackageFile {
    /// Resolved URL.
    pub src: String,
    pub size: u64,
    /// Lower-case hex digest.
    pub sha256: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    pub id: String,
    pub title: Localized,
    pub units: Vec<Unit>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub id: String,
    pub iri: String,
    pub title: Localized,
    pub description: Option<Localized>,
    pub body: UnitBody,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub src: String,
    pub mime: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Subtitle {
    pub lang: String,
    pub src: String,
}

/// A video or audio unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Media {
    pub sources: Vec<Source>,
    pub poster: Option<String>,
    pub subtitles: Vec<Subtitle>,
    pub duration: f64,
    pub transcript: Option<Localized>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum UnitBody {
    Video(Media),
    Audio(Media),
    Reading {
        body: Localized,
    },
    Quiz(Quiz),
    Document {
        src: String,
        size: Option<u64>,
    },
    Interactive {
        src: String,
        height: u32,
    },
    /// A third-party cmi5 AU (or plain xAPI content), played with the player as its LMS (format 1.3;
    /// `domain::cmi5_host`).
    Cmi5 {
        src: String,
        height: u32,
        /// Given to the AU in `LMS.LaunchData`: it judges passed and failed by it.
        mastery_score: Option<f64>,
        /// Given to the AU in `LMS.LaunchData` as they are.
        launch_parameters: Option<String>,
    },
    /// A kind from a newer minor version of the format: shown as "needs a newer player".
    Unsupported {
        kind: String,
    },
}

impl UnitBody {
    /// The `kind` string of the format (`data-unit-kind` in the page).
    pub fn kind(&self) -> &str {
        match self {
            UnitBody::Video(_) => "video",
            UnitBody::Audio(_) => "audio",
            UnitBody::Reading { .. } => "reading",
            UnitBody::Quiz(_) => "quiz",
            UnitBody::Document { .. } => "document",
            UnitBody::Interactive { .. } => "interactive",
            UnitBody::Cmi5 { .. } => "cmi5",
            UnitBody::Unsupported { kind } => kind,
        }
    }
}

impl Course {
    /// All units in outline order.
    pub fn units(&self) -> impl Iterator<Item = &Unit> {
        self.modules.iter().flat_map(|m| m.units.iter())
    }

    /// The unit with this id (a keyed lookup).
    pub fn unit(&self, id: &str) -> Option<&Unit> {
        self.unit_at(self.position(id)?)
    }

    /// The 0-based place of unit `id` in outline order.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.index.by_id.get(id).map(|&i| i as usize)
    }

    /// The unit at 0-based place `i` in outline order.
    pub fn unit_at(&self, i: usize) -> Option<&Unit> {
        let &(m, u) = self.index.order.get(i)?;
        self.modules.get(m as usize)?.units.get(u as usize)
    }

    /// How many units the course has.
    pub fn unit_count(&self) -> usize {
        self.index.order.len()
    }
}

/// The last path segment of a URL, used as the file name in errors (`course.json`).
pub fn file_name(url: &str) -> &str {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    path.rsplit('/')
        .next()
        .filter(|s| !s.is_empty())
        .unwrap_or(path)
}

/// Parses a package file as `T` after its size and nesting checks, with the player's error texts (file, position,
/// what to do). The player reads a `serde_json::Value`; `alliance-pack` a value that keeps the document's key order.
pub fn parse_json<T: serde::de::DeserializeOwned>(
    file: &str,
    text: &str,
    input: Input,
) -> Result<T> {
    let error = |pointer: String, message: String| PackageError {
        file: file.to_string(),
        pointer,
        message,
    };
    if limits::check_size(input, text.len() as u64).is_err() {
        return Err(error(
            "/".into(),
            format!(
                "the file is {}, more than the limit of {}; {}",
                limits::human_bytes(text.len() as u64),
                limits::human_bytes(input.max_bytes()),
                match input {
                    Input::Config => "keep only the list of catalogues in it",
                    _ => "split the package or shorten its texts",
                }
            ),
        ));
    }
    if let Some((line, column)) = limits::too_deep(text) {
        return Err(error(
            format!("line {line} column {column}"),
            format!(
                "nested more than {} levels deep; a package file never needs that many",
                limits::MAX_DEPTH
            ),
        ));
    }
    serde_json::from_str(text).map_err(|e| PackageError {
        file: file.to_string(),
        pointer: format!("line {} column {}", e.line(), e.column()),
        message: format!("not valid JSON ({e}); check for a missing comma, quote or bracket")
            .replace(&format!(" at line {} column {}", e.line(), e.column()), ""),
    })
}

// ---------------------------------------------------------------------------------------------------------------
// Field readers

fn id(at: At) -> Result<String> {
    let s = at.str()?;
    let ok = !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && !s.starts_with(['-', '_']);
    if ok {
        Ok(s.to_string())
    } else {
        Err(at.error(format!(
            "invalid id \"{s}\"; expected lowercase letters, digits, '-' or '_' (at most 64, not starting with '-' or '_')"
        )))
    }
}

fn iri(at: At) -> Result<String> {
    let s = at.str()?;
    let has_scheme = super::url::scheme(s).is_some_and(|sc| {
        sc.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b))
    });
    if has_scheme && !s.contains(char::is_whitespace) && s.len() > s.find(':').unwrap_or(0) + 1 {
        Ok(s.to_string())
    } else {
        Err(at.error(format!(
            "invalid IRI \"{s}\"; expected an absolute IRI such as https://example.org/course/unit"
        )))
    }
}

fn lang_tag(at: At) -> Result<String> {
    let s = at.str()?;
    if is_well_formed(s) {
        Ok(s.to_string())
    } else {
        Err(at.error(format!(
            "invalid language tag \"{s}\"; expected a BCP 47 tag such as en, zh-CN or pt-BR"
        )))
    }
}

/// At most `max` elements in the array at `at` (checked before any element is read).
fn at_most(at: At, max: usize, what: &str) -> Result<()> {
    match at.value.as_array() {
        Some(a) if a.len() > max => {
            Err(at.error(format!("{} {what}; expected at most {max}", a.len())))
        }
        _ => Ok(()),
    }
}

fn localized(at: At) -> Result<Localized> {
    if let Some(o) = at.value.as_object() {
        if o.len() > limits::MAX_LANGUAGES {
            return Err(at.error(format!(
                "{} languages; expected at most {}",
                o.len(),
                limits::MAX_LANGUAGES
            )));
        }
    }
    let pairs = at.entries(|k, v| {
        if !is_well_formed(k) {
            return Err(v.error(format!(
                "invalid language tag \"{k}\"; expected a BCP 47 tag such as en, zh-CN or pt-BR"
            )));
        }
        Ok((k.to_string(), v.string()?))
    })?;
    if pairs.is_empty() {
        return Err(at.error("empty text; expected at least one language, e.g. {\"en\": \"…\"}"));
    }
    Ok(pairs.into_iter().collect())
}

fn languages(at: At) -> Result<Vec<String>> {
    at_most(at, limits::MAX_LANGUAGES, "languages")?;
    let langs = at.items(lang_tag)?;
    if langs.is_empty() {
        return Err(at.error("expected at least one language tag"));
    }
    Ok(langs)
}

fn path(base: &str) -> impl Fn(At) -> Result<String> + '_ {
    move |at| resolve(base, at.str()?).map_err(|e| at.error(e.to_string()))
}

fn positive(at: At) -> Result<f64> {
    let x = at.f64()?;
    if x > 0.0 {
        Ok(x)
    } else {
        Err(at.error(format!("expected a number greater than 0, found {x}")))
    }
}

fn version(at: At) -> Result<Version> {
    let s = at.str()?;
    let parsed = s.split_once('.').and_then(|(a, b)| {
        Some(Version {
            major: a.parse().ok()?,
            minor: b.parse().ok()?,
        })
    });
    match parsed {
        None => Err(at.error(format!(
            "invalid version \"{s}\"; expected MAJOR.MINOR such as \"1.0\""
        ))),
        Some(v) if v.major != VERSION.major => Err(at.error(format!(
            "format version {s} needs a newer player; this player reads versions {}.x",
            VERSION.major
        ))),
        Some(v) => Ok(v),
    }
}

fn header(at: At) -> Result<Version> {
    at.field("format", |f| {
        let s = f.str()?;
        if s == FORMAT {
            Ok(())
        } else {
            Err(f.error(format!("unknown format \"{s}\"; expected \"{FORMAT}\"")))
        }
    })?;
    at.field("version", version)
}

fn provider(at: At) -> Result<Provider> {
    Ok(Provider {
        name: at.field("name", localized)?,
        url: at.opt_field("url", |u| {
            let s = u.str()?;
            match super::url::scheme(s).as_deref() {
                Some("http" | "https") => Ok(s.to_string()),
                _ => Err(u.error(format!("invalid URL \"{s}\"; expected an http(s) URL"))),
            }
        })?,
    })
}

fn unique<'a>(at: At, ids: impl IntoIterator<Item = &'a str>, what: &str) -> Result<()> {
    let mut seen = HashSet::new();
    for i in ids {
        if !seen.insert(i) {
            return Err(at.error(format!(
                "duplicate {what} id \"{i}\"; every {what} id must be unique"
            )));
        }
    }
    Ok(())
}

/// For each key, whether an earlier one was the same: one pass with a set, so a catalogue of 10,000 courses costs
/// 10,000 lookups, not 50 million comparisons.
fn repeats<'a>(keys: impl IntoIterator<Item = &'a str>) -> Vec<bool> {
    let mut seen = HashSet::new();
    keys.into_iter().map(|k| !seen.insert(k)).collect()
}

// ---------------------------------------------------------------------------------------------------------------
// Catalogue

/// Parses a catalogue fetched from `url`. An invalid course entry is skipped and recorded in `rejected`;
/// only a broken catalogue as a whole is an error.
pub fn parse_catalog(url: &str, text: &str) -> Result<Catalog> {
    let file = file_name(url);
    let value: Value = parse_json(file, text, Input::Catalog)?;
    let at = At::root(file, &value);
    let version = header(at)?;
    let title = at.opt_field("title", localized)?;
    let more = at.opt_field("more", |m| {
        if version < (Version { major: 1, minor: 2 }) {
            return Err(m.error(format!(
                "\"more\" (a catalogue in pages) needs format version 1.2; this catalogue says {}.{}",
                version.major, version.minor
            )));
        }
        more(url, m)
    })?;
    let (courses, rejected) = catalog_courses(url, at)?;
    Ok(Catalog {
        title,
        courses,
        rejected,
        more,
    })
}

/// Parses one page of a catalogue in pages (format 1.2), fetched from `url`: its courses and the errors of the
/// entries that did not parse. A page names no further pages.
pub fn parse_catalog_page(url: &str, text: &str) -> Result<(Vec<CatalogEntry>, Vec<PackageError>)> {
    let file = file_name(url);
    let value = parse_json(file, text, Input::Catalog)?;
    let at = At::root(file, &value);
    header(at)?;
    at.opt_field("more", |m| {
        Err::<(), _>(m.error("a catalogue page names no further pages; remove \"more\""))
    })?;
    catalog_courses(url, at)
}

fn more(url: &str, at: At) -> Result<More> {
    let pages = at.field("pages", |p| {
        at_most(p, limits::MAX_CATALOG_PAGES, "pages")?;
        p.items(path(url))
    })?;
    let count = at.field("count", |c| c.u64())?;
    if count > (limits::MAX_COURSES as u64) * (pages.len() as u64 + 1) {
        return Err(at.error(format!(
            "count {count} is more than the pages can hold ({} courses each)",
            limits::MAX_COURSES
        )));
    }
    Ok(More {
        count,
        languages: at.field("languages", languages)?,
        pages,
    })
}

/// The `courses` of a catalogue document: those that parsed, and an error for each entry that did not (a course
/// id listed twice keeps its first entry).
fn catalog_courses(url: &str, at: At) -> Result<(Vec<CatalogEntry>, Vec<PackageError>)> {
    let entries = at.field("courses", |c| {
        at_most(c, limits::MAX_COURSES, "courses")?;
        c.items(|e| Ok(catalog_entry(url, e)))
    })?;
    let repeated = repeats(
        entries
            .iter()
            .filter_map(|e| e.as_ref().ok().map(|c| c.id.as_str())),
    );
    let mut repeated = repeated.into_iter();
    let mut courses = Vec::new();
    let mut rejected = Vec::new();
    for entry in entries {
        match entry {
            Ok(e) if repeated.next() == Some(true) => rejected.push(PackageError {
                file: at.file.to_string(),
                pointer: "/courses".into(),
                message: format!(
                    "duplicate course id \"{}\"; the second one is skipped",
                    e.id
                ),
            }),
            Ok(e) => courses.push(e),
            Err(e) => rejected.push(e),
        }
    }
    Ok((courses, rejected))
}

fn catalog_entry(url: &str, at: At) -> Result<CatalogEntry> {
    Ok(CatalogEntry {
        id: at.field("id", id)?,
        iri: at.field("iri", iri)?,
        title: at.field("title", localized)?,
        summary: at.field("summary", localized)?,
        languages: at.field("languages", languages)?,
        provider: at.field("provider", provider)?,
        size: at.field("size", |s| s.u64())?,
        manifest: at.field("manifest", path(url))?,
    })
}

// ---------------------------------------------------------------------------------------------------------------
// Course manifest

/// Parses and validates a course manifest fetched from `url`; relative paths are resolved against it.
pub fn parse_course(url: &str, text: &str) -> Result<Course> {
    let file = file_name(url);
    let value: Value = parse_json(file, text, Input::Course)?;
    let at = At::root(file, &value);
    let version = header(at)?;
    let languages = at.field("languages", languages)?;
    let default_language = at.field("defaultLanguage", |d| {
        let tag = lang_tag(d)?;
        if languages.contains(&tag) {
            Ok(tag)
        } else {
            Err(d.error(format!(
                "\"{tag}\" is not one of the course's languages ({})",
                languages.join(", ")
            )))
        }
    })?;
    let ctx = Ctx { url, version };
    let (modules, index) = at.field("modules", |m| {
        at_most(m, limits::MAX_UNITS, "modules")?;
        let mut units = 0;
        let modules = m.items(|m| {
            let module = module(&ctx, m, limits::MAX_UNITS - units)?;
            units += module.units.len();
            Ok(module)
        })?;
        if modules.is_empty() {
            return Err(m.error("expected at least one module"));
        }
        unique(m, modules.iter().map(|m| m.id.as_str()), "module")?;
        let index = UnitIndex::build(&modules).map_err(|id| {
            m.error(format!(
                "duplicate unit id \"{id}\"; every unit id must be unique"
            ))
        })?;
        Ok((modules, index))
    })?;
    Ok(Course {
        url: url.to_string(),
        version,
        id: at.field("id", id)?,
        iri: at.field("iri", iri)?,
        title: at.field("title", localized)?,
        summary: at.opt_field("summary", localized)?,
        languages,
        default_language,
        provider: at.opt_field("provider", provider)?,
        modules,
        files: at
            .opt_field("files", |f| {
                at_most(f, limits::MAX_FILES, "files")?;
                f.items(|f| package_file(url, f))
            })?
            .unwrap_or_default(),
        search: at.opt_field("search", path(url))?,
        index,
    })
}

fn package_file(url: &str, at: At) -> Result<PackageFile> {
    Ok(PackageFile {
        src: at.field("src", path(url))?,
        size: at.field("size", |s| s.u64())?,
        sha256: at.opt_field("sha256", |h| {
            let hex = h.str()?;
            if hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                Ok(hex.to_ascii_lowercase())
            } else {
                Err(h.error(format!(
                    "\"{hex}\" is not a SHA-256 digest; expected 64 hexadecimal digits"
                )))
            }
        })?,
    })
}

struct Ctx<'a> {
    url: &'a str,
    version: Version,
}

/// A module; `room` is how many more units the course may have.
fn module(ctx: &Ctx, at: At, room: usize) -> Result<Module> {
    Ok(Module {
        id: at.field("id", id)?,
        title: at.field("title", localized)?,
        units: at.field("units", |u| {
            if u.value.as_array().is_some_and(|a| a.len() > room) {
                return Err(u.error(format!(
                    "too many units; a course has at most {} units in all",
                    limits::MAX_UNITS
                )));
            }
            let units = u.items(|u| unit(ctx, u))?;
            if units.is_empty() {
                return Err(u.error("expected at least one unit"));
            }
            Ok(units)
        })?,
    })
}

fn unit(ctx: &Ctx, at: At) -> Result<Unit> {
    let id = at.field("id", id)?;
    let iri = at.field("iri", iri)?;
    let title = at.field("title", localized)?;
    let description = at.opt_field("description", localized)?;
    let kind = at.field("kind", |k| k.string())?;
    let body = match kind.as_str() {
        "video" => UnitBody::Video(media(ctx, at, true)?),
        "audio" => UnitBody::Audio(media(ctx, at, false)?),
        "reading" => UnitBody::Reading {
            body: at.field("body", localized)?,
        },
        "quiz" => UnitBody::Quiz(quiz(at)?),
        "document" => UnitBody::Document {
            src: at.field("src", path(ctx.url))?,
            size: at.opt_field("size", |s| s.u64())?,
        },
        "interactive" => UnitBody::Interactive {
            src: at.field("src", path(ctx.url))?,
            height: frame_height(at)?,
        },
        "cmi5" if ctx.version.minor < 3 => {
            return at.field("kind", |k| {
                Err(k.error(
                    "the unit kind \"cmi5\" needs format version 1.3 or later; set \"version\": \"1.3\"",
                ))
            })
        }
        "cmi5" => UnitBody::Cmi5 {
            src: at.field("src", path(ctx.url))?,
            height: frame_height(at)?,
            mastery_score: at.opt_field("masteryScore", |m| {
                let x = m.f64()?;
                if (0.0..=1.0).contains(&x) {
                    Ok(x)
                } else {
                    Err(m.error(format!(
                        "mastery score {x} is out of range; expected a number from 0 to 1, e.g. 0.8"
                    )))
                }
            })?,
            launch_parameters: at.opt_field("launchParameters", |p| {
                let s = p.str()?;
                if s.len() > 4096 {
                    return Err(p.error("launch parameters longer than 4096 bytes"));
                }
                Ok(s.to_string())
            })?,
        },
        other if ctx.version.minor > VERSION.minor => UnitBody::Unsupported {
            kind: other.to_string(),
        },
        other => {
            return at.field("kind", |k| {
                Err(k.error(format!(
                    "unknown unit kind \"{other}\"; expected one of {}",
                    UNIT_KINDS.join(", ")
                )))
            })
        }
    };
    Ok(Unit {
        id,
        iri,
        title,
        description,
        body,
    })
}

/// The height of a unit's frame in CSS pixels (480 unless given; at most 4000).
fn frame_height(at: At) -> Result<u32> {
    Ok(at
        .opt_field("height", |h| {
            let x = positive(h)?;
            Ok(x.min(4000.0) as u32)
        })?
        .unwrap_or(480))
}

fn media(ctx: &Ctx, at: At, video: bool) -> Result<Media> {
    let sources = at.field("sources", |s| {
        at_most(s, limits::MAX_SOURCES, "sources")?;
        let list = s.items(|s| {
            Ok(Source {
                src: s.field("src", path(ctx.url))?,
                mime: s.field("type", |t| {
                    let m = t.str()?;
                    let want = if video { "video/" } else { "audio/" };
                    if m.starts_with(want) {
                        Ok(m.to_string())
                    } else {
                        Err(t.error(format!(
                            "unexpected media type \"{m}\"; expected {want}…, e.g. {want}webm"
                        )))
                    }
                })?,
            })
        })?;
        if list.is_empty() {
            return Err(s.error("expected at least one source"));
        }
        Ok(list)
    })?;
    let subtitles = at
        .opt_field("subtitles", |s| {
            at_most(s, limits::MAX_LANGUAGES, "subtitle tracks")?;
            let subs = s.items(|t| {
                Ok(Subtitle {
                    lang: t.field("lang", lang_tag)?,
                    src: t.field("src", path(ctx.url))?,
                })
            })?;
            let mut seen = HashSet::new();
            for t in &subs {
                if !seen.insert(t.lang.as_str()) {
                    return Err(s.error(format!(
                        "two subtitle tracks for \"{}\"; expected one per language",
                        t.lang
                    )));
                }
            }
            Ok(subs)
        })?
        .unwrap_or_default();
    Ok(Media {
        sources,
        poster: if video {
            at.opt_field("poster", path(ctx.url))?
        } else {
            None
        },
        subtitles,
        duration: at.field("duration", positive)?,
        transcript: if video {
            None
        } else {
            at.opt_field("transcript", localized)?
        },
    })
}

fn quiz(at: At) -> Result<Quiz> {
    let passing_score = at.field("passingScore", |p| {
        let x = p.f64()?;
        if (0.0..=1.0).contains(&x) {
            Ok(x)
        } else {
            Err(p.error(format!(
                "passing score {x} is out of range; expected a number from 0 to 1, e.g. 0.7"
            )))
        }
    })?;
    let max_attempts = at.opt_field("maxAttempts", |m| match m.u64()? {
        0 => Err(m.error("expected at least 1 attempt (omit the field for unlimited attempts)")),
        n => Ok(n.min(u32::MAX as u64) as u32),
    })?;
    let questions = at.field("questions", |q| {
        at_most(q, limits::MAX_QUESTIONS, "questions")?;
        let list = q.items(question)?;
        if list.is_empty() {
            return Err(q.error("expected at least one question"));
        }
        unique(q, list.iter().map(|q| q.id.as_str()), "question")?;
        Ok(list)
    })?;
    let draw = at.opt_field("draw", |d| match d.u64()? {
        0 => Err(d.error(
            "expected at least 1 question per attempt (omit the field to ask every question)",
        )),
        n if n as usize > questions.len() => Err(d.error(format!(
            "draws {n} questions per attempt from {}; expected at most as many as there are",
            questions.len()
        ))),
        n => Ok(n as usize),
    })?;
    let flag = |name| -> Result<bool> { Ok(at.opt_field(name, |b| b.bool())?.unwrap_or(false)) };
    let variation = Variation {
        draw,
        shuffle_questions: flag("shuffleQuestions")?,
        shuffle_choices: flag("shuffleChoices")?,
    };
    Ok(Quiz {
        passing_score,
        max_attempts,
        questions,
        variation,
    })
}

const QUESTION_TYPES: &str = "single-choice, multiple-choice, true-false, fill-blank, numeric";

fn choices(at: At) -> Result<Vec<Choice>> {
    at.field("choices", |c| {
        at_most(c, limits::MAX_CHOICES, "choices")?;
        let list = c.items(|ch| {
            Ok(Choice {
                id: ch.field("id", id)?,
                text: ch.field("text", localized)?,
            })
        })?;
        if list.len() < 2 {
            return Err(c.error("expected at least two choices"));
        }
        unique(c, list.iter().map(|c| c.id.as_str()), "choice")?;
        Ok(list)
    })
}

fn choice_ref(choices: &[Choice]) -> impl Fn(At) -> Result<String> + '_ {
    move |a| {
        let s = a.string()?;
        if choices.iter().any(|c| c.id == s) {
            Ok(s)
        } else {
            let ids: Vec<&str> = choices.iter().map(|c| c.id.as_str()).collect();
            Err(a.error(format!(
                "\"{s}\" is not a choice of this question; expected one of {}",
                ids.join(", ")
            )))
        }
    }
}

fn question(at: At) -> Result<Question> {
    let id = at.field("id", id)?;
    let prompt = at.field("prompt", localized)?;
    let points = at.opt_field("points", positive)?.unwrap_or(1.0);
    let feedback = at
        .opt_field("feedback", |f| {
            Ok(Feedback {
                correct: f.opt_field("correct", localized)?,
                incorrect: f.opt_field("incorrect", localized)?,
            })
        })?
        .unwrap_or_default();
    let ty = at.field("type", |t| t.string())?;
    let kind = match ty.as_str() {
        "single-choice" => {
            let choices = choices(at)?;
            let answer = at.field("answer", choice_ref(&choices))?;
            QuestionKind::SingleChoice { choices, answer }
        }
        "multiple-choice" => {
            let choices = choices(at)?;
            let answers = at.field("answers", |a| {
                at_most(a, limits::MAX_CHOICES, "answers")?;
                let list = a.items(choice_ref(&choices))?;
                if list.is_empty() {
                    return Err(a.error("expected at least one correct choice"));
                }
                Ok(list)
            })?;
            QuestionKind::MultipleChoice { choices, answers }
        }
        "true-false" => QuestionKind::TrueFalse {
            answer: at.field("answer", |a| a.bool())?,
        },
        "fill-blank" => QuestionKind::FillBlank {
            accept: at.field("accept", |a| {
                at_most(a, limits::MAX_CHOICES, "accepted answers")?;
                let list = a.items(|s| s.string())?;
                if list.iter().all(|s| s.trim().is_empty()) {
                    return Err(a.error("expected at least one accepted answer"));
                }
                Ok(list)
            })?,
            case_sensitive: at
                .opt_field("caseSensitive", |c| c.bool())?
                .unwrap_or(false),
        },
        "numeric" => QuestionKind::Numeric {
            answer: at.field("answer", |a| a.f64())?,
            tolerance: at
                .opt_field("tolerance", |t| {
                    let x = t.f64()?;
                    if x >= 0.0 {
                        Ok(x)
                    } else {
                        Err(t.error(format!("expected a tolerance ≥ 0, found {x}")))
                    }
                })?
                .unwrap_or(0.0),
        },
        other => {
            return at.field("type", |t| {
                Err(t.error(format!(
                    "unknown question type \"{other}\"; expected one of {QUESTION_TYPES}"
                )))
            })
        }
    };
    Ok(Question {
        id,
        prompt,
        points,
        feedback,
        kind,
    })
}

#[cfg(test)]
#[path = "package_tests.rs"]
pub(crate) mod tests;
