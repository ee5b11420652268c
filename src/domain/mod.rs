//! The pure core: course packages, languages, quizzes, progress and sequencing. No browser, no IO, no Leptos —
//! everything here is tested with `cargo test` on the host.

pub mod catalog_search;
pub mod cmi5;
pub mod cmi5_host;
pub mod colour;
pub mod course_search;
pub mod embed;
pub mod json;
pub mod lang;
pub mod launch;
pub mod learner;
pub mod limits;
pub mod locales;
pub mod markdown;
pub mod notes;
pub mod offline;
pub mod package;
pub mod playback;
pub mod progress;
pub mod quiz;
pub mod record;
pub mod rng;
pub mod sequence;
pub mod sources;
pub mod storage_error;
pub mod url;
pub mod xapi;
