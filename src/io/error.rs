//! What can go wrong when a plan is imported (or a stored copy is read back), and what is worth
//! knowing about a plan that was accepted, with the words for both in each interface language.
//!
//! Owns the error and warning types and their text. Must not import leptos, web-sys, gloo or
//! wasm-bindgen; the only crate module it reads is [`crate::i18n`] (for [`Locale`] and the shared
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

use crate::i18n::AppText;
use crate::i18n::{t, Key, Locale};
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

/// Joins sentences the way each language does: a space in English, nothing in Chinese.
fn join(locale: Locale, parts: &[&str]) -> String {
    let separator = match locale {
        Locale::ZhCn => "",
        Locale::En => " ",
    };
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(separator)
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

const CHECK_ORIGIN_EN: &str = "Check that this is a file exported from Social Playbook.";
const CHECK_ORIGIN_ZH: &str = "请确认这是从社媒运营手册工作台导出的文件。";
const FIX_OR_EXPORT_EN: &str =
    "If the file was edited by hand, correct that spot; otherwise export the plan again.";
const FIX_OR_EXPORT_ZH: &str = "如果手动改过文件，请修改该处；否则请重新导出。";

impl ImportError {
    /// What is wrong and where, in one or two sentences, without advice.
    pub fn problem(&self, locale: Locale) -> String {
        use ImportError::*;
        match locale {
            Locale::En => match self {
                Empty => "The file is empty.".into(),
                TooLarge { bytes, limit } => format!(
                    "The file is too large ({}; the limit is {}), far more than any plan needs.",
                    megabytes(*bytes),
                    megabytes(*limit)
                ),
                NotText => "This is not a text file, or it is not saved as UTF-8.".into(),
                Truncated { line, column } => format!(
                    "The file stops too early (line {line}, column {column}): it was probably cut off while being downloaded or copied."
                ),
                Syntax { line, column, detail } => format!(
                    "The file is not valid JSON: there is a mistake at line {line}, column {column} ({detail})."
                ),
                TooDeep => "The file is nested far too deeply to be a plan.".into(),
                DuplicateKey { path, .. } => format!(
                    "“{path}” appears twice in the same place, so it is not clear which value to use."
                ),
                NotAnObject => "The file holds JSON data, but not a plan.".into(),
                NotOurFormat { found: None } => {
                    "This JSON file does not come from Social Playbook (it has no “format” field).".into()
                }
                NotOurFormat { found: Some(found) } => {
                    format!("This file belongs to another app (its format is “{found}”).")
                }
                PlanMissing => "The file has no plan in it (the “plan” field is missing).".into(),
                VersionMissing => {
                    "The file does not say which format version it uses (the “version” field is missing).".into()
                }
                VersionInvalid { found } => format!(
                    "The file’s format version should be a whole number such as 1, but it is {found}."
                ),
                VersionTooNew { found, supported } => format!(
                    "This file was made by a newer version of Social Playbook (format version {found}); this version reads format versions up to {supported}."
                ),
                WrongValue { path, detail } if is_null(detail) => format!(
                    "“{path}” is empty (null), but a plan needs a value there."
                ),
                WrongValue { path, detail } => {
                    format!("The value at “{path}” is not what Social Playbook expects ({detail}).")
                }
                DuplicateId { id, first, second } => format!(
                    "Two records share the id {id} (“{first}” and “{second}”), so links between records would be ambiguous."
                ),
                Migration { from, detail } => format!(
                    "The plan could not be brought up to date from format version {from} ({detail})."
                ),
            },
            Locale::ZhCn => match self {
                Empty => "文件是空的。".into(),
                TooLarge { bytes, limit } => format!(
                    "文件太大（{}，上限为 {}），远超任何规划所需的大小。",
                    megabytes(*bytes),
                    megabytes(*limit)
                ),
                NotText => "这不是文本文件，或者没有以 UTF-8 编码保存。".into(),
                Truncated { line, column } => format!(
                    "文件在第 {line} 行第 {column} 列提前结束，可能在下载或复制时被截断了。"
                ),
                Syntax { line, column, .. } => format!(
                    "文件不是有效的 JSON：第 {line} 行第 {column} 列附近有格式错误。"
                ),
                TooDeep => "文件的嵌套层级太深，不可能是一份规划。".into(),
                DuplicateKey { path, .. } => {
                    format!("“{path}”在同一处出现了两次，无法确定该用哪个值。")
                }
                NotAnObject => "文件是 JSON 数据，但不是一份规划。".into(),
                NotOurFormat { found: None } => {
                    "这个 JSON 文件不是社媒运营手册工作台导出的（缺少“format”字段）。".into()
                }
                NotOurFormat { found: Some(found) } => {
                    format!("这个文件属于其他应用（格式标记为“{found}”）。")
                }
                PlanMissing => "文件里没有规划内容（缺少“plan”字段）。".into(),
                VersionMissing => "文件没有注明格式版本（缺少“version”字段）。".into(),
                VersionInvalid { found } => {
                    format!("文件的格式版本应为正整数（例如 1），实际为 {found}。")
                }
                VersionTooNew { found, supported } => format!(
                    "这个文件由更新版本的社媒运营手册工作台生成（格式版本 {found}），当前版本最高只能读取格式版本 {supported}。"
                ),
                WrongValue { path, detail } if is_null(detail) => {
                    format!("“{path}”是空值（null），但规划在这里需要内容。")
                }
                WrongValue { path, .. } => {
                    format!("“{path}”处的值类型或格式不符合要求。")
                }
                DuplicateId { id, first, second } => format!(
                    "两条记录使用了同一个编号 {id}（“{first}”和“{second}”），记录之间的关联会混淆。"
                ),
                Migration { from, .. } => {
                    format!("无法把规划从格式版本 {from} 升级到当前版本。")
                }
            },
        }
    }

    /// What to do about it, in one sentence.
    pub fn advice(&self, locale: Locale) -> &'static str {
        use ImportError::*;
        let en = locale == Locale::En;
        match self {
            Empty | TooLarge { .. } | NotText | TooDeep | NotAnObject | NotOurFormat { .. } => {
                if en {
                    CHECK_ORIGIN_EN
                } else {
                    CHECK_ORIGIN_ZH
                }
            }
            Truncated { .. } | PlanMissing | VersionMissing => {
                if en {
                    "Export the plan again, or use another copy of the file."
                } else {
                    "请重新导出，或换用这个文件的其他副本。"
                }
            }
            Syntax { .. } | VersionInvalid { .. } | WrongValue { .. } => {
                if en {
                    FIX_OR_EXPORT_EN
                } else {
                    FIX_OR_EXPORT_ZH
                }
            }
            DuplicateKey { .. } => {
                if en {
                    "Delete one of the two, then import the file again."
                } else {
                    "请删除其中一个，再重新导入。"
                }
            }
            VersionTooNew { .. } => {
                if en {
                    "Reload this page to get the latest version of the app, then try again."
                } else {
                    "请刷新页面以获取最新版本，然后再试一次。"
                }
            }
            DuplicateId { .. } => {
                if en {
                    "If the file was edited by hand, give one of the two records a new id; otherwise export the plan again."
                } else {
                    "如果手动改过文件，请给其中一条记录换一个编号；否则请重新导出。"
                }
            }
            Migration { .. } => {
                if en {
                    "Keep the file: a later version of the app may be able to read it."
                } else {
                    "请保留这个文件，以后的版本也许能读取它。"
                }
            }
        }
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
        match (self, locale) {
            (ImportWarning::UnknownFields { paths, total }, locale) => {
                let named: Vec<String> = paths
                    .iter()
                    .take(NAMED_IN_SENTENCE)
                    .map(|p| format!("“{p}”"))
                    .collect();
                let more = *total > named.len();
                match locale {
                    Locale::En => {
                        let list = named.join(", ");
                        let list = if more { format!("{list}, …") } else { list };
                        if *total == 1 {
                            format!("The file has a field this version does not know ({list}). It will be left out.")
                        } else {
                            format!("The file has {total} fields this version does not know ({list}). They will be left out.")
                        }
                    }
                    Locale::ZhCn => {
                        let list = named.join("、");
                        let list = if more { format!("{list}等") } else { list };
                        format!("文件中有 {total} 个当前版本无法识别的字段（{list}），导入时会略去。")
                    }
                }
            }
            (ImportWarning::DanglingReference { path, id }, Locale::En) => format!(
                "“{path}” refers to a record (id {id}) that is not in the plan; it will show as missing."
            ),
            (ImportWarning::DanglingReference { path, id }, Locale::ZhCn) => format!(
                "“{path}”引用的记录（编号 {id}）不在规划中，将显示为缺失。"
            ),
            (ImportWarning::UnsafeLink { path }, Locale::En) => format!(
                "The link at “{path}” is not a web or email address; it is kept as text and will not be clickable."
            ),
            (ImportWarning::UnsafeLink { path }, Locale::ZhCn) => format!(
                "“{path}”处的链接不是网址或邮箱地址，将作为普通文字保留，不能点击。"
            ),
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
