//! Step editor: voice.

use leptos::prelude::*;
use reactive_stores::Store;

use crate::model::Plan;

/// The voice step's editor.
#[component]
pub fn VoiceStep(
    /// The open plan.
    store: Store<Plan>,
) -> impl IntoView {
    let _ = store;
}
