//! The learner's LRS: where statements go, as whom, and with which credentials. Never in a URL that stays visible,
//! a log or an exported file. A connection made on the settings screen is kept in `localStorage` until
//! "Disconnect"; one made by a launch (`edge::launch`: an LMS's one-time token) lives in `sessionStorage`, for the
//! tab's session, and wins over the stored one in that tab. Each learner on the device has their own connection
//! (a setting of theirs, `edge::settings`).

use serde::{Deserialize, Serialize};

use crate::domain::xapi::Learner;
use crate::edge::settings;

const KEY: &str = "lrs";

/// The `localStorage` key of this page's learner's connection made in the settings (other tabs watch it).
pub fn storage_key() -> String {
    settings::key_of(KEY)
}

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
    /// The cmi5 session the launch began (`edge::cmi5`), if it was a cmi5 launch.
    #[serde(default)]
    pub cmi5: Option<crate::domain::cmi5::Session>,
}

impl LrsConfig {
    /// The endpoint's address for `resource` (`statements`, `about`, `activities/state`).
    pub fn url(&self, resource: &str) -> String {
        format!("{}/{resource}", self.endpoint.trim_end_matches('/'))
    }
}

/// The configured LRS, if the learner has one: this tab's launch, else the one made in the settings.
pub fn config() -> Option<LrsConfig> {
    settings::get_session(KEY)
        .or_else(|| settings::get(KEY))
        .and_then(|j| serde_json::from_str(&j).ok())
}

/// The connection `learner` made in the settings, if any (their statements are delivered with it while someone
/// else uses the player).
pub fn config_of(learner: &str) -> Option<LrsConfig> {
    settings::get_for(learner, KEY).and_then(|j| serde_json::from_str(&j).ok())
}

/// Binds the connection's learner (its xAPI actor) to this page's learner: a later launch for that actor picks
/// them.
fn bind(config: &LrsConfig) {
    if let Some(identity) = crate::domain::launch::identity(&config.learner.actor) {
        crate::edge::learners::bind_actor(&identity);
    }
}

/// Stores the connection the learner made in the settings (kept until "Disconnect"), replacing a launch's in this
/// tab; `None` forgets both ("Disconnect").
pub fn set_config(config: Option<&LrsConfig>) {
    let json = config.and_then(|c| serde_json::to_string(c).ok());
    if let Some(c) = config {
        bind(c);
    }
    settings::set(KEY, json.as_deref());
    settings::set_session(KEY, None);
}

/// Keeps a launch's connection for this tab's session only: its token dies with the tab.
pub fn set_session_config(config: &LrsConfig) {
    if let Ok(json) = serde_json::to_string(config) {
        bind(config);
        settings::set_session(KEY, Some(&json));
    }
}
