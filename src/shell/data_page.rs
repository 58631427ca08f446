//! "How your data is kept": this browser only, what deletes it, how to keep a copy and move a plan,
//! and how things stand in this browser right now.

use leptos::prelude::*;

use crate::i18n::welcome::WelcomeText as W;
use crate::i18n::{labelled, Key};
use crate::model::route::WELCOME_HASH;
use crate::state::use_workspace;
use crate::state::{use_current_step, use_locale, use_route};
use crate::web::nav;

/// The page on how data is kept.
#[component]
pub fn DataInfoView() -> impl IntoView {
    let i18n = use_locale();
    let ws = use_workspace();
    let route = use_route().0;
    let step = use_current_step().0;
    let t = move |text: W| i18n.t(Key::Welcome(text));
    let list = move |items: &'static [W]| {
        items
            .iter()
            .map(|&item| view! { <li>{move || t(item)}</li> })
            .collect_view()
    };
    let storage_line = move || {
        t(if ws.storage_available {
            W::DataStorageOk
        } else {
            W::DataStorageBlocked
        })
    };
    let plan_count = move || {
        let count = ws.index.with(|i| i.plans.len());
        labelled(i18n.get(), t(W::DataPlanCount), &count.to_string())
    };
    let back = move |_| nav::replace_with_step(route, step, step.get_untracked());

    view! {
        <main id="main" class="data-info" tabindex="-1">
            <article class="card data-info__body" aria-labelledby="data-info-title">
                <h1 id="data-info-title" tabindex="-1">{move || t(W::DataHeading)}</h1>
                <h2>{move || t(W::DataWhereHeading)}</h2>
                <p>{move || t(W::DataWhere)}</p>
                <h2>{move || t(W::DataClearsHeading)}</h2>
                <ul>{list(&[W::DataClears1, W::DataClears2, W::DataClears3, W::DataClears4])}</ul>
                <h2>{move || t(W::DataMoveHeading)}</h2>
                <ul>{list(&[W::DataMove1, W::DataMove2, W::DataMove3])}</ul>
                <h2>{move || t(W::DataNowHeading)}</h2>
                <ul>
                    <li>{storage_line}</li>
                    <li>{plan_count}</li>
                </ul>
                <div class="button-row">
                    <button type="button" class="button button--primary" on:click=back>
                        {move || t(W::DataBack)}
                    </button>
                    <a class="button button--secondary" href=WELCOME_HASH>{move || t(W::DataStart)}</a>
                </div>
            </article>
        </main>
    }
}
