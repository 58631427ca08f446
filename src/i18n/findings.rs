//! Words for the checks of every step: one sentence per kind of finding, saying what to do, and
//! a short name for each checkpoint (for "still to do" lists).

use super::{join_list, t, tf, Locale};
use crate::model::checks::{Checkpoint, FindingKind, PersonaPart};
use crate::model::voice_check::MatchKind;
use crate::model::{PlatformKind, ThemeKind};

crate::texts! {
    /// What to do about each kind of finding.
    pub enum FindingText {
        NoRole => en: "Choose at least one role for social media.", zh: "请至少选择一个社交媒体角色。";
        NoPrimaryRole => en: "Mark one role as primary: it decides what comes first.", zh: "请把一个角色设为主要角色，它决定优先做什么。";
        PrimaryRoleNotInList => en: "The primary role is no longer chosen; mark another one.", zh: "主要角色已被移除，请重新选择。";
        RoleWithoutWhy => en: "A role has no reason. Without one, it is social media for its own sake.", zh: "有角色没有写理由。没有理由，就是为了做社交媒体而做。";
        RoleWhyTooShort => en: "A role's reason is very short; say how it serves the business.", zh: "有角色的理由太简短，请说明它如何服务业务。";
        CustomRoleWithoutName => en: "Give your own role a name.", zh: "请为自定义角色命名。";
        DuplicateRole => en: "The same role is chosen twice; keep one.", zh: "同一个角色选了两次，请保留一个。";
        NoVision => en: "Write the long-term vision the role serves.", zh: "请写下这个角色服务的长期愿景。";
        NoObjective => en: "Add at least one short-term objective.", zh: "请至少添加一个短期目标。";
        NoPlatform => en: "Pick the platforms you run or plan to run.", zh: "请选择正在运营或计划运营的平台。";
        PlatformWithoutRole => en: "A platform carries no role; say which role it serves.", zh: "有平台没有分配角色，请说明它承担哪个角色。";
        PlatformRoleNotInList => en: "A platform's role was removed; choose another.", zh: "有平台的角色已被移除，请重新选择。";
        CustomPlatformWithoutName => en: "Give the other platform a name.", zh: "请填写其他平台的名称。";
        NoPersona => en: "Add at least one audience persona.", zh: "请至少添加一个用户画像。";
        NoPrimaryPersona => en: "Mark at least one persona as primary.", zh: "请至少把一个用户画像设为主要受众。";
        PersonaWithoutName => en: "Give every persona a name.", zh: "请为每个用户画像起个名字。";
        AgeRangeReversed => en: "The age range {min}–{max} is the wrong way round.", zh: "年龄范围 {min}–{max} 前后颠倒了。";
        AgeOutOfRange => en: "An age of {age} looks wrong; check it.", zh: "年龄 {age} 不太合理，请检查。";
        DuplicatePersonaName => en: "Two personas are called \u{201c}{name}\u{201d}; tell them apart.", zh: "两个用户画像都叫「{name}」，请区分开。";
        NoCoreValues => en: "Write the brand's core values; the voice must match them.", zh: "请写下品牌核心价值，品牌声音要与之一致。";
        TooFewTraits => en: "{count} personality traits so far; the voice needs at least {min}.", zh: "目前有 {count} 个个性特质，至少需要 {min} 个。";
        TooManyTraits => en: "{count} traits are more than anyone remembers; keep it to {max}.", zh: "{count} 个个性特质太多了，超过 {max} 个就很难记住。";
        TraitWithoutWeAre => en: "A trait has no \u{201c}we are\u{201d} half.", zh: "有特质没有写「我们是」。";
        TraitWithoutButNot => en: "A trait has no \u{201c}but not\u{201d} half; it keeps the trait from going too far.", zh: "有特质没有写「但不是」，它能防止特质用过了头。";
        NoWordsToUse => en: "Add a few words the brand likes to use.", zh: "请添加几个品牌常用词。";
        NoWordsToAvoid => en: "Add the words the brand never uses.", zh: "请添加品牌避免使用的词。";
        WordToUseIsForbiddenClaim => en: "The word to use \u{201c}{word}\u{201d} contains a forbidden claim: \u{201c}{term}\u{201d}.", zh: "常用词「{word}」包含绝对化用语「{term}」。";
        WordToUseIsAvoided => en: "The word to use \u{201c}{word}\u{201d} contains a word to avoid: \u{201c}{term}\u{201d}.", zh: "常用词「{word}」包含避免用词「{term}」。";
        NoSamplePost => en: "Write a sample post in the brand's voice.", zh: "请用品牌的语气写一条示例帖子。";
        NoComplaintReply => en: "Write a sample reply to a complaint.", zh: "请写一条回复投诉的示例。";
        SampleUsesAvoidWords => en: "A sample uses words to avoid: {list}.", zh: "示例中用了避免用词：{list}。";
        SampleMakesForbiddenClaims => en: "A sample makes absolute claims the advertising law forbids: {list}.", zh: "示例中有广告法禁止的绝对化用语：{list}。";
        NoGoal => en: "Set at least one goal.", zh: "请至少设定一个目标。";
        GoalWithoutTitle => en: "Give every goal a title.", zh: "请为每个目标写一个标题。";
        GoalLetterFails => en: "A goal is not {name} ({initial}): follow the hints under the goal.", zh: "有目标不满足「{name}」（{initial}），请按目标下的提示修改。";
        GoalLetterWeak => en: "A goal's {name} ({initial}) check is worth a second look.", zh: "有目标的「{name}」（{initial}）值得再看一下。";
        NoTeamModel => en: "Choose how the team is organised.", zh: "请选择团队的组织模式。";
        TeamModelWithoutWhy => en: "Say in a sentence why this model suits you.", zh: "请用一句话说明为什么这个模式适合你们。";
        NoTeamRole => en: "Add the roles of the team.", zh: "请添加团队岗位。";
        NoTeamPerson => en: "Add the people who do the work, even if it is just you.", zh: "请添加负责这些工作的人，哪怕只有你自己。";
        TeamRoleUnheld => en: "A role nobody holds yet.", zh: "有岗位还没有人担任。";
        PersonOverAvailability => en: "Someone is given {assigned}% of a week but can give {availability}%.", zh: "有人被分配了{assigned}%的时间，但只能投入{availability}%。";
        PersonOverFullTime => en: "Someone's load is {assigned}%, over a full-time week: this cannot last.", zh: "有人的工作量达到{assigned}%，超过了全职，难以持续。";
        RaciNoAccountable => en: "{activity} has no A: name the one role that makes the final call.", zh: "「{activity}」没有 A：请指定一个拍板的岗位。";
        RaciSeveralAccountable => en: "{activity} has {count} A's: keep exactly one.", zh: "「{activity}」有{count}个 A：只能保留一个。";
        NoApprovalStep => en: "No approval path yet: who checks a post before it goes out?", zh: "还没有审批路径：内容发布前由谁把关？";
        ApprovalStepWithoutWho => en: "An approval step does not say who signs off.", zh: "有审批环节没有写明审批人。";
        NoTheme => en: "Add at least one content theme.", zh: "请至少添加一个内容主题。";
        SharesNotHundred => en: "The themes' shares add up to {total}%, not 100%.", zh: "主题占比合计{total}%，应为100%。";
        CustomThemeWithoutName => en: "Give your own theme a name.", zh: "请为自定义主题命名。";
        ThemeWithoutPersona => en: "“{theme}” serves no persona: tick whom it is written for.", zh: "主题「{theme}」没有服务任何用户画像，请勾选它写给谁。";
        ThemeWithoutGoal => en: "“{theme}” supports no goal: tick the goal it moves.", zh: "主题「{theme}」没有支持任何目标，请勾选它推动的目标。";
        PersonaNotServed => en: "No theme is written for {name}.", zh: "没有主题为「{name}」而写。";
        UnnamedPersona => en: "an unnamed persona", zh: "未命名画像";
        GoalNotSupported => en: "No theme supports the goal “{title}”.", zh: "没有主题支持目标「{title}」。";
        UntitledGoal => en: "an untitled goal", zh: "未命名目标";
        NoPlatformForFormats => en: "Choose platforms in step 1 to plan their formats.", zh: "请先在第1步中选择平台，再规划内容形式。";
        PlatformWithoutFormats => en: "Choose the formats for {platform}.", zh: "请为{platform}选择内容形式。";
        PlatformWithoutCadence => en: "Say how many posts a week go on {platform}.", zh: "请填写{platform}每周发布几条。";
        ColourWithoutCode => en: "A brand colour has no colour code yet.", zh: "有品牌色还没有填写色值。";
        InvalidColourHex => en: "“{hex}” is not a colour code: write # and six digits or letters A–F.", zh: "「{hex}」不是有效的色值，请写 # 加六位数字或字母 A–F。";

        // Persona field groups, as the checks name them
        PartName => en: "name", zh: "名字";
        PartDemographics => en: "demographics", zh: "人口统计特征";
        PartInterests => en: "interests", zh: "兴趣偏好";
        PartInfoHabits => en: "information habits", zh: "信息获取习惯";
        PartSocialBehaviour => en: "social behaviour", zh: "社交行为";
        PartPains => en: "needs and pains", zh: "需求与痛点";
        PartGathering => en: "where they gather", zh: "聚集的地方";
        PartTopics => en: "topics", zh: "乐于讨论的话题";
        PartMotivators => en: "what moves them", zh: "如何被打动";

        // Checkpoints, as "still to do" lists name them
        RoleChosen => en: "a role", zh: "选择角色";
        PrimaryRoleChosen => en: "a primary role", zh: "主要角色";
        RolesExplained => en: "a reason for every role", zh: "每个角色的理由";
        VisionWritten => en: "the vision", zh: "长期愿景";
        ObjectiveWritten => en: "an objective", zh: "短期目标";
        PlatformChosen => en: "a platform", zh: "选择平台";
        PlatformsAssigned => en: "a role for every platform", zh: "每个平台的角色";
        PersonaAdded => en: "a persona", zh: "添加用户画像";
        PrimaryPersonaChosen => en: "a primary persona", zh: "主要受众";
        CoreValuesWritten => en: "core values", zh: "核心价值";
        TraitsChosen => en: "three traits", zh: "三个个性特质";
        TraitsPaired => en: "both halves of every trait", zh: "每个特质的两面";
        WordsChosen => en: "words to use and avoid", zh: "常用词与避免用词";
        SamplePostWritten => en: "a sample post", zh: "示例帖子";
        ComplaintReplyWritten => en: "a complaint reply", zh: "投诉回复示例";
        SamplesFollowVoice => en: "samples that follow the voice", zh: "符合品牌声音的示例";
        GoalAdded => en: "a goal", zh: "设定目标";
        GoalTitled => en: "a title for every goal", zh: "每个目标的标题";
        GoalLetter => en: "{name} ({initial}) for every goal", zh: "目标的{name}（{initial}）";
        TeamModelChosen => en: "a team model", zh: "团队模式";
        TeamRolesHeld => en: "someone in every role", zh: "每个岗位都有人担任";
        TeamPeopleLoaded => en: "people with a sustainable load", zh: "合理分配的人员";
        RaciComplete => en: "one A for every activity", zh: "每项工作一个 A";
        ApprovalPathSet => en: "an approval path", zh: "审批路径";
        ThemeAdded => en: "a content theme", zh: "添加内容主题";
        SharesAddUp => en: "shares adding up to 100%", zh: "占比合计100%";
        ThemesLinked => en: "a persona and a goal for every theme", zh: "每个主题的画像与目标";
        FormatsPlanned => en: "formats and a cadence for every platform", zh: "每个平台的形式与频率";
        ColoursValid => en: "valid colour codes", zh: "有效的色值";
    }
}

/// What to do about `kind`, in one sentence.
pub fn finding_text(locale: Locale, kind: &FindingKind) -> String {
    use FindingKind as F;
    use FindingText as T;
    let plain = |key: FindingText| t(locale, key).to_string();
    match kind {
        F::NoRole => plain(T::NoRole),
        F::NoPrimaryRole => plain(T::NoPrimaryRole),
        F::PrimaryRoleNotInList => plain(T::PrimaryRoleNotInList),
        F::RoleWithoutWhy => plain(T::RoleWithoutWhy),
        F::RoleWhyTooShort => plain(T::RoleWhyTooShort),
        F::CustomRoleWithoutName => plain(T::CustomRoleWithoutName),
        F::DuplicateRole => plain(T::DuplicateRole),
        F::NoVision => plain(T::NoVision),
        F::NoObjective => plain(T::NoObjective),
        F::NoPlatform => plain(T::NoPlatform),
        F::PlatformWithoutRole => plain(T::PlatformWithoutRole),
        F::PlatformRoleNotInList => plain(T::PlatformRoleNotInList),
        F::CustomPlatformWithoutName => plain(T::CustomPlatformWithoutName),
        F::NoPersona => plain(T::NoPersona),
        F::NoPrimaryPersona => plain(T::NoPrimaryPersona),
        F::PersonaWithoutName => plain(T::PersonaWithoutName),
        F::AgeRangeReversed { min, max } => {
            tf(locale, T::AgeRangeReversed, &[("min", min), ("max", max)])
        }
        F::AgeOutOfRange { age } => tf(locale, T::AgeOutOfRange, &[("age", age)]),
        F::DuplicatePersonaName { name } => tf(locale, T::DuplicatePersonaName, &[("name", name)]),
        F::NoCoreValues => plain(T::NoCoreValues),
        F::TooFewTraits { count, min } => {
            tf(locale, T::TooFewTraits, &[("count", count), ("min", min)])
        }
        F::TooManyTraits { count, max } => {
            tf(locale, T::TooManyTraits, &[("count", count), ("max", max)])
        }
        F::TraitWithoutWeAre => plain(T::TraitWithoutWeAre),
        F::TraitWithoutButNot => plain(T::TraitWithoutButNot),
        F::NoWordsToUse => plain(T::NoWordsToUse),
        F::NoWordsToAvoid => plain(T::NoWordsToAvoid),
        F::WordToUseIsAvoided { word, term, list } => {
            let key = if *list == MatchKind::ForbiddenClaim {
                T::WordToUseIsForbiddenClaim
            } else {
                T::WordToUseIsAvoided
            };
            tf(locale, key, &[("word", word), ("term", term)])
        }
        F::NoSamplePost => plain(T::NoSamplePost),
        F::NoComplaintReply => plain(T::NoComplaintReply),
        F::SampleUsesAvoidWords { terms } => listed(locale, T::SampleUsesAvoidWords, terms),
        F::SampleMakesForbiddenClaims { terms } => {
            listed(locale, T::SampleMakesForbiddenClaims, terms)
        }
        F::NoGoal => plain(T::NoGoal),
        F::GoalWithoutTitle => plain(T::GoalWithoutTitle),
        F::GoalLetterFails { letter } => tf(
            locale,
            T::GoalLetterFails,
            &[
                ("name", &super::goals::letter_name(locale, *letter)),
                ("initial", &letter.initial()),
            ],
        ),
        F::GoalLetterWeak { letter } => tf(
            locale,
            T::GoalLetterWeak,
            &[
                ("name", &super::goals::letter_name(locale, *letter)),
                ("initial", &letter.initial()),
            ],
        ),
        F::NoTeamModel => plain(T::NoTeamModel),
        F::TeamModelWithoutWhy => plain(T::TeamModelWithoutWhy),
        F::NoTeamRole => plain(T::NoTeamRole),
        F::NoTeamPerson => plain(T::NoTeamPerson),
        F::TeamRoleUnheld => plain(T::TeamRoleUnheld),
        F::PersonOverAvailability {
            assigned,
            availability,
        } => tf(
            locale,
            T::PersonOverAvailability,
            &[("assigned", assigned), ("availability", availability)],
        ),
        F::PersonOverFullTime { assigned } => {
            tf(locale, T::PersonOverFullTime, &[("assigned", assigned)])
        }
        F::RaciNoAccountable { activity } => tf(
            locale,
            T::RaciNoAccountable,
            &[("activity", &super::team::activity_name(locale, *activity))],
        ),
        F::RaciSeveralAccountable { activity, count } => tf(
            locale,
            T::RaciSeveralAccountable,
            &[
                ("activity", &super::team::activity_name(locale, *activity)),
                ("count", count),
            ],
        ),
        F::NoApprovalStep => plain(T::NoApprovalStep),
        F::ApprovalStepWithoutWho => plain(T::ApprovalStepWithoutWho),
        F::NoTheme => plain(T::NoTheme),
        F::SharesNotHundred { total } => tf(locale, T::SharesNotHundred, &[("total", total)]),
        F::CustomThemeWithoutName => plain(T::CustomThemeWithoutName),
        F::ThemeWithoutPersona { kind, name } => tf(
            locale,
            T::ThemeWithoutPersona,
            &[("theme", &theme_shown(locale, *kind, name))],
        ),
        F::ThemeWithoutGoal { kind, name } => tf(
            locale,
            T::ThemeWithoutGoal,
            &[("theme", &theme_shown(locale, *kind, name))],
        ),
        F::PersonaNotServed { name } => tf(
            locale,
            T::PersonaNotServed,
            &[("name", &shown_or(name, t(locale, T::UnnamedPersona)))],
        ),
        F::GoalNotSupported { title } => tf(
            locale,
            T::GoalNotSupported,
            &[("title", &shown_or(title, t(locale, T::UntitledGoal)))],
        ),
        F::NoPlatformForFormats => plain(T::NoPlatformForFormats),
        F::PlatformWithoutFormats { kind, name } => tf(
            locale,
            T::PlatformWithoutFormats,
            &[("platform", &platform_shown(locale, *kind, name))],
        ),
        F::PlatformWithoutCadence { kind, name } => tf(
            locale,
            T::PlatformWithoutCadence,
            &[("platform", &platform_shown(locale, *kind, name))],
        ),
        F::InvalidColourHex { hex } if hex.is_empty() => plain(T::ColourWithoutCode),
        F::InvalidColourHex { hex } => tf(locale, T::InvalidColourHex, &[("hex", hex)]),
    }
}

/// The template `key` with `terms` filled in as one list ("a, b" / "a、b").
fn listed(locale: Locale, key: FindingText, terms: &[String]) -> String {
    let list = join_list(locale, terms.iter().map(String::as_str));
    tf(locale, key, &[("list", &list)])
}

/// `text` trimmed, or `fallback` when it is blank.
fn shown_or<'a>(text: &'a str, fallback: &'a str) -> &'a str {
    let text = text.trim();
    if text.is_empty() {
        fallback
    } else {
        text
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
    let key = match part {
        PersonaPart::Name => FindingText::PartName,
        PersonaPart::Demographics => FindingText::PartDemographics,
        PersonaPart::Interests => FindingText::PartInterests,
        PersonaPart::InfoHabits => FindingText::PartInfoHabits,
        PersonaPart::SocialBehaviour => FindingText::PartSocialBehaviour,
        PersonaPart::Pains => FindingText::PartPains,
        PersonaPart::Gathering => FindingText::PartGathering,
        PersonaPart::Topics => FindingText::PartTopics,
        PersonaPart::Motivators => FindingText::PartMotivators,
    };
    t(locale, key)
}

/// A short name for what a checkpoint asks (for "still to do" lists).
pub fn checkpoint_text(locale: Locale, checkpoint: Checkpoint) -> String {
    use Checkpoint as C;
    use FindingText as T;
    let key = match checkpoint {
        C::RoleChosen => T::RoleChosen,
        C::PrimaryRoleChosen => T::PrimaryRoleChosen,
        C::RolesExplained => T::RolesExplained,
        C::VisionWritten => T::VisionWritten,
        C::ObjectiveWritten => T::ObjectiveWritten,
        C::PlatformChosen => T::PlatformChosen,
        C::PlatformsAssigned => T::PlatformsAssigned,
        C::PersonaAdded => T::PersonaAdded,
        C::PrimaryPersonaChosen => T::PrimaryPersonaChosen,
        C::PersonaPart(_, part) => return persona_part_name(locale, part).to_string(),
        C::CoreValuesWritten => T::CoreValuesWritten,
        C::TraitsChosen => T::TraitsChosen,
        C::TraitsPaired => T::TraitsPaired,
        C::WordsChosen => T::WordsChosen,
        C::SamplePostWritten => T::SamplePostWritten,
        C::ComplaintReplyWritten => T::ComplaintReplyWritten,
        C::SamplesFollowVoice => T::SamplesFollowVoice,
        C::GoalAdded => T::GoalAdded,
        C::GoalTitled(_) => T::GoalTitled,
        C::GoalLetter(_, letter) => {
            return tf(
                locale,
                T::GoalLetter,
                &[
                    ("name", &super::goals::letter_name(locale, letter)),
                    ("initial", &letter.initial()),
                ],
            )
        }
        C::TeamModelChosen => T::TeamModelChosen,
        C::TeamRolesHeld => T::TeamRolesHeld,
        C::TeamPeopleLoaded => T::TeamPeopleLoaded,
        C::RaciComplete => T::RaciComplete,
        C::ApprovalPathSet => T::ApprovalPathSet,
        C::ThemeAdded => T::ThemeAdded,
        C::SharesAddUp => T::SharesAddUp,
        C::ThemesLinked => T::ThemesLinked,
        C::FormatsPlanned => T::FormatsPlanned,
        C::ColoursValid => T::ColoursValid,
    };
    t(locale, key).to_string()
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

    #[test]
    fn templates_read_as_the_sentences_they_replaced() {
        // Expected strings copied from the code before it used templates.
        let both = |kind: FindingKind| {
            (
                finding_text(Locale::En, &kind),
                finding_text(Locale::ZhCn, &kind),
            )
        };
        let claim = FindingKind::WordToUseIsAvoided {
            word: "最好喝".into(),
            term: "最".into(),
            list: MatchKind::ForbiddenClaim,
        };
        assert_eq!(
            both(claim),
            (
                "The word to use \u{201c}最好喝\u{201d} contains a forbidden claim: \u{201c}最\u{201d}.".into(),
                "常用词「最好喝」包含绝对化用语「最」。".into()
            )
        );
        let avoided = FindingKind::WordToUseIsAvoided {
            word: "cheap eats".into(),
            term: "cheap".into(),
            list: MatchKind::AvoidWord,
        };
        assert_eq!(
            both(avoided),
            (
                "The word to use \u{201c}cheap eats\u{201d} contains a word to avoid: \u{201c}cheap\u{201d}.".into(),
                "常用词「cheap eats」包含避免用词「cheap」。".into()
            )
        );
        let words = FindingKind::SampleUsesAvoidWords {
            terms: vec!["便宜".into(), "cheap".into(), "deal".into()],
        };
        assert_eq!(
            both(words),
            (
                "A sample uses words to avoid: 便宜, cheap, deal.".into(),
                "示例中用了避免用词：便宜、cheap、deal。".into()
            )
        );
        let unnamed = FindingKind::PersonaNotServed { name: " ".into() };
        assert_eq!(
            both(unnamed),
            (
                "No theme is written for an unnamed persona.".into(),
                "没有主题为「未命名画像」而写。".into()
            )
        );
        let untitled = FindingKind::GoalNotSupported { title: "".into() };
        assert_eq!(
            both(untitled),
            (
                "No theme supports the goal “an untitled goal”.".into(),
                "没有主题支持目标「未命名目标」。".into()
            )
        );
        let load = FindingKind::PersonOverAvailability {
            assigned: 120,
            availability: 80,
        };
        assert_eq!(
            both(load),
            (
                "Someone is given 120% of a week but can give 80%.".into(),
                "有人被分配了120%的时间，但只能投入80%。".into()
            )
        );
        let fails = FindingKind::GoalLetterFails {
            letter: crate::model::smart::SmartLetter::TimeBound,
        };
        assert_eq!(
            both(fails),
            (
                "A goal is not Time-bound (T): follow the hints under the goal.".into(),
                "有目标不满足「时限性」（T），请按目标下的提示修改。".into()
            )
        );
        let several = FindingKind::RaciSeveralAccountable {
            activity: crate::model::team::Activity::Strategy,
            count: 2,
        };
        assert_eq!(
            both(several),
            (
                "Strategy has 2 A's: keep exactly one.".into(),
                "「制定策略」有2个 A：只能保留一个。".into()
            )
        );
        let blank = FindingKind::InvalidColourHex { hex: String::new() };
        assert_eq!(
            both(blank),
            (
                "A brand colour has no colour code yet.".into(),
                "有品牌色还没有填写色值。".into()
            )
        );
    }

    #[test]
    fn checkpoints_name_the_letter_in_each_languages_order() {
        let letter = crate::model::smart::SmartLetter::Measurable;
        let checkpoint = Checkpoint::GoalLetter(0, letter);
        assert_eq!(
            checkpoint_text(Locale::En, checkpoint),
            "Measurable (M) for every goal"
        );
        assert_eq!(
            checkpoint_text(Locale::ZhCn, checkpoint),
            "目标的可衡量（M）"
        );
        assert_eq!(
            checkpoint_text(Locale::ZhCn, Checkpoint::RaciComplete),
            "每项工作一个 A"
        );
    }
}
