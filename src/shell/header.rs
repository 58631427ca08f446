//! The top bar: product mark and name, the plan menu and save status (hidden on the welcome view
//! while there is no plan yet: nothing to show, nothing saved), large text and the language switch.

use leptos::prelude::*;

use super::{LanguageSwitch, LargeTextToggle, PlanMenu, SaveIndicator};
use crate::i18n::AppText;
use crate::i18n::Key;
use crate::model::route::Route;
use crate::state::use_workspace;
use crate::state::{use_locale, use_route};

/// The application header.
#[component]
pub fn AppHeader() -> impl IntoView {
    let i18n = use_locale();
    let ws = use_workspace();
    let route = use_route().0;
    let newcomer =
        move || route.with(|r| *r == Route::Welcome) && ws.index.with(|i| i.plans.is_empty());
    view! {
        <header class="app-header">
            <a class="brand" href="#/strategy">
                <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                    <rect x="3" y="4" width="26" height="24" rx="5" fill="currentColor"/>
                    <path d="M9 11h14M9 16h10M9 21h7" stroke="#fff" stroke-width="2.5" stroke-linecap="round"/>
                </svg>
                <span class="brand-name">{move || i18n.t(Key::App(AppText::AppName))}</span>
            </a>
            <div class="header-tools">
                <Show when=move || !newcomer()>
                    <PlanMenu/>
                    <SaveIndicator/>
                </Show>
                <LargeTextToggle/>
                <LanguageSwitch/>
            </div>
        </header>
    }
}
