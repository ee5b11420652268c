//! Progress of a learner through a course: unit states that only grow, watched seconds of media, quiz attempts.

use std::collections::BTreeMap;

use super::package::Course;
use super::quiz::Outcome;

/// Share of the distinct seconds of a video or audio that must be played for it to count as completed.
pub const MEDIA_COMPLETION: f64 = 0.9;
/// Largest gap between two playback time updates still counted as continuous playing (covers 2× speed and
/// slow `timeupdate` events); a larger jump is a seek and counts nothing.
pub const MAX_STEP_SECONDS: f64 = 2.5;

/// Where a learner stands in one unit. Ordered by how far they got: a merge keeps the greater.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Hash)]
pub enum UnitState {
    #[default]
    NotStarted,
    InProgress,
    Failed,
    Completed,
    Passed,
}

impl UnitState {
    /// The value of `data-state` in the outline.
    pub fn as_str(self) -> &'static str {
        match self {
            UnitState::NotStarted => "not-started",
            UnitState::InProgress => "in-progress",
            UnitState::Failed => "failed",
            UnitState::Completed => "completed",
            UnitState::Passed => "passed",
        }
    }

    /// Completed or passed: the unit counts towards the course.
    pub fn is_done(self) -> bool {
        matches!(self, UnitState::Completed | UnitState::Passed)
    }
}

/// The set of whole seconds of a media file that were actually played.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Watched {
    bits: Vec<u64>,
}

impl Watched {
    fn mark(&mut self, second: usize) {
        let (word, bit) = (second / 64, second % 64);
        if self.bits.len() <= word {
            self.bits.resize(word + 1, 0);
        }
        self.bits[word] |= 1 << bit;
    }

    /// Records playback from `from` to `to` seconds. Counts only continuous forward playing: a jump larger than
    /// [`MAX_STEP_SECONDS`] (a seek) or backwards records nothing.
    pub fn record(&mut self, from: f64, to: f64) {
        if !(from.is_finite() && to.is_finite())
            || to <= from
            || to - from > MAX_STEP_SECONDS
            || from < 0.0
        {
            return;
        }
        for s in (from.floor() as usize)..=(to.floor() as usize) {
            self.mark(s);
        }
    }

    pub fn count(&self) -> u32 {
        self.bits.iter().map(|w| w.count_ones()).sum()
    }

    /// Share (0–1) of the seconds of a `duration`-second media that were played.
    pub fn fraction(&self, duration: f64) -> f64 {
        let total = duration.ceil().max(1.0);
        (self.count() as f64 / total).min(1.0)
    }

    pub fn union(&self, other: &Watched) -> Watched {
        let n = self.bits.len().max(other.bits.len());
        Watched::from_words(
            (0..n)
                .map(|i| {
                    self.bits.get(i).copied().unwrap_or(0) | other.bits.get(i).copied().unwrap_or(0)
                })
                .collect(),
        )
    }

    /// The raw words, for storage.
    pub fn words(&self) -> &[u64] {
        &self.bits
    }

    /// From stored words (trailing empty words dropped, so equal sets compare equal).
    pub fn from_words(mut bits: Vec<u64>) -> Watched {
        while bits.last() == Some(&0) {
            bits.pop();
        }
        Watched { bits }
    }
}

/// A learning record the learner earned, returned by the progress change that earned it; the LRS is told about
/// it (see `domain::xapi::event_statement`).
#[derive(Debug, Clone, PartialEq)]
pub enum Happened {
    /// A unit other than a quiz was finished, for the first time.
    Completed(String),
    /// A quiz attempt, passed or failed, with its score.
    Attempted {
        unit: String,
        scaled: f64,
        raw: f64,
        max: f64,
        passed: bool,
    },
}

impl Happened {
    pub fn unit(&self) -> &str {
        match self {
            Happened::Completed(u) | Happened::Attempted { unit: u, .. } => u,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnitProgress {
    pub state: UnitState,
    /// Media position in seconds, to resume playback.
    pub position: f64,
    /// When the position was recorded (milliseconds since the epoch): the latest one wins a merge.
    pub position_at: f64,
    pub watched: Watched,
    pub attempts: u32,
    pub best_score: Option<f64>,
    pub last_score: Option<f64>,
    /// When the last attempt was submitted: the latest one's score wins a merge.
    pub last_score_at: f64,
    /// Time the learner has spent in the unit, in milliseconds.
    pub time_spent_ms: f64,
    /// Milliseconds since the epoch of the first activity in the unit (0 = none yet).
    pub first_at: f64,
    /// Milliseconds since the epoch of the last change (decides which position is the latest).
    pub updated_at: f64,
}

/// The greater of two floats, NaN-safe (NaN never wins).
fn fmax(a: f64, b: f64) -> f64 {
    if b > a || a.is_nan() {
        b
    } else {
        a
    }
}

impl UnitProgress {
    /// Combines two records of the same unit so that nothing is lost: the further state, the best score, the most
    /// attempts, the union of watched seconds, the most time spent, the earliest start, and the latest position and
    /// last score. Every field is a join over a total order, so merging is commutative, associative and idempotent:
    /// tabs and devices may merge in any order and agree.
    pub fn merge(&self, other: &UnitProgress) -> UnitProgress {
        // Each "latest" value is chosen together with its own time (ties: the greater value), so the choice is the
        // same whichever side merges first.
        let latest = if (other.position_at, other.position) > (self.position_at, self.position) {
            other
        } else {
            self
        };
        let score = |u: &UnitProgress| (u.last_score_at, u.last_score.unwrap_or(f64::NEG_INFINITY));
        let scored = if score(other) > score(self) {
            other
        } else {
            self
        };
        let first_at = match (self.first_at, other.first_at) {
            (a, b) if a > 0.0 && b > 0.0 => a.min(b),
            (a, b) => fmax(a, b),
        };
        UnitProgress {
            state: self.state.max(other.state),
            position: latest.position,
            position_at: latest.position_at,
            watched: self.watched.union(&other.watched),
            attempts: self.attempts.max(other.attempts),
            best_score: match (self.best_score, other.best_score) {
                (Some(a), Some(b)) => Some(fmax(a, b)),
                (a, b) => a.or(b),
            },
            last_score: scored.last_score,
            last_score_at: scored.last_score_at,
            time_spent_ms: fmax(self.time_spent_ms, other.time_spent_ms),
            first_at,
            updated_at: fmax(self.updated_at, other.updated_at),
        }
    }
}

/// A learner's progress through one course.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CourseProgress {
    pub units: BTreeMap<String, UnitProgress>,
    /// The unit the learner last opened: where the course resumes.
    pub last_unit: Option<String>,
    /// When they opened it (milliseconds since the epoch).
    pub last_visit_at: f64,
}

impl CourseProgress {
    pub fn unit(&self, id: &str) -> UnitProgress {
        self.units.get(id).cloned().unwrap_or_default()
    }

    pub fn state(&self, id: &str) -> UnitState {
        self.units.get(id).map(|u| u.state).unwrap_or_default()
    }

    fn entry(&mut self, id: &str, now: f64) -> &mut UnitProgress {
        let u = self.units.entry(id.to_string()).or_default();
        u.updated_at = fmax(u.updated_at, now);
        if u.first_at <= 0.0 {
            u.first_at = now;
        }
        u
    }

    /// The learner opened `unit`.
    pub fn visit(&mut self, unit: &str, now: f64) {
        let u = self.entry(unit, now);
        u.state = u.state.max(UnitState::InProgress);
        self.last_unit = Some(unit.to_string());
        self.last_visit_at = fmax(self.last_visit_at, now);
    }

    /// The unit was finished (read to the end, marked as done, reported complete by an interactive page).
    /// Returns the learning record earned the first time.
    pub fn complete(&mut self, unit: &str, now: f64) -> Option<Happened> {
        let u = self.entry(unit, now);
        let first = u.state < UnitState::Completed;
        u.state = u.state.max(UnitState::Completed);
        first.then(|| Happened::Completed(unit.to_string()))
    }

    /// The learner spent `ms` more milliseconds in `unit`.
    pub fn spend(&mut self, unit: &str, ms: f64, now: f64) {
        if ms.is_finite() && ms > 0.0 {
            self.entry(unit, now).time_spent_ms += ms;
        }
    }

    /// Media played from `from` to `to` seconds of `duration`; completes the unit at [`MEDIA_COMPLETION`] (and
    /// returns that learning record the first time).
    pub fn played(
        &mut self,
        unit: &str,
        from: f64,
        to: f64,
        duration: f64,
        now: f64,
    ) -> Option<Happened> {
        let u = self.entry(unit, now);
        u.watched.record(from, to);
        u.position = to;
        u.position_at = now;
        u.state = u.state.max(UnitState::InProgress);
        if duration > 0.0 && u.watched.fraction(duration) >= MEDIA_COMPLETION {
            return self.complete(unit, now);
        }
        None
    }

    /// The media position changed without playing (a seek, a pause): remember it for resuming.
    pub fn set_position(&mut self, unit: &str, position: f64, now: f64) {
        if position.is_finite() && position >= 0.0 {
            let u = self.entry(unit, now);
            u.position = position;
            u.position_at = now;
        }
    }

    /// A quiz attempt was submitted. A pass is never undone by a later failed attempt. Every attempt is a learning
    /// record (passed or failed, with its own score).
    pub fn quiz_attempt(&mut self, unit: &str, outcome: &Outcome, now: f64) -> Option<Happened> {
        let u = self.entry(unit, now);
        u.attempts += 1;
        u.last_score = Some(outcome.scaled);
        u.last_score_at = now;
        u.best_score = Some(
            u.best_score
                .map_or(outcome.scaled, |b| b.max(outcome.scaled)),
        );
        u.state = u.state.max(if outcome.passed {
            UnitState::Passed
        } else {
            UnitState::Failed
        });
        Some(Happened::Attempted {
            unit: unit.to_string(),
            scaled: outcome.scaled,
            raw: outcome.raw,
            max: outcome.max,
            passed: outcome.passed,
        })
    }

    /// Share (0–1) of the course's units that are completed or passed.
    pub fn completion(&self, course: &Course) -> f64 {
        let total = course.units().count();
        if total == 0 {
            return 0.0;
        }
        let done = course
            .units()
            .filter(|u| self.state(&u.id).is_done())
            .count();
        done as f64 / total as f64
    }

    /// Combines two records of the same course (two tabs, two devices) without losing anything; like
    /// [`UnitProgress::merge`], commutative, associative and idempotent.
    pub fn merge(&self, other: &CourseProgress) -> CourseProgress {
        let mut units = self.units.clone();
        for (id, theirs) in &other.units {
            let merged = match units.get(id) {
                Some(ours) => ours.merge(theirs),
                None => theirs.clone(),
            };
            units.insert(id.clone(), merged);
        }
        let latest =
            if (other.last_visit_at, &other.last_unit) > (self.last_visit_at, &self.last_unit) {
                other
            } else {
                self
            };
        CourseProgress {
            units,
            last_unit: latest.last_unit.clone(),
            last_visit_at: latest.last_visit_at,
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    //! The merge rules are a join: commutative, associative, idempotent, and never lose progress.
    use super::*;
    use proptest::prelude::*;

    fn unit() -> impl Strategy<Value = UnitProgress> {
        (
            0usize..5,
            0u32..50,
            proptest::collection::vec(any::<u64>(), 0..3),
            0u32..4,
            proptest::option::of(0u32..=4),
            proptest::option::of(0u32..=4),
            0u32..5,
            (0u32..4, 0u32..6, 0u32..4, 0u32..4),
        )
            .prop_map(
                |(
                    state,
                    pos,
                    words,
                    attempts,
                    best,
                    last,
                    spent,
                    (first, at, pos_at, score_at),
                )| UnitProgress {
                    state: [
                        UnitState::NotStarted,
                        UnitState::InProgress,
                        UnitState::Failed,
                        UnitState::Completed,
                        UnitState::Passed,
                    ][state],
                    position: pos as f64 / 2.0,
                    position_at: pos_at as f64,
                    watched: Watched::from_words(words),
                    attempts,
                    best_score: best.map(|b| b as f64 / 4.0),
                    last_score: last.map(|b| b as f64 / 4.0),
                    last_score_at: score_at as f64,
                    time_spent_ms: spent as f64 * 1000.0,
                    first_at: first as f64,
                    updated_at: at as f64,
                },
            )
    }

    fn course() -> impl Strategy<Value = CourseProgress> {
        (
            proptest::collection::btree_map(
                prop::sample::select(vec!["a", "b", "c"]),
                unit(),
                0..3,
            ),
            proptest::option::of(prop::sample::select(vec!["a", "b", "c"])),
            0u32..6,
        )
            .prop_map(|(units, last, at)| CourseProgress {
                units: units.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
                last_unit: last.map(str::to_string),
                last_visit_at: at as f64,
            })
    }

    proptest! {
        #[test]
        fn unit_merge_is_a_join(a in unit(), b in unit(), c in unit()) {
            prop_assert_eq!(a.merge(&b), b.merge(&a));
            prop_assert_eq!(a.merge(&b).merge(&c), a.merge(&b.merge(&c)));
            prop_assert_eq!(a.merge(&a), a.clone());
        }

        #[test]
        fn course_merge_is_a_join(a in course(), b in course(), c in course()) {
            prop_assert_eq!(a.merge(&b), b.merge(&a));
            prop_assert_eq!(a.merge(&b).merge(&c), a.merge(&b.merge(&c)));
            prop_assert_eq!(a.merge(&a), a.clone());
        }

        #[test]
        fn merge_never_loses_progress(a in course(), b in course()) {
            let m = a.merge(&b);
            for (id, u) in a.units.iter().chain(b.units.iter()) {
                let got = m.unit(id);
                prop_assert!(got.state >= u.state);
                prop_assert!(got.attempts >= u.attempts);
                prop_assert!(got.best_score >= u.best_score);
                prop_assert!(got.watched.count() >= u.watched.count());
                prop_assert!(got.time_spent_ms >= u.time_spent_ms);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::quiz::Outcome;

    fn outcome(scaled: f64, passed: bool) -> Outcome {
        Outcome {
            correct: vec![],
            scaled,
            raw: scaled,
            max: 1.0,
            passed,
        }
    }

    #[test]
    fn watching_counts_distinct_seconds_not_seeks() {
        let mut w = Watched::default();
        // Play 0..5 s in 0.25 s steps.
        let mut t = 0.0;
        while t < 5.0 {
            w.record(t, t + 0.25);
            t += 0.25;
        }
        assert_eq!(w.count(), 6); // seconds 0,1,2,3,4 and 5 (the step ends at 5.0)
                                  // A seek to the end counts nothing.
        w.record(5.0, 59.0);
        assert_eq!(w.count(), 6);
        // Replaying the same seconds adds nothing.
        w.record(1.0, 1.5);
        assert_eq!(w.count(), 6);
        // Backwards, NaN and negative count nothing.
        w.record(4.0, 3.0);
        w.record(f64::NAN, 1.0);
        w.record(-3.0, -2.0);
        assert_eq!(w.count(), 6);
        assert!((w.fraction(10.0) - 0.6).abs() < 1e-9);
        assert_eq!(w.fraction(3.0), 1.0);
    }

    #[test]
    fn media_completes_at_ninety_percent_of_distinct_seconds() {
        let mut p = CourseProgress::default();
        let mut t = 0.0;
        while t < 8.0 {
            p.played("v", t, t + 0.5, 10.0, 1.0);
            t += 0.5;
        }
        // 0..=8 = 9 seconds of 10.
        assert_eq!(p.state("v"), UnitState::Completed);
        let mut q = CourseProgress::default();
        q.played("v", 0.0, 0.5, 10.0, 1.0);
        q.played("v", 0.5, 9.9, 10.0, 2.0); // seek to the end
        assert_eq!(q.state("v"), UnitState::InProgress);
        assert_eq!(q.unit("v").position, 9.9);
    }

    #[test]
    fn state_only_grows() {
        let mut p = CourseProgress::default();
        p.quiz_attempt("q", &outcome(0.9, true), 1.0);
        p.quiz_attempt("q", &outcome(0.2, false), 2.0);
        let u = p.unit("q");
        assert_eq!(
            (u.state, u.attempts, u.best_score, u.last_score),
            (UnitState::Passed, 2, Some(0.9), Some(0.2))
        );
        p.complete("r", 3.0);
        p.visit("r", 4.0);
        assert_eq!(p.state("r"), UnitState::Completed);
        assert_eq!(p.last_unit.as_deref(), Some("r"));
        let mut f = CourseProgress::default();
        f.quiz_attempt("q", &outcome(0.1, false), 1.0);
        assert_eq!(f.state("q"), UnitState::Failed);
    }

    #[test]
    fn merge_keeps_everything_either_side_has() {
        let mut a = CourseProgress::default();
        a.quiz_attempt("q", &outcome(0.8, true), 1.0);
        a.played("v", 0.0, 1.0, 100.0, 1.0);
        a.visit("v", 5.0);
        let mut b = CourseProgress::default();
        b.quiz_attempt("q", &outcome(0.3, false), 2.0);
        b.quiz_attempt("q", &outcome(0.5, false), 3.0);
        b.played("v", 10.0, 11.0, 100.0, 2.0);
        b.complete("r", 9.0);
        b.visit("r", 9.0);
        for m in [a.merge(&b), b.merge(&a)] {
            let q = m.unit("q");
            assert_eq!(
                (q.state, q.attempts, q.best_score),
                (UnitState::Passed, 2, Some(0.8))
            );
            assert_eq!(m.unit("v").watched.count(), 4);
            assert_eq!(
                m.unit("v").position,
                11.0,
                "the latest recorded position wins (b, at t=2)"
            );
            assert_eq!(m.state("r"), UnitState::Completed);
            assert_eq!(m.last_unit.as_deref(), Some("r"));
        }
        assert_eq!(a.merge(&a), a);
    }

    #[test]
    fn states_render_as_test_hooks() {
        let all = [
            (UnitState::NotStarted, "not-started"),
            (UnitState::InProgress, "in-progress"),
            (UnitState::Completed, "completed"),
            (UnitState::Passed, "passed"),
            (UnitState::Failed, "failed"),
        ];
        for (s, name) in all {
            assert_eq!(s.as_str(), name);
        }
    }
}
