//! A table of good and bad packages: each bad one must give an error naming the file, the field and the expectation.

use super::*;
use serde_json::{json, Value};

const URL: &str = "/courses/demo/course.json";

fn good_course() -> Value {
    json!({
        "format": "alliance-course-package",
        "version": "1.0",
        "id": "demo",
        "iri": "https://courses.example.org/demo",
        "title": {"en": "Demo", "zh-CN": "演示"},
        "languages": ["en", "zh-CN"],
        "defaultLanguage": "en",
        "modules": [
            {"id": "m1", "title": {"en": "One"}, "units": [
                {"id": "v", "iri": "https://courses.example.org/demo/v", "kind": "video", "title": {"en": "V"},
                 "sources": [{"src": "media/v.webm", "type": "video/webm"}], "poster": "media/v.png",
                 "subtitles": [{"lang": "en", "src": "media/v.en.vtt"}, {"lang": "zh-CN", "src": "media/v.zh-CN.vtt"}],
                 "duration": 12.5},
                {"id": "a", "iri": "https://courses.example.org/demo/a", "kind": "audio", "title": {"en": "A"},
                 "sources": [{"src": "a.ogg", "type": "audio/ogg"}], "duration": 5, "transcript": {"en": "Hi"}},
                {"id": "r", "iri": "https://courses.example.org/demo/r", "kind": "reading", "title": {"en": "R"},
                 "body": {"en": "# Hello"}}
            ]},
            {"id": "m2", "title": {"en": "Two"}, "units": [
                {"id": "q", "iri": "https://courses.example.org/demo/q", "kind": "quiz", "title": {"en": "Q"},
                 "passingScore": 0.7, "maxAttempts": 3, "questions": [
                    {"id": "q1", "type": "single-choice", "prompt": {"en": "?"},
                     "choices": [{"id": "a", "text": {"en": "A"}}, {"id": "b", "text": {"en": "B"}}], "answer": "b",
                     "feedback": {"correct": {"en": "Yes"}, "incorrect": {"en": "No"}}},
                    {"id": "q2", "type": "multiple-choice", "prompt": {"en": "?"},
                     "choices": [{"id": "a", "text": {"en": "A"}}, {"id": "b", "text": {"en": "B"}}], "answers": ["a", "b"]},
                    {"id": "q3", "type": "true-false", "prompt": {"en": "?"}, "answer": true, "points": 2},
                    {"id": "q4", "type": "fill-blank", "prompt": {"en": "?"}, "accept": ["CC"]},
                    {"id": "q5", "type": "numeric", "prompt": {"en": "?"}, "answer": 3.5, "tolerance": 0.1}
                 ]},
                {"id": "d", "iri": "https://courses.example.org/demo/d", "kind": "document", "title": {"en": "D"},
                 "src": "sheet.pdf", "size": 1000},
                {"id": "i", "iri": "https://courses.example.org/demo/i", "kind": "interactive", "title": {"en": "I"},
                 "src": "game/index.html"}
            ]}
        ]
    })
}

fn parse(v: &Value) -> Result<Course> {
    parse_course(URL, &v.to_string())
}

#[test]
fn a_quiz_of_1_3_draws_and_shuffles_as_its_author_says() {
    use crate::domain::quiz::Variation;
    let mut v = good_course();
    let q = &mut v["modules"][1]["units"][0];
    q["draw"] = json!(3);
    q["shuffleQuestions"] = json!(true);
    q["shuffleChoices"] = json!(true);
    let c = parse(&v).unwrap();
    let UnitBody::Quiz(quiz) = &c.unit("q").unwrap().body else {
        panic!()
    };
    assert_eq!(
        quiz.variation,
        Variation {
            draw: Some(3),
            shuffle_questions: true,
            shuffle_choices: true
        }
    );
    // Without the fields: every question, in the author's order.
    let c = parse(&good_course()).unwrap();
    let UnitBody::Quiz(quiz) = &c.unit("q").unwrap().body else {
        panic!()
    };
    assert_eq!(quiz.variation, Variation::default());
}

#[test]
fn good_course_parses_with_every_unit_kind() {
    let c = parse(&good_course()).expect("valid");
    let kinds: Vec<&str> = c.units().map(|u| u.body.kind()).collect();
    assert_eq!(
        kinds,
        [
            "video",
            "audio",
            "reading",
            "quiz",
            "document",
            "interactive"
        ]
    );
    let UnitBody::Video(v) = &c.unit("v").unwrap().body else {
        panic!()
    };
    assert_eq!(v.sources[0].src, "/courses/demo/media/v.webm");
    assert_eq!(v.subtitles[1].lang, "zh-CN");
    assert_eq!(v.poster.as_deref(), Some("/courses/demo/media/v.png"));
    let UnitBody::Quiz(q) = &c.unit("q").unwrap().body else {
        panic!()
    };
    assert_eq!(
        (q.passing_score, q.max_attempts, q.questions.len()),
        (0.7, Some(3), 5)
    );
    assert_eq!(q.questions[2].points, 2.0);
    let UnitBody::Interactive { src, height } = &c.unit("i").unwrap().body else {
        panic!()
    };
    assert_eq!(
        (src.as_str(), *height),
        ("/courses/demo/game/index.html", 480)
    );
}

/// Each case: a change to the good course, and the exact error it must give.
#[test]
fn bad_courses_name_file_field_and_expectation() {
    type Edit = fn(&mut Value);
    let cases: &[(&str, Edit, &str)] = &[
        ("misspelt kind", |v| v["modules"][1]["units"][0]["kind"] = json!("vidoe"),
         "course.json: /modules/1/units/0/kind: unknown unit kind \"vidoe\"; expected one of video, audio, reading, quiz, document, interactive, cmi5"),
        ("missing title", |v| { v["modules"][0]["units"][2].as_object_mut().unwrap().remove("title"); },
         "course.json: /modules/0/units/2/title: missing required field"),
        ("title not a map", |v| v["title"] = json!("Demo"),
         "course.json: /title: expected an object, found a string"),
        ("bad lang tag in text", |v| v["title"] = json!({"english": "Demo"}),
         "course.json: /title/english: invalid language tag \"english\"; expected a BCP 47 tag such as en, zh-CN or pt-BR"),
        ("empty text", |v| v["modules"][0]["title"] = json!({}),
         "course.json: /modules/0/title: empty text; expected at least one language, e.g. {\"en\": \"…\"}"),
        ("wrong format", |v| v["format"] = json!("scorm"),
         "course.json: /format: unknown format \"scorm\"; expected \"alliance-course-package\""),
        ("newer major", |v| v["version"] = json!("2.0"),
         "course.json: /version: format version 2.0 needs a newer player; this player reads versions 1.x"),
        ("bad version", |v| v["version"] = json!("one"),
         "course.json: /version: invalid version \"one\"; expected MAJOR.MINOR such as \"1.0\""),
        ("bad id", |v| v["modules"][0]["units"][0]["id"] = json!("Video 1"),
         "course.json: /modules/0/units/0/id: invalid id \"Video 1\"; expected lowercase letters, digits, '-' or '_' (at most 64, not starting with '-' or '_')"),
        ("duplicate unit id", |v| v["modules"][1]["units"][0]["id"] = json!("v"),
         "course.json: /modules: duplicate unit id \"v\"; every unit id must be unique"),
        ("relative iri", |v| v["modules"][0]["units"][0]["iri"] = json!("units/v"),
         "course.json: /modules/0/units/0/iri: invalid IRI \"units/v\"; expected an absolute IRI such as https://example.org/course/unit"),
        ("javascript src", |v| v["modules"][1]["units"][2]["src"] = json!("javascript:alert(1)"),
         "course.json: /modules/1/units/2/src: links with the scheme \"javascript:\" are not allowed; expected a relative path or an http(s) URL"),
        ("no sources", |v| v["modules"][0]["units"][0]["sources"] = json!([]),
         "course.json: /modules/0/units/0/sources: expected at least one source"),
        ("audio type on video", |v| v["modules"][0]["units"][0]["sources"][0]["type"] = json!("audio/ogg"),
         "course.json: /modules/0/units/0/sources/0/type: unexpected media type \"audio/ogg\"; expected video/…, e.g. video/webm"),
        ("zero duration", |v| v["modules"][0]["units"][1]["duration"] = json!(0),
         "course.json: /modules/0/units/1/duration: expected a number greater than 0, found 0"),
        ("two tracks one language", |v| v["modules"][0]["units"][0]["subtitles"][1]["lang"] = json!("en"),
         "course.json: /modules/0/units/0/subtitles: two subtitle tracks for \"en\"; expected one per language"),
        ("passing score > 1", |v| v["modules"][1]["units"][0]["passingScore"] = json!(70),
         "course.json: /modules/1/units/0/passingScore: passing score 70 is out of range; expected a number from 0 to 1, e.g. 0.7"),
        ("draw more than there are", |v| v["modules"][1]["units"][0]["draw"] = json!(6),
         "course.json: /modules/1/units/0/draw: draws 6 questions per attempt from 5; expected at most as many as there are"),
        ("draw none", |v| v["modules"][1]["units"][0]["draw"] = json!(0),
         "course.json: /modules/1/units/0/draw: expected at least 1 question per attempt (omit the field to ask every question)"),
        ("shuffle not a boolean", |v| v["modules"][1]["units"][0]["shuffleChoices"] = json!("yes"),
         "course.json: /modules/1/units/0/shuffleChoices: expected a boolean, found a string"),
        ("zero attempts", |v| v["modules"][1]["units"][0]["maxAttempts"] = json!(0),
         "course.json: /modules/1/units/0/maxAttempts: expected at least 1 attempt (omit the field for unlimited attempts)"),
        ("answer not a choice", |v| v["modules"][1]["units"][0]["questions"][0]["answer"] = json!("z"),
         "course.json: /modules/1/units/0/questions/0/answer: \"z\" is not a choice of this question; expected one of a, b"),
        ("one choice", |v| { v["modules"][1]["units"][0]["questions"][1]["choices"].as_array_mut().unwrap().pop(); },
         "course.json: /modules/1/units/0/questions/1/choices: expected at least two choices"),
        ("unknown question type", |v| v["modules"][1]["units"][0]["questions"][3]["type"] = json!("essay"),
         "course.json: /modules/1/units/0/questions/3/type: unknown question type \"essay\"; expected one of single-choice, multiple-choice, true-false, fill-blank, numeric"),
        ("negative tolerance", |v| v["modules"][1]["units"][0]["questions"][4]["tolerance"] = json!(-1),
         "course.json: /modules/1/units/0/questions/4/tolerance: expected a tolerance ≥ 0, found -1"),
        ("true-false answer string", |v| v["modules"][1]["units"][0]["questions"][2]["answer"] = json!("true"),
         "course.json: /modules/1/units/0/questions/2/answer: expected a boolean, found a string"),
        ("default language not offered", |v| v["defaultLanguage"] = json!("fr"),
         "course.json: /defaultLanguage: \"fr\" is not one of the course's languages (en, zh-CN)"),
        ("empty module", |v| v["modules"][1]["units"] = json!([]),
         "course.json: /modules/1/units: expected at least one unit"),
        ("no modules", |v| v["modules"] = json!([]),
         "course.json: /modules: expected at least one module"),
        ("not an object", |v| *v = json!([1, 2]),
         "course.json: /: expected an object, found an array"),
        // Counts are bounded before any element is read (docs/course-format.md, "Limits").
        ("101 choices", |v| v["modules"][1]["units"][0]["questions"][0]["choices"] =
            (0..101).map(|i| json!({"id": format!("c{i}"), "text": {"en": "x"}})).collect(),
         "course.json: /modules/1/units/0/questions/0/choices: 101 choices; expected at most 100"),
        ("201 languages in a text", |v| v["title"] =
            (0..201).map(|i| (format!("x-l{i}"), json!("t"))).collect::<serde_json::Map<_, _>>().into(),
         "course.json: /title: 201 languages; expected at most 200"),
        ("21 sources", |v| v["modules"][0]["units"][0]["sources"] =
            (0..21).map(|_| json!({"src": "v.webm", "type": "video/webm"})).collect(),
         "course.json: /modules/0/units/0/sources: 21 sources; expected at most 20"),
        ("1,001 questions", |v| v["modules"][1]["units"][0]["questions"] =
            (0..1001).map(|i| json!({"id": format!("q{i}"), "type": "true-false", "prompt": {"en": "?"}, "answer": true})).collect(),
         "course.json: /modules/1/units/0/questions: 1001 questions; expected at most 1000"),
        ("101 accepted answers", |v| v["modules"][1]["units"][0]["questions"][3]["accept"] =
            (0..101).map(|i| json!(format!("a{i}"))).collect(),
         "course.json: /modules/1/units/0/questions/3/accept: 101 accepted answers; expected at most 100"),
    ];
    for (name, edit, want) in cases {
        let mut v = good_course();
        edit(&mut v);
        let err = parse(&v).expect_err(name);
        assert_eq!(err.to_string(), *want, "case: {name}");
    }
}

#[test]
fn syntax_error_names_line_and_column() {
    let err = parse_course(
        URL,
        "{\n  \"format\": \"alliance-course-package\"\n  \"version\": \"1.0\"\n}",
    )
    .unwrap_err();
    assert_eq!(err.file, "course.json");
    assert_eq!(err.pointer, "line 3 column 3");
    assert!(
        err.message
            .starts_with("not valid JSON (expected `,` or `}`"),
        "{}",
        err.message
    );
}

#[test]
fn unknown_kind_from_newer_minor_version_is_unsupported_not_an_error() {
    let mut v = good_course();
    v["version"] = json!("1.4");
    v["modules"][0]["units"][2]["kind"] = json!("hologram");
    let c = parse(&v).expect("newer minor version parses");
    assert_eq!(
        c.unit("r").unwrap().body,
        UnitBody::Unsupported {
            kind: "hologram".into()
        }
    );
    // Unknown extra fields are ignored for forward compatibility.
    let mut v = good_course();
    v["modules"][0]["units"][0]["chapters"] = json!([1, 2]);
    assert!(parse(&v).is_ok());
}

fn good_catalog() -> Value {
    json!({
        "format": "alliance-course-package", "version": "1.0",
        "title": {"en": "Samples"},
        "courses": [
            {"id": "a", "iri": "https://x.org/a", "title": {"en": "A"}, "summary": {"en": "S"}, "languages": ["en"],
             "provider": {"name": {"en": "Uni"}, "url": "https://uni.example"}, "size": 10, "manifest": "a/course.json"},
            {"id": "b", "iri": "https://x.org/b", "title": {"en": "B"}, "summary": {"en": "S"}, "languages": ["en", "ar"],
             "provider": {"name": {"en": "Uni"}}, "size": 20, "manifest": "https://cdn.example/b/course.json"}
        ]
    })
}

#[test]
fn catalogue_parses_and_resolves_manifests() {
    let c = parse_catalog("/courses/catalog.json", &good_catalog().to_string()).unwrap();
    assert_eq!(c.courses.len(), 2);
    assert!(c.rejected.is_empty());
    assert_eq!(c.courses[0].manifest, "/courses/a/course.json");
    assert_eq!(c.courses[1].manifest, "https://cdn.example/b/course.json");
    assert_eq!(c.courses[1].languages, ["en", "ar"]);
}

#[test]
fn one_bad_catalogue_entry_never_breaks_the_others() {
    let mut v = good_catalog();
    v["courses"][0]["size"] = json!("big");
    let dup = v["courses"][1].clone();
    v["courses"].as_array_mut().unwrap().push(dup);
    let c = parse_catalog("/courses/catalog.json", &v.to_string()).unwrap();
    assert_eq!(
        c.courses.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
        ["b"]
    );
    let errors: Vec<String> = c.rejected.iter().map(|e| e.to_string()).collect();
    assert_eq!(
        errors,
        [
            "catalog.json: /courses/0/size: expected a whole number ≥ 0, found a string",
            "catalog.json: /courses: duplicate course id \"b\"; the second one is skipped",
        ]
    );
}

#[test]
fn a_catalogue_in_pages_names_its_pages_count_and_languages() {
    let mut v = good_catalog();
    v["version"] = json!("1.2");
    v["more"] = json!({"count": 1002, "languages": ["en", "ar", "zh-CN"], "pages": ["pages/1.json", "pages/2.json"]});
    let c = parse_catalog("/courses/catalog.json", &v.to_string()).unwrap();
    let more = c.more.unwrap();
    assert_eq!(more.count, 1002);
    assert_eq!(more.languages, ["en", "ar", "zh-CN"]);
    assert_eq!(
        more.pages,
        ["/courses/pages/1.json", "/courses/pages/2.json"]
    );
    // A 1.0 or 1.1 catalogue is one document.
    assert_eq!(
        parse_catalog("/courses/catalog.json", &good_catalog().to_string())
            .unwrap()
            .more,
        None
    );

    // A page is a catalogue document with courses only; its manifests resolve against the page.
    let mut page = good_catalog();
    page["version"] = json!("1.2");
    page.as_object_mut().unwrap().remove("title");
    let (courses, rejected) =
        parse_catalog_page("/courses/pages/1.json", &page.to_string()).unwrap();
    assert_eq!(courses[0].manifest, "/courses/pages/a/course.json");
    assert!(rejected.is_empty());
}

#[test]
fn a_catalogue_in_pages_is_checked() {
    let with_more = |version: &str, more: Value| {
        let mut v = good_catalog();
        v["version"] = json!(version);
        v["more"] = more;
        parse_catalog("/courses/catalog.json", &v.to_string())
            .map(|_| ())
            .unwrap_err()
            .to_string()
    };
    let ok = json!({"count": 3, "languages": ["en"], "pages": ["p/1.json"]});
    assert_eq!(
        with_more("1.1", ok.clone()),
        "catalog.json: /more: \"more\" (a catalogue in pages) needs format version 1.2; this catalogue says 1.1"
    );
    let mut bad = ok.clone();
    bad["pages"] = json!(["javascript:alert(1)"]);
    assert!(with_more("1.2", bad).starts_with("catalog.json: /more/pages/0: "));
    let mut bad = ok.clone();
    bad["pages"] = json!(vec!["p.json"; limits::MAX_CATALOG_PAGES + 1]);
    assert!(with_more("1.2", bad).contains("expected at most 1000"));
    let mut bad = ok.clone();
    bad["count"] = json!(u64::MAX);
    assert!(with_more("1.2", bad)
        .starts_with("catalog.json: /more: count 18446744073709551615 is more than"));
    let mut bad = ok;
    bad["languages"] = json!([]);
    assert!(with_more("1.2", bad).starts_with("catalog.json: /more/languages: "));

    let mut page = good_catalog();
    page["version"] = json!("1.2");
    page["more"] = json!({"count": 3, "languages": ["en"], "pages": []});
    assert_eq!(
        parse_catalog_page("/courses/p/1.json", &page.to_string())
            .unwrap_err()
            .to_string(),
        "1.json: /more: a catalogue page names no further pages; remove \"more\""
    );
}

#[test]
fn broken_catalogue_is_an_error() {
    let mut v = good_catalog();
    v["courses"] = json!({});
    let err = parse_catalog("/courses/catalog.json", &v.to_string()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "catalog.json: /courses: expected an array, found an object"
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Limits and large packages

/// A course of `n` reading units in modules of `per_module`, as JSON text (built as text: fast even for 10,000).
pub(crate) fn large_course(n: usize, per_module: usize) -> String {
    let unit = |i: usize| {
        format!(
            r#"{{"id":"u{i}","iri":"https://x.org/c/u{i}","kind":"reading","title":{{"en":"Unit {i}"}},"body":{{"en":"Text {i}"}}}}"#
        )
    };
    let modules: Vec<String> = (0..n)
        .collect::<Vec<_>>()
        .chunks(per_module)
        .enumerate()
        .map(|(m, units)| {
            let units: Vec<String> = units.iter().map(|&i| unit(i)).collect();
            format!(
                r#"{{"id":"m{m}","title":{{"en":"Module {m}"}},"units":[{}]}}"#,
                units.join(",")
            )
        })
        .collect();
    format!(
        r#"{{"format":"alliance-course-package","version":"1.0","id":"big","iri":"https://x.org/c","title":{{"en":"Big"}},"languages":["en"],"defaultLanguage":"en","modules":[{}]}}"#,
        modules.join(",")
    )
}

fn large_catalog(n: usize, duplicate_every: usize) -> String {
    let entries: Vec<String> = (0..n)
        .map(|i| {
            let id = if duplicate_every > 0 && i % duplicate_every == 1 { i - 1 } else { i };
            // Ids of 64 characters that differ only at the end: comparing two costs the most it can.
            let long = format!("{}{id:05}", "c".repeat(59));
            format!(
                r#"{{"id":"{long}","iri":"https://x.org/{id}","title":{{"en":"Course {id}"}},"summary":{{"en":"S"}},"languages":["en"],"provider":{{"name":{{"en":"Uni"}}}},"size":10,"manifest":"c{id}/course.json"}}"#
            )
        })
        .collect();
    format!(
        r#"{{"format":"alliance-course-package","version":"1.0","courses":[{}]}}"#,
        entries.join(",")
    )
}

#[test]
fn a_file_over_its_size_limit_is_refused_naming_file_and_limit() {
    // Valid JSON, padded past 4 MiB with a long summary: refused on its size before it is parsed.
    let mut v = good_course();
    v["summary"] = json!({"en": "x".repeat(4 * 1024 * 1024)});
    let err = parse(&v).unwrap_err();
    assert_eq!(err.file, "course.json");
    assert_eq!(err.pointer, "/");
    assert!(
        err.message.contains("more than the limit of 4 MiB"),
        "{}",
        err.message
    );
    let mut c = good_catalog();
    c["title"] = json!({"en": "x".repeat(8 * 1024 * 1024)});
    let err = parse_catalog("/courses/catalog.json", &c.to_string()).unwrap_err();
    assert_eq!(err.file, "catalog.json");
    assert!(err.message.contains("8 MiB"), "{}", err.message);
}

#[test]
fn deep_nesting_is_refused_before_parsing() {
    let mut v = good_course();
    let mut deep = json!(1);
    for _ in 0..100 {
        deep = json!([deep]);
    }
    v["modules"][0]["units"][0]["chapters"] = deep;
    let err = parse(&v).unwrap_err();
    assert_eq!(err.file, "course.json");
    assert!(err.pointer.starts_with("line 1 column"), "{}", err.pointer);
    assert!(
        err.message.contains("nested more than 64 levels deep"),
        "{}",
        err.message
    );
    // A hostile file of brackets only: an error, not a stack overflow.
    let err = parse_catalog("/courses/catalog.json", &"[".repeat(2_000_000)).unwrap_err();
    assert!(err.message.contains("nested"), "{}", err.message);
}

#[test]
fn a_course_has_at_most_10000_units_in_all_its_modules() {
    let c = parse_course(URL, &large_course(10_000, 100)).expect("10,000 units");
    assert_eq!(c.unit_count(), 10_000);
    let err = parse_course(URL, &large_course(10_001, 100)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "course.json: /modules/100/units: too many units; a course has at most 10000 units in all"
    );
    let err = parse_course(URL, &large_course(10_001, 1)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "course.json: /modules: 10001 modules; expected at most 10000"
    );
}

#[test]
fn unit_lookups_agree_with_the_outline_order() {
    for c in [
        parse(&good_course()).unwrap(),
        parse_course(URL, &large_course(1_000, 7)).unwrap(),
    ] {
        let walk: Vec<&Unit> = c.units().collect();
        assert_eq!(c.unit_count(), walk.len());
        for (i, u) in walk.iter().enumerate() {
            assert_eq!(c.position(&u.id), Some(i));
            assert_eq!(c.unit_at(i).map(|x| &x.id), Some(&u.id));
            assert_eq!(c.unit(&u.id), Some(*u));
        }
        assert_eq!(c.unit("nope"), None);
        assert_eq!(c.unit_at(walk.len()), None);
    }
}

#[test]
fn a_catalogue_of_10000_courses_is_checked_in_time_that_grows_with_its_size() {
    // Distinct ids: a duplicate check that scanned the courses kept would compare 50 million pairs. Checked as a
    // ratio (ten times the courses, ten times the time, not a hundred), so a busy machine cannot fail it.
    let fastest = |n: usize| {
        let text = large_catalog(n, 0);
        (0..3)
            .map(|_| {
                let started = std::time::Instant::now();
                let c = parse_catalog("/courses/catalog.json", &text).unwrap();
                assert_eq!(c.courses.len(), n);
                assert!(c.rejected.is_empty());
                started.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min)
    };
    let (small, large) = (fastest(1_000), fastest(10_000));
    assert!(
        large < small * 40.0,
        "1,000 entries took {small:.4} s and 10,000 took {large:.4} s: more than linear"
    );
    // Every other entry repeating the id before it: each repeat is found.
    let c = parse_catalog("/courses/catalog.json", &large_catalog(10_000, 2)).unwrap();
    assert_eq!((c.courses.len(), c.rejected.len()), (5_000, 5_000));
    let err = parse_catalog("/courses/catalog.json", &large_catalog(10_001, 0)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "catalog.json: /courses: 10001 courses; expected at most 10000"
    );
}

#[test]
fn repeated_ids_are_found_in_one_pass() {
    assert_eq!(
        repeats(["a", "b", "a", "c", "b"]),
        [false, false, true, false, true]
    );
    // Every other key a repeat: a scan of the earlier keys for each would grow with the square of their number;
    // a set grows with their number. Checked as a ratio (ten times the keys, ten times the time, not a hundred),
    // so a busy machine cannot fail it.
    let fastest = |n: usize| {
        let keys: Vec<String> = (0..n)
            .map(|i| format!("{}{:06}", "c".repeat(58), i / 2))
            .collect();
        (0..3)
            .map(|_| {
                let started = std::time::Instant::now();
                let flags = repeats(keys.iter().map(String::as_str));
                assert_eq!(flags.iter().filter(|&&r| r).count(), n / 2);
                started.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min)
    };
    let (small, large) = (fastest(2_000), fastest(20_000));
    assert!(
        large < small * 40.0,
        "2,000 keys took {small:.5} s and 20,000 took {large:.5} s: more than linear"
    );
}

#[test]
fn a_cmi5_unit_needs_format_1_3_and_a_mastery_score_from_0_to_1() {
    let au = |v: &mut serde_json::Value, extra: serde_json::Value| {
        let mut unit = json!({"id": "au", "iri": "https://x.org/c/units/au", "kind": "cmi5",
            "title": {"en": "AU"}, "src": "au/index.html"});
        for (k, x) in extra.as_object().unwrap() {
            unit[k] = x.clone();
        }
        v["modules"][0]["units"].as_array_mut().unwrap().push(unit);
    };
    let mut v = good_course();
    v["version"] = json!("1.3");
    au(
        &mut v,
        json!({"masteryScore": 0.8, "launchParameters": "level=2", "height": 600}),
    );
    let c = parse(&v).unwrap();
    let UnitBody::Cmi5 {
        src,
        height,
        mastery_score,
        launch_parameters,
    } = &c.unit("au").unwrap().body
    else {
        panic!("a cmi5 unit");
    };
    assert!(src.ends_with("/au/index.html"), "{src}");
    assert_eq!(
        (*height, *mastery_score, launch_parameters.as_deref()),
        (600, Some(0.8), Some("level=2"))
    );
    let mut old = good_course();
    old["version"] = json!("1.2");
    au(&mut old, json!({}));
    assert!(parse(&old)
        .unwrap_err()
        .to_string()
        .contains("needs format version 1.3"));
    let mut wrong = good_course();
    wrong["version"] = json!("1.3");
    au(&mut wrong, json!({"masteryScore": 1.5}));
    assert!(parse(&wrong)
        .unwrap_err()
        .to_string()
        .contains("masteryScore: mastery score 1.5 is out of range"));
    let mut scripted = good_course();
    scripted["version"] = json!("1.3");
    au(&mut scripted, json!({"src": "javascript:alert(1)"}));
    assert!(
        parse(&scripted).is_err(),
        "an AU is a page of the package's addresses"
    );
}
