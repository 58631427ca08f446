//! A labelled text input or text area of the voice step, with its hint and its checks under it,
//! both linked by `aria-describedby`.
//!
//! Unlike the shared `TextField`, the label may change (a sample's labels follow its kind), and it
//! reads its field with `try_get`, so a card whose record was just deleted never panics in the
//! moment before the list removes it.

use leptos::prelude::*;
use reactive_stores::Field;

use super::{dom_id, VoiceFieldFindings};
use crate::context::use_locale;
use crate::i18n::Key;
use crate::model::checks::Finding;

/// A text field bound to one `String` of the plan, with hint and checks.
#[component]
pub fn VoiceTextField(
    /// The label (may follow other state).
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
    /// Rows of a multi-line field.
    #[prop(default = 3)]
    rows: u32,
    /// Checks of this field, shown under it.
    #[prop(optional, into)]
    findings: Option<Signal<Vec<Finding>>>,
    /// Ids of other elements that describe the field (e.g. a sample's voice check).
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
    let id = id.unwrap_or_else(|| dom_id("voice-field"));
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
        <div class=format!("field voice-field {class}")>
            <label for=id>{move || i18n.t(label.get())}</label>
            {control}
            {hint.map(|k| view! { <p id=hint_id class="field__hint">{move || i18n.t(k)}</p> })}
            {findings.map(|f| view! { <VoiceFieldFindings id=findings_id findings=f/> })}
        </div>
    }
}
