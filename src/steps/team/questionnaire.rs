//! The five questions that suggest a team model, and the suggestion with its reasons (live).

use leptos::prelude::*;
use reactive_stores::{Field, Store};

use crate::i18n::team::{
    model_name, reason_text, size_text, TeamText, CONSISTENCY_SCALE, STRATEGIC_SCALE,
};
use crate::i18n::{labelled, Key};
use crate::model::team_rules::Recommendation;
use crate::model::{
    CompanySize, ModelQuestionnaireStoreFields, Plan, PlanStoreFields, TeamStoreFields,
};
use crate::state::use_locale;
use crate::widgets::dom_id;

fn tt(k: TeamText) -> Key {
    Key::Team(k)
}

const SIZES: [CompanySize; 4] = [
    CompanySize::Micro,
    CompanySize::Small,
    CompanySize::Medium,
    CompanySize::Large,
];

/// The questionnaire and its suggestion.
#[component]
pub fn TeamQuestionnaire(
    /// The open plan.
    store: Store<Plan>,
    /// The suggestion for the current answers.
    #[prop(into)]
    recommendation: Signal<Option<Recommendation>>,
) -> impl IntoView {
    let i18n = use_locale();
    let q = store.team().questionnaire();

    let size = q.company_size();
    let size_id = dom_id("team-size");
    let size_options = SIZES.map(|s| {
        view! { <option value=format!("{s:?}") prop:selected=move || size.get() == Some(s)>{move || i18n.t(tt(size_text(s)))}</option> }
    });

    let units = q.units();
    let units_id = dom_id("team-units");
    let units_hint = format!("{units_id}-hint");

    let scale_select = move |id: String, value: Field<Option<u8>>, scale: [TeamText; 5]| {
        let options = scale
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let n = i as u8 + 1;
                let text = *text;
                view! { <option value=n.to_string() prop:selected=move || value.get() == Some(n)>{move || i18n.t(tt(text))}</option> }
            })
            .collect::<Vec<_>>();
        view! {
            <select id=id on:change:target=move |ev| value.set(ev.target().value().parse::<u8>().ok().filter(|n| (1..=5).contains(n)))>
                <option value="" prop:selected=move || value.get().is_none()>{move || i18n.t(tt(TeamText::NotAnswered))}</option>
                {options}
            </select>
        }
    };
    let consistency_id = dom_id("team-consistency");
    let strategic_id = dom_id("team-strategic");

    let people = q.people_available();
    let people_id = dom_id("team-people");
    let people_hint = format!("{people_id}-hint");

    let suggestion = move || {
        let locale = i18n.get();
        match recommendation.get() {
            None => view! { <p class="team-suggestion__waiting">{i18n.t(tt(TeamText::RecommendationWaiting))}</p> }.into_any(),
            Some(r) => {
                let reasons = r
                    .reasons
                    .iter()
                    .map(|reason| view! { <li>{reason_text(locale, *reason)}</li> })
                    .collect::<Vec<_>>();
                view! {
                    <p class="team-suggestion__model">
                        {labelled(locale, i18n.t(tt(TeamText::RecommendedModel)), model_name(locale, r.model))}
                    </p>
                    <p class="team-suggestion__because">{i18n.t(tt(TeamText::Because))}</p>
                    <ul class="team-suggestion__reasons">{reasons}</ul>
                }
                .into_any()
            }
        }
    };

    view! {
        <fieldset class="team-questions">
            <legend>{move || i18n.t(tt(TeamText::QuestionsHeading))}</legend>
            <div class="team-questions__grid">
                <div class="field">
                    <label for=size_id.clone()>{move || i18n.t(tt(TeamText::SizeLabel))}</label>
                    <select id=size_id on:change:target=move |ev| {
                        let text = ev.target().value();
                        size.set(SIZES.into_iter().find(|s| format!("{s:?}") == text));
                    }>
                        <option value="" prop:selected=move || size.get().is_none()>{move || i18n.t(tt(TeamText::NotAnswered))}</option>
                        {size_options}
                    </select>
                </div>
                <div class="field">
                    <label for=units_id.clone()>{move || i18n.t(tt(TeamText::UnitsLabel))}</label>
                    <input
                        id=units_id.clone()
                        type="number"
                        min="1"
                        step="1"
                        inputmode="numeric"
                        aria-describedby=units_hint.clone()
                        prop:value=move || units.get().map(|n| n.to_string()).unwrap_or_default()
                        on:input:target=move |ev| units.set(ev.target().value().trim().parse::<u32>().ok())
                    />
                    <p class="field__hint" id=units_hint>{move || i18n.t(tt(TeamText::UnitsHint))}</p>
                </div>
                <div class="field">
                    <label for=consistency_id.clone()>{move || i18n.t(tt(TeamText::ConsistencyLabel))}</label>
                    {scale_select(consistency_id.clone(), q.consistency().into(), CONSISTENCY_SCALE)}
                </div>
                <div class="field">
                    <label for=strategic_id.clone()>{move || i18n.t(tt(TeamText::StrategicLabel))}</label>
                    {scale_select(strategic_id.clone(), q.strategic_weight().into(), STRATEGIC_SCALE)}
                </div>
                <div class="field">
                    <label for=people_id.clone()>{move || i18n.t(tt(TeamText::PeopleLabel))}</label>
                    <input
                        id=people_id.clone()
                        type="number"
                        min="0"
                        step="0.5"
                        inputmode="decimal"
                        aria-describedby=people_hint.clone()
                        prop:value=move || people.get().map(|n| n.to_string()).unwrap_or_default()
                        on:input:target=move |ev| people.set(ev.target().value().trim().parse::<f64>().ok().filter(|n| n.is_finite() && *n >= 0.0))
                    />
                    <p class="field__hint" id=people_hint>{move || i18n.t(tt(TeamText::PeopleHint))}</p>
                </div>
            </div>
        </fieldset>
        <section class="team-suggestion" aria-labelledby="team-suggestion-heading">
            <h3 id="team-suggestion-heading">{move || i18n.t(tt(TeamText::RecommendationHeading))}</h3>
            <div class="team-suggestion__body" role="status" aria-live="polite">{suggestion}</div>
        </section>
    }
}
