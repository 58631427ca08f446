//! Undo callbacks that outlive the view that created them.
//!
//! A `Callback` lives in the reactive arena of the owner current when it is made. A delete button
//! runs inside its card's owner, and the card is gone the moment the record is: an undo made there
//! would be disposed before anyone could press it (and running a disposed callback panics). The
//! toast can also outlive the whole step. So each undo gets its own root owner, kept until the next
//! undo made here replaces it (only one toast is shown at a time).

use std::cell::RefCell;

use leptos::prelude::*;

thread_local! {
    static LAST_UNDO_OWNER: RefCell<Option<Owner>> = const { RefCell::new(None) };
}

/// Wraps `undo` in a `Callback` owned by a fresh root owner, releasing the previous one.
pub fn lasting_undo(undo: impl Fn() + Send + Sync + 'static) -> Callback<()> {
    let previous = Owner::current();
    // `new_root` makes itself the current owner: hand that role back straight away.
    let owner = Owner::new_root(None);
    match previous {
        Some(previous) => previous.set(),
        None => owner.clone().unset(),
    }
    let callback = owner.with(|| Callback::new(move |_: ()| undo()));
    LAST_UNDO_OWNER.with(|slot| {
        // Dropping the previous owner disposes the callback it held.
        slot.replace(Some(owner));
    });
    callback
}
