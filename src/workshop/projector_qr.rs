//! The projector view: the session's name and its QR code filling the screen, so a room can scan
//! it from the back. Escape or the close button leaves it (the dialog gives focus back).

use leptos::prelude::*;

use crate::i18n::workshop_page::FacilitatorText as F;
use crate::state::use_locale;
use crate::widgets::Modal;
use crate::widgets::QrCode;

/// The full-screen QR code, shown while `open` is true.
#[component]
pub fn ProjectorQr(
    /// Whether the view is shown.
    open: RwSignal<bool>,
    /// The session's name (the view's title).
    #[prop(into)]
    session: Signal<String>,
    /// The join link.
    #[prop(into)]
    link: Signal<String>,
    /// The QR code's accessible name.
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    let i18n = use_locale();
    view! {
        <Modal open=open title=session title_id="workshop-projector-title">
            <div class="projector-qr">
                <p class="projector-qr__hint">{move || i18n.t(F::ProjectorHint)}</p>
                <QrCode text=link label=label class="qr-code--large"/>
                <button type="button" class="button button--secondary projector-qr__close"
                    on:click=move |_| open.set(false)>
                    {move || i18n.t(F::Close)}
                </button>
            </div>
        </Modal>
    }
}
