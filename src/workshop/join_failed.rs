//! What the join page shows for a link it cannot read: which of the reasons in
//! [`crate::io::join::JoinError`] it is, what to do, and a way into the app.

use leptos::prelude::*;

use crate::i18n::tf;
use crate::i18n::workshop_join::JoinText as J;
use crate::io::join::JoinError;
use crate::model::route::Route;
use crate::state::{use_locale, use_workspace};
use crate::web::nav;

/// The message for a join link that cannot be used.
#[component]
pub fn JoinFailed(error: JoinError) -> impl IntoView {
    let i18n = use_locale();
    let ws = use_workspace();
    let message = move || match error {
        JoinError::Damaged => i18n.t(J::Damaged).to_string(),
        JoinError::UnknownRecipe => i18n.t(J::UnknownRecipe).to_string(),
        JoinError::TooLong { chars } => tf(i18n.get(), J::TooLong, &[("chars", &chars)]),
        JoinError::Invalid(_) => i18n.t(J::Invalid).to_string(),
    };
    let to_app = move |_| {
        let has_plans = ws.index.with_untracked(|i| !i.plans.is_empty());
        nav::go(&Route::landing(has_plans));
    };
    view! {
        <section class="card join-page__failed" aria-labelledby="join-title">
            <h1 id="join-title" tabindex="-1">{move || i18n.t(J::FailedHeading)}</h1>
            <div class="message message--error join-page__error" role="alert">
                <p>{message}</p>
            </div>
            <button type="button" class="button button--primary" on:click=to_app>
                {move || i18n.t(J::ToApp)}
            </button>
        </section>
    }
}
