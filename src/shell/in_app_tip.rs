//! The tip shown inside an app's built-in browser (WeChat, QQ, DingTalk, Feishu…): once, briefly,
//! that downloads work better in the phone's own browser and how to open the page there, that
//! every export can be copied here instead, and that the app may clear this page's data with its
//! cache. Closing it is remembered on this device. Only such browsers download its piece.

use leptos::prelude::*;

use crate::i18n::device::{app_name, DeviceText as D};
use crate::i18n::{t, tf};
use crate::model::in_app::InAppBrowser;
use crate::state::{use_locale, use_ui_prefs};
use crate::web::storage;
use crate::widgets::PieceView;

crate::split!(
    in_app_tip,
    preload_in_app_tip,
    /// The tip for `app`'s browser.
    fn in_app_tip_view(app: InAppBrowser) -> AnyView {
        view! { <InAppTipCard app=app/> }.into_any()
    }
);

/// The tip, while the page runs in an app's browser and the tip has not been closed.
#[component]
pub fn InAppTip() -> impl IntoView {
    let prefs = use_ui_prefs().0;
    let app = crate::web::browser::in_app_browser();
    move || {
        let app = app?;
        (!prefs.with(|p| p.in_app_tip_closed))
            .then(|| view! { <PieceView load=move || in_app_tip_view(app)/> })
    }
}

/// The tip's text and its close button.
#[component]
fn InAppTipCard(app: InAppBrowser) -> impl IntoView {
    let i18n = use_locale();
    let prefs = use_ui_prefs().0;
    let close = move |_| {
        prefs.update(|p| p.in_app_tip_closed = true);
        prefs.with_untracked(storage::save_ui_prefs);
    };
    let say = move |text: D| {
        move || {
            let locale = i18n.get();
            tf(locale, text, &[("app", &t(locale, app_name(app)))])
        }
    };
    view! {
            <aside class="in-app-tip no-print" aria-labelledby="in-app-tip-title">
                <h2 id="in-app-tip-title" class="in-app-tip__title">{say(D::InAppTitle)}</h2>
                <p>{move || i18n.t(D::InAppDownloads)}</p>
                <p>{say(D::InAppStorage)}</p>
                <button type="button" class="button button--secondary in-app-tip__close" on:click=close>
                    {move || i18n.t(D::InAppDismiss)}
                </button>
            </aside>
    }
}
