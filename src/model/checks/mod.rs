//! Inline checks of the walkthrough's steps and how complete each step is.
//!
//! The hub of the checks: it declares the files below, re-exports what the rest of the app uses
//! (so callers write `model::checks::Finding` whichever file defines it), and holds the entry
//! points that take a [`Step`] and dispatch to that step's rules.
//!
//! Layers, imported one way only (lower never imports higher):
//! - the shared vocabulary: `fields` ([`FieldRef`] and each step's field enums), `smart_letter`
//!   ([`SmartLetter`]), `finding` ([`Finding`], [`Severity`], [`FindingKind`]), `completeness`
//!   ([`Completeness`], [`Checkpoint`]) and `text` (blank text, [`why_units`]). The SMART checker
//!   ([`crate::model::smart`]) builds on it; the team rules ([`crate::model::team_rules`]) do not
//!   need it. It imports none of the files below;
//! - one file of rules per step: `strategy`, `personas`, `voice`, `goals`, `team`, `content`, which
//!   may use the vocabulary, the SMART checker and the team rules;
//! - this hub, which uses the step rules.
//!
//! Severity rule: see [`Severity`]. For Strategy, Voice, Goals and Content a step is at 100 %
//! exactly when it has no error; for Personas, 100 % implies no error (an unfinished persona
//! is incomplete without being wrong). Goals need "today": [`step_findings_on`] and
//! [`step_completeness_on`] take it; [`step_findings`] and [`step_completeness`] use the day of the
//! plan's last save (`updated_at`) instead, so prefer the `_on` forms wherever today is known.
//!
//! Findings come in the order the page shows the fields.
//!
//! Pure: must not import leptos views, web-sys, gloo or wasm-bindgen.

mod completeness;
mod content;
mod fields;
mod finding;
#[cfg(test)]
mod fixtures;
mod goals;
mod personas;
mod smart_letter;
mod strategy;
mod team;
mod text;
mod voice;

use chrono::NaiveDate;

use crate::model::{Id, Plan, Step};

pub use completeness::{Checkpoint, Completeness};
pub use content::{content_completeness, content_findings};
pub use fields::{FieldRef, GoalPart, PersonaPart, StrategyField, TeamField, VoiceField};
pub use finding::{has_errors, Finding, FindingKind, Severity};
pub use goals::{goal_findings, goals_completeness, goals_findings};
pub use personas::{
    persona_completeness, persona_findings, personas_completeness, personas_findings, MAX_AGE,
};
pub use smart_letter::SmartLetter;
pub use strategy::{strategy_completeness, strategy_findings, MIN_WHY_UNITS};
pub use team::{team_completeness, team_findings};
pub use text::why_units;
pub use voice::{voice_completeness, voice_findings, MAX_TRAITS, MIN_TRAITS};

/// The day the `today`-less functions judge goals on: the day of the plan's last save.
fn plan_day(plan: &Plan) -> NaiveDate {
    plan.updated_at.date_naive()
}

/// How far a step is filled in as of `today`, for the step rail. `None` for the
/// handbook step, which is a view of the others.
pub fn step_completeness_on(
    plan: &Plan,
    step: Step,
    today: NaiveDate,
) -> Option<Completeness<Checkpoint>> {
    match step {
        Step::Strategy => Some(strategy_completeness(&plan.strategy)),
        Step::Personas => Some(personas_completeness(&plan.personas)),
        Step::Voice => Some(voice_completeness(&plan.voice)),
        Step::Goals => Some(goals_completeness(plan, today)),
        Step::Team => Some(team_completeness(&plan.team)),
        Step::Content => Some(content_completeness(plan)),
        Step::Handbook => None,
    }
}

/// Every inline finding of a step as of `today`. Empty for the handbook, which gathers them all.
pub fn step_findings_on(plan: &Plan, step: Step, today: NaiveDate) -> Vec<Finding> {
    match step {
        Step::Strategy => strategy_findings(&plan.strategy),
        Step::Personas => personas_findings(&plan.personas),
        Step::Voice => voice_findings(&plan.voice),
        Step::Goals => goals_findings(plan, today),
        Step::Team => team_findings(&plan.team),
        Step::Content => content_findings(plan),
        Step::Handbook => Vec::new(),
    }
}

/// [`step_completeness_on`] with goals judged on the day of the plan's last save.
pub fn step_completeness(plan: &Plan, step: Step) -> Option<Completeness<Checkpoint>> {
    step_completeness_on(plan, step, plan_day(plan))
}

/// [`step_findings_on`] with goals judged on the day of the plan's last save.
pub fn step_findings(plan: &Plan, step: Step) -> Vec<Finding> {
    step_findings_on(plan, step, plan_day(plan))
}

/// How many of `findings` are about the record `id` (a theme, a role, a trait, …): the badge a
/// folded card shows, so a check inside it is seen without opening it.
pub fn findings_about(findings: &[Finding], id: Id) -> usize {
    findings
        .iter()
        .filter(|f| f.target.record() == Some(id))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::checks::fixtures::{
        content_plan, date, goal_plan, good_persona, good_strategy, good_voice,
    };
    use crate::model::Voice;
    use FindingKind::*;

    // ---- folded cards

    #[test]
    fn a_folded_card_counts_only_the_findings_about_its_own_record() {
        let mut plan = goal_plan();
        plan.goals[0].title = String::new();
        let findings = step_findings(&plan, Step::Goals);
        let id = plan.goals[0].id;
        let mine = findings_about(&findings, id);
        assert!(mine > 0, "{findings:?}");
        assert_eq!(
            mine,
            findings
                .iter()
                .filter(|f| f.target.record() == Some(id))
                .count()
        );
        assert_eq!(findings_about(&findings, Id::MAX), 0);
        assert_eq!(findings_about(&[], id), 0);
    }

    // ---- the rail

    #[test]
    fn step_rail_measures_the_first_three_steps_only() {
        let mut plan = Plan {
            strategy: good_strategy(),
            personas: vec![good_persona(1, "小林")],
            voice: good_voice(),
            ..Plan::default()
        };
        for step in [Step::Strategy, Step::Personas, Step::Voice] {
            let c = step_completeness(&plan, step).expect("measured");
            assert_eq!(c.percent(), 100, "{step:?}");
            assert_eq!(step_findings(&plan, step), vec![], "{step:?}");
        }
        plan.voice = Voice::default();
        assert_eq!(
            step_completeness(&plan, Step::Voice).map(|c| c.done),
            Some(0)
        );
        assert_eq!(step_findings(&plan, Step::Voice).len(), 6);
        assert_eq!(step_completeness(&plan, Step::Handbook), None);
        assert_eq!(step_findings(&plan, Step::Handbook), vec![]);
    }

    #[test]
    fn a_smart_goal_completes_step_4() {
        let plan = goal_plan();
        let today = date(2026, 12, 1);
        assert_eq!(goals_findings(&plan, today), vec![]);
        let c = goals_completeness(&plan, today);
        assert_eq!((c.done, c.total, c.percent()), (7, 7, 100));
        assert_eq!(step_findings_on(&plan, Step::Goals, today), vec![]);
        assert_eq!(
            step_completeness_on(&plan, Step::Goals, today).map(|c| c.percent()),
            Some(100)
        );
    }

    #[test]
    fn goals_depend_on_today() {
        let plan = goal_plan();
        let later = date(2027, 6, 1);
        assert_eq!(
            goals_findings(&plan, later),
            vec![Finding::new(
                GoalLetterFails {
                    letter: SmartLetter::TimeBound
                },
                FieldRef::GoalField(30, GoalPart::Deadline)
            )]
        );
        // Without a today, goals are judged on the day of the last save.
        let mut saved = plan.clone();
        saved.updated_at = later.and_hms_opt(12, 0, 0).expect("valid time").and_utc();
        assert_eq!(
            step_findings(&saved, Step::Goals),
            goals_findings(&plan, later)
        );
        assert_eq!(
            step_completeness(&saved, Step::Goals).map(|c| c.percent()),
            Some(85)
        );
    }

    #[test]
    fn a_full_content_plan_has_no_findings_and_is_complete() {
        let plan = content_plan();
        assert_eq!(content_findings(&plan), vec![]);
        let c = content_completeness(&plan);
        assert_eq!((c.done, c.total, c.percent()), (5, 5, 100));
        let today = date(2026, 12, 1);
        assert_eq!(step_findings_on(&plan, Step::Content, today), vec![]);
        assert_eq!(
            step_completeness_on(&plan, Step::Content, today).map(|c| c.percent()),
            Some(100)
        );
    }
}
