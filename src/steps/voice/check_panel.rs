//! The voice check: the user pastes a draft, and the panel marks its words to avoid and forbidden
//! claims, counts each term with its positions, or says all is clear.
//!
//! The draft is view state (a signal of this component), never part of the plan: it is not saved,
//! exported or shared. The check reruns on every input: it is linear in the draft's length, fast
//! enough for every keystroke of a 5,000-character draft (see the end-to-end test's timing line).

use leptos::prelude::*;
use reactive_stores::Field;

use super::{mark_class, mark_icon, term_positions, VoiceMarkedDraft};
use crate::i18n::voice::{check_summary, match_kind_name, term_count_line, VoiceText};
use crate::i18n::Key;
use crate::model::voice_check::{MatchKind, VoiceChecker, VoiceReport};
use crate::state::use_locale;
use crate::widgets::dom_id;

/// The paste-a-draft voice check.
#[component]
pub fn VoiceCheckPanel(
    /// The voice's words to avoid.
    #[prop(into)]
    avoid: Field<Vec<String>>,
    /// The voice's forbidden claims.
    #[prop(into)]
    claims: Field<Vec<String>>,
) -> impl IntoView {
    let i18n = use_locale();
    let id = dom_id("voice-check");
    let draft_id = format!("{id}-draft");
    let intro_id = format!("{id}-intro");
    let status_id = format!("{id}-status");
    let marked_heading_id = format!("{id}-marked-heading");
    let found_heading_id = format!("{id}-found-heading");
    let draft = RwSignal::new(String::new());

    let has_terms =
        Memo::new(move |_| avoid.with(|a| claims.with(|c| !VoiceChecker::new(a, c).is_empty())));
    let report = Memo::new(move |_| {
        let checker = avoid.with(|a| claims.with(|c| VoiceChecker::new(a, c)));
        draft.with(|d| checker.check(d))
    });
    let has_draft = Memo::new(move |_| draft.with(|d| !d.trim().is_empty()));

    let status = move || {
        if !has_terms.get() {
            return view! { <p class="voice-check__status">{i18n.t(Key::Voice(VoiceText::NoTerms))}</p> }
                .into_any();
        }
        if !has_draft.get() {
            return ().into_any();
        }
        let (claims_n, avoid_n) = report.with(|r| {
            (
                r.count_of(MatchKind::ForbiddenClaim),
                r.count_of(MatchKind::AvoidWord),
            )
        });
        if claims_n + avoid_n == 0 {
            view! {
                <p class="voice-check__status voice-check__status--clear">
                    <span class="voice-check__status-icon" aria-hidden="true">"✓"</span>
                    {i18n.t(Key::Voice(VoiceText::AllClear))}
                </p>
            }
            .into_any()
        } else {
            view! {
                <p class="voice-check__status voice-check__status--found">
                    <span class="voice-check__status-icon" aria-hidden="true">"!"</span>
                    {check_summary(i18n.get(), claims_n, avoid_n)}
                </p>
            }
            .into_any()
        }
    };

    let counts = move || {
        let locale = i18n.get();
        report.with(|r: &VoiceReport| {
            r.counts
                .iter()
                .map(|c| {
                    let positions = term_positions(r, c.kind, &c.term);
                    let line = term_count_line(locale, &c.term, c.count, &positions);
                    view! {
                        <li class=format!("voice-check__count {}", mark_class(c.kind)) data-term=c.term.clone() data-count=c.count>
                            <span class="voice-mark__icon" aria-hidden="true">{mark_icon(c.kind)}</span>
                            <span class="voice-check__count-kind">{i18n.t(Key::Voice(match_kind_name(c.kind)))}</span>
                            <span class="voice-check__count-line">{line}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let found = move || report.with(|r| !r.is_clean()) && has_draft.get();

    let legend_item = move |kind: MatchKind| {
        view! {
            <li class=format!("voice-check__legend-item {}", mark_class(kind))>
                <span class="voice-mark__icon" aria-hidden="true">{mark_icon(kind)}</span>
                {move || i18n.t(Key::Voice(match_kind_name(kind)))}
            </li>
        }
    };

    view! {
        <div class="voice-check">
            <p id=intro_id.clone() class="voice-check__intro">{move || i18n.t(Key::Voice(VoiceText::CheckIntro))}</p>
            <div class="field">
                <label for=draft_id.clone()>{move || i18n.t(Key::Voice(VoiceText::DraftLabel))}</label>
                <textarea
                    id=draft_id
                    class="voice-check__draft"
                    rows="6"
                    aria-describedby=format!("{intro_id} {status_id}")
                    placeholder=move || i18n.t(Key::Voice(VoiceText::DraftPlaceholder))
                    prop:value=move || draft.get()
                    on:input:target=move |ev| draft.set(ev.target().value())
                ></textarea>
            </div>
            <div id=status_id class="voice-check__status-region" role="status" aria-live="polite">
                {status}
            </div>
            <Show when=found>
                <div class="voice-check__results">
                    <h3 id=found_heading_id.clone() class="voice-check__subheading">
                        {move || i18n.t(Key::Voice(VoiceText::FoundHeading))}
                    </h3>
                    <ul class="voice-check__legend" aria-label=move || i18n.t(Key::Voice(VoiceText::LegendLabel))>
                        {legend_item(MatchKind::ForbiddenClaim)}
                        {legend_item(MatchKind::AvoidWord)}
                    </ul>
                    <ul class="voice-check__counts" aria-labelledby=found_heading_id.clone()>{counts}</ul>
                    <h3 id=marked_heading_id.clone() class="voice-check__subheading">
                        {move || i18n.t(Key::Voice(VoiceText::MarkedHeading))}
                    </h3>
                    <VoiceMarkedDraft draft=draft report=report/>
                </div>
            </Show>
        </div>
    }
}
