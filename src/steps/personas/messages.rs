//! The checks found on one field of a persona, under that field: an icon and a sentence each.
//! The wrapper's id is what the field's `aria-describedby` points at.

use leptos::prelude::*;

use crate::i18n::personas::{named, persona_finding_text};
use crate::i18n::shared::SharedText;
use crate::i18n::Key;
use crate::model::checks::{FindingKind, Severity};
use crate::state::use_locale;

/// Messages for the findings of one field (empty when there is nothing to say).
#[component]
pub fn PersonaMessages(
    /// The element id the field refers to with `aria-describedby`.
    id: String,
    /// The findings to word, in order.
    #[prop(into)]
    kinds: Signal<Vec<FindingKind>>,
) -> impl IntoView {
    let i18n = use_locale();
    let items = move || {
        let locale = i18n.get();
        kinds
            .get()
            .into_iter()
            .filter_map(|kind| {
                let text = persona_finding_text(locale, &kind)?;
                let error = kind.severity() == Severity::Error;
                let (class, icon, label) = if error {
                    ("persona-message persona-message--error", "✕", SharedText::ErrorLabel)
                } else {
                    ("persona-message persona-message--warning", "!", SharedText::WarningLabel)
                };
                Some(view! {
                    <p class=class>
                        <span class="persona-message__icon" aria-hidden="true">{icon}</span>
                        <span class="visually-hidden">{named(locale, i18n.t(Key::Shared(label)), "")}</span>
                        <span>{text}</span>
                    </p>
                })
            })
            .collect_view()
    };
    view! { <div id=id class="persona-messages">{items}</div> }
}
