//! The workshop bundle: one file holding a whole workshop (the session as set up and every
//! hand-in collected, with its status and plan), so a facilitator can move the debrief to another
//! computer or keep it after the day, and read it back whole.
//!
//! The file is JSON in its own envelope:
//! `{ "format": "social-playbook-workshop", "version": 1, "plan_version": N, "exported_at": …,
//! "app_version": …, "workshop": { "session": …, "collection": … } }`. `version` is the bundle's
//! own layout; `plan_version` is the plan schema its collected plans were written in (they are
//! migrated like any imported plan when an older one is read).
//!
//! Reading never changes anything: it returns the record or says exactly why not (empty, broken
//! at a line and column, a plan file rather than a bundle, another file, a newer version, a
//! wrong value at a path, a collection that does not belong to its session). Replacing the stored
//! workshop with what was read is the caller's choice after that.
//!
//! Must not import leptos, web-sys, gloo or wasm-bindgen.

use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;
use serde_json::Value;

use super::envelope::{safe_stem, APP_VERSION, FORMAT as PLAN_FORMAT};
use super::migrate;
use super::strict::{self, ReadError};
use crate::i18n::workshop_room::RoomText as R;
use crate::i18n::{tf, Locale};
use crate::model::workshop::WorkshopRecord;
use crate::model::SCHEMA_VERSION;

/// The bundle's format tag.
pub const BUNDLE_FORMAT: &str = "social-playbook-workshop";

/// The bundle layout this version writes and the newest it reads.
pub const BUNDLE_VERSION: u32 = 1;

/// How bundle file names end.
pub const BUNDLE_SUFFIX: &str = ".workshop.json";

/// The largest bundle read: 300 rows of plans could in theory reach far beyond this, but a real
/// room's bundle is a few MB; the bound keeps a wrong file from stalling the page.
pub const MAX_BUNDLE_BYTES: usize = 200 * 1024 * 1024;

/// Why a bundle was not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BundleError {
    /// Nothing in it.
    Empty,
    /// Binary data or another encoding than UTF-8.
    NotText,
    /// Over [`MAX_BUNDLE_BYTES`].
    TooLarge { bytes: usize, limit: usize },
    /// Cut short or broken at this line and column (from 1).
    Broken { line: usize, column: usize },
    /// A single plan's file: it belongs in the collection, not here.
    PlanFile,
    /// JSON, but not a workshop bundle.
    NotABundle,
    /// `version` is missing or not a whole number above 0.
    BadVersion,
    /// Written by a newer version of the app (bundle layout or plan schema).
    TooNew { found: u64, supported: u32 },
    /// A value of the wrong type or form at this path.
    WrongValue { path: String },
    /// The collection belongs to another session than the bundle's, or its rows repeat a number.
    Inconsistent,
}

impl BundleError {
    /// What to tell the facilitator, in `locale`.
    pub fn message(&self, locale: Locale) -> String {
        match self {
            BundleError::Empty => tf(locale, R::BundleEmpty, &[]),
            BundleError::NotText => tf(locale, R::BundleNotText, &[]),
            BundleError::TooLarge { limit, .. } => tf(
                locale,
                R::BundleTooLarge,
                &[("mb", &(limit / (1024 * 1024)))],
            ),
            BundleError::Broken { line, column } => tf(
                locale,
                R::BundleBroken,
                &[("line", line), ("column", column)],
            ),
            BundleError::PlanFile => tf(locale, R::BundlePlanFile, &[]),
            BundleError::NotABundle => tf(locale, R::BundleNotABundle, &[]),
            BundleError::BadVersion => tf(locale, R::BundleBadVersion, &[]),
            BundleError::TooNew { found, supported } => tf(
                locale,
                R::BundleTooNew,
                &[("found", found), ("supported", supported)],
            ),
            BundleError::WrongValue { path } => tf(locale, R::BundleWrongValue, &[("path", path)]),
            BundleError::Inconsistent => tf(locale, R::BundleInconsistent, &[]),
        }
    }
}

#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    version: u32,
    plan_version: u32,
    exported_at: String,
    app_version: &'static str,
    workshop: &'a WorkshopRecord,
}

/// The whole workshop as the text of one bundle file (pretty JSON).
pub fn export_bundle(record: &WorkshopRecord, now: DateTime<Utc>) -> String {
    let envelope = Envelope {
        format: BUNDLE_FORMAT,
        version: BUNDLE_VERSION,
        plan_version: SCHEMA_VERSION,
        exported_at: now.to_rfc3339_opts(SecondsFormat::Secs, true),
        app_version: APP_VERSION,
        workshop: record,
    };
    // Only string keys and plain values: serializing cannot fail.
    super::pretty::indent_json(
        &serde_json::to_string(&envelope).expect("a workshop record always serializes"),
    )
}

/// The bundle's file name: `<session>-<date>.workshop.json` (`workshop` for a session whose
/// name leaves nothing once made safe).
pub fn bundle_file_name(record: &WorkshopRecord, now: DateTime<Utc>) -> String {
    let stem = safe_stem(&record.session.name);
    let stem: String = stem.chars().take(40).collect();
    let stem = stem.trim_matches(|c| matches!(c, '-' | '.' | '_'));
    let stem = if stem.is_empty() { "workshop" } else { stem };
    format!("{stem}-{}{BUNDLE_SUFFIX}", now.format("%Y-%m-%d"))
}

/// Reads a bundle file's bytes (size and encoding checked first).
pub fn read_bundle_bytes(bytes: &[u8]) -> Result<WorkshopRecord, BundleError> {
    if bytes.len() > MAX_BUNDLE_BYTES {
        return Err(BundleError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_BUNDLE_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| BundleError::NotText)?;
    read_bundle(text)
}

/// Reads a bundle's text back into the workshop it holds.
pub fn read_bundle(text: &str) -> Result<WorkshopRecord, BundleError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(BundleError::Empty);
    }
    if text.contains('\0') {
        return Err(BundleError::NotText);
    }
    let mut root = match strict::read(text) {
        Ok(Value::Object(root)) => root,
        Ok(_) => return Err(BundleError::NotABundle),
        Err(ReadError::Syntax { line, column, .. }) => {
            return Err(BundleError::Broken { line, column })
        }
        Err(ReadError::TooDeep) => return Err(BundleError::NotABundle),
        Err(ReadError::DuplicateKey { path, .. }) => return Err(BundleError::WrongValue { path }),
    };
    match root.get("format").and_then(Value::as_str) {
        Some(BUNDLE_FORMAT) => {}
        Some(PLAN_FORMAT) => return Err(BundleError::PlanFile),
        _ => return Err(BundleError::NotABundle),
    }
    let version = positive(root.get("version"))?;
    if version > u64::from(BUNDLE_VERSION) {
        return Err(BundleError::TooNew {
            found: version,
            supported: BUNDLE_VERSION,
        });
    }
    let plan_version = positive(root.get("plan_version"))?;
    if plan_version > u64::from(SCHEMA_VERSION) {
        return Err(BundleError::TooNew {
            found: plan_version,
            supported: SCHEMA_VERSION,
        });
    }
    let mut workshop = root.remove("workshop").ok_or(BundleError::WrongValue {
        path: "workshop".into(),
    })?;
    if plan_version < u64::from(SCHEMA_VERSION) {
        migrate_plans(&mut workshop, plan_version as u32)?;
    }
    let record: WorkshopRecord = serde_path_to_error::deserialize(&workshop).map_err(|err| {
        let path = if err.path().iter().next().is_none() {
            "workshop".to_string()
        } else {
            format!("workshop.{}", err.path())
        };
        BundleError::WrongValue { path }
    })?;
    check(record)
}

/// A whole number above 0, as `version` fields must be.
fn positive(value: Option<&Value>) -> Result<u64, BundleError> {
    value
        .and_then(Value::as_u64)
        .filter(|v| *v > 0)
        .ok_or(BundleError::BadVersion)
}

/// Brings every collected plan from schema `from` up to the current one.
fn migrate_plans(workshop: &mut Value, from: u32) -> Result<(), BundleError> {
    let Some(rows) = workshop
        .pointer_mut("/collection/rows")
        .and_then(Value::as_array_mut)
    else {
        return Ok(());
    };
    for (i, row) in rows.iter_mut().enumerate() {
        let Some(slot) = row.get_mut("plan") else {
            continue;
        };
        let plan = std::mem::take(slot);
        *slot = migrate::migrate(plan, from).map_err(|_| BundleError::WrongValue {
            path: format!("workshop.collection.rows[{i}].plan"),
        })?;
    }
    Ok(())
}

/// Refuses a record whose parts do not belong together; repairs the row counter.
fn check(mut record: WorkshopRecord) -> Result<WorkshopRecord, BundleError> {
    let collection = &mut record.collection;
    if collection.session_id != record.session.id {
        return Err(BundleError::Inconsistent);
    }
    let mut numbers: Vec<u32> = collection.rows.iter().map(|r| r.number).collect();
    numbers.sort_unstable();
    if numbers.windows(2).any(|w| w[0] == w[1]) || numbers.first() == Some(&0) {
        return Err(BundleError::Inconsistent);
    }
    let next = numbers.last().map_or(1, |n| n.saturating_add(1));
    collection.next_number = collection.next_number.max(next);
    Ok(record)
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::io::handin::{handin_text, unpack, Unpacked};
    use crate::model::workshop::{Session, Status, WorkshopTag};
    use crate::model::Plan;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 7, 9, 30, 0).unwrap()
    }

    fn table_plan(table: &str, name: &str) -> Plan {
        let mut plan = Plan::new(format!("p-{table}"), name, "Org", now());
        plan.workshop = Some(WorkshopTag {
            session_id: "s1".into(),
            session_name: "Spring".into(),
            table: table.into(),
            joined_at: now(),
            agenda: None,
            origins: vec![],
        });
        plan
    }

    fn record() -> WorkshopRecord {
        let mut record = WorkshopRecord::new(Session {
            id: "s1".into(),
            name: "Spring training 春季".into(),
            tables: vec!["组1".into(), "组2".into()],
            ..Session::default()
        });
        let inputs = ["组1", "组2"].map(|t| {
            let text = handin_text(&table_plan(t, "Plan"), now());
            match unpack(format!("{t}.json"), text.as_bytes()) {
                Unpacked::Ready(r) => r,
                Unpacked::Inflate { .. } => unreachable!(),
            }
        });
        record.collection.add_all(inputs, now());
        let bad = unpack("bad.json", b"{\"format\": \"social-playbook\", ");
        if let Unpacked::Ready(r) = bad {
            record.collection.add(r, now());
        }
        record
    }

    #[test]
    fn a_workshop_reads_back_whole() {
        let record = record();
        assert_eq!(record.collection.rows.len(), 3);
        let text = export_bundle(&record, now());
        assert!(text.contains("\"format\": \"social-playbook-workshop\""));
        let back = read_bundle(&text).unwrap();
        assert_eq!(back, record);
        assert_eq!(back.collection.rows[0].status, Status::Ok);
        assert!(matches!(back.collection.rows[2].status, Status::Damaged(_)));
        // With a byte order mark, as some editors save it.
        assert_eq!(read_bundle(&format!("\u{feff}{text}")).unwrap(), record);
        assert_eq!(read_bundle_bytes(text.as_bytes()).unwrap(), record);
    }

    #[test]
    fn an_empty_workshop_reads_back() {
        let record = WorkshopRecord::new(Session {
            id: "s2".into(),
            ..Session::default()
        });
        assert_eq!(read_bundle(&export_bundle(&record, now())).unwrap(), record);
    }

    #[test]
    fn a_newer_bundle_is_refused_with_both_versions() {
        let text = export_bundle(&record(), now()).replacen("\"version\": 1", "\"version\": 7", 1);
        assert_eq!(
            read_bundle(&text),
            Err(BundleError::TooNew {
                found: 7,
                supported: BUNDLE_VERSION
            })
        );
        let text = export_bundle(&record(), now()).replacen(
            &format!("\"plan_version\": {SCHEMA_VERSION}"),
            "\"plan_version\": 99",
            1,
        );
        assert_eq!(
            read_bundle(&text),
            Err(BundleError::TooNew {
                found: 99,
                supported: SCHEMA_VERSION
            })
        );
    }

    #[test]
    fn damaged_bundles_say_what_is_wrong() {
        let text = export_bundle(&record(), now());
        assert_eq!(read_bundle(""), Err(BundleError::Empty));
        assert_eq!(read_bundle(" \n"), Err(BundleError::Empty));
        assert_eq!(read_bundle("a\0b"), Err(BundleError::NotText));
        assert_eq!(
            read_bundle_bytes(&[0xff, 0xfe, 0x00]),
            Err(BundleError::NotText)
        );
        let cut = &text[..text.len() / 2];
        assert!(matches!(read_bundle(cut), Err(BundleError::Broken { .. })));
        assert_eq!(read_bundle("[1, 2]"), Err(BundleError::NotABundle));
        assert_eq!(
            read_bundle("{\"format\": \"other\"}"),
            Err(BundleError::NotABundle)
        );
        let plan = handin_text(&table_plan("组1", "x"), now());
        assert_eq!(read_bundle(&plan), Err(BundleError::PlanFile));
        let no_version = text.replacen("\"version\": 1", "\"version\": \"one\"", 1);
        assert_eq!(read_bundle(&no_version), Err(BundleError::BadVersion));
        let zero = text.replacen("\"version\": 1", "\"version\": 0", 1);
        assert_eq!(read_bundle(&zero), Err(BundleError::BadVersion));
        let wrong = text.replacen("\"next_number\": 4", "\"next_number\": \"four\"", 1);
        assert_eq!(
            read_bundle(&wrong),
            Err(BundleError::WrongValue {
                path: "workshop.collection.next_number".into()
            })
        );
        let missing =
            "{\"format\": \"social-playbook-workshop\", \"version\": 1, \"plan_version\": 1}";
        assert_eq!(
            read_bundle(missing),
            Err(BundleError::WrongValue {
                path: "workshop".into()
            })
        );
    }

    #[test]
    fn parts_that_do_not_belong_together_are_refused() {
        let mut record = record();
        record.collection.session_id = "other".into();
        let text = export_bundle(&record, now());
        assert_eq!(read_bundle(&text), Err(BundleError::Inconsistent));
        let mut record = self::record();
        record.collection.rows[1].number = 1;
        let text = export_bundle(&record, now());
        assert_eq!(read_bundle(&text), Err(BundleError::Inconsistent));
    }

    #[test]
    fn a_low_row_counter_is_raised_so_numbers_are_never_reused() {
        let mut record = record();
        record.collection.next_number = 2;
        let back = read_bundle(&export_bundle(&record, now())).unwrap();
        assert_eq!(back.collection.next_number, 4);
    }

    #[test]
    fn every_refusal_has_words_in_both_languages() {
        let errors = [
            BundleError::Empty,
            BundleError::NotText,
            BundleError::TooLarge {
                bytes: 1,
                limit: MAX_BUNDLE_BYTES,
            },
            BundleError::Broken { line: 3, column: 9 },
            BundleError::PlanFile,
            BundleError::NotABundle,
            BundleError::BadVersion,
            BundleError::TooNew {
                found: 7,
                supported: 1,
            },
            BundleError::WrongValue { path: "x.y".into() },
            BundleError::Inconsistent,
        ];
        for locale in Locale::ALL {
            for err in &errors {
                let text = err.message(locale);
                assert!(!text.is_empty() && !text.contains('{'), "{err:?}: {text}");
            }
        }
        assert!(BundleError::Broken { line: 3, column: 9 }
            .message(Locale::En)
            .contains('9'));
    }

    #[test]
    fn the_file_name_names_the_session_and_day() {
        let record = record();
        assert_eq!(
            bundle_file_name(&record, now()),
            "spring-training-春季-2026-12-07.workshop.json"
        );
        let unnamed = WorkshopRecord::default();
        assert_eq!(
            bundle_file_name(&unnamed, now()),
            "workshop-2026-12-07.workshop.json"
        );
    }

    #[test]
    fn a_workshop_read_back_keeps_collecting_where_it_stopped() {
        let mut back = read_bundle(&export_bundle(&record(), now())).unwrap();
        let text = handin_text(&table_plan("组1", "Plan v2"), now());
        if let Unpacked::Ready(r) = unpack("v2.json", text.as_bytes()) {
            let report = back.collection.add(r, now());
            assert_eq!(report.number, 4);
            assert_eq!(report.status, Status::Ok);
        } else {
            panic!("a plan text is read at once");
        }
    }
}
