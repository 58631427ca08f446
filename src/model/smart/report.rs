//! What the SMART checker says about a goal: a [`Verdict`] per letter, the [`Reason`]s behind it
//! (data only: `i18n::goals::smart_reason_text` words each one), and how much each reason weighs,
//! which letter it belongs to and which field of the goal fixes it. A [`SmartReport`] gathers one
//! [`LetterCheck`] per letter.
//!
//! Imports only the shared goal vocabulary ([`SmartLetter`], [`GoalPart`]) and the plan's ids; the
//! rules that produce reasons live in `check`.

use chrono::NaiveDate;

use crate::model::checks::{GoalPart, SmartLetter};
use crate::model::Id;

/// How a letter (or a reason, or the whole goal) fares; ordered from best to worst.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verdict {
    #[default]
    Pass,
    /// Acceptable, worth a second look.
    Warn,
    /// The goal is not SMART until this is fixed.
    Fail,
}

/// Which of the goal's two numbers a reason is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NumberField {
    Baseline,
    Target,
}

/// Why a letter is not a plain pass. Data only: `i18n::goals::smart_reason_text` words each one.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    // S
    /// A custom metric without a name.
    CustomMetricUnnamed,
    /// A platform-bound metric, and step 1 lists no platform to choose.
    PlanHasNoPlatforms,
    /// A platform-bound metric without a platform.
    NoPlatform,
    /// The platform is not (any longer) in the plan.
    PlatformNotInPlan { id: Id },
    /// A response-rate goal without "within N hours".
    NoResponseWindow,
    /// The title uses vague verbs and no number; `words` as found, in title order.
    VagueWording { words: Vec<String> },

    // M
    /// No baseline (absolute target).
    NoBaseline,
    /// No target.
    NoTarget,
    /// A number that is not finite.
    NotFinite { field: NumberField },
    /// A negative count (for a percentage-change target, `value` is the value it leads to).
    Negative { field: NumberField, value: f64 },
    /// A percentage metric's baseline or absolute target outside 0–100.
    PercentOutOfRange { field: NumberField, value: f64 },
    /// A target written as a percentage change, and no baseline to apply it to.
    PercentChangeNeedsBaseline,
    /// A percentage change from a baseline of 0: infinite growth, not measurable.
    PercentChangeFromZero,
    /// The target equals the baseline.
    NoChange { value: f64 },
    /// The target is below the baseline of a metric that must go up.
    WrongDirection { baseline: f64, target: f64 },

    // A
    /// Achievability cannot be judged until M passes and (for counts) the dates are valid.
    NotJudged,
    /// Over [`super::STEEP_MONTHLY_GROWTH`] a month.
    SteepGrowth {
        percent_per_month: f64,
        explained: bool,
    },
    /// Over [`super::IMPLAUSIBLE_MONTHLY_GROWTH`] a month.
    ImplausibleGrowth {
        percent_per_month: f64,
        explained: bool,
    },
    /// More than [`super::MANYFOLD_GROWTH`] times the baseline in all.
    ManyfoldGrowth { times: f64, explained: bool },
    /// A percentage metric whose target value (after a percentage change) is above 100.
    PercentTargetAbove100 { target: f64 },
    /// A percentage metric aiming at exactly 100 %.
    PerfectTarget { explained: bool },

    // R
    /// Step 1 lists no strategic role to link to.
    PlanHasNoRoles,
    /// No strategic role chosen.
    NoRoleLinked,
    /// The strategic role is not (any longer) in the plan.
    RoleNotInPlan { id: Id },
    /// Step 2 lists no persona to link to.
    PlanHasNoPersonas,
    /// No persona chosen.
    NoPersonaLinked,
    /// A linked persona is not (any longer) in the plan.
    PersonaNotInPlan { id: Id },

    // T
    /// No start date.
    NoStart,
    /// No deadline.
    NoDeadline,
    /// The deadline is on or before the start.
    DeadlineNotAfterStart {
        start: NaiveDate,
        deadline: NaiveDate,
    },
    /// The deadline is before today, by `days_ago` days.
    DeadlinePassed { deadline: NaiveDate, days_ago: i64 },
    /// The deadline is today.
    DeadlineToday,
    /// The deadline is more than [`super::MAX_HORIZON_MONTHS`] after the start; `months` is the
    /// whole number of months between them.
    DeadlineTooFar { months: u32 },
}

impl Reason {
    /// The letter this reason belongs to.
    pub fn letter(&self) -> SmartLetter {
        use Reason::*;
        match self {
            CustomMetricUnnamed
            | PlanHasNoPlatforms
            | NoPlatform
            | PlatformNotInPlan { .. }
            | NoResponseWindow
            | VagueWording { .. } => SmartLetter::Specific,
            NoBaseline
            | NoTarget
            | NotFinite { .. }
            | Negative { .. }
            | PercentOutOfRange { .. }
            | PercentChangeNeedsBaseline
            | PercentChangeFromZero
            | NoChange { .. }
            | WrongDirection { .. } => SmartLetter::Measurable,
            NotJudged
            | SteepGrowth { .. }
            | ImplausibleGrowth { .. }
            | ManyfoldGrowth { .. }
            | PercentTargetAbove100 { .. }
            | PerfectTarget { .. } => SmartLetter::Achievable,
            PlanHasNoRoles
            | NoRoleLinked
            | RoleNotInPlan { .. }
            | PlanHasNoPersonas
            | NoPersonaLinked
            | PersonaNotInPlan { .. } => SmartLetter::Relevant,
            NoStart
            | NoDeadline
            | DeadlineNotAfterStart { .. }
            | DeadlinePassed { .. }
            | DeadlineToday
            | DeadlineTooFar { .. } => SmartLetter::TimeBound,
        }
    }

    /// How much this reason weighs (see the rules in [`super`]).
    pub fn verdict(&self) -> Verdict {
        use Reason::*;
        let softened = |explained: bool, unexplained: Verdict, explained_verdict: Verdict| {
            if explained {
                explained_verdict
            } else {
                unexplained
            }
        };
        match self {
            VagueWording { .. } | DeadlineToday => Verdict::Warn,
            SteepGrowth { explained, .. }
            | ManyfoldGrowth { explained, .. }
            | PerfectTarget { explained } => softened(*explained, Verdict::Warn, Verdict::Pass),
            ImplausibleGrowth { explained, .. } => {
                softened(*explained, Verdict::Fail, Verdict::Warn)
            }
            CustomMetricUnnamed
            | PlanHasNoPlatforms
            | NoPlatform
            | PlatformNotInPlan { .. }
            | NoResponseWindow
            | NoBaseline
            | NoTarget
            | NotFinite { .. }
            | Negative { .. }
            | PercentOutOfRange { .. }
            | PercentChangeNeedsBaseline
            | PercentChangeFromZero
            | NoChange { .. }
            | WrongDirection { .. }
            | NotJudged
            | PercentTargetAbove100 { .. }
            | PlanHasNoRoles
            | NoRoleLinked
            | RoleNotInPlan { .. }
            | PlanHasNoPersonas
            | NoPersonaLinked
            | PersonaNotInPlan { .. }
            | NoStart
            | NoDeadline
            | DeadlineNotAfterStart { .. }
            | DeadlinePassed { .. }
            | DeadlineTooFar { .. } => Verdict::Fail,
        }
    }

    /// The field of the goal to change (or fill in) to deal with this reason.
    pub fn part(&self) -> GoalPart {
        use Reason::*;
        match self {
            CustomMetricUnnamed | NoResponseWindow => GoalPart::Metric,
            PlanHasNoPlatforms | NoPlatform | PlatformNotInPlan { .. } => GoalPart::Platform,
            VagueWording { .. } => GoalPart::Title,
            NoBaseline | PercentChangeNeedsBaseline | PercentChangeFromZero => GoalPart::Baseline,
            NotFinite { field } | Negative { field, .. } | PercentOutOfRange { field, .. } => {
                match field {
                    NumberField::Baseline => GoalPart::Baseline,
                    NumberField::Target => GoalPart::Target,
                }
            }
            NoTarget | NoChange { .. } | WrongDirection { .. } | PercentTargetAbove100 { .. } => {
                GoalPart::Target
            }
            NotJudged
            | SteepGrowth { .. }
            | ImplausibleGrowth { .. }
            | ManyfoldGrowth { .. }
            | PerfectTarget { .. } => GoalPart::Achievable,
            PlanHasNoRoles | NoRoleLinked | RoleNotInPlan { .. } => GoalPart::Role,
            PlanHasNoPersonas | NoPersonaLinked | PersonaNotInPlan { .. } => GoalPart::Personas,
            NoStart => GoalPart::Start,
            NoDeadline
            | DeadlineNotAfterStart { .. }
            | DeadlinePassed { .. }
            | DeadlineToday
            | DeadlineTooFar { .. } => GoalPart::Deadline,
        }
    }
}

/// One letter's verdict and the reasons behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct LetterCheck {
    pub letter: SmartLetter,
    /// The worst verdict of `reasons`; `Pass` when there are none.
    pub verdict: Verdict,
    /// In the order the editor shows the fields.
    pub reasons: Vec<Reason>,
}

impl LetterCheck {
    /// A letter's check from its reasons.
    pub fn new(letter: SmartLetter, reasons: Vec<Reason>) -> LetterCheck {
        let verdict = reasons
            .iter()
            .map(Reason::verdict)
            .max()
            .unwrap_or_default();
        LetterCheck {
            letter,
            verdict,
            reasons,
        }
    }

    /// True when the letter could not be judged because other letters fail.
    pub fn is_not_judged(&self) -> bool {
        !self.reasons.is_empty() && self.reasons.iter().all(|r| *r == Reason::NotJudged)
    }
}

/// The SMART check of one goal.
#[derive(Clone, Debug, PartialEq)]
pub struct SmartReport {
    /// One check per letter, in [`SmartLetter::ALL`] order.
    pub letters: [LetterCheck; 5],
}

impl SmartReport {
    /// The check of one letter.
    pub fn letter(&self, letter: SmartLetter) -> &LetterCheck {
        &self.letters[letter.index()]
    }

    /// The worst verdict of any letter.
    pub fn overall(&self) -> Verdict {
        self.letters
            .iter()
            .map(|l| l.verdict)
            .max()
            .unwrap_or_default()
    }

    /// True when every letter passes (explained reasons may remain; no warning, no failure).
    pub fn passes_all(&self) -> bool {
        self.overall() == Verdict::Pass
    }

    /// True when no letter fails (warnings allowed): what the step needs to count as finished.
    pub fn has_no_failure(&self) -> bool {
        self.overall() != Verdict::Fail
    }

    /// Every reason, letter by letter.
    pub fn reasons(&self) -> impl Iterator<Item = &Reason> {
        self.letters.iter().flat_map(|l| l.reasons.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use SmartLetter::*;

    #[test]
    fn every_reason_names_its_letter_and_a_field() {
        let all = [
            Reason::CustomMetricUnnamed,
            Reason::VagueWording { words: vec![] },
            Reason::PercentOutOfRange {
                field: NumberField::Baseline,
                value: 101.0,
            },
            Reason::SteepGrowth {
                percent_per_month: 60.0,
                explained: true,
            },
            Reason::PersonaNotInPlan { id: 1 },
            Reason::NoStart,
        ];
        let parts: Vec<GoalPart> = all.iter().map(Reason::part).collect();
        assert_eq!(
            parts,
            vec![
                GoalPart::Metric,
                GoalPart::Title,
                GoalPart::Baseline,
                GoalPart::Achievable,
                GoalPart::Personas,
                GoalPart::Start
            ]
        );
        assert_eq!(all[3].verdict(), Verdict::Pass);
        assert_eq!(all[3].letter(), Achievable);
        assert_eq!(LetterCheck::new(Specific, vec![]).verdict, Verdict::Pass);
    }
}
