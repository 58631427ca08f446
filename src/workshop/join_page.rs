//! The join page a table opens from the facilitator's link: the session, its agenda, and one
//! button per table.

use leptos::prelude::*;

use crate::i18n::workshop_join::JoinText as J;
use crate::state::use_locale;

/// The join page for the link's `payload`.
#[component]
pub fn JoinPage(payload: String) -> impl IntoView {
    let i18n = use_locale();
    let _ = payload;
    view! {
        <main id="main" class="join-page" tabindex="-1">
            <h1 id="join-title" tabindex="-1">{move || i18n.t(J::Heading)}</h1>
        </main>
    }
}
