//! Progress of a goal against its target, and the geometry of its chart.
//!
//! Owns the planned path (a straight line from the baseline on the start date to the target value
//! on the deadline, [`PlanLine`]), the status of the latest measurement against it
//! ([`ProgressStatus`]) and the pure geometry of the inline SVG chart ([`chart_points`]). Pure: must
//! not import leptos views, web-sys, gloo or wasm-bindgen; "today" is a parameter.
//!
//! # Rules
//! - The plan line exists when baseline and target value are finite, differ, and the deadline is
//!   after the start. Before the start it stays at the baseline, after the deadline at the target.
//! - The latest actual is the progress entry with the latest date on or before today whose value is
//!   finite (for entries of the same date, the one recorded last). Entries after today are ignored
//!   by the status (a typo in the year should not declare a goal done); the chart shows them all.
//! - Status, in this order: [`ProgressStatus::NoPlan`] without a plan line; `NotStarted` before the
//!   start date; `NoData` without a measurement; `Done` once the latest measurement reaches the
//!   target (whatever the date); `Missed` after the deadline; otherwise the latest measurement is
//!   compared with the line **on the date it was measured** (the line moves on between
//!   measurements; judging an old figure against today's expectation would call every goal behind
//!   the day after it was measured): within [`ON_TRACK_TOLERANCE`] of the planned change (5 % of
//!   |target − baseline|) is `OnTrack`, beyond it `Ahead` or `Behind`.
//! - Directions: a goal whose target is below its baseline (a custom metric that should fall) is
//!   ahead when its value is below the line; gaps are always positive amounts in the metric's unit.

use chrono::NaiveDate;

use super::{Goal, ProgressEntry};

/// How far from the line still counts as on track, as a share of the planned change.
pub const ON_TRACK_TOLERANCE: f64 = 0.05;

/// The straight planned path of a goal.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlanLine {
    pub start: NaiveDate,
    pub deadline: NaiveDate,
    pub baseline: f64,
    /// The target value (a percentage change already applied).
    pub target: f64,
}

impl PlanLine {
    /// The line of a goal, when it has one (see the module's rules).
    pub fn of(goal: &Goal) -> Option<PlanLine> {
        let baseline = goal.baseline.filter(|v| v.is_finite())?;
        let target = goal.target_value().filter(|v| v.is_finite())?;
        let (start, deadline) = (goal.start?, goal.deadline?);
        (deadline > start && target != baseline).then_some(PlanLine {
            start,
            deadline,
            baseline,
            target,
        })
    }

    /// The planned value on `date`: the baseline before the start, the target after the deadline.
    pub fn value_on(&self, date: NaiveDate) -> f64 {
        let total = (self.deadline - self.start).num_days() as f64;
        let done = (date - self.start).num_days() as f64;
        let share = (done / total).clamp(0.0, 1.0);
        self.baseline + (self.target - self.baseline) * share
    }

    /// +1 when the target is above the baseline, −1 when below.
    pub fn direction(&self) -> f64 {
        if self.target >= self.baseline {
            1.0
        } else {
            -1.0
        }
    }

    /// True when `value` has reached the target (in the goal's direction).
    pub fn reached(&self, value: f64) -> bool {
        (value - self.target) * self.direction() >= 0.0
    }

    /// How much of the planned change `value` covers: 0 at the baseline, 1 at the target.
    pub fn share_of_change(&self, value: f64) -> f64 {
        (value - self.baseline) / (self.target - self.baseline)
    }

    /// The largest distance from the line that still counts as on track.
    pub fn tolerance(&self) -> f64 {
        (self.target - self.baseline).abs() * ON_TRACK_TOLERANCE
    }
}

/// The planned value of `goal` on `date`; `None` when the goal has no plan line.
pub fn expected_on(goal: &Goal, date: NaiveDate) -> Option<f64> {
    PlanLine::of(goal).map(|line| line.value_on(date))
}

/// The value the goal should have reached by `today` (the plan line on that day).
pub fn needed_by(goal: &Goal, today: NaiveDate) -> Option<f64> {
    expected_on(goal, today)
}

/// The latest measurement on or before `today` with a finite value.
pub fn latest_actual(goal: &Goal, today: NaiveDate) -> Option<&ProgressEntry> {
    goal.progress
        .iter()
        .filter(|e| e.date <= today && e.value.is_finite())
        // `max_by_key` keeps the last of equal dates: the one recorded last.
        .max_by_key(|e| e.date)
}

/// Where a goal stands (see the module's rules for the order they are decided in).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ProgressStatus {
    /// Baseline, target or dates are missing or invalid: there is no line to measure against.
    NoPlan,
    /// Today is before the start date.
    NotStarted,
    /// Started, and nothing measured yet.
    NoData,
    /// The latest measurement reached the target.
    Done,
    /// The deadline has passed without reaching the target; `gap` is what is still missing.
    Missed { gap: f64 },
    /// Within the tolerance of the line.
    OnTrack,
    /// Ahead of the line by more than the tolerance.
    Ahead { lead: f64 },
    /// Behind the line by more than the tolerance; `gap` is how far (a positive amount).
    Behind { gap: f64 },
}

/// The status of `goal` as of `today`.
pub fn status(goal: &Goal, today: NaiveDate) -> ProgressStatus {
    let Some(line) = PlanLine::of(goal) else {
        return ProgressStatus::NoPlan;
    };
    if today < line.start {
        return ProgressStatus::NotStarted;
    }
    let Some(latest) = latest_actual(goal, today) else {
        return ProgressStatus::NoData;
    };
    if line.reached(latest.value) {
        return ProgressStatus::Done;
    }
    if today > line.deadline {
        return ProgressStatus::Missed {
            gap: (line.target - latest.value).abs(),
        };
    }
    let ahead_by = (latest.value - line.value_on(latest.date)) * line.direction();
    if ahead_by > line.tolerance() {
        ProgressStatus::Ahead { lead: ahead_by }
    } else if -ahead_by > line.tolerance() {
        ProgressStatus::Behind { gap: -ahead_by }
    } else {
        ProgressStatus::OnTrack
    }
}

/// Everything the progress panel shows, in one value.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    pub status: ProgressStatus,
    /// The latest measurement on or before today: its date and value.
    pub latest: Option<(NaiveDate, f64)>,
    /// The value the line asks for today.
    pub needed_today: Option<f64>,
    /// How much of the planned change the latest measurement covers (0 = baseline, 1 = target;
    /// may lie outside 0–1).
    pub share_done: Option<f64>,
}

/// The progress of `goal` as of `today`.
pub fn progress(goal: &Goal, today: NaiveDate) -> Progress {
    let line = PlanLine::of(goal);
    let latest = latest_actual(goal, today).map(|e| (e.date, e.value));
    Progress {
        status: status(goal, today),
        latest,
        needed_today: line.map(|l| l.value_on(today)),
        share_done: line.zip(latest).map(|(l, (_, v))| l.share_of_change(v)),
    }
}

/// A point of the chart: SVG coordinates and the data they stand for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartPoint {
    /// From the left edge, 0 ..= width.
    pub x: f64,
    /// From the top edge, 0 ..= height (higher values are nearer the top).
    pub y: f64,
    pub date: NaiveDate,
    pub value: f64,
}

/// The geometry of a goal's chart in a `width` × `height` box (SVG coordinates: y grows down).
#[derive(Clone, Debug, PartialEq)]
pub struct ChartGeometry {
    pub width: f64,
    pub height: f64,
    /// The dates at the left and right edges.
    pub dates: (NaiveDate, NaiveDate),
    /// The values at the bottom and top edges.
    pub values: (f64, f64),
    /// The plan line from (start, baseline) to (deadline, target), when the goal has one.
    pub plan: Option<(ChartPoint, ChartPoint)>,
    /// Every measurement with a finite value, oldest first.
    pub actual: Vec<ChartPoint>,
}

impl ChartGeometry {
    /// The x of a date (outside 0 ..= width for dates outside the range).
    pub fn x_of(&self, date: NaiveDate) -> f64 {
        let span = (self.dates.1 - self.dates.0).num_days() as f64;
        (date - self.dates.0).num_days() as f64 / span * self.width
    }

    /// The y of a value (outside 0 ..= height for values outside the range).
    pub fn y_of(&self, value: f64) -> f64 {
        let (low, high) = self.values;
        self.height - (value - low) / (high - low) * self.height
    }

    /// The actual points as an SVG `points` attribute: "x,y x,y …" with two decimals.
    pub fn actual_polyline(&self) -> String {
        self.actual
            .iter()
            .map(|p| format!("{:.2},{:.2}", p.x, p.y))
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn point(&self, date: NaiveDate, value: f64) -> ChartPoint {
        ChartPoint {
            x: self.x_of(date),
            y: self.y_of(value),
            date,
            value,
        }
    }
}

/// The value range of the chart: every value shown, padded by a tenth of the spread (or by a tenth
/// of the value, at least 1, when all values are equal), not below 0 when no value is negative, and
/// not above 100 for a percentage metric whose values are all within 100.
fn value_range(values: &[f64], percentage: bool) -> (f64, f64) {
    let low = values.iter().copied().fold(f64::INFINITY, f64::min);
    let high = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let pad = if high > low {
        (high - low) * 0.1
    } else {
        (high.abs() * 0.1).max(1.0)
    };
    let mut range = (low - pad, high + pad);
    if low >= 0.0 {
        range.0 = range.0.max(0.0);
    }
    if percentage && high <= 100.0 {
        range.1 = range.1.min(100.0);
    }
    range
}

/// The geometry of the chart of `goal` in a `width` × `height` box: the date range covers the plan
/// line and every measurement; the value range is described at [`value_range`]. `None` when there
/// is nothing to draw (no plan line and no measurement) or the box is empty.
pub fn chart_points(goal: &Goal, width: f64, height: f64) -> Option<ChartGeometry> {
    if !(width.is_finite() && height.is_finite() && width > 0.0 && height > 0.0) {
        return None;
    }
    let line = PlanLine::of(goal);
    let mut entries: Vec<&ProgressEntry> = goal
        .progress
        .iter()
        .filter(|e| e.value.is_finite())
        .collect();
    entries.sort_by_key(|e| e.date);

    let mut dates: Vec<NaiveDate> = entries.iter().map(|e| e.date).collect();
    let mut values: Vec<f64> = entries.iter().map(|e| e.value).collect();
    if let Some(l) = line {
        dates.extend([l.start, l.deadline]);
        values.extend([l.baseline, l.target]);
    }
    let first = *dates.iter().min()?;
    let mut last = *dates.iter().max()?;
    if last == first {
        last = first.succ_opt().unwrap_or(first);
        if last == first {
            return None;
        }
    }
    let mut chart = ChartGeometry {
        width,
        height,
        dates: (first, last),
        values: value_range(&values, goal.metric.is_percentage()),
        plan: None,
        actual: Vec::new(),
    };
    chart.plan = line.map(|l| {
        (
            chart.point(l.start, l.baseline),
            chart.point(l.deadline, l.target),
        )
    });
    chart.actual = entries
        .iter()
        .map(|e| chart.point(e.date, e.value))
        .collect();
    Some(chart)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Metric, TargetKind};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    fn entry(id: u64, on: NaiveDate, value: f64) -> ProgressEntry {
        ProgressEntry {
            id,
            date: on,
            value,
            note: String::new(),
        }
    }

    /// 1,000 → 2,000 followers over 100 days from 1 Jan 2027: +10 a day, tolerance 50.
    fn goal() -> Goal {
        Goal {
            id: 1,
            metric: Metric::Followers,
            baseline: Some(1_000.0),
            target: Some(2_000.0),
            start: Some(date(2027, 1, 1)),
            deadline: Some(date(2027, 4, 11)),
            ..Default::default()
        }
    }

    fn day(n: i64) -> NaiveDate {
        date(2027, 1, 1) + chrono::Duration::days(n)
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn the_line_runs_from_baseline_to_target_and_stays_flat_outside() {
        let g = goal();
        assert_eq!(expected_on(&g, day(0)), Some(1_000.0));
        assert_eq!(expected_on(&g, day(50)), Some(1_500.0));
        assert_eq!(expected_on(&g, day(100)), Some(2_000.0));
        assert_eq!(expected_on(&g, day(-30)), Some(1_000.0));
        assert_eq!(expected_on(&g, day(400)), Some(2_000.0));
        assert_eq!(needed_by(&g, day(25)), Some(1_250.0));
    }

    #[test]
    fn percentage_change_targets_are_applied() {
        let mut g = goal();
        g.target_kind = TargetKind::PercentChange;
        g.target = Some(20.0);
        assert_eq!(expected_on(&g, day(100)), Some(1_200.0));
    }

    #[test]
    fn no_line_without_numbers_or_ordered_dates() {
        for mutate in [
            (|g: &mut Goal| g.baseline = None) as fn(&mut Goal),
            |g| g.target = Some(f64::NAN),
            |g| g.target = Some(1_000.0),
            |g| g.deadline = None,
            |g| g.deadline = Some(date(2026, 12, 1)),
        ] {
            let mut g = goal();
            mutate(&mut g);
            assert_eq!(expected_on(&g, day(10)), None);
            assert_eq!(status(&g, day(10)), ProgressStatus::NoPlan);
        }
    }

    #[test]
    fn on_track_within_five_percent_of_the_change() {
        let mut g = goal();
        g.progress = vec![entry(1, day(50), 1_460.0)];
        assert_eq!(status(&g, day(60)), ProgressStatus::OnTrack);
        g.progress = vec![entry(1, day(50), 1_549.0)];
        assert_eq!(status(&g, day(60)), ProgressStatus::OnTrack);
    }

    #[test]
    fn behind_by_more_than_the_tolerance() {
        let mut g = goal();
        g.progress = vec![entry(1, day(10), 1_090.0), entry(2, day(50), 1_400.0)];
        let ProgressStatus::Behind { gap } = status(&g, day(55)) else {
            panic!("{:?}", status(&g, day(55)))
        };
        assert!(close(gap, 100.0), "{gap}");
        let p = progress(&g, day(55));
        assert_eq!(p.latest, Some((day(50), 1_400.0)));
        assert_eq!(p.needed_today, Some(1_550.0));
        assert!(close(p.share_done.unwrap_or_default(), 0.4));
    }

    #[test]
    fn ahead_by_more_than_the_tolerance() {
        let mut g = goal();
        g.progress = vec![entry(1, day(20), 1_400.0)];
        let ProgressStatus::Ahead { lead } = status(&g, day(30)) else {
            panic!("{:?}", status(&g, day(30)))
        };
        assert!(close(lead, 200.0), "{lead}");
    }

    #[test]
    fn done_once_the_target_is_reached_even_early() {
        let mut g = goal();
        g.progress = vec![entry(1, day(60), 2_050.0)];
        assert_eq!(status(&g, day(61)), ProgressStatus::Done);
        assert_eq!(status(&g, day(300)), ProgressStatus::Done);
    }

    #[test]
    fn missed_after_the_deadline() {
        let mut g = goal();
        g.progress = vec![entry(1, day(100), 1_800.0)];
        assert_eq!(status(&g, day(101)), ProgressStatus::Missed { gap: 200.0 });
        // On the deadline itself it is still judged against the line.
        assert!(matches!(
            status(&g, day(100)),
            ProgressStatus::Behind { .. }
        ));
    }

    #[test]
    fn not_started_and_no_data() {
        let mut g = goal();
        assert_eq!(status(&g, day(-1)), ProgressStatus::NotStarted);
        assert_eq!(status(&g, day(0)), ProgressStatus::NoData);
        // A measurement dated after today does not count yet.
        g.progress = vec![entry(1, day(90), 2_500.0)];
        assert_eq!(status(&g, day(10)), ProgressStatus::NoData);
        assert_eq!(status(&g, day(90)), ProgressStatus::Done);
    }

    #[test]
    fn the_latest_measurement_wins_whatever_the_order_recorded() {
        let mut g = goal();
        g.progress = vec![
            entry(1, day(50), 1_500.0),
            entry(2, day(10), 1_000.0),
            entry(3, day(50), 1_300.0),
            entry(4, day(40), f64::NAN),
        ];
        let latest = latest_actual(&g, day(60)).map(|e| e.id);
        assert_eq!(latest, Some(3));
        assert!(matches!(status(&g, day(60)), ProgressStatus::Behind { .. }));
    }

    #[test]
    fn falling_goals_are_ahead_below_the_line() {
        let mut g = goal();
        g.metric = Metric::Custom;
        g.baseline = Some(200.0);
        g.target = Some(100.0);
        g.progress = vec![entry(1, day(50), 120.0)];
        assert!(matches!(
            status(&g, day(50)),
            ProgressStatus::Ahead { lead } if close(lead, 30.0)
        ));
        g.progress = vec![entry(1, day(50), 160.0)];
        assert!(matches!(
            status(&g, day(50)),
            ProgressStatus::Behind { gap } if close(gap, 10.0)
        ));
        g.progress = vec![entry(1, day(50), 95.0)];
        assert_eq!(status(&g, day(50)), ProgressStatus::Done);
    }

    #[test]
    fn chart_maps_the_line_and_points_into_the_box_with_y_inverted() {
        let mut g = goal();
        g.progress = vec![entry(2, day(50), 1_500.0), entry(1, day(25), 1_100.0)];
        let c = chart_points(&g, 400.0, 200.0).expect("something to draw");
        assert_eq!(c.dates, (day(0), day(100)));
        // Values 1,000–2,000 padded by 100 each side.
        assert!(close(c.values.0, 900.0) && close(c.values.1, 2_100.0));
        let (from, to) = c.plan.expect("a plan line");
        assert!(close(from.x, 0.0) && close(to.x, 400.0));
        // Baseline near the bottom, target near the top.
        assert!(close(from.y, 200.0 - 100.0 / 1_200.0 * 200.0));
        assert!(close(to.y, 200.0 - 1_100.0 / 1_200.0 * 200.0));
        assert!(from.y > to.y, "higher values are drawn higher up");
        // Actual points sorted by date.
        let xs: Vec<f64> = c.actual.iter().map(|p| p.x).collect();
        assert!(close(xs[0], 100.0) && close(xs[1], 200.0), "{xs:?}");
        assert!(close(c.actual[1].y, 100.0), "1,500 sits mid-height");
        assert_eq!(c.actual_polyline(), "100.00,166.67 200.00,100.00");
        assert!(close(c.y_of(1_500.0), 100.0));
        assert!(close(c.x_of(day(50)), 200.0));
    }

    #[test]
    fn chart_range_covers_measurements_outside_the_plan() {
        let mut g = goal();
        g.progress = vec![entry(1, day(-20), 800.0), entry(2, day(120), 2_400.0)];
        let c = chart_points(&g, 100.0, 100.0).expect("something to draw");
        assert_eq!(c.dates, (day(-20), day(120)));
        assert!(close(c.values.0, 640.0) && close(c.values.1, 2_560.0));
        assert!(c
            .actual
            .iter()
            .all(|p| (0.0..=100.0).contains(&p.x) && (0.0..=100.0).contains(&p.y)));
    }

    #[test]
    fn chart_ranges_respect_zero_and_percentages() {
        let g = Goal {
            metric: Metric::ResponseRate,
            baseline: Some(5.0),
            target: Some(99.0),
            start: Some(day(0)),
            deadline: Some(day(30)),
            ..Default::default()
        };
        let c = chart_points(&g, 100.0, 50.0).expect("something to draw");
        assert_eq!(c.values, (0.0, 100.0));
    }

    #[test]
    fn chart_of_measurements_only_or_nothing() {
        let mut g = Goal::default();
        assert_eq!(chart_points(&g, 100.0, 100.0), None);
        g.progress = vec![entry(1, day(3), 50.0)];
        let c = chart_points(&g, 100.0, 100.0).expect("one point");
        assert_eq!(c.plan, None);
        assert_eq!(c.dates, (day(3), day(4)));
        assert!(close(c.values.0, 45.0) && close(c.values.1, 55.0));
        assert!(close(c.actual[0].x, 0.0) && close(c.actual[0].y, 50.0));
        assert_eq!(chart_points(&g, 0.0, 100.0), None);
        assert_eq!(chart_points(&g, f64::NAN, 100.0), None);
    }
}
