//! Browser tests of what a workshop table sees: the join page read from a link (the session, its
//! agenda, one button per table; bad links refused in words), joining from blank, from a worked
//! example and from the facilitator's plan (carried in the link, or pasted when it did not fit),
//! each as a NEW plan that is tagged and opened at step 1; then the session bar on the joined
//! plan and the hand-in dialog (file, copied text, read-only text, link).
#![cfg(target_arch = "wasm32")]

use chrono::TimeDelta;
use leptos::prelude::*;
use social_playbook::io::join::fragment;
use social_playbook::model::examples::Example;
use social_playbook::model::route::{Route, JOIN_PREFIX};
use social_playbook::model::workshop::{Agenda, Invite, Start, WorkshopTag};
use social_playbook::model::{Plan, Step};
use social_playbook::shell::SessionBar;
use social_playbook::state::{CurrentStep, RouteCtx};
use social_playbook::web::browser::{now, to_local};
use social_playbook::widgets::PieceView;
use social_playbook::workshop::join_view;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::{
    all, button, exists, find, mount_step, saved_document, settle, stored_plan, text, texts,
    type_into, wait_for, Mounted,
};

const TABLES: [&str; 3] = ["Table 1", "Table 2", "Blue team"];

/// An invite whose agenda started five minutes ago (so the first block runs now).
fn invite(start: Start) -> Invite {
    Invite {
        session_id: "k3v9-Qa_x".into(),
        session_name: "Spring workshop".into(),
        start,
        tables: TABLES.iter().map(|t| t.to_string()).collect(),
        agenda: Agenda::standard(to_local(now()) - TimeDelta::minutes(5)),
    }
}

/// The payload (after `#join=`) of a link for `invite`, with `plan` as raw DEFLATE.
fn payload(invite: &Invite, plan: Option<&[u8]>) -> String {
    fragment(invite, plan)
        .strip_prefix(JOIN_PREFIX)
        .expect("a join fragment")
        .to_string()
}

/// Mounts the join page for `payload` with the session bar above it, the way the app mounts
/// them (route and step contexts, a fresh workspace on empty storage), after `setup`.
fn mount_join(
    payload: String,
    setup: impl FnOnce(social_playbook::state::Workspace) + 'static,
) -> (Mounted, RwSignal<Route>, RwSignal<Step>) {
    let route = RwSignal::new(Route::Join(payload.clone()));
    let step = RwSignal::new(Step::Strategy);
    let m = mount_step(
        move |ws| {
            provide_context(RouteCtx(route));
            provide_context(CurrentStep(step));
            setup(ws);
        },
        move |_store| {
            let payload = payload.clone();
            view! {
                <SessionBar/>
                <PieceView load=move || join_view(payload.clone())/>
            }
        },
    );
    (m, route, step)
}

async fn page_ready(m: &Mounted) {
    wait_for("the join page", || exists(&m.root, ".join-page")).await;
    settle().await;
}

fn table_button(root: &web_sys::Element, name: &str) -> web_sys::HtmlButtonElement {
    all(root, ".join-table")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default().trim() == name)
        .unwrap_or_else(|| panic!("no table button {name}"))
        .unchecked_into()
}

/// Waits until the open plan is a table's plan of the test session.
async fn joined(m: &Mounted) -> Plan {
    wait_for("the joined plan", || {
        m.ws.snapshot()
            .workshop
            .is_some_and(|t| t.session_id == "k3v9-Qa_x")
    })
    .await;
    settle().await;
    m.ws.snapshot()
}

#[wasm_bindgen_test]
async fn a_sound_link_shows_the_session_agenda_and_one_button_per_table() {
    let (m, _, _) = mount_join(payload(&invite(Start::Blank), None), |_| {});
    page_ready(&m).await;
    assert_eq!(text(&m.root, ".join-page__session-name"), "Spring workshop");
    assert_eq!(texts(&m.root, ".join-table"), TABLES.to_vec());
    assert!(all(&m.root, ".join-table")
        .iter()
        .all(|b| !b.unchecked_ref::<web_sys::HtmlButtonElement>().disabled()));
    let blocks = texts(&m.root, ".join-agenda__step");
    assert_eq!(blocks.len(), 6);
    assert_eq!(blocks[0], "Strategic role");
    assert_eq!(
        texts(&m.root, ".join-agenda__minutes")[1],
        "25 min",
        "the personas block"
    );
    let times = texts(&m.root, ".join-agenda__time");
    assert!(times[0].contains('–'), "{times:?}");
    assert!(text(&m.root, ".join-page__start").contains("empty plan"));
    // No plan is tagged yet, so there is no session bar.
    assert!(!exists(&m.root, ".session-bar"));
}

#[wasm_bindgen_test]
async fn bad_links_say_why_and_lead_into_the_app() {
    for (payload, says) in [
        ("v1.AAAAgarbage", "damaged or cut short"),
        ("nonsense", "damaged or cut short"),
        ("v9.AbC", "newer version"),
    ] {
        let (m, _, _) = mount_join(payload.to_string(), |_| {});
        page_ready(&m).await;
        assert!(!exists(&m.root, ".join-table"));
        let message = text(&m.root, ".join-page__error");
        assert!(message.contains(says), "{payload}: {message}");
        assert!(exists(&m.root, ".join-page__failed"));
        button(&m.root, "Go to the app");
    }
    // A valid link cut short is refused too (its checksum no longer matches).
    let whole = payload(&invite(Start::Blank), None);
    let cut = whole[..whole.len() - 3].to_string();
    let (m, _, _) = mount_join(cut, |_| {});
    page_ready(&m).await;
    assert!(!exists(&m.root, ".join-table"));
    assert!(text(&m.root, ".join-page__error").contains("damaged"));
}

#[wasm_bindgen_test]
async fn joining_from_blank_adds_a_tagged_plan_and_keeps_the_one_there() {
    let (m, route, step) = mount_join(payload(&invite(Start::Blank), None), |ws| {
        ws.new_plan(
            "Our own plan".into(),
            "Corner shop".into(),
            social_playbook::i18n::Locale::En,
        );
    });
    page_ready(&m).await;
    let before = m.ws.current_id();
    step.set(Step::Goals);
    table_button(&m.root, "Table 2").click();
    let plan = joined(&m).await;
    assert_ne!(plan.id, before);
    assert_eq!(plan.name, "Spring workshop · Table 2");
    let tag = plan.workshop.clone().expect("tagged");
    assert_eq!(tag.table, "Table 2");
    assert_eq!(tag.session_name, "Spring workshop");
    assert_eq!(tag.agenda.as_ref().map(|a| a.blocks.len()), Some(6));
    assert_eq!(route.get_untracked(), Route::Step(Step::Strategy));
    assert_eq!(step.get_untracked(), Step::Strategy);
    // Both plans are kept: the new one is stored beside the old, which is unchanged.
    let ids: Vec<String> =
        m.ws.index
            .with_untracked(|i| i.plans.iter().map(|e| e.id.clone()).collect());
    assert!(ids.contains(&before) && ids.contains(&plan.id), "{ids:?}");
    let old = stored_plan(&before).expect("the old plan is stored");
    assert_eq!(old["plan"]["name"], "Our own plan");
    assert!(old["plan"].get("workshop").is_none());
    let doc = saved_document(m.ws).await;
    assert_eq!(doc["plan"]["workshop"]["table"], "Table 2");
    assert_eq!(
        doc["plan"]["workshop"]["agenda"]["blocks"][0]["step"],
        "strategy"
    );
    // The session bar now shows the table and the running block.
    wait_for("the session bar", || exists(&m.root, ".session-bar")).await;
    assert_eq!(text(&m.root, ".session-bar__table"), "Table 2");
    let block = text(&m.root, ".session-bar__block");
    assert!(
        block.starts_with("Strategic role: ") && block.ends_with("min left"),
        "{block}"
    );
    let to_step = find(&m.root, ".session-bar__block");
    assert_eq!(to_step.get_attribute("href").as_deref(), Some("#/strategy"));
}

#[wasm_bindgen_test]
async fn joining_from_an_example_builds_it_in_the_joiners_language() {
    let (m, _, _) = mount_join(
        payload(&invite(Start::Example(Example::Cafe)), None),
        |_| {},
    );
    page_ready(&m).await;
    assert!(text(&m.root, ".join-page__start").contains("Neighbourhood café"));
    table_button(&m.root, "Blue team").click();
    let plan = joined(&m).await;
    assert_eq!(plan.name, "Spring workshop · Blue team");
    assert!(
        !plan.personas.is_empty(),
        "the example's personas came along"
    );
    assert_eq!(
        plan.workshop.as_ref().map(|t| t.table.as_str()),
        Some("Blue team")
    );
    let doc = saved_document(m.ws).await;
    assert_eq!(doc["plan"]["workshop"]["table"], "Blue team");
}

/// The facilitator's plan: some of step 1 filled.
fn facilitator_plan() -> Plan {
    let mut plan = Plan::new("fac", "Facilitator's start", "Riverside Bakery", now());
    plan.strategy.vision = "The bakery everyone in town greets by name".into();
    plan
}

#[wasm_bindgen_test]
async fn a_plan_that_did_not_fit_is_pasted_before_the_table_joins() {
    let (m, _, _) = mount_join(payload(&invite(Start::Plan), None), |_| {});
    page_ready(&m).await;
    let first = table_button(&m.root, "Table 1");
    assert!(first.disabled(), "the tables wait for the plan");
    assert!(text(&m.root, ".join-page__status").contains("Open the facilitator's plan first"));
    let file_text = social_playbook::io::envelope::export_json(&facilitator_plan(), now());
    type_into(&find(&m.root, "#join-plan-paste"), &file_text);
    find(&m.root, ".join-plan-file__use").click();
    wait_for("the plan read", || {
        !table_button(&m.root, "Table 1").disabled()
    })
    .await;
    assert!(text(&m.root, ".join-plan-file__result").contains("Facilitator's start"));
    table_button(&m.root, "Table 1").click();
    let plan = joined(&m).await;
    assert_eq!(plan.organisation, "Riverside Bakery");
    assert_eq!(
        plan.strategy.vision,
        "The bakery everyone in town greets by name"
    );
    assert_eq!(plan.name, "Spring workshop · Table 1");
    assert_ne!(plan.id, "fac");
}

#[wasm_bindgen_test]
async fn a_pasted_text_that_is_not_a_plan_says_so() {
    let (m, _, _) = mount_join(payload(&invite(Start::Plan), None), |_| {});
    page_ready(&m).await;
    type_into(&find(&m.root, "#join-plan-paste"), "{\"hello\": 1}");
    find(&m.root, ".join-plan-file__use").click();
    wait_for("the refusal", || {
        exists(&m.root, ".join-plan-file__result .message--error")
    })
    .await;
    assert!(table_button(&m.root, "Table 1").disabled());
}

#[wasm_bindgen_test]
async fn a_plan_carried_in_the_link_is_read_from_it() {
    use social_playbook::web::share_link::{make_link, MadeLink};
    let share = social_playbook::io::envelope::share_json(&facilitator_plan(), now());
    let MadeLink::Ready(link) = make_link(&share).await else {
        panic!("this browser compresses");
    };
    let share_payload = link.split_once("#share=").expect("a share link").1;
    let deflated = social_playbook::io::share::decode_payload(share_payload).expect("decodes");
    let (m, _, _) = mount_join(payload(&invite(Start::Plan), Some(&deflated)), |_| {});
    page_ready(&m).await;
    wait_for("the carried plan", || {
        !table_button(&m.root, "Table 2").disabled()
    })
    .await;
    assert!(!exists(&m.root, ".join-plan-file"), "no file is asked for");
    table_button(&m.root, "Table 2").click();
    let plan = joined(&m).await;
    assert_eq!(plan.organisation, "Riverside Bakery");
    assert_eq!(plan.workshop.map(|t| t.table), Some("Table 2".to_string()));
}

/// Mounts the session bar alone on a plan carrying `tag`.
fn mount_bar(tag: Option<WorkshopTag>) -> Mounted {
    mount_step(
        move |ws| {
            let store = ws.store.get_untracked();
            store.update(|p| p.workshop = tag);
        },
        |_store| view! { <SessionBar/> },
    )
}

fn table_tag(table: &str, agenda: Option<Agenda>) -> WorkshopTag {
    WorkshopTag {
        session_id: "k3v9-Qa_x".into(),
        session_name: "Spring workshop".into(),
        table: table.into(),
        joined_at: now(),
        agenda,
        origins: Vec::new(),
    }
}

#[wasm_bindgen_test]
async fn the_bar_shows_only_on_a_tables_plan() {
    let m = mount_bar(None);
    settle().await;
    assert!(!exists(&m.root, ".session-bar"));
    let m = mount_bar(Some(table_tag("", None)));
    settle().await;
    assert!(!exists(&m.root, ".session-bar"), "not on the merged plan");
    let later = Agenda::standard(to_local(now()) + TimeDelta::minutes(30));
    let m = mount_bar(Some(table_tag("Table 3", Some(later))));
    settle().await;
    assert_eq!(text(&m.root, ".session-bar__table"), "Table 3");
    let block = text(&m.root, ".session-bar__block");
    assert!(
        block.starts_with("Starts in ") && block.ends_with(" min"),
        "{block}"
    );
    let over = Agenda::standard(to_local(now()) - TimeDelta::hours(3));
    let m = mount_bar(Some(table_tag("Table 3", Some(over))));
    settle().await;
    assert!(text(&m.root, ".session-bar__block").contains("hand in"));
    find(&m.root, ".session-bar__handin");
}

#[wasm_bindgen_test]
async fn hand_in_gives_the_file_the_text_and_a_link() {
    let agenda = Agenda::standard(to_local(now()));
    let m = mount_bar(Some(table_tag("Table 2", Some(agenda))));
    settle().await;
    find(&m.root, ".session-bar__handin").click();
    wait_for("the hand-in dialog", || exists(&m.root, ".handin-dialog")).await;
    settle().await;
    let area: web_sys::HtmlTextAreaElement = find(&m.root, "textarea.handin-text").unchecked_into();
    assert!(area.read_only());
    let handed: serde_json::Value = serde_json::from_str(&area.value()).expect("the plan file");
    assert_eq!(handed["format"], "social-playbook");
    assert_eq!(handed["plan"]["workshop"]["table"], "Table 2");
    // The same text reads back through the normal import.
    let preview = social_playbook::io::import::import_text(&area.value()).expect("imports");
    assert_eq!(
        preview.plan.workshop.map(|t| t.table),
        Some("Table 2".to_string())
    );

    find(&m.root, ".handin-download").click();
    settle().await;
    let said = text(&m.root, ".handin-dialog__download-result");
    assert!(said.contains("spring-workshop-table-2.json"), "{said}");

    find(&m.root, ".handin-copy").click();
    wait_for("the copy's outcome", || {
        exists(&m.root, ".handin-dialog__copy-result")
    })
    .await;
    let copied = text(&m.root, ".handin-dialog__copy-result");
    assert!(
        copied.starts_with("Copied") || copied.contains("Select the text below"),
        "{copied}"
    );

    wait_for("the link", || exists(&m.root, ".handin-link")).await;
    let link: web_sys::HtmlInputElement = find(&m.root, ".handin-link").unchecked_into();
    assert!(link.value().contains("#share=v1."), "{}", link.value());
    find(&m.root, ".handin-close").click();
    settle().await;
}

#[wasm_bindgen_test]
async fn opening_the_link_again_offers_the_tables_plan_already_here() {
    let (m, route, step) = mount_join(payload(&invite(Start::Blank), None), |ws| {
        let store = ws.store.get_untracked();
        store.update(|p| p.workshop = Some(table_tag("Blue team", None)));
    });
    page_ready(&m).await;
    let said = text(&m.root, ".join-page__mine");
    assert!(said.contains("plan of Blue team"), "{said}");
    let id = m.ws.current_id();
    step.set(Step::Voice);
    find(&m.root, ".join-page__continue").click();
    settle().await;
    assert_eq!(route.get_untracked(), Route::Step(Step::Strategy));
    assert_eq!(m.ws.current_id(), id, "no new plan");
    // A plan of another session is not offered.
    let (m, _, _) = mount_join(payload(&invite(Start::Blank), None), |ws| {
        let store = ws.store.get_untracked();
        let mut other = table_tag("Blue team", None);
        other.session_id = "another".into();
        store.update(|p| p.workshop = Some(other));
    });
    page_ready(&m).await;
    assert!(!exists(&m.root, ".join-page__mine"));
}

#[wasm_bindgen_test]
async fn a_chinese_visitor_joins_in_chinese_with_the_chinese_example() {
    use social_playbook::i18n::Locale;
    use social_playbook::state::LocaleCtx;
    let (m, _, _) = mount_join(
        payload(&invite(Start::Example(Example::Cafe)), None),
        |_| provide_context(LocaleCtx(RwSignal::new(Locale::ZhCn))),
    );
    page_ready(&m).await;
    assert_eq!(text(&m.root, "#join-title"), "加入工作坊");
    assert!(text(&m.root, ".join-page__start").contains("街角咖啡馆"));
    table_button(&m.root, "Table 1").click();
    let plan = joined(&m).await;
    let chinese = social_playbook::model::examples::example_plan(Example::Cafe, true, "x", now());
    assert_eq!(plan.personas[0].name, chinese.personas[0].name);
    wait_for("the session bar", || exists(&m.root, ".session-bar")).await;
    let block = text(&m.root, ".session-bar__block");
    assert!(block.contains("剩余") && block.contains("分钟"), "{block}");
    assert_eq!(text(&m.root, ".session-bar__handin").trim(), "提交");
}

#[wasm_bindgen_test]
async fn the_bar_stays_on_one_line_at_360_px() {
    // The app's own styles, so the layout is the one a phone shows.
    let style = document().create_element("style").unwrap();
    style.set_text_content(Some(concat!(
        include_str!("../style/tokens.css"),
        include_str!("../style/components.css"),
        include_str!("../style/join.css"),
    )));
    document().head().unwrap().append_child(&style).unwrap();
    let agenda = Agenda::standard(to_local(now()) - TimeDelta::minutes(20));
    let mut tag = table_tag("Blue team", Some(agenda));
    tag.session_name = "Spring workshop for the whole regional marketing team".into();
    let m = mount_bar(Some(tag));
    m.root.set_attribute("style", "width: 360px").unwrap();
    settle().await;
    let bar = find(&m.root, ".session-bar");
    assert!(
        bar.scroll_width() <= bar.client_width(),
        "{} > {}",
        bar.scroll_width(),
        bar.client_width()
    );
    let rows: Vec<i32> = [
        ".session-bar__table",
        ".session-bar__block",
        ".session-bar__handin",
    ]
    .iter()
    .map(|s| {
        let el = find(&m.root, s);
        el.offset_top() + el.offset_height() / 2
    })
    .collect();
    assert!(
        rows.windows(2).all(|w| (w[0] - w[1]).abs() <= 2),
        "{rows:?}"
    );
    let handin = find(&m.root, ".session-bar__handin");
    assert!(
        handin.offset_left() + handin.offset_width()
            <= m.root.offset_left() + m.root.offset_width()
    );
    style.remove();
}

#[wasm_bindgen_test]
async fn a_carried_plan_that_cannot_be_opened_asks_for_the_file() {
    let (m, _, _) = mount_join(
        payload(&invite(Start::Plan), Some(&[7, 1, 2, 3, 4])),
        |_| {},
    );
    page_ready(&m).await;
    wait_for("the file form", || exists(&m.root, ".join-plan-file")).await;
    let said = text(&m.root, "#join-plan-file-reason");
    assert!(said.contains("could not be opened"), "{said}");
    assert!(table_button(&m.root, "Table 1").disabled());
    assert!(exists(&m.root, ".join-plan-file__input"));
}
