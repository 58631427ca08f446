//! The team's slides: the model chosen with why and the roles it has, and the RACI matrix
//! (activities down, roles across, each letter as text).

use leptos::prelude::*;

use crate::i18n::handbook::HandbookText as H;
use crate::i18n::team::{activity_name, model_texts, TeamText};
use crate::i18n::team_names::team_role_label;
use crate::i18n::{join_list, labelled, t, Key, Locale};
use crate::model::{Activity, Id, Plan};

/// The team model's slide.
pub fn team_model_slide(plan: &Plan, l: Locale) -> AnyView {
    let team = &plan.team;
    let Some(model) = team.model else {
        return ().into_any();
    };
    let [_, what, ..] = model_texts(model);
    let why = team.model_why.trim().to_string();
    let roles: Vec<String> = team.roles.iter().map(|r| team_role_label(l, r)).collect();
    view! {
        <p class="slide__sub">{t(l, Key::Team(what))}</p>
        {(!why.is_empty()).then(|| view! {
            <p class="slide__text"><strong>{labelled(l, t(l, H::WhyColumn), "")}" "</strong>{why}</p>
        })}
        {(!roles.is_empty()).then(|| view! {
            <p class="slide__foot">
                <strong>{labelled(l, t(l, Key::Team(TeamText::RolesHeading)), "")}" "</strong>
                {join_list(l, roles.iter().map(String::as_str))}
            </p>
        })}
    }
    .into_any()
}

/// The RACI slide for the team roles `ids`.
pub fn raci_slide(plan: &Plan, ids: &[Id], l: Locale) -> AnyView {
    let team = &plan.team;
    let roles: Vec<_> = ids
        .iter()
        .filter_map(|id| team.roles.iter().find(|r| r.id == *id))
        .collect();
    let head = roles
        .iter()
        .map(|r| view! { <th scope="col">{team_role_label(l, r)}</th> })
        .collect::<Vec<_>>();
    let rows = Activity::ALL
        .into_iter()
        .map(|activity| {
            let cells = roles
                .iter()
                .map(|role| {
                    let letters: String = team
                        .raci
                        .iter()
                        .filter(|c| c.activity == activity && c.role == role.id)
                        .map(|c| c.letter.code())
                        .collect();
                    let kind = letters.chars().next().map_or(String::new(), |c| {
                        format!("slide-raci__cell--{}", c.to_ascii_lowercase())
                    });
                    view! { <td class=format!("slide-raci__cell {kind}")>{letters}</td> }
                })
                .collect::<Vec<_>>();
            view! {
                <tr><th scope="row">{activity_name(l, activity)}</th>{cells}</tr>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <table class="slide-raci">
            <caption class="visually-hidden">{t(l, Key::Team(TeamText::RaciCaption))}</caption>
            <thead><tr><td></td>{head}</tr></thead>
            <tbody>{rows}</tbody>
        </table>
        <p class="slide__foot slide__foot--small">{t(l, Key::Team(TeamText::RaciIntro))}</p>
    }
    .into_any()
}
