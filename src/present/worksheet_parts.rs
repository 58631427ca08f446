//! What each step's worksheet asks, in order: the step's own sections, prompts, hints and
//! examples (the texts the step shows on screen, never written twice), and how many ruled lines
//! each prompt gets so that a step fits one A4 sheet.

use crate::i18n::calendar::CalendarText as Ca;
use crate::i18n::content::ContentText as C;
use crate::i18n::goal_editor::GoalText as G;
use crate::i18n::handbook::HandbookText as H;
use crate::i18n::personas::PersonaText as Pe;
use crate::i18n::strategy::StrategyText as S;
use crate::i18n::team::TeamText as T;
use crate::i18n::voice::VoiceText as V;
use crate::i18n::Key;
use crate::model::Step;

/// One part of a worksheet.
pub enum Part {
    /// A section's heading and what it asks.
    Section { heading: Key, intro: Option<Key> },
    /// A question with a hint and an example, and lines to write on.
    Prompt {
        label: Key,
        hint: Option<Key>,
        example: Option<Key>,
        lines: u8,
    },
    /// Options to tick.
    Choices(Vec<Key>),
}

fn section(heading: impl Into<Key>, intro: Option<Key>) -> Part {
    Part::Section {
        heading: heading.into(),
        intro,
    }
}

fn prompt(label: impl Into<Key>, hint: Option<Key>, example: Option<Key>, lines: u8) -> Part {
    Part::Prompt {
        label: label.into(),
        hint,
        example,
        lines,
    }
}

fn k(key: impl Into<Key>) -> Option<Key> {
    Some(key.into())
}

/// The parts of `step`'s worksheet (nothing for the handbook).
pub fn worksheet_parts(step: Step) -> Vec<Part> {
    match step {
        Step::Strategy => vec![
            section(S::RolesHeading, k(S::RolesIntro)),
            Part::Choices(
                [
                    S::AmplifierName,
                    S::SensorName,
                    S::TestFieldName,
                    S::ServiceName,
                    S::CustomRoleName,
                ]
                .map(Key::from)
                .to_vec(),
            ),
            prompt(S::WhyLabel, k(S::WhyHint), k(S::WhyPlaceholder), 4),
            section(S::DirectionHeading, None),
            prompt(S::VisionLabel, k(S::VisionHint), k(S::VisionPlaceholder), 2),
            prompt(
                S::ObjectivesLabel,
                k(S::ObjectivesHint),
                k(S::ObjectivesPlaceholder),
                3,
            ),
            section(S::PlatformsHeading, k(S::PlatformsIntro)),
            prompt(S::PlatformRoleLabel, None, None, 4),
        ],
        Step::Personas => vec![
            section(Pe::GroupIdentity, None),
            prompt(Pe::NameLabel, k(Pe::NameHint), None, 1),
            prompt(Pe::AgeRange, k(Pe::AgeHint), None, 1),
            prompt(Pe::Location, None, k(Pe::LocationPlaceholder), 1),
            prompt(Pe::Occupation, None, k(Pe::OccupationPlaceholder), 1),
            prompt(Pe::Interests, None, k(Pe::InterestsPlaceholder), 1),
            prompt(Pe::InfoHabits, None, k(Pe::InfoHabitsPlaceholder), 2),
            prompt(Pe::Pains, None, k(Pe::PainsPlaceholder), 3),
            prompt(Pe::Communities, None, k(Pe::CommunitiesPlaceholder), 2),
            prompt(Pe::Motivators, None, k(Pe::MotivatorsPlaceholder), 2),
            prompt(Pe::Quote, None, k(Pe::QuotePlaceholder), 1),
            prompt(Pe::Sources, k(Pe::SourcesHint), None, 1),
        ],
        Step::Voice => vec![
            prompt(
                V::CoreValuesLabel,
                k(V::CoreValuesHint),
                k(V::CoreValuesPlaceholder),
                2,
            ),
            section(V::TraitsHeading, k(V::TraitsIntro)),
            prompt(V::WeAreLabel, None, k(V::WeArePlaceholder), 2),
            prompt(V::WeAreNotLabel, None, k(V::WeAreNotPlaceholder), 1),
            prompt(V::DoLabel, None, k(V::DoPlaceholder), 2),
            prompt(V::DontLabel, None, k(V::DontPlaceholder), 1),
            prompt(
                V::WordsToUseLabel,
                k(V::WordsToUseHint),
                k(V::WordsToUsePlaceholder),
                1,
            ),
            prompt(
                V::WordsToAvoidLabel,
                k(V::WordsToAvoidHint),
                k(V::WordsToAvoidPlaceholder),
                1,
            ),
            section(V::SamplesHeading, k(V::SamplesIntro)),
            prompt(V::TextPostLabel, None, k(V::ContextPostPlaceholder), 2),
            prompt(V::TextReplyLabel, None, k(V::ContextReplyPlaceholder), 2),
        ],
        Step::Goals => vec![
            section(G::ListHeading, k(G::ListIntro)),
            prompt(G::TitleLabel, None, k(G::TitlePlaceholder), 2),
            prompt(G::MetricLabel, None, None, 1),
            prompt(G::PlatformLabel, None, None, 1),
            prompt(G::BaselineLabel, None, None, 1),
            prompt(G::TargetLabel, None, None, 1),
            prompt(G::StartLabel, None, None, 1),
            prompt(G::DeadlineLabel, None, None, 1),
            prompt(G::RoleLabel, None, None, 1),
            prompt(G::PersonasLabel, None, None, 1),
            prompt(G::AchievableLabel, k(G::AchievableHint), None, 3),
        ],
        Step::Team => vec![
            section(T::ModelHeading, k(T::ModelIntro)),
            Part::Choices(
                [T::CentralizedName, T::DecentralizedName, T::HybridName]
                    .map(Key::from)
                    .to_vec(),
            ),
            prompt(T::WhyLabel, k(T::WhyHint), k(T::WhyPlaceholder), 2),
            section(T::RolesHeading, k(T::RolesIntro)),
            prompt(T::PeopleHeading, k(T::PeopleIntro), None, 2),
            section(T::RaciHeading, k(T::RaciIntro)),
            prompt(T::RaciCaption, None, None, 2),
            section(T::CollaborationHeading, k(T::CollaborationIntro)),
            prompt(T::InvolvementLabel, None, k(T::InvolvementPlaceholder), 1),
            prompt(
                T::ApprovalHeading,
                k(T::ApprovalIntro),
                k(T::StepNamePlaceholder),
                1,
            ),
            prompt(
                T::FeedbackLabel,
                k(T::FeedbackHint),
                k(T::FeedbackPlaceholder),
                2,
            ),
        ],
        Step::Content => vec![
            section(C::ThemesHeading, k(C::ThemesIntro)),
            prompt(
                C::ThemeNameLabel,
                k(C::ThemeDescriptionHint),
                k(C::ThemeNamePlaceholder),
                2,
            ),
            prompt(C::ShareLabel, None, k(C::GuideExample), 2),
            section(C::FormatsHeading, k(C::FormatsIntro)),
            prompt(C::PostsPerWeekLabel, None, None, 3),
            section(C::StyleHeading, k(C::StyleIntro)),
            prompt(C::HashtagLabel, None, k(C::HashtagPlaceholder), 1),
            prompt(C::EmojiLabel, None, k(C::EmojiPlaceholder), 1),
            section(H::SectionCalendar, k(Ca::EmptyWhy)),
            prompt(Ca::TitleLabel, None, k(Ca::TitlePlaceholder), 3),
        ],
        Step::Handbook => Vec::new(),
    }
}
