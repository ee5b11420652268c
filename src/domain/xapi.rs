//! Progress as xAPI statements (IEEE 9274.1.1; the shape both 1.0.3 and 2.0.0 accept): completed units →
//! `completed`, quiz attempts → `passed` / `failed` with their score. Two uses: the learner's export (one statement
//! per finished unit, name-based ids) and the LRS client (one statement per learning event, a random id fixed when
//! it happened). Also the pure rules of the LRS client: version negotiation, what an answer means, retry delays
//! and when a stored statement equals ours. Every statement is documented in `docs/xapi.md`.

use serde_json::{json, Value};

use super::notes::CourseNotes;
use super::package::{Course, Unit, UnitBody};
use super::progress::{CourseProgress, Happened, UnitProgress, UnitState};

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

/// A verb of the ADL vocabulary (`completed`, `passed`, `failed`) with its English display.
fn verb_json(verb: &str) -> Value {
    json!({ "id": format!("{VERBS}{verb}"), "display": { "en-US": verb } })
}

/// A unit as a statement's object: its IRI, its title in every language of the package, its activity type.
fn unit_activity(unit: &Unit) -> Value {
    json!({
        "objectType": "Activity",
        "id": unit.iri,
        "definition": { "name": names(&unit.title), "type": activity_type(unit) }
    })
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
        "verb": verb_json(verb),
        "object": unit_activity(unit),
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

/// The learner the statements are about and the registration they belong to: from the LRS settings or a cmi5
/// launch.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Learner {
    /// An xAPI Agent: `{"objectType":"Agent","account":{...}}` or `{"objectType":"Agent","mbox":"mailto:..."}`.
    pub actor: Value,
    /// The registration (a UUID) given by the launching system, if any.
    #[serde(default)]
    pub registration: Option<String>,
}

/// A learning event, with what was fixed at the moment it happened.
pub struct Event<'a> {
    /// The statement id (a random UUID made when it happened: a retry can never duplicate it).
    pub id: &'a str,
    /// Milliseconds since the epoch.
    pub at: f64,
    pub happened: &'a Happened,
    /// Time spent in the unit so far.
    pub time_spent_ms: f64,
    /// The language the learner studied the unit in.
    pub language: &'a str,
}

/// The statement an LRS receives for `event` in `course`; `None` if the unit is not in the course, or is a cmi5
/// unit.
pub fn event_statement(learner: &Learner, course: &Course, event: &Event) -> Option<Value> {
    let unit = course.units().find(|u| u.id == event.happened.unit())?;
    // A cmi5 unit's AU reports for itself (its statements are queued as it sent them).
    if matches!(unit.body, UnitBody::Cmi5 { .. }) {
        return None;
    }
    let duration = iso_duration(event.time_spent_ms);
    let (verb, result) = match event.happened {
        Happened::Completed(_) => (
            "completed",
            json!({ "completion": true, "duration": duration }),
        ),
        Happened::Scored { scaled, .. } => (
            "completed",
            json!({ "score": { "scaled": scaled }, "completion": true, "duration": duration }),
        ),
        Happened::Attempted {
            scaled,
            raw,
            max,
            passed,
            ..
        } => (
            if *passed { "passed" } else { "failed" },
            json!({
                "score": { "scaled": scaled, "raw": raw, "min": 0, "max": max },
                "success": passed,
                "completion": true,
                "duration": duration
            }),
        ),
    };
    let mut context = json!({
        "contextActivities": { "parent": [{ "objectType": "Activity", "id": course.iri,
            "definition": { "name": names(&course.title), "type": "http://adlnet.gov/expapi/activities/course" } }] },
        "language": event.language,
        "platform": PLATFORM
    });
    if let Some(r) = &learner.registration {
        context["registration"] = json!(r);
    }
    Some(json!({
        "id": event.id,
        "actor": learner.actor,
        "verb": verb_json(verb),
        "object": unit_activity(unit),
        "result": result,
        "context": context,
        "timestamp": iso8601(event.at)
    }))
}

/// `context.platform` of every statement.
pub const PLATFORM: &str = "Alliance Player";

/// The xAPI versions this player speaks, newest first.
pub const VERSIONS: [&str; 2] = ["2.0.0", "1.0.3"];

/// The newest version both this player and the LRS speak, from the LRS's `GET /about` answer. Any 1.0.x LRS takes
/// 1.0.3 (patch versions are compatible by the standard).
pub fn negotiate_version(about: &Value) -> Result<&'static str, String> {
    let theirs: Vec<&str> = about
        .get("version")
        .and_then(Value::as_array)
        .map(|v| v.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if theirs.contains(&"2.0.0") {
        Ok(VERSIONS[0])
    } else if theirs.iter().any(|v| v.starts_with("1.0.")) {
        Ok(VERSIONS[1])
    } else {
        Err(format!(
            "the LRS speaks xAPI {}, this player {}",
            if theirs.is_empty() {
                "(no version given)".to_string()
            } else {
                theirs.join(", ")
            },
            VERSIONS.join(" and ")
        ))
    }
}

/// A statement in the outbox (or set aside), as stored.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Queued {
    pub v: u32,
    /// The statement id.
    pub id: String,
    /// When it happened (milliseconds since the epoch): the outbox is sent oldest first.
    pub queued_at: f64,
    pub statement: serde_json::Value,
    /// The LRS it was made for (its base address): it is delivered there only. Empty for a statement queued before
    /// the player kept this; such a statement goes to its learner's connection, as its actor.
    #[serde(default)]
    pub endpoint: String,
    /// Why the LRS refused it (set-aside statements only).
    #[serde(default)]
    pub message: Option<String>,
}

/// What an LRS's answer to a delivery means.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// Stored (200, 204).
    Delivered,
    /// 409: a statement with this id is stored; it is ours if its content equals ours ([`same_statement`]).
    Conflict,
    /// 400 (and other refusals of the content): set aside with the LRS's message; the others go on.
    Rejected,
    /// 401, 403: the credentials are refused; stop until the learner gives new ones.
    Unauthorized,
    /// 404: there is no LRS at this address; stop until the settings change.
    NotFound,
    /// 429, 503, 5xx, no answer: try again later (after Retry-After, if the LRS said when).
    Retry,
}

pub fn classify(status: u16) -> Answer {
    match status {
        200..=299 => Answer::Delivered,
        409 => Answer::Conflict,
        401 | 403 => Answer::Unauthorized,
        404 | 405 => Answer::NotFound,
        408 | 429 => Answer::Retry,
        400..=499 => Answer::Rejected,
        _ => Answer::Retry,
    }
}

/// Milliseconds to wait before retry number `attempt` (0-based): exponential from 1 s to 5 min, with "equal
/// jitter" (`jitter` in 0..1), so many learners coming back online at once do not all retry together.
pub fn retry_delay_ms(attempt: u32, jitter: f64) -> f64 {
    let cap = (1000.0 * 2f64.powi(attempt.min(20) as i32)).min(300_000.0);
    cap / 2.0 + cap / 2.0 * jitter.clamp(0.0, 1.0)
}

/// The shortest wait a `Retry-After` can ask for: `0` or a past date would make the player hammer the LRS.
pub const RETRY_AFTER_MIN_MS: f64 = 1000.0;
/// The longest: an LRS asking for a day (or a year) would hold the learner's records back that long.
pub const RETRY_AFTER_MAX_MS: f64 = 3_600_000.0;

/// A `Retry-After` header as milliseconds from `now_ms` (delay-seconds or an HTTP date, IMF-fixdate), clamped to
/// [`RETRY_AFTER_MIN_MS`]…[`RETRY_AFTER_MAX_MS`]. `None` for anything else (negative numbers, fractions, words,
/// impossible dates): then the backoff decides.
pub fn retry_after_ms(header: &str, now_ms: f64) -> Option<f64> {
    let clamp = |ms: f64| ms.clamp(RETRY_AFTER_MIN_MS, RETRY_AFTER_MAX_MS);
    let h = header.trim();
    if !h.is_empty() && h.len() <= 40 && h.bytes().all(|b| b.is_ascii_digit()) {
        // Digits beyond u64 are still "a very long time".
        return Some(clamp(
            h.parse::<u64>().map_or(f64::MAX, |s| s as f64 * 1000.0),
        ));
    }
    // "Wed, 21 Oct 2015 07:28:00 GMT"
    let parts: Vec<&str> = h.split_whitespace().collect();
    if parts.len() != 6 || parts[5] != "GMT" {
        return None;
    }
    let day: i64 = parts[1].parse().ok()?;
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    .iter()
    .position(|m| *m == parts[2])? as i64
        + 1;
    let year: i64 = parts[3].parse().ok()?;
    let hms: Vec<i64> = parts[4].split(':').filter_map(|x| x.parse().ok()).collect();
    if hms.len() != 3 {
        return None;
    }
    if !(1..=31).contains(&day) || !(0..=23).contains(&hms[0]) || !(0..=59).contains(&hms[1]) {
        return None;
    }
    if !(0..=60).contains(&hms[2]) || !(1..=9999).contains(&year) {
        return None;
    }
    let at = utc_ms(year, month, day, hms[0], hms[1], hms[2])? as f64;
    Some(clamp(at - now_ms))
}

/// Milliseconds since the epoch of a UTC date and time (Howard Hinnant's days_from_civil).
fn utc_ms(year: i64, month: i64, day: i64, h: i64, m: i64, sec: i64) -> Option<i64> {
    if !(1..=12).contains(&month) {
        return None;
    }
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some((days * 86_400 + h * 3600 + m * 60 + sec) * 1000)
}

/// Whether the statement an LRS has stored under our id is ours: same actor, verb, object, result, registration
/// and moment. Properties the LRS sets or may rewrite (`stored`, `authority`, `version`, display texts, the
/// timestamp's notation) are not compared.
pub fn same_statement(ours: &Value, stored: &Value) -> bool {
    let key = |s: &Value| {
        (
            s["id"].as_str().map(str::to_ascii_lowercase),
            s["actor"]["mbox"].clone(),
            s["actor"]["account"].clone(),
            s["verb"]["id"].clone(),
            s["object"]["id"].clone(),
            s["result"]["success"].clone(),
            s["result"]["completion"].clone(),
            s["result"]["score"]["scaled"].as_f64(),
            s["context"]["registration"]
                .as_str()
                .map(str::to_ascii_lowercase),
        )
    };
    let instant = |s: &Value| s["timestamp"].as_str().and_then(parse_timestamp);
    key(ours) == key(stored) && instant(ours) == instant(stored)
}

/// An ISO 8601 timestamp with a zone (`Z` or `±hh:mm`) as milliseconds since the epoch.
fn parse_timestamp(t: &str) -> Option<i64> {
    let (date, time) = t.split_once('T')?;
    let d: Vec<i64> = date.split('-').filter_map(|x| x.parse().ok()).collect();
    if d.len() != 3 {
        return None;
    }
    let (clock, offset_min) = if let Some(c) = time.strip_suffix('Z') {
        (c, 0)
    } else {
        let at = time.rfind(['+', '-'])?;
        let (c, off) = time.split_at(at);
        let sign = if off.starts_with('-') { -1 } else { 1 };
        let hm: Vec<i64> = off[1..].split(':').filter_map(|x| x.parse().ok()).collect();
        (
            c,
            sign * (hm.first()? * 60 + hm.get(1).copied().unwrap_or(0)),
        )
    };
    let (hms, frac) = clock.split_once('.').unwrap_or((clock, "0"));
    let hms: Vec<i64> = hms.split(':').filter_map(|x| x.parse().ok()).collect();
    if hms.len() != 3 {
        return None;
    }
    let ms: i64 = format!("{:0<3}", &frac[..frac.len().min(3)]).parse().ok()?;
    let utc = utc_ms(d[0], d[1], d[2], hms[0], hms[1], hms[2])?;
    Some(utc + ms - offset_min * 60_000)
}

/// A CSV text field: quoted (commas, quotes and line breaks in titles are safe), and neutralised when a
/// spreadsheet would read it as a formula — a leading `=`, `+`, `-`, `@`, tab or carriage return gets a `'` first
/// (course text is written by others; opening the export must never run it).
pub fn csv_field(s: &str) -> String {
    let guard = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        "'"
    } else {
        ""
    };
    format!("\"{guard}{}\"", s.replace('"', "\"\""))
}

/// One CSV row per unit with progress or notes: course, unit, state, best score, attempts, time spent (s), last
/// activity, and the learner's notes and bookmarks on it (`★` a bookmark, `[1:05]` a moment, ` | ` between them).
/// Text fields go through [`csv_field`] (quoted, formulas neutralised).
pub fn csv(rows: &[(&Course, &CourseProgress, &CourseNotes)], lang: &[String]) -> String {
    let q = csv_field;
    let mut out = String::from(
        "course_id,course,unit_id,unit,state,best_score,attempts,time_spent_s,last_activity,notes\r\n",
    );
    for (course, progress, notes) in rows {
        let order: Vec<&str> = course.units().map(|u| u.id.as_str()).collect();
        let shown = notes.shown(&order);
        let course_title =
            super::lang::pick(&course.title, lang, &course.default_language).map_or("", |t| t.1);
        for unit in course.units() {
            let p = progress.unit(&unit.id);
            let noted: Vec<String> = shown
                .iter()
                .filter(|(place, _)| place.unit == unit.id)
                .map(|(place, n)| {
                    let mark = match (place.seconds(), n.bookmarked) {
                        (Some(s), _) => format!("[{}]", super::notes::moment_label(s)),
                        (None, true) => "★".into(),
                        (None, false) => String::new(),
                    };
                    [mark, n.text.clone()]
                        .into_iter()
                        .filter(|x| !x.is_empty())
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            if p.state == UnitState::NotStarted && noted.is_empty() {
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
                q(&noted.join(" | ")),
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
    use crate::domain::notes::Place;
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

    fn learner() -> Learner {
        Learner {
            actor: json!({"objectType": "Agent", "name": "Ada", "mbox": "mailto:ada@example.org"}),
            registration: Some("ec231e8c-6d6a-4c3a-9d9c-6f1a2b3c4d5e".into()),
        }
    }

    #[test]
    fn event_statements_carry_everything_an_lrs_needs() {
        let c = course();
        let done = Happened::Completed("r".into());
        let s = event_statement(
            &learner(),
            &c,
            &Event {
                id: "6b3c5e2a-1f0d-4d3e-8a9b-0c1d2e3f4a5b",
                at: 1_700_000_000_123.0,
                happened: &done,
                time_spent_ms: 65_000.0,
                language: "fr",
            },
        )
        .unwrap();
        assert_eq!(s["id"], "6b3c5e2a-1f0d-4d3e-8a9b-0c1d2e3f4a5b");
        assert_eq!(s["actor"]["mbox"], "mailto:ada@example.org");
        assert_eq!(s["verb"]["id"], "http://adlnet.gov/expapi/verbs/completed");
        assert_eq!(s["object"]["id"], "https://x.org/c/r");
        assert_eq!(s["object"]["definition"]["name"]["en"], "Read");
        assert_eq!(
            s["result"],
            json!({"completion": true, "duration": "PT1M5S"})
        );
        assert_eq!(
            s["context"]["registration"],
            "ec231e8c-6d6a-4c3a-9d9c-6f1a2b3c4d5e"
        );
        assert_eq!(s["context"]["language"], "fr");
        assert_eq!(s["context"]["platform"], "Alliance Player");
        assert_eq!(
            s["context"]["contextActivities"]["parent"][0]["id"],
            "https://x.org/c"
        );
        assert_eq!(s["timestamp"], "2023-11-14T22:13:20.123Z");
        assert!(s.get("version").is_none(), "the LRS sets the version");

        let failed = Happened::Attempted {
            unit: "q".into(),
            scaled: 0.25,
            raw: 1.0,
            max: 4.0,
            passed: false,
        };
        let s = event_statement(
            &Learner {
                registration: None,
                ..learner()
            },
            &c,
            &Event {
                id: "x",
                at: 0.0,
                happened: &failed,
                time_spent_ms: 0.0,
                language: "en",
            },
        )
        .unwrap();
        assert_eq!(s["verb"]["id"], "http://adlnet.gov/expapi/verbs/failed");
        assert_eq!(
            s["result"],
            json!({"score": {"scaled": 0.25, "raw": 1.0, "min": 0, "max": 4.0}, "success": false, "completion": true, "duration": "PT0S"})
        );
        assert!(s["context"].get("registration").is_none());
        let gone = Happened::Completed("no-such-unit".into());
        assert!(event_statement(
            &learner(),
            &c,
            &Event {
                id: "x",
                at: 0.0,
                happened: &gone,
                time_spent_ms: 0.0,
                language: "en"
            }
        )
        .is_none());
    }

    #[test]
    fn the_newest_common_version_is_used() {
        assert_eq!(
            negotiate_version(&json!({"version": ["1.0.3", "2.0.0"]})),
            Ok("2.0.0")
        );
        assert_eq!(
            negotiate_version(&json!({"version": ["1.0.3"]})),
            Ok("1.0.3")
        );
        assert_eq!(
            negotiate_version(&json!({"version": ["1.0.0", "1.0.1"]})),
            Ok("1.0.3")
        );
        let err = negotiate_version(&json!({"version": ["0.95"]})).unwrap_err();
        assert!(
            err.contains("0.95") && err.contains("2.0.0 and 1.0.3"),
            "{err}"
        );
        assert!(negotiate_version(&json!({}))
            .unwrap_err()
            .contains("no version"));
    }

    #[test]
    fn answers_and_retry_delays() {
        assert_eq!(classify(200), Answer::Delivered);
        assert_eq!(classify(204), Answer::Delivered);
        assert_eq!(classify(409), Answer::Conflict);
        assert_eq!(classify(400), Answer::Rejected);
        assert_eq!(classify(401), Answer::Unauthorized);
        assert_eq!(classify(403), Answer::Unauthorized);
        assert_eq!(classify(404), Answer::NotFound);
        assert_eq!(classify(429), Answer::Retry);
        assert_eq!(classify(503), Answer::Retry);
        assert_eq!(classify(500), Answer::Retry);
        assert_eq!(retry_delay_ms(0, 0.0), 500.0);
        assert_eq!(retry_delay_ms(0, 1.0), 1000.0);
        assert_eq!(retry_delay_ms(3, 0.5), 6000.0);
        assert_eq!(retry_delay_ms(40, 1.0), 300_000.0, "capped at 5 minutes");
        assert_eq!(retry_after_ms("120", 0.0), Some(120_000.0));
        let now = 1_445_412_450_000.0; // 2015-10-21T07:27:30Z
        assert_eq!(
            retry_after_ms("Wed, 21 Oct 2015 07:28:00 GMT", now),
            Some(30_000.0)
        );
        // A date in the past, 0 and absurd values are clamped to 1 s … 1 hour; negatives and nonsense: backoff.
        assert_eq!(
            retry_after_ms("Wed, 21 Oct 2015 07:00:00 GMT", now),
            Some(RETRY_AFTER_MIN_MS)
        );
        assert_eq!(retry_after_ms("0", now), Some(RETRY_AFTER_MIN_MS));
        assert_eq!(retry_after_ms("86400", now), Some(RETRY_AFTER_MAX_MS));
        assert_eq!(
            retry_after_ms("99999999999999999999999999", now),
            Some(RETRY_AFTER_MAX_MS)
        );
        assert_eq!(
            retry_after_ms("Fri, 31 Dec 9999 23:59:59 GMT", now),
            Some(RETRY_AFTER_MAX_MS)
        );
        for nonsense in [
            "soon",
            "-5",
            "1.5",
            "",
            "+3",
            "Wed, 99 Oct 2015 07:00:00 GMT",
        ] {
            assert_eq!(retry_after_ms(nonsense, now), None, "{nonsense:?}");
        }
    }

    #[test]
    fn a_stored_statement_is_ours_when_its_content_is() {
        let ours = json!({"id": "6B3C5E2A-1f0d-4d3e-8a9b-0c1d2e3f4a5b", "actor": {"mbox": "mailto:a@b.org"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/passed"}, "object": {"id": "https://x.org/q"},
            "result": {"success": true, "completion": true, "score": {"scaled": 0.8}},
            "context": {"registration": "ec231e8c-6d6a-4c3a-9d9c-6f1a2b3c4d5e"}, "timestamp": "2023-11-14T22:13:20.123Z"});
        let mut stored = ours.clone();
        stored["id"] = json!("6b3c5e2a-1f0d-4d3e-8a9b-0c1d2e3f4a5b");
        stored["stored"] = json!("2026-01-01T00:00:00Z");
        stored["authority"] = json!({"mbox": "mailto:lrs@x.org"});
        stored["version"] = json!("1.0.3");
        stored["timestamp"] = json!("2023-11-14T23:13:20.123+01:00");
        stored["verb"]["display"] = json!({"en-US": "passed"});
        assert!(same_statement(&ours, &stored));
        let mut other = stored.clone();
        other["result"]["score"]["scaled"] = json!(0.4);
        assert!(!same_statement(&ours, &other));
        let mut later = stored.clone();
        later["timestamp"] = json!("2023-11-14T22:13:21.123Z");
        assert!(!same_statement(&ours, &later));
    }

    #[test]
    fn csv_quotes_titles_and_skips_untouched_units() {
        let c = course();
        let mut p = CourseProgress::default();
        p.complete("r", 0.0);
        let out = csv(&[(&c, &p, &CourseNotes::default())], &["en".to_string()]);
        let lines: Vec<&str> = out.split("\r\n").collect();
        assert_eq!(
            lines[0],
            "course_id,course,unit_id,unit,state,best_score,attempts,time_spent_s,last_activity,notes"
        );
        assert_eq!(lines[1], "\"c\",\"Course, \"\"quoted\"\"\",\"r\",\"Read\",\"completed\",,0,0,\"1970-01-01T00:00:00.000Z\",\"\"");
        assert_eq!(lines.len(), 3, "one row and the final line break");
    }

    #[test]
    fn csv_carries_the_learners_notes_bookmarks_and_moments_of_each_unit() {
        let c = course();
        let p = CourseProgress::default();
        let mut notes = CourseNotes::default();
        let first = c.units().next().unwrap().id.clone();
        notes
            .put(Place::unit(&first), "read again", true, 1.0)
            .unwrap();
        notes
            .put(Place::at(&first, 65.2), "the \"median\"", true, 2.0)
            .unwrap();
        let out = csv(&[(&c, &p, &notes)], &["en".to_string()]);
        let lines: Vec<&str> = out.split("\r\n").collect();
        assert_eq!(
            lines.len(),
            3,
            "a unit with notes has its row though not started: {out}"
        );
        assert!(
            lines[1].ends_with(",\"★ read again | [1:05] the \"\"median\"\"\""),
            "{}",
            lines[1]
        );
    }

    #[test]
    fn csv_fields_that_a_spreadsheet_would_run_as_formulas_are_neutralised() {
        for (text, field) in [
            (
                "=HYPERLINK(\"http://x.org\")",
                "\"'=HYPERLINK(\"\"http://x.org\"\")\"",
            ),
            ("+1+cmd|' /C calc'!A0", "\"'+1+cmd|' /C calc'!A0\""),
            ("-2+3", "\"'-2+3\""),
            ("@SUM(A1)", "\"'@SUM(A1)\""),
            ("\t=1", "\"'\t=1\""),
            ("\r=1", "\"'\r=1\""),
            ("Read = write", "\"Read = write\""),
            ("", "\"\""),
        ] {
            assert_eq!(csv_field(text), field, "{text:?}");
        }
        // In an export: a unit and a course titled as formulas.
        let json = r#"{"format":"alliance-course-package","version":"1.0","id":"c","iri":"https://x.org/c",
          "title":{"en":"=1+1"},"languages":["en"],"defaultLanguage":"en","modules":[{"id":"m","title":{"en":"M"},"units":[
            {"id":"r","iri":"https://x.org/c/r","kind":"reading","title":{"en":"@cmd"},"body":{"en":"x"}}]}]}"#;
        let c = parse_course("/c/course.json", json).unwrap();
        let mut p = CourseProgress::default();
        p.complete("r", 0.0);
        let mut notes = CourseNotes::default();
        notes
            .put(Place::unit("r"), "=cmd|' /C calc'!A0", true, 1.0)
            .unwrap();
        let out = csv(&[(&c, &p, &notes)], &["en".to_string()]);
        let row = out.split("\r\n").nth(1).unwrap();
        assert!(
            row.ends_with(",\"★ =cmd|' /C calc'!A0\""),
            "a note starting a formula is after the mark: {row}"
        );
        assert!(row.starts_with("\"c\",\"'=1+1\",\"r\",\"'@cmd\","), "{row}");
    }
}
