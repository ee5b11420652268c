//! The player as the LMS of a third-party cmi5 AU (a `cmi5` unit, format 1.3; docs/cmi5.md "Playing cmi5
//! content"). The AU runs in a sandboxed frame and speaks xAPI over HTTP to the `endpoint` it was launched with; the
//! frame's requests to that endpoint are carried to the player by message (the worker's page script), and answered
//! here: the one-time fetch URL (§8.2), `LMS.LaunchData` (§10, read-only to the AU), its other State documents
//! (kept for the page, bounded), its learner preferences (§11: the learner's interface language), and statements —
//! checked (the launch's actor and registration only, no voiding, bounded) and handed back to be queued in the
//! learner's outbox. Everything the AU sends is hostile until checked.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use super::cmi5::{CATEGORY_CMI5, EXT_SESSION_ID, LAUNCH_DATA, LEARNER_PREFERENCES};
use super::launch::identity;

/// The largest request body an AU may send (a batch of statements, a State document).
pub const MAX_BODY_BYTES: usize = 256 * 1024;
/// The most statements in one request.
pub const MAX_STATEMENTS: usize = 50;
/// The most State documents an AU keeps in a launch.
pub const MAX_STATES: usize = 16;
const EXT_LAUNCH_MODE: &str = "https://w3id.org/xapi/cmi5/context/extensions/launchmode";
const EXT_LAUNCH_URL: &str = "https://w3id.org/xapi/cmi5/context/extensions/launchurl";
const EXT_MOVE_ON: &str = "https://w3id.org/xapi/cmi5/context/extensions/moveon";
const EXT_LAUNCH_PARAMETERS: &str =
    "https://w3id.org/xapi/cmi5/context/extensions/launchparameters";
/// The path of the fetch URL under the endpoint.
pub const FETCH_PATH: &str = "fetch";

/// One launch of an AU by the player.
#[derive(Debug, Clone, PartialEq)]
pub struct AuHost {
    pub actor: Value,
    pub registration: String,
    pub activity_id: String,
    pub session_id: String,
    /// The token the AU gets once from the fetch URL and then sends as `Authorization: Basic <token>`.
    pub token: String,
    pub launch_data: Value,
    /// The learner's languages for `cmi5LearnerPreferences`.
    pub languages: Vec<String>,
    token_given: bool,
    states: BTreeMap<String, String>,
}

/// What a launch of an AU is made of.
#[derive(Debug, Clone, PartialEq)]
pub struct AuLaunch {
    pub actor: Value,
    pub registration: String,
    /// The unit's IRI: the object of the AU's cmi5 defined statements.
    pub activity_id: String,
    pub session_id: String,
    pub token: String,
    pub mastery_score: Option<f64>,
    pub launch_parameters: Option<String>,
    /// The learner's languages for `cmi5LearnerPreferences`.
    pub languages: Vec<String>,
}

/// A request of the AU to its endpoint: `path` is what follows the endpoint (`statements`, `activities/state`,
/// `fetch`), `query` its decoded parameters.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuRequest {
    pub method: String,
    pub path: String,
    pub query: Vec<(String, String)>,
    pub authorization: Option<String>,
    pub body: String,
}

impl AuRequest {
    fn param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The answer to the AU.
#[derive(Debug, Clone, PartialEq)]
pub struct AuAnswer {
    pub status: u16,
    pub body: String,
}

fn answer(status: u16, body: impl Into<String>) -> AuAnswer {
    AuAnswer {
        status,
        body: body.into(),
    }
}

fn refuse(status: u16, why: &str) -> AuAnswer {
    answer(status, json!({ "error": why }).to_string())
}

/// What an accepted statement means for the unit.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    Completed,
    Passed(Option<f64>),
    Failed(Option<f64>),
}

impl AuHost {
    /// A launch of the AU (its `LMS.LaunchData` made from `launch`).
    pub fn new(launch: AuLaunch) -> AuHost {
        let mut launch_data = json!({
            "contextTemplate": {
                "contextActivities": { "grouping": [{ "objectType": "Activity", "id": launch.activity_id }] },
                "extensions": { EXT_SESSION_ID: launch.session_id }
            },
            "launchMode": "Normal",
            "moveOn": "CompletedOrPassed"
        });
        if let Some(m) = launch.mastery_score {
            launch_data["masteryScore"] = json!(m);
        }
        if let Some(p) = launch.launch_parameters {
            launch_data["launchParameters"] = json!(p);
        }
        AuHost {
            actor: launch.actor,
            registration: launch.registration,
            activity_id: launch.activity_id,
            session_id: launch.session_id,
            token: launch.token,
            launch_data,
            languages: launch.languages,
            token_given: false,
            states: BTreeMap::new(),
        }
    }

    /// The `launched` statement the player, as the AU's LMS, records before the AU starts (§9.3.1): about the
    /// unit, in the registration, with the session id, launch mode, launch URL, moveOn and mastery score.
    pub fn launched(&self, id: &str, at: f64, launch_url: &str) -> Value {
        let mut context = self.launch_data["contextTemplate"].clone();
        context["registration"] = json!(self.registration);
        context["contextActivities"]["category"] =
            json!([{ "objectType": "Activity", "id": CATEGORY_CMI5 }]);
        let ext = &mut context["extensions"];
        ext[EXT_LAUNCH_MODE] = json!("Normal");
        ext[EXT_LAUNCH_URL] = json!(launch_url);
        ext[EXT_MOVE_ON] = self.launch_data["moveOn"].clone();
        if let Some(m) = self.launch_data.get("masteryScore") {
            ext[super::cmi5::EXT_MASTERY_SCORE] = m.clone();
        }
        if let Some(p) = self.launch_data.get("launchParameters") {
            ext[EXT_LAUNCH_PARAMETERS] = p.clone();
        }
        json!({
            "id": id,
            "actor": self.actor,
            "verb": { "id": "http://adlnet.gov/expapi/verbs/launched", "display": { "en-US": "launched" } },
            "object": { "objectType": "Activity", "id": self.activity_id },
            "context": context,
            "timestamp": super::xapi::iso8601(at)
        })
    }

    /// Whether the AU has taken its token (it has started).
    pub fn started(&self) -> bool {
        self.token_given
    }

    /// Answers one request; the statements it accepted (to be queued, in order, each with an id: `new_id` makes
    /// one for a statement that has none) and what they mean for the unit.
    pub fn answer(
        &mut self,
        req: &AuRequest,
        new_id: &mut dyn FnMut() -> String,
    ) -> (AuAnswer, Vec<Value>, Vec<Verdict>) {
        let none = |a| (a, vec![], vec![]);
        if req.body.len() > MAX_BODY_BYTES {
            return none(refuse(413, "the request is larger than 256 KiB"));
        }
        if req.path == FETCH_PATH {
            if req.method != "POST" {
                return none(refuse(405, "the fetch URL takes POST"));
            }
            // §8.2: the token once, then the error document (code 1), with HTTP 200.
            let body = if self.token_given {
                json!({ "error-code": "1", "error-text": "Already in use" })
            } else {
                self.token_given = true;
                json!({ "auth-token": self.token })
            };
            return none(answer(200, body.to_string()));
        }
        if !self.token_given
            || req.authorization.as_deref() != Some(&format!("Basic {}", self.token))
        {
            return none(refuse(401, "no valid credentials from the fetch URL"));
        }
        match (req.method.as_str(), req.path.as_str()) {
            ("GET", "about") => none(answer(
                200,
                json!({ "version": ["2.0.0", "1.0.3"] }).to_string(),
            )),
            (_, "activities/state") => none(self.state(req)),
            ("GET", "agents/profile") => none(self.profile(req)),
            (_, "agents/profile") => none(refuse(403, "the learner's profile is the player's")),
            ("PUT", "statements") | ("POST", "statements") => self.statements(req, new_id),
            ("GET", "statements") => none(answer(
                200,
                json!({ "statements": [], "more": "" }).to_string(),
            )),
            _ => none(refuse(404, "not an xAPI resource of this endpoint")),
        }
    }

    fn ours(&self, req: &AuRequest) -> bool {
        let agent = req
            .param("agent")
            .and_then(|a| serde_json::from_str::<Value>(a).ok());
        agent.as_ref().and_then(identity) == identity(&self.actor)
    }

    fn state(&mut self, req: &AuRequest) -> AuAnswer {
        let (Some(state_id), Some(activity)) = (req.param("stateId"), req.param("activityId"))
        else {
            return refuse(400, "stateId and activityId are required");
        };
        if !self.ours(req) || activity != self.activity_id {
            return refuse(403, "only this launch's learner and activity");
        }
        if req
            .param("registration")
            .is_some_and(|r| r != self.registration)
        {
            return refuse(403, "only this launch's registration");
        }
        if state_id == LAUNCH_DATA {
            // §10: the AU MUST NOT modify or delete it.
            return match req.method.as_str() {
                "GET" => answer(200, self.launch_data.to_string()),
                _ => refuse(403, "LMS.LaunchData is the LMS's"),
            };
        }
        match req.method.as_str() {
            "GET" => match self.states.get(state_id) {
                Some(doc) => answer(200, doc.clone()),
                None => refuse(404, "no such document"),
            },
            "PUT" | "POST" => {
                if !self.states.contains_key(state_id) && self.states.len() >= MAX_STATES {
                    return refuse(413, "at most 16 State documents");
                }
                self.states.insert(state_id.to_string(), req.body.clone());
                answer(204, "")
            }
            "DELETE" => {
                self.states.remove(state_id);
                answer(204, "")
            }
            _ => refuse(405, "not a State API method"),
        }
    }

    fn profile(&self, req: &AuRequest) -> AuAnswer {
        if !self.ours(req) {
            return refuse(403, "only this launch's learner");
        }
        match req.param("profileId") {
            Some(LEARNER_PREFERENCES) if !self.languages.is_empty() => answer(
                200,
                json!({ "languagePreference": self.languages.join(",") }).to_string(),
            ),
            _ => refuse(404, "no such profile"),
        }
    }

    fn statements(
        &self,
        req: &AuRequest,
        new_id: &mut dyn FnMut() -> String,
    ) -> (AuAnswer, Vec<Value>, Vec<Verdict>) {
        let none = |a| (a, vec![], vec![]);
        if super::limits::too_deep(&req.body).is_some() {
            return none(refuse(400, "the statement nests too deep"));
        }
        let Ok(body) = serde_json::from_str::<Value>(&req.body) else {
            return none(refuse(400, "the body is not JSON"));
        };
        let single = !body.is_array();
        let list = match body {
            Value::Array(a) => a,
            one => vec![one],
        };
        if list.is_empty() || list.len() > MAX_STATEMENTS {
            return none(refuse(400, "1 to 50 statements a request"));
        }
        if req.method == "PUT" && (!single || req.param("statementId").is_none()) {
            return none(refuse(400, "PUT takes one statement and its statementId"));
        }
        let mut accepted = Vec::with_capacity(list.len());
        let mut verdicts = vec![];
        for mut s in list {
            if let Err(why) = self.check(&s) {
                return none(refuse(403, why));
            }
            let id = match (
                req.param("statementId"),
                s.get("id").and_then(Value::as_str),
            ) {
                (Some(put), Some(own)) if put != own => {
                    return none(refuse(400, "the statementId and the statement's id differ"))
                }
                (Some(id), _) | (None, Some(id)) if super::launch::is_uuid(id) => id.to_string(),
                (None, None) => new_id(),
                _ => return none(refuse(400, "a statement id is a UUID")),
            };
            s["id"] = json!(id);
            if let Some(v) = self.verdict(&s) {
                verdicts.push(v);
            }
            accepted.push(s);
        }
        let ids: Vec<&str> = accepted.iter().filter_map(|s| s["id"].as_str()).collect();
        let reply = if req.method == "PUT" {
            answer(204, "")
        } else {
            answer(200, json!(ids).to_string())
        };
        (reply, accepted, verdicts)
    }

    /// A statement the player accepts from the AU: the launch's actor and registration, a verb and an object, no
    /// voiding (cmi5 §6.3: an AU is never given the right to void).
    fn check(&self, s: &Value) -> Result<(), &'static str> {
        if !s.is_object() {
            return Err("a statement is a JSON object");
        }
        if identity(&s["actor"]).is_none() || identity(&s["actor"]) != identity(&self.actor) {
            return Err("statements are only about this launch's learner");
        }
        if s["context"]["registration"].as_str() != Some(self.registration.as_str()) {
            return Err("statements belong to this launch's registration");
        }
        let verb = s["verb"]["id"]
            .as_str()
            .ok_or("a statement needs a verb id")?;
        if verb == "http://adlnet.gov/expapi/verbs/voided" {
            return Err("an AU may not void statements");
        }
        if !s["object"].is_object() {
            return Err("a statement needs an object");
        }
        Ok(())
    }

    /// What a cmi5 defined statement about the AU's activity says of the unit: `completed`, `passed`, `failed`.
    fn verdict(&self, s: &Value) -> Option<Verdict> {
        if s["object"]["id"].as_str() != Some(&self.activity_id) {
            return None;
        }
        let cmi5 = s["context"]["contextActivities"]["category"]
            .as_array()
            .is_some_and(|c| c.iter().any(|c| c["id"] == CATEGORY_CMI5));
        if !cmi5 {
            return None;
        }
        let scaled = s["result"]["score"]["scaled"]
            .as_f64()
            .filter(|x| (0.0..=1.0).contains(x));
        match s["verb"]["id"].as_str()? {
            "http://adlnet.gov/expapi/verbs/completed" => Some(Verdict::Completed),
            "http://adlnet.gov/expapi/verbs/passed" => Some(Verdict::Passed(scaled)),
            "http://adlnet.gov/expapi/verbs/failed" => Some(Verdict::Failed(scaled)),
            _ => None,
        }
    }
}

#[cfg(test)]
#[path = "cmi5_host_tests.rs"]
mod tests;
