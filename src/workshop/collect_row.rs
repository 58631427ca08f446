//! One row of the collection: where a hand-in came from, its table and plan, how far each step
//! got, when it arrived and what became of it.

use leptos::either::Either;
use leptos::prelude::*;

use super::use_workshop;
use crate::i18n::workshop_room::{status_message, status_slug, RoomText as R};
use crate::i18n::{format_date_time, step_name, tf};
use crate::model::workshop::Status;
use crate::model::Step;
use crate::state::use_locale;
use crate::web::browser;

/// One row of the collection, read once: rows never change after they are added (only whether
/// a row is its table's newest version does, through `newest`).
#[component]
pub fn CollectRow(
    /// The row's number in the collection.
    number: u32,
    /// (table, number of its newest row) for every table.
    #[prop(into)]
    newest: Signal<Vec<(String, u32)>>,
) -> impl IntoView {
    let i18n = use_locale();
    let record = use_workshop().0;
    let today = browser::today();
    let read = record.with_untracked(|r| {
        let row = r.as_ref()?.collection.row(number)?;
        Some((
            row.source.clone(),
            row.table.clone(),
            row.plan.as_ref().map(|p| p.name.clone()),
            row.progress(today),
            row.received_at,
            row.status.clone(),
        ))
    });
    let Some((source, table, plan_name, progress, received_at, status)) = read else {
        return ().into_any();
    };
    let slug = status_slug(&status);
    let ok = status == Status::Ok;
    let table_attr = table.clone().unwrap_or_default();
    let newest_of_table = {
        let table = table.clone();
        move || {
            let table = table.as_deref()?;
            newest.with(|list| list.iter().find(|(t, _)| t == table).map(|(_, n)| *n))
        }
    };
    let message = move || status_message(i18n.get(), &status, number, newest_of_table());
    let is_older = {
        let table = table.clone();
        move || {
            let Some(table) = table.as_deref() else {
                return false;
            };
            newest.with(|list| list.iter().any(|(t, n)| t == table && *n != number))
        }
    };
    let dash = move || i18n.t(R::NoPlan);
    let or_dash = move |value: Option<String>| value.map_or(Either::Right(dash), Either::Left);
    let received = move || format_date_time(i18n.get(), browser::to_local(received_at));
    let progress_list = (!progress.is_empty()).then(|| {
        let items = progress
            .into_iter()
            .filter(|(step, _)| *step != Step::Handbook)
            .map(|(step, percent)| {
                let text = move || {
                    tf(
                        i18n.get(),
                        R::StepPercent,
                        &[("step", &i18n.t(step_name(step))), ("percent", &percent)],
                    )
                };
                let complete = percent >= 100;
                view! { <li class:collect-progress--done=complete>{text}</li> }
            })
            .collect_view();
        view! { <ul class="collect-progress">{items}</ul> }
    });
    view! {
        <tr
            class="collect-row"
            class:collect-row--ok=ok
            class:collect-row--older=is_older
            data-status=slug
            data-table=table_attr
        >
            <th scope="row" class="collect-number">{number}</th>
            <td class="collect-source" data-label=move || i18n.t(R::ColSource)>{source}</td>
            <td data-label=move || i18n.t(R::ColTable)>
                {or_dash(table)}
            </td>
            <td data-label=move || i18n.t(R::ColPlan)>
                {or_dash(plan_name)}
            </td>
            <td data-label=move || i18n.t(R::ColProgress)>
                {progress_list}
            </td>
            <td data-label=move || i18n.t(R::ColReceived)>{received}</td>
            <td class="collect-status" data-label=move || i18n.t(R::ColStatus)>{message}</td>
        </tr>
    }
    .into_any()
}
