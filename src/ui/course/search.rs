//! Search inside the course, above the outline: titles, readings, transcripts, quiz prompts and subtitles (fetched
//! the first time the learner searches, through the worker when the course is downloaded). A hit opens its unit;
//! a subtitle hit opens the media at its cue (`?t=`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::course_search::{hit_href, subtitle_files, Hit, HitKind, Index, Results};
use crate::domain::limits::SEARCH_RESULTS;
use crate::domain::package::Course;
use crate::i18n::{fold, format, t, t_args};
use crate::ui::state::{page_lived, Languages};

/// Where the subtitles are for search.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Subtitles {
    NotFetched,
    Fetching,
    /// `false`: some could not be fetched or were over the limits.
    Fetched(bool),
}

/// One course's search, kept for the page's life: the interface is rebuilt on a language change, and the course
/// page when a hit on the course home opens a unit.
#[derive(Clone, Copy)]
struct Signals {
    query: RwSignal<String>,
    subtitles: RwSignal<Subtitles>,
}

struct Kept {
    course: String,
    signals: Signals,
    /// Built on the first search.
    index: Option<Index>,
}

thread_local! {
    static KEPT: RefCell<Option<Kept>> = const { RefCell::new(None) };
}

/// The search state of `course` (a new one when another course was searched before).
fn signals(course: &str) -> Signals {
    KEPT.with(|k| {
        let mut k = k.borrow_mut();
        match k.as_ref() {
            Some(kept) if kept.course == course => kept.signals,
            _ => {
                let signals = page_lived(|| Signals {
                    query: RwSignal::new(String::new()),
                    subtitles: RwSignal::new(Subtitles::NotFetched),
                });
                *k = Some(Kept {
                    course: course.to_string(),
                    signals,
                    index: None,
                });
                signals
            }
        }
    })
}

/// Runs `f` on `course`'s index (built now if it was not); `None` if another course's search replaced it.
fn with_index<T>(course: &Course, f: impl FnOnce(&mut Index) -> T) -> Option<T> {
    KEPT.with(|k| {
        let mut k = k.borrow_mut();
        let kept = k.as_mut().filter(|kept| kept.course == course.id)?;
        Some(f(kept
            .index
            .get_or_insert_with(|| Index::build(course, fold))))
    })
}

/// Subtitle files fetched at once.
const FETCHERS: usize = 4;

/// Fetches `course`'s subtitles into its index (once per page life), the learner's languages first: its search data
/// when it has some, else (or when that fails) each subtitle file.
fn fetch_subtitles(course: Arc<Course>, prefer: Vec<String>, signals: Signals) {
    if signals.subtitles.get_untracked() != Subtitles::NotFetched {
        return;
    }
    let Some(url) = course.search.clone() else {
        return fetch_files(course, prefer, signals);
    };
    signals.subtitles.set(Subtitles::Fetching);
    leptos::task::spawn_local(async move {
        let Ok(texts) = crate::edge::catalog::load_search_data(&url, &prefer).await else {
            signals.subtitles.set(Subtitles::NotFetched);
            return fetch_files(course, prefer, signals);
        };
        let mut complete = true;
        for text in &texts {
            // Over the limit (the rest would be too), or another course's search took the place: stop.
            if with_index(&course, |i| i.add_subtitle_text(text, fold)) != Some(true) {
                complete = false;
                break;
            }
        }
        signals.subtitles.try_set(Subtitles::Fetched(complete));
    });
}

/// Fetches each of `course`'s subtitle files into its index, the learner's languages first.
fn fetch_files(course: Arc<Course>, prefer: Vec<String>, signals: Signals) {
    let (files, left_out) = subtitle_files(&course, &prefer);
    if files.is_empty() {
        signals.subtitles.set(Subtitles::Fetched(true));
        return;
    }
    signals.subtitles.set(Subtitles::Fetching);
    let queue = Rc::new(RefCell::new(files.into_iter()));
    let complete = Rc::new(Cell::new(!left_out));
    let running = Rc::new(Cell::new(FETCHERS));
    for _ in 0..FETCHERS {
        let (course, queue, complete, running) = (
            course.clone(),
            queue.clone(),
            complete.clone(),
            running.clone(),
        );
        leptos::task::spawn_local(async move {
            loop {
                let next = queue.borrow_mut().next();
                let Some(file) = next else { break };
                let Ok(vtt) = crate::edge::catalog::load_subtitles(&file.src).await else {
                    complete.set(false);
                    continue;
                };
                // Over the limit (the rest would be too), or another course's search took the place: stop.
                if with_index(&course, |i| {
                    i.add_subtitles(&file.unit, &file.lang, &vtt, fold)
                }) != Some(true)
                {
                    complete.set(false);
                    *queue.borrow_mut() = Vec::new().into_iter();
                }
            }
            running.set(running.get() - 1);
            if running.get() == 0 {
                signals
                    .subtitles
                    .try_set(Subtitles::Fetched(complete.get()));
            }
        });
    }
}

/// "12 results", or "The first 50 results are shown…".
fn count_text(r: &Results) -> String {
    let id = if r.more {
        "course-search-more"
    } else {
        "course-search-count"
    };
    t_args(id, &[("count", r.hits.len().into())])
}

#[component]
pub fn CourseSearch(
    /// The course searched.
    course: Arc<Course>,
) -> impl IntoView {
    let prefs = Languages::expect();
    let signals = signals(&course.id);
    let mut prefer = prefs.chain();
    prefer.push(course.default_language.clone());
    let c = course.clone();
    let p = prefer.clone();
    let results = Memo::new(move |_| {
        let q = signals.query.get();
        signals.subtitles.track();
        if q.trim().is_empty() {
            return None;
        }
        with_index(&c, |i| i.search(&q, fold, &p, SEARCH_RESULTS))
    });
    // The count is said once the learner stops typing (and again when the subtitles have been searched too).
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let announce = move || {
        if let Some(h) = timer.get_value() {
            h.clear();
        }
        let said = set_timeout_with_handle(
            move || {
                if let Some(r) = results.get_untracked() {
                    crate::ui::a11y::announce(count_text(&r));
                }
            },
            Duration::from_millis(700),
        );
        timer.set_value(said.ok());
    };
    Effect::new(move |before: Option<Subtitles>| {
        let now = signals.subtitles.get();
        if before == Some(Subtitles::Fetching) && now != Subtitles::Fetching {
            announce();
        }
        now
    });
    on_cleanup(move || {
        if let Some(h) = timer.get_value() {
            h.clear();
        }
    });
    let c = course.clone();
    let on_input = move |ev: web_sys::Event| {
        signals.query.set(event_target_value(&ev));
        fetch_subtitles(c.clone(), prefer.clone(), signals);
        announce();
    };
    let c = course.clone();
    let list = move || {
        results.get().map(|r| {
            let count = count_text(&r);
            let hits = r
                .hits
                .into_iter()
                .enumerate()
                .map(|(at, h)| hit_view(&c, prefs, at, h))
                .collect_view();
            let status = match signals.subtitles.get() {
                Subtitles::Fetching => Some(t("course-search-subtitles")),
                Subtitles::Fetched(false) => Some(t("course-search-incomplete")),
                _ => None,
            };
            view! {
                <p class="unit-meta">{count}" "{status}</p>
                <ol>{hits}</ol>
            }
        })
    };
    // The arrow keys move through the results (Down from the field to the first; Up from the first to the field);
    // Enter in the field goes to the first.
    let field = NodeRef::<leptos::html::Input>::new();
    let step = move |from: Option<i32>, down: bool| -> bool {
        let to = from.map_or(0, |i| if down { i + 1 } else { i - 1 });
        let target = if to < 0 {
            field
                .get_untracked()
                .map(|f| f.unchecked_into::<web_sys::HtmlElement>())
        } else {
            document()
                .query_selector(&format!("[data-at=\"{to}\"]"))
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        };
        target.is_some_and(|t| t.focus().is_ok())
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let down = match ev.key().as_str() {
            "ArrowDown" => true,
            "ArrowUp" => false,
            _ => return,
        };
        let from = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.get_attribute("data-at"))
            .and_then(|a| a.parse().ok());
        if (from.is_some() || down) && step(from, down) {
            ev.prevent_default();
        }
    };
    view! {
        <div class="course-search" on:keydown=on_key>
            <form role="search" on:submit=move |ev| {
                ev.prevent_default();
                step(None, true);
            }>
                <label class="field">
                    <span>{t("course-search-label")}</span>
                    <input node_ref=field type="search" data-testid="course-search" prop:value=move || signals.query.get() on:input=on_input/>
                </label>
            </form>
            {list}
        </div>
    }
}

/// A hit: the unit's title, what matched (and when, for a cue) and the text around the match.
fn hit_view(course: &Course, prefs: Languages, at: usize, h: Hit) -> impl IntoView {
    let href = hit_href(&course.id, &h);
    let time = h
        .time
        .map(|s| format::duration(s.floor()))
        .unwrap_or_default();
    let what = t_args(
        &format!("course-search-in-{}", h.kind.as_str()),
        &[("time", time.into())],
    );
    let title = (h.kind != HitKind::Title).then(|| {
        let title = course
            .unit(&h.unit)
            .map(|u| prefs.pick(&u.title, &course.default_language))
            .unwrap_or_default();
        view! { <span lang=title.lang dir="auto">{title.text}</span> }
    });
    let snippet = h
        .snippet
        .0
        .into_iter()
        .map(|(text, marked)| {
            if marked {
                view! { <mark>{text}</mark> }.into_any()
            } else {
                text.into_any()
            }
        })
        .collect_view();
    view! {
        <li>
            <a href=href data-testid="course-search-result" data-unit-id=h.unit data-kind=h.kind.as_str() data-at=at>
                {title}
                <span lang=h.lang dir="auto">{snippet}</span>
                <span class="unit-meta">{what}</span>
            </a>
        </li>
    }
}
