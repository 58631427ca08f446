//! Words of step 1 (strategic role): the four roles, the platforms, and the editor's labels; and
//! [`BrandText`], the Latin brand names every language writes alike.

use super::{t, Key, Locale};
use crate::model::{PlatformKind, StrategicRoleKind};

crate::texts! {
    /// Texts of the strategy step.
    pub enum StrategyText {
        RolesHeading => en: "What is social media for?", zh: "社交媒体为我们做什么？";
        RolesIntro => en: "Tick every role social media plays for you, mark the one that matters most as primary, and say why for each.", zh: "勾选社交媒体为你们承担的所有角色，把最重要的一个设为主要角色，并逐一写明理由。";
        AmplifierName => en: "Brand amplifier", zh: "品牌声量的放大器";
        AmplifierWhat => en: "Reach more people and make the brand known and remembered.", zh: "触达更多人，让品牌被知道、被记住。";
        AmplifierImplies => en: "Goals: reach, followers, topic volume. Team: strong content and design.", zh: "对应目标：曝光、粉丝、话题量。团队：内容与设计能力要强。";
        SensorName => en: "User-insight sensor", zh: "用户洞察的传感器";
        SensorWhat => en: "Listen to what customers say, ask and complain about, and learn from it.", zh: "倾听用户在说什么、问什么、抱怨什么，并从中学习。";
        SensorImplies => en: "Goals: insights reported, survey replies. Team: someone who reads and analyses data.", zh: "对应目标：洞察报告、调研回复数。团队：需要有人读数据、做分析。";
        TestFieldName => en: "Product test field", zh: "产品服务的试验田";
        TestFieldWhat => en: "Try ideas, new products and offers with real people before a full launch.", zh: "在正式推出前，先用真实用户检验新点子、新产品和新活动。";
        TestFieldImplies => en: "Goals: sign-ups for trials, feedback collected. Team: close ties with product.", zh: "对应目标：试用报名、收集的反馈。团队：要和产品部门紧密配合。";
        ServiceName => en: "Customer-service channel", zh: "客户服务的新渠道";
        ServiceWhat => en: "Answer questions and complaints where customers already are.", zh: "在用户所在的平台上回答问题、处理投诉。";
        ServiceImplies => en: "Goals: response time, share answered. Team: community staff with clear escalation.", zh: "对应目标：响应时间、回复率。团队：社群运营人员，并有清楚的升级路径。";
        CustomRoleName => en: "Custom role", zh: "自定义角色";
        AddCustomRole => en: "Add a role of your own", zh: "添加自定义角色";
        CustomRoleLabel => en: "Name of the role", zh: "角色名称";
        UseRole => en: "We use social media for this", zh: "我们用社交媒体承担这个角色";
        PrimaryRole => en: "Primary role", zh: "主要角色";
        WhyLabel => en: "Why this role, for us?", zh: "为什么我们需要这个角色？";
        WhyHint => en: "One or two sentences tied to your business. No reason means social media for its own sake.", zh: "用一两句话结合你们的业务说明。没有理由，就是为了做社交媒体而做。";
        WhyPlaceholder => en: "e.g. Most new customers find us through friends' posts, so being seen is what grows the shop.", zh: "例如：大部分新客人是看到朋友的分享才来的，所以被更多人看到就是增长。";
        RemoveRole => en: "Remove role", zh: "移除角色";
        DirectionHeading => en: "Where it leads", zh: "方向";
        VisionLabel => en: "Long-term vision", zh: "长期愿景";
        VisionHint => en: "Where the business wants to be in three to five years, in a sentence.", zh: "用一句话写出三到五年后企业想达到的状态。";
        VisionPlaceholder => en: "e.g. The neighbourhood's favourite place to meet over coffee.", zh: "例如：成为街坊们最愿意约见面的咖啡馆。";
        ObjectivesLabel => en: "Short-term objectives", zh: "短期目标";
        ObjectivesHint => en: "What the business must achieve this year; social media serves these.", zh: "企业今年必须达成的事，社交媒体要为它们服务。";
        ObjectivesPlaceholder => en: "e.g. Fill weekday afternoons", zh: "例如：提高工作日下午的上座率";
        PlatformsHeading => en: "Platforms", zh: "平台";
        PlatformsIntro => en: "Pick the platforms you run or plan to run, then say which role each carries and how much it matters.", zh: "选出你们正在运营或打算运营的平台，再说明每个平台承担哪个角色、有多重要。";
        ChinesePlatforms => en: "Platforms in China", zh: "国内平台";
        GlobalPlatforms => en: "Global platforms", zh: "海外平台";
        AddCustomPlatform => en: "Add another platform", zh: "添加其他平台";
        CustomPlatformLabel => en: "Platform name", zh: "平台名称";
        CustomPlatformName => en: "Other platform", zh: "其他平台";
        PlatformRoleLabel => en: "Role it carries", zh: "承担的角色";
        PlatformRoleNone => en: "Choose a role", zh: "请选择角色";
        AccountLabel => en: "Account name", zh: "账号名称";
        LinkLabel => en: "Link to the account", zh: "账号链接";
        LinkHint => en: "Only links starting with https:// or http:// are kept as links.", zh: "只有以 https:// 或 http:// 开头的链接才会显示为链接。";
        RemovePlatform => en: "Remove platform", zh: "移除平台";
        NoRolesYet => en: "Choose a role above first; then each platform can carry one.", zh: "请先在上方选择角色，之后每个平台才能分配角色。";
        ChosenPlatforms => en: "Your platforms", zh: "你们的平台";

        // Platforms with a name of their own in Chinese (the Latin brand names are `BrandText`)
        WechatOfficialAccount => en: "WeChat Official Account", zh: "微信公众号";
        WechatChannels => en: "WeChat Channels", zh: "视频号";
        Weibo => en: "Weibo", zh: "微博";
        Douyin => en: "Douyin", zh: "抖音";
        Xiaohongshu => en: "Xiaohongshu (RED)", zh: "小红书";
        Bilibili => en: "Bilibili", zh: "哔哩哔哩";
        Zhihu => en: "Zhihu", zh: "知乎";
        Kuaishou => en: "Kuaishou", zh: "快手";
    }
}

crate::texts! {
    /// Brand names written in Latin letters in both languages ("LinkedIn" reads "LinkedIn" in
    /// Chinese too). The only group whose Chinese texts may lack Chinese characters; any text that
    /// needs a brand name reuses these.
    pub enum BrandText {
        Linkedin => en: "LinkedIn", zh: "LinkedIn";
        Instagram => en: "Instagram", zh: "Instagram";
        Facebook => en: "Facebook", zh: "Facebook";
        X => en: "X", zh: "X";
        Tiktok => en: "TikTok", zh: "TikTok";
        Youtube => en: "YouTube", zh: "YouTube";
        Qq => en: "QQ", zh: "QQ";
        Line => en: "LINE", zh: "LINE";
    }
}

/// The name of a strategic role kind.
pub fn role_name(locale: Locale, kind: StrategicRoleKind) -> &'static str {
    let text = match kind {
        StrategicRoleKind::BrandAmplifier => StrategyText::AmplifierName,
        StrategicRoleKind::InsightSensor => StrategyText::SensorName,
        StrategicRoleKind::ProductTestField => StrategyText::TestFieldName,
        StrategicRoleKind::CustomerService => StrategyText::ServiceName,
        StrategicRoleKind::Custom => StrategyText::CustomRoleName,
    };
    t(locale, text)
}

/// What a built-in role does and what it implies for goals and team.
pub fn role_description(kind: StrategicRoleKind) -> Option<(StrategyText, StrategyText)> {
    match kind {
        StrategicRoleKind::BrandAmplifier => {
            Some((StrategyText::AmplifierWhat, StrategyText::AmplifierImplies))
        }
        StrategicRoleKind::InsightSensor => {
            Some((StrategyText::SensorWhat, StrategyText::SensorImplies))
        }
        StrategicRoleKind::ProductTestField => {
            Some((StrategyText::TestFieldWhat, StrategyText::TestFieldImplies))
        }
        StrategicRoleKind::CustomerService => {
            Some((StrategyText::ServiceWhat, StrategyText::ServiceImplies))
        }
        StrategicRoleKind::Custom => None,
    }
}

/// A platform's name as people in each language call it (proper names stay as they are).
pub fn platform_name(locale: Locale, kind: PlatformKind) -> &'static str {
    let key: Key = match kind {
        PlatformKind::WechatOfficialAccount => StrategyText::WechatOfficialAccount.into(),
        PlatformKind::WechatChannels => StrategyText::WechatChannels.into(),
        PlatformKind::Weibo => StrategyText::Weibo.into(),
        PlatformKind::Douyin => StrategyText::Douyin.into(),
        PlatformKind::Xiaohongshu => StrategyText::Xiaohongshu.into(),
        PlatformKind::Bilibili => StrategyText::Bilibili.into(),
        PlatformKind::Zhihu => StrategyText::Zhihu.into(),
        PlatformKind::Kuaishou => StrategyText::Kuaishou.into(),
        PlatformKind::Linkedin => BrandText::Linkedin.into(),
        PlatformKind::Instagram => BrandText::Instagram.into(),
        PlatformKind::Facebook => BrandText::Facebook.into(),
        PlatformKind::X => BrandText::X.into(),
        PlatformKind::Tiktok => BrandText::Tiktok.into(),
        PlatformKind::Youtube => BrandText::Youtube.into(),
        PlatformKind::Custom => StrategyText::CustomPlatformName.into(),
    };
    t(locale, key)
}

/// The display name of a plan platform: its custom name, or the known platform's name.
pub fn platform_label(locale: Locale, platform: &crate::model::Platform) -> String {
    if platform.kind == PlatformKind::Custom && !platform.custom_name.trim().is_empty() {
        platform.custom_name.trim().to_string()
    } else {
        platform_name(locale, platform.kind).to_string()
    }
}

/// The display name of a plan role: its custom name, or the built-in role's name.
pub fn role_label(locale: Locale, role: &crate::model::StrategicRole) -> String {
    if role.kind == StrategicRoleKind::Custom && !role.custom_name.trim().is_empty() {
        role.custom_name.trim().to_string()
    } else {
        role_name(locale, role.kind).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platforms_are_named_as_before_in_both_languages() {
        // Names copied from the code before they became texts.
        let names = [
            (PlatformKind::Xiaohongshu, "Xiaohongshu (RED)", "小红书"),
            (PlatformKind::WechatChannels, "WeChat Channels", "视频号"),
            (PlatformKind::Bilibili, "Bilibili", "哔哩哔哩"),
            (PlatformKind::Linkedin, "LinkedIn", "LinkedIn"),
            (PlatformKind::X, "X", "X"),
            (PlatformKind::Custom, "Other platform", "其他平台"),
        ];
        for (kind, en, zh) in names {
            assert_eq!(platform_name(Locale::En, kind), en);
            assert_eq!(platform_name(Locale::ZhCn, kind), zh);
        }
    }
}
