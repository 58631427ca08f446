//! Step editor: audience personas (目标受众画像). A card per persona in the plan's order, with
//! add (blank or a worked example), duplicate, reorder, delete with undo, and a compare view.
//!
//! List edits write `plan.personas` through the store; record ids come from the plan's allocator.
//! No storage or JSON here: autosave sees the edits through the store.

use std::collections::HashSet;

use leptos::prelude::*;
use reactive_stores::Store;

use super::{PersonaAction, PersonaCard, PersonaCompare};
use crate::i18n::personas::{named, PersonaText};
use crate::i18n::{copy_name, Key, Locale};
use crate::model::checks::FieldRef;
use crate::model::example_personas::{example_persona, example_personas};
use crate::model::{
    reinsert, take_by_id, Id, Persona, PersonaPriority, Plan, PlanStoreFields, StrategyStoreFields,
};
use crate::state::allocate_id;
use crate::state::use_locale;
use crate::widgets::{anchor_id, offer_undo, EmptyState};

/// Moves persona `id` one place up (or down); false when it is already at that end or absent.
pub fn move_persona(list: &mut [Persona], id: Id, up: bool) -> bool {
    let Some(index) = list.iter().position(|p| p.id == id) else {
        return false;
    };
    let other = if up {
        index.checked_sub(1)
    } else {
        Some(index + 1).filter(|i| *i < list.len())
    };
    match other {
        Some(other) => {
            list.swap(index, other);
            true
        }
        None => false,
    }
}

/// The next example to offer: the first one whose name is not in the list yet, else the one the
/// list length points at (wrapping around), named as a copy.
pub fn next_example(list: &[Persona], chinese: bool) -> (usize, Option<String>) {
    let examples = example_personas(chinese);
    let taken = |name: &str| list.iter().any(|p| p.name.trim() == name);
    match examples.iter().position(|e| !taken(&e.name)) {
        Some(index) => (index, None),
        None => {
            let index = list.len() % examples.len();
            let locale = if chinese { Locale::ZhCn } else { Locale::En };
            (index, Some(copy_name(locale, &examples[index].name)))
        }
    }
}

/// The personas step's editor.
#[component]
pub fn PersonasStep(
    /// The open plan.
    store: Store<Plan>,
) -> impl IntoView {
    let i18n = use_locale();
    // A fresh store has no keys yet: register them before the first keyed write.
    store.personas().update_keys();

    let focus_request = RwSignal::new(None::<Id>);
    // Personas added during this visit start expanded; others start expanded only while incomplete.
    let fresh = StoredValue::new(HashSet::<Id>::new());
    let comparing = RwSignal::new(false);
    let count = Memo::new(move |_| store.personas().with(|list| list.len()));
    let compare_id = StoredValue::new(crate::widgets::dom_id("personas-compare"));

    let insert = move |persona: Persona, at: Option<usize>| {
        let id = persona.id;
        fresh.update_value(|f| {
            f.insert(id);
        });
        store.personas().update_keys();
        store.personas().update(|list| {
            let index = at.unwrap_or(list.len()).min(list.len());
            list.insert(index, persona);
        });
        focus_request.set(Some(id));
    };

    let add_blank = move || {
        let id = allocate_id(store);
        let (len, has_primary) = store.personas().with_untracked(|list| {
            (
                list.len(),
                list.iter().any(|p| p.priority == PersonaPriority::Primary),
            )
        });
        insert(
            Persona {
                id,
                colour: (len % 8) as u8,
                priority: if has_primary {
                    PersonaPriority::Secondary
                } else {
                    PersonaPriority::Primary
                },
                ..Persona::default()
            },
            None,
        );
    };

    let add_example = move || {
        let chinese = i18n.0.get_untracked() == Locale::ZhCn;
        let (index, rename) = store
            .personas()
            .with_untracked(|list| next_example(list, chinese));
        let id = allocate_id(store);
        let platforms = store.strategy().platforms().get_untracked();
        let mut persona = example_persona(chinese, index, id, &platforms);
        if let Some(name) = rename {
            persona.name = name;
        }
        insert(persona, None);
    };

    let on_action = Callback::new(move |(id, action): (Id, PersonaAction)| match action {
        PersonaAction::MoveUp | PersonaAction::MoveDown => {
            store.personas().update_keys();
            store.personas().update(|list| {
                move_persona(list, id, action == PersonaAction::MoveUp);
            });
        }
        PersonaAction::Duplicate => {
            let found = store.personas().with_untracked(|list| {
                list.iter()
                    .position(|p| p.id == id)
                    .map(|i| (i, list[i].clone()))
            });
            if let Some((index, original)) = found {
                let copy = Persona {
                    id: allocate_id(store),
                    name: copy_name(i18n.0.get_untracked(), original.name.trim()),
                    ..original
                };
                insert(copy, Some(index + 1));
            }
        }
        PersonaAction::Delete => {
            store.personas().update_keys();
            // Focus goes to the card that takes its place (or the one before, or the heading).
            let neighbour = store.personas().with_untracked(|list| {
                let index = list.iter().position(|p| p.id == id)?;
                list.get(index + 1)
                    .or_else(|| index.checked_sub(1).and_then(|i| list.get(i)))
                    .map(|p| p.id)
            });
            let Some((index, persona)) = store
                .personas()
                .try_update(|list| take_by_id(list, id))
                .flatten()
            else {
                return;
            };
            let locale = i18n.0.get_untracked();
            let unnamed = crate::i18n::t(locale, Key::Personas(PersonaText::UnnamedPersona));
            let shown = crate::i18n::personas::shown_name(&persona.name, unnamed);
            let message = named(
                locale,
                crate::i18n::t(locale, Key::Personas(PersonaText::PersonaDeleted)),
                &shown,
            );
            offer_undo(message, move |store| {
                let restored = store
                    .personas()
                    .try_update(|list| reinsert(list, index, persona.clone()));
                if restored == Some(true) {
                    focus_request.try_set(Some(id));
                }
            });
            crate::web::focus::focus_after_paint(
                match neighbour {
                    Some(other) => anchor_id(FieldRef::Persona(other)),
                    None => anchor_id(FieldRef::Personas),
                },
                crate::web::focus::Reveal::Top,
            );
        }
    });

    let toolbar = move || {
        view! {
            <div class="personas-step__toolbar">
                <button type="button" class="button button--primary" on:click=move |_| add_blank()>
                    <span aria-hidden="true">"+"</span>
                    {move || i18n.t(Key::Personas(PersonaText::AddPersona))}
                </button>
                <button type="button" class="button button--secondary" on:click=move |_| add_example()>
                    {move || i18n.t(Key::Personas(PersonaText::AddExample))}
                </button>
                <Show when=move || { count.get() >= 2 }>
                    <button
                        type="button"
                        class="button button--secondary personas-step__compare-toggle"
                        aria-expanded=move || if comparing.get() { "true" } else { "false" }
                        aria-controls=compare_id.get_value()
                        on:click=move |_| comparing.update(|c| *c = !*c)
                    >
                        <span aria-hidden="true">"⇆"</span>
                        {move || i18n.t(Key::Personas(PersonaText::Compare))}
                    </button>
                </Show>
            </div>
        }
    };

    view! {
        <div class="personas-step">
            <h2
                id=anchor_id(FieldRef::Personas)
                class="personas-step__heading"
                tabindex="-1"
            >
                {move || i18n.t(Key::Personas(PersonaText::ListHeading))}
                <span class="personas-step__count">
                    {move || {
                        let n = count.get();
                        match (n, i18n.get()) {
                            (0, _) => String::new(),
                            (n, Locale::ZhCn) => format!("（{n}）"),
                            (n, Locale::En) => format!(" ({n})"),
                        }
                    }}
                </span>
            </h2>
            <Show
                when=move || { count.get() > 0 }
                fallback=move || view! {
                    <EmptyState
                        why=Key::Personas(PersonaText::EmptyWhy)
                        action=Key::Personas(PersonaText::AddPersona)
                        on_action=Callback::new(move |_| add_blank())
                        on_example=Callback::new(move |_| add_example())
                    />
                }
            >
                {toolbar()}
                <Show when=move || { count.get() >= 2 }>
                    <div id=compare_id.get_value() class="personas-step__compare" hidden=move || !comparing.get()>
                        {move || comparing.get().then(|| view! { <PersonaCompare store=store/> })}
                    </div>
                </Show>
                <ol class="persona-list">
                    <For
                        each=move || store.personas()
                        key=|row| row.key()
                        let:row
                    >
                        {
                            let id = row.key();
                            let expanded = fresh.with_value(|f| f.contains(&id))
                                || row.with_untracked(|p| {
                                    !crate::model::checks::persona_completeness(p).is_complete()
                                });
                            view! {
                                <li class="persona-list__item">
                                    <PersonaCard
                                        store=store
                                        id=id
                                        row=row
                                        expanded=expanded
                                        focus_request=focus_request
                                        on_action=on_action
                                    />
                                </li>
                            }
                        }
                    </For>
                </ol>
                <div class="personas-step__footer">
                    <button type="button" class="button button--secondary" on:click=move |_| add_blank()>
                        <span aria-hidden="true">"+"</span>
                        {move || i18n.t(Key::Personas(PersonaText::AddPersona))}
                    </button>
                </div>
            </Show>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(ids: &[Id]) -> Vec<Persona> {
        ids.iter()
            .map(|id| Persona {
                id: *id,
                name: format!("P{id}"),
                ..Persona::default()
            })
            .collect()
    }

    fn ids(list: &[Persona]) -> Vec<Id> {
        list.iter().map(|p| p.id).collect()
    }

    #[test]
    fn personas_move_one_place_and_stop_at_the_ends() {
        let mut list = people(&[1, 2, 3]);
        assert!(move_persona(&mut list, 3, true));
        assert_eq!(ids(&list), vec![1, 3, 2]);
        assert!(!move_persona(&mut list, 1, true));
        assert!(move_persona(&mut list, 1, false));
        assert_eq!(ids(&list), vec![3, 1, 2]);
        assert!(!move_persona(&mut list, 2, false));
        assert!(!move_persona(&mut list, 42, false));
    }

    #[test]
    fn examples_are_offered_in_turn_then_as_copies() {
        let mut list = Vec::new();
        assert_eq!(next_example(&list, false), (0, None));
        list.push(example_personas(false)[0].clone());
        assert_eq!(next_example(&list, false), (1, None));
        list.push(example_personas(false)[1].clone());
        assert_eq!(
            next_example(&list, false),
            (0, Some("Mia Chen (copy)".into()))
        );
        assert_eq!(next_example(&list, true), (0, None));
    }
}
