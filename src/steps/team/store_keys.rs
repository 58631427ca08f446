//! Writing the team as a whole: the team's keyed lists are registered before and after, and an
//! undo of a team change goes through the one undo (`widgets::offer_undo`).

use leptos::prelude::*;
use reactive_stores::Store;

use crate::model::{Plan, PlanStoreFields, Team};
use crate::state::refresh_keys;
use crate::widgets::offer_undo;

/// Changes the team as a whole and keeps the keyed lists in step.
pub fn update_team(store: Store<Plan>, change: impl FnOnce(&mut Team)) {
    refresh_keys(store);
    store.team().update(change);
    refresh_keys(store);
}

/// Shows `message` in the toast with an Undo that runs `restore` on the team of the plan the
/// change was made in (nothing happens if another plan is open by then).
pub fn offer_team_undo(message: String, restore: impl Fn(&mut Team) + Send + Sync + 'static) {
    offer_undo(message, move |store| {
        update_team(store, |team| restore(team))
    });
}
