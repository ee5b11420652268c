//! Every input has a size and a shape limit: the figures, in one place, and the checks that need no parser.
//!
//! The byte limits are checked by the edge twice — on `Content-Length` and again while the body streams in, since a
//! server can omit or lie about it — and the nesting limit before a JSON text is parsed. The counts are checked by
//! the parsers (`domain::package`, `domain::progress::accept_remote`). The figures are documented in
//! `docs/course-format.md` and `docs/security.md` §4.

/// What a file is, for its byte limit and for the error that names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// The catalogue (`catalog.json`).
    Catalog,
    /// A course manifest (`course.json`).
    Course,
    /// An interface locale's Fluent file (`main.ftl`).
    Locale,
    /// The progress document the LRS keeps (xAPI State).
    State,
    /// A WebVTT subtitle file, read for search in a course.
    Subtitles,
    /// The deployment's list of catalogues (`config.json`).
    Config,
    /// A course's search data (`search.json`): the cues of all its subtitle files.
    SearchData,
}

impl Input {
    /// The largest body accepted, in bytes.
    pub const fn max_bytes(self) -> u64 {
        match self {
            // 10,000 courses with a title and summary in two or three languages (~800 bytes each) is ~8 MB.
            Input::Catalog => 8 * MIB,
            // 10,000 units at ~250 bytes each is ~2.5 MB; the largest sample is under 50 KB.
            Input::Course => 4 * MIB,
            // The English source is ~10 KB; the largest translation ~25 KB.
            Input::Locale => 256 * KIB,
            // A unit record is ~300 bytes: 1 MiB holds a 3,000-unit course's progress with room for watched seconds.
            Input::State => MIB,
            // An hour of speech is ~60 KB of WebVTT.
            Input::Subtitles => 2 * MIB,
            // 20 addresses of at most 2 KB each.
            Input::Config => 64 * KIB,
            // As much subtitle text as a search takes in.
            Input::SearchData => SEARCH_SUBTITLE_BYTES,
        }
    }
}

const KIB: u64 = 1024;
const MIB: u64 = 1024 * KIB;

/// Deepest JSON nesting (arrays and objects) in any input; the deepest a valid package needs is 10 (course →
/// modules → module → units → unit → questions → question → choices → choice → text).
pub const MAX_DEPTH: usize = 64;
/// Courses in one catalogue.
pub const MAX_COURSES: usize = 10_000;
/// Pages of a catalogue in pages (format 1.2).
pub const MAX_CATALOG_PAGES: usize = 1_000;
/// Units in one course (all modules together); also the most modules.
pub const MAX_UNITS: usize = 10_000;
/// Files listed in a manifest's `files`.
pub const MAX_FILES: usize = 50_000;
/// Languages in one localized text, one `languages` list or one media's subtitle tracks.
pub const MAX_LANGUAGES: usize = 200;
/// Sources of one video or audio unit.
pub const MAX_SOURCES: usize = 20;
/// Questions in one quiz.
pub const MAX_QUESTIONS: usize = 1_000;
/// Choices of one question, and accepted answers of a fill-in question.
pub const MAX_CHOICES: usize = 100;
/// Catalogues in `config.json`, and catalogues a learner adds.
pub const MAX_CATALOGS: usize = 20;
/// The longest catalogue address accepted.
pub const MAX_URL_BYTES: usize = 2_048;
/// Unit records in a State document (one per unit of the course at most; a course has at most [`MAX_UNITS`]).
pub const MAX_STATE_UNITS: usize = MAX_UNITS;

/// Cues read from one subtitle file.
pub const MAX_CUES: usize = 20_000;
/// Subtitle files fetched for search in one course (the learner's languages first).
pub const SEARCH_SUBTITLE_FILES: usize = 2_000;
/// Bytes of subtitles kept for search in one course (with their lowercase copy, twice that in memory).
pub const SEARCH_SUBTITLE_BYTES: u64 = 24 * MIB;
/// Hits one search returns.
pub const SEARCH_RESULTS: usize = 50;
/// Characters of a search query that count (the rest is ignored).
pub const SEARCH_QUERY_CHARS: usize = 200;

/// Watched seconds read from an old (version 1) progress record: a second past this (12 days) is no media's.
pub const MAX_WATCHED_SECONDS: u32 = 1 << 20;

/// A body larger than its limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooLarge {
    pub input: Input,
    /// The size announced or read so far (at least the limit + 1).
    pub size: u64,
}

/// Checks a size (announced by `Content-Length`, or counted while reading) against `input`'s limit.
pub fn check_size(input: Input, size: u64) -> Result<(), TooLarge> {
    if size > input.max_bytes() {
        Err(TooLarge { input, size })
    } else {
        Ok(())
    }
}

/// A byte count for messages: "4 MiB", "256 KiB", "1.5 MiB", "900 bytes".
pub fn human_bytes(n: u64) -> String {
    // Whole numbers only (no float formatting code in the first load): tenths, rounded down.
    let show = |unit: u64, name: &str| {
        let tenths = n * 10 / unit;
        match tenths % 10 {
            0 => format!("{} {name}", tenths / 10),
            t => format!("{}.{t} {name}", tenths / 10),
        }
    };
    if n >= MIB {
        show(MIB, "MiB")
    } else if n >= KIB {
        show(KIB, "KiB")
    } else {
        format!("{n} bytes")
    }
}

/// Where a JSON text nests deeper than [`MAX_DEPTH`]: 1-based line and column of the opening bracket that goes too
/// deep. A single pass over the bytes (strings and escapes skipped), run before the parser, so that a hostile file
/// of a million `[` costs a scan, not a deep recursion.
pub fn too_deep(text: &str) -> Option<(usize, usize)> {
    let (mut depth, mut line, mut col) = (0usize, 1usize, 0usize);
    let (mut in_string, mut escaped) = (false, false);
    for b in text.bytes() {
        if b == b'\n' {
            line += 1;
            col = 0;
        } else if b & 0xC0 != 0x80 {
            col += 1; // count characters, not UTF-8 continuation bytes
        }
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some((line, col));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_checked_against_each_inputs_limit() {
        assert_eq!(check_size(Input::Catalog, 8 * MIB), Ok(()));
        assert_eq!(
            check_size(Input::Catalog, 8 * MIB + 1),
            Err(TooLarge {
                input: Input::Catalog,
                size: 8 * MIB + 1
            })
        );
        assert!(check_size(Input::Locale, 256 * KIB + 1).is_err());
        assert!(check_size(Input::State, MIB).is_ok());
        assert!(check_size(Input::State, MIB + 1).is_err());
        assert!(check_size(Input::Course, u64::MAX).is_err());
    }

    #[test]
    fn byte_counts_read_naturally() {
        assert_eq!(human_bytes(Input::Course.max_bytes()), "4 MiB");
        assert_eq!(human_bytes(Input::Locale.max_bytes()), "256 KiB");
        assert_eq!(human_bytes(MIB + MIB / 2), "1.5 MiB");
        assert_eq!(human_bytes(900), "900 bytes");
    }

    #[test]
    fn nesting_is_bounded_and_strings_do_not_count() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert_eq!(too_deep(&ok), None);
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert_eq!(too_deep(&deep), Some((1, MAX_DEPTH + 1)));
        // Brackets inside strings, escaped quotes included, are text.
        let text = format!(
            r#"{{"a": "{}\"{}", "b": [1]}}"#,
            "[".repeat(500),
            "{".repeat(500)
        );
        assert_eq!(too_deep(&text), None);
        // The position names the line and the character column.
        let multi = format!("{{\"é\":\n  {}", "[".repeat(MAX_DEPTH));
        assert_eq!(too_deep(&multi), Some((2, 2 + MAX_DEPTH)));
        // A million brackets is a scan, not a stack overflow.
        assert!(too_deep(&"[".repeat(1_000_000)).is_some());
    }

    #[test]
    fn the_sample_packages_fit_well_inside_the_limits() {
        let files = [
            include_str!("../../public/courses/catalog.json"),
            include_str!("../../public/courses/open-education/course.json"),
            include_str!("../../public/courses/statistics/course.json"),
            include_str!("../../public/courses/first-chinese/course.json"),
        ];
        for f in files {
            assert_eq!(too_deep(f), None);
            assert!((f.len() as u64) < Input::Course.max_bytes() / 10);
        }
    }
}
