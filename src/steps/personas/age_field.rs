//! A persona's age range as two number inputs; an empty input is no bound. Checks on the range
//! (reversed, implausible) are worded under it.

use leptos::prelude::*;
use reactive_stores::Field;

use super::PersonaMessages;
use crate::i18n::personas::PersonaText;
use crate::i18n::Key;
use crate::model::checks::FindingKind;
use crate::state::use_locale;
use crate::widgets::dom_id;

/// Reads an age typed into a number input: blank is `None`; decimals are rounded; negatives
/// become 0; anything above 255 stays 255 (so the range check can say it is implausible instead
/// of the input silently dropping it); text that is not a number is `None`.
pub fn parse_age(text: &str) -> Option<u8> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let value: f64 = text.parse().ok()?;
    if !value.is_finite() {
        return None;
    }
    Some(value.round().clamp(0.0, 255.0) as u8)
}

/// The "age from / to" pair of a persona card.
#[component]
pub fn PersonaAgeField(
    /// The lowest age, if any.
    #[prop(into)]
    min: Field<Option<u8>>,
    /// The highest age, if any.
    #[prop(into)]
    max: Field<Option<u8>>,
    /// Findings about the ages, worded under the inputs.
    #[prop(into)]
    kinds: Signal<Vec<FindingKind>>,
) -> impl IntoView {
    let i18n = use_locale();
    let id = dom_id("persona-age");
    let hint_id = format!("{id}-hint");
    let messages_id = format!("{id}-messages");
    let described = format!("{hint_id} {messages_id}");
    let invalid = move || kinds.with(|k| !k.is_empty()).then_some("true");
    let input = move |bound: Field<Option<u8>>, suffix: &str, label: PersonaText| {
        let input_id = format!("{id}-{suffix}");
        view! {
            <div class="persona-age__bound">
                <label for=input_id.clone()>{move || i18n.t(Key::Personas(label))}</label>
                <input
                    id=input_id
                    type="number"
                    inputmode="numeric"
                    min="0"
                    max="120"
                    step="1"
                    aria-describedby=described.clone()
                    aria-invalid=invalid
                    prop:value=move || bound.try_get().flatten().map(|a| a.to_string()).unwrap_or_default()
                    on:input:target=move |ev| {
                        let parsed = parse_age(&ev.target().value());
                        // Only a real change is written, so a half-typed value is never rewritten.
                        if bound.try_get_untracked() != Some(parsed) {
                            bound.set(parsed);
                        }
                    }
                />
            </div>
        }
    };
    view! {
        <fieldset class="persona-age">
            <legend>{move || i18n.t(Key::Personas(PersonaText::AgeRange))}</legend>
            <div class="persona-age__inputs">
                {input(min, "min", PersonaText::AgeFrom)}
                <span class="persona-age__dash" aria-hidden="true">"–"</span>
                {input(max, "max", PersonaText::AgeTo)}
            </div>
            <p id=hint_id.clone() class="field__hint">{move || i18n.t(Key::Personas(PersonaText::AgeHint))}</p>
            <PersonaMessages id=messages_id.clone() kinds=kinds/>
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_parse_from_what_people_type() {
        assert_eq!(parse_age(""), None);
        assert_eq!(parse_age("  "), None);
        assert_eq!(parse_age("28"), Some(28));
        assert_eq!(parse_age(" 28 "), Some(28));
        assert_eq!(parse_age("27.6"), Some(28));
        assert_eq!(parse_age("-3"), Some(0));
        assert_eq!(parse_age("300"), Some(255));
        assert_eq!(parse_age("abc"), None);
        assert_eq!(parse_age("NaN"), None);
    }
}
