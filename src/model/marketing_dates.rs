//! Marketing dates for the calendar overlay: Chinese festivals (fixed and lunar), the 24 solar
//! terms, e-commerce shopping days and international days.
//!
//! Pure: no leptos, web-sys or wasm-bindgen, and no calendar code: the lunar festivals and solar
//! terms of [`COVERED_YEARS`] come from a small constant table
//! ([`super::marketing_dates_table`], 36 bytes a year), checked in the tests against an
//! independent Chinese-calendar library, against an astronomical computation of the Sun's
//! longitude, and against dates published by the Hong Kong Observatory.
//!
//! # Rules
//! - Lunar festivals fall on their day of the (non-leap) lunar month: 春节 1/1, 元宵 1/15,
//!   端午 5/5, 七夕 7/7, 中秋 8/15, 重阳 9/9; 除夕 is the day before 春节.
//! - Solar terms are dated in China Standard Time (UTC+8), as the Purple Mountain and Hong Kong
//!   observatories publish them: a term whose moment falls at 02:00 Beijing time is on that
//!   date even though it is still the day before in UTC.
//! - Fixed days: 元旦 1 Jan, Valentine's Day 14 Feb, Women's Day 8 Mar, Labour Day 1 May, 618
//!   on 18 Jun, National Day 1 Oct, 双11 on 11 Nov, 双12 on 12 Dec, Christmas 25 Dec.
//! - Rule-based days: Mother's Day is the second Sunday of May, Father's Day the third Sunday of
//!   June (both as in mainland China and the US), Black Friday the day after the fourth Thursday
//!   of November.
//! - 年货节 (the platforms' New Year goods festival) has no fixed date. Here it opens four weeks
//!   before 春节 ([`NIANHUO_LEAD_DAYS`]) and runs until 8 days before it, when couriers stop
//!   taking orders for delivery before the holiday ([`nianhuo_window`]); the overlay marks its
//!   opening day.
//! - Outside [`COVERED_YEARS`] the fixed and rule-based days are still given; the lunar festivals,
//!   除夕, 年货节 and solar terms are not.

use std::ops::RangeInclusive;

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::calendar_math::nth_weekday_of_month;
use super::marketing_dates_table::{YearTable, FIRST_YEAR, TABLE};

/// The years whose lunar festivals and solar terms are known.
pub const COVERED_YEARS: RangeInclusive<i32> = FIRST_YEAR..=FIRST_YEAR + TABLE.len() as i32 - 1;

/// How many days before 春节 年货节 opens.
pub const NIANHUO_LEAD_DAYS: u64 = 28;

/// How many days before 春节 年货节 ends.
pub const NIANHUO_END_DAYS: u64 = 8;

/// The 24 solar terms (二十四节气), in the order they fall in a Gregorian year (小寒 in early
/// January first). Term `k` falls in month `k / 2 + 1`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SolarTerm {
    /// 小寒
    MinorCold,
    /// 大寒
    MajorCold,
    /// 立春
    StartOfSpring,
    /// 雨水
    RainWater,
    /// 惊蛰
    AwakeningOfInsects,
    /// 春分
    SpringEquinox,
    /// 清明
    PureBrightness,
    /// 谷雨
    GrainRain,
    /// 立夏
    StartOfSummer,
    /// 小满
    GrainBuds,
    /// 芒种
    GrainInEar,
    /// 夏至
    SummerSolstice,
    /// 小暑
    MinorHeat,
    /// 大暑
    MajorHeat,
    /// 立秋
    StartOfAutumn,
    /// 处暑
    EndOfHeat,
    /// 白露
    WhiteDew,
    /// 秋分
    AutumnEquinox,
    /// 寒露
    ColdDew,
    /// 霜降
    FrostsDescent,
    /// 立冬
    StartOfWinter,
    /// 小雪
    MinorSnow,
    /// 大雪
    MajorSnow,
    /// 冬至
    WinterSolstice,
}

impl SolarTerm {
    /// All 24, in calendar-year order.
    pub const ALL: [SolarTerm; 24] = [
        SolarTerm::MinorCold,
        SolarTerm::MajorCold,
        SolarTerm::StartOfSpring,
        SolarTerm::RainWater,
        SolarTerm::AwakeningOfInsects,
        SolarTerm::SpringEquinox,
        SolarTerm::PureBrightness,
        SolarTerm::GrainRain,
        SolarTerm::StartOfSummer,
        SolarTerm::GrainBuds,
        SolarTerm::GrainInEar,
        SolarTerm::SummerSolstice,
        SolarTerm::MinorHeat,
        SolarTerm::MajorHeat,
        SolarTerm::StartOfAutumn,
        SolarTerm::EndOfHeat,
        SolarTerm::WhiteDew,
        SolarTerm::AutumnEquinox,
        SolarTerm::ColdDew,
        SolarTerm::FrostsDescent,
        SolarTerm::StartOfWinter,
        SolarTerm::MinorSnow,
        SolarTerm::MajorSnow,
        SolarTerm::WinterSolstice,
    ];

    /// The position in [`SolarTerm::ALL`], 0 to 23.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The Gregorian month the term falls in.
    pub fn month(self) -> u32 {
        self.index() as u32 / 2 + 1
    }

    /// The Sun's apparent ecliptic longitude at the term, in degrees (立春 = 315, 春分 = 0).
    pub fn longitude(self) -> u32 {
        (285 + 15 * self.index() as u32) % 360
    }
}

/// What a marketing date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MarketingKind {
    ChineseFestival,
    SolarTerm,
    Ecommerce,
    International,
}

impl MarketingKind {
    /// Every kind, in the order a legend shows them.
    pub const ALL: [MarketingKind; 4] = [
        MarketingKind::ChineseFestival,
        MarketingKind::SolarTerm,
        MarketingKind::Ecommerce,
        MarketingKind::International,
    ];
}

/// A day worth planning content around.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MarketingDay {
    /// 元旦, 1 January.
    NewYearsDay,
    /// 除夕, the last day of the lunar year.
    LunarNewYearsEve,
    /// 春节, lunar 1/1.
    SpringFestival,
    /// 元宵节, lunar 1/15.
    LanternFestival,
    /// 妇女节, 8 March.
    WomensDay,
    /// 劳动节, 1 May.
    LabourDay,
    /// 端午节, lunar 5/5.
    DragonBoat,
    /// 七夕, lunar 7/7.
    Qixi,
    /// 中秋节, lunar 8/15.
    MidAutumn,
    /// 国庆节, 1 October.
    NationalDay,
    /// 重阳节, lunar 9/9.
    DoubleNinth,
    /// One of the 24 solar terms.
    SolarTerm(SolarTerm),
    /// 年货节 opens (see the module's rules).
    NianhuoJie,
    /// 618, 18 June.
    Shopping618,
    /// 双11, 11 November.
    Singles1111,
    /// 双12, 12 December.
    Double12,
    /// Valentine's Day, 14 February.
    Valentines,
    /// Mother's Day, the second Sunday of May.
    MothersDay,
    /// Father's Day, the third Sunday of June.
    FathersDay,
    /// Black Friday, the day after the fourth Thursday of November.
    BlackFriday,
    /// Christmas Day, 25 December.
    Christmas,
}

impl MarketingDay {
    /// The kind of day it is.
    pub fn kind(self) -> MarketingKind {
        match self {
            MarketingDay::LunarNewYearsEve
            | MarketingDay::SpringFestival
            | MarketingDay::LanternFestival
            | MarketingDay::DragonBoat
            | MarketingDay::Qixi
            | MarketingDay::MidAutumn
            | MarketingDay::NationalDay
            | MarketingDay::DoubleNinth => MarketingKind::ChineseFestival,
            MarketingDay::SolarTerm(_) => MarketingKind::SolarTerm,
            MarketingDay::NianhuoJie
            | MarketingDay::Shopping618
            | MarketingDay::Singles1111
            | MarketingDay::Double12 => MarketingKind::Ecommerce,
            MarketingDay::NewYearsDay
            | MarketingDay::WomensDay
            | MarketingDay::LabourDay
            | MarketingDay::Valentines
            | MarketingDay::MothersDay
            | MarketingDay::FathersDay
            | MarketingDay::BlackFriday
            | MarketingDay::Christmas => MarketingKind::International,
        }
    }
}

/// A marketing day on a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MarketingDate {
    pub date: NaiveDate,
    pub day: MarketingDay,
}

impl MarketingDate {
    /// The kind of the day.
    pub fn kind(&self) -> MarketingKind {
        self.day.kind()
    }
}

/// The lunar festivals in the table's order.
const LUNAR_FESTIVALS: [MarketingDay; 6] = [
    MarketingDay::SpringFestival,
    MarketingDay::LanternFestival,
    MarketingDay::DragonBoat,
    MarketingDay::Qixi,
    MarketingDay::MidAutumn,
    MarketingDay::DoubleNinth,
];

fn table_of(year: i32) -> Option<&'static YearTable> {
    if !COVERED_YEARS.contains(&year) {
        return None;
    }
    TABLE.get(usize::try_from(year - FIRST_YEAR).ok()?)
}

/// The date of 春节 in `year`, within [`COVERED_YEARS`].
pub fn spring_festival(year: i32) -> Option<NaiveDate> {
    let (month, day) = table_of(year)?.lunar[0];
    NaiveDate::from_ymd_opt(year, u32::from(month), u32::from(day))
}

/// The first and last day of 年货节 before 春节 of `year` (see the module's rules).
pub fn nianhuo_window(year: i32) -> Option<(NaiveDate, NaiveDate)> {
    let festival = spring_festival(year)?;
    Some((
        festival.checked_sub_days(Days::new(NIANHUO_LEAD_DAYS))?,
        festival.checked_sub_days(Days::new(NIANHUO_END_DAYS))?,
    ))
}

/// The date of a solar term in `year`, within [`COVERED_YEARS`].
pub fn solar_term_date(year: i32, term: SolarTerm) -> Option<NaiveDate> {
    let day = table_of(year)?.terms[term.index()];
    NaiveDate::from_ymd_opt(year, term.month(), u32::from(day))
}

/// Every marketing date of one Gregorian year, sorted.
pub fn marketing_dates_in_year(year: i32) -> Vec<MarketingDate> {
    let mut out = Vec::with_capacity(48);
    let mut push = |date: Option<NaiveDate>, day: MarketingDay| {
        if let Some(date) = date {
            out.push(MarketingDate { date, day });
        }
    };
    let ymd = |month: u32, day: u32| NaiveDate::from_ymd_opt(year, month, day);
    push(ymd(1, 1), MarketingDay::NewYearsDay);
    push(ymd(2, 14), MarketingDay::Valentines);
    push(ymd(3, 8), MarketingDay::WomensDay);
    push(ymd(5, 1), MarketingDay::LabourDay);
    push(
        nth_weekday_of_month(year, 5, Weekday::Sun, 2),
        MarketingDay::MothersDay,
    );
    push(ymd(6, 18), MarketingDay::Shopping618);
    push(
        nth_weekday_of_month(year, 6, Weekday::Sun, 3),
        MarketingDay::FathersDay,
    );
    push(ymd(10, 1), MarketingDay::NationalDay);
    push(ymd(11, 11), MarketingDay::Singles1111);
    push(
        nth_weekday_of_month(year, 11, Weekday::Thu, 4).and_then(|d| d.succ_opt()),
        MarketingDay::BlackFriday,
    );
    push(ymd(12, 12), MarketingDay::Double12);
    push(ymd(12, 25), MarketingDay::Christmas);
    if let Some(table) = table_of(year) {
        for ((month, day), festival) in table.lunar.iter().zip(LUNAR_FESTIVALS) {
            push(ymd(u32::from(*month), u32::from(*day)), festival);
        }
        for (term, day) in SolarTerm::ALL.iter().zip(table.terms) {
            push(
                ymd(term.month(), u32::from(day)),
                MarketingDay::SolarTerm(*term),
            );
        }
        let festival = spring_festival(year);
        push(
            festival.and_then(|d| d.pred_opt()),
            MarketingDay::LunarNewYearsEve,
        );
    }
    // 年货节 before an early 春节 opens in the December before.
    for festival_year in [year, year + 1] {
        if let Some((first, _)) = nianhuo_window(festival_year) {
            if first.year() == year {
                push(Some(first), MarketingDay::NianhuoJie);
            }
        }
    }
    out.sort();
    out
}

/// The marketing dates from `from` to `to` (inclusive), sorted by date (then by day, so the
/// order is stable). Empty when `to < from`.
pub fn marketing_dates_between(from: NaiveDate, to: NaiveDate) -> Vec<MarketingDate> {
    if to < from {
        return Vec::new();
    }
    let mut out: Vec<MarketingDate> = (from.year()..=to.year())
        .flat_map(marketing_dates_in_year)
        .filter(|m| m.date >= from && m.date <= to)
        .collect();
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn find(year: i32, day: MarketingDay) -> NaiveDate {
        marketing_dates_in_year(year)
            .into_iter()
            .find(|m| m.day == day)
            .unwrap_or_else(|| panic!("{day:?} in {year}"))
            .date
    }

    #[test]
    fn covers_at_least_2026_to_2030() {
        assert!(COVERED_YEARS.contains(&2026) && COVERED_YEARS.contains(&2030));
        for year in COVERED_YEARS {
            let dates = marketing_dates_in_year(year);
            // 12 fixed or rule-based, 6 lunar, 24 terms, 除夕 (and 年货节, counted below).
            let others = dates
                .iter()
                .filter(|m| m.day != MarketingDay::NianhuoJie)
                .count();
            assert_eq!(others, 43, "{year}");
            assert!(dates.windows(2).all(|w| w[0] <= w[1]));
            assert!(dates.iter().all(|m| m.date.year() == year));
        }
        assert_eq!(marketing_dates_in_year(COVERED_YEARS.end() + 1).len(), 12);
    }

    /// Published dates. Lunar festivals and solar terms: Hong Kong Observatory, "Gregorian-Lunar
    /// Calendar Conversion Table" for each year (https://www.hko.gov.hk/en/gts/time/conversion.htm,
    /// Hong Kong Time = UTC+8, the same as China Standard Time), which agrees with the Purple
    /// Mountain Observatory's 中国天文年历 for these years.
    const PUBLISHED_FESTIVALS: [(i32, [(u32, u32); 3]); 7] = [
        // (year, [春节, 端午, 中秋])
        (2024, [(2, 10), (6, 10), (9, 17)]),
        (2025, [(1, 29), (5, 31), (10, 6)]),
        (2026, [(2, 17), (6, 19), (9, 25)]),
        (2027, [(2, 6), (6, 9), (9, 15)]),
        (2028, [(1, 26), (5, 28), (10, 3)]),
        (2029, [(2, 13), (6, 16), (9, 22)]),
        (2030, [(2, 3), (6, 5), (9, 12)]),
    ];

    #[test]
    fn lunar_festivals_match_the_published_dates() {
        for (year, [spring, dragon, autumn]) in PUBLISHED_FESTIVALS {
            assert_eq!(
                find(year, MarketingDay::SpringFestival),
                d(year, spring.0, spring.1),
                "春节 {year}"
            );
            assert_eq!(
                find(year, MarketingDay::DragonBoat),
                d(year, dragon.0, dragon.1),
                "端午 {year}"
            );
            assert_eq!(
                find(year, MarketingDay::MidAutumn),
                d(year, autumn.0, autumn.1),
                "中秋 {year}"
            );
        }
        // The rest of 2026 (lunar year 丙午).
        assert_eq!(find(2026, MarketingDay::LunarNewYearsEve), d(2026, 2, 16));
        assert_eq!(find(2026, MarketingDay::LanternFestival), d(2026, 3, 3));
        assert_eq!(find(2026, MarketingDay::Qixi), d(2026, 8, 19));
        assert_eq!(find(2026, MarketingDay::DoubleNinth), d(2026, 10, 18));
    }

    /// Published solar-term dates (Hong Kong Observatory, as above; the equinoxes and solstices
    /// also agree with the US Naval Observatory's "Earth's Seasons" table shifted to UTC+8).
    /// Rows: year, [立春, 春分, 清明, 夏至, 秋分, 冬至] as (month, day).
    const PUBLISHED_TERMS: [(i32, [(u32, u32); 6]); 7] = [
        (2024, [(2, 4), (3, 20), (4, 4), (6, 21), (9, 22), (12, 21)]),
        (2025, [(2, 3), (3, 20), (4, 4), (6, 21), (9, 23), (12, 21)]),
        (2026, [(2, 4), (3, 20), (4, 5), (6, 21), (9, 23), (12, 22)]),
        // 春分 2027 is 20 Mar 20:25 UTC: 21 Mar in Beijing.
        (2027, [(2, 4), (3, 21), (4, 5), (6, 21), (9, 23), (12, 22)]),
        // 夏至 2028 is 20 Jun 20:02 UTC: 21 Jun in Beijing.
        (2028, [(2, 4), (3, 20), (4, 4), (6, 21), (9, 22), (12, 21)]),
        // 秋分 2029 is 22 Sep 19:38 UTC: 23 Sep in Beijing.
        (2029, [(2, 3), (3, 20), (4, 4), (6, 21), (9, 23), (12, 21)]),
        (2030, [(2, 4), (3, 20), (4, 5), (6, 21), (9, 23), (12, 22)]),
    ];

    #[test]
    fn solar_terms_match_the_published_dates() {
        let terms = [
            SolarTerm::StartOfSpring,
            SolarTerm::SpringEquinox,
            SolarTerm::PureBrightness,
            SolarTerm::SummerSolstice,
            SolarTerm::AutumnEquinox,
            SolarTerm::WinterSolstice,
        ];
        for (year, dates) in PUBLISHED_TERMS {
            for (term, (month, day)) in terms.iter().zip(dates) {
                assert_eq!(
                    solar_term_date(year, *term),
                    Some(d(year, month, day)),
                    "{term:?} {year}"
                );
            }
        }
    }

    #[test]
    fn rule_based_days() {
        assert_eq!(find(2026, MarketingDay::MothersDay), d(2026, 5, 10));
        assert_eq!(find(2027, MarketingDay::MothersDay), d(2027, 5, 9));
        assert_eq!(find(2026, MarketingDay::FathersDay), d(2026, 6, 21));
        assert_eq!(find(2026, MarketingDay::BlackFriday), d(2026, 11, 27));
        // November 2029 starts on a Thursday: the fourth is the 22nd.
        assert_eq!(find(2029, MarketingDay::BlackFriday), d(2029, 11, 23));
        assert_eq!(find(2030, MarketingDay::BlackFriday), d(2030, 11, 29));
        for year in 2000..2100 {
            let friday = find(year, MarketingDay::BlackFriday);
            assert_eq!(friday.weekday(), Weekday::Fri);
            assert!((23..=29).contains(&friday.day()), "{friday}");
        }
        assert_eq!(find(2026, MarketingDay::Singles1111), d(2026, 11, 11));
        assert_eq!(find(2026, MarketingDay::Shopping618), d(2026, 6, 18));
        assert_eq!(find(2026, MarketingDay::Double12), d(2026, 12, 12));
    }

    #[test]
    fn nianhuo_jie_opens_four_weeks_before_spring_festival() {
        assert_eq!(nianhuo_window(2026), Some((d(2026, 1, 20), d(2026, 2, 9))));
        assert_eq!(find(2027, MarketingDay::NianhuoJie), d(2027, 1, 9));
        // 春节 2028 is on 26 January: 年货节 opens in December 2027.
        assert_eq!(
            nianhuo_window(2028).map(|(first, _)| first),
            Some(d(2027, 12, 29))
        );
        let openings: Vec<NaiveDate> = marketing_dates_between(d(2027, 1, 1), d(2028, 12, 31))
            .into_iter()
            .filter(|m| m.day == MarketingDay::NianhuoJie)
            .map(|m| m.date)
            .collect();
        assert_eq!(openings, vec![d(2027, 1, 9), d(2027, 12, 29)]);
        for year in COVERED_YEARS {
            let (first, last) = nianhuo_window(year).unwrap();
            assert!(first < last && last < spring_festival(year).unwrap());
            let listed = marketing_dates_in_year(first.year())
                .into_iter()
                .filter(|m| m.day == MarketingDay::NianhuoJie && m.date == first)
                .count();
            assert_eq!(listed, 1, "年货节 before 春节 {year}");
        }
        assert_eq!(nianhuo_window(COVERED_YEARS.end() + 1), None);
    }

    #[test]
    fn between_is_inclusive_sorted_and_crosses_years() {
        let dates = marketing_dates_between(d(2026, 12, 22), d(2027, 1, 5));
        let days: Vec<MarketingDay> = dates.iter().map(|m| m.day).collect();
        assert_eq!(
            days,
            vec![
                MarketingDay::SolarTerm(SolarTerm::WinterSolstice),
                MarketingDay::Christmas,
                MarketingDay::NewYearsDay,
                MarketingDay::SolarTerm(SolarTerm::MinorCold),
            ]
        );
        assert_eq!(dates[0].date, d(2026, 12, 22));
        assert_eq!(dates[3].date, d(2027, 1, 5));
        assert!(marketing_dates_between(d(2027, 1, 5), d(2026, 1, 5)).is_empty());
        let one_day = marketing_dates_between(d(2026, 2, 17), d(2026, 2, 17));
        assert_eq!(
            one_day,
            vec![MarketingDate {
                date: d(2026, 2, 17),
                day: MarketingDay::SpringFestival
            }]
        );
        assert_eq!(one_day[0].kind(), MarketingKind::ChineseFestival);
    }

    #[test]
    fn kinds_are_assigned() {
        assert_eq!(MarketingDay::Singles1111.kind(), MarketingKind::Ecommerce);
        assert_eq!(
            MarketingDay::SolarTerm(SolarTerm::GrainRain).kind(),
            MarketingKind::SolarTerm
        );
        assert_eq!(MarketingDay::Christmas.kind(), MarketingKind::International);
        assert_eq!(SolarTerm::StartOfSpring.longitude(), 315);
        assert_eq!(SolarTerm::SpringEquinox.longitude(), 0);
        assert_eq!(SolarTerm::WinterSolstice.longitude(), 270);
        assert_eq!(SolarTerm::WinterSolstice.month(), 12);
    }

    /// The Sun's apparent ecliptic longitude in degrees at a Julian Ephemeris Day (Meeus,
    /// "Astronomical Algorithms", ch. 25, low accuracy: about 0.01°, some 15 minutes of time).
    fn sun_longitude(jde: f64) -> f64 {
        let t = (jde - 2_451_545.0) / 36_525.0;
        let l0 = 280.46646 + 36_000.769_83 * t + 0.000_303_2 * t * t;
        let m = (357.52911 + 35_999.050_29 * t - 0.000_153_7 * t * t).to_radians();
        let c = (1.914_602 - 0.004_817 * t - 0.000_014 * t * t) * m.sin()
            + (0.019_993 - 0.000_101 * t) * (2.0 * m).sin()
            + 0.000_289 * (3.0 * m).sin();
        let omega = (125.04 - 1_934.136 * t).to_radians();
        (l0 + c - 0.005_69 - 0.004_78 * omega.sin()).rem_euclid(360.0)
    }

    /// The moment (Julian Day, UT) the Sun reaches `longitude` within a month of `around`.
    fn moment_of_longitude(longitude: f64, around: f64) -> f64 {
        // ΔT (TT − UT) is about 70 s in these years.
        let delta_t = 70.0 / 86_400.0;
        let offset =
            |jd: f64| (sun_longitude(jd + delta_t) - longitude + 540.0).rem_euclid(360.0) - 180.0;
        let (mut low, mut high) = (around - 20.0, around + 20.0);
        for _ in 0..60 {
            let mid = (low + high) / 2.0;
            if offset(mid) < 0.0 {
                low = mid;
            } else {
                high = mid;
            }
        }
        (low + high) / 2.0
    }

    fn julian_day(date: NaiveDate) -> f64 {
        // 1 Jan 2000 00:00 UT is JD 2451544.5.
        2_451_544.5 + (date - d(2000, 1, 1)).num_days() as f64
    }

    #[test]
    fn solar_terms_match_the_sun_in_beijing_time() {
        let mut near_midnight = 0;
        for year in COVERED_YEARS {
            for term in SolarTerm::ALL {
                let around = julian_day(d(year, term.month(), 14));
                let moment = moment_of_longitude(f64::from(term.longitude()), around);
                // To China Standard Time, then to a calendar date.
                let beijing = moment + 8.0 / 24.0 + 0.5;
                let day_fraction = beijing.fract();
                let date =
                    d(2000, 1, 1) + chrono::TimeDelta::days((beijing - 2_451_545.0).floor() as i64);
                // Within 20 minutes of midnight the approximation cannot tell the date.
                if !(20.0 / 1440.0..=1.0 - 20.0 / 1440.0).contains(&day_fraction) {
                    near_midnight += 1;
                    continue;
                }
                assert_eq!(solar_term_date(year, term), Some(date), "{term:?} {year}");
            }
        }
        assert!(
            near_midnight < 10,
            "{near_midnight} terms too close to call"
        );
    }

    /// The table regenerated from an independent Chinese-calendar library (native tests only).
    #[cfg(not(target_arch = "wasm32"))]
    fn regenerated(year: i32) -> YearTable {
        use nongli::ChineseDate;
        let festivals = [(1, 1), (1, 15), (5, 5), (7, 7), (8, 15), (9, 9)];
        let mut lunar = [(0u8, 0u8); 6];
        let mut terms = [0u8; 24];
        let mut day = d(year, 1, 1);
        while day.year() == year {
            if let Some(chinese) = ChineseDate::from_gregorian(&day) {
                let found = festivals.iter().position(|(m, dd)| {
                    chinese.year() == year
                        && chinese.month() == *m
                        && !chinese.leap()
                        && chinese.day() == *dd
                });
                if let Some(index) = found {
                    lunar[index] = (day.month() as u8, day.day() as u8);
                }
            }
            if let Some(term) = nongli::SolarTerm::from_date(&day) {
                terms[usize::from(term.as_ordinal())] = day.day() as u8;
            }
            day = day.succ_opt().unwrap();
        }
        YearTable { lunar, terms }
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_table_matches_an_independent_calendar_library() {
        for (offset, row) in TABLE.iter().enumerate() {
            let year = FIRST_YEAR + offset as i32;
            assert_eq!(*row, regenerated(year), "{year}");
        }
    }

    /// Prints the table file; run with
    /// `cargo test --lib print_marketing_table -- --ignored --nocapture` to extend the years.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    #[ignore]
    fn print_marketing_table() {
        let years = 2024..=2035;
        println!(
            "//! Lunar festivals and solar terms by Gregorian year, {}–{}.",
            years.start(),
            years.end()
        );
        println!("//!");
        println!(
            "//! Generated by `marketing_dates::tests::print_marketing_table` from an independent"
        );
        println!("//! Chinese-calendar library and checked by the tests of [`super::marketing_dates`]; do not edit");
        println!("//! by hand. Per year: the (month, day) of 春节, 元宵, 端午, 七夕, 中秋, 重阳, then the day");
        println!(
            "//! of the month of each solar term from 小寒 (term `k` falls in month `k / 2 + 1`)."
        );
        println!();
        println!("/// One year of the table.");
        println!("#[derive(Clone, Copy, Debug, PartialEq, Eq)]");
        println!("pub struct YearTable {{");
        println!("    /// (month, day) of 春节, 元宵, 端午, 七夕, 中秋, 重阳.");
        println!("    pub lunar: [(u8, u8); 6],");
        println!("    /// Day of the month of each solar term, 小寒 first.");
        println!("    pub terms: [u8; 24],");
        println!("}}");
        println!();
        println!("/// The first year of [`TABLE`].");
        println!("pub const FIRST_YEAR: i32 = {};", years.start());
        println!();
        println!("/// One row per year from [`FIRST_YEAR`].");
        println!(
            "pub const TABLE: [YearTable; {}] = [",
            years.clone().count()
        );
        for year in years {
            let row = regenerated(year);
            println!("    // {year}");
            println!("    YearTable {{");
            println!("        lunar: {:?},", row.lunar);
            println!("        terms: {:?},", row.terms);
            println!("    }},");
        }
        println!("];");
    }
}
