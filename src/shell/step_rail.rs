//! The list of steps: a rail on wide screens, a horizontal stepper on narrow ones.

use leptos::prelude::*;

use crate::i18n::shared::SharedText;
use crate::i18n::Key;
use crate::i18n::{step_name, AppText};
use crate::model::Step;
use crate::state::use_workspace;
use crate::state::{use_current_step, use_locale};
use crate::web::checks;

/// Circumference of the progress ring (r = 12), in hundredths of a unit.
const RING_HUNDREDTHS: u32 = 7_540;

/// The ring's `stroke-dasharray` for `percent` filled: "37.70 75.40". Written with integers, as
/// formatting floats brings its own code into the first download.
fn dash_array(percent: u8) -> String {
    let filled = (RING_HUNDREDTHS * u32::from(percent.min(100)) + 50) / 100;
    let ring = RING_HUNDREDTHS;
    format!(
        "{}.{:02} {}.{:02}",
        filled / 100,
        filled % 100,
        ring / 100,
        ring % 100
    )
}

/// Links to every step; the current one is marked with `aria-current="step"`.
#[component]
pub fn StepRail() -> impl IntoView {
    let i18n = use_locale();
    let current = use_current_step();
    let ws = use_workspace();
    let items = Step::ALL.map(|step| {
        let is_current = move || current.0.get() == step;
        let progress = Memo::new(move |_| {
            ws.store.get().with(|plan| {
                let today = crate::web::browser::today();
                // (no figures for a later step until its checks have arrived)
                let percent = checks::completeness_on(plan, step, today).flatten().map(|c| c.percent());
                let open = checks::findings_on(plan, step, today)
                    .map_or(0, |findings| findings.iter().filter(|f| f.is_error()).count());
                (percent, open)
            })
        });
        let ring = move || {
            progress.get().0.map(|percent| {
                view! {
                    <svg class="step-rail__ring" viewBox="0 0 28 28" aria-hidden="true" focusable="false">
                        <circle cx="14" cy="14" r="12" class="step-rail__ring-track"/>
                        <circle
                            cx="14"
                            cy="14"
                            r="12"
                            class="step-rail__ring-fill"
                            stroke-dasharray=dash_array(percent)
                        />
                    </svg>
                }
            })
        };
        let status = move || {
            let (percent, open) = progress.get();
            let mut text = String::new();
            if let Some(percent) = percent {
                text.push_str(&format!(" · {percent}% {}", i18n.t(Key::Shared(SharedText::PercentComplete))));
            }
            if open > 0 {
                text.push_str(&format!(" · {open} {}", i18n.t(Key::Shared(SharedText::OpenIssues))));
            }
            text
        };
        let badge = move || {
            let open = progress.get().1;
            (open > 0).then(|| view! { <span class="step-rail__badge" aria-hidden="true">{open}</span> })
        };
        view! {
            <li class="step-rail__item">
                <a
                    class="step-rail__link"
                    class:step-rail__link--current=is_current
                    href=step.hash()
                    aria-current=move || is_current().then_some("step")
                    on:pointerenter=move |_| crate::steps::prefetch(step)
                    on:focus=move |_| crate::steps::prefetch(step)
                >
                    <span class="step-rail__marker" aria-hidden="true">
                        {ring}
                        <span class="step-rail__number">
                            {step.number().map(|n| n.to_string()).unwrap_or_else(|| "✓".into())}
                        </span>
                    </span>
                    <span class="step-rail__name">{move || i18n.t(Key::Steps(step_name(step)))}</span>
                    <span class="visually-hidden">{status}</span>
                    {badge}
                </a>
            </li>
        }
    });
    view! {
        <nav class="step-rail" aria-label=move || i18n.t(Key::App(AppText::StepsNavLabel))>
            <ol class="step-rail__list">{items}</ol>
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::dash_array;

    #[test]
    fn the_ring_is_filled_in_proportion() {
        assert_eq!(dash_array(0), "0.00 75.40");
        assert_eq!(dash_array(50), "37.70 75.40");
        assert_eq!(dash_array(33), "24.88 75.40");
        assert_eq!(dash_array(100), "75.40 75.40");
    }
}
