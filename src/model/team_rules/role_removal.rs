//! Removing a role of the team together with everything that points at it (assignments, matrix
//! cells, approval steps), and putting it all back (undo).
//!
//! Imports only the plan's team records.

use crate::model::{Id, RaciCell, RoleAssignment, Team, TeamRole};

/// A role taken out of the team, with every reference to it, so it can be put back.
#[derive(Clone, Debug, PartialEq)]
pub struct RemovedRole {
    pub index: usize,
    pub role: TeamRole,
    /// (person id, position in their list, assignment)
    pub assignments: Vec<(Id, usize, RoleAssignment)>,
    pub cells: Vec<RaciCell>,
    /// Approval steps that named the role.
    pub steps: Vec<Id>,
}

/// Removes role `id` and everything that points at it (assignments, matrix cells, approval
/// step roles).
pub fn remove_role(team: &mut Team, id: Id) -> Option<RemovedRole> {
    let index = team.roles.iter().position(|r| r.id == id)?;
    let role = team.roles.remove(index);
    let mut assignments = Vec::new();
    for person in team.people.iter_mut() {
        while let Some(at) = person.assignments.iter().position(|a| a.role == id) {
            assignments.push((person.id, at, person.assignments.remove(at)));
        }
    }
    let (cells, kept): (Vec<_>, Vec<_>) = std::mem::take(&mut team.raci)
        .into_iter()
        .partition(|c| c.role == id);
    team.raci = kept;
    let mut steps = Vec::new();
    for step in team.approval_path.iter_mut() {
        if step.role == Some(id) {
            step.role = None;
            steps.push(step.id);
        }
    }
    Some(RemovedRole {
        index,
        role,
        assignments,
        cells,
        steps,
    })
}

/// Puts back a role taken out by [`remove_role`] (people or steps deleted since are skipped).
pub fn restore_role(team: &mut Team, removed: RemovedRole) {
    let id = removed.role.id;
    if team.roles.iter().any(|r| r.id == id) {
        return;
    }
    let at = removed.index.min(team.roles.len());
    team.roles.insert(at, removed.role);
    for (person, index, assignment) in removed.assignments.into_iter().rev() {
        if let Some(p) = team.people.iter_mut().find(|p| p.id == person) {
            let at = index.min(p.assignments.len());
            p.assignments.insert(at, assignment);
        }
    }
    team.raci.extend(removed.cells);
    for step in team.approval_path.iter_mut() {
        if removed.steps.contains(&step.id) && step.role.is_none() {
            step.role = Some(id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::team_rules::fixtures::{person, role};
    use crate::model::team_rules::raci::{letter_at, set_letter};
    use crate::model::{Activity, ApprovalStep, Raci, TeamRoleKind};

    #[test]
    fn removing_a_role_clears_its_references_and_undo_restores_them() {
        let mut team = Team {
            roles: vec![
                role(1, TeamRoleKind::Manager),
                role(2, TeamRoleKind::Community),
            ],
            people: vec![person(10, 100, &[(2, 30), (1, 50)])],
            approval_path: vec![ApprovalStep {
                id: 20,
                role: Some(1),
                ..ApprovalStep::default()
            }],
            ..Team::default()
        };
        set_letter(&mut team.raci, Activity::Strategy, 1, Some(Raci::A));
        set_letter(&mut team.raci, Activity::Strategy, 2, Some(Raci::C));
        let before = team.clone();
        let removed = remove_role(&mut team, 1).unwrap();
        assert_eq!(team.roles.len(), 1);
        assert_eq!(team.people[0].assignments.len(), 1);
        assert_eq!(team.raci.len(), 1);
        assert_eq!(team.approval_path[0].role, None);
        assert_eq!(remove_role(&mut team, 1), None);
        restore_role(&mut team, removed);
        assert_eq!(team.roles, before.roles);
        assert_eq!(team.people, before.people);
        assert_eq!(team.approval_path, before.approval_path);
        assert_eq!(team.raci.len(), 2);
        assert_eq!(letter_at(&team.raci, Activity::Strategy, 1), Some(Raci::A));
    }
}
