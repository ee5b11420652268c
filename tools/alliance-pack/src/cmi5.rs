//! `alliance-pack cmi5`: a course as a cmi5 course package for an LMS to import (cmi5 §13 course structure, §14
//! package): `cmi5.xml` in the namespace of the cmi5 v1 XSD, zipped (the file at the zip's root) or alone. The AUs
//! point at a deployed player (`--player`): one AU for the whole course (`/course/<id>`), or one per unit
//! (`/course/<id>/unit/<id>`, in a block per module). Titles and descriptions in every language of the course; the
//! masteryScore from the quizzes' pass marks; moveOn by what the AU holds (docs/cmi5.md).
//!
//! The XML is written here, escaped by `escape` (text and attribute values): it is only ever written, never read,
//! and its shape is fixed by the XSD the tests validate it against.

use std::io::Write;
use std::path::Path;

use alliance_player::domain::lang::Localized;
use alliance_player::domain::package::{Course, Unit, UnitBody};

/// The namespace of the cmi5 course structure (the v1 XSD).
pub const NAMESPACE: &str = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";

/// One AU for the whole course, or one per unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Per {
    Course,
    Unit,
}

impl Per {
    pub fn parse(s: &str) -> Result<Per, String> {
        match s {
            "course" => Ok(Per::Course),
            "unit" => Ok(Per::Unit),
            other => Err(format!("`--au` takes `course` or `unit`, not `{other}`")),
        }
    }
}

/// The address of the deployed player: `https:` (or `http:` on this computer), without a trailing slash.
pub fn player_address(url: &str) -> Result<String, String> {
    alliance_player::domain::launch::secure_address("player", url).map_err(|_| {
        format!("`--player` must be the https: address of a deployed player (or http: on this computer), not `{url}`")
    })?;
    Ok(url.trim_end_matches('/').to_string())
}

/// `cmi5.xml` for `course`, its AUs launched from `player`.
pub fn course_structure(course: &Course, player: &str, per: Per) -> String {
    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    x.push_str(&format!("<courseStructure xmlns=\"{NAMESPACE}\">\n"));
    x.push_str(&format!("  <course id=\"{}\">\n", escape(&course.iri)));
    texts(&mut x, 4, "title", course, &course.title);
    texts(
        &mut x,
        4,
        "description",
        course,
        course.summary.as_ref().unwrap_or(&course.title),
    );
    x.push_str("  </course>\n");
    let course_url = format!("{player}/course/{}", course.id);
    match per {
        Per::Course => {
            let passing: Vec<f64> = course.units().filter_map(pass_mark).collect();
            let mastery =
                (!passing.is_empty()).then(|| passing.iter().sum::<f64>() / passing.len() as f64);
            au(
                &mut x,
                2,
                course,
                Au {
                    id: &course.iri,
                    title: &course.title,
                    description: course.summary.as_ref().unwrap_or(&course.title),
                    url: &course_url,
                    mastery,
                    activity_type: "http://adlnet.gov/expapi/activities/course",
                },
            );
        }
        Per::Unit => {
            for module in &course.modules {
                x.push_str(&format!(
                    "  <block id=\"{}\">\n",
                    escape(&format!("{}/modules/{}", course.iri, module.id))
                ));
                texts(&mut x, 4, "title", course, &module.title);
                texts(&mut x, 4, "description", course, &module.title);
                for unit in &module.units {
                    au(
                        &mut x,
                        4,
                        course,
                        Au {
                            id: &unit.iri,
                            title: &unit.title,
                            description: unit.description.as_ref().unwrap_or(&unit.title),
                            url: &format!("{course_url}/unit/{}", unit.id),
                            mastery: pass_mark(unit),
                            activity_type: activity_type(unit),
                        },
                    );
                }
                x.push_str("  </block>\n");
            }
        }
    }
    x.push_str("</courseStructure>\n");
    x
}

struct Au<'a> {
    id: &'a str,
    title: &'a Localized,
    description: &'a Localized,
    url: &'a str,
    mastery: Option<f64>,
    activity_type: &'a str,
}

/// An `<au>`: passed against its mastery score when it has quizzes, completed otherwise. It opens in its own
/// window: the player keeps the learner's progress and downloads in its own origin's storage, which a frame of the
/// LMS's page may not be given.
fn au(x: &mut String, indent: usize, course: &Course, au: Au) {
    let pad = " ".repeat(indent);
    let (move_on, mastery) = match au.mastery {
        Some(m) if au.activity_type == "http://adlnet.gov/expapi/activities/course" => {
            ("CompletedAndPassed", Some(m))
        }
        Some(m) => ("Passed", Some(m)),
        None => ("Completed", None),
    };
    let mastery = mastery
        .map(|m| format!(" masteryScore=\"{}\"", decimal(m)))
        .unwrap_or_default();
    x.push_str(&format!(
        "{pad}<au id=\"{}\" moveOn=\"{move_on}\"{mastery} launchMethod=\"OwnWindow\" activityType=\"{}\">\n",
        escape(au.id),
        escape(au.activity_type)
    ));
    texts(x, indent + 2, "title", course, au.title);
    texts(x, indent + 2, "description", course, au.description);
    x.push_str(&format!("{pad}  <url>{}</url>\n", escape(au.url)));
    x.push_str(&format!("{pad}</au>\n"));
}

/// `<name>` with a `langstring` per language of the course that has the text (the course's order).
fn texts(x: &mut String, indent: usize, name: &str, course: &Course, text: &Localized) {
    let pad = " ".repeat(indent);
    x.push_str(&format!("{pad}<{name}>\n"));
    let mut any = false;
    for lang in course
        .languages
        .iter()
        .chain(text.keys().filter(|k| !course.languages.contains(k)))
    {
        if let Some(t) = text.get(lang) {
            any = true;
            x.push_str(&format!(
                "{pad}  <langstring lang=\"{}\">{}</langstring>\n",
                escape(lang),
                escape(t.trim())
            ));
        }
    }
    if !any {
        x.push_str(&format!("{pad}  <langstring/>\n"));
    }
    x.push_str(&format!("{pad}</{name}>\n"));
}

fn pass_mark(unit: &Unit) -> Option<f64> {
    match &unit.body {
        UnitBody::Quiz(q) => Some(q.passing_score),
        _ => None,
    }
}

fn activity_type(unit: &Unit) -> &'static str {
    match unit.body {
        UnitBody::Quiz(_) => "http://adlnet.gov/expapi/activities/assessment",
        UnitBody::Video(_) | UnitBody::Audio(_) => "http://adlnet.gov/expapi/activities/media",
        _ => "http://adlnet.gov/expapi/activities/lesson",
    }
}

/// A decimal from 0 to 1 with at most 4 places (§13.1.4), without trailing zeros.
fn decimal(x: f64) -> String {
    let s = format!("{:.4}", x.clamp(0.0, 1.0));
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// Text for XML content and attribute values; characters XML 1.0 cannot hold at all are dropped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes the package to `out`: a `.xml` file alone (a standalone course structure, §14.2: every URL absolute, as
/// here), else a zip with `cmi5.xml` at its root (§14.1).
pub fn write(xml: &str, out: &Path) -> Result<(), String> {
    let fail = |e: &dyn std::fmt::Display| format!("{}: {e}", out.display());
    if out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xml"))
    {
        return std::fs::write(out, xml).map_err(|e| fail(&e));
    }
    let file = std::fs::File::create(out).map_err(|e| fail(&e))?;
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("cmi5.xml", options).map_err(|e| fail(&e))?;
    zip.write_all(xml.as_bytes()).map_err(|e| fail(&e))?;
    zip.finish().map_err(|e| fail(&e))?;
    Ok(())
}
