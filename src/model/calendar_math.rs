//! Calendar arithmetic for the content plan: month grids, ISO weeks and items grouped by day.
//!
//! Pure: no leptos, web-sys or wasm-bindgen; "today" is never looked up here (views mark it by
//! comparing a grid day with the date they were given).
//!
//! # Rules
//! - Weeks start on Monday and are numbered by ISO 8601 (week 1 holds the year's first Thursday),
//!   so the last days of December can belong to week 1 of the next ISO year and the first days of
//!   January to week 52 or 53 of the previous one. [`GridWeek::iso_year`] says which.
//! - A month grid is the run of whole Monday-to-Sunday weeks that covers every day of the month:
//!   4 weeks (a 28-day February starting on a Monday), 5, or 6 (a 31-day month starting on a
//!   Saturday or Sunday, a 30-day month starting on a Sunday). Days before the 1st and after the
//!   last day come from the neighbouring months; views grey them out by comparing the month.
//! - [`items_by_day`] groups calendar items by date within an inclusive range, each day's ids
//!   ordered by time (items without a time first: they are all-day), then title, then id. It sorts
//!   once, so it costs O(n log n) for n items whatever the range.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::{CalendarItem, Id};

/// One Monday-to-Sunday week, with its ISO 8601 week number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct GridWeek {
    /// The ISO week-numbering year (may differ from the calendar year around New Year).
    pub iso_year: i32,
    /// The ISO week number, 1 to 53.
    pub iso_week: u32,
    /// The seven days, Monday first.
    pub days: [NaiveDate; 7],
}

impl GridWeek {
    /// The Monday of the week.
    pub fn monday(&self) -> NaiveDate {
        self.days[0]
    }

    /// The Sunday of the week.
    pub fn sunday(&self) -> NaiveDate {
        self.days[6]
    }

    /// True when `date` falls in this week.
    pub fn contains(&self, date: NaiveDate) -> bool {
        (self.monday()..=self.sunday()).contains(&date)
    }
}

/// The weeks shown for one month, Monday first, including the neighbouring months' days that
/// complete the first and last week.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthGrid {
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
    /// 4 to 6 weeks.
    pub weeks: Vec<GridWeek>,
}

impl MonthGrid {
    /// True when `date` belongs to the grid's own month (not a leading or trailing day).
    pub fn in_month(&self, date: NaiveDate) -> bool {
        date.year() == self.year && date.month() == self.month
    }

    /// The first and last day shown in the grid (including neighbouring months' days).
    pub fn span(&self) -> (NaiveDate, NaiveDate) {
        let first = self.weeks.first().map(GridWeek::monday);
        let last = self.weeks.last().map(GridWeek::sunday);
        match (first, last) {
            (Some(first), Some(last)) => (first, last),
            // A grid always has weeks; this arm only keeps the function total.
            _ => {
                let day = first_of_month(self.year, self.month).unwrap_or_default();
                (day, day)
            }
        }
    }
}

/// The first day of a month, or `None` for a month outside 1–12 or a year chrono cannot hold.
pub fn first_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, 1)
}

/// The last day of a month, or `None` for an invalid month.
pub fn last_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (next_year, next_month) = add_months(year, month, 1);
    first_of_month(next_year, next_month)?.pred_opt()
}

/// The number of days in a month (28 to 31), or `None` for an invalid month.
pub fn days_in_month(year: i32, month: u32) -> Option<u32> {
    last_of_month(year, month).map(|d| d.day())
}

/// The Monday on or before `date` (the date itself when it is a Monday).
pub fn monday_of(date: NaiveDate) -> NaiveDate {
    let back = u64::from(date.weekday().num_days_from_monday());
    date.checked_sub_days(Days::new(back)).unwrap_or(date)
}

/// The Monday-to-Sunday week holding `date`.
pub fn week_of(date: NaiveDate) -> GridWeek {
    let monday = monday_of(date);
    let mut days = [monday; 7];
    for (offset, day) in days.iter_mut().enumerate() {
        *day = monday
            .checked_add_days(Days::new(offset as u64))
            .unwrap_or(monday);
    }
    let iso = monday.iso_week();
    GridWeek {
        iso_year: iso.year(),
        iso_week: iso.week(),
        days,
    }
}

/// The grid for `month` (1–12) of `year`, or `None` for an invalid month.
pub fn month_grid(year: i32, month: u32) -> Option<MonthGrid> {
    let first = first_of_month(year, month)?;
    let last = last_of_month(year, month)?;
    let mut weeks = Vec::with_capacity(6);
    let mut monday = monday_of(first);
    while monday <= last {
        weeks.push(week_of(monday));
        monday = monday.checked_add_days(Days::new(7))?;
    }
    Some(MonthGrid { year, month, weeks })
}

/// The month `delta` months after (or, negative, before) `month` of `year`, as (year, month).
/// A month outside 1–12 is first clamped into it.
pub fn add_months(year: i32, month: u32, delta: i32) -> (i32, u32) {
    let month0 = i64::from(month.clamp(1, 12)) - 1;
    let total = i64::from(year) * 12 + month0 + i64::from(delta);
    let new_year = total.div_euclid(12);
    let new_month = total.rem_euclid(12) as u32 + 1;
    (
        new_year.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32,
        new_month,
    )
}

/// The Mondays of every week that overlaps `from..=to`, in order (empty when `to < from`).
pub fn mondays_between(from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    let mut mondays = Vec::new();
    if to < from {
        return mondays;
    }
    let mut monday = monday_of(from);
    while monday <= to {
        mondays.push(monday);
        match monday.checked_add_days(Days::new(7)) {
            Some(next) => monday = next,
            None => break,
        }
    }
    mondays
}

/// The `n`-th (1-based) given weekday of a month, e.g. the second Sunday of May; `None` when the
/// month has fewer.
pub fn nth_weekday_of_month(year: i32, month: u32, weekday: Weekday, n: u8) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, n)
}

/// Calendar item ids grouped by date for the days `from..=to`, each day ordered by time (untimed
/// items first), then title, then id. Days without items are absent.
pub fn items_by_day(
    items: &[CalendarItem],
    from: NaiveDate,
    to: NaiveDate,
) -> BTreeMap<NaiveDate, Vec<Id>> {
    let mut in_range: Vec<&CalendarItem> = items
        .iter()
        .filter(|item| item.date >= from && item.date <= to)
        .collect();
    in_range
        .sort_by(|a, b| (a.date, a.time, &a.title, a.id).cmp(&(b.date, b.time, &b.title, b.id)));
    let mut by_day: BTreeMap<NaiveDate, Vec<Id>> = BTreeMap::new();
    for item in in_range {
        by_day.entry(item.date).or_default().push(item.id);
    }
    by_day
}

#[cfg(test)]
mod tests {
    use chrono::NaiveTime;

    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn weeks_start_on_monday_and_cover_the_month() {
        for year in 1999..=2032 {
            for month in 1..=12 {
                let grid = month_grid(year, month).unwrap();
                assert!((4..=6).contains(&grid.weeks.len()), "{year}-{month}");
                let (first, last) = grid.span();
                assert_eq!(first.weekday(), Weekday::Mon);
                assert_eq!(last.weekday(), Weekday::Sun);
                assert!(first <= d(year, month, 1) && first > d(year, month, 1) - Days::new(7));
                let end = last_of_month(year, month).unwrap();
                assert!(last >= end && last < end + Days::new(7));
                for pair in grid.weeks.windows(2) {
                    assert_eq!(pair[0].sunday().succ_opt().unwrap(), pair[1].monday());
                }
                for week in &grid.weeks {
                    for (i, day) in week.days.iter().enumerate() {
                        assert_eq!(day.weekday().num_days_from_monday() as usize, i);
                    }
                }
            }
        }
    }

    #[test]
    fn a_month_starting_on_sunday_needs_leading_days_from_the_month_before() {
        // March 2026 starts on a Sunday and has 31 days: six rows.
        assert_eq!(d(2026, 3, 1).weekday(), Weekday::Sun);
        let grid = month_grid(2026, 3).unwrap();
        assert_eq!(grid.weeks.len(), 6);
        assert_eq!(grid.weeks[0].monday(), d(2026, 2, 23));
        assert_eq!(grid.weeks[0].sunday(), d(2026, 3, 1));
        assert!(!grid.in_month(d(2026, 2, 23)));
        assert!(grid.in_month(d(2026, 3, 1)));
        assert_eq!(grid.weeks[5].days, week_of(d(2026, 3, 31)).days);
        assert_eq!(grid.weeks[5].sunday(), d(2026, 4, 5));
    }

    #[test]
    fn a_february_starting_on_monday_fits_in_four_weeks() {
        // February 2027 starts on a Monday and has 28 days.
        let grid = month_grid(2027, 2).unwrap();
        assert_eq!(grid.weeks.len(), 4);
        assert_eq!(grid.span(), (d(2027, 2, 1), d(2027, 2, 28)));
        assert_eq!(month_grid(2021, 2).unwrap().weeks.len(), 4);
    }

    #[test]
    fn leap_years_give_february_29_days() {
        assert_eq!(days_in_month(2024, 2), Some(29));
        assert_eq!(days_in_month(2028, 2), Some(29));
        assert_eq!(days_in_month(2026, 2), Some(28));
        assert_eq!(days_in_month(2100, 2), Some(28));
        assert_eq!(days_in_month(2000, 2), Some(29));
        let grid = month_grid(2028, 2).unwrap();
        assert!(grid.weeks.iter().any(|w| w.contains(d(2028, 2, 29))));
        assert!(!grid.in_month(d(2028, 3, 1)));
        // 1 Feb 2032 is a Sunday in a leap year: 29 days still fit in five rows.
        assert_eq!(month_grid(2032, 2).unwrap().weeks.len(), 5);
    }

    #[test]
    fn iso_weeks_cross_the_year_boundary() {
        // 31 Dec 2024 (Tuesday) is in week 1 of ISO year 2025.
        let week = week_of(d(2024, 12, 31));
        assert_eq!((week.iso_year, week.iso_week), (2025, 1));
        assert_eq!(week.monday(), d(2024, 12, 30));
        // 1 Jan 2027 (Friday) is in week 53 of ISO year 2026.
        let week = week_of(d(2027, 1, 1));
        assert_eq!((week.iso_year, week.iso_week), (2026, 53));
        assert_eq!(week.monday(), d(2026, 12, 28));
        // January 2027's grid starts in December 2026.
        let grid = month_grid(2027, 1).unwrap();
        assert_eq!(grid.weeks[0].monday(), d(2026, 12, 28));
        assert_eq!(grid.weeks[1].iso_week, 1);
        // December 2026's grid ends in January 2027.
        let grid = month_grid(2026, 12).unwrap();
        assert_eq!(grid.weeks.last().unwrap().sunday(), d(2027, 1, 3));
    }

    #[test]
    fn monday_of_is_the_same_day_on_a_monday() {
        assert_eq!(monday_of(d(2026, 11, 23)), d(2026, 11, 23));
        assert_eq!(monday_of(d(2026, 11, 29)), d(2026, 11, 23));
        assert_eq!(monday_of(d(2026, 11, 26)), d(2026, 11, 23));
    }

    #[test]
    fn add_months_wraps_years_both_ways() {
        assert_eq!(add_months(2026, 12, 1), (2027, 1));
        assert_eq!(add_months(2026, 1, -1), (2025, 12));
        assert_eq!(add_months(2026, 5, 0), (2026, 5));
        assert_eq!(add_months(2026, 5, 24), (2028, 5));
        assert_eq!(add_months(2026, 5, -17), (2024, 12));
        assert_eq!(add_months(2026, 0, 0), (2026, 1));
    }

    #[test]
    fn invalid_months_have_no_grid() {
        assert!(month_grid(2026, 0).is_none());
        assert!(month_grid(2026, 13).is_none());
    }

    #[test]
    fn mondays_between_lists_every_overlapping_week() {
        let mondays = mondays_between(d(2026, 11, 26), d(2026, 12, 8));
        assert_eq!(
            mondays,
            vec![d(2026, 11, 23), d(2026, 11, 30), d(2026, 12, 7)]
        );
        assert!(mondays_between(d(2026, 12, 8), d(2026, 11, 26)).is_empty());
    }

    #[test]
    fn nth_weekday_finds_mothers_day() {
        assert_eq!(
            nth_weekday_of_month(2026, 5, Weekday::Sun, 2),
            Some(d(2026, 5, 10))
        );
        assert_eq!(nth_weekday_of_month(2026, 2, Weekday::Mon, 5), None);
    }

    fn item(id: Id, date: NaiveDate, time: Option<(u32, u32)>, title: &str) -> CalendarItem {
        CalendarItem {
            id,
            date,
            time: time.map(|(h, m)| NaiveTime::from_hms_opt(h, m, 0).unwrap()),
            title: title.into(),
            ..CalendarItem::default()
        }
    }

    #[test]
    fn items_by_day_orders_by_time_then_title_and_keeps_the_range() {
        let items = vec![
            item(1, d(2026, 12, 1), Some((18, 0)), "B"),
            item(2, d(2026, 12, 1), None, "Z all day"),
            item(3, d(2026, 12, 1), Some((9, 30)), "C"),
            item(4, d(2026, 12, 1), Some((18, 0)), "A"),
            item(5, d(2026, 11, 30), None, "before"),
            item(6, d(2026, 12, 3), None, "x"),
            item(7, d(2026, 12, 8), None, "after"),
        ];
        let by_day = items_by_day(&items, d(2026, 12, 1), d(2026, 12, 7));
        assert_eq!(by_day.len(), 2);
        assert_eq!(by_day[&d(2026, 12, 1)], vec![2, 3, 4, 1]);
        assert_eq!(by_day[&d(2026, 12, 3)], vec![6]);
        assert!(!by_day.contains_key(&d(2026, 11, 30)));
    }

    #[test]
    fn items_by_day_handles_thousands_of_items() {
        let start = d(2026, 1, 1);
        let items: Vec<CalendarItem> = (0..2000)
            .map(|i| {
                item(
                    i,
                    start + Days::new(i % 365),
                    None,
                    &format!("{}", 2000 - i),
                )
            })
            .collect();
        let by_day = items_by_day(&items, start, d(2026, 12, 31));
        assert_eq!(by_day.values().map(Vec::len).sum::<usize>(), 2000);
        assert_eq!(by_day.len(), 365);
    }
}
