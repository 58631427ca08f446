//! The numbers of step 4's goals: digits with thousands separators ("10,000", in both languages),
//! at most two decimals, a sign where a change is shown, and a goal's value with its unit.

use super::{tf, Locale};
use crate::model::{Goal, Metric};

crate::texts! {
    /// A value of a goal, with its unit.
    pub enum GoalNumberText {
        ValuePercent => en: "{number}%", zh: "{number}%";
        ValueWithUnit => en: "{number} {unit}", zh: "{number}{unit}";
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
pub(super) fn signed(value: f64) -> String {
    if value > 0.0 && format_number(value) != "0" {
        format!("+{}", format_number(value))
    } else {
        format_number(value)
    }
}

/// True when the goal's values are percentages (a percentage metric, or a custom one counted in %).
pub(super) fn in_percent(goal: &Goal) -> bool {
    goal.metric.is_percentage() || (goal.metric == Metric::Custom && goal.unit.trim() == "%")
}

/// A value of `goal` with its unit: "80%" for percentages, "120 sign-ups" / "120人" for a custom
/// metric's unit, the bare number otherwise (the metric's name says what it counts).
pub fn format_goal_value(locale: Locale, goal: &Goal, value: f64) -> String {
    let number = format_number(value);
    let unit = goal.unit.trim();
    if in_percent(goal) {
        tf(locale, GoalNumberText::ValuePercent, &[("number", &number)])
    } else if goal.metric == Metric::Custom && !unit.is_empty() {
        tf(
            locale,
            GoalNumberText::ValueWithUnit,
            &[("number", &number), ("unit", &unit)],
        )
    } else {
        number
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn values_carry_their_unit_in_each_language() {
        // Expected strings as the values read before they were written as templates.
        let custom = Goal {
            metric: Metric::Custom,
            unit: " sign-ups ".into(),
            ..Default::default()
        };
        assert_eq!(
            format_goal_value(Locale::En, &custom, 120.0),
            "120 sign-ups"
        );
        let custom = Goal {
            unit: "人".into(),
            ..custom
        };
        assert_eq!(format_goal_value(Locale::ZhCn, &custom, 1_200.0), "1,200人");
        let rate = Goal {
            metric: Metric::EngagementRate,
            unit: "ignored".into(),
            ..Default::default()
        };
        assert_eq!(format_goal_value(Locale::ZhCn, &rate, 2.5), "2.5%");
        assert_eq!(
            format_goal_value(Locale::En, &Goal::default(), 1_250.0),
            "1,250"
        );
    }
}
