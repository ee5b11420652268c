//! `validate`: a package read as the player reads it (`domain::package`, the same errors), then what its parser
//! cannot see: the files the courses name, `files` and the catalogue's `size` against the files themselves,
//! subtitles that are WebVTT, documents of the size they announce, every text in each of the course's languages,
//! one http(s) IRI per course and per unit, paths without spaces, a catalogue entry that agrees with its
//! manifest, and search data that agrees with the subtitle files. (IRIs and paths: the JSON Schema's rules, stricter than what the player reads.)

use std::collections::{BTreeSet, HashMap, HashSet};

use alliance_player::domain::course_search::parse_search_data;
use alliance_player::domain::lang::Localized;
use alliance_player::domain::limits::Input;
use alliance_player::domain::package::{
    self, file_name, CatalogEntry, Course, PackageError, UnitBody,
};
use alliance_player::domain::quiz::QuestionKind;

use crate::store::{folder_of, slash_path, Place, Store};

/// What `validate` found.
#[derive(Debug, Default)]
pub struct Report {
    /// Each with the file as the publisher sees it (a path or a URL).
    pub problems: Vec<PackageError>,
    /// Course manifests that parsed.
    pub courses: usize,
    /// Files read and hashed (manifests aside).
    pub files: usize,
}

/// Validates the package whose catalogue (or single course manifest) is at `url`.
pub fn validate(store: &Store, url: &str) -> Report {
    let mut checker = Checker {
        store,
        report: Report::default(),
        files: HashSet::new(),
    };
    checker.package(url);
    checker.report.files = checker.files.len();
    checker.report
}

struct Checker<'a> {
    store: &'a Store,
    report: Report,
    files: HashSet<String>,
}

/// The course ids and IRIs of a catalogue's documents checked so far.
#[derive(Default)]
struct Seen {
    /// Each id with the document and index of its entry.
    ids: HashMap<String, (String, usize)>,
    /// Each IRI with its course's id.
    iris: HashMap<String, String>,
}

/// How many entries a catalogue document lists, valid or not.
fn listed(raw: &serde_json::Value) -> usize {
    raw["courses"].as_array().map_or(0, Vec::len)
}

/// The catalogue entry a manifest is checked against: the catalogue's URL, the entry's pointer, the entry.
type EntryAt<'e> = (&'e str, &'e str, &'e CatalogEntry);

impl Checker<'_> {
    fn problem(&mut self, url: &str, pointer: impl Into<String>, message: impl Into<String>) {
        self.report.problems.push(PackageError {
            file: self.store.display(url),
            pointer: pointer.into(),
            message: message.into(),
        });
    }

    /// A parser's error, with its file named as the publisher sees it.
    fn parse_error(&mut self, url: &str, e: PackageError) {
        self.problem(url, e.pointer, e.message);
    }

    fn package(&mut self, url: &str) {
        let text = match self.store.text(url, Input::Catalog.max_bytes()) {
            Ok(text) => text,
            Err(e) => return self.problem(url, "/", e),
        };
        match package::parse_json::<serde_json::Value>(file_name(url), &text, Input::Catalog) {
            Err(e) => self.parse_error(url, e),
            Ok(v) if v.get("courses").is_some() => self.catalog(url, &text, &v),
            Ok(_) => {
                self.course(url, &text, None);
            }
        }
    }

    fn catalog(&mut self, url: &str, text: &str, raw: &serde_json::Value) {
        let catalog = match package::parse_catalog(url, text) {
            Ok(catalog) => catalog,
            Err(e) => return self.parse_error(url, e),
        };
        for e in catalog.rejected {
            self.parse_error(url, e);
        }
        let mut seen = Seen::default();
        self.entries(url, raw, &catalog.courses, &mut seen);
        let Some(more) = catalog.more else {
            return;
        };
        // What the pages list: `None` once a page cannot be read.
        let own = listed(raw);
        let mut total = Some(own);
        let mut languages: BTreeSet<String> = catalog
            .courses
            .iter()
            .flat_map(|c| c.languages.iter().cloned())
            .collect();
        for (i, page) in more.pages.iter().enumerate() {
            let at = format!("/more/pages/{i}");
            match self.store.place(page) {
                Place::Here => {}
                Place::Outside => {
                    self.problem(url, at, OUTSIDE);
                    total = None;
                    continue;
                }
                Place::Elsewhere => {
                    total = None; // on another server: not fetched
                    continue;
                }
            }
            let text = match self.store.text(page, Input::Catalog.max_bytes()) {
                Ok(text) => text,
                Err(e) => {
                    self.problem(url, at, e);
                    total = None;
                    continue;
                }
            };
            let parsed = package::parse_catalog_page(page, &text).and_then(|parsed| {
                let raw = package::parse_json(file_name(page), &text, Input::Catalog)?;
                Ok((parsed, raw))
            });
            let ((courses, rejected), raw) = match parsed {
                Ok(parsed) => parsed,
                Err(e) => {
                    self.parse_error(page, e);
                    total = None;
                    continue;
                }
            };
            for e in rejected {
                self.parse_error(page, e);
            }
            total = total.map(|n| n + listed(&raw));
            languages.extend(courses.iter().flat_map(|c| c.languages.iter().cloned()));
            self.entries(page, &raw, &courses, &mut seen);
        }
        if let Some(total) = total.filter(|n| *n as u64 != more.count) {
            self.problem(
                url,
                "/more/count",
                format!(
                    "{}, but the catalogue lists {total} courses ({own} here and {} in its pages); run `alliance-pack \
                     build` to update it",
                    more.count,
                    total - own
                ),
            );
        }
        let missing: Vec<String> = languages
            .iter()
            .filter(|l| !more.languages.contains(l))
            .map(|l| format!("\"{l}\""))
            .collect();
        if !missing.is_empty() {
            self.problem(
                url,
                "/more/languages",
                format!(
                    "no {}; it names every language of the catalogue's courses (the language filter offers only \
                     these); run `alliance-pack build` to update it",
                    missing.join(", ")
                ),
            );
        }
    }

    /// Checks the entries that parsed of catalogue document `url` (`catalog.json` or a page), whose JSON is `raw`.
    fn entries(
        &mut self,
        url: &str,
        raw: &serde_json::Value,
        courses: &[CatalogEntry],
        seen: &mut Seen,
    ) {
        let raw_entries = raw["courses"].as_array().map(Vec::as_slice).unwrap_or(&[]);
        let mut next = 0;
        for entry in courses {
            // The parser keeps accepted entries in order but not their index: find it again.
            let found = raw_entries[next..]
                .iter()
                .position(|r| r["id"] == entry.id.as_str() && r["iri"] == entry.iri.as_str());
            let index = match found {
                Some(i) => {
                    next += i + 1;
                    next - 1
                }
                None => 0,
            };
            let at = format!("/courses/{index}");
            // The parser finds an id repeated in one document; this, one repeated across documents.
            if let Some((file, first)) = seen.ids.get(&entry.id) {
                let message = format!(
                    "duplicate course id \"{}\", first listed in {} at /courses/{first}; a course id is unique in the \
                     whole catalogue, so the player skips this one",
                    entry.id,
                    self.store.display(file)
                );
                self.problem(url, format!("{at}/id"), message);
                continue;
            }
            seen.ids.insert(entry.id.clone(), (url.to_string(), index));
            self.iri(url, &format!("{at}/iri"), &entry.iri);
            self.path_text(url, &format!("{at}/manifest"), &entry.manifest);
            if let Some(other) = seen.iris.insert(entry.iri.clone(), entry.id.clone()) {
                self.problem(
                    url,
                    format!("{at}/iri"),
                    format!(
                        "the same IRI as course \"{other}\"; every course needs an IRI of its own (learning records name it)"
                    ),
                );
            }
            let texts = [
                (format!("{at}/title"), &entry.title),
                (format!("{at}/summary"), &entry.summary),
                (format!("{at}/provider/name"), &entry.provider.name),
            ];
            self.texts(url, &entry.languages, texts);
            match self.store.place(&entry.manifest) {
                Place::Elsewhere => continue,
                Place::Outside => {
                    self.problem(url, format!("{at}/manifest"), OUTSIDE);
                    continue;
                }
                Place::Here => {}
            }
            let manifest = match self.store.text(&entry.manifest, Input::Course.max_bytes()) {
                Ok(text) => text,
                Err(e) => {
                    self.problem(url, format!("{at}/manifest"), e);
                    continue;
                }
            };
            let total = self.course(&entry.manifest, &manifest, Some((url, &at, entry)));
            if let Some(total) = total.filter(|t| *t != entry.size) {
                let what = match self.store {
                    Store::Dir { .. } => "the course's folder holds",
                    Store::Web { .. } => "the manifest and its files come to",
                };
                self.problem(
                    url,
                    format!("{at}/size"),
                    format!(
                        "{what} {total} bytes, not {}; run `alliance-pack build` to update it",
                        entry.size
                    ),
                );
            }
        }
    }

    /// Checks one course manifest; returns the course's size in bytes when it can be known (in a folder, every
    /// file of the course's folder; on the web, the manifest and its `files`).
    fn course(&mut self, url: &str, text: &str, entry: Option<EntryAt>) -> Option<u64> {
        let course = match package::parse_course(url, text) {
            Ok(course) => course,
            Err(e) => {
                self.parse_error(url, e);
                return None;
            }
        };
        self.report.courses += 1;
        if let Some((catalog, at, entry)) = entry {
            self.agrees(url, &course, catalog, at, entry);
        }
        self.texts(url, &course.languages, course_texts(&course));
        self.iri(url, "/iri", &course.iri);
        let mut iris: HashMap<&str, &str> = HashMap::new();
        for (m, module) in course.modules.iter().enumerate() {
            for (u, unit) in module.units.iter().enumerate() {
                self.iri(url, &format!("/modules/{m}/units/{u}/iri"), &unit.iri);
                if let Some(other) = iris.insert(&unit.iri, &unit.id) {
                    self.problem(
                        url,
                        format!("/modules/{m}/units/{u}/iri"),
                        format!(
                            "the same IRI as unit \"{other}\"; every unit needs an IRI of its own (learning records name it)"
                        ),
                    );
                }
            }
        }
        for (pointer, src, kind) in unit_files(&course) {
            self.unit_file(url, &pointer, src, kind);
        }
        self.listed_files(url, &course);
        self.search_data(url, &course);
        self.folder(url, text, &course)
    }

    /// The course's search data, if it has any, says what its subtitle files say.
    fn search_data(&mut self, url: &str, course: &Course) {
        let Some(data) = &course.search else {
            return;
        };
        let text = match self.store.text(data, Input::SearchData.max_bytes()) {
            Ok(text) => text,
            Err(e) => return self.problem(url, "/search", e),
        };
        let got = match parse_search_data(file_name(data), &text, &[]) {
            Ok(got) => got,
            Err(e) => return self.parse_error(data, e),
        };
        // A subtitle file that cannot be read is named where it is listed.
        if crate::search::expected(self.store, course).is_ok_and(|want| want != got) {
            self.problem(
                url,
                "/search",
                "the search data is not what the subtitle files say; run `alliance-pack build` to write it again",
            );
        }
    }

    /// The catalogue entry says what the manifest says.
    fn agrees(
        &mut self,
        url: &str,
        course: &Course,
        catalog: &str,
        at: &str,
        entry: &CatalogEntry,
    ) {
        let manifest = self.store.display(url);
        for (field, listed, own) in [
            ("id", &entry.id, &course.id),
            ("iri", &entry.iri, &course.iri),
        ] {
            if listed != own {
                self.problem(
                    catalog,
                    format!("{at}/{field}"),
                    format!("\"{listed}\", but the manifest {manifest} says \"{own}\"; they must be the same"),
                );
            }
        }
        let set = |l: &[String]| l.iter().cloned().collect::<HashSet<_>>();
        if set(&entry.languages) != set(&course.languages) {
            self.problem(
                catalog,
                format!("{at}/languages"),
                format!(
                    "{}, but the manifest {manifest} lists {}; they must list the same languages",
                    entry.languages.join(", "),
                    course.languages.join(", ")
                ),
            );
        }
    }

    /// Every text has every one of `languages`, not blank.
    fn texts<'t>(
        &mut self,
        url: &str,
        languages: &[String],
        texts: impl IntoIterator<Item = (String, &'t Localized)>,
    ) {
        for (pointer, text) in texts {
            let missing: Vec<String> = languages
                .iter()
                .filter(|l| text.get(*l).is_none_or(|t| t.trim().is_empty()))
                .map(|l| format!("\"{l}\""))
                .collect();
            if !missing.is_empty() {
                self.problem(
                    url,
                    pointer,
                    format!(
                        "no {} text; every text needs each of the course's languages ({})",
                        missing.join(", "),
                        languages.join(", ")
                    ),
                );
            }
        }
    }

    /// An IRI of the JSON Schema's form: http(s), with a host.
    fn iri(&mut self, url: &str, pointer: &str, iri: &str) {
        let lower = iri.to_ascii_lowercase();
        let rest = lower
            .strip_prefix("https://")
            .or_else(|| lower.strip_prefix("http://"));
        if !rest.is_some_and(|r| !r.is_empty() && !r.starts_with(['/', '?', '#'])) {
            self.problem(
                url,
                pointer,
                format!("\"{iri}\" is not an http(s) IRI; the format asks for one such as https://example.org/course/unit"),
            );
        }
    }

    /// A path without spaces or control characters, which browsers would strip or change.
    fn path_text(&mut self, url: &str, pointer: &str, resolved: &str) {
        if resolved
            .chars()
            .any(|c| c.is_whitespace() || c.is_control())
        {
            self.problem(
                url,
                pointer,
                "the path has a space or control character; percent-encode it (my%20file.pdf)",
            );
        }
    }

    fn unit_file(&mut self, url: &str, pointer: &str, src: &str, kind: FileKind) {
        self.path_text(url, pointer, src);
        let facts = match self.store.place(src) {
            Place::Elsewhere => return,
            Place::Outside => return self.problem(url, pointer, OUTSIDE),
            Place::Here => match self.store.facts(src) {
                Ok(facts) => facts,
                Err(e) => return self.problem(url, pointer, e),
            },
        };
        self.files.insert(src.to_string());
        match kind {
            FileKind::Subtitles => {
                let head = facts
                    .head
                    .strip_prefix(b"\xEF\xBB\xBF")
                    .unwrap_or(&facts.head);
                if !head.starts_with(b"WEBVTT") {
                    self.problem(
                        url,
                        pointer,
                        "not a WebVTT file (it must start with \"WEBVTT\")",
                    );
                }
            }
            FileKind::Document(Some(size)) if size != facts.size => {
                let parent = pointer.strip_suffix("/src").unwrap_or(pointer);
                self.problem(
                    url,
                    format!("{parent}/size"),
                    format!(
                        "the document has {} bytes, not {size}; correct `size` or leave it out",
                        facts.size
                    ),
                );
            }
            FileKind::Media | FileKind::Document(_) => {}
        }
    }

    /// Every file in `files` is there, of that size and digest; in a folder, every file of the course's folder is
    /// listed.
    fn listed_files(&mut self, url: &str, course: &Course) {
        const FIX: &str = "run `alliance-pack build` to update `files`";
        for (i, file) in course.files.iter().enumerate() {
            self.path_text(url, &format!("/files/{i}/src"), &file.src);
            let facts = match self.store.place(&file.src) {
                Place::Elsewhere => continue,
                Place::Outside => {
                    self.problem(url, format!("/files/{i}/src"), OUTSIDE);
                    continue;
                }
                Place::Here => match self.store.facts(&file.src) {
                    Ok(facts) => facts,
                    Err(e) => {
                        self.problem(url, format!("/files/{i}/src"), e);
                        continue;
                    }
                },
            };
            self.files.insert(file.src.clone());
            if facts.size != file.size {
                self.problem(
                    url,
                    format!("/files/{i}/size"),
                    format!(
                        "the file has {} bytes, not {}; {FIX}",
                        facts.size, file.size
                    ),
                );
            } else if file.sha256.as_ref().is_some_and(|s| *s != facts.sha256) {
                self.problem(
                    url,
                    format!("/files/{i}/sha256"),
                    format!(
                        "the file's SHA-256 is {}, not {}; {FIX}",
                        facts.sha256,
                        file.sha256.as_deref().unwrap_or_default()
                    ),
                );
            }
        }
        if course.files.is_empty() {
            return;
        }
        let Some(Ok(listing)) = self.store.listing(folder_of(url)) else {
            return; // on the web; a folder that cannot be listed is reported by `folder`
        };
        let listed: HashSet<_> = course
            .files
            .iter()
            .filter_map(|f| self.store.path(&f.src))
            .collect();
        let manifest = self.store.path(url);
        let folder = self.store.path(folder_of(url)).unwrap_or_default();
        for (path, _) in listing {
            if !listed.contains(&path) && Some(&path) != manifest.as_ref() {
                let rel = slash_path(path.strip_prefix(&folder).unwrap_or(&path));
                self.problem(
                    url,
                    "/files",
                    format!("{rel} is in the course's folder but not listed; {FIX}"),
                );
            }
        }
    }

    /// The course's size: in a folder, all its folder's files; on the web, the manifest and its `files` (unknown
    /// without them).
    fn folder(&mut self, url: &str, text: &str, course: &Course) -> Option<u64> {
        match self.store.listing(folder_of(url)) {
            Some(Ok(listing)) => Some(listing.iter().map(|(_, size)| size).sum()),
            Some(Err(e)) => {
                self.problem(url, "/", format!("cannot list the course's folder: {e}"));
                None
            }
            None if course.files.is_empty() => None,
            None => Some(text.len() as u64 + course.files.iter().map(|f| f.size).sum::<u64>()),
        }
    }
}

const OUTSIDE: &str =
    "the path leads outside the package folder; keep every file of the package inside its folder";

#[derive(Clone, Copy)]
enum FileKind {
    Media,
    Subtitles,
    /// A document, with the `size` its unit gives.
    Document(Option<u64>),
}

/// Every file the units name, with the JSON Pointer of the field naming it.
fn unit_files(course: &Course) -> Vec<(String, &str, FileKind)> {
    let mut out = Vec::new();
    for (m, module) in course.modules.iter().enumerate() {
        for (u, unit) in module.units.iter().enumerate() {
            let at = format!("/modules/{m}/units/{u}");
            match &unit.body {
                UnitBody::Video(media) | UnitBody::Audio(media) => {
                    for (i, s) in media.sources.iter().enumerate() {
                        out.push((
                            format!("{at}/sources/{i}/src"),
                            s.src.as_str(),
                            FileKind::Media,
                        ));
                    }
                    if let Some(poster) = &media.poster {
                        out.push((format!("{at}/poster"), poster.as_str(), FileKind::Media));
                    }
                    for (i, t) in media.subtitles.iter().enumerate() {
                        out.push((
                            format!("{at}/subtitles/{i}/src"),
                            t.src.as_str(),
                            FileKind::Subtitles,
                        ));
                    }
                }
                UnitBody::Document { src, size } => {
                    out.push((format!("{at}/src"), src.as_str(), FileKind::Document(*size)))
                }
                UnitBody::Interactive { src, .. } | UnitBody::Cmi5 { src, .. } => {
                    out.push((format!("{at}/src"), src.as_str(), FileKind::Media))
                }
                UnitBody::Reading { .. } | UnitBody::Quiz(_) | UnitBody::Unsupported { .. } => {}
            }
        }
    }
    out
}

/// Every localized text of a course, with its JSON Pointer.
fn course_texts(course: &Course) -> Vec<(String, &Localized)> {
    let mut out = vec![("/title".to_string(), &course.title)];
    out.extend(course.summary.iter().map(|s| ("/summary".to_string(), s)));
    out.extend(
        course
            .provider
            .iter()
            .map(|p| ("/provider/name".to_string(), &p.name)),
    );
    for (m, module) in course.modules.iter().enumerate() {
        out.push((format!("/modules/{m}/title"), &module.title));
        for (u, unit) in module.units.iter().enumerate() {
            let at = format!("/modules/{m}/units/{u}");
            out.push((format!("{at}/title"), &unit.title));
            out.extend(
                unit.description
                    .iter()
                    .map(|d| (format!("{at}/description"), d)),
            );
            match &unit.body {
                UnitBody::Reading { body } => out.push((format!("{at}/body"), body)),
                UnitBody::Audio(media) => out.extend(
                    media
                        .transcript
                        .iter()
                        .map(|t| (format!("{at}/transcript"), t)),
                ),
                UnitBody::Quiz(quiz) => {
                    for (q, question) in quiz.questions.iter().enumerate() {
                        let at = format!("{at}/questions/{q}");
                        out.push((format!("{at}/prompt"), &question.prompt));
                        let feedback = &question.feedback;
                        out.extend(
                            feedback
                                .correct
                                .iter()
                                .map(|t| (format!("{at}/feedback/correct"), t)),
                        );
                        out.extend(
                            feedback
                                .incorrect
                                .iter()
                                .map(|t| (format!("{at}/feedback/incorrect"), t)),
                        );
                        if let QuestionKind::SingleChoice { choices, .. }
                        | QuestionKind::MultipleChoice { choices, .. } = &question.kind
                        {
                            for (c, choice) in choices.iter().enumerate() {
                                out.push((format!("{at}/choices/{c}/text"), &choice.text));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
    out
}
