//! Step editor: strategy.

use leptos::prelude::*;
use reactive_stores::Store;

use crate::model::Plan;

/// The strategy step's editor.
#[component]
pub fn StrategyStep(
    /// The open plan.
    store: Store<Plan>,
) -> impl IntoView {
    let _ = store;
}
