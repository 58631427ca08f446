//! Browser tests of step 4: mount the goals editor, add goals (from a template and blank), edit
//! every field and watch the SMART badges follow, duplicate, and delete with undo, including an
//! undo pressed after another plan was opened; check the DOM, the store and storage.
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
use support::{all, container, saved_document, settle};

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
    let slot = std::rc::Rc::new(std::cell::Cell::new(None));
    let inner = slot.clone();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(LocaleCtx(RwSignal::new(Locale::En)));
        let ws = Workspace::start(Locale::En);
        provide_context(ws);
        inner.set(Some(ws));
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
    let doc = saved_document(slot.get().expect("mounted")).await;
    let goal = &doc["plan"]["goals"][0];
    assert_eq!(goal["target"], 1200.0);
    assert_eq!(goal["metric"], "followers");
    assert_eq!(goal["target_kind"], "percent_change");
    assert_eq!(goal["serves_role"], 900);
}

mod editing {
    use super::*;
    use social_playbook::model::{Goal, Id, Persona, Plan, Platform, PlatformKind};
    use social_playbook::state::Toast;
    use support::{
        button, choose, labelled_control, mount_step, stored_plan, texts, toast_text, type_into,
        wait_for_autosave, Mounted,
    };

    const ROLE: Id = 900;
    const WEIBO: Id = 901;
    const PERSONA: Id = 902;

    /// Mounts the goals step on a plan with a role, a platform and a persona to link goals to.
    fn mount_goals() -> Mounted {
        mount_step(
            |ws| {
                let store = ws.store.get_untracked();
                store.strategy().roles().write().push(StrategicRole {
                    id: ROLE,
                    why: "People recommend us to their friends.".into(),
                    ..Default::default()
                });
                store.strategy().primary_role().set(Some(ROLE));
                store.strategy().platforms().write().push(Platform {
                    id: WEIBO,
                    kind: PlatformKind::Weibo,
                    role: Some(ROLE),
                    ..Default::default()
                });
                store.personas().write().push(Persona {
                    id: PERSONA,
                    name: "Mia Chen".into(),
                    ..Default::default()
                });
                store.next_id().set(1000);
            },
            |store| view! { <GoalsStep store=store/> },
        )
    }

    fn verdicts(root: &web_sys::HtmlElement) -> String {
        ["S", "M", "A", "R", "T"]
            .map(|l| match verdict_of(root, l).as_str() {
                "pass" => '✓',
                "warn" => '!',
                "fail" => '✕',
                other => panic!("verdict {other}"),
            })
            .iter()
            .collect()
    }

    fn goal_titles(plan: &Plan) -> Vec<String> {
        plan.goals.iter().map(|g| g.title.clone()).collect()
    }

    fn card_names(root: &web_sys::HtmlElement) -> Vec<String> {
        all(root, ".goal-card")
            .iter()
            .map(|c| c.get_attribute("aria-label").unwrap_or_default())
            .collect()
    }

    async fn add_three_template_goals(root: &web_sys::HtmlElement) {
        for template in [
            "Weibo followers +20% in six months",
            "Brand topic discussion +30%",
            "Answer 90% of enquiries within 24 hours",
        ] {
            button(root, template).click();
        }
        settle().await;
    }

    #[wasm_bindgen_test]
    async fn editing_every_field_moves_the_smart_verdicts_until_the_goal_passes() {
        let m = mount_goals();
        let root = &m.root;
        settle().await;
        button(root, "Add a goal").click();
        settle().await;
        assert_eq!(all(root, ".goal-card").len(), 1);
        // Nothing filled in: no platform for a follower count, no numbers, no link, no dates.
        assert_eq!(verdicts(root), "✕✕✕✕✕");

        let title = labelled_control(root, "Goal title");
        type_into(&title, "Increase our followers");
        choose(&labelled_control(root, "Platform"), &WEIBO.to_string());
        settle().await;
        assert_eq!(
            verdict_of(root, "S"),
            "warn",
            "a vague verb without a number is flagged"
        );
        let reasons = texts(root, ".smart-reason[data-letter='S']");
        assert!(
            reasons
                .iter()
                .any(|r| r.contains("\u{201c}increase\u{201d} says no amount")),
            "{reasons:?}"
        );
        assert_eq!(verdict_of(root, "M"), "fail", "no number to measure");
        type_into(&title, "Reach 12,000 Weibo followers");
        settle().await;
        assert_eq!(verdict_of(root, "S"), "pass");

        type_into(&labelled_control(root, "Baseline (today's value)"), "10000");
        type_into(&labelled_control(root, "Target"), "12000");
        settle().await;
        assert_eq!(verdict_of(root, "M"), "pass");
        assert_eq!(
            verdict_of(root, "A"),
            "fail",
            "growth cannot be judged without dates"
        );
        // A percentage metric cannot start at 10,000.
        choose(&labelled_control(root, "Metric"), "EngagementRate");
        settle().await;
        assert_eq!(verdict_of(root, "M"), "fail");
        choose(&labelled_control(root, "Metric"), "Followers");
        settle().await;
        assert_eq!(verdict_of(root, "M"), "pass");

        let today = social_playbook::web::browser::today();
        let deadline = today + chrono::Duration::days(182);
        type_into(
            &labelled_control(root, "Start date"),
            &today.format("%Y-%m-%d").to_string(),
        );
        settle().await;
        assert_eq!(verdict_of(root, "T"), "fail", "a start without a deadline");
        type_into(
            &labelled_control(root, "Deadline"),
            &deadline.format("%Y-%m-%d").to_string(),
        );
        settle().await;
        assert_eq!(verdict_of(root, "T"), "pass");
        assert_eq!(
            verdict_of(root, "A"),
            "pass",
            "+20% in six months is modest"
        );

        choose(
            &labelled_control(root, "Strategic role it serves"),
            &ROLE.to_string(),
        );
        settle().await;
        assert_eq!(verdict_of(root, "R"), "fail", "no persona linked yet");
        let persona: web_sys::HtmlElement = root
            .query_selector(".goal-personas input[type=checkbox]")
            .unwrap()
            .expect("a checkbox per persona")
            .unchecked_into();
        persona.click();
        settle().await;
        assert_eq!(verdicts(root), "✓✓✓✓✓");
        assert!(root.query_selector(".smart-all-pass").unwrap().is_some());
        let sentence = root
            .query_selector(".goal-sentence")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap_or_default();
        assert!(sentence.contains("12,000"), "{sentence}");

        // Moving the deadline before the start fails T again.
        type_into(
            &labelled_control(root, "Deadline"),
            &(today - chrono::Duration::days(1))
                .format("%Y-%m-%d")
                .to_string(),
        );
        settle().await;
        assert_eq!(verdict_of(root, "T"), "fail");
        type_into(
            &labelled_control(root, "Deadline"),
            &deadline.format("%Y-%m-%d").to_string(),
        );
        settle().await;

        wait_for_autosave().await;
        let doc = stored_plan(&m.ws.current_id()).expect("autosave wrote the plan");
        let goal = &doc["plan"]["goals"][0];
        assert_eq!(goal["title"], "Reach 12,000 Weibo followers");
        assert_eq!(goal["metric"], "followers");
        assert_eq!(goal["platform"], WEIBO);
        assert_eq!(goal["baseline"], 10000.0);
        assert_eq!(goal["target"], 12000.0);
        assert_eq!(goal["start"], today.format("%Y-%m-%d").to_string());
        assert_eq!(goal["deadline"], deadline.format("%Y-%m-%d").to_string());
        assert_eq!(goal["serves_role"], ROLE);
        assert_eq!(goal["personas"], serde_json::json!([PERSONA]));
    }

    #[wasm_bindgen_test]
    async fn a_duplicate_lands_right_after_its_original_with_fresh_ids() {
        let m = mount_goals();
        let root = &m.root;
        settle().await;
        add_three_template_goals(root).await;
        let before = m.ws.snapshot().goals;
        button(root, "Duplicate: Grow Weibo followers by 20% in six months").click();
        settle().await;
        let goals = m.ws.snapshot().goals;
        assert_eq!(
            card_names(root),
            [
                "Grow Weibo followers by 20% in six months",
                "Grow Weibo followers by 20% in six months (copy)",
                "Grow discussion of our brand topic by 30% in three months",
                "Answer 90% of enquiries within 24 hours",
            ]
        );
        let copy = &goals[1];
        assert!(before.iter().all(|g| g.id != copy.id), "a fresh id");
        assert_eq!(
            Goal {
                id: before[0].id,
                title: before[0].title.clone(),
                ..copy.clone()
            },
            before[0],
            "everything else is copied"
        );
        assert_eq!(verdict_of(root, "M"), "pass");
    }

    #[wasm_bindgen_test]
    async fn a_deleted_goal_comes_back_in_its_place_with_undo() {
        let m = mount_goals();
        let root = &m.root;
        settle().await;
        add_three_template_goals(root).await;
        let before = m.ws.snapshot().goals;
        button(
            root,
            "Delete: Grow discussion of our brand topic by 30% in three months",
        )
        .click();
        settle().await;
        assert_eq!(all(root, ".goal-card").len(), 2);
        assert_eq!(
            toast_text(root).as_deref(),
            Some("Deleted. Grow discussion of our brand topic by 30% in three months")
        );
        wait_for_autosave().await;
        let stored = stored_plan(&m.ws.current_id()).unwrap();
        assert_eq!(stored["plan"]["goals"].as_array().map(Vec::len), Some(2));

        button(root, "Undo").click();
        settle().await;
        assert_eq!(m.ws.snapshot().goals, before, "the same goal, in its place");
        assert_eq!(card_names(root)[1], before[1].title);
        assert!(toast_text(root).is_none());
        wait_for_autosave().await;
        let stored = stored_plan(&m.ws.current_id()).unwrap();
        assert_eq!(stored["plan"]["goals"][1]["id"], before[1].id);
    }

    #[wasm_bindgen_test]
    async fn an_undo_pressed_in_another_plan_changes_neither_plan() {
        let m = mount_goals();
        let root = &m.root;
        settle().await;
        add_three_template_goals(root).await;
        let first_id = m.ws.current_id();
        button(root, "Delete: Grow Weibo followers by 20% in six months").click();
        settle().await;
        let after_removal = m.ws.snapshot();
        assert_eq!(after_removal.goals.len(), 2);

        m.ws.new_plan("Second plan".into(), String::new(), Locale::En);
        settle().await;
        let second_id = m.ws.current_id();
        assert_ne!(second_id, first_id);
        let first_stored = stored_plan(&first_id).expect("the first plan was stored when left");
        assert_eq!(
            first_stored["plan"]["goals"].as_array().map(Vec::len),
            Some(2)
        );

        button(root, "Undo").click();
        settle().await;
        assert!(
            m.ws.snapshot().goals.is_empty(),
            "the other plan does not receive the goal"
        );
        assert!(all(root, ".goal-card").is_empty());
        assert!(m.ws.toast.get_untracked().is_none());
        wait_for_autosave().await;
        assert_eq!(
            stored_plan(&first_id),
            Some(first_stored),
            "the first plan is untouched"
        );
        let second_stored = stored_plan(&second_id).expect("a new plan is stored at once");
        assert_eq!(second_stored["plan"]["goals"], serde_json::json!([]));
        m.ws.switch_to(&first_id);
        settle().await;
        assert_eq!(m.ws.snapshot().goals, after_removal.goals);
        assert_eq!(card_names(root), goal_titles(&after_removal));
    }

    #[wasm_bindgen_test]
    async fn an_undo_pressed_back_in_its_own_plan_restores_into_the_reopened_store() {
        let m = mount_goals();
        let root = &m.root;
        settle().await;
        add_three_template_goals(root).await;
        let first_id = m.ws.current_id();
        let before = m.ws.snapshot().goals;
        button(
            root,
            "Delete: Grow discussion of our brand topic by 30% in three months",
        )
        .click();
        settle().await;

        // Away and back: the plan is opened afresh from storage, in a new store.
        m.ws.new_plan("Second plan".into(), String::new(), Locale::En);
        settle().await;
        assert!(
            all(root, ".goal-card").is_empty(),
            "the view follows the open plan"
        );
        m.ws.switch_to(&first_id);
        settle().await;
        assert_eq!(all(root, ".goal-card").len(), 2);
        assert!(matches!(
            m.ws.toast.get_untracked(),
            Some(Toast::Undoable { .. })
        ));

        button(root, "Undo").click();
        settle().await;
        assert_eq!(m.ws.snapshot().goals, before);
        assert_eq!(card_names(root), goal_titles(&m.ws.snapshot()));
        wait_for_autosave().await;
        let stored = stored_plan(&first_id).unwrap();
        assert_eq!(stored["plan"]["goals"][1]["id"], before[1].id);
    }
}
