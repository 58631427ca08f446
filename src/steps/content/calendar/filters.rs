//! The calendar's filters: platform, theme, status, persona and goal, plus "clear filters".
//! They narrow every view (month, week, list) at once.

use leptos::prelude::*;
use reactive_stores::Store;

use super::section::{ct, CalendarUi};
use crate::i18n::calendar::CalendarText;
use crate::i18n::content_names::{status_name, theme_label};
use crate::i18n::goals::goal_name;
use crate::i18n::personas::shown_name;
use crate::i18n::strategy::platform_label;
use crate::i18n::t;
use crate::model::calendar_filter::CalendarFilter;
use crate::model::{ContentStoreFields, Id, Plan, PlanStoreFields, Status, StrategyStoreFields};
use crate::state::use_locale;
use crate::widgets::dom_id;

/// One `<select>` of the filter bar: "All" plus `options` (value, label).
fn filter_select(
    label: CalendarText,
    options: Signal<Vec<(String, String)>>,
    current: Signal<String>,
    on_pick: impl Fn(String) + 'static,
) -> impl IntoView {
    let i18n = use_locale();
    let id = dom_id("calendar-filter");
    let select_id = id.clone();
    view! {
        <div class="calendar-filters__field">
            <label for=id>{move || i18n.t(ct(label))}</label>
            <select id=select_id on:change:target=move |ev| on_pick(ev.target().value())>
                <option value="" prop:selected=move || current.get().is_empty()>{move || i18n.t(ct(CalendarText::FilterAll))}</option>
                {move || options.get().into_iter().map(|(value, text)| {
                    let selected = value.clone();
                    view! { <option value=value prop:selected=move || current.get() == selected>{text}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

fn id_text(id: Option<Id>) -> String {
    id.map(|i| i.to_string()).unwrap_or_default()
}

fn status_code(status: Status) -> String {
    format!("{status:?}")
}

/// The filter bar.
#[component]
pub fn CalendarFilters(
    /// The open plan.
    store: Store<Plan>,
    /// The calendar's UI state.
    ui: CalendarUi,
) -> impl IntoView {
    let i18n = use_locale();
    let filter = ui.filter;
    let platforms = Signal::derive(move || {
        let locale = i18n.get();
        store.strategy().platforms().with(|list| {
            list.iter()
                .map(|p| (p.id.to_string(), platform_label(locale, p)))
                .collect()
        })
    });
    let themes = Signal::derive(move || {
        let locale = i18n.get();
        store.content().themes().with(|list| {
            list.iter()
                .map(|th| (th.id.to_string(), theme_label(locale, th)))
                .collect()
        })
    });
    let statuses = Signal::derive(move || {
        let locale = i18n.get();
        Status::ALL
            .iter()
            .map(|s| (status_code(*s), status_name(locale, *s).to_string()))
            .collect()
    });
    let personas = Signal::derive(move || {
        let locale = i18n.get();
        let unnamed = t(locale, ct(CalendarText::UnnamedPersona));
        store.personas().with(|list| {
            list.iter()
                .map(|p| (p.id.to_string(), shown_name(&p.name, unnamed)))
                .collect()
        })
    });
    let goals = Signal::derive(move || {
        let locale = i18n.get();
        store.goals().with(|list| {
            list.iter()
                .map(|g| (g.id.to_string(), goal_name(locale, g)))
                .collect()
        })
    });
    let parse = |text: String| text.parse::<Id>().ok();
    let is_filtered = move || filter.with(|f| *f != CalendarFilter::default());

    view! {
        <div class="calendar-filters" role="group" aria-label=move || i18n.t(ct(CalendarText::FiltersLabel))>
            {filter_select(
                CalendarText::FilterPlatform,
                platforms,
                Signal::derive(move || filter.with(|f| id_text(f.platform))),
                move |v| filter.update(|f| f.platform = parse(v)),
            )}
            {filter_select(
                CalendarText::FilterTheme,
                themes,
                Signal::derive(move || filter.with(|f| id_text(f.theme))),
                move |v| filter.update(|f| f.theme = parse(v)),
            )}
            {filter_select(
                CalendarText::FilterStatus,
                statuses,
                Signal::derive(move || filter.with(|f| f.status.map(status_code).unwrap_or_default())),
                move |v| filter.update(|f| f.status = Status::ALL.into_iter().find(|s| status_code(*s) == v)),
            )}
            {filter_select(
                CalendarText::FilterPersona,
                personas,
                Signal::derive(move || filter.with(|f| id_text(f.persona))),
                move |v| filter.update(|f| f.persona = parse(v)),
            )}
            {filter_select(
                CalendarText::FilterGoal,
                goals,
                Signal::derive(move || filter.with(|f| id_text(f.goal))),
                move |v| filter.update(|f| f.goal = parse(v)),
            )}
            <button
                type="button"
                class="button button--ghost calendar-filters__clear"
                prop:disabled=move || !is_filtered()
                on:click=move |_| filter.set(CalendarFilter::default())
            >
                {move || i18n.t(ct(CalendarText::ClearFilters))}
            </button>
        </div>
    }
}
