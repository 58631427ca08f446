//! The session's agenda on the join page: when it starts, and each block with its step, minutes
//! and clock times (the rows come from `crate::model::workshop::joining::agenda_rows`).

use leptos::prelude::*;

use crate::i18n::workshop_join::JoinText as J;
use crate::i18n::{format_date_time, step_name, tf};
use crate::model::workshop::joining::agenda_rows;
use crate::model::workshop::Agenda;
use crate::state::use_locale;

/// The agenda as a list of blocks with their times.
#[component]
pub fn JoinAgenda(agenda: Agenda) -> impl IntoView {
    let i18n = use_locale();
    let rows = agenda_rows(&agenda);
    let (start, total) = (agenda.start, agenda.total_minutes());
    let starts = move || {
        let l = i18n.get();
        tf(
            l,
            J::AgendaStarts,
            &[("when", &format_date_time(l, start)), ("minutes", &total)],
        )
    };
    let items = rows
        .into_iter()
        .map(|row| {
            let times = format!(
                "{}–{}",
                row.starts.format("%H:%M"),
                row.ends.format("%H:%M")
            );
            let minutes = move || tf(i18n.get(), J::AgendaMinutes, &[("minutes", &row.minutes)]);
            view! {
                <li class="join-agenda__block">
                    <span class="join-agenda__time">{times}</span>
                    <span class="join-agenda__step">{move || i18n.t(step_name(row.step))}</span>
                    <span class="join-agenda__minutes">{minutes}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="join-agenda" aria-labelledby="join-agenda-title">
            <h2 id="join-agenda-title">{move || i18n.t(J::AgendaHeading)}</h2>
            <p class="join-agenda__start">{starts}</p>
            <ol class="join-agenda__list">{items}</ol>
        </section>
    }
}
