//! "Install app" in the header, where the browser offers to install the player (its `beforeinstallprompt`, kept by
//! `web/head.js` from the first moment as `window.allianceInstall`): the player then opens from the learner's apps,
//! in its own window, offline too (docs/offline.md, "Install"). Not shown when installed, framed, or not offered.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::t;

/// The browser's install offer, if it made one and it was not used yet.
fn offer() -> Option<JsValue> {
    js_sys::Reflect::get(&window(), &JsValue::from_str("allianceInstall"))
        .ok()
        .filter(|o| o.is_object())
}

#[component]
pub fn InstallButton() -> impl IntoView {
    let offered = RwSignal::new(offer().is_some());
    // `web/head.js` says when the offer comes (or goes, once installed).
    let handle = window_event_listener_untyped("alliance-installable", move |_| {
        offered.set(offer().is_some())
    });
    on_cleanup(move || handle.remove());
    let install = move |_| {
        let Some(offer) = offer() else {
            return offered.set(false);
        };
        // The offer can be used once: the browser asks the learner, and says later (`appinstalled`) if they did.
        let _ = js_sys::Reflect::set(
            &window(),
            &JsValue::from_str("allianceInstall"),
            &JsValue::NULL,
        );
        offered.set(false);
        if let Some(prompt) = js_sys::Reflect::get(&offer, &JsValue::from_str("prompt"))
            .ok()
            .and_then(|p| p.dyn_into::<js_sys::Function>().ok())
        {
            let _ = prompt.call0(&offer);
        }
    };
    move || {
        offered.get().then(|| {
            view! {
                <button type="button" class="button install" data-testid="install-app" title=t("install-app-hint") on:click=install>
                    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" width="18" height="18">
                        <path fill="none" stroke="currentColor" stroke-width="1.8" d="M12 4v11m-4.5-4.5L12 15l4.5-4.5M5 19h14"/>
                    </svg>
                    <span>{t("install-app")}</span>
                </button>
            }
        })
    }
}
