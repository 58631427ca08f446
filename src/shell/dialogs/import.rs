//! Import a plan from a file (picker or drop) or pasted text, in a dialog opened from the plan
//! menu. The form itself is [`super::ImportForm`].

use leptos::prelude::*;

use super::ImportForm;
use crate::i18n::AppText;
use crate::i18n::Key;
use crate::state::use_locale;
use crate::widgets::Modal;

/// The import dialog.
#[component]
pub fn ImportDialog(open: RwSignal<bool>) -> impl IntoView {
    let i18n = use_locale();
    let title = Signal::derive(move || i18n.t(Key::App(AppText::ImportTitle)).to_string());
    view! {
        <Modal open=open title=title title_id="import-title">
            <p>{move || i18n.t(Key::App(AppText::ImportIntro))}</p>
            <ImportForm id="import" fresh=open on_done=Callback::new(move |_| open.set(false))/>
            <div class="dialog-actions">
                <button type="button" class="button button--secondary" on:click=move |_| open.set(false)>
                    {move || i18n.t(Key::App(AppText::Cancel))}
                </button>
            </div>
        </Modal>
    }
}
