//! Small writes the set-up makes to the open session, in one place so every field edits the
//! record the same way (nothing happens while no record is open).

use leptos::prelude::*;

use crate::model::workshop::{Session, WorkshopRecord};

/// Applies `change` to the open session, if there is one.
pub(super) fn edit_session(
    record: RwSignal<Option<WorkshopRecord>>,
    change: impl FnOnce(&mut Session),
) {
    record.update(|r| {
        if let Some(r) = r {
            change(&mut r.session);
        }
    });
}

/// Reads `read` from the open session (tracked), or the default when none is open.
pub(super) fn read_session<T: Default>(
    record: RwSignal<Option<WorkshopRecord>>,
    read: impl FnOnce(&Session) -> T,
) -> T {
    record.with(|r| r.as_ref().map(|r| read(&r.session)).unwrap_or_default())
}
