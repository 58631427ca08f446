//! Inline checks of the walkthrough's steps and how complete each step is.
//!
//! Owns the check vocabulary every step shares: a [`Finding`] is a [`Severity`], a [`FindingKind`]
//! (what is wrong, as data: the interface words each kind itself, in each language) and a
//! [`FieldRef`] (the record or field it is about, so the interface can link to it). A
//! [`Completeness`] counts the parts of a record or step that are filled in and names the missing
//! ones. Steps 1–4 are checked here (goals through the SMART checker, [`super::smart`]); team and
//! content add their own variants to these enums, so every `match` in the interface stops compiling
//! until the new kinds are translated.
//!
//! Pure: must not import leptos views, web-sys, gloo or wasm-bindgen.
//!
//! Severity rule: an **error** is something the method requires that is missing, contradicts
//! another answer, or points at a record that is not there; a step is not finished while it has
//! one. A **warning** is a weak answer worth a second look (a very short reason, more traits than
//! anyone remembers, two personas with one name). For Strategy and Voice, a step is at 100 % exactly
//! when it has no error; for Personas, 100 % implies no error (an unfinished persona is incomplete
//! without being wrong).
//!
//! Goals (step 4): every goal needs a title, each SMART letter that fails is an error and each
//! that warns is a warning (a letter that could not be judged because others fail adds nothing of
//! its own); the step counts one goal, and per goal its title and each letter that does not fail. The SMART rules need "today": [`step_findings_on`] and
//! [`step_completeness_on`] take it; [`step_findings`] and [`step_completeness`] use the day of the
//! plan's last save (`updated_at`) instead, so prefer the `_on` forms wherever today is known.
//!
//! Text is "blank" when it is empty or whitespace only (including the ideographic space `　`).
//! Findings come in the order the page shows the fields.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::smart::{check_goal, SmartLetter, Verdict};
use super::voice_check::{is_cjk, normalize_term, MatchKind, VoiceChecker};
use super::{Goal, Plan};
use super::{
    Id, Persona, PersonaPriority, PlatformKind, SampleKind, Step, StrategicRoleKind, Strategy,
    ThemeKind, Voice,
};

/// How serious a finding is (see the module's severity rule).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// Required, contradictory or broken: the step is not finished.
    Error,
    /// Weak but acceptable: worth a second look.
    Warning,
}

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
    /// A [`super::StrategicRole`] by id.
    StrategicRole(Id),
    /// A [`super::Platform`] by id.
    Platform(Id),
    /// The persona list as a whole.
    Personas,
    /// A persona as a whole.
    Persona(Id),
    /// One field group of a persona.
    PersonaField(Id, PersonaPart),
    Voice(VoiceField),
    /// A [`super::VoiceTrait`] by id.
    VoiceTrait(Id),
    /// A [`super::SampleLine`] by id.
    VoiceSample(Id),
    /// The goal list as a whole.
    Goals,
    /// A [`super::Goal`] as a whole.
    Goal(Id),
    /// One field of a goal.
    GoalField(Id, GoalPart),
    /// The content themes as a whole (step 6).
    ContentThemes,
    /// A [`super::Theme`] by id.
    ContentTheme(Id),
    /// The coverage of personas and goals by the themes.
    ContentCoverage,
    /// The formats-per-platform section as a whole.
    ContentFormats,
    /// The formats and cadence of a [`super::Platform`], by the platform's id.
    ContentPlatform(Id),
    /// The brand colours as a whole.
    ContentColours,
    /// A [`super::BrandColour`] by id.
    ContentColour(Id),
    /// A part of step 5 as a whole.
    Team(TeamField),
    /// A [`super::TeamRole`] by id.
    TeamRole(Id),
    /// A [`super::Person`] of the team by id.
    TeamPerson(Id),
    /// An [`super::ApprovalStep`] by id.
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
    /// A reason shorter than [`MIN_WHY_UNITS`] (see [`why_units`]).
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
    /// An age above [`MAX_AGE`].
    AgeOutOfRange { age: u8 },
    /// A name another persona already has (reported on the later one; case and width ignored).
    DuplicatePersonaName { name: String },

    // Step 3 · voice
    /// No core values for the voice to match.
    NoCoreValues,
    /// Fewer than [`MIN_TRAITS`] personality traits.
    TooFewTraits { count: usize, min: usize },
    /// More than [`MAX_TRAITS`] personality traits.
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
    /// A goal fails this SMART letter (the goal's own report, [`super::smart::check_goal`], says why).
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
    RaciNoAccountable { activity: super::Activity },
    /// An activity of the matrix with more than one accountable role.
    RaciSeveralAccountable {
        activity: super::Activity,
        count: usize,
    },
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

/// One thing a step needs before it counts as finished (the units of [`step_completeness`]).
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
    /// At least [`MIN_TRAITS`] traits.
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

/// The least a role's reason must weigh (see [`why_units`]): about four Chinese characters or
/// eight Latin letters.
pub const MIN_WHY_UNITS: usize = 8;
/// The highest plausible age.
pub const MAX_AGE: u8 = 120;
/// The fewest personality traits a voice needs.
pub const MIN_TRAITS: usize = 3;
/// The most personality traits people can keep in mind.
pub const MAX_TRAITS: usize = 5;

/// How much a reason says: each CJK letter counts 2 and each other letter or digit 1; spaces and
/// punctuation count 0, since one Chinese character says roughly what two Latin letters do. So
/// "提升品牌知名度" (14) and "drive sales" (10) pass [`MIN_WHY_UNITS`] while "曝光" (4) and "reach"
/// (5) do not.
pub fn why_units(text: &str) -> usize {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| if is_cjk(c) { 2 } else { 1 })
        .sum()
}

fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

fn any_filled(items: &[String]) -> bool {
    items.iter().any(|s| !blank(s))
}

fn role_unnamed(role: &super::StrategicRole) -> bool {
    role.kind == StrategicRoleKind::Custom && blank(&role.custom_name)
}

fn platform_unnamed(platform: &super::Platform) -> bool {
    platform.kind == PlatformKind::Custom && blank(&platform.custom_name)
}

fn role_is_explained(role: &super::StrategicRole) -> bool {
    !blank(&role.why) && !role_unnamed(role)
}

// ---------------------------------------------------------------- step 1

/// The inline checks of step 1.
pub fn strategy_findings(s: &Strategy) -> Vec<Finding> {
    use FindingKind::*;
    let mut out = Vec::new();
    let field = FieldRef::Strategy;
    let role_ids: HashSet<Id> = s.roles.iter().map(|r| r.id).collect();

    if s.roles.is_empty() {
        out.push(Finding::new(NoRole, field(StrategyField::Roles)));
    }
    match s.primary_role {
        None if !s.roles.is_empty() => out.push(Finding::new(
            NoPrimaryRole,
            field(StrategyField::PrimaryRole),
        )),
        Some(id) if !role_ids.contains(&id) => out.push(Finding::new(
            PrimaryRoleNotInList,
            field(StrategyField::PrimaryRole),
        )),
        _ => {}
    }
    let mut seen_kinds = HashSet::new();
    for role in &s.roles {
        let target = FieldRef::StrategicRole(role.id);
        if role_unnamed(role) {
            out.push(Finding::new(CustomRoleWithoutName, target));
        } else if role.kind != StrategicRoleKind::Custom && !seen_kinds.insert(role.kind) {
            out.push(Finding::new(DuplicateRole, target));
        }
        if blank(&role.why) {
            out.push(Finding::new(RoleWithoutWhy, target));
        } else if why_units(&role.why) < MIN_WHY_UNITS {
            out.push(Finding::new(RoleWhyTooShort, target));
        }
    }
    if blank(&s.vision) {
        out.push(Finding::new(NoVision, field(StrategyField::Vision)));
    }
    if !any_filled(&s.objectives) {
        out.push(Finding::new(NoObjective, field(StrategyField::Objectives)));
    }
    if s.platforms.is_empty() {
        out.push(Finding::new(NoPlatform, field(StrategyField::Platforms)));
    }
    for p in &s.platforms {
        let target = FieldRef::Platform(p.id);
        if platform_unnamed(p) {
            out.push(Finding::new(CustomPlatformWithoutName, target));
        }
        match p.role {
            None => out.push(Finding::new(PlatformWithoutRole, target)),
            Some(id) if !role_ids.contains(&id) => {
                out.push(Finding::new(PlatformRoleNotInList, target))
            }
            Some(_) => {}
        }
    }
    out
}

/// How far step 1 is filled in.
pub fn strategy_completeness(s: &Strategy) -> Completeness<Checkpoint> {
    let has_role = |id: Option<Id>| id.is_some_and(|id| s.roles.iter().any(|r| r.id == id));
    Completeness::tally([
        (Checkpoint::RoleChosen, !s.roles.is_empty()),
        (Checkpoint::PrimaryRoleChosen, has_role(s.primary_role)),
        (
            Checkpoint::RolesExplained,
            !s.roles.is_empty() && s.roles.iter().all(role_is_explained),
        ),
        (Checkpoint::VisionWritten, !blank(&s.vision)),
        (Checkpoint::ObjectiveWritten, any_filled(&s.objectives)),
        (Checkpoint::PlatformChosen, !s.platforms.is_empty()),
        (
            Checkpoint::PlatformsAssigned,
            !s.platforms.is_empty()
                && s.platforms
                    .iter()
                    .all(|p| has_role(p.role) && !platform_unnamed(p)),
        ),
    ])
}

// ---------------------------------------------------------------- step 2

fn age_valid(age: Option<u8>) -> bool {
    age.is_none_or(|a| a <= MAX_AGE)
}

fn demographics_done(p: &Persona) -> bool {
    let range_given = p.age_min.is_some() || p.age_max.is_some();
    let range_ordered = match (p.age_min, p.age_max) {
        (Some(min), Some(max)) => min <= max,
        _ => true,
    };
    let other = [&p.gender, &p.location, &p.occupation, &p.income]
        .iter()
        .any(|s| !blank(s));
    range_given && range_ordered && age_valid(p.age_min) && age_valid(p.age_max) && other
}

/// Which of a persona's field groups are filled in. A list counts when it has a non-blank entry;
/// an open age range ("30+", only one bound) counts as a range.
pub fn persona_completeness(p: &Persona) -> Completeness<PersonaPart> {
    Completeness::tally(PersonaPart::ALL.map(|part| {
        let done = match part {
            PersonaPart::Name => !blank(&p.name),
            PersonaPart::Demographics => demographics_done(p),
            PersonaPart::Interests => any_filled(&p.interests),
            PersonaPart::InfoHabits => any_filled(&p.info_habits),
            PersonaPart::SocialBehaviour => any_filled(&p.social_behaviour),
            PersonaPart::Pains => any_filled(&p.pains),
            PersonaPart::Gathering => !p.platforms.is_empty() || any_filled(&p.communities),
            PersonaPart::Topics => any_filled(&p.topics),
            PersonaPart::Motivators => any_filled(&p.motivators),
        };
        (part, done)
    }))
}

/// The checks of one persona on its own: a name, and plausible ages.
pub fn persona_findings(p: &Persona) -> Vec<Finding> {
    use FindingKind::*;
    let mut out = Vec::new();
    if blank(&p.name) {
        out.push(Finding::new(
            PersonaWithoutName,
            FieldRef::PersonaField(p.id, PersonaPart::Name),
        ));
    }
    let demographics = FieldRef::PersonaField(p.id, PersonaPart::Demographics);
    for age in [p.age_min, p.age_max].into_iter().flatten() {
        if age > MAX_AGE {
            out.push(Finding::new(AgeOutOfRange { age }, demographics));
        }
    }
    if let (Some(min), Some(max)) = (p.age_min, p.age_max) {
        if min > max {
            out.push(Finding::new(AgeRangeReversed { min, max }, demographics));
        }
    }
    out
}

/// The checks of the persona list: at least one persona, a primary one, no name used twice, and
/// each persona's own checks ([`persona_findings`]).
pub fn personas_findings(personas: &[Persona]) -> Vec<Finding> {
    use FindingKind::*;
    let mut out = Vec::new();
    if personas.is_empty() {
        out.push(Finding::new(NoPersona, FieldRef::Personas));
    } else if !personas
        .iter()
        .any(|p| p.priority == PersonaPriority::Primary)
    {
        out.push(Finding::new(NoPrimaryPersona, FieldRef::Personas));
    }
    let mut names = HashSet::new();
    for p in personas {
        out.extend(persona_findings(p));
        let name = normalize_term(&p.name);
        if !name.is_empty() && !names.insert(name) {
            out.push(Finding::new(
                DuplicatePersonaName {
                    name: p.name.trim().to_string(),
                },
                FieldRef::PersonaField(p.id, PersonaPart::Name),
            ));
        }
    }
    out
}

/// How far step 2 is filled in: a persona, a primary one, and every part of every persona.
pub fn personas_completeness(personas: &[Persona]) -> Completeness<Checkpoint> {
    let list = [
        (Checkpoint::PersonaAdded, !personas.is_empty()),
        (
            Checkpoint::PrimaryPersonaChosen,
            personas
                .iter()
                .any(|p| p.priority == PersonaPriority::Primary),
        ),
    ];
    let parts = personas.iter().flat_map(|p| {
        let c = persona_completeness(p);
        PersonaPart::ALL.into_iter().map(move |part| {
            (
                Checkpoint::PersonaPart(p.id, part),
                !c.missing.contains(&part),
            )
        })
    });
    Completeness::tally(list.into_iter().chain(parts))
}

// ---------------------------------------------------------------- step 3

/// Words to use that the voice check would flag, each with the first term it hits.
fn conflicting_words(v: &Voice, checker: &VoiceChecker) -> Vec<FindingKind> {
    let mut seen = HashSet::new();
    v.words_to_use
        .iter()
        .filter(|w| seen.insert(normalize_term(w)))
        .filter_map(|w| {
            let hit = checker.check(w).matches.into_iter().next()?;
            Some(FindingKind::WordToUseIsAvoided {
                word: w.trim().to_string(),
                term: hit.term,
                list: hit.kind,
            })
        })
        .collect()
}

fn has_sample(v: &Voice, kind: SampleKind) -> bool {
    v.samples.iter().any(|s| s.kind == kind && !blank(&s.text))
}

/// The inline checks of step 3. Samples are checked with the voice check
/// ([`super::voice_check`]) against the plan's words to avoid and forbidden claims.
pub fn voice_findings(v: &Voice) -> Vec<Finding> {
    use FindingKind::*;
    let mut out = Vec::new();
    let field = FieldRef::Voice;
    if blank(&v.core_values) {
        out.push(Finding::new(NoCoreValues, field(VoiceField::CoreValues)));
    }
    let count = v.traits.len();
    if count < MIN_TRAITS {
        out.push(Finding::new(
            TooFewTraits {
                count,
                min: MIN_TRAITS,
            },
            field(VoiceField::Traits),
        ));
    } else if count > MAX_TRAITS {
        out.push(Finding::new(
            TooManyTraits {
                count,
                max: MAX_TRAITS,
            },
            field(VoiceField::Traits),
        ));
    }
    for t in &v.traits {
        if blank(&t.we_are) {
            out.push(Finding::new(TraitWithoutWeAre, FieldRef::VoiceTrait(t.id)));
        }
        if blank(&t.we_are_not) {
            out.push(Finding::new(TraitWithoutButNot, FieldRef::VoiceTrait(t.id)));
        }
    }
    if !any_filled(&v.words_to_use) {
        out.push(Finding::new(NoWordsToUse, field(VoiceField::WordsToUse)));
    }
    if !any_filled(&v.words_to_avoid) {
        out.push(Finding::new(
            NoWordsToAvoid,
            field(VoiceField::WordsToAvoid),
        ));
    }
    let checker = VoiceChecker::from_voice(v);
    for kind in conflicting_words(v, &checker) {
        out.push(Finding::new(kind, field(VoiceField::WordsToUse)));
    }
    if !has_sample(v, SampleKind::Post) {
        out.push(Finding::new(NoSamplePost, field(VoiceField::Samples)));
    }
    if !has_sample(v, SampleKind::ComplaintReply) {
        out.push(Finding::new(NoComplaintReply, field(VoiceField::Samples)));
    }
    for s in &v.samples {
        let report = checker.check(&s.text);
        let target = FieldRef::VoiceSample(s.id);
        let avoided = report.terms_of(MatchKind::AvoidWord);
        if !avoided.is_empty() {
            out.push(Finding::new(
                SampleUsesAvoidWords { terms: avoided },
                target,
            ));
        }
        let claims = report.terms_of(MatchKind::ForbiddenClaim);
        if !claims.is_empty() {
            out.push(Finding::new(
                SampleMakesForbiddenClaims { terms: claims },
                target,
            ));
        }
    }
    out
}

/// How far step 3 is filled in.
pub fn voice_completeness(v: &Voice) -> Completeness<Checkpoint> {
    let checker = VoiceChecker::from_voice(v);
    let samples_clean = v.samples.iter().any(|s| !blank(&s.text))
        && v.samples.iter().all(|s| checker.check(&s.text).is_clean());
    Completeness::tally([
        (Checkpoint::CoreValuesWritten, !blank(&v.core_values)),
        (Checkpoint::TraitsChosen, v.traits.len() >= MIN_TRAITS),
        (
            Checkpoint::TraitsPaired,
            !v.traits.is_empty()
                && v.traits
                    .iter()
                    .all(|t| !blank(&t.we_are) && !blank(&t.we_are_not)),
        ),
        (
            Checkpoint::WordsChosen,
            any_filled(&v.words_to_use)
                && any_filled(&v.words_to_avoid)
                && conflicting_words(v, &checker).is_empty(),
        ),
        (
            Checkpoint::SamplePostWritten,
            has_sample(v, SampleKind::Post),
        ),
        (
            Checkpoint::ComplaintReplyWritten,
            has_sample(v, SampleKind::ComplaintReply),
        ),
        (Checkpoint::SamplesFollowVoice, samples_clean),
    ])
}

// ---------------------------------------------------------------- step 4

/// The checks of one goal as of `today`: its title, and one finding per SMART letter that fails
/// (error) or warns (warning), pointing at the field of the letter's first reason of that weight.
pub fn goal_findings(goal: &Goal, plan: &Plan, today: NaiveDate) -> Vec<Finding> {
    use FindingKind::*;
    let mut out = Vec::new();
    if blank(&goal.title) {
        out.push(Finding::new(
            GoalWithoutTitle,
            FieldRef::GoalField(goal.id, GoalPart::Title),
        ));
    }
    let report = check_goal(goal, plan, today);
    for check in &report.letters {
        if check.is_not_judged() {
            continue;
        }
        let letter = check.letter;
        let kind = match check.verdict {
            Verdict::Pass => continue,
            Verdict::Warn => GoalLetterWeak { letter },
            Verdict::Fail => GoalLetterFails { letter },
        };
        let part = check
            .reasons
            .iter()
            .find(|r| r.verdict() == check.verdict)
            .map_or(letter.main_part(), |r| r.part());
        out.push(Finding::new(kind, FieldRef::GoalField(goal.id, part)));
    }
    out
}

/// The checks of step 4 as of `today`: at least one goal, and each goal's own checks.
pub fn goals_findings(plan: &Plan, today: NaiveDate) -> Vec<Finding> {
    let mut out = Vec::new();
    if plan.goals.is_empty() {
        out.push(Finding::new(FindingKind::NoGoal, FieldRef::Goals));
    }
    for goal in &plan.goals {
        out.extend(goal_findings(goal, plan, today));
    }
    out
}

/// How far step 4 is filled in as of `today`: a goal, and per goal its title and each SMART
/// letter that does not fail. 100 % exactly when [`goals_findings`] has no error.
pub fn goals_completeness(plan: &Plan, today: NaiveDate) -> Completeness<Checkpoint> {
    let per_goal = plan.goals.iter().flat_map(|g| {
        let report = check_goal(g, plan, today);
        std::iter::once((Checkpoint::GoalTitled(g.id), !blank(&g.title))).chain(
            SmartLetter::ALL.into_iter().map(move |letter| {
                (
                    Checkpoint::GoalLetter(g.id, letter),
                    report.letter(letter).verdict != Verdict::Fail,
                )
            }),
        )
    });
    Completeness::tally(
        std::iter::once((Checkpoint::GoalAdded, !plan.goals.is_empty())).chain(per_goal),
    )
}

// ---------------------------------------------------------------- step 6

/// True when the plan has a persona or a goal the themes could point at, so a theme that points at
/// none of them is missing something (with none to choose, the earlier step is what is missing).
fn theme_gaps(theme: &super::Theme, plan: &Plan) -> (bool, bool) {
    let persona_known = |id: &Id| plan.personas.iter().any(|p| p.id == *id);
    let goal_known = |id: &Id| plan.goals.iter().any(|g| g.id == *id);
    let no_persona = !plan.personas.is_empty() && !theme.personas.iter().any(persona_known);
    let no_goal = !plan.goals.is_empty() && !theme.goals.iter().any(goal_known);
    (no_persona, no_goal)
}

fn theme_unnamed(theme: &super::Theme) -> bool {
    theme.kind == ThemeKind::Custom && blank(&theme.name)
}

/// The formats record of `platform`, if the plan has one.
fn platform_formats(plan: &Plan, platform: Id) -> Option<&super::PlatformFormats> {
    plan.content.formats.iter().find(|f| f.platform == platform)
}

fn platform_has_formats(plan: &Plan, platform: Id) -> bool {
    platform_formats(plan, platform).is_some_and(|f| !f.formats.is_empty())
}

fn platform_has_cadence(plan: &Plan, platform: Id) -> bool {
    platform_formats(plan, platform).is_some_and(|f| f.posts_per_week.is_some_and(|n| n > 0))
}

fn colour_valid(colour: &super::BrandColour) -> bool {
    super::colour::parse_hex(&colour.hex).is_some()
}

/// The inline checks of step 6: at least one theme, shares adding up to 100 %, each theme named
/// and tied to a persona and a goal, every persona and goal covered by a theme, formats and a
/// cadence for each platform of the strategy, and valid brand colour codes.
pub fn content_findings(plan: &Plan) -> Vec<Finding> {
    use FindingKind::*;
    let mut out = Vec::new();
    let content = &plan.content;
    if content.themes.is_empty() {
        out.push(Finding::new(NoTheme, FieldRef::ContentThemes));
    } else {
        let total = super::content_mix::share_total(content);
        if total != 100 {
            out.push(Finding::new(
                SharesNotHundred { total },
                FieldRef::ContentThemes,
            ));
        }
    }
    for theme in &content.themes {
        let target = FieldRef::ContentTheme(theme.id);
        if theme_unnamed(theme) {
            out.push(Finding::new(CustomThemeWithoutName, target));
        }
        let (no_persona, no_goal) = theme_gaps(theme, plan);
        let (kind, name) = (theme.kind, theme.name.trim().to_string());
        if no_persona {
            out.push(Finding::new(
                ThemeWithoutPersona {
                    kind,
                    name: name.clone(),
                },
                target,
            ));
        }
        if no_goal {
            out.push(Finding::new(ThemeWithoutGoal { kind, name }, target));
        }
    }
    if !content.themes.is_empty() {
        for persona in &plan.personas {
            if !content
                .themes
                .iter()
                .any(|t| t.personas.contains(&persona.id))
            {
                out.push(Finding::new(
                    PersonaNotServed {
                        name: persona.name.trim().to_string(),
                    },
                    FieldRef::ContentCoverage,
                ));
            }
        }
        for goal in &plan.goals {
            if !content.themes.iter().any(|t| t.goals.contains(&goal.id)) {
                out.push(Finding::new(
                    GoalNotSupported {
                        title: goal.title.trim().to_string(),
                    },
                    FieldRef::ContentCoverage,
                ));
            }
        }
    }
    if plan.strategy.platforms.is_empty() {
        out.push(Finding::new(NoPlatformForFormats, FieldRef::ContentFormats));
    }
    for platform in &plan.strategy.platforms {
        let target = FieldRef::ContentPlatform(platform.id);
        let (kind, name) = (platform.kind, platform.custom_name.trim().to_string());
        if !platform_has_formats(plan, platform.id) {
            out.push(Finding::new(
                PlatformWithoutFormats {
                    kind,
                    name: name.clone(),
                },
                target,
            ));
        }
        if !platform_has_cadence(plan, platform.id) {
            out.push(Finding::new(PlatformWithoutCadence { kind, name }, target));
        }
    }
    for colour in &content.style.colours {
        if !colour_valid(colour) {
            out.push(Finding::new(
                InvalidColourHex {
                    hex: colour.hex.trim().to_string(),
                },
                FieldRef::ContentColour(colour.id),
            ));
        }
    }
    out
}

/// How far step 6 is filled in. 100 % exactly when [`content_findings`] has no error.
pub fn content_completeness(plan: &Plan) -> Completeness<Checkpoint> {
    let content = &plan.content;
    let themes = &content.themes;
    let platforms = &plan.strategy.platforms;
    Completeness::tally([
        (Checkpoint::ThemeAdded, !themes.is_empty()),
        (
            Checkpoint::SharesAddUp,
            !themes.is_empty() && super::content_mix::share_total(content) == 100,
        ),
        (
            Checkpoint::ThemesLinked,
            !themes.is_empty()
                && themes
                    .iter()
                    .all(|t| !theme_unnamed(t) && theme_gaps(t, plan) == (false, false)),
        ),
        (
            Checkpoint::FormatsPlanned,
            !platforms.is_empty()
                && platforms
                    .iter()
                    .all(|p| platform_has_formats(plan, p.id) && platform_has_cadence(plan, p.id)),
        ),
        (
            Checkpoint::ColoursValid,
            content.style.colours.iter().all(colour_valid),
        ),
    ])
}

// ---------------------------------------------------------------- the step rail

/// The day the `today`-less functions judge goals on: the day of the plan's last save.
fn plan_day(plan: &Plan) -> NaiveDate {
    plan.updated_at.date_naive()
}

/// How far a step is filled in as of `today`, for the step rail. `None` for steps not measured
/// yet: team and content will get their own checkpoints when their checks are written, and the
/// handbook step is a view of the others.
pub fn step_completeness_on(
    plan: &Plan,
    step: Step,
    today: NaiveDate,
) -> Option<Completeness<Checkpoint>> {
    match step {
        Step::Strategy => Some(strategy_completeness(&plan.strategy)),
        Step::Personas => Some(personas_completeness(&plan.personas)),
        Step::Voice => Some(voice_completeness(&plan.voice)),
        Step::Goals => Some(goals_completeness(plan, today)),
        Step::Team => Some(super::team_rules::team_completeness(&plan.team)),
        Step::Content => Some(content_completeness(plan)),
        Step::Handbook => None,
    }
}

/// Every inline finding of a step as of `today`. Empty for the handbook, which gathers them all.
pub fn step_findings_on(plan: &Plan, step: Step, today: NaiveDate) -> Vec<Finding> {
    match step {
        Step::Strategy => strategy_findings(&plan.strategy),
        Step::Personas => personas_findings(&plan.personas),
        Step::Voice => voice_findings(&plan.voice),
        Step::Goals => goals_findings(plan, today),
        Step::Team => super::team_rules::team_findings(&plan.team),
        Step::Content => content_findings(plan),
        Step::Handbook => Vec::new(),
    }
}

/// [`step_completeness_on`] with goals judged on the day of the plan's last save.
pub fn step_completeness(plan: &Plan, step: Step) -> Option<Completeness<Checkpoint>> {
    step_completeness_on(plan, step, plan_day(plan))
}

/// [`step_findings_on`] with goals judged on the day of the plan's last save.
pub fn step_findings(plan: &Plan, step: Step) -> Vec<Finding> {
    step_findings_on(plan, step, plan_day(plan))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        BrandColour, Content, Format, Platform, PlatformFormats, SampleLine, StrategicRole, Theme,
        VoiceTrait,
    };
    use FindingKind::*;

    fn kinds(findings: &[Finding]) -> Vec<FindingKind> {
        findings.iter().map(|f| f.kind.clone()).collect()
    }

    fn role(id: Id, kind: StrategicRoleKind, why: &str) -> StrategicRole {
        StrategicRole {
            id,
            kind,
            custom_name: String::new(),
            why: why.into(),
        }
    }

    fn platform(id: Id, kind: PlatformKind, role: Option<Id>) -> Platform {
        Platform {
            id,
            kind,
            role,
            ..Default::default()
        }
    }

    fn good_strategy() -> Strategy {
        Strategy {
            roles: vec![
                role(
                    1,
                    StrategicRoleKind::BrandAmplifier,
                    "让更多年轻人认识我们的咖啡",
                ),
                role(
                    2,
                    StrategicRoleKind::CustomerService,
                    "Answer delivery questions fast",
                ),
            ],
            primary_role: Some(1),
            vision: "成为本地人最信任的咖啡品牌".into(),
            objectives: vec!["半年内微博粉丝增长 30%".into()],
            platforms: vec![
                platform(3, PlatformKind::Weibo, Some(1)),
                platform(4, PlatformKind::WechatOfficialAccount, Some(2)),
            ],
        }
    }

    fn good_persona(id: Id, name: &str) -> Persona {
        let one = |s: &str| vec![s.to_string()];
        Persona {
            id,
            name: name.into(),
            age_min: Some(25),
            age_max: Some(35),
            occupation: "白领".into(),
            interests: one("精品咖啡"),
            info_habits: one("通勤时刷小红书"),
            social_behaviour: one("晚上评论"),
            pains: one("早上没时间排队"),
            communities: one("咖啡爱好者群"),
            topics: one("新品"),
            motivators: one("真实测评"),
            ..Default::default()
        }
    }

    fn trait_(id: Id, we_are: &str, not: &str) -> VoiceTrait {
        VoiceTrait {
            id,
            we_are: we_are.into(),
            we_are_not: not.into(),
            ..Default::default()
        }
    }

    fn sample(id: Id, kind: SampleKind, text: &str) -> SampleLine {
        SampleLine {
            id,
            kind,
            text: text.into(),
            ..Default::default()
        }
    }

    fn good_voice() -> Voice {
        Voice {
            core_values: "真诚、专业".into(),
            traits: vec![
                trait_(10, "亲和", "油腻"),
                trait_(11, "专业", "说教"),
                trait_(12, "有趣", "轻浮"),
            ],
            words_to_use: vec!["伙伴".into(), "fresh".into()],
            words_to_avoid: vec!["亲".into(), "cheap".into()],
            forbidden_claims: vec!["最".into(), "第一".into(), "best".into()],
            samples: vec![
                sample(20, SampleKind::Post, "今天的新豆子到了，来尝尝 fresh roast"),
                sample(
                    21,
                    SampleKind::ComplaintReply,
                    "很抱歉让您久等，我们马上处理",
                ),
            ],
            ..Default::default()
        }
    }

    // ---- vocabulary

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

    #[test]
    fn why_units_weigh_chinese_characters_double() {
        assert_eq!(why_units("提升品牌知名度"), 14);
        assert_eq!(why_units("drive sales!"), 10);
        assert_eq!(why_units("  曝光。 "), 4);
        assert_eq!(why_units(""), 0);
    }

    // ---- step 1

    #[test]
    fn a_good_strategy_has_no_findings_and_is_complete() {
        let s = good_strategy();
        assert_eq!(strategy_findings(&s), vec![]);
        let c = strategy_completeness(&s);
        assert_eq!(c.percent(), 100);
        assert!(c.missing.is_empty());
    }

    #[test]
    fn an_empty_strategy_reports_what_is_missing_and_is_at_zero() {
        let s = Strategy::default();
        assert_eq!(
            kinds(&strategy_findings(&s)),
            vec![NoRole, NoVision, NoObjective, NoPlatform]
        );
        let c = strategy_completeness(&s);
        assert_eq!((c.done, c.total), (0, 7));
    }

    #[test]
    fn primary_role_must_exist_and_be_in_the_list() {
        let mut s = good_strategy();
        s.primary_role = None;
        assert_eq!(
            strategy_findings(&s),
            vec![Finding::new(
                NoPrimaryRole,
                FieldRef::Strategy(StrategyField::PrimaryRole)
            )]
        );
        s.primary_role = Some(99);
        assert_eq!(kinds(&strategy_findings(&s)), vec![PrimaryRoleNotInList]);
        assert_eq!(
            strategy_completeness(&s).missing,
            vec![Checkpoint::PrimaryRoleChosen]
        );
    }

    #[test]
    fn a_role_without_a_real_why_is_flagged() {
        let mut s = good_strategy();
        s.roles[0].why = " \u{3000} ".into();
        s.roles[1].why = "曝光".into();
        let f = strategy_findings(&s);
        assert_eq!(
            f,
            vec![
                Finding::new(RoleWithoutWhy, FieldRef::StrategicRole(1)),
                Finding::new(RoleWhyTooShort, FieldRef::StrategicRole(2)),
            ]
        );
        // Only the missing reason stops the step; a short one is a warning.
        assert_eq!(
            strategy_completeness(&s).missing,
            vec![Checkpoint::RolesExplained]
        );
        s.roles[0].why = "提升品牌知名度".into();
        assert_eq!(strategy_completeness(&s).percent(), 100);
    }

    #[test]
    fn custom_roles_and_platforms_need_names() {
        let mut s = good_strategy();
        s.roles.push(role(
            5,
            StrategicRoleKind::Custom,
            "Recruit baristas for new shops",
        ));
        s.platforms.push(platform(6, PlatformKind::Custom, Some(5)));
        assert_eq!(
            strategy_findings(&s),
            vec![
                Finding::new(CustomRoleWithoutName, FieldRef::StrategicRole(5)),
                Finding::new(CustomPlatformWithoutName, FieldRef::Platform(6)),
            ]
        );
        s.roles[2].custom_name = "招聘".into();
        s.platforms[2].custom_name = "豆瓣".into();
        assert_eq!(strategy_findings(&s), vec![]);
    }

    #[test]
    fn a_built_in_role_chosen_twice_is_a_warning_on_the_second() {
        let mut s = good_strategy();
        s.roles.push(role(
            7,
            StrategicRoleKind::BrandAmplifier,
            "Reach new office districts",
        ));
        s.roles
            .push(role(8, StrategicRoleKind::Custom, "Recruit baristas"));
        s.roles
            .push(role(9, StrategicRoleKind::Custom, "Recruit suppliers"));
        s.roles[3].custom_name = "a".into();
        s.roles[4].custom_name = "b".into();
        assert_eq!(
            strategy_findings(&s),
            vec![Finding::new(DuplicateRole, FieldRef::StrategicRole(7))]
        );
    }

    #[test]
    fn platforms_must_carry_a_role_of_the_list() {
        let mut s = good_strategy();
        s.platforms[0].role = None;
        s.platforms[1].role = Some(42);
        assert_eq!(
            strategy_findings(&s),
            vec![
                Finding::new(PlatformWithoutRole, FieldRef::Platform(3)),
                Finding::new(PlatformRoleNotInList, FieldRef::Platform(4)),
            ]
        );
        assert_eq!(
            strategy_completeness(&s).missing,
            vec![Checkpoint::PlatformsAssigned]
        );
    }

    #[test]
    fn blank_objectives_do_not_count() {
        let mut s = good_strategy();
        s.objectives = vec!["".into(), "  ".into()];
        assert_eq!(kinds(&strategy_findings(&s)), vec![NoObjective]);
        assert_eq!(strategy_completeness(&s).percent(), 85);
    }

    #[test]
    fn strategy_is_complete_exactly_when_it_has_no_error() {
        let mutations: Vec<fn(&mut Strategy)> = vec![
            |s| s.roles.clear(),
            |s| s.primary_role = None,
            |s| s.primary_role = Some(77),
            |s| s.roles[1].why.clear(),
            |s| s.roles[1].why = "reach".into(),
            |s| s.roles[0].kind = StrategicRoleKind::Custom,
            |s| s.roles[1].kind = StrategicRoleKind::BrandAmplifier,
            |s| s.vision.clear(),
            |s| s.objectives.clear(),
            |s| s.platforms.clear(),
            |s| s.platforms[1].role = None,
            |s| s.platforms[1].role = Some(77),
            |s| s.platforms[0].kind = PlatformKind::Custom,
        ];
        for (i, mutate) in mutations.into_iter().enumerate() {
            let mut s = good_strategy();
            mutate(&mut s);
            let findings = strategy_findings(&s);
            assert!(!findings.is_empty(), "mutation {i} found nothing");
            assert_eq!(
                strategy_completeness(&s).is_complete(),
                !has_errors(&findings),
                "mutation {i}: {findings:?}"
            );
        }
    }

    // ---- step 2

    #[test]
    fn a_full_persona_is_complete() {
        let c = persona_completeness(&good_persona(1, "小林"));
        assert_eq!((c.done, c.total, c.percent()), (9, 9, 100));
    }

    #[test]
    fn an_empty_persona_misses_every_part_in_order() {
        let c = persona_completeness(&Persona::default());
        assert_eq!(c.done, 0);
        assert_eq!(c.missing, PersonaPart::ALL.to_vec());
    }

    #[test]
    fn demographics_need_a_valid_age_range_and_one_more_fact() {
        let missing = |p: &Persona| persona_completeness(p).missing;
        let mut p = good_persona(1, "小林");
        p.occupation = " ".into();
        assert_eq!(missing(&p), vec![PersonaPart::Demographics]);
        p.location = "上海".into();
        assert_eq!(missing(&p), vec![]);
        p.age_max = None;
        assert_eq!(missing(&p), vec![], "an open range like 25+ counts");
        p.age_min = None;
        assert_eq!(missing(&p), vec![PersonaPart::Demographics]);
        p.age_min = Some(40);
        p.age_max = Some(30);
        assert_eq!(missing(&p), vec![PersonaPart::Demographics]);
        p.age_min = Some(20);
        p.age_max = Some(130);
        assert_eq!(missing(&p), vec![PersonaPart::Demographics]);
    }

    #[test]
    fn gathering_counts_platforms_or_communities() {
        let mut p = good_persona(1, "小林");
        p.communities = vec!["".into()];
        assert_eq!(
            persona_completeness(&p).missing,
            vec![PersonaPart::Gathering]
        );
        p.platforms = vec![3];
        assert!(persona_completeness(&p).is_complete());
    }

    #[test]
    fn ages_must_be_ordered_and_plausible() {
        let mut p = good_persona(7, "小林");
        p.age_min = Some(50);
        p.age_max = Some(30);
        let target = FieldRef::PersonaField(7, PersonaPart::Demographics);
        assert_eq!(
            persona_findings(&p),
            vec![Finding::new(AgeRangeReversed { min: 50, max: 30 }, target)]
        );
        p.age_min = Some(121);
        p.age_max = Some(200);
        assert_eq!(
            kinds(&persona_findings(&p)),
            vec![AgeOutOfRange { age: 121 }, AgeOutOfRange { age: 200 }]
        );
        p.age_min = Some(0);
        p.age_max = Some(120);
        assert_eq!(persona_findings(&p), vec![]);
    }

    #[test]
    fn persona_list_needs_one_primary_and_distinct_names() {
        assert_eq!(kinds(&personas_findings(&[])), vec![NoPersona]);
        let mut a = good_persona(1, "小林");
        let mut b = good_persona(2, "Office Worker");
        let c = good_persona(3, " office  worker ");
        a.priority = PersonaPriority::Secondary;
        b.priority = PersonaPriority::Secondary;
        let list = [a.clone(), b.clone(), c.clone()];
        assert_eq!(
            personas_findings(&list),
            vec![Finding::new(
                DuplicatePersonaName {
                    name: "office  worker".into()
                },
                FieldRef::PersonaField(3, PersonaPart::Name)
            )]
        );
        let mut c = c;
        c.priority = PersonaPriority::Secondary;
        c.name = "老王".into();
        assert_eq!(
            kinds(&personas_findings(&[a, b, c])),
            vec![NoPrimaryPersona]
        );
    }

    #[test]
    fn unnamed_personas_are_an_error_but_not_duplicates() {
        let list = [good_persona(1, ""), good_persona(2, " ")];
        assert_eq!(
            personas_findings(&list),
            vec![
                Finding::new(
                    PersonaWithoutName,
                    FieldRef::PersonaField(1, PersonaPart::Name)
                ),
                Finding::new(
                    PersonaWithoutName,
                    FieldRef::PersonaField(2, PersonaPart::Name)
                ),
            ]
        );
    }

    #[test]
    fn personas_step_counts_every_part_of_every_persona() {
        let empty = personas_completeness(&[]);
        assert_eq!((empty.done, empty.total), (0, 2));
        let mut second = good_persona(2, "老王");
        second.priority = PersonaPriority::Secondary;
        second.topics.clear();
        second.pains.clear();
        let c = personas_completeness(&[good_persona(1, "小林"), second]);
        assert_eq!((c.done, c.total), (18, 20));
        assert_eq!(c.percent(), 90);
        assert_eq!(
            c.missing,
            vec![
                Checkpoint::PersonaPart(2, PersonaPart::Pains),
                Checkpoint::PersonaPart(2, PersonaPart::Topics),
            ]
        );
        assert_eq!(
            c.missing[0].target(),
            FieldRef::PersonaField(2, PersonaPart::Pains)
        );
    }

    // ---- step 3

    #[test]
    fn a_good_voice_has_no_findings_and_is_complete() {
        let v = good_voice();
        assert_eq!(voice_findings(&v), vec![]);
        assert_eq!(voice_completeness(&v).percent(), 100);
    }

    #[test]
    fn an_empty_voice_reports_everything_and_is_at_zero() {
        let v = Voice::default();
        assert_eq!(
            kinds(&voice_findings(&v)),
            vec![
                NoCoreValues,
                TooFewTraits { count: 0, min: 3 },
                NoWordsToUse,
                NoWordsToAvoid,
                NoSamplePost,
                NoComplaintReply,
            ]
        );
        assert_eq!(voice_completeness(&v).done, 0);
    }

    #[test]
    fn three_to_five_traits() {
        let mut v = good_voice();
        v.traits.pop();
        assert_eq!(
            kinds(&voice_findings(&v)),
            vec![TooFewTraits { count: 2, min: 3 }]
        );
        v.traits.extend((0..4).map(|i| trait_(30 + i, "x", "y")));
        let f = voice_findings(&v);
        assert_eq!(kinds(&f), vec![TooManyTraits { count: 6, max: 5 }]);
        assert_eq!(f[0].severity, Severity::Warning);
        v.traits.pop();
        assert_eq!(voice_findings(&v), vec![]);
    }

    #[test]
    fn every_trait_needs_its_but_not_half() {
        let mut v = good_voice();
        v.traits[1].we_are_not = "  ".into();
        v.traits[2].we_are = "".into();
        assert_eq!(
            voice_findings(&v),
            vec![
                Finding::new(TraitWithoutButNot, FieldRef::VoiceTrait(11)),
                Finding::new(TraitWithoutWeAre, FieldRef::VoiceTrait(12)),
            ]
        );
        assert_eq!(
            voice_completeness(&v).missing,
            vec![Checkpoint::TraitsPaired]
        );
    }

    #[test]
    fn a_word_both_used_and_avoided_is_a_contradiction() {
        let mut v = good_voice();
        v.words_to_use.push("CHEAP".into());
        v.words_to_use.push("cheap".into());
        v.words_to_use.push("最新".into());
        assert_eq!(
            kinds(&voice_findings(&v)),
            vec![
                WordToUseIsAvoided {
                    word: "CHEAP".into(),
                    term: "cheap".into(),
                    list: MatchKind::AvoidWord
                },
                WordToUseIsAvoided {
                    word: "最新".into(),
                    term: "最".into(),
                    list: MatchKind::ForbiddenClaim
                },
            ]
        );
        assert_eq!(
            voice_completeness(&v).missing,
            vec![Checkpoint::WordsChosen]
        );
    }

    #[test]
    fn latin_word_to_use_containing_an_avoided_word_only_as_a_prefix_is_fine() {
        let mut v = good_voice();
        v.words_to_use.push("Cheapside".into());
        assert_eq!(voice_findings(&v), vec![]);
    }

    #[test]
    fn samples_need_a_post_and_a_complaint_reply() {
        let mut v = good_voice();
        v.samples.retain(|s| s.kind == SampleKind::Post);
        assert_eq!(kinds(&voice_findings(&v)), vec![NoComplaintReply]);
        let mut v = good_voice();
        v.samples[0].text = " ".into();
        assert_eq!(kinds(&voice_findings(&v)), vec![NoSamplePost]);
    }

    #[test]
    fn samples_using_avoided_words_or_claims_are_flagged_per_sample() {
        let mut v = good_voice();
        v.samples[0].text = "亲，全城最好喝的咖啡，best and cheap, not CHEAP!".into();
        assert_eq!(
            voice_findings(&v),
            vec![
                Finding::new(
                    SampleUsesAvoidWords {
                        terms: vec!["亲".into(), "cheap".into()]
                    },
                    FieldRef::VoiceSample(20)
                ),
                Finding::new(
                    SampleMakesForbiddenClaims {
                        terms: vec!["最".into(), "best".into()]
                    },
                    FieldRef::VoiceSample(20)
                ),
            ]
        );
        assert_eq!(
            voice_completeness(&v).missing,
            vec![Checkpoint::SamplesFollowVoice]
        );
    }

    #[test]
    fn voice_is_complete_exactly_when_it_has_no_error() {
        let mutations: Vec<fn(&mut Voice)> = vec![
            |v| v.core_values = "\u{3000}".into(),
            |v| v.traits.truncate(1),
            |v| v.traits.extend((0..3).map(|i| trait_(40 + i, "a", "b"))),
            |v| v.traits[0].we_are_not.clear(),
            |v| v.words_to_use.clear(),
            |v| v.words_to_avoid = vec![" ".into()],
            |v| v.words_to_use.push("第一".into()),
            |v| v.samples.clear(),
            |v| v.samples[1].kind = SampleKind::Post,
            |v| v.samples[1].text.push_str("，我们是第一"),
        ];
        for (i, mutate) in mutations.into_iter().enumerate() {
            let mut v = good_voice();
            mutate(&mut v);
            let findings = voice_findings(&v);
            assert!(!findings.is_empty(), "mutation {i} found nothing");
            assert_eq!(
                voice_completeness(&v).is_complete(),
                !has_errors(&findings),
                "mutation {i}: {findings:?}"
            );
        }
    }

    // ---- the rail

    #[test]
    fn step_rail_measures_the_first_three_steps_only() {
        let mut plan = Plan {
            strategy: good_strategy(),
            personas: vec![good_persona(1, "小林")],
            voice: good_voice(),
            ..Plan::default()
        };
        for step in [Step::Strategy, Step::Personas, Step::Voice] {
            let c = step_completeness(&plan, step).expect("measured");
            assert_eq!(c.percent(), 100, "{step:?}");
            assert_eq!(step_findings(&plan, step), vec![], "{step:?}");
        }
        plan.voice = Voice::default();
        assert_eq!(
            step_completeness(&plan, Step::Voice).map(|c| c.done),
            Some(0)
        );
        assert_eq!(step_findings(&plan, Step::Voice).len(), 6);
        assert_eq!(step_completeness(&plan, Step::Handbook), None);
        assert_eq!(step_findings(&plan, Step::Handbook), vec![]);
    }

    // ---- step 4

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    fn goal_plan() -> Plan {
        Plan {
            strategy: good_strategy(),
            personas: vec![good_persona(5, "小林")],
            voice: good_voice(),
            goals: vec![Goal {
                id: 30,
                title: "半年内微博粉丝增长30%".into(),
                platform: Some(3),
                baseline: Some(10_000.0),
                target: Some(13_000.0),
                start: Some(date(2026, 12, 1)),
                deadline: Some(date(2027, 5, 31)),
                serves_role: Some(1),
                personas: vec![5],
                ..Default::default()
            }],
            ..Plan::default()
        }
    }

    #[test]
    fn a_smart_goal_completes_step_4() {
        let plan = goal_plan();
        let today = date(2026, 12, 1);
        assert_eq!(goals_findings(&plan, today), vec![]);
        let c = goals_completeness(&plan, today);
        assert_eq!((c.done, c.total, c.percent()), (7, 7, 100));
        assert_eq!(step_findings_on(&plan, Step::Goals, today), vec![]);
        assert_eq!(
            step_completeness_on(&plan, Step::Goals, today).map(|c| c.percent()),
            Some(100)
        );
    }

    #[test]
    fn no_goal_is_an_error_and_zero_percent() {
        let plan = Plan::default();
        let today = date(2026, 12, 1);
        assert_eq!(
            goals_findings(&plan, today),
            vec![Finding::new(NoGoal, FieldRef::Goals)]
        );
        let c = goals_completeness(&plan, today);
        assert_eq!((c.done, c.total), (0, 1));
        assert_eq!(c.missing[0].target(), FieldRef::Goals);
    }

    #[test]
    fn goal_findings_name_the_letter_and_the_field_to_fix() {
        let mut plan = goal_plan();
        let today = date(2026, 12, 1);
        let g = &mut plan.goals[0];
        g.title = "提升品牌知名度".into();
        g.baseline = None;
        g.serves_role = Some(99);
        assert_eq!(
            goals_findings(&plan, today),
            vec![
                Finding::new(
                    GoalLetterWeak {
                        letter: SmartLetter::Specific
                    },
                    FieldRef::GoalField(30, GoalPart::Title)
                ),
                Finding::new(
                    GoalLetterFails {
                        letter: SmartLetter::Measurable
                    },
                    FieldRef::GoalField(30, GoalPart::Baseline)
                ),
                // A is not judged while M fails: no finding of its own.
                Finding::new(
                    GoalLetterFails {
                        letter: SmartLetter::Relevant
                    },
                    FieldRef::GoalField(30, GoalPart::Role)
                ),
            ]
        );
        let c = goals_completeness(&plan, today);
        assert_eq!(
            c.missing,
            vec![
                Checkpoint::GoalLetter(30, SmartLetter::Measurable),
                Checkpoint::GoalLetter(30, SmartLetter::Achievable),
                Checkpoint::GoalLetter(30, SmartLetter::Relevant),
            ]
        );
        assert_eq!(
            c.missing[0].target(),
            FieldRef::GoalField(30, GoalPart::Baseline)
        );
        assert_eq!(FieldRef::GoalField(30, GoalPart::Title).step(), Step::Goals);
        assert_eq!(FieldRef::GoalField(30, GoalPart::Title).record(), Some(30));
        assert_eq!(FieldRef::Goals.record(), None);
    }

    #[test]
    fn an_untitled_goal_is_an_error() {
        let mut plan = goal_plan();
        plan.goals[0].title = " ".into();
        let today = date(2026, 12, 1);
        assert_eq!(
            goals_findings(&plan, today),
            vec![Finding::new(
                GoalWithoutTitle,
                FieldRef::GoalField(30, GoalPart::Title)
            )]
        );
        assert_eq!(
            goals_completeness(&plan, today).missing,
            vec![Checkpoint::GoalTitled(30)]
        );
    }

    #[test]
    fn goals_depend_on_today() {
        let plan = goal_plan();
        let later = date(2027, 6, 1);
        assert_eq!(
            goals_findings(&plan, later),
            vec![Finding::new(
                GoalLetterFails {
                    letter: SmartLetter::TimeBound
                },
                FieldRef::GoalField(30, GoalPart::Deadline)
            )]
        );
        // Without a today, goals are judged on the day of the last save.
        let mut saved = plan.clone();
        saved.updated_at = later.and_hms_opt(12, 0, 0).expect("valid time").and_utc();
        assert_eq!(
            step_findings(&saved, Step::Goals),
            goals_findings(&plan, later)
        );
        assert_eq!(
            step_completeness(&saved, Step::Goals).map(|c| c.percent()),
            Some(85)
        );
    }

    #[test]
    fn goals_step_is_complete_exactly_when_it_has_no_error() {
        let today = date(2026, 12, 1);
        let mutations: Vec<fn(&mut Goal)> = vec![
            |g| g.title.clear(),
            |g| g.title = "提升粉丝".into(),
            |g| g.platform = None,
            |g| g.baseline = None,
            |g| g.target = Some(5_000.0),
            |g| g.target = Some(200_000.0),
            |g| g.serves_role = None,
            |g| g.personas = vec![404],
            |g| g.deadline = None,
            |g| g.deadline = Some(date(2026, 12, 1)),
            |g| g.deadline = Some(date(2031, 1, 1)),
        ];
        for (i, mutate) in mutations.into_iter().enumerate() {
            let mut plan = goal_plan();
            mutate(&mut plan.goals[0]);
            let findings = goals_findings(&plan, today);
            assert!(!findings.is_empty(), "mutation {i} found nothing");
            assert_eq!(
                goals_completeness(&plan, today).is_complete(),
                !has_errors(&findings),
                "mutation {i}: {findings:?}"
            );
        }
    }

    // ---- step 6

    fn theme(id: Id, kind: ThemeKind, share: u8, personas: Vec<Id>, goals: Vec<Id>) -> Theme {
        Theme {
            id,
            kind,
            share: Some(share),
            personas,
            goals,
            ..Default::default()
        }
    }

    fn content_plan() -> Plan {
        let mut plan = goal_plan();
        plan.content.themes = vec![
            theme(60, ThemeKind::UserStories, 60, vec![5], vec![30]),
            theme(61, ThemeKind::ProductValue, 40, vec![5], vec![30]),
        ];
        plan.content.formats = vec![
            PlatformFormats {
                id: 70,
                platform: 3,
                formats: vec![Format::ImageText, Format::ShortVideo],
                posts_per_week: Some(5),
            },
            PlatformFormats {
                id: 71,
                platform: 4,
                formats: vec![Format::ImageText],
                posts_per_week: Some(2),
            },
        ];
        plan.content.style.colours = vec![BrandColour {
            id: 80,
            name: "烘焙棕".into(),
            hex: "#6B3E26".into(),
        }];
        plan
    }

    #[test]
    fn a_full_content_plan_has_no_findings_and_is_complete() {
        let plan = content_plan();
        assert_eq!(content_findings(&plan), vec![]);
        let c = content_completeness(&plan);
        assert_eq!((c.done, c.total, c.percent()), (5, 5, 100));
        let today = date(2026, 12, 1);
        assert_eq!(step_findings_on(&plan, Step::Content, today), vec![]);
        assert_eq!(
            step_completeness_on(&plan, Step::Content, today).map(|c| c.percent()),
            Some(100)
        );
    }

    #[test]
    fn an_empty_content_step_asks_for_a_theme_and_formats() {
        let mut plan = goal_plan();
        plan.content = Content::default();
        assert_eq!(
            kinds(&content_findings(&plan)),
            vec![
                NoTheme,
                PlatformWithoutFormats {
                    kind: PlatformKind::Weibo,
                    name: String::new()
                },
                PlatformWithoutCadence {
                    kind: PlatformKind::Weibo,
                    name: String::new()
                },
                PlatformWithoutFormats {
                    kind: PlatformKind::WechatOfficialAccount,
                    name: String::new()
                },
                PlatformWithoutCadence {
                    kind: PlatformKind::WechatOfficialAccount,
                    name: String::new()
                },
            ]
        );
        let c = content_completeness(&plan);
        assert_eq!(
            c.missing,
            vec![
                Checkpoint::ThemeAdded,
                Checkpoint::SharesAddUp,
                Checkpoint::ThemesLinked,
                Checkpoint::FormatsPlanned,
            ]
        );
        assert_eq!(c.missing[3].target(), FieldRef::ContentFormats);
        plan.strategy.platforms.clear();
        assert_eq!(
            content_findings(&plan)[1],
            Finding::new(NoPlatformForFormats, FieldRef::ContentFormats)
        );
    }

    #[test]
    fn shares_must_add_up_to_100() {
        let mut plan = content_plan();
        plan.content.themes[1].share = Some(25);
        assert_eq!(
            content_findings(&plan),
            vec![Finding::new(
                SharesNotHundred { total: 85 },
                FieldRef::ContentThemes
            )]
        );
        plan.content.themes[1].share = None;
        assert_eq!(
            kinds(&content_findings(&plan)),
            vec![SharesNotHundred { total: 60 }]
        );
        plan.content.themes[1].share = Some(50);
        assert_eq!(
            kinds(&content_findings(&plan)),
            vec![SharesNotHundred { total: 110 }]
        );
        assert_eq!(
            content_completeness(&plan).missing,
            vec![Checkpoint::SharesAddUp]
        );
    }

    #[test]
    fn coverage_gaps_name_the_theme_the_persona_and_the_goal() {
        let mut plan = content_plan();
        let mut second = good_persona(6, "老王");
        second.priority = PersonaPriority::Secondary;
        plan.personas.push(second);
        plan.goals.push(Goal {
            id: 31,
            title: "回复率90%".into(),
            ..Default::default()
        });
        plan.content.themes[1].personas.clear();
        plan.content.themes[1].goals = vec![404];
        let findings = content_findings(&plan);
        assert_eq!(
            findings,
            vec![
                Finding::new(
                    ThemeWithoutPersona {
                        kind: ThemeKind::ProductValue,
                        name: String::new()
                    },
                    FieldRef::ContentTheme(61)
                ),
                Finding::new(
                    ThemeWithoutGoal {
                        kind: ThemeKind::ProductValue,
                        name: String::new()
                    },
                    FieldRef::ContentTheme(61)
                ),
                Finding::new(
                    PersonaNotServed {
                        name: "老王".into()
                    },
                    FieldRef::ContentCoverage
                ),
                Finding::new(
                    GoalNotSupported {
                        title: "回复率90%".into()
                    },
                    FieldRef::ContentCoverage
                ),
            ]
        );
        assert_eq!(findings[2].severity, Severity::Warning);
        assert_eq!(FieldRef::ContentTheme(61).step(), Step::Content);
        assert_eq!(FieldRef::ContentTheme(61).record(), Some(61));
        assert_eq!(FieldRef::ContentCoverage.record(), None);
    }

    #[test]
    fn themes_need_no_persona_or_goal_while_the_plan_has_none() {
        let mut plan = content_plan();
        plan.personas.clear();
        plan.goals.clear();
        for t in plan.content.themes.iter_mut() {
            t.personas.clear();
            t.goals.clear();
        }
        assert_eq!(content_findings(&plan), vec![]);
    }

    #[test]
    fn custom_themes_need_a_name_and_colours_a_valid_code() {
        let mut plan = content_plan();
        plan.content.themes[0].kind = ThemeKind::Custom;
        plan.content.style.colours.push(BrandColour {
            id: 81,
            name: "Sky".into(),
            hex: "#12345".into(),
        });
        plan.content.style.colours.push(BrandColour {
            id: 82,
            ..Default::default()
        });
        assert_eq!(
            content_findings(&plan),
            vec![
                Finding::new(CustomThemeWithoutName, FieldRef::ContentTheme(60)),
                Finding::new(
                    InvalidColourHex {
                        hex: "#12345".into()
                    },
                    FieldRef::ContentColour(81)
                ),
                Finding::new(
                    InvalidColourHex { hex: String::new() },
                    FieldRef::ContentColour(82)
                ),
            ]
        );
        assert_eq!(
            content_completeness(&plan).missing,
            vec![Checkpoint::ThemesLinked, Checkpoint::ColoursValid]
        );
        assert_eq!(Checkpoint::ColoursValid.target(), FieldRef::ContentColours);
    }

    #[test]
    fn content_step_is_complete_exactly_when_it_has_no_error() {
        let mutations: Vec<fn(&mut Plan)> = vec![
            |p| p.content.themes.clear(),
            |p| p.content.themes[0].share = Some(10),
            |p| p.content.themes[0].kind = ThemeKind::Custom,
            |p| p.content.themes[0].personas.clear(),
            |p| p.content.themes[1].goals = vec![999],
            |p| p.content.formats[0].formats.clear(),
            |p| p.content.formats[1].posts_per_week = Some(0),
            |p| {
                p.content.formats.remove(0);
            },
            |p| p.strategy.platforms.clear(),
            |p| p.content.style.colours[0].hex = "brown".into(),
        ];
        for (i, mutate) in mutations.into_iter().enumerate() {
            let mut plan = content_plan();
            mutate(&mut plan);
            let findings = content_findings(&plan);
            assert!(!findings.is_empty(), "mutation {i} found nothing");
            assert_eq!(
                content_completeness(&plan).is_complete(),
                !has_errors(&findings),
                "mutation {i}: {findings:?}"
            );
        }
    }
}
