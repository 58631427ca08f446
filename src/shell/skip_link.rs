//! The first focusable element: jumps keyboard users past the header and step list.

use leptos::prelude::*;

use crate::i18n::AppText;
use crate::i18n::Key;
use crate::state::use_locale;

/// "Skip to the step": focuses the main region. It is a button, not an `#main` link, because the
/// URL fragment belongs to the step router.
#[component]
pub fn SkipLink() -> impl IntoView {
    let i18n = use_locale();
    let skip =
        move |_| crate::web::focus::focus_after_paint("main", crate::web::focus::Reveal::Top);
    view! {
        <button type="button" class="skip-link" on:click=skip>
            {move || i18n.t(Key::App(AppText::SkipToContent))}
        </button>
    }
}
