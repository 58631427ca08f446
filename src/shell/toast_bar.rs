//! A short message at the foot of the screen, with Undo where an action can be undone. Ctrl+Z
//! (⌘Z on a Mac) undoes it from anywhere outside a text field, so nobody has to Tab all the way
//! down to the button.
//!
//! A toast with an undo (or about a failure) stays until dismissed. A notice that only tells
//! ([`Toast::is_notice`]) leaves by itself [`NOTICE_LIFETIME`] after it appeared (not while the
//! pointer or keyboard focus is on it) and when the user moves to another step.

use std::time::Duration;

use leptos::prelude::*;

use crate::i18n::handbook::ShareText;
use crate::i18n::AppText;
use crate::i18n::Key;
use crate::state::use_locale;
use crate::state::{use_workspace, CurrentStep, Toast};

/// How long a notice stays when nobody is reading it.
pub const NOTICE_LIFETIME: Duration = Duration::from_secs(6);

/// A step change this soon after a notice appeared belongs to the action that raised it (opening
/// an example lands on its handbook) and leaves the notice in place.
const STEP_GRACE_MS: f64 = 1_500.0;

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

/// The toast, announced politely; one with an undo stays until dismissed so nobody misses it.
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

    // Notices leave by themselves: after their lifetime unless held (pointer or focus on them),
    // and at the next step.
    let is_notice = move || {
        ws.toast
            .with_untracked(|t| t.as_ref().is_some_and(Toast::is_notice))
    };
    let generation = StoredValue::new(0u64);
    let shown_at = StoredValue::new(0.0f64);
    let expired = RwSignal::new(false);
    let held = RwSignal::new(false);
    Effect::new(move |_| {
        ws.toast.track();
        let current = generation.get_value() + 1;
        generation.set_value(current);
        shown_at.set_value(js_sys::Date::now());
        expired.set(false);
        if is_notice() {
            set_timeout(
                move || {
                    if generation.try_get_value() == Some(current) {
                        expired.try_set(true);
                    }
                },
                NOTICE_LIFETIME,
            );
        }
    });
    Effect::new(move |_| {
        if expired.get() && !held.get() && is_notice() {
            ws.toast.set(None);
        }
    });
    if let Some(CurrentStep(step)) = use_context::<CurrentStep>() {
        Effect::new(move |previous: Option<crate::model::Step>| {
            let now = step.get();
            let moved = previous.is_some_and(|p| p != now);
            if moved && is_notice() && js_sys::Date::now() - shown_at.get_value() > STEP_GRACE_MS {
                ws.toast.set(None);
            }
            now
        });
    }

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
    view! {
        <div
            class="toast-region"
            role="status"
            aria-live="polite"
            on:pointerenter=move |_| held.set(true)
            on:pointerleave=move |_| held.set(false)
            on:focusin=move |_| held.set(true)
            on:focusout=move |_| held.set(false)
        >
            {content}
        </div>
    }
}
