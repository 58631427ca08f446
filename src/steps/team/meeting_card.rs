//! One recurring meeting: name, how often, who attends and what it is for; on a phone it folds
//! to its name and how often.

use leptos::prelude::*;
use reactive_stores::Field;

use crate::i18n::team::{cadence_name, TeamText};
use crate::i18n::{labelled, Key};
use crate::model::{Cadence, Meeting, MeetingStoreFields};
use crate::state::use_locale;
use crate::widgets::{dom_id, ChipsField, Fold, TextField};

fn tt(k: TeamText) -> Key {
    Key::Team(k)
}

const CADENCES: [Cadence; 5] = [
    Cadence::Daily,
    Cadence::Weekly,
    Cadence::Fortnightly,
    Cadence::Monthly,
    Cadence::Quarterly,
];

/// A meeting's card.
#[component]
pub fn TeamMeetingCard(
    /// The meeting row.
    #[prop(into)]
    row: Field<Meeting>,
    /// Deletes this meeting (with undo).
    on_remove: Callback<()>,
) -> impl IntoView {
    let i18n = use_locale();
    let id = row.with_untracked(|m| m.id);
    let label = Signal::derive(move || {
        row.try_with(|m| {
            let name = m.name.trim();
            if name.is_empty() {
                i18n.t(tt(TeamText::UnnamedMeeting)).to_string()
            } else {
                name.to_string()
            }
        })
        .unwrap_or_default()
    });
    let cadence = row.cadence();
    let cadence_id = dom_id("team-cadence");
    let options = CADENCES.map(|c| {
        view! { <option value=format!("{c:?}") prop:selected=move || cadence.try_get() == Some(c)>{move || cadence_name(i18n.get(), c)}</option> }
    });
    let name: Field<String> = row.name().into();
    let participants: Field<Vec<String>> = row.participants().into();
    let purpose: Field<String> = row.purpose().into();
    view! {
        <Fold
            id=format!("team-meeting-{id}")
            class="card team-meeting"
            name=label
            fact=Signal::derive(move || cadence.try_get().map(|c| cadence_name(i18n.get(), c).to_string()).unwrap_or_default())
        >
            <div class="team-meeting__grid">
                <TextField label=tt(TeamText::MeetingNameLabel) value=name placeholder=tt(TeamText::MeetingNamePlaceholder)/>
                <div class="field">
                    <label for=cadence_id.clone()>{move || i18n.t(tt(TeamText::CadenceLabel))}</label>
                    <select id=cadence_id on:change:target=move |ev| {
                        let text = ev.target().value();
                        if let Some(c) = CADENCES.into_iter().find(|c| format!("{c:?}") == text) {
                            cadence.set(c);
                        }
                    }>{options}</select>
                </div>
            </div>
            <ChipsField label=tt(TeamText::ParticipantsLabel) values=participants/>
            <TextField label=tt(TeamText::PurposeLabel) value=purpose/>
            <div class="team-card__actions">
                <button type="button" class="button button--ghost" on:click=move |_| on_remove.run(())>
                    {move || labelled(i18n.get(), i18n.t(tt(TeamText::DeleteMeeting)), &label.get())}
                </button>
            </div>
        </Fold>
    }
}
