//! A small fallback set of marketing dates with fixed days (New Year, 520, 618, Double 11, …) for
//! the calendar overlay, used until the full table (lunar festivals, solar terms) is merged.
//! Same shape as that table: `marketing_dates_between(from, to)` and `MarketingDay::kind()`.

use chrono::{Datelike, NaiveDate};

/// What a marketing date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MarketingKind {
    ChineseFestival,
    SolarTerm,
    Ecommerce,
    International,
}

/// A day worth planning content around.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MarketingDay {
    NewYearsDay,
    ValentinesDay,
    WomensDay,
    LabourDay,
    Day520,
    ChildrensDay,
    Mid618,
    NationalDay,
    Singles,
    Double12,
    Christmas,
}

impl MarketingDay {
    /// Every day, with its month and day of the month.
    pub const FIXED: [(MarketingDay, u32, u32); 11] = [
        (MarketingDay::NewYearsDay, 1, 1),
        (MarketingDay::ValentinesDay, 2, 14),
        (MarketingDay::WomensDay, 3, 8),
        (MarketingDay::LabourDay, 5, 1),
        (MarketingDay::Day520, 5, 20),
        (MarketingDay::ChildrensDay, 6, 1),
        (MarketingDay::Mid618, 6, 18),
        (MarketingDay::NationalDay, 10, 1),
        (MarketingDay::Singles, 11, 11),
        (MarketingDay::Double12, 12, 12),
        (MarketingDay::Christmas, 12, 25),
    ];

    /// The kind of the day.
    pub fn kind(self) -> MarketingKind {
        match self {
            MarketingDay::Day520
            | MarketingDay::Mid618
            | MarketingDay::Singles
            | MarketingDay::Double12 => MarketingKind::Ecommerce,
            MarketingDay::NationalDay | MarketingDay::NewYearsDay => MarketingKind::ChineseFestival,
            _ => MarketingKind::International,
        }
    }
}

/// A marketing day on a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MarketingDate {
    pub date: NaiveDate,
    pub day: MarketingDay,
}

/// The marketing dates of `from..=to`, in date order.
pub fn marketing_dates_between(from: NaiveDate, to: NaiveDate) -> Vec<MarketingDate> {
    let mut out: Vec<MarketingDate> = (from.year()..=to.year())
        .flat_map(|year| {
            MarketingDay::FIXED.iter().filter_map(move |(day, m, d)| {
                NaiveDate::from_ymd_opt(year, *m, *d).map(|date| MarketingDate { date, day: *day })
            })
        })
        .filter(|mark| mark.date >= from && mark.date <= to)
        .collect();
    out.sort_by_key(|mark| mark.date);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    #[test]
    fn dates_in_range_across_new_year() {
        let marks = marketing_dates_between(day(2026, 12, 1), day(2027, 1, 31));
        let days: Vec<_> = marks.iter().map(|m| (m.date, m.day)).collect();
        assert_eq!(
            days,
            vec![
                (day(2026, 12, 12), MarketingDay::Double12),
                (day(2026, 12, 25), MarketingDay::Christmas),
                (day(2027, 1, 1), MarketingDay::NewYearsDay),
            ]
        );
        assert_eq!(MarketingDay::Singles.kind(), MarketingKind::Ecommerce);
        assert!(marketing_dates_between(day(2026, 7, 2), day(2026, 9, 30)).is_empty());
    }
}
