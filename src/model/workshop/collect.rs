//! The facilitator's collection of hand-ins: every file, paste or link received becomes one row
//! with a status, and nothing replaces anything. A second hand-in from a table is kept beside the
//! first as a newer version; a damaged input is a row that says what is wrong; the rows already
//! there never change when more arrive.
//!
//! Reading the inputs (bytes, pasted text, share links) is `crate::io::handin`, which turns each
//! into a [`Received`]; this module decides each row's [`Status`] and keeps the rows. The
//! collection is stored with the session and exported whole by `crate::io::bundle`.
//!
//! Which version of a table is the newest: the one whose plan was saved last
//! (`Plan::updated_at`), and of two saved at the same moment the one received last, so a table
//! that sends an older file after a newer one does not move the newest mark back.
//!
//! Pure: must not import leptos, web-sys, gloo, wasm-bindgen or anything outside `crate::model`.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::model::checks::step_completeness_on;
use crate::model::{Id, Plan, Step};

/// The largest input read (a file or a paste): 5 MB. A table's plan after a two-hour workshop
/// is a few dozen KB; even a plan with years of calendar stays around 1 MB.
pub const MAX_INPUT_BYTES: usize = 5 * 1024 * 1024;

/// The most rows a collection keeps (a room of 20 tables handing in several versions each, and
/// the odd mistaken file). Inputs beyond it are reported and not kept.
pub const MAX_ROWS: usize = 300;

/// One input as `crate::io::handin` read it.
#[derive(Clone, Debug, PartialEq)]
pub struct Received {
    /// Where it came from: the file's name, or a label for a paste ("Pasted text 2").
    pub source: String,
    /// Its size in bytes as received.
    pub bytes: usize,
    pub reading: Reading,
    /// For a plan: at least how long its stored text is, in UTF-16 units (0 when not known).
    pub plan_units: usize,
}

/// What reading an input gave.
#[derive(Clone, Debug, PartialEq)]
pub enum Reading {
    /// A plan that passed the import checks.
    Plan(Box<Plan>),
    /// Larger than [`MAX_INPUT_BYTES`]; not read at all.
    TooLarge,
    /// Written by a newer version of the app than this one reads.
    NewerVersion { found: u64, supported: u32 },
    /// Not a plan that can be read.
    Damaged(Damage),
}

/// Why an input is not a readable plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Damage {
    /// Nothing in it.
    Empty,
    /// Binary data, or text in an encoding other than UTF-8.
    NotText,
    /// Cut short or broken, at this line and column (from 1).
    Broken { line: usize, column: usize },
    /// Readable, but not a plan of this app (another app's file, a bundle, any other JSON).
    NotAPlan,
    /// A value of the wrong type or form at this path (`plan.goals[2].baseline`).
    WrongValue { path: String },
    /// Two records share this id.
    DuplicateId { id: Id },
    /// A share link that is cut or altered, or a link this version cannot read.
    LinkDamaged,
    /// A join link: it carries the session, not a table's work.
    JoinLink,
    /// Nested deeper than any plan, or any other reason the import refused it.
    Unreadable,
}

/// What became of one input.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// A plan of this session from one of its tables.
    Ok,
    /// Not a readable plan.
    Damaged(Damage),
    /// A plan of another session (`found` is that session's name), or of none (`None`).
    OtherSession { found: Option<String> },
    /// A plan of this session that names no table (the room's merged plan).
    NoTable,
    /// Written by a newer version of the app.
    NewerVersion { found: u64, supported: u32 },
    /// The same plan as row `of`, which is kept; this one adds nothing.
    Duplicate { of: u32 },
    /// Over [`MAX_INPUT_BYTES`].
    TooLarge { bytes: usize, limit: usize },
    /// The collection already holds [`MAX_ROWS`] rows; this input was not kept.
    Full { limit: usize },
}

/// One input received, as the collection keeps it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Row {
    /// Numbers rows from 1 in the order received; never reused.
    pub number: u32,
    pub source: String,
    pub received_at: DateTime<Utc>,
    pub status: Status,
    /// The table the plan names (for plans of this session).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<String>,
    /// The plan, for rows that hold one (kept for other sessions too, so nothing is lost; only
    /// [`Status::Ok`] rows take part in comparing and merging).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<Plan>,
    /// At least how long the plan's stored text is, as its reading found.
    #[serde(skip)]
    pub plan_units: LengthHint,
}

/// At least how long a text is, in UTF-16 units, as something already read found (0 when not
/// known, as for rows read back from storage): a collection of large plans that no browser
/// could store is then refused without writing it out first. A hint, not part of the row: rows
/// compare equal whatever their hints say.
#[derive(Clone, Copy, Debug, Default)]
pub struct LengthHint(pub usize);

impl PartialEq for LengthHint {
    fn eq(&self, _: &LengthHint) -> bool {
        true
    }
}

/// Every input received for one session.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Collection {
    /// The session the hand-ins must belong to.
    pub session_id: String,
    pub rows: Vec<Row>,
    /// The number the next row gets.
    pub next_number: u32,
}

/// The versions one table handed in, oldest first.
#[derive(Clone, Debug, PartialEq)]
pub struct TableVersions<'a> {
    pub table: &'a str,
    /// [`Status::Ok`] rows of this table, oldest first; the last is the newest.
    pub rows: Vec<&'a Row>,
}

impl TableVersions<'_> {
    /// The newest version.
    pub fn newest(&self) -> Option<&Row> {
        self.rows.last().copied()
    }
}

impl Collection {
    /// An empty collection for the session `session_id`.
    pub fn new(session_id: impl Into<String>) -> Collection {
        Collection {
            session_id: session_id.into(),
            rows: Vec::new(),
            next_number: 1,
        }
    }

    /// Takes every input in order; each becomes a row (or, once [`MAX_ROWS`] rows are kept, a
    /// [`Status::Full`] row that is returned but not kept). Returns the rows this call made,
    /// without their plans. Rows already kept never change.
    pub fn add_all(
        &mut self,
        inputs: impl IntoIterator<Item = Received>,
        now: DateTime<Utc>,
    ) -> Vec<RowReport> {
        inputs
            .into_iter()
            .map(|input| self.add(input, now))
            .collect()
    }

    /// Takes one input; see [`Collection::add_all`].
    pub fn add(&mut self, input: Received, now: DateTime<Utc>) -> RowReport {
        let number = self.next_number.max(1);
        let (status, table, plan) = self.judge(input.bytes, input.reading);
        let plan_units = LengthHint(if plan.is_some() { input.plan_units } else { 0 });
        let status = if self.rows.len() >= MAX_ROWS {
            Status::Full { limit: MAX_ROWS }
        } else {
            status
        };
        let report = RowReport {
            number,
            source: input.source.clone(),
            status: status.clone(),
            table: table.clone(),
            kept: !matches!(status, Status::Full { .. }),
        };
        if report.kept {
            self.next_number = number.saturating_add(1);
            self.rows.push(Row {
                number,
                source: input.source,
                received_at: now,
                status,
                table,
                plan,
                plan_units,
            });
        }
        report
    }

    fn judge(&self, bytes: usize, reading: Reading) -> (Status, Option<String>, Option<Plan>) {
        let plan = match reading {
            Reading::TooLarge => {
                let status = Status::TooLarge {
                    bytes,
                    limit: MAX_INPUT_BYTES,
                };
                return (status, None, None);
            }
            _ if bytes > MAX_INPUT_BYTES => {
                let status = Status::TooLarge {
                    bytes,
                    limit: MAX_INPUT_BYTES,
                };
                return (status, None, None);
            }
            Reading::NewerVersion { found, supported } => {
                return (Status::NewerVersion { found, supported }, None, None)
            }
            Reading::Damaged(damage) => return (Status::Damaged(damage), None, None),
            Reading::Plan(plan) => *plan,
        };
        if let Some(same) = self
            .rows
            .iter()
            .find(|r| r.plan.as_ref().is_some_and(|p| *p == plan))
        {
            return (
                Status::Duplicate { of: same.number },
                same.table.clone(),
                None,
            );
        }
        let status = match &plan.workshop {
            Some(tag) if tag.session_id == self.session_id => {
                if tag.table.trim().is_empty() {
                    Status::NoTable
                } else {
                    let table = tag.table.clone();
                    return (Status::Ok, Some(table), Some(plan));
                }
            }
            Some(tag) => Status::OtherSession {
                found: Some(tag.session_name.clone()),
            },
            None => Status::OtherSession { found: None },
        };
        (status, None, Some(plan))
    }

    /// The row numbered `number`.
    pub fn row(&self, number: u32) -> Option<&Row> {
        self.rows.iter().find(|r| r.number == number)
    }

    /// The [`Status::Ok`] rows grouped by table, tables in the order of `table_order` (the
    /// session's tables) and then any other table in the order first received; each table's
    /// versions oldest first.
    pub fn tables<'a>(&'a self, table_order: &[String]) -> Vec<TableVersions<'a>> {
        let mut out: Vec<TableVersions<'a>> = Vec::new();
        for row in self.rows.iter().filter(|r| r.status == Status::Ok) {
            let Some(table) = row.table.as_deref() else {
                continue;
            };
            match out.iter_mut().find(|t| t.table == table) {
                Some(versions) => versions.rows.push(row),
                None => out.push(TableVersions {
                    table,
                    rows: vec![row],
                }),
            }
        }
        for versions in &mut out {
            // Stable: of two plans saved at the same moment, the one received last stays last.
            versions
                .rows
                .sort_by_key(|r| r.plan.as_ref().map(|p| p.updated_at));
        }
        let rank = |table: &str| {
            table_order
                .iter()
                .position(|t| t == table)
                .unwrap_or(usize::MAX)
        };
        out.sort_by_key(|t| rank(t.table));
        out
    }

    /// The newest version of each table, in the order of [`Collection::tables`].
    pub fn newest<'a>(&'a self, table_order: &[String]) -> Vec<&'a Row> {
        self.tables(table_order)
            .into_iter()
            .filter_map(|t| t.rows.last().copied())
            .collect()
    }

    /// The newest plan of each table with the table's name, in the order of
    /// [`Collection::tables`]: what the comparison and the merge read.
    pub fn newest_plans<'a>(&'a self, table_order: &[String]) -> Vec<(&'a str, &'a Plan)> {
        self.newest(table_order)
            .into_iter()
            .filter_map(|row| Some((row.table.as_deref()?, row.plan.as_ref()?)))
            .collect()
    }

    /// True when row `number` is the newest version of its table.
    pub fn is_newest(&self, number: u32) -> bool {
        self.newest(&[]).iter().any(|r| r.number == number)
    }
}

/// What [`Collection::add`] made of one input (its plan stays in the collection).
#[derive(Clone, Debug, PartialEq)]
pub struct RowReport {
    pub number: u32,
    pub source: String,
    pub status: Status,
    pub table: Option<String>,
    /// False only for [`Status::Full`].
    pub kept: bool,
}

impl Row {
    /// How complete each of the six steps is in this row's plan as of `today` (whole percent);
    /// empty for rows without a plan.
    pub fn progress(&self, today: NaiveDate) -> Vec<(Step, u8)> {
        let Some(plan) = &self.plan else {
            return Vec::new();
        };
        Step::ALL
            .into_iter()
            .filter_map(|step| step_completeness_on(plan, step, today).map(|c| (step, c.percent())))
            .collect()
    }
}

#[cfg(test)]
#[path = "collect_tests.rs"]
mod tests;
