//! Helpers every browser test file shares: a fresh container to mount into, waiting, and finding
//! elements. Each test file keeps its own `settle`, tuned to what its views wait for.
#![allow(dead_code)]

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A new `<div>` at the end of the page's body.
pub fn container() -> web_sys::HtmlElement {
    let el = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    el.unchecked_into()
}

/// Waits `ms` milliseconds (a real timer, so timeouts and effects can run).
pub async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Every element under `root` matching `selector`.
pub fn all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let query: js_sys::Function = js_sys::Reflect::get(root, &"querySelectorAll".into())
        .unwrap()
        .unchecked_into();
    let list = query.call1(root, &selector.into()).unwrap();
    js_sys::Array::from(&list)
        .iter()
        .map(|n| n.unchecked_into())
        .collect()
}
