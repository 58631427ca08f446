//! Words of step 4 (SMART goals): a goal as one readable sentence and the names of metrics,
//! letters and verdicts, in both languages. The SMART checker's reasons live in
//! [`super::goal_reasons`], the progress status in [`super::goal_progress`] and the numbers in
//! [`super::goal_numbers`]; their functions are re-exported here, where callers find them.
//!
//! Dates are written with [`super::format_date`]; platform names with
//! [`super::strategy::platform_label`]. Missing parts of a goal show as "…", so a half-written goal
//! still reads as a sentence. Each language orders the parts of the sentence in its own template.
//! No browser types here.

use super::strategy::platform_label;
use super::{format_date, t, tf, Locale};
use crate::model::smart::{is_platform_bound, SmartLetter, Verdict};
use crate::model::{Goal, Metric, Plan};

pub use super::goal_numbers::{format_goal_value, format_number, GAP};
pub use super::goal_progress::progress_status_text;
pub use super::goal_reasons::smart_reason_text;

use super::goal_numbers::{in_percent, signed, GoalNumberText};

crate::texts! {
    /// Names of metrics, letters and verdicts, and the templates of the goal sentence.
    pub enum GoalWordText {
        MetricFollowers => en: "Followers", zh: "粉丝数";
        MetricTopicVolume => en: "Topic discussion volume", zh: "话题讨论量";
        MetricEngagementRate => en: "Engagement rate", zh: "互动率";
        MetricReach => en: "Reach or impressions", zh: "曝光量（触达）";
        MetricResponseRate => en: "Enquiries answered within N hours", zh: "限时回复率";
        MetricLeads => en: "Leads", zh: "销售线索";
        MetricConversions => en: "Conversions or sales", zh: "转化（销售）";
        MetricUserPosts => en: "User-generated posts", zh: "用户自发内容";
        MetricCustom => en: "Other (name it)", zh: "其他（自定义）";

        LetterSpecific => en: "Specific", zh: "具体";
        LetterMeasurable => en: "Measurable", zh: "可衡量";
        LetterAchievable => en: "Achievable", zh: "可实现";
        LetterRelevant => en: "Relevant", zh: "相关性";
        LetterTimeBound => en: "Time-bound", zh: "时限性";

        VerdictPass => en: "Passes", zh: "通过";
        VerdictWarn => en: "Worth a look", zh: "建议查看";
        VerdictFail => en: "To fix", zh: "需修改";

        // What the goal is about, on a platform
        SubjectFollowers => en: "{platform} followers", zh: "{platform}粉丝";
        SubjectTopicVolume => en: "brand topic discussion on {platform}", zh: "{platform}品牌话题讨论量";
        SubjectEngagementRate => en: "the engagement rate on {platform}", zh: "{platform}互动率";
        SubjectReach => en: "reach on {platform}", zh: "{platform}曝光量";
        SubjectLeads => en: "{platform} leads", zh: "{platform}带来的销售线索";
        SubjectConversions => en: "{platform} conversions", zh: "{platform}带来的转化";
        SubjectUserPosts => en: "user-generated posts on {platform}", zh: "{platform}用户自发内容";
        SubjectCustom => en: "{name} on {platform}", zh: "{platform}{name}";
        /// Where leads and conversions come from when no platform is chosen.
        SocialMedia => en: "social-media", zh: "社交媒体";

        // The sentence, by the way the number moves
        SentenceGrow => en: "By {deadline}, grow {subject} from {from} to {to}", zh: "到{deadline}，{subject}从{from}增长到{to}";
        SentenceReduce => en: "By {deadline}, reduce {subject} from {from} to {to}", zh: "到{deadline}，{subject}从{from}减少到{to}";
        SentenceRaise => en: "By {deadline}, raise {subject} from {from} to {to}", zh: "到{deadline}，{subject}从{from}提升到{to}";
        SentenceLower => en: "By {deadline}, lower {subject} from {from} to {to}", zh: "到{deadline}，{subject}从{from}降低到{to}";
        SentenceResponse => en: "By {deadline}, answer {to} of enquiries on {platform} within {hours} hours (now {from})", zh: "到{deadline}，{platform}上{to}的咨询在{hours}小时内得到回复（目前为{from}）";
        SentenceResponseOneHour => en: "By {deadline}, answer {to} of enquiries on {platform} within {hours} hour (now {from})", zh: "到{deadline}，{platform}上{to}的咨询在{hours}小时内得到回复（目前为{from}）";

        // The change the goal asks for, after the sentence
        WithChange => en: "{sentence} ({change})", zh: "{sentence}（{change}）";
        ChangePoint => en: "{points} point", zh: "{points}个百分点";
        ChangePoints => en: "{points} points", zh: "{points}个百分点";
    }
}

/// The name a goal goes by in labels: its title, or "Untitled goal".
pub fn goal_name(locale: Locale, goal: &Goal) -> String {
    let title = goal.title.trim();
    if title.is_empty() {
        t(locale, super::goal_editor::GoalText::UntitledGoal).to_string()
    } else {
        title.to_string()
    }
}

/// The name of a metric, as the picker shows it.
pub fn metric_name(locale: Locale, metric: Metric) -> &'static str {
    use GoalWordText::*;
    t(
        locale,
        match metric {
            Metric::Followers => MetricFollowers,
            Metric::TopicVolume => MetricTopicVolume,
            Metric::EngagementRate => MetricEngagementRate,
            Metric::Reach => MetricReach,
            Metric::ResponseRate => MetricResponseRate,
            Metric::Leads => MetricLeads,
            Metric::Conversions => MetricConversions,
            Metric::UserPosts => MetricUserPosts,
            Metric::Custom => MetricCustom,
        },
    )
}

/// The word a SMART letter stands for: "Specific" / "具体".
pub fn letter_name(locale: Locale, letter: SmartLetter) -> &'static str {
    use GoalWordText::*;
    t(
        locale,
        match letter {
            SmartLetter::Specific => LetterSpecific,
            SmartLetter::Measurable => LetterMeasurable,
            SmartLetter::Achievable => LetterAchievable,
            SmartLetter::Relevant => LetterRelevant,
            SmartLetter::TimeBound => LetterTimeBound,
        },
    )
}

/// A verdict in a word or two.
pub fn verdict_name(locale: Locale, verdict: Verdict) -> &'static str {
    t(
        locale,
        match verdict {
            Verdict::Pass => GoalWordText::VerdictPass,
            Verdict::Warn => GoalWordText::VerdictWarn,
            Verdict::Fail => GoalWordText::VerdictFail,
        },
    )
}

/// The template naming what a metric bound to a platform counts there.
fn subject_on_platform(metric: Metric) -> GoalWordText {
    use GoalWordText::*;
    match metric {
        Metric::Followers => SubjectFollowers,
        Metric::TopicVolume => SubjectTopicVolume,
        Metric::EngagementRate => SubjectEngagementRate,
        Metric::Reach => SubjectReach,
        Metric::Leads => SubjectLeads,
        Metric::Conversions => SubjectConversions,
        Metric::UserPosts => SubjectUserPosts,
        Metric::ResponseRate | Metric::Custom => SubjectCustom,
    }
}

/// The goal as one sentence: "By 31 May 2027, grow Weibo followers from 10,000 to 12,000 (+20%)" /
/// "到2027年5月31日，微博粉丝从10,000增长到12,000（+20%）". Response rates read "By …, answer 80% of
/// enquiries on Weibo within 24 hours (now 60%)". Missing parts show as "…"; a metric that is not
/// bound to one platform reads "social-media leads" when no platform is chosen. The change is in
/// percent of the baseline, or in percentage points for percentage metrics; it is left out when the
/// baseline is 0 or a number is missing.
pub fn goal_sentence(goal: &Goal, plan: &Plan, locale: Locale) -> String {
    use GoalWordText::*;
    let deadline = goal
        .deadline
        .map_or(GAP.to_string(), |d| format_date(locale, d));
    // A platform-bound metric always names one (or "…"); the others may read without one.
    let platform: Option<String> = match goal.platform {
        Some(id) => Some(
            plan.strategy
                .platforms
                .iter()
                .find(|p| p.id == id)
                .map_or(GAP.to_string(), |p| platform_label(locale, p)),
        ),
        None if is_platform_bound(goal.metric) => Some(GAP.to_string()),
        None => None,
    };
    let base = goal.baseline.filter(|v| v.is_finite());
    let target = goal.target_value().filter(|v| v.is_finite());
    let value = |v: Option<f64>| v.map_or(GAP.to_string(), |v| format_goal_value(locale, goal, v));
    let (from, to) = (value(base), value(target));

    if goal.metric == Metric::ResponseRate {
        let hours = goal
            .within_hours
            .filter(|h| *h > 0)
            .map_or(GAP.to_string(), |h| h.to_string());
        let key = if goal.within_hours == Some(1) {
            SentenceResponseOneHour
        } else {
            SentenceResponse
        };
        let platform = platform.as_deref().unwrap_or(GAP);
        return tf(
            locale,
            key,
            &[
                ("deadline", &deadline),
                ("platform", &platform),
                ("hours", &hours),
                ("from", &from),
                ("to", &to),
            ],
        );
    }

    let custom_name = match goal.custom_metric.trim() {
        "" => GAP.to_string(),
        name => name.to_string(),
    };
    let subject = match (goal.metric, platform) {
        (Metric::Custom, None) => custom_name,
        (Metric::Leads | Metric::Conversions, None) => tf(
            locale,
            subject_on_platform(goal.metric),
            &[("platform", &t(locale, SocialMedia))],
        ),
        (metric, platform) => tf(
            locale,
            subject_on_platform(metric),
            &[
                ("platform", &platform.unwrap_or_else(|| GAP.to_string())),
                ("name", &custom_name),
            ],
        ),
    };
    let falling = matches!((base, target), (Some(b), Some(t)) if t < b);
    let key = match (goal.metric.is_percentage(), falling) {
        (false, false) => SentenceGrow,
        (false, true) => SentenceReduce,
        (true, false) => SentenceRaise,
        (true, true) => SentenceLower,
    };
    let sentence = tf(
        locale,
        key,
        &[
            ("deadline", &deadline),
            ("subject", &subject),
            ("from", &from),
            ("to", &to),
        ],
    );

    let change = match (base, target) {
        (Some(b), Some(t)) if in_percent(goal) && t != b => {
            let points = signed(((t - b) * 10.0).round() / 10.0);
            let key = if (t - b).abs() == 1.0 {
                ChangePoint
            } else {
                ChangePoints
            };
            tf(locale, key, &[("points", &points)])
        }
        (Some(b), Some(t)) if b > 0.0 && t != b => {
            let percent = signed(((t - b) / b * 1000.0).round() / 10.0);
            tf(
                locale,
                GoalNumberText::ValuePercent,
                &[("number", &percent)],
            )
        }
        _ => return sentence,
    };
    tf(
        locale,
        WithChange,
        &[("sentence", &sentence), ("change", &change)],
    )
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::model::{Platform, PlatformKind, TargetKind};
    use chrono::NaiveDate;

    pub(in crate::i18n) fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    pub(in crate::i18n) fn plan() -> Plan {
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

    pub(in crate::i18n) fn followers() -> Goal {
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
    pub(in crate::i18n) fn assert_full_width(zh: &str) {
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
        // One hour is singular in English; Chinese has no plural.
        let g = Goal {
            within_hours: Some(1),
            ..g
        };
        assert_eq!(
            goal_sentence(&g, &plan(), Locale::En),
            "By 1 Mar 2027, answer 80% of enquiries on Weibo within 1 hour (now 60%)"
        );
        assert_eq!(
            goal_sentence(&g, &plan(), Locale::ZhCn),
            "到2027年3月1日，微博上80%的咨询在1小时内得到回复（目前为60%）"
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
    fn percentage_points_and_direction_follow_the_numbers() {
        // Expected strings as the sentence read before it was written as templates.
        let plan = plan();
        let g = Goal {
            metric: Metric::EngagementRate,
            platform: Some(3),
            baseline: Some(3.0),
            target: Some(2.0),
            deadline: Some(date(2027, 5, 31)),
            ..Default::default()
        };
        assert_eq!(
            goal_sentence(&g, &plan, Locale::En),
            "By 31 May 2027, lower the engagement rate on Weibo from 3% to 2% (\u{2212}1 point)"
        );
        assert_eq!(
            goal_sentence(&g, &plan, Locale::ZhCn),
            "到2027年5月31日，微博互动率从3%降低到2%（\u{2212}1个百分点）"
        );
        let g = Goal {
            metric: Metric::Conversions,
            platform: Some(4),
            baseline: Some(0.0),
            target: Some(40.0),
            ..Default::default()
        };
        assert_eq!(
            goal_sentence(&g, &plan, Locale::En),
            "By …, grow 豆瓣小组 conversions from 0 to 40"
        );
        assert_eq!(
            goal_sentence(&g, &plan, Locale::ZhCn),
            "到…，豆瓣小组带来的转化从0增长到40"
        );
        let g = Goal {
            metric: Metric::Custom,
            custom_metric: "投诉".into(),
            unit: "件".into(),
            platform: Some(3),
            baseline: Some(40.0),
            target: Some(5.0),
            ..Default::default()
        };
        assert_eq!(
            goal_sentence(&g, &plan, Locale::En),
            "By …, reduce 投诉 on Weibo from 40 件 to 5 件 (\u{2212}87.5%)"
        );
        assert_eq!(
            goal_sentence(&g, &plan, Locale::ZhCn),
            "到…，微博投诉从40件减少到5件（\u{2212}87.5%）"
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
}
