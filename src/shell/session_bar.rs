//! The slim bar a workshop table's plan shows above the workbench: the session, the table, the
//! current agenda block with the minutes left, and the hand-in. Nothing for a plan outside a
//! workshop, nor for the room's merged plan.
//!
//! The agenda runs on this device's clock (the tag carries it; where it stands is
//! `crate::model::workshop::joining::bar_state`), refreshed every [`REFRESH`] while the bar is
//! shown. The hand-in dialog is a piece of its own ([`super::hand_in`]), fetched in the
//! background once the bar shows, so this file stays light in the first download.

use std::time::Duration;

use leptos::prelude::*;

use super::hand_in::{hand_in_view, preload_hand_in};
use crate::i18n::workshop_join::JoinText as J;
use crate::i18n::{step_name, tf};
use crate::model::workshop::joining::{bar_state, BarState};
use crate::model::workshop::{Agenda, WorkshopTag};
use crate::model::PlanStoreFields;
use crate::state::{use_locale, use_workspace};
use crate::web::browser::{now, to_local};
use crate::widgets::PieceView;

/// How often the bar reads the clock again.
const REFRESH: Duration = Duration::from_secs(20);

/// The session bar (nothing for a plan outside a workshop).
#[component]
pub fn SessionBar() -> impl IntoView {
    let ws = use_workspace();
    let tag = Memo::new(move |_| {
        ws.store
            .get()
            .workshop()
            .with(|tag| tag.clone().filter(|t| !t.is_merged()))
    });
    move || tag.get().map(bar)
}

/// The bar for one table's tag, rebuilt when the tag changes (its clock stops with it).
fn bar(tag: WorkshopTag) -> impl IntoView {
    let i18n = use_locale();
    let clock = RwSignal::new(to_local(now()));
    if let Ok(handle) = set_interval_with_handle(move || clock.set(to_local(now())), REFRESH) {
        on_cleanup(move || handle.clear());
    }
    crate::web::chunks::prefetch(preload_hand_in);
    let agenda: Option<Agenda> = tag.agenda.clone().filter(|a| !a.blocks.is_empty());
    let state = Memo::new(move |_| agenda.as_ref().map(|a| bar_state(a, clock.get())));
    let block = move || {
        let l = i18n.get();
        match state.get()? {
            BarState::NotStarted { minutes } => {
                Some(tf(l, J::BarNotStarted, &[("minutes", &minutes)]))
            }
            BarState::Block {
                step, minutes_left, ..
            } => Some(tf(
                l,
                J::BarBlock,
                &[
                    ("step", &i18n.t(step_name(step))),
                    ("minutes", &minutes_left),
                ],
            )),
            BarState::Finished => Some(i18n.t(J::BarFinished).to_string()),
        }
    };
    let block_step = Memo::new(move |_| match state.get() {
        Some(BarState::Block { step, .. }) => Some(step),
        _ => None,
    });
    // Announced when the block changes, not every minute.
    let announced = move || match state.get()? {
        BarState::Block { step, .. } => Some(i18n.t(step_name(step)).to_string()),
        BarState::Finished => Some(i18n.t(J::BarFinished).to_string()),
        BarState::NotStarted { .. } => None,
    };
    let open = RwSignal::new(false);
    let asked = RwSignal::new(false);
    let hand_in = move |_| {
        asked.set(true);
        open.set(true);
    };
    let session = tag.session_name.clone();
    let table = tag.table.clone();
    view! {
        <div class="session-bar no-print" role="region" aria-label=move || i18n.t(J::BarLabel)>
            <span class="session-bar__session" title=session.clone()>{session.clone()}</span>
            // The label stays outside the table's element, whose text is the table's name alone.
            <span class="visually-hidden">{move || i18n.t(J::BarTable)}</span>
            <span class="session-bar__table">{table}</span>
            {move || match block_step.get() {
                // The running block leads to its step, for a table that lost its place.
                Some(step) => view! {
                    <a class="session-bar__block" href=step.hash()>{block}</a>
                }
                .into_any(),
                None => view! {
                    <span class="session-bar__block" hidden=move || state.with(Option::is_none)>
                        {block}
                    </span>
                }
                .into_any(),
            }}
            <span class="visually-hidden" role="status">{announced}</span>
            <button type="button" class="button button--secondary session-bar__handin" on:click=hand_in>
                {move || i18n.t(J::HandIn)}
            </button>
        </div>
        {move || asked.get().then(|| view! { <PieceView load=move || hand_in_view(open)/> })}
    }
}
