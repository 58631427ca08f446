//! A box to paste a text into (a plan file's text, links, a bundle) with the button that reads
//! it: the way in wherever a file is accepted, for browsers where picking a file fails.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::state::use_locale;

/// The labelled box and its button; the button hands the box's text to `on_read`.
#[component]
pub fn PasteField(
    /// The box's id (unique on the page).
    #[prop(into)]
    id: String,
    /// What to paste here.
    #[prop(into)]
    label: Key,
    /// The button's words.
    #[prop(into)]
    action: Key,
    /// The box's text (kept by the caller, e.g. to clear it once read).
    text: RwSignal<String>,
    /// Receives the text when the button is pressed.
    on_read: Callback<String>,
    /// Lines the box shows.
    #[prop(default = 4)]
    rows: u32,
    /// More classes for the field, the box and the button (tests and styles find them by these).
    #[prop(optional)]
    classes: PasteClasses,
) -> impl IntoView {
    let i18n = use_locale();
    view! {
        <div class=format!("field {}", classes.field).trim_end().to_string()>
            <label for=id.clone()>{move || i18n.t(label)}</label>
            <textarea id=id class=(!classes.area.is_empty()).then_some(classes.area) rows=rows spellcheck="false" bind:value=text></textarea>
            <button
                type="button"
                class=format!("button button--secondary {}", classes.button).trim_end().to_string()
                on:click=move |_| on_read.run(text.get_untracked())
            >
                {move || i18n.t(action)}
            </button>
        </div>
    }
}

/// Extra classes of a [`PasteField`]'s parts.
#[derive(Clone, Copy, Debug, Default)]
pub struct PasteClasses {
    /// On the field around label, box and button.
    pub field: &'static str,
    /// On the text box.
    pub area: &'static str,
    /// On the button.
    pub button: &'static str,
}
