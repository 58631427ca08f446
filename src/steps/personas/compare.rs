//! Personas side by side: a table with one column per chosen persona and one row per field
//! group, scrolling sideways inside its own box on narrow screens.

use std::collections::HashSet;

use leptos::prelude::*;
use reactive_stores::Store;

use super::PersonaAvatar;
use crate::i18n::personas::{age_range_text, meter_text, platform_name, PersonaText};
use crate::i18n::shared::SharedText;
use crate::i18n::{Key, Locale};
use crate::model::checks::persona_completeness;
use crate::model::{
    Id, Persona, PersonaPriority, Plan, PlanStoreFields, Platform, StrategyStoreFields,
};
use crate::state::use_locale;
use crate::widgets::dom_id;

/// One cell of the comparison.
#[derive(Clone, Debug, PartialEq)]
pub enum CompareCell {
    /// A sentence or short value.
    Text(String),
    /// A list, shown as bullet points.
    List(Vec<String>),
    /// Nothing filled in.
    Empty,
}

fn text(value: &str) -> CompareCell {
    let value = value.trim();
    if value.is_empty() {
        CompareCell::Empty
    } else {
        CompareCell::Text(value.to_string())
    }
}

fn list<'a>(values: impl IntoIterator<Item = &'a String>) -> CompareCell {
    let items: Vec<String> = values
        .into_iter()
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
        .collect();
    if items.is_empty() {
        CompareCell::Empty
    } else {
        CompareCell::List(items)
    }
}

/// The rows of the comparison for one persona, in the order the card shows its fields.
/// Platforms are named from the plan; ids no longer in the plan are left out.
pub fn compare_cells(
    p: &Persona,
    platforms: &[Platform],
    locale: Locale,
) -> Vec<(Key, CompareCell)> {
    let t = |x: PersonaText| crate::i18n::t(locale, x);
    let priority = match p.priority {
        PersonaPriority::Primary => t(PersonaText::PriorityPrimary),
        PersonaPriority::Secondary => t(PersonaText::PrioritySecondary),
    };
    let gathering: Vec<String> = p
        .platforms
        .iter()
        .filter_map(|id| platforms.iter().find(|pl| pl.id == *id))
        .map(|pl| platform_name(locale, pl))
        .chain(p.communities.iter().cloned())
        .collect();
    let c = persona_completeness(p);
    vec![
        (
            Key::Shared(SharedText::Priority),
            CompareCell::Text(priority.to_string()),
        ),
        (
            Key::Personas(PersonaText::AgeRange),
            age_range_text(locale, p.age_min, p.age_max)
                .map(CompareCell::Text)
                .unwrap_or(CompareCell::Empty),
        ),
        (Key::Personas(PersonaText::Gender), text(&p.gender)),
        (Key::Personas(PersonaText::Location), text(&p.location)),
        (Key::Personas(PersonaText::Occupation), text(&p.occupation)),
        (Key::Personas(PersonaText::Income), text(&p.income)),
        (
            Key::Personas(PersonaText::GroupInterests),
            list(&p.interests),
        ),
        (
            Key::Personas(PersonaText::GroupInfoHabits),
            list(&p.info_habits),
        ),
        (
            Key::Personas(PersonaText::GroupSocial),
            list(&p.social_behaviour),
        ),
        (Key::Personas(PersonaText::GroupPains), list(&p.pains)),
        (Key::Personas(PersonaText::GroupGathering), list(&gathering)),
        (Key::Personas(PersonaText::GroupTopics), list(&p.topics)),
        (
            Key::Personas(PersonaText::GroupMotivators),
            list(&p.motivators),
        ),
        (Key::Personas(PersonaText::GroupVoice), text(&p.quote)),
        (Key::Personas(PersonaText::GroupSources), text(&p.sources)),
        (
            Key::Personas(PersonaText::Completeness),
            CompareCell::Text(meter_text(locale, c.done, c.total, &c.missing)),
        ),
    ]
}

/// The compare view: which personas to compare, then the table.
#[component]
pub fn PersonaCompare(
    /// The open plan.
    store: Store<Plan>,
) -> impl IntoView {
    let i18n = use_locale();
    let id = dom_id("persona-compare");
    let caption_id = format!("{id}-caption");
    let excluded = RwSignal::new(HashSet::<Id>::new());
    let personas = Memo::new(move |_| store.personas().get());
    let platforms = Memo::new(move |_| store.strategy().platforms().get());
    let chosen = Memo::new(move |_| {
        personas.with(|all| {
            excluded.with(|out| {
                all.iter()
                    .filter(|p| !out.contains(&p.id))
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    });
    let unnamed = move || i18n.t(Key::Personas(PersonaText::UnnamedPersona));
    let shown = move |p: &Persona| crate::i18n::personas::shown_name(&p.name, unnamed());

    let pickers = {
        let id = id.clone();
        move || {
            personas
                .get()
                .into_iter()
                .map(|p| {
                    let pid = p.id;
                    let option_id = format!("{id}-pick-{pid}");
                    view! {
                        <li class="persona-check">
                            <input
                                id=option_id.clone()
                                type="checkbox"
                                prop:checked=move || excluded.with(|e| !e.contains(&pid))
                                on:change:target=move |ev| {
                                    let on = ev.target().checked();
                                    excluded.update(|e| {
                                        if on {
                                            e.remove(&pid);
                                        } else {
                                            e.insert(pid);
                                        }
                                    });
                                }
                            />
                            <label for=option_id>{shown(&p)}</label>
                        </li>
                    }
                })
                .collect_view()
        }
    };

    let table = move || {
        let list = chosen.get();
        if list.len() < 2 {
            return view! {
                <p class="persona-compare__hint">{i18n.t(Key::Personas(PersonaText::ComparePickTwo))}</p>
            }
            .into_any();
        }
        let locale = i18n.get();
        let plan_platforms = platforms.get();
        let columns: Vec<Vec<(Key, CompareCell)>> = list
            .iter()
            .map(|p| compare_cells(p, &plan_platforms, locale))
            .collect();
        let heads = list
            .iter()
            .map(|p| {
                view! {
                    <th scope="col" class="persona-compare__persona">
                        <PersonaAvatar
                            avatar=p.avatar.clone()
                            name=p.name.clone()
                            colour=p.colour
                            class="persona-avatar--small"
                        />
                        <span>{shown(p)}</span>
                    </th>
                }
            })
            .collect_view();
        let rows = columns
            .first()
            .map(|first| first.iter().map(|(label, _)| *label).collect::<Vec<_>>())
            .unwrap_or_default()
            .into_iter()
            .enumerate()
            .map(|(row, label)| {
                let cells = columns
                    .iter()
                    .map(|column| {
                        let cell = column.get(row).map(|(_, c)| c.clone()).unwrap_or(CompareCell::Empty);
                        let content = match cell {
                            CompareCell::Text(s) => view! { <span>{s}</span> }.into_any(),
                            CompareCell::List(items) => view! {
                                <ul class="persona-compare__list">
                                    {items.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
                                </ul>
                            }
                            .into_any(),
                            CompareCell::Empty => view! {
                                <span class="persona-compare__empty">
                                    {i18n.t(Key::Personas(PersonaText::CompareEmpty))}
                                </span>
                            }
                            .into_any(),
                        };
                        view! { <td>{content}</td> }
                    })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">{i18n.t(label)}</th>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="persona-compare__scroll" role="region" aria-labelledby=caption_id.clone() tabindex="0">
                <table class="persona-compare__table">
                    <caption id=caption_id.clone()>{i18n.t(Key::Personas(PersonaText::CompareCaption))}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t(Key::Personas(PersonaText::CompareField))}</th>
                            {heads}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };

    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    view! {
        <section id=id class="persona-compare" aria-labelledby=labelled_by>
            <h3 id=heading_id class="persona-compare__heading">
                {move || i18n.t(Key::Personas(PersonaText::Compare))}
            </h3>
            <fieldset class="persona-compare__pick">
                <legend>{move || i18n.t(Key::Personas(PersonaText::ComparePick))}</legend>
                <ul class="persona-compare__choices">{pickers}</ul>
            </fieldset>
            {table}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::example_personas::example_personas;
    use crate::model::PlatformKind;

    #[test]
    fn a_complete_persona_fills_every_row() {
        let p = &example_personas(false)[0];
        let cells = compare_cells(p, &[], Locale::En);
        assert_eq!(cells.len(), 16);
        assert!(cells.iter().all(|(_, c)| *c != CompareCell::Empty));
        assert_eq!(cells[1].1, CompareCell::Text("26–33".into()));
        assert_eq!(
            cells.last().map(|(_, c)| c.clone()),
            Some(CompareCell::Text("9 of 9 · complete".into()))
        );
    }

    #[test]
    fn gathering_names_the_plans_platforms_and_skips_missing_ones() {
        let mut p = Persona {
            platforms: vec![9, 3],
            communities: vec!["小区群".into(), " ".into()],
            ..Persona::default()
        };
        let platforms = [Platform {
            id: 3,
            kind: PlatformKind::Xiaohongshu,
            ..Platform::default()
        }];
        let cells = compare_cells(&p, &platforms, Locale::ZhCn);
        let gathering = cells
            .iter()
            .find(|(label, _)| *label == Key::Personas(PersonaText::GroupGathering))
            .map(|(_, c)| c.clone());
        assert_eq!(
            gathering,
            Some(CompareCell::List(vec!["小红书".into(), "小区群".into()]))
        );
        p.gender = "  ".into();
        assert_eq!(compare_cells(&p, &[], Locale::En)[2].1, CompareCell::Empty);
    }
}
