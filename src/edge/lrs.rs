//! The learner's LRS: where statements go, as whom, and with which credentials. Kept in `localStorage` (never in a
//! URL that stays visible, a log or an exported file); set from the settings screen, from URL parameters, or by a
//! cmi5-style launch (see `sync`).

use serde::{Deserialize, Serialize};

use crate::domain::xapi::Learner;
use crate::edge::settings;

const KEY: &str = "lrs";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LrsConfig {
    /// The LRS's base address, without a trailing slash (`https://lrs.example.org/xapi`).
    pub endpoint: String,
    /// The `Authorization` header: `Basic …` (key and secret) or `Bearer …` (a token).
    pub authorization: String,
    pub learner: Learner,
    /// The course activity the launching system named (cmi5 `activityId`), if any.
    #[serde(default)]
    pub activity_id: Option<String>,
}

impl LrsConfig {
    /// The endpoint's address for `resource` (`statements`, `about`, `activities/state`).
    pub fn url(&self, resource: &str) -> String {
        format!("{}/{resource}", self.endpoint.trim_end_matches('/'))
    }
}

/// The configured LRS, if the learner has one.
pub fn config() -> Option<LrsConfig> {
    settings::get(KEY).and_then(|j| serde_json::from_str(&j).ok())
}

/// Stores (or, with `None`, forgets) the LRS configuration.
pub fn set_config(config: Option<&LrsConfig>) {
    let json = config.and_then(|c| serde_json::to_string(c).ok());
    settings::set(KEY, json.as_deref());
}

/// The learner statements are about, if an LRS is configured (without one, no statement is queued: the
/// transcript's export is then the learner's record).
pub fn learner() -> Option<Learner> {
    config().map(|c| c.learner)
}
