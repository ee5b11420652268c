//! Notes and bookmarks (`domain::notes`): a bookmark and a note on the unit being played, bookmarks at moments of its
//! video or audio (each with a note, and a link that plays from there), and "My notes", the course's list. Kept on
//! the device at once and sent to the learner's State on a connected LRS (`edge::notes`).

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::notes::{moment_label, CourseNotes, NoteError, Place, MAX_TEXT};
use crate::domain::package::Course;
use crate::i18n::{t, t_args};
use crate::ui::state::{now, Languages};

/// The notes of the course on screen.
#[derive(Clone, Copy)]
pub struct NotesCtx {
    pub notes: RwSignal<CourseNotes>,
    course: StoredValue<Arc<Course>>,
    /// Why the last change was not kept, in the learner's words.
    pub error: RwSignal<Option<String>>,
}

impl NotesCtx {
    /// The course's notes as this device keeps them, then merged with the learner's State on the LRS.
    pub fn provide(course: Arc<Course>) {
        let ctx = NotesCtx {
            notes: RwSignal::new(crate::edge::notes::load(&course)),
            course: StoredValue::new(course),
            error: RwSignal::new(None),
        };
        provide_context(ctx);
        ctx.sync();
        // Notes written offline reach the LRS when the network returns.
        let online = window_event_listener(leptos::ev::online, move |_| ctx.sync());
        on_cleanup(move || online.remove());
    }

    pub fn expect() -> Self {
        expect_context()
    }

    /// Keeps `text` at `place` (bookmarked or not); on the device at once, then on the LRS.
    pub fn put(&self, place: Place, text: &str, bookmarked: bool) -> bool {
        let mut result = Ok(());
        self.notes
            .update(|n| result = n.put(place, text, bookmarked, now()));
        match result {
            Ok(()) => self.changed(),
            Err(NoteError::TooLong) => self.error.set(Some(t_args(
                "notes-too-long",
                &[("max", (MAX_TEXT as u32).into())],
            ))),
            Err(NoteError::TooMany) => self.error.set(Some(t("notes-too-many"))),
        }
        self.error.with_untracked(Option::is_none)
    }

    pub fn remove(&self, place: &Place) {
        self.notes.update(|n| n.remove(place, now()));
        self.changed();
    }

    fn changed(&self) {
        let Some(course) = self.course.try_get_value() else {
            return;
        };
        let kept = crate::edge::notes::save(&course.id, &self.notes.get_untracked());
        self.error.set((!kept).then(|| t("storage-quota")));
        self.sync();
    }

    /// Merges the LRS's notes into the page's and writes them back (when an LRS is connected). The answer may come
    /// after the learner has left the course: what it brought is then merged into what the device keeps.
    fn sync(&self) {
        let this = *self;
        let (Some(course), Some(mine)) =
            (this.course.try_get_value(), this.notes.try_get_untracked())
        else {
            return;
        };
        leptos::task::spawn_local(async move {
            let Some(merged) = crate::edge::notes::sync(&course, &mine).await else {
                return;
            };
            match this.notes.try_get_untracked() {
                Some(here) => {
                    // What changed here meanwhile is merged in too.
                    let now_here = here.merge(&merged);
                    if now_here != here {
                        this.notes.set(now_here.clone());
                        crate::edge::notes::save(&course.id, &now_here);
                    }
                }
                None => {
                    let kept = crate::edge::notes::load(&course).merge(&merged);
                    crate::edge::notes::save(&course.id, &kept);
                }
            }
        });
    }
}

/// The media element of the unit on screen, if it plays video or audio.
fn media_element() -> Option<web_sys::HtmlMediaElement> {
    document()
        .query_selector(".unit-view .media")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into().ok())
}

/// The bookmark, the note and the moments of one unit, under its player (where a course screen keeps notes).
#[component]
pub fn UnitNotes(course: Arc<Course>, unit_id: String, media: bool) -> impl IntoView {
    use_context::<NotesCtx>().map(|ctx| unit_notes(ctx, course, unit_id, media))
}

fn unit_notes(ctx: NotesCtx, course: Arc<Course>, unit_id: String, media: bool) -> impl IntoView {
    let place = Place::unit(&unit_id);
    let p1 = place.clone();
    let current = Memo::new(move |_| ctx.notes.with(|n| n.get(&p1).cloned()));
    let draft = RwSignal::new(current.get_untracked().map(|n| n.text).unwrap_or_default());
    let saved = RwSignal::new(false);
    // The note as kept follows what arrives from the learner's other devices, unless they are typing one here.
    let typing = RwSignal::new(false);
    Effect::new(move |_| {
        let kept = current.get().map(|n| n.text).unwrap_or_default();
        if !typing.get_untracked() {
            draft.set(kept);
        }
    });
    let p2 = place.clone();
    let toggle = move |_| {
        let now_marked = current.get_untracked().is_some_and(|n| n.bookmarked);
        let text = current.get_untracked().map(|n| n.text).unwrap_or_default();
        ctx.put(p2.clone(), &text, !now_marked);
    };
    let p3 = place.clone();
    let save = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let marked = current.get_untracked().is_some_and(|n| n.bookmarked);
        saved.set(ctx.put(p3.clone(), &draft.get_untracked(), marked));
        typing.set(false);
    };
    let u1 = unit_id.clone();
    let mark_moment = move |_| {
        if let Some(m) = media_element() {
            ctx.put(Place::at(&u1, m.current_time()), "", true);
        }
    };
    let u2 = unit_id.clone();
    let moments = Memo::new(move |_| {
        ctx.notes.with(|n| {
            n.shown(&[u2.as_str()])
                .into_iter()
                .filter(|(p, _)| p.unit == u2 && p.tenths.is_some())
                .map(|(p, n)| (p.clone(), n.text.clone()))
                .collect::<Vec<_>>()
        })
    });
    let course_id = course.id.clone();
    let u3 = unit_id.clone();
    view! {
        <section class="unit-notes" data-testid="unit-notes" aria-label=t("notes-heading")>
            <div class="notes-bar">
                <button type="button" class="button" data-testid="bookmark-unit"
                    aria-pressed=move || current.get().is_some_and(|n| n.bookmarked).to_string() on:click=toggle>
                    <span aria-hidden="true">{move || if current.get().is_some_and(|n| n.bookmarked) { "★ " } else { "☆ " }}</span>
                    {move || if current.get().is_some_and(|n| n.bookmarked) { t("notes-bookmarked") } else { t("notes-bookmark") }}
                </button>
                {media.then(|| view! {
                    <button type="button" class="button" data-testid="bookmark-moment" on:click=mark_moment>
                        {t("notes-bookmark-moment")}
                    </button>
                })}
                <a class="notes-link" href=format!("/course/{course_id}/notes") data-testid="notes-link">{t("notes-heading")}</a>
            </div>
            <form class="unit-note" on:submit=save>
                <label class="field">
                    <span>{t("notes-note-label")}</span>
                    <textarea data-testid="unit-note" rows="3" maxlength=MAX_TEXT.to_string() dir="auto"
                        prop:value=move || draft.get()
                        on:input=move |ev| { saved.set(false); typing.set(true); draft.set(event_target_value(&ev)); }></textarea>
                </label>
                <button type="submit" class="button" data-testid="save-note">{t("notes-save")}</button>
                <span class="notes-saved" role="status" data-testid="note-saved">{move || saved.get().then(|| t("notes-saved"))}</span>
            </form>
            {move || ctx.error.get().map(|e| view! { <p class="notice error" role="alert">{e}</p> })}
            <ul class="moments" data-testid="unit-moments">
                <For each=move || moments.get() key=|(p, text)| (p.clone(), text.clone()) let:item>
                    <Moment course_id=course.id.clone() unit_id=u3.clone() place=item.0 text=item.1/>
                </For>
            </ul>
        </section>
    }
}

/// A moment of a media: play from there, its note, delete.
#[component]
fn Moment(course_id: String, unit_id: String, place: Place, text: String) -> impl IntoView {
    let ctx = NotesCtx::expect();
    let seconds = place.seconds().unwrap_or(0.0);
    let label = t_args("notes-at", &[("time", moment_label(seconds).into())]);
    let draft = RwSignal::new(text);
    let (p1, p2) = (place.clone(), place.clone());
    view! {
        <li class="moment" data-testid="moment" data-seconds=seconds.to_string()>
            <a href=format!("/course/{course_id}/unit/{unit_id}?t={seconds}") data-testid="moment-link">{label.clone()}</a>
            <input type="text" dir="auto" maxlength=MAX_TEXT.to_string() aria-label=label data-testid="moment-note"
                prop:value=move || draft.get() on:input=move |ev| draft.set(event_target_value(&ev))
                on:change=move |_| { ctx.put(p1.clone(), &draft.get_untracked(), true); }/>
            <button type="button" class="button" data-testid="delete-moment" on:click=move |_| ctx.remove(&p2)>{t("notes-delete")}</button>
        </li>
    }
}

/// "My notes": every note and bookmark of the course, in course order, each linking to its unit or moment.
#[component]
pub fn NotesView(course: Arc<Course>) -> impl IntoView {
    let ctx = NotesCtx::expect();
    let prefs = Languages::expect();
    crate::ui::a11y::screen_shown(&[t("notes-heading")], None);
    let order: Vec<String> = course.units().map(|u| u.id.clone()).collect();
    let c = course.clone();
    let items = move || {
        let order: Vec<&str> = order.iter().map(String::as_str).collect();
        ctx.notes.with(|n| {
            n.shown(&order)
                .into_iter()
                .map(|(place, note)| {
                    let title = c
                        .unit(&place.unit)
                        .map(|u| prefs.pick(&u.title, &c.default_language));
                    let href = match place.seconds() {
                        Some(s) => format!("/course/{}/unit/{}?t={s}", c.id, place.unit),
                        None => format!("/course/{}/unit/{}", c.id, place.unit),
                    };
                    let place2 = place.clone();
                    view! {
                        <li class="note-item" data-testid="note-item" data-unit-id=place.unit.clone()>
                            <a href=href>
                                {note.bookmarked.then_some("★ ")}
                                {title.map(|t| view! { <span lang=t.lang dir="auto">{t.text}</span> })}
                                {place.seconds().map(|s| format!(" · {}", t_args("notes-at", &[("time", moment_label(s).into())])))}
                            </a>
                            {(!note.text.is_empty()).then(|| view! { <p class="note-text" dir="auto">{note.text.clone()}</p> })}
                            <button type="button" class="button" data-testid="delete-note" on:click=move |_| ctx.remove(&place2)>
                                {t("notes-delete")}
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="notes-view" data-testid="notes-view">
            <h2 tabindex="-1" data-heading="">{t("notes-heading")}</h2>
            <p class="hint">{t("notes-where")}</p>
            {move || (ctx.notes.with(|n| n.count()) == 0).then(|| view! { <p data-testid="notes-empty">{t("notes-empty")}</p> })}
            <ul class="note-list">{items}</ul>
        </section>
    }
}
