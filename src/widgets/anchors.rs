//! Element ids for the places a check points at, so a finding can move focus to its field.
//! Editors give these ids (with `tabindex="-1"`) to the matching cards and sections.

use crate::model::checks::{FieldRef, StrategyField, TeamField, VoiceField};

/// The element id a finding about `target` jumps to.
pub fn anchor_id(target: FieldRef) -> String {
    match target {
        FieldRef::Strategy(StrategyField::Roles | StrategyField::PrimaryRole) => {
            "strategy-roles".into()
        }
        FieldRef::Strategy(StrategyField::Vision | StrategyField::Objectives) => {
            "strategy-direction".into()
        }
        FieldRef::Strategy(StrategyField::Platforms) => "strategy-platforms".into(),
        FieldRef::StrategicRole(id) => format!("role-{id}"),
        FieldRef::Platform(id) => format!("platform-{id}"),
        FieldRef::Personas => "personas-list".into(),
        FieldRef::Persona(id) | FieldRef::PersonaField(id, _) => format!("persona-{id}"),
        FieldRef::Voice(field) => format!(
            "voice-{}",
            match field {
                VoiceField::CoreValues => "values",
                VoiceField::Traits => "traits",
                VoiceField::Tone => "tone",
                VoiceField::WordsToUse | VoiceField::WordsToAvoid | VoiceField::ForbiddenClaims =>
                    "words",
                VoiceField::Samples => "samples",
            }
        ),
        FieldRef::VoiceTrait(id) => format!("trait-{id}"),
        FieldRef::VoiceSample(id) => format!("sample-{id}"),
        FieldRef::Goals => "goals-list".into(),
        FieldRef::Goal(id) | FieldRef::GoalField(id, _) => format!("goal-{id}"),
        FieldRef::Team(field) => match field {
            TeamField::Model => "team-model",
            TeamField::Roles => "team-roles",
            TeamField::People => "team-people",
            TeamField::Raci => "team-raci",
            TeamField::ApprovalPath => "team-approval",
        }
        .into(),
        FieldRef::TeamRole(id) => format!("team-role-{id}"),
        FieldRef::TeamPerson(id) => format!("team-person-{id}"),
        FieldRef::ApprovalStep(id) => format!("team-step-{id}-role"),
        FieldRef::ContentThemes => "content-themes".into(),
        FieldRef::ContentTheme(id) => format!("theme-{id}"),
        FieldRef::ContentCoverage => "content-coverage".into(),
        FieldRef::ContentFormats => "content-formats".into(),
        FieldRef::ContentPlatform(id) => format!("content-platform-{id}"),
        FieldRef::ContentColours => "content-colours".into(),
        FieldRef::ContentColour(id) => format!("colour-{id}"),
    }
}
