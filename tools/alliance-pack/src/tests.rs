//! The command line on copies of the sample package (`public/courses`), some broken on purpose.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;

use tempfile::TempDir;

use crate::json::Json;
use crate::run;
use crate::store::{Place, Store, ROOT};

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/courses")
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A copy of the sample package in a folder removed when the test ends.
fn package() -> (TempDir, String) {
    let tmp = TempDir::new().unwrap();
    copy_dir(&samples(), tmp.path());
    let dir = tmp.path().display().to_string();
    (tmp, dir)
}

/// Exit status, stdout, stderr.
pub(crate) fn cli(args: &[&str]) -> (u8, String, String) {
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = run(&args, &mut out, &mut err);
    (
        code,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

/// Replaces the one occurrence of `from` in a file.
pub(crate) fn edit(path: &str, from: &str, to: &str) {
    let text = fs::read_to_string(path).unwrap();
    assert_eq!(text.matches(from).count(), 1, "{from} in {path}");
    fs::write(path, text.replacen(from, to, 1)).unwrap();
}

pub(crate) fn read_json(path: &str) -> Json {
    serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap()
}

const STATS_FILE0_SHA: &str = "6b8603cc27f41689aabe6345172b2d512da5205e547fb5471c86ec55a9d96edf";

#[test]
fn the_sample_package_is_valid() {
    let (_tmp, dir) = package();
    let (code, out, err) = cli(&["validate", &dir]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(out, format!("{dir}: valid (3 courses, 22 files checked)\n"));
    // A single manifest, named as a file.
    let course = format!("{dir}/statistics/course.json");
    let (code, out, _) = cli(&["validate", &course]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out,
        format!("{course}: valid (1 course, 7 files checked)\n")
    );
}

#[test]
fn a_wrong_digest_is_named_with_the_real_one() {
    let (_tmp, dir) = package();
    let manifest = format!("{dir}/statistics/course.json");
    // Same length: the folder's total stays right, so this is the only problem.
    edit(&manifest, STATS_FILE0_SHA, &"0".repeat(64));
    let (code, out, err) = cli(&["validate", &dir]);
    assert_eq!(code, 1);
    assert_eq!(
        out,
        format!(
            "{manifest}: /files/0/sha256: the file's SHA-256 is {STATS_FILE0_SHA}, not {}; run `alliance-pack build` \
             to update `files`\n",
            "0".repeat(64)
        )
    );
    assert_eq!(err, "1 problem found\n");
}

#[test]
fn a_missing_file_is_named_where_it_is_used_and_listed() {
    let (_tmp, dir) = package();
    let pdf = format!("{dir}/statistics/formula-sheet.pdf");
    let pdf_size = fs::metadata(&pdf).unwrap().len();
    fs::remove_file(&pdf).unwrap();
    let (code, out, err) = cli(&["validate", &dir]);
    assert_eq!(code, 1);
    let manifest = format!("{dir}/statistics/course.json");
    assert_eq!(
        out,
        format!(
            "{manifest}: /modules/2/units/1/src: no such file: {pdf}\n\
             {manifest}: /files/5/src: no such file: {pdf}\n\
             {dir}/catalog.json: /courses/2/size: the course's folder holds {} bytes, not 196053; run `alliance-pack \
             build` to update it\n",
            196053 - pdf_size
        )
    );
    assert_eq!(err, "3 problems found\n");
}

#[test]
fn a_duplicate_unit_id_is_the_players_own_error() {
    let (_tmp, dir) = package();
    let manifest = format!("{dir}/statistics/course.json");
    edit(
        &manifest,
        "\"id\": \"range-and-sd\"",
        "\"id\": \"averages-video\"",
    );
    let (code, out, _) = cli(&["validate", &dir]);
    assert_eq!(code, 1);
    assert_eq!(
        out,
        format!(
            "{manifest}: /modules: duplicate unit id \"averages-video\"; every unit id must be unique\n"
        )
    );
}

#[test]
fn texts_need_every_course_language_and_files_must_be_listed() {
    let (_tmp, dir) = package();
    let manifest = format!("{dir}/statistics/course.json");
    edit(
        &manifest,
        "\"ar\": \"ثلاثة متوسطات في 20 ثانية\"",
        "\"ar\": \" \"",
    );
    edit(
        &format!("{dir}/statistics/averages.ar.vtt"),
        "WEBVTT",
        "WEBVTX",
    );
    fs::write(format!("{dir}/statistics/extra.js"), "//").unwrap();
    let (code, out, _) = cli(&["validate", &dir]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().collect();
    for want in [
        format!(
            "{manifest}: /modules/0/units/0/title: no \"ar\" text; every text needs each of the course's languages \
             (en, zh-CN, ar)"
        ),
        format!("{manifest}: /modules/0/units/0/subtitles/2/src: not a WebVTT file (it must start with \"WEBVTT\")"),
        format!(
            "{manifest}: /files: extra.js is in the course's folder but not listed; run `alliance-pack build` to update \
             `files`"
        ),
    ] {
        assert!(lines.contains(&want.as_str()), "{want}\nnot in\n{out}");
    }
    // `build` lists the new file and brings the sizes up to date; what it cannot fix stays.
    let (code, out, _) = cli(&["build", &dir]);
    assert_eq!(code, 1);
    assert_eq!(
        out.lines().filter(|l| l.starts_with("updated ")).count(),
        3,
        "{out}"
    );
    assert_eq!(
        out.lines().filter(|l| l.contains(": /")).count(),
        2,
        "{out}"
    );
}

#[test]
fn a_catalogue_entry_must_agree_with_its_manifest() {
    let (_tmp, dir) = package();
    let catalog = format!("{dir}/catalog.json");
    edit(
        &catalog,
        "\"iri\": \"https://courses.alliance-player.org/statistics\"",
        "\"iri\": \"https://courses.alliance-player.org/first-chinese\"",
    );
    let (code, out, _) = cli(&["validate", &dir]);
    assert_eq!(code, 1);
    assert!(out.contains(&format!(
        "{catalog}: /courses/2/iri: the same IRI as course \"first-chinese\"; every course needs an IRI of its own"
    )));
    assert!(out.contains(&format!(
        "{catalog}: /courses/2/iri: \"https://courses.alliance-player.org/first-chinese\", but the manifest \
         {dir}/statistics/course.json says \"https://courses.alliance-player.org/statistics\"; they must be the same"
    )));
}

#[test]
fn build_on_the_samples_changes_no_byte() {
    let (_tmp, dir) = package();
    let (code, out, _) = cli(&["build", &dir]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out,
        format!("nothing changed\n{dir}: valid (3 courses, 22 files checked)\n")
    );
    for file in [
        "catalog.json",
        "statistics/course.json",
        "first-chinese/course.json",
    ] {
        assert_eq!(
            fs::read(format!("{dir}/{file}")).unwrap(),
            fs::read(samples().join(file)).unwrap(),
            "{file}"
        );
    }
}

#[test]
fn build_updates_a_changed_file_once() {
    let (_tmp, dir) = package();
    let vtt = format!("{dir}/statistics/averages.ar.vtt");
    let cues = "WEBVTT\n\n00:00.000 --> 00:01.000\nمرحبا\n";
    fs::write(&vtt, cues).unwrap();
    let (code, out, _) = cli(&["validate", &dir]);
    assert_eq!(code, 1);
    let wrong = format!("/files/0/size: the file has {} bytes, not 606", cues.len());
    assert!(out.contains(&wrong), "{out}");

    let (code, out, _) = cli(&["build", &dir]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out,
        format!(
            "updated {dir}/statistics/search.json\nupdated {dir}/statistics/course.json\nupdated {dir}/catalog.json\n{dir}: valid (3 courses, 22 files \
             checked)\n"
        )
    );
    let manifest = read_json(&format!("{dir}/statistics/course.json"));
    let first = &manifest.get("files").unwrap().as_array().unwrap()[0];
    assert_eq!(first.get("size"), Some(&Json::from_u64(cues.len() as u64)));
    let digest = first.get("sha256").unwrap().as_str().unwrap();
    assert_ne!(digest, STATS_FILE0_SHA);
    assert_eq!(
        digest,
        crate::store::file_facts(Path::new(&vtt)).unwrap().sha256
    );

    let before: Vec<Vec<u8>> = ["catalog.json", "statistics/course.json"]
        .iter()
        .map(|f| fs::read(format!("{dir}/{f}")).unwrap())
        .collect();
    let (code, out, _) = cli(&["build", &dir]);
    assert_eq!(code, 0);
    assert!(out.starts_with("nothing changed\n"), "{out}");
    let after: Vec<Vec<u8>> = ["catalog.json", "statistics/course.json"]
        .iter()
        .map(|f| fs::read(format!("{dir}/{f}")).unwrap())
        .collect();
    assert_eq!(before, after);
}

#[test]
fn build_lists_files_of_a_course_without_them_and_declares_1_1() {
    let (_tmp, dir) = package();
    let manifest = format!("{dir}/statistics/course.json");
    let mut course = read_json(&manifest);
    course.set("version", Json::String("1.0".into()));
    if let Json::Object(members) = &mut course {
        members.retain(|(k, _)| k != "files");
    }
    fs::write(&manifest, course.to_file_text()).unwrap();
    let (code, out, _) = cli(&["build", &dir]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        fs::read(&manifest).unwrap(),
        fs::read(samples().join("statistics/course.json")).unwrap()
    );
}

#[test]
fn usage_errors_exit_with_2() {
    let (_tmp, dir) = package();
    for args in [
        vec![],
        vec!["check", &dir],
        vec!["validate"],
        vec!["validate", &dir, &dir],
        vec!["validate", "/no/such/folder"],
        vec!["validate", "ftp://example.org/catalog.json"],
        vec!["build", "http://127.0.0.1:9/catalog.json"],
    ] {
        let (code, out, err) = cli(&args);
        assert_eq!(code, 2, "{args:?}");
        assert_eq!(out, "");
        assert!(err.ends_with("Try `alliance-pack --help`.\n"), "{err}");
    }
    let (code, out, _) = cli(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("alliance-pack validate <FOLDER | FILE | URL>"));
}

#[test]
fn paths_stay_inside_the_folder() {
    let store = Store::dir("/srv/pkg");
    assert_eq!(
        store.path(&format!("{ROOT}a/b%20c.webm?x=1#t=3")),
        Some(PathBuf::from("/srv/pkg/a/b c.webm"))
    );
    assert_eq!(store.place("/x/course.json"), Place::Outside);
    assert_eq!(store.place(&format!("{ROOT}%2e%2e/x")), Place::Outside);
    assert_eq!(store.place(&format!("{ROOT}a%2Fb")), Place::Outside);
    assert_eq!(store.place("https://cdn.example/v.webm"), Place::Elsewhere);
    assert_eq!(
        crate::store::encode_path("a b/50%#1?.js"),
        "a%20b/50%25%231%3F.js"
    );
}

/// Serves `root` over plain HTTP on 127.0.0.1 until dropped.
struct Server {
    base: String,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    fn start(root: PathBuf) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}/", listener.local_addr().unwrap());
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = stop.clone();
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stopped.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(stream) = stream {
                    answer(&root, stream);
                }
            }
        });
        Server {
            base,
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wakes the accepting thread so that it sees `stop`.
        let _ = TcpStream::connect(
            self.base
                .trim_start_matches("http://")
                .trim_end_matches('/'),
        );
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Answers one GET with the file at its path, or 404.
fn answer(root: &Path, mut stream: TcpStream) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request = String::new();
    let _ = reader.read_line(&mut request);
    let mut line = String::new();
    while reader.read_line(&mut line).unwrap_or(0) > 2 {
        line.clear();
    }
    let path = request.split(' ').nth(1).unwrap_or("/");
    let answer = match fs::read(root.join(path.trim_start_matches('/'))) {
        Ok(body) => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            [head.into_bytes(), body].concat()
        }
        Err(_) => {
            b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec()
        }
    };
    let _ = stream.write_all(&answer);
}

#[test]
fn a_published_package_is_checked_by_its_url() {
    let (tmp, dir) = package();
    let server = Server::start(tmp.path().to_path_buf());
    let base = server.base.clone();
    let (code, out, err) = cli(&["validate", &base]);
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    assert_eq!(
        out,
        format!("{base}: valid (3 courses, 22 files checked)\n")
    );

    edit(
        &format!("{dir}/statistics/course.json"),
        STATS_FILE0_SHA,
        &"0".repeat(64),
    );
    fs::remove_file(format!("{dir}/statistics/formula-sheet.pdf")).unwrap();
    let (code, out, _) = cli(&["validate", &format!("{base}catalog.json")]);
    assert_eq!(code, 1);
    let manifest = format!("{base}statistics/course.json");
    assert_eq!(
        out,
        format!(
            "{manifest}: /modules/2/units/1/src: cannot fetch it: the server answered HTTP 404\n\
             {manifest}: /files/0/sha256: the file's SHA-256 is {STATS_FILE0_SHA}, not {}; run `alliance-pack build` \
             to update `files`\n\
             {manifest}: /files/5/src: cannot fetch it: the server answered HTTP 404\n",
            "0".repeat(64)
        )
    );
}

/// The edge cases of the format as the JSON Schema (`public/schema/course-package-1.0.schema.json`) decides them:
/// the player's parser, which `validate` runs, accepts and refuses the same documents. (IRIs other than http(s) and
/// paths with spaces, which the player reads, are refused by `check`: `schema_rules_the_player_does_not_enforce`.)
#[test]
fn the_parser_decides_like_the_schema() {
    use serde_json::{json, Value};
    let base: Value =
        serde_json::from_slice(&fs::read(samples().join("open-education/course.json")).unwrap())
            .unwrap();
    let vr = |c: &mut Value| {
        let iri = format!("{}/units/vr", c["iri"].as_str().unwrap());
        c["modules"][0]["units"].as_array_mut().unwrap().push(
            json!({"id": "vr", "iri": iri, "kind": "vr-scene", "title": {"en": "VR"}, "scene": "x.glb"}),
        );
    };
    type Mutation = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(&str, bool, Mutation)> = vec![
        (
            "unknown unit kind in a 1.0 file",
            false,
            Box::new(|c| c["modules"][0]["units"][0]["kind"] = json!("vidoe")),
        ),
        (
            "unknown unit kind in a 1.4 file (a newer minor version)",
            true,
            Box::new(move |c| {
                c["version"] = json!("1.4");
                vr(c)
            }),
        ),
        (
            "unknown unit kind in a 1.3 file",
            false,
            Box::new(move |c| {
                c["version"] = json!("1.3");
                vr(c)
            }),
        ),
        (
            "a cmi5 unit in a 1.3 file",
            true,
            Box::new(|c| {
                c["version"] = json!("1.3");
                let iri = format!("{}/units/au", c["iri"].as_str().unwrap());
                c["modules"][0]["units"].as_array_mut().unwrap().push(json!({"id": "au", "iri": iri,
                    "kind": "cmi5", "title": {"en": "AU", "zh-CN": "AU", "fr": "AU"}, "src": "sort-the-licences.html", "masteryScore": 0.8}));
            }),
        ),
        (
            "a cmi5 unit in a 1.2 file",
            false,
            Box::new(|c| {
                c["version"] = json!("1.2");
                let iri = format!("{}/units/au", c["iri"].as_str().unwrap());
                c["modules"][0]["units"].as_array_mut().unwrap().push(json!({"id": "au", "iri": iri,
                    "kind": "cmi5", "title": {"en": "AU", "zh-CN": "AU", "fr": "AU"}, "src": "sort-the-licences.html"}));
            }),
        ),
        (
            "a cmi5 unit's mastery score out of range",
            false,
            Box::new(|c| {
                c["version"] = json!("1.3");
                let iri = format!("{}/units/au", c["iri"].as_str().unwrap());
                c["modules"][0]["units"].as_array_mut().unwrap().push(json!({"id": "au", "iri": iri,
                    "kind": "cmi5", "title": {"en": "AU", "zh-CN": "AU", "fr": "AU"}, "src": "sort-the-licences.html", "masteryScore": 2}));
            }),
        ),
        (
            "unknown unit kind in a 1.2 file",
            false,
            Box::new(move |c| {
                c["version"] = json!("1.2");
                vr(c)
            }),
        ),
        (
            "a file without its size",
            false,
            Box::new(|c| c["files"] = json!([{"src": "a.webm"}])),
        ),
        (
            "unknown fields anywhere",
            true,
            Box::new(|c| {
                c["futureField"] = json!(1);
                c["modules"][0]["units"][0]["futureField"] = json!({"a": 1})
            }),
        ),
        (
            "major version 2",
            false,
            Box::new(|c| c["version"] = json!("2.0")),
        ),
        (
            "version without minor",
            false,
            Box::new(|c| c["version"] = json!("1")),
        ),
        (
            "upper-case unit id",
            false,
            Box::new(|c| c["modules"][0]["units"][0]["id"] = json!("What-Is-OER")),
        ),
        (
            "65-character id",
            false,
            Box::new(|c| c["id"] = json!("a".repeat(65))),
        ),
        (
            "javascript: path",
            false,
            Box::new(|c| {
                c["modules"][0]["units"][0]["sources"][0]["src"] = json!("javascript:alert(1)")
            }),
        ),
        (
            "data: poster",
            false,
            Box::new(|c| {
                c["modules"][0]["units"][0]["poster"] = json!("data:image/png;base64,AAAA")
            }),
        ),
        (
            "protocol-relative path",
            false,
            Box::new(|c| c["modules"][0]["units"][0]["poster"] = json!("//evil.example/p.jpg")),
        ),
        (
            "absolute https source",
            true,
            Box::new(|c| {
                c["modules"][0]["units"][0]["sources"]
                    .as_array_mut()
                    .unwrap()
                    .insert(
                        0,
                        json!({"src": "https://cdn.example.org/intro.webm", "type": "video/webm"}),
                    )
            }),
        ),
        (
            "video without duration",
            false,
            Box::new(|c| {
                c["modules"][0]["units"][0]
                    .as_object_mut()
                    .unwrap()
                    .remove("duration");
            }),
        ),
        (
            "video without sources",
            false,
            Box::new(|c| c["modules"][0]["units"][0]["sources"] = json!([])),
        ),
        (
            "empty localized text",
            false,
            Box::new(|c| c["title"] = json!({})),
        ),
        (
            "malformed language tag",
            false,
            Box::new(|c| c["title"] = json!({"english!": "x"})),
        ),
        (
            "passingScore above 1",
            false,
            Box::new(|c| c["modules"][2]["units"][0]["passingScore"] = json!(70)),
        ),
        (
            "maxAttempts 0",
            false,
            Box::new(|c| c["modules"][2]["units"][0]["maxAttempts"] = json!(0)),
        ),
        (
            "unknown question type",
            false,
            Box::new(|c| c["modules"][2]["units"][0]["questions"][0]["type"] = json!("essay")),
        ),
        (
            "true-false with a string answer",
            false,
            Box::new(|c| c["modules"][2]["units"][0]["questions"][2]["answer"] = json!("false")),
        ),
        (
            "single-choice with one choice",
            false,
            Box::new(|c| {
                c["modules"][2]["units"][0]["questions"][0]["choices"]
                    .as_array_mut()
                    .unwrap()
                    .truncate(1)
            }),
        ),
        (
            "negative tolerance",
            false,
            Box::new(|c| c["modules"][2]["units"][0]["questions"][4]["tolerance"] = json!(-1)),
        ),
        (
            "module without units",
            false,
            Box::new(|c| c["modules"][0]["units"] = json!([])),
        ),
    ];
    for (name, valid, mutate) in cases {
        let mut course = base.clone();
        mutate(&mut course);
        let parsed =
            alliance_player::domain::package::parse_course("/c/course.json", &course.to_string());
        assert_eq!(parsed.is_ok(), valid, "{name}: {parsed:?}");
    }
}

#[test]
fn schema_rules_the_player_does_not_enforce() {
    let (_tmp, dir) = package();
    let manifest = format!("{dir}/statistics/course.json");
    edit(
        &manifest,
        "\"iri\": \"https://courses.alliance-player.org/statistics/units/range-and-sd\"",
        "\"iri\": \"urn:stats:range\"",
    );
    edit(
        &manifest,
        "\"src\": \"formula-sheet.pdf\",\n          \"size\"",
        "\"src\": \"formula sheet.pdf\",\n          \"size\"",
    );
    let (code, out, _) = cli(&["validate", &dir]);
    assert_eq!(code, 1);
    for want in [
        format!(
            "{manifest}: /modules/1/units/0/iri: \"urn:stats:range\" is not an http(s) IRI; the format asks for one \
             such as https://example.org/course/unit"
        ),
        format!(
            "{manifest}: /modules/2/units/1/src: the path has a space or control character; percent-encode it \
             (my%20file.pdf)"
        ),
    ] {
        assert!(out.lines().any(|l| l == want), "{want}\nnot in\n{out}");
    }
}

#[test]
fn build_writes_the_search_data_and_validate_keeps_it_true() {
    use alliance_player::domain::course_search::parse_search_data;
    let (_tmp, dir) = package();
    let data = format!("{dir}/statistics/search.json");
    let texts = |path: &str| {
        parse_search_data("search.json", &fs::read_to_string(path).unwrap(), &[]).unwrap()
    };
    let langs: Vec<String> = texts(&data).into_iter().map(|t| t.lang).collect();
    assert_eq!(
        langs,
        ["en", "zh-CN", "ar"],
        "the samples carry it, in the manifest's order"
    );

    // A subtitle file edited without `build`.
    let vtt = format!("{dir}/statistics/averages.en.vtt");
    fs::write(
        &vtt,
        "WEBVTT\n\n00:01.500 --> 00:03.000\nA brand <b>new</b> cue\n",
    )
    .unwrap();
    let (code, out, _) = cli(&["validate", &dir]);
    assert_eq!(code, 1);
    assert!(
        out.contains("course.json: /search: the search data is not what the subtitle files say; run `alliance-pack build`"),
        "{out}"
    );
    let (code, out, _) = cli(&["build", &dir]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(&format!("updated {dir}/statistics/search.json\n")),
        "{out}"
    );
    let en = texts(&data).into_iter().find(|t| t.lang == "en").unwrap();
    assert_eq!(en.cues, [(1500, "A brand new cue".to_string())]);

    // Hostile or broken search data is named as the player would name it.
    fs::write(
        &data,
        "{\"format\": \"alliance-course-search\", \"version\": \"9.0\", \"subtitles\": []}",
    )
    .unwrap();
    let (code, out, _) = cli(&["validate", &dir]);
    assert_eq!(code, 1);
    assert!(out.contains("search.json: /version: version 9.0"), "{out}");

    // A course without subtitles has no search data.
    let manifest = format!("{dir}/statistics/course.json");
    let mut course = read_json(&manifest);
    for module in course.get_mut("modules").unwrap().as_array_mut().unwrap() {
        for unit in module.get_mut("units").unwrap().as_array_mut().unwrap() {
            unit.remove("subtitles");
        }
    }
    fs::write(&manifest, course.to_file_text()).unwrap();
    for lang in ["en", "zh-CN", "ar"] {
        fs::remove_file(format!("{dir}/statistics/averages.{lang}.vtt")).unwrap();
    }
    let (code, out, _) = cli(&["build", &dir]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(&format!("removed {dir}/statistics/search.json\n")),
        "{out}"
    );
    assert!(!Path::new(&data).exists());
    assert!(read_json(&manifest).get("search").is_none());
}

#[test]
fn cmi5_export_writes_a_course_structure_of_each_shape() {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("oe.zip");
    let course = samples().join("open-education");
    let (code, out, err) = cli(&[
        "cmi5",
        course.to_str().unwrap(),
        "--player",
        "https://player.example.org/",
        "--au",
        "unit",
        "--out",
        zip.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("7 AUs launched from https://player.example.org"),
        "{out}"
    );
    let bytes = std::fs::read(&zip).unwrap();
    assert_eq!(&bytes[..4], b"PK\x03\x04");
    assert_eq!(&bytes[30..38], b"cmi5.xml", "cmi5.xml at the zip's root");

    let text = std::fs::read_to_string(course.join("course.json")).unwrap();
    let parsed = alliance_player::domain::package::parse_course("/c/course.json", &text).unwrap();
    let xml =
        crate::cmi5::course_structure(&parsed, "https://p.example.org", crate::cmi5::Per::Course);
    assert_eq!(xml.matches("<au ").count(), 1);
    assert!(
        xml.contains(r#"moveOn="CompletedAndPassed" masteryScore="0.7""#),
        "{xml}"
    );
    assert!(xml.contains("<url>https://p.example.org/course/open-education</url>"));
    assert!(xml.contains("l&apos;éducation"), "text is escaped");
    let units =
        crate::cmi5::course_structure(&parsed, "https://p.example.org", crate::cmi5::Per::Unit);
    assert_eq!(units.matches("<au ").count(), 7);
    assert_eq!(units.matches("<block ").count(), parsed.modules.len());
    assert_eq!(
        crate::cmi5::escape("a<b>&\"c\"\u{1}"),
        "a&lt;b&gt;&amp;&quot;c&quot;"
    );

    for bad in [
        vec!["cmi5", course.to_str().unwrap()],
        vec![
            "cmi5",
            course.to_str().unwrap(),
            "--player",
            "http://player.example.org",
        ],
        vec![
            "cmi5",
            course.to_str().unwrap(),
            "--player",
            "https://p.example.org",
            "--au",
            "module",
        ],
    ] {
        let (code, _, err) = cli(&bad);
        assert_eq!(code, 2, "{bad:?}: {err}");
    }
}
