//! Autosave: the open plan is written about 300 ms after the last edit, and at once when the page
//! is hidden (a debounced write would be lost if the page went first). Faults become banners.

use std::time::Duration;

use leptos::prelude::*;

use super::notices::{Banner, SaveStatus};
use super::Workspace;
use crate::web::browser::now;
use crate::web::storage;

/// How long after the last edit the plan is written.
pub const AUTOSAVE_DELAY: Duration = Duration::from_millis(300);

impl Workspace {
    pub(super) fn install_autosave(self) {
        Effect::new(move |first: Option<()>| {
            let store = self.store.get();
            store.track();
            if first.is_some() {
                self.schedule_save();
            }
        });
    }

    fn schedule_save(self) {
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        if self.status.get_untracked() != SaveStatus::MemoryOnly {
            self.status.set(SaveStatus::Pending);
        }
        let handle = set_timeout_with_handle(move || self.save_now(), AUTOSAVE_DELAY).ok();
        self.timer.set_value(handle);
    }

    /// Writes the open plan now if it changed since it was last read or written, timed as the
    /// User Timing measure `social-playbook:autosave`.
    pub fn save_now(self) {
        crate::web::browser::measured("social-playbook:autosave", || self.write_if_changed());
    }

    fn write_if_changed(self) {
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        self.timer.set_value(None);
        let plan = self.snapshot();
        if self.persisted.with_value(|p| p.as_ref() == Some(&plan)) {
            if self.status.get_untracked() == SaveStatus::Pending {
                self.status.set(SaveStatus::Saved);
            }
            return;
        }
        if !self.storage_available {
            self.status.set(SaveStatus::MemoryOnly);
            return;
        }
        let at = now();
        match storage::save_plan(&plan, self.revision.get_value(), at) {
            Ok(revision) => {
                self.revision.set_value(revision);
                self.index.update(|index| {
                    index.upsert(&plan, at);
                    index.current = Some(plan.id.clone());
                    if let Some(entry) = index.plans.iter_mut().find(|e| e.id == plan.id) {
                        entry.edits_since_export += 1;
                    }
                });
                let index_result = self.index.with_untracked(storage::save_index);
                self.banners.update(|b| {
                    b.retain(|b| !matches!(b, Banner::StorageFull | Banner::WriteFailed(_)))
                });
                match index_result {
                    Ok(()) => self.status.set(SaveStatus::Saved),
                    Err(err) => self.fail(err),
                }
                if !self.asked_persistence.get_value() {
                    self.asked_persistence.set_value(true);
                    storage::request_persistence();
                }
                self.persisted.set_value(Some(plan));
            }
            Err(err) => self.fail(err),
        }
    }

    pub(super) fn install_flush_on_hide(self) {
        crate::web::browser::on_page_hidden(move || self.save_now());
    }
}
