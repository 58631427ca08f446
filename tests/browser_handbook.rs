//! Browser tests of the handbook step: mount `HandbookStep` on a worked example and check that the
//! progress, the plan-health list and the document show the plan's decisions, that edits to the
//! plan show up in both, and that a share link made offline carries exactly the open plan and is
//! dropped once the plan changes. The handbook removes nothing, so it offers no undo.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use social_playbook::handbook::build::ANCHORS;
use social_playbook::i18n::goals::goal_sentence;
use social_playbook::i18n::Locale;
use social_playbook::model::examples::{example_plan, Example};
use social_playbook::model::{PlanStoreFields, StrategyStoreFields};
use social_playbook::steps::HandbookStep;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::{all, button, exists, find, mount_step, settle, text, texts, wait_for, Mounted};

/// Mounts the handbook on the English café example, added as a new plan (the plan menu's way
/// downloads the examples first; here they are part of the test build).
fn mount_handbook() -> Mounted {
    mount_step(
        |ws| {
            ws.import_add(example_plan(
                Example::Cafe,
                false,
                "cafe",
                social_playbook::web::browser::now(),
            ))
        },
        |store| view! { <HandbookStep store=store/> },
    )
}

/// Each step's progress as shown: (step name, "done/total").
fn progress(root: &web_sys::Element) -> Vec<(String, String)> {
    all(root, ".health-step")
        .iter()
        .map(|row| {
            (
                text(row, ".health-step__name"),
                text(row, ".health-step__count"),
            )
        })
        .collect()
}

fn complete(count: &str) -> bool {
    let (done, total) = count.split_once('/').expect("done/total");
    done == total
}

#[wasm_bindgen_test]
async fn the_overview_and_the_document_show_the_plans_decisions() {
    let m = mount_handbook();
    let root = &m.root;
    settle().await;
    let plan = m.ws.snapshot();
    assert_eq!(plan.name, "Half Lane Coffee social media handbook");

    // The example passes its own checks: every step complete, nothing in the health list.
    let steps = progress(root);
    assert_eq!(steps.len(), 6, "{steps:?}");
    assert_eq!(steps[0].0, "Strategic role");
    assert!(steps.iter().all(|(_, count)| complete(count)), "{steps:?}");
    assert!(!exists(root, ".health-groups"));
    assert_eq!(
        text(root, ".handbook-overview .coach__ok"),
        "✓ No problems found: every check passes."
    );

    // One chapter per step, in order, each in the table of contents.
    let chapters: Vec<String> = all(root, ".handbook-section")
        .iter()
        .map(|s| s.id())
        .collect();
    assert_eq!(chapters, ANCHORS);
    let toc: Vec<String> = all(root, ".handbook-toc a")
        .iter()
        .map(|a| a.get_attribute("href").unwrap_or_default())
        .collect();
    assert_eq!(toc, ANCHORS.map(|a| format!("#{a}")));
    assert_eq!(
        text(root, ".handbook-doc__title"),
        format!("{} · Social media operations handbook", plan.name)
    );

    // The decisions themselves: the primary role, every persona, every goal as its sentence.
    let strategy = text(root, "#handbook-strategy");
    let primary = plan.strategy.primary_role.expect("a primary role");
    let role = plan
        .strategy
        .roles
        .iter()
        .find(|r| r.id == primary)
        .unwrap();
    assert!(strategy.contains("(primary)"), "{strategy}");
    assert!(strategy.contains(role.why.trim()), "{strategy}");
    let personas = texts(root, "#handbook-personas h4");
    for persona in &plan.personas {
        assert!(
            personas.iter().any(|h| h.starts_with(&persona.name)),
            "{} in {personas:?}",
            persona.name
        );
    }
    let goals = text(root, "#handbook-goals");
    for goal in &plan.goals {
        let sentence = goal_sentence(goal, &plan, Locale::En);
        assert!(goals.contains(&sentence), "{sentence} in {goals}");
    }
    assert!(!exists(root, ".handbook-missing"), "nothing is undecided");
}

#[wasm_bindgen_test]
async fn edits_to_the_plan_show_in_the_document_and_the_health_list() {
    let m = mount_handbook();
    let root = &m.root;
    settle().await;
    let store = m.ws.store.get_untracked();
    let old_name = m.ws.snapshot().personas[0].name.clone();

    store.personas().write()[0].name = "Rosa Ortiz".into();
    settle().await;
    let personas = texts(root, "#handbook-personas h4");
    assert!(personas[0].starts_with("Rosa Ortiz · "), "{personas:?}");
    assert!(!text(root, "#handbook-personas").contains(&old_name));

    // Without a vision the strategy step is no longer complete, and the health list says why,
    // linking to the step that fixes it.
    store.strategy().vision().set(String::new());
    settle().await;
    assert!(!complete(&progress(root)[0].1), "{:?}", progress(root));
    assert_eq!(
        texts(root, ".health-group__title"),
        ["Strategic role"],
        "only step 1 has a problem"
    );
    let finding = find(root, ".health-group .finding__text");
    assert_eq!(
        finding.text_content().as_deref(),
        Some("Write the long-term vision the role serves.")
    );
    assert_eq!(finding.get_attribute("href").as_deref(), Some("#/strategy"));
    assert!(!text(root, "#handbook-strategy").contains("Long-term vision"));

    // Without goals the chapter says it is not decided yet.
    store.goals().write().clear();
    settle().await;
    assert_eq!(
        text(root, "#handbook-goals .handbook-missing"),
        "Not decided yet."
    );
    let groups = texts(root, ".health-group__title");
    assert_eq!(groups, ["Strategic role", "SMART goals"], "{groups:?}");
    let goal_links: Vec<String> = all(root, ".health-group")[1..]
        .iter()
        .flat_map(|g| all(g, ".finding__text"))
        .map(|a| a.get_attribute("href").unwrap_or_default())
        .collect();
    assert!(!goal_links.is_empty());
    assert!(goal_links.iter().all(|h| h == "#/goals"), "{goal_links:?}");
}

#[wasm_bindgen_test]
async fn a_share_link_made_offline_carries_the_open_plan_until_it_changes() {
    let m = mount_handbook();
    let root = &m.root;
    settle().await;
    assert!(!exists(root, ".share-link"));
    button(root, "Create share link").click();
    wait_for("the share link", || exists(root, ".share-link__input")).await;

    let link = find(root, ".share-link__input")
        .unchecked_into::<web_sys::HtmlInputElement>()
        .value();
    let page = window().location().href().unwrap();
    let page = page.split('#').next().unwrap();
    let fragment = link
        .strip_prefix(page)
        .unwrap_or_else(|| panic!("{link} links to this page"));
    assert!(fragment.starts_with("#share=v1."), "{fragment}");
    assert!(
        text(root, ".share-link__length")
            .starts_with(&format!("Characters in the link: {}", link.chars().count())),
        "{}",
        text(root, ".share-link__length")
    );

    // Opening the link's payload gives back the open plan.
    let payload = social_playbook::io::share::payload_of(fragment).expect("a share fragment");
    let bytes = social_playbook::web::share_link::open_payload(payload)
        .await
        .expect("the link opens");
    let shared = social_playbook::io::import::import_bytes(&bytes)
        .expect("the plan imports")
        .plan;
    let open = m.ws.snapshot();
    assert_eq!(shared.name, open.name);
    assert_eq!(shared.strategy, open.strategy);
    assert_eq!(shared.personas, open.personas);
    assert_eq!(shared.goals, open.goals);
    assert_eq!(shared.team, open.team);
    assert_eq!(shared.content, open.content);

    // A link is a snapshot: after an edit it is no longer offered.
    m.ws.store.get_untracked().name().set("Renamed plan".into());
    settle().await;
    assert!(!exists(root, ".share-link"), "the old link is withdrawn");
    assert!(text(root, ".handbook-doc__title").starts_with("Renamed plan · "));
}
