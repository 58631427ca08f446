//! Browser tests of step 4: mount the goals editor, add a goal from a template, edit it, and check
//! the SMART badges in the DOM and the edit in storage.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use social_playbook::i18n::Locale;
use social_playbook::model::{PlanStoreFields, StrategicRole, StrategyStoreFields};
use social_playbook::state::LocaleCtx;
use social_playbook::state::Workspace;
use social_playbook::steps::GoalsStep;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::{all, container, sleep_ms};

async fn settle() {
    sleep_ms(30).await;
}

fn verdict_of(root: &web_sys::HtmlElement, letter: &str) -> String {
    root.query_selector(&format!(".smart-badge[data-letter='{letter}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no badge {letter}"))
        .get_attribute("data-verdict")
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_template_goal_is_checked_and_its_target_edit_reaches_storage() {
    window().local_storage().unwrap().unwrap().clear().unwrap();
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), || {
        provide_context(LocaleCtx(RwSignal::new(Locale::En)));
        let ws = Workspace::start(Locale::En);
        provide_context(ws);
        let store = ws.store.get_untracked();
        store.strategy().roles().write().push(StrategicRole {
            id: 900,
            ..Default::default()
        });
        store.strategy().primary_role().set(Some(900));
        view! { <GoalsStep store=store/> }
    });
    settle().await;
    assert_eq!(all(&root, ".goal-card").len(), 0);
    let example: web_sys::HtmlElement = root
        .query_selector(".empty-state .button--secondary")
        .unwrap()
        .expect("start from an example")
        .unchecked_into();
    example.click();
    settle().await;
    assert_eq!(all(&root, ".goal-card").len(), 1);
    assert_eq!(all(&root, ".smart-badge").len(), 5);
    // No platform and no persona in this plan: S and R fail; M and T pass.
    assert_eq!(verdict_of(&root, "S"), "fail");
    assert_eq!(verdict_of(&root, "M"), "pass");
    assert_eq!(verdict_of(&root, "R"), "fail");
    assert_eq!(verdict_of(&root, "T"), "pass");
    let badge = root
        .query_selector(".smart-badge[data-letter='R']")
        .unwrap()
        .unwrap();
    let desc_id = badge
        .get_attribute("aria-describedby")
        .expect("described by its reasons");
    let desc = document()
        .get_element_by_id(&desc_id)
        .expect("the description exists");
    assert!(!desc.text_content().unwrap_or_default().is_empty());
    assert!(all(&root, ".smart-reason").len() >= 2);

    // Target 20 (% change) → 1200 %: thirteen times in six months is steep, so A is no longer a plain pass.
    let target: web_sys::HtmlInputElement = all(&root, ".goal-grid input[type=number]")
        .get(1)
        .cloned()
        .expect("the target field")
        .unchecked_into();
    assert_eq!(target.value(), "20");
    target.set_value("1200");
    target
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    settle().await;
    assert_ne!(
        verdict_of(&root, "A"),
        "pass",
        "+1200% in six months is flagged"
    );
    let sentence = root
        .query_selector(".goal-sentence")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap_or_default();
    assert!(
        sentence.contains("130,000"),
        "the sentence follows the target: {sentence}"
    );
    sleep_ms(450).await;

    let storage = window().local_storage().unwrap().unwrap();
    let key = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .find(|k| k.starts_with("social-playbook/v1/plan/"))
        .expect("the plan was stored");
    let doc: serde_json::Value =
        serde_json::from_str(&storage.get_item(&key).unwrap().unwrap()).unwrap();
    let goal = &doc["plan"]["goals"][0];
    assert_eq!(goal["target"], 1200.0);
    assert_eq!(goal["metric"], "followers");
    assert_eq!(goal["target_kind"], "percent_change");
    assert_eq!(goal["serves_role"], 900);
}
