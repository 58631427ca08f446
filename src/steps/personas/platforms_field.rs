//! Which of the plan's platforms a persona gathers on: one checkbox per platform chosen in step 1,
//! or a link to step 1 when the plan has none yet.

use leptos::prelude::*;
use reactive_stores::{Field, Store};

use crate::i18n::personas::{platform_name, PersonaText};
use crate::i18n::Key;
use crate::model::toggle_id;
use crate::model::{Id, Plan, PlanStoreFields, StrategyStoreFields};
use crate::state::use_locale;
use crate::widgets::dom_id;

/// The platform checkboxes of a persona card.
#[component]
pub fn PersonaPlatformsField(
    /// The open plan (for its platforms).
    store: Store<Plan>,
    /// The ids of the platforms this persona gathers on.
    #[prop(into)]
    selected: Field<Vec<Id>>,
) -> impl IntoView {
    let i18n = use_locale();
    let id = dom_id("persona-platforms");
    let platforms = Memo::new(move |_| store.strategy().platforms().get());
    let options = move || {
        let locale = i18n.get();
        platforms
            .get()
            .into_iter()
            .map(|platform| {
                let pid = platform.id;
                let option_id = format!("{id}-{pid}");
                view! {
                    <li class="persona-check">
                        <input
                            id=option_id.clone()
                            type="checkbox"
                            prop:checked=move || selected.try_with(|s| s.contains(&pid)).unwrap_or(false)
                            on:change:target=move |ev| {
                                let on = ev.target().checked();
                                selected.update(|s| toggle_id(s, pid, on));
                            }
                        />
                        <label for=option_id>{platform_name(locale, &platform)}</label>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="persona-platforms">
            <legend>{move || i18n.t(Key::Personas(PersonaText::PlatformsLegend))}</legend>
            <Show
                when=move || platforms.with(|p| !p.is_empty())
                fallback=move || view! {
                    <p class="persona-platforms__none">
                        {move || i18n.t(Key::Personas(PersonaText::NoPlatforms))}
                        " "
                        <a href="#/strategy">{move || i18n.t(Key::Personas(PersonaText::ChoosePlatforms))}</a>
                    </p>
                }
            >
                <ul class="persona-platforms__list">{options.clone()}</ul>
            </Show>
        </fieldset>
    }
}
