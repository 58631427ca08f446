//! One step of the comparison: what the room chose with how many tables chose it, then each
//! table's column side by side (stacked on a phone).

use leptos::prelude::*;

use super::compare_rows::{Badge, StepBlock};
use crate::i18n::step_name;
use crate::i18n::workshop_room::RoomText as R;
use crate::model::smart::Verdict;
use crate::model::workshop::compare::Agreement;
use crate::state::use_locale;

fn badge_view(badge: Badge) -> impl IntoView {
    let class = match badge.agreement {
        Agreement::All => "agree-badge agree-badge--all",
        Agreement::Several => "agree-badge agree-badge--several",
        Agreement::One => "agree-badge agree-badge--one",
    };
    view! { <span class=class>{badge.text}</span> }
}

/// One step of the comparison.
#[component]
pub fn CompareStep(
    /// The step's comparison, in the current language.
    block: StepBlock,
) -> impl IntoView {
    let i18n = use_locale();
    let step = block.step;
    let heading_id = format!("compare-{}", step.slug());
    let lists = block
        .lists
        .into_iter()
        .filter(|list| !list.lines.is_empty())
        .map(|list| {
            let rows = list
                .lines
                .into_iter()
                .map(|line| {
                    view! {
                        <tr>
                            <th scope="row">{line.label}</th>
                            <td>{badge_view(line.badge)}" "<span class="compare-who">{line.tables}</span></td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="compare-tally">
                    <caption>{list.title}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || i18n.t(R::ColChoice)}</th>
                            <th scope="col">{move || i18n.t(R::ColTables)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
        .collect_view();
    let columns = block
        .columns
        .into_iter()
        .map(|column| {
            let groups = column
                .groups
                .into_iter()
                .map(|(title, entries)| {
                    let items = entries
                        .into_iter()
                        .map(|entry| {
                            let verdict = entry.verdict.map(|v| match v {
                                Verdict::Pass => "pass",
                                Verdict::Warn => "warn",
                                Verdict::Fail => "fail",
                            });
                            view! {
                                <li class="compare-entry" data-verdict=verdict>
                                    <span class="compare-entry__text">{entry.text}</span>
                                    {entry.note.map(|n| view! { " " <span class="compare-entry__note">{n}</span> })}
                                    {entry.badge.map(|b| view! { " " {badge_view(b)} })}
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <h5 class="compare-group">{title}</h5>
                        <ul class="compare-entries">{items}</ul>
                    }
                })
                .collect_view();
            view! {
                <div class="compare-column">
                    <h4 class="compare-column__table">{column.table}</h4>
                    {groups}
                </div>
            }
        })
        .collect_view();
    let labelled_by = heading_id.clone();
    view! {
        <section class="compare-step" data-step=step.slug() aria-labelledby=labelled_by>
            <h3 id=heading_id>{move || i18n.t(step_name(step))}</h3>
            {lists}
            <div class="compare-columns">{columns}</div>
        </section>
    }
}
