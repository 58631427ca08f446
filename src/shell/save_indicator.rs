//! The quiet save status in the header: text, not only an icon.

use leptos::prelude::*;

use crate::i18n::AppText;
use crate::i18n::Key;
use crate::state::use_locale;
use crate::state::{use_workspace, SaveStatus};

/// "Saved in this browser" / "Saving…" / "Not saved", announced politely to screen readers.
#[component]
pub fn SaveIndicator() -> impl IntoView {
    let i18n = use_locale();
    let ws = use_workspace();
    let state = move || match ws.status.get() {
        SaveStatus::Saved => ("saved", Key::App(AppText::SaveSaved)),
        SaveStatus::Pending => ("pending", Key::App(AppText::SaveSaving)),
        SaveStatus::NotSaved => ("failed", Key::App(AppText::SaveNotSaved)),
        SaveStatus::MemoryOnly => ("failed", Key::App(AppText::SaveMemoryOnly)),
    };
    view! {
        <p class=move || format!("save-status save-status--{}", state().0) role="status" aria-live="polite">
            <span class="save-status__dot" aria-hidden="true"></span>
            {move || i18n.t(state().1)}
        </p>
    }
}
