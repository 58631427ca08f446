//! The current step's checks in the coach panel: each finding in plain words with a link that
//! moves focus to the field that fixes it.

use leptos::prelude::*;

use crate::i18n::shared::SharedText;
use crate::i18n::Key;
use crate::state::use_workspace;
use crate::state::{use_current_step, use_locale};
use crate::web::checks;
use crate::widgets::FindingItem;

/// The list of findings for the current step.
#[component]
pub fn StepChecks() -> impl IntoView {
    let i18n = use_locale();
    let ws = use_workspace();
    let current = use_current_step();
    // `None` while a later step's checks are on their way (asked for here).
    let findings = Memo::new(move |_| {
        let step = current.0.get();
        let findings = ws
            .store
            .get()
            .with(|plan| checks::findings_on(plan, step, crate::web::browser::today()));
        if findings.is_none() {
            checks::ask();
        }
        findings
    });
    let items = move || {
        findings
            .get()
            .into_iter()
            .flatten()
            .map(|finding| view! { <FindingItem finding=finding/> })
            .collect_view()
    };
    view! {
        {move || (current.0.get() != crate::model::Step::Handbook).then(|| view! {
            <h3 class="coach__label">{move || i18n.t(Key::Shared(SharedText::ChecksTitle))}</h3>
            {move || if findings.with(Option::is_none) {
                ().into_any()
            } else if findings.with(|f| f.as_ref().is_some_and(Vec::is_empty)) {
                view! { <p class="coach__ok"><span aria-hidden="true">"✓ "</span>{move || i18n.t(Key::Shared(SharedText::AllChecksPass))}</p> }.into_any()
            } else {
                view! { <ul class="findings">{items}</ul> }.into_any()
            }}
        })}
    }
}
