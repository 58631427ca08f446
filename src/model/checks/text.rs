//! How the rules read free text: a text is "blank" when it is empty or whitespace only (including
//! the ideographic space `　`), a list is filled when any item is not blank, and [`why_units`]
//! weighs how much a reason says.
//!
//! Shared by the step rules and the SMART checker: imports only the voice check's CJK test. It
//! must not import the step rules, the SMART checker or the team rules.

use crate::model::voice_check::is_cjk;

/// How much a reason says: each CJK letter counts 2 and each other letter or digit 1; spaces and
/// punctuation count 0, since one Chinese character says roughly what two Latin letters do. So
/// "提升品牌知名度" (14) and "drive sales" (10) pass [`super::MIN_WHY_UNITS`] while "曝光" (4)
/// and "reach" (5) do not.
pub fn why_units(text: &str) -> usize {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| if is_cjk(c) { 2 } else { 1 })
        .sum()
}

/// True when the text is empty or whitespace only.
pub(super) fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// True when any item of the list is not blank.
pub(super) fn any_filled(items: &[String]) -> bool {
    items.iter().any(|s| !blank(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn why_units_weigh_chinese_characters_double() {
        assert_eq!(why_units("提升品牌知名度"), 14);
        assert_eq!(why_units("drive sales!"), 10);
        assert_eq!(why_units("  曝光。 "), 4);
        assert_eq!(why_units(""), 0);
    }
}
