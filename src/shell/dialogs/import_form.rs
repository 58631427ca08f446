//! The import form: a file (picker or drop) or pasted text is checked and summarised, and nothing
//! changes until the user picks "replace" or "add as new". Used by the import dialog and the
//! welcome view.

use leptos::prelude::*;

use super::ImportSummary;
use crate::i18n::AppText;
use crate::i18n::Key;
use crate::io::import::{ImportError, ImportPreview, MAX_IMPORT_BYTES};
use crate::state::use_locale;
use crate::state::use_workspace;
use crate::web::browser::measured;
use crate::web::chunks::PieceError;
use crate::web::reader;
use crate::widgets::PasteField;

/// The User Timing measure around the import checks (read by the benchmark).
const IMPORT_MEASURE: &str = "social-playbook:import";

/// Where the import stands.
#[derive(Clone)]
enum ImportState {
    Idle,
    Reading,
    Ready(Box<ImportPreview>),
    Failed(ImportError),
    /// The plan reader could not be downloaded; nothing was read, the user can try again.
    ReaderMissing,
}

impl ImportState {
    fn of(read: Result<Result<ImportPreview, ImportError>, PieceError>) -> ImportState {
        match read {
            Ok(Ok(preview)) => ImportState::Ready(Box::new(preview)),
            Ok(Err(err)) => ImportState::Failed(err),
            Err(PieceError) => ImportState::ReaderMissing,
        }
    }
}

/// Reads `file` (after checking its size) and runs the import checks on its bytes.
async fn read_file(file: web_sys::File) -> ImportState {
    let size = file.size() as usize;
    if size > MAX_IMPORT_BYTES {
        return ImportState::Failed(ImportError::TooLarge {
            bytes: size,
            limit: MAX_IMPORT_BYTES,
        });
    }
    let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await else {
        return ImportState::Failed(ImportError::NotText);
    };
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    if reader::load().await.is_err() {
        return ImportState::ReaderMissing;
    }
    ImportState::of(measured(IMPORT_MEASURE, || {
        reader::read_bytes(&bytes).ok_or(PieceError)
    }))
}

/// The import form.
#[component]
pub fn ImportForm(
    /// Clears the form each time it turns true (the dialog passes its `open` signal).
    #[prop(into)]
    fresh: Signal<bool>,
    /// Runs after the plan was applied.
    on_done: Callback<()>,
    /// Offer only "add as a new plan" (when there is no open plan worth replacing).
    #[prop(optional)]
    add_only: bool,
    /// Prefix of the form's element ids (`<id>-paste`, test id `<id>-file`), unique per page.
    id: &'static str,
) -> impl IntoView {
    let paste_id = format!("{id}-paste");
    let file_test_id = format!("{id}-file");
    let i18n = use_locale();
    let ws = use_workspace();
    let state = RwSignal::new(ImportState::Idle);
    let pasted = RwSignal::new(String::new());
    let dragging = RwSignal::new(false);
    Effect::new(move || {
        if fresh.get() {
            state.set(ImportState::Idle);
            pasted.set(String::new());
        }
    });

    let take_file = move |file: web_sys::File| {
        state.set(ImportState::Reading);
        leptos::task::spawn_local(async move {
            state.set(read_file(file).await);
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            take_file(file);
        }
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|dt| dt.files())
            .and_then(|files| files.get(0))
        {
            take_file(file);
        }
    };
    let on_drag_over = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(true);
    };
    let check_pasted = move |text: String| {
        state.set(ImportState::Reading);
        leptos::task::spawn_local(async move {
            if reader::load().await.is_err() {
                return state.set(ImportState::ReaderMissing);
            }
            state.set(ImportState::of(measured(IMPORT_MEASURE, || {
                reader::read_text(&text).ok_or(PieceError)
            })));
        });
    };
    let apply = move |add_new: bool| {
        if let ImportState::Ready(preview) = state.get_untracked() {
            if add_new {
                ws.import_add(preview.plan);
            } else {
                ws.import_replace(preview.plan);
            }
            on_done.run(());
        }
    };

    let result = move || match state.get() {
        ImportState::Idle => ().into_any(),
        ImportState::Reading => {
            view! { <p role="status">{move || i18n.t(Key::App(AppText::ImportReading))}</p> }
                .into_any()
        }
        ImportState::ReaderMissing => view! {
            <div class="message message--error" role="alert">
                <p>{move || i18n.t(Key::App(AppText::PieceFailed))}</p>
            </div>
        }
        .into_any(),
        ImportState::Failed(err) => {
            let text = move || err.message(i18n.get());
            view! {
                <div class="message message--error" role="alert">
                    <p><strong>{text}</strong></p>
                    <p>{move || i18n.t(Key::App(AppText::ImportUnchanged))}</p>
                </div>
            }
            .into_any()
        }
        ImportState::Ready(preview) => {
            view! { <ImportSummary preview=*preview apply=Callback::new(apply) add_only=add_only/> }
                .into_any()
        }
    };

    view! {
            <div
                class="drop-zone"
                class:drop-zone--active=move || dragging.get()
                on:dragover=on_drag_over
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <label class="button button--secondary file-button">
                    {move || i18n.t(Key::App(AppText::ImportChooseFile))}
                    <input
                        type="file"
                        class="visually-hidden"
                        accept=".json,application/json"
                        data-testid=file_test_id
                        on:change=on_pick
                    />
                </label>
                <span class="drop-zone__hint">{move || i18n.t(Key::App(AppText::ImportDropHere))}</span>
            </div>
            <PasteField
                id=paste_id
                label=AppText::ImportPasteLabel
                action=AppText::ImportCheck
                text=pasted
                on_read=Callback::new(check_pasted)
            />
            <div class="import-result" aria-live="polite">{result}</div>
    }
}
