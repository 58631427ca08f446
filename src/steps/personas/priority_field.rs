//! Primary or secondary audience, as a two-option segmented control.

use leptos::prelude::*;
use reactive_stores::Field;

use crate::i18n::personas::PersonaText;
use crate::i18n::shared::SharedText;
use crate::i18n::Key;
use crate::model::PersonaPriority;
use crate::state::use_locale;
use crate::widgets::dom_id;

/// The priority of a persona card.
#[component]
pub fn PersonaPriorityField(
    /// The persona's priority.
    #[prop(into)]
    value: Field<PersonaPriority>,
) -> impl IntoView {
    let i18n = use_locale();
    let id = dom_id("persona-priority");
    let hint_id = format!("{id}-hint");
    let option = move |priority: PersonaPriority, label: PersonaText| {
        view! {
            <button
                type="button"
                class="segmented__option"
                aria-pressed=move || {
                    if value.try_get() == Some(priority) { "true" } else { "false" }
                }
                on:click=move |_| value.set(priority)
            >
                {move || i18n.t(Key::Personas(label))}
            </button>
        }
    };
    view! {
        <div class="field persona-field">
            <span id=id.clone() class="persona-field__label">{move || i18n.t(Key::Shared(SharedText::Priority))}</span>
            <div class="segmented" role="group" aria-labelledby=id aria-describedby=hint_id.clone()>
                {option(PersonaPriority::Primary, PersonaText::PriorityPrimary)}
                {option(PersonaPriority::Secondary, PersonaText::PrioritySecondary)}
            </div>
            <p id=hint_id class="field__hint">{move || i18n.t(Key::Personas(PersonaText::PriorityHint))}</p>
        </div>
    }
}
