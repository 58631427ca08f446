//! Step 4 · SMART goals: goal cards with a live sentence, the SMART check letter by letter, the
//! handbook's three conversions as templates, and progress against the target.

use leptos::prelude::*;
use reactive_stores::Store;

use super::GoalCard;
use crate::i18n::goal_editor::GoalText;
use crate::i18n::goals::goal_name;
use crate::i18n::shared::SharedText;
use crate::i18n::{copy_name, t, Key, Locale};
use crate::model::goal_templates::GoalTemplate;
use crate::model::{reinsert, take_by_id, Goal, GoalStoreFields, Id, Plan, PlanStoreFields};
use crate::state::allocate_id;
use crate::state::use_locale;
use crate::widgets::{offer_undo, EmptyState};

fn gt(k: GoalText) -> Key {
    Key::Goals(k)
}

/// The button label and the goal title of a template.
fn template_words(template: GoalTemplate) -> (GoalText, GoalText) {
    match template {
        GoalTemplate::WeiboFollowers => (GoalText::TemplateWeibo, GoalText::TitleWeibo),
        GoalTemplate::TopicDiscussion => (GoalText::TemplateTopic, GoalText::TitleTopic),
        GoalTemplate::ResponseRate => (GoalText::TemplateResponse, GoalText::TitleResponse),
    }
}

fn focus_goal(id: Id) {
    crate::web::focus::focus_after_paint(format!("goal-{id}"), crate::web::focus::Reveal::Nearest);
}

/// Adds an empty goal.
fn add_goal(store: Store<Plan>) {
    let id = allocate_id(store);
    store.goals().write().push(Goal {
        id,
        ..Default::default()
    });
    focus_goal(id);
}

/// Adds a goal from `template`, titled in `locale`.
fn add_from_template(store: Store<Plan>, template: GoalTemplate, locale: Locale) {
    let today = crate::web::browser::today();
    let mut goal = store.with_untracked(|plan| template.goal(plan, today));
    goal.id = allocate_id(store);
    goal.title = t(locale, gt(template_words(template).1)).to_string();
    let id = goal.id;
    store.goals().write().push(goal);
    focus_goal(id);
}

/// Adds a copy of goal `id` right after it (its progress entries get fresh ids).
fn duplicate_goal(store: Store<Plan>, id: Id, locale: Locale) {
    let Some((index, mut copy)) = store.goals().with_untracked(|goals| {
        goals
            .iter()
            .position(|g| g.id == id)
            .map(|i| (i, goals[i].clone()))
    }) else {
        return;
    };
    copy.id = allocate_id(store);
    for entry in copy.progress.iter_mut() {
        entry.id = allocate_id(store);
    }
    copy.title = copy_name(locale, &goal_name(locale, &copy));
    let new_id = copy.id;
    store.goals().write().insert(index + 1, copy);
    focus_goal(new_id);
}

/// Removes goal `id` and offers to undo it.
fn remove_goal(store: Store<Plan>, id: Id, locale: Locale) {
    let Some((index, goal)) = store
        .goals()
        .try_update(|list| take_by_id(list, id))
        .flatten()
    else {
        return;
    };
    let message = format!(
        "{} {}",
        t(locale, Key::Shared(SharedText::Deleted)),
        goal_name(locale, &goal)
    );
    offer_undo(message, move |store| {
        let restored = store
            .goals()
            .try_update(|list| reinsert(list, index, goal.clone()));
        if restored == Some(true) {
            focus_goal(id);
        }
    });
}

/// The goals step's editor.
#[component]
pub fn GoalsStep(
    /// The open plan.
    store: Store<Plan>,
) -> impl IntoView {
    let i18n = use_locale();
    let goals = store.goals();
    let has_goals = move || goals.with(|g| !g.is_empty());
    let template_buttons = GoalTemplate::ALL.map(|template| {
        view! {
            <button type="button" class="button button--secondary" on:click=move |_| add_from_template(store, template, i18n.get())>
                "+ " {move || i18n.t(gt(template_words(template).0))}
            </button>
        }
    });

    view! {
        <div class="goals-step">
            <section class="step-section" aria-labelledby="goals-heading">
                <h2 id="goals-heading">{move || i18n.t(gt(GoalText::ListHeading))}</h2>
                <p class="step-section__intro">{move || i18n.t(gt(GoalText::ListIntro))}</p>
                <Show when=has_goals fallback=move || view! {
                    <EmptyState
                        why=gt(GoalText::EmptyWhy)
                        action=gt(GoalText::AddGoal)
                        on_action=Callback::new(move |_| add_goal(store))
                        on_example=Callback::new(move |_| add_from_template(store, GoalTemplate::WeiboFollowers, i18n.0.get_untracked()))
                    />
                }>
                    ""
                </Show>
                <div class="goal-list" id="goals-list" tabindex="-1">
                    <For each=move || goals key=|row| row.id().get() let:row>
                        {
                            let id = row.id().get_untracked();
                            view! {
                                <GoalCard
                                    store=store
                                    row=row
                                    on_duplicate=Callback::new(move |_| duplicate_goal(store, id, i18n.0.get_untracked()))
                                    on_remove=Callback::new(move |_| remove_goal(store, id, i18n.0.get_untracked()))
                                />
                            }
                        }
                    </For>
                </div>
                <Show when=has_goals>
                    <button type="button" class="button button--primary goals-step__add" on:click=move |_| add_goal(store)>
                        "+ " {move || i18n.t(gt(GoalText::AddGoal))}
                    </button>
                </Show>
                <div class="goal-templates" role="group" aria-labelledby="goal-templates-heading">
                    <h3 id="goal-templates-heading">{move || i18n.t(gt(GoalText::Templates))}</h3>
                    <div class="goal-templates__buttons">{template_buttons}</div>
                </div>
            </section>
        </div>
    }
}
