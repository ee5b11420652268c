//! Interface strings, looked up by message id in a Fluent bundle of the current locale.
//!
//! English, the source locale, is compiled in — only the first screen's messages ([`FIRST_FTL`]); the rest come
//! with the other screens' code (`edge::locales::source_complete`, awaited by every split-off screen) — and every
//! other locale's `.ftl` file is fetched when it is chosen, so the wasm does not grow with the number of locales. Every string of the interface goes through [`t`] or
//! [`t_args`], never a literal in a component. Numbers in messages are formatted for the locale by
//! [`format::number`] (Intl) while still selecting the plural form.

pub mod format;

use std::cell::RefCell;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::domain::locales::Locales;

/// Every message of the source locale, without comments (`build.rs`); the same text as
/// `public/locales/en/main.ftl`. Host code and tests use it; the wasm starts with [`FIRST_FTL`].
pub const SOURCE_FTL: &str = include_str!(concat!(env!("OUT_DIR"), "/en.ftl"));
/// The source locale's messages of the first screen (catalogue, header, errors), built into the wasm.
pub const FIRST_FTL: &str = include_str!(concat!(env!("OUT_DIR"), "/en-first.ftl"));
pub const SOURCE_LOCALE: &str = "en";

type Bundle = FluentBundle<FluentResource>;

/// The source messages a page starts with.
fn starting_source() -> &'static str {
    if cfg!(target_arch = "wasm32") {
        FIRST_FTL
    } else {
        SOURCE_FTL
    }
}

thread_local! {
    static BUNDLE: RefCell<(String, Bundle)> = RefCell::new((
        SOURCE_LOCALE.to_string(),
        bundle(SOURCE_LOCALE, starting_source()).unwrap_or_else(|e| panic!("{e}")),
    ));
    /// Every source message, once fetched (`edge::locales::source_complete`).
    static SOURCE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Keeps every source message (fetched for the other screens); an English page switches to them at once.
pub fn complete_source(ftl: String) -> Result<(), String> {
    let b = bundle(SOURCE_LOCALE, &ftl)?;
    SOURCE.with(|s| *s.borrow_mut() = Some(ftl));
    BUNDLE.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.0 == SOURCE_LOCALE {
            cell.1 = b;
        }
    });
    Ok(())
}

/// Whether every source message is here (always, on the host).
pub fn has_every_source_message() -> bool {
    !cfg!(target_arch = "wasm32") || SOURCE.with(|s| s.borrow().is_some())
}

/// Builds a bundle for `locale` from FTL text; the error lists the parse errors.
pub fn bundle(locale: &str, ftl: &str) -> Result<Bundle, String> {
    let lang: LanguageIdentifier = locale
        .parse()
        .map_err(|e| format!("{locale}: invalid locale ({e:?})"))?;
    let resource = FluentResource::try_new(ftl.to_string())
        .map_err(|(_, errs)| format!("{locale}: {errs:?}"))?;
    let mut b = FluentBundle::new(vec![lang]);
    b.add_resource(resource)
        .map_err(|errs| format!("{locale}: {errs:?}"))?;
    b.set_formatter(Some(|value, _| match value {
        FluentValue::Number(n) => Some(format::number(n.value)),
        _ => None,
    }));
    Ok(b)
}

/// Makes `locale` (with the messages in `ftl`) the interface language.
pub fn set_locale(locale: &str, ftl: &str) -> Result<(), String> {
    let b = if locale == SOURCE_LOCALE {
        match SOURCE.with(|s| s.borrow().clone()) {
            Some(all) => bundle(SOURCE_LOCALE, &all)?,
            None => bundle(SOURCE_LOCALE, starting_source())?,
        }
    } else {
        bundle(locale, ftl)?
    };
    BUNDLE.with(|cell| *cell.borrow_mut() = (locale.to_string(), b));
    format::set_locale(locale);
    Ok(())
}

thread_local! {
    static LOCALES: std::cell::OnceCell<Locales> = const { std::cell::OnceCell::new() };
}

/// The interface locales of this player (`domain::locales`): in the browser, the manifest the build wrote into
/// the page (`<meta name="alliance-locales">`); on the host, the folders of `public/locales/` (or what
/// [`set_locales`] gave). Without a readable manifest, English alone, and the console says why.
pub fn with_locales<T>(f: impl FnOnce(&Locales) -> T) -> T {
    LOCALES.with(|l| f(l.get_or_init(initial_locales)))
}

/// Sets the interface locales before anything asks for them (`alliance-pack prerender`: the built player's).
pub fn set_locales(locales: Locales) {
    LOCALES.with(|l| {
        let _ = l.set(locales);
    });
}

/// Languages named in their own script, for a list such as "English · 中文（简体） · العربية".
pub fn own_names(tags: &[String]) -> String {
    with_locales(|l| {
        tags.iter()
            .map(|t| l.name(t))
            .collect::<Vec<_>>()
            .join(" · ")
    })
}

/// A language's name in its own script (`domain::locales::Locales::name`).
pub fn own_name(tag: &str) -> String {
    with_locales(|l| l.name(tag).to_string())
}

#[cfg(target_arch = "wasm32")]
fn initial_locales() -> Locales {
    let manifest = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector("meta[name=alliance-locales]")
                .ok()
                .flatten()
        })
        .and_then(|m| m.get_attribute("content"));
    match manifest.as_deref().map(Locales::parse) {
        Some(Ok(l)) => l,
        Some(Err(e)) => {
            web_sys::console::warn_1(&e.into());
            Locales::source_only()
        }
        None => Locales::source_only(),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn initial_locales() -> Locales {
    locales_of_folder(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/locales"))
        .unwrap_or_else(|_| Locales::source_only())
}

/// The manifest of a locales folder (`<dir>/<tag>/main.ftl`), as `alliance-pack locales` writes it.
#[cfg(not(target_arch = "wasm32"))]
pub fn locales_of_folder(dir: &std::path::Path) -> Result<Locales, String> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let entry = entry.map_err(|e| format!("{}: {e}", dir.display()))?;
        let ftl = entry.path().join("main.ftl");
        if !ftl.is_file() {
            continue;
        }
        let text = std::fs::read_to_string(&ftl).map_err(|e| format!("{}: {e}", ftl.display()))?;
        files.push((entry.file_name().to_string_lossy().into_owned(), text));
    }
    Locales::from_folders(files.iter().map(|(t, f)| (t.as_str(), f.as_str())))
}

/// The current interface locale.
pub fn locale() -> String {
    BUNDLE.with(|b| b.borrow().0.clone())
}

fn format(id: &str, args: Option<&FluentArgs>) -> String {
    BUNDLE.with(|b| {
        let b = &b.borrow().1;
        match b.get_message(id).and_then(|m| m.value()) {
            Some(pattern) => {
                let mut errors = vec![];
                b.format_pattern(pattern, args, &mut errors).into_owned()
            }
            None => id.to_string(),
        }
    })
}

/// `s` in lowercase (Unicode's default case mapping), for case-insensitive matching. In the browser this is
/// `String.prototype.toLowerCase`, so the wasm carries no Unicode case tables: `str::to_lowercase` would put 11.7 KB
/// of them (~6 KB gzip) into the first load. On the host it is `str::to_lowercase`, the same mapping.
pub fn lowercase(s: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    return js_sys::JsString::from(s).to_lower_case().into();
    #[cfg(not(target_arch = "wasm32"))]
    s.to_lowercase()
}

/// `s` for accent- and case-insensitive matching (search in a course): [`lowercase`] after the combining accents of
/// the canonical decomposition (U+0300–U+036F: é, ǎ, ü, й) are removed, recomposed (Korean and kana stay as they
/// were). ASCII text is folded here, the same mapping with no call to the browser. On the host: `str::to_lowercase`.
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    #[cfg(target_arch = "wasm32")]
    {
        let decomposed = String::from(js_sys::JsString::from(s).normalize("NFD"));
        let plain: String = decomposed
            .chars()
            .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
            .collect();
        js_sys::JsString::from(plain)
            .normalize("NFC")
            .to_lower_case()
            .into()
    }
    #[cfg(not(target_arch = "wasm32"))]
    s.to_lowercase()
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

// Reads public/locales/ from the disk: host only.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "locales_tests.rs"]
mod locales_tests;

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
}
