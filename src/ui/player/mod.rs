//! The unit player: one component per unit kind, chosen by [`UnitView`].

mod cmi5;
mod document;
mod interactive;
mod mark_done;
mod media;
mod quiz;
mod reading;
mod unit_nav;
mod unit_page;

pub use quiz::QuizUnit;
pub use reading::ReadingUnit;
pub use unit_page::{UnitPage, UnitView};
