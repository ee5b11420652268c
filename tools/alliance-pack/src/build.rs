//! `build`: brings up to date, in place, what a package states about its own files. Each step of [`STEPS`] reads
//! the files as the earlier steps left them; a file is written only when its text changes, so a second run writes
//! nothing. Files are written as `json.dumps(…, ensure_ascii=False, indent=2)` writes them (`crate::json`).

use std::collections::BTreeSet;
use std::fs;
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};

use alliance_player::domain::lang::is_well_formed;
use alliance_player::domain::limits::{self, human_bytes, Input};
use alliance_player::domain::package::{self, file_name, PackageError, FORMAT};
use alliance_player::domain::url::{resolve, scheme};

use alliance_player::domain::course_search::SEARCH_DATA_FORMAT;

use crate::json::Json;
use crate::search::SEARCH_FILE;
use crate::store::{encode_path, file_facts, folder_of, slash_path, walk, Place, Store};

/// A step of `build`: reads and rewrites package files through [`Build`].
pub type Step = fn(&mut Build);

/// The steps, in order: each course's search data, its `files` (which lists the search data), then the catalogue's
/// `size` of each course (which counts the manifests the steps before wrote), then the catalogue's layout: one
/// document, or pages (format 1.2).
pub const STEPS: [(&str, Step); 4] = [
    ("search", search),
    ("files", files),
    ("sizes", sizes),
    ("split", split),
];

/// How `build` lays out a catalogue: one that lists more than `first` courses is split into `catalog.json`, which
/// keeps the first `first`, and pages of `page_size` courses (format 1.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    pub first: usize,
    pub page_size: usize,
}

impl Default for Layout {
    fn default() -> Self {
        Layout {
            first: 48,
            page_size: 500,
        }
    }
}

/// The values `--first` and `--page-size` take: at most what the player reads in one catalogue document.
pub const LAYOUT_RANGE: RangeInclusive<usize> = 1..=limits::MAX_COURSES;

/// The folder of a catalogue's pages, next to its `catalog.json`.
pub const PAGES_DIR: &str = "catalog/";

/// The path of page `n` (from 1) relative to `catalog.json`: `catalog/page-001.json`.
pub fn page_path(n: usize) -> String {
    format!("{PAGES_DIR}page-{n:03}.json")
}

/// A file name `build` gives pages (`page-001.json`): the only files it removes.
fn is_page_name(name: &str) -> bool {
    let digits = name
        .strip_prefix("page-")
        .and_then(|r| r.strip_suffix(".json"))
        .filter(|d| d.bytes().all(|b| b.is_ascii_digit()));
    digits
        .and_then(|d| d.parse::<usize>().ok())
        .is_some_and(|n| n >= 1 && format!("page-{n:03}.json") == name)
}

pub struct Build<'a> {
    store: &'a Store,
    layout: Layout,
    /// The catalogue's URL, unless the package is a single course manifest.
    catalog: Option<String>,
    /// The URLs of the catalogue's pages, in order, as the catalogue named them when `build` started.
    pages: Vec<String>,
    /// The URLs of the course manifests in the folder.
    courses: Vec<String>,
    /// Files written, in order.
    pub updated: Vec<PathBuf>,
    /// Pages of an earlier layout removed.
    pub removed: Vec<PathBuf>,
    /// What stopped a step; `validate` says the rest.
    pub problems: Vec<PackageError>,
}

/// Runs every step on the package whose catalogue (or single course manifest) is at folder URL `url`.
pub fn build<'a>(store: &'a Store, url: &str, layout: Layout) -> Build<'a> {
    let mut b = Build {
        store,
        layout,
        catalog: None,
        pages: Vec::new(),
        courses: Vec::new(),
        updated: Vec::new(),
        removed: Vec::new(),
        problems: Vec::new(),
    };
    let Some(root) = b.read(url, Input::Catalog) else {
        return b;
    };
    if root.get("courses").is_none() {
        b.courses.push(url.to_string());
        return b.run();
    }
    // The catalogue and its pages as the player reads them; a broken one is left alone.
    let text = store
        .text(url, Input::Catalog.max_bytes())
        .unwrap_or_default();
    let catalog = match package::parse_catalog(url, &text) {
        Ok(catalog) => catalog,
        Err(e) => {
            b.problem(url, e.pointer, e.message);
            return b;
        }
    };
    let in_pages_folder = store
        .path(url)
        .as_deref()
        .and_then(Path::parent)
        .and_then(Path::file_name)
        .is_some_and(|d| format!("{}/", d.to_string_lossy()) == PAGES_DIR);
    if catalog.more.is_none() && is_page_name(file_name(url)) && in_pages_folder {
        b.problem(
            url,
            "/",
            "this is a page of a catalogue in pages; build the folder holding its catalog.json",
        );
        return b;
    }
    b.entries(url, &root);
    for (i, page) in catalog
        .more
        .map(|m| m.pages)
        .unwrap_or_default()
        .into_iter()
        .enumerate()
    {
        let at = format!("/more/pages/{i}");
        if b.pages.contains(&page) {
            b.problem(url, at, "the page is listed twice; list each page once");
            return b;
        }
        if store.place(&page) != Place::Here {
            b.problem(
                url,
                at,
                "`build` rewrites the pages, so each must be a file inside the package folder",
            );
            return b;
        }
        let text = match store.text(&page, Input::Catalog.max_bytes()) {
            Ok(text) => text,
            Err(e) => {
                b.problem(url, at, e);
                return b;
            }
        };
        if let Err(e) = package::parse_catalog_page(&page, &text) {
            b.problem(&page, e.pointer, e.message);
            return b;
        }
        let Some(doc) = b.read(&page, Input::Catalog) else {
            return b;
        };
        b.entries(&page, &doc);
        b.pages.push(page);
    }
    b.catalog = Some(url.to_string());
    b.run()
}

/// The `courses` of a catalogue document.
fn courses_of(doc: &Json) -> &[Json] {
    doc.get("courses")
        .and_then(Json::as_array)
        .unwrap_or_default()
}

impl Build<'_> {
    fn run(mut self) -> Self {
        for (_, step) in STEPS {
            step(&mut self);
        }
        self
    }

    /// Notes the manifests of the entries of catalogue document `url`, resolved against it.
    fn entries(&mut self, url: &str, doc: &Json) {
        for (i, entry) in courses_of(doc).iter().enumerate() {
            let Some(manifest) = entry.get("manifest").and_then(Json::as_str) else {
                continue; // an entry the player skips; `validate` names it
            };
            match resolve(url, manifest).map(|m| (self.store.place(&m), m)) {
                Ok((Place::Here, m)) => self.courses.push(m),
                Ok((Place::Outside, _)) => self.problem(
                    url,
                    format!("/courses/{i}/manifest"),
                    "the path leads outside the package folder; keep every file of the package inside its folder",
                ),
                Ok((Place::Elsewhere, _)) | Err(_) => {}
            }
        }
    }

    fn problem(&mut self, url: &str, pointer: impl Into<String>, message: impl Into<String>) {
        self.problems.push(PackageError {
            file: self.store.display(url),
            pointer: pointer.into(),
            message: message.into(),
        });
    }

    /// A package JSON file in document order, or `None` with the problem recorded.
    fn read(&mut self, url: &str, input: Input) -> Option<Json> {
        let text = match self.store.text(url, input.max_bytes()) {
            Ok(text) => text,
            Err(e) => {
                self.problem(url, "/", e);
                return None;
            }
        };
        match package::parse_json::<Json>(file_name(url), &text, input) {
            Ok(json @ Json::Object(_)) => Some(json),
            Ok(_) => {
                self.problem(url, "/", "expected an object");
                None
            }
            Err(e) => {
                self.problem(url, e.pointer, e.message);
                None
            }
        }
    }

    /// Writes `value` to the file of `url` unless the file already holds exactly that text.
    fn write(&mut self, url: &str, value: &Json) {
        self.write_text(url, value.to_file_text());
    }

    fn write_text(&mut self, url: &str, text: String) {
        let Some(path) = self.store.path(url) else {
            return;
        };
        if fs::read(&path).is_ok_and(|old| old == text.as_bytes()) {
            return;
        }
        match fs::write(&path, text) {
            // A file two steps wrote is named once.
            Ok(()) if self.updated.contains(&path) => {}
            Ok(()) => self.updated.push(path),
            Err(e) => self.problem(url, "/", format!("cannot write the file: {e}")),
        }
    }

    /// Whether `text`, to be written at `url`, is within the player's limit for a catalogue document.
    fn fits(&mut self, url: &str, text: &str) -> bool {
        let (size, max) = (text.len() as u64, Input::Catalog.max_bytes());
        if size > max {
            self.problem(
                url,
                "/",
                format!(
                    "the file would be {}, more than the limit of {}; choose a smaller --page-size or --first",
                    human_bytes(size),
                    human_bytes(max)
                ),
            );
        }
        size <= max
    }

    /// Removes the pages in `catalog/` beside the catalogue at `catalog` that `keep` (paths relative to the
    /// catalogue) does not name; only files named as `build` names pages. The folder goes too if then empty and
    /// no page is kept.
    fn remove_pages(&mut self, catalog: &str, keep: &[String]) {
        let Some(folder) = self
            .store
            .path(&format!("{}{PAGES_DIR}", folder_of(catalog)))
        else {
            return;
        };
        let Ok(listing) = fs::read_dir(&folder) else {
            return; // no pages folder
        };
        let mut stale: Vec<String> = listing
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| is_page_name(n) && !keep.contains(&format!("{PAGES_DIR}{n}")))
            .collect();
        stale.sort();
        for name in stale {
            let path = folder.join(name);
            match fs::remove_file(&path) {
                Ok(()) => self.removed.push(path),
                Err(e) => self.problem(
                    catalog,
                    "/more/pages",
                    format!("cannot remove {}: {e}", path.display()),
                ),
            }
        }
        if keep.is_empty() {
            let _ = fs::remove_dir(&folder); // only if empty
        }
    }
}

/// A course with subtitle files has its search data ([`crate::search`]) in `search.json` beside its manifest, named
/// by the manifest's `search` (format 1.2, which the manifest then declares at least). A course without subtitles
/// has none: the field goes, and a `search.json` that is search data.
fn search(b: &mut Build) {
    for url in b.courses.clone() {
        let Ok(text) = b.store.text(&url, Input::Course.max_bytes()) else {
            continue; // named by the next step
        };
        let Ok(course) = package::parse_course(&url, &text) else {
            continue; // named by `validate`
        };
        let Some(mut manifest) = b.read(&url, Input::Course) else {
            continue;
        };
        let texts = match crate::search::expected(b.store, &course) {
            Ok(texts) => texts,
            Err(e) => {
                b.problem(
                    &url,
                    "/search",
                    format!("cannot write the search data: {e}"),
                );
                continue;
            }
        };
        let data = format!("{}{SEARCH_FILE}", folder_of(&url));
        if texts.is_empty() {
            if manifest.get("search").is_some() {
                manifest.remove("search");
                b.write(&url, &manifest);
            }
            let ours = b
                .store
                .text(&data, Input::SearchData.max_bytes())
                .is_ok_and(|t| t.contains(SEARCH_DATA_FORMAT));
            if let Some(path) = b.store.path(&data).filter(|_| ours) {
                match fs::remove_file(&path) {
                    Ok(()) => b.removed.push(path),
                    Err(e) => b.problem(
                        &url,
                        "/search",
                        format!("cannot remove {}: {e}", path.display()),
                    ),
                }
            }
            continue;
        }
        let text = crate::search::to_text(&texts);
        if text.len() as u64 > Input::SearchData.max_bytes() {
            b.problem(
                &url,
                "/search",
                format!(
                    "the subtitles' text is {}, more than a search takes in ({}); split the course",
                    human_bytes(text.len() as u64),
                    human_bytes(Input::SearchData.max_bytes())
                ),
            );
            continue;
        }
        b.write_text(&data, text);
        if manifest
            .get("version")
            .and_then(Json::as_str)
            .is_some_and(|v| below(v, (1, 2)))
        {
            manifest.set("version", Json::String("1.2".into()));
        }
        manifest.set("search", Json::String(SEARCH_FILE.into()));
        b.write(&url, &manifest);
    }
}

/// Each course manifest lists its folder's other files with their size and SHA-256 (format 1.1, which the
/// manifest then declares at least).
fn files(b: &mut Build) {
    for url in b.courses.clone() {
        let Some(mut manifest) = b.read(&url, Input::Course) else {
            continue;
        };
        let Some(path) = b.store.path(&url) else {
            continue;
        };
        let folder = path.parent().unwrap_or(Path::new("")).to_path_buf();
        let listed = match list_files(&folder, &path) {
            Ok(listed) => listed,
            Err(e) => {
                b.problem(
                    &url,
                    "/files",
                    format!("cannot read the course's folder: {e}"),
                );
                continue;
            }
        };
        let old = manifest.get("version").and_then(Json::as_str);
        if old.is_some_and(|v| below(v, (1, 1))) {
            manifest.set("version", Json::String("1.1".into()));
        }
        manifest.set("files", Json::Array(listed));
        // `search` stays last, where the search step put it after an earlier `files`.
        if let Some(search) = manifest.get("search").cloned() {
            manifest.remove("search");
            manifest.set("search", search);
        }
        b.write(&url, &manifest);
    }
}

/// A version `MAJOR.MINOR` before `than` (a malformed one is left for `validate` to name).
fn below(version: &str, than: (u32, u32)) -> bool {
    let parsed = version
        .split_once('.')
        .and_then(|(a, b)| Some((a.parse::<u32>().ok()?, b.parse::<u32>().ok()?)));
    parsed.is_some_and(|v| v < than)
}

/// `{"src", "size", "sha256"}` of every file in `folder` but the manifest, in [`walk`] order.
fn list_files(folder: &Path, manifest: &Path) -> std::io::Result<Vec<Json>> {
    let mut out = Vec::new();
    for (rel, size) in walk(folder)? {
        let full = folder.join(&rel);
        if full == manifest {
            continue;
        }
        let facts = file_facts(&full)?;
        out.push(Json::Object(vec![
            ("src".into(), Json::String(encode_path(&slash_path(&rel)))),
            ("size".into(), Json::from_u64(size)),
            ("sha256".into(), Json::String(facts.sha256)),
        ]));
    }
    Ok(out)
}

/// The catalogue gives each course's size: all the files of its manifest's folder, the manifest included. Sizes
/// are written where the entries are, in `catalog.json` or its pages.
fn sizes(b: &mut Build) {
    let Some(url) = b.catalog.clone() else {
        return;
    };
    for doc in std::iter::once(url).chain(b.pages.clone()) {
        sizes_in(b, &doc);
    }
}

fn sizes_in(b: &mut Build, url: &str) {
    let Some(mut catalog) = b.read(url, Input::Catalog) else {
        return;
    };
    let Some(entries) = catalog.get_mut("courses").and_then(Json::as_array_mut) else {
        return;
    };
    let mut failed = Vec::new();
    for entry in entries.iter_mut() {
        let Some(manifest) = entry.get("manifest").and_then(Json::as_str) else {
            continue;
        };
        let Some(path) = resolve(url, manifest).ok().and_then(|m| b.store.path(&m)) else {
            continue;
        };
        let folder = path.parent().unwrap_or(Path::new(""));
        match walk(folder) {
            Ok(files) => entry.set("size", Json::from_u64(files.iter().map(|(_, s)| s).sum())),
            Err(e) => failed.push(format!("cannot read {}: {e}", folder.display())),
        }
    }
    for e in failed {
        b.problem(url, "/courses", e);
    }
    b.write(url, &catalog);
}

/// The catalogue's layout (format 1.2): more than `Layout::first` courses are split into `catalog.json`, which keeps
/// the first ones and `more` (count, languages, pages), and pages of `Layout::page_size` courses in `catalog/`,
/// each entry as it was but for its manifest's path, rewritten to resolve from its new document. A catalogue in
/// pages that shrank to `first` or fewer is joined back into one document. Pages left from an earlier layout are
/// removed (only files named as `build` names pages).
fn split(b: &mut Build) {
    let Some(url) = b.catalog.clone() else {
        return;
    };
    let Some(mut catalog) = b.read(&url, Input::Catalog) else {
        return;
    };
    // Every entry, in order, with the URL of the document it is in.
    let mut entries: Vec<(Json, String)> = courses_of(&catalog)
        .iter()
        .map(|e| (e.clone(), url.clone()))
        .collect();
    for page in b.pages.clone() {
        let Some(doc) = b.read(&page, Input::Catalog) else {
            return;
        };
        entries.extend(courses_of(&doc).iter().map(|e| (e.clone(), page.clone())));
    }
    let Layout { first, page_size } = b.layout;
    let total = entries.len();
    if total <= first {
        if catalog.get("more").is_none() {
            return; // one document, as it was
        }
        let courses = entries
            .into_iter()
            .map(|(e, from)| rebase_entry(e, &from, &url))
            .collect();
        catalog.set("courses", Json::Array(courses));
        catalog.remove("more");
        let text = catalog.to_file_text();
        if b.fits(&url, &text) {
            b.write_text(&url, text);
            b.remove_pages(&url, &[]);
        }
        return;
    }

    let pages = (total - first).div_ceil(page_size);
    if pages > limits::MAX_CATALOG_PAGES {
        return b.problem(
            &url,
            "/courses",
            format!(
                "{total} courses need {pages} pages of {page_size}, more than the {} a catalogue may have; choose a \
                 larger --page-size",
                limits::MAX_CATALOG_PAGES
            ),
        );
    }
    let languages: BTreeSet<&str> = entries
        .iter()
        .flat_map(|(e, _)| {
            e.get("languages")
                .and_then(Json::as_array)
                .unwrap_or_default()
        })
        .filter_map(Json::as_str)
        .filter(|l| is_well_formed(l))
        .collect();
    if languages.is_empty() || languages.len() > limits::MAX_LANGUAGES {
        return b.problem(
            &url,
            "/courses",
            format!(
                "the courses have {} languages in all; a catalogue in pages names from 1 to {} in `more.languages`",
                languages.len(),
                limits::MAX_LANGUAGES
            ),
        );
    }
    let languages: Vec<Json> = languages
        .into_iter()
        .map(|l| Json::String(l.into()))
        .collect();
    // A course's folder holds every file below it: it must not hold the pages, nor be among them.
    let pages_folder = format!("{}{PAGES_DIR}", folder_of(&url));
    for (entry, from) in &entries {
        let Some(manifest) = entry.get("manifest").and_then(Json::as_str) else {
            continue;
        };
        let Ok(manifest) = resolve(from, manifest) else {
            continue;
        };
        let folder = folder_of(&manifest);
        if pages_folder.starts_with(folder) || folder.starts_with(&pages_folder) {
            let id = entry.get("id").and_then(Json::as_str).unwrap_or_default();
            return b.problem(
                from,
                "/courses",
                format!(
                    "course \"{id}\" has its folder where the catalogue's pages go ({}); give the course a folder of \
                     its own",
                    b.store.display(&pages_folder)
                ),
            );
        }
    }

    let version = match catalog.get("version").and_then(Json::as_str) {
        Some(v) if !below(v, (1, 2)) => v.to_string(),
        _ => "1.2".to_string(),
    };
    let format = catalog
        .get("format")
        .cloned()
        .unwrap_or(Json::String(FORMAT.into()));
    let mut entries = entries.into_iter();
    let kept: Vec<Json> = entries
        .by_ref()
        .take(first)
        .map(|(e, from)| rebase_entry(e, &from, &url))
        .collect();
    let names: Vec<String> = (1..=pages).map(page_path).collect();
    let mut docs: Vec<(String, String)> = Vec::new();
    for name in &names {
        let page = resolve(&url, name).expect("a page's path is relative");
        let courses = entries
            .by_ref()
            .take(page_size)
            .map(|(e, from)| rebase_entry(e, &from, &page))
            .collect();
        let doc = Json::Object(vec![
            ("format".into(), format.clone()),
            ("version".into(), Json::String(version.clone())),
            ("courses".into(), Json::Array(courses)),
        ]);
        docs.push((page, doc.to_file_text()));
    }
    catalog.set("version", Json::String(version));
    catalog.set("courses", Json::Array(kept));
    catalog.set(
        "more",
        Json::Object(vec![
            ("count".into(), Json::from_u64(total as u64)),
            ("languages".into(), Json::Array(languages)),
            (
                "pages".into(),
                Json::Array(names.iter().map(|n| Json::String(n.clone())).collect()),
            ),
        ]),
    );
    // `catalog.json` last, once the pages it names are there.
    docs.push((url.clone(), catalog.to_file_text()));
    if !docs.iter().all(|(u, text)| b.fits(u, text)) {
        return;
    }
    if let Some(folder) = b.store.path(&pages_folder) {
        if let Err(e) = fs::create_dir_all(&folder) {
            return b.problem(
                &url,
                "/more/pages",
                format!("cannot create {}: {e}", folder.display()),
            );
        }
    }
    for (u, text) in docs {
        b.write_text(&u, text);
    }
    b.remove_pages(&url, &names);
}

/// `entry` with its manifest's path rewritten to resolve from document `to` as it did from document `from`.
fn rebase_entry(mut entry: Json, from: &str, to: &str) -> Json {
    if let Some(path) = entry.get("manifest").and_then(Json::as_str) {
        let moved = rebase(path, from, to);
        if moved != path {
            entry.set("manifest", Json::String(moved));
        }
    }
    entry
}

/// Package path `path`, written in the file at URL `from`, rewritten for the file at URL `to` (both in one
/// folder tree): unchanged when both files share a folder, and for http(s) URLs and absolute paths.
pub fn rebase(path: &str, from: &str, to: &str) -> String {
    if folder_of(from) == folder_of(to) || scheme(path).is_some() || path.trim().starts_with('/') {
        return path.to_string();
    }
    match resolve(from, path) {
        Ok(target) => relative(folder_of(to), &target),
        Err(_) => path.to_string(),
    }
}

/// The relative path from folder URL `folder` (ending in `/`) to `target`, both absolute paths.
fn relative(folder: &str, target: &str) -> String {
    let (target, suffix) = target.split_at(target.find(['?', '#']).unwrap_or(target.len()));
    let dirs: Vec<&str> = folder.split('/').filter(|s| !s.is_empty()).collect();
    let parts: Vec<&str> = target.split('/').filter(|s| !s.is_empty()).collect();
    let common = dirs
        .iter()
        .zip(&parts[..parts.len().saturating_sub(1)])
        .take_while(|(a, b)| a == b)
        .count();
    let mut out = "../".repeat(dirs.len() - common);
    out.push_str(&parts[common..].join("/"));
    out.push_str(suffix);
    out
}
