//! A workshop session as the facilitator sets it up: its id and name, what the tables start from,
//! the tables, and the agenda; and the [`Invite`], the part of it a join link carries.
//!
//! Owns the session types, their limits and their checks. The default table names ("组1"…,
//! "Table 1"…) are worded in the facilitator's language by `crate::i18n::workshop`; once the
//! session is set up they are data of the session (they travel in the join link and tag every
//! plan), so they are never translated again.
//!
//! Pure: must not import leptos, web-sys, gloo, wasm-bindgen or anything outside `crate::model`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::agenda::{Agenda, AgendaProblem};
use crate::model::examples::Example;

/// How many tables a new session proposes.
pub const DEFAULT_TABLE_COUNT: usize = 8;

/// The most tables a session may have.
pub const MAX_TABLES: usize = 20;

/// The longest table name, in characters.
pub const MAX_TABLE_NAME_CHARS: usize = 24;

/// The longest session name, in characters.
pub const MAX_SESSION_NAME_CHARS: usize = 60;

/// The longest session id, in characters. Ids are short random strings of `A–Z a–z 0–9 - _`
/// (they travel in the join link and in every table's plan).
pub const MAX_SESSION_ID_CHARS: usize = 32;

/// What every table's plan starts from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Start {
    /// An empty plan.
    #[default]
    Blank,
    /// One of the worked examples, in each table's own interface language.
    Example(#[serde(with = "example_serde")] Example),
    /// The facilitator's own plan (some steps filled). It travels separately from the join
    /// link: inside it only when the whole link stays short enough, otherwise as a file.
    Plan,
}

/// A workshop session, as the facilitator's device stores it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Session {
    /// Random, chosen by the caller; see [`MAX_SESSION_ID_CHARS`].
    pub id: String,
    pub name: String,
    pub start: Start,
    /// The table names, in the order the join page offers them.
    pub tables: Vec<String>,
    pub agenda: Agenda,
    pub created_at: DateTime<Utc>,
}

/// What a join link carries: the session without its facilitator-only parts.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Invite {
    pub session_id: String,
    pub session_name: String,
    pub start: Start,
    pub tables: Vec<String>,
    pub agenda: Agenda,
}

/// Why a session (or an invite) cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionProblem {
    /// The id is empty, too long, or has characters outside `A–Z a–z 0–9 - _`.
    BadId,
    /// The name is empty (or only white space).
    NameEmpty,
    /// The name is longer than [`MAX_SESSION_NAME_CHARS`].
    NameTooLong,
    /// The name holds a control character (a line break, a tab).
    NameHasControl,
    /// No table.
    NoTables,
    /// More than [`MAX_TABLES`] tables.
    TooManyTables { count: usize },
    /// Table `index` has an empty name.
    TableEmpty { index: usize },
    /// Table `index` has a name longer than [`MAX_TABLE_NAME_CHARS`].
    TableTooLong { index: usize },
    /// Table `index` has a control character in its name.
    TableHasControl { index: usize },
    /// Table `index` has the same name as table `first` (compared trimmed).
    TableRepeated { index: usize, first: usize },
    /// The agenda cannot be used.
    Agenda(AgendaProblem),
}

/// True for a session id the join link and the tags can carry.
pub fn is_valid_session_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_SESSION_ID_CHARS
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Why `name` cannot name a table, if it cannot (`index` is its place in the list).
pub fn table_name_problem(name: &str, index: usize) -> Option<SessionProblem> {
    if name.trim().is_empty() {
        Some(SessionProblem::TableEmpty { index })
    } else if name.chars().count() > MAX_TABLE_NAME_CHARS {
        Some(SessionProblem::TableTooLong { index })
    } else if name.chars().any(char::is_control) {
        Some(SessionProblem::TableHasControl { index })
    } else {
        None
    }
}

impl Session {
    /// The invite a join link carries for this session.
    pub fn invite(&self) -> Invite {
        Invite {
            session_id: self.id.clone(),
            session_name: self.name.clone(),
            start: self.start,
            tables: self.tables.clone(),
            agenda: self.agenda.clone(),
        }
    }

    /// Every reason the session cannot be used; empty when it is fine.
    pub fn problems(&self) -> Vec<SessionProblem> {
        problems(&self.id, &self.name, &self.tables, &self.agenda)
    }
}

impl Invite {
    /// Every reason the invite cannot be used (the same rules as [`Session::problems`]).
    pub fn problems(&self) -> Vec<SessionProblem> {
        problems(
            &self.session_id,
            &self.session_name,
            &self.tables,
            &self.agenda,
        )
    }
}

fn problems(id: &str, name: &str, tables: &[String], agenda: &Agenda) -> Vec<SessionProblem> {
    let mut out = Vec::new();
    if !is_valid_session_id(id) {
        out.push(SessionProblem::BadId);
    }
    if name.trim().is_empty() {
        out.push(SessionProblem::NameEmpty);
    } else if name.chars().count() > MAX_SESSION_NAME_CHARS {
        out.push(SessionProblem::NameTooLong);
    }
    if name.chars().any(char::is_control) {
        out.push(SessionProblem::NameHasControl);
    }
    if tables.is_empty() {
        out.push(SessionProblem::NoTables);
    }
    if tables.len() > MAX_TABLES {
        out.push(SessionProblem::TooManyTables {
            count: tables.len(),
        });
    }
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (index, table) in tables.iter().enumerate() {
        if let Some(problem) = table_name_problem(table, index) {
            out.push(problem);
            continue;
        }
        if let Some(&first) = seen.get(table.trim()) {
            out.push(SessionProblem::TableRepeated { index, first });
        } else {
            seen.insert(table.trim(), index);
        }
    }
    out.extend(agenda.problems().into_iter().map(SessionProblem::Agenda));
    out
}

/// The stable name of each example, for stored sessions and join links.
pub fn example_slug(example: Example) -> &'static str {
    match example {
        Example::Cafe => "cafe",
        Example::Manufacturer => "manufacturer",
        Example::School => "school",
    }
}

/// Reads [`example_slug`] back.
pub fn example_from_slug(slug: &str) -> Option<Example> {
    Example::ALL.into_iter().find(|e| example_slug(*e) == slug)
}

mod example_serde {
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    use crate::model::examples::Example;

    pub fn serialize<S: Serializer>(example: &Example, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(super::example_slug(*example))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Example, D::Error> {
        let slug = String::deserialize(d)?;
        super::example_from_slug(&slug)
            .ok_or_else(|| D::Error::custom(format!("unknown example `{slug}`")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::workshop::agenda::AgendaBlock;
    use crate::model::Step;
    use chrono::{NaiveDate, TimeZone};

    /// Table names as the setup page proposes them (the real ones are worded by
    /// `crate::i18n::workshop::default_table_names`).
    fn default_table_names(count: usize, chinese: bool) -> Vec<String> {
        let word = if chinese { "组" } else { "Table " };
        (1..=count).map(|n| format!("{word}{n}")).collect()
    }

    fn session() -> Session {
        let start = NaiveDate::from_ymd_opt(2026, 3, 14)
            .and_then(|d| d.and_hms_opt(9, 0, 0))
            .expect("valid");
        Session {
            id: "k3v9-Qa_x".into(),
            name: "春季工作坊".into(),
            start: Start::Example(Example::School),
            tables: default_table_names(DEFAULT_TABLE_COUNT, true),
            agenda: Agenda::standard(start),
            created_at: Utc.with_ymd_and_hms(2026, 3, 1, 8, 0, 0).unwrap(),
        }
    }

    #[test]
    fn the_most_tables_with_numbered_names_are_fine() {
        for chinese in [true, false] {
            let s = Session {
                tables: default_table_names(MAX_TABLES, chinese),
                ..session()
            };
            assert_eq!(s.problems(), vec![]);
        }
    }

    #[test]
    fn a_sound_session_has_no_problem_and_its_invite_neither() {
        let s = session();
        assert_eq!(s.problems(), vec![]);
        let invite = s.invite();
        assert_eq!(invite.session_id, s.id);
        assert_eq!(invite.tables, s.tables);
        assert_eq!(invite.problems(), vec![]);
    }

    #[test]
    fn ids_are_short_and_url_safe() {
        assert!(is_valid_session_id("aZ09-_"));
        assert!(!is_valid_session_id(""));
        assert!(!is_valid_session_id("a b"));
        assert!(!is_valid_session_id("组"));
        assert!(!is_valid_session_id("a.b"));
        assert!(is_valid_session_id(&"x".repeat(MAX_SESSION_ID_CHARS)));
        assert!(!is_valid_session_id(&"x".repeat(MAX_SESSION_ID_CHARS + 1)));
        let s = Session {
            id: "a/b".into(),
            ..session()
        };
        assert_eq!(s.problems(), vec![SessionProblem::BadId]);
    }

    #[test]
    fn names_must_be_present_short_and_on_one_line() {
        let named = |name: &str| {
            Session {
                name: name.into(),
                ..session()
            }
            .problems()
        };
        assert_eq!(named("  "), vec![SessionProblem::NameEmpty]);
        assert_eq!(
            named(&"坊".repeat(MAX_SESSION_NAME_CHARS + 1)),
            vec![SessionProblem::NameTooLong]
        );
        assert_eq!(named(&"坊".repeat(MAX_SESSION_NAME_CHARS)), vec![]);
        assert_eq!(named("a\nb"), vec![SessionProblem::NameHasControl]);
    }

    #[test]
    fn every_table_problem_names_its_table() {
        let s = Session {
            tables: vec![
                "组1".into(),
                " ".into(),
                "x".repeat(MAX_TABLE_NAME_CHARS + 1),
                "a\tb".into(),
                " 组1 ".into(),
                "组2".into(),
            ],
            ..session()
        };
        assert_eq!(
            s.problems(),
            vec![
                SessionProblem::TableEmpty { index: 1 },
                SessionProblem::TableTooLong { index: 2 },
                SessionProblem::TableHasControl { index: 3 },
                SessionProblem::TableRepeated { index: 4, first: 0 },
            ]
        );
        let none = Session {
            tables: vec![],
            ..session()
        };
        assert_eq!(none.problems(), vec![SessionProblem::NoTables]);
        let many = Session {
            tables: default_table_names(MAX_TABLES + 1, true),
            ..session()
        };
        assert_eq!(
            many.problems(),
            vec![SessionProblem::TooManyTables {
                count: MAX_TABLES + 1
            }]
        );
    }

    #[test]
    fn agenda_problems_are_session_problems() {
        let mut s = session();
        s.agenda.blocks.push(AgendaBlock {
            step: Step::Handbook,
            minutes: 0,
        });
        assert_eq!(
            s.problems(),
            vec![SessionProblem::Agenda(AgendaProblem::ZeroMinutes {
                index: 6
            })]
        );
    }

    #[test]
    fn a_stored_session_reads_back_with_examples_by_name() {
        let s = session();
        let json = serde_json::to_string(&s).expect("serializes");
        assert!(json.contains(r#""start":{"example":"school"}"#), "{json}");
        let back: Session = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back, s);
        for start in [Start::Blank, Start::Plan] {
            let s = Session { start, ..session() };
            let back: Session = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
            assert_eq!(back.start, start);
        }
        assert!(serde_json::from_str::<Start>(r#"{"example":"bakery"}"#).is_err());
        for example in Example::ALL {
            assert_eq!(example_from_slug(example_slug(example)), Some(example));
        }
    }
}
