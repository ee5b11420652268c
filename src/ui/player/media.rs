//! Video and audio: native controls, playback speed (remembered for the learner), subtitles named in their own
//! script — one or two tracks at once, drawn by the player so both show together, each cue with `dir="auto"`, in the
//! learner's caption style, also in full screen (the player's frame goes full screen with its cues) — keyboard
//! shortcuts while the player has focus, the position remembered, and completion at 90 % of the distinct seconds
//! actually played.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;
use web_sys::{HtmlMediaElement, TextTrackMode};

use crate::domain::course_search::seek_time;
use crate::domain::lang;
use crate::domain::markdown::render;
use crate::domain::package::{Course, Media, Unit};
use crate::domain::playback::{self, media_key, CaptionStyle, MediaKey, SEEK_STEP, SPEEDS};
use crate::i18n::{format, t, t_args};
use crate::ui::state::{now, Languages, Progress};

/// The learner's caption style (settings), as CSS custom properties.
pub fn caption_css() -> String {
    CaptionStyle::parse(&crate::edge::settings::get("caption-style").unwrap_or_default()).css()
}

/// The language chosen in a subtitle menu; `""` = off.
type Choice = RwSignal<String>;

/// Shows the tracks in `langs` and disables the others: drawn by the player (mode "hidden"), or by the browser
/// (`native`: "showing") while the video element itself is in full screen, where the player's cues cannot follow.
fn apply_tracks(el: &HtmlMediaElement, langs: &[String], native: bool) {
    let Some(tracks) = el.text_tracks() else {
        return;
    };
    for i in 0..tracks.length() {
        if let Some(track) = tracks.get(i) {
            let on = langs
                .iter()
                .any(|l| !l.is_empty() && *l == track.language());
            track.set_mode(if on && native {
                TextTrackMode::Showing
            } else if on {
                TextTrackMode::Hidden
            } else {
                TextTrackMode::Disabled
            });
        }
    }
}

/// The text of the cues active now in the track of `lang` (WebVTT markup removed).
fn active_cues(el: &HtmlMediaElement, lang: &str) -> Vec<String> {
    let Some(tracks) = el.text_tracks() else {
        return vec![];
    };
    let Some(track) = (0..tracks.length())
        .filter_map(|i| tracks.get(i))
        .find(|t| t.language() == lang)
    else {
        return vec![];
    };
    let Some(cues) = track.active_cues() else {
        return vec![];
    };
    (0..cues.length())
        .filter_map(|i| cues.get(i))
        .filter_map(|cue| cue.dyn_into::<web_sys::VttCue>().ok())
        .filter_map(|cue| cue.get_cue_as_html().text_content())
        .filter(|s| !s.trim().is_empty())
        .collect()
}

/// The subtitle language to start with: none if the learner turned subtitles off; else the first track in their
/// course-language chain; and if they want subtitles whenever there are some (`prefer`), else the track in the
/// course's language, else the first.
fn default_subtitle(
    tracks: &[String],
    chain: &[String],
    prefer: Option<bool>,
    course_lang: &str,
) -> String {
    if prefer == Some(false) {
        return String::new();
    }
    let same = |a: &str, b: &str| lang::base(a) == lang::base(b);
    let mine = chain
        .iter()
        .find_map(|p| tracks.iter().find(|t| same(t, p)));
    let any = || {
        tracks
            .iter()
            .find(|t| same(t, course_lang))
            .or(tracks.first())
    };
    match (mine, prefer) {
        (Some(t), _) => t.clone(),
        (None, Some(true)) => any().cloned().unwrap_or_default(),
        (None, _) => String::new(),
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
    let langs_ctx = Languages::expect();
    let progress = Progress::expect();
    let course_id = course.id.clone();
    let unit_id = unit.id.clone();
    let start = progress.course(&course_id).unit(&unit_id).position;
    // A search hit's cue (`?t=12.5`): where the media starts instead, and seeks to if the address changes.
    // (The router's own address: a route's query is not updated when only its params change.)
    let query = use_location().query;
    let seek = Memo::new(move |_| {
        query
            .read()
            .get("t")
            .and_then(|t| seek_time(&t, media.duration))
    });
    // The last playback time seen, to count only continuous playing.
    let last = StoredValue::new(start);
    let speed = RwSignal::new(playback::parse_speed(
        &crate::edge::settings::get("playback-speed").unwrap_or_default(),
    ));
    let fallback_duration = media.duration;
    let duration_of = move |el: &HtmlMediaElement| {
        let d = el.duration();
        if d.is_finite() && d > 0.0 {
            d
        } else {
            fallback_duration
        }
    };
    let track_langs: Vec<String> = media.subtitles.iter().map(|s| s.lang.clone()).collect();
    let primary: Choice = RwSignal::new(default_subtitle(
        &track_langs,
        &langs_ctx.chain(),
        crate::edge::settings::captions(),
        &course.default_language,
    ));
    let secondary: Choice = RwSignal::new(String::new());
    // (language, text, from the second track?) of the cues to draw now, first track first.
    let cues = RwSignal::new(Vec::<(String, String, bool)>::new());

    let video_ref = NodeRef::<leptos::html::Video>::new();
    let audio_ref = NodeRef::<leptos::html::Audio>::new();
    let element = move || -> Option<HtmlMediaElement> {
        (video_ref.get_untracked().map(JsCast::unchecked_into))
            .or_else(|| audio_ref.get_untracked().map(JsCast::unchecked_into))
    };
    let refresh_cues = move |el: &HtmlMediaElement| {
        let mut now_showing = vec![];
        for (l, second) in [
            (primary.get_untracked(), false),
            (secondary.get_untracked(), true),
        ] {
            if !l.is_empty() {
                now_showing.extend(
                    active_cues(el, &l)
                        .into_iter()
                        .map(|c| (l.clone(), c, second)),
                );
            }
        }
        if cues.with_untracked(|c| *c != now_showing) {
            cues.set(now_showing);
        }
    };
    // The video element itself in full screen (a browser's own full-screen gesture): the browser draws the cues.
    let native_fullscreen = RwSignal::new(false);
    let choose_tracks = move || {
        if let Some(el) = element() {
            apply_tracks(
                &el,
                &[primary.get_untracked(), secondary.get_untracked()],
                native_fullscreen.get_untracked(),
            );
            refresh_cues(&el);
        }
    };
    let frame_ref = NodeRef::<leptos::html::Div>::new();
    let fullscreen = RwSignal::new(false);
    let on_fullscreen_change = window_event_listener_untyped("fullscreenchange", move |_| {
        let now_full = document().fullscreen_element();
        let frame: Option<web_sys::Element> = frame_ref.get_untracked().map(Into::into);
        let media: Option<web_sys::Element> = element().map(Into::into);
        fullscreen.set(now_full.is_some() && now_full == frame);
        native_fullscreen.set(now_full.is_some() && now_full == media);
        choose_tracks();
    });
    on_cleanup(move || on_fullscreen_change.remove());
    let toggle_fullscreen = move || {
        if document().fullscreen_element().is_some() {
            document().exit_fullscreen();
        } else if let Some(frame) = frame_ref.get_untracked() {
            let _ = frame.request_fullscreen();
        }
    };

    let (c1, u1) = (course.clone(), unit_id.clone());
    let language = langs_ctx.studied_in(&course, &unit_id);
    let on_time = move |ev: web_sys::Event| {
        let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlMediaElement>().ok())
        else {
            return;
        };
        refresh_cues(&el);
        let t_now = el.current_time();
        let from = last.get_value();
        last.set_value(t_now);
        if el.seeking() {
            return;
        }
        let d = duration_of(&el);
        progress.record(&c1, &language, |p| p.played(&u1, from, t_now, d, now()));
    };
    let (c2, u2) = (course_id.clone(), unit_id.clone());
    let on_seeked = move |ev: web_sys::Event| {
        if let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlMediaElement>().ok())
        {
            last.set_value(el.current_time());
            refresh_cues(&el);
            progress.update(&c2, |p| p.set_position(&u2, el.current_time(), now()));
        }
    };
    let on_meta = move |ev: web_sys::Event| {
        let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlMediaElement>().ok())
        else {
            return;
        };
        // At a search hit's cue; else resume where the learner was, unless they had reached the very end.
        if let Some(t) = seek.get_untracked() {
            el.set_current_time(t);
        } else if start > 0.5 && start < duration_of(&el) - 1.0 {
            el.set_current_time(start);
        }
        last.set_value(el.current_time());
        el.set_playback_rate(speed.get_untracked());
        choose_tracks();
    };
    // (Before the metadata has loaded this sets where playback will start.)
    Effect::new(move |_| {
        if let (Some(t), Some(el)) = (seek.get(), element()) {
            el.set_current_time(t);
        }
    });
    // The learner's speed, remembered for every video and audio.
    let set_speed = move |rate: f64| {
        speed.set(rate);
        crate::edge::settings::set("playback-speed", Some(&rate.to_string()));
        if let Some(el) = element() {
            el.set_playback_rate(rate);
        }
    };
    let on_speed =
        move |ev: web_sys::Event| set_speed(playback::parse_speed(&event_target_value(&ev)));
    // Keys while focus is in the player (docs/accessibility.md lists them).
    let (pc, sc) = (primary, track_langs.clone());
    let chain = langs_ctx.chain();
    let course_lang = course.default_language.clone();
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let tag = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .map(|e| e.tag_name())
            .unwrap_or_default();
        let key = ev.key();
        let in_control = matches!(tag.as_str(), "INPUT" | "SELECT" | "TEXTAREA")
            || (tag == "BUTTON" && matches!(key.as_str(), " " | "Enter"));
        let Some(action) = media_key(
            &key,
            ev.ctrl_key() || ev.alt_key() || ev.meta_key(),
            in_control,
        ) else {
            return;
        };
        let Some(el) = element() else { return };
        ev.prevent_default();
        match action {
            MediaKey::PlayPause if el.paused() => {
                let _ = el.play();
            }
            MediaKey::PlayPause => {
                let _ = el.pause();
            }
            MediaKey::Back => el.set_current_time((el.current_time() - SEEK_STEP).max(0.0)),
            MediaKey::Forward => {
                el.set_current_time((el.current_time() + SEEK_STEP).min(duration_of(&el)))
            }
            MediaKey::Slower | MediaKey::Faster => set_speed(playback::step_speed(
                speed.get_untracked(),
                action == MediaKey::Faster,
            )),
            MediaKey::Captions if !sc.is_empty() => {
                let on = pc.get_untracked().is_empty();
                let lang = if on {
                    default_subtitle(&sc, &chain, Some(true), &course_lang)
                } else {
                    String::new()
                };
                crate::edge::settings::set_captions(Some(on));
                pc.set(lang);
                choose_tracks();
            }
            MediaKey::Captions => {}
            MediaKey::Fullscreen if video => toggle_fullscreen(),
            MediaKey::Fullscreen => {}
        }
    };

    let tracks = media
        .subtitles
        .iter()
        .map(|s| view! { <track kind="subtitles" src=s.src.clone() srclang=s.lang.clone() label=crate::i18n::own_name(&s.lang)/> })
        .collect_view();
    let sources = media
        .sources
        .iter()
        .map(|s| view! { <source src=s.src.clone() type=s.mime.clone()/> })
        .collect_view();
    let first_src = media.sources[0].src.clone();
    // Data saver: nothing is fetched before the learner presses play, and the size is shown beforehand.
    let saver = crate::edge::settings::data_saver();
    let preload = if saver { "none" } else { "metadata" };
    let size = saver
        .then(|| course.files.iter().find(|f| f.src == first_src).map(|f| f.size))
        .flatten()
        .map(|bytes| view! {
            <span class="media-size" data-testid="media-size">{t_args("media-size", &[("size", format::size(bytes).into())])}</span>
        });
    let fallback = view! { <p>{t("media-unsupported")}" "<a href=first_src.clone()>{first_src.clone()}</a></p> };
    let player = if video {
        view! {
            <video node_ref=video_ref class="media" controls=true controlslist="nofullscreen" prop:muted=crate::edge::cmi5::audio_off() preload=preload playsinline=true crossorigin="anonymous"
                poster=media.poster.clone().unwrap_or_default()
                on:timeupdate=on_time on:seeked=on_seeked on:loadedmetadata=on_meta>
                {sources}{tracks}{fallback}
            </video>
        }
        .into_any()
    } else {
        view! {
            <audio node_ref=audio_ref class="media" controls=true prop:muted=crate::edge::cmi5::audio_off() preload=preload crossorigin="anonymous"
                on:timeupdate=on_time on:seeked=on_seeked on:loadedmetadata=on_meta>
                {sources}{tracks}{fallback}
            </audio>
        }
        .into_any()
    };
    let cue_view = move || {
        cues.get()
            .into_iter()
            .map(|(l, text, second)| view! {
                <p class="cue" class:second=second data-testid="subtitle-cue" lang=l.clone() data-lang=l dir="auto">{text}</p>
            })
            .collect_view()
    };
    let transcript = media.transcript.as_ref().map(|tr| {
        let text = langs_ctx.pick(tr, &course.default_language);
        let html = render(&text.text, &course.url);
        view! {
            <section class="transcript">
                <h3>{t("media-transcript")}</h3>
                <div class="prose" lang=text.lang dir="auto" inner_html=html></div>
            </section>
        }
    });
    let subtitle_menu = move |label: String,
                              testid: &'static str,
                              choice: Choice,
                              langs: Vec<String>,
                              first: bool| {
        view! {
            <label class="field inline">
                <span>{label}</span>
                <select data-testid=testid prop:value=move || choice.get()
                    on:change=move |ev| {
                        let lang = event_target_value(&ev);
                        // The first menu's choice is the learner's preference for the next video or audio too.
                        if first {
                            crate::edge::settings::set_captions(Some(!lang.is_empty()));
                        }
                        choice.set(lang);
                        choose_tracks();
                    }>
                    <option value="">{t("media-subtitles-off")}</option>
                    {langs.into_iter().map(|l| view! { <option value=l.clone() lang=l.clone()>{crate::i18n::own_name(&l)}</option> }).collect_view()}
                </select>
            </label>
        }
    };
    let (c3, u3) = (course_id.clone(), unit_id.clone());
    let watched = move || {
        format::percent(
            progress
                .course(&c3)
                .unit(&u3)
                .watched
                .fraction(fallback_duration),
        )
    };
    let has_tracks = !track_langs.is_empty();
    // Data saver: the transcript first, so the learner may read instead of loading the media.
    let (transcript_first, transcript) = if saver {
        (transcript, None)
    } else {
        (None, transcript)
    };
    view! {
        <div class=if video { "media-unit video" } else { "media-unit audio" } on:keydown=on_key>
            {transcript_first}
            <div class="media-frame" node_ref=frame_ref style=caption_css() data-testid="media-frame">
                {player}
                <div class="cues" aria-hidden="true">{cue_view}</div>
                {video.then(|| view! {
                    <button type="button" class="button exit-fullscreen" data-testid="exit-fullscreen"
                        on:click=move |_| toggle_fullscreen()>{t("media-fullscreen-exit")}</button>
                })}
            </div>
            <div class="media-controls">
                <label class="field inline">
                    <span>{t("media-speed")}</span>
                    <select data-testid="playback-speed" on:change=on_speed prop:value=move || speed.get().to_string()>
                        {SPEEDS.iter().map(|s| view! { <option value=s.to_string() selected=*s == speed.get_untracked()>{format!("{}×", format::number(*s))}</option> }).collect_view()}
                    </select>
                </label>
                {video.then(|| view! {
                    <button type="button" class="button" data-testid="media-fullscreen" aria-pressed=move || fullscreen.get().to_string()
                        on:click=move |_| toggle_fullscreen()>{t("media-fullscreen")}</button>
                })}
                {has_tracks.then(|| subtitle_menu(t("media-subtitles"), "subtitle-select", primary, track_langs.clone(), true))}
                {has_tracks.then(|| subtitle_menu(t("media-subtitles-second"), "subtitle-second", secondary, track_langs.clone(), false))}
                {size}
                <span class="media-watched" data-testid="media-watched">
                    {move || t_args("media-watched", &[("percent", watched().into())])}
                </span>
            </div>
            <details class="media-shortcuts" data-testid="media-shortcuts">
                <summary>{t("media-shortcuts")}</summary>
                <p>{t("media-shortcuts-hint")}</p>
                <dl>
                    <dt><kbd>K</kbd>" · "<kbd>{t("media-key-space")}</kbd></dt><dd>{t("media-key-play")}</dd>
                    <dt><kbd>J</kbd>" · "<kbd>"←"</kbd>" / "<kbd>L</kbd>" · "<kbd>"→"</kbd></dt><dd>{t("media-key-seek")}</dd>
                    <dt><kbd>"<"</kbd>" / "<kbd>">"</kbd></dt><dd>{t("media-key-speed")}</dd>
                    {has_tracks.then(|| view! { <dt><kbd>C</kbd></dt><dd>{t("media-key-captions")}</dd> })}
                    {video.then(|| view! { <dt><kbd>F</kbd></dt><dd>{t("media-key-fullscreen")}</dd> })}
                </dl>
            </details>
            {transcript}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::default_subtitle;

    #[test]
    fn default_subtitles_follow_the_learner() {
        let tracks: Vec<String> = ["en", "zh-CN", "fr"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let chain = |c: &[&str]| c.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let pick = |c: &[&str], prefer| default_subtitle(&tracks, &chain(c), prefer, "fr");
        assert_eq!(pick(&["fr", "en"], None), "fr");
        assert_eq!(pick(&["zh-TW", "en"], None), "zh-CN");
        assert_eq!(pick(&["ar", "en"], None), "en");
        assert_eq!(
            pick(&["ar"], None),
            "",
            "no track in the learner's languages"
        );
        assert_eq!(
            pick(&["ar"], Some(true)),
            "fr",
            "wanted anyway: the course's language"
        );
        assert_eq!(pick(&["ar", "en"], Some(true)), "en");
        assert_eq!(pick(&["fr"], Some(false)), "", "turned off by the learner");
        assert_eq!(
            default_subtitle(&tracks, &chain(&["ar"]), Some(true), "ko"),
            "en",
            "else the first"
        );
    }
}
