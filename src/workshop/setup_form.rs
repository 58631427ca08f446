//! The set-up section: the session's name, what every table starts from, the tables and the
//! agenda, each with its problems under it, and the way to start a new session.

use leptos::prelude::*;

use super::agenda_editor::AgendaEditor;
use super::edit::edit_session;
use super::new_session::NewSessionButton;
use super::problem_list::ProblemList;
use super::start_choice::StartChoice;
use super::table_list::TableList;
use super::use_workshop;
use crate::i18n::workshop_page::FacilitatorText as F;
use crate::model::workshop::SessionProblem;
use crate::state::use_locale;

/// The id of the session name input.
pub(super) const NAME_ID: &str = "workshop-session-name";

/// The set-up form of the open session.
#[component]
pub fn SetupForm() -> impl IntoView {
    let i18n = use_locale();
    let record = use_workshop().0;
    let name = move || {
        record.with(|r| {
            r.as_ref()
                .map(|r| r.session.name.clone())
                .unwrap_or_default()
        })
    };
    view! {
        <section class="workshop-section workshop-setup-section" aria-labelledby="workshop-setup-title">
            <div class="workshop-section__head">
                <h2 id="workshop-setup-title">{move || i18n.t(F::SetupHeading)}</h2>
                <NewSessionButton/>
            </div>
            <form class="workshop-setup card" on:submit=|ev| ev.prevent_default()>
                <div class="field">
                    <label for=NAME_ID>{move || i18n.t(F::SessionName)}</label>
                    <input id=NAME_ID name="session-name" type="text" autocomplete="off"
                        aria-describedby="workshop-session-name-hint workshop-session-name-problems"
                        prop:value=name
                        on:input:target=move |ev| {
                            let value = ev.target().value();
                            edit_session(record, |s| s.name = value);
                        }/>
                    <p id="workshop-session-name-hint" class="field__hint">
                        {move || i18n.t(F::SessionNameHint)}
                    </p>
                    <ProblemList id="workshop-session-name-problems"
                        belongs=|p, _, _| matches!(p,
                            SessionProblem::BadId | SessionProblem::NameEmpty
                            | SessionProblem::NameTooLong | SessionProblem::NameHasControl)/>
                </div>
                <StartChoice/>
                <TableList/>
                <AgendaEditor/>
            </form>
        </section>
    }
}
