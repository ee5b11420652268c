//! The learners screen (`learners_screen` split chunk): who uses the player on this device — switch to someone,
//! rename, set or remove a PIN, remove a learner, add one. When this page's learner has a PIN not yet given in this
//! tab, it is the only screen (lock mode): their PIN, or a switch to someone else.

use std::rc::Rc;

use leptos::prelude::*;

use crate::domain::learner::{Learner, Roster, RosterError, MAX_NAME_CHARS};
use crate::edge::learners;
use crate::i18n::{t, t_args};
use crate::ui::a11y;

/// A learner's name as shown: the device's first learner has none until given one ("Me").
pub fn shown(name: String) -> String {
    if name.is_empty() {
        t("learner-unnamed")
    } else {
        name
    }
}

/// Why a change was refused, in the learner's words.
fn error_text(e: &RosterError) -> String {
    match e {
        RosterError::EmptyName => t("learner-error-empty"),
        RosterError::LongName => t("learner-error-long"),
        RosterError::TakenName(n) => t_args("learner-error-taken", &[("name", n.clone().into())]),
        RosterError::BadPin => t("learner-error-pin"),
        RosterError::Full => t("learner-error-full"),
        RosterError::Unknown => t("learner-error-unknown"),
        RosterError::WrongPin => t("learner-error-wrong-pin"),
    }
}

/// The action open on one learner's row (one at a time on the screen).
#[derive(Clone, Copy, PartialEq)]
enum Act {
    Switch,
    Rename,
    Pin,
    Remove,
}

type Open = RwSignal<Option<(Act, String)>>;

/// What a PIN form does with the PIN given.
type PinAction = Rc<dyn Fn(&str) -> Result<(), RosterError>>;

/// Focuses the first field or button of the panel opened under `id`'s row.
fn focus_panel(id: &str) {
    a11y::focus_after_paint(format!(
        "[data-learner-id=\"{id}\"] .learner-panel input, [data-learner-id=\"{id}\"] .learner-panel button"
    ));
}

#[component]
pub fn LearnersPage() -> impl IntoView {
    let locked = learners::locked();
    let me = learners::current();
    let roster = RwSignal::new(learners::roster());
    let open: Open = RwSignal::new(None);
    let heading = if locked {
        t_args(
            "learners-locked",
            &[("name", shown(me.name.clone()).into())],
        )
    } else {
        t("learners-heading")
    };
    a11y::screen_shown(std::slice::from_ref(&heading), None);
    let my_id = me.id.clone();
    view! {
        <section class="learners" data-testid="learners" data-locked=locked.then_some("true")>
            <h1 tabindex="-1" data-heading="">{heading}</h1>
            {locked.then(|| view! {
                <PinForm key="lock".into() submit=Rc::new(|pin: &str| {
                    learners::unlock(pin)?;
                    let _ = window().location().reload();
                    Ok(())
                })/>
                <h2>{t("learners-heading")}</h2>
            })}
            <ul class="learner-picker" data-testid="learner-picker">
                <For
                    each=move || roster.with(|r| r.learners.clone())
                    key=|l| (l.id.clone(), l.name.clone(), l.pin.is_some())
                    children=move |l| view! { <Row l me=my_id.clone() locked roster open/> }
                />
            </ul>
            <p class="hint">{t("learner-pin-note")}</p>
            <AddForm roster/>
        </section>
    }
}

#[component]
fn Row(
    l: Learner,
    me: String,
    locked: bool,
    roster: RwSignal<Roster>,
    open: Open,
) -> impl IntoView {
    let id = l.id.clone();
    let mine = id == me;
    let has_pin = l.pin.is_some();
    let name = shown(l.name.clone());
    let name_id = format!("name-{id}");
    let act = {
        let id = id.clone();
        move |a: Act| {
            let id = id.clone();
            move |_| {
                open.set(Some((a, id.clone())));
                focus_panel(&id);
            }
        }
    };
    let switch = {
        let id = id.clone();
        move |_| {
            if has_pin {
                open.set(Some((Act::Switch, id.clone())));
                focus_panel(&id);
            } else if let Err(e) = learners::switch_to(&id, None, "/") {
                a11y::announce(error_text(&e));
            }
        }
    };
    let pin_button = {
        let id = id.clone();
        move |_| {
            if has_pin {
                match learners::set_pin(&id, None) {
                    Ok(()) => {
                        roster.set(learners::roster());
                        a11y::focus_after_paint(format!(
                            "[data-learner-id=\"{id}\"] [data-testid=learner-pin-set]"
                        ));
                    }
                    Err(e) => a11y::announce(error_text(&e)),
                }
            } else {
                open.set(Some((Act::Pin, id.clone())));
                focus_panel(&id);
            }
        }
    };
    let panel = {
        let (id, l_name, name) = (id.clone(), l.name.clone(), name.clone());
        move || {
            let (a, which) = open.get()?;
            (which == id).then(|| panel(a, id.clone(), l_name.clone(), name.clone(), roster, open))
        }
    };
    view! {
        <li data-learner-id=id.clone() aria-current=mine.then_some("true") class="learner">
            <span class="learner-name" id=name_id.clone() dir="auto">{name.clone()}</span>
            {mine.then(|| view! { <span class="learner-now">{t("learner-now")}</span> })}
            <span class="learner-actions">
                {(!mine).then(|| view! {
                    <button type="button" class="button" data-testid="learner-switch" aria-describedby=name_id.clone()
                        on:click=switch>{t("learner-switch")}</button>
                })}
                // A learner with a PIN is changed only from their own page (switch to them first, with the PIN).
                {(!locked && (mine || !has_pin)).then(|| view! {
                    <button type="button" class="button" data-testid="learner-rename" aria-describedby=name_id.clone()
                        on:click=act(Act::Rename)>{t("learner-rename")}</button>
                    <button type="button" class="button" data-testid="learner-pin-set" aria-describedby=name_id.clone()
                        on:click=pin_button>{t(if has_pin { "learner-pin-remove" } else { "learner-pin-set" })}</button>
                    <button type="button" class="button" data-testid="learner-remove" aria-describedby=name_id.clone()
                        on:click=act(Act::Remove)>{t("learner-remove")}</button>
                })}
            </span>
            {panel}
        </li>
    }
}

/// The open action's controls under a learner's row.
fn panel(
    a: Act,
    id: String,
    current_name: String,
    name: String,
    roster: RwSignal<Roster>,
    open: Open,
) -> AnyView {
    let cancel = {
        let id = id.clone();
        move |_| {
            open.set(None);
            a11y::focus_after_paint(format!(
                "[data-learner-id=\"{id}\"] .learner-actions button"
            ));
        }
    };
    let cancel_button = move || {
        view! { <button type="button" class="button" data-testid="learner-cancel" on:click=cancel.clone()>{t("learner-cancel")}</button> }
    };
    match a {
        Act::Switch => view! {
            <PinForm key=id.clone() label=t_args("learner-pin-for", &[("name", name.into())])
                submit=Rc::new(move |pin: &str| learners::switch_to(&id, Some(pin), "/"))>
                {cancel_button()}
            </PinForm>
        }
        .into_any(),
        Act::Pin => view! {
            <PinForm key=id.clone() label=t("learner-pin-new") new=true submit=Rc::new(move |pin: &str| {
                learners::set_pin(&id, Some(pin))?;
                roster.set(learners::roster());
                open.set(None);
                a11y::announce(t("learner-saved"));
                a11y::focus_after_paint(format!("[data-learner-id=\"{id}\"] [data-testid=learner-pin-set]"));
                Ok(())
            })>
                {cancel_button()}
            </PinForm>
        }
        .into_any(),
        Act::Rename => {
            let value = RwSignal::new(current_name);
            let problem = RwSignal::new(None::<RosterError>);
            let field = format!("rename-{id}");
            let err = format!("rename-error-{id}");
            let save = move |ev: web_sys::SubmitEvent| {
                ev.prevent_default();
                match learners::rename(&id, &value.get_untracked()) {
                    Ok(()) => {
                        open.set(None);
                        roster.set(learners::roster());
                        if id == learners::id() {
                            if let Ok(Some(link)) = document().query_selector("[data-testid=learner-current]") {
                                link.set_text_content(Some(&shown(learners::name())));
                            }
                        }
                        a11y::announce(t("learner-saved"));
                        a11y::focus_after_paint(format!("[data-learner-id=\"{id}\"] [data-testid=learner-rename]"));
                    }
                    Err(e) => problem.set(Some(e)),
                }
            };
            view! {
                <form class="learner-panel" on:submit=save novalidate=true>
                    <label for=field.clone()>{t("learner-name")}</label>
                    <input id=field type="text" data-testid="learner-rename-input" maxlength=MAX_NAME_CHARS autocomplete="off"
                        dir="auto" prop:value=move || value.get()
                        on:input=move |ev| value.set(event_target_value(&ev))
                        aria-invalid=move || problem.with(Option::is_some).then_some("true") aria-describedby=err.clone()/>
                    <p id=err class="form-error" role="alert">{move || problem.with(|p| p.as_ref().map(error_text))}</p>
                    <span class="learner-actions">
                        <button type="submit" class="button primary" data-testid="learner-rename-save">{t("learner-save")}</button>
                        {cancel_button()}
                    </span>
                </form>
            }
            .into_any()
        }
        Act::Remove => {
            let busy = RwSignal::new(false);
            let confirm = move |_| {
                busy.set(true);
                let id = id.clone();
                let name = name.clone();
                leptos::task::spawn_local(async move {
                    let done = learners::remove(&id).await;
                    open.set(None);
                    roster.set(learners::roster());
                    a11y::announce(match done {
                        Ok(()) => t_args("learner-removed", &[("name", name.into())]),
                        Err(e) => error_text(&e),
                    });
                    a11y::focus_after_paint("#learner-name");
                });
            };
            view! {
                <div class="learner-panel" role="group">
                    <p>{t_args("learner-remove-ask", &[("name", shown(current_name).into())])}</p>
                    <span class="learner-actions">
                        <button type="button" class="button danger" data-testid="learner-remove-confirm"
                            disabled=move || busy.get() on:click=confirm>{t("learner-remove")}</button>
                        {cancel_button()}
                    </span>
                </div>
            }
            .into_any()
        }
    }
}

/// A PIN field with its button and error (`pin-input`, `pin-submit`, `pin-error`): opens a learner, or sets a PIN
/// (`new`).
#[component]
fn PinForm(
    key: String,
    submit: PinAction,
    #[prop(optional)] label: Option<String>,
    #[prop(optional)] new: bool,
    /// Shown after the button (a cancel).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let value = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<RosterError>);
    let field = format!("pin-{key}");
    let err = format!("pin-error-{key}");
    let on_submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        if let Err(e) = submit(value.get_untracked().trim()) {
            value.set(String::new());
            problem.set(Some(e));
        }
    };
    view! {
        <form class="learner-panel pin-form" on:submit=on_submit novalidate=true>
            <label for=field.clone()>{label.unwrap_or_else(|| t("learner-pin-label"))}</label>
            <input id=field type="password" inputmode="numeric" pattern="[0-9]*" maxlength=4 dir="ltr"
                autocomplete=if new { "new-password" } else { "off" } data-testid="pin-input"
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))
                aria-invalid=move || problem.with(Option::is_some).then_some("true") aria-describedby=err.clone()/>
            <button type="submit" class="button primary" data-testid="pin-submit">
                {t(if new { "learner-save" } else { "learner-pin-open" })}
            </button>
            {children.map(|c| c())}
            <p id=err class="form-error" data-testid="pin-error" role="alert">
                {move || problem.with(|p| p.as_ref().map(error_text))}
            </p>
        </form>
    }
}

#[component]
fn AddForm(roster: RwSignal<Roster>) -> impl IntoView {
    let (name, pin) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let problem = RwSignal::new(None::<RosterError>);
    let submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let p = pin.get_untracked();
        let p = p.trim();
        match learners::add(&name.get_untracked(), (!p.is_empty()).then_some(p)) {
            Ok(_) => {
                let added = roster.with_untracked(|_| learners::roster());
                let shown_name = added
                    .learners
                    .last()
                    .map(|l| l.name.clone())
                    .unwrap_or_default();
                roster.set(added);
                name.set(String::new());
                pin.set(String::new());
                problem.set(None);
                a11y::announce(t_args("learner-added", &[("name", shown_name.into())]));
            }
            Err(e) => problem.set(Some(e)),
        }
    };
    let bad_pin = move || problem.with(|p| matches!(p, Some(RosterError::BadPin)));
    let bad_name = move || problem.with(|p| p.is_some()) && !bad_pin();
    view! {
        <form class="learner-add" data-testid="learner-add-form" on:submit=submit novalidate=true>
            <h2>{t("learner-add-heading")}</h2>
            <label for="learner-name">{t("learner-name")}</label>
            <input id="learner-name" type="text" data-testid="learner-name" maxlength=MAX_NAME_CHARS autocomplete="off"
                dir="auto" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))
                aria-invalid=move || bad_name().then_some("true") aria-describedby="learner-add-error"/>
            <label for="learner-pin">{t("learner-pin")}</label>
            <input id="learner-pin" type="password" inputmode="numeric" pattern="[0-9]*" maxlength=4 dir="ltr"
                autocomplete="new-password" data-testid="learner-pin"
                prop:value=move || pin.get() on:input=move |ev| pin.set(event_target_value(&ev))
                aria-invalid=move || bad_pin().then_some("true") aria-describedby="learner-add-error"/>
            <p id="learner-add-error" class="form-error" data-testid="learner-add-error" role="alert">
                {move || problem.with(|p| p.as_ref().map(error_text))}
            </p>
            <button type="submit" class="button primary" data-testid="learner-add">{t("learner-add")}</button>
        </form>
    }
}
