//! Small context newtypes shared by the views: the language and the current step.
//!
//! UI state only; the plan itself lives in its own store.

use leptos::prelude::*;

use crate::i18n::{t, Key, Locale};
use crate::model::Step;
use crate::web::storage::UiPrefs;
use crate::web::texts;

/// The chosen interface language.
#[derive(Clone, Copy)]
pub struct LocaleCtx(pub RwSignal<Locale>);

impl LocaleCtx {
    /// The current language (tracked).
    pub fn get(self) -> Locale {
        self.0.get()
    }

    /// The current language, for words that may come from the late half of its texts (tracked,
    /// and until that half has arrived, its arrival too).
    pub fn get_late(self) -> Locale {
        let locale = self.0.get();
        texts::track_late(locale);
        locale
    }

    /// The text for `key` in the current language (tracked, so views update on a switch, and on
    /// the arrival of the late half of the texts when `key` is in it).
    pub fn t(self, key: impl Into<Key>) -> &'static str {
        let key = key.into();
        let locale = if key.is_late() {
            self.get_late()
        } else {
            self.0.get()
        };
        t(locale, key)
    }
}

/// Reads the language context provided by the app root.
pub fn use_locale() -> LocaleCtx {
    expect_context::<LocaleCtx>()
}

/// The step shown now; follows the URL fragment.
#[derive(Clone, Copy)]
pub struct CurrentStep(pub RwSignal<Step>);

/// Reads the current-step context provided by the app root.
pub fn use_current_step() -> CurrentStep {
    expect_context::<CurrentStep>()
}

/// Interface preferences that outlive a visit (coach panel collapsed, large text).
#[derive(Clone, Copy)]
pub struct UiPrefsCtx(pub RwSignal<UiPrefs>);

/// Reads the preferences context provided by the app root.
pub fn use_ui_prefs() -> UiPrefsCtx {
    expect_context::<UiPrefsCtx>()
}

/// What the address names now: a step of the workbench, a shared plan, the welcome view or the
/// page on how data is kept.
#[derive(Clone, Copy)]
pub struct RouteCtx(pub RwSignal<crate::model::route::Route>);

/// Reads the route context provided by the app root.
pub fn use_route() -> RouteCtx {
    expect_context::<RouteCtx>()
}

/// Whether the worked-example picker is open (opened from the plan menu and empty states).
#[derive(Clone, Copy)]
pub struct ExamplePickerCtx(pub RwSignal<bool>);

/// The example picker's open signal, when the app root provides one (a view mounted on its own,
/// as in the browser tests, has none and offers no example).
pub fn use_example_picker() -> Option<RwSignal<bool>> {
    use_context::<ExamplePickerCtx>().map(|ctx| ctx.0)
}

/// What was typed into the static welcome view before the app ran, taken by the welcome view the
/// first time it shows (so a name typed early is not lost, and not shown again later).
#[derive(Clone, Copy)]
pub struct WelcomeDraft(pub RwSignal<Option<crate::web::boot::Handoff>>);
