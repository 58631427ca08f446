//! Words of step 4 (SMART goals): a goal as one readable sentence, the SMART checker's reasons,
//! the progress status, and the names of metrics, letters and verdicts, in both languages.
//!
//! Numbers are written with thousands separators ("10,000", in both languages) and at most two
//! decimals; dates with [`super::format_date`]; platform names with
//! [`super::strategy::platform_label`]. Missing parts of a goal show as "…", so a half-written goal
//! still reads as a sentence. Chinese uses full-width punctuation (the only ASCII commas are the
//! thousands separators between digits). No browser types here.

use super::strategy::platform_label;
use super::{format_date, Locale};
use crate::model::goal_progress::ProgressStatus;
use crate::model::smart::{NumberField, Reason, SmartLetter, Verdict};
use crate::model::{Goal, Metric, Plan};

/// The name a goal goes by in labels: its title, or "Untitled goal".
pub fn goal_name(locale: Locale, goal: &Goal) -> String {
    let title = goal.title.trim();
    if title.is_empty() {
        super::t(
            locale,
            super::Key::Goals(super::goal_editor::GoalText::UntitledGoal),
        )
        .to_string()
    } else {
        title.to_string()
    }
}

/// What a missing part of a sentence shows.
pub const GAP: &str = "…";

/// A number with thousands separators and at most two decimals ("12,345.5", "−3"); "…" when it
/// is not finite.
pub fn format_number(value: f64) -> String {
    if !value.is_finite() {
        return GAP.to_string();
    }
    let rounded = (value * 100.0).round() / 100.0;
    let text = format!("{:.2}", rounded.abs());
    let (whole, decimals) = text.split_once('.').unwrap_or((&text, ""));
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let decimals = decimals.trim_end_matches('0');
    let sign = if rounded < 0.0 { "\u{2212}" } else { "" };
    if decimals.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{decimals}")
    }
}

/// A signed number: "+20", "−5.5", "0".
fn signed(value: f64) -> String {
    if value > 0.0 && format_number(value) != "0" {
        format!("+{}", format_number(value))
    } else {
        format_number(value)
    }
}

/// True when the goal's values are percentages (a percentage metric, or a custom one counted in %).
fn in_percent(goal: &Goal) -> bool {
    goal.metric.is_percentage() || (goal.metric == Metric::Custom && goal.unit.trim() == "%")
}

/// A value of `goal` with its unit: "80%" for percentages, "120 sign-ups" / "120人" for a custom
/// metric's unit, the bare number otherwise (the metric's name says what it counts).
pub fn format_goal_value(locale: Locale, goal: &Goal, value: f64) -> String {
    let number = format_number(value);
    let unit = goal.unit.trim();
    if in_percent(goal) {
        format!("{number}%")
    } else if goal.metric == Metric::Custom && !unit.is_empty() {
        match locale {
            Locale::ZhCn => format!("{number}{unit}"),
            Locale::En => format!("{number} {unit}"),
        }
    } else {
        number
    }
}

/// The name of a metric, as the picker shows it.
pub fn metric_name(locale: Locale, metric: Metric) -> &'static str {
    let zh = locale == Locale::ZhCn;
    match metric {
        Metric::Followers => {
            if zh {
                "粉丝数"
            } else {
                "Followers"
            }
        }
        Metric::TopicVolume => {
            if zh {
                "话题讨论量"
            } else {
                "Topic discussion volume"
            }
        }
        Metric::EngagementRate => {
            if zh {
                "互动率"
            } else {
                "Engagement rate"
            }
        }
        Metric::Reach => {
            if zh {
                "曝光量（触达）"
            } else {
                "Reach or impressions"
            }
        }
        Metric::ResponseRate => {
            if zh {
                "限时回复率"
            } else {
                "Enquiries answered within N hours"
            }
        }
        Metric::Leads => {
            if zh {
                "销售线索"
            } else {
                "Leads"
            }
        }
        Metric::Conversions => {
            if zh {
                "转化（销售）"
            } else {
                "Conversions or sales"
            }
        }
        Metric::UserPosts => {
            if zh {
                "用户自发内容"
            } else {
                "User-generated posts"
            }
        }
        Metric::Custom => {
            if zh {
                "其他（自定义）"
            } else {
                "Other (name it)"
            }
        }
    }
}

/// The word a SMART letter stands for: "Specific" / "具体".
pub fn letter_name(locale: Locale, letter: SmartLetter) -> &'static str {
    let zh = locale == Locale::ZhCn;
    match letter {
        SmartLetter::Specific => {
            if zh {
                "具体"
            } else {
                "Specific"
            }
        }
        SmartLetter::Measurable => {
            if zh {
                "可衡量"
            } else {
                "Measurable"
            }
        }
        SmartLetter::Achievable => {
            if zh {
                "可实现"
            } else {
                "Achievable"
            }
        }
        SmartLetter::Relevant => {
            if zh {
                "相关性"
            } else {
                "Relevant"
            }
        }
        SmartLetter::TimeBound => {
            if zh {
                "时限性"
            } else {
                "Time-bound"
            }
        }
    }
}

/// A verdict in a word or two.
pub fn verdict_name(locale: Locale, verdict: Verdict) -> &'static str {
    let zh = locale == Locale::ZhCn;
    match verdict {
        Verdict::Pass => {
            if zh {
                "通过"
            } else {
                "Passes"
            }
        }
        Verdict::Warn => {
            if zh {
                "建议查看"
            } else {
                "Worth a look"
            }
        }
        Verdict::Fail => {
            if zh {
                "需修改"
            } else {
                "To fix"
            }
        }
    }
}

/// The goal as one sentence: "By 31 May 2027, grow Weibo followers from 10,000 to 12,000 (+20%)" /
/// "到2027年5月31日，微博粉丝从10,000增长到12,000（+20%）". Response rates read "By …, answer 80% of
/// enquiries on Weibo within 24 hours (now 60%)". Missing parts show as "…"; a metric that is not
/// bound to one platform reads "social-media leads" when no platform is chosen. The change is in
/// percent of the baseline, or in percentage points for percentage metrics; it is left out when the
/// baseline is 0 or a number is missing.
pub fn goal_sentence(goal: &Goal, plan: &Plan, locale: Locale) -> String {
    let zh = locale == Locale::ZhCn;
    let deadline = goal
        .deadline
        .map_or(GAP.to_string(), |d| format_date(locale, d));
    let platform: Option<String> = match goal.platform {
        Some(id) => Some(
            plan.strategy
                .platforms
                .iter()
                .find(|p| p.id == id)
                .map_or(GAP.to_string(), |p| platform_label(locale, p)),
        ),
        None if crate::model::smart::is_platform_bound(goal.metric) => Some(GAP.to_string()),
        None => None,
    };
    let base = goal.baseline.filter(|v| v.is_finite());
    let target = goal.target_value().filter(|v| v.is_finite());
    let value = |v: Option<f64>| v.map_or(GAP.to_string(), |v| format_goal_value(locale, goal, v));
    let (b, t) = (value(base), value(target));
    let falling = matches!((base, target), (Some(b), Some(t)) if t < b);
    let change = match (base, target) {
        (Some(b), Some(t)) if in_percent(goal) && t != b => {
            let points = signed(((t - b) * 10.0).round() / 10.0);
            if zh {
                format!("（{points}个百分点）")
            } else if (t - b).abs() == 1.0 {
                format!(" ({points} point)")
            } else {
                format!(" ({points} points)")
            }
        }
        (Some(b), Some(t)) if b > 0.0 && t != b => {
            let percent = signed(((t - b) / b * 1000.0).round() / 10.0);
            if zh {
                format!("（{percent}%）")
            } else {
                format!(" ({percent}%)")
            }
        }
        _ => String::new(),
    };
    let custom_name = match goal.custom_metric.trim() {
        "" => GAP.to_string(),
        name => name.to_string(),
    };
    let hours = goal
        .within_hours
        .filter(|h| *h > 0)
        .map_or(GAP.to_string(), |h| h.to_string());

    if zh {
        let p = platform.clone().unwrap_or_default();
        let rate = goal.metric.is_percentage();
        let verb = match (falling, rate) {
            (false, false) => "增长",
            (true, false) => "减少",
            (false, true) => "提升",
            (true, true) => "降低",
        };
        let subject = match goal.metric {
            Metric::Followers => format!("{p}粉丝"),
            Metric::TopicVolume => format!("{p}品牌话题讨论量"),
            Metric::EngagementRate => format!("{p}互动率"),
            Metric::Reach => format!("{p}曝光量"),
            Metric::ResponseRate => {
                return format!("到{deadline}，{p}上{t}的咨询在{hours}小时内得到回复（目前为{b}）");
            }
            Metric::Leads => format!(
                "{}带来的销售线索",
                platform.as_deref().unwrap_or("社交媒体")
            ),
            Metric::Conversions => {
                format!("{}带来的转化", platform.as_deref().unwrap_or("社交媒体"))
            }
            Metric::UserPosts => format!("{p}用户自发内容"),
            Metric::Custom => format!("{p}{custom_name}"),
        };
        format!("到{deadline}，{subject}从{b}{verb}到{t}{change}")
    } else {
        let on = platform
            .as_ref()
            .map_or(String::new(), |p| format!(" on {p}"));
        let (grow, raise) = if falling {
            ("reduce", "lower")
        } else {
            ("grow", "raise")
        };
        let clause = match goal.metric {
            Metric::Followers => format!("{grow} {} followers", platform.as_deref().unwrap_or(GAP)),
            Metric::TopicVolume => format!("{grow} brand topic discussion{on}"),
            Metric::EngagementRate => format!("{raise} the engagement rate{on}"),
            Metric::Reach => format!("{grow} reach{on}"),
            Metric::ResponseRate => {
                let unit = if goal.within_hours == Some(1) {
                    "hour"
                } else {
                    "hours"
                };
                return format!(
                    "By {deadline}, answer {t} of enquiries{on} within {hours} {unit} (now {b})"
                );
            }
            Metric::Leads => format!(
                "{grow} {} leads",
                platform.as_deref().unwrap_or("social-media")
            ),
            Metric::Conversions => {
                format!(
                    "{grow} {} conversions",
                    platform.as_deref().unwrap_or("social-media")
                )
            }
            Metric::UserPosts => format!("{grow} user-generated posts{on}"),
            Metric::Custom => format!("{grow} {custom_name}{on}"),
        };
        format!("By {deadline}, {clause} from {b} to {t}{change}")
    }
}

fn number_field(zh: bool, field: NumberField) -> &'static str {
    match (field, zh) {
        (NumberField::Baseline, true) => "基线",
        (NumberField::Baseline, false) => "baseline",
        (NumberField::Target, true) => "目标值",
        (NumberField::Target, false) => "target",
    }
}

/// Quotes words for a sentence: 「提升」「加强」 / “improve”, “more”.
fn quoted(zh: bool, words: &[String]) -> String {
    if zh {
        words.iter().map(|w| format!("「{w}」")).collect()
    } else {
        words
            .iter()
            .map(|w| format!("\u{201c}{w}\u{201d}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// What to do about a SMART reason, in one short sentence.
pub fn smart_reason_text(locale: Locale, reason: &Reason) -> String {
    use Reason::*;
    let zh = locale == Locale::ZhCn;
    let pick = |en: &str, zh_text: &str| {
        if zh {
            zh_text.to_string()
        } else {
            en.to_string()
        }
    };
    let n = format_number;
    match reason {
        CustomMetricUnnamed => pick(
            "Name what you measure, for example mini-program sign-ups.",
            "请写明要衡量的指标名称，例如小程序注册数。",
        ),
        PlanHasNoPlatforms => pick(
            "Add your platforms in step 1, then choose the one this goal is measured on.",
            "请先在第 1 步添加平台，再选择这个目标在哪个平台上衡量。",
        ),
        NoPlatform => pick(
            "Choose the platform this goal is measured on.",
            "请选择在哪个平台上衡量这个目标。",
        ),
        PlatformNotInPlan { .. } => pick(
            "The platform was removed from the plan; choose another.",
            "所选平台已从规划中移除，请重新选择。",
        ),
        NoResponseWindow => pick(
            "Say within how many hours an enquiry counts as answered.",
            "请写明咨询在多少小时内回复才算数。",
        ),
        VagueWording { words } => {
            let list = quoted(zh, words);
            if zh {
                format!("{list}没有说明幅度，请在标题里写上数字，例如「6月底前微博粉丝增长20%」。")
            } else {
                let verb = if words.len() == 1 { "says" } else { "say" };
                format!("{list} {verb} no amount: put the number in the title, e.g. \u{201c}Weibo followers +20% by June\u{201d}.")
            }
        }
        NoBaseline => pick(
            "Enter the value today (the baseline), so the change can be measured.",
            "请填写当前数值（基线），才能衡量变化。",
        ),
        NoTarget => pick("Enter the target to reach.", "请填写要达到的目标值。"),
        NotFinite { field } => {
            if zh {
                format!("{}不是有效数字，请填写数字。", number_field(zh, *field))
            } else {
                format!("The {} is not a number; enter a number.", number_field(zh, *field))
            }
        }
        Negative { field, value } => {
            if zh {
                format!("{}（{}）小于零，数量不能为负。", number_field(zh, *field), n(*value))
            } else {
                format!("The {} ({}) is below zero; counts cannot be negative.", number_field(zh, *field), n(*value))
            }
        }
        PercentOutOfRange { field, value } => {
            if zh {
                format!("{}（{}%）不在 0% 到 100% 之间。", number_field(zh, *field), n(*value))
            } else {
                format!("The {} ({}%) must be a percentage from 0 to 100.", number_field(zh, *field), n(*value))
            }
        }
        PercentChangeNeedsBaseline => pick(
            "A target written as a change in percent needs the baseline it starts from.",
            "以百分比变化表示的目标需要先填写基线。",
        ),
        PercentChangeFromZero => pick(
            "From a baseline of 0, any percentage is still 0: write the target as a number.",
            "基线为 0 时，增长多少百分比都还是 0，请把目标写成具体数值。",
        ),
        NoChange { value } => {
            if zh {
                format!("目标与基线相同（{}），请写明要变化多少。", n(*value))
            } else {
                format!("The target equals the baseline ({}); say how much should change.", n(*value))
            }
        }
        WrongDirection { baseline, target } => {
            if zh {
                format!("目标（{}）低于基线（{}），这个指标应该上升。", n(*target), n(*baseline))
            } else {
                format!("The target ({}) is below the baseline ({}); this number should go up.", n(*target), n(*baseline))
            }
        }
        NotJudged => pick(
            "Whether it is achievable is judged once the baseline, target and dates are valid.",
            "基线、目标和日期都有效后，才能判断是否可实现。",
        ),
        SteepGrowth { percent_per_month, explained } => {
            let p = n(percent_per_month.round());
            match (zh, explained) {
                (true, false) => format!("相当于每月增长约 {p}%，增速很高，请降低目标、推迟截止日期，或写明为什么能实现。"),
                (true, true) => format!("相当于每月增长约 {p}%，增速很高，但已写明可实现的理由。"),
                (false, false) => format!("That is about +{p}% a month, which is steep: lower the target, allow more time, or say why it is achievable."),
                (false, true) => format!("About +{p}% a month is steep, but you have said why it is achievable."),
            }
        }
        ImplausibleGrowth { percent_per_month, explained } => {
            let p = n(percent_per_month.round());
            match (zh, explained) {
                (true, false) => format!("相当于每月增长约 {p}%，超过每月翻一番，请降低目标或延长时间。"),
                (true, true) => format!("每月增长约 {p}%，即使有理由也很少能达到，请再核对数字。"),
                (false, false) => format!("That is about +{p}% a month, more than doubling every month: lower the target or allow more time."),
                (false, true) => format!("About +{p}% a month is rarely reached even with a good reason; check the numbers."),
            }
        }
        ManyfoldGrowth { times, explained } => {
            let x = n((times * 10.0).round() / 10.0);
            match (zh, explained) {
                (true, false) => format!("目标是基线的 {x} 倍，请核对数字，或写明为什么能实现。"),
                (true, true) => format!("目标是基线的 {x} 倍，已写明可实现的理由。"),
                (false, false) => format!("The target is {x} times the baseline: check the numbers or say why it is achievable."),
                (false, true) => format!("The target is {x} times the baseline; you have said why it is achievable."),
            }
        }
        PercentTargetAbove100 { target } => {
            if zh {
                format!("按这个变化会达到 {}%，超过了 100%，请调小变化幅度。", n(*target))
            } else {
                format!("That change leads to {}%, more than 100%: choose a smaller change.", n(*target))
            }
        }
        PerfectTarget { explained } => match (zh, explained) {
            (true, false) => "100% 意味着一次都不能漏，可以考虑 90% 到 95%，或写明为什么能做到。".to_string(),
            (true, true) => "100% 意味着一次都不能漏，已写明能做到的理由。".to_string(),
            (false, false) => "100% leaves no room for a single miss: consider 90 to 95%, or say why 100% is realistic.".to_string(),
            (false, true) => "100% leaves no room for a single miss; you have said why it is realistic.".to_string(),
        },
        PlanHasNoRoles => pick(
            "Choose what social media is for in step 1, then link this goal to that role.",
            "请先在第 1 步选择社交媒体的角色，再把目标关联到其中一个。",
        ),
        NoRoleLinked => pick(
            "Choose the strategic role this goal serves.",
            "请选择这个目标服务的战略角色。",
        ),
        RoleNotInPlan { .. } => pick(
            "The role this goal served was removed; choose another.",
            "目标关联的角色已被移除，请重新选择。",
        ),
        PlanHasNoPersonas => pick(
            "Add a persona in step 2, then choose who this goal is about.",
            "请先在第 2 步添加用户画像，再选择目标针对的人群。",
        ),
        NoPersonaLinked => pick(
            "Choose at least one persona this goal is about.",
            "请至少选择一个目标针对的用户画像。",
        ),
        PersonaNotInPlan { .. } => pick(
            "A linked persona was removed; update the list.",
            "有关联的用户画像已被删除，请更新。",
        ),
        NoStart => pick(
            "Set the start date, when the baseline was measured.",
            "请设置开始日期，也就是测量基线的日期。",
        ),
        NoDeadline => pick("Set a deadline.", "请设置截止日期。"),
        DeadlineNotAfterStart { start, deadline } => {
            let (s, d) = (format_date(locale, *start), format_date(locale, *deadline));
            if zh {
                format!("截止日期（{d}）必须晚于开始日期（{s}）。")
            } else {
                format!("The deadline ({d}) must come after the start ({s}).")
            }
        }
        DeadlinePassed { deadline, days_ago } => {
            let d = format_date(locale, *deadline);
            if zh {
                format!("截止日期（{d}）已过去 {days_ago} 天，请设新的日期或制定下一个目标。")
            } else {
                let days = if *days_ago == 1 { "day" } else { "days" };
                format!("The deadline ({d}) passed {days_ago} {days} ago: set a new one or start the next goal.")
            }
        }
        DeadlineToday => pick(
            "The deadline is today: record the result and set the next goal.",
            "今天就是截止日期，请记录结果并制定下一个目标。",
        ),
        DeadlineTooFar { months } => {
            if zh {
                format!("截止日期在 {months} 个月之后，超过三年就失去了节奏，请拆成一年以内的阶段目标。")
            } else {
                format!("The deadline is {months} months after the start; beyond three years a goal sets no pace: split it into steps of a year or less.")
            }
        }
    }
}

/// Where a goal stands, in one short sentence, with its numbers in the goal's unit.
pub fn progress_status_text(locale: Locale, goal: &Goal, status: ProgressStatus) -> String {
    let zh = locale == Locale::ZhCn;
    let pick = |en: &str, zh_text: &str| {
        if zh {
            zh_text.to_string()
        } else {
            en.to_string()
        }
    };
    let amount = |v: f64| {
        if in_percent(goal) {
            let points = format_number(v);
            if zh {
                format!("{points} 个百分点")
            } else if v == 1.0 {
                format!("{points} percentage point")
            } else {
                format!("{points} percentage points")
            }
        } else {
            format_goal_value(locale, goal, v)
        }
    };
    match status {
        ProgressStatus::NoPlan => pick(
            "Set the baseline, target, start and deadline to track progress.",
            "设置基线、目标、开始日期和截止日期后，就能跟踪进度。",
        ),
        ProgressStatus::NotStarted => pick("Not started yet.", "尚未开始。"),
        ProgressStatus::NoData => pick(
            "Nothing measured yet: record the first value.",
            "还没有记录数据，请记录第一个数值。",
        ),
        ProgressStatus::Done => pick("Target reached.", "已达成目标。"),
        ProgressStatus::Missed { gap } => {
            if zh {
                format!("已过截止日期，距目标还差 {}。", amount(gap))
            } else {
                format!(
                    "The deadline has passed, {} short of the target.",
                    amount(gap)
                )
            }
        }
        ProgressStatus::OnTrack => pick("On track.", "进度正常。"),
        ProgressStatus::Ahead { lead } => {
            if zh {
                format!("领先计划 {}。", amount(lead))
            } else {
                format!("Ahead of plan by {}.", amount(lead))
            }
        }
        ProgressStatus::Behind { gap } => {
            if zh {
                format!("落后计划 {}。", amount(gap))
            } else {
                format!("Behind plan by {}.", amount(gap))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::smart::check_goal;
    use crate::model::{Platform, PlatformKind, TargetKind};
    use chrono::NaiveDate;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    fn plan() -> Plan {
        let mut plan = Plan::default();
        plan.strategy.platforms = vec![
            Platform {
                id: 3,
                kind: PlatformKind::Weibo,
                ..Default::default()
            },
            Platform {
                id: 4,
                kind: PlatformKind::Custom,
                custom_name: "豆瓣小组".into(),
                ..Default::default()
            },
        ];
        plan
    }

    fn followers() -> Goal {
        Goal {
            metric: Metric::Followers,
            platform: Some(3),
            baseline: Some(10_000.0),
            target: Some(12_000.0),
            deadline: Some(date(2027, 5, 31)),
            ..Default::default()
        }
    }

    /// ASCII punctuation a Chinese sentence must not use: , ; ? ! anywhere (except a comma between
    /// digits), and : or . right after a Chinese character.
    fn assert_full_width(zh: &str) {
        let chars: Vec<char> = zh.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            let between_digits = i > 0
                && i + 1 < chars.len()
                && chars[i - 1].is_ascii_digit()
                && chars[i + 1].is_ascii_digit();
            assert!(
                !matches!(c, ';' | '?' | '!') && (*c != ',' || between_digits),
                "ASCII {c:?} in Chinese: {zh}"
            );
            if i > 0 && ('\u{4e00}'..='\u{9fff}').contains(&chars[i - 1]) {
                assert!(!matches!(c, ':' | '.'), "ASCII {c:?} after Chinese: {zh}");
            }
        }
    }

    #[test]
    fn numbers_have_thousands_separators_and_few_decimals() {
        assert_eq!(format_number(0.0), "0");
        assert_eq!(format_number(999.0), "999");
        assert_eq!(format_number(1_000.0), "1,000");
        assert_eq!(format_number(1_234_567.891), "1,234,567.89");
        assert_eq!(format_number(12_345.5), "12,345.5");
        assert_eq!(format_number(-2_500.0), "\u{2212}2,500");
        assert_eq!(format_number(-0.001), "0");
        assert_eq!(format_number(f64::NAN), "…");
    }

    #[test]
    fn the_issues_example_in_both_languages() {
        let g = followers();
        assert_eq!(
            goal_sentence(&g, &plan(), Locale::En),
            "By 31 May 2027, grow Weibo followers from 10,000 to 12,000 (+20%)"
        );
        assert_eq!(
            goal_sentence(&g, &plan(), Locale::ZhCn),
            "到2027年5月31日，微博粉丝从10,000增长到12,000（+20%）"
        );
    }

    #[test]
    fn percentage_change_targets_read_as_values() {
        let mut g = followers();
        g.target_kind = TargetKind::PercentChange;
        g.target = Some(30.0);
        assert_eq!(
            goal_sentence(&g, &plan(), Locale::En),
            "By 31 May 2027, grow Weibo followers from 10,000 to 13,000 (+30%)"
        );
    }

    #[test]
    fn response_rate_goals_read_as_answers_within_hours() {
        let g = Goal {
            metric: Metric::ResponseRate,
            within_hours: Some(24),
            platform: Some(3),
            baseline: Some(60.0),
            target: Some(80.0),
            deadline: Some(date(2027, 3, 1)),
            ..Default::default()
        };
        assert_eq!(
            goal_sentence(&g, &plan(), Locale::En),
            "By 1 Mar 2027, answer 80% of enquiries on Weibo within 24 hours (now 60%)"
        );
        assert_eq!(
            goal_sentence(&g, &plan(), Locale::ZhCn),
            "到2027年3月1日，微博上80%的咨询在24小时内得到回复（目前为60%）"
        );
    }

    #[test]
    fn missing_parts_read_as_gaps() {
        let g = Goal {
            metric: Metric::Followers,
            ..Default::default()
        };
        assert_eq!(
            goal_sentence(&g, &plan(), Locale::En),
            "By …, grow … followers from … to …"
        );
        assert_eq!(
            goal_sentence(&g, &plan(), Locale::ZhCn),
            "到…，…粉丝从…增长到…"
        );
        let mut g = followers();
        g.platform = Some(99);
        g.deadline = None;
        g.target = None;
        assert_eq!(
            goal_sentence(&g, &plan(), Locale::En),
            "By …, grow … followers from 10,000 to …"
        );
        let r = Goal {
            metric: Metric::ResponseRate,
            ..Default::default()
        };
        assert_eq!(
            goal_sentence(&r, &plan(), Locale::En),
            "By …, answer … of enquiries on … within … hours (now …)"
        );
    }

    #[test]
    fn other_metrics_read_naturally() {
        let plan = plan();
        let mut g = followers();
        g.metric = Metric::TopicVolume;
        assert_eq!(
            goal_sentence(&g, &plan, Locale::En),
            "By 31 May 2027, grow brand topic discussion on Weibo from 10,000 to 12,000 (+20%)"
        );
        g.metric = Metric::Leads;
        g.platform = None;
        g.baseline = Some(50.0);
        g.target = Some(80.0);
        assert_eq!(
            goal_sentence(&g, &plan, Locale::En),
            "By 31 May 2027, grow social-media leads from 50 to 80 (+60%)"
        );
        assert_eq!(
            goal_sentence(&g, &plan, Locale::ZhCn),
            "到2027年5月31日，社交媒体带来的销售线索从50增长到80（+60%）"
        );
        g.metric = Metric::EngagementRate;
        g.platform = Some(4);
        g.baseline = Some(2.0);
        g.target = Some(3.5);
        assert_eq!(
            goal_sentence(&g, &plan, Locale::En),
            "By 31 May 2027, raise the engagement rate on 豆瓣小组 from 2% to 3.5% (+1.5 points)"
        );
        assert_eq!(
            goal_sentence(&g, &plan, Locale::ZhCn),
            "到2027年5月31日，豆瓣小组互动率从2%提升到3.5%（+1.5个百分点）"
        );
    }

    #[test]
    fn custom_metrics_carry_their_name_unit_and_direction() {
        let g = Goal {
            metric: Metric::Custom,
            custom_metric: "complaints".into(),
            unit: "cases".into(),
            baseline: Some(1_200.0),
            target: Some(300.0),
            deadline: Some(date(2027, 12, 31)),
            ..Default::default()
        };
        assert_eq!(
            goal_sentence(&g, &plan(), Locale::En),
            "By 31 Dec 2027, reduce complaints from 1,200 cases to 300 cases (\u{2212}75%)"
        );
        let g = Goal {
            custom_metric: "投诉".into(),
            unit: "件".into(),
            ..g
        };
        assert_eq!(
            goal_sentence(&g, &plan(), Locale::ZhCn),
            "到2027年12月31日，投诉从1,200件减少到300件（\u{2212}75%）"
        );
    }

    #[test]
    fn every_reason_has_a_sentence_in_both_languages() {
        let d = date(2027, 3, 1);
        let reasons = [
            Reason::CustomMetricUnnamed,
            Reason::PlanHasNoPlatforms,
            Reason::NoPlatform,
            Reason::PlatformNotInPlan { id: 1 },
            Reason::NoResponseWindow,
            Reason::VagueWording {
                words: vec!["提升".into(), "more".into()],
            },
            Reason::NoBaseline,
            Reason::NoTarget,
            Reason::NotFinite {
                field: NumberField::Baseline,
            },
            Reason::Negative {
                field: NumberField::Target,
                value: -1_500.0,
            },
            Reason::PercentOutOfRange {
                field: NumberField::Target,
                value: 120.0,
            },
            Reason::PercentChangeNeedsBaseline,
            Reason::PercentChangeFromZero,
            Reason::NoChange { value: 10_000.0 },
            Reason::WrongDirection {
                baseline: 10_000.0,
                target: 9_000.0,
            },
            Reason::NotJudged,
            Reason::SteepGrowth {
                percent_per_month: 58.4,
                explained: false,
            },
            Reason::SteepGrowth {
                percent_per_month: 58.4,
                explained: true,
            },
            Reason::ImplausibleGrowth {
                percent_per_month: 200.0,
                explained: false,
            },
            Reason::ImplausibleGrowth {
                percent_per_month: 200.0,
                explained: true,
            },
            Reason::ManyfoldGrowth {
                times: 20.0,
                explained: false,
            },
            Reason::ManyfoldGrowth {
                times: 20.0,
                explained: true,
            },
            Reason::PercentTargetAbove100 { target: 120.0 },
            Reason::PerfectTarget { explained: false },
            Reason::PerfectTarget { explained: true },
            Reason::PlanHasNoRoles,
            Reason::NoRoleLinked,
            Reason::RoleNotInPlan { id: 1 },
            Reason::PlanHasNoPersonas,
            Reason::NoPersonaLinked,
            Reason::PersonaNotInPlan { id: 1 },
            Reason::NoStart,
            Reason::NoDeadline,
            Reason::DeadlineNotAfterStart {
                start: date(2027, 6, 1),
                deadline: d,
            },
            Reason::DeadlinePassed {
                deadline: d,
                days_ago: 1,
            },
            Reason::DeadlineToday,
            Reason::DeadlineTooFar { months: 60 },
        ];
        let mut seen = std::collections::HashSet::new();
        for r in &reasons {
            let en = smart_reason_text(Locale::En, r);
            let zh = smart_reason_text(Locale::ZhCn, r);
            assert!(en.ends_with('.'), "{en}");
            assert!(zh.ends_with('。'), "{zh}");
            assert!(
                !en.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
                    || matches!(r, Reason::VagueWording { .. }),
                "Chinese in English: {en}"
            );
            assert!(
                zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{zh}"
            );
            assert_full_width(&zh);
            assert!(seen.insert(en.clone()), "two reasons read the same: {en}");
        }
    }

    #[test]
    fn reasons_carry_their_numbers_and_dates() {
        let r = Reason::WrongDirection {
            baseline: 10_000.0,
            target: 9_000.0,
        };
        assert_eq!(
            smart_reason_text(Locale::En, &r),
            "The target (9,000) is below the baseline (10,000); this number should go up."
        );
        assert_eq!(
            smart_reason_text(Locale::ZhCn, &r),
            "目标（9,000）低于基线（10,000），这个指标应该上升。"
        );
        let r = Reason::SteepGrowth {
            percent_per_month: 58.4,
            explained: false,
        };
        assert!(smart_reason_text(Locale::En, &r).contains("+58% a month"));
        let r = Reason::DeadlinePassed {
            deadline: date(2026, 11, 29),
            days_ago: 2,
        };
        assert_eq!(
            smart_reason_text(Locale::En, &r),
            "The deadline (29 Nov 2026) passed 2 days ago: set a new one or start the next goal."
        );
        assert!(smart_reason_text(Locale::ZhCn, &r).contains("2026年11月29日"));
        let r = Reason::VagueWording {
            words: vec!["提升".into(), "加强".into()],
        };
        assert!(smart_reason_text(Locale::ZhCn, &r).starts_with("「提升」「加强」"));
    }

    #[test]
    fn a_checked_vague_goal_reads_in_both_languages() {
        let g = Goal {
            title: "提升品牌知名度".into(),
            ..Default::default()
        };
        let report = check_goal(&g, &plan(), date(2026, 12, 1));
        for r in report.reasons() {
            assert_full_width(&smart_reason_text(Locale::ZhCn, r));
        }
        assert!(report.reasons().count() >= 5);
    }

    #[test]
    fn names_of_letters_verdicts_and_metrics_exist_in_both_languages() {
        for l in SmartLetter::ALL {
            assert!(!letter_name(Locale::En, l).is_empty());
            assert!(!letter_name(Locale::ZhCn, l).is_empty());
        }
        for v in [Verdict::Pass, Verdict::Warn, Verdict::Fail] {
            assert_ne!(verdict_name(Locale::En, v), verdict_name(Locale::ZhCn, v));
        }
        for m in Metric::ALL {
            assert_ne!(metric_name(Locale::En, m), metric_name(Locale::ZhCn, m));
            assert_full_width(metric_name(Locale::ZhCn, m));
        }
    }

    #[test]
    fn progress_status_in_both_languages() {
        let g = followers();
        let s = ProgressStatus::Behind { gap: 1_250.0 };
        assert_eq!(
            progress_status_text(Locale::En, &g, s),
            "Behind plan by 1,250."
        );
        assert_eq!(
            progress_status_text(Locale::ZhCn, &g, s),
            "落后计划 1,250。"
        );
        let r = Goal {
            metric: Metric::ResponseRate,
            ..Default::default()
        };
        let s = ProgressStatus::Missed { gap: 5.0 };
        assert_eq!(
            progress_status_text(Locale::En, &r, s),
            "The deadline has passed, 5 percentage points short of the target."
        );
        for s in [
            ProgressStatus::NoPlan,
            ProgressStatus::NotStarted,
            ProgressStatus::NoData,
            ProgressStatus::Done,
            ProgressStatus::OnTrack,
            ProgressStatus::Ahead { lead: 3.0 },
        ] {
            assert_full_width(&progress_status_text(Locale::ZhCn, &g, s));
            assert!(progress_status_text(Locale::En, &g, s).ends_with('.'));
        }
    }
}
