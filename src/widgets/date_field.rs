//! A labelled date picker bound to an optional date of a goal (empty = none).

use chrono::NaiveDate;
use leptos::prelude::*;
use reactive_stores::Field;

use super::dom_id;
use crate::i18n::Key;
use crate::state::use_locale;

/// Parses an `<input type="date">` value (`YYYY-MM-DD`); empty or unreadable = `None`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

/// A date field for `Option<NaiveDate>`.
#[component]
pub fn DateField(
    /// The field's label.
    label: Key,
    /// The goal field it edits.
    #[prop(into)]
    value: Field<Option<NaiveDate>>,
) -> impl IntoView {
    let i18n = use_locale();
    let id = dom_id("goal-date");
    view! {
        <div class="field">
            <label for=id.clone()>{move || i18n.t(label)}</label>
            <input
                id=id
                type="date"
                prop:value=move || value.get().map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
                on:input:target=move |ev| {
                    let parsed = parse_date(&ev.target().value());
                    if value.get_untracked() != parsed {
                        value.set(parsed);
                    }
                }
            />
        </div>
    }
}
