//! One file per step editor. `StepView` picks the editor for the current step.

use leptos::prelude::*;

use crate::context::use_current_step;
use crate::model::Step;

/// The editor of the current step.
#[component]
pub fn StepView() -> impl IntoView {
    let current = use_current_step();
    move || match current.0.get() {
        Step::Strategy
        | Step::Personas
        | Step::Voice
        | Step::Goals
        | Step::Team
        | Step::Content
        | Step::Handbook => ().into_any(),
    }
}
