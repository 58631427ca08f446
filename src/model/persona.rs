//! Step 2: audience personas (用户画像), with every field group of the method.

use reactive_stores::Store;
use serde::{Deserialize, Serialize};

use super::Id;

/// Whether a persona is a primary or a secondary audience.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PersonaPriority {
    #[default]
    Primary,
    Secondary,
}

/// One audience persona.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct Persona {
    pub id: Id,
    pub name: String,
    /// Initials or an emoji shown on the avatar.
    pub avatar: String,
    /// Index into the colour-blind-safe palette (0–7).
    pub colour: u8,
    pub priority: PersonaPriority,
    /// Where the picture comes from: data analysis, market research, interviews…
    pub sources: String,
    // Demographics (人口统计学特征)
    pub age_min: Option<u8>,
    pub age_max: Option<u8>,
    pub gender: String,
    pub location: String,
    pub occupation: String,
    pub income: String,
    /// Interests and preferences (兴趣偏好).
    pub interests: Vec<String>,
    /// How and when they get information (信息获取习惯).
    pub info_habits: Vec<String>,
    /// Social behaviour (社交行为模式): post, comment, lurk, share, and when.
    pub social_behaviour: Vec<String>,
    /// Unmet needs and pain points (未被满足的需求与痛点).
    pub pains: Vec<String>,
    /// Platforms of the plan where they gather (ids of [`super::Platform`]).
    pub platforms: Vec<Id>,
    /// Communities and places outside the plan's platforms (groups, forums, offline).
    pub communities: Vec<String>,
    /// What they like to discuss (乐于讨论什么).
    pub topics: Vec<String>,
    /// What moves them (如何被打动).
    pub motivators: Vec<String>,
    /// A line in their own voice.
    pub quote: String,
}
