//! How complete a persona is: a meter and the same figure in words, naming what is missing.

use leptos::prelude::*;

use crate::i18n::personas::{meter_text, PersonaText};
use crate::i18n::Key;
use crate::model::checks::{Completeness, PersonaPart};
use crate::state::use_locale;
use crate::widgets::dom_id;

/// The completeness meter of a persona card.
#[component]
pub fn PersonaMeter(
    /// The persona's completeness.
    #[prop(into)]
    completeness: Signal<Completeness<PersonaPart>>,
) -> impl IntoView {
    let i18n = use_locale();
    let id = dom_id("persona-meter");
    let label_id = format!("{id}-label");
    let text_id = format!("{id}-text");
    let text = move || completeness.with(|c| meter_text(i18n.get(), c.done, c.total, &c.missing));
    let percent = move || completeness.with(|c| c.percent());
    view! {
        <div class=move || {
            if completeness.with(|c| c.is_complete()) {
                "persona-meter persona-meter--complete"
            } else {
                "persona-meter"
            }
        }>
            <span id=label_id.clone() class="persona-meter__label">
                {move || i18n.t(Key::Personas(PersonaText::Completeness))}
                " "
                <span class="persona-meter__percent">{move || format!("{}%", percent())}</span>
            </span>
            <meter
                id=id
                class="persona-meter__bar"
                min="0"
                max=move || completeness.with(|c| c.total)
                prop:value=move || completeness.with(|c| c.done as f64)
                aria-labelledby=format!("{label_id} {text_id}")
            ></meter>
            <span id=text_id class="persona-meter__text">{text}</span>
        </div>
    }
}
