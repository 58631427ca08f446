//! zh-CN / English switch. Each option is labelled in its own language, so a visitor who cannot
//! read the current one still finds theirs.

use leptos::prelude::*;

use crate::i18n::AppText;
use crate::i18n::{Key, Locale};
use crate::state::use_locale;
use crate::web::storage;

/// A two-option segmented control that changes and remembers the interface language.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_locale();
    let options = Locale::ALL.map(|locale| {
        let choose = move |_| {
            i18n.0.set(locale);
            storage::save_locale(locale);
        };
        view! {
            <button
                type="button"
                class="segmented__option"
                lang=locale.tag()
                aria-pressed=move || (i18n.get() == locale).to_string()
                on:click=choose
            >
                {locale.endonym()}
            </button>
        }
    });
    view! {
        <div class="segmented language-switch" role="group" aria-label=move || i18n.t(Key::App(AppText::LanguageLabel))>
            {options}
        </div>
    }
}
