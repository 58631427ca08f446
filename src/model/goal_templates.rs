//! The handbook's three goal conversions as starting points: Weibo followers +X % in six months,
//! brand topic discussion +Y %, and answering Z % of enquiries within 24 hours.
//!
//! Pure: each template takes "today" and the plan, links the goal to a Weibo platform when the
//! plan has one (else the first platform), the primary strategic role and the primary persona.
//! Titles and units are left empty for the interface to fill in the user's language; the id is
//! left 0 for the caller to allocate.

use chrono::{Months, NaiveDate};

use super::{Goal, Id, Metric, PersonaPriority, Plan, PlatformKind, TargetKind};

/// Which of the handbook's conversions a template follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GoalTemplate {
    /// Weibo followers +20 % in six months.
    WeiboFollowers,
    /// Brand topic discussion volume +30 % in three months.
    TopicDiscussion,
    /// Answer 90 % of enquiries within 24 hours, in three months.
    ResponseRate,
}

impl GoalTemplate {
    /// The three templates, in the handbook's order.
    pub const ALL: [GoalTemplate; 3] = [
        GoalTemplate::WeiboFollowers,
        GoalTemplate::TopicDiscussion,
        GoalTemplate::ResponseRate,
    ];

    /// The goal this template proposes for `plan`, starting `today`.
    pub fn goal(self, plan: &Plan, today: NaiveDate) -> Goal {
        match self {
            GoalTemplate::WeiboFollowers => weibo_followers(plan, today),
            GoalTemplate::TopicDiscussion => topic_discussion(plan, today),
            GoalTemplate::ResponseRate => response_rate(plan, today),
        }
    }
}

/// The plan's Weibo platform, else its first platform.
pub fn weibo_platform(plan: &Plan) -> Option<Id> {
    let platforms = &plan.strategy.platforms;
    platforms
        .iter()
        .find(|p| p.kind == PlatformKind::Weibo)
        .or_else(|| platforms.first())
        .map(|p| p.id)
}

/// The primary strategic role, else the first role.
pub fn primary_role(plan: &Plan) -> Option<Id> {
    plan.strategy
        .primary_role
        .filter(|id| plan.strategy.roles.iter().any(|r| r.id == *id))
        .or_else(|| plan.strategy.roles.first().map(|r| r.id))
}

/// The first primary persona, else the first persona (none when the plan has none).
pub fn primary_persona(plan: &Plan) -> Vec<Id> {
    plan.personas
        .iter()
        .find(|p| p.priority == PersonaPriority::Primary)
        .or_else(|| plan.personas.first())
        .map(|p| vec![p.id])
        .unwrap_or_default()
}

fn months_later(today: NaiveDate, months: u32) -> Option<NaiveDate> {
    today.checked_add_months(Months::new(months))
}

fn linked(plan: &Plan, today: NaiveDate, months: u32) -> Goal {
    Goal {
        platform: weibo_platform(plan),
        serves_role: primary_role(plan),
        personas: primary_persona(plan),
        start: Some(today),
        deadline: months_later(today, months),
        ..Default::default()
    }
}

/// Weibo followers from 10,000, +20 % in six months.
pub fn weibo_followers(plan: &Plan, today: NaiveDate) -> Goal {
    Goal {
        metric: Metric::Followers,
        baseline: Some(10_000.0),
        target: Some(20.0),
        target_kind: TargetKind::PercentChange,
        ..linked(plan, today, 6)
    }
}

/// Brand topic discussion volume from 500 posts, +30 % in three months.
pub fn topic_discussion(plan: &Plan, today: NaiveDate) -> Goal {
    Goal {
        metric: Metric::TopicVolume,
        baseline: Some(500.0),
        target: Some(30.0),
        target_kind: TargetKind::PercentChange,
        ..linked(plan, today, 3)
    }
}

/// Enquiries answered within 24 hours, from 60 % to 90 % in three months.
pub fn response_rate(plan: &Plan, today: NaiveDate) -> Goal {
    Goal {
        metric: Metric::ResponseRate,
        within_hours: Some(24),
        baseline: Some(60.0),
        target: Some(90.0),
        target_kind: TargetKind::Absolute,
        unit: "%".to_string(),
        ..linked(plan, today, 3)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::smart::{check_goal, SmartLetter, Verdict};
    use crate::model::{Persona, Platform, StrategicRole};

    fn plan() -> Plan {
        let mut plan = Plan::default();
        plan.strategy.roles.push(StrategicRole {
            id: 1,
            ..Default::default()
        });
        plan.strategy.primary_role = Some(1);
        plan.strategy.platforms.push(Platform {
            id: 2,
            kind: PlatformKind::Douyin,
            ..Default::default()
        });
        plan.strategy.platforms.push(Platform {
            id: 3,
            kind: PlatformKind::Weibo,
            ..Default::default()
        });
        plan.personas.push(Persona {
            id: 4,
            name: "小林".into(),
            ..Default::default()
        });
        plan
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap_or_default()
    }

    #[test]
    fn templates_pass_every_letter_for_a_linked_plan() {
        let plan = plan();
        for template in GoalTemplate::ALL {
            let goal = template.goal(&plan, today());
            let report = check_goal(&goal, &plan, today());
            for letter in SmartLetter::ALL {
                assert_eq!(
                    report.letter(letter).verdict,
                    Verdict::Pass,
                    "{template:?} letter {letter:?}: {:?}",
                    report.letter(letter).reasons
                );
            }
        }
    }

    #[test]
    fn templates_pick_weibo_the_primary_role_and_persona() {
        let plan = plan();
        let goal = weibo_followers(&plan, today());
        assert_eq!(goal.platform, Some(3));
        assert_eq!(goal.serves_role, Some(1));
        assert_eq!(goal.personas, vec![4]);
        assert_eq!(goal.deadline, NaiveDate::from_ymd_opt(2027, 5, 26));
    }

    #[test]
    fn templates_on_an_empty_plan_flag_only_relevance_and_platform() {
        let plan = Plan::default();
        let goal = response_rate(&plan, today());
        let report = check_goal(&goal, &plan, today());
        assert_eq!(
            report.letter(SmartLetter::Measurable).verdict,
            Verdict::Pass
        );
        assert_eq!(report.letter(SmartLetter::TimeBound).verdict, Verdict::Pass);
        assert_eq!(report.letter(SmartLetter::Relevant).verdict, Verdict::Fail);
    }
}
