//! The rules of the five letters and [`check_goal`], which applies them to one goal as of "today":
//! the thresholds they use, which metrics need a platform or may go down, and the growth a target
//! asks for. The rules themselves are described in [`super`].
//!
//! Imports the plan's records, the shared goal vocabulary ([`SmartLetter`], [`why_units`]) and the
//! checker's own `report` and `wording`; never the step rules of [`crate::model::checks`].

use std::collections::HashSet;

use chrono::{Months, NaiveDate};

use super::report::{LetterCheck, NumberField, Reason, SmartReport};
use super::wording::{has_number, vague_words};
use crate::model::checks::{why_units, SmartLetter};
use crate::model::{Goal, Metric, Plan, TargetKind};

/// Over this monthly growth (0.5 = 50 % a month) the target is steep: a warning.
pub const STEEP_MONTHLY_GROWTH: f64 = 0.5;
/// Over this monthly growth (1.0 = doubling every month) the target is implausible: a failure.
pub const IMPLAUSIBLE_MONTHLY_GROWTH: f64 = 1.0;
/// A target more than this many times the baseline is flagged even when the monthly rate is mild.
pub const MANYFOLD_GROWTH: f64 = 10.0;
/// How much an explanation must weigh ([`why_units`]) to soften a growth flag.
pub const MIN_ACHIEVABLE_UNITS: usize = 20;
/// The furthest a deadline may lie after the start, in months (three years).
pub const MAX_HORIZON_MONTHS: u32 = 36;
/// The average length of a month in days (Gregorian year / 12).
pub const DAYS_PER_MONTH: f64 = 365.2425 / 12.0;

/// True for metrics counted per account, which need a platform to be specific.
pub fn is_platform_bound(metric: Metric) -> bool {
    match metric {
        Metric::Followers
        | Metric::TopicVolume
        | Metric::EngagementRate
        | Metric::Reach
        | Metric::ResponseRate
        | Metric::UserPosts => true,
        Metric::Leads | Metric::Conversions | Metric::Custom => false,
    }
}

/// True for metrics whose target may lie below the baseline (only custom ones: complaints,
/// hours to reply…); every built-in metric must go up.
pub fn may_decrease(metric: Metric) -> bool {
    metric == Metric::Custom
}

/// Checks one goal against the plan it belongs to, as of `today`.
pub fn check_goal(goal: &Goal, plan: &Plan, today: NaiveDate) -> SmartReport {
    let measurable = measurable(goal);
    let time_bound = time_bound(goal, today);
    let achievable = achievable(goal, measurable.is_empty());
    SmartReport {
        letters: [
            LetterCheck::new(SmartLetter::Specific, specific(goal, plan)),
            LetterCheck::new(SmartLetter::Measurable, measurable),
            LetterCheck::new(SmartLetter::Achievable, achievable),
            LetterCheck::new(SmartLetter::Relevant, relevant(goal, plan)),
            LetterCheck::new(SmartLetter::TimeBound, time_bound),
        ],
    }
}

fn specific(goal: &Goal, plan: &Plan) -> Vec<Reason> {
    let mut out = Vec::new();
    if goal.metric == Metric::Custom && goal.custom_metric.trim().is_empty() {
        out.push(Reason::CustomMetricUnnamed);
    }
    if goal.metric == Metric::ResponseRate && goal.within_hours.unwrap_or(0) == 0 {
        out.push(Reason::NoResponseWindow);
    }
    let platforms = &plan.strategy.platforms;
    match goal.platform {
        Some(id) if !platforms.iter().any(|p| p.id == id) => {
            out.push(Reason::PlatformNotInPlan { id })
        }
        Some(_) => {}
        None if is_platform_bound(goal.metric) => out.push(if platforms.is_empty() {
            Reason::PlanHasNoPlatforms
        } else {
            Reason::NoPlatform
        }),
        None => {}
    }
    if !has_number(&goal.title) {
        let words = vague_words(&goal.title);
        if !words.is_empty() {
            out.push(Reason::VagueWording { words });
        }
    }
    out
}

/// Equal up to rounding noise.
pub(super) fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn measurable(goal: &Goal) -> Vec<Reason> {
    use NumberField::*;
    let mut out = Vec::new();
    let percent_metric = goal.metric.is_percentage();
    let percent_change = goal.target_kind == TargetKind::PercentChange;

    let baseline = match goal.baseline {
        None => {
            out.push(if percent_change {
                Reason::PercentChangeNeedsBaseline
            } else {
                Reason::NoBaseline
            });
            None
        }
        Some(v) if !v.is_finite() => {
            out.push(Reason::NotFinite { field: Baseline });
            None
        }
        Some(v) if v < 0.0 => {
            out.push(Reason::Negative {
                field: Baseline,
                value: v,
            });
            None
        }
        Some(v) if percent_metric && v > 100.0 => {
            out.push(Reason::PercentOutOfRange {
                field: Baseline,
                value: v,
            });
            None
        }
        Some(v) => Some(v),
    };

    let target = match goal.target {
        None => {
            out.push(Reason::NoTarget);
            None
        }
        Some(v) if !v.is_finite() => {
            out.push(Reason::NotFinite { field: Target });
            None
        }
        Some(v) if !percent_change && v < 0.0 => {
            out.push(Reason::Negative {
                field: Target,
                value: v,
            });
            None
        }
        Some(v) if !percent_change && percent_metric && v > 100.0 => {
            out.push(Reason::PercentOutOfRange {
                field: Target,
                value: v,
            });
            None
        }
        Some(v) => Some(v),
    };

    let (Some(base), Some(written)) = (baseline, target) else {
        return out;
    };
    if percent_change && base == 0.0 {
        out.push(Reason::PercentChangeFromZero);
        return out;
    }
    let reached = if percent_change {
        base * (1.0 + written / 100.0)
    } else {
        written
    };
    if same(reached, base) {
        out.push(Reason::NoChange { value: base });
    } else if reached < base && !may_decrease(goal.metric) {
        out.push(Reason::WrongDirection {
            baseline: base,
            target: reached,
        });
    } else if reached < 0.0 {
        out.push(Reason::Negative {
            field: Target,
            value: reached,
        });
    }
    out
}

/// The goal's period in months, when both dates are set and in order.
pub fn period_months(goal: &Goal) -> Option<f64> {
    let (start, deadline) = (goal.start?, goal.deadline?);
    let days = (deadline - start).num_days();
    (days > 0).then(|| days as f64 / DAYS_PER_MONTH)
}

/// The monthly compounded growth from baseline to target over the goal's period (0.2 = 20 % a
/// month); periods of a month or less count as one month. `None` when it cannot be computed
/// (missing or invalid numbers or dates, a baseline of 0).
pub fn monthly_growth(goal: &Goal) -> Option<f64> {
    let base = goal.baseline.filter(|b| b.is_finite() && *b > 0.0)?;
    let target = goal.target_value().filter(|t| t.is_finite() && *t >= 0.0)?;
    let months = period_months(goal)?;
    let factor = target / base;
    Some(if months <= 1.0 {
        factor - 1.0
    } else {
        factor.powf(1.0 / months) - 1.0
    })
}

fn achievable(goal: &Goal, numbers_ok: bool) -> Vec<Reason> {
    if !numbers_ok {
        return vec![Reason::NotJudged];
    }
    let explained = why_units(&goal.achievable_because) >= MIN_ACHIEVABLE_UNITS;
    let (Some(base), Some(target)) = (goal.baseline, goal.target_value()) else {
        return vec![Reason::NotJudged];
    };
    if goal.metric.is_percentage() {
        if target > 100.0 && !same(target, 100.0) {
            return vec![Reason::PercentTargetAbove100 { target }];
        }
        if same(target, 100.0) {
            return vec![Reason::PerfectTarget { explained }];
        }
        return Vec::new();
    }
    if target < base || base == 0.0 {
        // Declines (custom metrics) and starts from zero are not judged.
        return Vec::new();
    }
    let Some(rate) = monthly_growth(goal) else {
        return vec![Reason::NotJudged];
    };
    let percent_per_month = rate * 100.0;
    if rate > IMPLAUSIBLE_MONTHLY_GROWTH {
        vec![Reason::ImplausibleGrowth {
            percent_per_month,
            explained,
        }]
    } else if rate > STEEP_MONTHLY_GROWTH {
        vec![Reason::SteepGrowth {
            percent_per_month,
            explained,
        }]
    } else if target / base > MANYFOLD_GROWTH {
        vec![Reason::ManyfoldGrowth {
            times: target / base,
            explained,
        }]
    } else {
        Vec::new()
    }
}

fn relevant(goal: &Goal, plan: &Plan) -> Vec<Reason> {
    let mut out = Vec::new();
    let roles = &plan.strategy.roles;
    if roles.is_empty() {
        out.push(Reason::PlanHasNoRoles);
    } else {
        match goal.serves_role {
            None => out.push(Reason::NoRoleLinked),
            Some(id) if !roles.iter().any(|r| r.id == id) => out.push(Reason::RoleNotInPlan { id }),
            Some(_) => {}
        }
    }
    if plan.personas.is_empty() {
        out.push(Reason::PlanHasNoPersonas);
    } else if goal.personas.is_empty() {
        out.push(Reason::NoPersonaLinked);
    } else {
        let mut seen = HashSet::new();
        for &id in &goal.personas {
            if seen.insert(id) && !plan.personas.iter().any(|p| p.id == id) {
                out.push(Reason::PersonaNotInPlan { id });
            }
        }
    }
    out
}

/// Whole months from `from` to `to` (0 when `to` is not after `from`).
fn whole_months(from: NaiveDate, to: NaiveDate) -> u32 {
    use chrono::Datelike;
    let calendar = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
    let mut months = u32::try_from(calendar.max(0)).unwrap_or(0);
    while months > 0
        && from
            .checked_add_months(Months::new(months))
            .is_none_or(|d| d > to)
    {
        months -= 1;
    }
    months
}

fn time_bound(goal: &Goal, today: NaiveDate) -> Vec<Reason> {
    let mut out = Vec::new();
    if goal.start.is_none() {
        out.push(Reason::NoStart);
    }
    let Some(deadline) = goal.deadline else {
        out.push(Reason::NoDeadline);
        return out;
    };
    if let Some(start) = goal.start {
        if deadline <= start {
            out.push(Reason::DeadlineNotAfterStart { start, deadline });
        }
    }
    if deadline < today {
        out.push(Reason::DeadlinePassed {
            deadline,
            days_ago: (today - deadline).num_days(),
        });
    } else if deadline == today {
        out.push(Reason::DeadlineToday);
    }
    let from = goal.start.unwrap_or(today);
    let limit = from.checked_add_months(Months::new(MAX_HORIZON_MONTHS));
    if limit.is_none_or(|limit| deadline > limit) {
        out.push(Reason::DeadlineTooFar {
            months: whole_months(from, deadline),
        });
    }
    out
}
