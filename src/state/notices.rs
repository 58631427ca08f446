//! What the user is told about the plan's safety and recent actions: the save status in the
//! header, lasting banners, and the short-lived toast (with its undo).

use leptos::prelude::*;

use super::Workspace;
use crate::model::Plan;
use crate::web::storage::{PersistError, Unreadable};

/// The save state shown in the header.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    /// Everything is stored.
    Saved,
    /// An edit is waiting to be written.
    Pending,
    /// The last write failed; the reason is in a banner.
    NotSaved,
    /// Storage is blocked: the plan lives in this tab only.
    MemoryOnly,
}

/// A lasting condition the user must know about, shown as a banner until it is resolved.
#[derive(Clone, Debug, PartialEq)]
pub enum Banner {
    /// Storage is blocked (private mode, site data off): nothing is kept.
    StorageBlocked,
    /// Storage is full: the last stored copy is intact, the newest edits are not stored.
    StorageFull,
    /// A stored plan could not be opened; its text is kept as it was.
    Unreadable(Unreadable),
    /// Another tab saved this plan while this tab had unsaved edits.
    Conflict,
    /// A write failed for another reason.
    WriteFailed(String),
}

/// A short-lived message with an optional undo.
#[derive(Clone)]
pub enum Toast {
    /// A record was removed from the open plan; `undo` puts it back.
    Undoable { message: String, undo: Callback<()> },
    /// A plan was deleted; it can be restored for the rest of the visit.
    PlanDeleted(Box<Plan>),
    /// A plan was imported.
    Imported(String),
    /// The app itself was updated since the last visit (a quiet notice).
    Updated,
    /// A worked example was opened as a new plan.
    ExampleOpened(String),
    /// A plan opened from a share link was added to this browser's plans.
    SharedAdded(String),
    /// A part of the app could not be downloaded; nothing changed, the action can be tried again.
    PieceFailed,
}

impl Toast {
    /// A notice that only tells (no undo, nothing went wrong): it leaves by itself after a while
    /// and at the next step, rather than staying over the page until dismissed.
    pub fn is_notice(&self) -> bool {
        matches!(
            self,
            Toast::Imported(_) | Toast::Updated | Toast::ExampleOpened(_) | Toast::SharedAdded(_)
        )
    }
}

impl Workspace {
    pub(super) fn fail(self, err: PersistError) {
        self.status.set(SaveStatus::NotSaved);
        let banner = match err {
            PersistError::Blocked => Banner::StorageBlocked,
            PersistError::Quota => Banner::StorageFull,
            PersistError::Conflict { .. } | PersistError::Protected => Banner::Conflict,
            PersistError::Other(message) => Banner::WriteFailed(message),
        };
        self.add_banner(banner);
    }

    pub(super) fn add_banner(self, banner: Banner) {
        self.banners.update(|list| {
            if !list.contains(&banner) {
                list.push(banner);
            }
        });
    }

    /// Removes a banner the user dismissed or resolved.
    pub fn dismiss(self, banner: &Banner) {
        self.banners.update(|list| list.retain(|b| b != banner));
    }
}
