//! "Copy the plan as text": the open plan's file text on the clipboard, for browsers where the
//! download fails (WeChat's and other in-app browsers). A piece of its own: the plan menu and the
//! backup reminder show it only when asked, so the first download does not carry it.

use leptos::prelude::*;

use crate::i18n::device::DeviceText;
use crate::state::use_workspace;
use crate::widgets::{CopyText, PieceView};

crate::split!(
    plan_copy,
    preload_plan_copy,
    /// The copy button for the open plan; `id` names its by-hand text box.
    fn plan_copy_view(id: &'static str) -> AnyView {
        view! { <PlanCopy id=id/> }.into_any()
    }
);

/// The copy button, once its piece is here (the plan menu and the backup reminder share it).
#[component]
pub fn PlanCopyPiece(
    /// The id of the box that shows the text when the clipboard refuses.
    id: &'static str,
) -> impl IntoView {
    view! { <PieceView load=move || plan_copy_view(id)/> }
}

/// Copies the open plan's file text; a copy counts as a kept copy for the backup reminder.
#[component]
fn PlanCopy(
    /// The id of the box that shows the text when the clipboard refuses.
    id: &'static str,
) -> impl IntoView {
    let ws = use_workspace();
    view! {
        <CopyText
            text=Callback::new(move |_| ws.export_text())
            id=id
            label=DeviceText::CopyPlan
            copied=DeviceText::CopiedPlan
            on_copied=Callback::new(move |_| ws.mark_exported())
        />
    }
}
