//! The learner's subtitle style (Settings): text size, text colour and background, with a preview in that style and
//! a warning when the pair is hard to read. Kept per learner (`edge::settings`, key `caption-style`) and applied to
//! every video and audio (`ui::player::media::caption_css`), in full screen too.

use leptos::prelude::*;

use crate::domain::playback::{CaptionStyle, BACKGROUNDS, COLOURS, SIZES};
use crate::i18n::{format, t};

/// A menu of named options (`<id>-<name>` messages), labelled `id`, showing `current` and calling `choose` with the
/// index picked.
fn named_menu(
    id: &'static str,
    options: &'static [(&'static str, &'static str)],
    current: impl Fn() -> usize + Copy + Send + Sync + 'static,
    choose: impl Fn(usize) + 'static,
) -> impl IntoView {
    view! {
        <label class="field inline">
            <span>{t(id)}</span>
            <select data-testid=id prop:value=move || current().to_string()
                on:change=move |ev| choose(event_target_value(&ev).parse::<usize>().unwrap_or(0).min(options.len() - 1))>
                {options.iter().enumerate().map(|(i, (name, _))| view! {
                    <option value=i.to_string() selected=i == current()>{t(&format!("{id}-{name}"))}</option>
                }).collect_view()}
            </select>
        </label>
    }
}

#[component]
pub fn CaptionStyleSettings() -> impl IntoView {
    let style = RwSignal::new(CaptionStyle::parse(
        &crate::edge::settings::get("caption-style").unwrap_or_default(),
    ));
    let save = move |change: &dyn Fn(&mut CaptionStyle)| {
        style.update(|s| change(s));
        crate::edge::settings::set("caption-style", Some(&style.get_untracked().to_setting()));
    };
    view! {
        <h3 id="caption-style">{t("caption-style")}</h3>
        <div class="caption-style" role="group" aria-labelledby="caption-style">
            <label class="field inline">
                <span>{t("caption-size")}</span>
                <select data-testid="caption-size" prop:value=move || style.get().size.to_string()
                    on:change=move |ev| {
                        let size = event_target_value(&ev).parse().unwrap_or(100);
                        save(&|s| s.size = size);
                    }>
                    {SIZES.iter().map(|n| view! {
                        <option value=n.to_string() selected=*n == style.get_untracked().size>{format::percent(*n as f64 / 100.0)}</option>
                    }).collect_view()}
                </select>
            </label>
            {named_menu("caption-colour", &COLOURS, move || style.get().colour, move |i| save(&|s| s.colour = i))}
            {named_menu("caption-background", &BACKGROUNDS, move || style.get().background, move |i| save(&|s| s.background = i))}
        </div>
        <div class="caption-preview" style=move || style.get().css() aria-hidden="true">
            <p class="cue" data-testid="caption-preview">{t("caption-preview")}</p>
        </div>
        {move || (!style.get().readable()).then(|| view! {
            <p class="notice" role="status" data-testid="caption-unreadable">{t("caption-unreadable")}</p>
        })}
    }
}
