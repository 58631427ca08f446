//! Helpers every browser test file shares: mounting a step the way the app root does (workspace,
//! language, toast bar), waiting (a settle, the autosave delay, a condition), finding and typing
//! into elements, and reading the stored plan. Older files keep their own `settle`; new ones use
//! the one here.
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

/// Waits for the reactive system to settle: effects, a timer turn, and effects again.
pub async fn settle() {
    leptos::task::tick().await;
    sleep_ms(30).await;
    leptos::task::tick().await;
}

/// Waits until a debounced autosave that started now has written the plan.
pub async fn wait_for_autosave() {
    let delay = social_playbook::state::AUTOSAVE_DELAY.as_millis() as i32;
    sleep_ms(delay + 150).await;
}

/// Waits until `ready` holds, checking every 10 ms for up to two seconds (for work the browser
/// does asynchronously, such as compression); panics naming `what` when it never does.
pub async fn wait_for(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..200 {
        if ready() {
            return;
        }
        sleep_ms(10).await;
    }
    panic!("timed out waiting for {what}");
}

/// The stored document of `ws`'s open plan once its autosave has written it: no earlier than the
/// autosave delay, then as soon as the workspace reports the plan saved. Read by the plan's id,
/// never "the first plan key": a workspace of an earlier test may flush its own plan meanwhile.
pub async fn saved_document(ws: social_playbook::state::Workspace) -> serde_json::Value {
    use social_playbook::state::{SaveStatus, AUTOSAVE_DELAY};
    sleep_ms(AUTOSAVE_DELAY.as_millis() as i32).await;
    wait_for("the autosave", || {
        ws.status.get_untracked() == SaveStatus::Saved
    })
    .await;
    stored_plan(&ws.current_id()).expect("the plan was stored")
}

/// Empties this origin's localStorage.
pub fn clear_storage() {
    window().local_storage().unwrap().unwrap().clear().unwrap();
}

/// The stored copy of plan `id`, as JSON (by id: a workspace of an earlier test may still flush
/// its own plan while this test waits).
pub fn stored_plan(id: &str) -> Option<serde_json::Value> {
    window()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item(&format!("social-playbook/v1/plan/{id}"))
        .unwrap()
        .map(|text| serde_json::from_str(&text).unwrap())
}

/// The element under `root` matching `selector`; panics with the selector when there is none.
pub fn find(root: &web_sys::Element, selector: &str) -> web_sys::HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

/// Whether anything under `root` matches `selector`.
pub fn exists(root: &web_sys::Element, selector: &str) -> bool {
    root.query_selector(selector).unwrap().is_some()
}

/// The text of the element under `root` matching `selector`.
pub fn text(root: &web_sys::Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

/// The texts of every element under `root` matching `selector`.
pub fn texts(root: &web_sys::Element, selector: &str) -> Vec<String> {
    all(root, selector)
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect()
}

/// Types `value` into an input or text area as a user would: sets it and fires `input`.
pub fn type_into(el: &web_sys::Element, value: &str) {
    if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_value(value);
    } else if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.set_value(value);
    } else {
        panic!("<{}> is not a text control", el.tag_name());
    }
    el.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

/// The form control under `root` whose `<label>` reads exactly `label`.
pub fn labelled_control(root: &web_sys::Element, label: &str) -> web_sys::Element {
    let for_id = all(root, "label")
        .into_iter()
        .find(|l| l.text_content().unwrap_or_default().trim() == label)
        .and_then(|l| l.get_attribute("for"))
        .unwrap_or_else(|| panic!("no label {label}"));
    document()
        .get_element_by_id(&for_id)
        .unwrap_or_else(|| panic!("no control for the label {label}"))
}

/// Picks `value` in a `<select>` and fires `change`.
pub fn choose(el: &web_sys::Element, value: &str) {
    let select: &web_sys::HtmlSelectElement = el.unchecked_ref();
    select.set_value(value);
    el.dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}

/// Fires a bubbling, cancelable `keydown` of `key` on `el`.
pub fn press_key(el: &web_sys::Element, key: &str) {
    let init = js_sys::Object::new();
    for (name, value) in [
        ("key", wasm_bindgen::JsValue::from_str(key)),
        ("bubbles", true.into()),
        ("cancelable", true.into()),
    ] {
        js_sys::Reflect::set(&init, &name.into(), &value).unwrap();
    }
    let constructor: js_sys::Function = js_sys::Reflect::get(&window(), &"KeyboardEvent".into())
        .unwrap()
        .unchecked_into();
    let event =
        js_sys::Reflect::construct(&constructor, &js_sys::Array::of2(&"keydown".into(), &init))
            .unwrap();
    el.dispatch_event(event.unchecked_ref()).unwrap();
}

/// The button under `root` whose visible text, after any icon, ends with `label`.
pub fn button(root: &web_sys::Element, label: &str) -> web_sys::HtmlElement {
    all(root, "button")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default().trim().ends_with(label))
        .unwrap_or_else(|| panic!("no button says {label}"))
        .unchecked_into()
}

/// The toast's text, if a toast is shown under `root`.
pub fn toast_text(root: &web_sys::Element) -> Option<String> {
    root.query_selector(".toast__text")
        .unwrap()
        .map(|t| t.text_content().unwrap_or_default())
}

/// A view mounted the way the app root mounts a step: in English, with a fresh workspace on an
/// empty storage, and the toast bar beside the step (outside it, as in the app, so a toast and
/// its undo outlive the step).
pub struct Mounted {
    pub root: web_sys::HtmlElement,
    pub ws: social_playbook::state::Workspace,
    /// Whether the step is mounted; set it to false to unmount the step and keep the rest.
    pub shown: RwSignal<bool>,
    _handle: Box<dyn std::any::Any>,
}

/// Mounts `step` on the open plan's store after `setup` ran inside the mount (to provide more
/// contexts or seed the plan). As in the app, the step is rebuilt on the new store when another
/// plan is opened, and whenever `shown` turns true.
pub fn mount_step<V: IntoView + 'static>(
    setup: impl FnOnce(social_playbook::state::Workspace) + 'static,
    step: impl Fn(reactive_stores::Store<social_playbook::model::Plan>) -> V + Send + Sync + 'static,
) -> Mounted {
    use social_playbook::i18n::Locale;
    use social_playbook::shell::ToastBar;
    use social_playbook::state::{LocaleCtx, Workspace};

    clear_storage();
    let root = container();
    let slot = std::rc::Rc::new(std::cell::Cell::new(None));
    let inner = slot.clone();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(LocaleCtx(RwSignal::new(Locale::En)));
        let ws = Workspace::start(Locale::En);
        provide_context(ws);
        setup(ws);
        let shown = RwSignal::new(true);
        inner.set(Some((ws, shown)));
        view! {
            {move || shown.get().then(|| step(ws.store.get()))}
            <ToastBar/>
        }
    });
    let (ws, shown) = slot.get().expect("mounted");
    Mounted {
        root,
        ws,
        shown,
        _handle: Box::new(handle),
    }
}
