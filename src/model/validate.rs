//! Structural checks on a whole plan: duplicate record ids (an error: references would be
//! ambiguous), references to records that do not exist and unsafe links (warnings), and the id
//! counter (repaired). Used on every import and every load.

use std::collections::{HashMap, HashSet};

use super::{Id, Plan, RecordPlace};

/// Something wrong with a plan's structure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The same record id is used twice; the plan is refused.
    DuplicateId {
        id: Id,
        first: String,
        second: String,
    },
    /// A reference names a record that is not in the plan; kept, but shown.
    DanglingReference { path: String, id: Id },
    /// A link that is not `http:`, `https:` or `mailto:`; kept as text, never shown as a link.
    UnsafeLink { path: String },
}

impl Problem {
    /// True for problems that stop an import.
    pub fn is_error(&self) -> bool {
        matches!(self, Problem::DuplicateId { .. })
    }
}

/// True when `url` may be rendered as a link: `http(s)://…` or `mailto:…`, nothing else.
pub fn is_safe_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && lower.len() > "https://".len() - 1
        || lower.starts_with("mailto:") && lower.len() > "mailto:".len()
}

/// Adds a dangling reference when `id` is not in `set`; the path is written only then.
fn check_reference(
    problems: &mut Vec<Problem>,
    set: &HashSet<Id>,
    id: Id,
    path: impl FnOnce() -> String,
) {
    if !set.contains(&id) {
        problems.push(Problem::DanglingReference { path: path(), id });
    }
}

/// Every structural problem of `plan`, errors first.
pub fn check_structure(plan: &Plan) -> Vec<Problem> {
    let mut problems = Vec::new();
    let places = plan.record_places();
    let mut seen: HashMap<Id, RecordPlace> = HashMap::with_capacity(places.len());
    for (place, id) in places {
        if let Some(first) = seen.get(&id) {
            problems.push(Problem::DuplicateId {
                id,
                first: first.to_string(),
                second: place.to_string(),
            });
        } else {
            seen.insert(id, place);
        }
    }
    let ids = |items: Vec<Id>| -> HashSet<Id> { items.into_iter().collect() };
    let roles = ids(plan.strategy.roles.iter().map(|r| r.id).collect());
    let platforms = ids(plan.strategy.platforms.iter().map(|r| r.id).collect());
    let personas = ids(plan.personas.iter().map(|r| r.id).collect());
    let goals = ids(plan.goals.iter().map(|r| r.id).collect());
    let team_roles = ids(plan.team.roles.iter().map(|r| r.id).collect());
    let themes = ids(plan.content.themes.iter().map(|r| r.id).collect());
    let steps = ids(plan.team.approval_path.iter().map(|r| r.id).collect());

    if let Some(id) = plan.strategy.primary_role {
        check_reference(&mut problems, &roles, id, || {
            "plan.strategy.primary_role".into()
        });
    }
    for (i, p) in plan.strategy.platforms.iter().enumerate() {
        if let Some(id) = p.role {
            check_reference(&mut problems, &roles, id, || {
                format!("plan.strategy.platforms[{i}].role")
            });
        }
    }
    for (i, p) in plan.personas.iter().enumerate() {
        for (j, id) in p.platforms.iter().enumerate() {
            check_reference(&mut problems, &platforms, *id, || {
                format!("plan.personas[{i}].platforms[{j}]")
            });
        }
    }
    for (i, g) in plan.goals.iter().enumerate() {
        if let Some(id) = g.platform {
            check_reference(&mut problems, &platforms, id, || {
                format!("plan.goals[{i}].platform")
            });
        }
        if let Some(id) = g.owner_role {
            check_reference(&mut problems, &team_roles, id, || {
                format!("plan.goals[{i}].owner_role")
            });
        }
        if let Some(id) = g.serves_role {
            check_reference(&mut problems, &roles, id, || {
                format!("plan.goals[{i}].serves_role")
            });
        }
        for (j, id) in g.personas.iter().enumerate() {
            check_reference(&mut problems, &personas, *id, || {
                format!("plan.goals[{i}].personas[{j}]")
            });
        }
    }
    for (i, p) in plan.team.people.iter().enumerate() {
        for (j, a) in p.assignments.iter().enumerate() {
            check_reference(&mut problems, &team_roles, a.role, || {
                format!("plan.team.people[{i}].assignments[{j}].role")
            });
        }
    }
    for (i, c) in plan.team.raci.iter().enumerate() {
        check_reference(&mut problems, &team_roles, c.role, || {
            format!("plan.team.raci[{i}].role")
        });
    }
    for (i, s) in plan.team.approval_path.iter().enumerate() {
        if let Some(id) = s.role {
            check_reference(&mut problems, &team_roles, id, || {
                format!("plan.team.approval_path[{i}].role")
            });
        }
    }
    for (i, t) in plan.content.themes.iter().enumerate() {
        for (j, id) in t.personas.iter().enumerate() {
            check_reference(&mut problems, &personas, *id, || {
                format!("plan.content.themes[{i}].personas[{j}]")
            });
        }
        for (j, id) in t.goals.iter().enumerate() {
            check_reference(&mut problems, &goals, *id, || {
                format!("plan.content.themes[{i}].goals[{j}]")
            });
        }
    }
    for (i, f) in plan.content.formats.iter().enumerate() {
        check_reference(&mut problems, &platforms, f.platform, || {
            format!("plan.content.formats[{i}].platform")
        });
    }
    for (i, c) in plan.content.calendar.iter().enumerate() {
        let base = "plan.content.calendar";
        if let Some(id) = c.platform {
            check_reference(&mut problems, &platforms, id, || {
                format!("{base}[{i}].platform")
            });
        }
        if let Some(id) = c.theme {
            check_reference(&mut problems, &themes, id, || format!("{base}[{i}].theme"));
        }
        if let Some(id) = c.goal {
            check_reference(&mut problems, &goals, id, || format!("{base}[{i}].goal"));
        }
        if let Some(id) = c.owner_role {
            check_reference(&mut problems, &team_roles, id, || {
                format!("{base}[{i}].owner_role")
            });
        }
        for (j, id) in c.personas.iter().enumerate() {
            check_reference(&mut problems, &personas, *id, || {
                format!("{base}[{i}].personas[{j}]")
            });
        }
        for (j, s) in c.sign_offs.iter().enumerate() {
            check_reference(&mut problems, &steps, s.step, || {
                format!("{base}[{i}].sign_offs[{j}].step")
            });
        }
    }
    for (i, p) in plan.strategy.platforms.iter().enumerate() {
        if !p.url.trim().is_empty() && !is_safe_link(&p.url) {
            problems.push(Problem::UnsafeLink {
                path: format!("plan.strategy.platforms[{i}].url"),
            });
        }
    }
    problems.sort_by_key(|p| !p.is_error());
    problems
}

/// Makes the id counter safe: above every id in the plan, so new records never collide.
pub fn repair_id_counter(plan: &mut Plan) {
    let max = plan
        .record_places()
        .into_iter()
        .map(|(_, id)| id)
        .max()
        .unwrap_or(0);
    plan.next_id = plan.next_id.max(max.saturating_add(1)).max(1);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Goal, Persona, Platform, StrategicRole};

    fn plan() -> Plan {
        let mut plan = Plan {
            next_id: 1,
            ..Plan::default()
        };
        let role = plan.allocate_id();
        plan.strategy.roles.push(StrategicRole {
            id: role,
            ..Default::default()
        });
        plan.strategy.primary_role = Some(role);
        let persona = plan.allocate_id();
        plan.personas.push(Persona {
            id: persona,
            ..Default::default()
        });
        let goal = plan.allocate_id();
        plan.goals.push(Goal {
            id: goal,
            serves_role: Some(role),
            personas: vec![persona],
            ..Default::default()
        });
        plan
    }

    #[test]
    fn a_consistent_plan_has_no_problems() {
        assert_eq!(check_structure(&plan()), vec![]);
    }

    #[test]
    fn duplicate_ids_are_an_error_naming_both_places() {
        let mut p = plan();
        p.personas.push(Persona {
            id: 1,
            ..Default::default()
        });
        let problems = check_structure(&p);
        assert_eq!(
            problems[0],
            Problem::DuplicateId {
                id: 1,
                first: "plan.strategy.roles[0].id".into(),
                second: "plan.personas[1].id".into()
            }
        );
        assert!(problems[0].is_error());
    }

    #[test]
    fn a_duplicate_inside_a_record_is_named_with_both_lists() {
        let mut p = plan();
        let goal = p.goals[0].id;
        p.goals[0].progress.push(crate::model::ProgressEntry {
            id: goal,
            ..Default::default()
        });
        let problems = check_structure(&p);
        assert_eq!(
            problems[0],
            Problem::DuplicateId {
                id: goal,
                first: "plan.goals[0].id".into(),
                second: "plan.goals[0].progress[0].id".into()
            }
        );
    }

    #[test]
    fn dangling_references_are_warnings_with_paths() {
        let mut p = plan();
        p.goals[0].personas.push(99);
        let problems = check_structure(&p);
        assert_eq!(
            problems,
            vec![Problem::DanglingReference {
                path: "plan.goals[0].personas[1]".into(),
                id: 99
            }]
        );
        assert!(!problems[0].is_error());
    }

    #[test]
    fn only_http_and_mailto_links_are_safe() {
        assert!(is_safe_link("https://weibo.com/acme"));
        assert!(is_safe_link("HTTP://example.org"));
        assert!(is_safe_link("mailto:hi@example.org"));
        assert!(!is_safe_link("javascript:alert(1)"));
        assert!(!is_safe_link(" JavaScript:alert(1)"));
        assert!(!is_safe_link("data:text/html,<b>x</b>"));
        assert!(!is_safe_link("mailto:"));
        assert!(!is_safe_link("weibo.com/acme"));
        let mut p = plan();
        p.strategy.platforms.push(Platform {
            id: 50,
            url: "javascript:alert(1)".into(),
            ..Default::default()
        });
        p.next_id = 51;
        assert_eq!(
            check_structure(&p),
            vec![Problem::UnsafeLink {
                path: "plan.strategy.platforms[0].url".into()
            }]
        );
    }

    #[test]
    fn id_counter_is_repaired_above_every_id() {
        let mut p = plan();
        p.next_id = 0;
        p.personas[0].id = 40;
        p.goals[0].personas = vec![40];
        repair_id_counter(&mut p);
        assert_eq!(p.next_id, 41);
        assert_eq!(p.allocate_id(), 41);
    }
}
