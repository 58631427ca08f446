//! One platform of the plan: the role it carries, its priority and the account. On a phone it
//! folds to its name, role and account.

use leptos::prelude::*;
use reactive_stores::{Field, Store};

use super::PrioritySwitch;
use crate::i18n::strategy::{platform_label, role_label, StrategyText};
use crate::i18n::Key;
use crate::model::checks::{findings_about, strategy_findings};
use crate::model::{
    is_safe_link, Plan, PlanStoreFields, Platform, PlatformKind, PlatformStoreFields,
    StrategyStoreFields,
};
use crate::state::use_locale;
use crate::widgets::{Fold, TextField};

/// A chosen platform's row.
#[component]
pub fn PlatformRow(
    /// The open plan.
    store: Store<Plan>,
    /// The platform row.
    #[prop(into)]
    row: Field<Platform>,
    /// Removes this platform (with undo).
    on_remove: Callback<()>,
) -> impl IntoView {
    let i18n = use_locale();
    let id = row.with_untracked(|p| p.id);
    let kind = row.with_untracked(|p| p.kind);
    let name = move || row.with(|p| platform_label(i18n.get(), p));
    let role: Field<Option<u64>> = row.role().into();
    let select_id = format!("platform-{id}-role");
    let options = move || {
        store.strategy().roles().with(|roles| {
            roles
                .iter()
                .map(|r| {
                    let value = r.id.to_string();
                    let label = role_label(i18n.get(), r);
                    let selected = role.get() == Some(r.id);
                    view! { <option value=value selected=selected>{label}</option> }
                })
                .collect_view()
        })
    };
    let on_role = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        role.set(value.parse().ok());
    };
    let url = row.url();
    let link = move || {
        let text = url.get();
        is_safe_link(&text).then(|| view! { <a href=text.clone() target="_blank" rel="noopener noreferrer">{text.clone()}</a> })
    };
    view! {
        <li class="platform-row-item">
        <Fold
            id=format!("platform-{id}")
            class="card platform-row"
            name=Signal::derive(name)
            fact=Signal::derive(move || {
                let chosen = role.get();
                let account = row.account().try_get().unwrap_or_default();
                let role_name = store.strategy().roles().with(|roles| {
                    roles.iter().find(|r| Some(r.id) == chosen).map(|r| role_label(i18n.get(), r))
                });
                [role_name.unwrap_or_default(), account.trim().to_string()]
                    .into_iter()
                    .filter(|part| !part.is_empty())
                    .collect::<Vec<_>>()
                    .join(" · ")
            })
            issues=Signal::derive(move || store.strategy().with(|s| findings_about(&strategy_findings(s), id)))
        >
            <header class="platform-row__header">
                <h4 class="platform-row__name">{name}</h4>
                <button type="button" class="button button--ghost" on:click=move |_| on_remove.run(())>
                    {move || crate::i18n::labelled(i18n.get(), i18n.t(Key::Strategy(StrategyText::RemovePlatform)), &name())}
                </button>
            </header>
            {(kind == PlatformKind::Custom).then(|| view! {
                <TextField label=Key::Strategy(StrategyText::CustomPlatformLabel) value=row.custom_name()/>
            })}
            <div class="platform-row__grid">
                <div class="field">
                    <label for=select_id.clone()>{move || i18n.t(Key::Strategy(StrategyText::PlatformRoleLabel))}</label>
                    <select id=select_id on:change=on_role>
                        <option value="" selected=move || role.get().is_none()>
                            {move || i18n.t(Key::Strategy(StrategyText::PlatformRoleNone))}
                        </option>
                        {options}
                    </select>
                </div>
                <PrioritySwitch value=row.priority() subject=Signal::derive(name)/>
                <TextField label=Key::Strategy(StrategyText::AccountLabel) value=row.account()/>
                <TextField label=Key::Strategy(StrategyText::LinkLabel) value=row.url() hint=Key::Strategy(StrategyText::LinkHint)/>
            </div>
            <p class="platform-row__link">{link}</p>
        </Fold>
        </li>
    }
}
