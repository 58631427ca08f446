//! Browser tests of step 3 (brand voice): mount `VoiceStep` with a real workspace in headless
//! Chromium, type and click, and check the DOM and what autosave writes to localStorage; undo a
//! deleted trait, a deleted sample and the filled-in example.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use social_playbook::i18n::Locale;
use social_playbook::state::LocaleCtx;
use social_playbook::state::{Toast, Workspace};
use social_playbook::steps::VoiceStep;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::{container, sleep_ms};

/// Waits for the reactive system (and a paint, for focus moves) to settle.
async fn settle() {
    leptos::task::tick().await;
    sleep_ms(30).await;
    leptos::task::tick().await;
}

fn find(root: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

fn count(root: &web_sys::HtmlElement, selector: &str) -> usize {
    support::all(root, selector).len()
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

/// Types `value` into an input or text area the way a user would: set the value, fire `input`.
fn type_into(root: &web_sys::HtmlElement, selector: &str, value: &str) {
    let el = find(root, selector);
    if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_value(value);
    } else if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.set_value(value);
    } else {
        panic!("{selector} is not a text control");
    }
    let event = web_sys::Event::new("input").unwrap();
    el.dispatch_event(&event).unwrap();
}

fn click(root: &web_sys::HtmlElement, selector: &str) {
    find(root, selector).click();
}

/// The stored copy of plan `id`, as JSON. (By id: a workspace of an earlier test may still flush
/// its own plan while this test waits.)
fn stored_plan(id: &str) -> Option<serde_json::Value> {
    let storage = window().local_storage().unwrap().unwrap();
    storage
        .get_item(&format!("social-playbook/v1/plan/{id}"))
        .unwrap()
        .map(|v| serde_json::from_str(&v).unwrap())
}

/// Mounts the voice step in English on a fresh workspace; returns the root and the workspace.
async fn mount_voice() -> (
    web_sys::HtmlElement,
    Workspace,
    leptos::mount::UnmountHandle<impl Mountable>,
) {
    window().local_storage().unwrap().unwrap().clear().unwrap();
    let slot = std::rc::Rc::new(std::cell::RefCell::new(None));
    let inner = slot.clone();
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(LocaleCtx(RwSignal::new(Locale::En)));
        let ws = Workspace::start(Locale::En);
        provide_context(ws);
        *inner.borrow_mut() = Some(ws);
        let store = ws.store.get_untracked();
        view! { <VoiceStep store=store/> }
    });
    settle().await;
    let ws = slot.borrow().unwrap();
    (root, ws, handle)
}

#[wasm_bindgen_test]
async fn a_new_trait_and_a_tone_move_reach_local_storage() {
    let (root, ws, _handle) = mount_voice().await;
    assert!(
        text(&root, ".empty-state__why").contains("one person"),
        "the starting state says why a voice matters"
    );
    assert_eq!(text(&root, ".voice-traits__count"), "•0 of 3–5 traits");

    click(&root, ".voice-traits__actions button");
    settle().await;
    assert_eq!(count(&root, ".voice-trait-card"), 1);
    assert_eq!(text(&root, ".voice-trait-card h3"), "Trait 1");
    let focused = document()
        .active_element()
        .expect("focus moved to the new trait");
    assert_eq!(
        focused.id(),
        find(&root, ".voice-trait-card__we-are input").id()
    );

    type_into(&root, ".voice-trait-card__we-are input", "warm");
    settle().await;
    assert_eq!(text(&root, ".voice-trait-card h3"), "Trait 1: warm");
    assert_eq!(
        find(&root, ".voice-card__delete")
            .get_attribute("aria-label")
            .as_deref(),
        Some("Delete trait: warm")
    );
    assert_eq!(text(&root, ".voice-traits__count"), "•1 of 3–5 traits");
    // The missing "but not" half is flagged under that field and linked to it.
    let not_input = find(&root, ".voice-trait-card__not input");
    let described = not_input.get_attribute("aria-describedby").unwrap();
    let checks = document().get_element_by_id(&described).unwrap();
    assert!(checks.text_content().unwrap().contains("but not"));
    assert!(root
        .query_selector(".voice-trait-card__we-are .field-finding")
        .unwrap()
        .is_none());

    let slider = ".tone-slider[data-scale=funny] input";
    assert_eq!(
        find(&root, slider)
            .get_attribute("aria-valuetext")
            .as_deref(),
        Some("Balanced: serious about substance, light when the moment allows.")
    );
    type_into(&root, slider, "5");
    settle().await;
    assert_eq!(
        text(
            &root,
            ".tone-slider[data-scale=funny] .tone-slider__description"
        ),
        "Funny first: jokes and wordplay are our signature."
    );
    assert_eq!(
        find(&root, slider)
            .get_attribute("aria-valuetext")
            .as_deref(),
        Some("Funny first: jokes and wordplay are our signature.")
    );

    // The chips inputs are described by their hint and by their checks list.
    let use_input = find(&root, ".chips--use input");
    let described = use_input.get_attribute("aria-describedby").unwrap();
    let ids: Vec<&str> = described.split_whitespace().collect();
    assert_eq!(ids.len(), 2, "{described}");
    let checks = document().get_element_by_id(ids[1]).unwrap();
    assert!(checks.class_list().contains("field-findings"));
    assert!(checks.text_content().unwrap().contains("word"));

    sleep_ms(450).await;
    let doc = stored_plan(&ws.current_id()).expect("autosave wrote the plan");
    assert_eq!(doc["plan"]["voice"]["traits"][0]["we_are"], "warm");
    assert_eq!(doc["plan"]["voice"]["tone"]["funny"], 5);
    assert_eq!(doc["plan"]["voice"]["tone"]["casual"], 3);
}

#[wasm_bindgen_test]
async fn the_voice_check_marks_forbidden_claims_with_counts_and_positions() {
    let (root, _ws, _handle) = mount_voice().await;
    let draft = "我们是全网第一的咖啡，第一次来就爱上，best beans";
    type_into(&root, ".voice-check__draft", draft);
    settle().await;

    let marked = find(&root, ".voice-marked__text");
    let mut marks = Vec::new();
    let mut child = marked.first_element_child();
    while let Some(el) = child {
        assert_eq!(el.tag_name(), "MARK");
        marks.push((
            el.get_attribute("data-term").unwrap(),
            el.get_attribute("data-kind").unwrap(),
        ));
        child = el.next_element_sibling();
    }
    let expected: Vec<(String, String)> = [
        ("全网", "claim"),
        ("第一", "claim"),
        ("第一", "claim"),
        ("best", "claim"),
    ]
    .iter()
    .map(|(t, k)| (t.to_string(), k.to_string()))
    .collect();
    assert_eq!(marks, expected);
    // The text between the marks is the draft's own text, as text nodes.
    let first = marked.first_child().unwrap();
    assert_eq!(first.node_type(), web_sys::Node::TEXT_NODE);
    assert_eq!(first.text_content().as_deref(), Some("我们是"));
    // Each mark names its kind in words, not only by colour.
    assert!(text(&root, ".voice-marked mark").contains("Forbidden claim"));

    let line = find(&root, ".voice-check__count[data-term=\"第一\"]");
    assert_eq!(line.get_attribute("data-count").as_deref(), Some("2"));
    assert!(line
        .text_content()
        .unwrap()
        .contains("第一 ×2 (characters 6, 12)"));
    assert_eq!(
        text(&root, ".voice-check__status"),
        "!Found 4 forbidden claims."
    );

    type_into(
        &root,
        ".voice-check__draft",
        "Freshly roasted beans, every morning.",
    );
    settle().await;
    assert!(root.query_selector(".voice-marked").unwrap().is_none());
    assert!(text(&root, ".voice-check__status--clear").contains("All clear"));
}

#[wasm_bindgen_test]
async fn the_example_fills_the_voice_and_a_deleted_trait_comes_back_with_undo() {
    let (root, ws, _handle) = mount_voice().await;
    click(&root, ".empty-state .button--secondary");
    settle().await;
    assert!(root.query_selector(".empty-state").unwrap().is_none());
    assert_eq!(count(&root, ".voice-trait-card"), 4);
    assert_eq!(count(&root, ".voice-sample-card"), 3);
    assert_eq!(text(&root, ".voice-traits__count"), "✓4 of 3–5 traits");
    assert!(root.query_selector(".field-finding").unwrap().is_none());
    assert_eq!(
        text(&root, ".voice-sample-card .voice-sample-check"),
        "✓Follows the voice: no words to avoid, no forbidden claims."
    );

    // Move the second trait up: the order changes and focus stays on a move button.
    click(
        &root,
        ".voice-trait-list > li:nth-of-type(2) .voice-trait-card .voice-card__tool",
    );
    settle().await;
    sleep_ms(30).await;
    assert_eq!(
        text(
            &root,
            ".voice-trait-list > li:nth-of-type(1) .voice-trait-card h3"
        ),
        "Trait 1: knowledgeable"
    );
    let focused = document().active_element().unwrap();
    assert_eq!(
        focused.get_attribute("aria-label").as_deref(),
        Some("Move down: knowledgeable")
    );

    click(
        &root,
        ".voice-trait-list > li:nth-of-type(2) .voice-trait-card .voice-card__delete",
    );
    settle().await;
    assert_eq!(count(&root, ".voice-trait-card"), 3);
    let Some(Toast::Undoable { message, undo }) = ws.toast.get_untracked() else {
        panic!("deleting offers undo");
    };
    assert_eq!(message, "Trait deleted: warm");
    undo.run(());
    settle().await;
    assert_eq!(count(&root, ".voice-trait-card"), 4);
    assert_eq!(
        text(
            &root,
            ".voice-trait-list > li:nth-of-type(2) .voice-trait-card h3"
        ),
        "Trait 2: warm"
    );

    // A sample that uses a word to avoid says so right under it.
    type_into(
        &root,
        ".voice-sample-list > li:nth-of-type(1) .voice-sample-card textarea",
        "Cheap coffee, guys!",
    );
    settle().await;
    let check = text(
        &root,
        ".voice-sample-list > li:nth-of-type(1) .voice-sample-card .voice-sample-check",
    );
    assert!(check.contains("Word to avoid: “cheap” ×1"), "{check}");
    assert!(check.contains("“guys” ×1"), "{check}");
}

#[wasm_bindgen_test]
async fn the_filled_example_and_a_deleted_sample_are_undone_exactly() {
    let (root, ws, _handle) = mount_voice_with_toasts();
    settle().await;
    // A tone move leaves the voice "untouched", so the example is still offered.
    type_into(&root, ".tone-slider[data-scale=funny] input", "5");
    settle().await;
    let blank = ws.snapshot().voice;
    assert_eq!(blank.tone.funny, 5);

    click(&root, ".empty-state .button--secondary");
    settle().await;
    assert_eq!(count(&root, ".voice-trait-card"), 4);
    assert_eq!(
        support::toast_text(&root).as_deref(),
        Some("Example voice filled in: a neighbourhood café.")
    );
    support::button(&root, "Undo").click();
    settle().await;
    assert_eq!(
        ws.snapshot().voice,
        blank,
        "the voice as it was, tone included"
    );
    assert_eq!(count(&root, ".voice-trait-card"), 0);
    assert!(root.query_selector(".empty-state").unwrap().is_some());

    // Filled again, then one sample deleted: undo puts exactly that sample back in its place.
    click(&root, ".empty-state .button--secondary");
    settle().await;
    let filled = ws.snapshot().voice;
    assert_eq!(count(&root, ".voice-sample-card"), 3);
    click(
        &root,
        ".voice-sample-list > li:nth-of-type(2) .voice-sample-card .voice-card__delete",
    );
    settle().await;
    assert_eq!(count(&root, ".voice-sample-card"), 2);
    let message = support::toast_text(&root).unwrap_or_default();
    assert!(message.starts_with("Sample deleted"), "{message}");
    support::button(&root, "Undo").click();
    settle().await;
    assert_eq!(ws.snapshot().voice, filled);
    assert_eq!(count(&root, ".voice-sample-card"), 3);

    // After the whole voice was replaced and restored, keyed edits still reach the right trait.
    type_into(
        &root,
        ".voice-trait-list > li:nth-of-type(3) .voice-trait-card .voice-trait-card__we-are input",
        "curious",
    );
    settle().await;
    let traits = ws.snapshot().voice.traits;
    assert_eq!(traits[2].we_are, "curious");
    assert_eq!(traits[0].we_are, filled.traits[0].we_are);
    sleep_ms(450).await;
    let doc = stored_plan(&ws.current_id()).expect("autosave wrote the plan");
    assert_eq!(doc["plan"]["voice"]["traits"][2]["we_are"], "curious");
    assert_eq!(
        doc["plan"]["voice"]["samples"][1]["id"],
        filled.samples[1].id
    );
}

/// Mounts the voice step with the toast bar beside it, as the app does.
fn mount_voice_with_toasts() -> (web_sys::HtmlElement, Workspace, impl Sized) {
    let m = support::mount_step(|_| {}, |store| view! { <VoiceStep store=store/> });
    (m.root.clone(), m.ws, m)
}
