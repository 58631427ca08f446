//! What an import would bring (counts per section and warnings), and the two ways to apply it.

use leptos::prelude::*;

use crate::i18n::AppText;
use crate::i18n::Key;
use crate::io::import::ImportPreview;
use crate::state::use_locale;

/// What an import would bring, and (when `apply` is given) the two ways to apply it: `false`
/// replaces the open plan, `true` adds a new one.
#[component]
pub fn ImportSummary(
    preview: ImportPreview,
    #[prop(optional)] apply: Option<Callback<bool>>,
    /// Offer only "add as a new plan".
    #[prop(optional)]
    add_only: bool,
) -> impl IntoView {
    let i18n = use_locale();
    let counts = preview.counts;
    let rows = [
        (Key::App(AppText::CountRoles), counts.roles),
        (Key::App(AppText::CountPlatforms), counts.platforms),
        (Key::App(AppText::CountPersonas), counts.personas),
        (Key::App(AppText::CountTraits), counts.voice_traits),
        (Key::App(AppText::CountGoals), counts.goals),
        (Key::App(AppText::CountTeamRoles), counts.team_roles),
        (Key::App(AppText::CountPeople), counts.people),
        (Key::App(AppText::CountThemes), counts.themes),
        (Key::App(AppText::CountCalendar), counts.calendar_items),
    ]
    .map(|(key, n)| view! { <dt>{move || i18n.t(key)}</dt><dd>{n}</dd> });
    let warnings = preview.warnings.clone();
    let has_warnings = !warnings.is_empty();
    let name = preview.plan.name.clone();
    view! {
        <section class="message message--success" aria-labelledby="import-summary-title">
            <h3 id="import-summary-title">{move || crate::i18n::labelled(i18n.get(), i18n.t(Key::App(AppText::ImportSummaryTitle)), &name)}</h3>
            <dl class="count-list">{rows}</dl>
            {has_warnings.then(|| {
                let items = warnings.clone();
                view! {
                    <h4>{move || i18n.t(Key::App(AppText::ImportWarningsTitle))}</h4>
                    <ul class="import-warnings">
                        {items.into_iter().map(|w| view! { <li>{move || w.message(i18n.get())}</li> }).collect_view()}
                    </ul>
                }
            })}
            {apply.map(|apply| view! {
                <div class="dialog-actions">
                    {(!add_only).then(|| view! {
                        <button type="button" class="button button--secondary" on:click=move |_| apply.run(false)>
                            {move || i18n.t(Key::App(AppText::ImportReplace))}
                        </button>
                    })}
                    <button type="button" class="button button--primary" on:click=move |_| apply.run(true)>
                        {move || i18n.t(Key::App(AppText::ImportAddNew))}
                    </button>
                </div>
            })}
        </section>
    }
}
