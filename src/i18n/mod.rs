//! Languages and every piece of interface text, written one way: `texts!` groups with English
//! and Chinese side by side (`texts.rs`), gathered in the catalogue (`catalogue.rs`). A view asks
//! for a text with [`t`]; a text that carries values is a template whose holes [`fill`] fills, so
//! each language keeps its own word order. No browser types here.
//!
//! In the release build the two languages' tables are loaded separately (only the one being read
//! is downloaded), each in two halves: what the frame and step 1 need, and the rest ([`Key::is_late`]),
//! which comes a moment after the first view or with the first later step; [`install`] and
//! [`install_late`] hand a loaded half to [`t`]. Elsewhere (tests, debug builds) all are simply
//! there.

mod app;
mod catalogue;
mod texts;

pub mod calendar;
pub mod content;
pub mod content_names;
pub mod device;
pub mod examples;
pub mod files;
pub mod findings;
pub mod goal_chart;
pub mod goal_editor;
pub mod goal_numbers;
pub mod goal_progress;
pub mod goal_reasons;
pub mod goals;
pub mod handbook;
pub mod marketing_dates;
pub mod personas;
pub mod present;
pub mod shared;
pub mod strategy;
pub mod team;
pub mod team_names;
pub mod voice;
pub mod welcome;
pub mod workshop;
pub mod workshop_join;
pub mod workshop_page;
pub mod workshop_room;

pub use app::{step_name, step_question, step_why, AppText, StepText};
pub use catalogue::{Catalogue, Key, LateCatalogue, EN, EN_LATE, ZH, ZH_LATE};
pub use texts::{fill, holes, Enumerable};

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

    /// Whether the worked examples (plan data written apart in each language, not translated:
    /// `model::examples`, example personas and voice) should be the Chinese ones. Never used to
    /// choose interface words: those are texts.
    pub fn uses_chinese_examples(self) -> bool {
        matches!(self, Locale::ZhCn)
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

/// The text for `key` in `locale` (empty while the half of the language it is in has not arrived).
pub fn t(locale: Locale, key: impl Into<Key>) -> &'static str {
    let key = key.into();
    if key.is_late() {
        late_catalogue_of(locale).map_or("", |c| c.get(key))
    } else {
        catalogue_of(locale).map_or("", |c| c.get(key))
    }
}

/// The template `key` in `locale` with its holes filled from `values`.
pub fn tf(
    locale: Locale,
    key: impl Into<Key>,
    values: &[(&str, &dyn std::fmt::Display)],
) -> String {
    fill(t(locale, key), values)
}

#[cfg(feature = "split")]
mod installed {
    use std::sync::OnceLock;

    use super::{Catalogue, LateCatalogue, Locale};

    static ENGLISH: OnceLock<&'static Catalogue> = OnceLock::new();
    static CHINESE: OnceLock<&'static Catalogue> = OnceLock::new();
    static ENGLISH_LATE: OnceLock<&'static LateCatalogue> = OnceLock::new();
    static CHINESE_LATE: OnceLock<&'static LateCatalogue> = OnceLock::new();

    pub fn slot(locale: Locale) -> &'static OnceLock<&'static Catalogue> {
        match locale {
            Locale::En => &ENGLISH,
            Locale::ZhCn => &CHINESE,
        }
    }

    pub fn late_slot(locale: Locale) -> &'static OnceLock<&'static LateCatalogue> {
        match locale {
            Locale::En => &ENGLISH_LATE,
            Locale::ZhCn => &CHINESE_LATE,
        }
    }
}

/// Hands the loaded first half of `locale` to [`t`] (the release build loads each language apart).
#[cfg(feature = "split")]
pub fn install(locale: Locale, catalogue: &'static Catalogue) {
    let _ = installed::slot(locale).set(catalogue);
}

/// Hands the loaded late half of `locale` to [`t`].
#[cfg(feature = "split")]
pub fn install_late(locale: Locale, catalogue: &'static LateCatalogue) {
    let _ = installed::late_slot(locale).set(catalogue);
}

/// Whether the texts of `locale` that the frame and step 1 need can be shown now.
pub fn is_loaded(locale: Locale) -> bool {
    catalogue_of(locale).is_some()
}

/// Whether the texts of `locale` that later steps and pages need can be shown now.
pub fn is_late_loaded(locale: Locale) -> bool {
    late_catalogue_of(locale).is_some()
}

/// The first half of `locale`, once it is there.
#[cfg(feature = "split")]
fn catalogue_of(locale: Locale) -> Option<&'static Catalogue> {
    installed::slot(locale).get().copied()
}

/// The late half of `locale`, once it is there.
#[cfg(feature = "split")]
fn late_catalogue_of(locale: Locale) -> Option<&'static LateCatalogue> {
    installed::late_slot(locale).get().copied()
}

/// The first half of `locale` (both languages are part of this build).
#[cfg(not(feature = "split"))]
fn catalogue_of(locale: Locale) -> Option<&'static Catalogue> {
    Some(match locale {
        Locale::En => &EN,
        Locale::ZhCn => &ZH,
    })
}

/// The late half of `locale` (both languages are part of this build).
#[cfg(not(feature = "split"))]
fn late_catalogue_of(locale: Locale) -> Option<&'static LateCatalogue> {
    Some(match locale {
        Locale::En => &EN_LATE,
        Locale::ZhCn => &ZH_LATE,
    })
}

/// "Step 2 of 6" / "第 2 步，共 6 步".
pub fn step_counter(locale: Locale, number: usize, total: usize) -> String {
    tf(
        locale,
        AppText::StepCounter,
        &[("number", &number), ("total", &total)],
    )
}

/// The months' names for dates, January first.
const MONTHS: [AppText; 12] = [
    AppText::January,
    AppText::February,
    AppText::March,
    AppText::April,
    AppText::May,
    AppText::June,
    AppText::July,
    AppText::August,
    AppText::September,
    AppText::October,
    AppText::November,
    AppText::December,
];

/// A date as people write it: "2027年5月31日" / "31 May 2027".
pub fn format_date(locale: Locale, date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let month = t(locale, MONTHS[date.month0() as usize]);
    tf(
        locale,
        AppText::Date,
        &[
            ("day", &date.day()),
            ("month", &month),
            ("year", &date.year()),
        ],
    )
}

/// A local date and time: "2027年5月31日 09:05" / "31 May 2027, 09:05".
pub fn format_date_time(locale: Locale, at: chrono::NaiveDateTime) -> String {
    use chrono::Timelike;
    let date = format_date(locale, at.date());
    // (written out by hand: chrono's format strings would bring their parser into the frame)
    let time = format!("{:02}:{:02}", at.hour(), at.minute());
    tf(
        locale,
        AppText::DateTime,
        &[("date", &date), ("time", &time)],
    )
}

/// A list read as one phrase: "pains, topics" / "痛点、话题".
pub fn join_list<'a>(locale: Locale, items: impl IntoIterator<Item = &'a str>) -> String {
    join_with(locale, AppText::ListJoin, items)
}

/// `items` joined pairwise by the template `key`, whose holes are `{list}` (what is joined so
/// far) and `{item}` (the next one); empty for no items.
pub fn join_with<'a>(
    locale: Locale,
    key: impl Into<Key>,
    items: impl IntoIterator<Item = &'a str>,
) -> String {
    fold(locale, key, ("list", "item"), items)
}

/// Sentences one after another: a space between them in English, nothing in Chinese.
pub fn join_sentences<'a>(locale: Locale, items: impl IntoIterator<Item = &'a str>) -> String {
    fold(locale, AppText::TwoSentences, ("first", "second"), items)
}

/// Joins `items` pairwise with the two-hole template `key` (empty for no items).
fn fold<'a>(
    locale: Locale,
    key: impl Into<Key>,
    (left, right): (&str, &str),
    items: impl IntoIterator<Item = &'a str>,
) -> String {
    let template = t(locale, key);
    let mut items = items.into_iter();
    let Some(first) = items.next() else {
        return String::new();
    };
    items.fold(first.to_string(), |joined, item| {
        fill(template, &[(left, &joined), (right, &item)])
    })
}

/// "Label: value" with the colon each language uses ("删除：小红书" / "Remove: Xiaohongshu").
pub fn labelled(locale: Locale, label: &str, value: &str) -> String {
    tf(
        locale,
        AppText::Labelled,
        &[("label", &label), ("value", &value)],
    )
}

/// The name of a copy: "Café plan (copy)" / "咖啡店规划（副本）".
pub fn copy_name(locale: Locale, name: &str) -> String {
    tf(locale, AppText::CopyName, &[("name", &name)])
}

/// The template `key` filled, without the hole `{lead}` it starts with: for a view that shows the
/// lead and the rest in different elements ("{heading} ({count})" gives " (3)" / "（3）"). A
/// template that does not start with `{lead}` is filled whole.
pub fn tf_after(
    locale: Locale,
    key: impl Into<Key>,
    lead: &str,
    values: &[(&str, &dyn std::fmt::Display)],
) -> String {
    let template = t(locale, key);
    let rest = template
        .strip_prefix('{')
        .and_then(|r| r.strip_prefix(lead))
        .and_then(|r| r.strip_prefix('}'))
        .unwrap_or(template);
    fill(rest, values)
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
    fn every_text_is_in_exactly_one_half_of_each_language() {
        let halves = [(Locale::En, &EN, &EN_LATE), (Locale::ZhCn, &ZH, &ZH_LATE)];
        let mut late = 0;
        for key in Key::all() {
            late += usize::from(key.is_late());
            for (locale, first, rest) in halves {
                let (in_first, in_rest) = (!first.get(key).is_empty(), !rest.get(key).is_empty());
                assert_eq!(
                    in_first,
                    !key.is_late(),
                    "{key:?} in the first half of {locale:?}"
                );
                assert_eq!(
                    in_rest,
                    key.is_late(),
                    "{key:?} in the late half of {locale:?}"
                );
            }
        }
        // Both halves hold texts: step 1's words are in the first, step 2's in the late one.
        assert!(!Key::Strategy(strategy::StrategyText::RolesHeading).is_late());
        assert!(Key::Personas(personas::PersonaText::AddPersona).is_late());
        assert!(late > 0 && late < Key::all().len());
    }

    /// The text with its holes taken out, to judge the words around them.
    fn words(text: &str) -> String {
        let mut out = text.to_string();
        for hole in holes(text) {
            out = out.replace(&format!("{{{hole}}}"), "");
        }
        out
    }

    #[test]
    fn chinese_text_is_written_in_chinese() {
        // Every Chinese string with words carries at least one CJK character: a copy of the
        // English text left in the Chinese table would fail here. Texts of only holes, digits
        // and signs ("{min}–{max}") are the same in both languages. Latin brand names
        // (`BrandText`: "LinkedIn") are written alike in both and are the one exemption.
        for key in Key::all() {
            if matches!(key, Key::Brand(_)) {
                continue;
            }
            let zh = words(t(Locale::ZhCn, key));
            assert!(
                zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
                    || !zh.chars().any(|c| c.is_ascii_alphabetic()),
                "{key:?} has no Chinese: {zh}"
            );
        }
    }

    #[test]
    fn both_languages_fill_the_same_holes() {
        for key in Key::all() {
            let (en, zh) = (t(Locale::En, key), t(Locale::ZhCn, key));
            let mut en_holes = holes(en);
            if matches!(key, Key::Import(_)) {
                // serde's technical description of an import error is English: only the English
                // messages quote it (the details disclosure shows it in both languages).
                en_holes.retain(|hole| *hole != "detail");
            }
            assert_eq!(en_holes, holes(zh), "{key:?}: {en} / {zh}");
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
                !en.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
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
    fn every_month_is_named_as_before() {
        let english = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        for (index, name) in english.iter().enumerate() {
            let month = index as u32 + 1;
            let d = chrono::NaiveDate::from_ymd_opt(2026, month, 9).unwrap();
            assert_eq!(format_date(Locale::En, d), format!("9 {name} 2026"));
            assert_eq!(format_date(Locale::ZhCn, d), format!("2026年{month}月9日"));
        }
    }

    #[test]
    fn labels_and_sentences_are_joined_as_each_language_does() {
        assert_eq!(
            labelled(Locale::ZhCn, "删除", "小红书"),
            "删除\u{ff1a}小红书"
        );
        assert_eq!(
            labelled(Locale::En, "Remove", "Xiaohongshu"),
            "Remove: Xiaohongshu"
        );
        assert_eq!(labelled(Locale::En, "Example", ""), "Example: ");
        assert_eq!(
            join_sentences(Locale::En, ["One.", "Two.", "Three."]),
            "One. Two. Three."
        );
        assert_eq!(join_sentences(Locale::ZhCn, ["一。", "二。"]), "一。二。");
        assert_eq!(join_sentences(Locale::En, []), "");
        assert_eq!(join_list(Locale::ZhCn, ["痛点", "话题"]), "痛点、话题");
    }

    #[test]
    fn the_rest_of_a_template_leaves_its_lead_out() {
        let values: [(&str, &dyn std::fmt::Display); 2] = [("heading", &"x"), ("count", &3)];
        let heading = Key::Shared(shared::SharedText::CountedHeading);
        assert_eq!(tf_after(Locale::En, heading, "heading", &values), " (3)");
        assert_eq!(tf_after(Locale::ZhCn, heading, "heading", &values), "（3）");
        assert_eq!(tf_after(Locale::En, heading, "other", &values), "x (3)");
    }

    #[test]
    fn step_counter_reads_naturally() {
        assert_eq!(step_counter(Locale::En, 2, 6), "Step 2 of 6");
        assert_eq!(step_counter(Locale::ZhCn, 2, 6), "第 2 步，共 6 步");
    }
}
