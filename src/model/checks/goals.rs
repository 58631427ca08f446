//! The rules of step 4, goals: at least one goal, each with a title, judged letter by letter by the
//! SMART checker ([`crate::model::smart`]). Each letter that fails is an error and each that warns
//! is a warning; a letter that could not be judged because others fail adds nothing of its own.
//! The step counts one goal, and per goal its title and each letter that does not fail, so it is
//! at 100 % exactly when it has no error. The SMART rules need "today", so every function here
//! takes it.
//!
//! A step rule file: builds on the shared check vocabulary and the SMART checker; neither may
//! import it.

use chrono::NaiveDate;

use super::completeness::{Checkpoint, Completeness};
use super::fields::{FieldRef, GoalPart};
use super::finding::{Finding, FindingKind};
use super::smart_letter::SmartLetter;
use super::text::blank;
use crate::model::smart::{check_goal, Verdict};
use crate::model::{Goal, Plan};

/// The checks of one goal as of `today`: its title, and one finding per SMART letter that fails
/// (error) or warns (warning), pointing at the field of the letter's first reason of that weight.
pub fn goal_findings(goal: &Goal, plan: &Plan, today: NaiveDate) -> Vec<Finding> {
    use FindingKind::*;
    let mut out = Vec::new();
    if blank(&goal.title) {
        out.push(Finding::new(
            GoalWithoutTitle,
            FieldRef::GoalField(goal.id, GoalPart::Title),
        ));
    }
    let report = check_goal(goal, plan, today);
    for check in &report.letters {
        if check.is_not_judged() {
            continue;
        }
        let letter = check.letter;
        let kind = match check.verdict {
            Verdict::Pass => continue,
            Verdict::Warn => GoalLetterWeak { letter },
            Verdict::Fail => GoalLetterFails { letter },
        };
        let part = check
            .reasons
            .iter()
            .find(|r| r.verdict() == check.verdict)
            .map_or(letter.main_part(), |r| r.part());
        out.push(Finding::new(kind, FieldRef::GoalField(goal.id, part)));
    }
    out
}

/// The checks of step 4 as of `today`: at least one goal, and each goal's own checks.
pub fn goals_findings(plan: &Plan, today: NaiveDate) -> Vec<Finding> {
    let mut out = Vec::new();
    if plan.goals.is_empty() {
        out.push(Finding::new(FindingKind::NoGoal, FieldRef::Goals));
    }
    for goal in &plan.goals {
        out.extend(goal_findings(goal, plan, today));
    }
    out
}

/// How far step 4 is filled in as of `today`: a goal, and per goal its title and each SMART
/// letter that does not fail. 100 % exactly when [`goals_findings`] has no error.
pub fn goals_completeness(plan: &Plan, today: NaiveDate) -> Completeness<Checkpoint> {
    let per_goal = plan.goals.iter().flat_map(|g| {
        let report = check_goal(g, plan, today);
        std::iter::once((Checkpoint::GoalTitled(g.id), !blank(&g.title))).chain(
            SmartLetter::ALL.into_iter().map(move |letter| {
                (
                    Checkpoint::GoalLetter(g.id, letter),
                    report.letter(letter).verdict != Verdict::Fail,
                )
            }),
        )
    });
    Completeness::tally(
        std::iter::once((Checkpoint::GoalAdded, !plan.goals.is_empty())).chain(per_goal),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::checks::finding::has_errors;
    use crate::model::checks::fixtures::{date, goal_plan};
    use crate::model::Step;
    use FindingKind::*;

    #[test]
    fn no_goal_is_an_error_and_zero_percent() {
        let plan = Plan::default();
        let today = date(2026, 12, 1);
        assert_eq!(
            goals_findings(&plan, today),
            vec![Finding::new(NoGoal, FieldRef::Goals)]
        );
        let c = goals_completeness(&plan, today);
        assert_eq!((c.done, c.total), (0, 1));
        assert_eq!(c.missing[0].target(), FieldRef::Goals);
    }

    #[test]
    fn goal_findings_name_the_letter_and_the_field_to_fix() {
        let mut plan = goal_plan();
        let today = date(2026, 12, 1);
        let g = &mut plan.goals[0];
        g.title = "提升品牌知名度".into();
        g.baseline = None;
        g.serves_role = Some(99);
        assert_eq!(
            goals_findings(&plan, today),
            vec![
                Finding::new(
                    GoalLetterWeak {
                        letter: SmartLetter::Specific
                    },
                    FieldRef::GoalField(30, GoalPart::Title)
                ),
                Finding::new(
                    GoalLetterFails {
                        letter: SmartLetter::Measurable
                    },
                    FieldRef::GoalField(30, GoalPart::Baseline)
                ),
                // A is not judged while M fails: no finding of its own.
                Finding::new(
                    GoalLetterFails {
                        letter: SmartLetter::Relevant
                    },
                    FieldRef::GoalField(30, GoalPart::Role)
                ),
            ]
        );
        let c = goals_completeness(&plan, today);
        assert_eq!(
            c.missing,
            vec![
                Checkpoint::GoalLetter(30, SmartLetter::Measurable),
                Checkpoint::GoalLetter(30, SmartLetter::Achievable),
                Checkpoint::GoalLetter(30, SmartLetter::Relevant),
            ]
        );
        assert_eq!(
            c.missing[0].target(),
            FieldRef::GoalField(30, GoalPart::Baseline)
        );
        assert_eq!(FieldRef::GoalField(30, GoalPart::Title).step(), Step::Goals);
        assert_eq!(FieldRef::GoalField(30, GoalPart::Title).record(), Some(30));
        assert_eq!(FieldRef::Goals.record(), None);
    }

    #[test]
    fn an_untitled_goal_is_an_error() {
        let mut plan = goal_plan();
        plan.goals[0].title = " ".into();
        let today = date(2026, 12, 1);
        assert_eq!(
            goals_findings(&plan, today),
            vec![Finding::new(
                GoalWithoutTitle,
                FieldRef::GoalField(30, GoalPart::Title)
            )]
        );
        assert_eq!(
            goals_completeness(&plan, today).missing,
            vec![Checkpoint::GoalTitled(30)]
        );
    }

    #[test]
    fn goals_step_is_complete_exactly_when_it_has_no_error() {
        let today = date(2026, 12, 1);
        let mutations: Vec<fn(&mut Goal)> = vec![
            |g| g.title.clear(),
            |g| g.title = "提升粉丝".into(),
            |g| g.platform = None,
            |g| g.baseline = None,
            |g| g.target = Some(5_000.0),
            |g| g.target = Some(200_000.0),
            |g| g.serves_role = None,
            |g| g.personas = vec![404],
            |g| g.deadline = None,
            |g| g.deadline = Some(date(2026, 12, 1)),
            |g| g.deadline = Some(date(2031, 1, 1)),
        ];
        for (i, mutate) in mutations.into_iter().enumerate() {
            let mut plan = goal_plan();
            mutate(&mut plan.goals[0]);
            let findings = goals_findings(&plan, today);
            assert!(!findings.is_empty(), "mutation {i} found nothing");
            assert_eq!(
                goals_completeness(&plan, today).is_complete(),
                !has_errors(&findings),
                "mutation {i}: {findings:?}"
            );
        }
    }
}
