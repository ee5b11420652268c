//! A cmi5 session's conversation with the LRS, as the AU (docs/cmi5.md): at the start, the LMS's
//! `LMS.LaunchData` (§10) and the learner's `cmi5LearnerPreferences` (§11) are read, then `initialized` is sent
//! (§9.3.2) — before any other statement of the session; at the end, `terminated` (§9.3.8). The statements in
//! between go through the outbox like every other (`edge::store`); what they say is `domain::cmi5`.

use serde_json::Value;

use crate::domain::cmi5::{self, Cmi5Error, Scope, Sent, Session, Verdict};
use crate::domain::xapi::{self, negotiate_version};

use super::delivery::{Lrs, Reply, Request};

/// A session begun: `initialized` is stored by the LRS.
#[derive(Debug, Clone, PartialEq)]
pub struct Begun {
    pub session: Session,
    /// The learner's languages from their preferences, most wanted first (may be empty).
    pub languages: Vec<String>,
    /// What the LRS already holds of the AU in this registration.
    pub sent: Sent,
}

/// Why a cmi5 session could not begin or end: what failed, in words a learner can pass on to their LMS's support.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Cmi5Failure {
    #[error("the LMS's learning record store could not be reached")]
    NoAnswer,
    #[error("the LMS wrote no LMS.LaunchData for this launch (HTTP {0}): launch the course again from the LMS")]
    NoLaunchData(u16),
    #[error(transparent)]
    LaunchData(#[from] Cmi5Error),
    #[error("the learning record store refused {what} (HTTP {status}{said})")]
    Refused {
        what: &'static str,
        status: u16,
        said: String,
    },
    #[error("{0}")]
    Version(String),
}

fn refused(what: &'static str, reply: &Reply) -> Cmi5Failure {
    let said: String = reply.body.chars().take(200).collect();
    Cmi5Failure::Refused {
        what,
        status: reply.status,
        said: if said.trim().is_empty() {
            String::new()
        } else {
            format!(": {}", said.trim())
        },
    }
}

/// Begins the session of a launch about `activity_id` in `registration`: reads `LMS.LaunchData` (required) and the
/// learner's preferences (optional), then sends `initialized` with id `statement_id` at `now`.
pub async fn begin<L: Lrs>(
    lrs: &L,
    activity_id: &str,
    registration: &str,
    scope: Scope,
    statement_id: &str,
    now: f64,
) -> Result<Begun, Cmi5Failure> {
    let about = lrs
        .request(Request::new("GET", "about"))
        .await
        .map_err(|_| Cmi5Failure::NoAnswer)?;
    let version = negotiate_version(&serde_json::from_str(&about.body).unwrap_or(Value::Null))
        .map_err(Cmi5Failure::Version)?;
    let agent = serde_json::to_string(lrs.actor()).unwrap_or_default();
    let reply = lrs
        .request(
            Request::new("GET", "activities/state")
                .version(version)
                .query("stateId", cmi5::LAUNCH_DATA)
                .query("activityId", activity_id)
                .query("agent", agent.clone())
                .query("registration", registration),
        )
        .await
        .map_err(|_| Cmi5Failure::NoAnswer)?;
    if reply.status != 200 {
        return Err(Cmi5Failure::NoLaunchData(reply.status));
    }
    let launch = cmi5::parse_launch_data(&reply.body)?;
    let preferences = lrs
        .request(
            Request::new("GET", "agents/profile")
                .version(version)
                .query("agent", agent)
                .query("profileId", cmi5::LEARNER_PREFERENCES),
        )
        .await
        .map_err(|_| Cmi5Failure::NoAnswer)?;
    // No document (404) or no right to read it (403) is no preference (§11).
    let (languages, audio) = if preferences.status == 200 {
        (
            cmi5::preferred_languages(&preferences.body),
            cmi5::audio_preference(&preferences.body),
        )
    } else {
        (vec![], None)
    };
    let sent = already_sent(lrs, version, activity_id, registration).await?;
    let session = Session {
        activity_id: activity_id.to_string(),
        registration: registration.to_string(),
        launch,
        scope,
        started_at: now,
        version: version.to_string(),
        audio,
        ended: false,
    };
    let initialized = session.initialized(lrs.actor(), statement_id, now);
    send(lrs, version, "the initialized statement", &initialized).await?;
    Ok(Begun {
        session,
        languages,
        sent,
    })
}

/// Which of `completed` and `passed` the LRS already holds for the AU in this registration (from an earlier
/// session, maybe on another device): never a second one (§9.3).
async fn already_sent<L: Lrs>(
    lrs: &L,
    version: &'static str,
    activity_id: &str,
    registration: &str,
) -> Result<Sent, Cmi5Failure> {
    let mut sent = Sent::default();
    for verdict in [Verdict::Completed, Verdict::Passed(None)] {
        let reply = lrs
            .request(
                Request::new("GET", "statements")
                    .version(version)
                    .query(
                        "verb",
                        format!("http://adlnet.gov/expapi/verbs/{}", verdict.verb()),
                    )
                    .query("activity", activity_id)
                    .query("registration", registration)
                    .query("limit", "1"),
            )
            .await
            .map_err(|_| Cmi5Failure::NoAnswer)?;
        // An LMS may give the AU no right to read statements (403): then what this device sent is all it knows
        // (the verdicts' name-based ids still make the LRS keep one of each).
        if reply.status != 200 {
            return Ok(sent);
        }
        let found = serde_json::from_str::<Value>(&reply.body)
            .ok()
            .and_then(|b| b.get("statements")?.as_array().map(|a| !a.is_empty()))
            .unwrap_or(false);
        if found {
            sent = sent.with(&verdict);
        }
    }
    Ok(sent)
}

/// Ends the session: `terminated` with id `statement_id`, the session's duration counted to `now`.
pub async fn end<L: Lrs>(
    lrs: &L,
    session: &Session,
    statement_id: &str,
    now: f64,
) -> Result<(), Cmi5Failure> {
    let terminated = session.terminated(lrs.actor(), statement_id, now);
    let version = xapi::VERSIONS
        .into_iter()
        .find(|v| *v == session.version)
        .unwrap_or(xapi::VERSIONS[1]);
    send(lrs, version, "the terminated statement", &terminated).await
}

/// PUTs one statement under its own id (a retry stores it once).
async fn send<L: Lrs>(
    lrs: &L,
    version: &'static str,
    what: &'static str,
    statement: &Value,
) -> Result<(), Cmi5Failure> {
    let id = statement["id"].as_str().unwrap_or_default().to_string();
    let reply = lrs
        .request(
            Request::new("PUT", "statements")
                .version(version)
                .query("statementId", id)
                .body(statement.to_string()),
        )
        .await
        .map_err(|_| Cmi5Failure::NoAnswer)?;
    match xapi::classify(reply.status) {
        xapi::Answer::Delivered => Ok(()),
        // Stored already under this id (a retry): the same statement, since the id is ours.
        _ if reply.status == 409 => Ok(()),
        _ => Err(refused(what, &reply)),
    }
}

#[cfg(test)]
mod tests {
    use super::super::delivery::twins::ScriptedLrs;
    use super::super::run_ready;
    use super::*;
    use crate::domain::cmi5::{LaunchMode, CATEGORY_CMI5, EXT_SESSION_ID};
    use serde_json::json;

    const REG: &str = "ec231e8c-6d6a-4c3a-9d9c-6f1a2b3c4d5e";
    const AU: &str = "https://lms.example.org/au/42";
    const SESSION: &str = "0b6c2d9e-1f3a-4c5b-8d7e-9f0a1b2c3d4e";

    fn launch_data(mode: &str) -> String {
        json!({
            "contextTemplate": { "contextActivities": { "grouping": [{ "id": "https://courses.example.org/statistics" }] },
                "extensions": { EXT_SESSION_ID: SESSION } },
            "launchMode": mode, "moveOn": "CompletedAndPassed", "masteryScore": 0.8,
            "returnURL": "https://lms.example.org/course/7"
        })
        .to_string()
    }

    fn reply(status: u16, body: &str) -> Reply {
        Reply {
            status,
            body: body.into(),
            ..Reply::default()
        }
    }

    fn lms(state: Reply, prefs: Reply, put: u16) -> ScriptedLrs {
        lms_with(state, prefs, put, false)
    }

    /// `earlier`: the LRS holds a `completed` of an earlier session of the registration.
    fn lms_with(state: Reply, prefs: Reply, put: u16, earlier: bool) -> ScriptedLrs {
        ScriptedLrs::new(move |r| {
            Ok(match (r.method, r.resource) {
                ("GET", "about") => reply(200, r#"{"version":["2.0.0"]}"#),
                ("GET", "activities/state") => state.clone(),
                ("GET", "agents/profile") => prefs.clone(),
                ("PUT", "statements") => reply(put, ""),
                ("GET", "statements") => {
                    let completed = r
                        .query
                        .iter()
                        .any(|(k, v)| *k == "verb" && v.ends_with("/completed"));
                    reply(
                        200,
                        if completed && earlier {
                            r#"{"statements":[{"id":"x"}]}"#
                        } else {
                            r#"{"statements":[]}"#
                        },
                    )
                }
                _ => panic!("unexpected {} {}", r.method, r.resource),
            })
        })
    }

    fn begin_with(lrs: &ScriptedLrs) -> Result<Begun, Cmi5Failure> {
        let scope = Scope::Course {
            course: "statistics".into(),
        };
        run_ready(begin(lrs, AU, REG, scope, "id-1", 1000.0))
    }

    #[test]
    fn au_8_and_10_reads_launch_data_and_preferences_then_sends_initialized_first() {
        let lrs = lms(
            reply(200, &launch_data("Normal")),
            reply(
                200,
                r#"{"languagePreference":"fr-CA,ar, not a tag","audioPreference":"on"}"#,
            ),
            204,
        );
        let begun = begin_with(&lrs).unwrap();
        assert_eq!(begun.session.version, "2.0.0");
        assert_eq!(begun.session.audio, Some(true));
        assert_eq!(begun.sent, Sent::default());
        assert_eq!(begun.languages, vec!["fr-CA", "ar"]);
        assert_eq!(begun.session.launch.launch_mode, LaunchMode::Normal);
        assert_eq!(begun.session.session_id(), Some(SESSION));
        let log = lrs.log.borrow();
        let state = &log[1];
        assert_eq!(
            state.query,
            vec![
                ("stateId", "LMS.LaunchData".to_string()),
                ("activityId", AU.into()),
                ("agent", r#"{"mbox":"mailto:ada@example.org"}"#.into()),
                ("registration", REG.into()),
            ]
        );
        assert_eq!(
            log[2].query[1],
            ("profileId", "cmi5LearnerPreferences".into())
        );
        // The one statement: initialized, about the launch's activity, in its registration, with the cmi5 category
        // and the LMS's session id.
        assert_eq!(log.len(), 6);
        assert_eq!(log[3].resource, "statements");
        assert!(log[3].query.contains(&("registration", REG.into())));
        let put = &log[5];
        assert_eq!(put.query, vec![("statementId", "id-1".to_string())]);
        let s: Value = serde_json::from_str(put.body.as_deref().unwrap()).unwrap();
        assert_eq!(
            s["verb"]["id"],
            "http://adlnet.gov/expapi/verbs/initialized"
        );
        assert_eq!(s["object"]["id"], AU);
        assert_eq!(s["context"]["registration"], REG);
        assert_eq!(s["context"]["extensions"][EXT_SESSION_ID], SESSION);
        assert_eq!(
            s["context"]["contextActivities"]["category"][0]["id"],
            CATEGORY_CMI5
        );
        assert_eq!(
            s["context"]["contextActivities"]["grouping"][0]["id"],
            "https://courses.example.org/statistics"
        );
        assert!(s.get("result").is_none());
    }

    #[test]
    fn au_10_without_launch_data_nothing_is_sent_and_the_learner_is_told_to_launch_again() {
        let lrs = lms(reply(404, ""), reply(404, ""), 204);
        let e = begin_with(&lrs).unwrap_err();
        assert_eq!(e, Cmi5Failure::NoLaunchData(404));
        assert!(e.to_string().contains("launch the course again"));
        assert!(lrs.log.borrow().iter().all(|r| r.method == "GET"));
    }

    #[test]
    fn au_10_hostile_launch_data_is_refused_with_the_field_and_nothing_is_sent() {
        for (doc, field) in [
            (
                r#"{"launchMode":"Normal","moveOn":"Passed"}"#,
                "contextTemplate",
            ),
            (
                r#"{"contextTemplate":{},"launchMode":"Normal","moveOn":"Passed","returnURL":"javascript:alert(1)"}"#,
                "returnURL",
            ),
            (
                r#"{"contextTemplate":{},"launchMode":"Normal","moveOn":"Passed","masteryScore":7}"#,
                "masteryScore",
            ),
        ] {
            let lrs = lms(reply(200, doc), reply(404, ""), 204);
            let e = begin_with(&lrs).unwrap_err().to_string();
            assert!(e.contains(field), "{e}");
            assert!(lrs.log.borrow().iter().all(|r| r.method == "GET"));
        }
    }

    #[test]
    fn au_11_missing_preferences_are_no_languages() {
        let lrs = lms(reply(200, &launch_data("Browse")), reply(404, ""), 204);
        let begun = begin_with(&lrs).unwrap();
        assert!(begun.languages.is_empty());
        assert_eq!(begun.session.launch.launch_mode, LaunchMode::Browse);
    }

    #[test]
    fn au_9_3_a_completed_of_an_earlier_session_is_not_sent_again() {
        let lrs = lms_with(
            reply(200, &launch_data("Normal")),
            reply(404, ""),
            204,
            true,
        );
        let begun = begin_with(&lrs).unwrap();
        assert_eq!(
            begun.sent,
            Sent {
                completed: true,
                ..Sent::default()
            }
        );
    }

    #[test]
    fn au_9_3_an_lrs_that_will_not_say_what_it_holds_does_not_stop_the_session() {
        let lrs = ScriptedLrs::new(|r| {
            Ok(match (r.method, r.resource) {
                ("GET", "about") => reply(200, r#"{"version":["1.0.3"]}"#),
                ("GET", "activities/state") => reply(200, &launch_data("Normal")),
                ("GET", "statements") => reply(403, "not for AUs"),
                ("GET", "agents/profile") => reply(403, ""),
                ("PUT", "statements") => reply(204, ""),
                _ => panic!("unexpected {} {}", r.method, r.resource),
            })
        });
        let begun = begin_with(&lrs).unwrap();
        assert_eq!(begun.sent, Sent::default());
        assert_eq!(begun.session.version, "1.0.3");
    }

    #[test]
    fn a_refused_initialized_fails_the_session_with_the_lrs_words() {
        let lrs = lms(reply(200, &launch_data("Normal")), reply(404, ""), 403);
        let e = begin_with(&lrs).unwrap_err();
        assert!(matches!(e, Cmi5Failure::Refused { status: 403, .. }), "{e}");
    }

    #[test]
    fn au_9_3_8_terminated_carries_the_session_duration() {
        let lrs = lms(reply(200, &launch_data("Normal")), reply(404, ""), 204);
        let begun = begin_with(&lrs).unwrap();
        run_ready(end(&lrs, &begun.session, "id-2", 1000.0 + 754_000.0)).unwrap();
        let log = lrs.log.borrow();
        let s: Value = serde_json::from_str(log.last().unwrap().body.as_deref().unwrap()).unwrap();
        assert_eq!(s["verb"]["id"], "http://adlnet.gov/expapi/verbs/terminated");
        assert_eq!(s["result"]["duration"], "PT12M34S");
        assert_eq!(s["object"]["id"], AU);
    }
}
