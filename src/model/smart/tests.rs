//! Tests of the SMART checker as a whole: the handbook's example goals, then each letter's rules
//! through [`check_goal`] on a small plan.

use chrono::NaiveDate;

use super::check::same;
use super::*;
use crate::model::{
    Goal, Metric, Persona, Plan, Platform, PlatformKind, StrategicRole, StrategicRoleKind,
    TargetKind,
};

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
