//! Collecting the tables' hand-ins: files, pasted texts and links, one row each.

use leptos::prelude::*;

/// Collecting the tables' hand-ins: files, pasted texts and links, one row each.
#[component]
pub fn CollectPanel() -> impl IntoView {
    view! { <section class="workshop-section"></section> }
}
