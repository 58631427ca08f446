//! Whole sections of the room's plan (the vision, the tone, the team model…), each taken from
//! one table or not at all.

use leptos::prelude::*;

use super::merge_items::{field_text, Choices, FieldKey, FIELDS};
use crate::i18n::workshop_room::RoomText as R;
use crate::state::use_locale;

/// One select per section: not taken, or the table it comes from.
#[component]
pub fn MergeFields(
    /// The facilitator's choices, shared with the preview.
    choices: RwSignal<Choices>,
    /// The tables that handed in a plan, in column order.
    #[prop(into)]
    tables: Signal<Vec<String>>,
) -> impl IntoView {
    let i18n = use_locale();
    let rows = FIELDS
        .iter()
        .enumerate()
        .map(|(i, field)| {
            let id = format!("merge-field-{i}");
            let key = FieldKey(i);
            let current = move || choices.with(|c| c.fields.get(&key).cloned().unwrap_or_default());
            let change = move |ev: leptos::ev::Event| {
                let value = event_target_value(&ev);
                choices.update(|c| {
                    if value.is_empty() {
                        c.fields.remove(&key);
                    } else {
                        c.fields.insert(key, value);
                    }
                });
            };
            let field = *field;
            view! {
                <div class="merge-field">
                    <label for=id.clone()>{move || i18n.t(field_text(field))}</label>
                    <select id=id class="merge-field-select" prop:value=current on:change=change>
                        <option value="">{move || i18n.t(R::MergeSectionNone)}</option>
                        {move || {
                            tables
                                .get()
                                .into_iter()
                                .map(|t| {
                                    let selected = current() == t;
                                    let value = t.clone();
                                    view! { <option value=value selected=selected>{t}</option> }
                                })
                                .collect_view()
                        }}
                    </select>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="merge-fields">
            <legend>{move || i18n.t(R::MergeSections)}</legend>
            {rows}
        </fieldset>
    }
}
