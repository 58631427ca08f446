//! The mix report of step 6.

use leptos::prelude::*;
use reactive_stores::Store;

use crate::model::Plan;

/// The mix report section.
#[component]
pub fn ContentMixReport(
    /// The open plan.
    store: Store<Plan>,
) -> impl IntoView {
    let _ = store;
}
