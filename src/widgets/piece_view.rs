//! A part of the app that arrives as its own piece (see `web::chunks`): a short "loading" line
//! while it downloads, and if the download fails, a message with a retry. The late half of the
//! language's texts (`web::texts`) comes first if it is not here yet, so the piece never builds
//! its view without words.

use std::future::Future;

use leptos::prelude::*;
use send_wrapper::SendWrapper;

use crate::i18n::AppText;
use crate::state::use_locale;
use crate::web::chunks::PieceError;
use crate::web::texts;

/// Shows the view that `load` builds once its piece is there: a short "loading" line meanwhile,
/// and if the download fails, a message with a retry that tries again.
#[component]
pub fn PieceView<L, F>(
    /// Loads the piece and builds its view (called again on retry).
    load: L,
) -> impl IntoView
where
    L: Fn() -> F + Send + Sync + 'static,
    F: Future<Output = Result<AnyView, PieceError>> + 'static,
{
    let i18n = use_locale();
    let attempt = RwSignal::new(0u32);
    move || {
        attempt.track();
        let locale = i18n.0.get_untracked();
        // (a future: nothing of the piece runs before it is awaited below)
        let pending = SendWrapper::new(load());
        let shown = Suspend::new(SendWrapper::new(async move {
            // The texts first: a piece builds its view as it arrives, and may read them then.
            let loaded = match texts::load_late(locale).await {
                Ok(()) => pending.take().await,
                Err(error) => Err(error),
            };
            match loaded {
                Ok(view) => view,
                Err(PieceError) => view! {
                    <div class="message message--error piece-failed" role="alert">
                        <p>{move || i18n.t(AppText::PieceFailed)}</p>
                        <button
                            type="button"
                            class="button button--primary"
                            on:click=move |_| attempt.update(|n| *n += 1)
                        >
                            {move || i18n.t(AppText::BootRetry)}
                        </button>
                    </div>
                }
                .into_any(),
            }
        }));
        view! {
            <Suspense fallback=move || view! {
                <p class="piece-loading" role="status">{move || i18n.t(AppText::PieceLoading)}</p>
            }>
                {shown}
            </Suspense>
        }
    }
}
