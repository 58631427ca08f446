//! Asks for a plan's name and organisation, to create a plan or rename the open one.

use leptos::prelude::*;

use crate::i18n::AppText;
use crate::i18n::Key;
use crate::model::PlanStoreFields;
use crate::state::use_locale;
use crate::state::use_workspace;
use crate::widgets::Modal;

/// Whether the dialog creates a plan or renames the open one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanDetailsMode {
    New,
    Rename,
}

/// The new-plan / rename dialog.
#[component]
pub fn PlanDetailsDialog(open: RwSignal<bool>, mode: RwSignal<PlanDetailsMode>) -> impl IntoView {
    let i18n = use_locale();
    let ws = use_workspace();
    let name = RwSignal::new(String::new());
    let organisation = RwSignal::new(String::new());
    Effect::new(move || {
        if open.get() {
            let store = ws.store.get_untracked();
            match mode.get_untracked() {
                PlanDetailsMode::New => {
                    name.set(String::new());
                    organisation.set(String::new());
                }
                PlanDetailsMode::Rename => {
                    name.set(store.name().get_untracked());
                    organisation.set(store.organisation().get_untracked());
                }
            }
        }
    });
    let title = Signal::derive(move || {
        i18n.t(match mode.get() {
            PlanDetailsMode::New => Key::App(AppText::PlanNew),
            PlanDetailsMode::Rename => Key::App(AppText::PlanRename),
        })
        .to_string()
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match mode.get_untracked() {
            PlanDetailsMode::New => ws.new_plan(
                name.get_untracked(),
                organisation.get_untracked(),
                i18n.get(),
            ),
            PlanDetailsMode::Rename => {
                ws.rename(name.get_untracked(), organisation.get_untracked())
            }
        }
        open.set(false);
    };
    view! {
        <Modal open=open title=title title_id="plan-details-title">
            <form class="form-stack" on:submit=submit>
                <div class="field">
                    <label for="plan-name">{move || i18n.t(Key::App(AppText::PlanNameLabel))}</label>
                    <input id="plan-name" type="text" required autocomplete="off" maxlength="120" bind:value=name/>
                </div>
                <div class="field">
                    <label for="plan-organisation">{move || i18n.t(Key::App(AppText::PlanOrganisationLabel))}</label>
                    <input
                        id="plan-organisation"
                        type="text"
                        autocomplete="organization"
                        maxlength="120"
                        aria-describedby="plan-organisation-hint"
                        bind:value=organisation
                    />
                    <p id="plan-organisation-hint" class="field__hint">{move || i18n.t(Key::App(AppText::PlanOrganisationHint))}</p>
                </div>
                <div class="dialog-actions">
                    <button type="button" class="button button--secondary" on:click=move |_| open.set(false)>
                        {move || i18n.t(Key::App(AppText::Cancel))}
                    </button>
                    <button type="submit" class="button button--primary">
                        {move || i18n.t(match mode.get() {
                            PlanDetailsMode::New => Key::App(AppText::Create),
                            PlanDetailsMode::Rename => Key::App(AppText::Save),
                        })}
                    </button>
                </div>
            </form>
        </Modal>
    }
}
