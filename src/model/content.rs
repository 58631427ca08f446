//! Step 6: content themes, formats per platform, style rules and the content calendar.

use chrono::{NaiveDate, NaiveTime};
use reactive_stores::Store;
use serde::{Deserialize, Serialize};

use super::Id;

/// The content themes (pillars) the method names, plus custom ones.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThemeKind {
    /// 行业洞察
    #[default]
    IndustryInsight,
    /// 产品价值
    ProductValue,
    /// 用户故事
    UserStories,
    /// 品牌文化
    BrandCulture,
    /// 趣味互动
    FunInteraction,
    Custom,
}

impl ThemeKind {
    /// The five themes of the method.
    pub const BUILT_IN: [ThemeKind; 5] = [
        ThemeKind::IndustryInsight,
        ThemeKind::ProductValue,
        ThemeKind::UserStories,
        ThemeKind::BrandCulture,
        ThemeKind::FunInteraction,
    ];
}

/// A content theme and what it serves.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct Theme {
    pub id: Id,
    pub kind: ThemeKind,
    /// The name shown; for built-in kinds, empty means the standard name.
    pub name: String,
    pub description: String,
    pub personas: Vec<Id>,
    pub goals: Vec<Id>,
    /// Target share of all posts, in percent.
    pub share: Option<u8>,
}

/// Content formats (内容形式).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// 图文
    #[default]
    ImageText,
    /// 短视频
    ShortVideo,
    /// 直播
    LiveStream,
    /// 信息图
    Infographic,
    /// H5 页面
    H5,
    /// 问答
    Qa,
    /// 测评
    Review,
    Custom,
}

impl Format {
    /// Every format, in the order the picker shows them.
    pub const ALL: [Format; 8] = [
        Format::ImageText,
        Format::ShortVideo,
        Format::LiveStream,
        Format::Infographic,
        Format::H5,
        Format::Qa,
        Format::Review,
        Format::Custom,
    ];
}

/// The formats used on one platform and how often it posts.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct PlatformFormats {
    pub id: Id,
    /// The [`super::Platform`] id.
    pub platform: Id,
    pub formats: Vec<Format>,
    /// Planned posts per week.
    pub posts_per_week: Option<u16>,
}

/// A brand colour with its name.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct BrandColour {
    pub id: Id,
    pub name: String,
    /// `#rrggbb`.
    pub hex: String,
}

/// Image ratio to use on a platform (e.g. 3:4 on Xiaohongshu).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ImageRatio {
    pub platform: Id,
    pub ratio: String,
}

/// Style and visual rules (内容风格与视觉规范).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct StyleRules {
    #[store(key: Id = |r| r.id)]
    pub colours: Vec<BrandColour>,
    pub fonts: String,
    pub hashtag_rules: String,
    pub emoji_rules: String,
    pub image_ratios: Vec<ImageRatio>,
    pub notes: String,
}

/// The creation principles every item is checked against (内容创作原则).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Principle {
    /// 价值导向
    Value,
    /// 原创
    Originality,
    /// 共鸣
    Resonance,
}

impl Principle {
    /// The three principles, in the method's order.
    pub const ALL: [Principle; 3] = [
        Principle::Value,
        Principle::Originality,
        Principle::Resonance,
    ];
}

/// Where a calendar item is in its life.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Idea,
    Drafting,
    InReview,
    Approved,
    Scheduled,
    Published,
}

impl Status {
    /// Every status, in workflow order.
    pub const ALL: [Status; 6] = [
        Status::Idea,
        Status::Drafting,
        Status::InReview,
        Status::Approved,
        Status::Scheduled,
        Status::Published,
    ];
}

/// A sign-off on one step of the approval path.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SignOff {
    /// The [`super::ApprovalStep`] id.
    pub step: Id,
    pub by: String,
    #[serde(with = "super::iso_date::optional_date")]
    pub on: Option<NaiveDate>,
}

/// One dated item of the content calendar.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct CalendarItem {
    pub id: Id,
    #[serde(with = "super::iso_date::date")]
    pub date: NaiveDate,
    #[serde(with = "super::iso_date::optional_time")]
    pub time: Option<NaiveTime>,
    pub platform: Option<Id>,
    pub theme: Option<Id>,
    pub format: Option<Format>,
    pub title: String,
    pub brief: String,
    pub personas: Vec<Id>,
    pub goal: Option<Id>,
    /// The [`super::TeamRole`] that owns the item.
    pub owner_role: Option<Id>,
    pub status: Status,
    pub sign_offs: Vec<SignOff>,
    /// Creation principles this item was checked against.
    pub principles: Vec<Principle>,
}

/// Step 6 as a whole.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct Content {
    #[store(key: Id = |r| r.id)]
    pub themes: Vec<Theme>,
    #[store(key: Id = |r| r.id)]
    pub formats: Vec<PlatformFormats>,
    /// Names of custom formats used in the plan.
    pub custom_formats: Vec<String>,
    pub style: StyleRules,
    #[store(key: Id = |r| r.id)]
    pub calendar: Vec<CalendarItem>,
}
