//! The current step's number and title, the target of focus after navigation, with the links
//! to present the step on a projector and to print its blank worksheet.

use leptos::prelude::*;

use crate::i18n::present::PresentText as P;
use crate::i18n::{step_counter, Key};
use crate::i18n::{step_name, AppText};
use crate::model::route::Route;
use crate::model::Step;
use crate::state::{use_current_step, use_locale};
use crate::web::nav::STEP_HEADING_ID;

/// "Step 2 of 6" above the step's name as the page's only `h1`.
#[component]
pub fn StepHeading() -> impl IntoView {
    let i18n = use_locale();
    let current = use_current_step();
    let decisions = Step::ALL.iter().filter(|s| s.number().is_some()).count();
    let counter = move || {
        let step = current.0.get();
        match step.number() {
            Some(n) => step_counter(i18n.get(), n, decisions),
            None => i18n.t(Key::App(AppText::HandbookLabel)).to_string(),
        }
    };
    view! {
        <header class="step-heading">
            <p class="step-heading__counter">{counter}</p>
            <h1 id=STEP_HEADING_ID tabindex="-1">{move || i18n.t(Key::Steps(step_name(current.0.get())))}</h1>
            <p class="step-heading__room no-print">
                <a class="button button--secondary step-heading__present"
                    href=move || Route::Present(current.0.get()).hash()>
                    {move || i18n.t(P::Present)}
                </a>
                // The handbook has no worksheet.
                <a class="button button--ghost step-heading__worksheet"
                    href=move || Route::Worksheet(current.0.get()).hash()
                    hidden=move || current.0.get().number().is_none()>
                    {move || i18n.t(P::Worksheet)}
                </a>
            </p>
        </header>
    }
}
