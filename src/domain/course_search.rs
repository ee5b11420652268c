//! Search inside one course: unit titles, readings, audio transcripts, quiz prompts and subtitle cues, in every
//! language the course has.
//!
//! Pure: the caller gives the text of the subtitle files it fetched and the folding function (lowercase without
//! accents: the browser's, `i18n::fold`). A part (a title, paragraph, prompt or cue) matches when it holds every word
//! of the query, anywhere, also inside longer words, so Chinese or Japanese matches with no word splitting. A hit
//! names its unit, what matched, a short snippet with the query's words marked, cut at character (and, where it can
//! tell, grapheme) boundaries, and for subtitles the cue's start time. Titles come first, then the other hits in
//! outline order; in each unit only the learner's best language that matches is kept.

use std::collections::HashMap;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::lang::base;
use super::limits;
use super::package::{parse_json, Course, PackageError, UnitBody};
use super::quiz::Lowercase;

/// What a hit matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum HitKind {
    Title,
    Reading,
    Transcript,
    Subtitle,
    Quiz,
}

impl HitKind {
    pub fn as_str(self) -> &'static str {
        match self {
            HitKind::Title => "title",
            HitKind::Reading => "reading",
            HitKind::Transcript => "transcript",
            HitKind::Subtitle => "subtitle",
            HitKind::Quiz => "quiz",
        }
    }
}

/// The text around a match in pieces, `true` for the query's words: the first and last piece start or end with "…"
/// where the text goes on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet(pub Vec<(String, bool)>);

#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// The unit's id.
    pub unit: String,
    pub kind: HitKind,
    /// The language of the text that matched.
    pub lang: String,
    pub snippet: Snippet,
    /// For a subtitle, the cue's start in seconds.
    pub time: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Results {
    pub hits: Vec<Hit>,
    /// More hits than were returned.
    pub more: bool,
}

/// A subtitle file to fetch for search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubtitleFile {
    pub unit: String,
    pub lang: String,
    /// Resolved URL.
    pub src: String,
}

/// One cue of a WebVTT file: its start (milliseconds) and its text without markup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub start_ms: u32,
    pub text: String,
}

/// `format` of a course's search data.
pub const SEARCH_DATA_FORMAT: &str = "alliance-course-search";

/// A course's search data (`search.json`, format 1.0, written by `alliance-pack build`): the cues of every subtitle
/// file of the course, so a search fetches one file rather than one per subtitle track. The other texts a search
/// looks in are in the manifest already.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
struct SearchData {
    format: String,
    version: String,
    subtitles: Vec<SubtitleText>,
}

/// One subtitle file's cues in a course's search data: `[start in milliseconds, text]` each.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct SubtitleText {
    pub unit: String,
    pub lang: String,
    pub cues: Vec<(u32, String)>,
}

impl SubtitleText {
    /// The bytes of its text, counted against [`limits::SEARCH_SUBTITLE_BYTES`].
    fn bytes(&self) -> u64 {
        self.cues.iter().map(|(_, t)| t.len() as u64 + 1).sum()
    }
}

/// The subtitle texts of search data file `file`, the learner's languages (`prefer`) first, then in file order.
pub fn parse_search_data(
    file: &str,
    text: &str,
    prefer: &[String],
) -> Result<Vec<SubtitleText>, PackageError> {
    let data: SearchData = parse_json(file, text, limits::Input::SearchData)?;
    let error = |pointer: &str, message: String| PackageError {
        file: file.to_string(),
        pointer: pointer.to_string(),
        message,
    };
    if data.format != SEARCH_DATA_FORMAT {
        return Err(error(
            "/format",
            format!("expected \"{SEARCH_DATA_FORMAT}\"; write the file with `alliance-pack build`"),
        ));
    }
    if data.version.split('.').next() != Some("1") {
        return Err(error(
            "/version",
            format!(
                "version {} is not one this player reads (1.x); write the file with `alliance-pack build`",
                data.version
            ),
        ));
    }
    let mut texts = data.subtitles;
    texts.sort_by_key(|t| rank(&t.lang, prefer));
    Ok(texts)
}

/// The searchable text of a course.
#[derive(Debug, Default)]
pub struct Index {
    units: Vec<Entry>,
    by_id: HashMap<String, usize>,
    langs: Vec<String>,
    lang_ids: HashMap<String, u32>,
    subtitle_bytes: u64,
}

#[derive(Debug)]
struct Entry {
    id: String,
    texts: Vec<Text>,
}

/// One text in one language (a title, a reading, a quiz's prompts, a subtitle file): parts (paragraphs, prompts,
/// cues) separated by `\n`, as written and folded.
#[derive(Debug)]
struct Text {
    kind: HitKind,
    lang: u32,
    original: String,
    folded: String,
    parts: Vec<Part>,
    /// Word runs of the parts whose folded text is not as long as the original (see [`Part::runs`]).
    runs: Vec<Run>,
}

#[derive(Debug, Clone, Copy)]
struct Part {
    /// Byte range in `original`.
    orig: (u32, u32),
    /// Byte range in `folded`.
    folded: (u32, u32),
    /// Cue start in milliseconds; `u32::MAX` for none.
    time_ms: u32,
    /// Range in `runs`; empty when folding kept the number of characters, so the n-th character of one is the n-th
    /// of the other.
    runs: (u32, u32),
}

/// A word of a part whose folding changed its length: where it starts in both texts and whether it, alone, kept
/// its number of characters.
#[derive(Debug, Clone, Copy)]
struct Run {
    folded: u32,
    orig: u32,
    orig_end: u32,
    exact: bool,
}

const NO_TIME: u32 = u32::MAX;
/// Cue hits per subtitle file (each opens the media at another time); other texts give one hit each.
const CUE_HITS: usize = 3;

/// `s` with runs of whitespace and control characters as one space, trimmed.
fn squash(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// `fold`, with the final sigma as any other (folding does not know where a query's words end).
fn fold_with(fold: Lowercase, s: &str) -> String {
    let f = fold(s);
    if f.contains(['ς', '\n']) {
        f.replace('ς', "σ").replace('\n', " ")
    } else {
        f
    }
}

/// The plain text of Markdown, one part per block (paragraph, heading, list item, table row, code block); link
/// and image text kept, raw HTML kept as the text it is shown as.
pub fn markdown_text(md: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut cur = String::new();
    let mut flush = |cur: &mut String| {
        let s = squash(cur);
        if !s.is_empty() {
            parts.push(s);
        }
        cur.clear();
    };
    for event in Parser::new_ext(md, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                cur.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::TableCell) => cur.push(' '),
            Event::Start(
                Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. }
                | Tag::Image { .. }
                | Tag::TableCell,
            )
            | Event::End(
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Superscript
                | TagEnd::Subscript
                | TagEnd::Link
                | TagEnd::Image,
            ) => {}
            Event::Start(_) | Event::End(_) | Event::Rule => flush(&mut cur),
            _ => {}
        }
    }
    flush(&mut cur);
    parts
}

/// The cues of a WebVTT file, markup removed, at most [`limits::MAX_CUES`]. A file without the `WEBVTT` signature
/// has none (browsers show none of it either); a block without a valid timing line is skipped.
pub fn parse_vtt(text: &str) -> Vec<Cue> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let text = if text.contains('\r') {
        std::borrow::Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    let mut lines = text.split('\n');
    let signed = lines.next().is_some_and(|h| {
        h.strip_prefix("WEBVTT")
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t']))
    });
    if !signed {
        return vec![];
    }
    let mut cues = Vec::new();
    let mut block: Vec<&str> = Vec::new();
    // The header block (the signature line and any lines after it) ends at the first blank line.
    let mut in_header = true;
    for line in lines.chain(std::iter::once("")) {
        if !line.is_empty() {
            // (A cue right after the header, with no blank line between, is taken too.)
            in_header &= !line.contains("-->");
            if !in_header {
                block.push(line);
            }
            continue;
        }
        in_header = false;
        if let Some(cue) = cue(&block) {
            cues.push(cue);
            if cues.len() == limits::MAX_CUES {
                break;
            }
        }
        block.clear();
    }
    cues
}

/// The cue of a block of lines: an optional identifier, the timing line, the text.
fn cue(block: &[&str]) -> Option<Cue> {
    let timing = block.iter().take(2).position(|l| l.contains("-->"))?;
    let (start, rest) = block[timing].split_once("-->")?;
    let start_ms = timestamp(start.trim())?;
    timestamp(rest.trim_start().split([' ', '\t']).next()?)?;
    let text = cue_text(&block[timing + 1..]);
    (!text.is_empty()).then_some(Cue { start_ms, text })
}

/// `[hh:]mm:ss.ttt` in milliseconds.
fn timestamp(s: &str) -> Option<u32> {
    let (hms, ms) = s.split_once('.')?;
    let digits = |d: &str, min: usize, max: usize| {
        (min..=max).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit())
    };
    let fields: Vec<&str> = hms.split(':').collect();
    let (h, m, sec) = match fields[..] {
        [m, s] => ("0", m, s),
        [h, m, s] => (h, m, s),
        _ => return None,
    };
    if !(digits(h, 1, 6) && digits(m, 2, 2) && digits(sec, 2, 2) && digits(ms, 3, 3)) {
        return None;
    }
    let n = |d: &str| d.parse::<u64>().ok();
    let (h, m, sec, ms) = (n(h)?, n(m)?, n(sec)?, n(ms)?);
    if m > 59 || sec > 59 {
        return None;
    }
    u32::try_from(((h * 60 + m) * 60 + sec) * 1000 + ms)
        .ok()
        .filter(|&t| t != NO_TIME)
}

/// The text of cue lines: tags (`<v Name>`, `<b>`, `<00:01.000>`) removed, character references decoded.
fn cue_text(lines: &[&str]) -> String {
    let mut out = String::new();
    for line in lines {
        out.push(' ');
        let mut rest = *line;
        while let Some(lt) = rest.find('<') {
            decode_into(&rest[..lt], &mut out);
            rest = rest[lt..].find('>').map_or("", |gt| &rest[lt + gt + 1..]);
        }
        decode_into(rest, &mut out);
    }
    squash(&out)
}

/// Appends `s` with its character references (`&amp;`, `&#233;`, `&#x4E2D;`, …) decoded.
fn decode_into(s: &str, out: &mut String) {
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        // (Looked for in the next few bytes only: a line of a million `&` stays one pass.)
        let reference = rest.as_bytes()[1..]
            .iter()
            .take(10)
            .position(|&b| b == b';')
            .and_then(|semi| Some((reference(&rest[1..semi + 1])?, semi + 2)));
        match reference {
            Some((c, len)) => {
                if let Some(c) = c {
                    out.push(c);
                }
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

/// The character a reference names (`None` inside: one that stands for nothing shown), or `None` if unknown.
fn reference(name: &str) -> Option<Option<char>> {
    Some(match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some(' '),
        "lrm" | "rlm" => None,
        _ => {
            let n = name.strip_prefix('#')?;
            let code = match n.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => n.parse().ok()?,
            };
            Some(char::from_u32(code).filter(|c| !c.is_control())?)
        }
    })
}

/// Characters that belong to the one before them (combining marks, joiners, variation selectors, emoji
/// modifiers, the vowel signs of the major scripts): a snippet never starts or ends between them and their base.
fn is_extend(c: char) -> bool {
    let cp = c as u32;
    let indic = (0x0900..=0x0DFF).contains(&cp)
        && matches!(cp & 0x7F, 0x00..=0x03 | 0x3A..=0x4F | 0x51..=0x57 | 0x62..=0x63);
    indic
        || matches!(cp,
            0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670
            | 0x06D6..=0x06ED | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E | 0x0EB1 | 0x0EB4..=0x0EBC
            | 0x0EC8..=0x0ECD | 0x0F71..=0x0F84 | 0x102B..=0x103E | 0x1160..=0x11FF | 0x17B4..=0x17D3
            | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200C..=0x200D | 0x20D0..=0x20FF | 0x3099..=0x309A
            | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F | 0xE0100..=0xE01EF)
}

/// Columns a character takes in a snippet: East Asian scripts count double.
fn width(c: char) -> usize {
    if c >= '\u{2E80}' {
        2
    } else {
        1
    }
}

/// `i` moved back (not before `lo`) to the start of its character cluster.
fn cluster_start(s: &str, lo: usize, mut i: usize) -> usize {
    while i > lo {
        let at = s[i..].chars().next();
        let Some(prev) = s[..i].chars().next_back() else {
            break;
        };
        if at.is_some_and(is_extend) || prev == '\u{200D}' {
            i -= prev.len_utf8();
        } else {
            break;
        }
    }
    i
}

/// `i` moved on (not past `hi`) to the end of its character cluster.
fn cluster_end(s: &str, mut i: usize, hi: usize) -> usize {
    while i < hi {
        let Some(at) = s[i..].chars().next() else {
            break;
        };
        if is_extend(at) || s[..i].ends_with('\u{200D}') {
            i += at.len_utf8();
        } else {
            break;
        }
    }
    i
}

/// Columns of context before a match.
const BEFORE: usize = 40;
/// Columns of a whole snippet (at least [`BEFORE`] / 2 after the match).
const WIDTH: usize = 140;
/// How far a cut moves to fall between words.
const WORD_SLACK: usize = 15;

/// The stretch of the part `lo..hi` of `text` shown around the match `s..e`: some context before, more after,
/// between words where the script has spaces, never inside a character cluster.
fn window(text: &str, (lo, hi): (usize, usize), (s, e): (usize, usize)) -> (usize, usize) {
    let hit_width: usize = text[s..e].chars().map(width).sum();
    let (mut start, mut used) = (s, 0);
    for (i, c) in text[lo..s].char_indices().rev() {
        if used + width(c) > BEFORE {
            break;
        }
        used += width(c);
        start = lo + i;
    }
    let budget = WIDTH.saturating_sub(used + hit_width).max(BEFORE / 2);
    let (mut end, mut used_after) = (e, 0);
    for (i, c) in text[e..hi].char_indices() {
        if used_after + width(c) > budget {
            break;
        }
        used_after += width(c);
        end = e + i + c.len_utf8();
    }
    if start > lo && !text[..start].ends_with(' ') {
        if let Some(sp) = text[start..s]
            .char_indices()
            .take(WORD_SLACK)
            .find(|&(_, c)| c == ' ')
        {
            start += sp.0 + 1;
        }
    }
    if end < hi && !text[end..].starts_with(' ') {
        if let Some((i, _)) = text[e..end]
            .char_indices()
            .rev()
            .take(WORD_SLACK)
            .find(|&(_, c)| c == ' ')
        {
            end = e + i;
        }
    }
    (cluster_start(text, lo, start), cluster_end(text, end, hi))
}

/// The snippet of the part `lo..hi` of `text` for `marks` (sorted ranges of the query's words, the first one the
/// match the snippet is around).
fn snippet(text: &str, (lo, hi): (usize, usize), marks: &[(usize, usize)]) -> Snippet {
    let Some(&first) = marks.first() else {
        return Snippet(vec![]);
    };
    let (start, end) = window(text, (lo, hi), first);
    let mut pieces: Vec<(String, bool)> = Vec::new();
    let mut at = start;
    let plain = |pieces: &mut Vec<(String, bool)>, from: usize, to: usize| {
        if from < to {
            pieces.push((text[from..to].to_string(), false));
        }
    };
    if start > lo {
        pieces.push(("…".to_string(), false));
    }
    for &(s, e) in marks {
        if s < at || e > end {
            continue;
        }
        plain(&mut pieces, at, s);
        pieces.push((text[s..e].to_string(), true));
        at = e;
    }
    plain(&mut pieces, at, end);
    if end < hi {
        pieces.push(("…".to_string(), false));
    }
    // Neighbouring plain pieces as one.
    let mut merged: Vec<(String, bool)> = Vec::with_capacity(pieces.len());
    for (t, m) in pieces {
        match merged.last_mut() {
            Some((last, false)) if !m => last.push_str(&t),
            _ => merged.push((t, m)),
        }
    }
    Snippet(merged)
}

/// Whether `folded` has as many characters as `original`, with its spaces at the same places (so a character that
/// grew and one that shrank do not pass for an unchanged text, at least across words).
fn same_shape(original: &str, folded: &str) -> bool {
    let (mut a, mut b) = (original.chars(), folded.chars());
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if (x == ' ') == (y == ' ') => {}
            _ => return false,
        }
    }
}

/// The byte offset `n` characters after `from` in `s`, at most `limit`.
fn advance(s: &str, from: usize, n: usize, limit: usize) -> usize {
    s[from..limit]
        .char_indices()
        .nth(n)
        .map_or(limit, |(i, _)| from + i)
}

impl Text {
    /// A text of `parts` (each with its cue start, if any); `None` if every part is empty.
    fn new(
        kind: HitKind,
        lang: u32,
        parts: impl IntoIterator<Item = (String, u32)>,
        fold: Lowercase,
    ) -> Option<Text> {
        let mut original = String::new();
        let mut spans = Vec::new();
        for (p, time_ms) in parts {
            let p = squash(&p);
            if p.is_empty() {
                continue;
            }
            if !original.is_empty() {
                original.push('\n');
            }
            let start = original.len();
            original.push_str(&p);
            spans.push((start, original.len(), time_ms));
        }
        if spans.is_empty() || u32::try_from(original.len()).is_err() {
            return None;
        }
        // One call for the whole text; each part alone if folding did not keep the line breaks.
        let whole = fold_with(fold, &original.replace('\n', "\u{1}"));
        let mut pieces: Vec<String> = whole.split('\u{1}').map(str::to_string).collect();
        if pieces.len() != spans.len() {
            pieces = spans
                .iter()
                .map(|&(s, e, _)| fold_with(fold, &original[s..e]))
                .collect();
        }
        let mut text = Text {
            kind,
            lang,
            folded: String::with_capacity(whole.len()),
            parts: Vec::with_capacity(spans.len()),
            runs: Vec::new(),
            original,
        };
        for (&(s, e, time_ms), piece) in spans.iter().zip(pieces) {
            if !text.folded.is_empty() {
                text.folded.push('\n');
            }
            let from = text.folded.len();
            let o = &text.original[s..e];
            let first_run = text.runs.len();
            if same_shape(o, &piece) {
                text.folded.push_str(&piece);
            } else {
                // Folding changed the length (an `İ`, a decomposed accent): word by word, so a match maps back to
                // its word at worst.
                let mut at = s;
                for (i, w) in o.split(' ').enumerate() {
                    if i > 0 {
                        text.folded.push(' ');
                    }
                    let fw = fold_with(fold, w);
                    text.runs.push(Run {
                        folded: text.folded.len() as u32,
                        orig: at as u32,
                        orig_end: (at + w.len()) as u32,
                        exact: w.chars().count() == fw.chars().count(),
                    });
                    text.folded.push_str(&fw);
                    at += w.len() + 1;
                }
            }
            text.parts.push(Part {
                orig: (s as u32, e as u32),
                folded: (from as u32, text.folded.len() as u32),
                time_ms,
                runs: (first_run as u32, text.runs.len() as u32),
            });
        }
        if u32::try_from(text.folded.len()).is_err() {
            return None;
        }
        Some(text)
    }

    /// Where folded offset `f` of `part` is in the original text (a changed word: its start, or its end if `end`).
    fn to_original(&self, part: &Part, f: usize, end: bool) -> usize {
        let (fold_from, orig_from, orig_to) = if part.runs.0 == part.runs.1 {
            (part.folded.0, part.orig.0, part.orig.1)
        } else {
            let runs = &self.runs[part.runs.0 as usize..part.runs.1 as usize];
            let i = runs
                .partition_point(|r| r.folded as usize <= f)
                .saturating_sub(1);
            let r = runs[i];
            if !r.exact {
                return if end { r.orig_end } else { r.orig } as usize;
            }
            (r.folded, r.orig, r.orig_end)
        };
        let (fold_from, orig_from, orig_to) =
            (fold_from as usize, orig_from as usize, orig_to as usize);
        let n = self.folded[fold_from..f.max(fold_from)].chars().count();
        advance(&self.original, orig_from, n, orig_to)
    }

    /// Up to `max` parts that hold every one of the folded query `words` (the longest first).
    fn find(&self, words: &[String], max: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let Some(lead) = words.first() else {
            return out;
        };
        let mut from = 0;
        while out.len() < max && from < self.folded.len() {
            let Some(i) = self.folded[from..].find(lead.as_str()) else {
                break;
            };
            let at = from + i;
            let part = self.parts.partition_point(|p| p.folded.1 as usize <= at);
            let Some(p) = self.parts.get(part) else {
                break;
            };
            let seg = &self.folded[p.folded.0 as usize..p.folded.1 as usize];
            if words[1..].iter().all(|w| seg.contains(w.as_str())) {
                out.push(part);
            }
            from = p.folded.1 as usize + 1;
        }
        out
    }

    /// Where the query's `words` are in part `part`, in the original text: sorted, merged, whole clusters; the first
    /// is the earliest, and the others are looked for only near it (they are shown only near it).
    fn marks(&self, part: usize, words: &[String]) -> Vec<(usize, usize)> {
        let p = &self.parts[part];
        let (f0, f1) = (p.folded.0 as usize, p.folded.1 as usize);
        let seg = &self.folded[f0..f1];
        let Some(first) = words.iter().filter_map(|w| seg.find(w.as_str())).min() else {
            return vec![];
        };
        let first = f0 + first;
        // Far enough for a snippet whatever the script (4 bytes a character, folding may add some).
        let near = first + WIDTH * 8;
        let mut found: Vec<(usize, usize)> = Vec::new();
        for w in words {
            let mut from = first;
            while let Some(i) = self.folded[from..f1].find(w.as_str()) {
                let s = from + i;
                if s > near {
                    break;
                }
                found.push((s, s + w.len()));
                from = s + w.len();
            }
        }
        found.sort_unstable();
        // Mapped back from the first match on (in an unchanged part, counting characters from there only).
        let base = (first, self.to_original(p, first, false));
        let map = |f: usize, end: bool| {
            if p.runs.0 == p.runs.1 {
                let n = self.folded[base.0..f].chars().count();
                advance(&self.original, base.1, n, p.orig.1 as usize)
            } else {
                self.to_original(p, f, end)
            }
        };
        let (lo, hi) = (p.orig.0 as usize, p.orig.1 as usize);
        let mut marks: Vec<(usize, usize)> = Vec::with_capacity(found.len());
        for (fs, fe) in found {
            let s = cluster_start(&self.original, lo, map(fs, false));
            let e = cluster_end(&self.original, map(fe, true).max(s), hi);
            // Overlapping, or one space apart (a phrase): one mark.
            match marks.last_mut() {
                Some(last) if s <= last.1 || &self.original[last.1..s] == " " => {
                    last.1 = last.1.max(e)
                }
                _ => marks.push((s, e)),
            }
        }
        marks
    }
}

/// The place of `lang` among the learner's languages (`prefer`, best first): exact tags before same base language;
/// a language they did not name comes last.
fn rank(lang: &str, prefer: &[String]) -> usize {
    prefer
        .iter()
        .enumerate()
        .find_map(|(i, p)| {
            if p.eq_ignore_ascii_case(lang) {
                Some(2 * i)
            } else if base(p).eq_ignore_ascii_case(base(lang)) {
                Some(2 * i + 1)
            } else {
                None
            }
        })
        .unwrap_or(usize::MAX)
}

/// Words of a query that count.
const QUERY_WORDS: usize = 16;

/// The query's words as they are matched: at most [`limits::SEARCH_QUERY_CHARS`] characters, folded, each once, the
/// longest first (the most telling, looked for first).
fn query_words(query: &str, fold: Lowercase) -> Vec<String> {
    let q: String = squash(query)
        .chars()
        .take(limits::SEARCH_QUERY_CHARS)
        .collect();
    let folded = fold_with(fold, &q);
    let mut words: Vec<String> = Vec::new();
    for w in folded.split(' ').filter(|w| !w.is_empty()) {
        if !words.iter().any(|x| x == w) && words.len() < QUERY_WORDS {
            words.push(w.to_string());
        }
    }
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    words
}

impl Index {
    /// The index of `course`'s titles, readings, transcripts and quiz prompts (subtitles are added as they are
    /// fetched: [`Index::add_subtitles`]).
    pub fn build(course: &Course, fold: Lowercase) -> Index {
        let mut index = Index::default();
        for unit in course.units() {
            let mut texts = Vec::new();
            let mut add = |index: &mut Index, kind, lang: &str, parts: Vec<String>| {
                let lang = index.lang_id(lang);
                texts.extend(Text::new(
                    kind,
                    lang,
                    parts.into_iter().map(|p| (p, NO_TIME)),
                    fold,
                ));
            };
            for (lang, title) in &unit.title {
                add(&mut index, HitKind::Title, lang, vec![title.clone()]);
            }
            match &unit.body {
                UnitBody::Reading { body } => {
                    for (lang, md) in body {
                        add(&mut index, HitKind::Reading, lang, markdown_text(md));
                    }
                }
                UnitBody::Audio(m) | UnitBody::Video(m) => {
                    for (lang, md) in m.transcript.iter().flatten() {
                        add(&mut index, HitKind::Transcript, lang, markdown_text(md));
                    }
                }
                UnitBody::Quiz(quiz) => {
                    let mut langs: Vec<&String> = quiz
                        .questions
                        .iter()
                        .flat_map(|q| q.prompt.keys())
                        .collect();
                    langs.sort();
                    langs.dedup();
                    for lang in langs {
                        let prompts = quiz
                            .questions
                            .iter()
                            .filter_map(|q| q.prompt.get(lang))
                            .flat_map(|p| markdown_text(p))
                            .collect();
                        add(&mut index, HitKind::Quiz, lang, prompts);
                    }
                }
                _ => {}
            }
            index.by_id.insert(unit.id.clone(), index.units.len());
            index.units.push(Entry {
                id: unit.id.clone(),
                texts,
            });
        }
        index
    }

    fn lang_id(&mut self, lang: &str) -> u32 {
        if let Some(&id) = self.lang_ids.get(lang) {
            return id;
        }
        let id = self.langs.len() as u32;
        self.langs.push(lang.to_string());
        self.lang_ids.insert(lang.to_string(), id);
        id
    }

    /// Adds the cues of `unit`'s subtitle file in `lang` (replacing an earlier copy). `false`, and nothing added,
    /// once the course's subtitles would pass [`limits::SEARCH_SUBTITLE_BYTES`].
    pub fn add_subtitles(&mut self, unit: &str, lang: &str, vtt: &str, fold: Lowercase) -> bool {
        let cues = || parse_vtt(vtt).into_iter().map(|c| (c.text, c.start_ms));
        self.add_cues(unit, lang, vtt.len() as u64, cues, fold)
    }

    /// Adds a subtitle file's cues from a course's search data, as [`Index::add_subtitles`] does.
    pub fn add_subtitle_text(&mut self, text: &SubtitleText, fold: Lowercase) -> bool {
        let cues = || text.cues.iter().map(|(start, t)| (t.clone(), *start));
        self.add_cues(&text.unit, &text.lang, text.bytes(), cues, fold)
    }

    fn add_cues<I: Iterator<Item = (String, u32)>>(
        &mut self,
        unit: &str,
        lang: &str,
        bytes: u64,
        cues: impl FnOnce() -> I,
        fold: Lowercase,
    ) -> bool {
        let Some(&place) = self.by_id.get(unit) else {
            return true;
        };
        if self.subtitle_bytes + bytes > limits::SEARCH_SUBTITLE_BYTES {
            return false;
        }
        self.subtitle_bytes += bytes;
        let lang = self.lang_id(lang);
        let text = Text::new(HitKind::Subtitle, lang, cues(), fold);
        let texts = &mut self.units[place].texts;
        texts.retain(|t| !(t.kind == HitKind::Subtitle && t.lang == lang));
        texts.extend(text);
        true
    }

    /// The hits of `query` (parts holding every one of its words), at most `max`: title hits first, then the others in outline order (in a unit: reading,
    /// transcript, subtitles, quiz). `prefer` is the learner's languages, best first: of a unit's texts of one kind,
    /// only the best-ranked language that matches gives hits.
    pub fn search(&self, query: &str, fold: Lowercase, prefer: &[String], max: usize) -> Results {
        let q = query_words(query, fold);
        let mut hits = Vec::new();
        if q.is_empty() || max == 0 {
            return Results::default();
        }
        let ranks: Vec<usize> = self.langs.iter().map(|l| rank(l, prefer)).collect();
        'titles: for entry in &self.units {
            if self.best(entry, HitKind::Title, &q, &ranks, &mut hits) && hits.len() > max {
                break 'titles;
            }
        }
        'units: for entry in &self.units {
            for kind in [
                HitKind::Reading,
                HitKind::Transcript,
                HitKind::Subtitle,
                HitKind::Quiz,
            ] {
                if hits.len() > max {
                    break 'units;
                }
                self.best(entry, kind, &q, &ranks, &mut hits);
            }
        }
        let more = hits.len() > max;
        hits.truncate(max);
        Results { hits, more }
    }

    /// Adds the hits of `entry`'s best-ranked text of `kind` that matches; whether there were any.
    fn best(
        &self,
        entry: &Entry,
        kind: HitKind,
        q: &[String],
        ranks: &[usize],
        hits: &mut Vec<Hit>,
    ) -> bool {
        let mut texts: Vec<&Text> = entry.texts.iter().filter(|t| t.kind == kind).collect();
        texts.sort_by_key(|t| ranks[t.lang as usize]);
        let per_text = if kind == HitKind::Subtitle {
            CUE_HITS
        } else {
            1
        };
        for text in texts {
            let found = text.find(q, per_text);
            if found.is_empty() {
                continue;
            }
            for part in found {
                let p = &text.parts[part];
                let marks = text.marks(part, q);
                hits.push(Hit {
                    unit: entry.id.clone(),
                    kind,
                    lang: self.langs[text.lang as usize].clone(),
                    snippet: snippet(
                        &text.original,
                        (p.orig.0 as usize, p.orig.1 as usize),
                        &marks,
                    ),
                    time: (p.time_ms != NO_TIME).then(|| p.time_ms as f64 / 1000.0),
                });
            }
            return true;
        }
        false
    }
}

/// The subtitle files of `course` to fetch for search: the learner's languages (`prefer`) first, then in outline
/// order; at most [`limits::SEARCH_SUBTITLE_FILES`] (and whether some were left out).
pub fn subtitle_files(course: &Course, prefer: &[String]) -> (Vec<SubtitleFile>, bool) {
    let mut files: Vec<(usize, usize, SubtitleFile)> = Vec::new();
    for (place, unit) in course.units().enumerate() {
        if let UnitBody::Video(m) | UnitBody::Audio(m) = &unit.body {
            for s in &m.subtitles {
                files.push((
                    rank(&s.lang, prefer),
                    place,
                    SubtitleFile {
                        unit: unit.id.clone(),
                        lang: s.lang.clone(),
                        src: s.src.clone(),
                    },
                ));
            }
        }
    }
    files.sort_by_key(|&(r, place, _)| (r, place));
    let left_out = files.len() > limits::SEARCH_SUBTITLE_FILES;
    files.truncate(limits::SEARCH_SUBTITLE_FILES);
    (files.into_iter().map(|(_, _, f)| f).collect(), left_out)
}

/// The time a unit address asks media to start at (`?t=12.5`): plain decimal seconds from 0 to `duration`.
pub fn seek_time(raw: &str, duration: f64) -> Option<f64> {
    let plain = (1..=12).contains(&raw.len())
        && raw.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && raw.bytes().any(|b| b.is_ascii_digit())
        && raw.bytes().filter(|&b| b == b'.').count() <= 1;
    let t: f64 = raw.parse().ok().filter(|_| plain)?;
    (t.is_finite() && t >= 0.0 && duration.is_finite() && t <= duration).then_some(t)
}

/// The address a hit opens: its unit, and for a subtitle the cue's time.
pub fn hit_href(course: &str, hit: &Hit) -> String {
    match hit.time {
        Some(t) => format!("/course/{course}/unit/{}?t={t}", hit.unit),
        None => format!("/course/{course}/unit/{}", hit.unit),
    }
}

#[cfg(test)]
#[path = "course_search_tests.rs"]
mod tests;
