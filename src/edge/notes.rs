//! A learner's notes and bookmarks of a course (`domain::notes`): kept on the device in `localStorage` with the
//! learner's settings (so they go when the learner is removed, and an embedded player's stay with its host page,
//! as its records do), and in the learner's State on a connected LRS (`service::state_sync`).

use crate::domain::notes::CourseNotes;
use crate::domain::package::Course;

/// The setting key of `course`'s notes for this page's owner (the learner, and the host page when embedded).
fn key(course_id: &str) -> String {
    let id = crate::edge::learners::id();
    let owner = crate::edge::learners::owner();
    let scope = owner.strip_prefix(id.as_str()).unwrap_or_default();
    format!("notes{scope}.{course_id}")
}

/// The notes kept on this device (read as hostile as an LRS's: a damaged entry loses only itself).
pub fn load(course: &Course) -> CourseNotes {
    let Some(json) = crate::edge::settings::get(&key(&course.id)) else {
        return CourseNotes::default();
    };
    let units: Vec<&str> = course.units().map(|u| u.id.as_str()).collect();
    match CourseNotes::from_document(&json, &course.id, &units, js_sys::Date::now() + 60_000.0) {
        Ok((notes, dropped)) => {
            for d in dropped {
                web_sys::console::warn_1(
                    &format!("notes of course {}: dropped {d}", course.id).into(),
                );
            }
            notes
        }
        Err(e) => {
            web_sys::console::warn_1(&format!("notes of course {}: {e}", course.id).into());
            CourseNotes::default()
        }
    }
}

/// Keeps the notes on this device; `false` if the browser refused (storage full or blocked).
pub fn save(course_id: &str, notes: &CourseNotes) -> bool {
    crate::edge::settings::keep(&key(course_id), &notes.to_document(course_id).to_string())
}

/// The notes merged with those in the learner's State on the LRS (written back merged), if an LRS is connected
/// and answers; `None` otherwise (they stay on this device).
pub async fn sync(course: &Course, notes: &CourseNotes) -> Option<CourseNotes> {
    crate::edge::lrs::config()?;
    crate::edge::sync::push_state(course, notes).await.ok()
}
