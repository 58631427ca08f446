//! The handbook's overview: progress per step and one plan-health list gathering every check's
//! findings, grouped by step, each linked to the field that fixes it.

use leptos::prelude::*;

use crate::i18n::handbook::HandbookUiText as U;
use crate::i18n::step_name;
use crate::i18n::Key;
use crate::model::checks::{step_completeness_on, step_findings_on};
use crate::model::Step;
use crate::state::use_locale;
use crate::state::use_workspace;
use crate::widgets::FindingItem;

/// Progress per step and the plan-health list.
#[component]
pub fn HandbookHealth() -> impl IntoView {
    let i18n = use_locale();
    let ws = use_workspace();
    let steps: Vec<Step> = Step::ALL
        .into_iter()
        .filter(|s| *s != Step::Handbook)
        .collect();
    let report = Memo::new(move |_| {
        let today = crate::web::browser::today();
        let store = ws.store.get();
        store.with(|plan| {
            Step::ALL
                .into_iter()
                .filter(|s| *s != Step::Handbook)
                .map(|step| {
                    (
                        step,
                        step_completeness_on(plan, step, today).map(|c| (c.done, c.total)),
                        step_findings_on(plan, step, today),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let total_findings = move || report.with(|r| r.iter().map(|(_, _, f)| f.len()).sum::<usize>());

    let progress_rows = steps
        .iter()
        .map(|&step| {
            let counts = move || {
                report.with(|r| {
                    r.iter()
                        .find(|(s, _, _)| *s == step)
                        .and_then(|(_, c, _)| *c)
                })
            };
            let label = move || i18n.t(Key::Steps(step_name(step)));
            view! {
                <li class="health-step">
                    <a class="health-step__name" href=step.hash()>{label}</a>
                    {move || match counts() {
                        Some((done, total)) => view! {
                            <progress class="health-step__bar" max=total.max(1).to_string() value=done.to_string() aria-label=label></progress>
                            <span class="health-step__count">{format!("{done}/{total}")}</span>
                        }.into_any(),
                        None => view! { <span class="health-step__count">{move || i18n.t(Key::HandbookUi(U::NoCheckpoints))}</span> }.into_any(),
                    }}
                </li>
            }
        })
        .collect_view();

    let findings = move || {
        report.with(|r| {
            r.iter()
                .filter(|(_, _, f)| !f.is_empty())
                .map(|(step, _, f)| {
                    let step = *step;
                    let items = f
                        .iter()
                        .cloned()
                        .map(|finding| view! { <FindingItem finding=finding/> })
                        .collect_view();
                    view! {
                        <li class="health-group">
                            <h4 class="health-group__title">{move || i18n.t(Key::Steps(step_name(step)))}</h4>
                            <ul class="findings">{items}</ul>
                        </li>
                    }
                })
                .collect_view()
        })
    };

    view! {
        <section class="card handbook-overview no-print" aria-labelledby="handbook-overview-title">
            <h2 id="handbook-overview-title">{move || i18n.t(Key::HandbookUi(U::OverviewHeading))}</h2>
            <h3>{move || i18n.t(Key::HandbookUi(U::StepProgress))}</h3>
            <ul class="health-steps">{progress_rows}</ul>
            <h3 id="plan-health">{move || i18n.t(Key::HandbookUi(U::HealthHeading))}</h3>
            <p class="hint">{move || i18n.t(Key::HandbookUi(U::HealthIntro))}</p>
            {move || if total_findings() == 0 {
                view! { <p class="coach__ok"><span aria-hidden="true">"✓ "</span>{move || i18n.t(Key::HandbookUi(U::HealthClean))}</p> }.into_any()
            } else {
                view! { <ul class="health-groups">{findings}</ul> }.into_any()
            }}
        </section>
    }
}
