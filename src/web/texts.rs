//! Loading a language's texts. In the release build each language is its own piece, so a visitor
//! downloads only the language they read (the page asks for it early, see `index.html`); the other
//! comes when they switch.

use crate::i18n::{self, Catalogue, Locale};
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

/// Starts downloading the texts of `locale` in the background (pointing at the language switch).
pub fn prefetch(locale: Locale) {
    if i18n::is_loaded(locale) {
        return;
    }
    match locale {
        Locale::En => crate::web::chunks::prefetch(preload_texts_en),
        Locale::ZhCn => crate::web::chunks::prefetch(preload_texts_zh),
    }
}

/// Makes the texts of `locale` available to `i18n::t`, downloading them if needed.
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

#[cfg(feature = "split")]
fn install(locale: Locale, catalogue: &'static Catalogue) {
    i18n::install(locale, catalogue);
}

#[cfg(not(feature = "split"))]
fn install(_locale: Locale, _catalogue: &'static Catalogue) {}
