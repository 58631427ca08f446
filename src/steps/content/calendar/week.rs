//! The week view: the seven days of the shown week, Monday first, each listing all its items
//! with platform, format and status.

use chrono::Datelike;
use leptos::prelude::*;
use reactive_stores::Store;

use super::section::{ct, marketing_by_day, CalendarUi, DayItems};
use super::CalendarDayCell;
use crate::i18n::calendar::{day_label, WEEKDAYS};
use crate::i18n::t;
use crate::model::calendar_math::week_of;
use crate::model::Plan;
use crate::state::use_locale;

/// The week view.
#[component]
pub fn CalendarWeek(
    /// The open plan.
    store: Store<Plan>,
    /// The calendar's UI state.
    ui: CalendarUi,
    /// The visible items by day.
    by_day: Memo<DayItems>,
) -> impl IntoView {
    let i18n = use_locale();
    let marketing = marketing_by_day(ui);
    let week = Memo::new(move |_| week_of(ui.anchor.get()));
    let days = move || {
        week.get()
            .days
            .into_iter()
            .map(|date| {
                let weekday = WEEKDAYS[date.weekday().num_days_from_monday() as usize];
                let heading = move || day_label(i18n.get(), date, t(i18n.get(), ct(weekday)));
                view! {
                    <li class="calendar-week__day" aria-current=(date == ui.today).then_some("date")>
                        <h4 class="calendar-week__heading">{heading}</h4>
                        <CalendarDayCell store=store ui=ui date=date by_day=by_day marketing=marketing detailed=true/>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <ol class="calendar-week">{days}</ol>
    }
}
