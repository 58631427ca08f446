//! Small read-only facts from the browser: preferred languages, today's date, focus moves.
//!
//! Storage is not here (see `storage.rs`); nothing here panics when an API is missing.

use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The browser's language preferences, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let navigator = window().navigator();
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

/// Today's date in the visitor's own time zone.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

/// Moves keyboard focus to the element with `id`, after the next paint so freshly rendered
/// elements exist.
pub fn focus_after_paint(id: &'static str) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(id) {
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}

/// Sets the language of the whole document, so screen readers and fonts follow the switch.
pub fn set_document_language(tag: &str) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", tag);
    }
}
