//! Searching a catalogue: a query matches a course when every one of its words is found in the course's titles,
//! summaries or provider names, in any of its languages. The text searched is folded once per course when the
//! catalogue loads ([`search_text`]), so a keystroke only scans prepared text. Case folding is the caller's
//! (`i18n::lowercase`, the browser's rules for every script), passed in to keep this module pure.

use super::package::CatalogEntry;

/// Separates the pieces of a course's search text, so no word is found across two of them.
const SEPARATOR: char = '\u{1f}';

/// The text a search looks in for `entry`: every title, summary and provider name, in every language, folded.
pub fn search_text(entry: &CatalogEntry, lowercase: impl Fn(&str) -> String) -> String {
    let mut text = String::new();
    let pieces = entry
        .title
        .values()
        .chain(entry.summary.values())
        .chain(entry.provider.name.values());
    for piece in pieces {
        text.push_str(&fold(&lowercase(piece)));
        text.push(SEPARATOR);
    }
    text
}

/// The words of a search query, folded as [`search_text`] folds; empty when the query has none.
pub fn query_words(query: &str, lowercase: impl Fn(&str) -> String) -> Vec<String> {
    fold(&lowercase(query))
        .split_whitespace()
        .filter(|w| !w.contains(SEPARATOR))
        .map(str::to_string)
        .collect()
}

/// Whether `text` (from [`search_text`]) holds every word of the query. Words match anywhere, also inside a
/// longer word: Chinese, Japanese and Thai are written without spaces.
pub fn matches(text: &str, words: &[String]) -> bool {
    words.iter().all(|w| text.contains(w.as_str()))
}

/// Whether `entry` is offered in `language` (`""`: any language).
pub fn in_language(entry: &CatalogEntry, language: &str) -> bool {
    language.is_empty() || entry.languages.iter().any(|l| l == language)
}

/// Folds what case folding leaves apart but a learner types alike: typographic apostrophes and full-width spaces.
fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' | '\u{02bc}' => '\'',
            '\u{3000}' => ' ',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lang::Localized;
    use crate::domain::package::Provider;

    fn lower(s: &str) -> String {
        s.to_lowercase()
    }

    fn localized(pairs: &[(&str, &str)]) -> Localized {
        pairs
            .iter()
            .map(|(l, s)| (l.to_string(), s.to_string()))
            .collect()
    }

    fn entry() -> CatalogEntry {
        CatalogEntry {
            id: "stats".into(),
            iri: "https://x.org/stats".into(),
            title: localized(&[("en", "Statistics for Everyone"), ("zh-CN", "人人学统计")]),
            summary: localized(&[
                ("en", "Mean, median and mode, and what they hide."),
                ("fr", "Moyenne, médiane et mode : ce qu’ils cachent."),
            ]),
            languages: vec!["en".into(), "zh-CN".into(), "fr".into()],
            provider: Provider {
                name: localized(&[("en", "Open University of the Alliance")]),
                url: None,
            },
            size: 1,
            manifest: "/c/course.json".into(),
        }
    }

    fn finds(q: &str) -> bool {
        matches(&search_text(&entry(), lower), &query_words(q, lower))
    }

    #[test]
    fn titles_summaries_and_providers_in_every_language_are_searched() {
        assert!(finds("statistics"));
        assert!(
            finds("STATISTICS everyone"),
            "case and word order do not matter"
        );
        assert!(finds("median"), "the summary");
        assert!(
            finds("médiane"),
            "a summary in another language than the title's"
        );
        assert!(finds("open university"), "the provider");
        assert!(finds("统计"), "Chinese inside a longer run of characters");
        assert!(
            finds("ce qu'ils"),
            "a typed apostrophe finds a typographic one"
        );
        assert!(finds(""), "an empty query finds everything");
        assert!(finds("   "));
    }

    #[test]
    fn every_word_must_be_found_and_never_across_two_texts() {
        assert!(!finds("statistics cooking"));
        assert!(!finds("physics"));
        // The end of the English title and the start of the Chinese one are not one text.
        assert!(!finds("everyone人人"));
    }

    #[test]
    fn the_language_filter_keeps_courses_offered_in_it() {
        assert!(in_language(&entry(), ""));
        assert!(in_language(&entry(), "fr"));
        assert!(!in_language(&entry(), "ar"));
    }
}
