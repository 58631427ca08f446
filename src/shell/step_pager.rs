//! Previous / Next at the foot of every step.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::i18n::{step_name, AppText};
use crate::state::{use_current_step, use_locale};

/// How long after a step opens the next step's code starts downloading.
const PREFETCH_AFTER: std::time::Duration = std::time::Duration::from_millis(1500);

/// Links to the neighbouring steps, each naming where it goes.
#[component]
pub fn StepPager() -> impl IntoView {
    let i18n = use_locale();
    let current = use_current_step();
    // The next step is where the user most likely goes: fetch its code while they work here,
    // a moment after this step is up, so that it never competes with what this step needs.
    Effect::new(move || {
        if let Some(next) = current.0.get().next() {
            set_timeout(move || crate::steps::prefetch(next), PREFETCH_AFTER);
        }
    });
    let previous = move || {
        current.0.get().previous().map(|step| {
            view! {
                <a class="button button--secondary step-pager__previous" href=step.hash() rel="prev">
                    <span aria-hidden="true">"← "</span>
                    {move || i18n.t(Key::App(AppText::Previous))}
                    <span class="step-pager__target">{move || i18n.t(Key::Steps(step_name(step)))}</span>
                </a>
            }
        })
    };
    let next = move || {
        current.0.get().next().map(|step| {
            view! {
                <a class="button button--primary step-pager__next" href=step.hash() rel="next">
                    {move || i18n.t(Key::App(AppText::Next))}
                    <span class="step-pager__target">{move || i18n.t(Key::Steps(step_name(step)))}</span>
                    <span aria-hidden="true">" →"</span>
                </a>
            }
        })
    };
    view! {
        <nav class="step-pager" aria-label=move || i18n.t(Key::App(AppText::StepsNavLabel))>
            {previous}
            {next}
        </nav>
    }
}
