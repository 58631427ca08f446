//! Browser tests of step 5: mount the team editor, give a person two roles and watch the load and
//! its warning, flag a second A in the responsibility matrix, and find the edits in storage; undo
//! a deleted role (after the step was left) and the one-person preset.
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
use support::{all, choose, container, labelled_control, sleep_ms, type_into};

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

mod undo {
    use super::*;
    use social_playbook::i18n::team_names::team_role_label;
    use social_playbook::model::{RaciCell, Team};
    use support::{exists, mount_step, toast_text, wait_for_autosave, Mounted};

    fn mount_with_toasts() -> Mounted {
        mount_step(|_| {}, |store| view! { <TeamStep store=store/> })
    }

    fn role_titles(root: &web_sys::Element) -> Vec<String> {
        // A role card folds on a phone; its title is the fold's summary.
        all(root, ".team-role-card .fold__name")
            .iter()
            .map(text)
            .collect()
    }

    /// The matrix as a set: an undo may put cells back in another order.
    fn same_cells(a: &[RaciCell], b: &[RaciCell]) -> bool {
        a.len() == b.len() && a.iter().all(|cell| b.contains(cell))
    }

    #[wasm_bindgen_test]
    async fn a_deleted_role_comes_back_with_its_shares_and_letters_after_the_step_was_left() {
        let m = mount_with_toasts();
        let root = &m.root;
        settle().await;
        button(root, "We are a one-person business").click();
        settle().await;
        let before: Team = m.ws.snapshot().team;
        assert_eq!(before.roles.len(), 4);
        assert_eq!(before.people[0].assignments.len(), 4);
        let gone = before.roles[2].clone();
        let label = team_role_label(Locale::En, &gone);
        let share = before.people[0]
            .assignments
            .iter()
            .find(|a| a.role == gone.id)
            .expect("the owner holds the role")
            .percent;
        let cell = format!("select[aria-label='Strategy × {label}']");
        assert!(exists(root, &cell));

        button(root, &format!("Delete role: {label}")).click();
        settle().await;
        assert_eq!(all(root, ".team-role-card").len(), 3);
        assert!(!exists(root, &cell), "the matrix column is gone");
        let person = &all(root, ".team-person-card")[0];
        assert!(all(person, "label").iter().all(|l| text(l).trim() != label));
        assert_eq!(
            toast_text(root).as_deref(),
            Some(format!("Role deleted: {label}").as_str())
        );
        let team = m.ws.snapshot().team;
        assert!(team.people[0].assignments.iter().all(|a| a.role != gone.id));
        assert!(team.raci.iter().all(|c| c.role != gone.id));

        // Leave the step; the toast stays, and its undo still works.
        m.shown.set(false);
        settle().await;
        assert!(!exists(root, ".team-editor"));
        button(root, "Undo").click();
        settle().await;
        let after = m.ws.snapshot().team;
        assert_eq!(after.roles, before.roles, "the role, in its place");
        assert_eq!(after.people, before.people, "its share, in its place");
        assert!(same_cells(&after.raci, &before.raci));

        m.shown.set(true);
        settle().await;
        assert_eq!(
            role_titles(root),
            before
                .roles
                .iter()
                .map(|r| team_role_label(Locale::En, r))
                .collect::<Vec<_>>()
        );
        let person = &all(root, ".team-person-card")[0];
        let input: web_sys::HtmlInputElement = labelled_control(person, &label).unchecked_into();
        assert_eq!(input.value(), share.to_string());
        assert!(exists(root, &cell));
        wait_for_autosave().await;
        let doc = stored_plan(&m.ws);
        assert_eq!(doc["plan"]["team"]["roles"][2]["id"], gone.id);
    }

    #[wasm_bindgen_test]
    async fn the_one_person_preset_is_undone_as_a_whole() {
        let m = mount_with_toasts();
        let root = &m.root;
        settle().await;
        button(root, "Add a person").click();
        settle().await;
        type_into(
            &labelled_control(&all(root, ".team-person-card")[0], "Name"),
            "Ben",
        );
        button(root, "Add the four core roles").click();
        settle().await;
        let before = m.ws.snapshot().team;

        button(root, "We are a one-person business").click();
        settle().await;
        let preset = m.ws.snapshot().team;
        assert_eq!(preset.people.len(), 1);
        assert_eq!(preset.people[0].name, "Me");
        assert_eq!(preset.people[0].assignments.len(), 4);
        assert_eq!(
            toast_text(root).as_deref(),
            Some("Set up as a one-person business.")
        );

        button(root, "Undo").click();
        settle().await;
        assert_eq!(m.ws.snapshot().team, before);
        let cards = all(root, ".team-person-card");
        assert_eq!(cards.len(), 1);
        let name: web_sys::HtmlInputElement = labelled_control(&cards[0], "Name").unchecked_into();
        assert_eq!(name.value(), "Ben");
        assert!(toast_text(root).is_none());
    }
}
