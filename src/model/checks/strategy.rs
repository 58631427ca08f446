//! The rules of step 1, strategy: strategic roles each with a reason (and a name, when custom), a
//! primary role of the list, a vision, an objective, and platforms that each carry a role of the
//! list. The step is at 100 % exactly when it has no error.
//!
//! A step rule file: builds on the shared check vocabulary; nothing in the vocabulary may
//! import it.

use std::collections::HashSet;

use super::completeness::{Checkpoint, Completeness};
use super::fields::{FieldRef, StrategyField};
use super::finding::{Finding, FindingKind};
use super::text::{any_filled, blank, why_units};
use crate::model::{Id, Platform, PlatformKind, StrategicRole, StrategicRoleKind, Strategy};

/// The least a role's reason must weigh (see [`why_units`]): about four Chinese characters or
/// eight Latin letters.
pub const MIN_WHY_UNITS: usize = 8;

fn role_unnamed(role: &StrategicRole) -> bool {
    role.kind == StrategicRoleKind::Custom && blank(&role.custom_name)
}

fn platform_unnamed(platform: &Platform) -> bool {
    platform.kind == PlatformKind::Custom && blank(&platform.custom_name)
}

fn role_is_explained(role: &StrategicRole) -> bool {
    !blank(&role.why) && !role_unnamed(role)
}

/// The inline checks of step 1.
pub fn strategy_findings(s: &Strategy) -> Vec<Finding> {
    use FindingKind::*;
    let mut out = Vec::new();
    let field = FieldRef::Strategy;
    let role_ids: HashSet<Id> = s.roles.iter().map(|r| r.id).collect();

    if s.roles.is_empty() {
        out.push(Finding::new(NoRole, field(StrategyField::Roles)));
    }
    match s.primary_role {
        None if !s.roles.is_empty() => out.push(Finding::new(
            NoPrimaryRole,
            field(StrategyField::PrimaryRole),
        )),
        Some(id) if !role_ids.contains(&id) => out.push(Finding::new(
            PrimaryRoleNotInList,
            field(StrategyField::PrimaryRole),
        )),
        _ => {}
    }
    let mut seen_kinds = HashSet::new();
    for role in &s.roles {
        let target = FieldRef::StrategicRole(role.id);
        if role_unnamed(role) {
            out.push(Finding::new(CustomRoleWithoutName, target));
        } else if role.kind != StrategicRoleKind::Custom && !seen_kinds.insert(role.kind) {
            out.push(Finding::new(DuplicateRole, target));
        }
        if blank(&role.why) {
            out.push(Finding::new(RoleWithoutWhy, target));
        } else if why_units(&role.why) < MIN_WHY_UNITS {
            out.push(Finding::new(RoleWhyTooShort, target));
        }
    }
    if blank(&s.vision) {
        out.push(Finding::new(NoVision, field(StrategyField::Vision)));
    }
    if !any_filled(&s.objectives) {
        out.push(Finding::new(NoObjective, field(StrategyField::Objectives)));
    }
    if s.platforms.is_empty() {
        out.push(Finding::new(NoPlatform, field(StrategyField::Platforms)));
    }
    for p in &s.platforms {
        let target = FieldRef::Platform(p.id);
        if platform_unnamed(p) {
            out.push(Finding::new(CustomPlatformWithoutName, target));
        }
        match p.role {
            None => out.push(Finding::new(PlatformWithoutRole, target)),
            Some(id) if !role_ids.contains(&id) => {
                out.push(Finding::new(PlatformRoleNotInList, target))
            }
            Some(_) => {}
        }
    }
    out
}

/// How far step 1 is filled in.
pub fn strategy_completeness(s: &Strategy) -> Completeness<Checkpoint> {
    let has_role = |id: Option<Id>| id.is_some_and(|id| s.roles.iter().any(|r| r.id == id));
    Completeness::tally([
        (Checkpoint::RoleChosen, !s.roles.is_empty()),
        (Checkpoint::PrimaryRoleChosen, has_role(s.primary_role)),
        (
            Checkpoint::RolesExplained,
            !s.roles.is_empty() && s.roles.iter().all(role_is_explained),
        ),
        (Checkpoint::VisionWritten, !blank(&s.vision)),
        (Checkpoint::ObjectiveWritten, any_filled(&s.objectives)),
        (Checkpoint::PlatformChosen, !s.platforms.is_empty()),
        (
            Checkpoint::PlatformsAssigned,
            !s.platforms.is_empty()
                && s.platforms
                    .iter()
                    .all(|p| has_role(p.role) && !platform_unnamed(p)),
        ),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::checks::finding::has_errors;
    use crate::model::checks::fixtures::{good_strategy, kinds, platform, role};
    use FindingKind::*;

    #[test]
    fn a_good_strategy_has_no_findings_and_is_complete() {
        let s = good_strategy();
        assert_eq!(strategy_findings(&s), vec![]);
        let c = strategy_completeness(&s);
        assert_eq!(c.percent(), 100);
        assert!(c.missing.is_empty());
    }

    #[test]
    fn an_empty_strategy_reports_what_is_missing_and_is_at_zero() {
        let s = Strategy::default();
        assert_eq!(
            kinds(&strategy_findings(&s)),
            vec![NoRole, NoVision, NoObjective, NoPlatform]
        );
        let c = strategy_completeness(&s);
        assert_eq!((c.done, c.total), (0, 7));
    }

    #[test]
    fn primary_role_must_exist_and_be_in_the_list() {
        let mut s = good_strategy();
        s.primary_role = None;
        assert_eq!(
            strategy_findings(&s),
            vec![Finding::new(
                NoPrimaryRole,
                FieldRef::Strategy(StrategyField::PrimaryRole)
            )]
        );
        s.primary_role = Some(99);
        assert_eq!(kinds(&strategy_findings(&s)), vec![PrimaryRoleNotInList]);
        assert_eq!(
            strategy_completeness(&s).missing,
            vec![Checkpoint::PrimaryRoleChosen]
        );
    }

    #[test]
    fn a_role_without_a_real_why_is_flagged() {
        let mut s = good_strategy();
        s.roles[0].why = " \u{3000} ".into();
        s.roles[1].why = "曝光".into();
        let f = strategy_findings(&s);
        assert_eq!(
            f,
            vec![
                Finding::new(RoleWithoutWhy, FieldRef::StrategicRole(1)),
                Finding::new(RoleWhyTooShort, FieldRef::StrategicRole(2)),
            ]
        );
        // Only the missing reason stops the step; a short one is a warning.
        assert_eq!(
            strategy_completeness(&s).missing,
            vec![Checkpoint::RolesExplained]
        );
        s.roles[0].why = "提升品牌知名度".into();
        assert_eq!(strategy_completeness(&s).percent(), 100);
    }

    #[test]
    fn custom_roles_and_platforms_need_names() {
        let mut s = good_strategy();
        s.roles.push(role(
            5,
            StrategicRoleKind::Custom,
            "Recruit baristas for new shops",
        ));
        s.platforms.push(platform(6, PlatformKind::Custom, Some(5)));
        assert_eq!(
            strategy_findings(&s),
            vec![
                Finding::new(CustomRoleWithoutName, FieldRef::StrategicRole(5)),
                Finding::new(CustomPlatformWithoutName, FieldRef::Platform(6)),
            ]
        );
        s.roles[2].custom_name = "招聘".into();
        s.platforms[2].custom_name = "豆瓣".into();
        assert_eq!(strategy_findings(&s), vec![]);
    }

    #[test]
    fn a_built_in_role_chosen_twice_is_a_warning_on_the_second() {
        let mut s = good_strategy();
        s.roles.push(role(
            7,
            StrategicRoleKind::BrandAmplifier,
            "Reach new office districts",
        ));
        s.roles
            .push(role(8, StrategicRoleKind::Custom, "Recruit baristas"));
        s.roles
            .push(role(9, StrategicRoleKind::Custom, "Recruit suppliers"));
        s.roles[3].custom_name = "a".into();
        s.roles[4].custom_name = "b".into();
        assert_eq!(
            strategy_findings(&s),
            vec![Finding::new(DuplicateRole, FieldRef::StrategicRole(7))]
        );
    }

    #[test]
    fn platforms_must_carry_a_role_of_the_list() {
        let mut s = good_strategy();
        s.platforms[0].role = None;
        s.platforms[1].role = Some(42);
        assert_eq!(
            strategy_findings(&s),
            vec![
                Finding::new(PlatformWithoutRole, FieldRef::Platform(3)),
                Finding::new(PlatformRoleNotInList, FieldRef::Platform(4)),
            ]
        );
        assert_eq!(
            strategy_completeness(&s).missing,
            vec![Checkpoint::PlatformsAssigned]
        );
    }

    #[test]
    fn blank_objectives_do_not_count() {
        let mut s = good_strategy();
        s.objectives = vec!["".into(), "  ".into()];
        assert_eq!(kinds(&strategy_findings(&s)), vec![NoObjective]);
        assert_eq!(strategy_completeness(&s).percent(), 85);
    }

    #[test]
    fn strategy_is_complete_exactly_when_it_has_no_error() {
        let mutations: Vec<fn(&mut Strategy)> = vec![
            |s| s.roles.clear(),
            |s| s.primary_role = None,
            |s| s.primary_role = Some(77),
            |s| s.roles[1].why.clear(),
            |s| s.roles[1].why = "reach".into(),
            |s| s.roles[0].kind = StrategicRoleKind::Custom,
            |s| s.roles[1].kind = StrategicRoleKind::BrandAmplifier,
            |s| s.vision.clear(),
            |s| s.objectives.clear(),
            |s| s.platforms.clear(),
            |s| s.platforms[1].role = None,
            |s| s.platforms[1].role = Some(77),
            |s| s.platforms[0].kind = PlatformKind::Custom,
        ];
        for (i, mutate) in mutations.into_iter().enumerate() {
            let mut s = good_strategy();
            mutate(&mut s);
            let findings = strategy_findings(&s);
            assert!(!findings.is_empty(), "mutation {i} found nothing");
            assert_eq!(
                strategy_completeness(&s).is_complete(),
                !has_errors(&findings),
                "mutation {i}: {findings:?}"
            );
        }
    }
}
