//! The whole workshop as one file: saving it (session and every hand-in) and opening one back,
//! which replaces the workshop on this device only when the file reads whole, with an undo. The
//! same text can be copied instead of downloaded, and pasted instead of picked (in-app browsers
//! where files fail).

use leptos::prelude::*;

use super::collect_read::files_of;
use super::use_workshop;
use crate::i18n::device::DeviceText;
use crate::i18n::workshop_room::RoomText as R;
use crate::i18n::{tf, Locale};
use crate::io::bundle::{bundle_file_name, export_bundle, read_bundle_bytes, BundleError};
use crate::model::workshop::WorkshopRecord;
use crate::state::use_locale;
use crate::web::browser;
use crate::widgets::{CopyText, PasteClasses, PasteField};

/// What the last save or open said.
#[derive(Clone, Debug, PartialEq)]
enum Said {
    Saved,
    SaveFailed,
    /// Opened: the session's name and its row count; the record it replaced, for the undo.
    Opened {
        name: String,
        rows: usize,
        before: Option<Box<WorkshopRecord>>,
    },
    Refused(BundleError),
    Undone,
}

impl Said {
    fn message(&self, locale: Locale) -> String {
        match self {
            Said::Saved => tf(locale, R::BundleSaved, &[]),
            Said::SaveFailed => tf(locale, R::BundleSaveFailed, &[]),
            Said::Opened { name, rows, .. } => {
                tf(locale, R::BundleOpened, &[("name", name), ("rows", rows)])
            }
            Said::Refused(err) => {
                let unchanged = tf(locale, R::BundleUnchanged, &[]);
                crate::i18n::join_sentences(locale, [err.message(locale).as_str(), &unchanged])
            }
            Said::Undone => tf(locale, R::BundleUndone, &[]),
        }
    }
}

/// Saving the workshop to one file and opening one back.
#[component]
pub fn CollectBundle() -> impl IntoView {
    let i18n = use_locale();
    let record = use_workshop().0;
    let said = RwSignal::new(None::<Said>);
    let has_record = Memo::new(move |_| record.with(Option::is_some));

    let save = move |_| {
        let now = browser::now();
        let file = record.with_untracked(|r| {
            r.as_ref()
                .map(|r| (bundle_file_name(r, now), export_bundle(r, now)))
        });
        if let Some((name, text)) = file {
            let ok = browser::download_text(&name, "application/json", &text);
            said.set(Some(if ok { Said::Saved } else { Said::SaveFailed }));
        }
    };
    let take = move |read: Result<WorkshopRecord, BundleError>| match read {
        Ok(opened) => {
            let name = opened.session.name.clone();
            let rows = opened.collection.rows.len();
            let before = record.get_untracked().map(Box::new);
            record.set(Some(opened));
            said.set(Some(Said::Opened { name, rows, before }));
        }
        Err(err) => said.set(Some(Said::Refused(err))),
    };
    let open = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let file = files_of(input.files()).into_iter().next();
        input.set_value("");
        let Some(file) = file else { return };
        leptos::task::spawn_local(async move {
            take(
                match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                    Ok(buffer) => read_bundle_bytes(&js_sys::Uint8Array::new(&buffer).to_vec()),
                    Err(_) => Err(BundleError::NotText),
                },
            );
        });
    };
    let pasted = RwSignal::new(String::new());
    let open_pasted = move |text: String| {
        if text.trim().is_empty() {
            return;
        }
        take(read_bundle_bytes(text.as_bytes()));
        if said.with_untracked(|s| matches!(s, Some(Said::Opened { .. }))) {
            pasted.set(String::new());
        }
    };
    let copy_text = Callback::new(move |_| {
        let now = browser::now();
        record.with_untracked(|r| {
            r.as_ref()
                .map(|r| export_bundle(r, now))
                .unwrap_or_default()
        })
    });
    let undo = move |_| {
        if let Some(Said::Opened { before, .. }) = said.get_untracked() {
            record.set(before.map(|b| *b));
            said.set(Some(Said::Undone));
        }
    };
    let can_undo = move || said.with(|s| matches!(s, Some(Said::Opened { .. })));
    let refused = move || said.with(|s| matches!(s, Some(Said::Refused(_))));

    view! {
        <div class="collect-bundle" role="group" aria-labelledby="collect-bundle-heading">
            <h3 id="collect-bundle-heading">{move || i18n.t(R::BundleHeading)}</h3>
            <p class="room-hint">{move || i18n.t(R::BundleHint)}</p>
            <div class="collect-bundle__actions">
                <Show when=move || has_record.get()>
                    <button type="button" class="button button--secondary bundle-export" on:click=save>
                        {move || i18n.t(R::BundleExport)}
                    </button>
                    <CopyText
                        text=copy_text
                        id="bundle-copy-box"
                        label=DeviceText::CopyBundle
                        copied=DeviceText::CopiedBundle
                    />
                </Show>
                <label class="button button--secondary file-button">
                    {move || i18n.t(R::BundleImport)}
                    <input
                        type="file"
                        class="visually-hidden bundle-import"
                        accept=".json,application/json"
                        on:change=open
                    />
                </label>
            </div>
            <PasteField
                id="bundle-paste"
                label=R::BundlePasteLabel
                action=R::BundlePasteOpen
                text=pasted
                on_read=Callback::new(open_pasted)
                rows=3
                classes=PasteClasses { field: "collect-bundle__paste", button: "bundle-paste-open", ..PasteClasses::default() }
            />
            <div class="collect-bundle__said" aria-live="polite">
                {move || {
                    said.get().map(|s| {
                        view! {
                            <p class:message--error=refused class="bundle-said">
                                {move || s.message(i18n.get())}
                            </p>
                        }
                    })
                }}
                <Show when=can_undo>
                    <button type="button" class="button button--secondary bundle-undo" on:click=undo>
                        {move || i18n.t(R::BundleUndo)}
                    </button>
                </Show>
            </div>
        </div>
    }
}
