//! The five SMART letters of a goal as badges (icon + text, never colour alone), and the reasons
//! behind every letter that does not plainly pass.

use leptos::prelude::*;

use crate::i18n::goal_editor::GoalText;
use crate::i18n::goals::{letter_name, smart_reason_text, verdict_name};
use crate::i18n::{join_sentences, Key, Locale};
use crate::model::smart::{LetterCheck, SmartLetter, SmartReport, Verdict};
use crate::state::use_locale;
use crate::widgets::dom_id;

/// The CSS modifier and icon of a verdict.
pub fn verdict_look(verdict: Verdict) -> (&'static str, &'static str) {
    match verdict {
        Verdict::Pass => ("pass", "✓"),
        Verdict::Warn => ("warn", "!"),
        Verdict::Fail => ("fail", "✕"),
    }
}

/// The accessible description of one letter: its reasons, or its verdict when it has none.
fn description(locale: Locale, check: &LetterCheck) -> String {
    if check.reasons.is_empty() {
        return format!(
            "{} · {}",
            letter_name(locale, check.letter),
            verdict_name(locale, check.verdict)
        );
    }
    let reasons: Vec<String> = check
        .reasons
        .iter()
        .map(|r| smart_reason_text(locale, r))
        .collect();
    join_sentences(locale, reasons.iter().map(String::as_str))
}

/// The badges and reasons of one goal's SMART report.
#[component]
pub fn GoalSmartBadges(
    /// The goal's report (recomputed as the goal or the plan changes).
    #[prop(into)]
    report: Signal<SmartReport>,
    /// The goal's name, for the group's label.
    #[prop(into)]
    subject: Signal<String>,
) -> impl IntoView {
    let i18n = use_locale();
    let base = dom_id("smart");
    let badges = SmartLetter::ALL.map(|letter| {
        let desc_id = format!("{base}-{}", letter.initial());
        let described = desc_id.clone();
        let check = move || report.with(|r| r.letter(letter).clone());
        let verdict = move || check().verdict;
        view! {
            <li
                class=move || format!("smart-badge smart-badge--{}", verdict_look(verdict()).0)
                tabindex="0"
                data-letter=letter.initial().to_string()
                data-verdict=move || verdict_look(verdict()).0
                aria-describedby=described
            >
                <span class="smart-badge__letter">{letter.initial().to_string()}</span>
                <span class="smart-badge__icon" aria-hidden="true">{move || verdict_look(verdict()).1}</span>
                <span class="smart-badge__text">
                    {move || format!("{} · {}", letter_name(i18n.get(), letter), verdict_name(i18n.get(), verdict()))}
                </span>
                <span id=desc_id class="visually-hidden">{move || description(i18n.get(), &check())}</span>
            </li>
        }
    });
    let open_reasons = move || {
        let locale = i18n.get();
        report.with(|r| {
            r.letters
                .iter()
                .filter(|c| c.verdict != Verdict::Pass)
                .flat_map(|c| c.reasons.iter().filter(|x| x.verdict() != Verdict::Pass))
                .map(|reason| {
                    let (kind, icon) = verdict_look(reason.verdict());
                    let letter = reason.letter().initial().to_string();
                    let shown = letter.clone();
                    let text = smart_reason_text(locale, reason);
                    view! {
                        <li class=format!("smart-reason smart-reason--{kind}") data-letter=letter>
                            <span class="smart-reason__icon" aria-hidden="true">{icon}</span>
                            <strong class="smart-reason__letter">{shown}</strong>
                            <span>{text}</span>
                        </li>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    let all_pass = move || report.with(|r| r.passes_all());
    view! {
        <div class="smart">
            <ul class="smart-badges" aria-label=move || crate::i18n::labelled(i18n.get(), i18n.t(Key::Goals(GoalText::SmartLabel)), &subject.get())>
                {badges}
            </ul>
            <Show
                when=all_pass
                fallback=move || view! { <ul class="smart-reasons">{open_reasons}</ul> }
            >
                <p class="smart-all-pass">
                    <span aria-hidden="true">"✓ "</span>
                    {move || i18n.t(Key::Goals(GoalText::AllPass))}
                </p>
            </Show>
        </div>
    }
}
