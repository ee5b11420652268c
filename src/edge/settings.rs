//! The learner's small settings (interface language, course language, subtitles, data saver, the LRS
//! connection), kept in `localStorage` so they stick across visits, and read from the URL (`?lang=`) where embedding
//! hosts set them. Each learner has their own (`domain::learner::setting_key`, for this page's learner).

/// The prefix of every key the player keeps in `localStorage` and `sessionStorage`.
pub const PREFIX: &str = "alliance-player.";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// The storage key of this page's learner's setting `key`.
pub fn key_of(key: &str) -> String {
    key_for(&crate::edge::learners::id(), key)
}

/// The storage key of `learner`'s setting `key`.
pub fn key_for(learner: &str, key: &str) -> String {
    format!(
        "{PREFIX}{}",
        crate::domain::learner::setting_key(learner, key)
    )
}

fn read(storage: Option<web_sys::Storage>, key: &str) -> Option<String> {
    storage?
        .get_item(&key_of(key))
        .ok()?
        .filter(|v| !v.is_empty())
}

/// `false` when the browser refused (no storage, quota, private mode).
fn write(storage: Option<web_sys::Storage>, key: &str, value: Option<&str>) -> bool {
    let Some(s) = storage else {
        return false;
    };
    let k = key_of(key);
    match value {
        Some(v) => s.set_item(&k, v),
        None => s.remove_item(&k),
    }
    .is_ok()
}

/// A stored setting, if any (and if storage is available: private modes may refuse it).
pub fn get(key: &str) -> Option<String> {
    read(storage(), key)
}

/// Stores a setting; `None` removes it. Failing storage (quota, private mode) only loses the stickiness.
pub fn set(key: &str, value: Option<&str>) {
    write(storage(), key, value);
}

/// Stores what the learner wrote (their notes), where a refusal must be told: `false` if the browser refused.
pub fn keep(key: &str, value: &str) -> bool {
    write(storage(), key, Some(value))
}

/// `learner`'s stored setting (another learner's LRS connection, for delivering their statements).
pub fn get_for(learner: &str, key: &str) -> Option<String> {
    storage()?
        .get_item(&key_for(learner, key))
        .ok()?
        .filter(|v| !v.is_empty())
}

/// A value kept for this tab's session only (`sessionStorage`: it survives a reload, not the tab).
pub fn get_session(key: &str) -> Option<String> {
    read(session_storage(), key)
}

/// Keeps (or, with `None`, removes) a value for this tab's session only.
pub fn set_session(key: &str, value: Option<&str>) {
    write(session_storage(), key, value);
}

/// A query parameter of the page's address (`?lang=fr` → `Some("fr")`).
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
        .filter(|v| !v.is_empty())
}

/// The browser's language preferences, most preferred first.
pub fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Data saver: media load only when played, transcripts first, sizes beside media. The learner's choice (settings
/// page), else the browser's own "save data" preference (`navigator.connection.saveData`).
pub fn data_saver() -> bool {
    match get("data-saver").as_deref() {
        Some(v) => v == "on",
        None => web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"connection".into()).ok())
            .filter(|c| !c.is_undefined())
            .and_then(|c| js_sys::Reflect::get(&c, &"saveData".into()).ok())
            .is_some_and(|v| v.is_truthy()),
    }
}

pub fn set_data_saver(on: bool) {
    set("data-saver", Some(if on { "on" } else { "off" }));
}

/// Subtitles: `Some(true)` when the learner wants them whenever there are some (set in Settings, or by turning them
/// on in a player), `Some(false)` when they turned them off in a player, `None` before either.
pub fn captions() -> Option<bool> {
    get("captions").map(|v| v == "on")
}

/// Keeps the learner's subtitle preference; `None` forgets it.
pub fn set_captions(on: Option<bool>) {
    set("captions", on.map(|on| if on { "on" } else { "off" }));
}
