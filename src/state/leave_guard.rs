//! The leave-page guard: asks before the page is left while edits exist only in this tab
//! (storage blocked, full or failing).

use leptos::prelude::*;

use super::notices::SaveStatus;
use super::Workspace;

impl Workspace {
    /// Whether leaving the page now would lose edits: the open plan differs from what is stored
    /// and storage cannot take it (blocked, full, or a failed write).
    pub fn has_unstored_edits(self) -> bool {
        let unstorable = !self.storage_available
            || matches!(
                self.status.get_untracked(),
                SaveStatus::NotSaved | SaveStatus::MemoryOnly
            );
        unstorable
            && self
                .persisted
                .with_value(|p| p.as_ref() != Some(&self.snapshot()))
    }

    /// Asks before the page is left while [`Self::has_unstored_edits`] holds.
    pub(super) fn install_leave_guard(self) {
        let handle = window_event_listener(leptos::ev::beforeunload, move |event| {
            if self.has_unstored_edits() {
                event.prevent_default();
                // Older browsers show the prompt only when a return value is set.
                event.set_return_value("unsaved");
            }
        });
        on_cleanup(move || handle.remove());
    }
}
