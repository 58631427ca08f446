//! "Copy" beside an export: the same text the file would hold, put on the clipboard, for
//! browsers where downloads fail (in-app browsers such as WeChat's). When the clipboard is refused
//! too, the text appears in a read-only box, selected, so copying by hand needs one gesture.

use leptos::prelude::*;

use crate::i18n::device::DeviceText as D;
use crate::state::use_locale;
use crate::web::clipboard::copy_to_clipboard;

/// Where the last copy stands.
#[derive(Clone, PartialEq)]
enum Copied {
    NotTried,
    Worked,
    /// Refused: the text to show for a copy by hand.
    Refused(String),
}

/// Selects the whole text of the text box `id` once it is on the page.
fn select_after_paint(id: String) {
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        if let Some(area) = document()
            .get_element_by_id(&id)
            .and_then(|el| el.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        {
            let _ = area.focus();
            area.select();
        }
    });
}

/// A copy button with what became of the copy under it.
#[component]
pub fn CopyText(
    /// The text to copy, made at the moment of the click (the plan as it is then).
    text: Callback<(), String>,
    /// The id of the box that shows the text when the clipboard refuses (unique on the page).
    id: &'static str,
    /// The button's words.
    #[prop(default = D::Copy)]
    label: D,
    /// What to say once copied.
    #[prop(default = D::Copied)]
    copied: D,
    /// Runs after a copy worked (e.g. to count it as a kept copy).
    #[prop(optional)]
    on_copied: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_locale();
    let state = RwSignal::new(Copied::NotTried);
    let copy = move |_| {
        let content = text.run(());
        leptos::task::spawn_local(async move {
            if copy_to_clipboard(&content).await {
                state.set(Copied::Worked);
                if let Some(callback) = on_copied {
                    callback.run(());
                }
            } else {
                state.set(Copied::Refused(content));
                select_after_paint(id.to_string());
            }
        });
    };
    let outcome = move || {
        match state.get() {
        Copied::NotTried => None,
        Copied::Worked => Some(
            view! { <p class="message message--success">{move || i18n.t(copied)}</p> }.into_any(),
        ),
        Copied::Refused(content) => Some(
            view! {
                <div class="copy-text__by-hand">
                    <p class="message message--error">{move || i18n.t(D::CopyFailed)}</p>
                    <label for=id>{move || i18n.t(D::CopyBoxLabel)}</label>
                    <textarea id=id class="copy-text__box" rows="5" readonly spellcheck="false" prop:value=content></textarea>
                </div>
            }
            .into_any(),
        ),
    }
    };
    view! {
        <div class="copy-text">
            <button type="button" class="button button--secondary copy-text__button" on:click=copy>
                {move || i18n.t(label)}
            </button>
            <div class="copy-text__outcome" role="status" aria-live="polite">{outcome}</div>
        </div>
    }
}
