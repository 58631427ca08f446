//! Step 5 · Team: the team model (compared, suggested by a questionnaire, chosen with a reason),
//! roles with their duties and skills, people and their load, the responsibility matrix, the
//! departments and meetings of cross-department work, and the approval and feedback paths.

use leptos::prelude::*;
use reactive_stores::{Field, Store};

use super::{
    offer_team_undo, person_name, update_team, TeamApprovalPath, TeamDepartments, TeamMeetingCard,
    TeamModelChoice, TeamModelCompare, TeamPersonCard, TeamQuestionnaire, TeamRaciTable,
    TeamRoleCard,
};
use crate::i18n::shared::SharedText;
use crate::i18n::team::{model_name, role_prefill, TeamText};
use crate::i18n::team_names::{role_kind_name, team_role_label};
use crate::i18n::{labelled, t, Key, Locale};
use crate::model::team_rules::{
    apply_one_person_business, fill_suggested_raci, recommend, remove_role, restore_role,
    team_assigned_percent,
};
use crate::model::{
    reinsert, take_by_id, Id, Meeting, MeetingStoreFields, Person, PersonStoreFields, Plan,
    PlanStoreFields, TeamRole, TeamRoleKind, TeamRoleStoreFields, TeamStoreFields,
};
use crate::state::allocate_id;
use crate::state::use_locale;
use crate::web::focus::{focus_after_paint, Reveal};
use crate::widgets::{EmptyState, Fold, TextField};

fn tt(k: TeamText) -> Key {
    Key::Team(k)
}

/// A new role of `kind` with the handbook's duties and skills in `locale`.
fn new_role(locale: Locale, id: Id, kind: TeamRoleKind) -> TeamRole {
    let (duties, skills) = role_prefill(locale, kind);
    TeamRole {
        id,
        kind,
        name: String::new(),
        duties,
        skills,
    }
}

/// Adds a role of `kind` and moves focus to it.
fn add_role(store: Store<Plan>, kind: TeamRoleKind, locale: Locale) {
    let id = allocate_id(store);
    store
        .team()
        .roles()
        .write()
        .push(new_role(locale, id, kind));
    focus_after_paint(format!("team-role-{id}"), Reveal::Nearest);
}

/// Adds the core roles the team does not have yet.
fn add_core_roles(store: Store<Plan>, locale: Locale) {
    let missing: Vec<TeamRoleKind> = store.team().roles().with_untracked(|roles| {
        TeamRoleKind::CORE
            .into_iter()
            .filter(|k| !roles.iter().any(|r| r.kind == *k))
            .collect()
    });
    let mut first = None;
    for kind in missing {
        let id = allocate_id(store);
        first.get_or_insert(id);
        store
            .team()
            .roles()
            .write()
            .push(new_role(locale, id, kind));
    }
    if let Some(id) = first {
        focus_after_paint(format!("team-role-{id}"), Reveal::Nearest);
    }
}

/// Sets the team up as a one-person business (undoable).
fn one_person(store: Store<Plan>, locale: Locale) {
    let before = store.team().get_untracked();
    let name = t(locale, tt(TeamText::OnePersonName)).to_string();
    // Ids come first: the plan cannot hand out ids while the team is being written.
    let mut ids: Vec<Id> = (0..=TeamRoleKind::CORE.len())
        .map(|_| allocate_id(store))
        .collect();
    ids.reverse();
    let mut person = 0;
    update_team(store, |team| {
        person = apply_one_person_business(
            team,
            || ids.pop().unwrap_or_default(),
            name,
            |id, kind| new_role(locale, id, kind),
        );
    });
    offer_team_undo(
        t(locale, tt(TeamText::OnePersonDone)).to_string(),
        move |team| {
            *team = before.clone();
        },
    );
    focus_after_paint(format!("team-person-{person}"), Reveal::Nearest);
}

fn add_person(store: Store<Plan>) {
    let id = allocate_id(store);
    store.team().people().write().push(Person {
        id,
        availability: 100,
        ..Person::default()
    });
    focus_after_paint(format!("team-person-{id}"), Reveal::Nearest);
}

fn add_meeting(store: Store<Plan>) {
    let id = allocate_id(store);
    store.team().meetings().write().push(Meeting {
        id,
        ..Meeting::default()
    });
    focus_after_paint(format!("team-meeting-{id}"), Reveal::Nearest);
}

fn delete_role(store: Store<Plan>, id: Id, locale: Locale) {
    let mut removed = None;
    update_team(store, |team| removed = remove_role(team, id));
    let Some(removed) = removed else {
        return;
    };
    let message = labelled(
        locale,
        t(locale, tt(TeamText::RoleDeleted)),
        &team_role_label(locale, &removed.role),
    );
    offer_team_undo(message, move |team| restore_role(team, removed.clone()));
}

fn delete_person(store: Store<Plan>, id: Id, locale: Locale) {
    let people = store.team().people();
    let Some((index, gone)) = people.try_update(|list| take_by_id(list, id)).flatten() else {
        return;
    };
    let message = labelled(
        locale,
        t(locale, tt(TeamText::PersonDeleted)),
        &person_name(locale, &gone),
    );
    offer_team_undo(message, move |team| {
        reinsert(&mut team.people, index, gone.clone());
    });
}

fn delete_meeting(store: Store<Plan>, id: Id, locale: Locale) {
    let meetings = store.team().meetings();
    let Some((index, gone)) = meetings.try_update(|list| take_by_id(list, id)).flatten() else {
        return;
    };
    let name = match gone.name.trim() {
        "" => t(locale, tt(TeamText::UnnamedMeeting)),
        name => name,
    };
    let message = labelled(locale, t(locale, Key::Shared(SharedText::Deleted)), name);
    offer_team_undo(message, move |team| {
        reinsert(&mut team.meetings, index, gone.clone());
    });
}

/// The team step's editor.
#[component]
pub fn TeamStep(
    /// The open plan.
    store: Store<Plan>,
) -> impl IntoView {
    let i18n = use_locale();
    // A fresh store has no keys yet: register them before the first keyed write.
    crate::state::refresh_keys(store);
    let team = store.team();
    let roles = team.roles();
    let people = team.people();
    let meetings = team.meetings();

    let recommendation = Memo::new(move |_| team.questionnaire().with(recommend));
    let suggested = Signal::derive(move || recommendation.get().map(|r| r.model));
    let chosen = Signal::derive(move || team.model().get());
    let has_roles = move || roles.with(|r| !r.is_empty());
    let has_people = move || people.with(|p| !p.is_empty());
    let missing_core = move || {
        roles.with(|r| {
            !r.is_empty()
                && TeamRoleKind::CORE
                    .iter()
                    .any(|k| !r.iter().any(|role| role.kind == *k))
        })
    };
    let team_fte = move || {
        let percent = team.with(team_assigned_percent);
        labelled(
            i18n.get(),
            i18n.t(tt(TeamText::TeamTotal)),
            &format!(
                "{} {}",
                crate::i18n::team::fte_text(percent),
                i18n.t(tt(TeamText::Fte))
            ),
        )
    };

    let optional_buttons = TeamRoleKind::OPTIONAL.map(|kind| {
        view! {
            <button type="button" class="button button--secondary" on:click=move |_| add_role(store, kind, i18n.0.get_untracked())>
                "+ " {move || role_kind_name(i18n.get(), kind)}
            </button>
        }
    });
    let feedback: Field<String> = team.feedback_path().into();

    view! {
        <div class="team-editor">
            <section class="step-section" aria-labelledby="team-model-heading">
                <h2 id="team-model-heading">{move || i18n.t(tt(TeamText::ModelHeading))}</h2>
                <p class="step-section__intro">{move || i18n.t(tt(TeamText::ModelIntro))}</p>
                <Fold
                    class="team-fold"
                    name=Signal::derive(move || i18n.t(tt(TeamText::CompareCaption)).to_string())
                >
                    <TeamModelCompare chosen=chosen suggested=suggested/>
                </Fold>
                <div class="team-model-grid">
                    <Fold
                        class="team-fold"
                        name=Signal::derive(move || i18n.t(tt(TeamText::QuestionsHeading)).to_string())
                        fact=Signal::derive(move || {
                            let locale = i18n.get();
                            recommendation
                                .get()
                                .map(|r| labelled(locale, i18n.t(tt(TeamText::RecommendedModel)), model_name(locale, r.model)))
                                .unwrap_or_default()
                        })
                    >
                        <TeamQuestionnaire store=store recommendation=recommendation/>
                    </Fold>
                    <div>
                        <TeamModelChoice store=store suggested=suggested/>
                    </div>
                </div>
            </section>

            <section class="step-section" aria-labelledby="team-roles-heading">
                <h2 id="team-roles-heading">{move || i18n.t(tt(TeamText::RolesHeading))}</h2>
                <p class="step-section__intro">{move || i18n.t(tt(TeamText::RolesIntro))}</p>
                <div class="team-presets">
                    <button type="button" class="button button--secondary" aria-describedby="team-one-person-hint" on:click=move |_| one_person(store, i18n.0.get_untracked())>
                        {move || i18n.t(tt(TeamText::OnePerson))}
                    </button>
                    <p class="field__hint" id="team-one-person-hint">{move || i18n.t(tt(TeamText::OnePersonHint))}</p>
                </div>
                <Show when=move || !has_roles()>
                    <EmptyState
                        why=tt(TeamText::RolesEmptyWhy)
                        action=tt(TeamText::AddCoreRoles)
                        on_action=Callback::new(move |_| add_core_roles(store, i18n.0.get_untracked()))
                        on_example=Callback::new(move |_| one_person(store, i18n.0.get_untracked()))
                    />
                </Show>
                <div class="team-role-list" id="team-roles" tabindex="-1">
                    <For each=move || roles key=|row| row.id().get() let:row>
                        {
                            let id = row.id().get_untracked();
                            view! {
                                <TeamRoleCard
                                    store=store
                                    row=row
                                    on_remove=Callback::new(move |_| delete_role(store, id, i18n.0.get_untracked()))
                                />
                            }
                        }
                    </For>
                </div>
                <Fold class="team-fold team-add-roles" name=Signal::derive(move || i18n.t(tt(TeamText::OptionalRoles)).to_string())>
                    <div class="team-add-roles__buttons" role="group" aria-label=move || i18n.t(tt(TeamText::OptionalRoles))>
                        <Show when=missing_core>
                            <button type="button" class="button button--secondary" on:click=move |_| add_core_roles(store, i18n.0.get_untracked())>
                                "+ " {move || i18n.t(tt(TeamText::AddCoreRoles))}
                            </button>
                        </Show>
                        {optional_buttons}
                        <button type="button" class="button button--secondary" on:click=move |_| add_role(store, TeamRoleKind::Custom, i18n.0.get_untracked())>
                            "+ " {move || i18n.t(tt(TeamText::AddCustomRole))}
                        </button>
                    </div>
                </Fold>
            </section>

            <section class="step-section" aria-labelledby="team-people-heading">
                <h2 id="team-people-heading">{move || i18n.t(tt(TeamText::PeopleHeading))}</h2>
                <p class="step-section__intro">{move || i18n.t(tt(TeamText::PeopleIntro))}</p>
                <Show when=move || !has_people()>
                    <EmptyState
                        why=tt(TeamText::PeopleEmptyWhy)
                        action=tt(TeamText::AddPerson)
                        on_action=Callback::new(move |_| add_person(store))
                        on_example=Callback::new(move |_| one_person(store, i18n.0.get_untracked()))
                    />
                </Show>
                <div class="team-person-list" id="team-people" tabindex="-1">
                    <For each=move || people key=|row| row.id().get() let:row>
                        {
                            let id = row.id().get_untracked();
                            view! {
                                <TeamPersonCard
                                    store=store
                                    row=row
                                    on_remove=Callback::new(move |_| delete_person(store, id, i18n.0.get_untracked()))
                                />
                            }
                        }
                    </For>
                </div>
                <Show when=has_people>
                    <p class="team-total">{team_fte}</p>
                    <button type="button" class="button button--primary" on:click=move |_| add_person(store)>
                        "+ " {move || i18n.t(tt(TeamText::AddPerson))}
                    </button>
                </Show>
            </section>

            <section class="step-section" aria-labelledby="team-raci-heading" id="team-raci" tabindex="-1">
                <h2 id="team-raci-heading">{move || i18n.t(tt(TeamText::RaciHeading))}</h2>
                <p class="step-section__intro">{move || i18n.t(tt(TeamText::RaciIntro))}</p>
                <TeamRaciTable store=store/>
                <Show when=has_roles>
                    <button type="button" class="button button--secondary" on:click=move |_| update_team(store, fill_suggested_raci)>
                        {move || i18n.t(tt(TeamText::RaciSuggest))}
                    </button>
                </Show>
            </section>

            <section class="step-section" aria-labelledby="team-collab-heading">
                <h2 id="team-collab-heading">{move || i18n.t(tt(TeamText::CollaborationHeading))}</h2>
                <p class="step-section__intro">{move || i18n.t(tt(TeamText::CollaborationIntro))}</p>
                <TeamDepartments store=store/>
                <h3 class="team-subheading">{move || i18n.t(tt(TeamText::MeetingsHeading))}</h3>
                <Show when=move || meetings.with(|m| m.is_empty())>
                    <p class="empty-state__why">{move || i18n.t(tt(TeamText::MeetingsEmpty))}</p>
                </Show>
                <div class="team-meeting-list" id="team-meetings" tabindex="-1">
                    <For each=move || meetings key=|row| row.id().get() let:row>
                        {
                            let id = row.id().get_untracked();
                            view! {
                                <TeamMeetingCard
                                    row=row
                                    on_remove=Callback::new(move |_| delete_meeting(store, id, i18n.0.get_untracked()))
                                />
                            }
                        }
                    </For>
                </div>
                <button type="button" class="button button--secondary" on:click=move |_| add_meeting(store)>
                    "+ " {move || i18n.t(tt(TeamText::AddMeeting))}
                </button>
            </section>

            <section class="step-section" aria-labelledby="team-approval-heading">
                <h2 id="team-approval-heading">{move || i18n.t(tt(TeamText::ApprovalHeading))}</h2>
                <p class="step-section__intro">{move || i18n.t(tt(TeamText::ApprovalIntro))}</p>
                <TeamApprovalPath store=store/>
                <div id="team-feedback" tabindex="-1">
                    <TextField
                        label=tt(TeamText::FeedbackLabel)
                        value=feedback
                        hint=tt(TeamText::FeedbackHint)
                        placeholder=tt(TeamText::FeedbackPlaceholder)
                        multiline=true
                        rows=3
                    />
                </div>
            </section>
        </div>
    }
}
