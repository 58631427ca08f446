//! One folder per step: the step's page and every part only that step uses. `StepView` picks the
//! editor for the current step and hands it the open plan's store; when another plan is opened
//! the store is replaced and the editor rebuilt.
//!
//! Step 1 is part of the first download; every other step is a piece of its own that loads when
//! first shown (or earlier, when [`prefetch`] is asked to fetch it because the user is likely to go
//! there).

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
use reactive_stores::Store;

use crate::model::{Plan, Step};
use crate::split;
use crate::state::{use_current_step, use_workspace};
use crate::web::chunks;
use crate::widgets::PieceView;

split!(
    step_personas,
    preload_personas,
    fn personas_view(store: Store<Plan>) -> AnyView {
        view! { <PersonasStep store=store/> }.into_any()
    }
);
split!(
    step_voice,
    preload_voice,
    fn voice_view(store: Store<Plan>) -> AnyView {
        view! { <VoiceStep store=store/> }.into_any()
    }
);
split!(
    step_goals,
    preload_goals,
    fn goals_view(store: Store<Plan>) -> AnyView {
        view! { <GoalsStep store=store/> }.into_any()
    }
);
split!(
    step_team,
    preload_team,
    fn team_view(store: Store<Plan>) -> AnyView {
        view! { <TeamStep store=store/> }.into_any()
    }
);
split!(
    step_content,
    preload_content,
    fn content_view(store: Store<Plan>) -> AnyView {
        view! { <ContentStep store=store/> }.into_any()
    }
);
split!(
    step_handbook,
    preload_handbook,
    fn handbook_view(store: Store<Plan>) -> AnyView {
        view! { <HandbookStep store=store/> }.into_any()
    }
);

/// Starts downloading the code of `step` in the background (no-op for step 1, which is always
/// there, and for a step already loaded).
pub fn prefetch(step: Step) {
    match step {
        Step::Strategy => {}
        Step::Personas => chunks::prefetch(preload_personas),
        Step::Voice => chunks::prefetch(preload_voice),
        Step::Goals => chunks::prefetch(preload_goals),
        Step::Team => chunks::prefetch(preload_team),
        Step::Content => chunks::prefetch(preload_content),
        Step::Handbook => chunks::prefetch(preload_handbook),
    }
}

/// The editor of the current step.
#[component]
pub fn StepView() -> impl IntoView {
    let current = use_current_step();
    let ws = use_workspace();
    move || {
        let store = ws.store.get();
        match current.0.get() {
            Step::Strategy => view! { <StrategyStep store=store/> }.into_any(),
            Step::Personas => view! { <PieceView load=move || personas_view(store)/> }.into_any(),
            Step::Voice => view! { <PieceView load=move || voice_view(store)/> }.into_any(),
            Step::Goals => view! { <PieceView load=move || goals_view(store)/> }.into_any(),
            Step::Team => view! { <PieceView load=move || team_view(store)/> }.into_any(),
            Step::Content => view! { <PieceView load=move || content_view(store)/> }.into_any(),
            Step::Handbook => view! { <PieceView load=move || handbook_view(store)/> }.into_any(),
        }
    }
}
