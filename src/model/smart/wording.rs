//! How the S rule reads a goal's title: the vague verbs and comparatives it uses ([`vague_words`])
//! and whether it states a number ([`has_number`]), in Chinese and English.
//!
//! Text only: imports nothing of the model.

/// Chinese vague verbs and comparatives, matched anywhere in the title.
const VAGUE_ZH: [&str; 21] = [
    "提升",
    "加强",
    "改善",
    "增加",
    "增长",
    "提高",
    "优化",
    "扩大",
    "更多",
    "更好",
    "增强",
    "强化",
    "促进",
    "做大",
    "做强",
    "做好",
    "大幅",
    "显著",
    "尽量",
    "尽可能",
    "持续",
];

/// English vague verbs and comparatives, matched as whole words (case ignored).
const VAGUE_EN: [&str; 48] = [
    "improve",
    "improves",
    "improved",
    "improving",
    "improvement",
    "increase",
    "increases",
    "increased",
    "increasing",
    "boost",
    "boosts",
    "boosting",
    "grow",
    "grows",
    "growing",
    "growth",
    "enhance",
    "enhances",
    "enhancing",
    "enhanced",
    "better",
    "more",
    "raise",
    "raises",
    "raising",
    "strengthen",
    "strengthening",
    "optimise",
    "optimize",
    "optimising",
    "optimizing",
    "maximise",
    "maximize",
    "expand",
    "expanding",
    "higher",
    "bigger",
    "stronger",
    "greater",
    "lots",
    "many",
    "significantly",
    "substantially",
    "much",
    "promote",
    "build",
    "drive",
    "develop",
];

const NUMBER_WORDS_EN: [&str; 18] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "hundred", "thousand", "double", "triple", "twice", "half",
];

const CHINESE_NUMERALS: &str = "零一二两三四五六七八九十百千万";
const CHINESE_MEASURES: [&str; 7] = ["成", "倍", "万", "千", "百", "个百分点", "%"];

fn english_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_lowercase())
}

/// True when the text states a number (see the S rule in [`super`]).
pub fn has_number(text: &str) -> bool {
    if text.chars().any(char::is_numeric) {
        return true;
    }
    if ["翻番", "翻倍", "翻一番"].iter().any(|w| text.contains(w)) {
        return true;
    }
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if CHINESE_NUMERALS.contains(*c) {
            let rest: String = chars[i + 1..].iter().collect();
            let rest = rest.trim_start_matches(|c| CHINESE_NUMERALS.contains(c));
            if CHINESE_MEASURES
                .iter()
                .any(|m| rest.starts_with(m) || rest.starts_with('％'))
            {
                return true;
            }
        }
    }
    english_words(text).any(|w| NUMBER_WORDS_EN.contains(&w.as_str()))
}

/// The vague words a title uses, in the order they appear (Chinese by position, then English).
pub fn vague_words(title: &str) -> Vec<String> {
    let mut found: Vec<(usize, String)> = VAGUE_ZH
        .iter()
        .filter_map(|w| title.find(w).map(|at| (at, w.to_string())))
        .collect();
    found.sort();
    let mut out: Vec<String> = found.into_iter().map(|(_, w)| w).collect();
    for word in english_words(title) {
        if VAGUE_EN.contains(&word.as_str()) && !out.contains(&word) {
            out.push(word);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_vague_words_match_whole_words_only() {
        assert_eq!(vague_words("Moreover, a growl"), Vec::<String>::new());
        assert_eq!(vague_words("Grow reach"), vec!["grow".to_string()]);
        assert!(!has_number("someone"));
        assert!(has_number("one more"));
    }
}
