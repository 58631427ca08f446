//! Workshops in the interface: the facilitator's page (set up a session, hand out the join link
//! and its QR code, collect the tables' plans, compare them, merge the room's plan) and the join
//! page a table opens from the link, with the list of the steps' worksheets for tables on paper.
//! Each is a piece of its own: nothing of it is in the first download. The session bar and the
//! hand-in a table uses live in `crate::shell`.
//!
//! The facilitator's page keeps one [`WorkshopRecord`] (session and collection) and shares it
//! with its sections through [`WorkshopCtx`]; the page writes it to storage when it changes.

mod agenda_editor;
mod collect_bundle;
mod collect_panel;
mod collect_read;
mod collect_row;
mod compare_panel;
mod compare_rows;
mod compare_step;
mod edit;
mod handout;
mod join_agenda;
mod join_failed;
mod join_page;
mod join_plan_file;
mod join_session;
mod merge_fields;
mod merge_items;
mod merge_kind;
mod merge_panel;
mod merge_preview;
mod new_session;
mod page;
mod print_sheet;
mod problem_list;
mod projector_qr;
mod setup_form;
mod start_choice;
mod table_list;
mod worksheet_list;

use leptos::prelude::*;

use crate::model::workshop::WorkshopRecord;
use crate::split;

pub use page::WorkshopPage;

/// The workshop the facilitator's page shows, shared with its sections. `None` until a session
/// has been set up on this device.
#[derive(Clone, Copy)]
pub struct WorkshopCtx(pub RwSignal<Option<WorkshopRecord>>);

/// True while hand-ins are being read in: the page then holds its writes to storage until the
/// round is over (each write serializes the whole collection).
#[derive(Clone, Copy)]
pub struct CollectingCtx(pub RwSignal<bool>);

/// The workshop shared by the facilitator's page (panics outside it, a programming error).
pub fn use_workshop() -> WorkshopCtx {
    expect_context::<WorkshopCtx>()
}

/// The workshop as it stood when the last round of hand-ins was over: the comparison and the
/// merge follow this, so a round of forty files rebuilds them once at its end, not with every
/// batch of rows (each rebuild reads every table's plan).
#[derive(Clone, Copy)]
pub struct SettledWorkshop {
    record: RwSignal<Option<WorkshopRecord>>,
    settled: ReadSignal<u64>,
}

impl SettledWorkshop {
    /// Reads the workshop, to be read again when it next settles.
    pub fn with<T>(&self, f: impl FnOnce(&Option<WorkshopRecord>) -> T) -> T {
        self.settled.track();
        self.record.with_untracked(f)
    }

    /// Reads the workshop as it is now, without following it.
    pub fn with_untracked<T>(&self, f: impl FnOnce(&Option<WorkshopRecord>) -> T) -> T {
        self.record.with_untracked(f)
    }
}

/// The settled workshop of the facilitator's page (panics outside it, a programming error).
pub fn use_settled_workshop() -> SettledWorkshop {
    expect_context::<SettledWorkshop>()
}

split!(
    workshop,
    preload_workshop,
    /// The facilitator's workshop page, built by a piece of its own.
    pub fn workshop_view() -> AnyView {
        view! { <page::WorkshopPage/> }.into_any()
    }
);

split!(
    join,
    preload_join,
    /// The join page for the link fragment's payload, built by a piece of its own.
    pub fn join_view(payload: String) -> AnyView {
        view! { <join_page::JoinPage payload=payload/> }.into_any()
    }
);
