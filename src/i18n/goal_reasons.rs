//! The SMART checker's reasons (`crate::model::smart::Reason`), each worded as what to do about
//! it, in both languages. Numbers are written with [`super::goal_numbers::format_number`], dates
//! with [`super::format_date`].

use super::goal_numbers::format_number;
use super::{format_date, t, tf, Locale};
use crate::model::smart::{NumberField, Reason};

crate::texts! {
    /// What to do about each reason of the SMART check.
    pub enum SmartReasonText {
        // S
        CustomMetricUnnamed => en: "Name what you measure, for example mini-program sign-ups.", zh: "请写明要衡量的指标名称，例如小程序注册数。";
        PlanHasNoPlatforms => en: "Add your platforms in step 1, then choose the one this goal is measured on.", zh: "请先在第 1 步添加平台，再选择这个目标在哪个平台上衡量。";
        NoPlatform => en: "Choose the platform this goal is measured on.", zh: "请选择在哪个平台上衡量这个目标。";
        PlatformNotInPlan => en: "The platform was removed from the plan; choose another.", zh: "所选平台已从规划中移除，请重新选择。";
        NoResponseWindow => en: "Say within how many hours an enquiry counts as answered.", zh: "请写明咨询在多少小时内回复才算数。";
        /// One word of the title, quoted.
        QuotedWord => en: "\u{201c}{word}\u{201d}", zh: "「{word}」";
        /// Quoted words in a row.
        QuotedList => en: "{list}, {item}", zh: "{list}{item}";
        VagueWord => en: "{words} says no amount: put the number in the title, e.g. \u{201c}Weibo followers +20% by June\u{201d}.", zh: "{words}没有说明幅度，请在标题里写上数字，例如「6月底前微博粉丝增长20%」。";
        VagueWords => en: "{words} say no amount: put the number in the title, e.g. \u{201c}Weibo followers +20% by June\u{201d}.", zh: "{words}没有说明幅度，请在标题里写上数字，例如「6月底前微博粉丝增长20%」。";

        // M
        NoBaseline => en: "Enter the value today (the baseline), so the change can be measured.", zh: "请填写当前数值（基线），才能衡量变化。";
        NoTarget => en: "Enter the target to reach.", zh: "请填写要达到的目标值。";
        FieldBaseline => en: "baseline", zh: "基线";
        FieldTarget => en: "target", zh: "目标值";
        NotFinite => en: "The {field} is not a number; enter a number.", zh: "{field}不是有效数字，请填写数字。";
        Negative => en: "The {field} ({value}) is below zero; counts cannot be negative.", zh: "{field}（{value}）小于零，数量不能为负。";
        PercentOutOfRange => en: "The {field} ({value}%) must be a percentage from 0 to 100.", zh: "{field}（{value}%）不在 0% 到 100% 之间。";
        PercentChangeNeedsBaseline => en: "A target written as a change in percent needs the baseline it starts from.", zh: "以百分比变化表示的目标需要先填写基线。";
        PercentChangeFromZero => en: "From a baseline of 0, any percentage is still 0: write the target as a number.", zh: "基线为 0 时，增长多少百分比都还是 0，请把目标写成具体数值。";
        NoChange => en: "The target equals the baseline ({value}); say how much should change.", zh: "目标与基线相同（{value}），请写明要变化多少。";
        WrongDirection => en: "The target ({target}) is below the baseline ({baseline}); this number should go up.", zh: "目标（{target}）低于基线（{baseline}），这个指标应该上升。";

        // A
        NotJudged => en: "Whether it is achievable is judged once the baseline, target and dates are valid.", zh: "基线、目标和日期都有效后，才能判断是否可实现。";
        SteepGrowth => en: "That is about +{percent}% a month, which is steep: lower the target, allow more time, or say why it is achievable.", zh: "相当于每月增长约 {percent}%，增速很高，请降低目标、推迟截止日期，或写明为什么能实现。";
        SteepGrowthExplained => en: "About +{percent}% a month is steep, but you have said why it is achievable.", zh: "相当于每月增长约 {percent}%，增速很高，但已写明可实现的理由。";
        ImplausibleGrowth => en: "That is about +{percent}% a month, more than doubling every month: lower the target or allow more time.", zh: "相当于每月增长约 {percent}%，超过每月翻一番，请降低目标或延长时间。";
        ImplausibleGrowthExplained => en: "About +{percent}% a month is rarely reached even with a good reason; check the numbers.", zh: "每月增长约 {percent}%，即使有理由也很少能达到，请再核对数字。";
        ManyfoldGrowth => en: "The target is {times} times the baseline: check the numbers or say why it is achievable.", zh: "目标是基线的 {times} 倍，请核对数字，或写明为什么能实现。";
        ManyfoldGrowthExplained => en: "The target is {times} times the baseline; you have said why it is achievable.", zh: "目标是基线的 {times} 倍，已写明可实现的理由。";
        PercentTargetAbove100 => en: "That change leads to {target}%, more than 100%: choose a smaller change.", zh: "按这个变化会达到 {target}%，超过了 100%，请调小变化幅度。";
        PerfectTarget => en: "100% leaves no room for a single miss: consider 90 to 95%, or say why 100% is realistic.", zh: "100% 意味着一次都不能漏，可以考虑 90% 到 95%，或写明为什么能做到。";
        PerfectTargetExplained => en: "100% leaves no room for a single miss; you have said why it is realistic.", zh: "100% 意味着一次都不能漏，已写明能做到的理由。";

        // R
        PlanHasNoRoles => en: "Choose what social media is for in step 1, then link this goal to that role.", zh: "请先在第 1 步选择社交媒体的角色，再把目标关联到其中一个。";
        NoRoleLinked => en: "Choose the strategic role this goal serves.", zh: "请选择这个目标服务的战略角色。";
        RoleNotInPlan => en: "The role this goal served was removed; choose another.", zh: "目标关联的角色已被移除，请重新选择。";
        PlanHasNoPersonas => en: "Add a persona in step 2, then choose who this goal is about.", zh: "请先在第 2 步添加用户画像，再选择目标针对的人群。";
        NoPersonaLinked => en: "Choose at least one persona this goal is about.", zh: "请至少选择一个目标针对的用户画像。";
        PersonaNotInPlan => en: "A linked persona was removed; update the list.", zh: "有关联的用户画像已被删除，请更新。";

        // T
        NoStart => en: "Set the start date, when the baseline was measured.", zh: "请设置开始日期，也就是测量基线的日期。";
        NoDeadline => en: "Set a deadline.", zh: "请设置截止日期。";
        DeadlineNotAfterStart => en: "The deadline ({deadline}) must come after the start ({start}).", zh: "截止日期（{deadline}）必须晚于开始日期（{start}）。";
        DeadlinePassedOneDay => en: "The deadline ({deadline}) passed {days} day ago: set a new one or start the next goal.", zh: "截止日期（{deadline}）已过去 {days} 天，请设新的日期或制定下一个目标。";
        DeadlinePassed => en: "The deadline ({deadline}) passed {days} days ago: set a new one or start the next goal.", zh: "截止日期（{deadline}）已过去 {days} 天，请设新的日期或制定下一个目标。";
        DeadlineToday => en: "The deadline is today: record the result and set the next goal.", zh: "今天就是截止日期，请记录结果并制定下一个目标。";
        DeadlineTooFar => en: "The deadline is {months} months after the start; beyond three years a goal sets no pace: split it into steps of a year or less.", zh: "截止日期在 {months} 个月之后，超过三年就失去了节奏，请拆成一年以内的阶段目标。";
    }
}

/// The name of the number a reason is about, as the reason's sentence uses it.
fn field_text(field: NumberField) -> SmartReasonText {
    match field {
        NumberField::Baseline => SmartReasonText::FieldBaseline,
        NumberField::Target => SmartReasonText::FieldTarget,
    }
}

/// Quotes words for a sentence: 「提升」「加强」 / “improve”, “more”.
fn quoted(locale: Locale, words: &[String]) -> String {
    let mut quoted = words
        .iter()
        .map(|w| tf(locale, SmartReasonText::QuotedWord, &[("word", w)]));
    let Some(first) = quoted.next() else {
        return String::new();
    };
    quoted.fold(first, |list, item| {
        tf(
            locale,
            SmartReasonText::QuotedList,
            &[("list", &list), ("item", &item)],
        )
    })
}

/// Of a reason's two texts, the one for whether the goal says why it is achievable.
fn explained_or(
    explained: bool,
    plain: SmartReasonText,
    with_reason: SmartReasonText,
) -> SmartReasonText {
    if explained {
        with_reason
    } else {
        plain
    }
}

/// What to do about a SMART reason, in one short sentence.
pub fn smart_reason_text(locale: Locale, reason: &Reason) -> String {
    use SmartReasonText as T;
    let n = format_number;
    let text = |key: T| t(locale, key).to_string();
    let field = |f: &NumberField| t(locale, field_text(*f));
    let date = |d: &chrono::NaiveDate| format_date(locale, *d);
    let monthly = |key: T, percent: &f64| tf(locale, key, &[("percent", &n(percent.round()))]);
    match reason {
        Reason::CustomMetricUnnamed => text(T::CustomMetricUnnamed),
        Reason::PlanHasNoPlatforms => text(T::PlanHasNoPlatforms),
        Reason::NoPlatform => text(T::NoPlatform),
        Reason::PlatformNotInPlan { .. } => text(T::PlatformNotInPlan),
        Reason::NoResponseWindow => text(T::NoResponseWindow),
        Reason::VagueWording { words } => {
            let key = if words.len() == 1 {
                T::VagueWord
            } else {
                T::VagueWords
            };
            tf(locale, key, &[("words", &quoted(locale, words))])
        }
        Reason::NoBaseline => text(T::NoBaseline),
        Reason::NoTarget => text(T::NoTarget),
        Reason::NotFinite { field: f } => tf(locale, T::NotFinite, &[("field", &field(f))]),
        Reason::Negative { field: f, value } => tf(
            locale,
            T::Negative,
            &[("field", &field(f)), ("value", &n(*value))],
        ),
        Reason::PercentOutOfRange { field: f, value } => tf(
            locale,
            T::PercentOutOfRange,
            &[("field", &field(f)), ("value", &n(*value))],
        ),
        Reason::PercentChangeNeedsBaseline => text(T::PercentChangeNeedsBaseline),
        Reason::PercentChangeFromZero => text(T::PercentChangeFromZero),
        Reason::NoChange { value } => tf(locale, T::NoChange, &[("value", &n(*value))]),
        Reason::WrongDirection { baseline, target } => tf(
            locale,
            T::WrongDirection,
            &[("baseline", &n(*baseline)), ("target", &n(*target))],
        ),
        Reason::NotJudged => text(T::NotJudged),
        Reason::SteepGrowth {
            percent_per_month,
            explained,
        } => monthly(
            explained_or(*explained, T::SteepGrowth, T::SteepGrowthExplained),
            percent_per_month,
        ),
        Reason::ImplausibleGrowth {
            percent_per_month,
            explained,
        } => monthly(
            explained_or(
                *explained,
                T::ImplausibleGrowth,
                T::ImplausibleGrowthExplained,
            ),
            percent_per_month,
        ),
        Reason::ManyfoldGrowth { times, explained } => tf(
            locale,
            explained_or(*explained, T::ManyfoldGrowth, T::ManyfoldGrowthExplained),
            &[("times", &n((times * 10.0).round() / 10.0))],
        ),
        Reason::PercentTargetAbove100 { target } => {
            tf(locale, T::PercentTargetAbove100, &[("target", &n(*target))])
        }
        Reason::PerfectTarget { explained } => text(explained_or(
            *explained,
            T::PerfectTarget,
            T::PerfectTargetExplained,
        )),
        Reason::PlanHasNoRoles => text(T::PlanHasNoRoles),
        Reason::NoRoleLinked => text(T::NoRoleLinked),
        Reason::RoleNotInPlan { .. } => text(T::RoleNotInPlan),
        Reason::PlanHasNoPersonas => text(T::PlanHasNoPersonas),
        Reason::NoPersonaLinked => text(T::NoPersonaLinked),
        Reason::PersonaNotInPlan { .. } => text(T::PersonaNotInPlan),
        Reason::NoStart => text(T::NoStart),
        Reason::NoDeadline => text(T::NoDeadline),
        Reason::DeadlineNotAfterStart { start, deadline } => tf(
            locale,
            T::DeadlineNotAfterStart,
            &[("start", &date(start)), ("deadline", &date(deadline))],
        ),
        Reason::DeadlinePassed { deadline, days_ago } => {
            let key = if *days_ago == 1 {
                T::DeadlinePassedOneDay
            } else {
                T::DeadlinePassed
            };
            tf(
                locale,
                key,
                &[("deadline", &date(deadline)), ("days", days_ago)],
            )
        }
        Reason::DeadlineToday => text(T::DeadlineToday),
        Reason::DeadlineTooFar { months } => tf(locale, T::DeadlineTooFar, &[("months", months)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::goals::tests::{assert_full_width, date, plan};
    use crate::model::smart::check_goal;
    use crate::model::Goal;

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
    fn plurals_quotes_and_fields_read_as_before() {
        // Expected strings as the reasons read before they were written as templates.
        let one = Reason::VagueWording {
            words: vec!["more".into()],
        };
        assert_eq!(
            smart_reason_text(Locale::En, &one),
            "\u{201c}more\u{201d} says no amount: put the number in the title, e.g. \u{201c}Weibo followers +20% by June\u{201d}."
        );
        let two = Reason::VagueWording {
            words: vec!["提升".into(), "more".into()],
        };
        assert_eq!(
            smart_reason_text(Locale::En, &two),
            "\u{201c}提升\u{201d}, \u{201c}more\u{201d} say no amount: put the number in the title, e.g. \u{201c}Weibo followers +20% by June\u{201d}."
        );
        assert_eq!(
            smart_reason_text(Locale::ZhCn, &two),
            "「提升」「more」没有说明幅度，请在标题里写上数字，例如「6月底前微博粉丝增长20%」。"
        );
        let r = Reason::DeadlinePassed {
            deadline: date(2026, 11, 29),
            days_ago: 1,
        };
        assert_eq!(
            smart_reason_text(Locale::En, &r),
            "The deadline (29 Nov 2026) passed 1 day ago: set a new one or start the next goal."
        );
        assert_eq!(
            smart_reason_text(Locale::ZhCn, &r),
            "截止日期（2026年11月29日）已过去 1 天，请设新的日期或制定下一个目标。"
        );
        let r = Reason::Negative {
            field: NumberField::Target,
            value: -1_500.0,
        };
        assert_eq!(
            smart_reason_text(Locale::En, &r),
            "The target (\u{2212}1,500) is below zero; counts cannot be negative."
        );
        assert_eq!(
            smart_reason_text(Locale::ZhCn, &r),
            "目标值（\u{2212}1,500）小于零，数量不能为负。"
        );
        let r = Reason::ManyfoldGrowth {
            times: 12.34,
            explained: true,
        };
        assert_eq!(
            smart_reason_text(Locale::ZhCn, &r),
            "目标是基线的 12.3 倍，已写明可实现的理由。"
        );
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
}
