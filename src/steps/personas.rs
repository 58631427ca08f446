//! Step editor: personas.

use leptos::prelude::*;
use reactive_stores::Store;

use crate::model::Plan;

/// The personas step's editor.
#[component]
pub fn PersonasStep(
    /// The open plan.
    store: Store<Plan>,
) -> impl IntoView {
    let _ = store;
}
