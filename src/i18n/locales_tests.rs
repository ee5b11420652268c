//! Every interface locale against the source locale: the file exists and parses, has every message and no other,
//! uses no variable the source message does not have, and builds a bundle that formats every message.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::{bundle, SOURCE_FTL};
use crate::domain::lang::LOCALES;

fn inline_vars(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments
                .positional
                .iter()
                .for_each(|a| inline_vars(a, out));
            arguments
                .named
                .iter()
                .for_each(|a| inline_vars(&a.value, out));
        }
        InlineExpression::Placeable { expression } => expr_vars(expression, out),
        _ => {}
    }
}

fn expr_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => inline_vars(i, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            variants.iter().for_each(|v| pattern_vars(&v.value, out));
        }
    }
}

fn pattern_vars(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr_vars(expression, out);
        }
    }
}

/// Message id → variables used, for one FTL text; parse errors and junk fail the test.
fn messages(name: &str, ftl: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = FluentResource::try_new(ftl.to_string())
        .unwrap_or_else(|(_, errors)| panic!("{name}: does not parse: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.entries() {
        match entry {
            Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    pattern_vars(v, &mut vars);
                }
                assert!(
                    out.insert(m.id.name.to_string(), vars).is_none(),
                    "{name}: duplicate message {}",
                    m.id.name
                );
            }
            Entry::Junk { content } => panic!("{name}: unparsable text: {content}"),
            _ => {}
        }
    }
    out
}

fn locales_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("public/locales")
}

#[test]
fn every_locale_is_complete_and_uses_only_source_variables() {
    let source = messages("en", SOURCE_FTL);
    assert!(source.len() > 50, "the source locale looks truncated");
    let mut problems = Vec::new();
    for locale in LOCALES {
        let path = locales_dir().join(locale).join("main.ftl");
        let ftl =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let theirs = messages(locale, &ftl);
        for id in source.keys().filter(|id| !theirs.contains_key(*id)) {
            problems.push(format!("{locale}: missing message {id}"));
        }
        for (id, vars) in &theirs {
            match source.get(id) {
                None => problems.push(format!(
                    "{locale}: message {id} is not in the source locale"
                )),
                Some(src) => {
                    for v in vars.difference(src) {
                        problems.push(format!(
                            "{locale}: {id} uses ${v}, which the source message does not have"
                        ));
                    }
                }
            }
        }
        // Every message formats with the locale's plural rules, for several counts.
        let b = bundle(locale, &ftl).unwrap_or_else(|e| panic!("{e}"));
        for id in source.keys() {
            let pattern = b.get_message(id).and_then(|m| m.value());
            let Some(pattern) = pattern else { continue };
            for n in [0.0, 1.0, 2.0, 3.0, 5.0, 11.0, 21.0, 100.0] {
                let mut args = FluentArgs::new();
                for v in &source[id] {
                    args.set(v.as_str(), n);
                }
                let mut errors = vec![];
                let text = b.format_pattern(pattern, Some(&args), &mut errors);
                if !errors.is_empty() || text.trim().is_empty() {
                    problems.push(format!("{locale}: {id} with {n}: {errors:?} → {text:?}"));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn no_locale_folder_outside_the_list() {
    let mut on_disk: Vec<String> = std::fs::read_dir(locales_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = LOCALES.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert_eq!(
        on_disk, listed,
        "public/locales/ and domain::lang::LOCALES must list the same locales"
    );
}

/// The code of the first screen (the main module: it renders before any split-off screen and its messages) uses
/// only messages of `FIRST_FTL`; and the source messages without comments are exactly `public/locales/en`'s.
#[test]
fn the_first_screen_needs_only_the_messages_of_the_first_load() {
    let first = messages("en", super::FIRST_FTL);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![
        root.join("src/app.rs"),
        root.join("src/ui/error_view.rs"),
        root.join("src/ui/a11y.rs"),
        root.join("src/ui/settings/language_picker.rs"),
        root.join("src/ui/settings/content_language.rs"),
        root.join("src/ui/state.rs"),
        root.join("src/main.rs"),
        root.join("src/edge/catalog.rs"),
        root.join("src/edge/http.rs"),
    ];
    for dir in ["src/ui/catalog"] {
        for e in std::fs::read_dir(root.join(dir)).unwrap() {
            files.push(e.unwrap().path());
        }
    }
    let mut missing = vec![];
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        for (i, _) in text
            .match_indices("t(\"")
            .chain(text.match_indices("t_args(\""))
        {
            // `t(` itself, not the end of another name (`select("…")`).
            let before = text[..i].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &text[i..];
            let id: String = rest[rest.find('"').unwrap() + 1..]
                .chars()
                .take_while(|c| *c != '"')
                .collect();
            if !first.contains_key(&id) {
                missing.push(format!("{}: {id}", f.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "add these ids to FIRST_SCREEN in build.rs: {missing:?}"
    );
    // `learner-unnamed` names the header's learner (`ui::learners::shown`, in the header).
    assert!(first.contains_key("learner-unnamed"));
    let all = messages("en", SOURCE_FTL);
    let file = std::fs::read_to_string(root.join("public/locales/en/main.ftl")).unwrap();
    assert_eq!(all, messages("en", &file));
    assert!(
        first.len() * 3 < all.len(),
        "the first load carries a small part of the messages"
    );
}
