//! Loading a language's texts. In the release build each language is two pieces, so a visitor
//! downloads only the language they read (the page asks for it early, see `index.html`), and of
//! it first only what the frame, the welcome view and step 1 say; the rest (steps 2–6, the
//! handbook, the workshop pages) comes a moment after the first view, or with the first later
//! step, whichever is sooner. The other language comes when they switch.
//!
//! A view that shows a late text before it has arrived shows it as soon as it does: reading a
//! late text through `LocaleCtx` tracks its arrival ([`track_late`]).

use leptos::prelude::{ArcTrigger, Notify, Track};

use crate::i18n::{self, Catalogue, LateCatalogue, Locale};
use crate::split;
use crate::web::chunks::PieceError;

split!(
    texts_en,
    preload_texts_en,
    fn english() -> &'static Catalogue {
        &i18n::EN
    }
);
split!(
    texts_zh,
    preload_texts_zh,
    fn chinese() -> &'static Catalogue {
        &i18n::ZH
    }
);
split!(
    texts_en_late,
    preload_texts_en_late,
    fn english_late() -> &'static LateCatalogue {
        &i18n::EN_LATE
    }
);
split!(
    texts_zh_late,
    preload_texts_zh_late,
    fn chinese_late() -> &'static LateCatalogue {
        &i18n::ZH_LATE
    }
);

thread_local! {
    /// Fires when a late half arrives, for the views that asked for one of its texts before.
    static LATE_ARRIVED: ArcTrigger = ArcTrigger::new();
}

/// Starts downloading the texts of `locale` in the background (pointing at the language switch):
/// both halves, as a switch needs both when a later step is open.
pub fn prefetch(locale: Locale) {
    if !i18n::is_loaded(locale) {
        match locale {
            Locale::En => crate::web::chunks::prefetch(preload_texts_en),
            Locale::ZhCn => crate::web::chunks::prefetch(preload_texts_zh),
        }
    }
    if !i18n::is_late_loaded(locale) {
        match locale {
            Locale::En => crate::web::chunks::prefetch(preload_texts_en_late),
            Locale::ZhCn => crate::web::chunks::prefetch(preload_texts_zh_late),
        }
    }
}

/// Makes the texts of `locale` that the frame and step 1 need available to `i18n::t`,
/// downloading them if needed.
pub async fn load(locale: Locale) -> Result<(), PieceError> {
    if i18n::is_loaded(locale) {
        return Ok(());
    }
    let catalogue = match locale {
        Locale::En => english().await?,
        Locale::ZhCn => chinese().await?,
    };
    install(locale, catalogue);
    Ok(())
}

/// Makes the rest of the texts of `locale` available, downloading them if needed.
pub async fn load_late(locale: Locale) -> Result<(), PieceError> {
    if i18n::is_late_loaded(locale) {
        return Ok(());
    }
    let catalogue = match locale {
        Locale::En => english_late().await?,
        Locale::ZhCn => chinese_late().await?,
    };
    install_late(locale, catalogue);
    LATE_ARRIVED.with(|arrived| arrived.notify());
    Ok(())
}

/// Both halves of `locale` (what a switch of language waits for).
pub async fn load_whole(locale: Locale) -> Result<(), PieceError> {
    load(locale).await?;
    load_late(locale).await
}

/// Makes the current reactive scope run again when the late half of `locale` arrives, if it has
/// not yet.
pub fn track_late(locale: Locale) {
    if !i18n::is_late_loaded(locale) {
        LATE_ARRIVED.with(|arrived| arrived.track());
    }
}

#[cfg(feature = "split")]
fn install(locale: Locale, catalogue: &'static Catalogue) {
    i18n::install(locale, catalogue);
}

#[cfg(not(feature = "split"))]
fn install(_locale: Locale, _catalogue: &'static Catalogue) {}

#[cfg(feature = "split")]
fn install_late(locale: Locale, catalogue: &'static LateCatalogue) {
    i18n::install_late(locale, catalogue);
}

#[cfg(not(feature = "split"))]
fn install_late(_locale: Locale, _catalogue: &'static LateCatalogue) {}
