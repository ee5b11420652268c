//! Progress of a learner through a course: unit states that only grow, watched seconds of media, quiz attempts.

use std::collections::BTreeMap;

use super::package::{Course, UnitBody};
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
    /// An interactive page reported the unit complete with a score: the first time, or a better score than before.
    Scored { unit: String, scaled: f64 },
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
            Happened::Completed(u)
            | Happened::Scored { unit: u, .. }
            | Happened::Attempted { unit: u, .. } => u,
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
    /// How far an interactive page says the learner has got (0–1, `alliance:progress`): the highest reported.
    pub reached: f64,
}

/// What an interactive page reports (`alliance:completed`, `alliance:progress`: docs/course-format.md).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PageReport {
    Completed { score: Option<f64> },
    Progress(f64),
}

impl PageReport {
    /// The report of a message `{type, score?, value?}` from a page, if it is one. A score or value that is not a
    /// number from 0 to 1 is ignored (a completion with such a score is a completion without one).
    pub fn read(kind: Option<&str>, score: Option<f64>, value: Option<f64>) -> Option<PageReport> {
        let fraction = |x: Option<f64>| x.filter(|x| (0.0..=1.0).contains(x));
        match kind? {
            "alliance:completed" => Some(PageReport::Completed {
                score: fraction(score),
            }),
            "alliance:progress" => fraction(value).map(PageReport::Progress),
            _ => None,
        }
    }
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
            reached: fmax(self.reached, other.reached),
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

    /// An interactive page reported: a completion (with its score: the unit's result, the best one kept), or how far
    /// the learner has got. Returns the learning record earned: the first completion, or a better score.
    pub fn page_report(&mut self, unit: &str, report: PageReport, now: f64) -> Option<Happened> {
        match report {
            PageReport::Completed { score: None } => self.complete(unit, now),
            PageReport::Completed {
                score: Some(scaled),
            } => {
                let first = self.state(unit) < UnitState::Completed;
                let u = self.entry(unit, now);
                u.state = u.state.max(UnitState::Completed);
                u.last_score = Some(scaled);
                u.last_score_at = now;
                let better = u.best_score.is_none_or(|b| scaled > b);
                if better {
                    u.best_score = Some(scaled);
                }
                u.reached = 1.0;
                (first || better).then(|| Happened::Scored {
                    unit: unit.to_string(),
                    scaled,
                })
            }
            PageReport::Progress(value) => {
                let u = self.entry(unit, now);
                u.reached = fmax(u.reached, value);
                u.state = u.state.max(UnitState::InProgress);
                None
            }
        }
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

/// How far ahead of this device's clock a remote timestamp may be (another device's clock may run fast).
pub const CLOCK_SKEW_MS: f64 = 5.0 * 60.0 * 1000.0;

/// A remote claim that was not believed, for the console: which unit (none: the course's own facts) and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Dropped {
    pub unit: Option<String>,
    pub what: String,
}

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.unit {
            Some(u) => write!(f, "unit \"{u}\": {}", self.what),
            None => write!(f, "{}", self.what),
        }
    }
}

/// What the player believes of a progress record that another device — or anyone who can write to the LRS —
/// claims for `course` (docs/security.md, "Remote claims"). A claim is kept only where it carries the evidence the
/// player would need to make it itself; everything else is dropped and listed:
/// - records of units that are not in the course, and a last unit that is not;
/// - timestamps more than [`CLOCK_SKEW_MS`] ahead of `now` (with the value they date), non-finite or negative numbers;
/// - watched seconds past the media's duration and positions outside the unit (media: 0…duration, with one
///   second of slack for a file a little longer than its manifest says; reading: 0…1; other kinds: none);
/// - attempts beyond the quiz's `maxAttempts`; scores outside 0…1 or without an attempt; scores, attempts and
///   watched seconds on kinds that have none;
/// - states without their evidence: any state but "not started" needs a first activity; a media unit is completed
///   only when its watched seconds cover [`MEDIA_COMPLETION`]; a quiz is passed only with an attempt whose best
///   score reaches the passing score, failed only with an attempt; other units may be completed, never passed or
///   failed.
///
/// The result is what a merge may take in: it never carries a learning event (merging is not learning; only what
/// happens in this browser is reported to the LRS), and accepting it again changes nothing.
pub fn accept_remote(
    remote: &CourseProgress,
    course: &Course,
    now: f64,
) -> (CourseProgress, Vec<Dropped>) {
    let mut dropped = Vec::new();
    let latest = now + CLOCK_SKEW_MS;
    let mut units = BTreeMap::new();
    for (id, claim) in &remote.units {
        let mut why = |what: String| {
            dropped.push(Dropped {
                unit: Some(id.clone()),
                what,
            })
        };
        match course.unit(id) {
            Some(unit) => {
                let u = accept_unit(claim, &unit.body, latest, &mut why);
                if u != UnitProgress::default() {
                    units.insert(id.clone(), u);
                }
            }
            None => why("not a unit of this course".into()),
        }
    }
    let mut why = |what: &str| {
        dropped.push(Dropped {
            unit: None,
            what: what.into(),
        })
    };
    let (mut last_unit, mut last_visit_at) = (remote.last_unit.clone(), remote.last_visit_at);
    if !time_ok(last_visit_at, latest) {
        why("the last visit's time is in the future or not a time");
        (last_unit, last_visit_at) = (None, 0.0);
    }
    if let Some(u) = &last_unit {
        if course.unit(u).is_none() {
            why("the last unit is not a unit of this course");
            (last_unit, last_visit_at) = (None, 0.0);
        }
    }
    (
        CourseProgress {
            units,
            last_unit,
            last_visit_at,
        },
        dropped,
    )
}

/// A timestamp that may be believed: 0 (none) or a time not after `latest`.
fn time_ok(t: f64, latest: f64) -> bool {
    t.is_finite() && t >= 0.0 && t <= latest
}

/// Holds a unit's scores to 0…1 (one outside is dropped, with its date for the last) and the best to at least the
/// last; `false` if a score was dropped.
fn hold_scores(u: &mut UnitProgress) -> bool {
    let valid = |s: Option<f64>| s.filter(|x| x.is_finite() && (0.0..=1.0).contains(x));
    let held = (valid(u.best_score), valid(u.last_score)) == (u.best_score, u.last_score);
    u.best_score = valid(u.best_score);
    u.last_score = valid(u.last_score);
    if u.last_score.is_none() {
        u.last_score_at = 0.0;
    }
    if let Some(last) = u.last_score {
        u.best_score = Some(u.best_score.map_or(last, |b| b.max(last)));
    }
    held
}

fn accept_unit(
    claim: &UnitProgress,
    body: &UnitBody,
    latest: f64,
    why: &mut impl FnMut(String),
) -> UnitProgress {
    let mut u = claim.clone();
    // Timestamps first: a value dated in the future is dropped with its date.
    if !time_ok(u.first_at, latest) {
        why(format!("first activity at {} is in the future", u.first_at));
        u.first_at = 0.0;
    }
    if !time_ok(u.updated_at, latest) {
        why(format!("last change at {} is in the future", u.updated_at));
        u.updated_at = 0.0;
    }
    if !time_ok(u.position_at, latest) {
        why(format!("position dated {} is in the future", u.position_at));
        (u.position, u.position_at) = (0.0, 0.0);
    }
    if !time_ok(u.last_score_at, latest) {
        why(format!(
            "last score dated {} is in the future",
            u.last_score_at
        ));
        (u.last_score, u.last_score_at) = (None, 0.0);
    }
    // Time spent: no more than has passed since the first activity.
    let elapsed = if u.first_at > 0.0 {
        (latest - u.first_at).max(0.0)
    } else {
        0.0
    };
    if !(u.time_spent_ms.is_finite() && (0.0..=elapsed).contains(&u.time_spent_ms)) {
        why(format!(
            "{} ms spent is more than the time since the first activity",
            u.time_spent_ms
        ));
        u.time_spent_ms = 0.0;
    }
    // What this kind of unit can hold at all, and the state its evidence supports.
    let media = match body {
        UnitBody::Video(m) | UnitBody::Audio(m) => Some(m.duration),
        _ => None,
    };
    let quiz = match body {
        UnitBody::Quiz(q) => Some(q),
        _ => None,
    };
    let max_position = match (media, body) {
        // The same second of slack as for watched seconds.
        (Some(d), _) => d + 1.0,
        (None, UnitBody::Reading { .. }) => 1.0,
        _ => 0.0,
    };
    if !(u.position.is_finite() && (0.0..=max_position).contains(&u.position)) {
        why(format!(
            "position {} is outside the unit (0…{max_position})",
            u.position
        ));
        (u.position, u.position_at) = (0.0, 0.0);
    }
    match media {
        Some(duration) => {
            // Seconds 0..=floor(duration) can be played; one more for a file a little longer than announced.
            let seconds = (duration.floor() as usize).saturating_add(2);
            let mut words = u.watched.words().to_vec();
            let before = u.watched.count();
            words.truncate(seconds.div_ceil(64));
            let len = words.len();
            if let Some(last) = words.last_mut() {
                let used = seconds - (len - 1) * 64;
                if used < 64 {
                    *last &= (1u64 << used) - 1;
                }
            }
            u.watched = Watched::from_words(words);
            if u.watched.count() < before {
                why(format!(
                    "watched seconds past the duration ({duration} s) are not counted"
                ));
            }
        }
        None if u.watched != Watched::default() => {
            why("watched seconds on a unit that is not media".into());
            u.watched = Watched::default();
        }
        None => {}
    }
    match quiz {
        Some(q) => {
            if let Some(max) = q.max_attempts {
                if u.attempts > max {
                    why(format!(
                        "{} attempts, but the quiz allows {max}",
                        u.attempts
                    ));
                    u.attempts = max;
                }
            }
            if !hold_scores(&mut u) {
                why("a score outside 0…1".into());
            }
            if u.attempts == 0 && (u.best_score.is_some() || u.last_score.is_some()) {
                why("a score without an attempt".into());
                (u.best_score, u.last_score, u.last_score_at) = (None, None, 0.0);
            }
        }
        // An interactive page's score (no attempts): valid scores, the best at least the last.
        None if matches!(body, UnitBody::Interactive { .. }) => {
            if !hold_scores(&mut u) || u.attempts > 0 {
                why("attempts, or a score outside 0…1, on an interactive page".into());
            }
            u.attempts = 0;
        }
        None => {
            if u.attempts > 0 || u.best_score.is_some() || u.last_score.is_some() {
                why("attempts or scores on a unit that is not a quiz".into());
            }
            (u.attempts, u.best_score, u.last_score, u.last_score_at) = (0, None, None, 0.0);
        }
    }
    let reached_ok =
        matches!(body, UnitBody::Interactive { .. }) && (0.0..=1.0).contains(&u.reached);
    if !reached_ok && u.reached != 0.0 {
        why(format!(
            "progress {} reported on this unit is not a fraction of an interactive page",
            u.reached
        ));
        u.reached = 0.0;
    }
    let supported = if u.first_at <= 0.0 {
        UnitState::NotStarted
    } else if let Some(q) = quiz {
        match u.best_score {
            Some(best) if u.attempts > 0 && best >= q.passing_score => UnitState::Passed,
            _ if u.attempts > 0 => UnitState::Failed,
            _ => UnitState::InProgress,
        }
    } else if let Some(duration) = media {
        if u.watched.fraction(duration) >= MEDIA_COMPLETION {
            UnitState::Completed
        } else {
            UnitState::InProgress
        }
    } else {
        UnitState::Completed
    };
    // States a kind never has are read as the nearest it has (a quiz "completed" claims a pass; "failed" on a
    // reading claims it was opened), then held to what the evidence supports.
    let claimed = match (quiz.is_some(), u.state) {
        (true, UnitState::Completed) => UnitState::Passed,
        (false, UnitState::Passed) => UnitState::Completed,
        (false, UnitState::Failed) => UnitState::InProgress,
        (_, s) => s,
    };
    let state = claimed.min(supported);
    if state != u.state {
        why(format!(
            "state \"{}\" without its evidence; kept as \"{}\"",
            u.state.as_str(),
            state.as_str()
        ));
        u.state = state;
    }
    u
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
                    reached: (spent % 3) as f64 / 2.0,
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

    #[test]
    fn an_interactive_pages_score_is_the_units_result_and_its_progress_is_kept() {
        use super::PageReport as R;
        // Messages as pages send them; anything else is not a report.
        assert_eq!(
            R::read(Some("alliance:completed"), Some(0.8), None),
            Some(R::Completed { score: Some(0.8) })
        );
        assert_eq!(
            R::read(Some("alliance:completed"), Some(1.5), None),
            Some(R::Completed { score: None })
        );
        assert_eq!(
            R::read(Some("alliance:completed"), Some(f64::NAN), None),
            Some(R::Completed { score: None })
        );
        assert_eq!(
            R::read(Some("alliance:progress"), None, Some(0.5)),
            Some(R::Progress(0.5))
        );
        assert_eq!(R::read(Some("alliance:progress"), None, Some(-0.1)), None);
        assert_eq!(R::read(Some("alliance:progress"), None, None), None);
        assert_eq!(R::read(Some("alliance:other"), Some(1.0), None), None);
        assert_eq!(R::read(None, Some(1.0), None), None);

        let mut p = CourseProgress::default();
        assert_eq!(p.page_report("game", R::Progress(0.3), 1.0), None);
        assert_eq!(p.page_report("game", R::Progress(0.2), 2.0), None);
        assert_eq!(
            (p.state("game"), p.unit("game").reached),
            (UnitState::InProgress, 0.3)
        );
        let first = p.page_report("game", R::Completed { score: Some(0.6) }, 3.0);
        assert_eq!(
            first,
            Some(Happened::Scored {
                unit: "game".into(),
                scaled: 0.6
            })
        );
        assert_eq!(p.state("game"), UnitState::Completed);
        assert_eq!(
            p.page_report("game", R::Completed { score: Some(0.5) }, 4.0),
            None,
            "a lower score: nothing new"
        );
        assert_eq!(p.unit("game").best_score, Some(0.6));
        assert_eq!(p.unit("game").last_score, Some(0.5));
        assert_eq!(
            p.page_report("game", R::Completed { score: Some(0.9) }, 5.0),
            Some(Happened::Scored {
                unit: "game".into(),
                scaled: 0.9
            }),
            "a better score is a learning record"
        );
        assert_eq!(
            p.page_report("game", R::Completed { score: None }, 6.0),
            None
        );
        assert_eq!(p.unit("game").best_score, Some(0.9));
        // A completion without a score, the first time, is the plain completion.
        assert_eq!(
            p.page_report("other", R::Completed { score: None }, 7.0),
            Some(Happened::Completed("other".into()))
        );
        // Two devices: the highest progress and the best score survive a merge either way.
        let mut q = CourseProgress::default();
        q.page_report("game", R::Progress(0.7), 8.0);
        assert_eq!(p.merge(&q).unit("game").reached, 1.0);
        assert_eq!(q.merge(&p).unit("game").best_score, Some(0.9));
    }
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod remote {
    //! What the player believes of a State document (docs/security.md, "Remote claims").
    use super::*;
    use crate::domain::package::parse_course;
    use proptest::prelude::*;
    use serde_json::json;

    const NOW: f64 = 1_700_000_000_000.0;

    /// A video of 10 s, a quiz (pass 0.7, 3 attempts), a reading and a document.
    fn course() -> Course {
        let base = |id: &str, kind: &str| json!({"id": id, "iri": format!("https://x.org/{id}"), "kind": kind, "title": {"en": id}});
        let mut v = base("v", "video");
        v["sources"] = json!([{"src": "v.webm", "type": "video/webm"}]);
        v["duration"] = json!(10);
        let mut q = base("q", "quiz");
        q["passingScore"] = json!(0.7);
        q["maxAttempts"] = json!(3);
        q["questions"] =
            json!([{"id": "a", "type": "true-false", "prompt": {"en": "?"}, "answer": true}]);
        let mut r = base("r", "reading");
        r["body"] = json!({"en": "x"});
        let mut d = base("d", "document");
        d["src"] = json!("d.pdf");
        let doc = json!({
            "format": "alliance-course-package", "version": "1.0", "id": "c", "iri": "https://x.org/c",
            "title": {"en": "C"}, "languages": ["en"], "defaultLanguage": "en",
            "modules": [{"id": "m", "title": {"en": "M"}, "units": [v, q, r, d]}]
        });
        parse_course("/c/course.json", &doc.to_string()).unwrap()
    }

    fn outcome(scaled: f64) -> Outcome {
        Outcome {
            correct: vec![],
            scaled,
            raw: scaled,
            max: 1.0,
            passed: scaled >= 0.7,
        }
    }

    /// Progress the player itself made: every claim in it has its evidence.
    fn honest() -> CourseProgress {
        let mut p = CourseProgress::default();
        let t = NOW - 100_000.0;
        p.visit("v", t);
        let mut s = 0.0;
        while s < 9.5 {
            p.played("v", s, s + 0.5, 10.0, t + s);
            s += 0.5;
        }
        p.visit("q", t + 20.0);
        p.quiz_attempt("q", &outcome(0.5), t + 21.0);
        p.quiz_attempt("q", &outcome(0.8), t + 22.0);
        p.visit("r", t + 30.0);
        p.set_position("r", 0.6, t + 31.0);
        p.complete("r", t + 32.0);
        p.spend("r", 2_000.0, t + 33.0);
        p.visit("d", t + 40.0);
        p
    }

    #[test]
    fn progress_the_player_made_is_believed_whole() {
        let p = honest();
        assert_eq!(p.state("v"), UnitState::Completed);
        assert_eq!(p.state("q"), UnitState::Passed);
        let (got, dropped) = accept_remote(&p, &course(), NOW);
        assert_eq!(dropped, vec![]);
        assert_eq!(got, p);
    }

    /// Each case: a claim edited into honest progress, the unit's state believed, and the reason given.
    #[test]
    fn claims_without_their_evidence_are_dropped_with_a_reason() {
        type Edit = fn(&mut CourseProgress);
        let cases: &[(&str, Edit, &str, UnitState, &str)] = &[
            (
                "a quiz passed with a failing score",
                |p| {
                    let q = p.units.get_mut("q").unwrap();
                    (q.best_score, q.last_score) = (Some(0.5), Some(0.5));
                },
                "q",
                UnitState::Failed,
                "state \"passed\" without its evidence; kept as \"failed\"",
            ),
            (
                "a quiz passed with no attempt",
                |p| {
                    let q = p.units.get_mut("q").unwrap();
                    (q.attempts, q.best_score, q.last_score) = (0, None, None);
                },
                "q",
                UnitState::InProgress,
                "state \"passed\" without its evidence",
            ),
            (
                "more attempts than the quiz allows",
                |p| p.units.get_mut("q").unwrap().attempts = 4_000_000_000,
                "q",
                UnitState::Passed,
                "4000000000 attempts, but the quiz allows 3",
            ),
            (
                "a score above 1",
                |p| p.units.get_mut("q").unwrap().best_score = Some(1e300),
                "q",
                UnitState::Passed,
                "a score outside 0…1",
            ),
            (
                "a video completed with 2 of 10 seconds watched",
                |p| {
                    p.units.get_mut("v").unwrap().watched = Watched::from_words(vec![0b11]);
                },
                "v",
                UnitState::InProgress,
                "state \"completed\" without its evidence; kept as \"in-progress\"",
            ),
            (
                "watched seconds far past the duration",
                |p| {
                    p.units.get_mut("v").unwrap().watched =
                        Watched::from_words(vec![0, u64::MAX, u64::MAX]);
                },
                "v",
                UnitState::InProgress,
                "watched seconds past the duration (10 s) are not counted",
            ),
            (
                "a reading passed",
                |p| p.units.get_mut("r").unwrap().state = UnitState::Passed,
                "r",
                UnitState::Completed,
                "state \"passed\" without its evidence; kept as \"completed\"",
            ),
            (
                "a unit completed but never opened",
                |p| {
                    let d = p.units.get_mut("d").unwrap();
                    (d.state, d.first_at) = (UnitState::Completed, 0.0);
                },
                "d",
                UnitState::NotStarted,
                "state \"completed\" without its evidence",
            ),
            (
                "a first activity in the future",
                |p| p.units.get_mut("r").unwrap().first_at = NOW + 86_400_000.0,
                "r",
                UnitState::NotStarted,
                "is in the future",
            ),
            (
                "a position past the video's end",
                |p| p.units.get_mut("v").unwrap().position = 1e12,
                "v",
                UnitState::Completed,
                "position 1000000000000 is outside the unit (0…11)",
            ),
            (
                "a reading scrolled past its end",
                |p| p.units.get_mut("r").unwrap().position = 7.0,
                "r",
                UnitState::Completed,
                "outside the unit (0…1)",
            ),
            (
                "a NaN position",
                |p| p.units.get_mut("r").unwrap().position = f64::NAN,
                "r",
                UnitState::Completed,
                "position NaN is outside the unit",
            ),
            (
                "infinite time spent",
                |p| p.units.get_mut("r").unwrap().time_spent_ms = f64::INFINITY,
                "r",
                UnitState::Completed,
                "ms spent is more than the time since the first activity",
            ),
            (
                "a score on a reading",
                |p| p.units.get_mut("r").unwrap().best_score = Some(1.0),
                "r",
                UnitState::Completed,
                "attempts or scores on a unit that is not a quiz",
            ),
        ];
        for (name, edit, unit, state, why) in cases {
            let mut p = honest();
            edit(&mut p);
            let (got, dropped) = accept_remote(&p, &course(), NOW);
            assert_eq!(got.state(unit), *state, "case: {name}");
            assert!(
                dropped
                    .iter()
                    .any(|d| d.unit.as_deref() == Some(*unit) && d.what.contains(why)),
                "case: {name}: {dropped:?}"
            );
            let u = got.unit(unit);
            assert!(
                u.attempts <= 3 && u.watched.count() <= 12,
                "case: {name}: {u:?}"
            );
            assert!(
                u.position.is_finite() && u.time_spent_ms.is_finite(),
                "case: {name}"
            );
        }
    }

    #[test]
    fn units_and_visits_the_course_does_not_have_are_dropped() {
        let mut p = honest();
        p.units.insert(
            "ghost".into(),
            UnitProgress {
                state: UnitState::Passed,
                first_at: 1.0,
                ..Default::default()
            },
        );
        p.last_unit = Some("ghost".into());
        let (got, dropped) = accept_remote(&p, &course(), NOW);
        assert!(!got.units.contains_key("ghost"));
        assert_eq!(got.last_unit, None);
        assert_eq!(
            dropped.iter().map(|d| d.to_string()).collect::<Vec<_>>(),
            [
                "unit \"ghost\": not a unit of this course",
                "the last unit is not a unit of this course"
            ]
        );
        // A visit in the future would win every merge: dropped.
        let mut p = honest();
        p.last_visit_at = NOW + 3_600_000.0;
        assert_eq!(accept_remote(&p, &course(), NOW).0.last_unit, None);
        // A few minutes ahead is another device's clock: believed.
        p.last_visit_at = NOW + 60_000.0;
        assert_eq!(
            accept_remote(&p, &course(), NOW).0.last_unit.as_deref(),
            Some("d")
        );
    }

    fn any_f64() -> impl Strategy<Value = f64> {
        prop_oneof![
            Just(f64::NAN),
            Just(f64::INFINITY),
            Just(f64::NEG_INFINITY),
            Just(f64::MAX),
            Just(-1.0),
            Just(0.0),
            0.0..2.0f64,
            0.0..20.0f64,
            (NOW - 1e9)..(NOW + 1e9),
        ]
    }

    fn hostile_unit() -> impl Strategy<Value = UnitProgress> {
        (
            0usize..5,
            (any_f64(), any_f64(), any_f64(), any_f64()),
            proptest::collection::vec(any::<u64>(), 0..40),
            any::<u32>(),
            (
                proptest::option::of(any_f64()),
                proptest::option::of(any_f64()),
            ),
            (any_f64(), any_f64(), any_f64()),
        )
            .prop_map(
                |(
                    state,
                    (position, position_at, last_score_at, time),
                    words,
                    attempts,
                    (best, last),
                    (first, updated, reached),
                )| {
                    UnitProgress {
                        state: [
                            UnitState::NotStarted,
                            UnitState::InProgress,
                            UnitState::Failed,
                            UnitState::Completed,
                            UnitState::Passed,
                        ][state],
                        position,
                        position_at,
                        watched: Watched::from_words(words),
                        attempts,
                        best_score: best,
                        last_score: last,
                        last_score_at,
                        time_spent_ms: time,
                        first_at: first,
                        updated_at: updated,
                        reached,
                    }
                },
            )
    }

    fn hostile() -> impl Strategy<Value = CourseProgress> {
        (
            proptest::collection::btree_map(
                prop::sample::select(vec!["v", "q", "r", "d", "ghost"]),
                hostile_unit(),
                0..5,
            ),
            proptest::option::of(prop::sample::select(vec!["v", "q", "ghost"])),
            any_f64(),
        )
            .prop_map(|(units, last, at)| CourseProgress {
                units: units.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
                last_unit: last.map(str::to_string),
                last_visit_at: at,
            })
    }

    proptest! {
        /// Whatever a hostile LRS claims, what is believed holds every rule, and believing it again changes nothing.
        #[test]
        fn whatever_is_claimed_what_is_believed_has_its_evidence(p in hostile()) {
            let c = course();
            let (got, _) = accept_remote(&p, &c, NOW);
            let latest = NOW + CLOCK_SKEW_MS;
            for (id, u) in &got.units {
                prop_assert!(c.unit(id).is_some());
                for t in [u.first_at, u.updated_at, u.position_at, u.last_score_at, u.time_spent_ms, u.position] {
                    prop_assert!(t.is_finite() && t >= 0.0 && t <= latest, "{id}: {u:?}");
                }
                prop_assert!(u.watched.count() <= 12, "{id}: {}", u.watched.count());
                prop_assert!(u.attempts <= 3);
                for s in [u.best_score, u.last_score].into_iter().flatten() {
                    prop_assert!((0.0..=1.0).contains(&s));
                }
                if u.state == UnitState::Passed {
                    prop_assert!(id == "q" && u.attempts > 0 && u.best_score >= Some(0.7));
                }
                if u.state == UnitState::Completed && id == "v" {
                    prop_assert!(u.watched.fraction(10.0) >= MEDIA_COMPLETION);
                }
                if u.state > UnitState::NotStarted {
                    prop_assert!(u.first_at > 0.0);
                }
            }
            prop_assert!(got.last_unit.as_deref().is_none_or(|u| c.unit(u).is_some()));
            prop_assert_eq!(accept_remote(&got, &c, NOW), (got.clone(), vec![]));
            // Merged into honest local progress, nothing local is lost.
            let local = honest();
            let merged = local.merge(&got);
            for (id, u) in &local.units {
                prop_assert!(merged.state(id) >= u.state);
            }
        }
    }
}
