//! What a slide shows, and its heading as one line (for the live announcement): the title slide,
//! the strategic roles and a step with nothing decided are drawn here; the other kinds have
//! files of their own.

use leptos::prelude::*;

use super::content_slides::{month_slide, theme_mix_slide};
use super::goals_slide::goals_slide;
use super::persona_slide::persona_slide;
use super::team_slides::{raci_slide, team_model_slide};
use super::voice_slide::traits_slide;
use crate::i18n::calendar::month_title;
use crate::i18n::handbook::HandbookText as H;
use crate::i18n::personas::shown_name;
use crate::i18n::present::{piece_text, RoomPieceText as P};
use crate::i18n::strategy::role_label;
use crate::i18n::team::{model_texts, TeamText};
use crate::i18n::{labelled, step_counter, step_name, step_question, t, Key, Locale};
use crate::model::slides::Slide;
use crate::model::{Plan, Step};

/// A slide's heading: what the slide is about.
pub fn slide_title(slide: &Slide, plan: &Plan, l: Locale) -> String {
    match slide {
        Slide::Title => plan_title(plan, l),
        Slide::Persona(id) => plan
            .personas
            .iter()
            .find(|p| p.id == *id)
            .map(|p| shown_name(&p.name, t(l, H::Untitled)))
            .unwrap_or_default(),
        Slide::Roles => t(l, H::Roles).to_string(),
        Slide::Traits(_) => t(l, H::Personality).to_string(),
        Slide::TeamModel => plan
            .team
            .model
            .map(|m| t(l, Key::Team(model_texts(m)[0])).to_string())
            .unwrap_or_default(),
        Slide::Raci(_) => t(l, Key::Team(TeamText::RaciHeading)).to_string(),
        Slide::ThemeMix(_) => t(l, H::Themes).to_string(),
        Slide::Month { year, month } => month_title(l, *year, *month),
        other => t(l, step_name(other.step())).to_string(),
    }
}

/// The plan's name, or the handbook's title when it has none.
fn plan_title(plan: &Plan, l: Locale) -> String {
    let name = plan.name.trim();
    if name.is_empty() {
        t(l, H::DocumentTitle).to_string()
    } else {
        name.to_string()
    }
}

/// The small line above a slide's heading: the step's number and name (only its number where
/// the heading already names the step).
fn eyebrow(step: Step, heading: &str, l: Locale) -> AnyView {
    let name = t(l, step_name(step));
    let steps = Step::ALL.iter().filter(|s| s.number().is_some()).count();
    let text = match step.number() {
        Some(n) if heading == name => step_counter(l, n, steps),
        Some(n) => format!("{n} · {name}"),
        None => name.to_string(),
    };
    view! { <p class="slide__eyebrow">{text}</p> }.into_any()
}

/// The whole slide.
pub fn slide_body(slide: &Slide, plan: &Plan, l: Locale, today: chrono::NaiveDate) -> AnyView {
    let heading = slide_title(slide, plan, l);
    let top = eyebrow(slide.step(), &heading, l);
    let content = match slide {
        Slide::Title => title_slide(plan, l),
        Slide::Roles => roles_slide(plan, l),
        Slide::Persona(id) => persona_slide(plan, *id, l),
        Slide::Traits(ids) => traits_slide(plan, ids, l),
        Slide::Goals(ids) => goals_slide(plan, ids, l, today),
        Slide::TeamModel => team_model_slide(plan, l),
        Slide::Raci(ids) => raci_slide(plan, ids, l),
        Slide::ThemeMix(ids) => theme_mix_slide(plan, ids, l),
        Slide::Month { year, month } => month_slide(plan, *year, *month, l),
        Slide::Missing(step) => missing_slide(*step, l),
    };
    let kind = match slide {
        Slide::Title => "title",
        Slide::Roles => "roles",
        Slide::Persona(_) => "persona",
        Slide::Traits(_) => "traits",
        Slide::Goals(_) => "goals",
        Slide::TeamModel => "team-model",
        Slide::Raci(_) => "raci",
        Slide::ThemeMix(_) => "themes",
        Slide::Month { .. } => "month",
        Slide::Missing(_) => "missing",
    };
    view! {
        <div class=format!("slide__inner slide--{kind}")>
            {top}
            <h1 class="slide__title" id="slide-title">{heading}</h1>
            {content}
        </div>
    }
    .into_any()
}

fn title_slide(plan: &Plan, l: Locale) -> AnyView {
    let organisation = plan.organisation.trim().to_string();
    view! {
        <p class="slide__lead">{t(l, H::DocumentTitle)}</p>
        {(!organisation.is_empty()).then(|| view! { <p class="slide__sub">{organisation}</p> })}
    }
    .into_any()
}

fn roles_slide(plan: &Plan, l: Locale) -> AnyView {
    let s = &plan.strategy;
    // The primary role first, then the others in the plan's order.
    let mut roles: Vec<_> = s.roles.iter().collect();
    roles.sort_by_key(|r| s.primary_role != Some(r.id));
    let items = roles
        .into_iter()
        .map(|role| {
            let primary = s.primary_role == Some(role.id);
            let why = role.why.trim().to_string();
            view! {
                <li class="slide-role" class:slide-role--primary=primary>
                    <p class="slide-role__name">
                        {role_label(l, role)}
                        {primary.then(|| view! { <span class="slide-badge">{t(l, H::PrimaryMark)}</span> })}
                    </p>
                    {(!why.is_empty()).then(|| view! { <p class="slide-role__why">{why}</p> })}
                </li>
            }
        })
        .collect::<Vec<_>>();
    let vision = s.vision.trim().to_string();
    view! {
        <ul class="slide-list slide-roles">{items}</ul>
        {(!vision.is_empty()).then(|| view! {
            <p class="slide__foot"><strong>{labelled(l, t(l, H::Vision), "")}" "</strong>{vision}</p>
        })}
    }
    .into_any()
}

fn missing_slide(step: Step, l: Locale) -> AnyView {
    view! {
        <p class="slide__lead slide__missing">{piece_text(l, P::Missing)}</p>
        <p class="slide__sub">{t(l, Key::Steps(step_question(step)))}</p>
    }
    .into_any()
}
