//! The one undo: every removal and every preset offers it the same way.
//!
//! [`offer_undo`] shows a message in the toast with an Undo button. Pressing it runs `restore` on
//! the plan that was open when the change was made, through the store that is open now, and only
//! while that plan is still the open one: an undo never writes into another plan. Restoring puts
//! back exactly what was taken (`model::reinsert` keeps the record's id and place, and does nothing
//! if the record is already back).
//!
//! Why a root owner: a `Callback` lives in the reactive arena of the owner current when it is made.
//! A delete button runs inside its card's owner, and the card is gone the moment the record is: an
//! undo made there would be disposed before anyone could press it (and running a disposed callback
//! panics). The toast can also outlive the whole step. So each undo gets its own root owner, kept
//! until the next undo replaces it (only one toast is shown at a time).

use std::cell::RefCell;

use leptos::prelude::*;
use reactive_stores::Store;

use crate::model::Plan;
use crate::state::{refresh_keys, Toast, Workspace};

thread_local! {
    static LAST_UNDO_OWNER: RefCell<Option<Owner>> = const { RefCell::new(None) };
}

/// Shows `message` in the toast with an Undo that runs `restore` on the open plan's store, if the
/// plan open now is the one that was open when this was called. Without a workspace (a view
/// mounted on its own) nothing is offered.
pub fn offer_undo(
    message: impl Into<String>,
    restore: impl Fn(Store<Plan>) + Send + Sync + 'static,
) {
    let Some(ws) = use_context::<Workspace>() else {
        return;
    };
    let plan_id = ws.current_id();
    let undo = lasting_callback(move || {
        if ws.current_id() != plan_id {
            return;
        }
        let store = ws.store.get_untracked();
        // The store may be a fresh one (the plan was reopened): register its keys before writing.
        refresh_keys(store);
        restore(store);
        refresh_keys(store);
    });
    ws.toast.set(Some(Toast::Undoable {
        message: message.into(),
        undo,
    }));
}

/// Wraps `run` in a `Callback` owned by a fresh root owner, releasing the previous one.
fn lasting_callback(run: impl Fn() + Send + Sync + 'static) -> Callback<()> {
    let previous = Owner::current();
    // `new_root` makes itself the current owner: hand that role back straight away.
    let owner = Owner::new_root(None);
    match previous {
        Some(previous) => previous.set(),
        None => owner.clone().unset(),
    }
    let callback = owner.with(|| Callback::new(move |_: ()| run()));
    LAST_UNDO_OWNER.with(|slot| {
        // Dropping the previous owner disposes the callback it held.
        slot.replace(Some(owner));
    });
    callback
}
