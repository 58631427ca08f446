//! Words of the personas step, and the few sentences it builds from names and numbers (each
//! language decides its own word order and punctuation).

use super::{join_list, t, tf, Locale};
use crate::model::checks::{FindingKind, PersonaPart, MAX_AGE};
use crate::model::Platform;

crate::texts! {
    /// Texts of the personas step.
    pub enum PersonaText {
        ListHeading => en: "Your personas", zh: "你的受众画像";
        EmptyWhy => en: "Every post is written for someone: a clear picture of who you talk to decides where you publish, what you say and how you say it.",
            zh: "每条内容都有它的读者：先看清在和谁说话，才知道该去哪儿发、发什么、怎么说。";
        AddPersona => en: "Add a persona", zh: "添加画像";
        AddExample => en: "Add an example persona", zh: "添加示例画像";
        UnnamedPersona => en: "Unnamed persona", zh: "未命名画像";

        // Card actions (followed by the persona's name in their accessible names)
        DuplicatePersona => en: "Duplicate persona", zh: "复制画像";
        MovePersonaUp => en: "Move up", zh: "上移";
        MovePersonaDown => en: "Move down", zh: "下移";
        DeletePersona => en: "Delete persona", zh: "删除画像";
        PersonaDeleted => en: "Persona deleted", zh: "已删除画像";
        ShowFields => en: "Show fields", zh: "展开填写";
        HideFields => en: "Hide fields", zh: "收起";

        // Identity
        GroupIdentity => en: "Who they are", zh: "基本信息";
        NameLabel => en: "Name", zh: "名称";
        NameHint => en: "A short name the whole team will use, such as “Office coffee lover Mia”.",
            zh: "团队日常称呼用的简短名字，例如“杭州咖啡白领小雨”。";
        AvatarLabel => en: "Avatar: initials or an emoji", zh: "头像：简称或表情符号";
        AvatarHint => en: "Leave it empty to use the initials of the name.", zh: "留空时使用名字的简称。";
        ColourLabel => en: "Avatar colour", zh: "头像颜色";
        ColourOrange => en: "Orange", zh: "橙色";
        ColourSkyBlue => en: "Sky blue", zh: "天蓝色";
        ColourBluishGreen => en: "Bluish green", zh: "青绿色";
        ColourYellow => en: "Yellow", zh: "黄色";
        ColourBlue => en: "Blue", zh: "蓝色";
        ColourVermilion => en: "Vermilion", zh: "朱红色";
        ColourReddishPurple => en: "Reddish purple", zh: "紫红色";
        ColourBlack => en: "Black", zh: "黑色";
        PriorityPrimary => en: "Primary", zh: "主要受众";
        PrioritySecondary => en: "Secondary", zh: "次要受众";
        PriorityHint => en: "Primary audiences come first when goals and content compete for time.",
            zh: "当目标和内容需要取舍时，优先照顾主要受众。";

        // Demographics
        GroupDemographics => en: "Demographics", zh: "人口统计学特征";
        AgeRange => en: "Age range", zh: "年龄范围";
        AgeFrom => en: "From", zh: "最小";
        AgeTo => en: "To", zh: "最大";
        AgeHint => en: "Fill in one end only for an open range such as 30+.", zh: "只填一端表示开放区间，例如 30 岁以上。";
        Gender => en: "Gender", zh: "性别";
        GenderPlaceholder => en: "e.g. mostly women", zh: "例如：以女性为主";
        Location => en: "Location", zh: "地域";
        LocationPlaceholder => en: "e.g. city centre, commuter towns", zh: "例如：杭州主城区";
        Occupation => en: "Occupation", zh: "职业";
        OccupationPlaceholder => en: "e.g. office workers in tech and design", zh: "例如：互联网公司职员";
        Income => en: "Income level", zh: "收入水平";
        IncomePlaceholder => en: "e.g. £30k–£45k a year", zh: "例如：月收入 1 万至 2 万元";

        // Lists
        GroupInterests => en: "Interests and preferences", zh: "兴趣偏好";
        Interests => en: "Interests", zh: "兴趣";
        InterestsPlaceholder => en: "e.g. speciality coffee", zh: "例如：精品咖啡";
        GroupInfoHabits => en: "Information habits", zh: "信息获取习惯";
        InfoHabits => en: "How and when they get information", zh: "通过什么渠道、在什么时间获取信息";
        InfoHabitsPlaceholder => en: "e.g. scrolls Instagram on the morning commute", zh: "例如：早上通勤时刷小红书";
        GroupSocial => en: "Social behaviour", zh: "社交行为模式";
        Social => en: "Do they post, comment, share or just read? When?", zh: "发帖、评论、转发还是只看不说？什么时间？";
        SocialPlaceholder => en: "e.g. saves a lot, rarely comments", zh: "例如：收藏多、评论少";
        GroupPains => en: "Unmet needs and pain points", zh: "未被满足的需求与痛点";
        Pains => en: "Needs and pain points", zh: "需求与痛点";
        PainsPlaceholder => en: "e.g. no time to queue at lunch", zh: "例如：午休时间短，没空排队";
        GroupGathering => en: "Where they gather", zh: "在哪里聚集";
        PlatformsLegend => en: "Platforms of your plan", zh: "你规划中的平台";
        NoPlatforms => en: "Your plan has no platforms yet.", zh: "你的规划还没有选择平台。";
        ChoosePlatforms => en: "Choose platforms in step 1", zh: "去第 1 步选择平台";
        Communities => en: "Communities and places", zh: "社群与场所";
        CommunitiesPlaceholder => en: "e.g. a neighbourhood group chat", zh: "例如：小区业主微信群";
        GroupTopics => en: "What they like to discuss", zh: "乐于讨论什么";
        Topics => en: "Topics", zh: "话题";
        TopicsPlaceholder => en: "e.g. new independent cafés", zh: "例如：新开的小众咖啡馆";
        GroupMotivators => en: "What moves them", zh: "如何被打动";
        Motivators => en: "What moves them", zh: "打动他们的因素";
        MotivatorsPlaceholder => en: "e.g. honest reviews from real customers", zh: "例如：真实顾客的分享";
        GroupVoice => en: "In their own words", zh: "用他们的话说";
        Quote => en: "A line they might say", zh: "一句他们会说的话";
        QuotePlaceholder => en: "e.g. “That 3 pm coffee is my ten minutes of peace.”", zh: "例如：“下午三点那杯咖啡，是我一天里难得的清静。”";
        GroupSources => en: "Where this picture comes from", zh: "画像依据";
        Sources => en: "Sources", zh: "来源";
        SourcesHint => en: "Data analysis, market research, interviews: a persona built on evidence is easier to trust.",
            zh: "数据分析、市场调研、用户访谈：有依据的画像才让人信服。";

        // Completeness
        Completeness => en: "Completeness", zh: "完成度";
        MeterComplete => en: "{done} of {total} · complete", zh: "已填 {done}/{total} 项 · 已全部填写";
        MeterMissing => en: "{done} of {total} · missing: {list}", zh: "已填 {done}/{total} 项 · 还缺：{list}";
        AgeRangeBetween => en: "{min}–{max}", zh: "{min}–{max} 岁";
        AgeRangeFrom => en: "{min}+", zh: "{min} 岁以上";
        AgeRangeUpTo => en: "up to {max}", zh: "{max} 岁以下";
        AgeReversed => en: "The lowest age ({min}) is above the highest ({max}): swap them.", zh: "最小年龄（{min}）比最大年龄（{max}）还大，请对调两个数字。";
        AgeImplausible => en: "An age of {age} is not plausible: use 0 to {max_age}.", zh: "{age} 岁不太可能，请填写 0 到 {max_age} 之间的年龄。";
        DuplicateName => en: "Another persona is already called “{name}”: give each a name of its own.", zh: "已有画像叫“{name}”，换个名字，讨论时才不会混淆。";
        PartName => en: "name", zh: "名称";
        PartDemographics => en: "demographics", zh: "人口特征";
        PartInterests => en: "interests", zh: "兴趣";
        PartInfoHabits => en: "information habits", zh: "信息习惯";
        PartSocial => en: "social behaviour", zh: "社交行为";
        PartPains => en: "pains", zh: "痛点";
        PartGathering => en: "where they gather", zh: "聚集地";
        PartTopics => en: "topics", zh: "话题";
        PartMotivators => en: "what moves them", zh: "打动因素";

        // Findings
        WithoutName => en: "Give this persona a name the team will remember.", zh: "给这个画像起一个团队记得住的名字。";

        // Compare
        Compare => en: "Compare personas", zh: "对比画像";
        ComparePick => en: "Personas to compare", zh: "选择要对比的画像";
        ComparePickTwo => en: "Pick at least two personas to see them side by side.", zh: "请至少选择两个画像，才能并排对比。";
        CompareCaption => en: "Personas side by side", zh: "画像并排对比";
        CompareField => en: "Field", zh: "维度";
        CompareEmpty => en: "Not filled in", zh: "未填写";
    }
}

/// A persona's name for labels: the name itself, or "Unnamed persona".
pub fn shown_name(name: &str, unnamed: &str) -> String {
    let name = name.trim();
    if name.is_empty() {
        unnamed.to_string()
    } else {
        name.to_string()
    }
}

/// A label followed by the name it is about: "Delete persona: Mia" / "删除画像：小雨".
pub fn named(locale: Locale, label: &str, name: &str) -> String {
    super::labelled(locale, label, name)
}

/// The short name of a field group, for the list of what is missing.
pub fn part_text(part: PersonaPart) -> PersonaText {
    match part {
        PersonaPart::Name => PersonaText::PartName,
        PersonaPart::Demographics => PersonaText::PartDemographics,
        PersonaPart::Interests => PersonaText::PartInterests,
        PersonaPart::InfoHabits => PersonaText::PartInfoHabits,
        PersonaPart::SocialBehaviour => PersonaText::PartSocial,
        PersonaPart::Pains => PersonaText::PartPains,
        PersonaPart::Gathering => PersonaText::PartGathering,
        PersonaPart::Topics => PersonaText::PartTopics,
        PersonaPart::Motivators => PersonaText::PartMotivators,
    }
}

/// The names of the eight avatar colours, in palette order.
pub const COLOUR_NAMES: [PersonaText; 8] = [
    PersonaText::ColourOrange,
    PersonaText::ColourSkyBlue,
    PersonaText::ColourBluishGreen,
    PersonaText::ColourYellow,
    PersonaText::ColourBlue,
    PersonaText::ColourVermilion,
    PersonaText::ColourReddishPurple,
    PersonaText::ColourBlack,
];

/// The completeness line: "6 of 9 · missing: pains, topics" / "已填 6/9 项 · 还缺：痛点、话题".
pub fn meter_text(locale: Locale, done: usize, total: usize, missing: &[PersonaPart]) -> String {
    let counted = |key: PersonaText, list: &str| {
        tf(
            locale,
            key,
            &[("done", &done), ("total", &total), ("list", &list)],
        )
    };
    if missing.is_empty() {
        return counted(PersonaText::MeterComplete, "");
    }
    let names = missing.iter().map(|p| t(locale, part_text(*p)));
    counted(PersonaText::MeterMissing, &join_list(locale, names))
}

/// An age range for reading: "25–34", "30+", "up to 24" / "25–34 岁", "30 岁以上", "24 岁以下".
pub fn age_range_text(locale: Locale, min: Option<u8>, max: Option<u8>) -> Option<String> {
    let key = match (min, max) {
        (None, None) => return None,
        (Some(_), Some(_)) => PersonaText::AgeRangeBetween,
        (Some(_), None) => PersonaText::AgeRangeFrom,
        (None, Some(_)) => PersonaText::AgeRangeUpTo,
    };
    let (min, max) = (min.unwrap_or_default(), max.unwrap_or_default());
    Some(tf(locale, key, &[("min", &min), ("max", &max)]))
}

/// One sentence for a finding about a single persona; `None` for findings of other steps or of
/// the list as a whole (the coach panel words those).
pub fn persona_finding_text(locale: Locale, kind: &FindingKind) -> Option<String> {
    Some(match kind {
        FindingKind::PersonaWithoutName => t(locale, PersonaText::WithoutName).to_string(),
        FindingKind::AgeRangeReversed { min, max } => tf(
            locale,
            PersonaText::AgeReversed,
            &[("min", min), ("max", max)],
        ),
        FindingKind::AgeOutOfRange { age } => tf(
            locale,
            PersonaText::AgeImplausible,
            &[("age", age), ("max_age", &MAX_AGE)],
        ),
        FindingKind::DuplicatePersonaName { name } => {
            tf(locale, PersonaText::DuplicateName, &[("name", name)])
        }
        _ => return None,
    })
}

/// The name of a platform of the plan, as the picker shows it (the strategy step's name for it).
pub fn platform_name(locale: Locale, platform: &Platform) -> String {
    super::strategy::platform_label(locale, platform)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meter_text_names_what_is_missing_in_each_language() {
        let missing = [
            PersonaPart::Pains,
            PersonaPart::Topics,
            PersonaPart::Motivators,
        ];
        assert_eq!(
            meter_text(Locale::En, 6, 9, &missing),
            "6 of 9 · missing: pains, topics, what moves them"
        );
        assert_eq!(
            meter_text(Locale::ZhCn, 6, 9, &missing),
            "已填 6/9 项 · 还缺：痛点、话题、打动因素"
        );
        assert_eq!(meter_text(Locale::En, 9, 9, &[]), "9 of 9 · complete");
    }

    #[test]
    fn age_ranges_read_naturally() {
        assert_eq!(
            age_range_text(Locale::En, Some(25), Some(34)).as_deref(),
            Some("25–34")
        );
        assert_eq!(
            age_range_text(Locale::En, Some(30), None).as_deref(),
            Some("30+")
        );
        assert_eq!(
            age_range_text(Locale::ZhCn, None, Some(24)).as_deref(),
            Some("24 岁以下")
        );
        assert_eq!(age_range_text(Locale::ZhCn, None, None), None);
    }

    #[test]
    fn persona_findings_are_worded_and_others_are_left_to_the_coach() {
        let reversed = FindingKind::AgeRangeReversed { min: 50, max: 30 };
        let zh = persona_finding_text(Locale::ZhCn, &reversed).unwrap_or_default();
        assert!(zh.contains("50") && zh.contains("30"), "{zh}");
        assert!(!zh.contains(',') && !zh.contains(':'), "{zh}");
        let dup = FindingKind::DuplicatePersonaName { name: "Mia".into() };
        assert!(persona_finding_text(Locale::En, &dup).is_some_and(|s| s.contains("Mia")));
        assert_eq!(
            persona_finding_text(Locale::En, &FindingKind::NoPersona),
            None
        );
    }

    #[test]
    fn names_follow_their_label_with_the_right_colon() {
        assert_eq!(
            named(Locale::En, "Delete persona", "Mia"),
            "Delete persona: Mia"
        );
        assert_eq!(named(Locale::ZhCn, "删除画像", "小雨"), "删除画像：小雨");
    }

    #[test]
    fn a_blank_name_is_shown_as_unnamed() {
        assert_eq!(shown_name("  ", "Unnamed persona"), "Unnamed persona");
        assert_eq!(shown_name(" Mia ", "Unnamed persona"), "Mia");
    }
}
