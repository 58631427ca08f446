//! Tests of the comparison: tallies, agreements and each step's columns.

use chrono::{TimeZone, Utc};

use super::*;
use crate::model::examples::{example_plan, Example};
use crate::model::{CalendarItem, Persona, StrategicRole, Theme, VoiceTrait};

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 14).unwrap()
}

fn role(id: Id, kind: StrategicRoleKind, name: &str) -> StrategicRole {
    StrategicRole {
        id,
        kind,
        custom_name: name.into(),
        why: String::new(),
    }
}

fn table(roles: Vec<StrategicRole>, personas: &[&str], traits: &[&str]) -> Plan {
    let mut plan = Plan::default();
    plan.strategy.primary_role = roles.first().map(|r| r.id);
    plan.strategy.roles = roles;
    plan.personas = personas
        .iter()
        .enumerate()
        .map(|(i, n)| Persona {
            id: 100 + i as Id,
            name: n.to_string(),
            ..Persona::default()
        })
        .collect();
    plan.voice.traits = traits
        .iter()
        .enumerate()
        .map(|(i, w)| VoiceTrait {
            id: 200 + i as Id,
            we_are: w.to_string(),
            ..VoiceTrait::default()
        })
        .collect();
    plan
}

#[test]
fn roles_are_counted_with_their_agreement() {
    use StrategicRoleKind::*;
    let a = table(
        vec![role(1, BrandAmplifier, ""), role(2, Custom, "社区 客厅")],
        &[],
        &[],
    );
    let b = table(
        vec![role(1, CustomerService, ""), role(2, BrandAmplifier, "")],
        &[],
        &[],
    );
    let c = table(
        vec![
            role(5, BrandAmplifier, ""),
            role(6, Custom, "  社区   客厅 "),
        ],
        &[],
        &[],
    );
    let cmp = compare(&[("组1", &a), ("组2", &b), ("组3", &c)], day());
    assert_eq!(cmp.tables, vec!["组1", "组2", "组3"]);
    let summary: Vec<(RoleKey, Vec<usize>, Agreement)> = cmp
        .roles
        .iter()
        .map(|t| (t.key.clone(), t.tables.clone(), t.agreement))
        .collect();
    assert_eq!(
        summary,
        vec![
            (RoleKey::Kind(BrandAmplifier), vec![0, 1, 2], Agreement::All),
            (
                RoleKey::Custom("社区 客厅".into()),
                vec![0, 2],
                Agreement::Several
            ),
            (RoleKey::Kind(CustomerService), vec![1], Agreement::One),
        ]
    );
    assert_eq!(cmp.roles[1].label, "社区 客厅");
    assert_eq!(cmp.roles[0].count(), 3);
    assert_eq!(
        cmp.primary_roles,
        vec![
            Some(RoleKey::Kind(BrandAmplifier)),
            Some(RoleKey::Kind(CustomerService)),
            Some(RoleKey::Kind(BrandAmplifier)),
        ]
    );
}

#[test]
fn a_role_chosen_twice_by_one_table_counts_once() {
    let a = table(
        vec![
            role(1, StrategicRoleKind::Custom, "Fans"),
            role(2, StrategicRoleKind::Custom, "fans"),
        ],
        &[],
        &[],
    );
    let cmp = compare(&[("T1", &a)], day());
    assert_eq!(cmp.roles.len(), 1);
    assert_eq!(cmp.roles[0].tables, vec![0]);
    assert_eq!(
        cmp.roles[0].agreement,
        Agreement::One,
        "one table is no agreement"
    );
}

#[test]
fn personas_and_traits_are_listed_per_table_and_matched_across() {
    let a = table(vec![], &["宝妈 小林", "Student"], &["专业", "亲和"]);
    let b = table(vec![], &["student ", ""], &["亲和"]);
    let cmp = compare(&[("A", &a), ("B", &b)], day());
    assert_eq!(cmp.personas[0], vec!["宝妈 小林", "Student"]);
    assert_eq!(cmp.persona_names[0].key, "student");
    assert_eq!(cmp.persona_names[0].label, "Student");
    assert_eq!(cmp.persona_names[0].agreement, Agreement::All);
    assert_eq!(cmp.persona_names.len(), 2, "blank names are not counted");
    assert_eq!(cmp.trait_words[0].key, "亲和");
    assert_eq!(cmp.trait_words[0].tables, vec![0, 1]);
}

#[test]
fn goals_teams_themes_and_calendars_of_the_examples() {
    let now = Utc.with_ymd_and_hms(2026, 3, 14, 9, 0, 0).unwrap();
    let plans: Vec<Plan> = Example::ALL
        .into_iter()
        .map(|e| example_plan(e, true, "p", now))
        .collect();
    let mut weak = plans[0].clone();
    weak.goals[0].deadline = None;
    weak.goals[0].title = "提升品牌知名度".into();
    weak.team.model = None;
    weak.content.themes.push(Theme {
        id: 9_000,
        kind: ThemeKind::Custom,
        name: "Latte Art".into(),
        share: None,
        ..Theme::default()
    });
    weak.content.calendar.push(CalendarItem {
        id: 9_001,
        status: ItemStatus::Published,
        ..CalendarItem::default()
    });
    let tables: Vec<(&str, &Plan)> = vec![
        ("组1", &plans[0]),
        ("组2", &plans[1]),
        ("组3", &plans[2]),
        ("组4", &weak),
    ];
    let cmp = compare(&tables, now.date_naive());
    // The examples' goals all pass; the weakened one fails.
    for (i, cells) in cmp.goals.iter().enumerate().take(3) {
        assert!(!cells.is_empty());
        assert_eq!(cmp.verdicts[i][2], 0, "{:?}", cells);
        assert_eq!(cmp.verdicts[i].iter().sum::<usize>(), cells.len());
    }
    assert_eq!(cmp.goals[3][0].verdict, Verdict::Fail);
    assert!(cmp.verdicts[3][2] >= 1);
    // Team models: each example has one; the weakened copy none.
    assert!(cmp.team_models[..3].iter().all(Option::is_some));
    assert_eq!(cmp.team_models[3], None);
    assert_eq!(cmp.models.iter().map(Tally::count).sum::<usize>(), 3);
    // Themes with shares, and the custom one by name.
    assert!(cmp.themes[0].iter().any(|t| t.share.is_some()));
    let latte = cmp
        .theme_keys
        .iter()
        .find(|t| t.key == ThemeKey::Custom("latte art".into()))
        .unwrap();
    assert_eq!(latte.tables, vec![3]);
    // Calendars counted by status and platform.
    assert_eq!(cmp.calendars[3].items, plans[0].content.calendar.len() + 1);
    assert_eq!(
        cmp.calendars[3].by_status[5],
        cmp.calendars[0].by_status[5] + 1
    );
    for c in &cmp.calendars {
        assert_eq!(c.by_status.iter().sum::<usize>(), c.items);
        assert!(c.platforms >= 1);
    }
}

#[test]
fn no_tables_compare_to_nothing() {
    let cmp = compare(&[], day());
    assert!(cmp.tables.is_empty());
    assert!(cmp.roles.is_empty());
    assert!(cmp.calendars.is_empty());
}

#[test]
fn free_text_is_matched_without_case_and_spacing() {
    assert_eq!(normalize("  Warm \t and  FUN "), "warm and fun");
    assert_eq!(
        normalize("亲和　有趣"),
        "亲和 有趣",
        "the ideographic space too"
    );
    assert_eq!(normalize(""), "");
}
