//! The course catalogue screen, and the first screen written into `index.html` before the wasm arrives.

mod course_card;
mod first_screen;
mod page;

pub use first_screen::FirstScreen;
pub use page::{CatalogPage, STEP};
