//! "New session": asks once, then puts a fresh session on the page. The current one stays in
//! storage under its own id, with everything collected for it.

use leptos::prelude::*;

use super::page::new_record;
use super::setup_form::NAME_ID;
use super::use_workshop;
use crate::i18n::workshop_page::FacilitatorText as F;
use crate::state::use_locale;
use crate::web::focus::{focus_after_paint, Reveal};
use crate::widgets::Modal;

/// The button and its confirmation dialog.
#[component]
pub fn NewSessionButton() -> impl IntoView {
    let i18n = use_locale();
    let record = use_workshop().0;
    let open = RwSignal::new(false);
    let confirm = move |_| {
        record.set(Some(new_record(i18n.0.get_untracked())));
        open.set(false);
        focus_after_paint(NAME_ID, Reveal::Nearest);
    };
    view! {
        <button type="button" class="button button--secondary workshop-new" on:click=move |_| open.set(true)>
            {move || i18n.t(F::NewSession)}
        </button>
        <Modal open=open title=Signal::derive(move || i18n.t(F::NewSessionTitle).to_string())
            title_id="workshop-new-title">
            <p>{move || i18n.t(F::NewSessionBody)}</p>
            <div class="dialog-actions">
                <button type="button" class="button button--secondary" on:click=move |_| open.set(false)>
                    {move || i18n.t(F::Cancel)}
                </button>
                <button type="button" class="button button--primary workshop-new-confirm" on:click=confirm>
                    {move || i18n.t(F::NewSessionConfirm)}
                </button>
            </div>
        </Modal>
    }
}
