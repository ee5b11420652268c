//! A quiz: the five question kinds, scoring against the passing score, attempts counted and limited, each attempt
//! drawn and ordered as the author allows (`Quiz::for_attempt`), feedback per question after each attempt, and a
//! review with the right answers once the quiz is passed or no attempt is left.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::markdown::render;
use crate::domain::package::Course;
use crate::domain::quiz::{attempt_seed, Outcome, Question, QuestionKind, Quiz, Response};
use crate::i18n::{format, t, t_args};
use crate::ui::state::{now, Languages, Progress};

fn percent(x: f64) -> String {
    format::percent(x)
}

#[component]
pub fn QuizUnit(
    /// The course of the quiz.
    course: Arc<Course>,
    /// The quiz unit's id.
    unit_id: String,
    /// Questions, passing score and attempts limit.
    quiz: Quiz,
) -> impl IntoView {
    let progress = Progress::expect();
    let quiz = Arc::new(quiz);
    let (c, u) = (course.id.clone(), unit_id.clone());
    let record = Memo::new(move |_| progress.course(&c).unit(&u));
    // Attempt n (0 = the first) as it is asked: drawn and ordered by its seed, the same after a reload.
    let learner = crate::edge::learners::current();
    let learner_key = learner
        .actor
        .as_ref()
        .map_or_else(|| learner.id.clone(), |a| a.to_string());
    let attempt = {
        let (quiz, course, unit) = (quiz.clone(), course.id.clone(), unit_id.clone());
        StoredValue::new(move |n: u32| {
            Arc::new(quiz.for_attempt(attempt_seed(&learner_key, &course, &unit, n)))
        })
    };
    let shown = RwSignal::new(attempt.with_value(|f| f(record.with_untracked(|r| r.attempts))));
    let responses = RwSignal::new(vec![
        Response::Unanswered;
        shown.with_untracked(|q| q.questions.len())
    ]);
    let outcome = RwSignal::new(None::<Outcome>);
    let q0 = quiz.clone();
    // The right answers show once they can no longer give an attempt away.
    let review = Memo::new(move |_| {
        outcome.with(|o| o.is_some())
            && record.with(|r| {
                q0.review_open(
                    r.attempts,
                    r.state == crate::domain::progress::UnitState::Passed,
                )
            })
    });
    let q1 = quiz.clone();
    let can_attempt = Memo::new(move |_| q1.can_attempt(record.with(|r| r.attempts)));
    let (c2, language) = (
        course.clone(),
        Languages::expect().studied_in(&course, &unit_id),
    );
    let submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        if !can_attempt.get_untracked() {
            return;
        }
        let result = shown
            .get_untracked()
            .score(&responses.get_untracked(), crate::i18n::lowercase);
        progress.record(&c2, &language, |p| p.quiz_attempt(&unit_id, &result, now()));
        outcome.set(Some(result));
        // The submit button is gone: focus goes to the result, which the live region also reads out.
        crate::ui::a11y::focus_after_paint(".quiz-result");
    };
    let retry = move |_| {
        let next = attempt.with_value(|f| f(record.with_untracked(|r| r.attempts)));
        responses.set(vec![Response::Unanswered; next.questions.len()]);
        shown.set(next);
        outcome.set(None);
        crate::ui::a11y::focus_after_paint(".quiz .question input");
    };
    let q3 = quiz.clone();
    let attempts_line = move || {
        let used = record.with(|r| r.attempts);
        match q3.attempts_left(used) {
            None => t("quiz-attempts-unlimited"),
            Some(0) => t_args("quiz-attempts-used", &[("count", used.into())]),
            Some(n) => t_args("quiz-attempts-left", &[("count", n.into())]),
        }
    };
    let questions = move || {
        shown
            .get()
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| view! { <QuestionView course=course.clone() index=i question=q.clone() responses outcome review/> })
            .collect_view()
    };
    view! {
        <form class="quiz" on:submit=submit novalidate=true>
            <p class="quiz-rules">
                {t_args("quiz-passing", &[("percent", percent(quiz.passing_score).into())])}" "
                <span data-testid="quiz-attempts">{attempts_line}</span>
            </p>
            <ol class="questions">{questions}</ol>
            <div class="quiz-outcome" role="status">
            {move || match outcome.get() {
                None => view! {
                    <button type="submit" class="button primary" data-testid="quiz-submit" disabled=move || !can_attempt.get()>
                        {t("quiz-submit")}
                    </button>
                }.into_any(),
                Some(o) => view! {
                    <div class="quiz-result" data-testid="quiz-result" data-passed=o.passed.to_string() tabindex="-1"
                        class:passed=o.passed class:failed=!o.passed>
                        <p class="score">{t_args("quiz-score", &[("score", percent(o.scaled).into())])}</p>
                        <p>{if o.passed { t("quiz-passed") } else { t("quiz-failed") }}</p>
                        <p>{move || record.with(|r| r.best_score).map(|b| t_args("quiz-best", &[("score", percent(b).into())]))}</p>
                        <Show when=move || review.get()>
                            <p data-testid="quiz-review">{t("quiz-review")}</p>
                        </Show>
                        <Show when=move || can_attempt.get() && !o.passed>
                            <button type="button" class="button" data-testid="quiz-retry" on:click=retry>{t("quiz-retry")}</button>
                        </Show>
                    </div>
                }.into_any(),
            }}
            </div>
        </form>
    }
}

#[component]
fn QuestionView(
    course: Arc<Course>,
    index: usize,
    question: Question,
    responses: RwSignal<Vec<Response>>,
    outcome: RwSignal<Option<Outcome>>,
    /// The right answers are shown (the review).
    review: Memo<bool>,
) -> impl IntoView {
    let prefs = Languages::expect();
    let lang = course.default_language.clone();
    let prompt = prefs.pick(&question.prompt, &lang);
    let name = format!("q-{}", question.id);
    let set = move |r: Response| responses.update(|v| v[index] = r);
    let locked = move || outcome.with(|o| o.is_some());
    let current = move || responses.with(|v| v[index].clone());
    let input = match &question.kind {
        QuestionKind::SingleChoice { choices, .. }
        | QuestionKind::MultipleChoice { choices, .. } => {
            let multi = matches!(question.kind, QuestionKind::MultipleChoice { .. });
            choices
                .iter()
                .map(|c| {
                    let text = prefs.pick(&c.text, &lang);
                    let (id, id2) = (c.id.clone(), c.id.clone());
                    let right = question.kind.is_right_choice(&c.id);
                    let checked = move || match current() {
                        Response::Choice(x) => x == id2,
                        Response::Choices(xs) => xs.contains(&id2),
                        _ => false,
                    };
                    let on_change = move |_| {
                        let id = id.clone();
                        if multi {
                            responses.update(|v| {
                                let mut xs = match &v[index] {
                                    Response::Choices(xs) => xs.clone(),
                                    _ => vec![],
                                };
                                if let Some(pos) = xs.iter().position(|x| *x == id) {
                                    xs.remove(pos);
                                } else {
                                    xs.push(id);
                                }
                                v[index] = Response::Choices(xs);
                            });
                        } else {
                            set(Response::Choice(id));
                        }
                    };
                    view! {
                        <label class="choice" class:right-answer=move || right && review.get()>
                            <input type=if multi { "checkbox" } else { "radio" } name=name.clone() value=c.id.clone()
                                prop:checked=checked disabled=locked on:change=on_change/>
                            <span lang=text.lang dir="auto">{text.text}</span>
                            {move || (right && review.get()).then(|| view! {
                                <span class="right-mark" data-testid="right-answer">{format!("✓ {}", t("quiz-right-answer"))}</span>
                            })}
                        </label>
                    }
                })
                .collect_view()
                .into_any()
        }
        QuestionKind::TrueFalse { .. } => [(true, t("quiz-true")), (false, t("quiz-false"))]
            .into_iter()
            .map(|(b, label)| {
                view! {
                    <label class="choice">
                        <input type="radio" name=name.clone() value=b.to_string()
                            prop:checked=move || current() == Response::Bool(b) disabled=locked
                            on:change=move |_| set(Response::Bool(b))/>
                        <span>{label}</span>
                    </label>
                }
            })
            .collect_view()
            .into_any(),
        QuestionKind::FillBlank { .. } | QuestionKind::Numeric { .. } => {
            let numeric = matches!(question.kind, QuestionKind::Numeric { .. });
            view! {
                <label class="field">
                    <span>{t("quiz-answer-label")}</span>
                    <input type="text" name=name.clone() inputmode=if numeric { "decimal" } else { "text" } autocomplete="off"
                        dir="auto" disabled=locked
                        prop:value=move || match current() { Response::Text(s) => s, _ => String::new() }
                        on:input=move |ev| set(Response::Text(event_target_value(&ev)))/>
                </label>
            }
            .into_any()
        }
    };
    let feedback = question.feedback.clone();
    // In the review, the right answer of a question answered by typing or true/false.
    let right_answer = match &question.kind {
        QuestionKind::TrueFalse { answer } => {
            Some(t(if *answer { "quiz-true" } else { "quiz-false" }))
        }
        QuestionKind::FillBlank { accept, .. } => {
            accept.iter().find(|a| !a.trim().is_empty()).cloned()
        }
        QuestionKind::Numeric { answer, .. } => Some(format::number(*answer)),
        _ => None,
    };
    // The feedback describes its question's group, so it is read when the learner comes back to the question.
    let feedback_id = format!("feedback-{}", question.id);
    let fid = feedback_id.clone();
    let result = move || {
        outcome.get().map(|o| {
            let ok = o.correct.get(index).copied().unwrap_or(false);
            let text = if ok { feedback.correct.as_ref() } else { feedback.incorrect.as_ref() }.map(|f| prefs.pick(f, &lang));
            view! {
                <div id=fid.clone() class="feedback" class:correct=ok class:incorrect=!ok data-testid="question-feedback" data-correct=ok.to_string()>
                    <strong>{if ok { format!("✓ {}", t("quiz-correct")) } else { format!("✗ {}", t("quiz-incorrect")) }}</strong>
                    {text.map(|f| view! { " " <span lang=f.lang dir="auto">{f.text}</span> })}
                    {(review.get() && !ok).then(|| right_answer.clone()).flatten().map(|a| view! {
                        <p class="right-answer" data-testid="right-answer">
                            {t("quiz-right-answer")}": "<span dir="auto">{a}</span>
                        </p>
                    })}
                </div>
            }
        })
    };
    view! {
        <li class="question" data-testid="quiz-question" data-question-id=question.id.clone()>
            <fieldset aria-describedby=move || outcome.with(|o| o.is_some()).then(|| feedback_id.clone())>
                <legend>
                    <span class="question-number">{t_args("quiz-question", &[("index", (index + 1).into())])}</span>
                    <span class="prose" lang=prompt.lang dir="auto" inner_html=render(&prompt.text, &course.url)></span>
                </legend>
                <div class="answers">{input}</div>
            </fieldset>
            {result}
        </li>
    }
}
