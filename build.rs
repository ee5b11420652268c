//! Writes the source locale's messages for `include_str!` in `src/i18n`, without their comments (notes for
//! translators, section headings): `en.ftl`, every message, and `en-first.ftl`, only the messages of the first
//! screen (the catalogue, the header, errors), which ride in the first load. The rest reach an English page with
//! the other screens' code (`edge::locales::source_complete`).

/// Message ids (or id prefixes ending in `-`) shown before any split-off screen has loaded.
const FIRST_SCREEN: &[&str] = &[
    "app-title",
    "skip-to-content",
    "nav-",
    "loading",
    "catalog-",
    "course-continue",
    "course-languages",
    "course-open",
    "course-provider",
    "course-size",
    "course-units",
    "back-to-catalog",
    "error-catalog",
    "error-page-not-found",
    "error-part-unavailable",
    "error-retry",
    "error-what-to-do",
    "language-picker-label",
    "language-picker-search",
    "content-language-",
    "learners-heading",
    "learner-unnamed",
    "install-",
];

fn first_screen(id: &str) -> bool {
    FIRST_SCREEN.iter().any(|p| {
        if p.ends_with('-') {
            id.starts_with(p)
        } else {
            id == *p
        }
    })
}

fn main() {
    let source = "public/locales/en/main.ftl";
    println!("cargo:rerun-if-changed={source}");
    println!("cargo:rerun-if-changed=build.rs");
    let ftl = std::fs::read_to_string(source).expect("public/locales/en/main.ftl is readable");
    let (mut all, mut first) = (String::new(), String::new());
    let mut keep = false;
    for line in ftl.lines() {
        // Fluent comments start at the beginning of a line. Blank lines separate messages only cosmetically.
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        // A message starts with its id at the line's start; its text goes on in indented lines (and a select
        // expression's closing `}`).
        if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
            let id = line.split('=').next().unwrap_or_default().trim();
            keep = first_screen(id);
        }
        for out in [Some(&mut all), keep.then_some(&mut first)]
            .into_iter()
            .flatten()
        {
            out.push_str(line);
            out.push('\n');
        }
    }
    let dir = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(dir.join("en.ftl"), all).expect("OUT_DIR is writable");
    std::fs::write(dir.join("en-first.ftl"), first).expect("OUT_DIR is writable");
}
