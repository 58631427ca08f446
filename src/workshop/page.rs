//! The facilitator's workshop page: set-up, hand-out, collect, compare and merge, one section
//! each, around the workshop stored on this device.

use leptos::prelude::*;

use super::collect_panel::CollectPanel;
use super::compare_panel::ComparePanel;
use super::merge_panel::MergePanel;
use super::WorkshopCtx;
use crate::i18n::workshop_page::FacilitatorText as F;
use crate::state::use_locale;
use crate::web::storage;

/// The facilitator's workshop page.
#[component]
pub fn WorkshopPage() -> impl IntoView {
    let i18n = use_locale();
    let record = RwSignal::new(storage::load_current_workshop());
    provide_context(WorkshopCtx(record));
    view! {
        <main id="main" class="workshop-page" tabindex="-1">
            <h1 id="workshop-title" tabindex="-1">{move || i18n.t(F::Heading)}</h1>
            <CollectPanel/>
            <ComparePanel/>
            <MergePanel/>
        </main>
    }
}
