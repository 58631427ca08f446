//! A modal dialog on the native `<dialog>` element: it traps focus and closes on Escape by
//! itself; this component opens and closes it from a signal and gives focus back afterwards.

use leptos::html::Dialog;
use leptos::prelude::*;

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
    children: ChildrenFn,
) -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    let return_focus = StoredValue::new_local(None::<web_sys::HtmlElement>);
    Effect::new(move || {
        let wanted = open.get();
        let Some(el) = dialog.get() else { return };
        if wanted && !el.open() {
            return_focus.set_value(crate::browser::active_element());
            let _ = el.show_modal();
        } else if !wanted && el.open() {
            el.close();
        }
    });
    let on_close = move |_| {
        open.set(false);
        if let Some(el) = return_focus.get_value() {
            let _ = el.focus();
        }
    };
    view! {
        <dialog node_ref=dialog class="modal" aria-labelledby=title_id on:close=on_close>
            <h2 id=title_id class="modal__title">{move || title.get()}</h2>
            {move || open.get().then(|| children())}
        </dialog>
    }
}
