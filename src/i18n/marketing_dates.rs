//! Names of the marketing dates of the calendar overlay (festivals, solar terms, shopping days,
//! international days) and of their kinds, in both languages.

use super::Locale;
use crate::model::marketing_dates::{MarketingDay, MarketingKind, SolarTerm};

fn pick(locale: Locale, en: &'static str, zh: &'static str) -> &'static str {
    match locale {
        Locale::En => en,
        Locale::ZhCn => zh,
    }
}

/// The name of a solar term ("Grain Rain" / "谷雨").
pub fn solar_term_name(locale: Locale, term: SolarTerm) -> &'static str {
    let (en, zh) = match term {
        SolarTerm::MinorCold => ("Minor Cold", "小寒"),
        SolarTerm::MajorCold => ("Major Cold", "大寒"),
        SolarTerm::StartOfSpring => ("Start of Spring", "立春"),
        SolarTerm::RainWater => ("Rain Water", "雨水"),
        SolarTerm::AwakeningOfInsects => ("Awakening of Insects", "惊蛰"),
        SolarTerm::SpringEquinox => ("Spring Equinox", "春分"),
        SolarTerm::PureBrightness => ("Pure Brightness (Qingming)", "清明"),
        SolarTerm::GrainRain => ("Grain Rain", "谷雨"),
        SolarTerm::StartOfSummer => ("Start of Summer", "立夏"),
        SolarTerm::GrainBuds => ("Grain Buds", "小满"),
        SolarTerm::GrainInEar => ("Grain in Ear", "芒种"),
        SolarTerm::SummerSolstice => ("Summer Solstice", "夏至"),
        SolarTerm::MinorHeat => ("Minor Heat", "小暑"),
        SolarTerm::MajorHeat => ("Major Heat", "大暑"),
        SolarTerm::StartOfAutumn => ("Start of Autumn", "立秋"),
        SolarTerm::EndOfHeat => ("End of Heat", "处暑"),
        SolarTerm::WhiteDew => ("White Dew", "白露"),
        SolarTerm::AutumnEquinox => ("Autumn Equinox", "秋分"),
        SolarTerm::ColdDew => ("Cold Dew", "寒露"),
        SolarTerm::FrostsDescent => ("Frost's Descent", "霜降"),
        SolarTerm::StartOfWinter => ("Start of Winter", "立冬"),
        SolarTerm::MinorSnow => ("Minor Snow", "小雪"),
        SolarTerm::MajorSnow => ("Major Snow", "大雪"),
        SolarTerm::WinterSolstice => ("Winter Solstice", "冬至"),
    };
    pick(locale, en, zh)
}

/// The name of a marketing day ("Mid-Autumn Festival" / "中秋节").
pub fn marketing_day_name(locale: Locale, day: MarketingDay) -> &'static str {
    let (en, zh) = match day {
        MarketingDay::SolarTerm(term) => return solar_term_name(locale, term),
        MarketingDay::NewYearsDay => ("New Year's Day", "元旦"),
        MarketingDay::LunarNewYearsEve => ("Lunar New Year's Eve", "除夕"),
        MarketingDay::SpringFestival => ("Spring Festival (Lunar New Year)", "春节"),
        MarketingDay::LanternFestival => ("Lantern Festival", "元宵节"),
        MarketingDay::WomensDay => ("International Women's Day", "妇女节"),
        MarketingDay::LabourDay => ("Labour Day", "劳动节"),
        MarketingDay::DragonBoat => ("Dragon Boat Festival", "端午节"),
        MarketingDay::Qixi => ("Qixi (Chinese Valentine's Day)", "七夕"),
        MarketingDay::MidAutumn => ("Mid-Autumn Festival", "中秋节"),
        MarketingDay::NationalDay => ("National Day", "国庆节"),
        MarketingDay::DoubleNinth => ("Double Ninth Festival", "重阳节"),
        MarketingDay::NianhuoJie => ("New Year Goods Festival opens", "年货节开始"),
        MarketingDay::Shopping618 => ("618 shopping festival", "618 购物节"),
        MarketingDay::Singles1111 => ("Singles' Day (11.11)", "双11"),
        MarketingDay::Double12 => ("Double 12 (12.12)", "双12"),
        MarketingDay::Valentines => ("Valentine's Day", "情人节"),
        MarketingDay::MothersDay => ("Mother's Day", "母亲节"),
        MarketingDay::FathersDay => ("Father's Day", "父亲节"),
        MarketingDay::BlackFriday => ("Black Friday", "黑色星期五"),
        MarketingDay::Christmas => ("Christmas Day", "圣诞节"),
    };
    pick(locale, en, zh)
}

/// The name of a kind of marketing day, for the overlay's legend and filter.
pub fn marketing_kind_name(locale: Locale, kind: MarketingKind) -> &'static str {
    let (en, zh) = match kind {
        MarketingKind::ChineseFestival => ("Chinese festivals", "中国节日"),
        MarketingKind::SolarTerm => ("Solar terms", "二十四节气"),
        MarketingKind::Ecommerce => ("Shopping festivals", "电商节点"),
        MarketingKind::International => ("International days", "国际节日"),
    };
    pick(locale, en, zh)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::model::marketing_dates::marketing_dates_in_year;

    #[test]
    fn every_day_of_a_year_has_distinct_names_in_both_languages() {
        for locale in [Locale::En, Locale::ZhCn] {
            let days = marketing_dates_in_year(2026);
            let names: HashSet<&str> = days
                .iter()
                .map(|m| marketing_day_name(locale, m.day))
                .collect();
            assert_eq!(names.len(), days.len(), "{locale:?}");
            assert!(names.iter().all(|n| !n.trim().is_empty()));
        }
    }

    #[test]
    fn solar_terms_have_their_standard_names() {
        let zh: String = SolarTerm::ALL
            .iter()
            .map(|t| solar_term_name(Locale::ZhCn, *t))
            .collect();
        assert_eq!(
            zh,
            "小寒大寒立春雨水惊蛰春分清明谷雨立夏小满芒种夏至小暑大暑立秋处暑白露秋分寒露霜降立冬小雪大雪冬至"
        );
        assert_eq!(
            marketing_day_name(Locale::En, MarketingDay::SolarTerm(SolarTerm::GrainRain)),
            "Grain Rain"
        );
        assert_eq!(
            marketing_day_name(
                Locale::En,
                MarketingDay::SolarTerm(SolarTerm::StartOfSpring)
            ),
            "Start of Spring"
        );
    }

    #[test]
    fn kinds_have_names() {
        let names: HashSet<&str> = MarketingKind::ALL
            .iter()
            .map(|k| marketing_kind_name(Locale::ZhCn, *k))
            .collect();
        assert_eq!(names.len(), 4);
    }
}
