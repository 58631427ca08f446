//! The voice check: finds a plan's words to avoid and forbidden absolute claims in a draft.
//!
//! Owns the matching rules (folding, word boundaries, overlaps) and the match/count types the
//! editor highlights. Pure: must not import leptos views, web-sys, gloo or wasm-bindgen.
//!
//! Rules:
//! - **Folding.** Draft and terms are compared after folding each character on its own: full-width
//!   ASCII forms (`ＢＥＳＴ`, `１００％`) become their half-width forms, every whitespace character
//!   (including the ideographic space) becomes a plain space, then letters are lower-cased. Folding
//!   never changes the number of characters, so offsets in the folded text are offsets in the draft.
//! - **Word boundaries.** An end of a term that is a "word character" (a letter, digit or `_` that is
//!   not CJK) only matches where the draft has no word character just beyond it: `best` matches in
//!   `best,`, `BEST!` and `best品牌` but not in `bestow` or `unbest`. An end that is CJK (Han, kana,
//!   Hangul) or punctuation matches anywhere, because Chinese and Japanese have no spaces between
//!   words (`第一` matches in `行业第一的`). Each end is judged on its own: `100%` must not follow a
//!   digit but may be followed by anything.
//! - **Spaces inside a term** (`number one`) match one or more whitespace characters in the draft.
//! - **Overlaps.** Matches never overlap. Scanning from the left, the first position where any term
//!   matches wins, and there the term covering the most draft characters wins; the scan resumes after
//!   it. So with both `最` and `最佳` listed, `最佳` in a draft is one match of `最佳`, and `最` is not
//!   counted inside it.
//! - **Lists.** Terms are trimmed; empty ones are ignored. A term listed twice (after folding) counts
//!   once, under its first spelling. A term in both lists is reported once, as a
//!   [`MatchKind::ForbiddenClaim`]: a legal risk outranks a matter of style.
//!
//! Cost: the draft is folded once into a `Vec<char>`; terms are grouped by first character, so each
//! position compares only the few terms that can start there, without allocating.

use std::collections::HashMap;
use std::ops::Range;

use super::Voice;

/// Which list a matched term comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MatchKind {
    /// A word the voice avoids ([`Voice::words_to_avoid`]).
    AvoidWord,
    /// An absolute claim advertising rules forbid ([`Voice::forbidden_claims`]).
    ForbiddenClaim,
}

/// One place in a draft where a term occurs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoiceMatch {
    pub kind: MatchKind,
    /// The term as the list spells it (trimmed), not as the draft does.
    pub term: String,
    /// Position in the draft in characters (Unicode scalar values), end exclusive.
    pub chars: Range<usize>,
    /// Position in the draft in UTF-8 bytes, for slicing the `&str`.
    pub bytes: Range<usize>,
    /// Position in UTF-16 code units, as a browser text field's selection counts them.
    pub utf16: Range<usize>,
}

/// How many times one term occurs in a draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TermCount {
    pub kind: MatchKind,
    /// The term as the list spells it (trimmed).
    pub term: String,
    pub count: usize,
}

/// Everything the voice check found in one draft.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VoiceReport {
    /// Every match, in draft order, never overlapping.
    pub matches: Vec<VoiceMatch>,
    /// One entry per term found at least once, in order of first occurrence in the draft.
    pub counts: Vec<TermCount>,
}

impl VoiceReport {
    /// True when the draft contains none of the terms.
    pub fn is_clean(&self) -> bool {
        self.matches.is_empty()
    }

    /// The number of matches of one kind.
    pub fn count_of(&self, kind: MatchKind) -> usize {
        self.matches.iter().filter(|m| m.kind == kind).count()
    }

    /// The distinct terms of one kind found, in order of first occurrence.
    pub fn terms_of(&self, kind: MatchKind) -> Vec<String> {
        self.counts
            .iter()
            .filter(|c| c.kind == kind)
            .map(|c| c.term.clone())
            .collect()
    }
}

/// A compiled pair of term lists; build it once per list change and check many drafts with it.
#[derive(Clone, Debug, Default)]
pub struct VoiceChecker {
    terms: Vec<Term>,
    /// Indices into `terms`, by the term's first folded character.
    by_first: HashMap<char, Vec<usize>>,
}

#[derive(Clone, Debug)]
struct Term {
    kind: MatchKind,
    display: String,
    folded: Vec<char>,
    bounded_start: bool,
    bounded_end: bool,
}

impl VoiceChecker {
    /// Compiles the two lists (see the module rules for trimming, duplicates and overlaps).
    pub fn new<A: AsRef<str>, C: AsRef<str>>(words_to_avoid: &[A], forbidden_claims: &[C]) -> Self {
        let mut checker = VoiceChecker::default();
        // Claims first, so a term in both lists is kept as a claim.
        let lists = forbidden_claims
            .iter()
            .map(|t| (MatchKind::ForbiddenClaim, t.as_ref()))
            .chain(
                words_to_avoid
                    .iter()
                    .map(|t| (MatchKind::AvoidWord, t.as_ref())),
            );
        for (kind, raw) in lists {
            let folded: Vec<char> = normalize_term(raw).chars().collect();
            let (Some(&first), Some(&last)) = (folded.first(), folded.last()) else {
                continue;
            };
            if checker.terms.iter().any(|t| t.folded == folded) {
                continue;
            }
            checker
                .by_first
                .entry(first)
                .or_default()
                .push(checker.terms.len());
            checker.terms.push(Term {
                kind,
                display: raw.trim().to_string(),
                folded,
                bounded_start: is_word_char(first),
                bounded_end: is_word_char(last),
            });
        }
        checker
    }

    /// Compiles the lists of a plan's voice.
    pub fn from_voice(voice: &Voice) -> Self {
        VoiceChecker::new(&voice.words_to_avoid, &voice.forbidden_claims)
    }

    /// True when there are no terms to look for.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Finds every term in `draft`.
    pub fn check(&self, draft: &str) -> VoiceReport {
        let mut report = VoiceReport::default();
        if self.terms.is_empty() {
            return report;
        }
        let text: Vec<char> = draft.chars().map(fold_char).collect();
        // Byte and UTF-16 offsets of every character boundary, including the end.
        let mut bytes = Vec::with_capacity(text.len() + 1);
        let mut utf16 = Vec::with_capacity(text.len() + 1);
        let mut unit = 0;
        for (byte, c) in draft.char_indices() {
            bytes.push(byte);
            utf16.push(unit);
            unit += c.len_utf16();
        }
        bytes.push(draft.len());
        utf16.push(unit);

        let mut count_index: HashMap<usize, usize> = HashMap::new();
        let mut pos = 0;
        while pos < text.len() {
            let best = self.by_first.get(&text[pos]).and_then(|candidates| {
                candidates
                    .iter()
                    .filter_map(|&i| {
                        self.match_at(&self.terms[i], &text, pos)
                            .map(|end| (end, i))
                    })
                    // Longest span wins; on a tie the earlier-listed term does.
                    .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
            });
            let Some((end, i)) = best else {
                pos += 1;
                continue;
            };
            let term = &self.terms[i];
            report.matches.push(VoiceMatch {
                kind: term.kind,
                term: term.display.clone(),
                chars: pos..end,
                bytes: bytes[pos]..bytes[end],
                utf16: utf16[pos]..utf16[end],
            });
            let slot = *count_index.entry(i).or_insert_with(|| {
                report.counts.push(TermCount {
                    kind: term.kind,
                    term: term.display.clone(),
                    count: 0,
                });
                report.counts.len() - 1
            });
            report.counts[slot].count += 1;
            pos = end;
        }
        report
    }

    /// Where `term` ends if it matches `text` at `pos` (honouring word boundaries).
    fn match_at(&self, term: &Term, text: &[char], pos: usize) -> Option<usize> {
        if term.bounded_start && pos > 0 && is_word_char(text[pos - 1]) {
            return None;
        }
        let mut j = pos;
        for &want in &term.folded {
            if want == ' ' {
                if text.get(j) != Some(&' ') {
                    return None;
                }
                while text.get(j) == Some(&' ') {
                    j += 1;
                }
            } else {
                if text.get(j) != Some(&want) {
                    return None;
                }
                j += 1;
            }
        }
        if term.bounded_end && text.get(j).is_some_and(|&c| is_word_char(c)) {
            return None;
        }
        Some(j)
    }
}

/// Checks one draft against a plan's words to avoid and forbidden claims.
pub fn check_draft<A: AsRef<str>, C: AsRef<str>>(
    draft: &str,
    words_to_avoid: &[A],
    forbidden_claims: &[C],
) -> VoiceReport {
    VoiceChecker::new(words_to_avoid, forbidden_claims).check(draft)
}

/// Folds one character for comparison: full-width ASCII to half-width, any whitespace to a space,
/// then lower case. Always exactly one character out, so offsets are preserved.
pub fn fold_char(c: char) -> char {
    let c = match c as u32 {
        // Full-width forms of `!`..`~` sit at a fixed distance from ASCII.
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ if c.is_whitespace() => ' ',
        _ => c,
    };
    // Only a handful of characters lower-case to two (`İ` → `i̇`); the first is the letter itself.
    c.to_lowercase().next().unwrap_or(c)
}

/// A term as the matcher sees it: folded, trimmed, inner whitespace runs collapsed to one space.
/// Two terms that normalize alike are the same term (used for duplicates and for comparing lists).
pub fn normalize_term(term: &str) -> String {
    let mut out = String::with_capacity(term.len());
    for word in term.split(|c: char| fold_char(c) == ' ') {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().map(fold_char));
    }
    out
}

/// True for Han ideographs, kana, bopomofo, Hangul and CJK punctuation: scripts written without
/// spaces between words, where terms match anywhere.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF        // Hangul Jamo
        | 0x2E80..=0x2FDF      // CJK radicals
        | 0x3000..=0x303F      // CJK symbols and punctuation
        | 0x3040..=0x31FF      // kana, bopomofo, Hangul compatibility jamo, kanbun
        | 0x3400..=0x4DBF      // CJK extension A
        | 0x4E00..=0x9FFF      // CJK unified ideographs
        | 0xAC00..=0xD7AF      // Hangul syllables
        | 0xF900..=0xFAFF      // CJK compatibility ideographs
        | 0x20000..=0x3FFFF // CJK extensions B and later
    )
}

/// A character that continues a Latin-style word: a letter, digit or `_` outside the CJK scripts.
pub fn is_word_char(c: char) -> bool {
    (c.is_alphanumeric() || c == '_') && !is_cjk(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NONE: [&str; 0] = [];

    fn spans(report: &VoiceReport) -> Vec<(&str, Range<usize>)> {
        report
            .matches
            .iter()
            .map(|m| (m.term.as_str(), m.chars.clone()))
            .collect()
    }

    #[test]
    fn chinese_claims_match_anywhere_with_char_offsets() {
        let r = check_draft("本店咖啡全网第一，欢迎品尝", &NONE, &["第一", "全网"]);
        assert_eq!(spans(&r), vec![("全网", 4..6), ("第一", 6..8)]);
        // Three bytes per Han character.
        assert_eq!(r.matches[0].bytes, 12..18);
        assert_eq!(r.matches[1].kind, MatchKind::ForbiddenClaim);
    }

    #[test]
    fn english_terms_match_whole_words_only() {
        let r = check_draft(
            "The best. BEST! best, Best's; bestow unbest best_of best-selling",
            &["best"],
            &NONE,
        );
        let starts: Vec<usize> = r.matches.iter().map(|m| m.chars.start).collect();
        // "best." "BEST!" "best," "Best's" and "best-selling"; not bestow, unbest or best_of.
        assert_eq!(starts, vec![4, 10, 16, 22, 52]);
        assert_eq!(r.counts[0].count, 5);
        assert!(r.matches.iter().all(|m| m.kind == MatchKind::AvoidWord));
    }

    #[test]
    fn latin_terms_next_to_chinese_still_match() {
        let r = check_draft("我们是best的品牌，number one！", &["best"], &["number one"]);
        assert_eq!(spans(&r), vec![("best", 3..7), ("number one", 11..21)]);
    }

    #[test]
    fn case_and_full_width_letters_are_folded() {
        let r = check_draft(
            "ＢＥＳＴ choice, １００％ natural, Best",
            &["best"],
            &["100%"],
        );
        assert_eq!(
            spans(&r),
            vec![("best", 0..4), ("100%", 13..17), ("best", 27..31)]
        );
        // A term spelled in upper case still matches lower-case text.
        let r = check_draft("the best", &["  BEST "], &NONE);
        assert_eq!(spans(&r), vec![("BEST", 4..8)]);
    }

    #[test]
    fn digit_led_terms_need_a_boundary_before_but_not_after_punctuation() {
        let r = check_draft("2100% no, 100% yes, (100%)", &NONE, &["100%"]);
        assert_eq!(
            r.matches.iter().map(|m| m.chars.start).collect::<Vec<_>>(),
            vec![10, 21]
        );
    }

    #[test]
    fn longest_term_wins_and_shorter_is_not_double_counted() {
        let claims = ["最", "最佳", "第一", "第一名"];
        let r = check_draft("最佳口味，行业第一名，最好", &NONE, &claims);
        assert_eq!(
            spans(&r),
            vec![("最佳", 0..2), ("第一名", 7..10), ("最", 11..12)]
        );
        let counts: Vec<(&str, usize)> = r
            .counts
            .iter()
            .map(|c| (c.term.as_str(), c.count))
            .collect();
        assert_eq!(counts, vec![("最佳", 1), ("第一名", 1), ("最", 1)]);
    }

    #[test]
    fn longer_term_failing_its_boundary_falls_back_to_shorter() {
        let r = check_draft("best prices", &["best", "best price"], &NONE);
        assert_eq!(spans(&r), vec![("best", 0..4)]);
        let r = check_draft("best price!", &["best", "best price"], &NONE);
        assert_eq!(spans(&r), vec![("best price", 0..10)]);
    }

    #[test]
    fn leftmost_match_wins_over_an_overlapping_later_one() {
        let r = check_draft("国家级别", &["级别"], &["国家级"]);
        assert_eq!(spans(&r), vec![("国家级", 0..3)]);
    }

    #[test]
    fn spaces_in_a_term_match_any_whitespace_run() {
        let r = check_draft(
            "we are number  one\nand number\u{3000}one",
            &NONE,
            &["number one"],
        );
        assert_eq!(r.matches.len(), 2);
        assert_eq!(r.matches[0].chars, 7..18);
        let r = check_draft("numberone", &NONE, &["number one"]);
        assert!(r.is_clean());
    }

    #[test]
    fn emoji_before_a_match_keep_char_offsets_right() {
        let draft = "😀👍🏽 最好 best";
        let r = check_draft(draft, &["best"], &["最"]);
        assert_eq!(spans(&r), vec![("最", 4..5), ("best", 7..11)]);
        // 😀, 👍 and 🏽 are two UTF-16 units each and four bytes each.
        assert_eq!(r.matches[0].utf16, 7..8);
        assert_eq!(r.matches[0].bytes, 13..16);
        for m in &r.matches {
            let by_chars: String = draft
                .chars()
                .skip(m.chars.start)
                .take(m.chars.len())
                .collect();
            assert_eq!(&draft[m.bytes.clone()], by_chars);
        }
    }

    #[test]
    fn empty_duplicate_and_shared_terms_are_reported_once() {
        let r = check_draft(
            "cheap cheap 唯一",
            &["", "   ", "cheap", "CHEAP", "唯一"],
            &["唯一", "\t"],
        );
        let counts: Vec<(MatchKind, &str, usize)> = r
            .counts
            .iter()
            .map(|c| (c.kind, c.term.as_str(), c.count))
            .collect();
        assert_eq!(
            counts,
            vec![
                (MatchKind::AvoidWord, "cheap", 2),
                (MatchKind::ForbiddenClaim, "唯一", 1)
            ]
        );
        assert_eq!(r.count_of(MatchKind::AvoidWord), 2);
        assert_eq!(
            r.terms_of(MatchKind::ForbiddenClaim),
            vec!["唯一".to_string()]
        );
    }

    #[test]
    fn no_terms_or_empty_draft_find_nothing() {
        assert!(check_draft("最好的 best", &NONE, &NONE).is_clean());
        assert!(check_draft("", &["best"], &["最"]).is_clean());
        assert!(VoiceChecker::new(&[" "], &[""]).is_empty());
    }

    #[test]
    fn starter_claims_of_a_new_plan_are_found() {
        let voice = Voice {
            forbidden_claims: crate::model::STARTER_FORBIDDEN_CLAIMS
                .iter()
                .map(|s| s.to_string())
                .collect(),
            ..Voice::default()
        };
        let r = VoiceChecker::from_voice(&voice).check("国家级品质，Number One 的选择");
        assert_eq!(spans(&r), vec![("国家级", 0..3), ("number one", 6..16)]);
    }

    #[test]
    fn a_5000_char_draft_with_100_terms_gives_exact_counts() {
        // 50 characters with 1 × 最佳, 1 × 第一名 (a longer variant of 第一), 2 × best and
        // 1 × 100%; "bestow" and "最" inside 最佳 must not count.
        let block = "😀我们的咖啡最佳，行业第一名！Best beans, bestow 100% 好。best";
        let block = format!("{block}{}", "。".repeat(50 - block.chars().count()));
        assert_eq!(block.chars().count(), 50);
        let draft = block.repeat(100);
        assert_eq!(draft.chars().count(), 5000);

        let mut avoid: Vec<String> = (0..48).map(|i| format!("filler{i}")).collect();
        avoid.push("best".into());
        avoid.push("第一".into());
        let mut claims: Vec<String> = (0..47).map(|i| format!("无关词{i}")).collect();
        claims.extend(["最", "最佳", "第一名", "100%"].map(String::from));
        assert_eq!(avoid.len() + claims.len(), 101);

        let r = check_draft(&draft, &avoid, &claims);
        let counts: Vec<(&str, usize)> = r
            .counts
            .iter()
            .map(|c| (c.term.as_str(), c.count))
            .collect();
        assert_eq!(
            counts,
            vec![("最佳", 100), ("第一名", 100), ("best", 200), ("100%", 100)]
        );
        assert_eq!(r.matches.len(), 500);
        assert_eq!(r.matches[499].chars.start, 99 * 50 + 41);
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(crate::fixed_cases::config())]

            #[test]
            fn matches_are_ordered_disjoint_and_spell_their_term(
                draft in "[a-cA-C最佳第一 ,😀\u{3000}Ｂ]{0,60}",
            ) {
                let avoid = ["ab", "b c", "佳"];
                let claims = ["最", "最佳", "第一", "cab"];
                let r = check_draft(&draft, &avoid, &claims);
                let mut last_end = 0;
                let mut total = 0;
                for m in &r.matches {
                    prop_assert!(m.chars.start >= last_end && m.chars.start < m.chars.end);
                    last_end = m.chars.end;
                    let found = &draft[m.bytes.clone()];
                    prop_assert_eq!(found.chars().count(), m.chars.len());
                    prop_assert_eq!(found.encode_utf16().count(), m.utf16.len());
                    prop_assert_eq!(normalize_term(found), normalize_term(&m.term));
                }
                for c in &r.counts {
                    total += c.count;
                }
                prop_assert_eq!(total, r.matches.len());
            }
        }
    }
}
