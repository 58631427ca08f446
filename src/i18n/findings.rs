//! Words for the checks of every step: one sentence per kind of finding, saying what to do.

use super::Locale;
use crate::model::checks::{Checkpoint, FindingKind, PersonaPart};
use crate::model::voice_check::MatchKind;
use crate::model::{PlatformKind, ThemeKind};

/// What to do about `kind`, in one sentence.
pub fn finding_text(locale: Locale, kind: &FindingKind) -> String {
    use FindingKind::*;
    let zh = locale == Locale::ZhCn;
    let pick = |en: &str, zh_text: &str| {
        if zh {
            zh_text.to_string()
        } else {
            en.to_string()
        }
    };
    match kind {
        NoRole => pick(
            "Choose at least one role for social media.",
            "请至少选择一个社交媒体角色。",
        ),
        NoPrimaryRole => pick(
            "Mark one role as primary: it decides what comes first.",
            "请把一个角色设为主要角色，它决定优先做什么。",
        ),
        PrimaryRoleNotInList => pick(
            "The primary role is no longer chosen; mark another one.",
            "主要角色已被移除，请重新选择。",
        ),
        RoleWithoutWhy => pick(
            "A role has no reason. Without one, it is social media for its own sake.",
            "有角色没有写理由。没有理由，就是为了做社交媒体而做。",
        ),
        RoleWhyTooShort => pick(
            "A role's reason is very short; say how it serves the business.",
            "有角色的理由太简短，请说明它如何服务业务。",
        ),
        CustomRoleWithoutName => pick("Give your own role a name.", "请为自定义角色命名。"),
        DuplicateRole => pick(
            "The same role is chosen twice; keep one.",
            "同一个角色选了两次，请保留一个。",
        ),
        NoVision => pick(
            "Write the long-term vision the role serves.",
            "请写下这个角色服务的长期愿景。",
        ),
        NoObjective => pick(
            "Add at least one short-term objective.",
            "请至少添加一个短期目标。",
        ),
        NoPlatform => pick(
            "Pick the platforms you run or plan to run.",
            "请选择正在运营或计划运营的平台。",
        ),
        PlatformWithoutRole => pick(
            "A platform carries no role; say which role it serves.",
            "有平台没有分配角色，请说明它承担哪个角色。",
        ),
        PlatformRoleNotInList => pick(
            "A platform's role was removed; choose another.",
            "有平台的角色已被移除，请重新选择。",
        ),
        CustomPlatformWithoutName => {
            pick("Give the other platform a name.", "请填写其他平台的名称。")
        }
        NoPersona => pick(
            "Add at least one audience persona.",
            "请至少添加一个用户画像。",
        ),
        NoPrimaryPersona => pick(
            "Mark at least one persona as primary.",
            "请至少把一个用户画像设为主要受众。",
        ),
        PersonaWithoutName => pick("Give every persona a name.", "请为每个用户画像起个名字。"),
        AgeRangeReversed { min, max } => {
            if zh {
                format!("年龄范围 {min}–{max} 前后颠倒了。")
            } else {
                format!("The age range {min}–{max} is the wrong way round.")
            }
        }
        AgeOutOfRange { age } => {
            if zh {
                format!("年龄 {age} 不太合理，请检查。")
            } else {
                format!("An age of {age} looks wrong; check it.")
            }
        }
        DuplicatePersonaName { name } => {
            if zh {
                format!("两个用户画像都叫「{name}」，请区分开。")
            } else {
                format!("Two personas are called \u{201c}{name}\u{201d}; tell them apart.")
            }
        }
        NoCoreValues => pick(
            "Write the brand's core values; the voice must match them.",
            "请写下品牌核心价值，品牌声音要与之一致。",
        ),
        TooFewTraits { count, min } => {
            if zh {
                format!("目前有 {count} 个个性特质，至少需要 {min} 个。")
            } else {
                format!("{count} personality traits so far; the voice needs at least {min}.")
            }
        }
        TooManyTraits { count, max } => {
            if zh {
                format!("{count} 个个性特质太多了，超过 {max} 个就很难记住。")
            } else {
                format!("{count} traits are more than anyone remembers; keep it to {max}.")
            }
        }
        TraitWithoutWeAre => pick(
            "A trait has no \u{201c}we are\u{201d} half.",
            "有特质没有写「我们是」。",
        ),
        TraitWithoutButNot => pick(
            "A trait has no \u{201c}but not\u{201d} half; it keeps the trait from going too far.",
            "有特质没有写「但不是」，它能防止特质用过了头。",
        ),
        NoWordsToUse => pick(
            "Add a few words the brand likes to use.",
            "请添加几个品牌常用词。",
        ),
        NoWordsToAvoid => pick(
            "Add the words the brand never uses.",
            "请添加品牌避免使用的词。",
        ),
        WordToUseIsAvoided { word, term, list } => {
            let which_zh = if *list == MatchKind::ForbiddenClaim {
                "绝对化用语"
            } else {
                "避免用词"
            };
            let which_en = if *list == MatchKind::ForbiddenClaim {
                "a forbidden claim"
            } else {
                "a word to avoid"
            };
            if zh {
                format!("常用词「{word}」包含{which_zh}「{term}」。")
            } else {
                format!("The word to use \u{201c}{word}\u{201d} contains {which_en}: \u{201c}{term}\u{201d}.")
            }
        }
        NoSamplePost => pick(
            "Write a sample post in the brand's voice.",
            "请用品牌的语气写一条示例帖子。",
        ),
        NoComplaintReply => pick(
            "Write a sample reply to a complaint.",
            "请写一条回复投诉的示例。",
        ),
        SampleUsesAvoidWords { terms } => {
            let list = terms.join(if zh { "、" } else { ", " });
            if zh {
                format!("示例中用了避免用词：{list}。")
            } else {
                format!("A sample uses words to avoid: {list}.")
            }
        }
        SampleMakesForbiddenClaims { terms } => {
            let list = terms.join(if zh { "、" } else { ", " });
            if zh {
                format!("示例中有广告法禁止的绝对化用语：{list}。")
            } else {
                format!("A sample makes absolute claims the advertising law forbids: {list}.")
            }
        }
        NoGoal => pick("Set at least one goal.", "请至少设定一个目标。"),
        GoalWithoutTitle => pick("Give every goal a title.", "请为每个目标写一个标题。"),
        GoalLetterFails { letter } => {
            let name = super::goals::letter_name(locale, *letter);
            if zh {
                format!(
                    "有目标不满足「{name}」（{}），请按目标下的提示修改。",
                    letter.initial()
                )
            } else {
                format!(
                    "A goal is not {name} ({}): follow the hints under the goal.",
                    letter.initial()
                )
            }
        }
        GoalLetterWeak { letter } => {
            let name = super::goals::letter_name(locale, *letter);
            if zh {
                format!("有目标的「{name}」（{}）值得再看一下。", letter.initial())
            } else {
                format!(
                    "A goal's {name} ({}) check is worth a second look.",
                    letter.initial()
                )
            }
        }
        NoTeamModel => pick(
            "Choose how the team is organised.",
            "请选择团队的组织模式。",
        ),
        TeamModelWithoutWhy => pick(
            "Say in a sentence why this model suits you.",
            "请用一句话说明为什么这个模式适合你们。",
        ),
        NoTeamRole => pick("Add the roles of the team.", "请添加团队岗位。"),
        NoTeamPerson => pick(
            "Add the people who do the work, even if it is just you.",
            "请添加负责这些工作的人，哪怕只有你自己。",
        ),
        TeamRoleUnheld => pick("A role nobody holds yet.", "有岗位还没有人担任。"),
        PersonOverAvailability {
            assigned,
            availability,
        } => {
            if zh {
                format!("有人被分配了{assigned}%的时间，但只能投入{availability}%。")
            } else {
                format!("Someone is given {assigned}% of a week but can give {availability}%.")
            }
        }
        PersonOverFullTime { assigned } => {
            if zh {
                format!("有人的工作量达到{assigned}%，超过了全职，难以持续。")
            } else {
                format!("Someone's load is {assigned}%, over a full-time week: this cannot last.")
            }
        }
        RaciNoAccountable { activity } => {
            let name = super::team::activity_name(locale, *activity);
            if zh {
                format!("「{name}」没有 A：请指定一个拍板的岗位。")
            } else {
                format!("{name} has no A: name the one role that makes the final call.")
            }
        }
        RaciSeveralAccountable { activity, count } => {
            let name = super::team::activity_name(locale, *activity);
            if zh {
                format!("「{name}」有{count}个 A：只能保留一个。")
            } else {
                format!("{name} has {count} A's: keep exactly one.")
            }
        }
        NoApprovalStep => pick(
            "No approval path yet: who checks a post before it goes out?",
            "还没有审批路径：内容发布前由谁把关？",
        ),
        ApprovalStepWithoutWho => pick(
            "An approval step does not say who signs off.",
            "有审批环节没有写明审批人。",
        ),
        NoTheme => pick(
            "Add at least one content theme.",
            "请至少添加一个内容主题。",
        ),
        SharesNotHundred { total } => {
            if zh {
                format!("主题占比合计{total}%，应为100%。")
            } else {
                format!("The themes' shares add up to {total}%, not 100%.")
            }
        }
        CustomThemeWithoutName => pick("Give your own theme a name.", "请为自定义主题命名。"),
        ThemeWithoutPersona { kind, name } => {
            let theme = theme_shown(locale, *kind, name);
            if zh {
                format!("主题「{theme}」没有服务任何用户画像，请勾选它写给谁。")
            } else {
                format!("“{theme}” serves no persona: tick whom it is written for.")
            }
        }
        ThemeWithoutGoal { kind, name } => {
            let theme = theme_shown(locale, *kind, name);
            if zh {
                format!("主题「{theme}」没有支持任何目标，请勾选它推动的目标。")
            } else {
                format!("“{theme}” supports no goal: tick the goal it moves.")
            }
        }
        PersonaNotServed { name } => {
            let name = shown_or(name, pick("an unnamed persona", "未命名画像"));
            if zh {
                format!("没有主题为「{name}」而写。")
            } else {
                format!("No theme is written for {name}.")
            }
        }
        GoalNotSupported { title } => {
            let title = shown_or(title, pick("an untitled goal", "未命名目标"));
            if zh {
                format!("没有主题支持目标「{title}」。")
            } else {
                format!("No theme supports the goal “{title}”.")
            }
        }
        NoPlatformForFormats => pick(
            "Choose platforms in step 1 to plan their formats.",
            "请先在第1步中选择平台，再规划内容形式。",
        ),
        PlatformWithoutFormats { kind, name } => {
            let platform = platform_shown(locale, *kind, name);
            if zh {
                format!("请为{platform}选择内容形式。")
            } else {
                format!("Choose the formats for {platform}.")
            }
        }
        PlatformWithoutCadence { kind, name } => {
            let platform = platform_shown(locale, *kind, name);
            if zh {
                format!("请填写{platform}每周发布几条。")
            } else {
                format!("Say how many posts a week go on {platform}.")
            }
        }
        InvalidColourHex { hex } => {
            if hex.is_empty() {
                pick(
                    "A brand colour has no colour code yet.",
                    "有品牌色还没有填写色值。",
                )
            } else if zh {
                format!("「{hex}」不是有效的色值，请写 # 加六位数字或字母 A–F。")
            } else {
                format!("“{hex}” is not a colour code: write # and six digits or letters A–F.")
            }
        }
    }
}

/// `text` trimmed, or `fallback` when it is blank.
fn shown_or(text: &str, fallback: String) -> String {
    let text = text.trim();
    if text.is_empty() {
        fallback
    } else {
        text.to_string()
    }
}

/// A theme's name in a finding.
fn theme_shown(locale: Locale, kind: ThemeKind, name: &str) -> String {
    let theme = crate::model::Theme {
        kind,
        name: name.to_string(),
        ..Default::default()
    };
    super::content_names::theme_label(locale, &theme)
}

/// A platform's name in a finding.
fn platform_shown(locale: Locale, kind: PlatformKind, name: &str) -> String {
    let platform = crate::model::Platform {
        kind,
        custom_name: name.to_string(),
        ..Default::default()
    };
    super::strategy::platform_label(locale, &platform)
}

/// The name of a persona field group.
pub fn persona_part_name(locale: Locale, part: PersonaPart) -> &'static str {
    let zh = locale == Locale::ZhCn;
    match part {
        PersonaPart::Name => {
            if zh {
                "名字"
            } else {
                "name"
            }
        }
        PersonaPart::Demographics => {
            if zh {
                "人口统计特征"
            } else {
                "demographics"
            }
        }
        PersonaPart::Interests => {
            if zh {
                "兴趣偏好"
            } else {
                "interests"
            }
        }
        PersonaPart::InfoHabits => {
            if zh {
                "信息获取习惯"
            } else {
                "information habits"
            }
        }
        PersonaPart::SocialBehaviour => {
            if zh {
                "社交行为"
            } else {
                "social behaviour"
            }
        }
        PersonaPart::Pains => {
            if zh {
                "需求与痛点"
            } else {
                "needs and pains"
            }
        }
        PersonaPart::Gathering => {
            if zh {
                "聚集的地方"
            } else {
                "where they gather"
            }
        }
        PersonaPart::Topics => {
            if zh {
                "乐于讨论的话题"
            } else {
                "topics"
            }
        }
        PersonaPart::Motivators => {
            if zh {
                "如何被打动"
            } else {
                "what moves them"
            }
        }
    }
}

/// A short name for what a checkpoint asks (for "still to do" lists).
pub fn checkpoint_text(locale: Locale, checkpoint: Checkpoint) -> String {
    use Checkpoint::*;
    let zh = locale == Locale::ZhCn;
    let pick = |en: &str, zh_text: &str| {
        if zh {
            zh_text.to_string()
        } else {
            en.to_string()
        }
    };
    match checkpoint {
        RoleChosen => pick("a role", "选择角色"),
        PrimaryRoleChosen => pick("a primary role", "主要角色"),
        RolesExplained => pick("a reason for every role", "每个角色的理由"),
        VisionWritten => pick("the vision", "长期愿景"),
        ObjectiveWritten => pick("an objective", "短期目标"),
        PlatformChosen => pick("a platform", "选择平台"),
        PlatformsAssigned => pick("a role for every platform", "每个平台的角色"),
        PersonaAdded => pick("a persona", "添加用户画像"),
        PrimaryPersonaChosen => pick("a primary persona", "主要受众"),
        PersonaPart(_, part) => persona_part_name(locale, part).to_string(),
        CoreValuesWritten => pick("core values", "核心价值"),
        TraitsChosen => pick("three traits", "三个个性特质"),
        TraitsPaired => pick("both halves of every trait", "每个特质的两面"),
        WordsChosen => pick("words to use and avoid", "常用词与避免用词"),
        SamplePostWritten => pick("a sample post", "示例帖子"),
        ComplaintReplyWritten => pick("a complaint reply", "投诉回复示例"),
        SamplesFollowVoice => pick("samples that follow the voice", "符合品牌声音的示例"),
        GoalAdded => pick("a goal", "设定目标"),
        GoalTitled(_) => pick("a title for every goal", "每个目标的标题"),
        GoalLetter(_, letter) => {
            let name = super::goals::letter_name(locale, letter);
            if zh {
                format!("目标的{name}（{}）", letter.initial())
            } else {
                format!("{name} ({}) for every goal", letter.initial())
            }
        }
        TeamModelChosen => pick("a team model", "团队模式"),
        TeamRolesHeld => pick("someone in every role", "每个岗位都有人担任"),
        TeamPeopleLoaded => pick("people with a sustainable load", "合理分配的人员"),
        RaciComplete => pick("one A for every activity", "每项工作一个 A"),
        ApprovalPathSet => pick("an approval path", "审批路径"),
        ThemeAdded => pick("a content theme", "添加内容主题"),
        SharesAddUp => pick("shares adding up to 100%", "占比合计100%"),
        ThemesLinked => pick(
            "a persona and a goal for every theme",
            "每个主题的画像与目标",
        ),
        FormatsPlanned => pick(
            "formats and a cadence for every platform",
            "每个平台的形式与频率",
        ),
        ColoursValid => pick("valid colour codes", "有效的色值"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_findings_use_full_width_punctuation() {
        let kinds = [
            FindingKind::NoRole,
            FindingKind::RoleWithoutWhy,
            FindingKind::AgeRangeReversed { min: 40, max: 20 },
            FindingKind::TooFewTraits { count: 1, min: 3 },
            FindingKind::SampleUsesAvoidWords {
                terms: vec!["便宜".into(), "cheap".into()],
            },
            FindingKind::SharesNotHundred { total: 85 },
            FindingKind::ThemeWithoutGoal {
                kind: ThemeKind::UserStories,
                name: String::new(),
            },
            FindingKind::PersonaNotServed { name: "".into() },
            FindingKind::GoalNotSupported {
                title: "涨粉".into(),
            },
            FindingKind::PlatformWithoutFormats {
                kind: PlatformKind::Weibo,
                name: String::new(),
            },
            FindingKind::PlatformWithoutCadence {
                kind: PlatformKind::Custom,
                name: "B站".into(),
            },
            FindingKind::InvalidColourHex { hex: "#12".into() },
            FindingKind::InvalidColourHex { hex: String::new() },
        ];
        for kind in kinds {
            let zh = finding_text(Locale::ZhCn, &kind);
            assert!(
                !zh.contains(',') && !zh.contains('?') && !zh.contains(';'),
                "{zh}"
            );
            assert!(zh.ends_with('。'), "{zh}");
            let en = finding_text(Locale::En, &kind);
            assert!(en.ends_with('.'), "{en}");
        }
    }

    #[test]
    fn findings_carry_their_numbers() {
        let kind = FindingKind::TooFewTraits { count: 2, min: 3 };
        assert_eq!(
            finding_text(Locale::En, &kind),
            "2 personality traits so far; the voice needs at least 3."
        );
        assert_eq!(
            finding_text(Locale::ZhCn, &kind),
            "目前有 2 个个性特质，至少需要 3 个。"
        );
        let kind = FindingKind::PlatformWithoutCadence {
            kind: PlatformKind::Weibo,
            name: String::new(),
        };
        assert_eq!(
            finding_text(Locale::En, &kind),
            "Say how many posts a week go on Weibo."
        );
        assert_eq!(
            finding_text(Locale::ZhCn, &kind),
            "请填写微博每周发布几条。"
        );
        assert_eq!(
            finding_text(Locale::En, &FindingKind::SharesNotHundred { total: 85 }),
            "The themes' shares add up to 85%, not 100%."
        );
    }
}
