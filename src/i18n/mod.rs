//! Languages and every piece of interface text.
//!
//! `t(locale, key)` is an exhaustive `match` per language (`en.rs`, `zh.rs`): a key without a
//! translation does not compile. Text that needs numbers or names is built by the small functions
//! here so both languages decide their own word order. No browser types here.

mod en;
mod keys;
pub mod text_enum;
mod zh;

pub mod calendar;
pub mod content;
pub mod content_names;
pub mod findings;
pub mod goal_editor;
pub mod goals;
pub mod handbook;
pub mod marketing_dates;
pub mod personas;
pub mod shared;
pub mod strategy;
pub mod team;
pub mod team_names;
pub mod voice;
pub mod welcome;

pub use keys::{Enumerable, Key};

/// The interface language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    /// Simplified Chinese, the default for visitors whose browser prefers any Chinese.
    #[default]
    ZhCn,
    /// English.
    En,
}

impl Locale {
    /// Both languages, in the order the switch shows them.
    pub const ALL: [Locale; 2] = [Locale::ZhCn, Locale::En];

    /// The BCP 47 tag used for `<html lang>` and for storage.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::ZhCn => "zh-CN",
            Locale::En => "en",
        }
    }

    /// The language's own name, shown on the switch whatever the current language is.
    pub fn endonym(self) -> &'static str {
        match self {
            Locale::ZhCn => "中文",
            Locale::En => "English",
        }
    }

    /// Reads a stored or browser tag (`zh`, `zh-Hans-CN`, `en-GB`, …). Unknown tags give `None`.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "zh" => Some(Locale::ZhCn),
            "en" => Some(Locale::En),
            _ => None,
        }
    }

    /// Picks the first language we speak from the browser's preference list; English otherwise
    /// (a visitor whose browser asks for neither reads English more often than Chinese).
    pub fn from_preferences<'a>(tags: impl IntoIterator<Item = &'a str>) -> Locale {
        tags.into_iter()
            .find_map(Locale::from_tag)
            .unwrap_or(Locale::En)
    }
}

/// The text for `key` in `locale`.
pub fn t(locale: Locale, key: Key) -> &'static str {
    match locale {
        Locale::ZhCn => zh::text(key),
        Locale::En => en::text(key),
    }
}

/// "Step 2 of 6" / "第 2 步，共 6 步".
pub fn step_counter(locale: Locale, number: usize, total: usize) -> String {
    match locale {
        Locale::ZhCn => format!("第 {number} 步，共 {total} 步"),
        Locale::En => format!("Step {number} of {total}"),
    }
}

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A date as people write it: "2027年5月31日" / "31 May 2027".
pub fn format_date(locale: Locale, date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    match locale {
        Locale::ZhCn => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
        Locale::En => format!(
            "{} {} {}",
            date.day(),
            MONTHS_EN[date.month0() as usize],
            date.year()
        ),
    }
}

/// A local date and time: "2027年5月31日 09:05" / "31 May 2027, 09:05".
pub fn format_date_time(locale: Locale, at: chrono::NaiveDateTime) -> String {
    let time = at.format("%H:%M");
    match locale {
        Locale::ZhCn => format!("{} {time}", format_date(locale, at.date())),
        Locale::En => format!("{}, {time}", format_date(locale, at.date())),
    }
}

/// "Label: value" with the colon each language uses ("删除：小红书" / "Remove: Xiaohongshu").
pub fn labelled(locale: Locale, label: &str, value: &str) -> String {
    match locale {
        Locale::ZhCn => format!("{label}\u{ff1a}{value}"),
        Locale::En => format!("{label}: {value}"),
    }
}

/// The name of a copy: "Café plan (copy)" / "咖啡店规划（副本）".
pub fn copy_name(locale: Locale, name: &str) -> String {
    match locale {
        Locale::ZhCn => format!("{name}（副本）"),
        Locale::En => format!("{name} (copy)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_text_in_both_languages() {
        for key in Key::all() {
            for locale in Locale::ALL {
                let text = t(locale, key);
                assert!(!text.trim().is_empty(), "{key:?} is empty in {locale:?}");
                assert_eq!(text, text.trim(), "{key:?} has stray spaces in {locale:?}");
            }
        }
    }

    #[test]
    fn chinese_text_is_written_in_chinese() {
        // Every Chinese string carries at least one CJK character: a copy of the English text
        // left in the Chinese table would fail here.
        for key in Key::all() {
            let zh = t(Locale::ZhCn, key);
            assert!(
                zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
                    || key.is_language_neutral(),
                "{key:?} has no Chinese: {zh}"
            );
        }
    }

    #[test]
    fn chinese_text_uses_full_width_punctuation() {
        for key in Key::all() {
            let zh = t(Locale::ZhCn, key);
            for bad in [',', ';', '?', '!'] {
                assert!(
                    !zh.contains(bad),
                    "{key:?} uses ASCII {bad:?} in Chinese: {zh}"
                );
            }
            let chars: Vec<char> = zh.chars().collect();
            for w in chars.windows(2) {
                let after_cjk = ('\u{4e00}'..='\u{9fff}').contains(&w[0]);
                assert!(
                    !(after_cjk && (w[1] == ':' || w[1] == '.')),
                    "{key:?}: ASCII {:?} after Chinese in {zh}",
                    w[1]
                );
            }
        }
    }

    #[test]
    fn english_text_has_no_chinese() {
        for key in Key::all() {
            let en = t(Locale::En, key);
            assert!(
                !en.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
                    || key.is_language_neutral(),
                "{key:?} has Chinese in English: {en}"
            );
        }
    }

    #[test]
    fn locale_tags_round_trip_and_browser_tags_are_understood() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
        }
        assert_eq!(Locale::from_tag("zh-Hans-CN"), Some(Locale::ZhCn));
        assert_eq!(Locale::from_tag("zh_TW"), Some(Locale::ZhCn));
        assert_eq!(Locale::from_tag("EN-gb"), Some(Locale::En));
        assert_eq!(Locale::from_tag("fr-FR"), None);
        assert_eq!(Locale::from_tag(""), None);
    }

    #[test]
    fn browser_preferences_pick_the_first_language_we_speak() {
        assert_eq!(
            Locale::from_preferences(["fr", "zh-CN", "en"]),
            Locale::ZhCn
        );
        assert_eq!(Locale::from_preferences(["en-US", "zh"]), Locale::En);
        assert_eq!(Locale::from_preferences(["de", "fr"]), Locale::En);
        assert_eq!(Locale::from_preferences([]), Locale::En);
    }

    #[test]
    fn dates_follow_the_language() {
        let d = chrono::NaiveDate::from_ymd_opt(2027, 5, 31).unwrap();
        assert_eq!(format_date(Locale::ZhCn, d), "2027年5月31日");
        assert_eq!(format_date(Locale::En, d), "31 May 2027");
        let at = d.and_hms_opt(9, 5, 0).unwrap();
        assert_eq!(format_date_time(Locale::En, at), "31 May 2027, 09:05");
        assert_eq!(format_date_time(Locale::ZhCn, at), "2027年5月31日 09:05");
    }

    #[test]
    fn copies_are_named_in_each_language() {
        assert_eq!(copy_name(Locale::En, "Café"), "Café (copy)");
        assert_eq!(
            copy_name(Locale::ZhCn, "咖啡店"),
            "咖啡店\u{ff08}副本\u{ff09}"
        );
    }

    #[test]
    fn step_counter_reads_naturally() {
        assert_eq!(step_counter(Locale::En, 2, 6), "Step 2 of 6");
        assert_eq!(step_counter(Locale::ZhCn, 2, 6), "第 2 步，共 6 步");
    }
}
