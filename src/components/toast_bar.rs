//! A short message at the foot of the screen, with Undo where an action can be undone.

use leptos::prelude::*;

use crate::context::use_locale;
use crate::i18n::handbook::ShareText;
use crate::i18n::Key;
use crate::workspace::{use_workspace, Toast};

/// The toast, announced politely; it stays until dismissed so nobody misses an undo.
#[component]
pub fn ToastBar() -> impl IntoView {
    let i18n = use_locale();
    let ws = use_workspace();
    let content = move || {
        ws.toast.get().map(|toast| {
            let (text, undo) = match toast {
                Toast::PlanDeleted(plan) => {
                    (format!("{} {}", i18n.t(Key::PlanDeletedToast), plan.name), Some(Callback::new(move |_| ws.undo_delete())))
                }
                Toast::Imported(name) => (format!("{} {}", i18n.t(Key::ImportedToast), name), None),
                Toast::Updated => (i18n.t(Key::UpdatedToast).to_string(), None),
                Toast::ExampleOpened(name) => (format!("{} {}", i18n.t(Key::ExampleOpenedToast), name), None),
                Toast::SharedAdded(name) => (
                    crate::i18n::labelled(i18n.get(), i18n.t(Key::Share(ShareText::Added)), &name),
                    None,
                ),
                Toast::Undoable { message, undo } => (message, Some(undo)),
            };
            view! {
                <div class="toast">
                    <p class="toast__text">{text}</p>
                    {undo.map(|undo| view! {
                        <button
                            type="button"
                            class="button button--secondary"
                            on:click=move |_| {
                                // Undo first: it may read the toast it belongs to.
                                undo.run(());
                                if matches!(ws.toast.get_untracked(), Some(Toast::Undoable { .. })) {
                                    ws.toast.set(None);
                                }
                            }
                        >
                            {move || i18n.t(Key::Undo)}
                        </button>
                    })}
                    <button type="button" class="button button--ghost" on:click=move |_| ws.toast.set(None)>
                        {move || i18n.t(Key::Dismiss)}
                    </button>
                </div>
            }
        })
    };
    view! { <div class="toast-region" role="status" aria-live="polite">{content}</div> }
}
