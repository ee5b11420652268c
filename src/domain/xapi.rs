//! Progress as xAPI statements (IEEE 9274.1.1, version 1.0.3 shape): completed units → `completed`, quizzes →
//! `passed` / `failed` with their score. Used for the learner's export; the LRS client (issue 5) builds on it.

use serde_json::{json, Value};

use super::package::{Course, Unit, UnitBody};
use super::progress::{CourseProgress, UnitProgress, UnitState};

const VERBS: &str = "http://adlnet.gov/expapi/verbs/";

/// Milliseconds since the epoch as an ISO 8601 UTC timestamp with milliseconds: `2026-11-27T12:00:00.000Z`.
pub fn iso8601(ms: f64) -> String {
    let ms = ms.max(0.0) as i64;
    let (days, rem) = (ms.div_euclid(86_400_000), ms.rem_euclid(86_400_000));
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
        rem / 3_600_000,
        rem / 60_000 % 60,
        rem / 1000 % 60,
        rem % 1000
    )
}

/// A duration as ISO 8601: `PT1H2M3S`, `PT45S`, `PT0S`.
pub fn iso_duration(ms: f64) -> String {
    let s = (ms.max(0.0) / 1000.0).round() as u64;
    let (h, m, sec) = (s / 3600, s / 60 % 60, s % 60);
    let mut out = String::from("PT");
    if h > 0 {
        out += &format!("{h}H");
    }
    if m > 0 {
        out += &format!("{m}M");
    }
    if sec > 0 || out == "PT" {
        out += &format!("{sec}S");
    }
    out
}

fn names(text: &super::lang::Localized) -> Value {
    Value::Object(
        text.iter()
            .map(|(k, v)| (k.clone(), Value::String(v.clone())))
            .collect(),
    )
}

fn activity_type(unit: &Unit) -> &'static str {
    match unit.body {
        UnitBody::Quiz(_) => "http://adlnet.gov/expapi/activities/assessment",
        UnitBody::Video(_) | UnitBody::Audio(_) => "http://adlnet.gov/expapi/activities/media",
        _ => "http://adlnet.gov/expapi/activities/lesson",
    }
}

/// The statement for one unit's result, or `None` if the unit is not completed, passed or failed.
/// `actor` is the learner (an Agent object); the id is a name-based UUID of course, unit and verb, so exporting
/// twice gives the same statements.
pub fn statement(actor: &Value, course: &Course, unit: &Unit, p: &UnitProgress) -> Option<Value> {
    let verb = match p.state {
        UnitState::Completed => "completed",
        UnitState::Passed => "passed",
        UnitState::Failed => "failed",
        _ => return None,
    };
    let id = uuid::Uuid::new_v5(
        &uuid::Uuid::NAMESPACE_URL,
        format!("{}|{}|{verb}", course.iri, unit.iri).as_bytes(),
    );
    let mut result = json!({ "completion": true, "duration": iso_duration(p.time_spent_ms) });
    if matches!(p.state, UnitState::Passed | UnitState::Failed) {
        result["success"] = json!(p.state == UnitState::Passed);
        if let Some(score) = p.best_score {
            result["score"] =
                json!({ "scaled": score, "raw": (score * 100.0).round(), "min": 0, "max": 100 });
        }
    }
    Some(json!({
        "id": id.to_string(),
        "actor": actor,
        "verb": { "id": format!("{VERBS}{verb}"), "display": { "en-US": verb } },
        "object": {
            "objectType": "Activity",
            "id": unit.iri,
            "definition": { "name": names(&unit.title), "type": activity_type(unit) }
        },
        "result": result,
        "context": {
            "contextActivities": { "parent": [{ "objectType": "Activity", "id": course.iri, "definition": { "name": names(&course.title) } }] },
            "platform": "Alliance Player"
        },
        "timestamp": iso8601(p.updated_at),
        "version": "1.0.3"
    }))
}

/// Every statement of a course's progress, in outline order.
pub fn course_statements(actor: &Value, course: &Course, progress: &CourseProgress) -> Vec<Value> {
    course
        .units()
        .filter_map(|u| statement(actor, course, u, &progress.unit(&u.id)))
        .collect()
}

/// One CSV row per unit with progress: course, unit, state, best score, attempts, time spent (s), last activity.
/// Fields are quoted, so commas and quotes in titles are safe.
pub fn csv(rows: &[(&Course, &CourseProgress)], lang: &[String]) -> String {
    let q = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let mut out = String::from(
        "course_id,course,unit_id,unit,state,best_score,attempts,time_spent_s,last_activity\r\n",
    );
    for (course, progress) in rows {
        let course_title =
            super::lang::pick(&course.title, lang, &course.default_language).map_or("", |t| t.1);
        for unit in course.units() {
            let p = progress.unit(&unit.id);
            if p.state == UnitState::NotStarted {
                continue;
            }
            let title =
                super::lang::pick(&unit.title, lang, &course.default_language).map_or("", |t| t.1);
            out += &[
                q(&course.id),
                q(course_title),
                q(&unit.id),
                q(title),
                q(p.state.as_str()),
                p.best_score.map(|s| format!("{s}")).unwrap_or_default(),
                p.attempts.to_string(),
                format!("{}", (p.time_spent_ms / 1000.0).round()),
                q(&iso8601(p.updated_at)),
            ]
            .join(",");
            out += "\r\n";
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::package::parse_course;
    use crate::domain::quiz::Outcome;

    #[test]
    fn timestamps_and_durations() {
        assert_eq!(iso8601(0.0), "1970-01-01T00:00:00.000Z");
        assert_eq!(iso8601(1_700_000_000_123.0), "2023-11-14T22:13:20.123Z");
        assert_eq!(iso8601(951_782_400_000.0), "2000-02-29T00:00:00.000Z");
        assert_eq!(iso_duration(0.0), "PT0S");
        assert_eq!(iso_duration(65_000.0), "PT1M5S");
        assert_eq!(iso_duration(3_600_000.0), "PT1H");
    }

    fn course() -> Course {
        let json = r#"{"format":"alliance-course-package","version":"1.0","id":"c","iri":"https://x.org/c",
          "title":{"en":"Course, \"quoted\""},"languages":["en"],"defaultLanguage":"en","modules":[{"id":"m","title":{"en":"M"},"units":[
            {"id":"r","iri":"https://x.org/c/r","kind":"reading","title":{"en":"Read"},"body":{"en":"x"}},
            {"id":"q","iri":"https://x.org/c/q","kind":"quiz","title":{"en":"Quiz"},"passingScore":0.5,"questions":[
              {"id":"a","type":"true-false","prompt":{"en":"?"},"answer":true}]},
            {"id":"v","iri":"https://x.org/c/v","kind":"reading","title":{"en":"Not yet"},"body":{"en":"x"}}]}]}"#;
        parse_course("/c/course.json", json).unwrap()
    }

    #[test]
    fn statements_for_completions_passes_and_failures() {
        let c = course();
        let mut p = CourseProgress::default();
        p.complete("r", 1_700_000_000_000.0);
        p.spend("r", 65_000.0, 1_700_000_000_000.0);
        p.quiz_attempt(
            "q",
            &Outcome {
                correct: vec![true],
                scaled: 1.0,
                raw: 1.0,
                max: 1.0,
                passed: true,
            },
            1_700_000_100_000.0,
        );
        p.visit("v", 1_700_000_200_000.0);
        let actor = json!({"objectType": "Agent", "account": {"homePage": "https://x.org", "name": "learner"}});
        let s = course_statements(&actor, &c, &p);
        assert_eq!(s.len(), 2, "in-progress units make no statement");
        assert_eq!(
            s[0]["verb"]["id"],
            "http://adlnet.gov/expapi/verbs/completed"
        );
        assert_eq!(s[0]["object"]["id"], "https://x.org/c/r");
        assert_eq!(s[0]["result"]["duration"], "PT1M5S");
        assert_eq!(
            s[0]["context"]["contextActivities"]["parent"][0]["id"],
            "https://x.org/c"
        );
        assert_eq!(s[1]["verb"]["id"], "http://adlnet.gov/expapi/verbs/passed");
        assert_eq!(s[1]["result"]["success"], true);
        assert_eq!(s[1]["result"]["score"]["scaled"], 1.0);
        assert_eq!(s[1]["timestamp"], "2023-11-14T22:15:00.000Z");
        // The same completion always has the same id; different ones differ.
        assert_eq!(course_statements(&actor, &c, &p)[0]["id"], s[0]["id"]);
        assert_ne!(s[0]["id"], s[1]["id"]);
        assert_eq!(s[0]["id"].as_str().unwrap().len(), 36);
    }

    #[test]
    fn csv_quotes_titles_and_skips_untouched_units() {
        let c = course();
        let mut p = CourseProgress::default();
        p.complete("r", 0.0);
        let out = csv(&[(&c, &p)], &["en".to_string()]);
        let lines: Vec<&str> = out.split("\r\n").collect();
        assert_eq!(
            lines[0],
            "course_id,course,unit_id,unit,state,best_score,attempts,time_spent_s,last_activity"
        );
        assert_eq!(lines[1], "\"c\",\"Course, \"\"quoted\"\"\",\"r\",\"Read\",\"completed\",,0,0,\"1970-01-01T00:00:00.000Z\"");
        assert_eq!(lines.len(), 3, "one row and the final line break");
    }
}
