//! The brand colours: one row per colour, an add button, and delete with undo.

use leptos::prelude::*;
use reactive_stores::Store;

use super::{focus_by_id, lasting_undo, ContentColourRow};
use crate::context::use_locale;
use crate::i18n::content::ContentText;
use crate::i18n::shared::SharedText;
use crate::i18n::{t, Key, Locale};
use crate::model::{
    BrandColour, BrandColourStoreFields, ContentStoreFields, Id, Plan, PlanStoreFields,
    StyleRulesStoreFields,
};
use crate::workspace::{allocate_id, Toast, Workspace};

fn ct(k: ContentText) -> Key {
    Key::Content(k)
}

/// Adds an empty colour and moves focus to its name.
fn add_colour(store: Store<Plan>) {
    let id = allocate_id(store);
    store.content().style().colours().write().push(BrandColour {
        id,
        ..Default::default()
    });
    focus_by_id(format!("colour-{id}-name"));
}

/// Removes colour `id` and offers to undo it.
fn remove_colour(store: Store<Plan>, id: Id, locale: Locale) {
    let colours = store.content().style().colours();
    let Some(index) = colours.with_untracked(|c| c.iter().position(|c| c.id == id)) else {
        return;
    };
    let colour = colours.write().remove(index);
    let shown = if colour.name.trim().is_empty() {
        colour.hex.trim().to_string()
    } else {
        colour.name.trim().to_string()
    };
    let message = format!("{} {}", t(locale, Key::Shared(SharedText::Deleted)), shown);
    let undo = lasting_undo(move || {
        let mut list = colours.write();
        let at = index.min(list.len());
        list.insert(at, colour.clone());
    });
    if let Some(ws) = use_context::<Workspace>() {
        ws.toast.set(Some(Toast::Undoable { message, undo }));
    }
}

/// The brand colour list.
#[component]
pub fn ContentColours(
    /// The open plan.
    store: Store<Plan>,
) -> impl IntoView {
    let i18n = use_locale();
    let colours = store.content().style().colours();
    view! {
        <div class="content-colours" id="content-colours" tabindex="-1">
            <h3>{move || i18n.t(ct(ContentText::ColoursHeading))}</h3>
            <Show when=move || colours.with(|c| c.is_empty())>
                <p class="field__hint">{move || i18n.t(ct(ContentText::ColoursEmpty))}</p>
            </Show>
            <div class="content-colour-list">
                <For each=move || colours key=|row| row.id().get() let:row>
                    {
                        let id = row.id().get_untracked();
                        view! {
                            <ContentColourRow
                                row=row
                                on_remove=Callback::new(move |_| remove_colour(store, id, i18n.0.get_untracked()))
                            />
                        }
                    }
                </For>
            </div>
            <button type="button" class="button button--secondary content-colours__add" on:click=move |_| add_colour(store)>
                "+ " {move || i18n.t(ct(ContentText::AddColour))}
            </button>
        </div>
    }
}
