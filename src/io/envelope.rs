//! The envelope a plan travels in, to a file or to browser storage, and the file's name.
//!
//! File: `{ "format": "social-playbook", "version": 1, "exported_at": RFC 3339,
//! "app_version": "0.1.0", "plan": {…} }`, pretty-printed.
//! Stored copy: the same without `exported_at`, plus `"revision": u64` and `"saved_at"`, compact.
//! Both are read back by the one import pipeline ([`super::import::import_text`]).
//!
//! Owns the writing side only. Must not import leptos, web-sys, gloo or wasm-bindgen; "now" and
//! "today" come in as parameters.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde::Serialize;

use crate::io::small_json;
use crate::model::{Plan, SCHEMA_VERSION};

/// The `format` marker every file and stored copy carries.
pub const FORMAT: &str = "social-playbook";

/// How exported file names end.
pub const FILE_SUFFIX: &str = ".playbook.json";

/// The version of the app that writes the envelope (recorded for support, never checked).
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The longest name part of an exported file, in characters (before the date and suffix).
pub const MAX_FILE_STEM_CHARS: usize = 60;

#[derive(Serialize)]
struct FileEnvelope<'a> {
    format: &'static str,
    version: u32,
    exported_at: String,
    app_version: &'static str,
    plan: &'a Plan,
}

// `revision` is written before `plan` so that a reader scanning for it meets it early.
#[derive(Serialize)]
struct StoredEnvelope<'a> {
    format: &'static str,
    version: u32,
    app_version: &'static str,
    revision: u64,
    saved_at: String,
    plan: &'a Plan,
}

pub(super) fn timestamp(now: DateTime<Utc>) -> String {
    now.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The plan as the text of an exported file (pretty JSON in the file envelope).
pub fn export_json(plan: &Plan, now: DateTime<Utc>) -> String {
    let envelope = FileEnvelope {
        format: FORMAT,
        version: SCHEMA_VERSION,
        exported_at: timestamp(now),
        app_version: APP_VERSION,
        plan,
    };
    // A plan has only string map keys and plain values, so serializing it cannot fail.
    super::pretty::indent_json(&serde_json::to_string(&envelope).expect("a plan always serializes"))
}

/// The plan as a share link carries it: the file envelope, compact (links are short on space).
pub fn share_json(plan: &Plan, now: DateTime<Utc>) -> String {
    let envelope = FileEnvelope {
        format: FORMAT,
        version: SCHEMA_VERSION,
        exported_at: timestamp(now),
        app_version: APP_VERSION,
        plan,
    };
    serde_json::to_string(&envelope).expect("a plan always serializes")
}

/// The plan as stored in the browser: the envelope plus its `revision` (compact JSON).
pub fn encode_stored(plan: &Plan, revision: u64, now: DateTime<Utc>) -> String {
    let envelope = StoredEnvelope {
        format: FORMAT,
        version: SCHEMA_VERSION,
        app_version: APP_VERSION,
        revision,
        saved_at: timestamp(now),
        plan,
    };
    serde_json::to_string(&envelope).expect("a plan always serializes")
}

/// What the start of a stored copy says about it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StoredHead {
    /// The format version, when it is a whole number.
    pub version: Option<u64>,
    /// The revision.
    pub revision: Option<u64>,
}

/// Reads the top-level fields of stored text in order until both `version` and `revision` are
/// known, and no further: this app writes them first and the plan (hundreds of KB) last, so
/// checking a stored copy before overwriting it costs next to nothing. `None` when the text up to
/// there is not a JSON object, or `revision` is there but not a whole number. Whatever follows is
/// not looked at: the caller is about to replace that copy with its successor.
pub fn stored_head(text: &str) -> Option<StoredHead> {
    let mut head = StoredHead::default();
    let mut readable = true;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // (the small reader: this runs before every save, in the first download)
    small_json::members(text, |key, value| {
        match key {
            "version" => head.version = value.as_u64(),
            "revision" => match value.as_u64() {
                Some(revision) => head.revision = Some(revision),
                None => readable = false,
            },
            _ => {}
        }
        readable && !(head.version.is_some() && head.revision.is_some())
    })?;
    readable.then_some(head)
}

/// The `revision` of stored text, without building the plan (for the two-tab check). `None` when
/// the text does not start as a JSON object with a whole-number `revision` at the top.
pub fn stored_revision(text: &str) -> Option<u64> {
    stored_head(text)?.revision
}

/// A file name for the exported plan: `cafe-plan-2026-11-26.playbook.json`.
///
/// The name part comes from the plan's name (or its organisation, or `plan`), lowercased, with
/// letters of every script kept. It is safe on Windows, macOS and Linux: characters they refuse
/// (`/ \ : * ? " < > |`), control and invisible formatting characters, and white space become
/// `-`; runs of `-` collapse; leading and trailing `-`, `.` and `_` go; it is cut to
/// [`MAX_FILE_STEM_CHARS`]. Reserved Windows names (`CON`, `NUL`…) cannot occur because the date
/// always follows.
pub fn export_file_name(plan: &Plan, today: NaiveDate) -> String {
    let stem = [plan.name.as_str(), plan.organisation.as_str()]
        .into_iter()
        .map(safe_stem)
        .find(|s| !s.is_empty())
        .unwrap_or_else(|| "plan".to_string());
    // (a date's own display is `%Y-%m-%d`, without chrono's format strings in the frame)
    format!("{stem}-{today}{FILE_SUFFIX}")
}

/// The name of a file about `plan` with extension `ext` (no dot): like [`export_file_name`],
/// for the other exports (Markdown, calendars).
pub fn named_file(plan: &Plan, today: NaiveDate, ext: &str) -> String {
    let json = export_file_name(plan, today);
    let stem = json.strip_suffix(FILE_SUFFIX).unwrap_or(&json);
    format!("{stem}.{ext}")
}

/// True for characters a file name must not carry on some system, or that would disguise it.
fn is_unsafe_in_file_name(c: char) -> bool {
    matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|')
        || c.is_control()
        || c.is_whitespace()
        // Invisible characters: zero-width spaces and joiners, direction marks and overrides
        // (U+202E reverses what follows, so a name can pose as another extension), and the BOM.
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}')
}

/// `name` made safe as part of a file name on every common system (see [`export_file_name`]):
/// lowercased, letters of every script kept, unsafe characters and white space turned into
/// single `-`, cut to [`MAX_FILE_STEM_CHARS`]; empty when nothing is left.
pub(crate) fn safe_stem(name: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in name.chars() {
        if is_unsafe_in_file_name(c) || c == '-' {
            dash = true;
            continue;
        }
        if dash && !out.is_empty() {
            out.push('-');
        }
        dash = false;
        out.extend(c.to_lowercase());
    }
    let cut: String = out.chars().take(MAX_FILE_STEM_CHARS).collect();
    cut.trim_matches(|c| matches!(c, '-' | '.' | '_'))
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
    }

    fn named(name: &str, organisation: &str) -> String {
        let plan = Plan {
            name: name.into(),
            organisation: organisation.into(),
            ..Plan::default()
        };
        export_file_name(&plan, day())
    }

    #[test]
    fn a_share_text_is_compact_and_reads_back_as_the_same_plan() {
        use crate::model::examples::{example_plan, Example};
        let at = Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap();
        for example in Example::ALL {
            let plan = example_plan(example, true, "p1", at);
            let shared = share_json(&plan, at);
            assert!(!shared.contains('\n'));
            assert!(shared.len() < export_json(&plan, at).len());
            let back = crate::io::import::import_text(&shared).unwrap();
            assert_eq!(back.plan, plan);
            assert!(back.warnings.is_empty(), "{:?}", back.warnings);
        }
    }

    #[test]
    fn file_names_carry_the_plan_name_and_the_date() {
        assert_eq!(named("Cafe Plan", ""), "cafe-plan-2026-11-26.playbook.json");
        assert_eq!(
            named("  Café   plan  2027 ", ""),
            "café-plan-2027-2026-11-26.playbook.json"
        );
    }

    #[test]
    fn chinese_names_are_kept() {
        assert_eq!(
            named("小鹿咖啡 社媒规划", ""),
            "小鹿咖啡-社媒规划-2026-11-26.playbook.json"
        );
        // The ideographic space is white space too.
        assert_eq!(
            named("小鹿咖啡\u{3000}规划", ""),
            "小鹿咖啡-规划-2026-11-26.playbook.json"
        );
    }

    #[test]
    fn characters_some_system_refuses_are_replaced() {
        assert_eq!(
            named(r#"a/b\c:d*e?f"g<h>i|j"#, ""),
            "a-b-c-d-e-f-g-h-i-j-2026-11-26.playbook.json"
        );
        assert_eq!(
            named("tab\there\nnew\u{0}line", ""),
            "tab-here-new-line-2026-11-26.playbook.json"
        );
        assert_eq!(
            named("evil\u{202e}nosj.exe", ""),
            "evil-nosj.exe-2026-11-26.playbook.json"
        );
        assert_eq!(
            named("zero\u{200b}width", ""),
            "zero-width-2026-11-26.playbook.json"
        );
    }

    #[test]
    fn edges_are_trimmed_and_dashes_collapse() {
        assert_eq!(named("..hidden..", ""), "hidden-2026-11-26.playbook.json");
        assert_eq!(named("--a -- b--", ""), "a-b-2026-11-26.playbook.json");
        assert_eq!(named("___x___", ""), "x-2026-11-26.playbook.json");
    }

    #[test]
    fn empty_names_fall_back_to_the_organisation_then_plan() {
        assert_eq!(named("", "Acme Ltd"), "acme-ltd-2026-11-26.playbook.json");
        assert_eq!(named(" / : ", "  "), "plan-2026-11-26.playbook.json");
        assert_eq!(named("", ""), "plan-2026-11-26.playbook.json");
    }

    #[test]
    fn long_names_are_cut_without_a_trailing_dash() {
        let name = format!("{}-b", "a".repeat(MAX_FILE_STEM_CHARS - 1));
        let file = named(&name, "");
        assert_eq!(
            file,
            format!(
                "{}-2026-11-26.playbook.json",
                "a".repeat(MAX_FILE_STEM_CHARS - 1)
            )
        );
        let chinese = named(&"规".repeat(200), "");
        assert_eq!(
            chinese.chars().count(),
            MAX_FILE_STEM_CHARS + "-2026-11-26.playbook.json".len()
        );
        // Well within the 255-byte limit of common file systems, even for Chinese.
        assert!(chinese.len() < 255);
    }

    #[test]
    fn stored_text_carries_its_revision() {
        let now = Utc.with_ymd_and_hms(2026, 11, 26, 9, 30, 0).unwrap();
        let text = encode_stored(&Plan::default(), 42, now);
        assert_eq!(stored_revision(&text), Some(42));
        assert!(
            text.contains(r#""saved_at":"2026-11-26T09:30:00Z""#),
            "{text}"
        );
        assert!(!text.contains('\n'));
        assert_eq!(stored_revision(&export_json(&Plan::default(), now)), None);
        assert_eq!(stored_revision("not json"), None);
        assert_eq!(stored_revision(r#"{"revision": "7"}"#), None);
        assert_eq!(stored_revision(r#"{"plan": {"revision": 7}}"#), None);
        assert_eq!(stored_revision("\u{feff}{\"revision\": 7}"), Some(7));
        // Deep nesting stops at serde_json's own depth limit instead of the stack.
        let deep = format!(r#"{{"revision": 1, "plan": {}}}"#, "[".repeat(100_000));
        assert_eq!(stored_revision(&deep), None);
    }

    #[test]
    fn the_head_of_a_stored_copy_is_read_without_the_plan() {
        let now = Utc.with_ymd_and_hms(2026, 11, 26, 9, 30, 0).unwrap();
        let text = encode_stored(&Plan::default(), 42, now);
        let head = StoredHead {
            version: Some(u64::from(SCHEMA_VERSION)),
            revision: Some(42),
        };
        assert_eq!(stored_head(&text), Some(head));
        // Only the head is read: what comes after it is not looked at.
        let cut = &text[..text.find(r#""plan""#).unwrap() + 10];
        assert_eq!(stored_head(cut), Some(head));
        // A newer version is seen wherever its fields stand.
        assert_eq!(
            stored_head(r#"{"plan": {}, "revision": 3, "version": 9}"#),
            Some(StoredHead {
                version: Some(9),
                revision: Some(3)
            })
        );
        // Without a version the whole text is read, and must be an object.
        assert_eq!(
            stored_head(r#"{"revision": 3}"#),
            Some(StoredHead {
                version: None,
                revision: Some(3)
            })
        );
        assert_eq!(stored_head(r#"{"revision": 3, "plan": [}"#), None);
        assert_eq!(stored_head(r#"{"version": 1, "revision": null}"#), None);
        assert_eq!(stored_head("[1, 2]"), None);
    }

    #[test]
    fn files_are_pretty_and_carry_the_envelope() {
        let now = Utc.with_ymd_and_hms(2026, 11, 26, 9, 30, 0).unwrap();
        let text = export_json(&Plan::default(), now);
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["format"], FORMAT);
        assert_eq!(value["version"], SCHEMA_VERSION);
        assert_eq!(value["exported_at"], "2026-11-26T09:30:00Z");
        assert_eq!(value["app_version"], APP_VERSION);
        assert!(value["plan"].is_object());
        assert!(value.get("revision").is_none());
        assert!(text.contains("\n  \"plan\""));
    }
}
