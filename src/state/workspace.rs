//! The workspace: the open plan's store, the plan list, and the plan-level actions (new, switch,
//! rename, duplicate, delete with undo, import, export, worked examples).
//!
//! What keeps the plan safe lives beside it: `autosave.rs` (debounced writes, flushed when the
//! page hides), `tab_sync.rs` (two tabs on one plan), `leave_guard.rs` (asking before edits that
//! only this tab holds are lost) and `notices.rs` (save status, banners, toasts). Views call the
//! methods here; only `web::storage` below touches browser storage.

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use reactive_stores::Store;

use super::notices::{Banner, SaveStatus, Toast};
use crate::i18n::AppText;
use crate::i18n::{t, Key, Locale};
use crate::io::import::ImportError;
use crate::model::examples::Example;
use crate::model::Plan;
use crate::web::browser::now;
use crate::web::reader;
use crate::web::storage::{self, PlanIndex, Slot, Unreadable};

crate::split!(
    examples,
    preload_examples,
    /// Builds a worked example as a new plan (the examples' code and texts are their own piece).
    fn build_example(example: Example, chinese: bool, id: String, at: DateTime<Utc>) -> Plan {
        crate::model::examples::example_plan(example, chinese, &id, at)
    }
);

/// Starts downloading the worked examples (when a way to open one comes into view).
pub fn prefetch_examples() {
    crate::web::chunks::prefetch(preload_examples);
}

/// The workspace context: the open plan's store and the plan list.
#[derive(Clone, Copy)]
pub struct Workspace {
    /// The open plan. Replaced as a whole when another plan is opened, so no view keeps stale keys.
    pub store: RwSignal<Store<Plan>>,
    pub index: RwSignal<PlanIndex>,
    pub status: RwSignal<SaveStatus>,
    pub banners: RwSignal<Vec<Banner>>,
    pub toast: RwSignal<Option<Toast>>,
    /// False when storage is blocked.
    pub storage_available: bool,
    pub(super) revision: StoredValue<u64>,
    /// The plan as last read or written (`None`: write it at the next save); an edit that ends
    /// where it started is no edit. Compared as a plan, not as text, so a save serializes once.
    pub(super) persisted: StoredValue<Option<Plan>>,
    pub(super) timer: StoredValue<Option<TimeoutHandle>>,
    pub(super) asked_persistence: StoredValue<bool>,
    pub(super) owner: StoredValue<Owner>,
}

/// Reads the workspace provided by the app root.
pub fn use_workspace() -> Workspace {
    expect_context::<Workspace>()
}

/// A random id for a new plan (not a record id: those come from the plan itself).
fn new_plan_id() -> String {
    let random = (js_sys::Math::random() * 2f64.powi(48)) as u64;
    format!("{:x}-{:x}", js_sys::Date::now() as u64, random)
}

impl Workspace {
    /// Opens storage, reads the plan list and the current plan, and installs autosave and the
    /// cross-tab listener. Never fails: every fault becomes a banner and the app starts anyway.
    pub fn start(locale: Locale) -> Workspace {
        let available = storage::is_available();
        let mut banners = Vec::new();
        let mut index = PlanIndex::default();
        let mut opened: Option<(Plan, u64)> = None;

        if available {
            index = storage::load_index().unwrap_or_default();
            let mut candidates: Vec<String> = index.current.iter().cloned().collect();
            candidates.extend(index.plans.iter().map(|e| e.id.clone()));
            let mut missing = Vec::new();
            for id in candidates {
                if banners
                    .iter()
                    .any(|b| matches!(b, Banner::Unreadable(u) if u.id == id))
                {
                    continue;
                }
                match storage::read_plan(&id) {
                    Slot::Found { plan, revision } => {
                        opened = Some((*plan, revision));
                        break;
                    }
                    Slot::Unreadable(mut unreadable) => {
                        unreadable.name =
                            index.entry(&id).map(|e| e.name.clone()).unwrap_or_default();
                        banners.push(Banner::Unreadable(unreadable));
                    }
                    Slot::Missing => missing.push(id),
                    // (the app starts only once the reader is here when plans are stored)
                    Slot::Waiting => {}
                }
            }
            // A listed plan with no stored text holds nothing to lose: drop it from the list.
            index.plans.retain(|e| !missing.contains(&e.id));
        } else {
            banners.push(Banner::StorageBlocked);
        }

        let (plan, revision) = opened.unwrap_or_else(|| (Workspace::blank_plan(locale), 0));
        index.current = Some(plan.id.clone());
        let persisted = Some(plan.clone());
        let ws = Workspace {
            store: RwSignal::new(Store::new(plan)),
            index: RwSignal::new(index),
            status: RwSignal::new(if available {
                SaveStatus::Saved
            } else {
                SaveStatus::MemoryOnly
            }),
            banners: RwSignal::new(banners),
            toast: RwSignal::new(None),
            storage_available: available,
            revision: StoredValue::new(revision),
            persisted: StoredValue::new(persisted),
            timer: StoredValue::new(None),
            asked_persistence: StoredValue::new(false),
            owner: StoredValue::new(Owner::current().unwrap_or_default()),
        };
        ws.install_autosave();
        ws.install_flush_on_hide();
        ws.install_tab_sync();
        ws.install_leave_guard();
        ws
    }

    /// A new, unsaved plan named for the current language.
    pub fn blank_plan(locale: Locale) -> Plan {
        Plan::new(
            new_plan_id(),
            t(locale, Key::App(AppText::DefaultPlanName)),
            "",
            now(),
        )
    }

    /// The open plan's id.
    pub fn current_id(self) -> String {
        self.store
            .with_untracked(|s| s.with_untracked(|p| p.id.clone()))
    }

    /// A copy of the open plan as it is now.
    pub fn snapshot(self) -> Plan {
        self.store.get_untracked().get_untracked()
    }

    /// Shows `plan` as the open plan, replacing the store as a whole.
    pub(super) fn open(self, plan: Plan, revision: u64) {
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        self.timer.set_value(None);
        self.revision.set_value(revision);
        self.persisted.set_value(Some(plan.clone()));
        let id = plan.id.clone();
        let store = self
            .owner
            .with_value(|owner| owner.with(|| Store::new(plan)));
        self.store.set(store);
        self.index.update(|index| index.current = Some(id));
        if self.storage_available {
            self.status.set(SaveStatus::Saved);
            let _ = self.index.with_untracked(storage::save_index);
        }
        self.banners
            .update(|b| b.retain(|b| !matches!(b, Banner::Conflict)));
    }

    /// Stores a plan that is not open yet, then opens it.
    fn adopt(self, plan: Plan) {
        self.save_now();
        let at = now();
        if self.storage_available {
            match storage::save_plan(&plan, 0, at) {
                Ok(revision) => {
                    self.index.update(|index| index.upsert(&plan, at));
                    self.open(plan, revision);
                }
                Err(err) => {
                    // Keep it open in memory so nothing is lost; the banner says why it is not stored.
                    self.open(plan, 0);
                    self.persisted.set_value(None);
                    self.fail(err);
                }
            }
        } else {
            self.open(plan, 0);
        }
    }

    /// Creates and opens a new blank plan.
    pub fn new_plan(self, name: String, organisation: String, locale: Locale) {
        let mut plan = Workspace::blank_plan(locale);
        if !name.trim().is_empty() {
            plan.name = name.trim().to_string();
        }
        plan.organisation = organisation.trim().to_string();
        self.adopt(plan);
    }

    /// Opens another stored plan; an unreadable one stays closed and shows its banner.
    pub fn switch_to(self, id: &str) {
        if id == self.current_id() {
            return;
        }
        if !reader::is_loaded() {
            let id = id.to_string();
            return self.after_reader(move || self.switch_to(&id));
        }
        self.save_now();
        match storage::read_plan(id) {
            Slot::Found { plan, revision } => self.open(*plan, revision),
            Slot::Unreadable(mut unreadable) => {
                unreadable.name = self
                    .index
                    .with_untracked(|i| i.entry(id).map(|e| e.name.clone()).unwrap_or_default());
                self.add_banner(Banner::Unreadable(unreadable));
            }
            Slot::Missing => self.index.update(|i| i.plans.retain(|e| e.id != id)),
            Slot::Waiting => {}
        }
    }

    /// Renames the open plan (and its organisation).
    pub fn rename(self, name: String, organisation: String) {
        let store = self.store.get_untracked();
        store.update(|p| {
            p.name = name.trim().to_string();
            p.organisation = organisation.trim().to_string();
        });
        self.save_now();
    }

    /// Opens a copy of the open plan under a new id.
    pub fn duplicate(self, locale: Locale) {
        let mut copy = self.snapshot();
        copy.id = new_plan_id();
        copy.name = crate::i18n::copy_name(locale, &copy.name);
        copy.created_at = now();
        self.adopt(copy);
    }

    /// Keeps the open plan's current text as a new plan (used to resolve a conflict).
    pub fn keep_as_copy(self, locale: Locale) {
        self.duplicate(locale);
    }

    /// Reloads the stored version of the open plan, dropping this tab's unsaved edits.
    pub fn reload_stored(self) {
        if !reader::is_loaded() {
            return self.after_reader(move || self.reload_stored());
        }
        let id = self.current_id();
        if let Slot::Found { plan, revision } = storage::read_plan(&id) {
            self.open(*plan, revision);
        }
    }

    /// Deletes the open plan (after the view asked) and opens another; undo restores it.
    pub fn delete_current(self, locale: Locale) {
        if !reader::is_loaded() {
            return self.after_reader(move || self.delete_current(locale));
        }
        let plan = self.snapshot();
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        if self.storage_available {
            let _ = storage::remove_plan(&plan.id);
        }
        self.index.update(|i| i.plans.retain(|e| e.id != plan.id));
        let next = self
            .index
            .with_untracked(|i| i.plans.first().map(|e| e.id.clone()));
        let opened = next.is_some_and(|id| match storage::read_plan(&id) {
            Slot::Found { plan, revision } => {
                self.open(*plan, revision);
                true
            }
            _ => false,
        });
        if !opened {
            self.open(Workspace::blank_plan(locale), 0);
        }
        self.toast.set(Some(Toast::PlanDeleted(Box::new(plan))));
    }

    /// Restores a plan deleted during this visit.
    pub fn undo_delete(self) {
        if let Some(Toast::PlanDeleted(plan)) = self.toast.get_untracked() {
            self.toast.set(None);
            self.adopt(*plan);
        }
    }

    /// Replaces the open plan's content with an imported plan (keeping the open plan's id).
    pub fn import_replace(self, mut plan: Plan) {
        plan.id = self.current_id();
        let name = plan.name.clone();
        self.open(plan, self.revision.get_value());
        // Opened as if stored; clear the marker so the replacement is written now.
        self.persisted.set_value(None);
        self.save_now();
        self.toast.set(Some(Toast::Imported(name)));
    }

    /// Adds an imported plan as a new plan and opens it.
    pub fn import_add(self, mut plan: Plan) {
        plan.id = new_plan_id();
        let name = plan.name.clone();
        self.adopt(plan);
        self.toast.set(Some(Toast::Imported(name)));
    }

    /// Adds a plan read from a share link as a new plan and opens it (nothing else changes).
    pub fn add_shared(self, mut plan: Plan) {
        plan.id = new_plan_id();
        let name = plan.name.clone();
        self.adopt(plan);
        self.toast.set(Some(Toast::SharedAdded(name)));
    }

    /// Offers the open plan as a `.playbook.json` download and records the export. False when
    /// the browser refused the download.
    pub fn export_file(self) -> bool {
        let plan = self.snapshot();
        let text = crate::io::envelope::export_json(&plan, now());
        let name = crate::io::envelope::export_file_name(&plan, crate::web::browser::today());
        let ok = crate::web::browser::download_text(&name, "application/json", &text);
        if ok {
            self.mark_exported();
        }
        ok
    }

    /// The open plan as the text of its file (what Copy puts on the clipboard where downloads
    /// fail; the import reads it back).
    pub fn export_text(self) -> String {
        crate::io::envelope::export_json(&self.snapshot(), now())
    }

    /// Runs `action` once the plan reader has arrived (`web::reader`); if it cannot be
    /// downloaded, a toast says so and nothing changes.
    pub(super) fn after_reader(self, action: impl FnOnce() + 'static) {
        leptos::task::spawn_local(async move {
            match reader::load().await {
                Ok(()) => action(),
                Err(_) => self.toast.set(Some(Toast::PieceFailed)),
            }
        });
    }

    /// Opens a worked example, in the interface language, as a new plan. The examples arrive as
    /// a piece of their own on first use; if it cannot be downloaded, a toast says so and nothing
    /// changes. `then` runs once the example is the open plan.
    pub fn open_example(self, example: Example, locale: Locale, then: Callback<()>) {
        let (id, at) = (new_plan_id(), now());
        let chinese = locale.uses_chinese_examples();
        leptos::task::spawn_local(async move {
            match build_example(example, chinese, id, at).await {
                Ok(plan) => {
                    let name = plan.name.clone();
                    self.adopt(plan);
                    self.toast.set(Some(Toast::ExampleOpened(name)));
                    then.run(());
                }
                Err(_) => self.toast.set(Some(Toast::PieceFailed)),
            }
        });
    }

    /// Records that the open plan was exported now (for backup reminders).
    pub fn mark_exported(self) {
        let id = self.current_id();
        let at = now();
        self.index.update(|index| {
            if let Some(entry) = index.plans.iter_mut().find(|e| e.id == id) {
                entry.exported_at = Some(at);
                entry.edits_since_export = 0;
                entry.backup_snoozed_at = None;
                entry.edits_at_snooze = 0;
            }
        });
        if self.storage_available {
            let _ = self.index.with_untracked(storage::save_index);
        }
    }

    /// Puts the backup reminder of the open plan off ("later"): it counts again from now.
    pub fn snooze_backup(self) {
        let id = self.current_id();
        let at = now();
        self.index.update(|index| {
            if let Some(entry) = index.plans.iter_mut().find(|e| e.id == id) {
                entry.backup_snoozed_at = Some(at);
                entry.edits_at_snooze = entry.edits_since_export;
            }
        });
        if self.storage_available {
            let _ = self.index.with_untracked(storage::save_index);
        }
    }
}

/// Hands out a fresh record id from the open plan, writing only the counter (so no other view
/// re-renders).
pub fn allocate_id(store: Store<Plan>) -> crate::model::Id {
    use crate::model::PlanStoreFields;
    let counter = store.next_id();
    let mut next = counter.write();
    let id = (*next).max(1);
    *next = id.saturating_add(1);
    id
}

/// The text of a stored plan that could not be opened, for its download.
pub fn unreadable_file_name(unreadable: &Unreadable) -> String {
    format!("social-playbook-unreadable-{}.json", unreadable.id)
}

/// Whether an import error means "from a newer version" (the banner words it differently).
pub fn is_newer_version(error: &ImportError) -> bool {
    matches!(error, ImportError::VersionTooNew { .. })
}
