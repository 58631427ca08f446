//! The agenda's timer, small in a corner of the projector: the current block and the minutes
//! left, for a plan that belongs to a workshop session with an agenda (the same reading of the
//! device's clock as the session bar). Nothing for other plans.

use std::time::Duration;

use leptos::prelude::*;

use crate::i18n::workshop_join::JoinText as J;
use crate::i18n::{step_name, tf};
use crate::model::workshop::joining::{bar_state, BarState};
use crate::model::PlanStoreFields;
use crate::state::{use_locale, use_workspace};
use crate::web::browser::{now, to_local};

/// How often the timer reads the clock again.
const REFRESH: Duration = Duration::from_secs(20);

/// The timer in the corner (nothing outside a session with an agenda).
#[component]
pub fn SessionTimer() -> impl IntoView {
    let i18n = use_locale();
    let ws = use_workspace();
    let agenda = Memo::new(move |_| {
        ws.store.get().workshop().with(|tag| {
            tag.as_ref()
                .and_then(|t| t.agenda.clone())
                .filter(|a| !a.blocks.is_empty())
        })
    });
    let clock = RwSignal::new(to_local(now()));
    if let Ok(handle) = set_interval_with_handle(move || clock.set(to_local(now())), REFRESH) {
        on_cleanup(move || handle.clear());
    }
    let text = move || {
        let l = i18n.get();
        let state = agenda.with(|a| a.as_ref().map(|a| bar_state(a, clock.get())))?;
        Some(match state {
            BarState::NotStarted { minutes } => tf(l, J::BarNotStarted, &[("minutes", &minutes)]),
            BarState::Block {
                step, minutes_left, ..
            } => tf(
                l,
                J::BarBlock,
                &[
                    ("step", &i18n.t(step_name(step))),
                    ("minutes", &minutes_left),
                ],
            ),
            BarState::Finished => i18n.t(J::BarFinished).to_string(),
        })
    };
    move || text().map(|text| view! { <p class="present__timer">{text}</p> })
}
