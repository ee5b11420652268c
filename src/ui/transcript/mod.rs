//! The transcript screen: the learner's record of progress, its export, and resetting a course.

mod page;

pub use page::TranscriptPage;
