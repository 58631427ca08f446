//! The "one-person business" preset: one owner holding the four core roles at a realistic share
//! of half a week, with the suggested responsibility matrix.
//!
//! Imports the plan's team records and the matrix rules of `raci`.

use super::raci::fill_suggested_raci;
use crate::model::{Id, Person, RoleAssignment, Team, TeamModel, TeamRole, TeamRoleKind};

/// Availability of the owner in the one-person preset: a realistic half of a week.
pub const ONE_PERSON_AVAILABILITY: u16 = 50;

/// How the one-person preset splits the owner's availability over the four core roles: creating
/// content takes most, then replies, then running it, then the numbers (40/30/20/10).
pub const ONE_PERSON_SPLIT: [(TeamRoleKind, u16); 4] = [
    (TeamRoleKind::ContentCreator, 40),
    (TeamRoleKind::Community, 30),
    (TeamRoleKind::Manager, 20),
    (TeamRoleKind::DataAnalyst, 10),
];

/// Sets the team up as a one-person business: the four core roles exist (missing ones are added
/// by `new_role(id, kind)`), one person named `name` holds all of them with
/// [`ONE_PERSON_SPLIT`] of [`ONE_PERSON_AVAILABILITY`], replacing the people list, and empty rows
/// of the matrix are filled with [`super::suggested_letters`]. Returns the person's id.
pub fn apply_one_person_business(
    team: &mut Team,
    mut new_id: impl FnMut() -> Id,
    name: String,
    new_role: impl Fn(Id, TeamRoleKind) -> TeamRole,
) -> Id {
    for kind in TeamRoleKind::CORE {
        if !team.roles.iter().any(|r| r.kind == kind) {
            let id = new_id();
            team.roles.push(new_role(id, kind));
        }
    }
    let assignments = ONE_PERSON_SPLIT
        .iter()
        .filter_map(|(kind, share)| {
            team.roles
                .iter()
                .find(|r| r.kind == *kind)
                .map(|r| RoleAssignment {
                    role: r.id,
                    percent: share * ONE_PERSON_AVAILABILITY / 100,
                })
        })
        .collect();
    let person = Person {
        id: new_id(),
        name,
        availability: ONE_PERSON_AVAILABILITY,
        assignments,
    };
    let id = person.id;
    team.people = vec![person];
    fill_suggested_raci(team);
    if team.model.is_none() {
        team.model = Some(TeamModel::Centralized);
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::team_rules::fixtures::{person, role};
    use crate::model::team_rules::load::{person_load, unheld_roles};
    use crate::model::team_rules::raci::raci_problems;

    #[test]
    fn one_person_business_holds_all_core_roles_at_a_realistic_load() {
        let mut team = Team {
            roles: vec![
                role(1, TeamRoleKind::Manager),
                role(2, TeamRoleKind::Designer),
            ],
            people: vec![person(3, 100, &[])],
            ..Team::default()
        };
        let mut next = 100;
        let id = apply_one_person_business(
            &mut team,
            || {
                next += 1;
                next
            },
            "Lin".into(),
            role,
        );
        assert_eq!(team.people.len(), 1);
        let owner = &team.people[0];
        assert_eq!(owner.id, id);
        assert_eq!(owner.name, "Lin");
        assert_eq!(owner.availability, ONE_PERSON_AVAILABILITY);
        assert_eq!(owner.assignments.len(), 4);
        let load = person_load(owner, &team.roles);
        assert_eq!(load.assigned, 50);
        assert!(!load.over_availability());
        // The existing manager is reused; the three other core roles are added.
        assert_eq!(team.roles.len(), 5);
        assert_eq!(
            owner
                .assignments
                .iter()
                .find(|a| a.role == 1)
                .map(|a| a.percent),
            Some(10)
        );
        let shares: Vec<u16> = owner.assignments.iter().map(|a| a.percent).collect();
        assert_eq!(shares, vec![20, 15, 10, 5]);
        // Only the designer is left unheld, and every activity has one accountable role.
        assert_eq!(unheld_roles(&team), vec![2]);
        assert!(raci_problems(&team).is_empty());
        assert_eq!(team.model, Some(TeamModel::Centralized));
    }
}
