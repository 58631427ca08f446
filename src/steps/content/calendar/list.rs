//! The list view: the shown month's items that pass the filters, in date and time order, as a
//! table whose titles open the editor.

use leptos::prelude::*;
use reactive_stores::Store;

use super::chip::item_key;
use super::section::{ct, CalendarUi, DayItems};
use super::CalendarListRow;
use crate::i18n::calendar::{item_count, CalendarText};
use crate::model::Plan;
use crate::state::use_locale;

/// The list view.
#[component]
pub fn CalendarList(
    /// The open plan.
    store: Store<Plan>,
    /// The calendar's UI state.
    ui: CalendarUi,
    /// The visible items by day.
    by_day: Memo<DayItems>,
) -> impl IntoView {
    let i18n = use_locale();
    let rows = move || by_day.with(|m| m.values().flatten().cloned().collect::<Vec<_>>());
    let count = move || by_day.with(|m| m.values().map(Vec::len).sum::<usize>());
    let header =
        move |label: CalendarText| view! { <th scope="col">{move || i18n.t(ct(label))}</th> };

    view! {
        <div class="calendar-list">
            <p class="calendar-list__count">{move || item_count(i18n.get(), count())}</p>
            <Show
                when=move || count() != 0
                fallback=move || view! { <p class="calendar-list__none">{move || i18n.t(ct(CalendarText::NothingInView))}</p> }
            >
                <div class="calendar-list__scroll">
                    <table class="calendar-list__table">
                        <caption class="visually-hidden">{move || i18n.t(ct(CalendarText::ListCaption))}</caption>
                        <thead>
                            <tr>
                                {header(CalendarText::ColumnDate)}
                                {header(CalendarText::ColumnTitle)}
                                {header(CalendarText::ColumnPlatform)}
                                {header(CalendarText::ColumnTheme)}
                                {header(CalendarText::ColumnStatus)}
                                {header(CalendarText::ColumnOwner)}
                            </tr>
                        </thead>
                        <tbody>
                            <For each=rows key=item_key let:item>
                                <CalendarListRow store=store ui=ui item=item/>
                            </For>
                        </tbody>
                    </table>
                </div>
            </Show>
        </div>
    }
}
