//! The root component: provides the language and step contexts, follows the URL fragment and lays
//! out header, step rail, the step itself and the coach panel.

use leptos::prelude::*;

use crate::components::{
    AppHeader, BannerList, CoachPanel, SharedPlanView, SkipLink, StepHeading, StepPager, StepRail,
    ToastBar,
};
use crate::context::{CurrentStep, LocaleCtx, SharedLink, UiPrefsCtx};
use crate::i18n::{t, Key, Locale};
use crate::model::Step;
use crate::steps::StepView;
use crate::workspace::{Toast, Workspace};
use crate::{browser, nav, offline, storage};

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    let initial = storage::load_locale().unwrap_or_else(|| {
        let prefs = browser::preferred_languages();
        Locale::from_preferences(prefs.iter().map(String::as_str))
    });
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
    let shared = RwSignal::new(None::<String>);
    provide_context(SharedLink(shared));
    nav::install_hash_routing(step, shared);
    let viewing_shared = Memo::new(move |_| shared.with(Option::is_some));

    Effect::new(move || browser::set_document_language(locale.get().tag()));
    Effect::new(move || {
        let l = locale.get();
        let title = format!(
            "{} · {}",
            t(l, Key::StepName(step.get())),
            t(l, Key::AppName)
        );
        document().set_title(&title);
    });

    view! {
        <SkipLink/>
        <AppHeader/>
        <BannerList/>
        {move || if viewing_shared.get() {
            view! { <SharedPlanView/> }.into_any()
        } else {
            view! {
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
            .into_any()
        }}
        <ToastBar/>
    }
}
