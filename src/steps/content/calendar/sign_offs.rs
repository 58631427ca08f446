//! The sign-offs of the item being edited: one group per step of the plan's approval path
//! (step 5), with who signed and when. Hidden text explains that without a path any status goes.

use leptos::prelude::*;
use reactive_stores::Store;

use super::section::{ct, CalendarUi};
use crate::i18n::calendar::{approval_step_fallback, CalendarText};
use crate::i18n::team_names::team_role_label;
use crate::i18n::Locale;
use crate::model::approval::missing_sign_offs;
use crate::model::calendar_moves::{set_sign_off, sign_off_of};
use crate::model::{ApprovalStep, Id, Plan, PlanStoreFields, TeamStoreFields};
use crate::state::use_locale;
use crate::widgets::{dom_id, parse_date};

/// The name an approval step goes by: its label, else its team role's name, else "Step N".
pub fn approval_step_name(
    plan: &Plan,
    step: &ApprovalStep,
    index: usize,
    locale: Locale,
) -> String {
    let label = step.label.trim();
    if !label.is_empty() {
        return label.to_string();
    }
    step.role
        .and_then(|role| plan.team.roles.iter().find(|r| r.id == role))
        .map(|role| team_role_label(locale, role))
        .unwrap_or_else(|| approval_step_fallback(locale, index + 1))
}

/// The sign-off groups of the draft item.
#[component]
pub fn CalendarSignOffs(
    /// The open plan.
    store: Store<Plan>,
    /// The calendar's UI state (holds the draft).
    ui: CalendarUi,
) -> impl IntoView {
    let i18n = use_locale();
    let draft = ui.draft;
    let path = store.team().approval_path();
    let steps = move || {
        let locale = i18n.get();
        store.with(|plan| {
            plan.team
                .approval_path
                .iter()
                .enumerate()
                .map(|(index, step)| (step.id, approval_step_name(plan, step, index, locale)))
                .collect::<Vec<(Id, String)>>()
        })
    };
    let all_signed =
        move || path.with(|path| draft.with(|item| missing_sign_offs(item, path).is_empty()));
    let group = move |(step, name): (Id, String)| {
        let by_id = dom_id("calendar-signed-by");
        let on_id = dom_id("calendar-signed-on");
        let (by_for, on_for) = (by_id.clone(), on_id.clone());
        let by = move || {
            draft.with(|d| {
                sign_off_of(d, step)
                    .map(|s| s.by.clone())
                    .unwrap_or_default()
            })
        };
        let on = move || draft.with(|d| sign_off_of(d, step).and_then(|s| s.on));
        let today = ui.today;
        let hidden_name = name.clone();
        view! {
            <fieldset class="calendar-sign-off">
                <legend>{name}</legend>
                <div class="calendar-sign-off__fields">
                    <div class="field">
                        <label for=by_for>{move || i18n.t(ct(CalendarText::SignedBy))}</label>
                        <input
                            id=by_id
                            type="text"
                            autocomplete="name"
                            prop:value=by
                            on:input:target=move |ev| {
                                let text = ev.target().value();
                                draft.update(|d| {
                                    let on = sign_off_of(d, step).and_then(|s| s.on);
                                    set_sign_off(d, step, text, on);
                                });
                            }
                        />
                    </div>
                    <div class="field">
                        <label for=on_for>{move || i18n.t(ct(CalendarText::SignedOn))}</label>
                        <input
                            id=on_id
                            type="date"
                            prop:value=move || on().map(|d| d.to_string()).unwrap_or_default()
                            on:change:target=move |ev| {
                                let date = parse_date(&ev.target().value());
                                draft.update(|d| {
                                    let by = sign_off_of(d, step).map(|s| s.by.clone()).unwrap_or_default();
                                    set_sign_off(d, step, by, date);
                                });
                            }
                        />
                    </div>
                    <button type="button" class="button button--secondary calendar-sign-off__today" on:click=move |_| {
                        draft.update(|d| {
                            let by = sign_off_of(d, step).map(|s| s.by.clone()).unwrap_or_default();
                            set_sign_off(d, step, by, Some(today));
                        });
                    }>
                        {move || i18n.t(ct(CalendarText::SignToday))}
                        <span class="visually-hidden">" " {hidden_name}</span>
                    </button>
                </div>
            </fieldset>
        }
    };

    view! {
        <section class="calendar-sign-offs" aria-labelledby="calendar-sign-offs-heading">
            <h3 id="calendar-sign-offs-heading" class="calendar-sign-offs__heading">{move || i18n.t(ct(CalendarText::SignOffsLabel))}</h3>
            {move || {
                let list = steps();
                if list.is_empty() {
                    view! { <p class="field__hint">{move || i18n.t(ct(CalendarText::NoApprovalPath))}</p> }.into_any()
                } else {
                    view! {
                        <p class="field__hint">{move || i18n.t(ct(CalendarText::SignOffsHint))}</p>
                        {list.into_iter().map(group).collect_view()}
                        <Show when=all_signed>
                            <p class="calendar-sign-offs__done">{move || i18n.t(ct(CalendarText::AllSignedOff))}</p>
                        </Show>
                    }.into_any()
                }
            }}
        </section>
    }
}
