//! The printed handout (A4): the session's name, the QR code and the link, how to join, the
//! agenda with its times, and a line per table to write its members on. Hidden on screen; the
//! print styles show only this sheet when the facilitator prints the workshop page.

use leptos::prelude::*;

use super::edit::read_session;
use super::use_workshop;
use crate::i18n::workshop_page::FacilitatorText as F;
use crate::i18n::{format_date_time, step_name, t, tf};
use crate::state::use_locale;
use crate::widgets::QrCode;

/// The handout for the open session and its join link.
#[component]
pub fn PrintSheet(
    /// The join link.
    #[prop(into)]
    link: Signal<String>,
    /// The QR code's accessible name.
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    let i18n = use_locale();
    let record = use_workshop().0;
    let name = move || read_session(record, |s| s.name.clone());
    // When, from the first block to the end of the last: "7 Dec 2026, 09:00 – 11:00".
    let date = move || {
        let span = read_session(record, |s| Some((s.agenda.start, s.agenda.end())));
        span.map(|(start, end)| {
            let from = format_date_time(i18n.get(), start);
            format!("{from} – {}", end.format("%H:%M"))
        })
        .unwrap_or_default()
    };
    let agenda = move || {
        let locale = i18n.get();
        read_session(record, |s| {
            (0..s.agenda.blocks.len())
                .filter_map(|i| Some((s.agenda.block_start(i)?, s.agenda.blocks[i])))
                .map(|(at, block)| {
                    let time = at.format("%H:%M").to_string();
                    let step = t(locale, step_name(block.step));
                    tf(
                        locale,
                        F::SheetAgendaLine,
                        &[
                            ("time", &time),
                            ("step", &step),
                            ("minutes", &block.minutes),
                        ],
                    )
                })
                .collect::<Vec<_>>()
        })
        .into_iter()
        .map(|line| view! { <li>{line}</li> })
        .collect_view()
    };
    let tables = move || {
        read_session(record, |s| s.tables.clone())
            .into_iter()
            .map(|table| {
                view! {
                    <li class="workshop-sheet__table">
                        <span class="workshop-sheet__table-name">{table}</span>
                        <span class="workshop-sheet__line"></span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="workshop-sheet">
            <h1 class="workshop-sheet__title">{name}</h1>
            <p class="workshop-sheet__date">{date}</p>
            <div class="workshop-sheet__join">
                <QrCode text=link label=label class="qr-code--print"/>
                <div>
                    <p>{move || i18n.t(F::SheetJoin)}</p>
                    <p class="workshop-sheet__link">{move || link.get()}</p>
                </div>
            </div>
            <h2>{move || i18n.t(F::SheetAgenda)}</h2>
            <ol class="workshop-sheet__agenda">{agenda}</ol>
            <h2>{move || i18n.t(F::SheetTables)}</h2>
            <ul class="workshop-sheet__tables">{tables}</ul>
        </section>
    }
}
