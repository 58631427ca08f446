//! How much of something is filled in: [`Completeness`] counts the parts of a record or a step that
//! are done and names the missing ones; a [`Checkpoint`] is one thing a step needs before it counts
//! as finished, and knows where the user fixes it.
//!
//! Part of the shared check vocabulary: imports only the plan's ids, [`FieldRef`] with the field
//! enums, and [`SmartLetter`]. It must not import the step rules, the SMART checker or the team
//! rules, which all build on it.

use super::fields::{FieldRef, GoalPart, PersonaPart, StrategyField, TeamField, VoiceField};
use super::smart_letter::SmartLetter;
use crate::model::Id;

/// How much of something is filled in, and what is not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Completeness<P> {
    pub done: usize,
    pub total: usize,
    /// The parts not done, in the order they are listed.
    pub missing: Vec<P>,
}

impl<P> Completeness<P> {
    /// Counts `(part, done)` pairs.
    pub fn tally(parts: impl IntoIterator<Item = (P, bool)>) -> Completeness<P> {
        let mut c = Completeness {
            done: 0,
            total: 0,
            missing: Vec::new(),
        };
        for (part, done) in parts {
            c.total += 1;
            if done {
                c.done += 1;
            } else {
                c.missing.push(part);
            }
        }
        c
    }

    /// Whole percent, rounded down so that 100 means everything is done; 0 when there is nothing
    /// to count.
    pub fn percent(&self) -> u8 {
        if self.total == 0 {
            return 0;
        }
        (self.done.min(self.total) * 100 / self.total) as u8
    }

    /// True when there is something to count and all of it is done.
    pub fn is_complete(&self) -> bool {
        self.total > 0 && self.done == self.total
    }
}

/// One thing a step needs before it counts as finished (the units of [`super::step_completeness`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Checkpoint {
    // Step 1
    /// At least one role.
    RoleChosen,
    /// A primary role that is in the list.
    PrimaryRoleChosen,
    /// Every role (at least one) has a reason, and custom ones a name.
    RolesExplained,
    VisionWritten,
    /// At least one short-term objective.
    ObjectiveWritten,
    /// At least one platform.
    PlatformChosen,
    /// Every platform (at least one) carries a role of the list, and custom ones have a name.
    PlatformsAssigned,
    // Step 2
    /// At least one persona.
    PersonaAdded,
    /// At least one primary persona.
    PrimaryPersonaChosen,
    /// One field group of one persona.
    PersonaPart(Id, PersonaPart),
    // Step 3
    CoreValuesWritten,
    /// At least [`super::MIN_TRAITS`] traits.
    TraitsChosen,
    /// Every trait (at least one) has both its "we are" and its "but not" half.
    TraitsPaired,
    /// At least one word to use and one to avoid, and no word to use that the voice check flags.
    WordsChosen,
    SamplePostWritten,
    ComplaintReplyWritten,
    /// At least one sample, and no sample uses a word to avoid or a forbidden claim.
    SamplesFollowVoice,
    // Step 4
    /// At least one goal.
    GoalAdded,
    /// A goal has a title.
    GoalTitled(Id),
    /// A goal does not fail this SMART letter (a warning still counts as done).
    GoalLetter(Id, SmartLetter),
    // Step 5
    TeamModelChosen,
    /// At least one role, and every role held by someone.
    TeamRolesHeld,
    /// At least one person, and nobody over a full-time week.
    TeamPeopleLoaded,
    /// Every activity has exactly one accountable role.
    RaciComplete,
    /// At least one approval step, each naming who signs off.
    ApprovalPathSet,
    // Step 6
    /// At least one theme.
    ThemeAdded,
    /// The themes' shares add up to 100 %.
    SharesAddUp,
    /// Every theme (at least one) is named and serves a persona and a goal (where the plan has them).
    ThemesLinked,
    /// The strategy has platforms and each has formats and a weekly cadence.
    FormatsPlanned,
    /// Every brand colour has a valid code.
    ColoursValid,
}

impl Checkpoint {
    /// Where the user fixes it.
    pub fn target(self) -> FieldRef {
        use Checkpoint::*;
        match self {
            RoleChosen | RolesExplained => FieldRef::Strategy(StrategyField::Roles),
            PrimaryRoleChosen => FieldRef::Strategy(StrategyField::PrimaryRole),
            VisionWritten => FieldRef::Strategy(StrategyField::Vision),
            ObjectiveWritten => FieldRef::Strategy(StrategyField::Objectives),
            PlatformChosen | PlatformsAssigned => FieldRef::Strategy(StrategyField::Platforms),
            PersonaAdded | PrimaryPersonaChosen => FieldRef::Personas,
            PersonaPart(id, part) => FieldRef::PersonaField(id, part),
            CoreValuesWritten => FieldRef::Voice(VoiceField::CoreValues),
            TraitsChosen | TraitsPaired => FieldRef::Voice(VoiceField::Traits),
            WordsChosen => FieldRef::Voice(VoiceField::WordsToUse),
            SamplePostWritten | ComplaintReplyWritten | SamplesFollowVoice => {
                FieldRef::Voice(VoiceField::Samples)
            }
            GoalAdded => FieldRef::Goals,
            GoalTitled(id) => FieldRef::GoalField(id, GoalPart::Title),
            GoalLetter(id, letter) => FieldRef::GoalField(id, letter.main_part()),
            TeamModelChosen => FieldRef::Team(TeamField::Model),
            TeamRolesHeld => FieldRef::Team(TeamField::Roles),
            TeamPeopleLoaded => FieldRef::Team(TeamField::People),
            RaciComplete => FieldRef::Team(TeamField::Raci),
            ApprovalPathSet => FieldRef::Team(TeamField::ApprovalPath),
            ThemeAdded | SharesAddUp | ThemesLinked => FieldRef::ContentThemes,
            FormatsPlanned => FieldRef::ContentFormats,
            ColoursValid => FieldRef::ContentColours,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_rounds_down_and_handles_nothing_to_count() {
        let c = Completeness::tally([(1, true), (2, true), (3, false)]);
        assert_eq!((c.done, c.total, c.missing.clone()), (2, 3, vec![3]));
        assert_eq!(c.percent(), 66);
        assert!(!c.is_complete());
        let almost = Completeness::tally((0..200).map(|i| (i, i != 0)));
        assert_eq!(almost.percent(), 99);
        let empty: Completeness<u8> = Completeness::tally([]);
        assert_eq!(empty.percent(), 0);
        assert!(!empty.is_complete());
    }
}
