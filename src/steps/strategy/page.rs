//! Step 1 · strategic role: the roles social media plays (one primary, each with a why), the
//! vision and objectives they serve, and the platforms that carry each role.

use leptos::prelude::*;
use reactive_stores::Store;

use super::{PlatformRow, RoleCard};
use crate::i18n::shared::SharedText;
use crate::i18n::strategy::{platform_name, role_label, role_name, StrategyText};
use crate::i18n::{Key, Locale};
use crate::model::{
    reinsert, take_by_id, Id, Plan, PlanStoreFields, Platform, PlatformKind, PlatformStoreFields,
    StrategicRole, StrategicRoleKind, StrategicRoleStoreFields, StrategyStoreFields,
};
use crate::state::use_locale;
use crate::state::{allocate_id, use_workspace};
use crate::widgets::{offer_undo, ChipsField, TextField};

fn st(key: StrategyText) -> Key {
    Key::Strategy(key)
}

/// Adds a role of `kind`; the first role chosen becomes the primary one.
fn add_role(store: Store<Plan>, kind: StrategicRoleKind) {
    let id = allocate_id(store);
    store.strategy().roles().write().push(StrategicRole {
        id,
        kind,
        ..Default::default()
    });
    if store.strategy().primary_role().get_untracked().is_none() {
        store.strategy().primary_role().set(Some(id));
    }
}

/// Removes role `id` and offers to undo it.
fn remove_role(store: Store<Plan>, id: Id, locale: Locale) {
    let Some((index, role)) = store
        .strategy()
        .roles()
        .try_update(|list| take_by_id(list, id))
        .flatten()
    else {
        return;
    };
    let was_primary = store.strategy().primary_role().get_untracked() == Some(id);
    if was_primary {
        store.strategy().primary_role().set(None);
    }
    let message = format!(
        "{} {}",
        crate::i18n::t(locale, Key::Shared(SharedText::Deleted)),
        role_label(locale, &role)
    );
    offer_undo(message, move |store| {
        let strategy = store.strategy();
        let restored = strategy
            .roles()
            .try_update(|list| reinsert(list, index, role.clone()));
        if restored == Some(true) && was_primary {
            strategy.primary_role().set(Some(id));
        }
    });
}

/// Adds a platform of `kind` (any custom one starts empty).
fn add_platform(store: Store<Plan>, kind: PlatformKind) {
    let id = allocate_id(store);
    let role = store.strategy().primary_role().get_untracked();
    store.strategy().platforms().write().push(Platform {
        id,
        kind,
        role,
        ..Default::default()
    });
}

/// Removes platform `id` and offers to undo it.
fn remove_platform(store: Store<Plan>, id: Id, locale: Locale) {
    let Some((index, platform)) = store
        .strategy()
        .platforms()
        .try_update(|list| take_by_id(list, id))
        .flatten()
    else {
        return;
    };
    let message = format!(
        "{} {}",
        crate::i18n::t(locale, Key::Shared(SharedText::Deleted)),
        crate::i18n::strategy::platform_label(locale, &platform)
    );
    offer_undo(message, move |store| {
        store.strategy().platforms().update(|list| {
            reinsert(list, index, platform.clone());
        });
    });
}

/// The strategy step's editor.
#[component]
pub fn StrategyStep(
    /// The open plan.
    store: Store<Plan>,
) -> impl IntoView {
    let i18n = use_locale();
    let _ = use_workspace();
    let roles = store.strategy().roles();
    let platforms = store.strategy().platforms();

    let role_toggles = StrategicRoleKind::BUILT_IN.map(|kind| {
        let chosen = move || roles.with(|r| r.iter().find(|r| r.kind == kind).map(|r| r.id));
        let toggle = move |_| match chosen() {
            Some(id) => remove_role(store, id, i18n.get()),
            None => add_role(store, kind),
        };
        view! {
            <label class="choice-tile" class:choice-tile--on=move || chosen().is_some()>
                <input type="checkbox" prop:checked=move || chosen().is_some() on:change=toggle/>
                <span class="choice-tile__name">{move || role_name(i18n.get(), kind)}</span>
            </label>
        }
    });

    let platform_toggle = move |kind: PlatformKind| {
        let chosen = move || platforms.with(|p| p.iter().find(|p| p.kind == kind).map(|p| p.id));
        let toggle = move |_| match chosen() {
            Some(id) => remove_platform(store, id, i18n.get()),
            None => add_platform(store, kind),
        };
        view! {
            <label class="choice-chip" class:choice-chip--on=move || chosen().is_some()>
                <input type="checkbox" prop:checked=move || chosen().is_some() on:change=toggle/>
                <span>{move || platform_name(i18n.get(), kind)}</span>
            </label>
        }
    };
    let chinese = PlatformKind::CHINESE.map(platform_toggle);
    let global = PlatformKind::GLOBAL.map(platform_toggle);
    let has_roles = move || roles.with(|r| !r.is_empty());

    view! {
        <div class="strategy-step">
            <section class="step-section" aria-labelledby="roles-heading">
                <h2 id="roles-heading">{move || i18n.t(st(StrategyText::RolesHeading))}</h2>
                <p class="step-section__intro">{move || i18n.t(st(StrategyText::RolesIntro))}</p>
                <fieldset class="choice-tiles" id="strategy-roles" tabindex="-1">
                    <legend class="visually-hidden">{move || i18n.t(st(StrategyText::RolesHeading))}</legend>
                    {role_toggles}
                </fieldset>
                <div class="role-cards">
                    <For each=move || roles key=|row| row.id().get() let:row>
                        {
                            let id = row.id().get_untracked();
                            view! { <RoleCard store=store row=row on_remove=Callback::new(move |_| remove_role(store, id, i18n.get()))/> }
                        }
                    </For>
                </div>
                <button type="button" class="button button--secondary" on:click=move |_| add_role(store, StrategicRoleKind::Custom)>
                    "+ " {move || i18n.t(st(StrategyText::AddCustomRole))}
                </button>
            </section>

            <section class="step-section" aria-labelledby="direction-heading" id="strategy-direction" tabindex="-1">
                <h2 id="direction-heading">{move || i18n.t(st(StrategyText::DirectionHeading))}</h2>
                <TextField
                    label=st(StrategyText::VisionLabel)
                    value=store.strategy().vision()
                    hint=st(StrategyText::VisionHint)
                    placeholder=st(StrategyText::VisionPlaceholder)
                    multiline=true
                    rows=2
                    class="field--vision"
                />
                <ChipsField
                    label=st(StrategyText::ObjectivesLabel)
                    values=store.strategy().objectives()
                    hint=st(StrategyText::ObjectivesHint)
                    placeholder=st(StrategyText::ObjectivesPlaceholder)
                />
            </section>

            <section class="step-section" aria-labelledby="platforms-heading">
                <h2 id="platforms-heading">{move || i18n.t(st(StrategyText::PlatformsHeading))}</h2>
                <p class="step-section__intro">{move || i18n.t(st(StrategyText::PlatformsIntro))}</p>
                <fieldset class="choice-group" id="strategy-platforms" tabindex="-1">
                    <legend>{move || i18n.t(st(StrategyText::ChinesePlatforms))}</legend>
                    <div class="choice-chips">{chinese}</div>
                </fieldset>
                <fieldset class="choice-group">
                    <legend>{move || i18n.t(st(StrategyText::GlobalPlatforms))}</legend>
                    <div class="choice-chips">{global}</div>
                </fieldset>
                <button type="button" class="button button--secondary" on:click=move |_| add_platform(store, PlatformKind::Custom)>
                    "+ " {move || i18n.t(st(StrategyText::AddCustomPlatform))}
                </button>
                {move || (!has_roles() && platforms.with(|p| !p.is_empty())).then(|| view! {
                    <p class="field-message field-message--warning">
                        <span aria-hidden="true">"⚠ "</span>
                        {move || i18n.t(st(StrategyText::NoRolesYet))}
                    </p>
                })}
                <h3 class="visually-hidden">{move || i18n.t(st(StrategyText::ChosenPlatforms))}</h3>
                <ul class="platform-rows">
                    <For each=move || platforms key=|row| row.id().get() let:row>
                        {
                            let id = row.id().get_untracked();
                            view! { <PlatformRow store=store row=row on_remove=Callback::new(move |_| remove_platform(store, id, i18n.get()))/> }
                        }
                    </For>
                </ul>
            </section>
        </div>
    }
}
