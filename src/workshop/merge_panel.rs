//! The room's plan, built from items picked out of any table, with a preview.

use leptos::prelude::*;

/// The room's plan, built from items picked out of any table, with a preview.
#[component]
pub fn MergePanel() -> impl IntoView {
    view! { <section class="workshop-section"></section> }
}
