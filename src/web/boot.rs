//! Hand-over from the static first view in `index.html` to the running app: the language the page
//! chose, what the visitor typed or clicked before the app was ready, and removing the static view
//! in the same moment the app's own view appears (so nothing moves on screen).

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::Locale;
use crate::model::examples::Example;
use crate::web::{browser, storage};

/// What the visitor asked for on the static welcome view before the app ran.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EarlyAction {
    /// "Start the plan" with the name and organisation typed.
    Blank,
    /// "Open as a new plan" on a worked example.
    Example(Example),
}

/// What the static first view hands to the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Handoff {
    /// The plan name typed into the static welcome view.
    pub name: String,
    /// The organisation typed into the static welcome view.
    pub organisation: String,
    /// The first button pressed before the app was ready.
    pub early: Option<EarlyAction>,
}

/// The interface language to start in: the one chosen here before, else the first of the
/// browser's preferred languages we speak (the static page applies the same rule).
pub fn initial_locale() -> Locale {
    storage::load_locale().unwrap_or_else(|| {
        let preferred = browser::preferred_languages();
        Locale::from_preferences(preferred.iter().map(String::as_str))
    })
}

fn input_value(id: &str) -> String {
    document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default()
}

fn early_action() -> Option<EarlyAction> {
    let queue = js_sys::Reflect::get(&window(), &JsValue::from_str("__bootQueue")).ok()?;
    let first = js_sys::Array::from(&queue).get(0);
    let field = |name: &str| {
        js_sys::Reflect::get(&first, &JsValue::from_str(name))
            .ok()
            .and_then(|v| v.as_string())
    };
    match field("kind")?.as_str() {
        "blank" => Some(EarlyAction::Blank),
        "example" => {
            let wanted = field("example")?;
            Example::ALL
                .into_iter()
                .find(|e| format!("{e:?}").eq_ignore_ascii_case(&wanted))
                .map(EarlyAction::Example)
        }
        _ => None,
    }
}

/// True when the page was opened from a share link (its plan is read before the app opens).
pub fn opens_shared_link() -> bool {
    window()
        .location()
        .hash()
        .is_ok_and(|hash| hash.starts_with(crate::model::route::SHARE_PREFIX))
}

/// True when the address opens a page that arrives as a piece (a later step, a join link, the
/// workshop page…): its texts are fetched at start, alongside the frame's.
pub fn opens_a_piece() -> bool {
    window()
        .location()
        .hash()
        .ok()
        .and_then(|hash| crate::model::route::Route::parse(&hash))
        .is_some_and(|route| route.opens_a_piece())
}

/// Reads what the static first view holds for the app (call before mounting).
pub fn take_handoff() -> Handoff {
    Handoff {
        name: input_value("welcome-name"),
        organisation: input_value("welcome-organisation"),
        early: early_action(),
    }
}

/// Removes the static first view (right after the app mounted, in the same task, so the browser
/// never paints both or neither). A field of the static view that has the focus hands it, with
/// its caret, to the app's field of the same id, so that typing goes on where it was.
pub fn remove_first_view() {
    let Some(boot) = document().get_element_by_id("boot") else {
        return;
    };
    let focused = document()
        .active_element()
        .filter(|el| boot.contains(Some(el)))
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| {
            let caret = (
                input.selection_start().ok().flatten(),
                input.selection_end().ok().flatten(),
            );
            (input.id(), caret)
        });
    boot.remove();
    let Some((id, (start, end))) = focused.filter(|(id, _)| !id.is_empty()) else {
        return;
    };
    let Some(input) = document()
        .get_element_by_id(&id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    let _ = input.focus();
    if let (Some(start), Some(end)) = (start, end) {
        let _ = input.set_selection_range(start, end);
    }
}

/// Shows the static view's "could not be downloaded, try again" message (the app could not start).
pub fn show_failure() {
    if let Some(root) = document().document_element() {
        let _ = root.class_list().add_1("boot-failed");
    }
}
