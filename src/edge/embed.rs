//! The player inside a host page's iframe: which origin it talks to, how it looks, and the messages themselves
//! (`domain::embed` has the protocol). Only the `embed` split chunk, loaded when the page is framed, uses this.
//!
//! The host origin is the iframe URL's `host` parameter, else the browser's `location.ancestorOrigins[0]`, else the
//! referrer's origin. Messages go only to it (never `"*"`) and are accepted only from it and from the parent window.
//! What the URL said (`host`, `chrome`, `theme-*`) is kept in `sessionStorage`, so a reload inside the frame (an
//! update, say) keeps it after the player's own navigation has dropped the query.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::colour::{legible_on, readable_on, Rgb, AA_TEXT};
use crate::domain::embed::{self, parse_origin, Command};

const KEY: &str = "alliance-player.embed";

/// How the host asked the player to be.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EmbedConfig {
    /// The embedding page's origin; no messages without one.
    pub host: Option<String>,
    /// `unit`: only the unit with Previous/Next (no header, no outline); else the full player.
    pub chrome: Option<String>,
    /// `theme-primary`, `theme-font`, `theme-radius` as given.
    pub theme: Vec<(String, String)>,
}

thread_local! {
    static CONFIG: std::cell::OnceCell<EmbedConfig> = const { std::cell::OnceCell::new() };
}

fn param(params: &web_sys::UrlSearchParams, name: &str) -> Option<String> {
    params.get(name).filter(|v| !v.trim().is_empty())
}

/// The embedding page's origin as the browser reports it.
fn browser_host() -> Option<String> {
    let window = web_sys::window()?;
    let ancestors = js_sys::Reflect::get(&window.location(), &"ancestorOrigins".into()).ok();
    let first = ancestors
        .filter(|a| !a.is_undefined())
        .and_then(|a| js_sys::Reflect::get(&a, &0.into()).ok())
        .and_then(|o| o.as_string());
    first.or_else(|| {
        let referrer = window.document()?.referrer();
        web_sys::Url::new(&referrer).ok().map(|u| u.origin())
    })
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// The page's embedding configuration (read once).
pub fn config() -> EmbedConfig {
    CONFIG.with(|c| {
        c.get_or_init(|| {
            let mut cfg: EmbedConfig = session()
                .and_then(|s| s.get_item(KEY).ok().flatten())
                .and_then(|t| serde_json::from_str(&t).ok())
                .unwrap_or_default();
            let search = web_sys::window()
                .and_then(|w| w.location().search().ok())
                .unwrap_or_default();
            if let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) {
                if let Some(h) = param(&params, "host") {
                    cfg.host = parse_origin(&h);
                }
                if let Some(c) = param(&params, "chrome") {
                    cfg.chrome = Some(c);
                }
                for name in ["theme-primary", "theme-font", "theme-radius"] {
                    if let Some(v) = param(&params, name) {
                        cfg.theme.retain(|(n, _)| n != name);
                        cfg.theme.push((name.to_string(), v));
                    }
                }
            }
            if cfg.host.is_none() {
                cfg.host = browser_host().and_then(|h| parse_origin(&h));
            }
            if let (Some(s), Ok(text)) = (session(), serde_json::to_string(&cfg)) {
                let _ = s.set_item(KEY, &text);
            }
            cfg
        })
        .clone()
    })
}

/// Applies the host's look: `data-embedded` and `data-chrome` on `<html>`, and the theme as CSS custom properties (each value checked
/// with `CSS.supports`; a primary colour also sets a text colour that stays readable on it).
pub fn apply_look(cfg: &EmbedConfig) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = root.set_attribute("data-embedded", "");
    if cfg.chrome.as_deref() == Some("unit") {
        let _ = root.set_attribute("data-chrome", "unit");
    }
    let Some(style) = root.dyn_ref::<web_sys::HtmlElement>().map(|e| e.style()) else {
        return;
    };
    for (name, value) in &cfg.theme {
        let (property, var) = match name.as_str() {
            "theme-primary" => ("color", "--ap-primary"),
            "theme-font" => ("font-family", "--ap-font"),
            "theme-radius" => ("border-radius", "--ap-radius"),
            _ => continue,
        };
        if !web_sys::css::supports_with_value(property, value).unwrap_or(false) {
            continue;
        }
        let _ = style.set_property(var, value);
        if var == "--ap-primary" {
            keep_contrast(&root, &style, value);
        }
    }
}

/// Keeps text readable with the host's primary colour: the text on it (header, primary buttons) becomes white or
/// near-black, and where it is itself the text colour (links, the focus ring) a shade of it reaching 4.5 : 1 on the
/// player's backgrounds is used instead, with a warning in the console naming the colour.
fn keep_contrast(root: &web_sys::Element, style: &web_sys::CssStyleDeclaration, value: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let computed = |el: &web_sys::Element, property: &str| {
        window
            .get_computed_style(el)
            .ok()
            .flatten()
            .map(|s| s.get_property_value(property).unwrap_or_default())
            .and_then(|v| Rgb::parse(&v))
    };
    // The browser turns any CSS colour (named, hsl(), …) into rgb(): a probe element asks it.
    let Some(probe) = window
        .document()
        .and_then(|d| d.create_element("span").ok())
    else {
        return;
    };
    let _ = probe.set_attribute("style", &format!("color: {value}"));
    let _ = root.append_child(&probe);
    let primary = computed(&probe, "color");
    probe.remove();
    let Some(primary) = primary else {
        return;
    };
    let _ = style.set_property("--ap-primary-contrast", &readable_on(primary).to_string());
    let backgrounds: Vec<Rgb> = ["--ap-bg", "--ap-surface"]
        .iter()
        .filter_map(|v| computed(root, v))
        .collect();
    let (text, changed) = legible_on(primary, &backgrounds, AA_TEXT);
    if changed {
        leptos::logging::warn!(
            "Alliance Player: theme-primary {value} has too little contrast for text on the page \
             (WCAG AA asks 4.5:1); links and the focus ring use {text} instead."
        );
    }
    let _ = style.set_property("--ap-primary-text", &text.to_string());
}

fn parent() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}

/// Whether the page runs inside another page's frame.
pub fn framed() -> bool {
    parent().is_some()
}

/// Posts `event` with `fields` to the host page (only to its origin; nothing without one).
pub fn post(event: &str, fields: Value) {
    let (Some(parent), Some(host)) = (parent(), config().host) else {
        return;
    };
    let message = embed::event(event, fields);
    if let Ok(value) = js_sys::JSON::parse(&message.to_string()) {
        let _ = parent.post_message(&value, &host);
    }
}

/// Calls `on_command` for every well-formed command from the host page (its origin, its window); everything else
/// is ignored. Returns the listener, to remove it.
pub fn listen(on_command: impl Fn(Command) + 'static) -> Option<Listener> {
    let host = config().host?;
    let window = web_sys::window()?;
    let closure = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        if e.origin() != host {
            return;
        }
        let from_parent = match (e.source(), parent()) {
            (Some(source), Some(parent)) => js_sys::Object::is(&source, &parent),
            _ => false,
        };
        if !from_parent {
            return;
        }
        let text = js_sys::JSON::stringify(&e.data())
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default();
        if let Some(command) = serde_json::from_str(&text)
            .ok()
            .and_then(|v: Value| embed::parse_command(&v))
        {
            on_command(command);
        }
    });
    window
        .add_event_listener_with_callback("message", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(Listener(closure))
}

/// A message listener; removed when dropped.
pub struct Listener(Closure<dyn Fn(web_sys::MessageEvent)>);

impl Drop for Listener {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            let _ =
                w.remove_event_listener_with_callback("message", self.0.as_ref().unchecked_ref());
        }
    }
}
