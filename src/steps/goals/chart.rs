//! An inline SVG chart of a goal's recorded values against the straight line from baseline to
//! target. No chart library: the geometry comes from `model::goal_progress::chart_points`.

use leptos::prelude::*;

use crate::i18n::goal_chart::GoalChartText;
use crate::i18n::goal_editor::GoalText;
use crate::i18n::goals::format_goal_value;
use crate::i18n::{format_date, join_with, tf, Key, Locale};
use crate::model::goal_progress::{chart_points, ChartGeometry};
use crate::model::Goal;
use crate::state::use_locale;

/// Width of the plotting area, in SVG units.
pub const CHART_WIDTH: f64 = 320.0;
/// Height of the plotting area, in SVG units.
pub const CHART_HEIGHT: f64 = 160.0;

/// The chart's accessible summary: the plan line and the values recorded.
pub fn chart_summary(locale: Locale, goal: &Goal, geometry: &ChartGeometry) -> String {
    let t = |k| crate::i18n::t(locale, Key::Goals(k));
    let mut parts = vec![t(GoalText::ChartLabel).to_string()];
    if let Some((a, b)) = &geometry.plan {
        parts.push(tf(
            locale,
            GoalChartText::PlanLine,
            &[
                ("plan", &t(GoalText::ChartPlan)),
                ("from", &t(GoalText::ChartFrom)),
                ("start", &format_goal_value(locale, goal, a.value)),
                ("start_date", &format_date(locale, a.date)),
                ("to", &t(GoalText::ChartTo)),
                ("end", &format_goal_value(locale, goal, b.value)),
                ("end_date", &format_date(locale, b.date)),
            ],
        ));
    }
    let values = geometry
        .actual
        .iter()
        .map(|p| {
            tf(
                locale,
                GoalChartText::Point,
                &[
                    ("date", &format_date(locale, p.date)),
                    ("value", &format_goal_value(locale, goal, p.value)),
                ],
            )
        })
        .collect::<Vec<_>>();
    let joined = join_with(
        locale,
        GoalChartText::ValuesJoin,
        values.iter().map(String::as_str),
    );
    parts.push(tf(
        locale,
        GoalChartText::PointsLine,
        &[
            ("count", &values.len()),
            ("points", &t(GoalText::ChartPoints)),
            ("values", &joined),
        ],
    ));
    let sentences = join_with(
        locale,
        GoalChartText::SentenceJoin,
        parts.iter().map(String::as_str),
    );
    tf(locale, GoalChartText::Ending, &[("text", &sentences)])
}

/// The chart of one goal.
#[component]
pub fn GoalChart(
    /// The goal, as it is now.
    #[prop(into)]
    goal: Signal<Goal>,
) -> impl IntoView {
    let i18n = use_locale();
    move || {
        let locale = i18n.get();
        let goal = goal.get();
        let Some(g) = chart_points(&goal, CHART_WIDTH, CHART_HEIGHT) else {
            return view! { <p class="goal-chart__empty">{i18n.t(Key::Goals(GoalText::ChartNoLine))}</p> }.into_any();
        };
        let label = chart_summary(locale, &goal, &g);
        let plan_line = g.plan.as_ref().map(|(a, b)| {
            view! {
                <line class="goal-chart__plan" x1=format!("{:.2}", a.x) y1=format!("{:.2}", a.y) x2=format!("{:.2}", b.x) y2=format!("{:.2}", b.y)/>
            }
        });
        let value_labels = g.plan.as_ref().map(|(a, b)| {
            let (ya, yb) = (a.y, b.y);
            let (va, vb) = (format_goal_value(locale, &goal, a.value), format_goal_value(locale, &goal, b.value));
            view! {
                <text class="goal-chart__label" x="-6" y=format!("{:.2}", ya + 4.0) text-anchor="end">{va}</text>
                <text class="goal-chart__label" x="-6" y=format!("{:.2}", yb + 4.0) text-anchor="end">{vb}</text>
            }
        });
        let points = g
            .actual
            .iter()
            .map(|p| view! { <circle class="goal-chart__point" cx=format!("{:.2}", p.x) cy=format!("{:.2}", p.y) r="4"/> })
            .collect::<Vec<_>>();
        let polyline = g.actual_polyline();
        let (from, to) = g.dates;
        view! {
            <figure class="goal-chart">
                <svg
                    class="goal-chart__svg"
                    viewBox="-70 -12 410 200"
                    role="img"
                    aria-label=label
                    preserveAspectRatio="xMidYMid meet"
                >
                    <rect class="goal-chart__frame" x="0" y="0" width=CHART_WIDTH.to_string() height=CHART_HEIGHT.to_string()/>
                    {plan_line}
                    <polyline class="goal-chart__actual" points=polyline/>
                    {points}
                    {value_labels}
                    <text class="goal-chart__label" x="0" y="180" text-anchor="start">{format_date(locale, from)}</text>
                    <text class="goal-chart__label" x=CHART_WIDTH.to_string() y="180" text-anchor="end">{format_date(locale, to)}</text>
                </svg>
                <figcaption class="goal-chart__legend" aria-hidden="true">
                    <span class="goal-chart__key goal-chart__key--plan">{i18n.t(Key::Goals(GoalText::ChartPlan))}</span>
                    <span class="goal-chart__key goal-chart__key--actual">{i18n.t(Key::Goals(GoalText::ChartActual))}</span>
                </figcaption>
            </figure>
        }
        .into_any()
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::model::goal_progress::ChartPoint;
    use crate::model::Metric;

    fn point(month: u32, value: f64) -> ChartPoint {
        ChartPoint {
            x: 0.0,
            y: 0.0,
            date: NaiveDate::from_ymd_opt(2027, month, 1).unwrap(),
            value,
        }
    }

    #[test]
    fn the_summary_reads_as_before_in_both_languages() {
        let goal = Goal {
            metric: Metric::Followers,
            ..Goal::default()
        };
        let geometry = ChartGeometry {
            width: CHART_WIDTH,
            height: CHART_HEIGHT,
            dates: (point(5, 0.0).date, point(11, 0.0).date),
            values: (0.0, 300.0),
            plan: Some((point(5, 100.0), point(11, 250.0))),
            actual: vec![point(6, 120.0), point(7, 150.0)],
        };
        assert_eq!(
            chart_summary(Locale::En, &goal, &geometry),
            "Chart of actual values against the planned line. Plan: from 100 1 May 2027 to 250 1 Nov 2027. 2 values recorded: 1 Jun 2027 120, 1 Jul 2027 150."
        );
        assert_eq!(
            chart_summary(Locale::ZhCn, &goal, &geometry),
            "实际数值与计划线的对比图。计划：从1002027年5月1日到2502027年11月1日。2个已记录数值：2027年6月1日 120，2027年7月1日 150。"
        );
        let empty = ChartGeometry {
            plan: None,
            actual: Vec::new(),
            ..geometry
        };
        assert_eq!(
            chart_summary(Locale::En, &goal, &empty),
            "Chart of actual values against the planned line. 0 values recorded: ."
        );
        assert_eq!(
            chart_summary(Locale::ZhCn, &goal, &empty),
            "实际数值与计划线的对比图。0个已记录数值：。"
        );
    }
}
