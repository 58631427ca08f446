//! The content calendar: toolbar, the month grid / week / list view, the item editor, and the
//! actions they share (add, edit, duplicate, delete with undo, move by drag or keyboard).
//!
//! UI state (view, shown period, filters, overlay, open editor) lives in [`CalendarUi`], never in
//! the plan. Only the visible period is grouped and rendered, once per change, so a calendar with
//! thousands of items stays quick.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use reactive_stores::Store;

use super::{CalendarEditor, CalendarList, CalendarMonth, CalendarToolbar, CalendarWeek};
use crate::i18n::calendar::{duplicated, moved_to, CalendarText};
use crate::i18n::shared::SharedText;
use crate::i18n::welcome::WelcomeText;
use crate::i18n::{copy_name, t, Key, Locale};
use crate::model::calendar_filter::CalendarFilter;
use crate::model::calendar_math::{items_by_day, last_of_month, month_grid, week_of};
use crate::model::calendar_moves::{self, new_item, shift_date, upsert_item};
use crate::model::marketing_dates::{marketing_dates_between, MarketingDay};
use crate::model::{
    reinsert, take_by_id, CalendarItem, ContentStoreFields, Id, Plan, PlanStoreFields,
};
use crate::state::allocate_id;
use crate::state::use_locale;
use crate::widgets::EmptyState;

/// The calendar's words as a [`Key`].
pub fn ct(k: CalendarText) -> Key {
    Key::Calendar(k)
}

/// Which view of the calendar is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalendarView {
    Month,
    Week,
    List,
}

/// The items of the visible period that pass the filter, grouped by day and sorted by time.
pub type DayItems = BTreeMap<NaiveDate, Vec<CalendarItem>>;

/// Marketing dates of the visible period by day, each with its kind's CSS name.
pub type MarketingByDay = BTreeMap<NaiveDate, Vec<(String, MarketingDay)>>;

/// The calendar's UI state, shared by its parts.
#[derive(Clone, Copy)]
pub struct CalendarUi {
    /// Month grid, week or list.
    pub view: RwSignal<CalendarView>,
    /// A day inside the shown month or week.
    pub anchor: RwSignal<NaiveDate>,
    /// Which items are shown.
    pub filter: RwSignal<CalendarFilter>,
    /// Whether marketing dates are drawn on the grid.
    pub overlay: RwSignal<bool>,
    /// Whether the editor is open, on which draft, and whether the draft is new.
    pub editor_open: RwSignal<bool>,
    pub draft: RwSignal<CalendarItem>,
    pub draft_is_new: RwSignal<bool>,
    /// The last change, read out by screen readers.
    pub announcement: RwSignal<String>,
    /// The item being dragged, if any.
    pub dragging: RwSignal<Option<Id>>,
    /// Today, in the visitor's time zone.
    pub today: NaiveDate,
}

impl CalendarUi {
    /// Fresh state showing this month.
    pub fn new(today: NaiveDate) -> CalendarUi {
        CalendarUi {
            view: RwSignal::new(CalendarView::Month),
            anchor: RwSignal::new(today),
            filter: RwSignal::new(CalendarFilter::default()),
            overlay: RwSignal::new(false),
            editor_open: RwSignal::new(false),
            draft: RwSignal::new(CalendarItem::default()),
            draft_is_new: RwSignal::new(false),
            announcement: RwSignal::new(String::new()),
            dragging: RwSignal::new(None),
            today,
        }
    }

    /// The first and last day the current view shows (the whole grid for the month view).
    pub fn visible_range(self) -> (NaiveDate, NaiveDate) {
        let anchor = self.anchor.get();
        match self.view.get() {
            CalendarView::Week => {
                let week = week_of(anchor);
                (week.days[0], week.days[6])
            }
            CalendarView::Month => match month_grid(anchor.year(), anchor.month()) {
                Some(grid) => grid.span(),
                None => (anchor, anchor),
            },
            CalendarView::List => {
                let first = anchor.with_day(1).unwrap_or(anchor);
                (
                    first,
                    last_of_month(anchor.year(), anchor.month()).unwrap_or(anchor),
                )
            }
        }
    }
}

/// The DOM id of an item's chip or row, for focus after a move.
pub fn item_dom_id(id: Id) -> String {
    format!("calendar-item-{id}")
}

/// The name an item goes by: its title, or "Untitled item".
pub fn item_name(locale: Locale, item: &CalendarItem) -> String {
    let title = item.title.trim();
    if title.is_empty() {
        t(locale, ct(CalendarText::UntitledItem)).to_string()
    } else {
        title.to_string()
    }
}

/// Opens the editor on a new item dated `date`.
pub fn open_new(store: Store<Plan>, ui: CalendarUi, date: NaiveDate) {
    let platform = store
        .strategy()
        .with_untracked(|s| match s.platforms.as_slice() {
            [only] => Some(only.id),
            _ => None,
        });
    ui.draft.set(new_item(0, date, platform));
    ui.draft_is_new.set(true);
    ui.editor_open.set(true);
}

/// Opens the editor on stored item `id`.
pub fn open_existing(store: Store<Plan>, ui: CalendarUi, id: Id) {
    let Some(item) = store
        .content()
        .calendar()
        .with_untracked(|items| items.iter().find(|i| i.id == id).cloned())
    else {
        return;
    };
    ui.draft.set(item);
    ui.draft_is_new.set(false);
    ui.editor_open.set(true);
}

/// Stores the editor's draft (a new one gets its id now) and closes the editor.
pub fn save_draft(store: Store<Plan>, ui: CalendarUi, locale: Locale) {
    let mut item = ui.draft.get_untracked();
    if ui.draft_is_new.get_untracked() || item.id == 0 {
        item.id = allocate_id(store);
    }
    let date = item.date;
    // The editor gives focus to the saved item when its opener has gone (the empty state's button).
    let id = item.id;
    ui.draft.update_untracked(|d| d.id = id);
    store
        .content()
        .calendar()
        .update(|items| upsert_item(items, item));
    ui.editor_open.set(false);
    show_date(ui, date);
    ui.announcement
        .set(t(locale, ct(CalendarText::Saved)).to_string());
}

/// Adds a copy of item `id` on the same day and opens it.
pub fn duplicate(store: Store<Plan>, ui: CalendarUi, id: Id, locale: Locale) {
    let calendar = store.content().calendar();
    let Some((index, item)) = calendar.with_untracked(|items| {
        items
            .iter()
            .position(|i| i.id == id)
            .map(|i| (i, items[i].clone()))
    }) else {
        return;
    };
    let name = item_name(locale, &item);
    let copy = calendar_moves::duplicate_item(&item, allocate_id(store), copy_name(locale, &name));
    let copy_id = copy.id;
    calendar.write().insert(index + 1, copy);
    ui.announcement.set(duplicated(locale, &name));
    open_existing(store, ui, copy_id);
}

/// Removes item `id` and offers to undo it.
pub fn remove(store: Store<Plan>, ui: CalendarUi, id: Id, locale: Locale) {
    let Some((index, item)) = store
        .content()
        .calendar()
        .try_update(|list| take_by_id(list, id))
        .flatten()
    else {
        return;
    };
    ui.editor_open.set(false);
    let message = format!(
        "{} {}",
        t(locale, Key::Shared(SharedText::Deleted)),
        item_name(locale, &item)
    );
    ui.announcement.set(message.clone());
    crate::widgets::offer_undo(message, move |store| {
        store.content().calendar().update(|list| {
            reinsert(list, index, item.clone());
        });
    });
}

/// Moves item `id` to `to`, follows it if it leaves the shown period, announces it and keeps
/// keyboard focus on it.
pub fn move_to(store: Store<Plan>, ui: CalendarUi, id: Id, to: NaiveDate, locale: Locale) {
    let calendar = store.content().calendar();
    let Some(name) = calendar.with_untracked(|items| {
        items
            .iter()
            .find(|i| i.id == id)
            .map(|i| item_name(locale, i))
    }) else {
        return;
    };
    calendar.update(|items| {
        calendar_moves::move_item(items, id, to);
    });
    show_date(ui, to);
    ui.announcement.set(moved_to(locale, &name, to));
    crate::web::focus::focus_after_paint(item_dom_id(id), crate::web::focus::Reveal::Top);
}

/// Moves item `id` by `days` from where it is now.
pub fn move_by(store: Store<Plan>, ui: CalendarUi, id: Id, days: i64, locale: Locale) {
    let from = store
        .content()
        .calendar()
        .with_untracked(|items| items.iter().find(|i| i.id == id).map(|i| i.date));
    if let Some(from) = from {
        move_to(store, ui, id, shift_date(from, days), locale);
    }
}

/// Makes sure `date` is inside the shown period (changes month or week only when it is not).
fn show_date(ui: CalendarUi, date: NaiveDate) {
    let anchor = ui.anchor.get_untracked();
    let visible = match ui.view.get_untracked() {
        CalendarView::Week => week_of(anchor).days.contains(&date),
        _ => anchor.year() == date.year() && anchor.month() == date.month(),
    };
    if !visible {
        ui.anchor.set(date);
    }
}

/// Groups the items of `from..=to` that pass `filter` by day, in one pass and one sort.
pub fn group_visible(
    items: &[CalendarItem],
    filter: &CalendarFilter,
    from: NaiveDate,
    to: NaiveDate,
) -> DayItems {
    let shown: Vec<CalendarItem> = items
        .iter()
        .filter(|i| i.date >= from && i.date <= to && filter.matches(i))
        .cloned()
        .collect();
    let ids = items_by_day(&shown, from, to);
    let mut by_id: HashMap<Id, CalendarItem> = shown.into_iter().map(|i| (i.id, i)).collect();
    ids.into_iter()
        .map(|(day, ids)| {
            let list = ids.iter().filter_map(|id| by_id.remove(id)).collect();
            (day, list)
        })
        .collect()
}

/// The marketing dates of the visible period, while the overlay is on.
pub fn marketing_by_day(ui: CalendarUi) -> Memo<MarketingByDay> {
    Memo::new(move |_| {
        let mut out = MarketingByDay::new();
        if !ui.overlay.get() {
            return out;
        }
        let (from, to) = ui.visible_range();
        for mark in marketing_dates_between(from, to) {
            let kind = format!("{:?}", mark.day.kind()).to_lowercase();
            out.entry(mark.date).or_default().push((kind, mark.day));
        }
        out
    })
}

/// The content calendar of step 6.
#[component]
pub fn CalendarSection(
    /// The open plan.
    store: Store<Plan>,
) -> impl IntoView {
    let i18n = use_locale();
    let ui = CalendarUi::new(crate::web::browser::today());
    let range = Memo::new(move |_| ui.visible_range());
    let by_day: Memo<DayItems> = Memo::new(move |_| {
        let (from, to) = range.get();
        let filter = ui.filter.get();
        store
            .content()
            .calendar()
            .with(|items| group_visible(items, &filter, from, to))
    });
    let is_empty = move || store.content().calendar().with(|items| items.is_empty());
    let examples = crate::state::use_example_picker();
    let view_body = move || match ui.view.get() {
        CalendarView::Month => {
            view! { <CalendarMonth store=store ui=ui by_day=by_day/> }.into_any()
        }
        CalendarView::Week => view! { <CalendarWeek store=store ui=ui by_day=by_day/> }.into_any(),
        CalendarView::List => view! { <CalendarList store=store ui=ui by_day=by_day/> }.into_any(),
    };

    view! {
        <section class="step-section calendar" aria-labelledby="calendar-heading" id="calendar">
            <h2 id="calendar-heading">{move || i18n.t(ct(CalendarText::Heading))}</h2>
            <p class="step-section__intro">{move || i18n.t(ct(CalendarText::Intro))}</p>
            <Show when=is_empty>
                <EmptyState
                    why=ct(CalendarText::EmptyWhy)
                    action=Key::Welcome(WelcomeText::CalendarEmptyAction)
                    on_action=Callback::new(move |_| open_new(store, ui, ui.today))
                    on_example=examples.map(|picker| Callback::new(move |_| picker.set(true)))
                />
            </Show>
            <CalendarToolbar store=store ui=ui/>
            <p id="calendar-move-hint" class="visually-hidden">{move || i18n.t(ct(CalendarText::MoveHint))}</p>
            <p class="visually-hidden" role="status" aria-live="polite" data-testid="calendar-announcement">
                {move || ui.announcement.get()}
            </p>
            <div class="calendar__body">{view_body}</div>
            <CalendarEditor store=store ui=ui/>
        </section>
    }
}
