//! A modal dialog on the native `<dialog>` element: it makes the page behind it inert and closes
//! on Escape by itself; this component opens and closes it from a signal, keeps Tab and Shift+Tab
//! cycling inside it (the browser would otherwise move on to its own toolbar), and gives focus
//! back afterwards: to the element that opened it, or to a fallback when that one has gone.

use leptos::html::Dialog;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What can take focus by Tab inside a dialog.
const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

/// The first and last elements of `dialog` that Tab can reach (visible ones only).
fn tab_ends(dialog: &web_sys::HtmlElement) -> Option<(web_sys::HtmlElement, web_sys::HtmlElement)> {
    let list = dialog.query_selector_all(FOCUSABLE).ok()?;
    let visible: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|el| el.offset_parent().is_some())
        .collect();
    Some((visible.first()?.clone(), visible.last()?.clone()))
}

/// A titled modal dialog shown while `open` is true.
#[component]
pub fn Modal(
    /// Whether the dialog is shown; set to false when the user closes it.
    open: RwSignal<bool>,
    /// The dialog's title (its accessible name).
    #[prop(into)]
    title: Signal<String>,
    /// A unique id for the title element.
    title_id: &'static str,
    /// The id of the element to focus on closing when the one that opened the dialog has gone
    /// (an empty state's button replaced by the list it started); none leaves focus to the browser.
    #[prop(optional, into)]
    fallback_focus: Option<Signal<Option<String>>>,
    children: ChildrenFn,
) -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    let return_focus = StoredValue::new_local(None::<web_sys::HtmlElement>);
    Effect::new(move || {
        let wanted = open.get();
        let Some(el) = dialog.get() else { return };
        if wanted && !el.open() {
            return_focus.set_value(crate::web::focus::active_element());
            if el.is_connected() {
                let _ = el.show_modal();
            } else {
                // Built inside a piece that is still being placed (a Suspense): a dialog that is
                // not in the document yet cannot open, so open it once it is.
                request_animation_frame(move || {
                    if open.get_untracked() && el.is_connected() && !el.open() {
                        let _ = el.show_modal();
                    }
                });
            }
        } else if !wanted && el.open() {
            el.close();
        }
    });
    let on_close = move |_| {
        open.set(false);
        match return_focus.get_value().filter(|el| el.is_connected()) {
            Some(el) => {
                let _ = el.focus();
            }
            None => {
                if let Some(id) = fallback_focus.and_then(|f| f.get_untracked()) {
                    crate::web::focus::focus_after_paint(id, crate::web::focus::Reveal::Nearest);
                }
            }
        }
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() != "Tab" {
            return;
        }
        let Some(el) = dialog.get() else { return };
        let Some((first, last)) = tab_ends(&el) else {
            return;
        };
        let active = crate::web::focus::active_element();
        let at = |edge: &web_sys::HtmlElement| active.as_ref().is_some_and(|a| a == edge);
        let outside = active.as_ref().is_none_or(|a| !el.contains(Some(a)));
        if ev.shift_key() && (at(&first) || outside) {
            ev.prevent_default();
            let _ = last.focus();
        } else if !ev.shift_key() && (at(&last) || outside) {
            ev.prevent_default();
            let _ = first.focus();
        }
    };
    view! {
        <dialog node_ref=dialog class="modal" aria-labelledby=title_id on:close=on_close on:keydown=on_keydown>
            <h2 id=title_id class="modal__title">{move || title.get()}</h2>
            {move || open.get().then(|| children())}
        </dialog>
    }
}
