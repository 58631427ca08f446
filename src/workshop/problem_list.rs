//! The session problems that belong to one field, shown under it like the steps' field checks
//! (icon, label and text, not colour alone). The list always exists, empty when all is well, so
//! the field can point `aria-describedby` at it.

use leptos::prelude::*;

use crate::i18n::shared::SharedText;
use crate::i18n::workshop_page::session_problem_text;
use crate::i18n::Key;
use crate::model::workshop::{Session, SessionProblem};
use crate::state::use_locale;

use super::use_workshop;

/// The problems of the open session that `belongs` picks, under one field.
#[component]
pub fn ProblemList(
    /// The list's element id (the field's `aria-describedby` names it).
    #[prop(into)]
    id: String,
    /// Which of the session's problems this field shows (given the session and `index`).
    belongs: fn(&SessionProblem, &Session, usize) -> bool,
    /// The field's place (a table's or a step's index), passed to `belongs`.
    #[prop(default = 0)]
    index: usize,
) -> impl IntoView {
    let i18n = use_locale();
    let record = use_workshop().0;
    let texts = Memo::new(move |_| {
        let locale = i18n.get();
        record.with(|r| {
            let Some(r) = r else { return Vec::new() };
            let steps: Vec<_> = r.session.agenda.blocks.iter().map(|b| b.step).collect();
            r.session
                .problems()
                .into_iter()
                .filter(|p| belongs(p, &r.session, index))
                .map(|p| session_problem_text(locale, p, &steps))
                .collect::<Vec<_>>()
        })
    });
    let items = move || {
        let label =
            crate::i18n::labelled(i18n.get(), i18n.t(Key::Shared(SharedText::ErrorLabel)), "");
        texts
            .get()
            .into_iter()
            .map(|text| {
                view! {
                    <li class="field-finding field-finding--error">
                        <span class="field-finding__icon" aria-hidden="true">"!"</span>
                        <span class="field-finding__text">
                            <strong class="field-finding__label">{label.clone()}</strong>
                            {text}
                        </span>
                    </li>
                }
            })
            .collect_view()
    };
    view! { <ul id=id class="field-findings" aria-live="polite">{items}</ul> }
}
