//! The join page for a sound link: the session's name, what the tables start from, the agenda,
//! and one big button per table. Picking a table makes the table's own plan as a NEW plan
//! (`Workspace::join_workshop`) and opens it at step 1; nothing already on the device changes.
//!
//! When the tables start from the facilitator's plan, the plan comes from the link itself (read
//! through the import checks), or, when it did not fit or cannot be read here, from the file the
//! facilitator hands round ([`super::join_plan_file::JoinPlanFile`]); the table buttons wait for it.

use leptos::prelude::*;

use super::join_agenda::JoinAgenda;
use super::join_plan_file::JoinPlanFile;
use crate::i18n::examples::example_title;
use crate::i18n::workshop_join::JoinText as J;
use crate::i18n::{join_sentences, tf, AppText};
use crate::io::join::JoinPayload;
use crate::model::workshop::Start;
use crate::model::{Plan, Step};
use crate::state::join::{read_carried_plan, CarriedPlanError, JoinStart};
use crate::state::Toast;
use crate::state::{prefetch_examples, use_current_step, use_locale, use_route, use_workspace};
use crate::web::nav;

/// Where the facilitator's plan carried in the link stands.
#[derive(Clone)]
enum Carried {
    /// The link carries none (or the session does not start from a plan).
    None,
    Reading,
    Read,
    Failed(CarriedPlanError),
}

/// The session a sound join link carries, with its table buttons.
#[component]
pub fn JoinSession(payload: JoinPayload) -> impl IntoView {
    let i18n = use_locale();
    let ws = use_workspace();
    let route = use_route().0;
    let step = use_current_step().0;
    let JoinPayload {
        invite,
        plan_deflated,
    } = payload;
    let start = RwSignal::new(None::<JoinStart>);
    let carried = RwSignal::new(Carried::None);
    let joining = RwSignal::new(false);
    match invite.start {
        Start::Blank => start.set(Some(JoinStart::Blank)),
        Start::Example(example) => {
            start.set(Some(JoinStart::Example(example)));
            prefetch_examples();
        }
        Start::Plan => {
            if let Some(bytes) = plan_deflated {
                carried.set(Carried::Reading);
                leptos::task::spawn_local(async move {
                    match read_carried_plan(&bytes).await {
                        Ok(plan) => {
                            start.set(Some(JoinStart::Plan(Box::new(plan))));
                            carried.set(Carried::Read);
                        }
                        Err(err) => carried.set(Carried::Failed(err)),
                    }
                });
            }
        }
    }
    // A worked example that could not be downloaded leaves the page as it was: let the table
    // try again.
    Effect::new(move || {
        if matches!(ws.toast.get(), Some(Toast::PieceFailed)) {
            joining.set(false);
        }
    });

    let start_line = {
        let start = invite.start;
        move || match start {
            Start::Blank => i18n.t(J::StartsBlank).to_string(),
            Start::Example(example) => tf(
                i18n.get(),
                J::StartsExample,
                &[("name", &i18n.t(example_title(example)))],
            ),
            Start::Plan => i18n.t(J::StartsPlan).to_string(),
        }
    };
    let needs_file = invite.start == Start::Plan;
    let plan_source = move || {
        if !needs_file {
            return ().into_any();
        }
        match carried.get() {
            Carried::Read => ().into_any(),
            Carried::Reading => {
                view! { <p role="status">{move || i18n.t(J::PlanReading)}</p> }.into_any()
            }
            Carried::None | Carried::Failed(_) => {
                let reason = Signal::derive(move || match carried.get() {
                    Carried::Failed(CarriedPlanError::Refused(err)) => {
                        let l = i18n.get();
                        let why = err.message(l);
                        join_sentences(l, [i18n.t(J::PlanCarriedFailed), why.as_str()])
                    }
                    Carried::Failed(CarriedPlanError::ReaderMissing) => join_sentences(
                        i18n.get(),
                        [i18n.t(AppText::PieceFailed), i18n.t(J::PlanNeeded)],
                    ),
                    Carried::Failed(CarriedPlanError::Inflate) => {
                        i18n.t(J::PlanCarriedFailed).to_string()
                    }
                    _ => i18n.t(J::PlanNeeded).to_string(),
                });
                let on_plan = Callback::new(move |plan: Plan| {
                    start.set(Some(JoinStart::Plan(Box::new(plan))));
                });
                view! { <JoinPlanFile reason=reason on_plan=on_plan/> }.into_any()
            }
        }
    };

    // Opening the link again (a reload, a second scan) should not leave a table with two plans
    // by mistake: the plan already open for this session is offered first.
    let mine = ws
        .store
        .get_untracked()
        .with_untracked(|plan| plan.workshop.clone())
        .filter(|tag| tag.session_id == invite.session_id && !tag.is_merged())
        .map(|tag| {
            let table = tag.table;
            let text = move || tf(i18n.get(), J::AlreadyJoined, &[("table", &table)]);
            let carry_on = move |_| nav::replace_with_step(route, step, Step::FIRST);
            view! {
                <section class="card join-page__mine">
                    <p>{text}</p>
                    <button type="button" class="button button--primary join-page__continue" on:click=carry_on>
                        {move || i18n.t(J::ContinueJoined)}
                    </button>
                </section>
            }
        });
    let invite = StoredValue::new(invite);
    let join = move |table: String| {
        if joining.get_untracked() {
            return;
        }
        let Some(chosen) = start.get_untracked() else {
            return;
        };
        joining.set(true);
        let opened = Callback::new(move |_| nav::replace_with_step(route, step, Step::FIRST));
        let locale = i18n.0.get_untracked();
        let done =
            invite.with_value(|invite| ws.join_workshop(invite, &table, chosen, locale, opened));
        if done.is_err() {
            joining.set(false);
        }
    };
    let waiting = move || start.with(Option::is_none) || joining.get();
    let tables = invite
        .with_value(|invite| invite.tables.clone())
        .into_iter()
        .map(|table| {
            let name = table.clone();
            view! {
                <li>
                    <button
                        type="button"
                        class="button button--primary join-table"
                        disabled=waiting
                        aria-describedby="join-tables-status"
                        on:click=move |_| join(table.clone())
                    >
                        {name}
                    </button>
                </li>
            }
        })
        .collect_view();
    let status = move || {
        if joining.get() {
            i18n.t(J::Joining)
        } else if start.with(Option::is_none) {
            i18n.t(J::PlanFirst)
        } else {
            ""
        }
    };
    let session_name = invite.with_value(|invite| invite.session_name.clone());
    let agenda = invite.with_value(|invite| invite.agenda.clone());

    view! {
        <header class="join-page__header">
            <h1 id="join-title" tabindex="-1">{move || i18n.t(J::Heading)}</h1>
            <p class="join-page__session">
                <span class="join-page__session-label">{move || i18n.t(J::SessionLabel)}</span>
                " "
                <strong class="join-page__session-name">{session_name}</strong>
            </p>
            <p class="join-page__intro">{move || i18n.t(J::Intro)}</p>
            <p class="join-page__start">{start_line}</p>
        </header>
        {mine}
        {plan_source}
        <section class="join-page__tables" aria-labelledby="join-tables-title">
            <h2 id="join-tables-title">{move || i18n.t(J::TablesHeading)}</h2>
            <ul class="join-tables">{tables}</ul>
            <p id="join-tables-status" class="join-page__status" role="status" aria-live="polite">
                {status}
            </p>
        </section>
        <JoinAgenda agenda=agenda/>
    }
}
