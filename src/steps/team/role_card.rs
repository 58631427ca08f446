//! One team role: its name (blank shows the standard name), duties and skills as chips, who
//! holds it, a flag when nobody does, and delete. Folds on a phone to name, kind and holders.

use leptos::prelude::*;
use reactive_stores::{Field, Store};

use crate::i18n::team::TeamText;
use crate::i18n::team_names::{role_kind_name, team_role_label};
use crate::i18n::{join_list, labelled, Key};
use crate::model::{
    Plan, PlanStoreFields, TeamRole, TeamRoleKind, TeamRoleStoreFields, TeamStoreFields,
};
use crate::state::use_locale;
use crate::widgets::{dom_id, ChipsField, Fold};

fn tt(k: TeamText) -> Key {
    Key::Team(k)
}

/// The badge text of a role kind.
fn kind_badge(kind: TeamRoleKind) -> TeamText {
    if TeamRoleKind::CORE.contains(&kind) {
        TeamText::CoreBadge
    } else if kind == TeamRoleKind::Custom {
        TeamText::CustomBadge
    } else {
        TeamText::OptionalBadge
    }
}

/// A role's card.
#[component]
pub fn TeamRoleCard(
    /// The open plan.
    store: Store<Plan>,
    /// The role row.
    #[prop(into)]
    row: Field<TeamRole>,
    /// Deletes this role (with undo).
    on_remove: Callback<()>,
) -> impl IntoView {
    let i18n = use_locale();
    let id = row.with_untracked(|r| r.id);
    let kind = row.with_untracked(|r| r.kind);
    let label = Signal::derive(move || {
        row.try_with(|r| team_role_label(i18n.get(), r))
            .unwrap_or_default()
    });
    let name = row.name();
    let name_id = dom_id("team-role-name");
    let holders = move || {
        store.team().people().with(|people| {
            people
                .iter()
                .filter(|p| p.assignments.iter().any(|a| a.role == id && a.percent > 0))
                .map(|p| {
                    let name = p.name.trim();
                    let name = if name.is_empty() {
                        i18n.t(tt(TeamText::UnnamedPerson)).to_string()
                    } else {
                        name.to_string()
                    };
                    let share = p
                        .assignments
                        .iter()
                        .filter(|a| a.role == id)
                        .map(|a| u32::from(a.percent))
                        .sum::<u32>();
                    format!("{name} {share}%")
                })
                .collect::<Vec<_>>()
        })
    };
    let unheld = move || holders().is_empty();
    let duties: Field<Vec<String>> = row.duties().into();
    let skills: Field<Vec<String>> = row.skills().into();
    view! {
        <Fold
            id=format!("team-role-{id}")
            class=Signal::derive(move || if unheld() { "card team-role-card team-role-card--unheld".to_string() } else { "card team-role-card".to_string() })
            name=label
            fact=Signal::derive(move || {
                let list = holders();
                let badge = i18n.t(tt(kind_badge(kind)));
                if list.is_empty() {
                    format!("{badge} · {}", i18n.t(tt(TeamText::NobodyHolds)))
                } else {
                    format!("{badge} · {}", join_list(i18n.get(), list.iter().map(String::as_str)))
                }
            })
            issues=Signal::derive(move || usize::from(unheld()))
        >
            <div class="field">
                <label for=name_id.clone()>{move || i18n.t(tt(TeamText::RoleNameLabel))}</label>
                <input
                    id=name_id
                    type="text"
                    placeholder=move || role_kind_name(i18n.get(), kind)
                    prop:value=move || name.try_get().unwrap_or_default()
                    on:input:target=move |ev| name.set(ev.target().value())
                />
            </div>
            <ChipsField label=tt(TeamText::DutiesLabel) values=duties/>
            <ChipsField label=tt(TeamText::SkillsLabel) values=skills/>
            <p class="team-role-card__holders" class:team-warning=unheld>
                {move || {
                    let list = holders();
                    if list.is_empty() {
                        format!("⚠ {}", i18n.t(tt(TeamText::NobodyHolds)))
                    } else {
                        labelled(i18n.get(), i18n.t(tt(TeamText::HeldBy)), &join_list(i18n.get(), list.iter().map(String::as_str)))
                    }
                }}
            </p>
            <div class="team-card__actions">
                <button type="button" class="button button--ghost" on:click=move |_| on_remove.run(())>
                    {move || labelled(i18n.get(), i18n.t(tt(TeamText::DeleteRole)), &label.get())}
                </button>
            </div>
        </Fold>
    }
}
