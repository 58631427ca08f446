//! "Large text" for projectors: a pressed/unpressed button that scales the whole interface.

use leptos::prelude::*;

use crate::i18n::AppText;
use crate::i18n::Key;
use crate::state::{use_locale, use_ui_prefs};

/// The large-text switch in the header.
#[component]
pub fn LargeTextToggle() -> impl IntoView {
    let i18n = use_locale();
    let prefs = use_ui_prefs();
    let on = move || prefs.0.with(|p| p.large_text);
    view! {
        <button
            type="button"
            class="toggle-button"
            aria-pressed=move || on().to_string()
            on:click=move |_| prefs.0.update(|p| p.large_text = !p.large_text)
        >
            <span aria-hidden="true" class="toggle-button__icon">"A+"</span>
            <span class="toggle-button__text">{move || i18n.t(Key::App(AppText::LargeText))}</span>
        </button>
    }
}
