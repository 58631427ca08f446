//! One person: name, availability, the share of their week each role takes, and their load with
//! a warning when it is more than they can give or more than a full-time week. Folds on a phone
//! to the name and the load.

use leptos::prelude::*;
use reactive_stores::{Field, Store};

use crate::i18n::team::{load_text, TeamText};
use crate::i18n::team_names::team_role_label;
use crate::i18n::{labelled, Key};
use crate::model::team_rules::person_load;
use crate::model::{
    Id, Person, PersonStoreFields, Plan, PlanStoreFields, RoleAssignment, TeamStoreFields,
};
use crate::state::use_locale;
use crate::widgets::{dom_id, Fold};

fn tt(k: TeamText) -> Key {
    Key::Team(k)
}

/// The name a person goes by in labels.
pub fn person_name(locale: crate::i18n::Locale, person: &Person) -> String {
    let name = person.name.trim();
    if name.is_empty() {
        crate::i18n::t(locale, tt(TeamText::UnnamedPerson)).to_string()
    } else {
        name.to_string()
    }
}

/// Sets the share of `role` in `list` (0 removes it).
fn set_share(list: &mut Vec<RoleAssignment>, role: Id, percent: u16) {
    if let Some(at) = list.iter().position(|a| a.role == role) {
        if percent == 0 {
            list.remove(at);
        } else {
            list[at].percent = percent;
        }
    } else if percent > 0 {
        list.push(RoleAssignment { role, percent });
    }
}

/// A person's card.
#[component]
pub fn TeamPersonCard(
    /// The open plan.
    store: Store<Plan>,
    /// The person row.
    #[prop(into)]
    row: Field<Person>,
    /// Deletes this person (with undo).
    on_remove: Callback<()>,
) -> impl IntoView {
    let i18n = use_locale();
    let id = row.with_untracked(|p| p.id);
    let label = Signal::derive(move || {
        row.try_with(|p| person_name(i18n.get(), p))
            .unwrap_or_default()
    });
    let name = row.name();
    let name_id = dom_id("team-person-name");
    let availability = row.availability();
    let availability_id = dom_id("team-person-availability");
    let assignments = row.assignments();
    let roles = store.team().roles();
    let load = Memo::new(move |_| roles.with(|roles| row.try_with(|p| person_load(p, roles))));
    let over = move || load.get().is_some_and(|l| l.over_availability());
    let over_full = move || load.get().is_some_and(|l| l.over_full_time());
    let bar_width = move || {
        load.get()
            .map(|l| l.share_of_availability().min(100))
            .unwrap_or(0)
    };

    let share_inputs = move || {
        let locale = i18n.get();
        roles.with(|list| {
            list.iter()
                .map(|role| {
                    let rid = role.id;
                    let input_id = dom_id("team-share");
                    let role_name = team_role_label(locale, role);
                    view! {
                        <div class="field team-share">
                            <label for=input_id.clone()>{role_name}</label>
                            <input
                                id=input_id
                                type="number"
                                min="0"
                                max="100"
                                step="5"
                                inputmode="numeric"
                                prop:value=move || {
                                    assignments
                                        .try_with(|list| {
                                            list.iter()
                                                .find(|a| a.role == rid)
                                                .map(|a| a.percent.to_string())
                                                .unwrap_or_default()
                                        })
                                        .unwrap_or_default()
                                }
                                on:input:target=move |ev| {
                                    let percent = ev.target().value().trim().parse::<u16>().unwrap_or(0).min(1000);
                                    assignments.update(|list| set_share(list, rid, percent));
                                }
                            />
                        </div>
                    }
                })
                .collect::<Vec<_>>()
        })
    };

    view! {
        <Fold
            id=format!("team-person-{id}")
            class=Signal::derive(move || if over() || over_full() { "card team-person-card team-person-card--over".to_string() } else { "card team-person-card".to_string() })
            name=label
            fact=Signal::derive(move || load.get().map(|l| load_text(i18n.get(), l)).unwrap_or_default())
            issues=Signal::derive(move || usize::from(over() || over_full()))
        >
            <div class="team-person-card__fields">
                <div class="field">
                    <label for=name_id.clone()>{move || i18n.t(tt(TeamText::PersonNameLabel))}</label>
                    <input
                        id=name_id
                        type="text"
                        prop:value=move || name.try_get().unwrap_or_default()
                        on:input:target=move |ev| name.set(ev.target().value())
                    />
                </div>
                <div class="field">
                    <label for=availability_id.clone()>{move || i18n.t(tt(TeamText::AvailabilityLabel))}</label>
                    <input
                        id=availability_id
                        type="number"
                        min="0"
                        max="100"
                        step="5"
                        inputmode="numeric"
                        prop:value=move || availability.try_get().map(|n| n.to_string()).unwrap_or_default()
                        on:input:target=move |ev| availability.set(ev.target().value().trim().parse::<u16>().unwrap_or(0).min(1000))
                    />
                </div>
            </div>
            <fieldset class="team-shares">
                <legend>{move || i18n.t(tt(TeamText::SharesLegend))}</legend>
                <Show
                    when=move || roles.with(|r| !r.is_empty())
                    fallback=move || view! { <p class="field__hint">{move || i18n.t(tt(TeamText::NoRolesForPeople))}</p> }
                >
                    <div class="team-shares__grid">{share_inputs}</div>
                </Show>
            </fieldset>
            <div class="team-load" role="status" aria-live="polite">
                <p class="team-load__text">{move || load.get().map(|l| load_text(i18n.get(), l)).unwrap_or_default()}</p>
                <div class="team-load__bar" aria-hidden="true">
                    <span class="team-load__fill" class:team-load__fill--over=over style:width=move || format!("{}%", bar_width())></span>
                </div>
                <Show when=move || over() || over_full()>
                    <p class="team-warning team-load__warning">
                        "⚠ "
                        {move || i18n.t(tt(if over_full() { TeamText::OverFullTime } else { TeamText::OverAvailability }))}
                    </p>
                </Show>
            </div>
            <div class="team-card__actions">
                <button type="button" class="button button--ghost" on:click=move |_| on_remove.run(())>
                    {move || labelled(i18n.get(), i18n.t(tt(TeamText::DeletePerson)), &label.get())}
                </button>
            </div>
        </Fold>
    }
}
