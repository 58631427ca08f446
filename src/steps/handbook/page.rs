//! The handbook step: where the plan stands (progress and plan health), the finished handbook as
//! one document, and the ways to take it along (print or PDF, Markdown as a file or copied, a
//! share link).

use leptos::prelude::*;
use reactive_stores::Store;

use super::{HandbookDocument, HandbookHealth, ShareLinkPanel};
use crate::handbook::{build_document, to_markdown};
use crate::i18n::device::DeviceText;
use crate::i18n::handbook::HandbookUiText as U;
use crate::i18n::Key;
use crate::model::Plan;
use crate::state::use_locale;
use crate::widgets::CopyText;

/// The handbook step for the plan in `store`.
#[component]
pub fn HandbookStep(store: Store<Plan>) -> impl IntoView {
    let i18n = use_locale();
    let document = Memo::new(move |_| {
        let locale = i18n.get();
        store.with(|plan| build_document(plan, locale, crate::web::browser::today()))
    });
    let (notice, set_notice) = signal(None::<U>);

    let print = move |_| {
        let _ = window().print();
    };
    let download_markdown = move |_| {
        let text = document.with_untracked(to_markdown);
        let name = store.with_untracked(|plan| {
            crate::io::envelope::named_file(plan, crate::web::browser::today(), "md")
        });
        let ok = crate::web::browser::download_text(&name, "text/markdown;charset=utf-8", &text);
        set_notice.set(Some(if ok {
            U::MarkdownSaved
        } else {
            U::DownloadFailed
        }));
    };

    view! {
        <div class="handbook-step">
            <HandbookHealth/>
            <section class="card handbook-actions no-print" aria-labelledby="handbook-actions-title">
                <h2 id="handbook-actions-title">{move || i18n.t(Key::HandbookUi(U::ActionsLabel))}</h2>
                <div class="button-row">
                    <button type="button" class="button button--primary" on:click=print>
                        {move || i18n.t(Key::HandbookUi(U::Print))}
                    </button>
                    <button type="button" class="button button--secondary" on:click=download_markdown>
                        {move || i18n.t(Key::HandbookUi(U::DownloadMarkdown))}
                    </button>
                </div>
                <CopyText
                    text=Callback::new(move |_| document.with_untracked(to_markdown))
                    id="handbook-copy-box"
                    label=DeviceText::CopyMarkdown
                />
                <p class="hint" role="status" aria-live="polite">
                    {move || notice.get().map(|n| i18n.t(Key::HandbookUi(n)))}
                </p>
            </section>
            <ShareLinkPanel store=store/>
            <HandbookDocument document=document/>
        </div>
    }
}
