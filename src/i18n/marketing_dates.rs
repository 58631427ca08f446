//! Names of the marketing dates of the calendar overlay (festivals, solar terms, shopping days,
//! international days) and of their kinds, in both languages.

use super::{t, Locale};
use crate::model::marketing_dates::{MarketingDay, MarketingKind, SolarTerm};

crate::texts! {
    /// Names of the marketing dates and of their kinds.
    pub enum MarketingDateText {
        // The 24 solar terms
        MinorCold => en: "Minor Cold", zh: "小寒";
        MajorCold => en: "Major Cold", zh: "大寒";
        StartOfSpring => en: "Start of Spring", zh: "立春";
        RainWater => en: "Rain Water", zh: "雨水";
        AwakeningOfInsects => en: "Awakening of Insects", zh: "惊蛰";
        SpringEquinox => en: "Spring Equinox", zh: "春分";
        PureBrightness => en: "Pure Brightness (Qingming)", zh: "清明";
        GrainRain => en: "Grain Rain", zh: "谷雨";
        StartOfSummer => en: "Start of Summer", zh: "立夏";
        GrainBuds => en: "Grain Buds", zh: "小满";
        GrainInEar => en: "Grain in Ear", zh: "芒种";
        SummerSolstice => en: "Summer Solstice", zh: "夏至";
        MinorHeat => en: "Minor Heat", zh: "小暑";
        MajorHeat => en: "Major Heat", zh: "大暑";
        StartOfAutumn => en: "Start of Autumn", zh: "立秋";
        EndOfHeat => en: "End of Heat", zh: "处暑";
        WhiteDew => en: "White Dew", zh: "白露";
        AutumnEquinox => en: "Autumn Equinox", zh: "秋分";
        ColdDew => en: "Cold Dew", zh: "寒露";
        FrostsDescent => en: "Frost's Descent", zh: "霜降";
        StartOfWinter => en: "Start of Winter", zh: "立冬";
        MinorSnow => en: "Minor Snow", zh: "小雪";
        MajorSnow => en: "Major Snow", zh: "大雪";
        WinterSolstice => en: "Winter Solstice", zh: "冬至";

        // Festivals, shopping days and international days
        NewYearsDay => en: "New Year's Day", zh: "元旦";
        LunarNewYearsEve => en: "Lunar New Year's Eve", zh: "除夕";
        SpringFestival => en: "Spring Festival (Lunar New Year)", zh: "春节";
        LanternFestival => en: "Lantern Festival", zh: "元宵节";
        WomensDay => en: "International Women's Day", zh: "妇女节";
        LabourDay => en: "Labour Day", zh: "劳动节";
        DragonBoat => en: "Dragon Boat Festival", zh: "端午节";
        Qixi => en: "Qixi (Chinese Valentine's Day)", zh: "七夕";
        MidAutumn => en: "Mid-Autumn Festival", zh: "中秋节";
        NationalDay => en: "National Day", zh: "国庆节";
        DoubleNinth => en: "Double Ninth Festival", zh: "重阳节";
        NianhuoJie => en: "New Year Goods Festival opens", zh: "年货节开始";
        Shopping618 => en: "618 shopping festival", zh: "618 购物节";
        Singles1111 => en: "Singles' Day (11.11)", zh: "双11";
        Double12 => en: "Double 12 (12.12)", zh: "双12";
        Valentines => en: "Valentine's Day", zh: "情人节";
        MothersDay => en: "Mother's Day", zh: "母亲节";
        FathersDay => en: "Father's Day", zh: "父亲节";
        BlackFriday => en: "Black Friday", zh: "黑色星期五";
        Christmas => en: "Christmas Day", zh: "圣诞节";

        // Kinds of marketing day
        KindChineseFestival => en: "Chinese festivals", zh: "中国节日";
        KindSolarTerm => en: "Solar terms", zh: "二十四节气";
        KindEcommerce => en: "Shopping festivals", zh: "电商节点";
        KindInternational => en: "International days", zh: "国际节日";
    }
}

/// The name of a solar term ("Grain Rain" / "谷雨").
pub fn solar_term_name(locale: Locale, term: SolarTerm) -> &'static str {
    let key = match term {
        SolarTerm::MinorCold => MarketingDateText::MinorCold,
        SolarTerm::MajorCold => MarketingDateText::MajorCold,
        SolarTerm::StartOfSpring => MarketingDateText::StartOfSpring,
        SolarTerm::RainWater => MarketingDateText::RainWater,
        SolarTerm::AwakeningOfInsects => MarketingDateText::AwakeningOfInsects,
        SolarTerm::SpringEquinox => MarketingDateText::SpringEquinox,
        SolarTerm::PureBrightness => MarketingDateText::PureBrightness,
        SolarTerm::GrainRain => MarketingDateText::GrainRain,
        SolarTerm::StartOfSummer => MarketingDateText::StartOfSummer,
        SolarTerm::GrainBuds => MarketingDateText::GrainBuds,
        SolarTerm::GrainInEar => MarketingDateText::GrainInEar,
        SolarTerm::SummerSolstice => MarketingDateText::SummerSolstice,
        SolarTerm::MinorHeat => MarketingDateText::MinorHeat,
        SolarTerm::MajorHeat => MarketingDateText::MajorHeat,
        SolarTerm::StartOfAutumn => MarketingDateText::StartOfAutumn,
        SolarTerm::EndOfHeat => MarketingDateText::EndOfHeat,
        SolarTerm::WhiteDew => MarketingDateText::WhiteDew,
        SolarTerm::AutumnEquinox => MarketingDateText::AutumnEquinox,
        SolarTerm::ColdDew => MarketingDateText::ColdDew,
        SolarTerm::FrostsDescent => MarketingDateText::FrostsDescent,
        SolarTerm::StartOfWinter => MarketingDateText::StartOfWinter,
        SolarTerm::MinorSnow => MarketingDateText::MinorSnow,
        SolarTerm::MajorSnow => MarketingDateText::MajorSnow,
        SolarTerm::WinterSolstice => MarketingDateText::WinterSolstice,
    };
    t(locale, key)
}

/// The name of a marketing day ("Mid-Autumn Festival" / "中秋节").
pub fn marketing_day_name(locale: Locale, day: MarketingDay) -> &'static str {
    let key = match day {
        MarketingDay::SolarTerm(term) => return solar_term_name(locale, term),
        MarketingDay::NewYearsDay => MarketingDateText::NewYearsDay,
        MarketingDay::LunarNewYearsEve => MarketingDateText::LunarNewYearsEve,
        MarketingDay::SpringFestival => MarketingDateText::SpringFestival,
        MarketingDay::LanternFestival => MarketingDateText::LanternFestival,
        MarketingDay::WomensDay => MarketingDateText::WomensDay,
        MarketingDay::LabourDay => MarketingDateText::LabourDay,
        MarketingDay::DragonBoat => MarketingDateText::DragonBoat,
        MarketingDay::Qixi => MarketingDateText::Qixi,
        MarketingDay::MidAutumn => MarketingDateText::MidAutumn,
        MarketingDay::NationalDay => MarketingDateText::NationalDay,
        MarketingDay::DoubleNinth => MarketingDateText::DoubleNinth,
        MarketingDay::NianhuoJie => MarketingDateText::NianhuoJie,
        MarketingDay::Shopping618 => MarketingDateText::Shopping618,
        MarketingDay::Singles1111 => MarketingDateText::Singles1111,
        MarketingDay::Double12 => MarketingDateText::Double12,
        MarketingDay::Valentines => MarketingDateText::Valentines,
        MarketingDay::MothersDay => MarketingDateText::MothersDay,
        MarketingDay::FathersDay => MarketingDateText::FathersDay,
        MarketingDay::BlackFriday => MarketingDateText::BlackFriday,
        MarketingDay::Christmas => MarketingDateText::Christmas,
    };
    t(locale, key)
}

/// The name of a kind of marketing day, for the overlay's legend and filter.
pub fn marketing_kind_name(locale: Locale, kind: MarketingKind) -> &'static str {
    let key = match kind {
        MarketingKind::ChineseFestival => MarketingDateText::KindChineseFestival,
        MarketingKind::SolarTerm => MarketingDateText::KindSolarTerm,
        MarketingKind::Ecommerce => MarketingDateText::KindEcommerce,
        MarketingKind::International => MarketingDateText::KindInternational,
    };
    t(locale, key)
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
