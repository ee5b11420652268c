//! Entry point of the wasm app: loads the interface language, then mounts [`App`] on the page body.
//! The `wasm_split` functions are split points: their code (the course screens with the player, quiz and Markdown;
//! the language picker's panel; the transcript; the learners screen; the IndexedDB store) is cut into separate wasm
//! chunks, fetched the first time it is needed. They are `fallible`: a chunk that cannot be fetched (offline) gives an error view or a
//! storage error instead of a trap, and the next attempt fetches it again.

use std::future::Future;
use std::pin::Pin;

use alliance_player::app::{part_unavailable, App, ChunkUnavailable, Lazy};
use alliance_player::edge::locales::source_complete;
use alliance_player::edge::store::{StorageError, StoreOp, StoreReply};
use alliance_player::ui::course::CoursePage;
use alliance_player::ui::embed::EmbedBridge;
use alliance_player::ui::learners::LearnersPage;
use alliance_player::ui::offline::{OfflineIndicator, UpdateBanner};
use alliance_player::ui::settings::LanguagePanel;
use alliance_player::ui::state::{CatalogCtx, Languages};
use alliance_player::ui::sync::{LaunchPrompt, SettingsPage, SyncStatus};
use alliance_player::ui::transcript::TranscriptPage;
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;
use send_wrapper::SendWrapper;

#[wasm_split(course_screen, wasm_split_path = ::leptos::wasm_split, fallible)]
fn course_screen() -> Result<Screen, ChunkUnavailable> {
    Ok(|| view! { <CoursePage/> }.into_any())
}

#[wasm_split(language_panel, wasm_split_path = ::leptos::wasm_split, fallible)]
fn language_panel() -> Result<Screen, ChunkUnavailable> {
    Ok(|| view! { <LanguagePanel/> }.into_any())
}

#[wasm_split(sync_status, wasm_split_path = ::leptos::wasm_split, fallible)]
fn sync_status() -> Result<Screen, ChunkUnavailable> {
    Ok(|| view! { <OfflineIndicator/><SyncStatus/><UpdateBanner/><LaunchPrompt/> }.into_any())
}

#[wasm_split(embed_bridge, wasm_split_path = ::leptos::wasm_split, fallible)]
fn embed_bridge() -> Result<Screen, ChunkUnavailable> {
    Ok(|| view! { <EmbedBridge/> }.into_any())
}

#[wasm_split(settings_screen, wasm_split_path = ::leptos::wasm_split, fallible)]
fn settings_screen() -> Result<Screen, ChunkUnavailable> {
    Ok(|| view! { <SettingsPage/> }.into_any())
}

#[wasm_split(learners_screen, wasm_split_path = ::leptos::wasm_split, fallible)]
fn learners_screen() -> Result<Screen, ChunkUnavailable> {
    Ok(|| view! { <LearnersPage/> }.into_any())
}

#[wasm_split(transcript_screen, wasm_split_path = ::leptos::wasm_split, fallible)]
fn transcript_screen() -> Result<Screen, ChunkUnavailable> {
    Ok(|| view! { <TranscriptPage/> }.into_any())
}

#[wasm_split(launch_first, wasm_split_path = ::leptos::wasm_split, fallible)]
fn launch_first() -> Result<bool, ChunkUnavailable> {
    Ok(alliance_player::edge::launch::restart_early())
}

type Reply = Pin<Box<dyn Future<Output = StoreReply>>>;

#[wasm_split(progress_store, wasm_split_path = ::leptos::wasm_split, fallible)]
fn progress_store(op: StoreOp) -> Result<Reply, ChunkUnavailable> {
    Ok(Box::pin(alliance_player::edge::store::idb::serve(op)))
}

/// Whether the page runs inside another page's frame (then the embed bridge loads).
fn framed() -> bool {
    web_sys::window().is_some_and(|w| {
        w.parent()
            .ok()
            .flatten()
            .is_some_and(|p| !js_sys::Object::is(&p, &w))
    })
}

/// Resolves after `ms` milliseconds.
async fn after_ms(ms: i32) {
    let timer = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(timer).await;
}

/// A split-off screen: makes its view (called once its messages are here, so its components find them).
type Screen = fn() -> AnyView;
type Chunk = Pin<Box<dyn Future<Output = Result<Screen, ChunkUnavailable>>>>;

/// A split-off view, or the "could not be downloaded" view (one function for every chunk: not generic, so its
/// code is in the first load once).
fn screen(load: Chunk) -> Pin<Box<dyn Future<Output = AnyView> + Send>> {
    Box::pin(SendWrapper::new(async move {
        match with_messages(load).await {
            Ok(make) => make(),
            Err(_) => part_unavailable(),
        }
    }))
}

/// A chunk's view once its messages are here too (an English page's first load has only the first screen's; the
/// rest are fetched beside the chunk). A split point returns how to make its view, so the screen's components run
/// (and look up their messages) after both.
async fn with_messages(load: Chunk) -> Result<Screen, ChunkUnavailable> {
    let messages = source_complete();
    let view = load.await;
    let _ = messages.await;
    view
}

fn main() {
    // First of all: a launch in the address is read once and removed from it, before the router or anything else
    // sees the address (docs/security.md §2).
    alliance_player::edge::launch::take_from_address();
    // Who this page is for: every setting and record read from now on is that learner's.
    alliance_player::edge::learners::start();
    // The interface language's messages are loaded before the first render, so no English flashes by.
    wasm_bindgen_futures::spawn_local(async {
        // A launch for another learner of the device starts the page again for them, before anything else is
        // loaded (its checks are a chunk of their own: most pages have no launch).
        if alliance_player::edge::launch::pending() && matches!(launch_first().await, Ok(true)) {
            return;
        }
        let (locale, locale_error) = Languages::start().await;
        // The static skeleton of index.html gives way to the app. A first screen written into it by
        // `alliance-pack prerender` stays, the app hidden behind it, until the app's first screen is drawn
        // (`a11y::screen_shown`); unless `web/head.js` found it is not for this page (`data-first-screen="no"`).
        if let Some(skeleton) = document().get_element_by_id("skeleton") {
            skeleton.remove();
        }
        if let (Some(first), Some(html)) = (
            document().get_element_by_id("first-screen"),
            document().document_element(),
        ) {
            if html.get_attribute("data-first-screen").as_deref() == Some("no") {
                first.remove();
            } else {
                let _ = html.set_attribute("data-app", "waiting");
            }
        }

        leptos::mount::mount_to_body(move || {
            let lazy = Lazy {
                course_screen: || screen(Box::pin(course_screen())),
                language_panel: || screen(Box::pin(language_panel())),
                transcript: || screen(Box::pin(transcript_screen())),
                // Loaded after the first screen (it must not compete with the catalogue for the network and the
                // main thread). Offline before its chunk was ever fetched: no status rather than an error.
                sync_status: || {
                    let catalog = CatalogCtx::expect();
                    Box::pin(SendWrapper::new(async move {
                        let _ = catalog.0.await;
                        after_ms(150).await;
                        match with_messages(Box::pin(sync_status())).await {
                            Ok(make) => make(),
                            Err(_) => ().into_any(),
                        }
                    }))
                },
                settings: || screen(Box::pin(settings_screen())),
                learners: || screen(Box::pin(learners_screen())),
                // Only inside another page's frame: the host's look, events and commands.
                embed: || {
                    Box::pin(SendWrapper::new(async move {
                        if framed() {
                            match with_messages(Box::pin(embed_bridge())).await {
                                Ok(make) => make(),
                                Err(_) => ().into_any(),
                            }
                        } else {
                            ().into_any()
                        }
                    }))
                },
                store: |op| {
                    Box::pin(async move {
                        match progress_store(op).await {
                            Ok(reply) => reply.await,
                            // Kept in the page; the next save retries (and fetches the chunk again).
                            Err(_) => StoreReply::Done(Err(StorageError::Write(
                                "the storage code could not be downloaded".into(),
                            ))),
                        }
                    })
                },
            };
            view! { <App lazy locale locale_error/> }
        });
    });
}
