//! One step of the comparison: what the room chose with how many tables chose it, then each
//! table's column side by side (stacked on a phone). A table's list shows its first
//! [`FIRST_ENTRIES`] until asked for the rest: a room of large plans would otherwise put thousands
//! of entries on the page with every hand-in, too many to build quickly or to read on a projector.

use leptos::prelude::*;

use super::compare_rows::{Badge, Column, StepBlock};
use crate::i18n::workshop_room::RoomText as R;
use crate::i18n::{step_name, tf};
use crate::model::smart::Verdict;
use crate::model::workshop::compare::Agreement;
use crate::state::use_locale;

/// How many entries of one list a table's column shows before "Show all".
const FIRST_ENTRIES: usize = 12;

fn badge_view(badge: Badge) -> impl IntoView {
    let class = match badge.agreement {
        Agreement::All => "agree-badge agree-badge--all",
        Agreement::Several => "agree-badge agree-badge--several",
        Agreement::One => "agree-badge agree-badge--one",
    };
    view! { <span class=class>{badge.text}</span> }
}

/// One table's column, each list cut after `cap` entries.
fn column_view(column: &Column, cap: usize, locale: crate::i18n::Locale) -> impl IntoView {
    let groups = column
        .groups
        .iter()
        .map(|(title, entries)| {
            let items = entries
                .iter()
                .take(cap)
                .cloned()
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
            let hidden = entries.len().saturating_sub(cap);
            let more = (hidden > 0).then(|| {
                view! {
                    <li class="compare-entry compare-entry--more">
                        {tf(locale, R::MoreInList, &[("count", &hidden)])}
                    </li>
                }
            });
            view! {
                <h5 class="compare-group">{title.clone()}</h5>
                <ul class="compare-entries">{items}{more}</ul>
            }
        })
        .collect_view();
    view! {
        <div class="compare-column">
            <h4 class="compare-column__table">{column.table.clone()}</h4>
            {groups}
        </div>
    }
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
    let longest = block
        .columns
        .iter()
        .flat_map(|c| c.groups.iter().map(|(_, entries)| entries.len()))
        .max()
        .unwrap_or(0);
    let show_all = RwSignal::new(longest <= FIRST_ENTRIES);
    let all_columns = StoredValue::new(block.columns);
    let columns = move || {
        let cap = if show_all.get() {
            usize::MAX
        } else {
            FIRST_ENTRIES
        };
        all_columns.with_value(|columns| {
            columns
                .iter()
                .map(|column| column_view(column, cap, i18n.get()))
                .collect_view()
        })
    };
    let more = move || {
        (!show_all.get()).then(|| {
            view! {
                <button type="button" class="button button--ghost compare-show-all"
                    on:click=move |_| show_all.set(true)>
                    {move || tf(i18n.get(), R::ShowAllPerTable, &[("count", &longest)])}
                </button>
            }
        })
    };
    let labelled_by = heading_id.clone();
    view! {
        <section class="compare-step" data-step=step.slug() aria-labelledby=labelled_by>
            <h3 id=heading_id>{move || i18n.t(step_name(step))}</h3>
            {lists}
            <div class="compare-columns">{columns}</div>
            {more}
        </section>
    }
}
