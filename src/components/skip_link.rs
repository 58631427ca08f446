//! The first focusable element: jumps keyboard users past the header and step list.

use leptos::prelude::*;

use crate::context::use_locale;
use crate::i18n::Key;

/// "Skip to the step": focuses the main region. It is a button, not an `#main` link, because the
/// URL fragment belongs to the step router.
#[component]
pub fn SkipLink() -> impl IntoView {
    let i18n = use_locale();
    let skip = move |_| crate::browser::focus_after_paint("main");
    view! {
        <button type="button" class="skip-link" on:click=skip>
            {move || i18n.t(Key::SkipToContent)}
        </button>
    }
}
