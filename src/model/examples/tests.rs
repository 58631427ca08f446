//! Every example, in both languages and on more than one "now", passes its own checks.

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use super::*;
use crate::model::checks::{step_completeness_on, step_findings_on};
use crate::model::smart::check_goal;
use crate::model::voice_check::{is_cjk, VoiceChecker};
use crate::model::{
    check_structure, Activity, DepartmentKind, Id, Raci, Status, Step, TeamModel, TeamRoleKind,
};

fn moment(y: i32, m: u32, d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 9, 30, 0)
        .single()
        .unwrap_or_default()
}

/// A few "nows": today, the end of a short month, and the turn of a year.
fn nows() -> [DateTime<Utc>; 3] {
    [
        moment(2026, 11, 26),
        moment(2027, 1, 31),
        moment(2027, 12, 30),
    ]
}

fn every_plan() -> Vec<(Example, bool, DateTime<Utc>, Plan)> {
    let mut out = Vec::new();
    for example in Example::ALL {
        for chinese in [true, false] {
            for now in nows() {
                out.push((
                    example,
                    chinese,
                    now,
                    example_plan(example, chinese, "example", now),
                ));
            }
        }
    }
    out
}

fn has_cjk(text: &str) -> bool {
    text.chars().any(is_cjk)
}

fn strings_of(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| strings_of(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| strings_of(v, out)),
        _ => {}
    }
}

fn all_strings(plan: &Plan) -> Vec<String> {
    let mut out = Vec::new();
    strings_of(&serde_json::to_value(plan).unwrap_or_default(), &mut out);
    out
}

#[test]
fn the_structure_is_sound_and_ids_come_from_the_allocator() {
    for (example, chinese, _, plan) in every_plan() {
        assert_eq!(check_structure(&plan), vec![], "{example:?} zh={chinese}");
        let ids: Vec<Id> = plan.record_ids().into_iter().map(|(_, id)| id).collect();
        let unique: HashSet<Id> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len(), "{example:?} zh={chinese}");
        assert!(ids.iter().all(|id| *id >= 1 && *id < plan.next_id));
        assert_eq!(plan.id, "example");
        assert!(!plan.name.trim().is_empty() && !plan.organisation.trim().is_empty());
    }
}

#[test]
fn every_step_is_complete_without_a_finding() {
    for (example, chinese, now, plan) in every_plan() {
        let today = now.date_naive();
        for step in Step::ALL.into_iter().filter(|s| *s != Step::Handbook) {
            let findings = step_findings_on(&plan, step, today);
            assert_eq!(findings, vec![], "{example:?} zh={chinese} {step:?}");
            let done = step_completeness_on(&plan, step, today).map(|c| c.percent());
            assert_eq!(done, Some(100), "{example:?} zh={chinese} {step:?}");
        }
    }
}

#[test]
fn every_goal_passes_smart_with_progress_and_a_deadline_months_ahead() {
    for (example, chinese, now, plan) in every_plan() {
        let today = now.date_naive();
        assert!((3..=4).contains(&plan.goals.len()), "{example:?}");
        for goal in &plan.goals {
            let report = check_goal(goal, &plan, today);
            assert!(
                report.has_no_failure() && report.passes_all(),
                "{example:?} zh={chinese} {}: {:?}",
                goal.title,
                report.reasons().collect::<Vec<_>>()
            );
            let deadline = goal.deadline.unwrap_or(today);
            let days = (deadline - today).num_days();
            assert!((80..=190).contains(&days), "{}: {days} days", goal.title);
            assert!(!goal.progress.is_empty(), "{}", goal.title);
            assert!(goal.progress.iter().all(|p| p.date <= today));
        }
    }
}

#[test]
fn themes_share_100_and_serve_every_persona_and_goal() {
    for (example, chinese, _, plan) in every_plan() {
        let themes = &plan.content.themes;
        let total: u32 = themes.iter().map(|t| u32::from(t.share.unwrap_or(0))).sum();
        assert_eq!(total, 100, "{example:?} zh={chinese}");
        assert!(themes.iter().all(|t| !t.description.trim().is_empty()));
        for persona in &plan.personas {
            assert!(
                themes.iter().any(|t| t.personas.contains(&persona.id)),
                "{example:?}: {} has no theme",
                persona.name
            );
        }
        for goal in &plan.goals {
            assert!(
                themes.iter().any(|t| t.goals.contains(&goal.id)),
                "{example:?}: {} has no theme",
                goal.title
            );
        }
        assert!((2..=3).contains(&plan.personas.len()));
    }
}

#[test]
fn the_team_holds_every_core_role_within_everyones_hours() {
    for (example, chinese, _, plan) in every_plan() {
        let team = &plan.team;
        assert!(team.model.is_some() && !team.model_why.trim().is_empty());
        for role in team
            .roles
            .iter()
            .filter(|r| TeamRoleKind::CORE.contains(&r.kind))
        {
            assert!(
                team.people.iter().any(|p| p
                    .assignments
                    .iter()
                    .any(|a| a.role == role.id && a.percent > 0)),
                "{example:?} zh={chinese}: nobody holds {:?}",
                role.kind
            );
            assert!(!role.duties.is_empty() && !role.skills.is_empty());
        }
        for kind in TeamRoleKind::CORE {
            assert!(
                team.roles.iter().any(|r| r.kind == kind),
                "{example:?} {kind:?}"
            );
        }
        for person in &team.people {
            let load: u16 = person.assignments.iter().map(|a| a.percent).sum();
            assert!(
                load <= person.availability && load > 0,
                "{example:?}: {} has {load} of {}",
                person.name,
                person.availability
            );
        }
        for activity in Activity::ALL {
            let accountable = team
                .raci
                .iter()
                .filter(|c| c.activity == activity && c.letter == Raci::A)
                .count();
            assert_eq!(accountable, 1, "{example:?} {activity:?}");
            assert!(team
                .raci
                .iter()
                .any(|c| c.activity == activity && c.letter == Raci::R));
        }
        assert!(!team.departments.is_empty() && !team.meetings.is_empty());
        assert!(!team.approval_path.is_empty() && !team.feedback_path.trim().is_empty());
        assert!(team.questionnaire.company_size.is_some());
    }
}

#[test]
fn the_calendar_covers_six_weeks_at_about_the_planned_cadence() {
    for (example, chinese, now, plan) in every_plan() {
        let today = now.date_naive();
        let items = &plan.content.calendar;
        for week in 0..6 {
            let from = today + chrono::Duration::days(7 * week);
            let to = from + chrono::Duration::days(7);
            assert!(
                items.iter().any(|i| i.date >= from && i.date < to),
                "{example:?} zh={chinese}: week {week} is empty"
            );
        }
        assert!(items
            .iter()
            .all(|i| i.date >= today && i.date < today + chrono::Duration::days(42)));
        let per_week: u32 = plan
            .content
            .formats
            .iter()
            .map(|f| u32::from(f.posts_per_week.unwrap_or(0)))
            .sum();
        let planned = per_week as usize * 6;
        assert!(
            items.len() * 10 >= planned * 6 && items.len() <= planned,
            "{example:?}: {} items for {planned} planned",
            items.len()
        );
        let statuses: HashSet<Status> = items.iter().map(|i| i.status).collect();
        assert!(statuses.len() >= 5, "{example:?}: {statuses:?}");
        assert!(items.iter().any(|i| i.time.is_some()));
        for item in items {
            assert!(item.platform.is_some() && item.theme.is_some() && item.goal.is_some());
            assert!(item.format.is_some() && item.owner_role.is_some());
            assert!(!item.personas.is_empty() && !item.title.trim().is_empty());
            let past_review = matches!(
                item.status,
                Status::Approved | Status::Scheduled | Status::Published
            );
            if past_review {
                let signed: HashSet<Id> = item.sign_offs.iter().map(|s| s.step).collect();
                assert!(
                    plan.team
                        .approval_path
                        .iter()
                        .all(|s| signed.contains(&s.id)),
                    "{example:?}: {} lacks a sign-off",
                    item.title
                );
                assert_eq!(item.principles.len(), 3);
                assert!(item
                    .sign_offs
                    .iter()
                    .all(|s| s.on.is_some_and(|d| d <= today)));
            }
        }
    }
}

#[test]
fn formats_and_style_rules_are_filled_with_valid_colours() {
    for (example, _, _, plan) in every_plan() {
        let content = &plan.content;
        assert_eq!(
            content.formats.len(),
            plan.strategy.platforms.len(),
            "{example:?}"
        );
        assert!(content
            .formats
            .iter()
            .all(|f| !f.formats.is_empty() && f.posts_per_week.is_some_and(|n| n > 0)));
        let style = &content.style;
        assert!(style.colours.len() >= 2);
        for colour in &style.colours {
            let hex = colour.hex.strip_prefix('#').unwrap_or("");
            assert!(
                hex.len() == 6 && hex.chars().all(|c| c.is_ascii_hexdigit()),
                "{}",
                colour.hex
            );
        }
        for text in [&style.fonts, &style.hashtag_rules, &style.emoji_rules] {
            assert!(!text.trim().is_empty());
        }
        assert!(!style.image_ratios.is_empty());
    }
}

#[test]
fn posts_and_samples_keep_to_the_plans_own_voice() {
    for (example, chinese, _, plan) in every_plan() {
        let checker = VoiceChecker::from_voice(&plan.voice);
        let texts = plan
            .content
            .calendar
            .iter()
            .flat_map(|i| [&i.title, &i.brief])
            .chain(plan.voice.samples.iter().map(|s| &s.text));
        for text in texts {
            assert!(
                checker.check(text).is_clean(),
                "{example:?} zh={chinese}: {text}"
            );
        }
    }
}

#[test]
fn json_round_trips_unchanged() {
    for (example, chinese, _, plan) in every_plan() {
        let json = serde_json::to_string(&plan).unwrap_or_default();
        let back: Plan = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(back, plan, "{example:?} zh={chinese}");
    }
}

#[test]
fn each_language_is_written_in_that_language() {
    for (example, chinese, _, plan) in every_plan() {
        if chinese {
            assert!(
                has_cjk(&plan.name) && has_cjk(&plan.organisation),
                "{example:?}"
            );
            assert!(plan.personas.iter().all(|p| has_cjk(&p.name)));
            assert!(plan.content.calendar.iter().all(|i| has_cjk(&i.title)));
            for text in all_strings(&plan).iter().filter(|s| has_cjk(s)) {
                assert!(
                    !text.contains([',', ';', '?', '!']),
                    "{example:?}: ASCII punctuation in {text}"
                );
            }
        } else {
            let found: Vec<String> = all_strings(&plan)
                .into_iter()
                .filter(|s| has_cjk(s))
                .collect();
            assert_eq!(found, Vec::<String>::new(), "{example:?}");
        }
    }
}

#[test]
fn the_cafe_is_one_person_in_a_centralized_team() {
    for chinese in [true, false] {
        let plan = example_plan(Example::Cafe, chinese, "c", nows()[0]);
        assert_eq!(plan.team.people.len(), 1);
        assert_eq!(plan.team.model, Some(TeamModel::Centralized));
        assert_eq!(plan.team.people[0].assignments.len(), 4);
    }
}

#[test]
fn the_manufacturer_is_hybrid_across_three_regions_with_legal_approval() {
    for chinese in [true, false] {
        let plan = example_plan(Example::Manufacturer, chinese, "m", nows()[0]);
        let team = &plan.team;
        assert_eq!(team.model, Some(TeamModel::Hybrid));
        assert_eq!(team.questionnaire.units, Some(3));
        let regions = team
            .departments
            .iter()
            .filter(|d| d.kind == DepartmentKind::Custom)
            .count();
        assert_eq!(regions, 3);
        assert!(team
            .departments
            .iter()
            .any(|d| d.kind == DepartmentKind::Legal));
        let legal = if chinese { "法务" } else { "Legal" };
        assert!(team
            .approval_path
            .iter()
            .any(|s| s.role.is_none() && s.label.contains(legal)));
        assert!(team.approval_path.len() >= 3);
    }
}

#[test]
fn the_school_is_a_small_part_time_team_that_checks_photo_consent() {
    for chinese in [true, false] {
        let plan = example_plan(Example::School, chinese, "s", nows()[0]);
        let team = &plan.team;
        assert!((3..=5).contains(&team.people.len()));
        assert!(team.people.iter().all(|p| p.availability < 100));
        let consent = if chinese { "授权" } else { "consent" };
        assert!(team.approval_path.iter().any(|s| s.label.contains(consent)));
    }
}

#[test]
fn a_date_far_from_the_season_still_gives_a_sound_plan() {
    let now = moment(2028, 2, 29);
    let today: NaiveDate = now.date_naive();
    for example in Example::ALL {
        let plan = example_plan(example, false, "x", now);
        assert_eq!(check_structure(&plan), vec![]);
        assert!(plan
            .goals
            .iter()
            .all(|g| check_goal(g, &plan, today).passes_all()));
    }
}

#[test]
fn json_sizes_stay_modest() {
    for example in Example::ALL {
        for chinese in [true, false] {
            let plan = example_plan(example, chinese, "example", nows()[0]);
            let bytes = serde_json::to_string(&plan).unwrap_or_default().len();
            println!("{example:?} zh={chinese}: {bytes} bytes");
            assert!((8_000..120_000).contains(&bytes), "{example:?}: {bytes}");
        }
    }
}

#[test]
fn an_exported_example_imports_unchanged_without_warnings() {
    for (example, chinese, now, plan) in every_plan() {
        let file = crate::io::envelope::export_json(&plan, now);
        let preview = crate::io::import::import_text(&file);
        let Ok(preview) = preview else {
            panic!("{example:?} zh={chinese}: {preview:?}");
        };
        assert_eq!(preview.warnings, vec![], "{example:?} zh={chinese}");
        assert_eq!(preview.plan, plan, "{example:?} zh={chinese}");
    }
}
