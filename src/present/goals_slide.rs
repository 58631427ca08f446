//! The goals' slide: each goal's title and sentence, and its five SMART letters as badges with
//! the verdict in words (the model's SMART check, the same the goals step shows).

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::i18n::goals::{goal_name, goal_sentence, letter_name, verdict_name};
use crate::i18n::Locale;
use crate::model::smart::{check_goal, SmartLetter, Verdict};
use crate::model::{Id, Plan};

/// The CSS modifier and icon of a verdict (as on the goals step).
fn look(verdict: Verdict) -> (&'static str, &'static str) {
    match verdict {
        Verdict::Pass => ("pass", "✓"),
        Verdict::Warn => ("warn", "!"),
        Verdict::Fail => ("fail", "✕"),
    }
}

/// The slide of the goals `ids`.
pub fn goals_slide(plan: &Plan, ids: &[Id], l: Locale, today: NaiveDate) -> AnyView {
    let goals = ids
        .iter()
        .filter_map(|id| plan.goals.iter().find(|g| g.id == *id))
        .map(|goal| {
            let report = check_goal(goal, plan, today);
            let name = goal_name(l, goal);
            let sentence = goal_sentence(goal, plan, l);
            let badges = SmartLetter::ALL
                .map(|letter| {
                    let verdict = report.letter(letter).verdict;
                    let (kind, icon) = look(verdict);
                    view! {
                        <li class=format!("smart-badge smart-badge--{kind}") data-verdict=kind>
                            <span class="smart-badge__letter">{letter.initial().to_string()}</span>
                            <span class="smart-badge__icon" aria-hidden="true">{icon}</span>
                            <span class="visually-hidden">
                                {format!("{} · {}", letter_name(l, letter), verdict_name(l, verdict))}
                            </span>
                        </li>
                    }
                });
            let verdict = verdict_name(l, report.overall());
            view! {
                <li class="slide-goal">
                    <p class="slide-goal__name">{name.clone()}</p>
                    {(sentence != name).then(|| view! { <p class="slide-goal__sentence">{sentence}</p> })}
                    <ul class="smart-badges slide-goal__badges" aria-label=format!("SMART · {verdict}")>{badges}</ul>
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! { <ul class="slide-list slide-goals">{goals}</ul> }.into_any()
}
