//! `build`: brings up to date, in place, what a package states about its own files. Each step of [`STEPS`] reads
//! the files as the earlier steps left them; a file is written only when its text changes, so a second run writes
//! nothing. Files are written as `json.dumps(…, ensure_ascii=False, indent=2)` writes them (`crate::json`).

use std::fs;
use std::path::{Path, PathBuf};

use alliance_player::domain::limits::Input;
use alliance_player::domain::package::{self, file_name, PackageError};
use alliance_player::domain::url::resolve;

use crate::json::Json;
use crate::store::{encode_path, file_facts, slash_path, walk, Place, Store};

/// A step of `build`: reads and rewrites package files through [`Build`].
pub type Step = fn(&mut Build);

/// The steps, in order: each course's `files`, then the catalogue's `size` of each course (which counts the
/// manifests the first step wrote).
pub const STEPS: [(&str, Step); 2] = [("files", files), ("sizes", sizes)];

pub struct Build<'a> {
    store: &'a Store,
    /// The catalogue's URL, unless the package is a single course manifest.
    catalog: Option<String>,
    /// The URLs of the course manifests in the folder.
    courses: Vec<String>,
    /// Files written, in order.
    pub updated: Vec<PathBuf>,
    /// What stopped a step; `validate` says the rest.
    pub problems: Vec<PackageError>,
}

/// Runs every step on the package whose catalogue (or single course manifest) is at folder URL `url`.
pub fn build<'a>(store: &'a Store, url: &str) -> Build<'a> {
    let mut b = Build {
        store,
        catalog: None,
        courses: Vec::new(),
        updated: Vec::new(),
        problems: Vec::new(),
    };
    let Some(root) = b.read(url, Input::Catalog) else {
        return b;
    };
    let Some(entries) = root.get("courses") else {
        b.courses.push(url.to_string());
        return b.run();
    };
    // The catalogue as the player reads it; a broken one is left alone.
    let text = store
        .text(url, Input::Catalog.max_bytes())
        .unwrap_or_default();
    if let Err(e) = package::parse_catalog(url, &text) {
        b.problem(url, e.pointer, e.message);
        return b;
    }
    for (i, entry) in entries.as_array().unwrap_or_default().iter().enumerate() {
        let Some(manifest) = entry.get("manifest").and_then(Json::as_str) else {
            continue; // an entry the player skips; `validate` names it
        };
        match resolve(url, manifest).map(|m| (store.place(&m), m)) {
            Ok((Place::Here, m)) => b.courses.push(m),
            Ok((Place::Outside, _)) => b.problem(
                url,
                format!("/courses/{i}/manifest"),
                "the path leads outside the package folder; keep every file of the package inside its folder",
            ),
            Ok((Place::Elsewhere, _)) | Err(_) => {}
        }
    }
    b.catalog = Some(url.to_string());
    b.run()
}

impl Build<'_> {
    fn run(mut self) -> Self {
        for (_, step) in STEPS {
            step(&mut self);
        }
        self
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
        let Some(path) = self.store.path(url) else {
            return;
        };
        let text = value.to_file_text();
        if fs::read(&path).is_ok_and(|old| old == text.as_bytes()) {
            return;
        }
        match fs::write(&path, text) {
            Ok(()) => self.updated.push(path),
            Err(e) => self.problem(url, "/", format!("cannot write the file: {e}")),
        }
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
        if old.is_some_and(below_1_1) {
            manifest.set("version", Json::String("1.1".into()));
        }
        manifest.set("files", Json::Array(listed));
        b.write(&url, &manifest);
    }
}

/// A version `MAJOR.MINOR` before 1.1 (a malformed one is left for `validate` to name).
fn below_1_1(version: &str) -> bool {
    let parsed = version
        .split_once('.')
        .and_then(|(a, b)| Some((a.parse::<u32>().ok()?, b.parse::<u32>().ok()?)));
    parsed.is_some_and(|v| v < (1, 1))
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

/// The catalogue gives each course's size: all the files of its manifest's folder, the manifest included.
fn sizes(b: &mut Build) {
    let Some(url) = b.catalog.clone() else {
        return;
    };
    let Some(mut catalog) = b.read(&url, Input::Catalog) else {
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
        let Some(path) = resolve(&url, manifest).ok().and_then(|m| b.store.path(&m)) else {
            continue;
        };
        let folder = path.parent().unwrap_or(Path::new(""));
        match walk(folder) {
            Ok(files) => entry.set("size", Json::from_u64(files.iter().map(|(_, s)| s).sum())),
            Err(e) => failed.push(format!("cannot read {}: {e}", folder.display())),
        }
    }
    for e in failed {
        b.problem(&url, "/courses", e);
    }
    b.write(&url, &catalog);
}
