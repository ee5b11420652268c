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
            UnitBody::Interactive { src, .. } => add(src, Some(i), None),
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

/// Checks a fetched file against what the manifest (or the server's Content-Length) announced.
pub fn verify(
    file: &OfflineFile,
    content_length: Option<u64>,
    got_size: u64,
    got_sha256: Option<&str>,
) -> Result<(), Mismatch> {
    if let Some(expected) = file.size.or(content_length) {
        if expected != got_size {
            return Err(Mismatch::Size {
                expected,
                got: got_size,
            });
        }
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
        assert_eq!(
            verify(video, Some(999), 999, None),
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
        assert!(verify(poster, Some(10), 10, None).is_ok());
        assert!(verify(poster, Some(10), 9, None).is_err(), "a cut-off body");
        assert!(verify(poster, None, 9, None).is_ok(), "nothing announced");
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
