//! The preview of the room's plan before anything is written: what goes in (item, kind, table)
//! and what to know (links followed or dropped, items left out).

use leptos::prelude::*;

use super::merge_items::kind_text;
use crate::i18n::tf;
use crate::i18n::workshop_room::RoomText as R;
use crate::model::workshop::merge::ItemKind;
use crate::state::use_locale;

/// What the preview shows, in the current language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PreviewSummary {
    /// Kind, the item's name, its table.
    pub placed: Vec<(ItemKind, String, String)>,
    /// Sentences about links and items left out.
    pub notes: Vec<String>,
}

/// The preview of the room's plan.
#[component]
pub fn MergePreviewList(
    /// The merge as it would be written now.
    #[prop(into)]
    summary: Signal<PreviewSummary>,
) -> impl IntoView {
    let i18n = use_locale();
    let count = move || summary.with(|s| s.placed.len());
    let lines = move || {
        summary.with(|s| {
            s.placed
                .iter()
                .map(|(kind, label, table)| {
                    let kind = *kind;
                    let label = label.clone();
                    let table = table.clone();
                    view! {
                        <li>
                            <span class="merge-preview__kind">{move || i18n.t(kind_text(kind))}</span>
                            " "<strong>{label}</strong>" "
                            <span class="merge-preview__table">{table}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let notes = move || {
        summary.with(|s| {
            (!s.notes.is_empty()).then(|| {
                let items = s
                    .notes
                    .iter()
                    .map(|n| view! { <li>{n.clone()}</li> })
                    .collect_view();
                view! {
                    <h4>{move || i18n.t(R::MergeNotes)}</h4>
                    <ul class="merge-notes">{items}</ul>
                }
            })
        })
    };
    view! {
        <div class="merge-preview" aria-labelledby="merge-preview-heading">
            <h3 id="merge-preview-heading">{move || i18n.t(R::MergePreview)}</h3>
            <p class="merge-preview__count" aria-live="polite">
                {move || {
                    if count() == 0 {
                        i18n.t(R::MergeEmpty).to_string()
                    } else {
                        tf(i18n.get(), R::MergeCount, &[("n", &count())])
                    }
                }}
            </p>
            <ul class="merge-preview__items">{lines}</ul>
            {notes}
        </div>
    }
}
