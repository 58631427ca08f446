//! Keeps what is shown (a step, a shared plan, the welcome view, the page on data) and the URL
//! fragment in step with each other.
//!
//! Links change the fragment; the `hashchange` listener moves the route and step signals, so
//! reload, back/forward and deep links all work without a router crate. What each fragment means
//! is decided in [`crate::model::route`].

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::model::route::Route;
use crate::model::Step;

/// The id of the heading that receives focus after a step change.
pub const STEP_HEADING_ID: &str = "step-title";

/// The current URL fragment, including the leading `#` (empty when there is none).
pub fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Replaces the fragment without adding a history entry (used to normalise unknown addresses).
fn replace_hash(hash: &str) {
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(hash));
    }
}

/// Shows `target`: sets the route, and the step when it is one. True when the step changed.
fn show(route: RwSignal<Route>, step: RwSignal<Step>, target: Route) -> bool {
    let mut step_changed = false;
    // The projector view and the worksheet of a step keep it as the current step, so leaving
    // them returns there.
    if let Some(s) = target.shown_step() {
        step_changed = step.get_untracked() != s;
        if step_changed {
            step.set(s);
        }
    }
    if route.with_untracked(|r| *r != target) {
        route.set(target);
    }
    step_changed
}

/// Reads the address now and follows every later change of the fragment. An address that names
/// nothing known is rewritten to where a visit lands ([`Route::landing`]); `has_plans` tells
/// whether this browser holds a plan yet.
pub fn install_hash_routing(
    route: RwSignal<Route>,
    step: RwSignal<Step>,
    has_plans: impl Fn() -> bool + 'static,
) {
    let resolve = move || {
        Route::parse(&current_hash()).unwrap_or_else(|| {
            let landing = Route::landing(has_plans());
            replace_hash(&landing.hash());
            landing
        })
    };
    show(route, step, resolve());
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        let was_step = route.with_untracked(|r| matches!(r, Route::Step(_)));
        let target = resolve();
        let is_step = matches!(target, Route::Step(_));
        if show(route, step, target) || (is_step && !was_step) {
            crate::web::focus::focus_after_paint(STEP_HEADING_ID, crate::web::focus::Reveal::Top);
        }
    });
    on_cleanup(move || handle.remove());
}

/// Goes to `target` as a new history entry (the `hashchange` listener does the rest).
pub fn go(target: &Route) {
    let _ = window().location().set_hash(&target.hash());
}

/// Shows step `target` in place of the current page without a history entry: used when leaving a
/// shared plan (going back should not reopen a link whose plan was just added) or the welcome
/// view once a plan exists.
pub fn replace_with_step(route: RwSignal<Route>, step: RwSignal<Step>, target: Step) {
    replace_hash(&target.hash());
    show(route, step, Route::Step(target));
    crate::web::focus::focus_after_paint(STEP_HEADING_ID, crate::web::focus::Reveal::Top);
}
