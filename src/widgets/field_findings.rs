//! The checks for one field, shown under it with an icon and a label as well as
//! colour. The list always exists (empty when all is well) so a field can point
//! `aria-describedby` at it.

use leptos::prelude::*;

use crate::i18n::findings::finding_text;
use crate::i18n::shared::SharedText;
use crate::i18n::Key;
use crate::model::checks::{Finding, Severity};
use crate::state::use_locale;

/// The findings about one field.
#[component]
pub fn FieldFindings(
    /// The list's element id (the field's `aria-describedby` names it).
    #[prop(into)]
    id: String,
    /// The findings to show, in page order.
    #[prop(into)]
    findings: Signal<Vec<Finding>>,
) -> impl IntoView {
    let i18n = use_locale();
    let items = move || {
        let locale = i18n.get_late();
        findings
            .get()
            .into_iter()
            .map(|f| {
                let text = finding_text(locale, &f.kind);
                let (class, icon, label) = match f.severity {
                    Severity::Error => (
                        "field-finding field-finding--error",
                        "!",
                        SharedText::ErrorLabel,
                    ),
                    Severity::Warning => (
                        "field-finding field-finding--warning",
                        "⚠",
                        SharedText::WarningLabel,
                    ),
                };
                let label = crate::i18n::labelled(locale, i18n.t(Key::Shared(label)), "");
                view! {
                    <li class=class>
                        <span class="field-finding__icon" aria-hidden="true">{icon}</span>
                        <span class="field-finding__text">
                            <strong class="field-finding__label">{label}</strong>
                            {text}
                        </span>
                    </li>
                }
            })
            .collect_view()
    };
    view! { <ul id=id class="field-findings">{items}</ul> }
}
