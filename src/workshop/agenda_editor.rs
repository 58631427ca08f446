//! The agenda: when the session starts, which steps it works on and the minutes each gets, with
//! the time each block starts and the total. One row per step, in the steps' order.

use chrono::NaiveDateTime;
use leptos::prelude::*;

use super::edit::{edit_session, read_session};
use super::problem_list::ProblemList;
use super::use_workshop;
use crate::i18n::workshop_page::FacilitatorText as F;
use crate::i18n::{step_name, t, tf};
use crate::model::workshop::agenda::{AgendaBlock, DEFAULT_BLOCKS, MAX_BLOCK_MINUTES};
use crate::model::workshop::{AgendaProblem, Session, SessionProblem};
use crate::model::Step;
use crate::state::use_locale;

/// The value a `datetime-local` input shows.
const INPUT_FORMAT: &str = "%Y-%m-%dT%H:%M";

/// Minutes a step gets when it is added to the agenda.
fn default_minutes(step: Step) -> u32 {
    DEFAULT_BLOCKS
        .iter()
        .find(|(s, _)| *s == step)
        .map_or(15, |(_, m)| *m)
}

/// The order of `step` among the steps.
fn order(step: Step) -> usize {
    Step::ALL.iter().position(|s| *s == step).unwrap_or(0)
}

/// Puts `step` in or out of the agenda, keeping the blocks in the steps' order.
fn set_included(session: &mut Session, step: Step, on: bool) {
    let blocks = &mut session.agenda.blocks;
    if on {
        if !blocks.iter().any(|b| b.step == step) {
            let at = blocks
                .iter()
                .filter(|b| order(b.step) < order(step))
                .count();
            blocks.insert(
                at,
                AgendaBlock {
                    step,
                    minutes: default_minutes(step),
                },
            );
        }
    } else {
        blocks.retain(|b| b.step != step);
    }
}

/// True when `problem` is about the block of the step at `step_index` in [`Step::ALL`].
fn about_step(problem: &SessionProblem, session: &Session, step_index: usize) -> bool {
    let index = match problem {
        SessionProblem::Agenda(AgendaProblem::ZeroMinutes { index })
        | SessionProblem::Agenda(AgendaProblem::TooLong { index, .. }) => *index,
        _ => return false,
    };
    session.agenda.blocks.get(index).map(|b| b.step) == Step::ALL.get(step_index).copied()
}

/// The agenda editor of the open session.
#[component]
pub fn AgendaEditor() -> impl IntoView {
    let i18n = use_locale();
    let record = use_workshop().0;
    let start = move || read_session(record, |s| s.agenda.start.format(INPUT_FORMAT).to_string());
    let total = move || {
        let (minutes, end) =
            read_session(record, |s| (s.agenda.total_minutes(), Some(s.agenda.end())));
        let end = end
            .map(|e| e.format("%H:%M").to_string())
            .unwrap_or_default();
        tf(
            i18n.get(),
            F::AgendaTotal,
            &[("minutes", &minutes), ("end", &end)],
        )
    };
    let rows = Step::ALL
        .into_iter()
        .enumerate()
        .map(|(step_index, step)| {
            let block = move || {
                read_session(record, |s| {
                    s.agenda
                        .blocks
                        .iter()
                        .position(|b| b.step == step)
                        .map(|i| (s.agenda.blocks[i].minutes, s.agenda.block_start(i)))
                })
            };
            let included = move || block().is_some();
            let name = move || t(i18n.get(), step_name(step));
            let check_id = format!("workshop-agenda-{}", step.slug());
            let minutes_id = format!("workshop-agenda-{}-minutes", step.slug());
            let problems_id = format!("workshop-agenda-{}-problems", step.slug());
            view! {
                <li class="workshop-agenda__row">
                    <span class="workshop-agenda__time">
                        {move || block().and_then(|(_, at)| at).map(|at| at.format("%H:%M").to_string())}
                    </span>
                    <input type="checkbox" id=check_id.clone()
                        prop:checked=included
                        on:change:target=move |ev| {
                            let on = ev.target().checked();
                            edit_session(record, |s| set_included(s, step, on));
                        }/>
                    <label for=check_id class="workshop-agenda__step">
                        <span class="visually-hidden">
                            {move || tf(i18n.get(), F::AgendaInclude, &[("step", &name())])}
                        </span>
                        <span aria-hidden="true">{name}</span>
                    </label>
                    <label for=minutes_id.clone() class="visually-hidden">
                        {move || tf(i18n.get(), F::AgendaMinutes, &[("step", &name())])}
                    </label>
                    <input type="number" id=minutes_id class="workshop-agenda__minutes"
                        min="1" max=MAX_BLOCK_MINUTES.to_string() step="1" inputmode="numeric"
                        aria-describedby=problems_id.clone()
                        disabled=move || !included()
                        prop:value=move || block().map(|(m, _)| m.to_string()).unwrap_or_default()
                        on:input:target=move |ev| {
                            let minutes = ev.target().value().trim().parse::<u32>().unwrap_or(0);
                            edit_session(record, |s| {
                                if let Some(b) = s.agenda.blocks.iter_mut().find(|b| b.step == step) {
                                    b.minutes = minutes;
                                }
                            });
                        }/>
                    <span class="workshop-agenda__unit" aria-hidden="true">{move || i18n.t(F::MinutesUnit)}</span>
                    <ProblemList id=problems_id index=step_index belongs=about_step/>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="workshop-agenda">
            <legend>{move || i18n.t(F::AgendaLegend)}</legend>
            <div class="field">
                <label for="workshop-agenda-start">{move || i18n.t(F::AgendaStart)}</label>
                <input id="workshop-agenda-start" name="agenda-start" type="datetime-local"
                    prop:value=start
                    on:change:target=move |ev| {
                        let value = ev.target().value();
                        if let Ok(at) = NaiveDateTime::parse_from_str(&value, INPUT_FORMAT) {
                            edit_session(record, |s| s.agenda.start = at);
                        }
                    }/>
            </div>
            <ol class="workshop-agenda__list">{rows}</ol>
            <p class="workshop-agenda__total" aria-live="polite">{total}</p>
            <ProblemList id="workshop-agenda-problems"
                belongs=|p, _, _| matches!(p,
                    SessionProblem::Agenda(AgendaProblem::Empty)
                    | SessionProblem::Agenda(AgendaProblem::TooManyBlocks { .. }))/>
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::workshop::Agenda;

    #[test]
    fn steps_go_in_and_out_in_their_order() {
        let mut s = Session {
            agenda: Agenda::standard(NaiveDateTime::default()),
            ..Session::default()
        };
        set_included(&mut s, Step::Personas, false);
        assert!(!s.agenda.blocks.iter().any(|b| b.step == Step::Personas));
        set_included(&mut s, Step::Personas, true);
        assert_eq!(s.agenda.blocks[1].step, Step::Personas);
        assert_eq!(s.agenda.blocks[1].minutes, 25);
        set_included(&mut s, Step::Handbook, true);
        assert_eq!(s.agenda.blocks.last().map(|b| b.step), Some(Step::Handbook));
        set_included(&mut s, Step::Handbook, true);
        assert_eq!(s.agenda.blocks.len(), 7);
    }
}
