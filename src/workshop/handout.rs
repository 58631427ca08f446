//! The hand-out section: the join link for the open session, its QR code, the link as text with
//! its length and a copy button, the projector view and the printed handout. For a session that
//! starts from the facilitator's plan, the plan is packed into the link when the link stays
//! short enough; otherwise the section says tables need the plan file and offers it.

use leptos::prelude::*;

use super::edit::read_session;
use super::print_sheet::PrintSheet;
use super::projector_qr::ProjectorQr;
use super::use_workshop;
use crate::i18n::tf;
use crate::i18n::workshop_page::FacilitatorText as F;
use crate::io::join::{join_link, JoinLink, QR_LINK_CHARS};
use crate::io::share;
use crate::model::workshop::Start;
use crate::state::{use_locale, use_workspace};
use crate::web::browser;
use crate::web::clipboard::copy_to_clipboard;
use crate::web::share_link::{make_link, MadeLink};
use crate::widgets::QrCode;

/// The facilitator's plan, as far as the link is concerned.
#[derive(Clone, Debug, PartialEq)]
enum Packed {
    /// Not needed (the session does not start from the plan), or not packed yet.
    None,
    /// Being compressed.
    Packing,
    /// Raw DEFLATE of the plan's share text.
    Ready(Vec<u8>),
    /// Too big for any link, or this browser cannot compress: tables need the file.
    Unavailable,
}

/// What the copy button last did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Copied {
    Not,
    Done,
    Failed,
}

/// This page's address without its fragment.
fn page_address() -> String {
    let href = window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// The plan's share text compressed by the browser (the share link's compressor: its payload
/// is exactly the raw DEFLATE bytes, base64url).
async fn pack(text: String) -> Packed {
    match make_link(&text).await {
        MadeLink::Ready(link) => link
            .find('#')
            .and_then(|at| share::payload_of(&link[at..]))
            .and_then(|payload| share::decode_payload(payload).ok())
            .map_or(Packed::Unavailable, Packed::Ready),
        MadeLink::TooBig(_) | MadeLink::Unsupported => Packed::Unavailable,
    }
}

/// The hand-out of the open session.
#[component]
pub fn Handout() -> impl IntoView {
    let i18n = use_locale();
    let ws = use_workspace();
    let record = use_workshop().0;
    let starts_from_plan = Memo::new(move |_| read_session(record, |s| s.start == Start::Plan));
    let packed = RwSignal::new(Packed::None);
    // Packs a fresh copy of the plan each time the start turns to it.
    Effect::new(move || {
        if !starts_from_plan.get() {
            packed.set(Packed::None);
            return;
        }
        packed.set(Packed::Packing);
        let text = crate::io::envelope::share_json(&ws.snapshot(), browser::now());
        leptos::task::spawn_local(async move {
            let result = pack(text).await;
            if starts_from_plan.get_untracked() {
                packed.set(result);
            }
        });
    });
    let base = page_address();
    let link = Memo::new(move |_| -> Option<JoinLink> {
        let invite = record.with(|r| r.as_ref().map(|r| r.session.invite()))?;
        packed.with(|p| match p {
            Packed::Packing => None,
            Packed::Ready(bytes) => join_link(&base, &invite, Some(bytes)).ok(),
            _ => join_link(&base, &invite, None).ok(),
        })
    });
    let url = Signal::derive(move || {
        link.with(|l| l.as_ref().map(|l| l.url.clone()).unwrap_or_default())
    });
    let session = Signal::derive(move || read_session(record, |s| s.name.clone()));
    let label = Signal::derive(move || tf(i18n.get(), F::QrLabel, &[("session", &session.get())]));
    let copied = RwSignal::new(Copied::Not);
    Effect::new(move || {
        url.track();
        copied.set(Copied::Not);
    });
    let copy = move |_| {
        let text = url.get_untracked();
        leptos::task::spawn_local(async move {
            let ok = copy_to_clipboard(&text).await;
            copied.set(if ok { Copied::Done } else { Copied::Failed });
        });
    };
    let download_failed = RwSignal::new(false);
    let download = move |_| download_failed.set(!ws.export_file());
    let projector = RwSignal::new(false);
    let print = move |_| {
        let _ = window().print();
    };
    let plan_note = move || {
        if !starts_from_plan.get() {
            return None;
        }
        let carries = link.with(|l| l.as_ref().is_some_and(|l| l.carries_plan));
        Some(match packed.with(|p| matches!(p, Packed::Packing)) {
            true => view! { <p class="workshop-plan-note">{move || i18n.t(F::PlanPacking)}</p> }.into_any(),
            false if carries => view! { <p class="workshop-plan-note">{move || i18n.t(F::PlanInLink)}</p> }.into_any(),
            false => view! {
                <div class="message workshop-plan-note workshop-plan-note--file">
                    <p>{move || i18n.t(F::PlanNotInLink)}</p>
                    <button type="button" class="button button--secondary workshop-plan-download" on:click=download>
                        {move || i18n.t(F::DownloadPlan)}
                    </button>
                    {move || download_failed.get().then(|| view! {
                        <p class="field__hint" role="alert">{move || i18n.t(F::DownloadFailed)}</p>
                    })}
                </div>
            }
            .into_any(),
        })
    };
    let body = move || {
        if link.with(Option::is_none) {
            let waiting = packed.with(|p| matches!(p, Packed::Packing));
            return (!waiting)
                .then(|| view! { <p class="workshop-handout__blocked" role="status">{move || i18n.t(F::HandoutBlocked)}</p> })
                .into_any();
        }
        let chars = move || link.with(|l| l.as_ref().map_or(0, JoinLink::chars));
        let fits = move || link.with(|l| l.as_ref().is_none_or(JoinLink::fits_qr));
        view! {
            <div class="workshop-handout__code">
                <QrCode text=url label=label/>
            </div>
            <div class="workshop-handout__link">
                <h3 class="workshop-handout__label">{move || i18n.t(F::LinkLabel)}</h3>
                <p class="join-link">{move || url.get()}</p>
                <p class="workshop-handout__length">
                    {move || tf(i18n.get(), F::LinkLength, &[("n", &chars())])}
                </p>
                {move || (!fits()).then(|| view! {
                    <p class="field__hint workshop-handout__long">
                        {move || tf(i18n.get(), F::LinkLongForQr, &[("max", &QR_LINK_CHARS)])}
                    </p>
                })}
                <div class="workshop-handout__actions">
                    <button type="button" class="button button--primary workshop-copy" on:click=copy>
                        {move || i18n.t(F::Copy)}
                    </button>
                    <button type="button" class="button button--secondary workshop-projector"
                        on:click=move |_| projector.set(true)>
                        {move || i18n.t(F::ShowLarge)}
                    </button>
                    <button type="button" class="button button--secondary workshop-print" on:click=print>
                        {move || i18n.t(F::Print)}
                    </button>
                </div>
                <p class="workshop-copy-status" role="status" aria-live="polite">
                    {move || match copied.get() {
                        Copied::Not => "",
                        Copied::Done => i18n.t(F::Copied),
                        Copied::Failed => i18n.t(F::CopyFailed),
                    }}
                </p>
            </div>
        }
        .into_any()
    };
    view! {
        <section class="workshop-section workshop-handout" aria-labelledby="workshop-handout-title">
            <h2 id="workshop-handout-title">{move || i18n.t(F::HandoutHeading)}</h2>
            {plan_note}
            <div class="workshop-handout__body card">{body}</div>
            <ProjectorQr open=projector session=session link=url label=label/>
        </section>
        <PrintSheet link=url label=label/>
    }
}
