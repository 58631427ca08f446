//! Keeps the current step and the URL fragment (`#/goals`) in step with each other.
//!
//! Links change the fragment; the `hashchange` listener moves the step signal, so reload,
//! back/forward and deep links all work without a router crate. A share link (`#share=…`) is
//! not a step: its payload goes to the shared-plan signal and the step stays where it was.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::io::share;
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

/// Reads the step (or a share link) from the address now, and follows every later change of the
/// fragment. An unknown fragment is rewritten to the first step.
pub fn install_hash_routing(step: RwSignal<Step>, shared: RwSignal<Option<String>>) {
    let hash = current_hash();
    if let Some(payload) = share::payload_of(&hash) {
        shared.set(Some(payload.to_string()));
    } else {
        match Step::parse_hash(&hash) {
            Some(found) => step.set(found),
            None => {
                step.set(Step::FIRST);
                replace_hash(Step::FIRST);
            }
        }
    }
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        let hash = current_hash();
        if let Some(payload) = share::payload_of(&hash) {
            shared.set(Some(payload.to_string()));
            return;
        }
        let was_shared = shared.get_untracked().is_some();
        if was_shared {
            shared.set(None);
        }
        let target = Step::parse_hash(&hash).unwrap_or_else(|| {
            replace_hash(Step::FIRST);
            Step::FIRST
        });
        if was_shared || step.get_untracked() != target {
            step.set(target);
            crate::browser::focus_after_paint(STEP_HEADING_ID);
        }
    });
    on_cleanup(move || handle.remove());
}

/// Leaves a shared plan's view for `target`, replacing the share address in the history (going
/// back should not reopen a link whose plan was just added).
pub fn leave_shared(step: RwSignal<Step>, shared: RwSignal<Option<String>>, target: Step) {
    replace_hash(target);
    shared.set(None);
    step.set(target);
    crate::browser::focus_after_paint(STEP_HEADING_ID);
}
