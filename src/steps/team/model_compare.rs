//! The three team models side by side: what each is, its strengths and its weaknesses, with the
//! chosen and the suggested one marked.

use leptos::prelude::*;

use crate::i18n::team::{model_texts, TeamText};
use crate::i18n::Key;
use crate::model::TeamModel;
use crate::state::use_locale;

fn tt(k: TeamText) -> Key {
    Key::Team(k)
}

/// A table comparing the three models.
#[component]
pub fn TeamModelCompare(
    /// The model chosen, if any.
    #[prop(into)]
    chosen: Signal<Option<TeamModel>>,
    /// The model the questionnaire suggests, if any.
    #[prop(into)]
    suggested: Signal<Option<TeamModel>>,
) -> impl IntoView {
    let i18n = use_locale();
    let rows = TeamModel::ALL.map(|model| {
        let [name, what, strengths, weaknesses] = model_texts(model);
        view! {
            <tr
                class="team-compare__row"
                class:team-compare__row--chosen=move || chosen.get() == Some(model)
                class:team-compare__row--suggested=move || suggested.get() == Some(model)
            >
                <th scope="row">
                    <span class="team-compare__name">{move || i18n.t(tt(name))}</span>
                    <Show when=move || suggested.get() == Some(model)>
                        " " <span class="team-badge team-badge--suggested">{move || i18n.t(tt(TeamText::RecommendedModel))}</span>
                    </Show>
                    <span class="team-compare__what">{move || i18n.t(tt(what))}</span>
                </th>
                <td data-label=move || i18n.t(tt(TeamText::CompareStrengths))>{move || i18n.t(tt(strengths))}</td>
                <td data-label=move || i18n.t(tt(TeamText::CompareWeaknesses))>{move || i18n.t(tt(weaknesses))}</td>
            </tr>
        }
    });
    view! {
        <div class="team-compare__wrap">
            <table class="team-compare">
                <caption>{move || i18n.t(tt(TeamText::CompareCaption))}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || i18n.t(tt(TeamText::CompareModel))}</th>
                        <th scope="col">{move || i18n.t(tt(TeamText::CompareStrengths))}</th>
                        <th scope="col">{move || i18n.t(tt(TeamText::CompareWeaknesses))}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
