//! The course catalogue screen.

mod course_card;
mod page;

pub use page::CatalogPage;
