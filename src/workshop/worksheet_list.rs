//! The workshop page's list of the six worksheets, for tables that work on paper.

use leptos::prelude::*;

use crate::i18n::present::PresentText as P;
use crate::i18n::{step_counter, step_name};
use crate::model::route::Route;
use crate::model::Step;
use crate::state::use_locale;

/// Links to every step's printable worksheet.
#[component]
pub fn WorksheetList() -> impl IntoView {
    let i18n = use_locale();
    let steps: Vec<Step> = Step::ALL
        .into_iter()
        .filter(|s| s.number().is_some())
        .collect();
    let total = steps.len();
    let links = steps
        .into_iter()
        .map(|step| {
            let n = step.number().unwrap_or_default();
            view! {
                <li>
                    <a href=Route::Worksheet(step).hash()>
                        {move || format!("{} · {}", step_counter(i18n.get(), n, total), i18n.t(step_name(step)))}
                    </a>
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <section class="workshop-section workshop-worksheets" aria-labelledby="workshop-worksheets-title">
            <h2 id="workshop-worksheets-title">{move || i18n.t(P::WorksheetsHeading)}</h2>
            <p>{move || i18n.t(P::WorksheetsIntro)}</p>
            <ul class="workshop-worksheets__list">{links}</ul>
        </section>
    }
}
