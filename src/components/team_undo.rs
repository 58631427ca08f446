//! Helpers of the team step's editors: registering the keys of the team's lists after a write to
//! the whole team, and offering to undo a deletion from the toast.

use leptos::prelude::*;
use reactive_stores::Store;

use super::lasting_undo;
use crate::model::{Plan, PlanStoreFields, Team, TeamStoreFields};
use crate::workspace::{Toast, Workspace};

/// Registers the current keys of every keyed list of the team (after the team was written whole,
/// and before the first keyed write of a fresh store).
pub fn refresh_team_keys(store: Store<Plan>) {
    let team = store.team();
    team.roles().update_keys();
    team.people().update_keys();
    team.departments().update_keys();
    team.meetings().update_keys();
    team.approval_path().update_keys();
}

/// Changes the team as a whole and keeps the keyed lists in step.
pub fn update_team(store: Store<Plan>, change: impl FnOnce(&mut Team)) {
    refresh_team_keys(store);
    store.team().update(change);
    refresh_team_keys(store);
}

/// Shows `message` in the toast with an Undo that runs `restore` on the team of the plan that is
/// open now (nothing happens if another plan was opened since).
pub fn offer_team_undo(message: String, restore: impl Fn(&mut Team) + Send + Sync + 'static) {
    let Some(ws) = use_context::<Workspace>() else {
        return;
    };
    let plan_id = ws.current_id();
    let undo = lasting_undo(move || {
        if ws.current_id() != plan_id {
            return;
        }
        update_team(ws.store.get_untracked(), |team| restore(team));
    });
    ws.toast.set(Some(Toast::Undoable { message, undo }));
}
