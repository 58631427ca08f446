//! The month grid: weeks start on Monday, each row shows its ISO week number, today is marked,
//! and days of the neighbouring months are dimmed. Only this month's items are grouped and drawn.
//! On a phone the month is a list of its days that hold something, each folded to its date, how
//! many items it holds and its marketing dates.

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use reactive_stores::Store;

use super::section::{ct, marketing_by_day, CalendarUi, CalendarView, DayItems};
use super::CalendarDayCell;
use crate::i18n::calendar::{
    day_label, item_count, month_title, week_number, week_number_long, CalendarText, WEEKDAYS,
};
use crate::i18n::marketing_dates::marketing_day_name;
use crate::i18n::t;
use crate::model::calendar_math::month_grid;
use crate::model::Plan;
use crate::state::use_locale;
use crate::widgets::{narrow_screen, Fold};

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
    let headers = move || {
        WEEKDAYS.map(|day| {
            view! { <th scope="col">{move || i18n.t(ct(day))}</th> }
        })
    };
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

    // On a phone: the month's days that hold items or marketing dates, as a list of dated
    // entries (seven columns do not fit 360 px).
    let narrow = narrow_screen();
    let busy_days = Memo::new(move |_| {
        let (year, month) = month.get();
        let Some(first) = NaiveDate::from_ymd_opt(year, month, 1) else {
            return Vec::new();
        };
        by_day.with(|items| {
            marketing.with(|marks| {
                first
                    .iter_days()
                    .take_while(|d| d.month() == month)
                    .filter(|d| items.contains_key(d) || marks.contains_key(d))
                    .collect::<Vec<_>>()
            })
        })
    });
    let phone_days = move || {
        view! {
            <Show
                when=move || busy_days.with(|d| !d.is_empty())
                fallback=move || view! { <p class="calendar-list__none">{move || i18n.t(ct(CalendarText::NothingInView))}</p> }
            >
                <ol class="calendar-days" aria-label=caption>
                    <For each=move || busy_days.get() key=|date| *date let:date>
                        {
                            let weekday = WEEKDAYS[date.weekday().num_days_from_monday() as usize];
                            let heading = move || day_label(i18n.get(), date, t(i18n.get(), ct(weekday)));
                            let count = move || by_day.with(|m| m.get(&date).map_or(0, Vec::len));
                            let fact = Signal::derive(move || {
                                let marks = marketing.with(|m| {
                                    m.get(&date)
                                        .map(|list| list.iter().map(|(_, day)| marketing_day_name(i18n.get(), *day)).collect::<Vec<_>>().join(" · "))
                                        .unwrap_or_default()
                                });
                                let items = match count() {
                                    0 => String::new(),
                                    n => item_count(i18n.get(), n),
                                };
                                [items, marks].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ")
                            });
                            view! {
                                <li class="calendar-days__day" aria-current=(date == ui.today).then_some("date")>
                                    <Fold class="calendar-days__fold" name=Signal::derive(heading) fact=fact>
                                        <CalendarDayCell store=store ui=ui date=date by_day=by_day marketing=marketing detailed=true/>
                                    </Fold>
                                </li>
                            }
                        }
                    </For>
                </ol>
            </Show>
        }
    };

    view! {
        <Show when=move || !narrow.get() fallback=phone_days>
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
        </Show>
    }
}
