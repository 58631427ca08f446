//! Browser tests of the content calendar: mount it, add an item through the editor, move it by
//! keyboard, hold its status back until the approval path has signed, duplicate and delete it
//! with undo, and check the DOM, the announcements and what reached storage.
#![cfg(target_arch = "wasm32")]

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use reactive_stores::Store;
use social_playbook::i18n::Locale;
use social_playbook::model::calendar_moves::shift_date;
use social_playbook::model::{
    ApprovalStep, CalendarItem, ContentStoreFields, Plan, PlanStoreFields, Platform, PlatformKind,
    Status, StrategyStoreFields, TeamStoreFields,
};
use social_playbook::state::LocaleCtx;
use social_playbook::state::{Toast, Workspace};
use social_playbook::steps::content::calendar::CalendarSection;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::{container, sleep_ms};

async fn settle() {
    sleep_ms(40).await;
}

fn find(root: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

/// The element of the open dialog matching `selector` (dialogs render inside the section).
fn in_dialog(selector: &str) -> web_sys::HtmlElement {
    document()
        .query_selector(&format!("dialog[open] {selector}"))
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector} in an open dialog"))
        .unchecked_into()
}

fn type_into(el: &web_sys::HtmlElement, text: &str, event: &str) {
    let input: &web_sys::HtmlInputElement = el.unchecked_ref();
    input.set_value(text);
    el.dispatch_event(&web_sys::Event::new(event).unwrap())
        .unwrap();
}

fn choose(el: &web_sys::HtmlElement, value: &str) {
    let select: &web_sys::HtmlSelectElement = el.unchecked_ref();
    select.set_value(value);
    el.dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}

/// A bubbling `keydown` of `key`, with or without Alt.
fn key_event(key: &str, alt: bool) -> web_sys::Event {
    let init = js_sys::Object::new();
    for (name, value) in [
        ("key", wasm_bindgen::JsValue::from_str(key)),
        ("altKey", alt.into()),
        ("bubbles", true.into()),
        ("cancelable", true.into()),
    ] {
        js_sys::Reflect::set(&init, &name.into(), &value).unwrap();
    }
    let constructor: js_sys::Function = js_sys::Reflect::get(&window(), &"KeyboardEvent".into())
        .unwrap()
        .unchecked_into();
    js_sys::Reflect::construct(&constructor, &js_sys::Array::of2(&"keydown".into(), &init))
        .unwrap()
        .unchecked_into()
}

fn press_alt(el: &web_sys::HtmlElement, key: &str) {
    el.dispatch_event(&key_event(key, true)).unwrap();
}

fn announcement(root: &web_sys::HtmlElement) -> String {
    find(root, "[data-testid=calendar-announcement]")
        .text_content()
        .unwrap_or_default()
}

/// A day inside this month, away from its edges, so ±1 day stays in the month grid.
fn mid_month(today: NaiveDate) -> NaiveDate {
    today.with_day(14).unwrap()
}

struct Mounted {
    root: web_sys::HtmlElement,
    store: Store<Plan>,
    ws: Workspace,
}

fn mount_calendar(approval: bool) -> Mounted {
    window().local_storage().unwrap().unwrap().clear().unwrap();
    let root = container();
    let slot = std::rc::Rc::new(std::cell::RefCell::new(None));
    let out = slot.clone();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(LocaleCtx(RwSignal::new(Locale::En)));
        let ws = Workspace::start(Locale::En);
        provide_context(ws);
        let store = ws.store.get_untracked();
        store.strategy().platforms().write().push(Platform {
            id: 700,
            kind: PlatformKind::Weibo,
            ..Default::default()
        });
        if approval {
            store.team().approval_path().write().push(ApprovalStep {
                id: 800,
                label: "Legal".into(),
                ..Default::default()
            });
        }
        *out.borrow_mut() = Some((store, ws));
        view! { <CalendarSection store=store/> }
    });
    handle.forget();
    let (store, ws) = slot.borrow_mut().take().unwrap();
    Mounted { root, store, ws }
}

fn stored_items(store: Store<Plan>) -> Vec<CalendarItem> {
    store.content().calendar().get_untracked()
}

#[wasm_bindgen_test]
async fn an_item_added_in_the_editor_lands_on_its_day_and_in_storage() {
    let Mounted { root, store, .. } = mount_calendar(false);
    settle().await;
    let today = social_playbook::web::browser::today();
    let day = mid_month(today);

    find(&root, ".calendar-toolbar__add").click();
    settle().await;
    type_into(
        &in_dialog("input[type=text]"),
        "Three ways to brew",
        "input",
    );
    type_into(&in_dialog("input[type=date]"), &day.to_string(), "change");
    type_into(&in_dialog("input[type=time]"), "09:30", "change");
    in_dialog("button[type=submit]").click();
    settle().await;

    let items = stored_items(store);
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].title, "Three ways to brew");
    assert_eq!(items[0].date, day);
    assert_eq!(
        items[0].platform,
        Some(700),
        "the plan's only platform is preset"
    );
    assert_eq!(items[0].status, Status::Idea);
    let cell = find(&root, &format!(".calendar-day[data-date='{day}']"));
    let chip = cell
        .query_selector(".calendar-chip")
        .unwrap()
        .expect("the chip is on its day");
    let text = chip.text_content().unwrap_or_default();
    assert!(
        text.contains("09:30") && text.contains("Three ways to brew"),
        "{text}"
    );
    assert!(document().query_selector("dialog[open]").unwrap().is_none());

    sleep_ms(450).await;
    let storage = window().local_storage().unwrap().unwrap();
    // Other tests' plans may autosave into the same storage: pick this test's plan by its id.
    let plan_id = store.with_untracked(|plan| plan.id.clone());
    let raw = storage
        .get_item(&format!("social-playbook/v1/plan/{plan_id}"))
        .unwrap()
        .expect("the plan was stored");
    let doc: serde_json::Value = serde_json::from_str(&raw).unwrap();
    let stored = &doc["plan"]["content"]["calendar"][0];
    assert_eq!(stored["title"], "Three ways to brew");
    assert_eq!(stored["date"], day.to_string());
}

#[wasm_bindgen_test]
async fn alt_arrows_move_the_focused_item_and_say_so() {
    let Mounted { root, store, .. } = mount_calendar(false);
    let today = social_playbook::web::browser::today();
    let day = mid_month(today);
    store.content().calendar().write().push(CalendarItem {
        id: 41,
        date: day,
        title: "Launch teaser".into(),
        ..Default::default()
    });
    settle().await;

    let chip = find(&root, "#calendar-item-41");
    chip.focus().unwrap();
    press_alt(&chip, "ArrowRight");
    settle().await;
    assert_eq!(stored_items(store)[0].date, shift_date(day, 1));
    assert!(announcement(&root).contains("Moved “Launch teaser” to"));
    let moved = find(
        &root,
        &format!(
            ".calendar-day[data-date='{}'] #calendar-item-41",
            shift_date(day, 1)
        ),
    );
    sleep_ms(60).await;
    assert_eq!(
        document().active_element().map(|e| e.id()),
        Some("calendar-item-41".to_string()),
        "focus stays on the moved item"
    );

    press_alt(&moved, "ArrowUp");
    settle().await;
    assert_eq!(stored_items(store)[0].date, shift_date(day, -6));

    // Without Alt, arrows do not move anything.
    let chip = find(&root, "#calendar-item-41");
    chip.dispatch_event(&key_event("ArrowLeft", false)).unwrap();
    settle().await;
    assert_eq!(stored_items(store)[0].date, shift_date(day, -6));

    // Moving out of the shown month follows the item.
    store.content().calendar().write()[0].date = today.with_day(1).unwrap();
    settle().await;
    press_alt(&find(&root, "#calendar-item-41"), "ArrowLeft");
    settle().await;
    let title = find(&root, "#calendar-period")
        .text_content()
        .unwrap_or_default();
    let previous = shift_date(today.with_day(1).unwrap(), -1);
    assert!(
        title.contains(&previous.year().to_string()),
        "the previous month is shown: {title}"
    );
    assert!(root
        .query_selector(&format!(
            ".calendar-day[data-date='{previous}'] #calendar-item-41"
        ))
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn approval_waits_for_every_sign_off() {
    let Mounted { root, store, .. } = mount_calendar(true);
    let day = mid_month(social_playbook::web::browser::today());
    store.content().calendar().write().push(CalendarItem {
        id: 51,
        date: day,
        title: "Price change".into(),
        status: Status::InReview,
        ..Default::default()
    });
    settle().await;
    find(&root, "#calendar-item-51").click();
    settle().await;

    let status = in_dialog(".calendar-editor select[aria-describedby^=calendar-status-message]");
    choose(&status, "Approved");
    settle().await;
    let message = in_dialog(".calendar-editor__blocked")
        .text_content()
        .unwrap_or_default();
    assert!(
        message.contains("Legal"),
        "the missing step is named: {message}"
    );
    assert_eq!(
        status.unchecked_ref::<web_sys::HtmlSelectElement>().value(),
        "InReview"
    );

    let sign_off = in_dialog(".calendar-sign-off");
    assert!(sign_off
        .text_content()
        .unwrap_or_default()
        .contains("Legal"));
    type_into(
        &sign_off
            .query_selector("input[type=text]")
            .unwrap()
            .unwrap()
            .unchecked_into(),
        "Wang Fang",
        "input",
    );
    find(&sign_off, ".calendar-sign-off__today").click();
    settle().await;
    choose(&status, "Approved");
    settle().await;
    assert_eq!(
        in_dialog(".calendar-editor__blocked")
            .text_content()
            .unwrap_or_default(),
        ""
    );
    in_dialog("button[type=submit]").click();
    settle().await;
    let item = &stored_items(store)[0];
    assert_eq!(item.status, Status::Approved);
    assert_eq!(item.sign_offs.len(), 1);
    assert_eq!(item.sign_offs[0].by, "Wang Fang");
    assert_eq!(
        item.sign_offs[0].on,
        Some(social_playbook::web::browser::today())
    );
}

#[wasm_bindgen_test]
async fn duplicate_then_delete_with_undo() {
    let Mounted { root, store, ws } = mount_calendar(false);
    let day = mid_month(social_playbook::web::browser::today());
    store.content().calendar().write().push(CalendarItem {
        id: 61,
        date: day,
        title: "Tasting day".into(),
        status: Status::Scheduled,
        ..Default::default()
    });
    settle().await;
    find(&root, "#calendar-item-61").click();
    settle().await;
    let duplicate = document()
        .query_selector_all("dialog[open] .dialog-actions button")
        .unwrap();
    let mut clicked = false;
    for i in 0..duplicate.length() {
        let b: web_sys::HtmlElement = duplicate.get(i).unwrap().unchecked_into();
        if b.text_content().unwrap_or_default() == "Duplicate" {
            b.click();
            clicked = true;
        }
    }
    assert!(clicked, "a Duplicate button");
    settle().await;
    let items = stored_items(store);
    assert_eq!(items.len(), 2);
    assert_eq!(items[1].title, "Tasting day (copy)");
    assert_eq!(items[1].status, Status::Idea);
    assert_ne!(items[1].id, 61);
    let copy_id = items[1].id;

    // The copy is open in the editor: delete it.
    in_dialog(".button--danger").click();
    settle().await;
    assert_eq!(stored_items(store).len(), 1);
    assert!(root
        .query_selector(&format!("#calendar-item-{copy_id}"))
        .unwrap()
        .is_none());
    let Some(Toast::Undoable { undo, .. }) = ws.toast.get_untracked() else {
        panic!("an undo toast");
    };
    undo.run(());
    settle().await;
    let items = stored_items(store);
    assert_eq!(items.len(), 2);
    assert_eq!(items[1].id, copy_id);
    assert!(root
        .query_selector(&format!("#calendar-item-{copy_id}"))
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn filters_and_views_show_only_what_is_asked() {
    let Mounted { root, store, .. } = mount_calendar(false);
    let day = mid_month(social_playbook::web::browser::today());
    store.content().calendar().write().extend([
        CalendarItem {
            id: 71,
            date: day,
            title: "On Weibo".into(),
            platform: Some(700),
            ..Default::default()
        },
        CalendarItem {
            id: 72,
            date: day,
            title: "Nowhere yet".into(),
            status: Status::Drafting,
            ..Default::default()
        },
    ]);
    settle().await;
    assert!(root.query_selector("#calendar-item-71").unwrap().is_some());
    assert!(root.query_selector("#calendar-item-72").unwrap().is_some());
    let platform_filter = find(&root, ".calendar-filters select");
    choose(&platform_filter, "700");
    settle().await;
    assert!(root.query_selector("#calendar-item-71").unwrap().is_some());
    assert!(root.query_selector("#calendar-item-72").unwrap().is_none());

    // The list view keeps the filter and lists the month's matching items.
    let views = document()
        .query_selector_all(".calendar-toolbar__views button")
        .unwrap();
    let list: web_sys::HtmlElement = views.get(2).unwrap().unchecked_into();
    list.click();
    settle().await;
    let rows = root
        .query_selector_all(".calendar-list__table tbody tr")
        .unwrap();
    assert_eq!(rows.length(), 1);
    assert!(find(&root, ".calendar-list__table")
        .text_content()
        .unwrap_or_default()
        .contains("On Weibo"));
    find(&root, ".calendar-filters__clear").click();
    settle().await;
    let rows = root
        .query_selector_all(".calendar-list__table tbody tr")
        .unwrap();
    assert_eq!(rows.length(), 2);

    // The week view lists the week of the day.
    let week: web_sys::HtmlElement = views.get(1).unwrap().unchecked_into();
    week.click();
    settle().await;
    assert_eq!(
        root.query_selector_all(".calendar-week__day")
            .unwrap()
            .length(),
        7
    );
}
