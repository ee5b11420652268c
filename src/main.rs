//! Entry point of the wasm app: loads the interface language, then mounts [`App`] on the page body.
//! The `#[lazy]` functions are split points: their code (the course screens with the player, quiz and Markdown;
//! the language picker's panel) is cut into separate wasm chunks, fetched the first time they are shown.

use alliance_player::app::{App, Lazy};
use alliance_player::edge::store::{StoreOp, StoreReply};
use alliance_player::ui::course::CoursePage;
use alliance_player::ui::settings::LanguagePanel;
use alliance_player::ui::state::Languages;
use alliance_player::ui::transcript::TranscriptPage;
use leptos::prelude::*;

#[lazy]
fn course_screen() -> AnyView {
    view! { <CoursePage/> }.into_any()
}

#[lazy]
fn language_panel() -> AnyView {
    view! { <LanguagePanel/> }.into_any()
}

#[lazy]
fn transcript_screen() -> AnyView {
    view! { <TranscriptPage/> }.into_any()
}

#[lazy]
async fn progress_store(op: StoreOp) -> StoreReply {
    alliance_player::edge::store::idb::serve(op).await
}

fn main() {
    // The interface language's messages are loaded before the first render, so no English flashes by.
    wasm_bindgen_futures::spawn_local(async {
        let (locale, locale_error) = Languages::start().await;

        leptos::mount::mount_to_body(move || {
            let lazy = Lazy {
                course_screen: || Box::pin(course_screen()),
                language_panel: || Box::pin(language_panel()),
                store: |op| Box::pin(progress_store(op)),
                transcript: || Box::pin(transcript_screen()),
            };
            view! { <App lazy locale locale_error/> }
        });
    });
}
