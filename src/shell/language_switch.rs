//! zh-CN / English switch. Each option is labelled in its own language, so a visitor who cannot
//! read the current one still finds theirs.

use leptos::prelude::*;

use crate::i18n::AppText;
use crate::i18n::{Key, Locale};
use crate::state::{use_locale, use_workspace, Toast};
use crate::web::{storage, texts};

/// A two-option segmented control that changes and remembers the interface language.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_locale();
    let ws = use_workspace();
    let options = Locale::ALL.map(|locale| {
        // The texts of the other language arrive first (a piece of their own); only then does
        // the page switch, so no text is ever missing. A failed download says so.
        let choose = move |_| {
            leptos::task::spawn_local(async move {
                match texts::load(locale).await {
                    Ok(()) => {
                        i18n.0.set(locale);
                        storage::save_locale(locale);
                    }
                    Err(_) => ws.toast.set(Some(Toast::PieceFailed)),
                }
            });
        };
        view! {
            <button
                type="button"
                class="segmented__option"
                lang=locale.tag()
                aria-pressed=move || (i18n.get() == locale).to_string()
                on:click=choose
                on:pointerenter=move |_| texts::prefetch(locale)
                on:focus=move |_| texts::prefetch(locale)
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
