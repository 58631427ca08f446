//! What can go wrong when a plan is imported (or a stored copy is read back), and what is worth
//! knowing about a plan that was accepted, worded in each interface language.
//!
//! Owns the error and warning types and chooses their text; the words themselves are templates
//! in [`crate::i18n::files::ImportText`]. Must not import leptos, web-sys, gloo or wasm-bindgen;
//! the only crate module it reads is [`crate::i18n`] (for [`Locale`], those texts and the shared
//! "your plans are unchanged" sentence).
//!
//! Three levels of text, so each place can say exactly as much as fits:
//! - [`ImportError::problem`]: what is wrong and where (for a stored copy that does not read,
//!   where advice about files would be out of place);
//! - [`ImportError::message`]: the problem plus what to do about it;
//! - [`ImportError::full_message`]: the message plus "Your plans are unchanged." (the text of
//!   [`Key::App(AppText::ImportUnchanged)`]); the import dialog shows this one and must not add that sentence
//!   again.
//!
//! Technical details from serde (always English) are kept apart in [`ImportError::detail`] for a
//! "details" disclosure; the Chinese messages never embed them.

use std::fmt;

use crate::i18n::files::ImportText;
use crate::i18n::AppText;
use crate::i18n::{join_list, join_sentences, t, tf, Key, Locale};
use crate::model::Id;

/// Why an import was refused. Nothing is changed when any of these is returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// No content at all (or only white space).
    Empty,
    /// Larger than [`super::import::MAX_IMPORT_BYTES`].
    TooLarge { bytes: usize, limit: usize },
    /// Binary data: NUL bytes, or bytes that are not UTF-8.
    NotText,
    /// The text stops before the JSON document is complete (a cut-off download or copy).
    /// `line` and `column` count from 1; `column` counts characters.
    Truncated { line: usize, column: usize },
    /// Not valid JSON at that place. `detail` is serde_json's English description.
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    /// Nested deeper than any plan can be.
    TooDeep,
    /// One object holds the same key twice; `path` names the second occurrence
    /// (e.g. `plan.personas[0].name`).
    DuplicateKey { path: String, key: String },
    /// Valid JSON, but not an object at the top.
    NotAnObject,
    /// An object without our `"format": "social-playbook"` marker. `found` is the format it
    /// names (clipped), or `None` when it names none (this includes a bare plan without its
    /// envelope: the app never writes one).
    NotOurFormat { found: Option<String> },
    /// Our format, but no `"plan"` in it.
    PlanMissing,
    /// Our format, but no `"version"`.
    VersionMissing,
    /// A `"version"` that is not a positive whole number; `found` is its JSON text (clipped).
    VersionInvalid { found: String },
    /// Written by a newer version of the app than this one reads.
    VersionTooNew { found: u64, supported: u32 },
    /// A value of the wrong type or form. `path` starts at the envelope (`plan.goals[2].baseline`);
    /// `detail` is serde's English description (`invalid type: string "abc", expected f64`).
    WrongValue { path: String, detail: String },
    /// Two records share an id, so references between records would be ambiguous.
    DuplicateId {
        id: Id,
        first: String,
        second: String,
    },
    /// A migration step could not bring the plan up from version `from`.
    Migration { from: u32, detail: String },
}

/// Something worth knowing about a plan that can still be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportWarning {
    /// Fields this version does not know; they are left out of the imported plan. `paths` holds
    /// at most [`super::import::MAX_LISTED_UNKNOWN`] of them, `total` counts them all.
    UnknownFields { paths: Vec<String>, total: usize },
    /// A reference to a record that is not in the plan; kept, shown as missing.
    DanglingReference { path: String, id: Id },
    /// A link that is not `http(s):` or `mailto:`; kept as text, never rendered as a link.
    UnsafeLink { path: String },
}

/// Sentences one after another, leaving out empty ones.
fn join(locale: Locale, parts: &[&str]) -> String {
    join_sentences(locale, parts.iter().copied().filter(|p| !p.is_empty()))
}

/// `12.4 MB`, `10 MB` (1 MB = 1024 × 1024 bytes, as the size limit is written). Rounded up, so
/// a file just over the limit never reads as the limit itself.
fn megabytes(bytes: usize) -> String {
    let tenths = (bytes as u64 * 10).div_ceil(1024 * 1024);
    if tenths.is_multiple_of(10) {
        format!("{} MB", tenths / 10)
    } else {
        format!("{}.{} MB", tenths / 10, tenths % 10)
    }
}

impl ImportError {
    /// What is wrong and where, in one or two sentences, without advice.
    pub fn problem(&self, locale: Locale) -> String {
        use ImportError::*;
        let text = |key: ImportText, values: &[(&str, &dyn fmt::Display)]| tf(locale, key, values);
        match self {
            Empty => text(ImportText::Empty, &[]),
            TooLarge { bytes, limit } => text(
                ImportText::TooLarge,
                &[("size", &megabytes(*bytes)), ("limit", &megabytes(*limit))],
            ),
            NotText => text(ImportText::NotText, &[]),
            Truncated { line, column } => {
                text(ImportText::Truncated, &[("line", line), ("column", column)])
            }
            Syntax {
                line,
                column,
                detail,
            } => text(
                ImportText::Syntax,
                &[("line", line), ("column", column), ("detail", detail)],
            ),
            TooDeep => text(ImportText::TooDeep, &[]),
            DuplicateKey { path, .. } => text(ImportText::DuplicateKey, &[("path", path)]),
            NotAnObject => text(ImportText::NotAnObject, &[]),
            NotOurFormat { found: None } => text(ImportText::NoFormat, &[]),
            NotOurFormat { found: Some(found) } => {
                text(ImportText::OtherFormat, &[("found", found)])
            }
            PlanMissing => text(ImportText::PlanMissing, &[]),
            VersionMissing => text(ImportText::VersionMissing, &[]),
            VersionInvalid { found } => text(ImportText::VersionInvalid, &[("found", found)]),
            VersionTooNew { found, supported } => text(
                ImportText::VersionTooNew,
                &[("found", found), ("supported", supported)],
            ),
            WrongValue { path, detail } if is_null(detail) => {
                text(ImportText::ValueNull, &[("path", path)])
            }
            WrongValue { path, detail } => text(
                ImportText::WrongValue,
                &[("path", path), ("detail", detail)],
            ),
            DuplicateId { id, first, second } => text(
                ImportText::DuplicateId,
                &[("id", id), ("first", first), ("second", second)],
            ),
            Migration { from, detail } => {
                text(ImportText::Migration, &[("from", from), ("detail", detail)])
            }
        }
    }

    /// What to do about it, in one sentence.
    pub fn advice(&self, locale: Locale) -> &'static str {
        use ImportError::*;
        let key = match self {
            Empty | TooLarge { .. } | NotText | TooDeep | NotAnObject | NotOurFormat { .. } => {
                ImportText::CheckOrigin
            }
            Truncated { .. } | PlanMissing | VersionMissing => ImportText::ExportAgain,
            Syntax { .. } | VersionInvalid { .. } | WrongValue { .. } => ImportText::FixOrExport,
            DuplicateKey { .. } => ImportText::DeleteOne,
            VersionTooNew { .. } => ImportText::Reload,
            DuplicateId { .. } => ImportText::NewId,
            Migration { .. } => ImportText::KeepFile,
        };
        t(locale, key)
    }

    /// The problem and what to do about it.
    pub fn message(&self, locale: Locale) -> String {
        join(locale, &[&self.problem(locale), self.advice(locale)])
    }

    /// The message followed by "Your plans are unchanged." ([`Key::App(AppText::ImportUnchanged)`]): the whole
    /// text of a refused import.
    pub fn full_message(&self, locale: Locale) -> String {
        join(
            locale,
            &[
                &self.message(locale),
                t(locale, Key::App(AppText::ImportUnchanged)),
            ],
        )
    }

    /// serde's technical description (English), for a "details" disclosure, when there is one.
    pub fn detail(&self) -> Option<&str> {
        match self {
            ImportError::Syntax { detail, .. }
            | ImportError::WrongValue { detail, .. }
            | ImportError::Migration { detail, .. } => Some(detail),
            _ => None,
        }
    }
}

/// serde_json writes a null where a value was expected as `invalid type: null, expected …`.
fn is_null(detail: &str) -> bool {
    detail.starts_with("invalid type: null")
}

impl fmt::Display for ImportError {
    /// The English message (for logs and test failures; the interface uses [`Self::message`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Locale::En))
    }
}

impl std::error::Error for ImportError {}

/// How many unknown field paths a warning names in its sentence (the full list is in the value).
const NAMED_IN_SENTENCE: usize = 3;

impl ImportWarning {
    /// The warning as a sentence.
    pub fn message(&self, locale: Locale) -> String {
        match self {
            ImportWarning::UnknownFields { paths, total } => {
                let named: Vec<String> = paths
                    .iter()
                    .take(NAMED_IN_SENTENCE)
                    .map(|p| tf(locale, ImportText::QuotedPath, &[("path", p)]))
                    .collect();
                let list = join_list(locale, named.iter().map(String::as_str));
                let list = if *total > named.len() {
                    tf(locale, ImportText::ListMore, &[("list", &list)])
                } else {
                    list
                };
                let key = if *total == 1 {
                    ImportText::UnknownField
                } else {
                    ImportText::UnknownFields
                };
                tf(locale, key, &[("total", total), ("list", &list)])
            }
            ImportWarning::DanglingReference { path, id } => tf(
                locale,
                ImportText::DanglingReference,
                &[("path", path), ("id", id)],
            ),
            ImportWarning::UnsafeLink { path } => {
                tf(locale, ImportText::UnsafeLink, &[("path", path)])
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_error() -> Vec<ImportError> {
        use ImportError::*;
        vec![
            Empty,
            TooLarge {
                bytes: 13 * 1024 * 1024,
                limit: 10 * 1024 * 1024,
            },
            NotText,
            Truncated { line: 3, column: 9 },
            Syntax {
                line: 2,
                column: 7,
                detail: "expected `,` or `}`".into(),
            },
            TooDeep,
            DuplicateKey {
                path: "plan.personas[0].name".into(),
                key: "name".into(),
            },
            NotAnObject,
            NotOurFormat { found: None },
            NotOurFormat {
                found: Some("excalidraw".into()),
            },
            PlanMissing,
            VersionMissing,
            VersionInvalid {
                found: "1.5".into(),
            },
            VersionTooNew {
                found: 99,
                supported: 1,
            },
            WrongValue {
                path: "plan.goals[2].baseline".into(),
                detail: "invalid type: string \"abc\", expected f64".into(),
            },
            WrongValue {
                path: "plan.strategy".into(),
                detail: "invalid type: null, expected struct Strategy".into(),
            },
            DuplicateId {
                id: 4,
                first: "plan.personas[0].id".into(),
                second: "plan.goals[1].id".into(),
            },
            Migration {
                from: 1,
                detail: "no roles".into(),
            },
        ]
    }

    fn every_warning() -> Vec<ImportWarning> {
        vec![
            ImportWarning::UnknownFields {
                paths: vec!["plan.mood".into()],
                total: 1,
            },
            ImportWarning::UnknownFields {
                paths: vec![
                    "plan.a".into(),
                    "plan.b".into(),
                    "plan.c".into(),
                    "plan.d".into(),
                ],
                total: 25,
            },
            ImportWarning::DanglingReference {
                path: "plan.goals[0].personas[1]".into(),
                id: 99,
            },
            ImportWarning::UnsafeLink {
                path: "plan.strategy.platforms[0].url".into(),
            },
        ]
    }

    fn is_cjk(c: char) -> bool {
        ('\u{4e00}'..='\u{9fff}').contains(&c)
    }

    /// The house rules for Chinese text: full-width punctuation, never ASCII `:` or `.` right
    /// after a Chinese character.
    fn assert_chinese_style(text: &str) {
        assert!(text.chars().any(is_cjk), "no Chinese in {text}");
        for bad in [',', ';', '?', '!', '(', ')'] {
            assert!(!text.contains(bad), "ASCII {bad:?} in Chinese: {text}");
        }
        let chars: Vec<char> = text.chars().collect();
        for w in chars.windows(2) {
            assert!(
                !(is_cjk(w[0]) && (w[1] == ':' || w[1] == '.')),
                "ASCII {:?} after Chinese in {text}",
                w[1]
            );
        }
        assert!(
            text.ends_with('。'),
            "Chinese sentence without a full stop: {text}"
        );
    }

    fn assert_english_style(text: &str) {
        assert!(!text.chars().any(is_cjk), "Chinese in English text: {text}");
        assert!(text.ends_with('.'), "no full stop: {text}");
        assert!(!text.contains("  "), "double space: {text}");
    }

    #[test]
    fn every_error_reads_well_in_both_languages() {
        for error in every_error() {
            let zh = error.full_message(Locale::ZhCn);
            assert_chinese_style(&zh);
            assert!(zh.ends_with("你的规划没有任何改动。"), "{zh}");
            let en = error.full_message(Locale::En);
            assert_english_style(&en);
            assert!(en.ends_with("Your plans are unchanged."), "{en}");
            assert_eq!(error.to_string(), error.message(Locale::En));
        }
    }

    #[test]
    fn every_warning_reads_well_in_both_languages() {
        for warning in every_warning() {
            assert_chinese_style(&warning.message(Locale::ZhCn));
            assert_english_style(&warning.message(Locale::En));
        }
    }

    #[test]
    fn messages_say_where() {
        let e = ImportError::WrongValue {
            path: "plan.goals[2].baseline".into(),
            detail: "invalid type: string \"abc\", expected f64".into(),
        };
        assert!(e.message(Locale::ZhCn).contains("plan.goals[2].baseline"));
        assert!(e
            .message(Locale::En)
            .contains("plan.goals[2].baseline” is not what Social Playbook expects (invalid type: string \"abc\", expected f64)"));
        assert_eq!(
            e.detail(),
            Some("invalid type: string \"abc\", expected f64")
        );
        let s = ImportError::Syntax {
            line: 12,
            column: 40,
            detail: "x".into(),
        };
        assert!(s.message(Locale::ZhCn).contains("第 12 行第 40 列"));
        assert!(s.message(Locale::En).contains("line 12, column 40"));
        let v = ImportError::VersionTooNew {
            found: 99,
            supported: 1,
        };
        for locale in Locale::ALL {
            let m = v.message(locale);
            assert!(m.contains("99") && m.contains(" 1"), "{m}");
        }
    }

    #[test]
    fn a_null_is_called_empty() {
        let e = ImportError::WrongValue {
            path: "plan.strategy".into(),
            detail: "invalid type: null, expected struct Strategy".into(),
        };
        assert!(e
            .problem(Locale::En)
            .contains("“plan.strategy” is empty (null)"));
        assert!(e.problem(Locale::ZhCn).contains("是空值"));
    }

    #[test]
    fn templates_read_exactly_as_the_old_sentences() {
        let syntax = ImportError::Syntax {
            line: 2,
            column: 7,
            detail: "expected `,` or `}`".into(),
        };
        assert_eq!(
            syntax.full_message(Locale::En),
            "The file is not valid JSON: there is a mistake at line 2, column 7 (expected `,` or `}`). If the file was edited by hand, correct that spot; otherwise export the plan again. Your plans are unchanged."
        );
        assert_eq!(
            syntax.full_message(Locale::ZhCn),
            "文件不是有效的 JSON：第 2 行第 7 列附近有格式错误。如果手动改过文件，请修改该处；否则请重新导出。你的规划没有任何改动。"
        );
        let large = ImportError::TooLarge {
            bytes: 13 * 1024 * 1024,
            limit: 10 * 1024 * 1024,
        };
        assert_eq!(
            large.problem(Locale::En),
            "The file is too large (13 MB; the limit is 10 MB), far more than any plan needs."
        );
        assert_eq!(
            large.problem(Locale::ZhCn),
            "文件太大（13 MB，上限为 10 MB），远超任何规划所需的大小。"
        );
        let [one, many, ..] = &every_warning()[..] else {
            panic!("warnings");
        };
        assert_eq!(
            one.message(Locale::En),
            "The file has a field this version does not know (“plan.mood”). It will be left out."
        );
        assert_eq!(
            one.message(Locale::ZhCn),
            "文件中有 1 个当前版本无法识别的字段（“plan.mood”），导入时会略去。"
        );
        assert_eq!(
            many.message(Locale::En),
            "The file has 25 fields this version does not know (“plan.a”, “plan.b”, “plan.c”, …). They will be left out."
        );
        assert_eq!(
            many.message(Locale::ZhCn),
            "文件中有 25 个当前版本无法识别的字段（“plan.a”、“plan.b”、“plan.c”等），导入时会略去。"
        );
    }

    #[test]
    fn sizes_read_as_megabytes() {
        assert_eq!(megabytes(10 * 1024 * 1024), "10 MB");
        assert_eq!(megabytes(13 * 1024 * 1024 + 400 * 1024), "13.4 MB");
        assert_eq!(megabytes(10 * 1024 * 1024 + 1), "10.1 MB");
    }

    #[test]
    fn unknown_fields_name_a_few_and_count_all() {
        let w = ImportWarning::UnknownFields {
            paths: (0..20).map(|i| format!("plan.x{i}")).collect(),
            total: 31,
        };
        let en = w.message(Locale::En);
        assert!(
            en.contains("31 fields") && en.contains("“plan.x2”, …"),
            "{en}"
        );
        assert!(!en.contains("plan.x3"), "{en}");
        let zh = w.message(Locale::ZhCn);
        assert!(
            zh.contains("31 个") && zh.contains("“plan.x0”、“plan.x1”、“plan.x2”等"),
            "{zh}"
        );
    }
}
