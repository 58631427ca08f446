//! Keeps the current step and the URL fragment (`#/goals`) in step with each other.
//!
//! Links change the fragment; the `hashchange` listener moves the step signal, so reload,
//! back/forward and deep links all work without a router crate.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::model::Step;

/// The id of the heading that receives focus after a step change.
pub const STEP_HEADING_ID: &str = "step-title";

/// The current URL fragment, including the leading `#` (empty when there is none).
pub fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Replaces the fragment without adding a history entry (used to normalise unknown addresses).
fn replace_hash(step: Step) {
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&step.hash()));
    }
}

/// Reads the step from the address now, and follows every later change of the fragment.
/// An unknown fragment is rewritten to the first step.
pub fn install_hash_routing(step: RwSignal<Step>) {
    let hash = current_hash();
    match Step::parse_hash(&hash) {
        Some(found) => step.set(found),
        None => {
            step.set(Step::FIRST);
            replace_hash(Step::FIRST);
        }
    }
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        let hash = current_hash();
        let target = Step::parse_hash(&hash).unwrap_or_else(|| {
            replace_hash(Step::FIRST);
            Step::FIRST
        });
        if step.get_untracked() != target {
            step.set(target);
            crate::browser::focus_after_paint(STEP_HEADING_ID);
        }
    });
    on_cleanup(move || handle.remove());
}
