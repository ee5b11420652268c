//! A launch: the LRS connection an LMS (or an embedding host) gives the player in the address it opens it with,
//! the cmi5 way (`endpoint`, `fetch`, `actor`, `registration`, `activityId`; or `auth` with the Authorization
//! value). The rules here are pure; `edge::launch` takes the parameters from the initial address only, once.
//!
//! Everything in an address is hostile until checked (docs/security.md §2): the endpoint and the token address
//! must be `https:` (or `http:` on a loopback host), the actor must identify someone (an `mbox` or an `account`),
//! and every value is bounded.

use serde_json::Value;

/// The query parameters that make a launch. They are removed from the address as soon as they are read.
pub const PARAMS: [&str; 6] = [
    "endpoint",
    "fetch",
    "actor",
    "registration",
    "activityId",
    "auth",
];

/// No launch value is longer than this (an actor of a few names, a URL with a token).
pub const MAX_VALUE_BYTES: usize = 4096;

/// How the player gets its credentials.
#[derive(Debug, Clone, PartialEq)]
pub enum Credentials {
    /// cmi5: POST once to this address for `{"auth-token": …}`.
    Fetch(String),
    /// The `Authorization` value itself (works, but ends up in logs: docs/embedding.md says to prefer `fetch`).
    Auth(String),
}

/// A launch read from the address, checked, not yet carried out (the token is not fetched yet).
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchRequest {
    /// The LRS's base address, without a trailing slash.
    pub endpoint: String,
    pub credentials: Credentials,
    /// The xAPI Agent the statements are about.
    pub actor: Value,
    pub registration: Option<String>,
    pub activity_id: Option<String>,
}

/// Why a launch in the address was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LaunchError {
    #[error("the launch parameter `{0}` is longer than {MAX_VALUE_BYTES} bytes")]
    TooLong(&'static str),
    #[error("the launch parameter `{param}` must be an https: address (or http: on this computer), not \"{value}\"")]
    Insecure { param: &'static str, value: String },
    #[error("the launch gave no actor")]
    NoActor,
    #[error("the launch's actor is not an xAPI Agent: {0}")]
    BadActor(String),
    #[error("the launch gave no credentials (a `fetch` token address or `auth`)")]
    NoCredentials,
    #[error("the launch's registration must be a UUID, not \"{0}\"")]
    BadRegistration(String),
}

/// The launch in a query string's parameters (`get` reads one), if there is one (`endpoint` present and not empty).
pub fn parse(get: impl Fn(&str) -> Option<String>) -> Result<Option<LaunchRequest>, LaunchError> {
    let mut values = Vec::with_capacity(PARAMS.len());
    for p in PARAMS {
        let v = get(p).filter(|v| !v.is_empty());
        if v.as_ref().is_some_and(|v| v.len() > MAX_VALUE_BYTES) {
            return Err(LaunchError::TooLong(p));
        }
        values.push(v);
    }
    let [endpoint, fetch, actor, registration, activity_id, auth]: [Option<String>; 6] =
        values.try_into().expect("one value per parameter");
    let Some(endpoint) = endpoint else {
        return Ok(None);
    };
    secure_address("endpoint", &endpoint)?;
    let credentials = match (fetch, auth) {
        (Some(url), _) => {
            secure_address("fetch", &url)?;
            Credentials::Fetch(url)
        }
        (None, Some(auth)) => Credentials::Auth(auth),
        (None, None) => return Err(LaunchError::NoCredentials),
    };
    let actor = parse_actor(actor.as_deref().ok_or(LaunchError::NoActor)?)?;
    if let Some(r) = &registration {
        if !is_uuid(r) {
            return Err(LaunchError::BadRegistration(r.clone()));
        }
    }
    Ok(Some(LaunchRequest {
        endpoint: endpoint.trim_end_matches('/').to_string(),
        credentials,
        actor,
        registration,
        activity_id,
    }))
}

/// An xAPI Agent that identifies someone: an object with an `mbox` (`mailto:`) or an `account` (`homePage` and
/// `name`).
pub fn parse_actor(json: &str) -> Result<Value, LaunchError> {
    let actor: Value =
        serde_json::from_str(json).map_err(|e| LaunchError::BadActor(e.to_string()))?;
    let Some(obj) = actor.as_object() else {
        return Err(LaunchError::BadActor("not a JSON object".into()));
    };
    let mbox = obj.get("mbox").and_then(Value::as_str);
    let account = obj.get("account").and_then(|a| {
        Some((
            a.get("homePage")?.as_str()?.to_string(),
            a.get("name")?.as_str()?.to_string(),
        ))
    });
    match (mbox, account) {
        (Some(m), _) if m.starts_with("mailto:") && m.len() > 7 => Ok(actor),
        (Some(_), _) => Err(LaunchError::BadActor(
            "its mbox is not a mailto: address".into(),
        )),
        (None, Some((home, name))) if !home.is_empty() && !name.is_empty() => Ok(actor),
        _ => Err(LaunchError::BadActor(
            "it has neither an mbox nor an account with homePage and name".into(),
        )),
    }
}

/// Who an actor is, for comparing two of them: its mbox, or its account's home page and name.
pub fn identity(actor: &Value) -> Option<String> {
    if let Some(m) = actor.get("mbox").and_then(Value::as_str) {
        return Some(m.to_ascii_lowercase());
    }
    let a = actor.get("account")?;
    Some(format!(
        "{} {}",
        a.get("homePage")?.as_str()?,
        a.get("name")?.as_str()?
    ))
}

/// Whether a launch is for the LRS and learner of the current connection (then it only renews the credentials and
/// the registration); otherwise the learner is asked before anything changes.
pub fn same_connection(
    endpoint: &str,
    actor: &Value,
    current_endpoint: &str,
    current_actor: &Value,
) -> bool {
    endpoint.trim_end_matches('/') == current_endpoint.trim_end_matches('/')
        && identity(actor).is_some()
        && identity(actor) == identity(current_actor)
}

/// `Ok` when `url` is an `https:` address, or `http:` on a loopback host (`localhost`, `127.0.0.1`, `[::1]`);
/// never with user information (`https://a@b/`, which hides the real host).
pub fn secure_address(param: &'static str, url: &str) -> Result<(), LaunchError> {
    let refuse = || LaunchError::Insecure {
        param,
        value: url.chars().take(100).collect(),
    };
    let lower = url.to_ascii_lowercase();
    let (https, rest) = if let Some(r) = lower.strip_prefix("https://") {
        (true, r)
    } else if let Some(r) = lower.strip_prefix("http://") {
        (false, r)
    } else {
        return Err(refuse());
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.is_empty() || authority.contains('@') || authority.contains('\\') {
        return Err(refuse());
    }
    let host = if let Some(v6) = authority.strip_prefix('[') {
        match v6.split_once(']') {
            Some((h, port)) if port.is_empty() || port.starts_with(':') => format!("[{h}]"),
            _ => return Err(refuse()),
        }
    } else {
        authority.split(':').next().unwrap_or("").to_string()
    };
    if host.is_empty() || host.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(refuse());
    }
    // 127.0.0.0/8 as four numbers, not a name that starts like one (`127.0.0.1.evil.example`).
    let octets: Vec<&str> = host.split('.').collect();
    let loopback = host == "localhost"
        || host == "[::1]"
        || (octets.len() == 4
            && octets[0] == "127"
            && octets
                .iter()
                .all(|o| !o.is_empty() && o.len() <= 3 && o.bytes().all(|b| b.is_ascii_digit())));
    if https || loopback {
        Ok(())
    } else {
        Err(refuse())
    }
}

/// A UUID in its textual form (8-4-4-4-12 hex digits).
pub fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.chars().all(|c| c.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::collections::BTreeMap;

    const ADA: &str = r#"{"objectType":"Agent","name":"Ada","mbox":"mailto:ada@example.org"}"#;

    fn launch(pairs: &[(&str, &str)]) -> Result<Option<LaunchRequest>, LaunchError> {
        let map: BTreeMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        parse(|k| map.get(k).cloned())
    }

    #[test]
    fn no_endpoint_is_no_launch() {
        assert_eq!(launch(&[]), Ok(None));
        assert_eq!(launch(&[("endpoint", ""), ("actor", ADA)]), Ok(None));
        assert_eq!(launch(&[("lang", "fr")]), Ok(None));
    }

    #[test]
    fn a_cmi5_launch_is_read_whole() {
        let l = launch(&[
            ("endpoint", "https://lrs.example.org/xapi/"),
            ("fetch", "https://lms.example.org/token?k=1"),
            ("actor", ADA),
            ("registration", "ec231e8c-6d6a-4c3a-9d9c-6f1a2b3c4d5e"),
            ("activityId", "https://courses.example.org/statistics"),
        ])
        .unwrap()
        .unwrap();
        assert_eq!(l.endpoint, "https://lrs.example.org/xapi");
        assert_eq!(
            l.credentials,
            Credentials::Fetch("https://lms.example.org/token?k=1".into())
        );
        assert_eq!(l.actor["name"], "Ada");
        assert_eq!(
            l.activity_id.as_deref(),
            Some("https://courses.example.org/statistics")
        );
    }

    #[test]
    fn only_https_or_loopback_http_addresses() {
        for ok in [
            "https://lrs.example.org/xapi",
            "HTTPS://LRS.example.org",
            "http://127.0.0.1:8081/xAPI",
            "http://localhost/xapi",
            "http://[::1]:9000/",
            "http://127.1.2.3/",
        ] {
            assert_eq!(secure_address("endpoint", ok), Ok(()), "{ok}");
        }
        for bad in [
            "http://lrs.example.org/xapi",
            "http://127.0.0.1@evil.example/xapi",
            "https://user:pw@lrs.example.org/",
            "http://localhost.evil.example/",
            "http://127.0.0.1.evil.example/",
            "http://127.evil.example/",
            "javascript:alert(1)",
            "//lrs.example.org/xapi",
            "ftp://lrs.example.org",
            "https:///path",
            "https://\\evil/",
            "data:text/html,x",
        ] {
            assert!(secure_address("endpoint", bad).is_err(), "{bad}");
        }
        let e = launch(&[
            ("endpoint", "http://evil.example/xapi"),
            ("auth", "x"),
            ("actor", ADA),
        ]);
        assert!(matches!(
            e,
            Err(LaunchError::Insecure {
                param: "endpoint",
                ..
            })
        ));
        let e = launch(&[
            ("endpoint", "https://lrs.example.org"),
            ("fetch", "http://evil.example/token"),
            ("actor", ADA),
        ]);
        assert!(matches!(
            e,
            Err(LaunchError::Insecure { param: "fetch", .. })
        ));
    }

    #[test]
    fn actor_credentials_and_registration_are_checked() {
        let base = [
            ("endpoint", "https://lrs.example.org"),
            ("auth", "Basic eA=="),
        ];
        let with = |extra: &[(&'static str, &'static str)]| {
            let mut v = base.to_vec();
            v.extend_from_slice(extra);
            launch(&v)
        };
        assert_eq!(with(&[]), Err(LaunchError::NoActor));
        assert!(matches!(
            with(&[("actor", "{")]),
            Err(LaunchError::BadActor(_))
        ));
        assert!(matches!(
            with(&[("actor", "[]")]),
            Err(LaunchError::BadActor(_))
        ));
        assert!(matches!(
            with(&[("actor", r#"{"name":"Nobody"}"#)]),
            Err(LaunchError::BadActor(_))
        ));
        assert!(matches!(
            with(&[("actor", r#"{"mbox":"ada@example.org"}"#)]),
            Err(LaunchError::BadActor(_))
        ));
        assert!(with(&[(
            "actor",
            r#"{"account":{"homePage":"https://lms.example.org","name":"42"}}"#
        )])
        .unwrap()
        .is_some());
        assert!(matches!(
            with(&[("actor", ADA), ("registration", "x' OR 1=1")]),
            Err(LaunchError::BadRegistration(_))
        ));
        assert_eq!(
            launch(&[("endpoint", "https://lrs.example.org"), ("actor", ADA)]),
            Err(LaunchError::NoCredentials)
        );
        let long = "a".repeat(MAX_VALUE_BYTES + 1);
        assert_eq!(
            launch(&[("endpoint", "https://lrs.example.org"), ("auth", &long)]),
            Err(LaunchError::TooLong("auth"))
        );
    }

    #[test]
    fn the_same_connection_is_the_same_lrs_and_learner() {
        let ada = json!({"mbox": "mailto:Ada@example.org"});
        let ada2 = json!({"objectType": "Agent", "name": "A.", "mbox": "mailto:ada@example.org"});
        let bob = json!({"mbox": "mailto:bob@example.org"});
        let acct = json!({"account": {"homePage": "https://lms.example.org", "name": "42"}});
        assert!(same_connection(
            "https://l.org/xapi/",
            &ada,
            "https://l.org/xapi",
            &ada2
        ));
        assert!(!same_connection(
            "https://l.org/xapi",
            &ada,
            "https://l.org/xapi",
            &bob
        ));
        assert!(!same_connection(
            "https://evil.org/xapi",
            &ada,
            "https://l.org/xapi",
            &ada
        ));
        assert!(same_connection(
            "https://l.org",
            &acct,
            "https://l.org",
            &acct
        ));
        assert!(!same_connection(
            "https://l.org",
            &acct,
            "https://l.org",
            &ada
        ));
        assert!(!same_connection(
            "https://l.org",
            &json!({}),
            "https://l.org",
            &json!({})
        ));
    }
}

/// What a checked launch does on this device (`edge::launch` carries it out).
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    /// It is for this page's learner and their connection (or they have none): connect.
    Connect,
    /// It is for another learner (`Some(id)`, or a new one with `None`) and this page is nobody's yet: start the
    /// page again for them at once.
    Restart(Option<String>),
    /// Ask the learner first: the launch is for another learner of the device (`Some(id)`, or a new one), or for
    /// another LRS than this learner's connection (`other_learner` false).
    Ask {
        other_learner: bool,
        learner: Option<String>,
    },
}

/// Whose launch it is and whether to ask: the learner bound to the launch's actor (or a new one) never gets another
/// learner's record, and nobody is replaced silently.
pub fn decide(
    roster: &crate::domain::learner::Roster,
    me: &str,
    current: Option<(&str, &Value)>,
    request: &LaunchRequest,
) -> Decision {
    let theirs = identity(&request.actor)
        .and_then(|i| roster.by_actor(&i))
        .map(|l| l.id.clone());
    if theirs.as_deref() != Some(me) {
        let nobodys = roster.get(me).is_none_or(|l| l.pristine()) && current.is_none();
        return if nobodys {
            Decision::Restart(theirs)
        } else {
            Decision::Ask {
                other_learner: true,
                learner: theirs,
            }
        };
    }
    match current {
        Some((endpoint, actor))
            if !same_connection(&request.endpoint, &request.actor, endpoint, actor) =>
        {
            Decision::Ask {
                other_learner: false,
                learner: theirs,
            }
        }
        _ => Decision::Connect,
    }
}

#[cfg(test)]
mod decision_tests {
    use super::*;
    use crate::domain::learner::Roster;
    use serde_json::json;

    fn request(endpoint: &str, mbox: &str) -> LaunchRequest {
        LaunchRequest {
            endpoint: endpoint.into(),
            credentials: Credentials::Auth("Basic x".into()),
            actor: json!({"mbox": mbox}),
            registration: None,
            activity_id: None,
        }
    }

    #[test]
    fn a_launch_goes_to_its_actors_learner_and_never_replaces_someone_silently() {
        let lower: crate::domain::learner::Lowercase = |s| s.to_lowercase();
        let mut r = Roster::default();
        let ada = request("https://lrs.example/xapi", "mailto:ada@example.org");
        // A fresh device: nobody's page, so it starts again for a new learner at once.
        assert_eq!(decide(&r, "first", None, &ada), Decision::Restart(None));
        let sam = r.add("Sam", None, 1, lower).unwrap();
        // Sam is using the player: ask before switching to Ada (new).
        assert_eq!(
            decide(&r, &sam, None, &ada),
            Decision::Ask {
                other_learner: true,
                learner: None
            }
        );
        let (ada_id, _) = r
            .for_launch("mailto:ada@example.org", &ada.actor, 2, lower)
            .unwrap();
        assert_eq!(
            decide(&r, &sam, None, &ada),
            Decision::Ask {
                other_learner: true,
                learner: Some(ada_id.clone())
            }
        );
        // Ada's own page: connect, or ask when she is connected to another LRS.
        assert_eq!(decide(&r, &ada_id, None, &ada), Decision::Connect);
        let actor = json!({"mbox": "mailto:ada@example.org"});
        assert_eq!(
            decide(
                &r,
                &ada_id,
                Some(("https://lrs.example/xapi/", &actor)),
                &ada
            ),
            Decision::Connect
        );
        assert_eq!(
            decide(
                &r,
                &ada_id,
                Some(("https://other.example/xapi", &actor)),
                &ada
            ),
            Decision::Ask {
                other_learner: false,
                learner: Some(ada_id.clone())
            }
        );
        // The first learner, connected but unnamed, is somebody: asked too.
        let bob = json!({"mbox": "mailto:bob@example.org"});
        assert_eq!(
            decide(
                &Roster::default(),
                "first",
                Some(("https://lrs.example/xapi", &bob)),
                &ada
            ),
            Decision::Ask {
                other_learner: true,
                learner: None
            }
        );
    }
}
