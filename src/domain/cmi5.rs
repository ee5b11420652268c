//! cmi5 (the xAPI profile for content launched by an LMS; AICC/ADL cmi5 specification, "quartz" edition): the
//! player as an assignable unit (AU). Pure rules, host-tested: the LMS's `LMS.LaunchData` and the learner's
//! `cmi5LearnerPreferences` read as hostile input, the cmi5 defined statements (`initialized`, `completed`,
//! `passed`, `failed`, `terminated`) built on the LMS's context template, and what a session may still send
//! (`due`): never a second `completed` or `passed` in a registration, nothing that changes the learner's standing in
//! the `Browse` and `Review` launch modes. `edge::cmi5` fetches and sends; `docs/cmi5.md` is the mapping.

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

use super::package::{Course, UnitBody};
use super::progress::{CourseProgress, UnitState};
use super::xapi::{iso8601, iso_duration, PLATFORM};

/// The State document the LMS writes before the launch (§10).
pub const LAUNCH_DATA: &str = "LMS.LaunchData";
/// The agent profile of the learner's preferences (§11).
pub const LEARNER_PREFERENCES: &str = "cmi5LearnerPreferences";
/// The category every cmi5 defined statement carries (§9.6.2.1).
pub const CATEGORY_CMI5: &str = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
/// The category of a `completed`, `passed` or `failed` the LMS uses for moveOn (§9.6.2.2).
pub const CATEGORY_MOVEON: &str = "https://w3id.org/xapi/cmi5/context/categories/moveon";
/// The session id extension (§9.6.3.1), in the LMS's context template.
pub const EXT_SESSION_ID: &str = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
/// The mastery score a `passed` or `failed` was judged against (§9.6.3.2).
pub const EXT_MASTERY_SCORE: &str = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
const VERBS: &str = "http://adlnet.gov/expapi/verbs/";

/// The largest `LMS.LaunchData` or preferences document read (a context template of a few activities).
pub const MAX_DOCUMENT_BYTES: u64 = 64 * 1024;

/// How the LMS launched the AU (§10, `launchMode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LaunchMode {
    /// For credit: the AU reports completion and success.
    Normal,
    /// Without credit: the learner looks around; the AU records nothing that changes their standing.
    Browse,
    /// Reviewing a finished AU: likewise nothing that changes their standing.
    Review,
}

/// When the LMS considers the AU satisfied (§10, `moveOn`; informs what the AU reports).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MoveOn {
    Passed,
    Completed,
    CompletedAndPassed,
    CompletedOrPassed,
    NotApplicable,
}

/// `LMS.LaunchData`, checked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LaunchData {
    /// The context every statement of the session starts from (an object; holds the session id).
    pub context_template: Value,
    pub launch_mode: LaunchMode,
    pub launch_parameters: Option<String>,
    /// The scaled score (0–1) at or above which the AU is passed.
    pub mastery_score: Option<f64>,
    pub move_on: MoveOn,
    /// Where "Exit" takes the learner (an `https:` address, or `http:` on a loopback host).
    pub return_url: Option<String>,
}

/// Why the LMS's or the learner's document could not be used: what is wrong, where, and what would be right.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Cmi5Error {
    #[error(
        "the LMS's {LAUNCH_DATA} is not valid JSON ({0}); the LMS must write it before the launch"
    )]
    NotJson(String),
    #[error("the LMS's {LAUNCH_DATA} nests deeper than {0} levels")]
    TooDeep(usize),
    #[error("the LMS's {LAUNCH_DATA} has no usable `{field}`: expected {expected}")]
    Field {
        field: &'static str,
        expected: &'static str,
    },
}

/// Reads `LMS.LaunchData` (§10): `contextTemplate`, `launchMode` and `moveOn` are required; `masteryScore` is a
/// number from 0 to 1; `returnURL` must be an address the learner can safely be sent to.
pub fn parse_launch_data(text: &str) -> Result<LaunchData, Cmi5Error> {
    if let Some((depth, _)) = super::limits::too_deep(text) {
        return Err(Cmi5Error::TooDeep(depth));
    }
    let doc: Value = serde_json::from_str(text).map_err(|e| Cmi5Error::NotJson(e.to_string()))?;
    let field = |field, expected| Cmi5Error::Field { field, expected };
    let context_template = doc
        .get("contextTemplate")
        .filter(|t| t.is_object())
        .filter(|t| {
            ["contextActivities", "extensions"]
                .iter()
                .all(|k| t.get(k).is_none_or(Value::is_object))
        })
        .cloned()
        .ok_or(field(
            "contextTemplate",
            "an xAPI context object (its contextActivities and extensions objects)",
        ))?;
    let launch_mode = match doc.get("launchMode").and_then(Value::as_str) {
        Some("Normal") => LaunchMode::Normal,
        Some("Browse") => LaunchMode::Browse,
        Some("Review") => LaunchMode::Review,
        _ => return Err(field("launchMode", "\"Normal\", \"Browse\" or \"Review\"")),
    };
    let move_on = match doc.get("moveOn").and_then(Value::as_str) {
        Some("Passed") => MoveOn::Passed,
        Some("Completed") => MoveOn::Completed,
        Some("CompletedAndPassed") => MoveOn::CompletedAndPassed,
        Some("CompletedOrPassed") => MoveOn::CompletedOrPassed,
        Some("NotApplicable") => MoveOn::NotApplicable,
        _ => {
            return Err(field(
                "moveOn",
                "Passed, Completed, CompletedAndPassed, CompletedOrPassed or NotApplicable",
            ))
        }
    };
    let mastery_score = match doc.get("masteryScore") {
        None | Some(Value::Null) => None,
        Some(m) => Some(
            m.as_f64()
                .filter(|m| (0.0..=1.0).contains(m))
                .ok_or(field("masteryScore", "a number from 0 to 1"))?,
        ),
    };
    let return_url = match doc.get("returnURL") {
        None | Some(Value::Null) => None,
        Some(u) => Some(
            u.as_str()
                .filter(|u| u.len() <= super::launch::MAX_VALUE_BYTES)
                .filter(|u| super::launch::secure_address("returnURL", u).is_ok())
                .ok_or(field(
                    "returnURL",
                    "an https: address (or http: on this computer)",
                ))?
                .to_string(),
        ),
    };
    let launch_parameters = match doc.get("launchParameters") {
        None | Some(Value::Null) => None,
        Some(p) => Some(
            p.as_str()
                .ok_or(field("launchParameters", "a string"))?
                .to_string(),
        ),
    };
    Ok(LaunchData {
        context_template,
        launch_mode,
        launch_parameters,
        mastery_score,
        move_on,
        return_url,
    })
}

/// The learner's audio preference (§11 `audioPreference`: `"on"` or `"off"`), if they stated one.
pub fn audio_preference(text: &str) -> Option<bool> {
    if super::limits::too_deep(text).is_some() {
        return None;
    }
    match serde_json::from_str::<Value>(text)
        .ok()?
        .get("audioPreference")?
        .as_str()?
    {
        "on" => Some(true),
        "off" => Some(false),
        _ => None,
    }
}

/// The learner's languages, most wanted first, from `cmi5LearnerPreferences` (§11: `languagePreference`, a
/// comma-separated list of RFC 5646 tags); nothing for a document that is not one. At most 10 tags.
pub fn preferred_languages(text: &str) -> Vec<String> {
    if super::limits::too_deep(text).is_some() {
        return vec![];
    }
    let Ok(doc) = serde_json::from_str::<Value>(text) else {
        return vec![];
    };
    doc.get("languagePreference")
        .and_then(Value::as_str)
        .unwrap_or("")
        .split(',')
        .map(str::trim)
        .filter(|t| super::lang::is_well_formed(t))
        .take(10)
        .map(str::to_string)
        .collect()
}

/// What the launch is about: the whole course, or one unit of it (the address the LMS opens says which).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Scope {
    Course { course: String },
    Unit { course: String, unit: String },
}

impl Scope {
    /// The scope of a launch opening `path` (`…/course/<id>` or `…/course/<id>/unit/<id>`), if it opens one.
    pub fn of_path(path: &str) -> Option<Scope> {
        let path = path.split(['?', '#']).next().unwrap_or("");
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let at = parts.iter().rposition(|p| *p == "course")?;
        match parts[at + 1..] {
            [course] => Some(Scope::Course {
                course: decode(course),
            }),
            [course, "unit", unit] => Some(Scope::Unit {
                course: decode(course),
                unit: decode(unit),
            }),
            _ => None,
        }
    }

    pub fn course(&self) -> &str {
        match self {
            Scope::Course { course } | Scope::Unit { course, .. } => course,
        }
    }
}

/// A path segment as an id (course and unit ids are plain ASCII, `domain::package`): taken as it is.
fn decode(segment: &str) -> String {
    segment.to_string()
}

/// A cmi5 session: the launch, its LaunchData, and what the AU is about. Kept for the tab's session with the
/// launch's connection.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// The launch's `activityId`: the object of every cmi5 defined statement.
    pub activity_id: String,
    pub registration: String,
    pub launch: LaunchData,
    pub scope: Scope,
    /// When `initialized` was sent (milliseconds since the epoch): `terminated`'s duration counts from it.
    pub started_at: f64,
    /// The xAPI version the LRS speaks (`X-Experience-API-Version`).
    pub version: String,
    /// The learner's audio preference (§11 `audioPreference`): `Some(false)` starts media muted.
    #[serde(default)]
    pub audio: Option<bool>,
    /// `terminated` was sent (or the page went without it being known): the session sends nothing more (§7.1.2).
    #[serde(default)]
    pub ended: bool,
}

impl Session {
    /// The session id the LMS gave (§9.6.3.1: in the context template), if it gave one.
    pub fn session_id(&self) -> Option<&str> {
        self.launch.context_template["extensions"][EXT_SESSION_ID].as_str()
    }

    /// Whether the session may record anything that changes the learner's standing: `Normal` mode, not ended.
    pub fn for_credit(&self) -> bool {
        self.launch.launch_mode == LaunchMode::Normal && !self.ended
    }

    /// Whether the player keeps nothing of what the learner does (`Browse` and `Review`: looking around leaves no
    /// trace, here or at the LMS, that a later launch for credit could report).
    pub fn keeps_nothing(&self) -> bool {
        self.launch.launch_mode != LaunchMode::Normal
    }

    /// The context of a statement of this session: the LMS's template with the registration (§9.6.1), for a cmi5
    /// defined statement also the cmi5 category (§9.6.2.1), for one the LMS uses for moveOn also the moveOn
    /// category (§9.6.2.2).
    pub fn context(&self, defined: bool, move_on: bool) -> Value {
        let mut context = match &self.launch.context_template {
            Value::Object(m) => m.clone(),
            _ => Map::new(),
        };
        context.insert("registration".into(), json!(self.registration));
        context.entry("platform").or_insert_with(|| json!(PLATFORM));
        if defined {
            let activities = context
                .entry("contextActivities")
                .or_insert_with(|| json!({}));
            let category = &mut activities["category"];
            let mut list = match category.take() {
                Value::Array(a) => a,
                Value::Null => vec![],
                one => vec![one],
            };
            for id in [Some(CATEGORY_CMI5), move_on.then_some(CATEGORY_MOVEON)]
                .into_iter()
                .flatten()
            {
                if !list.iter().any(|c| c["id"] == id) {
                    list.push(json!({ "objectType": "Activity", "id": id }));
                }
            }
            *category = Value::Array(list);
        }
        Value::Object(context)
    }

    fn defined(&self, actor: &Value, id: &str, at: f64, verb: &str, context: Value) -> Value {
        json!({
            "id": id,
            "actor": actor,
            "verb": { "id": format!("{VERBS}{verb}"), "display": { "en-US": verb } },
            "object": { "objectType": "Activity", "id": self.activity_id },
            "context": context,
            "timestamp": iso8601(at)
        })
    }

    /// A statement of the player's own (a unit's completion or quiz attempt) as a cmi5 allowed statement of the
    /// session (§7.1.3): the session's context (the LMS's template, the registration) with the statement's own
    /// parent activity and language added; no cmi5 category, so the LMS does not take it for the AU's result.
    pub fn allowed(&self, mut statement: Value) -> Value {
        let own = statement["context"].take();
        let mut context = self.context(false, false);
        if let Some(parent) = own["contextActivities"]["parent"].as_array() {
            let list = &mut context["contextActivities"]["parent"];
            let mut all = match list.take() {
                Value::Array(a) => a,
                Value::Null => vec![],
                one => vec![one],
            };
            all.extend(parent.iter().cloned());
            *list = Value::Array(all);
        }
        // The template's own values are never overwritten (§10.2.1).
        if let (Some(language), None) = (own.get("language"), context.get("language")) {
            context["language"] = language.clone();
        }
        statement["context"] = context;
        statement
    }

    /// The course as this launch plays it: a unit AU that is a quiz is passed at the LMS's `masteryScore`
    /// (§10: the AU judges by it), so the learner sees the verdict the LMS receives. `None`: as published.
    pub fn course_as_launched(&self, course: &Course) -> Option<Course> {
        let (Scope::Unit { course: id, unit }, Some(mastery)) =
            (&self.scope, self.launch.mastery_score)
        else {
            return None;
        };
        if id != &course.id {
            return None;
        }
        let mut launched = course.clone();
        let quiz = launched
            .modules
            .iter_mut()
            .flat_map(|m| m.units.iter_mut())
            .find(|u| &u.id == unit)
            .and_then(|u| match &mut u.body {
                UnitBody::Quiz(q) => Some(q),
                _ => None,
            })?;
        quiz.passing_score = mastery;
        Some(launched)
    }

    /// `initialized` (§9.3.2): the session's first statement.
    pub fn initialized(&self, actor: &Value, id: &str, at: f64) -> Value {
        self.defined(actor, id, at, "initialized", self.context(true, false))
    }

    /// `terminated` (§9.3.8): the session's last statement, with the session's duration (§9.5.4.1).
    pub fn terminated(&self, actor: &Value, id: &str, at: f64) -> Value {
        let mut s = self.defined(actor, id, at, "terminated", self.context(true, false));
        s["result"] = json!({ "duration": iso_duration(at - self.started_at) });
        s
    }

    /// The statement of a verdict (§9.3.3–9.3.5): `completed` with completion, `passed`/`failed` with success,
    /// the score and the mastery score it was judged against; each with the time since `initialized`. Its id is a
    /// name-based UUID of registration, activity and verb: sent twice (two tabs), the LRS keeps one.
    pub fn verdict(&self, actor: &Value, verdict: &Verdict, at: f64) -> Value {
        let verb = verdict.verb();
        let id = uuid::Uuid::new_v5(
            &uuid::Uuid::NAMESPACE_URL,
            format!("cmi5|{}|{}|{verb}", self.registration, self.activity_id).as_bytes(),
        )
        .to_string();
        let mut context = self.context(true, true);
        let duration = iso_duration(at - self.started_at);
        let result = match verdict {
            Verdict::Completed => json!({ "completion": true, "duration": duration }),
            Verdict::Passed(score) | Verdict::Failed(score) => {
                if let Some(m) = self.launch.mastery_score {
                    context["extensions"][EXT_MASTERY_SCORE] = json!(m);
                }
                let mut r = json!({ "success": matches!(verdict, Verdict::Passed(_)), "duration": duration });
                if let Some(s) = score {
                    r["score"] = json!({ "scaled": s });
                }
                r
            }
        };
        let mut s = self.defined(actor, &id, at, verb, context);
        s["result"] = result;
        s
    }
}

/// Where a learner stands in what the AU is about.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Standing {
    /// Every unit done, every quiz attempted.
    pub completed: bool,
    /// The scaled score (the mean of the quizzes' best scores), once every quiz has one.
    pub score: Option<f64>,
    /// Passed or failed, once judged (every quiz attempted); `None` with no quiz to judge.
    pub passed: Option<bool>,
}

/// Where the learner stands in `scope` of `course`, judged against `mastery` when the LMS gives one (§10
/// `masteryScore`: the AU uses it for passed and failed), else against each quiz's own pass mark.
pub fn standing(
    scope: &Scope,
    course: &Course,
    progress: &CourseProgress,
    mastery: Option<f64>,
) -> Standing {
    let units: Vec<_> = course
        .units()
        .filter(|u| match scope {
            Scope::Course { .. } => true,
            Scope::Unit { unit, .. } => &u.id == unit,
        })
        .collect();
    if units.is_empty() {
        return Standing::default();
    }
    let quizzes: Vec<_> = units
        .iter()
        .filter(|u| matches!(u.body, UnitBody::Quiz(_)))
        .map(|u| progress.unit(&u.id))
        .collect();
    let completed = units.iter().all(|u| {
        let p = progress.unit(&u.id);
        p.state.is_done() || (matches!(u.body, UnitBody::Quiz(_)) && p.attempts > 0)
    });
    let scores: Option<Vec<f64>> = quizzes.iter().map(|p| p.best_score).collect();
    let score = scores
        .filter(|s| !s.is_empty())
        .map(|s| s.iter().sum::<f64>() / s.len() as f64);
    let passed = score.map(|s| match mastery {
        Some(m) => s + 1e-9 >= m,
        None => quizzes.iter().all(|p| p.state == UnitState::Passed),
    });
    Standing {
        completed,
        score,
        passed,
    }
}

/// A result the AU reports to the LMS about its activity.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    Completed,
    Passed(Option<f64>),
    Failed(Option<f64>),
}

impl Verdict {
    pub fn verb(&self) -> &'static str {
        match self {
            Verdict::Completed => "completed",
            Verdict::Passed(_) => "passed",
            Verdict::Failed(_) => "failed",
        }
    }
}

/// The verdicts already sent in a registration (kept on the device, per learner).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Sent {
    pub completed: bool,
    pub passed: bool,
    pub failed: bool,
}

impl Sent {
    /// What either knows was sent.
    pub fn union(self, other: Sent) -> Sent {
        Sent {
            completed: self.completed || other.completed,
            passed: self.passed || other.passed,
            failed: self.failed || other.failed,
        }
    }

    pub fn with(mut self, verdict: &Verdict) -> Sent {
        match verdict {
            Verdict::Completed => self.completed = true,
            Verdict::Passed(_) => self.passed = true,
            Verdict::Failed(_) => self.failed = true,
        }
        self
    }
}

/// What the session must still report for `standing`: in `Normal` mode only (§10: Browse and Review record
/// nothing that changes the learner's standing); never a second `completed` or `passed` in a registration
/// (§9.3.3, §9.3.4); no `failed` once passed (§9.3.5), and one per registration.
pub fn due(session: &Session, standing: &Standing, sent: Sent) -> Vec<Verdict> {
    if !session.for_credit() {
        return vec![];
    }
    let mut due = vec![];
    if standing.completed && !sent.completed {
        due.push(Verdict::Completed);
    }
    match standing.passed {
        Some(true) if !sent.passed => due.push(Verdict::Passed(standing.score)),
        Some(false) if !sent.passed && !sent.failed => due.push(Verdict::Failed(standing.score)),
        _ => {}
    }
    due
}

#[cfg(test)]
#[path = "cmi5_tests.rs"]
mod tests;
