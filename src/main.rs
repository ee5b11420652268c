//! Entry point of the wasm app: mounts [`App`] on the page body.

use alliance_player::app::App;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
