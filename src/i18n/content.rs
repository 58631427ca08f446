//! The words of step 6's editors (themes, coverage, formats per platform, style rules, creation
//! principles and the mix report), plus the sentences built from numbers: the share total, the
//! contrast of a colour, a platform's weekly cadence. Names of the fixed vocabulary (theme kinds,
//! formats, principles) live in [`super::content_names`].

use std::cmp::Ordering;

use super::{join_list, t, tf, Locale};

crate::texts! {
    /// Interface texts of the content step.
    pub enum ContentText {
        GuideHeading => en: "How to plan your content", zh: "如何规划内容";
        GuideDecide => en: "Decide the few themes you keep coming back to, whom each one serves and which goal it moves, what share of your posts it gets, and which formats each platform uses how often.", zh: "确定你会反复讲的几个主题，每个主题服务哪些用户、推动哪个目标、占多少比例，以及每个平台用哪些形式、多久发一次。";
        GuideWhy => en: "A fixed set of themes keeps the account recognisable and makes ideas easier to find. Shares stop one theme, usually product promotion, from crowding out the rest.", zh: "固定的主题让账号更有辨识度，也让选题更容易。设定占比可以防止某一个主题（通常是产品推广）挤掉其他内容。";
        GuideExampleLabel => en: "Example", zh: "示例";
        GuideExample => en: "A café chain on Xiaohongshu and Weibo: user stories 30% (regulars and their usual order), product value 25% (the new seasonal drinks), industry insight 15% (where the beans come from), brand culture 15% (a day with the roasting team), fun and interaction 15% (a weekly latte-art vote).", zh: "一家在小红书和微博运营的连锁咖啡馆：用户故事30%（熟客和他们的常点饮品），产品价值25%（季节新品），行业洞察15%（咖啡豆的产地），品牌文化15%（烘焙团队的一天），趣味互动15%（每周拉花投票）。";

        ThemesHeading => en: "Themes", zh: "内容主题";
        ThemesIntro => en: "Content pillars: the subjects you return to again and again. Give each one a description, the personas and goals it serves, and its target share of all posts.", zh: "内容支柱：你会反复讲述的话题。为每个主题写上说明、它服务的用户画像和目标，以及它在全部内容中的目标占比。";
        ThemesEmptyWhy => en: "Themes keep the account recognisable and turn the strategy into things to post about.", zh: "主题让账号有辨识度，也把策略变成可以发布的内容。";
        AddCustomTheme => en: "Custom theme", zh: "自定义主题";
        StartFromFive => en: "Start from the handbook's five themes", zh: "从手册中的五个主题开始";
        QuickAddHeading => en: "Add a theme", zh: "添加主题";
        ThemeNameLabel => en: "Theme name", zh: "主题名称";
        ThemeNameHint => en: "Leave empty to use the standard name.", zh: "留空则使用标准名称。";
        ThemeNamePlaceholder => en: "e.g. Behind the counter", zh: "例如：吧台背后的故事";
        ThemeDescriptionLabel => en: "What it covers", zh: "主题内容";
        ThemeDescriptionHint => en: "One or two sentences and an example post.", zh: "一两句话说明，并举一个帖子的例子。";
        ShareLabel => en: "Target share of posts (%)", zh: "目标占比（%）";
        ServesPersonas => en: "Personas it serves", zh: "服务的用户画像";
        SupportsGoals => en: "Goals it supports", zh: "支持的目标";
        NoPersonasYet => en: "No personas yet. Write them in step 2.", zh: "还没有用户画像，请先在第2步中填写。";
        GoToPersonas => en: "Go to step 2 · Personas", zh: "前往第2步：用户画像";
        NoGoalsYet => en: "No goals yet. Set them in step 4.", zh: "还没有目标，请先在第4步中设定。";
        GoToGoals => en: "Go to step 4 · SMART goals", zh: "前往第4步：SMART 目标";
        UnnamedPersona => en: "Unnamed persona", zh: "未命名画像";
        DeleteTheme => en: "Delete", zh: "删除";
        MoveUp => en: "Move up", zh: "上移";
        MoveDown => en: "Move down", zh: "下移";

        CoverageHeading => en: "Coverage", zh: "覆盖情况";
        CoverageIntro => en: "Every persona should have a theme written for them, and every goal a theme that moves it. Gaps are marked in the tables.", zh: "每个用户画像都应该有为他们而写的主题，每个目标都应该有推动它的主题。表格中会标出空缺。";
        CoveragePersonasCaption => en: "Themes and the personas they serve", zh: "主题与服务的用户画像";
        CoverageGoalsCaption => en: "Themes and the goals they support", zh: "主题与支持的目标";
        CoverageThemeColumn => en: "Theme", zh: "主题";
        CoverageYes => en: "Yes", zh: "是";
        CoverageNo => en: "No", zh: "否";
        CoverageGap => en: "Gap", zh: "空缺";
        CoverageNoTheme => en: "no theme", zh: "无主题";
        CoverageNoPersona => en: "serves no persona", zh: "未服务任何画像";
        CoverageNoGoal => en: "supports no goal", zh: "未支持任何目标";
        CoverageNeedsThemes => en: "Add a theme to see which personas and goals it covers.", zh: "添加主题后即可看到它覆盖了哪些用户画像和目标。";
        CoverageNoPersonas => en: "No personas to cover yet.", zh: "还没有需要覆盖的用户画像。";
        CoverageNoGoals => en: "No goals to support yet.", zh: "还没有需要支持的目标。";
        CoverageAllPersonas => en: "Every persona is served by at least one theme.", zh: "每个用户画像都至少有一个主题服务。";
        CoverageAllGoals => en: "Every goal is supported by at least one theme.", zh: "每个目标都至少有一个主题支持。";
        CoverageUncoveredPersonas => en: "Nobody writes for", zh: "没有主题服务的画像";
        CoverageUnsupportedGoals => en: "No theme supports", zh: "没有主题支持的目标";

        FormatsHeading => en: "Formats per platform", zh: "各平台的内容形式";
        FormatsIntro => en: "For each platform of your strategy, pick the formats that suit it and how many posts a week you can keep up. Fewer, steady posts beat a burst and silence.", zh: "为战略中的每个平台选择合适的内容形式，以及每周能坚持发布的数量。稳定地少发，胜过一阵猛发之后再无动静。";
        NoPlatformsYet => en: "No platforms yet. Choose them in step 1.", zh: "还没有平台，请先在第1步中选择。";
        GoToStrategy => en: "Go to step 1 · Strategy", zh: "前往第1步：战略定位";
        PostsPerWeekLabel => en: "Posts a week", zh: "每周发布数";
        FormatsLabel => en: "Formats", zh: "内容形式";
        CustomFormatsLabel => en: "Names of other formats", zh: "其他形式的名称";
        CustomFormatsHint => en: "For formats not in the list, such as a podcast or a newsletter.", zh: "列表中没有的形式，例如播客或电子简报。";
        CustomFormatsPlaceholder => en: "e.g. Podcast", zh: "例如：播客";

        StyleHeading => en: "Style and visual rules", zh: "内容风格与视觉规范";
        StyleIntro => en: "Rules that make a post recognisably yours at a glance: the same colours, fonts, tags and picture shapes every time.", zh: "让人一眼认出是你的帖子：每次都用同样的颜色、字体、话题标签和图片比例。";
        ColoursHeading => en: "Brand colours", zh: "品牌色";
        ColoursEmpty => en: "No brand colours yet. Add the two or three colours every post uses.", zh: "还没有品牌色。添加每个帖子都会用到的两三种颜色。";
        AddColour => en: "Add a colour", zh: "添加颜色";
        ColourNameLabel => en: "Colour name", zh: "颜色名称";
        ColourNamePlaceholder => en: "e.g. Roast brown", zh: "例如：烘焙棕";
        ColourHexLabel => en: "Hex code", zh: "色值";
        ColourHexHint => en: "# and six (or three) digits or letters A–F, e.g. #1A5FB4.", zh: "# 加六位（或三位）数字或字母 A–F，例如 #1A5FB4。";
        ColourHexInvalid => en: "Not a colour code yet: write # and six digits or letters A–F.", zh: "还不是有效的色值：请写 # 加六位数字或字母 A–F。";
        ColourSwatch => en: "Swatch", zh: "色块";
        ColourUnnamed => en: "Unnamed colour", zh: "未命名颜色";
        ContrastOnWhite => en: "White text on it", zh: "其上的白色文字";
        ContrastOnBlack => en: "Black text on it", zh: "其上的黑色文字";
        ContrastSample => en: "Sample text", zh: "示例文字";
        ContrastAa => en: "passes AA for all text", zh: "所有文字均达到 AA 标准";
        ContrastAaLarge => en: "AA for large text only", zh: "仅大号文字达到 AA 标准";
        ContrastFails => en: "fails: too little contrast", zh: "不合格：对比度不足";
        DeleteColour => en: "Delete colour", zh: "删除颜色";
        FontsLabel => en: "Fonts", zh: "字体";
        FontsPlaceholder => en: "e.g. Titles in Source Han Serif Bold, body in the platform's default", zh: "例如：标题用思源宋体粗体，正文用平台默认字体";
        HashtagLabel => en: "Hashtag rules", zh: "话题标签规范";
        HashtagPlaceholder => en: "e.g. Always #CityCoffee, plus one topic tag, never more than three", zh: "例如：固定使用 #城市咖啡#，再加一个话题标签，最多三个";
        EmojiLabel => en: "Emoji rules", zh: "表情符号规范";
        EmojiPlaceholder => en: "e.g. At most two per post, none in replies to complaints", zh: "例如：每帖最多两个，回复投诉时不用";
        StyleNotesLabel => en: "Other visual rules", zh: "其他视觉规范";
        StyleRulesFold => en: "Fonts, hashtags, emoji, image ratios and notes", zh: "字体、话题标签、表情、图片比例与备注";
        GuideFold => en: "What to decide, why, and an example", zh: "要决定什么、为什么，以及一个示例";
        RatiosHeading => en: "Image ratio per platform", zh: "各平台的图片比例";
        RatioLabel => en: "Image ratio", zh: "图片比例";
        RatioNotSet => en: "Not set", zh: "未设定";
        RatioOther => en: "Other…", zh: "其他…";
        RatioCustomLabel => en: "Other ratio", zh: "其他比例";

        PrinciplesHeading => en: "Creation principles", zh: "内容创作原则";
        PrinciplesIntro => en: "Every item of the calendar is checked against these three before it goes out; the calendar has a tick box for each.", zh: "日历中的每一条内容发布前都要对照这三条原则检查，日历里每条都有对应的勾选项。";

        MixHeading => en: "Mix report", zh: "内容配比报告";
        MixIntro => en: "What the calendar actually plans against what you aimed for.", zh: "日历中实际的安排与你设定的目标对比。";
        MixFoldLabel => en: "Shares by theme, posts per week, empty weeks", zh: "各主题占比、每周发布数、空档周";
        MixThemesCaption => en: "Share by theme: planned against target", zh: "各主题占比：计划与目标";
        MixPlatformsCaption => en: "Posts per platform per week against the cadence", zh: "各平台每周发布数与计划频率";
        MixThemeColumn => en: "Theme", zh: "主题";
        MixTargetColumn => en: "Target", zh: "目标";
        MixPlannedColumn => en: "Planned", zh: "计划";
        MixItemsColumn => en: "Items", zh: "条数";
        MixPlatformColumn => en: "Platform", zh: "平台";
        MixWeekColumn => en: "Week", zh: "周";
        MixCadenceColumn => en: "Cadence", zh: "计划频率";
        MixEmptyWeeks => en: "Weeks with nothing planned", zh: "没有任何安排的周";
        MixNoEmptyWeeks => en: "Every week has something planned.", zh: "每周都有安排。";
        MixNoItems => en: "Nothing is planned in the calendar yet: add items and this report fills in.", zh: "日历中还没有任何安排：添加内容后，这份报告会自动生成。";
        MixOnTarget => en: "on target", zh: "符合目标";
        MixBelow => en: "below target", zh: "低于目标";
        MixAbove => en: "above target", zh: "高于目标";
        MixNoTarget => en: "no target", zh: "无目标";
        MixUnthemed => en: "No theme", zh: "未选主题";

        // Sentences built from numbers
        SharesComplete => en: "Shares add up to 100%: the mix is complete.", zh: "占比合计100%，内容配比已完整。";
        SharesLeft => en: "Shares add up to {total}% — {left}% left to plan.", zh: "占比合计{total}%，还有{left}%未分配。";
        SharesTooMuch => en: "Shares add up to {total}% — {over}% too much: lower some themes.", zh: "占比合计{total}%，超出{over}%，请调低部分主题。";
        WeekLabel => en: "Week {week}", zh: "第{week}周";
        PerWeek => en: "{count} a week", zh: "每周{count}条";
    }
}

/// The live status of the theme shares: "Shares add up to 85% — 15% left to plan."
pub fn share_status(locale: Locale, total: u32) -> String {
    match total.cmp(&100) {
        Ordering::Equal => t(locale, ContentText::SharesComplete).to_string(),
        Ordering::Less => tf(
            locale,
            ContentText::SharesLeft,
            &[("total", &total), ("left", &(100 - total))],
        ),
        Ordering::Greater => tf(
            locale,
            ContentText::SharesTooMuch,
            &[("total", &total), ("over", &(total - 100))],
        ),
    }
}

/// A contrast ratio as people read it: "4.5:1".
pub fn contrast_ratio_text(ratio: f64) -> String {
    let rounded = (ratio * 10.0).floor() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}:1")
    } else {
        format!("{rounded:.1}:1")
    }
}

/// A list of names joined as each language writes a list.
pub fn name_list(locale: Locale, names: &[String]) -> String {
    join_list(locale, names.iter().map(String::as_str))
}

/// "Week 49" / "第49周": an ISO week number.
pub fn week_label(locale: Locale, iso_week: u32) -> String {
    tf(locale, ContentText::WeekLabel, &[("week", &iso_week)])
}

/// "3 a week" / "每周3条": the cadence of a platform.
pub fn per_week(locale: Locale, count: u32) -> String {
    tf(locale, ContentText::PerWeek, &[("count", &count)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_share_status_says_what_is_left_or_too_much() {
        assert_eq!(
            share_status(Locale::En, 85),
            "Shares add up to 85% — 15% left to plan."
        );
        assert_eq!(
            share_status(Locale::En, 120),
            "Shares add up to 120% — 20% too much: lower some themes."
        );
        assert!(share_status(Locale::En, 100).contains("complete"));
        assert_eq!(
            share_status(Locale::ZhCn, 0),
            "占比合计0%，还有100%未分配。"
        );
        assert!(share_status(Locale::ZhCn, 130).contains("超出30%"));
    }

    #[test]
    fn the_share_status_reads_as_before_in_both_languages() {
        // The sentences as the code wrote them before they became templates.
        assert_eq!(
            share_status(Locale::En, 100),
            "Shares add up to 100%: the mix is complete."
        );
        assert_eq!(
            share_status(Locale::ZhCn, 100),
            "占比合计100%，内容配比已完整。"
        );
        assert_eq!(
            share_status(Locale::ZhCn, 85),
            "占比合计85%，还有15%未分配。"
        );
        assert_eq!(
            share_status(Locale::ZhCn, 130),
            "占比合计130%，超出30%，请调低部分主题。"
        );
        assert_eq!(
            share_status(Locale::En, 0),
            "Shares add up to 0% — 100% left to plan."
        );
    }

    #[test]
    fn contrast_ratios_round_down_so_a_fail_never_reads_as_a_pass() {
        assert_eq!(contrast_ratio_text(21.0), "21:1");
        assert_eq!(contrast_ratio_text(4.49), "4.4:1");
        assert_eq!(contrast_ratio_text(4.5), "4.5:1");
    }

    #[test]
    fn lists_and_cadences_follow_the_language() {
        let names = vec!["A".to_string(), "B".to_string()];
        assert_eq!(name_list(Locale::En, &names), "A, B");
        assert_eq!(name_list(Locale::ZhCn, &names), "A、B");
        assert_eq!(per_week(Locale::En, 3), "3 a week");
        assert_eq!(per_week(Locale::ZhCn, 3), "每周3条");
        assert_eq!(week_label(Locale::En, 9), "Week 9");
        assert_eq!(week_label(Locale::ZhCn, 9), "第9周");
    }
}
