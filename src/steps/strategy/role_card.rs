//! One chosen strategic role: what it means, whether it is primary, and why the plan needs it.
//! On a phone it folds to its name, whether it is primary, and its open checks.

use leptos::prelude::*;
use reactive_stores::{Field, Store};

use crate::i18n::strategy::{role_description, role_label, StrategyText};
use crate::i18n::Key;
use crate::model::checks::{findings_about, strategy_findings};
use crate::model::{
    Plan, PlanStoreFields, StrategicRole, StrategicRoleKind, StrategicRoleStoreFields,
    StrategyStoreFields,
};
use crate::state::use_locale;
use crate::widgets::{Fold, TextField};

/// A chosen role's card.
#[component]
pub fn RoleCard(
    /// The open plan.
    store: Store<Plan>,
    /// The role row.
    #[prop(into)]
    row: Field<StrategicRole>,
    /// Removes this role (with undo).
    on_remove: Callback<()>,
) -> impl IntoView {
    let i18n = use_locale();
    let id = row.with_untracked(|r| r.id);
    let kind = row.with_untracked(|r| r.kind);
    let primary = store.strategy().primary_role();
    let name = move || row.with(|r| role_label(i18n.get(), r));
    let description = role_description(kind);
    let why: Field<String> = row.why().into();
    let custom_name: Field<String> = row.custom_name().into();
    view! {
        <Fold
            id=format!("role-{id}")
            class=Signal::derive(move || if primary.get() == Some(id) { "card role-card role-card--primary".to_string() } else { "card role-card".to_string() })
            name=Signal::derive(name)
            fact=Signal::derive(move || if primary.get() == Some(id) { i18n.t(Key::Strategy(StrategyText::PrimaryRole)).to_string() } else { String::new() })
            issues=Signal::derive(move || store.strategy().with(|s| findings_about(&strategy_findings(s), id)))
        >
            <header class="role-card__header">
                <h3 class="role-card__name">{name}</h3>
                <label class="role-card__primary">
                    <input
                        type="radio"
                        name="primary-role"
                        prop:checked=move || primary.get() == Some(id)
                        on:change=move |_| primary.set(Some(id))
                    />
                    {move || i18n.t(Key::Strategy(StrategyText::PrimaryRole))}
                </label>
            </header>
            {description.map(|(what, implies)| view! {
                <p class="role-card__what">{move || i18n.t(Key::Strategy(what))}</p>
                <p class="role-card__implies">{move || i18n.t(Key::Strategy(implies))}</p>
            })}
            {(kind == StrategicRoleKind::Custom).then(|| view! {
                <TextField label=Key::Strategy(StrategyText::CustomRoleLabel) value=custom_name/>
            })}
            <TextField
                label=Key::Strategy(StrategyText::WhyLabel)
                value=why
                hint=Key::Strategy(StrategyText::WhyHint)
                placeholder=Key::Strategy(StrategyText::WhyPlaceholder)
                multiline=true
                rows=2
            />
            <button
                type="button"
                class="button button--ghost role-card__remove"
                on:click=move |_| on_remove.run(())
            >
                {move || crate::i18n::labelled(i18n.get(), i18n.t(Key::Strategy(StrategyText::RemoveRole)), &name())}
            </button>
        </Fold>
    }
}
