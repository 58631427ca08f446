//! One calendar item on the grid: a button that opens the editor, can be dragged to another day,
//! and moves by keyboard (Alt + arrow keys: a day left/right, a week up/down).

use chrono::NaiveTime;
use leptos::prelude::*;
use reactive_stores::Store;

use super::section::{item_dom_id, item_name, move_by, open_existing, CalendarUi};
use crate::i18n::content_names::{format_label, status_name};
use crate::i18n::strategy::platform_label;
use crate::model::calendar_moves::keyboard_move_days;
use crate::model::{CalendarItem, Format, Id, Plan, PlanStoreFields, Status, StrategyStoreFields};
use crate::state::use_locale;

/// What a rendered item shows; a row or chip is rebuilt only when this changes.
pub type ItemKey = (
    Id,
    chrono::NaiveDate,
    Option<NaiveTime>,
    String,
    Status,
    Option<Id>,
    Option<Id>,
    Option<Format>,
    Option<Id>,
);

/// The key of `item` for keyed lists.
pub fn item_key(item: &CalendarItem) -> ItemKey {
    (
        item.id,
        item.date,
        item.time,
        item.title.clone(),
        item.status,
        item.platform,
        item.theme,
        item.format,
        item.owner_role,
    )
}

/// The CSS name of a status ("in-review").
pub fn status_class(status: Status) -> &'static str {
    match status {
        Status::Idea => "idea",
        Status::Drafting => "drafting",
        Status::InReview => "in-review",
        Status::Approved => "approved",
        Status::Scheduled => "scheduled",
        Status::Published => "published",
    }
}

/// An item on the month grid or in the week view.
#[component]
pub fn CalendarChip(
    /// The open plan.
    store: Store<Plan>,
    /// The calendar's UI state.
    ui: CalendarUi,
    /// The item as it is now.
    item: CalendarItem,
    /// True in the week view: platform, format and status are shown, not only read out.
    detailed: bool,
) -> impl IntoView {
    let i18n = use_locale();
    let id = item.id;
    let platform_id = item.platform;
    let platform = move || {
        let id = platform_id?;
        let locale = i18n.get();
        store.strategy().platforms().with(|list| {
            list.iter()
                .find(|p| p.id == id)
                .map(|p| platform_label(locale, p))
        })
    };
    let format = item.format;
    let format_text = move || {
        let f = format?;
        let locale = i18n.get();
        Some(store.content().with(|c| format_label(locale, f, c)))
    };
    let status = item.status;
    let time = item.time.map(|t| t.format("%H:%M").to_string());
    let title = item.clone();
    let name = move || item_name(i18n.get(), &title);
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if let Some(days) = keyboard_move_days(&ev.key(), ev.alt_key()) {
            ev.prevent_default();
            move_by(store, ui, id, days, i18n.0.get_untracked());
        }
    };
    let on_dragstart = move |ev: web_sys::DragEvent| {
        ui.dragging.set(Some(id));
        if let Some(transfer) = ev.data_transfer() {
            let _ = transfer.set_data("text/plain", &id.to_string());
            transfer.set_effect_allowed("move");
        }
    };
    let details = move || {
        let mut parts: Vec<String> = Vec::new();
        parts.extend(platform());
        if detailed {
            parts.extend(format_text());
        }
        parts.push(status_name(i18n.get(), status).to_string());
        parts.join(" · ")
    };

    view! {
        <button
            type="button"
            class="calendar-chip"
            class:calendar-chip--detailed=detailed
            id=item_dom_id(id)
            data-status=status_class(status)
            data-item=id.to_string()
            draggable="true"
            aria-describedby="calendar-move-hint"
            on:click=move |_| open_existing(store, ui, id)
            on:keydown=on_keydown
            on:dragstart=on_dragstart
            on:dragend=move |_| ui.dragging.set(None)
        >
            {time.map(|t| view! { <span class="calendar-chip__time">{t}</span> " " })}
            <span class="calendar-chip__title">{name}</span>
            <span class=if detailed { "calendar-chip__details" } else { "visually-hidden" }>
                {if detailed { "" } else { ", " }}
                {details}
            </span>
        </button>
    }
}
