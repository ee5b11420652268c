//! The course screen: the outline beside the course home or the unit being played.

mod home;
mod outline;
mod page;
mod search;

pub use outline::state_label;
pub use page::{CourseCtx, CoursePage};
