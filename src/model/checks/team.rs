//! The rules of step 5, team: a model with its reason, roles that someone holds, people not asked
//! for more than they can give, one accountable role per activity of the responsibility matrix,
//! and an approval path whose steps say who signs off. Nothing is reported before the user starts.
//!
//! A step rule file: builds on the shared check vocabulary and the team rules
//! ([`crate::model::team_rules`]); neither may import it.

use super::completeness::{Checkpoint, Completeness};
use super::fields::{FieldRef, TeamField};
use super::finding::{Finding, FindingKind};
use crate::model::team_rules::{person_load, raci_problems, unheld_roles, RaciProblem};
use crate::model::Team;

/// Every finding of step 5, in the order the page shows the fields. Nothing is reported before
/// the user starts (no model, no role, no person, no step, no questionnaire answer).
pub fn team_findings(team: &Team) -> Vec<Finding> {
    if *team == Team::default() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let model = FieldRef::Team(TeamField::Model);
    match team.model {
        None => out.push(Finding::new(FindingKind::NoTeamModel, model)),
        Some(_) if team.model_why.trim().is_empty() => {
            out.push(Finding::new(FindingKind::TeamModelWithoutWhy, model))
        }
        Some(_) => {}
    }
    if team.roles.is_empty() {
        out.push(Finding::new(
            FindingKind::NoTeamRole,
            FieldRef::Team(TeamField::Roles),
        ));
    }
    for id in unheld_roles(team) {
        out.push(Finding::new(
            FindingKind::TeamRoleUnheld,
            FieldRef::TeamRole(id),
        ));
    }
    if team.people.is_empty() {
        out.push(Finding::new(
            FindingKind::NoTeamPerson,
            FieldRef::Team(TeamField::People),
        ));
    }
    for person in &team.people {
        let load = person_load(person, &team.roles);
        let at = FieldRef::TeamPerson(person.id);
        if load.over_full_time() {
            out.push(Finding::new(
                FindingKind::PersonOverFullTime {
                    assigned: load.assigned,
                },
                at,
            ));
        } else if load.over_availability() {
            out.push(Finding::new(
                FindingKind::PersonOverAvailability {
                    assigned: load.assigned,
                    availability: load.availability,
                },
                at,
            ));
        }
    }
    if !team.roles.is_empty() {
        for (activity, problem) in raci_problems(team) {
            let kind = match problem {
                RaciProblem::NoAccountable => FindingKind::RaciNoAccountable { activity },
                RaciProblem::SeveralAccountable(count) => {
                    FindingKind::RaciSeveralAccountable { activity, count }
                }
            };
            out.push(Finding::new(kind, FieldRef::Team(TeamField::Raci)));
        }
    }
    if team.approval_path.is_empty() {
        out.push(Finding::new(
            FindingKind::NoApprovalStep,
            FieldRef::Team(TeamField::ApprovalPath),
        ));
    }
    for step in &team.approval_path {
        if step.role.is_none() && step.label.trim().is_empty() {
            out.push(Finding::new(
                FindingKind::ApprovalStepWithoutWho,
                FieldRef::ApprovalStep(step.id),
            ));
        }
    }
    out
}

/// How far step 5 is filled in: a model, roles all held, people none over a full week, one A per
/// activity, an approval path whose steps say who signs off.
pub fn team_completeness(team: &Team) -> Completeness<Checkpoint> {
    let people_ok = !team.people.is_empty()
        && team
            .people
            .iter()
            .all(|p| !person_load(p, &team.roles).over_full_time());
    Completeness::tally([
        (Checkpoint::TeamModelChosen, team.model.is_some()),
        (
            Checkpoint::TeamRolesHeld,
            !team.roles.is_empty() && unheld_roles(team).is_empty(),
        ),
        (Checkpoint::TeamPeopleLoaded, people_ok),
        (
            Checkpoint::RaciComplete,
            !team.roles.is_empty() && raci_problems(team).is_empty(),
        ),
        (
            Checkpoint::ApprovalPathSet,
            !team.approval_path.is_empty()
                && team
                    .approval_path
                    .iter()
                    .all(|s| s.role.is_some() || !s.label.trim().is_empty()),
        ),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::team_rules::fixtures::{person, role};
    use crate::model::team_rules::{apply_one_person_business, set_letter};
    use crate::model::{Activity, ApprovalStep, Raci, TeamModel, TeamRoleKind};

    #[test]
    fn an_untouched_team_has_no_findings_and_a_started_one_lists_what_is_missing() {
        let mut team = Team::default();
        assert!(team_findings(&team).is_empty());
        assert_eq!(team_completeness(&team).done, 0);
        team.questionnaire.units = Some(3);
        let kinds: Vec<FindingKind> = team_findings(&team).into_iter().map(|f| f.kind).collect();
        assert_eq!(
            kinds,
            vec![
                FindingKind::NoTeamModel,
                FindingKind::NoTeamRole,
                FindingKind::NoTeamPerson,
                FindingKind::NoApprovalStep
            ]
        );
    }

    #[test]
    fn team_findings_point_at_the_role_person_and_step_concerned() {
        let mut team = Team {
            model: Some(TeamModel::Hybrid),
            roles: vec![
                role(1, TeamRoleKind::Manager),
                role(2, TeamRoleKind::Designer),
            ],
            people: vec![person(10, 50, &[(1, 60)]), person(11, 100, &[(1, 120)])],
            approval_path: vec![ApprovalStep {
                id: 30,
                ..ApprovalStep::default()
            }],
            ..Team::default()
        };
        set_letter(&mut team.raci, Activity::Strategy, 1, Some(Raci::A));
        set_letter(&mut team.raci, Activity::Strategy, 2, Some(Raci::A));
        let findings = team_findings(&team);
        let has = |kind: FindingKind, target: FieldRef| {
            findings
                .iter()
                .any(|f| f.kind == kind && f.target == target)
        };
        assert!(has(
            FindingKind::TeamModelWithoutWhy,
            FieldRef::Team(TeamField::Model)
        ));
        assert!(has(FindingKind::TeamRoleUnheld, FieldRef::TeamRole(2)));
        assert!(has(
            FindingKind::PersonOverAvailability {
                assigned: 60,
                availability: 50
            },
            FieldRef::TeamPerson(10)
        ));
        assert!(has(
            FindingKind::PersonOverFullTime { assigned: 120 },
            FieldRef::TeamPerson(11)
        ));
        assert!(has(
            FindingKind::RaciSeveralAccountable {
                activity: Activity::Strategy,
                count: 2
            },
            FieldRef::Team(TeamField::Raci)
        ));
        assert!(has(
            FindingKind::RaciNoAccountable {
                activity: Activity::DataReporting
            },
            FieldRef::Team(TeamField::Raci)
        ));
        assert!(has(
            FindingKind::ApprovalStepWithoutWho,
            FieldRef::ApprovalStep(30)
        ));
        let c = team_completeness(&team);
        assert_eq!((c.done, c.total), (1, 5));
    }

    #[test]
    fn a_finished_one_person_team_is_complete_without_errors() {
        let mut team = Team::default();
        let mut next = 0;
        apply_one_person_business(
            &mut team,
            || {
                next += 1;
                next
            },
            "Lin".into(),
            role,
        );
        team.model_why = "One café, one owner.".into();
        team.approval_path.push(ApprovalStep {
            id: 99,
            label: "Read it aloud once".into(),
            hours: Some(1),
            ..ApprovalStep::default()
        });
        assert!(team_completeness(&team).is_complete());
        assert_eq!(team_findings(&team), vec![]);
    }
}
