//! The top bar: product mark and name, and the language switch.

use leptos::prelude::*;

use super::{LanguageSwitch, LargeTextToggle, PlanMenu, SaveIndicator};
use crate::context::use_locale;
use crate::i18n::Key;

/// The application header.
#[component]
pub fn AppHeader() -> impl IntoView {
    let i18n = use_locale();
    view! {
        <header class="app-header">
            <a class="brand" href="#/strategy">
                <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                    <rect x="3" y="4" width="26" height="24" rx="5" fill="currentColor"/>
                    <path d="M9 11h14M9 16h10M9 21h7" stroke="#fff" stroke-width="2.5" stroke-linecap="round"/>
                </svg>
                <span class="brand-name">{move || i18n.t(Key::AppName)}</span>
            </a>
            <div class="header-tools">
                <PlanMenu/>
                <SaveIndicator/>
                <LargeTextToggle/>
                <LanguageSwitch/>
            </div>
        </header>
    }
}
