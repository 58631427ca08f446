//! Browser tests of step 5: mount the team editor, give a person two roles and watch the load and
//! its warning, flag a second A in the responsibility matrix, and find the edits in storage.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use social_playbook::i18n::Locale;
use social_playbook::state::LocaleCtx;
use social_playbook::state::Workspace;
use social_playbook::steps::TeamStep;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::{all, container, sleep_ms};

async fn settle() {
    sleep_ms(30).await;
}

/// The button under `root` whose text is exactly `text`.
fn button(root: &web_sys::Element, text: &str) -> web_sys::HtmlElement {
    all(root, "button")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default().trim() == text)
        .unwrap_or_else(|| panic!("no button {text}"))
        .unchecked_into()
}

/// The input or select under `root` labelled `label`.
fn labelled_control(root: &web_sys::Element, label: &str) -> web_sys::Element {
    let for_id = all(root, "label")
        .into_iter()
        .find(|l| l.text_content().unwrap_or_default().trim() == label)
        .and_then(|l| l.get_attribute("for"))
        .unwrap_or_else(|| panic!("no label {label}"));
    document()
        .get_element_by_id(&for_id)
        .expect("labelled control")
}

fn type_into(control: &web_sys::Element, value: &str) {
    let input: &web_sys::HtmlInputElement = control.unchecked_ref();
    input.set_value(value);
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

fn choose(select: &web_sys::Element, value: &str) {
    let select: &web_sys::HtmlSelectElement = select.unchecked_ref();
    select.set_value(value);
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}

fn text(el: &web_sys::Element) -> String {
    el.text_content().unwrap_or_default()
}

/// The stored copy of the workspace's open plan (by id: a workspace of an earlier test may still
/// flush its own plan while this test waits).
fn stored_plan(ws: &Workspace) -> serde_json::Value {
    let storage = window().local_storage().unwrap().unwrap();
    let text = storage
        .get_item(&format!("social-playbook/v1/plan/{}", ws.current_id()))
        .unwrap()
        .expect("the plan was stored");
    serde_json::from_str(&text).unwrap()
}

/// Mounts the team step in English on a fresh workspace.
async fn mount_team() -> (
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
        view! { <TeamStep store=store/> }
    });
    settle().await;
    let ws = slot.borrow().unwrap();
    (root, ws, handle)
}

#[wasm_bindgen_test]
async fn two_roles_add_up_to_a_load_that_warns_over_a_full_week_and_reaches_storage() {
    let (root, ws, _handle) = mount_team().await;
    assert!(all(&root, ".team-role-card").is_empty());
    assert_eq!(all(&root, ".empty-state").len(), 2, "roles and people");

    button(&root, "Add the four core roles").click();
    settle().await;
    assert_eq!(all(&root, ".team-role-card").len(), 4);
    assert_eq!(
        all(&root, ".team-role-card--unheld").len(),
        4,
        "nobody holds a role yet"
    );

    button(&root, "Add a person").click();
    settle().await;
    let cards = all(&root, ".team-person-card");
    assert_eq!(cards.len(), 1);
    let card = &cards[0];
    type_into(&labelled_control(card, "Name"), "Anna");
    type_into(&labelled_control(card, "Social media manager"), "60");
    settle().await;
    let load = card.query_selector(".team-load__text").unwrap().unwrap();
    assert_eq!(text(&load), "Load: 60% of 100%");
    assert!(card
        .query_selector(".team-load__warning")
        .unwrap()
        .is_none());
    assert_eq!(all(&root, ".team-role-card--unheld").len(), 3);

    type_into(&labelled_control(card, "Data analyst"), "50");
    settle().await;
    assert_eq!(text(&load), "Load: 110% of 100%");
    let warning = card
        .query_selector(".team-load__warning")
        .unwrap()
        .expect("over 100% is flagged");
    assert!(text(&warning).contains("Over 100%"), "{}", text(&warning));
    assert_eq!(all(&root, ".team-role-card--unheld").len(), 2);

    // Availability below the load: the milder warning.
    type_into(&labelled_control(card, "Data analyst"), "20");
    type_into(
        &labelled_control(card, "Available (% of a full-time week)"),
        "50",
    );
    settle().await;
    let warning = card
        .query_selector(".team-load__warning")
        .unwrap()
        .expect("over availability is flagged");
    assert!(
        text(&warning).contains("More than this person can give"),
        "{}",
        text(&warning)
    );

    sleep_ms(450).await;
    let doc = stored_plan(&ws);
    let person = &doc["plan"]["team"]["people"][0];
    assert_eq!(person["name"], "Anna");
    assert_eq!(person["availability"], 50);
    assert_eq!(person["assignments"].as_array().unwrap().len(), 2);
    assert_eq!(person["assignments"][1]["percent"], 20);
}

#[wasm_bindgen_test]
async fn a_second_accountable_role_is_flagged_in_its_row() {
    let (root, ws, _handle) = mount_team().await;
    button(&root, "Add the four core roles").click();
    settle().await;
    assert_eq!(all(&root, ".team-raci__row").len(), 7);
    assert_eq!(
        all(&root, ".team-raci__row--problem").len(),
        7,
        "every row starts without an A"
    );
    button(&root, "Fill empty rows with the usual split").click();
    settle().await;
    assert!(all(&root, ".team-raci__row--problem").is_empty());

    let row = root
        .query_selector(".team-raci__row[data-activity='Strategy']")
        .unwrap()
        .unwrap();
    let cell = row
        .query_selector("select[aria-label='Strategy × Community and engagement']")
        .unwrap()
        .expect("a cell named activity × role");
    choose(&cell, "A");
    settle().await;
    assert!(row.class_name().contains("team-raci__row--problem"));
    let status = row.query_selector(".team-raci__status").unwrap().unwrap();
    assert_eq!(text(&status).trim(), "⚠ 2 A's: keep exactly one.");

    choose(&cell, "");
    settle().await;
    assert!(!row.class_name().contains("team-raci__row--problem"));
    sleep_ms(450).await;
    let doc = stored_plan(&ws);
    let cells = doc["plan"]["team"]["raci"].as_array().unwrap();
    let accountable = cells
        .iter()
        .filter(|c| c["activity"] == "strategy" && c["letter"] == "A")
        .count();
    assert_eq!(accountable, 1);
}

#[wasm_bindgen_test]
async fn the_questionnaire_suggests_a_model_and_the_approval_flow_adds_up() {
    let (root, _ws, _handle) = mount_team().await;
    let body = root
        .query_selector(".team-suggestion__body")
        .unwrap()
        .unwrap();
    assert!(text(&body).contains("Answer company size"));
    choose(&labelled_control(&root, "Company size"), "Micro");
    type_into(
        &labelled_control(&root, "Business units or regions with their own customers"),
        "1",
    );
    choose(
        &labelled_control(&root, "Brand consistency or local speed?"),
        "3",
    );
    settle().await;
    assert!(text(&body).contains("Centralized"), "{}", text(&body));
    assert_eq!(all(&body, "li").len(), 2);

    button(&root, "+ Add a step").click();
    button(&root, "+ Add a step").click();
    settle().await;
    let steps = all(&root, ".team-steps > li");
    assert_eq!(steps.len(), 2);
    type_into(&labelled_control(&steps[1], "Name or note"), "Legal");
    type_into(&labelled_control(&steps[1], "Time allowed (hours)"), "48");
    settle().await;
    let total = root.query_selector(".team-flow__total").unwrap().unwrap();
    assert_eq!(text(&total), "Total time: 72 h");
    let boxes = all(&root, ".team-flow__box");
    assert_eq!(boxes.len(), 4);
    assert!(text(&boxes[2]).contains("Legal"));
}
