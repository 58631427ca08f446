//! Names of the content plan's fixed vocabulary in both languages: theme kinds, formats, statuses
//! and creation principles (with a one-line definition each). Shared by the content step, the
//! calendar, the exports (.ics, .csv, Markdown) and the handbook.

use super::Locale;
use crate::model::{Content, Format, Principle, Status, Theme, ThemeKind};

/// The standard name of a theme kind ("Industry insight" / "行业洞察").
pub fn theme_kind_name(locale: Locale, kind: ThemeKind) -> &'static str {
    let (en, zh) = match kind {
        ThemeKind::IndustryInsight => ("Industry insight", "行业洞察"),
        ThemeKind::ProductValue => ("Product value", "产品价值"),
        ThemeKind::UserStories => ("User stories", "用户故事"),
        ThemeKind::BrandCulture => ("Brand culture", "品牌文化"),
        ThemeKind::FunInteraction => ("Fun and interaction", "趣味互动"),
        ThemeKind::Custom => ("Custom theme", "自定义主题"),
    };
    pick(locale, en, zh)
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
    let (en, zh) = match format {
        Format::ImageText => ("Image and text", "图文"),
        Format::ShortVideo => ("Short video", "短视频"),
        Format::LiveStream => ("Live stream", "直播"),
        Format::Infographic => ("Infographic", "信息图"),
        Format::H5 => ("H5 page", "H5 页面"),
        Format::Qa => ("Q&A", "问答"),
        Format::Review => ("Review or test", "测评"),
        Format::Custom => ("Other format", "其他形式"),
    };
    pick(locale, en, zh)
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
    let (en, zh) = match status {
        Status::Idea => ("Idea", "创意"),
        Status::Drafting => ("Drafting", "撰写中"),
        Status::InReview => ("In review", "审核中"),
        Status::Approved => ("Approved", "已批准"),
        Status::Scheduled => ("Scheduled", "已排期"),
        Status::Published => ("Published", "已发布"),
    };
    pick(locale, en, zh)
}

/// The name of a creation principle ("Value first" / "价值导向").
pub fn principle_name(locale: Locale, principle: Principle) -> &'static str {
    let (en, zh) = match principle {
        Principle::Value => ("Value first", "价值导向"),
        Principle::Originality => ("Originality", "原创"),
        Principle::Resonance => ("Resonance", "共鸣"),
    };
    pick(locale, en, zh)
}

/// The one-line test a piece of content must pass for a principle.
pub fn principle_definition(locale: Locale, principle: Principle) -> &'static str {
    let (en, zh) = match principle {
        Principle::Value => (
            "The reader gets something: information, know-how, a laugh, comfort or a useful tool.",
            "读者有所收获：信息、知识、娱乐、情感慰藉或实用工具。",
        ),
        Principle::Originality => (
            "Made by us from our own material and angle, not reposted or rewritten from others.",
            "出自我们自己的素材和视角，而不是转载或改写别人的内容。",
        ),
        Principle::Resonance => (
            "Touches something the persona feels or lives, so they want to reply or share.",
            "触及目标用户的真实感受或经历，让人想评论或转发。",
        ),
    };
    pick(locale, en, zh)
}

fn pick(locale: Locale, en: &'static str, zh: &'static str) -> &'static str {
    match locale {
        Locale::En => en,
        Locale::ZhCn => zh,
    }
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
