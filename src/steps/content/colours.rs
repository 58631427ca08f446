//! The brand colours: one row per colour, an add button, and delete with undo.

use leptos::prelude::*;
use reactive_stores::Store;

use super::ContentColourRow;
use crate::i18n::content::ContentText;
use crate::i18n::shared::SharedText;
use crate::i18n::{t, Key, Locale};
use crate::model::{
    reinsert, take_by_id, BrandColour, BrandColourStoreFields, ContentStoreFields, Id, Plan,
    PlanStoreFields, StyleRulesStoreFields,
};
use crate::state::allocate_id;
use crate::state::use_locale;
use crate::web::focus::{focus_after_paint, Reveal};
use crate::widgets::offer_undo;

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
    focus_after_paint(format!("colour-{id}-name"), Reveal::Nearest);
}

/// Removes colour `id` and offers to undo it.
fn remove_colour(store: Store<Plan>, id: Id, locale: Locale) {
    let Some((index, colour)) = store
        .content()
        .style()
        .colours()
        .try_update(|list| take_by_id(list, id))
        .flatten()
    else {
        return;
    };
    let shown = if colour.name.trim().is_empty() {
        colour.hex.trim().to_string()
    } else {
        colour.name.trim().to_string()
    };
    let message = format!("{} {}", t(locale, Key::Shared(SharedText::Deleted)), shown);
    offer_undo(message, move |store| {
        store.content().style().colours().update(|list| {
            reinsert(list, index, colour.clone());
        });
    });
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
