//! Entry point of the wasm app: mounts [`App`] on the page body. The course screens are a split point: their
//! code (player, quiz, Markdown) is a separate wasm chunk, fetched when a course is first opened.

use alliance_player::app::App;
use alliance_player::ui::course::CoursePage;
use leptos::prelude::*;

#[lazy]
fn course_screen() -> AnyView {
    view! { <CoursePage/> }.into_any()
}

fn main() {
    leptos::mount::mount_to_body(|| view! { <App course_screen=|| Box::pin(course_screen())/> });
}
