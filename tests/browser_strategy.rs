//! Browser tests of step 1 (strategic role): mount `StrategyStep` with its coach checks and the
//! toast bar on a fresh workspace, choose roles, write their reasons, set the direction and the
//! platforms, and check the DOM, the store, the checks and what autosave wrote; then remove a
//! primary role and a platform and undo, including an undo pressed after another plan was opened.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use social_playbook::i18n::Locale;
use social_playbook::model::checks::{step_findings_on, FieldRef, FindingKind};
use social_playbook::model::{Id, Plan, Step};
use social_playbook::shell::StepChecks;
use social_playbook::state::{CurrentStep, Toast};
use social_playbook::steps::StrategyStep;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::{
    all, button, choose, exists, find, mount_step, press_key, settle, stored_plan, text, texts,
    toast_text, type_into, wait_for_autosave, Mounted,
};

const NO_ROLE: &str = "Choose at least one role for social media.";
const NO_PRIMARY: &str = "Mark one role as primary: it decides what comes first.";
const NO_WHY: &str = "A role has no reason. Without one, it is social media for its own sake.";
const SHORT_WHY: &str = "A role's reason is very short; say how it serves the business.";
const NO_VISION: &str = "Write the long-term vision the role serves.";
const NO_OBJECTIVE: &str = "Add at least one short-term objective.";
const NO_PLATFORM: &str = "Pick the platforms you run or plan to run.";
const PLATFORM_NO_ROLE: &str = "A platform carries no role; say which role it serves.";
const PLATFORM_ROLE_GONE: &str = "A platform's role was removed; choose another.";

/// Mounts the strategy step with the coach panel's checks for step 1 beside it.
fn mount_strategy() -> Mounted {
    mount_step(
        |_| provide_context(CurrentStep(RwSignal::new(Step::Strategy))),
        |store| view! { <StrategyStep store=store/> <StepChecks/> },
    )
}

/// The checks the coach panel shows, in order.
fn shown_findings(root: &web_sys::Element) -> Vec<String> {
    texts(root, ".findings .finding__text")
}

/// What the model finds for step 1 in the open plan.
fn model_findings(m: &Mounted) -> Vec<(FindingKind, FieldRef)> {
    let today = social_playbook::web::browser::today();
    step_findings_on(&m.ws.snapshot(), Step::Strategy, today)
        .into_iter()
        .map(|f| (f.kind, f.target))
        .collect()
}

/// The checkbox of the choice labelled `name` (a role tile or a platform chip).
fn choice(root: &web_sys::Element, name: &str) -> web_sys::HtmlInputElement {
    all(root, ".choice-tile, .choice-chip")
        .into_iter()
        .find(|l| l.text_content().unwrap_or_default().trim() == name)
        .unwrap_or_else(|| panic!("no choice {name}"))
        .query_selector("input")
        .unwrap()
        .unwrap()
        .unchecked_into()
}

fn role_names(root: &web_sys::Element) -> Vec<String> {
    texts(root, ".role-card__name")
}

fn platform_names(root: &web_sys::Element) -> Vec<String> {
    texts(root, ".platform-row__name")
}

fn role_ids(plan: &Plan) -> Vec<Id> {
    plan.strategy.roles.iter().map(|r| r.id).collect()
}

fn why_of(root: &web_sys::Element, id: Id) -> web_sys::HtmlElement {
    find(root, &format!("#role-{id} textarea"))
}

fn primary_radio(root: &web_sys::Element, id: Id) -> web_sys::HtmlInputElement {
    find(root, &format!("#role-{id} input[type=radio]")).unchecked_into()
}

fn role_select(root: &web_sys::Element, platform: Id) -> web_sys::HtmlSelectElement {
    find(root, &format!("#platform-{platform}-role")).unchecked_into()
}

#[wasm_bindgen_test]
async fn roles_direction_and_platforms_reach_the_store_the_checks_and_storage() {
    let m = mount_strategy();
    let root = &m.root;
    settle().await;
    assert_eq!(
        shown_findings(root),
        [NO_ROLE, NO_VISION, NO_OBJECTIVE, NO_PLATFORM]
    );

    choice(root, "Brand amplifier").click();
    choice(root, "User-insight sensor").click();
    settle().await;
    assert_eq!(role_names(root), ["Brand amplifier", "User-insight sensor"]);
    let [amplifier, sensor] = role_ids(&m.ws.snapshot())[..] else {
        panic!("two roles");
    };
    assert_eq!(m.ws.snapshot().strategy.primary_role, Some(amplifier));
    assert!(
        primary_radio(root, amplifier).checked(),
        "the first role is primary"
    );
    // Each role without a reason has its own finding, pointing at that role.
    assert_eq!(
        shown_findings(root),
        [NO_WHY, NO_WHY, NO_VISION, NO_OBJECTIVE, NO_PLATFORM]
    );
    let without_why: Vec<FieldRef> = model_findings(&m)
        .into_iter()
        .filter(|(k, _)| *k == FindingKind::RoleWithoutWhy)
        .map(|(_, t)| t)
        .collect();
    assert_eq!(
        without_why,
        [
            FieldRef::StrategicRole(amplifier),
            FieldRef::StrategicRole(sensor)
        ]
    );

    type_into(
        &why_of(root, amplifier),
        "Neighbours find us through friends' posts.",
    );
    settle().await;
    assert_eq!(
        shown_findings(root),
        [NO_WHY, NO_VISION, NO_OBJECTIVE, NO_PLATFORM]
    );
    assert!(model_findings(&m)
        .contains(&(FindingKind::RoleWithoutWhy, FieldRef::StrategicRole(sensor))));
    type_into(&why_of(root, sensor), "reach");
    settle().await;
    assert_eq!(
        shown_findings(root)[0],
        SHORT_WHY,
        "a one-word reason is too short"
    );
    type_into(
        &why_of(root, sensor),
        "We hear what customers ask for before they ask us.",
    );
    settle().await;
    assert_eq!(shown_findings(root), [NO_VISION, NO_OBJECTIVE, NO_PLATFORM]);

    // The second role becomes the primary one.
    primary_radio(root, sensor).click();
    settle().await;
    assert_eq!(m.ws.snapshot().strategy.primary_role, Some(sensor));
    assert_eq!(
        find(root, ".role-card--primary").id(),
        format!("role-{sensor}")
    );
    assert!(!primary_radio(root, amplifier).checked());

    type_into(
        &find(root, ".field--vision textarea"),
        "The corner everyone recommends.",
    );
    let objectives = find(root, "#strategy-direction .chips__input");
    type_into(&objectives, "200 regulars by June");
    press_key(&objectives, "Enter");
    settle().await;
    assert_eq!(
        texts(root, "#strategy-direction .chip__text"),
        ["200 regulars by June"]
    );
    assert_eq!(shown_findings(root), [NO_PLATFORM]);

    // A new platform carries the primary role; another role can be chosen for it.
    choice(root, "Weibo").click();
    settle().await;
    assert_eq!(platform_names(root), ["Weibo"]);
    let weibo = m.ws.snapshot().strategy.platforms[0].id;
    assert_eq!(role_select(root, weibo).value(), sensor.to_string());
    assert!(shown_findings(root).is_empty());
    assert_eq!(text(root, ".coach__ok"), "✓ Nothing to fix here.");
    choose(&role_select(root, weibo), &amplifier.to_string());
    settle().await;
    assert_eq!(m.ws.snapshot().strategy.platforms[0].role, Some(amplifier));

    choice(root, "LinkedIn").click();
    settle().await;
    let linkedin = m.ws.snapshot().strategy.platforms[1].id;
    choose(&role_select(root, linkedin), "");
    settle().await;
    assert_eq!(shown_findings(root), [PLATFORM_NO_ROLE]);
    assert!(model_findings(&m).contains(&(
        FindingKind::PlatformWithoutRole,
        FieldRef::Platform(linkedin)
    )));
    choose(&role_select(root, linkedin), &sensor.to_string());
    settle().await;
    assert!(shown_findings(root).is_empty());

    wait_for_autosave().await;
    let doc = stored_plan(&m.ws.current_id()).expect("autosave wrote the plan");
    let strategy = &doc["plan"]["strategy"];
    assert_eq!(strategy["primary_role"], sensor);
    assert_eq!(strategy["roles"][0]["kind"], "brand_amplifier");
    assert_eq!(
        strategy["roles"][0]["why"],
        "Neighbours find us through friends' posts."
    );
    assert_eq!(strategy["roles"][1]["kind"], "insight_sensor");
    assert_eq!(strategy["vision"], "The corner everyone recommends.");
    assert_eq!(
        strategy["objectives"],
        serde_json::json!(["200 regulars by June"])
    );
    assert_eq!(strategy["platforms"][0]["kind"], "weibo");
    assert_eq!(strategy["platforms"][0]["role"], amplifier);
    assert_eq!(strategy["platforms"][1]["kind"], "linkedin");
    assert_eq!(strategy["platforms"][1]["role"], sensor);
}

#[wasm_bindgen_test]
async fn a_removed_primary_role_comes_back_in_its_place_and_primary_with_undo() {
    let m = mount_strategy();
    let root = &m.root;
    settle().await;
    for name in [
        "Brand amplifier",
        "User-insight sensor",
        "Product test field",
    ] {
        choice(root, name).click();
    }
    settle().await;
    let ids = role_ids(&m.ws.snapshot());
    let sensor = ids[1];
    primary_radio(root, sensor).click();
    type_into(
        &why_of(root, sensor),
        "Complaints tell us what to fix first.",
    );
    choice(root, "Douyin").click();
    settle().await;
    let douyin = m.ws.snapshot().strategy.platforms[0].id;
    assert_eq!(role_select(root, douyin).value(), sensor.to_string());
    let before = m.ws.snapshot().strategy;

    button(root, "Remove role: User-insight sensor").click();
    settle().await;
    assert_eq!(role_names(root), ["Brand amplifier", "Product test field"]);
    assert_eq!(m.ws.snapshot().strategy.primary_role, None);
    assert!(!choice(root, "User-insight sensor").checked());
    assert_eq!(
        toast_text(root).as_deref(),
        Some("Deleted. User-insight sensor")
    );
    let shown = shown_findings(root);
    assert!(shown.iter().any(|f| f == NO_PRIMARY), "{shown:?}");
    assert!(shown.iter().any(|f| f == PLATFORM_ROLE_GONE), "{shown:?}");

    button(root, "Undo").click();
    settle().await;
    assert_eq!(
        role_names(root),
        [
            "Brand amplifier",
            "User-insight sensor",
            "Product test field"
        ]
    );
    assert_eq!(m.ws.snapshot().strategy, before, "exactly what was removed");
    assert!(primary_radio(root, sensor).checked());
    assert_eq!(
        find(root, ".role-card--primary").id(),
        format!("role-{sensor}")
    );
    assert_eq!(
        why_of(root, sensor)
            .unchecked_into::<web_sys::HtmlTextAreaElement>()
            .value(),
        "Complaints tell us what to fix first."
    );
    assert_eq!(role_select(root, douyin).value(), sensor.to_string());
    let shown = shown_findings(root);
    assert!(!shown
        .iter()
        .any(|f| f == NO_PRIMARY || f == PLATFORM_ROLE_GONE));
    assert!(toast_text(root).is_none(), "the toast closes after undo");

    wait_for_autosave().await;
    let doc = stored_plan(&m.ws.current_id()).unwrap();
    assert_eq!(doc["plan"]["strategy"]["primary_role"], sensor);
    assert_eq!(doc["plan"]["strategy"]["roles"][1]["id"], sensor);
}

#[wasm_bindgen_test]
async fn a_removed_platform_comes_back_with_undo_after_the_step_was_left() {
    let m = mount_strategy();
    let root = &m.root;
    settle().await;
    choice(root, "Brand amplifier").click();
    for name in ["Weibo", "Douyin", "Xiaohongshu (RED)"] {
        choice(root, name).click();
    }
    settle().await;
    let douyin = m.ws.snapshot().strategy.platforms[1].id;
    let account = all(
        &find(root, &format!("#platform-{douyin}")),
        "input[type=text]",
    )[0]
    .clone();
    type_into(&account, "@corner_cafe");
    settle().await;
    let before = m.ws.snapshot().strategy;
    assert_eq!(before.platforms[1].account, "@corner_cafe");

    button(root, "Remove platform: Douyin").click();
    settle().await;
    assert_eq!(platform_names(root), ["Weibo", "Xiaohongshu (RED)"]);
    assert_eq!(toast_text(root).as_deref(), Some("Deleted. Douyin"));

    // Leave the step: the toast and its undo stay.
    m.shown.set(false);
    settle().await;
    assert!(!exists(root, ".strategy-step"));
    button(root, "Undo").click();
    settle().await;
    assert_eq!(m.ws.snapshot().strategy, before);

    m.shown.set(true);
    settle().await;
    assert_eq!(
        platform_names(root),
        ["Weibo", "Douyin", "Xiaohongshu (RED)"]
    );
    assert!(choice(root, "Douyin").checked());
    let account: web_sys::HtmlInputElement = all(
        &find(root, &format!("#platform-{douyin}")),
        "input[type=text]",
    )[0]
    .clone()
    .unchecked_into();
    assert_eq!(account.value(), "@corner_cafe");

    // Unticking the chip removes it too, and undo puts it back in the middle again.
    choice(root, "Douyin").click();
    settle().await;
    assert_eq!(platform_names(root), ["Weibo", "Xiaohongshu (RED)"]);
    button(root, "Undo").click();
    settle().await;
    assert_eq!(m.ws.snapshot().strategy, before);
    wait_for_autosave().await;
    let doc = stored_plan(&m.ws.current_id()).unwrap();
    assert_eq!(doc["plan"]["strategy"]["platforms"][1]["id"], douyin);
    assert_eq!(
        doc["plan"]["strategy"]["platforms"][1]["account"],
        "@corner_cafe"
    );
}

#[wasm_bindgen_test]
async fn an_undo_pressed_after_another_plan_was_opened_changes_neither_plan() {
    let m = mount_strategy();
    let root = &m.root;
    settle().await;
    choice(root, "Brand amplifier").click();
    choice(root, "Customer-service channel").click();
    choice(root, "Weibo").click();
    settle().await;
    let first_id = m.ws.current_id();
    let amplifier = role_ids(&m.ws.snapshot())[0];

    button(root, "Remove role: Brand amplifier").click();
    settle().await;
    assert!(matches!(
        m.ws.toast.get_untracked(),
        Some(Toast::Undoable { .. })
    ));
    let first_after_removal = m.ws.snapshot();
    assert_eq!(first_after_removal.strategy.roles.len(), 1);

    m.ws.new_plan("Second plan".into(), String::new(), Locale::En);
    settle().await;
    let second_id = m.ws.current_id();
    assert_ne!(second_id, first_id);
    let stored_first = stored_plan(&first_id).expect("the first plan was stored when left");

    button(root, "Undo").click();
    settle().await;
    let second = m.ws.snapshot();
    assert!(
        second.strategy.roles.is_empty(),
        "nothing lands in the other plan"
    );
    assert_eq!(second.strategy.primary_role, None);
    assert_eq!(second.id, second_id);
    assert!(
        role_names(root).is_empty(),
        "the view shows the second plan"
    );
    wait_for_autosave().await;
    assert_eq!(stored_plan(&first_id), Some(stored_first));
    let second_stored = stored_plan(&second_id).expect("a new plan is stored at once");
    assert_eq!(
        second_stored["plan"]["strategy"]["roles"],
        serde_json::json!([])
    );

    // Opening the first plan again shows it as it was left: without the role.
    m.ws.switch_to(&first_id);
    settle().await;
    let reopened = m.ws.snapshot();
    assert_eq!(reopened.strategy, first_after_removal.strategy);
    assert!(!role_ids(&reopened).contains(&amplifier));
    assert_eq!(role_names(root), ["Customer-service channel"]);
}
