//! The "formats per platform" section of step 6: one block per platform of the strategy step,
//! and the names of any formats not in the standard list.

use leptos::prelude::*;
use reactive_stores::{Field, Store};

use super::ContentPlatformFormats;
use crate::i18n::content::ContentText;
use crate::i18n::strategy::platform_label;
use crate::i18n::Key;
use crate::model::{ContentStoreFields, Plan, PlanStoreFields, StrategyStoreFields};
use crate::state::use_locale;
use crate::widgets::ChipsField;

fn ct(k: ContentText) -> Key {
    Key::Content(k)
}

/// The formats section.
#[component]
pub fn ContentFormats(
    /// The open plan.
    store: Store<Plan>,
) -> impl IntoView {
    let i18n = use_locale();
    let platforms = store.strategy().platforms();
    let custom: Field<Vec<String>> = store.content().custom_formats().into();
    let platform_ids = move || platforms.with(|list| list.iter().map(|p| p.id).collect::<Vec<_>>());

    view! {
        <section class="step-section content-section content-formats" aria-labelledby="content-formats-heading" id="content-formats" tabindex="-1">
            <h2 id="content-formats-heading">{move || i18n.t(ct(ContentText::FormatsHeading))}</h2>
            <p class="step-section__intro">{move || i18n.t(ct(ContentText::FormatsIntro))}</p>
            <Show when=move || platforms.with(|p| p.is_empty())>
                <p class="field__hint content-formats__none">
                    {move || i18n.t(ct(ContentText::NoPlatformsYet))} " "
                    <a href="#/strategy">{move || i18n.t(ct(ContentText::GoToStrategy))}</a>
                </p>
            </Show>
            <div class="content-platform-list">
                <For each=platform_ids key=|id| *id let:platform>
                    {
                        let name = Signal::derive(move || {
                            platforms
                                .with(|list| list.iter().find(|p| p.id == platform).map(|p| platform_label(i18n.get(), p)))
                                .unwrap_or_default()
                        });
                        view! { <ContentPlatformFormats store=store platform=platform name=name/> }
                    }
                </For>
            </div>
            <ChipsField
                label=ct(ContentText::CustomFormatsLabel)
                values=custom
                hint=ct(ContentText::CustomFormatsHint)
                placeholder=ct(ContentText::CustomFormatsPlaceholder)
            />
        </section>
    }
}
