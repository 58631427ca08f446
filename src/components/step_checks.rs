//! The current step's checks in the coach panel: each finding in plain words with a link that
//! moves focus to the field that fixes it.

use leptos::prelude::*;

use super::anchor_id;
use crate::context::{use_current_step, use_locale};
use crate::i18n::findings::finding_text;
use crate::i18n::shared::SharedText;
use crate::i18n::Key;
use crate::model::checks::{step_findings_on, Severity};
use crate::workspace::use_workspace;

/// The list of findings for the current step.
#[component]
pub fn StepChecks() -> impl IntoView {
    let i18n = use_locale();
    let ws = use_workspace();
    let current = use_current_step();
    let findings = Memo::new(move |_| {
        let step = current.0.get();
        ws.store
            .get()
            .with(|plan| step_findings_on(plan, step, crate::browser::today()))
    });
    let items = move || {
        findings
            .get()
            .into_iter()
            .map(|finding| {
                let error = finding.severity == Severity::Error;
                let label = if error { SharedText::ErrorLabel } else { SharedText::WarningLabel };
                let text = finding_text(i18n.get(), &finding.kind);
                let anchor = anchor_id(finding.target);
                let href = finding.target.step().hash();
                let jump = move |_| crate::browser::focus_after_paint(anchor.clone());
                view! {
                    <li class="finding" class:finding--error=error class:finding--warning=!error>
                        <span class="finding__icon" aria-hidden="true">{if error { "✕" } else { "!" }}</span>
                        <span class="finding__label">{move || crate::i18n::labelled(i18n.get(), i18n.t(Key::Shared(label)), "")}</span>
                        <a class="finding__text" href=href on:click=jump>{text}</a>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        {move || (current.0.get() != crate::model::Step::Handbook).then(|| view! {
            <h3 class="coach__label">{move || i18n.t(Key::Shared(SharedText::ChecksTitle))}</h3>
            {move || if findings.with(|f| f.is_empty()) {
                view! { <p class="coach__ok"><span aria-hidden="true">"✓ "</span>{move || i18n.t(Key::Shared(SharedText::AllChecksPass))}</p> }.into_any()
            } else {
                view! { <ul class="findings">{items}</ul> }.into_any()
            }}
        })}
    }
}
