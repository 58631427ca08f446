//! The actions of a persona card: duplicate, move up, move down, delete. Every button's
//! accessible name includes the persona's name; moving keeps focus on the button pressed.

use leptos::html::Button;
use leptos::prelude::*;

use crate::i18n::personas::{named, PersonaText};
use crate::i18n::shared::SharedText;
use crate::i18n::Key;
use crate::state::use_locale;

/// What a card asks the list to do with its persona.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonaAction {
    Duplicate,
    MoveUp,
    MoveDown,
    Delete,
}

/// The toolbar of a persona card.
#[component]
pub fn PersonaCardActions(
    /// The persona's name as shown (never blank).
    #[prop(into)]
    name: Signal<String>,
    /// True for the first card (it cannot move up).
    #[prop(into)]
    is_first: Signal<bool>,
    /// True for the last card (it cannot move down).
    #[prop(into)]
    is_last: Signal<bool>,
    /// Runs an action on this persona.
    on_action: Callback<PersonaAction>,
) -> impl IntoView {
    let i18n = use_locale();
    let button = move |action: PersonaAction,
                       label: PersonaText,
                       visible: Key,
                       icon: &'static str,
                       class: &'static str,
                       blocked: Option<Signal<bool>>| {
        let node = NodeRef::<Button>::new();
        let blocked = move || blocked.is_some_and(|b| b.get());
        view! {
            <button
                type="button"
                node_ref=node
                class=format!("button {class} persona-card__action")
                aria-label=move || named(i18n.get(), i18n.t(Key::Personas(label)), &name.get())
                aria-disabled=move || blocked().then_some("true")
                on:click=move |_| {
                    if blocked() {
                        return;
                    }
                    on_action.run(action);
                    if matches!(action, PersonaAction::MoveUp | PersonaAction::MoveDown) {
                        // The card's element moves in the list, which takes focus away: give it back.
                        request_animation_frame(move || {
                            if let Some(el) = node.get_untracked() {
                                let _ = el.focus();
                            }
                        });
                    }
                }
            >
                <span aria-hidden="true" class="persona-card__action-icon">{icon}</span>
                <span class="persona-card__action-text">{move || i18n.t(visible)}</span>
            </button>
        }
    };
    view! {
        <div class="persona-card__actions">
            {button(PersonaAction::Duplicate, PersonaText::DuplicatePersona, Key::Shared(SharedText::Duplicate), "❏", "button--secondary", None)}
            {button(PersonaAction::MoveUp, PersonaText::MovePersonaUp, Key::Shared(SharedText::MoveUp), "↑", "button--secondary", Some(is_first))}
            {button(PersonaAction::MoveDown, PersonaText::MovePersonaDown, Key::Shared(SharedText::MoveDown), "↓", "button--secondary", Some(is_last))}
            {button(PersonaAction::Delete, PersonaText::DeletePersona, Key::Shared(SharedText::Delete), "✕", "button--danger", None)}
        </div>
    }
}
