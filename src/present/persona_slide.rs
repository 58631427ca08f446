//! A persona's slide: who they are in one line, their quote, and four panels the room can read
//! from the back: pains, what moves them, where they gather, what they like to discuss. Lists
//! show their first few items so the slide never overflows.

use leptos::prelude::*;

use crate::i18n::handbook::HandbookText as H;
use crate::i18n::personas::age_range_text;
use crate::i18n::strategy::platform_label;
use crate::i18n::{t, Locale};
use crate::model::{Id, PersonaPriority, Plan};

/// How many items of a list a panel shows.
const SHOWN: usize = 3;

/// One panel: a label and the first items of a list (nothing when the list is empty).
fn panel(label: &'static str, items: Vec<String>) -> Option<AnyView> {
    let items: Vec<String> = items
        .into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .take(SHOWN)
        .collect();
    (!items.is_empty()).then(|| {
        view! {
            <div class="slide-panel">
                <h2 class="slide-panel__label">{label}</h2>
                <ul class="slide-panel__list">
                    {items.into_iter().map(|i| view! { <li>{i}</li> }).collect::<Vec<_>>()}
                </ul>
            </div>
        }
        .into_any()
    })
}

/// The slide of persona `id`.
pub fn persona_slide(plan: &Plan, id: Id, l: Locale) -> AnyView {
    let Some(p) = plan.personas.iter().find(|p| p.id == id) else {
        return ().into_any();
    };
    let priority = match p.priority {
        PersonaPriority::Primary => t(l, H::PrimaryPersona),
        PersonaPriority::Secondary => t(l, H::SecondaryPersona),
    };
    let who: Vec<String> = [
        age_range_text(l, p.age_min, p.age_max).unwrap_or_default(),
        p.gender.trim().to_string(),
        p.location.trim().to_string(),
        p.occupation.trim().to_string(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect();
    let gathering: Vec<String> = p
        .platforms
        .iter()
        .filter_map(|id| plan.strategy.platforms.iter().find(|x| x.id == *id))
        .map(|x| platform_label(l, x))
        .chain(p.communities.iter().cloned())
        .collect();
    let quote = p.quote.trim().to_string();
    let panels = [
        panel(t(l, H::Pains), p.pains.clone()),
        panel(t(l, H::Motivators), p.motivators.clone()),
        panel(t(l, H::Gathering), gathering),
        panel(t(l, H::Topics), p.topics.clone()),
    ];
    view! {
        <p class="slide__sub">
            <span class="slide-badge">{priority}</span>
            " "{who.join(" · ")}
        </p>
        {(!quote.is_empty()).then(|| view! { <blockquote class="slide__quote">{quote}</blockquote> })}
        <div class="slide-panels">{panels.into_iter().flatten().collect::<Vec<_>>()}</div>
    }
    .into_any()
}
