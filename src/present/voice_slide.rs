//! The voice traits' slide: “we are … but not …” in large type, with the do and don't lines.

use leptos::prelude::*;

use crate::i18n::handbook::HandbookText as H;
use crate::i18n::{labelled, t, Locale};
use crate::model::{Id, Plan};

/// The slide of the traits `ids`.
pub fn traits_slide(plan: &Plan, ids: &[Id], l: Locale) -> AnyView {
    let cards = ids
        .iter()
        .filter_map(|id| plan.voice.traits.iter().find(|x| x.id == *id))
        .map(|x| {
            let not = x.we_are_not.trim().to_string();
            let line = |label: &'static str, text: &str| {
                let text = text.trim().to_string();
                (!text.is_empty()).then(|| {
                    view! {
                        <p class="slide-trait__line"><strong>{labelled(l, label, "")}" "</strong>{text}</p>
                    }
                })
            };
            view! {
                <li class="slide-trait">
                    <p class="slide-trait__are">{x.we_are.trim().to_string()}</p>
                    {(!not.is_empty()).then(|| view! {
                        <p class="slide-trait__not">{t(l, H::NotColumn)}" "{not}</p>
                    })}
                    {line(t(l, H::DoColumn), &x.do_line)}
                    {line(t(l, H::DontColumn), &x.dont_line)}
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! { <ul class="slide-list slide-traits">{cards}</ul> }.into_any()
}
