//! Tests of the collection: one row per input, statuses, versions per table, limits.

use chrono::TimeZone;

use super::*;
use crate::model::examples::{example_plan, Example};
use crate::model::workshop::WorkshopTag;

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 14, 10, minute, 0).unwrap()
}

fn tagged(session: &str, table: &str, saved: DateTime<Utc>) -> Plan {
    let mut plan = Plan::new(format!("p-{table}"), format!("{table} 的规划"), "", at(0));
    plan.updated_at = saved;
    plan.workshop = Some(WorkshopTag {
        session_id: session.into(),
        session_name: format!("session {session}"),
        table: table.into(),
        joined_at: at(0),
        agenda: None,
        origins: Vec::new(),
    });
    plan
}

fn input(source: &str, plan: Plan) -> Received {
    Received {
        source: source.into(),
        bytes: 2_000,
        reading: Reading::Plan(Box::new(plan)),
        plan_units: 1_000,
    }
}

fn bad(source: &str, reading: Reading) -> Received {
    Received {
        source: source.into(),
        bytes: 100,
        reading,
        plan_units: 0,
    }
}

fn tables() -> Vec<String> {
    (1..=8).map(|n| format!("组{n}")).collect()
}

#[test]
fn every_input_becomes_a_row_with_its_own_status() {
    let mut c = Collection::new("s1");
    let other = tagged("s2", "组1", at(5));
    let mut merged = tagged("s1", "", at(5));
    merged.name = "merged".into();
    let untagged = Plan::new("x", "loose", "", at(0));
    let reports = c.add_all(
        [
            input("s1-组1.json", tagged("s1", "组1", at(5))),
            input("s2-组1.json", other),
            input("loose.json", untagged),
            input("merged.json", merged),
            bad(
                "broken.json",
                Reading::Damaged(Damage::Broken { line: 3, column: 7 }),
            ),
            bad(
                "future.json",
                Reading::NewerVersion {
                    found: 9,
                    supported: 1,
                },
            ),
            bad("huge.txt", Reading::TooLarge),
            input("s1-组1 (1).json", tagged("s1", "组1", at(5))),
        ],
        at(30),
    );
    let statuses: Vec<Status> = reports.iter().map(|r| r.status.clone()).collect();
    assert_eq!(
        statuses,
        vec![
            Status::Ok,
            Status::OtherSession {
                found: Some("session s2".into())
            },
            Status::OtherSession { found: None },
            Status::NoTable,
            Status::Damaged(Damage::Broken { line: 3, column: 7 }),
            Status::NewerVersion {
                found: 9,
                supported: 1
            },
            Status::TooLarge {
                bytes: 100,
                limit: MAX_INPUT_BYTES
            },
            Status::Duplicate { of: 1 },
        ]
    );
    assert!(reports.iter().all(|r| r.kept));
    assert_eq!(
        reports.iter().map(|r| r.number).collect::<Vec<_>>(),
        (1..=8).collect::<Vec<_>>()
    );
    // A row that keeps a plan keeps what its reading found of its length; the others have none.
    assert_eq!(
        c.rows.iter().map(|r| r.plan_units.0).collect::<Vec<_>>(),
        [1_000, 1_000, 1_000, 1_000, 0, 0, 0, 0]
    );
    assert_eq!(reports[0].table.as_deref(), Some("组1"));
    assert_eq!(
        reports[7].table.as_deref(),
        Some("组1"),
        "the duplicate names its table"
    );
    // Plans are kept wherever there is one, except for duplicates, which add nothing.
    let with_plan: Vec<u32> = c
        .rows
        .iter()
        .filter(|r| r.plan.is_some())
        .map(|r| r.number)
        .collect();
    assert_eq!(with_plan, vec![1, 2, 3, 4]);
    // Only the one good row counts as a table's version.
    let t = c.tables(&tables());
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].table, "组1");
    assert_eq!(t[0].newest().map(|r| r.number), Some(1));
}

#[test]
fn an_input_over_the_size_limit_is_too_large_whatever_it_held() {
    let mut c = Collection::new("s1");
    let mut big = input("big.json", tagged("s1", "组1", at(5)));
    big.bytes = MAX_INPUT_BYTES + 1;
    let report = c.add(big, at(9));
    assert_eq!(
        report.status,
        Status::TooLarge {
            bytes: MAX_INPUT_BYTES + 1,
            limit: MAX_INPUT_BYTES
        }
    );
    assert_eq!(c.rows[0].plan, None);
    let mut at_limit = input("ok.json", tagged("s1", "组1", at(5)));
    at_limit.bytes = MAX_INPUT_BYTES;
    assert_eq!(c.add(at_limit, at(9)).status, Status::Ok);
}

#[test]
fn a_second_hand_in_is_a_newer_version_and_the_older_stays() {
    let mut c = Collection::new("s1");
    c.add(input("a", tagged("s1", "组2", at(10))), at(11));
    let mut later = tagged("s1", "组2", at(20));
    later.strategy.vision = "更清楚的愿景".into();
    c.add(input("b", later), at(21));
    c.add(input("c", tagged("s1", "组1", at(15))), at(22));
    let t = c.tables(&tables());
    assert_eq!(
        t.iter().map(|v| v.table).collect::<Vec<_>>(),
        vec!["组1", "组2"],
        "in the session's order"
    );
    assert_eq!(
        t[1].rows.iter().map(|r| r.number).collect::<Vec<_>>(),
        vec![1, 2]
    );
    assert!(c.is_newest(2));
    assert!(!c.is_newest(1));
    assert!(c.is_newest(3));
    assert_eq!(
        c.newest(&tables())
            .iter()
            .map(|r| r.number)
            .collect::<Vec<_>>(),
        vec![3, 2]
    );
    // An older file sent afterwards does not take the newest mark.
    let mut old = tagged("s1", "组2", at(5));
    old.strategy.vision = "最早的草稿".into();
    c.add(input("d", old), at(30));
    assert!(c.is_newest(2));
    let t = c.tables(&tables());
    assert_eq!(
        t[1].rows.iter().map(|r| r.number).collect::<Vec<_>>(),
        vec![4, 1, 2]
    );
    // Of two saved at the same moment, the one received last is the newest.
    let mut same_time = tagged("s1", "组2", at(20));
    same_time.strategy.vision = "同一时刻的另一版".into();
    c.add(input("e", same_time), at(31));
    assert!(c.is_newest(5));
    // Tables outside the session's list come after it, in the order received.
    c.add(input("f", tagged("s1", "Extra", at(1))), at(32));
    let t = c.tables(&tables());
    assert_eq!(t.last().map(|v| v.table), Some("Extra"));
}

#[test]
fn the_newest_plans_are_one_per_table_with_its_name() {
    let mut c = Collection::new("s1");
    c.add(input("a", tagged("s1", "组2", at(10))), at(11));
    let mut later = tagged("s1", "组2", at(20));
    later.strategy.vision = "更清楚的愿景".into();
    c.add(input("b", later), at(21));
    c.add(input("c", tagged("s1", "组1", at(15))), at(22));
    c.add(bad("d", Reading::Damaged(Damage::NotAPlan)), at(23));
    let newest = c.newest_plans(&tables());
    assert_eq!(
        newest
            .iter()
            .map(|(table, plan)| (*table, plan.strategy.vision.as_str()))
            .collect::<Vec<_>>(),
        vec![("组1", ""), ("组2", "更清楚的愿景")]
    );
}

#[test]
fn a_drop_of_forty_files_gives_forty_rows_and_bad_ones_change_nothing_kept() {
    let mut c = Collection::new("s1");
    c.add(input("first", tagged("s1", "组1", at(1))), at(2));
    let before = c.rows.clone();
    let inputs: Vec<Received> = (0..40)
        .map(|i| {
            if i % 4 == 0 {
                bad(&format!("bad-{i}"), Reading::Damaged(Damage::NotAPlan))
            } else {
                input(
                    &format!("f{i}"),
                    tagged("s1", &format!("组{}", i % 8 + 1), at(i + 3)),
                )
            }
        })
        .collect();
    let reports = c.add_all(inputs, at(59));
    assert_eq!(reports.len(), 40);
    assert_eq!(c.rows.len(), 41);
    assert_eq!(&c.rows[..1], &before[..]);
    assert_eq!(
        reports
            .iter()
            .filter(|r| r.status == Status::Damaged(Damage::NotAPlan))
            .count(),
        10
    );
}

#[test]
fn a_full_collection_reports_and_keeps_nothing_more() {
    let mut c = Collection::new("s1");
    for i in 0..MAX_ROWS {
        c.add(
            bad(&format!("x{i}"), Reading::Damaged(Damage::Empty)),
            at(1),
        );
    }
    let before = c.clone();
    let report = c.add(input("late", tagged("s1", "组1", at(2))), at(3));
    assert_eq!(report.status, Status::Full { limit: MAX_ROWS });
    assert!(!report.kept);
    assert_eq!(c, before);
}

#[test]
fn rows_show_each_steps_progress() {
    let mut c = Collection::new("s1");
    let mut full = example_plan(Example::Cafe, true, "p1", at(0));
    full.workshop = tagged("s1", "组1", at(0)).workshop;
    c.add(input("full", full), at(1));
    c.add(input("blank", tagged("s1", "组2", at(0))), at(1));
    c.add(bad("bad", Reading::Damaged(Damage::Empty)), at(1));
    let today = at(1).date_naive();
    let full = c.rows[0].progress(today);
    assert_eq!(full.len(), 6);
    assert!(full.iter().all(|(_, p)| *p == 100), "{full:?}");
    let blank = c.rows[1].progress(today);
    assert_eq!(
        blank.iter().map(|(s, _)| *s).collect::<Vec<_>>(),
        Step::ALL[..6]
    );
    assert!(blank.iter().all(|(_, p)| *p < 100), "{blank:?}");
    assert!(c.rows[2].progress(today).is_empty());
}

#[test]
fn a_collection_is_stored_and_read_back_whole() {
    let mut c = Collection::new("s1");
    c.add(input("a", tagged("s1", "组1", at(1))), at(2));
    c.add(
        bad(
            "b",
            Reading::Damaged(Damage::WrongValue {
                path: "plan.x".into(),
            }),
        ),
        at(3),
    );
    c.add(input("c", tagged("s9", "组1", at(1))), at(4));
    let json = serde_json::to_string(&c).unwrap();
    let back: Collection = serde_json::from_str(&json).unwrap();
    assert_eq!(back, c);
    assert_eq!(back.next_number, 4);
}
