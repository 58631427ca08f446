//! One folder per step: the step's page and every part only that step uses. `StepView` picks the editor for the current step and hands it the
//! open plan's store; when another plan is opened the store is replaced and the editor rebuilt.

pub mod content;
pub mod goals;
pub mod handbook;
pub mod personas;
pub mod strategy;
pub mod team;
pub mod voice;

pub use content::ContentStep;
pub use goals::GoalsStep;
pub use handbook::HandbookStep;
pub use personas::PersonasStep;
pub use strategy::StrategyStep;
pub use team::TeamStep;
pub use voice::VoiceStep;

use leptos::prelude::*;

use crate::model::Step;
use crate::state::use_current_step;
use crate::state::use_workspace;

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
            Step::Team => view! { <TeamStep store=store/> }.into_any(),
            Step::Content => view! { <ContentStep store=store/> }.into_any(),
            Step::Handbook => view! { <HandbookStep store=store/> }.into_any(),
        }
    }
}
