//! One goal: its title, the sentence it reads as, the SMART badges, every field of the editor,
//! and its progress; on a phone it folds to its name, sentence and open SMART letters.

use leptos::prelude::*;
use reactive_stores::{Field, Store};

use super::{GoalProgressPanel, GoalSmartBadges};
use crate::i18n::goal_editor::GoalText;
use crate::i18n::goals::{goal_name, goal_sentence, metric_name};
use crate::i18n::strategy::{platform_label, role_label};
use crate::i18n::team_names::team_role_label;
use crate::i18n::{labelled, Key};
use crate::model::smart::{check_goal, SmartReport, Verdict};
use crate::model::{
    Goal, GoalStoreFields, Id, Metric, Plan, PlanStoreFields, StrategyStoreFields, TargetKind,
    TeamStoreFields,
};
use crate::state::use_locale;
use crate::widgets::{dom_id, DateField, Fold, NumberField, TextField};

fn gt(k: GoalText) -> Key {
    Key::Goals(k)
}

/// Reads an optional id from a `<select>` value ("" = none).
fn parse_id(text: &str) -> Option<Id> {
    text.parse().ok()
}

/// A goal's card.
#[component]
pub fn GoalCard(
    /// The open plan.
    store: Store<Plan>,
    /// The goal row.
    #[prop(into)]
    row: Field<Goal>,
    /// Duplicates this goal.
    on_duplicate: Callback<()>,
    /// Deletes this goal (with undo).
    on_remove: Callback<()>,
) -> impl IntoView {
    let i18n = use_locale();
    let id = row.with_untracked(|g| g.id);
    let today = crate::web::browser::today();
    // Read with `try_`: deleting the goal notifies these before its card is gone, and by then the
    // row may already be disposed (reading it would panic).
    let name = Signal::derive(move || {
        row.try_with(|g| goal_name(i18n.get(), g))
            .unwrap_or_default()
    });
    let report = Memo::new(move |previous: Option<&SmartReport>| {
        store.with(|plan| {
            row.try_with(|g| check_goal(g, plan, today))
                .or_else(|| previous.cloned())
                .unwrap_or_else(|| check_goal(&Goal::default(), plan, today))
        })
    });
    let sentence = move || {
        store
            .with(|plan| row.try_with(|g| goal_sentence(g, plan, i18n.get())))
            .unwrap_or_default()
    };

    // Metric
    let metric = row.metric();
    let metric_id = dom_id("goal-metric");
    let metric_options = Metric::ALL.map(|m| {
        let value = format!("{m:?}");
        view! { <option value=value prop:selected=move || metric.get() == m>{move || metric_name(i18n.get(), m)}</option> }
    });
    let on_metric =
        move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlSelectElement>| {
            let text = ev.target().value();
            if let Some(m) = Metric::ALL.into_iter().find(|m| format!("{m:?}") == text) {
                metric.set(m);
            }
        };

    // Within N hours
    let within = row.within_hours();
    let within_id = dom_id("goal-within");

    // Platform
    let platform = row.platform();
    let platforms = store.strategy().platforms();
    let platform_id = dom_id("goal-platform");
    let platform_options = move || {
        let locale = i18n.get();
        platforms.with(|list| {
            list.iter()
                .map(|p| {
                    let pid = p.id;
                    view! { <option value=pid.to_string() prop:selected=move || platform.get() == Some(pid)>{platform_label(locale, p)}</option> }
                })
                .collect::<Vec<_>>()
        })
    };

    // Target kind
    let target_kind = row.target_kind();
    let kind_button = move |kind: TargetKind, label: GoalText| {
        view! {
            <button
                type="button"
                class="segmented__option"
                aria-pressed=move || (target_kind.get() == kind).to_string()
                on:click=move |_| target_kind.set(kind)
            >
                {move || i18n.t(gt(label))}
            </button>
        }
    };

    // Strategic role
    let serves = row.serves_role();
    let roles = store.strategy().roles();
    let role_id = dom_id("goal-role");
    let role_options = move || {
        let locale = i18n.get();
        roles.with(|list| {
            list.iter()
                .map(|r| {
                    let rid = r.id;
                    view! { <option value=rid.to_string() prop:selected=move || serves.get() == Some(rid)>{role_label(locale, r)}</option> }
                })
                .collect::<Vec<_>>()
        })
    };

    // Personas
    let chosen = row.personas();
    let personas = store.personas();
    let persona_boxes = move || {
        personas.with(|list| {
            list.iter()
                .map(|p| {
                    let pid = p.id;
                    let shown = if p.name.trim().is_empty() {
                        i18n.t(gt(GoalText::UnnamedPersona)).to_string()
                    } else {
                        p.name.clone()
                    };
                    view! {
                        <label class="choice-chip" class:choice-chip--on=move || chosen.with(|c| c.contains(&pid))>
                            <input
                                type="checkbox"
                                prop:checked=move || chosen.with(|c| c.contains(&pid))
                                on:change=move |_| {
                                    let mut list = chosen.write();
                                    if let Some(at) = list.iter().position(|x| *x == pid) {
                                        list.remove(at);
                                    } else {
                                        list.push(pid);
                                    }
                                }
                            />
                            <span>{shown}</span>
                        </label>
                    }
                })
                .collect::<Vec<_>>()
        })
    };

    // Owner
    let owner = row.owner_role();
    let team_roles = store.team().roles();
    let owner_id = dom_id("goal-owner");
    let owner_options = move || {
        team_roles.with(|list| {
            list.iter()
                .map(|r| {
                    let rid = r.id;
                    let shown = team_role_label(i18n.get(), r);
                    view! { <option value=rid.to_string() prop:selected=move || owner.get() == Some(rid)>{shown}</option> }
                })
                .collect::<Vec<_>>()
        })
    };

    let title: Field<String> = row.title().into();
    let custom_metric: Field<String> = row.custom_metric().into();
    let unit: Field<String> = row.unit().into();
    let achievable: Field<String> = row.achievable_because().into();
    let sentence_id = dom_id("goal-sentence");

    view! {
        <Fold
            id=format!("goal-{id}")
            class="card goal-card"
            name=name
            fact=Signal::derive(sentence)
            issues=Signal::derive(move || report.with(|r| r.letters.iter().filter(|l| l.verdict != Verdict::Pass).count()))
        >
            <TextField label=gt(GoalText::TitleLabel) value=title placeholder=gt(GoalText::TitlePlaceholder) class="goal-card__title"/>
            <p class="goal-sentence" id=sentence_id>
                {sentence}
            </p>
            <GoalSmartBadges report=report subject=name/>

            <div class="goal-grid">
                <div class="field">
                    <label for=metric_id.clone()>{move || i18n.t(gt(GoalText::MetricLabel))}</label>
                    <select id=metric_id on:change:target=on_metric>{metric_options}</select>
                </div>
                <Show when=move || metric.get() == Metric::Custom>
                    <TextField label=gt(GoalText::CustomMetricLabel) value=custom_metric/>
                </Show>
                <Show when=move || metric.get() == Metric::ResponseRate>
                    <div class="field">
                        <label for=within_id.clone()>{move || i18n.t(gt(GoalText::WithinHoursLabel))}</label>
                        <input
                            id=within_id.clone()
                            type="number"
                            min="1"
                            step="1"
                            inputmode="numeric"
                            prop:value=move || within.get().map(|h| h.to_string()).unwrap_or_default()
                            on:input:target=move |ev| within.set(ev.target().value().trim().parse::<u32>().ok())
                        />
                    </div>
                </Show>
                <div class="field">
                    <label for=platform_id.clone()>{move || i18n.t(gt(GoalText::PlatformLabel))}</label>
                    <select id=platform_id on:change:target=move |ev| platform.set(parse_id(&ev.target().value()))>
                        <option value="" prop:selected=move || platform.get().is_none()>{move || i18n.t(gt(GoalText::AllPlatforms))}</option>
                        {platform_options}
                    </select>
                    <Show when=move || platforms.with(|p| p.is_empty())>
                        <p class="field__hint">
                            {move || i18n.t(gt(GoalText::NoPlatformsYet))} " "
                            <a href="#/strategy">{move || i18n.t(gt(GoalText::GoToStrategy))}</a>
                        </p>
                    </Show>
                </div>
                <NumberField label=gt(GoalText::BaselineLabel) value=row.baseline()/>
                <NumberField label=gt(GoalText::TargetLabel) value=row.target()/>
                <div class="field">
                    <span class="field__label" aria-hidden="true">{move || i18n.t(gt(GoalText::TargetKindLabel))}</span>
                    <div class="segmented" role="group" aria-label=move || labelled(i18n.get(), i18n.t(gt(GoalText::TargetKindLabel)), &name.get())>
                        {kind_button(TargetKind::Absolute, GoalText::TargetAbsolute)}
                        {kind_button(TargetKind::PercentChange, GoalText::TargetPercent)}
                    </div>
                </div>
                <TextField label=gt(GoalText::UnitLabel) value=unit/>
                <DateField label=gt(GoalText::StartLabel) value=row.start()/>
                <DateField label=gt(GoalText::DeadlineLabel) value=row.deadline()/>
                <div class="field">
                    <label for=role_id.clone()>{move || i18n.t(gt(GoalText::RoleLabel))}</label>
                    <select id=role_id on:change:target=move |ev| serves.set(parse_id(&ev.target().value()))>
                        <option value="" prop:selected=move || serves.get().is_none()>{move || i18n.t(gt(GoalText::NoneChosen))}</option>
                        {role_options}
                    </select>
                    <Show when=move || roles.with(|r| r.is_empty())>
                        <p class="field__hint">
                            {move || i18n.t(gt(GoalText::NoRolesYet))} " "
                            <a href="#/strategy">{move || i18n.t(gt(GoalText::GoToStrategy))}</a>
                        </p>
                    </Show>
                </div>
                <div class="field">
                    <label for=owner_id.clone()>{move || i18n.t(gt(GoalText::OwnerLabel))}</label>
                    <select id=owner_id on:change:target=move |ev| owner.set(parse_id(&ev.target().value()))>
                        <option value="" prop:selected=move || owner.get().is_none()>{move || i18n.t(gt(GoalText::NoneChosen))}</option>
                        {owner_options}
                    </select>
                    <Show when=move || team_roles.with(|r| r.is_empty())>
                        <p class="field__hint">{move || i18n.t(gt(GoalText::NoOwnerYet))}</p>
                    </Show>
                </div>
            </div>
            <fieldset class="choice-group goal-personas">
                <legend>{move || i18n.t(gt(GoalText::PersonasLabel))}</legend>
                <div class="choice-chips">{persona_boxes}</div>
                <Show when=move || personas.with(|p| p.is_empty())>
                    <p class="field__hint">
                        {move || i18n.t(gt(GoalText::NoPersonasYet))} " "
                        <a href="#/personas">{move || i18n.t(gt(GoalText::GoToPersonas))}</a>
                    </p>
                </Show>
            </fieldset>
            <TextField label=gt(GoalText::AchievableLabel) value=achievable hint=gt(GoalText::AchievableHint) multiline=true rows=2/>

            <GoalProgressPanel store=store row=row subject=name/>

            <div class="goal-card__actions">
                <button type="button" class="button button--secondary" on:click=move |_| on_duplicate.run(())>
                    {move || labelled(i18n.get(), i18n.t(gt(GoalText::Duplicate)), &name.get())}
                </button>
                <button type="button" class="button button--ghost" on:click=move |_| on_remove.run(())>
                    {move || labelled(i18n.get(), i18n.t(gt(GoalText::Delete)), &name.get())}
                </button>
            </div>
        </Fold>
    }
}
