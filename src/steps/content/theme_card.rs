//! One content theme: its name, what it covers, its target share, and the personas and goals it
//! serves (checkboxes over the plan's own personas and goals, with a link to their step when there
//! are none yet). On a phone it folds to its name, share and open checks.

use leptos::prelude::*;
use reactive_stores::{Field, Store};

use crate::i18n::content::ContentText;
use crate::i18n::content_names::{theme_kind_name, theme_label};
use crate::i18n::goals::goal_name;
use crate::i18n::personas::shown_name;
use crate::i18n::{labelled, Key};
use crate::model::checks::{content_findings, findings_about};
use crate::model::toggle_id;
use crate::model::{Id, Plan, PlanStoreFields, Theme, ThemeStoreFields};
use crate::state::use_locale;
use crate::widgets::{dom_id, Fold, TextField};

fn ct(k: ContentText) -> Key {
    Key::Content(k)
}

/// Reads a share typed into the percent field: a whole number 0–100, or nothing.
pub fn parse_share(text: &str) -> Option<u8> {
    let value: u32 = text.trim().parse().ok()?;
    u8::try_from(value.min(100)).ok()
}

/// A checkbox chip that adds or removes `id` from `chosen`.
fn choice_chip(chosen: Field<Vec<Id>>, id: Id, shown: String) -> impl IntoView {
    let on = move || chosen.try_with(|c| c.contains(&id)).unwrap_or(false);
    view! {
        <label class="choice-chip" class:choice-chip--on=on>
            <input
                type="checkbox"
                prop:checked=on
                on:change:target=move |ev| {
                    let checked = ev.target().checked();
                    chosen.update(|list| toggle_id(list, id, checked));
                }
            />
            <span>{shown}</span>
        </label>
    }
}

/// A theme's card.
#[component]
pub fn ContentThemeCard(
    /// The open plan.
    store: Store<Plan>,
    /// The theme row.
    #[prop(into)]
    row: Field<Theme>,
    /// Moves the theme up (`-1`) or down (`1`) the list.
    on_move: Callback<i32>,
    /// Deletes this theme (with undo).
    on_remove: Callback<()>,
) -> impl IntoView {
    let i18n = use_locale();
    let id = row.with_untracked(|t| t.id);
    let kind = row.with_untracked(|t| t.kind);
    let name = Signal::derive(move || {
        row.try_with(|t| theme_label(i18n.get(), t))
            .unwrap_or_default()
    });
    let share = row.share();
    let share_id = dom_id("theme-share");
    let title: Field<String> = row.name().into();
    let description: Field<String> = row.description().into();
    let chosen_personas: Field<Vec<Id>> = row.personas().into();
    let chosen_goals: Field<Vec<Id>> = row.goals().into();
    let personas = store.personas();
    let goals = store.goals();

    let persona_boxes = move || {
        let unnamed = i18n.t(ct(ContentText::UnnamedPersona));
        personas.with(|list| {
            list.iter()
                .map(|p| choice_chip(chosen_personas, p.id, shown_name(&p.name, unnamed)))
                .collect_view()
        })
    };
    let goal_boxes = move || {
        let locale = i18n.get();
        goals.with(|list| {
            list.iter()
                .map(|g| choice_chip(chosen_goals, g.id, goal_name(locale, g)))
                .collect_view()
        })
    };
    let kind_badge = move || theme_kind_name(i18n.get(), kind);
    let findings =
        Memo::new(move |_| store.with(|plan| findings_about(&content_findings(plan), id)));

    view! {
        <Fold
            id=format!("theme-{id}")
            class="card content-theme"
            attr:data-kind=format!("{kind:?}")
            name=name
            fact=Signal::derive(move || {
                let share = share.try_get().flatten().map(|s| format!("{s}% · ")).unwrap_or_default();
                format!("{share}{}", kind_badge())
            })
            issues=Signal::derive(move || findings.get())
        >
            <div class="content-theme__head">
                <span class="content-theme__kind">{kind_badge}</span>
                <div class="field content-theme__share">
                    <label for=share_id.clone()>{move || i18n.t(ct(ContentText::ShareLabel))}</label>
                    <input
                        id=share_id
                        type="number"
                        min="0"
                        max="100"
                        step="1"
                        inputmode="numeric"
                        prop:value=move || share.try_get().flatten().map(|s| s.to_string()).unwrap_or_default()
                        on:input:target=move |ev| share.set(parse_share(&ev.target().value()))
                    />
                </div>
            </div>
            <TextField
                label=ct(ContentText::ThemeNameLabel)
                value=title
                hint=ct(ContentText::ThemeNameHint)
                placeholder=ct(ContentText::ThemeNamePlaceholder)
                class="content-theme__name"
            />
            <TextField label=ct(ContentText::ThemeDescriptionLabel) value=description hint=ct(ContentText::ThemeDescriptionHint) multiline=true rows=2/>
            <fieldset class="choice-group content-theme__personas">
                <legend>{move || i18n.t(ct(ContentText::ServesPersonas))}</legend>
                <div class="choice-chips">{persona_boxes}</div>
                <Show when=move || personas.with(|p| p.is_empty())>
                    <p class="field__hint">
                        {move || i18n.t(ct(ContentText::NoPersonasYet))} " "
                        <a href="#/personas">{move || i18n.t(ct(ContentText::GoToPersonas))}</a>
                    </p>
                </Show>
            </fieldset>
            <fieldset class="choice-group content-theme__goals">
                <legend>{move || i18n.t(ct(ContentText::SupportsGoals))}</legend>
                <div class="choice-chips">{goal_boxes}</div>
                <Show when=move || goals.with(|g| g.is_empty())>
                    <p class="field__hint">
                        {move || i18n.t(ct(ContentText::NoGoalsYet))} " "
                        <a href="#/goals">{move || i18n.t(ct(ContentText::GoToGoals))}</a>
                    </p>
                </Show>
            </fieldset>
            <div class="content-theme__actions">
                <button type="button" class="button button--ghost content-theme__move" on:click=move |_| on_move.run(-1)
                    aria-label=move || labelled(i18n.get(), i18n.t(ct(ContentText::MoveUp)), &name.get())>
                    <span aria-hidden="true">"↑"</span>
                </button>
                <button type="button" class="button button--ghost content-theme__move" on:click=move |_| on_move.run(1)
                    aria-label=move || labelled(i18n.get(), i18n.t(ct(ContentText::MoveDown)), &name.get())>
                    <span aria-hidden="true">"↓"</span>
                </button>
                <button type="button" class="button button--ghost" on:click=move |_| on_remove.run(())>
                    {move || labelled(i18n.get(), i18n.t(ct(ContentText::DeleteTheme)), &name.get())}
                </button>
            </div>
        </Fold>
    }
}

#[cfg(test)]
mod tests {
    use super::parse_share;

    #[test]
    fn shares_are_whole_percentages_capped_at_100() {
        assert_eq!(parse_share(" 25 "), Some(25));
        assert_eq!(parse_share("250"), Some(100));
        assert_eq!(parse_share(""), None);
        assert_eq!(parse_share("-3"), None);
        assert_eq!(parse_share("12.5"), None);
    }
}
