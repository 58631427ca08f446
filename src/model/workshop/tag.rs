//! The workshop tag a plan carries when a table made it by joining a session (and the tag of the
//! room's merged plan): which session, which table, when it joined, the session's agenda (so the
//! table's session bar runs it on the device's clock), and for a merged plan which table each
//! record came from.
//!
//! Stored inside the plan (`Plan::workshop`), optional: plans outside workshops, and files from
//! before workshops existed, have none and are written without it.
//!
//! Pure: must not import leptos, web-sys, gloo, wasm-bindgen or anything outside `crate::model`;
//! in particular not `crate::model::plan`, which imports this file.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::agenda::Agenda;
use crate::model::Id;

/// Which session and table a plan belongs to.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkshopTag {
    /// The session's id (see `crate::model::workshop::session::is_valid_session_id`).
    pub session_id: String,
    /// The session's name, as the join link carried it (for the hand-in file name and the
    /// session bar).
    pub session_name: String,
    /// The table's name; empty for the room's merged plan, which belongs to no table.
    pub table: String,
    /// When the table joined (or when the merged plan was made).
    pub joined_at: DateTime<Utc>,
    /// The session's agenda as the join link carried it; `None` for the merged plan and for
    /// plans tagged before agendas travelled with the tag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agenda: Option<Agenda>,
    /// The merged plan only: the table each record came from. A record without an entry was
    /// written in the merged plan itself. Ids are unique across the whole plan, so one list
    /// serves every kind of record.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub origins: Vec<Origin>,
}

/// The table one record of a merged plan came from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Origin {
    /// The record's id in the merged plan.
    pub id: Id,
    /// The table's name.
    pub table: String,
    /// The record's id in that table's plan.
    pub source_id: Id,
}

impl WorkshopTag {
    /// The table a record of a merged plan came from, if it came from one.
    pub fn origin_of(&self, id: Id) -> Option<&Origin> {
        self.origins.iter().find(|o| o.id == id)
    }

    /// True for the room's merged plan (tagged with the session, but no table).
    pub fn is_merged(&self) -> bool {
        self.table.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_merged_plan_has_no_table_and_knows_where_records_came_from() {
        let tag = WorkshopTag {
            session_id: "s1".into(),
            session_name: "春季工作坊".into(),
            table: String::new(),
            origins: vec![Origin {
                id: 4,
                table: "组2".into(),
                source_id: 9,
            }],
            ..WorkshopTag::default()
        };
        assert!(tag.is_merged());
        assert_eq!(tag.origin_of(4).map(|o| o.table.as_str()), Some("组2"));
        assert_eq!(tag.origin_of(9), None);
        let table = WorkshopTag {
            table: "组1".into(),
            ..tag
        };
        assert!(!table.is_merged());
    }
}
