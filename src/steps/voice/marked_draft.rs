//! A draft shown as text with every voice-check match wrapped in `<mark>`, built as text nodes and
//! elements (never parsed HTML), plus the pure helpers that cut the draft into those pieces.
//!
//! The pieces come from the matches' character ranges ([`VoiceMatch::chars`]), so CJK and emoji
//! (two UTF-16 units, four UTF-8 bytes) are cut where the checker counted them.

use leptos::prelude::*;

use crate::i18n::voice::marked_term_note;
use crate::model::voice_check::{MatchKind, VoiceMatch, VoiceReport};
use crate::state::use_locale;

/// One piece of a draft: plain text, or a matched term.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    /// Text with nothing to flag.
    Plain(String),
    /// A match: the draft's own spelling, which list it hit and the term as listed.
    Mark {
        text: String,
        kind: MatchKind,
        term: String,
    },
}

/// Cuts `draft` into plain and marked pieces from `report`'s character ranges. Matches are taken
/// in order; one that overlaps an earlier one or runs past the end of the draft (a report for
/// another draft) is skipped or clipped, so this never panics. Empty plain pieces are left out.
pub fn segments(draft: &str, report: &VoiceReport) -> Vec<Segment> {
    // Byte offset of every character boundary, including the end.
    let mut bounds: Vec<usize> = draft.char_indices().map(|(b, _)| b).collect();
    bounds.push(draft.len());
    let chars = bounds.len() - 1;

    let mut out = Vec::new();
    let mut at = 0;
    for m in &report.matches {
        let start = m.chars.start.max(at).min(chars);
        let end = m.chars.end.min(chars);
        if start >= end {
            continue;
        }
        if start > at {
            out.push(Segment::Plain(draft[bounds[at]..bounds[start]].to_string()));
        }
        out.push(Segment::Mark {
            text: draft[bounds[start]..bounds[end]].to_string(),
            kind: m.kind,
            term: m.term.clone(),
        });
        at = end;
    }
    if at < chars {
        out.push(Segment::Plain(draft[bounds[at]..].to_string()));
    }
    out
}

/// The 1-based character positions where `term` of `kind` starts, in draft order.
pub fn term_positions(report: &VoiceReport, kind: MatchKind, term: &str) -> Vec<usize> {
    report
        .matches
        .iter()
        .filter(|m: &&VoiceMatch| m.kind == kind && m.term == term)
        .map(|m| m.chars.start + 1)
        .collect()
}

/// The class of a mark of `kind`.
pub fn mark_class(kind: MatchKind) -> &'static str {
    match kind {
        MatchKind::ForbiddenClaim => "voice-mark voice-mark--claim",
        MatchKind::AvoidWord => "voice-mark voice-mark--avoid",
    }
}

/// The icon of a mark of `kind` (always shown with a text label).
pub fn mark_icon(kind: MatchKind) -> &'static str {
    match kind {
        MatchKind::ForbiddenClaim => "⊘",
        MatchKind::AvoidWord => "✎",
    }
}

/// The draft with its matches marked.
#[component]
pub fn VoiceMarkedDraft(
    /// The draft as typed.
    #[prop(into)]
    draft: Signal<String>,
    /// The voice check's report for that draft.
    #[prop(into)]
    report: Signal<VoiceReport>,
    /// The id of the block (for `aria-describedby` from outside, and for tests).
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let i18n = use_locale();
    let pieces = move || {
        let parts = draft.with(|d| report.with(|r| segments(d, r)));
        parts
            .into_iter()
            .map(|part| match part {
                Segment::Plain(text) => text.into_any(),
                Segment::Mark { text, kind, term } => {
                    let label = move || marked_term_note(i18n.get(), kind);
                    view! {
                        <mark class=mark_class(kind) data-kind=kind_attr(kind) data-term=term>
                            <span class="voice-mark__icon" aria-hidden="true">{mark_icon(kind)}</span>
                            {text}
                            <span class="visually-hidden">{label}</span>
                        </mark>
                    }
                    .into_any()
                }
            })
            .collect_view()
    };
    view! {
        <div id=id class="voice-marked">
            <p class="voice-marked__text">{pieces}</p>
        </div>
    }
}

/// The `data-kind` value of a mark: `claim` or `avoid`.
pub fn kind_attr(kind: MatchKind) -> &'static str {
    match kind {
        MatchKind::ForbiddenClaim => "claim",
        MatchKind::AvoidWord => "avoid",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::voice_check::check_draft;

    fn plain(s: &str) -> Segment {
        Segment::Plain(s.to_string())
    }

    fn mark(s: &str, kind: MatchKind, term: &str) -> Segment {
        Segment::Mark {
            text: s.to_string(),
            kind,
            term: term.to_string(),
        }
    }

    fn joined(parts: &[Segment]) -> String {
        parts
            .iter()
            .map(|p| match p {
                Segment::Plain(t) | Segment::Mark { text: t, .. } => t.as_str(),
            })
            .collect()
    }

    #[test]
    fn chinese_draft_is_cut_around_each_claim() {
        let draft = "本店咖啡全网第一，欢迎品尝";
        let r = check_draft(draft, &["品尝"], &["第一", "全网"]);
        let parts = segments(draft, &r);
        assert_eq!(
            parts,
            vec![
                plain("本店咖啡"),
                mark("全网", MatchKind::ForbiddenClaim, "全网"),
                mark("第一", MatchKind::ForbiddenClaim, "第一"),
                plain("，欢迎"),
                mark("品尝", MatchKind::AvoidWord, "品尝"),
            ]
        );
        assert_eq!(joined(&parts), draft);
    }

    #[test]
    fn emoji_and_full_width_letters_keep_the_cuts_on_character_boundaries() {
        let draft = "😀👍🏽 最好的 ＢＥＳＴ coffee 🎉";
        let r = check_draft(draft, &["best"], &["最"]);
        let parts = segments(draft, &r);
        assert_eq!(
            parts,
            vec![
                plain("😀👍🏽 "),
                mark("最", MatchKind::ForbiddenClaim, "最"),
                plain("好的 "),
                mark("ＢＥＳＴ", MatchKind::AvoidWord, "best"),
                plain(" coffee 🎉"),
            ]
        );
        assert_eq!(joined(&parts), draft);
        assert_eq!(term_positions(&r, MatchKind::ForbiddenClaim, "最"), vec![5]);
        assert_eq!(term_positions(&r, MatchKind::AvoidWord, "best"), vec![9]);
    }

    #[test]
    fn a_draft_that_is_all_match_or_no_match() {
        let r = check_draft("第一", &[] as &[&str], &["第一"]);
        assert_eq!(
            segments("第一", &r),
            vec![mark("第一", MatchKind::ForbiddenClaim, "第一")]
        );
        let clean = check_draft("hello", &["best"], &["最"]);
        assert_eq!(segments("hello", &clean), vec![plain("hello")]);
        assert_eq!(segments("", &clean), Vec::<Segment>::new());
    }

    #[test]
    fn positions_are_one_based_and_in_draft_order() {
        let draft = "第一名？不，我们不说第一。best, BEST";
        let r = check_draft(draft, &["best"], &["第一"]);
        assert_eq!(
            term_positions(&r, MatchKind::ForbiddenClaim, "第一"),
            vec![1, 11]
        );
        assert_eq!(
            term_positions(&r, MatchKind::AvoidWord, "best"),
            vec![14, 20]
        );
        assert!(term_positions(&r, MatchKind::AvoidWord, "第一").is_empty());
    }

    #[test]
    fn a_stale_report_never_panics() {
        // The report of a longer draft, applied to a shorter one (a race between two inputs).
        let r = check_draft("abc 最 最 最", &[] as &[&str], &["最"]);
        let parts = segments("abc 最", &r);
        assert_eq!(
            parts,
            vec![plain("abc "), mark("最", MatchKind::ForbiddenClaim, "最")]
        );
        assert_eq!(segments("", &r), Vec::<Segment>::new());
    }

    #[test]
    fn a_long_draft_is_cut_into_every_piece() {
        let block = "我们的咖啡最好，best beans，行业第一！";
        let draft = block.repeat(200);
        let r = check_draft(&draft, &["best"], &["最", "第一"]);
        let parts = segments(&draft, &r);
        let marks = parts
            .iter()
            .filter(|p| matches!(p, Segment::Mark { .. }))
            .count();
        assert_eq!(marks, 600);
        assert_eq!(joined(&parts), draft);
    }
}
