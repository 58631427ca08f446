//! One file per step editor. `StepView` picks the editor for the current step and hands it the
//! open plan's store; when another plan is opened the store is replaced and the editor rebuilt.

mod goals;
mod personas;
mod strategy;
mod voice;

pub use goals::GoalsStep;
pub use personas::PersonasStep;
pub use strategy::StrategyStep;
pub use voice::VoiceStep;

use leptos::prelude::*;

use crate::context::use_current_step;
use crate::model::Step;
use crate::workspace::use_workspace;

/// The editor of the current step.
#[component]
pub fn StepView() -> impl IntoView {
    let current = use_current_step();
    let ws = use_workspace();
    move || {
        let store = ws.store.get();
        match current.0.get() {
            Step::Strategy => view! { <StrategyStep store=store/> }.into_any(),
            Step::Personas => view! { <PersonasStep store=store/> }.into_any(),
            Step::Voice => view! { <VoiceStep store=store/> }.into_any(),
            Step::Goals => view! { <GoalsStep store=store/> }.into_any(),
            Step::Content => view! { <crate::components::CalendarSection store=store/> }.into_any(),
            Step::Team | Step::Handbook => ().into_any(),
        }
    }
}
