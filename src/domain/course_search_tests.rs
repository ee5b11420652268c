//! Index, matching, snippets, ranking, CJK, hostile WebVTT and a 2,000-unit course.

use super::*;
use crate::domain::package::parse_course;
use serde_json::json;

const URL: &str = "/courses/demo/course.json";

/// A folding like the browser's for the letters the tests use: Unicode lowercase (`İ` becomes two characters),
/// the combining acute dropped, precomposed accented letters plain.
fn fold(s: &str) -> String {
    s.to_lowercase()
        .chars()
        .filter(|&c| c != '\u{301}')
        .map(|c| match c {
            'é' | 'è' | 'ê' => 'e',
            'à' | 'â' => 'a',
            'ç' => 'c',
            'ǐ' => 'i',
            'ǎ' => 'a',
            _ => c,
        })
        .collect()
}

fn langs(l: &[&str]) -> Vec<String> {
    l.iter().map(|s| s.to_string()).collect()
}

fn demo() -> Course {
    let c = json!({
        "format": "alliance-course-package", "version": "1.0", "id": "demo", "iri": "https://x.org/demo",
        "title": {"en": "Demo"}, "languages": ["en", "fr", "zh-CN"], "defaultLanguage": "en",
        "modules": [{"id": "m", "title": {"en": "M"}, "units": [
            {"id": "intro", "iri": "https://x.org/demo/intro", "kind": "video",
             "title": {"en": "What is open education?", "fr": "Qu'est-ce que l'éducation ouverte ?", "zh-CN": "什么是开放教育"},
             "sources": [{"src": "intro.webm", "type": "video/webm"}],
             "subtitles": [{"lang": "en", "src": "intro.en.vtt"}, {"lang": "zh-CN", "src": "intro.zh-CN.vtt"}],
             "duration": 19.2},
            {"id": "rs", "iri": "https://x.org/demo/rs", "kind": "reading",
             "title": {"en": "The five Rs", "fr": "Les cinq R"},
             "body": {"en": "# The 5 Rs\n\nAn **open** [licence](https://example.org) lets you *retain*, reuse and remix.\n\n![a diagram of remixing](d.png)\n\n<b>raw</b> html stays text\n\n| A | B |\n|---|---|\n| cell one | cell two |",
                      "fr": "# Les 5 R\n\nUne licence **ouverte** permet de conserver et de réutiliser."}},
            {"id": "pod", "iri": "https://x.org/demo/pod", "kind": "audio", "title": {"en": "Podcast"},
             "sources": [{"src": "p.webm", "type": "audio/webm"}], "duration": 60,
             "transcript": {"en": "*Host:* Open textbooks save students money."}},
            {"id": "quiz", "iri": "https://x.org/demo/quiz", "kind": "quiz", "title": {"en": "Check"},
             "passingScore": 0.5, "questions": [
                {"id": "q1", "type": "true-false", "prompt": {"en": "Is **remix** allowed under CC BY?", "zh-CN": "知识共享署名协议允许**改编**吗？"}, "answer": true},
                {"id": "q2", "type": "numeric", "prompt": {"en": "How many licences are there?"}, "answer": 6}
             ]},
            {"id": "remix-lab", "iri": "https://x.org/demo/lab", "kind": "interactive", "title": {"en": "Remix lab"},
             "src": "lab.html"}
        ]}]
    });
    parse_course(URL, &c.to_string()).expect("valid")
}

const EN_VTT: &str = include_str!("../../public/courses/open-education/intro.en.vtt");
const ZH_VTT: &str = include_str!("../../public/courses/open-education/intro.zh-CN.vtt");

fn index() -> Index {
    let mut i = Index::build(&demo(), fold);
    assert!(i.add_subtitles("intro", "en", EN_VTT, fold));
    assert!(i.add_subtitles("intro", "zh-CN", ZH_VTT, fold));
    i
}

fn found(r: &Results) -> Vec<(&str, HitKind)> {
    r.hits.iter().map(|h| (h.unit.as_str(), h.kind)).collect()
}

/// A hit's snippet with its marked pieces in brackets.
fn marked(h: &Hit) -> String {
    h.snippet
        .0
        .iter()
        .map(|(t, m)| if *m { format!("[{t}]") } else { t.clone() })
        .collect()
}

/// A snippet as the text before its first mark, that mark, and the rest.
#[derive(Debug)]
struct Parts {
    before: String,
    hit: String,
    after: String,
}

fn split(s: &Snippet) -> Parts {
    let first = s.0.iter().position(|(_, m)| *m).expect("a mark");
    let text = |pieces: &[(String, bool)]| pieces.iter().map(|(t, _)| t.as_str()).collect();
    Parts {
        before: text(&s.0[..first]),
        hit: s.0[first].0.clone(),
        after: text(&s.0[first + 1..]),
    }
}

/// The snippet of one match.
fn one(text: &str, part: (usize, usize), hit: (usize, usize)) -> Parts {
    split(&snippet(text, part, &[hit]))
}

#[test]
fn markdown_becomes_plain_text_one_part_per_block() {
    let parts = markdown_text(
        "# Title *here*\n\nSome **bold** and `code`, a [link](https://x.org) and ![alt text](i.png).\nNext line.\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<script>x</script>\n\n```\nlet a = 1;\n```",
    );
    assert_eq!(
        parts,
        [
            "Title here",
            "Some bold and code, a link and alt text. Next line.",
            "one",
            "two",
            "a b",
            "1 2",
            "<script>x</script>",
            "let a = 1;",
        ]
    );
}

#[test]
fn webvtt_cues_are_read_with_their_start_times() {
    let cues = parse_vtt(EN_VTT);
    assert_eq!(cues.len(), 4);
    assert_eq!(cues[1].start_ms, 4_133);
    assert_eq!(
        cues[1].text,
        "Open educational resources are learning materials that anyone may use, adapt and share for free."
    );
    // A byte-order mark, CRLF, hours, settings, identifiers, tags, references, a header with metadata, notes and
    // styles.
    let vtt = "\u{FEFF}WEBVTT - a title\r\nKind: captions\r\n\r\nNOTE a note\r\nspanning lines\r\n\r\nSTYLE\r\n::cue { color: red }\r\n\r\ncue-1\r\n01:02:03.456 --> 01:02:05.000 align:start line:10%\r\n<v Ana>Hello</v> <b>&amp; welcome</b>&nbsp;to <c.loud>class</c>&#33; &#x4E2D;&lrm;\r\nsecond line <00:00:01.500>karaoke\r\n\r\n00:07.000 --> 00:08.000\r\n  \r\n";
    let cues = parse_vtt(vtt);
    assert_eq!(
        cues,
        [Cue {
            start_ms: 3_723_456,
            text: "Hello & welcome to class! 中 second line karaoke".into()
        }],
        "a cue of blank text is dropped"
    );
    // Lone carriage returns end lines too; a cue may follow the signature at once.
    assert_eq!(
        parse_vtt("WEBVTT\r00:01.000 --> 00:02.000\rA\r\r00:03.000 --> 00:04.000\rB").len(),
        2
    );
}

#[test]
fn hostile_webvtt_gives_no_cues_or_only_the_valid_ones() {
    for bad in [
        "",
        "WEBVTTX\n\n00:01.000 --> 00:02.000\nno signature",
        "<html>\n\n00:01.000 --> 00:02.000\nnot a subtitle file",
        "1\n00:00:01,000 --> 00:00:02,000\nan SRT file",
    ] {
        assert_eq!(parse_vtt(bad), [], "{bad:?}");
    }
    let mixed = "WEBVTT\n\n00:01.000 --> \nno end\n\n00:61.000 --> 00:62.000\nbad seconds\n\n1:00.000 --> 1:01.000\none-digit minutes\n\n9999999:00:00.000 --> 9999999:00:01.000\ntoo many hours\n\n99999:00:00.000 --> 99999:00:01.000\npast u32 milliseconds\n\n00:02.000 --> 00:03.000\n<<<<>>>>&&&&;;;&#xFFFFFFFF;&#0;&unknown;ok\n\nid\nid2\n00:04.000 --> 00:05.000\ntiming on the third line";
    let cues = parse_vtt(mixed);
    assert_eq!(
        cues,
        [Cue {
            start_ms: 2_000,
            text: ">>>&&&&;;;&#xFFFFFFFF;&#0;&unknown;ok".into()
        }]
    );
    // Many cues: at most MAX_CUES; a long line of markup characters is one pass.
    let many = format!(
        "WEBVTT\n\n{}",
        "00:01.000 --> 00:02.000\nx\n\n".repeat(limits::MAX_CUES + 10)
    );
    assert_eq!(parse_vtt(&many).len(), limits::MAX_CUES);
    let noise = format!(
        "WEBVTT\n\n00:01.000 --> 00:02.000\n{}{}",
        "&".repeat(500_000),
        "<".repeat(500_000)
    );
    assert_eq!(parse_vtt(&noise)[0].text.len(), 500_000);
}

#[test]
fn titles_come_first_then_hits_in_outline_order() {
    let i = index();
    let en = langs(&["en"]);
    let r = i.search("remix", fold, &en, 50);
    assert_eq!(
        found(&r),
        [
            ("remix-lab", HitKind::Title),
            ("rs", HitKind::Reading),
            ("quiz", HitKind::Quiz),
        ]
    );
    assert!(!r.more);
    assert_eq!(r.hits[1].lang, "en");
    assert_eq!(r.hits[1].time, None);
    // A cap: the first hits in that order, and word that there are more.
    let r = i.search("remix", fold, &en, 2);
    assert_eq!(found(&r).len(), 2);
    assert!(r.more);
    assert_eq!(r.hits[1].kind, HitKind::Reading);
    // Nothing, or only spaces, finds nothing.
    assert_eq!(i.search("   ", fold, &en, 50), Results::default());
    assert_eq!(i.search("zebra", fold, &en, 50).hits, []);
}

#[test]
fn every_kind_of_text_is_searched() {
    let i = index();
    let en = langs(&["en"]);
    let kinds = |q: &str| {
        i.search(q, fold, &en, 50)
            .hits
            .iter()
            .map(|h| (h.unit.clone(), h.kind, h.time))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        kinds("textbooks"),
        [("pod".into(), HitKind::Transcript, None)]
    );
    assert_eq!(
        kinds("how many licences"),
        [("quiz".into(), HitKind::Quiz, None)]
    );
    assert_eq!(
        kinds("creative commons"),
        [("intro".into(), HitKind::Subtitle, Some(10.6))]
    );
    // Link text, image descriptions, table cells and raw HTML (shown as text) are searchable; addresses are not.
    for q in [
        "licence lets",
        "diagram of remixing",
        "cell two",
        "<b>raw</b>",
    ] {
        assert_eq!(kinds(q), [("rs".into(), HitKind::Reading, None)], "{q}");
    }
    assert_eq!(kinds("example.org"), []);
    // A phrase spans inline markup; the words of a query are found in one paragraph or cue, not across two.
    assert_eq!(
        kinds("an open licence"),
        [
            ("intro".into(), HitKind::Subtitle, Some(10.6)),
            ("rs".into(), HitKind::Reading, None)
        ]
    );
    assert_eq!(kinds("remix. a diagram"), []);
    assert_eq!(kinds("welcome educational"), []);
    // Every word, in any order, anywhere in one part.
    assert_eq!(
        kinds("commons creative open"),
        [("intro".into(), HitKind::Subtitle, Some(10.6))]
    );
}

#[test]
fn every_word_of_a_query_is_marked_near_the_match() {
    let i = index();
    let r = i.search("remix   LICENCE", fold, &langs(&["en"]), 50);
    let h = r.hits.iter().find(|h| h.kind == HitKind::Reading).unwrap();
    assert_eq!(
        marked(h),
        "An open [licence] lets you retain, reuse and [remix]."
    );
    // A word inside another is marked once.
    let r = i.search("open ope", fold, &langs(&["en"]), 50);
    assert_eq!(marked(&r.hits[0]), "What is [open] education?");
}

#[test]
fn several_cues_of_one_file_each_give_a_hit_with_its_time() {
    let i = index();
    let r = i.search("open", fold, &langs(&["en"]), 50);
    let cues: Vec<f64> = r
        .hits
        .iter()
        .filter(|h| h.kind == HitKind::Subtitle)
        .filter_map(|h| h.time)
        .collect();
    assert_eq!(cues, [0.4, 4.133, 10.6], "at most three per file, in order");
    let h = r.hits.iter().find(|h| h.time == Some(4.133)).unwrap();
    assert_eq!(
        marked(h),
        "[Open] educational resources are learning materials that anyone may use, adapt and share for free."
    );
    assert_eq!(
        hit_href("open-education", h),
        "/course/open-education/unit/intro?t=4.133"
    );
    assert_eq!(
        hit_href("c", &r.hits[0]),
        format!("/course/c/unit/{}", r.hits[0].unit)
    );
}

#[test]
fn case_and_accents_do_not_matter() {
    let i = index();
    let r = i.search("EDUCATION OUVERTE", fold, &langs(&["fr"]), 50);
    assert_eq!(found(&r), [("intro", HitKind::Title)]);
    assert_eq!(r.hits[0].lang, "fr");
    assert_eq!(marked(&r.hits[0]), "Qu'est-ce que l'[éducation ouverte] ?");
    let r = i.search("réutiliser", fold, &langs(&["fr"]), 50);
    assert_eq!(split(&r.hits[0].snippet).hit, "réutiliser");
}

#[test]
fn the_learners_language_is_preferred_and_one_language_per_unit_and_kind_is_shown() {
    let i = index();
    // "licence" is in the English and the French reading: the learner's language wins.
    let fr = i.search("licence", fold, &langs(&["fr", "en"]), 50);
    let en = i.search("licence", fold, &langs(&["en", "fr"]), 50);
    let reading = |r: &Results| {
        r.hits
            .iter()
            .filter(|h| h.kind == HitKind::Reading)
            .map(|h| h.lang.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(reading(&fr), ["fr"]);
    assert_eq!(reading(&en), ["en"]);
    // A base language matches a regional tag; a language the learner did not name still matches when it is the only one.
    let zh = i.search("改编", fold, &langs(&["zh-TW", "en"]), 50);
    assert_eq!(
        found(&zh),
        [
            ("intro", HitKind::Subtitle),
            ("intro", HitKind::Subtitle),
            ("quiz", HitKind::Quiz)
        ]
    );
    assert!(zh.hits.iter().all(|h| h.lang == "zh-CN"));
}

#[test]
fn chinese_is_matched_inside_words_and_snippets_keep_whole_characters() {
    let i = index();
    let r = i.search("教育资源", fold, &langs(&["zh-CN"]), 50);
    assert_eq!(found(&r), [("intro", HitKind::Subtitle)]);
    assert_eq!(r.hits[0].time, Some(4.133));
    assert_eq!(
        marked(&r.hits[0]),
        "开放[教育资源]是任何人都可以免费使用、改编和分享的学习材料。"
    );
    assert_eq!(r.hits[0].lang, "zh-CN");
    // One character is a query too.
    let r = i.search("教", fold, &langs(&["zh-CN"]), 50);
    assert_eq!(r.hits[0].kind, HitKind::Title);
    assert_eq!(marked(&r.hits[0]), "什么是开放[教]育");
}

#[test]
fn the_sample_chinese_course_is_searchable_in_every_language() {
    let course = parse_course(
        "/courses/first-chinese/course.json",
        include_str!("../../public/courses/first-chinese/course.json"),
    )
    .unwrap();
    let i = Index::build(&course, fold);
    let zh = langs(&["zh-CN"]);
    let r = i.search("早上遇到老师", fold, &zh, 50);
    assert_eq!(found(&r), [("mandarin-quiz", HitKind::Quiz)]);
    let r = i.search("声调", fold, &zh, 50);
    assert!(r.hits.iter().any(|h| h.unit == "pinyin-and-tones"));
    assert!(r.hits.iter().all(|h| h.lang == "zh-CN"), "{r:?}");
    // Tone marks fold away: "ni hao" finds "nǐ hǎo".
    let r = i.search("ni hao", fold, &langs(&["en"]), 50);
    assert!(
        r.hits.iter().any(|h| split(&h.snippet).hit == "nǐ hǎo"),
        "{r:?}"
    );
}

#[test]
fn a_folding_that_changes_lengths_still_marks_the_right_text() {
    let c = json!({
        "format": "alliance-course-package", "version": "1.0", "id": "t", "iri": "https://x.org/t",
        "title": {"en": "T"}, "languages": ["tr"], "defaultLanguage": "tr",
        "modules": [{"id": "m", "title": {"en": "M"}, "units": [
            {"id": "r", "iri": "https://x.org/t/r", "kind": "reading", "title": {"tr": "Okuma"},
             // `İ` lowercases to two characters; the é is written as e + U+0301 (two characters, folded to one).
             "body": {"tr": "Güzel İstanbul şehri ve e\u{301}cole ΟΔΟΣ sonra"}}
        ]}]
    });
    let course = parse_course(URL, &c.to_string()).unwrap();
    let i = Index::build(&course, fold);
    let tr = langs(&["tr"]);
    let hit = |q: &str| marked(&i.search(q, fold, &tr, 5).hits[0]);
    assert_eq!(
        hit("şehri"),
        "Güzel İstanbul [şehri] ve e\u{301}cole ΟΔΟΣ sonra"
    );
    assert_eq!(
        hit("stanbul"),
        "Güzel [İstanbul] şehri ve e\u{301}cole ΟΔΟΣ sonra",
        "a changed word is marked whole"
    );
    assert_eq!(
        hit("ecole"),
        "Güzel İstanbul şehri ve [e\u{301}cole] ΟΔΟΣ sonra"
    );
    assert_eq!(
        hit("sonra"),
        "Güzel İstanbul şehri ve e\u{301}cole ΟΔΟΣ [sonra]"
    );
    // A final sigma matches the sigma a query has.
    assert_eq!(
        hit("οδοσ"),
        "Güzel İstanbul şehri ve e\u{301}cole [ΟΔΟΣ] sonra"
    );
}

#[test]
fn snippets_are_short_and_cut_between_words_and_whole_characters() {
    let words: Vec<String> = (0..60).map(|n| format!("word{n}")).collect();
    let text = words.join(" ");
    let at = text.find("word30").unwrap();
    let s = one(&text, (0, text.len()), (at, at + 6));
    assert_eq!(s.hit, "word30");
    assert!(
        s.before.starts_with("…word") && s.before.ends_with(' '),
        "{s:?}"
    );
    assert!(s.after.starts_with(' ') && s.after.ends_with("…"), "{s:?}");
    assert!(!s.after.trim_end_matches('…').ends_with(' '));
    assert!(s.before.chars().count() <= BEFORE + 1);
    assert!(
        s.before.chars().count() + s.hit.chars().count() + s.after.chars().count() <= WIDTH + 2
    );
    // Start of the text and end: no ellipsis.
    let s = one(&text, (0, text.len()), (0, 5));
    assert!(s.before.is_empty() && s.after.ends_with('…'));
    // Combining marks, joined emoji and East Asian width: never cut inside a cluster, CJK cut by width.
    let cjk = "学".repeat(100) + "目标" + &"习".repeat(100);
    let at = cjk.find("目标").unwrap();
    let s = one(&cjk, (0, cjk.len()), (at, at + "目标".len()));
    assert_eq!(s.before, format!("…{}", "学".repeat(BEFORE / 2)));
    assert_eq!(s.after.chars().count(), (WIDTH - BEFORE - 4) / 2 + 1);
    let accents = "e\u{301}".repeat(50) + "X";
    let at = accents.find('X').unwrap();
    let s = one(&accents, (0, accents.len()), (at, at + 1));
    assert!(
        !s.before.trim_start_matches('…').starts_with('\u{301}'),
        "{s:?}"
    );
    let family = "👩\u{200D}👩\u{200D}👧".repeat(30) + "X";
    let at = family.find('X').unwrap();
    let s = one(&family, (0, family.len()), (at, at + 1));
    let kept = s.before.trim_start_matches('…');
    assert!(
        kept.starts_with('👩') && !kept.starts_with('\u{200D}'),
        "{s:?}"
    );
    assert_eq!(
        kept.len() % "👩\u{200D}👩\u{200D}👧".len(),
        0,
        "whole families: {s:?}"
    );
    // A part's bounds are never passed (a cue's snippet is that cue).
    let two = "first cue text\nsecond cue";
    let s = one(two, (15, two.len()), (15, 21));
    assert_eq!((s.before.as_str(), s.after.as_str()), ("", " cue"));
}

#[test]
fn subtitles_are_fetched_learners_languages_first_and_within_limits() {
    let course = demo();
    let (files, left_out) = subtitle_files(&course, &langs(&["zh-CN", "en"]));
    assert!(!left_out);
    let got: Vec<(&str, &str)> = files
        .iter()
        .map(|f| (f.lang.as_str(), f.src.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("zh-CN", "/courses/demo/intro.zh-CN.vtt"),
            ("en", "/courses/demo/intro.en.vtt")
        ]
    );
    // Past the byte budget a file is refused, and what was added stays.
    let mut i = Index::build(&course, fold);
    // (Mostly a note: counted, but quick to skip.)
    let big = format!(
        "WEBVTT\n\n00:01.000 --> 00:02.000\nA cue\n\nNOTE {}",
        "a".repeat(limits::Input::Subtitles.max_bytes() as usize - 50)
    );
    let mut added = 0;
    while i.add_subtitles("intro", "en", &big, fold) {
        added += 1;
    }
    assert_eq!(
        added as u64,
        limits::SEARCH_SUBTITLE_BYTES / big.len() as u64
    );
    assert!(!i.add_subtitles("intro", "zh-CN", ZH_VTT, fold));
    // The same file added again replaces the first copy.
    let mut i = index();
    assert!(i.add_subtitles("intro", "en", EN_VTT, fold));
    assert_eq!(
        i.search("creative commons", fold, &langs(&["en"]), 50)
            .hits
            .len(),
        1
    );
}

#[test]
fn a_seek_time_is_plain_seconds_within_the_media() {
    let cases = [
        ("12.5", Some(12.5)),
        ("0", Some(0.0)),
        ("19.2", Some(19.2)),
        ("4.", Some(4.0)),
        (".5", Some(0.5)),
        ("19.3", None),
        ("-1", None),
        ("+1", None),
        ("1e1", None),
        ("inf", None),
        ("NaN", None),
        ("", None),
        (".", None),
        ("1.2.3", None),
        (" 1", None),
        ("0000000000001", None),
    ];
    for (raw, want) in cases {
        assert_eq!(seek_time(raw, 19.2), want, "{raw:?}");
    }
    assert_eq!(seek_time("1", f64::NAN), None);
    assert_eq!(seek_time("1", f64::INFINITY), None);
}

/// A course of `n` units (readings, videos, quizzes in turn) in English, French and Chinese, as JSON text.
fn generated_course(n: usize) -> String {
    let unit = |i: usize| match i % 3 {
        0 => format!(
            r##"{{"id":"u{i}","iri":"https://x.org/g/u{i}","kind":"reading","title":{{"en":"Reading {i}","fr":"Lecture {i}","zh-CN":"阅读{i}"}},"body":{{"en":"# Part {i}\n\nThis reading is about topic{i} and open education, with **markup** and a [link](https://x.org).\n\nA second paragraph for unit {i}.","fr":"Cette lecture traite de sujet{i} et de l'éducation ouverte.","zh-CN":"本课讨论主题{i}和开放教育。"}}}}"##
        ),
        1 => format!(
            r#"{{"id":"u{i}","iri":"https://x.org/g/u{i}","kind":"video","title":{{"en":"Video {i}"}},"sources":[{{"src":"v{i}.webm","type":"video/webm"}}],"subtitles":[{{"lang":"en","src":"v{i}.en.vtt"}}],"duration":600}}"#
        ),
        _ => format!(
            r#"{{"id":"u{i}","iri":"https://x.org/g/u{i}","kind":"quiz","title":{{"en":"Quiz {i}"}},"passingScore":0.5,"questions":[{{"id":"q","type":"true-false","prompt":{{"en":"Is question{i} about open education?","zh-CN":"问题{i}是关于开放教育的吗？"}},"answer":true}}]}}"#
        ),
    };
    let modules: Vec<String> = (0..n)
        .collect::<Vec<_>>()
        .chunks(50)
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
        r#"{{"format":"alliance-course-package","version":"1.0","id":"gen","iri":"https://x.org/g","title":{{"en":"Generated"}},"languages":["en","fr","zh-CN"],"defaultLanguage":"en","modules":[{}]}}"#,
        modules.join(",")
    )
}

/// Ten minutes of subtitles for generated video `i`: a cue every 5 seconds.
fn generated_vtt(i: usize) -> String {
    let mut vtt = String::from("WEBVTT\n");
    for c in 0..120 {
        let (s, e) = (c * 5, c * 5 + 4);
        vtt.push_str(&format!(
            "\n{:02}:{:02}.000 --> {:02}:{:02}.000\nIn video {i}, cue {c} says phrase{i}x{c} about open education.\n",
            s / 60,
            s % 60,
            e / 60,
            e % 60
        ));
    }
    vtt
}

#[test]
fn a_2000_unit_course_is_indexed_and_searched_with_correct_results() {
    let course = parse_course("/courses/gen/course.json", &generated_course(2_000)).unwrap();
    assert_eq!(course.unit_count(), 2_000);
    let mut i = Index::build(&course, fold);
    let (files, _) = subtitle_files(&course, &langs(&["en"]));
    assert_eq!(files.len(), 667);
    for f in &files {
        let n: usize = f.unit[1..].parse().unwrap();
        assert!(i.add_subtitles(&f.unit, &f.lang, &generated_vtt(n), fold));
    }
    let en = langs(&["en"]);
    // One reading among 2,000 units ("topic1234" must not match "topic12345", there is none; nor "topic123").
    let r = i.search("topic1236 ", fold, &en, 50);
    assert_eq!(found(&r), [("u1236", HitKind::Reading)]);
    assert_eq!(split(&r.hits[0].snippet).hit, "topic1236");
    // One cue among 80,000, at its time.
    let r = i.search("PHRASE1234X77", fold, &en, 50);
    assert_eq!(found(&r), [("u1234", HitKind::Subtitle)]);
    assert_eq!(r.hits[0].time, Some(385.0));
    // A quiz prompt, in Chinese.
    let r = i.search("问题1997", fold, &langs(&["zh-CN"]), 50);
    assert_eq!(found(&r), [("u1997", HitKind::Quiz)]);
    // A title.
    let r = i.search("lecture 999", fold, &langs(&["fr"]), 50);
    assert_eq!(
        found(&r),
        [("u999", HitKind::Title), ("u999", HitKind::Reading)],
        "its French text has both words too"
    );
    // Everything matches "open education": the first 50 in outline order, and word of more.
    let r = i.search("open education", fold, &en, 50);
    assert!(r.more);
    assert_eq!(r.hits.len(), 50);
    let places: Vec<usize> = r
        .hits
        .iter()
        .map(|h| h.unit[1..].parse().unwrap())
        .collect();
    assert!(places.windows(2).all(|w| w[0] <= w[1]), "{places:?}");
    assert_eq!(
        &r.hits[..5].iter().map(|h| h.kind).collect::<Vec<_>>(),
        &[
            HitKind::Reading,
            HitKind::Subtitle,
            HitKind::Subtitle,
            HitKind::Subtitle,
            HitKind::Quiz
        ]
    );
}

/// Search data as `alliance-pack build` writes it for `demo()`'s subtitles.
fn search_data() -> String {
    let cues = |vtt: &str| -> Vec<(u32, String)> {
        parse_vtt(vtt)
            .into_iter()
            .map(|c| (c.start_ms, c.text))
            .collect()
    };
    json!({"format": "alliance-course-search", "version": "1.0", "subtitles": [
        {"unit": "intro", "lang": "en", "cues": cues(EN_VTT)},
        {"unit": "intro", "lang": "zh-CN", "cues": cues(ZH_VTT)},
    ]})
    .to_string()
}

#[test]
fn search_data_finds_what_the_subtitle_files_find() {
    let texts = parse_search_data("search.json", &search_data(), &[]).unwrap();
    let mut from_data = Index::build(&demo(), fold);
    for t in &texts {
        assert!(from_data.add_subtitle_text(t, fold));
    }
    let from_files = index();
    for q in ["open", "开放", "the", "remix", "licence"] {
        let prefer = langs(&["en"]);
        assert_eq!(
            from_data.search(q, fold, &prefer, 50),
            from_files.search(q, fold, &prefer, 50),
            "{q}"
        );
    }
    let subtitle = from_data
        .search("开放", fold, &langs(&["zh-CN"]), 50)
        .hits
        .into_iter()
        .find(|h| h.kind == HitKind::Subtitle)
        .expect("a cue");
    assert!(subtitle.time.is_some(), "a cue keeps its time");
}

#[test]
fn search_data_lists_the_learners_languages_first() {
    let texts = parse_search_data("search.json", &search_data(), &langs(&["zh-TW"])).unwrap();
    let order: Vec<&str> = texts.iter().map(|t| t.lang.as_str()).collect();
    assert_eq!(order, ["zh-CN", "en"], "the same base language ranks first");
}

#[test]
fn hostile_search_data_is_refused_with_its_pointer() {
    let wrong = |from: &str, to: &str| {
        let text = search_data().replacen(from, to, 1);
        parse_search_data("search.json", &text, &[]).unwrap_err()
    };
    let e = wrong("alliance-course-search", "something-else");
    assert_eq!(
        (e.file.as_str(), e.pointer.as_str()),
        ("search.json", "/format")
    );
    assert!(e.message.contains("alliance-pack build"), "{e}");
    let e = wrong("\"1.0\"", "\"2.0\"");
    assert_eq!(e.pointer, "/version");
    let e = wrong("\"unit\":\"intro\"", "\"unit\":7");
    assert!(e.message.contains("string"), "{e}");
    let too_big = format!(
        "{{\"format\":\"alliance-course-search\",\"version\":\"1.0\",\"subtitles\":[],\"x\":\"{}\"}}",
        "a".repeat(limits::Input::SearchData.max_bytes() as usize)
    );
    let e = parse_search_data("search.json", &too_big, &[]).unwrap_err();
    assert!(e.message.contains("more than the limit"), "{e}");
    let deep = format!("{}{}", "[".repeat(100), "]".repeat(100));
    assert!(parse_search_data("search.json", &deep, &[]).is_err());
}

#[test]
fn search_data_counts_against_the_subtitle_limit() {
    let mut i = Index::build(&demo(), fold);
    let big = SubtitleText {
        unit: "intro".into(),
        lang: "en".into(),
        cues: vec![(0, "a".repeat(limits::SEARCH_SUBTITLE_BYTES as usize))],
    };
    assert!(!i.add_subtitle_text(&big, fold), "over the limit");
    let texts = parse_search_data("search.json", &search_data(), &[]).unwrap();
    assert!(i.add_subtitle_text(&texts[0], fold));
}
