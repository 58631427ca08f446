//! The rules of step 2, personas: at least one persona and a primary one, each named with
//! plausible ages, no name used twice; and how complete each persona's field groups are. 100 %
//! implies no error (an unfinished persona is incomplete without being wrong).
//!
//! A step rule file: builds on the shared check vocabulary; nothing in the vocabulary may
//! import it.

use std::collections::HashSet;

use super::completeness::{Checkpoint, Completeness};
use super::fields::{FieldRef, PersonaPart};
use super::finding::{Finding, FindingKind};
use super::text::{any_filled, blank};
use crate::model::voice_check::normalize_term;
use crate::model::{Persona, PersonaPriority};

/// The highest plausible age.
pub const MAX_AGE: u8 = 120;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::checks::fixtures::{good_persona, kinds};
    use FindingKind::*;

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
}
