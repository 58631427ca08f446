//! The current step's checks in the coach panel: each finding in plain words with a link that
//! moves focus to the field that fixes it.

use leptos::prelude::*;

use crate::i18n::shared::SharedText;
use crate::i18n::Key;
use crate::model::checks::step_findings_on;
use crate::state::use_workspace;
use crate::state::{use_current_step, use_locale};
use crate::widgets::FindingItem;

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
            .with(|plan| step_findings_on(plan, step, crate::web::browser::today()))
    });
    let items = move || {
        findings
            .get()
            .into_iter()
            .map(|finding| view! { <FindingItem finding=finding/> })
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
