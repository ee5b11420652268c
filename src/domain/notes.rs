//! A learner's notes and bookmarks in a course: a bookmark on a unit or on a moment of its video or audio, each
//! with an optional short note. Kept on the device (`edge::notes`) and, when an LRS is connected, in the learner's
//! State on it (stateId [`STATE_ID`], `service::state_sync`), so every device of the learner has them.
//!
//! Two devices' notes merge without loss: per place (a unit, or a unit at a moment), the later change wins, a
//! deletion included (kept as a tombstone). Merging is commutative, associative and idempotent.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The State document's id.
pub const STATE_ID: &str = "alliance-player-notes";
/// At most this many places with a note or bookmark per course (tombstones included).
pub const MAX_NOTES: usize = 300;
/// At most this many characters in one note.
pub const MAX_TEXT: usize = 1000;
/// At most this many bytes of notes document read (from the device or an LRS).
pub const MAX_DOCUMENT_BYTES: usize = 512 * 1024;

/// A place in a course: a unit, or a moment (whole tenths of a second) of its media.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Place {
    pub unit: String,
    pub tenths: Option<u32>,
}

impl Place {
    pub fn unit(unit: &str) -> Place {
        Place {
            unit: unit.to_string(),
            tenths: None,
        }
    }

    /// The moment `seconds` of the unit's media (rounded to a tenth).
    pub fn at(unit: &str, seconds: f64) -> Place {
        let tenths = (seconds.max(0.0) * 10.0).round().min(u32::MAX as f64) as u32;
        Place {
            unit: unit.to_string(),
            tenths: Some(tenths),
        }
    }

    /// Seconds into the media, for a moment.
    pub fn seconds(&self) -> Option<f64> {
        self.tenths.map(|t| t as f64 / 10.0)
    }

    /// The key of the place in a document: `unit` or `unit@tenths`.
    fn key(&self) -> String {
        match self.tenths {
            Some(t) => format!("{}@{t}", self.unit),
            None => self.unit.clone(),
        }
    }

    fn from_key(key: &str) -> Option<Place> {
        match key.rsplit_once('@') {
            Some((unit, t)) => Some(Place {
                unit: unit.to_string(),
                tenths: Some(t.parse().ok()?),
            }),
            None => Some(Place::unit(key)),
        }
    }
}

/// A moment as `m:ss` (`h:mm:ss` from an hour), for lists and the transcript export.
pub fn moment_label(seconds: f64) -> String {
    let s = seconds.max(0.0).floor() as u64;
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

/// What the learner keeps at a place: a bookmark, a note, or both (a moment of a media is always a bookmark).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Note {
    /// The note's text ("" = no note).
    #[serde(default)]
    pub text: String,
    /// Bookmarked.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub bookmarked: bool,
    /// Milliseconds since the epoch of the last change (the later change wins a merge).
    pub at: f64,
    /// Removed by the learner: kept so that the removal reaches the other devices.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deleted: bool,
}

/// A course's notes and bookmarks.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CourseNotes {
    notes: BTreeMap<Place, Note>,
}

/// Why a note was not kept, in words for the learner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteError {
    TooLong,
    TooMany,
}

impl CourseNotes {
    /// The notes and bookmarks the learner has (not the removed ones), in course order of their units (as given by
    /// `unit_order`) and by moment.
    pub fn shown(&self, unit_order: &[&str]) -> Vec<(&Place, &Note)> {
        let pos = |u: &str| {
            unit_order
                .iter()
                .position(|x| *x == u)
                .unwrap_or(usize::MAX)
        };
        let mut list: Vec<(&Place, &Note)> =
            self.notes.iter().filter(|(_, n)| !n.deleted).collect();
        list.sort_by_key(|(p, _)| (pos(&p.unit), p.tenths));
        list
    }

    /// The note or bookmark at `place`, if the learner has one.
    pub fn get(&self, place: &Place) -> Option<&Note> {
        self.notes.get(place).filter(|n| !n.deleted)
    }

    /// How many notes and bookmarks the learner has in the course.
    pub fn count(&self) -> usize {
        self.notes.values().filter(|n| !n.deleted).count()
    }

    /// Keeps `text` (trimmed; "" for none) at `place`, bookmarked or not (a moment always is), replacing what was
    /// there; neither a note nor a bookmark removes it.
    pub fn put(
        &mut self,
        place: Place,
        text: &str,
        bookmarked: bool,
        now: f64,
    ) -> Result<(), NoteError> {
        let text = text.trim();
        let bookmarked = bookmarked || place.tenths.is_some();
        if text.is_empty() && !bookmarked {
            self.remove(&place, now);
            return Ok(());
        }
        if text.chars().count() > MAX_TEXT {
            return Err(NoteError::TooLong);
        }
        if !self.notes.contains_key(&place) && self.notes.len() >= MAX_NOTES {
            // Room is made by forgetting the oldest removal, never a note the learner has.
            let oldest = self
                .notes
                .iter()
                .filter(|(_, n)| n.deleted)
                .min_by(|a, b| a.1.at.total_cmp(&b.1.at))
                .map(|(p, _)| p.clone());
            match oldest {
                Some(p) => {
                    self.notes.remove(&p);
                }
                None => return Err(NoteError::TooMany),
            }
        }
        let at = self.later_than(&place, now);
        self.notes.insert(
            place,
            Note {
                text: text.to_string(),
                bookmarked,
                at,
                deleted: false,
            },
        );
        Ok(())
    }

    /// Removes the note or bookmark at `place`.
    pub fn remove(&mut self, place: &Place, now: f64) {
        if self.get(place).is_some() {
            let at = self.later_than(place, now);
            self.notes.insert(
                place.clone(),
                Note {
                    text: String::new(),
                    bookmarked: false,
                    at,
                    deleted: true,
                },
            );
        }
    }

    /// `now`, or just after the place's last change if the clock says otherwise (a change is always the latest).
    fn later_than(&self, place: &Place, now: f64) -> f64 {
        match self.notes.get(place) {
            Some(n) if n.at >= now => n.at + 1.0,
            _ => now,
        }
    }

    /// Both devices' notes: per place the later change (ties: the removal, then the longer text, then the greater),
    /// so every device agrees whichever merges first. Over [`MAX_NOTES`], the oldest removals go first.
    pub fn merge(&self, other: &CourseNotes) -> CourseNotes {
        let mut notes = self.notes.clone();
        for (place, theirs) in &other.notes {
            let keep = match notes.get(place) {
                Some(ours) => wins(theirs, ours),
                None => true,
            };
            if keep {
                notes.insert(place.clone(), theirs.clone());
            }
        }
        let mut merged = CourseNotes { notes };
        merged.trim();
        merged
    }

    fn trim(&mut self) {
        while self.notes.len() > MAX_NOTES {
            let victim = self
                .notes
                .iter()
                .min_by(|a, b| {
                    (!a.1.deleted, a.1.at)
                        .partial_cmp(&(!b.1.deleted, b.1.at))
                        .unwrap_or(std::cmp::Ordering::Equal)
                        .then_with(|| a.0.cmp(b.0))
                })
                .map(|(p, _)| p.clone());
            match victim {
                Some(p) => self.notes.remove(&p),
                None => break,
            };
        }
    }

    /// The document kept on the device and in the LRS's State: `{"course": id, "notes": {"unit": {...},
    /// "unit@125": {...}}}`.
    pub fn to_document(&self, course_id: &str) -> Value {
        let notes: serde_json::Map<String, Value> = self
            .notes
            .iter()
            .map(|(p, n)| (p.key(), serde_json::to_value(n).unwrap_or(Value::Null)))
            .collect();
        serde_json::json!({ "course": course_id, "notes": notes })
    }

    /// Reads a notes document, hostile (from another device, an LRS, a damaged store): bounded in size and count;
    /// a note of a unit the course does not have (`units`), a place or a text that does not parse, a text over
    /// [`MAX_TEXT`] or a date in the future (after `latest`) is dropped and said in the returned list. A document
    /// of another course, or not one at all, is refused whole.
    pub fn from_document(
        json: &str,
        course_id: &str,
        units: &[&str],
        latest: f64,
    ) -> Result<(CourseNotes, Vec<String>), String> {
        if json.len() > MAX_DOCUMENT_BYTES {
            return Err(format!(
                "the notes document is {} bytes, over the {MAX_DOCUMENT_BYTES} a player reads",
                json.len()
            ));
        }
        let doc: Value = serde_json::from_str(json)
            .map_err(|e| format!("the notes document is not JSON: {e}"))?;
        if doc.get("course").and_then(Value::as_str) != Some(course_id) {
            return Err(format!("the notes document is not of course {course_id}"));
        }
        let Some(map) = doc.get("notes").and_then(Value::as_object) else {
            return Err("the notes document has no `notes` object".into());
        };
        let mut dropped = vec![];
        let mut notes = BTreeMap::new();
        for (key, value) in map.iter().take(MAX_NOTES * 2) {
            let Some(place) = Place::from_key(key).filter(|p| units.contains(&p.unit.as_str()))
            else {
                dropped.push(format!("a note of `{key}`, not a unit of this course"));
                continue;
            };
            match serde_json::from_value::<Note>(value.clone()) {
                Ok(n) if n.text.chars().count() > MAX_TEXT => {
                    dropped.push(format!("the note of `{key}`: over {MAX_TEXT} characters"))
                }
                Ok(n) if !(n.at.is_finite() && n.at >= 0.0 && n.at <= latest) => {
                    dropped.push(format!(
                        "the note of `{key}`: dated {} (in the future or not a date)",
                        n.at
                    ))
                }
                Ok(n) => {
                    notes.insert(place, n);
                }
                Err(e) => dropped.push(format!("the note of `{key}`: {e}")),
            }
        }
        if map.len() > MAX_NOTES * 2 {
            dropped.push(format!(
                "{} notes past the first {}",
                map.len() - MAX_NOTES * 2,
                MAX_NOTES * 2
            ));
        }
        let mut out = CourseNotes { notes };
        out.trim();
        Ok((out, dropped))
    }
}

/// Does `a` win over `b` at the same place?
fn wins(a: &Note, b: &Note) -> bool {
    (a.at, a.deleted, a.bookmarked, a.text.len(), &a.text)
        > (b.at, b.deleted, b.bookmarked, b.text.len(), &b.text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const UNITS: &[&str] = &["intro", "video", "quiz"];

    #[test]
    fn bookmarks_and_notes_at_units_and_moments_in_course_order() {
        let mut n = CourseNotes::default();
        n.put(Place::at("video", 12.34), "the median", false, 1.0)
            .unwrap();
        n.put(Place::unit("quiz"), "", true, 2.0).unwrap();
        n.put(Place::unit("intro"), "  read again  ", false, 3.0)
            .unwrap();
        n.put(Place::at("video", 3.0), "", false, 4.0).unwrap();
        let shown: Vec<(String, Option<f64>, String)> = n
            .shown(UNITS)
            .into_iter()
            .map(|(p, note)| (p.unit.clone(), p.seconds(), note.text.clone()))
            .collect();
        assert_eq!(
            shown,
            [
                ("intro".into(), None, "read again".into()),
                ("video".into(), Some(3.0), "".into()),
                ("video".into(), Some(12.3), "the median".into()),
                ("quiz".into(), None, "".into()),
            ]
        );
        // A moment is a bookmark; a unit is one only when bookmarked.
        assert!(n.get(&Place::at("video", 3.0)).unwrap().bookmarked);
        assert!(!n.get(&Place::unit("intro")).unwrap().bookmarked);
        assert!(n.get(&Place::unit("quiz")).unwrap().bookmarked);
        n.remove(&Place::unit("intro"), 5.0);
        assert_eq!(n.count(), 3);
        assert!(n.get(&Place::unit("intro")).is_none());
        assert_eq!(
            n.put(Place::unit("intro"), &"x".repeat(MAX_TEXT + 1), true, 6.0),
            Err(NoteError::TooLong)
        );
        // A clock that went back: the change is still the latest of its place.
        n.put(Place::unit("quiz"), "later", true, 1.0).unwrap();
        assert!(n.get(&Place::unit("quiz")).unwrap().at > 2.0);
        // Neither a note nor a bookmark: nothing is kept.
        n.put(Place::unit("quiz"), " ", false, 7.0).unwrap();
        assert!(n.get(&Place::unit("quiz")).is_none());
    }

    #[test]
    fn the_note_limit_forgets_old_removals_never_a_note() {
        let mut n = CourseNotes::default();
        for i in 0..MAX_NOTES {
            n.put(Place::at("video", i as f64), "x", true, i as f64)
                .unwrap();
        }
        assert_eq!(
            n.put(Place::unit("intro"), "one more", false, 1e6),
            Err(NoteError::TooMany)
        );
        n.remove(&Place::at("video", 5.0), 1e6);
        n.put(Place::unit("intro"), "one more", false, 1e6 + 1.0)
            .unwrap();
        assert_eq!(n.count(), MAX_NOTES);
    }

    #[test]
    fn a_document_round_trips_and_a_hostile_one_is_bounded() {
        let mut n = CourseNotes::default();
        n.put(Place::at("video", 61.5), "¿por qué? 为什么", true, 10.0)
            .unwrap();
        n.put(Place::unit("intro"), "", true, 11.0).unwrap();
        n.put(Place::unit("quiz"), "gone", false, 12.0).unwrap();
        n.remove(&Place::unit("quiz"), 13.0);
        let doc = n.to_document("c").to_string();
        let (back, dropped) = CourseNotes::from_document(&doc, "c", UNITS, 100.0).unwrap();
        assert_eq!((back, dropped), (n.clone(), vec![]));
        // Another course's document, not JSON, too large: refused whole.
        assert!(CourseNotes::from_document(&doc, "other", UNITS, 100.0)
            .unwrap_err()
            .contains("not of course other"));
        assert!(CourseNotes::from_document("[", "c", UNITS, 100.0).is_err());
        let huge = format!(
            r#"{{"course":"c","notes":{{"intro":{{"text":"{}","at":1}}}}}}"#,
            "a".repeat(MAX_DOCUMENT_BYTES)
        );
        assert!(CourseNotes::from_document(&huge, "c", UNITS, 100.0)
            .unwrap_err()
            .contains("bytes"));
        // Notes of other units, bad places, long texts, future dates: dropped and said.
        let hostile = serde_json::json!({"course": "c", "notes": {
            "intro": {"text": "kept", "at": 5},
            "elsewhere": {"text": "x", "at": 5},
            "video@abc": {"text": "x", "at": 5},
            "video@20": {"text": "y".repeat(MAX_TEXT + 1), "at": 5},
            "quiz": {"text": "x", "at": 1e30},
            "video@10": {"text": 5, "at": 5}
        }});
        let (read, dropped) =
            CourseNotes::from_document(&hostile.to_string(), "c", UNITS, 100.0).unwrap();
        assert_eq!(read.count(), 1);
        assert_eq!(dropped.len(), 5, "{dropped:?}");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    //! Merging is a join: commutative, associative, idempotent, and never loses a later change.
    use super::*;
    use proptest::prelude::*;

    const UNITS: &[&str] = &["intro", "video", "quiz"];

    fn arb_notes() -> impl Strategy<Value = CourseNotes> {
        proptest::collection::vec(
            (
                0usize..3,
                proptest::option::of(0u32..3),
                0u8..3,
                0u32..5,
                any::<bool>(),
                any::<bool>(),
            ),
            0..8,
        )
        .prop_map(|items| {
            let mut notes = BTreeMap::new();
            for (u, t, text, at, deleted, bookmarked) in items {
                notes.insert(
                    Place {
                        unit: UNITS[u].to_string(),
                        tenths: t,
                    },
                    Note {
                        text: ["", "a", "bb"][text as usize].to_string(),
                        bookmarked,
                        at: at as f64,
                        deleted,
                    },
                );
            }
            CourseNotes { notes }
        })
    }

    proptest! {
        #[test]
        fn merging_is_commutative_associative_and_idempotent(a in arb_notes(), b in arb_notes(), c in arb_notes()) {
            prop_assert_eq!(a.merge(&b), b.merge(&a));
            prop_assert_eq!(a.merge(&b).merge(&c), a.merge(&b.merge(&c)));
            prop_assert_eq!(a.merge(&a), a.clone());
            // Nothing the learner wrote later is lost to an earlier change elsewhere.
            let m = a.merge(&b);
            for (p, n) in a.notes.iter().chain(b.notes.iter()) {
                prop_assert!(m.notes[p].at >= n.at);
            }
        }
    }
}
