//! The welcome view: what the app does in one sentence, three ways to start (a blank plan, a
//! worked example, a plan file) and one line on where the data is kept. Shown on the first visit
//! and whenever this browser holds no plan; reachable later from the plan menu.

use leptos::prelude::*;

use crate::i18n::welcome::WelcomeText as W;
use crate::i18n::workshop_page::FacilitatorText;
use crate::i18n::AppText;
use crate::i18n::Key;
use crate::model::route::{Route, DATA_HASH, WORKSHOP_HASH};
use crate::model::Step;
use crate::shell::dialogs::{ExampleList, ImportForm};
use crate::state::use_workspace;
use crate::state::{use_current_step, use_locale, use_route, WelcomeDraft};
use crate::web::nav;

/// The id of the view's heading.
const TITLE_ID: &str = "welcome-title";

/// The welcome view.
#[component]
pub fn WelcomeView() -> impl IntoView {
    let i18n = use_locale();
    let ws = use_workspace();
    let route = use_route().0;
    let step = use_current_step().0;
    let draft = use_context::<WelcomeDraft>()
        .and_then(|d| d.0.try_update(Option::take).flatten())
        .unwrap_or_default();
    let name = RwSignal::new(draft.name);
    let organisation = RwSignal::new(draft.organisation);

    let start_blank = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        ws.new_plan(
            name.get_untracked(),
            organisation.get_untracked(),
            i18n.0.get_untracked(),
        );
        nav::replace_with_step(route, step, Step::FIRST);
    };
    let opened = Callback::new(move |_| nav::replace_with_step(route, step, Step::Handbook));
    let fresh = Signal::derive(move || route.with(|r| *r == Route::Welcome));
    let t = move |text: W| i18n.t(Key::Welcome(text));

    view! {
        <main id="main" class="welcome" tabindex="-1">
            <header class="welcome__header">
                <h1 id=TITLE_ID tabindex="-1">{move || i18n.t(Key::App(AppText::AppName))}</h1>
                <p class="welcome__lead">{move || t(W::Lead)}</p>
            </header>
            <h2 class="visually-hidden">{move || t(W::WaysHeading)}</h2>
            <div class="welcome__ways">
                <section class="card welcome-way" aria-labelledby="welcome-blank-title">
                    <h3 id="welcome-blank-title">{move || t(W::BlankHeading)}</h3>
                    <p>{move || t(W::BlankIntro)}</p>
                    <form class="welcome-way__form" on:submit=start_blank>
                        <div class="field">
                            <label for="welcome-name">{move || t(W::BlankName)}</label>
                            <input id="welcome-name" type="text" autocomplete="off"
                                placeholder=move || t(W::BlankNamePlaceholder) bind:value=name/>
                        </div>
                        <div class="field">
                            <label for="welcome-organisation">{move || t(W::BlankOrganisation)}</label>
                            <input id="welcome-organisation" type="text" autocomplete="organization"
                                bind:value=organisation/>
                        </div>
                        <button type="submit" class="button button--primary">{move || t(W::BlankStart)}</button>
                    </form>
                </section>
                <section class="card welcome-way" aria-labelledby="welcome-example-title">
                    <h3 id="welcome-example-title">{move || t(W::ExampleHeading)}</h3>
                    <p>{move || t(W::ExampleIntro)}</p>
                    <ExampleList id="welcome-example" on_opened=opened/>
                </section>
                <section class="card welcome-way" aria-labelledby="welcome-file-title">
                    <h3 id="welcome-file-title">{move || t(W::FileHeading)}</h3>
                    <p>{move || t(W::FileIntro)}</p>
                    <ImportForm id="welcome-import" fresh=fresh on_done=opened add_only=true/>
                </section>
            </div>
            <p class="welcome__data">
                {move || t(W::DataLine)} " "
                <a href=DATA_HASH>{move || t(W::DataLink)}</a>
            </p>
            <p class="welcome__workshop">
                <a href=WORKSHOP_HASH>{move || i18n.t(Key::Facilitator(FacilitatorText::EntryLink))}</a>
            </p>
        </main>
    }
}
