//! The records of one kind from every table, each with a checkbox: ticking one takes it into
//! the room's plan. A kind's checkboxes are built only while its section is open, and a table's
//! list shows its first [`FIRST_ITEMS`] until asked for the rest: twenty tables' calendars are tens
//! of thousands of records, which the page must not build on every hand-in.

use leptos::prelude::*;

use super::merge_items::{items, kind_text, Choices, ChosenKey};
use super::use_settled_workshop;
use crate::i18n::tf;
use crate::i18n::workshop_room::RoomText as R;
use crate::model::workshop::merge::ItemKind;
use crate::state::use_locale;

/// How many records of one table a list shows before "Show all".
const FIRST_ITEMS: usize = 12;

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
    let record = use_settled_workshop();
    let lists = move || {
        let locale = i18n.get();
        record.with(|r| {
            let Some(r) = r.as_ref() else {
                return Vec::new();
            };
            r.collection
                .newest_plans(&r.session.tables)
                .into_iter()
                .filter_map(|(table, plan)| {
                    let found = items(locale, plan, kind);
                    (!found.is_empty()).then(|| (table.to_string(), found))
                })
                .collect::<Vec<_>>()
        })
    };
    let kind_slug = format!("{kind:?}").to_lowercase();
    let slug = kind_slug.clone();
    let open = RwSignal::new(open_at_first(kind));
    let show_all = RwSignal::new(false);
    // Counted without naming: a folded kind (twenty tables' calendars) builds no labels at all.
    let count = Memo::new(move |_| {
        record.with(|r| {
            r.as_ref().map_or(0, |r| {
                r.collection
                    .newest_plans(&r.session.tables)
                    .into_iter()
                    .map(|(_, plan)| kind.count_in(plan))
                    .sum::<usize>()
            })
        })
    });
    let groups = move || {
        if !open.get() {
            return ().into_any();
        }
        let every = show_all.get();
        let lists = lists();
        let longest = lists.iter().map(|(_, l)| l.len()).max().unwrap_or(0);
        let more = (!every && longest > FIRST_ITEMS).then(|| {
            view! {
                <button type="button" class="button button--ghost merge-show-all"
                    on:click=move |_| show_all.set(true)>
                    {move || tf(i18n.get(), R::ShowAllPerTable, &[("count", &longest)])}
                </button>
            }
        });
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
                let shown = if every { usize::MAX } else { FIRST_ITEMS };
                let hidden = found.len().saturating_sub(shown);
                let more_line = (hidden > 0).then(|| {
                    view! {
                        <li class="merge-more">
                            {move || tf(i18n.get(), R::MoreInList, &[("count", &hidden)])}
                        </li>
                    }
                });
                let boxes = found
                    .into_iter()
                    .take(shown)
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
                        <ul class="merge-items">{boxes}{more_line}</ul>
                    </fieldset>
                }
            })
            .collect_view();
        view! {
            <div class="merge-tables">{groups}</div>
            {more}
        }
        .into_any()
    };
    let on_toggle = move |ev: leptos::ev::Event| {
        let shown = ev
            .target()
            .and_then(|t| js_sys::Reflect::get(&t, &"open".into()).ok())
            .and_then(|v| v.as_bool());
        if let Some(shown) = shown {
            open.set(shown);
        }
    };
    move || {
        if count.get() == 0 {
            return ().into_any();
        }
        let groups = groups.clone();
        view! {
            <details class="merge-kind" data-kind=slug.clone() prop:open=move || open.get() on:toggle=on_toggle>
                <summary>{move || i18n.t(kind_text(kind))}" ("{move || count.get()}")"</summary>
                {groups}
            </details>
        }
        .into_any()
    }
}
