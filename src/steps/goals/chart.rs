//! An inline SVG chart of a goal's recorded values against the straight line from baseline to
//! target. No chart library: the geometry comes from `model::goal_progress::chart_points`.

use leptos::prelude::*;

use crate::i18n::goal_editor::GoalText;
use crate::i18n::goals::format_goal_value;
use crate::i18n::{format_date, Key, Locale};
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
    let zh = locale == Locale::ZhCn;
    let mut parts = vec![t(GoalText::ChartLabel).to_string()];
    if let Some((a, b)) = &geometry.plan {
        let (sep, colon) = if zh { ("", "：") } else { (" ", ": ") };
        parts.push(format!(
            "{}{colon}{}{sep}{}{sep}{}{sep}{}{sep}{}{sep}{}",
            t(GoalText::ChartPlan),
            t(GoalText::ChartFrom),
            format_goal_value(locale, goal, a.value),
            format_date(locale, a.date),
            t(GoalText::ChartTo),
            format_goal_value(locale, goal, b.value),
            format_date(locale, b.date),
        ));
    }
    let values = geometry
        .actual
        .iter()
        .map(|p| {
            format!(
                "{} {}",
                format_date(locale, p.date),
                format_goal_value(locale, goal, p.value)
            )
        })
        .collect::<Vec<_>>();
    if zh {
        parts.push(format!(
            "{}{}：{}",
            values.len(),
            t(GoalText::ChartPoints),
            values.join("，")
        ));
        parts.join("。") + "。"
    } else {
        parts.push(format!(
            "{} {}: {}",
            values.len(),
            t(GoalText::ChartPoints),
            values.join(", ")
        ));
        parts.join(". ") + "."
    }
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
