//! Alliance Player: plays Alliance Course Packages in the browser.
//!
//! `domain` is pure and host-tested; `edge` is the only code that talks to the outside world; `ui` is the
//! Leptos components; `i18n` the interface strings.

pub mod domain;
