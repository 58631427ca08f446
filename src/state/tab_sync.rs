//! Two tabs on one plan: a tab follows what another tab saved, and never writes over a newer copy
//! while it holds unsaved edits of its own (it shows the conflict banner instead).

use leptos::prelude::*;

use super::notices::{Banner, SaveStatus};
use super::Workspace;
use crate::web::reader;
use crate::web::storage::{self, Slot};

impl Workspace {
    pub(super) fn install_tab_sync(self) {
        let handle = window_event_listener(leptos::ev::storage, move |event| {
            let Some(key) = event.key() else { return };
            let new_value = event.new_value();
            if reader::is_loaded() {
                self.follow_other_tab(&key, new_value);
            } else {
                self.after_reader(move || self.follow_other_tab(&key, new_value));
            }
        });
        on_cleanup(move || handle.remove());
    }

    /// Takes in what another tab wrote under `key` (`new_value`, `None` when it removed it).
    fn follow_other_tab(self, key: &str, new_value: Option<String>) {
        if key == storage::INDEX_KEY {
            if let Some(mut fresh) = storage::load_index() {
                fresh.current = Some(self.current_id());
                self.index.set(fresh);
            }
            return;
        }
        if storage::plan_id_of_key(key) != Some(self.current_id().as_str()) {
            return;
        }
        let Some(raw) = new_value else { return };
        match storage::decode_slot(&self.current_id(), raw) {
            Slot::Found { plan, revision } => {
                if self.status.get_untracked() == SaveStatus::Pending {
                    // Both tabs edited: keep this tab's edits on screen and let the user choose.
                    self.add_banner(Banner::Conflict);
                } else {
                    self.open(*plan, revision);
                }
            }
            Slot::Unreadable(unreadable) => self.add_banner(Banner::Unreadable(unreadable)),
            Slot::Missing | Slot::Waiting => {}
        }
    }
}
