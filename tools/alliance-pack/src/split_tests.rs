//! A catalogue in pages (format 1.2): `build` splits and joins it, `validate` reads it with the player's parser,
//! on catalogues from `generate-catalog`.

use std::collections::BTreeSet;
use std::fs;

use alliance_player::domain::package::{parse_catalog, parse_catalog_page, Catalog, CatalogEntry};
use tempfile::TempDir;

use crate::build::rebase;
use crate::generate::{self, Options};
use crate::json::Json;
use crate::tests::{cli, edit, read_json};

/// A generated catalogue of `courses` courses from one source, as one document; its folder.
fn generated(courses: usize) -> (TempDir, String) {
    let tmp = TempDir::new().unwrap();
    let options = Options {
        courses,
        sources: 1,
        ..Options::default()
    };
    let written = generate::write(tmp.path(), &options).unwrap();
    let dir = written.sources[0].display().to_string();
    (tmp, dir)
}

/// The catalogue in `dir` as the player reads it from `/c/catalog.json`: the catalogue, then each page's courses.
fn player_reads(dir: &str) -> (Catalog, Vec<Vec<CatalogEntry>>) {
    let text = fs::read_to_string(format!("{dir}/catalog.json")).unwrap();
    let catalog = parse_catalog("/c/catalog.json", &text).unwrap();
    let pages = catalog
        .more
        .as_ref()
        .map_or(Vec::new(), |m| m.pages.clone());
    let pages = pages
        .iter()
        .map(|url| {
            let file = format!("{dir}/{}", url.strip_prefix("/c/").unwrap());
            let (courses, rejected) =
                parse_catalog_page(url, &fs::read_to_string(file).unwrap()).unwrap();
            assert!(rejected.is_empty(), "{rejected:?}");
            courses
        })
        .collect();
    (catalog, pages)
}

/// Every file of the catalogue (catalog.json and catalog/*) with its bytes, by name.
fn snapshot(dir: &str) -> Vec<(String, Vec<u8>)> {
    let mut files = vec![(
        "catalog.json".to_string(),
        fs::read(format!("{dir}/catalog.json")).unwrap(),
    )];
    if let Ok(listing) = fs::read_dir(format!("{dir}/catalog")) {
        let mut pages: Vec<_> = listing
            .map(|e| {
                let e = e.unwrap();
                (
                    format!("catalog/{}", e.file_name().to_string_lossy()),
                    fs::read(e.path()).unwrap(),
                )
            })
            .collect();
        pages.sort();
        files.extend(pages);
    }
    files
}

fn keys(value: &Json) -> Vec<&str> {
    match value {
        Json::Object(members) => members.iter().map(|(k, _)| k.as_str()).collect(),
        _ => Vec::new(),
    }
}

fn courses_mut(value: &mut Json) -> &mut Vec<Json> {
    value.get_mut("courses").unwrap().as_array_mut().unwrap()
}

fn write_json(path: &str, value: &Json) {
    fs::write(path, value.to_file_text()).unwrap();
}

#[test]
fn a_large_catalogue_is_split_into_pages_the_player_reads() {
    let (_tmp, dir) = generated(1300);
    let text = fs::read_to_string(format!("{dir}/catalog.json")).unwrap();
    let before = parse_catalog("/c/catalog.json", &text).unwrap().courses;
    assert_eq!(before.len(), 1300);

    let (code, out, _) = cli(&["build", &dir]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out,
        format!(
            "updated {dir}/catalog/page-001.json\nupdated {dir}/catalog/page-002.json\nupdated \
             {dir}/catalog/page-003.json\nupdated {dir}/catalog.json\n{dir}: valid (1300 courses, 5 files checked)\n"
        )
    );
    let (catalog, pages) = player_reads(&dir);
    assert!(catalog.rejected.is_empty());
    assert_eq!(catalog.courses.len(), 48);
    assert_eq!(
        pages.iter().map(Vec::len).collect::<Vec<_>>(),
        [500, 500, 252]
    );
    let more = catalog.more.clone().unwrap();
    assert_eq!(more.count, 1300);
    assert_eq!(
        more.pages,
        [
            "/c/catalog/page-001.json",
            "/c/catalog/page-002.json",
            "/c/catalog/page-003.json"
        ]
    );
    let languages: BTreeSet<&str> = before
        .iter()
        .flat_map(|c| c.languages.iter().map(String::as_str))
        .collect();
    assert_eq!(languages.len(), 14);
    assert_eq!(more.languages, languages.into_iter().collect::<Vec<_>>());
    // The same entries in the same order, each manifest resolving to the same file.
    let after: Vec<CatalogEntry> = catalog
        .courses
        .into_iter()
        .chain(pages.into_iter().flatten())
        .collect();
    assert_eq!(after, before);

    // The documents as course-format.md writes them.
    let root = read_json(&format!("{dir}/catalog.json"));
    assert_eq!(
        keys(&root),
        ["format", "version", "title", "courses", "more"]
    );
    assert_eq!(root.get("version"), Some(&Json::String("1.2".into())));
    assert_eq!(
        keys(root.get("more").unwrap()),
        ["count", "languages", "pages"]
    );
    let page = read_json(&format!("{dir}/catalog/page-003.json"));
    assert_eq!(keys(&page), ["format", "version", "courses"]);
    assert_eq!(page.get("version"), Some(&Json::String("1.2".into())));
    let last = page
        .get("courses")
        .unwrap()
        .as_array()
        .unwrap()
        .last()
        .unwrap();
    let id = last.get("id").unwrap().as_str().unwrap();
    assert_eq!(
        last.get("manifest").unwrap().as_str(),
        Some(format!("../courses/{id}/course.json").as_str())
    );
    let first = &root.get("courses").unwrap().as_array().unwrap()[0];
    let id = first.get("id").unwrap().as_str().unwrap();
    assert_eq!(
        first.get("manifest").unwrap().as_str(),
        Some(format!("courses/{id}/course.json").as_str())
    );

    // A second build changes no byte.
    let files = snapshot(&dir);
    let (code, out, _) = cli(&["build", &dir]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        format!("nothing changed\n{dir}: valid (1300 courses, 5 files checked)\n")
    );
    assert_eq!(snapshot(&dir), files);
}

#[test]
fn sizes_are_written_into_the_pages() {
    let (_tmp, dir) = generated(600);
    cli(&["build", &dir]);
    let page = format!("{dir}/catalog/page-002.json");
    let entry = read_json(&page).get("courses").unwrap().as_array().unwrap()[10].clone();
    let id = entry.get("id").unwrap().as_str().unwrap();
    let size = entry.get("size").unwrap().clone();
    fs::write(format!("{dir}/courses/{id}/notes.txt"), "1234567").unwrap();

    let (code, out, _) = cli(&["build", &dir]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out,
        format!(
            "updated {dir}/courses/{id}/course.json\nupdated {page}\n{dir}: valid (600 courses, 6 files checked)\n"
        )
    );
    let entry = read_json(&page).get("courses").unwrap().as_array().unwrap()[10].clone();
    assert_ne!(entry.get("size"), Some(&size));
    let manifest = fs::metadata(format!("{dir}/courses/{id}/course.json"))
        .unwrap()
        .len();
    assert_eq!(entry.get("size"), Some(&Json::from_u64(manifest + 7)));
}

#[test]
fn a_catalogue_that_shrinks_is_laid_out_again_and_stale_pages_go() {
    let (_tmp, dir) = generated(1300);
    cli(&["build", &dir]);
    // A file `build` did not write stays.
    fs::write(format!("{dir}/catalog/notes.txt"), "kept").unwrap();
    let [page1, page2, page3] = [1, 2, 3].map(|n| format!("{dir}/catalog/page-00{n}.json"));

    // 700 courses: 48 + 500 + 152, so page 3 is no longer needed.
    let mut p2 = read_json(&page2);
    courses_mut(&mut p2).truncate(152);
    write_json(&page2, &p2);
    let mut p3 = read_json(&page3);
    courses_mut(&mut p3).clear();
    write_json(&page3, &p3);
    let (code, out, _) = cli(&["build", &dir]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out,
        format!(
            "updated {dir}/catalog.json\nremoved {page3}\n{dir}: valid (700 courses, 5 files checked)\n"
        )
    );
    let (catalog, pages) = player_reads(&dir);
    assert_eq!(catalog.more.unwrap().count, 700);
    assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [500, 152]);

    // 40 courses, 10 in catalog.json and 30 in the first page: one document again, its version kept.
    let mut root = read_json(&format!("{dir}/catalog.json"));
    courses_mut(&mut root).truncate(10);
    write_json(&format!("{dir}/catalog.json"), &root);
    let mut p1 = read_json(&page1);
    courses_mut(&mut p1).truncate(30);
    write_json(&page1, &p1);
    let mut p2 = read_json(&page2);
    courses_mut(&mut p2).clear();
    write_json(&page2, &p2);
    let (catalog, pages) = player_reads(&dir);
    let before: Vec<CatalogEntry> = catalog
        .courses
        .into_iter()
        .chain(pages.into_iter().flatten())
        .collect();
    assert_eq!(before.len(), 40);

    let (code, out, _) = cli(&["build", &dir]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out,
        format!(
            "updated {dir}/catalog.json\nremoved {page1}\nremoved {page2}\n{dir}: valid (40 courses, 5 files checked)\n"
        )
    );
    let (catalog, pages) = player_reads(&dir);
    assert!(pages.is_empty() && catalog.more.is_none());
    assert_eq!(catalog.courses, before);
    let root = read_json(&format!("{dir}/catalog.json"));
    assert_eq!(keys(&root), ["format", "version", "title", "courses"]);
    assert_eq!(root.get("version"), Some(&Json::String("1.2".into())));
    assert_eq!(
        fs::read_to_string(format!("{dir}/catalog/notes.txt")).unwrap(),
        "kept"
    );
    assert_eq!(
        fs::read_dir(format!("{dir}/catalog")).unwrap().count(),
        1,
        "only notes.txt is left"
    );
    let (_, out, _) = cli(&["build", &dir]);
    assert!(out.starts_with("nothing changed\n"), "{out}");
}

#[test]
fn the_first_courses_and_the_page_size_can_be_chosen() {
    let (_tmp, dir) = generated(130);
    let (code, out, _) = cli(&["build", &dir, "--first", "10", "--page-size=50"]);
    assert_eq!(code, 0, "{out}");
    let (catalog, pages) = player_reads(&dir);
    assert_eq!(catalog.courses.len(), 10);
    assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [50, 50, 20]);
    // A page is not a catalogue of its own.
    let page = format!("{dir}/catalog/page-001.json");
    let (code, out, _) = cli(&["build", &page]);
    assert_eq!(
        (code, out),
        (
            1,
            format!("{page}: /: this is a page of a catalogue in pages; build the folder holding its catalog.json\n")
        )
    );
    // Without the options, the defaults: 130 courses are 48 and a page of 82.
    let (code, out, _) = cli(&["build", &dir]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(&format!("removed {dir}/catalog/page-002.json\n")),
        "{out}"
    );
    let (catalog, pages) = player_reads(&dir);
    assert_eq!(catalog.courses.len(), 48);
    assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [82]);
    // A page listed twice would count its courses twice: `build` stops.
    let catalog = format!("{dir}/catalog.json");
    edit(
        &catalog,
        "      \"catalog/page-001.json\"\n",
        "      \"catalog/page-001.json\",\n      \"catalog/page-001.json\"\n",
    );
    let (code, out, _) = cli(&["build", &dir]);
    assert_eq!(
        (code, out),
        (
            1,
            format!("{catalog}: /more/pages/1: the page is listed twice; list each page once\n")
        )
    );

    for (args, message) in [
        (
            vec!["build", &dir, "--first", "0"],
            "`--first` takes a whole number from 1 to 10000, not `0`",
        ),
        (
            vec!["build", &dir, "--page-size", "many"],
            "`--page-size` takes a whole number from 1 to 10000, not `many`",
        ),
        (
            vec!["build", &dir, "--frist", "3"],
            "unknown option `--frist` for `build`",
        ),
        (
            vec!["validate", &dir, "--first", "3"],
            "unknown option `--first` for `validate`",
        ),
    ] {
        let (code, out, err) = cli(&args);
        assert_eq!((code, out.as_str()), (2, ""), "{args:?}");
        assert_eq!(
            err,
            format!("alliance-pack: {message}\nTry `alliance-pack --help`.\n")
        );
    }
}

#[test]
fn validate_reads_the_pages_with_the_players_parser() {
    let (_tmp, dir) = generated(1300);
    cli(&["build", &dir]);
    let catalog = format!("{dir}/catalog.json");
    let [page1, page2, page3] = [1, 2, 3].map(|n| format!("{dir}/catalog/page-00{n}.json"));
    let validate = |want: String| {
        let (code, out, _) = cli(&["validate", &dir]);
        assert_eq!((code, out), (1, want));
    };

    edit(&catalog, "\"count\": 1300", "\"count\": 1299");
    validate(format!(
        "{catalog}: /more/count: 1299, but the catalogue lists 1300 courses (48 here and 1252 in its pages); run \
         `alliance-pack build` to update it\n"
    ));
    edit(&catalog, "\"count\": 1299", "\"count\": 1300");

    edit(
        &catalog,
        "      \"vi\",\n      \"zh-CN\"\n",
        "      \"zh-CN\"\n",
    );
    validate(format!(
        "{catalog}: /more/languages: no \"vi\"; it names every language of the catalogue's courses (the language \
         filter offers only these); run `alliance-pack build` to update it\n"
    ));
    edit(
        &catalog,
        "      \"zh-CN\"\n    ],",
        "      \"vi\",\n      \"zh-CN\"\n    ],",
    );

    // An entry of a page is the player's error, named with the page's file.
    let original = fs::read(&page2).unwrap();
    let mut p2 = read_json(&page2);
    courses_mut(&mut p2)[5].set("size", Json::String("big".into()));
    write_json(&page2, &p2);
    validate(format!(
        "{page2}: /courses/5/size: expected a whole number ≥ 0, found a string\n"
    ));

    // A course id in two pages: the later one is named, with the first.
    let p1 = read_json(&page1);
    let copied = p1.get("courses").unwrap().as_array().unwrap()[7].clone();
    let id = copied.get("id").unwrap().as_str().unwrap().to_string();
    let mut p2 = read_json(&page2);
    courses_mut(&mut p2)[3] = copied;
    write_json(&page2, &p2);
    validate(format!(
        "{page2}: /courses/5/size: expected a whole number ≥ 0, found a string\n\
         {page2}: /courses/3/id: duplicate course id \"{id}\", first listed in {page1} at /courses/7; a course id is \
         unique in the whole catalogue, so the player skips this one\n"
    ));
    fs::write(&page2, original).unwrap();

    // A missing page: named where the catalogue names it; the count is not checked without it.
    fs::remove_file(&page3).unwrap();
    validate(format!("{catalog}: /more/pages/2: no such file: {page3}\n"));
    // `build` leaves a catalogue with a missing page alone.
    let (code, out, _) = cli(&["build", &dir]);
    assert_eq!(
        (code, out),
        (
            1,
            format!("{catalog}: /more/pages/2: no such file: {page3}\n")
        )
    );
}

#[test]
fn paths_are_rewritten_for_the_document_they_move_to() {
    let cases = [
        (
            "a/course.json",
            "/p/catalog.json",
            "/p/catalog/page-001.json",
            "../a/course.json",
        ),
        (
            "../a/course.json",
            "/p/catalog/page-001.json",
            "/p/catalog.json",
            "a/course.json",
        ),
        (
            "../a/course.json",
            "/p/catalog/page-001.json",
            "/p/catalog/page-002.json",
            "../a/course.json",
        ),
        (
            "./a/b/course.json?v=2",
            "/p/catalog.json",
            "/p/catalog/page-001.json",
            "../a/b/course.json?v=2",
        ),
        (
            "catalog/x/course.json",
            "/p/catalog.json",
            "/p/catalog/page-001.json",
            "x/course.json",
        ),
        (
            "../../up/course.json",
            "/p/q/catalog.json",
            "/p/q/catalog/page-001.json",
            "../../../up/course.json",
        ),
        (
            "https://cdn.example/a/course.json",
            "/p/catalog.json",
            "/p/catalog/page-001.json",
            "https://cdn.example/a/course.json",
        ),
        (
            "/abs/course.json",
            "/p/catalog.json",
            "/p/catalog/page-001.json",
            "/abs/course.json",
        ),
    ];
    for (path, from, to, want) in cases {
        let moved = rebase(path, from, to);
        assert_eq!(moved, want, "{path} from {from} to {to}");
        let resolve = alliance_player::domain::url::resolve;
        assert_eq!(resolve(to, &moved), resolve(from, path), "{path}");
    }
}

#[test]
fn generated_catalogues_are_the_same_for_a_seed_and_overlap_between_sources() {
    let options = |seed| Options {
        courses: 1200,
        sources: 3,
        seed,
        ..Options::default()
    };
    let read = |dir: &std::path::Path| -> Vec<Vec<u8>> {
        (1..=3)
            .map(|s| fs::read(dir.join(format!("source-{s}/catalog.json"))).unwrap())
            .collect()
    };
    let [a, b, c] = [0, 0, 0].map(|_| TempDir::new().unwrap());
    let written = generate::write(a.path(), &options(1)).unwrap();
    generate::write(b.path(), &options(1)).unwrap();
    generate::write(c.path(), &options(2)).unwrap();
    assert_eq!(read(a.path()), read(b.path()));
    assert_ne!(read(a.path()), read(c.path()));
    // The folder must be new.
    assert!(generate::write(a.path(), &options(1))
        .err()
        .unwrap()
        .ends_with("the folder is not empty; choose a new one"));

    // Each source as the player reads it; a few courses, same id and IRI, in two of them.
    let catalogs: Vec<Vec<CatalogEntry>> = written
        .sources
        .iter()
        .map(|dir| {
            let text = fs::read_to_string(dir.join("catalog.json")).unwrap();
            let catalog = parse_catalog("/c/catalog.json", &text).unwrap();
            assert!(catalog.rejected.is_empty());
            catalog.courses
        })
        .collect();
    assert_eq!(written.shared, 3);
    assert_eq!(
        catalogs.iter().map(Vec::len).sum::<usize>(),
        1200 + written.shared
    );
    let mut seen = std::collections::HashMap::new();
    let mut twice = 0;
    for (s, courses) in catalogs.iter().enumerate() {
        let providers: BTreeSet<&str> = courses
            .iter()
            .map(|c| c.provider.url.as_deref().unwrap())
            .collect();
        assert!(providers.len() >= 3, "source {s}: {providers:?}");
        for c in courses {
            if let Some(other) = seen.insert(c.iri.as_str(), (s, c.id.as_str())) {
                assert_eq!(other.1, c.id);
                assert_ne!(other.0, s);
                twice += 1;
            }
            assert!((1..=4).contains(&c.languages.len()));
            for (lang, summary) in c.summary.iter() {
                let chars = summary.chars().count();
                let cjk = matches!(lang.as_str(), "zh-CN" | "ja");
                assert!(chars <= 250 && (cjk || chars >= 150), "{lang}: {summary}");
            }
        }
    }
    assert_eq!(twice, written.shared);
}
