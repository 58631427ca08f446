//! Browser entry point: installs the panic hook, loads the texts of the visitor's language (and
//! the plan reader, when there are plans to read), then mounts the app in place of the static
//! first view (or, if a piece cannot be downloaded, lets the static view say so with a retry).

use leptos::prelude::*;
use social_playbook::app::App;
use social_playbook::web::{boot, reader, storage, texts};

/// How long after the start a newcomer's browser fetches the plan reader in the background.
const READER_AFTER: std::time::Duration = std::time::Duration::from_secs(2);

fn main() {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async {
        let locale = boot::initial_locale();
        // A returning visitor's plans (or a shared plan) are read before the app opens; a
        // newcomer gets the plan reader in the background once the first view is up.
        let reads_at_start = storage::has_plans() || boot::opens_shared_link();
        if reads_at_start {
            // (started now, so both download at once; the second `load` below joins this one)
            wasm_bindgen_futures::spawn_local(async {
                let _ = reader::load().await;
            });
        }
        if texts::load(locale).await.is_err() || (reads_at_start && reader::load().await.is_err()) {
            boot::show_failure();
            return;
        }
        let handoff = boot::take_handoff();
        leptos::mount::mount_to_body(move || view! { <App handoff=handoff/> });
        boot::remove_first_view();
        if !reads_at_start {
            set_timeout(
                || {
                    wasm_bindgen_futures::spawn_local(async {
                        let _ = reader::load().await;
                    })
                },
                READER_AFTER,
            );
        }
    });
}
