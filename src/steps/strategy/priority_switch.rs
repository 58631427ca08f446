//! High / Medium / Low as a segmented control.

use leptos::prelude::*;
use reactive_stores::Field;

use crate::i18n::shared::SharedText;
use crate::i18n::Key;
use crate::model::Priority;
use crate::state::use_locale;

/// A three-way priority switch bound to a plan field.
#[component]
pub fn PrioritySwitch(
    /// The plan field it edits.
    #[prop(into)]
    value: Field<Priority>,
    /// What the priority is of, for the group's accessible name.
    #[prop(into)]
    subject: Signal<String>,
) -> impl IntoView {
    let i18n = use_locale();
    let options = Priority::ALL.map(|priority| {
        let label = match priority {
            Priority::High => SharedText::PriorityHigh,
            Priority::Medium => SharedText::PriorityMedium,
            Priority::Low => SharedText::PriorityLow,
        };
        view! {
            <button
                type="button"
                class="segmented__option"
                aria-pressed=move || (value.get() == priority).to_string()
                on:click=move |_| value.set(priority)
            >
                {move || i18n.t(Key::Shared(label))}
            </button>
        }
    });
    view! {
        <div class="priority-field">
            <span class="priority-field__label" aria-hidden="true">{move || i18n.t(Key::Shared(SharedText::Priority))}</span>
            <div
                class="segmented segmented--small"
                role="group"
                aria-label=move || format!("{} · {}", i18n.t(Key::Shared(SharedText::Priority)), subject.get())
            >
                {options}
            </div>
        </div>
    }
}
