//! One row of the calendar's list view: date and time, the title that opens the editor,
//! platform, theme, status and owner.

use leptos::prelude::*;
use reactive_stores::Store;

use super::chip::status_class;
use super::section::{item_dom_id, item_name, open_existing, CalendarUi};
use crate::i18n::content_names::{status_name, theme_label};
use crate::i18n::format_date;
use crate::i18n::strategy::platform_label;
use crate::i18n::team_names::team_role_label;
use crate::model::{
    CalendarItem, ContentStoreFields, Plan, PlanStoreFields, StrategyStoreFields, TeamStoreFields,
};
use crate::state::use_locale;

/// One row of the list view.
#[component]
pub fn CalendarListRow(
    /// The open plan.
    store: Store<Plan>,
    /// The calendar's UI state.
    ui: CalendarUi,
    /// The item as it is now.
    item: CalendarItem,
) -> impl IntoView {
    let i18n = use_locale();
    let id = item.id;
    let date = item.date;
    let time = item.time.map(|t| t.format("%H:%M").to_string());
    let platform = item.platform;
    let theme = item.theme;
    let owner = item.owner_role;
    let status = item.status;
    let name = move || item_name(i18n.get(), &item);
    let platform_text = move || {
        let locale = i18n.get();
        platform.and_then(|pid| {
            store.strategy().platforms().with(|l| {
                l.iter()
                    .find(|p| p.id == pid)
                    .map(|p| platform_label(locale, p))
            })
        })
    };
    let theme_text = move || {
        let locale = i18n.get();
        theme.and_then(|tid| {
            store.content().themes().with(|l| {
                l.iter()
                    .find(|th| th.id == tid)
                    .map(|th| theme_label(locale, th))
            })
        })
    };
    let owner_text = move || {
        let locale = i18n.get();
        owner.and_then(|rid| {
            store.team().roles().with(|l| {
                l.iter()
                    .find(|r| r.id == rid)
                    .map(|r| team_role_label(locale, r))
            })
        })
    };
    view! {
        <tr>
            <td class="calendar-list__date">
                {move || format_date(i18n.get(), date)}
                {time.map(|t| view! { " " <span class="calendar-list__time">{t}</span> })}
            </td>
            <td>
                <button type="button" class="link-button calendar-list__title" id=item_dom_id(id) on:click=move |_| open_existing(store, ui, id)>
                    {name}
                </button>
            </td>
            <td>{platform_text}</td>
            <td>{theme_text}</td>
            <td><span class="calendar-status" data-status=status_class(status)>{move || status_name(i18n.get(), status)}</span></td>
            <td>{owner_text}</td>
        </tr>
    }
}
