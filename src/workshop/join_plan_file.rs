//! Asking for the facilitator's plan when the join link could not carry it: a file picker and a
//! paste box, both read through the normal import checks (the plan reader). Reading changes
//! nothing; the plan read is handed to the join page, which uses it once a table is picked.

use leptos::prelude::*;

use crate::i18n::workshop_join::JoinText as J;
use crate::i18n::{tf, AppText};
use crate::io::import::{ImportError, MAX_IMPORT_BYTES};
use crate::model::Plan;
use crate::state::use_locale;
use crate::web::chunks::PieceError;
use crate::web::reader::{self, ReadResult};
use crate::widgets::{PasteClasses, PasteField};

/// Where reading the plan stands.
#[derive(Clone)]
enum Reading {
    Idle,
    Busy,
    Ready(String),
    Refused(ImportError),
    ReaderMissing,
}

/// Reads `file` (after checking its size) through the import checks.
async fn read_file(file: web_sys::File) -> Result<ReadResult, PieceError> {
    let size = file.size() as usize;
    if size > MAX_IMPORT_BYTES {
        return Ok(Err(ImportError::TooLarge {
            bytes: size,
            limit: MAX_IMPORT_BYTES,
        }));
    }
    let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await else {
        return Ok(Err(ImportError::NotText));
    };
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    reader::read_bytes_when_loaded(&bytes).await
}

/// The file picker and paste box for the facilitator's plan; `on_plan` gets the plan read.
#[component]
pub fn JoinPlanFile(
    /// Why the plan is asked for (it did not fit into the link, or the link's copy failed).
    #[prop(into)]
    reason: Signal<String>,
    /// Runs with the facilitator's plan once it passed the import checks.
    on_plan: Callback<Plan>,
) -> impl IntoView {
    let i18n = use_locale();
    let state = RwSignal::new(Reading::Idle);
    let pasted = RwSignal::new(String::new());
    let settle = move |read: Result<ReadResult, PieceError>| match read {
        Ok(Ok(preview)) => {
            state.set(Reading::Ready(preview.plan.name.clone()));
            on_plan.run(preview.plan);
        }
        Ok(Err(err)) => state.set(Reading::Refused(err)),
        Err(PieceError) => state.set(Reading::ReaderMissing),
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            state.set(Reading::Busy);
            leptos::task::spawn_local(async move { settle(read_file(file).await) });
        }
        input.set_value("");
    };
    let use_text = move |text: String| {
        state.set(Reading::Busy);
        leptos::task::spawn_local(async move {
            settle(reader::read_text_when_loaded(&text).await);
        });
    };
    let result = move || match state.get() {
        Reading::Idle => ().into_any(),
        Reading::Busy => view! { <p>{move || i18n.t(J::PlanReading)}</p> }.into_any(),
        Reading::Ready(name) => {
            let text = move || tf(i18n.get(), J::PlanReady, &[("name", &name)]);
            view! { <p class="message message--success">{text}</p> }.into_any()
        }
        Reading::Refused(err) => {
            let text = move || err.message(i18n.get());
            view! { <p class="message message--error">{text}</p> }.into_any()
        }
        Reading::ReaderMissing => {
            view! { <p class="message message--error">{move || i18n.t(AppText::PieceFailed)}</p> }
                .into_any()
        }
    };
    view! {
        <section class="card join-plan-file" aria-labelledby="join-plan-file-reason">
            <p id="join-plan-file-reason">{move || reason.get()}</p>
            <label class="button button--secondary file-button">
                {move || i18n.t(J::PlanChooseFile)}
                <input
                    type="file"
                    class="visually-hidden join-plan-file__input"
                    accept=".json,application/json,text/plain"
                    on:change=on_pick
                />
            </label>
            <PasteField
                id="join-plan-paste"
                label=J::PlanPasteLabel
                action=J::PlanUseText
                text=pasted
                on_read=Callback::new(use_text)
                classes=PasteClasses { button: "join-plan-file__use", ..PasteClasses::default() }
            />
            <div class="join-plan-file__result" role="status" aria-live="polite">{result}</div>
        </section>
    }
}
