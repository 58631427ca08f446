//! The SMART checker of step 4: judges one goal letter by letter and says why, as data.
//!
//! Owns [`check_goal`] and its vocabulary: a [`SmartReport`] holds one [`LetterCheck`] per
//! [`SmartLetter`], each with a [`Verdict`] and the [`Reason`]s behind it. Reasons carry the numbers
//! needed to explain them; the interface words them in each language (`i18n::goals`). Pure: must
//! not import leptos views, web-sys, gloo or wasm-bindgen; "today" is a parameter.
//!
//! Files: `report` (verdicts, reasons, the report), `wording` (vague words and numbers in a
//! title), `check` (the five letters' rules and [`check_goal`]), `tests`. The checker builds on
//! the shared goal vocabulary of [`crate::model::checks`] ([`SmartLetter`], `GoalPart`,
//! [`why_units`]) and must not import the step rules there: the goals rules (`checks::goals`) use
//! the checker, not the other way round.
//!
//! A letter's verdict is the worst verdict of its reasons ([`Reason::verdict`]), `Pass` when it has
//! none. Some reasons are explanations that pass (a steep target the user has justified), so a
//! passing letter may still carry reasons.
//!
//! # The rules
//! **S · Specific** — the goal names *what* and *where*:
//! - a custom metric needs a name ([`Reason::CustomMetricUnnamed`], fail);
//! - a response-rate goal needs its window, "within N hours", N ≥ 1 ([`Reason::NoResponseWindow`], fail);
//! - metrics counted per account ([`is_platform_bound`]: followers, topic volume, engagement rate,
//!   reach, response rate, user posts) need a platform of the plan ([`Reason::NoPlatform`], or
//!   [`Reason::PlanHasNoPlatforms`] when step 1 lists none; fail). Leads, conversions and custom
//!   metrics may be counted across all platforms, so they may leave the platform empty;
//! - a platform that is set must be in the plan ([`Reason::PlatformNotInPlan`], fail);
//! - a title with vague verbs (提升, 加强, 改善, improve, increase, more, … see [`vague_words`]) and
//!   no number in it is flagged ([`Reason::VagueWording`], warn: the structured fields may already
//!   make the goal specific, but the title is what people read). A title counts as having a number
//!   when it holds a digit (any script), a Chinese numeral before 成/倍/万/千/百/个百分点/%, 翻番 or
//!   翻倍, or an English number word (one … twelve, hundred, thousand, double, triple, twice, half).
//!   A blank title is not judged here (the step's checks report it).
//!
//! **M · Measurable** — baseline and target are finite numbers, not negative; for percentage
//! metrics ([`Metric::is_percentage`](crate::model::Metric::is_percentage)) the baseline and an absolute target lie within 0–100. A target
//! written as a percentage change needs a baseline ([`Reason::PercentChangeNeedsBaseline`]) that is
//! not 0 ([`Reason::PercentChangeFromZero`]: +20 % of nothing is nothing). The target must differ from
//! the baseline ([`Reason::NoChange`]) in the right direction ([`Reason::WrongDirection`]): every
//! built-in metric must go up; a custom metric may go either way ([`may_decrease`]), since it may
//! count complaints or hours to reply. All M reasons fail.
//!
//! **A · Achievable** — judged only when M passes (and, for the growth rule, when the dates are
//! valid); otherwise [`Reason::NotJudged`] (fail: achievability cannot be shown yet).
//! - Percentage metrics: a target value above 100 ([`Reason::PercentTargetAbove100`], fail; reached
//!   only through a percentage change such as +50 % of 80 %); exactly 100 ([`Reason::PerfectTarget`],
//!   warn: not one enquiry may slip). Their growth rate is not judged: a rate is a policy that can
//!   change in a week, not a crowd that grows.
//! - Counts: the monthly compounded growth rate `(target / baseline)^(1 / months) − 1`, months =
//!   days / [`DAYS_PER_MONTH`]. For periods of a month or less the whole growth counts as one
//!   month's (compounding over days would turn a +20 % weekend campaign into thousands of percent a
//!   month). Above [`IMPLAUSIBLE_MONTHLY_GROWTH`] (more than doubling each month):
//!   [`Reason::ImplausibleGrowth`], fail. Above [`STEEP_MONTHLY_GROWTH`] (over 50 % a month):
//!   [`Reason::SteepGrowth`], warn. Otherwise a target more than [`MANYFOLD_GROWTH`] times the
//!   baseline: [`Reason::ManyfoldGrowth`], warn.
//! - A baseline of 0 with an absolute target is fine (starting a new account); declines (custom
//!   metrics only) are not judged.
//! - An explanation: when `achievable_because` weighs at least [`MIN_ACHIEVABLE_UNITS`]
//!   ([`why_units`]: about ten Chinese characters or twenty Latin letters), each of these reasons
//!   carries `explained: true` and goes one step milder: a warning becomes a pass-with-reason, an
//!   implausible growth becomes a warning.
//!
//! **R · Relevant** — the goal serves a strategic role of the plan ([`Reason::NoRoleLinked`],
//! [`Reason::RoleNotInPlan`], or [`Reason::PlanHasNoRoles`]) and is about at least one persona, all
//! of them in the plan ([`Reason::NoPersonaLinked`], [`Reason::PersonaNotInPlan`] once per missing id,
//! or [`Reason::PlanHasNoPersonas`]). All fail.
//!
//! **T · Time-bound** — a start ([`Reason::NoStart`]) and a deadline ([`Reason::NoDeadline`]); the
//! deadline after the start ([`Reason::DeadlineNotAfterStart`]); not before today
//! ([`Reason::DeadlinePassed`]); all fail. A deadline of today warns ([`Reason::DeadlineToday`]: the
//! goal ends now; set the next one). A deadline more than [`MAX_HORIZON_MONTHS`] months after the
//! start (after today when there is no start) fails ([`Reason::DeadlineTooFar`]): that far out, a goal
//! sets no pace. A start in the past is fine (a goal under way); so is a start in the future.
//!
//! [`why_units`]: crate::model::checks::why_units

mod check;
mod report;
#[cfg(test)]
mod tests;
mod wording;

pub use crate::model::checks::SmartLetter;
pub use check::{
    check_goal, is_platform_bound, may_decrease, monthly_growth, period_months, DAYS_PER_MONTH,
    IMPLAUSIBLE_MONTHLY_GROWTH, MANYFOLD_GROWTH, MAX_HORIZON_MONTHS, MIN_ACHIEVABLE_UNITS,
    STEEP_MONTHLY_GROWTH,
};
pub use report::{LetterCheck, NumberField, Reason, SmartReport, Verdict};
pub use wording::{has_number, vague_words};
