//! Quizzes: the five question kinds, checking answers, scoring against the passing score, attempts, and what
//! varies between attempts (a pool of questions drawn from, shuffled questions and choices).

use super::lang::Localized;
use super::rng::SplitMix64;

#[derive(Debug, Clone, PartialEq)]
pub struct Quiz {
    /// Scaled score (0–1) needed to pass.
    pub passing_score: f64,
    /// `None` = unlimited.
    pub max_attempts: Option<u32>,
    pub questions: Vec<Question>,
    /// What changes from one attempt to the next (format 1.3).
    pub variation: Variation,
}

/// What changes from one attempt to the next, as the author allows (format 1.3). Each attempt is one draw, fixed by
/// its seed ([`attempt_seed`]): the same attempt shows the same questions after a reload.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Variation {
    /// Each attempt asks this many questions, drawn from all of them (a pool); `None` = every question.
    pub draw: Option<usize>,
    /// The questions are asked in a new order each attempt.
    pub shuffle_questions: bool,
    /// The choices of each choice question are in a new order each attempt.
    pub shuffle_choices: bool,
}

/// The seed of attempt `attempt` (0 = the first) of `unit` in `course` by `learner`: a name-based UUID (v5) of the
/// four, so it is the same on every device and different for every learner and attempt.
pub fn attempt_seed(learner: &str, course: &str, unit: &str, attempt: u32) -> u64 {
    let name = format!("{learner}\u{1f}{course}\u{1f}{unit}\u{1f}{attempt}");
    let id = uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_OID, name.as_bytes());
    u64::from_le_bytes(id.as_bytes()[..8].try_into().unwrap_or_default())
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub id: String,
    pub prompt: Localized,
    pub points: f64,
    pub feedback: Feedback,
    pub kind: QuestionKind,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Feedback {
    pub correct: Option<Localized>,
    pub incorrect: Option<Localized>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub id: String,
    pub text: Localized,
}

#[derive(Debug, Clone, PartialEq)]
pub enum QuestionKind {
    SingleChoice {
        choices: Vec<Choice>,
        answer: String,
    },
    MultipleChoice {
        choices: Vec<Choice>,
        answers: Vec<String>,
    },
    TrueFalse {
        answer: bool,
    },
    FillBlank {
        accept: Vec<String>,
        case_sensitive: bool,
    },
    Numeric {
        answer: f64,
        tolerance: f64,
    },
}

/// What the learner entered for one question.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Response {
    #[default]
    Unanswered,
    Choice(String),
    Choices(Vec<String>),
    Bool(bool),
    Text(String),
}

/// Collapses runs of whitespace and trims, so "  open   education " matches "open education".
fn normalize(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Reads a number as learners type it: `3.5`, `3,5`, ` -2 `, `1e3`.
pub fn parse_number(s: &str) -> Option<f64> {
    let s = s.trim().replace(',', ".");
    s.parse::<f64>().ok().filter(|x| x.is_finite())
}

/// Unicode lowercase, for fill-in answers that are not case-sensitive. The caller supplies it: the app passes the
/// browser's own (`i18n::lowercase`), so the wasm carries no Unicode case tables; host tests pass
/// `str::to_lowercase`, the same mapping.
pub type Lowercase = fn(&str) -> String;

impl QuestionKind {
    /// Is choice `id` one of the right ones (single or multiple choice; the review marks them)?
    pub fn is_right_choice(&self, id: &str) -> bool {
        match self {
            QuestionKind::SingleChoice { answer, .. } => answer == id,
            QuestionKind::MultipleChoice { answers, .. } => answers.iter().any(|a| a == id),
            _ => false,
        }
    }

    /// Is `response` a correct answer to this question?
    pub fn is_correct(&self, response: &Response, lowercase: Lowercase) -> bool {
        match (self, response) {
            (QuestionKind::SingleChoice { answer, .. }, Response::Choice(c)) => c == answer,
            (QuestionKind::MultipleChoice { answers, .. }, Response::Choices(cs)) => {
                let mut a: Vec<&String> = answers.iter().collect();
                let mut b: Vec<&String> = cs.iter().collect();
                a.sort();
                a.dedup();
                b.sort();
                b.dedup();
                a == b
            }
            (QuestionKind::TrueFalse { answer }, Response::Bool(b)) => answer == b,
            (
                QuestionKind::FillBlank {
                    accept,
                    case_sensitive,
                },
                Response::Text(t),
            ) => {
                let t = normalize(t);
                accept.iter().any(|a| {
                    let a = normalize(a);
                    if *case_sensitive {
                        a == t
                    } else {
                        lowercase(&a) == lowercase(&t)
                    }
                })
            }
            (QuestionKind::Numeric { answer, tolerance }, Response::Text(t)) => {
                parse_number(t).is_some_and(|x| (x - answer).abs() <= tolerance + 1e-9)
            }
            _ => false,
        }
    }
}

/// The outcome of one submitted attempt.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// Per question, in order: was it answered correctly?
    pub correct: Vec<bool>,
    /// Points earned / total points, 0–1.
    pub scaled: f64,
    pub raw: f64,
    pub max: f64,
    pub passed: bool,
}

impl Quiz {
    /// The quiz as attempt `seed` asks it: the drawn questions (never one twice), in the attempt's order, with their
    /// choices in the attempt's order; without variation, the quiz itself. Scoring this quiz scores the attempt
    /// (points of the questions asked).
    pub fn for_attempt(&self, seed: u64) -> Quiz {
        let v = self.variation;
        let mut rng = SplitMix64(seed);
        let mut order: Vec<usize> = (0..self.questions.len()).collect();
        if let Some(n) = v.draw.filter(|n| *n < order.len()) {
            // A uniform sample without replacement (a partial Fisher–Yates), then back in the author's order
            // unless the questions are shuffled too.
            for i in 0..n {
                let j = i + rng.below(order.len() - i);
                order.swap(i, j);
            }
            order.truncate(n);
            order.sort_unstable();
        }
        if v.shuffle_questions {
            rng.shuffle(&mut order);
        }
        let questions = order
            .into_iter()
            .map(|i| {
                let mut q = self.questions[i].clone();
                if v.shuffle_choices {
                    if let QuestionKind::SingleChoice { choices, .. }
                    | QuestionKind::MultipleChoice { choices, .. } = &mut q.kind
                    {
                        rng.shuffle(choices);
                    }
                }
                q
            })
            .collect();
        Quiz {
            questions,
            ..self.clone()
        }
    }

    /// Is the review (every answer with its feedback and the right answer) open after `used` attempts, the best
    /// state being `passed`? After a pass, or when no attempt is left: it no longer gives an attempt away.
    pub fn review_open(&self, used: u32, passed: bool) -> bool {
        passed || !self.can_attempt(used)
    }

    /// Scores one attempt. `responses` is matched to questions by position; missing ones count as unanswered.
    pub fn score(&self, responses: &[Response], lowercase: Lowercase) -> Outcome {
        let correct: Vec<bool> = self
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| {
                q.kind
                    .is_correct(responses.get(i).unwrap_or(&Response::Unanswered), lowercase)
            })
            .collect();
        // Folded from +0.0: `Iterator::sum` of no floats is -0.0, which would show as "-0%" and go to the LRS as
        // a score of -0.0.
        let max: f64 = self.questions.iter().fold(0.0, |sum, q| sum + q.points);
        let raw: f64 = self
            .questions
            .iter()
            .zip(&correct)
            .filter(|(_, ok)| **ok)
            .fold(0.0, |sum, (q, _)| sum + q.points);
        let scaled = if max > 0.0 { raw / max } else { 0.0 };
        Outcome {
            correct,
            scaled,
            raw,
            max,
            passed: scaled + 1e-9 >= self.passing_score,
        }
    }

    /// Attempts left after `used` attempts; `None` = unlimited.
    pub fn attempts_left(&self, used: u32) -> Option<u32> {
        self.max_attempts.map(|m| m.saturating_sub(used))
    }

    /// May the learner submit another attempt after `used` attempts?
    pub fn can_attempt(&self, used: u32) -> bool {
        self.attempts_left(used) != Some(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(id: &str, points: f64, kind: QuestionKind) -> Question {
        Question {
            id: id.into(),
            prompt: Localized::new(),
            points,
            feedback: Feedback::default(),
            kind,
        }
    }

    fn choices(ids: &[&str]) -> Vec<Choice> {
        ids.iter()
            .map(|i| Choice {
                id: i.to_string(),
                text: Localized::new(),
            })
            .collect()
    }

    fn s(x: &str) -> String {
        x.to_string()
    }

    #[test]
    fn each_kind_checks_answers() {
        use QuestionKind::*;
        use Response as R;
        let single = SingleChoice {
            choices: choices(&["a", "b"]),
            answer: s("b"),
        };
        let multi = MultipleChoice {
            choices: choices(&["a", "b", "c"]),
            answers: vec![s("a"), s("c")],
        };
        let tf = TrueFalse { answer: false };
        let fill = FillBlank {
            accept: vec![s("Creative Commons"), s("CC")],
            case_sensitive: false,
        };
        let fill_cs = FillBlank {
            accept: vec![s("Pa")],
            case_sensitive: true,
        };
        let num = Numeric {
            answer: 3.5,
            tolerance: 0.05,
        };
        let exact = Numeric {
            answer: 7.0,
            tolerance: 0.0,
        };
        let cases: Vec<(&QuestionKind, Response, bool)> = vec![
            (&single, R::Choice(s("b")), true),
            (&single, R::Choice(s("a")), false),
            (&single, R::Unanswered, false),
            (&multi, R::Choices(vec![s("c"), s("a")]), true),
            (&multi, R::Choices(vec![s("a")]), false),
            (&multi, R::Choices(vec![s("a"), s("b"), s("c")]), false),
            (&tf, R::Bool(false), true),
            (&tf, R::Bool(true), false),
            (&fill, R::Text(s("  creative   commons ")), true),
            (&fill, R::Text(s("cc")), true),
            (&fill, R::Text(s("copyright")), false),
            (&fill, R::Text(s("")), false),
            (&fill_cs, R::Text(s("pa")), false),
            (&fill_cs, R::Text(s("Pa")), true),
            (&num, R::Text(s("3.54")), true),
            (&num, R::Text(s("3,46")), true),
            (&num, R::Text(s("3.6")), false),
            (&num, R::Text(s("three")), false),
            (&num, R::Text(s("NaN")), false),
            (&exact, R::Text(s("7")), true),
            (&exact, R::Text(s("7.01")), false),
            (&single, R::Text(s("b")), false),
        ];
        for (kind, response, want) in cases {
            assert_eq!(
                kind.is_correct(&response, str::to_lowercase),
                want,
                "{kind:?} with {response:?}"
            );
        }
    }

    #[test]
    fn score_weights_points_and_compares_with_passing() {
        let quiz = Quiz {
            passing_score: 0.7,
            max_attempts: Some(2),
            variation: Variation::default(),
            questions: vec![
                q("q1", 1.0, QuestionKind::TrueFalse { answer: true }),
                q("q2", 3.0, QuestionKind::TrueFalse { answer: true }),
            ],
        };
        let o = quiz.score(
            &[Response::Bool(true), Response::Bool(false)],
            str::to_lowercase,
        );
        assert_eq!((o.raw, o.max, o.scaled, o.passed), (1.0, 4.0, 0.25, false));
        assert_eq!(o.correct, vec![true, false]);
        let o = quiz.score(
            &[Response::Bool(false), Response::Bool(true)],
            str::to_lowercase,
        );
        assert_eq!((o.scaled, o.passed), (0.75, true));
        let o = quiz.score(&[], str::to_lowercase);
        assert_eq!((o.scaled, o.passed), (0.0, false));
        assert!(
            o.scaled.is_sign_positive() && o.raw.is_sign_positive(),
            "no answer right is 0, not -0 (shown as \"-0%\")"
        );
        // Exactly the passing score passes.
        let quiz = Quiz {
            passing_score: 0.5,
            ..quiz
        };
        let o = quiz.score(
            &[Response::Bool(true), Response::Bool(true)],
            str::to_lowercase,
        );
        assert!(o.passed);
    }

    #[test]
    fn attempts_are_limited() {
        let quiz = Quiz {
            passing_score: 1.0,
            max_attempts: Some(3),
            variation: Variation::default(),
            questions: vec![],
        };
        assert_eq!(quiz.attempts_left(1), Some(2));
        assert!(quiz.can_attempt(2));
        assert!(!quiz.can_attempt(3));
        assert!(!quiz.can_attempt(7));
        let unlimited = Quiz {
            max_attempts: None,
            ..quiz
        };
        assert!(unlimited.can_attempt(1000));
        assert_eq!(unlimited.attempts_left(5), None);
    }

    fn pool(n: usize, variation: Variation) -> Quiz {
        Quiz {
            passing_score: 0.5,
            max_attempts: None,
            variation,
            questions: (0..n)
                .map(|i| {
                    q(
                        &format!("q{i}"),
                        1.0,
                        QuestionKind::SingleChoice {
                            choices: choices(&["a", "b", "c", "d"]),
                            answer: "a".into(),
                        },
                    )
                })
                .collect(),
        }
    }

    fn ids(quiz: &Quiz) -> Vec<String> {
        quiz.questions.iter().map(|q| q.id.clone()).collect()
    }

    fn choice_ids(q: &Question) -> Vec<String> {
        match &q.kind {
            QuestionKind::SingleChoice { choices, .. } => {
                choices.iter().map(|c| c.id.clone()).collect()
            }
            _ => vec![],
        }
    }

    #[test]
    fn a_pool_draws_n_of_m_never_twice_and_the_same_for_the_same_seed() {
        let quiz = pool(
            10,
            Variation {
                draw: Some(4),
                ..Variation::default()
            },
        );
        let mut seen = std::collections::BTreeSet::new();
        for attempt in 0..200 {
            let seed = attempt_seed("learner", "course", "quiz", attempt);
            let a = quiz.for_attempt(seed);
            assert_eq!(
                a,
                quiz.for_attempt(seed),
                "the same seed draws the same attempt"
            );
            let drawn = ids(&a);
            assert_eq!(drawn.len(), 4);
            let unique: std::collections::BTreeSet<_> = drawn.iter().collect();
            assert_eq!(
                unique.len(),
                4,
                "no question twice in an attempt: {drawn:?}"
            );
            // Without shuffleQuestions the drawn questions keep the author's order.
            let mut sorted = drawn.clone();
            sorted.sort_by_key(|id| id[1..].parse::<u32>().unwrap());
            assert_eq!(drawn, sorted);
            seen.extend(drawn);
            // Scoring the attempt counts the questions asked.
            let o = a.score(&[Response::Choice("a".into())], str::to_lowercase);
            assert_eq!((o.raw, o.max), (1.0, 4.0));
        }
        assert_eq!(
            seen.len(),
            10,
            "over many attempts every question of the pool is asked"
        );
        // Different learners and attempts draw differently (not one fixed subset).
        let draws: std::collections::BTreeSet<Vec<String>> = (0..20)
            .map(|a| ids(&quiz.for_attempt(attempt_seed("learner", "course", "quiz", a))))
            .collect();
        assert!(
            draws.len() > 10,
            "{} different draws in 20 attempts",
            draws.len()
        );
        assert_ne!(
            attempt_seed("learner", "course", "quiz", 0),
            attempt_seed("another", "course", "quiz", 0)
        );
    }

    #[test]
    fn shuffling_reorders_questions_and_choices_per_attempt_and_keeps_the_answers() {
        let quiz = pool(
            6,
            Variation {
                draw: None,
                shuffle_questions: true,
                shuffle_choices: true,
            },
        );
        let mut orders = std::collections::BTreeSet::new();
        let mut choice_orders = std::collections::BTreeSet::new();
        for attempt in 0..50 {
            let a = quiz.for_attempt(attempt_seed("l", "c", "u", attempt));
            let mut drawn = ids(&a);
            orders.insert(drawn.clone());
            drawn.sort();
            assert_eq!(drawn, ids(&quiz), "every question once");
            for q in &a.questions {
                let mut c = choice_ids(q);
                choice_orders.insert(c.clone());
                c.sort();
                assert_eq!(c, ["a", "b", "c", "d"]);
            }
            // The right answer is the same choice, wherever it now stands.
            assert!(a
                .questions
                .iter()
                .all(|q| q.kind.is_right_choice("a") && !q.kind.is_right_choice("b")));
            let right = vec![Response::Choice("a".into()); 6];
            assert!(a.score(&right, str::to_lowercase).scaled == 1.0);
        }
        assert!(
            orders.len() > 40,
            "{} question orders in 50 attempts",
            orders.len()
        );
        assert!(
            choice_orders.len() > 15,
            "{} choice orders",
            choice_orders.len()
        );
        // Without variation an attempt is the quiz itself, whatever the seed.
        let plain = pool(6, Variation::default());
        assert_eq!(plain.for_attempt(12345), plain);
    }

    #[test]
    fn the_review_opens_after_a_pass_or_the_last_attempt() {
        let mut quiz = pool(2, Variation::default());
        quiz.max_attempts = Some(2);
        assert!(
            !quiz.review_open(1, false),
            "an attempt is left: the answers stay hidden"
        );
        assert!(quiz.review_open(1, true));
        assert!(quiz.review_open(2, false));
        quiz.max_attempts = None;
        assert!(!quiz.review_open(50, false));
    }

    #[test]
    fn draws_are_uniform_enough() {
        // Each of 5 questions drawn 1 at a time over 5000 attempts: about 1000 each.
        let quiz = pool(
            5,
            Variation {
                draw: Some(1),
                ..Variation::default()
            },
        );
        let mut counts = std::collections::BTreeMap::new();
        for attempt in 0..5000 {
            let a = quiz.for_attempt(attempt_seed("l", "c", "u", attempt));
            *counts.entry(a.questions[0].id.clone()).or_insert(0) += 1;
        }
        for (id, n) in &counts {
            assert!((850..1150).contains(n), "{id} drawn {n} times of 5000");
        }
    }
}
