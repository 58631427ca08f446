//! Browser entry point: installs the panic hook, loads the texts of the visitor's language, then
//! mounts the app in place of the static first view (or, if the texts cannot be downloaded, lets
//! the static view say so with a retry).

use leptos::prelude::*;
use social_playbook::app::App;
use social_playbook::web::{boot, texts};

fn main() {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async {
        let locale = boot::initial_locale();
        if texts::load(locale).await.is_err() {
            boot::show_failure();
            return;
        }
        let handoff = boot::take_handoff();
        leptos::mount::mount_to_body(move || view! { <App handoff=handoff/> });
        boot::remove_first_view();
    });
}
