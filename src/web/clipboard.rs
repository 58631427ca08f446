//! The clipboard: copying an export's text where downloads fail (in-app browsers). The
//! asynchronous Clipboard API first; where it is missing or refused (older engines, pages in
//! some apps' browsers), the older `execCommand("copy")` on a hidden text box.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = ["navigator", "clipboard"], js_name = writeText)]
    fn clipboard_write_text(text: &str) -> Result<js_sys::Promise, JsValue>;
}

/// Puts `text` on the clipboard. False when the browser refused both ways (no permission, no
/// clipboard at all): the caller then shows the text for a copy by hand.
pub async fn copy_to_clipboard(text: &str) -> bool {
    if let Ok(promise) = clipboard_write_text(text) {
        if JsFuture::from(promise).await.is_ok() {
            return true;
        }
    }
    copy_with_command(text)
}

/// The older way: select `text` in an off-screen text box and ask the document to copy it.
fn copy_with_command(text: &str) -> bool {
    let document = leptos::prelude::document();
    let Some(body) = document.body() else {
        return false;
    };
    let Some(area) = document
        .create_element("textarea")
        .ok()
        .and_then(|el| el.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    else {
        return false;
    };
    area.set_value(text);
    let _ = area.set_attribute("readonly", "");
    let _ = area.set_attribute("aria-hidden", "true");
    // Off screen by its class: a style attribute would break the Content-Security-Policy.
    area.set_class_name("clipboard-helper");
    let focused = crate::web::focus::active_element();
    if body.append_child(&area).is_err() {
        return false;
    }
    area.select();
    let copied = document
        .dyn_ref::<web_sys::HtmlDocument>()
        .and_then(|html| html.exec_command("copy").ok())
        .unwrap_or(false);
    area.remove();
    if let Some(el) = focused {
        let _ = el.focus();
    }
    copied
}
