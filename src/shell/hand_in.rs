//! The hand-in dialog: one place that gives the facilitator the table's plan three ways, and
//! says plainly which worked. The file (`io::handin::handin_file_name`, an ordinary plan file
//! the normal import reads); the same text copied to the clipboard, with the text in a
//! read-only box as the last resort (in-app browsers such as WeChat's block downloads and often
//! the clipboard too); and a share link when the plan fits one.
//!
//! The dialog is a piece of its own ([`hand_in_view`]); the session bar opens it.

use leptos::prelude::*;

use crate::i18n::device::app_name;
use crate::i18n::tf;
use crate::i18n::workshop_join::JoinText as J;
use crate::io::envelope::share_json;
use crate::io::handin::{handin_file_name, handin_text};
use crate::io::join::MAX_LINK_WITH_PLAN_CHARS;
use crate::state::{use_locale, use_workspace};
use crate::web::browser::{download_text, now};
use crate::web::clipboard::copy_to_clipboard;
use crate::web::share_link::{make_link, MadeLink};
use crate::widgets::Modal;

crate::split!(
    hand_in,
    preload_hand_in,
    /// The hand-in dialog, built by a piece of its own.
    pub fn hand_in_view(open: RwSignal<bool>) -> AnyView {
        view! { <HandInDialog open=open/> }.into_any()
    }
);

/// What became of one way of handing in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Outcome {
    NotTried,
    Worked,
    Failed,
}

/// Where the share link stands.
#[derive(Clone, PartialEq)]
enum LinkState {
    Making,
    Made(MadeLink),
}

/// The id of the text box holding the hand-in text.
const TEXT_ID: &str = "handin-text";

/// The id of the link field.
const LINK_ID: &str = "handin-link";

/// Selects the text of the control with `id`, so a hand copy needs only the copy gesture.
fn select_text(id: &str) {
    use wasm_bindgen::JsCast;
    let Some(el) = document().get_element_by_id(id) else {
        return;
    };
    if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        let _ = area.focus();
        area.select();
    } else if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    }
}

/// The hand-in dialog for the open plan, shown while `open` is true.
#[component]
pub fn HandInDialog(open: RwSignal<bool>) -> impl IntoView {
    let i18n = use_locale();
    let ws = use_workspace();
    let text = RwSignal::new(String::new());
    let file_name = RwSignal::new(String::new());
    let download = RwSignal::new(Outcome::NotTried);
    let copy = RwSignal::new(Outcome::NotTried);
    let link = RwSignal::new(LinkState::Making);
    let link_copy = RwSignal::new(Outcome::NotTried);
    // Each opening hands in the plan as it is now.
    Effect::new(move || {
        if !open.get() {
            return;
        }
        let plan = ws.snapshot();
        let at = now();
        let tag = plan.workshop.clone().unwrap_or_default();
        file_name.set(handin_file_name(&tag));
        text.set(handin_text(&plan, at));
        download.set(Outcome::NotTried);
        copy.set(Outcome::NotTried);
        link_copy.set(Outcome::NotTried);
        link.set(LinkState::Making);
        let shared = share_json(&plan, at);
        leptos::task::spawn_local(async move {
            let made = make_link(&shared).await;
            link.set(LinkState::Made(made));
        });
    });

    let on_download = move |_| {
        let ok = text.with_untracked(|t| {
            file_name.with_untracked(|name| download_text(name, "application/json", t))
        });
        download.set(if ok { Outcome::Worked } else { Outcome::Failed });
        if ok {
            ws.mark_exported();
        }
    };
    let on_copy = move |_| {
        let content = text.get_untracked();
        leptos::task::spawn_local(async move {
            let ok = copy_to_clipboard(&content).await;
            copy.set(if ok { Outcome::Worked } else { Outcome::Failed });
            if !ok {
                select_text(TEXT_ID);
            }
        });
    };
    let on_copy_link = move |_| {
        let LinkState::Made(MadeLink::Ready(url)) = link.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            let ok = copy_to_clipboard(&url).await;
            link_copy.set(if ok { Outcome::Worked } else { Outcome::Failed });
            if !ok {
                select_text(LINK_ID);
            }
        });
    };

    let download_message = move || match download.get() {
        Outcome::NotTried => None,
        Outcome::Worked => Some(
            view! {
                <p class="message message--success handin-dialog__download-result">
                    {move || tf(i18n.get(), J::HandInDownloaded, &[("name", &file_name.get())])}
                </p>
            }
            .into_any(),
        ),
        Outcome::Failed => Some(
            view! {
                <p class="message message--error handin-dialog__download-result">
                    {move || i18n.t(J::HandInDownloadFailed)}
                </p>
            }
            .into_any(),
        ),
    };
    let copy_message = move || match copy.get() {
        Outcome::NotTried => None,
        Outcome::Worked => Some(
            view! {
                <p class="message message--success handin-dialog__copy-result">
                    {move || i18n.t(J::HandInCopied)}
                </p>
            }
            .into_any(),
        ),
        Outcome::Failed => Some(
            view! {
                <p class="message message--error handin-dialog__copy-result">
                    {move || i18n.t(J::HandInCopyFailed)}
                </p>
            }
            .into_any(),
        ),
    };
    let link_part = move || match link.get() {
        LinkState::Making => view! { <p>{move || i18n.t(J::HandInLinkMaking)}</p> }.into_any(),
        LinkState::Made(MadeLink::Unsupported) => {
            view! { <p>{move || i18n.t(J::HandInLinkUnsupported)}</p> }.into_any()
        }
        LinkState::Made(MadeLink::TooBig(chars)) => view! {
            <p>{move || tf(i18n.get(), J::HandInLinkTooBig, &[("chars", &chars)])}</p>
        }
        .into_any(),
        LinkState::Made(MadeLink::Ready(url)) => {
            let chars = url.chars().count();
            let long = (chars > MAX_LINK_WITH_PLAN_CHARS).then(|| {
                view! {
                    <p class="field-message field-message--warning">
                        {move || tf(i18n.get(), J::HandInLinkLong, &[("chars", &chars)])}
                    </p>
                }
            });
            let copied = move || {
                match link_copy.get() {
                Outcome::NotTried => None,
                Outcome::Worked => Some(view! {
                    <p class="message message--success">{move || i18n.t(J::HandInLinkCopied)}</p>
                }
                .into_any()),
                Outcome::Failed => Some(view! {
                    <p class="message message--error">{move || i18n.t(J::HandInLinkCopyFailed)}</p>
                }
                .into_any()),
            }
            };
            view! {
                <div class="field">
                    <label for=LINK_ID>{move || i18n.t(J::HandInLinkLabel)}</label>
                    <input id=LINK_ID class="handin-link" type="text" readonly prop:value=url/>
                </div>
                {long}
                <button type="button" class="button button--secondary handin-copy-link" on:click=on_copy_link>
                    {move || i18n.t(J::HandInCopyLink)}
                </button>
                <div role="status" aria-live="polite">{copied}</div>
            }
            .into_any()
        }
    };

    let in_app = crate::web::browser::in_app_browser();
    let title = Signal::derive(move || i18n.t(J::HandInTitle).to_string());
    view! {
        <Modal open=open title=title title_id="handin-title">
            <div class="handin-dialog">
                {in_app.map(|app| view! {
                    <p class="message message--warning handin-dialog__in-app">
                        {move || {
                            let locale = i18n.get();
                            tf(locale, J::HandInInApp, &[("app", &crate::i18n::t(locale, app_name(app)))])
                        }}
                    </p>
                })}
                <p>{move || i18n.t(J::HandInIntro)}</p>
                <div class="button-row handin-dialog__actions">
                    <button type="button" class="button button--primary handin-download" on:click=on_download>
                        {move || i18n.t(J::HandInDownload)}
                    </button>
                    <button type="button" class="button button--secondary handin-copy" on:click=on_copy>
                        {move || i18n.t(J::HandInCopy)}
                    </button>
                </div>
                <div class="handin-dialog__results" role="status" aria-live="polite">
                    {download_message}
                    {copy_message}
                </div>
                <div class="field">
                    <label for=TEXT_ID>{move || i18n.t(J::HandInTextLabel)}</label>
                    <textarea id=TEXT_ID class="handin-text" rows="5" readonly spellcheck="false"
                        prop:value=move || text.get()></textarea>
                </div>
                <section class="handin-dialog__link" aria-labelledby="handin-link-title">
                    <h3 id="handin-link-title">{move || i18n.t(J::HandInLinkHeading)}</h3>
                    <div aria-live="polite">{link_part}</div>
                </section>
                <div class="dialog-actions">
                    <button type="button" class="button button--secondary handin-close" on:click=move |_| open.set(false)>
                        {move || i18n.t(J::Close)}
                    </button>
                </div>
            </div>
        </Modal>
    }
}
