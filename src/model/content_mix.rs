//! The balance of the content plan: theme shares against 100 %, which personas and goals the
//! themes serve, and what the calendar actually plans against the targets and cadence.
//!
//! Pure: no leptos, web-sys or wasm-bindgen; the date range is a parameter.
//!
//! # Rules
//! - Theme shares: the sum of every theme's target share (themes without one count 0). The verdict
//!   is [`ShareVerdict::NoneSet`] when no theme has a share, otherwise exact, under or over 100.
//! - Coverage: one row per theme (plan order), one column per persona and per goal (plan order).
//!   A cell is true when the theme names that persona or goal; ids of deleted records are
//!   ignored. A persona no theme names is uncovered; a goal no theme names is unsupported.
//! - Mix report over `from..=to` (inclusive; items outside are not counted):
//!   - per theme, the number of items and their share of all items in range, next to the
//!     target share; items without a theme (or with a deleted one) are counted as unthemed;
//!   - per platform of the formats list (plus any platform items use without being listed), the
//!     posts in each Monday-to-Sunday week overlapping the range, against `posts_per_week`; a
//!     week cut by the range counts only its days inside it, and is marked partial;
//!   - the Mondays of the weeks with nothing planned at all.
//! - Every function is linear in the number of items (plus the size of the matrices and the
//!   number of weeks), so a calendar of thousands of items stays quick.

use std::collections::{BTreeSet, HashMap};

use chrono::{Datelike, Days, NaiveDate};

use super::calendar_math::{monday_of, mondays_between};
use super::{Content, Id, Plan};

/// The sum of the themes' target shares, in percent.
pub fn share_total(content: &Content) -> u32 {
    content
        .themes
        .iter()
        .filter_map(|t| t.share)
        .map(u32::from)
        .sum()
}

/// How the theme shares add up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareVerdict {
    /// No theme has a target share yet.
    NoneSet,
    /// Exactly 100 %.
    Exact,
    /// Below 100 %, by this many points.
    Under(u32),
    /// Above 100 %, by this many points.
    Over(u32),
}

/// The verdict on the theme shares.
pub fn share_verdict(content: &Content) -> ShareVerdict {
    if content.themes.iter().all(|t| t.share.is_none()) {
        return ShareVerdict::NoneSet;
    }
    let total = share_total(content);
    match total.cmp(&100) {
        std::cmp::Ordering::Equal => ShareVerdict::Exact,
        std::cmp::Ordering::Less => ShareVerdict::Under(100 - total),
        std::cmp::Ordering::Greater => ShareVerdict::Over(total - 100),
    }
}

/// Which themes serve which personas and goals.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Row ids: the themes, in plan order.
    pub themes: Vec<Id>,
    /// Column ids of [`Coverage::theme_personas`]: the personas, in plan order.
    pub personas: Vec<Id>,
    /// Column ids of [`Coverage::theme_goals`]: the goals, in plan order.
    pub goals: Vec<Id>,
    /// `theme_personas[row][column]`: the theme names the persona.
    pub theme_personas: Vec<Vec<bool>>,
    /// `theme_goals[row][column]`: the theme names the goal.
    pub theme_goals: Vec<Vec<bool>>,
    /// Personas no theme is written for.
    pub uncovered_personas: Vec<Id>,
    /// Goals no theme supports.
    pub unsupported_goals: Vec<Id>,
    /// Themes that name no (existing) persona.
    pub themes_without_personas: Vec<Id>,
    /// Themes that name no (existing) goal.
    pub themes_without_goals: Vec<Id>,
}

/// A boolean matrix of `rows` × `columns` from each row's named ids.
fn matrix<'a>(rows: impl Iterator<Item = &'a [Id]>, columns: &[Id]) -> Vec<Vec<bool>> {
    let index: HashMap<Id, usize> = columns.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    rows.map(|named| {
        let mut row = vec![false; columns.len()];
        for id in named {
            if let Some(&column) = index.get(id) {
                row[column] = true;
            }
        }
        row
    })
    .collect()
}

/// Ids of the columns no row marks.
fn empty_columns(matrix: &[Vec<bool>], columns: &[Id]) -> Vec<Id> {
    columns
        .iter()
        .enumerate()
        .filter(|(column, _)| !matrix.iter().any(|row| row[*column]))
        .map(|(_, id)| *id)
        .collect()
}

/// Ids of the rows that mark no column.
fn empty_rows(matrix: &[Vec<bool>], rows: &[Id]) -> Vec<Id> {
    rows.iter()
        .zip(matrix)
        .filter(|(_, row)| !row.iter().any(|cell| *cell))
        .map(|(id, _)| *id)
        .collect()
}

/// The coverage matrices of the plan (see the module's rules).
pub fn coverage(plan: &Plan) -> Coverage {
    let themes: Vec<Id> = plan.content.themes.iter().map(|t| t.id).collect();
    let personas: Vec<Id> = plan.personas.iter().map(|p| p.id).collect();
    let goals: Vec<Id> = plan.goals.iter().map(|g| g.id).collect();
    let theme_personas = matrix(
        plan.content.themes.iter().map(|t| t.personas.as_slice()),
        &personas,
    );
    let theme_goals = matrix(
        plan.content.themes.iter().map(|t| t.goals.as_slice()),
        &goals,
    );
    Coverage {
        uncovered_personas: empty_columns(&theme_personas, &personas),
        unsupported_goals: empty_columns(&theme_goals, &goals),
        themes_without_personas: empty_rows(&theme_personas, &themes),
        themes_without_goals: empty_rows(&theme_goals, &themes),
        themes,
        personas,
        goals,
        theme_personas,
        theme_goals,
    }
}

/// One theme's planned share against its target.
#[derive(Clone, Debug, PartialEq)]
pub struct ThemeMix {
    pub theme: Id,
    /// Items in range with this theme.
    pub planned: usize,
    /// `planned` as a percentage of all items in range (0 when there are none).
    pub percent: f64,
    /// The theme's target share, when set.
    pub target: Option<u8>,
}

impl ThemeMix {
    /// Planned percent minus target, in points (positive: more than planned).
    pub fn gap(&self) -> Option<f64> {
        self.target.map(|t| self.percent - f64::from(t))
    }
}

/// Posts on one platform in one week.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeekCount {
    pub monday: NaiveDate,
    pub iso_year: i32,
    pub iso_week: u32,
    pub posts: usize,
    /// The week is cut by the range, so only some of its days were counted.
    pub partial: bool,
}

/// How a week's count compares with the cadence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cadence {
    /// No posts-per-week target on this platform.
    NoTarget,
    Below,
    OnTarget,
    Above,
}

/// One platform's weekly posts against its cadence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlatformMix {
    pub platform: Id,
    /// `posts_per_week` from the formats list, when set.
    pub target: Option<u16>,
    /// One entry per week overlapping the range, in order.
    pub weeks: Vec<WeekCount>,
}

impl PlatformMix {
    /// How a week's count compares with the target.
    pub fn cadence(&self, week: &WeekCount) -> Cadence {
        match self.target {
            None => Cadence::NoTarget,
            Some(target) => match week.posts.cmp(&usize::from(target)) {
                std::cmp::Ordering::Less => Cadence::Below,
                std::cmp::Ordering::Equal => Cadence::OnTarget,
                std::cmp::Ordering::Greater => Cadence::Above,
            },
        }
    }

    /// Whole weeks (not cut by the range) below the target.
    pub fn weeks_below(&self) -> usize {
        self.weeks
            .iter()
            .filter(|w| !w.partial && self.cadence(w) == Cadence::Below)
            .count()
    }
}

/// What the calendar plans in a range, against the targets.
#[derive(Clone, Debug, PartialEq)]
pub struct MixReport {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Items in range.
    pub total: usize,
    /// Per theme, in plan order.
    pub themes: Vec<ThemeMix>,
    /// Items in range without an existing theme.
    pub unthemed: usize,
    /// Per platform: the formats list's order, then platforms only items use, by id.
    pub platforms: Vec<PlatformMix>,
    /// Items in range without a platform.
    pub without_platform: usize,
    /// Mondays of the weeks overlapping the range with no item in range.
    pub empty_weeks: Vec<NaiveDate>,
}

/// The mix report of `plan` over `from..=to` (see the module's rules).
pub fn mix_report(plan: &Plan, from: NaiveDate, to: NaiveDate) -> MixReport {
    let content = &plan.content;
    let in_range: Vec<_> = content
        .calendar
        .iter()
        .filter(|item| item.date >= from && item.date <= to)
        .collect();
    let total = in_range.len();

    let mut per_theme: HashMap<Id, usize> = HashMap::new();
    let mut per_platform_week: HashMap<(Id, NaiveDate), usize> = HashMap::new();
    let mut per_week: HashMap<NaiveDate, usize> = HashMap::new();
    let mut item_platforms: BTreeSet<Id> = BTreeSet::new();
    let mut without_platform = 0;
    for item in &in_range {
        if let Some(theme) = item.theme {
            *per_theme.entry(theme).or_default() += 1;
        }
        let monday = monday_of(item.date);
        *per_week.entry(monday).or_default() += 1;
        match item.platform {
            Some(platform) => {
                *per_platform_week.entry((platform, monday)).or_default() += 1;
                item_platforms.insert(platform);
            }
            None => without_platform += 1,
        }
    }

    let themes: Vec<ThemeMix> = content
        .themes
        .iter()
        .map(|theme| {
            let planned = per_theme.get(&theme.id).copied().unwrap_or(0);
            ThemeMix {
                theme: theme.id,
                planned,
                percent: if total == 0 {
                    0.0
                } else {
                    planned as f64 * 100.0 / total as f64
                },
                target: theme.share,
            }
        })
        .collect();
    let themed: usize = themes.iter().map(|t| t.planned).sum();

    let mondays = mondays_between(from, to);
    let mut platform_targets: Vec<(Id, Option<u16>)> = Vec::new();
    for formats in &content.formats {
        if !platform_targets
            .iter()
            .any(|(id, _)| *id == formats.platform)
        {
            platform_targets.push((formats.platform, formats.posts_per_week));
        }
    }
    let listed: Vec<Id> = platform_targets.iter().map(|(id, _)| *id).collect();
    for platform in &item_platforms {
        if !listed.contains(platform) {
            platform_targets.push((*platform, None));
        }
    }
    let platforms = platform_targets
        .into_iter()
        .map(|(platform, target)| PlatformMix {
            platform,
            target,
            weeks: mondays
                .iter()
                .map(|monday| {
                    let iso = monday.iso_week();
                    let sunday = *monday + Days::new(6);
                    WeekCount {
                        monday: *monday,
                        iso_year: iso.year(),
                        iso_week: iso.week(),
                        posts: per_platform_week
                            .get(&(platform, *monday))
                            .copied()
                            .unwrap_or(0),
                        partial: *monday < from || sunday > to,
                    }
                })
                .collect(),
        })
        .collect();

    MixReport {
        from,
        to,
        total,
        unthemed: total - themed,
        themes,
        platforms,
        without_platform,
        empty_weeks: mondays
            .into_iter()
            .filter(|monday| !per_week.contains_key(monday))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CalendarItem, Goal, Persona, PlatformFormats, Theme};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn theme(id: Id, share: Option<u8>, personas: Vec<Id>, goals: Vec<Id>) -> Theme {
        Theme {
            id,
            share,
            personas,
            goals,
            ..Theme::default()
        }
    }

    fn plan() -> Plan {
        let mut plan = Plan {
            personas: [1, 2, 3]
                .map(|id| Persona {
                    id,
                    ..Persona::default()
                })
                .to_vec(),
            goals: [4, 5]
                .map(|id| Goal {
                    id,
                    ..Goal::default()
                })
                .to_vec(),
            ..Plan::default()
        };
        plan.content.themes = vec![
            theme(10, Some(60), vec![1, 99], vec![4]),
            theme(11, Some(30), vec![1], vec![]),
            theme(12, None, vec![], vec![4]),
        ];
        plan
    }

    #[test]
    fn share_verdicts() {
        let mut plan = plan();
        assert_eq!(share_total(&plan.content), 90);
        assert_eq!(share_verdict(&plan.content), ShareVerdict::Under(10));
        plan.content.themes[2].share = Some(10);
        assert_eq!(share_verdict(&plan.content), ShareVerdict::Exact);
        plan.content.themes[2].share = Some(25);
        assert_eq!(share_verdict(&plan.content), ShareVerdict::Over(15));
        for theme in &mut plan.content.themes {
            theme.share = None;
        }
        assert_eq!(share_verdict(&plan.content), ShareVerdict::NoneSet);
        assert_eq!(share_verdict(&Content::default()), ShareVerdict::NoneSet);
        plan.content.themes[0].share = Some(0);
        assert_eq!(share_verdict(&plan.content), ShareVerdict::Under(100));
    }

    #[test]
    fn coverage_finds_empty_rows_and_columns() {
        let coverage = coverage(&plan());
        assert_eq!(coverage.themes, vec![10, 11, 12]);
        assert_eq!(coverage.personas, vec![1, 2, 3]);
        assert_eq!(
            coverage.theme_personas,
            vec![
                vec![true, false, false],
                vec![true, false, false],
                vec![false, false, false]
            ]
        );
        assert_eq!(
            coverage.theme_goals,
            vec![vec![true, false], vec![false, false], vec![true, false]]
        );
        assert_eq!(coverage.uncovered_personas, vec![2, 3]);
        assert_eq!(coverage.unsupported_goals, vec![5]);
        assert_eq!(coverage.themes_without_personas, vec![12]);
        assert_eq!(coverage.themes_without_goals, vec![11]);
    }

    #[test]
    fn coverage_of_an_empty_plan_is_empty() {
        let coverage = coverage(&Plan::default());
        assert!(coverage.theme_personas.is_empty());
        assert!(coverage.uncovered_personas.is_empty());
    }

    fn item(id: Id, date: NaiveDate, platform: Option<Id>, theme: Option<Id>) -> CalendarItem {
        CalendarItem {
            id,
            date,
            platform,
            theme,
            ..CalendarItem::default()
        }
    }

    #[test]
    fn mix_report_counts_themes_platform_weeks_and_gaps() {
        let mut plan = plan();
        plan.content.formats = vec![
            PlatformFormats {
                id: 30,
                platform: 7,
                posts_per_week: Some(2),
                ..PlatformFormats::default()
            },
            PlatformFormats {
                id: 31,
                platform: 8,
                posts_per_week: None,
                ..PlatformFormats::default()
            },
        ];
        // Three whole weeks: Mon 7 Dec – Sun 27 Dec 2026.
        let (from, to) = (d(2026, 12, 7), d(2026, 12, 27));
        plan.content.calendar = vec![
            item(1, d(2026, 12, 7), Some(7), Some(10)),
            item(2, d(2026, 12, 9), Some(7), Some(10)),
            item(3, d(2026, 12, 13), Some(7), Some(11)),
            item(4, d(2026, 12, 22), Some(9), Some(999)),
            item(5, d(2026, 12, 23), None, None),
            item(6, d(2026, 12, 28), Some(7), Some(10)),
        ];
        let report = mix_report(&plan, from, to);
        assert_eq!(report.total, 5);
        assert_eq!(report.themes[0].planned, 2);
        assert!((report.themes[0].percent - 40.0).abs() < 1e-9);
        assert_eq!(report.themes[0].gap(), Some(-20.0));
        assert_eq!(report.themes[1].planned, 1);
        assert_eq!(report.themes[2].gap(), None);
        assert_eq!(report.unthemed, 2);
        assert_eq!(report.without_platform, 1);
        let ids: Vec<Id> = report.platforms.iter().map(|p| p.platform).collect();
        assert_eq!(ids, vec![7, 8, 9]);
        let weibo = &report.platforms[0];
        let posts: Vec<usize> = weibo.weeks.iter().map(|w| w.posts).collect();
        assert_eq!(posts, vec![3, 0, 0]);
        assert_eq!(weibo.weeks[0].iso_week, 50);
        assert_eq!(weibo.cadence(&weibo.weeks[0]), Cadence::Above);
        assert_eq!(weibo.cadence(&weibo.weeks[1]), Cadence::Below);
        assert_eq!(weibo.weeks_below(), 2);
        assert_eq!(
            report.platforms[1].cadence(&weibo.weeks[0]),
            Cadence::NoTarget
        );
        assert_eq!(report.platforms[2].weeks[2].posts, 1);
        assert_eq!(report.empty_weeks, vec![d(2026, 12, 14)]);
        assert!(weibo.weeks.iter().all(|w| !w.partial));
    }

    #[test]
    fn weeks_cut_by_the_range_are_partial_and_listed() {
        let plan = plan();
        let report = mix_report(&plan, d(2026, 12, 31), d(2027, 1, 12));
        assert_eq!(
            report.empty_weeks,
            vec![d(2026, 12, 28), d(2027, 1, 4), d(2027, 1, 11)]
        );
        assert_eq!(report.total, 0);
        assert!(report.themes.iter().all(|t| t.percent == 0.0));
    }

    #[test]
    fn a_large_calendar_is_reported_in_one_pass() {
        let mut plan = plan();
        let start = d(2026, 1, 5);
        plan.content.calendar = (0..2000)
            .map(|i| item(i, start + Days::new(i % 364), Some(i % 4), Some(10 + i % 3)))
            .collect();
        let report = mix_report(&plan, start, d(2027, 1, 3));
        assert_eq!(report.total, 2000);
        assert_eq!(report.empty_weeks, Vec::<NaiveDate>::new());
        assert_eq!(report.platforms.len(), 4);
        let summed: usize = report
            .platforms
            .iter()
            .flat_map(|p| p.weeks.iter().map(|w| w.posts))
            .sum();
        assert_eq!(summed, 2000);
    }
}
