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
        // The texts of the other language arrive first (pieces of their own: both halves once
        // the late half of the current one is here, as a later step may be open); only then does
        // the page switch, so no text is ever missing. A failed download says so.
        let choose = move |_| {
            let whole = crate::i18n::is_late_loaded(i18n.0.get_untracked());
            leptos::task::spawn_local(async move {
                let loaded = if whole {
                    texts::load_whole(locale).await
                } else {
                    texts::load(locale).await
                };
                match loaded {
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
