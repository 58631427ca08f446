//! Asks once before deleting the open plan; the deletion can then be undone from the toast.

use leptos::prelude::*;

use crate::i18n::AppText;
use crate::i18n::Key;
use crate::model::PlanStoreFields;
use crate::state::use_locale;
use crate::state::use_workspace;
use crate::widgets::Modal;

/// The delete confirmation.
#[component]
pub fn DeletePlanDialog(open: RwSignal<bool>) -> impl IntoView {
    let i18n = use_locale();
    let ws = use_workspace();
    let title = Signal::derive(move || i18n.t(Key::App(AppText::DeleteConfirmTitle)).to_string());
    view! {
        <Modal open=open title=title title_id="delete-plan-title">
            <p class="modal__lead"><strong>{move || ws.store.get().name().get()}</strong></p>
            <p>{move || i18n.t(Key::App(AppText::DeleteConfirmText))}</p>
            <div class="dialog-actions">
                <button type="button" class="button button--secondary" on:click=move |_| open.set(false)>
                    {move || i18n.t(Key::App(AppText::Cancel))}
                </button>
                <button
                    type="button"
                    class="button button--danger-solid"
                    on:click=move |_| {
                        open.set(false);
                        ws.delete_current(i18n.get());
                    }
                >
                    {move || i18n.t(Key::App(AppText::PlanDelete))}
                </button>
            </div>
        </Modal>
    }
}
