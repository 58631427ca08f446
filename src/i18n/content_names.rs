//! Names of the content plan's fixed vocabulary in both languages: theme kinds, formats, statuses
//! and creation principles (with a one-line definition each). Shared by the content step, the
//! calendar, the exports (.ics, .csv, Markdown) and the handbook.

use super::{t, Locale};
use crate::model::{Content, Format, Principle, Status, Theme, ThemeKind};

crate::texts! {
    /// Names of the content plan's fixed vocabulary.
    pub enum ContentNameText {
        // Theme kinds
        ThemeIndustryInsight => en: "Industry insight", zh: "行业洞察";
        ThemeProductValue => en: "Product value", zh: "产品价值";
        ThemeUserStories => en: "User stories", zh: "用户故事";
        ThemeBrandCulture => en: "Brand culture", zh: "品牌文化";
        ThemeFunInteraction => en: "Fun and interaction", zh: "趣味互动";
        ThemeCustom => en: "Custom theme", zh: "自定义主题";

        // Formats
        FormatImageText => en: "Image and text", zh: "图文";
        FormatShortVideo => en: "Short video", zh: "短视频";
        FormatLiveStream => en: "Live stream", zh: "直播";
        FormatInfographic => en: "Infographic", zh: "信息图";
        FormatH5 => en: "H5 page", zh: "H5 页面";
        FormatQa => en: "Q&A", zh: "问答";
        FormatReview => en: "Review or test", zh: "测评";
        FormatCustom => en: "Other format", zh: "其他形式";

        // Workflow statuses
        StatusIdea => en: "Idea", zh: "创意";
        StatusDrafting => en: "Drafting", zh: "撰写中";
        StatusInReview => en: "In review", zh: "审核中";
        StatusApproved => en: "Approved", zh: "已批准";
        StatusScheduled => en: "Scheduled", zh: "已排期";
        StatusPublished => en: "Published", zh: "已发布";

        // Creation principles
        PrincipleValue => en: "Value first", zh: "价值导向";
        PrincipleOriginality => en: "Originality", zh: "原创";
        PrincipleResonance => en: "Resonance", zh: "共鸣";

        // The test of each creation principle
        ValueDefinition => en: "The reader gets something: information, know-how, a laugh, comfort or a useful tool.", zh: "读者有所收获：信息、知识、娱乐、情感慰藉或实用工具。";
        OriginalityDefinition => en: "Made by us from our own material and angle, not reposted or rewritten from others.", zh: "出自我们自己的素材和视角，而不是转载或改写别人的内容。";
        ResonanceDefinition => en: "Touches something the persona feels or lives, so they want to reply or share.", zh: "触及目标用户的真实感受或经历，让人想评论或转发。";
    }
}

/// The standard name of a theme kind ("Industry insight" / "行业洞察").
pub fn theme_kind_name(locale: Locale, kind: ThemeKind) -> &'static str {
    let key = match kind {
        ThemeKind::IndustryInsight => ContentNameText::ThemeIndustryInsight,
        ThemeKind::ProductValue => ContentNameText::ThemeProductValue,
        ThemeKind::UserStories => ContentNameText::ThemeUserStories,
        ThemeKind::BrandCulture => ContentNameText::ThemeBrandCulture,
        ThemeKind::FunInteraction => ContentNameText::ThemeFunInteraction,
        ThemeKind::Custom => ContentNameText::ThemeCustom,
    };
    t(locale, key)
}

/// The name a theme shows: what the user typed, else the standard name of its kind.
pub fn theme_label(locale: Locale, theme: &Theme) -> String {
    let typed = theme.name.trim();
    if typed.is_empty() {
        theme_kind_name(locale, theme.kind).to_string()
    } else {
        typed.to_string()
    }
}

/// The name of a content format ("Short video" / "短视频").
pub fn format_name(locale: Locale, format: Format) -> &'static str {
    let key = match format {
        Format::ImageText => ContentNameText::FormatImageText,
        Format::ShortVideo => ContentNameText::FormatShortVideo,
        Format::LiveStream => ContentNameText::FormatLiveStream,
        Format::Infographic => ContentNameText::FormatInfographic,
        Format::H5 => ContentNameText::FormatH5,
        Format::Qa => ContentNameText::FormatQa,
        Format::Review => ContentNameText::FormatReview,
        Format::Custom => ContentNameText::FormatCustom,
    };
    t(locale, key)
}

/// A format's name, using the plan's own name for the custom format when it has exactly one.
pub fn format_label(locale: Locale, format: Format, content: &Content) -> String {
    match (format, content.custom_formats.as_slice()) {
        (Format::Custom, [only]) if !only.trim().is_empty() => only.trim().to_string(),
        _ => format_name(locale, format).to_string(),
    }
}

/// The name of a workflow status ("In review" / "审核中").
pub fn status_name(locale: Locale, status: Status) -> &'static str {
    let key = match status {
        Status::Idea => ContentNameText::StatusIdea,
        Status::Drafting => ContentNameText::StatusDrafting,
        Status::InReview => ContentNameText::StatusInReview,
        Status::Approved => ContentNameText::StatusApproved,
        Status::Scheduled => ContentNameText::StatusScheduled,
        Status::Published => ContentNameText::StatusPublished,
    };
    t(locale, key)
}

/// The name of a creation principle ("Value first" / "价值导向").
pub fn principle_name(locale: Locale, principle: Principle) -> &'static str {
    let key = match principle {
        Principle::Value => ContentNameText::PrincipleValue,
        Principle::Originality => ContentNameText::PrincipleOriginality,
        Principle::Resonance => ContentNameText::PrincipleResonance,
    };
    t(locale, key)
}

/// The one-line test a piece of content must pass for a principle.
pub fn principle_definition(locale: Locale, principle: Principle) -> &'static str {
    let key = match principle {
        Principle::Value => ContentNameText::ValueDefinition,
        Principle::Originality => ContentNameText::OriginalityDefinition,
        Principle::Resonance => ContentNameText::ResonanceDefinition,
    };
    t(locale, key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_exists_in_both_languages_and_differs() {
        for locale in Locale::ALL {
            for kind in ThemeKind::BUILT_IN {
                assert!(!theme_kind_name(locale, kind).is_empty());
            }
            for format in Format::ALL {
                assert!(!format_name(locale, format).is_empty());
            }
            for principle in Principle::ALL {
                assert!(principle_definition(locale, principle).len() > 10);
            }
        }
        for status in Status::ALL {
            assert_ne!(
                status_name(Locale::En, status),
                status_name(Locale::ZhCn, status)
            );
        }
    }

    #[test]
    fn typed_theme_names_and_a_single_custom_format_win() {
        let mut theme = Theme {
            kind: ThemeKind::UserStories,
            ..Theme::default()
        };
        assert_eq!(theme_label(Locale::ZhCn, &theme), "用户故事");
        theme.name = "Regulars' corner".into();
        assert_eq!(theme_label(Locale::ZhCn, &theme), "Regulars' corner");

        let mut content = Content::default();
        assert_eq!(
            format_label(Locale::En, Format::Custom, &content),
            "Other format"
        );
        content.custom_formats = vec!["Podcast".into()];
        assert_eq!(
            format_label(Locale::En, Format::Custom, &content),
            "Podcast"
        );
        assert_eq!(format_label(Locale::En, Format::Qa, &content), "Q&A");
    }
}
