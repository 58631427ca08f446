//! The calendar's toolbar: view switch, previous / today / next, the shown period's title, the
//! marketing-dates toggle, add, the filters and the .ics / .csv downloads (each also as text to
//! copy, where downloads fail).

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use reactive_stores::Store;

use super::section::{ct, open_new, CalendarUi, CalendarView};
use super::CalendarFilters;
use crate::i18n::calendar::{month_title, week_title, CalendarText};
use crate::i18n::device::DeviceText;
use crate::i18n::{t, Locale};
use crate::io::ics::{calendar_csv, calendar_file_name, calendar_ics};
use crate::model::calendar_math::{add_months, week_of};
use crate::model::calendar_moves::shift_date;
use crate::model::Plan;
use crate::state::use_locale;
use crate::widgets::CopyText;

/// The id of the toolbar's "Add an item" button, where focus goes when nothing closer is left.
pub const ADD_BUTTON_ID: &str = "calendar-add";

/// The day to show after stepping `delta` months or weeks from `anchor`.
fn stepped(view: CalendarView, anchor: NaiveDate, delta: i32) -> NaiveDate {
    match view {
        CalendarView::Week => shift_date(anchor, 7 * i64::from(delta)),
        _ => {
            let (year, month) = add_months(anchor.year(), anchor.month(), delta);
            NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(anchor)
        }
    }
}

/// The calendar as the text of its `.ics` or `.csv` file, with the file's type.
fn calendar_text(plan: &Plan, locale: Locale, ext: &'static str) -> (String, &'static str) {
    if ext == "ics" {
        let stamp = crate::web::browser::now().naive_utc();
        (
            calendar_ics(plan, locale, stamp),
            "text/calendar;charset=utf-8",
        )
    } else {
        (calendar_csv(plan, locale), "text/csv;charset=utf-8")
    }
}

/// Offers the calendar as a file; tells the user when the browser refused.
fn export(store: Store<Plan>, ui: CalendarUi, locale: Locale, ext: &'static str) {
    let ok = store.with_untracked(|plan| {
        let (text, mime) = calendar_text(plan, locale, ext);
        crate::web::browser::download_text(&calendar_file_name(plan, ext), mime, &text)
    });
    if !ok {
        ui.announcement
            .set(t(locale, ct(CalendarText::DownloadFailed)).to_string());
    }
}

/// The text Copy puts on the clipboard for `ext`, in the language shown now.
fn copy_text(
    store: Store<Plan>,
    locale: Signal<Locale>,
    ext: &'static str,
) -> Callback<(), String> {
    Callback::new(move |_| {
        store.with_untracked(|plan| calendar_text(plan, locale.get_untracked(), ext).0)
    })
}

/// The calendar's toolbar.
#[component]
pub fn CalendarToolbar(
    /// The open plan.
    store: Store<Plan>,
    /// The calendar's UI state.
    ui: CalendarUi,
) -> impl IntoView {
    let i18n = use_locale();
    let view_button = move |view: CalendarView, label: CalendarText| {
        view! {
            <button
                type="button"
                class="segmented__option"
                aria-pressed=move || (ui.view.get() == view).to_string()
                on:click=move |_| ui.view.set(view)
            >
                {move || i18n.t(ct(label))}
            </button>
        }
    };
    let is_week = move || ui.view.get() == CalendarView::Week;
    let previous_label = move || {
        i18n.t(ct(if is_week() {
            CalendarText::PreviousWeek
        } else {
            CalendarText::PreviousMonth
        }))
    };
    let next_label = move || {
        i18n.t(ct(if is_week() {
            CalendarText::NextWeek
        } else {
            CalendarText::NextMonth
        }))
    };
    let title = move || {
        let anchor = ui.anchor.get();
        let locale = i18n.get();
        if is_week() {
            let week = week_of(anchor);
            week_title(locale, week.iso_week, week.days[0], week.days[6])
        } else {
            month_title(locale, anchor.year(), anchor.month())
        }
    };
    let step = move |delta: i32| {
        ui.anchor
            .update(|anchor| *anchor = stepped(ui.view.get_untracked(), *anchor, delta));
    };
    let add = move |_| {
        let anchor = ui.anchor.get_untracked();
        let today = ui.today;
        let same_month = anchor.year() == today.year() && anchor.month() == today.month();
        let date = match ui.view.get_untracked() {
            CalendarView::Week => {
                let days = week_of(anchor).days;
                if days.contains(&today) {
                    today
                } else {
                    days[0]
                }
            }
            _ if same_month => today,
            _ => anchor.with_day(1).unwrap_or(anchor),
        };
        open_new(store, ui, date);
    };

    view! {
        <div class="calendar-toolbar" role="group" aria-label=move || i18n.t(ct(CalendarText::ToolbarLabel))>
            <div class="calendar-toolbar__row">
                <div class="segmented calendar-toolbar__views" role="group" aria-label=move || i18n.t(ct(CalendarText::ViewLabel))>
                    {view_button(CalendarView::Month, CalendarText::ViewMonth)}
                    {view_button(CalendarView::Week, CalendarText::ViewWeek)}
                    {view_button(CalendarView::List, CalendarText::ViewList)}
                </div>
                <div class="calendar-toolbar__nav">
                    <button type="button" class="button button--secondary" aria-label=previous_label title=previous_label on:click=move |_| step(-1)>
                        <span aria-hidden="true">"‹"</span>
                    </button>
                    <button type="button" class="button button--secondary" on:click=move |_| ui.anchor.set(ui.today)>
                        {move || i18n.t(ct(CalendarText::Today))}
                    </button>
                    <button type="button" class="button button--secondary" aria-label=next_label title=next_label on:click=move |_| step(1)>
                        <span aria-hidden="true">"›"</span>
                    </button>
                </div>
                <h3 class="calendar-toolbar__title" id="calendar-period" aria-live="polite">{title}</h3>
                <button type="button" class="button button--primary calendar-toolbar__add" id=ADD_BUTTON_ID on:click=add>
                    "+ " {move || i18n.t(ct(CalendarText::AddItem))}
                </button>
            </div>
            <div class="calendar-toolbar__row">
                <CalendarFilters store=store ui=ui/>
            </div>
            <div class="calendar-toolbar__row">
                <label class="calendar-toolbar__overlay">
                    <input
                        type="checkbox"
                        prop:checked=move || ui.overlay.get()
                        on:change:target=move |ev| ui.overlay.set(ev.target().checked())
                        aria-describedby="calendar-overlay-hint"
                    />
                    {move || i18n.t(ct(CalendarText::ShowMarketingDates))}
                </label>
                <span id="calendar-overlay-hint" class="calendar-toolbar__hint">{move || i18n.t(ct(CalendarText::MarketingDatesHint))}</span>
                <div class="calendar-toolbar__exports">
                    <button type="button" class="button button--secondary" on:click=move |_| export(store, ui, i18n.0.get_untracked(), "ics")>
                        {move || i18n.t(ct(CalendarText::ExportIcs))}
                    </button>
                    <button type="button" class="button button--secondary" on:click=move |_| export(store, ui, i18n.0.get_untracked(), "csv")>
                        {move || i18n.t(ct(CalendarText::ExportCsv))}
                    </button>
                </div>
                <div class="calendar-toolbar__copies">
                    <CopyText text=copy_text(store, i18n.0.into(), "ics") id="calendar-copy-ics" label=DeviceText::CopyIcs/>
                    <CopyText text=copy_text(store, i18n.0.into(), "csv") id="calendar-copy-csv" label=DeviceText::CopyCsv/>
                </div>
            </div>
        </div>
    }
}
