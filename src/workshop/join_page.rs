//! The join page a table opens from the facilitator's link (`#join=…`): the link is read once;
//! a sound link shows the session ([`super::join_session::JoinSession`]), a bad or cut one says
//! why in the visitor's language and offers a way into the app
//! ([`super::join_failed::JoinFailed`]).

use leptos::prelude::*;

use super::join_failed::JoinFailed;
use super::join_session::JoinSession;
use crate::io::join::decode;
use crate::web::focus::{focus_after_paint, Reveal};

/// The join page for the link's `payload` (the part after `#join=`).
#[component]
pub fn JoinPage(payload: String) -> impl IntoView {
    // The page's heading (of the session or of the refusal) takes focus, as a step's does.
    focus_after_paint("join-title", Reveal::Top);
    let body = match decode(&payload) {
        Ok(payload) => view! { <JoinSession payload=payload/> }.into_any(),
        Err(error) => view! { <JoinFailed error=error/> }.into_any(),
    };
    view! {
        <main id="main" class="join-page" tabindex="-1">
            {body}
        </main>
    }
}
