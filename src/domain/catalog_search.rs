//! Searching a catalogue: a query matches a course when every one of its words is found in the course's titles,
//! summaries or provider names, in any of its languages. The text searched is folded once per course, many courses
//! in one call ([`search_texts`]), so a keystroke only scans prepared text. Case folding is the caller's
//! (`i18n::lowercase`, the browser's rules for every script), passed in to keep this module pure: in the browser
//! each call crosses into JavaScript, so a page of 500 courses is folded in one call, not 20,000.

use super::package::CatalogEntry;

/// Separates the pieces of a course's search text, so no word is found across two of them.
const SEPARATOR: char = '\u{1f}';

/// Separates the courses' texts while they are folded together; neither separator changes case or is typed.
const COURSE_SEPARATOR: char = '\u{1e}';

/// The texts a search looks in, one per entry: every title, summary and provider name, in every language, folded.
/// `lowercase` is called once for all of them.
pub fn search_texts<'a>(
    entries: impl Iterator<Item = &'a CatalogEntry>,
    lowercase: impl Fn(&str) -> String,
) -> Vec<String> {
    let mut all = String::new();
    let mut count = 0;
    for entry in entries {
        let pieces = entry
            .title
            .values()
            .chain(entry.summary.values())
            .chain(entry.provider.name.values());
        for piece in pieces {
            // A separator inside a text would split it: it is no letter, so a space stands for it.
            all.extend(piece.chars().map(|c| match c {
                SEPARATOR | COURSE_SEPARATOR => ' ',
                c => c,
            }));
            all.push(SEPARATOR);
        }
        all.push(COURSE_SEPARATOR);
        count += 1;
    }
    if count == 0 {
        return vec![];
    }
    let folded = fold(&lowercase(&all));
    let mut texts: Vec<String> = folded.split(COURSE_SEPARATOR).map(str::to_string).collect();
    // The text after the last separator is empty.
    texts.truncate(count);
    texts
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
        let texts = search_texts([entry()].iter(), lower);
        matches(&texts[0], &query_words(q, lower))
    }

    #[test]
    fn many_courses_are_folded_in_one_call_each_to_its_own_text() {
        let calls = std::cell::Cell::new(0);
        let counting = |s: &str| {
            calls.set(calls.get() + 1);
            s.to_lowercase()
        };
        let mut other = entry();
        other.title = localized(&[("en", "Physics\u{1e}Chemistry\u{1f}Biology")]);
        other.summary = localized(&[("en", "İstanbul")]);
        let texts = search_texts([entry(), other, entry()].iter(), counting);
        assert_eq!(calls.get(), 1);
        assert_eq!(texts.len(), 3);
        assert_eq!(texts[0], texts[2]);
        assert!(matches(&texts[0], &query_words("median", lower)));
        assert!(!matches(&texts[1], &query_words("median", lower)));
        assert!(
            matches(&texts[1], &query_words("chemistry", lower)),
            "a separator inside a text does not cut it from its course"
        );
        assert!(
            matches(&texts[1], &query_words("stanbul", lower)),
            "a letter whose lowercase is longer keeps the texts apart"
        );
        assert!(search_texts([].iter(), |_: &str| -> String { unreachable!() }).is_empty());
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
