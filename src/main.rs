//! Browser entry point: installs the panic hook, clears the static loading screen and mounts the app.

use leptos::prelude::*;
use social_playbook::app::App;

fn main() {
    console_error_panic_hook::set_once();
    social_playbook::web::boot::remove_loading_screen();
    leptos::mount::mount_to_body(|| view! { <App/> });
}
