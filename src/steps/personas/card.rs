//! One persona as a card: avatar, name, priority and completeness always in view; the field
//! groups of the method below a disclosure button; the card's own checks under their fields.

use leptos::html::Input;
use leptos::prelude::*;
use reactive_stores::{Field, Store};

use super::{
    PersonaAction, PersonaAgeField, PersonaAvatar, PersonaAvatarField, PersonaCardActions,
    PersonaMeter, PersonaNameField, PersonaPlatformsField, PersonaPriorityField,
};
use crate::i18n::personas::shown_name;
use crate::i18n::personas::{named, PersonaText};
use crate::i18n::Key;
use crate::model::checks::{
    persona_completeness, personas_findings, Completeness, FieldRef, FindingKind, PersonaPart,
};
use crate::model::{Id, Persona, PersonaPriority, PersonaStoreFields, Plan, PlanStoreFields};
use crate::state::use_locale;
use crate::widgets::{anchor_id, ChipsField, TextField};

/// A persona card.
#[component]
pub fn PersonaCard(
    /// The open plan (for the other personas and the plan's platforms).
    store: Store<Plan>,
    /// The persona's id.
    id: Id,
    /// The persona.
    #[prop(into)]
    row: Field<Persona>,
    /// Whether the fields start expanded.
    expanded: bool,
    /// When it holds this card's id, the card focuses its name field and clears it.
    focus_request: RwSignal<Option<Id>>,
    /// Runs an action on this persona (duplicate, move, delete).
    on_action: Callback<(Id, PersonaAction)>,
) -> impl IntoView {
    let i18n = use_locale();
    // The coach's checks link here (see `anchor_id`).
    let card_id = anchor_id(FieldRef::Persona(id));
    let heading_id = format!("{card_id}-heading");
    let body_id = format!("{card_id}-body");
    let labelled_by = heading_id.clone();
    let expanded = RwSignal::new(expanded);
    let name_touched = RwSignal::new(false);
    let name_ref = NodeRef::<Input>::new();

    let name = Signal::derive(move || row.name().try_get().unwrap_or_default());
    let label_name = Signal::derive(move || {
        name.with(|n| shown_name(n, i18n.t(Key::Personas(PersonaText::UnnamedPersona))))
    });
    let completeness: Memo<Completeness<PersonaPart>> = Memo::new(move |_| {
        row.try_with(persona_completeness)
            .unwrap_or_else(|| persona_completeness(&Persona::default()))
    });
    // The card's findings come from the whole list (a duplicate name needs the others).
    let findings = Memo::new(move |_| {
        store.personas().with(|all| {
            personas_findings(all)
                .into_iter()
                .filter(|f| f.target.record() == Some(id))
                .collect::<Vec<_>>()
        })
    });
    let kinds_of = move |part: PersonaPart| {
        Signal::derive(move || {
            findings.with(|list| {
                list.iter()
                    .filter(|f| f.target == FieldRef::PersonaField(id, part))
                    .map(|f| f.kind.clone())
                    .collect::<Vec<FindingKind>>()
            })
        })
    };
    let name_kinds = {
        let all = kinds_of(PersonaPart::Name);
        // "No name yet" waits until the name field was left or something else is filled in.
        Signal::derive(move || {
            let show_missing = name_touched.get() || completeness.with(|c| c.done > 0);
            all.get()
                .into_iter()
                .filter(|k| show_missing || *k != FindingKind::PersonaWithoutName)
                .collect::<Vec<_>>()
        })
    };
    let position = Memo::new(move |_| {
        store.personas().with(|all| {
            let index = all.iter().position(|p| p.id == id);
            (index == Some(0), index.is_some_and(|i| i + 1 == all.len()))
        })
    });

    Effect::new(move || {
        if focus_request.get() == Some(id) {
            if let Some(input) = name_ref.get() {
                focus_request.set(None);
                expanded.set(true);
                // After the body is shown: a hidden input cannot take focus.
                request_animation_frame(move || {
                    let _ = input.focus();
                });
            }
        }
    });

    let priority = move || {
        let key = match row.priority().try_get() {
            Some(PersonaPriority::Secondary) => PersonaText::PrioritySecondary,
            _ => PersonaText::PriorityPrimary,
        };
        i18n.t(Key::Personas(key))
    };
    let toggle_label = move || {
        let key = if expanded.get() {
            PersonaText::HideFields
        } else {
            PersonaText::ShowFields
        };
        (
            key,
            named(i18n.get(), i18n.t(Key::Personas(key)), &label_name.get()),
        )
    };
    let group = |heading: PersonaText, body: AnyView| {
        view! {
            <section class="persona-group">
                <h4 class="persona-group__heading">{move || i18n.t(Key::Personas(heading))}</h4>
                {body}
            </section>
        }
    };
    let chips = |label: PersonaText, placeholder: PersonaText, values: Field<Vec<String>>| {
        view! {
            <ChipsField
                label=Key::Personas(label)
                values=values
                placeholder=Key::Personas(placeholder)
                class="persona-chips"
            />
        }
    };

    view! {
        <article
            id=card_id
            class=move || {
                if row.priority().try_get() == Some(PersonaPriority::Secondary) {
                    "card persona-card persona-card--secondary"
                } else {
                    "card persona-card"
                }
            }
            aria-labelledby=labelled_by
            tabindex="-1"
        >
            <header class="persona-card__header">
                <PersonaAvatar
                    avatar=Signal::derive(move || row.avatar().try_get().unwrap_or_default())
                    name=name
                    colour=Signal::derive(move || row.colour().try_get().unwrap_or_default())
                />
                <div class="persona-card__title">
                    <h3 id=heading_id class="persona-card__name">{label_name}</h3>
                    <p class="persona-card__priority">{priority}</p>
                </div>
                <button
                    type="button"
                    class="button button--secondary persona-card__toggle"
                    aria-expanded=move || if expanded.get() { "true" } else { "false" }
                    aria-controls=body_id.clone()
                    aria-label=move || toggle_label().1
                    on:click=move |_| expanded.update(|e| *e = !*e)
                >
                    <span class="persona-card__toggle-icon" aria-hidden="true">
                        {move || if expanded.get() { "▴" } else { "▾" }}
                    </span>
                    {move || i18n.t(Key::Personas(toggle_label().0))}
                </button>
            </header>
            <PersonaMeter completeness=completeness/>
            <PersonaCardActions
                name=label_name
                is_first=Signal::derive(move || position.get().0)
                is_last=Signal::derive(move || position.get().1)
                on_action=Callback::new(move |action| on_action.run((id, action)))
            />
            <div id=body_id class="persona-card__body" hidden=move || !expanded.get()>
                {group(PersonaText::GroupIdentity, view! {
                    <PersonaNameField
                        value=row.name()
                        kinds=name_kinds
                        input_ref=name_ref
                        on_blur=Callback::new(move |_| name_touched.set(true))
                    />
                    <PersonaAvatarField avatar=row.avatar() colour=row.colour() name=name/>
                    <PersonaPriorityField value=row.priority()/>
                }.into_any())}
                {group(PersonaText::GroupDemographics, view! {
                    <PersonaAgeField
                        min=row.age_min()
                        max=row.age_max()
                        kinds=kinds_of(PersonaPart::Demographics)
                    />
                    <div class="persona-grid">
                        <TextField label=Key::Personas(PersonaText::Gender) value=row.gender() placeholder=Key::Personas(PersonaText::GenderPlaceholder)/>
                        <TextField label=Key::Personas(PersonaText::Location) value=row.location() placeholder=Key::Personas(PersonaText::LocationPlaceholder)/>
                        <TextField label=Key::Personas(PersonaText::Occupation) value=row.occupation() placeholder=Key::Personas(PersonaText::OccupationPlaceholder)/>
                        <TextField label=Key::Personas(PersonaText::Income) value=row.income() placeholder=Key::Personas(PersonaText::IncomePlaceholder)/>
                    </div>
                }.into_any())}
                {group(PersonaText::GroupInterests, chips(PersonaText::Interests, PersonaText::InterestsPlaceholder, row.interests().into()).into_any())}
                {group(PersonaText::GroupInfoHabits, chips(PersonaText::InfoHabits, PersonaText::InfoHabitsPlaceholder, row.info_habits().into()).into_any())}
                {group(PersonaText::GroupSocial, chips(PersonaText::Social, PersonaText::SocialPlaceholder, row.social_behaviour().into()).into_any())}
                {group(PersonaText::GroupPains, chips(PersonaText::Pains, PersonaText::PainsPlaceholder, row.pains().into()).into_any())}
                {group(PersonaText::GroupGathering, view! {
                    <PersonaPlatformsField store=store selected=row.platforms()/>
                    {chips(PersonaText::Communities, PersonaText::CommunitiesPlaceholder, row.communities().into())}
                }.into_any())}
                {group(PersonaText::GroupTopics, chips(PersonaText::Topics, PersonaText::TopicsPlaceholder, row.topics().into()).into_any())}
                {group(PersonaText::GroupMotivators, chips(PersonaText::Motivators, PersonaText::MotivatorsPlaceholder, row.motivators().into()).into_any())}
                {group(PersonaText::GroupVoice, view! {
                    <TextField
                        label=Key::Personas(PersonaText::Quote)
                        value=row.quote()
                        placeholder=Key::Personas(PersonaText::QuotePlaceholder)
                        multiline=true
                        rows=2
                    />
                }.into_any())}
                {group(PersonaText::GroupSources, view! {
                    <TextField
                        label=Key::Personas(PersonaText::Sources)
                        value=row.sources()
                        hint=Key::Personas(PersonaText::SourcesHint)
                        multiline=true
                        rows=2
                    />
                }.into_any())}
            </div>
        </article>
    }
}
