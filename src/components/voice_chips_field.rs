//! The shared `ChipsField` with the voice step's checks for that list under it.
//!
//! `ChipsField` describes its input by its own hint only; this wrapper adds the id of the checks
//! list to the input's `aria-describedby` once the input exists, so the checks are read with the
//! field. (A `described_by` prop on `ChipsField` would make this hook unnecessary.)

use leptos::prelude::*;
use reactive_stores::Field;

use super::{dom_id, ChipsField, VoiceFieldFindings};
use crate::i18n::Key;
use crate::model::checks::Finding;

/// A chips list of the voice with its checks.
#[component]
pub fn VoiceChipsField(
    /// The field's label.
    label: Key,
    /// The plan field it edits.
    #[prop(into)]
    values: Field<Vec<String>>,
    /// A hint under the field.
    #[prop(optional)]
    hint: Option<Key>,
    /// A placeholder example for the input.
    #[prop(optional)]
    placeholder: Option<Key>,
    /// Extra class on the wrapper.
    #[prop(optional)]
    class: &'static str,
    /// Checks of this list.
    #[prop(into)]
    findings: Signal<Vec<Finding>>,
    /// Anything shown after the checks (e.g. a restore button).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let wrapper = NodeRef::<leptos::html::Div>::new();
    let findings_id = dom_id("chips-checks");
    {
        let findings_id = findings_id.clone();
        Effect::new(move |_| {
            let Some(el) = wrapper.get() else { return };
            let Ok(Some(input)) = el.query_selector("input.chips__input") else {
                return;
            };
            let current = input.get_attribute("aria-describedby").unwrap_or_default();
            if !current.split_whitespace().any(|t| t == findings_id) {
                let joined = format!("{current} {findings_id}");
                let _ = input.set_attribute("aria-describedby", joined.trim());
            }
        });
    }
    let chips = match (hint, placeholder) {
        (Some(h), Some(p)) => {
            view! { <ChipsField label=label values=values hint=h placeholder=p class=class/> }
                .into_any()
        }
        (Some(h), None) => {
            view! { <ChipsField label=label values=values hint=h class=class/> }.into_any()
        }
        (None, Some(p)) => {
            view! { <ChipsField label=label values=values placeholder=p class=class/> }.into_any()
        }
        (None, None) => view! { <ChipsField label=label values=values class=class/> }.into_any(),
    };
    view! {
        <div class="voice-chips" node_ref=wrapper>
            {chips}
            <VoiceFieldFindings id=findings_id findings=findings/>
            {children.map(|c| c())}
        </div>
    }
}
