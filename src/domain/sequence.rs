//! Moving through a course: previous/next unit in outline order and where to resume. Every lookup goes through the
//! course's index (built once by the parser), so each costs the same in a course of 5 units or of 10,000.

use super::package::Course;
use super::progress::CourseProgress;

/// The unit after `unit` in outline order (crossing module boundaries).
pub fn next<'a>(course: &'a Course, unit: &str) -> Option<&'a str> {
    let i = course.position(unit)?;
    course.unit_at(i + 1).map(|u| u.id.as_str())
}

/// The unit before `unit` in outline order.
pub fn previous<'a>(course: &'a Course, unit: &str) -> Option<&'a str> {
    let i = course.position(unit)?;
    course.unit_at(i.checked_sub(1)?).map(|u| u.id.as_str())
}

/// Where the course opens: the unit the learner last opened; on a first visit (or if that unit is gone from a
/// newer version of the course) the first unit not yet done; the first unit if all are done.
pub fn resume_target<'a>(course: &'a Course, progress: &CourseProgress) -> Option<&'a str> {
    if let Some(last) = &progress.last_unit {
        if let Some(u) = course.unit(last) {
            return Some(u.id.as_str());
        }
    }
    course
        .units()
        .find(|u| !progress.state(&u.id).is_done())
        .or_else(|| course.units().next())
        .map(|u| u.id.as_str())
}

/// 1-based index of `unit` and the number of units, for "Unit 3 of 9".
pub fn ordinal(course: &Course, unit: &str) -> Option<(usize, usize)> {
    Some((course.position(unit)? + 1, course.unit_count()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::package::parse_course;
    use serde_json::json;

    fn course() -> Course {
        let unit = |id: &str| json!({"id": id, "iri": format!("https://x.org/{id}"), "kind": "reading", "title": {"en": id}, "body": {"en": "x"}});
        let v = json!({
            "format": "alliance-course-package", "version": "1.0", "id": "c", "iri": "https://x.org/c",
            "title": {"en": "C"}, "languages": ["en"], "defaultLanguage": "en",
            "modules": [
                {"id": "m1", "title": {"en": "1"}, "units": [unit("a"), unit("b")]},
                {"id": "m2", "title": {"en": "2"}, "units": [unit("c")]}
            ]
        });
        parse_course("/c/course.json", &v.to_string()).unwrap()
    }

    #[test]
    fn next_and_previous_cross_modules() {
        let c = course();
        let cases = [
            ("a", None, Some("b")),
            ("b", Some("a"), Some("c")),
            ("c", Some("b"), None),
            ("zz", None, None),
        ];
        for (unit, prev, nxt) in cases {
            assert_eq!(previous(&c, unit), prev, "previous of {unit}");
            assert_eq!(next(&c, unit), nxt, "next of {unit}");
        }
        assert_eq!(ordinal(&c, "c"), Some((3, 3)));
    }

    #[test]
    fn walking_a_10000_unit_course_costs_one_lookup_a_step() {
        let c = parse_course(
            "/c/course.json",
            &crate::domain::package::tests::large_course(10_000, 100),
        )
        .unwrap();
        let started = std::time::Instant::now();
        let (mut at, mut steps) = ("u0".to_string(), 0);
        while let Some(n) = next(&c, &at) {
            assert_eq!(ordinal(&c, n), Some((steps + 2, 10_000)));
            at = n.to_string();
            steps += 1;
        }
        while let Some(p) = previous(&c, &at) {
            at = p.to_string();
            steps += 1;
        }
        let took = started.elapsed();
        assert_eq!((at.as_str(), steps), ("u0", 19_998));
        // A walk through the outline for each step would be 150 million steps: seconds even in a release build.
        assert!(
            took < std::time::Duration::from_millis(500),
            "took {took:?}"
        );
    }

    #[test]
    fn resume_target_cases() {
        let c = course();
        let mut p = CourseProgress::default();
        assert_eq!(resume_target(&c, &p), Some("a"), "first visit: first unit");
        p.complete("a", 1.0);
        assert_eq!(resume_target(&c, &p), Some("b"), "first unit not done");
        p.visit("c", 2.0);
        assert_eq!(resume_target(&c, &p), Some("c"), "last opened unit");
        p.last_unit = Some("removed".into());
        assert_eq!(
            resume_target(&c, &p),
            Some("b"),
            "last unit gone: first not done"
        );
        for u in ["a", "b", "c"] {
            p.complete(u, 3.0);
        }
        assert_eq!(resume_target(&c, &p), Some("a"), "all done: first unit");
    }
}
