//! The avatar of a persona: the user's own initials or emoji, and its colour from the
//! colour-blind-safe palette (a radio group whose options are named, not only shown).

use leptos::prelude::*;
use reactive_stores::Field;

use super::PersonaAvatar;
use crate::i18n::personas::{PersonaText, COLOUR_NAMES};
use crate::i18n::Key;
use crate::state::use_locale;
use crate::widgets::dom_id;

/// The avatar text and colour of a persona card, with a live preview.
#[component]
pub fn PersonaAvatarField(
    /// The user's own initials or emoji.
    #[prop(into)]
    avatar: Field<String>,
    /// The palette index (0–7).
    #[prop(into)]
    colour: Field<u8>,
    /// The persona's name, for the initials in the preview.
    #[prop(into)]
    name: Signal<String>,
) -> impl IntoView {
    let i18n = use_locale();
    let id = dom_id("persona-avatar");
    let hint_id = format!("{id}-hint");
    let group = format!("{id}-colour");
    let current = move || colour.try_get().unwrap_or_default();
    let options = COLOUR_NAMES
        .iter()
        .enumerate()
        .map(|(index, label)| {
            let index = index as u8;
            let label = *label;
            let option_id = format!("{group}-{index}");
            view! {
                <span class="persona-colour">
                    <input
                        id=option_id.clone()
                        type="radio"
                        class="persona-colour__input"
                        name=group.clone()
                        value=index.to_string()
                        style:background=format!("var(--series-{})", index + 1)
                        prop:checked=move || current() % 8 == index
                        on:change=move |_| colour.set(index)
                    />
                    <label for=option_id class="visually-hidden">{move || i18n.t(Key::Personas(label))}</label>
                </span>
            }
        })
        .collect_view();
    let chosen_name = move || i18n.t(Key::Personas(COLOUR_NAMES[usize::from(current() % 8)]));
    view! {
        <div class="persona-avatar-field">
            <PersonaAvatar
                avatar=Signal::derive(move || avatar.try_get().unwrap_or_default())
                name=name
                colour=Signal::derive(current)
                class="persona-avatar--preview"
            />
            <div class="field persona-field">
                <label for=id.clone()>{move || i18n.t(Key::Personas(PersonaText::AvatarLabel))}</label>
                <input
                    id=id
                    type="text"
                    class="persona-avatar-field__input"
                    maxlength="8"
                    autocomplete="off"
                    aria-describedby=hint_id.clone()
                    prop:value=move || avatar.try_get().unwrap_or_default()
                    on:input:target=move |ev| avatar.set(ev.target().value())
                />
                <p id=hint_id class="field__hint">{move || i18n.t(Key::Personas(PersonaText::AvatarHint))}</p>
            </div>
            <fieldset class="persona-colours">
                <legend>
                    {move || i18n.t(Key::Personas(PersonaText::ColourLabel))}
                    <span class="persona-colours__current">{chosen_name}</span>
                </legend>
                <div class="persona-colours__options">{options}</div>
            </fieldset>
        </div>
    }
}
