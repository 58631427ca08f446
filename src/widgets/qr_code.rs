//! A QR code drawn as inline SVG from a text (see `crate::io::qr`), named for screen readers.
//! The drawing scales with its box; black on white with the quiet zone inside the picture, so
//! it scans on any background and in print.

use leptos::prelude::*;

use crate::i18n::workshop_page::FacilitatorText as F;
use crate::io::qr;
use crate::state::use_locale;

/// The QR code of `text`, or a line saying the text is too long for one.
#[component]
pub fn QrCode(
    /// What the code encodes.
    #[prop(into)]
    text: Signal<String>,
    /// The accessible name of the picture.
    #[prop(into)]
    label: Signal<String>,
    /// An extra class for the size the place needs (`qr-code--large`).
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let i18n = use_locale();
    let drawn = Memo::new(move |_| text.with(|t| qr::svg(t)));
    move || match drawn.get() {
        Some(code) => {
            let size = code.size.to_string();
            let view_box = code.view_box();
            view! {
                <svg class=format!("qr-code {class}") role="img" aria-label=move || label.get()
                    viewBox=view_box xmlns="http://www.w3.org/2000/svg"
                    shape-rendering="crispEdges">
                    <rect width=size.clone() height=size fill="#fff"/>
                    <path d=code.path fill="#000"/>
                </svg>
            }
            .into_any()
        }
        None => view! { <p class="qr-code__none">{move || i18n.t(F::QrTooLong)}</p> }.into_any(),
    }
}
