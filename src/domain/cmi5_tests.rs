//! The AU's rules, each test named after the section of the cmi5 specification (quartz) it checks.

use super::*;
use crate::domain::package::parse_course;
use crate::domain::quiz::Outcome;
use serde_json::json;

const REG: &str = "ec231e8c-6d6a-4c3a-9d9c-6f1a2b3c4d5e";
const AU: &str = "https://lms.example.org/au/42";

fn course() -> Course {
    let json = r#"{"format":"alliance-course-package","version":"1.0","id":"c","iri":"https://x.org/c",
      "title":{"en":"Course"},"languages":["en"],"defaultLanguage":"en","modules":[{"id":"m","title":{"en":"M"},"units":[
        {"id":"r","iri":"https://x.org/c/r","kind":"reading","title":{"en":"Read"},"body":{"en":"x"}},
        {"id":"q","iri":"https://x.org/c/q","kind":"quiz","title":{"en":"Quiz"},"passingScore":0.5,"questions":[
          {"id":"a","type":"true-false","prompt":{"en":"?"},"answer":true}]}]}]}"#;
    parse_course("/c/course.json", json).unwrap()
}

fn data(mode: LaunchMode, mastery: Option<f64>) -> LaunchData {
    LaunchData {
        context_template: json!({
            "contextActivities": {"grouping": [{"id": "https://x.org/c"}], "category": [{"id": "https://lms.example.org/cat"}]},
            "extensions": {EXT_SESSION_ID: "s-1"}
        }),
        launch_mode: mode,
        launch_parameters: None,
        mastery_score: mastery,
        move_on: MoveOn::CompletedAndPassed,
        return_url: Some("https://lms.example.org/back".into()),
    }
}

fn session(mode: LaunchMode, mastery: Option<f64>, scope: Scope) -> Session {
    Session {
        activity_id: AU.into(),
        registration: REG.into(),
        launch: data(mode, mastery),
        scope,
        started_at: 1_000.0,
        version: "2.0.0".into(),
        audio: None,
        ended: false,
    }
}

fn whole() -> Scope {
    Scope::Course { course: "c".into() }
}

fn attempt(p: &mut CourseProgress, scaled: f64, pass_mark: f64) {
    p.quiz_attempt(
        "q",
        &Outcome {
            correct: vec![scaled >= 1.0],
            scaled,
            raw: scaled,
            max: 1.0,
            passed: scaled >= pass_mark,
        },
        2_000.0,
    );
}

#[test]
fn s10_launch_data_is_read_with_its_required_fields() {
    let text = json!({"contextTemplate": {"extensions": {EXT_SESSION_ID: "s"}}, "launchMode": "Review",
        "moveOn": "CompletedOrPassed", "masteryScore": 0.75, "returnURL": "https://lms.example.org/x?y=1",
        "launchParameters": "{\"level\":2}", "entitlementKey": {"courseStructure": "k"}})
    .to_string();
    let d = parse_launch_data(&text).unwrap();
    assert_eq!(d.launch_mode, LaunchMode::Review);
    assert_eq!(d.move_on, MoveOn::CompletedOrPassed);
    assert_eq!(d.mastery_score, Some(0.75));
    assert_eq!(
        d.return_url.as_deref(),
        Some("https://lms.example.org/x?y=1")
    );
    assert_eq!(d.launch_parameters.as_deref(), Some("{\"level\":2}"));
}

#[test]
fn s10_hostile_launch_data_is_refused_naming_the_field() {
    let base = json!({"contextTemplate": {}, "launchMode": "Normal", "moveOn": "Passed"});
    assert!(parse_launch_data(&base.to_string()).is_ok());
    for (field, value) in [
        ("contextTemplate", json!([])),
        ("contextTemplate", json!({"extensions": "x"})),
        ("launchMode", json!("Credit")),
        ("moveOn", json!(null)),
        ("masteryScore", json!(1.5)),
        ("masteryScore", json!("0.8")),
        ("returnURL", json!("javascript:alert(document.domain)")),
        ("returnURL", json!("http://evil.example/")),
        ("returnURL", json!("https://user@evil.example/")),
        ("launchParameters", json!({"a": 1})),
    ] {
        let mut doc = base.clone();
        doc[field] = value.clone();
        let e = parse_launch_data(&doc.to_string()).unwrap_err();
        assert!(e.to_string().contains(field), "{field} = {value}: {e}");
    }
    assert!(matches!(parse_launch_data("{"), Err(Cmi5Error::NotJson(_))));
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    assert!(matches!(
        parse_launch_data(&deep),
        Err(Cmi5Error::TooDeep(_))
    ));
}

#[test]
fn s11_language_preference_is_a_list_of_well_formed_tags() {
    assert_eq!(
        preferred_languages(
            r#"{"languagePreference":"zh-CN, fr ,<script>,en-US","audioPreference":"off"}"#
        ),
        vec!["zh-CN", "fr", "en-US"]
    );
    assert!(preferred_languages(r#"{"languagePreference":7}"#).is_empty());
    assert_eq!(
        audio_preference(r#"{"audioPreference":"off"}"#),
        Some(false)
    );
    assert_eq!(audio_preference(r#"{"audioPreference":"on"}"#), Some(true));
    assert_eq!(audio_preference(r#"{"audioPreference":"loud"}"#), None);
    assert!(preferred_languages("not json").is_empty());
    let many = (0..50).map(|_| "en").collect::<Vec<_>>().join(",");
    assert_eq!(
        preferred_languages(&json!({ "languagePreference": many }).to_string()).len(),
        10
    );
}

#[test]
fn s8_1_the_launch_address_says_whether_the_course_or_a_unit_is_the_au() {
    assert_eq!(
        Scope::of_path("/course/statistics"),
        Some(Scope::Course {
            course: "statistics".into()
        })
    );
    assert_eq!(
        Scope::of_path("/player/course/statistics/unit/mean?lang=fr"),
        Some(Scope::Unit {
            course: "statistics".into(),
            unit: "mean".into()
        })
    );
    assert_eq!(Scope::of_path("/"), None);
    assert_eq!(Scope::of_path("/course/a/b"), None);
}

#[test]
fn s9_6_context_is_the_lms_template_with_the_registration_and_the_cmi5_categories() {
    let s = session(LaunchMode::Normal, None, whole());
    let c = s.context(true, true);
    assert_eq!(c["registration"], REG);
    assert_eq!(c["extensions"][EXT_SESSION_ID], "s-1");
    assert_eq!(
        c["contextActivities"]["grouping"][0]["id"],
        "https://x.org/c"
    );
    let categories: Vec<&str> = c["contextActivities"]["category"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        categories,
        vec![
            "https://lms.example.org/cat",
            CATEGORY_CMI5,
            CATEGORY_MOVEON
        ]
    );
    // An allowed statement: no cmi5 category of ours.
    let plain = s.context(false, false);
    assert_eq!(
        plain["contextActivities"]["category"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn s7_1_3_the_players_own_statements_are_allowed_statements_of_the_session() {
    let s = session(LaunchMode::Normal, None, whole());
    let own = json!({"id": "x", "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
        "object": {"id": "https://x.org/c/r"},
        "context": {"contextActivities": {"parent": [{"id": "https://x.org/c"}]}, "language": "fr", "platform": "P"}});
    let a = s.allowed(own);
    assert_eq!(a["object"]["id"], "https://x.org/c/r");
    assert_eq!(a["context"]["registration"], REG);
    assert_eq!(a["context"]["extensions"][EXT_SESSION_ID], "s-1");
    assert_eq!(a["context"]["language"], "fr");
    assert_eq!(
        a["context"]["contextActivities"]["parent"][0]["id"],
        "https://x.org/c"
    );
    assert!(!a["context"]["contextActivities"]["category"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["id"] == CATEGORY_CMI5));
}

#[test]
fn s9_3_course_au_completes_when_every_unit_is_done_and_passes_against_the_mastery_score() {
    let c = course();
    let mut p = CourseProgress::default();
    let st = |p: &CourseProgress, m| standing(&whole(), &c, p, m);
    assert_eq!(st(&p, Some(0.8)), Standing::default());
    p.complete("r", 1_500.0);
    assert!(!st(&p, Some(0.8)).completed, "the quiz is not attempted");
    attempt(&mut p, 0.6, 0.5);
    // Passed by the quiz's own mark (0.5), failed against the LMS's mastery score (0.8).
    let judged = st(&p, Some(0.8));
    assert!(judged.completed);
    assert_eq!(judged.score, Some(0.6));
    assert_eq!(judged.passed, Some(false));
    assert_eq!(st(&p, None).passed, Some(true));
    attempt(&mut p, 1.0, 0.5);
    assert_eq!(
        st(&p, Some(0.8)).passed,
        Some(true),
        "the best score counts"
    );
}

#[test]
fn s9_3_unit_au_is_about_its_unit_only() {
    let c = course();
    let mut p = CourseProgress::default();
    let reading = Scope::Unit {
        course: "c".into(),
        unit: "r".into(),
    };
    p.complete("r", 1_500.0);
    let st = standing(&reading, &c, &p, Some(0.8));
    assert!(st.completed);
    assert_eq!(st.passed, None, "a reading is not judged");
    let quiz = Scope::Unit {
        course: "c".into(),
        unit: "q".into(),
    };
    assert!(!standing(&quiz, &c, &p, None).completed);
    let missing = Scope::Unit {
        course: "c".into(),
        unit: "gone".into(),
    };
    assert_eq!(standing(&missing, &c, &p, None), Standing::default());
}

#[test]
fn s9_3_3_and_9_3_4_never_a_second_completed_or_passed_and_no_failed_after_passed() {
    let s = session(LaunchMode::Normal, Some(0.8), whole());
    let done = Standing {
        completed: true,
        score: Some(0.9),
        passed: Some(true),
    };
    let due_now = due(&s, &done, Sent::default());
    assert_eq!(
        due_now,
        vec![Verdict::Completed, Verdict::Passed(Some(0.9))]
    );
    let sent = due_now.iter().fold(Sent::default(), |s, v| s.with(v));
    assert!(due(&s, &done, sent).is_empty());
    let failing = Standing {
        passed: Some(false),
        ..done
    };
    assert_eq!(
        due(&s, &failing, Sent::default()),
        vec![Verdict::Completed, Verdict::Failed(Some(0.9))]
    );
    assert!(due(&s, &failing, sent).is_empty(), "no failed after passed");
    let failed_once = Sent::default()
        .with(&Verdict::Failed(None))
        .with(&Verdict::Completed);
    assert!(due(&s, &failing, failed_once).is_empty());
    assert_eq!(
        due(&s, &done, failed_once),
        vec![Verdict::Passed(Some(0.9))],
        "passed after failed"
    );
}

#[test]
fn s10_browse_and_review_report_nothing_that_changes_the_learners_standing() {
    let done = Standing {
        completed: true,
        score: Some(1.0),
        passed: Some(true),
    };
    for mode in [LaunchMode::Browse, LaunchMode::Review] {
        let s = session(mode, None, whole());
        assert!(!s.for_credit());
        assert!(due(&s, &done, Sent::default()).is_empty(), "{mode:?}");
    }
    let ended = Session {
        ended: true,
        ..session(LaunchMode::Normal, None, whole())
    };
    assert!(
        due(&ended, &done, Sent::default()).is_empty(),
        "nothing after terminated (7.1.2)"
    );
}

#[test]
fn s9_3_4_and_9_6_3_2_passed_carries_success_score_mastery_duration_and_both_categories() {
    let s = session(LaunchMode::Normal, Some(0.8), whole());
    let actor = json!({"mbox": "mailto:ada@example.org"});
    let passed = s.verdict(&actor, &Verdict::Passed(Some(0.9)), 1_000.0 + 61_000.0);
    assert_eq!(
        passed["verb"]["id"],
        "http://adlnet.gov/expapi/verbs/passed"
    );
    assert_eq!(passed["object"]["id"], AU);
    assert_eq!(passed["result"]["success"], true);
    assert_eq!(passed["result"]["score"]["scaled"], 0.9);
    assert_eq!(passed["result"]["duration"], "PT1M1S");
    assert!(passed["result"].get("completion").is_none());
    assert_eq!(passed["context"]["extensions"][EXT_MASTERY_SCORE], 0.8);
    let cats = passed["context"]["contextActivities"]["category"].to_string();
    assert!(cats.contains(CATEGORY_CMI5) && cats.contains(CATEGORY_MOVEON));
    let completed = s.verdict(&actor, &Verdict::Completed, 5_000.0);
    assert_eq!(completed["result"]["completion"], true);
    assert!(completed["result"].get("success").is_none());
    assert!(completed["context"]["extensions"]
        .get(EXT_MASTERY_SCORE)
        .is_none());
    // The same verdict in the same registration has the same id (two tabs: the LRS keeps one).
    assert_eq!(
        s.verdict(&actor, &Verdict::Completed, 9_000.0)["id"],
        completed["id"]
    );
    let other = Session {
        registration: "0b6c2d9e-1f3a-4c5b-8d7e-9f0a1b2c3d4e".into(),
        ..s.clone()
    };
    assert_ne!(
        other.verdict(&actor, &Verdict::Completed, 5_000.0)["id"],
        completed["id"]
    );
}

#[test]
fn s10_a_quiz_launched_as_a_unit_au_is_passed_at_the_lms_mastery_score() {
    let c = course();
    let quiz = Scope::Unit {
        course: "c".into(),
        unit: "q".into(),
    };
    let launched = session(LaunchMode::Normal, Some(0.9), quiz.clone())
        .course_as_launched(&c)
        .unwrap();
    let pass_mark = |c: &Course| {
        c.units()
            .find_map(|u| match &u.body {
                UnitBody::Quiz(q) => Some(q.passing_score),
                _ => None,
            })
            .unwrap()
    };
    assert_eq!(pass_mark(&launched), 0.9);
    assert_eq!(pass_mark(&c), 0.5, "the published course is unchanged");
    assert!(session(LaunchMode::Normal, None, quiz)
        .course_as_launched(&c)
        .is_none());
    assert!(session(LaunchMode::Normal, Some(0.9), whole())
        .course_as_launched(&c)
        .is_none());
    let reading = Scope::Unit {
        course: "c".into(),
        unit: "r".into(),
    };
    assert!(session(LaunchMode::Normal, Some(0.9), reading)
        .course_as_launched(&c)
        .is_none());
}
