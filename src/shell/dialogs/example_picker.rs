//! "Start from an example": the worked examples of the method (a café, a manufacturer, a school),
//! each with who it is and what it teaches, opened as a new plan beside the user's own.

use leptos::prelude::*;

use super::ExampleList;
use crate::i18n::AppText;
use crate::i18n::Key;
use crate::state::use_locale;
use crate::widgets::Modal;

/// The example picker.
#[component]
pub fn ExamplePickerDialog(open: RwSignal<bool>) -> impl IntoView {
    let i18n = use_locale();
    let title = Signal::derive(move || i18n.t(Key::App(AppText::ExamplesTitle)).to_string());
    view! {
        <Modal open=open title=title title_id="example-picker-title">
            <p class="modal__lead">{move || i18n.t(Key::App(AppText::ExamplesIntro))}</p>
            <ExampleList id="example" on_opened=Callback::new(move |_| open.set(false))/>
            <div class="dialog-actions">
                <button type="button" class="button button--secondary" on:click=move |_| open.set(false)>
                    {move || i18n.t(Key::App(AppText::Cancel))}
                </button>
            </div>
        </Modal>
    }
}
