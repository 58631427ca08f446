//! Moving keyboard focus: the one helper every view uses (it opens a folded record on the way),
//! and the element that has focus now.
//!
//! Focus moves wait for the next paint: a keyed list moves its nodes when it re-renders, which
//! drops focus, and a freshly shown element does not exist before then.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How the page scrolls to the element that receives focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reveal {
    /// Only as far as needed to show it (moving within a list, after an undo).
    Nearest,
    /// To the top of the view (a new page or step, a jump to a field from a check).
    Top,
}

/// Moves keyboard focus to the element with `id` after the next paint.
pub fn focus_after_paint(id: impl Into<String>, reveal: Reveal) {
    let id = id.into();
    request_animation_frame(move || {
        let Some(el) = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        keep_clear_of_sticky_header();
        unfold(&el);
        // A folded record is reached through its summary, the one control it has of its own.
        let el = if el.tag_name().eq_ignore_ascii_case("details") {
            el.query_selector(":scope > summary")
                .ok()
                .flatten()
                .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
                .unwrap_or(el)
        } else {
            el
        };
        let _ = el.focus();
        if reveal == Reveal::Top {
            el.scroll_into_view_with_bool(true);
        }
    });
}

/// Room the page keeps above anything scrolled to, below the sticky header.
const GAP_BELOW_HEADER_PX: f64 = 8.0;

/// Tells the page how tall the sticky header is right now (it wraps to two rows on phones and
/// grows with large text), so that focusing or scrolling to an element stops below the header
/// instead of under it.
fn keep_clear_of_sticky_header() {
    let Some(root) = document()
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let height = document()
        .query_selector(".app-header")
        .ok()
        .flatten()
        .and_then(|header| header.dyn_into::<web_sys::HtmlElement>().ok())
        .map(|header| f64::from(header.offset_height()))
        .unwrap_or(0.0);
    // Through the style object, which the Content-Security-Policy allows (a style attribute
    // it would refuse).
    let _ = root.style().set_property(
        "scroll-padding-top",
        &format!("{}px", height + GAP_BELOW_HEADER_PX),
    );
}

/// Opens the folded record with `id` after the next paint, without moving focus (a record added
/// by a tick, where focus stays on the tick).
pub fn unfold_after_paint(id: impl Into<String>) {
    let id = id.into();
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            unfold(&el);
        }
    });
}

/// Opens the folded record that is, or holds, `el` (see `widgets::Fold`): a check that points
/// there, or a record just added, must show its fields.
fn unfold(el: &web_sys::Element) {
    let mut next = Some(el.clone());
    while let Some(node) = next {
        if node.tag_name().eq_ignore_ascii_case("details") && !node.has_attribute("open") {
            let _ = node.set_attribute("open", "");
        }
        next = node.parent_element();
    }
}

/// The element that has focus now, to give it back when a dialog closes.
pub fn active_element() -> Option<web_sys::HtmlElement> {
    document()
        .active_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}
