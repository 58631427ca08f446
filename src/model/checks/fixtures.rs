//! Plans the step rules' tests share: a strategy, personas and a voice with no finding, a plan
//! whose one goal is SMART, and one whose content step is finished. Compiled for tests only.

use chrono::NaiveDate;

use super::finding::{Finding, FindingKind};
use crate::model::{
    BrandColour, Format, Goal, Id, Persona, Plan, Platform, PlatformFormats, PlatformKind,
    SampleKind, SampleLine, StrategicRole, StrategicRoleKind, Strategy, Theme, ThemeKind, Voice,
    VoiceTrait,
};

pub(super) fn kinds(findings: &[Finding]) -> Vec<FindingKind> {
    findings.iter().map(|f| f.kind.clone()).collect()
}

pub(super) fn role(id: Id, kind: StrategicRoleKind, why: &str) -> StrategicRole {
    StrategicRole {
        id,
        kind,
        custom_name: String::new(),
        why: why.into(),
    }
}

pub(super) fn platform(id: Id, kind: PlatformKind, role: Option<Id>) -> Platform {
    Platform {
        id,
        kind,
        role,
        ..Default::default()
    }
}

pub(super) fn good_strategy() -> Strategy {
    Strategy {
        roles: vec![
            role(
                1,
                StrategicRoleKind::BrandAmplifier,
                "让更多年轻人认识我们的咖啡",
            ),
            role(
                2,
                StrategicRoleKind::CustomerService,
                "Answer delivery questions fast",
            ),
        ],
        primary_role: Some(1),
        vision: "成为本地人最信任的咖啡品牌".into(),
        objectives: vec!["半年内微博粉丝增长 30%".into()],
        platforms: vec![
            platform(3, PlatformKind::Weibo, Some(1)),
            platform(4, PlatformKind::WechatOfficialAccount, Some(2)),
        ],
    }
}

pub(super) fn good_persona(id: Id, name: &str) -> Persona {
    let one = |s: &str| vec![s.to_string()];
    Persona {
        id,
        name: name.into(),
        age_min: Some(25),
        age_max: Some(35),
        occupation: "白领".into(),
        interests: one("精品咖啡"),
        info_habits: one("通勤时刷小红书"),
        social_behaviour: one("晚上评论"),
        pains: one("早上没时间排队"),
        communities: one("咖啡爱好者群"),
        topics: one("新品"),
        motivators: one("真实测评"),
        ..Default::default()
    }
}

pub(super) fn trait_(id: Id, we_are: &str, not: &str) -> VoiceTrait {
    VoiceTrait {
        id,
        we_are: we_are.into(),
        we_are_not: not.into(),
        ..Default::default()
    }
}

fn sample(id: Id, kind: SampleKind, text: &str) -> SampleLine {
    SampleLine {
        id,
        kind,
        text: text.into(),
        ..Default::default()
    }
}

pub(super) fn good_voice() -> Voice {
    Voice {
        core_values: "真诚、专业".into(),
        traits: vec![
            trait_(10, "亲和", "油腻"),
            trait_(11, "专业", "说教"),
            trait_(12, "有趣", "轻浮"),
        ],
        words_to_use: vec!["伙伴".into(), "fresh".into()],
        words_to_avoid: vec!["亲".into(), "cheap".into()],
        forbidden_claims: vec!["最".into(), "第一".into(), "best".into()],
        samples: vec![
            sample(20, SampleKind::Post, "今天的新豆子到了，来尝尝 fresh roast"),
            sample(
                21,
                SampleKind::ComplaintReply,
                "很抱歉让您久等，我们马上处理",
            ),
        ],
        ..Default::default()
    }
}

pub(super) fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

pub(super) fn goal_plan() -> Plan {
    Plan {
        strategy: good_strategy(),
        personas: vec![good_persona(5, "小林")],
        voice: good_voice(),
        goals: vec![Goal {
            id: 30,
            title: "半年内微博粉丝增长30%".into(),
            platform: Some(3),
            baseline: Some(10_000.0),
            target: Some(13_000.0),
            start: Some(date(2026, 12, 1)),
            deadline: Some(date(2027, 5, 31)),
            serves_role: Some(1),
            personas: vec![5],
            ..Default::default()
        }],
        ..Plan::default()
    }
}

fn theme(id: Id, kind: ThemeKind, share: u8, personas: Vec<Id>, goals: Vec<Id>) -> Theme {
    Theme {
        id,
        kind,
        share: Some(share),
        personas,
        goals,
        ..Default::default()
    }
}

pub(super) fn content_plan() -> Plan {
    let mut plan = goal_plan();
    plan.content.themes = vec![
        theme(60, ThemeKind::UserStories, 60, vec![5], vec![30]),
        theme(61, ThemeKind::ProductValue, 40, vec![5], vec![30]),
    ];
    plan.content.formats = vec![
        PlatformFormats {
            id: 70,
            platform: 3,
            formats: vec![Format::ImageText, Format::ShortVideo],
            posts_per_week: Some(5),
        },
        PlatformFormats {
            id: 71,
            platform: 4,
            formats: vec![Format::ImageText],
            posts_per_week: Some(2),
        },
    ];
    plan.content.style.colours = vec![BrandColour {
        id: 80,
        name: "烘焙棕".into(),
        hex: "#6B3E26".into(),
    }];
    plan
}
