//! The month grid: weeks start on Monday, each row shows its ISO week number, today is marked,
//! and days of the neighbouring months are dimmed. Only this month's items are grouped and drawn.

use chrono::Datelike;
use leptos::prelude::*;
use reactive_stores::Store;

use super::section::{ct, marketing_by_day, CalendarUi, CalendarView, DayItems};
use super::CalendarDayCell;
use crate::i18n::calendar::{month_title, week_number, week_number_long, CalendarText, WEEKDAYS};
use crate::model::calendar_math::month_grid;
use crate::model::Plan;
use crate::state::use_locale;

/// The month grid.
#[component]
pub fn CalendarMonth(
    /// The open plan.
    store: Store<Plan>,
    /// The calendar's UI state.
    ui: CalendarUi,
    /// The visible items by day.
    by_day: Memo<DayItems>,
) -> impl IntoView {
    let i18n = use_locale();
    let marketing = marketing_by_day(ui);
    let month = Memo::new(move |_| {
        let anchor = ui.anchor.get();
        (anchor.year(), anchor.month())
    });
    let caption = move || {
        let (year, month) = month.get();
        month_title(i18n.get(), year, month)
    };
    let headers = WEEKDAYS.map(|day| {
        view! { <th scope="col">{move || i18n.t(ct(day))}</th> }
    });
    let rows = move || {
        let (year, month) = month.get();
        let Some(grid) = month_grid(year, month) else {
            return Vec::new();
        };
        grid.weeks
            .iter()
            .map(|week| {
                let number = week.iso_week;
                let monday = week.days[0];
                let cells = week
                    .days
                    .iter()
                    .map(|&date| {
                        let outside = date.month() != month;
                        let today = date == ui.today;
                        view! {
                            <td
                                class="calendar-month__cell"
                                class:calendar-month__cell--outside=outside
                                aria-current=today.then_some("date")
                            >
                                <CalendarDayCell store=store ui=ui date=date by_day=by_day marketing=marketing detailed=false/>
                            </td>
                        }
                    })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row" class="calendar-month__week">
                            <button
                                type="button"
                                class="calendar-month__week-button"
                                title=move || i18n.t(ct(CalendarText::ShowWeek))
                                on:click=move |_| {
                                    ui.anchor.set(monday);
                                    ui.view.set(CalendarView::Week);
                                }
                            >
                                <span aria-hidden="true">{move || week_number(i18n.get(), number)}</span>
                                <span class="visually-hidden">{move || week_number_long(i18n.get(), number)}</span>
                            </button>
                        </th>
                        {cells}
                    </tr>
                }
            })
            .collect::<Vec<_>>()
    };

    view! {
        <div class="calendar-month-wrap">
            <table class="calendar-month">
                <caption class="visually-hidden">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="calendar-month__week">{move || i18n.t(ct(CalendarText::WeekColumn))}</th>
                        {headers}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
