//! The responsibility matrix: activities down the side, roles across the top, a letter (R, A, C,
//! I or none) in each cell, and a check per row that exactly one role is accountable. On a phone
//! the matrix becomes a list: one folded entry per activity, a letter per role inside.

use leptos::prelude::*;
use reactive_stores::Store;

use crate::i18n::team::{activity_name, letter_text, raci_problem_text, TeamText};
use crate::i18n::team_names::team_role_label;
use crate::i18n::Key;
use crate::model::team_rules::{
    holders_by_letter, letter_at, raci_row_problem, set_letter, RaciProblem,
};
use crate::model::{Activity, Id, Plan, PlanStoreFields, Raci, TeamStoreFields};
use crate::state::use_locale;
use crate::widgets::{narrow_screen, Fold};

fn tt(k: TeamText) -> Key {
    Key::Team(k)
}

/// The matrix as an accessible table.
#[component]
pub fn TeamRaciTable(
    /// The open plan.
    store: Store<Plan>,
) -> impl IntoView {
    let i18n = use_locale();
    let narrow = narrow_screen();
    let team = store.team();
    let raci = team.raci();
    let roles = team.roles();
    // Rebuilt when roles are added, removed or renamed; cell values follow the matrix reactively.
    let columns = Memo::new(move |_| {
        let locale = i18n.get();
        roles.with(|list| {
            list.iter()
                .map(|r| (r.id, team_role_label(locale, r)))
                .collect::<Vec<_>>()
        })
    });

    // One letter of the matrix, the same in the table and in the phone's list: the letter shown
    // (for the cell's colour) and the control that sets it, named "activity × role".
    let letter_control =
        move |activity: Activity, role: Id, activity_label: &str, role_name: &str| {
            let current = move || raci.with(|cells| letter_at(cells, activity, role));
            let shown = move || current().map(Raci::code).unwrap_or("");
            let options = Raci::ALL.map(|letter| {
                view! {
                    <option value=letter.code() prop:selected=move || current() == Some(letter)>
                        {move || i18n.t(tt(letter_text(letter)))}
                    </option>
                }
            });
            let control = view! {
                <select
                    aria-label=format!("{activity_label} × {role_name}")
                    on:change:target=move |ev| {
                        let text = ev.target().value();
                        let letter = Raci::ALL.into_iter().find(|l| l.code() == text);
                        raci.update(|cells| set_letter(cells, activity, role, letter));
                    }
                >
                    <option value="" prop:selected=move || current().is_none()>"—"</option>
                    {options}
                </select>
            };
            (shown, control)
        };
    let status = move |problem: Memo<Option<RaciProblem>>| {
        move || match problem.get() {
            None => view! { <span class="team-ok">"✓ " {i18n.t(tt(TeamText::RaciOk))}</span> }
                .into_any(),
            Some(p) => {
                view! { <span class="team-warning">"⚠ " {raci_problem_text(i18n.get(), p)}</span> }
                    .into_any()
            }
        }
    };

    let header = move || {
        columns
            .get()
            .into_iter()
            .map(|(_, name)| view! { <th scope="col">{name}</th> })
            .collect::<Vec<_>>()
    };

    let rows = move || {
        let locale = i18n.get();
        let cols = columns.get();
        Activity::ALL
            .into_iter()
            .map(|activity| {
                let activity_label = activity_name(locale, activity);
                let cells = cols
                    .iter()
                    .map(|(role, role_name)| {
                        let (shown, control) = letter_control(activity, *role, activity_label, role_name);
                        view! { <td class="team-raci__cell" data-letter=shown>{control}</td> }
                    })
                    .collect::<Vec<_>>();
                let problem = Memo::new(move |_| team.with(|t| raci_row_problem(t, activity)));
                view! {
                    <tr class="team-raci__row" class:team-raci__row--problem=move || problem.get().is_some() data-activity=format!("{activity:?}")>
                        <th scope="row">{activity_label}</th>
                        {cells}
                        <td class="team-raci__status" aria-live="polite">{status(problem)}</td>
                    </tr>
                }
            })
            .collect::<Vec<_>>()
    };

    // On a phone: one folded entry per activity, its letters in the summary, a control per role
    // inside, instead of a table wider than the screen.
    let list = move || {
        let locale = i18n.get();
        let cols = columns.get();
        Activity::ALL
            .into_iter()
            .map(|activity| {
                let activity_label = activity_name(locale, activity);
                let problem = Memo::new(move |_| team.with(|t| raci_row_problem(t, activity)));
                let fact = {
                    let cols = cols.clone();
                    Signal::derive(move || {
                        raci.with(|cells| {
                            holders_by_letter(cells, activity, &cols)
                                .into_iter()
                                .map(|(letter, holders)| format!("{}: {}", letter.code(), holders.join(", ")))
                                .collect::<Vec<_>>()
                                .join(" · ")
                        })
                    })
                };
                let entries = cols
                    .iter()
                    .map(|(role, role_name)| {
                        let (shown, control) = letter_control(activity, *role, activity_label, role_name);
                        view! {
                            <li class="team-raci__entry" data-letter=shown>
                                <span class="team-raci__role" aria-hidden="true">{role_name.clone()}</span>
                                {control}
                            </li>
                        }
                    })
                    .collect::<Vec<_>>();
                view! {
                    <Fold
                        class=Signal::derive(move || if problem.get().is_some() { "card team-raci__activity team-raci__row--problem".to_string() } else { "card team-raci__activity".to_string() })
                        name=activity_label.to_string()
                        fact=fact
                        issues=Signal::derive(move || usize::from(problem.get().is_some()))
                    >
                        <p class="team-raci__status" aria-live="polite">{status(problem)}</p>
                        <ul class="team-raci__entries">{entries}</ul>
                    </Fold>
                }
            })
            .collect::<Vec<_>>()
    };

    view! {
        <Show
            when=move || roles.with(|r| !r.is_empty())
            fallback=move || view! { <p class="field__hint">{move || i18n.t(tt(TeamText::RaciNoRoles))}</p> }
        >
            <Show when=move || narrow.get()>
                <p class="team-raci__caption" id="team-raci-caption">{move || i18n.t(tt(TeamText::RaciCaption))}</p>
                <div class="team-raci__list" role="group" aria-labelledby="team-raci-caption">{list}</div>
            </Show>
            <Show when=move || !narrow.get()>
            <div class="team-raci__wrap" tabindex="0" role="region" aria-labelledby="team-raci-caption">
                <table class="team-raci">
                    <caption id="team-raci-caption">{move || i18n.t(tt(TeamText::RaciCaption))}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || i18n.t(tt(TeamText::RaciActivity))}</th>
                            {header}
                            <th scope="col">{move || i18n.t(tt(TeamText::RaciStatus))}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            </Show>
        </Show>
    }
}
