//! One thing a check found: a [`Finding`] is a [`Severity`], a [`FindingKind`] (what is wrong, as
//! data: the interface words each kind itself, in each language) and a [`FieldRef`] (the record or
//! field it is about, so the interface can link to it). Every step adds its variants to
//! [`FindingKind`], so every `match` in the interface stops compiling until the new kinds are
//! translated.
//!
//! Severity rule: an **error** is something the method requires that is missing, contradicts
//! another answer, or points at a record that is not there; a step is not finished while it has
//! one. A **warning** is a weak answer worth a second look (a very short reason, more traits than
//! anyone remembers, two personas with one name).
//!
//! Part of the shared check vocabulary: imports the plan's records, [`FieldRef`], [`SmartLetter`]
//! and the voice check's [`MatchKind`]. It must not import the step rules, the SMART checker or
//! the team rules, which all build on it.

use super::fields::FieldRef;
use super::smart_letter::SmartLetter;
use crate::model::voice_check::MatchKind;
use crate::model::{Activity, PlatformKind, ThemeKind};

/// How serious a finding is (see the severity rule above).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// Required, contradictory or broken: the step is not finished.
    Error,
    /// Weak but acceptable: worth a second look.
    Warning,
}

/// What is wrong. Data only: the interface words each variant in each language.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FindingKind {
    // Step 1 · strategy
    /// No strategic role chosen.
    NoRole,
    /// Roles are chosen but none is the primary one.
    NoPrimaryRole,
    /// The primary role names a role that is not in the list.
    PrimaryRoleNotInList,
    /// A role with no reason: social media for its own sake.
    RoleWithoutWhy,
    /// A reason shorter than [`super::MIN_WHY_UNITS`] (see [`super::why_units`]).
    RoleWhyTooShort,
    /// A custom role without a name.
    CustomRoleWithoutName,
    /// A built-in role chosen a second time (reported on the later one).
    DuplicateRole,
    /// No long-term vision.
    NoVision,
    /// No short-term objective.
    NoObjective,
    /// No platform at all.
    NoPlatform,
    /// A platform that carries no role.
    PlatformWithoutRole,
    /// A platform whose role is not in the list.
    PlatformRoleNotInList,
    /// A custom platform without a name.
    CustomPlatformWithoutName,

    // Step 2 · personas
    /// No persona.
    NoPersona,
    /// Personas exist but none is primary.
    NoPrimaryPersona,
    /// A persona without a name.
    PersonaWithoutName,
    /// The lowest age is above the highest.
    AgeRangeReversed { min: u8, max: u8 },
    /// An age above [`super::MAX_AGE`].
    AgeOutOfRange { age: u8 },
    /// A name another persona already has (reported on the later one; case and width ignored).
    DuplicatePersonaName { name: String },

    // Step 3 · voice
    /// No core values for the voice to match.
    NoCoreValues,
    /// Fewer than [`super::MIN_TRAITS`] personality traits.
    TooFewTraits { count: usize, min: usize },
    /// More than [`super::MAX_TRAITS`] personality traits.
    TooManyTraits { count: usize, max: usize },
    /// A trait without its "we are" half.
    TraitWithoutWeAre,
    /// A trait without its "but not" half.
    TraitWithoutButNot,
    /// No word to use.
    NoWordsToUse,
    /// No word to avoid.
    NoWordsToAvoid,
    /// A word to use that the voice check would flag: it is (or contains) `term` from `list`.
    WordToUseIsAvoided {
        word: String,
        term: String,
        list: MatchKind,
    },
    /// No sample post.
    NoSamplePost,
    /// No sample reply to a complaint.
    NoComplaintReply,
    /// A sample that uses words to avoid (the distinct terms, as listed).
    SampleUsesAvoidWords { terms: Vec<String> },
    /// A sample that makes forbidden absolute claims (the distinct terms, as listed).
    SampleMakesForbiddenClaims { terms: Vec<String> },

    // Step 4 · goals
    /// No goal.
    NoGoal,
    /// A goal without a title.
    GoalWithoutTitle,
    /// A goal fails this SMART letter (the goal's own report,
    /// [`crate::model::smart::check_goal`], says why).
    GoalLetterFails { letter: SmartLetter },
    /// A goal passes this SMART letter only with a warning.
    GoalLetterWeak { letter: SmartLetter },

    // Step 5 · team
    /// No team model chosen.
    NoTeamModel,
    /// A model is chosen without a reason.
    TeamModelWithoutWhy,
    /// No team role.
    NoTeamRole,
    /// No person on the team.
    NoTeamPerson,
    /// A role nobody holds.
    TeamRoleUnheld,
    /// A person asked for more than their availability (percent asked, percent available).
    PersonOverAvailability { assigned: u32, availability: u16 },
    /// A person asked for more than a full-time week (percent asked).
    PersonOverFullTime { assigned: u32 },
    /// An activity of the matrix without an accountable role.
    RaciNoAccountable { activity: Activity },
    /// An activity of the matrix with more than one accountable role.
    RaciSeveralAccountable { activity: Activity, count: usize },
    /// No approval step.
    NoApprovalStep,
    /// An approval step with neither a role nor a label.
    ApprovalStepWithoutWho,
    // Step 6 · content
    /// No content theme.
    NoTheme,
    /// The themes' target shares do not add up to 100 % (their sum is `total`).
    SharesNotHundred { total: u32 },
    /// A custom theme without a name.
    CustomThemeWithoutName,
    /// A theme that serves no persona (reported only when the plan has personas); its kind and
    /// typed name, so the interface can name it.
    ThemeWithoutPersona { kind: ThemeKind, name: String },
    /// A theme that supports no goal (reported only when the plan has goals).
    ThemeWithoutGoal { kind: ThemeKind, name: String },
    /// A persona no theme is written for.
    PersonaNotServed { name: String },
    /// A goal no theme supports.
    GoalNotSupported { title: String },
    /// The strategy has no platform to plan formats for.
    NoPlatformForFormats,
    /// A platform with no format chosen (its kind, and its name when it is a custom one).
    PlatformWithoutFormats { kind: PlatformKind, name: String },
    /// A platform without a number of posts a week.
    PlatformWithoutCadence { kind: PlatformKind, name: String },
    /// A brand colour whose code is not `#rrggbb` (as typed; empty when missing).
    InvalidColourHex { hex: String },
}

impl FindingKind {
    /// The severity this kind always has.
    pub fn severity(&self) -> Severity {
        use FindingKind::*;
        match self {
            RoleWhyTooShort
            | DuplicateRole
            | DuplicatePersonaName { .. }
            | TooManyTraits { .. }
            | GoalLetterWeak { .. }
            | TeamModelWithoutWhy
            | TeamRoleUnheld
            | PersonOverAvailability { .. }
            | NoApprovalStep
            | PersonaNotServed { .. }
            | GoalNotSupported { .. } => Severity::Warning,
            NoRole
            | NoPrimaryRole
            | PrimaryRoleNotInList
            | RoleWithoutWhy
            | CustomRoleWithoutName
            | NoVision
            | NoObjective
            | NoPlatform
            | PlatformWithoutRole
            | PlatformRoleNotInList
            | CustomPlatformWithoutName
            | NoPersona
            | NoPrimaryPersona
            | PersonaWithoutName
            | AgeRangeReversed { .. }
            | AgeOutOfRange { .. }
            | NoCoreValues
            | TooFewTraits { .. }
            | TraitWithoutWeAre
            | TraitWithoutButNot
            | NoWordsToUse
            | NoWordsToAvoid
            | WordToUseIsAvoided { .. }
            | NoSamplePost
            | NoComplaintReply
            | SampleUsesAvoidWords { .. }
            | SampleMakesForbiddenClaims { .. }
            | NoGoal
            | GoalWithoutTitle
            | GoalLetterFails { .. }
            | NoTeamModel
            | NoTeamRole
            | NoTeamPerson
            | PersonOverFullTime { .. }
            | RaciNoAccountable { .. }
            | RaciSeveralAccountable { .. }
            | ApprovalStepWithoutWho
            | NoTheme
            | SharesNotHundred { .. }
            | CustomThemeWithoutName
            | ThemeWithoutPersona { .. }
            | ThemeWithoutGoal { .. }
            | NoPlatformForFormats
            | PlatformWithoutFormats { .. }
            | PlatformWithoutCadence { .. }
            | InvalidColourHex { .. } => Severity::Error,
        }
    }
}

/// One thing a check found.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Finding {
    /// Always `kind.severity()`.
    pub severity: Severity,
    pub kind: FindingKind,
    pub target: FieldRef,
}

impl Finding {
    /// A finding with the severity its kind carries.
    pub fn new(kind: FindingKind, target: FieldRef) -> Finding {
        Finding {
            severity: kind.severity(),
            kind,
            target,
        }
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// True when any finding is an error.
pub fn has_errors(findings: &[Finding]) -> bool {
    findings.iter().any(Finding::is_error)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::checks::fields::StrategyField;
    use FindingKind::*;

    #[test]
    fn severity_follows_the_kind() {
        let f = Finding::new(RoleWhyTooShort, FieldRef::StrategicRole(1));
        assert_eq!(f.severity, Severity::Warning);
        assert!(!f.is_error());
        let f = Finding::new(NoRole, FieldRef::Strategy(StrategyField::Roles));
        assert_eq!(f.severity, Severity::Error);
        assert!(has_errors(&[f]));
        assert!(!has_errors(&[]));
    }
}
