//! The personality section: the keyed list of trait cards with the live "3 of 3–5" count, adding
//! a blank trait or one of the handbook's three characters, moving, and deleting with undo.

use leptos::prelude::*;
use reactive_stores::Store;

use super::{CardFocus, VoiceTraitCard};
use crate::i18n::voice::{named_action, trait_count, trait_fallback_name, StarterTrait, VoiceText};
use crate::i18n::Key;
use crate::model::checks::{FieldRef, Finding, VoiceField, MAX_TRAITS, MIN_TRAITS};
use crate::model::{reinsert, take_by_id, Id, Plan, PlanStoreFields, VoiceStoreFields, VoiceTrait};
use crate::state::allocate_id;
use crate::state::use_locale;
use crate::web::focus::{focus_after_paint, Reveal};
use crate::widgets::{dom_id, offer_undo, FieldFindings};

/// The list of personality traits.
#[component]
pub fn VoiceTraitList(
    /// The open plan.
    store: Store<Plan>,
    /// The step's findings (shown with the list and on each card).
    #[prop(into)]
    findings: Signal<Vec<Finding>>,
) -> impl IntoView {
    let i18n = use_locale();
    let traits = store.voice().traits();
    let focus = RwSignal::new(None::<(Id, CardFocus)>);
    let base = dom_id("traits");
    let count_id = format!("{base}-count");
    let checks_id = format!("{base}-checks");
    let add_id = format!("{base}-add");
    let starters_id = format!("{base}-starters");

    let order =
        Memo::new(move |_| traits.with(|list| list.iter().map(|t| t.id).collect::<Vec<Id>>()));
    let count = move || order.with(Vec::len);
    let in_range = move || (MIN_TRAITS..=MAX_TRAITS).contains(&count());
    let list_findings = Signal::derive(move || {
        findings.with(|all| {
            all.iter()
                .filter(|f| f.target == FieldRef::Voice(VoiceField::Traits))
                .cloned()
                .collect::<Vec<_>>()
        })
    });

    let push = move |item: VoiceTrait| {
        let id = item.id;
        traits.write().push(item);
        focus.set(Some((id, CardFocus::FirstField)));
    };
    let add_blank = move |_| {
        let id = allocate_id(store);
        push(VoiceTrait {
            id,
            ..VoiceTrait::default()
        });
    };
    let add_starter = move |starter: StarterTrait| {
        let locale = i18n.0.get_untracked();
        let text = |text: VoiceText| crate::i18n::t(locale, text).to_string();
        let [we_are, we_are_not, do_line, dont_line] = starter.lines().map(text);
        let id = allocate_id(store);
        push(VoiceTrait {
            id,
            we_are,
            we_are_not,
            do_line,
            dont_line,
        });
    };
    let on_move = Callback::new(move |(id, delta): (Id, isize)| {
        let moved = traits
            .try_update(|list| {
                let from = list.iter().position(|t| t.id == id)?;
                let to = from
                    .checked_add_signed(delta)
                    .filter(|to| *to < list.len())?;
                list.swap(from, to);
                Some(())
            })
            .flatten();
        if moved.is_some() {
            let part = if delta < 0 {
                CardFocus::MoveUp
            } else {
                CardFocus::MoveDown
            };
            focus.set(Some((id, part)));
        }
    });
    let on_delete = {
        let add_id = add_id.clone();
        Callback::new(move |id: Id| {
            let Some((index, item)) = traits.try_update(|list| take_by_id(list, id)).flatten()
            else {
                return;
            };
            let locale = i18n.0.get_untracked();
            let name = if item.we_are.trim().is_empty() {
                trait_fallback_name(locale, index + 1)
            } else {
                item.we_are.trim().to_string()
            };
            let message = named_action(
                locale,
                crate::i18n::t(locale, Key::Voice(VoiceText::TraitDeleted)),
                &name,
            );
            offer_undo(message, move |store| {
                let restored = store
                    .voice()
                    .traits()
                    .try_update(|list| reinsert(list, index, item.clone()));
                if restored == Some(true) {
                    focus.try_set(Some((id, CardFocus::FirstField)));
                }
            });
            focus_after_paint(add_id.clone(), Reveal::Nearest);
        })
    };

    let starter_button = move |starter: StarterTrait| {
        let name = move || i18n.t(Key::Voice(starter.name()));
        view! {
            <li>
                <button
                    type="button"
                    class="button button--secondary voice-starter"
                    aria-label=move || named_action(i18n.get(), i18n.t(Key::Voice(VoiceText::AddStarterTrait)), name())
                    on:click=move |_| add_starter(starter)
                >
                    <span aria-hidden="true">"+"</span>
                    {name}
                </button>
            </li>
        }
    };

    view! {
        <div class="voice-traits">
            <p
                id=count_id.clone()
                class="voice-traits__count"
                class:voice-traits__count--ok=in_range
                role="status"
                aria-live="polite"
            >
                <span class="voice-traits__count-icon" aria-hidden="true">
                    {move || if in_range() { "✓" } else { "•" }}
                </span>
                {move || trait_count(i18n.get(), count(), MIN_TRAITS, MAX_TRAITS)}
            </p>
            <FieldFindings id=checks_id.clone() findings=list_findings/>
            <Show when=move || count() == 0>
                <p class="voice-traits__empty">{move || i18n.t(Key::Voice(VoiceText::TraitsEmpty))}</p>
            </Show>
            <ul
                class="voice-card-list voice-trait-list"
                aria-label=move || i18n.t(Key::Voice(VoiceText::TraitsListLabel))
                aria-describedby=format!("{count_id} {checks_id}")
            >
                <For each=move || traits key=|row| row.key() let:row>
                    {
                        let id = row.key();
                        let place = Signal::derive(move || {
                            order.with(|ids| {
                                (ids.iter().position(|x| *x == id).map_or(0, |i| i + 1), ids.len())
                            })
                        });
                        view! {
                            <VoiceTraitCard
                                row=row
                                id=id
                                place=place
                                findings=findings
                                focus=focus
                                on_move=on_move
                                on_delete=on_delete
                            />
                        }
                    }
                </For>
            </ul>
            <div class="voice-traits__actions">
                <button id=add_id type="button" class="button button--primary" on:click=add_blank>
                    <span aria-hidden="true">"+"</span>
                    {move || i18n.t(Key::Voice(VoiceText::AddTrait))}
                </button>
            </div>
            <div class="voice-starters">
                <p id=starters_id.clone() class="voice-starters__label">{move || i18n.t(Key::Voice(VoiceText::StartersLabel))}</p>
                <ul class="voice-starters__list" aria-labelledby=starters_id>
                    {StarterTrait::ALL.into_iter().map(starter_button).collect_view()}
                </ul>
            </div>
        </div>
    }
}
