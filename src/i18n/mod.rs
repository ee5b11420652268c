//! Interface strings, looked up by message id in Fluent bundles.
//!
//! The source locale (English) is compiled in as the fallback; every string of the interface goes through [`t`]
//! or [`t_args`], never a literal in a component.

use std::cell::RefCell;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The source locale's messages, built into the wasm.
pub const SOURCE_FTL: &str = include_str!("../../public/locales/en/main.ftl");
pub const SOURCE_LOCALE: &str = "en";

thread_local! {
    static BUNDLE: RefCell<FluentBundle<FluentResource>> = RefCell::new(bundle(SOURCE_LOCALE, SOURCE_FTL).unwrap_or_else(|e| panic!("{e}")));
}

/// Builds a bundle for `locale` from FTL text; the error lists the parse errors.
pub fn bundle(locale: &str, ftl: &str) -> Result<FluentBundle<FluentResource>, String> {
    let lang: LanguageIdentifier = locale
        .parse()
        .map_err(|e| format!("{locale}: invalid locale ({e:?})"))?;
    let resource = FluentResource::try_new(ftl.to_string())
        .map_err(|(_, errs)| format!("{locale}: {errs:?}"))?;
    let mut b = FluentBundle::new(vec![lang]);
    b.add_resource(resource)
        .map_err(|errs| format!("{locale}: {errs:?}"))?;
    Ok(b)
}

fn format(id: &str, args: Option<&FluentArgs>) -> String {
    BUNDLE.with(|b| {
        let b = b.borrow();
        match b.get_message(id).and_then(|m| m.value()) {
            Some(pattern) => {
                let mut errors = vec![];
                b.format_pattern(pattern, args, &mut errors).into_owned()
            }
            None => id.to_string(),
        }
    })
}

/// The interface string `id`.
pub fn t(id: &str) -> String {
    format(id, None)
}

/// The interface string `id` with named arguments (numbers select plural forms).
pub fn t_args(id: &str, args: &[(&str, Arg)]) -> String {
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Num(n) => fa.set(*k, FluentValue::from(*n)),
            Arg::Str(s) => fa.set(*k, FluentValue::from(s.clone())),
        }
    }
    format(id, Some(&fa))
}

/// An argument of a message.
pub enum Arg {
    Num(f64),
    Str(String),
}

impl From<f64> for Arg {
    fn from(n: f64) -> Self {
        Arg::Num(n)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(n as f64)
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Num(n as f64)
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}

/// A byte count for people: `1.4 MB`, `820 KB`.
pub fn format_size(bytes: u64) -> String {
    let b = bytes as f64;
    if b >= 1e6 {
        format!("{:.1} MB", b / 1e6)
    } else if b >= 1e3 {
        format!("{:.0} KB", b / 1e3)
    } else {
        format!("{bytes} B")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_locale_parses_and_formats_plurals() {
        assert!(bundle(SOURCE_LOCALE, SOURCE_FTL).is_ok());
        assert_eq!(t("unit-next"), "Next");
        assert_eq!(
            t_args("course-units", &[("count", 1usize.into())]),
            "One unit"
        );
        assert_eq!(
            t_args("course-units", &[("count", 7usize.into())]),
            "\u{2068}7\u{2069} units"
        );
        assert_eq!(t("no-such-message"), "no-such-message");
    }

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(format_size(512), "512 B");
        assert_eq!(format_size(82_000), "82 KB");
        assert_eq!(format_size(1_400_000), "1.4 MB");
    }
}
