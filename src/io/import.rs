//! The import pipeline: bytes or text in, a checked plan and a summary out, or one precise error.
//! Files and stored copies both come through here.
//!
//! size → empty → text (no NUL, valid UTF-8, BOM dropped) → then, for text exactly as this
//! version writes it, straight into the plan's types ([`import_as_written`]); for anything else
//! the long way: strict JSON (syntax with line and column, duplicate keys with their path,
//! nesting depth) → object → `format` → `version` → migrate → deserialize with field paths →
//! unknown fields (dropped, listed) → structure (duplicate ids refused; dangling references and
//! unsafe links kept, listed) → id counter repaired.
//!
//! Decisions:
//! - A bare plan object (no envelope) is refused as [`ImportError::NotOurFormat`]: the app never
//!   writes one, and because every plan field has a default, accepting bare objects would turn
//!   any JSON object into an empty "plan".
//! - Unknown fields (in the plan or the envelope) are dropped and reported as one
//!   [`ImportWarning::UnknownFields`], so a file from a slightly different build still opens.
//! - Envelope metadata (`exported_at`, `saved_at`, `app_version`) is informational: taken when it
//!   is a string, ignored otherwise. `revision` drives the two-tab check, so a `revision` that is
//!   not a whole number is an error.
//! - A lone surrogate escape (`"\ud800"`) cannot become a Rust string: it is refused as
//!   [`ImportError::Syntax`] with its line and column.
//! - A very long string inside the size limit is accepted as it is; the size limit is the guard.
//! - Nothing recurses without a bound: reading stops at [`MAX_DEPTH`] levels, and every later walk
//!   follows the (already bounded) value.
//!
//! Must not import leptos, web-sys, gloo or wasm-bindgen.

use serde::Deserialize;
use serde_json::{Map, Value};

use super::envelope::FORMAT;
use super::migrate::{self, Step};
use super::storage_limit::utf16_units;
use super::strict::{self, ReadError};
use crate::model::{check_structure, repair_id_counter, Plan, PlanCounts, Problem};

pub use super::error::{ImportError, ImportWarning};
pub use super::strict::MAX_DEPTH;

/// The largest file accepted (10 MB); a plan with years of calendar fits in a few hundred KB.
pub const MAX_IMPORT_BYTES: usize = 10 * 1024 * 1024;

/// How many unknown field paths a warning lists (the total is always counted).
pub const MAX_LISTED_UNKNOWN: usize = 20;

/// How many characters of a foreign `format` or a bad `version` an error quotes.
const QUOTE_CHARS: usize = 40;

/// The envelope fields this version knows (file and stored copy together).
const ENVELOPE_FIELDS: [&str; 7] = [
    "format",
    "version",
    "exported_at",
    "app_version",
    "revision",
    "saved_at",
    "plan",
];

/// A plan that passed every check, with what the user should see before confirming.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPreview {
    /// The plan, migrated to the current version, its id counter repaired.
    pub plan: Plan,
    /// Record counts per section, for the summary.
    pub counts: PlanCounts,
    /// How long the plan's compact JSON text is, in UTF-16 units, as read: at least what storing
    /// it takes (repairing the id counter can only lengthen it).
    pub plan_units: usize,
    /// The format version the text was written in.
    pub source_version: u32,
    /// True when migration steps ran (`source_version` is older than the current one).
    pub migrated: bool,
    /// Things worth knowing; none of them stops the import.
    pub warnings: Vec<ImportWarning>,
    /// The stored copy's revision (`None` for exported files).
    pub revision: Option<u64>,
    /// When the file was exported, as written in it (RFC 3339), if it says.
    pub exported_at: Option<String>,
    /// When a stored copy was saved, as written in it (RFC 3339), if it says.
    pub saved_at: Option<String>,
    /// The app version that wrote the text, if it says.
    pub app_version: Option<String>,
}

/// Imports file bytes: checks they are text, then [`import_text`].
pub fn import_bytes(bytes: &[u8]) -> Result<ImportPreview, ImportError> {
    check_size(bytes.len())?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    // A NUL in valid UTF-8 is found by `import_text`.
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    import_text(text)
}

/// Imports text (a file's content, pasted text, or a stored copy).
pub fn import_text(text: &str) -> Result<ImportPreview, ImportError> {
    import_with(text, migrate::STEPS)
}

fn check_size(bytes: usize) -> Result<(), ImportError> {
    if bytes > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            bytes,
            limit: MAX_IMPORT_BYTES,
        });
    }
    Ok(())
}

/// The whole pipeline with a given list of migration steps (tests use a fake history).
fn import_with(text: &str, steps: &[Step]) -> Result<ImportPreview, ImportError> {
    check_size(text.len())?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    // Text this version wrote has no NUL (JSON has no place for one), so only text that must go
    // the long way is searched for one: a search through megabytes is not free in wasm.
    match import_as_written(text, steps) {
        Some(preview) => Ok(preview),
        None if text.contains('\0') => Err(ImportError::NotText),
        None => import_long_way(text, steps),
    }
}

/// Reads the text into a tree first, so that whatever is wrong is named with its place.
fn import_long_way(text: &str, steps: &[Step]) -> Result<ImportPreview, ImportError> {
    let root = match strict::read(text) {
        Ok(Value::Object(root)) => root,
        Ok(_) => return Err(ImportError::NotAnObject),
        Err(err) => return Err(read_error(err)),
    };
    import_envelope(root, steps)
}

fn read_error(err: ReadError) -> ImportError {
    match err {
        ReadError::Syntax {
            line,
            column,
            eof: true,
            ..
        } => ImportError::Truncated { line, column },
        ReadError::Syntax {
            line,
            column,
            detail,
            eof: false,
        } => ImportError::Syntax {
            line,
            column,
            detail,
        },
        ReadError::TooDeep => ImportError::TooDeep,
        ReadError::DuplicateKey { path, key } => ImportError::DuplicateKey { path, key },
    }
}

/// The first `QUOTE_CHARS` characters of `text`, with `…` when cut.
fn clip(text: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(QUOTE_CHARS).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

/// A value as JSON text, clipped for quoting in a message.
fn quote(value: &Value) -> String {
    clip(&value.to_string())
}

fn import_envelope(
    mut root: Map<String, Value>,
    steps: &[Step],
) -> Result<ImportPreview, ImportError> {
    match root.get("format") {
        Some(Value::String(format)) if format == FORMAT => {}
        Some(Value::String(format)) => {
            return Err(ImportError::NotOurFormat {
                found: Some(clip(format)),
            })
        }
        Some(other) => {
            return Err(ImportError::NotOurFormat {
                found: Some(quote(other)),
            })
        }
        None => return Err(ImportError::NotOurFormat { found: None }),
    }

    let supported = migrate::latest(steps);
    let version = match root.get("version") {
        None => return Err(ImportError::VersionMissing),
        Some(Value::Number(n)) => match n.as_u64() {
            Some(v) if v > 0 => v,
            _ => {
                return Err(ImportError::VersionInvalid {
                    found: clip(&n.to_string()),
                })
            }
        },
        Some(other) => {
            return Err(ImportError::VersionInvalid {
                found: quote(other),
            })
        }
    };
    let source_version = match u32::try_from(version) {
        Ok(v) if v <= supported => v,
        _ => {
            return Err(ImportError::VersionTooNew {
                found: version,
                supported,
            })
        }
    };

    let revision = match root.get("revision") {
        None => None,
        Some(value) => Some(value.as_u64().ok_or_else(|| ImportError::WrongValue {
            path: "revision".into(),
            detail: format!("expected a whole number, found {}", quote(value)),
        })?),
    };
    let text_of = |key: &str| root.get(key).and_then(Value::as_str).map(clip);
    let exported_at = text_of("exported_at");
    let saved_at = text_of("saved_at");
    let app_version = text_of("app_version");

    let mut unknown = Unknown::default();
    for key in root.keys() {
        if !ENVELOPE_FIELDS.contains(&key.as_str()) {
            unknown.add(key.clone());
        }
    }

    let plan_value = root.remove("plan").ok_or(ImportError::PlanMissing)?;
    let plan_value = migrate::run(plan_value, source_version, steps)?;
    let plan: Plan = serde_path_to_error::deserialize(&plan_value).map_err(|err| {
        let path = if err.path().iter().next().is_none() {
            "plan".to_string()
        } else {
            format!("plan.{}", err.path())
        };
        ImportError::WrongValue {
            path,
            detail: err.into_inner().to_string(),
        }
    })?;

    // What this version keeps of the plan, to find what it dropped.
    // Written compactly and read back by the same reader as the input: this reuses code the app
    // has anyway instead of a third serializer of every plan type (`to_value`).
    let kept_text = serde_json::to_string(&plan).map_err(|err| ImportError::WrongValue {
        path: "plan".into(),
        detail: err.to_string(),
    })?;
    let kept = strict::read(&kept_text).map_err(|_| ImportError::WrongValue {
        path: "plan".into(),
        detail: "the plan could not be read back".into(),
    })?;
    let mut path = String::from("plan");
    unknown.walk(&plan_value, &kept, &mut path);
    drop(plan_value);

    let mut warnings = Vec::new();
    if unknown.total > 0 {
        warnings.push(ImportWarning::UnknownFields {
            paths: unknown.paths,
            total: unknown.total,
        });
    }
    finish(
        plan,
        kept_text.as_bytes(),
        warnings,
        Envelope {
            source_version,
            migrated: source_version < supported,
            revision,
            exported_at,
            saved_at,
            app_version,
        },
    )
}

/// What the envelope says beside the plan.
struct Envelope {
    source_version: u32,
    migrated: bool,
    revision: Option<u64>,
    exported_at: Option<String>,
    saved_at: Option<String>,
    app_version: Option<String>,
}

/// The checks every read plan goes through, whichever way it was read: duplicate ids refuse it,
/// dangling references and unsafe links are reported; then the id counter is repaired.
/// `written` is the plan's compact text as read.
fn finish(
    mut plan: Plan,
    written: &[u8],
    mut warnings: Vec<ImportWarning>,
    envelope: Envelope,
) -> Result<ImportPreview, ImportError> {
    for problem in check_structure(&plan) {
        match problem {
            Problem::DuplicateId { id, first, second } => {
                return Err(ImportError::DuplicateId { id, first, second })
            }
            Problem::DanglingReference { path, id } => {
                warnings.push(ImportWarning::DanglingReference { path, id })
            }
            Problem::UnsafeLink { path } => warnings.push(ImportWarning::UnsafeLink { path }),
        }
    }
    repair_id_counter(&mut plan);

    Ok(ImportPreview {
        counts: plan.counts(),
        plan_units: utf16_units(written),
        plan,
        source_version: envelope.source_version,
        migrated: envelope.migrated,
        warnings,
        revision: envelope.revision,
        exported_at: envelope.exported_at,
        saved_at: envelope.saved_at,
        app_version: envelope.app_version,
    })
}

/// The envelope as this version writes it (file or stored copy), plan and all, read in one pass.
/// Anything else (an unknown or repeated field, a field of another type, a string with an escape
/// where the envelope borrows it, a `revision` of `null`) fails here and goes the long way.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WrittenEnvelope<'a> {
    format: &'a str,
    version: u32,
    #[serde(default)]
    exported_at: Option<&'a str>,
    #[serde(default)]
    app_version: Option<&'a str>,
    #[serde(default, deserialize_with = "whole_number")]
    revision: Option<u64>,
    #[serde(default)]
    saved_at: Option<&'a str>,
    plan: Plan,
}

/// A `revision` that is there must be a whole number (not `null`).
fn whole_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    u64::deserialize(d).map(Some)
}

/// The short way for text this version wrote, which is nearly every file and every stored copy:
/// the envelope and its plan are read straight into their types in one pass, the plan is written
/// back compactly, and the text is accepted only when that is the plan's text again (white space
/// between tokens aside). Then nothing was unknown, repeated, migrated or rewritten, and the
/// long way (which reads the text into a tree first, to name exactly what is wrong and where)
/// would give the same plan with no further warnings. `None` sends the text the long way.
fn import_as_written(text: &str, steps: &[Step]) -> Option<ImportPreview> {
    let envelope: WrittenEnvelope = serde_json::from_str(text).ok()?;
    let current = migrate::latest(steps);
    if envelope.format != FORMAT || envelope.version != current {
        return None;
    }
    let plan_text = last_member_value(text, "plan")?;
    // The plan as this version writes it is rarely longer than as it was read.
    let mut kept = Vec::with_capacity(plan_text.len());
    serde_json::to_writer(&mut kept, &envelope.plan).ok()?;
    if !same_tokens(plan_text, &kept) {
        return None;
    }
    finish(
        envelope.plan,
        &kept,
        Vec::new(),
        Envelope {
            source_version: current,
            migrated: false,
            revision: envelope.revision,
            exported_at: envelope.exported_at.map(clip),
            saved_at: envelope.saved_at.map(clip),
            app_version: envelope.app_version.map(clip),
        },
    )
    .ok()
}

/// The text after `key`'s colon in the JSON object `text`, up to the object's closing brace:
/// the value of `key` when it is the last member (as in an envelope this version writes, which
/// puts the plan last; if it is not, the text holds the members after it too, and compares
/// equal to no value). The members before it must be strings without escapes, numbers or
/// `null`; `None` for anything else.
fn last_member_value<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    let bytes = text.as_bytes();
    let skip_space = |i| skip_space(bytes, i);
    let mut i = skip_space(0);
    if bytes.get(i) != Some(&b'{') {
        return None;
    }
    loop {
        i = skip_space(i + 1);
        let name_end = plain_string_end(bytes, i)?;
        let name = &text[i + 1..name_end - 1];
        i = skip_space(name_end);
        if bytes.get(i) != Some(&b':') {
            return None;
        }
        i = skip_space(i + 1);
        if name == key {
            let value = text[i..].trim_end().strip_suffix('}')?.trim_end();
            return Some(value);
        }
        i = match bytes.get(i)? {
            b'"' => plain_string_end(bytes, i)?,
            b if is_number_start(*b) => number_end(bytes, i),
            _ if text[i..].starts_with("null") => i + "null".len(),
            _ => return None,
        };
        i = skip_space(i);
        if bytes.get(i) != Some(&b',') {
            return None;
        }
    }
}

/// Where the JSON white space that starts at `start` ends.
fn skip_space(bytes: &[u8], start: usize) -> usize {
    bytes[start.min(bytes.len())..]
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        .map_or(bytes.len().max(start), |n| start + n)
}

/// Where the string that opens at `start` ends (just past its closing quote), for a string
/// with no escape in it.
fn plain_string_end(bytes: &[u8], start: usize) -> Option<usize> {
    if bytes.get(start) != Some(&b'"') {
        return None;
    }
    let end = string_end(bytes, start)?;
    (!bytes[start..end].contains(&b'\\')).then_some(end)
}

/// True when the JSON `text` says what `compact` (as `serde_json` writes it) says, token by
/// token: white space between tokens is ignored, strings must be spelt the same, and numbers
/// must have the same value (`50` and `50.0` alike, as other JSON writers put them).
fn same_tokens(text: &str, compact: &[u8]) -> bool {
    let text = text.as_bytes();
    let (mut i, mut j) = (0, 0);
    loop {
        i = skip_space(text, i);
        match (text.get(i), compact.get(j)) {
            (None, None) => return true,
            (Some(b'"'), Some(b'"')) => {
                let (Some(a), Some(b)) = (string_end(text, i), string_end(compact, j)) else {
                    return false;
                };
                if text[i..a] != compact[j..b] {
                    return false;
                }
                (i, j) = (a, b);
            }
            (Some(a), Some(b)) if is_number_start(*a) && is_number_start(*b) => {
                let a_end = number_end(text, i);
                let b_end = number_end(compact, j);
                if text[i..a_end] != compact[j..b_end]
                    && number_value(&text[i..a_end])
                        .is_none_or(|v| Some(v) != number_value(&compact[j..b_end]))
                {
                    return false;
                }
                (i, j) = (a_end, b_end);
            }
            (Some(a), Some(b)) if a == b => (i, j) = (i + 1, j + 1),
            _ => return false,
        }
    }
}

/// Where the string that opens at `start` ends (just past its closing quote).
fn string_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut k = start + 1;
    loop {
        k += bytes
            .get(k..)?
            .iter()
            .position(|b| matches!(b, b'"' | b'\\'))?;
        if bytes[k] == b'"' {
            return Some(k + 1);
        }
        k += 2;
    }
}

fn is_number_start(byte: u8) -> bool {
    byte == b'-' || byte.is_ascii_digit()
}

/// Where the number that starts at `start` ends.
fn number_end(bytes: &[u8], start: usize) -> usize {
    bytes[start..]
        .iter()
        .position(|b| !matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
        .map_or(bytes.len(), |n| start + n)
}

fn number_value(token: &[u8]) -> Option<f64> {
    std::str::from_utf8(token).ok()?.parse().ok()
}

/// Paths of fields present in the input but not in what this version keeps.
#[derive(Default)]
struct Unknown {
    paths: Vec<String>,
    total: usize,
}

impl Unknown {
    fn add(&mut self, path: String) {
        self.total += 1;
        if self.paths.len() < MAX_LISTED_UNKNOWN {
            self.paths.push(path);
        }
    }

    // Recursion follows `kept`, whose depth is bounded by the plan's types, and descends only
    // where both sides are containers.
    fn walk(&mut self, input: &Value, kept: &Value, path: &mut String) {
        match (input, kept) {
            (Value::Object(input), Value::Object(kept)) => {
                for (key, value) in input {
                    let len = path.len();
                    path.push('.');
                    path.push_str(key);
                    match kept.get(key) {
                        Some(kept_value) => self.walk(value, kept_value, path),
                        None => self.add(path.clone()),
                    }
                    path.truncate(len);
                }
            }
            (Value::Array(input), Value::Array(kept)) => {
                for (i, (value, kept_value)) in input.iter().zip(kept).enumerate() {
                    let len = path.len();
                    path.push_str(&format!("[{i}]"));
                    self.walk(value, kept_value, path);
                    path.truncate(len);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::migrate::tests::{fake_1_to_2, fake_2_to_3};
    use serde_json::json;

    const FAKE: &[Step] = &[fake_1_to_2, fake_2_to_3];

    fn file(version: u64, plan: Value) -> String {
        json!({"format": FORMAT, "version": version, "plan": plan}).to_string()
    }

    #[test]
    fn an_old_file_is_migrated_step_by_step() {
        let text = file(
            1,
            json!({"goals": [{"id": 1, "name": "Grow"}], "next_id": 2}),
        );
        let preview = import_with(&text, FAKE).unwrap();
        assert_eq!(preview.source_version, 1);
        assert!(preview.migrated);
        assert_eq!(preview.plan.goals[0].title, "Grow");
        assert_eq!(preview.plan.goals[0].unit, "posts");
        // The old `name` was renamed, not dropped: nothing is reported as unknown.
        assert_eq!(preview.warnings, vec![]);
    }

    #[test]
    fn a_file_of_the_newest_version_is_not_migrated() {
        let text = file(
            3,
            json!({"goals": [{"id": 1, "title": "Grow"}], "next_id": 2}),
        );
        let preview = import_with(&text, FAKE).unwrap();
        assert_eq!(preview.source_version, 3);
        assert!(!preview.migrated);
        assert_eq!(preview.plan.goals[0].unit, "");
    }

    #[test]
    fn a_file_newer_than_the_steps_is_refused() {
        assert_eq!(
            import_with(&file(4, json!({})), FAKE),
            Err(ImportError::VersionTooNew {
                found: 4,
                supported: 3
            })
        );
    }

    #[test]
    fn a_failing_step_is_reported_with_its_version() {
        assert_eq!(
            import_with(&file(1, json!({"goals": {}})), FAKE),
            Err(ImportError::Migration {
                from: 1,
                detail: "goals is not a list".into()
            })
        );
    }

    /// The worked examples as a file and as a stored copy, in both languages.
    fn written_texts() -> Vec<String> {
        use crate::model::examples::{example_plan, Example};
        let now = chrono::DateTime::parse_from_rfc3339("2026-12-01T09:30:00Z")
            .unwrap()
            .to_utc();
        Example::ALL
            .into_iter()
            .flat_map(|example| [false, true].map(|zh| example_plan(example, zh, "p-1", now)))
            .flat_map(|plan| {
                [
                    crate::io::envelope::export_json(&plan, now),
                    crate::io::envelope::share_json(&plan, now),
                    crate::io::envelope::encode_stored(&plan, 7, now),
                ]
            })
            .collect()
    }

    #[test]
    fn what_this_version_wrote_goes_the_short_way_to_the_same_plan() {
        for text in written_texts() {
            let short = import_as_written(&text, migrate::STEPS).expect("read the short way");
            let compact = serde_json::to_string(&short.plan).unwrap();
            assert_eq!(short.plan_units, compact.encode_utf16().count());
            assert_eq!(Ok(short), import_long_way(&text, migrate::STEPS));
        }
    }

    #[test]
    fn the_plans_length_is_at_least_what_storing_it_takes() {
        // An id counter behind the ids is repaired after reading, which lengthens the text.
        let text = file(
            1,
            json!({"next_id": 1, "personas": [{"id": 123456, "name": "鹿"}]}),
        );
        let preview = import_text(&text).unwrap();
        assert_eq!(preview.plan.next_id, 123457);
        let stored = serde_json::to_string(&preview.plan).unwrap();
        assert!(preview.plan_units > 100);
        assert!(preview.plan_units < stored.encode_utf16().count());
    }

    #[test]
    fn an_envelope_in_another_order_goes_the_short_way_while_the_plan_is_last() {
        let text = &written_texts()[0];
        let reordered = [
            // another writer's order, and both a file's and a stored copy's members
            text.replacen("\"format\"", "\"version\": 1, \"format\"", 1)
                .replacen(",\n  \"version\": 1", "", 1),
            text.replacen(
                "\"version\"",
                "\"revision\": 3, \"saved_at\": null, \"version\"",
                1,
            ),
        ];
        for text in &reordered {
            assert_eq!(text.matches("\"version\"").count(), 1, "{text:.200}");
            let short = import_as_written(text, migrate::STEPS).expect("read the short way");
            assert_eq!(Ok(short), import_long_way(text, migrate::STEPS));
        }
    }

    #[test]
    fn the_last_members_value_is_found_only_after_plain_members() {
        let value = |text| last_member_value(text, "plan");
        assert_eq!(
            value(r#" { "a": "x", "b": -1.5e3, "c": null, "plan" : {"x": [1]} } "#),
            Some(r#"{"x": [1]}"#)
        );
        assert_eq!(value(r#"{"plan":[]}"#), Some("[]"));
        assert_eq!(value(r#"{"a": "x\"y", "plan": {}}"#), None);
        assert_eq!(value(r#"{"a": {}, "plan": {}}"#), None);
        assert_eq!(value(r#"{"a": true, "plan": {}}"#), None);
        assert_eq!(value(r#"{"plan": {}, "a": 1"#), None);
        assert_eq!(value(r#"{"a": 1 "plan": {}}"#), None);
        assert_eq!(value(r#"["plan", {}]"#), None);
        assert_eq!(value(r#"{"a": 1}"#), None);
    }

    #[test]
    fn anything_unusual_goes_the_long_way() {
        let text = &written_texts()[0];
        let after_format = text.find("\"version\"").unwrap();
        let after_plan = text.find("\"plan\": {").unwrap() + "\"plan\": {".len();
        let changed = [
            // an unknown field in the envelope and in the plan
            format!(
                "{}\"extra\": 1, {}",
                &text[..after_format],
                &text[after_format..]
            ),
            format!(
                "{}\"extra\": 1, {}",
                &text[..after_plan],
                &text[after_plan..]
            ),
            // a repeated field in the plan
            format!(
                "{}\"name\": \"Twice\", {}",
                &text[..after_plan],
                &text[after_plan..]
            ),
            // a revision that is not a number
            text.replacen("\"version\"", "\"revision\": null, \"version\"", 1),
            // the plan before another member of the envelope
            format!(
                "{}, \"saved_at\": null}}",
                text.trim_end().strip_suffix('}').unwrap()
            ),
            // an escape in a member of the envelope
            text.replacen("\"app_version\": \"", "\"app_version\": \"\\u0030", 1),
            // the same plan written differently (an escape this version does not write)
            text.replacen("\"name\": \"", "\"name\": \"\\u0041", 1),
        ];
        for text in &changed {
            assert_eq!(import_as_written(text, migrate::STEPS), None, "{text:.300}");
            // and the long way still reads (or refuses) it exactly as before
            assert_eq!(import_text(text), import_long_way(text, migrate::STEPS));
        }
        // an older version is migrated the long way
        assert_eq!(import_as_written(&file(1, json!({})), FAKE), None);
    }

    #[test]
    fn tokens_compare_without_the_white_space_between_them() {
        assert!(same_tokens(
            "{ \"a\" : [1, 2],\n \"b\": \"x y\" }",
            br#"{"a":[1,2],"b":"x y"}"#
        ));
        assert!(!same_tokens(r#"{"b":"xy"}"#, br#"{"b":"x y"}"#));
        assert!(!same_tokens(r#"{"b":"x\" y"}"#, br#"{"b":"x\"y"}"#));
        assert!(!same_tokens(r#"{"a":1}"#, br#"{"a":1,"b":2}"#));
        assert!(!same_tokens(r#"{"a":1,"b":2}"#, br#"{"a":1}"#));
        // Numbers by value, as other JSON writers put them; strings by spelling.
        assert!(same_tokens(
            r#"{"a": 50, "b": 1e2}"#,
            br#"{"a":50.0,"b":100.0}"#
        ));
        assert!(!same_tokens(r#"{"a": 50.5}"#, br#"{"a":50.0}"#));
        assert!(!same_tokens(r#"{"a": "50"}"#, br#"{"a":50}"#));
        assert!(!same_tokens(r#"{"a":"\u0041"}"#, br#"{"a":"A"}"#));
        assert!(!same_tokens(r#"{"a":"x"#, br#"{"a":"x"}"#));
    }

    #[test]
    fn today_there_is_nothing_to_migrate() {
        let preview = import_text(&file(1, json!({}))).unwrap();
        assert_eq!(preview.source_version, 1);
        assert!(!preview.migrated);
    }

    #[test]
    fn unknown_paths_are_capped_but_counted() {
        let mut plan = Map::new();
        for i in 0..30 {
            plan.insert(format!("extra{i:02}"), json!(i));
        }
        let preview = import_text(&file(1, Value::Object(plan))).unwrap();
        match &preview.warnings[..] {
            [ImportWarning::UnknownFields { paths, total }] => {
                assert_eq!(*total, 30);
                assert_eq!(paths.len(), MAX_LISTED_UNKNOWN);
                assert_eq!(paths[0], "plan.extra00");
            }
            other => panic!("unexpected warnings {other:?}"),
        }
    }

    #[test]
    fn quotes_are_clipped() {
        assert_eq!(clip("short"), "short");
        let long = "长".repeat(QUOTE_CHARS + 5);
        assert_eq!(clip(&long), format!("{}…", "长".repeat(QUOTE_CHARS)));
    }
}
