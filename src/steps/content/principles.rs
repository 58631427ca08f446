//! The three creation principles with a one-line definition each. The calendar ticks them per
//! item; here they are shown so everyone knows the test before writing.

use leptos::prelude::*;

use crate::i18n::content::ContentText;
use crate::i18n::content_names::{principle_definition, principle_name};
use crate::i18n::Key;
use crate::model::Principle;
use crate::state::use_locale;

/// The creation principles and what each asks.
#[component]
pub fn ContentPrinciples() -> impl IntoView {
    let i18n = use_locale();
    let items = Principle::ALL.map(|principle| {
        view! {
            <li class="content-principle" data-principle=format!("{principle:?}")>
                <span class="content-principle__mark" aria-hidden="true">"☐"</span>
                <span>
                    <strong class="content-principle__name">{move || principle_name(i18n.get(), principle)}</strong>
                    " "
                    <span class="content-principle__definition">{move || principle_definition(i18n.get(), principle)}</span>
                </span>
            </li>
        }
    });
    view! {
        <div class="content-principles" id="content-principles" tabindex="-1">
            <h3 class="visually-hidden">{move || i18n.t(Key::Content(ContentText::PrinciplesHeading))}</h3>
            <p class="field__hint">{move || i18n.t(Key::Content(ContentText::PrinciplesIntro))}</p>
            <ul class="content-principle-list">{items}</ul>
        </div>
    }
}
