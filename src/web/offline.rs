//! Offline use and updates: registers the service worker that keeps the site in the browser's
//! cache (see `public/sw.js`), and tells once when a new version has been picked up.
//!
//! The build id is written into `index.html` by `scripts/build.py`; a development build
//! without it simply skips the update notice.
//!
//! Every start asks the registration to look for a new version at once: browsers otherwise check
//! after a navigation only when the worker is idle, which can be long after the page opened.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// The id of the running build, from `<meta name="social-playbook-build">`.
pub fn build_id() -> Option<String> {
    document()
        .query_selector("meta[name='social-playbook-build']")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .filter(|id| !id.is_empty())
}

/// How long after the start the service worker is registered: its first install downloads every
/// file of the site, which must not compete with what the first view needs on a slow connection.
const REGISTER_AFTER: Duration = Duration::from_secs(3);

/// Registers `sw.js` next to the page (so it works from any folder of a static host), a moment
/// after the start. Browsers without service workers, or pages not served securely, simply run
/// without offline support.
pub fn register_service_worker() {
    set_timeout(register_now, REGISTER_AFTER);
}

fn register_now() {
    let navigator = window().navigator();
    let supported =
        js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    if !supported || build_id().is_none() {
        return;
    }
    let promise = navigator.service_worker().register("./sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        // A failed registration only means no offline copy; the app itself is unaffected.
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return;
        };
        let registration: web_sys::ServiceWorkerRegistration = registration.into();
        // Offline or a failed check: the cached version keeps running, the next start asks again.
        if let Ok(check) = registration.update() {
            let _ = wasm_bindgen_futures::JsFuture::from(check).await;
        }
    });
}

/// True when the build that ran last (`previous`, empty on a first visit) differs from `current`.
pub fn is_update(previous: &str, current: &str) -> bool {
    !previous.is_empty() && previous != current
}

#[cfg(test)]
mod tests {
    use super::is_update;

    #[test]
    fn only_a_changed_known_build_counts_as_an_update() {
        assert!(!is_update("", "abc"));
        assert!(!is_update("abc", "abc"));
        assert!(is_update("abc", "def"));
    }
}
