//! What joining a session makes, and what a table's session bar shows: the new plan's name and
//! workshop tag, the agenda as rows of clock times for the join page, and the agenda's state
//! worded in whole minutes for the bar.
//!
//! Joining never changes a plan the table already has: [`join_plan`] takes the start (a blank
//! plan, a worked example, the facilitator's plan) as a value and returns the table's own copy,
//! under the id the caller allocated.
//!
//! Pure: must not import leptos, web-sys, gloo, wasm-bindgen or anything outside `crate::model`.
//! Every function that needs "now" takes it as a parameter.

use chrono::{DateTime, NaiveDateTime, NaiveTime, Utc};

use super::agenda::{Agenda, AgendaNow};
use super::session::Invite;
use super::tag::WorkshopTag;
use crate::model::{Plan, Step};

/// What joins the session's and the table's names in a joined plan's name.
pub const NAME_SEPARATOR: &str = " · ";

/// Why a table cannot join with this invite.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JoinRefusal {
    /// The table is not one of the session's tables.
    UnknownTable,
}

/// The joined plan's name: `<session> · <table>`.
pub fn joined_name(session_name: &str, table: &str) -> String {
    format!("{}{NAME_SEPARATOR}{}", session_name.trim(), table.trim())
}

/// The tag a table's plan gets when it joins `invite` as `table` at `now`.
pub fn join_tag(
    invite: &Invite,
    table: &str,
    now: DateTime<Utc>,
) -> Result<WorkshopTag, JoinRefusal> {
    let table = invite
        .tables
        .iter()
        .find(|t| t.trim() == table.trim())
        .ok_or(JoinRefusal::UnknownTable)?;
    Ok(WorkshopTag {
        session_id: invite.session_id.clone(),
        session_name: invite.session_name.clone(),
        table: table.clone(),
        joined_at: now,
        agenda: Some(invite.agenda.clone()),
        origins: Vec::new(),
    })
}

/// The table's own plan made from `start`: id `id`, named [`joined_name`], tagged with
/// [`join_tag`] (any tag `start` carried, such as a merged plan's origins, is replaced), created
/// and updated `now`. Everything else (the steps the facilitator filled, the example's content,
/// the record counter) is kept as it was.
pub fn join_plan(
    start: Plan,
    invite: &Invite,
    table: &str,
    id: String,
    now: DateTime<Utc>,
) -> Result<Plan, JoinRefusal> {
    let tag = join_tag(invite, table, now)?;
    let mut plan = start;
    plan.id = id;
    plan.name = joined_name(&tag.session_name, &tag.table);
    plan.created_at = now;
    plan.updated_at = now;
    plan.workshop = Some(tag);
    Ok(plan)
}

/// True when `plan` is a table's plan in a workshop (tagged with a table, not the merged plan):
/// the plans that show the session bar.
pub fn is_table_plan(plan: &Plan) -> bool {
    plan.workshop.as_ref().is_some_and(|tag| !tag.is_merged())
}

/// One block of the agenda as the join page lists it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AgendaRow {
    pub step: Step,
    pub minutes: u32,
    /// The local wall-clock times the block starts and ends.
    pub starts: NaiveTime,
    pub ends: NaiveTime,
}

/// The agenda's blocks with their clock times, in order.
pub fn agenda_rows(agenda: &Agenda) -> Vec<AgendaRow> {
    (0..agenda.blocks.len())
        .map(|index| {
            let block = agenda.blocks[index];
            let starts = agenda.block_start(index).unwrap_or(agenda.start);
            let ends = agenda
                .block_start(index + 1)
                .unwrap_or_else(|| agenda.end());
            AgendaRow {
                step: block.step,
                minutes: block.minutes,
                starts: starts.time(),
                ends: ends.time(),
            }
        })
        .collect()
}

/// Where the agenda stands, in the whole minutes the session bar shows (it refreshes every few
/// seconds, so it never shows seconds).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarState {
    /// Before the start; starts in this many minutes (rounded up).
    NotStarted { minutes: u64 },
    /// In block `index` on `step`, with this many minutes left (rounded up: 30 seconds left is
    /// 1, so "0 minutes left" is never shown while the block runs).
    Block {
        index: usize,
        step: Step,
        minutes_left: u32,
    },
    /// After the last block.
    Finished,
}

/// The session bar's state of `agenda` at `at` (the device's local time).
pub fn bar_state(agenda: &Agenda, at: NaiveDateTime) -> BarState {
    match agenda.now(at) {
        AgendaNow::NotStarted { starts_in_minutes } => BarState::NotStarted {
            minutes: starts_in_minutes,
        },
        AgendaNow::Block {
            index,
            step,
            minutes_left,
            seconds_left,
        } => BarState::Block {
            index,
            step,
            minutes_left: minutes_left.saturating_add(u32::from(seconds_left > 0)),
        },
        AgendaNow::Finished => BarState::Finished,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::examples::Example;
    use crate::model::workshop::session::Start;
    use crate::model::workshop::Origin;
    use chrono::{NaiveDate, TimeZone};

    fn at(h: u32, m: u32, s: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 3, 14)
            .and_then(|d| d.and_hms_opt(h, m, s))
            .expect("valid time")
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, 14, 1, 5, 0).unwrap()
    }

    fn invite() -> Invite {
        Invite {
            session_id: "k3v9-Qa_x".into(),
            session_name: "春季工作坊".into(),
            start: Start::Example(Example::Cafe),
            tables: vec!["组1".into(), "组2".into(), "Team Blue".into()],
            agenda: Agenda::standard(at(9, 0, 0)),
        }
    }

    fn time(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn the_name_joins_session_and_table() {
        assert_eq!(joined_name("春季工作坊", "组2"), "春季工作坊 · 组2");
        assert_eq!(joined_name(" Spring ", "Table 1 "), "Spring · Table 1");
    }

    #[test]
    fn the_tag_names_session_table_time_and_agenda() {
        let tag = join_tag(&invite(), "组2", now()).expect("a table of the session");
        assert_eq!(tag.session_id, "k3v9-Qa_x");
        assert_eq!(tag.session_name, "春季工作坊");
        assert_eq!(tag.table, "组2");
        assert_eq!(tag.joined_at, now());
        assert_eq!(tag.agenda, Some(invite().agenda));
        assert!(tag.origins.is_empty());
        assert!(!tag.is_merged());
    }

    #[test]
    fn only_the_sessions_tables_can_join() {
        assert_eq!(
            join_tag(&invite(), "组9", now()),
            Err(JoinRefusal::UnknownTable)
        );
        assert_eq!(
            join_tag(&invite(), "", now()),
            Err(JoinRefusal::UnknownTable)
        );
        // A stray space (a name typed by hand) still finds the table as the session wrote it.
        let tag = join_tag(&invite(), " Team Blue", now()).unwrap();
        assert_eq!(tag.table, "Team Blue");
    }

    #[test]
    fn a_joined_plan_keeps_its_content_under_a_new_id_name_and_tag() {
        let earlier = Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).unwrap();
        let mut start = Plan::new("facilitator", "Spring plan", "Acme", earlier);
        start.next_id = 42;
        start.strategy.vision = "Be the neighbourhood's living room".into();
        start.workshop = Some(WorkshopTag {
            session_id: "old".into(),
            table: String::new(),
            origins: vec![Origin {
                id: 1,
                table: "A".into(),
                source_id: 2,
            }],
            ..WorkshopTag::default()
        });
        let plan = join_plan(start.clone(), &invite(), "组1", "new-id".into(), now()).unwrap();
        assert_eq!(plan.id, "new-id");
        assert_eq!(plan.name, "春季工作坊 · 组1");
        assert_eq!(plan.organisation, "Acme");
        assert_eq!(plan.created_at, now());
        assert_eq!(plan.updated_at, now());
        assert_eq!(plan.next_id, 42);
        assert_eq!(plan.strategy, start.strategy);
        let tag = plan.workshop.as_ref().expect("tagged");
        assert_eq!(tag.session_id, "k3v9-Qa_x");
        assert_eq!(tag.table, "组1");
        assert!(tag.origins.is_empty());
        assert!(is_table_plan(&plan));
        assert!(!is_table_plan(&start));
        assert!(join_plan(start, &invite(), "nope", "x".into(), now()).is_err());
    }

    #[test]
    fn a_joined_plan_reads_back_with_its_agenda() {
        let plan = join_plan(
            Plan::new("p", "x", "", now()),
            &invite(),
            "组2",
            "id".into(),
            now(),
        )
        .unwrap();
        let json = serde_json::to_string(&plan).unwrap();
        let back: Plan = serde_json::from_str(&json).unwrap();
        assert_eq!(back, plan);
        // A tag without an agenda (the merged plan, older plans) is written without one.
        let bare = serde_json::to_string(&WorkshopTag::default()).unwrap();
        assert!(!bare.contains("agenda"), "{bare}");
    }

    #[test]
    fn agenda_rows_carry_clock_times() {
        let rows = agenda_rows(&invite().agenda);
        assert_eq!(rows.len(), 6);
        assert_eq!(rows[0].step, Step::Strategy);
        assert_eq!(rows[0].minutes, 15);
        assert_eq!((rows[0].starts, rows[0].ends), (time(9, 0), time(9, 15)));
        assert_eq!((rows[1].starts, rows[1].ends), (time(9, 15), time(9, 40)));
        assert_eq!((rows[5].starts, rows[5].ends), (time(10, 40), time(11, 0)));
        assert!(agenda_rows(&Agenda::default()).is_empty());
    }

    #[test]
    fn the_bar_rounds_minutes_up() {
        let a = invite().agenda;
        assert_eq!(
            bar_state(&a, at(8, 50, 0)),
            BarState::NotStarted { minutes: 10 }
        );
        let block = |index, step, minutes_left| BarState::Block {
            index,
            step,
            minutes_left,
        };
        assert_eq!(bar_state(&a, at(9, 0, 0)), block(0, Step::Strategy, 15));
        assert_eq!(bar_state(&a, at(9, 0, 1)), block(0, Step::Strategy, 15));
        assert_eq!(bar_state(&a, at(9, 1, 0)), block(0, Step::Strategy, 14));
        assert_eq!(bar_state(&a, at(9, 14, 30)), block(0, Step::Strategy, 1));
        assert_eq!(bar_state(&a, at(9, 15, 0)), block(1, Step::Personas, 25));
        assert_eq!(bar_state(&a, at(11, 0, 0)), BarState::Finished);
    }
}
