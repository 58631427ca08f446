//! The image ratio to use on each platform of the strategy: the common shapes as a list, plus any
//! other ratio typed in.

use leptos::prelude::*;
use reactive_stores::Store;

use crate::i18n::content::ContentText;
use crate::i18n::strategy::platform_label;
use crate::i18n::{labelled, Key};
use crate::model::{
    ContentStoreFields, Id, ImageRatio, Plan, PlanStoreFields, StrategyStoreFields,
    StyleRulesStoreFields,
};
use crate::state::use_locale;
use crate::widgets::dom_id;

fn ct(k: ContentText) -> Key {
    Key::Content(k)
}

/// The ratios offered in the list, squarest first.
pub const COMMON_RATIOS: [&str; 5] = ["1:1", "3:4", "4:5", "9:16", "16:9"];

/// The value of the "other" choice in the list.
const OTHER: &str = "other";

/// Sets the ratio of `platform` (an empty ratio removes it).
fn set_ratio(store: Store<Plan>, platform: Id, ratio: String) {
    let ratios = store.content().style().image_ratios();
    let mut list = ratios.write();
    list.retain(|r| r.platform != platform);
    if !ratio.trim().is_empty() {
        list.push(ImageRatio { platform, ratio });
    }
}

/// One platform's ratio: a list of common choices, and a text field for any other one.
#[component]
fn RatioRow(store: Store<Plan>, platform: Id) -> impl IntoView {
    let i18n = use_locale();
    let ratios = store.content().style().image_ratios();
    let platforms = store.strategy().platforms();
    let name = move || {
        platforms
            .with(|list| {
                list.iter()
                    .find(|p| p.id == platform)
                    .map(|p| platform_label(i18n.get(), p))
            })
            .unwrap_or_default()
    };
    let current = move || {
        ratios
            .with(|list| {
                list.iter()
                    .find(|r| r.platform == platform)
                    .map(|r| r.ratio.clone())
            })
            .unwrap_or_default()
    };
    // "Other" stays chosen while its text is empty, until another choice is made.
    let other_chosen = RwSignal::new(false);
    let is_other = move || {
        let value = current();
        other_chosen.get() || (!value.is_empty() && !COMMON_RATIOS.contains(&value.as_str()))
    };
    let select_id = dom_id("ratio");
    let text_id = dom_id("ratio-other");
    let options = COMMON_RATIOS.map(|ratio| {
        view! { <option value=ratio prop:selected=move || !is_other() && current() == ratio>{ratio}</option> }
    });
    let on_choice =
        move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlSelectElement>| {
            let value = ev.target().value();
            if value == OTHER {
                other_chosen.set(true);
                if COMMON_RATIOS.contains(&current().as_str()) {
                    set_ratio(store, platform, String::new());
                }
            } else {
                other_chosen.set(false);
                set_ratio(store, platform, value);
            }
        };

    view! {
        <div class="content-ratio" data-platform=platform.to_string()>
            <div class="field">
                <label for=select_id.clone()>{move || labelled(i18n.get(), i18n.t(ct(ContentText::RatioLabel)), &name())}</label>
                <select id=select_id on:change:target=on_choice>
                    <option value="" prop:selected=move || !is_other() && current().is_empty()>{move || i18n.t(ct(ContentText::RatioNotSet))}</option>
                    {options}
                    <option value=OTHER prop:selected=is_other>{move || i18n.t(ct(ContentText::RatioOther))}</option>
                </select>
            </div>
            <Show when=is_other>
                <div class="field">
                    <label for=text_id.clone()>{move || labelled(i18n.get(), i18n.t(ct(ContentText::RatioCustomLabel)), &name())}</label>
                    <input
                        id=text_id.clone()
                        type="text"
                        placeholder="2:3"
                        prop:value=move || if COMMON_RATIOS.contains(&current().as_str()) { String::new() } else { current() }
                        on:input:target=move |ev| set_ratio(store, platform, ev.target().value())
                    />
                </div>
            </Show>
        </div>
    }
}

/// The image ratios of every platform.
#[component]
pub fn ContentImageRatios(
    /// The open plan.
    store: Store<Plan>,
) -> impl IntoView {
    let i18n = use_locale();
    let platforms = store.strategy().platforms();
    let ids = move || platforms.with(|list| list.iter().map(|p| p.id).collect::<Vec<_>>());
    view! {
        <div class="content-ratios" id="content-ratios" tabindex="-1">
            <h3>{move || i18n.t(ct(ContentText::RatiosHeading))}</h3>
            <Show when=move || platforms.with(|p| p.is_empty())>
                <p class="field__hint">
                    {move || i18n.t(ct(ContentText::NoPlatformsYet))} " "
                    <a href="#/strategy">{move || i18n.t(ct(ContentText::GoToStrategy))}</a>
                </p>
            </Show>
            <div class="content-ratio-list">
                <For each=ids key=|id| *id let:platform>
                    <RatioRow store=store platform=platform/>
                </For>
            </div>
        </div>
    }
}
