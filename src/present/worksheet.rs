//! A step's blank worksheet for tables working on paper (`#/worksheet/<step>`): one A4 sheet in
//! the current language with the step's question and why, its prompts with their hints and
//! examples, ruled lines to write on, and, when a workshop session is set up on this device, the
//! join QR code and link in a corner. On screen a bar offers printing and the way back.

use leptos::prelude::*;

use super::worksheet_parts::{worksheet_parts, Part};
use crate::i18n::present::{piece_text, RoomPieceText as P};
use crate::i18n::workshop_page::FacilitatorText as F;
use crate::i18n::{
    fill, labelled, step_name, step_question, step_why, t, tf, AppText, Key, Locale,
};
use crate::io::join::join_link;
use crate::model::route::Route;
use crate::model::Step;
use crate::state::use_locale;
use crate::web::storage;
use crate::widgets::QrCode;

/// The join link of the session set up on this device, with the session's name.
fn session_link() -> Option<(String, String)> {
    let record = storage::load_current_workshop()?;
    let href = window().location().href().ok()?;
    let base = href.split('#').next().unwrap_or_default().to_string();
    let link = join_link(&base, &record.session.invite(), None).ok()?;
    Some((link.url, record.session.name.clone()))
}

/// Lines to write on.
fn lines(n: u8) -> impl IntoView {
    (0..n)
        .map(|_| view! { <span class="worksheet__line"></span> })
        .collect::<Vec<_>>()
}

/// The parts of one step's sheet.
fn parts(step: Step, l: Locale) -> Vec<AnyView> {
    worksheet_parts(step)
        .into_iter()
        .map(|part| match part {
            Part::Section { heading, intro } => view! {
                <h2 class="worksheet__section">{t(l, heading)}</h2>
                {intro.map(|i| view! { <p class="worksheet__intro">{t(l, i)}</p> })}
            }
            .into_any(),
            Part::Prompt {
                label,
                hint,
                example,
                lines: n,
            } => view! {
                <div class="worksheet__prompt">
                    <h3 class="worksheet__label">{t(l, label)}</h3>
                    {hint.map(|h| view! { <p class="worksheet__hint">{t(l, h)}</p> })}
                    {example.map(|e| view! { <p class="worksheet__example">{t(l, e)}</p> })}
                    <div class="worksheet__lines">{lines(n)}</div>
                </div>
            }
            .into_any(),
            Part::Choices(keys) => view! {
                <ul class="worksheet__choices">
                    {keys.into_iter().map(|k| view! {
                        <li><span class="worksheet__box" aria-hidden="true"></span>{t(l, k)}</li>
                    }).collect::<Vec<_>>()}
                </ul>
            }
            .into_any(),
        })
        .collect()
}

/// The worksheet of `step`.
#[component]
pub fn WorksheetPage(
    /// A decision step (the handbook has no worksheet).
    step: Step,
) -> impl IntoView {
    let i18n = use_locale();
    let session = session_link();
    let print = move |_| {
        let _ = window().print();
    };
    crate::web::focus::focus_after_paint("worksheet-title", crate::web::focus::Reveal::Top);
    let join = session.map(|(url, name)| {
        let shown = url.clone();
        let label = Signal::derive(move || tf(i18n.get(), F::QrLabel, &[("session", &name)]));
        view! {
            <div class="worksheet__join">
                <QrCode text=Signal::stored(url) label=label class="qr-code--worksheet"/>
                <p class="worksheet__join-text">{move || piece_text(i18n.get(), P::WorksheetJoin)}</p>
                <p class="worksheet__link">{shown}</p>
            </div>
        }
    });
    let title = move || {
        let l = i18n.get();
        fill(
            piece_text(l, P::WorksheetTitle),
            &[
                ("number", &step.number().unwrap_or_default()),
                ("step", &t(l, step_name(step))),
            ],
        )
    };
    view! {
        <main id="main" class="worksheet-page" tabindex="-1">
            <div class="worksheet-bar no-print">
                <a class="button button--secondary" href=Route::Step(step).hash()>{move || piece_text(i18n.get(), P::WorksheetBack)}</a>
                <button type="button" class="button button--primary worksheet-print" on:click=print>
                    {move || piece_text(i18n.get(), P::WorksheetPrint)}
                </button>
            </div>
            <article class="worksheet" aria-labelledby="worksheet-title">
                // The join code floats in the top corner; the heading and the prompts run beside it.
                {join}
                <header class="worksheet__head">
                    <h1 id="worksheet-title" class="worksheet__title" tabindex="-1">{title}</h1>
                    <p class="worksheet__names">
                        <span>{move || piece_text(i18n.get(), P::WorksheetNames)}</span>
                        <span class="worksheet__line worksheet__line--inline"></span>
                    </p>
                </header>
                <p class="worksheet__question">
                    <strong>{move || labelled(i18n.get(), i18n.t(Key::App(AppText::CoachWhat)), "")}" "</strong>
                    {move || i18n.t(Key::Steps(step_question(step)))}
                </p>
                <p class="worksheet__why">
                    <strong>{move || labelled(i18n.get(), i18n.t(Key::App(AppText::CoachWhy)), "")}" "</strong>
                    {move || i18n.t(Key::Steps(step_why(step)))}
                </p>
                {move || parts(step, i18n.get())}
            </article>
        </main>
    }
}
