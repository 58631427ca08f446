//! A labelled number input bound to an optional number of a goal (empty = none, only finite values).

use leptos::prelude::*;
use reactive_stores::Field;

use super::dom_id;
use crate::i18n::Key;
use crate::state::use_locale;

/// Parses what the user typed: a finite number, or `None` for empty or unreadable text.
pub fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| *c != ',' && *c != '，')
        .collect();
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A number field for `Option<f64>`.
#[component]
pub fn NumberField(
    /// The field's label.
    label: Key,
    /// The goal field it edits.
    #[prop(into)]
    value: Field<Option<f64>>,
    /// Extra class on the wrapper.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let i18n = use_locale();
    let id = dom_id("goal-number");
    // What the user last typed, so "10." is not rewritten to "10" while typing.
    let typed = StoredValue::new(String::new());
    let shown = move || {
        let current = value.get();
        let text = typed.get_value();
        if parse_number(&text) == current {
            text
        } else {
            current.map(|v| v.to_string()).unwrap_or_default()
        }
    };
    view! {
        <div class=format!("field {class}")>
            <label for=id.clone()>{move || i18n.t(label)}</label>
            <input
                id=id
                type="number"
                step="any"
                inputmode="decimal"
                prop:value=shown
                on:input:target=move |ev| {
                    let text = ev.target().value();
                    typed.set_value(text.clone());
                    let parsed = parse_number(&text);
                    if value.get_untracked() != parsed {
                        value.set(parsed);
                    }
                }
            />
        </div>
    }
}
