//! Every interface locale against the source locale: the file exists and parses, has every message and no other,
//! uses no variable the source message does not have, and builds a bundle that formats every message.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use super::{bundle, locales_of_folder, SOURCE_FTL};
use crate::domain::locales::Locales;

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

/// Every locale of `public/locales/`, as the manifest lists them.
fn locales() -> Locales {
    locales_of_folder(&locales_dir()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_locale_is_complete_and_uses_only_source_variables() {
    let source = messages("en", SOURCE_FTL);
    assert!(source.len() > 50, "the source locale looks truncated");
    let mut problems = Vec::new();
    for locale in locales().tags() {
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
fn the_manifest_lists_every_locale_folder_each_named_in_its_own_script() {
    let list = locales();
    let mut on_disk: Vec<String> = std::fs::read_dir(locales_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = list.tags().iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert_eq!(
        on_disk, listed,
        "every folder of public/locales/ is a locale of the manifest"
    );
    assert_eq!(list.tags()[0], "en");
    assert!(list.len() >= 64, "{} interface locales", list.len());
    let rtl: Vec<&str> = list
        .iter()
        .filter(|l| l.rtl)
        .map(|l| l.tag.as_str())
        .collect();
    assert_eq!(rtl, ["ar", "ckb", "fa", "he", "ps", "ug", "ur"]);
    for l in list.iter() {
        // A name in the language's own script, not the tag, not an English name (English and the Latin-script
        // languages aside, the name is not plain ASCII).
        assert_ne!(l.name, l.tag);
        assert_eq!(
            l.rtl,
            crate::domain::lang::is_rtl(&l.tag),
            "{}: direction",
            l.tag
        );
    }
    for (tag, name) in [
        ("el", "Ελληνικά"),
        ("ka", "ქართული"),
        ("ps", "پښتو"),
        ("ug", "ئۇيغۇرچە"),
        ("sr", "Српски"),
    ] {
        assert_eq!(list.name(tag), name);
    }
}

/// The plural categories whole numbers take in `locale` (CLDR cardinal rules), e.g. one, few, many, other in
/// Russian. Rules are found as fluent-bundle finds them: the tag, then its language, then English.
fn integer_categories(locale: &str) -> BTreeSet<String> {
    let rules = [locale, crate::domain::lang::base(locale), "en"]
        .iter()
        .find_map(|tag| {
            let id: LanguageIdentifier = tag.parse().ok()?;
            PluralRules::create(id, PluralRuleType::CARDINAL).ok()
        })
        .unwrap();
    (0..1000u32)
        .map(|n| match rules.select(n).unwrap() {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        })
        .map(String::from)
        .collect()
}

/// The variant keys of each select expression of each message: id → [keys of one select].
fn selects(name: &str, ftl: &str) -> BTreeMap<String, Vec<BTreeSet<String>>> {
    use fluent_syntax::ast::VariantKey;
    let resource = FluentResource::try_new(ftl.to_string())
        .unwrap_or_else(|(_, errors)| panic!("{name}: does not parse: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.entries() {
        let Entry::Message(m) = entry else { continue };
        let Some(value) = &m.value else { continue };
        let mut keys = vec![];
        for el in &value.elements {
            if let PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } = el
            {
                keys.push(
                    variants
                        .iter()
                        .map(|v| match &v.key {
                            VariantKey::Identifier { name } => name.to_string(),
                            VariantKey::NumberLiteral { value } => value.to_string(),
                        })
                        .collect(),
                );
            }
        }
        if !keys.is_empty() {
            out.insert(m.id.name.to_string(), keys);
        }
    }
    out
}

/// Every plural message of every locale has a form for each plural category its language gives whole numbers
/// (Russian: one, few, many, other; Arabic: zero, one, two, few, many, other) and no category the language does not
/// have (a form no number would ever show: a sign of a copied select). The rules are the CLDR data of the
/// `intl_pluralrules` the player formats with, so what is checked is what learners see.
#[test]
fn plural_forms_follow_each_languages_cldr_categories() {
    let source = selects("en", SOURCE_FTL);
    assert!(
        source.len() >= 10,
        "the source locale has its plural messages"
    );
    let mut problems = vec![];
    for locale in locales().tags() {
        let categories = integer_categories(locale);
        let ftl = std::fs::read_to_string(locales_dir().join(locale).join("main.ftl")).unwrap();
        let theirs = selects(locale, &ftl);
        for id in source.keys() {
            let Some(forms) = theirs.get(id) else {
                problems.push(format!("{locale}: {id} has no plural forms"));
                continue;
            };
            for keys in forms {
                let words: BTreeSet<String> = keys
                    .iter()
                    .filter(|k| !k.starts_with(|c: char| c.is_ascii_digit()))
                    .cloned()
                    .collect();
                for missing in categories.difference(&words) {
                    problems.push(format!("{locale}: {id} has no [{missing}] form"));
                }
                // `other` is every select's default (Fluent's `*[other]`), whether or not whole numbers reach it.
                for extra in words.difference(&categories).filter(|c| *c != "other") {
                    problems.push(format!(
                        "{locale}: {id} has a [{extra}] form, a category {locale} does not have"
                    ));
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
        root.join("src/ui/install.rs"),
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
