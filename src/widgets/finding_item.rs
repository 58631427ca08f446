//! One finding of a check, in plain words, linked to the field that fixes it (used by the coach
//! panel's checks and by the handbook's plan-health list).

use leptos::prelude::*;

use super::anchor_id;
use crate::i18n::findings::finding_text;
use crate::i18n::shared::SharedText;
use crate::i18n::Key;
use crate::model::checks::{Finding, Severity};
use crate::state::use_locale;

/// A list item: severity, text and a link that opens the step and focuses the field.
#[component]
pub fn FindingItem(finding: Finding) -> impl IntoView {
    let i18n = use_locale();
    let error = finding.severity == Severity::Error;
    let label = if error {
        SharedText::ErrorLabel
    } else {
        SharedText::WarningLabel
    };
    let kind = finding.kind.clone();
    let anchor = anchor_id(finding.target);
    let href = finding.target.step().hash();
    let jump = move |_| {
        crate::web::focus::focus_after_paint(anchor.clone(), crate::web::focus::Reveal::Top)
    };
    view! {
        <li class="finding" class:finding--error=error class:finding--warning=!error>
            <span class="finding__icon" aria-hidden="true">{if error { "✕" } else { "!" }}</span>
            <span class="finding__label">{move || crate::i18n::labelled(i18n.get(), i18n.t(Key::Shared(label)), "")}</span>
            <a class="finding__text" href=href on:click=jump>{move || finding_text(i18n.get_late(), &kind)}</a>
        </li>
    }
}
