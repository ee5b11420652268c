//! Alliance Player: plays Alliance Course Packages in the browser.
//!
//! `domain` is pure and host-tested; `edge` is the only code that talks to the outside world; `ui` is the
//! Leptos components; `i18n` the interface strings.

pub mod app;
pub mod domain;
pub mod edge;
pub mod i18n;
pub mod service;
pub mod ui;
