//! What a finding or a checkpoint is about: [`FieldRef`] names a record or a field of the plan
//! precisely enough for the interface to link to it, and each step's field enums say which part
//! of a step it is ([`StrategyField`], [`PersonaPart`], [`VoiceField`], [`GoalPart`],
//! [`TeamField`]).
//!
//! Part of the shared check vocabulary: imports only the plan's records. It must not import the
//! step rules, the SMART checker or the team rules, which all build on it.

use crate::model::{Id, Step};

/// A field of step 1 as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StrategyField {
    Roles,
    PrimaryRole,
    Vision,
    Objectives,
    Platforms,
}

/// A field of step 3 as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VoiceField {
    CoreValues,
    Traits,
    Tone,
    WordsToUse,
    WordsToAvoid,
    ForbiddenClaims,
    Samples,
}

/// The field groups of a persona, in the order the method lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PersonaPart {
    Name,
    /// An age range (at least one valid bound) and at least one of gender, location, occupation, income.
    Demographics,
    Interests,
    InfoHabits,
    SocialBehaviour,
    Pains,
    /// Platforms of the plan or communities outside it.
    Gathering,
    Topics,
    Motivators,
}

impl PersonaPart {
    /// Every part, in the order the method lists them.
    pub const ALL: [PersonaPart; 9] = [
        PersonaPart::Name,
        PersonaPart::Demographics,
        PersonaPart::Interests,
        PersonaPart::InfoHabits,
        PersonaPart::SocialBehaviour,
        PersonaPart::Pains,
        PersonaPart::Gathering,
        PersonaPart::Topics,
        PersonaPart::Motivators,
    ];
}

/// The fields of a goal, in the order the editor shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GoalPart {
    Title,
    /// The metric, its custom name and (for response rates) the "within N hours" window.
    Metric,
    Platform,
    Baseline,
    /// The target and how it is written (a value or a percentage change).
    Target,
    Start,
    Deadline,
    /// The team role that owns the goal.
    Owner,
    /// The strategic role it serves.
    Role,
    Personas,
    /// Why it is achievable.
    Achievable,
}

/// What a finding is about, precise enough for the interface to link to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldRef {
    Strategy(StrategyField),
    /// A [`crate::model::StrategicRole`] by id.
    StrategicRole(Id),
    /// A [`crate::model::Platform`] by id.
    Platform(Id),
    /// The persona list as a whole.
    Personas,
    /// A persona as a whole.
    Persona(Id),
    /// One field group of a persona.
    PersonaField(Id, PersonaPart),
    Voice(VoiceField),
    /// A [`crate::model::VoiceTrait`] by id.
    VoiceTrait(Id),
    /// A [`crate::model::SampleLine`] by id.
    VoiceSample(Id),
    /// The goal list as a whole.
    Goals,
    /// A [`crate::model::Goal`] as a whole.
    Goal(Id),
    /// One field of a goal.
    GoalField(Id, GoalPart),
    /// The content themes as a whole (step 6).
    ContentThemes,
    /// A [`crate::model::Theme`] by id.
    ContentTheme(Id),
    /// The coverage of personas and goals by the themes.
    ContentCoverage,
    /// The formats-per-platform section as a whole.
    ContentFormats,
    /// The formats and cadence of a [`crate::model::Platform`], by the platform's id.
    ContentPlatform(Id),
    /// The brand colours as a whole.
    ContentColours,
    /// A [`crate::model::BrandColour`] by id.
    ContentColour(Id),
    /// A part of step 5 as a whole.
    Team(TeamField),
    /// A [`crate::model::TeamRole`] by id.
    TeamRole(Id),
    /// A [`crate::model::Person`] of the team by id.
    TeamPerson(Id),
    /// An [`crate::model::ApprovalStep`] by id.
    ApprovalStep(Id),
}

/// A part of step 5 as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TeamField {
    Model,
    Roles,
    People,
    Raci,
    ApprovalPath,
}

impl FieldRef {
    /// The step whose page shows this field.
    pub fn step(self) -> Step {
        match self {
            FieldRef::Strategy(_) | FieldRef::StrategicRole(_) | FieldRef::Platform(_) => {
                Step::Strategy
            }
            FieldRef::Personas | FieldRef::Persona(_) | FieldRef::PersonaField(..) => {
                Step::Personas
            }
            FieldRef::Voice(_) | FieldRef::VoiceTrait(_) | FieldRef::VoiceSample(_) => Step::Voice,
            FieldRef::Goals | FieldRef::Goal(_) | FieldRef::GoalField(..) => Step::Goals,
            FieldRef::Team(_)
            | FieldRef::TeamRole(_)
            | FieldRef::TeamPerson(_)
            | FieldRef::ApprovalStep(_) => Step::Team,
            FieldRef::ContentThemes
            | FieldRef::ContentTheme(_)
            | FieldRef::ContentCoverage
            | FieldRef::ContentFormats
            | FieldRef::ContentPlatform(_)
            | FieldRef::ContentColours
            | FieldRef::ContentColour(_) => Step::Content,
        }
    }

    /// The id of the record this is about, if it is about one record (for filtering by card).
    pub fn record(self) -> Option<Id> {
        match self {
            FieldRef::StrategicRole(id)
            | FieldRef::Platform(id)
            | FieldRef::Persona(id)
            | FieldRef::PersonaField(id, _)
            | FieldRef::VoiceTrait(id)
            | FieldRef::VoiceSample(id)
            | FieldRef::Goal(id)
            | FieldRef::GoalField(id, _)
            | FieldRef::TeamRole(id)
            | FieldRef::TeamPerson(id)
            | FieldRef::ApprovalStep(id)
            | FieldRef::ContentTheme(id)
            | FieldRef::ContentPlatform(id)
            | FieldRef::ContentColour(id) => Some(id),
            FieldRef::Strategy(_) | FieldRef::Personas | FieldRef::Voice(_) | FieldRef::Goals => {
                None
            }
            FieldRef::Team(_)
            | FieldRef::ContentThemes
            | FieldRef::ContentCoverage
            | FieldRef::ContentFormats
            | FieldRef::ContentColours => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_refs_know_their_step_and_record() {
        assert_eq!(FieldRef::Platform(3).step(), Step::Strategy);
        assert_eq!(
            FieldRef::PersonaField(4, PersonaPart::Topics).step(),
            Step::Personas
        );
        assert_eq!(FieldRef::VoiceSample(5).step(), Step::Voice);
        assert_eq!(
            FieldRef::PersonaField(4, PersonaPart::Name).record(),
            Some(4)
        );
        assert_eq!(FieldRef::Voice(VoiceField::Samples).record(), None);
    }
}
