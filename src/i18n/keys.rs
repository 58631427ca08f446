//! The names of every piece of interface text.
//!
//! Plain keys are listed once; keys that carry a domain value (`StepName(Step)`) take any type
//! that lists its values through [`Enumerable`], so `Key::all()` can visit every text in tests.

use crate::model::Step;

use super::personas::PersonaText;
use super::shared::SharedText;
use super::strategy::StrategyText;
use super::voice::VoiceText;

/// A domain type whose values can all be listed (for translation completeness checks).
pub trait Enumerable: Sized + Copy + 'static {
    /// Every value, in display order.
    const VALUES: &'static [Self];
}

impl Enumerable for Step {
    const VALUES: &'static [Step] = &Step::ALL;
}

macro_rules! define_keys {
    (
        plain { $($plain:ident),* $(,)? }
        carrying { $($carry:ident($ty:ty)),* $(,)? }
        neutral { $($neutral:ident),* $(,)? }
    ) => {
        /// One piece of interface text. Every variant must be translated in `en.rs` and `zh.rs`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key {
            $($plain,)*
            $($carry($ty),)*
        }

        impl Key {
            /// Every key, including one per value of each carried type.
            pub fn all() -> Vec<Key> {
                let mut keys = vec![$(Key::$plain,)*];
                $(keys.extend(<$ty as Enumerable>::VALUES.iter().map(|v| Key::$carry(*v)));)*
                keys
            }

            /// Keys whose text is the same symbol or name in both languages.
            pub fn is_language_neutral(self) -> bool {
                [$(Key::$neutral),*].contains(&self)
            }
        }
    };
}

define_keys! {
    plain {
        AppName,
        AppTagline,
        SkipToContent,
        LanguageLabel,
        StepsNavLabel,
        Previous,
        Next,
        HandbookLabel,
        CoachTitle,
        CoachWhat,
        CoachWhy,
        LargeText,
        CoachShow,
        CoachHide,
        DefaultPlanName,
        SaveSaved,
        SaveSaving,
        SaveNotSaved,
        SaveMemoryOnly,
        PlanMenu,
        PlansHeading,
        PlanSwitchLabel,
        PlanNew,
        PlanRename,
        PlanDuplicate,
        PlanDelete,
        PlanImport,
        PlanExport,
        PlanNameLabel,
        PlanOrganisationLabel,
        PlanOrganisationHint,
        Create,
        Save,
        Cancel,
        Close,
        Dismiss,
        Undo,
        DeleteConfirmTitle,
        DeleteConfirmText,
        PlanDeletedToast,
        ImportedToast,
        UpdatedToast,
        PlanFromExample,
        ExamplesTitle,
        ExamplesIntro,
        ExampleOpen,
        ExampleOpenedToast,
        LastExportedNever,
        LastExportedLabel,
        UnreadableMark,
        BannerBlocked,
        BannerFull,
        BannerUnreadable,
        BannerNewer,
        BannerDownloadRaw,
        BannerConflict,
        BannerConflictReload,
        BannerConflictKeep,
        BannerWriteFailed,
        BackupDownload,
        ImportTitle,
        ImportIntro,
        ImportChooseFile,
        ImportDropHere,
        ImportPasteLabel,
        ImportCheck,
        ImportSummaryTitle,
        ImportReplace,
        ImportAddNew,
        ImportUnchanged,
        ImportReading,
        ImportFileTooBig,
        CountRoles,
        CountPlatforms,
        CountPersonas,
        CountTraits,
        CountGoals,
        CountTeamRoles,
        CountPeople,
        CountThemes,
        CountCalendar,
        ImportWarningsTitle,
    }
    carrying {
        StepName(Step),
        StepQuestion(Step),
        StepWhy(Step),
        Shared(SharedText),
        Strategy(StrategyText),
        Personas(PersonaText),
        Voice(VoiceText),
        Goals(super::goal_editor::GoalText),
        Handbook(super::handbook::HandbookText),
        HandbookUi(super::handbook::HandbookUiText),
        HandbookTeam(super::handbook::HandbookTeamText),
        Share(super::handbook::ShareText),
        Welcome(super::welcome::WelcomeText),
        Team(super::team::TeamText),
        Content(super::content::ContentText),
        Calendar(super::calendar::CalendarText),
    }
    neutral {}
}
