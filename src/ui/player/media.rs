//! Video and audio: native controls, playback speed, subtitles named in their own script, the position
//! remembered, and completion at 90 % of the distinct seconds actually played.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlMediaElement, TextTrackMode};

use crate::domain::lang::{self, autonym};
use crate::domain::markdown::render;
use crate::domain::package::{Course, Media, Unit};
use crate::i18n::{t, t_args};
use crate::ui::state::{now, Prefs, Progress};

const SPEEDS: [f64; 6] = [0.5, 0.75, 1.0, 1.25, 1.5, 2.0];

fn media_of(ev: &web_sys::Event) -> Option<HtmlMediaElement> {
    ev.target()
        .and_then(|t| t.dyn_into::<HtmlMediaElement>().ok())
}

/// Shows the track in `lang` and hides the others (`""` = subtitles off).
fn show_track(el: &HtmlMediaElement, lang: &str) {
    let Some(tracks) = el.text_tracks() else {
        return;
    };
    for i in 0..tracks.length() {
        if let Some(track) = tracks.get(i) {
            let on = !lang.is_empty() && track.language() == lang;
            track.set_mode(if on {
                TextTrackMode::Showing
            } else {
                TextTrackMode::Disabled
            });
        }
    }
}

#[component]
pub fn MediaUnit(
    /// The course of the unit.
    course: Arc<Course>,
    /// The unit (for its id).
    unit: Unit,
    /// Sources, subtitles, duration.
    media: Media,
    /// Video (true) or audio (false).
    video: bool,
) -> impl IntoView {
    let prefs = Prefs::expect();
    let progress = Progress::expect();
    let course_id = course.id.clone();
    let unit_id = unit.id.clone();
    let start = progress.course(&course_id).unit(&unit_id).position;
    // The last playback time seen, to count only continuous playing.
    let last = StoredValue::new(start);
    let fallback_duration = media.duration;
    let duration_of = move |el: &HtmlMediaElement| {
        let d = el.duration();
        if d.is_finite() && d > 0.0 {
            d
        } else {
            fallback_duration
        }
    };
    // Default subtitles: the learner's language, if there is a track for it.
    let langs: Vec<String> = media.subtitles.iter().map(|s| s.lang.clone()).collect();
    let default_track = media
        .subtitles
        .iter()
        .find(|s| {
            prefs
                .content
                .iter()
                .take(1)
                .any(|p| lang::base(p) == lang::base(&s.lang))
        })
        .map(|s| s.lang.clone())
        .unwrap_or_default();
    let subtitle = RwSignal::new(default_track.clone());

    let (c1, u1) = (course_id.clone(), unit_id.clone());
    let on_time = move |ev: web_sys::Event| {
        let Some(el) = media_of(&ev) else { return };
        let t_now = el.current_time();
        let from = last.get_value();
        last.set_value(t_now);
        if el.seeking() {
            return;
        }
        let d = duration_of(&el);
        progress.update(&c1, |p| p.played(&u1, from, t_now, d, now()));
    };
    let (c2, u2) = (course_id.clone(), unit_id.clone());
    let on_seeked = move |ev: web_sys::Event| {
        if let Some(el) = media_of(&ev) {
            last.set_value(el.current_time());
            progress.update(&c2, |p| p.set_position(&u2, el.current_time(), now()));
        }
    };
    let selected = default_track.clone();
    let on_meta = move |ev: web_sys::Event| {
        let Some(el) = media_of(&ev) else { return };
        // Resume where the learner was, unless they had reached the very end.
        if start > 0.5 && start < duration_of(&el) - 1.0 {
            el.set_current_time(start);
        }
        last.set_value(el.current_time());
        show_track(&el, &selected);
    };
    let video_ref = NodeRef::<leptos::html::Video>::new();
    let audio_ref = NodeRef::<leptos::html::Audio>::new();
    let element = move || -> Option<HtmlMediaElement> {
        (video_ref.get_untracked().map(JsCast::unchecked_into))
            .or_else(|| audio_ref.get_untracked().map(JsCast::unchecked_into))
    };
    let on_speed = move |ev: web_sys::Event| {
        let rate: f64 = event_target_value(&ev).parse().unwrap_or(1.0);
        if let Some(el) = element() {
            el.set_playback_rate(rate);
        }
    };
    let on_subtitle = move |ev: web_sys::Event| {
        let lang = event_target_value(&ev);
        subtitle.set(lang.clone());
        if let Some(el) = element() {
            show_track(&el, &lang);
        }
    };

    let tracks = media
        .subtitles
        .iter()
        .map(|s| {
            view! {
                <track kind="subtitles" src=s.src.clone() srclang=s.lang.clone() label=autonym(&s.lang).to_string()
                    default=s.lang == default_track/>
            }
        })
        .collect_view();
    let sources = media
        .sources
        .iter()
        .map(|s| view! { <source src=s.src.clone() type=s.mime.clone()/> })
        .collect_view();
    let first_src = media.sources[0].src.clone();
    let fallback = view! { <p>{t("media-unsupported")}" "<a href=first_src.clone()>{first_src.clone()}</a></p> };
    let player = if video {
        view! {
            <video node_ref=video_ref class="media" controls=true preload="metadata" playsinline=true crossorigin="anonymous"
                poster=media.poster.clone().unwrap_or_default()
                on:timeupdate=on_time on:seeked=on_seeked on:loadedmetadata=on_meta>
                {sources}{tracks}{fallback}
            </video>
        }
        .into_any()
    } else {
        view! {
            <audio node_ref=audio_ref class="media" controls=true preload="metadata" crossorigin="anonymous"
                on:timeupdate=on_time on:seeked=on_seeked on:loadedmetadata=on_meta>
                {sources}{tracks}{fallback}
            </audio>
        }
        .into_any()
    };
    let transcript = media.transcript.as_ref().map(|tr| {
        let text = prefs.pick(tr, &course.default_language);
        let html = render(&text.text, &course.url);
        view! {
            <section class="transcript">
                <h3>{t("media-transcript")}</h3>
                <div class="prose" lang=text.lang dir="auto" inner_html=html></div>
            </section>
        }
    });
    let (c3, u3) = (course_id.clone(), unit_id.clone());
    let watched = move || {
        let p = progress.course(&c3).unit(&u3);
        (p.watched.fraction(fallback_duration) * 100.0).round() as u32
    };
    view! {
        <div class=if video { "media-unit video" } else { "media-unit audio" }>
            {player}
            <div class="media-controls">
                <label class="field inline">
                    <span>{t("media-speed")}</span>
                    <select data-testid="playback-speed" on:change=on_speed>
                        {SPEEDS.iter().map(|s| view! { <option value=s.to_string() selected=*s == 1.0>{format!("{s}×")}</option> }).collect_view()}
                    </select>
                </label>
                {(!langs.is_empty()).then(|| view! {
                    <label class="field inline">
                        <span>{t("media-subtitles")}</span>
                        <select data-testid="subtitle-select" prop:value=move || subtitle.get() on:change=on_subtitle>
                            <option value="">{t("media-subtitles-off")}</option>
                            {langs.iter().map(|l| view! { <option value=l.clone() lang=l.clone()>{autonym(l).to_string()}</option> }).collect_view()}
                        </select>
                    </label>
                })}
                <span class="media-watched" data-testid="media-watched">
                    {move || t_args("media-watched", &[("percent", watched().into())])}
                </span>
            </div>
            {transcript}
        </div>
    }
}
