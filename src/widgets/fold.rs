//! A record that folds to one line on a phone: native `<details>`/`<summary>`, so Enter and Space
//! open it, screen readers announce it as expanded or collapsed, and find-in-page reaches inside.
//! The summary always shows the record's name, one key fact and how many checks it has open.

use leptos::prelude::*;

use crate::i18n::shared::check_count;
use crate::state::use_locale;

/// Below this width (CSS px) records start folded; wider screens show them open. Matches the
/// `max-width: 767.98px` queries in the stylesheets.
const FOLD_BELOW: f64 = 768.0;

/// Whether records should start folded: on a narrow screen, where a long list of open cards is
/// many screens tall.
pub fn starts_folded() -> bool {
    window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w < FOLD_BELOW)
}

/// Whether the window is narrower than the fold width now, following resizes and rotations: for
/// the parts that change their layout on a phone (a matrix becomes a list).
pub fn narrow_screen() -> Signal<bool> {
    let narrow = RwSignal::new(starts_folded());
    let handle = window_event_listener(leptos::ev::resize, move |_| {
        let now = starts_folded();
        if narrow.get_untracked() != now {
            narrow.set(now);
        }
    });
    on_cleanup(move || handle.remove());
    narrow.into()
}

/// A foldable record card. The element carries `id` (the anchor a check jumps to); a jump or a
/// fresh record opens it and focuses its summary (see `web::focus`). It takes no `tabindex`:
/// Chromium leaves the summary and every field of a `<details tabindex="-1">` out of the Tab order.
#[component]
pub fn Fold(
    /// The element id (a check's anchor), if any.
    #[prop(optional, into)]
    id: Option<String>,
    /// Classes of the card (`card team-role-card`, …).
    #[prop(into)]
    class: Signal<String>,
    /// The record's name as shown in the one-line summary.
    #[prop(into)]
    name: Signal<String>,
    /// One key fact beside the name (a share, a target, a role), empty for none.
    #[prop(optional, into)]
    fact: Signal<String>,
    /// How many checks about this record are open; shown as a badge when more than zero.
    #[prop(optional, into)]
    issues: Signal<usize>,
    /// Whether the card starts open (a record just added); otherwise it follows the screen width.
    #[prop(optional)]
    open: bool,
    /// Keeps the open state outside the card, for a part that is drawn again as the plan changes
    /// (it would otherwise fold again on every edit).
    #[prop(optional)]
    state: Option<RwSignal<bool>>,
    /// The card's editor.
    children: Children,
) -> impl IntoView {
    let i18n = use_locale();
    let open = match state {
        Some(state) => state.get_untracked(),
        None => open || !starts_folded(),
    };
    let on_toggle = move |ev: leptos::ev::Event| {
        if let Some(state) = state {
            let now = event_target::<web_sys::Element>(&ev).has_attribute("open");
            if state.get_untracked() != now {
                state.set(now);
            }
        }
    };
    view! {
        // The group is named by its record, as the card was before it could fold.
        <details id=id class=move || format!("fold {}", class.get()) aria-label=move || name.get() open=open on:toggle=on_toggle>
            <summary class="fold__summary">
                <span class="fold__name">{move || name.get()}</span>
                <span class="fold__fact" hidden=move || fact.with(|f| f.is_empty())>{move || fact.get()}</span>
                <span
                    class="fold__badge"
                    hidden=move || issues.get() == 0
                >
                    <span aria-hidden="true">"! "</span>
                    {move || check_count(i18n.get(), issues.get())}
                </span>
            </summary>
            <div class="fold__body">{children()}</div>
        </details>
    }
}
