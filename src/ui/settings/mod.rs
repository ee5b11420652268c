//! Settings the learner can reach from every screen.

mod content_language;
mod language_picker;
mod sources;

pub use content_language::ContentLanguage;
pub use language_picker::{LanguagePanel, LanguagePicker};
pub use sources::CourseSources;
