//! Quizzes: the five question kinds, checking answers, scoring against the passing score, and attempts.

use super::lang::Localized;

#[derive(Debug, Clone, PartialEq)]
pub struct Quiz {
    /// Scaled score (0–1) needed to pass.
    pub passing_score: f64,
    /// `None` = unlimited.
    pub max_attempts: Option<u32>,
    pub questions: Vec<Question>,
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
}
