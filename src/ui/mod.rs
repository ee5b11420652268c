//! Leptos components; the folders mirror the screens (catalogue, course, player).

pub mod a11y;
pub mod catalog;
pub mod course;
pub mod embed;
pub mod error_view;
pub mod install;
pub mod learners;
pub mod notes;
pub mod offline;
pub mod player;
pub mod settings;
pub mod state;
pub mod sync;
pub mod transcript;
