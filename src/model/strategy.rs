//! Step 1: what social media is for (roles), the vision and objectives it serves, and which
//! platforms carry which role.

use reactive_stores::Store;
use serde::{Deserialize, Serialize};

use super::Id;

/// How important something is, on a three-point scale.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    High,
    #[default]
    Medium,
    Low,
}

impl Priority {
    /// All priorities, highest first.
    pub const ALL: [Priority; 3] = [Priority::High, Priority::Medium, Priority::Low];
}

/// The strategic roles the method names, plus the user's own.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StrategicRoleKind {
    /// 品牌声量的放大器: reach and awareness.
    #[default]
    BrandAmplifier,
    /// 用户洞察的传感器: listening and learning what customers think.
    InsightSensor,
    /// 产品服务的试验田: trying ideas and getting early feedback.
    ProductTestField,
    /// 客户服务的新渠道: answering questions and complaints.
    CustomerService,
    /// A role the user names.
    Custom,
}

impl StrategicRoleKind {
    /// The four roles of the method, in the order it presents them.
    pub const BUILT_IN: [StrategicRoleKind; 4] = [
        StrategicRoleKind::BrandAmplifier,
        StrategicRoleKind::InsightSensor,
        StrategicRoleKind::ProductTestField,
        StrategicRoleKind::CustomerService,
    ];
}

/// A role the plan gives social media, with the reason.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct StrategicRole {
    pub id: Id,
    pub kind: StrategicRoleKind,
    /// The name of a custom role (ignored for built-in ones).
    pub custom_name: String,
    /// Why this role, for this business ("social media for its own sake" has no why).
    pub why: String,
}

/// The platforms the app knows by name; anything else is `Custom`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlatformKind {
    #[default]
    WechatOfficialAccount,
    WechatChannels,
    Weibo,
    Douyin,
    Xiaohongshu,
    Bilibili,
    Zhihu,
    Kuaishou,
    Linkedin,
    Instagram,
    Facebook,
    X,
    Tiktok,
    Youtube,
    Custom,
}

impl PlatformKind {
    /// Platforms in mainland China, in the order the picker shows them.
    pub const CHINESE: [PlatformKind; 8] = [
        PlatformKind::WechatOfficialAccount,
        PlatformKind::WechatChannels,
        PlatformKind::Weibo,
        PlatformKind::Douyin,
        PlatformKind::Xiaohongshu,
        PlatformKind::Bilibili,
        PlatformKind::Zhihu,
        PlatformKind::Kuaishou,
    ];
    /// Global platforms, in the order the picker shows them.
    pub const GLOBAL: [PlatformKind; 6] = [
        PlatformKind::Linkedin,
        PlatformKind::Instagram,
        PlatformKind::Facebook,
        PlatformKind::X,
        PlatformKind::Tiktok,
        PlatformKind::Youtube,
    ];
}

/// A platform the plan uses, the role it carries and how much it matters.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct Platform {
    pub id: Id,
    pub kind: PlatformKind,
    /// The name of a custom platform (ignored for known ones).
    pub custom_name: String,
    /// The id of the [`StrategicRole`] this platform mainly carries.
    pub role: Option<Id>,
    pub priority: Priority,
    /// The account name or handle on this platform.
    pub account: String,
    /// A link to the account; only `http(s):` links are accepted.
    pub url: String,
}

/// Step 1 as a whole.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct Strategy {
    #[store(key: Id = |r| r.id)]
    pub roles: Vec<StrategicRole>,
    /// The id of the primary role; the others are secondary.
    pub primary_role: Option<Id>,
    /// The long-term vision (长期愿景) the role serves.
    pub vision: String,
    /// Short-term objectives (短期目标), one per entry.
    pub objectives: Vec<String>,
    #[store(key: Id = |r| r.id)]
    pub platforms: Vec<Platform>,
}
