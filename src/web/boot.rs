//! Hand-over from the static page in `index.html` to the running app.

/// Removes the static header and loading line that `index.html` paints before the wasm arrives.
pub fn remove_loading_screen() {
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
}
