//! The root component: provides the language and step contexts, follows the URL fragment and lays
//! out header, step rail, the step itself and the coach panel.

use leptos::prelude::*;

use crate::i18n::{step_name, AppText};
use crate::i18n::{t, Key};
use crate::model::route::Route;
use crate::model::Step;
use crate::present;
use crate::shell::{
    AppHeader, BackupReminder, BannerList, CoachPanel, DataInfoView, InAppTip, SessionBar,
    SharedPlanView, SkipLink, StepHeading, StepPager, StepRail, ToastBar, WelcomeView,
};
use crate::state::{CurrentStep, ExamplePickerCtx, LocaleCtx, RouteCtx, UiPrefsCtx, WelcomeDraft};
use crate::state::{Toast, Workspace};
use crate::steps::StepView;
use crate::web::boot::{self, EarlyAction, Handoff};
use crate::web::browser;
use crate::web::chunks::PieceError;
use crate::web::nav;
use crate::web::offline;
use crate::web::storage;
use crate::widgets::PieceView;
use crate::workshop;

/// The frames the app can show.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Page {
    Workbench,
    Shared,
    Welcome,
    DataInfo,
    Workshop,
    Join,
    /// Projector mode and worksheets: no header, rail or banners.
    Present,
    Worksheet,
}

/// Builds the page `kind` from its piece: one loader for every page that arrives as a piece, so
/// the frame carries one piece view rather than one per page.
async fn piece(kind: Page, step: Step, route: Route) -> Result<AnyView, PieceError> {
    match (kind, route) {
        (Page::Join, Route::Join(payload)) => workshop::join_view(payload).await,
        (Page::Join, _) => workshop::join_view(String::new()).await,
        (Page::Present, _) => present::present_view(step, false).await,
        (Page::Worksheet, _) => present::present_view(step, true).await,
        _ => workshop::workshop_view().await,
    }
}

/// The whole application.
#[component]
pub fn App(
    /// What the static first view hands over (typed names, an early click).
    #[prop(optional)]
    handoff: Handoff,
) -> impl IntoView {
    let initial = boot::initial_locale();
    let locale = RwSignal::new(initial);
    provide_context(LocaleCtx(locale));

    let ws = Workspace::start(initial);
    provide_context(ws);

    let prefs = RwSignal::new(storage::load_ui_prefs());
    if let Some(build) = offline::build_id() {
        let previous = prefs.with_untracked(|p| p.last_build.clone());
        if offline::is_update(&previous, &build) {
            ws.toast.set(Some(Toast::Updated));
        }
        if previous != build {
            prefs.update_untracked(|p| p.last_build = build);
            prefs.with_untracked(storage::save_ui_prefs);
        }
    }
    offline::register_service_worker();
    provide_context(UiPrefsCtx(prefs));
    Effect::new(move |previous: Option<()>| {
        let large = prefs.with(|p| p.large_text);
        browser::set_root_class("large-text", large);
        if previous.is_some() {
            prefs.with_untracked(storage::save_ui_prefs);
        }
    });

    let step = RwSignal::new(Step::FIRST);
    provide_context(CurrentStep(step));
    provide_context(ExamplePickerCtx(RwSignal::new(false)));
    let route = RwSignal::new(Route::Step(Step::FIRST));
    provide_context(RouteCtx(route));
    nav::install_hash_routing(route, step, move || {
        ws.index.with_untracked(|index| !index.plans.is_empty())
    });
    // A button pressed on the static welcome view before the app ran: carry it out now.
    match handoff.early {
        Some(EarlyAction::Blank) => {
            ws.new_plan(handoff.name.clone(), handoff.organisation.clone(), initial);
            nav::replace_with_step(route, step, Step::FIRST);
        }
        Some(EarlyAction::Example(example)) => {
            let to_handbook =
                Callback::new(move |_| nav::replace_with_step(route, step, Step::Handbook));
            ws.open_example(example, initial, to_handbook);
        }
        None => provide_context(WelcomeDraft(RwSignal::new(Some(handoff)))),
    }
    // Which page frame to show; a change of step within the workbench keeps the frame.
    let page = Memo::new(move |_| {
        route.with(|r| match r {
            Route::Step(_) => Page::Workbench,
            Route::Shared(_) => Page::Shared,
            Route::Welcome => Page::Welcome,
            Route::DataInfo => Page::DataInfo,
            Route::Workshop => Page::Workshop,
            Route::Join(_) => Page::Join,
            Route::Present(_) => Page::Present,
            Route::Worksheet(_) => Page::Worksheet,
        })
    });
    // The step a projector view or worksheet shows (its piece is built again when it changes).
    let shown = Memo::new(move |_| route.with(|r| r.shown_step()).unwrap_or(Step::FIRST));

    Effect::new(move || browser::set_document_language(locale.get().tag()));
    Effect::new(move || {
        let l = locale.get();
        let title = match page.get() {
            Page::Workbench | Page::Present | Page::Worksheet => format!(
                "{} · {}",
                t(l, Key::Steps(step_name(step.get()))),
                t(l, Key::App(AppText::AppName))
            ),
            _ => t(l, Key::App(AppText::AppName)).to_string(),
        };
        document().set_title(&title);
    });

    view! {
        // Hidden by the projector's and worksheets' own styles while one of them shows.
        <SkipLink/>
        <AppHeader/>
        <InAppTip/>
        <BannerList/>
        {move || match page.get() {
            Page::Shared => view! { <SharedPlanView/> }.into_any(),
            Page::Welcome => view! { <WelcomeView/> }.into_any(),
            Page::DataInfo => view! { <DataInfoView/> }.into_any(),
            kind @ (Page::Workshop | Page::Join | Page::Present | Page::Worksheet) => {
                if matches!(kind, Page::Present | Page::Worksheet) {
                    browser::attach_late_style();
                }
                let step = shown.get();
                view! { <PieceView load=move || piece(kind, step, route.get_untracked())/> }
                    .into_any()
            }
            Page::Workbench => view! {
                <BackupReminder/>
                <SessionBar/>
                <div class="app-body">
                    <StepRail/>
                    <main id="main" class="step-main" tabindex="-1">
                        <StepHeading/>
                        <CoachPanel/>
                        <div class="step-editor">
                            <StepView/>
                        </div>
                        <StepPager/>
                    </main>
                </div>
            }
            .into_any(),
        }}
        <ToastBar/>
    }
}
