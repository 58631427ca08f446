//! How loaded each person of the team is (the shares of the roles they hold against their
//! availability), which roles nobody holds, and the team's total assigned time.
//!
//! Imports only the plan's team records.

use std::collections::HashSet;

use crate::model::{Id, Person, Team, TeamRole};

/// How much of a person's week their roles take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PersonLoad {
    /// Sum of the person's role shares, in percent of a full-time week.
    pub assigned: u32,
    /// What the person can give, in percent of a full-time week.
    pub availability: u16,
}

impl PersonLoad {
    /// More is asked than the person has said they can give.
    pub fn over_availability(self) -> bool {
        self.assigned > u32::from(self.availability)
    }

    /// More than a full-time week: a serious warning whatever the availability says.
    pub fn over_full_time(self) -> bool {
        self.assigned > 100
    }

    /// Share of the availability in use, in percent (0 when nothing is available).
    pub fn share_of_availability(self) -> u32 {
        if self.availability == 0 {
            if self.assigned > 0 {
                u32::MAX
            } else {
                0
            }
        } else {
            self.assigned * 100 / u32::from(self.availability)
        }
    }
}

/// The load of `person`, counting only assignments to roles that still exist in `roles`.
pub fn person_load(person: &Person, roles: &[TeamRole]) -> PersonLoad {
    let known: HashSet<Id> = roles.iter().map(|r| r.id).collect();
    PersonLoad {
        assigned: person
            .assignments
            .iter()
            .filter(|a| known.contains(&a.role))
            .map(|a| u32::from(a.percent))
            .sum(),
        availability: person.availability,
    }
}

/// Ids of roles nobody holds (no person gives them more than 0 %), in role order.
pub fn unheld_roles(team: &Team) -> Vec<Id> {
    let held: HashSet<Id> = team
        .people
        .iter()
        .flat_map(|p| p.assignments.iter())
        .filter(|a| a.percent > 0)
        .map(|a| a.role)
        .collect();
    team.roles
        .iter()
        .filter(|r| !held.contains(&r.id))
        .map(|r| r.id)
        .collect()
}

/// Total of every role share of the team, in full-time equivalents × 100.
pub fn team_assigned_percent(team: &Team) -> u32 {
    team.people
        .iter()
        .map(|p| person_load(p, &team.roles).assigned)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::team_rules::fixtures::{person, role};
    use crate::model::TeamRoleKind;

    #[test]
    fn load_sums_shares_of_existing_roles_and_warns_over_availability_and_full_time() {
        let roles = vec![
            role(1, TeamRoleKind::Manager),
            role(2, TeamRoleKind::Community),
        ];
        let p = person(10, 60, &[(1, 30), (2, 20)]);
        let load = person_load(&p, &roles);
        assert_eq!(load.assigned, 50);
        assert!(!load.over_availability());
        assert!(!load.over_full_time());
        assert_eq!(load.share_of_availability(), 83);

        let p = person(10, 60, &[(1, 50), (2, 20), (99, 100)]);
        let load = person_load(&p, &roles);
        assert_eq!(load.assigned, 70, "a deleted role's share is not counted");
        assert!(load.over_availability());
        assert!(!load.over_full_time());

        let p = person(10, 100, &[(1, 80), (2, 40)]);
        let load = person_load(&p, &roles);
        assert!(load.over_availability() && load.over_full_time());
        // Exactly at the limit is fine.
        let p = person(10, 100, &[(1, 60), (2, 40)]);
        assert!(!person_load(&p, &roles).over_full_time());
        assert_eq!(person_load(&p, &roles).share_of_availability(), 100);
    }

    #[test]
    fn no_availability_means_any_share_is_too_much() {
        let roles = vec![role(1, TeamRoleKind::Manager)];
        assert_eq!(
            person_load(&person(1, 0, &[]), &roles).share_of_availability(),
            0
        );
        let load = person_load(&person(1, 0, &[(1, 10)]), &roles);
        assert!(load.over_availability());
        assert_eq!(load.share_of_availability(), u32::MAX);
    }

    #[test]
    fn roles_nobody_holds_are_listed_in_order() {
        let team = Team {
            roles: vec![
                role(1, TeamRoleKind::Manager),
                role(2, TeamRoleKind::ContentCreator),
                role(3, TeamRoleKind::Community),
            ],
            people: vec![person(10, 100, &[(1, 50), (3, 0)])],
            ..Team::default()
        };
        assert_eq!(unheld_roles(&team), vec![2, 3], "0 % does not hold a role");
        assert_eq!(team_assigned_percent(&team), 50);
    }
}
