//! The handbook step's share-link card: makes a link that carries the whole plan, offers it to
//! copy, and says so plainly when the plan is too big for a link (then offers the file instead).

use leptos::prelude::*;
use reactive_stores::Store;

use crate::i18n::handbook::ShareText as S;
use crate::i18n::{labelled, Key};
use crate::io::envelope::share_json;
use crate::io::share::MAX_LINK_CHARS;
use crate::model::Plan;
use crate::state::use_locale;
use crate::state::use_workspace;
use crate::web::clipboard::copy_to_clipboard;
use crate::web::share_link::{make_link, MadeLink};

/// The id of the link field (selected when copying is refused).
const LINK_INPUT_ID: &str = "share-link-input";

/// Where the link stands.
#[derive(Clone, PartialEq)]
enum LinkState {
    Idle,
    Making,
    Made(MadeLink),
}

/// Selects the link text so the user can copy it by hand.
fn select_link() {
    use wasm_bindgen::JsCast;
    if let Some(input) = document()
        .get_element_by_id(LINK_INPUT_ID)
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        let _ = input.focus();
        input.select();
    }
}

/// The share-link card for the plan in `store`.
#[component]
pub fn ShareLinkPanel(store: Store<Plan>) -> impl IntoView {
    let i18n = use_locale();
    let ws = use_workspace();
    let state = RwSignal::new(LinkState::Idle);
    let notice = RwSignal::new(None::<S>);

    // A link is a snapshot: once the plan changes, the link on screen no longer matches it.
    Effect::new(move |previous: Option<()>| {
        store.track();
        if previous.is_some() {
            state.set(LinkState::Idle);
            notice.set(None);
        }
    });

    let make = move |_| {
        let text = store.with_untracked(|plan| share_json(plan, crate::web::browser::now()));
        state.set(LinkState::Making);
        notice.set(None);
        leptos::task::spawn_local(async move {
            let made = make_link(&text).await;
            state.set(LinkState::Made(made));
        });
    };
    let copy = move |_| {
        let LinkState::Made(MadeLink::Ready(link)) = state.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            if copy_to_clipboard(&link).await {
                notice.set(Some(S::Copied));
            } else {
                select_link();
                notice.set(Some(S::CopyFailed));
            }
        });
    };
    let export = move |_| {
        notice.set(ws.export_file().then_some(S::FileSaved));
    };
    let limit_line = move || {
        labelled(
            i18n.get(),
            i18n.t(Key::Share(S::LinkLimit)),
            &MAX_LINK_CHARS.to_string(),
        )
    };

    let body = move || {
        match state.get() {
        LinkState::Idle => ().into_any(),
        LinkState::Making => view! { <p class="hint">{move || i18n.t(Key::Share(S::Making))}</p> }.into_any(),
        LinkState::Made(MadeLink::Ready(link)) => {
            let chars = link.chars().count();
            view! {
                <div class="share-link">
                    <label for=LINK_INPUT_ID>{move || i18n.t(Key::Share(S::LinkLabel))}</label>
                    <div class="share-link__row">
                        <input id=LINK_INPUT_ID class="share-link__input" type="url" readonly
                            prop:value=link on:focus=move |_| select_link()/>
                        <button type="button" class="button button--primary" on:click=copy>
                            {move || i18n.t(Key::Share(S::Copy))}
                        </button>
                    </div>
                    <p class="hint share-link__length">
                        {move || labelled(i18n.get(), i18n.t(Key::Share(S::LinkLength)), &chars.to_string())}
                        " · "
                        {limit_line}
                    </p>
                </div>
            }
            .into_any()
        }
        LinkState::Made(MadeLink::TooBig(chars)) => view! {
            <div class="message message--warning share-link__too-big" role="alert">
                <p>{move || i18n.t(Key::Share(S::TooBig))}</p>
                <p class="share-link__length">
                    {move || labelled(i18n.get(), i18n.t(Key::Share(S::LinkLength)), &chars.to_string())}
                    " · "
                    {limit_line}
                </p>
                <button type="button" class="button button--primary" on:click=export>
                    {move || i18n.t(Key::Share(S::ExportInstead))}
                </button>
            </div>
        }
        .into_any(),
        LinkState::Made(MadeLink::Unsupported) => view! {
            <div class="message message--warning" role="alert">
                <p>{move || i18n.t(Key::Share(S::Unsupported))}</p>
                <button type="button" class="button button--primary" on:click=export>
                    {move || i18n.t(Key::Share(S::ExportInstead))}
                </button>
            </div>
        }
        .into_any(),
    }
    };

    view! {
        <section class="card share-panel no-print" aria-labelledby="share-panel-title">
            <h2 id="share-panel-title">{move || i18n.t(Key::Share(S::MakeHeading))}</h2>
            <p>{move || i18n.t(Key::Share(S::MakeIntro))}</p>
            <button type="button" class="button button--secondary" on:click=make
                disabled=move || state.get() == LinkState::Making>
                {move || i18n.t(Key::Share(S::Make))}
            </button>
            {body}
            <p class="hint" role="status" aria-live="polite">
                {move || notice.get().map(|n| i18n.t(Key::Share(n)))}
            </p>
        </section>
    }
}
