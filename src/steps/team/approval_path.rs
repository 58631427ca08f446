//! The approval path: ordered steps (who signs off, a free label, the time allowed) that can be
//! added, moved and deleted (each folds to a line on a phone), drawn as a flow from draft to
//! publish with the total time (the flow folds to its total on a phone).

use leptos::prelude::*;
use reactive_stores::Store;

use super::offer_team_undo;
use crate::i18n::shared::SharedText;
use crate::i18n::team::{approval_step_title, hours_text, TeamText};
use crate::i18n::team_names::team_role_label;
use crate::i18n::{labelled, Key};
use crate::model::team_rules::{approval_total_hours, move_item};
use crate::model::{
    reinsert, take_by_id, ApprovalStep, ApprovalStepStoreFields, Id, Plan, PlanStoreFields,
    TeamStoreFields,
};
use crate::state::allocate_id;
use crate::state::use_locale;
use crate::widgets::{dom_id, Fold};

fn tt(k: TeamText) -> Key {
    Key::Team(k)
}

/// The approval path editor and its flow.
#[component]
pub fn TeamApprovalPath(
    /// The open plan.
    store: Store<Plan>,
) -> impl IntoView {
    let i18n = use_locale();
    let steps = store.team().approval_path();
    let roles = store.team().roles();
    let add = move |_| {
        let id = allocate_id(store);
        steps.write().push(ApprovalStep {
            id,
            hours: Some(24),
            ..ApprovalStep::default()
        });
        crate::web::focus::focus_after_paint(
            format!("team-step-{id}-role"),
            crate::web::focus::Reveal::Nearest,
        );
    };
    let shift = move |id: Id, up: bool| {
        steps.update(|list| {
            if let Some(at) = list.iter().position(|s| s.id == id) {
                move_item(list, at, up);
            }
        });
    };
    let remove = move |id: Id| {
        let Some((index, gone)) = steps.try_update(|l| take_by_id(l, id)).flatten() else {
            return;
        };
        let locale = i18n.0.get_untracked();
        let title = roles.with_untracked(|r| approval_step_title(locale, &gone, r));
        let message = labelled(locale, i18n.t(tt(TeamText::StepDeleted)), &title);
        offer_team_undo(message, move |team| {
            reinsert(&mut team.approval_path, index, gone.clone());
        });
    };

    let flow = move || {
        let locale = i18n.get();
        let boxes = steps.with(|list| {
            roles.with(|r| {
                list.iter()
                    .map(|s| {
                        let title = approval_step_title(locale, s, r);
                        let hours = s.hours.map(|h| hours_text(locale, h)).unwrap_or_default();
                        view! {
                            <li class="team-flow__arrow" aria-hidden="true">"→"</li>
                            <li class="team-flow__box">
                                <span class="team-flow__name">{title}</span>
                                <span class="team-flow__hours">{hours}</span>
                            </li>
                        }
                    })
                    .collect::<Vec<_>>()
            })
        });
        view! {
            <li class="team-flow__box team-flow__box--end">{i18n.t(tt(TeamText::Draft))}</li>
            {boxes}
            <li class="team-flow__arrow" aria-hidden="true">"→"</li>
            <li class="team-flow__box team-flow__box--end">{i18n.t(tt(TeamText::Publish))}</li>
        }
    };
    let total = move || {
        let locale = i18n.get();
        let (hours, missing) = steps.with(|list| approval_total_hours(list));
        let mut text = labelled(
            locale,
            i18n.t(tt(TeamText::TotalTime)),
            &hours_text(locale, hours),
        );
        if missing {
            text.push(' ');
            text.push_str(i18n.t(tt(TeamText::SomeWithoutTime)));
        }
        text
    };

    view! {
        <Show when=move || steps.with(|s| s.is_empty())>
            <p class="empty-state__why">{move || i18n.t(tt(TeamText::ApprovalEmpty))}</p>
        </Show>
        <ol class="team-steps" id="team-approval" tabindex="-1">
            <For each=move || steps key=|row| row.id().get() let:row>
                {
                    let id = row.id().get_untracked();
                    let role = row.role();
                    let label = row.label();
                    let hours = row.hours();
                    let role_id = format!("team-step-{id}-role");
                    let label_id = dom_id("team-step-label");
                    let hours_id = dom_id("team-step-hours");
                    let position = move || steps.with(|l| l.iter().position(|s| s.id == id).map(|i| i + 1).unwrap_or(0));
                    let title = Signal::derive(move || {
                        let locale = i18n.get();
                        roles.with(|r| row.try_with(|s| approval_step_title(locale, s, r)).unwrap_or_default())
                    });
                    let role_options = move || {
                        let locale = i18n.get();
                        roles.with(|list| {
                            list.iter()
                                .map(|r| {
                                    let rid = r.id;
                                    view! { <option value=rid.to_string() prop:selected=move || role.try_get().flatten() == Some(rid)>{team_role_label(locale, r)}</option> }
                                })
                                .collect::<Vec<_>>()
                        })
                    };
                    let is_first = move || position() <= 1;
                    let is_last = move || position() == steps.with(|l| l.len());
                    view! {
                        <li class="team-step-item">
                        <Fold
                            id=format!("team-step-{id}")
                            class="card team-step"
                            name=Signal::derive(move || format!("{} {} · {}", i18n.t(tt(TeamText::StepLabel)), position(), title.get()))
                            fact=Signal::derive(move || hours.try_get().flatten().map(|h| hours_text(i18n.get(), h)).unwrap_or_default())
                        >
                            <span class="team-step__number" aria-hidden="true">{position}</span>
                            <div class="team-step__fields">
                                <div class="field">
                                    <label for=role_id.clone()>{move || i18n.t(tt(TeamText::StepRoleLabel))}</label>
                                    <select id=role_id on:change:target=move |ev| role.set(ev.target().value().parse::<Id>().ok())>
                                        <option value="" prop:selected=move || role.try_get().flatten().is_none()>{move || i18n.t(tt(TeamText::StepOther))}</option>
                                        {role_options}
                                    </select>
                                </div>
                                <div class="field">
                                    <label for=label_id.clone()>{move || i18n.t(tt(TeamText::StepNameLabel))}</label>
                                    <input
                                        id=label_id
                                        type="text"
                                        placeholder=move || i18n.t(tt(TeamText::StepNamePlaceholder))
                                        prop:value=move || label.try_get().unwrap_or_default()
                                        on:input:target=move |ev| label.set(ev.target().value())
                                    />
                                </div>
                                <div class="field">
                                    <label for=hours_id.clone()>{move || i18n.t(tt(TeamText::HoursLabel))}</label>
                                    <input
                                        id=hours_id
                                        type="number"
                                        min="0"
                                        step="1"
                                        inputmode="numeric"
                                        prop:value=move || hours.try_get().flatten().map(|h| h.to_string()).unwrap_or_default()
                                        on:input:target=move |ev| hours.set(ev.target().value().trim().parse::<u32>().ok())
                                    />
                                </div>
                            </div>
                            <div class="team-card__actions">
                                <button type="button" class="button button--ghost" prop:disabled=is_first on:click=move |_| shift(id, true)>
                                    {move || i18n.t(Key::Shared(SharedText::MoveUp))}<span class="visually-hidden">{move || format!(" · {}", title.get())}</span>
                                </button>
                                <button type="button" class="button button--ghost" prop:disabled=is_last on:click=move |_| shift(id, false)>
                                    {move || i18n.t(Key::Shared(SharedText::MoveDown))}<span class="visually-hidden">{move || format!(" · {}", title.get())}</span>
                                </button>
                                <button type="button" class="button button--ghost" on:click=move |_| remove(id)>
                                    {move || i18n.t(tt(TeamText::DeleteStep))}<span class="visually-hidden">{move || format!(" · {}", title.get())}</span>
                                </button>
                            </div>
                        </Fold>
                        </li>
                    }
                }
            </For>
        </ol>
        <button type="button" class="button button--secondary" on:click=add>
            "+ " {move || i18n.t(tt(TeamText::AddStep))}
        </button>
        <Fold
            class="team-fold team-flow-fold"
            name=Signal::derive(move || i18n.t(tt(TeamText::FlowLabel)).to_string())
            fact=Signal::derive(total)
        >
            <figure class="team-flow">
                <figcaption class="visually-hidden">{move || i18n.t(tt(TeamText::FlowLabel))}</figcaption>
                <ol class="team-flow__list" aria-label=move || i18n.t(tt(TeamText::FlowLabel))>{flow}</ol>
                <p class="team-flow__total" aria-live="polite">{total}</p>
            </figure>
        </Fold>
    }
}
