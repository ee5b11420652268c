//! The course catalogue screen.

mod course_card;
mod notice;
mod page;

pub use notice::{source_name, source_problem};
pub use page::CatalogPage;
