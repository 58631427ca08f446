//! The empty state of a list: why it matters, the main action, and "start from an example".

use leptos::prelude::*;

use crate::i18n::shared::SharedText;
use crate::i18n::Key;
use crate::state::use_locale;

/// Shown in place of an empty list.
#[component]
pub fn EmptyState(
    /// One sentence on why this list matters.
    why: Key,
    /// The label of the main action.
    action: Key,
    /// Runs the main action.
    on_action: Callback<()>,
    /// Fills the list from a worked example, when one exists.
    #[prop(default = None, into)]
    on_example: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_locale();
    view! {
        <div class="empty-state">
            <p class="empty-state__why">{move || i18n.t(why)}</p>
            <div class="empty-state__actions">
                <button type="button" class="button button--primary" on:click=move |_| on_action.run(())>
                    {move || i18n.t(action)}
                </button>
                {on_example.map(|example| view! {
                    <button type="button" class="button button--secondary" on:click=move |_| example.run(())>
                        {move || i18n.t(Key::Shared(SharedText::StartFromExample))}
                    </button>
                })}
            </div>
        </div>
    }
}
