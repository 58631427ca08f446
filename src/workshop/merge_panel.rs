//! The room's plan, built from items picked out of any table, with a live preview; creating it
//! adds a new plan through the workspace and leaves the tables' plans untouched.

use leptos::prelude::*;

use super::merge_fields::MergeFields;
use super::merge_items::{note_texts, Choices};
use super::merge_kind::MergeKind;
use super::merge_preview::{MergePreviewList, PreviewSummary};
use super::use_settled_workshop;
use crate::i18n::workshop_room::RoomText as R;
use crate::i18n::{tf, Locale};
use crate::model::route::Route;
use crate::model::workshop::merge::{merge, ItemKind, MergeBase, MergePreview};
use crate::model::workshop::WorkshopRecord;
use crate::model::Step;
use crate::state::{use_locale, use_workspace};
use crate::web::{browser, nav};

/// Runs the merge over the newest plan of each table; `f` gets the preview and the tables' names.
fn with_merge<T>(
    record: &WorkshopRecord,
    choices: &Choices,
    name: &str,
    f: impl FnOnce(MergePreview, &[&str]) -> T,
) -> T {
    let sources = record.collection.newest_plans(&record.session.tables);
    let tables: Vec<&str> = sources.iter().map(|(t, _)| *t).collect();
    let (picks, fields) = choices.picks(&tables);
    let base = MergeBase {
        plan_id: String::new(),
        name: name.trim().to_string(),
        organisation: sources
            .first()
            .map(|(_, p)| p.organisation.clone())
            .unwrap_or_default(),
        session_id: record.session.id.clone(),
        session_name: record.session.name.clone(),
    };
    let preview = merge(&sources, &picks, &fields, &base, browser::now());
    f(preview, &tables)
}

fn default_name(locale: Locale, record: Option<&WorkshopRecord>) -> String {
    let session = record.map(|r| r.session.name.as_str()).unwrap_or_default();
    tf(locale, R::MergeDefaultName, &[("session", &session)])
}

/// The room's plan, built from items picked out of any table, with a preview.
#[component]
pub fn MergePanel() -> impl IntoView {
    let i18n = use_locale();
    let record = use_settled_workshop();
    let ws = use_workspace();
    let choices = RwSignal::new(Choices::default());
    // Empty means the proposed name (shown as the field's placeholder), which follows the session.
    let name = RwSignal::new(String::new());
    let proposed = move || record.with(|r| default_name(i18n.get(), r.as_ref()));
    let created = RwSignal::new(None::<String>);
    let tables = Memo::new(move |_| {
        record.with(|r| {
            r.as_ref().map_or_else(Vec::new, |r| {
                r.collection
                    .newest_plans(&r.session.tables)
                    .into_iter()
                    .map(|(table, _)| table.to_string())
                    .collect::<Vec<_>>()
            })
        })
    });
    let summary = Memo::new(move |_| {
        let locale = i18n.get();
        let choices = choices.get();
        record.with(|r| {
            let Some(r) = r.as_ref() else {
                return PreviewSummary::default();
            };
            with_merge(r, &choices, "", |preview, tables| PreviewSummary {
                notes: note_texts(locale, &preview, tables),
                placed: preview
                    .placed
                    .into_iter()
                    .map(|p| (p.kind, p.label, p.table))
                    .collect(),
            })
        })
    });
    let create = move |_| {
        let chosen = choices.get_untracked();
        let typed = name.get_untracked();
        let plan_name = if typed.trim().is_empty() {
            record.with_untracked(|r| default_name(i18n.0.get_untracked(), r.as_ref()))
        } else {
            typed
        };
        let plan = record.with_untracked(|r| {
            r.as_ref()
                .map(|r| with_merge(r, &chosen, &plan_name, |preview, _| preview.plan))
        });
        if let Some(plan) = plan {
            let written = plan.name.clone();
            ws.import_add(plan);
            created.set(Some(written));
        }
    };
    let nothing_picked =
        move || summary.with(|s| s.placed.is_empty()) && choices.with(|c| c.fields.is_empty());

    let body = move || {
        if tables.with(Vec::is_empty) {
            return view! { <p class="room-hint merge-none">{move || i18n.t(R::MergeNone)}</p> }
                .into_any();
        }
        let kinds = ItemKind::ALL
            .into_iter()
            .map(|kind| view! { <MergeKind kind=kind choices=choices/> })
            .collect_view();
        view! {
            <p class="room-intro">{move || i18n.t(R::MergeIntro)}</p>
            <div class="merge-layout">
                <div class="merge-picks">
                    <div class="field">
                        <label for="merge-name">{move || i18n.t(R::MergeName)}</label>
                        <input
                            id="merge-name"
                            class="merge-name"
                            type="text"
                            placeholder=proposed
                            bind:value=name
                        />
                    </div>
                    <h3>{move || i18n.t(R::MergeItems)}</h3>
                    {kinds}
                    <MergeFields choices=choices tables=tables/>
                </div>
                <div class="merge-side">
                    <MergePreviewList summary=summary/>
                    <button
                        type="button"
                        class="button button--primary merge-create"
                        disabled=nothing_picked
                        on:click=create
                    >
                        {move || i18n.t(R::MergeCreate)}
                    </button>
                    <div class="merge-created" aria-live="polite">
                        {move || {
                            created.get().map(|written| {
                                view! {
                                    <p>{move || tf(i18n.get(), R::MergeCreated, &[("name", &written)])}</p>
                                    <button
                                        type="button"
                                        class="button button--secondary merge-open-handbook"
                                        on:click=move |_| nav::go(&Route::Step(Step::Handbook))
                                    >
                                        {move || i18n.t(R::MergeOpenHandbook)}
                                    </button>
                                }
                            })
                        }}
                    </div>
                </div>
            </div>
        }
        .into_any()
    };
    view! {
        <section class="workshop-section room-section merge-panel" aria-labelledby="merge-heading">
            <h2 id="merge-heading">{move || i18n.t(R::MergeHeading)}</h2>
            {body}
        </section>
    }
}
