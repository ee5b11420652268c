//! The course catalogue screen, and the first screen written into `index.html` before the wasm arrives.

mod course_card;
mod first_screen;
mod notice;
mod page;

pub use first_screen::FirstScreen;
pub use notice::{source_name, source_problem};
pub use page::{CatalogPage, STEP};
