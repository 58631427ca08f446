//! A labelled text input or text area bound to one `String` field of the plan.

use leptos::prelude::*;
use reactive_stores::Field;

use super::dom_id;
use crate::context::use_locale;
use crate::i18n::Key;

/// A labelled single-line or multi-line text field.
#[component]
pub fn TextField(
    /// The field's label.
    label: Key,
    /// The plan field it edits.
    #[prop(into)]
    value: Field<String>,
    /// A hint under the field (linked by `aria-describedby`).
    #[prop(optional)]
    hint: Option<Key>,
    /// A placeholder example.
    #[prop(optional)]
    placeholder: Option<Key>,
    /// Multi-line.
    #[prop(optional)]
    multiline: bool,
    /// Rows for a multi-line field.
    #[prop(default = 3)]
    rows: u32,
    /// Extra class on the wrapper.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let i18n = use_locale();
    let id = dom_id("field");
    let hint_id = format!("{id}-hint");
    let described = hint.map(|_| hint_id.clone());
    let placeholder = move || placeholder.map(|k| i18n.t(k));
    let input = if multiline {
        view! {
            <textarea
                id=id.clone()
                rows=rows
                aria-describedby=described.clone()
                placeholder=placeholder
                prop:value=move || value.try_get().unwrap_or_default()
                on:input:target=move |ev| value.set(ev.target().value())
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                type="text"
                aria-describedby=described.clone()
                placeholder=placeholder
                prop:value=move || value.try_get().unwrap_or_default()
                on:input:target=move |ev| value.set(ev.target().value())
            />
        }
        .into_any()
    };
    view! {
        <div class=format!("field {class}")>
            <label for=id>{move || i18n.t(label)}</label>
            {input}
            {hint.map(|k| view! { <p id=hint_id class="field__hint">{move || i18n.t(k)}</p> })}
        </div>
    }
}
