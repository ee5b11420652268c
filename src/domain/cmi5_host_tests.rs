//! The player as an AU's LMS, each test named after the cmi5 (quartz) section it checks.

use super::*;
use serde_json::json;

const REG: &str = "ec231e8c-6d6a-4c3a-9d9c-6f1a2b3c4d5e";
const UNIT: &str = "https://courses.example.org/c/units/au";

fn host() -> AuHost {
    AuHost::new(AuLaunch {
        actor: json!({"objectType": "Agent", "account": {"homePage": "https://alliance-player.org", "name": "ada"}}),
        registration: REG.into(),
        activity_id: UNIT.into(),
        session_id: "s-1".into(),
        token: "dG9rZW4=".into(),
        mastery_score: Some(0.8),
        launch_parameters: Some("level=2".into()),
        languages: vec!["fr".into(), "en".into()],
    })
}

fn req(method: &str, path: &str, query: &[(&str, &str)], body: &str) -> AuRequest {
    AuRequest {
        method: method.into(),
        path: path.into(),
        query: query
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        authorization: Some("Basic dG9rZW4=".into()),
        body: body.into(),
    }
}

fn ids() -> impl FnMut() -> String {
    let mut n = 0;
    move || {
        n += 1;
        format!("00000000-0000-4000-8000-{n:012}")
    }
}

fn signed_in() -> AuHost {
    let mut h = host();
    h.answer(&req("POST", FETCH_PATH, &[], ""), &mut ids());
    h
}

const AGENT: &str = r#"{"account":{"homePage":"https://alliance-player.org","name":"ada"}}"#;

fn statement(verb: &str, object: &str, cmi5: bool) -> serde_json::Value {
    let mut s = json!({
        "actor": {"objectType": "Agent", "account": {"homePage": "https://alliance-player.org", "name": "ada"}},
        "verb": {"id": format!("http://adlnet.gov/expapi/verbs/{verb}")},
        "object": {"id": object},
        "result": {"score": {"scaled": 0.9}},
        "context": {"registration": REG, "contextActivities": {}}
    });
    if cmi5 {
        s["context"]["contextActivities"]["category"] = json!([{"id": CATEGORY_CMI5}]);
    }
    s
}

#[test]
fn s8_2_the_fetch_url_gives_the_token_once_then_error_code_1() {
    let mut h = host();
    let (a, ..) = h.answer(&req("POST", FETCH_PATH, &[], ""), &mut ids());
    assert_eq!(a.status, 200);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&a.body).unwrap()["auth-token"],
        "dG9rZW4="
    );
    let (again, ..) = h.answer(&req("POST", FETCH_PATH, &[], ""), &mut ids());
    assert_eq!(again.status, 200);
    assert!(again.body.contains(r#""error-code":"1""#), "{}", again.body);
    assert_eq!(
        h.answer(&req("GET", FETCH_PATH, &[], ""), &mut ids())
            .0
            .status,
        405
    );
}

#[test]
fn s8_2_nothing_is_answered_without_the_token() {
    let mut h = host();
    let about = req("GET", "about", &[], "");
    assert_eq!(
        h.answer(&about, &mut ids()).0.status,
        401,
        "before the fetch"
    );
    let mut h = signed_in();
    let wrong = AuRequest {
        authorization: Some("Basic eDp5".into()),
        ..about.clone()
    };
    assert_eq!(h.answer(&wrong, &mut ids()).0.status, 401);
    assert_eq!(h.answer(&about, &mut ids()).0.status, 200);
}

#[test]
fn s10_launch_data_is_read_only_and_carries_the_unit_settings() {
    let mut h = signed_in();
    let q = [
        ("stateId", LAUNCH_DATA),
        ("activityId", UNIT),
        ("agent", AGENT),
        ("registration", REG),
    ];
    let (a, ..) = h.answer(&req("GET", "activities/state", &q, ""), &mut ids());
    assert_eq!(a.status, 200);
    let doc: serde_json::Value = serde_json::from_str(&a.body).unwrap();
    let parsed = crate::domain::cmi5::parse_launch_data(&a.body).unwrap();
    assert_eq!(parsed.mastery_score, Some(0.8));
    assert_eq!(parsed.launch_parameters.as_deref(), Some("level=2"));
    assert_eq!(doc["contextTemplate"]["extensions"][EXT_SESSION_ID], "s-1");
    assert_eq!(
        h.answer(&req("PUT", "activities/state", &q, "{}"), &mut ids())
            .0
            .status,
        403
    );
    assert_eq!(
        h.answer(&req("DELETE", "activities/state", &q, ""), &mut ids())
            .0
            .status,
        403
    );
    // Another learner's or another activity's: refused.
    let bob = [
        ("stateId", LAUNCH_DATA),
        ("activityId", UNIT),
        ("agent", r#"{"mbox":"mailto:bob@example.org"}"#),
    ];
    assert_eq!(
        h.answer(&req("GET", "activities/state", &bob, ""), &mut ids())
            .0
            .status,
        403
    );
    let other = [
        ("stateId", LAUNCH_DATA),
        ("activityId", "https://evil.example/x"),
        ("agent", AGENT),
    ];
    assert_eq!(
        h.answer(&req("GET", "activities/state", &other, ""), &mut ids())
            .0
            .status,
        403
    );
}

#[test]
fn the_aus_own_state_documents_are_kept_bounded() {
    let mut h = signed_in();
    let q = |id: &'static str| [("stateId", id), ("activityId", UNIT), ("agent", AGENT)];
    assert_eq!(
        h.answer(
            &req("GET", "activities/state", &q("suspend"), ""),
            &mut ids()
        )
        .0
        .status,
        404
    );
    assert_eq!(
        h.answer(
            &req("PUT", "activities/state", &q("suspend"), r#"{"page":3}"#),
            &mut ids()
        )
        .0
        .status,
        204
    );
    assert_eq!(
        h.answer(
            &req("GET", "activities/state", &q("suspend"), ""),
            &mut ids()
        )
        .0
        .body,
        r#"{"page":3}"#
    );
    let names: Vec<String> = (0..MAX_STATES).map(|i| format!("s{i}")).collect();
    let mut full = 0;
    for n in &names {
        let qq = [
            ("stateId", n.as_str()),
            ("activityId", UNIT),
            ("agent", AGENT),
        ];
        if h.answer(&req("PUT", "activities/state", &qq, "{}"), &mut ids())
            .0
            .status
            == 413
        {
            full += 1;
        }
    }
    assert_eq!(full, 1, "16 documents at most (one was kept already)");
    let big = "x".repeat(MAX_BODY_BYTES + 1);
    assert_eq!(
        h.answer(
            &req("PUT", "activities/state", &q("suspend"), &big),
            &mut ids()
        )
        .0
        .status,
        413
    );
}

#[test]
fn s11_the_learners_languages_are_their_preferences() {
    let mut h = signed_in();
    let q = [("agent", AGENT), ("profileId", LEARNER_PREFERENCES)];
    let (a, ..) = h.answer(&req("GET", "agents/profile", &q, ""), &mut ids());
    assert_eq!(
        crate::domain::cmi5::preferred_languages(&a.body),
        vec!["fr", "en"]
    );
    assert_eq!(
        h.answer(&req("PUT", "agents/profile", &q, "{}"), &mut ids())
            .0
            .status,
        403
    );
}

#[test]
fn s9_statements_are_accepted_with_ids_and_their_verdicts() {
    let mut h = signed_in();
    let batch = json!([
        statement("initialized", UNIT, true),
        statement(
            "experienced",
            "https://courses.example.org/c/units/au/page-2",
            false
        ),
        statement("completed", UNIT, true),
        statement("passed", UNIT, true),
        statement(
            "passed",
            "https://courses.example.org/c/units/au/question-1",
            false
        ),
    ]);
    let (a, accepted, verdicts) = h.answer(
        &req("POST", "statements", &[], &batch.to_string()),
        &mut ids(),
    );
    assert_eq!(a.status, 200, "{}", a.body);
    assert_eq!(accepted.len(), 5);
    assert!(accepted
        .iter()
        .all(|s| crate::domain::launch::is_uuid(s["id"].as_str().unwrap())));
    assert_eq!(
        verdicts,
        vec![Verdict::Completed, Verdict::Passed(Some(0.9))]
    );
    let id = "6c5b2f7e-1a2b-4c3d-8e9f-0a1b2c3d4e5f";
    let put = req(
        "PUT",
        "statements",
        &[("statementId", id)],
        &statement("failed", UNIT, true).to_string(),
    );
    let (a, accepted, verdicts) = h.answer(&put, &mut ids());
    assert_eq!(a.status, 204);
    assert_eq!(accepted[0]["id"], id);
    assert_eq!(verdicts, vec![Verdict::Failed(Some(0.9))]);
}

#[test]
fn s6_3_an_au_cannot_act_as_another_learner_elsewhere_or_void() {
    let mut h = signed_in();
    let mut bob = statement("completed", UNIT, true);
    bob["actor"] = json!({"mbox": "mailto:bob@example.org"});
    let mut other_registration = statement("completed", UNIT, true);
    other_registration["context"]["registration"] = json!("0b6c2d9e-1f3a-4c5b-8d7e-9f0a1b2c3d4e");
    let mut voiding = statement("voided", UNIT, false);
    voiding["object"] =
        json!({"objectType": "StatementRef", "id": "6c5b2f7e-1a2b-4c3d-8e9f-0a1b2c3d4e5f"});
    for bad in [bob, other_registration, voiding] {
        let body = json!([statement("experienced", UNIT, false), bad]).to_string();
        let (a, accepted, _) = h.answer(&req("POST", "statements", &[], &body), &mut ids());
        assert_eq!(a.status, 403, "{}", a.body);
        assert!(accepted.is_empty(), "nothing of a refused batch is kept");
    }
    for (body, status) in [
        ("not json".to_string(), 400),
        (format!("{}{}", "[".repeat(100), "]".repeat(100)), 400),
        (json!([]).to_string(), 400),
        (
            json!((0..51)
                .map(|_| statement("experienced", UNIT, false))
                .collect::<Vec<_>>())
            .to_string(),
            400,
        ),
        ("x".repeat(MAX_BODY_BYTES + 1), 413),
    ] {
        assert_eq!(
            h.answer(&req("POST", "statements", &[], &body), &mut ids())
                .0
                .status,
            status
        );
    }
    let mut bad_id = statement("completed", UNIT, true);
    bad_id["id"] = json!("1; DROP TABLE");
    assert_eq!(
        h.answer(
            &req("POST", "statements", &[], &bad_id.to_string()),
            &mut ids()
        )
        .0
        .status,
        400
    );
}

#[test]
fn s9_3_1_the_player_records_launched_as_the_lms() {
    let h = host();
    let s = h.launched(
        "6c5b2f7e-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
        1_700_000_000_000.0,
        "https://p.example/au.html",
    );
    assert_eq!(s["verb"]["id"], "http://adlnet.gov/expapi/verbs/launched");
    assert_eq!(s["object"]["id"], UNIT);
    assert_eq!(s["context"]["registration"], REG);
    assert_eq!(
        s["context"]["contextActivities"]["category"][0]["id"],
        CATEGORY_CMI5
    );
    let ext = &s["context"]["extensions"];
    assert_eq!(ext[EXT_SESSION_ID], "s-1");
    assert_eq!(
        ext["https://w3id.org/xapi/cmi5/context/extensions/launchmode"],
        "Normal"
    );
    assert_eq!(
        ext["https://w3id.org/xapi/cmi5/context/extensions/launchurl"],
        "https://p.example/au.html"
    );
    assert_eq!(
        ext["https://w3id.org/xapi/cmi5/context/extensions/moveon"],
        "CompletedOrPassed"
    );
    assert_eq!(
        ext["https://w3id.org/xapi/cmi5/context/extensions/masteryscore"],
        0.8
    );
    assert!(s.get("result").is_none());
}
