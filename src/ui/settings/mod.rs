//! Settings the learner can reach from every screen.

mod captions;
mod content_language;
mod language_picker;
mod sources;

pub use captions::CaptionStyleSettings;
pub use content_language::ContentLanguage;
pub use language_picker::{LanguagePanel, LanguagePicker};
pub use sources::CourseSources;
