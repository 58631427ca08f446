//! "Start from an example": the worked examples of the method (a café, a manufacturer, a school),
//! each with who it is and what it teaches, opened as a new plan beside the user's own.

use leptos::prelude::*;

use super::Modal;
use crate::context::use_locale;
use crate::i18n::{Key, Locale};
use crate::model::examples::{example_summary, example_title, Example};
use crate::workspace::use_workspace;

/// The example picker.
#[component]
pub fn ExamplePickerDialog(open: RwSignal<bool>) -> impl IntoView {
    let i18n = use_locale();
    let ws = use_workspace();
    let title = Signal::derive(move || i18n.t(Key::ExamplesTitle).to_string());
    let cards = move || {
        Example::ALL
        .into_iter()
        .map(|example| {
            let chinese = move || i18n.get() == Locale::ZhCn;
            let heading_id = format!("example-{example:?}").to_lowercase();
            let labelled_by = heading_id.clone();
            view! {
                <li class="example-card" aria-labelledby=labelled_by>
                    <h3 id=heading_id class="example-card__title">{move || example_title(example, chinese())}</h3>
                    <p class="example-card__summary">{move || example_summary(example, chinese())}</p>
                    <button
                        type="button"
                        class="button button--primary"
                        on:click=move |_| {
                            open.set(false);
                            ws.open_example(example, i18n.get());
                        }
                    >
                        {move || i18n.t(Key::ExampleOpen)}
                        <span class="visually-hidden">": "{move || example_title(example, chinese())}</span>
                    </button>
                </li>
            }
        })
        .collect_view()
    };
    view! {
        <Modal open=open title=title title_id="example-picker-title">
            <p class="modal__lead">{move || i18n.t(Key::ExamplesIntro)}</p>
            <ul class="example-cards">{cards}</ul>
            <div class="dialog-actions">
                <button type="button" class="button button--secondary" on:click=move |_| open.set(false)>
                    {move || i18n.t(Key::Cancel)}
                </button>
            </div>
        </Modal>
    }
}
