//! Browser tests of the facilitator's room: mount the workshop page on a stored session, paste
//! many hand-ins at once (plan texts of two tables, a second version, a repeat, another
//! session's plan, a broken text), check every row and its status, the comparison per step, and
//! build the room's plan from picked items as a new plan; drop several files at once; refuse a
//! damaged workshop file and open a good one whole, with its undo. Also prints how long a paste
//! of forty worked-example plans takes to become forty rows.
#![cfg(target_arch = "wasm32")]

use chrono::Duration;
use leptos::prelude::*;
use social_playbook::io::handin::handin_text;
use social_playbook::model::examples::{example_plan, Example};
use social_playbook::model::workshop::{Session, WorkshopRecord, WorkshopTag};
use social_playbook::model::Plan;
use social_playbook::web::{browser, storage};
use social_playbook::workshop::WorkshopPage;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use social_playbook::i18n::Locale;
use social_playbook::state::{LocaleCtx, Workspace};
use support::{all, exists, find, settle, text, type_into, wait_for};

fn session() -> WorkshopRecord {
    WorkshopRecord::new(Session {
        id: "room-test".into(),
        name: "Spring training".into(),
        tables: vec!["Table 1".into(), "Table 2".into()],
        ..Session::default()
    })
}

/// A worked example handed in by `table` of session `session_id`, saved `minutes` after now.
fn handed_in(table: &str, session_id: &str, example: Example, minutes: i64) -> Plan {
    let now = browser::now();
    let mut plan = example_plan(example, false, &format!("p-{table}"), now);
    plan.updated_at = now + Duration::minutes(minutes);
    plan.workshop = Some(WorkshopTag {
        session_id: session_id.into(),
        session_name: "Spring training".into(),
        table: table.into(),
        joined_at: now,
        agenda: None,
        origins: vec![],
    });
    plan
}

/// The workshop page with its own workspace, on a stored session. Unlike a step, the page is
/// not rebuilt when another plan opens (as in the app, where the route alone decides).
struct Room {
    root: web_sys::HtmlElement,
    ws: Workspace,
    _handle: Box<dyn std::any::Any>,
}

fn mount_room() -> Room {
    support::clear_storage();
    storage::save_workshop(&session()).expect("the session is stored");
    let root = support::container();
    let slot = std::rc::Rc::new(std::cell::Cell::new(None));
    let inner = slot.clone();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(LocaleCtx(RwSignal::new(Locale::En)));
        let ws = Workspace::start(Locale::En);
        provide_context(ws);
        inner.set(Some(ws));
        view! { <WorkshopPage/> }
    });
    Room {
        root,
        ws: slot.get().expect("mounted"),
        _handle: Box::new(handle),
    }
}

fn statuses(root: &web_sys::Element) -> Vec<(String, String)> {
    all(root, ".collect-row")
        .iter()
        .map(|row| {
            (
                row.get_attribute("data-status").unwrap_or_default(),
                row.get_attribute("data-table").unwrap_or_default(),
            )
        })
        .collect()
}

#[wasm_bindgen_test]
async fn a_paste_of_many_hand_ins_becomes_one_row_each_then_compares_and_merges() {
    let m = mount_room();
    let root = &m.root;
    settle().await;
    assert!(exists(
        root,
        ".collect-panel input[type=file].collect-files"
    ));
    assert!(exists(root, ".bundle-import"));
    assert!(exists(root, ".bundle-export"));
    assert!(text(root, ".compare-panel").contains("Nothing to compare yet"));

    let now = browser::now();
    let one = handin_text(&handed_in("Table 1", "room-test", Example::Cafe, 0), now);
    let two = handin_text(&handed_in("Table 2", "room-test", Example::School, 0), now);
    let one_again = handin_text(&handed_in("Table 1", "room-test", Example::Cafe, 5), now);
    let other = handin_text(&handed_in("Table 9", "elsewhere", Example::Cafe, 0), now);
    let paste = format!(
        "Table 1 at 10:02\n{one}\n{two}\nTable 1 again:\n{one_again}\n{one}\n{other}\n{{\"format\": \"social-playbook\", \"plan\": {{"
    );
    type_into(&find(root, "textarea.collect-paste"), &paste);
    find(root, ".collect-paste-add").click();
    wait_for("six rows", || all(root, ".collect-row").len() == 6).await;
    settle().await;
    assert_eq!(
        statuses(root),
        vec![
            ("ok".into(), "Table 1".into()),
            ("ok".into(), "Table 2".into()),
            ("ok".into(), "Table 1".into()),
            ("duplicate".into(), "Table 1".into()),
            ("other_session".into(), "".into()),
            ("damaged".into(), "".into()),
        ]
    );
    let rows = all(root, ".collect-row");
    assert!(text(&rows[0], ".collect-status").contains("older version (row 3 is newer)"));
    assert!(text(&rows[2], ".collect-status").contains("newest version"));
    assert!(text(&rows[3], ".collect-status").contains("same as row 1"));
    assert!(text(root, ".collect-status-line").contains("2 lines of other text"));

    // Compare: every step, the two tables' newest plans.
    let steps: Vec<String> = all(root, ".compare-step")
        .iter()
        .map(|s| s.get_attribute("data-step").unwrap_or_default())
        .collect();
    assert_eq!(
        steps,
        ["strategy", "personas", "voice", "goals", "team", "content"]
    );
    let personas = find(root, ".compare-step[data-step=personas]");
    assert_eq!(all(&personas, ".compare-column").len(), 2);

    // Merge: tick the first item, see it in the preview, create the room's plan.
    let plans_before = m.ws.index.with_untracked(|i| i.plans.len());
    let first = find(root, "input.merge-pick");
    first.click();
    settle().await;
    assert!(text(root, ".merge-preview").contains("1 items will go in."));
    find(root, ".merge-create").click();
    settle().await;
    assert_eq!(
        m.ws.index.with_untracked(|i| i.plans.len()),
        plans_before + 1
    );
    let made = m.ws.snapshot();
    assert_eq!(made.name, "Spring training: the room's plan");
    assert!(made.workshop.as_ref().is_some_and(|t| t.is_merged()));
    assert!(exists(root, ".merge-open-handbook"));

    // A folded kind builds its checkboxes once opened.
    assert!(!exists(root, "input.merge-pick[data-kind=calendaritem]"));
    find(root, "details.merge-kind[data-kind=calendaritem] summary").click();
    settle().await;

    // "Take all" ticks every item of one kind from one table, and clears them again.
    let calendar = find(root, "input.merge-pick[data-kind=calendaritem]")
        .closest(".merge-table")
        .unwrap()
        .unwrap();
    let ticked = |on: bool| {
        all(&calendar, "input.merge-pick")
            .iter()
            .all(|b| b.unchecked_ref::<web_sys::HtmlInputElement>().checked() == on)
    };
    assert!(ticked(false));
    find(&calendar, ".merge-take-all").click();
    settle().await;
    assert!(ticked(true));
    assert!(text(&calendar, ".merge-take-all").starts_with("Clear"));
    find(&calendar, ".merge-take-all").click();
    settle().await;
    assert!(ticked(false));
}

#[wasm_bindgen_test]
async fn forty_plans_in_one_paste_become_forty_rows() {
    let m = mount_room();
    let root = &m.root;
    settle().await;
    let now = browser::now();
    let paste: String = (0..40)
        .map(|i| {
            let table = format!("Table {}", i % 20 + 1);
            let example = Example::ALL[i % 3];
            handin_text(&handed_in(&table, "room-test", example, i as i64), now)
        })
        .collect::<Vec<_>>()
        .join("\n");
    let bytes = paste.len();
    type_into(&find(root, "textarea.collect-paste"), &paste);
    let start = js_sys::Date::now();
    find(root, ".collect-paste-add").click();
    for _ in 0..600 {
        if all(root, ".collect-row").len() == 40 {
            break;
        }
        support::sleep_ms(50).await;
    }
    let took = js_sys::Date::now() - start;
    assert_eq!(all(root, ".collect-row").len(), 40);
    assert!(all(root, ".collect-row")
        .iter()
        .all(|r| r.get_attribute("data-status").as_deref() == Some("ok")));
    console_log!("40 plans pasted ({bytes} bytes): 40 rows after {took:.0} ms (debug build)");
    settle().await;
    assert_eq!(
        all(root, ".compare-step[data-step=goals] .compare-column").len(),
        20
    );
}

/// A list of files as a picker or a drop hands them over.
fn file_list(files: &[(&str, &str)]) -> web_sys::DataTransfer {
    let transfer = web_sys::DataTransfer::new().unwrap();
    let items = js_sys::Reflect::get(&transfer, &"items".into()).unwrap();
    let add: js_sys::Function = js_sys::Reflect::get(&items, &"add".into())
        .unwrap()
        .unchecked_into();
    for (name, content) in files {
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
        let file = web_sys::File::new_with_str_sequence(&parts, name).unwrap();
        add.call1(&items, &file).unwrap();
    }
    transfer
}

/// Puts `files` into a file input and fires `change`, as picking them does.
fn pick_files(input: &web_sys::HtmlElement, files: &[(&str, &str)]) {
    let input: &web_sys::HtmlInputElement = input.unchecked_ref();
    input.set_files(file_list(files).files().as_ref());
    input
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn dropped_files_are_collected_and_the_workshop_file_reads_back_whole() {
    let m = mount_room();
    let root = &m.root;
    settle().await;
    let now = browser::now();
    let one = handin_text(&handed_in("Table 1", "room-test", Example::Cafe, 0), now);
    let two = handin_text(&handed_in("Table 2", "room-test", Example::School, 0), now);
    // A drop of three files at once, one of them not a plan.
    let transfer = file_list(&[("t1.json", &one), ("t2.json", &two), ("notes.txt", "hello")]);
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"dataTransfer".into(), &transfer).unwrap();
    js_sys::Reflect::set(&init, &"bubbles".into(), &true.into()).unwrap();
    js_sys::Reflect::set(&init, &"cancelable".into(), &true.into()).unwrap();
    let constructor: js_sys::Function = js_sys::Reflect::get(&window(), &"DragEvent".into())
        .unwrap()
        .unchecked_into();
    let event =
        js_sys::Reflect::construct(&constructor, &js_sys::Array::of2(&"drop".into(), &init))
            .unwrap();
    find(root, ".collect-drop")
        .dispatch_event(event.unchecked_ref())
        .unwrap();
    wait_for("three rows", || all(root, ".collect-row").len() == 3).await;
    assert_eq!(
        statuses(root),
        vec![
            ("ok".into(), "Table 1".into()),
            ("ok".into(), "Table 2".into()),
            ("damaged".into(), "".into()),
        ]
    );

    // The workshop as it stands, as its file would hold it.
    let saved = social_playbook::io::bundle::export_bundle(&stored_record(), now);
    // A damaged workshop file changes nothing.
    let import = find(root, "input.bundle-import");
    pick_files(&import, &[("cut.workshop.json", &saved[..saved.len() / 2])]);
    wait_for("the refusal", || {
        text(root, ".collect-bundle").contains("Nothing changed.")
    })
    .await;
    assert_eq!(all(root, ".collect-row").len(), 3);

    // A good one replaces the workshop whole, and the undo brings the earlier one back.
    let mut other = session();
    other.session.name = "Autumn training".into();
    let file = social_playbook::io::bundle::export_bundle(&other, now);
    pick_files(&import, &[("autumn.workshop.json", &file)]);
    wait_for("the opened workshop", || {
        all(root, ".collect-row").is_empty()
    })
    .await;
    assert!(text(root, ".collect-bundle").contains("Opened “Autumn training” with 0 rows."));
    find(root, ".bundle-undo").click();
    settle().await;
    assert_eq!(all(root, ".collect-row").len(), 3);
}

/// A workshop holding the same two hand-ins the test dropped: what the page's file would hold.
fn stored_record() -> WorkshopRecord {
    let now = browser::now();
    let mut record = session();
    let inputs = [
        handin_text(&handed_in("Table 1", "room-test", Example::Cafe, 0), now),
        handin_text(&handed_in("Table 2", "room-test", Example::School, 0), now),
    ]
    .map(
        |text| match social_playbook::io::handin::unpack("x.json", text.as_bytes()) {
            social_playbook::io::handin::Unpacked::Ready(r) => r,
            social_playbook::io::handin::Unpacked::Inflate { .. } => unreachable!(),
        },
    );
    record.collection.add_all(inputs, now);
    record
}

#[wasm_bindgen_test]
async fn a_pasted_share_link_is_inflated_and_collected() {
    use social_playbook::io::envelope::share_json;
    use social_playbook::web::share_link::{make_link, MadeLink};
    let m = mount_room();
    let root = &m.root;
    settle().await;
    let plan = handed_in("Table 2", "room-test", Example::Cafe, 0);
    let MadeLink::Ready(link) = make_link(&share_json(&plan, browser::now())).await else {
        panic!("the browser makes share links");
    };
    let cut = &link[..link.len() - 40];
    let paste = format!("Table 2: {link}\n{cut}\n");
    type_into(&find(root, "textarea.collect-paste"), &paste);
    find(root, ".collect-paste-add").click();
    wait_for("two rows", || all(root, ".collect-row").len() == 2).await;
    assert_eq!(
        statuses(root),
        vec![
            ("ok".into(), "Table 2".into()),
            ("damaged".into(), "".into())
        ]
    );
    let rows = all(root, ".collect-row");
    assert_eq!(text(&rows[0], ".collect-source"), "Pasted link 1");
    assert!(text(&rows[1], ".collect-status").contains("Damaged link"));
}

#[wasm_bindgen_test]
async fn a_paste_of_more_than_five_megabytes_is_read_piece_by_piece() {
    let m = mount_room();
    let root = &m.root;
    settle().await;
    let now = browser::now();
    let with_notes = |table: &str, kib: usize| {
        let mut plan = handed_in(table, "room-test", Example::Manufacturer, 0);
        plan.strategy.vision = "v".repeat(kib * 1024);
        handin_text(&plan, now)
    };
    // Two plans of 2 MiB each, and one over the 5 MB limit.
    let paste = [
        with_notes("Table 1", 2048),
        with_notes("Table 2", 2048),
        with_notes("Table 3", 5200),
    ]
    .join("\n");
    let bytes = paste.len();
    type_into(&find(root, "textarea.collect-paste"), &paste);
    let start = js_sys::Date::now();
    find(root, ".collect-paste-add").click();
    for _ in 0..1200 {
        if all(root, ".collect-row").len() == 3 {
            break;
        }
        support::sleep_ms(50).await;
    }
    let took = js_sys::Date::now() - start;
    assert_eq!(
        statuses(root),
        vec![
            ("ok".into(), "Table 1".into()),
            ("ok".into(), "Table 2".into()),
            ("too_large".into(), "".into()),
        ]
    );
    let rows = all(root, ".collect-row");
    assert!(text(&rows[2], ".collect-status").contains("the limit is 5 MB"));
    console_log!("a paste of {bytes} bytes (3 plans): 3 rows after {took:.0} ms (debug build)");
}

#[wasm_bindgen_test]
fn a_workshop_longer_than_any_storage_is_refused_as_full_and_the_stored_one_kept() {
    use social_playbook::io::storage_limit::STORAGE_CEILING_UNITS;
    use social_playbook::web::storage::PersistError;
    support::clear_storage();
    let kept = stored_record();
    storage::save_workshop(&kept).expect("the workshop is stored");
    let mut longer = kept.clone();
    // Each plan's persona gets a long quote, so the collection alone is past the ceiling.
    for row in &mut longer.collection.rows {
        if let Some(persona) = row.plan.as_mut().and_then(|p| p.personas.first_mut()) {
            persona.quote = "鹿".repeat(STORAGE_CEILING_UNITS / 2);
        }
    }
    assert_eq!(storage::save_workshop(&longer), Err(PersistError::Quota));
    assert_eq!(storage::load_current_workshop(), Some(kept));
}

#[wasm_bindgen_test]
async fn long_lists_are_cut_short_in_the_comparison_and_the_merge_until_shown_whole() {
    let m = mount_room();
    let root = &m.root;
    settle().await;
    let mut plan = handed_in("Table 1", "room-test", Example::Cafe, 0);
    let template = plan.personas[0].clone();
    plan.personas
        .extend((0..20).map(|i| social_playbook::model::Persona {
            id: 5_000 + i,
            name: format!("Persona {i}"),
            ..template.clone()
        }));
    plan.next_id = 6_000;
    let total = plan.personas.len();
    type_into(
        &find(root, "textarea.collect-paste"),
        &handin_text(&plan, browser::now()),
    );
    find(root, ".collect-paste-add").click();
    wait_for("the hand-in's row", || all(root, ".collect-row").len() == 1).await;
    settle().await;

    let personas = find(root, ".compare-step[data-step=personas]");
    let entries = || all(&personas, ".compare-entry").len();
    assert_eq!(
        entries(),
        12 + 1,
        "twelve names and the line saying how many more"
    );
    assert_eq!(
        text(&personas, ".compare-entry--more"),
        format!("and {} more", total - 12)
    );
    // Steps whose lists are short have nothing to show in full.
    assert!(!exists(
        &find(root, ".compare-step[data-step=team]"),
        ".compare-show-all"
    ));
    find(&personas, ".compare-show-all").click();
    settle().await;
    assert_eq!(entries(), total);
    assert!(!exists(&personas, ".compare-show-all"));

    // The merge's persona list: twelve boxes, then all of them when asked.
    let boxes = || all(root, "input.merge-pick[data-kind=persona]").len();
    assert_eq!(boxes(), 12);
    let kind = find(root, "details.merge-kind[data-kind=persona]");
    assert_eq!(
        text(&kind, ".merge-more"),
        format!("and {} more", total - 12)
    );
    find(&kind, ".merge-show-all").click();
    settle().await;
    assert_eq!(boxes(), total);
    assert!(!exists(&kind, ".merge-more"));
}
