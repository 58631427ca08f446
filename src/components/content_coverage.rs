//! Coverage of step 6: which personas each theme serves and which goals it supports.

use leptos::prelude::*;
use reactive_stores::Store;

use crate::model::Plan;

/// The coverage section.
#[component]
pub fn ContentCoverage(
    /// The open plan.
    store: Store<Plan>,
) -> impl IntoView {
    let _ = store;
}
