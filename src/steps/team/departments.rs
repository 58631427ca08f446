//! Departments involved in social media: a tick per standard department, custom ones, and for
//! each what they bring or review and who to contact (folded to a line on a phone).

use leptos::prelude::*;
use reactive_stores::{Field, Store};

use super::offer_team_undo;
use crate::i18n::team::{department_name, TeamText};
use crate::i18n::{labelled, Key};
use crate::model::{
    reinsert, take_by_id, Department, DepartmentKind, DepartmentStoreFields, Plan, PlanStoreFields,
    TeamStoreFields,
};
use crate::state::allocate_id;
use crate::state::use_locale;
use crate::widgets::{Fold, TextField};

fn tt(k: TeamText) -> Key {
    Key::Team(k)
}

const STANDARD: [DepartmentKind; 6] = [
    DepartmentKind::Marketing,
    DepartmentKind::Sales,
    DepartmentKind::Product,
    DepartmentKind::CustomerService,
    DepartmentKind::Pr,
    DepartmentKind::Legal,
];

/// The name a department shows.
pub fn department_label(locale: crate::i18n::Locale, d: &Department) -> String {
    let typed = d.custom_name.trim();
    if d.kind == DepartmentKind::Custom && !typed.is_empty() {
        typed.to_string()
    } else {
        department_name(locale, d.kind).to_string()
    }
}

/// The departments editor.
#[component]
pub fn TeamDepartments(
    /// The open plan.
    store: Store<Plan>,
) -> impl IntoView {
    let i18n = use_locale();
    let list = store.team().departments();
    let toggles = STANDARD.map(|kind| {
        let on = move || list.with(|l| l.iter().any(|d| d.kind == kind));
        view! {
            <label class="choice-chip" class:choice-chip--on=on>
                <input
                    type="checkbox"
                    prop:checked=on
                    on:change=move |_| {
                        if on() {
                            list.update(|l| l.retain(|d| d.kind != kind));
                        } else {
                            let id = allocate_id(store);
                            list.write().push(Department { id, kind, ..Department::default() });
                            // Opened (it may start folded on a phone) but focus stays on the tick.
                            crate::web::focus::unfold_after_paint(format!("team-department-{id}"));
                        }
                    }
                />
                <span>{move || department_name(i18n.get(), kind)}</span>
            </label>
        }
    });
    let add_custom = move |_| {
        let id = allocate_id(store);
        list.write().push(Department {
            id,
            kind: DepartmentKind::Custom,
            ..Department::default()
        });
        crate::web::focus::focus_after_paint(
            format!("team-department-{id}"),
            crate::web::focus::Reveal::Nearest,
        );
    };
    let remove = move |id| {
        let Some((index, gone)) = list.try_update(|l| take_by_id(l, id)).flatten() else {
            return;
        };
        let locale = i18n.0.get_untracked();
        let message = labelled(
            locale,
            crate::i18n::t(
                locale,
                Key::Shared(crate::i18n::shared::SharedText::Deleted),
            ),
            &department_label(locale, &gone),
        );
        offer_team_undo(message, move |team| {
            reinsert(&mut team.departments, index, gone.clone());
        });
    };
    view! {
        <fieldset class="choice-group team-departments" id="team-departments" tabindex="-1">
            <legend>{move || i18n.t(tt(TeamText::DepartmentsLegend))}</legend>
            <div class="choice-chips">{toggles}</div>
        </fieldset>
        <div class="team-department-list">
            <For each=move || list key=|row| row.id().get() let:row>
                {
                    let id = row.id().get_untracked();
                    let kind = row.kind().get_untracked();
                    let label = Signal::derive(move || row.try_with(|d| department_label(i18n.get(), d)).unwrap_or_default());
                    let custom: Field<String> = row.custom_name().into();
                    let involvement: Field<String> = row.involvement().into();
                    let contact: Field<String> = row.contact().into();
                    view! {
                        <Fold
                            id=format!("team-department-{id}")
                            class="card team-department"
                            name=label
                            fact=Signal::derive(move || involvement.try_get().unwrap_or_default())
                        >
                            {(kind == DepartmentKind::Custom).then(|| view! { <TextField label=tt(TeamText::DepartmentNameLabel) value=custom/> })}
                            <TextField label=tt(TeamText::InvolvementLabel) value=involvement placeholder=tt(TeamText::InvolvementPlaceholder)/>
                            <TextField label=tt(TeamText::ContactLabel) value=contact/>
                            <div class="team-card__actions">
                                <button type="button" class="button button--ghost" on:click=move |_| remove(id)>
                                    {move || labelled(i18n.get(), i18n.t(tt(TeamText::DeleteDepartment)), &label.get())}
                                </button>
                            </div>
                        </Fold>
                    }
                }
            </For>
        </div>
        <button type="button" class="button button--secondary" on:click=add_custom>
            "+ " {move || i18n.t(tt(TeamText::AddCustomDepartment))}
        </button>
    }
}
