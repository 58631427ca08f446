//! The coach: what to decide in this step and why, beside the editor on wide screens and above it
//! on narrow ones. Later steps add examples and the step's checks here.

use leptos::prelude::*;

use crate::context::{use_current_step, use_locale};
use crate::i18n::Key;

/// Guidance for the current step.
#[component]
pub fn CoachPanel() -> impl IntoView {
    let i18n = use_locale();
    let current = use_current_step();
    view! {
        <aside class="coach" aria-labelledby="coach-title">
            <h2 id="coach-title" class="coach__title">{move || i18n.t(Key::CoachTitle)}</h2>
            <h3 class="coach__label">{move || i18n.t(Key::CoachWhat)}</h3>
            <p class="coach__text">{move || i18n.t(Key::StepQuestion(current.0.get()))}</p>
            <h3 class="coach__label">{move || i18n.t(Key::CoachWhy)}</h3>
            <p class="coach__text">{move || i18n.t(Key::StepWhy(current.0.get()))}</p>
        </aside>
    }
}
