//! Small facts from the browser: preferred languages, the app whose built-in browser this is,
//! today's date and time, downloads, timing, and the moment the page is hidden.
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

/// The app whose built-in browser shows this page (WeChat, DingTalk…), if any.
pub fn in_app_browser() -> Option<crate::model::in_app::InAppBrowser> {
    let agent = window().navigator().user_agent().unwrap_or_default();
    crate::model::in_app::in_app_browser(&agent)
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

/// Sets the language of the whole document, so screen readers and fonts follow the switch.
pub fn set_document_language(tag: &str) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", tag);
    }
}

/// Offers `text` as a file download named `file_name`. Returns false when the browser refused.
pub fn download_text(file_name: &str, mime: &str, text: &str) -> bool {
    fn inner(file_name: &str, mime: &str, text: &str) -> Result<(), wasm_bindgen::JsValue> {
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let link: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
        link.set_href(&url);
        link.set_download(file_name);
        link.set_hidden(true);
        if let Some(body) = document().body() {
            body.append_child(&link)?;
        }
        link.click();
        link.remove();
        // Revoke later: some browsers start the download only after the click handler returns.
        set_timeout(
            move || drop(web_sys::Url::revoke_object_url(&url)),
            std::time::Duration::from_secs(30),
        );
        Ok(())
    }
    inner(file_name, mime, text).is_ok()
}

/// The current time.
pub fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// A moment in the visitor's own time zone.
pub fn to_local(at: chrono::DateTime<chrono::Utc>) -> chrono::NaiveDateTime {
    let offset_minutes = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        at.timestamp_millis() as f64
    ))
    .get_timezone_offset();
    at.naive_utc() - chrono::Duration::minutes(offset_minutes as i64)
}

/// Adds the stylesheet of the pages only some visits open (projector mode, worksheets), once: the
/// build names it in `<meta name="social-playbook-late-style">`, so it stays out of the first
/// download. Nothing happens where the page names none.
pub fn attach_late_style() {
    const ID: &str = "late-style";
    let doc = document();
    if doc.get_element_by_id(ID).is_some() {
        return;
    }
    let href = doc
        .query_selector("meta[name=social-playbook-late-style]")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"));
    let (Some(href), Ok(Some(head)), Ok(link)) =
        (href, doc.query_selector("head"), doc.create_element("link"))
    else {
        return;
    };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("id", ID);
    let _ = link.set_attribute("href", &href);
    let _ = head.append_child(&link);
}

/// Adds or removes a class on `<html>` (used for the large-text mode).
pub fn set_root_class(class: &str, on: bool) {
    if let Some(root) = document().document_element() {
        let list = root.class_list();
        let _ = if on {
            list.add_1(class)
        } else {
            list.remove_1(class)
        };
    }
}

/// Runs `f` between two User Timing marks and records their distance as the measure `name`, so
/// a benchmark (or the browser's performance panel) can read how long it took. Without the
/// Performance API it just runs `f`.
pub fn measured<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return f();
    };
    let start = format!("{name}:start");
    let end = format!("{name}:end");
    let _ = performance.mark(&start);
    let result = f();
    let _ = performance.mark(&end);
    let _ = performance.measure_with_start_mark_and_end_mark(name, &start, &end);
    performance.clear_marks_with_mark_name(&start);
    performance.clear_marks_with_mark_name(&end);
    result
}

/// Runs `f` when the page is hidden (another tab, the phone's home screen) or left, for as long as
/// the calling component lives: the moment to write what must not be lost, since a hidden page
/// may be closed without another word.
pub fn on_page_hidden(f: impl Fn() + Clone + 'static) {
    let on_leave = f.clone();
    let on_hide = window_event_listener(leptos::ev::pagehide, move |_| on_leave());
    let on_hidden = window_event_listener_untyped("visibilitychange", move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            f();
        }
    });
    on_cleanup(move || {
        on_hide.remove();
        on_hidden.remove();
    });
}
