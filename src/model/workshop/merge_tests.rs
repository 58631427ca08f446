//! Tests of the merge: fresh ids, origins, links kept or dropped, sources untouched.

use chrono::TimeZone;

use super::*;
use crate::model::examples::{example_plan, Example};
use crate::model::{check_structure, PlatformFormats};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 14, 12, 0, 0).unwrap()
}

fn base() -> MergeBase {
    MergeBase {
        plan_id: "room".into(),
        name: "全场合并规划".into(),
        organisation: "示例公司".into(),
        session_id: "s1".into(),
        session_name: "春季工作坊".into(),
    }
}

fn sources() -> (Plan, Plan) {
    (
        example_plan(Example::Cafe, true, "t1", now()),
        example_plan(Example::School, true, "t2", now()),
    )
}

fn pick(table: usize, kind: ItemKind, id: Id) -> Pick {
    Pick { table, kind, id }
}

#[test]
fn picked_items_get_fresh_ids_and_remember_their_table() {
    let (a, b) = sources();
    let (a0, b0) = (a.clone(), b.clone());
    let src = [("组1", &a), ("组2", &b)];
    let mut picks = Vec::new();
    for p in &a.personas {
        picks.push(pick(0, ItemKind::Persona, p.id));
    }
    for p in &b.personas {
        picks.push(pick(1, ItemKind::Persona, p.id));
    }
    picks.push(pick(1, ItemKind::Goal, b.goals[0].id));
    for t in &a.voice.traits {
        picks.push(pick(0, ItemKind::VoiceTrait, t.id));
    }
    let out = merge(&src, &picks, &[], &base(), now());
    assert_eq!(a, a0, "sources untouched");
    assert_eq!(b, b0, "sources untouched");
    let plan = &out.plan;
    assert_eq!(plan.id, "room");
    assert_eq!(plan.personas.len(), a.personas.len() + b.personas.len());
    assert_eq!(plan.goals.len(), 1);
    // No id collides, and the counter is above them all.
    assert!(
        check_structure(plan).is_empty(),
        "{:?}",
        check_structure(plan)
    );
    let max = plan.record_ids().iter().map(|(_, id)| *id).max().unwrap();
    assert!(plan.next_id > max);
    // Each item remembers its table and its id there.
    let tag = plan.workshop.as_ref().unwrap();
    assert!(tag.is_merged());
    assert_eq!(tag.session_id, "s1");
    assert_eq!(tag.origins.len(), out.placed.len());
    for placed in &out.placed {
        let origin = tag.origin_of(placed.new_id).unwrap();
        assert_eq!(origin.table, placed.table);
        assert_eq!(origin.source_id, placed.source_id);
    }
    let first_b = &plan.personas[a.personas.len()];
    assert_eq!(first_b.name, b.personas[0].name);
    assert_eq!(tag.origin_of(first_b.id).unwrap().table, "组2");
    // The preview names what is written.
    assert!(out
        .placed
        .iter()
        .any(|p| p.kind == ItemKind::Goal && p.label == b.goals[0].title));
}

#[test]
fn links_follow_the_picks_and_the_rest_are_dropped_and_listed() {
    let (a, _) = sources();
    let src = [("组1", &a)];
    let goal = a
        .goals
        .iter()
        .find(|g| g.serves_role.is_some() && !g.personas.is_empty())
        .expect("an example goal serves a role and personas");
    let role = goal.serves_role.unwrap();
    let persona = goal.personas[0];
    // With the role and one persona picked too, those links survive with the new ids.
    let picks = [
        pick(0, ItemKind::Goal, goal.id),
        pick(0, ItemKind::Role, role),
        pick(0, ItemKind::Persona, persona),
    ];
    let out = merge(&src, &picks, &[], &base(), now());
    let merged = &out.plan.goals[0];
    let new_role = out.plan.strategy.roles[0].id;
    assert_eq!(merged.serves_role, Some(new_role));
    assert_eq!(merged.personas, vec![out.plan.personas[0].id]);
    // Its other links (platform, owner, further personas) are dropped and listed.
    let dropped: Vec<Id> = out
        .notes
        .iter()
        .filter_map(|n| match n {
            MergeNote::LinkDropped { new_id, target } if *new_id == merged.id => Some(*target),
            _ => None,
        })
        .collect();
    if let Some(platform) = goal.platform {
        assert!(dropped.contains(&platform));
        assert_eq!(merged.platform, None);
    }
    assert!(!dropped.contains(&role));
    assert!(check_structure(&out.plan).is_empty());
    // Picked alone, the goal keeps no link at all.
    let alone = merge(
        &src,
        &[pick(0, ItemKind::Goal, goal.id)],
        &[],
        &base(),
        now(),
    );
    assert_eq!(alone.plan.goals[0].serves_role, None);
    assert!(alone.plan.goals[0].personas.is_empty());
}

#[test]
fn the_primary_role_is_the_first_picked_tables_primary() {
    let (a, b) = sources();
    let src = [("组1", &a), ("组2", &b)];
    let a_primary = a.strategy.primary_role.unwrap();
    let b_primary = b.strategy.primary_role.unwrap();
    let other = a.strategy.roles.iter().find(|r| r.id != a_primary).unwrap();
    let picks = [
        pick(0, ItemKind::Role, other.id),
        pick(1, ItemKind::Role, b_primary),
        pick(0, ItemKind::Role, a_primary),
    ];
    let out = merge(&src, &picks, &[], &base(), now());
    let roles = &out.plan.strategy.roles;
    assert_eq!(roles.len(), 3);
    assert_eq!(out.plan.strategy.primary_role, Some(roles[1].id));
}

#[test]
fn formats_need_their_platform() {
    let (mut a, _) = sources();
    let platform = a.strategy.platforms[0].id;
    a.content.formats = vec![PlatformFormats {
        id: 9_999,
        platform,
        formats: vec![crate::model::Format::ShortVideo],
        posts_per_week: Some(3),
    }];
    let src = [("组1", &a)];
    let alone = merge(
        &src,
        &[pick(0, ItemKind::Formats, 9_999)],
        &[],
        &base(),
        now(),
    );
    assert!(alone.plan.content.formats.is_empty());
    assert_eq!(
        alone.notes,
        vec![MergeNote::LeftOut {
            pick: pick(0, ItemKind::Formats, 9_999),
            target: platform
        }]
    );
    // Picked after its platform in the list or before: kinds are placed in order.
    let both = merge(
        &src,
        &[
            pick(0, ItemKind::Formats, 9_999),
            pick(0, ItemKind::Platform, platform),
        ],
        &[],
        &base(),
        now(),
    );
    assert_eq!(both.plan.content.formats.len(), 1);
    assert_eq!(
        both.plan.content.formats[0].platform,
        both.plan.strategy.platforms[0].id
    );
}

#[test]
fn missing_picks_and_repeats_are_told_and_counted_once() {
    let (a, _) = sources();
    let src = [("组1", &a)];
    let persona = a.personas[0].id;
    let picks = [
        pick(0, ItemKind::Persona, persona),
        pick(0, ItemKind::Persona, persona),
        pick(0, ItemKind::Persona, 123_456),
        pick(5, ItemKind::Goal, 1),
    ];
    let fields = [FieldPick {
        table: 9,
        field: Field::Vision,
    }];
    let out = merge(&src, &picks, &fields, &base(), now());
    assert_eq!(out.plan.personas.len(), 1);
    let notes: Vec<MergeNote> = out
        .notes
        .into_iter()
        .filter(|n| !matches!(n, MergeNote::LinkDropped { .. }))
        .collect();
    assert_eq!(
        notes,
        vec![
            MergeNote::Missing(pick(0, ItemKind::Persona, 123_456)),
            MergeNote::Missing(pick(5, ItemKind::Goal, 1)),
            MergeNote::MissingTable(fields[0]),
        ]
    );
}

#[test]
fn whole_plan_fields_come_from_the_table_picked() {
    let (a, b) = sources();
    let src = [("组1", &a), ("组2", &b)];
    let role = b.team.roles[0].id;
    let fields = [
        FieldPick {
            table: 0,
            field: Field::Vision,
        },
        FieldPick {
            table: 1,
            field: Field::Vision,
        },
        FieldPick {
            table: 1,
            field: Field::TeamModel,
        },
        FieldPick {
            table: 1,
            field: Field::Raci,
        },
        FieldPick {
            table: 0,
            field: Field::Tone,
        },
    ];
    let out = merge(
        &src,
        &[pick(1, ItemKind::TeamRole, role)],
        &fields,
        &base(),
        now(),
    );
    assert_eq!(
        out.plan.strategy.vision, b.strategy.vision,
        "the last pick wins"
    );
    assert_eq!(out.plan.team.model, b.team.model);
    assert_eq!(out.plan.voice.tone, a.voice.tone);
    let new_role = out.plan.team.roles[0].id;
    let expected = b.team.raci.iter().filter(|c| c.role == role).count();
    assert!(expected > 0);
    assert_eq!(out.plan.team.raci.len(), expected);
    assert!(out.plan.team.raci.iter().all(|c| c.role == new_role));
}

#[test]
fn everything_of_every_table_merges_into_a_sound_plan() {
    let plans: Vec<Plan> = Example::ALL
        .into_iter()
        .flat_map(|e| [true, false].map(|zh| example_plan(e, zh, "p", now())))
        .collect();
    let names: Vec<String> = (1..=plans.len()).map(|n| format!("组{n}")).collect();
    let src: Vec<(&str, &Plan)> = names.iter().map(String::as_str).zip(plans.iter()).collect();
    let mut picks = Vec::new();
    for (t, p) in plans.iter().enumerate() {
        for (path, id) in p.record_ids() {
            let kind = match path.split('[').next().unwrap() {
                "plan.strategy.roles" => ItemKind::Role,
                "plan.strategy.platforms" => ItemKind::Platform,
                "plan.personas" => ItemKind::Persona,
                "plan.voice.traits" => ItemKind::VoiceTrait,
                "plan.voice.samples" => ItemKind::Sample,
                "plan.goals" if !path.contains("progress") => ItemKind::Goal,
                "plan.team.roles" => ItemKind::TeamRole,
                "plan.team.people" => ItemKind::Person,
                "plan.team.departments" => ItemKind::Department,
                "plan.team.meetings" => ItemKind::Meeting,
                "plan.team.approval_path" => ItemKind::ApprovalStep,
                "plan.content.themes" => ItemKind::Theme,
                "plan.content.formats" => ItemKind::Formats,
                "plan.content.style.colours" => ItemKind::Colour,
                "plan.content.calendar" => ItemKind::CalendarItem,
                _ => continue,
            };
            picks.push(pick(t, kind, id));
        }
    }
    let out = merge(&src, &picks, &[], &base(), now());
    assert!(
        out.notes.is_empty(),
        "{:?}",
        &out.notes[..out.notes.len().min(5)]
    );
    assert!(check_structure(&out.plan).is_empty());
    let total: usize = plans.iter().map(|p| p.record_ids().len()).sum();
    assert_eq!(out.plan.record_ids().len(), total);
    // Every link of every table survived: as many references as before.
    let links = |p: &Plan| p.goals.iter().filter(|g| g.serves_role.is_some()).count();
    assert_eq!(links(&out.plan), plans.iter().map(links).sum::<usize>());
}
