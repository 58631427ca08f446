//! A short message at the foot of the screen, with Undo where an action can be undone. Ctrl+Z
//! (⌘Z on a Mac) undoes it from anywhere outside a text field, so nobody has to Tab all the way
//! down to the button.

use leptos::prelude::*;

use crate::i18n::handbook::ShareText;
use crate::i18n::AppText;
use crate::i18n::Key;
use crate::state::use_locale;
use crate::state::{use_workspace, Toast};

/// Whether focus is in a place where Ctrl+Z already means "undo my typing".
fn typing_target() -> bool {
    crate::web::focus::active_element().is_some_and(|el| {
        let tag = el.tag_name().to_ascii_lowercase();
        matches!(tag.as_str(), "input" | "textarea" | "select") || el.is_content_editable()
    })
}

/// The toast's undo, if it has one.
fn undo_of(toast: &Toast, ws: crate::state::Workspace) -> Option<Callback<()>> {
    match toast {
        Toast::PlanDeleted(_) => Some(Callback::new(move |_| ws.undo_delete())),
        Toast::Undoable { undo, .. } => Some(*undo),
        _ => None,
    }
}

/// The toast, announced politely; it stays until dismissed so nobody misses an undo.
#[component]
pub fn ToastBar() -> impl IntoView {
    let i18n = use_locale();
    let ws = use_workspace();
    let run_undo = move |undo: Callback<()>| {
        // Undo first: it may read the toast it belongs to.
        undo.run(());
        if matches!(ws.toast.get_untracked(), Some(Toast::Undoable { .. })) {
            ws.toast.set(None);
        }
    };
    let shortcut = window_event_listener(leptos::ev::keydown, move |ev| {
        let undo_keys = (ev.ctrl_key() || ev.meta_key()) && !ev.shift_key() && !ev.alt_key();
        if !undo_keys || !ev.key().eq_ignore_ascii_case("z") || typing_target() {
            return;
        }
        if let Some(undo) = ws
            .toast
            .with_untracked(|t| t.as_ref().and_then(|t| undo_of(t, ws)))
        {
            ev.prevent_default();
            run_undo(undo);
        }
    });
    on_cleanup(move || shortcut.remove());
    let content = move || {
        ws.toast.get().map(|toast| {
            let undo = undo_of(&toast, ws);
            let text = match toast {
                Toast::PlanDeleted(plan) => format!("{} {}", i18n.t(Key::App(AppText::PlanDeletedToast)), plan.name),
                Toast::Imported(name) => format!("{} {}", i18n.t(Key::App(AppText::ImportedToast)), name),
                Toast::Updated => i18n.t(Key::App(AppText::UpdatedToast)).to_string(),
                Toast::PieceFailed => i18n.t(Key::App(AppText::PieceFailed)).to_string(),
                Toast::ExampleOpened(name) => format!("{} {}", i18n.t(Key::App(AppText::ExampleOpenedToast)), name),
                Toast::SharedAdded(name) => {
                    crate::i18n::labelled(i18n.get(), i18n.t(Key::Share(ShareText::Added)), &name)
                }
                Toast::Undoable { message, .. } => message,
            };
            view! {
                <div class="toast">
                    <p class="toast__text">{text}</p>
                    {undo.map(|undo| view! {
                        <button
                            type="button"
                            class="button button--secondary"
                            aria-keyshortcuts="Control+Z Meta+Z"
                            on:click=move |_| run_undo(undo)
                        >
                            {move || i18n.t(Key::App(AppText::Undo))}
                        </button>
                        <kbd class="toast__key" aria-hidden="true">"Ctrl+Z"</kbd>
                    })}
                    <button type="button" class="button button--ghost" on:click=move |_| ws.toast.set(None)>
                        {move || i18n.t(Key::App(AppText::Dismiss))}
                    </button>
                </div>
            }
        })
    };
    view! { <div class="toast-region" role="status" aria-live="polite">{content}</div> }
}
