//! Step 4: SMART goals and the progress recorded against them.

use chrono::NaiveDate;
use reactive_stores::Store;
use serde::{Deserialize, Serialize};

use super::Id;

/// What a goal measures.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    #[default]
    Followers,
    /// Topic or discussion volume (话题讨论量).
    TopicVolume,
    /// Engagement rate, a percentage.
    EngagementRate,
    /// Reach or impressions.
    Reach,
    /// Share of enquiries answered within N hours, a percentage.
    ResponseRate,
    Leads,
    /// Conversions or sales.
    Conversions,
    /// User-generated posts.
    UserPosts,
    Custom,
}

impl Metric {
    /// Every metric, in the order the picker shows them.
    pub const ALL: [Metric; 9] = [
        Metric::Followers,
        Metric::TopicVolume,
        Metric::EngagementRate,
        Metric::Reach,
        Metric::ResponseRate,
        Metric::Leads,
        Metric::Conversions,
        Metric::UserPosts,
        Metric::Custom,
    ];

    /// Metrics whose values are percentages (and so must stay within 0–100).
    pub fn is_percentage(self) -> bool {
        matches!(self, Metric::EngagementRate | Metric::ResponseRate)
    }
}

/// How the target is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetKind {
    /// The target is the value to reach (e.g. 12,000 followers).
    #[default]
    Absolute,
    /// The target is a change in percent from the baseline (e.g. +20).
    PercentChange,
}

/// A value measured on a date.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct ProgressEntry {
    pub id: Id,
    #[serde(with = "super::iso_date::date")]
    pub date: NaiveDate,
    pub value: f64,
    pub note: String,
}

/// One goal.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct Goal {
    pub id: Id,
    pub title: String,
    pub metric: Metric,
    /// The metric's name when `metric` is `Custom`.
    pub custom_metric: String,
    /// For response-rate goals: answered within this many hours.
    pub within_hours: Option<u32>,
    /// The plan platform ([`super::Platform`] id) the goal is measured on.
    pub platform: Option<Id>,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    pub target_kind: TargetKind,
    /// What the numbers count (followers, posts, %, leads…), shown after them.
    pub unit: String,
    #[serde(with = "super::iso_date::optional_date")]
    pub start: Option<NaiveDate>,
    #[serde(with = "super::iso_date::optional_date")]
    pub deadline: Option<NaiveDate>,
    /// The team role ([`super::TeamRole`] id) that owns the goal.
    pub owner_role: Option<Id>,
    /// The strategic role ([`super::StrategicRole`] id) the goal serves.
    pub serves_role: Option<Id>,
    /// The personas the goal is about.
    pub personas: Vec<Id>,
    /// Why the target is achievable (resources, past results, benchmarks).
    pub achievable_because: String,
    #[store(key: Id = |r| r.id)]
    pub progress: Vec<ProgressEntry>,
}

impl Goal {
    /// The value to reach, whether the target is written as a value or as a percentage change.
    pub fn target_value(&self) -> Option<f64> {
        match self.target_kind {
            TargetKind::Absolute => self.target,
            TargetKind::PercentChange => Some(self.baseline? * (1.0 + self.target? / 100.0)),
        }
    }
}
