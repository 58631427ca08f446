//! The rules of step 3, voice: core values, three to five personality traits each with both
//! halves, words to use and to avoid that do not contradict each other, and sample lines (a post
//! and a complaint reply) that the voice check finds clean. The step is at 100 % exactly when it
//! has no error.
//!
//! A step rule file: builds on the shared check vocabulary and the voice check; nothing in the
//! vocabulary may import it.

use std::collections::HashSet;

use super::completeness::{Checkpoint, Completeness};
use super::fields::{FieldRef, VoiceField};
use super::finding::{Finding, FindingKind};
use super::text::{any_filled, blank};
use crate::model::voice_check::{normalize_term, MatchKind, VoiceChecker};
use crate::model::{SampleKind, Voice};

/// The fewest personality traits a voice needs.
pub const MIN_TRAITS: usize = 3;
/// The most personality traits people can keep in mind.
pub const MAX_TRAITS: usize = 5;

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
/// ([`crate::model::voice_check`]) against the plan's words to avoid and forbidden claims.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::checks::finding::{has_errors, Severity};
    use crate::model::checks::fixtures::{good_voice, kinds, trait_};
    use FindingKind::*;

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
}
