//! Browser tests: mount the real components in headless Chromium and check the DOM and storage.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use social_playbook::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::{container, sleep_ms};

fn set_hash(hash: &str) {
    let _ = window().history().unwrap().replace_state_with_url(
        &wasm_bindgen::JsValue::NULL,
        "",
        Some(hash),
    );
}

fn text_of(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

/// Waits for the reactive system and the hashchange event to settle.
async fn settle() {
    leptos::task::tick().await;
    sleep_ms(30).await;
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn next_moves_to_the_second_step_and_updates_the_hash() {
    set_hash("#/strategy");
    window()
        .local_storage()
        .unwrap()
        .unwrap()
        .set_item("social-playbook/v1/locale", "en")
        .unwrap();
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), || view! { <App/> });
    settle().await;
    assert_eq!(text_of(&root, "h1"), "Strategic role");

    let next: web_sys::HtmlElement = root
        .query_selector(".step-pager a[rel=next]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    next.click();
    settle().await;

    assert_eq!(window().location().hash().unwrap(), "#/personas");
    assert_eq!(text_of(&root, "h1"), "Audience personas");
    let current = root.query_selector("[aria-current=step]").unwrap().unwrap();
    assert_eq!(current.get_attribute("href").as_deref(), Some("#/personas"));
}

#[wasm_bindgen_test]
async fn language_switch_changes_text_and_is_stored() {
    set_hash("#/goals");
    let storage = window().local_storage().unwrap().unwrap();
    storage.set_item("social-playbook/v1/locale", "en").unwrap();
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), || view! { <App/> });
    settle().await;
    assert_eq!(text_of(&root, "h1"), "SMART goals");

    let zh: web_sys::HtmlElement = root
        .query_selector(".language-switch button[lang=zh-CN]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    zh.click();
    settle().await;

    assert_eq!(text_of(&root, "h1"), "SMART 目标");
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("zh-CN")
    );
    assert_eq!(
        storage
            .get_item("social-playbook/v1/locale")
            .unwrap()
            .as_deref(),
        Some("zh-CN")
    );
}

mod workspace {
    use super::*;
    use reactive_stores::Store;
    use social_playbook::i18n::Locale;
    use social_playbook::model::{Persona, PlanStoreFields, VoiceStoreFields};
    use social_playbook::state::{Banner, Workspace};

    fn clear_storage() {
        window().local_storage().unwrap().unwrap().clear().unwrap();
    }

    #[wasm_bindgen_test]
    fn each_stored_copy_is_the_text_a_whole_serialisation_gives_after_every_kind_of_edit() {
        use chrono::{TimeZone, Utc};
        use social_playbook::io::envelope::encode_stored;
        use social_playbook::model::examples::{example_plan, Example};
        use social_playbook::web::storage::save_plan;

        clear_storage();
        let storage = window().local_storage().unwrap().unwrap();
        let mut at = Utc.with_ymd_and_hms(2026, 5, 4, 9, 0, 0).unwrap();
        let mut plan = example_plan(Example::Manufacturer, true, "kept-pieces", at);
        let edits: Vec<fn(&mut social_playbook::model::Plan)> = vec![
            |p| p.strategy.vision.push_str("（更新）"),
            |p| p.content.calendar[0].title.push_str(" x"),
            |p| {
                p.content.calendar.remove(1);
            },
            |p| {
                let item = p.content.calendar[0].clone();
                p.content.calendar.push(item);
            },
            |p| p.personas.reverse(),
            |p| p.goals.clear(),
        ];
        let mut revision = save_plan(&plan, 0, at).unwrap();
        for (n, edit) in edits.iter().enumerate() {
            edit(&mut plan);
            at += chrono::Duration::minutes(1);
            revision = save_plan(&plan, revision, at).unwrap();
            let mut copy = plan.clone();
            copy.updated_at = at;
            let stored = storage
                .get_item("social-playbook/v1/plan/kept-pieces")
                .unwrap()
                .unwrap();
            assert_eq!(stored, encode_stored(&copy, revision, at), "edit {n}");
        }
    }

    #[wasm_bindgen_test]
    async fn a_nested_edit_reaches_local_storage_after_the_autosave_delay() {
        clear_storage();
        let ws_slot = std::rc::Rc::new(std::cell::RefCell::new(None));
        let slot = ws_slot.clone();
        let root = container();
        let _handle = leptos::mount::mount_to(root, move || {
            let ws = Workspace::start(Locale::En);
            *slot.borrow_mut() = Some(ws);
            view! { <p>"workspace"</p> }
        });
        settle().await;
        let ws = ws_slot.borrow().unwrap();
        let stored = || support::stored_plan(&ws.current_id());
        assert!(
            stored().is_none(),
            "nothing is stored before the first edit"
        );

        let store: Store<_> = ws.store.get_untracked();
        store.personas().write().push(Persona {
            id: 7,
            name: "Weekend hiker".into(),
            ..Default::default()
        });
        store.voice().words_to_avoid().write().push("cheap".into());
        settle().await;
        assert!(stored().is_none(), "the write waits for the autosave delay");
        let doc = support::saved_document(ws).await;
        assert_eq!(doc["plan"]["personas"][0]["name"], "Weekend hiker");
        assert_eq!(
            doc["plan"]["voice"]["words_to_avoid"],
            serde_json::json!(["cheap"])
        );
        assert_eq!(doc["revision"], 1);
    }

    #[wasm_bindgen_test]
    async fn a_corrupt_stored_plan_is_kept_aside_and_not_overwritten() {
        clear_storage();
        let storage = window().local_storage().unwrap().unwrap();
        let corrupt = "{\"format\":\"social-playbook\",\"version\":1,\"plan\":{\"name\":";
        storage
            .set_item(
                "social-playbook/v1/index",
                r#"{"plans":[{"id":"bad","name":"Old"}],"current":"bad"}"#,
            )
            .unwrap();
        storage
            .set_item("social-playbook/v1/plan/bad", corrupt)
            .unwrap();

        let ws_slot = std::rc::Rc::new(std::cell::RefCell::new(None));
        let slot = ws_slot.clone();
        let root = container();
        let _handle = leptos::mount::mount_to(root, move || {
            *slot.borrow_mut() = Some(Workspace::start(Locale::En));
            view! { <p>"workspace"</p> }
        });
        settle().await;
        let ws = ws_slot.borrow().unwrap();
        let banners = ws.banners.get_untracked();
        assert!(
            matches!(&banners[..], [Banner::Unreadable(u)] if u.id == "bad" && u.raw == corrupt && u.name == "Old"),
            "{banners:?}"
        );
        assert_ne!(ws.current_id(), "bad");

        ws.store.get_untracked().name().set("New plan".into());
        ws.save_now();
        assert_eq!(
            storage
                .get_item("social-playbook/v1/plan/bad")
                .unwrap()
                .as_deref(),
            Some(corrupt)
        );
        assert!(
            support::stored_plan(&ws.current_id()).is_some(),
            "the new plan is stored beside the corrupt one"
        );
    }
}

mod strategy_step {
    use super::*;
    use social_playbook::i18n::Locale;
    use social_playbook::state::LocaleCtx;
    use social_playbook::state::Workspace;
    use social_playbook::steps::StrategyStep;

    fn input_event(el: &web_sys::HtmlElement) {
        let event = web_sys::Event::new("input").unwrap();
        el.dispatch_event(&event).unwrap();
    }

    #[wasm_bindgen_test]
    async fn choosing_a_role_and_writing_why_reaches_storage() {
        window().local_storage().unwrap().unwrap().clear().unwrap();
        let root = container();
        let slot = std::rc::Rc::new(std::cell::Cell::new(None));
        let inner = slot.clone();
        let _handle = leptos::mount::mount_to(root.clone(), move || {
            provide_context(LocaleCtx(RwSignal::new(Locale::En)));
            let ws = Workspace::start(Locale::En);
            provide_context(ws);
            inner.set(Some(ws));
            view! { <StrategyStep store=ws.store.get_untracked()/> }
        });
        settle().await;
        let boxes = root
            .query_selector_all(".choice-tile input[type=checkbox]")
            .unwrap();
        assert_eq!(
            boxes.length(),
            4,
            "the four roles of the method are offered"
        );
        let first: web_sys::HtmlInputElement = boxes.get(0).unwrap().unchecked_into();
        first.click();
        settle().await;
        assert_eq!(root.query_selector_all(".role-card").unwrap().length(), 1);
        let primary: web_sys::HtmlInputElement = root
            .query_selector(".role-card input[type=radio]")
            .unwrap()
            .unwrap()
            .unchecked_into();
        assert!(primary.checked(), "the first role becomes primary");

        let why: web_sys::HtmlTextAreaElement = root
            .query_selector(".role-card textarea")
            .unwrap()
            .unwrap()
            .unchecked_into();
        why.set_value("Neighbours find us through friends' posts.");
        input_event(why.unchecked_ref());
        let doc = support::saved_document(slot.get().expect("mounted")).await;
        let roles = &doc["plan"]["strategy"]["roles"];
        assert_eq!(roles[0]["kind"], "brand_amplifier");
        assert_eq!(
            roles[0]["why"],
            "Neighbours find us through friends' posts."
        );
        assert_eq!(doc["plan"]["strategy"]["primary_role"], roles[0]["id"]);
    }
}

mod toasts {
    use super::*;
    use social_playbook::shell::NOTICE_LIFETIME;
    use social_playbook::state::Toast;
    use support::{mount_step, toast_text, Mounted};

    fn lifetime_and_a_bit() -> i32 {
        NOTICE_LIFETIME.as_millis() as i32 + 400
    }

    #[wasm_bindgen_test]
    async fn a_notice_leaves_by_itself_and_an_undo_stays_until_dismissed() {
        let mounted: Mounted = mount_step(|_| {}, |_| view! { <p>"step"</p> });
        let (root, ws) = (mounted.root.clone(), mounted.ws);
        settle().await;

        let undone = RwSignal::new(false);
        let undo = Callback::new(move |_| undone.set(true));
        ws.toast.set(Some(Toast::Undoable {
            message: "Persona removed.".into(),
            undo,
        }));
        settle().await;
        assert_eq!(toast_text(&root).as_deref(), Some("Persona removed."));
        sleep_ms(lifetime_and_a_bit()).await;
        assert_eq!(
            toast_text(&root).as_deref(),
            Some("Persona removed."),
            "a toast with an undo waits for the user"
        );
        assert!(!undone.get_untracked());

        ws.toast.set(Some(Toast::ExampleOpened("Café".into())));
        settle().await;
        assert!(toast_text(&root).is_some_and(|t| t.ends_with("Café")));
        sleep_ms(lifetime_and_a_bit()).await;
        assert_eq!(toast_text(&root), None, "the notice has left by itself");
    }
}
