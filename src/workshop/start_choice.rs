//! What every table starts from: a blank plan, one of the worked examples, or the facilitator's
//! open plan, as one group of radio buttons (`name=start`, values `blank`, `example-<slug>`,
//! `plan`).

use leptos::prelude::*;

use super::edit::{edit_session, read_session};
use super::use_workshop;
use crate::i18n::examples::example_title;
use crate::i18n::tf;
use crate::i18n::workshop_page::FacilitatorText as F;
use crate::model::examples::Example;
use crate::model::workshop::session::example_slug;
use crate::model::workshop::Start;
use crate::state::{use_locale, use_workspace};

/// The radio value of `start`.
fn value_of(start: Start) -> String {
    match start {
        Start::Blank => "blank".into(),
        Start::Plan => "plan".into(),
        Start::Example(example) => format!("example-{}", example_slug(example)),
    }
}

/// The start choice of the open session.
#[component]
pub fn StartChoice() -> impl IntoView {
    let i18n = use_locale();
    let ws = use_workspace();
    let record = use_workshop().0;
    let current = Memo::new(move |_| read_session(record, |s| s.start));
    let mut starts = vec![Start::Blank];
    starts.extend(Example::ALL.into_iter().map(Start::Example));
    starts.push(Start::Plan);
    let options = starts
        .into_iter()
        .map(|start| {
            let value = value_of(start);
            let id = format!("workshop-start-{value}");
            let label = move || {
                let locale = i18n.get();
                match start {
                    Start::Blank => i18n.t(F::StartBlank).to_string(),
                    Start::Example(example) => {
                        let title = crate::i18n::t(locale, example_title(example));
                        tf(locale, F::StartExample, &[("title", &title)])
                    }
                    Start::Plan => {
                        let name = ws.snapshot().name;
                        tf(locale, F::StartPlan, &[("name", &name)])
                    }
                }
            };
            let hint = (start == Start::Plan).then(|| {
                view! {
                    <p id="workshop-start-plan-hint" class="field__hint">
                        {move || i18n.t(F::StartPlanHint)}
                    </p>
                }
            });
            view! {
                <div class="workshop-start__option">
                    <input type="radio" name="start" id=id.clone() value=value
                        aria-describedby=(start == Start::Plan).then_some("workshop-start-plan-hint")
                        prop:checked=move || current.get() == start
                        on:change=move |_| edit_session(record, |s| s.start = start)/>
                    <label for=id>{label}</label>
                    {hint}
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="workshop-start">
            <legend>{move || i18n.t(F::StartLegend)}</legend>
            {options}
        </fieldset>
    }
}
