//! The coach: what to decide in this step and why, beside the editor on wide screens and above it
//! on narrow ones. Later steps add examples and the step's checks here.

use leptos::prelude::*;

use super::StepChecks;
use crate::i18n::Key;
use crate::i18n::{step_question, step_why, AppText};
use crate::state::{use_current_step, use_locale, use_ui_prefs};

/// Guidance for the current step.
#[component]
pub fn CoachPanel() -> impl IntoView {
    let i18n = use_locale();
    let current = use_current_step();
    let prefs = use_ui_prefs();
    let collapsed = move || prefs.0.with(|p| p.coach_collapsed);
    view! {
        <aside class="coach" class:coach--collapsed=collapsed aria-labelledby="coach-title">
            <div class="coach__header">
                <h2 id="coach-title" class="coach__title">{move || i18n.t(Key::App(AppText::CoachTitle))}</h2>
                <button
                    type="button"
                    class="button button--ghost coach__toggle"
                    aria-expanded=move || (!collapsed()).to_string()
                    aria-controls="coach-body"
                    on:click=move |_| prefs.0.update(|p| p.coach_collapsed = !p.coach_collapsed)
                >
                    {move || i18n.t(if collapsed() { Key::App(AppText::CoachShow) } else { Key::App(AppText::CoachHide) })}
                    <span class="visually-hidden">" · "{move || i18n.t(Key::App(AppText::CoachTitle))}</span>
                </button>
            </div>
            <div id="coach-body" class="coach__body" hidden=collapsed>
            <h3 class="coach__label">{move || i18n.t(Key::App(AppText::CoachWhat))}</h3>
            <p class="coach__text">{move || i18n.t(Key::Steps(step_question(current.0.get())))}</p>
            <h3 class="coach__label">{move || i18n.t(Key::App(AppText::CoachWhy))}</h3>
            <p class="coach__text">{move || i18n.t(Key::Steps(step_why(current.0.get())))}</p>
            <StepChecks/>
            </div>
        </aside>
    }
}
