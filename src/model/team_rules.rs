//! Rules of step 5: which team model fits (with its reasons), how loaded each person is, which
//! roles nobody holds, whether every activity of the responsibility matrix has exactly one
//! accountable role, the approval path's total time, and the "one-person business" preset.
//!
//! Pure: no leptos, no browser types. Words live in `i18n::team`; here reasons and problems are
//! data.

use std::collections::HashSet;

use super::checks::{Checkpoint, Completeness, FieldRef, Finding, FindingKind, TeamField};
use super::{
    Activity, ApprovalStep, CompanySize, Id, ModelQuestionnaire, Person, Raci, RaciCell,
    RoleAssignment, Team, TeamModel, TeamRole, TeamRoleKind,
};

/// Why the questionnaire points to a model. The interface words each reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// One business unit or region: one team can know it all.
    OneUnit,
    /// Fewer than ten people in the company.
    MicroCompany,
    /// Fewer than two full-time equivalents for social media: too few to split.
    FewPeople,
    /// Two units whose brand must look the same: one team can serve both.
    TwoUnitsOneVoice,
    /// Several units or regions, each with its own customers (the count).
    SeveralUnits(u32),
    /// Local speed matters more than one uniform brand.
    LocalSpeedFirst,
    /// One consistent brand matters most.
    ConsistencyFirst,
    /// Consistency and local speed matter about equally.
    BalanceNeeded,
    /// Social media is central to the strategy, so headquarters should lead it.
    StrategicLead,
    /// Social media is a side activity: units can run it lightly on their own.
    SideActivity,
    /// More than a thousand people: a single team would be a bottleneck.
    LargeCompany,
}

/// The model the questionnaire recommends, with its reasons in order of weight.
#[derive(Clone, Debug, PartialEq)]
pub struct Recommendation {
    pub model: TeamModel,
    pub reasons: Vec<Reason>,
}

/// The questionnaire's recommendation; `None` until size, units and consistency are answered.
///
/// Small or single-unit organisations, or fewer than two people, get the centralized model.
/// Several units where local speed matters most get the decentralized one, unless social media is
/// central to the strategy (then hybrid keeps headquarters in charge of strategy). Two units of a
/// small company that care most about one brand stay centralized. Everything else gets hybrid.
pub fn recommend(q: &ModelQuestionnaire) -> Option<Recommendation> {
    let size = q.company_size?;
    let units = q.units?;
    let consistency = q.consistency?;
    let strategic = q.strategic_weight;
    let few_people = q.people_available.is_some_and(|p| p < 2.0);

    if units <= 1 || size == CompanySize::Micro || few_people {
        let mut reasons = Vec::new();
        if units <= 1 {
            reasons.push(Reason::OneUnit);
        }
        if size == CompanySize::Micro {
            reasons.push(Reason::MicroCompany);
        }
        if few_people {
            reasons.push(Reason::FewPeople);
        }
        return Some(Recommendation {
            model: TeamModel::Centralized,
            reasons,
        });
    }

    let local_first = consistency <= 2;
    let brand_first = consistency >= 4;
    let central = strategic.is_some_and(|s| s >= 4);
    let side = strategic.is_some_and(|s| s <= 2);

    if local_first && !central {
        let mut reasons = vec![Reason::SeveralUnits(units), Reason::LocalSpeedFirst];
        if side {
            reasons.push(Reason::SideActivity);
        }
        if size == CompanySize::Large {
            reasons.push(Reason::LargeCompany);
        }
        return Some(Recommendation {
            model: TeamModel::Decentralized,
            reasons,
        });
    }

    if brand_first && units == 2 && size == CompanySize::Small {
        return Some(Recommendation {
            model: TeamModel::Centralized,
            reasons: vec![Reason::TwoUnitsOneVoice, Reason::ConsistencyFirst],
        });
    }

    let mut reasons = vec![Reason::SeveralUnits(units)];
    reasons.push(if local_first {
        Reason::LocalSpeedFirst
    } else if brand_first {
        Reason::ConsistencyFirst
    } else {
        Reason::BalanceNeeded
    });
    if central {
        reasons.push(Reason::StrategicLead);
    }
    if size == CompanySize::Large {
        reasons.push(Reason::LargeCompany);
    }
    Some(Recommendation {
        model: TeamModel::Hybrid,
        reasons,
    })
}

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

/// Total time of the approval path in hours (steps without a time count as 0), and whether any
/// step has no time.
pub fn approval_total_hours(steps: &[ApprovalStep]) -> (u32, bool) {
    let total = steps.iter().filter_map(|s| s.hours).sum();
    (total, steps.iter().any(|s| s.hours.is_none()))
}

/// Moves the item at `index` one place up (`up`) or down; returns whether it moved.
pub fn move_item<T>(list: &mut [T], index: usize, up: bool) -> bool {
    if up && index > 0 && index < list.len() {
        list.swap(index, index - 1);
        true
    } else if !up && index + 1 < list.len() {
        list.swap(index, index + 1);
        true
    } else {
        false
    }
}

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
/// of the matrix are filled with [`suggested_letters`]. Returns the person's id.
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

    fn q(
        size: CompanySize,
        units: u32,
        consistency: u8,
        strategic: Option<u8>,
        people: Option<f64>,
    ) -> ModelQuestionnaire {
        ModelQuestionnaire {
            company_size: Some(size),
            units: Some(units),
            consistency: Some(consistency),
            strategic_weight: strategic,
            people_available: people,
        }
    }

    fn role(id: Id, kind: TeamRoleKind) -> TeamRole {
        TeamRole {
            id,
            kind,
            ..TeamRole::default()
        }
    }

    fn person(id: Id, availability: u16, shares: &[(Id, u16)]) -> Person {
        Person {
            id,
            name: format!("P{id}"),
            availability,
            assignments: shares
                .iter()
                .map(|&(role, percent)| RoleAssignment { role, percent })
                .collect(),
        }
    }

    #[test]
    fn no_recommendation_until_the_three_key_answers_are_given() {
        assert_eq!(recommend(&ModelQuestionnaire::default()), None);
        let mut partial = q(CompanySize::Medium, 3, 4, Some(4), Some(5.0));
        partial.consistency = None;
        assert_eq!(recommend(&partial), None);
        partial.consistency = Some(4);
        partial.units = None;
        assert_eq!(recommend(&partial), None);
        partial.units = Some(3);
        partial.company_size = None;
        assert_eq!(recommend(&partial), None);
    }

    #[test]
    fn a_cafe_with_one_shop_is_centralized() {
        let r = recommend(&q(CompanySize::Micro, 1, 3, Some(3), Some(0.5))).unwrap();
        assert_eq!(r.model, TeamModel::Centralized);
        assert_eq!(
            r.reasons,
            vec![Reason::OneUnit, Reason::MicroCompany, Reason::FewPeople]
        );
    }

    #[test]
    fn too_few_people_stay_centralized_even_with_many_units() {
        let r = recommend(&q(CompanySize::Medium, 5, 1, Some(2), Some(1.5))).unwrap();
        assert_eq!(r.model, TeamModel::Centralized);
        assert_eq!(r.reasons, vec![Reason::FewPeople]);
        // Exactly two people are enough to split.
        let r = recommend(&q(CompanySize::Medium, 5, 1, Some(2), Some(2.0))).unwrap();
        assert_eq!(r.model, TeamModel::Decentralized);
    }

    #[test]
    fn zero_units_counts_as_one() {
        let r = recommend(&q(CompanySize::Small, 0, 3, None, None)).unwrap();
        assert_eq!(r.model, TeamModel::Centralized);
        assert_eq!(r.reasons, vec![Reason::OneUnit]);
    }

    #[test]
    fn many_units_that_need_local_speed_are_decentralized() {
        let r = recommend(&q(CompanySize::Large, 6, 1, Some(2), Some(10.0))).unwrap();
        assert_eq!(r.model, TeamModel::Decentralized);
        assert_eq!(
            r.reasons,
            vec![
                Reason::SeveralUnits(6),
                Reason::LocalSpeedFirst,
                Reason::SideActivity,
                Reason::LargeCompany
            ]
        );
        // Unanswered strategic weight does not block it.
        let r = recommend(&q(CompanySize::Medium, 3, 2, None, None)).unwrap();
        assert_eq!(r.model, TeamModel::Decentralized);
    }

    #[test]
    fn local_speed_with_a_strategic_channel_is_hybrid() {
        let r = recommend(&q(CompanySize::Medium, 4, 2, Some(5), Some(6.0))).unwrap();
        assert_eq!(r.model, TeamModel::Hybrid);
        assert_eq!(
            r.reasons,
            vec![
                Reason::SeveralUnits(4),
                Reason::LocalSpeedFirst,
                Reason::StrategicLead
            ]
        );
    }

    #[test]
    fn three_regions_that_care_about_the_brand_are_hybrid() {
        let r = recommend(&q(CompanySize::Medium, 3, 4, Some(4), Some(5.0))).unwrap();
        assert_eq!(r.model, TeamModel::Hybrid);
        assert_eq!(
            r.reasons,
            vec![
                Reason::SeveralUnits(3),
                Reason::ConsistencyFirst,
                Reason::StrategicLead
            ]
        );
    }

    #[test]
    fn a_balanced_answer_is_hybrid() {
        let r = recommend(&q(CompanySize::Large, 8, 3, Some(3), None)).unwrap();
        assert_eq!(r.model, TeamModel::Hybrid);
        assert_eq!(
            r.reasons,
            vec![
                Reason::SeveralUnits(8),
                Reason::BalanceNeeded,
                Reason::LargeCompany
            ]
        );
    }

    #[test]
    fn two_units_of_a_small_company_with_one_brand_stay_centralized() {
        let r = recommend(&q(CompanySize::Small, 2, 5, Some(3), Some(2.0))).unwrap();
        assert_eq!(r.model, TeamModel::Centralized);
        assert_eq!(
            r.reasons,
            vec![Reason::TwoUnitsOneVoice, Reason::ConsistencyFirst]
        );
        // A medium company with two units and one brand is hybrid.
        let r = recommend(&q(CompanySize::Medium, 2, 5, Some(3), Some(2.0))).unwrap();
        assert_eq!(r.model, TeamModel::Hybrid);
    }

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

    #[test]
    fn approval_total_and_missing_times() {
        let step = |hours| ApprovalStep {
            hours,
            ..ApprovalStep::default()
        };
        assert_eq!(approval_total_hours(&[]), (0, false));
        assert_eq!(
            approval_total_hours(&[step(Some(4)), step(Some(24))]),
            (28, false)
        );
        assert_eq!(
            approval_total_hours(&[step(Some(4)), step(None)]),
            (4, true)
        );
    }

    #[test]
    fn moving_items_stops_at_the_ends() {
        let mut list = vec![1, 2, 3];
        assert!(!move_item(&mut list, 0, true));
        assert!(move_item(&mut list, 2, true));
        assert_eq!(list, vec![1, 3, 2]);
        assert!(!move_item(&mut list, 2, false));
        assert!(move_item(&mut list, 0, false));
        assert_eq!(list, vec![3, 1, 2]);
        assert!(!move_item(&mut list, 5, true));
    }

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
