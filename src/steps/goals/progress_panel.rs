//! A goal's progress: record values on dates, see them listed, the status, the value needed by
//! today, and the chart.

use leptos::prelude::*;
use reactive_stores::{Field, Store};

use super::GoalChart;
use crate::i18n::goal_editor::GoalText;
use crate::i18n::goals::{format_goal_value, progress_status_text};
use crate::i18n::{format_date, labelled, Key};
use crate::model::goal_progress::{progress, ProgressStatus};
use crate::model::{Goal, GoalStoreFields, Plan, ProgressEntry};
use crate::state::allocate_id;
use crate::state::use_locale;
use crate::widgets::{dom_id, parse_date, parse_number};

fn gt(k: GoalText) -> Key {
    Key::Goals(k)
}

/// The progress section of a goal card.
#[component]
pub fn GoalProgressPanel(
    /// The open plan (for ids).
    store: Store<Plan>,
    /// The goal.
    #[prop(into)]
    row: Field<Goal>,
    /// The goal's name, for labels.
    #[prop(into)]
    subject: Signal<String>,
) -> impl IntoView {
    let i18n = use_locale();
    let entries = row.progress();
    let today = crate::web::browser::today();
    let date_text = RwSignal::new(today.format("%Y-%m-%d").to_string());
    let value_text = RwSignal::new(String::new());
    let note_text = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    let (date_id, value_id, note_id, error_id) = (
        dom_id("progress-date"),
        dom_id("progress-value"),
        dom_id("progress-note"),
        dom_id("progress-error"),
    );
    let heading_id = dom_id("progress-heading");
    let error_msg_id = error_id.clone();
    let heading_ref = heading_id.clone();

    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(date), Some(value)) = (
            parse_date(&date_text.get_untracked()),
            parse_number(&value_text.get_untracked()),
        ) else {
            error.set(true);
            return;
        };
        error.set(false);
        let id = allocate_id(store);
        let note = note_text.get_untracked().trim().to_string();
        let mut list = entries.write();
        list.push(ProgressEntry {
            id,
            date,
            value,
            note,
        });
        list.sort_by_key(|e| e.date);
        drop(list);
        value_text.set(String::new());
        note_text.set(String::new());
    };

    let goal: Signal<Goal> = Signal::derive(move || row.get());
    let state = Memo::new(move |_| row.with(|g| progress(g, today)));
    let status = move || row.with(|g| progress_status_text(i18n.get(), g, state.get().status));
    let status_kind = move || match state.get().status {
        ProgressStatus::Behind { .. } | ProgressStatus::Missed { .. } => "behind",
        ProgressStatus::OnTrack | ProgressStatus::Ahead { .. } | ProgressStatus::Done => "good",
        _ => "neutral",
    };
    let needed = move || {
        state.get().needed_today.map(|v| {
            let locale = i18n.get();
            row.with(|g| {
                labelled(
                    locale,
                    i18n.t(gt(GoalText::NeededToday)),
                    &format_goal_value(locale, g, v),
                )
            })
        })
    };

    let list = move || {
        let locale = i18n.get();
        row.with(|g| {
            g.progress
                .iter()
                .map(|e| {
                    let id = e.id;
                    let shown = format!(
                        "{} · {}",
                        format_date(locale, e.date),
                        format_goal_value(locale, g, e.value)
                    );
                    let name = labelled(
                        locale,
                        i18n.t(gt(GoalText::DeleteEntry)),
                        &format!("{} · {}", subject.get_untracked(), shown),
                    );
                    let note = (!e.note.is_empty()).then(
                        || view! { <span class="progress-entry__note">{e.note.clone()}</span> },
                    );
                    view! {
                        <li class="progress-entry">
                            <span class="progress-entry__value">{shown}</span>
                            {note}
                            <button
                                type="button"
                                class="button button--ghost progress-entry__delete"
                                aria-label=name
                                on:click=move |_| entries.write().retain(|e| e.id != id)
                            >
                                <span aria-hidden="true">"✕"</span>
                            </button>
                        </li>
                    }
                })
                .collect::<Vec<_>>()
        })
    };

    view! {
        <section class="goal-progress" aria-labelledby=heading_ref>
            <h4 id=heading_id>{move || i18n.t(gt(GoalText::ProgressHeading))}</h4>
            <p class=move || format!("goal-progress__status goal-progress__status--{}", status_kind()) role="status">
                {status}
            </p>
            {move || needed().map(|text| view! { <p class="goal-progress__needed">{text}</p> })}
            <GoalChart goal=goal/>
            <form class="progress-form" on:submit=add novalidate=true>
                <div class="field">
                    <label for=date_id.clone()>{move || i18n.t(gt(GoalText::ProgressDate))}</label>
                    <input id=date_id type="date" prop:value=move || date_text.get() on:input:target=move |ev| date_text.set(ev.target().value())/>
                </div>
                <div class="field">
                    <label for=value_id.clone()>{move || i18n.t(gt(GoalText::ProgressValue))}</label>
                    <input
                        id=value_id
                        type="number"
                        step="any"
                        inputmode="decimal"
                        aria-describedby=move || error.get().then(|| error_id.clone())
                        prop:value=move || value_text.get()
                        on:input:target=move |ev| value_text.set(ev.target().value())
                    />
                </div>
                <div class="field progress-form__note">
                    <label for=note_id.clone()>{move || i18n.t(gt(GoalText::ProgressNote))}</label>
                    <input id=note_id type="text" prop:value=move || note_text.get() on:input:target=move |ev| note_text.set(ev.target().value())/>
                </div>
                <button type="submit" class="button button--secondary progress-form__add" aria-label=move || labelled(i18n.get(), i18n.t(gt(GoalText::ProgressAdd)), &subject.get())>
                    {move || i18n.t(gt(GoalText::ProgressAdd))}
                </button>
            </form>
            {move || error.get().then(|| view! {
                <p id=error_msg_id.clone() class="field-message field-message--error">
                    <span aria-hidden="true">"⚠ "</span>{i18n.t(gt(GoalText::ProgressNeedsDateAndValue))}
                </p>
            })}
            <Show when=move || entries.with(|e| !e.is_empty())>
                <h5 class="goal-progress__entries-heading">{move || i18n.t(gt(GoalText::ProgressEntries))}</h5>
                <ul class="progress-entries">{list}</ul>
            </Show>
        </section>
    }
}
