//! The records of one kind from every table, each with a checkbox: ticking one takes it into
//! the room's plan.

use leptos::prelude::*;

use super::merge_items::{items, kind_text, Choices, ChosenKey};
use super::use_workshop;
use crate::i18n::tf;
use crate::i18n::workshop_room::RoomText as R;
use crate::model::workshop::merge::ItemKind;
use crate::state::use_locale;

/// Kinds shown open at first (the ones a debrief is about); the others start folded.
fn open_at_first(kind: ItemKind) -> bool {
    matches!(
        kind,
        ItemKind::Role
            | ItemKind::Persona
            | ItemKind::VoiceTrait
            | ItemKind::Goal
            | ItemKind::TeamRole
            | ItemKind::Theme
    )
}

/// The records of one kind from every table, with checkboxes.
#[component]
pub fn MergeKind(
    kind: ItemKind,
    /// The facilitator's choices, shared with the preview.
    choices: RwSignal<Choices>,
) -> impl IntoView {
    let i18n = use_locale();
    let record = use_workshop().0;
    let lists = move || {
        let locale = i18n.get();
        record.with(|r| {
            let Some(r) = r.as_ref() else {
                return Vec::new();
            };
            r.collection
                .newest(&r.session.tables)
                .iter()
                .filter_map(|row| {
                    let table = row.table.clone()?;
                    let found = items(locale, row.plan.as_ref()?, kind);
                    (!found.is_empty()).then_some((table, found))
                })
                .collect::<Vec<_>>()
        })
    };
    let kind_slug = format!("{kind:?}").to_lowercase();
    move || {
        let lists = lists();
        if lists.is_empty() {
            return ().into_any();
        }
        let count: usize = lists.iter().map(|(_, l)| l.len()).sum();
        let groups = lists
            .into_iter()
            .map(|(table, found)| {
                let all_keys: Vec<ChosenKey> = found
                    .iter()
                    .map(|(id, _)| ChosenKey {
                        kind,
                        table: table.clone(),
                        id: *id,
                    })
                    .collect();
                let all_taken = {
                    let keys = all_keys.clone();
                    move || choices.with(|c| keys.iter().all(|k| c.items.contains(k)))
                };
                let toggle_all = {
                    let all_taken = all_taken.clone();
                    move |_| {
                        let take = !all_taken();
                        choices.update(|c| {
                            for key in &all_keys {
                                if take {
                                    c.items.insert(key.clone());
                                } else {
                                    c.items.remove(key);
                                }
                            }
                        });
                    }
                };
                let toggle_label = {
                    let table = table.clone();
                    move || {
                        let text = if all_taken() {
                            R::MergeTakeNone
                        } else {
                            R::MergeTakeAll
                        };
                        tf(i18n.get(), text, &[("table", &table)])
                    }
                };
                let boxes = found
                    .into_iter()
                    .map(|(id, label)| {
                        let key = ChosenKey {
                            kind,
                            table: table.clone(),
                            id,
                        };
                        let checked = {
                            let key = key.clone();
                            move || choices.with(|c| c.items.contains(&key))
                        };
                        let toggle = move |ev: leptos::ev::Event| {
                            let on = event_target_checked(&ev);
                            let key = key.clone();
                            choices.update(|c| {
                                if on {
                                    c.items.insert(key);
                                } else {
                                    c.items.remove(&key);
                                }
                            });
                        };
                        view! {
                            <li>
                                <label class="merge-item">
                                    <input
                                        type="checkbox"
                                        class="merge-pick"
                                        data-kind=kind_slug.clone()
                                        prop:checked=checked
                                        on:change=toggle
                                    />
                                    <span>{label}</span>
                                </label>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <fieldset class="merge-table">
                        <legend>{table}</legend>
                        <button type="button" class="button button--secondary merge-take-all" on:click=toggle_all>
                            {toggle_label}
                        </button>
                        <ul class="merge-items">{boxes}</ul>
                    </fieldset>
                }
            })
            .collect_view();
        view! {
            <details class="merge-kind" open=open_at_first(kind)>
                <summary>{move || i18n.t(kind_text(kind))}" ("{count}")"</summary>
                <div class="merge-tables">{groups}</div>
            </details>
        }
        .into_any()
    }
}
