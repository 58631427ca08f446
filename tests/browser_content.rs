//! Browser tests of step 6: mount the content editor, add the handbook's five themes, change a
//! share and watch the live total, tick a persona and watch the coverage gaps, set a platform's
//! formats, and check a colour code; the edits reach storage. A deleted theme or colour comes
//! back in its place with undo.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use social_playbook::i18n::Locale;
use social_playbook::model::{
    Goal, Persona, PersonaPriority, PlanStoreFields, Platform, PlatformKind, StrategyStoreFields,
};
use social_playbook::state::LocaleCtx;
use social_playbook::state::Workspace;
use social_playbook::steps::ContentStep;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::{all, container, saved_document, sleep_ms};

async fn settle() {
    sleep_ms(30).await;
}

fn one(root: &web_sys::HtmlElement, selector: &str) -> web_sys::Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    one(root, selector).text_content().unwrap_or_default()
}

fn type_into(input: web_sys::Element, value: &str) {
    let input: web_sys::HtmlInputElement = input.unchecked_into();
    input.set_value(value);
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

fn click(el: web_sys::Element) {
    el.unchecked_into::<web_sys::HtmlElement>().click();
}

/// Mounts the content step on a plan with two platforms, two personas and one goal; returns the
/// mount's handle and its workspace.
fn mount(root: &web_sys::HtmlElement) -> (impl Sized, Workspace) {
    let slot = std::rc::Rc::new(std::cell::Cell::new(None));
    let inner = slot.clone();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(LocaleCtx(RwSignal::new(Locale::En)));
        let ws = Workspace::start(Locale::En);
        provide_context(ws);
        inner.set(Some(ws));
        let store = ws.store.get_untracked();
        store.strategy().platforms().write().extend([
            Platform {
                id: 900,
                kind: PlatformKind::Weibo,
                ..Default::default()
            },
            Platform {
                id: 901,
                kind: PlatformKind::Xiaohongshu,
                ..Default::default()
            },
        ]);
        store.personas().write().extend([
            Persona {
                id: 910,
                name: "Xiao Lin".into(),
                priority: PersonaPriority::Primary,
                ..Default::default()
            },
            Persona {
                id: 911,
                name: "Lao Wang".into(),
                priority: PersonaPriority::Secondary,
                ..Default::default()
            },
        ]);
        store.goals().write().push(Goal {
            id: 920,
            title: "Grow Weibo followers".into(),
            ..Default::default()
        });
        view! { <ContentStep store=store/> }
    });
    (handle, slot.get().expect("mounted"))
}

#[wasm_bindgen_test]
async fn shares_coverage_and_formats_follow_the_edits_and_reach_storage() {
    window().local_storage().unwrap().unwrap().clear().unwrap();
    let root = container();
    let (_handle, ws) = mount(&root);
    settle().await;
    assert_eq!(all(&root, ".content-theme").len(), 0);
    assert_eq!(
        all(&root, ".content-quick-add button").len(),
        6,
        "five built-in themes and a custom one"
    );

    click(one(&root, ".empty-state .button--secondary"));
    settle().await;
    assert_eq!(all(&root, ".content-theme").len(), 5);
    assert_eq!(
        all(&root, ".content-quick-add button").len(),
        1,
        "only the custom theme is left to add"
    );
    assert_eq!(
        one(&root, ".content-shares").get_attribute("data-total"),
        Some("100".into())
    );

    // Lower the user stories share to 15: 85% in all, 15% left.
    type_into(
        one(
            &root,
            ".content-theme[data-kind='UserStories'] .content-theme__share input",
        ),
        "15",
    );
    settle().await;
    assert_eq!(
        text(&root, ".content-shares").trim_start_matches('!'),
        "Shares add up to 85% — 15% left to plan."
    );
    assert_eq!(
        one(&root, ".content-shares").get_attribute("aria-live"),
        Some("polite".into())
    );

    // Coverage: both personas and the goal are gaps until a theme ticks them.
    assert_eq!(
        all(
            &root,
            "[data-coverage='personas'] thead th[data-gap='true']"
        )
        .len(),
        2
    );
    let lin = all(
        &root,
        ".content-theme[data-kind='UserStories'] .content-theme__personas input",
    );
    assert_eq!(lin.len(), 2, "one checkbox per persona");
    click(lin[0].clone());
    settle().await;
    let gaps = all(
        &root,
        "[data-coverage='personas'] thead th[data-gap='true']",
    );
    assert_eq!(gaps.len(), 1);
    assert!(gaps[0]
        .text_content()
        .unwrap_or_default()
        .contains("Lao Wang"));
    assert_eq!(
        all(&root, "[data-coverage='goals'] thead th[data-gap='true']").len(),
        1
    );

    // Formats for Xiaohongshu: short video, three a week.
    click(one(
        &root,
        ".content-platform[data-platform='901'] input[data-format='ShortVideo']",
    ));
    type_into(
        one(
            &root,
            ".content-platform[data-platform='901'] .content-platform__cadence input",
        ),
        "3",
    );
    settle().await;
    assert!(one(
        &root,
        ".content-platform[data-platform='901'] input[data-format='ShortVideo']"
    )
    .unchecked_into::<web_sys::HtmlInputElement>()
    .checked());
    assert!(!one(
        &root,
        ".content-platform[data-platform='900'] input[data-format='ShortVideo']"
    )
    .unchecked_into::<web_sys::HtmlInputElement>()
    .checked());
    let doc = saved_document(ws).await;
    let content = &doc["plan"]["content"];
    let stories = content["themes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["kind"] == "user_stories")
        .expect("the user stories theme");
    assert_eq!(stories["share"], 15);
    assert_eq!(stories["personas"], serde_json::json!([910]));
    let formats = content["formats"].as_array().unwrap();
    assert_eq!(formats.len(), 1);
    assert_eq!(formats[0]["platform"], 901);
    assert_eq!(formats[0]["formats"], serde_json::json!(["short_video"]));
    assert_eq!(formats[0]["posts_per_week"], 3);
}

#[wasm_bindgen_test]
async fn a_colour_code_is_checked_as_it_is_typed() {
    window().local_storage().unwrap().unwrap().clear().unwrap();
    let root = container();
    let (_handle, _ws) = mount(&root);
    settle().await;
    click(one(&root, ".content-colours__add"));
    settle().await;
    assert_eq!(all(&root, ".content-colour").len(), 1);
    let hex = || one(&root, ".content-colour__hex");
    type_into(hex(), "#12");
    settle().await;
    assert_eq!(hex().get_attribute("aria-invalid"), Some("true".into()));
    assert!(one(&root, ".content-colour .field-message--error")
        .get_attribute("hidden")
        .is_none());
    type_into(hex(), "#ffffff");
    settle().await;
    assert_eq!(hex().get_attribute("aria-invalid"), Some("false".into()));
    assert!(one(&root, ".content-colour .field-message--error")
        .get_attribute("hidden")
        .is_some());
    assert!(all(&root, ".content-colour__swatch--empty").is_empty());
}

#[wasm_bindgen_test]
async fn the_mix_report_compares_the_calendar_with_the_targets() {
    use social_playbook::model::{CalendarItem, ContentStoreFields, PlatformFormats, Theme};
    window().local_storage().unwrap().unwrap().clear().unwrap();
    let root = container();
    let today = social_playbook::web::browser::today();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(LocaleCtx(RwSignal::new(Locale::En)));
        let ws = Workspace::start(Locale::En);
        provide_context(ws);
        let store = ws.store.get_untracked();
        store.strategy().platforms().write().push(Platform {
            id: 900,
            kind: PlatformKind::Weibo,
            ..Default::default()
        });
        let content = store.content();
        content.themes().write().extend([
            Theme {
                id: 930,
                share: Some(50),
                ..Default::default()
            },
            Theme {
                id: 931,
                kind: social_playbook::model::ThemeKind::UserStories,
                share: Some(50),
                ..Default::default()
            },
        ]);
        content.formats().write().push(PlatformFormats {
            id: 940,
            platform: 900,
            posts_per_week: Some(3),
            ..Default::default()
        });
        content.calendar().write().extend([
            CalendarItem {
                id: 950,
                date: today,
                platform: Some(900),
                theme: Some(930),
                ..Default::default()
            },
            CalendarItem {
                id: 951,
                date: today,
                platform: Some(900),
                theme: Some(930),
                ..Default::default()
            },
        ]);
        view! { <ContentStep store=store/> }
    });
    settle().await;
    assert!(all(&root, ".content-mix__none").is_empty());
    // Both items are industry insight: 100% against 50% (above), user stories 0% (below).
    let status = |theme: &str| {
        one(
            &root,
            &format!(".content-mix__themes tr[data-theme='{theme}'] td[data-status]"),
        )
        .get_attribute("data-status")
        .unwrap_or_default()
    };
    assert_eq!(status("930"), "MixAbove");
    assert_eq!(status("931"), "MixBelow");
    // Weibo: two posts this week against three a week; the next weeks are empty.
    let weeks = all(
        &root,
        ".content-mix__platforms tr[data-platform='900'] td[data-cadence]",
    );
    assert!(weeks.len() >= 4, "the coming four weeks are covered");
    assert_eq!(weeks[0].get_attribute("data-cadence"), Some("Below".into()));
    assert!(weeks[0].text_content().unwrap_or_default().starts_with('2'));
    let empty: usize = one(&root, ".content-mix__empty-weeks")
        .get_attribute("data-empty-weeks")
        .unwrap_or_default()
        .parse()
        .unwrap();
    assert_eq!(empty, weeks.len() - 1);
}

mod undo {
    use super::*;
    use support::{button, mount_step, toast_text, wait_for_autosave, Mounted};

    /// Mounts the content step, with the toast bar, on the plan `mount` uses.
    fn mount_with_toasts() -> Mounted {
        mount_step(
            |ws| {
                let store = ws.store.get_untracked();
                store.strategy().platforms().write().push(Platform {
                    id: 900,
                    kind: PlatformKind::Weibo,
                    ..Default::default()
                });
                store.personas().write().push(Persona {
                    id: 910,
                    name: "Xiao Lin".into(),
                    ..Default::default()
                });
                store.next_id().set(1000);
            },
            |store| view! { <ContentStep store=store/> },
        )
    }

    fn theme_names(root: &web_sys::HtmlElement) -> Vec<String> {
        all(root, ".content-theme")
            .iter()
            .map(|t| t.get_attribute("aria-label").unwrap_or_default())
            .collect()
    }

    #[wasm_bindgen_test]
    async fn a_deleted_theme_comes_back_in_its_place_with_its_choices() {
        let m = mount_with_toasts();
        let root = &m.root;
        settle().await;
        click(one(root, ".empty-state .button--secondary"));
        settle().await;
        let names = theme_names(root);
        assert_eq!(names.len(), 5);
        // The third theme: a share of its own and a persona ticked.
        type_into(
            one(
                root,
                ".content-theme:nth-of-type(3) .content-theme__share input",
            ),
            "25",
        );
        click(one(
            root,
            ".content-theme:nth-of-type(3) .content-theme__personas input",
        ));
        settle().await;
        let before = m.ws.snapshot().content.themes;
        assert_eq!(before[2].personas, [910]);
        assert_eq!(before[2].share, Some(25));

        button(root, &format!("Delete: {}", names[2])).click();
        settle().await;
        assert_eq!(theme_names(root).len(), 4);
        assert!(!theme_names(root).contains(&names[2]));
        assert_eq!(
            toast_text(root).as_deref(),
            Some(format!("Deleted. {}", names[2]).as_str())
        );
        let offered = support::texts(root, ".content-quick-add button");
        assert!(
            offered.contains(&format!("+ {}", names[2])),
            "its kind can be added again: {offered:?}"
        );

        button(root, "Undo").click();
        settle().await;
        assert_eq!(m.ws.snapshot().content.themes, before);
        assert_eq!(theme_names(root), names);
        let share: web_sys::HtmlInputElement = one(
            root,
            ".content-theme:nth-of-type(3) .content-theme__share input",
        )
        .unchecked_into();
        assert_eq!(share.value(), "25");
        assert_eq!(all(root, ".content-quick-add button").len(), 1);
        wait_for_autosave().await;
        let doc = support::stored_plan(&m.ws.current_id()).unwrap();
        assert_eq!(doc["plan"]["content"]["themes"][2]["id"], before[2].id);
        assert_eq!(doc["plan"]["content"]["themes"][2]["share"], 25);
    }

    #[wasm_bindgen_test]
    async fn a_deleted_colour_comes_back_in_its_place_with_undo() {
        let m = mount_with_toasts();
        let root = &m.root;
        settle().await;
        for (name, hex) in [("Roast brown", "#6b3e26"), ("Cream", "#fff8e7")] {
            click(one(root, ".content-colours__add"));
            settle().await;
            let row = all(root, ".content-colour").pop().unwrap();
            type_into(support::labelled_control(&row, "Colour name"), name);
            type_into(
                row.query_selector(".content-colour__hex").unwrap().unwrap(),
                hex,
            );
        }
        settle().await;
        let before = m.ws.snapshot().content.style.colours;
        assert_eq!(before.len(), 2);

        button(root, "Delete colour: Roast brown").click();
        settle().await;
        assert_eq!(all(root, ".content-colour").len(), 1);
        assert_eq!(toast_text(root).as_deref(), Some("Deleted. Roast brown"));
        button(root, "Undo").click();
        settle().await;
        assert_eq!(m.ws.snapshot().content.style.colours, before);
        let first = &all(root, ".content-colour")[0];
        let name: web_sys::HtmlInputElement =
            support::labelled_control(first, "Colour name").unchecked_into();
        assert_eq!(name.value(), "Roast brown");
        assert_eq!(
            first.get_attribute("id"),
            Some(format!("colour-{}", before[0].id))
        );
    }
}
