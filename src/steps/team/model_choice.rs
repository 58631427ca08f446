//! The model the team chooses (radio buttons, the suggested one marked) and why.

use leptos::prelude::*;
use reactive_stores::{Field, Store};

use crate::i18n::team::{model_name, TeamText};
use crate::i18n::Key;
use crate::model::{Plan, PlanStoreFields, TeamModel, TeamStoreFields};
use crate::state::use_locale;
use crate::widgets::TextField;

fn tt(k: TeamText) -> Key {
    Key::Team(k)
}

/// Radio buttons for the three models and the reason for the choice.
#[component]
pub fn TeamModelChoice(
    /// The open plan.
    store: Store<Plan>,
    /// The model the questionnaire suggests, if any.
    #[prop(into)]
    suggested: Signal<Option<TeamModel>>,
) -> impl IntoView {
    let i18n = use_locale();
    let model = store.team().model();
    let options = TeamModel::ALL.map(|m| {
        view! {
            <label class="choice-chip team-model-option" class:choice-chip--on=move || model.get() == Some(m)>
                <input
                    type="radio"
                    name="team-model"
                    value=format!("{m:?}")
                    prop:checked=move || model.get() == Some(m)
                    on:change=move |_| model.set(Some(m))
                />
                <span>
                    {move || model_name(i18n.get(), m)}
                    <Show when=move || suggested.get() == Some(m)>
                        " " {move || i18n.t(tt(TeamText::Recommended))}
                    </Show>
                </span>
            </label>
        }
    });
    let why: Field<String> = store.team().model_why().into();
    view! {
        <fieldset class="choice-group team-model-choice" id="team-model" tabindex="-1">
            <legend>{move || i18n.t(tt(TeamText::ChoiceLegend))}</legend>
            <div class="choice-chips">{options}</div>
        </fieldset>
        <TextField
            label=tt(TeamText::WhyLabel)
            value=why
            hint=tt(TeamText::WhyHint)
            placeholder=tt(TeamText::WhyPlaceholder)
            multiline=true
            rows=2
        />
    }
}
