//! One day of the month grid or the week view: its date, marketing dates when the overlay is on,
//! its items, and a drop target for dragged items.

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use reactive_stores::Store;

use super::chip::item_key;
use super::section::{ct, move_to, CalendarUi, CalendarView, DayItems, MarketingByDay};
use super::CalendarChip;
use crate::i18n::calendar::{day_label, more_items, CalendarText, WEEKDAYS};
use crate::i18n::marketing_dates::marketing_day_name;
use crate::i18n::t;
use crate::model::{Id, Plan};
use crate::state::use_locale;

/// How many items a month cell lists before "+N more".
const MONTH_CELL_LIMIT: usize = 3;

/// A day of the calendar.
#[component]
pub fn CalendarDayCell(
    /// The open plan.
    store: Store<Plan>,
    /// The calendar's UI state.
    ui: CalendarUi,
    /// The day.
    date: NaiveDate,
    /// The visible items by day.
    by_day: Memo<DayItems>,
    /// Marketing dates by day (empty while the overlay is off).
    marketing: Memo<MarketingByDay>,
    /// True in the week view: every item is listed with its details.
    detailed: bool,
) -> impl IntoView {
    let i18n = use_locale();
    let items = move || by_day.with(|m| m.get(&date).cloned().unwrap_or_default());
    let shown = move || {
        let mut list = items();
        if !detailed {
            list.truncate(MONTH_CELL_LIMIT);
        }
        list
    };
    let hidden_count = move || {
        if detailed {
            0
        } else {
            by_day.with(|m| {
                m.get(&date)
                    .map_or(0, |l| l.len().saturating_sub(MONTH_CELL_LIMIT))
            })
        }
    };
    let marks = move || {
        let locale = i18n.get();
        marketing.with(|m| {
            m.get(&date)
                .map(|list| {
                    list.iter()
                        .map(|(kind, day)| {
                            (kind.clone(), marketing_day_name(locale, *day).to_string())
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let is_today = date == ui.today;
    let drop_target = RwSignal::new(false);
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        drop_target.set(false);
        let dragged = ui.dragging.get_untracked().or_else(|| {
            ev.data_transfer()
                .and_then(|d| d.get_data("text/plain").ok())
                .and_then(|text| text.parse::<Id>().ok())
        });
        ui.dragging.set(None);
        if let Some(id) = dragged {
            move_to(store, ui, id, date, i18n.0.get_untracked());
        }
    };
    let weekday = WEEKDAYS[date.weekday().num_days_from_monday() as usize];
    let label = move || day_label(i18n.get(), date, t(i18n.get(), ct(weekday)));

    view! {
        <div
            class="calendar-day"
            class:calendar-day--today=is_today
            class:calendar-day--drop=move || drop_target.get()
            data-date=date.to_string()
            on:dragover=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                drop_target.set(true);
            }
            on:dragleave=move |_| drop_target.set(false)
            on:drop=on_drop
        >
            <div class="calendar-day__head">
                <span class="calendar-day__number" aria-hidden="true">{date.day()}</span>
                <span class="visually-hidden">{label}</span>
                {is_today.then(|| view! { <span class="visually-hidden">{move || i18n.t(ct(CalendarText::TodayMark))}</span> })}
            </div>
            {move || {
                let list = marks();
                (!list.is_empty()).then(|| view! {
                    <ul class="calendar-day__marks">
                        {list.into_iter().map(|(kind, name)| view! {
                            <li class="calendar-mark" data-kind=kind>{name}</li>
                        }).collect_view()}
                    </ul>
                })
            }}
            <ul class="calendar-day__items">
                <For each=shown key=item_key let:item>
                    <li><CalendarChip store=store ui=ui item=item detailed=detailed/></li>
                </For>
            </ul>
            {move || {
                let more = hidden_count();
                (more > 0).then(|| view! {
                    <button type="button" class="calendar-day__more" on:click=move |_| {
                        ui.anchor.set(date);
                        ui.view.set(CalendarView::Week);
                    }>
                        {move || more_items(i18n.get(), more)}
                        <span class="visually-hidden">", " {label}</span>
                    </button>
                })
            }}
        </div>
    }
}
