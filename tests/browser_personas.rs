//! Browser tests of the personas step: mount it with its contexts in headless Chromium, edit a
//! persona as a user would, and check the DOM and what autosave wrote to localStorage.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use social_playbook::i18n::Locale;
use social_playbook::shell::ToastBar;
use social_playbook::state::LocaleCtx;
use social_playbook::state::Workspace;
use social_playbook::steps::PersonasStep;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::{all, container, sleep_ms};

async fn settle() {
    leptos::task::tick().await;
    sleep_ms(30).await;
    leptos::task::tick().await;
}

/// Builds `new <ctor>(type, { bubbles: true, key })` and dispatches it on `el`.
fn fire(el: &web_sys::Element, ctor: &str, kind: &str, key: Option<&str>) {
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"bubbles".into(), &JsValue::TRUE).unwrap();
    js_sys::Reflect::set(&init, &"cancelable".into(), &JsValue::TRUE).unwrap();
    if let Some(key) = key {
        js_sys::Reflect::set(&init, &"key".into(), &key.into()).unwrap();
    }
    let constructor: js_sys::Function = js_sys::Reflect::get(&window(), &ctor.into())
        .unwrap()
        .unchecked_into();
    let event =
        js_sys::Reflect::construct(&constructor, &js_sys::Array::of2(&kind.into(), &init)).unwrap();
    el.dispatch_event(event.unchecked_ref()).unwrap();
}

fn type_into(input: &web_sys::HtmlInputElement, text: &str) {
    input.set_value(text);
    fire(input, "Event", "input", None);
}

fn find(root: &web_sys::Element, selector: &str) -> web_sys::Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

/// The first button whose visible text ends with `text` (after any icon).
fn button(root: &web_sys::Element, text: &str) -> web_sys::HtmlElement {
    all(root, "button")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default().trim().ends_with(text))
        .unwrap_or_else(|| panic!("no button says {text}"))
        .unchecked_into()
}

/// The button whose accessible name (aria-label) is `label`.
fn labelled(root: &web_sys::Element, label: &str) -> web_sys::HtmlElement {
    all(root, "button")
        .into_iter()
        .find(|b| b.get_attribute("aria-label").as_deref() == Some(label))
        .unwrap_or_else(|| panic!("no button is labelled {label}"))
        .unchecked_into()
}

/// The stored copy of the workspace's open plan.
fn stored_plan(ws: &Workspace) -> serde_json::Value {
    let storage = window().local_storage().unwrap().unwrap();
    let key = format!("social-playbook/v1/plan/{}", ws.current_id());
    let text = storage
        .get_item(&key)
        .unwrap()
        .expect("the plan was stored");
    serde_json::from_str(&text).unwrap()
}

/// Mounts the step with the contexts the app root provides, on a fresh, empty storage. The step
/// stays mounted while the returned handle lives.
fn mount_step() -> (web_sys::HtmlElement, Workspace, Box<dyn std::any::Any>) {
    window().local_storage().unwrap().unwrap().clear().unwrap();
    let root = container();
    let slot = std::rc::Rc::new(std::cell::Cell::new(None));
    let inner = slot.clone();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(LocaleCtx(RwSignal::new(Locale::En)));
        let ws = Workspace::start(Locale::En);
        provide_context(ws);
        inner.set(Some(ws));
        view! {
            <PersonasStep store=ws.store.get_untracked()/>
            <ToastBar/>
        }
    });
    (root, slot.get().expect("mounted"), Box::new(handle))
}

#[wasm_bindgen_test]
async fn a_new_persona_is_named_given_a_chip_and_stored() {
    let (root, ws, _mounted) = mount_step();
    settle().await;
    assert!(
        find(&root, ".empty-state")
            .text_content()
            .unwrap_or_default()
            .contains("Every post"),
        "the empty state says why personas matter"
    );

    button(&root, "Add a persona").click();
    settle().await;
    assert_eq!(all(&root, ".persona-card").len(), 1);
    let name: web_sys::HtmlInputElement =
        find(&root, ".persona-field--name input").unchecked_into();
    assert_eq!(
        document().active_element().map(|e| e.id()),
        Some(name.id()),
        "the new persona's name field has focus"
    );
    type_into(&name, "Weekend hiker");
    settle().await;
    assert_eq!(
        find(&root, ".persona-card__name").text_content().as_deref(),
        Some("Weekend hiker")
    );
    assert_eq!(
        find(&root, ".persona-avatar").text_content().as_deref(),
        Some("WH")
    );
    labelled(&root, "Delete persona: Weekend hiker");

    // The first chips field of the card is "Interests".
    let interests: web_sys::HtmlInputElement =
        find(&root, ".persona-card .chips__input").unchecked_into();
    interests.set_value("Trail running");
    fire(&interests, "Event", "input", None);
    fire(&interests, "KeyboardEvent", "keydown", Some("Enter"));
    settle().await;
    assert_eq!(
        find(&root, ".persona-card .chip__text")
            .text_content()
            .as_deref(),
        Some("Trail running")
    );
    assert_eq!(
        interests.value(),
        "",
        "the input is cleared for the next chip"
    );

    // Ages: typed text becomes numbers; a reversed range is explained under the field.
    let ages: Vec<web_sys::HtmlInputElement> = all(&root, ".persona-age input")
        .into_iter()
        .map(|e| e.unchecked_into())
        .collect();
    type_into(&ages[0], "45");
    type_into(&ages[1], "30");
    settle().await;
    let messages = find(&root, ".persona-age .persona-messages");
    assert!(
        messages
            .text_content()
            .unwrap_or_default()
            .contains("lowest age (45) is above the highest (30)"),
        "{:?}",
        messages.text_content()
    );
    let described = ages[0]
        .get_attribute("aria-describedby")
        .unwrap_or_default();
    assert!(
        described.split(' ').any(|id| id == messages.id()),
        "{described}"
    );
    type_into(&ages[1], "");
    settle().await;
    assert_eq!(messages.text_content().as_deref(), Some(""));

    let meter = find(&root, ".persona-meter__text")
        .text_content()
        .unwrap_or_default();
    assert!(
        meter.starts_with("2 of 9 · missing: demographics, information habits"),
        "{meter}"
    );

    sleep_ms(450).await;
    let doc = stored_plan(&ws);
    let persona = &doc["plan"]["personas"][0];
    assert_eq!(persona["name"], "Weekend hiker");
    assert_eq!(persona["interests"], serde_json::json!(["Trail running"]));
    assert_eq!(persona["age_min"], 45);
    assert_eq!(persona["age_max"], serde_json::Value::Null);
    assert_eq!(persona["priority"], "primary");
}

#[wasm_bindgen_test]
async fn delete_then_undo_puts_the_persona_back_in_its_place() {
    let (root, ws, _mounted) = mount_step();
    settle().await;
    button(&root, "Start from an example").click();
    settle().await;
    button(&root, "Add an example persona").click();
    settle().await;
    let names = || {
        all(&root, ".persona-card__name")
            .iter()
            .map(|h| h.text_content().unwrap_or_default())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(), vec!["Mia Chen", "Sam Okafor"]);
    let meter = find(&root, ".persona-meter__text")
        .text_content()
        .unwrap_or_default();
    assert_eq!(meter, "9 of 9 · complete");

    labelled(&root, "Move up: Sam Okafor").click();
    settle().await;
    assert_eq!(names(), vec!["Sam Okafor", "Mia Chen"]);
    sleep_ms(30).await;
    assert_eq!(
        document()
            .active_element()
            .and_then(|e| e.get_attribute("aria-label")),
        Some("Move up: Sam Okafor".into()),
        "focus stays on the button after the card moved"
    );

    labelled(&root, "Delete persona: Sam Okafor").click();
    settle().await;
    assert_eq!(names(), vec!["Mia Chen"]);
    let toast = find(&root, ".toast__text")
        .text_content()
        .unwrap_or_default();
    assert_eq!(toast, "Persona deleted: Sam Okafor");
    sleep_ms(450).await;
    assert_eq!(
        stored_plan(&ws)["plan"]["personas"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );

    button(&root, "Undo").click();
    settle().await;
    assert_eq!(names(), vec!["Sam Okafor", "Mia Chen"]);
    assert!(ws.toast.get_untracked().is_none());
    sleep_ms(450).await;
    let doc = stored_plan(&ws);
    assert_eq!(doc["plan"]["personas"][0]["name"], "Sam Okafor");
    assert_eq!(doc["plan"]["personas"][1]["name"], "Mia Chen");

    // Duplicating puts a copy right after the original, with a fresh id.
    labelled(&root, "Duplicate persona: Mia Chen").click();
    settle().await;
    assert_eq!(names(), vec!["Sam Okafor", "Mia Chen", "Mia Chen (copy)"]);
    let plan = ws.snapshot();
    let ids: Vec<_> = plan.personas.iter().map(|p| p.id).collect();
    assert_eq!(ids.len(), 3);
    assert!(ids[2] > ids[0] && ids[2] > ids[1], "{ids:?}");
    assert!(plan.next_id > ids[2]);
}

#[wasm_bindgen_test]
async fn the_compare_view_shows_a_column_per_chosen_persona() {
    let (root, _ws, _mounted) = mount_step();
    settle().await;
    button(&root, "Start from an example").click();
    settle().await;
    button(&root, "Add an example persona").click();
    settle().await;
    button(&root, "Compare personas").click();
    settle().await;
    let heads: Vec<String> = all(&root, ".persona-compare__table thead th")
        .iter()
        .map(|h| h.text_content().unwrap_or_default())
        .collect();
    assert_eq!(heads.len(), 3, "{heads:?}");
    assert!(heads[1].contains("Mia Chen") && heads[2].contains("Sam Okafor"));
    assert_eq!(
        all(&root, ".persona-compare__table tbody th[scope=row]").len(),
        16
    );

    let pick: web_sys::HtmlInputElement =
        find(&root, ".persona-compare__choices input").unchecked_into();
    pick.click();
    settle().await;
    assert!(root
        .query_selector(".persona-compare__table")
        .unwrap()
        .is_none());
    assert!(find(&root, ".persona-compare__hint")
        .text_content()
        .unwrap_or_default()
        .contains("at least two"));
}
