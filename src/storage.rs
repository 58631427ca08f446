//! The only code that touches browser storage.
//!
//! Every access is probed first: when storage is blocked (private mode, site data off) the calls
//! return `None`/errors instead of panicking, and the app keeps working in memory.

use crate::i18n::Locale;

/// Key for the chosen interface language.
pub const LOCALE_KEY: &str = "social-playbook/v1/locale";

/// Browser local storage, or `None` when it is blocked or missing.
fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The language the visitor chose earlier, if any was stored.
pub fn load_locale() -> Option<Locale> {
    let raw = local()?.get_item(LOCALE_KEY).ok().flatten()?;
    Locale::from_tag(&raw)
}

/// Remembers the chosen language. Failing to store it is harmless: the choice stays for this visit.
pub fn save_locale(locale: Locale) {
    if let Some(storage) = local() {
        let _ = storage.set_item(LOCALE_KEY, locale.tag());
    }
}
