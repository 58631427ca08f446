//! A labelled text input or text area bound to one `String` field of the plan, with an optional
//! hint and the checks of that field under it, both linked by `aria-describedby`.
//!
//! It reads and writes its field with `try_`, so a card whose record was just deleted never panics
//! in the moment before its list removes it.

use leptos::prelude::*;
use reactive_stores::Field;

use super::{dom_id, FieldFindings};
use crate::i18n::Key;
use crate::model::checks::Finding;
use crate::state::use_locale;

/// A labelled single-line or multi-line text field.
#[component]
pub fn TextField(
    /// The field's label (may follow other state, as a sample's labels follow its kind).
    #[prop(into)]
    label: Signal<Key>,
    /// The plan field it edits.
    #[prop(into)]
    value: Field<String>,
    /// A hint under the field.
    #[prop(optional)]
    hint: Option<Key>,
    /// A placeholder example.
    #[prop(optional, into)]
    placeholder: Option<Signal<Key>>,
    /// Multi-line.
    #[prop(optional)]
    multiline: bool,
    /// Rows for a multi-line field.
    #[prop(default = 3)]
    rows: u32,
    /// Checks of this field, shown under it.
    #[prop(optional, into)]
    findings: Option<Signal<Vec<Finding>>>,
    /// Ids of other elements that describe the field.
    #[prop(optional, into)]
    described_by: Option<String>,
    /// The control's id (generated when not given; pass one to move focus to it).
    #[prop(optional, into)]
    id: Option<String>,
    /// Extra class on the wrapper.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let i18n = use_locale();
    let id = id.unwrap_or_else(|| dom_id("field"));
    let hint_id = format!("{id}-hint");
    let findings_id = format!("{id}-checks");
    let described: String = [
        hint.map(|_| hint_id.clone()),
        findings.map(|_| findings_id.clone()),
        described_by,
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let described = (!described.is_empty()).then_some(described);
    let placeholder = move || placeholder.map(|k| i18n.t(k.get()));
    let current = move || value.try_get().unwrap_or_default();
    let set = move |text: String| {
        value.try_update(|v| *v = text);
    };
    let control = if multiline {
        view! {
            <textarea
                id=id.clone()
                rows=rows
                aria-describedby=described.clone()
                placeholder=placeholder
                prop:value=current
                on:input:target=move |ev| set(ev.target().value())
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
                prop:value=current
                on:input:target=move |ev| set(ev.target().value())
            />
        }
        .into_any()
    };
    view! {
        <div class=format!("field {class}")>
            <label for=id>{move || i18n.t(label.get())}</label>
            {control}
            {hint.map(|k| view! { <p id=hint_id class="field__hint">{move || i18n.t(k)}</p> })}
            {findings.map(|f| view! { <FieldFindings id=findings_id findings=f/> })}
        </div>
    }
}
