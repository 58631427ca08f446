//! Where a goal stands (`crate::model::goal_progress::ProgressStatus`), in one short sentence with
//! its numbers in the goal's unit, in both languages.

use super::goal_numbers::{format_goal_value, format_number, in_percent};
use super::{t, tf, Locale};
use crate::model::goal_progress::ProgressStatus;
use crate::model::Goal;

crate::texts! {
    /// The progress status of a goal.
    pub enum GoalProgressText {
        NoPlan => en: "Set the baseline, target, start and deadline to track progress.", zh: "设置基线、目标、开始日期和截止日期后，就能跟踪进度。";
        NotStarted => en: "Not started yet.", zh: "尚未开始。";
        NoData => en: "Nothing measured yet: record the first value.", zh: "还没有记录数据，请记录第一个数值。";
        Done => en: "Target reached.", zh: "已达成目标。";
        Missed => en: "The deadline has passed, {amount} short of the target.", zh: "已过截止日期，距目标还差 {amount}。";
        OnTrack => en: "On track.", zh: "进度正常。";
        Ahead => en: "Ahead of plan by {amount}.", zh: "领先计划 {amount}。";
        Behind => en: "Behind plan by {amount}.", zh: "落后计划 {amount}。";
        /// An amount of a percentage goal.
        PercentagePoint => en: "{points} percentage point", zh: "{points} 个百分点";
        PercentagePoints => en: "{points} percentage points", zh: "{points} 个百分点";
    }
}

/// Where a goal stands, in one short sentence, with its numbers in the goal's unit.
pub fn progress_status_text(locale: Locale, goal: &Goal, status: ProgressStatus) -> String {
    use GoalProgressText as T;
    let amount = |v: f64| {
        if in_percent(goal) {
            let key = if v == 1.0 {
                T::PercentagePoint
            } else {
                T::PercentagePoints
            };
            tf(locale, key, &[("points", &format_number(v))])
        } else {
            format_goal_value(locale, goal, v)
        }
    };
    let with_amount = |key: T, v: f64| tf(locale, key, &[("amount", &amount(v))]);
    match status {
        ProgressStatus::NoPlan => t(locale, T::NoPlan).to_string(),
        ProgressStatus::NotStarted => t(locale, T::NotStarted).to_string(),
        ProgressStatus::NoData => t(locale, T::NoData).to_string(),
        ProgressStatus::Done => t(locale, T::Done).to_string(),
        ProgressStatus::Missed { gap } => with_amount(T::Missed, gap),
        ProgressStatus::OnTrack => t(locale, T::OnTrack).to_string(),
        ProgressStatus::Ahead { lead } => with_amount(T::Ahead, lead),
        ProgressStatus::Behind { gap } => with_amount(T::Behind, gap),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::goals::tests::{assert_full_width, followers};
    use crate::model::Metric;

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

    #[test]
    fn one_percentage_point_is_singular_in_english() {
        // Expected strings as the status read before it was written as templates.
        let r = Goal {
            metric: Metric::EngagementRate,
            ..Default::default()
        };
        let s = ProgressStatus::Ahead { lead: 1.0 };
        assert_eq!(
            progress_status_text(Locale::En, &r, s),
            "Ahead of plan by 1 percentage point."
        );
        assert_eq!(
            progress_status_text(Locale::ZhCn, &r, s),
            "领先计划 1 个百分点。"
        );
        let s = ProgressStatus::Missed { gap: 2.5 };
        assert_eq!(
            progress_status_text(Locale::ZhCn, &r, s),
            "已过截止日期，距目标还差 2.5 个百分点。"
        );
    }
}
