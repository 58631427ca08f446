//! The only code that touches browser storage (`localStorage`).
//!
//! Layout, all keys namespaced and versioned:
//! - `social-playbook/v1/index`: the list of plans (id, name, organisation, times) and the current one;
//! - `social-playbook/v1/plan/<id>`: one plan in the file envelope plus a `revision`;
//! - `social-playbook/v1/locale`, `social-playbook/v1/ui`: small preferences;
//! - `social-playbook/v1/workshop/<session id>`: a workshop the facilitator set up, with its
//!   collected hand-ins, and `social-playbook/v1/workshop-current`: the one open on this device.
//!
//! Rules: storage is probed before use (blocked storage returns `Blocked`, never panics); a stored
//! plan that does not read, or comes from a newer version, is never overwritten; a write checks the
//! stored revision first so one tab never overwrites newer work of another; a full storage is a
//! distinct error so the UI can offer a backup.

use std::cell::RefCell;
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use js_sys::JsString;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::Locale;
use crate::io::envelope::{stored_head, StoredHead};
use crate::io::import::{ImportError, ImportPreview};
use crate::io::small_json::{self, Json};
use crate::io::stored_writer::StoredWriter;
use crate::io::workshop_store;
use crate::model::workshop::WorkshopRecord;
use crate::model::Plan;
use crate::web::reader;

const PREFIX: &str = "social-playbook/v1/";
/// Key of the plan list.
pub const INDEX_KEY: &str = "social-playbook/v1/index";
/// Key for the chosen interface language.
pub const LOCALE_KEY: &str = "social-playbook/v1/locale";
/// Key for small interface preferences (coach panel, large text).
pub const UI_KEY: &str = "social-playbook/v1/ui";
const PLAN_PREFIX: &str = "social-playbook/v1/plan/";
const PROBE_KEY: &str = "social-playbook/v1/probe";
const WORKSHOP_PREFIX: &str = "social-playbook/v1/workshop/";
/// Key naming the workshop open on the facilitator's device.
pub const CURRENT_WORKSHOP_KEY: &str = "social-playbook/v1/workshop-current";

/// The storage key of one plan.
pub fn plan_key(id: &str) -> String {
    format!("{PLAN_PREFIX}{id}")
}

/// The plan id a storage key belongs to, if it is a plan key.
pub fn plan_id_of_key(key: &str) -> Option<&str> {
    key.strip_prefix(PLAN_PREFIX)
}

/// True when `key` is one of ours (for the cross-tab `storage` event).
pub fn is_our_key(key: &str) -> bool {
    key.starts_with(PREFIX)
}

/// Browser local storage, or `None` when it is blocked or missing.
fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether this browser lets us keep anything.
pub fn is_available() -> bool {
    let Some(storage) = local() else { return false };
    // Some browsers expose storage but throw on every write (Safari private mode in the past).
    let ok = storage.set_item(PROBE_KEY, "1").is_ok();
    let _ = storage.remove_item(PROBE_KEY);
    ok
}

/// One line of the plan list.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct IndexEntry {
    pub id: String,
    pub name: String,
    pub organisation: String,
    pub updated_at: Option<DateTime<Utc>>,
    /// When this plan was last exported to a file (for backup reminders).
    pub exported_at: Option<DateTime<Utc>>,
    /// Meaningful edits since the last export.
    pub edits_since_export: u32,
    /// When the backup reminder was last put off with "later" (cleared by an export).
    pub backup_snoozed_at: Option<DateTime<Utc>>,
    /// `edits_since_export` at that moment.
    pub edits_at_snooze: u32,
}

/// The plan list and which plan is open.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanIndex {
    pub plans: Vec<IndexEntry>,
    pub current: Option<String>,
}

/// A member of a stored object as its field's type wants it: `Some(default)` when absent,
/// `None` when it has another type (the whole text then does not read, as with serde).
fn member<T: Default>(object: &Json, key: &str, read: impl Fn(&Json) -> Option<T>) -> Option<T> {
    object.get(key).map_or(Some(T::default()), read)
}

/// An optional member: absent or `null` is `None`.
fn optional<T>(value: &Json, read: impl Fn(&Json) -> Option<T>) -> Option<Option<T>> {
    match value {
        Json::Null => Some(None),
        other => read(other).map(Some),
    }
}

fn string_of(value: &Json) -> Option<String> {
    value.as_text().map(str::to_string)
}

fn time(value: &Json) -> Option<Option<DateTime<Utc>>> {
    optional(value, |v| v.as_text()?.parse::<DateTime<Utc>>().ok())
}

impl IndexEntry {
    fn from_json(value: &Json) -> Option<IndexEntry> {
        if !matches!(value, Json::Object(_)) {
            return None;
        }
        Some(IndexEntry {
            id: member(value, "id", string_of)?,
            name: member(value, "name", string_of)?,
            organisation: member(value, "organisation", string_of)?,
            updated_at: member(value, "updated_at", time)?,
            exported_at: member(value, "exported_at", time)?,
            edits_since_export: member(value, "edits_since_export", Json::as_u32)?,
            backup_snoozed_at: member(value, "backup_snoozed_at", time)?,
            edits_at_snooze: member(value, "edits_at_snooze", Json::as_u32)?,
        })
    }
}

impl PlanIndex {
    /// Reads the stored plan list as serde would (fields default when absent; a field of another
    /// type makes the text unreadable; a repeated one counts once), with the small reader of the
    /// first download.
    pub fn from_json(text: &str) -> Option<PlanIndex> {
        let value = small_json::parse(text)?;
        if !matches!(value, Json::Object(_)) {
            return None;
        }
        let plans = member(&value, "plans", |plans| {
            plans.as_list()?.iter().map(IndexEntry::from_json).collect()
        })?;
        let current = member(&value, "current", |v| optional(v, string_of))?;
        Some(PlanIndex { plans, current })
    }
}

impl PlanIndex {
    /// The entry of plan `id`, if listed.
    pub fn entry(&self, id: &str) -> Option<&IndexEntry> {
        self.plans.iter().find(|e| e.id == id)
    }

    /// Adds or updates the entry for `plan`, keeping its export bookkeeping.
    pub fn upsert(&mut self, plan: &Plan, now: DateTime<Utc>) {
        match self.plans.iter_mut().find(|e| e.id == plan.id) {
            Some(entry) => {
                entry.name = plan.name.clone();
                entry.organisation = plan.organisation.clone();
                entry.updated_at = Some(now);
            }
            None => self.plans.push(IndexEntry {
                id: plan.id.clone(),
                name: plan.name.clone(),
                organisation: plan.organisation.clone(),
                updated_at: Some(now),
                ..IndexEntry::default()
            }),
        }
    }
}

/// A stored plan that could not be opened; its text is kept as it was.
#[derive(Clone, Debug, PartialEq)]
pub struct Unreadable {
    pub id: String,
    pub name: String,
    pub raw: String,
    pub error: ImportError,
}

/// What `read_plan` found in a slot.
pub enum Slot {
    Missing,
    /// The plan reader has not arrived yet (`web::reader`); the slot is untouched.
    Waiting,
    Found {
        plan: Box<Plan>,
        revision: u64,
    },
    Unreadable(Unreadable),
}

/// Why a write did not happen.
#[derive(Clone, Debug, PartialEq)]
pub enum PersistError {
    /// Storage is blocked: nothing can be kept in this browser.
    Blocked,
    /// Storage is full; the last stored copy is untouched.
    Quota,
    /// Another tab saved a newer revision of this plan.
    Conflict { stored: u64 },
    /// The stored copy does not read (or is from a newer version) and must not be overwritten.
    Protected,
    /// Any other failure, with the browser's words.
    Other(String),
}

/// True for every spelling of "storage is full" that browsers use.
fn is_quota_error(err: &wasm_bindgen::JsValue) -> bool {
    let Some(exception) = err.dyn_ref::<web_sys::DomException>() else {
        return false;
    };
    matches!(
        exception.name().as_str(),
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED"
    ) || matches!(exception.code(), 22 | 1014)
}

fn write(storage: &web_sys::Storage, key: &str, value: &str) -> Result<(), PersistError> {
    storage.set_item(key, value).map_err(write_error)
}

/// What a refused `setItem` means for the user.
fn write_error(err: JsValue) -> PersistError {
    if is_quota_error(&err) {
        PersistError::Quota
    } else {
        PersistError::Other(
            err.dyn_ref::<web_sys::DomException>()
                .map(|e| e.message())
                .unwrap_or_else(|| format!("{err:?}")),
        )
    }
}

fn read_raw(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

/// True when this browser holds at least one stored plan (then the app needs the plan reader
/// before it opens).
pub fn has_plans() -> bool {
    let Some(storage) = local() else {
        return false;
    };
    let len = storage.length().unwrap_or(0);
    (0..len).any(|i| {
        storage
            .key(i)
            .ok()
            .flatten()
            .is_some_and(|key| plan_id_of_key(&key).is_some())
    })
}

/// Reads the plan list. A list that does not read is rebuilt from the plan slots themselves
/// (it holds nothing that the slots do not).
pub fn load_index() -> Option<PlanIndex> {
    let storage = local()?;
    if let Some(raw) = read_raw(INDEX_KEY) {
        if let Some(index) = PlanIndex::from_json(&raw) {
            return Some(index);
        }
    }
    let mut index = PlanIndex::default();
    let len = storage.length().unwrap_or(0);
    for i in 0..len {
        let Some(key) = storage.key(i).ok().flatten() else {
            continue;
        };
        let Some(id) = plan_id_of_key(&key) else {
            continue;
        };
        let entry = match read_plan(id) {
            Slot::Found { plan, .. } => IndexEntry {
                id: id.to_string(),
                name: plan.name.clone(),
                organisation: plan.organisation.clone(),
                updated_at: Some(plan.updated_at),
                ..IndexEntry::default()
            },
            _ => IndexEntry {
                id: id.to_string(),
                ..IndexEntry::default()
            },
        };
        index.plans.push(entry);
    }
    index.current = index.plans.first().map(|e| e.id.clone());
    Some(index)
}

/// Writes the plan list.
pub fn save_index(index: &PlanIndex) -> Result<(), PersistError> {
    let storage = local().ok_or(PersistError::Blocked)?;
    let text = serde_json::to_string(index).map_err(|e| PersistError::Other(e.to_string()))?;
    write(&storage, INDEX_KEY, &text)
}

/// Reads one plan slot through the same checks as a file import.
pub fn read_plan(id: &str) -> Slot {
    let Some(raw) = read_raw(&plan_key(id)) else {
        return Slot::Missing;
    };
    decode_slot(id, raw)
}

/// Decodes stored text (also used for the text another tab just wrote).
pub fn decode_slot(id: &str, raw: String) -> Slot {
    match reader::read_text(&raw) {
        None => Slot::Waiting,
        Some(Ok(ImportPreview { plan, revision, .. })) => Slot::Found {
            plan: Box::new(plan),
            revision: revision.unwrap_or(0),
        },
        Some(Err(error)) => Slot::Unreadable(Unreadable {
            id: id.to_string(),
            name: String::new(),
            raw,
            error,
        }),
    }
}

/// Saves `plan` as revision `expected + 1`, after checking that the stored copy is still at
/// `expected` (or absent) and readable. Returns the new revision.
pub fn save_plan(plan: &Plan, expected: u64, now: DateTime<Utc>) -> Result<u64, PersistError> {
    let storage = local().ok_or(PersistError::Blocked)?;
    let key = plan_key(&plan.id);
    if let Some(head) = stored_copy_head(&storage, &key) {
        let newer = head
            .version
            .is_some_and(|v| v > u64::from(crate::model::SCHEMA_VERSION));
        match head.revision {
            Some(stored) if stored != expected => return Err(PersistError::Conflict { stored }),
            Some(_) if !newer => {}
            _ => return Err(PersistError::Protected),
        }
    }
    let revision = expected + 1;
    let text = stored_text(plan, revision, now);
    storage
        .unchecked_ref::<TextStorage>()
        .set_item_text(&key, &text)
        .map_err(write_error)?;
    Ok(revision)
}

thread_local! {
    /// Keeps each section's text of the plans written, so the next write serialises only what
    /// changed.
    static WRITER: RefCell<StoredWriter> = RefCell::new(StoredWriter::default());
    /// The browser's own copy of each kept piece of that text, by serial, so that only changed
    /// pieces cross over (turning hundreds of KB of UTF-8 into a browser string costs more than
    /// the write itself).
    static PIECES: RefCell<HashMap<u64, JsString>> = RefCell::new(HashMap::new());
}

/// The stored copy of `plan` as a browser string, joined from pieces kept since the last write.
fn stored_text(plan: &Plan, revision: u64, now: DateTime<Utc>) -> JsString {
    WRITER.with_borrow_mut(|writer| writer.refresh(plan));
    WRITER.with_borrow(|writer| {
        let segments = writer.segments(plan, revision, now);
        PIECES.with_borrow_mut(|pieces| {
            let parts = js_sys::Array::new_with_length(segments.len() as u32);
            let mut kept = HashMap::with_capacity(pieces.len());
            for (index, segment) in segments.iter().enumerate() {
                let piece = match segment.serial {
                    Some(serial) => {
                        let piece = kept
                            .get(&serial)
                            .cloned()
                            .or_else(|| pieces.remove(&serial))
                            .unwrap_or_else(|| JsString::from(segment.text.as_ref()));
                        kept.insert(serial, piece.clone());
                        piece
                    }
                    None => JsString::from(segment.text.as_ref()),
                };
                parts.set(index as u32, piece.into());
            }
            *pieces = kept;
            parts.join("")
        })
    })
}

/// How much of a stored copy is brought over from the browser to read its head: `version` and
/// `revision` come within the first 120 characters of what this app writes.
const HEAD_CHARS: u32 = 512;

#[wasm_bindgen]
extern "C" {
    /// `Storage` seen through the one method below.
    #[wasm_bindgen(js_name = Storage)]
    type TextStorage;

    /// `Storage.getItem`, with the text left on the browser's side: a stored plan is hundreds of
    /// KB, and before it is overwritten only its first fields are read.
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item_text(this: &TextStorage, key: &str) -> Result<Option<JsString>, JsValue>;

    /// `Storage.setItem` with a browser string.
    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_item_text(this: &TextStorage, key: &str, value: &JsString) -> Result<(), JsValue>;
}

/// What the stored copy at `key` says about itself (default when it does not read), or `None`
/// when there is none. Only the text's start is copied over, unless the head is not there (a
/// copy written in another field order): then the whole text is read.
fn stored_copy_head(storage: &web_sys::Storage, key: &str) -> Option<StoredHead> {
    let text = storage
        .unchecked_ref::<TextStorage>()
        .get_item_text(key)
        .ok()
        .flatten()?;
    let start = String::from(text.slice(0, HEAD_CHARS));
    let head = stored_head(&start)
        .filter(|head| head.revision.is_some() || text.length() <= HEAD_CHARS)
        .or_else(|| stored_head(&String::from(text)));
    Some(head.unwrap_or_default())
}

/// Removes a plan slot (the caller keeps the plan in memory for undo).
pub fn remove_plan(id: &str) -> Result<(), PersistError> {
    let storage = local().ok_or(PersistError::Blocked)?;
    storage
        .remove_item(&plan_key(id))
        .map_err(|e| PersistError::Other(format!("{e:?}")))
}

/// The language the visitor chose earlier, if any was stored.
pub fn load_locale() -> Option<Locale> {
    Locale::from_tag(&read_raw(LOCALE_KEY)?)
}

/// Remembers the chosen language. Failing to store it is harmless: the choice stays for this visit.
pub fn save_locale(locale: Locale) {
    if let Some(storage) = local() {
        let _ = storage.set_item(LOCALE_KEY, locale.tag());
    }
}

/// Small interface preferences that outlive a visit.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct UiPrefs {
    pub coach_collapsed: bool,
    pub large_text: bool,
    /// The build id of the version that ran last (to tell the user once when it changed).
    pub last_build: String,
    /// The tip about in-app browsers (WeChat and the like) was read and closed.
    pub in_app_tip_closed: bool,
}

impl UiPrefs {
    /// Reads stored preferences as serde would (fields default when absent; a field of another
    /// type makes the text unreadable; a repeated one counts once), with the small reader of the
    /// first download.
    pub fn from_json(text: &str) -> Option<UiPrefs> {
        let value = small_json::parse(text)?;
        if !matches!(value, Json::Object(_)) {
            return None;
        }
        Some(UiPrefs {
            coach_collapsed: member(&value, "coach_collapsed", Json::as_bool)?,
            large_text: member(&value, "large_text", Json::as_bool)?,
            last_build: member(&value, "last_build", string_of)?,
            in_app_tip_closed: member(&value, "in_app_tip_closed", Json::as_bool)?,
        })
    }
}

/// Reads the interface preferences (defaults when absent or unreadable).
pub fn load_ui_prefs() -> UiPrefs {
    read_raw(UI_KEY)
        .and_then(|raw| UiPrefs::from_json(&raw))
        .unwrap_or_default()
}

/// Stores the interface preferences; harmless when it fails.
pub fn save_ui_prefs(prefs: &UiPrefs) {
    if let (Some(storage), Ok(text)) = (local(), serde_json::to_string(prefs)) {
        let _ = storage.set_item(UI_KEY, &text);
    }
}

/// Asks the browser not to evict our data under storage pressure (best effort, once).
pub fn request_persistence() {
    if let Some(window) = web_sys::window() {
        let storage = window.navigator().storage();
        if let Ok(promise) = storage.persist() {
            wasm_bindgen_futures::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            });
        }
    }
}

/// The workshop open on this device (the facilitator's), if one was set up and still reads.
/// A stored record that does not read is left where it is, never overwritten by a new session.
pub fn load_current_workshop() -> Option<WorkshopRecord> {
    let id = read_raw(CURRENT_WORKSHOP_KEY)?;
    serde_json::from_str(&read_raw(&format!("{WORKSHOP_PREFIX}{id}"))?).ok()
}

/// Stores `record` under its session id and makes it the open workshop.
pub fn save_workshop(record: &WorkshopRecord) -> Result<(), PersistError> {
    let storage = local().ok_or(PersistError::Blocked)?;
    // A collection longer than any browser stores is refused as full without being handed over:
    // copying tens of megabytes out of wasm only to have them refused took a quarter second.
    let text = workshop_store::stored_text(record)
        .map_err(|e| PersistError::Other(e.to_string()))?
        .ok_or(PersistError::Quota)?;
    write(
        &storage,
        &format!("{WORKSHOP_PREFIX}{}", record.session.id),
        &text,
    )?;
    write(&storage, CURRENT_WORKSHOP_KEY, &record.session.id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_lists_and_preferences_read_as_serde_reads_them() {
        let lists = [
            r#"{}"#,
            r#"{"plans": [], "current": null}"#,
            r#"{"plans": [{"id": "p1"}], "current": "p1", "later_field": [1, {"x": 2}]}"#,
            r#"{"plans": [{"id": "p1", "updated_at": "2026-11-26T09:30:00Z", "edits_since_export": 3}]}"#,
            r#"{"plans": [{"id": "p1", "updated_at": "2026-11-26T09:30:00.123+08:00"}]}"#,
            r#"{"plans": [{"id": "p1", "updated_at": null, "backup_snoozed_at": null}]}"#,
            r#"{"plans": [{"id": 1}]}"#,
            r#"{"plans": [{"id": null}]}"#,
            r#"{"plans": [{"id": "p1", "updated_at": "yesterday"}]}"#,
            r#"{"plans": [{"id": "p1", "edits_since_export": -1}]}"#,
            r#"{"plans": [{"id": "p1", "edits_since_export": 1.5}]}"#,
            r#"{"plans": [{"id": "p1", "edits_since_export": 4294967296}]}"#,
            r#"{"plans": null}"#,
            r#"{"plans": {}}"#,
            r#"{"current": 3}"#,
            r#"null"#,
            r#"{"plans": [{"id": "p1"}"#,
            "",
        ];
        for text in lists {
            let theirs = serde_json::from_str::<PlanIndex>(text).ok();
            assert_eq!(PlanIndex::from_json(text), theirs, "{text}");
        }
        // Where the two differ, on forms this app never writes: serde takes a list of the fields
        // where an object belongs, which does not read here; a repeated field does not read with
        // serde, and here the first one counts.
        assert_eq!(PlanIndex::from_json(r#"{"plans": [["p1"]]}"#), None);
        assert_eq!(PlanIndex::from_json("[]"), None);
        assert!(serde_json::from_str::<PlanIndex>("[]").is_ok());
        assert!(serde_json::from_str::<PlanIndex>(r#"{"current": "a", "current": "b"}"#).is_err());
        assert_eq!(
            PlanIndex::from_json(r#"{"current": "a", "current": "b"}"#).and_then(|i| i.current),
            Some("a".to_string())
        );
        let prefs = [
            r#"{}"#,
            r#"{"large_text": true, "last_build": "abc", "unknown": {"a": [1]}}"#,
            r#"{"coach_collapsed": true, "in_app_tip_closed": true}"#,
            r#"{"large_text": "yes"}"#,
            r#"{"large_text": null}"#,
            r#"{"last_build": 5}"#,
            r#"true"#,
            r#"{"large_text": tru}"#,
        ];
        for text in prefs {
            let theirs = serde_json::from_str::<UiPrefs>(text).ok();
            assert_eq!(UiPrefs::from_json(text), theirs, "{text}");
        }
    }

    /// Property tests (native only: proptest is not built for wasm); `make fuzz` runs more.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use chrono::TimeZone;
        use proptest::prelude::*;

        use super::*;

        fn time() -> impl Strategy<Value = Option<DateTime<Utc>>> {
            // Whole seconds and sub-second times, from 1970 to 2200.
            prop::option::of((0i64..7_258_118_400, 0u32..1_000_000_000))
                .prop_map(|t| t.map(|(seconds, nanos)| Utc.timestamp_opt(seconds, nanos).unwrap()))
        }

        fn entry() -> impl Strategy<Value = IndexEntry> {
            (
                (any::<String>(), any::<String>(), any::<String>()),
                (time(), time(), time()),
                (any::<u32>(), any::<u32>()),
            )
                .prop_map(
                    |(
                        (id, name, organisation),
                        (updated, exported, snoozed),
                        (edits, at_snooze),
                    )| {
                        IndexEntry {
                            id,
                            name,
                            organisation,
                            updated_at: updated,
                            exported_at: exported,
                            edits_since_export: edits,
                            backup_snoozed_at: snoozed,
                            edits_at_snooze: at_snooze,
                        }
                    },
                )
        }

        proptest! {
            #![proptest_config(crate::fixed_cases::config())]

            /// Every plan list this app writes reads back whole.
            #[test]
            fn every_plan_list_written_reads_back(
                plans in prop::collection::vec(entry(), 0..4),
                current in prop::option::of(any::<String>()),
            ) {
                let index = PlanIndex { plans, current };
                let text = serde_json::to_string(&index).unwrap();
                prop_assert_eq!(PlanIndex::from_json(&text), Some(index));
            }

            /// Every set of preferences this app writes reads back whole.
            #[test]
            fn every_preference_written_reads_back(
                coach_collapsed in any::<bool>(),
                large_text in any::<bool>(),
                last_build in any::<String>(),
                in_app_tip_closed in any::<bool>(),
            ) {
                let prefs = UiPrefs { coach_collapsed, large_text, last_build, in_app_tip_closed };
                let text = serde_json::to_string(&prefs).unwrap();
                prop_assert_eq!(UiPrefs::from_json(&text), Some(prefs));
            }
        }
    }
}
