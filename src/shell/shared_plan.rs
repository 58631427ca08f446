//! A plan opened from a share link: shown read-only as its handbook, with "Add to my plans" and a
//! way back. Nothing is stored until the user adds it, and the user's own plans are never touched.
//! The handbook's code arrives as a piece when the link is opened.

use leptos::prelude::*;

use crate::handbook::build_document;
use crate::i18n::handbook::ShareText as S;
use crate::i18n::{AppText, Key};
use crate::io::import::{ImportError, ImportPreview};
use crate::model::route::Route;
use crate::model::{Plan, Step};
use crate::shell::dialogs::ImportSummary;
use crate::state::use_workspace;
use crate::state::{use_current_step, use_locale, use_route};
use crate::steps::handbook::HandbookDocument;
use crate::web::nav;
use crate::web::reader;
use crate::web::share_link::{open_payload, OpenFailure};
use crate::widgets::PieceView;

crate::split!(
    shared_document,
    preload_shared_document,
    /// The plan's handbook, built and shown by a piece of its own (the handbook's code is not
    /// part of the first download).
    fn shared_handbook(plan: Plan) -> AnyView {
        let i18n = use_locale();
        let document =
            Memo::new(move |_| build_document(&plan, i18n.get(), crate::web::browser::today()));
        view! { <HandbookDocument document=document/> }.into_any()
    }
);

/// The id of the view's heading (focused when the plan has opened or failed).
const TITLE_ID: &str = "shared-title";

/// Where opening the link stands.
#[derive(Clone)]
enum Opened {
    Opening,
    Ready(Box<ImportPreview>),
    LinkFailed(OpenFailure),
    PlanFailed(ImportError),
    /// The plan reader (or the link codec this browser needs) could not be downloaded.
    ReaderMissing,
}

async fn open(payload: &str) -> Opened {
    match open_payload(payload).await {
        Ok(bytes) => match reader::read_bytes_when_loaded(&bytes).await {
            Ok(Ok(preview)) => Opened::Ready(Box::new(preview)),
            Ok(Err(err)) => Opened::PlanFailed(err),
            Err(_) => Opened::ReaderMissing,
        },
        Err(OpenFailure::PieceMissing) => Opened::ReaderMissing,
        Err(failure) => Opened::LinkFailed(failure),
    }
}

/// The shared plan named by the share-link context.
#[component]
pub fn SharedPlanView() -> impl IntoView {
    let i18n = use_locale();
    let ws = use_workspace();
    let route = use_route().0;
    let step = use_current_step().0;
    let payload = move || match route.get() {
        Route::Shared(payload) => Some(payload),
        _ => None,
    };
    let opened = RwSignal::new(Opened::Opening);

    Effect::new(move || {
        let Some(payload) = payload() else { return };
        opened.set(Opened::Opening);
        leptos::task::spawn_local(async move {
            let result = open(&payload).await;
            // A later link may have replaced this one while it was being read.
            if route.with_untracked(|r| matches!(r, Route::Shared(p) if *p == payload)) {
                opened.set(result);
                crate::web::focus::focus_after_paint(TITLE_ID, crate::web::focus::Reveal::Top);
            }
        });
    });

    let back = move |_| nav::replace_with_step(route, step, step.get_untracked());
    let add = move |_| {
        if let Opened::Ready(preview) = opened.get_untracked() {
            ws.add_shared(preview.plan);
            nav::replace_with_step(route, step, Step::Handbook);
        }
    };
    let back_button = move || {
        view! {
            <button type="button" class="button button--secondary" on:click=back>
                {move || i18n.t(Key::Share(S::Close))}
            </button>
        }
    };

    let body = move || match opened.get() {
        Opened::Opening => view! {
            <h1 id=TITLE_ID tabindex="-1">{move || i18n.t(Key::Share(S::ViewHeading))}</h1>
            <p role="status">{move || i18n.t(Key::Share(S::Opening))}</p>
        }
        .into_any(),
        Opened::Ready(preview) => {
            let plan = preview.plan.clone();
            view! {
                <section class="card shared-plan__intro no-print" aria-labelledby=TITLE_ID>
                    <h1 id=TITLE_ID tabindex="-1">{move || i18n.t(Key::Share(S::ViewHeading))}</h1>
                    <p>{move || i18n.t(Key::Share(S::ViewIntro))}</p>
                    <ImportSummary preview=*preview/>
                    <div class="button-row">
                        <button type="button" class="button button--primary" on:click=add>
                            {move || i18n.t(Key::Share(S::AddToMine))}
                        </button>
                        {back_button}
                    </div>
                </section>
                <PieceView load=move || shared_handbook(plan.clone())/>
            }
            .into_any()
        }
        Opened::LinkFailed(failure) => {
            let text = match failure {
                OpenFailure::NewerRecipe => S::NewerRecipe,
                OpenFailure::Damaged | OpenFailure::PieceMissing => S::Damaged,
            };
            view! {
                <section class="card" aria-labelledby=TITLE_ID>
                    <h1 id=TITLE_ID tabindex="-1">{move || i18n.t(Key::Share(S::FailedHeading))}</h1>
                    <div class="message message--error" role="alert">
                        <p>{move || i18n.t(Key::Share(text))}</p>
                    </div>
                    {back_button}
                </section>
            }
            .into_any()
        }
        Opened::ReaderMissing => view! {
            <section class="card" aria-labelledby=TITLE_ID>
                <h1 id=TITLE_ID tabindex="-1">{move || i18n.t(Key::Share(S::FailedHeading))}</h1>
                <div class="message message--error" role="alert">
                    <p>{move || i18n.t(Key::App(AppText::PieceFailed))}</p>
                </div>
                {back_button}
            </section>
        }
        .into_any(),
        Opened::PlanFailed(err) => view! {
            <section class="card" aria-labelledby=TITLE_ID>
                <h1 id=TITLE_ID tabindex="-1">{move || i18n.t(Key::Share(S::FailedHeading))}</h1>
                <div class="message message--error" role="alert">
                    <p>{move || i18n.t(Key::Share(S::Unreadable))}</p>
                    <p>{move || err.message(i18n.get())}</p>
                </div>
                {back_button}
            </section>
        }
        .into_any(),
    };

    view! {
        <main id="main" class="shared-plan" tabindex="-1">
            {body}
        </main>
    }
}
