//! The learner's subtitle style (Settings): text size, text colour and background, with a preview in that style and
//! a warning when the pair is hard to read. Kept per learner (`edge::settings`, key `caption-style`) and applied to
//! every video and audio (`ui::player::media::caption_css`), in full screen too.

use leptos::prelude::*;

use crate::domain::playback::{CaptionStyle, BACKGROUNDS, COLOURS, SIZES};
use crate::i18n::{format, t};

#[component]
pub fn CaptionStyleSettings() -> impl IntoView {
    let style = RwSignal::new(CaptionStyle::parse(
        &crate::edge::settings::get("caption-style").unwrap_or_default(),
    ));
    let save = move |change: &dyn Fn(&mut CaptionStyle)| {
        style.update(|s| change(s));
        crate::edge::settings::set("caption-style", Some(&style.get_untracked().to_setting()));
    };
    let index = |ev: &web_sys::Event| event_target_value(ev).parse::<usize>().unwrap_or(0);
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
            <label class="field inline">
                <span>{t("caption-colour")}</span>
                <select data-testid="caption-colour" prop:value=move || style.get().colour.to_string()
                    on:change=move |ev| {
                        let i = index(&ev);
                        save(&|s| s.colour = i.min(COLOURS.len() - 1));
                    }>
                    {COLOURS.iter().enumerate().map(|(i, (name, _))| view! {
                        <option value=i.to_string() selected=i == style.get_untracked().colour>{t(&format!("caption-colour-{name}"))}</option>
                    }).collect_view()}
                </select>
            </label>
            <label class="field inline">
                <span>{t("caption-background")}</span>
                <select data-testid="caption-background" prop:value=move || style.get().background.to_string()
                    on:change=move |ev| {
                        let i = index(&ev);
                        save(&|s| s.background = i.min(BACKGROUNDS.len() - 1));
                    }>
                    {BACKGROUNDS.iter().enumerate().map(|(i, (name, _))| view! {
                        <option value=i.to_string() selected=i == style.get_untracked().background>{t(&format!("caption-background-{name}"))}</option>
                    }).collect_view()}
                </select>
            </label>
        </div>
        <div class="caption-preview" style=move || style.get().css() aria-hidden="true">
            <p class="cue" data-testid="caption-preview">{t("caption-preview")}</p>
        </div>
        {move || (!style.get().readable()).then(|| view! {
            <p class="notice" role="status" data-testid="caption-unreadable">{t("caption-unreadable")}</p>
        })}
    }
}
