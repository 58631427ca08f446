//! The open plan and the plan list, with everything that keeps them safe: autosave (debounced,
//! flushed when the page hides), the two-tab check, storage faults turned into banners, and the
//! plan-level actions (new, switch, rename, duplicate, delete with undo, import).
//!
//! Views call the methods here; only `storage.rs` below touches browser storage.

use std::time::Duration;

use leptos::prelude::*;
use reactive_stores::Store;

use crate::i18n::{t, Key, Locale};
use crate::io::import::ImportError;
use crate::model::Plan;
use crate::storage::{self, PersistError, PlanIndex, Slot, Unreadable};

/// How long after the last edit the plan is written.
pub const AUTOSAVE_DELAY: Duration = Duration::from_millis(300);

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
    revision: StoredValue<u64>,
    /// The plan as last read or written, serialized: an edit that ends where it started is no edit.
    persisted: StoredValue<String>,
    timer: StoredValue<Option<TimeoutHandle>>,
    asked_persistence: StoredValue<bool>,
    owner: StoredValue<Owner>,
}

/// Reads the workspace provided by the app root.
pub fn use_workspace() -> Workspace {
    expect_context::<Workspace>()
}

use crate::browser::now;

/// A random id for a new plan (not a record id: those come from the plan itself).
fn new_plan_id() -> String {
    let random = (js_sys::Math::random() * 2f64.powi(48)) as u64;
    format!("{:x}-{:x}", js_sys::Date::now() as u64, random)
}

fn serialize(plan: &Plan) -> String {
    serde_json::to_string(plan).unwrap_or_default()
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
                }
            }
            // A listed plan with no stored text holds nothing to lose: drop it from the list.
            index.plans.retain(|e| !missing.contains(&e.id));
        } else {
            banners.push(Banner::StorageBlocked);
        }

        let (plan, revision) = opened.unwrap_or_else(|| (Workspace::blank_plan(locale), 0));
        index.current = Some(plan.id.clone());
        let persisted = serialize(&plan);
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
        Plan::new(new_plan_id(), t(locale, Key::DefaultPlanName), "", now())
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

    fn install_autosave(self) {
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
        crate::browser::measured("social-playbook:autosave", || self.write_if_changed());
    }

    fn write_if_changed(self) {
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        self.timer.set_value(None);
        let plan = self.snapshot();
        let text = serialize(&plan);
        if self.persisted.with_value(|p| *p == text) {
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
                self.persisted.set_value(text);
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
            }
            Err(err) => self.fail(err),
        }
    }

    fn fail(self, err: PersistError) {
        self.status.set(SaveStatus::NotSaved);
        let banner = match err {
            PersistError::Blocked => Banner::StorageBlocked,
            PersistError::Quota => Banner::StorageFull,
            PersistError::Conflict { .. } | PersistError::Protected => Banner::Conflict,
            PersistError::Other(message) => Banner::WriteFailed(message),
        };
        self.add_banner(banner);
    }

    fn add_banner(self, banner: Banner) {
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

    fn install_flush_on_hide(self) {
        let on_hide = window_event_listener(leptos::ev::pagehide, move |_| self.save_now());
        let on_visibility =
            leptos::prelude::window_event_listener_untyped("visibilitychange", move |_| {
                if document().visibility_state() == web_sys::VisibilityState::Hidden {
                    self.save_now();
                }
            });
        on_cleanup(move || {
            on_hide.remove();
            on_visibility.remove();
        });
    }

    fn install_tab_sync(self) {
        let handle = window_event_listener(leptos::ev::storage, move |event| {
            let Some(key) = event.key() else { return };
            if key == storage::INDEX_KEY {
                if let Some(mut fresh) = storage::load_index() {
                    fresh.current = Some(self.current_id());
                    self.index.set(fresh);
                }
                return;
            }
            if storage::plan_id_of_key(&key) != Some(self.current_id().as_str()) {
                return;
            }
            let Some(raw) = event.new_value() else { return };
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
                Slot::Missing => {}
            }
        });
        on_cleanup(move || handle.remove());
    }

    /// Shows `plan` as the open plan, replacing the store as a whole.
    fn open(self, plan: Plan, revision: u64) {
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        self.timer.set_value(None);
        self.revision.set_value(revision);
        self.persisted.set_value(serialize(&plan));
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
                    self.persisted.set_value(String::new());
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
        let id = self.current_id();
        if let Slot::Found { plan, revision } = storage::read_plan(&id) {
            self.open(*plan, revision);
        }
    }

    /// Deletes the open plan (after the view asked) and opens another; undo restores it.
    pub fn delete_current(self, locale: Locale) {
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
        self.persisted.set_value(String::new());
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
        let name = crate::io::envelope::export_file_name(&plan, crate::browser::today());
        let ok = crate::browser::download_text(&name, "application/json", &text);
        if ok {
            self.mark_exported();
        }
        ok
    }

    /// Opens a worked example, in the interface language, as a new plan.
    pub fn open_example(self, example: crate::model::examples::Example, locale: Locale) {
        let plan = crate::model::examples::example_plan(
            example,
            locale == Locale::ZhCn,
            &new_plan_id(),
            now(),
        );
        let name = plan.name.clone();
        self.adopt(plan);
        self.toast.set(Some(Toast::ExampleOpened(name)));
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
                .with_value(|p| *p != serialize(&self.snapshot()))
    }

    /// Asks before the page is left while [`Self::has_unstored_edits`] holds.
    fn install_leave_guard(self) {
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
