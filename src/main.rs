//! Browser entry point: installs the panic hook, loads the texts of the visitor's language that
//! the frame and step 1 need (and the plan reader, when there are plans to read), then mounts the
//! app in place of the static first view (or, if a piece cannot be downloaded, lets the static
//! view say so with a retry). The rest of the texts follows a moment later.

use leptos::prelude::*;
use social_playbook::app::App;
use social_playbook::web::{boot, checks, reader, storage, texts};

/// How long after the start a newcomer's browser fetches the plan reader in the background, and
/// every browser the late half of the texts and the checks of later steps (unless a later step
/// asked for them sooner).
const READER_AFTER: std::time::Duration = std::time::Duration::from_secs(2);

fn main() {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async {
        let locale = boot::initial_locale();
        // A returning visitor's plans (or a shared plan) are read before the app opens; a
        // newcomer gets the plan reader in the background once the first view is up.
        let reads_at_start = storage::has_plans() || boot::opens_shared_link();
        if reads_at_start {
            // (started now, so both download at once; the second `load` below joins this one;
            // the checks of later steps follow, for the step rail's figures of the stored plan)
            wasm_bindgen_futures::spawn_local(async {
                let _ = reader::load().await;
            });
            checks::ask();
        }
        if boot::opens_a_piece() {
            // (started now, so the page's texts download alongside the frame's)
            wasm_bindgen_futures::spawn_local(async move {
                let _ = texts::load_late(locale).await;
            });
        }
        if texts::load(locale).await.is_err() || (reads_at_start && reader::load().await.is_err()) {
            boot::show_failure();
            return;
        }
        let handoff = boot::take_handoff();
        leptos::mount::mount_to_body(move || view! { <App handoff=handoff/> });
        boot::remove_first_view();
        set_timeout(
            move || {
                // (the language chosen by now: a switch stores it)
                wasm_bindgen_futures::spawn_local(async {
                    let _ = texts::load_late(boot::initial_locale()).await;
                });
                checks::ask();
                if !reads_at_start {
                    wasm_bindgen_futures::spawn_local(async {
                        let _ = reader::load().await;
                    });
                }
            },
            READER_AFTER,
        );
    });
}
