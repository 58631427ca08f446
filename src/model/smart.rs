//! The SMART checker of step 4: judges one goal letter by letter and says why, as data.
//!
//! Owns [`check_goal`] and its vocabulary: a [`SmartReport`] holds one [`LetterCheck`] per
//! [`SmartLetter`], each with a [`Verdict`] and the [`Reason`]s behind it. Reasons carry the numbers
//! needed to explain them; the interface words them in each language (`i18n::goals`). Pure: must
//! not import leptos views, web-sys, gloo or wasm-bindgen; "today" is a parameter.
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
//! metrics ([`Metric::is_percentage`]) the baseline and an absolute target lie within 0–100. A target
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

use std::collections::HashSet;

use chrono::{Months, NaiveDate};

use super::checks::{why_units, GoalPart};
use super::{Goal, Id, Metric, Plan, TargetKind};

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

/// The five letters, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SmartLetter {
    /// S · 具体
    Specific,
    /// M · 可衡量
    Measurable,
    /// A · 可实现
    Achievable,
    /// R · 相关性
    Relevant,
    /// T · 时限性
    TimeBound,
}

impl SmartLetter {
    /// S, M, A, R, T.
    pub const ALL: [SmartLetter; 5] = [
        SmartLetter::Specific,
        SmartLetter::Measurable,
        SmartLetter::Achievable,
        SmartLetter::Relevant,
        SmartLetter::TimeBound,
    ];

    /// The letter itself: 'S', 'M', 'A', 'R' or 'T' (the same in both languages).
    pub fn initial(self) -> char {
        match self {
            SmartLetter::Specific => 'S',
            SmartLetter::Measurable => 'M',
            SmartLetter::Achievable => 'A',
            SmartLetter::Relevant => 'R',
            SmartLetter::TimeBound => 'T',
        }
    }

    /// The field the user usually fixes for this letter (where a link to the letter points).
    pub fn main_part(self) -> GoalPart {
        match self {
            SmartLetter::Specific => GoalPart::Metric,
            SmartLetter::Measurable => GoalPart::Baseline,
            SmartLetter::Achievable => GoalPart::Achievable,
            SmartLetter::Relevant => GoalPart::Role,
            SmartLetter::TimeBound => GoalPart::Deadline,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

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
    /// Over [`STEEP_MONTHLY_GROWTH`] a month.
    SteepGrowth {
        percent_per_month: f64,
        explained: bool,
    },
    /// Over [`IMPLAUSIBLE_MONTHLY_GROWTH`] a month.
    ImplausibleGrowth {
        percent_per_month: f64,
        explained: bool,
    },
    /// More than [`MANYFOLD_GROWTH`] times the baseline in all.
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
    /// The deadline is more than [`MAX_HORIZON_MONTHS`] after the start; `months` is the whole
    /// number of months between them.
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

    /// How much this reason weighs (see the module's rules).
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

/// Chinese vague verbs and comparatives, matched anywhere in the title.
const VAGUE_ZH: [&str; 21] = [
    "提升",
    "加强",
    "改善",
    "增加",
    "增长",
    "提高",
    "优化",
    "扩大",
    "更多",
    "更好",
    "增强",
    "强化",
    "促进",
    "做大",
    "做强",
    "做好",
    "大幅",
    "显著",
    "尽量",
    "尽可能",
    "持续",
];

/// English vague verbs and comparatives, matched as whole words (case ignored).
const VAGUE_EN: [&str; 48] = [
    "improve",
    "improves",
    "improved",
    "improving",
    "improvement",
    "increase",
    "increases",
    "increased",
    "increasing",
    "boost",
    "boosts",
    "boosting",
    "grow",
    "grows",
    "growing",
    "growth",
    "enhance",
    "enhances",
    "enhancing",
    "enhanced",
    "better",
    "more",
    "raise",
    "raises",
    "raising",
    "strengthen",
    "strengthening",
    "optimise",
    "optimize",
    "optimising",
    "optimizing",
    "maximise",
    "maximize",
    "expand",
    "expanding",
    "higher",
    "bigger",
    "stronger",
    "greater",
    "lots",
    "many",
    "significantly",
    "substantially",
    "much",
    "promote",
    "build",
    "drive",
    "develop",
];

const NUMBER_WORDS_EN: [&str; 18] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "hundred", "thousand", "double", "triple", "twice", "half",
];

const CHINESE_NUMERALS: &str = "零一二两三四五六七八九十百千万";
const CHINESE_MEASURES: [&str; 7] = ["成", "倍", "万", "千", "百", "个百分点", "%"];

fn english_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_lowercase())
}

/// True when the text states a number (see the module's S rule).
pub fn has_number(text: &str) -> bool {
    if text.chars().any(char::is_numeric) {
        return true;
    }
    if ["翻番", "翻倍", "翻一番"].iter().any(|w| text.contains(w)) {
        return true;
    }
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if CHINESE_NUMERALS.contains(*c) {
            let rest: String = chars[i + 1..].iter().collect();
            let rest = rest.trim_start_matches(|c| CHINESE_NUMERALS.contains(c));
            if CHINESE_MEASURES
                .iter()
                .any(|m| rest.starts_with(m) || rest.starts_with('％'))
            {
                return true;
            }
        }
    }
    english_words(text).any(|w| NUMBER_WORDS_EN.contains(&w.as_str()))
}

/// The vague words a title uses, in the order they appear (Chinese by position, then English).
pub fn vague_words(title: &str) -> Vec<String> {
    let mut found: Vec<(usize, String)> = VAGUE_ZH
        .iter()
        .filter_map(|w| title.find(w).map(|at| (at, w.to_string())))
        .collect();
    found.sort();
    let mut out: Vec<String> = found.into_iter().map(|(_, w)| w).collect();
    for word in english_words(title) {
        if VAGUE_EN.contains(&word.as_str()) && !out.contains(&word) {
            out.push(word);
        }
    }
    out
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
fn same(a: f64, b: f64) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Persona, Platform, PlatformKind, StrategicRole, StrategicRoleKind};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    const TODAY: (i32, u32, u32) = (2026, 12, 1);

    fn today() -> NaiveDate {
        date(TODAY.0, TODAY.1, TODAY.2)
    }

    /// A plan with two roles (1 brand, 2 service), two platforms (3 Weibo, 4 WeChat) and two
    /// personas (5, 6).
    fn plan() -> Plan {
        Plan {
            strategy: crate::model::Strategy {
                roles: vec![
                    StrategicRole {
                        id: 1,
                        kind: StrategicRoleKind::BrandAmplifier,
                        ..Default::default()
                    },
                    StrategicRole {
                        id: 2,
                        kind: StrategicRoleKind::CustomerService,
                        ..Default::default()
                    },
                ],
                platforms: vec![
                    Platform {
                        id: 3,
                        kind: PlatformKind::Weibo,
                        role: Some(1),
                        ..Default::default()
                    },
                    Platform {
                        id: 4,
                        kind: PlatformKind::WechatOfficialAccount,
                        role: Some(2),
                        ..Default::default()
                    },
                ],
                ..Default::default()
            },
            personas: vec![
                Persona {
                    id: 5,
                    name: "小林".into(),
                    ..Default::default()
                },
                Persona {
                    id: 6,
                    name: "老王".into(),
                    ..Default::default()
                },
            ],
            ..Default::default()
        }
    }

    /// The handbook's first conversion: official Weibo followers +30 % in six months.
    fn weibo_followers() -> Goal {
        Goal {
            id: 10,
            title: "半年内官方微博粉丝增长30%".into(),
            metric: Metric::Followers,
            platform: Some(3),
            baseline: Some(10_000.0),
            target: Some(30.0),
            target_kind: TargetKind::PercentChange,
            start: Some(date(2026, 12, 1)),
            deadline: Some(date(2027, 5, 31)),
            serves_role: Some(1),
            personas: vec![5],
            ..Default::default()
        }
    }

    /// The handbook's second: brand topic discussion volume +50 % in six months.
    fn topic_volume() -> Goal {
        Goal {
            id: 11,
            title: "Brand topic discussion on Weibo +50% by June".into(),
            metric: Metric::TopicVolume,
            platform: Some(3),
            baseline: Some(400.0),
            target: Some(600.0),
            start: Some(date(2026, 12, 1)),
            deadline: Some(date(2027, 6, 1)),
            serves_role: Some(1),
            personas: vec![5, 6],
            ..Default::default()
        }
    }

    /// The third: answer 90 % of enquiries within 24 hours.
    fn response_rate() -> Goal {
        Goal {
            id: 12,
            title: "24小时内回复90%的咨询".into(),
            metric: Metric::ResponseRate,
            within_hours: Some(24),
            platform: Some(4),
            baseline: Some(60.0),
            target: Some(90.0),
            start: Some(date(2026, 11, 1)),
            deadline: Some(date(2027, 2, 28)),
            serves_role: Some(2),
            personas: vec![6],
            ..Default::default()
        }
    }

    fn reasons(goal: &Goal, letter: SmartLetter) -> Vec<Reason> {
        check_goal(goal, &plan(), today())
            .letter(letter)
            .reasons
            .clone()
    }

    fn verdict(goal: &Goal, letter: SmartLetter) -> Verdict {
        check_goal(goal, &plan(), today()).letter(letter).verdict
    }

    use SmartLetter::*;

    // ---- the handbook's examples pass

    #[test]
    fn the_handbooks_three_conversions_pass_every_letter() {
        for goal in [weibo_followers(), topic_volume(), response_rate()] {
            let report = check_goal(&goal, &plan(), today());
            assert!(report.passes_all(), "{}: {report:?}", goal.title);
            assert_eq!(report.overall(), Verdict::Pass);
            assert!(report.has_no_failure());
            assert_eq!(report.reasons().count(), 0, "{}", goal.title);
        }
    }

    #[test]
    fn the_report_lists_letters_in_order() {
        let report = check_goal(&Goal::default(), &plan(), today());
        let letters: Vec<SmartLetter> = report.letters.iter().map(|l| l.letter).collect();
        assert_eq!(letters, SmartLetter::ALL.to_vec());
        let initials: String = SmartLetter::ALL.iter().map(|l| l.initial()).collect();
        assert_eq!(initials, "SMART");
        for l in SmartLetter::ALL {
            assert_eq!(report.letter(l).letter, l);
        }
    }

    #[test]
    fn an_empty_goal_fails_every_letter() {
        let report = check_goal(&Goal::default(), &plan(), today());
        for l in SmartLetter::ALL {
            assert_eq!(report.letter(l).verdict, Verdict::Fail, "{l:?}");
            for r in &report.letter(l).reasons {
                assert_eq!(r.letter(), l, "{r:?}");
            }
        }
        assert_eq!(report.letter(Specific).reasons, vec![Reason::NoPlatform]);
        assert_eq!(
            report.letter(Measurable).reasons,
            vec![Reason::NoBaseline, Reason::NoTarget]
        );
        assert!(report.letter(Achievable).is_not_judged());
        assert_eq!(
            report.letter(Relevant).reasons,
            vec![Reason::NoRoleLinked, Reason::NoPersonaLinked]
        );
        assert_eq!(
            report.letter(TimeBound).reasons,
            vec![Reason::NoStart, Reason::NoDeadline]
        );
        assert!(!report.passes_all());
    }

    // ---- S

    #[test]
    fn a_vague_title_without_a_number_warns() {
        let mut g = weibo_followers();
        g.title = "提升品牌知名度，加强互动".into();
        assert_eq!(
            reasons(&g, Specific),
            vec![Reason::VagueWording {
                words: vec!["提升".into(), "加强".into()]
            }]
        );
        assert_eq!(verdict(&g, Specific), Verdict::Warn);
        g.title = "Improve brand awareness and get MORE followers".into();
        assert_eq!(
            reasons(&g, Specific),
            vec![Reason::VagueWording {
                words: vec!["improve".into(), "more".into()]
            }]
        );
    }

    #[test]
    fn a_vague_verb_with_a_number_is_fine() {
        let mut g = weibo_followers();
        for title in [
            "提升微博粉丝20%",
            "提升微博粉丝两成",
            "微博粉丝翻一番",
            "Increase Weibo followers by 20%",
            "Double our Weibo followers",
            "提高到１２０００",
        ] {
            g.title = title.into();
            assert_eq!(reasons(&g, Specific), vec![], "{title}");
        }
    }

    #[test]
    fn english_vague_words_match_whole_words_only() {
        assert_eq!(vague_words("Moreover, a growl"), Vec::<String>::new());
        assert_eq!(vague_words("Grow reach"), vec!["grow".to_string()]);
        assert!(!has_number("someone"));
        assert!(has_number("one more"));
    }

    #[test]
    fn platform_bound_metrics_need_a_platform_of_the_plan() {
        let mut g = weibo_followers();
        g.platform = None;
        assert_eq!(reasons(&g, Specific), vec![Reason::NoPlatform]);
        g.platform = Some(99);
        assert_eq!(
            reasons(&g, Specific),
            vec![Reason::PlatformNotInPlan { id: 99 }]
        );
        let empty = Plan {
            strategy: Default::default(),
            ..plan()
        };
        g.platform = None;
        let report = check_goal(&g, &empty, today());
        assert_eq!(
            report.letter(Specific).reasons,
            vec![Reason::PlanHasNoPlatforms]
        );
    }

    #[test]
    fn leads_and_sales_may_span_all_platforms() {
        let mut g = weibo_followers();
        g.platform = None;
        for metric in [Metric::Leads, Metric::Conversions] {
            g.metric = metric;
            assert_eq!(reasons(&g, Specific), vec![], "{metric:?}");
        }
        g.platform = Some(42);
        assert_eq!(
            reasons(&g, Specific),
            vec![Reason::PlatformNotInPlan { id: 42 }]
        );
    }

    #[test]
    fn custom_metrics_need_a_name() {
        let mut g = weibo_followers();
        g.metric = Metric::Custom;
        g.custom_metric = " \u{3000}".into();
        assert_eq!(reasons(&g, Specific), vec![Reason::CustomMetricUnnamed]);
        g.custom_metric = "小程序注册数".into();
        assert_eq!(reasons(&g, Specific), vec![]);
    }

    #[test]
    fn response_rate_needs_its_window() {
        let mut g = response_rate();
        g.within_hours = None;
        assert_eq!(reasons(&g, Specific), vec![Reason::NoResponseWindow]);
        g.within_hours = Some(0);
        assert_eq!(reasons(&g, Specific), vec![Reason::NoResponseWindow]);
    }

    // ---- M

    #[test]
    fn no_baseline_or_target_fails() {
        let mut g = topic_volume();
        g.baseline = None;
        assert_eq!(reasons(&g, Measurable), vec![Reason::NoBaseline]);
        assert!(check_goal(&g, &plan(), today())
            .letter(Achievable)
            .is_not_judged());
        let mut g = topic_volume();
        g.target = None;
        assert_eq!(reasons(&g, Measurable), vec![Reason::NoTarget]);
    }

    #[test]
    fn percent_change_needs_a_baseline_that_is_not_zero() {
        let mut g = weibo_followers();
        g.baseline = None;
        assert_eq!(
            reasons(&g, Measurable),
            vec![Reason::PercentChangeNeedsBaseline]
        );
        g.baseline = Some(0.0);
        assert_eq!(reasons(&g, Measurable), vec![Reason::PercentChangeFromZero]);
        assert_eq!(verdict(&g, Measurable), Verdict::Fail);
    }

    #[test]
    fn baseline_zero_with_an_absolute_target_is_fine() {
        let mut g = topic_volume();
        g.baseline = Some(0.0);
        g.target = Some(500.0);
        assert_eq!(reasons(&g, Measurable), vec![]);
        assert_eq!(reasons(&g, Achievable), vec![]);
    }

    #[test]
    fn a_target_below_the_baseline_fails_for_built_in_metrics() {
        let mut g = topic_volume();
        g.target = Some(300.0);
        assert_eq!(
            reasons(&g, Measurable),
            vec![Reason::WrongDirection {
                baseline: 400.0,
                target: 300.0
            }]
        );
        let mut g = weibo_followers();
        g.target = Some(-10.0);
        assert_eq!(
            reasons(&g, Measurable),
            vec![Reason::WrongDirection {
                baseline: 10_000.0,
                target: 9_000.0
            }]
        );
    }

    #[test]
    fn custom_metrics_may_go_down_but_not_below_zero() {
        let mut g = topic_volume();
        g.metric = Metric::Custom;
        g.custom_metric = "投诉数".into();
        g.target = Some(100.0);
        let report = check_goal(&g, &plan(), today());
        assert!(report.passes_all(), "{report:?}");
        g.target_kind = TargetKind::PercentChange;
        g.target = Some(-150.0);
        assert_eq!(
            reasons(&g, Measurable),
            vec![Reason::Negative {
                field: NumberField::Target,
                value: -200.0
            }]
        );
    }

    #[test]
    fn a_target_equal_to_the_baseline_fails() {
        let mut g = topic_volume();
        g.target = Some(400.0);
        assert_eq!(
            reasons(&g, Measurable),
            vec![Reason::NoChange { value: 400.0 }]
        );
        let mut g = weibo_followers();
        g.target = Some(0.0);
        assert_eq!(
            reasons(&g, Measurable),
            vec![Reason::NoChange { value: 10_000.0 }]
        );
    }

    #[test]
    fn numbers_must_be_finite_and_not_negative() {
        let mut g = topic_volume();
        g.baseline = Some(f64::NAN);
        g.target = Some(f64::INFINITY);
        assert_eq!(
            reasons(&g, Measurable),
            vec![
                Reason::NotFinite {
                    field: NumberField::Baseline
                },
                Reason::NotFinite {
                    field: NumberField::Target
                }
            ]
        );
        g.baseline = Some(-5.0);
        g.target = Some(-1.0);
        assert_eq!(
            reasons(&g, Measurable),
            vec![
                Reason::Negative {
                    field: NumberField::Baseline,
                    value: -5.0
                },
                Reason::Negative {
                    field: NumberField::Target,
                    value: -1.0
                }
            ]
        );
    }

    #[test]
    fn percentage_metrics_stay_within_0_to_100() {
        let mut g = response_rate();
        g.target = Some(120.0);
        assert_eq!(
            reasons(&g, Measurable),
            vec![Reason::PercentOutOfRange {
                field: NumberField::Target,
                value: 120.0
            }]
        );
        g.target = Some(90.0);
        g.baseline = Some(101.0);
        assert_eq!(
            reasons(&g, Measurable),
            vec![Reason::PercentOutOfRange {
                field: NumberField::Baseline,
                value: 101.0
            }]
        );
        // 100 itself is a valid percentage.
        g.baseline = Some(60.0);
        g.target = Some(100.0);
        assert_eq!(reasons(&g, Measurable), vec![]);
    }

    // ---- A

    #[test]
    fn tripling_in_one_month_is_implausible() {
        let mut g = topic_volume();
        g.deadline = Some(date(2026, 12, 31));
        g.target = Some(1_200.0);
        assert_eq!(
            reasons(&g, Achievable),
            vec![Reason::ImplausibleGrowth {
                percent_per_month: 200.0,
                explained: false
            }]
        );
        assert_eq!(verdict(&g, Achievable), Verdict::Fail);
    }

    #[test]
    fn an_explanation_softens_a_growth_flag_by_one_step() {
        let mut g = topic_volume();
        g.deadline = Some(date(2026, 12, 31));
        g.target = Some(1_200.0);
        g.achievable_because = "春节新品发布，预算翻倍并请了三位达人".into();
        assert_eq!(
            reasons(&g, Achievable),
            vec![Reason::ImplausibleGrowth {
                percent_per_month: 200.0,
                explained: true
            }]
        );
        assert_eq!(verdict(&g, Achievable), Verdict::Warn);
        g.target = Some(700.0); // +75 % in a month: steep
        assert_eq!(verdict(&g, Achievable), Verdict::Pass);
        assert!(matches!(
            reasons(&g, Achievable)[..],
            [Reason::SteepGrowth {
                explained: true,
                ..
            }]
        ));
        g.achievable_because = "budget".into(); // too short to count
        assert_eq!(verdict(&g, Achievable), Verdict::Warn);
    }

    #[test]
    fn growth_over_half_a_month_is_steep() {
        let mut g = topic_volume();
        // 400 → 3,000 in six months: 1.4^6 ≈ 7.5, about 40 % a month: fine.
        g.target = Some(3_000.0);
        assert_eq!(reasons(&g, Achievable), vec![]);
        // 400 → 6,400 in ~six months: ×16, about 58 % a month.
        g.target = Some(6_400.0);
        let r = reasons(&g, Achievable);
        let [Reason::SteepGrowth {
            percent_per_month,
            explained: false,
        }] = r[..]
        else {
            panic!("{r:?}")
        };
        assert!(
            (57.0..60.0).contains(&percent_per_month),
            "{percent_per_month}"
        );
    }

    #[test]
    fn manyfold_growth_over_a_long_period_warns() {
        let mut g = topic_volume();
        g.deadline = Some(date(2028, 12, 1)); // two years
        g.target = Some(8_000.0); // ×20, about 13 % a month
        let r = reasons(&g, Achievable);
        assert!(
            matches!(r[..], [Reason::ManyfoldGrowth { times, explained: false }] if same(times, 20.0)),
            "{r:?}"
        );
        assert_eq!(verdict(&g, Achievable), Verdict::Warn);
    }

    #[test]
    fn short_periods_count_as_one_month() {
        let mut g = topic_volume();
        g.deadline = Some(date(2026, 12, 4)); // +20 % in three days
        g.target = Some(480.0);
        assert_eq!(reasons(&g, Achievable), vec![]);
        let expected = 0.2;
        assert!(same(monthly_growth(&g).unwrap_or_default(), expected));
    }

    #[test]
    fn percentage_targets_above_100_or_at_100() {
        let mut g = response_rate();
        g.target_kind = TargetKind::PercentChange;
        g.baseline = Some(80.0);
        g.target = Some(50.0); // 80 % + 50 % of it = 120 %
        assert_eq!(
            reasons(&g, Achievable),
            vec![Reason::PercentTargetAbove100 { target: 120.0 }]
        );
        assert_eq!(verdict(&g, Achievable), Verdict::Fail);
        g.target_kind = TargetKind::Absolute;
        g.target = Some(100.0);
        assert_eq!(
            reasons(&g, Achievable),
            vec![Reason::PerfectTarget { explained: false }]
        );
        assert_eq!(verdict(&g, Achievable), Verdict::Warn);
    }

    #[test]
    fn growth_needs_valid_dates_to_be_judged() {
        let mut g = topic_volume();
        g.deadline = None;
        assert!(check_goal(&g, &plan(), today())
            .letter(Achievable)
            .is_not_judged());
    }

    // ---- R

    #[test]
    fn a_goal_must_serve_a_role_of_the_plan() {
        let mut g = weibo_followers();
        g.serves_role = None;
        assert_eq!(reasons(&g, Relevant), vec![Reason::NoRoleLinked]);
        g.serves_role = Some(77);
        assert_eq!(
            reasons(&g, Relevant),
            vec![Reason::RoleNotInPlan { id: 77 }]
        );
        let mut p = plan();
        p.strategy.roles.clear();
        let report = check_goal(&g, &p, today());
        assert_eq!(
            report.letter(Relevant).reasons,
            vec![Reason::PlanHasNoRoles]
        );
    }

    #[test]
    fn a_goal_must_be_about_personas_of_the_plan() {
        let mut g = weibo_followers();
        g.personas.clear();
        assert_eq!(reasons(&g, Relevant), vec![Reason::NoPersonaLinked]);
        g.personas = vec![5, 88, 88];
        assert_eq!(
            reasons(&g, Relevant),
            vec![Reason::PersonaNotInPlan { id: 88 }]
        );
        let mut p = plan();
        p.personas.clear();
        let report = check_goal(&g, &p, today());
        assert_eq!(
            report.letter(Relevant).reasons,
            vec![Reason::PlanHasNoPersonas]
        );
    }

    // ---- T

    #[test]
    fn a_deadline_in_the_past_fails() {
        let mut g = weibo_followers();
        g.start = Some(date(2026, 1, 1));
        g.deadline = Some(date(2026, 11, 29));
        assert_eq!(
            reasons(&g, TimeBound),
            vec![Reason::DeadlinePassed {
                deadline: date(2026, 11, 29),
                days_ago: 2
            }]
        );
    }

    #[test]
    fn a_deadline_of_today_warns() {
        let mut g = weibo_followers();
        g.start = Some(date(2026, 6, 1));
        g.deadline = Some(today());
        assert_eq!(reasons(&g, TimeBound), vec![Reason::DeadlineToday]);
        assert_eq!(verdict(&g, TimeBound), Verdict::Warn);
        assert!(!check_goal(&g, &plan(), today()).passes_all());
        assert!(check_goal(&g, &plan(), today()).has_no_failure());
    }

    #[test]
    fn a_deadline_before_the_start_fails() {
        let mut g = weibo_followers();
        g.start = Some(date(2027, 6, 1));
        g.deadline = Some(date(2027, 3, 1));
        assert_eq!(
            reasons(&g, TimeBound),
            vec![Reason::DeadlineNotAfterStart {
                start: date(2027, 6, 1),
                deadline: date(2027, 3, 1)
            }]
        );
        g.deadline = g.start;
        assert_eq!(verdict(&g, TimeBound), Verdict::Fail);
        assert!(check_goal(&g, &plan(), today())
            .letter(Achievable)
            .is_not_judged());
    }

    #[test]
    fn a_deadline_five_years_out_fails_and_three_years_is_the_limit() {
        let mut g = weibo_followers();
        g.deadline = Some(date(2031, 12, 1));
        assert_eq!(
            reasons(&g, TimeBound),
            vec![Reason::DeadlineTooFar { months: 60 }]
        );
        g.deadline = Some(date(2029, 12, 1));
        assert_eq!(reasons(&g, TimeBound), vec![]);
        g.deadline = Some(date(2029, 12, 2));
        assert_eq!(
            reasons(&g, TimeBound),
            vec![Reason::DeadlineTooFar { months: 36 }]
        );
        // Without a start, the horizon counts from today.
        g.start = None;
        g.deadline = Some(date(2031, 12, 1));
        assert_eq!(
            reasons(&g, TimeBound),
            vec![Reason::NoStart, Reason::DeadlineTooFar { months: 60 }]
        );
    }

    #[test]
    fn starts_in_the_past_or_future_are_fine() {
        let mut g = weibo_followers();
        g.start = Some(date(2024, 1, 1));
        g.deadline = Some(date(2026, 12, 31));
        g.target = Some(500.0); // modest over three years
        assert_eq!(reasons(&g, TimeBound), vec![]);
        g.start = Some(date(2027, 3, 1));
        g.deadline = Some(date(2027, 9, 1));
        assert_eq!(reasons(&g, TimeBound), vec![]);
    }

    // ---- reasons

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
