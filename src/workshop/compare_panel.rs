//! The tables side by side, step by step.

use leptos::prelude::*;

/// The tables side by side, step by step.
#[component]
pub fn ComparePanel() -> impl IntoView {
    view! { <section class="workshop-section"></section> }
}
