//! Where the catalogue's courses come from: the catalogues the site lists in `config.json` (else the one of its
//! `alliance-catalog` meta tag), then the learner's own, merged into one list. Every address and the file that
//! lists them are hostile input (docs/security.md §4). The rules are documented in `docs/course-format.md`.

use std::collections::HashSet;

use serde_json::Value;

use super::json::At;
use super::lang::Localized;
use super::launch::secure_address;
use super::limits::{self, Input, MAX_CATALOGS, MAX_URL_BYTES};
use super::package::{file_name, parse_json, Catalog, CatalogEntry, PackageError};
use super::url::{resolve, scheme};

const ALLOWED: &str = "expected an https:// address, http:// on this computer (localhost, 127.0.0.1) or a path on this site such as /courses/catalog.json";

/// The catalogue address `text` stands for, written in the file at `base`: a path resolves against `base` (this
/// site); an absolute address must be `https:` (or `http:` on a loopback host) with no user name in it. The error
/// says what is wrong and what would do.
pub fn catalog_address(base: &str, text: &str) -> Result<String, String> {
    let t = text.trim();
    let shown: String = t.chars().take(100).collect();
    if t.is_empty() {
        return Err(format!("empty address; {ALLOWED}"));
    }
    if t.len() > MAX_URL_BYTES {
        return Err(format!(
            "the address is longer than {MAX_URL_BYTES} bytes; {ALLOWED}"
        ));
    }
    if t.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!(
            "\"{shown}\" contains spaces or control characters; percent-encode them (%20)"
        ));
    }
    // `//host` and `/\host` are other hosts to a browser, in the page's scheme.
    if t.starts_with("//") || t.contains('\\') {
        return Err(format!("\"{shown}\" is not allowed; {ALLOWED}"));
    }
    match scheme(t) {
        Some(_) => secure_address("url", t)
            .map(|()| t.to_string())
            .map_err(|_| format!("\"{shown}\" is not an address the player may read; {ALLOWED}")),
        None => resolve(base, t).map_err(|e| e.to_string()),
    }
}

/// The catalogues the site's `config.json` (read from `url`) lists, in order. `Ok(None)` when the text is an HTML
/// page: a host that answers a missing file with its start page has no config file.
pub fn parse_config(url: &str, text: &str) -> Result<Option<Vec<String>>, PackageError> {
    if text.trim_start().starts_with('<') {
        return Ok(None);
    }
    let file = file_name(url);
    let value = parse_json(file, text, Input::Config)?;
    let at = At::root(file, &value);
    const EXAMPLE: &str = "{\"catalogs\": [\"/courses/catalog.json\"]}";
    if !value.is_object() {
        return Err(at.error(format!("expected an object such as {EXAMPLE}")));
    }
    if at.object()?.get("catalogs").is_none_or(Value::is_null) {
        return Err(PackageError {
            file: file.to_string(),
            pointer: "/catalogs".into(),
            message: format!("missing; list the catalogues to show, e.g. {EXAMPLE}"),
        });
    }
    let list = at.field("catalogs", |c| {
        let n = c.value.as_array().map_or(0, Vec::len);
        if n > MAX_CATALOGS {
            return Err(c.error(format!(
                "{n} catalogues; expected at most {MAX_CATALOGS} (list the courses of several in one catalog.json)"
            )));
        }
        let mut seen: Vec<String> = Vec::new();
        let list = c.items(|i| {
            let address = catalog_address(url, i.str()?).map_err(|m| i.error(m))?;
            if seen.contains(&address) {
                return Err(i.error(format!("\"{address}\" is listed twice; remove one")));
            }
            seen.push(address.clone());
            Ok(address)
        })?;
        if list.is_empty() {
            return Err(c.error(format!(
                "no catalogue; expected at least one, e.g. {EXAMPLE}"
            )));
        }
        Ok(list)
    })?;
    Ok(Some(list))
}

/// Why a learner's address cannot be added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddError {
    /// Not an address the player may read (or not one at all).
    Invalid,
    /// Already in the list.
    Listed,
    /// The learner has [`MAX_CATALOGS`] already.
    Full,
}

/// The address a learner typed, checked: absolute (`https:`, loopback `http:`) or a path from this site's root;
/// not already among `site`'s or the learner's own (`mine`); room for one more.
pub fn learner_address(text: &str, site: &[String], mine: &[String]) -> Result<String, AddError> {
    let t = text.trim();
    if !(t.starts_with('/') || scheme(t).is_some()) {
        return Err(AddError::Invalid);
    }
    let url = catalog_address("/", t).map_err(|_| AddError::Invalid)?;
    if site.contains(&url) || mine.contains(&url) {
        Err(AddError::Listed)
    } else if mine.len() >= MAX_CATALOGS {
        Err(AddError::Full)
    } else {
        Ok(url)
    }
}

/// The learner's catalogues as stored (a JSON array of addresses): what does not hold is dropped, so a tampered
/// setting loads nothing it should not.
pub fn read_stored(text: &str) -> Vec<String> {
    if limits::check_size(Input::Config, text.len() as u64).is_err()
        || limits::too_deep(text).is_some()
    {
        return Vec::new();
    }
    let Ok(Value::Array(items)) = serde_json::from_str::<Value>(text) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for s in items.iter().filter_map(Value::as_str) {
        if let Ok(url) = learner_address(s, &[], &out) {
            out.push(url);
        }
    }
    out
}

/// The learner's catalogues, to store.
pub fn to_stored(list: &[String]) -> String {
    Value::from(list.to_vec()).to_string()
}

/// One catalogue of the list, and what came of loading it.
#[derive(Debug, Clone, PartialEq)]
pub struct Source<E> {
    pub url: String,
    /// Added by the learner (else listed by the site).
    pub learner: bool,
    /// The catalogue's title, once it loaded.
    pub title: Option<Localized>,
    /// Why it could not be used.
    pub error: Option<E>,
}

/// Every source's courses in one catalogue.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged<E> {
    /// Each course once. The title is the first source's; `rejected` holds every source's invalid entries (named by
    /// the source's address when there are several).
    pub catalog: Catalog,
    pub sources: Vec<Source<E>>,
    /// Courses not shown because an earlier course has their id: (index in `sources`, entry).
    pub left_out: Vec<(usize, CatalogEntry)>,
}

impl<E> Merged<E> {
    /// Not one source could be used.
    pub fn all_failed(&self) -> bool {
        self.sources.iter().all(|s| s.error.is_some())
    }
}

/// Merges the loaded sources, in order (the site's first, then the learner's). A course (its IRI) listed by several
/// sources is shown once, as the first lists it. A different course with an id already taken is left out: routes
/// and stored progress are keyed by id, so it would open, and record into, the other course.
pub fn merge<E>(loaded: Vec<(String, bool, Result<Catalog, E>)>) -> Merged<E> {
    let several = loaded.len() > 1;
    let (mut iris, mut ids) = (HashSet::new(), HashSet::new());
    let mut merged = Merged {
        catalog: Catalog {
            title: None,
            courses: Vec::new(),
            rejected: Vec::new(),
            more: None,
        },
        sources: Vec::new(),
        left_out: Vec::new(),
    };
    let mut counts = Vec::new();
    for (i, (url, learner, result)) in loaded.into_iter().enumerate() {
        let (title, error) = match result {
            Err(e) => (None, Some(e)),
            Ok(c) => {
                if i == 0 {
                    merged.catalog.title = c.title.clone();
                }
                // Catalogues in pages: their pages follow every source's first courses, in source order.
                let listed = c.courses.len() as u64;
                if let Some(more) = &c.more {
                    let all = merged.catalog.more.get_or_insert_with(Default::default);
                    all.pages.extend(more.pages.iter().cloned());
                    all.languages.extend(more.languages.iter().cloned());
                    all.languages.sort();
                    all.languages.dedup();
                }
                counts.push(c.more.as_ref().map_or(listed, |m| m.count.max(listed)));
                for entry in c.courses {
                    if iris.contains(&entry.iri) {
                        continue;
                    }
                    if !ids.insert(entry.id.clone()) {
                        merged.left_out.push((i, entry));
                        continue;
                    }
                    iris.insert(entry.iri.clone());
                    merged.catalog.courses.push(entry);
                }
                for mut r in c.rejected {
                    if several {
                        r.file = url.clone();
                    }
                    merged.catalog.rejected.push(r);
                }
                (c.title, None)
            }
        };
        merged.sources.push(Source {
            url,
            learner,
            title,
            error,
        });
    }
    if let Some(more) = &mut merged.catalog.more {
        more.count = counts.iter().sum();
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::package::parse_catalog;
    use serde_json::json;

    fn config(text: &str) -> Result<Option<Vec<String>>, String> {
        parse_config("/config.json", text).map_err(|e| e.to_string())
    }

    #[test]
    fn the_config_lists_paths_and_secure_addresses_in_order() {
        let ok = config(
            r#"{"catalogs": [" /courses/catalog.json ", "more/catalog.json", "https://uni.example/c.json",
                "http://127.0.0.1:8090/courses/catalog.json", "http://localhost/c.json", "../up/../x.json"],
                "future": {"ignored": true}}"#,
        );
        assert_eq!(
            ok,
            Ok(Some(vec![
                "/courses/catalog.json".to_string(),
                "/more/catalog.json".into(),
                "https://uni.example/c.json".into(),
                "http://127.0.0.1:8090/courses/catalog.json".into(),
                "http://localhost/c.json".into(),
                "/x.json".into(),
            ]))
        );
        // A host that answers a missing file with its start page: no config.
        assert_eq!(config("\n  <!DOCTYPE html><html>…"), Ok(None));
        // The shipped file.
        assert_eq!(
            config(include_str!("../../public/config.json")),
            Ok(Some(vec!["/courses/catalog.json".to_string()]))
        );
    }

    #[test]
    fn a_bad_config_names_file_pointer_and_fix() {
        let long = format!("\"https://x.example/{}\"", "a".repeat(MAX_URL_BYTES));
        let many = format!(
            "{{\"catalogs\": [{}]}}",
            (0..=MAX_CATALOGS)
                .map(|i| format!("\"/c{i}.json\""))
                .collect::<Vec<_>>()
                .join(",")
        );
        let deep = format!("{}{}", "[".repeat(100), "]".repeat(100));
        let huge = format!(
            "{{\"catalogs\": [\"/c.json\"], \"x\": \"{}\"}}",
            "a".repeat(70_000)
        );
        let cases: Vec<(String, &str)> = vec![
            ("{\"catalogs\": [\"/a.json\"".into(), "config.json: line 1 column 23: not valid JSON"),
            (deep, "config.json: line 1 column 65: nested more than 64 levels"),
            (huge, "config.json: /: the file is 68.3 KiB, more than the limit of 64 KiB; keep only the list"),
            ("[\"/a.json\"]".into(), "config.json: /: expected an object such as {\"catalogs\""),
            ("{}".into(), "config.json: /catalogs: missing; list the catalogues to show, e.g."),
            ("{\"catalogs\": \"/a.json\"}".into(), "config.json: /catalogs: expected an array, found a string"),
            ("{\"catalogs\": []}".into(), "config.json: /catalogs: no catalogue; expected at least one"),
            (many, "config.json: /catalogs: 21 catalogues; expected at most 20"),
            ("{\"catalogs\": [\"/a.json\", 7]}".into(), "config.json: /catalogs/1: expected a string, found a number"),
            ("{\"catalogs\": [\"/a.json\", \"a.json\"]}".into(), "config.json: /catalogs/1: \"/a.json\" is listed twice; remove one"),
            ("{\"catalogs\": [\"\"]}".into(), "config.json: /catalogs/0: empty address; expected an https:// address"),
            (format!("{{\"catalogs\": [{long}]}}"), "config.json: /catalogs/0: the address is longer than 2048 bytes"),
        ];
        for (text, want) in cases {
            let got = config(&text).unwrap_err();
            assert!(got.starts_with(want), "{got}\n  wanted: {want}");
        }
        for hostile in [
            "javascript:alert(1)",
            "JaVa\\nScRiPt:alert(1)",
            "data:application/json,{}",
            "file:///etc/passwd",
            "http://evil.example/catalog.json",
            "http://127.0.0.1.evil.example/catalog.json",
            "https://user:pw@uni.example/c.json",
            "//evil.example/catalog.json",
            "/\\\\evil.example/catalog.json",
            "https://uni.example/my catalog.json",
            "/courses/\\u0000catalog.json",
            "ftp://uni.example/c.json",
        ] {
            let got = config(&format!("{{\"catalogs\": [\"{hostile}\"]}}")).unwrap_err();
            assert!(
                got.starts_with("config.json: /catalogs/0: \""),
                "{hostile}: {got}"
            );
            assert!(
                got.contains("expected an https:// address") || got.contains("percent-encode"),
                "{hostile}: {got}"
            );
        }
    }

    #[test]
    fn a_learner_adds_an_absolute_address_or_a_path_of_this_site() {
        let site = vec!["/courses/catalog.json".to_string()];
        let mine = vec!["https://uni.example/c.json".to_string()];
        let add = |t: &str| learner_address(t, &site, &mine);
        assert_eq!(
            add(" https://other.example/catalog.json "),
            Ok("https://other.example/catalog.json".into())
        );
        assert_eq!(add("/more/./catalog.json"), Ok("/more/catalog.json".into()));
        assert_eq!(
            add("http://127.0.0.1:9/c.json"),
            Ok("http://127.0.0.1:9/c.json".into())
        );
        for bad in [
            "",
            "uni.example/catalog.json",
            "catalog.json",
            "http://uni.example/c.json",
            "javascript:alert(1)",
            "//uni.example/c.json",
        ] {
            assert_eq!(add(bad), Err(AddError::Invalid), "{bad}");
        }
        assert_eq!(add("/courses/catalog.json"), Err(AddError::Listed));
        assert_eq!(add("https://uni.example/c.json"), Err(AddError::Listed));
        let full: Vec<String> = (0..MAX_CATALOGS).map(|i| format!("/c{i}.json")).collect();
        assert_eq!(
            learner_address("/new.json", &site, &full),
            Err(AddError::Full)
        );
    }

    #[test]
    fn the_stored_list_keeps_only_what_holds() {
        let list = vec!["https://a.example/c.json".to_string(), "/b.json".into()];
        assert_eq!(read_stored(&to_stored(&list)), list);
        assert_eq!(
            read_stored(
                r#"["https://a.example/c.json", "javascript:x", 3, "https://a.example/c.json", "/b.json"]"#
            ),
            list
        );
        for junk in ["", "{}", "not json", "\"/a.json\"", &"[".repeat(100_000)] {
            assert_eq!(read_stored(junk), Vec::<String>::new(), "{junk:.20}");
        }
        let many: Vec<String> = (0..30).map(|i| format!("/c{i}.json")).collect();
        assert_eq!(read_stored(&to_stored(&many)).len(), MAX_CATALOGS);
    }

    fn catalog(url: &str, title: &str, entries: &[(&str, &str)]) -> Catalog {
        let courses: Vec<_> = entries
            .iter()
            .map(|(id, iri)| {
                json!({"id": id, "iri": iri, "title": {"en": format!("{title} {id}")}, "summary": {"en": "s"},
                    "languages": ["en"], "provider": {"name": {"en": title}}, "size": 1,
                    "manifest": format!("{id}/course.json")})
            })
            .chain([json!({"id": "Bad"})])
            .collect();
        let v = json!({"format": "alliance-course-package", "version": "1.0", "title": {"en": title},
            "courses": courses});
        parse_catalog(url, &v.to_string()).unwrap()
    }

    #[test]
    fn merging_shows_each_course_once_and_leaves_out_an_id_clash() {
        let site = catalog(
            "/courses/catalog.json",
            "Site",
            &[
                ("stats", "https://x.org/stats"),
                ("oer", "https://x.org/oer"),
            ],
        );
        let other = catalog(
            "https://uni.example/c/catalog.json",
            "Uni",
            &[
                // The same course (IRI) under another id: shown once, as the site lists it.
                ("statistics", "https://x.org/stats"),
                // Another course with a taken id: left out.
                ("oer", "https://uni.example/oer"),
                ("bio", "https://uni.example/bio"),
            ],
        );
        let merged = merge(vec![
            ("/courses/catalog.json".to_string(), false, Ok(site)),
            (
                "https://down.example/c.json".to_string(),
                false,
                Err("down"),
            ),
            (
                "https://uni.example/c/catalog.json".to_string(),
                true,
                Ok(other),
            ),
        ]);
        let shown: Vec<(&str, &str)> = merged
            .catalog
            .courses
            .iter()
            .map(|c| (c.id.as_str(), c.manifest.as_str()))
            .collect();
        assert_eq!(
            shown,
            [
                ("stats", "/courses/stats/course.json"),
                ("oer", "/courses/oer/course.json"),
                // Manifests still resolve against their own catalogue.
                ("bio", "https://uni.example/c/bio/course.json"),
            ]
        );
        assert_eq!(merged.left_out.len(), 1);
        assert_eq!(merged.left_out[0].0, 2);
        assert_eq!(merged.left_out[0].1.iri, "https://uni.example/oer");
        assert_eq!(merged.catalog.title.as_ref().unwrap()["en"], "Site");
        let states: Vec<_> = merged
            .sources
            .iter()
            .map(|s| (s.learner, s.title.is_some(), s.error))
            .collect();
        assert_eq!(
            states,
            [
                (false, true, None),
                (false, false, Some("down")),
                (true, true, None)
            ]
        );
        assert!(!merged.all_failed());
        // Each source's invalid entries, named by the source's address.
        let files: Vec<&str> = merged
            .catalog
            .rejected
            .iter()
            .map(|r| r.file.as_str())
            .collect();
        assert_eq!(
            files,
            [
                "/courses/catalog.json",
                "https://uni.example/c/catalog.json"
            ]
        );
    }

    #[test]
    fn catalogues_in_pages_keep_their_pages_after_every_first_course() {
        let mut paged = catalog(
            "https://a.example/catalog.json",
            "A",
            &[("a1", "https://x.org/a1")],
        );
        paged.more = Some(crate::domain::package::More {
            count: 600,
            languages: vec!["fr".into(), "en".into()],
            pages: vec!["https://a.example/catalog/page-001.json".into()],
        });
        let one = catalog(
            "/b/catalog.json",
            "B",
            &[("b1", "https://x.org/b1"), ("b2", "https://x.org/b2")],
        );
        let m = merge::<String>(vec![
            ("https://a.example/catalog.json".into(), false, Ok(paged)),
            ("/b/catalog.json".into(), true, Ok(one)),
        ]);
        let more = m.catalog.more.expect("the pages are kept");
        assert_eq!(
            more.count, 602,
            "the paged catalogue's count and the other's courses"
        );
        assert_eq!(more.pages, ["https://a.example/catalog/page-001.json"]);
        assert_eq!(more.languages, ["en", "fr"]);
        let ids: Vec<&str> = m.catalog.courses.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["a1", "b1", "b2"]);
        // Without a catalogue in pages, there is nothing more.
        let m = merge::<String>(vec![(
            "/b/catalog.json".into(),
            false,
            Ok(catalog(
                "/b/catalog.json",
                "B",
                &[("b1", "https://x.org/b1")],
            )),
        )]);
        assert_eq!(m.catalog.more, None);
    }

    #[test]
    fn a_single_source_merges_to_itself_and_failing_everywhere_is_all_failed() {
        let site = catalog("/courses/catalog.json", "Site", &[("a", "https://x.org/a")]);
        let merged: Merged<()> = merge(vec![(
            "/courses/catalog.json".to_string(),
            false,
            Ok(site.clone()),
        )]);
        assert_eq!(merged.catalog, site);
        assert!(merged.left_out.is_empty());
        let failed = merge::<&str>(vec![
            ("/a.json".to_string(), false, Err("404")),
            ("/b.json".to_string(), true, Err("invalid")),
        ]);
        assert!(failed.all_failed());
        assert!(failed.catalog.courses.is_empty() && failed.catalog.title.is_none());
        // A failing first source leaves the heading to the interface's own.
        let late = merge::<&str>(vec![
            ("/a.json".to_string(), false, Err("404")),
            ("/b.json".to_string(), true, Ok(site)),
        ]);
        assert!(late.catalog.title.is_none());
        assert_eq!(late.catalog.courses.len(), 1);
    }
}
