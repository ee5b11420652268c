//! Fetching an interface locale's Fluent file (`/locales/<tag>/main.ftl`) when the learner chooses it.

use super::http::{get_text, FetchError};
use crate::domain::limits::Input;

/// The messages of `locale`, as FTL text.
pub async fn load_ftl(locale: &str) -> Result<String, FetchError> {
    get_text(&format!("/locales/{locale}/main.ftl"), Input::Locale).await
}
