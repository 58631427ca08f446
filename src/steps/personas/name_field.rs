//! The persona's name, with its checks (no name, a name another persona has) under the field.

use leptos::html::Input;
use leptos::prelude::*;
use reactive_stores::Field;

use super::PersonaMessages;
use crate::i18n::personas::PersonaText;
use crate::i18n::Key;
use crate::model::checks::FindingKind;
use crate::state::use_locale;
use crate::widgets::dom_id;

/// The name input of a persona card.
#[component]
pub fn PersonaNameField(
    /// The persona's name.
    #[prop(into)]
    value: Field<String>,
    /// Findings about the name, worded under the field.
    #[prop(into)]
    kinds: Signal<Vec<FindingKind>>,
    /// Lets the card focus the input (a new persona starts here).
    input_ref: NodeRef<Input>,
    /// Runs when focus leaves the field.
    on_blur: Callback<()>,
) -> impl IntoView {
    let i18n = use_locale();
    let id = dom_id("persona-name");
    let hint_id = format!("{id}-hint");
    let messages_id = format!("{id}-messages");
    let described = format!("{hint_id} {messages_id}");
    view! {
        <div class="field persona-field persona-field--name">
            <label for=id.clone()>{move || i18n.t(Key::Personas(PersonaText::NameLabel))}</label>
            <input
                id=id
                type="text"
                node_ref=input_ref
                autocomplete="off"
                aria-describedby=described
                aria-invalid=move || {
                    if kinds.with(|k| k.iter().any(|k| k.severity().eq(&crate::model::checks::Severity::Error))) {
                        Some("true")
                    } else {
                        None
                    }
                }
                prop:value=move || value.try_get().unwrap_or_default()
                on:input:target=move |ev| value.set(ev.target().value())
                on:blur=move |_| on_blur.run(())
            />
            <p id=hint_id class="field__hint">{move || i18n.t(Key::Personas(PersonaText::NameHint))}</p>
            <PersonaMessages id=messages_id kinds=kinds/>
        </div>
    }
}
