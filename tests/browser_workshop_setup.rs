//! Browser tests of the facilitator's set-up and hand-out: mount `WorkshopPage` on a fresh
//! storage, check the proposed session, edit the name, tables, start and agenda, and check the
//! problems shown, the join link and its QR code, what storage keeps, re-opening, and a new
//! session that leaves the old one stored.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use social_playbook::io::join;
use social_playbook::model::examples::Example;
use social_playbook::model::workshop::{Start, WorkshopRecord};
use social_playbook::web::storage;
use social_playbook::workshop::WorkshopPage;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::{all, button, exists, find, mount_step, settle, text, type_into, wait_for, Mounted};

fn mount_page() -> Mounted {
    mount_step(|_| {}, |_| view! { <WorkshopPage/> })
}

fn stored() -> WorkshopRecord {
    storage::load_current_workshop().expect("a workshop is stored")
}

fn table_names(root: &web_sys::Element) -> Vec<String> {
    all(root, ".workshop-table input")
        .into_iter()
        .map(|i| i.unchecked_into::<web_sys::HtmlInputElement>().value())
        .collect()
}

fn click(el: &web_sys::HtmlElement) {
    el.click();
}

/// The radio of the start `value`, checked as a user would.
fn pick_start(root: &web_sys::Element, value: &str) {
    let radio = find(root, &format!("input[name=start][value={value}]"));
    radio.click();
}

#[wasm_bindgen_test]
async fn a_first_visit_proposes_a_sound_session_and_hands_out_its_link() {
    let m = mount_page();
    settle().await;
    let root: &web_sys::Element = &m.root;
    assert!(exists(root, "form.workshop-setup"));
    let name: web_sys::HtmlInputElement = find(root, "input[name=session-name]").unchecked_into();
    assert!(name.value().starts_with("Workshop "), "{}", name.value());
    let tables = table_names(root);
    assert_eq!(tables.len(), 8);
    assert_eq!(tables[0], "Table 1");
    assert_eq!(tables[7], "Table 8");
    let blank: web_sys::HtmlInputElement =
        find(root, "input[name=start][value=blank]").unchecked_into();
    assert!(blank.checked());
    assert_eq!(all(root, "input[name=start]").len(), 5);
    assert!(exists(root, "input[name=start][value=example-cafe]"));
    assert!(exists(root, "input[name=start][value=plan]"));

    let qr = find(root, ".workshop-handout svg.qr-code");
    assert_eq!(qr.get_attribute("role").as_deref(), Some("img"));
    let label = qr.get_attribute("aria-label").unwrap_or_default();
    assert_eq!(
        label,
        format!("QR code of the join link for {}", name.value())
    );
    let link = text(root, ".workshop-handout .join-link");
    let hash = &link[link.find('#').expect("a fragment")..];
    let payload = join::payload_of(hash).expect("a join link");
    let read = join::decode(payload).expect("reads back");
    assert_eq!(read.invite.session_name, name.value());
    assert_eq!(read.invite.tables, tables);
    assert!(text(root, ".workshop-handout__length").contains(&link.chars().count().to_string()));
    assert!(exists(root, ".workshop-print"));

    let record = stored();
    assert_eq!(record.session.name, name.value());
    assert_eq!(record.session.id, read.invite.session_id);
}

#[wasm_bindgen_test]
async fn problems_show_under_their_fields_and_hold_the_link_back() {
    let m = mount_page();
    settle().await;
    let root: &web_sys::Element = &m.root;
    type_into(&find(root, "input[name=session-name]"), "  ");
    settle().await;
    assert!(text(root, "#workshop-session-name-problems").contains("Give the session a name."));
    assert!(!exists(root, ".join-link"));
    assert!(exists(root, ".workshop-handout__blocked"));

    let inputs = all(root, ".workshop-table input");
    type_into(&inputs[2], "Table 1");
    settle().await;
    assert!(
        text(root, "#workshop-table-2-problems").contains("Table 3 has the same name as table 1.")
    );

    type_into(&find(root, "input[name=session-name]"), "Spring training");
    type_into(&inputs[2], "Blue");
    settle().await;
    assert_eq!(text(root, ".join-link").matches("#join=v1.").count(), 1);
    assert_eq!(stored().session.name, "Spring training");
    assert_eq!(stored().session.tables[2], "Blue");

    type_into(&find(root, "#workshop-agenda-personas-minutes"), "0");
    settle().await;
    assert!(text(root, "#workshop-agenda-personas-problems").contains("at least one minute"));
    assert!(!exists(root, ".join-link"));
    type_into(&find(root, "#workshop-agenda-personas-minutes"), "30");
    settle().await;
    assert_eq!(stored().session.agenda.blocks[1].minutes, 30);
    assert!(exists(root, ".join-link"));
}

#[wasm_bindgen_test]
async fn tables_are_added_and_removed_and_the_start_is_chosen() {
    let m = mount_page();
    settle().await;
    let root: &web_sys::Element = &m.root;
    click(&button(root, "Add a table"));
    settle().await;
    assert_eq!(table_names(root).len(), 9);
    assert_eq!(table_names(root)[8], "Table 9");
    click(&find(root, ".workshop-table .workshop-table__remove"));
    settle().await;
    assert_eq!(table_names(root)[0], "Table 2");
    assert_eq!(stored().session.tables.len(), 8);

    pick_start(root, "example-school");
    settle().await;
    assert_eq!(stored().session.start, Start::Example(Example::School));
    let link = text(root, ".join-link");
    let read = join::decode(join::payload_of(&link[link.find('#').unwrap()..]).unwrap()).unwrap();
    assert_eq!(read.invite.start, Start::Example(Example::School));
}

#[wasm_bindgen_test]
async fn a_plan_start_packs_a_small_plan_into_the_link() {
    let m = mount_page();
    settle().await;
    let root: &web_sys::Element = &m.root;
    pick_start(root, "plan");
    wait_for("the plan in the link", || {
        exists(root, ".workshop-plan-note")
            && text(root, ".workshop-plan-note").contains("inside the link")
    })
    .await;
    let link = text(root, ".join-link");
    let read = join::decode(join::payload_of(&link[link.find('#').unwrap()..]).unwrap()).unwrap();
    assert_eq!(read.invite.start, Start::Plan);
    assert!(read.plan_deflated.is_some());
}

#[wasm_bindgen_test]
async fn a_stored_session_reopens_and_a_new_one_keeps_the_old_stored() {
    let m = mount_page();
    settle().await;
    type_into(&find(&m.root, "input[name=session-name]"), "Kept session");
    settle().await;
    let first = stored().session.id;
    m.shown.set(false);
    settle().await;
    m.shown.set(true);
    settle().await;
    let root: &web_sys::Element = &m.root;
    let name: web_sys::HtmlInputElement = find(root, "input[name=session-name]").unchecked_into();
    assert_eq!(name.value(), "Kept session");

    click(&button(root, "New session"));
    settle().await;
    click(&find(root, ".workshop-new-confirm"));
    settle().await;
    let second = stored().session.id;
    assert_ne!(first, second);
    assert!(social_playbook::model::workshop::session::is_valid_session_id(&second));
    let old = window()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item(&format!("social-playbook/v1/workshop/{first}"))
        .unwrap()
        .expect("the old session stays stored");
    assert!(old.contains("Kept session"));
}

/// Text that does not compress: letters from a simple generator.
fn noise(len: usize) -> String {
    let mut state: u32 = 12345;
    (0..len)
        .map(|_| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (b'a' + ((state >> 16) % 26) as u8) as char
        })
        .collect()
}

#[wasm_bindgen_test]
async fn a_plan_too_big_for_the_link_goes_as_a_file() {
    let m = mount_step(
        |ws| {
            ws.store
                .get_untracked()
                .update(|plan| plan.organisation = noise(4_000));
        },
        |_| view! { <WorkshopPage/> },
    );
    settle().await;
    let root: &web_sys::Element = &m.root;
    pick_start(root, "plan");
    wait_for("the file note", || {
        exists(root, ".workshop-plan-note--file")
    })
    .await;
    assert!(text(root, ".workshop-plan-note--file").contains("Tables will need the plan file"));
    assert!(exists(root, ".workshop-plan-download"));
    let link = text(root, ".join-link");
    assert!(link.chars().count() < join::MAX_LINK_WITH_PLAN_CHARS);
    let read = join::decode(join::payload_of(&link[link.find('#').unwrap()..]).unwrap()).unwrap();
    assert_eq!(read.invite.start, Start::Plan);
    assert!(read.plan_deflated.is_none());
}

#[wasm_bindgen_test]
async fn the_projector_view_and_the_handout_show_the_session() {
    let m = mount_page();
    settle().await;
    let root: &web_sys::Element = &m.root;
    type_into(&find(root, "input[name=session-name]"), "Room 5");
    settle().await;
    click(&button(root, "Show large"));
    settle().await;
    let dialog: web_sys::HtmlDialogElement =
        find(root, "dialog[aria-labelledby=workshop-projector-title]").unchecked_into();
    assert!(dialog.open());
    assert_eq!(text(root, "#workshop-projector-title"), "Room 5");
    assert!(exists(root, ".projector-qr svg.qr-code--large"));
    click(&button(root, "Close"));
    settle().await;
    assert!(!dialog.open());

    // The printed handout: name, code, link, the agenda with times and a line per table.
    assert_eq!(text(root, ".workshop-sheet__title"), "Room 5");
    assert!(exists(root, ".workshop-sheet svg.qr-code"));
    assert_eq!(
        text(root, ".workshop-sheet__link"),
        text(root, ".join-link")
    );
    let agenda = all(root, ".workshop-sheet__agenda li");
    assert_eq!(agenda.len(), 6);
    assert!(agenda[1]
        .text_content()
        .unwrap()
        .contains("Audience personas (25 min)"));
    assert_eq!(all(root, ".workshop-sheet__table").len(), 8);
}
