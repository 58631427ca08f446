//! The responsibility (RACI) matrix: reading and setting a role's letter for an activity, whether
//! each activity has exactly one accountable role, and the suggested letters of the usual split
//! of the four core roles.
//!
//! Imports only the plan's team records.

use std::collections::HashSet;

use crate::model::{Activity, Id, Raci, RaciCell, Team, TeamRoleKind};

/// What is wrong with one row of the responsibility matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RaciProblem {
    /// No role is accountable: nobody makes the final call.
    NoAccountable,
    /// More than one role is accountable (the count): unclear who decides.
    SeveralAccountable(usize),
}

/// The letter of `role` for `activity`, if any.
pub fn letter_at(cells: &[RaciCell], activity: Activity, role: Id) -> Option<Raci> {
    cells
        .iter()
        .find(|c| c.activity == activity && c.role == role)
        .map(|c| c.letter)
}

/// Who holds each letter for `activity`, in the matrix's letter order: each letter with the names
/// of its roles (`roles` pairs each role's id with the name to show), letters nobody holds left
/// out. A phone shows a matrix row as this one line.
pub fn holders_by_letter<'a>(
    cells: &[RaciCell],
    activity: Activity,
    roles: &'a [(Id, String)],
) -> Vec<(Raci, Vec<&'a str>)> {
    Raci::ALL
        .into_iter()
        .filter_map(|letter| {
            let holders: Vec<&str> = roles
                .iter()
                .filter(|(role, _)| letter_at(cells, activity, *role) == Some(letter))
                .map(|(_, name)| name.as_str())
                .collect();
            (!holders.is_empty()).then_some((letter, holders))
        })
        .collect()
}

/// Sets (or clears, with `None`) the letter of `role` for `activity`; keeps one cell per pair.
pub fn set_letter(cells: &mut Vec<RaciCell>, activity: Activity, role: Id, letter: Option<Raci>) {
    cells.retain(|c| !(c.activity == activity && c.role == role));
    if let Some(letter) = letter {
        cells.push(RaciCell {
            activity,
            role,
            letter,
        });
    }
}

/// The problem of `activity`'s row, counting only roles that exist; `None` when exactly one A.
pub fn raci_row_problem(team: &Team, activity: Activity) -> Option<RaciProblem> {
    let known: HashSet<Id> = team.roles.iter().map(|r| r.id).collect();
    let accountable = team
        .raci
        .iter()
        .filter(|c| c.activity == activity && c.letter == Raci::A && known.contains(&c.role))
        .count();
    match accountable {
        1 => None,
        0 => Some(RaciProblem::NoAccountable),
        n => Some(RaciProblem::SeveralAccountable(n)),
    }
}

/// Every row with a problem, in the matrix's order.
pub fn raci_problems(team: &Team) -> Vec<(Activity, RaciProblem)> {
    Activity::ALL
        .into_iter()
        .filter_map(|a| raci_row_problem(team, a).map(|p| (a, p)))
        .collect()
}

/// Who does each activity in the usual split of the four core roles: the manager is accountable
/// for everything, and the specialist of each activity is responsible.
pub fn suggested_letters(activity: Activity) -> [(TeamRoleKind, Raci); 2] {
    use TeamRoleKind::*;
    match activity {
        Activity::Strategy => [(Manager, Raci::A), (DataAnalyst, Raci::C)],
        Activity::ContentPlanning | Activity::ContentCreation | Activity::ApprovalPublishing => {
            [(Manager, Raci::A), (ContentCreator, Raci::R)]
        }
        Activity::CommunityReplies | Activity::CrisisResponse => {
            [(Manager, Raci::A), (Community, Raci::R)]
        }
        Activity::DataReporting => [(Manager, Raci::A), (DataAnalyst, Raci::R)],
    }
}

/// Fills every empty row of the matrix with [`suggested_letters`], using the first role of each
/// kind. Rows that already have letters are left as they are.
pub fn fill_suggested_raci(team: &mut Team) {
    for activity in Activity::ALL {
        if team.raci.iter().any(|c| c.activity == activity) {
            continue;
        }
        for (kind, letter) in suggested_letters(activity) {
            if let Some(role) = team.roles.iter().find(|r| r.kind == kind) {
                let role = role.id;
                set_letter(&mut team.raci, activity, role, Some(letter));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::team_rules::fixtures::role;

    #[test]
    fn each_activity_needs_exactly_one_accountable_role() {
        let mut team = Team {
            roles: vec![
                role(1, TeamRoleKind::Manager),
                role(2, TeamRoleKind::Community),
            ],
            ..Team::default()
        };
        assert_eq!(raci_problems(&team).len(), Activity::ALL.len());
        set_letter(&mut team.raci, Activity::Strategy, 1, Some(Raci::A));
        assert_eq!(raci_row_problem(&team, Activity::Strategy), None);
        set_letter(&mut team.raci, Activity::Strategy, 2, Some(Raci::A));
        assert_eq!(
            raci_row_problem(&team, Activity::Strategy),
            Some(RaciProblem::SeveralAccountable(2))
        );
        // Changing a letter replaces the cell instead of adding one.
        set_letter(&mut team.raci, Activity::Strategy, 2, Some(Raci::R));
        assert_eq!(team.raci.len(), 2);
        assert_eq!(letter_at(&team.raci, Activity::Strategy, 2), Some(Raci::R));
        assert_eq!(raci_row_problem(&team, Activity::Strategy), None);
        set_letter(&mut team.raci, Activity::Strategy, 1, None);
        assert_eq!(
            raci_row_problem(&team, Activity::Strategy),
            Some(RaciProblem::NoAccountable)
        );
        // A cell of a deleted role does not count.
        set_letter(&mut team.raci, Activity::DataReporting, 77, Some(Raci::A));
        assert_eq!(
            raci_row_problem(&team, Activity::DataReporting),
            Some(RaciProblem::NoAccountable)
        );
    }

    #[test]
    fn a_row_reads_as_its_letters_with_their_holders() {
        let roles = vec![
            (1, "Lead".to_string()),
            (2, "Writer".to_string()),
            (3, "Analyst".to_string()),
        ];
        let mut cells = Vec::new();
        assert_eq!(
            holders_by_letter(&cells, Activity::Strategy, &roles),
            vec![]
        );
        set_letter(&mut cells, Activity::Strategy, 3, Some(Raci::C));
        set_letter(&mut cells, Activity::Strategy, 1, Some(Raci::A));
        set_letter(&mut cells, Activity::Strategy, 2, Some(Raci::C));
        // Another activity's letters and a deleted role's letters do not show.
        set_letter(&mut cells, Activity::DataReporting, 2, Some(Raci::R));
        set_letter(&mut cells, Activity::Strategy, 9, Some(Raci::R));
        assert_eq!(
            holders_by_letter(&cells, Activity::Strategy, &roles),
            vec![
                (Raci::A, vec!["Lead"]),
                (Raci::C, vec!["Writer", "Analyst"])
            ]
        );
    }

    #[test]
    fn the_suggested_matrix_fills_only_empty_rows_with_one_accountable_each() {
        let mut team = Team {
            roles: vec![
                role(1, TeamRoleKind::Manager),
                role(2, TeamRoleKind::ContentCreator),
                role(3, TeamRoleKind::Community),
                role(4, TeamRoleKind::DataAnalyst),
            ],
            ..Team::default()
        };
        set_letter(&mut team.raci, Activity::CrisisResponse, 3, Some(Raci::A));
        fill_suggested_raci(&mut team);
        assert!(raci_problems(&team).is_empty());
        assert_eq!(letter_at(&team.raci, Activity::CrisisResponse, 1), None);
        assert_eq!(
            letter_at(&team.raci, Activity::DataReporting, 4),
            Some(Raci::R)
        );
        assert_eq!(
            letter_at(&team.raci, Activity::ContentCreation, 2),
            Some(Raci::R)
        );
    }
}
