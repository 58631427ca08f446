//! The list of steps: a rail on wide screens, a horizontal stepper on narrow ones.

use leptos::prelude::*;

use crate::context::{use_current_step, use_locale};
use crate::i18n::Key;
use crate::model::Step;

/// Links to every step; the current one is marked with `aria-current="step"`.
#[component]
pub fn StepRail() -> impl IntoView {
    let i18n = use_locale();
    let current = use_current_step();
    let items = Step::ALL.map(|step| {
        let is_current = move || current.0.get() == step;
        view! {
            <li class="step-rail__item">
                <a
                    class="step-rail__link"
                    class:step-rail__link--current=is_current
                    href=step.hash()
                    aria-current=move || is_current().then_some("step")
                >
                    <span class="step-rail__number" aria-hidden="true">
                        {step.number().map(|n| n.to_string()).unwrap_or_else(|| "✓".into())}
                    </span>
                    <span class="step-rail__name">{move || i18n.t(Key::StepName(step))}</span>
                </a>
            </li>
        }
    });
    view! {
        <nav class="step-rail" aria-label=move || i18n.t(Key::StepsNavLabel)>
            <ol class="step-rail__list">{items}</ol>
        </nav>
    }
}
