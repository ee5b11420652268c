//! What downloading a course for offline use means: the files to fetch, what each must be, and how far along a
//! download is. Pure; the fetching and the Cache API are in `edge::offline`.

use super::package::{Course, UnitBody};

/// One file a downloaded course needs.
#[derive(Debug, Clone, PartialEq)]
pub struct OfflineFile {
    /// Resolved URL, as the player requests it.
    pub url: String,
    /// Expected size from the manifest's `files` (or a document's `size`); else the server's Content-Length.
    pub size: Option<u64>,
    /// Expected SHA-256 (lower-case hex) from the manifest's `files`.
    pub sha256: Option<String>,
    /// Indexes (outline order) of the units that use this file; empty for the manifest and listed extras.
    pub units: Vec<usize>,
}

/// Every file the course needs offline, in the order a learner meets them: the manifest, then each unit's files
/// in outline order (all media sources, the poster, every subtitle track, the PDF, the interactive page), then any
/// further files the manifest's `files` lists (an interactive page's own assets). Each URL once.
pub fn plan(course: &Course) -> Vec<OfflineFile> {
    let mut files: Vec<OfflineFile> = Vec::new();
    let mut add = |url: &str, unit: Option<usize>, size: Option<u64>| {
        let url = url.split('#').next().unwrap_or(url);
        if let Some(f) = files.iter_mut().find(|f| f.url == url) {
            f.units.extend(unit.filter(|u| !f.units.contains(u)));
            f.size = f.size.or(size);
            return;
        }
        files.push(OfflineFile {
            url: url.to_string(),
            size,
            sha256: None,
            units: unit.into_iter().collect(),
        });
    };
    add(&course.url, None, None);
    for (i, unit) in course.units().enumerate() {
        match &unit.body {
            UnitBody::Video(m) | UnitBody::Audio(m) => {
                for s in &m.sources {
                    add(&s.src, Some(i), None);
                }
                if let Some(p) = &m.poster {
                    add(p, Some(i), None);
                }
                for t in &m.subtitles {
                    add(&t.src, Some(i), None);
                }
            }
            UnitBody::Document { src, size } => add(src, Some(i), *size),
            UnitBody::Interactive { src, .. } | UnitBody::Cmi5 { src, .. } => {
                add(src, Some(i), None)
            }
            UnitBody::Reading { .. } | UnitBody::Quiz(_) | UnitBody::Unsupported { .. } => {}
        }
    }
    for listed in &course.files {
        add(&listed.src, None, Some(listed.size));
    }
    // The manifest's sizes and digests win over anything else.
    for f in &mut files {
        if let Some(listed) = course.files.iter().find(|l| l.src == f.url) {
            f.size = Some(listed.size);
            f.sha256 = listed.sha256.clone();
        }
    }
    files
}

/// How far a download is: bytes (of the expected total) and whole units whose files are all stored.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub bytes: u64,
    pub total_bytes: u64,
    pub units: usize,
    pub total_units: usize,
}

/// The progress when the files `stored[i]` (same order as `files`) are stored, plus `partial` bytes of the one
/// under way. `total_bytes` counts a file of unknown size as 0 until it is stored (then as its stored size, given
/// in `stored_sizes`); `catalog_size` (the catalogue's `size`) is used when it is larger, so the total shown
/// before the download starts does not shrink.
pub fn progress(
    files: &[OfflineFile],
    stored_sizes: &[Option<u64>],
    partial: u64,
    unit_count: usize,
    catalog_size: u64,
) -> Progress {
    let mut bytes = partial;
    let mut total = 0;
    for (f, stored) in files.iter().zip(stored_sizes) {
        let size = stored.or(f.size).unwrap_or(0);
        total += size;
        if stored.is_some() {
            bytes += size;
        }
    }
    let unit_done = |u: usize| {
        files
            .iter()
            .zip(stored_sizes)
            .filter(|(f, _)| f.units.contains(&u))
            .all(|(_, s)| s.is_some())
    };
    Progress {
        bytes: bytes.min(total.max(catalog_size)),
        total_bytes: total.max(catalog_size),
        units: (0..unit_count).filter(|&u| unit_done(u)).count(),
        total_units: unit_count,
    }
}

/// Why a fetched file is not what the course said it would be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    Size { expected: u64, got: u64 },
    Digest { expected: String, got: String },
}

/// What an answer's `Content-Length` says of the file's size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Announced {
    /// The file has exactly this size.
    Exact(u64),
    /// The file has at least this size: the body may have come compressed without saying so.
    AtLeast(u64),
}

/// What an answer's `Content-Length` tells of the file: nothing when the answer says it is compressed (the length
/// is the compressed body's); a lower bound when the answer is another origin's (`cors`), whose `Content-Encoding`
/// the page sees only if its host exposes it, and a compressed body is shorter than the file; else the size.
pub fn announced(content_length: Option<u64>, compressed: bool, cors: bool) -> Option<Announced> {
    let length = content_length.filter(|_| !compressed)?;
    Some(if cors {
        Announced::AtLeast(length)
    } else {
        Announced::Exact(length)
    })
}

/// Checks a fetched file against what the manifest (or else the answer's `Content-Length`) announced.
pub fn verify(
    file: &OfflineFile,
    announced: Option<Announced>,
    got_size: u64,
    got_sha256: Option<&str>,
) -> Result<(), Mismatch> {
    let short = match file.size.map(Announced::Exact).or(announced) {
        Some(Announced::Exact(expected)) => (expected != got_size).then_some(expected),
        Some(Announced::AtLeast(expected)) => (got_size < expected).then_some(expected),
        None => None,
    };
    if let Some(expected) = short {
        return Err(Mismatch::Size {
            expected,
            got: got_size,
        });
    }
    if let (Some(expected), Some(got)) = (&file.sha256, got_sha256) {
        if !expected.eq_ignore_ascii_case(got) {
            return Err(Mismatch::Digest {
                expected: expected.clone(),
                got: got.to_string(),
            });
        }
    }
    Ok(())
}

/// What a stored copy of a planned file is, checked again against the current manifest (which may have changed
/// since the file was downloaded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recheck {
    /// Still what the manifest says (or the manifest says nothing the copy could be checked against).
    Current,
    /// Not what the manifest says any more: the copy must not be used; the file is fetched again.
    Changed,
    /// The manifest gives a SHA-256 that was not recorded when the copy was stored: only its bytes can tell.
    NeedsDigest,
}

/// Checks a stored copy of `file` — `stored_size` bytes, with the SHA-256 recorded when it was stored, if any —
/// against what the current manifest says of the file (its size and SHA-256).
pub fn recheck(file: &OfflineFile, stored_size: u64, stored_sha256: Option<&str>) -> Recheck {
    if file.size.is_some_and(|expected| expected != stored_size) {
        return Recheck::Changed;
    }
    match (&file.sha256, stored_sha256) {
        (None, _) => Recheck::Current,
        (Some(expected), Some(got)) if expected.eq_ignore_ascii_case(got) => Recheck::Current,
        (Some(_), Some(_)) => Recheck::Changed,
        (Some(_), None) => Recheck::NeedsDigest,
    }
}

/// The player's own address at which the service worker answers a frame's navigation with a downloaded page of
/// another origin: a worker sees only navigations in its scope, so offline an interactive page of a package on a
/// CDN reaches its frame through this address, under the same sandbox header (`web/sw.js` reads it back).
pub const WORKER_PAGE: &str = "/.alliance-player/page?src=";

/// The address under which the service worker answers the downloaded page `url` (absolute; its fragment kept).
pub fn worker_page(url: &str) -> String {
    let (page, fragment) = url.split_at(url.find('#').unwrap_or(url.len()));
    let mut out = String::from(WORKER_PAGE);
    for b in page.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out + fragment
}

/// The course a page of the player shows, from the page's path (`/course/<id>` and everything below it): that
/// course's download answers the page's requests, and no other course's does. `web/sw.js` reads a page's path the
/// same way.
pub fn course_of_path(path: &str) -> Option<&str> {
    let id = path
        .strip_prefix("/course/")?
        .split(['/', '?', '#'])
        .next()?;
    (!id.is_empty()).then_some(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::package::parse_course;
    use serde_json::json;

    fn course(files: serde_json::Value) -> Course {
        let v = json!({
            "format": "alliance-course-package", "version": "1.1", "id": "c", "iri": "https://x.org/c",
            "title": {"en": "C"}, "languages": ["en"], "defaultLanguage": "en",
            "modules": [{"id": "m", "title": {"en": "M"}, "units": [
                {"id": "v", "iri": "https://x.org/v", "kind": "video", "title": {"en": "V"}, "duration": 10,
                 "sources": [{"src": "v.webm", "type": "video/webm"}], "poster": "v.jpg",
                 "subtitles": [{"lang": "en", "src": "v.en.vtt"}]},
                {"id": "r", "iri": "https://x.org/r", "kind": "reading", "title": {"en": "R"}, "body": {"en": "x"}},
                {"id": "d", "iri": "https://x.org/d", "kind": "document", "title": {"en": "D"}, "src": "d.pdf", "size": 70},
                {"id": "a", "iri": "https://x.org/a", "kind": "audio", "title": {"en": "A"}, "duration": 5,
                 "sources": [{"src": "v.webm", "type": "audio/webm"}]},
                {"id": "i", "iri": "https://x.org/i", "kind": "interactive", "title": {"en": "I"}, "src": "i.html#start"}
            ]}],
            "files": files
        });
        parse_course("/courses/c/course.json", &v.to_string()).unwrap()
    }

    #[test]
    fn plan_lists_every_file_once_in_outline_order_with_the_manifests_sizes_and_digests() {
        let digest = "AB".repeat(32);
        let c = course(json!([
            {"src": "v.webm", "size": 1000, "sha256": digest},
            {"src": "i.html", "size": 40},
            {"src": "lib/i.js", "size": 30}
        ]));
        let files = plan(&c);
        let urls: Vec<&str> = files.iter().map(|f| f.url.as_str()).collect();
        assert_eq!(
            urls,
            [
                "/courses/c/course.json",
                "/courses/c/v.webm",
                "/courses/c/v.jpg",
                "/courses/c/v.en.vtt",
                "/courses/c/d.pdf",
                "/courses/c/i.html",
                "/courses/c/lib/i.js"
            ]
        );
        let video = &files[1];
        assert_eq!(
            video.units,
            [0, 3],
            "the video file is shared by units 0 and 3"
        );
        assert_eq!(video.size, Some(1000));
        assert_eq!(video.sha256.as_deref(), Some("ab".repeat(32).as_str()));
        assert_eq!(files[4].size, Some(70), "a document's own size");
        assert_eq!(files[5].units, [4], "the fragment is not part of the file");
        assert_eq!(files[6].units, Vec::<usize>::new());
        assert_eq!(files[2].size, None, "unknown until the server says");
    }

    #[test]
    fn a_bad_digest_in_the_manifest_is_an_error_naming_the_field() {
        let v = json!({
            "format": "alliance-course-package", "version": "1.1", "id": "c", "iri": "https://x.org/c",
            "title": {"en": "C"}, "languages": ["en"], "defaultLanguage": "en",
            "modules": [{"id": "m", "title": {"en": "M"}, "units": [
                {"id": "r", "iri": "https://x.org/r", "kind": "reading", "title": {"en": "R"}, "body": {"en": "x"}}]}],
            "files": [{"src": "a.webm", "size": 3, "sha256": "xyz"}]
        });
        let e = parse_course("/c/course.json", &v.to_string()).unwrap_err();
        assert_eq!(e.pointer, "/files/0/sha256");
        assert!(e.message.contains("64 hexadecimal digits"), "{}", e.message);
    }

    #[test]
    fn progress_counts_bytes_and_whole_units() {
        let c = course(json!([{"src": "v.webm", "size": 1000}]));
        let files = plan(&c);
        let n = c.units().count();
        let mut stored = vec![None; files.len()];
        let p = progress(&files, &stored, 0, n, 0);
        assert_eq!(
            (p.bytes, p.total_bytes, p.units),
            (0, 1070, 1),
            "the reading needs no file"
        );
        stored[0] = Some(200); // the manifest
        stored[1] = Some(1000); // the video, shared with the audio unit
        let p = progress(&files, &stored, 50, n, 0);
        assert_eq!(p.bytes, 1250);
        assert_eq!(p.total_bytes, 1270);
        assert_eq!(
            p.units, 2,
            "audio done; video still needs poster and subtitles"
        );
        let p = progress(&files, &stored, 0, n, 5000);
        assert_eq!(
            p.total_bytes, 5000,
            "the catalogue's announced size is not undercut"
        );
        let all = vec![Some(10); files.len()];
        let p = progress(&files, &all, 0, n, 0);
        assert_eq!((p.units, p.total_units), (n, n));
    }

    #[test]
    fn verify_checks_size_then_digest() {
        let c = course(json!([{"src": "v.webm", "size": 1000, "sha256": "ab".repeat(32)}]));
        let files = plan(&c);
        let video = &files[1];
        let exact = |n| Some(Announced::Exact(n));
        assert_eq!(
            verify(video, exact(999), 999, None),
            Err(Mismatch::Size {
                expected: 1000,
                got: 999
            }),
            "the manifest's size wins over the server's"
        );
        assert!(verify(video, None, 1000, Some(&"AB".repeat(32))).is_ok());
        assert!(matches!(
            verify(video, None, 1000, Some(&"cd".repeat(32))),
            Err(Mismatch::Digest { .. })
        ));
        let poster = &files[2];
        assert!(verify(poster, exact(10), 10, None).is_ok());
        assert!(
            verify(poster, exact(10), 9, None).is_err(),
            "a cut-off body"
        );
        assert!(verify(poster, None, 9, None).is_ok(), "nothing announced");
        let at_least = |n| Some(Announced::AtLeast(n));
        assert!(
            verify(poster, at_least(10), 25, None).is_ok(),
            "another origin's body, compressed unseen"
        );
        assert!(verify(poster, at_least(10), 10, None).is_ok());
        assert_eq!(
            verify(poster, at_least(10), 9, None),
            Err(Mismatch::Size {
                expected: 10,
                got: 9
            }),
            "another origin's cut-off body"
        );
        assert!(
            verify(video, at_least(10), 999, None).is_err(),
            "the manifest's size still wins"
        );
    }

    #[test]
    fn content_length_is_the_size_only_of_an_uncompressed_body_of_the_players_origin() {
        assert_eq!(
            announced(Some(10), false, false),
            Some(Announced::Exact(10))
        );
        assert_eq!(announced(Some(10), true, false), None, "compressed");
        assert_eq!(announced(Some(10), true, true), None);
        assert_eq!(
            announced(Some(10), false, true),
            Some(Announced::AtLeast(10)),
            "another origin's Content-Encoding may be hidden"
        );
        assert_eq!(announced(None, false, false), None);
    }

    #[test]
    fn a_page_of_another_origin_is_asked_of_the_worker_at_the_players_own_address() {
        assert_eq!(
            worker_page("https://cdn.example.org:8443/c/i.html?x=1&y=a+b#start"),
            "/.alliance-player/page?src=https%3A%2F%2Fcdn.example.org%3A8443%2Fc%2Fi.html%3Fx%3D1%26y%3Da%2Bb#start"
        );
        assert_eq!(
            worker_page("http://127.0.0.1:4000/p/é.html"),
            "/.alliance-player/page?src=http%3A%2F%2F127.0.0.1%3A4000%2Fp%2F%C3%A9.html",
            "UTF-8 bytes, one escape each"
        );
    }

    #[test]
    fn a_stored_file_is_checked_again_against_the_current_manifest() {
        let digest = "ab".repeat(32);
        let c = course(json!([{"src": "v.webm", "size": 1000, "sha256": digest}]));
        let files = plan(&c);
        let video = &files[1];
        assert_eq!(
            recheck(video, 1000, Some(&"AB".repeat(32))),
            Recheck::Current
        );
        assert_eq!(
            recheck(video, 1000, Some(&"cd".repeat(32))),
            Recheck::Changed,
            "same size, another digest"
        );
        assert_eq!(
            recheck(video, 999, Some(&digest)),
            Recheck::Changed,
            "another size"
        );
        assert_eq!(
            recheck(video, 1000, None),
            Recheck::NeedsDigest,
            "stored before the manifest gave a digest"
        );
        // Nothing in the manifest to check the poster against: whatever was stored stays.
        let poster = &files[2];
        assert_eq!(recheck(poster, 10, None), Recheck::Current);
        // The document's size comes from its unit: a copy of another size has changed.
        let pdf = files.iter().find(|f| f.url.ends_with("d.pdf")).unwrap();
        assert_eq!(recheck(pdf, 70, None), Recheck::Current);
        assert_eq!(recheck(pdf, 71, None), Recheck::Changed);
    }

    #[test]
    fn the_course_of_a_page_is_read_from_its_path() {
        assert_eq!(course_of_path("/course/stats"), Some("stats"));
        assert_eq!(course_of_path("/course/stats/"), Some("stats"));
        assert_eq!(course_of_path("/course/stats/unit/mean"), Some("stats"));
        assert_eq!(course_of_path("/course/"), None);
        assert_eq!(course_of_path("/"), None);
        assert_eq!(course_of_path("/transcript"), None);
        assert_eq!(course_of_path("/courses/stats/v.webm"), None);
    }
}
