//! The tables side by side, step by step: the newest plan of each table, what the room agrees
//! on and where tables differ, in type large enough for a projector.

use leptos::prelude::*;

use super::compare_rows::step_blocks;
use super::compare_step::CompareStep;
use super::use_settled_workshop;
use crate::i18n::workshop_room::RoomText as R;
use crate::model::workshop::compare::{compare, Comparison};
use crate::state::use_locale;
use crate::web::browser;

/// The tables side by side, step by step.
#[component]
pub fn ComparePanel() -> impl IntoView {
    let i18n = use_locale();
    let record = use_settled_workshop();
    let comparison = Memo::new(move |_| {
        record.with(|r| {
            let r = r.as_ref()?;
            let tables = r.collection.newest_plans(&r.session.tables);
            (!tables.is_empty()).then(|| compare(&tables, browser::today()))
        })
    });
    let body = move || {
        comparison.with(|c: &Option<Comparison>| match c {
            None => {
                view! { <p class="room-hint compare-none">{move || i18n.t(R::CompareNone)}</p> }
                    .into_any()
            }
            Some(c) => {
                let blocks = step_blocks(i18n.get(), c);
                view! {
                    <p class="room-intro">{move || i18n.t(R::CompareIntro)}</p>
                    {blocks
                        .into_iter()
                        .map(|block| view! { <CompareStep block=block/> })
                        .collect_view()}
                }
                .into_any()
            }
        })
    };
    view! {
        <section class="workshop-section room-section compare-panel" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{move || i18n.t(R::CompareHeading)}</h2>
            {body}
        </section>
    }
}
