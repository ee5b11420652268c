//! The on-disk shapes of progress (separate from the domain types, converted explicitly). Every record carries its
//! schema version `v`; `decode_*` reads every version ever written and refuses newer ones, so an old database opened
//! by a newer player keeps all its records.

use serde::{Deserialize, Serialize};

use crate::domain::limits::{self, Input};
use crate::domain::package::Course;
use crate::domain::progress::{
    accept_remote, CourseProgress, Dropped, UnitProgress, UnitState, Watched,
};

/// The schema version this player writes.
pub const VERSION: u32 = 2;

/// One unit's progress, as stored (key: `id` = course + U+001F + unit).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredUnit {
    pub v: u32,
    pub id: String,
    pub course: String,
    pub unit: String,
    pub state: String,
    pub position: f64,
    #[serde(default)]
    pub position_at: f64,
    /// Watched seconds as 32-bit words (JavaScript numbers hold them exactly).
    pub watched: Vec<u32>,
    pub attempts: u32,
    pub best_score: Option<f64>,
    pub last_score: Option<f64>,
    #[serde(default)]
    pub last_score_at: f64,
    #[serde(default)]
    pub time_spent_ms: f64,
    #[serde(default)]
    pub first_at: f64,
    pub updated_at: f64,
    /// An interactive page's progress (0–1); absent in records of earlier players.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub reached: f64,
}

fn is_zero(x: &f64) -> bool {
    *x == 0.0
}

/// A course's own progress facts, as stored (key: `course`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredCourse {
    pub v: u32,
    pub course: String,
    pub last_unit: Option<String>,
    pub last_visit_at: f64,
}

pub fn unit_key(course: &str, unit: &str) -> String {
    format!("{course}\u{1f}{unit}")
}

fn state_name(s: UnitState) -> &'static str {
    s.as_str()
}

fn state_from(name: &str) -> UnitState {
    match name {
        "in-progress" => UnitState::InProgress,
        "failed" => UnitState::Failed,
        "completed" => UnitState::Completed,
        "passed" => UnitState::Passed,
        _ => UnitState::NotStarted,
    }
}

impl StoredUnit {
    pub fn from_domain(course: &str, unit: &str, p: &UnitProgress) -> StoredUnit {
        StoredUnit {
            v: VERSION,
            id: unit_key(course, unit),
            course: course.to_string(),
            unit: unit.to_string(),
            state: state_name(p.state).to_string(),
            position: p.position,
            position_at: p.position_at,
            watched: p
                .watched
                .words()
                .iter()
                .flat_map(|w| [*w as u32, (*w >> 32) as u32])
                .collect(),
            attempts: p.attempts,
            best_score: p.best_score,
            last_score: p.last_score,
            last_score_at: p.last_score_at,
            time_spent_ms: p.time_spent_ms,
            first_at: p.first_at,
            updated_at: p.updated_at,
            reached: p.reached,
        }
    }

    pub fn to_domain(&self) -> UnitProgress {
        let words = self
            .watched
            .chunks(2)
            .map(|c| c[0] as u64 | (c.get(1).copied().unwrap_or(0) as u64) << 32)
            .collect();
        UnitProgress {
            state: state_from(&self.state),
            position: self.position,
            position_at: self.position_at,
            watched: Watched::from_words(words),
            attempts: self.attempts,
            best_score: self.best_score,
            last_score: self.last_score,
            last_score_at: self.last_score_at,
            time_spent_ms: self.time_spent_ms,
            first_at: self.first_at,
            updated_at: self.updated_at,
            reached: self.reached,
        }
    }
}

/// Why a stored record could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("record of schema version {0}, newer than this player ({VERSION}); update the player")]
    Newer(u32),
    #[error("unreadable record: {0}")]
    Invalid(String),
}

/// Version 1 (the first durable layout): the same unit fields without time spent, first activity and the
/// per-value timestamps; `watched` as a list of whole seconds.
#[derive(Deserialize)]
struct UnitV1 {
    course: String,
    unit: String,
    state: String,
    position: f64,
    watched: Vec<u32>,
    attempts: u32,
    best_score: Option<f64>,
    last_score: Option<f64>,
    updated_at: f64,
}

/// Reads a stored unit record of any schema version up to [`VERSION`], upgrading older shapes.
pub fn decode_unit(json: &str) -> Result<StoredUnit, DecodeError> {
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| DecodeError::Invalid(e.to_string()))?;
    let v = value.get("v").and_then(|v| v.as_u64()).unwrap_or(1) as u32;
    match v {
        1 => {
            let old: UnitV1 =
                serde_json::from_value(value).map_err(|e| DecodeError::Invalid(e.to_string()))?;
            let mut watched = Watched::default();
            // A second past any media's length would only cost memory (a hostile document could ask for 4 G).
            for s in old
                .watched
                .iter()
                .filter(|&&s| s < limits::MAX_WATCHED_SECONDS)
            {
                watched.record(*s as f64, *s as f64 + 0.5);
            }
            let p = UnitProgress {
                state: state_from(&old.state),
                position: old.position,
                position_at: old.updated_at,
                watched,
                attempts: old.attempts,
                best_score: old.best_score,
                last_score: old.last_score,
                last_score_at: if old.last_score.is_some() {
                    old.updated_at
                } else {
                    0.0
                },
                time_spent_ms: 0.0,
                first_at: old.updated_at,
                updated_at: old.updated_at,
                reached: 0.0,
            };
            Ok(StoredUnit::from_domain(&old.course, &old.unit, &p))
        }
        VERSION => serde_json::from_value(value).map_err(|e| DecodeError::Invalid(e.to_string())),
        newer => Err(DecodeError::Newer(newer)),
    }
}

/// Builds a course's progress from its stored records.
pub fn to_course_progress(course: Option<&StoredCourse>, units: &[StoredUnit]) -> CourseProgress {
    CourseProgress {
        units: units
            .iter()
            .map(|u| (u.unit.clone(), u.to_domain()))
            .collect(),
        last_unit: course.and_then(|c| c.last_unit.clone()),
        last_visit_at: course.map_or(0.0, |c| c.last_visit_at),
    }
}

/// A course's progress as one JSON document (the xAPI State the LRS keeps for cross-device resume): the same
/// versioned records as in IndexedDB, so one reader serves both.
pub fn to_document(course: &str, p: &CourseProgress) -> serde_json::Value {
    serde_json::json!({
        "v": VERSION,
        "course": StoredCourse {
            v: VERSION,
            course: course.to_string(),
            last_unit: p.last_unit.clone(),
            last_visit_at: p.last_visit_at,
        },
        "units": p.units.iter().map(|(u, up)| StoredUnit::from_domain(course, u, up)).collect::<Vec<_>>(),
    })
}

/// Reads a document of [`to_document`] (any record version this player reads); `None` if it is not one.
pub fn from_document(doc: &serde_json::Value) -> Option<CourseProgress> {
    let course: StoredCourse = serde_json::from_value(doc.get("course")?.clone()).ok()?;
    let units: Vec<StoredUnit> = doc
        .get("units")?
        .as_array()?
        .iter()
        .filter_map(|u| decode_unit(&u.to_string()).ok())
        .collect();
    Some(to_course_progress(Some(&course), &units))
}

/// Why a State document from the LRS was refused whole (nothing of it is merged).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RemoteError {
    #[error(
        "the LRS's progress document is {size}, more than the limit of {limit}; it was not read"
    )]
    TooLarge { size: String, limit: String },
    #[error("the LRS's progress document is not one this player wrote ({0}); it was not merged")]
    Shape(String),
    #[error("the LRS's progress document is for course \"{0}\", not this one; it was not merged")]
    OtherCourse(String),
    #[error("the LRS's progress document has record schema version {0}, newer than this player ({VERSION}); update the player")]
    Newer(u32),
}

/// Reads the body of the LRS's State document for `course` with every limit: its size (a caller that streams the
/// body stops at `limits::Input::State.max_bytes()` and calls this with what it has only if it fits), its nesting,
/// its shape (refused whole when it is not a document of [`to_document`]), its unit count, each unit record (an
/// unreadable one is dropped), and then what the player believes of each claim (`progress::accept_remote`). The
/// result is safe to merge; the dropped claims are for a console warning.
pub fn remote_document(
    body: &str,
    course: &Course,
    now: f64,
) -> Result<(CourseProgress, Vec<Dropped>), RemoteError> {
    let too_large = |size: u64| RemoteError::TooLarge {
        size: limits::human_bytes(size),
        limit: limits::human_bytes(Input::State.max_bytes()),
    };
    limits::check_size(Input::State, body.len() as u64).map_err(|e| too_large(e.size))?;
    if let Some((line, column)) = limits::too_deep(body) {
        return Err(RemoteError::Shape(format!(
            "nested more than {} levels deep at line {line} column {column}",
            limits::MAX_DEPTH
        )));
    }
    let doc: serde_json::Value =
        serde_json::from_str(body).map_err(|e| RemoteError::Shape(format!("not JSON: {e}")))?;
    let shape = |what: &str| RemoteError::Shape(format!("expected {what}"));
    let obj = doc
        .as_object()
        .ok_or_else(|| shape("an object with \"v\", \"course\" and \"units\""))?;
    match obj.get("v").map(|v| v.as_u64()) {
        Some(Some(v)) if v > VERSION as u64 => {
            return Err(RemoteError::Newer(v.min(u32::MAX as u64) as u32))
        }
        Some(Some(_)) => {}
        _ => return Err(shape("\"v\", a schema version number")),
    }
    let stored: StoredCourse = obj
        .get("course")
        .and_then(|c| serde_json::from_value(c.clone()).ok())
        .ok_or_else(|| shape("\"course\", the course's record"))?;
    if stored.course != course.id {
        return Err(RemoteError::OtherCourse(stored.course));
    }
    let records = obj
        .get("units")
        .and_then(|u| u.as_array())
        .ok_or_else(|| shape("\"units\", a list of unit records"))?;
    if records.len() > limits::MAX_STATE_UNITS {
        return Err(shape(&format!(
            "at most {} unit records, found {}",
            limits::MAX_STATE_UNITS,
            records.len()
        )));
    }
    let mut dropped = Vec::new();
    let mut units = Vec::with_capacity(records.len());
    for (i, r) in records.iter().enumerate() {
        match decode_unit(&r.to_string()) {
            Ok(u) if u.course == course.id => units.push(u),
            Ok(u) => dropped.push(Dropped {
                unit: Some(u.unit),
                what: format!("a record of course \"{}\"", u.course),
            }),
            Err(e) => dropped.push(Dropped {
                unit: None,
                what: format!("unit record {i}: {e}"),
            }),
        }
    }
    // Two records of one unit are merged (a later one never replaces an earlier one).
    let mut claimed = to_course_progress(Some(&stored), &[]);
    for u in &units {
        let theirs = u.to_domain();
        let merged = match claimed.units.get(&u.unit) {
            Some(ours) => ours.merge(&theirs),
            None => theirs,
        };
        claimed.units.insert(u.unit.clone(), merged);
    }
    let (accepted, more) = accept_remote(&claimed, course, now);
    dropped.extend(more);
    Ok((accepted, dropped))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_state_document_round_trips_and_refuses_other_json() {
        let mut p = CourseProgress::default();
        p.visit("v", 10.0);
        p.played("v", 0.0, 30.0, 200.0, 11.0);
        p.complete("r", 12.0);
        let doc = to_document("c", &p);
        assert_eq!(doc["v"], VERSION);
        // Through text, as it travels.
        let back: serde_json::Value = serde_json::from_str(&doc.to_string()).unwrap();
        assert_eq!(from_document(&back), Some(p));
        assert_eq!(from_document(&serde_json::json!({"bookmark": "x"})), None);
    }

    #[test]
    fn round_trip_keeps_every_field() {
        let mut p = CourseProgress::default();
        p.visit("v", 10.0);
        p.played("v", 100.0, 101.0, 200.0, 11.0);
        p.played("v", 3.0, 3.5, 200.0, 12.0);
        p.spend("v", 5000.0, 13.0);
        let stored = StoredUnit::from_domain("c", "v", &p.unit("v"));
        let json = serde_json::to_string(&stored).unwrap();
        let back = decode_unit(&json).unwrap();
        assert_eq!(back.to_domain(), p.unit("v"));
        assert_eq!(back.id, "c\u{1f}v");
        assert_eq!(back.v, VERSION);
    }

    #[test]
    fn a_version_1_record_is_upgraded_intact() {
        let v1 = r#"{"v":1,"course":"stats","unit":"quiz","state":"passed","position":0,"watched":[0,1,2,60],
                     "attempts":2,"best_score":0.9,"last_score":0.4,"updated_at":1700000000000}"#;
        let u = decode_unit(v1).unwrap().to_domain();
        assert_eq!(u.state, UnitState::Passed);
        assert_eq!(
            (u.attempts, u.best_score, u.last_score),
            (2, Some(0.9), Some(0.4))
        );
        assert_eq!(u.watched.count(), 4);
        assert_eq!(u.updated_at, 1_700_000_000_000.0);
        // A record without `v` is version 1 too.
        let no_v = v1.replace(r#""v":1,"#, "");
        assert_eq!(decode_unit(&no_v).unwrap().to_domain(), u);
    }

    #[test]
    fn newer_or_broken_records_are_refused_with_a_reason() {
        assert_eq!(decode_unit(r#"{"v":99}"#), Err(DecodeError::Newer(99)));
        assert!(matches!(decode_unit("{"), Err(DecodeError::Invalid(_))));
        assert!(matches!(
            decode_unit(r#"{"v":2,"id":"x"}"#),
            Err(DecodeError::Invalid(_))
        ));
    }

    mod remote {
        use super::*;
        use crate::domain::package::parse_course;
        use serde_json::json;

        const NOW: f64 = 1_700_000_000_000.0;

        fn course() -> Course {
            let doc = json!({
                "format": "alliance-course-package", "version": "1.0", "id": "c", "iri": "https://x.org/c",
                "title": {"en": "C"}, "languages": ["en"], "defaultLanguage": "en",
                "modules": [{"id": "m", "title": {"en": "M"}, "units": [
                    {"id": "v", "iri": "https://x.org/v", "kind": "video", "title": {"en": "V"},
                     "sources": [{"src": "v.webm", "type": "video/webm"}], "duration": 100},
                    {"id": "r", "iri": "https://x.org/r", "kind": "reading", "title": {"en": "R"}, "body": {"en": "x"}}
                ]}]
            });
            parse_course("/c/course.json", &doc.to_string()).unwrap()
        }

        fn honest() -> CourseProgress {
            let mut p = CourseProgress::default();
            p.visit("v", NOW - 50_000.0);
            p.played("v", 0.0, 2.0, 100.0, NOW - 49_000.0);
            p.visit("r", NOW - 40_000.0);
            p.complete("r", NOW - 39_000.0);
            p
        }

        #[test]
        fn a_document_this_player_wrote_is_read_whole() {
            let body = to_document("c", &honest()).to_string();
            assert_eq!(
                remote_document(&body, &course(), NOW),
                Ok((honest(), vec![]))
            );
        }

        #[test]
        fn an_oversized_deep_or_unknown_document_is_refused_whole_with_a_message() {
            let c = course();
            let err = |body: &str| remote_document(body, &c, NOW).unwrap_err().to_string();
            let mut big = to_document("c", &honest());
            big["padding"] = json!("x".repeat(1024 * 1024));
            assert!(
                err(&big.to_string()).contains("more than the limit of 1 MiB"),
                "{}",
                err(&big.to_string())
            );
            assert!(
                err(&format!("{}1{}", "[".repeat(10_000), "]".repeat(10_000)))
                    .contains("nested more than 64")
            );
            assert_eq!(
                err(r#"{"bookmark": "x"}"#),
                "the LRS's progress document is not one this player wrote (expected \"v\", a schema version number); it was not merged"
            );
            assert!(err("not json").contains("not JSON"));
            assert!(err("[1, 2]").contains("an object with"));
            let mut other = to_document("other", &honest());
            assert_eq!(
                err(&other.to_string()),
                "the LRS's progress document is for course \"other\", not this one; it was not merged"
            );
            other["v"] = json!(99);
            assert!(err(&other.to_string()).contains("newer than this player"));
            let mut many = to_document("c", &honest());
            many["units"] = json!(vec![json!(0); 10_001]);
            assert!(err(&many.to_string()).contains("at most 10000 unit records, found 10001"));
        }

        #[test]
        fn bad_records_are_dropped_and_the_rest_is_believed() {
            let mut doc = to_document("c", &honest());
            let units = doc["units"].as_array_mut().unwrap();
            // A version 1 record asking for second 4,000,000,000 (half a gigabyte of bits if it were believed).
            units.push(json!({"v": 1, "course": "c", "unit": "v", "state": "completed", "position": 0,
                "watched": [4_000_000_000u32], "attempts": 0, "best_score": null, "last_score": null, "updated_at": 1.0}));
            units.push(json!({"v": 2, "garbage": true}));
            units.push(json!({"v": 2, "id": "x", "course": "c", "unit": "r", "state": "passed", "position": 1e300,
                "watched": [], "attempts": 1e20, "best_score": null, "last_score": null, "updated_at": 1.0}));
            let (got, dropped) = remote_document(&doc.to_string(), &course(), NOW).unwrap();
            assert_eq!(got.state("r"), UnitState::Completed);
            assert_eq!(got.state("v"), UnitState::InProgress);
            assert_eq!(got.unit("v").watched.count(), 3);
            assert_eq!(dropped.len(), 3, "{dropped:?}");
        }
    }
}
