//! Cross-device resume: what the learner keeps of a course as xAPI State documents (`activities/state`, one per
//! course, learner, registration and [`StateDocument`]: the progress, stateId [`STATE_ID`]; the notes and bookmarks,
//! `domain::notes::STATE_ID`). [`StateSync::pull`] reads one when a course opens; only what carries its evidence is
//! believed (`record::remote_document`, `CourseNotes::from_document`). [`StateSync::push`] writes the merge of the
//! local document and the LRS's:
//! - with no ETag known for the course, it reads first (a write without a precondition could replace another
//!   device's progress);
//! - it writes with `If-Match: <ETag>`, or `If-None-Match: *` for a new document;
//! - 409/412 (another device wrote meanwhile): read again, merge, write again; at most [`PUT_TRIES`] writes;
//! - 401/403: the credentials were refused; other statuses: `Server(status)`;
//! - 404/405/501 on a write, or no answer while the device is online: the endpoint has no State API the player can
//!   use. It is not asked again by this `StateSync` (resume stays local; delivery goes on).

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use crate::domain::notes::CourseNotes;
use crate::domain::package::Course;
use crate::domain::progress::CourseProgress;
use crate::domain::record::{remote_document, to_document};
use crate::service::delivery::{Lrs, Request, SyncError};

/// The progress State document's id.
pub const STATE_ID: &str = "alliance-player-progress";

/// A document the player keeps per course in the learner's State: how it merges with another device's, and how it is
/// written and read (hostile).
pub trait StateDocument: Clone + PartialEq + Sized {
    /// Its stateId.
    const STATE_ID: &'static str;
    /// What it holds, for warnings ("progress", "notes").
    const WHAT: &'static str;
    /// This and `other` without losing either (commutative, associative, idempotent).
    fn merge(&self, other: &Self) -> Self;
    fn to_document(&self, course_id: &str) -> String;
    /// The LRS's document, with what was not believed; `Err` refuses it whole.
    fn from_document(
        body: &str,
        course: &Course,
        now_ms: f64,
    ) -> Result<(Self, Vec<String>), String>;
}

impl StateDocument for CourseProgress {
    const STATE_ID: &'static str = STATE_ID;
    const WHAT: &'static str = "progress";
    fn merge(&self, other: &Self) -> Self {
        CourseProgress::merge(self, other)
    }
    fn to_document(&self, course_id: &str) -> String {
        to_document(course_id, self).to_string()
    }
    fn from_document(
        body: &str,
        course: &Course,
        now_ms: f64,
    ) -> Result<(Self, Vec<String>), String> {
        remote_document(body, course, now_ms)
            .map(|(p, dropped)| (p, dropped.iter().map(ToString::to_string).collect()))
            .map_err(|e| e.to_string())
    }
}

impl StateDocument for CourseNotes {
    const STATE_ID: &'static str = crate::domain::notes::STATE_ID;
    const WHAT: &'static str = "notes";
    fn merge(&self, other: &Self) -> Self {
        CourseNotes::merge(self, other)
    }
    fn to_document(&self, course_id: &str) -> String {
        CourseNotes::to_document(self, course_id).to_string()
    }
    fn from_document(
        body: &str,
        course: &Course,
        now_ms: f64,
    ) -> Result<(Self, Vec<String>), String> {
        let units: Vec<&str> = course.units().map(|u| u.id.as_str()).collect();
        // A minute of clock difference between devices is not "the future".
        CourseNotes::from_document(body, &course.id, &units, now_ms + 60_000.0)
    }
}

/// The key of a course's document of kind `D` in the ETag map.
fn key<D: StateDocument>(course_id: &str) -> String {
    format!("{}\u{1f}{course_id}", D::STATE_ID)
}
/// At most this many writes per [`StateSync::push`].
pub const PUT_TRIES: u32 = 4;

type Warn = Box<dyn Fn(&str)>;

/// What one page knows of the LRS's State documents: the ETag of each course's documents as last read or written,
/// and the endpoints found without a usable State API.
pub struct StateSync {
    etags: RefCell<BTreeMap<String, String>>,
    no_state_api: RefCell<BTreeSet<String>>,
    /// Told what was not believed of a document, or why it was refused (the console).
    warn: Warn,
}

impl StateSync {
    pub fn new(warn: impl Fn(&str) + 'static) -> Self {
        StateSync {
            etags: RefCell::default(),
            no_state_api: RefCell::default(),
            warn: Box::new(warn),
        }
    }

    /// Whether `lrs`'s State API is worth asking (it was not found missing).
    pub fn asks<L: Lrs>(&self, lrs: &L) -> bool {
        !self.no_state_api.borrow().contains(lrs.endpoint())
    }

    /// The ETag last read or written for `course_id`'s document of kind `D`.
    pub fn etag<D: StateDocument>(&self, course_id: &str) -> Option<String> {
        self.etags.borrow().get(&key::<D>(course_id)).cloned()
    }

    /// The course's document of kind `D` as the LRS keeps it, with only what carries its evidence: `None` when there
    /// is no document yet, the endpoint has no State API, or the document was refused whole.
    pub async fn pull<D: StateDocument, L: Lrs>(
        &self,
        lrs: &L,
        version: &'static str,
        course: &Course,
        now_ms: f64,
    ) -> Result<Option<D>, SyncError> {
        if !self.asks(lrs) {
            return Ok(None);
        }
        self.read(lrs, version, course, now_ms).await
    }

    /// Writes `local` merged with what the LRS holds; returns what was written (the merge), which the caller
    /// merges into the page. Without a State API it returns `local` as it is.
    pub async fn push<D: StateDocument, L: Lrs>(
        &self,
        lrs: &L,
        version: &'static str,
        course: &Course,
        local: &D,
        now_ms: f64,
    ) -> Result<D, SyncError> {
        if !self.asks(lrs) {
            return Ok(local.clone());
        }
        let course_id = course.id.as_str();
        let mut merged = local.clone();
        if self.etag::<D>(course_id).is_none() {
            if let Some(remote) = self.read::<D, L>(lrs, version, course, now_ms).await? {
                merged = merged.merge(&remote);
                // The LRS holds it all already (a course opened on a second device): nothing to write.
                if merged == remote {
                    return Ok(merged);
                }
            }
        }
        for _ in 0..PUT_TRIES {
            let req = match self.etag::<D>(course_id) {
                Some(t) => {
                    state_request::<D, L>(lrs, "PUT", &course.iri, version).header("If-Match", t)
                }
                None => state_request::<D, L>(lrs, "PUT", &course.iri, version)
                    .header("If-None-Match", "*"),
            };
            let body = merged.to_document(course_id);
            let reply = lrs
                .request(req.body(body))
                .await
                .map_err(|_| self.no_answer(lrs))?;
            match reply.status {
                200..=299 => {
                    self.remember::<D>(course_id, reply.etag);
                    return Ok(merged);
                }
                // Another device wrote meanwhile: read it, merge, try again.
                409 | 412 => {
                    if let Some(remote) = self.read::<D, L>(lrs, version, course, now_ms).await? {
                        merged = merged.merge(&remote);
                    }
                }
                401 | 403 => return Err(SyncError::Unauthorized),
                404 | 405 | 501 => {
                    self.no_state_api
                        .borrow_mut()
                        .insert(lrs.endpoint().to_string());
                    return Err(SyncError::NotFound);
                }
                s => return Err(SyncError::Server(s)),
            }
        }
        Err(SyncError::Server(412))
    }

    async fn read<D: StateDocument, L: Lrs>(
        &self,
        lrs: &L,
        version: &'static str,
        course: &Course,
        now_ms: f64,
    ) -> Result<Option<D>, SyncError> {
        let reply = lrs
            .request(state_request::<D, L>(lrs, "GET", &course.iri, version))
            .await
            .map_err(|_| self.no_answer(lrs))?;
        let warn = |what: String| {
            (self.warn)(&format!(
                "{} from the LRS for course {}: {what}",
                D::WHAT,
                course.id
            ))
        };
        match reply.status {
            200 => {
                self.remember::<D>(&course.id, reply.etag);
                match D::from_document(&reply.body, course, now_ms) {
                    Ok((doc, dropped)) => {
                        for d in dropped {
                            warn(format!("not believed: {d}"));
                        }
                        Ok(Some(doc))
                    }
                    Err(e) => {
                        warn(e);
                        Ok(None)
                    }
                }
            }
            404 => {
                self.etags.borrow_mut().remove(&key::<D>(&course.id));
                Ok(None)
            }
            401 | 403 => Err(SyncError::Unauthorized),
            s => Err(SyncError::Server(s)),
        }
    }

    fn remember<D: StateDocument>(&self, course_id: &str, etag: Option<String>) {
        let mut etags = self.etags.borrow_mut();
        match etag {
            Some(t) => etags.insert(key::<D>(course_id), t),
            None => etags.remove(&key::<D>(course_id)),
        };
    }

    /// No answer: while the device is online, its answers are blocked (or it never answers): the endpoint has no
    /// State API the player can use.
    fn no_answer<L: Lrs>(&self, lrs: &L) -> SyncError {
        if lrs.online() {
            self.no_state_api
                .borrow_mut()
                .insert(lrs.endpoint().to_string());
        }
        SyncError::Unreachable
    }
}

/// A request for the course's State document of kind `D`, as the connection's learner (and registration, if any).
fn state_request<D: StateDocument, L: Lrs>(
    lrs: &L,
    method: &'static str,
    course_iri: &str,
    version: &'static str,
) -> Request {
    let mut req = Request::new(method, "activities/state")
        .query("activityId", course_iri)
        .query("agent", lrs.actor().to_string())
        .query("stateId", D::STATE_ID)
        .version(version);
    if let Some(r) = lrs.registration() {
        req = req.query("registration", r);
    }
    req
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::package::parse_course;
    use crate::domain::progress::UnitState;
    use crate::service::delivery::twins::ScriptedLrs;
    use crate::service::delivery::{NoAnswer, Reply};
    use crate::service::run_ready;
    use serde_json::{json, Value};
    use std::collections::VecDeque;
    use std::rc::Rc;

    const NOW: f64 = 1_700_000_000_000.0;
    const V: &str = "1.0.3";
    const REG: &str = "ec231e8c-6d6a-4c3a-9d9c-6f1a2b3c4d5e";

    fn course() -> Course {
        let doc = json!({
            "format": "alliance-course-package", "version": "1.0", "id": "c", "iri": "https://x.org/c",
            "title": {"en": "C"}, "languages": ["en"], "defaultLanguage": "en",
            "modules": [{"id": "m", "title": {"en": "M"}, "units": [
                {"id": "v", "iri": "https://x.org/v", "kind": "video", "title": {"en": "V"},
                 "sources": [{"src": "v.webm", "type": "video/webm"}], "duration": 100},
                {"id": "r", "iri": "https://x.org/r", "kind": "reading", "title": {"en": "R"}, "body": {"en": "x"}},
                {"id": "s", "iri": "https://x.org/s", "kind": "reading", "title": {"en": "S"}, "body": {"en": "y"}}
            ]}]
        });
        parse_course("/c/course.json", &doc.to_string()).unwrap()
    }

    /// This device: reading `r` done.
    fn local() -> CourseProgress {
        let mut p = CourseProgress::default();
        p.visit("r", NOW - 40_000.0);
        p.complete("r", NOW - 39_000.0);
        p
    }

    /// Another device: reading `s` done.
    fn remote() -> CourseProgress {
        let mut p = CourseProgress::default();
        p.visit("s", NOW - 30_000.0);
        p.complete("s", NOW - 29_000.0);
        p
    }

    /// A third device: two seconds of the video.
    fn remote_video() -> CourseProgress {
        let mut p = CourseProgress::default();
        p.visit("v", NOW - 20_000.0);
        p.played("v", 0.0, 2.0, 100.0, NOW - 19_000.0);
        p
    }

    fn doc(p: &CourseProgress) -> String {
        to_document("c", p).to_string()
    }

    fn answer(status: u16, etag: Option<&str>, body: &str) -> Result<Reply, NoAnswer> {
        Ok(Reply {
            status,
            etag: etag.map(str::to_string),
            body: body.into(),
            ..Reply::default()
        })
    }

    /// An LRS answering each request with the next of `answers` (as the learner with registration [`REG`]).
    fn lrs(answers: Vec<Result<Reply, NoAnswer>>) -> ScriptedLrs {
        let mut answers = VecDeque::from(answers);
        let mut lrs = ScriptedLrs::new(move |req| {
            answers
                .pop_front()
                .unwrap_or_else(|| panic!("unscripted request {} {}", req.method, req.resource))
        });
        lrs.registration = Some(REG.into());
        lrs
    }

    type Pairs = Vec<(&'static str, String)>;

    /// Every request made: method, query, headers, and the body as JSON.
    fn requests(lrs: &ScriptedLrs) -> Vec<(&'static str, Pairs, Pairs, Option<Value>)> {
        lrs.log
            .borrow()
            .iter()
            .map(|r| {
                assert_eq!(r.resource, "activities/state");
                assert_eq!(r.version, Some(V));
                let body = r.body.as_deref().map(|b| serde_json::from_str(b).unwrap());
                (r.method, r.query.clone(), r.headers.clone(), body)
            })
            .collect()
    }

    fn query() -> Pairs {
        vec![
            ("activityId", "https://x.org/c".into()),
            ("agent", r#"{"mbox":"mailto:ada@example.org"}"#.into()),
            ("stateId", STATE_ID.into()),
            ("registration", REG.into()),
        ]
    }

    fn sync() -> (StateSync, Rc<RefCell<Vec<String>>>) {
        let warnings = Rc::new(RefCell::new(vec![]));
        let w = warnings.clone();
        (
            StateSync::new(move |m| w.borrow_mut().push(m.into())),
            warnings,
        )
    }

    #[test]
    fn the_first_push_reads_then_creates_and_the_next_writes_with_the_etag() {
        let (s, warnings) = sync();
        let lrs = lrs(vec![
            answer(404, None, ""),
            answer(204, Some("\"e1\""), ""),
            answer(204, Some("\"e2\""), ""),
        ]);
        let c = course();
        assert_eq!(run_ready(s.push(&lrs, V, &c, &local(), NOW)), Ok(local()));
        assert_eq!(s.etag::<CourseProgress>("c").as_deref(), Some("\"e1\""));
        let mut more = local();
        more.visit("s", NOW - 1000.0);
        assert_eq!(run_ready(s.push(&lrs, V, &c, &more, NOW)), Ok(more.clone()));
        assert_eq!(
            requests(&lrs),
            vec![
                ("GET", query(), vec![], None),
                (
                    "PUT",
                    query(),
                    vec![("If-None-Match", "*".into())],
                    Some(to_document("c", &local()))
                ),
                // The ETag is known: no read first.
                (
                    "PUT",
                    query(),
                    vec![("If-Match", "\"e1\"".into())],
                    Some(to_document("c", &more))
                ),
            ]
        );
        assert_eq!(s.etag::<CourseProgress>("c").as_deref(), Some("\"e2\""));
        assert!(warnings.borrow().is_empty());
    }

    #[test]
    fn a_conflict_reads_again_merges_and_writes_with_the_new_etag() {
        for conflict in [409, 412] {
            let (s, _) = sync();
            let lrs = lrs(vec![
                answer(200, Some("e1"), &doc(&remote())),
                answer(conflict, None, ""),
                answer(200, Some("e2"), &doc(&remote().merge(&remote_video()))),
                answer(204, Some("e3"), ""),
            ]);
            let got = run_ready(s.push(&lrs, V, &course(), &local(), NOW)).unwrap();
            let all = local().merge(&remote()).merge(&remote_video());
            assert_eq!(got, all, "both devices' progress kept ({conflict})");
            assert_eq!(got.state("r"), UnitState::Completed);
            assert_eq!(got.state("s"), UnitState::Completed);
            assert_eq!(got.unit("v").watched.count(), 3);
            assert_eq!(
                requests(&lrs),
                vec![
                    ("GET", query(), vec![], None),
                    (
                        "PUT",
                        query(),
                        vec![("If-Match", "e1".into())],
                        Some(to_document("c", &local().merge(&remote())))
                    ),
                    ("GET", query(), vec![], None),
                    (
                        "PUT",
                        query(),
                        vec![("If-Match", "e2".into())],
                        Some(to_document("c", &all))
                    ),
                ]
            );
            assert_eq!(s.etag::<CourseProgress>("c").as_deref(), Some("e3"));
        }
    }

    #[test]
    fn notes_are_a_document_of_their_own_merged_on_a_conflict_and_read_hostile() {
        use crate::domain::notes::{CourseNotes, Place};
        let (s, warnings) = sync();
        let mut mine = CourseNotes::default();
        mine.put(Place::at("v", 12.5), "the median", true, NOW - 5_000.0)
            .unwrap();
        let mut theirs = CourseNotes::default();
        theirs
            .put(Place::unit("r"), "", true, NOW - 4_000.0)
            .unwrap();
        let mut hostile = theirs.to_document("c");
        hostile["notes"]["nowhere"] = json!({"text": "x", "at": 1});
        let lrs = lrs(vec![
            answer(200, Some("n1"), &hostile.to_string()),
            answer(412, None, ""),
            answer(200, Some("n2"), &hostile.to_string()),
            answer(204, Some("n3"), ""),
        ]);
        let got = run_ready(s.push(&lrs, V, &course(), &mine, NOW)).unwrap();
        assert_eq!(
            got,
            mine.merge(&theirs),
            "both devices' notes, the hostile one dropped"
        );
        let log = requests(&lrs);
        let notes_query: Pairs = query()
            .into_iter()
            .map(|(k, v)| {
                (
                    k,
                    if k == "stateId" {
                        crate::domain::notes::STATE_ID.into()
                    } else {
                        v
                    },
                )
            })
            .collect();
        assert!(log.iter().all(|(_, q, _, _)| *q == notes_query), "{log:?}");
        assert_eq!(log[3].2, vec![("If-Match", "n2".into())]);
        assert_eq!(s.etag::<CourseNotes>("c").as_deref(), Some("n3"));
        assert_eq!(
            s.etag::<CourseProgress>("c"),
            None,
            "the progress document's ETag is its own"
        );
        assert!(warnings
            .borrow()
            .iter()
            .any(|w| w.starts_with("notes from the LRS for course c: not believed")));
    }

    #[test]
    fn a_push_that_adds_nothing_to_the_lrss_document_writes_nothing() {
        let (s, _) = sync();
        let all = local().merge(&remote());
        let lrs = lrs(vec![answer(200, Some("e1"), &doc(&all))]);
        assert_eq!(
            run_ready(s.push(&lrs, V, &course(), &local(), NOW)),
            Ok(all)
        );
        assert_eq!(requests(&lrs).len(), 1, "one read, no write");
        assert_eq!(s.etag::<CourseProgress>("c").as_deref(), Some("e1"));
    }

    #[test]
    fn it_gives_up_after_four_writes() {
        let (s, _) = sync();
        let mut answers = vec![answer(200, Some("e0"), &doc(&remote()))];
        for i in 1..=PUT_TRIES {
            answers.push(answer(412, None, ""));
            answers.push(answer(200, Some(&format!("e{i}")), &doc(&remote())));
        }
        let lrs = lrs(answers);
        assert_eq!(
            run_ready(s.push(&lrs, V, &course(), &local(), NOW)),
            Err(SyncError::Server(412))
        );
        let puts: Vec<_> = requests(&lrs)
            .into_iter()
            .filter(|r| r.0 == "PUT")
            .map(|r| r.2)
            .collect();
        assert_eq!(
            puts,
            (0..PUT_TRIES)
                .map(|i| vec![("If-Match", format!("e{i}"))])
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn refused_credentials_are_unauthorized_and_other_statuses_a_server_error() {
        for status in [401, 403] {
            let (s, _) = sync();
            let lrs = lrs(vec![answer(status, None, "")]);
            assert_eq!(
                run_ready(s.pull::<CourseProgress, _>(&lrs, V, &course(), NOW)),
                Err(SyncError::Unauthorized)
            );
            let lrs = self::lrs(vec![answer(404, None, ""), answer(status, None, "")]);
            assert_eq!(
                run_ready(s.push(&lrs, V, &course(), &local(), NOW)),
                Err(SyncError::Unauthorized)
            );
            assert!(s.asks(&lrs), "the State API is there");
        }
        let (s, _) = sync();
        let lrs = lrs(vec![
            answer(500, None, ""),
            answer(404, None, ""),
            answer(503, None, ""),
        ]);
        assert_eq!(
            run_ready(s.pull::<CourseProgress, _>(&lrs, V, &course(), NOW)),
            Err(SyncError::Server(500))
        );
        assert_eq!(
            run_ready(s.push(&lrs, V, &course(), &local(), NOW)),
            Err(SyncError::Server(503))
        );
        assert!(s.asks(&lrs));
    }

    #[test]
    fn an_endpoint_without_a_state_api_is_not_asked_again() {
        for status in [404, 405, 501] {
            let (s, _) = sync();
            let lrs = lrs(vec![answer(404, None, ""), answer(status, None, "")]);
            let c = course();
            assert_eq!(
                run_ready(s.push(&lrs, V, &c, &local(), NOW)),
                Err(SyncError::NotFound)
            );
            assert!(!s.asks(&lrs));
            // Nothing more is scripted: another request would panic.
            assert_eq!(
                run_ready(s.pull::<CourseProgress, _>(&lrs, V, &c, NOW)),
                Ok(None)
            );
            assert_eq!(run_ready(s.push(&lrs, V, &c, &local(), NOW)), Ok(local()));
            assert_eq!(lrs.log.borrow().len(), 2, "{status}");
        }
    }

    #[test]
    fn no_answer_while_online_means_no_state_api_and_offline_does_not() {
        let (s, _) = sync();
        let lrs = lrs(vec![Err(NoAnswer)]);
        lrs.online.set(false);
        assert_eq!(
            run_ready(s.pull::<CourseProgress, _>(&lrs, V, &course(), NOW)),
            Err(SyncError::Unreachable)
        );
        assert!(s.asks(&lrs), "offline: asked again later");
        let lrs = self::lrs(vec![answer(404, None, ""), Err(NoAnswer)]);
        assert_eq!(
            run_ready(s.push(&lrs, V, &course(), &local(), NOW)),
            Err(SyncError::Unreachable)
        );
        assert!(!s.asks(&lrs));
        assert_eq!(
            run_ready(s.pull::<CourseProgress, _>(&lrs, V, &course(), NOW)),
            Ok(None)
        );
        assert_eq!(lrs.log.borrow().len(), 2);
    }

    #[test]
    fn a_hostile_document_is_refused_whole_and_local_progress_is_written_over_it() {
        let mut big = to_document("c", &remote());
        big["padding"] = json!("x".repeat(1024 * 1024));
        let mut newer = to_document("c", &remote());
        newer["v"] = json!(99);
        for (body, why) in [
            (big.to_string(), "more than the limit"),
            (
                format!("{}1{}", "[".repeat(10_000), "]".repeat(10_000)),
                "nested more than",
            ),
            ("not json".to_string(), "not JSON"),
            (
                r#"{"bookmark": "x"}"#.to_string(),
                "not one this player wrote",
            ),
            (
                to_document("other", &remote()).to_string(),
                "for course \"other\"",
            ),
            (newer.to_string(), "newer than this player"),
        ] {
            let (s, warnings) = sync();
            let lrs = lrs(vec![answer(200, Some("e1"), &body)]);
            assert_eq!(
                run_ready(s.pull::<CourseProgress, _>(&lrs, V, &course(), NOW)),
                Ok(None),
                "{why}"
            );
            assert_eq!(warnings.borrow().len(), 1);
            assert!(warnings.borrow()[0].starts_with("progress from the LRS for course c: "));
            assert!(
                warnings.borrow()[0].contains(why),
                "{:?}",
                warnings.borrow()
            );

            let (s, _) = sync();
            let lrs = self::lrs(vec![
                answer(200, Some("e1"), &body),
                answer(204, Some("e2"), ""),
            ]);
            assert_eq!(
                run_ready(s.push(&lrs, V, &course(), &local(), NOW)),
                Ok(local()),
                "{why}"
            );
            assert_eq!(
                requests(&lrs)[1],
                (
                    "PUT",
                    query(),
                    vec![("If-Match", "e1".into())],
                    Some(to_document("c", &local()))
                )
            );
        }
    }

    #[test]
    fn a_claim_without_its_evidence_is_dropped_and_the_rest_believed() {
        let mut claim = remote_video();
        claim.units.get_mut("v").unwrap().state = UnitState::Completed; // two seconds of a 100 s video
        let (s, warnings) = sync();
        let lrs = lrs(vec![answer(200, Some("e1"), &doc(&remote().merge(&claim)))]);
        let got = run_ready(s.pull::<CourseProgress, _>(&lrs, V, &course(), NOW))
            .unwrap()
            .unwrap();
        assert_eq!(got.state("v"), UnitState::InProgress);
        assert_eq!(got.unit("v").watched.count(), 3);
        assert_eq!(got.state("s"), UnitState::Completed);
        assert_eq!(
            *warnings.borrow(),
            ["progress from the LRS for course c: not believed: unit \"v\": state \"completed\" without its evidence; kept as \"in-progress\""]
        );
    }
}
