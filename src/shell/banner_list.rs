//! Lasting problems with storage, each with the action that keeps the user's work safe.

use leptos::prelude::*;

use crate::i18n::AppText;
use crate::i18n::Key;
use crate::state::use_locale;
use crate::state::{is_newer_version, unreadable_file_name, use_workspace, Banner};

/// Downloads the open plan as an export file (the backup every banner offers).
pub fn download_backup() {
    let ws = use_workspace();
    let plan = ws.snapshot();
    let text = crate::io::envelope::export_json(&plan, crate::web::browser::now());
    let name = crate::io::envelope::export_file_name(&plan, crate::web::browser::today());
    if crate::web::browser::download_text(&name, "application/json", &text) {
        ws.mark_exported();
    }
}

/// The banners, most serious first, above the step.
#[component]
pub fn BannerList() -> impl IntoView {
    let ws = use_workspace();
    view! {
        <div class="banner-list">
            <For each=move || ws.banners.get() key=|b| format!("{b:?}") let:banner>
                <BannerItem banner=banner/>
            </For>
        </div>
    }
}

/// One banner.
#[component]
fn BannerItem(banner: Banner) -> impl IntoView {
    let i18n = use_locale();
    let ws = use_workspace();
    let backup = move |_| download_backup();
    let (text, actions) = match banner.clone() {
        Banner::StorageBlocked => (
            Key::App(AppText::BannerBlocked),
            view! { <button type="button" class="button button--primary" on:click=backup>{move || i18n.t(Key::App(AppText::BackupDownload))}</button> }
                .into_any(),
        ),
        Banner::StorageFull => (
            Key::App(AppText::BannerFull),
            view! { <button type="button" class="button button--primary" on:click=backup>{move || i18n.t(Key::App(AppText::BackupDownload))}</button> }
                .into_any(),
        ),
        Banner::WriteFailed(_) => (
            Key::App(AppText::BannerWriteFailed),
            view! { <button type="button" class="button button--primary" on:click=backup>{move || i18n.t(Key::App(AppText::BackupDownload))}</button> }
                .into_any(),
        ),
        Banner::Unreadable(unreadable) => {
            let key = if is_newer_version(&unreadable.error) { Key::App(AppText::BannerNewer) } else { Key::App(AppText::BannerUnreadable) };
            let detail = unreadable.error.clone();
            let name = unreadable.name.clone();
            let dismissed = Banner::Unreadable(unreadable.clone());
            let download = move |_| {
                crate::web::browser::download_text(&unreadable_file_name(&unreadable), "application/json", &unreadable.raw);
            };
            (
                key,
                view! {
                    <p class="banner__detail">
                        {(!name.is_empty()).then(|| format!("{name} · "))}
                        {move || detail.message(i18n.get())}
                    </p>
                    <button type="button" class="button button--primary" on:click=download>
                        {move || i18n.t(Key::App(AppText::BannerDownloadRaw))}
                    </button>
                    <button type="button" class="button button--secondary" on:click=move |_| ws.dismiss(&dismissed)>
                        {move || i18n.t(Key::App(AppText::Dismiss))}
                    </button>
                }
                .into_any(),
            )
        }
        Banner::Conflict => (
            Key::App(AppText::BannerConflict),
            view! {
                <button type="button" class="button button--secondary" on:click=move |_| ws.reload_stored()>
                    {move || i18n.t(Key::App(AppText::BannerConflictReload))}
                </button>
                <button type="button" class="button button--primary" on:click=move |_| ws.keep_as_copy(i18n.get())>
                    {move || i18n.t(Key::App(AppText::BannerConflictKeep))}
                </button>
            }
            .into_any(),
        ),
    };
    let serious = matches!(
        banner,
        Banner::StorageFull | Banner::Conflict | Banner::WriteFailed(_)
    );
    view! {
        <div class="banner" class:banner--error=serious role="alert">
            <p class="banner__text">
                <span class="banner__icon" aria-hidden="true">"!"</span>
                {move || i18n.t(text)}
            </p>
            <div class="banner__actions">{actions}</div>
        </div>
    }
}
